"""Captions printed the way real forms print them, read as one label.

A caption in two languages on two lines of one cell (``Prepared by`` over ``填写人``,
``客户名称`` over ``Customer``) is one label, not a label over its value; a shaded caption
cell longer than a short word, or on two lines, is a label too (a layout cue).
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from ..lazy_re import lazy_re
from ..memos import memo
from ..problems import Problem
from ..values import CHECKED, UNCHECKED, checked_options, halfwidth
from .compound import list_parts, phrase_option, phrase_remarks, yes_no_note
from .vocab import BRACKETED, Vocabulary, label_like, norm

_CJK = lazy_re(r"[\u3400-\u9fff\uf900-\ufaff]")
_FIGURE_IN = lazy_re(r"\d")
_LATIN = lazy_re(r"[A-Za-z]")


def caption_lines(text: str) -> list[str] | None:
    """The lines of a caption printed in two scripts on two or three lines, each line
    label-like (one Latin, one Chinese at least); None for anything else."""
    if not isinstance(text, str) or "\n" not in text:
        return None
    lines = [ln.strip() for ln in text.replace("\r", "").split("\n") if ln.strip()]
    if not 2 <= len(lines) <= 3 or re.search(r"\d", text):
        return None
    if not all(len(ln) <= 30 and label_like(ln) for ln in lines):
        return None
    latin = [ln for ln in lines if _LATIN.search(ln) and not _CJK.search(ln)]
    chinese = [ln for ln in lines if _CJK.search(ln) and not _LATIN.search(ln)]
    return lines if latin and chinese else None


def caption_candidates(vocab: Vocabulary, lines: list[str]) -> tuple[tuple[str, float, str], ...]:
    """The fields a bilingual caption may label: each line read alone, a field named by two
    lines (the caption and its translation) at the best of its lines' scores."""
    best: dict[str, tuple[float, str]] = {}
    for line in lines:
        for path, score, key in vocab.candidates(line):
            if path not in best or score > best[path][0]:
                best[path] = (score, key)
    return tuple(sorted(((p, s, k) for p, (s, k) in best.items()), key=lambda c: -c[1]))


def shaded_caption(text: str, filled: bool) -> bool:
    """A shaded cell's text without figures, up to two short lines: a caption."""
    if not filled:
        return False
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    return 0 < len(lines) <= 2 and all(len(ln) <= 30 for ln in lines) and not re.search(r"\d", text)


# ---------------------------------------------------------------------------------- tick boxes
def ticked_known(meta: Any, raw: Any, value: Any, path: str, location: str) -> tuple[Any, list[Problem]]:
    """A line of tick boxes for a several-choice field (``☒ Replacement ☐ Credit ☒ 8D report``)
    with a ticked word that is none of the field's options: the options that are known are the
    value, the unknown word is warned (``ticked_option_unknown``), never dropped silently. A
    one-choice field with two ticks is left as printed, for validation to report."""
    if meta.kind != "terms" or meta.term is None or not isinstance(value, str) or not isinstance(raw, str):
        return value, []
    ticked = checked_options(halfwidth(raw).strip())
    if not ticked:
        return value, []
    from .option_halves import halves_disagree

    if halves_disagree(meta.term, ticked):
        return value, []  # "☑ Hurda / Rework": the guards resolve and say it (option_halves)
    found = [(word, phrase_option(meta.term, word)) for word in ticked]
    known = [m.value for _, m in found if m is not None]
    unknown = [w for w, m in found if m is None]
    if not known or not unknown:
        return value, []
    warning = Problem(
        "ticked_option_unknown",
        path,
        location=location,
        severity="warning",
        params={"value": raw.strip()[:40], "words": "、".join(unknown)},
    )
    return list(dict.fromkeys(known)), [warning]


def choice_remarks(meta: Any, raw: Any, value: Any, path: str, location: str) -> list[Problem]:
    """A choice read from a phrase with a remark beside the options it names (``退货，请尽快处理``,
    ``选别后交换良品``): the options are the value, the remark is warned (``choice_with_remark``),
    never read past unsaid. Nothing when the value was left as typed (validation reports it).
    A yes/no read with a note in brackets set aside (``否（待确认）``, ``有（客户未寄回）``): the note is
    said (``value_with_comment``) — it may take the answer back."""
    if meta.kind == "bool" and isinstance(raw, str) and value != raw:
        return _yes_no_noted(raw, path, location)
    if meta.kind not in ("term", "terms") or meta.term is None or not isinstance(raw, str):
        return []
    if isinstance(value, str) and meta.term.lookup(value) is None:
        return []  # left as typed
    text = halfwidth(raw).strip()
    if checked_options(text) is not None:
        return []  # a ticked word is the form's printed option (☑质量投诉), no clerk's remark
    remarks = phrase_remarks(meta.term, list_parts(text))
    if not remarks:
        return []
    return [
        Problem(
            "choice_with_remark",
            path,
            location=location,
            severity="warning",
            params={"value": text[:40], "words": "、".join(dict.fromkeys(remarks))},
        )
    ]


