"""Table cells of a printed form, recovered from its ruling lines.

A form printed from Excel is a grid: its borders are drawn as thin lines. Each word is put
in the cell the nearest borders around it enclose, and a cell's words become one box with the
cell's rectangle — the same geometry the Excel parser sees (a merged label cell and its
merged value cell share a row band, a column's values sit under its header). Words outside
any closed cell (a title, a note under the form) stay boxes of their own.

Lines wrapped inside a cell are joined again: a line that reaches the cell's right edge
continues on the next one (directly after CJK text, with a space after Latin text); a line
that ends short of it ended where the clerk pressed Enter.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from ..lazy_re import lazy_re
from .guards import _shape
from .pdf_text import COLUMN_SLACK, Paper, Rule, Word
from .rtl import WRAPPED, has_right_to_left, latin_with_arabic_digits
from .vertical_letters import untangled

# The distances of a page's texts to its borders, as shares of the page's line height
# (:func:`line_height`): a form printed shrunk to fit its page (×0.7) or enlarged (×1.5) has all
# of them shrunk or enlarged alike, where a distance in points is another share of its rows at
# each zoom (zoom40). Each measured at ×1 with bench/zoom_shares.py over the 699 PDFs of the
# shared corpus, tests/layouts and the 43 held-out sets (780 pages, line heights 2.2–19.9 pt,
# median 8.2), between what it separates:
# - a text's edge and a border inside its box: glyph boxes overhanging their cell's border lie
#   0–0.12 of a line in (4,070 of 4,292), a second group 0.16–0.27 (1.0–1.4 pt on 5–6 pt lines,
#   the held-out sheets' small print); a border through the text (a label over two rows)
#   0.33 and more. Read as the text's own border up to OVERHANG.
OVERHANG = 0.30
# - a text's middle and a border: on it (a fieldset's legend: 0.14 of its line below the
#   border, the portal's print) 0–0.14, then the middles of texts in their rows; the
#   tolerance of every other look-up (a border's end, a shading's edge, a rule's two segments)
#   too. 1.5 pt on a line of 10 pt, as before at ×1 (74 of 1,356 middles decided otherwise at
#   ×1: 1.0–1.5 pt off a border on 5–6 pt lines, no longer "on" it).
TOLERANCE = 0.15
# - a cell's first word from its left border: left-aligned text 0.09–0.15 (15,570 of 24,951), a
#   sheet's wider padding on small print up to 0.37; centred or indented text from 0.38 on,
#   most from 0.45. (99 of 24,951 decided otherwise at ×1, allowance-zht-tw's 2.7–3.7 pt on a
#   5.6 pt line the most.)
PADDING = 0.4
# - two lines' places in their rows (12 comparisons): alike 0–0.05, apart 0.11 and more.
ROW_ALIGN = 0.06
REFERENCE_LINE = 10.0  # points: a page of no words' line height (its distances are never used)
TAIL_MIDDLE = (
    0.15  # of a line's height: a wrapped line's tail in a tall glyph box has its middle this near its border
)


@dataclass(frozen=True)
class Cell:
    """Text with the rectangle it is printed in: a bordered cell, or the word's own box."""

    text: str
    page: int
    x0: float
    top: float
    x1: float
    bottom: float
    cut: str = ""  # the cell's last line, when it runs to the border: maybe cut off in print
    bold: bool = False  # most of its text in a bold face
    filled: bool = False  # shaded (a background colour behind the cell)


def _snapped(positions: list[float], tol: float) -> list[float]:
    """Sorted positions, each run of ones closer than half the tolerance replaced by the run's first."""
    out: list[float] = []
    for p in positions:
        out.append(out[-1] if out and p - out[-1] <= tol / 2 else p)
    return out


