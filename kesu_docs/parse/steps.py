"""A step of a corrective-action report printed as one row (a SCAR made in Word: one table row
per step): the step's heading in the first cell, what was done in the next, and its owner and
date typed after their own short labels in the cells beside it::

    一、臨時對策 | 庫存 2,400 pcs 全數 X-Ray 篩檢 | 負責人：陳冠宇 | 完成：9/5

The heading names a table of the form (containment, corrective actions); the row is that
table's first row, the labels beside it its columns. A date's label often drops its 日期
(``完成：``, ``預定：``): a label that names a date column with 日期 added reads as that column
when a date follows it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache
from typing import Any, TypeVar

from ..forms import FieldMeta, describe
from ..lazy_re import lazy_re
from ..memos import memo
from ..problems import Bilingual, Problem
from ..validation import labels_for
from ..values import box_words, checked_options, chinese_word, script_of
from .boxes import Box, notes_naming_columns, until_side_notes
from .compound import cut_option, half_option
from .vocab import (
    ENCLOSED_NUMBERS,
    FormLabels,
    Vocabulary,
    discipline,
    enclosed_number,
    field_metas,
    folded,
    form_labels,
    label_like,
    norm,
    plain_latin,
    prose_after,
    sub_step,
    vocabulary,
)

_DATE_LIKE = lazy_re(r"^\s*(\d{2,4}\s*[./\-年]\s*)?\d{1,2}\s*[./\-月]\s*\d{1,2}\s*日?\s*$")
_ENDS_WITH_COLON = lazy_re(r"[:：]\s*$")
# where a step of an 8D written in one cell begins: a D number at a line's start, after a
# sentence's end, or after a list's number (``1. D4 …  2. D4 …``), that number dropped
_STEP_STARTS = lazy_re(
    r"(?m)(?:^[ \t]*(?:[(（]?\d{1,2}[.、)）][ \t]*)?|(?<=[。；;.!?！？])[ \t]*(?:[(（]?\d{1,2}[.、)）][ \t]*)?"
    r"|(?<=\s)[(（]?\d{1,2}[.、)）][ \t]*)(?=[DdＤ][0-8０-８](?![0-9A-Za-z\-]))"
)


def _column(vocab: Vocabulary, columns: dict[str, FieldMeta], label: Box, value: Box | None) -> str | None:
    """The column a short label beside a step names, or None."""
    hit = vocab.match(label.text)
    if hit is not None and hit[1] >= 0.85:
        return hit[0]
    if value is None or not _DATE_LIKE.match(str(value.value)):
        return None
    stem = re.sub(r"[:：\s]+$", "", label.text)
    if not stem or len(stem) > 6:
        return None
    hit = vocab.match(stem + "日期")  # 完成： → 完成日期, 預定： → 預定日期
    if hit is not None and hit[1] >= 0.85 and columns[hit[0]].kind == "date":
        return hit[0]
    return None


def rest_of_line(page: Any, head: Box, taken: set[int]) -> list[Box]:
    """The filled boxes right of a step's heading on its line that no field took yet, left to
    right: what a step's row holds, read beside its heading (:func:`step_row`) or under the
    step table's header (:func:`.step_table.step_under_header`)."""
    return sorted(
        (
            b
            for b in page.band_of(head)
            if b is not head and not b.empty and b.x0 >= head.x1 - 1e-6 and id(b) not in taken
        ),
        key=lambda b: (b.x0, b.y0),
    )


def step_row(
    page: Any, head: Box, columns: dict[str, FieldMeta], main: str, vocab: Vocabulary, taken: set[int]
) -> tuple[dict[str, Any], dict[str, Box], list[Box]] | None:
    """The row a step's heading stands in: (values by column, their boxes, every box read,
    labels included), or None when the row is not laid out so (no text beside the heading, or
    no labelled cell of the table's own columns after it)."""
    line = rest_of_line(page, head, taken)
    if len(line) < 3:
        return None
    first = line[0]
    if not isinstance(first.value, str) or page.is_label(first) or _ENDS_WITH_COLON.search(first.text):
        return None
    row: dict[str, Any] = {main: first.value}
    places: dict[str, Box] = {main: first}
    used: list[Box] = [first]
    i = 1
    while i < len(line):
        label = line[i]
        value = line[i + 1] if i + 1 < len(line) else None
        if not _ENDS_WITH_COLON.search(label.text) or not label_like(label.text):
            return None  # a cell that is not "label：value": not this layout
        col = _column(vocab, columns, label, value)
        if col is None or col == main or col in row:
            break  # another field's label: the row's own cells end here
        if value is None or _ENDS_WITH_COLON.search(value.text) or value.y0 >= label.y1 + label.height:
            used.append(label)  # a label left blank
            i += 1
            continue
        row[col] = value.value
        places[col] = value
        used += [label, value]
        i += 2
    if len(row) < 2:
        return None
    return row, places, used


def ticked_member(page: Any, group: str, head: Box) -> str | None:
    """The member of group ``group`` that a tick line beside the group's heading answers
    (``五、預防再發 | ■FMEA □管制計畫 □作業標準書 ■檢驗規範``: the documents updated): the one
    member whose options are most of the line's words, or None."""
    meta = page.spec.fields.get(group)
    if meta is None or meta.kind != "group" or meta.row_model is None:
        return None
    right, _next = page.right_of(head)
    text = next((str(b.value) for b in right if not b.empty), None)
    if text is None or checked_options(text) is None:
        return None
    words = box_words(text)
    if not words:
        return None
    hits = {k: sum(m.names_option(w) for w in words) for k, m in describe(meta.row_model).items()}
    best = [k for k, n in hits.items() if n and 2 * n >= len(words)]
    return f"{group}.{best[0]}" if len(best) == 1 and f"{group}.{best[0]}" in page.fields else None