def _yes_no_noted(raw: str, path: str, location: str) -> list[Problem]:
    """The note set aside from a yes/no answer (:func:`.compound.yes_no_note`), said; none for a
    ticked box or an answer with no note."""
    text = halfwidth(raw).strip()
    noted = yes_no_note(text) if checked_options(text) is None else None
    if noted is None:
        return []
    params = {"value": text[:40], "comment": noted[1], "read": noted[0]}
    return [Problem("value_with_comment", path, location=location, severity="warning", params=params)]


_Pairs = list[tuple[int, Any, list[tuple[Any, tuple[str, str]]]]]


def stacked_headers(pairs: _Pairs, hits: dict[int, dict[str, Any]], vocab: Any, used: set[int]) -> None:
    """A two-row table header whose lower names mean something only with the upper one
    (``Quantity`` over ``Authorized | Received``, ``数量`` over ``核定 | 实退``): each lower box
    under a wider upper box is read as the two together, when neither names the column alone.
    ``pairs``: the bands' :func:`stacked_pairs`. Found columns are added to ``hits`` (band
    index → column → (box, score)) in place."""
    for i, low, ups in pairs:
        if i in used or i + 1 in used or any(b is low for b, _s in hits.get(i + 1, {}).values()):
            continue
        for up, pair in ups:
            if not any(vocab.may_name(t) for t in pair):
                continue  # (the only scores that count, 0.85 and more, cannot be reached)
            found = [m for t in pair if (m := vocab.match(t)) is not None]
            if not found:
                continue
            col, score, key = max(found, key=lambda m: m[1])
            if score < 0.85 or _names_alone(vocab, up.text, col, key):
                continue  # ("D4 Root cause(s)" over 製造端: the heading alone names the column)
            row = hits.setdefault(i + 1, {})
            if col not in row or row[col][1] < score:
                row[col] = (low, score)


def stacked_pairs(bands: list[list[Any]]) -> _Pairs:
    """Each text box of a band (``low``, of band ``i + 1``) with the text boxes of the band above
    that span it and are half as wide again, each with the two readings of the pair (upper
    first, lower first): the shape of a two-row header, the same for every table of the page,
    worked out once a page (the reader's page keeps it: ``_Page.worked_out``)."""
    out: _Pairs = []
    for i in range(len(bands) - 1):
        reach = _group_reaches(bands[i], bands[i + 1])
        for low in bands[i + 1]:
            if low.empty or not isinstance(low.value, str) or _FIGURE_IN.search(BRACKETED.sub("", low.text)):
                continue  # "40 pcs" under "Menge / Qty": a line's value, no lower name of a header
            width = low.x1 - low.x0
            ups = [
                (up, (f"{up.text} {low.text}", f"{low.text} {up.text}"))
                for up in bands[i]
                if not (  # (the rectangle first: asked for every pair of boxes of two rows)
                    up.x0 > low.x0 + (_start_slack(low) if id(up) in reach else 1e-6)
                    or (right := reach.get(id(up), up.x1)) < low.x1 - 1e-6
                    or right - up.x0 < 1.5 * width
                    or up.empty
                    or not isinstance(up.value, str)
                )
            ]
            if ups:
                out.append((i, low, ups))
    return out


_ALIGNED = 1.0  # points (a print) or less: two names starting where their column starts
_ALIGNED_SHARE = 0.1  # of the box's width: a sheet's box is a column wide (its x a column's index)


def _start_slack(box: Any) -> float:
    """How far two names may start apart and still start where one column does: a point on a
    print, a tenth of the box's width at most (on a sheet, where a box is one column wide, a
    point would reach the next column: a group word at D paired with a name in C)."""
    return min(_ALIGNED, _ALIGNED_SHARE * (box.x1 - box.x0))


