"""Line tables and sign-off rows of other people's forms (what the third held-out set showed).

Each test lays out a small form the way other companies do (openpyxl; a print through
LibreOffice where the rule is about prints) and reads it back as ``kesu parse`` does. The rules
are in ``kesu_docs/parse/table_lines.py`` and ``guards.py``; none knows a form.
"""

from __future__ import annotations

import pytest
from helpers import soffice_convert
from openpyxl import load_workbook
from test_reader_guards import parse, value, warned, workbook

from kesu_docs.parse.boxes import Box
from kesu_docs.parse.table_lines import counts_lines

CREDIT_MEMO = {
    "A1": "CREDIT MEMO",
    "A3": "Credit Memo No.",
    "B3": "CM-26-0101",
    "A4": "Your Complaint Ref.",
    "B4": "QN 300004911",
    "A6": "Item",
    "B6": "Description",
    "C6": "Qty",
    "D6": "Unit Price",
    "E6": "Credit Amount",
    "F6": "VAT",
    "A7": "1",
    "B7": "Price allowance, gear pump GP-20",
    "C7": "500",
    "D7": "1.50",
    "E7": "750.00",
    "F7": "97.50",
    "A8": "2",
    "B8": "Price allowance, gear pump GP-35",
    "C8": "200",
    "D8": "2.00",
    "E8": "400.00",
    "F8": "52.00",
}


def _wide(path, widths):
    """Columns wide enough for their text (a print cuts what overflows a filled neighbour)."""
    wb = load_workbook(path)
    for ws in wb.worksheets:
        for col, width in widths.items():
            ws.column_dimensions[col].width = width
        ws.page_setup.orientation = "landscape"
        ws.sheet_properties.pageSetUpPr.fitToPage = True  # one page wide, as forms are set up
        ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    wb.save(path)
    return path


def _box(text: str, x0: float, y0: float) -> Box:
    return Box(text, text, x0, y0, x0 + 1, y0 + 1, f"S!{x0},{y0}")


def test_small_consecutive_integers_under_a_number_header_count_the_lines():
    head = _box("No.", 0, 0)
    assert counts_lines(head, [[_box("1", 0, 1)], [_box("2", 0, 2)], [_box("3", 0, 3)]])
    assert counts_lines(_box("項次", 0, 0), [[_box("1", 0, 1)]])  # one line under a number header
    assert not counts_lines(_box("Part", 0, 0), [[_box("1", 0, 1)]])  # one "1": a value, maybe
    assert not counts_lines(head, [[_box("12", 0, 1)], [_box("40", 0, 2)]])  # not counting
    assert not counts_lines(head, [[_box("1", 0, 1)], [_box("Gear pump", 0, 2)]])


@pytest.mark.parametrize("fmt", ["xlsx", "pdf"])
def test_a_leading_item_number_column_is_never_read_as_the_description(tmp_path, fmt):
    path = workbook(tmp_path, {"Credit Memo": CREDIT_MEMO}, bold=("A6", "B6", "C6", "D6", "E6", "F6"))
    _wide(path, {"A": 20, "B": 34, "C": 8, "D": 12, "E": 15, "F": 10})
    if fmt == "pdf":
        path = soffice_convert(path, "pdf", tmp_path / "pdf")
    result = parse(path, "allowance")
    items = value(result, "items")
    assert [row["name"] for row in items] == [
        "Price allowance, gear pump GP-20",
        "Price allowance, gear pump GP-35",
    ]
    assert [row["allowance_amount"] for row in items] == ["750.00", "400.00"]


def test_a_number_column_with_no_other_name_header_leaves_the_name_unread_not_wrong(tmp_path):
    cells = {k: v for k, v in CREDIT_MEMO.items() if k not in ("B6", "B7", "B8")}
    result = parse(workbook(tmp_path, {"Credit Memo": cells}), "allowance")
    for k in range(len(value(result, "items") or [])):
        name = value(result, f"items[{k}].name")
        assert name not in ("1", "2") or warned(result, f"items[{k}].name")


SIGN_OFF_ROW = {
    "A1": "銷貨退回單",
    "A3": "退貨單號",
    "B3": "客戶名稱",
    "C3": "客訴單號",
    "A4": "RT-2610-0031",
    "B4": "大成精密股份有限公司",
    "C4": "CC-1003-02",
    "A6": "核准",
    "B6": "倉管簽收",
    "C6": "簽收日期",
    "D6": "業務",
    "A7": "郭明哲",
    "B7": "林雅婷",
    "C7": "2026/10/6",
    "D7": "陳柏宇",
}


@pytest.mark.parametrize("fmt", ["xlsx", "pdf"])
def test_a_sign_off_never_takes_the_next_sign_offs_title_as_its_name(tmp_path, fmt):
    path = workbook(tmp_path, {"Sheet1": SIGN_OFF_ROW}, shaded=("A3", "B3", "C3", "A6", "B6", "C6", "D6"))
    _wide(path, {"A": 16, "B": 26, "C": 16, "D": 12})
    if fmt == "pdf":
        path = soffice_convert(path, "pdf", tmp_path / "pdf")
    result = parse(path, "return")
    assert value(result, "approved_by") == "郭明哲"
    assert value(result, "warehouse_receiver") == "林雅婷"


