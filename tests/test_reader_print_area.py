"""A sheet's print area (``_xlnm.Print_Area``): what lies outside it never reaches the paper.

A clerk keeps scratch notes, an old complaint's values and the lists a drop-down looks up beside
the form, and sets the print area round the form itself. Those cells are neither values nor
labels left unread. A field nothing inside the print area gives but a cell outside does is
said: a required one is left out (``value_unprinted_left_out``), any other read from there and
warned (``value_unprinted``). Real workbooks written by openpyxl, and re-saved by LibreOffice.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import soffice_convert
from openpyxl import Workbook
from openpyxl.workbook.defined_name import DefinedName

from kesu_docs.parse import parse_paths

FORM = {
    "A1": "客户抱怨处理单",
    "A2": "抱怨编号",
    "B2": "KS-2611-001",
    "A3": "客户名称",
    "B3": "华东电子有限公司",
    "A4": "受理日期",
    "B4": "2026-11-20",
    "A5": "异常描述",
    "B5": "端子压接不良，拉力不足",
}
# beside the form, right of its print area A1:D10: the clerk's scratch and an old case's values
SCRATCH = {
    "F1": "草稿",
    "F2": "客户名称",
    "G2": "旧客户有限公司",
    "F3": "联系人",
    "G3": "王小明",
    "F5": "抱怨编号",
    "G5": "KS-2610-099",
    "I1": "客户清单",
    "I2": "美的集团",
    "I3": "格力电器",
}


def _book(
    tmp_path: Path, cells: dict[str, object], area: str | None = "A1:D10", name: str = "form.xlsx"
) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "抱怨单"
    for ref, value in cells.items():
        ws[ref] = value
    if area is not None and ":$" in area:  # whole columns: openpyxl's setter wants cell ranges
        ws.defined_names["_xlnm.Print_Area"] = DefinedName(
            "_xlnm.Print_Area", attr_text=f"'抱怨单'!{area}", localSheetId=0
        )
    elif area is not None:
        ws.print_area = area.split(",")
    path = tmp_path / name
    wb.save(path)
    return path


def _read(path: Path):
    [result] = parse_paths([path], kind="complaint")
    return result


def _problems(result) -> list:
    return [*result.errors, *result.warnings]


def _outside(result) -> list:
    """The problems set at a cell right of column D (outside the print area)."""
    return [
        p for p in _problems(result) if (p.location or "").split("!")[-1][:1] in "FGHI" and "!" in p.location
    ]


@pytest.mark.parametrize("area", ["A1:D10", "$A:$D", "A1:D10,A12:D12"])
def test_the_cells_outside_the_print_area_are_neither_values_nor_unread_labels(tmp_path, area):
    result = _read(_book(tmp_path, {**FORM, **SCRATCH}, area))
    record = result.record.model_dump(mode="json")
    assert record["customer"] == "华东电子有限公司"
    assert record["number"] == "KS-2611-001"
    assert _outside(result) == []
    assert not any(p.code in ("value_unprinted", "value_unprinted_left_out") for p in _problems(result))


def test_without_a_print_area_the_scratch_beside_the_form_is_read(tmp_path):
    # the same sheet with no print area: every cell is the form's (so the test above can fail)
    result = _read(_book(tmp_path, {**FORM, **SCRATCH}, None))
    assert _outside(result) != []


def test_a_required_fields_only_value_outside_the_print_area_is_left_out_and_said(tmp_path):
    cells = {k: v for k, v in {**FORM, **SCRATCH}.items() if k != "B3"}  # the customer left empty
    result = _read(_book(tmp_path, cells))
    assert result.record.customer is None
    assert any(p.code == "required" and p.field == "customer" for p in result.errors)
    [said] = [p for p in result.warnings if p.code == "value_unprinted_left_out"]
    assert said.field == "customer" and said.location == "抱怨单!G2"
    assert "旧客户有限公司" in said.message("zh") and "打印区域之外" in said.message("zh")
    assert "'旧客户有限公司' in G2" in said.message("en") and "print area" in said.message("en")


def test_an_optional_fields_value_taken_from_outside_the_print_area_is_warned(tmp_path):
    cells = {k: v for k, v in {**FORM, **SCRATCH}.items() if k not in ("A2", "B2")}  # no number inside
    result = _read(_book(tmp_path, cells))
    assert result.record.number == "KS-2610-099"
    [said] = [p for p in result.warnings if p.code == "value_unprinted"]
    assert said.field == "number" and said.location == "抱怨单!G5"
    assert "G5" in said.message("zh") and "打印区域之外" in said.message("zh")
    assert "outside the sheet's print area" in said.message("en")


def test_the_print_area_holds_through_a_libreoffice_resave(tmp_path):
    saved = soffice_convert(_book(tmp_path, {**FORM, **SCRATCH}, name="lo.xlsx"), "xlsx", tmp_path / "out")
    result = _read(saved)
    assert result.record.customer == "华东电子有限公司"
    assert _outside(result) == []


@pytest.mark.parametrize("area", ["A1:D10", "A1:D10,A12:D12"])
def test_the_print_area_of_a_legacy_xls_holds_as_an_xlsx_does(tmp_path, area):
    # saved as Excel 97–2003 (.xls) by LibreOffice: the built-in name Print_Area, one range or two
    saved = soffice_convert(
        _book(tmp_path, {**FORM, **SCRATCH}, area, name="old.xlsx"), "xls", tmp_path / "out"
    )
    result = _read(saved)
    assert result.record.customer == "华东电子有限公司"
    assert result.record.number == "KS-2611-001"
    assert _outside(result) == []
    cells = {k: v for k, v in {**FORM, **SCRATCH}.items() if k != "B3"}  # the customer only outside
    old = soffice_convert(_book(tmp_path, cells, area, name="old2.xlsx"), "xls", tmp_path / "out2")
    result = _read(old)
    assert result.record.customer is None
    [said] = [p for p in result.warnings if p.code == "value_unprinted_left_out"]
    assert said.field == "customer" and said.location == "抱怨单!G2"


def test_an_xls_without_a_print_area_reads_the_scratch_beside_the_form(tmp_path):
    saved = soffice_convert(
        _book(tmp_path, {**FORM, **SCRATCH}, None, name="old.xlsx"), "xls", tmp_path / "out"
    )
    assert _outside(_read(saved)) != []


def test_table_lines_below_the_print_area_are_left_out_and_said(tmp_path):
    cells: dict[str, object] = {"A1": "成品退货单", "A2": "退货单号", "B2": "TH202611007"}
    cells |= {"A3": "客户名称", "B3": "华东电子有限公司", "A4": "退货日期", "B4": "2026-11-20"}
    for col, head in zip("ABCDE", ["料号", "品名", "数量", "单价", "金额"]):
        cells[f"{col}6"] = head
    for i in range(4):  # rows 7–10; the print area ends at row 8: two lines printed
        for col, v in zip("ABCDE", [f"PN-{1000 + i}", f"端子{i}", 10 + i, 2.5, (10 + i) * 2.5]):
            cells[f"{col}{7 + i}"] = v
    wb = Workbook()
    ws = wb.active
    ws.title = "退货单"
    for ref, v in cells.items():
        ws[ref] = v
    ws.print_area = "A1:E8"
    wb.save(tmp_path / "return.xlsx")
    [result] = parse_paths([tmp_path / "return.xlsx"], kind="return")
    assert [line.part_no for line in result.record.items] == ["PN-1000", "PN-1001"]
    [said] = [p for p in result.warnings if p.code == "line_unprinted_left_out"]
    assert said.field == "items" and said.location == "退货单!A9"
    assert "2 行" in said.message("zh") and "2 line(s) from A9" in said.message("en")


def _eightd_summary(tmp_path: Path, area: str | None) -> Path:
    """An 8D summary sheet (A–H) whose D4 box holds three causes on rows of their own, no rule
    between them; a link to the instructions beside it in I2, outside the print area A1:H14."""
    from openpyxl.styles import Border, Side

    wb = Workbook()
    ws = wb.active
    ws.title = "8D Form"
    med = Side(style="medium")
    ws["A1"] = "8D Summary Report"
    ws["A2"], ws["D2"] = "8D Report Number:", "8D-RD-2609-004"
    ws["A3"], ws["D3"] = "Customer:", "Rhein Drives GmbH"
    ws["I2"] = "8D Instructions"
    for ref in ("A1:H1", "A2:C2", "D2:H2", "A3:C3", "D3:H3"):
        ws.merge_cells(ref)
    causes = ["Punch/die clearance worn to 0.18 mm after 160k strokes", "No pin gauge at packing", "LRC 3"]
    ws["A5"] = "D4  ROOT CAUSE"
    ws.merge_cells("A5:H5")
    ws["A5"].border = Border(left=med, right=med, top=med, bottom=med)
    for i, cause in enumerate(causes):
        row = 6 + 2 * i
        ws.cell(row, 1, cause).border = Border(left=med, right=med, top=med if i == 0 else None)
        ws.merge_cells(f"A{row}:H{row + 1}")
    ws["A12"] = "D5  CORRECTIVE ACTION"
    ws.merge_cells("A12:H12")
    ws["A12"].border = Border(left=med, right=med, top=med, bottom=med)
    ws["A13"] = "Tool-life limit of 120k strokes added to the PM plan"
    ws.merge_cells("A13:H14")
    if area is not None:
        ws.print_area = area
    path = tmp_path / f"8d-{area is not None}.xlsx"
    wb.save(path)
    return path


def test_a_print_area_round_the_whole_form_leaves_where_a_value_stops_alone(tmp_path):
    # only the empty column beside the form and a link lie outside: the D4 box's rows must run
    # as they do without a print area (its empty cells outside still shape the form's grid)
    def read(area):
        [result] = parse_paths([_eightd_summary(tmp_path, area)], kind="8d")
        return result.record.model_dump(mode="json")["root_cause"]

    printed, whole = read("A1:H14"), read(None)
    assert printed == whole
    assert printed and "LRC 3" not in printed[0]["cause"]
