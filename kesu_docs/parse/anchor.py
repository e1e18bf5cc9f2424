"""Label anchoring: find a form's values next to their printed labels, on any layout.

Shared by the Excel and the PDF extractors. Both turn their source into :class:`Box` es —
a piece of text (or a cell) with a rectangle — and :func:`anchor` does the rest:

- **Geometry is generic.** ``x0, y0, x1, y1`` with ``x1``/``y1`` *exclusive*, y growing
  downwards. Excel: column and row indices of the (merged) cell, so ``B3:D5`` is
  ``x0=2, y0=3, x1=5, y1=6``. PDF: page points (pdfplumber's ``x0, top, x1, bottom``).
  ``location`` is what an error shows (``Sheet1!D7``, ``p1 (120,340)``).
- **Empty boxes are welcome.** An Excel extractor passes empty cells too (``value=None``):
  then an empty required field still gets the location where its value was expected.
- **Labels** match every label of a field (Chinese, English, aliases) ignoring spaces,
  ``*``, ``:``/``：``, full-width forms and case. A box ``客户名称：华为`` is a label with its
  value inline. Where labels collide, a field's own Chinese label wins over another's alias.
- **Values** are taken to the right of the label: the boxes on the same row band, up to the
  next label (several non-empty boxes are joined with a space — PDF words; a single box
  gives its raw value — an Excel number or date stays a number or date). When nothing is
  there (or the next box is a label) the value is taken below: the first band under the
  label for an ordinary field; for a long text area (``FieldMeta.long``) every band down to
  the next label in those columns, joined with newlines.
- **Groups** (``kind == "group"``, the 8D's D2 problem): each member is a field of its own
  with the path ``problem.what``; values come back nested (``values["problem"]["what"]``).
  Several fields printing the same label are given the label boxes in reading order.
- **Tables** (``kind == "table"``) are found by their header row: the row band where the
  most column labels of the row model stand (at least two, or one for a one-column table),
  the first such row under the table's own heading when that is printed. The rows beneath,
  each value under its column header, are read until a band holding a label of the form, a
  filled box spanning several columns (a footer, a note) or the end. Blank rows are skipped; a partly filled row is kept, so
  validation reports the missing cell at its own location (``penalties[0].target``).

Result: ``values`` (field key → raw value, tables as lists of dicts), ``Locations`` (field
path → location, also for fields whose label was found but whose value is empty) and
``problems`` (none today; reserved for anchoring doubts). No label found at all means an
empty ``Locations``: the caller raises ``SourceError("not_a_form")``.

>>> from kesu_docs.forms import get
>>> boxes = [Box("客户名称：", "客户名称：", 1, 1, 2, 2, "A1"), Box("华为", "华为", 2, 1, 3, 2, "B1")]
>>> values, where, _ = anchor(boxes, get("complaint"))
>>> values["customer"], where["customer"]
('华为', 'B1')
"""

from __future__ import annotations

import datetime as _dt
import math
import re
from bisect import bisect_left
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from decimal import Decimal
from functools import lru_cache
from typing import Any, TypeVar, cast

from .. import value_paths
from ..forms import FIGURE_KINDS, FieldMeta, FormSpec, describe
from ..lazy_re import lazy_re
from ..memos import memo
from ..problems import Bilingual, Problem, SourceError
from ..validation import Locations, labels_for
from ..values import PAGE_MARK, _as_date, capital_count, either_order_date, halfwidth
from .act_dates import (
    BARE_DATE,
    holds_date,
    own_date_labels,
    sign_off_candidates,
    sign_off_labels,
    signed_date_doubted,
)
from .boxes import (
    LOW_CONFIDENCE,
    Box,
    Provenance,
    Reading,
    digit_boxes,
    noted_columns,
    one_per_box,
    page_hair,
    page_number,
    place_of,
    printed_rows,
    shown_label,
    side_notes,
    wrap_joined,
)
from .boxes import Candidate as _Candidate
from .boxes import Label as _Label
from .boxes import first_run as _first_run
from .boxes import joined as _joined
from .captions import (
    caption_candidates,
    caption_lines,
    choice_remarks,
    form_title,
    shaded_caption,
    stacked_headers,
    stacked_pairs,
    ticked_known,
    value_over_caption,
    worded_lines,
)
from .cause_grids import read_cause_grids
from .cell_lines import party_field
from .compound import (
    as_option,
    beside_text_area,
    captions_read_as_rows,
    category_captions,
    checked_signers,
    column_words_in_blocks,
    compound_candidates,
    continued_below,
    date_in_cells,
    group_signers_in_other_blocks,
    heads_line,
    joined_after_ellipses,
    lines_over,
    lone_signers,
    names_with_roles,
    numbered_below,
    option_caption,
    option_rows,
    options_marked_under,
    party_row_labels,
    qualified_labels,
    section_qualified_labels,
    sign_off_row_labels,
    signed_labels,
    ticked_member_below,
    under_other_heading,
)
from .copies import copy_differences, first_copy
from .currency import codes_in_label
from .dates import years_of_the_form
from .field_codes import box_without_codes, coded_page, key_rows
from .gross_total import gross_total, net_total
from .guards import (
    _header_over,
    _short,
    a_named_person,
    another_fields_label,
    code_only_fit,
    dates_in_column_under,
    guard,
    instruction_boxes,
    name_alone,
    not_a_name,
    not_printed,
    people_in,
    person_field,
    stated_date_order,
    totals_row,
)
from .head_words import (
    HEAD_STRENGTH,
    choice_over_text,
    columns_by_head_words,
    guess_field,
    head_word_problem,
    heads_a_value,
    own_label_and_head,
    party_label,
    read_by_head_words,
)
from .head_words import Reader as HeadReader
from .invoice_heading import invoice_headings, read_headings
from .legend import coded_said, coded_values, legend_labels
from .part_labels import machine_beside_part, part_description_labels
from .party_ids import tax_id_party_guessed, tax_id_under_party
from .persons import sign_off_caption
from .placeholders import filled, stage_stamp, template_stand_in
from .record_rows import first_record
from .rows import (
    _ticks,
    caption_shaped,
    control_labels,
    in_control_block,
    labels_among_labels,
    lines_apart,
    note_line,
    numbering_under,
    pairs_line,
    red_letter,
    rows_after,
    shared_header,
    subtotal_row,
    uneven_lines,
    unlike_lines,
    yes_no_under,
)
from .sections import (
    BLOCK_DOUBT,
    block_rows,
    disciplines_named,
    first_option_assumed,
    foreign_block,
    letterhead_customer,
    letterhead_seller,
    letterhead_tax_id_labels,
    scar_answered,
    vertical_label,
)
from .stacked_labels import (
    join_bracket_wrapped,
    join_stacked_halves,
    join_stacked_labels,
    split_stacked_lines,
)
from .step_table import (
    column_named,
    header_yields_to_rows,
    step_column_candidates,
    step_group_candidates,
    step_under_header,
    steps_under,
)
from .steps import (
    bare_step_captions,
    counted_steps,
    cut_heading,
    dated_steps,
    enclosed_steps,
    in_step_sequence,
    numbers_decide,
    option_captions,
    option_headings,
    ordinal_steps,
    roman_letter_steps,
    stacked_halves,
    step_row,
    steps_on_lines,
    stray_steps,
    ticked_member,
)
from .symbol_fonts import marks_by_code
from .table_columns import column_words, in_reach, joinable_bands, joined_headers, reaches, two_line_items
from .table_lines import (
    blank_below,
    caption_before,
    caption_over_header,
    cell_over_columns,
    continued_line,
    counts_lines,
    foreign_header,
    goes_on,
    group_row,
    heads_turned_lines,
    labelled_lines,
    line_follows,
    line_heading,
    line_number_columns,
    line_numbers,
    line_tax,
    names_this_too,
    new_page,
    numbered_names,
    numbering_columns,
    own_cell_value,
    page_turn_line,
    pause_line,
    printed_page,
    rejoined_line,
    repeats_header,
    running_title,
    serial_line,
    side_column,
    tax_agrees,
    until_next_column,
    walk_lines,
    wrapping_columns,
)
from .two_forms import current_form, read_fields
from .typed import figure_of, scaled_read
from .units import (
    amount_note,
    conflict_problem,
    count_words,
    counted_in_thousands,
    group_unit_label,
    note_covers_counts,
    noted_factor,
    own_count_unit,
    per_unit_factor,
    price_per_piece,
    scale_for,
    scale_of,
    scaled,
    unit_conflict,
    unit_in_pieces,
    units_row,
    unused_line,
    without_unit,
)
from .unread_beside import (
    lone_count_doubted,
    total_beside_unread_tax,
    values_beside_unread,
    values_named_again,
)
from .unread_texts import _measured_head, halves_in_doubt, parties_named_again, texts_unread
from .value_cues import (
    RESULT_COLUMN,
    SURE_LABEL,
    billing_date,
    billing_document,
    captioned_on_left,
    choice_by_legend,
    choice_written_out,
    columns_by_cells,
    documents_named,
    field_by_partial_label,
    heading_column,
    heading_text_choice,
    letterhead_buyer,
    listed_member,
    occurrence_opens,
    option_by_unread_label,
    outcome_column,
    outcome_too,
    parties_untold,
    party_column_labels,
    sentence_under_choice,
    table_column_pairs,
    weak_label_value,
)
from .vocab import (
    BESIDE_ONLY,
    BRACKETED,
    DOUBTFUL_STRENGTH,
    ENUMERATOR,  # the one rule for a list number before a label or a line ("1 临时处理对策", "(2)", "③")
    FormLabels,
    Vocabulary,
    columns_vocabulary,
    d_number_named,
    discipline,
    filling_note,
    fold_ahead,
    form_labels,
    in_two_languages,
    known_label,
    label_kinds,
    label_like,
    norm,
    one_thing,
    person_with_department,
    section_number,
    sign_alone,
    simplified,
    simplify_ahead,
    slash_names,
    sub_step,
    translated_label,
    vocabulary,
)

# this module's codes in the message catalogue (problems.py reads them on first look-up)
MESSAGES: dict[str, tuple[str, str]] = {
    "text_joins_cells": (
        "{label}：“{value}”是把同一行几个格子的内容连起来读的，其中“{cells}”像是另一栏的值（负责人、日期、"
        "比例），表上没有栏名可以确定；已整段读入，请核对",
        "{label}: '{value}' was read across several cells of its row, and '{cells}' looks like another "
        "column's value (an owner, a date, a share) with no column header over it to tell; read whole, "
        "please check",
    ),
    "caption_cut": (
        "{label}：表上的标题“{text}”末尾似乎在格子边缘被截断，已按其开头读作第 {row} 行的类型，请对照原表核对",
        "{label}: the caption '{text}' seems cut off at its cell's border; its row {row} was read by the "
        "caption's beginning, please check the original",
    ),
    "low_confidence": (
        "{label}的值“{value}”读取把握不大（依据标签“{anchor}”，可信度 {confidence}），请核对",
        "{label}: '{value}' was read with low confidence (label '{anchor}', confidence {confidence}); please check",
    ),
    "signer_role_in_doubt": (
        "{label}：“{value}”依据标签“{anchor}”读取，而各公司的表上“{anchor}”所指的签核层级不同（总经理或主管），请核对",
        "{label}: '{value}' was read by the label '{anchor}', which companies' forms use for different"
        " levels of sign-off (the general manager or the manager); please check",
    ),
    "value_looks_like_label": (
        "{label}的值“{value}”看起来像表上的标签，可能读错了位置，请核对",
        "{label}: '{value}' looks like a printed label, not an answer; please check",
    ),
    "subtotal_mismatch": (
        "{label}：小计行的“{column}”为 {subtotal}，与其上各行之和 {sum} 不符，请核对",
        "{label}: the subtotal line's {column} is {subtotal}, but the lines above it add up to {sum}; please check",
    ),
    "table_line_passed_at_page_turn": (
        "{label}：表格跨页处，下一页开头的“{text}”被当作该页重印的标题而未读作明细行；若它是一行明细，请核对",
        "{label}: where the table goes on over the page, '{text}' at the next page's top was taken for the"
        " page's title printed again and not read as a line; if it is one, please check",
    ),
    "table_group_row": (
        "{label}：表格中的“{text}”一行只有这一段文字（横跨各栏，或一个标题和它的值），其下接着明细，看作一组明细的标题，"
        "未读作明细行，请核对",
        "{label}: the row '{text}' holds this one text alone (across the columns, or a caption and its value)"
        " with lines under it: taken for a group's heading, not read as a line; please check",
    ),
    "table_note_row": (
        "{label}：两项明细之间的“{text}”一行只在一栏写了一段文字，看作经办人的备注，未读作明细行，也未并入上一项，请核对",
        "{label}: the row '{text}' between two lines holds one text in one column alone: taken for a clerk's"
        " note, read as no line and joined to none; please check",
    ),
    "table_list_stopped": (
        "{label}：编号列出的明细在“{text}”一行中断（它没有编号，也不是上一项的续行），其后编号的各项未读取，请核对",
        "{label}: the numbered list of lines stops at '{text}' (no number of its own, and not the item above"
        " going on): the items numbered after it were not read; please check",
    ),
    "table_line_under_list": (
        "{label}：编号列出的明细最后一项下方的“{text}”一行（没有编号，也不是该项的续行）未读入任何一项，请核对",
        "{label}: the line '{text}' under the numbered list's last item (no number of its own, and not"
        " that item going on) was read into no item; please check",
    ),
    "table_cell_over_columns": (
        "{label}：这一行有一格跨过了旁边的栏（合并单元格），按它起始的那一栏读取，“{column}”一栏留空，请核对",
        "{label}: a cell of this line runs over the next column (merged cells): read for the column it "
        "starts in, '{column}' left empty; please check",
    ),
    "table_row_unclear": (
        "{label}：这一行的各栏连在一起，无法分栏读取（“{text}”），请核对",
        "{label}: this line's columns run together and could not be read apart ('{text}'); please check",
    ),
    "row_lines_uneven": (
        "{label}：这一行的各格行数不一（{counts}），可能是几项货品打在了同一行里，无法分清哪行属于哪一项，请核对",
        "{label}: this row's cells hold different numbers of lines ({counts}): several items typed into one "
        "row whose lines cannot be matched; please check",
    ),
    "row_lines_unlike": (
        "{label}：这一行的各格行数相同，但数字栏的几行不是同一类数字（“{text}”，可能是数量和它的备注，"
        "也可能是几项货品），按一项读取，请核对",
        "{label}: this row's cells hold as many lines each, but a figure column's lines are not alike "
        "('{text}': a figure and a note on it, or several items?); read as one item, please check",
    ),
    "line_number_split": (
        "{label}：印出的“{text}”开头是这一行的序号（每一行都以自己的序号 1、2、3… 开头），已拆开，读作“{value}”；"
        "若序号本是名称的一部分，请核对",
        "{label}: the printed '{text}' starts with the line's number (every line starts with its own "
        "number, 1, 2, 3 …): split off, read as '{value}'; please check if the figure is part of the name",
    ),
    "step_named_otherwise": (
        "{label}：标题“{text}”的名称是另一步骤的栏位（{other}），按其编号 {number} 读取，请核对",
        "{label}: the heading '{text}' bears a name of another step's field ({other}); read by its "
        "number {number}, please check",
    ),
    "unread_label": (
        "表上的标签“{text}”{what}，其内容未读取",
        "The label '{text}' on the form {what}; what it holds was not read",
    ),
    "first_section_unlabelled": (
        "{label}读自表上无标签的第一栏（“{next}”之上）：“{value}”，请核对",
        "{label} was read from the form's first section, which has no label (above '{next}'): "
        "'{value}'; please check",
    ),
    "step_number_twice": (
        "{label}：“{text}”与“{other}”都只凭编号 {number} 像这一步骤的标题，无法分辨，两者的内容都未读取，请核对",
        "{label}: '{text}' and '{other}' both look like this step's heading by their number {number} "
        "alone and cannot be told apart; neither's text was read, please check",
    ),
    "label_lost": (
        "{label}：表上另一个标签“{text}”也是它的，其内容“{value}”未读取（{label}读自 {read}），请核对",
        "{label}: another label of it on the form, '{text}', holds '{value}', which was not read "
        "({label} was read at {read}); please check",
    ),
}

_T = TypeVar("_T")
# a row a block reads: its values, then what it keeps beside them (their places, its heading)
_Laid = TypeVar("_Laid", bound=tuple[Any, ...])

_NOISE = lazy_re(r"[\s*＊:：※]+")
_COLON_END = lazy_re(r"[:：]\s*$")
_ROW_NUMBER = lazy_re(r"\d{1,3}(\.0)?")  # a row's number under a column's caption (1, 2, 3 or 1.0)
_SPACE_OR_COLON = lazy_re(r"[\s:：]")
# a page's number in its head: 第 2 頁 / 共 2 頁, Page 2 of 3, 2/3 頁
_ASCII_WORDS = lazy_re(r"^[A-Za-z0-9.,&/'()\-]+$")
# a party's account number in a business system (``100234``, ``C0123``, ``C.0107``): no word in it
_ACCOUNT_CODE = lazy_re(r"[A-Z]{0,3}[.\-]?\d[\d.\-]*")
_A_WORD = lazy_re(r"[A-Za-z]{2}|[\u4e00-\u9fff]")


def label_key(text: Any) -> str:
    """The comparable form of a label: ``' *客户名称 ：'`` → ``'客户名称'``."""
    if not isinstance(text, str):
        return ""
    return _label_key(text)


# dot leaders between a label and its colon, as ERP list exports print them: "Return order . . . . :",
# "Sold-to party ......:", "Payer ……:" (three points or more, spaced or not, or ellipses)
_DOTS = r"\s*(?:(?:\.\s?){3,}|[…‥]+(?:\s?[.…‥])*)\s*"
_LEADER = lazy_re(_DOTS + r"(?=[:：])")
_LEADER_END = lazy_re(_DOTS + r"(?=[:：]|$)")  # a label cell ending in its leader


def without_leader(text: str, *, at_end: bool = False) -> str:
    """``Return order . . . . . : 6000123456`` → ``Return order: 6000123456``: a dot leader
    before the colon (or, ``at_end``, closing a label cell) is part of the separator."""
    if "." not in text and "…" not in text and "‥" not in text:
        return text
    return (_LEADER_END if at_end else _LEADER).sub("", text)


# a leader between a label and its value with no colon: "Debit Note No. ........ DN-26-0331-07",
# "Date …… 31 March 2026" (four points or more, spaced or not, or two ellipses and more: a
# sentence's "..." is no leader); the label before it short and no figure alone
_OPEN_LEADER = lazy_re(
    r"^(?P<label>[^.…‥]\S(?:.{0,38}?\S)?)\s*(?:(?:\.\s?){4,}|[…‥]{2,}(?:\s?[.…‥])*)\s*(?P<value>.*)$", re.S
)


def leaders_apart(boxes: Sequence[Box]) -> Sequence[Box]:
    """Boxes with their dot leaders read as the separators they print: a label box ending in
    its leader is the label alone, a box holding label, leader and value is ``label: value``
    (as a colon parts them). The same list when no box has one (the pages' caches hold)."""
    out: list[Box] = []
    changed = False
    for box in boxes:
        out.append(box)
        text = box.text
        if not isinstance(text, str) or ("...." not in text and ". . . ." not in text and "……" not in text):
            continue
        m = _OPEN_LEADER.match(text.strip())
        if m is None or re.fullmatch(r"[\d\s.,:%-]+", m["label"]):
            continue
        label, value = m["label"].rstrip(" :："), m["value"].strip()
        if value.startswith((":", "：")):
            value = value[1:].strip()
        new = f"{label}: {value}" if value else label
        out[-1] = replace(box, text=new, value=new if isinstance(box.value, str) else box.value)
        changed = True
    return out if changed else boxes


@memo
@lru_cache(maxsize=16384)
def _label_key(text: str) -> str:
    # every box's text is compared against every form's labels, page after page: fold it once
    return _NOISE.sub("", without_leader(halfwidth(text), at_end=True)).lower()


# ---------------------------------------------------------------------------------- segments
# "36/1,200": two figures, one slash (a count word after the second: "540／12,000 台", "36/1,200 pcs";
# never any other word: "36/1,200 kg", "540/12,000 USD" are no two counts); the text in simplified script first
_FIGURES = lazy_re(rf"^\s*(\d[\d.,\s]*?)\s*/\s*(\d[\d.,\s]*?(?:\s*(?i:{count_words()})\.?)?)\s*$")
_COLON = lazy_re(r"[:：?？]")  # a question ends its label too: "Samples returned? Yes ■ No □"


def slash_share(vocab: Vocabulary, spec: FormSpec, key: str, label: str, value: Any) -> Any:
    """A label naming two things ("品名/料号", "Part name / Part no.", ``Qty rejected / delivered``)
    over a value of as many parts ("线束总成 / WH-2231-K", ``40 / 2,500``): the share of field
    ``key`` (a path: a group's member too, ``problem.qty_complained``), by the label's part
    naming it surely; else ``value`` as it is — a figure's or date's value too when two names
    name the field surely (their order proves no part: the guard's, said). One reading for the
    generic reader and a profile's (:meth:`.profile._Reader.figure_share`)."""
    if not isinstance(value, str) or "\n" in value:
        return value
    label = halfwidth(label)  # (不良數／出貨數: a full-width slash is a slash)
    if not ("/" in label or "|" in label):
        return value  # (a label without a slash names one thing)
    names = slash_names(_COLON.sub("", label))
    text = halfwidth(value)
    parts = [t.strip() for t in re.split(r"\s+/\s*|\s*/\s+|[|]", text) if t.strip()]
    meta = spec.leaf_fields.get(key)
    if (
        len(parts) == 1
        and meta is not None
        and meta.kind in FIGURE_KINDS
        and (m := _FIGURES.match(simplified(text)))
    ):
        parts = [m[1].strip(), m[2].strip()]  # "36/1,200" under 不良數/出貨數: two figures
    elif len(parts) == 1 and len(names) == 2:
        parts = _date_and_code(vocab, spec, names, text) or parts
    if len(names) < 2 or len(parts) != len(names) or one_thing(vocab, label, key):
        return value
    whole = spec.fields.get(key)  # (a form's own field: a group's member is never one option)
    kind = whole.kind if whole is not None else ("text" if meta is not None and meta.kind == "text" else "")
    if kind and in_two_languages(vocab, key, kind, names, parts, meta is not None and meta.long):
        # İşlem / Handling over Naprawa / Rework: one option in two languages; a group's text
        # (D2 Beanstandung / Problem description over a sentence in each) is typed in both
        return value
    sure = [
        part
        for name, part in zip(names, parts)
        if (found := vocab.match(name)) is not None and found[0] == key and found[1] >= 0.85
    ]
    if len(sure) > 1 and meta is not None and (meta.kind in FIGURE_KINDS or meta.kind == "date"):
        # ``Qty received / Qty shipped`` over ``960 / 1,000``: both names name the quantity
        # shipped (the customer's received is our shipped), so the label's order proves no
        # part: the value whole, for the guard to take the best name's part and say so
        # (two_values_one_cell), never the first part unsaid
        return value
    return sure[0] if sure else value


def _date_and_code(vocab: Vocabulary, spec: FormSpec, names: Sequence[str], text: str) -> list[str] | None:
    """A date and a code typed with one bare slash between them (``2026-09-12/B260912A`` under
    ``生产日期/批号``, ``B260912A/2026-09-12`` under ``批号/生产日期``): the two parts, when the label's
    two names each name a field surely, one a date's and the other no date's, and the parts fit
    them in that order (the date's part a date, the other part no date and no figure alone);
    else None. A slash with spaces round it is :func:`slash_share`'s own; a date written with
    slashes (``2026/09/12``) has more than one, and a code with one (``A/B``) has no date."""
    if text.count("/") != 1:
        return None
    parts = [t.strip() for t in text.split("/")]
    kinds = []
    for name in names:
        found = vocab.match(name)
        meta = spec.leaf_fields.get(found[0]) if found is not None and found[1] >= 0.85 else None
        if meta is None:
            return None
        kinds.append(meta.kind == "date")
    if sorted(kinds) != [False, True] or not all(parts):
        return None
    for is_date, part in zip(kinds, parts):
        if (_as_date(part) is not None) != is_date or (not is_date and not re.search(r"[A-Za-z]", part)):
            return None
    return parts


def _width(text: str) -> int:
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text) or 1


# the words after a comma going on with the sentence: a Latin word in lower case
_CLAUSE_GOES_ON = lazy_re(r"\s*[a-z]")


def _label_span(chunk: str, first: bool) -> int | None:
    """Where the label before a colon starts inside ``chunk`` (the text since the last
    value), or None when the text before the colon is not a label."""
    body = chunk.rstrip()
    if not body:
        return None
    # a label inside an unclosed bracket: "☑已关闭 (关闭日期: 2026/9/25)"
    opened = max(body.rfind("("), body.rfind("（"))
    if opened >= 0 and not re.search(r"[)）]", body[opened:]):
        inner = body[opened + 1 :]
        if inner.strip() and len(inner) <= 25 and _is_label_text(inner, strict=False):
            return opened + 1 + (len(inner) - len(inner.lstrip()))
    # after a wide gap the label starts fresh: "2026年9月8日      文件编号"
    gap = [m.end() for m in re.finditer(r"\s{2,}|\u3000|[。；;，,]", body)]
    if first and gap and body[gap[-1] - 1] == "," and _CLAUSE_GOES_ON.match(body[gap[-1] :]):
        # a sentence going on after its comma ("Customer returns, reason DEFECTIVE: leaks…"): a word in
        # lower case continues the clause, no label starts there (one is printed "Reason", "REASON")
        gap = gap[:-1]
    start = gap[-1] if gap else 0
    piece = body[start:]
    # inside running text, after a sentence's full stop or comma, only a label some form prints or
    # one whose head word says a value of its own follows (a person, a date, a number, a count:
    # ``…恢复生产。QE/工艺工程师：赵磊``) starts a field: an engineer's own heading (``…显示 E4。上门检测：
    # 外机正常…``) is his text's, never a label that would cut the text short
    in_text = start > 0 and body[start - 1] in _SENTENCE_MARKS

    def heads_a_field(label: str, before: str) -> bool:
        if first and _running_text(before):
            # a paragraph the line began with, no label ahead of it, a whole sentence before the label
            # (``…压缩机频繁启停，停机。原因：冷媒泄漏…``, ``…the unit stopped. Cause: leak…``): the writer's
            # own words, the paragraph the field beside or above it holds — even a label some form
            # prints for a text (原因, Cause) does not cut it there; only a label heading a value
            # of its own (a person, a date, a number, a count) still starts a field
            return bool(label_kinds(label.strip()) & _OWN_VALUE_KINDS) or heads_a_value(label)
        return not in_text or known_label(label.strip()) or heads_a_value(label)

    if (
        (first or gap)
        and _short_label(piece)
        and _is_label_text(piece, strict=False)
        and heads_a_field(piece, body[:start])
    ):
        return start
    if first and (named := d_number_named(piece)) is not None and (start == 0 or _names_a_step(piece)):
        # "D4 Escape:", "D4 Occurrence:": the discipline's number, then what its line is — a
        # caption of its own even when no label of ours ("D4" the heading; "Escape:" read as the
        # option it names, or reported unread: never lost inside the heading). After a sentence
        # in a text (``…已隔离。D5 工位：加装防错治具``) only a caption naming a step starts one
        # (``。D5 永久措施：``): a work station, a bin, a tool called D5 is the text's own
        return start + named
    tokens = list(re.finditer(r"\S+", piece))
    if not first:  # after a label's colon: "Approved: Zhou Lin Date: …" — a name, then a bare Date
        dated = [
            t
            for i, t in enumerate(tokens[1:4], 1)  # a name of one to three words before it
            if norm(piece[t.start() :]).lower() in BARE_DATE
            # "the wrong date:" in a sentence: a lower-case date after a lower-case word (a
            # label is printed "Date" / "DATE" / 日期; a name may be typed "zhou lin")
            and not (t.group()[0].islower() and re.fullmatch(r"[a-z]+", tokens[i - 1].group()))
        ]
        if dated:
            return start + dated[0].start()
    for i in range(len(tokens)):  # the longest label-like tail: "Zhang Wei Date" → "Date"
        if i > 0 and re.fullmatch(r"[a-z]+", tokens[i - 1].group()):
            continue  # a phrase running on ("1st Person to report problem:"), not a value before a label
        tail = piece[tokens[i].start() :]
        if (
            len(tail) <= 25
            and _is_label_text(tail, strict=i > 0 or not first)
            and heads_a_field(tail, body[: start + tokens[i].start()])
        ):
            return start + tokens[i].start()
    return None


_SENTENCE_MARKS = "。；;，,"  # a sentence's or a clause's end inside a line of text

# a sentence ended inside a line: a Chinese full stop or semicolon (a comma only parts clauses), or a
# word of three or more small letters and its full stop before a space (``stopped. ``; never an
# abbreviation with a capital or of two letters: ``No. ``, ``Co., Ltd. ``, ``Inc. ``)
_SENTENCE_END = lazy_re(r"[。；;！？!?]|(?<![A-Za-z])[a-z]{3,}[.]\s")
# the kinds of a field whose value is a thing of its own, not the text of a paragraph
_OWN_VALUE_KINDS = FIGURE_KINDS | {"date", "code"}
# running text is long: at least six Chinese characters' width (twelve Latin letters) before the label
_RUNNING_WIDTH = 12


def _running_text(before: str) -> bool:
    """Is ``before`` (a line's text ahead of a label-like word) a sentence of running text: long, with
    a sentence's end in it (:data:`_SENTENCE_END`)? A value typed before a label (``KS-0618。``) is not."""
    text = before.rstrip() + " "
    return _width(text.strip()) >= _RUNNING_WIDTH and _SENTENCE_END.search(text) is not None


# a label before its colon is short: 25 characters, or up to 40 when it is, whole, a label some form
# prints (``Description of the problem:`` in a letter, 26 — an English label's words are long)
_LABEL_CHARS, _KNOWN_LABEL_CHARS = 25, 40


def _short_label(piece: str) -> bool:
    """Is ``piece`` (the text before a colon) short enough to be a label (see above)?"""
    return len(piece) <= _LABEL_CHARS or (
        len(piece.strip()) <= _KNOWN_LABEL_CHARS and known_label(piece.strip())
    )


def _names_a_step(caption: str) -> bool:
    """Does a D-numbered caption name its 8D step by its name (:func:`.steps.named_step`)?"""
    from .steps import named_step

    return named_step(caption.strip())


def _is_label_text(text: str, strict: bool) -> bool:
    text = text.strip().lstrip("(（[【☑☐□■")
    if not text or re.search(r"\d", ENUMERATOR.sub("", halfwidth(text))):
        return False
    if label_like(text + "："):
        return not strict or label_like(text)
    return False


# a closing sentence: "Closed 04/10/2026 by Robert King", "Approved on 2026-10-24 by K. Rahmani"
_SIGNED_SENTENCE = lazy_re(
    r"(?i)^\s*(?P<act>closed|approved|verified|signed off)(?:\s+on)?\s+"
    r"(?P<date>\d{1,4}[./-]\d{1,2}[./-]\d{1,4})\s+by\s+(?P<who>[^\d:：;；,，]{2,40}?)\s*\.?\s*$"
)


# an approval record's step (DingTalk, WeChat Work 审批流程): "业务主管 任志刚 已同意 2026-03-17 14:02",
# the approver's role, name and decision (the spaces lost in a print): the role labels the name
# when the step was decided (同意); a step still pending (审批中), rejected (不同意, 未通过, 不予批准, 拒绝通过:
# the 同意 / 通过 / 批准 in them is no agreement) or handed on names no one who signed
_APPROVAL_STEP = lazy_re(
    r"^\s*(?P<head>[\u4e00-\u9fff][\u4e00-\u9fff·\s]{3,16}?)\s*(?<![不未没沒])(?<!不予)(?<!未予)(?<!拒绝)(?<!拒絕)(?P<act>已同意|同意|已通过|通过|已审批|已批准|批准)"
    r"(?:\s*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?)?\s*$"
)


def _approval_step(line: str) -> tuple[str, str] | None:
    """(role, name) of a decided approval step, or None: the role is a label (业务主管, 品保经理),
    the name 2 to 4 characters after it (the longest role that leaves one: 业务主管|李明)."""
    step = _APPROVAL_STEP.match(line)
    if step is None:
        return None
    head = step["head"].strip()
    if re.search(r"\s", head):
        role, _sep, who = head.rpartition(" ")
        role, who = role.strip(), who.strip()
        return (role, who) if label_like(role) and 2 <= len(who) <= 5 and not label_like(who) else None
    for k in range(len(head) - 2, 1, -1):
        role, who = head[:k], head[k:]
        if len(who) <= 5 and label_like(role) and not label_like(who):
            return role, who
    return None


# an 8D sub-step's heading whose words after its colon say which part of the step the line is, in
# small letters (``D3.1 Stock / Containment: stock``, ``D3.2 … / Containment: in transit``): a caption
# qualified, its value beside or under it — never a step's value of one or two words in small letters
# (``D4 Root cause: unknown``, ``D6 Verification: passed``): only a sub-step, only its step's words
_STEP_QUALIFIED = lazy_re(r"^[^:：]{2,40}[:：]\s*(?P<part>[a-z]{2,12}(?:\s[a-z]{2,12})?)\s*$")
# where a containment looked (D3's sub-steps: ``D3.1 … / Containment: stock``, ``… in transit``)
_CONTAINED_AT = frozenset(
    ("stock", "warehouse", "in transit", "transit", "customer", "at customer", "production", "wip")
    + ("supplier", "line", "field", "in process", "finished goods", "shipped", "in house", "store")
)


@memo
@lru_cache(maxsize=256)
def _cause_kind(part: str) -> bool:
    """Does ``part`` name a kind of cause — its occurrence or its escape (:class:`CauseType`'s own
    words: ``occurrence``, ``why made``, ``escape``, ``why shipped``)? What the root cause (D4),
    the corrective actions (D5) and their implementation (D6) are split by in sub-steps."""
    from ..forms.eightd import CauseType

    key = part.replace(" ", "")
    return any(key in (kind.value, kind.en.replace(" ", ""), *kind.words) for kind in CauseType)


# the parts a step is done in, by the step's number: each step real 8Ds print in sub-steps whose
# table rows they are (D7's prevention is one block of fields, no rows: none)
_STEP_PARTS: dict[int, Callable[[str], bool]] = {
    3: _CONTAINED_AT.__contains__,
    4: _cause_kind,
    5: _cause_kind,
    6: _cause_kind,
}


