"""Two forms of one kind stacked on one sheet or page: last month's closed complaint copied
down above the new one, the new case typed under the old one. The labels of the upper form
stand again lower, at the same columns, shifted by the height of a form; read as one form, the
upper (old) form's values answer the new one's labels. The reader keeps one form — the one not
marked closed (``（已结案）`` after its title, a ``Closed`` / ``作废`` stamp), else the one with
the later dates, else the last one (a clerk adds the new case below) — reads only its boxes,
and says that the sheet holds two forms (``two_forms``). Two stacked copies that agree in every
value (a 存根联 above its 客户联) are one document: nothing is dropped.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from ..lazy_re import lazy_re
from ..problems import Problem
from .boxes import Box
from .copies import _shown, _text
from .dates import full_date
from .vocab import folded, known_label

# this module's codes in the message catalogue (problems.py reads them on first look-up)
MESSAGES: dict[str, tuple[str, str]] = {
    "two_forms": (
        "同一张表（页）上下有两份同样的表单：只读取了从 {location} 开始的“{kept}”（{why}），"
        "从 {other_location} 开始的“{other}”未读取；请核对读的是否是这份单据，另一份宜移到别处",
        "The sheet (page) holds two forms of the same kind, one above the other: only '{kept}' from"
        " {location} was read ({why_en}); '{other}' from {other_location} was not; please check that"
        " this is the document meant, and keep the other form elsewhere",
    ),
}

_WHY = {
    "closed": ("另一份标着已结案或作废", "the other is marked closed or void"),
    "newer": ("它的日期较新", "its dates are the later ones"),
    "last": ("它在下面，是后填的一份", "it is the lower one, filled last"),
}

# a form marked done: after its title in brackets, or a stamp of its own (folded to simplified)
_CLOSED_MARKS = frozenset(
    [
        "已结案",
        "结案",
        "已关闭",
        "关闭",
        "作废",
        "已作废",
        "已取消",
        "closed",
        "void",
        "cancelled",
        "canceled",
    ]
)
_PUNCT = lazy_re(r"[\s()（）\[\]【】〔〕<>《》「」:：\-—_*#/.,，、。]+")

_MIN_LABELS = 4  # labels printed again, same column, same shift
_MIN_ROWS = 3  # on as many rows (one table row repeated is no form)
_SHARE = 0.7  # of the upper form's texts with a text at their place in the lower form
_OUTSIDE = 0.3  # texts above both forms or below the lower one, at most this share of a form's


@dataclass(frozen=True)
class _Split:
    start: float  # where the lower form begins
    shift: float  # how far below the upper form it stands
    labels: tuple[Box, ...]  # the upper form's labels printed again in the lower


def _tolerance(shift: float) -> float:
    """How far a repeated label may stand from its place: a fiftieth of a form's height (a
    print's words move a little; a sheet's cells do not, and its next row is one unit away)."""
    return max(0.25, 0.02 * shift)


def _repeated_labels(texts: Sequence[Box]) -> list[list[Box]]:
    """The boxes of each label text printed more than once (a value repeated is no label)."""
    by_text: dict[str, list[Box]] = {}
    for b in texts:
        if isinstance(b.value, str):
            by_text.setdefault(_text(b), []).append(b)
    return [same for t, same in by_text.items() if t and len(same) > 1 and known_label(t)]


def _pairs(repeated: list[list[Box]]) -> list[tuple[Box, Box]]:
    """Label boxes and their repeats lower in the same column."""
    out: list[tuple[Box, Box]] = []
    for same in repeated:
        for a in same:
            for b in same:
                if b.y0 <= a.y1 - 1e-6 or a.same_band(b):
                    continue
                if abs(b.x0 - a.x0) <= _tolerance(b.y0 - a.y0):
                    out.append((a, b))
    return out


def _twin(box: Box, shift: float, lower: Sequence[Box]) -> Box | None:
    """The lower form's box at ``box``'s place moved down by ``shift`` (overlapping it)."""
    y0, y1 = box.y0 + shift, box.y1 + shift
    for o in lower:
        overlap = min(y1, o.y1) - max(y0, o.y0)
        if overlap >= 0.5 * min(box.height, o.height) - 1e-9 and o.overlaps_x(box.x0, box.x1):
            return o
    return None


def _placed(upper: Sequence[Box], shift: float, lower: Sequence[Box]) -> bool:
    """Have at least ``_SHARE`` of ``upper`` a twin in ``lower``? (Each looked for among the
    boxes of the rows it spans only, and no further than the first misses too many: a long
    print has hundreds.)"""
    step = sorted(o.height for o in lower)[len(lower) // 2] if lower else 1.0
    rows: dict[int, list[Box]] = {}
    for o in lower:
        for r in range(int(o.y0 // step), int(o.y1 // step) + 1):
            rows.setdefault(r, []).append(o)
    misses, allowed = 0, (1 - _SHARE) * len(upper)
    for box in upper:
        spans = range(int((box.y0 + shift) // step), int((box.y1 + shift) // step) + 1)
        near = list(dict.fromkeys(o for r in spans for o in rows.get(r, ())))
        if _twin(box, shift, near) is None:
            misses += 1
            if misses > allowed:
                return False
    return True


def _heading_up(texts: Sequence[Box], start: float, shift: float) -> float:
    """Where the lower form begins: its first repeated label's row, or higher while the rows
    just above have their twin one form up (the title, ``客户抱怨处理单`` under
    ``客户抱怨处理单（已结案）``, whose texts differ)."""
    up = [t for t in texts if t.y0 < start - shift / 2]  # where their twins may stand
    for box in sorted((t for t in texts if start - shift / 2 <= t.y0 < start), key=lambda t: -t.y0):
        if _twin(box, -shift, up) is None:
            break
        start = box.y0
    return start


def _split_at(texts: Sequence[Box], pairs: list[tuple[Box, Box]], shift: float) -> _Split | None:
    """The split of ``texts`` into two stacked forms that these repeated labels show, if they do."""
    tol = _tolerance(shift)
    near = [(a, b) for a, b in pairs if abs(b.y0 - a.y0 - shift) <= tol]
    first = min(b.y0 for _a, b in near)  # the first label printed again
    if len(near) < _MIN_LABELS or not _two_blocks(texts, near, first, shift):
        return None
    upper = [t for t in texts if first - shift - tol <= t.y0 < first - tol]
    if not _placed(upper, shift, [t for t in texts if t.y0 >= first - tol]):
        return None
    start = _heading_up(texts, first, shift)
    if not _two_blocks(texts, near, start, shift):
        return None
    near = [(a, b) for a, b in near if a.y0 < start - tol and b.y0 < start + shift - tol]
    return _Split(start, shift, tuple(a for a, _b in near))


def _two_blocks(texts: Sequence[Box], near: list[tuple[Box, Box]], start: float, shift: float) -> bool:
    """Do the repeated labels make two blocks that hold (nearly) all the texts: labels enough on
    rows enough above ``start``, and little above the upper block or below the lower one?"""
    tol = _tolerance(shift)
    near = [(a, b) for a, b in near if a.y0 < start - tol and b.y0 < start + shift - tol]
    if len(near) < _MIN_LABELS or len({round(a.y0 / tol) for a, _b in near}) < _MIN_ROWS:
        return False
    upper = sum(1 for t in texts if start - shift - tol <= t.y0 < start - tol)
    lower = sum(1 for t in texts if start - tol <= t.y0 < start + shift + tol)
    outside = len(texts) - upper - lower
    # the same labels in blocks of a longer form (an 8D's steps), or its last page's sign-off
    # under a whole report: one form
    return outside <= _OUTSIDE * upper and lower >= _SHARE / 2 * upper


def stacked(boxes: Sequence[Box]) -> _Split | None:
    """Where a second form of the same labels begins below the first, or None."""
    texts = [b for b in boxes if not b.empty]
    pairs = sorted(_pairs(_repeated_labels(texts)), key=lambda p: p[1].y0 - p[0].y0)
    if len(pairs) < _MIN_LABELS:
        return None
    offsets = [b.y0 - a.y0 for a, b in pairs]
    for shift, _count in Counter(round(o, 1) for o in offsets).most_common():
        tol = _tolerance(shift)  # (a print's shifts spread over neighbouring tenths: joined)
        near = pairs[bisect_left(offsets, shift - tol) : bisect_right(offsets, shift + tol)]
        if len(near) >= _MIN_LABELS and (split := _split_at(texts, near, shift)) is not None:
            return split
    return None


def _mark(text: str) -> str:
    return _PUNCT.sub("", folded(text)).lower()


def _closed(block: Sequence[Box], other: Sequence[Box], shift: float) -> bool:
    """Is ``block`` marked done: a stamp (``已结案``, ``Closed``) of its own, or a text of the
    other form's with such a mark added (``客户抱怨处理单（已结案）`` over ``客户抱怨处理单``)?"""
    for box in block:
        text = _mark(_text(box))
        if text in _CLOSED_MARKS:
            return True
        twin = _twin(box, shift, other)
        plain = _mark(_text(twin)) if twin is not None else ""
        if plain and plain != text and plain in text and text.replace(plain, "", 1) in _CLOSED_MARKS:
            return True
    return False


