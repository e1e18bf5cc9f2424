"""Layout profiles: read a form of a known foreign layout exactly.

A *profile* is a short TOML file in the ``profiles/`` folder next to ``kesu.toml`` (see
``config.profiles_dir``), written by ``kesu learn`` from one filled form of the layout and the
clerk's corrections, and editable by hand::

    name = "客户投诉处理单-华兴"
    kind = "complaint"
    sheet = "投诉处理单"

    [fields]
    customer = { cell = "B3", label = "客户名称", label_cell = "A3", at = "right" }
    ship_qty = { cell = "D5", label = "出货数量(K)", label_cell = "C5", at = "right", scale = 1000 }

    [tables.items]
    first_row = 6
    [tables.items.columns]
    qty_returned = { col = "E", label = "实退", label_cell = "E5" }

    [fingerprint]
    labels = { A3 = "客户名称", C5 = "出货数量(K)" }

A form is matched to a profile by its *fingerprint* — the printed labels of the layout and
where they stand, never the values. An Excel form whose labels all stand where the profile
says is read cell by cell; a label that moved is followed to its new cell (its field read at
the same offset from it, with a warning naming the move); a label that is gone leaves its field
unread with an error naming the label — never a value from the wrong cell. A PDF print of the
layout is read by the same labels: the value right of, below, or after its label, table rows
under their column headers, and read again by the generic reader (a disagreement is a warning).

A profile may also be learned on a PDF: its boxes are named ``p1#12`` (page, place in reading
order), the clerk points at a value by its label or by the value as printed, and the profile
is read back on that PDF before it is kept. Every value read carries its provenance (cell, or
page and box; label; confidence).
"""

from __future__ import annotations

import bisect
import datetime as dt
import json
import pickle
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path
from typing import Any, cast

from .. import value_paths
from ..forms import FIGURE_KINDS, FieldMeta, FormSpec, describe
from ..lazy_re import lazy_re
from ..memos import memo
from ..problems import Bilingual, Problem
from ..terms import TAX_RATE
from ..validation import Locations
from ..values import (
    calendar_date,
    capital_count,
    excel_serial_to_date,
    in_arabic_numerals,
    printable,
    roc_date,
    visible,
)
from .anchor import Provenance, label_with_value
from .boxes import page_number
from .compound import names_with_roles, role_column
from .currency import currency_rows
from .excel import MAX_COLS, MAX_ROWS, date_value
from .guards import (
    NUMBERED,
    _short,
    a_person,
    bare_figure_text,
    cut_company_name,
    cut_tail_first,
    doubtful_people,
    mend_read_values,
    negative_figure,
    not_a_name,
    not_printed,
    people_in,
    person_field,
    totals_caption,
)
from .head_words import by_head_word
from .legend import Coded
from .page_margins import on_page_margin
from .results import WORKBOOKS
from .rtl import NO_TEXT
from .symbol_fonts import marks_by_code
from .table_lines import (
    blank_below_line,
    headings_right,
    label_repeated_under,
    line_heading,
    subtotal_caption,
)
from .typed import scaled_read
from .units import (
    amount_note,
    conflict_problem,
    count_value,
    counted_in_thousands,
    group_unit_label,
    noted_factor,
    per_unit_factor,
    price_per_piece,
    rate_from_labels,
    scale_for,
    scaled,
    unit_conflict,
    unit_in_pieces,
)
from .xlsx_parts import column_letter as _col_letter
from .xlsx_parts import column_number

# this module's codes in the message catalogue (problems.py reads them on first look-up)
MESSAGES: dict[str, tuple[str, str]] = {
    "profile_used": (
        "按版式档案“{profile}”读取",
        "Read with the layout profile '{profile}'",
    ),
    "profile_labels_changed": (
        "表格版式与版式档案“{profile}”（{file}）不完全一致：{changes}",
        "The layout no longer matches its profile '{profile}' ({file}): {changes}",
    ),
    "profile_scale_unlike_label": (
        "版式档案“{profile}”给{label}（标签“{header}”）定的倍数 scale = {scale}，按现行单位规则该标签的倍数是 {rule}"
        "（例如“千克”是重量单位，不是“千”）；已按档案的 {scale} 读取，请核对，并用 kesu learn 重新学习此版式",
        "The layout profile '{profile}' scales {label} (label '{header}') by {scale}; by the current unit rule that"
        " label scales by {rule} (e.g. 千克 is kilograms, not thousands); it was read × {scale} as the profile says:"
        " please check it and learn the layout again (kesu learn)",
    ),
    "profile_label_moved": (
        "版式档案 {file} 中“{text}”原在 {old}，现在 {new}；{label}按新位置读取，请核对",
        "Label '{text}' of the layout profile {file} moved from {old} to {new}; {label} was read from the new place,"
        " please check",
    ),
    "profile_value_not_printed": (
        "版式档案为{label}记下的“{value}”不在这份表上（是学习那份表所填的内容），未读取",
        "{label}: '{value}', which the profile holds (it was written on the form the profile was "
        "learned from), is not on this form; not read",
    ),
    "profile_label_gone": (
        "版式档案 {file} 中的标签“{text}”（{old}）已不在表上，{label}未读取；版式已变动时请用 kesu learn --force 重新学习",
        "Label '{text}' ({old}) of the layout profile {file} is no longer on the form; {label} was not read"
        " (a changed layout is learned again with kesu learn --force)",
    ),
    "profile_value_realigned": (
        "版式档案 {file}：{label}的标签“{text}”仍在 {at}，但值所在的{line}已随其中的标签移动（{moves}：插入或删除了{line}）；"
        "按 {cell} 读取（学习时在 {was}），请核对",
        "Layout profile {file}: the label '{text}' of {label} still stands in {at}, but its value's {line_en} moved"
        " with the labels in it ({moves_en}: a {line_en} inserted or deleted); read from {cell} (learned at {was}), please check",
    ),
    "profile_next_label_changed": (
        "版式档案 {file}：{label}的值之后，学习时是标签“{was}”，现在是“{now}”（{at}）：此处版式已变动；"
        "按标签“{text}”旁原来的位置读取，请核对",
        "Layout profile {file}: after the value of {label} stood the label '{was}' when learned, now '{now}' ({at}):"
        " the layout changed there; read where it stood by its label '{text}', please check",
    ),
    "profile_learned_empty": (
        "{label}：学习版式档案 {file} 的那份表上此栏为空（位置是推测的 {was}），这份表在该处也没有读到；"
        "采用通用读取在 {at} 读到的“{other}”，请核对（可填好此栏后用 kesu learn --force 重新学习）",
        "{label}: the copy the layout profile {file} was learned on left it empty (its place, {was}, was a guess)"
        " and nothing is read there on this form; the generic reader's '{other}' at {at} is taken, please check"
        " (learn the layout again from a copy with it filled: kesu learn --force)",
    ),
    "profile_value_unplaced": (
        "版式档案 {file}：{label}的标签“{text}”（{at}）与其值（学习时在 {was}）之间的{line}已变动（{moves}），"
        "看不出值现在在哪一格，未读取{seen}；请用 kesu learn --force 重新学习此版式",
        "Layout profile {file}: the {line_en}s between the label '{text}' ({at}) of {label} and its value (learned at"
        " {was}) changed ({moves_en}); which cell holds the value cannot be told, not read{seen}: learn the layout"
        " again (kesu learn --force)",
    ),
    "profile_label_repeated": (
        "版式档案 {file} 中的标签“{text}”在打印件上出现 {count} 次；{label}按第 {nth} 处读取，工作簿各页的打印顺序可能不同，请核对",
        "Label '{text}' of the layout profile {file} is printed {count} times; {label} was read at occurrence {nth},"
        " and a workbook's tabs may print in another order: please check",
    ),
    "profile_reader_disagree": (
        "{label}：按版式档案读到“{value}”，通用读取在 {at} 读到“{other}”，请核对",
        "{label}: the profile reads '{value}', the generic reader '{other}' at {at}; please check",
    ),
    "profile_reader_more_rows": (
        "{label}：按版式档案读到 {mine} 行，通用读取另读到 {count} 行（{others}，在 {at}），请核对是否漏读",
        "{label}: the profile reads {mine} rows, the generic reader {count} more ({others}, at {at}); please check none was left out",
    ),
    "profile_reader_fallback": (
        "{label}：版式档案在打印件上没有读到，采用通用读取在 {at} 读到的“{other}”，请核对",
        "{label}: not read by the profile on this print; the generic reader's '{other}' at {at} is taken, please check",
    ),
    "profile_reader_rows_taken": (
        "{label}：版式档案 {file} 在打印件上没有读到任何一行，采用通用读取的 {count} 行（{at}），请核对",
        "{label}: the layout profile {file} reads no row on this print; the generic reader's {count} rows ({at}) are"
        " taken, please check",
    ),
    "profile_reader_only": (
        "{label}：版式档案没有读到，通用读取在 {at} 读到“{other}”（未采用），请核对",
        "{label}: not read by the profile; the generic reader reads '{other}' at {at} (not taken); please check",
    ),
    "profile_field_unread": (
        "{label}：版式档案{why}，通用读取也没有读到；表上如有此值，请核对",
        "{label}: {why_en}, and the generic reader finds nothing either; if the form holds a value, please check",
    ),
    "profile_unreadable": (
        "版式档案 {file} 无法使用：{reason}",
        "Layout profile {file} cannot be used: {reason}",
    ),
    "profile_read_beside": (
        "{label}：打印件上没有找到标签“{text}”，按版式档案 {file} 在“{other}”旁的位置读取，请核对",
        "{label}: its label '{text}' is not found on the print; read where the layout profile {file} places it beside"
        " '{other}', please check",
    ),
    "value_words_glued": (
        "{label}读到“{value}”：打印件上这段文字的词与词之间没有空格（PDF 的文字缺少空格），请核对",
        "{label} reads '{value}': the print holds its words with no spaces between them (the PDF's text lost them); please check",
    ),
    "profile_row_after_table": (
        "{label}：版式档案读到的各行之下还写有“{value}”，可能是漏读的一行，请核对",
        "{label}: '{value}' is written under the rows the profile reads; it may be a row left out, please check",
    ),
    "profile_value_shape": (
        "{label}读到“{value}”，只有数字；学习版式档案 {file} 的那份表此处印作“{shape}”（数字前后还有字母或符号），请核对是否漏读了前缀或后缀",
        "{label} reads '{value}', figures only; the form the layout profile {file} was learned from printed '{shape}' there"
        " (letters or marks around the figures): please check no prefix or suffix was left out",
    ),
    "profile_value_unlike": (
        "{label}读到“{value}”，不像{what}：学习版式档案 {file} 时此处是{what}；版式可能已变动，请核对",
        "{label} reads '{value}', unlike {what_en}: the layout profile {file} learned {what_en} here; the layout may"
        " have changed, please check",
    ),
    "profile_value_only_label": (
        "{label}处只有表上的标签“{value}”，后面没有填写，未读取",
        "{label}: only the form's label '{value}' stands there, nothing written after it; nothing read",
    ),
    "profile_value_with_label": (
        "{label}读到“{value}”，其中含有表上的标签“{text}”，请核对",
        "{label} reads '{value}', which holds the form's label '{text}'; please check",
    ),
    "profile_field_unconfirmed": (
        "{label}读到“{value}”：版式档案 {file} 学习时，此栏位是读取器的猜测（{doubts}），尚未确认，请核对；"
        "确认无误后在档案中删去该栏位的 unconfirmed，或用 kesu learn --force --confirm {path} 重新学习",
        "{label} reads '{value}': when the layout profile {file} was learned this field was the reader's guess"
        " ({doubts_en}), not confirmed since; please check, and once it is right delete the field's unconfirmed"
        " in the profile, or learn again with kesu learn --force --confirm {path}",
    ),
    "learn_copies_disagree": (
        "版式档案 {file} 学自 {first}；这一份 {second} 与它不一致：{fields}。按其中一份学到的档案会把另一份读错，"
        "未写出档案：请核对两份表上这些栏位的位置（--set 的更正）；确要按这一份时用 --force 改写档案"
        "（另取 --name 也会因同一版式被拒）",
        "The layout profile {file} was learned from {first}; this copy, {second}, disagrees with it: {fields}. A"
        " profile learned from one would read the other wrong, so none was written: check where these fields"
        " stand on both copies (the --set corrections); --force replaces the profile with this copy's (a new"
        " --name is refused as well: the layout is the same)",
    ),
    "learn_copies_disagree_forced": (
        "注意：版式档案 {file} 学自 {first}；这一份 {second} 与它不一致：{fields}。已按 --force 改为这一份学到的档案，"
        "按它读 {first} 那样的表会读错",
        "Warning: the layout profile {file} was learned from {first}; this copy, {second}, disagrees with it:"
        " {fields}. Replaced (--force) by the profile learned from this copy: forms laid out as {first} will"
        " be read wrong by it",
    ),
    "learn_copies_disagree_other": (
        "这一份 {second} 与版式档案“{other}”（{file}，学自 {first}）是同一版式（按标签认出），但与它不一致：{fields}。"
        "两个档案都会认出这种表，按其中一个会把另一份读错，未写出档案：请核对两份表上这些栏位的位置（--set 的更正）；"
        "确是另一种版式时用 --force 写出",
        "This copy, {second}, has the layout of the profile '{other}' ({file}, learned from {first}; recognised by"
        " its labels) but disagrees with it: {fields}. Both profiles would recognise such forms and one would read the"
        " other wrong, so none was written: check where these fields stand on both copies (the --set corrections);"
        " --force writes it if it is another layout indeed",
    ),
    "learn_copies_disagree_other_forced": (
        "注意：这一份 {second} 与版式档案“{other}”（{file}，学自 {first}）是同一版式，但与它不一致：{fields}。"
        "已按 --force 写出；两个档案都会认出这种表，读到的表可能按不合适的那个档案读取",
        "Warning: this copy, {second}, has the layout of the profile '{other}' ({file}, learned from {first}) but"
        " disagrees with it: {fields}. Written (--force): both profiles recognise such forms, and a form may be read"
        " by the one that does not fit it",
    ),
    "learn_profile_duplicated": (
        "注意：这一份 {second} 与版式档案“{other}”（{file}，学自 {first}）是同一版式，各栏位的位置一致；"
        "已另写出 {target}，两个档案读这种表结果相同，可删去其一",
        "Note: this copy, {second}, has the layout of the profile '{other}' ({file}, learned from {first}) and"
        " agrees with it field by field; {target} is written as well, the two read such forms alike (one may be deleted)",
    ),
    "learn_needs_form": (
        "版式档案须从表单文件（.xlsx / .xls / .pdf）学习",
        "A profile is learned from a form file (.xlsx / .xls / .pdf)",
    ),
    "learn_bad_printed_place": (
        "找不到“{where}”：PDF 上没有这个标签，也没有这段文字（PDF 没有储存格：请写标签，或用引号写出印在表上的值）",
        "'{where}' is neither a label nor a text printed on the PDF (a PDF has no cells: give the label, or the value as printed, in quotes)",
    ),
    "learn_unknown_field": (
        "“{path}”不是{kind}的栏位；可用：{known}",
        "'{path}' is not a field of {kind}; known: {known}",
    ),
    "learn_bad_place": (
        "找不到“{where}”：既不是工作表 {sheet} 中的储存格，也不是表上的标签",
        "'{where}' is neither a cell of sheet {sheet} nor a label on the form",
    ),
    "learn_needs_kind": (
        "看不出这是哪种表单，请用 --kind 指明（{kinds}）",
        "Cannot tell which form this is; name it with --kind ({kinds})",
    ),
    "learn_bad_setting": (
        "无法理解“{text}”：应写成 栏位=储存格或标签，例如 customer=B3",
        "Cannot understand '{text}': write FIELD=CELL_or_LABEL, e.g. customer=B3",
    ),
}


if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

MATCH_SHARE = 0.6  # this share of the profile's labels on a form: the form has that layout
KNOWN_LABEL = 0.8  # a vocabulary match this close: a label kesu knows
# a print's value learned in the box right of its label (no cell to name)
_BESIDE_LABEL = (Bilingual("标签右侧", "right of its label"), Bilingual("标签下方", "below its label"))
MOVED_CONFIDENCE = 0.7  # a value read at the same offset from a label that moved
LOOSE_CONFIDENCE = 0.85  # a printed label found only by a close match (a lost letter)
MAX_TABLE_ROWS = 200
GENERIC = "generic"  # a field the profile cannot point at on a print: the generic reader's value, warned
# D4's cause read from a 5-Why table: the last answered why, found again on each copy by the grid
# rule (parse/cause_grids.py) — the chain grows or shrinks, no fixed cell holds it
GRID = "cause-grid"
_CELL = lazy_re(r"^(?:(?P<sheet>.+)!)?\$?(?P<col>[A-Z]{1,3})\$?(?P<row>\d+)$")
_RANGE = lazy_re(r"^(?:(?P<sheet>.+)!)?(?P<a>[A-Z]{1,3}\d+)(?::(?P<b>[A-Z]{1,3}\d+))?$")
_INDEXED = lazy_re(r"^(?P<table>[a-z_]+)\[(?P<index>\d+)\]\.(?P<key>[a-z_]+)$")
_INLINE = lazy_re(r"^\s*(?P<label>[^:：\n]{1,30}?[:：])\s*(?P<value>\S.*)$", re.S)
# a label and its value in one cell, a dot leader typed between (``Customer ........ Pennine Pumps plc``,
# ``Credit Note No. ....... CN-26-0455``, ``客户名称……华东``): the words before the leader its label
_LEADERED = lazy_re(
    r"^\s*(?P<label>[^\n.…·:：]{1,30}?(?:\s+No\.)?)\s*(?:[.·]{4,}|…{2,})\s*(?P<value>[^\s.…·].*)$", re.S
)
_LEADER = lazy_re(r"\A\s*(?:[.·]{3,}|…+)\s*")
_SLASH = lazy_re(r"^\s*(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})\s*$")
# a two-digit year last (11/2/26: Excel's built-in short date m/d/yy as printed)
_SLASH_YY = lazy_re(r"^\s*(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{2})\s*$")
_NUMBERED = NUMBERED
# several names (rows) in one cell: learning and reading split them alike
_SPLIT = lazy_re(r"\s*[;；,，、/|｜\n]\s*")
_ROLE = lazy_re(r"^(?P<name>.+?)\s*[(（]\s*(?P<role>[^()（）]+)\s*[)）]\s*$")
# (d-mmm-yy, Excel's date on a Mac workbook's print: 11-Mar-26, the month's name says the order)
_MONTH_FORMATS = (
    "%d-%b-%Y",
    "%d-%b-%y",
    "%d %b %Y",
    "%d %B %Y",
    "%b %d, %Y",
    "%B %d, %Y",
    "%d.%m.%Y",
    "%d-%m-%Y",
)


def key(text: Any) -> str:
    """The comparable form of a printed label: width, spaces and colons folded."""
    if text is None:
        return ""
    text = str(text)
    return _folded_key(text) if len(text) <= _KEYS_KEPT_LONGEST else _fold_key(text)


def _fold_key(text: str) -> str:
    return _KEY_FOLD.sub("", unicodedata.normalize("NFKC", text)).lower()


# a profile is fitted by looking for each of its labels among every box of the file (issue 15:
# with fifteen profiles, 229,320 keys made for eleven files, most of them of the same texts):
# each short text's key made once a run (a long text, a description, made each time: not kept)
_KEYS_KEPT_LONGEST = 200
_folded_key = memo(lru_cache(maxsize=32768)(_fold_key))
_KEY_FOLD = lazy_re(r"[\s:：*＊]+")


def _listed(moves: list[str]) -> dict[str, str]:
    """Labels' moves (``“品名” B4→C4``) as a message's ``moves`` (zh: joined by ``；``) and
    ``moves_en`` (joined by ``; ``, in plain quotes)."""
    said = _said_list(moves)
    return {"moves": said.zh, "moves_en": said.en}


def _said_list(items: list[str]) -> Bilingual:
    """Labels' moves or changes as one text in each language: joined by ``；`` in Chinese, by
    ``; `` in plain quotes in English (a :class:`Bilingual` message parameter)."""
    plain = [m.replace("“", "'").replace("”", "'") for m in items]
    return Bilingual("；".join(items), "; ".join(plain))


_BEFORE_1950 = (
    18264  # Excel's day count of 1950-01-01: a smaller number in a date cell is a year or a day alone
)


def _warning(code: str, path: str = "", location: str = "", /, **params: Any) -> Problem:
    """A warning the profile's reading leaves on a field (``path``, "" for the file) at its
    place; ``params`` fill the code's message (problems.py holds the zh and en texts)."""
    return Problem(code, path, location=location, severity="warning", params=params)


# ---------------------------------------------------------------------------------- the profile
@dataclass
class Place:
    """Where one field's value stands: a cell (Excel) and the label it belongs to."""

    cell: str | None = None  # "B3", or a range "D4:K4" whose boxes are joined
    label: str | None = None  # the printed label the value belongs to
    label_cell: str | None = None
    nth: int = 1  # the nth box carrying that label, in reading order
    at: str = "right"  # right | below | inline (after the label in its own cell) | cross | cell | generic
    column: str | None = None  # at = "cross": the column header over the value (合计 row × 税额 column)
    column_nth: int = 1
    scale: Decimal | None = None  # (K) / 千 / 万 / % in the label
    split: bool = False  # several table rows in one cell ("Zhang Wei, Li Na")
    # a range's boxes: "sum" (figures in category columns, added up) or "digits" (one digit or
    # piece per box, written one after the other); "" (older profiles): told from the figures
    join: str = ""
    value: Any = None  # printed on the form itself: no cell to read
    values: dict[str, Any] = field(default_factory=dict)  # the layout's words → record values
    # the same value printed again elsewhere in the workbook (a summary tab's =D0!D26): read
    # on a print where the value's own place is not printed or cut off at its cell's border
    also: Place | None = None
    span: float | None = None  # an also place's value cell: its height in its label's heights
    line: int = 1  # at = "below": the nth line of a block under its caption (Payer / name / tax id)
    # a print learned where values stand apart from their labels (no ruling lines: a web page,
    # a generated memo): how far, in points, the value begins right of (below) its label
    gap: float | None = None
    # a date the first copy held as Excel's day count in a General cell (46086): its print
    # shows the bare number, read as that count only here, where the layout is known to write it
    serial: bool = False
    # a code the first copy printed with letters or marks around its figures (``KS-260352``:
    # a number format's prefix), its figures as 0 (``KS-000000``): a copy read as bare figures
    # there may have lost them, and is warned
    shape: str = ""
    # the first copy's cell held a line of tick boxes in a symbol font (þ ¨ in Wingdings, shown
    # as boxes): a print that lost the font shows the font's codes there (þ退货 ¨换货), read by
    # that font's table (symbol_fonts.marks_by_code) only here, where the layout is known to.
    # Learned on a print too, where the box the clerk pointed at is such a line of one font's
    # codes (an empty box and a ticked one among them): the print the layout comes as
    ticks: bool = False
    # the boxes the copy learned on printed between the label and the next label past the value
    # (right of it; below it for ``at = "below"``), the value among them: a print's box numbers
    # count the other columns' boxes too, a workbook's columns its empty and merged cells (0: not
    # known, an older profile). More there on a print: a column (row) inserted by the label
    between: int = 0
    # the label those boxes were counted to (``between``): another label standing in its place on a
    # copy (a label and its value inserted after the value) is a layout changed there, said
    next_label: str = ""
    # the copy learned on left the value empty: its cell is where the generic reader put it
    # there; a copy that reads nothing there is read by the generic reader too, said
    empty: bool = False
    # a print learned: the profile's labels printed lined up with the value in its column (in its
    # row, ``at = "below"``), by their boxes (``p1#9``), as a workbook's profile has them by cells:
    # where a column (row) was inserted by the label, the value is the box lined up with them
    mates: list[str] = field(default_factory=list)
    # the value the clerk's correction placed here on the copy learned on, where the generic reader
    # read it with a doubt of the layout (:data:`LAYOUT_DOUBTS`: a label it is not sure of …): the
    # clerk confirmed that value — read again, it is not doubted; any other value there is
    sure: str = ""
    # the generic reader's doubts (:data:`GUESS_DOUBTS`: ``label_by_head_word``, ``low_confidence`` …)
    # of a value the profile took from it on the copy learned on, the clerk neither correcting nor
    # confirming it (``--set`` / ``--confirm``): a guess, said on every copy read until confirmed
    # (the clerk deletes it from the file, or learns again with ``--confirm``)
    unconfirmed: str = ""


@dataclass
class Column:
    col: str  # Excel column letter
    label: str | None = None  # the column's header
    label_cell: str | None = None
    nth: int = 1
    scale: Decimal | None = None
    values: dict[str, Any] = field(default_factory=dict)


@dataclass
class Table:
    first_row: int
    columns: dict[str, Column]
    step: int = 1  # rows per line: 2 when each line's cells are merged over two rows
    # the one (merged) label left of every row, no header over them (``D1 小組成員`` over A4:A6, one
    # member a row): the rows are those beside it on each copy, however many it spans there
    beside: str | None = None
    # the lines of the copy learned on (a workbook): a copy with more lines has the labels under
    # the table that many rows lower, where they should be (0: not known, an older profile)
    lines: int = 0


@dataclass
class Profile:
    name: str
    kind: str
    fields: dict[str, Place]
    tables: dict[str, Table] = field(default_factory=dict)
    labels: dict[str, str] = field(default_factory=dict)  # fingerprint: cell → printed label
    sheet: str | None = None
    learned_from: str = ""
    date_order: str = ""  # "mdy" or "dmy" for 09/14/2026-style dates
    file: Path | None = None
    unlearned: dict[str, str] = field(default_factory=dict)  # corrections kesu could not learn
    # a range given past the cells the sheet uses (``A1:XFD1048576``) → (as typed, as kept)
    bounded: dict[str, tuple[str, str]] = field(default_factory=dict)

    @property
    def shown(self) -> str:
        """The profile's file, as the clerk's messages name it (its name when read from no file)."""
        return str(self.file or self.name)

    @property
    def tabs(self) -> bool:
        """Learned across the tabs of a workbook (cells of other sheets: ``D3!B7``)."""
        return any("!" in (p.cell or "") for p in self.fields.values()) or any(
            "!" in (c.label_cell or "") for t in self.tables.values() for c in t.columns.values()
        )

    @property
    def printed(self) -> bool:
        """Learned on a printed form (PDF): read by labels and geometry, no cells."""
        return self.learned_from.lower().endswith(".pdf") or any("#" in c for c in self.labels)

    # -- TOML
    def to_toml(self) -> str:
        out = [
            "# kesu 版式档案 / layout profile. Written by `kesu learn`; edit freely (README: Forms in other layouts).",
            "# [fields]: record field = where its value stands: cell (Excel), label + at (right | below | inline),",
            "#   nth (which of several equal labels), scale (1000 for (K)), value (printed on the form),",
            '#   values = { "有" = true } (the layout\'s words for record values),',
            '#   at = "generic": no place kesu can point at on a print; the generic reader\'s value, with a warning.',
            '#   unconfirmed = "…": the reader\'s guess when learned, warned on every form read; delete it once checked.',
            "# [fingerprint] labels: the layout's printed labels and their cells, p1#12 on a PDF (how a form is recognised).",
            f"name = {_q(self.name)}",
            f"kind = {_q(self.kind)}",
        ]
        if self.sheet:
            out.append(f"sheet = {_q(self.sheet)}")
        if self.learned_from:
            out.append(f"learned_from = {_q(self.learned_from)}")
        if self.date_order:
            out.append(f"date_order = {_q(self.date_order)}")
        out += ["", "[fields]"]
        for path, place in self.fields.items():
            out.append(f"{_k(path)} = {_inline(_place_dict(place))}")
        for name, table in self.tables.items():
            out += ["", f"[tables.{name}]", f"first_row = {table.first_row}"]
            out += [f"step = {table.step}"] if table.step != 1 else []
            out += [f"beside = {_q(table.beside)}"] if table.beside else []
            out += [f"lines = {table.lines}"] if table.lines > 0 else []
            out += [f"[tables.{name}.columns]"]
            for col_key, col in table.columns.items():
                out.append(f"{_k(col_key)} = {_inline(_column_dict(col))}")
        out += ["", "[fingerprint.labels]"]
        for cell, text in self.labels.items():
            out.append(f"{_k(cell)} = {_q(text)}")
        return "\n".join(out) + "\n"

    @classmethod
    def from_toml(cls, text: str, file: Path | None = None) -> Profile:
        data = _parsed_toml(text)
        fields = {p: _place(v) for p, v in (data.get("fields") or {}).items()}
        tables = {
            name: Table(
                int(t["first_row"]),
                {k: _column(v) for k, v in (t.get("columns") or {}).items()},
                max(int(t.get("step", 1)), 1),
                t.get("beside"),
                max(int(t.get("lines", 0)), 0),
            )
            for name, t in (data.get("tables") or {}).items()
        }
        fp = data.get("fingerprint") or {}
        return cls(
            name=str(data.get("name") or (file.stem if file else "profile")),
            kind=str(data["kind"]),
            fields=fields,
            tables=tables,
            labels={str(k): str(v) for k, v in (fp.get("labels") or {}).items()},
            sheet=data.get("sheet"),
            learned_from=str(data.get("learned_from") or ""),
            date_order=str(data.get("date_order") or ""),
            file=file,
        )


# each profile's TOML as parsed, by its text: a batch with profiles parsed every profile again
# for every file it read (issue 15: fifteen profiles ≈ 6 ms a file in tomllib's own Python, more
# than reading an Excel form). Kept pickled: each reading unpickles objects of its own, as a
# fresh parse gives them, so nothing one reading does with its profiles reaches the next. Keyed
# by the text itself (read each time), never by the file's time stamp: a profile rewritten at
# the same size within one tick of the clock is parsed again.
_PARSED: dict[str, bytes] = memo({})
_PARSED_KEPT = 256


def _parsed_toml(text: str) -> dict[str, Any]:
    kept = _PARSED.get(text)
    if kept is not None:
        return pickle.loads(kept)
    from ..config import loads_toml

    data = loads_toml(text)  # (a mistake raises here each time, never kept)
    if len(_PARSED) >= _PARSED_KEPT:
        _PARSED.clear()  # (more texts than a folder holds: edited ones; one clear, safe in threads)
    _PARSED[text] = pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL)
    return data


def _q(value: Any) -> str:
    if isinstance(value, list):
        return "[" + ", ".join(_q(v) for v in value) + "]"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, Decimal):
        return str(int(value)) if value == value.to_integral_value() else str(value)
    return json.dumps(str(value), ensure_ascii=False)


def _k(name: str) -> str:
    return name if re.fullmatch(r"[A-Za-z0-9_-]+", name) else _q(name)


def _inline(d: dict[str, Any]) -> str:
    parts = []
    for k, v in d.items():
        if isinstance(v, dict):
            v = "{ " + ", ".join(f"{_k(a)} = {_q(b)}" for a, b in v.items()) + " }"
        else:
            v = _q(v)
        parts.append(f"{_k(k)} = {v}")
    return "{ " + ", ".join(parts) + " }"


def _place_dict(p: Place) -> dict[str, Any]:
    d: dict[str, Any] = {}
    if p.value is not None:
        d["value"] = p.value
    for name in ("cell", "label", "label_cell"):
        if getattr(p, name):
            d[name] = getattr(p, name)
    if p.label and p.nth != 1:
        d["nth"] = p.nth
    if p.cell or p.label or p.at in (GENERIC, GRID):
        d["at"] = p.at
    if p.column:
        d["column"] = p.column
        if p.column_nth != 1:
            d["column_nth"] = p.column_nth
    if p.scale is not None:
        d["scale"] = p.scale
    if p.split:
        d["split"] = True
    if p.join:
        d["join"] = p.join
    if p.values:
        d["values"] = p.values
    if p.span:
        d["span"] = round(p.span, 2)
    if p.line != 1:
        d["line"] = p.line
    if p.gap:
        d["gap"] = round(p.gap, 1)
    if p.serial:
        d["serial"] = True
    if p.shape:
        d["shape"] = p.shape
    if p.ticks:
        d["ticks"] = True
    if p.between > 0:
        d["between"] = p.between
        if p.next_label:
            d["next_label"] = p.next_label
    if p.empty:
        d["empty"] = True
    if p.mates:
        d["mates"] = p.mates
    if p.sure:
        d["sure"] = p.sure
    if p.unconfirmed:
        d["unconfirmed"] = p.unconfirmed
    if p.also is not None:
        d["also"] = {k: v for k, v in _place_dict(p.also).items() if k in _ALSO_KEYS}
    return d


_ALSO_KEYS = ("cell", "label", "label_cell", "nth", "at", "span")


def _column_dict(c: Column) -> dict[str, Any]:
    d: dict[str, Any] = {"col": c.col}
    if c.label:
        d["label"] = c.label
    if c.label_cell:
        d["label_cell"] = c.label_cell
    if c.nth != 1:
        d["nth"] = c.nth
    if c.scale is not None:
        d["scale"] = c.scale
    if c.values:
        d["values"] = c.values
    return d


def _dec(v: Any) -> Decimal | None:
    return None if v is None else Decimal(str(v))


class BadScale(ValueError):
    """A profile's ``scale`` that is no positive finite number (``nan``, ``inf``, 0, −1000: TOML
    writes them all): a value multiplied by it is no value, or the opposite of one."""


def _scale(v: Any) -> Decimal | None:
    """The ``scale`` entry as a number; :class:`BadScale` for one that is no positive finite
    number — ``true`` and ``"abc"`` too (once "wrong shape (InvalidOperation …)", naming nothing)."""
    from decimal import InvalidOperation

    if isinstance(v, bool):
        raise BadScale(v)
    try:
        scale = _dec(v)
    except (InvalidOperation, ValueError) as exc:
        raise BadScale(v) from exc
    if scale is not None and (not scale.is_finite() or scale <= 0):
        raise BadScale(v)
    return scale


def _place(v: Any) -> Place:
    if isinstance(v, str):  # shorthand: customer = "B3"
        return Place(cell=v, at="cell")
    return Place(
        cell=v.get("cell"),
        label=v.get("label"),
        label_cell=v.get("label_cell"),
        nth=int(v.get("nth", 1)),
        at=str(v.get("at", "cell" if v.get("cell") and not v.get("label") else "right")),
        column=v.get("column"),
        column_nth=int(v.get("column_nth", 1)),
        scale=_scale(v.get("scale")),
        split=bool(v.get("split", False)),
        join=_join_kind(v.get("join")),
        value=v.get("value"),
        values=dict(v.get("values") or {}),
        span=float(v["span"]) if v.get("span") else None,
        line=max(1, int(v.get("line", 1))),
        gap=float(v["gap"]) if v.get("gap") else None,
        serial=bool(v.get("serial", False)),
        shape=str(v.get("shape") or ""),
        ticks=bool(v.get("ticks", False)),
        between=max(0, int(v.get("between", 0))),
        next_label=str(v.get("next_label") or ""),
        empty=bool(v.get("empty", False)),
        mates=[str(m) for m in v["mates"]] if isinstance(v.get("mates"), list) else [],
        sure=str(v.get("sure") or ""),
        unconfirmed=str(v.get("unconfirmed") or ""),
        also=_place({k: x for k, x in v["also"].items() if k in _ALSO_KEYS})
        if isinstance(v.get("also"), dict)
        else None,
    )


def _join_kind(v: Any) -> str:
    if v in (None, ""):
        return ""
    if v not in ("sum", "digits"):
        raise ValueError(f'join = "{v}": "sum" or "digits"')
    return str(v)


def _column(v: Any) -> Column:
    if isinstance(v, str):
        return Column(col=v)
    return Column(
        col=str(v["col"]),
        label=v.get("label"),
        label_cell=v.get("label_cell"),
        nth=int(v.get("nth", 1)),
        scale=_scale(v.get("scale")),
        values=dict(v.get("values") or {}),
    )


# ---------------------------------------------------------------------------------- the form's boxes
@dataclass
class Box:
    text: str
    value: Any
    x0: float
    y0: float
    x1: float
    y1: float
    where: str  # "A3" (Excel, top-left of a merged range) or "p1"
    bold: bool = False
    cut: str = ""  # a print: the last line, when it runs to the cell's border (maybe cut off)

    def __post_init__(self) -> None:
        # as the generic reader's boxes (boxes.Box): what prints as nothing is not read
        self.text = visible(self.text)
        if type(self.value) is str:
            self.value = visible(self.value)
        self.cut = visible(self.cut)

    def band(self, other: Box) -> bool:
        overlap = min(self.y1, other.y1) - max(self.y0, other.y0)
        return overlap > 0 and overlap >= 0.5 * min(self.y1 - self.y0, other.y1 - other.y0) - 1e-9

    def over(self, other: Box, by: float = 1e-9) -> bool:
        """Do the two share more than ``by`` of the page's width (one column)?"""
        return min(self.x1, other.x1) - max(self.x0, other.x0) > by


@dataclass
class Layout:
    """One sheet or one printed form: its non-empty boxes in reading order."""

    boxes: list[Box]
    excel: bool
    sheet: str = ""
    at: dict[str, Box] = field(default_factory=dict)  # Excel: every cell ref → its box (merged too)
    epoch_1904: bool = False  # Excel: the workbook counts its dates from 1904 (a Mac's old default)
    notes: dict[str, str] = field(default_factory=dict)  # Excel: cell ref → its note (cell_notes)
    tab_notes: dict[str, dict[str, str]] = field(default_factory=dict)  # the other tabs' notes, by sheet
    # Excel: cells struck through, qualified (Sheet!B5) → (the struck text, the rest read; None:
    # all of it struck, read as written) — the generic reader's rule (excel._crossed_out)
    struck: dict[str, tuple[str, str | None]] = field(default_factory=dict)
    # Excel: formulas kesu worked out and formulas with no saved result, qualified (Sheet!D9)
    worked: dict[str, Any] = field(default_factory=dict)
    uncached: frozenset[str] = frozenset()
    outside: dict[str, str] = field(default_factory=dict)  # formulas fetching from outside the file
    currencies: dict[str, str] = field(default_factory=dict)  # Sheet!D7 → the currency its format prints
    # Excel: the main sheet's print areas, (row0, col0, row1, col1) each (excel.Sheet.print_area)
    print_area: tuple[tuple[int, int, int, int], ...] = ()
    # Excel: the other tabs' print areas, by sheet (a workbook read round its main sheet)
    tab_areas: dict[str, tuple[tuple[int, int, int, int], ...]] = field(default_factory=dict)
    # PDF: right-to-left lines whose written order the print does not tell (rtl.order_unsure)
    unsure: frozenset[str] = frozenset()
    # each code read through the form's legend (or left between legends that disagree), by its box
    coded: tuple[tuple[Box, Coded], ...] = ()
    # Excel: the boxes' values by their tab's prefix (``D3!``, "" on the main tab) and row number, in
    # reading order (:func:`_row_values`): made on the first row asked, the boxes set when laid out
    rows: dict[tuple[str, str], list[Any]] | None = field(default=None, init=False, repr=False, compare=False)

    def cell(self, ref: str) -> Box | None:
        return self.at.get(ref)

    def location(self, box: Box, label: str = "") -> str:
        if self.excel:
            return self.qualified(box.where)
        return f"{box.where} · {label}" if label else box.where

    def qualified(self, ref: str) -> str:
        return ref if "!" in ref else f"{self.sheet}!{ref}"


def _col_number(letters: str) -> int:
    return column_number(letters.rsplit("!", 1)[-1])


