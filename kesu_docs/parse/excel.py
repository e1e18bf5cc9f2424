"""Excel sources (.xlsx with python-calamine, legacy .xls with xlrd) → raw field values with their cells.

Two paths, one result:

1. **Defined names** (``kesu.<field>``, ``kesu.<table>.<column>``, see blank/excel.py) on
   the blanks this toolkit writes. Excel and LibreOffice move names along when a clerk
   inserts rows, so they survive; a name is only trusted while a label of its field still
   stands left of (or above) its cell, else the field falls back to anchoring.
2. **Label anchoring** (parse/anchor.py) on any other layout: the sheet becomes one
   :class:`~kesu_docs.parse.anchor.Box` per cell (merged ranges as one box).

The form kind is ``--kind`` when given (as ``parse_paths`` decides), else the title or
form-code cell; a workbook that names no kind and holds no label of any form is
``not_a_form``, one with labels but no title asks for ``--kind`` (``unknown_kind``).
One extraction per sheet carrying the form's title or code (a clerk copies the sheet for
the next case); otherwise one per workbook: the sheet the names point at, else the
visible sheet with the most labels of the form.

Reader choice for .xls: xlrd (already a dependency, pure Python), not python-calamine.
Measured on a filled complaint sheet saved as .xls by LibreOffice: xlrd 3.8 ms a file,
calamine 0.1 ms — both negligible next to validation. Only xlrd gives each cell's number
format, without which a Chinese-locale date (built-in formats 27–36, 50–58) is just a
number, and it gives the defined names and merged ranges too.

Cell values are normalised as far as the cell tells: a number in a date format (including
the Chinese built-in formats openpyxl does not mark as dates) becomes a date; for a date
field any number is taken as an Excel serial date. Everything else (``¥1,234.50``,
``12%``, ``☑``, ``是``, full-width digits) is left to the value types of values.py.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import io
import re
import zipfile
import zlib
from collections import Counter
from collections.abc import Callable, Container, Iterable, Iterator, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from dataclasses import field as dc_field
from decimal import Decimal
from itertools import repeat
from pathlib import Path
from typing import Any, Protocol

from .. import value_paths
from ..forms import FieldMeta, FormSpec, describe
from ..forms import titles as titles_of_forms
from ..lazy_re import lazy_re
from ..problems import Bilingual, ErrorOrWarning, Problem, SourceError
from ..validation import Locations, labels_for
from ..values import (
    PHANTOM_LEAP_DAY,
    SHOWN_AS_HASHES,
    ShownAsNoDate,
    beyond_cents,
    excel_day,
    printable,
    round_money,
    without_fill_in_lines,
)
from .anchor import (
    Box,
    Provenance,
    Reading,
    find_labels,
    label_key,
    merge_readings,
    read_boxes,
    reading_problems,
)
from .blank_copies import blank_copy_warning, blank_form, without_blank_copies
from .boxes import LOW_CONFIDENCE
from .cell_notes import Notes, bounded, cell_notes, noted, on_merged
from .currency import UNKNOWN_LOCALE, currency_rows
from .dates import years_said
from .file_kinds import (
    HTML_STARTS,
    OLE_MAGIC,
    ZIP_MAGIC,
    image_kind,
    joined,
    link_file,
    lock_file_said,
    other_document,
    sign_in_page,
)
from .form_controls import check_boxes
from .guards import beyond_cents_params, continues_form, instructions_first, meta_at
from .head_words import by_head_word
from .kinds import choose_form, detect_kind, kind_doubts, other_form_named
from .letters import labelled_values, read_letter_lines, sheet_lines, thin_record
from .limits import check_sheet_count, check_sheet_extent, check_workbook, check_zip_members, library_reason
from .packed import packed, zip_of
from .page_margins import from_page_margin, on_page_margin
from .results import Extraction
from .rows import template_caption
from .symbol_fonts import as_marks, symbol_font
from .text_boxes import TextBox, drawing
from .vocab import label_like
from .xlsx_formulas import Worked, differs, from_outside, sheet_formulas, work_out
from .xlsx_parts import (
    PLAIN,
    CellStyle,
    PageSide,
    PartsZip,
    SheetCells,
    column_number,
    destination,
    hidden_sections,
    hides,
    outside_links,
    page_texts,
    read_parts,
    sheet_cells,
    zero_date_shown,
)
from .xlsx_parts import column_letter as _col_letter

# this module's codes in the message catalogue (problems.py reads them on first look-up)
MESSAGES: dict[str, tuple[str, str]] = {
    "fields_from_other_sheet": (
        "表单的 {count} 个栏位（{labels}）读自另一张工作表“{sheet}”，不是表单所在的“{first}”：两张表被当作同一份表单的两部分"
        "（“{sheet}”没有自己的表单标题，它的栏位补上“{first}”留空的栏位）；请核对它们属于同一份表单",
        "{count} field(s) of the form ({labels}) were read from another sheet, '{sheet}', not from the "
        "form's sheet, '{first}': the two sheets were taken as two parts of one form ('{sheet}' carries no "
        "title of its own and its labels fill fields '{first}' left empty); check they belong to one form",
    ),
    "value_from_other_sheet": (
        "{label}读自另一张工作表“{sheet}”的 {location}，不是表单所在的“{first}”：请核对它属于这份表单",
        "{label} was read from another sheet, '{sheet}' ({location}), not from the form's sheet '{first}';"
        " check it belongs to this form",
    ),
    "form_on_hidden_sheet": (
        "表单在隐藏的工作表“{sheet}”上，显示的工作表（{shown}）上没有表单：已读取隐藏的这张表；请在 Excel "
        "中取消隐藏（右击工作表标签 › 取消隐藏）核对，确认它是要提交的表单",
        "The form is on the hidden sheet '{sheet}' and the sheets shown ({shown}) hold none: the "
        "hidden sheet was read; unhide it in Excel (right-click a sheet tab › Unhide) and check it "
        "is the form meant to be sent",
    ),
    "form_sheet_very_hidden": (
        "表单在工作表“{sheet}”上，但这张表被宏设为“非常隐藏”（Excel 的“取消隐藏”里也不列出，打开文件的人看不到），"
        "显示的工作表（{shown}）上没有表单：未读取。请让对方把该表设为可见（在宏或 VBA 编辑器中把工作表的 Visible "
        "设为 xlSheetVisible），另存为不含宏的 .xlsx 后再提交",
        "The form is on sheet '{sheet}', which a macro made very hidden (Excel's Unhide does not "
        "list it: whoever opens the file does not see it) and the sheets shown ({shown}) hold none: "
        "not read. Ask the sender to make the sheet visible (by the macro, or in the VBA editor set "
        "the sheet's Visible to xlSheetVisible), save it as an .xlsx without macros and submit it again",
    ),
    "not_a_spreadsheet": (
        "不是 Excel 工作簿（.xlsx 或 .xls），无法读取：{reason}",
        "Not an Excel workbook (.xlsx or .xls): {reason}",
    ),
    "binary_workbook": (
        "这是 Excel 二进制工作簿（.xlsb），kesu 读不了：请在 Excel 中打开，另存为 Excel 工作簿（.xlsx）再提交",
        "This is an Excel binary workbook (.xlsb), which kesu cannot read: open it in Excel, save it "
        "as an Excel workbook (.xlsx) and submit it again",
    ),
    "chart_sheet_only": (
        "工作簿只有图表工作表（{sheets}），没有可读的单元格：请提交填好表单的工作表，而不是图表",
        "The workbook holds only a chart sheet ({sheets}), no cells to read: send the sheet with "
        "the filled-in form, not the chart",
    ),
    "numbers_document": (
        "这是 Apple Numbers 文稿改了扩展名，kesu 读不了：请在 Numbers 中选“文件 › 导出为 › Excel”，"
        "存为 Excel 工作簿（.xlsx）再提交",
        "This is an Apple Numbers document renamed, which kesu cannot read: in Numbers choose "
        "File › Export To › Excel, save it as an Excel workbook (.xlsx) and submit it again",
    ),
    "empty_workbook": (
        "工作簿的工作表（{sheets}）里一个单元格也没有，没有可读的内容：请提交填好表单的工作簿",
        "The workbook's sheets ({sheets}) hold no cell at all, nothing to read: send the "
        "workbook with the filled-in form",
    ),
    "form_in_text_box": (
        "工作表的单元格里没有表单，它的文字是在文本框（图形）里输入的（{sheet}：“{text}”）：kesu 只把文本框读作"
        "它下面空白单元格的值；请把内容填入表单的单元格再提交",
        "The sheet's cells hold no form: its text is typed in a text box, a shape ({sheet}: '{text}'); "
        "kesu reads a text box only as the value of the empty cells under it: type the form into "
        "its cells and submit again",
    ),
    "values_as_pictures": (
        "表单（{title}）的单元格里只有印好的标签，填写栏位上盖着 {count} 张图片（{sheet}：{cells}）：内容可能是"
        "以图片（文字截图）贴上的，kesu 读不了图片里的字；请提交在单元格里输入内容的工作簿，或可选取文字的 PDF",
        "Only the printed labels of the form ({title}) are in the cells, and {count} pictures lie over "
        "its value cells ({sheet}: {cells}): the values may have been pasted as pictures of text, "
        "which kesu cannot read; send the workbook with the values typed in its cells, or a PDF "
        "whose text can be selected",
    ),
    "values_unshown": (
        "表单（{title}）上看得到的只有印好的标签，但 {count} 个单元格里有值（{sheet}：{cells}），字是白色的，"
        "屏幕和打印件上都看不到：这些值未读取（不是空白表单）。请把字设成看得见的颜色，确认内容后再提交",
        "Only the printed labels of the form ({title}) can be seen, yet {count} cells hold values "
        "({sheet}: {cells}) typed in white, seen neither on screen nor on paper: they were not read "
        "(it is no blank form). Give their letters a colour that shows, check them, and submit again",
    ),
    "values_linked_never_fetched": (
        "表单（{title}）的 {count} 个填写栏位都是链接到另一个工作簿（{workbooks}）的公式，文件里却没有它们的结果："
        "链接从未更新、计算过，所以一个值也读不到（不是空白表单）。请在 Excel 或 WPS 中打开它，更新链接后保存"
        "（或把这些单元格复制后粘贴为数值）再提交",
        "The {count} value cells of the form ({title}) are all formulas linking to another workbook "
        "({workbooks}), and the file carries none of their results: the links were never updated nor "
        "calculated, so no value could be read (it is no blank form). Open it in Excel or WPS, update "
        "the links and save it (or copy those cells and paste them as values), then submit it again",
    ),
    "values_never_calculated": (
        "表单（{title}）的 {count} 个填写栏位都是公式，文件里却没有它们的计算结果（文件不是由 Excel 保存的）："
        "一个值也读不到（不是空白表单）。请用 Excel 或 WPS 打开后保存，或直接填入数值再提交",
        "The {count} value cells of the form ({title}) are all formulas, and the file carries none of "
        "their results (it was not saved by Excel): no value could be read (it is no blank form). Open "
        "and save it in Excel or WPS, or type the values, then submit it again",
    ),
    "value_beside_its_cell": (
        "{label}填在 {location}，不在表单为它留的单元格 {expected}：已按标签读取，请核对",
        "{label} was typed in {location}, not in the cell the form keeps for it ({expected}): read "
        "by its label, please check it",
    ),
    "value_struck": (
        "{label}（{location}）的内容有删除线，仍按所写读取：请确认是否已作废",
        "{label} ({location}) is struck through, read as written: check whether it was cancelled",
    ),
    "value_from_text_box": (
        "{label}（{location}）读自盖在格子上的文本框：文本框也可能是印章、水印或标志说明，请核对",
        "{label} ({location}) was read from a text box over the cell: a shape may also be a stamp, a "
        "watermark or a logo's caption; please check",
    ),
    "value_below_the_form": (
        "{label}读自 {location}，在表单框线（第 {row} 行）以下、表格之外：可能是模板的签核行或说明，请核对",
        "{label} was read at {location}, below the form's ruled boxes (row {row}), outside them: it may "
        "be the template's sign-off line or a note; please check",
    ),
    "value_from_page_margin": (
        "{label}读自{margin}：页眉页脚每份表单都一样，可能是表单模板自己的内容，请核对",
        "{label} was read from the {margin}: the page header and footer print the same on every "
        "copy, so it may be the template's own text; please check",
    ),
    "value_struck_corrected": (
        "{label}（{location}）中划掉的“{struck}”未读取，读作“{value}”：请核对",
        "{label} ({location}): the struck-through '{struck}' was left out, read as '{value}': please check",
    ),
    "value_withdrawn_left_out": (
        "{label}：{location} 中已撤下的“{old_text}”（隐藏的行或列、整格删除线）未读取，读作表上现在的“{value}”：请核对",
        "{label}: the withdrawn '{old_text}' in {location} (a hidden row or column, or struck through "
        "whole) was left out, read as what the form shows now, '{value}': please check",
    ),
    "value_hidden": (
        "{label}（{location}）在隐藏的行或列中，打印和屏幕上都看不到：已读取，请确认它仍然有效",
        "{label} ({location}) is on a hidden row or column, seen neither on screen nor on paper: "
        "read, please check it still holds",
    ),
    "value_format_hidden": (
        "{label}（{location}）的数字格式（;;;）不显示任何内容，屏幕和打印件上都是空白：已读取文件中的值，请确认它有效",
        "{label} ({location}) has a number format (;;;) that shows nothing, blank on screen and on "
        "paper: the value in the file was read, please check it holds",
    ),
    "value_unprinted_left_out": (
        "{label}：唯一的值“{value}”在 {location}，在工作表的打印区域之外（打印出来的表单上没有它，可能是草稿、"
        "旧值或下拉列表）：未读取，请核对",
        "{label}: its only value, '{value}' in {location}, lies outside the sheet's print area (the "
        "printed form does not show it: a scratch note, an old value or a lookup list?): left out, "
        "please check",
    ),
    "line_unprinted_left_out": (
        "{label}：{location} 起的 {lines} 行在工作表的打印区域之外（打印出来的表单上没有它们）：未读取，请核对",
        "{label}: {lines} line(s) from {location} on lie outside the sheet's print area (the printed "
        "form does not show them): left out, please check",
    ),
    "line_unprinted": (
        "{label}：{location} 的这一行在工作表的打印区域之外，夹在打印出来的行之间（打印出来的表单上没有它）：已读取，请核对",
        "{label}: the line at {location} lies outside the sheet's print area, between lines that print "
        "(the printed form does not show it): read, please check",
    ),
    "value_unprinted": (
        "{label}（{location}）在工作表的打印区域之外，打印出来的表单上没有它：打印区域内没有这一栏的值，已按它读取，"
        "请核对",
        "{label} ({location}) lies outside the sheet's print area, so the printed form does not show "
        "it: nothing inside the print area gives the field, so it was read; please check",
    ),
    "hidden_line_left_out": (
        "{label}：{location} 所在的隐藏行（作废或夹在可见的行之间）不是表单上的一行，未读取：请核对",
        "{label}: the line at {location}, on a hidden row (voided, or hidden between the visible lines), "
        "is not a line of the form and was left out: please check",
    ),
    "value_noted": (
        "{label}（{location}）的单元格有批注：“{note}”，仍按单元格读取：请核对批注是否更正了它",
        "{label} ({location}) carries a note: '{note}'; read as the cell shows: check whether the note "
        "corrects it",
    ),
    "value_from_note": (
        "{label}（{location}）单元格写 {cell}，批注更正为 {value}（“{note}”）：已按批注读取，请核对",
        "{label} ({location}): the cell shows {cell}, its note corrects it to {value} ('{note}'): read "
        "from the note, please check",
    ),
    "notes_over_limit": (
        "工作表 {location} 的批注（{part}）超过上限（{notes} 条或 {chars} 字，kesu.toml [limits] notes、"
        "note_chars）：超出部分的批注未读取，表单的值照常读取，请核对",
        "The notes of sheet {location} ({part}) run past the limits ({notes} notes or {chars} "
        "characters, kesu.toml [limits] notes, note_chars): the notes beyond them were not read; "
        "the form's values were, please check",
    ),
    "formula_worked_out": (
        "{label}（{location}）是公式 ={formula}，文件中没有它的计算结果（文件不是由 Excel 保存的）："
        "kesu 按公式算出 {value}，请核对",
        "{label} ({location}) holds the formula ={formula} and the file carries no result (it was "
        "not saved by Excel): kesu worked it out as {value}; please check",
    ),
    "formula_stale": (
        "{label}（{location}）的公式 ={formula} 算出 {value}，文件里存的结果却是 {saved}（保存前没有"
        "重新计算，打印出来的也是旧数）：已按公式读作 {value}，请核对",
        "{label} ({location}): its formula ={formula} gives {value}, but the file saved {saved} (not "
        "recalculated before saving; a print shows the old figure too): read as {value}; please check",
    ),
    "formula_from_outside": (
        "{label}（{location}）的值来自文件之外：公式 ={formula}（另一个工作簿、外部程序或网络）。文件里存的只是"
        "上次算出的结果，对方打开时可能是另一个值，请核对",
        "{label} ({location}) comes from outside the file: the formula ={formula} (another workbook, a "
        "program or the web). The file only holds the result last fetched, which may not be what the "
        "sender sees; please check",
    ),
    "workbook_macros_not_run": (
        "这个工作簿带有宏（VBA）：kesu 不运行宏，读取的是文件里保存的值；如果有些值要由宏填写或重算，"
        "可能已经过时，请核对（或在 Excel 中运行宏、保存后再提交）",
        "This workbook carries macros (VBA): kesu never runs them, the values the file saved were "
        "read; values a macro fills in or recalculates may be out of date, please check (or run the "
        "macros in Excel, save and submit it again)",
    ),
    "workbook_links_outside": (
        "这个工作簿链接到文件之外（{targets}）：链接没有打开，也没有更新，读取的是文件里保存的值；"
        "如果这些值来自链接，可能已经过时，请核对",
        "This workbook links outside itself ({targets}): the links were neither opened nor updated, "
        "the values the file saved were read; values that came through a link may be out of date, "
        "please check",
    ),
    "formula_without_value": (
        "{label}的单元格 {location} 是公式，文件中却没有它的计算结果（文件不是由 Excel 保存的）：请用 Excel "
        "或 WPS 打开后保存，或直接填入数值",
        "{label}: cell {location} holds a formula whose result the file does not carry (it was not "
        "saved by Excel): open and save it in Excel or WPS, or type the value",
    ),
}

NAME_PREFIX = "kesu."
# Built-in number formats that are dates in Chinese (and other CJK) locales; the file does not
# spell them out, so openpyxl and calamine see plain numbers (ECMA-376 §18.8.30).
MAX_ROWS, MAX_COLS = 2000, 100
CJK_DATE_FORMAT_IDS = frozenset(range(27, 37)) | frozenset(range(50, 59))


@dataclass
class Sheet:
    """One worksheet as boxes, with a cell lookup for the defined names."""

    title: str
    boxes: list[Box] = dc_field(default_factory=list)
    at: dict[tuple[int, int], Box] = dc_field(default_factory=dict)  # (row, col) of every cell → its box
    uncached: frozenset[str] = frozenset()  # cells holding a formula but no saved result
    # cells whose formula kesu worked out: no saved result, or a saved one the formula disagrees with
    worked: dict[str, Worked] = dc_field(default_factory=dict)
    # cells whose formula fetches its result from outside the file (xlsx_formulas.from_outside)
    outside: dict[str, str] = dc_field(default_factory=dict)
    # cells struck through: → the text left once the struck runs are taken out (None: all of it)
    struck: dict[str, str | None] = dc_field(default_factory=dict)
    hidden_rows: frozenset[int] = frozenset()  # rows and columns (numbers) the clerk hid
    hidden_cols: frozenset[int] = frozenset()
    # cells whose number format shows nothing (``;;;``): the value in the file, none on the screen
    blanked: set[str] = dc_field(default_factory=set)
    # the print area's ranges (row0, col0, row1, col1), ``_xlnm.Print_Area``; () when none is set
    print_area: tuple[tuple[int, int, int, int], ...] = ()
    shaped: set[str] = dc_field(default_factory=set)  # cells whose value is a text box's text
    # pictures lying over an empty cell beside or under a label: a value pasted as a picture (B4)
    pictured: list[str] = dc_field(default_factory=list)
    # cells holding a value typed in white on no fill or a white one: not on the screen nor the paper
    unshown: list[str] = dc_field(default_factory=list)
    shapes: list[str] = dc_field(default_factory=list)  # text boxes over no empty cell: not read
    notes: dict[str, str] = dc_field(default_factory=dict)  # cell ("B4") → its note (comment)
    # a figure's digits past those its number format prints (``0.00``: 160.485 prints 160.49):
    # None where the formats are not known (a legacy .xls), else the cells printed in cents or less
    in_cents: set[str] | None = None
    # rows holding a cell with a border: the form's ruled boxes (empty where not known, an .xls)
    ruled_rows: frozenset[int] = frozenset()
    # figure cells whose number format prints a currency (``"NT$"#,##0``): Sheet!D7 → TWD
    currencies: dict[str, str] = dc_field(default_factory=dict)
    # figure cells whose number format shows them in scientific notation (``1.00E+05``)
    scientific: set[str] = dc_field(default_factory=set)

    def add(self, box: Box, row: int, col: int, last_row: int, last_col: int) -> None:
        self.boxes.append(box)
        for r in range(row, last_row + 1):
            for c in range(col, last_col + 1):
                self.at[(r, c)] = box

    def texts(self) -> Iterator[Any]:
        for box in sorted(self.boxes, key=lambda b: (b.y0, b.x0)):
            if not box.empty:
                yield box.value


@dataclass
class Workbook:
    """What the parser needs of a workbook, whatever its format."""

    sheets: list[Sheet]  # visible worksheets, in order
    # sheet title → field path → (row0, col0, row1, col1); per sheet, because a copied sheet
    # carries its own (sheet-scoped) copies of the names
    names: dict[str, dict[str, tuple[int, int, int, int]]]
    epoch_1904: bool = False
    charts: tuple[str, ...] = ()  # visible chart sheets' names (no cells: never a form)
    links: tuple[str, ...] = ()  # where it links outside itself (xlsx_parts.outside_links): never followed
    macros: bool = False  # it carries macros (VBA, Excel 4.0 macro sheets): never run
    # the worksheets not shown, (name, state): "hidden" (Excel's Unhide lists it) or "veryHidden"
    # (set by a macro); read only when no shown sheet holds a form (:func:`_hidden_forms`)
    hidden: tuple[tuple[str, str], ...] = ()
    # the sheets not read yet, read from the file already opened when asked (:func:`_hidden_forms`)
    unread: UnreadSheets | None = None


class UnreadSheets(Protocol):
    """The worksheets of an opened workbook that :func:`read_workbook` left unread (the hidden ones)."""

    def sheets(self, names: AbstractSet[str]) -> list[Sheet]:
        """The worksheets of those names, read as a shown sheet is."""

    def texts(self, name: str) -> list[Any]:
        """The sheet's cell values alone, row by row (no box made): what its title is looked for in."""


