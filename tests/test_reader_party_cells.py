"""Complaint, return and allowance layouts other people print (issue 10).

- A party's cell holding its name over an address or a tax number (``Aster Ltd.`` /
  ``VAT No. GB 284 5512 73``): the name is the first line, a labelled later line fills its own
  field; both are warned, never silently one value.
- A name followed by a phone grouped 3-4-4 (``周敏 136-2288-5103``) keeps the name; digits
  left in a person's field are always warned.
- The words real forms use: ``Date Issued`` / ``登记日期`` for the document's own date, ``Issued
  By`` / ``发现者`` for the reporter, ``Problem Type``, ``Permanent Corrective Action``,
  ``购货单位`` / ``销货单位``, ``开票日期`` for the invoice's date.
"""

from __future__ import annotations

import pytest
from helpers import soffice_convert
from test_reader_captions import parse, problems_on, workbook

from kesu_docs.forms import get
from kesu_docs.parse.vocab import vocabulary


def test_a_buyer_cell_with_its_vat_line_gives_the_name_and_the_tax_id_both_warned(tmp_path):
    cells = {
        "A1": "CREDIT NOTE",
        "A2": "Credit Note No.",
        "B2": "CR-77-0012",
        "A3": "Sold to",
        "B3": "Borealis Kitchens Oy\nTax ID FI 2231 0457",
        "A4": "Date",
        "B4": "2026-10-02",
    }
    result = parse(workbook(tmp_path, cells), "allowance")
    assert result.record.buyer == "Borealis Kitchens Oy"
    assert result.record.buyer_tax_id == "FI22310457"  # stored compact (python-stdnum)
    assert [p.code for p in problems_on(result, "buyer")] == ["name_over_lines"]
    # the made-up id fails Finland's check digit: said too
    assert sorted(p.code for p in problems_on(result, "buyer_tax_id")) == [
        "tax_id_check_digit",
        "value_from_cell_line",
    ]


def test_a_customer_over_its_address_keeps_the_first_line_and_warns(tmp_path):
    cells = {
        "A1": "退货申请单",
        "A2": "客户名称",
        "B2": "宁波恒达电器有限公司\n宁波市北仑区长江路 88 号",
        "A3": "开单日期",
        "B3": "2026-10-02",
    }
    result = parse(workbook(tmp_path, cells), "return")
    assert result.record.customer == "宁波恒达电器有限公司"
    assert [p.code for p in problems_on(result, "customer")] == ["name_over_lines"]


def test_a_name_with_a_mobile_grouped_3_4_4_keeps_the_name_and_warns(tmp_path):
    cells = {"A1": "品质异常联络单", "A2": "发现者", "B2": "周敏 136-2288-5103", "A3": "客户", "B3": "华兴"}
    result = parse(workbook(tmp_path, cells), "complaint")
    assert result.record.reporter == "周敏"
    assert [p.code for p in problems_on(result, "reporter")] == ["name_with_extra"]


def test_digits_left_in_a_person_field_are_warned(tmp_path):
    cells = {"A1": "客户投诉单", "A2": "填表人", "B2": "周敏 #4471-22", "A3": "客户", "B3": "华兴"}
    result = parse(workbook(tmp_path, cells), "complaint")
    assert "name_with_digits" in [p.code for p in problems_on(result, "reporter")]


def test_the_words_real_complaint_sheets_use_name_their_fields():
    vocab = vocabulary(get("complaint"))
    for text, path in [
        ("Date Issued", "received_date"),
        ("登记日期", "received_date"),
        ("Issued By", "reporter"),
        ("发现者", "reporter"),
        ("Problem Type", "complaint_type"),
        ("Permanent Corrective Action", "long_term_action"),
        ("长期处理对策", "long_term_action"),
        ("Cost Recovery", "loss_amount"),
        ("Qty Received", "ship_qty"),
    ]:
        assert vocab.match(text)[0] == path, text


def test_the_words_real_allowance_and_return_forms_use_name_their_fields():
    allowance = vocabulary(get("allowance"))
    for text, path in [
        ("购货单位", "buyer"),
        ("销货单位", "seller.name"),
        ("开票日期", "invoice_date"),
        ("Bill to", "buyer"),
        ("单据编号", "number"),
        ("Total credit", "total"),
    ]:
        assert allowance.match(text)[0] == path, text
    ret = vocabulary(get("return"))
    for text, path in [
        ("Issued:", "issue_date"),
        ("依据客诉单：", "complaint_number"),
        ("仓库收货", "warehouse_receiver"),
    ]:
        assert ret.match(text)[0] == path, text