def _group_reaches(upper: list[Any], lower: list[Any]) -> dict[int, float]:
    """A group row of a two-row header that is not merged (``物料 |  | 数量 |  `` over ``编号 |
    名称 | 订单 | 实收``; ``物料 |  |  | 数量`` over ``编号 | 名称 | 规格 | 实收``, one group word and a
    word over its one column): each group word reaches over the blank cells right of it, to the
    next word of the row (the last to the lower row's end) — id(word) → the right edge it
    reaches. Only a row of two words or more (a lone word over blanks may be the table's
    caption), one of them at least standing over a blank with a lower name wholly under it, each
    other one over a lower name of its own (a label | value row leaves no lower name under a
    blank, nor a blank under a label); else none."""
    words = sorted((b for b in upper if not b.empty and isinstance(b.value, str)), key=lambda b: b.x0)
    names = [b for b in lower if not b.empty and isinstance(b.value, str)]
    if len(words) < 2 or len(names) <= len(words):
        return {}
    end = max(b.x1 for b in names)
    out: dict[int, float] = {}
    for k, word in enumerate(words):
        right = words[k + 1].x0 if k + 1 < len(words) else end
        if any(b.x0 < word.x0 - _start_slack(b) < b.x1 for b in names) and k == 0:
            return {}  # a lower name starting left of the first group: not the table's header
        if any(word.x1 <= b.x0 and b.x1 <= right + _start_slack(b) for b in names):
            out[id(word)] = right  # a group word: over the blanks to the next word
        elif not any(b.x0 < word.x1 and word.x0 < b.x1 for b in names):
            return {}  # (a word over no lower name and no blank: no header's group row)
    return out


def _names_alone(vocab: Any, text: str, col: str, key: str) -> bool:
    """Does the upper header alone name ``col`` by the same label as with the lower words
    (``D4 Root cause(s)`` and ``D4 Root cause(s) 製造端`` both by ``Root cause``)? Then the lower
    words are no part of the column's name but a caption of their own (a row's caption under a
    heading), not the second half of a two-row header (``Quantity`` + ``Received``)."""
    alone = vocab.match(text)
    return alone is not None and alone[0] == col and alone[2] == key


_LEAD = lazy_re(r"^\s*([^:：\d]{1,16})[:：]\s*(\S.*)$")


def worded_lines(text: str, vocab: Vocabulary, columns: tuple[Vocabulary, ...] = ()) -> bool:
    """A text area whose every line starts with its own word and a colon (``What: wiper arm
    rattles…`` / ``Where: Lansing final line…``) where none of the words is a label of the form:
    one answer written in parts, kept whole, not labels with values."""
    lines = [ln for ln in text.replace("\r", "").split("\n") if ln.strip()]
    if len(lines) < 2:
        return False
    for line in lines:
        m = _LEAD.match(line)
        if m is None:
            return False
        rest = m[2].strip()
        if len(re.findall(r"[A-Za-z]+|[\u3400-\u9fff]", rest)) < 3:
            return False  # "电话：0512-…": a contact's parts, not sentences
        if any((f := v.match(m[1])) is not None and f[1] >= 0.6 for v in (vocab, *columns)):
            return False
    return True


# ---------------------------------------------------------------------------------- captions under lines
def _aligned(line: Any, caption: Any) -> bool:
    """A value line and a caption in the same columns: the caption starts where the line
    starts and ends within it (a printed caption's words may end short of their line)."""
    tol = 0.15 * max(min(line.x1 - line.x0, caption.x1 - caption.x0), 1e-6)
    return abs(line.x0 - caption.x0) <= tol and caption.x1 <= line.x1 + 0.03 * (line.x1 - line.x0)


def _same_columns(a: Any, b: Any) -> bool:
    """Two value lines over the same columns (their edges within a twentieth of their width)."""
    tol = 0.05 * max(min(a.x1 - a.x0, b.x1 - b.x0), 1e-6)
    return abs(a.x0 - b.x0) <= tol and abs(a.x1 - b.x1) <= tol


class _Index:
    """A page's boxes by bottom, by top and by location, made once a page: the boxes near a
    caption are found without a look at every box of the page (issue 15)."""

    def __init__(self, boxes: list[Any]) -> None:
        self.boxes = boxes
        by_bottom = sorted(range(len(boxes)), key=lambda i: boxes[i].y1)
        by_top = sorted(range(len(boxes)), key=lambda i: boxes[i].y0)
        self.bottoms, self.by_bottom = [boxes[i].y1 for i in by_bottom], by_bottom
        self.tops, self.by_top = [boxes[i].y0 for i in by_top], by_top
        self.finite = all(math.isfinite(b.y0) and math.isfinite(b.y1) for b in boxes)
        self.at: dict[str, list[Any]] = {}
        for b in boxes:
            self.at.setdefault(b.location, []).append(b)

    def window(self, lo: float, hi: float, bottom: bool) -> list[Any]:
        """The boxes whose bottom (or top) lies within [lo, hi] give or take a unit, in page
        order; every box where a rectangle is not finite (the callers' tests decide)."""
        if not self.finite or not (math.isfinite(lo) and math.isfinite(hi)):
            return self.boxes
        keys, order = (self.bottoms, self.by_bottom) if bottom else (self.tops, self.by_top)
        found = order[bisect_left(keys, lo - 1.0) : bisect_right(keys, hi + 1.0)]
        return [self.boxes[i] for i in sorted(found)]