_NOTE = lazy_re(r"[(（]([^()（）]{1,30})[)）]")
# (an en or em dash may stand between two words unspaced, "Root Cause–Escape", as a PDF's words
# print it; a hyphen so joins a word, "Push-back")
_AFTER_DASH = lazy_re(r"(?:\s[-–—]|[–—])\s*([^\-–—]{1,30})$")


def _after_dash(text: str) -> list[str]:
    """The word after a dash ending a heading's name, before its hint (``D4 Root Cause -
    Escape⏎(Why was it not detected?)`` → Escape); none when nothing but the step's number
    stands before the dash (``D1 - Team Members``: the dash only follows the number)."""
    bare = _NOTE.sub(" ", text).strip()
    m = _AFTER_DASH.search(bare)
    if m is None:
        return []
    before = bare[: m.start()].strip()
    heading = discipline(before)
    name = heading[1] if heading is not None else before
    return [m[1]] if name.strip(" -–—:：") else []


def option_headings(
    page: Any,
    heads: list[Box],
    columns: dict[str, FieldMeta],
    main: str,
    taken: set[int],
    assumed: set[int] | None = None,
    cut: set[int] | None = None,
) -> list[tuple[dict[str, Any], dict[str, Box], Box]] | None:
    """Headings of one table each naming an option in brackets over its own text
    (``D4 – Root Cause (Occurrence)`` / ``D4 – Root Cause (Escape)``, a Word 8D without tables):
    one row per heading, the option in the table's choice column, the text under it in its main
    column; (row, places, heading) each. None when no heading names an option so. The headings
    whose option is a guess are put in ``assumed``, those named by a cut word in ``cut`` too
    (:func:`_named_options`)."""
    choice = next((c for c, m in columns.items() if m.kind == "term" and m.term is not None), None)
    if choice is None:
        return None
    term = columns[choice].term
    captions = bare_step_captions(page, heads)
    named = _named_options(heads, term, assumed, cut, {k: b.text for k, b in captions.items()})
    out: list[tuple[dict[str, Any], dict[str, Box], Box]] = []
    for head in sorted(heads, key=lambda b: (b.y0, b.x0)):
        option = None
        # the option in brackets, or after a dash ending the name before its hint:
        # "D4 Root Cause - Escape⏎(Why was it not detected?)"; or the step's name itself an
        # option, two headings or more so (D4 发生原因 / D4 流出原因, each over its text)
        for note in (*_NOTE.findall(head.text), *_after_dash(head.text), *named.get(id(head), ())):
            try:
                option = term.lookup(note.strip()) if term is not None else None
            except Exception:
                option = None
            if option is not None:
                break
        if option is None or any(row[choice] == option.value for row, _p, _h in out):
            continue
        boxes = _text_of(page, captions.get(id(head), head), taken)  # (a bare D4: its caption's text)
        if not boxes:
            continue
        text = "\n".join(str(b.value).strip() for b in boxes)
        row: dict[str, Any] = {choice: option.value, main: text}
        places = {main: boxes[0]}
        for col, (value, box) in _noted_beside(
            page, captions.get(id(head), head), taken, columns, main
        ).items():
            row[col], places[col] = value, box  # (… | 貢獻度 70%: the row's share, no tracker's note)
        out.append((row, places, head))
    return out or None


@memo
@lru_cache(maxsize=256)
def keys_of_discipline(spec: Any, vocab: Any, number: int) -> frozenset[str]:
    """The top-level fields an 8D step stands for on a form (``3`` → the containment and the
    stock sorting): the fields of the spec's section ``d3`` and those its vocabulary's ``d3``
    heading names, whatever the page (``spec``: a :class:`~kesu_docs.forms.FormSpec`,
    ``vocab``: its :class:`~kesu_docs.parse.vocab.Vocabulary`). Worked out once a form (issue 15:
    asked of every heading a box names, by every table of an 8D, and of circled step numbers,
    :func:`enclosed_steps`)."""
    keys = {k for k, m in spec.fields.items() if getattr(m, "section", "") == f"d{number}"}
    return frozenset(keys | {e.path.partition(".")[0] for e in vocab.index.get(f"d{number}", ())})


def headings_name_options(page: Any, heads: list[Box], columns: dict[str, FieldMeta]) -> bool:
    """Do two headings of one table or more name an option each (``D4 Root cause | … | Contribution
    70%`` / ``D4 Escape point | … | Contribution 30%``, a bare ``D4`` by its caption: :func:`_named_options`)?
    Then each heading is a row of its own, its option the row's (:func:`option_headings`, the side
    notes on its line read with it), never one block read for the table and the others left."""
    choice = next((c for c, m in columns.items() if m.kind == "term" and m.term is not None), None)
    if choice is None or len(heads) < 2:
        return False
    captions = {k: b.text for k, b in bare_step_captions(page, heads).items()}
    return bool(_named_options(heads, columns[choice].term, captions=captions))


def _noted_beside(
    page: Any, head: Box, taken: set[int], columns: dict[str, FieldMeta], main: str
) -> dict[str, tuple[str, Box]]:
    """The side notes on the line right of ``head`` that name a column of its table (``貢獻度 70%``:
    :func:`.boxes.noted_columns`), by column: the value and its box."""
    right, _next = page.right_of(head)
    line = sorted((b for b in right if not b.empty and id(b) not in taken), key=lambda b: b.x0)
    if not line:
        return {}
    vocab = Vocabulary(columns.items(), generic=1.0, short=1.0)
    noted = notes_naming_columns(vocab, main, line, {c: m.kind for c, m in columns.items()})
    return {col: (value, b) for b in line if id(b) in noted for col, value in [noted[id(b)]]}


