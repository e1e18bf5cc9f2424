"""The blank Excel form a clerk fills and prints, derived from the form's fields alone.

Works for every form kind: the layout follows ``spec.sections`` and ``spec.fields``
(``describe(model)``), so a new form module gets its blank for free.

Layout (columns A–H, one A4 page, portrait): title, company, form code and revision, the
form's marks; then per section a heading and its fields — two short fields a row (label in
A or E, the value merged over the three cells to its right), a long text area on a row of
its own (value merged B:H over three rows), a table as a heading, a header row of the row
model's column labels and ``meta.rows`` data rows (default 5).

Naming convention (what the parser reads first):

- ``kesu.<field>``: the value cell of a field (the top-left cell of its merged range),
  e.g. ``kesu.customer`` → ``'客户抱怨处理单'!$B$6``;
- ``kesu.<table>.<column>``: the column's cells over the data rows of a table, e.g.
  ``kesu.penalties.amount`` → ``'客户抱怨处理单'!$H$40:$H$42``; row ``i`` of the table is
  the ``i``-th row of each column's range.

Label cells are locked, value cells unlocked, the sheet is protected without a password
(so a clerk only types into value cells, yet may still insert rows). Every term field has
a dropdown of its Chinese terms (lists live on the hidden sheet ``选项``); a ``terms`` field
(several choices) is a free cell with an input hint; dates, money and quantities get a
generated input hint when the field has none of its own.

>>> from kesu_docs import forms
>>> write_blank(forms.get("complaint"), "/tmp/客户抱怨处理单.xlsx")   # doctest: +SKIP
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from dataclasses import field as dc_field
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet
from pydantic import BaseModel

from ..config import Settings
from ..config import settings as current_settings
from ..forms import FieldMeta, FormSpec, describe
from ..forms.base import CONTROL_LINE, SIGNATURES
from ..values import Term
from ..xlsxsave import save
from ..xlsxtext import cell as text_cell
from ..xlsxtext import text_only

NAME_PREFIX = "kesu."
LISTS_SHEET = "选项"
COLUMNS = 8  # A..H
# characters per column: label, value ×3, label, value ×3; narrow enough that the width of an
# A4 page prints at about 90 % (a label at 9 pt), never the 55 % of a form squeezed onto one page
COLUMN_WIDTHS = (13, 10, 10, 10, 13, 10, 10, 10)
DEFAULT_TABLE_ROWS = 5
LONG_ROWS = 3  # a text area is three rows tall

_THIN = Side(style="thin", color="808080")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_LABEL_FILL = PatternFill("solid", fgColor="F2F2F2")
_HEAD_FILL = PatternFill("solid", fgColor="D9E1F2")
_FONT = "宋体"
_NUMBER_FORMATS = {
    "date": "yyyy-mm-dd",
    "money": "#,##0.00",
    "ratio": "0.00%",
    "qty": "#,##0",
    "number": "General",
    "code": "@",
    "text": "@",
    "terms": "@",
}


def field_name(key: str, column: str | None = None) -> str:
    """The defined name of a field (``kesu.customer``) or a table column (``kesu.penalties.amount``)."""
    return f"{NAME_PREFIX}{key}" + (f".{column}" if column else "")


def label_text(meta: FieldMeta) -> str:
    """The printed label: ``*客户名称`` for a required field."""
    return ("*" if meta.required else "") + meta.label_zh


def hint_for(meta: FieldMeta) -> str:
    """The input hint of a field: its own, else one generated from its kind."""
    if meta.hint:
        return meta.hint
    terms = "、".join(m.zh for m in meta.term) if meta.term else ""
    return {
        "date": "日期，如 2026-09-03 或 2026年9月3日",
        "money": "金额（元），如 1234.50",
        "qty": "整数数量，如 1200",
        "ratio": "百分比，如 2.5%",
        "bool": "是 / 否",
        "term": f"请从下拉选项选择：{terms}",
        "terms": f"可多选，以“、”分隔：{terms}",
    }.get(meta.kind, "")[:250]


@dataclass
class _Sheet:
    """The sheet being laid out: the next free row and what was placed where."""

    ws: Worksheet
    lists: Worksheet
    row: int = 1
    names: dict[str, str] = dc_field(default_factory=dict)  # defined name -> absolute reference
    sections: list[int] = dc_field(default_factory=list)  # the first row of each section
    signature_row: int = 0  # the row signed in (taller than the rest)
    lists_used: dict[str, str] = dc_field(default_factory=dict)  # term class -> list range

    def ref(self, first: str, last: str | None = None) -> str:
        def absolute(cell: str) -> str:
            col = "".join(c for c in cell if c.isalpha())
            return f"${col}${cell[len(col) :]}"

        target = absolute(first) + (f":{absolute(last)}" if last and last != first else "")
        return f"{quote_sheetname(self.ws.title)}!{target}"


def _style_label(cell: Any, *, head: bool = False) -> None:
    cell.font = Font(name=_FONT, size=10, bold=head)
    cell.fill = _HEAD_FILL if head else _LABEL_FILL
    cell.alignment = Alignment(horizontal="center" if head else "left", vertical="center", wrap_text=True)
    cell.border = _BORDER


def _style_value(cell: Any, meta: FieldMeta) -> None:
    cell.font = Font(name=_FONT, size=10)
    cell.alignment = Alignment(horizontal="left", vertical="top" if meta.long else "center", wrap_text=True)
    cell.border = _BORDER
    cell.protection = Protection(locked=False)
    fmt = _NUMBER_FORMATS.get(meta.kind)
    if fmt:
        cell.number_format = fmt


def _merge(ws: Worksheet, row: int, col: int, last_row: int, last_col: int) -> None:
    if (row, col) != (last_row, last_col):
        ws.merge_cells(start_row=row, start_column=col, end_row=last_row, end_column=last_col)
    for r in range(row, last_row + 1):
        for c in range(col, last_col + 1):
            ws.cell(r, c).border = _BORDER


def _term_list(sheet: _Sheet, term: type[Term]) -> str:
    """The range on the hidden list sheet holding a term's Chinese choices."""
    name = term.__name__
    if name not in sheet.lists_used:
        col = len(sheet.lists_used) + 1
        letter = get_column_letter(col)
        sheet.lists.cell(1, col, name)
        members = list(term)
        for i, member in enumerate(members):
            sheet.lists.cell(i + 2, col, member.zh)
        sheet.lists_used[name] = f"{quote_sheetname(LISTS_SHEET)}!${letter}$2:${letter}${len(members) + 1}"
    return sheet.lists_used[name]


