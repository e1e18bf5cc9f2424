"""A table's header drawn as ONE rectangle with its column names spaced out along it (a PDF
library's printout: ``Line   Part No.   Description   Qty Returned   Qty Accepted   UOM`` in
a shaded bar). Its words would join into one text that names no column; each name stands over
its column instead, so each becomes a box of its own, in the bar's row."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import replace

from ..lazy_re import lazy_re
from .pdf_cells import Cell
from .pdf_text import Word

_TICKS = lazy_re(r"[☑☐□■✓√✔☒▣○●◻]|\[\s*[xXvV]?\s*\]")
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
    names: list[tuple[Cell, list[Word]]] = []  # each bar split, with its column names
    words_in = _Inside(words)
    for i in reversed(bars):
        c = found[i]
        inside = words_in(c)
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
        names.append((c, inside))
    return _rows_under_bars(out, words, names) if names else out


def _words_in(c: Cell, words: list[Word]) -> list[Word]:
    """The words printed inside cell ``c``, left to right (a look at every word: what
    :class:`_Inside` answers by bisection; tests/test_speed_guards.py holds them equal)."""
    return sorted(
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


class _Inside:
    """The words of a page, sorted by their middles once, so that the words inside a cell are
    found by bisection, not by a look at every word for every cell (issue 15). Gives what
    :func:`_words_in` gives: left to right, words of one ``x0`` in the order of ``words``."""

    def __init__(self, words: list[Word]) -> None:
        pages: dict[int, list[tuple[float, int, Word]]] = {}
        for i, w in enumerate(words):
            pages.setdefault(w.page, []).append(((w.top + w.bottom) / 2, i, w))
        self._pages = {n: sorted(ws, key=lambda m: m[0]) for n, ws in pages.items()}
        self._middles = {n: [m[0] for m in ws] for n, ws in self._pages.items()}

    def __call__(self, c: Cell) -> list[Word]:
        middles = self._middles.get(c.page)
        if not middles:
            return []
        page = self._pages[c.page]
        lo, hi = bisect_left(middles, c.top - 1), bisect_right(middles, c.bottom + 1)
        found = [(w.x0, i, w) for _m, i, w in page[lo:hi] if c.x0 - 1 <= w.x0 and w.x1 <= c.x1 + 1]
        found.sort(key=lambda f: (f[0], f[1]))
        return [w for _x, _i, w in found]


def _rows_under_bars(found: list[Cell], words: list[Word], bars: list[tuple[Cell, list[Word]]]) -> list[Cell]:
    """A row of values under a bar of column names, drawn as one rectangle too (``Lin Guodong
    …… 2026/9/30`` under ``Name  Signature  Date``): each phrase far from the next its own cell,
    as wide as the column whose name stands over it, so that it reads under that name."""
    out = list(found)
    words_in = _Inside(words)
    for bar, heads in bars:
        centres = [(w.x0 + w.x1) / 2 for w in heads]
        edges = [bar.x0, *((a + b) / 2 for a, b in zip(centres, centres[1:])), bar.x1]
        top = bar.bottom
        while True:
            i = next(
                (
                    k
                    for k, c in enumerate(out)
                    if c.page == bar.page
                    and abs(c.top - top) <= 1.5
                    and abs(c.x0 - bar.x0) <= 2
                    and abs(c.x1 - bar.x1) <= 2
                    and c.text
                ),
                None,
            )
            if i is None:
                break
            row = out[i]
            if "\n" in row.text:  # the table's body framed as one rectangle, its rows unruled
                out[i : i + 1] = _body_under_bar(row, words_in(row), heads, edges)
                break
            parts = _phrases(words_in(row))
            cols = [max(k for k in range(len(heads)) if edges[k] <= (p[0].x0 + p[-1].x1) / 2) for p in parts]
            if (
                len(parts) < 2
                or len(set(cols)) < len(cols)
                or any(_TICKS.search(w.text) for p in parts for w in p)
            ):
                break  # one text in the row (a remark), or two phrases under one name
            out[i : i + 1] = [
                replace(row, text=" ".join(w.text for w in p), x0=edges[k], x1=edges[k + 1], cut="")
                for p, k in zip(parts, cols)
            ]
            top = row.bottom
    return out


def _body_under_bar(body: Cell, inside: list[Word], heads: list[Word], edges: list[float]) -> list[Cell]:
    """The lines of a table's body printed in one rectangle under its bar of column names (an
    ERP's printout ruled only round the table and under its header: ``ZK-0560  卡扣  个  310.00``
    / ``合计  620.00``): each line a row, each phrase a cell as wide as the column whose name
    stands over it. The body as it is when a line is one text (a remark) or puts two phrases
    under one name, or when its lines are not the cell's."""
    rows = _lines(inside)
    if len(rows) < 2 or len(rows) != len(body.text.split("\n")):
        return [body]
    placed: list[list[tuple[list[Word], int]]] = []
    for line in rows:
        parts = _phrases(sorted(line, key=lambda w: w.x0))
        cols = [
            max((k for k in range(len(heads)) if edges[k] <= (p[0].x0 + p[-1].x1) / 2), default=0)
            for p in parts
        ]
        if len(parts) < 2 or len(set(cols)) < len(cols) or any(_TICKS.search(w.text) for w in line):
            return [body]
        placed.append(list(zip(parts, cols)))
    tops = [min(w.top for w in row) for row in rows]
    bottoms = [max(w.bottom for w in row) for row in rows]
    cuts = [body.top, *((b + t) / 2 for b, t in zip(bottoms, tops[1:])), body.bottom]
    last = len(rows) - 1
    return [
        replace(
            body,
            text=" ".join(w.text for w in p),
            x0=edges[k],
            x1=edges[k + 1],
            top=cuts[n],
            bottom=cuts[n + 1],
            cut=body.cut if n == last else "",
        )
        for n, line in enumerate(placed)
        for p, k in line
    ]


