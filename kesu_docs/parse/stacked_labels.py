"""A label written over two rows of its column: ``不良`` over ``說明`` beside one merged value.

A narrow label column makes clerks break a label in two — ``不良`` in row 8 and ``說明`` in
row 9, the description merged across both rows to the right; ``Goods`` over ``Received``.
Neither half names a field; the two read together do. The halves are joined into one label
box covering both rows (:func:`join_stacked_labels`) before the page's labels are looked for,
so the value beside them is anchored on the whole label like any other.

Only halves that are label-like (short, no figures), stand one right under the other in the
same column, and name nothing alone are joined, and only when the joined words name a field
well: a value printed under a label (``張三`` under ``填表``) is never joined to it, since
``填表`` names a field alone.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from ..lazy_re import lazy_re
from .boxes import Box
from .captions import caption_lines
from .steps import stacked_halves
from .vocab import discipline, known_label

# a half is a word or two: no figure (a value), no sentence
_FIGURE = lazy_re(r"\d")
_CJK = lazy_re(r"[\u3400-\u9fff]")
_MOST_CHARS = 12
_JOINED_SCORE = 0.9
# a half that cannot end a label: it goes on in the line under it (``Nature of`` / ``Complaint``)
_DANGLING = lazy_re(r"(?i)(?:\b(?:of|and|for|to|by|the|per|on|in|at|from|with)|[&/+-])\s*$")
# how far a printed line may reach into the one above it, in its height: a row's lines set
# tighter than their glyph boxes (shrink to fit) overlap a little; one line's words much more
_OVERLAP = 0.3


def _half(box: Box) -> bool:
    """Could ``box`` be half of a label: a short text without figures?"""
    if box.empty or not isinstance(box.value, str):
        return False
    text = box.text.strip()
    return 0 < len(text) <= _MOST_CHARS and "\n" not in text and not _FIGURE.search(text)


def _joined_text(upper: str, lower: str) -> str:
    """``不良`` + ``說明`` → ``不良說明``; ``Goods`` + ``Received`` → ``Goods Received``."""
    upper, lower = upper.strip(), lower.strip()
    if _CJK.search(upper[-1:]) and _CJK.search(lower[:1]):
        return upper + lower
    return f"{upper} {lower}"


def _under(upper: Box, lower: Box) -> bool:
    """Is ``lower`` the next line of ``upper``'s column: starting where ``upper`` starts (a cell's
    left edge, or a PDF word's within half a line), and right under it (within half a line)?"""
    height = upper.height
    return (
        abs(lower.x0 - upper.x0) <= 0.5 * height
        # (a print's lines of a tight row, shrunk to fit, stand closer than their glyphs' height)
        and -_OVERLAP * height <= lower.y0 - upper.y1 <= 0.5 * height
        and abs(lower.height - height) <= 0.5 * height
    )


class _Filled:
    """The page's boxes that are not empty, by their tops: the boxes that may stand on a
    half's line are found without a look at every box (asked for each pair of halves)."""

    def __init__(self, boxes: Sequence[Box]) -> None:
        self.boxes = sorted((b for b in boxes if not b.empty), key=lambda b: b.y0)
        self.tops = [b.y0 for b in self.boxes]
        self.tallest = max([0.0, *(b.y1 - b.y0 for b in self.boxes)])
        # (a rectangle not finite, a PDF's odd word: no order to search, every box is asked)
        self.ordered = all(math.isfinite(b.y0) and math.isfinite(b.y1) for b in self.boxes)

    def on_line(self, box: Box) -> list[Box]:
        """The boxes that may overlap ``box`` vertically (a superset: their tops lie within
        the tallest box's height above it, with a margin, and below its foot)."""
        if not self.ordered:
            return self.boxes
        lo = bisect.bisect_left(self.tops, box.y0 - self.tallest - 1.0)
        hi = bisect.bisect_right(self.tops, box.y1)
        return self.boxes[lo:hi]


def _own_value(filled: _Filled, half: Box, other: Box, halves: set[int]) -> bool:
    """Has ``half`` a value of its own: a filled box right of it on its line that does not
    also stand on the ``other`` half's (one value merged across both rows is the joined label's),
    nor is a half of another label stacked beside it (``halves``: ``Nature of`` / ``Complaint``
    beside ``Immediate`` / ``Action``, their lines interleaved on a print shrunk to fit)?"""
    return any(
        b.x0 >= half.x1 - 1e-6 and b.same_band(half) and not _reaches(b, other) and id(b) not in halves
        for b in filled.on_line(half)
    )