def _lone_sub_steps(boxes: list[Box]) -> set[int]:
    """id() of the boxes numbered as an 8D's sub-step (``D3.5 Hole diameter 4.96 mm``) that
    belong to no sequence of the form's steps (:func:`.steps.in_step_sequence`: no sibling
    ``D3.1``, not under ``D3``): a measurement's line, read as text, never a heading."""
    heads = [
        b
        for b in boxes
        if not b.empty and isinstance(b.value, str) and discipline(halfwidth(b.text).strip()[:40]) is not None
    ]
    if not any(sub_step(b.text) for b in heads):
        return set()
    heads = [b for row in printed_rows(heads) for b in row]  # (in reading order: row by row)
    kept = {id(b) for b in in_step_sequence(heads, lambda b: halfwidth(b.text).strip())}
    return {id(b) for b in heads if id(b) not in kept}


def _step_part(line: str) -> bool:
    """Is ``line`` a sub-step's heading whose words after its colon name a part of its step?"""
    m = _STEP_QUALIFIED.match(line)
    sub = sub_step(line) if m is not None else None
    names = _STEP_PARTS.get(sub[0]) if sub is not None else None
    return names is not None and m is not None and names(m["part"])


@memo
@lru_cache(maxsize=16384)
def _split_line(line: str) -> list[tuple[str, bool]]:
    """A printed line → its pieces, each (text, is a label): ``签字： 李红 日期： 2026.9.3``.
    (Kept per line for the process: the returned list is shared, never changed.)"""
    signed = _SIGNED_SENTENCE.match(line)
    if signed:  # "Closed 04/10/2026 by Robert King": the act's date, and who did it
        act = signed["act"].strip()
        return [(f"{act} on", True), (signed["date"], False), (f"{act} by", True), (signed["who"], False)]
    if step := _approval_step(line):
        return [(step[0], True), (step[1], False)]  # the decision and its time: no field of ours
    if _step_part(line):
        return [(line.strip(), True)]  # "D3.1 Stock / Containment: stock": which part of the step, no value
    out: list[tuple[str, bool]] = []
    pos = 0
    line = without_leader(line)
    for m in _COLON.finditer(line):
        c = m.start()
        if c > 0 and c + 1 < len(line) and line[c - 1].isdigit() and line[c + 1].isdigit():
            continue  # a time of day 10:30
        start = _label_span(line[pos:c], first=not out)
        if start is None:
            continue
        # "Teamleiter: Jonas Keller; Mitglied: …": the separator before the next label is no value's
        before = line[pos : pos + start].rstrip(" (（").strip().rstrip(";；,，、").rstrip()
        if before:
            out.append((_unbracket(before), False))
        out.append((line[pos + start : c + 1].strip(), True))
        pos = c + 1
    rest = line[pos:].strip()
    if rest and out and out[-1][1] and filling_note(rest):
        out[-1] = (out[-1][0] + rest, True)  # "原因分析：（工程部填写）": the note is the label's
    elif rest:
        out.append((_unbracket(rest), False))
    return out


def label_with_value(text: str) -> bool:
    """Does a cell hold a label and its value (``核准：林志明``, ``客户代表：Mr. Lee``), as the
    generic reader splits it (:func:`_split_line`)? Such a cell is a field of its own, never a
    row of a table it stands in (a profile's team rows beside their one label)."""
    pieces = [piece for line in text.split("\n") for piece in _split_line(line.strip())]
    return any(is_label for _t, is_label in pieces) and any(not is_label for _t, is_label in pieces)


def _unbracket(value: str) -> str:
    """A value closing the bracket its label opened: ``(关闭日期: 2026/9/25)`` → ``2026/9/25``."""
    if value and value[-1] in ")）" and not re.search(r"[(（]", value):
        return value[:-1].rstrip()
    return value


_NUMBER_MARK = lazy_re(r"^\s*(No\.|NO\.|№)\s*([A-Za-z0-9][A-Za-z0-9\-/_.]*[A-Za-z0-9])\s*$")


_LONE_COLON = lazy_re(r"^\s*[:：]+\s*$")

# a line opening with a colon: the separator of a label standing to its left, apart by a tab stop
# (``Customer⇥: Volterra S.p.A.``, ``客戶名稱⇥：東元電機``); the colon is no part of the value
_SEPARATOR_AHEAD = lazy_re(r"^\s*[:：]\s*(?=\S)")

# a value written after its label in one cell without a colon: one run with a digit in it
# (an id, a code, a figure, a date: ``LOT_2026_03``, ``CC-2611-07``, ``36``, ``2026-03-05``)
_GLUED_VALUE = lazy_re(r"[^\s:：]*\d[^\s:：]*")
_FIGURE_RUN = lazy_re(r"[-+]?\d[\d,.]*")


# a field read beside a label whose cell also held a value-like tail: below LOW_CONFIDENCE, warned
GLUED_TAIL_CONFIDENCE = 0.6


def glued_label(line: str) -> tuple[str, str] | None:
    """``Lot No. LOT_2026_03`` → (``Lot No.``, ``LOT_2026_03``): a cell holding the label of a
    form's field, a space, and one run with a digit that reads as a value of such a field (a
    figure for a quantity or an amount, a date for a date, an id for a text or code) has its
    label and value in it though no colon parts them (it was an unread cell, an unwarned miss).
    Only a known label (never a label by its shape alone) and only a value of one run:
    ``Customer complaint report``, ``Lot 2611 failed twice`` and ``Line 2`` stay whole."""
    head, sep, tail = line.strip().rpartition(" ")
    if not sep or not _GLUED_VALUE.fullmatch(tail) or len(tail) > 40 or "%" in tail:
        return None  # "VAT 13%", "Sales Tax 6%": a rate printed in its label (units.py reads it)
    head = head.strip()
    kinds = label_kinds(head)
    if not kinds or label_like(tail):
        return None
    if _FIGURE_RUN.fullmatch(tail):
        fits = bool(kinds & {"qty", "money"})
    elif _as_date(tail) is not None:
        fits = "date" in kinds
    else:
        fits = bool(kinds & {"text", "code"}) and re.search(r"[A-Za-z]", tail) is not None
    return (head, tail) if fits else None


# a print's word: Chinese label characters run straight into a figure or a code (投诉日期2026-11-18)
_RUN_INTO = lazy_re(r"^(?P<label>[\u4e00-\u9fff]{2,8})(?P<value>[A-Za-z0-9][\x21-\x7e]*)$")


def _label_run_into_value(box: Box, vocab: Vocabulary) -> list[Box] | None:
    """A label and the next column's value run together on an unruled narrow print (the label
    overflows its cell into the value's: ``投诉日期2026-11-18``, ``客诉编号KS-2611-031``): the label —
    a label of this form, whole — and the value, each its share of the word's width (a Chinese
    character as wide as two Latin ones). None for any other box, and on a sheet (a cell typed
    so is the clerk's, said by the guards)."""
    if "!" in box.location or not isinstance(box.value, str):
        return None
    m = _RUN_INTO.match(box.value.strip())
    if m is None or not _FIGURE_IN.search(m["value"]):
        return None  # (客訴單號Case: a label and its translation, no value)
    found = vocab.match(m["label"])
    if found is None or found[1] < 0.85:
        return None
    label, value = m["label"], m["value"]
    units = 2 * len(label) + len(value)
    mid = box.x0 + (box.x1 - box.x0) * 2 * len(label) / units
    return [
        Box(label, label, box.x0, box.y0, mid, box.y1, box.location, box.bold, box.filled),
        Box(value, value, mid, box.y0, box.x1, box.y1, box.location, False, False),
    ]


def explode(box: Box) -> list[Box]:
    """A box holding labels with their values inside (``客户名称：华为``, several pairs on a
    line, a label line over its text in one merged cell) → one box per piece, each with
    its share of the rectangle and the box's location. Other boxes are kept whole."""
    box = box_without_codes(box)  # "RPT_NO 报告编号 : …": the field code is no part of either
    if not isinstance(box.value, str) or not box.value.strip():
        return [box]
    plan = _explode_plan(box.value)
    if plan is None:
        return [box]
    if plan[0] == "apart":  # "报告编号 | : | QMS-…": a colon printed apart separates, holds nothing
        return []
    # "D1\n组\n建\n团\n队": one label; ": Volterra S.p.A.": the value alone, its label's colon left out
    if plan[0] in ("upright", "bare"):
        return [replace(box, text=plan[1], value=plan[1])]
    if plan[0] == "mark":  # "No.ZR-2609-003": the number mark glued to the number
        _kind, mark, number, share, of = plan
        mid = box.x0 + (box.x1 - box.x0) * share / of
        return [
            Box(mark, mark, box.x0, box.y0, mid, box.y1, box.location, box.bold, box.filled),
            Box(number, number, mid, box.y0, box.x1, box.y1, box.location, box.bold, box.filled),
        ]
    _kind, n, blocks = plan
    h = (box.y1 - box.y0) / n
    out: list[Box] = []
    for line, first, last, total in blocks:
        y0, y1 = box.y0 + first * h, box.y0 + last * h
        x = box.x0
        for text, is_label, width in line:
            w = (box.x1 - box.x0) * width / total
            # a cell's bold face and shading are its label's cues, not the value typed after it
            out.append(
                Box(
                    text, text, x, y0, x + w, y1, box.location, box.bold and is_label, box.filled and is_label
                )
            )
            x += w
    return out


# a line that is all one bracketed note: "(What, where, when, how many?)", "(YYYY-MM-DD)", "（选填）"
_HINT_LINE = lazy_re(r"^\s*[(（\[【][^()（）\[\]【】]+[)）\]】]\s*$")


@memo
@lru_cache(maxsize=16384)
def hinted_label(value: str) -> str | None:
    """A label with its instruction hint on the lines under it (``D2 Problem Description⏎(What,
    where, when, how many?)``, ``Date Opened⏎(YYYY-MM-DD)``) → the label and its hint on one
    line: the bracketed lines are the label's (a question to the clerk, the date's order, a
    unit), never a value nor a label of their own. None for any other text."""
    lines = [ln.strip() for ln in value.replace("\r", "").split("\n") if ln.strip()]
    if len(lines) < 2 or not all(_HINT_LINE.match(ln) for ln in lines[1:]):
        return None
    if _HINT_LINE.match(lines[0]) or not label_like(lines[0]):
        return None
    return " ".join(lines)


_NAME_PARTS = lazy_re(r"\s*(?:&|\band\b|/|、|及|和)\s*", re.I)
_HINT_WORD = lazy_re(r"[A-Za-z]{6,}|[\u4e00-\u9fff]{2,}")


def hinted_column(text: str, columns: dict[str, FieldMeta], vocab: Any) -> str | None:
    """The text column a table's heading names twice, by a part of its name and by a word of
    its hint in brackets (``D6 Implementation & Validation⏎(Evidence of effectiveness)``:
    Validation and effectiveness both name the result), or None (one of them alone is not
    enough: ``D4 Root cause (with evidence)`` keeps the cause its main column)."""
    notes = BRACKETED.findall(text)
    if not notes:
        return None
    name = BRACKETED.sub(" ", text)
    heading = discipline(name)
    name = heading[1] if heading else name

    def named(parts: list[str]) -> set[str]:
        out = set()
        for part in parts:
            if (hit := vocab.match(part.strip())) is not None and hit[1] >= 0.85:
                out.add(hit[0])
        return out

    by_name = named(_NAME_PARTS.split(name))
    by_hint = named([w for note in notes for w in _HINT_WORD.findall(note)])
    agreed = [c for c in by_name & by_hint if c in columns and columns[c].kind == "text"]
    return agreed[0] if len(agreed) == 1 else None


# how explode() cuts a cell's text, whatever its rectangle: None (kept whole), ("apart",),
# ("upright", label), ("bare", value), ("mark", mark, number, share, of), ("blocks", lines, blocks)
_Plan = tuple[Any, ...] | None


@memo
@lru_cache(maxsize=16384)
def _explode_plan(value: str) -> _Plan:
    """The pieces of a cell's text and each one's share of its width (in :func:`_width` units)
    and of its lines: decided by the text alone, so kept per text — a batch of forms prints
    the same labels in every one (issue 15); :func:`explode` lays them on the box."""
    if _LONE_COLON.match(value):
        return ("apart",)
    bare = _SEPARATOR_AHEAD.sub("", value, count=1)
    if bare != value:  # "⇥: Volterra S.p.A.": the colon is its label's, typed after the tab stop
        return _explode_plan(bare) or ("bare", bare.strip())
    if (upright := vertical_label(value)) is not None:
        return ("upright", upright)
    if m := _NUMBER_MARK.match(value):
        return ("mark", m[1], m[2], len(m[1]), max(len(value.strip()), 1))
    if (hinted := hinted_label(value)) is not None:
        return ("upright", hinted)  # "D2 Problem Description\n(What, where…?)": one label
    if (halves := stacked_halves(value)) is not None:
        return ("upright", halves)  # "D4 Parché no visto\nWhy not detected": one heading, two languages
    value = steps_on_lines(value) or value  # "1. D4 根本原因：… 2. D4 流出原因：…": a step a line
    lines = [ln for ln in value.replace("\r", "").split("\n")]
    pieces = [_split_line(ln) for ln in lines]
    has_label = any(is_label for line in pieces for _, is_label in line)
    if not has_label:
        if (
            len(lines) > 1
            and label_like(lines[0].strip())
            and any(ln.strip() for ln in lines[1:])
            and not caption_lines(value)  # "Prepared by\n填写人": one label
            and not known_label(value)  # "原因\n分析": one label broken to fit its cell
        ):
            pieces = [[(lines[0].strip(), True)], [("\n".join(lines[1:]).strip(), False)]]
            lines = [lines[0], "\n".join(lines[1:])]
        elif len(lines) == 1 and (glued := glued_label(lines[0])):  # "Lot No. LOT_2026_03"
            pieces = [[(glued[0], True), (glued[1], False)]]
        else:
            return None
    if len(pieces) == 1 and len(pieces[0]) == 1:
        return None
    # consecutive lines without a label stay one block of text
    blocks: list[tuple[list[tuple[str, bool]], int, int]] = []
    for i, line in enumerate(pieces):
        if not line:
            continue
        plain = len(line) == 1 and not line[0][1]
        if plain and blocks and len(blocks[-1][0]) == 1 and not blocks[-1][0][0][1]:
            text = blocks[-1][0][0][0] + "\n" + line[0][0]
            blocks[-1] = ([(text, False)], blocks[-1][1], i + 1)
        else:
            blocks.append((line, i, i + 1))
    laid = tuple(
        (
            tuple((text, is_label, _width(text) + 1) for text, is_label in line),
            first,
            last,
            sum(_width(t) + 1 for t, _ in line),
        )
        for line, first, last in blocks
    )
    return ("blocks", max(len(lines), 1), laid)


_ANY_MARK = lazy_re("[☑☐□■✓√✔☒▣○●◻]")


def _marked_row(band: Sequence[Box]) -> bool:
    """A row of boxed options: a box mark in every other of its filled cells at least (a mark
    and its caption may stand in two cells)."""
    filled = [b for b in band if not b.empty]
    marked = sum(bool(_ANY_MARK.search(b.text)) for b in filled)
    return bool(filled) and marked * 2 >= len(filled) and marked > 0


def _band_index(bands: list[list[Box]]) -> dict[int, list[int]]:
    """``id(box)`` → the indexes of the bands holding it, in order: made once for a page's
    bands (:meth:`_Page.worked_out`), not looked for band by band for each label."""
    out: dict[int, list[int]] = {}
    for i, band in enumerate(bands):
        for b in band:
            at = out.setdefault(id(b), [])
            if not at or at[-1] != i:
                at.append(i)
    return out


_NUMBER = lazy_re(r"\d")
# a figure of the next cell glued on: "2026/9/17厦门…", "100Sorting report", "95客户签收单"
_GLUED = lazy_re(
    r"^(\d{4}[/.\-]\d{1,2}(?:[/.\-]\d{1,2})?(?=[A-Za-z\u4e00-\u9fff])|\d{2,}(?=[A-Z][a-z]|[\u4e00-\u9fff]))"
)
# a code glued to a row number or a date: "1IC-LDO-3V3" (not a tax id "91310000MA1K…")
_GLUED_CODE = lazy_re(
    r"^(\d{4}[/.\-]\d{1,2}(?:[/.\-]\d{1,2})?(?=[A-Za-z\u4e00-\u9fff])|\d{1,3}(?=[A-Z]{2,}-))"
)
_BOXES = lazy_re("[☑☐□■✓√✔☒▣]")
_HEADING = lazy_re(r"^\s*[(（]?D\s*[0-8](?!\d)", re.I)
_DIGIT_OUTSIDE = lazy_re(r"\d{2,}|\d\s*$")


def with_unit(meta: FieldMeta, label: str, value: Any) -> Any:
    """A number under a label that names its unit: ``数量(K)`` 12 → 12000, ``金额(万元)`` 1.2 →
    12000, ``不良率(%)`` 3.5 → 0.035 (the rule: :func:`units.scale_of`). Text with its own unit or
    sign is left to the value types."""
    if meta.kind not in FIGURE_KINDS or not isinstance(label, str):
        return value
    return scaled(meta.kind, scale_for(meta.kind, label), value)


def unit_doubt(meta: FieldMeta, label: str, value: Any, field: str, location: str) -> list[Problem]:
    """A value with its own unit under a label naming another (``1.2万`` under ``数量(K)``):
    read in its own unit, with a warning on the field."""
    if meta.kind not in FIGURE_KINDS or not unit_conflict(meta.kind, scale_for(meta.kind, label), value):
        return []
    return [conflict_problem(field, location, value, label, meta.kind, scaled_read(meta, value))]


def _typed_over(label: Box, box: Box, hair: float) -> bool:
    """A value typed into the label's own cell (a PDF filled by typing over the blank): a box
    from the label's start (``hair``: the page's tolerance, :func:`.boxes.page_hair`) reaching
    well past its end, not holding the label's words."""
    return (
        not box.empty
        and box.location.partition(" ")[0] == label.location.partition(" ")[0]  # the same page
        and abs(box.x0 - label.x0) <= hair
        and box.x1 - label.x1 >= 0.5 * (label.x1 - label.x0)
        and isinstance(box.value, str)
        and label_key(label.text) not in label_key(box.text)
    )


_NAMES_JOINED = lazy_re(r"及|和|与|與|、|&")  # (a normalised key: no spaces, so no English "and")


def _named_by(heading: str, text: str) -> bool:
    """Is ``text`` (a caption inside a text area) one of the things its heading names joined
    (``发生部门`` of ``存在不合格事实陈述及发生部门``)? Not the heading's name alone (``预防再发``
    under ``D7 预防再发``: a caption of its own, ending the text)."""
    if not heading:
        return False
    key = norm(text)
    parts = [p for p in _NAMES_JOINED.split(heading) if p]
    return len(key) >= 2 and len(parts) >= 2 and any(p.endswith(key) for p in parts[1:])


# a question and its answer in one box ("What is the product ID?\nHX-BRK-3307 rev C")
_QUESTION_THEN_ANSWER = lazy_re(r"(?i)^\s*(?:how|what|where|when|who|why)\b[^?？\n]{0,120}[?？]\s*\S")


def _asked_over(question: Box, answer: Box, hair: float) -> bool:
    """A question (a label ending in ``?``) standing right over the answer, in its column: the
    answer is that question's (an IS / IS NOT grid's row under its W); ``hair``: the page's
    tolerance (:func:`.boxes.page_hair`), the two may touch by as much."""
    return (
        question.text.rstrip().endswith(("?", "？"))
        and abs(question.x0 - answer.x0) <= 0.5 * max(question.height, answer.height)
        and -hair <= answer.y0 - question.y1 <= 0.5 * max(question.height, answer.height)
    )


def _cued(box: Box) -> bool:
    """A short bold or shaded caption without figures reads as a label (a layout cue)."""
    if not (box.bold or box.filled):
        return False  # (neither cue: most cells, asked of every text of every page; issue 15)
    return _cued_text(box.text, box.bold, box.filled)


@memo
@lru_cache(maxsize=16384)
def _cued_text(text: str, bold: bool, filled: bool) -> bool:
    """:func:`_cued` of a bold or shaded text: the same for the same text and cues, so found
    once a text (a batch of forms prints the same captions on every page; issue 15)."""
    text = text.strip()
    return (0 < len(text) <= 12 and not _A_DIGIT.search(text) and "\n" not in text) or shaded_caption(
        text, filled
    )


_A_DIGIT = lazy_re(r"\d")


def _is_option(meta: FieldMeta, value: Any) -> bool:
    """Is ``value`` one of the options of a choice field (副总经理 for 核决权限)?"""
    if meta.term is None or not isinstance(value, str):
        return False
    try:
        return meta.term.lookup(value) is not None
    except Exception:
        return False


def _fit(meta: FieldMeta, value: Any, in_table: bool = False) -> tuple[float, tuple[str, ...]]:
    """How well a value suits its field's type (1.0 fits), and what is odd about it."""
    if value is None:
        return 0.0, ()
    if isinstance(value, str):
        text = value.strip()
        if meta.kind in ("term", "terms", "bool"):
            return 1.0, ()  # an option's word (发生原因, 是) is a fine answer
        caption = label_like(text) or caption_lines(text) is not None  # "Customer PO\n客户订单" too
        if caption and not in_table:  # under a column header a question is an answer
            return 0.45, ("label_like",)
        if _BOXES.search(text) and meta.kind in ("text", "code", "qty", "money", "ratio", "number", "date"):
            return 0.6, ()  # ticked options answer a choice, not a text or a number
        if (
            meta.kind in ("text", "code")
            and len(text) <= 40
            and (_GLUED if meta.kind == "text" else _GLUED_CODE).match(text)
        ):
            return 0.7, ()  # "2026/9/17厦门…", "100Sorting report": a neighbour's figure glued on
        if not_printed(text) and (meta.kind == "date" or meta.kind in FIGURE_KINDS):
            return 1.0, ()  # "###": the field's figure, too wide for its column to print (checked later)
        if meta.kind == "date":
            if _as_date(text) is not None:
                return 1.0, ()
            # a date in an order still to be told (warned when it is) is a date, not a stray text
            return (0.9 if either_order_date(text) else 0.4), ()
        if meta.kind in FIGURE_KINDS:
            if meta.kind == "qty" and capital_count(without_unit(text)) is not None:
                return (
                    1.0,
                    (),
                )  # 參仟陸佰: a count in capital numerals, as a clerk writes one not to be altered
            return (1.0 if _NUMBER.search(text) else 0.3), ()
        if meta.kind == "code" and len(text) > 40:
            return 0.6, ()
        if meta.kind == "text" and meta.long and _date_alone(text):
            return 0.3, ()  # "2026-03-06 10D": a step's due date (its days after it), never its text
        return 1.0, ()
    if meta.kind == "date":
        if isinstance(value, (int, float)) and not isinstance(value, bool) and value < 18264:
            return 0.4, ()  # 2026, 30: a year or a day alone, not a date serial (before 1950)
        if isinstance(value, _dt.date) and value.year < 1950:
            return 0.4, ()  # a count in a date-formatted cell (5000 → 1913-09-08): no complaint's date
        return (1.0 if isinstance(value, (_dt.date, int, float)) else 0.5), ()
    if meta.kind in FIGURE_KINDS and _a_date_cell(value):
        return (
            0.3,
            (),
        )  # a date (``Received`` over 2026-11-03) is no count nor amount: its field is the date's
    if meta.kind in ("text", "code") or meta.kind in FIGURE_KINDS:
        return 1.0, ()
    return 0.9, ()


# a customer's response deadline after a date: "10D", "24H" (days or hours), "D+10"
_DUE_AFTER = lazy_re(r"(?:\s+(?:\d{1,3}\s*[DdHh]|[Dd]\s*\+\s*\d{1,3}))+$")


def _date_alone(text: str) -> bool:
    """A text that is a date and nothing else, perhaps with a deadline's days or hours after it
    (``2026-03-06 10D``): what a text area (a problem, a cause, an action) never holds."""
    bare = _DUE_AFTER.sub("", halfwidth(text)).strip()
    return 6 <= len(bare) <= 12 and any(c.isdigit() for c in bare[:4]) and _as_date(bare) is not None


def _dates_alone(boxes: Sequence[Box]) -> bool:
    """Boxes holding a date and nothing else (:func:`_date_alone`), a date cell too."""
    filled = [b for b in boxes if not b.empty]
    if not filled:
        return False
    if len(filled) == 1 and _a_date_cell(filled[0].value):
        return True
    return _date_alone(" ".join(str(b.value).strip() for b in filled))


def _told_by_value(candidates: Sequence[_Candidate]) -> set[int]:
    """The candidates whose value tells which of a label's fields it answers: a label naming two
    fields alike (``Received``: the date received and the quantity received) over a value that
    fits one of them (a date) and not the other (:func:`_fit`, half the score or less) is no
    guess between them."""
    by_place: dict[tuple[int, int], list[_Candidate]] = {}
    for cand in candidates:
        if cand.value is not None and cand.places:
            by_place.setdefault((id(cand.label), id(cand.places[0])), []).append(cand)
    told: set[int] = set()
    for same in by_place.values():
        for cand in same:
            others = [o for o in same if o.path != cand.path]
            if others and all(o.score <= 0.5 * cand.score for o in others):
                told.add(id(cand))
    return told


def _a_date_cell(value: Any) -> bool:
    """A cell holding a date of the years a form carries (a count typed in a date-formatted
    cell shows as a date before 1950 and stays a count)."""
    return isinstance(value, _dt.date) and value.year >= 1950


@memo
@lru_cache(maxsize=65536)
def _column_caption(cols: tuple[Vocabulary, ...], text: str) -> bool:
    """Does ``text`` name a column of one of the form's tables (``品名``), 0.85 or better — not a
    field of the form (``Customer`` before ``Return Kit`` is a word of a value)?"""
    return any(v.may_name(text, 0.85) and (hit := v.match(text)) is not None and hit[1] >= 0.85 for v in cols)


@memo
@lru_cache(maxsize=65536)  # pure: its form's vocabularies, a text and its cue (issue 15)
def _text_reading(
    vocab: Vocabulary, columns: tuple[Vocabulary, ...], text: str, cued: bool
) -> tuple[tuple[tuple[str, float], ...], bool]:
    """What a text on a page is as a label (of the form of ``vocab``): the fields it may label
    with their scores, and whether it stops a value (reads as a label). Kept per text: a
    batch of forms prints the same labels on every page (issue 15)."""
    found = caption_candidates(vocab, lines) if (lines := caption_lines(text)) else vocab.candidates(text)
    if found and not cued and person_with_department(text):
        return (), False  # 张三（品保）: a person of the quality department, not the label 品保
    labels = tuple((path, score) for path, score, _key in found[:4] if score >= 0.45)
    stopper = (
        (found and found[0][1] >= 0.85)
        or label_like(text)
        or bool(lines)  # a caption in two scripts is a label by its shape, known or not
        or cued
        or (
            not sign_alone(text)
            and any(v.may_name(text) and (m := v.match(text)) and m[1] >= 0.85 for v in columns)
        )
        or norm(text) in _printed_texts()
    )  # (a sign alone heads a column only in a header row, the table's to tell: a figure's sign elsewhere)
    return labels, bool(stopper)


_NAMES_KEPT = 16384


@lru_cache(maxsize=64)
def _names_told(spec: FormSpec) -> dict[str, float]:
    """The scores :meth:`_Page._names` has found for the form of ``spec``, kept for the run:
    they depend on the text and the form's vocabularies only, and a batch of forms prints the
    same labels on every page (issue 15)."""
    return {}


def _texts_of(boxes: Sequence[Box]) -> Iterator[str]:
    """The texts of ``boxes`` as the readers fold them: as printed and :func:`halfwidth`."""
    for box in boxes:
        if not box.empty:
            yield box.text
            yield halfwidth(box.text)


# what parts an option's name from the words around it in a line under its label ("1. FMEA
# update / Control Plan revision"): a space of any kind, a slash, a bar or a comma
_NAME_APART = frozenset("/|,，、")


def _named_apart(head: str, word: str) -> bool:
    """Does ``word`` stand in ``head`` as a part of its own: at its start or after a separator
    (:data:`_NAME_APART` or a space) that no line break comes before, and at its end or before a
    separator? What ``re.match(r"(?:^|.*[\\s/|,，、])WORD(?:$|[\\s/|,，、])", head)`` answers,
    told by finding the word: a pattern built for each word of each option filled ``re``'s cache
    of 512 patterns (244 a batch of the bench's 37 prints), which then compiled others again
    (issue 15)."""
    end = len(head)
    at = head.find(word)
    while at >= 0:
        after = at + len(word)
        if (
            at == 0 or (((c := head[at - 1]).isspace() or c in _NAME_APART) and "\n" not in head[: at - 1])
        ) and (after == end or (c := head[after]).isspace() or c in _NAME_APART):
            return True
        at = head.find(word, at + 1)
    return False


# a page's boxes made ready for reading the same way whatever the form (its hair; the export's
# row of field keys blanked; the field codes taken out; a cell of labels stacked a line each
# split), kept for the boxes themselves: a page whose title is weighed against its labels is
# read with every form's vocabulary (kinds.label_evidence: seven pages of the same boxes), and
# none of this depends on the form (issue 15). Keyed by each box's identity, like _UNREAD; the
# entry holds the boxes, so their ids stay theirs, and the boxes are never changed.
_READY: dict[tuple[int, ...], tuple[list[Box], tuple[float, list[Box], list[Box]]]] = memo({})
_READY_KEPT = 4


def _ready_boxes(boxes: Sequence[Box]) -> tuple[float, list[Box], list[Box]]:
    """The page's hair (:func:`.boxes.page_hair`), its boxes with an export's row of field keys
    blanked (``FBillNo | FDate`` over ``单据编号 | 单据日期``: the keys are no values), and those
    boxes as the labels are looked for in: field codes taken out, a cell of labels stacked a
    line each (``客户\\n料号 | 华为\\nPA-65W-01``) split a line a box. Made once for the same boxes."""
    key = tuple(map(id, boxes))
    hit = _READY.get(key)
    if (
        hit is not None
        and len(hit[0]) == len(boxes)
        and all(a is b for a, b in zip(hit[0], boxes, strict=True))
    ):
        return hit[1]
    hair = page_hair(boxes)
    fold_ahead(_texts_of(boxes))  # the page's texts folded at once, not one call each
    coded = coded_page(boxes)  # the layout's habit: codes by its labels, counted once a page
    keys = key_rows(list(boxes))  # FBillNo | FDate over 单据编号 | 单据日期: the export's keys, no values
    blanked = [replace(b, text="", value=None) if id(b) in keys else b for b in boxes]
    ready = split_stacked_lines([box_without_codes(b, coded) for b in blanked])
    while len(_READY) >= _READY_KEPT:
        _READY.pop(next(iter(_READY)), None)
    made = (hair, blanked, ready)
    _READY[key] = (list(boxes), made)
    return made