def _split_ref(ref: str) -> tuple[str, int]:
    """``B7`` → ``('B', 7)``; ``D3!B7`` (a cell of another sheet) → ``('D3!B', 7)``."""
    m = re.fullmatch(r"(?:(.+)!)?([A-Z]{1,3})(\d+)", ref)
    if not m:
        raise ValueError(ref)
    return (f"{m[1]}!" if m[1] else "") + m[2], int(m[3])


def _prefix(ref: str) -> str:
    return ref.rsplit("!", 1)[0] + "!" if "!" in ref else ""


def _range_parts(ref: str) -> tuple[str, str]:
    """``D3!B7:C9`` → ``('D3!B7', 'D3!C9')``."""
    a, _, b = ref.partition(":")
    return a, (_prefix(a) + b if b and "!" not in b else b)


def excel_layouts(data: bytes, book: Any = None) -> list[Layout]:
    """Every visible sheet of a workbook (.xlsx or .xls) as a layout; ``book``: the workbook
    already read from ``data`` (read here when None). Nothing of it is changed."""
    from .excel import read_workbook

    out = []
    book = book if book is not None else read_workbook(data)
    for sheet in book.sheets:
        at: dict[str, Box] = {}
        boxes: list[Box] = []
        seen: dict[int, Box] = {}
        struck: dict[str, tuple[str, str | None]] = {}
        for (r, c), src in sheet.at.items():
            box = seen.get(id(src))
            if box is None:
                where = src.location.split("!")[-1]
                text, value = src.text, src.value
                if src.location in sheet.struck:  # "2026/4/1" struck, "2026/4/2" typed after it
                    kept = sheet.struck[src.location]
                    if kept is not None and isinstance(value, str):
                        struck[src.location] = (text.replace(kept, "", 1).strip(), kept)
                        text = value = kept
                    else:
                        struck[src.location] = ("", None)
                box = Box(text, value, src.x0, src.y0, src.x1, src.y1, where, bool(src.bold))
                seen[id(src)] = box
                if not src.empty:
                    boxes.append(box)
            at[f"{_col_letter(c)}{r}"] = box
        boxes.sort(key=lambda b: (b.y0, b.x0))
        coded = _coded(boxes)
        out.append(
            Layout(
                boxes,
                True,
                sheet.title,
                at,
                book.epoch_1904,
                sheet.notes,
                struck=struck,
                worked=sheet.worked,
                uncached=sheet.uncached,
                outside=sheet.outside,
                currencies=sheet.currencies,
                print_area=sheet.print_area,
                coded=coded,
            )
        )
    return out


def workbook_layout(sheets: Sequence[Layout], main: str) -> Layout:
    """The workbook as one layout around its main sheet: the other sheets' cells as ``D3!B7``
    (a profile of a workbook with one tab per discipline reads them all)."""
    first = next(lay for lay in sheets if lay.sheet == main)
    if len(sheets) == 1:
        return first
    shown_in: dict[str, list[Box]] = {main: list(first.boxes)}  # listed in the workbook's order of
    at = dict(first.at)  # tabs, as they print: the nth of a label printed on several tabs is the nth printed
    coded = list(first.coded)
    for n, lay in enumerate((lay for lay in sheets if lay.sheet != main), start=1):
        boxes = shown_in.setdefault(lay.sheet, [])
        moved: dict[int, Box] = {}
        shown = {id(b) for b in lay.boxes}
        for ref, box in lay.at.items():
            copy = moved.get(id(box))
            if copy is None:
                copy = Box(
                    box.text,
                    box.value,
                    box.x0,
                    box.y0 + 100000 * n,
                    box.x1,
                    box.y1 + 100000 * n,
                    f"{lay.sheet}!{box.where}",
                    box.bold,
                )
                moved[id(box)] = copy
                if id(box) in shown:
                    boxes.append(copy)
            at[f"{lay.sheet}!{ref}"] = copy
        coded += [(moved[id(b)], note) for b, note in lay.coded if id(b) in moved]
    tab_notes = {lay.sheet: lay.notes for lay in sheets if lay.sheet != main and lay.notes}
    return Layout(
        [b for lay in sheets for b in shown_in.get(lay.sheet, [])],
        True,
        main,
        at,
        first.epoch_1904,
        first.notes,  # a note stays a note when the workbook is read round its main sheet
        tab_notes,
        {where: s for lay in sheets for where, s in lay.struck.items()},
        {where: w for lay in sheets for where, w in lay.worked.items()},
        frozenset().union(*(lay.uncached for lay in sheets)),
        {where: f for lay in sheets for where, f in lay.outside.items()},
        {where: c for lay in sheets for where, c in lay.currencies.items()},
        print_area=first.print_area,
        tab_areas={lay.sheet: lay.print_area for lay in sheets if lay.sheet != main and lay.print_area},
        coded=tuple(coded),
    )


def pdf_parsed(data: bytes) -> tuple:
    """A PDF's (words, rules, has_form, papers, cells), computed once for every reading of it
    (the profile's, the generic reader's second opinion, learning's read-back)."""
    from .pdf import words_of
    from .pdf_cells import cells

    papers: dict = {}
    words, rules, has_form = words_of(data, papers=papers)
    return words, rules, has_form, papers, cells(words, rules, papers)


def pdf_layout(data: bytes, parsed: tuple | None = None) -> Layout:
    from .pdf_bars import split_framed_pairs
    from .rtl import mirror_edges, reordered_and_mirrored, unsure_on_pages

    parsed = parsed if parsed is not None else pdf_parsed(data)
    # a frame round unruled label | value rows (a web page's fieldset): a cell each, as the
    # generic reader has them (pdf._boxes), so that a label finds its value beside it
    found: list[Any] = []
    for c in parsed[4]:  # (a cell not split keeps its own geometry)
        parts = split_framed_pairs([c], parsed[0]) if c.text and "\n" in c.text else [c]
        found += parts if len(parts) > 1 else [c]
    unsure = frozenset(
        line for lines in unsure_on_pages(found, mirror_edges(found)).values() for line in lines
    )
    found = reordered_and_mirrored(found)  # a page laid out from the right: as the generic reader has it
    boxes = [
        Box(c.text, c.text, c.x0, c.top, c.x1, c.bottom, f"p{c.page}", cut=c.cut) for c in found if c.text
    ]
    boxes.sort(key=lambda b: (b.y0, b.x0))
    coded = _coded(boxes)
    return Layout(_current_form(boxes), False, unsure=unsure, coded=coded)


def _two_forms_said(layout: Layout) -> list[Problem]:
    """The generic reader's warning when the sheet holds last month's form above the one read
    (:mod:`.two_forms`): the profile's cells are the new form's, the clerk is told all the same."""
    from .boxes import Box as Placed
    from .two_forms import current_form

    placed = [Placed(b.text, b.value, b.x0, b.y0, b.x1, b.y1, layout.location(b)) for b in layout.boxes]
    return current_form(placed)[1]


def _coded(boxes: list[Box]) -> tuple[tuple[Box, Coded], ...]:
    """Each value given as a code its legend explains (``B`` beside ``客户要求（代码）``, the legend
    ``客户要求：A=退货 B=换货``) made what it stands for, the legend set aside — the generic reader's
    rule (:func:`.legend.coded_values`), so that a profile reads the next copy's code alike. Each
    code met, with its box: said with its legend when read (:func:`_legend_said`)."""
    from .boxes import Box as Placed
    from .legend import coded_values
    from .two_forms import current_form

    placed = [Placed(b.text, b.value, b.x0, b.y0, b.x1, b.y1, str(i)) for i, b in enumerate(boxes)]
    placed = current_form(placed)[0]  # the form's own legend, never last month's above it
    read, notes = coded_values(placed)
    for was, now in zip(placed, read):
        if now is not was:
            box = boxes[int(was.location)]
            box.text, box.value = now.text, now.value
    return tuple((boxes[int(where)], note) for where, note in notes.items())


def _legend_said(layout: Layout, read: Any) -> list[Problem]:
    """The generic reader's notes on a code read through the form's legend (``read_through_legend``)
    or left unread between legends that disagree (``legends_disagree``), on a profile's read: a
    field whose place is the code's box (a print: its page, and the legend's word read)."""
    from .legend import coded_said

    if not layout.coded:
        return []
    notes: dict[str, Coded] = {}
    where: dict[str, str] = {}
    for box, note in layout.coded:
        own = layout.location(box)
        for path, place in read.locations.items():
            if not path or not place or path in where:
                continue
            spot = layout.qualified(place.split(":", 1)[0]) if layout.excel else place.split(" · ", 1)[0]
            if spot == own and (layout.excel or note.word is None or note.word in str(read.values.get(path))):
                where[path] = place
                notes[place] = note
                break
        else:
            notes.setdefault(own, note)
    return coded_said(notes, where)


def _current_form(boxes: list[Box]) -> list[Box]:
    """The boxes of the document when the page holds last month's form above it (the generic
    reader's rule, :mod:`.two_forms`): a label is never found, nor learned, on the old form."""
    from .boxes import Box as Placed
    from .two_forms import current_form

    placed = [Placed(b.text, b.value, b.x0, b.y0, b.x1, b.y1, str(i)) for i, b in enumerate(boxes)]
    kept, _warned = current_form(placed)
    return boxes if len(kept) == len(boxes) else [boxes[int(p.location)] for p in kept]


# ---------------------------------------------------------------------------------- matching
@dataclass
class Fit:
    """How a layout matches a profile's fingerprint."""

    share: float  # of the profile's labels found on the form
    moved: dict[str, str]  # profile cell → the cell the label stands in now (Excel)
    gone: dict[str, str]  # profile cell → label text no longer found

    @property
    def exact(self) -> bool:
        return not self.moved and not self.gone


class _BoxKeys:
    """A layout's boxes with their texts as labels are compared (:func:`key`, :func:`_colon_key`),
    and the boxes each label text stands in, worked out once a layout: every label of every
    profile was compared with every box of the file, each box's text folded again each time
    (issue 15: nine tenths of a batch's instructions with 33 profiles). Made again when the layout's list
    of boxes is another or has grown (:func:`_box_keys`)."""

    def __init__(self, boxes: list[Box]) -> None:
        self.boxes, self.count = boxes, len(boxes)
        self.keys = [key(b.text) for b in boxes]
        self.sorted_keys = sorted((k, i) for i, k in enumerate(self.keys))
        self._colons: list[tuple[str, int]] | None = None
        self.lengths: dict[int, list[int]] = {}  # a keyed text's length → the boxes' places
        for i, k in enumerate(self.keys):
            self.lengths.setdefault(len(k), []).append(i)
        self._lines: dict[int, list[Box]] | None = None
        self.found: dict[str, tuple[Box, ...]] = {}  # label text → the boxes it stands in
        self._letters: dict[str, Counter[str]] = {}

    def letters(self, keyed: str) -> Counter[str]:
        """The characters of a box's keyed text, each with its count."""
        got = self._letters.get(keyed)
        if got is None:
            got = self._letters[keyed] = Counter(keyed)
        return got

    @property
    def colons(self) -> list[tuple[str, int]]:
        """Each box's :func:`_colon_key` with its place, sorted."""
        if self._colons is None:
            self._colons = sorted((_colon_key(b.text), i) for i, b in enumerate(self.boxes))
        return self._colons

    def at(self, places: Iterable[int]) -> list[Box]:
        """The boxes at ``places``, in the layout's order."""
        return [self.boxes[i] for i in sorted(places)]

    @property
    def lines(self) -> dict[int, list[Box]]:
        """The boxes by their rounded left edge (:func:`_line_under`)."""
        if self._lines is None:
            self._lines = {}
            for b in self.boxes:
                self._lines.setdefault(round(b.x0), []).append(b)
        return self._lines


def _starting(keyed: list[tuple[str, int]], prefix: str, whole: bool = False) -> list[int]:
    """The places of the texts of ``keyed`` (sorted) that begin with ``prefix`` (``whole``: that
    are it): one run of the sorted list, found by bisection."""
    out = []
    for at in range(bisect.bisect_left(keyed, (prefix, -1)), len(keyed)):
        text, i = keyed[at]
        if not text.startswith(prefix) or (whole and text != prefix):
            break
        out.append(i)
    return out


def _box_keys(layout: Layout) -> _BoxKeys:
    """The layout's :class:`_BoxKeys`, kept on the layout itself (never in a module: it goes with
    the layout), made again when its list of boxes is another or another length."""
    kept = layout.__dict__.get("_box_keys")
    if kept is None or kept.boxes is not layout.boxes or kept.count != len(layout.boxes):
        kept = layout.__dict__["_box_keys"] = _BoxKeys(layout.boxes)
    return cast(_BoxKeys, kept)


def _occurrences(layout: Layout, text: str) -> list[Box]:
    want = key(text)
    if not want:
        return []
    index = _box_keys(layout)
    found = index.found.get(text)
    if found is None:
        found = index.found[text] = tuple(_standing(index, text, want))
    if not found and not layout.excel and not str(text).rstrip().endswith((":", "：")):
        # (each time: a box pieced together is a new one, as a label claims it)
        return _pieced(layout, want) or _wrapped(layout, want)
    return list(found)


def _standing(index: _BoxKeys, text: str, want: str) -> list[Box]:
    """The layout's boxes the label ``text`` (keyed ``want``) stands in, by its text alone."""
    if str(text).rstrip().endswith((":", "：")):  # "統一編號:" is not the "統一編號" of another block
        return index.at(_starting(index.colons, _colon_key(text)))
    found = index.at(_starting(index.sorted_keys, want, whole=True))
    if not found:  # a label followed by its value in the same cell ("单号：TS-2609-018")
        # "Closed:" is not "Closed with customer approval."
        found = index.at(_starting(index.colons, _colon_key(text)))
        if not found:
            found = index.at(_starting(index.sorted_keys, want))
    if not found and len(want) >= 6:  # a printed PDF may lose a letter ("Efective %": the ﬀ ligature)
        # difflib's ratio is 2·M/(both lengths), M the characters matched: at most the shorter
        # length, and at most the characters the two share counted with their repeats (its
        # quick_ratio). A box whose bounds fall short of 0.9 cannot reach it, and is not compared
        letters, n = Counter(want), len(want)
        near = (
            i
            for size, places in index.lengths.items()
            if 2.0 * min(size, n) / (size + n) >= 0.9
            for i in places
        )
        found = index.at(
            i
            for i in near
            if 2.0 * (index.letters(k := index.keys[i]) & letters).total() / (len(k) + n) >= 0.9
            and _likeness(k, want) >= 0.9
        )
    return found


def _likeness(text: str, want: str) -> float:
    """difflib's ratio of a box's keyed text to a label's, worked out once a pair a run for
    short texts (issue 15: every profile's labels against every box of the file)."""
    if len(text) > _KEYS_KEPT_LONGEST:
        return _ratio(text, want)
    return _kept_ratio(text, want)


def _ratio(text: str, want: str) -> float:
    import difflib

    return difflib.SequenceMatcher(None, text, want).ratio()


_kept_ratio = memo(lru_cache(maxsize=32768)(_ratio))


CLIPPED_SHARE = 0.6  # of a label's characters a printed cell must show for the label to count


def _pieced(layout: Layout, want: str) -> list[Box]:
    """A printed label in pieces side by side (``Received`` | ``by (warehou``: a label wrapped
    or clipped by its narrow cell), as one box spanning them; its end may be cut off when at
    least CLIPPED_SHARE of it shows."""
    out = []
    index = _box_keys(layout)
    keys = {id(b): k for b, k in zip(index.boxes, index.keys, strict=True)}
    for first, text in zip(index.boxes, index.keys, strict=True):
        if not text or not want.startswith(text) or text == want:
            continue
        row = sorted((b for b in layout.boxes if b.band(first) and b.x0 > first.x0), key=lambda b: b.x0)
        pieces = [first]
        for b in row[:3]:
            nxt = text + keys[id(b)]
            if not want.startswith(nxt):
                break
            text, pieces = nxt, [*pieces, b]
            if text == want:
                break
        if len(pieces) > 1 and (text == want or len(text) >= max(4, CLIPPED_SHARE * len(want))):
            last = pieces[-1]
            y0, y1 = min(b.y0 for b in pieces), max(b.y1 for b in pieces)
            out.append(Box(first.text, first.text, first.x0, y0, last.x1, y1, first.where, first.bold))
    return out


def _line_under(lines: dict[int, list[Box]], box: Box) -> Box | None:
    """The printed line right under ``box`` in line with it (its left edge), no more than a
    line's height below: the next line of a text wrapped in its narrow cell. ``lines``: the
    page's boxes by their rounded left edge."""
    tall = box.y1 - box.y0
    under = [
        b
        for x in range(round(box.x0) - 2, round(box.x0) + 3)
        for b in lines.get(x, ())
        if b is not box
        and abs(b.x0 - box.x0) <= 1.5
        and -1 <= b.y0 - box.y1 <= tall
        and b.y1 - b.y0 <= 1.5 * tall
    ]
    return min(under, key=lambda b: b.y0, default=None)


def _wrapped(layout: Layout, want: str) -> list[Box]:
    """A printed label wrapped in its narrow cell, its lines one under another and run into
    the lines of the labels over and under it (``退货原`` / ``因处理方`` / ``式仓库签`` / ``收``:
    退货原因, 处理方式, 仓库签收), as one box spanning its lines. Its first line holds two of
    its characters or more, and may begin with the end of the label over it only when a line
    of that label is printed right over it."""
    index = _box_keys(layout)
    lines = index.lines
    out = []
    for first, text in zip(index.boxes, index.keys, strict=True):
        start = next((i for i in range(len(text)) if want.startswith(text[i:])), None)
        if start is None or not 2 <= len(text) - start < len(want):
            continue  # not the start of a label printed over several lines
        pieces, got = [first], text[start:]
        while len(got) < len(want) and (nxt := _line_under(lines, pieces[-1])) is not None:
            got, pieces = got + key(nxt.text), [*pieces, nxt]
        if not got.startswith(want):
            continue
        if start and not any(_line_under(lines, b) is first for b in layout.boxes if b.y1 <= first.y0 + 1):
            continue  # letters before the label that are no line of a label over it
        y0, y1 = first.y0, max(b.y1 for b in pieces)
        x1 = max(b.x1 for b in pieces)
        out.append(Box(first.text, first.text, first.x0, y0, x1, y1, first.where, first.bold))
    return out


def _colon_key(text: Any) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", str(text))).lower().replace("：", ":")


def fit(profile: Profile, layout: Layout) -> Fit:
    """Which of the profile's labels stand where they stood, which moved, which are gone."""
    if not profile.labels:
        return Fit(0.0, {}, {})
    moved: dict[str, str] = {}
    gone: dict[str, str] = {}
    claimed: set[int] = set()
    rest = []
    for cell, text in profile.labels.items():
        box = layout.cell(cell) if layout.excel else None
        if box is not None and box.where == cell and _same_label(box.text, text):
            claimed.add(id(box))
        else:
            rest.append((cell, text))
    kept: list[Box] = []  # the boxes claimed (one pieced together is new: kept alive, its id unique)
    for cell, text in rest:
        free = [b for b in _occurrences(layout, text) if id(b) not in claimed]
        if not free:
            gone[cell] = text
            continue
        claimed.add(id(free[0]))
        kept.append(free[0])
        if layout.excel:
            moved[cell] = free[0].where
    return Fit(1 - len(gone) / len(profile.labels), moved, gone)


def _same_label(text: str, label: str) -> bool:
    a, b = key(text), key(label)
    return bool(b) and (a == b or a.startswith(b))


# ---------------------------------------------------------------------------------- reading
def _number(value: Any) -> Decimal | None:
    """The figure of a cell or a printed text: ``6,000.00``, ``2,000 pcs``, ``3,000.00元``,
    ``¥390.00`` (its currency beside it), ``13%`` (0.13)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float, Decimal)):
        return Decimal(str(value))
    if isinstance(value, str):  # 12K is 12000, 1,200 pcs 1200: the one unit rule (units.count_value)
        s = unicodedata.normalize("NFKC", value).strip()
        # a figure printed with its currency (3,000.00元, ¥390.00) or as a percent (13%)
        s = re.sub(r"(?i)^(rmb|cny|nt\$|us\$|\$|¥)\s*", "", s)
        s = re.sub(r"元$", "", s).strip()
        if (signed := _SIGN_BESIDE.fullmatch(s)) and _home_sign(
            signed["pre"] or signed["post"], signed["figure"]
        ):
            s = signed["figure"]  # MK72,750.00: a home currency's sign (the CLDR's: the Malawian kwacha)
        if s.endswith("%"):
            try:
                return Decimal(s.removesuffix("%").replace(",", "").strip()) / 100
            except InvalidOperation:
                return None
        return count_value(s)
    return None


# a figure with a sign of letters before or after it (``MK72,750.00``, ``1 234,50 Kč``)
_SIGN_BESIDE = lazy_re(
    r"(?:(?P<pre>[^\W\d_]{1,4}\.?)\s?)?(?P<figure>\d[\d,.\s]*\d|\d)(?:\s?(?P<post>[^\W\d_]{1,4}\.?))?"
)
_MONEY_FIGURE = lazy_re(r"\d{1,3}(?:,\d{3})*\.\d{2}|\d{1,3}(?:[.\s]\d{3})*,\d{2}")


def _home_sign(sign: str | None, figure: str) -> bool:
    """Is ``sign`` a home currency's sign by the CLDR (``MK``, the Malawian kwacha; ``Kč``): one
    letter only before a figure of money's shape (``M 1,200.00``: the loti; ``K2`` is a code)?"""
    if not sign:
        return False
    from .currency import local_sign_codes

    folded = sign.casefold().rstrip(".")
    if folded not in local_sign_codes():
        return False
    return len(folded) >= 2 or bool(_MONEY_FIGURE.fullmatch(figure))


def _as_date(value: Any, date_order: str) -> Any:
    """ROC (民國115年…, 115/09/23), 14-Sep-2026, 09/14/2026 (by the layout's order) to a date."""
    if not isinstance(value, str):
        return value
    text = unicodedata.normalize("NFKC", value).strip()
    if roc := roc_date(text, among_words=True):  # values' one reading of the Republic's years
        return roc
    if (m := _SLASH_YY.match(text)) and date_order in ("mdy", "dmy"):  # the layout's order: not ROC 11
        a, b = int(m[1]), int(m[2])
        month, day = (a, b) if date_order == "mdy" else (b, a)
        if got := calendar_date(2000 + int(m[3]), month, day):
            return got
    if (m := _SLASH.match(text)) and date_order in ("mdy", "dmy"):
        a, b = int(m[1]), int(m[2])
        month, day = (a, b) if date_order == "mdy" else (b, a)
        return calendar_date(int(m[3]), month, day) or value
    for fmt in _MONTH_FORMATS:
        try:
            got = dt.datetime.strptime(text, fmt).date()
            return calendar_date(got.year, got.month, got.day) or got
        except ValueError:
            pass
    return value


def _folded(text: str) -> str:
    """Text compared without its spacing and width (a print breaks and pads lines)."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


# Excel's day counts of 1950-01-01 … 2099-12-31: a bare number a date cell may hold
_DAY_COUNTS = range(18264, 73051)


def _tick_line(text: Any) -> bool:
    """A cell's text that is a line of tick boxes (☑退货 ☐换货)."""
    return bool(_options(text))


def _serial(value: Any) -> bool:
    """Is ``value`` (a cell's value or a printed text) a date written as Excel's day count?"""
    if isinstance(value, str):
        value = value.strip()
        return value.isdigit() and len(value) == 5 and int(value) in _DAY_COUNTS
    return (
        isinstance(value, (int, float))
        and not isinstance(value, bool)
        and value == int(value)
        and int(value) in _DAY_COUNTS
    )


def _day_count(raw: Any) -> Any:
    """A printed ``46128`` at a place the profile learned holds a day count: its date."""
    return excel_serial_to_date(int(raw.strip())) if isinstance(raw, str) and _serial(raw) else raw


def _joined(parts: list[Any], kind: str, join: str = "") -> Any:
    """A range's boxes as one value: a date in 年 | 月 | 日 boxes, figures in category columns
    added up (``join = "sum"``), a code or number written one digit per box (``"digits"``);
    a profile from before ``join`` was learned tells the two apart by the figures."""
    texts = [str(p).strip() for p in parts if p not in (None, "")]
    if kind == "date" and len(texts) == 3 and all(t.isdigit() for t in texts):
        y, m, d = (int(t) for t in texts)
        return calendar_date(y + 1911 if y < 1911 else y, m, d) or "/".join(texts)
    if (
        join != "digits"
        and kind in ("qty", "number", "money")
        and texts
        and all(_figure(t) is not None for t in texts)
    ):
        gaps = len(texts) < len(parts)
        if join == "sum" or gaps or any(len(t) > 1 for t in texts):
            # figures in category columns (外观 | 尺寸 | 功能): their total; digits one per box
            # fill every box with one digit
            total = sum((_figure(t) or Decimal(0) for t in texts), Decimal(0))
            return str(total)
    return "".join(texts)


def _join_of(parts: list[Any], read: Any) -> str:
    """How a range of boxes makes the figure the generic reader read there: their sum, or
    their digits one after the other; else as the figures on this copy show it."""
    texts = [str(p).strip() for p in parts if p not in (None, "")]
    figures = [_figure(t) for t in texts]
    if not texts or any(f is None for f in figures):
        return "digits"
    n = _number(read)
    summed = sum((f or Decimal(0) for f in figures), Decimal(0))
    written = _figure("".join(texts))
    if n is not None and n == summed and n != written:
        return "sum"
    if n is not None and n == written:
        return "digits"
    return "sum" if len(texts) < len(parts) or any(len(t) > 1 for t in texts) else "digits"


def _figure(text: str) -> Decimal | None:
    clean = text.replace(",", "")
    return Decimal(clean) if re.fullmatch(r"\d+(\.\d+)?", clean) else None


def _mapped(value: Any, values: dict[str, Any]) -> Any:
    """The layout's word for a value → the record's (``values``), ticked options one by one."""
    if not values or not isinstance(value, str):
        return value
    for word, out in values.items():
        if key(word) == key(value):
            return out
    from ..values import checked_options

    ticked = checked_options(value)
    if ticked:
        mapped = [next((out for word, out in values.items() if key(word) == key(o)), o) for o in ticked]
        return mapped if len(mapped) > 1 else mapped[0]
    return value


_DATE_IN = lazy_re(r"(?<!\d)\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}(?:\s*日)?(?!\d)")
_CODE = lazy_re(r"[A-Za-z0-9][A-Za-z0-9_.\-]*\d[A-Za-z0-9_.\-]*|[A-Za-z0-9_.\-]*\d[A-Za-z0-9_.\-]*[A-Za-z]")


def _date_in(raw: Any) -> Any:
    """The one date written among other words (``☑已关闭 (关闭日期: 2026/9/25)``)."""
    if not isinstance(raw, str) or _printed_date(raw) is not None:
        return raw
    found = _DATE_IN.findall(unicodedata.normalize("NFKC", raw))
    return found[0] if len(found) == 1 else raw


def _code_in(raw: Any) -> Any:
    """The code of a cell that names the thing and gives its code (``线束总成 / WH-2231-K``)."""
    if not isinstance(raw, str) or _CODE.fullmatch(raw.strip()):
        return raw
    parts = [p.strip() for p in re.split(r"\s+/\s+|\s*[|｜]\s*", raw) if p.strip()]
    codes = [p for p in parts if _CODE.fullmatch(p)]
    names = [p for p in parts if p not in codes]
    # PO 81502 / 81503: two numbers (the other part has figures too), never the second alone
    named = len(names) == 1 and not re.search(r"\d", names[0])
    return codes[0] if len(parts) == 2 and len(codes) == 1 and named else raw


def _in_simplified(raw: Any, meta: FieldMeta) -> Any:
    """A choice written in traditional script (``進行中``) as the simplified word kesu knows."""
    if meta.term is None or not isinstance(raw, str) or meta.term.lookup(raw) is not None:
        return raw
    from .vocab import simplified

    converted = simplified(raw)
    return converted if meta.term.lookup(converted) is not None else raw


def _options(text: Any) -> list[str]:
    """Every option of a check-box line, ticked or not: ``☑退货 □换货`` → ``['退货', '换货']``."""
    from ..values import CHECKED, UNCHECKED

    if not isinstance(text, str) or not any(c in text for c in CHECKED + UNCHECKED):
        return []
    parts = re.split(f"[{CHECKED}{UNCHECKED}]", text)[1:]
    return [p.strip() for p in parts if p.strip()]


def option_words(text: Any, meta: FieldMeta | None) -> dict[str, Any]:
    """For a check-box line of a choice field, each option kesu does not know yet mapped to the
    closest of the field's choices (``质量投诉`` → ``quality``) — a guess kept in the profile
    for the clerk's IT person to check."""
    import difflib

    out: dict[str, Any] = {}
    options = _options(text)
    term = meta.term if meta is not None else None
    if term is None or not options:
        return out
    for option in options:
        if term.lookup(option) is not None:
            continue
        scored = sorted(
            (
                max(
                    difflib.SequenceMatcher(None, key(option), key(label)).ratio()
                    for label in (member.zh, member.value, *member.zh.split("/"))
                ),
                member.value,
            )
            for member in term
        )
        # Chinese words sharing characters are a fair guess; Latin ones must be close ("Credit" is no "return")
        need = 0.5 if re.search(r"[\u3400-\u9fff]", option) else 0.8
        if scored and scored[-1][0] >= need and (len(scored) < 2 or scored[-2][0] < scored[-1][0]):
            out[option] = scored[-1][1]
    return out