def bare_step_captions(page: Any, heads: list[Box]) -> dict[int, Box]:
    """A heading that is a step's number alone (``D4``: a PDF printing ``D4 真因分析：`` as two
    words apart) → the label right of it on its line, which names the step (by the heading's id)."""
    out: dict[int, Box] = {}
    for head in heads:
        heading = discipline(head.text)
        if heading is None or heading[1].strip(" :：-–—"):
            continue
        right, label = page.right_of(head)  # (what stands right of it up to the next label, and that label)
        if not any(not b.empty for b in right) and label is not None and label.same_band(head):
            out[id(head)] = label
    return out


def _named_options(
    heads: list[Box],
    term: Any,
    assumed: set[int] | None = None,
    cut: set[int] | None = None,
    captions: dict[int, str] | None = None,
) -> dict[int, tuple[str]]:
    """Headings whose name after the step's number is an option whole (``D4 发生原因`` / ``D4
    流出原因``): that name by heading, when two or more name different options so (one alone
    may name the table, as ``D4 原因`` does); else none. A name cut short at its end (``… / Why
    not d``, :func:`.compound.cut_option`) names the option it begins, a guess: its id put in
    ``assumed`` and in ``cut``. Then one heading naming no option where one option is left
    unnamed (``D4 Grondoorzaak / Root cause`` beside ``D4 流出原因 / Why it was not detected``):
    that heading is that option, its id put in ``assumed`` (a guess, read for checking)."""
    if term is None:
        return {}
    names: dict[int, tuple[str]] = {}
    options = set()
    guessed: set[int] = set()
    for head in heads:
        heading = discipline(head.text)
        name = (heading[1] if heading is not None else head.text).strip(" :：-–—")
        name = name or (captions or {}).get(id(head), "").strip(" :：-–—")  # (a bare D4: its caption's)
        try:
            option = term.lookup(name) if name else None
        except Exception:
            option = None
        if option is None and (first := _option_before_word(term, name)) is not None:
            option, name = first, first.value  # "D5 流出对策": the option, then the step's word
        if option is None and " / " in name:  # "Nepastebėjimo priežastis / Escape cause": by its short half
            option = half_option(term, name)
            name = option.value if option is not None else name
        guess = cut_option(term, name) if option is None and heading is not None else None
        if guess is not None:  # "D4 Waarom niet ontdekt / Why not d": the option its cut word begins
            option, name = guess, guess.value
            guessed.add(id(head))
            if cut is not None:
                cut.add(id(head))
        if option is not None:
            names[id(head)] = (name,)
            options.add(option.value)
    left = [h for h in heads if id(h) not in names]
    others = [m for m in term if m.value not in options]
    if options and len(left) == 1 and len(others) == 1:
        names[id(left[0])] = (others[0].value,)
        options.add(others[0].value)
        guessed.add(id(left[0]))
    if len(options) < 2:
        return {}
    if assumed is not None:
        assumed.update(guessed)
    return names


_CJK_NAME = lazy_re(r"^[\u4e00-\u9fff]{4}$")


def _option_before_word(term: Any, name: str) -> Any:
    """A Chinese step name of four characters whose first two are an option and the last two the
    step's own word (``发生对策`` / ``流出对策`` under D5, ``发生措施``): that option, else None.
    (:func:`_named_options` keeps it only when two headings or more name different options so.)"""
    if not _CJK_NAME.match(name):
        return None
    try:
        return term.lookup(name[:2])
    except Exception:
        return None


def _text_of(page: Any, head: Box, taken: set[int]) -> list[Box]:
    """The text a heading or caption stands over: the filled boxes right of it, or else those
    under it (up to the next label's column), none taken, in reading order."""
    right, next_label = page.right_of(head)
    boxes = [b for b in right if not b.empty]
    if not boxes:
        boxes = [b for b in page.below(head, next_label.x0 if next_label else None, True) if not b.empty]
    # (its line's side notes left out: ``… | 進度 100% | 狀態 已完成``, a tracker's, not the text's)
    return until_side_notes(
        sorted(
            (b for b in boxes if id(b) not in taken and isinstance(b.value, str)), key=lambda b: (b.y0, b.x0)
        )
    )


def _table_words(meta: FieldMeta, column: FieldMeta) -> set[str]:
    """The normalised words that name a table or its main column (原因, 对策, Action…)."""
    return {w for w in (norm(t) for t in (*meta.labels, *column.labels)) if len(w) >= 2}


def _short_lines(boxes: Any) -> list[tuple[Box, str]]:
    """The page's text boxes of one line, top to bottom, whose normalised text (given with each)
    is 1 to 12 characters: the captions :func:`option_captions` may take, the same for every
    table of the page (the reader's page keeps it: ``_Page.worked_out``)."""
    return [
        (head, text)
        for head in sorted(boxes, key=lambda b: (b.y0, b.x0))
        if not head.empty
        and isinstance(head.value, str)
        and "\n" not in head.text.strip()
        and (text := norm(head.text))
        and len(text) <= 12
    ]


@lru_cache(maxsize=64)
def _aliases_by_start(term: Any) -> dict[str, list[tuple[str, Any]]]:
    """The words of an option set's members, normalised, longest first, by their first
    character (a caption can only start with the words starting as it does): made once for
    the option set, not for each table of each page (issue 15)."""
    aliases = sorted(
        ((norm(w), member) for member in term for w in (member.zh, member.en, *member.words) if norm(w)),
        key=lambda p: -len(p[0]),
    )
    out: dict[str, list[tuple[str, Any]]] = {}
    for alias, member in aliases:
        out.setdefault(alias[0], []).append((alias, member))
    return out