class _Page:
    """The boxes of one sheet or page, with the labels found on it."""

    # every name a page holds, declared: no ``__dict__`` at all, so each is read by Python's
    # quick path however many pages were made before (issue 15, see boxes.Box); ``_caption_index``,
    # ``_under_lines`` and ``_names_a_column`` are kept for the page by captions.py and step_table.py
    __slots__ = (
        "_bands_made",
        "_by_top",
        "_caption_index",
        "_captions",
        "_named",
        "_names_a_column",
        "_pieces",
        "_rows",
        "_short_by_top",
        "_short_tallest",
        "_short_tops",
        "_tall",
        "_tallest",
        "_tops",
        "_under_lines",
        "_worked",
        "boxes",
        "column_vocabs",
        "fields",
        "glued_tails",
        "hair",
        "heading_keys",
        "labels",
        "lone_kept",
        "no_field",
        "problems",
        "spec",
        "stoppers",
        "stray_heads",
        "vocab",
        "whole_of",
    )

    def __init__(self, boxes: Sequence[Box], spec: FormSpec) -> None:
        self.spec = spec
        # (the boxes made ready alike for every form: see _ready_boxes)
        self.hair, blanked, ready = _ready_boxes(
            boxes
        )  # hair: how near two edges are one, in the boxes' unit
        self._by_top: list[int] | None = None  # the row index, made on the first question
        # (what is made on a first question, set here first: see captions._index,
        # captions.value_over_caption, step_table._names_a_column)
        self._caption_index: Any = None
        self._under_lines: dict[int, Any] | None = None
        self._names_a_column: dict[int, bool] | None = None
        self._bands_made: list[list[Box]] | None = None  # see bands
        self._tops: list[float] = []  # see _index_rows()
        self._tallest: float | None = None
        self._rows: dict[int, tuple[Box, list[Box]]] = {}
        self._tall: list[int] = []
        self._short_by_top: list[int] = []
        self._short_tops: list[float] = []
        self._short_tallest = 0.0
        self.lone_kept: frozenset[int] = frozenset()  # see known(): set once the labels are found
        # the boxes of the form's own labels a rule decided are no field's, on purpose (經辦 beside
        # another signer: the clerk's who prepared it): neither said unread nor read by a head word
        self.no_field: frozenset[int] = frozenset()
        self.fields = spec.leaf_fields
        self.vocab = vocabulary(spec)
        self.column_vocabs = {
            k: columns_vocabulary(m.row_model)
            for k, m in spec.fields.items()
            if m.kind == "table" and m.row_model is not None
        }
        cols = tuple(self.column_vocabs.values())
        self._named = _names_told(spec)  # see _names()
        self.boxes = []
        self.whole_of: dict[int, Box] = {}  # a piece of a cell split at its colon → the cell
        self.glued_tails: dict[int, Box] = {}  # a label kept whole though a value seemed glued → the cell
        self._pieces: dict[int, list[Box]] | None = None  # see _pieces_of()
        boxes = blanked
        for box in ready:
            pieces = (
                [box]
                if isinstance(box.value, str)
                and "\n" in box.value
                and worded_lines(box.value, self.vocab, cols)
                else explode(box)
            )
            if len(pieces) == 1 and (apart := _label_run_into_value(pieces[0], self.vocab)):
                pieces = apart  # 投诉日期2026-11-18 on an unruled narrow print: the label, the value
            if len(pieces) == 2 and (glued := self._glued_beside_value(box, boxes, cols)):
                pieces = [glued]  # "Part No. (Rev.2) | AB-1203-X": the cell is the label
            if len(pieces) > 1:
                self.whole_of.update((id(p), box) for p in pieces)
            self.boxes += pieces
        self.boxes = join_stacked_labels(self.boxes, self._names)  # 不良 over 說明: one label
        self.boxes = join_bracket_wrapped(self.boxes)  # "… (kodėl defektas" over "atsirado) / …": one label
        self.boxes = join_stacked_halves(self.boxes)  # "D4 Parché no visto" over "Why not detected": one
        self._worked: dict[str, tuple[int, Any]] = {}  # see worked_out()
        self.heading_keys = {label_key(t) for _, zh, en in spec.sections for t in (zh, en)}
        self._captions: dict[tuple[str, frozenset[int]], Any] = {}  # see option_captions()
        self.labels: list[_Label] = []
        self.problems: list[Problem] = []  # doubts found while reading (a table line run together)
        self.stoppers: set[int] = set()  # id() of every box that reads as a label
        # "Step 9" among D0 … D8 headings: a heading of no step, said unread; a step's block ends there
        self.stray_heads = frozenset(id(b) for b in stray_steps(self.boxes))
        self.stoppers.update(self.stray_heads)
        columns = tuple(self.column_vocabs.values())
        fold_ahead(_texts_of(self.boxes))  # (the pieces of its boxes too)
        simplify_ahead(_control_line_heads(self.boxes))
        lone = _lone_sub_steps(self.boxes)  # "D3.5 Hole diameter 4.96" in D4's text: no heading
        for box in sorted(self.boxes, key=lambda b: (b.y0, b.x0)):
            if box.empty or not isinstance(box.value, str) or id(box) in lone:
                continue
            if _control_line(box.text) and _own_control(box, self.boxes):
                # the blank's 表单编号 … 生效日期 … line: printed, never a field
                self.stoppers.add(id(box))
                continue
            if template_stand_in(box.text):
                continue  # <Customer name>: the template's stand-in for a value, never a label
            found, stopper = _text_reading(self.vocab, columns, box.text, _cued(box))
            if (
                found
                and max(score for _p, score in found) < TITLE_NO_LABEL
                and form_title(box.text, spec.kind)
            ):  # the form's title (退货申请单(RMA)), only loosely like a label: a lesser label
                found = tuple((path, score * TITLE_AS_LABEL) for path, score in found)
            for path, score in found:
                if id(box) not in self.whole_of and self.vocab.inline_only(box.text, path):
                    continue  # "Date" over a column: no e-mail's "Date: …" line
                self.labels.append(_Label(box, path, score))
            if stopper:
                self.stoppers.add(id(box))
        self.labels.extend(qualified_labels(self))  # "原進貨人" + "營業人名稱": the buyer's name
        self.labels.extend(section_qualified_labels(self))  # 一、客户信息 over 名称: the customer's
        self.labels.extend(party_row_labels(self))  # 购货单位 … 税号: the buyer's tax number
        self.labels.extend(signed_labels(self))  # "报告人陈述： … 签字： 李红": the reporter
        self.labels.extend(sign_off_row_labels(self))  # 批准 | 钟伟 | 仓库 | 罗丽: the warehouse's
        self.stoppers.update(category_captions(self))  # 外观 / 包装 under 不良数量
        letterhead_tax_id_labels(self)  # "Tax ID:" under the seller's name: the seller's
        self.labels = own_date_labels(self, _Label)  # 開立日期 beside 發票日期: the note's own date
        self.labels = part_description_labels(self, _Label)  # Material | … | Description: the part's
        self.labels.extend(sign_off_labels(self))  # "Received by | Henry Wu | Date | …": the receipt's
        self.labels.extend(group_date_labels(self))  # "D8 結案" over 2026/04/20: the closing date
        self.labels = party_column_labels(self)  # 纳税人识别号 under the buyer's 名称: the buyer's
        parties_untold(self)  # 統一編號 twice, neither by a party's name: whose is whose in doubt
        self.labels = column_words_in_blocks(self)  # 担当 under D3 暫定対策: the action's owner, not the team
        self.labels, self.no_field = lone_signers(self)  # 經手人 beside 主管: the clerk's, no manager's
        self.labels = checked_signers(self)  # 编制 / 审核 / 批准 on a return: 批准 approves, 审核 checked
        self.labels = group_signers_in_other_blocks(self)  # 品保主管 in D1's team: a member, no approver
        self.labels = numbers_decide(self, _Label)  # "D3 緊急對策" among D1 … D8: D3's, its name doubted
        self.lone_kept = frozenset(  # the form's one signature 經手人: its field's label (known)
            id(lab.box) for lab in self.labels if self.vocab.alone_only(lab.box.text, lab.key)
        )

    def worked_out(self, name: str, make: Callable[[], _T], version: int = 0) -> _T:
        """What ``make`` works out of the whole page, the same for every table of it (issue 15),
        made on the first question and kept with the page under ``name``: never in a module, so
        no other page — nor a list made later at the same address — is answered from it, and it
        goes with the page. The page's boxes and :attr:`bands` are made once and never changed;
        ``version`` is the size of what still grows while the page is read (the boxes reading
        as labels: ``len(self.stoppers)``, a set that is only added to): a new size, made again."""
        kept = self._worked.get(name)
        if kept is not None and kept[0] == version:
            return cast(_T, kept[1])
        out = make()
        self._worked[name] = (version, out)
        return out

    @property
    def bands(self) -> list[list[Box]]:
        """The page's boxes in bands (:func:`_bands`), made on the first question and kept in
        a name the page is given when it is made (never ``functools.cached_property``, which
        writes into the page's ``__dict__``: issue 15, see :class:`.boxes.Box`)."""
        made = self._bands_made
        if made is None:
            made = self._bands_made = printed_rows(self.boxes)
        return made

    def _glued_beside_value(self, box: Box, boxes: Sequence[Box], cols: tuple[Vocabulary, ...]) -> Box | None:
        """``Part No. (Rev.2) | AB-1203-X``: a label with a value-like tail in its cell
        (:func:`glued_label`) and a value in the next box to its right or below it (no label
        between): the tail qualifies the label (a revision, a code), the neighbour is the
        value. The label alone then (its cell remembered, so that the field read from it is
        warned: the tail may have been meant as the value); None when the cell is no glued
        label or nothing but a label or a blank stands beside it (the tail is the value)."""
        if not isinstance(box.value, str) or "\n" in box.value.strip():
            return None
        if any(is_label for _, is_label in _split_line(box.value.strip())):
            return None  # "Lot: L1": a colon parts them, the value is the cell's
        glued = glued_label(box.value)
        if glued is None:
            return None
        right = [b for b in boxes if b is not box and not b.empty and b.x0 >= box.x1 - 1 and box.same_band(b)]
        below = [
            b
            for b in boxes
            if b is not box
            and not b.empty
            and b.y0 >= box.y1 - 1
            and b.y0 - box.y1 < box.height
            and b.overlaps_x(box.x0, box.x1)
        ]
        near = [min(found, key=lambda b: (b.x0, b.y0)) for found in (right, below) if found]
        if not any(self._a_value(b, cols) for b in near):
            return None
        head = glued[0]
        label = Box(head, head, box.x0, box.y0, box.x1, box.y1, box.location, box.bold, box.filled)
        self.glued_tails[id(label)] = box
        return label

    def _a_value(self, box: Box, cols: tuple[Vocabulary, ...]) -> bool:
        """A box that holds a value, no label: a figure or a date, or a text that reads as
        no label and has no label in it (``AB-1203-X``, not ``Part name`` nor ``Lot: L1``)."""
        if not isinstance(box.value, str):
            return True
        text = box.value.strip()
        if glued_label(text) or any(
            is_label for line in text.split("\n") for _, is_label in _split_line(line)
        ):
            return False
        if any(_column_caption(cols, text[: m.start()]) for m in _SPACES.finditer(text)):
            return False  # "品名 燈條": a table's caption and its value printed as one text (a list item's)
        return not _text_reading(self.vocab, cols, box.text, _cued(box))[1]

    def _names(self, text: str, at: float = 0.0) -> float:
        """How well ``text`` names a field of the form or a column of one of its tables (asked
        twice of most label halves: once as the upper, once as the lower; told once a run); 0
        when only a score of ``at`` (0.85 or more) counts and none can reach it
        (:meth:`.Vocabulary.may_name`: the close matches are not looked for then, issue 15)."""
        known = self._named.get(text)
        if known is not None:
            return known
        vocabs = (self.vocab, *self.column_vocabs.values())
        if at >= 0.85 and not any(v.may_name(text, at) for v in vocabs):
            return 0.0
        found = [v.match(text) for v in vocabs]
        if len(self._named) >= _NAMES_KEPT:
            self._named.clear()  # (a run of many forms: the memory stays flat)
        known = self._named[text] = max((m[1] for m in found if m is not None), default=0.0)
        return known

    def option_captions(
        self, meta: FieldMeta, taken: set[int]
    ) -> tuple[str | None, list[tuple[dict[str, Any], dict[str, Box], Box]] | None]:
        """A table's main text column and its option captions (:func:`.steps.option_captions`)
        among the boxes not ``taken``: looked for once, though asked both when a header read is
        checked (:func:`_header_is_option_caption`) and when the table is read as free text."""
        columns = describe(meta.row_model)
        main = next((c for c, m in columns.items() if m.required and m.kind == "text"), None)
        if main is None:
            return None, None
        key = (meta.key, frozenset(taken))
        if key not in self._captions:
            self._captions[key] = option_captions(self, meta, columns, main, taken)
        return main, self._captions[key]

    def _page_head_label(self, box: Box, key: str) -> bool:
        """A label of the next page's head (``折讓單號：`` with its number, ``第 2 頁``) after
        ``（接下頁）``, not a line's label-like text (``折讓金額``, ``備註`` under 品名): a label
        ending in its colon, one parted from its value in one cell, a page's number, or another
        field's own label (``客戶名稱``)."""
        if not self.is_label(box):
            return False
        if _COLON_END.search(box.text) or id(box) in self.whole_of or PAGE_MARK.search(box.text):
            return True
        named = self.vocab.match(box.text)
        return named is not None and named[1] >= 0.85 and named[0].partition(".")[0] != key

    def _field_caption_left(self, band: Sequence[Box], wide: Sequence[Box], key: str) -> bool:
        """Under a table's lines, is the row's first text a label of another field of the form with
        its value in a cell across the columns (``Motivo / Reason of Return | Chave não abre…``,
        ``Reason of Return | Flicker after …``)? Then the lines have ended: such a row is the form's
        field under the table, never another line whose code is a label. Its label may be named
        less surely than a label that ends the lines alone (0.85): a half in a language we lack,
        a non-native wording (0.6 and up), as the value across the columns says it is no line: such a
        label need not look like one by its shape (``label_like``), nor be printed as the form's labels are."""
        first = min((b for b in band if not b.empty), key=lambda b: b.x0)
        if any(first is w for w in wide) or not isinstance(first.value, str) or _A_DIGIT.search(first.text):
            return False  # (a line's code has its figures: KT-220-B, never a label's words)
        named = self.vocab.match(first.text)
        return named is not None and named[1] >= 0.6 and named[0].partition(".")[0].partition("[")[0] != key

    def _totals_label(self, box: Box) -> bool:
        """A label of a totals field of the form (``Zonse pamodzi ndi VAT / Total incl. VAT``),
        read surely (0.8): under lines whose totals line stood above them, the lines' end."""
        if box.empty or not isinstance(box.value, str):
            return False
        named = self.vocab.match(box.text)
        meta = self.spec.fields.get(named[0]) if named is not None and named[1] >= 0.8 else None
        return meta is not None and meta.section == "totals"

    def _value_beside_in_cell(self, box: Box) -> bool:
        """Is ``box`` the caption of a cell split at its colon whose value follows it on the same
        line (``Root cause: fixture pin worn`` in one cell)? Such a label holds its value: the
        lines under it (``Why 1: …``) are not rows of a column it names."""
        cell = self.whole_of.get(id(box))
        if cell is None:
            return False
        return any(
            p is not box and not p.empty and p.x0 >= box.x1 - 1e-6 and p.same_band(box)
            for p in self._pieces_of().get(id(cell), ())
        )

    def _header_words(self, bands: list[list[Box]]) -> list[list[tuple[Box, tuple[str, float, str] | None]]]:
        """Each band's boxes that may name a table's column, whatever the table — a text with no
        figure or tick (a text with a number, or a tick, is a value), no caption holding its
        value in its cell (``Root cause: pin worn``: a label with its value) — each with what
        the form's vocabulary reads it as: the same for every table of the page, so sifted once
        a page, where each table sifted every box again (issue 15: an 8D has a dozen tables)."""
        return [
            [
                (b, self.vocab.match(b.text))
                for b in band
                if not b.empty
                and isinstance(b.value, str)
                and not (_figure_or_tick(b.text) and not _RATE_NAMED.match(b.text))
                and not self._value_beside_in_cell(b)
            ]
            for band in bands
        ]

    def _pieces_of(self) -> dict[int, list[Box]]:
        """id() of each cell split into pieces (:attr:`whole_of`) → its pieces among the page's
        boxes, in their order: listed once a page, not looked for among every box each time a
        table asks of a piece (issue 15)."""
        if self._pieces is None:
            self._pieces = {}
            for p in self.boxes:
                if (cell := self.whole_of.get(id(p))) is not None:
                    self._pieces.setdefault(id(cell), []).append(p)
        return self._pieces

    def _why_chain_concluded(
        self, meta: FieldMeta, boxes: Sequence[Box], text: str, taken: set[int]
    ) -> tuple[list[str], Box] | None:
        """A cause's block that is a why-chain only (``Why 1: clip deforms`` / ``Why 2: …``),
        with the line under it naming the table again (``Root cause: coil from new mill…``):
        the chain's answers, and that line's whole cell — the chain leads to the cause, it is
        not the cause. None when the block is no such chain or nothing concludes it."""
        lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
        whys = [m for ln in lines if (m := _WHY_LINE.match(ln))]
        if not lines or len(whys) != len(lines) or "why_chain" not in self.fields:
            return None
        bottom = max(b.y1 for b in boxes)
        height = max(b.height for b in boxes)
        under = [
            lab.box
            for lab in self.labels
            if lab.key == meta.key
            and lab.score >= 0.85
            and id(lab.box) not in taken
            and lab.box.y0 >= bottom - 1e-6
            and lab.box.y0 - bottom <= 1.5 * height
            and lab.box.x0 <= min(b.x1 for b in boxes)
            and lab.box.x1 >= min(b.x0 for b in boxes)
        ]
        if len(under) != 1:
            return None
        whole = self.whole_of.get(id(under[0]))
        if (
            whole is None
            or not isinstance(whole.value, str)
            or not whole.value.strip().startswith(under[0].text.strip())
        ):
            return None  # a heading of its own (its text under it), not a line concluding the chain
        pieces = self._pieces_of().get(id(whole), [])
        taken.update(id(b) for b in pieces)
        return [m["answer"].strip() for m in whys], whole

    def _why_chain(
        self,
        answers: list[str],
        place: Box,
        head: _Label,
        values: dict[str, Any],
        where: dict[str, str],
        provenance: dict[str, Provenance],
    ) -> None:
        """The why-chain's answers, one row each, where nothing else read the chain."""
        if values.get("why_chain"):
            return
        values["why_chain"] = [{"answer": a} for a in answers]
        for k in range(len(answers)):
            path = f"why_chain[{k}].answer"
            where[path] = place.location
            provenance[path] = Provenance(
                place.location, head.box.text, head.box.location, BLOCK_DOUBT * head.score, "section"
            )
        where.setdefault("why_chain", place.location)

    def _index_rows(self) -> None:
        """The boxes by their top, so that a row's boxes are found without a look at every box
        of the page (the reader asks for the boxes beside or under each label; issue 15)."""
        order = sorted(range(len(self.boxes)), key=lambda i: self.boxes[i].y0)
        self._by_top = order
        self._tops = [self.boxes[i].y0 for i in order]
        finite = all(math.isfinite(b.y0) and math.isfinite(b.y1) for b in self.boxes)
        # one unit of slack: a top within the tallest box's height of a row may still reach it
        self._tallest = max((b.y1 - b.y0 for b in self.boxes), default=0.0) + 1.0 if finite else None
        self._rows = {}
        # the few tall boxes (a text area over many rows) are looked at for every row; the
        # others by their top, within the tallest of them
        heights = sorted(b.y1 - b.y0 for b in self.boxes) if finite else []
        cut = 3 * heights[len(heights) // 2] if heights else 0.0
        self._tall = [i for i, b in enumerate(self.boxes) if b.y1 - b.y0 > cut]
        short = [i for i in order if self.boxes[i].y1 - self.boxes[i].y0 <= cut]
        self._short_by_top = short
        self._short_tops = [self.boxes[i].y0 for i in short]
        self._short_tallest = max((self.boxes[i].y1 - self.boxes[i].y0 for i in short), default=0.0) + 1.0

    def band_of(self, box: Box) -> list[Box]:
        """The boxes on ``box``'s row band (``same_band``), in page order; ``box`` itself too
        when it is one of the page's."""
        if self._by_top is None:
            self._index_rows()
        hit = self._rows.get(id(box))
        if hit is not None and hit[0] is box:
            return hit[1]
        if self._tallest is None:  # a rectangle without a finite height: look at every box
            row = [b for b in self.boxes if b.same_band(box)]
        else:
            # overlapping rows: top below box.y0 - the tallest height and above box.y1
            lo = bisect_left(self._short_tops, box.y0 - self._short_tallest)
            hi = bisect_left(self._short_tops, box.y1)
            boxes = self.boxes
            # Box.same_band, spelled out: it is asked ~20 times a label
            y0, y1, tall = box.y0, box.y1, max(box.y1 - box.y0, 1e-6)
            row = []
            for i in sorted(self._short_by_top[lo:hi] + self._tall):
                b = boxes[i]
                overlap = min(b.y1, y1) - max(b.y0, y0)
                if overlap > 0 and overlap >= 0.5 * min(max(b.y1 - b.y0, 1e-6), tall) - 1e-9:
                    row.append(b)
        self._rows[id(box)] = (box, row)
        return row

    def under(self, y: float, until: float | None = None) -> list[Box]:
        """The boxes whose top is at or below ``y`` (and above ``until``), in page order."""
        if self._by_top is None:
            self._index_rows()
        if self._tallest is None or self._by_top is None:
            return [b for b in self.boxes if b.y0 >= y and (until is None or b.y0 < until)]
        boxes, tops = self.boxes, self._tops
        hi = len(tops) if until is None else bisect_left(tops, until)
        return [boxes[i] for i in sorted(self._by_top[bisect_left(tops, y) : hi])]

    def rising(self, y: float) -> list[Box]:
        """The boxes whose top is at or below ``y``, top to bottom (in page order where the
        page has a rectangle without a finite height)."""
        if self._by_top is None:
            self._index_rows()
        if self._tallest is None or self._by_top is None:
            return [b for b in self.boxes if b.y0 >= y]
        boxes = self.boxes
        return [boxes[i] for i in self._by_top[bisect_left(self._tops, y) :]]

    def sections(self) -> dict[int, str]:
        """Label box → the group whose heading stands over it (its block runs down to the next
        heading in the same columns): "签名 / 日期" under 跟踪验证 belong to the closure."""
        groups = {k for k, m in self.spec.fields.items() if m.kind == "group"}
        headings = [
            (lab.box, lab.key)
            for lab in self.labels
            if lab.score >= 0.85
            and (lab.key in groups or self.spec.fields.get(lab.key, None) is not None)
            and (
                lab.key in groups
                or self.spec.fields[lab.key].kind in ("table", "group")
                or self.fields[lab.key].long
            )
        ]
        ends: dict[int, float] = {}
        for h, k in headings:
            # the block ends at a label of a field outside the group (or the next heading)
            below = (
                b.y0
                for b in self.rising(h.y0 + 1e-6)
                if b.y0 > h.y0 + 1e-6
                and isinstance(b.value, str)
                and b.overlaps_x(h.x0, h.x1)
                and not b.same_band(h)
                and (m := self.vocab.match(b.text)) is not None
                and m[1] >= 0.85
                and m[0] != k
                and not m[0].startswith(k + ".")
            )
            # top to bottom, the first such label is the nearest (page order: the least top)
            ends[id(h)] = (
                next(below, float("inf")) if self._tallest is not None else min(below, default=float("inf"))
            )
        out: dict[int, str] = {}
        for lab in self.labels:
            box = lab.box
            above = [
                (h, k)
                for h, k in headings
                if h is not box
                and h.y0 <= box.y0 + 1e-6
                and box.y0 < ends[id(h)] - 1e-6
                and h.overlaps_x(box.x0, box.x1)
                and not h.same_band(box)
            ]
            if above:
                h, k = max(above, key=lambda hk: hk[0].y0)
                if k in groups:
                    out[id(box)] = k
        return out

    def header_row(self, label: Box) -> bool:
        """Does the label stand in a row of labels only (a table's header)?"""
        row = [b for b in self.band_of(label) if b is not label and not b.empty]
        labels = [b for b in row if self.is_label(b)]
        return len(labels) >= 2 and len(labels) == len(row)

    def labels_row(self, label: Box) -> list[Box]:
        """The filled boxes of ``label``'s row when it is a header row of five columns at least,
        three in four of them labels (a system's export: some headers are no field of ours);
        else none."""
        row = [b for b in self.band_of(label) if not b.empty]
        if len(row) < 5 or 4 * sum(1 for b in row if self.is_label(b)) < 3 * len(row):
            return []
        return row

    def header_of_export(self, label: Box, beside: Box) -> bool:
        """Does ``beside``, right of ``label``, head a column of the same header row as it — a
        system's export (钉钉: ``审批编号 | 标题 | 审批状态 …`` over one row of values) printed
        without a styled header? The row is the page's first, holds labels mostly
        (:meth:`labels_row`), and the band under it has a value under the label and under ``beside`` alike:
        ``beside`` is the next column's header, not the label's value."""
        row = self.labels_row(label)
        if not row or _FIGURE_IN.search(beside.text):
            return False
        top = min(b.y0 for b in row)
        if any(not b.empty and b.y1 <= top + 1e-6 for b in self.boxes):
            return False  # an export starts with its header row: a form's grid has more above it
        bottom = max(b.y1 for b in row)
        until = bottom + 1.5 * max(b.height for b in row)
        under = [b for b in self.under(bottom - 1e-6, until) if not b.empty and b.y0 >= bottom - 1e-6]

        def heads(box: Box) -> bool:
            return any(min(b.x1, box.x1) - max(b.x0, box.x0) > 0.5 * (box.x1 - box.x0) for b in under)

        return heads(label) and heads(beside) and sum(1 for b in row if heads(b)) * 4 >= len(row) * 3

    def next_column_caption(self, label: Box, beside: Box) -> bool:
        """Does ``beside``, right of ``label`` on its line, caption the next column rather than
        answer the label — the label heads a column (right under it a value, no label), nothing
        stands under ``beside``, and ``beside`` is a short word with no figure? (``Description |
        사진`` over the 5W2H answers: 사진, the photo column, is empty below.) Said, not dropped:
        the value is read as before, its confidence under the reader's (a low_confidence warning)."""
        text = beside.text.strip()
        if not text or len(text) > 6 or _FIGURE_IN.search(text) or not beside.same_band(label):
            return False
        # (the rows right under the label's: a photo's frame merged down beside them holds only its caption)
        bottom = label.y1
        under = [b for b in self.under(bottom - 1e-6, bottom + 1.5 * label.height) if b.y0 >= bottom - 1e-6]

        def filled_under(box: Box) -> list[Box]:
            width = 0.5 * (box.x1 - box.x0)
            return [b for b in under if not b.empty and min(b.x1, box.x1) - max(b.x0, box.x0) > width]

        heads = filled_under(label)
        return bool(heads) and not any(self.is_label(b) for b in heads) and not filled_under(beside)

    def wrapped_under(self, label: Box, first: list[Box]) -> list[Box]:
        """The lines a value under a header wrapped onto, in a print without rules: a band right
        under the value's, set as tight as a cell's lines, whose boxes each start where one of
        the value's band starts — fewer of them than that band holds (only the cells that
        wrapped go on: the next record fills its row); the boxes of it under ``first``. None
        outside a header row (:meth:`header_row`, :meth:`header_of_export`)."""
        if len(first) != 1 or not self.labels_row(label):
            return []
        value = first[0]
        band = [b for b in self.band_of(value) if not b.empty]
        height = value.height
        nxt = [
            b
            for b in self.under(value.y1 - 0.3 * height, value.y1 + 0.6 * height)
            if not b.empty and b.y0 >= value.y1 - 0.3 * height and b not in band
        ]
        if (
            "!" in value.location  # a sheet's cell wraps inside itself: only a print parts its lines
            or not nxt
            or len(nxt) >= len(band)
            or any(self.is_label(b) or self.known(b) or label_like(b.text) for b in nxt)
        ):
            return []
        if not all(any(abs(b.x0 - a.x0) <= 0.3 * height for a in band) for b in nxt):
            return []
        return [b for b in nxt if abs(b.x0 - value.x0) <= 0.3 * height]

    def paragraph_goes_on(self, head: Box, text: Box) -> list[Box]:
        """The next line of a paragraph that begins with its label (``Description of the problem:
        On priming, … The sets were`` over ``replaced before use; no patient was harmed.``, a
        letter's lines wrapped at the margin): when the label and its text are one line cut at
        its colon (:attr:`whole_of`) and the text's sentence runs on (:data:`_SENTENCE_RUNS_ON`,
        or a comma, a joining word), the line right under, starting where the label starts and
        going on in lower case, no label, nothing on its left. Was: the text's first line only,
        its end lost."""
        if self.whole_of.get(id(text)) is None or self.whole_of.get(id(text)) is not self.whole_of.get(
            id(head)
        ):
            return []
        words = str(text.value or "").rstrip()
        if not (_SENTENCE_RUNS_ON.search(words) or _VALUE_UNFINISHED.search(words)):
            return []
        line = max(text.height, 1e-6)
        under = [
            b
            for b in self.under(text.y1 - 0.3 * line, text.y1 + 0.8 * line)
            if not b.empty and b is not text and b.y0 >= text.y1 - 0.3 * line
        ]
        if len(under) != 1 or abs(under[0].x0 - head.x0) > max(1.0, 0.5 * line) or self.is_label(under[0]):
            return []
        return under if _GOES_ON_LOWER.match(str(under[0].value or "")) else []

    def cell_lines_under(self, head: Box, first: list[Box], taken: set[int]) -> list[Box]:
        """The other lines of the cell beside a heading, in a print (``Measured on 5 samples.``
        beside ``D4``, ``Hole diameter …`` and ``Boss height …`` under it in the same cell): the
        bands right under the text, each as tight as a cell's lines, its boxes under the text
        and nothing left of it (the next row's heading ends the cell), no label among them.
        Was: the first line only, the others lost without a word. A sheet's cell holds all its
        lines itself: none."""
        text = [b for b in first if not b.empty and b.same_band(head)]
        if not text or any("!" in b.location for b in text):
            return []
        left, right = min(b.x0 for b in text), max(b.x1 for b in text)
        bottom, height = max(b.y1 for b in text), min(b.height for b in text)
        out: list[Box] = []
        last = text[-1]
        for band in printed_rows([b for b in self.under(bottom - 0.3 * height) if not b.empty]):
            if band[0].y0 - bottom > 0.6 * height and not self._page_turned(last, bottom, band[0]):
                break  # (a gap wider than a cell's line spacing: the next row's)
            if any(b.x0 < left - 0.5 * height or self.is_label(b) or id(b) in taken for b in band):
                break  # the next row's heading (or a field of its own) beside or in the band
            if any(b.x0 > right + 2.0 * height for b in band):
                break  # (a box far right of the text: another column's, no line of this cell)
            out += band
            bottom = max(b.y1 for b in band)
            last = band[-1]
        return out

    def _page_turned(self, last: Box, bottom: float, first: Box) -> bool:
        """Does a cell's text go on over a page break: ``last`` (its line ending at ``bottom``)
        the last word of its page, ``first`` the first word of the next page? A print cuts a tall
        cell there (``④ …`` and ``⑤ …`` of a list the page ended after ``③``): its lines run on,
        the gap between them no row's end."""
        page = page_number(last.location)
        if not page or page_number(first.location) != page + 1:
            return False
        return not any(
            not b.empty
            and (
                (page_number(b.location) == page and b.y0 >= bottom - 1e-6)
                or (page_number(b.location) == page + 1 and b.y1 <= first.y0 + 1e-6)
            )
            for b in self.boxes
        )

    def known(self, box: Box, columns: bool = True) -> bool:
        """A label of this form (a field's, a table column's — unless not ``columns`` —, a
        heading): it is the form's own even where its field is empty."""
        found = self.vocab.match(box.text)
        if found and self.vocab.alone_only(box.text, found[0]) and id(box) not in self.lone_kept:
            # 經辦 beside 總經理: the clerk's, no field's (:attr:`no_field`, never said unread); the
            # form's one signature a field's label — :func:`.compound.lone_signers` decided which
            found = None
        if (
            (found and found[1] >= 0.6)
            or (columns and self._is_column(box.text))
            or norm(box.text) in _printed_texts()
        ):
            return True
        if _control_line(box.text):
            return True
        return label_key(box.text) in self.heading_keys or bool(_HEADING.match(halfwidth(box.text)))

    def known_loosely(self, box: Box) -> bool:
        """A label :meth:`known` only loosely: as a column of one of the form's tables (``Código /
        Code`` for a penalties table's Code, standing beside its value with no table under it), or
        by a reading of the form's vocabulary below :data:`.value_cues.SURE_LABEL` (a known label
        inside it, a close match) — never a heading, a control line, a text the form prints, a
        label of ours read surely, nor a table's own label whole with a head word (its lines'
        attribute: head_words.own_label_and_head). Such a label, where no field took it, is the head-word rule's
        too (head_words.py: a label of the form's own is never guessed)."""
        text = box.text
        if norm(text) in _printed_texts() or _control_line(text):
            return False
        if label_key(text) in self.heading_keys or _HEADING.match(halfwidth(text)):
            return False
        found = self.vocab.match(text)
        if found is None:
            return True
        # ``Effectiveness check by``: D6's own label and a head (0.72), a word of that table's lines —
        # their checker — never another field's by its head word: left unread as before. A field of
        # one value has no such words (``Issued by`` holds the issue date's label: its issuer is
        # another field's, the head word's to find)
        meta = self.fields.get(found[0])
        own = meta is not None and meta.kind in ("table", "group") and own_label_and_head(text, found[2])
        return found[1] < SURE_LABEL and not own

    def _is_column(self, text: str) -> bool:
        if sign_alone(text):
            return False  # (as in _text_reading: a sign alone is no label outside a header row)
        return any(
            v.may_name(text) and (m := v.match(text)) and m[1] >= 0.85 for v in self.column_vocabs.values()
        )

    def is_label(self, box: Box) -> bool:
        return id(box) in self.stoppers

    def heads_column(self, box: Box) -> bool:
        """Does ``box`` read as a column's header: a label of the form or label-like text
        (:func:`.table_lines.until_next_column`)?"""
        return self.is_label(box) or (isinstance(box.value, str) and label_like(box.text))

    # ------------------------------------------------------------------ ordinary fields
    def right_of(self, label: Box) -> tuple[list[Box], Box | None]:
        """(boxes up to the next label, that label) on the label's row band."""
        right = label.x1 - 1e-6
        row = sorted(
            (
                b
                for b in self.band_of(label)
                if (b.x0 >= right or _typed_over(label, b, self.hair)) and b is not label
            ),
            key=lambda b: (b.x0, b.y0),
        )
        out: list[Box] = []
        for i, box in enumerate(row):
            if self.is_label(box):
                # beside a tall label: an instruction line over the text area, both right of it
                stacked = [b for b in row[i + 1 :] if abs(b.x0 - box.x0) < 1e-6 and b.y0 >= box.y1 - 1e-6]
                if stacked and label.height > 1.5 * box.height:
                    continue
                return out, box
            out.append(box)
        return out, None

    def _name_after_account(self, filled: list[Box], right: list[Box]) -> list[Box]:
        """``Customer | 100234 | Helios Medical Devices Inc.``: a system prints the party's account
        number and its name side by side after one caption; the party is the name (the number is
        no name). Anything else right of the label is kept as it was found."""
        if len(filled) != 1 or not _ACCOUNT_CODE.fullmatch(filled[0].text.strip()):
            return filled
        after = [b for b in right if not b.empty and b.x0 >= filled[0].x1 - 1e-6 and b.same_band(filled[0])]
        if not after or self.is_label(after[0]) or label_like(after[0].text):
            return filled
        return [after[0]] if _A_WORD.search(after[0].text) else filled

    def below(self, label: Box, x_end: float | None, long: bool) -> list[Box]:
        """Boxes under the label: its first band, or for a text area every band to the next label."""
        x0 = label.x0
        x1 = x_end if (long and x_end is not None) else (float("inf") if long else label.x1)
        # an ordinary field takes one band, no farther than a row's height under the label: the
        # boxes whose top is more than the tallest box lower than that cannot change which
        until = None
        if self._by_top is None:
            self._index_rows()
        if not long and self._tallest is not None:
            until = label.y1 + 1.5 * label.height + self._tallest + 1.0
        under = [b for b in self.under(label.y1 - 1e-6, until) if min(b.x1, x1) - max(b.x0, x0) > 1e-9]
        if long and x_end is None:
            under = beside_text_area(self, label, under)
        own = norm(label.text) if long else ""
        # (a text area's heading naming two things, ``不合格事实陈述及发生部门``: the clerk's
        # ``发生部门：装订车间`` line in it is the answer's own, no label ending the text)
        stops = [b.y0 for b in under if self.is_label(b) and not _named_by(own, b.text)]
        y_stop = min(stops) if stops else float("inf")
        under = [b for b in under if b.y0 < y_stop - 1e-6]
        bands = printed_rows(under)
        if not long:
            # only the band right under the label, no farther than a row's height
            bands = [bd for bd in bands[:1] if bd[0].y0 - label.y1 <= 1.5 * label.height]
            return [b for bd in bands for b in bd if b.overlaps_x(label.x0, label.x1)]
        # a text area: its lines run on until an empty row or a gap wider than a line
        kept: list[list[Box]] = []
        bottom, height = label.y1, label.height
        left = label.x0
        for band in bands:
            filled = [b for b in band if not b.empty]
            if kept and any(not b.empty for bd in kept for b in bd):
                if not filled and all(b.y1 <= bottom + 1e-6 for b in band):
                    continue  # blank cells beside a merged text cell, within its rows: no empty row
                if not filled or min(b.y0 for b in filled) - bottom > 1.5 * height:
                    break
                if min(b.x0 for b in filled) < left - 0.5 * label.height:
                    break  # a box reaching out left of the text area: the next block's caption
                if captioned_on_left(self, filled):
                    break  # "What | …" under the heading's text: another field's answer
            if filled:
                left = min(left, *(b.x0 for b in filled))
            kept.append(band)
            if filled:
                bottom = max(b.y1 for b in filled)
                height = min(b.height for b in filled)
        return [b for bd in kept for b in bd]

    def _marked_rows_after(self, label: Box, first: list[Box]) -> list[Box]:
        """The rows of boxed options that go on under the first one below ``label`` (``☑ PFMEA
        ☐ Control Plan`` over ``☐ Work Instruction ☑ Inspection Std.``): one list of choices,
        every row of it read, each row touching the last and holding a box in every other cell
        at least, up to a label or a row without boxes."""
        if not _marked_row(first):
            return []
        out: list[Box] = []
        bottom, height = max(b.y1 for b in first), min(b.height for b in first)
        while True:
            band = [
                b
                for b in self.under(bottom - 1e-6, bottom + 1.5 * height)
                if b.y0 >= bottom - 1e-6 and b.overlaps_x(label.x0, label.x1) and not b.empty
            ]
            band = printed_rows(band)[0] if band else []
            if not band or band[0].y0 - bottom > 0.5 * height or not _marked_row(band):
                return out
            if any(self.is_label(b) and not _ANY_MARK.search(b.text) for b in band):
                return out
            out += band
            bottom = max(b.y1 for b in band)

    def numbers_rows_under(self, label: Box) -> bool:
        """Does the column under ``label`` count the rows under it, 1, 2, 3 … (two rows at least:
        :func:`.table_lines.counts_lines`) in a row of captions (labels, or short words without a
        figure: a table's header)? Then it is the rows' number (序号), never a field's value."""
        near = self.under(label.y1 - 1e-6, label.y1 + 2 * label.height)
        if not any(
            not b.empty and b.overlaps_x(label.x0, label.x1) and _ROW_NUMBER.fullmatch(b.text.strip())
            for b in near
        ):
            return False  # (most labels: no whole number right under them)
        others = [b for b in self.band_of(label) if b is not label and not b.empty]
        if not others or not all(self.is_label(b) or caption_shaped(b.text) for b in others):
            return False  # a row of captions (a table's header), not a label with its value beside
        bands = [band for band in self.bands if min(b.y0 for b in band) >= label.y1 - 1e-6]
        numbers = [b for band in bands[:2] for b in band if not b.empty and b.overlaps_x(label.x0, label.x1)]
        return len(numbers) >= 2 and counts_lines(label, bands)

    def _labelled_elsewhere(self, lab: _Label, key: str) -> bool:
        """Does a label of another box on the page name ``key``'s field (编码 beside 机型)?"""
        return any(other.key == key and other.box is not lab.box for other in self.labels)

    def candidates(self, lab: _Label, meta: FieldMeta, index: int) -> list[_Candidate]:
        """The places a label's value may stand: right of it, else below it."""
        out: list[_Candidate] = []
        order = (lab.box.y0, lab.box.x0, index)
        if self.numbers_rows_under(lab.box):
            # "Serial No. | 不良现象 | 数量" over 1, 2, 3: the caption of the column numbering the table's
            # rows (序号), whatever it says — no field's label, its value no field's
            return out

        def offer(value: Any, places: list[Box], how: str, weight: float) -> None:
            whole, value = value, self._slash_share(lab, value)
            fit, flags = _fit(meta, value)
            fit *= code_only_fit(  # 机型 over a code or a name
                self.fields, lab.box.text, meta, value, lambda key: self._labelled_elsewhere(lab, key)
            )
            if value is not whole:
                flags = (*flags, "share")  # its cell shared with the label's other fields
            out.append(
                _Candidate(lab.score * weight * fit, lab.key, value, places, lab.box, how, order, flags)
            )

        right, next_label = self.right_of(lab.box)
        filled = _first_run([b for b in right if not b.empty])
        if filled and party_field(meta):
            filled = self._name_after_account(filled, right)
        more = []
        risen = False  # the value's first lines read over it (lines_over)
        cut: list[Box] = []  # the rows the value goes on in after an ellipsis (continued_below)
        if meta.long and len(filled) == 1:
            more = numbered_below(self, filled[0])  # "1. …" / "2. …" of one cell printed as two rows
            cut = [] if more else continued_below(self, filled[0])
            cut = cut or ([] if more else self.paragraph_goes_on(lab.box, filled[0]))
            if not more and (over := lines_over(self, lab.box, filled[0])):
                # a text bottom-aligned in a cell merged over several rows: its first lines
                # printed above the label's line, the label beside the last
                filled, risen = [*over, *filled], True
        grid = self._options_marked(lab.box, meta)
        if grid is not None:
            # "Rework | Scrap | Replace" over "X | X": the marked ones; none marked, no answer
            # (the first printed option is the list of choices, not the clerk's)
            # (an option told by its own cell's fill — the clerk's highlight, or a template's shading
            # of one option: not as sure as a mark, said)
            highlighted = bool(grid[0]) and all(b.same_band(lab.box) for b in grid[1])
            how = "options-marked" if grid[0] else "options-unmarked"
            offer(grid[0] or None, grid[1], how, 0.75 if highlighted else 1.0)
            filled, next_label = [], None
        elif filled:
            # the nearer the value, the surer: an empty cell or two between is usual
            gap = sum(1 for b in right if b.x1 <= filled[0].x0)  # empty boxes between label and value
            weight = 1.0 if gap <= 3 else 0.85
            stacked = [b for b in right if not b.empty and b is not filled[0] and not b.same_band(filled[0])]
            if stacked:
                weight *= 0.75  # beside a tall label, several answers one above the other: which?
                if any(
                    self.is_label(b) and _asked_over(b, filled[0], self.hair) for b in self.band_of(lab.box)
                ):
                    # WHAT | "What is the product ID?" over its answer, "What is the defect?"
                    # over its own: each answer is its question's, the section's only at a guess
                    weight *= 0.7
            if _QUESTION_THEN_ANSWER.match(filled[0].text):
                # WHAT | "What is the product ID? HX-BRK-3307": a question printed with its answer
                # in one box (one border round both): the answer is the question's, not the W's
                weight *= 0.5
            if not meta.long and filled[0].height > 2.5 * lab.box.height:
                weight *= 0.75  # a box spanning many rows beside a one-row label: another block
            if meta.long and under_other_heading(self, lab.box, filled[0]):
                weight *= 0.5  # the text block of another heading, reaching down beside this label
            if self._captioned(lab.box) is not None and self._bare_label_left(lab.box):
                weight *= 0.8  # "批准 | 主管：周敏": a title under the printed label, not a label
            if self.header_of_export(lab.box, filled[0]):
                weight *= 0.5  # 审批编号 | 标题 over a row of values: the next column's header
            pieces = date_in_cells(right) if meta.kind == "date" else None
            if pieces is not None:  # "2026 年 | 9 月 | 30 日": a date typed over three cells
                offer(pieces[0], pieces[1], "label-right", weight)
            elif cut:  # "…拉力測試" / "…未達規格下限 30N": one text cut over two rows
                offer(joined_after_ellipses([*filled, *cut]), [*filled, *cut], "label-right", weight)
            elif more or risen:
                value = "\n".join(str(b.value).strip() for b in [*filled, *more])  # (one a line)
                offer(value, [*filled, *more], "label-right", weight)
            elif meta.kind == "money" and one_per_box(filled):
                amount = digit_boxes(filled, self.place_over)
                if amount is not None:  # 十万 … 元 角 分 over one digit a box: 角 and 分 the decimals
                    offer(str(amount), filled, "label-right", weight)
                # (no places printed over them: which box is the 元 cannot be told, never joined)
            else:
                offer(_joined(filled), filled, "label-right", weight)
            if self.next_column_caption(lab.box, filled[0]):
                out[-1].flags = (*out[-1].flags, "next_caption")  # Description | 사진: said to the clerk
            if meta.kind in ("text", "code") and (
                another_fields_label(self.labels, filled[0], lab.key, self.vocab.match)
                or (person_field(meta) and sign_off_caption(filled[0].text))
            ):
                out[-1].score *= 0.6  # "核准 | 倉管簽收": the next sign-off's title, not a name
                out[-1].flags = (*out[-1].flags, "label_like")
        elif next_label is not None and (whole := self._prefixed_answer(lab, next_label)) is not None:
            # "检验原因 | 产线退料：总装时发现…": the answer's own words before a colon, not a label
            offer(whole, [next_label], "label-right", 0.85)
        elif next_label is not None and (captioned := self._captioned(next_label)) is not None:
            # "批准 | 质量部部长/主管：周敏": the signer's title inside the answer's own cell
            offer(captioned.value, [captioned], "label-right-captioned", 0.85)
        elif next_label is not None and norm(lab.box.text) not in BESIDE_ONLY:
            # the next box reads as a label: it may still be the answer ("Customer"), when no
            # field takes it as its label (decided after the others, see read_boxes); a
            # beside-only label (對策) before another label heads a table's column
            offer(next_label.value, [next_label], "label-right", 0.9)
            if not _is_option(meta, next_label.value):
                out[-1].flags = ("label_like", "deferred")
        x_end = next_label.x0 if next_label is not None else None
        under = [] if norm(lab.box.text) in BESIDE_ONLY else self.below(lab.box, x_end, meta.long)
        under_filled = [b for b in under if not b.empty]
        if meta.long and out and under_filled and out[0].how == "label-right":
            short = len(str(out[0].value).strip()) <= 6
            if short and len(str(_text_block(under)).strip()) > 20:
                out[0].score *= 0.7  # a text area's answer is the text under it, not a name beside
        if not under_filled and not filled and meta.kind == "bool":
            answer = yes_no_under(self, lab.box)
            if answer is not None:  # "Safety Relevant" over "No": the answer, though "No." is a label
                offer(answer.value, [answer], "label-below", 0.85)
        if under_filled and meta.kind == "terms" and not meta.long:
            under = [*under, *self._marked_rows_after(lab.box, under_filled)]  # ☑ PFMEA … on two rows
            under_filled = [b for b in under if not b.empty]
        if under_filled and not meta.long and (tail := self.wrapped_under(lab.box, under_filled)):
            # 2026112009300 / 00418253 under 审批编号 in an unruled print: the value wrapped in its cell
            under = under_filled = [*under_filled, *tail]
            value = wrap_joined(under_filled)
            weight = 0.7 if filled else 0.95
            offer(value, under_filled, "label-below", weight)
            under_filled = []
        if under_filled:
            value = _text_block(under) if meta.long else _joined(under)
            weight = 0.95 if (meta.long or not filled) else 0.7
            if own_cell_value(lab.box, under_filled[0], self.whole_of):
                # a caption at the top of its ruled box, the value under it: the box's own value,
                # never the next box's ("Customer | Customer Tax ID 9132…" beside it)
                weight = 1.0
                for c in out:
                    c.score *= 0.6 if c.how.startswith("label-right") else 1.0
            if meta.long and max(b.x1 - b.x0 for b in under_filled) < 1.5 * (lab.box.x1 - lab.box.x0):
                weight *= 0.8  # a text area is wide; a cell as narrow as its label is something else
            if self.header_row(lab.box):
                weight *= 0.75  # a column of a table we do not know: its first cell, at best
            if (
                meta.kind == "date"
                and len(under_filled) == 1
                and dates_in_column_under(under_filled[0], self.boxes) >= 2
            ):
                # "return-date" over a date on each line's row: the caption heads the lines' column, the
                # date under it one row's; a label of the field beside a date of its own ("Date | 2026-03-24"
                # in the header) is the form's (the guard still says so when no other label stands)
                weight *= 0.6
            offer(value, under_filled, "label-below", weight)
        if meta.kind == "terms":
            named, places = self._options_named_below(lab.box, meta)
            if named:  # "1. FMEA update: …", "3. SOP / Work instruction: …" under Preventive Action
                out.append(
                    _Candidate(lab.score * 0.7, lab.key, named, places, lab.box, "options-named", order)
                )
        over = value_over_caption(self, lab.box)
        if over is not None:  # a caption printed under its line: the line's value is the answer
            for c in out:
                c.score *= 0.5
            offer(_text_block([over]) if meta.long else _joined([over]), [over], "label-under", 1.0)
        if all("deferred" in c.flags for c in out):
            expected = right[0] if right else (under[0] if under else lab.box)
            out.append(_Candidate(lab.score * 0.01, lab.key, None, [expected], lab.box, "label", order))
        return out

    def _options_marked(self, label: Box, meta: FieldMeta) -> tuple[Any, list[Box]] | None:
        """The options printed in a row right of ``label`` with marks under the chosen ones."""
        if meta.kind not in ("term", "terms"):
            return None
        row = sorted(
            (b for b in self.band_of(label) if b.x0 >= label.x1 - 1e-6 and b is not label), key=lambda b: b.x0
        )
        return options_marked_under(self, row, meta)

    def _options_named_below(self, label: Box, meta: FieldMeta) -> tuple[list[str], list[Box]]:
        """The options a list of lines under ``label`` names at their start ("1. FMEA update:",
        "2. Control Plan revision:"), down to the next discipline heading or another field's label."""
        if meta.term is None:
            return [], []
        words = {
            m.value: [w for w in (m.zh.lower(), m.en.lower(), m.value, *m.words) if len(w) >= 2]
            for m in meta.term
        }
        found: list[str] = []
        places: list[Box] = []
        under = sorted(
            (b for b in self.boxes if b.y0 >= label.y1 - 1e-6 and b.overlaps_x(label.x0, label.x1)),
            key=lambda b: (b.y0, b.x0),
        )
        for box in under:
            if box.empty or not isinstance(box.value, str):
                continue
            if _next_discipline(box.text) or ((m := self.vocab.match(box.text)) and m[1] >= 0.85):
                break
            head = re.split(r"[:：]", ENUMERATOR.sub("", halfwidth(box.text)).strip())[0].lower()
            folded = re.sub(r"\s+", "", head)
            for value, names in words.items():
                hit = any(_named_apart(head, w) or folded.startswith(w) for w in names)
                if hit and value not in found:
                    found.append(value)
                    places.append(box)
        return found, places

    def _slash_share(self, lab: _Label, value: Any) -> Any:
        """A label naming two things ("品名/料号", "Part name / Part no.") over a value of as
        many parts ("线束总成 / WH-2231-K"): this field's share (:func:`slash_share`)."""
        return slash_share(self.vocab, self.spec, lab.key, lab.box.text, value)

    def place_over(self, box: Box) -> int | None:
        """The place (:func:`.boxes.place_of`) printed over ``box`` in its column: the nearest
        box above it that is no digit or sign written one per box."""
        middle = (box.x0 + box.x1) / 2
        above = [b for b in self.boxes if b.y1 <= box.y0 + 1e-6 and b.x0 <= middle <= b.x1 and not b.empty]
        for b in sorted(above, key=lambda b: -b.y1):
            text = halfwidth(b.text).strip()
            if not (len(text) == 1 and (text.isdigit() or text in "¥$€£")):
                return place_of(text)
        return None

    def _bare_label_left(self, box: Box) -> bool:
        """Is the nearest box left of ``box`` (in another cell) a label without a value?"""
        left = [b for b in self.band_of(box) if b is not box and b.x1 <= box.x0 + 1e-6 and not b.empty]
        if not left:
            return False
        near = max(left, key=lambda b: b.x1)
        return near.location != box.location and self.is_label(near)

    def _prefixed_answer(self, lab: _Label, piece: Box) -> str | None:
        """The whole cell right of a label, when the cell was split at a colon whose text
        before it is no label anyone prints (``产线退料：总装时…``): the answer as typed."""
        if not isinstance(piece.value, str) or not _COLON.search(piece.text.strip()[-1:]):
            return None
        head = _COLON.sub("", piece.text).strip()
        if not head or label_like(head) or self.known(piece) or piece.location == lab.box.location:
            return None
        parts = sorted(
            (b for b in self.boxes if b.location == piece.location and not b.empty and b.same_band(piece)),
            key=lambda b: b.x0,
        )
        if len(parts) < 2 or parts[0] is not piece:
            return None
        return "".join(str(b.value).strip() for b in parts)

    def _captioned(self, caption: Box) -> Box | None:
        """The value after ``caption`` inside the caption's own cell ("主管：周敏"), when the
        caption ends with a colon and the value is a short text of its own (a name)."""
        if not isinstance(caption.value, str) or not _COLON.search(caption.value.strip()[-1:]):
            return None
        after = sorted(
            (
                b
                for b in self.band_of(caption)
                if b is not caption and b.location == caption.location and b.x0 >= caption.x1 - 1e-6
            ),
            key=lambda b: b.x0,
        )
        if not after or after[0].empty or self.is_label(after[0]) or not isinstance(after[0].value, str):
            return None
        value = after[0].value.strip()
        return after[0] if 0 < len(value) <= 20 and not re.search(r"\d", value) else None

    # ------------------------------------------------------------------ tables
    def table(
        self,
        meta: FieldMeta,
        values: dict[str, Any],
        where: Locations,
        used: set[int],
        taken: set[int],
        provenance: dict[str, Provenance],
    ) -> bool:
        columns = describe(meta.row_model)
        vocab = self.column_vocabs[meta.key]
        bands = self.bands
        # two header words a print ran together ("Cantidad Precio unitario"): a box each
        # (only the page's bands holding a word that may be parted: the others stay as they are)
        joinable = self.worked_out("joinable bands", lambda: joinable_bands(self.bands))
        joined = {i: joined_headers(bands[i], vocab, columns, at) for i, at in joinable.items()}
        parted = any(len(band) != len(bands[i]) for i, band in joined.items())
        if parted:
            bands = [joined.get(i, band) for i, band in enumerate(bands)]

        def page_wide(name: str, make: Callable[[list[list[Box]]], _T]) -> _T:
            """``make`` of the bands: the page's own, worked out once a page; parted, for this table."""
            return make(bands) if parted else self.worked_out(name, lambda: make(self.bands))

        if self._listed(meta, bands, values, where, taken, provenance):
            return True  # "1. 料號 HL-5101 品名 燈條 核准 240 …": a numbered list, a line an item

        hits: dict[int, dict[str, tuple[Box, float]]] = {}
        shared: set[int] = set()
        sifted = page_wide("header words", self._header_words)
        for i, band in enumerate(bands):
            may_head = sifted[i]
            if i in used:
                band = shared_header(band, taken)  # the columns another table left on its row
                shared.add(i)
                may_head = [(b, top) for b, top in may_head if id(b) not in taken] if band else []
            for box, top in may_head:
                column = vocab.match(box.text)
                if column is None or column[1] < 0.6:
                    continue  # no column of this table at all: none of the looks below can make it one
                if _other_discipline_heading(box.text, meta):
                    continue  # "D6 Verification": the next discipline's heading, not a column of D5's table
                if top is not None and top[0] == meta.key and _answer_beside(box, band):
                    # the table's own heading with its answer beside it on its line (``D5 Corrective
                    # action | Insertion force and depth monitored in-line.``): a label with its
                    # value, never a header over the rows under it (another table's, there). A
                    # column's name with a text beside it (``角色`` beside D2's sentence) is not this
                    continue
                if _sign_names_none(box, band, vocab):
                    continue  # "¥ | ¥" over the price and the amount, "¥ | 金额", "合计 | ¥ | 8 | 2 | 7"
                found = priced_column(column, box.text, columns)
                if found and columns[found[0]].kind == "text" and numbering_under(box, bands, i):
                    continue  # "Item" over 1, 2, 3: the row's number, not its text
                if found and found[1] >= 0.6 and not option_caption(columns, box.text):
                    if found[1] < 0.85 and top is not None and top[1] > found[1]:
                        continue  # "纠正措施" ⊃ "措施": another table's (or field's) own name, not this column
                    hit = hits.setdefault(i, {})
                    old = hit.get(found[0])
                    if old is not None and _block_label_beside(old[0], box):
                        hit[found[0]] = (box, found[1])  # the column's own header beside a block label
                        continue
                    if old is not None and _block_label_beside(box, old[0]):
                        continue
                    # a better name, or a narrower header under a wider one ("数量" over "实退")
                    if (
                        old is None
                        or old[1] < found[1]
                        or (
                            old[1] == found[1]
                            and old[0].x0 <= box.x0
                            and box.x1 <= old[0].x1
                            and box.y0 > old[0].y0
                        )
                    ):
                        hit[found[0]] = (box, found[1])
        hits = {
            i: h
            for i, h in hits.items()
            if not pairs_line(bands[i], [b for b, _s in h.values()])
            and not heads_turned_lines(bands[i])  # Item | Item 1 | Item 2 | Unit: lines as columns
            and (i not in shared or len(h) >= 2)
            and not _lone_weak_header(h)
        }
        # "Quantity" over "Authorized | Received"
        pairs = page_wide("stacked pairs", stacked_pairs)
        stacked_headers(pairs, hits, vocab, used)
        over = {(id(up), id(low)) for _i, low, ups in pairs for up, _texts in ups}  # (a group not merged too)
        # a two-row header: the column names of the second row join the first
        for i in sorted(hits):
            if i + 1 in hits:
                for col, lower in hits[i + 1].items():
                    upper = hits[i].get(col)
                    # the lower row is the more precise: "数量" over "核定 | 实退" gives way
                    if (
                        upper is None
                        or (upper[0].x0 <= lower[0].x0 and upper[0].x1 >= lower[0].x1)
                        or (id(upper[0]), id(lower[0])) in over
                    ):
                        hits[i][col] = lower
        required = [c for c, m in columns.items() if m.required]
        own_boxes = {id(lab.box) for lab in self.labels if lab.key == meta.key and lab.score >= 0.8}
        band_index = page_wide("band index", _band_index)  # id(box) → its bands (one; asked for each label)
        own = sorted(i for b in own_boxes for i in band_index.get(b, ()))

        def foreign(i: int) -> bool:
            """The band holds a label of another field, not a column of this table ("APPROVAL | Name |
            Signature"): a lone column name there is that field's label."""
            return any(
                isinstance(b.value, str)
                and (m := self.vocab.match(b.text)) is not None
                and m[1] >= 0.85
                and m[0].partition(".")[0] != meta.key
                and vocab.match(b.text) is None
                for b in bands[i]
            )

        def enough(i: int, h: dict[str, Any]) -> bool:
            if len(h) >= 2 or len(columns) == 1:
                return True
            # one known column: enough under the table's own heading, or for its main column
            return bool(own and i > min(own) and i - min(own) <= 2) or bool(
                required and required[0] in h and not foreign(i)
            )

        # a header right under another table's heading is that table's ("담당 | 완료일" under 개선대책)
        others = [
            (j, lab.key, lab.box)
            for lab in self.labels
            if lab.key != meta.key and lab.score >= 0.8 and lab.key in self.column_vocabs
            for j in band_index.get(id(lab.box), ())
        ]

        def claimed(i: int, h: dict[str, Any]) -> bool:
            if foreign_block(self, meta.key, bands, i):
                return True  # a header row in another discipline's block (责任人 | 完成日期 under D5)
            if (own and i >= min(own)) or i in shared:
                return False  # (a row another table shares: that table read its own columns)
            return any(
                0 < i - j <= 2
                and any(box.overlaps_x(b.x0, b.x1) for b, _s in h.values())
                and not names_this_too(box.text, meta.key, self.vocab.match)  # "临时措施 / 库存排查"
                # "恒久対策 | 更换导柱…" over "氏名 | 役割": a line of its own, no block of 恒久対策's
                and heads_line(self, key, box, [b for b, _s in h.values()])
                for j, key, box in others
            )

        hits = {i: h for i, h in hits.items() if enough(i, h) and not claimed(i, h)}
        # a step table's header (步驟 | 內容 | 負責人 | …): its rows are read step by step
        hits = {i: h for i, h in hits.items() if not steps_under(bands, i, [b for b, _s in h.values()])}
        if not hits:
            return False
        after = [i for i in hits if own and i >= min(own)]
        # under (or at) the table's heading: the richest header row right there
        head_i = (
            min(after, key=lambda i: (i - min(own) > 2, -len(hits[i]), i))
            if after
            else max(hits, key=lambda i: (len(hits[i]), -i))
        )
        named = hits[head_i]  # with the second header row's names joined in
        if head_i + 1 in hits and set(hits[head_i + 1]) <= set(hits[head_i]):
            head_i += 1  # the rows start under the lower header row
        used.add(head_i)
        used.add(head_i - 1)
        header = {col: box for col, (box, _s) in named.items()}
        strength = {col: s for col, (_b, s) in named.items()}
        # "Function" names a role or a department: the one its cells are
        columns_by_cells(header, strength, bands[head_i], bands, head_i + 1, columns, vocab.candidates)
        if not header:
            return False
        # a header cell no column's word names (値引額, Unit cost): read by its head word, warned
        by_head = columns_by_head_words(
            header,
            bands[head_i],
            bands[head_i + 1] if head_i + 1 < len(bands) else [],
            columns,
            meta.row_model,
            # (a text naming only a column a stronger header cell holds, by a generic word inside it —
            # 同意數量 by 数量 beside 實退數量 — names none left: its head word may still tell which)
            lambda text: (hit := vocab.match(text)) is not None and hit[1] >= 0.6 and hit[0] not in header,
        )
        strength.update((col, HEAD_STRENGTH) for col in by_head)
        header_ids = {id(b) for b in header.values()}
        for b in header.values():
            taken.add(id(b))
        rows: list[dict[str, Any]] = []
        # a line's columns its wide cell ran over: (its first row, its last + 1, the columns, where)
        spanned_lines: list[tuple[int, int, list[str], str]] = []
        header_band = [
            b
            for i in (head_i - 1, head_i)
            if 0 <= i < len(bands)
            for b in bands[i]
            if not b.empty and id(b) not in header_ids
        ]
        centres = [(b.x0 + b.x1) / 2 for b in header.values()]
        # a heading over the whole table ("3 D Containment Action" across A:H) names no column
        header_band = [b for b in header_band if sum(b.x0 <= c < b.x1 for c in centres) <= 1]
        text_cols = {c for c in header if columns[c].kind == "text"}
        code_cols = {c for c in header if columns[c].kind == "code"}
        # (a part's code no more than a name: SAP's item numbers 000010, 000020 under Item)
        numbering = line_number_columns(
            header, strength, header_band, bands[head_i + 1 :], text_cols | code_cols, vocab.match
        )
        if numbering:  # "Item" over 1, 2: the lines' numbers, a column we do not read
            header_band = [
                b for b in header_band if id(b) not in {id(h) for h in header.values()}
            ] + numbering
            header_ids = {id(b) for b in header.values()}
            taken.update(header_ids)
            if not header:
                return False
        # the row above the header holding a figure or another field's label and value ("Complaint
        # no. | QC-7781-22"): no name of a column we do not know
        unknown = [
            h
            for h in header_band
            if not _figure_or_tick(h.text)
            and not (
                isinstance(h.value, str)
                and (m := self.vocab.match(h.text)) is not None
                and m[1] >= 0.85
                and m[0].partition(".")[0] != meta.key
                and vocab.match(h.text) is None
            )
        ]
        lowest = max(b.y1 for b in header.values())
        # a choice column the header does not name, given by row groups: 발생 / 유출 merged over rows
        choices = {c: m for c, m in columns.items() if m.term is not None and c not in header}
        groups: dict[str, Box] = {}
        # the table's own columns (and a box touching them on the left, "No"): a label of a
        # block printed beside the table (an A3 sheet in two columns) does not end it
        left = min(h.x0 for h in header.values())
        left = min([left, *(b.x0 for b in header_band if abs(b.x1 - left) < 1e-6)])
        # a step's own table (D1 小组 | 姓名 | 部门 | 角色: its step heading left of its header): it ends
        # at the next step's heading on its left; a table beside another block's steps goes on
        own_step_table = any(
            b.x1 <= left + 1e-6
            and not b.empty
            and isinstance(b.value, str)
            and _next_discipline(b.text)
            # next to the header: no other text between (D1 Team | Mitglied | Li Mei | Nr. | … is
            # the team beside another step's table, not its heading)
            and not any(
                o is not b and not o.empty and o.x0 >= b.x1 - 1e-6 and o.x1 <= left + 1e-6
                for o in header_band
            )
            for b in header_band
        )
        right = max(h.x1 for h in header.values())
        # "No." over 1, 2, 3 at the table's left, a column no field reads: the lines' numbering
        counters = numbering_columns(header, header_band, bands[head_i + 1 :])
        far = reaches(header, columns)  # a figure right-aligned under a left-aligned header
        last_head = max(header.values(), key=lambda h: h.x0)
        # a unit named once over a group of columns ("数量(千个)" over "申请 | 实收")
        above = [b for i in range(max(0, head_i - 2), head_i + 1) for b in bands[i]]
        unit_of = {
            c: h.text if scale_of(h.text) else group_unit_label(h, above) or h.text for c, h in header.items()
        }
        in_pieces = any(columns[c].kind == "qty" and scale_for("qty", unit_of[c]) for c in header)
        per_k = {c: f for c in header if (f := per_unit_factor(columns[c].kind, unit_of[c]))}
        grouped = False  # a subtotal line read: the rows go on under it to the grand total
        group_start = 0  # the first row of the group a subtotal line adds up
        paused = False  # after a subtotal, "以下空白" or a note: the table may go on
        blank = False  # after "以下空白": only the total row may follow
        turned = 0  # after "continued on next page": bands left to find the header printed again
        paused_on = 0  # the printed page of the line the table paused on (0: a sheet)
        page_sum = False  # the pause a page's subtotal or a sum carried forward (本頁小計, 承上頁)
        head_page = printed_page(next(iter(header.values())).location)  # None on a sheet
        figures = {c for c in header if columns[c].kind in FIGURE_KINDS}
        prices = [h for c, h in header.items() if _price_column(c)]  # a line with one is an item
        totals_above = False  # the totals line stood above the lines: a totals field's label ends them
        for at, band in enumerate(bands[head_i + 1 :], start=head_i + 1):
            if all(b.y1 <= lowest + 1e-6 for b in band):
                continue  # still the header
            if rows and new_page(band, head_page) and foreign_header(band, header, figures):
                break  # the next page's own table (its header not ours), "（续表）" or not
            if rows and at + 1 < len(bands) and caption_over_header(band, bands[at + 1], header):
                if running_title(band, bands[:head_i]):
                    continue  # the form's title over its header printed again: the lines go on
                break  # "补发明细" over the same columns: a table of its own
            band_in = band  # "Clean point: …", "S/N: 24-0012" on an item's line: one cell again
            band = rejoined_line(band, self.whole_of, header, text_cols, code_cols, figures, bare_figure)
            rejoined = band is not band_in
            captioned = {id(b) for b in band} - {id(b) for b in band_in} if rejoined else set()
            # a line with nothing under the last figure column's header: its figure may stand
            # right-aligned at the end of a wide column, past the narrowest step (Importe | 450.00)
            whole, band = band, in_reach(band, left, right, far, last_head, bare_figure)
            if not rows and units_row(b.text for b in whole if not b.empty):
                continue  # the header's row of units under its names (PCS | 元/PCS | 元): no line
            if not rows and totals_row(band) and rows_after(bands, at, header, required):
                totals_above = True
                continue  # the totals line printed above the lines (Totals | 83,750 under the header)
            if rows and subtotal_row(band):
                # 小计 / Subtotal: not a line; its figures are checked against the lines' sum
                self.problems += _subtotal_checked(meta.key, band, header, columns, rows[group_start:])
                group_start = len(rows)
                if rows_after(bands, at, header, required):
                    grouped = True
                    continue
            if grouped and note_line(band):
                continue  # "注：第 3 项…" between the groups
            if rows and serial_line(whole):
                taken.update(id(b) for b in whole)  # the serial numbers of the line above: its own
                continue  # "S/N: A123, A124" under an item: the lines go on under it
            if (
                rows
                and (tax_line := line_tax(whole)) is not None
                # (its caption in the lines' name column: "Sales Tax 5% | 56.00" under the unit
                # prices, after the subtotal, is the form's tax, no line's)
                and any(tax_line[0].overlaps_x(header[c].x0, header[c].x1) for c in text_cols if c in header)
            ):
                tax_named = self.column_vocabs[meta.key].match(tax_line[2])
                tax_col = tax_named[0] if tax_named is not None and tax_named[1] >= 0.8 else None
                k = len(rows) - 1
                if (
                    tax_col in columns
                    and columns[tax_col].kind == "money"
                    and rows[k].get(tax_col) is None
                    and _lines_tax(tax_line, rows[k], columns, tax_col)
                ):
                    # "營業稅 5% | NT$450" under a line: that line's tax, on a row of its own
                    caption, figure, *_ = tax_line
                    rows[k][tax_col] = figure.value
                    path = f"{meta.key}[{k}].{tax_col}"
                    where[path] = figure.location
                    provenance[path] = Provenance(
                        figure.location, caption.text, caption.location, 0.7, "table"
                    )
                    taken.update(id(b) for b in whole)
                    continue
            if rows and pause_line(whole, prices):
                paused = True
                blank = blank or blank_below(whole)
                # lines to the header printed again (the next page's title marked （續） on the way
                # after 接下頁 is one of them, not the end of the turn)
                turned = 4 if continued_line(whole) else max(turned - 1, 0)
                paused_on = max((printed_page(b.location) or 0 for b in whole if not b.empty), default=0)
                page_sum = page_turn_line(whole)
                continue
            if group_row(whole, header, self.whole_of) and line_follows(bands, at, header, required, figures):
                # "原发票：… | (merged across)" over its lines: a group's heading, no line; said
                self.problems.append(_row_passed("table_group_row", meta.key, whole))
                taken.update(id(b) for b in whole)
                continue
            if paused and page_sum and not turned and paused_on and new_page(band, paused_on):
                # the page after a page's subtotal (本頁小計 at its foot): its title and the header
                # printed again come first, then the lines go on (承上頁 carried forward, a pause too)
                turned = 4
            if turned and any(not b.empty for b in band):
                turned -= 1
                if repeats_header(band, header):
                    turned, paused = 0, False  # the next page's header: its rows follow
                    continue
                across = any(
                    sum(b.overlaps_x(h.x0, h.x1) for h in header.values()) > 1 for b in band if not b.empty
                )
                if not goes_on(band, header, required) or any(
                    self._page_head_label(b, meta.key) for b in band
                ):
                    continue  # the next page's title, its letterhead (折讓單號： … 第 2 頁)
                if across:  # a title's row, or a line with a wide cell: passed, never silently
                    self.problems.append(_row_passed("table_line_passed_at_page_turn", meta.key, band))
                    continue
                turned = 0
            if rows and not turned and repeats_header(band, header):
                continue  # the header row repeated on the next page (a Word table's): not a line
            if paused and any(not b.empty for b in band):
                if blank and not totals_row(band):
                    break
                if not goes_on(band, header, required):
                    break
                paused = False
            if rows and _bracketed_note(whole):
                continue  # "（單價依 USD 3.00 × 匯率 32.00 換算）" under the lines: a note, no line of the table
            strong = [
                b
                for b in band
                if id(b) not in header_ids
                and not b.empty
                and isinstance(b.value, str)
                and (
                    ((m := self.vocab.match(b.text)) and m[1] >= 0.85)
                    or label_key(b.text) in self.heading_keys
                    or _next_discipline(b.text)
                    or id(b) in self.stray_heads  # "Step 9" under D5's lines: they end there
                )
            ]
            if (
                strong
                or (
                    own_step_table
                    and any(  # "D2 问题描述" left of a step's own table (D1's team): the next step
                        b.x1 <= left + 1e-6
                        and not b.empty
                        and isinstance(b.value, str)
                        and _next_discipline(b.text)
                        for b in whole
                    )
                )
                or caption_before(whole, band)  # "Reason: | …" under the lines, its caption left of them
                or totals_row(band)
                # (合計 in a row's first cell, left of the columns read: 發票日期 | 合計 under the
                # statutory certificate's lines, on the sheet and on its print alike, now that a
                # print's band no longer gathers the next line's tall CJK glyph boxes: printed_rows)
                or totals_row(whole)
                or (totals_above and any(self._totals_label(b) for b in band if id(b) not in header_ids))
                or any(
                    isinstance(b.value, str) and re.search(r"[:：]\s*$", b.text) and label_like(b.text)
                    for b in band
                )
            ):
                break  # a label of the form, or a "…：" caption: the table has ended
            # a filled box across several columns is a footer or a note, not a row
            wide = [b for b in band if not b.empty and sum(b.x0 <= c < b.x1 for c in centres) > 1]
            if rows and wide and self._field_caption_left(band, wide, meta.key):
                break  # "Motivo / Reason of Return | (its text across the columns)": the form's field
            spanned: list[str] = []  # a line's columns its wide cells run over: read empty
            if (
                wide
                and not any(label_like(w.text) for w in wide)
                and (line := cell_over_columns(band, header, wide))
            ):
                taken.update(id(w) for w in wide)
                band, spanned = line
                wide = []
            if wide:
                if (
                    rows
                    and not label_like(wide[0].text)
                    and (
                        wide[0].y0 - lowest < 3 * wide[0].height * (len(rows) + 1)
                        or goes_on(band, header, required)  # (a line's cells: on the next page too)
                    )
                ):
                    # right under the rows, not a caption: a line whose columns ran together
                    self.problems.append(
                        Problem(
                            "table_row_unclear",
                            meta.key,
                            location=wide[0].location,
                            severity="warning",
                            params={"text": _short(wide[0].text)},
                        )
                    )
                break
            row: dict[str, Any] = {}
            cells: dict[str, Box] = {}
            doubtful: set[str] = set()
            # a cell under no header belongs to the nearest column on its left ("ICA" over A,
            # its actions merged across B:F); in the gap between two headers: the left column's,
            # or the right one's when the left holds its own word and the right nothing, and the
            # word is the right column's kind (table_columns.py, a profile's printed tables too)
            words, unclear = column_words(band, header, columns, unknown)
            doubtful |= unclear
            for col, head in header.items():
                under = words[col]
                filled_under = [b for b in under if not b.empty]
                boxed = sorted(filled_under, key=lambda b: b.x0)
                boxed = boxed[: next((i for i, b in enumerate(boxed) if not one_per_box([b, b])), len(boxed))]
                if (
                    columns[col].kind == "money"
                    and len(boxed) > 1
                    and (amount := digit_boxes(boxed, self.place_over)) is not None
                ):
                    # 十万 … 元 角 分 over one digit a box: one amount, 角 and 分 its decimals (a
                    # box after them, under no place of theirs, is another column's: 13% 税率)
                    cells[col], row[col] = boxed[0], str(amount)
                    taken.update(id(b) for b in boxed)
                    continue
                if len(filled_under) > 1 and columns[col].kind in ("qty", "money", "number", "date", "ratio"):
                    # one header over several figures (a two-row header we only half know):
                    # never glue 500 and 480 into 500480; the nearest one, reported as unsure
                    under = [min(filled_under, key=lambda b: abs(b.x0 - head.x0))]
                    doubtful.add(col)
                if under:
                    cells[col] = min(under, key=lambda b: abs(b.x0 - head.x0))
                    row[col] = with_unit(columns[col], unit_of.get(col, head.text), _joined(under))
                    self.problems += unit_doubt(
                        columns[col],
                        unit_of.get(col, head.text),
                        row[col],
                        f"{meta.key}[{len(rows)}].{col}",
                        cells[col].location,
                    )
                    taken.update(id(b) for b in under)
                    if rejoined:  # a line's text put back together: its pieces are taken too
                        taken.update(i for i, w in self.whole_of.items() if any(w is b for b in under))
            ran_over = [col for col in spanned if row.get(col) is None]  # said once the table is read
            for b in band:
                for c, choice in choices.items():
                    if not b.empty and id(b) not in taken and _is_option(choice, _caption(b.value)):
                        groups[c] = b
            if all(v is None for v in row.values()) or unused_line(row):
                continue  # a blank row (or one struck through with "/"): skipped, it is not a record row
            if (
                rows
                and _note_row(row, columns, required)
                and line_follows(bands, at, header, required, figures)
            ):
                # "客户要求8/15前补货" alone in the name column between two items: the clerk's note,
                # said with its cell — no item of its own, never the item above going on
                self.problems.append(_row_passed("table_note_row", meta.key, whole))
                taken.update(id(b) for b in whole)
                continue
            if in_pieces and "unit" in row and columns.get("unit") is not None:
                row["unit"] = unit_in_pieces(row["unit"])  # 2500 个, never 2500 千个
            # quantities turned into pieces by the header's unit (数量(千个)) or by their own (40K,
            # 30 Kpcs), the price still per thousand: per piece when exact
            pieces = in_pieces or any(
                columns[c].kind == "qty" and counted_in_thousands(row.get(c)) for c in header
            )
            for c, f in per_k.items() if pieces else ():
                self.problems += price_per_piece(
                    row,
                    c,
                    f,
                    header[c].text,
                    (cells.get(c) or header[c]).location,
                    f"{meta.key}[{len(rows)}].{c}",
                )
            for c, b in groups.items():
                if b.y0 <= band[0].y0 < b.y1 and c not in row:
                    row[c], cells[c] = _caption(b.value), b
                    taken.add(id(b))
            if doubtful:
                # several figures under one header: rows printed without a rule between them
                # ran together into one cell, so every column of this row is in doubt
                text = _short(" | ".join(str(v) for v in row.values() if v is not None))
                self.problems.append(_row_warning("table_row_unclear", meta.key, cells, text=text))
            if not rows and all(isinstance(v, str) and label_like(v) for v in row.values() if v is not None):
                if len([v for v in row.values() if v is not None]) > 1:
                    continue  # a second header row we do not know
            if (
                len(header) == 1
                and all(
                    isinstance(v, str) and (label_like(v) or translated_label(v))
                    for v in row.values()
                    if v is not None
                )
                and any(
                    not b.empty and id(b) not in taken and any(h.overlaps_x(b.x0, b.x1) for h in header_band)
                    for b in whole
                )
            ):
                # a one-column "table" whose header has its value beside it, as this row does:
                break  # "Implemented | 2026-09-29" under "Action | Weld current…": label-value lines
            # two (or more) item lines typed into one row, each cell holding every line after a
            # line break: line n of every cell is item n; cells that disagree are warned
            apart = lines_apart(row, columns)
            if apart is None and (uneven := uneven_lines(row, columns)):
                counts = ", ".join(f"{header[c].text} {n}" for c, n in uneven.items())
                self.problems.append(
                    _row_warning("row_lines_uneven", f"{meta.key}[{len(rows)}]", cells, counts=counts)
                )
            elif apart is None and (unlike := unlike_lines(row, columns)):
                self.problems.append(
                    _row_warning("row_lines_unlike", f"{meta.key}[{len(rows)}]", cells, text=_short(unlike))
                )
            first_row = len(rows)
            for one in apart or [row]:
                k = len(rows)
                for col, head in [*header.items(), *((c, groups[c]) for c in choices if c in one)]:
                    place = cells.get(col)
                    path = f"{meta.key}[{k}].{col}"
                    where[path] = place.location if place else head.location
                    if place is not None and one.get(col) is not None:
                        fit, _ = _fit(columns[col], one[col], in_table=True)
                        if col in doubtful:
                            fit *= 0.6
                        if _several_lines(one, col):
                            fit *= 0.75  # lines in the row's only cell: one item wrapped, or several?
                        if id(place) in captioned and col in code_cols:
                            fit *= 0.6  # "S/N: 24-0012": a caption of its own in the code's cell
                        provenance[path] = Provenance(
                            place.location,
                            head.text,
                            head.location,
                            min(1.0, strength.get(col, 0.85) * fit),
                            "table",
                        )
                rows.extend(_numbered_rows({c: v for c, v in one.items() if v is not None}, columns))
            if ran_over:
                spanned_lines.append(
                    (first_row, len(rows), ran_over, next(iter(cells.values()), header[ran_over[0]]).location)
                )
            taken.update(id(b) for b in line_numbers(whole, counters))  # the line's own number
        for first_line, past, ran_over, said_at in spanned_lines:
            # a value the table's other lines say there should be (any line, above or below): said
            for k in range(first_line, past):
                for col in ran_over:
                    if rows[k].get(col) is None and (
                        columns[col].required or any(r.get(col) is not None for r in rows)
                    ):
                        self.problems.append(
                            Problem(
                                "table_cell_over_columns",
                                f"{meta.key}[{k}].{col}",
                                location=said_at,
                                severity="warning",
                                params={"column": _short(header[col].text)},
                            )
                        )
        names = sorted((c for c in text_cols if c in header), key=lambda c: header[c].x0)[:1]
        if head_page is not None and names and (split := numbered_names([r.get(names[0]) for r in rows])):
            # a print where each line's number ran into its name ("1 Hex bolt M8"): split off, said
            for k, (row, name) in enumerate(zip(rows, split)):
                path = f"{meta.key}[{k}].{names[0]}"
                self.problems.append(
                    Problem(
                        "line_number_split",
                        path,
                        location=where.get(path, header[names[0]].location),
                        severity="warning",
                        params={"text": _short(row[names[0]]), "value": _short(name)},
                    )
                )
                row[names[0]] = name
        if not rows and values.get(meta.key):
            return True
        for col, guess in by_head.items():  # each cell read under a head word's column: said
            for k, row in enumerate(rows):
                if row.get(col) is not None:
                    path = f"{meta.key}[{k}].{col}"
                    self.problems.append(
                        head_word_problem(path, header[col], guess, row[col], where.get(path))
                    )
        values[meta.key] = rows
        where.setdefault(meta.key, next(iter(header.values())).location)
        return True

    def _listed(
        self,
        meta: FieldMeta,
        bands: list[list[Box]],
        values: dict[str, Any],
        where: Locations,
        taken: set[int],
        provenance: dict[str, Provenance],
    ) -> bool:
        """The table's lines printed as a numbered list, each value after its caption
        (:func:`.table_lines.labelled_lines`): read, each value by the column its caption names."""
        columns = describe(meta.row_model)
        vocab = self.column_vocabs[meta.key]

        def named(text: str) -> str | None:
            hit = vocab.match(text)
            return hit[0] if hit is not None and hit[1] >= 0.85 and hit[0] in columns else None

        def labelled(text: str) -> bool:  # a text naming one of the form's fields: its next field
            hit = self.vocab.match(text)
            return hit is not None and hit[1] >= 0.8

        listed, stopped_at, numbered_after = labelled_lines(bands, named, wrapping_columns(columns), labelled)
        if not listed:
            return False
        if stopped_at is not None:  # a line without a number under an item: the list ends there, said
            code = "table_list_stopped" if numbered_after else "table_line_under_list"
            self.problems.append(_row_passed(code, meta.key, stopped_at))
        rows: list[dict[str, Any]] = []
        for k, (cells, captions) in enumerate(listed):
            for col, box in cells.items():
                path = f"{meta.key}[{k}].{col}"
                where[path] = box.location
                fit, _ = _fit(columns[col], box.value, in_table=True)
                caption = captions[col]
                provenance[path] = Provenance(
                    box.location, caption.text, caption.location, 0.85 * fit, "table"
                )
            taken.update(id(b) for b in (*cells.values(), *captions.values()))
            rows.append({col: box.value for col, box in cells.items()})
        values[meta.key] = rows
        where.setdefault(meta.key, next(iter(listed[0][1].values())).location)
        return True

    def pairs_row(
        self,
        meta: FieldMeta,
        values: dict[str, Any],
        where: Locations,
        taken: set[int],
        provenance: dict[str, Provenance],
    ) -> None:
        """A one-line table printed as label/value pairs (物料编号 | 2101-… | 物料名称 | PD680…):
        its first row, read with less confidence than from a header."""
        columns = describe(meta.row_model)
        vocab = self.column_vocabs[meta.key]
        row: dict[str, Any] = {}
        found: dict[str, tuple[Box, Box]] = {}
        beside: dict[str, tuple[Box, list[Box]]] = {}  # each label's cells up to the next label
        for box in sorted(self.boxes, key=lambda b: (b.y0, b.x0)):
            if box.empty or not isinstance(box.value, str):
                continue  # (a header found over no rows has taken its labels: they may be pairs)
            hit = vocab.match(box.text)
            if hit is None or hit[1] < 0.85 or hit[0] in row or sign_alone(box.text):
                continue  # (¥ | 8 | 2 | 7: a figure's sign, no label of a pair: a header row's only)
            top = self.vocab.match(box.text)
            if top is not None and top[1] >= hit[1]:
                continue  # a top-level field's own label reads as that field
            right, _next = self.right_of(box)
            filled = _first_run([b for b in right if not b.empty])
            if not filled or id(filled[0]) in taken:
                continue
            row[hit[0]] = with_unit(columns[hit[0]], box.text, _joined(filled))
            found[hit[0]] = (box, filled[0])
            beside[hit[0]] = (box, [b for b in right if not b.empty and id(b) not in taken])
        required = [c for c, m in columns.items() if m.required]
        if len(row) < 2 or (required and not any(c in row for c in required)):
            return

        def names(text: str) -> bool:  # a column of the table's (Unit, Remarks), as its labels are
            return (hit := vocab.match(text)) is not None and hit[1] >= 0.85

        if (lines := lines_as_columns(beside, self._over_labels(beside), names)) is not None:
            self._column_lines(meta, columns, lines, values, where, taken, provenance)
            return
        blocks: list[dict[str, tuple[Any, ...]]] = [found, *self._pairs_blocks(meta, columns, found, taken)]
        values[meta.key] = [row, *({c: v for c, (v, _l, _p) in more.items()} for more in blocks[1:])]
        for n, block in enumerate(blocks):
            for col, pair in block.items():
                label, place = pair[-2], pair[-1]
                taken.update((id(label), id(place)))
                path = f"{meta.key}[{n}].{col}"
                where[path] = place.location
                provenance[path] = Provenance(
                    place.location, label.text.strip(), label.location, 0.75, "pairs"
                )
        where.setdefault(meta.key, next(iter(found.values()))[0].location)

    def _pairs_blocks(
        self,
        meta: FieldMeta,
        columns: dict[str, FieldMeta],
        first: dict[str, tuple[Box, Box]],
        taken: set[int],
    ) -> list[dict[str, tuple[Any, Box, Box]]]:
        """The blocks of label/value pairs repeating the first one under it, each a row of the
        table (an item per block: ``品名：… ⏎ 數量：… ⏎ 單價：…`` printed again for the next
        item): each label in its column's label's place (the same left edge), the blocks one
        after another (a gap of a few lines at most), each naming two columns or more and every
        one the first block names of the required columns — else no further row is read."""
        vocab = self.column_vocabs[meta.key]
        required = [c for c, m in columns.items() if m.required and c in first]
        height = max(label.height for label, _place in first.values())
        bottom = max(label.y1 for label, _place in first.values())
        lefts = {col: label.x0 for col, (label, _place) in first.items()}
        used = {id(b) for pair in first.values() for b in pair}
        blocks: list[dict[str, tuple[Any, Box, Box]]] = []
        block: dict[str, tuple[Any, Box, Box]] = {}

        def close() -> bool:
            if len(block) < 2 or not all(c in block for c in required):
                return False
            blocks.append(dict(block))
            return True

        for box in sorted(self.boxes, key=lambda b: (b.y0, b.x0)):
            if box.y0 < bottom - 1e-6 or box.empty or not isinstance(box.value, str) or id(box) in used:
                continue
            hit = vocab.match(box.text)
            if hit is None or hit[1] < 0.85 or hit[0] not in lefts or sign_alone(box.text):
                continue
            if abs(box.x0 - lefts[hit[0]]) > 0.5 * height + 1e-6:
                continue  # a label of another part of the page (the other half, a totals line)
            last = max((label.y1 for _v, label, _p in block.values()), default=bottom)
            if box.y0 - last > 3 * height + 1e-6 or hit[0] in block:
                if not close() or box.y0 - last > 3 * height + 1e-6:
                    return blocks  # the blocks end: a gap, or a block that is not an item's
                block = {}
            top = self.vocab.match(box.text)
            if top is not None and top[1] >= hit[1]:
                continue
            right, _next = self.right_of(box)
            filled = _first_run([b for b in right if not b.empty])
            if not filled or id(filled[0]) in taken or id(filled[0]) in used:
                continue
            block[hit[0]] = (with_unit(columns[hit[0]], box.text, _joined(filled)), box, filled[0])
        close()
        return blocks

    def _over_labels(self, beside: dict[str, tuple[Box, list[Box]]]) -> list[Box]:
        """The texts printed on the line right over the topmost of a table's row labels (where
        a table turned on its side heads its columns: ``Item | Item 1 | Item 2 | Remarks``)."""
        top = min((label for label, _cells in beside.values()), key=lambda b: b.y0)
        return [
            b
            for b in self.boxes
            if not b.empty
            and isinstance(b.value, str)
            and b.y1 <= top.y0 + 1e-6
            and top.y0 - b.y1 <= top.height
            and b.x0 >= top.x1 - 1e-6
        ]

    def _column_lines(
        self,
        meta: FieldMeta,
        columns: dict[str, FieldMeta],
        lines: list[dict[str, tuple[Box, Box]]],
        values: dict[str, Any],
        where: Locations,
        taken: set[int],
        provenance: dict[str, Provenance],
    ) -> None:
        """The lines of a table turned on its side (:func:`lines_as_columns`), one per column,
        read as :meth:`pairs_row` reads its one line: with less confidence than under a header."""
        rows: list[dict[str, Any]] = []
        for n, line in enumerate(lines):
            rows.append(
                {col: with_unit(columns[col], label.text, cell.value) for col, (label, cell) in line.items()}
            )
            for col, (label, cell) in line.items():
                taken.update((id(label), id(cell)))
                path = f"{meta.key}[{n}].{col}"
                where[path] = cell.location
                provenance[path] = Provenance(
                    cell.location, label.text.strip(), label.location, 0.75, "pairs"
                )
        values[meta.key] = rows
        where.setdefault(meta.key, next(iter(lines[0].values()))[0].location)

    def _section_sure(self, head: Box, place: Box, score: float, guessed: Any = None) -> float:
        """How sure a text read under a table's heading is: a block under the heading (its lines
        may be an instruction, another table's) is read less surely than the label; the one
        text in the cell right beside the heading on its line (``D3 Containment Actions⏎(What
        did you do?) | …``, ``暫定処置 / 围堵措施 | …``) as surely as a label's value beside it."""
        if guessed or place is head or not place.same_band(head) or place.x0 < head.x1 - 1e-6:
            return BLOCK_DOUBT * score  # (or its column guessed from the heading's hint)
        between = [
            b
            for b in self.band_of(head)
            if not b.empty and b is not place and b.x0 >= head.x1 - 1e-6 and b.x1 <= place.x0 + 1e-6
        ]
        # at the reported line (not warned), never above it: a table read under its header on
        # another sheet (an 8D's summary sheet) still outranks a step sheet's heading and text
        return min(score, LOW_CONFIDENCE) if not between else BLOCK_DOUBT * score

    def free_text_rows(
        self,
        meta: FieldMeta,
        values: dict[str, Any],
        where: Locations,
        taken: set[int],
        provenance: dict[str, Provenance],
    ) -> None:
        """A table read from its headings over free text (:meth:`_free_text_rows`), then each of
        its headings whose text beside it was left unread said so (``label_lost``): two D4
        headings whose names tell no two causes apart (``D4 Grondoorzaak / Root cause`` and ``D4
        流出原因 / Why it was not detected``) read one text; the other's is never lost unsaid."""
        self._free_text_rows(meta, values, where, taken, provenance)
        if not values.get(meta.key) or meta.key not in where:
            return
        for lab in self.labels:
            # (a heading cut at its cell's border on the print, "D4 Waarom niet ontdekt / Why not
            # d", is matched less surely than a whole one: still the table's, its text not lost)
            if lab.key != meta.key or lab.score < 0.6 or id(lab.box) in taken:
                continue
            text = self.text_beside(lab.box)
            if not text or any(id(b) in taken for b in text) or _dates_alone(text):
                continue  # (its text read: a row of the table; or a due date, no text of it)
            if lab.box.location == where[meta.key] or any(
                p.label_location == lab.box.location
                for k, p in provenance.items()
                if k.startswith(f"{meta.key}[")
            ):
                continue  # the heading read
            params = {
                "text": _short(shown_label(lab.box.text.strip())),
                "value": _short(" ".join(str(b.value).strip() for b in text)),
                "read": where[meta.key],
            }
            self.problems.append(Problem("label_lost", meta.key, "", "", lab.box.location, "warning", params))

    def _sub_step_rows(
        self,
        meta: FieldMeta,
        heads: list[Any],
        main: str,
        values: dict[str, Any],
        where: Locations,
        taken: set[int],
        provenance: dict[str, Provenance],
    ) -> bool:
        """A discipline printed in sub-steps (``D3.1 Stock / Containment: stock`` and ``D3.2 …
        in transit`` on two rows, :func:`.vocab.sub_step`): one row of the table each, its text the
        one beside its heading, in the sub-steps' order. False when the headings are no such
        sub-steps of one discipline (then each is read as a heading is)."""
        numbered = [(sub_step(lab.box.text), lab) for lab in heads]
        subs = sorted((n, lab) for n, lab in numbered if n is not None) if len(heads) > 1 else []
        if not subs or len(subs) != len(heads) or len({d for (d, _s), _lab in subs}) != 1:
            return False
        rows: list[dict[str, Any]] = []
        for _n, lab in subs:
            boxes = [b for b in self.text_beside(lab.box) if id(b) not in taken]
            text = _text_block(boxes) if boxes else None
            if not isinstance(text, str) or not text.strip():
                continue
            taken.update(id(b) for b in boxes)
            path = f"{meta.key}[{len(rows)}].{main}"
            where[path] = boxes[0].location
            sure = self._section_sure(lab.box, boxes[0], lab.score)
            provenance[path] = Provenance(boxes[0].location, lab.box.text, lab.box.location, sure, "section")
            rows.append({main: text.strip()})
        if not rows:
            return False
        values[meta.key] = rows
        where.setdefault(meta.key, subs[0][1].box.location)
        return True

    def _by_number(self, lab: _Label) -> bool:
        """Is ``lab`` a step's heading read by its number alone, a name of its own after it that
        names no field (``D5 Choose PCAs``, ``D5 Choose and Verify PCAs``: a customer's name of the
        step)? Its text is the step's, read with doubt (:meth:`_section_sure` of a weak anchor),
        never left unread with nothing said."""
        found = self.vocab.match(lab.box.text)
        heading = discipline(lab.box.text)
        return (
            found is not None and heading is not None and found[0] == lab.key and found[2] == f"d{heading[0]}"
        )

    def _number_named_beside(self, lab: _Label) -> bool:
        """Is ``lab`` a step's number alone (``D3``) with the step's name in the next cell of its
        row naming the same table (``D3 | Containment | …``, a system's export printing the step
        and its type in two columns)? Then it is the step's heading, a body row's though it looks."""
        heading = discipline(lab.box.text)
        if heading is None or heading[1].strip(" :：-–—"):
            return False
        beside = sorted(
            (b for b in self.band_of(lab.box) if not b.empty and b.x0 >= lab.box.x1 - 1e-6),
            key=lambda b: b.x0,
        )
        if not beside or not self.is_label(beside[0]) or not isinstance(beside[0].value, str):
            return False
        found = self.vocab.match(beside[0].text)
        return found is not None and found[0] == lab.key

    def _table_body_row(self, head: Box) -> bool:
        """Does ``head`` start a table's body row: two filled cells at least beside it, and over
        its row (past rows alike, a cell over each of its cells) a header row, a cell without a
        figure over each of them (``Feature | Spec | Actual`` over ``D3 bore | 5.00 ± 0.05 | 5.12``)?
        A step's number there names a measured feature, no step."""
        row = [b for b in self.band_of(head) if not b.empty]
        if sum(1 for b in row if b.x0 >= head.x1 - 1e-6) < 2:
            return False
        top = min(b.y0 for b in row)
        while True:
            above = [b for b in self.boxes if not b.empty and b.y1 <= top + 1e-6]
            if not above:
                return False
            nearest = max(above, key=lambda b: b.y1)
            band = [b for b in self.band_of(nearest) if not b.empty and b.y1 <= top + 1e-6]
            over = [next((a for a in band if min(a.x1, b.x1) - max(a.x0, b.x0) > 0), None) for b in row]
            if any(a is None for a in over) or len({id(a) for a in over}) != len(row):
                return False  # no cell over each of the row's: no table's column layout
            if not any(_FIGURE_IN.search(a.text) for a in over if a is not None):
                return True
            if min(b.y0 for b in band) >= top:
                return False  # (a flat box: no row further up to look at)
            top = min(b.y0 for b in band)

    def _number_in_other_table(self, head: Box, meta: FieldMeta, columns: dict[str, FieldMeta]) -> bool:
        """Is ``head`` a step's number alone (``D5``) starting a table's body row whose header row
        names none of the step's table's columns (``Model | Type | Qty`` over ``D5 | Housing | 5``:
        a model's code in the problem's table)? Then it is no step's heading, its row no step's text.
        The header: the nearest row above with no figure and no step's heading (rows alike skipped)."""
        heading = discipline(head.text)
        if heading is None or heading[1].strip(" :：-–—()（）") or not self._table_body_row(head):
            return False
        vocab = self.column_vocabs[meta.key]
        top = min(b.y0 for b in self.band_of(head) if not b.empty)
        while above := [b for b in self.boxes if not b.empty and b.y1 <= top + 1e-6]:
            band = [b for b in self.band_of(max(above, key=lambda b: b.y1)) if not b.empty]
            if not any(_FIGURE_IN.search(b.text) or discipline(b.text) is not None for b in band):
                return all(column_named(vocab, columns, b) is None for b in band)
            if min(b.y0 for b in band) >= top:
                return False
            top = min(b.y0 for b in band)
        return False

    def _stage_after_text(self, box: Box) -> bool:
        """Is ``box`` a stage alone (``3D``: :func:`.placeholders.stage_stamp`) right of a filled
        cell on its line — the stage a step was answered at, no step's heading (one begins its line)?"""
        return stage_stamp(box.text) and any(
            not b.empty and b is not box and b.x1 <= box.x0 + 1e-6 for b in self.band_of(box)
        )

    def _one_step_by_number(
        self, meta: FieldMeta, heads: list[_Label], columns: dict[str, FieldMeta]
    ) -> list[_Label]:
        """``heads`` but for two or more matching one step by its number alone (:meth:`_by_number`):
        which is the step's heading is a guess, so neither is read and that is said
        (``step_number_twice``)."""
        alone: dict[int, list[_Label]] = {}
        for lab in heads:
            heading = discipline(lab.box.text)
            if lab.score < 0.85 and heading is not None and not cut_heading(columns, lab.box.text):
                alone.setdefault(heading[0], []).append(lab)
        dropped: set[int] = set()
        for number, labs in alone.items():
            if len(labs) < 2:
                continue
            dropped.update(id(lab) for lab in labs)
            params = {
                "text": _short(shown_label(labs[0].box.text.strip())),
                "other": _short(shown_label(labs[1].box.text.strip())),
                "number": f"D{number}",
            }
            self.problems.append(
                Problem("step_number_twice", meta.key, "", "", labs[0].box.location, "warning", params)
            )
        return [lab for lab in heads if id(lab) not in dropped]

    def _dated_step(self, head: Box, taken: set[int]) -> tuple[list[Box], Box] | None:
        """A numbered step's heading with a date alone beside it and the step's text on the lines
        under it (``D3 Containment | 2026-03-06`` over ``| All stock sorted …``, ``D3 临时对策``
        alike): the text's boxes and the date's — the step's text and its date, never the heading
        set aside as a deadline's with its text lost unsaid. None for a heading that is no numbered
        step (``24H Containment: | 2026-03-06``, a customer's deadline), or with no text under it
        before the next label."""
        if discipline(head.text) is None:
            return None
        right, next_label = self.right_of(head)
        dates = [b for b in right if not b.empty]
        if len(dates) != 1 or not _dates_alone(dates) or id(dates[0]) in taken:
            return None
        under = self.below(head, next_label.x0 if next_label else None, True)
        text = [b for b in under if not b.empty and id(b) not in taken]
        if not text or _dates_alone(text) or any(self.is_label(b) for b in text):
            return None
        return text, dates[0]

    def _step_date(
        self,
        meta: FieldMeta,
        lab: _Label,
        date: Box,
        columns: dict[str, FieldMeta],
        row: dict[str, Any],
        where: Locations,
        provenance: dict[str, Provenance],
        taken: set[int],
    ) -> None:
        """The date beside a step's heading (:meth:`_dated_step`) in the first date column of its
        table (D3's and D5's due date) its row leaves empty, read with doubt (shown for checking):
        the heading says no more of what the date is."""
        column = next((c for c, m in columns.items() if m.kind == "date" and row.get(c) is None), None)
        if column is None:
            return
        taken.add(id(date))
        row[column] = date.value
        path = f"{meta.key}[0].{column}"
        where[path] = date.location
        provenance[path] = Provenance(
            date.location, lab.box.text, lab.box.location, 0.6 * lab.score, "section"
        )

    def _under_header(self, head: Box) -> bool:
        """Does a header row stand over a step's row (``步驟 | 內容 | 甲 | 乙``)? The first text above
        its heading in the heading's column, passing the other steps' headings, is then no field's
        label (步驟, Step, 項目): the cells beside are that header's columns, whatever they hold."""
        above = sorted(
            (
                b
                for b in self.boxes
                if not b.empty and b.y1 <= head.y0 + 1e-6 and b.overlaps_x(head.x0, head.x1)
            ),
            key=lambda b: -b.y0,
        )
        for box in above:
            found = self.vocab.match(box.text)
            if discipline(box.text) is not None or (
                found and found[1] >= 0.85 and getattr(self.fields.get(found[0]), "kind", "") == "table"
            ):
                continue  # another step's heading
            return not (found and found[1] >= 0.6)  # a field's label above (問題描述): no header
        return False

    def _cells_apart(
        self, meta: FieldMeta, cells: Sequence[Box], columns: dict[str, FieldMeta], main: str
    ) -> dict[str, tuple[Box, Any, float]]:
        """The cells of a step's row after its text (:func:`_other_cells_joined`: ``暫時對策 | 在庫全檢。 |
        王強 | 2026-08-13``, ``真因分析 | … | 貢獻度 60%``) each in its own column, by what it holds: a
        side note in the column its caption names (as sure as the heading: it says so), a name alone
        in the table's person column and a date alone in its first date column (as
        :meth:`_step_date`: which of owner or approver, due or done, the row does not say — read
        with doubt, shown for checking). By column: the cell, its value, how sure (a share of the
        heading's). Empty when one of the cells fits no column, or two fit one: then the text is
        read joined and said so (``text_joins_cells``)."""
        vocab = self.column_vocabs[meta.key]
        kinds = {c: m.kind for c, m in columns.items()}
        out: dict[str, tuple[Box, Any, float]] = {}
        for box in cells:
            noted = noted_columns(vocab, main, [box], kinds)
            if id(box) in noted:
                col, value = noted[id(box)]
                sure = LOW_CONFIDENCE
            else:
                dated = _dates_alone([box])
                col = next(
                    (
                        c
                        for c, m in columns.items()
                        if c != main and c not in out and (m.kind == "date" if dated else person_field(m))
                    ),
                    "",
                )
                value, sure = box.value, 0.6
            if not col or col in out or col == main:
                return {}
            out[col] = (box, value, sure)
        return out

    def _due_date_beside(self, head: Box) -> bool:
        """Is a date alone what stands beside the heading ``head`` (``24H Containment: |
        2026-03-06``, a customer's response deadline)? Then it heads no text of the table."""
        return _dates_alone(self.text_beside(head))

    def text_beside(self, head: Box) -> list[Box]:
        """The filled text boxes right of a heading on its line; for a heading wrapped in its cell
        (``D4 流出原因 / Why it was not`` ⏎ ``detected``, its text beside the last line, the
        cell's bottom), those right of its wrapped line right under it."""
        line: Box | None = head
        for _ in range(3):  # (a caption wraps on two or three lines; a sheet's cell holds them all)
            if line is None:
                break
            right, _next = self.right_of(line)
            text = [b for b in right if not b.empty and isinstance(b.value, str)]
            if text or "!" in head.location:
                return text
            line = next(
                (
                    b
                    for b in self.under(line.y1 - 1e-6, line.y1 + line.height)
                    if abs(b.x0 - line.x0) < 2.0
                    and b.x1 <= head.x1 + 1.0  # (inside the caption's cell)
                    and b is not line
                    and not b.empty
                    and not self.is_label(b)
                ),
                None,
            )
        return []

    def _free_text_rows(
        self,
        meta: FieldMeta,
        values: dict[str, Any],
        where: Locations,
        taken: set[int],
        provenance: dict[str, Provenance],
    ) -> None:
        """A table printed as a heading over free text (``D3 Containment`` and its lines):
        one row per numbered line, in the table's main text column."""
        columns = describe(meta.row_model)
        heads = [
            lab
            for lab in self.labels
            if lab.key == meta.key
            and (
                lab.score >= 0.85
                # a label the form marks doubtful (the 8D's bare 纠正): its text read, and warned
                # (low_confidence, its score below the reported line), never dropped unsaid
                or (lab.score >= DOUBTFUL_STRENGTH and self.vocab.doubtful_label(lab.box.text, meta.key))
                or (
                    lab.score >= 0.6
                    and (
                        cut_heading(columns, lab.box.text)
                        or (self._by_number(lab) and not self._table_body_row(lab.box))
                        or self._number_named_beside(lab)
                    )
                )
            )
            and not (self._due_date_beside(lab.box) and self._dated_step(lab.box, taken) is None)
            and not self._number_in_other_table(lab.box, meta, columns)
            and not self._stage_after_text(lab.box)
        ]
        heads = self._one_step_by_number(meta, heads, columns)
        # captions naming an option and the table in one word: ③發生原因 / ④流出原因 over their texts
        main, captions = self.option_captions(meta, taken)
        if main is None or not (heads or captions):
            return
        # a table with a second long text column (D6: the action done, or its result): which one
        # a heading's text is stays a guess, shown for checking
        two_texts = any(m.kind == "text" and m.long for c, m in columns.items() if c != main)
        hinted = None  # the column the heading's hint names: a guess, read for checking
        if len(heads) == 1 and not captions:
            # "D6 Implementation & Validation⏎(Evidence of effectiveness)": name and hint agree on
            # another column than the main one: the text under it is that column's
            hinted = hinted_column(heads[0].box.text, columns, self.column_vocabs[meta.key])
            main = hinted or main
        # headings naming an option each: "D4 – Root Cause (Occurrence)" / "… (Escape)" over their texts
        assumed: set[int] = set()  # headings whose option is a guess (the other of two)
        cut: set[int] = set()  # headings naming theirs by a word cut short ("… / Why not d")
        by_option = (
            option_headings(self, [lab.box for lab in heads], columns, main, taken, assumed, cut) or captions
        )
        if by_option is not None and main == "name":
            by_option = _members_apart(by_option, main)
        if by_option is not None:
            score = {id(lab.box): lab.score for lab in heads} | {id(h): 0.85 for _r, _p, h in captions or ()}
            for k, (row, places, head) in enumerate(by_option):
                taken.update(id(b) for b in (head, *places.values()))
                if id(head) in cut:  # read by its beginning: the caption said cut
                    params = {"text": _short(shown_label(head.text.strip())), "row": k + 1}
                    self.problems.append(
                        Problem("caption_cut", meta.key, "", "", head.location, "warning", params)
                    )
                # the option the heading names is as sure as the text read beside it
                text_place = places.get(main) or next(iter(places.values()), head)
                for col in row:
                    path = f"{meta.key}[{k}].{col}"
                    place = places.get(col, head)
                    where[path] = place.location
                    if id(head) in assumed and col not in places:  # the option guessed: shown
                        provenance[path] = Provenance(head.location, head.text, head.location, 0.5, "assumed")
                        continue
                    provenance[path] = Provenance(
                        place.location,
                        head.text,
                        head.location,
                        self._section_sure(
                            head,
                            place if place is not head else text_place,
                            score[id(head)],
                            hinted or two_texts,
                        ),
                        "section",
                    )
            values[meta.key] = [row for row, _places, _head in by_option]
            where.setdefault(meta.key, by_option[0][2].location)
            return
        if self._sub_step_rows(meta, heads, main, values, where, taken, provenance):
            return

        # a step's number alone ("D4 | 真因分析： | …", a caption naming no option): its caption's text
        captioned = bare_step_captions(self, [lab.box for lab in heads])
        for lab in sorted(heads, key=lambda lab: -lab.score):
            right, next_label = self.right_of(captioned.get(id(lab.box), lab.box))
            under = self.below(lab.box, next_label.x0 if next_label else None, True)
            boxes = [b for b in (right if any(not b.empty for b in right) else under) if not b.empty]
            boxes = [b for b in boxes if id(b) not in taken]
            # "D3 Containment | 2026-03-06" over "| All stock sorted …": the text under, the date its own
            dated = self._dated_step(lab.box, taken) if columns[main].kind == "text" else None
            if dated is not None:
                boxes, right = dated[0], []
            elif columns[main].kind == "text" and _dates_alone(boxes):
                continue  # "24H Containment: | 2026-03-06": a due date beside the table's word, no text of it
            if boxes and boxes[0] in right:
                # "… | 進度 100%": a tracker's note on the step's line ends its text (one naming a
                # column, "有效率 100%", is no end of it); so does the stage it was answered at
                # ("… | 3D | 2026/03/17": a report answered in stages)
                boxes = _until_trackers_notes(boxes, self.column_vocabs[meta.key], main, columns)
                boxes = _until_stage_stamp(boxes)
                # "Corrective action | Jig edge … weekly. | T. Walsh" under "Description | Owner":
                # the text ends where the next column's header begins (a print without borders)
                boxes = until_next_column(self.boxes, boxes, self.heads_column)
            if boxes and boxes[0] in right:  # "Root cause: pin worn," and its next line
                boxes += _continued_on(self, boxes, under, taken)
                boxes += [b for b in self.cell_lines_under(lab.box, boxes, taken) if b not in boxes]
                boxes += _rows_inserted_under(self, lab.box, boxes, taken)  # an ICA row, no label
            # a step's row: its text, then 負責人：… / 完成：… beside it
            step = (
                None if dated else step_row(self, lab.box, columns, main, self.column_vocabs[meta.key], taken)
            )
            # or under the columns a step table's header row names (步驟 | 內容 | 負責人 | …)
            step = step or step_under_header(
                self, lab.box, columns, main, self.column_vocabs[meta.key], taken
            )
            grid = [step[:2]] if step else _grid_rows(boxes, columns, main)
            if step and main == "name":
                grid = _members_apart([step[:2]], main)
            laid = grid or _captioned_rows(boxes, columns, main)
            if laid:
                # pre-printed roles beside the names (only those two columns are the block's),
                # or boxes captioned 발생원인 / 유출원인
                used = [b for _row, places in laid for b in places.values()] if grid else boxes
                used = step[2] if step else used
                taken.update(id(b) for b in used)
                for k, (row, places) in enumerate(laid):
                    for col, box in places.items():
                        path = f"{meta.key}[{k}].{col}"
                        where[path] = box.location
                        provenance[path] = Provenance(
                            box.location,
                            lab.box.text,
                            lab.box.location,
                            self._section_sure(lab.box, box, lab.score, hinted or two_texts),
                            "section",
                        )
                values[meta.key] = [row for row, _places in laid]
                # (one text captioned by its own column's name, "D4 | 根本原因：| …", as one in a step)
                kind_col = first_option_assumed(columns, values[meta.key]) if step or not grid else None
                if kind_col is not None:  # "D4 根本原因" in a step table: its type assumed, shown
                    path = f"{meta.key}[0].{kind_col}"
                    where[path] = lab.box.location
                    provenance[path] = Provenance(
                        lab.box.location, lab.box.text, lab.box.location, 0.5, "assumed"
                    )
                where.setdefault(meta.key, lab.box.location)
                return
            if len(boxes) > 1 and boxes[0].same_band(lab.box):
                # "D6 效果確認 | 連續三批… | 李國華 | 10/20": a heading naming a text column of
                # its own reads the cell beside it, not the owner and dates after that cell
                named_col = self.column_vocabs[meta.key].match(lab.box.text)
                if (
                    named_col
                    and named_col[1] >= 0.85
                    and named_col[0] != main
                    and columns[named_col[0]].kind == "text"
                ):
                    boxes = boxes[:1]
            apart = _other_cells_joined(lab.box, boxes)  # "… | 王強 | 2026-08-13": said once read
            # each of those cells its own column's where its kind tells which (the owner, a date, the
            # share its caption names): read there, not joined to the text
            moved = (
                self._cells_apart(meta, apart, columns, main)
                if apart and not self._under_header(lab.box)
                else {}
            )
            if moved:
                boxes = [b for b in boxes if not any(b is m for m, _v, _s in moved.values())]
                apart = []
            text = _text_block(boxes)
            beside = next(
                (
                    b
                    for b in sorted(self.band_of(lab.box), key=lambda b: b.x0)
                    if b.x0 >= lab.box.x1 - 1e-6 and not b.empty
                ),
                None,
            )  # "組長：李國華（品保）、組員：…" reads as a label itself: the cell right of the heading
            if beside is None and boxes and not right:
                beside = min(boxes, key=lambda b: (b.y0, b.x0))  # or the cell under it ("一、小組成員")
            if beside is not None and id(beside) not in taken and isinstance(beside.value, str):
                # (a cell "組長：…" is cut at its colon into a label and a value: read it whole)
                cell = [b for b in self.band_of(beside) if b.location == beside.location and not b.empty]
                whole = "".join(str(b.value) for b in sorted(cell, key=lambda b: b.x0))
                if names_with_roles(whole, columns, main):
                    text, boxes = whole, cell
            if not isinstance(text, str):
                continue
            concluded = self._why_chain_concluded(meta, boxes, text, taken)
            if concluded is not None:  # "Why 1: … / Why 2: …" then "Root cause: …": the conclusion
                whys, conclusion = concluded
                text, boxes = conclusion.value, [*boxes, conclusion]
                self._why_chain(whys, boxes[0], lab, values, where, provenance)
            roled = names_with_roles(text, columns, main)  # "J. Park (Leader), S. Gomez (Member)"
            if roled:
                taken.update(id(b) for b in boxes)
                for k, row in enumerate(roled):
                    for col in row:
                        path = f"{meta.key}[{k}].{col}"
                        where[path] = boxes[0].location
                        provenance[path] = Provenance(
                            boxes[0].location,
                            lab.box.text,
                            lab.box.location,
                            BLOCK_DOUBT * lab.score,
                            "section",
                        )
                values[meta.key] = roled
                where.setdefault(meta.key, lab.box.location)
                return
            lines = [ln.strip() for ln in re.split(r"\n|(?<=[;；])\s*(?=\d+\s*[.、)])", text) if ln.strip()]
            people = person_field(columns[main])
            listed = people_in(text) if people else None
            if listed is not None:
                lines = listed  # "Chen Hao; Lucy Wang; Peter Sun", or one member a line
            elif len(lines) > 1 and _entry_cells(boxes, lines):
                pass  # a ruled cell per entry under the heading (a summary's D4 lines): one row each
            elif len(lines) > 1 and not all(ENUMERATOR.match(ln) for ln in lines):
                lines = ["\n".join(lines)]  # lines that wrap one text, not a numbered list
            if not people and len(lines) == 1 and not re.search(r"[;；。.]", lines[0]):
                parts = [p.strip() for p in re.split(r"(?<!\d)[,，、]|[,，、](?!\d)", lines[0]) if p.strip()]
                if len(parts) > 1 and all(len(p) <= 20 for p in parts):
                    lines = parts  # several names in one cell: "Zhang Wei, Li Na, Chen Hao"
            # the heading may name a column itself ("实施情况" is the result of the implementation)
            named = self.column_vocabs[meta.key].match(lab.box.text)
            text_named = next(
                (
                    c
                    for c in self.column_vocabs[meta.key].candidates(lab.box.text)
                    if c[1] >= 0.85 and columns[c[0]].kind == "text"
                ),
                None,
            )  # (效果确认 names the result, a text, and the verified mark alike: the text)
            column = text_named[0] if text_named else main
            if column == main and len(lines) == 1:  # "D6 - Implementation Date | 14-Sep-26": its date
                column = heading_column(columns, named, lines[0]) or main
            if column == main and len(lines) == 1:  # "D6 实施验证 | 连续 3 批 0 不良。": its result
                column = outcome_column(columns, main, lines[0]) or main
            rows = [
                {column: ENUMERATOR.sub("", ln).strip()} for ln in lines if ENUMERATOR.sub("", ln).strip()
            ]
            if not rows:
                continue
            for b in boxes:
                taken.add(id(b))
            own = _one_a_box(boxes, [row[column] for row in rows])
            for k, _row in enumerate(rows):
                path = f"{meta.key}[{k}].{column}"
                at = own[k].location if own else boxes[0].location  # one member a row: its own cell
                where[path] = at
                sure = (
                    self._section_sure(lab.box, boxes[0], lab.score, hinted or two_texts)
                    if len(rows) == 1
                    else BLOCK_DOUBT * lab.score
                )
                provenance[path] = Provenance(at, lab.box.text, lab.box.location, sure, "section")
            kind_col = first_option_assumed(columns, rows)
            if kind_col is not None:  # "四、根本原因" and one text: its type assumed, shown for checking
                path = f"{meta.key}[0].{kind_col}"
                where[path] = boxes[0].location
                provenance[path] = Provenance(
                    boxes[0].location, lab.box.text, lab.box.location, 0.5, "assumed"
                )
            if (
                len(rows) == 1
                and column == main
                and outcome_too(
                    columns,
                    main,
                    lambda half: any(
                        c[0] == RESULT_COLUMN and c[1] >= 0.85
                        for c in self.column_vocabs[meta.key].candidates(half)
                    ),
                    lab.box.text,
                    rows[0][column],
                )
            ):  # "D6 Implementation / validation | Installed …, 0 defects in 6,000 seats.": both
                rows[0][RESULT_COLUMN] = rows[0][column]
                path = f"{meta.key}[0].{RESULT_COLUMN}"
                where[path] = where[f"{meta.key}[0].{column}"]
                provenance[path] = Provenance(
                    where[path], lab.box.text, lab.box.location, 0.6 * lab.score, "section"
                )
            signed = _signed_date(self, lab.box, columns, rows, taken) if len(rows) == 1 else None
            if signed is not None:  # "实施情况：… / 责任部门负责人： 日期：2026.09.09" in the text's box
                col, date_label, date_box = signed
                taken.add(id(date_box))
                rows[0][col] = date_box.value
                path = f"{meta.key}[0].{col}"
                where[path] = date_box.location
                provenance[path] = Provenance(
                    date_box.location, date_label.text, date_label.location, 0.6 * lab.score, "section"
                )
            if dated is not None:  # the date beside the step's heading: the step's own date
                self._step_date(meta, lab, dated[1], columns, rows[0], where, provenance, taken)
            for col, (box, value, sure) in moved.items():
                taken.add(id(box))
                k = 0 if len(rows) == 1 and rows[0].get(col) is None else len(rows) - 1
                if rows[k].get(col) is not None:  # (read otherwise already: said, not dropped)
                    apart.append(box)
                    continue
                rows[k][col] = value
                path = f"{meta.key}[{k}].{col}"
                where[path] = box.location
                provenance[path] = Provenance(
                    box.location, lab.box.text, lab.box.location, sure * lab.score, "section"
                )
            if apart and len(rows) == 1 and isinstance(rows[0].get(column), str):
                path = f"{meta.key}[0].{column}"
                provenance[path] = replace(provenance[path], confidence=min(provenance[path].confidence, 0.5))
                params = {"value": _short(rows[0][column]), "cells": "、".join(b.text.strip() for b in apart)}
                self.problems.append(
                    Problem("text_joins_cells", path, "", "", where[path], "warning", params)
                )
            values[meta.key] = rows
            where.setdefault(meta.key, lab.box.location)
            return


def _note_row(row: dict[str, Any], columns: dict[str, FieldMeta], required: Sequence[str]) -> bool:
    """Does a table's row hold one text alone, in a text column, none of the line's required
    values (``客户要求8/15前补货`` under the part's name): a note between the items, no line?"""
    filled = [c for c, v in row.items() if v is not None]
    return (
        len(filled) == 1
        and columns[filled[0]].kind == "text"
        and any(c != filled[0] for c in required)  # (a required value of the line's missing)
        and isinstance(row[filled[0]], str)
        and not label_like(row[filled[0]])
    )


def _row_passed(code: str, key: str, band: Sequence[Box]) -> Problem:
    """The warning ``code`` on table ``key`` for a row of the table not read as a line, its text
    shown (a group's heading, a title's row at a page turn)."""
    shown = " ".join(b.text.strip() for b in sorted(band, key=lambda b: b.x0) if not b.empty)
    first = min((b for b in band if not b.empty), key=lambda b: (b.y0, b.x0))
    return Problem(code, key, location=first.location, severity="warning", params={"text": _short(shown)})


_GOES_ON = lazy_re(r"^[a-z(（]")  # a line going on from the one above (lower case, a bracket)


def _entry_cells(boxes: Sequence[Box], lines: Sequence[str]) -> bool:
    """Are the lines under a list's heading one entry a cell: each line a box of its own, the
    boxes one under the other and as wide as each other (the ruled cells of a summary sheet's
    D4 block, each holding a cause), no line running on into the next (a sentence wrapped at
    ``and`` or a comma, the next line going on in lower case)?"""
    filled = [b for b in boxes if not b.empty]
    if len(filled) != len(lines) or len(filled) < 2:
        return False
    if any("\n" in str(b.value).strip() or str(b.value).strip() != ln for b, ln in zip(filled, lines)):
        return False
    first = filled[0]
    if any(abs(b.x0 - first.x0) > 1.0 or abs(b.x1 - first.x1) > 1.0 for b in filled):
        return False  # a text's own lines, each as wide as its words
    if any(b.y0 < a.y1 - 1e-6 for a, b in zip(filled, filled[1:])):
        return False
    return not any(
        _UNFINISHED.search(a.rstrip()) or _GOES_ON.match(b.lstrip()) for a, b in zip(lines, lines[1:])
    )


def _signed_date(
    page: _Page, head: Box, columns: dict[str, FieldMeta], rows: list[dict[str, Any]], taken: set[int]
) -> tuple[str, Box, Box] | None:
    """A text box's sign-off line (``责任部门负责人： | 日期： | 2026.09.09``) under a heading
    read as one row of a table with a date column: the date beside the bare ``日期`` label in
    the heading's block (down to the next label at the heading's left edge, but the box's own
    sign-off caption ``责任部门负责人`` on the date's line) is that row's date, its first date column.
    (column, date label, date box), or None."""
    dates = [c for c, m in columns.items() if m.kind == "date"]
    if not dates or rows[0].get(dates[0]) is not None:  # (the row's own date: its first)
        return None
    below = [b for b in page.under(head.y1 - 1e-6) if b.y0 >= head.y1 - 1e-6]
    end = min(
        (
            b.y0
            for b in below
            if page.is_label(b)
            and abs(b.x0 - head.x0) <= 1.0
            and (
                ((m := page.vocab.match(b.text)) is not None and m[1] >= 0.85)
                # a sign-off block of its own (Prepared by | Approved by over Date | …), not
                # the box's own sign-off line, which holds its 日期 on the same line
                or not any(norm(o.text) in BARE_DATE for o in page.band_of(b))
            )
        ),
        default=float("inf"),
    )
    found = []
    for label in below:
        if label.y0 >= end or norm(label.text) not in BARE_DATE or not page.is_label(label):
            continue
        right, _next = page.right_of(label)
        filled = [b for b in right if not b.empty]
        if filled and id(filled[0]) not in taken and _as_date(filled[0].value) is not None:
            found.append((label, filled[0]))
    if len(found) != 1:
        return None
    return dates[0], found[0][0], found[0][1]


def _one_a_box(boxes: Sequence[Box], texts: Sequence[Any]) -> Sequence[Box] | None:
    """The boxes, when each holds one of ``texts`` in order (a list one item a row, each in a cell
    of its own): each item's place is its own cell, so that a profile learns every row, not the
    first cell only. None for a list inside one cell."""
    if len(boxes) != len(texts) or len(boxes) < 2:
        return None
    same = all(str(b.value).strip() == str(t).strip() for b, t in zip(boxes, texts, strict=True))
    return boxes if same and len({b.location for b in boxes}) == len(boxes) else None


def _header_is_option_caption(page: _Page, meta: FieldMeta, provenance: dict, before: set[int]) -> bool:
    """Was a table read under a header that is one of two or more option captions
    (``⑤發生對策`` beside ``⑥流出對策``, each over its own text)? Then the captions are the
    table's rows (:func:`option_captions`), not a header over a column."""
    _main, captions = page.option_captions(meta, before)
    if not captions or len(captions) < 2:
        return False
    heads = {h.location for _r, _p, h in captions}
    read = [p for k, p in provenance.items() if k.startswith(meta.key + "[")]
    return any(p.label_location in heads for p in read)


def _sign_off_grid_read(page: _Page, meta: FieldMeta, rows: Any, before: set[int]) -> bool:
    """Was a table of people read from a sign-off grid (``Role | Name | Date | Signature`` over
    ``Prepared by | Xu Jing | …``): every row's choice cell filled with no option of its column,
    while the table's own heading stands on the page with its text beside it (``D1 Team | Huang
    Wei, Peter Lang, Xu Jing``)? Then the grid is the sign-offs', the team the heading's text."""
    columns = describe(meta.row_model) if meta.row_model is not None else {}
    main = next((c for c, m in columns.items() if m.required and m.kind == "text"), None)
    choices = [c for c, m in columns.items() if m.kind == "term" and m.term is not None]
    if (
        not isinstance(rows, list)
        or not rows
        or main is None
        or not person_field(columns[main])
        or not choices
    ):
        return False
    for row in rows:
        said = [row.get(c) for c in choices if isinstance(row, dict) and row.get(c) not in (None, "")]
        if not said or any(
            columns[c].names_option(row.get(c)) for c in choices if row.get(c) not in (None, "")
        ):
            return False
        if not all(isinstance(role, str) and sign_off_caption(role, or_person_label=True) for role in said):
            return False  # "Quality engineer": a member's job, the team's table with its errors
    return any(
        lab.key == meta.key
        and lab.score >= 0.85
        and (text := page.text_beside(lab.box))
        and not any(id(b) in before for b in text)
        for lab in page.labels
    )


def _answer_beside(box: Box, band: Sequence[Box]) -> bool:
    """Does a sentence stand right beside ``box`` on its line (``D5 Corrective action | Insertion
    force and depth monitored in-line.``)?"""
    right = [b for b in band if b is not box and not b.empty and b.x0 >= box.x1 - 1e-6 and b.same_band(box)]
    if not right:
        return False
    nearest = min(right, key=lambda b: b.x0)
    return isinstance(nearest.value, str) and not_a_name(nearest.value)


def _members_apart(rows: list[_Laid], main: str) -> list[_Laid]:
    """The rows a heading naming a role reads (``小組成員 | 鄧永康／周詠詩``), or a step table's
    D1 row (``D1 小组成员 | 蒋涛、陈晓红、韩磊 | 负责人 | 日期``), one per member: several people
    typed in its one cell (:func:`people_in`) are members each, the heading's role theirs alike."""
    out = []
    for row, *rest in rows:
        listed = people_in(row[main]) if isinstance(row.get(main), str) else None
        out += [cast(_Laid, ({**row, main: name}, *rest)) for name in listed or [row[main]]]
    return out


def _choices_written_out(reading: Reading, boxes: Sequence[Box], spec: FormSpec) -> None:
    """Choices written out in words (:func:`.guards.guard` runs it before the totals):
    ``不良類別：品質異常`` gives 异常类别 its option, a sentence under ``处理意见`` the decision's text."""
    option_by_unread_label(reading, boxes, spec)
    choice_by_legend(reading, spec)  # 投诉类别 ☑B类（主要）: the classes' legend grades the severity
    choice_written_out(reading, spec, boxes)
    field_by_partial_label(reading, boxes, spec)


def _block_label_beside(block: Box, header: Box) -> bool:
    """Is ``block`` a block's label at the left of ``header`` — merged down over the rows to
    its right (``圍堵措施`` written sideways over rows 6–8, ``對策 | 負責人 | …`` in row 6 beside
    it) — so that ``header``, not the block's name, is the column's header, though both name it?"""
    return (
        block.x1 <= header.x0 + 1e-6 and block.y0 <= header.y0 + 1e-6 and block.height > 1.5 * header.height
    )


def _row_warning(code: str, field: str, cells: dict[str, Box], **params: str) -> Problem:
    """A warning on a table's row, placed at the row's first cell."""
    return Problem(
        code, field, location=next(iter(cells.values())).location, severity="warning", params=params
    )


def _lone_weak_header(hit: dict[str, tuple[Box, float]]) -> bool:
    """One column named only by a word inside a longer caption (``⑤發生對策`` holds ``對策``):
    a heading of its own block, no header row of this table."""
    return len(hit) == 1 and all(score < 0.85 for _box, score in hit.values())


@memo
@lru_cache(maxsize=65536)
def _figure_or_tick(text: str) -> bool:
    """A number outside brackets, or a ticked box (:func:`.rows.ticked`): a value, never a
    column's name. Asked of every box by every table of the form: kept per text (issue 15)."""
    return _DIGIT_OUTSIDE.search(BRACKETED.sub("", text)) is not None or _ticks().search(text) is not None


def _until_stage_stamp(boxes: list[Box]) -> list[Box]:
    """A step's text on its line up to a cell holding the stage it was answered at alone
    (:func:`.placeholders.stage_stamp`: ``3D``, its date after it), the first cell kept."""
    return next((boxes[:i] for i, b in enumerate(boxes) if i and stage_stamp(b.text)), boxes)


def _until_trackers_notes(
    boxes: list[Box], vocab: Vocabulary, main: str, columns: dict[str, FieldMeta]
) -> list[Box]:
    """A step's text on its line up to the first side note that names no column of its table
    (:func:`.boxes.side_notes`: a tracker's ``進度 100%``, ``狀態 已完成``); a note naming one
    (``有效率 100%``, :func:`.boxes.noted_columns`: :func:`.sections.block_rows` reads it) is no end."""
    notes = side_notes(boxes)
    if not notes:
        return boxes
    kinds = {c: m.kind for c, m in columns.items()}
    own = noted_columns(vocab, main, [b for b in boxes if id(b) in notes], kinds)
    return next((boxes[:i] for i, b in enumerate(boxes) if id(b) in notes and id(b) not in own), boxes)


def _sign_names_none(box: Box, band: list[Box], vocab: Vocabulary) -> bool:
    """Is ``box`` a currency sign alone that heads no column: the band heads another column with
    a sign too (``¥ | ¥`` over the price and the amount), names the column the sign would by its
    own words (``数量 | ¥ | 金额``: the sign over the price), names no other column of the table
    (a header row has its other headers beside the sign), or goes on, right of the sign, with
    figures one digit a box (``合计 | ¥ | 8 | 2 | 7 | 6 | 4 | 0``: a total written out, a figure)?"""
    if not sign_alone(box.text):
        return False
    others = [b for b in band if not b.empty and b is not box]
    if any(sign_alone(b.text) for b in others) or _digits_boxed_after(box, others):
        return True
    mine = vocab.match(box.text)
    if mine is None:
        return False
    named = [m[0] for b in others if (m := vocab.match(b.text)) is not None and m[1] >= 0.6]
    return mine[0] in named or not named


def priced_column(
    found: tuple[str, float, str] | None, text: str, columns: dict[str, FieldMeta]
) -> tuple[str, float, str] | None:
    """The column a header names (``found``), or — when the header names a currency (``Unit (NT$)``,
    ``Unit (USD)``) and ``found`` holds no money — the one money column whose label begins with the
    header's word (``Unit price``): a currency in a column's header is its amounts' currency, never
    the unit of measure's."""
    if found is None or columns[found[0]].kind == "money" or not codes_in_label(text, money=False):
        return found
    word = norm(BRACKETED.sub(" ", text))
    priced = [
        path
        for path, meta in columns.items()
        if meta.kind == "money"
        and len(word) >= 2
        and any(norm(label).startswith(word) for label in meta.labels)
    ]
    return (priced[0], found[1], found[2]) if len(priced) == 1 else found


_ONE_DIGIT = lazy_re(r"^\s*\d\s*$")


def _digits_boxed_after(sign: Box, others: list[Box]) -> bool:
    """Do the next two boxes right of ``sign`` on its row each hold one digit (``¥ | 8 | 2``)?"""
    after = sorted((b for b in others if b.x0 >= sign.x1 - 1e-6), key=lambda b: b.x0)[:2]
    return len(after) == 2 and all(_ONE_DIGIT.match(b.text) for b in after)


def _other_discipline_heading(text: str, meta: FieldMeta) -> bool:
    """Is ``text`` the heading of disciplines other than the one ``meta`` belongs to (``D6
    Verification`` over D5's table; ``D5/D6 …`` names D6 too: see :func:`.sections.disciplines_named`)?"""
    named = disciplines_named(text)
    section = getattr(meta, "section", "") or ""
    return bool(named) and section.startswith("d") and section not in {f"d{n}" for n in named}


def _values_before_labels(
    page: _Page, candidates: list[_Candidate], taken: set[int], order: dict[str, int]
) -> list[_Candidate]:
    """A form that prints every label to the RIGHT of its value (``CC-115-0904 | 抱怨編號``): a
    column of labels with nothing right of them, each beside a value on its left. Only when
    three labels or more of one column read so (and most of that column) is the value left of
    a label taken for it, read with low confidence so the clerk is shown it."""
    read = {id(c.label) for c in candidates if c.value is not None}
    found: list[tuple[_Label, Box]] = []
    for lab in page.labels:
        meta = page.fields.get(lab.key)
        if meta is None or meta.kind in ("table", "group") or lab.score < 0.5 or id(lab.box) in taken:
            continue
        if id(lab.box) in read:
            continue
        band = page.band_of(lab.box)
        if any(not b.empty and b is not lab.box and b.x0 >= lab.box.x1 - 1e-6 for b in band):
            continue  # something right of it: an ordinary label
        left = [b for b in band if b is not lab.box and b.x1 <= lab.box.x0 + 1e-6]
        if not left:
            continue
        value = max(left, key=lambda b: b.x1)
        if value.empty or page.is_label(value) or id(value) in taken:
            continue
        found.append((lab, value))
    columns: dict[float, list[tuple[_Label, Box]]] = {}
    for lab, value in found:
        columns.setdefault(round(lab.box.x0, 1), []).append((lab, value))
    out: list[_Candidate] = []
    for x0, pairs in columns.items():
        column = [lab for lab in page.labels if round(lab.box.x0, 1) == x0 and lab.score >= 0.85]
        sure = [lab for lab, _value in pairs if lab.score >= 0.85]
        if len(sure) < 3 or 2 * len(sure) < len({id(lab.box) for lab in column}):
            continue  # (a weak label, 编号, takes its value only in a column the sure ones make)
        for lab, value in pairs:
            out.append(
                _Candidate(
                    0.7 * lab.score,
                    lab.key,
                    value.value,
                    [value],
                    lab.box,
                    "label-after",
                    (lab.box.y0, lab.box.x0, order.get(lab.key, 0)),
                )
            )
    return out


# a column named with its rate (``VAT 13%``, ``税额 13%``, ``ALV 25,5 %``): a header, the rate no value
# of a line; with its translation after a slash too (``Moms 25 % / VAT``, ``מע״מ 18% / VAT``)
_RATE_NAMED = lazy_re(
    r"^\s*[^\W\d_][^\d]*?\s*\d{1,2}(?:[.,]\d+)?\s*%(?:\s*/\s*[^\W\d_][^\d/]*?(?:\s*\d{1,2}(?:[.,]\d+)?\s*%)?)?\s*$"
)
_FIGURE = lazy_re(r"^[(（]?\s*[-−]?\s*(?:[A-Z]{0,3}\$|[¥￥€£])?\s*[-−]?\d[\d,]*(?:\.\d+)?\s*[)）]?$")


def bare_figure(box: Box) -> bool:
    """A box holding one amount or count and nothing else (``577.2``, ``(US$ 1,200.00)``)."""
    return not box.empty and (
        isinstance(box.value, (int, float, Decimal))
        or (isinstance(box.value, str) and _FIGURE.match(box.text.strip()) is not None)
    )


def _caption(value: Any) -> Any:
    """A caption's words without its number, brackets and colon: ``4-1.(발생원인)`` → ``발생원인``."""
    if not isinstance(value, str):
        return value
    text = re.sub(r"^\s*\d{1,2}(-\d{1,2})?\s*[.、)）]?\s*", "", halfwidth(value))
    return re.sub(r"[()（）\[\]【】:：]", "", text).strip()


def _grid_rows(
    boxes: Sequence[Box], columns: dict[str, FieldMeta], main: str
) -> list[tuple[dict[str, Any], dict[str, Box]]] | None:
    """A heading over two columns, a short pre-printed word beside each answer (생산 | 刘伟,
    Champion | Lin Guodong): one row per line, the word in the option column it is an option
    of (a role), else in the first other text column (a department)."""
    bands = printed_rows([b for b in boxes if not b.empty])
    if len(bands) < 2 or any(len(band) < 2 for band in bands):
        return None
    # the two columns nearest the heading, aligned line under line; what stands farther right
    # (a table beside the block) is another block's
    pairs = [(band[0], band[1]) for band in bands]
    if any(abs(a.x0 - pairs[0][0].x0) > 1e-6 or abs(b.x0 - pairs[0][1].x0) > 1e-6 for a, b in pairs):
        if any(len(band) != 2 for band in bands):
            return None
    out: list[tuple[dict[str, Any], dict[str, Box]]] = []
    for left, right in pairs:
        word, answer = str(left.value).strip(), str(right.value).strip()
        if not isinstance(left.value, str) or re.search(r"\d", word) or len(word) > 12:
            return None
        if len(answer) > 30 or "\n" in answer:
            return None
        col = next((c for c, m in columns.items() if c != main and _is_option(m, word)), None)
        if col is None:
            col = next((c for c, m in columns.items() if c != main and m.kind == "text"), None)
        if col is None:
            return None
        out.append(({main: right.value, col: left.value}, {main: right, col: left}))
    return out


def _captioned_rows(
    boxes: Sequence[Box], columns: dict[str, FieldMeta], main: str
) -> list[tuple[dict[str, Any], dict[str, Box]]] | None:
    """Free text in boxes captioned with an option (``4-1.(발생원인)`` …, ``4-2.(유출원인)`` …,
    ``发生原因：`` …): one row per caption, the option in its column, the text under it."""
    choices = {c: m for c, m in columns.items() if m.term is not None and c != main}
    rows: list[tuple[dict[str, Any], dict[str, Box], list[list[Box]]]] = []
    for band in printed_rows([b for b in boxes if not b.empty]):
        first, rest = band[0], band[1:]
        word = _caption(first.value)
        col = next(
            (
                c
                for c, m in choices.items()
                if isinstance(word, str) and len(word) <= 20 and _is_option(m, word)
            ),
            None,
        )
        if col is not None:
            rows.append(({col: word}, {col: first}, []))
        else:
            rest = band
        if rest:
            if not rows:
                return None  # text before any caption: not this layout
            rows[-1][2].append(rest)
    out = []
    for row, places, lines in rows:
        if lines:
            row[main] = "\n".join(" ".join(str(b.value).strip() for b in line) for line in lines)
            places[main] = lines[0][0]
            out.append((row, places))
    return out or None


def _several_lines(row: dict[str, Any], col: str) -> bool:
    """The row's only value is several lines, not numbered: they may be one text or several items."""
    filled = [v for v in row.values() if v is not None]
    lines = [ln for ln in str(row[col]).split("\n") if ln.strip()]
    return len(filled) == 1 and len(lines) > 1 and not all(ENUMERATOR.match(ln) for ln in lines)


def _next_discipline(text: str) -> bool:
    """An 8D discipline heading ("D6 CORRECTIVE ACTION IMPLEMENTATION", "6 D Düzeltici…"): a block ends there."""
    return discipline(text) is not None and label_like(text)


def _numbered_rows(row: dict[str, Any], columns: dict[str, FieldMeta]) -> list[dict[str, Any]]:
    """A row whose only text is a numbered list ("1. …\n2. …") is one row per item."""
    texts = [c for c, v in row.items() if isinstance(v, str) and columns[c].kind == "text"]
    if len(row) != 1 or len(texts) != 1:
        return [row]
    col = texts[0]
    lines = [ln.strip() for ln in str(row[col]).split("\n") if ln.strip()]
    if len(lines) < 2 or not all(ENUMERATOR.match(ln) for ln in lines):
        return [row]
    return [{col: ENUMERATOR.sub("", ln).strip()} for ln in lines]


# one step of a why-chain written as a line: "Why 1: …", "为什么2：…", "2nd why - …"
_WHY_LINE = lazy_re(
    r"(?i)^\s*(?:why\s*-?\s*\d{1,2}|\d{1,2}\s*(?:st|nd|rd|th)?\s*why|为什么\s*\d{0,2}|為什麼\s*\d{0,2})"
    r"\s*[:：.\-–)]\s*(?P<answer>\S.*)$"
)


_JOINERS = r"以及|和|及|与|與|或|因为|因為|由于|由於|导致|導致|造成"  # Chinese words that join on
_UNFINISHED = lazy_re(
    r"(?:[,，、;；(（/&-]"
    r"|(?:^|\s)(?:and|or|but|because|due\s+to|of|the|to|in|on|at|for|with|a|an)"
    rf"|{_JOINERS})\s*$"
)
"""A text that cannot end there: a comma, a semicolon, an opening bracket, a slash, an ``&``, a
dash (a word broken at its hyphen), a joining word or preposition (lower case, after a space:
never the end of a part number ``WH-2231-K``), a Chinese joiner — the clerk went on on the next line
(:func:`_continued_on`), and a list's lines are no entries a cell (:func:`_entry_cells`)."""
# a value beside its label goes on on the next line only after a comma, a semicolon or a joining
# word: a dash, a slash or a preposition ends many a whole value (``-`` for none, ``did not log
# in``), which a list's lines (_UNFINISHED) may still run on after
_VALUE_UNFINISHED = lazy_re(rf"(?:[,，、;；]|\s(?:and|or|but|because|due\s+to)|{_JOINERS})\s*$")


# a sentence of Latin words begun and not ended (``… leaked at the spike. The sets were``: a
# letter's paragraph wrapped at the margin) — it goes on on a next line that starts in lower
# case (``replaced before use; …``), as a sentence going on does, never on a new one or a name
_SENTENCE_RUNS_ON = lazy_re(r"[.!?]\s+[A-Z][^.!?:：。]*[a-z]$")
_GOES_ON_LOWER = lazy_re(r"[a-z]")


def _continued_on(page: _Page, boxes: list[Box], under: list[Box], taken: set[int]) -> list[Box]:
    """The line a value beside its label goes on on (``Root cause: pin worn 0.3 mm,`` over
    ``so the housing sat 2 mm off``): the first line under the label, when the value is
    unfinished and that line is no label, nor another field's. Was: the rest was dropped."""
    text = _text_block(boxes)
    if not isinstance(text, str) or not _VALUE_UNFINISHED.search(text):
        return []
    lines = printed_rows([b for b in under if not b.empty and id(b) not in taken and b not in boxes])
    if not lines or any(page.is_label(b) for b in lines[0]):
        return []
    line = " ".join(str(b.value) for b in lines[0]).strip()
    if _WHY_LINE.match(line) or _as_date(line) is not None or name_alone(line):
        return []  # a why-step, a date or a name alone: its own thing, not the sentence's end
    if lines[0][0].y0 - max(b.y1 for b in boxes) > 1.5 * boxes[0].height:
        return []  # an empty row between them: another text
    return list(lines[0])


def _rows_inserted_under(page: _Page, head: Box, boxes: list[Box], taken: set[int]) -> list[Box]:
    """The rows a clerk inserted under a step's row, their label cell left empty (``D3 ICA | 100 %
    check`` over `` | Stock at the customer sorted.``): each next line, no farther than a line
    under the one before, one text cell alone starting where the text beside the heading starts,
    nothing under the heading, no label, date or name alone. Each is an entry of the step's
    table (:func:`_entry_cells`). Was: the inserted row was dropped, unsaid."""
    if not boxes or not boxes[0].same_band(head):
        return []
    first = boxes[0]
    # a column's width on a sheet is 1: a quarter of a line's height there, a point on a print
    tol = min(1.0, max(first.height, 1e-6) / 4)
    if first.x0 < head.x1 - tol:
        return []  # the text shares the heading's cell ("Root cause: pin worn,"): no row beside it
    out: list[Box] = []
    last = max(boxes, key=lambda b: b.y1)
    while True:
        near = last.y1 + 1.5 * max(last.height, 1e-6) + 1.0
        below = [
            b for b in page.under(last.y1 - 1e-6, near) if not b.empty and b not in boxes and b not in out
        ]
        lines = printed_rows(below)
        if not lines:
            return out
        line = lines[0]
        cell = line[0]
        text = str(cell.value).strip() if isinstance(cell.value, str) else ""
        if (
            len(line) != 1
            or id(cell) in taken
            or page.is_label(cell)
            or abs(cell.x0 - first.x0) > tol
            or cell.y0 - last.y1 > 1.5 * max(last.height, 1e-6)
            or not text
            or _as_date(text) is not None
            or name_alone(text)
        ):
            return out
        out.append(cell)
        last = cell


# a person's name alone in a cell: two to four Han characters (王強, 歐陽志明)
_NAME_ALONE = lazy_re(r"^[\u4e00-\u9fff]{2,4}$")


def _other_cells_joined(head: Box, boxes: Sequence[Box]) -> list[Box]:
    """The cells of a workbook's row read into a heading's text after its first one that hold a
    value of another kind — a date alone, a name alone (2–4 Han characters), a side note
    (``貢獻度 60%``, ``有效性 100%``): on a row with no header over its cells (``D3 暫時對策 | 在庫全檢。
    | 王強 | 2026-08-13``) each is most likely another column's value (the owner, the due date, the
    share), never more words of the text for sure. A print's line is read alike: the print of such
    a row (LibreOffice, Excel's PDF) sets each cell's words apart as a text run of its own, and a
    run holding a name or a date alone after the row's text is no more sure a word of it than on
    the sheet (before, a print's ``在庫全檢。 王強 2026-08-13`` was read joined, unsaid)."""
    line = sorted((b for b in boxes if not b.empty and b.same_band(head)), key=lambda b: b.x0)
    if len({b.location for b in line}) < 2:
        return []
    notes = side_notes(line)
    return [
        b
        for b in line
        if b.location != line[0].location
        and (_dates_alone([b]) or id(b) in notes or _NAME_ALONE.match(b.text.strip()) is not None)
    ]


def _text_block(boxes: Sequence[Box]) -> Any:
    bands = printed_rows([b for b in boxes if not b.empty])
    if not bands:
        return None
    if len(bands) == 1 and len(bands[0]) == 1:
        return bands[0][0].value
    return "\n".join(" ".join(str(b.value).strip() for b in band) for band in bands)


CHOICE_KINDS = ("term", "terms", "bool")


def _coded_line(page: _Page, cand: _Candidate, value: Any) -> str | None:
    """The line of options a choice was read from, when it is a symbol font's box codes in a
    text font (``R PFMEA £ Control Plan`` printed in DejaVu; symbol_fonts.marks_by_code): the
    value itself, or its cell and the cells after it on its line (a print parts ``R`` |
    ``PFMEA`` | ``£`` | ``Control Plan``) — never read as the options its words name."""
    if not isinstance(value, str):
        return None
    if marks_by_code(value):
        return value
    first = cand.places[0] if cand.places else None
    if first is None:
        return None
    line = sorted(
        (
            b
            for b in page.band_of(first)
            if b.x0 >= first.x0 - 1e-6 and not b.empty and isinstance(b.value, str)
        ),
        key=lambda b: b.x0,
    )
    text = " ".join(str(b.value).strip() for b in line)
    return text if len(line) > 1 and marks_by_code(text) else None


TITLE_NO_LABEL = 0.8  # a title read as a label no closer than this is first of all the title
TITLE_AS_LABEL = (
    0.9  # ... and a lesser label: a label printed as such beats it (RMA单号 over 退货申请单(RMA))
)


def _printed_texts() -> frozenset[str]:
    """What our forms print that is never an answer: titles, marks (内部文件 不得影印送客户) and
    the sign-off block (制作 / 审核 / 核准, alone or with its English)."""
    return form_labels().derived(_texts_printed)


def _texts_printed(labels: FormLabels) -> frozenset[str]:
    """:func:`_printed_texts` of the forms ``labels`` indexes."""
    from ..forms.base import SIGNATURES

    signed = [t for zh, en in SIGNATURES for t in (zh, f"{zh} {en}")]
    texts = [t for s in labels.specs for t in (*s.titles, *s.marks)] + signed
    return frozenset(norm(t) for t in texts if norm(t))


def _own_codes() -> re.Pattern[str]:
    """Any of our forms' codes, printed on its control line."""
    return form_labels().derived(_codes_of)


def _on_page_mark_line(page: _Page, cand: _Candidate) -> bool:
    """Is a code's value read on the line that prints the page's ``第 1 頁 共 1 頁`` / ``Page 1 of 2`` (in the
    value's own text after it, or in a box of the label's line)? That line is the template's document-control
    line (``鴻鈞精密模具　表單編號：QR-8.2-05　第 1 頁 共 1 頁``): its number is the form's code, and a label of the
    field in the body, read as surely, is the record's."""
    meta = page.fields.get(cand.path)
    if meta is None or meta.kind != "code" or cand.value is None or not cand.places:
        return False
    if PAGE_MARK.search(str(cand.value)):
        return True
    first = cand.places[0]
    return any(
        b is not first
        and not b.empty
        and b.same_band(cand.label)
        and b.x0 >= first.x1 - 1e-6
        and PAGE_MARK.search(b.text)
        for b in page.boxes
    )


def _codes_of(labels: FormLabels) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(s.code) for s in labels.specs if s.code))