class _Reader:
    """Reads one layout with one profile."""

    def __init__(self, profile: Profile, layout: Layout, spec: FormSpec, fitted: Fit) -> None:
        self.profile, self.layout, self.spec, self.fit = profile, layout, spec, fitted
        self.label_keys = {key(t) for t in profile.labels.values()}
        self.values: dict[str, Any] = {}
        self.where = Locations()
        self.problems: list[Problem] = []
        # field path → where its value came from (cell or page and box, label, how surely)
        self.provenance: dict[str, Provenance] = {}
        self.source = Provenance("")  # the provenance of the value being put
        self.header_boxes: dict[str, Box] = {}  # the printed table's column headers
        self.ambiguous = False  # the value being read stands by a label printed several times
        self.printed: list[Box] = []  # a print: the boxes the value being put was read from
        self.table_confidence = 1.0
        self._printed_text: str | None = None  # every box's text, folded (printed_here)
        self._label_boxes: list[Box] | None = None  # the boxes of the profile's labels (row_labels)
        self.as_placed = False  # an Excel place already where this form has it (a line read again)
        # the value being read moved otherwise than its label (:meth:`realigned`): what is said of it
        self.realigns: list[tuple[str, dict[str, Any]]] = []
        self.realigned_boxes: set[int] = set()  # a print's boxes a value was followed to
        # a workbook's table as read: (sheet, rows its first line moved, the row its lines end at)
        self.ends: dict[str, tuple[str, int, int]] = {}
        # the profile's labels moved down only by a longer table above them (:meth:`grown`)
        self.grown_under: set[str] = set()
        self._noted: tuple[Decimal | None] | None = None  # see noted_unit()
        self._note_top = 0.0  # the top of the note of the amounts' unit (noted_unit())
        self.line_raw: dict[str, Any] | None = None  # a table's line being put, as written
        # the order of month and day learned, unless this copy's own dates show the other one
        # (learned 03/14/2026, this copy prints 15/03/2026): then none, the form's dates decide
        shown = _copy_date_order(layout)
        self.date_order = "" if shown and shown != profile.date_order else profile.date_order

    # -- helpers
    @property
    def file(self) -> str:
        """The profile's file, as the clerk's messages name it (:attr:`Profile.shown`)."""
        return self.profile.shown

    def is_label(self, box: Box | None) -> bool:
        return box is not None and key(box.text) in self.label_keys

    def meta(self, path: str) -> FieldMeta | None:
        head, _, rest = path.partition(".")
        meta = self.spec.fields.get(re.sub(r"\[\d+\]$", "", head))
        if meta is None:
            return None
        if rest and meta.row_model is not None:
            return describe(meta.row_model).get(rest)
        return meta

    def noted_unit(self) -> Decimal | None:
        """The factor a note over this form puts on its amounts (``金额单位：千元``: 1000), the one
        rule :func:`units.note_scale`; None without a note or with notes naming different units."""
        if self._noted is None:
            note = amount_note(self.layout.boxes)  # the generic reader's rule
            self._noted = (note[0] if note is not None else None,)
            self._note_top = note[1] if note is not None else 0.0
        return self._noted[0]

    def above_the_note(self, location: str) -> bool:
        """Does the value read at ``location`` stand wholly above the note of the amounts' unit
        (a form in yuan, the note heading another block under it)? Not in its unit then."""
        if self.noted_unit() is None:
            return False
        if self.printed:
            box: Box | None = self.printed[0]
        else:
            cell = location.rpartition("!")[2]
            box = next((b for b in self.layout.boxes if b.where == cell), None) if self.layout.excel else None
        return box is not None and box.y1 <= self._note_top

    def label_box(self, text: str, nth: int) -> Box | None:
        found = _occurrences(self.layout, text)  # fewer than nth: that one is gone, never another
        want = key(text)  # "Customer Ref", another label of the layout, is no "Customer"
        found = [b for b in found if key(b.text) == want or key(b.text) not in self.label_keys]
        return found[nth - 1] if 0 < nth <= len(found) else None

    def shifted(self, ref: str, label_cell: str | None) -> str | None:
        """``ref`` moved by as much as its label moved; None when the label is gone."""
        if not label_cell or (label_cell not in self.fit.moved and label_cell not in self.fit.gone):
            return ref
        if label_cell in self.fit.gone:
            return None
        (oc, orow), (nc, nrow) = _split_ref(label_cell), _split_ref(self.fit.moved[label_cell])
        return _moved_ref(ref, _col_number(nc) - _col_number(oc), nrow - orow)

    def offset(self, cell: str) -> tuple[int, int] | None:
        """How far (columns, rows) the profile's label learned in ``cell`` stands from it on this
        form; None when it is gone."""
        if cell in self.fit.gone:
            return None
        if cell not in self.fit.moved:
            return 0, 0
        (oc, orow), (nc, nrow) = _split_ref(cell), _split_ref(self.fit.moved[cell])
        return _col_number(nc) - _col_number(oc), nrow - orow

    def realigned(self, path: str, place: Place, ref: str) -> str | None:
        """``ref`` (the value's cell moved with its label: :meth:`shifted`) moved again where a
        column (row) was inserted or deleted between the label and its value: the profile's labels
        standing in the value's own column (row) moved across (down) otherwise than its label, all
        alike — by as much as they moved, said (``profile_value_realigned``). When they moved
        unlike each other and none with the label, the value's cell cannot be told: None, said
        (``profile_value_unplaced``) — never a value read from a cell another column now holds."""
        if not place.label_cell or not place.cell or (label := self.offset(place.label_cell)) is None:
            return ref
        first = _range_parts(place.cell)[0]
        (lc, lr), (vc, vr) = _split_ref(place.label_cell), _split_ref(first)
        if _prefix(lc) != _prefix(vc):
            return ref
        at = (_col_number(vc), vr)  # the value's place as learned, column and row numbers
        moves: list[list[tuple[int, str, str]]] = [[], []]  # across, down: (offset, label, its move)
        # the labels on the value's row (column), each as (learned place, place now) along it: the
        # value stays between them (a sheet's columns and rows keep their order)
        around: list[list[tuple[int, int, str]]] = [[], []]
        # each label's move along each axis, by its learned column (row): a label on the value's
        # row that moved unlike the others of its column was shifted with its row alone
        lines: list[dict[int, list[int]]] = [{}, {}]
        taken: set[tuple[int, int]] = set()  # the cells the profile's labels stand in now
        for cell, text in self.profile.labels.items():
            c, r = _split_ref(cell)
            if _prefix(c) != _prefix(vc) or (got := self.offset(cell)) is None:
                continue
            said = f"“{text}” {cell}→{self.fit.moved.get(cell, cell)}"
            lines[0].setdefault(_col_number(c), []).append(got[0])
            lines[1].setdefault(r, []).append(got[1])
            if cell != first:  # (a value learned in its label's own cell moves with it)
                taken.add((_col_number(c) + got[0], r + got[1]))
            if cell != place.label_cell:
                if c == vc and vc != lc:
                    moves[0].append((got[0], text, said))
                if r == vr and vr != lr:
                    moves[1].append((got[1], text, said))
            if r == vr:
                around[0].append((_col_number(c), _col_number(c) + got[0], said))
            if c == vc:
                around[1].append((r, r + got[1], said))
        shift = list(label)
        common = dict(text=place.label, at=self.fit.moved.get(place.label_cell, place.label_cell))
        common |= dict(was=first, file=self.file)

        def unplaced(axis: int, moves_said: dict[str, str]) -> None:
            line = dict(
                zip(("line", "line_en"), ("列", "column") if axis == 0 else ("行", "row"), strict=True)
            )
            self.problems.append(
                Problem(
                    "profile_value_unplaced",
                    field=path,
                    location=self.layout.qualified(ref),
                    severity="error",
                    params={**common, **line, **moves_said, "seen": ""},
                )
            )

        own = (_col_number(lc), lr)
        for axis, found in enumerate(moves):
            offsets = {d for d, _, _ in found}
            if not offsets or label[axis] in offsets:
                continue  # no label there, or one moved with the value's label: as learned
            others = list(lines[axis].get(own[axis], []))
            others.remove(label[axis])
            if (
                at[1 - axis] == own[1 - axis]
                and at[axis] > own[axis]
                and others
                and label[axis] not in others
            ):
                continue  # its label shifted with its row (column) alone: the value after it with it
            now = at[axis] + next(iter(offsets))
            crossed = [
                said for old, new, said in around[axis] if (old < at[axis]) != (new < now) or new == now
            ]
            if len(offsets) > 1 or crossed:  # moved unlike each other, or past a label beside it
                unplaced(axis, _listed([*(said for _, _, said in found), *crossed]))
                return None
            shift[axis] = offsets.pop()
            line, line_en = ("列", "column") if axis == 0 else ("行", "row")
            self.realigns.append(
                (
                    path,
                    common
                    | dict(line=line, line_en=line_en)
                    | _listed([s for d, _, s in found if d == shift[axis]]),
                )
            )
        if (unsure := self._unplaced(place, at, shift, around, lines, taken)) is not None:
            unplaced(*unsure)
            return None
        # (a label of the profile in the value's column that moved as its own label tells the
        # value's column: a column inserted after the value, not before it)
        # (a row inserted between a label and the value below it: the same rule down its column)
        for axis in (0, 1):
            told = label[axis] in {d for d, _, _ in moves[axis]}
            in_line = (vr == lr) if axis == 0 else (vc == lc)
            if told or shift[axis] != label[axis] or not in_line or at[axis] <= own[axis]:
                continue
            widened = self.widened(path, place, axis, at, shift, around[axis], lines[axis])
            if widened is not None:
                written, pick = widened
                between = [f"“{b.text}” {b.where}" for b in written if b.where != pick]
                if pick is None:
                    unplaced(axis, _listed(between))
                    return None
                if pick == ref and not between:
                    return ref  # (the one cell written between is the value's own: a line added empty)
                line, line_en = ("列", "column") if axis == 0 else ("行", "row")
                self.realigns.append((path, common | dict(line=line, line_en=line_en) | _listed(between)))
                return pick
        if tuple(shift) == label:
            return ref
        return _moved_ref(place.cell, shift[0], shift[1])

    def widened(
        self,
        path: str,
        place: Place,
        axis: int,
        at: tuple[int, int],
        shift: list[int],
        line: list[tuple[int, int, str]],
        across: dict[int, list[int]],
    ) -> tuple[list[Box], str | None] | None:
        """More columns (``axis`` 0; rows, 1: a value below its label) now between a label and
        the next label past it on its row (column) — none there: the sheet's next column (row)
        of labels past the value, moved as one — than when learned: a column (row) inserted
        there, no label of the profile standing in the value's line to follow. The cells
        written between them (``客户代码`` in B3), and the one of the field's kind (its code's
        shape), None when not one alone is — or None when the line is as learned (or nothing is
        written between)."""
        learned = _split_ref(place.label_cell or "")
        start = _col_number(learned[0]) if axis == 0 else learned[1]
        beyond = sorted((old, new) for old, new, _ in line if old > at[axis])
        if not beyond:  # the sheet's next line of labels past the value, moved as one
            nxt = sorted((c, set(d)) for c, d in across.items() if c > at[axis])
            beyond = [(nxt[0][0], nxt[0][0] + nxt[0][1].pop())] if nxt and len(nxt[0][1]) == 1 else []
        if not beyond or beyond[0][1] - (start + shift[axis]) <= beyond[0][0] - start:
            return None
        sheet = _prefix(_split_ref(_range_parts(place.cell or "")[0])[0])
        other = at[1 - axis] + shift[1 - axis]
        refs = [
            f"{sheet}{_col_letter(n)}{other}" if axis == 0 else f"{sheet}{_col_letter(other)}{n}"
            for n in range(start + shift[axis] + 1, beyond[0][1])
        ]
        written = [
            box
            for ref in refs
            if (box := self.layout.cell(ref)) is not None and box.where == ref and str(box.text).strip()
        ]
        if not written:
            return None
        meta = self.meta(path)
        fits = [
            b.where
            for b in written
            if (meta is None or _reads_as(meta, b.text))
            and (not place.shape or _code_shape(str(b.text)) == place.shape)
        ]
        return written, (fits[0] if len(fits) == 1 else None)

    @staticmethod
    def _unplaced(
        place: Place,
        at: tuple[int, int],
        shift: list[int],
        around: list[list[tuple[int, int, str]]],
        lines: list[dict[int, list[int]]],
        taken: set[tuple[int, int]],
    ) -> tuple[int, dict[str, str]] | None:
        """The labels that leave the value's cell (learned at ``at``, moved by ``shift``) untold,
        said; None when it can be told. Untold: the cell a label stands in now (its own label's,
        moved while its column's others did not), or a label on the value's own row (column)
        between its label and the next label past the value that moved unlike the other labels
        of its column (row) — a cell inserted (deleted) in that row alone, before or after the
        value no one can say. The axis returned is the line that changed: 1 (a row) for a value
        whose row shifted alone or that lands on a label's cell, 0 (a column) for a column."""
        now = (at[0] + shift[0], at[1] + shift[1])
        said: list[str] = []
        if now in taken:
            said += [s for old, new, s in around[0] if new == now[0]] or [f"“{place.label}”"]
            return 1, _listed(said)
        for axis in (0, 1):
            learned = _split_ref(place.label_cell or "")
            start = _col_number(learned[0]) if axis == 0 else learned[1]
            beyond = sorted((old, new, s) for old, new, s in around[axis] if old > at[axis])
            span = [e for e in around[axis] if min(start, at[axis]) <= e[0] <= at[axis]] + beyond[:1]
            for old, new, s in span:
                others = list(lines[axis].get(old, []))
                others.remove(new - old)
                if others and (new - old) not in others and new - old != shift[axis]:
                    said.append(s)
            if said:  # (the labels on the value's row moved unlike their columns: its row changed)
                return 1 - axis, _listed(said)
        return None

    def excel_range(self, ref: str) -> list[Box]:
        out: list[Box] = []
        for cell in _cells_of(self.layout, ref):
            box = self.layout.cell(cell)
            if box is not None and box not in out:
                out.append(box)
        return out

    def neighbour(
        self, label: Box, at: str, gap: float | None = None, meta: FieldMeta | None = None
    ) -> Box | None:
        """The box right of (or below) a label on a printed form; None when the next one is a
        label. ``gap``: as far from the label as the profile learned (a value apart from it).
        Beside a label printed over two lines' cells (``生产 批号 不良`` / ``数量``: its first
        line run into the cell over it), two boxes stand one over the other at its right: the
        one that reads as the field's kind (``meta``: a count, not the lot number over it)."""
        if at == "right":
            cands = [
                b for b in self.layout.boxes if b is not label and b.band(label) and b.x0 >= label.x1 - 1
            ]
            best = min(cands, key=lambda b: b.x0, default=None)
            stacked = [b for b in cands if best is not None and abs(b.x0 - best.x0) <= 1 and not b.band(best)]
            if best is not None and stacked and meta is not None and not _reads_as(meta, best.text):
                best = next((b for b in stacked if _reads_as(meta, b.text)), best)
        elif at in ("above", "left"):  # the value before a label of the layout printed beside it
            if at == "left":
                cands = [
                    b for b in self.layout.boxes if b is not label and b.band(label) and b.x1 <= label.x0 + 1
                ]
                best = max(cands, key=lambda b: b.x1, default=None)
            else:
                cands = [
                    b
                    for b in self.layout.boxes
                    if b is not label
                    and b.where == label.where
                    and b.y1 <= label.y0 + 1
                    and abs(b.x0 - label.x0) <= 1
                ]
                best = max(cands, key=lambda b: b.y1, default=None)
            if best is None or self.is_label(best):
                return None
            gap = label.x0 - best.x1 if at == "left" else label.y0 - best.y1
            return best if gap <= 2.0 else None
        else:
            # (a wide box, a merged cell, that begins under another label of the row is its value;
            # the row's labels looked up only for a box beginning left of the label)
            cands = [
                b for b in self.layout.boxes if b is not label and b.y0 >= label.y1 - 1 and b.over(label)
            ]
            if any(b.x0 < label.x0 - 2 for b in cands):
                row = self.row_labels(label)
                cands = [b for b in cands if not _begins_under(b, label, row)]
            best = min(cands, key=lambda b: (b.y0, b.x0), default=None)
        if best is None or self.is_label(best):
            return None
        # the value's own cell touches its label; a box further off belongs to something else
        # (the value's cell was left empty on this copy and printed no box) — unless the value
        # was learned standing that far off (within a sixth of it, or 6 points)
        apart = best.x0 - label.x1 if at == "right" else best.y0 - label.y1
        if gap is not None and abs(apart - gap) <= max(6.0, gap / 6):
            return best
        return best if apart <= max(4.0, 2 * (label.y1 - label.y0)) else None

    def row_labels(self, label: Box) -> list[Box]:
        """The profile's labels printed in ``label``'s row (its band), itself aside: the layout's
        label boxes found once a read (:attr:`_label_boxes`), not every box looked at each call."""
        if self._label_boxes is None:
            self._label_boxes = [b for b in self.layout.boxes if self.is_label(b)]
        return [b for b in self._label_boxes if b is not label and b.band(label)]

    def up_to_label(self, text: str) -> str:
        """``text`` down to a line that opens with another of the layout's labels (a box of
        label | value lines printed as one: ``Track rail burr.`` / ``Quantity complained 5``)."""
        lines = text.split("\n")
        for n, line in enumerate(lines[1:], start=1):
            head = key(line)
            if any(len(k) >= 2 and head.startswith(k) for k in self.label_keys):
                return "\n".join(lines[:n]).strip()
        return text

    def more_right(self, first: Box, count: int) -> list[Box]:
        row = sorted(
            (b for b in self.layout.boxes if b.band(first) and b.x0 >= first.x1 - 1), key=lambda b: b.x0
        )
        out = [first]
        for b in row:
            if len(out) >= count or self.is_label(b):
                break
            out.append(b)
        return out

    # -- one field
    def read_place(self, path: str, place: Place) -> tuple[Any, str] | None:
        """(raw value, location) or None when not there; a gone label is reported."""
        self.printed = []
        if place.value is not None:  # printed on the form: the profile says so
            if not self.printed_here(path, place.value):
                return None
            self.source = Provenance(self.where.get("", ""), how="profile:fixed")
            return place.value, self.where.get("", "")
        if place.at == GRID:
            return self.last_why(path)
        meta = self.meta(path)
        label_text = place.label or ""
        if self.layout.excel and place.cell:
            ref = place.cell if self.as_placed else self.shifted(place.cell, place.label_cell)
            if ref is None:
                self.gone(path, place)
                return None
            self.realigns = []
            if not self.as_placed and (self.fit.moved or self.fit.gone):
                ref = self.realigned(path, place, ref)
                if ref is None:
                    return None
            for _, said in self.realigns:
                self.problems.append(
                    _warning("profile_value_realigned", path, self.layout.qualified(ref), cell=ref, **said)
                )
            if ref != place.cell and not self.realigns:
                self.problems.append(
                    _warning(
                        "profile_label_moved",
                        path,
                        self.layout.qualified(ref),
                        text=place.label,
                        old=place.label_cell,
                        new=self.fit.moved[place.label_cell or ""],
                        file=self.file,
                    )
                )
            boxes = self.excel_range(ref)
            if not boxes:
                return None
            label_at = (
                (
                    place.label_cell
                    if self.as_placed
                    else self.fit.moved.get(place.label_cell or "", place.label_cell)
                )
                if place.label
                else None
            )
            self.source = Provenance(
                self.layout.qualified(ref),
                (place.label or "").strip(),
                self.layout.qualified(label_at) if label_at else "",
                # a label followed to its new cell is a guess the clerk is asked to check
                MOVED_CONFIDENCE if ref != place.cell else 1.0,
                f"profile:{place.at}",
            )
            raw: Any
            if len(boxes) > 1:
                raw = _joined([b.value for b in boxes], meta.kind if meta else "text", place.join)
            else:
                raw = boxes[0].value
            if place.at == "inline" and isinstance(raw, str):
                raw = _after_label(raw, label_text)
            return raw, self.layout.qualified(ref)
        if not place.label:
            return None
        label = self.label_box(place.label, place.nth)
        if label is None:
            self.gone(path, place)
            return None
        self.ambiguous = self.repeated(path, place)
        if place.at == "inline":
            self.source = self.pdf_source(label, label, place)
            self.printed = [label]
            return _after_label(label.text, label_text), self.layout.location(label, label_text)
        if place.at == "cross":
            head = self.label_box(place.column or "", place.column_nth)
            if head is None:
                self.gone(path, Place(label=place.column, label_cell=place.cell))
                return None
            row = [
                b
                for b in self.layout.boxes
                if b.band(label) and b.x0 >= label.x1 - 1 and not self.is_label(b)
            ]
            hit = max(row, key=lambda b: min(b.x1, head.x1) - max(b.x0, head.x0), default=None)
            if hit is None or min(hit.x1, head.x1) - max(hit.x0, head.x0) <= 1:
                return None
            self.source = self.pdf_source(hit, label, place)
            self.printed = [hit]
            return hit.value, self.layout.location(hit, label_text)
        if (
            place.at in ("right", "below")
            and key(label.text) != key(label_text)
            and key(label.text).startswith(key(label_text))
            and "\n" in label.text
        ):  # the print joined the label's cell and the value's below it into one box
            rest = self.up_to_label(_after_label(label.text, label_text))
            if rest:
                self.source = self.pdf_source(label, label, place)
                self.printed = [label]
                return rest, self.layout.location(label, label_text)
        first = self.neighbour(
            label, place.at if place.at in ("below", "above", "left") else "right", place.gap, self.meta(path)
        )
        for _ in range(place.line - 1 if place.at == "below" else 0):  # down the caption's block
            first = _block_below(self.layout, first) if first is not None else None
            if first is not None and self.is_label(first):
                first = None
        if first is not None and place.at == "right" and not (place.cell and ":" in place.cell):
            first = self.beside_checked(path, place, label, first)
        elif first is not None and place.at == "below" and place.line == 1:
            first = self.beside_checked(path, place, label, first, axis=1)
        if first is None:
            return None
        count = _range_size(place.cell) if place.cell else 1
        boxes = self.more_right(first, count) if count > 1 else [first]
        raw = (
            _joined([b.value for b in boxes], meta.kind if meta else "text", place.join)
            if count > 1
            else first.value
        )
        self.source = self.pdf_source(first, label, place)
        if id(first) in self.realigned_boxes:  # followed past a box inserted by its label: to check
            self.source = replace(self.source, confidence=min(self.source.confidence, MOVED_CONFIDENCE))
        self.printed = boxes
        got = raw, self.layout.location(first, label_text)
        if place.span and count == 1 and place.at in ("right", "below"):  # its cell printed in pieces
            got = self.run_on(got, first.y0 + place.span * (label.y1 - label.y0) + 2)
        return got

    def beside_checked(self, path: str, place: Place, label: Box, first: Box, axis: int = 0) -> Box | None:
        """The box right of a printed label (``first``; ``axis`` 1: below it), checked against
        what the profile knows of the row (column): how many cells (boxes) stood between the
        label and the next label when learned, and which labels stood in the value's column
        (row: a profile learned on the workbook). More boxes there now than then — a column
        (row) inserted between the label and its value, holding a text the profile does not
        know (``客户代码``) — is no value read from the new box: the value is the box lined up
        with the labels of its own column (row), or the one box of the field's kind (its
        code's shape), said (``profile_value_realigned``); else none, said
        (``profile_value_unplaced``). The box lined up is said too where it is the first: a cell
        inserted by the label in its row alone stands lined up with them as well. Another label
        standing where the learned next label stood (:meth:`next_changed`): the value as learned, said."""
        if (changed := self.next_changed(path, place, label, first, axis)) is not None:
            return changed
        row = self.boxes_between(label, axis)
        between = row[:-1] if row and self.is_label(row[-1]) else row
        if first not in between or len(between) < 2:
            return first
        mates = self.column_mates(place, axis)
        in_column = [
            b for b in between if mates and all(b.band(m) if axis else b.over(m, 1.0) for m in mates)
        ]
        learned = self.learned_between(place, row[-1], axis)
        more = learned is not None and len(between) > learned
        if learned is None and not axis and "[" not in path and not self.is_label(row[-1]):
            # no label ends the line: at most what stood then, counting the boxes lined up with
            # the label (a box of the line above that runs down into it is none of its line; a
            # table's line may grow across: lines as columns, :meth:`read_more_columns`)
            most = self.learned_to_next(place)
            more = most is not None and len([b for b in between if _lined_up(b, label, 1)]) > most[0]
            if more and most is not None and any(most[1] and most[1] in key(b.text) for b in between):
                more = False  # that next label is on the line still, printed run into a box
        if not more and (first in in_column or not in_column):
            return first
        meta = self.meta(path)
        fits = [
            b
            for b in between
            if (meta is None or _reads_as(meta, b.text))
            and (not place.shape or _code_shape(b.text) == place.shape)
        ]
        pick = in_column[0] if len(in_column) == 1 else (fits[0] if len(fits) == 1 else None)
        if pick is first and not (more and pick in in_column):  # (lined up alone: a cell inserted
            return first  # by the label in its row alone lines up as well — said, never silent)
        shown = [f"“{b.text}” {_boxed(b)}" for b in between if b is not pick]
        params = dict(
            text=place.label,
            at=_boxed(label),
            was=place.cell if place.cell and "#" not in place.cell else _BESIDE_LABEL[axis],
            file=self.file,
            line=("列", "行")[axis],
            line_en=("column", "row")[axis],
        )
        if pick is None:
            self.problems.append(
                Problem(
                    "profile_value_unplaced",
                    field=path,
                    location=self.layout.location(first, place.label or ""),
                    severity="error",
                    params=params | _listed(shown) | {"seen": ""},
                )
            )
            return None
        mates_said = [f"“{m.text}” {_boxed(m)}" for m in mates] if pick in in_column else shown
        self.problems.append(
            _warning(
                "profile_value_realigned",
                path,
                self.layout.location(pick, place.label or ""),
                cell=_boxed(pick),
                **params,
                **_listed(mates_said),
            )
        )
        self.realigned_boxes.add(id(pick))
        return pick

    def next_changed(self, path: str, place: Place, label: Box, first: Box, axis: int) -> Box | None:
        """The value (``first``) where a label other than the one the boxes were counted to when
        learned stands in that label's place (``Place.next_label``, or the next label whose cell
        gave the count): a label — and its value — inserted after the value, the layout changed
        there. Read as learned, said (``profile_next_label_changed``), its confidence lowered;
        None where that is not so (the boxes before it not the value alone, or label-like: a
        column inserted by the label is :meth:`beside_checked`'s)."""
        if place.between > 0:
            if not place.next_label:
                return None  # (an older profile: counted to whatever label, as before)
            learned: int | None = place.between
            want = place.next_label
            row = self.boxes_between(label, axis, until=want)
        else:
            row = self.boxes_between(label, axis)
            if not row or not self.is_label(row[-1]):
                return None
            learned, want = self.learned_between(place, row[-1], axis), row[-1].text
        if learned is None or learned < 1 or len(row) <= learned or row[0] is not first:
            return None
        there = row[learned]
        if key(there.text) == key(want) or not self.reads_as_label(there):
            return None
        if any(self.reads_as_label(b) for b in row[:learned]):
            return None
        self.problems.append(
            _warning(
                "profile_next_label_changed",
                path,
                self.layout.location(first, place.label or ""),
                text=place.label,
                was=want.strip(),
                now=there.text.strip(),
                at=_boxed(there),
                file=self.file,
            )
        )
        self.realigned_boxes.add(id(first))
        return first

    def reads_as_label(self, box: Box) -> bool:
        """One of the profile's labels, or a text any form prints as a label (the generic
        reader's rule, :func:`vocab.label_like`): a label the profile does not know."""
        from .vocab import label_like

        return self.is_label(box) or label_like(box.text)

    def boxes_between(self, label: Box, axis: int = 0, until: str = "") -> list[Box]:
        """The boxes right of a printed label on its line, left to right (``axis`` 1: under it
        in its column, top down), up to the next of the profile's labels (that one last, when
        there is one); ``until``: up to that label, when it is on the line, the profile's other
        labels before it counted as boxes."""
        if axis:
            row = sorted(
                (b for b in self.layout.boxes if b is not label and b.over(label) and b.y0 >= label.y1 - 1),
                key=lambda b: (b.y0, b.x0),
            )
        else:
            row = sorted(
                (b for b in self.layout.boxes if b is not label and b.band(label) and b.x0 >= label.x1 - 1),
                key=lambda b: b.x0,
            )
        stop = key(until)
        if not stop or not any(key(b.text) == stop for b in row):
            stop = ""
        out: list[Box] = []
        for b in row:
            if (key(b.text) == stop) if stop else self.is_label(b):
                return out + [b]
            out.append(b)
        return out

    def learned_between(self, place: Place, nxt: Box, axis: int = 0) -> int | None:
        """How many cells (boxes, on a print learned) stood between the value's label and the
        next label right of it (``nxt``; ``axis`` 1: rows, the next label below it) on the copy
        the profile was learned on; None when unknown (below a label on a print learned: its
        boxes' numbers count the other columns' too)."""
        if not self.is_label(nxt) or not place.label_cell:
            return None
        if place.between > 0:  # the boxes the copy learned on printed there (a merged cell one box)
            return place.between
        cells = [c for c, text in self.profile.labels.items() if key(text) == key(nxt.text)]
        page, _, n = place.label_cell.partition("#")
        if n.isdigit():  # learned on a print: its boxes in reading order (p1#6, the value, p1#8)
            if axis:
                return None
            later = [
                int(m) - int(n) - 1
                for c in cells
                if (pg := c.partition("#"))[0] == page and (m := pg[2]).isdigit() and int(m) > int(n)
            ]
            return min(later) if later else None
        if (at := _cell_at(place.label_cell)) is None:
            return None
        own = (_col_number(at[0]), at[1])
        cols = [
            (_col_number(c), r)[axis] - own[axis] - 1
            for cell in cells
            if (c_r := _cell_at(cell)) is not None
            and (c := c_r[0], r := c_r[1])
            and (_col_number(c), r)[1 - axis] == own[1 - axis]
            and _prefix(c) == _prefix(at[0])
            and (_col_number(c), r)[axis] > own[axis]
        ]
        return min(cols) if cols else None

    def learned_to_next(self, place: Place) -> tuple[int, str] | None:
        """On a print learned, how many boxes stood between the value's label and the profile's
        next label in reading order (p1#31, its value p1#32, the next label p1#33: one), with that
        label's text keyed: the most that can have stood right of the label on its line then. More
        there now (a table's line run into the label's: ``5 月`` | ``26`` | ``涂层起皮`` beside
        ``D2 问题描述``) is a line the profile never saw; None when not learned on a print."""
        page, _, n = (place.label_cell or "").partition("#")
        if not n.isdigit():
            return None
        later = [
            (int(m) - int(n) - 1, key(text))
            for cell, text in self.profile.labels.items()
            if (pg := cell.partition("#"))[0] == page and (m := pg[2]).isdigit() and int(m) > int(n)
        ]
        return min(later) if later else None

    def column_mates(self, place: Place, axis: int = 0) -> list[Box]:
        """The printed boxes of the profile's labels learned in the value's own column (``axis``
        1: row; a profile learned on the workbook; its own label aside), each printed once."""
        if place.mates:  # learned on a print: the labels' boxes lined up with the value there
            return self.mates_printed(place.mates)
        value, own = _cell_at(_range_parts(place.cell or "")[0]), _cell_at(place.label_cell or "")
        if value is None or own is None or value[axis] == own[axis]:
            return []
        return self.mates_printed(
            [
                cell
                for cell in self.profile.labels
                if cell != place.label_cell and (at := _cell_at(cell)) is not None and at[axis] == value[axis]
            ]
        )

    def mates_printed(self, cells: list[str]) -> list[Box]:
        """The printed boxes of the profile's labels learned in ``cells``, each printed once."""
        out = []
        for cell in cells:
            found = _occurrences(self.layout, self.profile.labels.get(cell, ""))
            if len(found) == 1:
                out.append(found[0])
        return out

    def cut_off(self, raw: Any) -> bool:
        """The value just read ends in a line that runs to its printed cell's border."""
        text = " ".join(str(raw).split())
        for box in self.printed:
            line = " ".join(box.cut.split())
            if line and (text.endswith(line) or line.endswith(text[-12:])):
                return True
        return False

    def read_also(
        self, path: str, place: Place, got: tuple[Any, str] | None, mark: int
    ) -> tuple[Any, str] | None:
        """The value read where the workbook prints it again (a summary tab), when its own place
        is not on the print (outside the print area) or cut off at its cell's border: taken when
        it is the whole of what the own place shows the start of."""
        assert place.also is not None
        kept = (self.printed, self.source, len(self.problems))
        other = self.read_place(path, place.also)
        label = self.label_box(place.also.label or "", place.also.nth)
        if other is not None and place.also.span and label is not None and len(self.printed) == 1:
            other = self.run_on(other, self.printed[0].y0 + place.also.span * (label.y1 - label.y0) + 2)
        # by another label touching the value (not a copy of the value elsewhere in the workbook)
        beside = place.also.at in ("above", "left") or (
            place.also.at == "below" and place.also.cell == place.cell
        )
        if other is not None and beside and not (got is None and self.garbled(place)):
            other = None  # a label renamed is gone: its value is never read beside another one
        if other is not None and isinstance(other[0], str) and (got is None or _continues(other[0], got[0])):
            del self.problems[mark : kept[2]]  # the own place's label not printed: read elsewhere
            if beside:  # by where it stands next to another label: said so
                self.source = Provenance(
                    self.source.location,
                    self.source.label,
                    self.source.label_location,
                    MOVED_CONFIDENCE,
                    self.source.how,
                )
                self.problems.append(
                    _warning(
                        "profile_read_beside",
                        path,
                        other[1],
                        text=(place.label or "").strip(),
                        other=(place.also.label or "").strip(),
                        file=self.file,
                    )
                )
            return other
        self.printed, self.source = kept[0], kept[1]
        del self.problems[kept[2] :]
        return got

    def garbled(self, place: Place) -> bool:
        """The value's own label is printed where it stood, but unreadably (stacked vertical text
        run into the next label, a label cut by its narrow cell): the box on the label's side of
        the value holds half of its characters or more."""
        if not self.printed:
            return False
        value = self.printed[0]
        if place.at == "below":
            side = [b for b in self.layout.boxes if b is not value and b.over(value) and b.y1 <= value.y0 + 1]
            near = max(side, key=lambda b: b.y1, default=None)
        else:  # beside it; a vertical label stacked one character a line may print as one box with
            # the label above it, ending where the value begins
            side = [
                b
                for b in self.layout.boxes
                if b is not value
                and b.x1 <= value.x0 + 1
                and (b.band(value) or (b.y0 < value.y0 and value.y0 - 1 <= b.y1 <= value.y1))
            ]
            edge = max((b.x1 for b in side), default=None)
            near = None
            for b in sorted(side, key=lambda b: not b.band(value)):
                if edge is not None and b.x1 >= edge - 1:
                    near = b
                    if self._holds_label(b, place):
                        return True
            return False
        return self._holds_label(near, place)

    @staticmethod
    def _holds_label(near: Box | None, place: Place) -> bool:
        """``near`` shows the label unreadably: stacked a character a line (run into the next
        label's characters), a piece of it (临时措 of D3临时措施) or most of it run into the next
        label's piece (``erCusto``) — not another label printed cleanly in its place (a label
        renamed, 退货客户 → 客户名称, is gone)."""
        chars = {c for c in key(place.label) if c.isalnum()}
        if near is None or not chars or len(chars & set(key(near.text))) < 0.5 * len(chars):
            return False
        if "\n" in near.text.strip() or key(near.text) in key(place.label):
            return True
        import difflib

        a, b = key(near.text), key(place.label)
        run = difflib.SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
        return run.size >= 0.6 * len(b)

    def run_on(self, got: tuple[Any, str], bottom: float) -> tuple[Any, str]:
        """A value printed in a merged cell the print split into boxes one under another (its
        first line, then the rest): the boxes of the same width right below, joined, down to
        the cell's ``bottom`` (its height in its label's heights, learned on the Excel file)."""
        boxes = list(self.printed)
        while True:
            last = boxes[-1]
            nxt = next(
                (
                    b
                    for b in self.layout.boxes
                    if b.where == last.where
                    and abs(b.x0 - last.x0) <= 1
                    and abs(b.x1 - last.x1) <= 1
                    and abs(b.y0 - last.y1) <= 1
                    and b is not last
                ),
                None,
            )
            if nxt is None or self.is_label(nxt) or nxt.y1 > bottom:
                break
            boxes.append(nxt)
        if len(boxes) == 1:
            return got
        self.printed = boxes
        return " ".join(str(b.value) for b in boxes), got[1]

    def repeated(self, path: str, place: Place) -> bool:
        """A label printed several times on the print of a workbook learned across its tabs:
        the tabs print in another order than kesu learned them, the nth may be another one."""
        if not self.profile.tabs:
            return False
        count = len(_occurrences(self.layout, place.label or ""))
        if count < 2:
            return False
        self.problems.append(
            _warning(
                "profile_label_repeated",
                path,
                self.where.get("", ""),
                text=(place.label or "").strip(),
                count=count,
                nth=place.nth,
                file=self.file,
            )
        )
        return True

    def pdf_source(self, box: Box, label: Box, place: Place) -> Provenance:
        """A printed value's provenance: its page and box, the label it stands by."""
        text = (place.label or "").strip()
        sure = 1.0 if key(label.text).startswith(key(text)) else LOOSE_CONFIDENCE
        if self.ambiguous:
            sure = min(sure, MOVED_CONFIDENCE)
        return Provenance(
            f"{self.layout.location(box, text)} {_box_text(box)}",
            text,
            f"{label.where} {_box_text(label)}",
            sure,
            f"profile:{place.at}",
        )

    def last_why(self, path: str) -> tuple[Any, str] | None:
        """D4's cause in a 5-Why table: the last answered why on this copy, by the generic
        reader's grid rule; no table on this copy: said on the field, never another cell."""
        from .cause_grids import last_why

        found = last_why([_GridBox(b) for b in self.layout.boxes])
        if found is None:
            from types import SimpleNamespace

            self.problems.append(_unread(path, SimpleNamespace(locations=self.where)))
            return None
        answer, why, sure = found[0].box, found[1].box, found[2]
        location = self.layout.location(answer)
        self.source = Provenance(
            location, why.text.strip(), self.layout.location(why), sure, f"profile:{GRID}"
        )
        return answer.value if self.layout.excel else answer.text, location

    def printed_here(self, path: str, value: Any) -> bool:
        """Is a profile's fixed text (a name, an action: a field of free text or a code) printed
        on the form read? A clerk's correction on the first copy (张伟, 库存 2,400 件全检…) is
        that copy's value: on a copy that does not print it, it is no value of this form —
        never given for it (said instead). A choice's key or a yes/no is the layout's word for
        a record value, not printed as such: kept."""
        meta = self.meta(path)
        if not isinstance(value, str) or meta is None or meta.kind not in ("text", "code"):
            return True
        if self._printed_text is None:
            self._printed_text = _folded(" ".join(b.text for b in self.layout.boxes))
        if _folded(value) in self._printed_text:
            return True
        self.problems.append(_warning("profile_value_not_printed", path, self.where.get("", ""), value=value))
        return False

    def gone(self, path: str, place: Place) -> None:
        self.problems.append(
            Problem(
                "profile_label_gone",
                field=path,
                location=self.where.get("", ""),
                severity="error",
                params={
                    "text": place.label or "",
                    "old": place.label_cell or place.cell or "",
                    "file": self.file,
                },
            )
        )

    def convert(
        self, path: str, raw: Any, scale: Decimal | None, values: dict[str, Any], location: str = ""
    ) -> Any:
        meta = self.meta(path)
        raw = _mapped(raw, values)
        if meta is None:
            return raw
        raw = _in_simplified(raw, meta)
        if meta.kind in ("term", "terms") and not marks_by_code(str(raw)):  # a word the first copy
            # never used: the form's own choices (a symbol font's codes in a text font: guards says why not)
            from .captions import choice_remarks
            from .compound import as_option

            read = as_option(meta, raw)  # "退货，请尽快处理": the remark said as the generic reader says it
            self.problems += choice_remarks(meta, raw, read, path, location)
            raw = read
        if meta.kind in FIGURE_KINDS:
            if scale is None and meta.kind == "money" and not self.above_the_note(location):
                # 金额单位：千元 over this form: the generic reader's rule, on the line as written
                head, _, col = path.partition(".")
                model = self.spec.fields.get(re.sub(r"\[\d+\]$", "", head))
                qtys = (
                    [n for n, m in describe(model.row_model).items() if m.kind == "qty"]
                    if col and model is not None and model.row_model is not None
                    else []
                )
                scale = noted_factor(
                    self.noted_unit(), meta.kind, self.source.label, col, self.line_raw, qtys
                )
            if unit_conflict(meta.kind, scale, raw):  # 1.2万 under 数量(K): its own unit, said
                read = scaled_read(meta, raw)
                self.problems.append(
                    conflict_problem(path, location, raw, self.source.label, meta.kind, read)
                )
            return scaled(meta.kind, scale, raw)  # the one rule: units.scale_of
        if meta.kind == "date":
            if self.layout.excel:  # a number in a date cell is Excel's day count (the generic reader's rule)
                raw = date_value(raw, self.layout.epoch_1904)
            return _as_date(_date_in(raw), self.date_order)
        if meta.kind == "code":
            raw = _code_in(raw)
        if meta.kind == "bool" and len(_options(raw)) == 1:  # a single box: ticked is yes
            from ..values import checked_options

            return bool(checked_options(raw))
        if isinstance(raw, float) and raw.is_integer() and meta.kind in ("text", "code"):
            return str(int(raw))
        return raw

    def put(self, path: str, value: Any, location: str) -> None:
        if value is None or (isinstance(value, str) and not value.strip()):
            return
        if not self.layout.excel and isinstance(value, str):
            if not_printed(value):  # a figure or date wider than its column prints ###
                self.problems.append(
                    Problem("value_not_printed", field=path, location=location, severity="error")
                )
                self.where[path] = location
                return
            value = self.signed_off(path, value, location)
            self.check_cut(path, value, location)
            self.check_order(path, value, location)
            if _GLUED_WORDS.search(value):  # "Valvecoilopencircuitatincominginspection,19units."
                self.problems.append(_warning("value_words_glued", path, location, value=_short(value)))
        if isinstance(value, str) and self.only_label(value):
            # "核准：" alone in the box the profile reads, the clerk having signed nothing: the
            # form's label printed with its colon, no value (never the label read as the approver)
            self.problems.append(_warning("profile_value_only_label", path, location, value=value.strip()))
            self.where[path] = location
            return
        self.check_label_in(path, value, location)
        self.check_unlike(path, value, location)
        if cut_company_name(_meta(self.spec, path), value):  # "…电子有限": its 公司 wrapped away
            self.problems.append(_warning("name_cut_off", path, location, value=_short(value)))
        if (tail := cut_tail_first(_meta(self.spec, path), value)) is not None:  # "公司\n…"
            self.problems.append(_warning("value_begins_with_cut_tail", path, location, tail=tail))
        if bare_figure_text(_meta(self.spec, path), value):  # a text area holding a figure alone: a
            # neighbour's count read where the text stood (a table's line run into the label's), as
            # the generic reader says it (guards.bare_figure_text) — whichever reader read it
            self.problems.append(_warning("value_bare_figure", path, location, value=_short(value)))
        value_paths.put(self.values, path, value, make=True, rows=True)  # a row the profile points at
        self.where[path] = location
        self.provenance[path] = self.source if self.source.location else Provenance(location, how="profile")

    # -- everything
    def figure_share(self, path: str, label: str | None, raw: Any) -> Any:
        """A label naming two counts over one cell (``Qty rejected / delivered`` | ``250 / 10,000``):
        the figure under the label's name of ``path``, as the generic reader takes it (its share:
        :func:`.anchor.slash_share`); else ``raw`` as it is."""
        from .anchor import slash_share
        from .vocab import vocabulary

        meta = self.meta(path)
        if not (label and isinstance(raw, str) and meta is not None and meta.kind in FIGURE_KINDS):
            return raw
        return slash_share(vocabulary(self.spec), self.spec, path, label, raw)

    def doubted_by_its_label(self, path: str, place: Place) -> None:
        """A value the profile put by a label the form marks doubtful for its field (a trading company's
        业务员 — its own salesman, or our sales supervisor; 鞋型 a code, or a kind of shoe in words): the
        generic reader warns it on every copy, so does the profile — learning the cell takes away no doubt
        of the word."""
        from .vocab import DOUBTFUL_STRENGTH, vocabulary

        if not place.label or path not in self.provenance or value_paths.get(self.values, path) is None:
            return
        if not vocabulary(self.spec).doubtful_label(place.label.strip(), path):
            return
        if _confirmed(place, value_paths.get(self.values, path)):
            return  # the value the clerk's correction confirmed here when learning
        if any(q.field == path and q.severity == "warning" for q in self.problems):
            return  # said already
        prov = self.provenance[path]
        self.provenance[path] = replace(prov, confidence=min(prov.confidence, DOUBTFUL_STRENGTH))
        self.problems.append(
            _warning(
                "low_confidence",
                path,
                self.where.get(path, prov.location),
                value=_short(value_paths.get(self.values, path)),
                anchor=place.label.strip(),
                confidence=f"{min(prov.confidence, DOUBTFUL_STRENGTH):.2f}",
            )
        )

    def date_over_cells(self, path: str, place: Place, raw: Any, location: str) -> Any:
        """A date field's learned cell holding a year or a day alone (``2026``, ``30``: no Excel serial
        of a complaint's day, before 1950 — the generic reader's rule): the first cell of a date typed
        over cells (``2026 | 年 | 11 | 月 | 3 | 日``, ``2026 | Y | 11 | M | 9 | D``), read whole from its
        row as the generic reader reads it (:func:`.compound.date_in_pieces`); with no date there, the
        figure is read but warned, never turned into a day of 1905 silently."""
        meta = self.meta(path)
        if not (
            self.layout.excel
            and meta is not None
            and meta.kind == "date"
            and isinstance(raw, (int, float))
            and not isinstance(raw, bool)
            and 0 < raw < _BEFORE_1950
        ):
            return raw
        from types import SimpleNamespace

        from .compound import date_in_pieces

        first = self.layout.cell(location.rsplit("!", 1)[-1])
        if first is not None:
            row = sorted(
                (b for b in self.layout.boxes if b.band(first) and b.x0 >= first.x0 - 1e-6),
                key=lambda b: b.x0,
            )
            cells = [SimpleNamespace(value=b.value, empty=b.value in (None, "")) for b in row]
            if (found := date_in_pieces(cells)) is not None:  # type: ignore[arg-type]
                return found[0].isoformat()
        self.problems.append(
            _warning(
                "low_confidence",
                path,
                location,
                value=_short(raw),
                anchor=(place.label or "").strip(),
                confidence="0.40",
            )
        )
        return raw

    def read(self) -> tuple[dict[str, Any], Locations, list[Problem]]:
        self.where[""] = (
            self.layout.sheet
            if self.layout.excel
            else (self.layout.boxes[0].where if self.layout.boxes else "p1")
        )
        for path, place in self.profile.fields.items():
            if self.on_totals_line(path, place):
                continue  # a line learned where this copy's totals line stands (扣款金额合计): no line
            mark = len(self.problems)
            got = self.read_place(path, place)
            if place.also is not None and not self.layout.excel and (got is None or self.cut_off(got[0])):
                got = self.read_also(path, place, got, mark)
            if got is None:
                continue
            if self.printed_on_totals_line(path):
                del self.problems[mark:]  # a line's place on a print holding the totals line: no line
                continue
            raw, location = got
            if place.split and (m := _INDEXED.match(path)):
                self.put_split(m["table"], int(m["index"]), m["key"], raw, location)
                continue
            if place.serial and not self.layout.excel:
                raw = _day_count(raw)
            raw = _label_colon_off(raw)
            raw = self.date_over_cells(path, place, raw, location)
            raw = self.figure_share(path, place.label, raw)
            if place.ticks and not self.layout.excel and (coded := marks_by_code(str(raw))) is not None:
                raw = coded[0]  # the symbol font's codes the workbook showed as boxes here
            value = self.convert(path, raw, place.scale, place.values, location)
            if place.shape and _bare_figures(value) and not _bare_figures(place.shape):
                self.problems.append(
                    _warning(
                        "profile_value_shape",
                        path,
                        location,
                        value=_short(value),
                        shape=place.shape,
                        file=self.file,
                    )
                )
            self.put(path, value, location)
            self.doubted_by_its_label(path, place)
        self.read_more_lines()
        self.read_more_columns()
        for name, table in self.profile.tables.items():
            self.read_table(name, table)
        self.grown()
        for rows_key in {m["table"] for p in self.profile.fields if (m := _INDEXED.match(p))} | set(
            self.profile.tables
        ):
            if isinstance(self.values.get(rows_key), list):
                self.drop_unread_rows(rows_key)
        from .rows import red_letter

        red_letter(
            self.values, self.spec
        )  # 红字: lines and totals printed in minus, as the generic reader reads them
        return self.values, self.where, self.problems

    def on_totals_line(self, path: str, place: Place) -> bool:
        """Is ``path`` a table line's cell (``items[1].name``) learned at a workbook's cell whose row holds
        this copy's totals line (合计, Total: guards.totals_caption)? The copy has fewer lines than the one
        learned: its lines end above, and the totals are never read as a line (issue 10, silent48)."""
        if not (self.layout.excel and place.cell and _INDEXED.match(path)) or ":" in place.cell:
            return False
        at = _cell_at(place.cell)
        return at is not None and _totals_line(self.layout, _prefix(at[0]), at[1])

    def printed_on_totals_line(self, path: str) -> bool:
        """The print's counterpart of :meth:`on_totals_line`: a table line's value read (``items[1]``, the
        second line under its header) on a band holding a totals caption (扣款金额合计 | 6,312.00)."""
        if self.layout.excel or not self.printed or not _INDEXED.match(path):
            return False
        first = self.printed[0]
        return any(b.band(first) and totals_caption(b.text) for b in self.layout.boxes)

    def grown(self) -> None:
        """Labels under a workbook's table that all moved down (up) alike, by as many rows as the
        table now has more (fewer) than the copy learned: where they should be. Their fields read at their labels' offsets: the move is no warning
        on each of them (``profile_label_moved``) nor a guess (confidence 1.0) — a value with
        anything else said of it (followed past an inserted column, read beside another label)
        keeps its doubt."""
        for name, (sheet, head, end) in self.ends.items():
            first_row, learned = self.profile.tables[name].first_row, self.profile.tables[name].lines
            if learned <= 0:
                continue
            under = {
                cell: at
                for cell, text in self.profile.labels.items()
                if (at := _cell_at(cell)) is not None and _prefix(at[0]) == sheet and at[1] >= first_row
            }
            if not under or any(cell in self.fit.gone for cell in under):
                continue
            moves = {self.offset(cell) for cell in under}
            if len(moves) != 1 or (move := moves.pop()) is None or move[0] != 0 or move[1] == head:
                continue
            if (
                end - first_row - head - learned != move[1] - head
            ):  # not by as many rows as lines more (fewer)
                continue
            self.grown_under |= set(under)
        if not self.grown_under:
            return
        paths = {p for p, place in self.profile.fields.items() if place.label_cell in self.grown_under}
        moved = {q.field for q in self.problems if q.code == "profile_label_moved" and q.field in paths}
        self.problems[:] = [
            q for q in self.problems if not (q.code == "profile_label_moved" and q.field in moved)
        ]
        doubted = {q.field for q in self.problems}
        for p in (moved - doubted) & set(self.provenance):
            self.provenance[p] = replace(self.provenance[p], confidence=1.0)

    def read_more_lines(self) -> None:
        """Lines of a table read row by row by each row's own label (an 8D whose steps are the
        rows of one table: ``D3 临时措施 | 库存全检 | 李娜 | 26/3/6``): the next copy may hold
        more lines of one step, its label printed again on each row right under it. A profile
        describes such a row by its label and its columns, not by a count of rows: every row
        under the last learned one that repeats its label is one more line of the table, read
        by the same columns, down to the first row with another label (where the table's next
        step begins)."""
        lines: dict[str, dict[int, dict[str, Place]]] = {}
        last: dict[str, int] = {}
        for path, place in self.profile.fields.items():
            m = _INDEXED.match(path)
            if m is None:
                continue
            last[m["table"]] = max(last.get(m["table"], -1), int(m["index"]))
            lines.setdefault(m["table"], {}).setdefault(int(m["index"]), {})[m["key"]] = place
        for table, rows in lines.items():
            labelled = {i: _row_head(row) for i, row in rows.items()}
            heads = [h for h in labelled.values() if h is not None]
            for index, head in labelled.items():
                if head is None or any(h[0] == head[0] and h[1] > head[1] for h in heads):
                    continue  # not a row of one label, or not the last learned row of that label
                label = self.row_label(rows[index], head)
                if label is None:
                    continue  # the row's label is gone: said on its fields already
                page = [b for b in self.layout.boxes if _page_no(b) == _page_no(label)]
                for repeat in label_repeated_under(page, label, key):
                    last[table] += 1
                    self.read_line(table, last[table], rows[index], label, repeat)

    def read_more_columns(self) -> None:
        """Lines of a table laid out as columns (``Line | Line 1 | Line 2`` over ``Part No.``,
        ``Qty`` rows): the next copy may hold more lines, each one column further right. A
        profile describes the last learned line by its column's heading; every heading right of
        it in the same row that numbers the next line (``Line 3`` after ``Line 2``, ``行3`` after
        ``行2``) is one more line, read by the same row labels under that heading, until a
        column with nothing read. A heading that is not the next number (``Total``, ``Remarks``)
        ends the lines: never read as one."""
        lines: dict[str, dict[int, dict[str, Place]]] = {}
        for path, place in self.profile.fields.items():
            if (m := _INDEXED.match(path)) is not None:
                lines.setdefault(m["table"], {}).setdefault(int(m["index"]), {})[m["key"]] = place
        for table, rows in lines.items():
            index = max(rows)
            if len(rows) < 2 or index + 1 != len(rows):
                continue  # one learned line says nothing of lines laid out as columns
            heading = _column_heading(rows[index])
            learned = self.heading_box(heading, rows[index]) if heading else None
            if learned is None:
                continue
            for nxt in headings_right(self.layout.boxes, learned, key):
                index += 1
                if not self.read_column(table, index, rows[max(rows)], learned, nxt):
                    break

    def heading_box(self, heading: str, row: dict[str, Place]) -> Box | None:
        """The box of a learned line's column heading on this form."""
        place = next(p for p in row.values() if p.value is None and p.at in ("below", "cross"))
        if self.layout.excel and place.at == "below" and place.label_cell:
            if place.label_cell in self.fit.gone:
                return None
            box = self.layout.cell(self.fit.moved.get(place.label_cell, place.label_cell))
            return box if box is not None and key(box.text) == key(heading) else None
        nth = place.nth if place.at == "below" else place.column_nth
        return self.label_box(heading, nth)

    def read_column(self, table: str, index: int, row: dict[str, Place], head: Box, nxt: Box) -> bool:
        """Line ``index`` of ``table``: the learned line's places (under its heading ``head``
        on this form) moved under the heading ``nxt``; whether anything was read."""
        found = False
        for col, place in row.items():
            path = f"{table}[{index}].{col}"
            if place.value is not None or place.at not in ("below", "cross", "right"):
                continue
            moved = replace(place, column=nxt.text) if place.at == "cross" else place
            if place.at == "below":
                nth = next((n for n, b in enumerate(_occurrences(self.layout, nxt.text), 1) if b is nxt), 0)
                moved = replace(place, label=nxt.text, nth=nth)
            if self.layout.excel and place.cell:
                at = self.shifted(place.cell, place.label_cell)
                if at is None:
                    continue
                right = _col_number(_split_ref(nxt.where)[0]) - _col_number(_split_ref(head.where)[0])
                label_cell = nxt.where if place.at == "below" else place.label_cell
                moved = replace(moved, cell=_cols_right(at, right), label_cell=label_cell)
                self.as_placed = True
                try:
                    got = self.read_place(path, moved)
                finally:
                    self.as_placed = False
            elif place.at == "right":
                continue  # a print's value right of the row label is the first line's
            else:
                got = self.read_place(path, moved)
            if got is not None and got[0] not in (None, ""):
                found = True
                raw, location = got
                self.put(path, self.convert(path, raw, place.scale, place.values, location), location)
        return found

    def row_label(self, row: dict[str, Place], head: tuple[str, int]) -> Box | None:
        """The box of a row's label on this form (Excel: its cell, followed if it moved)."""
        place = next(p for p in row.values() if p.label)
        if self.layout.excel and place.label_cell:
            if place.label_cell in self.fit.gone:
                return None
            box = self.layout.cell(self.fit.moved.get(place.label_cell, place.label_cell))
            return box if box is not None and key(box.text) == head[0] else None
        return self.label_box(place.label or "", head[1])

    def read_line(self, table: str, index: int, row: dict[str, Place], label: Box, repeat: Box) -> None:
        """Row ``index`` of ``table``: the learned row's places, by the label ``repeat`` printed
        again under that row's ``label``; the row's fixed values (its type) go with it."""
        for col, place in row.items():
            path = f"{table}[{index}].{col}"
            if place.value is not None:  # printed on the form: the profile says so
                got = self.read_place(path, place)
            elif self.layout.excel and place.cell:
                at = self.shifted(place.cell, place.label_cell)
                if at is None:
                    continue
                down = _split_ref(repeat.where)[1] - _split_ref(label.where)[1]
                moved = replace(place, cell=_moved_ref(at, 0, down), label_cell=repeat.where)
                self.as_placed = True
                try:
                    got = self.read_place(path, moved)
                finally:
                    self.as_placed = False
            else:
                nth = next(
                    (n for n, b in enumerate(_occurrences(self.layout, place.label or ""), 1) if b is repeat),
                    None,
                )
                got = self.read_place(path, replace(place, nth=nth)) if nth is not None else None
            if got is not None:
                raw, location = got
                self.put(path, self.convert(path, raw, place.scale, place.values, location), location)

    def drop_unread_rows(self, table: str) -> None:
        """Rows with nothing read from the page go: an empty row, and a row holding only what
        the layout prints (组员： → ``member``) with no name beside it on this copy. The rows
        after one dropped move up, their locations with them."""
        printed = {p for p, place in self.profile.fields.items() if place.value is not None}
        rows = self.values[table]
        keep = [i for i, r in enumerate(rows) if any(f"{table}[{i}].{k}" not in printed for k in r)]
        if len(keep) == len(rows):
            return
        self.values[table] = [rows[i] for i in keep]
        new_index = {old: new for new, old in enumerate(keep)}
        for found in (self.where, self.provenance):
            moved = {}
            for p in list(found):
                m = re.match(rf"^{table}\[(\d+)\](.*)$", p)
                if m is not None:
                    entry = found.pop(p)
                    if int(m[1]) in new_index:
                        moved[f"{table}[{new_index[int(m[1])]}]{m[2]}"] = entry
            found.update(moved)

    def signed_off(self, path: str, value: str, location: str) -> str:
        """A print joins the lines of a box without a break: a sentence followed by a short
        ``label：name`` (``…恢复生产。QE/工艺工程师：赵磊``) is the next cell's signature, not
        the value's — cut off, with a warning naming it."""
        m = _SIGNED.search(value)
        if m is None or not value[: m.start()].strip():
            return value
        self.problems.append(
            _warning("profile_value_with_label", path, location, value=value, text=m["label"])
        )
        return value[: m.start()].rstrip()

    def check_cut(self, path: str, value: str, location: str) -> None:
        """A value ending in a line that runs to its printed cell's border may be cut off on
        the print (a long text in a narrow cell): never passed silently."""
        if self.cut_off(value):
            self.problems.append(_warning("value_cut_off", path, location, value=_short(value)))

    def check_order(self, path: str, value: str, location: str) -> None:
        """A value read from a right-to-left line whose written order its glyphs do not tell
        (``5 ךותמ 3``: ``3 מתוך 5`` or ``5 מתוך 3``, :func:`.rtl.order_unsure`): never passed
        silently, as the generic reader warns it."""
        text = " ".join(value.split())
        if text and any(
            text in line or line in text for line in (" ".join(u.split()) for u in self.layout.unsure)
        ):
            self.problems.append(_warning("reading_order_unsure", path, location, value=_short(value)))
        if NO_TEXT in value:  # a glyph the PDF gives no text for (rtl.lost_letters): letters missing
            self.problems.append(_warning("letter_without_text", path, location, value=_short(value)))

    def only_label(self, value: str) -> bool:
        """Is ``value`` one of the form's labels with its colon and nothing after it (``核准：``,
        ``Approved by:``)?"""
        m = _BARE_LABEL.match(value)
        return m is not None and key(m[1]) in _known_labels(self.spec)

    def check_unlike(self, path: str, value: Any, location: str) -> None:
        """A value at its learned place unlike any value of its field (issue 10, silent48): a code with no
        figure in Chinese words (生产批号 read ``深沟球轴承(防尘盖)``), a person's name of figures alone (核准 read
        ``2026/12/30``) — another field's value where the layout moved or a line holds more: said."""
        meta = self.meta(path)
        if meta is None or not isinstance(value, str) or not value.strip():
            return
        text = value.strip()
        if meta.kind == "code" and not re.search(r"\d", text) and _CJK_WORD.search(text):
            what = ("编号", "a code")
        elif person_field(meta) and len(re.findall(r"\d", text)) >= 4 and not re.search(r"[^\W\d_]", text):
            what = ("姓名", "a name")
        else:
            return
        self.problems.append(
            _warning(
                "profile_value_unlike",
                path,
                location,
                value=_short(value),
                what=what[0],
                what_en=what[1],
                file=self.file,
            )
        )

    def check_label_in(self, path: str, value: Any, location: str) -> None:
        """A short value that begins or ends with one of the layout's labels ran into it (a
        printed number touching the next cell's label): never pass it silently."""
        folded = key(value) if isinstance(value, str) else ""
        if not folded or len(folded) > 40:
            return
        for text in self.profile.labels.values():
            k = key(text)
            if len(k) >= 2 and k != folded and (folded.endswith(k) or folded.startswith(k)):
                self.problems.append(
                    _warning("profile_value_with_label", path, location, value=value, text=text.strip())
                )
                return

    def put_split(self, table: str, start: int, col: str, raw: Any, location: str) -> None:
        parts = _split_parts(raw)
        if person_field(_meta(self.spec, f"{table}[0].{col}")) and isinstance(raw, str):
            # people: one list rule for every reader; a doubtful list stays whole (and is warned)
            parts = people_in(raw) or [raw.strip()]
            if doubtful_people(raw):  # "Zhang Wei | Bosch Suzhou": kept whole, to be checked
                path = f"{table}[{start}].{col}"
                self.problems.append(_warning("value_not_a_name", path, location, value=_short(raw)))
        meta = self.spec.fields.get(table)
        role_key = "role" if meta and meta.row_model and "role" in describe(meta.row_model) else None
        if role_key and col != role_key and meta is not None and isinstance(raw, str):
            # "组长：钱进\n组员：周敏": each name after its role's caption, the caption not the name's
            named = names_with_roles(raw, describe(meta.row_model), col)
            if named is not None:
                for i, row in enumerate(named):
                    for c, value in row.items():
                        self.put(f"{table}[{start + i}].{c}", value, location)
                return
        for i, part in enumerate(parts):
            m = _ROLE.match(part)
            if m and role_key and col != role_key:
                self.put(f"{table}[{start + i}].{col}", m["name"].strip(), location)
                self.put(f"{table}[{start + i}].{role_key}", m["role"].strip().lower(), location)
            else:
                self.put(f"{table}[{start + i}].{col}", part.strip(), location)

    def own_field(self, table: str, key_col: str, value: Any) -> bool:
        """A table's key cell holding a label and its value (``核准：林志明``, ``客戶代表：Mr.
        Lee`` under the team's names), as the generic reader splits it: a field of its own that
        ends the rows — unless its caption is the row's role (``組長：李國華``)."""
        if not isinstance(value, str) or not label_with_value(value):
            return False
        meta = self.spec.fields.get(table)
        columns = describe(meta.row_model) if meta is not None and meta.row_model is not None else {}
        caption = re.split(r"[:：]", value.strip(), maxsplit=1)[0].strip()
        return role_column(columns, key_col, caption) is None

    def no_member(self, table: str, key_col: str, value: Any) -> bool:
        """A sentence in a people table's key column (D2's text typed in the team's last row,
        under its label merged over the rows): a member is a name, with a role or department at
        most (guards.not_a_name) — the rows end there, the sentence is nobody."""
        return person_field(self.meta(f"{table}[0].{key_col}")) and not_a_name(value)

    def check_row_after(self, table: str, key_col: str, ref: str) -> None:
        """A name typed under the rows a profile reads (a fourth member under a label merged
        over three rows; a label not merged on this copy): a row left out is never passed
        silently — warned when the cell holds what reads as a person's name."""
        box = self.layout.cell(ref)
        meta = self.meta(f"{table}[0].{key_col}")
        if box is None or box.where != ref or self.is_label(box) or not person_field(meta):
            return
        if not isinstance(box.value, str) or not a_person(box.value.strip()):
            return
        self.problems.append(
            _warning("profile_row_after_table", table, self.layout.qualified(ref), value=_short(box.value))
        )

    def columns_gone(self, name: str, table: Table, gone: list[str]) -> None:
        """Each column of a table whose header is no longer on the form: its label said as gone
        on the table's first line (``items[0].qty_returned``), its cells never read as another's."""
        for col in gone:
            spec = table.columns[col]
            self.gone(f"{name}[0].{col}", Place(label=spec.label, label_cell=spec.label_cell))

    def beside_row(self, table: Table, row: int) -> bool:
        """Is ``row`` still beside the table's one row label (on this copy, where it moved to)?
        True for a table without one."""
        if not table.beside:
            return True
        moved = self.shifted(table.beside, table.beside)
        if moved is None:
            return False
        label = self.layout.cell(moved)
        c, _r = _split_ref(moved)
        return label is not None and self.layout.cell(f"{c}{row}") is label

    def block_across(self, key_col: str, shift: dict[str, str | None], row: int) -> bool:
        """Is the key cell of row ``row`` one merged cell across another column the table reads?
        A line's cells stand apart, each under its column; a cell merged across them is a block
        of its own — on a second copy with fewer lines than the first, the form's foot
        (退货原因 | 喷油色差 merged over B:I), never a line."""
        base = shift.get(key_col)
        if not base:
            return False
        c, _r = _split_ref(base)
        box = self.layout.cell(f"{c}{row}")
        return box is not None and any(
            self.layout.cell(f"{_split_ref(ref)[0]}{row}") is box
            for col, ref in shift.items()
            if ref and col != key_col
        )

    def read_table(self, name: str, table: Table) -> None:
        existing = 0  # rows fill the table from its first element (fixed values merge in)
        cols = list(table.columns.items())
        if not cols:
            return
        key_col, key_spec = cols[0]
        self.header_boxes = {}
        if self.layout.excel and all(spec.col for _, spec in cols):  # by cell; else by header
            shift = {
                c: self.shifted(f"{spec.col}{table.first_row}", spec.label_cell or table.beside)
                for c, spec in cols
            }
            moved = any(shift[c] != f"{spec.col}{table.first_row}" for c, spec in cols if shift[c])
            self.table_confidence = MOVED_CONFIDENCE if moved else 1.0
            if shift[key_col] is None:
                self.columns_gone(name, table, [key_col])
                return
            index = existing
            marked = False  # the lines' end written on the form (以下空白, 合计, 核准：…)
            base_c, base_r = _split_ref(shift[key_col] or "")
            group: list[dict[str, tuple[Any, str]]] = []  # the rows a subtotal line adds up
            for offset in range(MAX_TABLE_ROWS):
                row: dict[str, tuple[Any, str]] = {}
                stop = False
                if _subtotal_line(self.layout, _prefix(base_c), base_r + offset * table.step):
                    # a subtotal line between groups of rows: the rows go on under it; its
                    # figures are checked against its group's lines, as the generic reader does
                    shown = {}
                    for col_key, base in shift.items():
                        if base is None:
                            continue
                        c, r = _split_ref(base)
                        ref = f"{c}{r + offset * table.step}"
                        box = self.layout.cell(ref)
                        if box is not None and box.where == ref:
                            shown[col_key] = (box.value, box.text, self.layout.qualified(ref))
                    self.check_subtotal(name, table, group, shown)
                    group = []
                    continue
                if _totals_line(self.layout, _prefix(base_c), base_r + offset * table.step) or _blank_line(
                    self.layout, _prefix(base_c), base_r + offset * table.step
                ):
                    marked = True  # the totals line (合计, Total) or 以下空白: the lines end above it
                    break
                if not self.beside_row(table, base_r + offset * table.step):
                    break  # past the label the rows stand beside (D1 小組成員 over A4:A7)
                if self.block_across(key_col, shift, base_r + offset * table.step):
                    marked = True  # 退货原因 | 喷油色差 under a copy's fewer lines: the form's foot
                    break
                for col_key, spec in cols:
                    base = shift[col_key]
                    if base is None:
                        continue
                    c, r = _split_ref(base)
                    ref = f"{c}{r + offset * table.step}"
                    box = self.layout.cell(ref)
                    if box is None or box.where != ref:  # inside a merged range above: not a row of its own
                        if col_key == key_col:
                            stop = True
                        continue
                    if self.is_label(box) or (
                        col_key == key_col
                        and (
                            self.own_field(name, key_col, box.value)
                            or self.no_member(name, key_col, box.value)
                        )
                    ):
                        stop = marked = True  # "核准：林志明" or D2's text under the members: not a row
                        break
                    if box.value not in (None, "") and not (
                        isinstance(box.value, str) and not box.value.strip()
                    ):
                        row[col_key] = (box.value, self.layout.qualified(ref))
                if stop or key_col not in row:
                    break
                self.put_row(name, index, row, table)
                group.append(row)
                index += 1
            self.ends[name] = (_prefix(base_c), base_r - table.first_row, base_r + offset * table.step)
            if not marked:
                self.check_row_after(name, key_col, f"{base_c}{base_r + offset * table.step}")
            if index > existing:  # lines read, a column's header gone: that column is said, not left empty
                self.columns_gone(name, table, [c for c, _ in cols if shift[c] is None])
            return
        headers = {}
        model = self.spec.fields[name].row_model if name in self.spec.fields else None
        parts: list[Box] | None = None  # the header words a print ran together, parted (lazily)
        for col_key, spec in cols:
            if spec.label:
                box = self.label_box(spec.label, spec.nth)
                if (box is None or key(box.text) != key(spec.label)) and model is not None:
                    if parts is None:
                        own = {id(c) for c in self.layout.boxes}
                        parts = [b for b in _parted_headers(self.layout.boxes, model) if id(b) not in own]
                    same = [b for b in parts if key(b.text) == key(spec.label)]
                    box = same[spec.nth - 1] if 0 < spec.nth <= len(same) else box
                if box is not None:
                    headers[col_key] = box
        self.header_boxes = headers
        self.table_confidence = 1.0
        if key_col not in headers:
            self.columns_gone(name, table, [key_col])
            return
        self.columns_gone(name, table, [c for c, spec in cols if spec.label and c not in headers])
        # a wide sheet prints its right-hand columns on a later page: those headers' rows are
        # matched by their distance below their own header, not by the key's band
        key_page = headers[key_col].where
        later = {
            c: h
            for c, h in headers.items()
            if h.where != key_page and _page_no(h) > _page_no(headers[key_col])
        }
        headers = {c: h for c, h in headers.items() if c not in later and h.where == key_page}
        top = max(h.y1 for h in headers.values()) - 1
        columns = self.header_columns(headers)
        below = _apart([b for b in self.layout.boxes if b.y0 >= top and b not in headers.values()], columns)
        key_header = headers[key_col]

        def below_of(header: Box) -> list[Box]:
            return [
                b
                for b in self.layout.boxes
                if b.where == header.where and b.y0 >= header.y1 - 1 and _centre_in(b, header)
            ]

        others = [h for c, h in headers.items() if c != key_col]  # a heading over the whole table is
        keys = sorted(  # no column of its own: the key is what stands under no other column's header
            (b for b in below if _centre_in(b, key_header) and not any(_centre_in(b, h) for h in others)),
            key=lambda b: b.y0,
        )
        in_columns = [b for b in below if _column_of(b, columns) is not None]
        index = existing
        group = []  # the rows a subtotal line adds up
        previous: Box | None = None
        left, right = min(h.x0 for h in headers.values()), max(h.x1 for h in headers.values())
        for kbox in keys:
            again = self.repeated_headers(headers, kbox) if kbox.where != key_header.where else None
            if again is not None and (previous is None or _page_no(previous) < _page_no(kbox)):
                # the header printed again on the next page (print titles): the rows go on under it
                headers, key_header, previous, later = again, kbox, None, {}
                columns = self.header_columns(headers)
                in_columns = [b for b in below if _column_of(b, columns) is not None]
                left, right = min(h.x0 for h in headers.values()), max(h.x1 for h in headers.values())
                continue
            if not _next_row(previous, kbox, key_header, in_columns):
                break  # the table ends at its first wholly empty row, as in Excel, and on its page
            above = previous or key_header
            if any(  # a box across the whole table under its rows (a section of its own): the end
                b.where == kbox.where
                and b.y0 >= above.y1 - 1
                and b.y1 <= kbox.y0 + 1
                and b.x0 <= left + 1
                and b.x1 >= right - 1
                for b in self.layout.boxes
            ):
                break
            previous = kbox
            band = [b for b in self.layout.boxes if b.band(kbox) and b.where == kbox.where]
            if any(subtotal_caption(b.text) for b in band):
                # a subtotal line between groups of rows: the rows go on under it, its figures
                # checked against its group's lines
                shown = {
                    col_key: (
                        cell.value,
                        cell.text,
                        self.layout.location(cell, table.columns[col_key].label or ""),
                    )
                    for col_key, header in headers.items()
                    if (
                        cell := next(
                            (b for b in below if b.band(kbox) and _column_of(b, columns) is header), None
                        )
                    )
                    is not None
                }
                self.check_subtotal(name, table, group, shown)
                group = []
                continue
            if blank_below_line(b.value for b in band):
                break  # 以下空白: the lines end above it
            if any(totals_caption(b.text) for b in band):
                if index == existing and not group:
                    continue  # a totals line right under the header, above the lines (Totals | MK32,000.00)
                break  # the table's totals line (合计, Total): the lines end above it
            if self.is_label(kbox) or self.no_member(name, key_col, kbox.value):
                break
            row = {key_col: (kbox.value, self.layout.location(kbox, key_spec.label or ""))}
            printed = {key_col: kbox}
            line = [b for b in below if b.band(kbox) and b.where == kbox.where]
            words = self.line_words(name, line, headers, columns, (left, right))
            for col_key, header in headers.items():
                if col_key == key_col:
                    continue
                cell = next(iter(words.get(col_key, ())), None)
                if cell is not None and not self.is_label(cell):
                    printed[col_key] = cell
                    row[col_key] = (
                        cell.value,
                        self.layout.location(cell, table.columns[col_key].label or ""),
                    )
            for col_key, header in later.items():
                cell = _continued(below_of(header), kbox, key_header, header)
                if cell is not None and not self.is_label(cell):
                    printed[col_key] = cell
                    row[col_key] = (
                        cell.value,
                        self.layout.location(cell, table.columns[col_key].label or ""),
                    )
            # a label in the row ends the table; a note printed right of its last column (a
            # margin's vertical text) does not
            right = max(h.x1 for h in headers.values())
            if any(self.is_label(b) for b in below if b.band(kbox) and b.x0 < right - 1):
                break
            self.put_row(name, index, row, table, printed)
            group.append(row)
            index += 1

    def line_words(
        self,
        name: str,
        line: list[Box],
        headers: dict[str, Box],
        columns: list[Box],
        extent: tuple[float, float],
    ) -> dict[str, list[Box]]:
        """Each learned column's words on one printed line, by the generic reader's rules
        (:func:`.table_columns.column_words`: a word under no header, a figure right-aligned past
        its left-aligned header or a count left-aligned under a right-aligned one, goes to the
        column it belongs to; past the last header only a figure, as far as that column
        reaches), so that a layout reads the same with its profile and without. A word under two
        headers is the one's it overlaps most (a ruled print's cell), a word under a header the
        profile does not read is none of ours. A word in doubt makes the line said unclear
        (``table_row_unclear``), as the generic reader says it."""
        from .anchor import bare_figure
        from .boxes import Box as Placed
        from .table_columns import column_words, in_reach, reaches

        metas = {c: m for c in headers if (m := self.meta(f"{name}[0].{c}")) is not None}
        if not metas or not line:
            return {}
        placed = [Placed(b.text, b.value, b.x0, b.y0, b.x1, b.y1, str(i)) for i, b in enumerate(line)]
        heads = {
            c: Placed(h.text, h.text, h.x0, h.y0, h.x1, h.y1, "h") for c, h in headers.items() if c in metas
        }
        unknown = [
            Placed(h.text, h.text, h.x0, h.y0, h.x1, h.y1, "u") for h in columns if h not in headers.values()
        ]
        last = max(heads.values(), key=lambda h: h.x0)
        kept = in_reach(placed, *extent, reaches(heads, metas), last, bare_figure)
        found, unclear = column_words(kept, heads, metas, unknown)
        out: dict[str, list[Box]] = {}
        for col, under in found.items():
            mine = [
                line[int(p.location)]
                for p in under
                if not any(h.overlaps_x(p.x0, p.x1) for h in heads.values())  # a stray word: given to it
                or _column_of(line[int(p.location)], columns) is headers[col]
            ]
            out[col] = sorted(mine, key=lambda b: abs(b.x0 - headers[col].x0))
        if unclear:
            shown = [b.text for b in sorted(line, key=lambda b: b.x0)]
            self.problems.append(
                _warning(
                    "table_row_unclear", name, self.layout.location(line[0]), text=_short(" | ".join(shown))
                )
            )
        return out

    def check_subtotal(
        self,
        name: str,
        table: Table,
        group: list[dict[str, tuple[Any, str]]],
        shown: dict[str, tuple[Any, str, str]],
    ) -> None:
        """A subtotal line (小计 | … | 150 | … | 1,100) against the lines of its group, the
        generic reader's rule (``subtotal_mismatch``): each quantity and amount it prints that
        is not the sum of the figures read above it (as written, in the column's own unit) is
        warned — a line misread or left out shows here."""
        from .typed import figure_of

        for col_key, (value, text, location) in shown.items():
            meta = self.meta(f"{name}[0].{col_key}")
            if meta is None or meta.kind not in ("qty", "money") or not group:
                continue
            subtotal = figure_of(value)
            figures = [figure_of(row[col_key][0]) if col_key in row else None for row in group]
            if subtotal is None or any(f is None for f in figures):
                continue
            total = sum((f for f in figures if f is not None), Decimal(0))
            if abs(total - subtotal) > Decimal("0.005"):
                self.problems.append(
                    _warning(
                        "subtotal_mismatch",
                        name,
                        location,
                        column=(table.columns[col_key].label or col_key).strip(),
                        subtotal=_short(str(text).strip() or value),
                        sum=f"{total:f}",
                    )
                )

    def header_columns(self, headers: dict[str, Box]) -> list[Box]:
        """A printed table's column headers, left to right: the learned ones and the other
        labels on their bottom line (columns the profile does not read still part cells)."""
        top = max(h.y1 for h in headers.values()) - 1
        bottom_band = [
            b
            for b in self.layout.boxes
            if self.is_label(b)
            and b.y1 >= top - 1
            and b.y0 < top + 1 - 1e-9
            # (not the printed word a header was parted from: "Cantidad Precio unitario")
            and not any(
                h is not b and h.x0 >= b.x0 - 1e-6 and h.x1 <= b.x1 + 1e-6 and h.band(b)
                for h in headers.values()
            )
        ]
        return sorted({id(b): b for b in [*headers.values(), *bottom_band]}.values(), key=lambda b: b.x0)

    def repeated_headers(self, headers: dict[str, Box], first: Box) -> dict[str, Box] | None:
        """The table's headers printed again on ``first``'s page, ``first`` the key column's
        (a sheet's print titles repeat them after a page break): each on one band, at the
        same x as on the first page; None when ``first`` is no such header."""
        key_col = next(iter(headers))
        if key(first.text) != key(headers[key_col].text):
            return None
        again: dict[str, Box] = {}
        for col, head in headers.items():
            twin = next(
                (
                    b
                    for b in self.layout.boxes
                    if b.where == first.where
                    and b.band(first)
                    and key(b.text) == key(head.text)
                    and abs(b.x0 - head.x0) < max(2.0, head.y1 - head.y0)
                ),
                None,
            )
            if twin is None:
                return None
            again[col] = twin
        return again

    def put_row(
        self, name: str, index: int, row: dict[str, tuple[Any, str]], table: Table, boxes: dict | None = None
    ) -> None:
        # quantities read in pieces from a unit the header names (数量(千个)): the same rule as
        # the generic reader's table (units.py)
        in_pieces = any(
            (m := self.meta(f"{name}[{index}].{k}")) is not None and m.kind == "qty" and (c.scale or 1) > 1
            for k, c in table.columns.items()
        )
        # a price per thousand beside counts typed with their own multiplier (40K, 30 Kpcs) too
        priced_in_pieces = in_pieces or any(
            (m := self.meta(f"{name}[{index}].{k}")) is not None
            and m.kind == "qty"
            and counted_in_thousands(raw)
            for k, (raw, _where) in row.items()
        )
        self.line_raw = {k: raw for k, (raw, _where) in row.items()}
        try:
            self._put_row(name, index, row, table, boxes, in_pieces, priced_in_pieces)
        finally:
            self.line_raw = None

    def _put_row(
        self,
        name: str,
        index: int,
        row: dict[str, tuple[Any, str]],
        table: Table,
        boxes: dict | None,
        in_pieces: bool,
        priced_in_pieces: bool,
    ) -> None:
        for col_key, (raw, location) in row.items():
            spec = table.columns[col_key]
            path = f"{name}[{index}].{col_key}"
            head = (spec.label or "").strip()
            box = (boxes or {}).get(col_key)
            if box is not None:  # printed: the page and box
                location_shown = f"{location} {_box_text(box)}"
                head_at = self.header_boxes.get(col_key)
                head_where = f"{head_at.where} {_box_text(head_at)}" if head_at is not None else ""
            else:
                location_shown = location
                head_where = self.layout.qualified(spec.label_cell) if spec.label_cell else ""
            self.source = Provenance(location_shown, head, head_where, self.table_confidence, "profile:table")
            self.printed = [box] if box is not None else []
            value = self.convert(path, raw, spec.scale, spec.values, location)
            meta = self.meta(path)
            kind = meta.kind if meta is not None else ""
            if priced_in_pieces and (factor := per_unit_factor(kind, head)):
                # "单价(元/千个)" beside quantities learned in pieces: a price per piece, or unread
                holder = {col_key: value}
                self.problems += price_per_piece(holder, col_key, factor, head, location, path)
                value = holder[col_key]
            elif in_pieces and col_key == "unit":
                value = unit_in_pieces(value)  # 2500 个, never 2500 千个
            self.put(path, value, location)


