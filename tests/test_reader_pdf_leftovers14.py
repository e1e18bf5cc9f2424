"""The PDF reader's leftovers of the thirteenth round's attack (dev14-rpdf), on forms of our own
printed by LibreOffice or written with fpdf2:

- a running page header or footer printed deeper than the 0.75 in margin band (a page style's
  margins set wider), or on a sheet with no ruled line: its number or sign-off is warned
  ``value_from_page_margin``; the form's own number in an unruled row right over its table,
  and a sign-off row typed in cells below the form, are not;

- a value wrapped top- or bottom-aligned in a row too short for it: the print hides its line
  wholly outside the cell (the cell's clip), whose glyph boxes lie in the next row's cell — the
  line is the value's own (read with its other lines), never the neighbour's, and the value is
  warned ``value_cut_off`` (the paper does not show it whole);
- a page's crop cutting a value on any side (left, top, bottom, not only the right), and on a
  page whose MediaBox is not at 0,0: a value running over the crop's edge is warned
  ``value_cut_off``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import parse_cli, soffice_convert
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side
from openpyxl.worksheet.page import PageMargins

_THIN = Side(style="thin")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_ROWS = (
    ("客诉单号", "KS-2603-021", "接收日期", "2026-03-05"),
    ("客户名称", "深圳华强电子有限公司", "市场", "内销"),
    ("订单号", "PO-88123", "料号", "AB-1203-X"),
    ("品名", "电源适配器", "批号", "L260301"),
    ("出货日期", "2026-02-20", "出货数量", 5000),
    ("问题描述", "外壳划伤，客户来料检验发现", None, None),
)


def record(path: Path) -> dict:
    _code, [doc] = parse_cli(path)
    return doc


def warned(doc: dict, code: str) -> set[str]:
    return {p["field"] for p in doc["warnings"] if p["code"] == code}


def complaint_sheet(path: Path, rows=_ROWS, ruled: bool = True) -> tuple[Workbook, object]:
    """A complaint sheet of our own (title row, then label | value | label | value), its cells
    ruled or not."""
    wb = Workbook()
    ws = wb.active
    ws["A1"] = "客户抱怨处理单"
    for r, row in enumerate(rows, start=2):
        for c, value in enumerate(row, start=1):
            if value is not None:
                cell = ws.cell(r, c, value)
                if ruled:
                    cell.border = _BOX
    for col, width in zip("ABCD", (14, 28, 14, 28)):
        ws.column_dimensions[col].width = width
    return wb, ws


def printed(wb: Workbook, tmp_path: Path, name: str) -> Path:
    wb.save(tmp_path / f"{name}.xlsx")
    return soffice_convert(tmp_path / f"{name}.xlsx", "pdf", tmp_path / "pdf")


@pytest.mark.parametrize("align", ["top", "bottom"])
def test_a_wrapped_value_hidden_past_its_short_row_is_never_the_next_rows(tmp_path, align):
    wb, ws = complaint_sheet(tmp_path / "c.xlsx")
    cell = ws["B3"]
    cell.value = "深圳华强电子有限公司 东莞分公司"
    cell.alignment = Alignment(wrap_text=True, vertical=align)
    ws.column_dimensions["B"].width = 22
    ws.row_dimensions[3].height = 15
    doc = record(printed(wb, tmp_path, f"wrap_{align}"))
    rec = doc["record"]
    # the neighbours keep their own values: no line of the customer's is theirs
    assert rec["order_no"] == "PO-88123"
    assert rec["number"] == "KS-2603-021"
    # the customer is read whole (its lines are all the cell's) and said to be cut on paper
    assert rec["customer"] in ("深圳华强电子有限公司 东莞分公司", "深圳华强电子有限公司东莞分公司")
    assert "customer" in warned(doc, "value_cut_off")
    assert not {"order_no", "number"} & warned(doc, "value_cut_off")


def test_a_wrapped_value_in_a_row_of_room_is_not_warned(tmp_path):
    wb, ws = complaint_sheet(tmp_path / "c.xlsx")
    cell = ws["B3"]
    cell.value = "深圳华强电子有限公司 东莞分公司"
    cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.column_dimensions["B"].width = 22
    ws.row_dimensions[3].height = 45
    doc = record(printed(wb, tmp_path, "wrap_room"))
    assert doc["record"]["customer"] in ("深圳华强电子有限公司 东莞分公司", "深圳华强电子有限公司东莞分公司")
    assert "customer" not in warned(doc, "value_cut_off")
    assert doc["record"]["order_no"] == "PO-88123"


# the rows' texts stand from 3.5 mm to 7.5 mm below each row's top (rows 9 mm high from 30 mm)
@pytest.mark.parametrize(
    ("crop", "shift", "cut", "whole"),
    [
        ((0, 35.5, 0, 0), 0.0, {"number", "received_date"}, {"customer", "ship_qty", "defect_qty"}),
        ((0, 0, 0, 62.0), 0.0, {"defect_qty", "sales_supervisor"}, {"number", "customer", "ship_qty"}),
        # a MediaBox 40 mm left of 0,0: the crop's right edge (6 mm into the right value column)
        # is where it is in user space, not the page's width from 0
        ((0, 0, 15 + 28 + 60 + 28 + 6, 0), 40.0, {"received_date", "ship_qty"}, {"number", "customer"}),
    ],
    ids=["top", "bottom", "media-off-0"],
)
def test_a_value_a_crop_cuts_on_any_side_is_warned(tmp_path, crop, shift, cut, whole):
    from tests.test_reader_continued_cropped import complaint_cut_by_its_crop

    path = complaint_cut_by_its_crop(tmp_path / "cut.pdf", crop, shift)
    _code, [doc] = parse_cli(path, "--kind", "complaint", "--lang", "en")
    assert cut <= warned(doc, "value_cut_off"), doc["warnings"]
    assert not whole & warned(doc, "value_cut_off")
    assert doc["record"]["customer"] == "深圳华强电子有限公司"


@pytest.mark.parametrize(("ruled", "deep"), [(True, True), (False, False), (False, True)])
def test_a_running_header_and_footer_are_warned_however_deep_and_unruled(tmp_path, ruled, deep):
    """The attack's l19 (margins 1.6 in, header and footer 1.0 in: past the 54 pt band) and l20
    (a sheet without borders): the header's number and the footer's approver were read unwarned."""
    rows = [row for row in _ROWS if row[0] != "客诉单号"]
    wb, ws = complaint_sheet(tmp_path / "c.xlsx", rows, ruled=ruled)
    if deep:
        ws.page_margins = PageMargins(top=1.6, header=1.0, bottom=1.6, footer=1.0)
    ws.oddHeader.center.text = "客诉单号：KS-2603-099"
    ws.oddFooter.left.text = "核准：李四"
    doc = record(printed(wb, tmp_path, "margins"))
    assert doc["record"]["number"] == "KS-2603-099"
    assert "number" in warned(doc, "value_from_page_margin"), doc["warnings"]
    # the footer's sign-off: not read, or read and warned (never silently the form's approver)
    assert doc["record"]["approver"] is None or "approver" in warned(doc, "value_from_page_margin")
    assert not {"customer", "ship_qty", "part_no"} & warned(doc, "value_from_page_margin")


def test_the_forms_own_lines_over_and_under_its_table_are_not_the_margins(tmp_path):
    """The form's number typed in an unruled row right over its table, a sign-off row typed
    in cells far below it: the sheet's rows, no page margin's."""
    rows = [(None, None, None, None), *(row for row in _ROWS if row[0] != "客诉单号")]
    rows += [(None, None, None, None)] * 36 + [("审核：", "李四", "核准日期：", "2026-03-09")]
    wb, ws = complaint_sheet(tmp_path / "c.xlsx", rows)
    ws["A1"], ws["B1"], ws["A2"] = "客诉单号：", "KS-2603-777", "客户抱怨处理单"
    doc = record(printed(wb, tmp_path, "own"))
    assert doc["record"]["number"] == "KS-2603-777"
    assert not warned(doc, "value_from_page_margin"), doc["warnings"]


def test_a_line_typed_under_an_unruled_form_is_no_footer(tmp_path):
    """A form without ruled lines (fpdf2) and its last line typed a blank line under the rest
    (the attack's c1/c3/c7 reason): the form's own, not a page footer."""
    from tests.helpers import cjk_pdf

    pdf = cjk_pdf()
    pdf.add_page()
    pdf.set_font("cjk", size=16)
    pdf.text(70, 20, "客户抱怨处理单")
    pdf.set_font("cjk", size=10)
    for k, (label, value) in enumerate(
        (("客诉单号", "KS-2603-021"), ("客户名称", "深圳华强电子有限公司"), ("出货数量", "5000"))
    ):
        pdf.text(20, 35 + 7 * k, label)
        pdf.text(60, 35 + 7 * k, value)
    pdf.text(20, 35 + 7 * 2 + 12, "问题描述：外壳划伤，客户来料检验发现")
    pdf.output(str(tmp_path / "plain.pdf"))
    _code, [doc] = parse_cli(tmp_path / "plain.pdf", "--kind", "complaint")
    assert doc["record"]["description"] == "外壳划伤，客户来料检验发现"
    assert not warned(doc, "value_from_page_margin"), doc["warnings"]