def _own_control(box: Box, boxes: Sequence[Box]) -> bool:
    """Is this 表单编号 our own control line (it names one of our form codes)? On another
    company's form 表单编号 may label the document's own number (their form code then being
    printed as 格式编号): there it is an ordinary label."""
    from ..forms.base import CONTROL_LINE

    text = simplified(halfwidth(box.text))
    if not text.strip().startswith(CONTROL_LINE[0]) or _own_codes().search(text) or CONTROL_LINE[1] in text:
        return True
    right = [b for b in boxes if b is not box and not b.empty and b.same_band(box) and b.x0 >= box.x1 - 1e-6]
    if not right:
        return True  # nothing beside it to read
    near = min(right, key=lambda b: b.x0)
    after = sorted(right, key=lambda b: b.x0)[1:2]
    pieces = [replace(near, text=t, value=t) for t in str(near.value).split()[1:2]]
    if control_labels(after + pieces):
        return True  # 表单编号：QR-7.2-05 版次：A/2 — the code then the revision: the blank's own line
    return bool(_own_codes().search(str(near.value))) or CONTROL_LINE[1] in str(near.value)


@memo
@lru_cache(maxsize=16384)
def _control_line(text: str) -> bool:
    """The document-control line our blanks print (表单编号 QR-047-01-A2　生效日期 …), whole or a piece."""
    from ..forms.base import CONTROL_LINE

    folded = simplified(_control_head(text))  # 表單編號 on a zh-Hant form too
    return folded.startswith(tuple(CONTROL_LINE))  # (any word of it, in one call)