# Latin words run together with no space: no word is this long (a German compound rarely
# reaches it)
_GLUED_WORDS = lazy_re(r"[A-Za-z]{32,}")
_BARE_LABEL = lazy_re(r"^\s*([^:：\n]{1,30}?)\s*[:：]\s*$")  # "核准：", "Approved by:" and nothing after
_SIGNED = lazy_re(
    r"(?<=[。；;！!？?])\s*(?P<label>[^\s:：。，,；;！!？?]{1,12})[:：]\s*[^\s:：。，,；;！!？?]{1,12}\s*$"
)
_GLUED = lazy_re(r"^\s*([0-9][0-9,./:\-]*)\s*([^\d\s.,:/\-年月日号號时時分秒元台件只个個片支套%].*)$")


_GLUED_MONEY = lazy_re(r"^\s*([0-9][0-9,]*\.[0-9]{2})([0-9].*)$")  # 1,000.00 | 13%


TALL_VALUE = 2.0  # a printed value box this many of its label's heights tall: a text area


def _row_head(row: dict[str, Place]) -> tuple[str, int] | None:
    """(label, nth) of a table row the profile reads by one label: its cells right of the
    label and under their columns; None for a row read otherwise (split from one cell, by
    several labels, under a caption)."""
    read = [p for p in row.values() if p.value is None and p.at != GENERIC]
    if not read or any(p.split or p.at not in ("right", "cross") or not p.label for p in read):
        return None
    heads = {(key(p.label), p.nth) for p in read}
    return next(iter(heads)) if len(heads) == 1 else None


def _column_heading(row: dict[str, Place]) -> str | None:
    """The heading a learned line laid out as a column is read by (the ``column`` of its
    cross places, the ``label`` its values stand below), when it numbers a line
    (:func:`.table_lines.line_heading`); else None."""
    read = [p for p in row.values() if p.value is None and p.at != GENERIC]
    heads = {p.column for p in read if p.at == "cross"} | {p.label for p in read if p.at == "below"}
    if len(heads) != 1 or not any(p.at in ("below", "cross") for p in read):
        return None
    heading = next(iter(heads))
    return heading if heading and line_heading(heading) else None


def _cols_right(ref: str, cols: int) -> str:
    """``ref`` (one cell) ``cols`` columns further right."""
    c, r = _split_ref(ref)
    return f"{_prefix(c)}{_col_letter(_col_number(c) + cols)}{r}"


def _moved_ref(ref: str, cols: int, rows: int) -> str:
    """``ref`` (a cell or a range) ``cols`` columns further right and ``rows`` rows further down."""

    def move(one: str) -> str:
        c, r = _split_ref(one)
        return f"{_prefix(c)}{_col_letter(_col_number(c) + cols)}{r + rows}" if cols else f"{c}{r + rows}"

    a, b = _range_parts(ref)
    return move(a) + (":" + move(b).rsplit("!", 1)[-1] if b else "")


def _run_spanned(layout: Layout, ref: str, want: Any, kind: str) -> str:
    """The place of a value typed one piece a box (統一編號 ``2 | 8 | 4 | 5 | 3 | 6 | 1 | 9``,
    ``AB`` under 字軌 and ``38201157`` under 號碼, ``115 | 10 | 20`` under 年 / 月 / 日) where it
    was placed at its first box (``F2``): the run of boxes right of it in its row that, joined as
    a range is read (:func:`_joined`), make the value the generic reader read there — ``F2:M2``.
    ``ref`` itself where its box holds the whole value, or no run makes it (never a box more
    than the value needs)."""
    if want is None or ":" in ref or not _CELLREF.match(ref) or (first := layout.cell(ref)) is None:
        return ref

    def same(value: Any) -> bool:
        if isinstance(want, dt.date) or isinstance(value, dt.date):
            return value == want
        return bool(key(value)) and key(value) == key(want)

    if same(first.value):
        return ref
    parts, cell = [first.value], ref
    for _ in range(_RUN_BOXES):
        cell = _cols_right(cell, 1)
        box = layout.cell(cell)
        if box is None or box.where != cell.rsplit("!", 1)[-1] or not key(box.text):
            return ref
        parts.append(box.value)
        if same(_joined(parts, kind)):
            return f"{ref}:{cell.rsplit('!', 1)[-1]}"
    return ref


_RUN_BOXES = 15  # the most boxes one value is typed in (統一編號 8, a 10-digit 發票號碼 and its 字軌)


def _printed_span(value: Box, label: Box) -> float | None:
    """A printed text area's height in its label's heights (a merged cell of several lines):
    the next copy's print may split that cell into boxes one under another (its first line,
    then the rest), read down to as far as the area reached here; None for a one-line value."""
    tall = label.y1 - label.y0
    if tall <= 0 or value.y1 - value.y0 < TALL_VALUE * tall:
        return None
    return (value.y1 - value.y0) / tall


def _apart(boxes: list[Box], columns: list[Box]) -> list[Box]:
    """A printed number or date that ran into the next column's text (``2026/10/30Yes``: right
    aligned, touching the left-aligned cell after the ruling line) split back at the column edge."""
    out = []
    for b in boxes:
        spanned = [h for h in columns if min(b.x1, h.x1) - max(b.x0, h.x0) > 2]
        m = (_GLUED_MONEY.match(str(b.text)) or _GLUED.match(str(b.text))) if len(spanned) == 2 else None
        if m is None:
            out.append(b)
            continue
        edge = spanned[1].x0
        out.append(Box(m[1], m[1], b.x0, b.y0, edge, b.y1, b.where))
        out.append(Box(m[2].strip(), m[2].strip(), edge, b.y0, b.x1, b.y1, b.where, cut=b.cut))
    return out