def option_captions(
    page: Any, meta: FieldMeta, columns: dict[str, FieldMeta], main: str, taken: set[int]
) -> list[tuple[dict[str, Any], dict[str, Box], Box]] | None:
    """Section captions naming an option of the table's choice column and the table itself
    in one word, each over (or before) its own text: the Japanese 不具合報告書's ``③發生原因`` /
    ``④流出原因`` side by side (root causes of each type), ``⑤發生對策`` / ``⑥流出對策`` (the
    corrective actions addressing each), ``Occurrence countermeasure``. The caption is the
    option's word followed by a word of the table (``發生`` + ``對策``), or an option word that
    already ends with one (``發生原因`` in a table of causes); its number (①, (1), 一、) is the
    section's, not a row's. (row, places, caption) each; None when fewer than one is found."""
    choice = next((c for c, m in columns.items() if m.kind == "term" and m.term is not None), None)
    if choice is None or meta.row_model is None:
        return None
    term = columns[choice].term
    if term is None:
        return None
    words = _table_words(meta, columns[main])
    aliases = _aliases_by_start(term)
    out: list[tuple[dict[str, Any], dict[str, Box], Box]] = []
    for head, text in page.worked_out("short lines", lambda: _short_lines(page.boxes)):
        if id(head) in taken or not page.is_label(head):
            continue
        option = None
        for alias, member in aliases.get(text[0], ()):
            if not text.startswith(alias):
                continue
            rest = text[len(alias) :]
            if rest in words or (not rest and any(alias.endswith(w) and alias != w for w in words)):
                option = member
                break
        if option is None or any(row[choice] == option.value for row, _p, _h in out):
            continue
        boxes = [b for b in _text_of(page, head, taken) if not page.is_label(b)]
        if not boxes:
            continue
        text_value = "\n".join(str(b.value).strip() for b in boxes)
        out.append(({choice: option.value, main: text_value}, {main: boxes[0]}, head))
    return out or None


@memo
@lru_cache(maxsize=4096)
def steps_on_lines(text: str) -> str | None:
    """An 8D's steps written in one cell (``D4 根本原因：…\nD4 流出原因：…\nD5 …``, a numbered
    list ``1. D4 …  2. D5 …``, or the steps run on in one line ``…缩水。 D4 流出原因：…``) → one
    step a line, each beginning with its D number (the list's numbers dropped): each line is
    then a heading with its text, read as the discipline it names. A printed line of such a
    cell may end on a step's number whose caption wraps to the next line (``…缩水。 D5``): the
    number is cut off as a line of its own. None where no step begins inside the text (a text
    merely naming ``D4`` is left as it is)."""
    if not isinstance(text, str) or ("D" not in text and "d" not in text and "Ｄ" not in text):
        return None
    lines = _steps_on_lines(text)
    parted = [_causes_apart(line) for line in (lines or text).split("\n")]
    return "\n".join(parted) if lines is not None or parted != text.split("\n") else None


def _steps_on_lines(text: str) -> str | None:
    starts = [m.start() for m in _STEP_STARTS.finditer(text)]
    cuts = in_step_sequence(
        [i for i in starts if _step_heading_at(text, i)], lambda i: text[i:].lstrip(" \t(（0123456789.、)）")
    )
    tail = _TRAILING_STEP.search(text)
    if tail is not None and tail.start() > 0 and (not cuts or tail.start() > cuts[-1]):
        cuts.append(tail.start())  # "…产品缩水。 D4" / "流出原因：…": a print's line ends on a heading
    if not any(i > 0 for i in cuts):  # (a step run on after a sentence is cut there, one or more)
        if cuts == [0] and (bare := _LIST_NUMBER.sub("", text)) != text:
            return bare.strip()  # "4. D6 效果验证：…" (a printed line of a numbered list): its step
        return None
    pieces = [text[: cuts[0]], *(text[a:b] for a, b in zip(cuts, [*cuts[1:], len(text)], strict=True))]
    lines = [_LIST_NUMBER.sub("", p).strip() for p in pieces]
    out = "\n".join(ln for ln in lines if ln)
    return out if out != text.strip() else None


def in_step_sequence(heads: list[_T], text_of: Callable[[_T], str]) -> list[_T]:
    """The headings (in the page's or the text's order) that belong to the form's sequence of
    steps: every whole step's (``D4 Root cause``), and a sub-step's (``D3.2 In transit``) only
    under its own step's heading (``D3``) or beside a sibling next to it (``D3.1``, ``D3.3``). A line
    numbered ``D3.5 Hole diameter`` alone in D4's text is a measurement's, no heading."""
    subs = [sub_step(text_of(h)) for h in heads]
    out: list[_T] = []
    step = None  # the whole step the heading falls under
    for h, sub in zip(heads, subs, strict=True):
        if sub is None:
            found = discipline(text_of(h)[:40])
            step = found[0] if found is not None else step
            out.append(h)
        elif step == sub[0] or any(
            o is not None and o[0] == sub[0] and abs(o[1] - sub[1]) == 1 for o in subs
        ):
            out.append(h)  # (under its own step, or next to a sibling: D3.1 beside D3.2)
    return out


def _step_heading_at(text: str, i: int) -> bool:
    """Does a step's heading begin at ``text[i]``: a D number and its name, on a line of its own
    start, or (run on after a sentence) with its caption closed by a colon (``D4 流出原因：``;
    ``Rev. D2 drawing was used.`` is prose)?"""
    rest = text[i:].lstrip(" \t(（0123456789.、)）").split("\n", 1)[0]
    if discipline(rest[:40]) is None:
        return False
    if i == 0 or text[:i].rstrip(" \t").endswith("\n") or not text[:i].strip():
        return True
    head = _CAPTION.match(rest)
    return head is not None and label_like(head[1].strip()) and named_step(head[1].strip())