class _Rules:
    """One page's rules, sorted for the nearest-border look-ups."""

    def __init__(self, rules: Iterable[Rule], line: float = REFERENCE_LINE) -> None:
        # the page's distances, from its line height (:func:`line_height`)
        self.tol, self.pad, self.align = TOLERANCE * line, PADDING * line, ROW_ALIGN * line
        rules = [r for r in rules if not r.fill]
        v = sorted((r for r in rules if not r.horizontal), key=lambda r: r.x0)
        h = sorted((r for r in rules if r.horizontal), key=lambda r: r.top)
        # one border drawn as several segments lands a hair apart: snap them to one position,
        # so a label cell's right edge is exactly its value cell's left edge
        self.vx = _snapped([r.x0 for r in v], self.tol)
        self.hy = _snapped([r.top for r in h], self.tol)
        self.v = [Rule(r.page, x, r.top, x, r.bottom) for r, x in zip(v, self.vx)]
        self.h = [Rule(r.page, r.x0, y, r.x1, y) for r, y in zip(h, self.hy)]
        self.vspan = [(r.top, r.bottom) for r in self.v]  # where each border runs, across its axis
        self.hspan = [(r.x0, r.x1) for r in self.h]

    def columns(self, x0: float, x1: float, cy: float) -> tuple[float | None, float | None]:
        """The nearest vertical borders left and right of ``x0..x1`` at height ``cy``.

        A text running over a border (clipped by a filled neighbour, or overflowing into an
        empty one) belongs to the one cell it was typed in, as in the sheet: the cell it starts
        in when it starts at that cell's left padding, the one it ends in when it ends at the
        right padding (right-aligned), else the one holding its middle (centred).
        """
        left, right = _nearest(self.vx, self.vspan, x0, x1, cy, self.tol)
        if left is None or right is None:
            return left, right
        inner = [
            x
            for i in range(
                bisect.bisect_right(self.vx, x0 + self.tol), bisect.bisect_left(self.vx, x1 - self.tol)
            )
            if self.vspan[i][0] - self.tol <= cy <= self.vspan[i][1] + self.tol
            and (x := self.vx[i]) > left + self.tol
            and x < right - self.tol
        ]
        if not inner:
            return left, right
        edges = [left, *sorted(set(inner)), right]
        if x0 - left <= self.pad:
            return edges[0], edges[1]
        if right - x1 <= self.pad:
            return edges[-2], edges[-1]
        middle = (x0 + x1) / 2
        k = max(i for i in range(len(edges) - 1) if edges[i] <= middle)
        return edges[k], edges[k + 1]

    def rows(self, top: float, bottom: float, cx: float) -> tuple[float | None, float | None]:
        """The nearest horizontal borders above ``top`` and below ``bottom`` at ``cx``."""
        return _nearest(self.hy, self.hspan, top, bottom, cx, self.tol)

    def side_rows(self, left: float, top: float, right: float, bottom: float) -> list[float]:
        """Row borders of the neighbours that meet the sides of ``left..right`` between ``top`` and ``bottom``."""
        lo, hi = (
            bisect.bisect_right(self.hy, top + self.tol),
            bisect.bisect_left(self.hy, bottom - self.tol),
        )
        return [
            self.hy[i]
            for i in range(lo, hi)
            if self.hspan[i][0] - self.tol <= left <= self.hspan[i][1] + self.tol
            or self.hspan[i][0] - self.tol <= right <= self.hspan[i][1] + self.tol
        ]

    def border_at(self, y: float, cx: float, within: float) -> float | None:
        """The horizontal border at ``cx`` nearest height ``y``, if one is within ``within`` of it."""
        above, below = self.rows(y, y, cx)
        near = [b for b in (above, below) if b is not None and abs(b - y) <= within]
        return min(near, key=lambda b: abs(b - y)) if near else None

    def borders_between(self, top: float, bottom: float, cx: float) -> bool:
        """Is there a horizontal border at ``cx`` between ``top`` and ``bottom`` (not on either)?"""
        lo, hi = (
            bisect.bisect_right(self.hy, top + self.tol),
            bisect.bisect_left(self.hy, bottom - self.tol),
        )
        return any(self.hspan[i][0] - self.tol <= cx <= self.hspan[i][1] + self.tol for i in range(lo, hi))

    def crosses(self, w: Word) -> bool:
        """A border runs through the word: a label too long for its row, spilling over the lines."""
        cx, inset = (w.x0 + w.x1) / 2, (w.bottom - w.top) * 0.25
        lo, hi = bisect.bisect_right(self.hy, w.top + inset), bisect.bisect_left(self.hy, w.bottom - inset)
        return any(self.h[i].x0 - self.tol <= cx <= self.h[i].x1 + self.tol for i in range(lo, hi))

    def enclosing(
        self, w: Word, top: float | None = None, bottom: float | None = None
    ) -> tuple[float, float, float, float] | None:
        """The cell around the word (or around ``top..bottom``, a block of spilling lines it is in)."""
        cx = (w.x0 + w.x1) / 2
        # a line spilling over the row's border stands among the borders of the row it belongs to
        left, right = self.columns(
            w.x0, w.x1, w.middle if top is None or bottom is None else (top + bottom) / 2
        )
        if left is not None and right is not None and not left <= cx <= right:
            cx = (max(left, w.x0) + min(right, w.x1)) / 2  # a text over a border: its own cell's part
        if top is None or bottom is None:
            upper, lower = self.rows(w.top, w.bottom, cx)
            # the last line of a full cell may overhang its bottom border a little: that cell's
            snug = self.rows(w.top, w.bottom - 0.25 * (w.bottom - w.top), cx)[1]
            if lower is not None and snug is not None and upper is not None and upper < snug < lower:
                lower = snug
                # its columns are its row's, not the next row's (a border starting at that one)
                left, right = self.columns(w.x0, w.x1, (w.top + snug) / 2)
            else:
                # … and the first line of a label centred on a row too short for it its top
                # (``Immediate`` over ``Action``, each spilling a little out of its row): that row's
                head = self.rows(w.top + 0.25 * (w.bottom - w.top), w.bottom, cx)[0]
                if upper is not None and head is not None and lower is not None and upper < head < lower:
                    upper = head
                    left, right = self.columns(w.x0, w.x1, (head + w.bottom) / 2)
            if upper is not None and upper == lower:  # a flat glyph on a border's tolerance: "__" blanks
                upper, lower = self.rows(w.middle - 2 * self.tol, w.middle, cx)
        else:  # the block's middle decides: vertically centred text spills evenly both ways
            middle = (top + bottom) / 2
            upper, lower = self.rows(middle, middle, cx)
            if upper is not None and upper == lower and middle < upper:
                # the middle just above a border: a line sitting on its box's bottom border (a
                # dot-matrix print out of register) is that box's; a caption on a box's top
                # border (a fieldset's legend) still stands alone
                upper, lower = self.rows(top, top, cx)
                if upper is not None and lower is not None:
                    left, right = self.columns(w.x0, w.x1, (upper + lower) / 2)
        if left is None or right is None or upper is None or lower is None or right <= left or lower <= upper:
            return None
        return left, upper, right, lower


def _spill_blocks(words: list[Word], rules: _Rules) -> dict[int, tuple[float, float]]:
    """Lines of a wrapped label that spill across borders, as blocks: id(word) → (block top, bottom).

    The lines of one wrapped text follow each other in the PDF's text order, each right
    under the last; a neighbouring row's text, however close, comes from elsewhere.
    """
    out: dict[int, tuple[float, float]] = {}
    for i, w in enumerate(words):
        if id(w) in out or not rules.crosses(w):
            continue
        lines = [i]
        while (k := _line_before(words, lines[0], rules)) is not None:
            lines.insert(0, k)
        while (k := _line_after(words, lines[-1], rules)) is not None:
            lines.append(k)
        if (parts := _top_aligned_parts([words[k] for k in lines], rules)) is not None:
            # label and value on two lines of one cell (Alt+Enter), each cell's lines from its top
            # and the last overhanging its bottom border: each row's lines are that row's cell's
            out.update(_part_spans(parts))
            continue
        if (above := _wrapped_tail(words, lines, rules)) is not None:
            # a wrapped value's last line overhanging its row's bottom border (``苏州…有限`` /
            # ``公司``), the next row's value right under it: the line is its cell's, not the next
            out[id(words[lines[0]])] = (above.top, words[lines[0]].bottom)
            lines = lines[1:]
            if (parts := _top_aligned_parts([words[k] for k in lines], rules)) is not None:
                # and the rows under it top-aligned, a list's last item overhanging its row
                # (``①…`` / ``②…`` over the next rows' one-line values): each row its own lines
                out.update(_part_spans(parts))
                continue
        elif len(lines) == 1 and (above := _tail_over_border(words, i, rules)) is not None:
            # a wrapped value's last line in a tall (CJK) glyph box, more below its row's bottom
            # border than above it (``宁波…有`` / ``限公司``): the line right under the one above
            out[id(w)] = (above.top, w.bottom)
            continue
        for block in _centred_parts([words[k] for k in lines], rules):
            span = (min(b.top for b in block), max(b.bottom for b in block))
            for b in block:
                out[id(b)] = span
    return out


def _part_spans(parts: list[list[Word]]) -> dict[int, tuple[float, float]]:
    """id(word) → (top, bottom) of the part (a row's lines) it is in."""
    out: dict[int, tuple[float, float]] = {}
    for part in parts:
        span = (min(b.top for b in part), max(b.bottom for b in part))
        out.update((id(b), span) for b in part)
    return out