def _beside_label(
    layout: Layout, ref: str, own: str | None, labels: dict[str, str]
) -> tuple[str, str] | None:
    """A label of the layout touching the value's cell other than its own: right after it (the
    value is ``left`` of it), right under it (``above``), else right over it (``below``: a
    caption of the row above whose own value stands right of it), their edges in line — in
    line exactly on a sheet, whose places are counted in cells (a label one column off is
    another column's)."""
    value = layout.cell(ref)
    if value is None:
        return None
    tol = 1e-6 if layout.excel else 1.0
    for where in labels:
        box = layout.cell(where)
        if box is None or where == own or box is value or not labels[where].strip():
            continue
        if box.band(value) and abs(box.x0 - value.x1) <= tol and abs(box.y0 - value.y0) <= tol:
            return where, "left"
    for where in labels:
        box = layout.cell(where)
        if box is None or where == own or box is value or not labels[where].strip():
            continue
        if abs(box.y0 - value.y1) <= tol and abs(box.x0 - value.x0) <= tol:
            return where, "above"
    for where in labels:
        box = layout.cell(where)
        if box is None or where == own or box is value or not labels[where].strip():
            continue
        if abs(box.y1 - value.y0) <= tol and abs(box.x0 - value.x0) <= tol and box.x1 < value.x1 - tol:
            return where, "below"
    return None


def _begins_under(box: Box, label: Box, others: list[Box]) -> bool:
    """Does ``box`` below ``label`` (wider than it: a merged cell) begin under one of ``others``,
    the other labels of its row? Then it is that label's value, read whole there — never this
    one's as well."""
    return box.x0 < label.x0 - 2 and any(o.x0 - 2 <= box.x0 < o.x1 for o in others)


def _first_right(layout: Layout, label: Box, value: Box, is_label, printed_text) -> tuple[Box, str]:
    """A print reads the box nearest right of a label: beside a label as tall as several rows,
    that is the top row's (an instruction over the value). Then the value is read under that
    text, when it is no value itself."""
    row = [b for b in layout.boxes if b is not label and b.band(label) and b.x0 >= label.x1 - 1]
    best = min(row, key=lambda b: b.x0, default=None)
    if best is None or best is value or abs(best.x0 - value.x0) > 1 or best.y1 > value.y0 + 1e-9:
        return label, "right"
    over = max(
        (b for b in layout.boxes if b.over(value) and b.y1 <= value.y0 + 1e-9 and b is not value),
        key=lambda b: b.y1,
        default=None,
    )
    if over is None or over is not best or not (is_label(over) or printed_text(over)):
        return label, "right"
    return over, "below"


def _continues(whole: str, start: Any) -> bool:
    """``whole`` is the text whose start a cut-off print shows (its last glyph maybe half)."""
    a, b = key(whole.split("\n")[0]), key(start)  # its first line: the next is another cell's
    return len(a) > len(b) and a.startswith(b[: max(len(b) - 2, 1)])


def _page_no(at: Box | str, unpaged: int = 0) -> int:
    """The printed page a box (or a location, ``p2`` or ``p2#7``) stands on; ``unpaged`` for
    one that names none (a sheet's cell, ``p2data!B3`` too): :func:`.boxes.page_number`'s reading."""
    return page_number(at if isinstance(at, str) else at.where) or unpaged


def _next_row(previous: Box | None, box: Box, header: Box, in_columns: list[Box]) -> bool:
    """``box`` is the key cell of the row after ``previous`` (the first row: the one under the
    header): on the same page, and no row between them left empty in every column of the
    table (a row with a role printed and no name is still the table's). A wholly empty row
    ends the table, as it does in Excel; a key further on, or on another page, is another
    table's (a sheet printed over several pages goes on with other tabs' text)."""
    above = previous or header
    if box.where != above.where:
        return False
    if box.y0 - above.y1 <= max(3.0, 0.6 * (box.y1 - box.y0)):
        return True
    between = sorted(
        (b for b in in_columns if b.where == box.where and b.y0 >= above.y1 - 1 and b.y1 <= box.y0 + 1),
        key=lambda b: b.y0,
    )
    reach = above.y1  # the rows between must follow one another without an empty one
    for b in between:
        if b.y0 - reach > max(3.0, 0.6 * (box.y1 - box.y0)):
            return False
        reach = max(reach, b.y1)
    return box.y0 - reach <= max(3.0, 0.6 * (box.y1 - box.y0))


def _continued(cands: list[Box], kbox: Box, key_header: Box, header: Box) -> Box | None:
    """The cell of ``kbox``'s row under a column printed on a later page (a wide sheet's
    right-hand part): as far below its header as the key cell is below the key's header."""
    drop = kbox.y0 - key_header.y1
    return next((b for b in cands if abs((b.y0 - header.y1) - drop) <= 2.0), None)


def _boxed(box: Box) -> str:
    """A printed box as a message names it: its page and place (``p1 (167,103)–(211,114)``)."""
    return f"{box.where} {_box_text(box)}"


def _cell_at(ref: str) -> tuple[str, int] | None:
    """``B7`` → ``('B', 7)`` (:func:`_split_ref`); None for what is no cell (``p1#12``: a box)."""
    try:
        return _split_ref(ref)
    except ValueError:
        return None


def _column_of(box: Box, columns: list[Box]) -> Box | None:
    """The header a value stands under: the one its box overlaps most."""
    # of two headers over it as much, the narrower (a column's own, not a heading over the table)
    best = max(columns, key=lambda h: (min(box.x1, h.x1) - max(box.x0, h.x0), h.x0 - h.x1), default=None)
    return best if best is not None and min(box.x1, best.x1) - max(box.x0, best.x0) > 0 else None


def _centre_in(box: Box, header: Box) -> bool:
    centre = (box.x0 + box.x1) / 2
    return header.x0 - 1 <= centre <= header.x1 + 1


def _range_size(ref: str) -> int:
    a, _, b = ref.partition(":")
    if not b:
        return 1
    (c0, r0), (c1, r1) = _split_ref(a), _split_ref(b)
    return (abs(_col_number(c1) - _col_number(c0)) + 1) * (abs(r1 - r0) + 1)


# a colon typed after a tab stop, printed at the value's place (``Customer<tab>: Brandt …``): its label's
_LEADING_COLON = lazy_re(r"\A[ \t\u3000]*[:：][ \t\u3000]*(?=\S)")


_CJK_WORD = lazy_re(r"[\u3400-\u9fff]{2,}")


def _label_colon_off(raw: Any) -> Any:
    """A value read at its learned place that opens with a colon (``: Brandt Kitchen Systems SAS``): the
    colon is its label's, typed after a tab stop, never the value's — the generic reader's rule
    (anchor's ``_SEPARATOR_AHEAD``); the value after it."""
    if isinstance(raw, str) and (m := _LEADING_COLON.match(raw)) is not None:
        return raw[m.end() :]
    return raw


def _after_label(text: str, label: str) -> str:
    """``'单号：TS-2609-018'`` with label ``单号：`` → ``TS-2609-018``; a second label in the
    same cell ends the value (``发生时间：2026年9月8日   文件编号：QR-01``)."""
    return _NEXT_LABEL.sub("", _after(str(text), label))


# a second label ends the value: after a wide space, or opening a line of its own (签字： 李红)
_NEXT_LABEL = lazy_re(r"(?:(?:\s{2,}|\t)[^\s:：]{1,12}|\n\s*[^\s:：\d][^\s:：]{0,11})[:：].*$", re.S)


def _after(text: str, label: str) -> str:
    norm_label = key(label)
    consumed = ""
    for i, ch in enumerate(text):
        consumed = key(text[: i + 1])
        if consumed == norm_label:
            rest = _LEADER.sub("", text[i + 1 :].lstrip(" \t:："))  # (a dot leader is the label's)
            return rest.lstrip(" \t:：").strip()
    inner = _label_inside(text, label)  # 产品型号： a pasted line's second label: the value after it
    if inner is not None:
        return inner
    m = _INLINE.match(text)
    return m["value"].strip() if m else text.strip()


def _label_pattern(label: str) -> str:
    """A label's characters, spaces and a colon allowed between them (``订 单 号：`` is 订单号)."""
    chars = [c for c in unicodedata.normalize("NFKC", label) if not c.isspace() and c not in ":："]
    return r"[ \t\u3000]*".join(re.escape(c) for c in chars)


def _label_inside(text: str, label: str) -> str | None:
    """The value after ``label`` where the label stands inside a line of several (``订 单 号：__PO…__
    产品型号：__HJ-6304-ZZ__``) after a wide space or a tab, with its colon: what follows it, up to the
    next label; None when the label is not there so."""
    if not key(label):
        return None
    found = re.search(
        rf"(?:\t|[ \u3000]{{2,}}|\u3000|_\s+){_label_pattern(label)}[ \t\u3000]*[:：]",
        unicodedata.normalize("NFKC", text),
    )
    if found is None:
        return None
    return unicodedata.normalize("NFKC", text)[found.end() :].strip()


def _inner_label(text: Any, value: Any) -> str | None:
    """The label right before the value learned in a line holding several (``订 单 号：__PO2610-0385__
    产品型号：__HJ-6205-2RS__``, the part number learned: ``产品型号：``), when it is not the line's first:
    a pasted line's second field is read by its own label inside the line, never by its place."""
    if not isinstance(text, str) or value is None:
        return None
    line = unicodedata.normalize("NFKC", text)
    want = unicodedata.normalize("NFKC", str(value)).strip()
    if not want or _INLINE.match(line) is None:
        return None
    first = _INLINE.match(line)
    assert first is not None
    for m in re.finditer(re.escape(want), line):
        before = line[: m.start()]
        lab = re.search(
            r"(?:\t|[ \u3000]{2,}|\u3000|_\s+)([^\s:：_][^:：\n]{0,14}?)[ \t\u3000]*[:：][\s_]*\Z", before
        )
        if lab is not None and key(lab[1]) != key(first["label"]):
            return lab[1].strip() + "："
    return None


# ---------------------------------------------------------------------------------- entry points
def load_profiles(folder: Path) -> list[Profile]:
    """Every ``*.toml`` profile in ``folder``; a broken one raises ProfileError naming the file."""
    out: list[Profile] = []
    if not folder.is_dir():
        return out
    from ..config import NotSettingsText, read_settings_text

    for file in sorted(folder.glob("*.toml")):
        try:
            # "utf-8-sig": a BOM from Notepad ("UTF-8 with BOM") is UTF-8 too
            out.append(Profile.from_toml(read_settings_text(file), file))
        except NotSettingsText as exc:  # a pipe, a device, a huge file named .toml: never read
            raise ProfileError(file, Bilingual(*exc.reason)) from None
        # AttributeError: a table where a value was written (``fields = 5``, ``customer = 5``)
        except (
            tomllib.TOMLDecodeError,
            KeyError,
            ValueError,
            TypeError,
            AttributeError,
            InvalidOperation,
        ) as exc:
            raise ProfileError(file, profile_reason(exc)) from None
    return out


class ProfileError(Exception):
    def __init__(self, file: Path, reason: Bilingual) -> None:
        super().__init__(f"{file}: {reason.en}")
        self.file, self.reason = file, reason


_TOML_WHERE = lazy_re(r"\(at line (\d+), column (\d+)\)")


def profile_reason(exc: BaseException) -> Bilingual:
    """Why a profile cannot be used, for the IT person who edited it: Chinese in the Chinese
    message (the line of a TOML mistake, the entry missing), the library's own text kept in
    the English one."""
    detail = f"{type(exc).__name__}: {exc}"
    if isinstance(exc, UnicodeDecodeError):
        return Bilingual("文件不是 UTF-8 编码，请用记事本另存为 UTF-8", f"not UTF-8 text ({detail})")
    if isinstance(exc, tomllib.TOMLDecodeError):
        where = _TOML_WHERE.search(str(exc))
        at = f"第 {where[1]} 行第 {where[2]} 列" if where else "文件末尾"
        return Bilingual(
            f"TOML 格式错误（{at}），请对照 kesu learn 写出的档案修改", f"a TOML mistake ({detail})"
        )
    if isinstance(exc, KeyError):
        return Bilingual(
            f"缺少必需的项“{exc.args[0] if exc.args else ''}”", f"a required entry is missing ({detail})"
        )
    if isinstance(exc, BadScale):
        value = exc.args[0] if exc.args else ""
        # (as the profile writes it: ``true``, ``"abc"``, ``nan``)
        shown = (
            str(value).lower()
            if isinstance(value, bool)
            else f'"{value}"'
            if isinstance(value, str)
            else str(value)
        )[:40]
        return Bilingual(
            f"倍数 scale = {shown} 须为大于 0 的有限数字（如 1000）",
            f"scale = {shown} must be a positive finite number (e.g. 1000)",
        )
    return Bilingual(
        "有一项的值不是应有的类型或格式（例如该写表格处写了数字）",
        f"an entry has a value of the wrong shape ({detail})",
    )


def layouts_of(path: Path, data: bytes, parsed: tuple | None = None, book: Any = None) -> list[Layout]:
    suffix = path.suffix.lower()
    if suffix in WORKBOOKS:
        return excel_layouts(data, book)
    if suffix == ".pdf":
        return [pdf_layout(data, parsed)]
    return []


def best_match(profiles: Sequence[Profile], layouts: Iterable[Layout], kind: str | None):
    """(profile, layout, fit) of the best-fitting pair, or None below MATCH_SHARE."""
    best = None
    layouts = list(layouts)
    sheets = {lay.sheet: lay for lay in layouts if lay.excel}
    for profile in profiles:
        if kind and profile.kind != kind:
            continue
        if profile.printed and all(lay.excel for lay in layouts):
            continue  # learned on a print: its places are labels and boxes of the printed page
        if profile.sheet in sheets:  # the workbook around the profile's sheet (other tabs as D3!B7)
            candidates = [workbook_layout(list(sheets.values()), profile.sheet)]
        else:
            candidates = layouts
        for raw_layout in candidates:
            layout = unglued(raw_layout, profile.labels.values())
            f = fit(profile, layout)
            score = (f.share, layout.excel and layout.sheet == profile.sheet, -len(f.moved))
            if f.share >= MATCH_SHARE and (best is None or score > best[0]):
                best = (score, profile, layout, f)
    return None if best is None else best[1:]


def read_with(profile: Profile, layout: Layout, fitted: Fit, source: str):
    """The extraction of one form read with its profile."""
    from .. import forms
    from .results import Extraction

    spec = forms.get(profile.kind)
    reader = _Reader(profile, layout, spec, fitted)
    values, where, problems = reader.read()
    provenance = {p: prov for p, prov in reader.provenance.items() if p in where}
    next_labels = {p: place.next_label for p, place in profile.fields.items() if place.next_label}
    problems.extend(
        mend_read_values(values, provenance, spec, next_labels)
    )  # what the generic reader mends too
    if reader.date_order == "":  # 05/03/2026 with no order learned (the copy learned wrote 2026-03-12)
        from types import SimpleNamespace

        from .guards import date_order

        # the generic reader's rule: the label's hint, the form's other dates, its region
        problems.extend(
            date_order(
                SimpleNamespace(values=values, provenance=provenance), spec, [b.text for b in layout.boxes]
            )
        )
    changes = []
    for cell, new in fitted.moved.items():
        if cell not in reader.grown_under:  # (moved down by a longer table only: as it should be)
            changes.append(f"“{profile.labels[cell]}” {cell}→{new}")
    for cell, text in fitted.gone.items():
        changes.append(f"“{text}” {cell} ✗")
    notes = [_warning("profile_used", "", where.get("", ""), profile=profile.name)]
    notes += _scales_unlike_labels(profile, layout, spec)
    if changes:
        notes.append(
            _warning(
                "profile_labels_changed",
                "",
                where.get("", ""),
                profile=profile.name,
                file=profile.shown,
                changes=_said_list(changes),
            )
        )
    from .excel import shown_in_currency

    problems += shown_in_currency(spec, layout.currencies, values, where)  # "€"#,##0.00: said
    shown = currency_rows(layout.boxes, later=True).showing(  # Currency: NZD (the generic reader's rule)
        layout.currencies[place] for place in where.values() if place in layout.currencies
    )
    return Extraction(profile.kind, values, where, source, notes + problems, provenance, shown)


def may_read(kind: str, folder: Path | None = None) -> bool:
    """May a profile of ``folder`` read a workbook as the form ``kind``? Only one learned for that
    form on a workbook: :func:`best_match` passes over another form's and one learned on a print.
    With none, the generic reader reads the workbook (``print_notes._may_warn`` then tells which
    of its sheets it reads the form from, without reading it whole)."""
    from ..config import has_profiles, profiles_dir

    folder = folder or profiles_dir()
    if not has_profiles(folder):
        return False
    return any(p.kind == kind and not p.printed for p in load_profiles(folder))


def read_by_profile(path: Path, data: bytes, kind: str | None, folder: Path | None = None):
    """The form read with the profile whose fingerprint it matches, or None (no profile fits)."""
    from ..config import has_profiles, profiles_dir

    folder = folder or profiles_dir()
    if not has_profiles(folder):
        return None
    try:
        profiles = load_profiles(folder)
    except ProfileError as exc:
        from ..problems import SourceError

        raise SourceError("profile_unreadable", file=str(exc.file), reason=exc.reason) from None
    if not profiles:
        return None
    parsed = pdf_parsed(data) if path.suffix.lower() == ".pdf" else None  # once for both readings
    # (the same: a workbook read once, for the profile and the generic reader)
    book = _workbook_read(path, data)
    layouts = layouts_of(path, data, parsed, book)
    match = best_match(profiles, layouts, kind)
    if match is None:
        return None
    profile, layout, fitted = match
    try:
        read = read_with(profile, layout, fitted, str(path))
    except Exception as exc:  # a profile edited into something kesu cannot follow: say which
        from ..problems import SourceError

        raise SourceError(
            "profile_unreadable",
            file=profile.shown,
            reason=Bilingual(
                "档案的内容无法用于读取这份表单（可能是手工修改后不一致），请用 kesu learn 重新建立",
                f"kesu cannot follow it on this form ({type(exc).__name__}: {exc})",
            ),
        ) from None
    # "VAT 8.1 %" over a tax read: the rate its label states, as the generic reader takes it (no
    # rate learned is no 13 % default computed into the lines' tax)
    rate_from_labels(read, (), _spec(profile.kind), None)
    read.problems += _legend_said(layout, read)  # a code read through the form's legend: said with it
    if layout.excel:  # a clerk's note on a cell read (or on its label): said, as the generic reader does
        read.problems += _unprinted_said(profile, layout, read)
        read.problems += _two_forms_said(layout)
        read.problems += _notes_said(profile, layout, read)
        read.problems += _struck_said(profile, layout, read)
        read.problems += _formulas_said(profile, layout, read)
    if not layout.excel:
        read.problems += _second_opinion(path, data, read, profile, parsed)
    if parsed is not None:  # a ZIP after the PDF's end, scripts it carries: said
        from .pdf import file_said

        file_said(parsed[0], [read])
    # a workbook: the generic reader's reading of it, once — for its fallbacks and its layout doubts
    other = _workbook_generic(path, data, read.kind, book) if layout.excel else None
    if parsed is not None and getattr(parsed[0], "dense", None):  # a page of fine print left out
        from .pdf import dense_pages_said

        read.problems.append(dense_pages_said(parsed[0].dense, read.locations.get("", "p1")))
    elif _generic_places(profile) or _empty_again(profile, read):
        # fields the profile has no cell for, or learned empty and empty here: the generic reader's, warned
        read.problems += _excel_fallback(read, profile, other)
    if other is not None:
        read.problems += _layout_doubts_kept(read, other, profile)
    read.problems += _guesses_said(profile, read)  # the first copy's guesses, until confirmed
    read.problems[:] = _labelled(read.problems, profile.kind)
    return [read]


def _workbook_read(path: Path, data: bytes) -> Any:
    """The workbook of ``data`` read once (excel.read_workbook), None for a print: the profile's
    layouts are made from it, and the generic reader reads the same (:func:`_excel_fallback`) —
    a field learned empty costs the generic reading of the form, not the file read again."""
    if path.suffix.lower() not in WORKBOOKS:
        return None
    from .excel import read_workbook

    return read_workbook(data)


def _off_paper(layout: Layout, place: str) -> bool:
    """Is the cell a profile read at ``place`` (``B4``, ``Sheet!B4:C5``) one that its sheet's
    print area leaves off the paper (excel._printed_box's rule), on the main sheet or on any
    other tab of the workbook (each tab prints by its own area)?"""
    ref = layout.qualified(place.split(":", 1)[0])
    sheet, _, cell = ref.rpartition("!")
    if sheet == layout.sheet:
        box, areas = layout.at.get(cell), layout.print_area
    else:  # another tab's cell (its box set below the main sheet's: its own row from its name)
        box, areas = layout.at.get(ref), layout.tab_areas.get(sheet, ())
    if box is None or not areas:
        return False
    top = _split_ref(box.where.rsplit("!", 1)[-1])[1]
    r0, c0, r1, c1 = top, int(box.x0), top + round(box.y1 - box.y0) - 1, int(box.x1) - 1
    return not any(a <= r1 and r0 <= b and c <= c1 and c0 <= d for a, c, b, d in areas)


def _unprinted_said(profile: Profile, layout: Layout, read: Any) -> list[Problem]:
    """The generic reader's print-area rule (excel._read_printed) on what a profile read: a
    field whose every cell lies outside the sheet's print area (never on the paper form) is, when
    required, left out with its value named (``value_unprinted_left_out``), else kept and warned
    (``value_unprinted``); a table's last lines all outside it (lines added below the printed
    form) are left out, said on the table (``line_unprinted_left_out``)."""
    from .excel import on_cell

    if not layout.print_area and not layout.tab_areas:
        return []
    spec = _spec(profile.kind)
    by_key: dict[str, dict[str, str]] = {}
    for path, place in read.locations.items():
        if path and place:
            by_key.setdefault(re.split(r"[.\[]", path, maxsplit=1)[0], {})[path] = place
    out: list[Problem] = []
    for key, places in by_key.items():
        value = read.values.get(key)
        if isinstance(value, list):
            line = re.compile(rf"^{re.escape(key)}\[(\d+)\]")
            rows: dict[int, list[str]] = {}
            for path, place in places.items():
                if m := line.match(path):
                    rows.setdefault(int(m[1]), []).append(place)
            cut = len(value)
            while cut > 0 and rows.get(cut - 1) and all(_off_paper(layout, w) for w in rows[cut - 1]):
                cut -= 1
            for k in range(cut):  # a line off the paper between lines that print: read, said
                if rows.get(k) and all(_off_paper(layout, w) for w in rows[k]):
                    where = layout.qualified(sorted(rows[k])[0].split(":", 1)[0])
                    out.append(on_cell("line_unprinted", spec, f"{key}[{k}]", where))
            if cut < len(value):
                first = sorted(rows[cut], key=lambda w: w)[0]
                out.append(
                    on_cell(
                        "line_unprinted_left_out", spec, key, layout.qualified(first), lines=len(value) - cut
                    )
                )
                del value[cut:]
                gone = [p for p in places if (m := line.match(p)) and int(m[1]) >= cut]
                for p in gone:
                    read.locations.pop(p, None)
                    read.provenance.pop(p, None)
            continue
        if value in (None, "", {}) or not all(_off_paper(layout, w) for w in places.values()):
            continue
        first = layout.qualified((places.get(key) or next(iter(places.values()))).split(":", 1)[0])
        meta = spec.fields.get(key)
        if meta is not None and meta.required:
            text = value.isoformat() if isinstance(value, dt.date) else str(value)
            out.append(on_cell("value_unprinted_left_out", spec, key, first, value=text[:40]))
            del read.values[key]
            for p in places:
                read.locations.pop(p, None)
                read.provenance.pop(p, None)
        else:
            out.append(on_cell("value_unprinted", spec, key, first))
    return out


def _struck_said(profile: Profile, layout: Layout, read: Any) -> list[Problem]:
    """A warning on each field a profile read from a struck-through cell (the struck runs were
    left out of the cell when the layout was made), as the generic reader gives it."""
    from .excel import struck_warning

    spec = _spec(profile.kind)
    out: list[Problem] = []
    for path, place in read.locations.items():
        ref = layout.qualified(place.split(":", 1)[0]) if path and place else ""
        if ref in layout.struck:
            struck, kept = layout.struck[ref]
            out.append(struck_warning(spec, path, ref, struck, kept))
    return out


def _formulas_said(profile: Profile, layout: Layout, read: Any) -> list[Problem]:
    """The generic reader's rule on formulas (excel.formula_problems) on every cell a profile
    read, on any tab: a worked-out or stale result warned, a missing one an error."""
    from ..validation import Locations
    from .excel import formula_problems

    if not layout.worked and not layout.uncached and not layout.outside:
        return []
    places = Locations(
        (path, layout.qualified(place.split(":", 1)[0]))
        for path, place in read.locations.items()
        if path and place
    )
    return formula_problems(
        _spec(profile.kind), layout.worked, layout.uncached, read.values, places, layout.outside
    )


def _notes_said(profile: Profile, layout: Layout, read: Any) -> list[Problem]:
    """cell_notes' rule on every cell a profile read: on the main sheet and the other tabs, on
    the value's cell or on the label it was read by."""
    from .cell_notes import noted

    labels = {
        p: prov.label_location for p, prov in read.provenance.items() if getattr(prov, "label_location", "")
    }
    out: list[Problem] = []
    for sheet, notes in ((layout.sheet, layout.notes), *layout.tab_notes.items()):
        out += noted(_spec(profile.kind), notes, sheet, read.values, read.locations, labels)
    return out


def _labelled(problems: list[Problem], kind: str) -> list[Problem]:
    """Each problem on a field named by the field's label (税率, not tax_rate), as the generic
    reader's are."""
    from dataclasses import replace

    from ..validation import labels_for

    spec = _spec(kind)
    out = []
    for p in problems:
        if p.field and not p.label:
            zh, en = labels_for(spec, p.field)
            p = replace(p, label=zh, label_en=en)
        out.append(p)
    return out


def _generic_places(profile: Profile) -> list[str]:
    return [p for p, place in profile.fields.items() if place.at == GENERIC and place.value is None]


def _empty_again(profile: Profile, read: Any) -> list[str]:
    """The fields the copy learned on left empty (``Place.empty``: their cell where the generic
    reader put it) that read empty here too: a value filled in elsewhere than that guess (``批准：李娜``
    in the label's own cell) is looked for by the generic reader."""
    return [
        p
        for p, place in profile.fields.items()
        if place.empty and value_paths.get(read.values, p) in (None, "", [], {})
    ]


def _workbook_generic(path: Path, data: bytes, kind: str, book: Any = None) -> Any:
    """The generic reader's extraction of the workbook a profile read (``book``: read once, not
    again), or None where it reads nothing."""
    from ..problems import SourceError
    from .excel import extract, extract_read

    try:
        return (extract(path, data, kind) if book is None else extract_read(path, book, kind))[0]
    except (SourceError, ValueError, IndexError, KeyError):
        return None


def _excel_fallback(read: Any, profile: Profile, other: Any) -> list[Problem]:
    """An Excel form read by a profile that keeps fields with no cell (``at = "generic"``:
    a value kesu could not point at when learning): each is the generic reader's value with
    a warning naming where it was read, or a warning that nothing was read — never left
    empty without a word. A field learned empty that reads empty again (:func:`_empty_again`):
    the generic reader's value, said (``profile_learned_empty``); none there either, empty as
    learned, nothing said. ``other``: the generic reader's reading of the same workbook
    (:func:`_workbook_generic`), None where it read nothing."""
    out: list[Problem] = []
    empties = _empty_again(profile, read)
    for p in [*_generic_places(profile), *empties]:
        if value_paths.get(read.values, p) not in (None, "", [], {}):
            continue
        theirs = value_paths.get(other.values, p) if other is not None else None
        if other is not None and by_head_word(getattr(other, "provenance", {}).get(p)):
            theirs = None  # a label's head word is the generic reader's guess, no fallback of a profile
        # a plain field, or a cell of a row the profile read (rows are not invented)
        if (
            other is not None
            and theirs not in (None, "", [], {})
            and value_paths.put(read.values, p, theirs, make=True)
        ):
            _taken(read, other, p)
            at = other.locations.get(p, "")
            if p in empties:
                out.append(
                    _warning(
                        "profile_learned_empty",
                        p,
                        str(at),
                        other=_short(theirs),
                        at=at,
                        was=read.locations.get(p, profile.fields[p].cell or ""),
                        file=profile.shown,
                    )
                )
            else:
                out.append(_warning("profile_reader_fallback", p, str(at), other=_short(theirs), at=at))
        elif p not in empties:
            out.append(_unread(p, read))
    return out


def _unread(p: str, read: Any) -> Problem:
    """A field the profile keeps and read nothing for, nor the generic reader: said on the field
    (a figure computed later from the others is then in doubt, never passed silently)."""
    return _warning(
        "profile_field_unread",
        p,
        str(read.locations.get("", "")),
        why="中没有它在表上的位置（学习时无法指认）",
        why_en="the profile has no place for it on this layout (it could not be pointed at when learned)",
    )


def _second_opinion(
    path: Path, data: bytes, read: Any, profile: Profile | None = None, parsed: tuple | None = None
) -> list[Problem]:
    """A print read by a profile is read again by the generic reader: a field the two read
    differently is a warning on that field (on a print a box can shift; one of the two is
    wrong and the clerk is told which place each came from)."""
    from ..problems import SourceError
    from .pdf import extract

    try:
        other = extract(path, data, read.kind, parsed=parsed)[0]
    except (SourceError, ValueError, IndexError, KeyError):  # no second opinion: the profile's stands
        return _left_empty(read, profile) if profile is not None else []
    out = _fallback(read, other, profile) if profile is not None else []
    out += [q for q in other.problems if q.code == "two_forms"]  # last month's form above: said
    out += _not_printed_kept(read, other)
    out += _layout_doubts_kept(read, other, profile)
    out += _left_empty(read, profile) if profile is not None else []
    spec = _spec(read.kind)
    order = profile.date_order if profile is not None else ""
    for p, where in read.locations.items():
        mine, theirs = value_paths.get(read.values, p), value_paths.get(other.values, p)
        if profile is not None and p in profile.fields and profile.fields[p].serial:
            theirs = _day_count(theirs)  # the bare day count the generic reader leaves as printed
        mine, theirs = _normalised(spec, p, mine, order), _normalised(spec, p, theirs, order)
        if (
            p == ""
            or theirs in (None, "", [], {})
            or mine in (None, "", [], {})
            or isinstance(mine, (list, dict))
        ):
            continue
        if isinstance(theirs, (list, dict)) or (
            _agree(mine, theirs) and not _code_cut(spec, p, mine, theirs)
        ):
            continue
        if "[" not in p and _misfit(spec, p, mine) and not _misfit(spec, p, theirs):
            # the profile's box holds no date (결 재) where the generic reader reads one: its value
            raw = value_paths.get(other.values, p)
            value_paths.put(read.values, p, raw, make=True)
            _taken(read, other, p)
            out.append(
                _warning(
                    "profile_reader_fallback",
                    p,
                    str(other.locations.get(p, where)),
                    other=_short(raw),
                    at=other.locations.get(p, ""),
                )
            )
            continue
        out.append(
            _warning(
                "profile_reader_disagree",
                p,
                str(where),
                value=_short(mine),
                other=_short(theirs),
                at=other.locations.get(p, ""),
            )
        )
    _unplaced_seen(read, other)  # (one message a field: the generic reader's value said in the error)
    return out + _rows_left_out(read, other) + _fields_left_out(read, other)


# the generic reader's doubts of a value for a reason of the form's layout — where it stands, not what it
# says: a label it is not sure of (a doubtful or half-matching word, the next column's caption, a machine's
# label beside a part's own), a field's second label with its own value (label_lost), a code-only label
# over a name (value_not_a_code), a value running to its cell's border (value_cut_off)
# (``label_by_head_word``: a label no field knows, read by its last word — ``送貨單號`` as the lot by its 單號 —
# is not the field's own label on any copy: a profile learned there reads a guess too); an unknown label
# elsewhere naming the field, its value of the same shape (value_beside_unread_label: unread_beside's
# values_named_again, values_beside_unread), the form's one count under the word for a count alone
# (count_which_unsure: delivered or defective?) — what the form prints, which a cell learned does not settle
LAYOUT_DOUBTS = (
    "low_confidence",
    "label_lost",
    "value_not_a_code",
    "value_cut_off",
    "label_by_head_word",
    "value_beside_unread_label",
    "count_which_unsure",
)


# a value the generic reader took with one of these doubts on the copy a profile is learned on, the clerk
# neither correcting nor confirming it, is a guess: the profile learns its place all the same, kept
# ``unconfirmed`` (:func:`_guesses_kept`), said on every copy read until confirmed (:func:`_guesses_said`).
# The layout's doubts, and the reader's doubts of what the label means or whose value it is; a remark on
# the value itself (a foreign currency, a date's order) is said again from each copy's own value.
GUESS_DOUBTS: dict[str, Bilingual] = {
    "label_by_head_word": Bilingual("按标签末词猜测", "the label read by its head word"),
    "low_confidence": Bilingual("标签不确定是否指此栏位", "a label it was not sure means the field"),
    "label_lost": Bilingual("此栏位另有标签写着值", "another label of the field held a value"),
    "value_not_a_code": Bilingual("读到的值不像编号", "the value read as no code"),
    "value_cut_off": Bilingual("值可能被截断", "the value may have been cut off"),
    "value_looks_like_label": Bilingual("读到的值像是标签", "the value looked like a label"),
    "value_beside_unread_label": Bilingual(
        "旁边未识别的标签下有同类的值", "a value of its kind stood by an unread label"
    ),
    "signer_role_in_doubt": Bilingual("签核层级不确定", "the level of sign-off was in doubt"),
    "tax_id_party_guessed": Bilingual("税号属于哪一方是猜测", "the party of the tax id was guessed"),
}


def _guesses_kept(
    profile: Profile, extraction: Any, sets: dict[str, str], fixed: dict[str, str], confirmed: set[str]
) -> None:
    """Each field the profile placed where the generic reader read it on the copy learned on, with a
    doubt of :data:`GUESS_DOUBTS` (a warning on the field, or a reading below the reader's low
    confidence: by a loose label, a head word, a value holding a label's text) that the clerk did not
    correct (``--set``, ``--fixed``) nor confirm (``--confirm``): kept ``unconfirmed`` with those
    doubts, for the file to say and every copy read to warn (:func:`_guesses_said`). A field read by
    the generic reader on every copy (``at = "generic"``) carries that reader's own warnings."""
    from .anchor import LOW_CONFIDENCE

    if extraction is None:
        return
    for p, place in profile.fields.items():
        if (
            p in sets
            or p in fixed
            or p in confirmed
            or place.value is not None
            or place.at in (GENERIC, GRID)
        ):
            continue
        if value_paths.get(extraction.values, p) in (None, "", [], {}):
            continue  # left empty on the copy learned on: no value was guessed (``empty``)
        doubts = {q.code for q in extraction.problems if q.field == p and q.severity == "warning"}
        doubts &= set(GUESS_DOUBTS)
        prov = extraction.provenance.get(p)
        if prov is not None and "head-word" in prov.how:
            doubts.add("label_by_head_word")
        if prov is not None and ":label-like" in prov.how:
            doubts.add("value_looks_like_label")
        if prov is not None and prov.confidence < LOW_CONFIDENCE and not doubts:
            doubts.add("low_confidence")
        if doubts:
            place.unconfirmed = ", ".join(c for c in GUESS_DOUBTS if c in doubts)


def _guesses_said(profile: Profile, read: Any) -> list[Problem]:
    """A warning on each field the profile holds ``unconfirmed`` (the reader's guess on the copy
    learned on, :func:`_guesses_kept`) and reads a value for, unless the reading already says one of
    those doubts on it (the generic reader read it there with the same doubt) or the value is the one
    the clerk confirmed (``sure``). Confirmed — the entry deleted from the file, or learned again with
    ``--confirm`` — it is read as any learned field."""
    out: list[Problem] = []
    for p, place in profile.fields.items():
        codes = [c.strip() for c in place.unconfirmed.split(",") if c.strip()]
        value = value_paths.get(read.values, p)
        if not codes or value in (None, "", [], {}) or _confirmed(place, value):
            continue
        if any(q.field == p and q.severity == "warning" and q.code in codes for q in read.problems):
            continue  # the same doubt said on this copy already
        said = [GUESS_DOUBTS.get(c, Bilingual(c, c)) for c in codes]
        out.append(
            _warning(
                "profile_field_unconfirmed",
                p,
                str(read.locations.get(p, "")),
                value=_short(value),
                file=profile.shown,
                doubts="；".join(b.zh for b in said),
                doubts_en="; ".join(b.en for b in said),
                path=p,
            )
        )
    return out


def _confirmed(place: Place | None, value: Any) -> bool:
    """Is ``value`` the very value the clerk's correction confirmed at this place when the profile
    was learned (``sure``)? Another value there is not: the doubt of the layout stands for it."""
    return place is not None and bool(place.sure) and key(value) == key(place.sure)


def _layout_doubts_kept(read: Any, other: Any, profile: Profile | None = None) -> list[Problem]:
    """The generic reader's layout doubts (:data:`LAYOUT_DOUBTS`) of a field it read at the very
    place the profile read it (the same cell, the same printed box): the profile's reading carries
    them — learning a cell says where the value stands, not that the label means the field on
    every copy (a solar claim's ``Serial No. range`` read as the lot is a guess by the profile too).
    One rule for a workbook and a print, beside :meth:`_Reader.doubted_by_its_label` (the same
    doubt, said when the generic reader read the field elsewhere). The profile's confidence in the
    value drops to the generic reader's; a doubt the profile already said is not said twice, and
    none is said of the value the clerk confirmed there when learning (:func:`_confirmed`)."""
    out: list[Problem] = []
    have = {(q.code, q.field) for q in read.problems}
    for q in other.problems:
        p = q.field
        if q.code not in LAYOUT_DOUBTS or q.severity != "warning" or not p or (q.code, p) in have:
            continue
        mine_value = value_paths.get(read.values, p)
        if mine_value in (None, "", [], {}) or not _same_place(read, other, p):
            continue  # read elsewhere by the profile, or not at all: not this place's doubt
        if profile is not None and _confirmed(profile.fields.get(p), mine_value):
            continue
        mine, theirs = read.provenance.get(p), other.provenance.get(p)
        if mine is not None and theirs is not None:
            read.provenance[p] = replace(mine, confidence=min(mine.confidence, theirs.confidence))
        out.append(q)
        have.add((q.code, p))
    return out


def _same_place(read: Any, other: Any, p: str) -> bool:
    """Did the profile and the generic reader read ``p`` at one place? A workbook's: the same
    cell. A print's (the generic reader names a page and a label, no box): the same page, by the
    same label, the same value."""
    at = str(read.locations.get(p) or "")
    if "!" in at:  # a workbook's cell (a print's bare page, p1, tells no place)
        return at == other.locations.get(p)
    mine, theirs = read.provenance.get(p), other.provenance.get(p)
    if mine is None or theirs is None or not mine.label or not theirs.label:
        return False
    return (
        key(mine.label) == key(theirs.label)
        and _page_no(str(mine.location), 1) == _page_no(str(theirs.location), 1)
        and _agree(value_paths.get(read.values, p), value_paths.get(other.values, p))
    )


def _not_printed_kept(read: Any, other: Any) -> list[Problem]:
    """The generic reader's ``value_not_printed`` errors (a figure or date printed ``###``) on
    fields the profile's reading leaves empty: kept — the rows taken from the generic reader, a
    column the profile could not learn (its first copy printed ``###`` too) — never a field
    left empty without a word. A table line's field only where the profile's line of that
    number is the generic reader's (every column both read agrees)."""
    from .print_notes import _same_row

    have = {(q.code, q.field) for q in read.problems}
    out = []
    for q in other.problems:
        if q.code != "value_not_printed" or not q.field or (q.code, q.field) in have:
            continue
        if value_paths.get(read.values, q.field) not in (None, "", [], {}):
            continue
        if not _same_row(read.values, other.values, q.field):
            continue
        out.append(q)
        have.add((q.code, q.field))
    return out