def _control_head(text: str) -> str:
    """What :func:`_control_line` looks at of a text: its first characters."""
    return halfwidth(text).strip()[:8]


def _control_line_heads(boxes: Sequence[Box]) -> Iterator[str]:
    """What :func:`_control_line` will simplify of the page's texts (simplified at once)."""
    return (_control_head(b.text) for b in boxes if not b.empty and isinstance(b.value, str))


def _long_member(spec: FormSpec, group: str) -> str | None:
    """The text area of a group (the 8D's D2 statement): what its heading's free text fills."""
    meta = spec.fields.get(group)
    if meta is None or meta.kind != "group" or meta.row_model is None:
        return None
    return next((f"{group}.{k}" for k, m in describe(meta.row_model).items() if m.long), None)


def read_boxes(boxes: Sequence[Box], spec: FormSpec) -> Reading:
    """Values of ``spec``'s fields found next to their labels among ``boxes`` (one sheet or
    page), with where each came from and how sure the reader is; see the module docstring."""
    boxes = leaders_apart(boxes)  # "Debit Note No. ...... DN-26-0331-07": the leader parts them
    boxes = legend_labels(boxes)  # ① beside a value, "① 客戶名稱" in a legend: the box is labelled
    boxes = two_line_items(boxes, spec)  # 品號 品名規格 over 核准數 實退數 …: an item over two lines
    boxes, headings = invoice_headings(boxes)  # 發票 KH-…（2026/03/05） over the lines it heads
    boxes, twins = first_copy(boxes)  # 第一聯 | 第二聯 side by side: each copy's fields are its own
    boxes, stacked = current_form(boxes)  # last month's closed form above the new one: the new one
    boxes, records = first_record(boxes, spec)  # a system's list, a record a row: the first, said
    # B beside 客户要求（代码）, "客户要求：A=退货 B=换货" in the legend: 换货 — the form's own legend
    # (last month's form above it, its legend too, is set aside first)
    boxes, legend_codes = coded_values(boxes)
    # the headings of steps numbered past eight, read by their names (by id, the boxes kept so
    # that no later box takes a freed one's id)
    step_heads: dict[int, Box] = {}
    if spec.kind == "8d":
        printed = list(boxes)
        boxes = counted_steps(printed)  # "Step 1 Plan" … "Step 10 Closure": read by their names
        step_heads = {id(b): b for b, was in zip(boxes, printed, strict=True) if b is not was}
        boxes = roman_letter_steps(boxes)  # "I. 成立小组" … "VIII. 结案" in order: the steps
        boxes = enclosed_steps(boxes, spec)  # "❶ 小组成员" … "❽ 结案日期" named as the steps: the steps
        boxes = ordinal_steps(boxes)  # "第一步 成立小组" … "第八步 结案日期" in order: the steps
        boxes = dated_steps(boxes)  # "D3 暫時對策（03/08）": the step's date is no part of its heading
    page = _unread_page(boxes, spec) or _Page(boxes, spec)
    page.problems.extend(stacked + records)
    _remember_labels(boxes, spec, page)
    page.stoppers.update(labels_among_labels(page))  # 倉管簽收 among 核准 | 簽收日期 on a print
    # a step's heading is a label: one naming no field is said (unread_label), never passed over
    page.stoppers.update(id(b) for b in page.boxes if step_heads.get(id(b)) is b)
    values: dict[str, Any] = {}
    where = Locations()
    provenance: dict[str, Provenance] = {}
    bands = page.bands
    used: set[int] = set()
    taken: set[int] = set()  # boxes some field or table has read (as label or value)
    for meta in page.fields.values():
        if meta.kind == "table":
            before = set(taken)  # what other fields had read before this table was looked for
            found = page.table(meta, values, where, used, taken, provenance)
            if found and (
                captions_read_as_rows(meta, values.get(meta.key))
                or _header_is_option_caption(page, meta, provenance, before)
                or _sign_off_grid_read(page, meta, values.get(meta.key), before)
            ):
                # "Root Cause" over "Escape Point": option captions, each with its text beside
                values.pop(meta.key, None)
                for table in (where, provenance):
                    for stale in [p for p in table if p == meta.key or p.startswith(meta.key + "[")]:
                        del table[stale]
                found = False
            if not found or not values.get(meta.key):
                taken.intersection_update(before)  # a header over no rows: its labels are free again
                # "ICA: …" under D3 (a step table's row left to its header: D3 | Containment | …)
                block_rows(page, meta, values, where, taken, provenance, step_under_header)
                if not values.get(meta.key):  # "Root Cause: …" / "Escape Point: …" under D4
                    option_rows(page, meta, values, where, taken, provenance, before, least=2)
            if not values.get(meta.key):
                page.free_text_rows(meta, values, where, taken, provenance)
            if not values.get(meta.key):
                page.pairs_row(meta, values, where, taken, provenance)
            if not values.get(meta.key):
                option_rows(page, meta, values, where, taken, provenance, before)  # 發生原因 | …
    table_column_pairs(page, values, where, taken, provenance)  # "Containment Owner | S. Gomez"
    # Name / Date under D3 … D8, Role | Name | Date, 核准 over its name over its date: the act's date
    candidates: list[_Candidate] = sign_off_candidates(page, values, where, taken, provenance)
    order = {path: i for i, path in enumerate(page.fields)}
    for lab in page.labels:
        if id(lab.box) in taken:
            continue
        path = lab.key
        found_meta = page.fields.get(path)
        if found_meta is None:
            # a group's heading beside the tick line of one of its members, or over its text
            member = ticked_member(page, path, lab.box) or ticked_member_below(page, path, lab.box)
            listed = listed_member(page, path, lab.box) if member is None else None
            if listed is not None:  # "PFMEA、控制计划更新" under D7: the documents updated
                where_, value_, places_ = listed
                order_ = (lab.box.y0, lab.box.x0, order.get(where_, 0))
                candidates.append(
                    _Candidate(lab.score * 0.85, where_, value_, places_, lab.box, "label-below", order_)
                )
                continue
            long = member is None
            member = member or _long_member(spec, path)
            if member is None:
                continue
            heading, lab = path, _Label(lab.box, member, lab.score * 0.85)
            found_meta, path = page.fields[member], member
            if long:  # D7's text: the field its own words name (value_cues.heading_text_choice)
                for cand in page.candidates(lab, found_meta, order.get(path, 0)):
                    chosen_, sure_ = heading_text_choice(spec, heading, member, cand.value)
                    cand.path = chosen_ or cand.path
                    if not sure_:  # no words of a place or a lesson: a guess between them, said
                        cand.score = min(cand.score, LOW_CONFIDENCE - 0.01)
                    candidates.append(cand)
                    named_ = documents_named(spec, heading, cand.value)
                    if named_ is not None and named_[0] in page.fields:  # 更新 PFMEA 与控制计划。
                        cand.flags = (*cand.flags, "share")  # the text's cell read in two fields
                        candidates.append(
                            replace(
                                cand,
                                path=named_[0],
                                value=named_[1],
                                score=min(cand.score, LOW_CONFIDENCE - 0.01),
                                how="options-named",  # no cell of its own: a profile learns no place for it
                            )
                        )
                continue
        if found_meta.kind == "table":
            continue
        for cand in page.candidates(lab, found_meta, order.get(path, 0)):
            # "D7 Preventive action" over a sentence: D7's text, not a document updated
            d7_text = sentence_under_choice(spec, page.fields, path, cand.value, lab.box.text)
            if d7_text is not None:  # a guess between the group's fields: said to the clerk
                cand.path, cand.score = d7_text, min(cand.score * 0.85, LOW_CONFIDENCE - 0.01)
            candidates.append(cand)
    candidates.extend(compound_candidates(page, bands, taken))  # labels written in pieces
    candidates.extend(step_group_candidates(page, taken, _Candidate))  # D8 结案 | … | 赵总 | 4/2
    header_yields_to_rows(candidates)  # "Closed on" over every row's stamp: the D8 row's is the date
    candidates.extend(step_column_candidates(page, taken, _Candidate))  # D1 … | D8 结案 over 2026/4/20
    candidates.extend(_values_before_labels(page, candidates, taken, order))  # 值 | 標籤 forms
    firsts = _unlabelled_first_section(page, candidates, taken, order)  # a text block over 2、原因分析
    candidates.extend(cand for cand, _heading in firsts)
    claims: dict[int, list[tuple[float, str]]] = {}
    for lab in page.labels:
        claims.setdefault(id(lab.box), []).append((lab.score, lab.key))
    within = page.sections()
    told = _told_by_value(candidates)
    for cand in candidates:
        group = cand.path.partition(".")[0] if "." in cand.path else None
        home = within.get(id(cand.label))
        scores = sorted(claims.get(id(cand.label), []), reverse=True)
        if home is not None and group == home:
            # a label inside its own block ("日期" under the closure's heading): that block's field;
            # the block decides between fields, it does not make a doubtful place a sure one
            boosted = min(1.0, cand.score * 1.2)
            cand.score = boosted if cand.score >= LOW_CONFIDENCE else min(boosted, LOW_CONFIDENCE - 0.01)
            continue
        if home is not None and group != home and any(k.partition(".")[0] == home for _s, k in scores):
            cand.score *= 0.7  # another block's label
            continue
        if len(scores) > 1 and scores[1][0] >= scores[0][0] - 0.05 and id(cand) not in told:
            cand.score *= 0.8  # the label names several fields alike: which one is a guess
    explaining = instruction_boxes(page.boxes)  # an example on the form's instructions is no answer
    controls = control_labels(page.boxes)  # 版本 / 保存期限: the header's document-control block
    for cand in candidates:
        if explaining and cand.places and all(id(b) in explaining for b in cand.places):
            cand.score *= 0.3
        if controls and in_control_block(cand.label, controls):
            cand.score *= 0.85  # 表单编号 there is the template's code; the same label in the body wins
        elif _on_page_mark_line(page, cand):
            cand.score *= (
                0.85  # 表單編號：QR-8.2-05　第 1 頁 共 1 頁: the control line's code, not the record's
            )
    _whole_over_cut(page, candidates)
    candidates.sort(key=lambda c: ("deferred" in c.flags, -round(c.score, 3), c.order))
    done: set[str] = set()
    places: set[int] = set(taken)
    anchors: set[int] = set()
    chosen: dict[str, _Candidate] = {}
    owner: dict[int, str] = {}  # label box → the field it anchors
    shared: dict[int, Box] = {}  # a value's box read in shares → the label naming them
    sharing: set[int] = set()  # labels whose value is read in shares, a field a share
    # each field's own labels standing whole in a box, their own box empty: such a label is never
    # its answer (审核 | 核准 on a print whose approver's box is empty: 核准 is the approver's label)
    own_labels = {(c.path, c.label.location) for c in candidates if c.value is None}
    for cand in candidates:
        share = "share" in cand.flags
        if cand.path in done or (
            owner.get(id(cand.label), cand.path) != cand.path and not (share and id(cand.label) in sharing)
        ):
            continue
        if cand.value is not None and any(
            id(b) in places and not (share and shared.get(id(b)) is cand.label) for b in cand.places
        ):
            continue  # (a cell of two shares, 36/1,200 under 不良數/出貨數: each its label's field's)
        if cand.value is not None and any(
            (cand.path, b.location) in own_labels and norm(b.text) in _own_words(page.fields.get(cand.path))
            for b in cand.places
        ):
            continue
        if "deferred" in cand.flags and any(
            id(b) in anchors and not weak_label_value(b, cand, claims, chosen) for b in cand.places
        ):
            continue
        if cand.value is None and cand.path in where:
            continue
        where[cand.path] = cand.places[0].location
        if cand.value is None:
            anchors.add(id(cand.label))  # the field's own label, its value empty: never an answer
            owner.setdefault(id(cand.label), cand.path)
            continue  # the label is here, its value is not: keep looking, remember the place
        done.add(cand.path)
        chosen[cand.path] = cand
        anchors.add(id(cand.label))
        anchors.update(id(b) for b in cand.headers)
        owner.setdefault(id(cand.label), cand.path)
        places.update(id(b) for b in cand.places)
        if share:
            shared.update((id(b), cand.label) for b in cand.places)
            sharing.add(id(cand.label))
        meta = page.fields[cand.path]
        value = with_unit(meta, cand.label.text, cand.value)
        coded = _coded_line(page, cand, value) if meta.kind in CHOICE_KINDS else None
        # (a line of a symbol font's codes in a text font: kept as printed, guards says why not read)
        value = coded if coded is not None else as_option(meta, value)
        if coded is None:  # "退货，请尽快处理": the options read, the remark beside them said
            page.problems += choice_remarks(meta, cand.value, value, cand.path, cand.places[0].location)
        page.problems += unit_doubt(meta, cand.label.text, value, cand.path, cand.places[0].location)
        value, doubts = ticked_known(meta, cand.value, value, cand.path, cand.places[0].location)
        page.problems.extend(doubts)  # "☒ 8D report": a ticked word none of the options
        value_paths.put(values, cand.path, value, make=True)
        provenance[cand.path] = Provenance(
            cand.places[0].location,
            cand.label.text.strip(),
            cand.label.location,
            min(1.0, cand.score),
            cand.how,
        )
        if any(flag != "share" for flag in cand.flags):
            provenance[cand.path] = Provenance(
                **{**provenance[cand.path].__dict__, "how": cand.how + ":label-like"}
            )
        if "next_caption" in cand.flags:  # the next column's caption beside the label: a guess, said
            provenance[cand.path] = replace(provenance[cand.path], confidence=min(cand.score, 0.5))
        if (cell := page.glued_tails.get(id(cand.label))) is not None:
            # "Part No. (Rev.2) | AB-1203-X": the neighbour read, the tail maybe meant: checked
            provenance[cand.path] = replace(
                provenance[cand.path],
                label=cell.text.strip(),
                confidence=min(provenance[cand.path].confidence, GLUED_TAIL_CONFIDENCE),
                how=cand.how + ":glued-tail",
            )
    page.problems.extend(_first_section_said(chosen, firsts))
    # two places read alike for one field, with different values: the choice is a guess
    rivals: dict[str, list[_Candidate]] = {}
    for cand in candidates:
        if cand.value is not None and "deferred" not in cand.flags:
            rivals.setdefault(cand.path, []).append(cand)
    for path, prov in list(provenance.items()):
        pick = chosen.get(path)
        others = [
            c
            for c in rivals.get(path, [])
            if pick is not None
            and c.places[0] is not pick.places[0]
            and not (id(c.label) in anchors and c.label is not pick.label)  # another field's label
            and not any(id(b) in places for b in c.places)  # another field's value
            and str(c.value).strip() != str(pick.value).strip()
        ]
        if others and max(c.score for c in others) >= prov.confidence - 0.1:
            provenance[path] = replace(prov, confidence=min(prov.confidence, 0.75), how=prov.how + ":rival")
    read_headings(headings, page.fields, values, where, provenance)  # the lines' invoice, no label
    letterhead_customer(page, values, where, provenance)  # a SCAR's issuer on its letterhead
    scar_answered(page, values, where, provenance)  # an 8D's SCAR No. the request it answers
    letterhead_seller(page, values, where, provenance)  # a credit memo's issuer on its letterhead
    letterhead_buyer(page, values, where, provenance)  # a debit memo's issuer, its vendor labelled
    tax_id_under_party(page, values, where, provenance, taken | places)  # "Payer" / name / 9131…
    billing_document(page, values, where, provenance)  # SAP: Billing Document the memo's own number
    billing_date(values, where, provenance)  # SAP's credit memo: its own date, not the invoice's
    occurrence_opens(values, where, provenance)  # an 8D with no date of its own: its 发生日期
    red_letter(values, spec)  # 红字信息表: an allowance printed in minus, read as its amounts
    page.problems.extend(gross_total(values, where, provenance, page.fields))  # "Total amount": the gross?
    readings = [  # the total's other readings, no other field's value: the gross when it is the net
        (c.value, c.places[0].location, c.label.text.strip(), c.label.location)
        for c in rivals.get("total", [])
        if chosen.get("total") is not c and not any(id(b) in places for b in c.places)
    ]
    readings[:0] = _line_figures(page.boxes, chosen.get("total"))  # Total | 3200 | 800 | 4000
    moved = net_total(values, where, provenance, page.fields, readings)  # "Total" = the lines' net
    if moved and "total" in chosen:
        chosen["total_excl_tax"] = chosen.pop("total")
        gross = next((c for c in rivals.get("total", []) if c.places[0].location == where.get("total")), None)
        if gross is not None:  # the gross read from its own label: that label is no longer lost
            chosen["total"] = gross
            anchors.add(id(gross.label))
            places.update(id(b) for b in gross.places)
    page.problems.extend(moved)
    labels = {str(p.label or "") for p in provenance.values()}  # (a note of the date order: not a label)
    day_first = stated_date_order(b.text for b in page.boxes if b.text not in labels) == "dm"
    page.problems.extend(years_of_the_form(values, spec, where, provenance, day_first=day_first))  # 9月28日
    for cand in candidates:  # labels found, values not: still anchored (empty required → its place)
        if cand.path not in done and cand.value is None:
            anchors.add(id(cand.label))
    used_ids = anchors | places
    free = [  # the labels no field took
        b
        for b in page.boxes
        if id(b) in page.stoppers
        and id(b) not in used_ids
        and id(b) not in page.no_field  # (經辦 beside 總經理: decided, the clerk's)
        and not b.empty
        and isinstance(b.value, str)
    ]
    unread = [b for b in free if not page.known(b)]
    # … and a label known only loosely (another table's column, a known label inside it) that no
    # field took: its head words may tell (Código / Code: part_no, not the penalties' code); said
    # unread only where it was (never reported for want of a guess)
    # (and a label of the form's party, ``Complainant``: over a person's name, the person who complained)
    # (and a sign-off's caption, 审核, beside a name the page took for a label: 审核 | 蒋文斌)
    loose = [
        b
        for b in free
        if page.known(b)
        and (page.known_loosely(b) or party_label(page.spec, b.text) or _caption_by_name(page, b, free))
    ]
    # a label no vocabulary knows, read by its head word and first word (机身编号, Inspection
    # date): the field still empty, the value's shape its kind's, always warned (head_words.py)
    unread, by_head = read_by_head_words(
        _head_reader(page, taken, provenance), unread + loose, values, where, provenance, used_ids
    )
    loose_ids = {id(b) for b in loose}
    unread = [b for b in unread if id(b) not in loose_ids]
    page.problems.extend(by_head)
    unread += _table_labels_unread(page, taken | used_ids, provenance, unread)
    party_again = parties_named_again(page, taken | used_ids, provenance, values)  # 分销商 | 宏达贸易
    page.problems.extend(problem for _box, problem in party_again)
    said = [*unread, *(box for box, _problem in party_again)]
    unread += texts_unread(page, taken | used_ids, provenance, said)  # 罚款金额 | 5000, Debit Amount | 5000
    page.problems.extend(copy_differences(twins, where))  # another copy says otherwise: checked
    page.problems.extend(_labels_lost(page, candidates, chosen, used_ids))
    read_fields(stacked, where)  # two forms, the last one read for want of a better sign: all in doubt
    # labels found, values not (an empty box beside each): what a blank shows (:func:`only_labels`)
    unanswered = list(
        {id(c.label): c.label for c in candidates if c.value is None and c.path not in done}.values()
    )
    page.problems.extend(coded_said(legend_codes, {path: prov.location for path, prov in provenance.items()}))
    reading = Reading(values, where, page.problems, provenance, unread, unanswered)
    reading.form = list(boxes) if stacked else None
    read_cause_grids(reading, boxes, spec)  # D4 as a 5-Why table or a fishbone list
    # 金额单位：千元 over the form: its amounts in yuan, before the guards check them (0.455 千元
    # is 455.00) and after, for the totals the guards read under a column
    note = amount_note(boxes)  # (looked for once: the boxes are the same both times)
    noted = _in_noted_unit(boxes, page, reading, set(), note)
    choice_over_text(reading, spec, page.fields)  # Nature of Complaint | a sentence: the problem's text
    # what reads wrong is said, never silently
    guard(reading, page.boxes, spec, page.is_label, explaining, _choices_written_out)
    signed_date_doubted(reading, page.boxes, spec)  # Dato / Date of a sign-off block: doubted
    machine_beside_part(reading, page.boxes, spec)  # 机型 X200 beside 产品名称: the machine the part is in
    _in_noted_unit(boxes, page, reading, noted, note)
    total_beside_unread_tax(reading, page)  # 合计 read excl. tax beside an unnamed 消費税 line: doubted
    values_beside_unread(reading, page)  # Damage | … beside Description | …: the value read doubted
    values_named_again(reading, page)  # Production Batch (unknown) on a form whose lot came from Serial No.
    lone_count_doubted(reading, page)  # 數量(台) the complaint's one count: delivered or defective, said
    tax_id_party_guessed(reading, page)  # 扣款单位 (a guess) | … | 税号 | 9132…: whose id, doubted
    halves_in_doubt(reading, page)  # 不良数量 Qty Shipped | 30: the halves name two fields, doubted
    return reading