def named_step(caption: str) -> bool:
    """Does ``caption`` (``D4 流出原因``, ``D5 Action``) name an 8D's step by its name, not by its
    number alone (``D5 station``, ``D4 模具``: a work station, a bin, a tool called D5 in a text)?"""
    from ..forms import get

    found = vocabulary(get("8d")).match(caption)
    return found is not None and found[1] >= 0.85


def _causes_apart(line: str) -> str:
    """A D4 line holding its causes one after another, each after its caption, parted by ``；``
    / ``;`` (``D4: 根本原因 X；流出原因 Y``, ``D4 Root cause: X; Escape cause: Y``) → the D4
    heading on a line of its own, then a line per cause with its caption (``根本原因：X`` /
    ``流出原因：Y``), read as the cause type it names. A caption is closed by a colon, or (none) by the first space;
    it must be a cause's (the cause column's labels, a cause type's words). Other lines, and a
    D4 line any part of which names no cause, are left as they are."""
    m = _D4_LINE.match(line)
    if m is None:
        return line
    out = []
    for part in (p.strip() for p in _CAUSE_SEPARATOR.split(m["body"])):
        if not part:
            continue
        head = _CAUSE_HEAD.match(part) or _CAUSE_WORD.match(part)
        if head is None or not _names_cause(head["caption"]):
            return line
        out.append(f"{head['caption'].strip()}：{head['text'].strip()}")
    return "\n".join([m["head"], *out]) if out else line


def _names_cause(caption: str) -> bool:
    """Is the caption a cause's: one of the 8D cause column's labels, or a cause type's word?"""
    from ..forms.eightd import CauseType

    return norm(caption) in _cause_labels() or CauseType.lookup(caption) is not None


@lru_cache(maxsize=1)
def _cause_labels() -> frozenset[str]:
    from ..forms import describe, get

    cause = describe(get("8d").fields["root_cause"].row_model)["cause"]
    return frozenset(norm(label) for label in cause.labels)


_D4_LINE = lazy_re(r"^\s*(?P<head>[DdＤ][4４])(?![0-9０-９])\s*[:：.、]?\s*(?P<body>\S.*[；;].*)$")
_CAUSE_SEPARATOR = lazy_re(r"[；;]")
_CAUSE_HEAD = lazy_re(r"^(?P<caption>[^:：\s][^:：]{0,28}?)\s*[:：]\s*(?P<text>\S.*)$")  # Root cause: X
_CAUSE_WORD = lazy_re(r"^(?P<caption>\S{2,12})\s+(?P<text>\S.*)$")  # 根本原因 X


_T = TypeVar("_T")
_TRAILING_STEP = lazy_re(r"(?<=[。；;.!?！？])[ \t]*[DdＤ][0-8０-８][ \t]*$")
_CAPTION = lazy_re(r"^([^:：\n]{2,30})[:：]")
_LIST_NUMBER = lazy_re(r"^\s*[(（]?\d{1,2}[.、)）]\s*(?=[DdＤ][0-8０-８])")


# an 8D step numbered by a Roman numeral in letters, its name after it: "IV. 根本原因", "VII Prevention"
_ROMAN_LETTERS = lazy_re(r"^\s*(VIII|VII|VI|IV|V|III|II|I)(?:\s*(?P<mark>[.、:：)）])\s*|\s+)(?=\S)")
_ROMAN_VALUE = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8}


def roman_letter_steps(boxes: list[Box]) -> list[Box]:
    """An 8D's steps numbered ``I.`` … ``VIII.`` in letters (not Unicode's Ⅰ … Ⅷ, which
    :func:`.vocab.discipline` reads as steps): read as those when they run in order down the
    page — six numbers at least, from I, each higher than the one before (``IV`` twice: the two
    root causes) — each such heading's numeral written as Unicode's; a form's sections ``I.`` …
    ``IV.`` or one ``V.`` in a text are left as printed. A numeral is a heading's when a mark
    follows it (``.`` ``、`` ``:`` ``)``) or, after a space alone, when a name follows, no
    sentence's words (``VII Prevention``, :func:`.vocab.prose_after`): a sentence's ``I checked the fixture`` is none."""

    found: list[tuple[int, int, str]] = []  # (box index, the step's number, its heading's text)
    for i, box in enumerate(boxes):
        if not isinstance(box.value, str) or (m := _ROMAN_LETTERS.match(box.text)) is None:
            continue
        n = _ROMAN_VALUE[m[1]]
        text = _ROMAN_LETTERS.sub(chr(0x215F + n) + " ", box.text, count=1)
        if m["mark"] is not None or not prose_after(box.text[m.end() :]):
            found.append((i, n, text))
    if len(found) < 6 or not _in_step_order([(boxes[i], n) for i, n, _t in found]):
        return boxes
    return _retitled(boxes, [(i, text) for i, _n, text in found])


# an 8D step numbered by a circled numeral, its name after it: "❶ 小组成员", "④ Root cause"
_ENCLOSED_STEP = lazy_re(rf"^\s*(?P<n>[{ENCLOSED_NUMBERS}])\s*[.、:：)）]?\s*(?P<name>\S.*)$")