# ---------------------------------------------------------------------------------- typed with more
def test_a_comment_in_brackets_after_a_quantity_or_a_date_is_dropped_and_warned(tmp_path):
    cells = {
        "A1": "客户投诉单",
        "A2": "客户",
        "B2": "华兴",
        "A3": "不良数量",
        "B3": "45 (其中划伤 30)",
        "A4": "出货日期",
        "B4": "2026-7-19（见发货单）",
    }
    result = parse(workbook(tmp_path, cells), "complaint")
    assert result.record.defect_qty == 45
    assert str(result.record.ship_date) == "2026-07-19"
    assert [p.code for p in problems_on(result, "defect_qty")] == ["value_with_comment"]
    assert "value_with_comment" in [p.code for p in problems_on(result, "ship_date")]


def test_an_amount_in_another_currency_or_in_thousands_is_read_as_its_figure_and_warned(tmp_path):
    cells = {
        "A1": "Customer Complaint",
        "A2": "Customer",
        "B2": "Orion",
        "A3": "Loss amount",
        "B3": "EUR 2.5K",
    }
    result = parse(workbook(tmp_path, cells), "complaint")
    assert str(result.record.loss_amount) == "2500.00"
    assert [p.code for p in problems_on(result, "loss_amount")] == ["amount_in_currency"]


def test_a_date_label_printing_its_order_reads_an_ambiguous_date_in_that_order(tmp_path):
    cells = {
        "A1": "CREDIT NOTE",
        "A2": "Date\n(DD/MM/YYYY)",
        "B2": "04/10/2026",
        "A3": "Bill to",
        "B3": "Aster",
    }
    result = parse(workbook(tmp_path, cells), "allowance")
    assert str(result.record.issue_date) == "2026-10-04"
    cells["A2"] = "Date\n(MM/DD/YYYY)"
    result = parse(workbook(tmp_path, cells, name="us.xlsx"), "allowance")
    assert str(result.record.issue_date) == "2026-04-10"


def test_an_ambiguous_date_without_an_order_on_its_label_stays_unread(tmp_path):
    cells = {"A1": "CREDIT NOTE", "A2": "Date", "B2": "04/10/2026", "A3": "Bill to", "B3": "Aster"}
    result = parse(workbook(tmp_path, cells), "allowance")
    assert result.record is None or result.record.issue_date is None
    assert any(p.field == "issue_date" for p in result.errors)


# ---------------------------------------------------------------------------------- layouts
@pytest.mark.parametrize(
    ("upper", "approved", "returned"),
    [("Qty", "Approved", "Returned"), ("Quantity", "Authorized", "Received")],  # (Quantity alone is a column)
)
def test_a_two_row_header_names_a_column_by_its_upper_and_lower_words_together(
    tmp_path, upper, approved, returned
):
    cells = {
        "A1": "GOODS RETURN NOTE",
        "A2": "Customer",
        "B2": "Borealis Kitchens Oy",
        "A4": "Item code",
        "B4": upper,
        "A5": None,
        "B5": approved,
        "C5": returned,
        "A6": "BK-220",
        "B6": 40,
        "C6": 38,
    }
    path = workbook(tmp_path, {k: v for k, v in cells.items() if v is not None})
    from openpyxl import load_workbook

    wb = load_workbook(path)
    wb.active.merge_cells("B4:C4")
    wb.active.merge_cells("A4:A5")
    wb.save(path)
    result = parse(path, "return")
    [line] = result.record.items
    assert (line.part_no, line.qty_approved, line.qty_returned) == ("BK-220", 40, 38)


def test_a_note_on_who_fills_a_field_is_part_of_its_label_not_its_value(tmp_path):
    cells = {
        "A1": "品质异常联络单",
        "A2": "客户：华兴",
        "A3": "原因分析：（由供应商填写）\n模具磨损，毛刺超标。",
        "A4": "发现日期：2026-10-02",
    }
    result = parse(workbook(tmp_path, cells), "complaint")
    values = result.to_dict().get("record") or {}
    assert values.get("root_cause") == "模具磨损，毛刺超标。"