def _validation(sheet: _Sheet, meta: FieldMeta, cells: str) -> None:
    hint = hint_for(meta)
    if meta.kind == "term" and meta.term is not None:
        dv = DataValidation(
            type="list",
            formula1=_term_list(sheet, meta.term),
            allow_blank=True,
            showErrorMessage=True,
            errorStyle="warning",
            errorTitle=meta.label_zh,
            error="请从下拉选项中选择",
            showInputMessage=True,
            promptTitle=meta.label_zh[:32],
            prompt=hint,
        )
    elif meta.kind == "bool":
        dv = DataValidation(
            type="list",
            formula1='"是,否"',
            allow_blank=True,
            showErrorMessage=True,
            errorStyle="warning",
            error="请填“是”或“否”",
            showInputMessage=True,
            promptTitle=meta.label_zh[:32],
            prompt=hint,
        )
    elif hint:
        dv = DataValidation(
            showInputMessage=True, promptTitle=meta.label_zh[:32], prompt=hint, allow_blank=True
        )
    else:
        return
    dv.add(cells)
    sheet.ws.add_data_validation(dv)


def _place_field(sheet: _Sheet, meta: FieldMeta, row: int, col: int, group: str = "") -> None:
    """Label at (row, col), value merged over the cells to its right (three rows for long text)."""
    ws = sheet.ws
    label = ws.cell(row, col, label_text(meta))
    _style_label(label)
    if meta.long:
        last_row, first, last_col = row + LONG_ROWS - 1, col + 1, COLUMNS
        _merge(ws, row, col, last_row, col)
    else:
        last_row, first, last_col = row, col + 1, col + 3
    value = ws.cell(row, first)
    _merge(ws, row, first, last_row, last_col)
    _style_value(value, meta)
    sheet.names[field_name(f"{group}.{meta.key}" if group else meta.key)] = sheet.ref(value.coordinate)
    _validation(sheet, meta, value.coordinate)


def _column_spans(n: int) -> list[tuple[int, int]]:
    """Split the form's columns among ``n`` table columns: (first, last) per column."""
    width, extra = divmod(COLUMNS, n) if n <= COLUMNS else (1, 0)
    spans, col = [], 1
    for i in range(min(n, COLUMNS)):
        w = width + (1 if i < extra else 0)
        spans.append((col, col + w - 1))
        col += w
    return spans