def enclosed_steps(boxes: list[Box], spec: Any) -> list[Box]:
    """An 8D's steps numbered by circled numerals (``❶ 小组成员`` … ``❽ 结案日期``, ``① Team`` …): read
    as the steps D1 … D8 — each heading's numeral written as Unicode's Roman one — when they run
    in order down the page as :func:`roman_letter_steps` wants (six at least, from 1, rising, 4
    twice) and their names are those steps' (four names at least name a field of their step's,
    one at most another step's). A report whose circled numbers only count its sections
    (``① 問題`` ``② 暫定處置`` ``③ 發生原因``: ③ is no D3) is left to its names."""
    found: list[tuple[int, int, str]] = []
    for i, box in enumerate(boxes):
        if not isinstance(box.value, str) or (m := _ENCLOSED_STEP.match(box.text)) is None:
            continue
        n = enclosed_number(m["n"]) or 0
        if 1 <= n <= 8 and not prose_after(m["name"]):
            found.append((i, n, f"{chr(0x215F + n)} {m['name']}"))
    if len(found) < 6 or not _in_step_order([(boxes[i], n) for i, n, _t in found]):
        return boxes
    vocab = vocabulary(spec)
    agree = disagree = 0
    for i, n, _text in found:
        hit = vocab.match(_ENCLOSED_STEP.match(boxes[i].text)["name"])  # type: ignore[index]
        if hit is None or hit[1] < 0.6:
            continue
        if hit[0].partition(".")[0] in keys_of_discipline(spec, vocab, n):
            agree += 1
        else:
            disagree += 1
    if agree < 4 or disagree > 1:
        return boxes
    return _retitled(boxes, [(i, text) for i, _n, text in found])


# an 8D step named by a Chinese ordinal, its name after it: "第三步 临时围堵", "步骤3：原因分析", "第四阶段"
_ORDINAL_STEP = lazy_re(
    r"^\s*(?:第\s*(?P<a>[一二三四五六七八1-8１-８])\s*(?:步|阶段|階段)|步[骤驟]\s*(?P<b>[一二三四五六七八1-8１-８]))"
    r"\s*[.、:：)）]?\s*(?P<name>\S.*)?$"
)


def ordinal_steps(boxes: list[Box]) -> list[Box]:
    """An 8D's steps named by Chinese ordinals without a D (``第一步 成立小组`` … ``第八步 结案日期``,
    ``步骤3``, ``第四阶段``): read as the steps D1 … D8 — each ordinal written as Unicode's Roman
    numeral, as :func:`roman_letter_steps` does — when they run in order down the page as it wants
    (six at least, from 1, rising, 4 twice: the two root causes); a form counting its sections so
    is left as printed."""
    found: list[tuple[int, int, str]] = []
    for i, box in enumerate(boxes):
        if not isinstance(box.value, str) or (m := _ORDINAL_STEP.match(box.text)) is None:
            continue
        n = int(unicodedata.numeric(m["a"] or m["b"]))
        found.append((i, n, f"{chr(0x215F + n)} {m['name'] or ''}".rstrip()))
    if len(found) < 6 or not _in_step_order([(boxes[i], n) for i, n, _t in found]):
        return boxes
    return _retitled(boxes, [(i, text) for i, _n, text in found])


# a step numbered by the word Step or a Chinese ordinal, to ten: "Step 10 Closure", "步骤10 结案",
# "第九步 经验教训", "STEP 2: Team"
_COUNTED_STEP = lazy_re(
    r"(?i)^\s*(?:step\s*(?P<a>\d{1,2})|步[骤驟]\s*(?P<b>\d{1,2}|[一二三四五六七八九十])"
    r"|第\s*(?P<c>\d{1,2}|[一二三四五六七八九十])\s*(?:步|阶段|階段))(?![\d.])\s*[.、:：)）\-—–]?\s*(?P<name>\S.*)?$"
)


# a heading numbered by its D: "D5 Corrective action", "D 3：临时措施", "D0 Plan"
_D_NUMBER = lazy_re(r"(?i)^\s*D\s*[0-8](?!\d)")


def _d_heading(box: Box) -> bool:
    """Is ``box`` an 8D heading numbered by its D (``D5 Corrective action``)?"""
    return (
        isinstance(box.value, str)
        and _D_NUMBER.match(box.text) is not None
        and discipline(box.text) is not None
    )


def counted_steps(boxes: list[Box]) -> list[Box]:
    """An 8D whose steps the customer numbers past eight (``Step 1 Plan`` … ``Step 10 Closure``,
    ``步骤1 小组成员`` … ``步骤10 结案``: a step of preparing or of standardising counted too): the
    numbers are no D numbers — ``Step 2 Team`` is no D2 — so each heading is read by its name
    alone, its number dropped. Only when the numbered headings run in order down the page (six at
    least, rising) and one of them is numbered 9 or more; a heading with no name after its number
    is left as printed (an unread label, said). A form numbering its steps 1 to 8 is left to the
    steps' own rules (:func:`ordinal_steps`, :func:`.vocab.discipline`), and so is a form whose
    headings are numbered by their D (``D5 Corrective action``): a ``Step 1`` … ``Step 10`` there
    is the list a step's text makes (a work instruction's steps), no heading."""
    if any(_d_heading(b) for b in boxes):  # D1 … D8 printed: a Step N list is a step's own text
        return boxes
    found: list[tuple[int, int, str]] = []
    for i, box in enumerate(boxes):
        if not isinstance(box.value, str) or (m := _COUNTED_STEP.match(box.text)) is None:
            continue
        figure = m["a"] or m["b"] or m["c"]
        n = int(figure) if figure.isdigit() else int(unicodedata.numeric(figure))
        if m["name"] is None or not prose_after(m["name"]):
            found.append((i, n, (m["name"] or "").strip()))
    numbers = [n for _b, n in sorted(((boxes[i], n) for i, n, _t in found), key=lambda s: (s[0].y0, s[0].x0))]
    rising = len(numbers) >= 6 and all(b > a for a, b in zip(numbers, numbers[1:]))
    if not rising or max(numbers) < 9:
        return boxes
    return _retitled(boxes, [(i, name) for i, _n, name in found if name])


