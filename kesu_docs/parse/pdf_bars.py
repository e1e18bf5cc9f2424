"""A table's header drawn as ONE rectangle with its column names spaced out along it (a PDF
library's printout: ``Line   Part No.   Description   Qty Returned   Qty Accepted   UOM`` in
a shaded bar). Its words would join into one text that names no column; each name stands over
its column instead, so each becomes a box of its own, in the bar's row."""

from __future__ import annotations

import re
from dataclasses import replace

from .pdf_cells import Cell
from .pdf_text import Word

_TICKS = re.compile(r"[☑☐□■✓√✔☒▣○●◻]|\[\s*[xXvV]?\s*\]")
GAP = 1.0  # line heights between two names of the bar (a space in a phrase is far narrower)
NAMES = 3  # a bar names this many columns at least


def split_bars(found: list[Cell], words: list[Word]) -> list[Cell]:
    """``found`` with every one-line cell whose phrases stand far apart (a header bar) split
    into one cell per phrase, each as wide as its phrase."""
    bars = [
        i
        for i, c in enumerate(found)
        if c.text.count(" ") >= NAMES - 1 and "\n" not in c.text and c.x1 - c.x0 > 12 * (c.bottom - c.top)
    ]
    if not bars:
        return found
    out = list(found)
    for i in reversed(bars):
        c = found[i]
        inside = sorted(
            (
                w
                for w in words
                if w.page == c.page
                and c.x0 - 1 <= w.x0
                and w.x1 <= c.x1 + 1
                and c.top - 1 <= (w.top + w.bottom) / 2 <= c.bottom + 1
            ),
            key=lambda w: w.x0,
        )
        if len(inside) < NAMES or any(_TICKS.search(w.text) for w in inside):
            continue  # (a tick line spaced along its cell is one answer, not column names)
        height = max(w.bottom - w.top for w in inside)
        if any(b.x0 - a.x1 < GAP * height for a, b in zip(inside, inside[1:])):
            continue  # words of one text, not names spaced along a bar
        if any(
            abs((w.top + w.bottom) / 2 - (inside[0].top + inside[0].bottom) / 2) > height / 2 for w in inside
        ):
            continue  # more than one line
        out[i : i + 1] = [replace(c, text=w.text, x0=w.x0, x1=w.x1, cut="", bold=w.bold) for w in inside]
    return out