def test_a_sub_label_numbered_without_a_point_is_still_its_label():
    vocab = vocabulary(get("complaint"))
    assert vocab.match("1 临时处理对策：")[0] == "short_term_action"
    assert vocab.match("2 长期处理对策：")[0] == "long_term_action"


def test_a_date_typed_between_pre_printed_year_month_day_cells_is_read_whole(tmp_path):
    cells = {
        "A1": "客户抱怨处理单",
        "A2": "客户",
        "B2": "华兴",
        "A3": "结案日期",
        "B3": 2026,
        "C3": "年",
        "D3": 10,
        "E3": "月",
        "F3": 8,
        "G3": "日",
    }
    result = parse(workbook(tmp_path, cells), "complaint")
    values = result.to_dict().get("record") or {}
    assert values.get("closed_date") == "2026-10-08"  # not 2026 read as an Excel day number


def test_a_year_alone_in_a_date_field_is_never_a_date_serial(tmp_path):
    cells = {"A1": "客户抱怨处理单", "A2": "客户", "B2": "华兴", "A3": "结案日期", "B3": 2026}
    result = parse(workbook(tmp_path, cells), "complaint")
    values = result.to_dict().get("record") or {}
    assert values.get("closed_date") in (None, "1905-07-18") and (
        values.get("closed_date") is None or any(p.field == "closed_date" for p in result.warnings)
    )


def test_a_text_written_in_worded_parts_under_its_heading_is_one_answer(tmp_path):
    cells = {
        "A1": "SUPPLIER PROBLEM REPORT",
        "A2": "Customer",
        "B2": "Orion Motors",
        "A4": "Problem Description",
        "A5": "Symptom: seat rail squeaks when adjusted\nFound at: incoming audit, dock 2",
    }
    result = parse(workbook(tmp_path, cells), "complaint")
    values = result.to_dict().get("record") or {}
    assert values.get("description") == cells["A5"]


def test_a_contact_block_of_label_and_number_lines_is_still_split(tmp_path):
    from kesu_docs.parse.captions import worded_lines

    vocab = vocabulary(get("complaint"))
    assert not worded_lines("电话：0512-6688 1234\n传真：0512-6688 1235", vocab)
    assert not worded_lines("客户：华兴电子有限公司苏州分公司\n订单号：PO-2231 第二批次交货", vocab)
    assert worded_lines(
        "What: wiper arm rattles above 100 km/h\nWhere: Lansing final line, station 14", vocab
    )


def test_the_same_tax_label_in_the_buyer_row_and_the_seller_row_reads_each_partys_number(tmp_path):
    cells = {
        "A1": "销售折让单",
        "A2": "购货单位",
        "B2": "苏州恒通机械有限公司",
        "C2": "税号",
        "D2": "91320500MA1X2Y3Z4A",
        "A3": "销货单位",
        "B3": "无锡精工轴承有限公司",
        "C3": "税号",
        "D3": "91320200MA5B6C7D8U",
    }
    result = parse(workbook(tmp_path, cells), "allowance")
    values = result.to_dict().get("record") or {}
    assert values.get("buyer") == "苏州恒通机械有限公司"
    assert values.get("buyer_tax_id") == "91320500MA1X2Y3Z4A"
    assert (values.get("seller") or {}).get("tax_id") == "91320200MA5B6C7D8U"


def test_a_slash_label_whose_second_name_shares_the_first_ones_stem():
    from kesu_docs.parse.vocab import slash_names

    assert slash_names("原发票代码/号码") == ["原发票代码", "原发票号码"]
    assert slash_names("品名/料号") == ["品名", "料号"]
    assert vocabulary(get("allowance")).match("原发票代码/号码")[0] == "invoice_no"


def test_an_invoice_code_and_number_typed_together_give_the_number_its_share(tmp_path):
    cells = {
        "A1": "销售折让单",
        "A2": "购货单位",
        "B2": "华兴",
        "A3": "原发票代码/号码",
        "B3": "3200261130 / 07731245",
    }
    result = parse(workbook(tmp_path, cells), "allowance")
    values = result.to_dict().get("record") or {}
    assert values.get("invoice_no") == "07731245"