def stray_steps(boxes: list[Box]) -> list[Box]:
    """The headings numbered past an 8D's steps (``Step 9``, ``步骤9``, ``第九步 经验分享``) among
    headings numbered by their D (``D5 Corrective action``), none numbered 1 to 8 so (no form of
    steps counted past eight, :func:`counted_steps`, nor a list of a work instruction's steps):
    no step of the form, yet a heading — a label naming no field, said unread with what it holds
    (never passed over, nor its text read as the step's before it). A name running on as a
    sentence's (``Step 9 check the fixture``) is prose, no heading."""
    if not any(_d_heading(b) for b in boxes):
        return []
    found: list[Box] = []
    for box in boxes:
        if not isinstance(box.value, str) or (m := _COUNTED_STEP.match(box.text)) is None:
            continue
        figure = m["a"] or m["b"] or m["c"]
        if (int(figure) if figure.isdigit() else int(unicodedata.numeric(figure))) <= 8:
            return []  # Step 1 … Step 8 printed too: a list of steps, or the steps themselves
        if m["name"] is None or not prose_after(m["name"]):
            found.append(box)
    return found


def numbers_decide(page: Any, label: Callable[[Box, str, float], Any]) -> list[Any]:
    """``page.labels`` with each heading numbered by its D whose name is another step's (``D3
    緊急對策``: 緊急對策 names D0's emergency actions) read by its number — its step's fields
    (``label(box, path, score)`` makes each label), the other step's dropped, a warning put in
    ``page.problems`` (``step_named_otherwise``) — in an 8D whose headings run in rising order of
    their numbers (four numbers at least) and whose names mostly agree with them (the other
    step's names a third of the agreeing ones at most): the form numbers its steps as the 8D
    does, its number decides. Other pages' labels are left as they are."""
    by_box: dict[int, list[Any]] = {}
    for lab in page.labels:
        by_box.setdefault(id(lab.box), []).append(lab)
    heads: list[tuple[Box, int, list[Any]]] = []
    for labs in by_box.values():
        box = labs[0].box
        found = discipline(box.text[:40]) if _d_heading(box) and sub_step(box.text) is None else None
        if found is not None:
            heads.append((box, found[0], labs))
    heads.sort(key=lambda h: (h[0].y0, h[0].x0))
    numbers = [n for _b, n, _l in heads]
    if len(set(numbers)) < 4 or any(b < a for a, b in zip(numbers, numbers[1:])):
        return page.labels
    spec, vocab = page.spec, page.vocab
    agree = 0
    other: list[tuple[Box, int, str]] = []
    for box, n, labs in heads:
        own = keys_of_discipline(spec, vocab, n)
        best = max(labs, key=lambda lab: lab.score).key
        if not own or best.partition(".")[0] in own:
            agree += 1
        else:
            other.append((box, n, best))
    if not other or agree < 4 or 3 * len(other) > agree:
        return page.labels
    moved = {id(box) for box, _n, _p in other}
    out = [lab for lab in page.labels if id(lab.box) not in moved]
    for box, n, named in other:
        own = keys_of_discipline(spec, vocab, n)
        paths = [
            (path, score) for path, score, _k in vocab.candidates(f"D{n}") if path.partition(".")[0] in own
        ]
        out += [label(box, path, score) for path, score in paths]
        params = {"text": box.text.strip(), "number": f"D{n}", "other": Bilingual(*labels_for(spec, named))}
        page.problems.append(problem_here("step_named_otherwise", paths[0][0] if paths else "", box, params))
    return out


def problem_here(code: str, field: str, box: Box, params: dict[str, Any]) -> Any:
    """A reading's warning ``code`` on ``field`` at ``box``'s place (its labels filled in later)."""
    return Problem(code, field, "", "", box.location, "warning", params)


# a date in brackets after a step's heading, the day the step was done: "D3 暫時對策（03/08）"
# (the heading's own text may follow its colon: "D3 暫時對策（03/08）：在庫全數目檢。")
_DATED_HEADING = lazy_re(
    r"^(?P<heading>[^:：]*[^:：\s])\s*[(（]\s*(?:\d{2,4}\s*[./\-年]\s*)?\d{1,2}\s*[./\-月]\s*\d{1,2}\s*日?\s*[)）]"
    r"\s*(?P<rest>[:：].*)?$"
)


def dated_steps(boxes: list[Box]) -> list[Box]:
    """An 8D's step headings each followed by the date the step was done in brackets (``D1 小組成員
    （03/06）``, ``D3 暫時對策（03/08）：在庫全數目檢。``): the date taken off each, the heading (and
    the text after its colon) read as printed without it — when three headings at least are so
    (one heading with a bracket is a note of its own: left as printed). The date is no part of the
    step's text, nor any field."""
    found: list[tuple[int, str]] = []
    for i, box in enumerate(boxes):
        if not isinstance(box.value, str) or (m := _DATED_HEADING.match(box.text)) is None:
            continue
        if discipline(m["heading"]) is not None:
            found.append((i, m["heading"] + (m["rest"] or "")))
    if len(found) < 3:
        return boxes
    return _retitled(boxes, found)


def _retitled(boxes: list[Box], headings: list[tuple[int, str]]) -> list[Box]:
    """``boxes`` with each heading's box (its index) given its heading's text as read (text and
    value alike); the others, and ``boxes`` itself, as they were."""
    out = list(boxes)
    for i, text in headings:
        out[i] = replace(boxes[i], text=text, value=text)
    return out