def _top_aligned_parts(block: list[Word], rules: _Rules) -> list[list[Word]] | None:
    """A run of lines down several rows printed too low for them, each row's text starting at its
    top (``客戶名稱⏎友達光電…`` over ``料號：…``; ``異常描述⏎…`` over ``短期對策⏎…``): the lines
    grouped by the row their middle stands in, when every group starts right under its row's top
    border (no line over it) and only a group's last line overhangs the row's bottom — the
    print's top-aligned cells, not one label centred across a border (:func:`_centred_parts`).
    None when the run is not such."""
    if len(block) < 2:
        return None
    cx = (min(w.x1 for w in block) + max(w.x0 for w in block)) / 2
    groups: list[tuple[tuple[float | None, float | None], list[Word]]] = []
    for w in block:
        row = rules.rows(w.middle, w.middle, cx)
        if row[0] is None or row[1] is None or row[0] == row[1]:
            return None
        if groups and groups[-1][0] == row:
            groups[-1][1].append(w)
        elif any(r == row for r, _part in groups):
            return None  # back to a row above: no run down the rows
        else:
            groups.append((row, [w]))
    if len(groups) < 2:
        return None
    for (upper, lower), part in groups:
        assert upper is not None and lower is not None
        height = part[0].bottom - part[0].top
        if not upper - rules.tol <= part[0].top <= upper + rules.pad + 0.5 * height:
            return None  # a line over the row's top border, or text lower down: not top-aligned
        if any(w.bottom > lower + rules.tol for w in part[:-1]):
            return None
    return [part for _row, part in groups]


def _wrapped_tail(words: list[Word], lines: list[int], rules: _Rules) -> Word | None:
    """The line right above the run's first line in the text's order, when that first line is
    the tail of a wrapped value overhanging its row's bottom border: the line above stands
    whole in that row, in the same column, a line's leading over it (a gap up to 0.6 of a line),
    the first line's middle in that row while the run's next line is in the row below. Else None."""
    if len(lines) < 2 or lines[0] == 0:
        return None
    first, after, above = words[lines[0]], words[lines[1]], words[lines[0] - 1]
    height = first.bottom - first.top
    if above.page != first.page or _overlap(above, first) <= 0 or abs(above.x0 - first.x0) > 0.5 * height:
        return None
    if not 0 <= first.top - above.bottom <= 0.6 * height or rules.crosses(above):
        return None
    cx = (first.x0 + first.x1) / 2
    row = rules.rows(first.middle, first.middle, cx)
    if row[0] is None or row[1] is None or rules.rows(above.middle, above.middle, cx) != row:
        return None
    return above if rules.rows(after.middle, after.middle, cx) != row else None


def _tail_over_border(words: list[Word], k: int, rules: _Rules) -> Word | None:
    """The line right above ``words[k]`` (a line alone over a border) when ``words[k]`` is its
    wrapped value's next line: the word before it in the text's order, in the same column from
    the same left edge, standing whole in the row whose bottom border ``words[k]`` crosses, at most
    a line's leading over it (the glyph boxes of a CJK font may overlap: down to half a line).
    Only a line that wrapped has a tail (:func:`_wrapped_full`), and only a line whose middle is
    on the border (:data:`TAIL_MIDDLE`: a tall CJK glyph box) is one — a line mostly in the row
    below is that row's. Else None."""
    if k == 0:
        return None
    first, above = words[k], words[k - 1]
    height = first.bottom - first.top
    if above.page != first.page or _overlap(above, first) <= 0 or abs(above.x0 - first.x0) > 0.5 * height:
        return None
    if rules.crosses(above) or not -0.5 * height <= first.top - above.bottom <= 0.6 * height:
        return None
    upper, lower = rules.rows(above.middle, above.middle, (first.x0 + first.x1) / 2)
    if upper is None or lower is None or not first.top < lower < first.bottom:
        return None
    if abs(first.middle - lower) > TAIL_MIDDLE * height or not _wrapped_full(above, rules):
        return None
    return above


def _wrapped_full(line: Word, rules: _Rules) -> bool:
    """Does ``line`` reach its cell's right edge, within about one of its characters' width (the
    line wrapped there)?"""
    right = rules.columns(line.x0, line.x1, line.middle)[1]
    glyph = (line.x1 - line.x0) / max(len(line.text.strip()), 1)
    return right is not None and right - line.x1 <= glyph + rules.tol


def _centred_parts(block: list[Word], rules: _Rules) -> list[list[Word]]:
    """A run of lines that is two wrapped labels of two rows one after the other (``Describe the
    / problem:`` centred on its row, ``Requested / Resolution:`` on the next, each spilling a
    little over the border between them): the two, each centred on its own row. A run centred
    on one row (one label spilling both ways) stays one."""
    from .guards import continues_list

    if len(block) < 2:
        return [block]

    def off_centre(part: list[Word]) -> float | None:
        top, bottom = min(w.top for w in part), max(w.bottom for w in part)
        middle, cx = (top + bottom) / 2, (min(w.x0 for w in part) + max(w.x1 for w in part)) / 2
        upper, lower = rules.rows(middle, middle, cx)
        return None if upper is None or lower is None else abs(middle - (upper + lower) / 2)

    height = min(w.bottom - w.top for w in block)
    whole = off_centre(block)
    if whole is None:
        return [block]
    # the whole run looks centred on a row: still two labels when each part is centred on its own
    # row far better (``สาเหตุ / Reason`` inside its row over ``การดำเนินการ /`` / ``Disposition``
    # spilling both ways out of the next: tall Thai glyphs make the three look like one)
    best = whole / 2 if whole <= 0.5 * height else 0.5 * height
    cx = (block[0].x0 + block[0].x1) / 2

    def row_of(part: list[Word]) -> tuple[float | None, float | None]:
        middle = (min(w.top for w in part) + max(w.bottom for w in part)) / 2
        return rules.rows(middle, middle, cx)

    splits: list[list[list[Word]]] = []
    for k in range(1, len(block)):
        upper, lower = block[:k], block[k:]
        a, b = off_centre(upper), off_centre(lower)
        if a is None or b is None or a > best or b > best:
            continue
        if best < 0.5 * height and not all(_a_row(row_of(part)) for part in (upper, lower)):
            continue  # (a part's middle on a border is centred on no row)
        if row_of(upper) != row_of(lower) and not continues_list(
            "\n".join(w.text for w in upper), lower[0].text
        ):
            splits.append([upper, lower])  # (never between "2、…" and "3、…": one list, one cell)
    # of two splits that both look centred (a full cell's third line overhanging the border,
    # the next row's value right under it), the one leaving each line in the row its middle
    # stands in: the overhanging line stays with the lines above it
    return next((s for s in splits if all(_within(part, row_of(part)) for part in s)), None) or (
        splits[0] if splits else [block]
    )


def _a_row(row: tuple[float | None, float | None]) -> bool:
    """Is ``row`` a row between two borders (not the one border a middle stands on)?"""
    return row[0] is not None and row[1] is not None and row[0] < row[1]