# the sheet states read: the shown sheets; the hidden ones only where they hold no form
SHOWN = frozenset({"visible"})
_HIDDEN = frozenset({"hidden", "veryHidden"})


_AREA = lazy_re(r"([A-Za-z]{1,3})([0-9]+)(?::([A-Za-z]{1,3})([0-9]+))?$")


def _location(sheet: str, row: int, col: int) -> str:
    return f"{sheet}!{_col_letter(col)}{row}"


def _as_cell_value(value: Any, fmt_id: int | None, is_date: bool, epoch_1904: bool) -> Any:
    """A cell's value as the clerk meant it: dates from Chinese-format serial numbers."""
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, (int, float)) and (is_date or fmt_id in CJK_DATE_FORMAT_IDS) and 0 < value < 2958466:
        return excel_day(value, epoch_1904=epoch_1904)
    if is_date and isinstance(value, (int, float)) and (value < 0 or value >= 2958466):
        return SHOWN_AS_HASHES  # (an .xls date cell Excel shows as ``####``)
    if isinstance(value, dt.datetime) and value.time() == dt.time(0):
        return value.date()
    if isinstance(value, dt.time):
        return value.isoformat()
    return value


def _hashes_if_negative(value: Any, xml: bytes, ref: str) -> Any:
    """``####`` when the cell ``ref`` of a sheet's XML holds a negative number, else ``value``:
    calamine gives a date-formatted cell holding -1 as the time of day 00:00:00 (its fraction),
    as it gives a time, where Excel shows ``####`` (asked only of the cells calamine gives a
    time: the error then says what the clerk sees, :func:`.values.parse_date`)."""
    cell = _cell_xml(xml, ref)
    negative = re.search(rb"<(?:\w+:)?v>\s*-[0-9.Ee+-]+\s*<", cell) if cell else None
    return SHOWN_AS_HASHES if negative else value


def _cell_xml(xml: bytes, ref: str) -> bytes | None:
    """What the cell ``ref`` of a sheet's XML holds between its tags (None: no such cell)."""
    cell = re.search(rb'<(?:\w+:)?c\s[^>]*?\br="' + ref.encode() + rb'"[^>]*>(.*?)</(?:\w+:)?c>', xml, re.S)
    return cell[1] if cell else None


# Excel's day 60 of 1900 (:data:`.values.PHANTOM_LEAP_DAY`): calamine gives it as 1900-02-28,
# the day before (day 59) — a date the cell never showed
_DAY_BEFORE_PHANTOM = dt.date(1900, 2, 28)


def _day_of(value: Any) -> dt.date | None:
    """The day of a date or of a date and time (``60.25``: 1900-02-28 06:00 from calamine)."""
    if isinstance(value, dt.datetime):
        return value.date()
    return value if isinstance(value, dt.date) else None


def _phantom_if_day_60(value: Any, xml: bytes, ref: str) -> Any:
    """``1900-02-29`` (what Excel shows, no date: :func:`.values.parse_date` refuses it) when
    the date cell ``ref`` holds day 60 of a workbook counting from 1900, else ``value``."""
    cell = _cell_xml(xml, ref)
    held = re.search(rb"<(?:\w+:)?v>\s*([0-9.Ee+]+)\s*<", cell) if cell else None
    try:
        return PHANTOM_LEAP_DAY if held and int(float(held[1])) == 60 else value
    except ValueError:
        return value


def _date_as_shown(value: Any, raw: Any, style: CellStyle, xml: bytes, ref: str, epoch_1904: bool) -> Any:
    """What Excel shows in a cell calamine gives as a time, or formatted as a day (``style.date``:
    :func:`.xlsx_parts.date_format`) where no day can show: ``####`` for a negative serial
    (:func:`_hashes_if_negative`) or one past 9999-12-31; for one under a day (0, or a time of
    day alone) in a day-only format the day 0 its format shows (``1900-01-00``, ``Jan-00``,
    ``1904-01-01`` in a workbook counting from 1904: :func:`.xlsx_parts.zero_date_shown`) —
    said so, never as ``00:00:00``, the bare serial or a date (:func:`.values.parse_date`)."""
    if type(raw) is dt.time:
        value = _hashes_if_negative(value, xml, ref)
        if value is not SHOWN_AS_HASHES and style.date == "date":
            return ShownAsNoDate(zero_date_shown(style.date_code, epoch_1904))
        return value
    if _day_of(value) == _DAY_BEFORE_PHANTOM and not epoch_1904:  # (day 59 or day 60: the cell's own says)
        return _phantom_if_day_60(value, xml, ref)
    return SHOWN_AS_HASHES if _is_number(value) and value >= 2958466 else value


def _xls_under_a_day(book: Any, fmt_id: int | None, value: float, epoch_1904: bool) -> Any:
    """A legacy .xls date cell holding a serial under one day, as Excel shows it: the day 0 a
    day-only format shows (``1900-01-00``, ``Jan-00``: :func:`.xlsx_parts.zero_date_shown`), in
    a day-and-time format its time of day (``09:00:00``: a time without a date), else the serial."""
    from .xlsx_parts import date_format, shown_date_code

    fmt = book.format_map.get(fmt_id) if fmt_id is not None else None
    code = getattr(fmt, "format_str", "") or ""
    kind = date_format(code, fmt_id or 0)
    if kind == "date":
        return ShownAsNoDate(zero_date_shown(shown_date_code(code, fmt_id or 0), epoch_1904))
    if kind == "datetime":
        return (dt.datetime.min + dt.timedelta(seconds=round(value * 86400))).time().isoformat()
    return value


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _percent_text(value: float) -> str:
    """0.05 in a percent-formatted cell → ``5%``: the clerk typed a percent, whatever its size."""
    from decimal import Decimal

    return format((Decimal(str(value)) * 100).normalize(), "f") + "%"


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


# ---------------------------------------------------------------------------------- readers
def _check_parts(archive: PartsZip) -> None:
    """What no spreadsheet program writes, refused before any part is parsed:

    - two zip members with one part name (OPC names ignore case): Excel refuses the file, and
      one reader reads one copy, another the other (one form shown in Excel, another read);
    - a part declaring a DTD (``<!DOCTYPE``, OOXML forbids them): its entities read a local
      file (``SYSTEM "file:///…"``) or expand a few bytes to gigabytes ("billion laughs");
    - a part in UTF-16: the cell reader reads nothing of it (a sheet read as empty, a workbook
      as no spreadsheet at all).
    """
    seen: set[str] = set()
    for info in archive.infolist():
        key = info.filename.casefold()
        if key in seen:
            raise _crafted(
                f"压缩包中有两个同名部件 {printable(info.filename)}（Excel 也会拒绝打开）",
                f"the zip holds two parts named {printable(info.filename)} (Excel refuses to open it too)",
            )
        seen.add(key)
        if key.endswith((".xml", ".rels")) and _declares_dtd(archive, info):
            raise _crafted(
                f"部件 {printable(info.filename)} 声明了 DTD（实体），Excel 从不写入，疑为特制的文件，未读取",
                f"the part {printable(info.filename)} declares a DTD (entities), which Excel never "
                "writes: a crafted file, not read",
            )
        if key.endswith((".xml", ".rels")) and _in_utf16(archive, info):
            raise _crafted(
                f"部件 {printable(info.filename)} 以 UTF-16 编码保存，而 Excel 保存的部件都是 UTF-8，"
                "表格读取器读不出其中的内容（会把工作表当作空表）：请在 Excel 中打开并另存为 .xlsx 后再提交",
                f"the part {printable(info.filename)} is saved in UTF-16, while Excel saves every part "
                "in UTF-8: the cell reader cannot read it (a sheet would read as empty); open the file "
                "in Excel and save it as .xlsx, then submit it again",
            )


# a shared-string cell's value: the index of its text in the workbook's table of strings
_STRING_INDEX = lazy_re(rb'\bt\s*=\s*["\']s["\'][^>]*>\s*<(?:\w+:)?v>([^<]*)<')
_CELL_REF_ATTR = lazy_re(rb"""\sr\s*=\s*["']([^"']{1,40})["']""")


def _string_count(archive: PartsZip, members: set[str]) -> int | None:
    """How many strings the workbook's shared-strings table holds (None: no table where Excel
    puts it, or one that cannot be read: the cell reader says so itself)."""
    if "xl/sharedStrings.xml" not in members:
        return None
    try:
        return sum(1 for _ in _SI_OPEN.finditer(archive.read("xl/sharedStrings.xml")))
    except (zipfile.BadZipFile, OSError, EOFError, zlib.error, RuntimeError, NotImplementedError):
        return None


_SI_OPEN = lazy_re(rb"<(?:\w+:)?si[\s>/]")


def _check_string_indexes(xml: bytes, title: str, strings: int | None = None) -> None:
    """A shared-string cell whose index is no whole number (``-1``, ``abc``, `` 2``) is a
    crafted cell: the cell reader (python-calamine) reads it as the workbook's first string, a
    value the clerk never typed there — refused naming the cell, never read as that string.
    An index past the table's end (``strings``: how many it holds) is refused naming the cell
    too (the cell reader's own refusal named none, in English)."""
    if b's"' not in xml and b"s'" not in xml:
        return
    for found in _STRING_INDEX.finditer(xml):
        index = found[1]
        past = strings is not None and index.isdigit() and (len(index) > 12 or int(index) >= strings)
        if index.isdigit() and not past:
            continue
        opened = xml.rfind(b"<", 0, found.start())
        ref = _CELL_REF_ATTR.search(xml, opened, found.start())
        cell = f"{title}!{ref[1].decode('utf-8', 'replace')}" if ref is not None else title
        shown = printable(index.decode("utf-8", "replace")[:20])
        if past:
            raise _crafted(
                f"单元格 {printable(cell)} 的共享字符串编号“{shown}”超出了工作簿的字符串表（只有 {strings} 项，"
                "Excel 不会这样保存），疑为特制或损坏的文件，未读取",
                f"the cell {printable(cell)} gives '{shown}' as its shared string's index, past the "
                f"end of the workbook's string table ({strings} strings; Excel never saves that): a "
                "crafted or damaged file, not read",
            )
        raise _crafted(
            f"单元格 {printable(cell)} 的共享字符串编号“{shown}”不是有效编号（Excel 不会这样保存），"
            "疑为特制的文件，未读取",
            f"the cell {printable(cell)} gives '{shown}' as its shared string's index, which is no "
            "index (Excel never saves that): a crafted file, not read",
        )


# a value's element closing with another element after it in the same cell: a cheap first look
# (most cells close at once: ``</v></c>``, ``<is><t>``), each found then checked whole
_AFTER_VALUE = (lazy_re(rb"v>\s*<[^/]"), lazy_re(rb"is>\s*<[^/t]"))
_TWO_VALUES = lazy_re(rb"</(?:[A-Za-z_][\w.-]*:)?(?:v|is)>\s*<(?:[A-Za-z_][\w.-]*:)?(?:v|is)[\s>/]")


def _check_one_value_a_cell(xml: bytes, title: str, cells: SheetCells) -> None:
    """A cell given twice in the sheet's part (two ``<c r="F5">``, one row given twice) or a cell
    holding two values (``<v>46273</v><v>12</v>``, two ``<is>``): the cell reader keeps the last
    one silently — a date or a customer the clerk never saw in Excel, which repairs the file
    (drops what it cannot place) when it opens it. Refused naming the cell, never guessed."""
    cell = None
    if cells.twice is not None:
        cell = f"{_col_letter(cells.twice[1])}{cells.twice[0]}"
    else:
        for pattern in _AFTER_VALUE:
            for found in pattern.finditer(xml):
                closing = xml.rfind(b"</", 0, found.end())
                if _TWO_VALUES.match(xml, closing):
                    opened = max(xml.rfind(b"<c ", 0, closing), xml.rfind(b":c ", 0, closing))
                    ref = _CELL_REF_ATTR.search(xml, max(opened, 0), closing)
                    cell = ref[1].decode("utf-8", "replace") if ref is not None else "?"
                    break
            if cell is not None:
                break
    if cell is None:
        return
    where = printable(f"{title}!{cell}")
    raise _crafted(
        f"单元格 {where} 在文件中给了两个值（同一单元格写了两次，Excel 打开时会修复并丢弃其一），"
        "无法确定哪个才是填写的值，疑为特制或损坏的文件，未读取：请在 Excel 中打开、核对该单元格并另存后再提交",
        f"the cell {where} is given two values in the file (the same cell written twice; Excel "
        "repairs the file and drops one when it opens it): which one was filled in cannot be told, "
        "a crafted or damaged file, not read; open it in Excel, check that cell, save it and submit it again",
    )


def _in_utf16(archive: PartsZip, info: zipfile.ZipInfo) -> bool:
    """A part in UTF-16 (its byte-order mark, or ``<`` followed or led by a zero byte)."""
    try:
        head = archive.head(info, 2)
    except (zipfile.BadZipFile, OSError, EOFError, zlib.error, RuntimeError, NotImplementedError):
        return False  # damaged or encrypted: the reader reports it
    return head in (b"\xff\xfe", b"\xfe\xff", b"<\x00", b"\x00<")


def _declares_dtd(archive: PartsZip, info: zipfile.ZipInfo) -> bool:
    """A DTD stands in the prolog, before the root element: the part's first kilobytes say —
    unless comments fill them (a prolog padded past them to hide a ``<!DOCTYPE>``): then up
    to a megabyte is read, and a prolog longer still is taken for a crafted one."""
    try:
        head, whole = _prolog_head(archive, info, 4096)
        if b"<!DOCTYPE" in head:
            return True
        if whole or _ROOT_TAG.search(_PROLOG_COMMENT.sub(b"", head)):
            return False
        head, _ = _prolog_head(archive, info, 1 << 20)
    except (zipfile.BadZipFile, OSError, EOFError, zlib.error, RuntimeError, NotImplementedError):
        return False  # damaged or encrypted: the reader reports it
    return b"<!DOCTYPE" in head or not _ROOT_TAG.search(_PROLOG_COMMENT.sub(b"", head))


_ROOT_TAG = lazy_re(rb"<[A-Za-z_]")
_PROLOG_COMMENT = lazy_re(rb"<!--.*?(?:-->|$)", re.S)


def _prolog_head(archive: PartsZip, info: zipfile.ZipInfo, size: int) -> tuple[bytes, bool]:
    """The part's first ``size`` bytes (UTF-16 read as such), and whether that is all of it."""
    raw = archive.head(info, size)
    head = (
        raw.decode("utf-16", errors="ignore").encode() if raw.startswith((b"\xff\xfe", b"\xfe\xff")) else raw
    )
    return head, len(raw) < size