def _reaches(value: Box, half: Box) -> bool:
    """Does ``value`` stand on ``half``'s line too: overlapping it by a quarter of the lower of
    the two (a print centres a value between a label's two lines, a little nearer one; a value
    of the next row reaches at most into a line's edge)?"""
    overlap = min(value.y1, half.y1) - max(value.y0, half.y0)
    return overlap >= 0.25 * min(value.height, half.height) - 1e-9


def join_stacked_labels(boxes: Sequence[Box], names: Any) -> list[Box]:
    """``boxes`` with each label written over two rows joined into one box (its text the two
    halves read together, its rectangle both rows). ``names(text, at=0)`` → the best score with
    which ``text`` names a field or a column (0 for none, or when it is below ``at``)."""
    halves = sorted((b for b in boxes if _half(b)), key=lambda b: (b.x0, b.y0))
    pairs: list[tuple[Box, Box, str]] = []  # the halves that read together name a field
    for upper, lower in zip(halves, halves[1:]):
        if not _under(upper, lower):
            continue
        if (names(upper.text) >= 0.8 or names(lower.text) >= 0.8) and not _DANGLING.search(upper.text):
            continue  # a label alone (填表 over its value): nothing to join ("Nature of" goes on)
        text = _joined_text(upper.text, lower.text)
        if names(text, _JOINED_SCORE) < _JOINED_SCORE:  # (0 as soon as it cannot reach it)
            continue
        pairs.append((upper, lower, text))
    if not pairs:
        return list(boxes)
    paired = {id(b) for upper, lower, _text in pairs for b in (upper, lower)}
    joined: dict[int, Box] = {}
    dropped: set[int] = set()
    filled = _Filled(boxes)  # the boxes a half's own value may be
    for upper, lower, text in pairs:
        if id(upper) in dropped:
            continue
        if _own_value(filled, upper, lower, paired):
            continue  # "Credit memo | 9200…" over "Date | …", "Ship | 2026-03-02" over "To |": each half its own line
        # (a value on the lower half's line only is the joined label's: a cell's text stands at
        # its foot, Excel's default, beside a label wrapped over two lines; the lower half names
        # no field alone, or follows an upper one that cannot end a label: no label of its own)
        joined[id(upper)] = replace(upper, text=text, value=text, y1=lower.y1)
        dropped.add(id(lower))
    if not joined:
        return list(boxes)
    return [joined.get(id(b), b) for b in boxes if id(b) not in dropped]


def _open_brackets(text: str) -> int:
    return text.count("(") + text.count("（") - text.count(")") - text.count("）")


def join_bracket_wrapped(boxes: Sequence[Box]) -> list[Box]:
    """A print's label wrapped inside its bracket (``D4 Šakninė priežastis (kodėl defektas`` over
    ``atsirado) / Occurrence cause``) → one box: the lower line closes the bracket the upper one
    opened, stands right under it in its column and has no value of its own on its line (the
    value beside the label's first line is the whole label's). On a sheet a cell holds its lines."""
    opened = [
        b
        for b in boxes
        if not b.empty and isinstance(b.value, str) and "!" not in b.location and _open_brackets(b.text) > 0
    ]
    return _join_lines(boxes, opened, _bracket_closed)


def _bracket_closed(filled: _Filled, upper: Box, lower: Box) -> str | None:
    """The two lines' text joined when ``lower`` closes the bracket ``upper`` left open and has no
    value of its own on its line; None when they are two lines."""
    close = min((i for i in (lower.text.find(")"), lower.text.find("）")) if i >= 0), default=-1)
    if close < 0 or -1 < lower.text.find("(") < close or -1 < lower.text.find("（") < close:
        return None  # (the lower line must close the bracket the upper one left open)
    if any(
        b.x0 >= lower.x1 - 1e-6 and b.same_band(lower) and not _reaches(b, upper)
        for b in filled.on_line(lower)
    ):
        return None  # the lower line has its own value: a line of its own
    return _joined_text(upper.text, lower.text)


def join_stacked_halves(boxes: Sequence[Box]) -> list[Box]:
    """A print's step heading in two languages on two lines of its cell (``D4 Parché no visto``
    over ``Why not detected``) → one box, its halves parted by `` / `` as a sheet's cell holding
    both lines is read (:func:`.steps.stacked_halves` decides): the lower line stands right under
    the upper one in its column, and the upper one has no value of its own on its line. On a
    sheet a cell holds its lines."""
    heads = [
        b
        for b in boxes
        if not b.empty and isinstance(b.value, str) and "!" not in b.location and discipline(b.text[:40])
    ]
    return _join_lines(boxes, heads, _halves_of_heading)