def _latest(block: Sequence[Box]) -> object:
    dates = [d for b in block if (d := full_date(b.value)) is not None]
    return max(dates) if dates else None


def _choose(upper: list[Box], lower: list[Box], shift: float) -> tuple[bool, str]:
    """(keep the lower form?, why): the one not closed, else the later dates, else the last."""
    up_closed, low_closed = _closed(upper, lower, shift), _closed(lower, upper, -shift)
    if up_closed != low_closed:
        return up_closed, "closed"
    up, low = _latest(upper), _latest(lower)
    if up is not None and low is not None and up != low:
        return bool(low > up), "newer"  # type: ignore[operator]
    return True, "last"


def _agree(split: _Split, upper: Sequence[Box], lower: Sequence[Box]) -> bool:
    """Do the rows of the repeated labels say the same in both forms? Then the lower is the
    same document again: a copy (存根联 over 客户联), or a print's title rows repeated on its
    next page (the header and the table's column heads over the next lines)."""
    rows = [t for t in upper if any(t.same_band(a) for a in split.labels)]
    return all((twin := _twin(t, split.shift, lower)) is not None and _shown(twin) == _shown(t) for t in rows)


def _place(box: Box) -> str:
    """Where a form begins, as the clerk finds it: a sheet's cell whole (``客诉!A12``), a print's
    box by its page (``p1#7`` → ``p1``) — not :func:`.boxes.page_of`, which drops the cell."""
    return box.location.partition("#")[0]