def _one_sheet_a_name(sheets: Iterable[Any]) -> None:
    """Two sheets of one name (Excel compares them regardless of case) are a crafted workbook:
    Excel never saves one and refuses to open it, and the cell reader would give the first
    sheet's values under the second's styles and formulas — two forms of one name, one of them
    never read. So are two names of one sheet (two ``<sheet>`` pointing to one part): one form
    read, filed and numbered twice."""
    seen: set[str] = set()
    for sheet in sheets:
        key = sheet.name.casefold()
        if key in seen:
            raise _crafted(
                f"工作簿中有两张名为“{printable(sheet.name)}”的工作表（Excel 不会这样保存，也拒绝打开），疑为特制的文件，未读取",
                f"the workbook holds two sheets named '{printable(sheet.name)}' (Excel never saves "
                "that and refuses to open it): a crafted file, not read",
            )
        seen.add(key)
    shown: dict[str, str] = {}
    for sheet in sheets:
        if sheet.part is None:
            continue
        first = shown.setdefault(sheet.part, sheet.name)
        if first != sheet.name:  # one sheet under two names: one form read (and numbered) twice
            raise _crafted(
                f"工作簿中的工作表“{printable(first)}”和“{printable(sheet.name)}”是同一张表（指向同一个部件 "
                f"{printable(sheet.part)}，Excel 不会这样保存），同一份表单会被读成两份，疑为特制的文件，未读取",
                f"the workbook's sheets '{printable(first)}' and '{printable(sheet.name)}' are one sheet "
                f"(both point to the part {printable(sheet.part)}, which Excel never saves): one form "
                "would be read as two, a crafted file, not read",
            )


def _crafted(zh: str, en: str) -> SourceError:
    return SourceError("corrupt_file", reason=Bilingual(zh, en))


# Excel's grid: a reference past it (row 1,048,577, column XFE) or at row 0 is none Excel writes
GRID_ROWS, GRID_COLS = 1_048_576, 16_384


def _spans(merged: Iterable[tuple[int, int, int, int]]) -> dict[tuple[int, int], tuple[int, int]]:
    """Merged ranges (row0, col0, row1, col1, from 1) as first cell → last cell, cut at the
    part of a sheet the reader reads (MAX_ROWS × MAX_COLS): a crafted merge over the whole grid
    (``A60:XFD1048576``, 17 billion cells) would have every covered cell listed, the batch held
    for hours and all memory taken. A range that starts outside that part, or whose ends are
    the wrong way round, covers nothing the reader reads."""
    out = {}
    for r0, c0, r1, c1 in merged:
        r1 = r1 if r1 < MAX_ROWS else MAX_ROWS
        c1 = c1 if c1 < MAX_COLS else MAX_COLS
        if 1 <= r0 <= r1 and 1 <= c0 <= c1:
            out[(r0, c0)] = (r1, c1)
    return out


def _covered(spans: dict[tuple[int, int], tuple[int, int]]) -> set[tuple[int, int]]:
    """The cells a merged range covers besides its first (top-left) one, which holds its
    value: no box of their own, in an .xlsx as in an .xls (``spans``: first cell → last cell)."""
    out: set[tuple[int, int]] = set()
    for (r0, c0), (r1, c1) in spans.items():  # (each row's cells paired in C: issue 15)
        out.update(zip(repeat(r0), range(c0 + 1, c1 + 1)))
        for r in range(r0 + 1, r1 + 1):
            out.update(zip(repeat(r), range(c0, c1 + 1)))
    return out


# the zip methods of an Office file: stored and deflated. A zip tool that packed the workbook
# again may have chosen another (7-Zip's Deflate64, bzip2, LZMA…): Excel opens none of them,
# and neither does the cell reader (python-calamine)
_OFFICE_METHODS = {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED}
_ZIP_METHODS = {9: "Deflate64", 10: "PKWARE DCL", 12: "bzip2", 14: "LZMA", 95: "XZ", 98: "PPMd"}


def _check_compression(archive: PartsZip) -> None:
    """A workbook packed again by a zip tool with a method Excel does not write is refused in
    the clerk's words (not Python's ``NotImplementedError``): open it in Excel and save it."""
    for info in archive.infolist():
        method = info.compress_type
        if info.flag_bits & 0x1 or method == 99:  # a zip tool's password (ZipCrypto, WinZip AES)
            raise SourceError("encrypted_file")
        if method in _OFFICE_METHODS:
            continue
        name = _ZIP_METHODS.get(method) or f"#{method}"
        raise SourceError(
            "corrupt_file",
            reason=Bilingual(
                f"工作簿被压缩软件以 {name} 方式重新打包，Excel 不用这种方式：请在 Excel 中打开并另存为 .xlsx 后再提交",
                f"the workbook was packed again by a zip tool with {name} compression, which Excel "
                "does not use: open it in Excel and save it as .xlsx, then submit it again",
            ),
        )


def _read_xlsx(data: bytes, only: AbstractSet[str] | None = None) -> Workbook:
    """Cell values by python-calamine; styles, names and the used range by xlsx_parts.

    The same boxes a full openpyxl load made (issue 15: a twentieth of its time): one per cell
    of the used range (styled empty cells included) up to MAX_ROWS × MAX_COLS, a merged range
    as one box, values as openpyxl gives them (a whole number an int, a date a date). ``only``:
    the sheets of those names alone (each read as in the whole workbook: a sheet's boxes are
    its own cells', :func:`passed_over`). The shown sheets only: the hidden ones are read from the
    same archive when asked (``Workbook.unread``).
    """
    import python_calamine

    check_zip_members(data)  # before zipfile makes an object of each member
    try:
        archive = PartsZip(io.BytesIO(data))  # each part inflated once, however often it is read
        members = set(archive.namelist())
    except zipfile.BadZipFile as exc:
        raise SourceError("corrupt_file", reason=library_reason(exc)) from None
    _check_compression(archive)
    check_workbook(archive)  # sizes, ratios and cells before any part is inflated
    _check_parts(archive)
    if "xl/workbook.xml" not in members and _opendocument(archive, members):
        raise SourceError(
            "not_a_spreadsheet",
            reason=Bilingual(
                "这是 OpenDocument 表格（.ods，WPS 或 LibreOffice 所存），请另存为 Excel 工作簿（.xlsx）",
                "it is an OpenDocument spreadsheet (.ods, from WPS or LibreOffice): save it as an "
                "Excel workbook (.xlsx)",
            ),
        )
    if "xl/workbook.xml" not in members and "xl/workbook.bin" in members:
        raise SourceError("binary_workbook")  # an Excel workbook, of a kind kesu cannot read
    if "xl/workbook.xml" not in members and _numbers(members):
        raise SourceError("numbers_document")  # Apple Numbers, renamed
    inner = [
        m
        for m in archive.namelist()
        if m.lower().endswith((".xlsx", ".xlsm", ".xls")) and not m.endswith("/")
    ]
    if "xl/workbook.xml" not in members and inner:
        # a workbook zipped again (a mail gateway's, a colleague's) and given the workbook's name
        raise SourceError(
            "not_a_spreadsheet",
            reason=Bilingual(
                f"这是一个压缩包（zip），里面装着工作簿“{inner[0]}”：请先解压，再提交里面的 .xlsx 文件",
                f"it is a zip archive holding the workbook '{inner[0]}': unzip it and submit the .xlsx inside",
            ),
        )
    if "xl/workbook.xml" not in members and (what := other_document(data)):
        raise SourceError("not_a_spreadsheet", reason=joined(what, _SEND_WORKBOOK))
    if "xl/workbook.xml" not in members and (what := zip_of(archive.namelist())):
        raise SourceError("not_a_spreadsheet", reason=what)
    if "xl/workbook.xml" not in members:
        raise SourceError(
            "not_a_spreadsheet",
            reason=Bilingual(
                "zip 文件中没有 xl/workbook.xml（可能是 Word 或其他文件）",
                "the zip holds no xl/workbook.xml (a Word or other file?)",
            ),
        )
    try:
        parts = read_parts(archive)
        _one_sheet_a_name(parts.sheets)
        book = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
        unread = _XlsxSheets(archive, members, parts, book)
    except SourceError:
        raise
    except Exception as exc:  # truncated members, broken XML: the file is damaged
        raise SourceError("corrupt_file", reason=library_reason(exc)) from None
    sheets = unread.read(lambda part: part.state in SHOWN and (only is None or part.name in only))
    charts = tuple(p.name for p in parts.sheets if not p.worksheet and p.state == "visible")
    names = {k: dict(v) for k, v in _kesu_names(tuple(parts.names)).items()}
    hidden = tuple((p.name, p.state) for p in parts.sheets if p.worksheet and p.state in _HIDDEN)
    macros = _macros(members)
    return Workbook(sheets, names, parts.epoch_1904, charts, outside_links(archive), macros, hidden, unread)


class _XlsxSheets:
    """The worksheets of one opened .xlsx, read as they are asked for: the shown ones by
    :func:`_read_xlsx`, a hidden one only where the shown hold no form (:func:`_hidden_forms`),
    from the same archive and calamine workbook (the file is unzipped and its parts read once)."""

    def __init__(self, archive: PartsZip, members: set[str], parts: Any, book: Any) -> None:
        self.archive, self.members, self.parts, self.book = archive, members, parts, book
        self.comments: dict[str, Notes] = {}  # each comments part parsed once, whatever points at it
        self.strings = _string_count(archive, members)
        self.printed = _print_areas(parts.names)

    def read(self, wanted: Callable[[Any], bool]) -> list[Sheet]:
        """The worksheets whose part (``xlsx_parts.SheetPart``) is ``wanted``, in order."""
        try:
            return [
                self._sheet(index, part)
                for index, part in enumerate(self.parts.sheets)
                if part.worksheet and wanted(part)
            ]
        except SourceError:
            raise
        except Exception as exc:  # truncated members, broken XML: the file is damaged
            raise SourceError("corrupt_file", reason=library_reason(exc)) from None

    def sheets(self, names: AbstractSet[str]) -> list[Sheet]:
        return self.read(lambda part: part.name in names)

    def texts(self, name: str) -> list[Any]:
        """The sheet's values alone (calamine's, no style, box nor drawing), row by row: enough
        to see a form's title on it (:func:`_titled`)."""
        try:
            [part] = [p for p in self.parts.sheets if p.worksheet and p.name == name]
            if part.part is not None:
                check_sheet_extent(self.archive, part.part, part.name)
            self.book, values = _calamine_sheet(self.book, self.archive, name)
            rows = values.to_python() if values.height else []
        except SourceError:
            raise
        except Exception as exc:
            raise SourceError("corrupt_file", reason=library_reason(exc)) from None
        return [v for row in rows[:MAX_ROWS] for v in row[:MAX_COLS] if v is not None and v != ""]

    def _sheet(self, index: int, part: Any) -> Sheet:
        archive, parts, members = self.archive, self.parts, self.members
        # the sheet's XML inflated once: the extent check and the style scan read it again
        xml = archive.read(part.part) if part.part is not None else b""
        if part.part is not None:
            check_sheet_extent(archive, part.part, part.name)
            _check_string_indexes(xml, part.name, self.strings)
        self.book, values = _calamine_sheet(self.book, archive, part.name)
        cells = sheet_cells(archive, part.part, MAX_ROWS) if part.part is not None else SheetCells({})
        _check_one_value_a_cell(xml, part.name, cells)
        # a rule's colour may show white letters on a dark fill: then white is not unprinted
        white_unprinted = b"conditionalFormatting" not in xml
        formulas = sheet_formulas(xml)
        sheet = _xlsx_sheet(
            part.name,
            values,
            cells,
            parts.styles,
            parts.epoch_1904,
            white_unprinted,
            {} if parts.as_displayed else formulas.texts,
            xml,
        )
        if part.part is None:
            return sheet
        uncached = (_location(part.name, r, c) for r, c in formulas.uncached)
        sheet.uncached = frozenset(uncached) - set(sheet.worked)
        sheet.outside = {
            _location(part.name, r, c): text for (r, c), text in formulas.texts.items() if from_outside(text)
        }
        sheet.struck.update(_struck_runs(archive, xml, part.name, members))
        _with_marks(sheet, _symbol_runs(archive, xml, part.name, members, cells.style_of, parts.styles))
        _with_controls(sheet, check_boxes(archive, part.part, xml))
        drawn = drawing(archive, part.part, xml)
        _with_text_boxes(sheet, drawn.text_boxes)
        _with_pictures(sheet, drawn.pictures)
        _with_page_texts(sheet, page_texts(xml))
        sheet.hidden_rows, sheet.hidden_cols = _hidden(xml)
        sheet.print_area = self.printed.get(index, ())
        sheet.notes = _merged_notes(sheet, cell_notes(archive, part.part, self.comments))
        return sheet


def _macros(members: AbstractSet[str]) -> bool:
    """Does the package carry macros: a VBA project (an .xlsm's, an .xltm's, whatever the
    file's name) or Excel 4.0 macro sheets."""
    return any(
        m.lower().endswith("vbaproject.bin") or m.lower().startswith("xl/macrosheets/") for m in members
    )


# an error cell's saved result (``<c r="B4" t="e"><f>…</f><v>#SPILL!</v></c>``)
_ERROR_RESULT = lazy_re(
    rb'(<(?:\w+:)?c\s[^>]*?\bt="e"[^>]*>(?:(?!</(?:\w+:)?c>).){0,4000}?<(?:\w+:)?v>)[^<]*(<)', re.S
)


def _print_areas(
    names: list[tuple[str, int | None, str]],
) -> dict[int, tuple[tuple[int, int, int, int], ...]]:
    """Sheet index → the ranges of its print area (``_xlnm.Print_Area``, scoped to the sheet:
    ``'Form'!$A$1:$F$40``, several joined by commas, whole columns ``$A:$F`` or rows ``$1:$40``).

    >>> _print_areas([("_xlnm.Print_Area", 0, "'表'!$A$1:$F$40,'表'!$H$1:$H$3"), ("kesu.x", None, "A1")])
    {0: ((1, 1, 40, 6), (1, 8, 3, 8))}
    >>> _print_areas([("_xlnm.Print_Area", 1, "Sheet2!$A:$D"), ("_xlnm.Print_Area", 2, "#REF!")])
    {1: ((1, 1, 2000, 4),)}
    """
    out: dict[int, tuple[tuple[int, int, int, int], ...]] = {}
    for name, scope, formula in names:
        if name.lower() != "_xlnm.print_area" or scope is None:
            continue
        ranges = []
        for part in formula.lstrip("=").split(","):
            ref = part.rpartition("!")[2].replace("$", "").strip()
            area = _parse_ref(ref)
            if area is None and (m := _WHOLE_LINES.match(ref)) is not None:
                if m[1]:  # whole columns
                    area = (1, column_number(m[1]), MAX_ROWS, column_number(m[2]))
                else:  # whole rows
                    area = (int(m[3]), 1, int(m[4]), MAX_COLS)
            if area is not None:
                ranges.append(area)
        if ranges:
            out[scope] = tuple(ranges)
    return out


_WHOLE_LINES = lazy_re(r"^(?:([A-Za-z]{1,3}):([A-Za-z]{1,3})|([0-9]+):([0-9]+))$")


def _calamine_sheet(book: Any, archive: zipfile.ZipFile, name: str) -> tuple[Any, Any]:
    """(the workbook calamine reads, the sheet ``name``'s values). calamine refuses a whole sheet
    over one error value it does not know (Excel 365's ``#SPILL!``, ``#CALC!``, ``#FIELD!`` …):
    then it is given the workbook with every error cell saved as ``#N/A`` (read as empty, as
    any error is); the cells' own scan (``SheetCells.errors``) keeps the error the file saved,
    so the field is still told it holds an error result, never read as a value."""
    from python_calamine import CalamineError, CalamineWorkbook

    try:
        return book, book.get_sheet_by_name(name)
    except CalamineError as exc:
        if "error value" not in str(exc):
            raise
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in archive.infolist():
            data = archive.read(info)
            if info.filename.startswith("xl/worksheets/") and info.filename.endswith(".xml"):
                data = _ERROR_RESULT.sub(rb"\1#N/A\2", data)
            z.writestr(info.filename, data)
    book = CalamineWorkbook.from_filelike(io.BytesIO(out.getvalue()))
    return book, book.get_sheet_by_name(name)


def _merged_notes(sheet: Sheet, notes: Notes) -> Notes:
    """A note on any cell of a merged range is the note of the range's value (read from its
    top-left cell)."""
    if not notes:
        return notes
    top_left: dict[str, str] = {}
    for ref in notes:
        at = _parse_ref(ref)
        box = sheet.at.get((at[0], at[1])) if at is not None else None
        if box is not None:
            top_left[ref] = box.location.rpartition("!")[2].split(":", 1)[0]
    return on_merged(notes, top_left)


@functools.lru_cache(maxsize=32)
def _kesu_names(
    defined: tuple[tuple[str, int | None, str], ...],
) -> dict[str, dict[str, tuple[int, int, int, int]]]:
    """Sheet title → field path → the range of its ``kesu.*`` name (read once per workbook part:
    forms filled on one blank share them; the caller copies what it keeps)."""
    names: dict[str, dict[str, tuple[int, int, int, int]]] = {}
    # workbook-wide names first, then the sheet-scoped ones (a copied sheet's own names win)
    ordered = [n for n in defined if n[1] is None] + [n for n in defined if n[1] is not None]
    for name, _scope, formula in ordered:
        if not name.lower().startswith(NAME_PREFIX):
            continue
        target = destination(formula)
        if target is None:  # a name pointing at #REF! after a clerk deleted its row
            continue
        area = _parse_ref(target[1])
        if area is not None:
            names.setdefault(target[0], {})[name[len(NAME_PREFIX) :].lower()] = area
    return names