def _bare_figures(value: Any) -> bool:
    """A code written as figures alone (``260399``, ``2603 0412``), no letter or mark."""
    text = unicodedata.normalize("NFKC", str(value)).strip()
    return bool(re.fullmatch(r"\d[\d ]*", text)) if not isinstance(value, bool) else False


def _document_number(path: str) -> bool:
    """A document's number (``number``, ``complaint_number``): given by a numbering scheme, its
    letters a format may print around the figures, the same on every copy. A part, lot or order
    number is the customer's, typed as each case has it: ``YJ-LNS-0901`` on one copy and
    ``8812345`` on the next are two parts, no prefix left out."""
    key = path.rsplit(".", 1)[-1]
    return key == "number" or key.endswith("_number")


def _code_shape(value: Any) -> str:
    """``KS-000000`` for a code printed ``KS-260352``: its figures as 0, the letters and marks
    around them as printed; "" for a value that is no such code (figures alone, no figure)."""
    if not isinstance(value, str) or _bare_figures(value):
        return ""
    text = unicodedata.normalize("NFKC", value).strip()
    if not re.search(r"\d", text) or len(text) > 40 or re.search(r"[\s\u3400-\u9fff]", text):
        return ""  # (a code glued to the next cell's label, 原發票日期, is no shape to keep)
    return re.sub(r"\d", "0", text)


def _code_cut(spec: FormSpec, path: str, mine: Any, theirs: Any) -> bool:
    """Two readings of a code where one is the other less letters glued to it in one printed
    word (``260399`` of ``KS-260399``: a prefix a number format prints, taken for a label):
    not the same code, however much of it they share."""
    meta = _meta(spec, path)
    if meta is None or meta.kind != "code" or not isinstance(mine, str) or not isinstance(theirs, str):
        return False
    a, b = key(mine), key(theirs)
    short, whole = (a, theirs) if len(a) < len(b) else (b, mine)
    return bool(short) and short != key(whole) and _one_word_holding(whole, short)


def _one_word_holding(text: Any, want: str) -> bool:
    """Is ``text`` one printed word (no space, no colon) that holds the keyed ``want`` with more
    glued to it (``KS-260352`` holds ``260352``: the prefix a custom number format prints)?"""
    word = unicodedata.normalize("NFKC", str(text)).strip()
    if not word or re.search(r"[\s:：]", word):
        return False
    return len(want) >= 3 and want in key(word) and want != key(word)


# what already says a field is left unread: one fact, one message (never "unread" said twice of it)
_SAID_UNREAD = ("profile_label_gone", "profile_field_unread", "profile_value_unplaced")


def _unplaced_seen(read: Any, other: Any) -> None:
    """A field left unread with ``profile_value_unplaced`` (which cell holds its value cannot be
    told) that the generic reader reads on the print: its value and place said in that error
    (not taken), rather than in a second message of its own (``profile_reader_only``)."""
    for e in read.problems:
        if e.code != "profile_value_unplaced" or e.params.get("seen"):
            continue
        theirs = value_paths.get(other.values, e.field)
        at = other.locations.get(e.field, "")
        if theirs in (None, "") or isinstance(theirs, (list, dict)) or not at:
            continue
        shown = printable(str(_short(theirs)), 200)
        e.params["seen"] = Bilingual(
            f"（通用读取在 {at} 读到“{shown}”，未采用，请核对）",
            f" (the generic reader reads '{shown}' at {at}, not taken: please check)",
        )


def _left_empty(read: Any, profile: Profile) -> list[Problem]:
    """The profile's fields (not table rows) still empty after the generic reader's fallback on
    a print, with no error on them already: a warning each — on a print an empty cell and a
    value the profile could not find look alike, and a total computed later from the fields
    read must not pass as if nothing were missing. A field already said unread (its label
    gone, its value unplaced: :data:`_SAID_UNREAD`) is not said again."""
    named = {e.field for e in read.problems if e.code in _SAID_UNREAD}
    out = []
    for p, place in profile.fields.items():
        if "[" in p or place.value is not None or p in named:
            continue
        if value_paths.get(read.values, p) not in (None, "", [], {}):
            continue
        problem = _unread(p, read)
        if place.at != GENERIC:
            text = (place.label or "").strip()
            problem.params.update(
                why=f"在打印件上“{text}”旁没有读到值",
                why_en=f"nothing is printed by its label '{text}' on this print",
            )
        out.append(problem)
    return out


def _reads_as(meta: FieldMeta, text: Any) -> bool:
    """Does a printed text read as a value of the field's kind (a figure for a count or an
    amount, a date for a date)? Any text for the other kinds."""
    if meta.kind == "date":
        return _printed_date(text) is not None
    if meta.kind in ("qty", "money", "number"):
        return _number(text) is not None
    return True


def _misfit(spec: FormSpec, path: str, value: Any) -> bool:
    """A normalised value that is no value of its field's kind: no date for a date, no figure
    for a quantity or an amount."""
    meta = _meta(spec, path)
    if meta is None or value in (None, ""):
        return False
    if meta.kind == "date":
        return not isinstance(value, dt.date)
    if meta.kind in ("qty", "money", "number"):
        return _number(value) is None
    return False


def _fallback(read: Any, other: Any, profile: Profile) -> list[Problem]:
    """What the profile has a place for and could not read on this print (its label not
    found, nothing printed beside it) is taken from the generic reader, with a warning on the
    field naming where — a value to check rather than a gap; a field the profile has no place
    for stays the profile's choice (:func:`_fields_left_out` names it, not taken)."""
    out: list[Problem] = []
    unplaced = {e.field for e in read.problems if e.code == "profile_value_unplaced"}
    for p, at in other.locations.items():
        place = profile.fields.get(p)
        if not p or "[" in p or place is None or place.value is not None or p in unplaced:
            continue  # (a value no box can be told for is left unread, as on a workbook)
        theirs = value_paths.get(other.values, p)
        if (
            theirs in (None, "", [])
            or by_head_word(getattr(other, "provenance", {}).get(p))  # a guess, no profile's fallback
            or isinstance(theirs, dict)
            or (isinstance(theirs, list) and not _choices(read.kind, p))
        ):
            continue
        if value_paths.get(read.values, p) not in (None, "", [], {}):
            continue
        value_paths.put(read.values, p, theirs, make=True)
        _taken(read, other, p)
        out.append(_warning("profile_reader_fallback", p, str(at), other=_short(theirs), at=at))
    tables = set(profile.tables) | {m["table"] for p in profile.fields if (m := _INDEXED.match(p))}
    # a table whose key column's header is not on the print: its rows are only the profile's fixed values
    gone = [e.field for e in read.problems if e.code == "profile_label_gone" and "[" in e.field]
    out += _columns_taken(read, other, profile, gone)
    lost = {
        f.split("[")[0]
        for e in read.problems
        if e.code == "profile_label_gone" and "[" in (f := e.field) and not _other_column(profile, f)
    }
    lost |= {  # or rows placed by cell only: a print has no cells to find them by
        m["table"]
        for p, place in profile.fields.items()
        if (m := _INDEXED.match(p)) and place.value is None and not place.label and place.at != GRID
    }
    lost |= {name for name, t in profile.tables.items() if not next(iter(t.columns.values())).label}
    for name in sorted(tables):
        theirs = other.values.get(name)
        mine = read.values.get(name)
        if (mine not in (None, [], {}) and name not in lost) or not isinstance(theirs, list) or not theirs:
            continue
        read.values[name] = theirs
        for p in [p for p in other.locations if p == name or p.startswith(name + "[")]:
            _taken(read, other, p)
        _taken(read, other, name)
        at = other.locations.get(f"{name}[0]", "") or other.locations.get(name, "")
        out.append(
            _warning("profile_reader_rows_taken", name, str(at), count=len(theirs), at=at, file=profile.shown)
        )
    return out


def _other_column(profile: Profile, path: str) -> bool:
    """Is ``path`` (``items[0].qty_returned``) a column of a profile's table other than its
    key (first) column?"""
    m = re.fullmatch(r"(\w+)\[\d+\]\.(\w+)", path)
    table = profile.tables.get(m[1]) if m else None
    return m is not None and table is not None and m[2] in table.columns and m[2] != next(iter(table.columns))


def _columns_taken(read: Any, other: Any, profile: Profile, gone: list[str]) -> list[Problem]:
    """A table column (not the key) whose header is not on the print: the profile's rows kept,
    that column's cells taken from the generic reader's row with the same key value, a warning
    on each (``profile_reader_fallback``); when a row of the profile's has no such row, the
    column is left as it is (its header said gone)."""
    out: list[Problem] = []
    for path in gone:
        if not _other_column(profile, path):
            continue
        name, col = path.split("[")[0], path.rpartition(".")[2]
        keyed = next(iter(profile.tables[name].columns))
        mine, theirs = read.values.get(name), other.values.get(name)
        if not isinstance(mine, list) or not isinstance(theirs, list) or not mine:
            continue
        by_key = {
            key(str(row.get(keyed))): (i, row)
            for i, row in enumerate(theirs)
            if isinstance(row, dict) and row.get(keyed) not in (None, "")
        }
        found = [by_key.get(key(str(row.get(keyed)))) if isinstance(row, dict) else None for row in mine]
        pairs = [
            (row, f)
            for row, f in zip(mine, found, strict=True)
            if f is not None and f[1].get(col) not in (None, "")
        ]
        if len(pairs) < len(mine):
            continue
        for i, (row, (j, their_row)) in enumerate(pairs):
            row[col] = their_row[col]
            at = other.locations.get(f"{name}[{j}].{col}", "")
            _taken(read, other, f"{name}[{j}].{col}", f"{name}[{i}].{col}")
            out.append(
                _warning(
                    "profile_reader_fallback", f"{name}[{i}].{col}", str(at), other=_short(row[col]), at=at
                )
            )
        read.problems[:] = [
            e for e in read.problems if not (e.code == "profile_label_gone" and e.field == path)
        ]
    return out


def _choices(kind: str, p: str) -> bool:
    """A field holding several choices (the documents updated): a list that is one value."""
    meta = _meta(_spec(kind), p)
    return meta is not None and meta.kind == "terms"


def _taken(read: Any, other: Any, p: str, mine: str | None = None) -> None:
    """The generic reader's place of ``p`` taken into the profile's reading (as ``mine``, by
    default ``p``): its location, provenance and its problems on it; the profile's own error on
    it (a label gone from the print) is now the warning."""
    mine = mine or p
    if p in other.locations:
        read.locations[mine] = other.locations[p]
    if p in other.provenance:
        read.provenance[mine] = other.provenance[p]
    read.problems[:] = [
        e
        for e in read.problems
        if not (e.code == "profile_label_gone" and (e.field == mine or e.field.startswith(mine + "[")))
    ]
    for q in other.problems:
        if (q.field == p or q.field.startswith((p + "[", p + "."))) and all(
            q is not e for e in read.problems
        ):
            read.problems.append(q if mine == p else replace(q, field=mine + q.field[len(p) :]))


def _normalised(spec: FormSpec, path: str, value: Any, date_order: str) -> Any:
    """A value as the record keeps it, for comparing two readings: a choice as its key
    (进行中 and open are one status), a date as a date (10/06/2026 and 2026-10-06 are one day)."""
    meta = _meta(spec, path)
    if meta is None or value in (None, "") or isinstance(value, (list, dict)):
        return value
    if meta.term is not None and isinstance(value, str):
        from .compound import as_option

        found = meta.term.lookup(_in_simplified(value, meta))
        if found is None and isinstance(option := as_option(meta, value), str):
            found = meta.term.lookup(option)
        return found.value if found is not None else value
    if meta.kind == "date" and isinstance(value, str):
        got = _as_date(_date_in(value), date_order)
        return got if isinstance(got, dt.date) else _printed_date(value) or value
    return value


def _fields_left_out(read: Any, other: Any) -> list[Problem]:
    """A field (not a table's row) the profile leaves empty and the generic reader reads: a
    warning naming what the generic reader found (not taken: the profile may have left it out
    on purpose), so a value printed where the profile cannot point (a number in boxes) is not
    lost without a word."""
    out = []
    unplaced = {e.field for e in read.problems if e.code == "profile_value_unplaced"}  # (said there)
    for p, at in other.locations.items():
        if not p or "[" in p or p in unplaced:
            continue
        theirs = value_paths.get(other.values, p)
        if theirs in (None, "") or isinstance(theirs, (list, dict)):
            continue
        if value_paths.get(read.values, p) not in (None, "", [], {}):
            continue
        out.append(_warning("profile_reader_only", p, str(at), other=_short(theirs), at=at))
    return out


def _rows_left_out(read: Any, other: Any) -> list[Problem]:
    """A table's rows the generic reader read and the profile did not (two names in one cell
    where the profile reads one): a warning on the table, never a row dropped silently."""
    out = []
    for name, theirs in other.values.items():
        mine = read.values.get(name)
        if not isinstance(theirs, list) or not isinstance(mine, list) or not mine:
            continue  # a table the profile does not read at all is the profile's choice
        col = next((c for c in _KEY_COLUMNS if any(isinstance(r, dict) and r.get(c) for r in theirs)), None)
        if col is None:
            continue
        have = [key(r.get(col)) for r in mine if isinstance(r, dict) and r.get(col) not in (None, "")]
        extra = [
            (i, r[col])
            for i, r in enumerate(theirs)
            if isinstance(r, dict)
            and r.get(col) not in (None, "")
            and not any(_agree(r[col], h) for h in have if h)
        ]
        if not extra:
            continue
        at = other.locations.get(f"{name}[{extra[0][0]}].{col}", "") or other.locations.get(name, "")
        out.append(
            _warning(
                "profile_reader_more_rows",
                name,
                str(read.locations.get(name, "") or at),
                mine=len(mine),
                count=len(extra),
                others="、".join(_short(v) for _, v in extra[:5]),
                at=at,
            )
        )
    return out


def _names_chosen(spec: FormSpec, path: str, where: str, box: Box | None, chosen: Any) -> bool:
    """The clerk's place of an option field (a cell, or the text as printed in quotes) names
    an option the generic reader found marked or highlighted on this copy: the clerk points at
    this copy's choice, which moves with the next copy's, not at a place of the layout."""
    term = getattr(_meta(spec, path), "term", None)
    quoted = re.fullmatch(r'\s*["“”](.+)["“”]\s*', where, re.S)
    text = quoted[1] if quoted else (box.text if box is not None else "")
    member = term.lookup(text.strip()) if term is not None and text.strip() else None
    return member is not None and member.value in (chosen if isinstance(chosen, list) else [chosen])


def _agree(mine: Any, theirs: Any, *, printed: bool = False) -> bool:
    """Two readings of one value are the same value: the same words (one inside the other),
    the same figure (``12K`` and 12000: the one unit rule, or as a %), the same date however written. ``printed``:
    ``theirs`` is the text the clerk gave as printed and ``mine`` what the profile reads there:
    that text must make most of the reading, not be any part of it."""
    if mine is None or theirs is None:
        return False
    a, b = key(mine), key(theirs)
    if a == b:
        return True
    if printed:
        if b and b in a and len(a) <= 1.5 * len(b) + 4:
            return True
    elif a and b and (a in b or b in a):
        return True
    n, m = _number(mine), _number(theirs)
    if n is not None and m is not None:
        return n == m or n * 100 == m or n == m * 100
    if m is not None and m < 0 and _number(negative_figure(mine)) == -m:
        return True  # -80 typed, (¥80.00) printed: a credit's minus as the print shows it
    d = {mine} if isinstance(mine, dt.date) else _printed_dates(mine)  # 9/9/26: either order
    e = theirs if isinstance(theirs, dt.date) else _printed_date(theirs) or _as_date(str(theirs), "")
    return isinstance(e, dt.date) and e in d


# ---------------------------------------------------------------------------------- learning
_CELLREF = lazy_re(r"^(?:(?P<sheet>[^!]+)!)?(?P<ref>[A-Z]{1,3}\d+(?::[A-Z]{1,3}\d+)?)$")
_KEY_COLUMNS = ("name", "part_no", "action", "location", "cause", "question", "target")


class LearnError(Exception):
    """A correction or a file ``kesu learn`` cannot use; ``code`` and ``params`` name the problem."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.code, self.params = code, params


def field_paths(spec: FormSpec) -> dict[str, FieldMeta]:
    """Every settable path of a form: ``customer``, ``problem.what``, ``items.qty`` (a table column)."""
    out: dict[str, FieldMeta] = {}
    for name, meta in spec.fields.items():
        if meta.kind in ("group", "table") and meta.row_model is not None:
            for sub, sub_meta in describe(meta.row_model).items():
                out[f"{name}.{sub}"] = sub_meta
        else:
            out[name] = meta
    return out


def _check_path(spec: FormSpec, path: str) -> None:
    known = field_paths(spec)
    plain = re.sub(r"\[\d+\]", "", path)
    if plain not in known and plain not in spec.fields:
        raise LearnError("learn_unknown_field", path=path, kind=spec.kind, known="、".join(sorted(known)))


def _workbook(data: bytes) -> Any | None:
    """The workbook opened for its cells' styles, formats and formulas (openpyxl's own warnings
    of odd parts hushed), once for a learning; None for an .xls or a damaged file: no cues then."""
    import io
    import warnings

    from openpyxl import load_workbook

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UserWarning)
            return load_workbook(io.BytesIO(data))
    except Exception:
        return None


def _styled(wb: Any | None, sheet: str, cells: Iterable[str]) -> set[str]:
    """Which of ``cells`` (the printed texts' cells, ``B3``) are printed bold or shaded (xlsx,
    opened by :func:`_workbook`): a form's labels usually are. Only these cells are looked up:
    a sheet declaring the whole grid as its used range (``A1:XFD1048576``, some tools write it
    over forty cells) is never walked cell by cell."""
    if wb is None or sheet not in wb.sheetnames:
        return set()
    ws = wb[sheet]
    out = set()
    for where in cells:
        cell = ws[where]
        if cell.value is None or not cell.has_style:
            continue
        fill = cell.fill
        shaded = fill is not None and fill.fill_type == "solid"
        if (cell.font is not None and cell.font.b) or shaded:
            out.add(cell.coordinate)
    return out


def _known_labels(spec: FormSpec) -> set[str]:
    out: set[str] = set()
    for meta in field_paths(spec).values():
        out.update(key(lab) for lab in meta.labels)
    for meta in spec.fields.values():
        out.update(key(lab) for lab in meta.labels)
    return out


def _labelish(text: str) -> bool:
    """Printed text that may be a label: short words, no figure or code (an address with its
    house number, a part number are values)."""
    s = str(text).strip()
    return (
        bool(s)
        and len(s) <= 60
        and not re.fullmatch(r"[A-Za-z]", s)  # a lone letter is a tick (V, X) or a mark, not a label
        and _number(s) is None
        and re.search(r"[A-Za-z\u3400-\u9fff]", s) is not None
        and not _FIGURES.search(_A_RATE.sub("", s))  # (VAT 16.5%: a tax's name with its rate)
    )


_A_RATE = lazy_re(TAX_RATE)


BLOCK_LINES = 3  # a caption's block: its name, a tax id, an address line


def _block_above(layout: Layout, box: Box) -> Box | None:
    """The line right over ``box`` in a block of lines printed under one caption: same left
    edge, no more than a line's height of paper between them."""
    tall = box.y1 - box.y0
    over = [
        b
        for b in layout.boxes
        if b is not box and _page_no(b) == _page_no(box) and b.y1 <= box.y0 + 1 and box.y0 - b.y1 <= tall
    ]
    best = max(over, key=lambda b: b.y1, default=None)  # (a row of cells over it is no block)
    return best if best is not None and abs(best.x0 - box.x0) <= 1 else None


def _header_over(layout: Layout, box: Box) -> Box | None:
    """The nearest box over ``box`` on its page that stands over it (a column's header over
    the column's first line, however far up)."""
    over = [
        b
        for b in layout.boxes
        if b is not box and _page_no(b) == _page_no(box) and b.over(box) and b.y1 <= box.y0 + 1
    ]
    return max(over, key=lambda b: b.y1, default=None)


def _block_below(layout: Layout, box: Box) -> Box | None:
    """The next line of the block ``box`` is a line of (:func:`_block_above`)."""
    tall = box.y1 - box.y0
    under = [
        b
        for b in layout.boxes
        if b is not box and _page_no(b) == _page_no(box) and b.y0 >= box.y1 - 1 and b.y0 - box.y1 <= tall
    ]
    # of boxes starting level (a row of cells under it: 2 | Sort parts… | 2026.09.04), the one
    # in line with it, not the row's first cell
    best = min(under, key=lambda b: (round(b.y0, 1), abs(b.x0 - box.x0)), default=None)
    return best if best is not None and abs(best.x0 - box.x0) <= 1 else None


def _carved_before(piece: Box, value: Box) -> bool:
    """``piece`` is the text right before ``value`` in the one printed box both were cut from."""
    a, _, i = piece.where.rpartition(".")
    b, _, j = value.where.rpartition(".")
    return bool(a) and a == b and i.isdigit() and j.isdigit() and int(i) + 1 == int(j)


def _overridden(p: str, sets: dict[str, str]) -> bool:
    """The clerk's corrections place ``p`` (or drop it, or drop its table or group)."""
    return p in sets or any(
        p.startswith((q + "[", q + ".")) and not where.strip() for q, where in sets.items()
    )


def _stacked_label(text: Any, value: Any) -> str | None:
    """A caption printed over its value in one box or cell (``退货申请号`` / ``RT2026090011``: a
    portal's field card): the first line, when it reads as a label and the lines under it are
    the whole value — a first line that is part of the value never is (the value is all of it)."""
    if not isinstance(text, str) or value in (None, "") or isinstance(value, (list, dict)):
        return None
    first, _, rest = text.strip().partition("\n")
    first = first.strip()
    if not rest.strip() or len(first) > 20 or not _labelish(first) or re.search(r"[:：]", first):
        return None  # (a first line with a colon of its own is the colon rule's)
    return first if key(rest) == key(value) else None


def _inline_label(text: Any) -> str | None:
    if not isinstance(text, str):
        return None
    m = _INLINE.match(text) or _LEADERED.match(text)
    if not m or any(c in m["label"] for c in "☑☐□■✓√") or not re.search(r"[A-Za-z\u3400-\u9fff]", m["label"]):
        return None
    if _FIGURES.search(m["label"]):  # a label holds no code or figure (WH-2231-K 线束：…); D7 – … is one
        return None
    return m["label"]


_FIGURES = lazy_re(r"\d{3,}|[A-Za-z]+-\d|\d-[A-Za-z]|\d[.,]\d")