def _halves_of_heading(filled: _Filled, upper: Box, lower: Box) -> str | None:
    """The two lines of one step heading joined (``D4 Parché no visto / Why not detected``), the
    upper line without a value of its own; None when they are not one heading's halves."""
    text = stacked_halves(f"{upper.text}\n{lower.text}")
    if text is None or any(
        b.x0 >= upper.x1 - 1e-6 and b.same_band(upper) and not _reaches(b, lower)
        for b in filled.on_line(upper)
    ):
        return None  # not one heading's halves, or the upper line has its own value (a value
        # on the lower line only is the heading's: a cell's text stands at its foot)
    return text


def _join_lines(
    boxes: Sequence[Box], uppers: Sequence[Box], joined_text: Callable[[_Filled, Box, Box], str | None]
) -> list[Box]:
    """``boxes`` with each of ``uppers`` joined to the line right under it in its column
    (:func:`_under`) where ``joined_text(filled, upper, lower)`` reads the two as one (their
    text, else None): one box over both lines, the lower line dropped — a line joined once is
    no other's upper or lower line."""
    if not uppers:
        return list(boxes)
    filled = _Filled(boxes)
    joined: dict[int, Box] = {}
    dropped: set[int] = set()
    for upper in uppers:
        lower = next(
            (
                b
                for b in filled.on_line(replace(upper, y0=upper.y1, y1=upper.y1 + upper.height))
                if b is not upper and isinstance(b.value, str) and _under(upper, b)
            ),
            None,
        )
        if lower is None or id(lower) in dropped or id(upper) in dropped:
            continue
        text = joined_text(filled, upper, lower)
        if text is None:
            continue
        joined[id(upper)] = replace(upper, text=text, value=text, x1=max(upper.x1, lower.x1), y1=lower.y1)
        dropped.add(id(lower))
    if not joined:
        return list(boxes)
    return [joined.get(id(b), b) for b in boxes if id(b) not in dropped]


# ------------------------------------------------------------ labels stacked in one cell, line by line
def split_stacked_lines(boxes: Sequence[Box]) -> list[Box]:
    """``boxes`` with each cell of labels stacked a line each (``客户\\n料号``), beside a value
    cell of as many lines (``华为\\nPA-65W-01``), split into one box a line, the two cells
    alike: each label then takes its own line. Read as one label (客户料号, a label broken to
    fit its cell), the cell would give the customer's name and the part's number as one value
    and lose the customer. A cell whose lines are not each a label, or beside a value of
    another count of lines, is left whole: ``客户\\n名称`` is one label broken in two."""
    split: dict[int, list[Box]] = {}
    filled: _Filled | None = None
    for box in boxes:
        labels = _label_lines(box)
        if labels is None:
            continue
        if filled is None:
            filled = _Filled(boxes)
        value = _value_beside(filled, box)
        if value is None or id(value) in split or len(lines := _lines(value)) != len(labels):
            continue
        if any(known_label(ln) for ln in lines if ln):
            continue  # a cell of labels beside another: no values here
        split[id(box)] = _line_boxes(box, labels)
        split[id(value)] = _line_boxes(value, lines)
    if not split:
        return list(boxes)
    return [piece for b in boxes for piece in split.get(id(b), [b])]


def _lines(box: Box) -> list[str]:
    """The lines of a cell's text, its blank first and last lines dropped."""
    return [ln.strip() for ln in str(box.value).replace("\r", "").strip().split("\n")]


def _label_lines(box: Box) -> list[str] | None:
    """The lines of ``box`` when it has two or more and each alone is a label some form prints
    (not one caption printed in two scripts)."""
    if box.empty or not isinstance(box.value, str) or "\n" not in box.value.strip():
        return None
    lines = _lines(box)
    if caption_lines(box.value):  # "Bill to\n买方": one label in two scripts, not two labels
        return None
    return lines if all(ln and known_label(ln) for ln in lines) else None


def _value_beside(filled: _Filled, box: Box) -> Box | None:
    """The filled cell right of ``box`` on its rows (the same top and foot), the nearest."""
    tol = 0.1 * box.height
    beside = [
        b
        for b in filled.on_line(box)
        if b is not box and b.x0 >= box.x1 - 1e-6 and abs(b.y0 - box.y0) <= tol and abs(b.y1 - box.y1) <= tol
    ]
    return min(beside, key=lambda b: b.x0, default=None)


def _line_boxes(box: Box, lines: list[str]) -> list[Box]:
    """``box`` cut into one box a line, each with its share of the height."""
    h = box.height / len(lines)
    return [
        replace(box, text=ln, value=ln, y0=box.y0 + k * h, y1=box.y0 + (k + 1) * h)
        for k, ln in enumerate(lines)
        if ln
    ]