def _phrases(inside: list[Word]) -> list[list[Word]]:
    """Words of one line, grouped where they stand closer than a line height."""
    out: list[list[Word]] = []
    for w in inside:
        if out and w.x0 - out[-1][-1].x1 < GAP * (w.bottom - w.top):
            out[-1].append(w)
        else:
            out.append([w])
    return out


SPACED = 1.5  # line heights of empty paper between two lines: rows of the sheet, not one text


def split_spaced_lines(found: list[Cell], words: list[Word]) -> list[Cell]:
    """``found`` with every cell whose lines stand a row apart each (merged rows printed with
    no rule between them: ``Regrind punch …`` / ``Add Ø8.4 pin gauge …`` / ``CA 3``, one entry
    a row) split into one cell per line, as the sheet has one cell per row. Lines of one text
    (wrapped, or ended with Enter) follow each other at the font's own line spacing."""
    out: list[Cell] = []
    words_in: _Inside | None = None
    for c in found:
        lines = c.text.split("\n") if "\n" in c.text and not c.bold else []
        if lines and words_in is None:
            words_in = _Inside(words)
        rows = _lines(words_in(c)) if lines and words_in is not None else []
        if len(rows) < 2 or len(rows) != len(lines):
            out.append(c)
            continue
        height = max(w.bottom - w.top for row in rows for w in row)
        tops = [min(w.top for w in row) for row in rows]
        bottoms = [max(w.bottom for w in row) for row in rows]
        gaps = [t - b for b, t in zip(bottoms, tops[1:])]
        if min(gaps) < SPACED * height:
            out.append(c)
            continue
        cuts = [c.top, *((b + t) / 2 for b, t in zip(bottoms, tops[1:])), c.bottom]
        last = len(lines) - 1
        out.extend(
            replace(c, text=text, top=cuts[k], bottom=cuts[k + 1], cut=c.cut if k == last else "")
            for k, text in enumerate(lines)
        )
    return out