def _caption_by_name(page: _Page, box: Box, free: Sequence[Box]) -> bool:
    """Is ``box`` a sign-off's caption (审核, 核准: :func:`.persons.sign_off_caption`) that no field
    took, with right beside it a person's name (审核 | 蒋文斌) — a value, or a text the page took for
    a label that no field took either (the name styled as the captions are)? Then the head-word
    rule may read it (the form's signer its words name, warned), never pass it over."""
    if not sign_off_caption(box.text):
        return False
    right, label = page.right_of(box)
    filled = [b for b in right if not b.empty]
    name = filled[0] if filled else label
    return (
        name is not None
        and (not page.is_label(name) or any(b is name for b in free))
        and isinstance(name.value, str)
        and a_named_person(name.text)
    )


def _head_reader(page: _Page, taken: set[int], provenance: dict[str, Provenance]) -> HeadReader:
    """What :func:`.head_words.read_by_head_words` asks of a page: its values' places beside or
    under a label box, found as a known label's are (:meth:`_Page.candidates`) — never a cell a
    table read (``taken``), nor one under a label among other labels (含税金额 in a table's header
    row over its first line: a column of the table, no field of the form) unless that row is one
    record's captions (:func:`_record_captions`)."""

    def places(box: Box, path: str, meta: FieldMeta) -> list[tuple[Any, list[Box]]]:
        found = page.candidates(_Label(box, path, HEAD_STRENGTH), meta, 0)
        in_row = any(b is not box and page.is_label(b) for b in page.band_of(box))
        return [
            (c.value, c.places)
            for c in found
            if c.value is not None
            and not {"deferred", "label_like", "next_caption"} & set(c.flags)
            and not any(id(b) in taken for b in c.places)
            and (c.how == "label-right" or not in_row or _record_captions(page, box, c.places[0], provenance))
        ]

    def label_beside(box: Box) -> Box | None:
        right, next_label = page.right_of(box)
        return next_label if next_label is not None and all(b.empty for b in right) else None

    texts = tuple(
        b.text
        for b in page.boxes
        if not b.empty and isinstance(b.value, str) and 4 <= len(b.text.strip()) <= 60
    )
    return HeadReader(page.spec, page.fields, places, page.is_label, label_beside, texts)


