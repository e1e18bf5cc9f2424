"""What every report workbook shares: values written as values (never formulas), headings, print set-up.

openpyxl turns any string starting with ``=`` into a formula; a customer called ``=HYPERLINK(…)``
must print as text, so every cell a report writes goes through :func:`put`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Any

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from ..values import Term
from ..xlsxtext import FORMULA_START
from .sheetxml import WIDTH_SAMPLE, fitted_width, shown_width  # noqa: F401 (where reports find them)

HEAD_FILL = PatternFill("solid", fgColor="D9E1F2")
TOTAL_FILL = PatternFill("solid", fgColor="F2F2F2")
OVERDUE_FILL = PatternFill("solid", fgColor="F8CBAD")  # open and past due
LATE_FILL = PatternFill("solid", fgColor="FFF2CC")  # closed, but late
THIN = Side(style="thin", color="A6A6A6")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
DATE_FORMAT = "yyyy-mm-dd"
MONEY_FORMAT = "#,##0.00"
PERCENT_FORMAT = "0.0%"


def put(ws: Worksheet, row: int, column: int, value: Any, *, number_format: str | None = None) -> Any:
    """Write one value: dates as dates, money as numbers, text as text — never as a formula."""
    if isinstance(value, dt.datetime):
        value = value.replace(tzinfo=None, microsecond=0)
    elif isinstance(value, Term):  # printed as the form prints it
        value = value.zh
    cell = ws.cell(row=row, column=column, value=value)
    if isinstance(value, str) and value.startswith(FORMULA_START):
        # user text that happens to start like a formula ("=", "+", "-", "@") stays text, and
        # Excel's quote prefix keeps it text when a clerk edits the cell (F2, Enter)
        cell.data_type = "s"
        cell.quotePrefix = True
    if number_format:
        cell.number_format = number_format
    elif isinstance(value, dt.datetime):
        cell.number_format = "yyyy-mm-dd hh:mm"
    elif isinstance(value, dt.date):
        cell.number_format = DATE_FORMAT
    elif isinstance(value, Decimal):
        cell.number_format = MONEY_FORMAT
    return cell


def heading(ws: Worksheet, row: int, titles: Sequence[str], *, start: int = 1) -> None:
    """A table's header row: bold, shaded, boxed, wrapped."""
    for i, title in enumerate(titles):
        cell = put(ws, row, start + i, title)
        cell.font = Font(bold=True)
        cell.fill = HEAD_FILL
        cell.border = BOX
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)


def box(ws: Worksheet, first_row: int, last_row: int, columns: int, *, start: int = 1) -> None:
    # what ``cell.border = BOX`` does, with BOX looked up once: openpyxl hashes the border
    # anew for each cell, most of a monthly report's time with a few thousand cases
    from openpyxl.styles.cell_style import StyleArray

    border_id = ws.parent._borders.add(BOX)
    for row in ws.iter_rows(min_row=first_row, max_row=last_row, min_col=start, max_col=start + columns - 1):
        for cell in row:
            if not cell._style:
                cell._style = StyleArray()
            cell._style.borderId = border_id


def fill_row(ws: Worksheet, row: int, columns: int, fill: PatternFill, *, start: int = 1) -> None:
    for column in range(start, start + columns):
        ws.cell(row=row, column=column).fill = fill


def widths(ws: Worksheet, sizes: Iterable[float], *, start: int = 1) -> None:
    for i, size in enumerate(sizes):
        ws.column_dimensions[get_column_letter(start + i)].width = size


def fit_widths(ws: Worksheet, *, minimum: float = 8, maximum: float = 40, header_row: int = 1) -> None:
    """Column widths from their contents (a CJK character counts twice)."""
    for column in ws.iter_cols(min_row=header_row, max_row=min(ws.max_row, header_row + WIDTH_SAMPLE)):
        width = fitted_width((cell.value for cell in column), minimum, maximum)
        ws.column_dimensions[column[0].column_letter].width = width


def printable(
    ws: Any, *, landscape: bool = True, header_rows: str | None = "1:1", footer: str = "第 &P 页 共 &N 页"
) -> None:
    """A4, fit to the page width (as many pages down as needed), header rows repeated on each
    page; ``footer``: the page number's words (``&P``, ``&N``), in the workbook's language."""
    ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    if header_rows:
        ws.print_title_rows = header_rows
    ws.HeaderFooter.oddFooter.center.text = footer  # a write-only sheet has no .oddFooter


def title(ws: Worksheet, row: int, text: str, *, size: int = 14) -> None:
    cell = put(ws, row, 1, text)
    cell.font = Font(bold=True, size=size)