def _index(page: Any) -> _Index:
    found = getattr(page, "_caption_index", None)
    if found is None or found.boxes is not page.boxes:
        found = page._caption_index = _Index(page.boxes)
    return found


def _just_above(page: Any, box: Any) -> Any:
    """The box right above ``box`` in its columns, no farther than a row's height, or None."""
    near = [
        b
        for b in _index(page).window(box.y0 - box.height, box.y0 + 0.25 * box.height, bottom=True)
        if b is not box
        and not b.empty  # (a print's empty strip between a line and its caption is no line)
        and b.y1 <= box.y0 + 0.25 * box.height
        and box.y0 - b.y1 <= box.height
        and min(b.x1, box.x1) - max(b.x0, box.x0) > 0.5 * min(b.x1 - b.x0, box.x1 - box.x0)
    ]
    return max(near, key=lambda b: (b.y1, -abs(b.x0 - box.x0))) if near else None


def _just_below(page: Any, box: Any) -> Any:
    """The box right below ``box`` in its columns, no farther than a row's height, or None."""
    near = [
        b
        for b in _index(page).window(box.y1 - 0.25 * box.height, box.y1 + box.height, bottom=False)
        if b is not box
        and b.y0 >= box.y1 - 0.25 * box.height
        and b.y0 - box.y1 <= box.height
        and min(b.x1, box.x1) - max(b.x0, box.x0) > 0.5 * min(b.x1 - b.x0, box.x1 - box.x0)
    ]
    return min(near, key=lambda b: (b.y0, abs(b.x0 - box.x0))) if near else None


def value_over_caption(page: Any, label: Any) -> Any:
    """The value line a caption is printed UNDER, on a page printed that way (three captions
    at least read so: one caption over a line may be a checklist's item), or None."""
    if label.bold or label.filled:
        return None
    found = getattr(page, "_under_lines", None)
    if found is None:
        found = {}
        for lab in page.labels:
            over = _value_over_caption(page, lab.box)
            if over is not None and not _named_below(page, _caption_row(page, lab.box), lab.box):
                found[id(lab.box)] = over
        if len(found) < 3:  # fewer captions so: only those of a sign-off row read so
            boxes = {id(lab.box): lab.box for lab in page.labels}
            found = {k: v for k, v in found.items() if _signed_row(page, boxes[k])}
        page._under_lines = found
    return found.get(id(label))


def _answered(page: Any, label: Any) -> bool:
    """A label with its answer in its own cell (``Nature of complaint: ■Product quality``)."""
    return any(b is not label and not b.empty for b in _index(page).at.get(label.location, ()))


def _signed_row(page: Any, label: Any) -> bool:
    """A sign-off row printed under its names (``R. Castillo | J. Whitaker`` over ``Prepared by |
    Sales Manager | General Manager``): three captions or more in the label's row (or two, each
    a field's own label), each under a filled line of its own, none of them a figure."""
    row = [b for b in page.band_of(label) if not b.empty and isinstance(b.value, str)]
    strong = {id(lab.box) for lab in page.labels if lab.score >= 0.85}
    if len(row) < 3 and not (len(row) == 2 and all(id(b) in strong for b in row)):
        return False  # (two captions: both the labels of sign-off fields)
    for b in row:
        above = _just_above(page, b)
        if re.search(r"\d", b.text) or not label_like(b.text.strip()):
            return False
        if above is None or above.empty or page.is_label(above) or not _aligned(above, b):
            return False
    return not _named_below(page, row)


def _caption_row(page: Any, label: Any) -> list[Any]:
    """The captions printed in one row with ``label``: its band's texts of the label's height
    (a text area merged over that row and the next is no caption)."""
    tol = 0.25 * max(label.height, 1e-6)
    return [
        b
        for b in page.band_of(label)
        if not b.empty
        and isinstance(b.value, str)
        and abs(b.y0 - label.y0) <= tol
        and abs(b.y1 - label.y1) <= tol
    ]