def test_values_read_by_a_layout_profile_are_mended_and_warned_as_the_reader_does():
    from kesu_docs.parse.boxes import Provenance
    from kesu_docs.parse.guards import mend_read_values

    values = {
        "reporter": "陈可 139-8765-4321",
        "defect_qty": "12（含变形 5）",
        "root_cause": "（由责任单位填写）\n冲孔模定位销磨损。",
        "customer": "Halden Kitchen Systems AS\nStorgata 2, 1771 Halden",
        "loss_amount": "EUR 5.2K",
    }
    provenance = {p: Provenance("Sheet!B2", "label", "Sheet!A2", 1.0, "profile:right") for p in values}
    problems = mend_read_values(values, provenance, get("complaint"))
    assert values == {
        "reporter": "陈可",
        "defect_qty": "12",
        "root_cause": "冲孔模定位销磨损。",
        "customer": "Halden Kitchen Systems AS",
        "loss_amount": "5200.00",
    }
    assert {p.field for p in problems} == set(values)  # every mended value is reported


def test_a_caption_in_two_scripts_the_form_does_not_know_is_no_value_of_its_neighbour(tmp_path):
    cells = {
        "A1": "CUSTOMER COMPLAINT 客户投诉单",
        "A2": "Customer\n客户",
        "B2": "Customer PO\n客户订单",
        "A3": "Brightway Lighting GmbH",
        "B3": "4500187723",
    }
    xlsx = workbook(tmp_path, cells)
    pdf = soffice_convert(xlsx, "pdf", tmp_path / "printed")
    for path in (xlsx, pdf):
        values = parse(path, "complaint").to_dict().get("record") or {}
        assert values.get("customer") == "Brightway Lighting GmbH", path.suffix


def test_the_last_line_of_a_full_cell_overhanging_its_bottom_border_stays_in_that_cell():
    from kesu_docs.parse.pdf_cells import cells
    from kesu_docs.parse.pdf_text import Rule, Word

    # a merged value cell 167–192 holding two lines, the second printed a little over its border,
    # and the next row's cell 192–204 under it (the geometry LibreOffice prints for a full cell)
    rules = [Rule(1, x, 167, x, 204) for x in (80, 147, 536)]
    rules += [Rule(1, 80, y, 536, y) for y in (167, 192, 204)]
    words = [
        Word("1. 插拔 50 次後端子變形", 1, 148, 171, 290, 180),
        Word("2. 客戶產線中檢出 360 pcs", 1, 148, 184, 316, 193.8),
        Word("沖壓模具第 3 站磨耗", 1, 148, 195.8, 360, 205),
    ]
    found = {c.text: (c.top, c.bottom) for c in cells(words, rules)}
    assert found["1. 插拔 50 次後端子變形\n2. 客戶產線中檢出 360 pcs"] == (167, 192)
    assert found["沖壓模具第 3 站磨耗"] == (192, 204)


def test_a_numbered_list_going_on_in_the_row_under_its_first_item_is_one_text(tmp_path):
    cells = {
        "A1": "客诉处理单",
        "A2": "客户",
        "B2": "华兴",
        "A3": "问题描述",
        "B3": "1. 端子变形，接触不良",
        "B4": "2. 客户产线检出 360 pcs",
        "A5": "原因分析",
        "B5": "模具磨耗。",
    }
    values = parse(workbook(tmp_path, cells), "complaint").to_dict().get("record") or {}
    assert values.get("description") == "1. 端子变形，接触不良\n2. 客户产线检出 360 pcs"
    assert values.get("root_cause") == "模具磨耗。"


def test_a_numbered_line_beside_a_label_of_its_own_is_that_labels_answer(tmp_path):
    cells = {
        "A1": "客诉处理单",
        "A2": "客户",
        "B2": "华兴",
        "A3": "问题描述",
        "B3": "1. 端子变形，接触不良",
        "A4": "原因分析",
        "B4": "2. 模具磨耗",
    }
    values = parse(workbook(tmp_path, cells), "complaint").to_dict().get("record") or {}
    assert values.get("description") == "1. 端子变形，接触不良"
    assert values.get("root_cause") == "2. 模具磨耗"