def current_form(boxes: Sequence[Box]) -> tuple[list[Box], list[Problem]]:
    """The boxes of the form that is the document when two stand one above the other, with a
    warning saying so; the boxes unchanged and no warning otherwise."""
    split = stacked(boxes)
    if split is None:
        return list(boxes), []
    tol = _tolerance(split.shift)
    top = split.start - split.shift - tol
    # a sheet's page header prints over its first rows, its footer under its last: the upper
    # form's and the lower form's, never a form's first text (:mod:`.page_margins`)
    headers = [b for b in boxes if b.location.endswith("!header")]
    footers = [b for b in boxes if b.location.endswith("!footer")]
    margins = {id(b) for b in headers + footers}
    in_upper = [b for b in boxes if top <= b.y0 < split.start - tol and id(b) not in margins]
    in_lower = [b for b in boxes if b.y0 >= split.start - tol and id(b) not in margins]
    upper = [b for b in in_upper if not b.empty]
    lower = [b for b in in_lower if not b.empty]
    if _agree(split, upper, lower):
        return list(boxes), []  # one document printed again
    keep_lower, why = _choose(upper, lower, split.shift)
    dropped = {id(b) for b in (in_upper + headers if keep_lower else in_lower + footers)}
    kept_block, other_block = (lower, upper) if keep_lower else (upper, lower)
    first, other = _first(kept_block), _first(other_block)
    params: dict[str, Any] = {
        "location": _place(first),
        "kept": _short(first),
        "other_location": _place(other),
        "other": _short(other),
        "why": _WHY[why][0],
        "why_en": _WHY[why][1],
    }
    if why == "last":
        params["fields"] = []  # which form is meant is a guess: every field read is (read_fields)
    warning = Problem("two_forms", location=first.location, severity="warning", params=params)
    return [b for b in boxes if id(b) not in dropped], [warning]


def read_fields(warnings: Sequence[Problem], where: Iterable[str]) -> None:
    """A form chosen for being the last one only (nothing marked the other closed, no later
    date): every field read from it is in doubt, named on the warning (never a silent choice)."""
    for warning in warnings:
        if "fields" in warning.params:
            warning.params["fields"] = [path for path in where if path]  # (set by current_form)


def _first(block: Sequence[Box]) -> Box:
    return min(block, key=lambda b: (b.y0, b.x0))


def _short(box: Box) -> str:
    text = " ".join(str(box.value).split())
    return text if len(text) <= 24 else text[:23] + "…"