def _named_below(page: Any, row: Sequence[Any], label: Any = None) -> bool:
    """Roles over names (``审核 | 检验人`` over ``周敏 | 王丽``): a caption with a name right below
    it, aligned, and another caption of its row so too, is read downward, the way a form is
    filled in (without ``label``: every caption of the row so)."""

    def named(b: Any) -> bool:
        below = _just_below(page, b)
        return (
            below is not None
            and not below.empty
            and not page.is_label(below)
            and isinstance(below.value, str)
            and not re.search(r"\d", below.text)
            and _aligned(below, b)
        )

    if len(row) < 2:
        return False  # (one caption alone: a line under it may be anything)
    if label is None:
        return all(named(b) for b in row)
    return named(label) and any(named(b) for b in row if b is not label)


def _bare_caption(page: Any, box: Any) -> bool:
    """A label alone in its cell: a caption. A label with its ticked answer in the same cell
    (``Samples returned?  Yes ■  No □``) is a filled line of the form, not a caption."""
    if not page.is_label(box):
        return False

    marks = re.compile(f"[{re.escape(CHECKED + UNCHECKED)}]")
    return not any(
        b is not box and not b.empty and marks.search(b.text) for b in _index(page).at.get(box.location, ())
    )


def _the_title(page: Any, box: Any) -> bool:
    """The form's own title (``銷貨折讓證明單`` over a column of lines and captions): the head of
    the column, as a heading is, never a caption of a line."""
    spec = getattr(page, "spec", None)
    return spec is not None and isinstance(box.value, str) and form_title(box.text, spec.kind)


def _value_over_caption(page: Any, label: Any) -> Any:
    """The value line a caption is printed UNDER (``[ NCF-26-0311 ]`` over ``Complaint
    Reference``), or None.

    Forms that print their captions under the lines put a line first: going up from the
    caption, lines and captions alternate in the same columns and the top one is a line (a
    section band or the title above it spans other columns); where the top one is a caption,
    the captions stand above their values. Such a caption is plain (a bold or shaded one is
    the label of the cell beside or under it), has captions or nothing beside it (a label with
    a value right of it is read from there) and no other caption right under it (a column of
    labels, each with its value beside it)."""
    if label.bold or label.filled or re.search(r"[:：]\s*$", label.text):
        return None  # ("Customer:" is followed by its value, never printed under it)
    if any(b is not label and not b.empty for b in _index(page).at.get(label.location, ())):
        return None  # a label with its answer in its own cell (``原因分析：\n…``)
    above = _just_above(page, label)
    if above is None or above.empty or page.is_label(above) or not _aligned(above, label):
        return None
    caption_like = not re.search(r"\d", above.text) and label_like(above.text.strip())
    if above.bold or above.filled or caption_like:
        return None  # a heading or a caption over this one
    beside = [b for b in page.band_of(label) if b.x0 >= label.x1 - 1e-6 and b is not label]
    if beside:
        first = min(beside, key=lambda b: b.x0)
        if not first.empty and not (page.is_label(first) or label_like(first.text.strip())):
            return None  # a value beside the label: read from there
    below = _just_below(page, label)
    if (
        below is not None
        and _aligned(below, label)
        and _bare_caption(page, below)
        and not _answered(page, below)
    ):
        return None  # (a label with its answer in its own cell, "Nature of complaint: ■…", is no caption)
    top, expect_label, line = above, True, above
    for _ in range(40):
        up = _just_above(page, top)
        if up is None or _bare_caption(page, up) != expect_label or _the_title(page, up):
            break  # (the form's title over the column is its top, no caption: 銷貨折讓證明單)
        if expect_label and not _aligned(top, up):
            break
        if not expect_label and (up.bold or up.filled or not _same_columns(up, line)):
            break  # a heading, a title or a wider block over the column: its top
        top, expect_label = up, not expect_label
        line = up if expect_label else line
    return None if page.is_label(top) else above


@memo
@lru_cache(maxsize=4096)
def form_title(text: str, kind: str) -> bool:
    """Does ``text`` name the form by its title (``退货申请单 (RMA)``: one of the form's titles,
    its brackets aside, or a line ending with it)? Then a loose reading of it as a label
    (退货申请单号, 0.67) is a lesser one: the title heads the form, the line under it is likely
    its subtitle, and a label printed as such (``RMA单号``) is the field's. It may still be the
    only label of its field (an ERP memo's ``Credit memo  91004473``). A label that only begins
    with the title (``客户抱怨处理单编号``) is no title."""
    from .. import forms

    key = norm(BRACKETED.sub(" ", text))
    for title in forms.get(kind).titles:
        own = norm(title)
        if len(own) >= 3 and (key == own or (key.endswith(own) and len(key) <= len(own) + 20)):
            return not label_like(text) or key == own
    return False
