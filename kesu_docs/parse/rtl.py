"""Right-to-left pages: a form laid out from the right (an Arabic or Hebrew form, a sheet printed
with ``rightToLeft``) prints each label RIGHT of its value and its table's first column at the
right edge. The reader's geometry is left to right (a value right of or under its label), so
such a page's cells are mirrored — each cell keeps its own text, only its place is turned
about the page's middle — and the page then reads as the workbook's own columns do (column A,
the labels, first).

A page is right-to-left when its rows say so: among the rows where a text in a right-to-left
script stands at ONE end of the row only, it stands at the right end (where the labels of such
a form are) three times or more, and at least three times as often as at the left end. A
bilingual form laid out left to right (``Customer / العميل | Al Futtaim``) has its
right-to-left labels at the left end of its rows and is not turned; an English form with one
Arabic name in it has too few such rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any, TypeVar

from ..lazy_re import lazy_re

# Hebrew, Arabic, Syriac, Thaana, NKo; Arabic supplement/extended; the presentation forms
_RTL = lazy_re(r"[\u0590-\u07ff\u0860-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")

# rows are told apart by their top (points): cells whose tops are this close share a row
_ROW = 2.0

C = TypeVar("C")


def right_to_left(cells: Sequence[C]) -> set[int]:
    """The pages (numbers) of ``cells`` laid out from the right (see the module's note)."""
    rows: dict[tuple[int, int], list] = {}
    for c in cells:
        if getattr(c, "text", ""):
            rows.setdefault((c.page, round(c.top / _ROW)), []).append(c)  # type: ignore[attr-defined]
    right: dict[int, int] = {}
    left: dict[int, int] = {}
    for (page, _top), row in rows.items():
        if len(row) < 2:
            continue
        first = min(row, key=lambda c: c.x0)
        last = max(row, key=lambda c: c.x1)
        at_left, at_right = bool(_RTL.search(first.text)), bool(_RTL.search(last.text))
        if at_right and not at_left:
            right[page] = right.get(page, 0) + 1
        elif at_left and not at_right:
            left[page] = left.get(page, 0) + 1
    return {p for p, n in right.items() if n >= 3 and n >= 3 * left.get(p, 0)}


def mirror_edges(cells: Sequence[C]) -> dict[int, tuple[float, float]]:
    """The right-to-left pages of ``cells`` (:func:`right_to_left`), each with the left and
    right edges of its cells: the page's middle everything on it is turned about."""
    pages = right_to_left(cells)
    edges: dict[int, tuple[float, float]] = {}
    for c in cells if pages else ():
        page = c.page  # type: ignore[attr-defined]
        if page in pages:
            lo, hi = edges.get(page, (c.x0, c.x1))  # type: ignore[attr-defined]
            edges[page] = (min(lo, c.x0), max(hi, c.x1))  # type: ignore[attr-defined]
    return edges


# a Latin word's closing stop put before it by the bidirectional order of a right-to-left line
# (``Part No.`` extracted ``Part .No``): the stop goes back after its word
_STOP_BEFORE = lazy_re(r"(?<!\S)([.:;,،]+)([A-Za-z]+)(?!\S)")


def unturned_stops(text: str) -> str:
    """``رقم القطعة / Part .No`` → ``رقم القطعة / Part No.``: on a right-to-left page a Latin
    word's stop printed at its other end, put back (a label ``.No`` is ``No.``)."""
    return _STOP_BEFORE.sub(r"\2\1", text) if text else text


def mirrored_on(items: list[C], edges: dict[int, tuple[float, float]]) -> list[C]:
    """``items`` (cells, or the letters struck out of the words: anything with a page, x0 and
    x1) on the pages of ``edges`` turned about that page's middle, each text's stops put back
    after their words (:func:`unturned_stops`); the list itself when no page is turned."""
    if not edges:
        return items
    out: list[C] = []
    lone: list[int] = []  # cells that are a turned stop word alone (".No" parted from "Part")
    for c in items:
        page = c.page  # type: ignore[attr-defined]
        if page in edges:
            lo, hi = edges[page]
            c = replace(c, x0=lo + hi - c.x1, x1=lo + hi - c.x0)  # type: ignore[type-var,attr-defined]
            text = getattr(c, "text", None)
            if isinstance(text, str) and (folded := unturned_stops(text)) != text:
                if _LONE_STOP_WORD.match(text):
                    lone.append(len(out))
                c = replace(c, text=folded)  # type: ignore[type-var]
            # the line the print cut off (a cell's ``cut``) is the text's last line: folded as
            # the text is, or the value ``… Part No.`` no longer ends in it and loses its warning
            cut = getattr(c, "cut", None)
            if isinstance(cut, str) and (folded := unturned_stops(cut)) != cut:
                c = replace(c, cut=folded)  # type: ignore[type-var]
        out.append(c)
    return _stops_rejoined(out, lone) if lone else out


_LONE_STOP_WORD = lazy_re(r"^\s*[.:;,،]+[A-Za-z]+\s*$")


def _stops_rejoined(cells: list[C], lone: list[int]) -> list[C]:
    """A turned stop word cut from its cell as a piece of its own (``رقم القطعة / Part`` |
    ``.No``): put back at the end of the piece it touches on its row (``… / Part No.``)."""
    gone: set[int] = set()
    for i in lone:
        c: Any = cells[i]
        for k, n in enumerate(cells):
            m: Any = n
            if (
                k != i
                and k not in gone
                and m.page == c.page
                and abs(m.top - c.top) < 1.0
                and abs(m.bottom - c.bottom) < 1.0
                and abs(m.x0 - c.x1) < 1.0
                and getattr(m, "text", "")
            ):
                # the piece's cut (the print stopped in it) is now the joined line's end
                cut = getattr(c, "cut", "") or ""
                joined = f"{m.text} {c.text.strip()}"
                if cut:
                    cells[k] = replace(m, x0=c.x0, text=joined, cut=f"{m.cut or m.text} {cut.strip()}")
                else:
                    cells[k] = replace(m, x0=c.x0, text=joined)
                gone.add(i)
                break
    return [c for i, c in enumerate(cells) if i not in gone]


def mirrored(cells: list[C]) -> list[C]:
    """``cells`` with those of right-to-left pages turned about their page's middle (each cell
    keeps its text, width and height); the list itself when no page is right-to-left."""
    return mirrored_on(cells, mirror_edges(cells))
