"""Tick boxes typed as a symbol font's codes (Wingdings ``þ`` / ``¨``, Wingdings 2 ``R`` / ``£``)
that stand in a TEXT font — a LibreOffice print that replaced the font (DejaVu shows ``þ`` as a
letter), or a cell typed in Calibri: the page shows letters, so which option is ticked cannot
be told. Nothing is read (never guessed from the codes), and the field says why and where to
read it instead (``ticks_not_shown``). In their own font they are boxes, read as ever."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import soffice_convert
from openpyxl import Workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import Font

from kesu_docs.parse import parse_paths
from kesu_docs.parse.symbol_fonts import marks_by_code


@pytest.mark.parametrize(
    "text, font",
    [
        ("þ退货 ¨换货 þ折让 ¨赔款", "wingdings"),
        ("¨是 þ 否", "wingdings"),
        ("R PFMEA £ Control Plan £ Work Instruction R Inspection Std.", "wingdings 2"),
    ],
)
def test_a_line_of_options_opened_by_one_fonts_box_codes_is_told(text, font):
    found = marks_by_code(text)
    assert found is not None and found[1] == font


@pytest.mark.parametrize(
    "text",
    [
        "þ退货",  # one code: no list of options
        "þ退货 þ换货",  # no empty box among them: nothing says these are boxes
        "R & D dept",
        "£ 500 paid",
        "Reworked parts R1",
        "Pay £ Ten R Five",  # not opened by a code
        "Þórunn Sigurðardóttir",
    ],
)
def test_text_that_is_no_line_of_boxes_is_not(text):
    assert marks_by_code(text) is None


def _request_sheet(path: Path, font: str) -> Path:
    wb = Workbook()
    ws = wb.active
    ws["A1"] = "客户投诉处理单"
    ws["A2"], ws["B2"] = "投诉编号", "TS-2611-07"
    ws["A3"], ws["B3"] = "客户名称", "常州恒立精密"
    mark, plain = InlineFont(rFont=font, sz=11), InlineFont(sz=10)
    ws["A4"] = "客户要求"
    ws["B4"] = CellRichText(
        [TextBlock(mark, "þ"), TextBlock(plain, "退货  "), TextBlock(mark, "¨"), TextBlock(plain, "换货  ")]
        + [TextBlock(mark, "þ"), TextBlock(plain, "折让")]
    )
    ws["A5"], ws["B5"] = "不良描述", "端盖毛刺划伤密封圈"
    ws.column_dimensions["B"].width = 40
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path


def _read(path: Path, kind: str) -> dict:
    [result] = parse_paths([path], kind=kind)
    return result.to_dict("en")


def _said(doc: dict, field: str) -> bool:
    return any(w["code"] == "ticks_not_shown" and w["field"] == field for w in doc["warnings"])


def test_codes_typed_in_a_text_font_are_not_read_and_the_field_says_why(tmp_path):
    doc = _read(_request_sheet(tmp_path / "calibri.xlsx", "Calibri"), "complaint")
    assert doc["record"]["customer_request"] in (None, [])
    assert _said(doc, "customer_request")


def test_a_print_that_replaced_the_symbol_font_reads_no_tick_and_says_so(tmp_path):
    sheet = _request_sheet(tmp_path / "wingdings.xlsx", "Wingdings")
    assert _read(sheet, "complaint")["record"]["customer_request"] == ["return", "allowance"]
    printed = soffice_convert(sheet, "pdf", tmp_path / "print")
    doc = _read(printed, "complaint")
    if not _said(doc, "customer_request"):  # a machine with Wingdings prints the boxes themselves
        assert doc["record"]["customer_request"] == ["return", "allowance"]
        return
    assert doc["record"]["customer_request"] in (None, [])


def test_wingdings_2_cells_printed_in_a_text_font_are_not_read_as_a_partial_list(tmp_path):
    """``R`` | ``PFMEA`` | ``£`` | ``Control Plan`` in cells of their own, printed without the
    font: the first cells alone (``R PFMEA``) once read as ``fmea`` with no word — now the
    line is seen as the codes it is, not read, and said."""
    wb = Workbook()
    ws = wb.active
    ws.append(["8D Report"])
    ws.append(["Report No.", "8D-26-0917", "Customer", "Dana Thermal"])
    ws.append(["D7 Documents Updated"])
    ws.merge_cells("A3:D3")
    ws.append(["R", "PFMEA", "£", "Control Plan"])
    ws.append(["£", "Work Instruction", "R", "Inspection Std."])
    for ref in ("A4", "C4", "A5", "C5"):
        ws[ref].font = Font(name="Wingdings 2", size=12)
    ws.append(["D8 Closure"])
    ws.append(["Approved by", "Li Wei"])
    for col, width in zip("ABCD", (12, 18, 6, 18), strict=True):
        ws.column_dimensions[col].width = width
    path = tmp_path / "scar.xlsx"
    wb.save(path)
    assert _read(path, "8d")["record"]["prevention"]["documents_updated"] == ["fmea", "inspection_standard"]
    doc = _read(soffice_convert(path, "pdf", tmp_path / "print"), "8d")
    updated = (doc["record"].get("prevention") or {}).get("documents_updated")
    if _said(doc, "prevention.documents_updated"):
        assert not updated
    else:  # the font was there to print the boxes: read whole
        assert updated == ["fmea", "inspection_standard"]