def learn(
    path: Path,
    kind: str | None,
    sets: dict[str, str] | None = None,
    fixed: dict[str, str] | None = None,
    *,
    name: str | None = None,
    blank: Path | None = None,
    confirm: Iterable[str] = (),
) -> Profile:
    """A profile of ``path``'s layout: today's reader's places, corrected by ``sets``
    (field path → cell, range or label text; "" drops the field) and ``fixed`` (printed values);
    ``confirm``: fields the clerk checked where the reader read them with a doubt (no guess kept)."""
    from .. import forms
    from ..problems import SourceError

    printed = path.suffix.lower() == ".pdf"
    if path.suffix.lower() not in (*WORKBOOKS, ".pdf"):
        raise LearnError("learn_needs_form")
    data = path.read_bytes()
    from . import excel as excel_reader
    from . import pdf as pdf_reader

    parsed = pdf_parsed(data) if printed else None  # a PDF's words and cells: once for every reading

    def extract(path: Path, data: bytes, kind: str | None) -> list[Any]:
        if printed:
            return pdf_reader.extract(path, data, kind, parsed=parsed)
        return excel_reader.extract(path, data, kind)

    told = None  # the reading that told the kind: the same reading learning starts from
    if kind is None:  # the form's title or labels tell, as kesu parse would say
        try:
            told = extract(path, data, None)[0]
            kind = told.kind
        except SourceError as exc:
            if exc.code not in ("not_a_form", "unknown_kind"):
                raise  # a file that cannot be read at all (a scan, a password, a bomb): say why
            kind = None
        if kind is None:
            raise LearnError("learn_needs_kind", kinds="、".join(forms.kinds()))
    spec = forms.get(kind)
    sets, fixed = dict(sets or {}), dict(fixed or {})
    confirmed = set(confirm)
    for p in [*sets, *fixed, *confirmed]:
        _check_path(spec, p)
    layouts = [_numbered(pdf_layout(data, parsed))] if printed else excel_layouts(data)
    if not layouts or not layouts[0].boxes:
        if printed:
            extract(path, data, kind)  # a scan says it has no text, a broken file what is wrong
        raise SourceError("not_a_form", kinds=spec.title_zh, found="")
    # today's reader: where it found each field
    found: dict[str, str] = {}
    read_as: dict[str, str] = {}  # on a print: the text it read there
    summed: dict[str, str] = {}  # a total over category columns: field → the caption over them
    anchored: dict[str, Any] = {}  # Excel: field → the generic reader's provenance (its label)
    stepped: dict[str, Any] = {}  # field → the generic reader's provenance, read by a step's heading
    generic: dict[str, Any] = {}  # field → the value the generic reader read
    captioned: dict[str, Any] = {}  # a row's option printed as its caption (组长：): field → option
    composed: set[str] = set()  # choices named across several lines (1. FMEA … 2. Control plan …)
    unfilled: dict[str, str] = {}  # a print: field left empty → the page its label stands on
    emptied: set[str] = set()  # a workbook: field left empty, placed where the generic reader put it
    marked: set[str] = set()  # options printed side by side, the chosen marked under or highlighted
    extraction = None  # (the generic reader may read nothing of it: learned from the layout alone)
    try:
        extraction = told if told is not None and told.kind == kind else extract(path, data, kind)[0]
        leaves = field_paths(spec)
        for p, loc in extraction.locations.items():
            plain = re.sub(r"\[\d+\]", "", p)
            if plain not in leaves:
                continue  # fields and table cells, not a table or group as a whole
            if not _has(extraction.values, p):
                if not printed and plain == p and "!" in str(loc) and not on_page_margin(str(loc)):
                    # left empty on this copy (总经理 not signed yet): the empty cell beside its
                    # label is its place all the same, read on the next copy
                    found[p] = str(loc)
                    emptied.add(p)
                elif printed and plain == p:  # on a print no box holds it: its label's (below)
                    unfilled[p] = str(loc).split(" · ", 1)[0]
                continue
            prov = extraction.provenance.get(p)
            generic[p] = value_paths.get(extraction.values, p)
            if prov is not None and prov.how in ("step-row", "section"):
                stepped[p] = prov
            caption = prov is not None and prov.how == "option-rows" and getattr(_meta(spec, p), "term", None)
            if caption and p not in fixed:  # the option the layout prints: kept as the row's fixed value
                captioned[p] = value_paths.get(extraction.values, p)
            if p in fixed or caption:
                continue  # an option read from its caption ("Team Leader:"): the caption is no value's place
            if prov is not None and prov.how == "assumed" and not _overridden(p, sets):
                composed.add(p)  # assumed from a heading (D4 根本原因: the cause's type): printed
                continue  # nowhere, the generic reader's assumption each time, with its warning
            if prov is not None and prov.how.split(":")[0] == "options-named":
                composed.add(p)  # no one cell or box holds it: the generic reader's, warned
                if p not in sets:  # (nor does it claim the box or label of the text it was read from)
                    continue
            if prov is not None and prov.how == "options-marked":
                marked.add(p)  # the option marked or highlighted moves with the clerk's choice
            if printed and _overridden(p, sets):  # the clerk says where it stands: no box is cut
                # for kesu's own find (a word of another field's text); a box that holds just it
                # still tells which row it was (a role printed as the row's caption)
                # (of a value printed in several places, the one by the label it was read by)
                # (printed in several places — a name also beside another label, a second copy
                # side by side — the one nearest the first print of the label it was read by)
                want = key(value_paths.get(extraction.values, p))
                wholes = [b for b in layouts[0].boxes if want and key(b.text) == want]
                if wholes:
                    found[p] = _nearest(layouts[0], wholes, prov.label if prov else "", first=True)[0].where
                continue
            if printed and prov is not None and prov.how == "column-sum":
                composed.add(p)  # a total over category columns: no one box prints it (9 is a month)
                continue
            if printed:  # the box that printed the value, nearest the label it was read by
                # (a table's cell: in its row's band, not a cell of a row above printing the same)
                line = _INDEXED.match(p)
                same_row = f"{line['table']}[{line['index']}]." if line else None
                value = value_paths.get(extraction.values, p)
                box = _printed_box(
                    layouts[0],
                    value,
                    prov.label if prov else "",
                    # a figure printed twice (a line's tax and the total tax): the one no field
                    # took; a name printed twice is one person's, read by its own label
                    taken=set(found.values()) if _number(value) is not None else None,
                    meta=_meta(spec, p),
                    row=[
                        b
                        for q, w in found.items()
                        if same_row and q.startswith(same_row) and (b := layouts[0].cell(w))
                    ],
                )
                if box is not None:
                    found[p] = box.where
                    read_as[p] = str(value_paths.get(extraction.values, p))
                elif "[" not in p:  # in pieces (digits one per box, 字軌 | 號碼): no one box holds it
                    composed.add(p)
            elif on_page_margin(str(loc)):
                composed.add(p)  # in the page header or footer: no cell holds it, the generic reader's
            elif "!" in str(loc):
                found[p] = str(loc)
                prov = extraction.provenance.get(p)
                if prov is not None and prov.how == "column-sum" and prov.label_location:
                    summed[p] = prov.label_location
                if prov is not None and prov.label_location:
                    anchored[p] = prov
    except SourceError:
        pass
    # the main sheet: the one most fields stand on (a workbook may spread a form over its tabs)
    titles = [lay.sheet for lay in layouts]
    named_sheets = [
        m["sheet"]
        for w in [*found.values(), *sets.values()]
        if (m := _CELLREF.match(w)) and m["sheet"] in titles
    ]
    main = max(set(named_sheets), key=named_sheets.count) if named_sheets else None
    if main is None:
        main = max(layouts, key=lambda lay: len(lay.boxes)).sheet
    layout = layouts[0] if printed else workbook_layout(layouts, main)
    inline_hints: dict[str, str] = {}
    places: dict[str, str] = {}
    taken: set[str] = set()  # boxes a correction put a field in (a value printed twice: 12 | 12)
    for p, loc in found.items():
        sheet, _, ref = loc.rpartition("!")
        places[p] = ref if sheet == main or printed else f"{sheet}!{ref}"
    # drops first, then table rows (a value printed twice — a name in the team and on the
    # signature line — is taken in reading order by the rows first), then single fields
    order = sorted(sets.items(), key=lambda kv: (bool(kv[1].strip()), not _INDEXED.match(kv[0])))
    bounded: dict[str, tuple[str, str]] = {}  # a range typed past the cells used → the part used
    for p, where in order:
        if not where.strip():
            for stale in [q for q in places if q == p or q.startswith((p + "[", p + "."))]:
                del places[stale]
            continue
        same_row = re.sub(r"\.[a-z_]+$", ".", p) if _INDEXED.match(p) else None
        row = [
            b for q, ref in places.items() if same_row and q.startswith(same_row) and (b := layout.cell(ref))
        ]
        as_printed = re.fullmatch(r'\s*["“”](.+)["“”]\s*', where, re.S)
        if (
            printed
            and as_printed
            and "[" not in p
            and _agree(generic.get(p), as_printed[1])
            and _printed_box(layout, as_printed[1], taken=taken, meta=_meta(spec, p)) is None
        ):
            # a value printed in pieces (2026 | 年 | 3 | 月 | 5 | 日): no one box holds what the
            # clerk quotes, the generic reader reads it whole — its value on each copy, warned
            composed.add(p)
            del sets[p]
            continue
        places[p] = _place_of(layout, where.strip(), taken, row, places.get(p), _meta(spec, p))
        if ":" in places[p] and (part := _used_part(layout, places[p])) != places[p]:
            bounded[p] = (places[p], part)  # (``A1:XFD1048576``: the cells the sheet uses, said)
            places[p] = part
        taken.add(places[p])
        if not _CELLREF.match(where.strip()) and _is_prefix(layout.cell(places[p]), where.strip()):
            inline_hints[p] = where.strip()  # the label and the value in one cell
    if not printed:  # a value typed one piece a box, placed at its first box: the run of boxes
        for p, ref in places.items():
            if "[" not in p and (meta := _meta(spec, p)) is not None:
                places[p] = _run_spanned(layout, ref, generic.get(p), meta.kind)
    given = _captioned_rows(captioned, found, places, main, printed)
    added: set[str] = set()  # fields whose range is category columns to add up
    for p, caption in summed.items():  # the clerk points at the first category: all are meant
        if p in places and _qualified(places[p], main) == found[p]:
            places[p] = _category_range(layout, places[p], _local(caption, main))
            if ":" in places[p]:
                added.add(p)
    # the layout's labels: the blank's texts, or the filled form's styled / known / anchor texts
    value_cells = {c for ref in places.values() for c in _cells_of(layout, ref)}
    # openpyxl's view of the workbook (its styles, formulas and date formats): opened once
    book = None if printed else _workbook(data)
    known = _known_labels(spec)
    if blank is not None and printed:  # the blank's printed texts, where they stand on this copy
        blank_keys = {key(b.text) for b in pdf_layout(blank.read_bytes()).boxes}
        labels = {
            b.where: b.text.strip()
            for b in layout.boxes
            if key(b.text) in blank_keys and b.where not in value_cells and b.text.strip()
        }
    elif blank is not None:
        blank_layouts = excel_layouts(blank.read_bytes())
        source = next((lay for lay in blank_layouts if lay.sheet == layout.sheet), blank_layouts[0])
        labels = {  # the blank's printed texts, except its empty check-box lines in value cells
            b.where: b.text.strip()
            for b in source.boxes
            if isinstance(b.value, str) and b.text.strip() and b.where not in value_cells
        }
    else:
        styled = _styled(book, layout.sheet, [b.where for b in layout.boxes if "!" not in b.where])
        labels = {}
        for b in layout.boxes:
            if "!" in b.where:  # other tabs: only the labels fields are anchored on
                continue
            if b.where in value_cells or not _labelish(b.text) or _struck_whole(layout, b):
                continue
            if b.where in styled or key(b.text) in known or str(b.text).rstrip().endswith((":", "：")):
                labels[b.where] = b.text.strip()
    profile = Profile(
        name=name or path.stem, kind=kind, fields={}, sheet=layout.sheet, learned_from=path.name
    )
    profile.bounded = bounded
    label_boxes = {id(layout.cell(c)): c for c in labels if layout.cell(c) is not None}
    copies, formulas = _formula_copies(data) if not printed else ({}, set())
    computed = {_local(c, main) for c in formulas}  # a formula's value: never a label

    def anchor(box: Box, p: str) -> tuple[Box | None, str]:
        # a sentence that merely begins with a label word (客户反馈…) is a value, not label and value
        pointed = _pointed_value(p)
        # the value as the clerk gives it is the whole cell (``PO 81502-1``): its first letters
        # spell a label (PO) but are the value's own
        whole = isinstance(pointed, str) and isinstance(box.value, str) and key(pointed) == key(box.value)
        inline = (
            inline_hints.get(p)
            or _own_inline_label(box.value, p, box)
            # (``P.O. No. | PO 770412``, the cell pointed at, nothing read in it: the label left of
            # the cell labels it, and its first letters spelling a label too (PO) are the value's)
            or (
                None
                if whole or (pointed is None and _labelled_beside(box))
                else _known_prefix(box.value, _meta(spec, p), code_only=True)
            )
            or _stacked_label(box.value, pointed)
        )
        if inline:
            labels.setdefault(box.where, inline)
            return box, "inline"
        left = [
            b
            for b in layout.boxes
            if b.band(box) and b.x1 <= box.x0 + 1e-9 and b is not box and not _struck_whole(layout, b)
        ]
        near = max(left, key=lambda b: b.x1, default=None)
        if printed and near is not None and is_label(near) and _carved_before(near, box):
            # the value was cut out of one printed box right after a label (a breadcrumb's
            # ``Portal›8D›8D-0047718``): the next copy prints them in one box again
            labels.setdefault(near.where, near.text.strip())
            return near, "inline"
        above = [b for b in layout.boxes if b.over(box) and b.y1 <= box.y0 + 1e-9 and b is not box]
        # the nearest above; of two side by side, the one the value stands under the most
        over = max(above, key=lambda b: (round(b.y1, 1), min(b.x1, box.x1) - max(b.x0, box.x0)), default=None)
        if (  # a question right over the value is more its label than a tall caption left of rows
            is_label(near)
            and is_label(over)
            and near is not None
            and over is not None
            and near.y1 - near.y0 > 2 * (box.y1 - box.y0)
            and box.y0 - over.y1 < 1
            and over.x0 >= box.x0 - 1
            and over.x1 <= box.x1 + 1
            and (over.y1 - over.y0) < 2 * (box.y1 - box.y0)
        ):
            return over, "below"
        step = _step_row_label(layout, box, stepped.get(p), ("step-row",))
        if step is not None:  # a cell of a step table's row: that row's heading × its column
            return step, "cross"
        known_at = _generic_anchor(layout, box, anchored.get(p), main)
        if known_at is not None:  # the label the generic reader read the value by, next to it
            return known_at
        if is_label(near) and not after_row_value(p, near):
            return near, "right"
        step = _step_row_label(layout, box, stepped.get(p), ("section",)) if _INDEXED.match(p) else None
        if step is not None:  # a line's cell further along the row its step's heading begins
            return step, "cross"
        near = over
        if is_label(near):
            return near, "below"
        if printed and over is not None and not is_label(over):  # a block under a caption (Payer /
            # its name / its tax id): the value is the nth line of it
            up, line = over, 2
            while line <= BLOCK_LINES and (higher := _block_above(layout, up)) is not None:
                if is_label(higher):
                    lines[p] = line
                    return higher, "below"
                up, line = higher, line + 1
            head = _header_over(layout, up) if _INDEXED.match(p) and line <= BLOCK_LINES else None
            if is_label(head) and not after_row_value(p, head):  # a table's nth line under its
                lines[p] = line  # column's header, a blank row of sub-headers between (Date)
                return head, "below"
        if printed and over is not None:  # a box with no label of its own under a row of cells: the
            # label of that row standing at its left edge (机型 over a description spanning the row)
            edge = next(
                (b for b in above if abs(b.y1 - over.y1) <= 1 and abs(b.x0 - box.x0) <= 1 and is_label(b)),
                None,
            )
            if edge is not None:
                return edge, "below"
        if printed and not any(is_label(b) for b in left):  # no label before it or over it (its own
            # printed unreadably, stacked upright): the label right under it, edges in line
            under = [
                b
                for b in layout.boxes
                if b is not box
                and _page_no(b) == _page_no(box)
                and box.y1 - 1 <= b.y0 <= box.y1 + 2
                and abs(b.x0 - box.x0) <= 1
            ]
            if under and is_label(under[0]):
                return under[0], "above"
        return None, "cross"

    explicit = {p for p, w in sets.items() if _CELLREF.match(w.strip())}
    lines: dict[str, int] = {}  # a field read as the nth line of the block under its label

    def _pointed_value(p: str) -> Any:
        """The value the clerk pointed at (in quotes), else the one kesu read for the field."""
        m = re.fullmatch(r'\s*["“”](.+)["“”]\s*', sets.get(p, ""), re.S)
        return m[1] if m else read_as.get(p, generic.get(p))

    def _labelled_beside(box: Box) -> bool:
        """Is the nearest text left of ``box`` on its row a label (:func:`is_label`)?"""
        left = [b for b in layout.boxes if b.band(box) and b.x1 <= box.x0 + 1e-9 and b is not box]
        return is_label(max(left, key=lambda b: b.x1, default=None))

    def _own_inline_label(text: Any, p: str, box: Box | None = None) -> str | None:
        """``异常描述: …`` in the value's cell: its label. A free text the clerk pointed at by
        its cell may begin with words and a colon of its own (产线退料：…) unless kesu knows
        those words as a label, or the cell is one of a list of ``Label: value`` lines (an
        e-mail pasted into a column: ``Symptom: …`` among ``Customer: …``, ``Lot: …``)."""
        label = _inline_label(text) or _heading_line(text, p)
        meta = _meta(spec, p)
        if label and p in explicit and meta is not None and meta.kind == "text":
            from .vocab import GENERIC, norm, vocabulary

            known = vocabulary(spec).match(label)
            generic = norm(label) in GENERIC  # 名稱： / 日期： open no free text: a label's words
            if (
                (known is None or known[1] < KNOWN_LABEL)
                and not _column_label(spec, p, label)
                and not generic
                and not (box is not None and _among_labelled_lines(box))
            ):
                return None
        return label

    def _among_labelled_lines(box: Box) -> bool:
        """Is ``box`` one of a column of ``Label: value`` lines, one a row (an e-mail body pasted
        into column A)? Two or more of its nearest neighbours in its column open with a label
        kesu knows, a colon and a value: its own words before the colon are a label like theirs."""
        from .vocab import vocabulary

        vocab = vocabulary(spec)
        column = [
            b for b in layout.boxes if b is not box and abs(b.x0 - box.x0) < 1e-6 and b.where != box.where
        ]
        nearest = sorted(column, key=lambda b: abs(b.y0 - box.y0))[:4]
        labelled = 0
        for b in nearest:
            label = _inline_label(b.value)
            found = vocab.match(label) if label else None
            if found is not None and found[1] >= KNOWN_LABEL:
                labelled += 1
        return labelled >= 2

    def _heading_line(text: Any, p: str) -> str | None:
        """``Problem Description`` over its text in one box (a portal's panel): the first line,
        when it is one of the field's own labels, labels the lines under it."""
        if not isinstance(text, str) or "\n" not in text.strip():
            return None
        first = text.strip().split("\n", 1)[0].strip()
        from .vocab import vocabulary

        known = vocabulary(spec).match(first) if first and len(first) <= 40 else None
        return first if known is not None and known[0] == p and known[1] >= KNOWN_LABEL else None

    # the texts this copy's values print as: the same text printed again elsewhere (a name on a
    # summary tab, a signature line) is that value once more, never a label — the next copy
    # prints another value there
    value_texts = {
        k
        for c in value_cells
        if (b := layout.cell(c)) is not None and len(k := key(b.text)) >= 2 and k not in known
    }

    from .cause_grids import OCCURRENCE, why_grid

    # the 5-Why table, looked at once: its questions (no labels) and its last answered why
    why_words, why_last = why_grid([_GridBox(b) for b in layout.boxes])
    why_texts = {id(g.box) for g in why_words}  # 5-Why questions

    def is_label(box: Box | None) -> bool:
        """A fingerprint label, or printed text next to a value that no field holds."""
        return box is not None and (
            id(box) in label_boxes
            or (
                id(box) not in why_texts
                and box.where not in value_cells
                and box.where not in computed
                and _labelish(box.text)
                and key(box.text) not in value_texts
                and not (printed and answers(box))
            )
        )

    def answers(box: Box) -> bool:
        """A printed text right after a label ending in a colon, touching it (``Description
        of use:`` | ``Rear brake hose fixing…``): that label's answer, a value of a field kesu
        has none for — unless it says it is a label itself (a colon, a word kesu knows)."""
        if str(box.text).rstrip().endswith((":", "：")) or key(box.text) in known:
            return False
        before = [b for b in layout.boxes if b is not box and b.band(box) and -1 <= box.x0 - b.x1 <= 2]
        return any(str(b.text).rstrip().endswith((":", "：")) and _labelish(b.text) for b in before)

    def after_row_value(p: str, box: Box | None) -> bool:
        """``box`` stands right of a value of its own table row (1 | Sort parts… | Sorting
        report | 2026.09.04): the row's text in a column no field reads, not the label of the
        cell after it — a label stands before a row's values, unless it says it is one (a
        colon, a word of the form's vocabulary)."""
        m = _INDEXED.match(p)
        if m is None or box is None or id(box) in label_boxes or key(box.text) in known:
            return False
        if str(box.text).rstrip().endswith((":", "：")):
            return False
        prefix = f"{m['table']}[{m['index']}]."
        return any(
            (v := layout.cell(ref.split(":")[0])) is not None
            and v is not box
            and v.band(box)
            and v.x1 <= box.x0 + 1
            for q, ref in places.items()
            if q.startswith(prefix)
        )

    def place_for(p: str, ref: str) -> Place:
        first = layout.cell(ref.split(":")[0])
        place = Place(cell=ref, at="cell")
        meta = _meta(spec, p)
        if ":" in ref and meta is not None and meta.kind in ("qty", "number", "money"):
            # learned on this copy, not told from the next copy's figures
            parts = [b.value for c in _cells_of(layout, ref) if (b := layout.cell(c)) is not None]
            place.join = "sum" if p in added else _join_of(parts, generic.get(p))
        if first is None:
            return place
        if meta is not None and meta.kind == "date" and _serial(first.value if layout.excel else first.text):
            place.serial = not layout.epoch_1904  # a print shows the count; from 1900 only
        if meta is not None and meta.kind in ("term", "terms", "bool"):
            place.ticks = (
                _tick_line(first.text) if layout.excel else marks_by_code(str(first.text)) is not None
            )
        lab, at = anchor(first, p)
        if at == "cross":  # a total under its column, on the 合计 row: both labels are needed
            row_label = lab or max(
                (
                    b
                    for b in layout.boxes
                    if b.band(first) and b.x1 <= first.x0 + 1e-9 and is_label(b) and not after_row_value(p, b)
                ),
                key=lambda b: b.x1,
                default=None,
            )
            head = max(
                (b for b in layout.boxes if b.over(first) and b.y1 <= first.y0 + 1e-9 and is_label(b)),
                key=lambda b: b.y1,
                default=None,
            )
            if row_label is None or head is None:  # under a heading that holds a value of its own
                heading = _heading_above(layout, first)
                if heading is not None:
                    text = labels.setdefault(heading.where, heading.text.strip())
                    place.label, place.label_cell, place.at = text, heading.where, "below"
                    place.nth = _nth(layout, heading, text)
            elif row_label is not None and head is not None:
                rtext, htext = row_label.text.strip(), head.text.strip()
                labels.setdefault(row_label.where, rtext)
                labels.setdefault(head.where, htext)
                place.label, place.label_cell, place.at = rtext, row_label.where, "cross"
                place.nth = _nth(layout, row_label, rtext)
                place.column, place.column_nth = htext, _nth(layout, head, htext)
                place.scale = _scale_of(htext, _meta(spec, p))
            place.values = option_words(first.value, _meta(spec, p))
            return place
        if lab is not None and at == "right" and not printed:
            lab, at = _first_right(
                layout, lab, first, is_label, lambda b: b.where not in value_cells and b.where not in computed
            )
        if lab is not None:
            if at == "below":
                place.line = lines.get(p, 1)
            if printed and at in ("right", "below") and place.line == 1:  # a value apart from its label
                apart = first.x0 - lab.x1 if at == "right" else first.y0 - lab.y1
                if apart > max(4.0, 2 * (lab.y1 - lab.y0)):
                    place.gap = apart
                place.span = _printed_span(first, lab) if ":" not in ref else None
            text = labels.get(lab.where, lab.text.strip()) if at != "inline" else labels[lab.where]
            place.label, place.label_cell, place.at = text, lab.where, at
            place.nth = _nth(layout, lab, text)
            labels.setdefault(lab.where, text)
            if at == "inline" and layout.excel and (inner := _inner_label(first.value, _pointed_value(p))):
                place.label = inner  # the line's second label: the value read after it on every copy
            place.scale = _scale_of(text, _meta(spec, p))
        place.values = option_words(first.value, _meta(spec, p))
        return place

    indexed: dict[str, dict[int, dict[str, str]]] = {}
    for p, ref in places.items():
        m = _INDEXED.match(p)
        if m:
            indexed.setdefault(m["table"], {}).setdefault(int(m["index"]), {})[m["key"]] = ref
        else:
            profile.fields[p] = place_for(p, ref)
    for table, rows in indexed.items():
        as_table = _printed_table(layout, rows) if printed else _regular_table(rows, layout)
        if as_table is not None and _names_in_one_cell(layout, rows):
            as_table = None  # "Helen Guo (Champion); David Sun (Leader)": rows split from one cell
        if as_table is not None and _row_labelled(layout, rows, _or_option_caption(spec, table, is_label)):
            as_table = None  # 发生原因 / 流出原因: each row has its own label, read them as fields
        if as_table is not None:
            first_row, columns = as_table
            cols: dict[str, Column] = {}
            totals_above = _totals_line_boxes(layout) if printed else frozenset()
            heads = _printed_heads(layout, spec, table, rows, value_cells) if printed else {}
            for col_key, col in columns.items():
                first_ref = next(rows[i][col_key] for i in sorted(rows) if col_key in rows[i])
                box = layout.cell(first_ref if printed else f"{col}{first_row}")
                head = None
                if box is not None:
                    top = box.y0  # a print: over the table's first line (a column it has no cell of
                    if printed:  # is headed over the lines, never by the value of the line above)
                        firsts = [layout.cell(ref) for ref in rows[min(rows)].values()]
                        top = min(
                            [top, *(b.y0 for b in firsts if b is not None and _page_no(b) == _page_no(box))]
                        )
                    above = [
                        b
                        for b in layout.boxes
                        if b.over(box)
                        and b.y1 <= top + 1e-9
                        and (printed or b.where not in value_cells)  # another field's value heads nothing
                        and id(b) not in totals_above
                    ]
                    head = max(
                        above,
                        key=lambda b: (round(b.y1, 1), min(b.x1, box.x1) - max(b.x0, box.x0)),
                        default=None,
                    )
                    head = heads.get(col_key, head)
                column = Column(col=col)
                parted = head is not None and all(head is not b for b in layout.boxes)
                if head is not None and _labelish(head.text):
                    # (a name parted from two printed run together: its own words, the whole
                    # printed word stays the fingerprint's)
                    text = head.text.strip() if parted else labels.get(head.where, head.text.strip())
                    if not parted:
                        labels.setdefault(head.where, text)
                    column.label, column.label_cell, column.nth = text, head.where, _nth(layout, head, text)
                    column.scale = _column_scale(layout, head, text, _meta(spec, f"{table}[0].{col_key}"))
                    for other in layout.boxes:  # the header row's other headers (项次): where columns end
                        if other.band(head) and other.where not in value_cells and _labelish(other.text):
                            labels.setdefault(other.where, other.text.strip())
                cols[col_key] = column
            key_column = next(iter(cols.values()), None)
            if (
                key_column is None
                or key_column.label
                or not _row_labelled(layout, rows, is_label, alike=True)
            ):
                row_label = (
                    None
                    if printed or key_column is None or key_column.label
                    else _beside(layout, rows, is_label)
                )
                profile.tables[table] = Table(first_row, cols, _row_step(layout, rows), row_label)
                continue
            # no header over the rows' key, each row labelled on its left (Teamleiter | Mitglied |
            # Pate): read row by row by those labels, so that a print (no cells) reads them too
        seen: dict[tuple[str, str], int] = {}
        for index in sorted(rows):
            for col_key, ref in rows[index].items():
                if (col_key, ref) in seen:  # the rows after the first of one cell: split from it
                    profile.fields[f"{table}[{seen[(col_key, ref)]}].{col_key}"].split = True
                    continue
                seen[(col_key, ref)] = index
                profile.fields[f"{table}[{index}].{col_key}"] = place_for(f"{table}[{index}].{col_key}", ref)
                if (
                    col_key == "name"
                    and person_field(_meta(spec, f"{table}[0].name"))  # an item's name is no list of people
                    and _names_in_one_cell(layout, {index: {col_key: ref}})
                ):
                    profile.fields[f"{table}[{index}].{col_key}"].split = True
    # D4's cause the clerk points at in a 5-Why table, its last answered why: found again on each
    # copy by the grid rule (the next copy's chain may stop a why earlier or later)
    why = None if why_last is None else why_last[0].box
    for p, place in list(profile.fields.items()):
        m = _INDEXED.match(p)
        if why is None or m is None or m["table"] != "root_cause" or m["key"] != "cause" or not place.cell:
            continue
        if layout.cell(place.cell.split(":")[0]) is why:
            profile.fields[p] = Place(at=GRID)
            kind_of = f"root_cause[{m['index']}].type"
            typed = profile.fields.get(kind_of)
            if kind_of not in fixed and (typed is None or typed.cell == place.cell):
                profile.fields[kind_of] = Place(value=OCCURRENCE)  # the grid's cause: an occurrence
            others = {pl.label_cell for q, pl in profile.fields.items() if q != p}
            if place.label_cell and place.label_cell not in others:  # this copy's question, no label
                labels.pop(place.label_cell, None)
    if printed:  # left empty on this print (总经理 not signed yet): its label's box, the value
        # expected right of it or under it, read on the next copy as every printed field is
        used = {pl.label_cell for pl in profile.fields.values() if pl.label_cell}
        for p, page in unfilled.items():
            if p in profile.fields or p in sets or p in fixed or p in composed:
                continue
            lab = _unfilled_label(layout, spec, p, page, value_cells | used)
            if lab is not None:
                text = labels.setdefault(lab.where, lab.text.strip())
                at = _room_beside(layout, lab, is_label, profile.fields.values())
                profile.fields[p] = Place(
                    label=text, label_cell=lab.where, at=at, nth=_nth(layout, lab, text)
                )
                used.add(lab.where)
    if not printed:  # a value the workbook prints again by a plain formula (=D0!D26): that place too
        for p, place in profile.fields.items():
            if not place.cell or ":" in place.cell or place.value is not None:
                continue
            own = _qualified(place.cell, main)
            widest = 0.0
            for ref in copies.get(own, []):
                if ref.split("!")[0] == own.split("!")[0] or layout.cell(_local(ref, main)) is None:
                    continue  # the same tab: printed (or not) with it
                also = place_for(p, _local(ref, main))
                if also.label and also.at in ("right", "below"):
                    value_box, label_box = layout.cell(_local(ref, main)), layout.cell(also.label_cell or "")
                    tall = label_box.y1 - label_box.y0 if label_box is not None else 0
                    width = (value_box.x1 - value_box.x0) * (value_box.y1 - value_box.y0) if value_box else 0
                    if place.also is None or width > widest:  # the largest copy shows the most
                        widest = width
                        place.also = Place(
                            cell=also.cell,
                            label=also.label,
                            label_cell=also.label_cell,
                            nth=also.nth,
                            at=also.at,
                            span=(value_box.y1 - value_box.y0) / tall
                            if value_box is not None and tall > 0
                            else None,
                        )
    if not printed:  # no copy: the value is also placed beside another label of the layout (a print may
        # not show its own label: stacked vertical text, a label cut in a narrow cell)
        for p, place in profile.fields.items():
            if place.also is not None or not place.cell or ":" in place.cell or place.value is not None:
                continue
            if not place.label or place.at not in ("right", "below"):
                continue
            beside = _beside_label(layout, place.cell, place.label_cell, labels)
            if beside is not None:
                where, at = beside
                text, beside_box = labels[where], layout.cell(where)
                if beside_box is not None:
                    place.also = Place(
                        cell=place.cell,
                        label=text,
                        label_cell=where,
                        nth=_nth(layout, beside_box, text),
                        at=at,
                    )
    for p in composed:  # unless the clerk pointed elsewhere than the lines it was read from
        if p not in sets or places.get(p) == _local(found.get(p, ""), main):
            profile.fields[p] = Place(at=GENERIC)
    for p in marked:  # the clerk's place names the option marked on this copy: not its place
        if p not in sets or _names_chosen(spec, p, sets[p], layout.cell(places.get(p, "")), generic.get(p)):
            profile.fields[p] = Place(at=GENERIC)
    for p, value in fixed.items():
        profile.fields[p] = Place(value=_typed(value))
    for p in emptied:  # (unless the clerk said where it stands)
        place = profile.fields.get(p) or Place()
        if place.cell and place.at != GENERIC and place.value is None and p not in sets:
            place.empty = True
    for p, value in given.items():
        if p not in fixed and p not in sets:
            profile.fields[p] = Place(value=value)
    profile.date_order = _date_order(layout, profile)
    if not profile.date_order and not printed:  # date cells: the order their format prints them in
        dated = [pl.cell for p, pl in profile.fields.items() if pl.cell and _is_date_field(spec, p)]
        for name, tab in profile.tables.items():
            dated += [
                f"{c.col}{tab.first_row}"
                for k, c in tab.columns.items()
                if c.col and _is_date_field(spec, f"{name}[0].{k}")
            ]
        profile.date_order = _excel_date_order(book, main, dated)
    value_cells_learned = {p: place.cell for p, place in profile.fields.items() if place.cell}
    if printed:  # a printed form is read by its labels: no cells
        profile.sheet = None
        for p, place in list(profile.fields.items()):
            if place.value is None and not place.label and place.at != GRID:  # nothing to find it by:
                profile.fields[p] = place = Place(at=GENERIC)  # the generic reader's, said so
            place.cell = None
        boxes = [b.where for b in layout.boxes]
        profile.labels = dict(sorted(labels.items(), key=lambda kv: boxes.index(kv[0])))
    else:
        profile.labels = dict(sorted(labels.items(), key=lambda kv: _order(kv[0])))
    for p, place in profile.fields.items():  # a code's letters and marks around its figures
        if (
            "[" in p
            or place.value is not None
            or place.at == GENERIC
            or getattr(_meta(spec, p), "kind", "") != "code"
            or not _document_number(p)
        ):
            continue
        cell = layout.cell(place.cell) if place.cell and ":" not in place.cell else None
        here: Any = _pointed_value(p) if printed else None
        if cell is not None:
            here = _after_label(cell.text, place.label or "") if place.at == "inline" else cell.text
        shown = generic.get(p)  # the whole word kesu read there (KS-260352 for the 260352 pointed at)
        whole = (
            shown
            if isinstance(shown, str) and here is not None and _agree(shown, here, printed=True)
            else here
        )
        place.shape = _code_shape(whole)
    quoted = {p: m[1] for p, w in sets.items() if (m := re.fullmatch(r'\s*["“”](.+)["“”]\s*', w, re.S))}
    # and kesu's own finds, except where the clerk gave the value (a role printed as Teamleiter)
    quoted.update({p: text for p, text in read_as.items() if p not in sets and p not in fixed})
    if layout.excel:
        _lines_counted(profile, layout)
    # what the copy shows round each value kept first: the read back below reads with it, one check
    # (a value the geometry would not read on this copy is unlearned once, for that reason)
    _geometry_kept(profile, layout, value_cells_learned)
    if quoted:
        _verified(profile, path, data, quoted, parsed)
    _doubts_confirmed(profile, extraction, {**{p: "" for p in confirmed}, **sets}, main)
    _guesses_kept(profile, extraction, sets, fixed, confirmed)
    return profile


def _doubts_confirmed(profile: Profile, extraction: Any, sets: dict[str, str], main: str) -> None:
    """A field the clerk's correction placed (``--set``) where the generic reader read it on the
    copy learned on, with a doubt of the layout (:data:`LAYOUT_DOUBTS`): the clerk confirmed that
    value there — kept as the place's ``sure`` (said in the profile's file), so that value read
    again is not doubted and any other is (:func:`_confirmed`). None: the generic reader read
    nothing of the copy, so doubted nothing."""
    if extraction is None:
        return
    doubted = {q.field for q in extraction.problems if q.code in LAYOUT_DOUBTS and q.severity == "warning"}
    for p in sorted(doubted & set(sets)):
        place = profile.fields.get(p)
        value = value_paths.get(extraction.values, p)
        if place is None or place.value is not None or place.at == GENERIC or value in (None, "", [], {}):
            continue
        if isinstance(value, (list, dict)):
            continue
        prov = extraction.provenance.get(p)
        if place.cell:  # a workbook: the cell the generic reader read it from
            at = str(extraction.locations.get(p, ""))
            same = bool(at) and _local(at, main) == place.cell
        else:  # a print: by the same label
            same = prov is not None and bool(place.label) and key(prov.label) == key(place.label)
        if same:
            place.sure = str(value)


def _lines_counted(profile: Profile, layout: Layout) -> None:
    """Each workbook table's lines on the copy learned on, read back by the new profile
    (``Table.lines``: a longer table on the next copy explains the labels under it moved down)."""
    if not profile.tables:
        return
    reader = _Reader(profile, layout, _spec(profile.kind), Fit(1.0, {}, {}))
    for name, table in profile.tables.items():
        reader.read_table(name, table)
        if name in reader.ends:
            table.lines = reader.ends[name][2] - table.first_row


def _geometry_kept(profile: Profile, layout: Layout, cells: dict[str, str]) -> None:
    """What the copy learned on shows round each value beside (below) its label that a print
    cannot tell by itself: the boxes between the label and the next label past the value
    (``Place.between``, where the profile's cells or box numbers count otherwise: a merged or
    an empty cell, the other columns' boxes) and, learned on a print, the labels lined up with
    the value (``Place.mates``) — so that a column (row) inserted by the label on another copy's
    print is never read as the value (:meth:`_Reader.beside_checked`)."""
    reader = _Reader(profile, layout, _spec(profile.kind), Fit(1.0, {}, {}))
    for p, place in profile.fields.items():
        ref = cells.get(p)
        if place.at not in ("right", "below") or not place.label or place.line != 1 or not ref or ":" in ref:
            continue  # (a range's boxes are read together: no box of it to tell)
        value, label = layout.cell(ref.split(":")[0]), reader.label_box(place.label, place.nth)
        if value is None or label is None or value is label:
            continue
        axis = 1 if place.at == "below" else 0
        row = reader.boxes_between(label, axis)
        if not row or not reader.is_label(row[-1]) or value not in row or (axis and place.span):
            continue  # (a text area under its label prints its lines in pieces: no count of boxes)
        counted = reader.learned_between(place, row[-1], axis)
        if layout.excel:  # the cells counted, a merged cell once (an empty one prints no box: as before)
            between = _cells_merged_once(layout, place.label_cell or "", counted or 0, axis)
        else:
            between = len(row) - 1
        # (kept where the cells or the box numbers count otherwise; below a label on a print only
        # the value alone: the lines under a caption — a list, a plan — are as many as written)
        if counted != between and (layout.excel or not axis or between == 1):
            place.between, place.next_label = between, row[-1].text.strip()
        if not layout.excel:
            place.mates = [
                b.where
                for b in layout.boxes
                if b is not label and b.where in profile.labels and _lined_up(b, value, axis)
            ]


def _cells_merged_once(layout: Layout, label_cell: str, count: int, axis: int) -> int:
    """The ``count`` cells right of (``axis`` 1: under) ``label_cell``, a merged cell counted once."""
    seen = [
        id(box)
        for n in range(1, count + 1)
        if (box := layout.cell(_moved_ref(label_cell, n, 0) if axis == 0 else _moved_ref(label_cell, 0, n)))
        is not None
    ]
    return count - (len(seen) - len(set(seen)))


def _lined_up(box: Box, value: Box, axis: int) -> bool:
    """Does ``box`` stand in the value's own column (``axis`` 1: row) — its edges the value's
    edges across (down), within 2 points: a print's ruled cells of one column — apart from it?"""
    if axis:
        return abs(box.y0 - value.y0) <= 2 and abs(box.y1 - value.y1) <= 2 and not box.over(value)
    return abs(box.x0 - value.x0) <= 2 and abs(box.x1 - value.x1) <= 2 and not box.band(value)


class _GridBox:
    """A layout's box as cause_grids reads boxes (the generic reader's ``boxes.Box``)."""

    def __init__(self, box: Box) -> None:
        self.box = box
        self.text = box.text if isinstance(box.text, str) else str(box.text or "")
        self.empty = not self.text.strip()
        self.x0, self.y0, self.x1, self.y1 = box.x0, box.y0, box.x1, box.y1
        self.location = box.where

    def same_band(self, other: _GridBox) -> bool:
        return self.box.band(other.box)

    def overlaps_x(self, x0: float, x1: float) -> bool:
        return min(self.x1, x1) - max(self.x0, x0) > 1e-9


def _unfilled_label(layout: Layout, spec: FormSpec, path: str, page: str, taken: set[str]) -> Box | None:
    """The one printed box on ``page`` that is a label of ``path`` (the vocabulary's, whole),
    no value's and no other field's label: where a field left empty on a print stands. Two
    such boxes (a label printed twice) tell no place: None."""
    from .vocab import vocabulary

    vocab = vocabulary(spec)
    found = []
    for box in layout.boxes:
        if box.where in taken or (page and _page_no(box) != _page_no(page, 1)):
            continue
        text = re.sub(r"[:：]\s*$", "", box.text.strip())
        if not text or len(text) > 40:
            continue
        match = vocab.match(text)
        whole = match is not None and match[0] == path and match[1] >= KNOWN_LABEL
        if whole or _one_half_names(vocab, text, path):  # (Uzavřeno / Closed: by its half)
            found.append(box)
    return found[0] if len(found) == 1 else None


def _one_half_names(vocab: Any, text: str, path: str) -> bool:
    """A label printed in two languages (``Uzavřeno / Closed``): one half is the field's label
    (``Closed``), the other names no other field — the whole, a word we lack beside a known one,
    matches less surely than either half."""
    halves = [h.strip() for h in re.split(r"\s+/\s+", text)]
    if len(halves) != 2 or not all(halves):
        return False
    found = [m for h in halves if (m := vocab.match(h)) is not None and m[1] >= KNOWN_LABEL]
    return bool(found) and all(m[0] == path for m in found)


def _room_beside(layout: Layout, label: Box, is_label: Any, places: Iterable[Place] = ()) -> str:
    """Where the value of a label printed with none stands: as the values of the labels on its
    line stand (a header band's under them, a row of label | value pairs right of them), else
    right of it (``right``) unless another label follows it closely on its line and the place
    under it is free (``below``)."""
    beside = [
        pl.at
        for pl in places
        if pl.at in ("right", "below")
        and (box := layout.cell(pl.label_cell or "")) is not None
        and box is not label
        and box.band(label)
    ]
    if beside:
        return max(("right", "below"), key=beside.count)
    height = label.y1 - label.y0
    right = [b for b in layout.boxes if b is not label and b.band(label) and b.x0 >= label.x1 - 1e-6]
    near = min(right, key=lambda b: b.x0, default=None)
    if near is None or not is_label(near) or near.x0 - label.x1 > 2 * height:
        return "right"
    under = [
        b
        for b in layout.boxes
        if b is not label and b.over(label) and b.y0 >= label.y1 - 1e-6 and _page_no(b) == _page_no(label)
    ]
    first = min(under, key=lambda b: b.y0, default=None)
    return "below" if first is None or first.y0 - label.y1 > 1.5 * height else "right"


def _captioned_rows(
    captioned: dict[str, Any], found: dict[str, str], places: dict[str, str], main: str, printed: bool
) -> dict[str, Any]:
    """The options a layout prints as a row's caption (组长： → the team row's role ``leader``),
    on the rows the profile keeps: a row is the one whose values stand where the reader's row
    stood (the clerk's corrections may number the rows otherwise); a row dropped is left out."""

    def local(ref: str) -> str:
        sheet, _, cell = ref.rpartition("!")
        return cell if printed or sheet == main else ref

    out: dict[str, Any] = {}
    for p, value in captioned.items():
        m = _INDEXED.match(p)
        if m is None or value is None:
            continue
        head = f"{m['table']}[{m['index']}]."
        where = {local(ref) for q, ref in found.items() if q.startswith(head)}
        rows = sorted(
            {
                int(n["index"])
                for q, ref in places.items()
                if (n := _INDEXED.match(q)) and n["table"] == m["table"] and ref in where
            }
        )
        row = next((i for i in rows if f"{m['table']}[{i}].{m['key']}" not in out), None)
        if row is not None:
            out[f"{m['table']}[{row}].{m['key']}"] = value
    return out


def _struck_whole(layout: Layout, box: Box) -> bool:
    """A cell struck through whole (the old value crossed out, the new one typed beside it):
    withdrawn text, never a label to anchor on nor a printed label of the layout (the next
    copy crosses out something else)."""
    where = box.where if "!" in box.where else f"{layout.sheet}!{box.where}"
    return layout.struck.get(where, ("", "kept"))[1] is None


def _step_row_label(layout: Layout, box: Box, prov: Any, hows: tuple[str, ...]) -> Box | None:
    """The heading of the step table's row the generic reader read this cell in (``D8 结案 |
    客户确认关闭。 | 赵总 | 2026-04-02``: the person under 责任人 of the D8 row; ``D3 临时措施 |
    库存全检 | 李娜 | 26/3/6``: the date of the D3 line), printed at the row's left: the row's label,
    never the step's text standing between it and the cell (that text changes on every copy).
    ``hows``: the generic reader's ways of reading the cell that say so."""
    if prov is None or prov.how not in hows:
        return None
    heading = key(str(prov.label).split(" · ")[0])
    return max(
        (
            b
            for b in layout.boxes
            if b is not box and b.band(box) and b.x1 <= box.x0 + 1 and key(b.text) == heading
        ),
        key=lambda b: b.x1,
        default=None,
    )


def _generic_anchor(layout: Layout, box: Box, prov: Any, main: str) -> tuple[Box, str] | None:
    """(label, right | below) when the generic reader read this very cell by a label standing
    right before it or right over it, nothing between: the label it chose by the field's words
    (승 인 over a signature), not whatever text happens to stand nearest (another signer's name)."""
    if prov is None or _local(str(prov.location), main) != box.where:
        return None
    if prov.how == "section":  # the heading of the block the value stands in (【D3】…), not its label
        return None
    label = layout.cell(_local(str(prov.label_location), main))
    if label is None or label is box or label.where != _local(str(prov.label_location), main):
        return None
    if label.band(box) and label.x1 <= box.x0 + 1e-6:
        between = [
            b for b in layout.boxes if b.band(box) and label.x1 - 1e-6 <= b.x0 and b.x1 <= box.x0 + 1e-6
        ]
        return (label, "right") if not [b for b in between if b is not label and b is not box] else None
    if label.over(box) and label.y1 <= box.y0 + 1e-6:
        between = [
            b for b in layout.boxes if b.over(box) and label.y1 - 1e-6 <= b.y0 and b.y1 <= box.y0 + 1e-6
        ]
        return (label, "below") if not [b for b in between if b is not label and b is not box] else None
    return None


_FORMULA_REF = lazy_re(
    r"^=\s*(?:(?:'(?P<quoted>[^']+)'|(?P<sheet>[^'!\s()]+))!)?\$?(?P<col>[A-Z]{1,3})\$?(?P<row>\d+)\s*$"
)


def _formula_copies(data: bytes) -> tuple[dict[str, list[str]], set[str]]:
    """Cells that only show another cell (``=D0!D26``): shown cell → the cells showing it,
    each ``Sheet!B3`` (a workbook's summary tab repeats its tabs' values so); and every cell
    holding a formula (a computed value, never a printed label). Read streamed (openpyxl's
    read-only mode), not from :func:`_workbook`'s full load: a sheet's far used range costs no
    memory so, and a workbook only the streamed read opens (a dangling hyperlink relationship)
    still gives its formulas."""
    import io
    import zipfile

    if not zipfile.is_zipfile(io.BytesIO(data)):
        return {}, set()  # a legacy .xls: its formulas are not read
    from openpyxl import load_workbook

    try:
        wb = load_workbook(io.BytesIO(data), read_only=True)
    except Exception:  # a workbook openpyxl cannot open: no copies, the profile as it is
        return {}, set()
    out: dict[str, list[str]] = {}
    formulas: set[str] = set()
    try:
        for ws in wb.worksheets:
            if getattr(ws, "sheet_state", "visible") != "visible":
                continue
            # the rows as stored, never padded to the used range the sheet declares (the whole
            # grid, A1:XFD1048576: a million rows of 16,384 empty cells walked otherwise)
            ws.reset_dimensions()
            for row in ws.iter_rows():
                for c in row:
                    v = getattr(c, "value", None)
                    if not isinstance(v, str) or not v.startswith("="):
                        continue
                    formulas.add(f"{ws.title}!{c.coordinate}")
                    m = _FORMULA_REF.match(v)
                    if m is None:
                        continue
                    sheet = m["quoted"] or m["sheet"] or ws.title
                    out.setdefault(f"{sheet}!{m['col']}{m['row']}", []).append(f"{ws.title}!{c.coordinate}")
    finally:
        wb.close()
    return out, formulas


def _qualified(ref: str, sheet: str) -> str:
    return ref if "!" in ref else f"{sheet}!{ref}"


def _local(ref: str, sheet: str) -> str:
    return ref.split("!", 1)[1] if ref.startswith(f"{sheet}!") else ref


def _category_range(layout: Layout, ref: str, caption_ref: str) -> str:
    """A quantity the reader totals over the category columns under one caption (不良数量 over
    外观 | 尺寸 | 功能): the range of its row under the whole caption, so that the profile
    totals the categories of the next copy too, not the first one alone."""
    box, caption = layout.cell(ref), layout.cell(caption_ref)
    if box is None or caption is None or ":" in ref:
        return ref
    col, row = _split_ref(ref)
    prefix = _prefix(col)
    inside = [
        c
        for c in range(1, _col_number(col) + 40)
        if (b := layout.cell(f"{prefix}{_col_letter(c)}{row}")) is not None
        and b.x0 >= caption.x0 - 1e-6
        and b.x1 <= caption.x1 + 1e-6
    ]
    if len(inside) < 2 or _col_number(col) not in inside:
        return ref
    return f"{prefix}{_col_letter(inside[0])}{row}:{_col_letter(inside[-1])}{row}"


def _verified(
    profile: Profile, path: Path, data: bytes, quoted: dict[str, str], parsed: tuple | None = None
) -> None:
    """Read the form back with its new profile: a field the clerk pointed at by its printed
    value that the profile would read otherwise (a name inside a box of free text, after a
    label of its own) is not kept — it would read wrong on the next copy; it is listed in
    ``profile.unlearned`` for the clerk."""
    match = best_match([profile], layouts_of(path, data, parsed), profile.kind)
    if match is None:
        return
    reader = _Reader(profile, match[1], _spec(profile.kind), match[2])
    reader.where[""] = ""
    for p, text in quoted.items():
        if p not in profile.fields:
            continue
        got = reader.read_place(p, profile.fields[p])  # as printed, before it is converted
        if got is not None and profile.fields[p].split and not _agree(got[0], text, printed=True):
            parts = _split_parts(got[0])  # rows in one cell, the clerk pointed at the first of them
            got = (parts[0] if parts else None, got[1])
        if got is None or not _agree(got[0], text, printed=True):
            profile.fields[p] = Place(at=GENERIC)  # read by the generic reader, with a warning
            profile.unlearned[p] = text


def disagreements(old: Profile, new: Profile) -> list[str]:
    """Where a profile learned on one copy of a layout (``old``) and one learned on another
    (``new``) put a field or a table's column apart (``customer B3 / C3``): either would read the
    other copy wrong. Compared by the label and how far from it the value stands (a copy with
    one more table line has the fields under the table a row lower: no disagreement), a table's
    columns by their headers; said by cells on a workbook, the label and how the value stands by
    it on a print."""

    def at(place: Place | Column) -> str:
        cell = place.col if isinstance(place, Column) else place.cell
        return (
            cell
            if cell and "#" not in cell
            else f"“{place.label}”" + (f" {place.at}" if isinstance(place, Place) else "")
        )

    def by_label(place: Place | Column) -> Any:
        if isinstance(place, Column):
            return (place.label, place.nth) if place.label else place.col
        if not place.label or not place.label_cell or not place.cell or "#" in place.cell + place.label_cell:
            return at(place)
        (lc, lr) = _split_ref(place.label_cell)
        return (
            place.label,
            place.nth,
            place.at,
            tuple(
                (_col_number(c) - _col_number(lc), r - lr)
                for part in _range_parts(place.cell)
                if part
                for c, r in [_split_ref(part)]
            ),
        )

    if old.kind != new.kind or old.printed != new.printed:
        return []  # (a print's profile and a workbook's are two profiles, read apart)
    out = [
        f"{path} {at(old.fields[path])} / {at(new.fields[path])}"
        for path in old.fields
        if path in new.fields
        and old.fields[path].value is None
        and new.fields[path].value is None
        and GENERIC not in (old.fields[path].at, new.fields[path].at)
        and by_label(old.fields[path]) != by_label(new.fields[path])
    ]
    for name, table in old.tables.items():
        other = new.tables.get(name)
        if other is None:
            continue
        for col, column in table.columns.items():
            theirs = other.columns.get(col)
            if theirs is not None and by_label(column) != by_label(theirs):
                out.append(f"{name}.{col} {at(column)} / {at(theirs)}")
    return out


def _spec(kind: str) -> FormSpec:
    from .. import forms

    return forms.get(kind)


def _split_parts(raw: Any) -> list[str]:
    """Several rows written in one cell: numbered lines (``4,200`` keeps its comma), else a list."""
    lines = [ln for ln in str(raw or "").splitlines() if ln.strip()]
    if len(lines) > 1 and all(_NUMBERED.match(ln) for ln in lines):
        return lines
    return [p for p in _SPLIT.split(str(raw or "")) if p.strip()]


def _numbered(layout: Layout) -> Layout:
    """A printed form with each box named by its page and place in reading order (``p1#12``),
    so that learning can point at a box as it points at a cell."""
    boxes = [
        Box(b.text, b.value, b.x0, b.y0, b.x1, b.y1, f"{b.where}#{i}", b.bold, b.cut)
        for i, b in enumerate(layout.boxes, start=1)
    ]
    return Layout(boxes, False, "", {b.where: b for b in boxes})