def _place_table(sheet: _Sheet, meta: FieldMeta) -> None:
    ws = sheet.ws
    columns = list(describe(meta.row_model).values())
    if len(columns) > COLUMNS:  # more columns than the page: print the first ones
        columns = columns[:COLUMNS]
    title = ws.cell(sheet.row, 1, label_text(meta))
    _style_label(title, head=True)
    title.alignment = Alignment(horizontal="left", vertical="center")
    _merge(ws, sheet.row, 1, sheet.row, COLUMNS)
    sheet.row += 1
    spans = _column_spans(len(columns))
    for col_meta, (first, last) in zip(columns, spans):
        _style_label(ws.cell(sheet.row, first, label_text(col_meta)), head=True)
        _merge(ws, sheet.row, first, sheet.row, last)
    sheet.row += 1
    rows = meta.rows or DEFAULT_TABLE_ROWS
    top, bottom = sheet.row, sheet.row + rows - 1
    for col_meta, (first, last) in zip(columns, spans):
        for r in range(top, bottom + 1):
            _merge(ws, r, first, r, last)
            _style_value(ws.cell(r, first), col_meta)
        a, b = f"{get_column_letter(first)}{top}", f"{get_column_letter(first)}{bottom}"
        sheet.names[field_name(meta.key, col_meta.key)] = sheet.ref(a, b)
        _validation(sheet, col_meta, f"{a}:{b}")
    sheet.row = bottom + 1


def _place_section(sheet: _Sheet, heading: str, metas: list[FieldMeta], group: str = "") -> None:
    ws = sheet.ws
    if heading and not group:
        sheet.sections.append(sheet.row)
        cell = ws.cell(sheet.row, 1, heading)
        cell.font = Font(name=_FONT, size=11, bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="4472C4")
        cell.alignment = Alignment(vertical="center")
        _merge(ws, sheet.row, 1, sheet.row, COLUMNS)
        sheet.row += 1
    elif heading:  # a group of fields (the 8D's D2 problem): a sub-heading
        cell = ws.cell(sheet.row, 1, heading)
        _style_label(cell, head=True)
        cell.alignment = Alignment(horizontal="left", vertical="center")
        _merge(ws, sheet.row, 1, sheet.row, COLUMNS)
        sheet.row += 1
    pending: FieldMeta | None = None  # a short field waiting for its right-hand neighbour

    def flush() -> None:
        nonlocal pending
        if pending is not None:
            _place_field(sheet, pending, sheet.row, 1, group)
            sheet.row += 1
            pending = None

    for meta in metas:
        if meta.kind == "table":
            flush()
            _place_table(sheet, meta)
        elif meta.kind == "group" and meta.row_model is not None:
            flush()
            _place_section(sheet, label_text(meta), list(describe(meta.row_model).values()), meta.key)
        elif meta.long:
            flush()
            _place_field(sheet, meta, sheet.row, 1, group)
            sheet.row += LONG_ROWS
        elif pending is None:
            pending = meta
        else:
            _place_field(sheet, pending, sheet.row, 1, group)
            _place_field(sheet, meta, sheet.row, 5, group)
            sheet.row += 1
            pending = None
    flush()


def _sections(spec: FormSpec) -> Iterable[tuple[str, list[FieldMeta]]]:
    """(heading, fields) in the spec's print order (FormSpec.grouped); no heading for the
    fields of no declared section."""
    for section in spec.grouped():
        yield (section.zh if section.key else ""), list(section.fields)