def _in_step_order(steps: list[tuple[Box, int]]) -> bool:
    """Do the numbered headings run down the page from 1, each higher than the one before (4
    twice: the two root causes), six numbers at least?"""
    numbers = [n for _b, n in sorted(steps, key=lambda s: (s[0].y0, s[0].x0))]
    rising = all(b > a or a == b == 4 for a, b in zip(numbers, numbers[1:]))
    return numbers[0] == 1 and rising and len(set(numbers)) >= 6


def cut_heading(columns: dict[str, FieldMeta], text: str) -> bool:
    """Is ``text`` a step's heading whose name's last word is cut short, beginning one option
    of the table's choice column (``D4 Waarom niet ontdekt / Why not d``)? Such a heading is
    matched less surely than a whole one, yet names its row (:func:`_named_options`)."""
    from .compound import cut_option

    term = next((m.term for m in columns.values() if m.kind == "term" and m.term is not None), None)
    heading = discipline(text)
    return term is not None and heading is not None and cut_option(term, heading[1]) is not None


# a heading's name holding its translation already: in brackets, or after a slash
_TRANSLATED = lazy_re(r"[(（/／]")


@memo
@lru_cache(maxsize=4096)
def stacked_halves(value: str) -> str | None:
    """A step's heading printed in two languages on two lines (``D4 Parché no visto⏎Why not
    detected``, ``D4 根本原因⏎Root cause``) → its halves on one line parted by `` / ``, as a
    heading printed so is read (by the half the vocabulary knows: the other half is no label of
    its own). Only when the first line is a step's heading (its D number and a name) and the
    second, with no number, names a field of that step in the 8D's vocabulary or an option of
    one of its tables (``Why not detected``: escape, a cause type of D4's), the first naming the
    same in another script (``D4 根本原因`` over ``Root cause``) or nothing we know in a language
    we lack (:func:`_our_language`), and holding no translation of its own (``5 D Düzeltici Faaliyet (Corrective Action)``
    over its table's first column's header is whole); a heading over its step's text (``D3
    Containment⏎Stock sorted``), over a line of another of its parts (``D4 Root cause⏎Why not
    detected``: the cause, then its escape) or over its block's first label in its own script
    (``D4 根本原因分析⏎产生原因``) is left as it is. None otherwise."""
    lines = [ln.strip() for ln in value.replace("\r", "").split("\n") if ln.strip()]
    if len(lines) != 2 or discipline(lines[1]) is not None or prose_after(lines[1]):
        return None
    heading = discipline(lines[0][:40])
    name = heading[1].strip(" :：-–—") if heading is not None else ""
    if heading is None or not name or not label_like(lines[0]) or _TRANSLATED.search(name):
        return None  # (a heading with its translation already, "… (Corrective Action)": whole)
    lower = _named_in_step(heading[0], lines[1])
    upper = _named_in_step(heading[0], name)
    # two names of the step in one script (``D4 根本原因分析`` over ``产生原因``, ``D7 — Prevent
    # Recurrence`` over ``Documents updated``) are a heading over its block's first line: two
    # languages are two scripts, or a name we lack in a language none of our labels speaks
    two_languages = _script(name) != _script(lines[1]) or not (upper or _our_language(name))
    return f"{lines[0]} / {lines[1]}" if lower and (not upper or upper & lower) and two_languages else None


def _script(text: str) -> str:
    """The script ``text``'s letters are written in (its dashes and brackets none's)."""
    return script_of("".join(c for c in text if c.isalpha()))


# a word of a label (three letters or more: "no", "of" are every language's)
_LABEL_WORD = lazy_re(r"[^\W\d_]{3,}")


def _our_language(name: str) -> bool:
    """Is ``name`` written in a language of our labels: Chinese (our vocabularies' own), or a word
    of it one of any form's labels holds (``D4 Diagnose Root Cause and Escape Point``: root,
    cause — English, a name we lack in a language we read; ``Parché no visto``: none)?"""
    return chinese_word(name) or any(w in _label_words() for w in _LABEL_WORD.findall(_plain_word(name)))


def _plain_word(text: str) -> str:
    return plain_latin(folded(text)).lower()


def _label_words() -> frozenset[str]:
    """Every word (:data:`_LABEL_WORD`) of every form's labels, its columns' and its sections'
    names, folded and without accents."""
    return form_labels().derived(_words_of_labels)


def _words_of_labels(labels: FormLabels) -> frozenset[str]:
    """:func:`_label_words` of the forms ``labels`` indexes."""
    names: list[str] = []
    for spec in labels.specs:
        for _key, meta in field_metas(spec):
            names += meta.labels
            for column in describe(meta.row_model).values() if meta.row_model is not None else ():
                names += column.labels
        names += (t for _key, zh, en in spec.sections for t in (zh, en))
    return frozenset(w for t in names for w in _LABEL_WORD.findall(_plain_word(t)))


def _named_in_step(number: int, text: str) -> frozenset[str]:
    """What ``text`` names of step ``number`` of the 8D: its field (``Root cause`` for 4: the
    field's key), or an option of a choice column of one of its tables (``Why not detected``:
    the cause type's value); none when it names nothing of the step."""
    from ..forms import describe, get
    from .compound import option_word

    spec = get("8d")
    vocab = vocabulary(spec)
    keys = keys_of_discipline(spec, vocab, number)
    out = set()
    hit = vocab.match(text)
    if hit is not None and hit[1] >= 0.85 and hit[0].partition(".")[0] in keys:
        out.add(hit[0].partition(".")[0])
    for key in keys:
        model = spec.fields[key].row_model if key in spec.fields else None
        for column in describe(model).values() if model is not None else ():
            if column.kind == "term" and column.term is not None and (m := option_word(column.term, text)):
                out.add(f"{key}:{m.value}")
    return frozenset(out)