# a row of captions over one record's values (a system's export: 单据编号 | 单据日期 | … | 制单人): two
# of its other captions read as the form's own labels, each its value right under it on one row
_RECORD_CAPTIONS_READ = 2


def _record_captions(page: _Page, box: Box, value: Box, provenance: dict[str, Provenance]) -> bool:
    """Is ``box`` a caption in a row of one record's captions, ``value`` on the row of that record's
    values? So when :data:`_RECORD_CAPTIONS_READ` other captions of its row were read as the form's
    labels, their values under them on ``value``'s row, and no second row of values under it
    (:func:`_another_values_row`): then the unknown caption is read by its head word as they were (a table's header row over its first line is read by the table: its cells are
    none of the form's fields, its captions no provenance's labels)."""
    if value.same_band(box) or value.y0 < box.y1 - 1e-6:
        return False  # not under the caption
    if _another_values_row(page, box, value):
        return False  # 含税金额 over 904.00 over 678.00: a table's lines, not one record
    captions = {b.location for b in page.band_of(box) if b is not box and page.is_label(b)}
    values_row = {b.location for b in page.band_of(value)}
    read = sum(
        1
        for prov in provenance.values()
        if prov.label_location in captions and prov.location in values_row and prov.how != "label-right"
    )
    return read >= _RECORD_CAPTIONS_READ


