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
    if isinstance(value, str) and cell.data_type == "f":
        cell.data_type = "s"  # user text that happens to start with "=" stays text
    if number_format:
        cell.number_format = number_format
    elif isinstance(value, dt.datetime):
        cell.number_format = "yyyy-mm-dd hh:mm"
    elif isinstance(value, dt.date):
        cell.number_format = DATE_FORMAT
    elif isinstance(value, Decimal):
        cell.number_format = MONEY_FORMAT
    return cell


def write_row(
    ws: Worksheet, row: int, values: Sequence[Any], *, formats: Sequence[str | None] = (), start: int = 1
) -> None:
    for i, value in enumerate(values):
        put(ws, row, start + i, value, number_format=formats[i] if i < len(formats) else None)


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
    for column in ws.iter_cols(min_row=header_row, max_row=min(ws.max_row, header_row + 300)):
        longest = 0.0
        for cell in column:
            if cell.value is None:
                continue
            text = cell.value.strftime("%Y-%m-%d") if isinstance(cell.value, dt.date) else str(cell.value)
            line = max(text.splitlines() or [""], key=len)
            longest = max(longest, sum(2 if ord(ch) > 0x2E80 else 1 for ch in line))
        letter = column[0].column_letter
        ws.column_dimensions[letter].width = min(max(minimum, longest + 2), maximum)


def printable(ws: Any, *, landscape: bool = True, header_rows: str | None = "1:1") -> None:
    """A4, fit to the page width (as many pages down as needed), header rows repeated on each page."""
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
    ws.HeaderFooter.oddFooter.center.text = "第 &P 页 共 &N 页"  # a write-only sheet has no .oddFooter


def title(ws: Worksheet, row: int, text: str, *, size: int = 14) -> None:
    cell = put(ws, row, 1, text)
    cell.font = Font(bold=True, size=size)


# ------------------------------------------------------------------ streamed sheets (write-only mode)
WIDTH_SAMPLE = 300  # rows read for the column widths, as fit_widths does


def _shown_width(value: Any) -> float:
    if value is None:
        return 0
    text = value.strftime("%Y-%m-%d") if isinstance(value, dt.date) else str(value)
    line = max(text.splitlines() or [""], key=len)
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in line)


def stream_sheet(
    book: Any,
    name: str,
    titles: Sequence[str],
    rows: Iterable[tuple[Sequence[Any], PatternFill | None]],
    *,
    freeze: str = "A2",
    shaded_heading: bool = False,
    datetime_format: str = "yyyy-mm-dd hh:mm:ss",
    header: str | None = None,
) -> int:
    """A sheet of a write-only workbook (``Workbook(write_only=True)``): rows are written as they
    come, so a register of 100,000 documents never holds a cell object per value.

    ``rows`` yields (values, fill of the whole row or None). The sheet gets what the reports'
    sheets get: a bold heading row (shaded and boxed with ``shaded_heading``), frozen panes,
    filters over the whole table, widths from the first rows' contents, dates as dates, text
    as text (never a formula), A4 landscape fitted to the page width with the heading repeated.
    Returns the number of rows written under the heading.
    """
    import itertools

    from openpyxl.cell import WriteOnlyCell

    ws = book.create_sheet(name)
    rows = iter(rows)
    first = list(itertools.islice(rows, WIDTH_SAMPLE))
    for i, title_ in enumerate(titles):
        longest = max([_shown_width(title_), *(_shown_width(_plain(v[i])) for v, _ in first if i < len(v))])
        ws.column_dimensions[get_column_letter(i + 1)].width = min(max(8, longest + 2), 40)
    ws.freeze_panes = freeze
    printable(ws, landscape=True, header_rows="1:1")
    if header:
        ws.HeaderFooter.oddHeader.center.text = header
        ws.HeaderFooter.oddHeader.center.font = "SimSun,Bold"

    bold = Font(bold=True)
    centred = Alignment(horizontal="center", vertical="center", wrap_text=True)
    heading_cells = []
    for title_ in titles:
        cell = WriteOnlyCell(ws, value=title_)
        cell.data_type = "s"  # a heading is text
        cell.font = bold
        if shaded_heading:
            cell.fill, cell.border, cell.alignment = HEAD_FILL, BOX, centred
        heading_cells.append(cell)
    ws.append(heading_cells)
    count = 0
    styles: dict[tuple[str, int, bool], Any] = {}
    for values, fill in itertools.chain(first, rows):
        ws.append(_row_cells(ws, [_stream_cell(ws, v, datetime_format, fill, styles) for v in values]))
        count += 1
    ws.auto_filter.ref = f"A1:{get_column_letter(max(1, len(titles)))}{count + 1}"
    return count


def _row_cells(ws: Any, line: list[Any]) -> list[Any]:
    """openpyxl's write-only sheet writes a plain value through the last cell object of its row
    (and so with that cell's style: a quantity after a date would show as a date): after the
    first cell object, every value is a cell object of its own."""
    from openpyxl.cell import Cell

    for i, value in enumerate(line):
        if isinstance(value, Cell):
            for j in range(i + 1, len(line)):
                if line[j] is not None and not isinstance(line[j], Cell):
                    line[j] = Cell(ws, row=1, column=1, value=line[j])
            break
    return line


def _plain(value: Any) -> Any:
    """A value as a cell holds it: times without zone or microseconds, a Term by its Chinese word."""
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None, microsecond=0)
    if isinstance(value, str) and hasattr(value, "zh"):  # a Term
        return value.zh
    return value


def _stream_cell(ws: Any, value: Any, datetime_format: str, fill: PatternFill | None, styles: dict) -> Any:
    """A plain value where openpyxl writes it right by itself; else a cell with its format and
    fill, its text marked as text (``=…``, ``+…``: never a formula, quote-prefixed as Excel keeps it)."""
    from ..xlsxtext import FORMULA_START
    from ..xlsxtext import cell as storable

    value = _plain(value)
    number_format, quote = "General", False
    if isinstance(value, str):
        value = storable(value)
        quote = value.startswith(FORMULA_START)
        if fill is None and not quote:
            return value
    elif isinstance(value, dt.datetime):
        number_format = datetime_format
    elif isinstance(value, dt.date):
        number_format = DATE_FORMAT
    elif isinstance(value, Decimal):
        number_format = MONEY_FORMAT
    elif fill is None:
        return value
    # one style per (format, fill, quote), copied: setting a fill or a format on each of
    # 100,000 cells (openpyxl hashes it every time) was most of an export's time
    key = (number_format, id(fill), quote)
    style = styles.get(key)
    if style is None:
        from openpyxl.cell import WriteOnlyCell

        model = WriteOnlyCell(ws)
        model.number_format = number_format
        if fill is not None:
            model.fill = fill
        if quote:
            model.quotePrefix = True
        style = styles[key] = model._style
    from openpyxl.cell import Cell

    cell = Cell(ws, row=1, column=1, value=value, style_array=style)
    if isinstance(value, str):
        cell.data_type = "s"
    return cell
