"""The .xlsx reader (python-calamine + a streaming read of styles, names and the used range)
gives the same sheets, boxes, names and layout cues as a full openpyxl load of the file —
the load it replaced on the parse path (issue 15). openpyxl is the oracle here, in the test.
"""

from __future__ import annotations

import datetime as dt
import io
import warnings
from pathlib import Path

import pytest
from openpyxl import Workbook as OpenpyxlWorkbook
from openpyxl import load_workbook
from openpyxl.cell.cell import MergedCell
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Font, PatternFill
from openpyxl.workbook.defined_name import DefinedName

from kesu_docs.parse.excel import (
    CJK_DATE_FORMAT_IDS,
    MAX_COLS,
    MAX_ROWS,
    NAME_PREFIX,
    _percent_text,
    read_workbook,
)
from kesu_docs.parse.xlsx_parts import date_format, shown_date_code, zero_date_shown
from kesu_docs.values import ShownAsNoDate, excel_day, without_fill_in_lines

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
CORPUS = ROOT.parent / "shared" / "corpus"


def _value(cell, epoch_1904: bool):
    value = cell.value
    if isinstance(value, str):
        # openpyxl leaves a shared string's escaped carriage return as the text '_x000D_'
        # (calamine decodes it, as Excel shows it): the oracle decodes it too
        value = value.replace("_x000D_", "\r")
        # a fill-in line typed around a value is no part of it (the reader's one rule for it)
        value = without_fill_in_lines(value)
    fmt_id = cell._style.numFmtId if cell.has_style else 0
    if isinstance(value, bool) or value is None:
        return value
    if (
        isinstance(value, (int, float))
        and (cell.is_date or fmt_id in CJK_DATE_FORMAT_IDS)
        and 0 < value < 2958466
    ):
        return excel_day(value, epoch_1904=epoch_1904)
    if isinstance(value, dt.datetime) and value.time() == dt.time(0):
        return value.date()
    if isinstance(value, (int, float)) and 0 < value <= 1 and "%" in cell.number_format:
        return _percent_text(value)  # a percent cell showing 100% means 100 %, not 1 %
    if isinstance(value, dt.time) and date_format(cell.number_format, fmt_id) == "date":
        # under a day in a day-only format: Excel shows day 0 (1900-01-00, Jan-00; 1904-01-01 in
        # a 1904 workbook): no date typed, as kesu says
        return ShownAsNoDate(zero_date_shown(shown_date_code(cell.number_format, fmt_id), epoch_1904))
    if isinstance(value, dt.time):
        return value.isoformat()
    return value


def _filled(cell) -> bool:
    fill = cell.fill
    if fill is None or fill.fill_type in (None, "none"):
        return False
    if fill.fill_type == "solid" and str(fill.fgColor.rgb).upper() in ("FFFFFFFF", "00FFFFFF"):
        return False
    return True