def _another_values_row(page: _Page, caption: Box, value: Box) -> bool:
    """Does the next filled row under ``value``'s hold another value under ``caption`` (a second
    line of a table, a second record), not a label?"""
    row = {id(b) for b in page.band_of(value)}
    below = [b for b in page.under(value.y1 - 1e-6) if not b.empty and id(b) not in row and b.y0 >= value.y0]
    if not below:
        return False
    nearest = min(below, key=lambda b: b.y0)
    return any(
        not b.empty and b.overlaps_x(caption.x0, caption.x1) and not page.is_label(b)
        for b in page.band_of(nearest)
    )


def _in_noted_unit(
    boxes: Sequence[Box], page: _Page, reading: Reading, done: set[str], note: tuple[Decimal, float] | None
) -> set[str]:
    """A note over the form naming the unit of its amounts (``金额单位：千元``, the one rule of
    this reader and of a layout profile: :func:`units.amount_note`, :func:`units.noted_factor`):
    every amount read under a label naming no unit of its own is in it, and held in yuan
    (12.000 → 12000.00), decided on the values as written. The note is over the amounts it
    names: one standing wholly above it (a form in yuan, the note heading another block under
    it) is not scaled, nor a line's price in yuan (:func:`units.price_in_yuan`).
    The paths scaled (those in ``done`` are not scaled again). ``note``: :func:`units.amount_note`
    of ``boxes``."""
    if note is None:
        return set()
    factor, top = note
    at = {b.location: b for b in boxes}
    scaled_now: set[str] = set()
    decided: list[tuple[str, Decimal | None]] = []  # decided on the values as written, then scaled
    for path, prov in reading.provenance.items():
        if path in done:
            continue
        root, _, col = path.partition(".")
        meta = page.fields.get(root.partition("[")[0])
        qtys: list[str] = []
        if meta is not None and meta.kind == "table" and col and meta.row_model is not None:
            columns = describe(meta.row_model)
            qtys = [name for name, m in columns.items() if m.kind == "qty"]
            meta = columns.get(col)
        if meta is None or meta.kind not in ("money", "qty"):
            continue
        if (box := at.get(prov.location)) is not None and box.y1 <= top:
            continue  # above the note: not in its unit
        if meta.kind == "qty":  # Figures in thousands: the amounts' unit, the count as written, said
            if (
                not done
                and value_paths.get(reading.values, path) is not None
                and not own_count_unit(prov.label)
                and (said := _counts_note(boxes))
            ):
                params = {"value": _short(value_paths.get(reading.values, path)), "note": said}
                reading.problems.append(
                    Problem("qty_under_amount_note", path, "", "", prov.location, "warning", params)
                )
            continue
        row = value_paths.get(reading.values, root) if col else None
        decided.append((path, noted_factor(factor, meta.kind, prov.label, col, row, qtys)))
    for path, by in decided:
        value = value_paths.get(reading.values, path)
        if by is None:  # a label naming its own unit, a price per piece in yuan (1.2 × 4000 =
            scaled_now.add(path)  # 4.8 千元): kept, and not scaled later
        elif value is not None:
            value_paths.put(reading.values, path, scaled("money", by, value))
            scaled_now.add(path)
    return scaled_now


def _counts_note(boxes: Sequence[Box]) -> str:
    """The text of a note of the amounts' unit worded as though it covered counts too
    (:func:`units.note_covers_counts`), or ''."""
    return next(
        (_short(b.text.strip()) for b in boxes if isinstance(b.value, str) and note_covers_counts(b.text)), ""
    )


_FIGURE_IN = lazy_re(r"\d")


_SPACES = lazy_re(r"\s+")


def _whole_over_cut(page: _Page, candidates: Sequence[_Candidate]) -> None:
    """Two labels of one long text (a D2 sheet's ``PROBLEM DESCRIPTION`` and the summary's ``D2
    PROBLEM DESCRIPTION``), one's text the beginning of the other's: the shorter is the same
    text cut short (a print clips a cell's overflow at the next cell), so the whole one is read,
    as surely as the cut one would have been."""
    texts: dict[str, list[tuple[str, _Candidate]]] = {}
    for cand in candidates:
        meta = page.fields.get(cand.path)
        if meta is None or not meta.long or not isinstance(cand.value, str) or "deferred" in cand.flags:
            continue
        text = _SPACES.sub(" ", cand.value).strip()
        if len(text) >= 15:
            texts.setdefault(cand.path, []).append((text, cand))
    for found in texts.values():
        for short, cut in found:
            for whole, cand in found:
                if len(whole) > len(short) and whole.startswith(short) and cand.score <= cut.score:
                    cand.score = min(1.0, cut.score + 0.001)  # (a hair above: before it in a tie)


FIRST_SECTION_CONFIDENCE = 0.6  # no label says so: read, and shown for checking


def _unlabelled_first_section(
    page: _Page, candidates: Sequence[_Candidate], taken: set[int], order: dict[str, int]
) -> list[tuple[_Candidate, str]]:
    """A form whose sections are numbered ``2、原因分析：`` / ``3、改善对策`` with no ``1、`` anywhere:
    the text block of the same width just over section 2, with no label of its own, is the
    first section, the finding itself (an OQC sheet's block where the inspector writes what was
    found). Read as the form's problem text, with low confidence (no label says it); a label of
    that field below section 2 (a re-inspection row's ``不良描述``) tells of a later finding, the
    problem being told before its cause: less sure than it was."""
    path = page.spec.problem_field  # the form model's: the field the first section tells of
    if not path or path not in page.fields:
        return []
    ones = [
        lab.box.y0 for lab in page.labels if (n := section_number(lab.box.text)) is not None and n[1] == 1
    ]
    for lab in page.labels:
        meta = page.fields.get(lab.key)
        numbered = section_number(lab.box.text)
        if meta is None or not meta.long or numbered is None or numbered[1] != 2:
            continue
        label = lab.box
        if any(y < label.y0 for y in ones):
            continue  # a section 1 of its own over it: its label reads it
        width = label.x1 - label.x0
        tall = max(label.height, 1e-6)
        over = [
            b
            for b in page.boxes
            if not b.empty
            and b is not label
            and isinstance(b.value, str)
            and abs(b.y1 - label.y0) <= 0.25 * tall
            and abs(b.x0 - label.x0) <= 0.02 * width
            and abs(b.x1 - label.x1) <= 0.1 * width
        ]
        if len(over) != 1:
            continue
        (block,) = over
        text = block.text.strip()
        if (
            id(block) in taken
            or page.is_label(block)
            or section_number(text) is not None
            or len(_SPACES.sub("", text)) < 8
            or not re.search(r"[^\W\d_]", text)
        ):
            continue
        if any(
            not b.empty and b.x1 <= block.x0 + 1e-6 and b.y0 < block.y1 and b.y1 > block.y0
            for b in page.boxes
        ):
            continue  # a box left of it: a label column, not a section of its own
        # no label: an empty one where the block begins (the provenance names none)
        none = Box("", None, block.x0, block.y0, block.x0, block.y0, block.location)
        order_ = (block.y0, block.x0, order.get(path, 0))
        cand = _Candidate(
            FIRST_SECTION_CONFIDENCE, path, block.value, [block], none, "section-unlabelled", order_
        )
        for other in candidates:
            if other.path == path and other.label.y0 > label.y0:
                other.score *= 0.7
        return [(cand, label.text.strip().splitlines()[0])]
    return []


def _first_section_said(
    chosen: dict[str, _Candidate], firsts: Sequence[tuple[_Candidate, str]]
) -> list[Problem]:
    """The warning on a field read from an unlabelled first section (:func:`_unlabelled_first_section`)."""
    return [
        Problem(
            "first_section_unlabelled",
            cand.path,
            "",
            "",
            cand.places[0].location,
            "warning",
            {"value": _short(cand.value), "next": heading},
        )
        for cand, heading in firsts
        if chosen.get(cand.path) is cand
    ]


def _line_figures(boxes: Sequence[Box], pick: Any) -> list[tuple[Any, str, str, str]]:
    """The figures printed right of a total's figure on its line (``Total | 3200 | 800 | 4000``
    under ``Net | VAT | Total incl. VAT``), each with the header over it (else the total's own
    caption): readings of the total when the one read is the lines' net."""
    if pick is None or not pick.places:
        return []
    first = pick.places[0]
    out: list[tuple[Any, str, str, str]] = []
    for b in sorted(boxes, key=lambda o: o.x0):
        if b is first or b.empty or not b.same_band(first) or b.x0 < first.x1 - 1e-6:
            continue
        if not re.search(r"\d", str(b.value)):
            continue
        header = _header_over(boxes, b)
        label = header if header is not None else pick.label
        out.append((b.value, b.location, label.text.strip(), label.location))
    return out


_BRACKETED = lazy_re(r"^[(（][^()（）]*[)）]$")


def _bracketed_note(line: Sequence[Box]) -> bool:
    """Is a table's line one remark wholly in brackets and nothing else (``（單價依 USD 3.00 × 匯率 32.00 換算）``,
    ``(prices ex works)``)? A note the clerk wrote under or between the lines: no line of the table."""
    texts = [str(b.value).strip() for b in line if not b.empty]
    return bool(texts) and bool(_BRACKETED.match(halfwidth(" ".join(texts))))


def _labels_lost(
    page: _Page, candidates: Sequence[_Candidate], chosen: dict[str, _Candidate], used: set[int]
) -> list[Problem]:
    """Two labels of one field (``投诉日期`` and ``客诉日期``), each with a value beside it: the
    one read wins, the other's value is left — said on the field, with the losing label's cell,
    as a label matching no field is said (``unread_label``), so the clerk knows what was not
    read. Only a label of the field itself (matched surely, or printed in the very words of the
    label read: ``投诉单号`` twice on a sheet, two forms side by side; or ending in them:
    ``提交数量`` where a bare ``数量`` was read), not another field's label or value."""
    own = {(id(lab.box), lab.key) for lab in page.labels if lab.score >= 0.8}
    out: list[Problem] = []
    seen: set[int] = set()
    for cand in candidates:
        pick = chosen.get(cand.path)
        if (
            pick is None
            or cand.value is None
            or "deferred" in cand.flags
            or cand.label is pick.label
            or id(cand.label) in seen
            or id(cand.label) in used
            or (
                (id(cand.label), cand.path) not in own
                and not _same_words(cand.label, pick.label)
                and not _ends_in_words_of(cand.label, pick.label)
            )
            or any(id(b) in used for b in cand.places)
            or str(cand.value).strip() in ("", str(pick.value).strip())
        ):
            continue
        seen.add(id(cand.label))
        params = {
            "text": _short(shown_label(cand.label.text.strip())),
            "value": _short(cand.value),
            "read": pick.label.location,
        }
        out.append(Problem("label_lost", cand.path, "", "", cand.label.location, "warning", params))
    return out


def _table_labels_unread(
    page: _Page, used: set[int], provenance: dict[str, Provenance], unread: Sequence[Box]
) -> list[Box]:
    """The labels taken for a table by the words inside them (``有效性确认日期``, ``Effectiveness
    check by``: D6's name and a word no column of it has) with a value beside them that nothing
    read, and no line of the table read from them: said unread (``unread_label``, the label's
    cell), as a label naming no field is, never a value dropped without a word."""
    read_from = {p.label_location for p in provenance.values()}
    seen = {id(b) for b in unread}
    out: list[Box] = []
    for lab in page.labels:
        meta = page.fields.get(lab.key)
        box = lab.box
        if (
            meta is None
            or meta.kind != "table"
            or lab.score < 0.6
            or id(box) in used
            or id(box) in seen
            or box.location in read_from
            or not isinstance(box.value, str)
        ):
            continue
        right, _next = page.right_of(box)
        filled = [b for b in right if not b.empty]
        if not filled or page.is_label(filled[0]) or any(id(b) in used for b in filled):
            continue
        seen.add(id(box))
        out.append(box)
    return out


def _same_words(a: Box, b: Box) -> bool:
    """Are two labels printed in the same words (normalised)?"""
    return bool(norm(a.text)) and norm(a.text) == norm(b.text)


def _ends_in_words_of(longer: Box, read: Box) -> bool:
    """Does a label end in the very words of the label read, with words of its own before them
    (``提交数量`` beside a bare ``数量``, ``Received Qty`` beside ``Qty``)? The read one is the field's
    bare word; the longer one names the same kind of value, more precisely (normalised)."""
    whole, tail = norm(longer.text), norm(read.text)
    return len(tail) >= 2 and len(whole) > len(tail) and whole.endswith(tail)


def group_date_labels(page: Any) -> list[_Label]:
    """A group's heading with a lone date beside or under it (an 8D card ``D8 結案`` over
    ``2026/04/20``, ``D8 Closure | 2026-05-28``): the heading is the label of the group's one
    date field, a little less sure than a label of its own. Only where the group has one date
    field, prints no label of its own for it, and the first filled box beside the heading (or,
    with none, under it) is a date that reads as no label."""
    out: list[_Label] = []
    for lab in page.labels:
        meta = page.spec.fields.get(lab.key)
        if meta is None or meta.kind != "group" or meta.row_model is None or lab.score < 0.85:
            continue
        dates = [c for c, m in describe(meta.row_model).items() if m.kind == "date"]
        path = f"{lab.key}.{dates[0]}" if len(dates) == 1 else None
        if (
            path is None
            or path not in page.fields
            or any(x.key == path and x.score >= 0.85 for x in page.labels)
        ):
            continue
        right, _next = page.right_of(lab.box)
        filled = _first_run([b for b in right if not b.empty])
        if not filled:
            filled = [b for b in page.below(lab.box, None, False) if not b.empty][:1]
        if len(filled) == 1 and holds_date(filled[0]) and id(filled[0]) not in page.stoppers:
            out.append(_Label(lab.box, path, lab.score * 0.9))
    return out


def anchor(boxes: Sequence[Box], spec: FormSpec) -> tuple[dict[str, Any], Locations, list[Problem]]:
    """Values of ``spec``'s fields found next to their labels among ``boxes`` (one sheet or page).

    Returns (values, locations, problems); see the module docstring for the rules.
    """
    reading = read_boxes(boxes, spec)
    return reading.values, reading.where, reading.problems


# the labels found on the last pages read (the Excel reader asks for them again, for the
# defined names): the same list of boxes and form → the same labels, found once (issue 15)
_LABELS: dict[int, tuple[Sequence[Box], FormSpec, int, list[_Label]]] = memo({})


def _remember_labels(boxes: Sequence[Box], spec: FormSpec, page: _Page) -> None:
    if len(_LABELS) >= 8:
        _LABELS.pop(next(iter(_LABELS)))
    _LABELS[id(boxes)] = (boxes, spec, len(boxes), list(page.labels))


def _subtotal_checked(
    key: str, band: Sequence[Box], header: dict[str, Box], columns: dict[str, FieldMeta], rows: list[dict]
) -> list[Problem]:
    """A subtotal line (小计 | … | 150 | … | 1,100) against the lines of its group: each quantity
    and amount it prints that is not their sum is warned (the lines are read, the subtotal is
    not a line; a lines' figure misread or a line missed shows here)."""
    out: list[Problem] = []
    for col, head in header.items():
        if columns[col].kind not in ("qty", "money") or not rows:
            continue
        under = [b for b in band if not b.empty and b.overlaps_x(head.x0, head.x1)]
        shown = figure_of(under[0].value) if len(under) == 1 else None
        read = [figure_of(row.get(col)) for row in rows]
        figures = [f for f in read if f is not None]
        if shown is None or len(figures) != len(read):
            continue
        total = sum(figures, Decimal(0))
        if abs(total - shown) > Decimal("0.005"):
            params = {"column": head.text.strip(), "subtotal": _short(under[0].text), "sum": f"{total:f}"}
            out.append(
                Problem(
                    "subtotal_mismatch", key, location=under[0].location, severity="warning", params=params
                )
            )
    return out


def _labels_of(boxes: Sequence[Box], spec: FormSpec) -> list[_Label]:
    hit = _LABELS.get(id(boxes))
    if hit is not None and hit[0] is boxes and hit[1] is spec and hit[2] == len(boxes):
        return hit[3]
    page = _Page(boxes, spec)
    _remember_labels(boxes, spec, page)
    _keep_unread(boxes, spec, page)
    return page.labels


# the pages made for their labels only (which form is it? every form's labels are found on a
# page without a title), each kept for :func:`read_boxes` to take once when it reads the same
# boxes as the form chosen: not made again (issue 15). Keyed by the form and the boxes
# themselves (a caller's copy of the list holds the same boxes); the entry holds them, so
# their ids stay theirs. A page is made of its boxes and form alone, and finding its labels
# changes nothing of it: the page taken is the page read_boxes would make.
_UNREAD: dict[tuple[int, ...], tuple[Sequence[Box], _Page]] = memo({})
_UNREAD_KEPT = 8


def _own_words(meta: Any) -> frozenset[str]:
    """A field's labels as :func:`norm` compares them (none for a field not on the page)."""
    return frozenset(norm(str(text)) for text in meta.labels) if meta is not None else frozenset()


def _keep_unread(boxes: Sequence[Box], spec: FormSpec, page: _Page) -> None:
    while len(_UNREAD) >= _UNREAD_KEPT:
        _UNREAD.pop(next(iter(_UNREAD)), None)
    _UNREAD[_unread_key(boxes, spec)] = (list(boxes), page)


def _unread_key(boxes: Sequence[Box], spec: FormSpec) -> tuple[int, ...]:
    return (id(spec), *map(id, boxes))


def _unread_page(boxes: Sequence[Box], spec: FormSpec) -> _Page | None:
    """The page :func:`_labels_of` made of these very boxes for this form, taken (once), or None."""
    hit = _UNREAD.pop(_unread_key(boxes, spec), None)
    if hit is None or hit[1].spec is not spec or len(hit[0]) != len(boxes):
        return None
    return hit[1] if all(a is b for a, b in zip(hit[0], boxes, strict=True)) else None


def _kind_naming(spec: FormSpec) -> frozenset[str]:
    """The doubtful labels of a form's top-level fields that still name its kind (forms.Alias
    ``names_kind``), as :func:`norm` compares them."""
    return frozenset(
        norm(str(text))
        for meta in spec.fields.values()
        for text in meta.labels
        if getattr(text, "names_kind", False)
    )


def find_labels(boxes: Sequence[Box], spec: FormSpec) -> dict[str, list[Box]]:
    """The label boxes of each top-level field found among ``boxes`` (table columns not included)."""
    out: dict[str, list[Box]] = {}
    naming: frozenset[str] | None = None
    for lab in _labels_of(boxes, spec):
        if lab.score < 0.8 and lab.score >= DOUBTFUL_STRENGTH:
            # a doubtful label that names the kind all the same (钉钉's 审批编号): counted
            naming = _kind_naming(spec) if naming is None else naming
            if not any(norm(lab.box.text).startswith(k) for k in naming):
                continue
        if lab.score >= DOUBTFUL_STRENGTH:
            out.setdefault(lab.key, []).append(lab.box)
            head = lab.key.partition(".")[0]
            if head != lab.key:
                out.setdefault(head, []).append(lab.box)
    return out


# ---------------------------------------------------------------------------------- never silent
# a sign-off's label whose level forms disagree on (核准 on a 折讓單: the general manager's on some
# companies' forms, the manager's on others'), by the form's kind: a name read by it is said
ROLE_IN_DOUBT = {"allowance": frozenset({"核准"})}


def _roles_in_doubt(spec: FormSpec, reading: Reading) -> list[Problem]:
    labels = ROLE_IN_DOUBT.get(spec.kind, frozenset())
    out: list[Problem] = []
    if not labels:
        return out  # (a kind with no role in doubt: its fields' labels not folded one by one)
    for path, prov in reading.provenance.items():
        value = value_paths.get(reading.values, path)
        if value is None or simplified(_SPACE_OR_COLON.sub("", halfwidth(prov.label))) not in labels:
            continue
        zh, en = labels_for(spec, path)
        params = {"value": _short(value), "anchor": shown_label(prov.label)}
        out.append(Problem("signer_role_in_doubt", path, zh, en, prov.location, "warning", params))
    return out


# what an unread label is, as its message says it (``unread_label``'s ``what``)
_NO_FIELD = Bilingual("没有对应的栏位", "matches no field")
_KNOWN_LOOSELY = 0.6  # a label the page knows (:meth:`_Page.known`) …
_SURE_WORD = 0.85  # … surely: a field's own label, a table's column (:meth:`_Page._is_column`)


def unread_what(spec: FormSpec, text: str) -> Bilingual:
    """What a label left unread is, for its message: one whose two halves name two fields
    (``品名 Description``: 品名 the part's name, Description the problem's), one the form knows
    loosely as a field's (``Claim Ref No``: the complaint's number, read from another label or
    not at all), a column of one of the form's tables out of its table (``罚款金额``: the
    penalties' amount) — else one that matches no field. So the clerk learns which field it
    comes near, and that its value was left for a person to place."""
    vocab = vocabulary(spec)
    two = vocab.two_fields(text)
    if two is not None:
        (one, first), (other, second) = two
        a, b = labels_for(spec, first), labels_for(spec, second)
        return Bilingual(
            f"的两半分别指两个栏位（“{one}”指{a[0]}，“{other}”指{b[0]}）",
            f"names two fields by its halves ('{one}': {a[1]}; '{other}': {b[1]})",
        )
    found = vocab.match(text)
    if found is not None and found[1] >= _KNOWN_LOOSELY and found[0] in spec.leaf_fields:
        zh, en = labels_for(spec, found[0])
        if found[1] >= _SURE_WORD:  # (a label of the field's own, its value taken from another)
            return Bilingual(
                f"是{zh}的标签，但{zh}未从这里读取", f"is a label of {en}, which was not read from it"
            )
        return Bilingual(
            f"与{zh}的标签相近，但不够确定（{found[1]:.2f}）",
            f"is known only loosely as a label of {en} (confidence {found[1]:.2f})",
        )
    for path, meta in spec.leaf_fields.items():
        if meta.kind == "table" and meta.row_model is not None:
            column = columns_vocabulary(meta.row_model).match(text)
            if column is not None and column[1] >= _SURE_WORD:
                zh, en = labels_for(spec, path)
                return Bilingual(
                    f"是{zh}表格的一列，却不在表格中", f"is a column of the table {en}, out of its table"
                )
    guess = guess_field(spec, text)  # 加盟店: a shop, the customer's side, which another label gave
    if guess is not None and guess.path in spec.leaf_fields:
        zh, en = labels_for(spec, guess.path)
        return Bilingual(
            f"按其中的“{guess.head}”似指{zh}，但{zh}未从这里读取",
            f"seems, by its word '{guess.head}', to name {en}, which was not read from it",
        )
    kind = _measured_head(text)  # Deadline, 整改期限: a date's label, no field of the form's
    if kind in _KIND_NAMES:
        zh, en = _KIND_NAMES[kind]
        return Bilingual(
            f"按其末尾的词是{zh}的标签，但没有对应的栏位",
            f"labels {en} by its last word, yet matches no field",
        )
    return _NO_FIELD


_KIND_NAMES = {
    "money": ("金额", "a sum"),
    "qty": ("数量", "a count"),
    "date": ("日期", "a date"),
    "code": ("编号", "a number"),
}


def reading_problems(spec: FormSpec, reading: Reading) -> list[Problem]:
    """Warnings that keep a doubtful reading from passing silently: values read with low
    confidence, values that look like labels, and every label no field took."""
    out: list[Problem] = []
    for p in reading.problems:
        zh, en = labels_for(spec, p.field) if p.field else ("", "")
        out.append(replace(p, label=zh, label_en=en))
    warned = {f for p in reading.problems for f in p.fields}  # a guard's warning says more than "unsure"
    # a sheet's cell holding a label no field took over the value read from it ("Unit reports
    # fault code" over the rest of a description): the value may be the cell's tail only
    shared = {b.location for b in reading.unread if "!" in b.location}
    for path, prov in reading.provenance.items():
        value = value_paths.get(reading.values, path)
        if value is None:
            continue
        zh, en = labels_for(spec, path)
        if ":label-like" in prov.how:
            out.append(
                Problem(
                    "value_looks_like_label", path, zh, en, prov.location, "warning", {"value": _short(value)}
                )
            )
        elif (prov.confidence < LOW_CONFIDENCE or prov.location in shared) and path not in warned:
            out.append(
                Problem(
                    "low_confidence",
                    path,
                    zh,
                    en,
                    prov.location,
                    "warning",
                    {
                        "value": _short(value),
                        "anchor": shown_label(prov.label),
                        "confidence": f"{prov.confidence:.2f}",
                    },
                )
            )
    out += _roles_in_doubt(spec, reading)
    seen: set[tuple[str, str]] = set()
    for box in reading.unread:
        text = box.text.strip()
        if (box.location, text) in seen:
            continue
        seen.add((box.location, text))
        shown = {"text": _short(shown_label(text)), "what": unread_what(spec, text)}
        out.append(Problem("unread_label", "", "", "", box.location, "warning", shown))
    if only_labels(reading):  # a blank sent back: said empty, with no record (.reading)
        out.append(SourceError("empty_form", title=Bilingual.title(spec)).problem())
    return out


BLANK_LABELS = 3  # the printed labels a form shows at the least before it can be called blank


def only_labels(reading: Reading) -> bool:
    """Does the form show nothing but its printed labels — every value read a label beside a
    label (warned of as looking like one), among :data:`BLANK_LABELS` labels or more found with
    nothing beside them (an empty box, another label, or no field at all)? A blank template
    sent back is then said to be empty, never a record whose 核准 is ``结案日期``; "核决权限 |
    经理" alone is a sparse form read as it is (its errors said), not a blank. A word standing
    in for a value (见附件, TBD) is the clerk's: a form of them is read, each warned of as no
    value (:func:`.placeholders.not_given`), never called blank."""
    like = {
        path
        for path, prov in reading.provenance.items()
        if ":label-like" in prov.how and value_paths.get(reading.values, path) is not None
    }
    if any(path not in like for path, _ in filled(reading.values)):
        return False
    unread = {(b.location, b.text.strip()) for b in reading.unread}
    return len(like) + len(unread) + len({id(b) for b in reading.unanswered}) >= BLANK_LABELS


def merge_readings(readings: Sequence[Reading]) -> Reading:
    """One form spread over several sheets (an 8D workbook with a tab per discipline): the
    first reading, completed by the others' values for fields it has not read (or read
    less surely)."""
    first, *rest = readings
    out = Reading(
        dict(first.values),
        Locations(first.where),
        list(first.problems),
        dict(first.provenance),
        list(first.unread),
        list(first.unanswered),
    )
    for other in rest:
        for key, value in other.values.items():
            if value in (None, [], {}):
                continue
            mine = out.values.get(key)
            if isinstance(value, dict):
                target = out.values.setdefault(key, {}) if isinstance(mine, dict) or mine is None else None
                if target is None:
                    continue
                for sub, v in value.items():
                    path = f"{key}.{sub}"
                    if v is None:
                        continue
                    if (
                        target.get(sub) is None
                        or out.provenance.get(path, Provenance("")).confidence
                        < other.provenance.get(path, Provenance("")).confidence
                    ):
                        target[sub] = v
                        _copy_place(out, other, path)
                continue
            better = (
                other.provenance.get(key, Provenance("", confidence=0.9)).confidence
                > out.provenance.get(key, Provenance("", confidence=0.0)).confidence
            )
            if isinstance(value, list) and isinstance(mine, list) and mine:
                # a table read under its header beats free text under a heading on the summary sheet
                better = _sureness(other, key) > _sureness(out, key) + 0.1
            if mine in (None, [], {}) or better:
                out.values[key] = value
                for stale in [p for p in out.where if p == key or p.startswith((key + "[", key + "."))]:
                    del out.where[stale]
                for stale in [p for p in out.provenance if p == key or p.startswith((key + "[", key + "."))]:
                    del out.provenance[stale]
                _copy_place(out, other, key)
        for path, place in other.where.items():
            out.where.setdefault(path, place)
        out.unread.extend(other.unread)
        out.unanswered.extend(other.unanswered)
        out.problems.extend(other.problems)
    return out


def _sureness(reading: Reading, key: str) -> float:
    """How surely a table's rows were read: the mean confidence of its cells."""
    found = [p.confidence for path, p in reading.provenance.items() if path.startswith(key + "[")]
    return sum(found) / len(found) if found else 0.0


def _copy_place(out: Reading, other: Reading, key: str) -> None:
    for path, place in other.where.items():
        if path == key or path.startswith((key + "[", key + ".")):
            out.where[path] = place
    for path, prov in other.provenance.items():
        if path == key or path.startswith((key + "[", key + ".")):
            out.provenance[path] = prov


def lines_as_columns(
    beside: dict[str, tuple[Box, list[Box]]], over: Sequence[Box] = (), names_column: Any = None
) -> list[dict[str, tuple[Box, Box]]] | None:
    """A line table turned on its side (``Line 1 | Line 2`` over rows ``Part No.`` · ``Qty`` ·
    ``Amount``): each column right of the column labels is one line, when at least two labels
    hold a cell in each of two or more columns and every cell stands in one column, one cell a
    label per column. A column that is the lines' units, notes or total is no line
    (:func:`.table_lines.side_column`: by its heading among ``over``, the texts printed over the
    labels, where they head lines — ``names_column`` tells a name of one of the table's columns
    — else by its cells). Each line: column key → (its label, its cell). None for any other
    layout (a label with one value beside it, or cells that do not line up: a single line read
    as pairs, or no table)."""
    if sum(1 for _label, cells in beside.values() if len(cells) >= 2) < 2:
        return None  # label | value pairs side by side (one cell each): one line, not columns
    spans: list[tuple[float, float]] = []
    for _label, cells in beside.values():
        for cell in cells:
            if not any(cell.overlaps_x(x0, x1) for x0, x1 in spans):
                spans.append((cell.x0, cell.x1))
    spans.sort()
    if len(spans) < 2 or any(label.x1 > spans[0][0] for label, _cells in beside.values()):
        return None  # the labels stand in one column left of every line (not among the values)
    lines: list[dict[str, tuple[Box, Box]]] = [{} for _ in spans]
    for col, (label, cells) in beside.items():
        for cell in cells:
            at = [i for i, (x0, x1) in enumerate(spans) if cell.overlaps_x(x0, x1)]
            if len(at) != 1 or col in lines[at[0]]:
                return None  # a cell over two columns, or two cells of one label in one column
            lines[at[0]][col] = (label, cell)
    headings = _line_headings(spans, over)
    most = max(len(line) for line in lines)

    def is_line(_before: int, at: int) -> bool:
        cells = [cell for _lab, cell in lines[at].values()]
        return not side_column(headings[at], cells, most, names_column or (lambda _t: False))

    first = next((i for i in range(len(lines)) if is_line(i, i)), None)
    if first is None:
        return None
    walked = [first, *walk_lines(first, lambda i: i + 1 if i + 1 < len(lines) else None, is_line)]
    if any(is_line(i, i) for i in range(walked[-1] + 1, len(lines))):
        return None  # a line again past the lines' side column: not one turned table
    lines = [lines[i] for i in walked]
    full = [line for line in lines if len(line) >= 2]
    if len(full) < 2 or len(full) != sum(1 for line in lines if line):
        return None  # one line with a stray cell beside it (a unit, a note): no turned table
    return full


def _line_headings(spans: Sequence[tuple[float, float]], over: Sequence[Box]) -> list[str | None]:
    """Each column's heading among the texts ``over`` the row labels — only where that row
    heads lines (one of them numbers a line: ``Item 1``), else none: a form's field printed
    over the table names no column of it."""
    found: list[str | None] = []
    for x0, x1 in spans:
        heads = [b for b in over if b.overlaps_x(x0, x1)]
        found.append(heads[0].text.strip() if len(heads) == 1 else None)
    return found if any(h is not None and line_heading(h) for h in found) else [None] * len(spans)


def _price_column(key: str) -> bool:
    """Is a line's money column a price of one unit (``unit_price``, ``original_price``)?"""
    return key.endswith("price")


def _amount_column(key: str) -> bool:
    """Is a line's money column its amount (``amount``, ``allowance_amount``), not a price?"""
    return key == "amount" or key.endswith("_amount")


def _lines_tax(
    tax_line: tuple[Box, Box, str, Decimal], row: dict[str, Any], columns: dict[str, FieldMeta], tax_col: str
) -> bool:
    """Is the tax row's figure the line's own tax: its amount (the line's figure in the amount
    column: ``amount``, ``allowance_amount`` — never its unit price, whose tax a figure may be by
    chance) at the caption's rate? The form's ``營業稅 5% | 660`` under the last line is the
    tax of them all, left to the totals (it was the last line's, and the total excluding tax
    read 660 too many)."""
    from .gross_total import _figure

    tax = _figure(tax_line[1].value, columns[tax_col])
    if tax is None:
        return False
    amounts = (
        _figure(v, columns[c])
        for c, v in row.items()
        if c != tax_col and c in columns and columns[c].kind == "money" and _amount_column(c)
    )
    return any(a is not None and tax_agrees(tax, a, tax_line[3]) for a in amounts)