def build_blank(spec: FormSpec, settings: Settings | None = None) -> Workbook:
    """The blank form as an openpyxl workbook (see the module docstring for its layout)."""
    settings = settings or current_settings()
    wb = Workbook()
    ws = wb.active
    ws.title = spec.title_zh[:31]
    lists = wb.create_sheet(LISTS_SHEET)
    lists.sheet_state = "hidden"
    sheet = _Sheet(ws, lists)
    for col, width in enumerate(COLUMN_WIDTHS, start=1):
        ws.column_dimensions[get_column_letter(col)].width = width

    title = ws.cell(1, 1, spec.title_zh)
    title.font = Font(name=_FONT, size=18, bold=True)
    title.alignment = Alignment(horizontal="center", vertical="center")
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=COLUMNS)
    ws.row_dimensions[1].height = 30
    ws.cell(2, 1, text_cell(settings.company)).font = Font(name=_FONT, size=11)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=4)
    code = ws.cell(2, 5, f"{CONTROL_LINE[0]} {spec.form_code}　{CONTROL_LINE[1]} {settings.effective_date}")
    code.font = Font(name=_FONT, size=10)
    code.alignment = Alignment(horizontal="right")
    ws.merge_cells(start_row=2, start_column=5, end_row=2, end_column=COLUMNS)
    sheet.row = 3
    for mark in spec.marks:
        cell = ws.cell(sheet.row, 1, mark)
        cell.font = Font(name=_FONT, size=10, bold=True, color="C00000")
        cell.alignment = Alignment(horizontal="right")
        ws.merge_cells(start_row=sheet.row, start_column=1, end_row=sheet.row, end_column=COLUMNS)
        sheet.row += 1

    for heading, metas in _sections(spec):
        if metas:
            _place_section(sheet, heading, metas)

    _signatures(sheet)

    for name, ref in sheet.names.items():
        wb.defined_names[name] = DefinedName(name, attr_text=ref)

    last = sheet.row - 1
    for r in range(2, last + 1):  # room to write by hand on the printed copy
        ws.row_dimensions[r].height = 20
    ws.row_dimensions[sheet.signature_row].height = 32
    for row in ws.iter_rows(min_row=2, max_row=last):
        for cell in row:
            if isinstance(cell.value, str):  # a label that wraps gets the lines it needs, never clipped
                fit_row(ws, cell)
    ws.print_area = f"A1:{get_column_letter(COLUMNS)}{last}"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "portrait"
    # the width of the page, at full size; as many pages as the form needs (the 8D runs to
    # several), each section starting on a new page when it would not fit on this one. The
    # title is not repeated on each page: a title is where a reader of printed forms (kesu's
    # own) starts the next form
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    _page_breaks(sheet, last)
    ws.page_margins.left = ws.page_margins.right = 0.3
    ws.page_margins.top = ws.page_margins.bottom = 0.5
    ws.print_options.horizontalCentered = True
    # protected without a password: labels stay put, value cells are open, rows may be inserted
    ws.protection.sheet = True
    ws.protection.insertRows = False
    ws.protection.deleteRows = False
    ws.protection.formatColumns = False
    ws.protection.formatRows = False
    return wb


PAGE_ROOM = 800.0  # points of rows an A4 page holds between its margins at about 90 %


def _signatures(sheet: _Sheet) -> None:
    """The 制作 / 审核 / 核准 block the controlled documents carry: a label over a box to sign.

    Each label spans its third of the row, so a reader of the form (kesu's own, by labels) sees
    a footer there, not one more row of the table above it.
    """
    ws = sheet.ws
    sheet.row += 1
    for (first, last), text in zip(((1, 3), (4, 6), (7, 8)), (zh for zh, _en in SIGNATURES)):
        _style_label(ws.cell(sheet.row, first, text), head=True)
        _merge(ws, sheet.row, first, sheet.row, last)
        box = ws.cell(sheet.row + 1, first)
        box.border = _BORDER
        box.protection = Protection(locked=False)
        _merge(ws, sheet.row + 1, first, sheet.row + 1, last)
    sheet.row += 2
    sheet.signature_row = sheet.row - 1


def _page_breaks(sheet: _Sheet, last: int) -> None:
    """A manual page break before each section that would run over the foot of its page."""
    from openpyxl.worksheet.pagebreak import Break

    ws = sheet.ws

    def height(r: int) -> float:
        return ws.row_dimensions[r].height or LINE_HEIGHT

    titles = 0.0  # nothing repeats at the top of a page
    bounds = [*sorted(set(sheet.sections)), last + 1]
    used = sum(height(r) for r in range(1, bounds[0]))
    for start, end in zip(bounds, bounds[1:]):
        size = sum(height(r) for r in range(start, end))
        if used + size > PAGE_ROOM and used > titles:
            ws.row_breaks.append(Break(id=start - 1))
            used = titles
        used += size


def write_blank(
    spec: FormSpec,
    path: str | Path,
    settings: Settings | None = None,
    *,
    check: Callable[[], object] | None = None,
) -> Path:
    """Write the blank Excel form of ``spec`` to ``path`` (.xlsx); ``check()`` right before the
    rename (``kesu blank -o``: that what stands there is no filled form)."""
    from ..leftovers import written_whole

    book = text_only(build_blank(spec, settings))
    return written_whole(Path(path), lambda out: save(book, out), check)  # the same blank, the same bytes