def openpyxl_view(data: bytes) -> tuple[list, dict, bool]:
    """What a full openpyxl load says: per visible sheet, its boxes; the kesu.* names; the epoch."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        wb = load_workbook(io.BytesIO(data), data_only=True)
    epoch_1904 = wb.epoch.year == 1904
    sheets = []
    for ws in wb.worksheets:
        if ws.sheet_state != "visible":
            continue
        spans = {(r.min_row, r.min_col): (r.max_row, r.max_col) for r in ws.merged_cells.ranges}
        boxes = []
        for row in ws.iter_rows(
            min_row=1, max_row=min(max(ws.max_row, 1), MAX_ROWS), max_col=min(max(ws.max_column, 1), MAX_COLS)
        ):
            for cell in row:
                if isinstance(cell, MergedCell):
                    continue
                last_row, last_col = spans.get((cell.row, cell.column), (cell.row, cell.column))
                value = _value(cell, epoch_1904)
                boxes.append(
                    (
                        cell.coordinate,
                        value,
                        (cell.column, cell.row, last_col + 1, last_row + 1),
                        bool(cell.font.b),
                        _filled(cell),
                    )
                )
        sheets.append((ws.title, boxes))
    names = {}
    scoped = [(n, dn) for ws in wb.worksheets for n, dn in ws.defined_names.items()]
    for name, dn in list(wb.defined_names.items()) + scoped:
        if name.lower().startswith(NAME_PREFIX):
            try:
                [(title, ref), *_] = list(dn.destinations)
            except Exception:
                continue
            # openpyxl keeps a quoted title's doubled quote ('O''Brien'); the sheet is O'Brien
            names[(title.replace("''", "'"), name[len(NAME_PREFIX) :].lower())] = ref.replace("$", "")
    return sheets, names, epoch_1904


def kesu_view(data: bytes) -> tuple[list, dict, bool]:
    wb = read_workbook(data)
    sheets = [
        (
            s.title,
            [
                (
                    b.location.rpartition("!")[2],
                    # (a text box's text placed in the empty cell under it: no cell of the grid,
                    # so not openpyxl's; tests/test_reader_text_boxes.py reads those)
                    None if b.location in s.shaped else b.value,
                    (b.x0, b.y0, b.x1, b.y1),
                    b.bold,
                    b.filled,
                )
                for b in s.boxes
            ],
        )
        for s in wb.sheets
    ]
    names = {}
    for title, by_key in wb.names.items():
        for key, (r0, c0, r1, c1) in by_key.items():
            names[(title, key)] = (r0, c0, r1, c1)
    return sheets, names, wb.epoch_1904


def assert_same(data: bytes) -> None:
    want_sheets, want_names, want_epoch = openpyxl_view(data)
    got_sheets, got_names, got_epoch = kesu_view(data)
    assert got_epoch == want_epoch
    assert [t for t, _ in got_sheets] == [t for t, _ in want_sheets]
    for (title, got), (_, want) in zip(got_sheets, want_sheets):
        assert len(got) == len(want), title
        for g, w in zip(got, want):
            assert g == w and type(g[1]) is type(w[1]), (title, g, w)
    from openpyxl.utils.cell import range_boundaries

    assert set(got_names) == set(want_names)
    for key, ref in want_names.items():
        c0, r0, c1, r1 = range_boundaries(ref)
        assert got_names[key] == (r0, c0, r1, c1), key


def _files() -> list[Path]:
    files = sorted(SAMPLES.glob("*.xlsx"))
    if CORPUS.is_dir():
        files += sorted(CORPUS.rglob("*.xlsx"))
    return files


@pytest.mark.parametrize("path", _files(), ids=lambda p: p.name)
def test_every_sample_and_corpus_workbook_reads_as_a_full_openpyxl_load_does(path):
    assert_same(path.read_bytes())


def _save(wb: OpenpyxlWorkbook) -> bytes:
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def test_a_form_starting_below_and_right_of_a1_keeps_its_cells_in_place():
    wb = OpenpyxlWorkbook()
    ws = wb.active
    ws["C5"] = "客诉编号"
    ws["D5"] = 202608031
    ws["E9"] = 3.5
    ws["B12"].font = Font(bold=True)  # a styled empty cell widens the used range
    ws.merge_cells("F2:H3")
    assert_same(_save(wb))


def test_values_of_every_type_read_as_openpyxl_reads_them():
    wb = OpenpyxlWorkbook()
    ws = wb.active
    ws.append(["text", 5, 5.5, True, False, dt.date(2026, 9, 3), dt.datetime(2026, 9, 3, 10, 30)])
    ws.append(
        [dt.time(8, 15), -12, 0, 1e20, "  ", '=IF(A1="text",1,2)', "☑"]
    )  # (a condition: a formula kesu works out, =1+1, reads 2 where openpyxl reads None)
    ws["A3"] = 46268
    ws["A3"].number_format = 'yyyy"年"m"月"d"日"'
    ws["B3"] = 46268
    ws["B3"].number_format = "0.00"
    ws["C3"] = "¥1,234.50"
    assert_same(_save(wb))


def test_hidden_sheets_chart_sheets_and_the_1904_date_system():
    wb = OpenpyxlWorkbook()
    ws = wb.active
    ws.title = "表"
    ws["A1"] = dt.date(2026, 9, 3)
    ws["A2"] = 3
    hidden = wb.create_sheet("选项")
    hidden["A1"] = "是"
    hidden.sheet_state = "hidden"
    very = wb.create_sheet("内部")
    very.sheet_state = "veryHidden"
    chart = wb.create_chartsheet("图")
    bar = BarChart()
    bar.add_data(Reference(ws, min_col=1, min_row=2, max_row=2))
    chart.add_chart(bar)
    wb.create_sheet("第二页")["B2"] = "x"
    wb.epoch = dt.datetime(1904, 1, 1)
    assert_same(_save(wb))


def test_bold_and_filled_cells_are_layout_cues_on_their_boxes():
    wb = OpenpyxlWorkbook()
    ws = wb.active
    ws["A1"] = "客诉编号"
    ws["A1"].font = Font(bold=True)
    ws["B1"] = "C-1"
    ws["A2"] = "客户名称"
    ws["A2"].fill = PatternFill("solid", fgColor="FFD9D9D9")
    ws["B2"] = "白底"
    ws["B2"].fill = PatternFill("solid", fgColor="FFFFFFFF")
    ws["A3"] = "细格"
    ws["A3"].fill = PatternFill("lightGray")
    ws.merge_cells("A4:C4")
    ws["A4"] = "标题"
    ws["A4"].font = Font(bold=True, size=16)
    ws["A4"].fill = PatternFill("solid", fgColor="FFFFFF00")
    data = _save(wb)
    assert_same(data)
    boxes = {b.location: b for b in read_workbook(data).sheets[0].boxes}
    assert (boxes["Sheet!A1"].bold, boxes["Sheet!A1"].filled) == (True, False)
    assert (boxes["Sheet!A2"].bold, boxes["Sheet!A2"].filled) == (False, True)
    assert (boxes["Sheet!B2"].bold, boxes["Sheet!B2"].filled) == (False, False)
    assert (boxes["Sheet!A4"].bold, boxes["Sheet!A4"].filled, boxes["Sheet!A4"].x1) == (True, True, 4)


def test_defined_names_workbook_wide_sheet_scoped_quoted_and_broken():
    wb = OpenpyxlWorkbook()
    ws = wb.active
    ws.title = "O'Brien 表"
    ws["B2"] = "x"
    copy = wb.copy_worksheet(ws)
    copy.title = "副本"
    wb.defined_names["kesu.customer"] = DefinedName("kesu.customer", attr_text="'O''Brien 表'!$B$2")
    wb.defined_names["kesu.items.qty"] = DefinedName("kesu.items.qty", attr_text="'O''Brien 表'!$C$5:$C$9")
    wb.defined_names["kesu.gone"] = DefinedName("kesu.gone", attr_text="#REF!")
    wb.defined_names["Print_Area"] = DefinedName("Print_Area", attr_text="'O''Brien 表'!$A$1:$H$40")
    copy.defined_names["kesu.customer"] = DefinedName("kesu.customer", attr_text="副本!$B$2")
    assert_same(_save(wb))


def test_formatting_dragged_down_the_whole_sheet_stops_at_the_row_limit():
    wb = OpenpyxlWorkbook()
    ws = wb.active
    ws["A1"] = "客诉编号"
    for row in range(1, MAX_ROWS + 300):
        ws.cell(row, 2).font = Font(bold=True)
    data = _save(wb)
    assert_same(data)
    [sheet] = read_workbook(data).sheets
    assert max(b.y0 for b in sheet.boxes) == MAX_ROWS


def test_a_libreoffice_resaved_form_reads_as_openpyxl_reads_it(tmp_path):
    from helpers import soffice_convert

    src = SAMPLES / "complaint-valid.xlsx"
    out = soffice_convert(src, "xlsx", tmp_path / "lo")
    assert_same(out.read_bytes())


def test_bold_and_filled_cues_survive_a_resave_as_legacy_xls(tmp_path):
    from helpers import soffice_convert

    wb = OpenpyxlWorkbook()
    ws = wb.active
    ws["A1"] = "客诉编号"
    ws["A1"].font = Font(bold=True)
    ws["B1"] = "C-1"
    ws["A2"] = "客户名称"
    ws["A2"].fill = PatternFill("solid", fgColor="FFD9D9D9")
    src = tmp_path / "cues.xlsx"
    wb.save(src)
    xls = soffice_convert(src, "xls", tmp_path / "lo")
    boxes = {b.location: b for b in read_workbook(xls.read_bytes()).sheets[0].boxes}
    assert (boxes["Sheet!A1"].bold, boxes["Sheet!A1"].filled) == (True, False)
    assert (boxes["Sheet!B1"].bold, boxes["Sheet!B1"].filled) == (False, False)
    assert (boxes["Sheet!A2"].bold, boxes["Sheet!A2"].filled) == (False, True)