def _printed_date(text: Any) -> dt.date | None:
    """A printed date in any of the usual spellings (``二〇二六年三月二十日`` too: a [DBNum1]
    date cell's print), or None."""
    folded = in_arabic_numerals(unicodedata.normalize("NFKC", str(text)).strip())
    m = re.fullmatch(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?", folded)
    if m:
        return calendar_date(int(m[1]), int(m[2]), int(m[3]))
    if (m := _SLASH_YY.match(folded)) and int(m[1]) <= 31:  # 9/30/26 or 30/9/26: the order a
        a, b = int(m[1]), int(m[2])  # day above 12 shows; 10/6/26 either (no ROC year 10: 1921)
        got = _as_date(folded, "dmy" if a > 12 else "mdy") if a > 12 or b > 12 else None
        return got if isinstance(got, dt.date) else None
    got = _as_date(folded, "")
    return got if isinstance(got, dt.date) else None


def _printed_dates(text: Any) -> set[dt.date]:
    """Every date a printed text may be: 9/9/26 is 2026-09-09 in either order, 10/9/26 two dates,
    26/3/6 also 2026-03-06 (year first, as a Chinese form writes it)."""
    from .dates import read_year_first

    first = read_year_first(str(text))
    also = {first} if first is not None else set()
    got = _printed_date(text)
    if got is not None:
        return {got} | also
    folded = unicodedata.normalize("NFKC", str(text)).strip()
    if not _SLASH_YY.match(folded) and not _SLASH.match(folded):  # 03/16/2026: the sheet's order
        return also
    return {d for order in ("mdy", "dmy") if isinstance(d := _as_date(folded, order), dt.date)} | also


def _printed_box(
    layout: Layout,
    value: Any,
    label: str = "",
    taken: set[str] | None = None,
    row: Sequence[Box] = (),
    meta: FieldMeta | None = None,
) -> Box | None:
    """The box that printed ``value`` (the whole text, else a part of it: a value that ran into
    its neighbour is cut out of the box), the one nearest ``label`` when several did, else the
    first in reading order not ``taken`` by another field. ``meta``: the field's, a money
    field's amount also found printed with a currency's sign or code."""
    if isinstance(value, (list, dict)) or value in (None, ""):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    want = key(value)
    if not want:
        return None
    free: list[Box] = []
    for pool in ([b for b in layout.boxes if b.where not in (taken or set())], layout.boxes):
        free = [b for b in pool if key(b.text) == want]
        if not free:
            free = [b for b in pool if _holds_whole(b.text, want)]
        if not free and (n := _number(value)) is not None:  # 6000 printed as 6,000.00
            free = [b for b in pool if _number(b.text) == n]
            if not free:  # 4850 printed 4,850 XAF, 0.35 printed P 0.350: any currency's sign or code
                free = [b for b in pool if _priced(b.text, meta) == n]
            if not free and n < 0:  # -577.2 printed as a credit's (¥577.20), △577.20 or 577.20-
                free = [b for b in pool if _number(negative_figure(b.text)) == -n]
            if not free and n > 0 and n == n.to_integral_value():  # 312 printed 叁佰壹拾贰 ([DBNum2])
                free = [b for b in pool if isinstance(b.text, str) and capital_count(b.text) == n]
        if not free and isinstance(d := _printed_date(value) if isinstance(value, str) else value, dt.date):
            free = [b for b in pool if d in _printed_dates(b.text)]  # 2026/9/17 printed as 2026-09-17
        if free:
            break
    if len(free) > 1 and row:  # a table cell: in the band of its row's other cells
        free = sorted(free, key=lambda b: not any(b.band(r) for r in row))
    elif len(free) > 1 and label:
        free = _nearest(layout, free, label)
    if not free:
        return None
    return _carved(layout, free[0], want)


def _priced(text: Any, meta: FieldMeta | None) -> Decimal | None:
    """The figure of a printed amount with any currency's sign or code before or after it, read
    as the generic reader reads a money field's (:func:`.typed.foreign_amount`: ``4,850 XAF``,
    ``P 0.350``, ``1 234,50 ₽``, ``EUR 2.400`` two thousand four hundred); None for any other
    text, and for a field that is no amount of money (a quantity 12 is no ``¥12``)."""
    from .typed import foreign_amount

    read = foreign_amount(meta, text, as_typed=True) if meta is not None and meta.kind == "money" else None
    return _number(read[0]) if read is not None else None


def _nearest(layout: Layout, boxes: list[Box], label: str, first: bool = False) -> list[Box]:
    """``boxes`` nearest first to where ``label`` is printed (``first``: its first print, in
    reading order — the generic reader reads the first of two copies side by side); as they
    were when it is not printed."""
    heads = _occurrences(layout, label) if label and len(boxes) > 1 else []
    heads = heads[:1] if first else heads
    if not heads:
        return boxes

    def distance(b: Box) -> float:
        return min(abs(b.x0 - h.x1) + abs(b.y0 - h.y0) for h in heads)

    return sorted(boxes, key=distance)


def _holds_whole(text: Any, want: str) -> bool:
    """Does the printed ``text`` hold ``want`` (a keyed value) not glued to a letter or digit at
    either end (``2026/9/17厦门…`` holds the date; ``SR-0918`` and ``D1 – Team`` hold no ``1``)?"""
    plain = unicodedata.normalize("NFKC", str(text)).lower()
    kept = [i for i, ch in enumerate(plain) if not re.fullmatch(r"[\s:：*＊]", ch)]
    keyed = "".join(plain[i] for i in kept)

    def glued(i: int) -> bool:  # plain[i] is a letter or digit (ASCII)
        return 0 <= i < len(plain) and plain[i].isascii() and plain[i].isalnum()

    start = keyed.find(want) if want else -1
    while start >= 0:
        first, last = kept[start], kept[start + len(want) - 1]
        if not (glued(first) and glued(first - 1)) and not (glued(last) and glued(last + 1)):
            return True
        start = keyed.find(want, start + 1)
    return False


def _carved(layout: Layout, box: Box, want: str) -> Box:
    """``box`` when it holds just the value or a label and its value (``单号：TS-2609-018``);
    else the value cut out of it (``2026/9/17厦门宏发…``: a date that ran into the customer
    across a ruling line), the rest kept as boxes of their own."""
    text = str(box.text)
    if layout.excel or key(text) == want or _inline_label(text):
        return box
    if _list_item_of(text, want):  # one of several names in one cell (李國華、吳佩珊): the cell
        return box
    start = next((i for i in range(len(text)) if key(text[i:]).startswith(want)), None)
    if start is None:
        return box
    end = next((j for j in range(start + 1, len(text) + 1) if key(text[start:j]) == want), None)
    if end is None:
        return box
    if not text[end:].strip() and _NUMBERED.fullmatch(text[:start].strip()):
        return box  # "1. 在库 …": a numbered line read without its number is still that line
    width = max(_display_width(text), 1)
    edges = [
        box.x0 + (box.x1 - box.x0) * _display_width(text[:i]) / width for i in (0, start, end, len(text))
    ]
    pieces = []
    for n, (a, b) in enumerate(((0, start), (start, end), (end, len(text)))):
        part = text[a:b].strip()
        if part:
            pieces.append(
                Box(
                    part,
                    part,
                    edges[n],
                    box.y0,
                    edges[n + 1],
                    box.y1,
                    f"{box.where}.{n + 1}",
                    box.bold,
                    box.cut,
                )
            )
    i = layout.boxes.index(box)
    layout.boxes[i : i + 1] = pieces
    for piece in pieces:
        layout.at[piece.where] = piece
    return next(b for b in pieces if key(b.text) == want)


def _list_item_of(text: str, want: str) -> bool:
    """Is ``want`` one whole item of a list written in one cell (``陳怡君、張家豪``, ``Zhang Wei,
    Li Na``)? Such a cell is the place of every item (the profile splits it when reading);
    cutting one item out would leave the others in pieces no correction can name."""
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) > 1 and any(want in (key(line), key(_NUMBERED.sub("", line))) for line in lines):
        return True  # one of its lines (1. … / 2. …), with or without its number
    parts = [part for part in _SPLIT.split(text) if part.strip()]
    names = [m["name"] if (m := _ROLE.match(part)) else part for part in parts]  # Iris Wang (Leader)
    return len(parts) > 1 and any(key(part) == want for part in [*parts, *names])


def _parted_headers(boxes: list[Box], row_model: Any) -> list[Box]:
    """A print's words with each that is two column names run together (``Cantidad Precio
    unitario``: a right-aligned header against the next left-aligned one) parted into one box
    per name, as the generic reader parts them (:func:`.table_columns.joined_headers`); the
    parts keep the printed word's place name (``where``), every other box is itself."""
    from .boxes import Box as Placed
    from .table_columns import joined_headers
    from .vocab import columns_vocabulary

    # each box by its own place and its index (a sheet's cell ``B5#3`` is never parted, as the
    # generic reader never parts a cell: joined_headers parts a print's words only)
    placed = [Placed(b.text, b.value, b.x0, b.y0, b.x1, b.y1, f"{b.where}#{i}") for i, b in enumerate(boxes)]
    parted = joined_headers(placed, columns_vocabulary(row_model), describe(row_model))
    if len(parted) == len(placed):
        return boxes
    out: list[Box] = []
    for part in parted:
        whole = boxes[int(part.location.rsplit("#", 1)[1])]
        same = part.text == str(whole.text) and part.x0 == whole.x0 and part.x1 == whole.x1
        out.append(
            whole if same else Box(part.text, part.text, part.x0, part.y0, part.x1, part.y1, whole.where)
        )
    return out


def _printed_heads(
    layout: Layout, spec: FormSpec, table: str, rows: dict[int, dict[str, str]], value_cells: Any
) -> dict[str, Box]:
    """A print without ruled lines heads a column by a word its values need not stand under (a
    figure right-aligned past its left-aligned header, a count left-aligned under a
    right-aligned one): each column's header on the header line right over the first row, the
    word the reader gives the value to (:func:`.table_columns.column_words`, as reading the
    next copy does), never a word higher up the form that happens to stand over the value (the
    buyer's name over a count). Only the columns whose header so differs from the word right
    over the value."""
    from .boxes import Box as Placed
    from .table_columns import column_words
    from .vocab import columns_vocabulary

    meta = spec.fields.get(table)
    first = {k: layout.cell(ref) for k, ref in rows.get(min(rows, default=0), {}).items()}
    values = {k: b for k, b in first.items() if b is not None}
    if meta is None or meta.row_model is None or not values:
        return {}
    top = min(b.y0 for b in values.values())
    page = {_page_no(b) for b in values.values()}
    above = [
        b
        for b in layout.boxes
        if _page_no(b) in page and b.y1 <= top + 1e-9 and b.where not in value_cells and _labelish(b.text)
    ]
    if not above:
        return {}
    lowest = max(above, key=lambda b: b.y1)
    whole_line = [b for b in above if b.band(lowest)]
    line = sorted(_parted_headers(whole_line, meta.row_model), key=lambda b: b.x0)
    left, right = min(b.x0 for b in values.values()), max(b.x1 for b in values.values())
    if len(line) < 2 or max(b.x1 for b in line) < left or min(b.x0 for b in line) > right:
        return {}
    vocab, metas = columns_vocabulary(meta.row_model), describe(meta.row_model)
    named: dict[str, Box] = {}
    for b in line:
        found = vocab.match(b.text)
        if found is not None and found[1] >= 0.6 and found[0] in values and found[0] not in named:
            named[found[0]] = b
    if not named:
        return {}
    heads = {c: Placed(h.text, h.text, h.x0, h.y0, h.x1, h.y1, c) for c, h in named.items()}
    unknown = [Placed(b.text, b.text, b.x0, b.y0, b.x1, b.y1, "u") for b in line if b not in named.values()]
    band = [Placed(str(b.text), b.value, b.x0, b.y0, b.x1, b.y1, k) for k, b in values.items()]
    owned, _unclear = column_words(band, heads, {c: metas[c] for c in heads}, unknown)
    out: dict[str, Box] = {}
    for col, under in owned.items():
        part = all(named[col] is not b for b in whole_line)  # a name parted from a joined header
        if any(p.location == col for p in under) and (
            part or not any(b.over(values[col]) and b is named[col] for b in line)
        ):
            out[col] = named[col]  # the value read under its header only by the line's rule
    return out


def _totals_line_boxes(layout: Layout) -> frozenset[int]:
    """The boxes (ids) of a print's totals lines: a totals caption with no figure of its own
    (``Zonse / Totals``) and the figures beside it on its band (``MK74,400.00``). A line's column
    is headed by its header, never by a totals line printed above the lines (holdout29's
    Chichewa credit note: its name and count were headed ``Zonse / Totals``, its amounts by the
    totals' figures, so a profile learned on the print placed no amount)."""
    out: set[int] = set()
    for caption in layout.boxes:
        if (
            not isinstance(caption.text, str)
            or re.search(r"\d", caption.text)
            or not totals_caption(caption.text)
        ):
            continue
        band = [b for b in layout.boxes if b is not caption and b.band(caption)]
        if any(_AMOUNT_ALONE.match(str(b.text).strip()) for b in band):
            out.add(id(caption))
            out.update(id(b) for b in band)
    return frozenset(out)


# a figure alone in its box, a currency's letters or sign before it (``MK74,400.00``, ``€ 1.234,50``):
# no header's name (``VAT 16.5%``)
_AMOUNT_ALONE = lazy_re(r"[^\d\s]{0,4}\s?\d[\d,.\s]*$")


def _printed_table(layout: Layout, rows: dict[int, dict[str, str]]) -> tuple[int, dict[str, str]] | None:
    """A plain printed table: one row per element, in order down the page, each key in its own
    box under the same column; (0, key → "") so that it is read by its column headers."""
    if sorted(rows) != list(range(len(rows))):
        return None
    tops: list[float] = []
    columns: dict[str, Box] = {}
    for index in sorted(rows):
        placed = {k: layout.cell(ref) for k, ref in rows[index].items()}
        boxes = {k: b for k, b in placed.items() if b is not None}
        if len(boxes) != len(placed) or len({id(b) for b in boxes.values()}) != len(boxes):
            return None
        first = next(iter(boxes.values()))
        if not all(b.band(first) for b in boxes.values()):
            return None
        tops.append(first.y0)
        for k, b in boxes.items():
            if k in columns and not b.over(columns[k]):
                return None
            columns.setdefault(k, b)
    if any(b <= a for a, b in zip(tops, tops[1:])):
        return None
    # a caption between two rows (Entstehung / Nichtentdeckung): no plain table
    refs = {ref for cols in rows.values() for ref in cols.values()}
    for index in sorted(rows)[1:]:
        upper = layout.cell(next(iter(rows[index - 1].values())))
        lower = layout.cell(next(iter(rows[index].values())))
        if upper is None or lower is None:
            return None
        if any(
            b.where not in refs
            and b.y0 >= upper.y1 - 1
            and b.y1 <= lower.y0 + 1
            and b.over(lower)
            and _labelish(b.text)
            and not subtotal_caption(b.text)  # a group's subtotal line: the lines go on under it
            for b in layout.boxes
        ):
            return None
    ordered = sorted(
        columns, key=lambda k: (k not in _KEY_COLUMNS, not all(k in r for r in rows.values()), columns[k].x0)
    )
    return 0, {k: "" for k in ordered}


def _typed(value: str) -> Any:
    low = value.strip().lower()
    return True if low == "true" else False if low == "false" else value


def _order(ref: str) -> tuple[int, int]:
    c, r = _split_ref(ref)
    return r, _col_number(c)


def _has(values: dict[str, Any], path: str) -> bool:
    node: Any = values
    for part in re.findall(r"[^.\[\]]+|\[\d+\]", path):
        if part.startswith("["):
            i = int(part[1:-1])
            if not isinstance(node, list) or i >= len(node):
                return False
            node = node[i]
        else:
            if not isinstance(node, dict) or part not in node:
                return False
            node = node[part]
    return node not in (None, "", [], {})


def _meta(spec: FormSpec, path: str) -> FieldMeta | None:
    plain = re.sub(r"\[\d+\]", "", path)
    return field_paths(spec).get(plain) or spec.fields.get(plain)


def _scale_of(label: str, meta: FieldMeta | None) -> Decimal | None:
    """The scale a column or field learns from its label: the one rule, :func:`units.scale_for`."""
    return scale_for(meta.kind, label) if meta is not None else None


def _column_scale(layout: Layout, head: Box, text: str, meta: FieldMeta | None) -> Decimal | None:
    """The scale a table column learns from its header ``head`` (printed ``text``), or from
    the header over it that groups it: ``数量(千个)`` over ``申请 | 实收`` is each column's unit."""
    scale = _scale_of(text, meta)
    if scale is None and (group := group_unit_label(head, layout.boxes)):
        scale = _scale_of(group, meta)
    return scale


def _scales_unlike_labels(profile: Profile, layout: Layout, spec: FormSpec) -> list[Problem]:
    """A scale the profile keeps that the one unit rule would not learn from its label today:
    a profile learned before 千克 was known as kilograms keeps ``scale = 1000`` for
    ``重量(千克)``. The profile is read as written (a clerk may have set a scale by hand) and
    each such field is warned, with the advice to learn the layout again."""
    found: list[tuple[str, str, Decimal, Decimal | None]] = []
    for path, place in profile.fields.items():
        header = place.column if place.at == "cross" else place.label
        if place.scale is not None and header and place.scale != _scale_of(header, _meta(spec, path)):
            found.append((path, header, place.scale, _scale_of(header, _meta(spec, path))))
    for name, table in profile.tables.items():
        for col_key, column in table.columns.items():
            heads = _occurrences(layout, column.label) if column.scale is not None and column.label else []
            if len(heads) < column.nth:
                continue  # no header on this form to judge by (the table is said gone)
            path = f"{name}[0].{col_key}"
            rule = _column_scale(layout, heads[column.nth - 1], column.label or "", _meta(spec, path))
            if column.scale is not None and column.scale != rule:
                found.append((path, column.label or "", column.scale, rule))
    return [
        _warning(
            "profile_scale_unlike_label",
            path,
            "",
            profile=profile.name,
            header=header,
            scale=f"{scale:f}",
            rule=f"{rule if rule is not None else Decimal(1):f}",
        )
        for path, header, scale, rule in found
    ]


def _nth(layout: Layout, box: Box, text: str) -> int:
    found = _occurrences(layout, text)
    return next((i + 1 for i, b in enumerate(found) if b is box), 1)


def _cells_of(layout: Layout, ref: str) -> list[str]:
    """The cells of ``ref`` (a cell: the top-left of its merged range), row by row, within the
    part of a sheet the reader reads (:data:`.excel.MAX_ROWS` × ``MAX_COLS``): no box stands
    past it, and a range a hand-edited profile or ``kesu learn --set`` gives as the whole grid
    (``A1:XFD1048576``) is not 17 billion names (learning it ended in MemoryError)."""
    a, b = _range_parts(ref)
    if not b:
        box = layout.cell(a)
        return [box.where] if box is not None else [a]
    (c0, r0), (c1, r1) = _split_ref(a), _split_ref(b)
    return [
        f"{_prefix(c0)}{_col_letter(c)}{r}"
        for r in range(max(r0, 1), min(r1, MAX_ROWS) + 1)
        for c in range(max(_col_number(c0), 1), min(_col_number(c1), MAX_COLS) + 1)
    ]


def _used_part(layout: Layout, ref: str) -> str:
    """The range ``ref`` (``D3!B7:C9``) cut to its sheet's formatted extent (openpyxl's
    ``max_row`` / ``max_column``: every cell the sheet holds, an empty one with a border too)
    when it reaches the grid's edge (row 1048576, column XFD) or spans over
    :data:`_BIG_RANGE` cells (``A1:XFD1048576``); ``ref`` itself otherwise — a range the clerk
    drew over a form's boxes (``B19:J19``) is kept whole, however few of them this sample fills:
    a later copy fills all nine."""
    a, b = _range_parts(ref)
    (c0, r0), (c1, r1) = _split_ref(a), _split_ref(b)
    first, last = _col_number(c0), _col_number(c1)
    if last < _GRID_EDGE[0] and r1 < _GRID_EDGE[1] and (last - first + 1) * (r1 - r0 + 1) <= _BIG_RANGE:
        return ref
    prefix = _prefix(c0)
    extent = [_split_ref(c) for c in layout.at if _prefix(c) == prefix and _CELL_ONLY.fullmatch(c)]
    if not extent:
        return ref
    hi_c = min(last, max(_col_number(c) for c, _ in extent))
    hi_r = min(r1, max(r for _, r in extent))
    if first > hi_c or r0 > hi_r or (hi_c, hi_r) == (last, r1):
        return ref
    return f"{prefix}{_col_letter(first)}{r0}:{_col_letter(hi_c)}{hi_r}"


_GRID_EDGE = (16384, 1048576)  # a worksheet's last column (XFD) and row
_BIG_RANGE = 10_000  # cells: no form's field spans so many (a whole column of a sheet is 1048576)


_CELL_ONLY = lazy_re(r"(?:.+!)?[A-Z]{1,3}\d+")


def _place_of(
    layout: Layout,
    where: str,
    taken: set[str] | None = None,
    row: Sequence[Box] = (),
    read: str | None = None,
    meta: FieldMeta | None = None,
) -> str:
    """A correction's place: a cell or range (``B3``, ``Sheet1!B3``, ``D4:K4``), the value as
    printed in quotes (``"BHG-2609-031"``), else a label whose value stands right of it (else
    below it). A printed form (PDF) has no cells: its boxes are named ``p1#12``. A value
    printed in several places is the one kesu read the field from (``read``), when it is one."""
    bad = "learn_bad_place" if layout.excel else "learn_bad_printed_place"
    if where in layout.at and not layout.excel:
        return where
    quoted = re.fullmatch(r'["“”](.+)["“”]', where, re.S)
    if (
        quoted
        and read is not None
        and (mine := layout.cell(read)) is not None
        # or the print shows the value typed with what its number format adds, as one word
        # (``KS-260352`` for 260352): the whole word is the value, its prefix no label
        and (key(mine.text) == key(quoted[1]) or _one_word_holding(mine.text, key(quoted[1])))
    ):
        return mine.where
    if quoted:
        box = _printed_box(layout, quoted[1], taken=taken, row=row, meta=meta)
        if box is None:
            raise LearnError(bad, where=where, sheet=layout.sheet)
        return box.where
    m = _CELLREF.match(where)
    if m and not layout.excel:
        raise LearnError(bad, where=where, sheet=layout.sheet)
    if m:
        ref = m["ref"] if not m["sheet"] or m["sheet"] == layout.sheet else f"{m['sheet']}!{m['ref']}"
        if ":" in ref and not _cells_of(layout, ref):  # (wholly past the part of a sheet read)
            raise LearnError("learn_bad_place", where=where, sheet=layout.sheet)
        first = layout.cell(ref)
        if first is None and ":" not in ref:
            raise LearnError("learn_bad_place", where=where, sheet=layout.sheet)
        return first.where if first is not None and ":" not in ref else ref
    found = _occurrences(layout, where)
    if not found:
        raise LearnError(bad, where=where, sheet=layout.sheet)
    label = found[0]
    if key(label.text) != key(where):  # the label and the value in one cell ("单号：TS-2609-018")
        return label.where
    right = [b for b in layout.boxes if b.band(label) and b.x0 >= label.x1 - 1e-9]
    beside = min(right, key=lambda b: b.x0, default=None)
    below = [b for b in layout.boxes if b.over(label) and b.y0 >= label.y1 - 1e-9]
    if beside is not None and (not _caption(beside.text) or _in_label_column(layout, beside, below)):
        return beside.where
    if below:  # a heading over its text block, a sign-off title (审核) beside it
        return min(below, key=lambda b: b.y0).where
    if beside is not None:
        return beside.where
    raise LearnError(bad, where=where, sheet=layout.sheet)


def _in_label_column(layout: Layout, beside: Any, below: list[Any]) -> bool:
    """Does the label stand in a column of labels, each with its value beside it (``Status |
    Approved`` over ``Remarks | first lot``)? The box under the label stays left of the value's
    column and has a box of its own starting in that column (within half the value's width: a
    column on a sheet, its width on a page): the word beside (``Approved``, 确认) is then the
    label's value, however much it reads as a sign-off title — a heading's text block under it
    reaches across instead."""
    if not below:
        return False
    under = min(below, key=lambda b: b.y0)
    if under.x1 > beside.x0 + 1e-9:
        return False
    slack = (beside.x1 - beside.x0) / 2
    return any(b is not under and b.band(under) and abs(b.x0 - beside.x0) <= slack for b in layout.boxes)


def _caption(text: Any) -> bool:
    """Printed text that is some form's caption or a sign-off title (审核): no value."""
    from .guards import reads_as_label, sign_off_title

    return isinstance(text, str) and (sign_off_title(text) or reads_as_label(text))


def _regular_table(
    rows: dict[int, dict[str, str]], layout: Layout | None = None
) -> tuple[int, dict[str, str]] | None:
    """(first row, key → column letter) when the rows are a plain table: one row per element,
    each key in its own column, rows in order (past a subtotal line between groups of rows:
    小计 | … | 1,960); else None."""
    columns: dict[str, str] = {}
    row_of: list[int] = []
    for index in sorted(rows):
        r_here = set()
        for col_key, ref in rows[index].items():
            if ":" in ref:
                return None
            col, r = _split_ref(ref)
            if columns.setdefault(col_key, col) != col:
                return None
            r_here.add(r)
        if len(r_here) != 1:
            return None
        row_of.append(r_here.pop())
    if not row_of or any(b <= a for a, b in zip(row_of, row_of[1:])):
        return None
    if sorted(rows) != list(range(len(rows))):
        return None
    step = _row_step(layout, rows) if layout is not None else 1
    if step > 1 and row_of == list(range(row_of[0], row_of[0] + step * len(row_of), step)):
        pass  # each line's cells merged over ``step`` rows
    elif row_of != list(range(row_of[0], row_of[0] + len(row_of))):
        prefix = _prefix(next(iter(columns.values()), ""))
        skipped = sorted(set(range(row_of[0], row_of[-1] + 1)) - set(row_of))
        if layout is None or not all(_subtotal_line(layout, prefix, r) for r in skipped):
            return None
    ordered = sorted(columns, key=lambda k: (k not in _KEY_COLUMNS, _col_number(columns[k])))
    ordered = sorted(
        ordered, key=lambda k: (k not in _KEY_COLUMNS, all(k in r for r in rows.values()) is False)
    )
    return row_of[0], {k: columns[k] for k in ordered}


def _row_step(layout: Layout, rows: dict[int, dict[str, str]]) -> int:
    """Rows per line of a table whose lines each have their cells merged over several rows
    (物料编码 merged over rows 6–7, the next line at row 8): the step between the lines'
    rows, when every line's cells span exactly that many rows; else 1."""
    refs = [next(iter(rows[i].values()), "") for i in sorted(rows)]
    if len(refs) < 2 or any(":" in r or not _CELLREF.match(r) for r in refs):
        return 1
    parts = [_split_ref(r) for r in refs]
    steps = {b[1] - a[1] for a, b in zip(parts, parts[1:])}
    if len(steps) != 1 or (step := steps.pop()) < 2:
        return 1
    for c, r in parts:
        box = layout.cell(f"{c}{r}")
        if box is None or any(layout.cell(f"{c}{r + k}") is not box for k in range(1, step)):
            return 1
        if layout.cell(f"{c}{r + step}") is box:
            return 1
    return step


# a cell's own name after its tab's prefix (``D3!`` stripped): its column letters, its row number
_CELL_ROW = lazy_re(r"[A-Z]{1,3}(\d+)")


def _row_values(layout: Layout, prefix: str, row: int) -> Iterator[Any]:
    """The values of the cells on row ``row`` of the sheet (``prefix``: ``D3!`` on another tab).
    Issue 15: asked of every row of a table by the totals, subtotal and blank-line rules, each ask
    once compiled a pattern and tried it on every box; the layout's boxes are now indexed by tab and
    row once (:attr:`Layout.rows`), the same cells in the same order."""
    if prefix and not prefix.endswith("!"):  # (no tab's prefix: never asked so; the boxes tried one by one)
        pattern = re.compile(rf"{re.escape(prefix)}[A-Z]{{1,3}}{row}")
        return (b.value for b in layout.boxes if pattern.fullmatch(b.where))
    if layout.rows is None:
        rows: dict[tuple[str, str], list[Any]] = {}
        for b in layout.boxes:
            tab, bang, ref = b.where.rpartition("!")
            if (m := _CELL_ROW.fullmatch(ref)) is not None:
                rows.setdefault((tab + bang, m[1]), []).append(b.value)
        layout.rows = rows
    return iter(layout.rows.get((prefix, str(row)), ()))


def _subtotal_line(layout: Layout, prefix: str, row: int) -> bool:
    """Row ``row`` of the sheet (``prefix``: ``D3!`` on another tab) is a subtotal line."""
    return any(subtotal_caption(value) for value in _row_values(layout, prefix, row))


def _totals_line(layout: Layout, prefix: str, row: int) -> bool:
    """Row ``row`` of the sheet is the table's totals line (guards.totals_caption: 合计, Total,
    VAT 13 %): the table's lines end above it, however many the profile was learned with."""
    return any(totals_caption(value) for value in _row_values(layout, prefix, row))


def _blank_line(layout: Layout, prefix: str, row: int) -> bool:
    """Row ``row`` of the sheet holds only ``以下空白`` / ``blank below``: the clerk's mark that
    the table's lines end above it (table_lines.blank_below_line, asked of a print's band too)."""
    return blank_below_line(_row_values(layout, prefix, row))


def _date_order(layout: Layout, profile: Profile) -> str:
    """The order of month and day the layout's year-last dates print (``14/4/26``: "dmy");
    a Chinese form's year-first ``26/4/14`` tells none (dates.year_first reads it), unless a
    note on the form states the order (``日期按客户习惯填写（日/月/年）``: "dmy")."""
    from .dates import year_first
    from .guards import stated_date_order

    texts = [b.text for b in layout.boxes]
    labels = {place.label for place in profile.fields.values() if place.label}
    stated = stated_date_order(t for t in texts if t not in labels)  # (a label's own hint: not the form's)
    if stated is not None:
        return "dmy" if stated == "dm" else "mdy"
    for place in profile.fields.values():
        if not place.cell:
            continue
        box = layout.cell(place.cell.split(":")[0])
        text = (
            _after_label(box.text, place.label or "")
            if box is not None and place.at == "inline"
            else (box.text if box else "")
        )
        m = _SLASH.match(str(text)) or _SLASH_YY.match(str(text))
        if m and year_first(str(text), place.label or "", texts) is None:
            a, b = int(m[1]), int(m[2])
            if a > 12:
                return "dmy"
            if b > 12:
                return "mdy"
    return ""


def _copy_date_order(layout: Layout) -> str:
    """The order of month and day this copy's own year-last dates show (``15/03/2026``: "dmy",
    ``03/15/2026``: "mdy"); "" when none shows one, or they show both."""
    found: set[str] = set()
    for box in layout.boxes:
        text = unicodedata.normalize("NFKC", str(box.text)).strip()
        m = _SLASH.match(text) or _SLASH_YY.match(text)
        if m:
            a, b = int(m[1]), int(m[2])
            if a > 12 >= b:
                found.add("dmy")
            elif b > 12 >= a:
                found.add("mdy")
    return found.pop() if len(found) == 1 else ""


def _excel_date_order(wb: Any | None, sheet: str, refs: Iterable[str]) -> str:
    """The order a workbook's date cells print in when the profile's cells are dates in a
    slash format with the year last: Excel's built-in short date (14, ``m/d/yy``) and codes
    like ``mm/dd/yyyy`` print month first, ``dd/mm/yy`` day first; "" when nothing says."""
    if wb is None:
        return ""
    for ref in refs:
        tab, _, cell = ref.rpartition("!")
        tab = tab or sheet
        if tab not in wb.sheetnames or ":" in cell:
            continue
        c = wb[tab][cell]
        if not getattr(c, "is_date", False):
            continue
        code = str(c.number_format).lower().replace("\\", "")
        if code == "mm-dd-yy" or re.match(r"m{1,2}/d{1,2}/y", code):  # openpyxl's name for 14
            return "mdy"
        if re.match(r"d{1,2}/m{1,2}/y", code):
            return "dmy"
    return ""


def _is_date_field(spec: FormSpec, path: str) -> bool:
    meta = _meta(spec, path)
    return meta is not None and meta.kind == "date"


def _is_prefix(box: Box | None, label: str) -> bool:
    return box is not None and key(box.text) != key(label) and key(box.text).startswith(key(label))


def _column_label(spec: FormSpec, path: str, label: str) -> bool:
    """Is ``label`` (``負責人：``) a name of the table column ``path`` is a cell of
    (``containment[0].owner``)? A step's owner typed after it in one cell is read after it."""
    from .vocab import columns_vocabulary

    table, _, rest = path.partition("[")
    column = rest.partition("].")[2]
    meta = spec.fields.get(table)
    if not column or meta is None or meta.row_model is None:
        return False
    known = columns_vocabulary(meta.row_model).match(label)
    return known is not None and known[0] == column and known[1] >= KNOWN_LABEL


def _known_prefix(text: Any, meta: FieldMeta | None, *, code_only: bool = False) -> str | None:
    """``No.ZR-2609-003`` for the number: one of the field's own labels, then its value.
    ``code_only``: only when what follows is a short code or figure, not a sentence."""
    if meta is None or not isinstance(text, str):
        return None
    folded = key(text)
    for label in sorted(meta.labels, key=len, reverse=True):
        k = key(label)
        if k and folded.startswith(k) and len(folded) > len(k):
            for i in range(1, len(text) + 1):  # the printed prefix, as many characters as the label
                if key(text[:i]) == k:
                    if re.match(r"[A-Za-z0-9][-_/]", text[i - 1 : i + 1]):
                        return None  # LOT-2611-A: a code beginning with a label's word, not the label
                    if re.match(r"[A-Za-z][A-Za-z0-9]", text[i - 1 : i + 1]):
                        return None  # PO26-4410: a code's letters that spell a label (PO), no label
                    rest = text[i:].strip(" :：.")
                    if code_only and (len(rest) > 24 or re.search(r"[，。,;；!?！？]|\s\S+\s", rest)):
                        return None
                    return text[:i]
    return None


def _heading_above(layout: Layout, box: Box) -> Box | None:
    """The text right above a value that begins with a printed label (``D7 – Prevent
    Recurrence: documents updated`` over its check-box line): the value's heading."""
    above = [b for b in layout.boxes if b.over(box) and b.y1 <= box.y0 + 1e-9 and b is not box]
    near = max(above, key=lambda b: b.y1, default=None)
    if near is None or "!" in near.where:
        return None
    inline = _inline_label(near.value)
    if inline is None:
        return None
    return Box(inline.strip(), inline.strip(), near.x0, near.y0, near.x1, near.y1, near.where, near.bold)


def _names_in_one_cell(layout: Layout, rows: dict[int, dict[str, str]]) -> bool:
    """Is a table of people written as a list in one cell (``Zhang Wei, Li Na``)?"""
    for cols in rows.values():
        ref = cols.get("name")
        box = layout.cell(ref) if ref and ":" not in ref else None
        if box is not None and len([p for p in _SPLIT.split(str(box.text)) if p.strip()]) > 1:
            return True
    return False


def _or_option_caption(spec: FormSpec, table: str, is_label):
    """``is_label``, or a caption naming an option of the table's choice column ("Why made
    (occurrence)" of the root causes' type, "Team Leader:" of the team's role)."""
    from .compound import option_caption

    meta = spec.fields.get(table)
    columns = describe(meta.row_model) if meta is not None and meta.row_model is not None else {}
    return lambda box: (
        is_label(box)
        or (
            box is not None
            and isinstance(box.text, str)
            and bool(columns)
            and option_caption(columns, box.text)
        )
    )


def _beside(layout: Layout, rows: dict[int, dict[str, str]], is_label) -> str | None:
    """The cell of the one label left of every row of an Excel table (a label merged down beside
    them: ``D1 小組成員`` | 陳怡安 / 王志豪 / 李佩珊), or None."""
    firsts = [min(cols.values()).split(":")[0] for cols in rows.values() if cols]
    if not firsts:
        return None
    c, r = _split_ref(firsts[0])
    if _col_number(c) <= 1:
        return None
    left = f"{_prefix(c)}{_col_letter(_col_number(c) - 1)}"
    label = layout.cell(f"{left}{r}")
    if label is None or not is_label(label):
        return None
    for ref in firsts:
        if layout.cell(f"{left}{_split_ref(ref)[1]}") is not label:
            return None
    return label.where


def _row_labelled(layout: Layout, rows: dict[int, dict[str, str]], is_label, alike: bool = False) -> bool:
    """Does every row of a table have a printed label of its own (发生原因 / 流出原因) left of
    its first value? Rows sharing the text on their left (三聯式 in every row) are a table;
    ``alike``: labels may repeat (Mitglied | Mitglied), not all be one."""
    texts = []
    for cols in rows.values():
        placed = [b for ref in cols.values() if (b := layout.cell(ref.split(":")[0])) is not None]
        box = min(placed, key=lambda b: (b.x0, b.y0), default=None)
        if box is None:
            return False
        left = [b for b in layout.boxes if b.band(box) and b.x1 <= box.x0 + 1e-9]
        near = max(left, key=lambda b: b.x1, default=None)
        if near is not None and not str(near.text).strip(" :：)）"):
            # a colon or bracket printed as a piece of its own ("Team Leader" | ":"): the label is
            # the nearest box with words
            near = max((b for b in left if str(b.text).strip(" :：)）")), key=lambda b: b.x1, default=None)
        if near is None or not is_label(near):
            return False
        texts.append(key(near.text))
    if alike:
        return len(set(texts)) > 1
    return bool(texts) and len(set(texts)) == len(texts)


def unglued(layout: Layout, labels: Iterable[str]) -> Layout:
    """A printed form whose value ran into the next label (``2026/11/2批准``: a right-aligned
    date touching the label after the ruling line) with that label split off again, for the
    labels of a profile that are not found on their own."""
    if layout.excel:
        return layout
    wanted = {key(t): t for t in labels if len(key(t)) >= 2}
    present = {key(b.text) for b in layout.boxes}
    missing = {k: t for k, t in wanted.items() if k not in present}
    if not missing:
        return _split_under_headers(layout, labels)
    out: list[Box] = []
    for b in layout.boxes:
        folded = key(b.text)
        hit = next((k for k in missing if folded.endswith(k) and len(folded) > len(k)), None)
        text = str(b.text)
        if hit is None or not text.rstrip().endswith(missing[hit].strip()[-1:]):
            out.append(b)
            continue
        cut = _cut_before(text, hit)
        if cut is None:
            out.append(b)
            continue
        head, tail = text[:cut].rstrip(), text[cut:].strip()
        share = _display_width(head) / max(_display_width(text), 1)
        middle = b.x0 + (b.x1 - b.x0) * share
        out.append(Box(head, head, b.x0, b.y0, middle, b.y1, b.where))
        out.append(Box(tail, tail, middle, b.y0, b.x1, b.y1, b.where, cut=b.cut))
    out.sort(key=lambda b: (b.y0, b.x0))
    return _split_under_headers(Layout(out, False), labels)


HEADER_REACH = 4.0  # line heights a header row may stand over the values it heads


def _split_under_headers(layout: Layout, labels: Iterable[str]) -> Layout:
    """Values under a header row that ran into each other across a ruling line (``39交期``
    under 不良数 | 客诉分类) split back at the edge between the two headers."""
    keys = {key(t) for t in labels}
    heads = [b for b in layout.boxes if key(b.text) in keys]
    out: list[Box] = []
    for b in layout.boxes:
        if key(b.text) in keys or not (_GLUED.match(str(b.text)) or _GLUED_MONEY.match(str(b.text))):
            out.append(b)
            continue
        # the header row over it, on its page and a few lines up at most: not a row of labels
        # pages away that happens to overlap it (``9D-RD-3710-115`` under a tab 74 pages back)
        reach = HEADER_REACH * max(b.y1 - b.y0, 1.0)
        above = [
            h
            for h in heads
            if h.where == b.where
            and b.y0 - reach <= h.y1 <= b.y0 + 1
            and min(b.x1, h.x1) - max(b.x0, h.x0) > 2
        ]
        nearest = max((h.y1 for h in above), default=None)
        row = sorted((h for h in above if nearest is not None and h.y1 >= nearest - 1), key=lambda h: h.x0)
        out.extend(_apart([b], row) if len(row) == 2 else [b])
    return Layout(out, False) if len(out) != len(layout.boxes) else layout


def _cut_before(text: str, label_key: str) -> int | None:
    for i in range(len(text)):
        if key(text[i:]) == label_key:
            return i
    return None


def _box_text(box: Box) -> str:
    """A printed box as the clerk finds it on the page: ``(x0,y0)–(x1,y1)`` in points from the top left."""
    return f"({box.x0:.0f},{box.y0:.0f})–({box.x1:.0f},{box.y1:.0f})"


def _display_width(text: str) -> int:
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)