def _lines(inside: list[Word]) -> list[list[Word]]:
    """Words grouped into lines, top to bottom (a word whose middle is within the last line's)."""
    out: list[list[Word]] = []
    for w in sorted(inside, key=lambda w: (w.top + w.bottom) / 2):
        middle = (w.top + w.bottom) / 2
        if out and middle <= max(v.bottom for v in out[-1]):
            out[-1].append(w)
        else:
            out.append([w])
    return out


PAIR_WORDS = 5  # the label of a row printed beside its value is a few words at most


def split_framed_pairs(found: list[Cell], words: list[Word]) -> list[Cell]:
    """``found`` with every framed cell holding an unruled two-column table (a web page's
    ``<fieldset>`` of ``<th>``/``<td>`` rows printed by a browser: ``Customer   Magna …`` /
    ``Opened   2026-09-11``, one frame round them all) split into a label cell and a value
    cell per line: each line two phrases far apart, the second ones starting at one x."""
    from .guards import list_goes_on

    out: list[Cell] = []
    words_in = _Inside(words)
    for c in found:
        if not c.text:  # an empty cell: no legend is taken, no row split (issue 15)
            out.append(c)
            continue
        # a ``<legend>`` sits on the frame's top border: the frame's name, not a row; the frame
        # starts under it, so that what it holds stands below its heading
        inside = words_in(c)
        legend = [
            w
            for w in inside
            if w.top < c.top - (w.bottom - w.top) / 4 and c.top + (w.bottom - w.top) / 4 < w.bottom
        ]  # (astride the border: a quarter of the text above it, a quarter below at least)
        if legend and list_goes_on(c.text):
            legend = []  # "1、…" over "2、…": a numbered list's first item overhanging its cell's top
        if legend and c.text and c.x1 - c.x0 > 12 * max(w.bottom - w.top for w in legend):  # a frame
            first, _, rest = c.text.partition("\n")
            if rest and all(w.text in first for w in legend):  # the legend read as the frame's first line
                c = replace(c, text=rest, top=max(w.bottom for w in legend))
                inside = words_in(c)
            elif not any(w.text in c.text for w in legend):
                c = replace(c, top=max(w.bottom for w in legend))
                inside = words_in(c)
        kept = [w for w in inside if w.top >= c.top - 0.5]
        if len(kept) < 2:  # one word or none: no line of two phrases (issue 15)
            out.append(c)
            continue
        rows = _lines(kept) if c.text else []
        pairs = [_phrases(sorted(row, key=lambda w: w.x0)) for row in rows]
        if (
            not pairs
            or any(len(p) != 2 or len(p[0]) > PAIR_WORDS for p in pairs)
            or any(len("".join(w.text for w in p[0])) < 2 for p in pairs)  # 名   称 (a value may be 5)
            or max(p[1][0].x0 for p in pairs) - min(p[1][0].x0 for p in pairs) > 2
            or any(_TICKS.search(w.text) for row in rows for w in row)
            or len(c.text.split("\n")) != len(rows)
        ):
            out.append(c)
            continue
        tops = [min(w.top for w in row) for row in rows]
        bottoms = [max(w.bottom for w in row) for row in rows]
        cuts = [c.top, *((b + t) / 2 for b, t in zip(bottoms, tops[1:])), c.bottom]
        split = min(p[1][0].x0 for p in pairs) - 1
        last = len(rows) - 1
        for k, (label, value) in enumerate(pairs):
            top, bottom = cuts[k], cuts[k + 1]
            out.append(
                replace(c, text=" ".join(w.text for w in label), x1=split, top=top, bottom=bottom, cut="")
            )
            out.append(
                replace(
                    c,
                    text=" ".join(w.text for w in value),
                    x0=split,
                    top=top,
                    bottom=bottom,
                    cut=c.cut if k == last else "",
                )
            )
    return out