def _within(part: list[Word], row: tuple[float | None, float | None]) -> bool:
    """Does every line of ``part`` have its middle between the row's borders?"""
    upper, lower = row
    return upper is not None and lower is not None and all(upper <= w.middle <= lower for w in part)


# words of other columns a label's next line may come after: a row printed line by line
# across its cells (``交货`` of one label, ``批号`` of the label beside it, ``数量``)
_COLUMNS_BETWEEN = 3


def _line_after(words: list[Word], k: int, rules: _Rules) -> int | None:
    """The index of the next line of the text ``words[k]`` is a line of, if any: the word right
    after it in the text's order, or a label's second line over the same row's other border,
    past the words of other columns (none of them over or under it) in between."""
    if k + 1 < len(words) and _next_line(words[k], words[k + 1]):
        return k + 1
    for j in range(k + 1, min(k + 2 + _COLUMNS_BETWEEN, len(words))):
        if _over_one_row(words[k], words[j], rules):
            return j
        if _overlap(words[k], words[j]) > 0:
            return None  # a word of its own column that does not go on from it
    return None


def _line_before(words: list[Word], k: int, rules: _Rules) -> int | None:
    """:func:`_line_after` upwards."""
    if k > 0 and _next_line(words[k - 1], words[k]):
        return k - 1
    for j in range(k - 1, max(k - 2 - _COLUMNS_BETWEEN, -1), -1):
        if _over_one_row(words[j], words[k], rules):
            return j
        if _overlap(words[j], words[k]) > 0:
            return None
    return None


def _overlap(one: Word, other: Word) -> float:
    return min(one.x1, other.x1) - max(one.x0, other.x0)


def _over_one_row(upper: Word, lower: Word, rules: _Rules) -> bool:
    """Two lines of one label in a row too low for them (a print does not shrink to fit): the
    first centred on the row's top border, the second on its bottom border, a line's leading
    apart (a CJK font's line is up to about 1.6 glyph boxes high: a gap up to 0.6 of one)."""
    height = upper.bottom - upper.top
    if upper.page != lower.page or _overlap(upper, lower) <= 0:
        return False
    if not 0 <= lower.top - upper.bottom <= 0.6 * height:
        return False
    cx = (max(upper.x0, lower.x0) + min(upper.x1, lower.x1)) / 2
    top, bottom = (
        rules.border_at(upper.middle, cx, 0.25 * height),
        rules.border_at(lower.middle, cx, 0.25 * height),
    )
    if top is None or bottom is None or bottom <= top:
        return False
    return not rules.borders_between(top, bottom, cx)  # one row: no border between


def _next_line(upper: Word, lower: Word) -> bool:
    height = upper.bottom - upper.top
    return (
        upper.page == lower.page
        and 0 <= lower.top - upper.bottom <= 0.5 * height
        and min(upper.x1, lower.x1) - max(upper.x0, lower.x0) > 0
    )


_CJK_END = lazy_re(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]$")


def cell_text(words: list[Word], right_edge: float | None, rules: _Rules) -> str:
    """The words of one cell as the clerk typed them: lines in order, wrapped lines rejoined
    (``rules``: its page's, for the page's distances)."""
    if len(words) == 1:  # most cells hold one word (issue 15)
        return words[0].text
    lines: list[list[Word]] = []
    flat = [w for w in words if w.bottom - w.top < rules.tol]  # "__" blanks drawn on the baseline
    for w in sorted(words, key=lambda w: (w.top, w.x0)):
        if flat and w in flat and len(flat) < len(words):
            continue
        if lines and abs(lines[-1][0].middle - w.middle) < (w.bottom - w.top) * 0.5:
            lines[-1].append(w)
        else:
            lines.append([w])
    if flat and len(flat) < len(words):
        _on_baselines(lines, flat, rules.tol)
    out = ""
    prev: list[Word] | None = None
    for line in lines:
        line.sort(key=lambda w: w.x0)
        text = " ".join(w.text for w in line)
        if prev is None:
            out = text
        elif (
            right_edge is not None
            and _wrapped(prev, line, text, right_edge, rules.pad)
            and not _twin_entries(prev, line)
        ):
            # (a wrapped line of right-to-left text: marked, each line put in reading order on
            # its own before they are joined, rtl.reading_order — joined in the glyphs' order,
            # the bidirectional algorithm would read the last line first)
            space = WRAPPED if _read_by_lines(text) or _read_by_lines(out) else " "
            out += text if _CJK_END.search(out) or out.endswith("-") else space + text
        else:
            out += "\n" + text
        prev = line
    return out


_MARKED_ENTRY = lazy_re(r"[A-Za-z.,\-]")  # a code's letters or dashes, a figure's grouping or decimal point
_ENTRY = lazy_re(r"^[A-Za-z]*[-_./#]?(?:[\dA-Za-z]+[-_./,#])*\d[\d.,]*$")


def _twin_entries(prev: list[Word], line: list[Word]) -> bool:
    """Two lines that are two entries typed one under the other (Alt+Enter), not one text
    wrapped: each a single code or figure with a digit, both of one shape (``TY-LED-0612`` over
    ``TY-DRV-0613``) or both figures with a point or comma (``40,800.00`` over ``15,000.00``). A
    wrap breaks a text at a space, or a long number anywhere (bare digits: never twins)."""
    if len(prev) != 1 or len(line) != 1:
        return False
    a, b = prev[0].text.strip(), line[0].text.strip()
    if not (_ENTRY.match(a) and _ENTRY.match(b)):
        return False
    if not (_MARKED_ENTRY.search(a) and _MARKED_ENTRY.search(b)):
        return False  # bare digits (202603100912000 over 318476): one long number cut at the cell's side
    figures = all(re.fullmatch(r"[\d.,]+", t) for t in (a, b))
    return figures or _shape(a) == _shape(b)


def _read_by_lines(text: str) -> bool:
    """Is ``text`` one whose lines the reading order takes one by one (right-to-left letters, or
    Latin words with Arabic-Indic digits: :func:`.rtl.reading_order`)?"""
    return has_right_to_left(text) or latin_with_arabic_digits(text)


def _on_baselines(lines: list[list[Word]], flat: list[Word], tol: float) -> None:
    """Each flat glyph (an underscore blank ``__ Drawing``) into the line it is drawn under (its
    middle within twice the page's tolerance of the line's bottom)."""
    for w in flat:
        line = min(lines, key=lambda ln: abs(max(v.bottom for v in ln) - w.middle))
        if abs(max(v.bottom for v in line) - w.middle) <= 2 * tol:
            line.append(w)
        else:
            lines.append([w])
    lines.sort(key=lambda ln: min(v.top for v in ln))