def _xlsx_sheet(
    title: str,
    source: Any,
    cells: SheetCells,
    styles: list[CellStyle],
    epoch_1904: bool,
    white_unprinted: bool = True,
    formulas: dict[tuple[int, int], str] | None = None,
    xml: bytes = b"",
) -> Sheet:
    """One worksheet's boxes from calamine's values and the streamed cell styles; a formula's
    cell with no saved result or a stale one holds what its formula works out to
    (:mod:`.xlsx_formulas`), remembered in ``sheet.worked`` for the field's warning."""
    sheet = Sheet(title, in_cents=set())
    rows = source.to_python(skip_empty_area=False) if source.height else []
    if formulas:
        sheet.worked = _worked_into(rows, formulas, title, cells.errors)
    merged = source.merged_cell_ranges or []
    spans = _spans((r0 + 1, c0 + 1, r1 + 1, c1 + 1) for (r0, c0), (r1, c1) in merged)
    covered = _covered(spans)
    # the used range as openpyxl counted it: every <c> element, merged ranges included
    max_row = max([cells.max_row, len(rows), *(r1 for r1, _c1 in spans.values())])
    max_col = max(
        [cells.max_col, max((len(r) for r in rows), default=0), *(c1 for _r1, c1 in spans.values())]
    )
    if cells.truncated:
        max_row = MAX_ROWS
    max_row, max_col = min(max(max_row, 1), MAX_ROWS), min(max(max_col, 1), MAX_COLS)
    style_of = cells.style_of
    errors = cells.errors
    n_styles = len(styles)
    in_cents = sheet.in_cents
    at, boxes, struck = sheet.at, sheet.boxes, sheet.struck
    prefix = f"{title}!"
    letters = [_col_letter(c) for c in range(max_col + 1)] if max_col else []  # [0] unused
    # each cell's key and location made once (issue 15: asked of every cell of the used range)
    for r in range(1, max_row + 1):
        row = rows[r - 1] if r <= len(rows) else ()
        width = len(row)
        for c in range(1, max_col + 1):
            key = (r, c)
            if key in covered:
                continue
            raw = row[c - 1] if c <= width else None
            if raw == "" and key in errors:
                raw = errors[key]
            s = style_of.get(key)
            style = styles[s] if s is not None and s < n_styles else PLAIN
            location = f"{prefix}{letters[c]}{r}"
            if raw is None or raw == "" or (style.unprinted and white_unprinted):
                if raw is not None and raw != "":
                    sheet.unshown.append(f"{letters[c]}{r}")  # (said when the form reads blank)
                value, text = None, ""  # (white letters on no fill: not on the page, nor a value)
            elif type(raw) is str:
                # "R" in Wingdings 2: a ticked box; "___TS-01___": the fill-in line is no value
                value = text = without_fill_in_lines(as_marks(raw, style.symbols))
            else:
                value = _as_cell_value(_calamine_value(raw), style.num_fmt_id, False, epoch_1904)
                if type(raw) is dt.time or style.date:  # (-1 in a date cell: Excel shows ``####``)
                    value = _date_as_shown(value, raw, style, xml, f"{letters[c]}{r}", epoch_1904)
                if style.percent and _is_number(value) and 0 < value <= 1:
                    # a percent cell showing 100% means 100 %, not the bare 1 that reads as 1 %
                    value = _percent_text(value)
                elif (
                    style.prefix is not None
                    and _is_number(value)
                    and float(value).is_integer()
                    and value >= 0
                    and (style.prefix[0] or len(str(int(value))) < style.prefix[1])
                ):
                    # ``"KS-"000000`` shows 260352 as KS-260352, ``0000000`` 45120 as 0045120: the
                    # number the clerk reads is the text
                    value = f"{style.prefix[0]}{int(value):0{style.prefix[1]}d}"
                text = _text(value)
                if type(value) is float and style.decimals is not None and style.decimals <= 2:
                    in_cents.add(location)  # type: ignore[union-attr]
                if style.currency and _is_number(value):
                    sheet.currencies[location] = style.currency
                if style.scientific and _is_number(value):
                    sheet.scientific.add(location)
            span = spans.get(key)
            if span is None:
                box = Box(text, value, c, r, c + 1, r + 1, location, style.bold, style.filled)
                boxes.append(box)
                at[key] = box
            else:
                last_row, last_col = span
                box = Box(text, value, c, r, last_col + 1, last_row + 1, location, style.bold, style.filled)
                sheet.add(box, r, c, last_row, last_col)
            if style.struck and text:
                struck[location] = None
            if style.blank and text and hides(style.blank, raw):
                sheet.blanked.add(location)
    # rows holding a ruled cell (a merged one: all its rows); each style asked once (issue 15)
    ruled_of: dict[int, bool] = {}
    ruled: set[int] = set()
    for key, s in style_of.items():
        is_ruled = ruled_of.get(s)
        if is_ruled is None:
            is_ruled = ruled_of[s] = s < n_styles and styles[s].ruled
        if is_ruled:
            span = spans.get(key)
            if span is None:
                ruled.add(key[0])
            else:
                ruled.update(range(key[0], span[0] + 1))
    sheet.ruled_rows = frozenset(ruled)
    return sheet


def _worked_into(
    rows: list[list[Any]],
    formulas: dict[tuple[int, int], str],
    title: str,
    errors: dict[tuple[int, int], str] | None = None,
) -> dict[str, Worked]:
    """Put into ``rows`` (calamine's values, changed in place) each formula's worked-out result
    where the file saved none or a stale one; → those cells (Sheet!A1) and their working. A
    saved error (``errors``: calamine reads ``#N/A`` as empty) is a result, never replaced.
    (A workbook set to "precision as displayed" is not worked out at all: its saved results are
    rounded to each cell's shown decimals, so they are not the formulas' plain arithmetic.)"""

    def saved(cell: tuple[int, int]) -> Any:
        r, c = cell
        return rows[r - 1][c - 1] if r <= len(rows) and c <= len(rows[r - 1]) else None

    out = {}
    for (r, c), worked in work_out(formulas, saved, errors or {}).items():
        if worked.saved not in (None, "") and not differs(worked):
            continue
        while len(rows) < r:
            rows.append([])
        rows[r - 1].extend([None] * (c - len(rows[r - 1])))
        rows[r - 1][c - 1] = float(worked.value)
        out[_location(title, r, c)] = worked
    return out


def formula_problems(
    spec: FormSpec,
    worked: dict[str, Worked],
    uncached: AbstractSet[str],
    values: dict[str, Any],
    where: Locations,
    outside: Mapping[str, str] | None = None,
) -> list[Problem]:
    """The fields read from formulas' cells (any sheet's: ``worked``, ``uncached`` and
    ``outside`` are keyed Sheet!A1): one read from a formula kesu worked out (no saved result, or
    a stale one) is warned, with the formula and both figures; one read empty from a formula with
    no saved result is an error; one read from a formula that fetches it from outside the file
    (another workbook, DDE, the web) is warned with the formula. One rule for the generic reader
    and the profiles."""
    if not worked and not uncached and not outside:
        return []
    out = []
    for path, where_read in where.items():
        place = where_read.split(":", 1)[0]
        if not path:
            continue
        read = value_paths.get(values, path)
        if place in uncached and read in (None, ""):
            out.append(on_cell("formula_without_value", spec, path, place, severity="error"))
            continue
        worked_out = worked.get(place)
        if read in (None, ""):
            continue
        if worked_out is not None:
            out.append(_worked_warning(spec, path, place, worked_out))
        elif outside and place in outside:
            out.append(on_cell("formula_from_outside", spec, path, place, formula=outside[place]))
    return out


def _worked_warning(spec: FormSpec, path: str, place: str, worked: Worked) -> Problem:
    shown = format(worked.value.normalize(), "f")
    if worked.saved in (None, ""):
        return on_cell("formula_worked_out", spec, path, place, formula=worked.formula, value=shown)
    saved = format(Decimal(repr(worked.saved)).normalize(), "f")
    return on_cell("formula_stale", spec, path, place, formula=worked.formula, value=shown, saved=saved)


def workbook_outside(sheets: list[Sheet]) -> dict[str, str]:
    """Every sheet's cells whose formula fetches from outside the file, keyed Sheet!A1."""
    return {place: text for sheet in sheets for place, text in sheet.outside.items()}


def workbook_formulas(sheets: list[Sheet]) -> tuple[dict[str, Worked], frozenset[str]]:
    """Every sheet's worked-out formulas and formulas without a result, keyed Sheet!A1: a form
    may read its totals from another tab."""
    worked = {place: w for sheet in sheets for place, w in sheet.worked.items()}
    return worked, frozenset().union(*(sheet.uncached for sheet in sheets))


def _past_uncalculated(
    reading: Reading, uncached: AbstractSet[str], values: dict[str, Any], where: Locations
) -> None:
    """A value read past a cell holding a formula with no saved result (the label, the
    formula's cell, then another cell's text) is not the field's: the field's value is the
    formula's result the file lacks, so it is left out and the field put on that cell (where
    :func:`formula_problems` says the result is missing)."""
    if not uncached:
        return
    for path, place in list(where.items()):
        if not path or (place in uncached and values.get(path) in (None, "")):
            continue
        skipped = _formula_passed(uncached, reading.provenance.get(path), place)
        if skipped is not None and value_paths.put(values, path, None):
            reading.problems[:] = [p for p in reading.problems if p.field != path]
            where[path] = skipped


def _formula_passed(uncached: AbstractSet[str], how: Provenance | None, place: str) -> str | None:
    """The cell with an uncalculated formula lying between a value's label and the value (in
    the label's row or column), or None: the reader went past the field's own empty cell."""
    if how is None or not how.label_location or "!" not in place:
        return None
    (lr, lc), (vr, vc) = _cell_of(how.label_location), _cell_of(place)
    if (lr, lc) == (0, 0) or (vr, vc) == (0, 0):
        return None
    title = place.rsplit("!", 1)[0]
    if lr == vr and lc < vc:
        between = [_location(title, lr, c) for c in range(lc + 1, vc)]
    elif lc == vc and lr < vr:
        between = [_location(title, r, lc) for r in range(lr + 1, vr)]
    else:
        return None
    return next((cell for cell in between if cell in uncached), None)


class _Others:
    """The cells of the other names and the cells before them (``(row, col)``), for one
    name's ``target``: a membership test on counts made once a sheet, not a set made for
    each name (issue 15)."""

    __slots__ = ("held", "own")

    def __init__(self, held: Counter[tuple[int, int]], target: tuple[int, ...]) -> None:
        self.held = held
        self.own = {(target[0], target[1]), (target[0], target[1] - 1)}

    def __contains__(self, cell: object) -> bool:
        return self.held.get(cell, 0) > (1 if cell in self.own else 0)  # type: ignore[call-overload]


def _typed_beside(
    sheet: Sheet, spec: FormSpec, key: str, r0: int, c0: int, others: Container[tuple[int, int]]
) -> Box | str | None:
    """The value a clerk typed beside our blank's empty cell for ``key`` (row ``r0``, column
    ``c0``): after the colon in the label's own cell (``受理日期：2026-09-08``) → that text, or
    further right on the row before the next label or field (a merged cell un-merged and the
    value typed in its second half) → that cell's box. None when there is none."""
    label = sheet.at.get((r0, c0 - 1))
    if label is not None and not label.empty:
        head, colon, rest = re.sub(r"^[*＊\s]+", "", label.text).partition(
            "：" if "：" in label.text else ":"
        )
        if colon and rest.strip() and any(_same_label(head, t) for t in spec.leaf_fields[key].labels):
            return rest.strip()
    here = sheet.at.get((r0, c0))
    for c in range(c0 + 1, MAX_COLS + 1):
        box = sheet.at.get((r0, c))
        if box is None or box is here:
            continue
        if (r0, c) in others or label_like(box.text):
            return None  # the next field begins
        if not box.empty:
            return box
    return None


def _beside_warnings(wb: Workbook, sheet: Sheet, spec: FormSpec, named_where: Locations) -> list[Problem]:
    """A warning on each field read beside the cell our blank keeps for it (see _typed_beside)."""
    out = []
    for key, (r0, c0, _r1, _c1) in wb.names.get(sheet.title, {}).items():
        place, expected = named_where.get(key), _location(sheet.title, r0, c0)
        if place is None or place == expected or key not in spec.leaf_fields:
            continue
        out.append(on_cell("value_beside_its_cell", spec, key, place, expected=expected.rsplit("!", 1)[-1]))
    return out


_SI = lazy_re(rb"<(?:\w+:)?si>(.*?)</(?:\w+:)?si>", re.S)
_RUN = lazy_re(
    rb"<(?:\w+:)?r>\s*(?:<(?:\w+:)?rPr>(.*?)</(?:\w+:)?rPr>)?\s*<(?:\w+:)?t(?:\s[^>]*)?(?:/>|>(.*?)</(?:\w+:)?t>)",
    re.S,
)
_STRIKE = lazy_re(rb"<(?:\w+:)?strike\b([^>]*)>")
_PHONETIC = lazy_re(rb"<(?:\w+:)?rPh\b.*?</(?:\w+:)?rPh>", re.S)
_STRING_CELL = lazy_re(
    rb"<(?:\w+:)?c\s([^>]*)>\s*(?:<(?:\w+:)?v>([0-9]+)</(?:\w+:)?v>|<(?:\w+:)?is>(.*?)</(?:\w+:)?is>)", re.S
)


def _kept_text(item: bytes) -> str | None:
    """A rich text with some runs struck through: the text of the others; None otherwise."""
    import html

    if b"strike" not in item:
        return None
    kept, any_struck = [], False
    for props, text in _RUN.findall(_PHONETIC.sub(b"", item)):
        mark = _STRIKE.search(props or b"")
        if mark is not None and not re.search(rb'val\s*=\s*"(?:0|false|off)"', mark[1]):
            any_struck = True
        else:
            kept.append(html.unescape((text or b"").decode("utf-8", "replace")))
    return "".join(kept).strip() if any_struck else None


def _struck_runs(
    archive: zipfile.ZipFile, data: bytes, title: str, members: set[str]
) -> dict[str, str | None]:
    """Cells whose text is partly struck through (a value crossed out and the correction typed
    after it, in one cell): location → the text not struck (None when all of it is)."""
    found = _rich_cells(archive, data, title, members, b"strike", _kept_text)
    return {where: kept or None for where, kept in found.items()}


def _rich_cells(
    archive: zipfile.ZipFile,
    data: bytes,
    title: str,
    members: set[str],
    marker: bytes,
    read: Any,
    cell: Any = None,
) -> dict[str, Any]:
    """The string cells of a sheet whose rich text ``read`` makes something of (not None),
    shared or inline: location → what it made. ``marker``: bytes every such text holds, so a
    sheet without them is passed over unread (``strike``, ``ingdings``). ``cell``: given what
    was made, the row and the column, what the cell makes of it (None: nothing)."""
    shared: dict[int, Any] = {}
    if "xl/sharedStrings.xml" in members:
        strings = archive.read("xl/sharedStrings.xml")
        if marker in strings:
            for i, m in enumerate(_SI.finditer(strings)):
                made = read(m[1])
                if made is not None:
                    shared[i] = made
    if not shared and marker not in data:
        return {}
    out: dict[str, Any] = {}
    for attrs, index, inline in _STRING_CELL.findall(data):
        ref = re.search(rb'\br="([A-Z]{1,3})([0-9]+)"', attrs)
        if ref is None:
            continue
        made = shared.get(int(index)) if index and b't="s"' in attrs else read(inline) if inline else None
        row, col = int(ref[2]), column_number(ref[1].decode("ascii"))
        if made is not None and cell is not None:
            made = cell(made, row, col)
        if made is not None:
            out[_location(title, row, col)] = made
    return out


_RFONT = lazy_re(rb'<(?:\w+:)?rFont\s+val\s*=\s*"([^"]*)"')
_SYMBOL_RUN = lazy_re(rb"(?i)wingdings|webdings")  # a run in a symbol font (symbol_fonts.symbol_font)


def _marked_runs(item: bytes) -> list[tuple[bytes | None, str]] | None:
    """A rich text with runs set in a font of their own: each run's font (None: the cell's, a run
    without ``rFont``) and text; None when no run names its font (the cell's font is the whole's)."""
    import html

    if b"rFont" not in item:
        return None
    runs = [
        (
            font[1] if (font := _RFONT.search(props or b"")) else None,
            html.unescape((text or b"").decode("utf-8", "replace")),
        )
        for props, text in _RUN.findall(_PHONETIC.sub(b"", item))
    ]
    return runs if any(font is not None for font, _ in runs) else None


def _symbol_runs(
    archive: zipfile.ZipFile,
    data: bytes,
    title: str,
    members: set[str],
    style_of: dict[tuple[int, int], int],
    styles: list[Any],
) -> dict[str, str]:
    """Cells whose rich text has runs in a symbol font (check boxes typed as Wingdings in the
    cell's text), or runs in a text font in a cell whose style's font is a symbol font: location
    → the text with its boxes as the reader knows them, each run translated by its own font (a
    run naming none by the cell's)."""
    in_symbols = any(style.symbols for style in styles)

    def marked(runs: list[tuple[bytes | None, str]], row: int, col: int) -> str | None:
        s = style_of.get((row, col))
        own = styles[s].symbols if s is not None and s < len(styles) else None
        fonts = [own if font is None else symbol_font(font.decode("utf-8", "replace")) for font, _ in runs]
        if own is None and not any(font is not None and _SYMBOL_RUN.search(font) for font, _ in runs):
            return None  # (no run in Wingdings or Webdings: the text as stored)
        return "".join(as_marks(text, symbols) for symbols, (_, text) in zip(fonts, runs, strict=True))

    # Wingdings, Webdings in a run; any run's font when a style's font is a symbol font
    return _rich_cells(
        archive, data, title, members, b"rFont" if in_symbols else b"dings", _marked_runs, marked
    )


def _with_marks(sheet: Sheet, marked: dict[str, str]) -> None:
    """Put the translated texts of :func:`_symbol_runs` into their boxes."""
    if not marked:
        return
    for i, box in enumerate(sheet.boxes):
        text = marked.get(box.location)
        if text is not None and isinstance(box.value, str):
            sheet.boxes[i] = new = dataclasses.replace(box, text=text, value=text)
            for key in [k for k, b in sheet.at.items() if b is box]:
                sheet.at[key] = new


def _with_controls(sheet: Sheet, controls: dict[tuple[int, int], str]) -> None:
    """Form-control check boxes (:mod:`.form_controls`) as the boxed options of the empty
    cells they float over; a control over a filled cell is left out (which text is its?)."""
    for (row, col), text in controls.items():
        box = sheet.at.get((row, col))
        if box is None or not box.empty:
            continue
        i = next(k for k, b in enumerate(sheet.boxes) if b is box)
        sheet.boxes[i] = new = dataclasses.replace(box, text=text, value=text)
        for key in [k for k, b in sheet.at.items() if b is box]:
            sheet.at[key] = new


_SHAPE_SPAN = 64  # the columns of a shape's top row looked at for its empty cell


