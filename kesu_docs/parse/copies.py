"""Copies of one form printed side by side on one sheet or page (the Taiwanese 折讓證明單's
第一聯 and 第二聯, a delivery note's 存根聯 beside its 客戶聯): the same title, the same labels at
the same places shifted by the width of a copy. Each copy's fields come from its own column
range: read side by side as one form, the second copy's 統一編號 answers the first copy's
party. The reader keeps the first copy (leftmost) and drops the others; where a copy's value
differs from the first copy's at the same place, the field read there is warned about
(``copy_differs``), never taken silently.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..problems import Problem
from .boxes import Box

# this module's codes in the message catalogue (problems.py reads them on first look-up)
MESSAGES: dict[str, tuple[str, str]] = {
    "copy_differs": (
        "同一张表并排印了几联：{location} 上的“{value}”与另一联同一位置的“{other}”不同，请核对",
        "Copies of the form stand side by side: '{value}' at {location} differs from '{other}' at the same"
        " place of another copy; please check",
    ),
}

_MIN_LABELS = 4  # a copy repeats at least a title and a few labels
_SHARE = 0.7  # of the first copy's texts found again, shifted, in the second


def _text(box: Box) -> str:
    return "".join(str(box.value).split()) if isinstance(box.value, str) else ""


def _shown(box: Box) -> str:
    return "".join(str(box.value).split())


def _tolerance(shift: float) -> float:
    """How far a copy's box may stand from its place: a fiftieth of a copy's width (a print's
    words move a little; a sheet's cells do not, and its next column is one unit away)."""
    return max(0.25, 0.02 * shift)


def _twin(box: Box, shift: float, others: Sequence[Box], tol: float) -> Box | None:
    """The box at ``box``'s place shifted right by ``shift`` (same row, same left edge)."""
    for o in others:
        if abs(o.x0 - (box.x0 + shift)) <= tol and box.same_band(o):
            return o
    return None


def side_by_side(boxes: Sequence[Box]) -> tuple[float, float] | None:
    """(where the second copy begins, its shift) when the boxes hold two copies of one form
    side by side: a title printed twice on one row, and most of the texts left of the second
    title printed again at the same places right of it. None otherwise."""
    texts = [b for b in boxes if not b.empty and isinstance(b.value, str)]
    by_text: dict[str, list[Box]] = {}
    for b in texts:
        t = _text(b)
        if len(t) >= 4:
            by_text.setdefault(t, []).append(b)
    tried: set[tuple[float, float]] = set()
    for same in by_text.values():
        if len(same) < 2:
            continue
        for a in same:
            for b in same:
                if b is a or not a.same_band(b) or b.x0 < a.x1 - 1e-6:
                    continue
                shift = b.x0 - a.x0
                if (shift, b.x0) in tried:
                    continue
                tried.add((shift, b.x0))
                left = [t for t in texts if t.x1 <= b.x0 + 1e-6 and t.x0 >= b.x0 - shift - 1e-6]
                right = [t for t in texts if t.x0 >= b.x0 - 1e-6]
                tol = _tolerance(shift)
                labels = [t for t in left if len(_text(t)) <= 30]
                found = sum(
                    1
                    for t in labels
                    if (twin := _twin(t, shift, right, tol)) is not None and _text(twin) == _text(t)
                )
                if found >= _MIN_LABELS and found >= _SHARE * len(labels):
                    return b.x0, shift
    return None


def first_copy(boxes: Sequence[Box]) -> tuple[list[Box], list[tuple[Box, Box]]]:
    """The boxes of the first (leftmost) copy when copies stand side by side, and the places
    where another copy holds a different value ((first copy's box, the other's)); the boxes
    unchanged and no differences otherwise."""
    found = side_by_side(boxes)
    if found is None:
        return list(boxes), []
    start, shift = found
    kept = [b for b in boxes if b.x0 < start - 1e-6]
    rest = [b for b in boxes if b.x0 >= start - 1e-6 and not b.empty]
    tol = _tolerance(shift)
    differs: list[tuple[Box, Box]] = []
    for b in kept:
        if b.empty:
            continue
        twin = _twin(b, shift, rest, tol)
        if twin is not None and _shown(twin) != _shown(b):
            differs.append((b, twin))
    return kept, differs


def copy_differences(twins: Sequence[tuple[Box, Box]], where: Any) -> list[Problem]:
    """A warning on every field read where another copy holds a different value."""
    at = {box.location: (box, other) for box, other in twins}
    out: list[Problem] = []
    for path, location in list(where.items()):
        if location in at:
            box, other = at[location]
            params = {"value": box.value, "other": other.value, "location": other.location}
            out.append(Problem("copy_differs", path, location=location, severity="warning", params=params))
    return out