def _wrapped(prev: list[Word], line: list[Word], text: str, right_edge: float, padding: float) -> bool:
    """Would the next line's first word (a CJK character, or a Latin word) have fitted on ``prev``?"""
    first = line[0]
    per_char = (first.x1 - first.x0) / max(len(first.text), 1)
    token = re.match(r"[A-Za-z0-9.,:;!?'\"()\-/%&+]+|.", text)
    need = per_char * len(token.group(0) if token else "x")
    if not _CJK_END.search(prev[-1].text):
        need += per_char * 0.5  # the space the wrap swallowed
    return prev[-1].x1 + need > right_edge - padding


# a 年月日 date cut short by its cell's width (``2026年3月25``), and the tail that wrapped below it
_DATE_HEAD = lazy_re(r"\d{4}\s*年\s*\d{1,2}\s*(?:月\s*\d{0,2})?$")
_DATE_TAIL = lazy_re(r"^(?:\d{0,2}\s*)?日$|^\d{0,2}\s*月\s*\d{0,2}\s*日$")
_WHOLE_DATE = lazy_re(r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$")


def with_date_tails(words: list[Word], by_page: dict[int, _Rules]) -> list[Word]:
    """A date's wrapped last characters (``日`` under ``2026年3月25``) back on the date.

    A date typed as text in a cell too narrow for it wraps, and the print shows the wrapped
    tail below the cell's row, inside the next row's cell (the buyer's name beside it): read as
    that cell's text it is glued to the next field's value. A lone tail completes the date
    above it only when the two together are a whole 年月日 date, it stands on the next line
    within the date's own span (a wrap keeps the cell's alignment), and the date fills its
    bordered cell (a wrap happens only when the next characters did not fit: ``5日`` under a
    short ``2026年3月`` is the next row's own value, 回复期限's). The date keeps its box, so it
    stays in its own cell."""
    tails = [i for i, w in enumerate(words) if _DATE_TAIL.match(w.text)]
    if not tails:
        return words
    heads = [i for i, w in enumerate(words) if _DATE_HEAD.search(w.text)]
    out = list(words)
    dropped: set[int] = set()
    for t in tails:
        tail = words[t]
        head = next(
            (
                h
                for h in heads
                if h not in dropped
                and _tail_of(words[h], tail, by_page)
                and _fills_cell(words[h], tail, by_page)
            ),
            None,
        )
        if head is None:
            continue
        upper = out[head]
        out[head] = replace(upper, text=upper.text + tail.text, x1=max(upper.x1, tail.x1))
        dropped.add(t)
    return [w for i, w in enumerate(out) if i not in dropped]


def _tail_of(upper: Word, lower: Word, by_page: dict[int, _Rules]) -> bool:
    """Is ``lower`` the wrapped tail of the date ``upper``: on the next line, under it, and
    completing it into a whole date?"""
    height = max(upper.bottom - upper.top, 1.0)
    tol = by_page[upper.page].tol
    return (
        upper.page == lower.page
        and -0.2 * height <= lower.top - upper.bottom <= 0.6 * height
        and upper.x0 - tol <= lower.x0
        and lower.x1 <= upper.x1 + tol
        and bool(_WHOLE_DATE.search(upper.text + lower.text))
    )


def _fills_cell(head: Word, tail: Word, by_page: dict[int, _Rules]) -> bool:
    """Does the date ``head`` fill its bordered cell, leaving less room (at either end, whatever
    the alignment) than the tail's first character needs? No cell around it: nothing shows a
    wrap, and a text under a date may as well be the next field's."""
    rules = by_page.get(head.page)
    box = rules.enclosing(head) if rules is not None and rules.v else None
    if rules is None or box is None:
        return False
    left, _, right, _ = box
    room = max(head.x0 - left - rules.pad, 0.0) + (right - head.x1)
    return _wrapped([head], [tail], tail.text, head.x1 + room, padding=0.0)


def cells(words: list[Word], rules: list[Rule], papers: dict[int, Paper] | None = None) -> list[Cell]:
    """Words grouped into the bordered cells that hold them; words in no cell stand alone.

    ``papers`` gives what of each page shows: a text running over its visible box's sides,
    or holding a line its cell's clip hides, or running past its clip's side, is cut off on paper.
    """
    papers = papers or {}
    by_page: dict[int, _Rules] = {}
    heights: dict[int, list[float]] = {}
    for w in words:
        heights.setdefault(w.page, []).append(w.bottom - w.top)
    for page, page_heights in heights.items():
        by_page[page] = _Rules((r for r in rules if r.page == page), line_height(page_heights))
    words = with_date_tails(words, by_page)
    words, untangled_labels = untangled(words)  # vertical labels a print interleaves: one word each
    grouped: dict[tuple[int, float, float, float, float], list[Word]] = {}
    alone: list[Cell] = []
    spills: dict[int, tuple[float, float]] = {}
    for page, page_rules in by_page.items():
        if page_rules.h:
            spills.update(_spill_blocks([w for w in words if w.page == page], page_rules))
    # (a vertical label over its cell's borders: centred on its cell, its middle tells which)
    spills.update((id(w), (w.top, w.bottom)) for w in words if id(w) in untangled_labels)
    columns = _column_lefts(words)
    for w in words:
        box = by_page[w.page].enclosing(w, *spills.get(id(w), (None, None))) if by_page[w.page].v else None
        if box is None:
            cut = _off_page([w], papers.get(w.page)) or _cut_short(w, columns, by_page[w.page].tol)
            alone.append(Cell(w.text, w.page, w.x0, w.top, w.x1, w.bottom, cut, bold=w.bold))
        else:
            grouped.setdefault((w.page, *box), []).append(w)
    fills: dict[int, list[Rule]] = {}
    for r in rules:
        if r.fill and not r.framed:  # (a framed tinted box: often the box a clerk types into)
            fills.setdefault(r.page, []).append(r)
    starting: dict[tuple[int, float], list[Word]] = {}  # the words of the cells starting at a border
    for key, ws in grouped.items():
        starting.setdefault((key[0], key[1]), []).extend(ws)
    pages: dict[int, list[Word]] = {}
    for w in words:
        pages.setdefault(w.page, []).append(w)

    def on_page(page: int) -> list[Word]:
        return pages.get(page, [])

    out = [
        Cell(
            cell_text(part, key[3], by_page[key[0]]),
            key[0],
            key[1],
            top,
            key[3],
            bottom,
            _cut(
                part,
                key[1],
                key[3],
                bottom - top,
                starting.get((key[0], key[3]), []),
                (top, bottom),
                by_page[key[0]],
            )
            or _off_page(part, papers.get(key[0]), key[1:]),
            2 * sum(len(w.text) for w in part if w.bold) > sum(len(w.text) for w in part),
            _shaded(fills.get(key[0], []), key[1], top, key[3], bottom, by_page[key[0]].tol),
        )
        for key, ws in grouped.items()
        for top, bottom, part in _rows_of(ws, key, by_page[key[0]], on_page)
    ]
    strips: list[Cell] = []  # empty rows under a cell with no borders at their sides
    empty = _empty_below(grouped, by_page, strips)
    alone, empty = _captions_in_strips(alone, empty, strips, by_page)
    return out + alone + _gaps(out, alone, by_page) + empty


def line_height(heights: list[float]) -> float:
    """A page's line height: the median height of its words' boxes (points; a form printed at
    ×0.7 has lines 0.7 times as high, and its paddings, its glyph boxes' overhangs over their
    borders all 0.7 times as far)."""
    heights = sorted(heights)
    return heights[len(heights) // 2] if heights else REFERENCE_LINE


def _shaded(fills: list[Rule], left: float, top: float, right: float, bottom: float, tol: float) -> bool:
    """A shading lies behind the cell's middle, no larger than about the cell (not a page's
    background), or as high as the cell's row (a row of shaded header cells the print fills
    as one band) or as wide as its column."""
    cx, cy = (left + right) / 2, (top + bottom) / 2
    area = (right - left) * (bottom - top)
    return any(
        f.x0 - tol <= cx <= f.x1 + tol
        and f.top - tol <= cy <= f.bottom + tol
        and (
            (f.x1 - f.x0) * (f.bottom - f.top) <= 2 * area + 1
            or _one_row(f.top, f.bottom, top, bottom, tol)
            or _one_row(f.x0, f.x1, left, right, tol)
        )
        for f in fills
    )


def _one_row(f0: float, f1: float, c0: float, c1: float, tol: float) -> bool:
    """A shading band across the cell's row (or down its column): the same edges as the cell."""
    return abs(f0 - c0) <= 2 * tol and abs(f1 - c1) <= 2 * tol


def _row_aligned(
    upper: list[Word],
    lower: list[Word],
    border: float,
    sides: list[float],
    top: float,
    bottom: float,
    rules: _Rules,
) -> bool:
    """... unless each line stands in its own row just as the other does (the same distance from
    the row's top, from its bottom, or from its middle): lines one row apart, not one line
    height apart."""
    return row_misalignment(upper, lower, border, sides, top, bottom, rules) <= rules.align


def row_misalignment(
    upper: list[Word],
    lower: list[Word],
    border: float,
    sides: list[float],
    top: float,
    bottom: float,
    rules: _Rules,
) -> float:
    """How far two lines either side of ``border`` are from standing alike in their rows: the
    least of the differences of their distances from the row's top (top-aligned), from its
    bottom (bottom-aligned, Excel's default) and from its middle (halved: a middle moves by half
    of what moves it). ``bench/zoom_shares.py`` measures ROW_ALIGN's share with it."""
    u_top, u_bottom = min(w.top for w in upper), max(w.bottom for w in upper)
    l_top, l_bottom = min(w.top for w in lower), max(w.bottom for w in lower)
    above = max([top, *(y for y in sides if y <= u_top + rules.tol / 3)])
    below = min([bottom, *(y for y in sides if y >= l_bottom - rules.tol / 3)])
    return min(
        abs((u_top - above) - (l_top - border)),
        abs((border - u_bottom) - (below - l_bottom)),
        abs((u_top + u_bottom - above - border) - (l_top + l_bottom - border - below)) / 2,
    )


def _cut(
    words: list[Word],
    left: float,
    right: float,
    height: float,
    beside: list[Word] | None,
    row: tuple[float, float] | None,
    rules: _Rules,
) -> str:
    """The cell's last line when it starts at the left padding and runs to the right border
    (not beyond it: a text running on over an empty neighbour shows whole), or past it with
    text of the next cell (``beside``: the words of the cells starting at the right border)
    on the same line, or anywhere in the cell's ``row`` (a tall row: the neighbour's figure at
    its top, the text at its middle): a filled neighbour stops the overflow, so what runs past
    is hidden.

    A sheet prints a text too long for its cell (wrapping off, the next cell filled) cut at
    the border: the PDF holds only what shows (or a little more, the print clipping it). A
    number would print as ``###`` instead, so only a text with letters counts.
    """
    tol, pad = rules.tol, rules.pad
    lines = _lines(words)
    line = lines[-1]
    text = " ".join(w.text for w in line)
    end, glyph = line[-1].x1, line[-1].bottom - line[-1].top
    # ending at the border, or a glyph past it (clipped mid-glyph); further out it ran on in
    # sight. One line across a cell with room for three or more (so not wrapped) short of the
    # border by less than a glyph: the next glyph did not fit and was left out
    reach = max(pad, 0.8 * glyph) if len(lines) == 1 and height >= 3.6 * glyph else pad
    if (
        # (a line starting left of the border is a right-aligned text run over its left side,
        # printed whole: not one starting at the left padding)
        -tol <= line[0].x0 - left <= pad
        and (
            right - reach <= end <= right + glyph
            or (end > right + glyph and _filled_beside(line, beside, row))
        )
        and any(ch.isalpha() for ch in text)
    ):
        return text
    if len(lines) == 1 and _cut_on_the_left(line, left, right, rules) and any(ch.isalpha() for ch in text):
        return text
    return ""


def _column_lefts(words: list[Word]) -> dict[int, list[Word]]:
    """The words, by page, that start where a word of another line starts (within
    :data:`COLUMN_SLACK` of the page's line height): the texts of an unruled sheet's columns, each
    at its cell's padding."""
    out: dict[int, list[Word]] = {}
    by_page: dict[int, list[Word]] = {}
    for w in words:
        by_page.setdefault(w.page, []).append(w)
    for page, ws in by_page.items():
        ws = sorted(ws, key=lambda w: w.x0)
        slack = COLUMN_SLACK * line_height([w.bottom - w.top for w in ws])
        out[page] = [
            w
            for i, w in enumerate(ws)
            if any(
                abs(o.x0 - w.x0) <= slack and not o.top <= w.middle <= o.bottom
                for o in ws[max(i - 8, 0) : i + 9]
                if o is not w
            )
        ]
    return out


def _cut_short(w: Word, columns: dict[int, list[Word]], tol: float) -> str:
    """The word's text when it may be cut at an unruled cell's right border: it starts a column
    and the next column's text follows it on its line closer than a glyph and the cell's padding.
    A sheet printed with columns too narrow for their texts (no ruling line) leaves out each glyph
    not wholly inside the cell (``Westfälische Zersp`` of ``… Zerspanung GmbH``, the next cell's
    label after a gap no wider than the left-out ``a``), and nothing else on the page says so."""
    starts = columns.get(w.page, ())
    if w not in starts or not any(ch.isalpha() for ch in w.text):
        return ""
    glyph = w.bottom - w.top
    return (
        w.text
        if any(
            o.x0 > w.x1 and o.x0 - w.x1 <= 0.8 * glyph + tol and o.top <= w.middle <= o.bottom for o in starts
        )
        else ""
    )


def _cut_on_the_left(line: list[Word], left: float, right: float, rules: _Rules) -> bool:
    """A right-aligned line (ending at the right padding) whose first glyph stands within a
    glyph of the left border, past the padding a left-aligned text starts at: a text too long
    for its cell, its left neighbour filled, prints its right end only — LibreOffice leaves
    out each glyph not wholly inside the cell (``ion Electronics Co Ltd`` of ``Shenzhen …
    Precision Electronics Co Ltd``), and nothing on the page says so. Only a line at most a
    glyph and its padding from the left border, ending at the right padding (a centred text, or
    a right-aligned one that fits with room to spare, stands farther in). One line only: a
    wrapped text is never cut at a side.

    A text ending in a space prints its last letter a space short of the padding (the space is
    no word): the end is measured against the padding plus a space's width (a third of the
    glyph's height, Helvetica's and Arial's 0.28 em with room), else ``gzhou Hengtai Lighting
    Components`` of a 38-letter name passed unwarned."""
    start, end, glyph = line[0].x0, line[-1].x1, line[0].bottom - line[0].top
    pad = rules.pad / 2  # (a print pads a right-aligned text a point or two: 1.3 LibreOffice's)
    space = 0.35 * glyph
    # past half the padding share: a print's own left padding is a point or so (0.09–0.37 of a line,
    # zoom40's measurement), a text cut on its left starts where its first whole glyph did — 0.377
    # of the line for `gzhou` of LibreOffice's 11 pt print, inside the full share (0.4)
    return right - pad - space <= end <= right + rules.tol and left + pad < start <= left + pad + glyph


def _filled_beside(
    line: list[Word], beside: list[Word] | None, row: tuple[float, float] | None = None
) -> bool:
    """Does a word of the next cell stand on the same line as ``line``, or in the same ``row``
    of cells (top, bottom)?"""
    middle = sum(w.middle for w in line) / len(line)
    if any(w.top <= middle <= w.bottom for w in beside or ()):
        return True
    return row is not None and any(w.top < row[1] - 1 and w.bottom > row[0] + 1 for w in beside or ())


def _off_page(words: list[Word], paper: Paper | None, box: tuple[float, ...] = ()) -> str:
    """The text's last line when some of it runs over a side of the page's visible box
    (``paper``): the paper shows only what fits (a long text in a cell at the print area's
    edge spills over it, a CropBox cuts through a column, a row, on any side), and what the
    PDF holds beyond may stop anywhere; or when its cell (``box``: x0, top, x1, bottom) holds
    a line the cell's clip hides (the print shows not all of it, :func:`.pdf_clip.join_hidden_lines`).
    Words only, no border needed; a number too (a crop cuts ``5000`` to ``5`` as it cuts a
    text: unlike a cell's border, the page's edge prints no ``###``)."""
    if paper is None:
        return ""
    cut = (
        any(paper.cuts(w.x0, w.top, w.x1, w.bottom) for w in words)
        or (bool(box) and any(_holds(box, hidden) for hidden in paper.hidden))
        or any(_starts_in(w, clipped) for w in words for clipped in paper.clipped)
    )
    return " ".join(w.text for w in _lines(words)[-1]) if cut else ""


def _starts_in(word: Word, piece: tuple[float, float, float, float]) -> bool:
    """Does a text running past its clip's side (``piece``: x0, top, x1, bottom) belong to
    the ``word``: its middle in the word's span or half a line past either end (the word cut
    at the clip's side, the piece past it left out), on the word's line?"""
    x, y, half = (piece[0] + piece[2]) / 2, (piece[1] + piece[3]) / 2, (word.bottom - word.top) / 2
    return word.x0 - half <= x <= word.x1 + half and word.top <= y <= word.bottom


def _holds(box: tuple[float, ...], inner: tuple[float, float, float, float]) -> bool:
    """Does a cell's ``box`` hold the middle of the ``inner`` box?"""
    x, y = (inner[0] + inner[2]) / 2, (inner[1] + inner[3]) / 2
    return box[0] <= x <= box[2] and box[1] <= y <= box[3]


def _lines(words: list[Word]) -> list[list[Word]]:
    """Words of one cell as lines, top to bottom, each left to right."""
    if len(words) == 1:  # most cells hold one word (issue 15)
        return [[words[0]]]
    lines: list[list[Word]] = []
    for w in sorted(words, key=lambda w: (w.top, w.x0)):
        if lines and abs(lines[-1][0].middle - w.middle) < (w.bottom - w.top) * 0.5:
            lines[-1].append(w)
        else:
            lines.append([w])
    for line in lines:
        line.sort(key=lambda w: w.x0)
    return lines


def _rows_of(
    words: list[Word],
    key: tuple[int, float, float, float, float],
    rules: _Rules,
    on_page: Callable[[int], list[Word]] | None = None,
) -> list[tuple[float, float, list[Word]]]:
    """A bordered area's words by the sheet rows they were typed in: (top, bottom, words) each.

    Cells without borders between them (a column of labels beside a column of bordered
    value cells, rows of text under one frame) print as one framed area. Where a neighbour's
    row border meets the area's side between two of its lines, and the lower line does not
    continue the upper one (a wrapped text keeps its left edge and fills the line), the lines
    were two cells, as the sheet had them.
    """
    _, left, top, right, bottom = key
    lines = _lines(words)
    if len(lines) < 2 or all(len(line) == 1 and len(line[0].text) == 1 for line in lines):
        return [(top, bottom, words)]  # one line, or letters stacked (vertical writing)
    sides = rules.side_rows(left, top, right, bottom)
    if not sides:
        return [(top, bottom, words)]
    pad = min(max(min(line[0].x0 for line in lines) - left, rules.tol / 3), rules.pad)
    out: list[tuple[float, float, list[Word]]] = []
    start, part = top, list(lines[0])
    for upper, lower in zip(lines, lines[1:]):
        u_middle = sum(w.middle for w in upper) / len(upper)
        l_middle = sum(w.middle for w in lower) / len(lower)
        u_bottom, l_top = max(w.bottom for w in upper), min(w.top for w in lower)
        border = next(
            (y for y in sides if u_middle < y < l_middle and u_bottom - rules.tol <= y <= l_top + rules.tol),
            None,
        )
        # a wrapped line leaves less room in the cell (at either end, whatever the alignment)
        # than the next line's first word would need ...
        room = max(upper[0].x0 - left - pad, 0.0) + (right - upper[-1].x1)
        continued = _wrapped(upper, lower, " ".join(w.text for w in lower), upper[-1].x1 + room, rules.pad)
        if border is None or (
            continued and not _row_aligned(upper, lower, border, sides, top, bottom, rules)
        ):
            part += lower
            continue
        if on_page is not None and not _beside_row(on_page(key[0]), key, border, sides, rules):
            # the row under the border is empty beside the area (no label of its own, a
            # merged value cell two rows high): the lower line goes on the upper one's text
            part += lower
            continue
        out.append((start, border, part))
        start, part = border, list(lower)
    out.append((start, bottom, part))
    return out


def _beside_row(
    words: list[Word],
    key: tuple[int, float, float, float, float],
    border: float,
    sides: list[float],
    rules: _Rules,
) -> bool:
    """Does a cell sharing the area's left or right side hold a word in the row a neighbour's
    border ``border`` starts (down to the next such border)? A row beside it says something
    of its own (a label, another value): the area's lines in it are that row's."""
    _page, left, top, right, bottom = key
    below = min([bottom, *(y for y in sides if y > border + rules.tol)])
    for w in words:
        if not border - rules.tol <= w.middle <= below + rules.tol:
            continue
        if w.x1 <= left + rules.tol or w.x0 >= right - rules.tol:  # (not the area's own words)
            cell_left, cell_right = rules.columns(w.x0, w.x1, w.middle)
            if (cell_right is not None and abs(cell_right - left) <= rules.tol) or (
                cell_left is not None and abs(cell_left - right) <= rules.tol
            ):
                return True
    return False


def _empty_below(
    filled: dict[tuple[int, float, float, float, float], list[Word]],
    by_page: dict[int, _Rules],
    strips: list[Cell] | None = None,
) -> list[Cell]:
    """The empty bordered cell right under each filled one, as the sheet had it.

    A label whose value was left blank must find that blank (and stop there), not the next
    filled cell further down, as it does in the Excel file.
    """
    out: list[Cell] = []
    seen = set(filled)
    for page, x0, top, x1, bottom in filled:
        rules = by_page[page]
        cx = (x0 + x1) / 2
        tol = rules.tol
        upper, lower = rules.rows(bottom + 2 * tol, bottom + 2 * tol, cx)
        if upper is None or lower is None or abs(upper - bottom) > tol:
            continue
        left, right = rules.columns(cx, cx, (upper + lower) / 2)
        if left is None or right is None:
            left, right = x0, x1  # no borders at the sides: blank paper as wide as the cell above
        elif left > x0 + tol or right < x1 - tol:
            continue  # the row below is divided into narrower cells: each is its own
        if (page, left, upper, right, lower) in seen:
            continue  # the area below is filled (or already given)
        # an unruled area below is as many rows as its neighbours' borders say: the first one
        lower = min([*rules.side_rows(left, upper, right, lower), lower])
        key = (page, left, upper, right, lower)
        if key not in seen:
            seen.add(key)
            out.append(Cell("", page, left, upper, right, lower))
            if (
                strips is not None
                and (left, right) == (x0, x1)
                and rules.columns(cx, cx, (upper + lower) / 2)[0] is None
            ):
                strips.append(out[-1])
    return out


def _captions_in_strips(
    alone: list[Cell], empty: list[Cell], strips: list[Cell], by_page: dict[int, _Rules]
) -> tuple[list[Cell], list[Cell]]:
    """Loose words inside an unruled row under a cell (a small caption ``Quantity Supplied
    (units)`` printed under its value's box, in a row drawn with no borders at its sides) are
    that row's cell, as wide as the cell above, as the sheet had it: not a word as narrow as
    its text, which would read as a caption over the next row's label. A heading in the white
    space between two boxes (a portal's card, then its next table) is no such row."""
    if not strips:
        return alone, empty
    given: dict[int, list[Cell]] = {}
    for w in alone:
        tol = by_page[w.page].tol
        for k, s in enumerate(strips):
            if (
                s.page == w.page
                and s.x0 - tol <= w.x0
                and w.x1 <= s.x1 + tol
                and s.top - tol <= w.top
                and w.bottom <= s.bottom + tol
                and s.bottom - s.top <= 2.5 * (w.bottom - w.top)  # a row of one line, not white space
            ):
                given.setdefault(k, []).append(w)
                break
    if not given:
        return alone, empty
    moved = {id(w) for ws in given.values() for w in ws}
    filled = {id(strips[k]): k for k in given}
    out = []
    for c in empty:
        n = filled.get(id(c))
        if n is None:
            out.append(c)
            continue
        ws = sorted(given[n], key=lambda w: (round(w.top), w.x0))
        lines: list[list[Cell]] = []
        for w in ws:
            if lines and abs(w.top - lines[-1][0].top) <= 0.5 * (w.bottom - w.top):
                lines[-1].append(w)
            else:
                lines.append([w])
        text = "\n".join(" ".join(w.text for w in sorted(line, key=lambda w: w.x0)) for line in lines)
        bold = 2 * sum(len(w.text) for w in ws if w.bold) > sum(len(w.text) for w in ws)
        out.append(Cell(text, c.page, c.x0, c.top, c.x1, c.bottom, "", bold))
    return [w for w in alone if id(w) not in moved], out


def _gaps(framed: list[Cell], alone: list[Cell], by_page: dict[int, _Rules]) -> list[Cell]:
    """An empty cell for the blank row between a bordered area and loose text under it.

    The sheet had an empty row there; the PDF only has white space. Label anchoring ends a
    text area at an empty row, so the note under a bordered box is not read into it.
    """
    out: list[Cell] = []
    for word in alone:
        above = [
            c
            for c in framed
            if c.page == word.page
            and c.bottom <= word.top + by_page[word.page].tol
            and min(c.x1, word.x1) - max(c.x0, word.x0) > 0
        ]
        if not above:
            continue
        cell = max(above, key=lambda c: c.bottom)
        if word.top - cell.bottom >= 0.8 * (word.bottom - word.top):
            out.append(
                Cell("", word.page, max(cell.x0, word.x0), cell.bottom, min(cell.x1, word.x1), word.top)
            )
    return out


def _nearest(
    keys: list[float], spans: list[tuple[float, float]], lo: float, hi: float, at: float, t: float
) -> tuple[float | None, float | None]:
    """Of borders sorted by ``keys`` (their positions on one axis), the nearest at or before ``lo``
    and the nearest at or after ``hi`` whose span across that axis covers ``at`` (within the page's
    tolerance ``t``); a border inside ``lo..hi`` by :data:`OVERHANG` of the line or less is the
    text's own (its glyph box reaching over it), a point's within ``t`` of it."""
    before = after = None
    # a text's edge may overhang its cell's border by its glyph box (a point stands on a border
    # only within the tolerance)
    reach = t if lo == hi else t * OVERHANG / TOLERANCE
    for i in range(bisect.bisect_right(keys, lo + reach) - 1, -1, -1):
        first, last = spans[i]
        if first - t <= at <= last + t:
            before = keys[i]
            break
    for i in range(bisect.bisect_left(keys, hi - reach), len(keys)):
        first, last = spans[i]
        if first - t <= at <= last + t:
            after = keys[i]
            break
    return before, after