def _with_text_boxes(sheet: Sheet, shapes: list[TextBox]) -> None:
    """Each text box's text (:mod:`.text_boxes`) as the value of the empty cell its top-left
    corner lies in — or, when that cell is filled (the shape's edge over a label), of the
    first empty cell after it on the shape's top row. A text box over no empty cell of the
    grid is kept aside (``sheet.shapes``): a note, or a whole form typed in a shape, which
    the error then names."""
    if not shapes:
        return
    index = {id(b): k for k, b in enumerate(sheet.boxes)}  # (looked up once, not per shape)
    keys: dict[int, list[tuple[int, int]]] = {}
    for key, b in sheet.at.items():
        keys.setdefault(id(b), []).append(key)
    for shape in shapes:
        row = shape.row
        spots = ((row, col) for col in range(shape.col, min(shape.last_col, shape.col + _SHAPE_SPAN) + 1))
        box = next((b for b in (sheet.at.get(s) for s in spots) if b is not None and b.empty), None)
        if box is None or box.y0 != row or id(box) not in index:
            sheet.shapes.append(shape.text)
            continue
        i = index.pop(id(box))
        sheet.boxes[i] = new = dataclasses.replace(box, text=shape.text, value=shape.text)
        index[id(new)] = i
        moved = keys.pop(id(box), [])
        for key in moved:
            sheet.at[key] = new
        keys[id(new)] = moved
        sheet.shaped.add(box.location)


def _with_pictures(sheet: Sheet, corners: list[tuple[int, int]]) -> None:
    """The cells (``B4``) of the pictures lying over an empty cell with a label left of it or
    above it (``sheet.pictured``): where a value goes, pasted as a picture of its text (a
    screenshot of the customer's system over each cell). A logo over no value cell is none."""
    for row, col in corners:
        box = sheet.at.get((row, col))
        if box is not None and not box.empty:
            continue  # a picture over a filled cell (a stamp over a name): the cell is read
        beside = [sheet.at.get(spot) for spot in ((row, col - 1), (row - 1, col))]
        if any(b is not None and isinstance(b.value, str) and label_like(b.text) for b in beside):
            sheet.pictured.append(f"{_col_letter(col)}{row}")


def _not_blank(spec: FormSpec, sheet: Sheet, reading: Reading) -> list[Problem]:
    """A form whose cells show only its labels while the clerk has filled it in, said so rather
    than "a blank form?": the values pasted as pictures of text over their cells
    (``values_as_pictures`` — kesu cannot read what the pictures show), or typed in white (white
    letters on no fill or a white one: Excel shows and prints a blank form; ``values_unshown`` —
    the values are in the file, the form does not show them, so none is read). The cells named
    (six at most: a list, 、 or ", " by language; the count says how many in all)."""
    if not blank_form(reading):
        return []
    return [
        SourceError(
            code,
            title=Bilingual.title(spec),
            count=len(cells),
            sheet=sheet.title,
            cells=cells[:6],
        ).problem()
        for code, cells in (("values_as_pictures", sheet.pictured), ("values_unshown", sheet.unshown))
        if cells
    ]


# the other workbook a formula links to: ``'[客诉台账.xlsx]3月'!C5``, ``'C:\\共享\\[报价.xlsx]Sheet1'!A1``
_LINKED_BOOK = lazy_re(r"\[([^\[\]]*[^\[\]\d][^\[\]]*)\]")


def _never_calculated(
    spec: FormSpec,
    reading: Reading,
    where: Locations,
    uncached: AbstractSet[str],
    outside: Mapping[str, str],
    links: Iterable[str],
) -> list[Problem]:
    """A form that reads blank because every value cell found by its label is a formula the
    file holds no result of (never calculated: a workbook written by a program, or whose links to
    another workbook were never updated): said so — the links' workbooks named when the formulas
    fetch from one (``values_linked_never_fetched``), else ``values_never_calculated`` — rather
    than "a blank form?"; the clerk filled it in, by formulas."""
    places = {place.split(":", 1)[0] for path, place in where.items() if path}
    if len(places) < 2 or not places <= uncached or not blank_form(reading):
        return []
    title = Bilingual.title(spec)
    linked = [outside[p] for p in sorted(places) if p in outside]
    if not linked:
        return [SourceError("values_never_calculated", title=title, count=len(places)).problem()]
    books = [m[1].rsplit("\\", 1)[-1] for text in linked for m in _LINKED_BOOK.finditer(text)]
    books = books or [str(link).replace("\\", "/").rsplit("/", 1)[-1] for link in links]
    books = list(dict.fromkeys(books))[:3] or [f"={linked[0]}"]
    return [
        SourceError("values_linked_never_fetched", title=title, count=len(places), workbooks=books).problem()
    ]


# a line of a page header or footer that gives a label and its value (``投诉单号：KS-260305``)
_LABELLED_LINE = lazy_re(r"^[^:：]{1,30}[:：]\s*\S")