# ---------------------------------------------------------------------------------- filling
def cell_value(value: Any) -> Any:
    """How a record value is typed into a cell: Chinese terms, 是/否, numbers, dates."""
    if value is None:
        return None
    if isinstance(value, Term):
        return value.zh
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, (list, tuple)):
        return "、".join(str(cell_value(v)) for v in value) or None
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, str):
        return text_cell(value)
    if isinstance(value, (dt.date, int, float)):
        return value
    return text_cell(str(value))


def _target(wb: Workbook, name: str) -> tuple[Worksheet, str] | None:
    dn = wb.defined_names.get(name)
    if dn is None:
        return None
    for title, ref in dn.destinations:
        return wb[title], ref.replace("$", "")
    return None


def fill(wb: Workbook, spec: FormSpec, values: dict[str, Any] | BaseModel) -> Workbook:
    """Type ``values`` into the named cells of a blank workbook (tables row by row)."""
    if isinstance(values, BaseModel):
        values = {k: getattr(values, k) for k in spec.fields}
    values = {k: v for k, v in values.items() if v is not None}
    for key, value in values.items():
        meta = spec.fields.get(key)
        if meta is None:
            raise KeyError(f"{spec.kind} has no field {key!r}")
        if meta.kind == "table":
            for col in describe(meta.row_model):
                target = _target(wb, field_name(key, col))
                if target is None:
                    continue
                ws, ref = target
                cells = [row[0] for row in ws[ref]] if ":" in ref else [ws[ref]]
                rows = list(value or [])
                if len(rows) > len(cells):
                    raise ValueError(f"{key}: {len(rows)} rows do not fit the form's {len(cells)}")
                for cell, row in zip(cells, rows):
                    item = row.get(col) if isinstance(row, dict) else getattr(row, col, None)
                    cell.value = cell_value(item)
                    fit_row(ws, cell)
            continue
        if meta.kind == "group":
            members = value if isinstance(value, dict) else (value.model_dump() if value is not None else {})
            for sub, sub_value in members.items():
                _put_named(wb, field_name(f"{key}.{sub}"), sub_value)
            continue
        _put_named(wb, field_name(key), value)
    return wb


def _put_named(wb: Workbook, name: str, value: Any) -> None:
    target = _target(wb, name)
    if target is None:
        raise KeyError(f"the workbook has no cell named {name}")
    ws, ref = target
    ws[ref].value = cell_value(value)
    fit_row(ws, ws[ref])


LINE_HEIGHT = 15.0  # points per printed line of 10-11 pt text


def fit_row(ws: Any, cell: Any) -> None:
    """Grow the cell's row so wrapped text prints whole, not over the next row (Excel, like
    openpyxl, does not size rows by their content when the file is only opened to print)."""
    text = cell.value
    if not isinstance(text, str) or not text:
        return
    first, last = cell.column, cell.column
    row, column = cell.row, cell.column
    for merged in ws.merged_cells.ranges:  # (bounds compared: ``coordinate in merged`` parses a range a time)
        if not (merged.min_row <= row <= merged.max_row and merged.min_col <= column <= merged.max_col):
            continue
        if merged.min_row == merged.max_row:
            first, last = merged.min_col, merged.max_col
            break
        return  # a text area spanning rows has its own height
    from openpyxl.utils import get_column_letter

    width = sum(ws.column_dimensions[get_column_letter(c)].width or 8.43 for c in range(first, last + 1))
    lines = 0
    for line in text.split("\n"):
        units = sum(2 if ord(ch) > 0x2E80 else 1 for ch in line)  # a hanzi is two columns wide
        lines += max(1, -(-units // max(int(width) - 1, 1)))
    needed = lines * LINE_HEIGHT
    row = ws.row_dimensions[cell.row]
    if needed > (row.height or LINE_HEIGHT):
        row.height = needed


def fill_blank(
    spec: FormSpec, values: dict[str, Any] | BaseModel, path: str | Path, settings: Settings | None = None
) -> Path:
    """Write a blank form of ``spec`` with ``values`` typed into its named cells.

    >>> fill_blank(forms.get("complaint"), {"customer": "华为"}, "/tmp/c.xlsx")   # doctest: +SKIP
    """
    path = Path(path)
    save(text_only(fill(build_blank(spec, settings), spec, values)), path)
    return path


def fill_file(
    path: str | Path, spec: FormSpec, values: dict[str, Any], out: str | Path | None = None
) -> Path:
    """Type ``values`` into the named cells of an existing blank (``out`` defaults to ``path``)."""
    wb = load_workbook(path)
    text_only(fill(wb, spec, values)).save(out or path)
    return Path(out or path)