RETURN_WITH_GROUPS = {
    "A1": "退货单",
    "A2": "退货单号",
    "B2": "TH-20261003-02",
    "A3": "退货单位",
    "B3": "宁波恒达电器有限公司",
    "A5": "序号",
    "B5": "物料编码",
    "C5": "品名规格",
    "D5": "单位",
    "E5": "实退数量",
    "F5": "单价",
    "G5": "金额",
    "A6": "1",
    "B6": "KN-301",
    "C6": "旋钮 黑色",
    "D6": "个",
    "E6": "500",
    "F6": "2.00",
    "G6": "1,000.00",
    "B7": "小计",
    "E7": "500",
    "G7": "1,000.00",
    # an empty line, a note between the groups, then the second delivery note's lines
    "A9": "注：第 2、3 项为另一送货单",
    "A10": "2",
    "B10": "PN-118",
    "C10": "面板 ABS",
    "D10": "片",
    "E10": "300",
    "F10": "12.60",
    "G10": "3,780.00",
    "A11": "3",
    "B11": "PN-120",
    "C11": "面板 PC",
    "D11": "片",
    "E11": "100",
    "F11": "10.00",
    "G11": "1,000.00",
    "C12": "以下空白",
    "B14": "合计",
    "E14": "900",
    "G14": "5,780.00",
    "A16": "退货原因",
    "B16": "外观划伤",
}


@pytest.mark.parametrize("fmt", ["xlsx", "pdf"])
def test_a_table_goes_on_past_a_subtotal_a_note_an_empty_line_and_blank_below_to_its_total(tmp_path, fmt):
    path = workbook(tmp_path, {"Sheet1": RETURN_WITH_GROUPS})
    _wide(path, {"A": 10, "B": 12, "C": 16, "D": 6, "E": 10, "F": 8, "G": 12})
    if fmt == "pdf":
        path = soffice_convert(path, "pdf", tmp_path / "pdf")
    result = parse(path, "return")
    items = value(result, "items")
    assert [row["part_no"] for row in items] == ["KN-301", "PN-118", "PN-120"]
    assert [row["qty_returned"] for row in items] == [500, 300, 100]
    assert not any(p.code == "table_row_unclear" for p in result.warnings)


def test_a_line_after_a_subtotal_that_is_no_record_ends_the_table(tmp_path):
    cells = {k: v for k, v in RETURN_WITH_GROUPS.items() if not k[1:].isdigit() or int(k[1:]) < 9}
    cells.update({"A9": "退货原因", "B9": "外观划伤", "A10": "处理方式", "B10": "换货"})
    result = parse(workbook(tmp_path, {"Sheet1": cells}), "return")
    assert [row["part_no"] for row in value(result, "items")] == ["KN-301"]
    assert value(result, "reason") == "外观划伤"


def test_blank_below_ends_the_items_and_a_table_printed_under_it_is_no_more_lines(tmp_path):
    """``以下空白`` says nothing of the table follows but its total: a replacement list printed
    under it in the same columns is not read as more returned lines."""
    cells = {k: v for k, v in RETURN_WITH_GROUPS.items() if not k[1:].isdigit() or int(k[1:]) < 13}
    cells.update({"A13": "1", "B13": "PN-900", "C13": "补发 面板", "D13": "片", "E13": "300"})
    cells.update({"A14": "2", "B14": "PN-901", "C14": "补发 底座", "D14": "个", "E14": "100"})
    result = parse(workbook(tmp_path, {"Sheet1": cells}), "return")
    assert [row["part_no"] for row in value(result, "items")] == ["KN-301", "PN-118", "PN-120"]


RED_LETTER = {
    "A1": "开具红字增值税专用发票信息表",
    "A2": "客诉编号",
    "B2": "KS-2610-031",
    "A3": "原发票号码",
    "B3": "26332000000051870001",
    "A5": "货物名称",
    "B5": "数量",
    "C5": "单价",
    "D5": "金额",
    "E5": "税额",
    "A6": "涤纶弹力布",
    "B6": "-2,000",
    "C6": "1.80",
    "D6": "-3,600.00",
    "E6": "(468.00)",
    "A7": "合计",
    "D7": "-¥3,600.00",
    "E7": "-¥468.00",
}


def test_negative_figures_on_a_red_letter_form_are_read_as_the_credit_and_said(tmp_path):
    result = parse(workbook(tmp_path, {"Sheet1": RED_LETTER}), "allowance")
    [row] = value(result, "items")
    assert (row["qty"], row["allowance_amount"], row["tax"]) == (2000, "3600.00", "468.00")
    assert value(result, "total_excl_tax") == "3600.00"
    assert not any(p.code == "too_small" for p in result.errors)


def test_a_credit_written_in_brackets_is_read_as_its_amount_and_said():
    from kesu_docs.forms import get
    from kesu_docs.parse.guards import credit_form, credit_magnitude, meta_at

    meta = meta_at(get("allowance"), "items[0].allowance_amount")
    assert credit_form(get("allowance")) and credit_form(get("return")) and not credit_form(get("complaint"))
    assert credit_magnitude(meta, "(1,200.00)") == "1,200.00"
    assert credit_magnitude(meta, "-¥5,100.00") == "¥5,100.00"
    assert credit_magnitude(meta, "△1,200") == "1,200"
    assert credit_magnitude(meta, "1,200.00") is None


def test_a_negative_figure_on_a_form_that_is_no_credit_stays_an_error(tmp_path):
    cells = {
        "A1": "客户抱怨处理单",
        "A2": "客户名称",
        "B2": "宏达电子",
        "A3": "不良数量",
        "B3": "-20",
    }
    result = parse(workbook(tmp_path, {"Sheet1": cells}), "complaint")
    assert not any(p.code == "negative_as_credit" for p in [*result.warnings, *result.errors])