def _with_page_texts(sheet: Sheet, texts: dict[str, list[tuple[PageSide, str]]]) -> None:
    """The page header's and footer's lines that give a label and its value, as boxes where
    they print: the header above the first row, the footer under the last (a row apart), each
    section in its third of the width (``&L`` left, ``&C`` centre, ``&R`` right). Their cell
    is ``Sheet!header`` / ``Sheet!footer``. A bare label (``投诉单号：`` of a blank) or a page
    number (``第 &P 页``) holds no value and is no box: nothing beside it is its value. Nor is
    the template's own line (``发行日期：2026-03-01``, ``核准：张三``: :func:`.rows.template_caption`):
    the margins print the same on every copy, so their date and names are the form's, not the
    complaint's."""
    if not texts or not sheet.boxes:
        return
    width = max(int(b.x1) for b in sheet.boxes) - 1
    bottom = max(int(b.y1) for b in sheet.boxes)
    third = max(width // 3, 1)
    starts = {"left": 1, "center": 1 + max((width - third) // 2, 0), "right": max(width + 1 - third, 1)}
    for where, sections in texts.items():
        for side, text in sections:
            lines = [ln.strip() for ln in text.splitlines() if _complaint_line(ln.strip())]
            for k, line in enumerate(lines):
                top = k - len(lines) if where == "header" else bottom + 1 + k
                x0 = starts[side]
                sheet.boxes.append(Box(line, line, x0, top, x0 + third, top + 1, f"{sheet.title}!{where}"))


def _complaint_line(line: str) -> bool:
    """A page header's or footer's line that may give one of the complaint's values: a label
    and its value, the label none the template prints for itself."""
    return bool(_LABELLED_LINE.match(line)) and not template_caption(re.split("[:：]", line, maxsplit=1)[0])


def _from_page_margins(spec: FormSpec, where: Locations) -> list[Problem]:
    """A warning on each field read from the page header or footer: the margins print the same
    on every copy of the template, so a value there may be the form's (its code, a date, a
    name) rather than the complaint's — the clerk checks it."""
    return [
        from_page_margin(spec, path, place, place.rpartition("!")[2], location=place.rsplit("!", 1)[-1])
        for path, place in where.items()
        if path and on_page_margin(place)
    ]


def _below_the_form(
    spec: FormSpec, sheet: Sheet, values: dict[str, Any], where: Locations, named: Locations
) -> list[Problem]:
    """A field read from a line under the form's ruled boxes, outside them (``Prepared by: Tan |
    Approved by: Lee`` typed over a ``QR-047-01 Rev.2`` control line): such a line may be the
    template's own sign-off or a note, not the form's answer — read, and said
    (``value_below_the_form``), as a print says a footer's (``value_from_page_margin``). A sheet
    without ruled boxes (two rows at least) tells no such line; a defined name is the form's own."""
    if len(sheet.ruled_rows) < 2:
        return []
    last = max(sheet.ruled_rows)
    out = []
    for path, place in where.items():
        if not path or path in named or not place.startswith(f"{sheet.title}!"):
            continue
        cell = _parse_ref(place.rpartition("!")[2])
        if cell is None or cell[0] <= last or value_paths.get(values, path) in (None, "", [], {}):
            continue
        out.append(on_cell("value_below_the_form", spec, path, place, row=last))
    return out


def _from_text_boxes(
    spec: FormSpec, sheet: Sheet, provenance: dict[str, Provenance], where: Locations
) -> list[Problem]:
    """A value read from a text box says so in its provenance (``how`` ends ``:text-box``):
    the cell named holds nothing, the shape over it does — and a warning on its field: a
    shape over a form is as often a stamp, a watermark (``DRAFT``) or a logo's caption as
    a value typed in it, so the clerk checks it."""
    out = []
    for path, prov in provenance.items():
        if prov.location in sheet.shaped:
            provenance[path] = replace(prov, how=prov.how + ":text-box")
            if path and where.get(path):
                out.append(on_cell("value_from_text_box", spec, path, where[path]))
    return out


def _crossed_out(spec: FormSpec, sheet: Sheet, values: dict[str, Any], where: Locations) -> list[Problem]:
    """A warning on each field read from a struck-through cell; where only part of its text is
    struck (``3000`` struck, ``2000`` typed after it) the rest is the value."""
    if not sheet.struck:
        return []
    out = []
    for path, place in where.items():
        if not path or place not in sheet.struck:
            continue
        kept = sheet.struck[place]
        box = next((b for b in sheet.boxes if b.location == place), None)
        read = value_paths.get(values, path)
        if kept is not None and box is not None and _read_whole(read, box.text):
            value_paths.put(values, path, kept)
            out.append(struck_warning(spec, path, place, box.text.replace(kept, "", 1).strip(), kept))
        else:
            out.append(struck_warning(spec, path, place))
    return out


def struck_warning(
    spec: FormSpec, path: str, place: str, struck: str = "", kept: str | None = None
) -> Problem:
    """The warning on a field read from a struck-through cell: the struck runs left out and the
    rest read (``kept``), or the cell read as written (all of it struck, or the rest no value).
    One message for the generic reader and the profiles."""
    if kept is not None:
        return on_cell("value_struck_corrected", spec, path, place, struck=struck, value=kept)
    return on_cell("value_struck", spec, path, place)


def _read_whole(read: Any, text: str) -> bool:
    """The field holds the cell's whole text as written (struck runs and all), so the text
    left once they are taken out is its value; a value made of the text (a cause's type, a
    number already parsed) is not replaced: it keeps its warning."""
    return isinstance(read, str) and " ".join(read.split()) == " ".join(text.split())


_HIDDEN_ROW = lazy_re(rb'<(?:\w+:)?row\s[^>]*?\bhidden="(?:1|true)"[^>]*>')
_HIDDEN_COL = lazy_re(rb'<(?:\w+:)?col\s[^>]*?\bhidden="(?:1|true)"[^>]*>')
_ROW_R = lazy_re(rb'\br="([0-9]+)"')
_COL_SPAN = lazy_re(rb'\bmin="([0-9]+)"[^>]*?\bmax="([0-9]+)"|\bmax="([0-9]+)"[^>]*?\bmin="([0-9]+)"')


def _hidden(data: bytes) -> tuple[frozenset[int], frozenset[int]]:
    """The rows and columns of a sheet the clerk hid (``<row hidden="1">``, ``<col hidden="1">``)."""
    if b'hidden="' not in data:
        return frozenset(), frozenset()
    rows = frozenset(int(m[1]) for h in _HIDDEN_ROW.finditer(data) if (m := _ROW_R.search(h[0])))
    cols: set[int] = set()
    for h in _HIDDEN_COL.finditer(data):
        span = _COL_SPAN.search(h[0])
        if span:
            lo, hi = (int(span[1]), int(span[2])) if span[1] else (int(span[4]), int(span[3]))
            cols.update(range(lo, min(hi, MAX_COLS) + 1))
    return rows, frozenset(cols)


def _on_hidden(spec: FormSpec, sheet: Sheet, values: dict[str, Any], where: Locations) -> list[Problem]:
    """A warning on each value read from a hidden row or column (a row hidden rather than
    deleted: the paper form does not show it, the file still holds it), and on each read from a
    cell whose number format shows nothing (``;;;``: the clerk who opens the file sees a blank
    box, the file holds the value)."""
    if not (sheet.hidden_rows or sheet.hidden_cols or sheet.blanked):
        return []
    out: list[Problem] = []
    said: set[tuple[str, str]] = set()
    for path, place in where.items():
        m = _AREA.match(place.rsplit("!", 1)[-1]) if path and place.startswith(f"{sheet.title}!") else None
        if m is None:
            continue
        box = sheet.at.get((int(m[2]), column_number(m[1])))
        if box is None or box.empty:
            continue
        if _unseen(sheet, int(m[2]), column_number(m[1])):
            code = "value_hidden"
        elif box.location in sheet.blanked:
            code = "value_format_hidden"
        else:
            continue
        whole = path.split("]", 1)[0] + "]" if "[" in path else path  # a table row: one warning
        if (whole, code) in said:
            continue
        said.add((whole, code))
        out.append(on_cell(code, spec, whole, place))
    return out


def _beyond_cents(spec: FormSpec, sheet: Sheet, values: dict[str, Any], where: Locations) -> list[Problem]:
    """An amount cell holding figures past the cent that its number format prints (General or
    ``0.000``: ``$0.004`` a piece) is left unread with a warning, never rounded to 0.00; under a
    format of cents (``#,##0.00``) the print shows it rounded, as the record holds it. (A text
    cell's figure is the reader's guard's: :func:`.guards._mend_value`.) Two roundings the print
    hides are never taken even under cents: to nothing (0.004 printed 0.00: a price is no gift)
    and a unit price's (its sub-cent part counts once per piece, so the line's amount shows it)."""
    if sheet.in_cents is None:
        return []
    out = []
    for path, place in where.items():
        meta = meta_at(spec, path) if path else None
        read = value_paths.get(values, path) if meta is not None and meta.kind == "money" else None
        if type(read) is not float or not beyond_cents(read):
            continue
        if place in sheet.in_cents and not _rounding_hides(path, read):
            continue
        value_paths.put(values, path, None)
        out.append(on_cell("money_beyond_cents", spec, path, place, **beyond_cents_params(read)))
    return out


def shown_in_currency(
    spec: FormSpec, currencies: Mapping[str, str], values: dict[str, Any], where: Locations
) -> list[Problem]:
    """An amount cell holding a figure its number format prints in a currency other than renminbi
    (``"€"#,##0.00``, ``[$USD] #,##0.00``, ``"NT$"#,##0``: the print shows ``€4,320.00``) on a form
    with no currency of its own (a complaint, a return note): read as the figure and the currency
    said (``amount_in_currency``), as the same figure typed as text is (:mod:`.typed`) — never taken
    for renminbi without a word. A form that has a currency (the allowance) takes it from the
    formats instead (:func:`.currency.form_currency`); a bare ``$`` or ``¥`` format names none.
    ``currencies``: each cell's (Sheet!D7) currency its format prints, the workbook's or a layout
    profile's reading of it."""
    if hasattr(spec.model, "in_currency"):
        return []
    out = []
    for path, place in where.items():
        shown = currencies.get(place, "") if path else ""
        named = [c for c in shown.split("+") if c and not c.startswith(UNKNOWN_LOCALE)]
        meta = meta_at(spec, path) if named and not {"CNY", "RMB"} & set(named) else None
        read = value_paths.get(values, path) if meta is not None and meta.kind == "money" else None
        if type(read) not in (int, float):
            continue
        figure = f"{Decimal(repr(read)):.2f}"
        currency = " / ".join(named)
        shown_as = f"{currency} {figure}"
        out.append(
            on_cell("amount_in_currency", spec, path, place, value=shown_as, currency=currency, read=figure)
        )
    return out


def _codes_in_scientific(
    spec: FormSpec, sheet: Sheet, values: dict[str, Any], where: Locations
) -> list[Problem]:
    """A code (a part number, a lot) read from a figure cell Excel shows in scientific notation
    (``1.00E+05``: Excel's own turn of a typed ``1E5``, or a long number it cannot show whole):
    read as the figure and said (``code_in_scientific``) — the code typed may be neither."""
    out = []
    for path, place in where.items():
        if place not in sheet.scientific:
            continue
        meta = meta_at(spec, path) if path else None
        read = value_paths.get(values, path) if meta is not None and meta.kind == "code" else None
        if read is not None:
            out.append(on_cell("code_in_scientific", spec, path, place, value=read))
    return out


def _rounding_hides(path: str, read: float) -> bool:
    """Does the print's rounding to cents hide what the figure is — the cents come to nothing
    (0.004 printed 0.00) or the figure is a unit price, whose sub-cent part the line's amount
    multiplies by the pieces?"""
    return round_money(Decimal(f"{read:.15g}")) == 0 or path.rpartition(".")[2] == "unit_price"


def on_cell(
    code: str, spec: FormSpec, path: str, place: str, severity: ErrorOrWarning = "warning", **params: Any
) -> Problem:
    """A problem of the field ``path`` at ``place`` (Sheet!A1), named by the field's labels; its
    message names the cell."""
    zh, en = labels_for(spec, path)
    params = {"location": place.rsplit("!", 1)[-1], **params}
    return Problem(code, field=path, label=zh, label_en=en, location=place, severity=severity, params=params)


def _calamine_value(raw: Any) -> Any:
    """calamine's value as openpyxl gives it: no cell is None, a whole number stored is an int."""
    if raw == "" or raw is None:
        return None
    if type(raw) is float and raw.is_integer() and abs(raw) < 1e15:
        return int(raw)
    return raw


_XLS_EMPTY: Any = None  # a cell past the end of its (ragged) row in a legacy .xls


def _parse_ref(ref: str) -> tuple[int, int, int, int] | None:
    """``$B$5:$C$9`` → (row0, col0, row1, col1); None for whole rows or columns and the like."""
    m = _AREA.match(ref.replace("$", "").strip())
    if m is None:
        return None
    c0, r0 = column_number(m[1]), int(m[2])
    c1, r1 = (column_number(m[3]), int(m[4])) if m[3] else (c0, r0)
    if not (min(r0, r1) > 0 and max(r0, r1) <= GRID_ROWS and max(c0, c1) <= GRID_COLS):
        return None  # off Excel's grid (``$A$47:$A$99999999999``): as good as #REF!
    return min(r0, r1), min(c0, c1), max(r0, r1), max(c0, c1)


def _xls_notes(sh: Any) -> Notes:
    """An .xls sheet's cell notes, as xlrd reads them with the formatting (row, col from 0)."""
    notes = sorted(sh.cell_note_map.items())
    return bounded(((f"{_col_letter(c + 1)}{r + 1}", (n.text or "").strip()) for (r, c), n in notes), sh.name)


def _read_xls(data: bytes) -> Workbook:
    import xlrd

    global _XLS_EMPTY
    _XLS_EMPTY = xlrd.sheet.Cell(xlrd.XL_CELL_EMPTY, "", None)

    try:
        # xlrd logs its complaints to stdout by default: that would break `kesu parse` JSON lines
        # ragged: a row holds its own cells only, not the widest row's (one cell typed at IV65536
        # made every row 256 cells wide: 16 million cells, 350 MB)
        book = xlrd.open_workbook(
            file_contents=data, formatting_info=True, logfile=io.StringIO(), ragged_rows=True
        )
    except xlrd.biffh.XLRDError as exc:
        if "encrypt" in str(exc).lower():
            raise SourceError("encrypted_file") from None
        raise SourceError("corrupt_file", reason=library_reason(exc)) from None
    except Exception as exc:
        raise SourceError("corrupt_file", reason=library_reason(exc)) from None
    check_sheet_count(book.nsheets)
    unread = _XlsSheets(book)
    hidden = tuple((sh.name, _xls_state(sh)) for sh in book.sheets() if _xls_state(sh) in _HIDDEN)
    sheets = unread.read(lambda sh: _xls_state(sh) in SHOWN)
    names: dict[str, dict[str, tuple[int, int, int, int]]] = {}
    for name in book.name_obj_list:
        if not name.name.lower().startswith(NAME_PREFIX):
            continue
        try:
            sh, rlo, rhi, clo, chi = name.area2d(clipped=False)
        except Exception:
            continue
        names.setdefault(sh.name, {})[name.name[len(NAME_PREFIX) :].lower()] = (rlo + 1, clo + 1, rhi, chi)
    # a VBA project is a storage of the compound file, named in its directory in UTF-16
    macros = "_VBA_PROJECT_CUR".encode("utf-16-le") in data
    return Workbook(sheets, names, book.datemode == 1, macros=macros, hidden=hidden, unread=unread)


def _xls_state(sh: Any) -> str:
    """A BIFF sheet's state as an .xlsx's is named (:data:`_XLS_STATES`)."""
    return _XLS_STATES.get(getattr(sh, "visibility", 0), "hidden")


class _XlsSheets:
    """The worksheets of one opened legacy .xls (xlrd's book, every sheet parsed when opened), made
    into boxes as they are asked for: the shown ones by :func:`_read_xls`, a hidden one only where
    the shown hold no form (:func:`_hidden_forms`)."""

    def __init__(self, book: Any) -> None:
        self.book = book
        self.printed = _xls_print_areas(book)

    def read(self, wanted: Callable[[Any], bool]) -> list[Sheet]:
        """The worksheets (xlrd's) that are ``wanted``, in order."""
        return [self._sheet(index, sh) for index, sh in enumerate(self.book.sheets()) if wanted(sh)]

    def sheets(self, names: AbstractSet[str]) -> list[Sheet]:
        return self.read(lambda sh: sh.name in names)

    def texts(self, name: str) -> list[Any]:
        sh = self.book.sheet_by_name(name)
        rows = (sh.row_values(rx, 0, MAX_COLS) for rx in range(min(sh.nrows, MAX_ROWS)))
        return [v for row in rows for v in row if v is not None and v != ""]

    def _sheet(self, index: int, sh: Any) -> Sheet:
        import xlrd

        book = self.book
        epoch_1904 = book.datemode == 1
        sheet = Sheet(sh.name)
        spans = _spans((rlo + 1, clo + 1, rhi, chi) for rlo, rhi, clo, chi in sh.merged_cells)
        covered = _covered(spans)
        for rx in range(min(sh.nrows, MAX_ROWS)):
            for cx in range(min(sh.ncols, MAX_COLS)):
                r, c = rx + 1, cx + 1
                if (r, c) in covered:
                    continue
                cell = sh.cell(rx, cx) if cx < sh.row_len(rx) else _XLS_EMPTY
                value: Any = cell.value
                fmt_id, is_date = None, False
                xf = book.xf_list[cell.xf_index] if cell.xf_index is not None else None
                bold = xf is not None and book.font_list[xf.font_index].weight >= 700
                filled = xf is not None and _xls_filled(book, xf)
                if cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
                    value = None
                elif cell.ctype == xlrd.XL_CELL_BOOLEAN:
                    value = bool(value)
                elif cell.ctype == xlrd.XL_CELL_ERROR:
                    value = None
                elif cell.ctype in (xlrd.XL_CELL_NUMBER, xlrd.XL_CELL_DATE):
                    xf = book.xf_list[cell.xf_index]
                    fmt_id = xf.format_key
                    is_date = cell.ctype == xlrd.XL_CELL_DATE
                    if isinstance(value, float) and value.is_integer() and not is_date:
                        value = int(value)
                    elif is_date and 0 <= value < 1:
                        value = _xls_under_a_day(book, fmt_id, value, epoch_1904)
                value = _as_cell_value(value, fmt_id, is_date, epoch_1904)
                last_row, last_col = spans.get((r, c), (r, c))
                box = Box(
                    _text(value),
                    value,
                    c,
                    r,
                    last_col + 1,
                    last_row + 1,
                    _location(sh.name, r, c),
                    bold=bold,
                    filled=filled,
                )
                sheet.add(box, r, c, last_row, last_col)
                if xf is not None and box.text and hides(_xls_hidden(book, xf.format_key), value):
                    sheet.blanked.add(box.location)  # (``;;;``: the .xls holds it, Excel shows none)
        sheet.notes = _merged_notes(sheet, _xls_notes(sh))
        sheet.print_area = self.printed.get(index, ())
        return sheet


def _xls_print_areas(book: Any) -> dict[int, tuple[tuple[int, int, int, int], ...]]:
    """Sheet index → the ranges of its print area in a legacy .xls (the built-in name
    ``Print_Area``, scoped to its sheet, one range or several), as :func:`_print_areas` gives
    them for an .xlsx: the same rule for both (cells outside never reach the paper)."""
    out: dict[int, tuple[tuple[int, int, int, int], ...]] = {}
    for name in book.name_obj_list:
        if str(name.name).lower() != "print_area" or not isinstance(name.scope, int) or name.scope < 0:
            continue
        result = getattr(name, "result", None)
        refs = getattr(result, "value", None)
        ranges = []
        for ref in refs if isinstance(refs, list) else ():
            coords = getattr(ref, "coords", None)
            if not coords or len(coords) != 6:
                continue
            _first, _last, rlo, rhi, clo, chi = coords  # from 0, the ends past the range
            if rhi > rlo and chi > clo:
                ranges.append((rlo + 1, clo + 1, min(rhi, MAX_ROWS), min(chi, MAX_COLS)))
        if ranges:
            out[name.scope] = tuple(ranges)
    return out


def _xls_hidden(book: Any, fmt_id: int) -> tuple[bool, ...]:
    """The sections of an .xls cell's number format that show nothing (:func:`hidden_sections`)."""
    fmt = book.format_map.get(fmt_id)
    return hidden_sections(getattr(fmt, "format_str", "") or "")


def _xls_filled(book: Any, xf: Any) -> bool:
    """A patterned background that is not plain white (BIFF colour 9, or index 64: automatic)."""
    background = xf.background
    if not background.fill_pattern:
        return False
    colour = book.colour_map.get(background.pattern_colour_index)
    return background.pattern_colour_index not in (9, 64) and colour not in (None, (255, 255, 255))


def _opendocument(archive: zipfile.ZipFile, members: set[str]) -> bool:
    """An OpenDocument file names its type in its first member, ``mimetype``."""
    if "mimetype" not in members or archive.getinfo("mimetype").file_size > 100:
        return False
    return archive.read("mimetype").startswith(b"application/vnd.oasis.opendocument")


def _numbers(members: set[str]) -> bool:
    """An Apple Numbers document (a package of ``Index/*.iwa`` archives), renamed ``.xlsx``."""
    return "Index/Document.iwa" in members or any(
        m.startswith("Index/") and m.endswith(".iwa") for m in members
    )


def _held(value: Any) -> bool:
    """Does a cell hold anything (a value, not an empty string)?"""
    return value is not None and not (isinstance(value, str) and not value.strip())


def _encrypted_ooxml(data: bytes) -> bool:
    """An encrypted .xlsx is an OLE container holding an ``EncryptedPackage`` stream."""
    return data.startswith(OLE_MAGIC) and "EncryptedPackage".encode("utf-16-le") in data


# a BIFF sheet's visibility (BOUNDSHEET record): 0 shown, 1 hidden, 2 very hidden (by a macro)
_XLS_STATES = {0: "visible", 1: "hidden", 2: "veryHidden"}


def read_workbook(data: bytes) -> Workbook:
    """Open a workbook by its content (not its suffix); SourceError names why it cannot be read.
    Its shown sheets are read; the hidden ones are left to ``Workbook.unread``."""
    if not data.strip(b"\x00 \t\r\n"):
        raise SourceError("empty_file")
    if data.startswith(ZIP_MAGIC):
        return _read_xlsx(data)
    if _encrypted_ooxml(data):
        raise SourceError("encrypted_file")
    if data.startswith(OLE_MAGIC) and (what := other_document(data)):
        raise SourceError("not_a_spreadsheet", reason=joined(what, _SEND_WORKBOOK))
    if data.startswith(OLE_MAGIC):
        return _read_xls(data)
    if data[:2] == b"PK":
        raise SourceError("corrupt_file", reason=Bilingual("zip 文件头损坏", "the zip header is damaged"))
    reason = _what_it_really_is(data)
    raise SourceError("not_a_spreadsheet", reason=reason)


_SAVE_AS = Bilingual(
    "：请在 Excel 中打开，另存为“Excel 工作簿（.xlsx）”后再提交",
    ": open it in Excel and save it as an Excel workbook (.xlsx), then submit that",
)


_SEND_WORKBOOK = Bilingual(
    "，不是 Excel 工作簿：请提交填好的 Excel 工作簿，或由它打印的 PDF",
    ", not an Excel workbook: send the filled-in Excel workbook, or a PDF printed from it",
)


def _what_it_really_is(data: bytes) -> Bilingual:
    """What a file with an Excel name holds instead: ERP systems "export to Excel" as an HTML
    table, an XML Spreadsheet 2003, a web archive or CSV / tab-separated text under .xls —
    each one named, with what the clerk does about it."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 text (a "Unicode text" export)
        head = data[:2048].decode("utf-16", errors="replace").encode("utf-8", errors="replace")
    else:
        head = data[:1024].removeprefix(b"\xef\xbb\xbf")
    head = head.lstrip().lower()
    if packing := packed(data):  # a gzip, a 7z, a RAR… under the workbook's name
        return packing
    if head.startswith(b"%pdf"):
        return Bilingual(
            "这是 PDF 文件，只是扩展名改成了 Excel 的：请把扩展名改回 .pdf",
            "it is a PDF file renamed to an Excel name: give it back its .pdf suffix",
        )
    if what := link_file(data):
        return what
    if what := lock_file_said(data):
        return what
    if what := other_document(data):
        return joined(what, _SEND_WORKBOOK)
    if image := image_kind(data[:16]):
        picture = Bilingual(
            f"这是一张图片（{image}，手机照片或扫描图），kesu 读不了图片上的字",
            f"it is a picture ({image}: a phone photo or a scan), whose text kesu cannot read",
        )
        return joined(picture, _SEND_WORKBOOK)
    if b"urn:schemas-microsoft-com:office:spreadsheet" in head and b"<workbook" in head:
        found = Bilingual("这是“XML 电子表格 2003”文件", "it is an XML Spreadsheet 2003 file")
    elif (head.startswith(HTML_STARTS) or (head.startswith(b"<?xml") and b"<html" in head)) and sign_in_page(
        data
    ):
        return Bilingual(
            "这是一个网页（系统的登录页面），不是表单，也不是损坏的 Excel 文件：保存时系统的登录已过期；"
            "请重新登录系统，再导出或下载表单后提交",
            "it is a web page (a system's sign-in page), not the form and not a damaged workbook: the "
            "system's session had ended when it was saved; sign in again, then export or download "
            "the form and submit that",
        )
    elif head.startswith(HTML_STARTS) or (head.startswith(b"<?xml") and b"<html" in head):
        found = Bilingual(
            "这是 HTML 网页（系统导出的表格），不是真正的 Excel 文件",
            "it is an HTML page (a system's table export), not a real Excel file",
        )
    elif head.startswith((b"{", b"[")) and _json_text(data):
        if _drive_shortcut(data):
            return Bilingual(
                "这是 Google 云端硬盘的快捷方式（.gsheet / .gdoc：一个指向在线 Google 表格的链接，JSON 文本，"
                "没有任何单元格），不是工作簿：请在 Google 表格中打开该表格，选“文件 > 下载 > Microsoft Excel"
                "（.xlsx）”，再提交下载的文件",
                "it is a Google Drive shortcut (.gsheet / .gdoc: a link to a Google Sheets document online, "
                "JSON text with no cells), not a workbook: open the sheet in Google Sheets, choose File > "
                "Download > Microsoft Excel (.xlsx) and submit the downloaded file",
            )
        return Bilingual(
            "这是 JSON 数据文本（系统或应用的数据文件），不是 Excel 工作簿：请从系统导出 Excel 格式的表单后提交",
            "it is JSON text (a system's or an app's data file), not a workbook: export the form from "
            "the system as an Excel workbook and submit that",
        )
    elif head.startswith(b"mime-version:"):
        found = Bilingual(
            "这是网页存档（单个文件网页），不是真正的 Excel 文件",
            "it is a web archive (single file web page), not a real Excel file",
        )
    elif _separated_text(head):
        found = Bilingual(
            "这是 CSV 或以制表符分隔的文本，不是真正的 Excel 文件",
            "it is CSV or tab-separated text, not a real Excel file",
        )
    else:
        return Bilingual(
            "文件内容不是 Excel 格式（可能是改了扩展名的文本或其他文件）",
            "its content is not Excel (a text or other file renamed?)",
        )
    return joined(found, _SAVE_AS)


def _json_text(data: bytes) -> bool:
    """Is the whole file one JSON object or array (a data file, not a table of text)?"""
    import json

    if len(data) > 1 << 20:
        return False
    try:
        found = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError):
        return False
    return isinstance(found, (dict, list))


def _drive_shortcut(data: bytes) -> bool:
    """A Google Drive shortcut (the .gsheet / .gdoc file Drive for desktop syncs): a small JSON
    object naming the document online (``doc_id``, ``resource_key`` or a docs.google.com url)."""
    import json

    found = json.loads(data.decode("utf-8-sig"))
    if not isinstance(found, dict):
        return False
    url = str(found.get("url", ""))
    return "doc_id" in found or "resource_key" in found or "docs.google.com" in url


def _separated_text(head: bytes) -> bool:
    """Lines of text (UTF-8 or GB18030) with a comma or a tab between values."""
    for encoding in ("utf-8", "gb18030"):
        try:
            text = head.decode(encoding)
        except UnicodeDecodeError:
            continue
        return "\x00" not in text and any(sep in line for line in text.splitlines()[:3] for sep in ",\t")
    return False


# ---------------------------------------------------------------------------------- extraction
def date_value(value: Any, epoch_1904: bool) -> Any:
    """A number in a date field: an Excel serial date (or 20260903 typed as a number). The one
    rule for the generic reader and a layout profile's cells (:mod:`.profile`)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return value
    if float(value).is_integer() and 19000101 <= value <= 29991231:
        return str(int(value))
    if 0 < value < 2958466:
        return excel_day(value, epoch_1904=epoch_1904)
    return value


def _dates(spec: FormSpec, values: dict[str, Any], epoch_1904: bool) -> dict[str, Any]:
    for path, meta in spec.leaf_fields.items():
        head, _, sub = path.partition(".")
        holder = values.get(head) if sub else values
        key = sub or head
        if not isinstance(holder, dict) or key not in holder:
            continue
        if meta.kind == "date":
            holder[key] = date_value(holder[key], epoch_1904)
        elif meta.kind == "table" and isinstance(holder[key], list):
            columns = describe(meta.row_model)
            for row in holder[key]:
                for col, value in row.items():
                    if columns.get(col) is not None and columns[col].kind == "date":
                        row[col] = date_value(value, epoch_1904)
    return values


def _trusted(sheet: Sheet, box: Box, labels: list[Box]) -> bool:
    """A named cell still sits right of (or under) a label of its field."""
    for lab in labels:
        if lab.same_band(box) and lab.x1 <= box.x0:
            return True
        if lab.overlaps_x(box.x0, box.x1) and 0 <= box.y0 - lab.y1 <= 1:
            return True
    return False


def _by_names(
    wb: Workbook, sheet: Sheet, spec: FormSpec, labels: dict[str, list[Box]] | None = None
) -> tuple[dict[str, Any], Locations]:
    """Values read through the defined names that still point where their labels are (the
    page's labels found here unless ``labels`` gives them: see :func:`_own_labels`)."""
    values: dict[str, Any] = {}
    where = Locations()
    names = wb.names.get(sheet.title, {})
    if labels is None:
        labels = find_labels(sheet.boxes, spec) if names else {}
    held: Counter[tuple[int, int]] | None = None
    for key, meta in spec.leaf_fields.items():
        if meta.kind == "table":
            _table_by_names(names, sheet, meta, values, where)
            continue
        target = names.get(key)
        if target is None:
            continue
        box = sheet.at.get((target[0], target[1]))
        if box is None or not _trusted(sheet, box, labels.get(key, [])):
            continue
        if box.empty and "." not in key:
            # the other fields' cells and the labels before them: where this field's row goes on
            if held is None:  # each name's cell and the one before it, counted once a sheet
                held = Counter((t[0], t[1] - d) for t in names.values() for d in (0, 1))
            beside = _typed_beside(sheet, spec, key, target[0], target[1], _Others(held, target))
            if isinstance(beside, str):
                value_paths.put(values, key, beside, make=True)
                where[key] = _location(sheet.title, target[0], target[1] - 1)
                continue
            if beside is not None:
                box = beside
        value_paths.put(values, key, None if box.empty else box.value, make=True)
        where[key] = box.location
    return values, where


def _table_by_names(
    names: dict[str, tuple[int, int, int, int]],
    sheet: Sheet,
    meta: FieldMeta,
    values: dict[str, Any],
    where: Locations,
) -> None:
    columns = describe(meta.row_model)
    ranges = {col: names[f"{meta.key}.{col}"] for col in columns if f"{meta.key}.{col}" in names}
    if not ranges:
        return
    # trusted only while the header above the first row still names the column
    for col, (r0, c0, _r1, _c1) in ranges.items():
        head = sheet.at.get((r0 - 1, c0))
        if head is None or not any(_same_label(head.text, t) for t in columns[col].labels):
            return
    # (no cell is read past MAX_ROWS: a name down to row 1,048,576 is not a million empty rows)
    height = max(min(r1, MAX_ROWS) - r0 + 1 for (r0, _c0, r1, _c1) in ranges.values())
    rows: list[dict[str, Any]] = []
    for i in range(height):
        row: dict[str, Any] = {}
        cells: dict[str, str] = {}
        for col, (r0, c0, r1, _c1) in ranges.items():
            box = sheet.at.get((r0 + i, c0))
            cells[col] = box.location if box is not None else _location(sheet.title, r0 + i, c0)
            if box is not None and not box.empty and r0 + i <= r1:
                row[col] = box.value
        if not row:
            continue  # a blank row is not a record row
        for col, place in cells.items():
            where[f"{meta.key}[{len(rows)}].{col}"] = place
        rows.append(row)
    values[meta.key] = rows
    first = next(iter(ranges.values()))
    where[meta.key] = _location(sheet.title, first[0], first[1])


def _same_label(text: str, label: str) -> bool:
    return bool(label_key(text)) and label_key(text) == label_key(label)


def _sheets_of(wb: Workbook, spec: FormSpec) -> list[tuple[Sheet, Reading]]:
    """The sheets holding a form, each with what the reader found on it.

    Every visible sheet carrying the form's title or code is a form of its own (a clerk
    copies the sheet for the next case); without such sheets, the one the names point at,
    else the one with the most labels of the form, completed by what the other sheets hold
    (a workbook with a tab per part of the form).
    """
    found = []
    for sheet in wb.sheets:
        reading = _read_printed(sheet, spec)
        titled = detect_kind(list(sheet.texts())[:60], [spec]) == spec.kind
        found.append((titled, sheet.title in wb.names, len(reading.where), sheet, reading))
    found = _without_instructions(found)
    copies = [f for f in found if f[0] and (f[2] or f[1])]
    if len(copies) > 1 and all(_copies(copies[0][3], f[3]) for f in copies[1:]):
        # each a document; a blank template tab beside the filled copy is none (_forms_of)
        return [(f[3], f[4]) for f in copies]
    # a continuation sheet is the form's rest, never its first part while another sheet has labels
    firsts = [f for f in found if f[1] or f[2]]
    rest = [f for f in firsts if not _continuation(f[3])]
    best = max(rest or found, key=lambda f: (f[1], f[2], f[0]))
    others = []
    joined = []  # the sheets joined to the one read as parts of its form (a header, its steps)
    passed = []  # the sheets neither read nor joined to the one read
    for f in found:
        if f is best or f[1]:
            continue
        steps = _step_sheet(spec, f[3])
        if _continuation(f[3]) and f[2]:
            others.append(_continued(spec, best[4], f[4]))
        elif steps and f[2]:
            others.append(_of_steps(spec, f[4], steps))  # a sheet per D-step: that step's fields
        elif sum(p.confidence >= 0.8 for p in f[4].provenance.values()) >= 2:
            others.append(_continued(spec, best[4], f[4]) if _continuation(f[3]) else f[4])
            if not _continuation(f[3]):
                joined.append(f)
        else:
            passed.append(f)
    # a blank copy of the sheet read (its template tab, untitled or titled alone): passed over, said
    blank = [f[3].title for f in passed if _copies(best[3], f[3]) and blank_form(f[4])]
    if blank and not blank_form(best[4]):
        best[4].problems.append(blank_copy_warning(blank, on_pages=False))
    merged = merge_readings([best[4], *others]) if others else best[4]
    for f in joined:  # (the form's own sheet is best's, wherever the joined one stands)
        merged.problems += _other_sheet_warnings(spec, best[3], f[3], merged)
    return [(best[3], merged)]


def passed_over(data: bytes, kind: str, noted: AbstractSet[str], rival: str) -> bool:
    """Is each sheet of ``noted`` surely not the one :func:`_sheets_of` reads the form ``kind``
    from? Only that sheet's notes are its values' (:func:`_extraction`), so a workbook's notes on
    other sheets (a team sheet's heading explained, ``SME's``) warn of nothing. Those sheets and
    ``rival`` alone are read (each as in the whole workbook): True when ``rival`` is a sheet the
    form may be read from (labels found or names, neither a continuation nor instructions) that
    ranks above each of them, none carrying the form's title (a titled sheet may be a copy of the
    form, a document of its own). False when it cannot be told so: the whole workbook decides."""
    if rival in noted or not data.startswith(ZIP_MAGIC):
        return False
    try:
        wb = _read_xlsx(data, {*noted, rival})
    except SourceError:
        return False
    spec, _guessed = choose_form(kind, [], [])
    ranks = {}
    for sheet in wb.sheets:
        if sheet.title not in noted and sheet.title != rival:
            continue
        titled = detect_kind(list(sheet.texts())[:60], [spec]) == spec.kind
        if titled and sheet.title in noted:
            return False
        ranks[sheet.title] = (sheet.title in wb.names, len(_read_printed(sheet, spec).where), titled)
        if sheet.title == rival and (
            _continuation(sheet) or instructions_first(sheet.texts()) or not any(ranks[rival][:2])
        ):
            return False
    if rival not in ranks:
        return False
    return all(ranks[rival] > rank for title, rank in ranks.items() if title != rival)


def _printed_box(sheet: Sheet, box: Box) -> bool:
    """Does the box (a cell, or a merged range) lie, at least in part, in the sheet's print area?"""
    r0, c0, r1, c1 = int(box.y0), int(box.x0), int(box.y1) - 1, int(box.x1) - 1
    return any(a <= r1 and r0 <= b and c <= c1 and c0 <= d for a, c, b, d in sheet.print_area)


def _unprinted_place(sheet: Sheet, place: str) -> bool:
    """Is the cell at ``place`` (``Sheet!B4``) one the sheet's print area leaves off the paper?"""
    m = _AREA.match(place.rsplit("!", 1)[-1]) if place.startswith(f"{sheet.title}!") else None
    if m is None:
        return False
    box = sheet.at.get((int(m[2]), column_number(m[1])))
    return box is not None and not _printed_box(sheet, box)


def _read_printed(sheet: Sheet, spec: FormSpec) -> Reading:
    """What the reader finds on the sheet as it prints: with a print area set, the cells outside
    it (a clerk's scratch notes, old values, the lists a drop-down looks up) are never on the
    paper form, so neither read as values nor said as labels left unread. A field nothing inside
    gives but a cell outside does: a required one is left out, its value outside named
    (``value_unprinted_left_out``: the form must say it on paper); any other is read from there,
    warned (``value_unprinted``)."""
    if not sheet.print_area:
        return _prefer_visible(sheet, spec, read_boxes(sheet.boxes, spec))
    # an empty cell outside says nothing, but its borders still shape the form's grid (the rows a
    # section's value runs down): kept, so that a print area changes what is read, not where it stops
    inside = [b for b in sheet.boxes if b.empty or _printed_box(sheet, b)]
    if len(inside) == len(sheet.boxes):
        return _prefer_visible(sheet, spec, read_boxes(sheet.boxes, spec))
    reading = _prefer_visible(sheet, spec, read_boxes(inside, spec))
    if not any(not b.empty for b in sheet.boxes if not _printed_box(sheet, b)):
        return reading
    whole = _prefer_visible(sheet, spec, read_boxes(sheet.boxes, spec))
    for key, meta in spec.fields.items():
        if _lines_unprinted(sheet, spec, reading, whole, key):
            continue
        if reading.values.get(key) not in (None, "", [], {}) or whole.values.get(key) in (None, "", [], {}):
            continue
        mine = re.compile(rf"^{re.escape(key)}(?:$|[.\[])")
        places = {p: w for p, w in whole.where.items() if mine.match(p) and w}
        if not places or not all(_unprinted_place(sheet, w) for w in places.values()):
            continue
        guessed = [v for p, v in whole.provenance.items() if mine.match(p)]
        if guessed and all(by_head_word(v) for v in guessed):
            continue  # 联系人 | 王小明 in the clerk's scratch: a label's head word is no value of the form
        first = places.get(key) or next(iter(places.values()))
        if meta.required:
            shown = whole.values[key]
            text = shown.isoformat() if isinstance(shown, dt.date) else str(shown)
            reading.problems.append(on_cell("value_unprinted_left_out", spec, key, first, value=text[:40]))
            continue
        reading.values[key] = whole.values[key]
        reading.where.update(places)
        reading.provenance.update({p: v for p, v in whole.provenance.items() if mine.match(p)})
        reading.problems += [p for p in whole.problems if mine.match(p.field or "")]
        reading.problems.append(on_cell("value_unprinted", spec, key, first))
    return reading


def _lines_unprinted(sheet: Sheet, spec: FormSpec, reading: Reading, whole: Reading, key: str) -> bool:
    """A table read inside the print area whose whole sheet gives it more lines, the ones past
    them outside the print area (lines added below the printed form): left out, said on the
    table (``line_unprinted_left_out``). True when the table was read inside at all."""
    ours, all_lines = reading.values.get(key), whole.values.get(key)
    if not (isinstance(ours, list) and ours and isinstance(all_lines, list)):
        return False
    if len(all_lines) <= len(ours):
        return True
    line = re.compile(rf"^{re.escape(key)}\[(\d+)\]")
    outside = sorted(
        (int(m[1]), w)
        for p, w in whole.where.items()
        if (m := line.match(p)) and int(m[1]) >= len(ours) and w and _unprinted_place(sheet, w)
    )
    if outside:
        n = len({i for i, _ in outside})
        reading.problems.append(on_cell("line_unprinted_left_out", spec, key, outside[0][1], lines=n))
    return True


def _on_hidden_cell(sheet: Sheet, place: str) -> bool:
    m = _AREA.match(place.rsplit("!", 1)[-1]) if place.startswith(f"{sheet.title}!") else None
    return m is not None and _unseen(sheet, int(m[2]), column_number(m[1]))


def _unseen(sheet: Sheet, row: int, col: int) -> bool:
    """Is the cell at (row, col) out of sight: on a hidden row or column, and, a merged range's
    first cell, none of the range's cells shown either (``E2:G2`` with column E hidden still
    shows its value across F and G, on the screen and on paper)?"""
    if row not in sheet.hidden_rows and col not in sheet.hidden_cols:
        return False
    box = sheet.at.get((row, col))
    if box is None:
        return True
    rows, cols = [row], [col]
    while sheet.at.get((rows[-1] + 1, col)) is box:
        rows.append(rows[-1] + 1)
    while sheet.at.get((row, cols[-1] + 1)) is box:
        cols.append(cols[-1] + 1)
    return all(r in sheet.hidden_rows or c in sheet.hidden_cols for r in rows for c in cols)


def _withdrawn_cell(sheet: Sheet, place: str) -> bool:
    """A cell that is not the form's current value: on a hidden row or column (an old revision
    collapsed away) or struck through whole (crossed out, the correction typed elsewhere)."""
    return _on_hidden_cell(sheet, place) or (place in sheet.struck and sheet.struck[place] is None)


def _prefer_visible(sheet: Sheet, spec: FormSpec, reading: Reading) -> Reading:
    """A field read from a withdrawn cell — on a hidden row or column (a former report's lines
    hidden rather than deleted) or struck through whole (the old root cause crossed out, the
    new one in the next cell) — takes what the other cells give instead, when they give it:
    the form as the clerk sees and prints it wins, and the old text is said. A value only the
    withdrawn cells hold stays (warned by :func:`_on_hidden` / :func:`_crossed_out`); a
    table's hidden line too."""
    if not (sheet.hidden_rows or sheet.hidden_cols or sheet.struck):
        return reading
    if sheet.hidden_rows or sheet.hidden_cols:  # a hidden helper column's 出货单号: no label of the form's
        reading.unread = [b for b in reading.unread if not _on_hidden_cell(sheet, b.location)]
    had = {k for k, v in reading.values.items() if isinstance(v, list) and v}
    if sheet.hidden_rows or sheet.hidden_cols:
        _drop_hidden_lines(sheet, spec, reading)
    emptied = [k for k in had if not reading.values.get(k)]  # every line of it hidden and voided
    unseen = [b for b in sheet.boxes if not b.empty and _withdrawn_cell(sheet, b.location)]
    if not unseen:
        return reading
    texts = {b.text.strip() for b in unseen if len(b.text.strip()) >= 4}

    def fed(path: str, place: str) -> bool:  # read there, or a text block running over it
        value = value_paths.get(reading.values, path)
        return _withdrawn_cell(sheet, place) or (isinstance(value, str) and any(t in value for t in texts))

    hidden = [p for p, place in reading.where.items() if p and _replaceable(reading, p) and fed(p, place)]
    if not (hidden or emptied):
        return reading
    again = read_boxes([b for b in sheet.boxes if not _withdrawn_cell(sheet, b.location)], spec)
    for key in emptied:
        _take_section(reading, again, key, unseen, spec, said=False)
    for path in hidden:
        if "[" in path:
            _take_section(reading, again, path, unseen, spec)
            continue
        value = value_paths.get(again.values, path)
        place = again.where.get(path)
        if value is None or not place or path not in again.provenance:
            continue
        old = reading.where[path]
        value_paths.put(reading.values, path, value, make=True)
        reading.where[path] = place
        reading.provenance[path] = again.provenance[path]
        reading.problems = [p for p in reading.problems if p.field != path] + [
            p for p in again.problems if p.field == path
        ]
        reading.problems.append(_old_left_out(spec, path, old, unseen, value))
    return reading


def _replaceable(reading: Reading, path: str) -> bool:
    """A field a re-read may replace: a single field, or a line of an 8D step read as a
    section under its heading (a table's own lines are dropped line by line instead)."""
    return "[" not in path or (path in reading.provenance and reading.provenance[path].how == "section")


def _take_section(
    reading: Reading, again: Reading, path: str, unseen: list[Box], spec: FormSpec, said: bool = True
) -> None:
    """An 8D step's lines read from withdrawn cells (or a table whose every line was a hidden,
    voided one): the step as the other cells give it replaces them all (its lines, places,
    provenance and problems), when they give it. ``said``: warn on the old text left out (a
    voided line dropped is said by :func:`_drop_hidden_lines` already)."""
    key = path.split("[", 1)[0]
    if not again.values.get(key) or key not in reading.values:
        return
    mine = re.compile(rf"^{re.escape(key)}\[")
    old = reading.where.get(path, "")
    reading.values[key] = again.values[key]
    for table in (reading.where, reading.provenance):
        for p in [p for p in table if mine.match(p)]:
            del table[p]
    reading.where.update({p: w for p, w in again.where.items() if mine.match(p)})
    reading.provenance.update({p: v for p, v in again.provenance.items() if mine.match(p)})
    reading.problems = [p for p in reading.problems if not mine.match(p.field or "")] + [
        p for p in again.problems if mine.match(p.field or "")
    ]
    value = value_paths.get(reading.values, path)
    if said and value is not None:
        reading.problems.append(_old_left_out(spec, path, old, unseen, value))


def _old_left_out(spec: FormSpec, path: str, old: str, unseen: list[Box], value: Any) -> Problem:
    """The warning on a field whose withdrawn text (struck through, or on a hidden row) was
    left out for what the form shows now: the old text named, the new value said."""
    gone = " ".join(b.text.strip() for b in unseen if b.location == old and b.text.strip())
    shown = value.isoformat() if isinstance(value, dt.date) else str(value)
    return on_cell("value_withdrawn_left_out", spec, path, old, old_text=gone[:40], value=shown[:40])


def _borrowed(reading: Reading, other: Sheet) -> dict[str, str]:
    """The fields of ``reading`` (the form as merged) whose value came from ``other``: each
    field's path (a table by its name, its rows' cells not each) and the cell it was read at."""
    on = {
        path: where
        for path, where in reading.where.items()
        if "[" not in path and str(where).startswith(f"{other.title}!")
    }
    return {p: w for p, w in on.items() if not any(q.startswith(f"{p}.") for q in on)}


def _other_sheet_warnings(spec: FormSpec, first: Sheet, other: Sheet, reading: Reading) -> list[Problem]:
    """The warnings that fields were read from ``other``, a sheet joined to ``first`` (the sheet
    the form was read from: a header sheet, then a sheet of the steps a system exports): one
    naming that sheet and the fields it gave, and one on each of those fields, so a clerk sees
    which values are not from the form's sheet. None when it gave none."""
    borrowed = _borrowed(reading, other)
    if not borrowed:
        return []
    tops = sorted({re.split(r"[.\[]", path, maxsplit=1)[0] for path in borrowed})
    fields = [Bilingual(spec.fields[k].label_zh, spec.fields[k].label_en) for k in tops if k in spec.fields]
    params = {"sheet": other.title, "first": first.title, "count": len(tops), "labels": fields[:6]}
    said = [Problem("fields_from_other_sheet", location=other.title, severity="warning", params=params)]
    for path, where in borrowed.items():
        said.append(
            on_cell("value_from_other_sheet", spec, path, str(where), sheet=other.title, first=first.title)
        )
    return said


def _step_sheet(spec: FormSpec, sheet: Sheet) -> frozenset[str]:
    """The steps a sheet holding steps of the form names (an 8D with a sheet per step: ``D2``
    titled ``D2 问题描述`` over its text), as the form's sections (``d2``): by its name or its
    first text, naming a step the form has, and then every step heading on it (``D4`` … ``D5
    永久措施`` on a sheet ``D4-D5``); empty for any other sheet. What it reads completes the form,
    however loosely (each loose value is warned on its field), but only in those steps
    (:func:`_of_steps`)."""
    from .vocab import d_numbered, discipline, step_worded

    sections = {m.section for m in spec.fields.values()}

    def step_of(text: Any) -> str | None:
        found = discipline(text) if isinstance(text, str) and len(text.strip()) <= 40 else None
        return f"d{found[0]}" if found is not None and f"d{found[0]}" in sections else None

    first = next((t for t in sheet.texts() if isinstance(t, str) and t.strip()), "")
    if step_of(sheet.title) is None and step_of(first) is None:
        return frozenset()
    # a tab named by its D number (``D4-5``, ``D4 - 5 Why's``): its ``STEP 1 : Define the
    # problem``, ``STEP 2 : Ask…`` are a tool's instructions, not the form's D1 and D2
    d_named = any(isinstance(t, str) and d_numbered(t) and step_of(t) for t in (sheet.title, first))
    named = {
        step_of(sheet.title),
        *(step_of(t) for t in sheet.texts() if not (d_named and isinstance(t, str) and step_worded(t))),
    }
    return frozenset(s for s in named if s is not None)


def _of_steps(spec: FormSpec, reading: Reading, steps: AbstractSet[str]) -> Reading:
    """What a step's sheet gives the form: the fields of its steps, however loosely read, and
    another field only where it was read surely by a label of its own (a header repeated on
    each sheet: ``报告编号 | 8D-…``). A loose value of another step or of the header — a date
    on the D8 sheet taken for the report's date, a sheet's title for the customer — is not
    that sheet's to give."""
    keep: set[str] = set()
    for key, meta in spec.fields.items():
        mine = [p for path, p in reading.provenance.items() if _of_key(path, key)]
        if meta.section in steps or (mine and all(p.confidence >= LOW_CONFIDENCE for p in mine)):
            keep.add(key)
    out = Reading(
        {k: v for k, v in reading.values.items() if k in keep or k not in spec.fields},
        Locations({p: w for p, w in reading.where.items() if _kept(p, keep, spec)}),
        [p for p in reading.problems if _kept(p.field or "", keep, spec)],
        {p: v for p, v in reading.provenance.items() if _kept(p, keep, spec)},
        list(reading.unread),
        list(reading.unanswered),
        reading.form,
    )
    return out


def _of_key(path: str, key: str) -> bool:
    return path == key or path.startswith((key + ".", key + "["))


def _kept(path: str, keep: set[str], spec: FormSpec) -> bool:
    """Is a value's path (``team[0].name``) one of the kept fields', or of no field at all?"""
    top = re.split(r"[.\[]", path, maxsplit=1)[0]
    return top in keep or top not in spec.fields


def _continuation(sheet: Sheet) -> bool:
    """A sheet carrying the rest of the form (``續頁``, ``库存排查（接上页）``, ``Continued``): by
    its name or its first text."""
    first = next((t for t in sheet.texts() if isinstance(t, str) and t.strip()), "")
    return continues_form(sheet.title) or continues_form(first)


def _continued(spec: FormSpec, first: Reading, more: Reading) -> Reading:
    """A continuation sheet's table rows go on after the first sheet's rows of that table (the
    stock table's last lines on ``续页`` under ``接上页``); what is left of it completes the form
    as any other sheet does. ``first`` takes the rows; the rest is returned."""
    rest = Reading(dict(more.values), Locations(more.where), list(more.problems), dict(more.provenance), [])
    rest.unread = list(more.unread)
    for key, rows in more.values.items():
        mine = first.values.get(key)
        meta = spec.fields.get(key)
        if meta is None or meta.kind != "table" or not rows or not isinstance(mine, list) or not mine:
            continue
        n = len(mine)
        first.values[key] = [*mine, *rows]
        shift = re.compile(rf"^{re.escape(key)}\[(\d+)\]")

        def moved(path: str, n: int = n, shift: re.Pattern[str] = shift, key: str = key) -> str:
            return shift.sub(lambda m: f"{key}[{int(m[1]) + n}]", path)

        for path in [p for p in more.where if shift.match(p)]:
            first.where[moved(path)] = more.where[path]
            del rest.where[path]
        for path in [p for p in more.provenance if shift.match(p)]:
            first.provenance[moved(path)] = more.provenance[path]
            del rest.provenance[path]
        first.problems += [
            replace(p, field=moved(p.field)) for p in more.problems if shift.match(p.field or "")
        ]
        rest.problems = [p for p in rest.problems if not shift.match(p.field or "")]
        del rest.values[key]
    return rest


_VOID = lazy_re(r"(?i)(作廢|作废|廢除|废除|取消|刪除|删除|\bvoid(?:ed)?\b|\bcancel(?:l?ed)?\b)")


def _drop_hidden_lines(sheet: Sheet, spec: FormSpec, reading: Reading) -> None:
    """A table line on a hidden row that is voided (``（作廢）``) or hidden between visible lines
    (a line taken out of the form, not deleted) is not a line of the form: left out, with a
    warning on the table naming its row. A hidden last line stays (read and warned by
    :func:`_on_hidden`)."""
    for key, rows in list(reading.values.items()):
        meta = spec.fields.get(key)
        if meta is not None and meta.kind == "table" and isinstance(rows, list) and rows:
            _drop_table_lines(sheet, spec, reading, key, rows)


def _drop_table_lines(sheet: Sheet, spec: FormSpec, reading: Reading, key: str, rows: list[Any]) -> None:
    places: dict[int, list[str]] = {}
    for path, place in reading.where.items():
        m = re.match(rf"{re.escape(key)}\[(\d+)\]", path)
        if m is not None and place:
            places.setdefault(int(m[1]), []).append(place)
    hidden = {i for i, ps in places.items() if all(_on_hidden_cell(sheet, p) for p in ps)}
    visible = set(places) - hidden

    def voided(i: int) -> bool:
        texts = [sheet.at.get(_cell_of(p)) for p in places[i]]
        return any(b is not None and isinstance(b.value, str) and _VOID.search(b.value) for b in texts)

    drop = sorted(i for i in hidden if i < len(rows) and (voided(i) or any(v > i for v in visible)))
    if not drop:
        return
    keep = [i for i in range(len(rows)) if i not in drop]
    new_index = {old: new for new, old in enumerate(keep)}
    reading.values[key] = [rows[i] for i in keep]

    def renumbered(path: str) -> str | None:
        m = re.match(rf"{re.escape(key)}\[(\d+)\]", path)
        if m is None:
            return path
        i = int(m[1])
        return None if i in drop else f"{key}[{new_index[i]}]{path[m.end() :]}"

    for table in (reading.where, reading.provenance):
        moved = {}
        for path in [p for p in table if p.startswith(key + "[")]:
            target = renumbered(path)
            value = table.pop(path)
            if target is not None:
                moved[target] = value
        table.update(moved)
    reading.problems = [
        replace(p, field=renumbered(p.field) or p.field) if p.field else p
        for p in reading.problems
        if renumbered(p.field or "") is not None
    ]
    for i in drop:
        place = min(places[i], key=lambda p: _cell_of(p)[1])
        reading.problems.append(on_cell("hidden_line_left_out", spec, key, place))


def _cell_of(place: str) -> tuple[int, int]:
    m = _AREA.match(place.rsplit("!", 1)[-1])
    return (int(m[2]), column_number(m[1])) if m else (0, 0)


def _without_instructions(found: list[Any]) -> list[Any]:
    """The sheets other than the form's instructions (a workbook that opens on its ``How to fill
    in …`` sheet with example answers), when another sheet holds labels of the form."""
    forms = [f for f in found if not instructions_first(f[3].texts())]
    return forms if any(f[1] or f[2] for f in forms) else found


def _named_sheet(
    wb: Workbook, spec: FormSpec
) -> list[tuple[Sheet, Reading, tuple[dict[str, Any], Locations]]] | None:
    """A workbook of one sheet whose defined names, each still beside its label, give every
    field of the form: a blank this toolkit wrote. _extraction lets the names replace what
    label anchoring finds, field by field and table by table, so with every field named
    nothing anchored would remain: the anchoring is skipped (issue 15: most of such a
    parse). None for any other workbook (tests/test_speed_guards.py holds the equivalence)."""
    if len(wb.sheets) != 1 or not wb.names.get(wb.sheets[0].title):
        return None
    sheet = wb.sheets[0]
    values, where = _by_names(wb, sheet, spec, _own_labels(sheet, spec, wb.names[sheet.title]))
    for path, meta in spec.leaf_fields.items():
        if path not in (values if meta.kind == "table" else where):
            return None
    return [(sheet, Reading({}, Locations(), [], {}, []), (values, where))]


def _own_labels(
    sheet: Sheet, spec: FormSpec, names: Mapping[str, tuple[int, int, int, int]]
) -> dict[str, list[Box]] | None:
    """The label of each field of our blank, read off the cell our blank prints it in: the one
    just left of (or just above) the field's named cell, holding one of the field's own labels
    (``*受理日期`` beside ``kesu.received_date``'s cell). None unless every field's name finds
    its label so, in its own cell: the whole page's label reading (``find_labels``, a third of
    such a parse, issue 15) then decides which names are still trusted, as for any workbook
    with names. A label so found is one the page's reading finds too, on every blank this
    toolkit writes (tests/test_named_blank_labels.py holds it); a blank a clerk edited (a row
    put in, a label reworded or moved, a value typed into a label's cell) is read the whole
    way, as is one whose label found so does not stand where :func:`_trusted` asks."""
    out: dict[str, list[Box]] = {}
    at = sheet.at
    for key, own in _label_keys(spec):
        target = names.get(key)
        if target is None:
            return None
        row, col = target[0], target[1]
        box = at.get((row, col))
        if box is None:
            return None
        for lab in (at.get((row, col - 1)), at.get((row - 1, col))):
            if lab is not None and lab is not box and type(lab.value) is str and label_key(lab.text) in own:
                out[key] = [lab]  # (where it stands to the cell, _by_names asks: _trusted)
                break
        else:
            return None
    return out


@functools.lru_cache(maxsize=32)
def _label_keys(spec: FormSpec) -> tuple[tuple[str, frozenset[str]], ...]:
    """Each field of the form that is no table, with the comparable forms
    (:func:`.anchor.label_key`) of its own labels: told once a run."""
    return tuple(
        (key, frozenset(k for k in map(label_key, meta.labels) if k))
        for key, meta in spec.leaf_fields.items()
        if meta.kind != "table"  # (a table's names are trusted by its header: _table_by_names)
    )


def _copies(a: Sheet, b: Sheet) -> bool:
    """Two sheets of one layout (a copied sheet for the next case), not two parts of one form."""
    la = {box.text.strip() for box in a.boxes if isinstance(box.value, str) and label_like(box.text)}
    lb = {box.text.strip() for box in b.boxes if isinstance(box.value, str) and label_like(box.text)}
    return bool(la and lb) and len(la & lb) >= 0.6 * min(len(la), len(lb))


def _extraction(
    wb: Workbook,
    spec: FormSpec,
    sheet: Sheet,
    reading: Reading,
    source: str,
    by_names: tuple[dict[str, Any], Locations] | None = None,
) -> Extraction:
    values, where, provenance = reading.values, reading.where, reading.provenance
    named_values, named_where = by_names if by_names is not None else _by_names(wb, sheet, spec)
    if not where and not named_where:
        raise SourceError("not_a_form", kinds=Bilingual.title(spec), found="")
    # names win where they hold; table rows found by names replace the anchored ones wholesale
    for key in named_values:
        if spec.fields[key].kind == "table":
            for stale in [p for p in where if p == key or p.startswith(f"{key}[")]:
                del where[stale]
            for stale in [p for p in provenance if p == key or p.startswith(f"{key}[")]:
                del provenance[stale]
    for key, value in named_values.items():
        if isinstance(value, dict) and isinstance(values.get(key), dict):
            values[key].update(value)  # a group: names for some members, labels for the rest
        else:
            values[key] = value
    where.update(named_where)
    for path, place in named_where.items():
        provenance[path] = Provenance(place, how="name")
    _expected_locations(sheet, spec, where)
    shaped = _from_text_boxes(spec, sheet, provenance, where)
    named = set(named_where)
    reading.unread = [b for b in reading.unread if b.location not in named] if named else reading.unread
    worked, uncached = workbook_formulas(wb.sheets)
    _past_uncalculated(reading, uncached, values, where)  # (first: it may drop a value)
    # with names, the labels' warnings are set aside, save a year they took for a value that stays
    problems = years_said(reading.problems, values) if named else reading_problems(spec, reading)
    problems += formula_problems(spec, worked, uncached, values, where, workbook_outside(wb.sheets))
    problems += _crossed_out(spec, sheet, values, where)
    problems += shaped
    problems += _from_page_margins(spec, where)
    problems += _below_the_form(spec, sheet, values, where, named_where)
    problems += _on_hidden(spec, sheet, values, where)
    problems += _beyond_cents(spec, sheet, values, where)
    problems += shown_in_currency(spec, sheet.currencies, values, where)
    problems += _codes_in_scientific(spec, sheet, values, where)
    labels = {path: p.label_location for path, p in provenance.items() if p.label_location}
    problems += noted(spec, sheet.notes, sheet.title, values, where, labels)
    problems += _beside_warnings(wb, sheet, spec, named_where)
    problems += _not_blank(spec, sheet, reading)
    problems += _never_calculated(spec, reading, where, uncached, workbook_outside(wb.sheets), wb.links)
    shown = currency_rows(reading.form or sheet.boxes, later=True).showing(  # Currency: NZD, 幣別：美金
        sheet.currencies[place] for place in where.values() if place in sheet.currencies
    )
    out = Extraction(
        spec.kind,
        _dates(spec, values, wb.epoch_1904),
        where,
        source,
        problems,
        provenance,
        shown,
        blank_form(reading),
        sheet.title,
    )
    out.printed = sheet.texts
    return out


def extract(path: Path, data: bytes, kind: str | None) -> list[Extraction]:
    """The form on each sheet that holds one (usually one sheet), by names or by labels.

    Several sheets each carrying the form's title are several documents, their sources
    ``file.xlsx#Sheet name``.
    """
    return extract_read(path, read_workbook(data), kind)


def extract_read(path: Path, wb: Workbook, kind: str | None) -> list[Extraction]:
    """:func:`extract` of a workbook already read (:func:`read_workbook`): a profile's reading
    and the generic reader it falls back on share one."""
    try:
        found = _forms_of(path, wb, kind)
    except SourceError as exc:
        if exc.code in ("not_a_form", "unknown_kind") and kind in (None, "complaint"):
            # a complaint letter or an e-mail's body pasted into the sheet (:mod:`.letters`)
            letter = read_letter_lines(sheet_lines(wb.sheets), str(path), rows=True)
            if letter is not None:
                return [letter]
        hidden = _hidden_forms(path, wb, kind) if exc.code in _NO_FORM_SHOWN else None
        if hidden is not None:
            return hidden
        shaped = [(sheet.title, text) for sheet in wb.sheets for text in sheet.shapes]
        if exc.code not in ("not_a_form", "unknown_kind") or not shaped:
            raise
        title, text = shaped[0]
        raise SourceError("form_in_text_box", sheet=title, text=" ".join(text.split())[:40] + "…") from None
    if wb.links:  # (never followed: said once on each document of the file)
        said = _shown_links(wb.links)
        for extraction in found:
            at = extraction.locations.get("", "")
            extraction.problems.append(
                Problem("workbook_links_outside", location=at, severity="warning", params=said)
            )
    if wb.macros:  # (never run: said once on each document of the file)
        for extraction in found:
            at = extraction.locations.get("", "")
            extraction.problems.append(Problem("workbook_macros_not_run", location=at, severity="warning"))
    if len(found) == 1 and kind in (None, "complaint") and thin_record(found[0]):
        # a letter with a reference or date line above its prose: the form reader found only that
        letter = read_letter_lines(
            sheet_lines(wb.sheets), str(path), rows=True, labelled=labelled_values(found[0])
        )
        if letter is not None:
            return [letter]
    return found


# what the shown sheets say when they hold no form (a cover sheet, an empty one, none at all)
_NO_FORM_SHOWN = ("not_a_form", "unknown_kind", "empty_workbook")


def _hidden_forms(path: Path, wb: Workbook, kind: str | None) -> list[Extraction] | None:
    """The form on a hidden sheet, where the sheets shown hold none (a cover sheet in front, the
    form hidden by a macro): a sheet hidden as Excel hides it (its Unhide lists it) is read, with
    ``form_on_hidden_sheet`` on each document; one hidden by a macro (``veryHidden``: no clerk
    opening the file sees it) that a form is read from is ``form_sheet_very_hidden`` (its form
    never returned); a very hidden sheet carrying a title and no form (a blank master copy, a
    cover) is passed over. None when no hidden sheet carries a form's title or a form (the shown
    sheets' own error stands). Every sheet comes from the file read once (``Workbook.unread``)."""
    if not wb.hidden or wb.unread is None:
        return None
    unread = wb.unread
    try:
        # a sheet that carries a form's title: never the lists a form's drop-downs read (选项:
        # 内销, 外销 …), the hidden sheet most workbooks have
        titled = [(name, state) for name, state in wb.hidden if _titled(unread.texts(name))]
    except SourceError:
        return None
    shown = [printable(s.title) for s in wb.sheets] or ["—"]  # (、 or ", " by language)
    for name in (name for name, state in titled if state == "veryHidden"):
        if _forms_on(path, wb, {name}, kind):  # (a title alone — a blank master copy — is none)
            raise SourceError("form_sheet_very_hidden", sheet=printable(name), shown=shown)
    found = _forms_on(path, wb, {name for name, state in titled if state != "veryHidden"}, kind)
    if not found:
        return None
    for extraction in found:
        sheet = extraction.sheet  # (each read from one hidden sheet)
        at = extraction.locations.get("", sheet)
        params = {"sheet": printable(sheet), "shown": shown}
        extraction.problems.append(
            Problem("form_on_hidden_sheet", location=at, severity="warning", params=params)
        )
    return found


def _forms_on(path: Path, wb: Workbook, names: set[str], kind: str | None) -> list[Extraction]:
    """The forms read from the sheets ``names`` of the file read once (``wb.unread``); none where
    they hold none (or ``names`` is empty)."""
    if not names or wb.unread is None:
        return []
    try:
        return _forms_of(path, replace(wb, sheets=wb.unread.sheets(names)), kind)
    except SourceError:
        return []


def _titled(texts: list[Any]) -> bool:
    """Do a sheet's values (row by row) carry a form's title among their first 60?"""
    return detect_kind(texts[:60], titles_of_forms(), mentions=False) is not None


def _shown_links(links: tuple[str, ...]) -> dict[str, str]:
    """The links' targets as a warning names them: the first three, each cut at 80 characters."""
    shown = [t if len(t) <= 80 else t[:79] + "…" for t in links[:3]]
    return {"targets": ", ".join(shown) + (f" (+{len(links) - 3})" if len(links) > 3 else "")}


def _forms_of(path: Path, wb: Workbook, kind: str | None) -> list[Extraction]:
    """:func:`extract` once the workbook is read."""
    if not wb.sheets and wb.charts:
        raise SourceError("chart_sheet_only", sheets=list(wb.charts))  # 、 or ", " by language
    if (
        wb.sheets
        and not any(sheet.shapes for sheet in wb.sheets)  # (text in text boxes: form_in_text_box)
        and not any(_held(box.value) for sheet in wb.sheets for box in sheet.boxes)
    ):
        # every sheet cleared (or never filled): no form to look for, say so rather than
        # that the form's labels were not found
        raise SourceError("empty_workbook", sheets=[sheet.title for sheet in wb.sheets])
    if not wb.sheets:
        raise SourceError(
            "not_a_form",
            kinds=Bilingual("工作簿没有可见的工作表", "the workbook has no visible sheet"),
            found="",
        )
    texts = [t for sheet in wb.sheets for t in list(sheet.texts())[:60]]
    # an explicit --kind wins, as in parse_paths, so values and validation use one form
    spec, guessed = choose_form(kind, texts, [s.boxes for s in wb.sheets])
    named = _named_sheet(wb, spec)
    if named is not None:
        [(sheet, reading, by_names)] = named
        found = [_extraction(wb, spec, sheet, reading, str(path), by_names)]
    elif len(sheets := _sheets_of(wb, spec)) == 1:
        found = [_extraction(wb, spec, *sheets[0], str(path))]
    else:
        found = [_extraction(wb, spec, *sheet, f"{path}#{sheet[0].title}") for sheet in sheets]
        found = without_blank_copies(found, [sheet.title for sheet, _r in sheets], str(path), on_pages=False)
    other = other_form_named(texts, spec.kind)  # 表单名称 退货单 under 客户投诉处理单
    for extraction in found:
        extraction.problems += kind_doubts(spec, guessed, other, extraction.locations.get("", ""))
    return found


def _expected_locations(sheet: Sheet, spec: FormSpec, where: Locations) -> None:
    """Fields whose label was not found at all point at the sheet, so errors still say where."""
    where.setdefault("", sheet.title)
