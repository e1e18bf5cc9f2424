"""What the fifty-fourth held-out set showed the reader lacked (issue 10), each rule read on forms of our
own (values and wording not the set's).

- **A utility's words** (a State Grid style 物资质量问题反馈单, 供应商不良行为处理通知, its e-commerce platform's
  质量问题通知): ``项目单位`` (the project unit the goods went to) and ``发文单位`` are the customer, ``物资名称`` /
  ``涉及物资`` the part's name, ``反馈人`` the reporter, ``通知书编号`` the number, ``发文日期`` / ``发布时间`` (a
  date-time) the complaint's day, ``不良行为描述`` the description; ``到货批次`` (the delivery batch) the lot — a
  ``出厂编号`` serial range beside it is said (``label_lost``), never taken for the lot silently.
- **A cable's 质量异议单**: ``需方`` (the demand side) the customer, ``盘号`` (the drum) the lot, the lengths
  ``到货长度`` / ``异议长度`` the quantities, ``需方处理意见`` the customer's request (not our disposition).
- **A solar module's type** (``Module type HM-…``) its part number, over a code only; ``Requested remedy`` the
  request; a credit's ``Tariff`` (per kWh) the unit price.
- **A return / an allowance after a 反馈单 or an 异议单**: ``关联反馈单`` / ``关联异议单`` the complaint number;
  ``名称及规格`` a return line's name.

Workbooks built here with openpyxl.
"""

from __future__ import annotations

from typing import Any

from helpers import field_codes, read_doc, sheet_from_rows

WIDTH = 24


def test_a_utility_feedback_sheet_reads_its_words_and_says_the_serial_range(tmp_path) -> None:
    rows: list[list[Any]] = [
        ["物资质量问题反馈单"],
        ["反馈单编号", "FK-77-0912-004", "反馈日期", "2026.09.12"],
        ["项目单位", "国网某县供电公司", "供应商", "某开关有限公司"],
        ["合同编号", "HT-77-0418", "物资名称", "10kV环网柜"],
        ["物料编码", "500077123", "到货批次", "第2批"],
        ["出厂编号", "HW77-011～018", "到货数量", "8台"],
        ["问题数量", "1台", "反馈人", "周立平"],
        ["问题描述", "1 台环网柜气室压力表指示为零。"],
        ["处理要求", "更换"],
    ]
    doc = read_doc(sheet_from_rows(tmp_path, rows, width=WIDTH))
    assert doc["kind"] == "complaint"
    record = doc["record"]
    assert (record["customer"], record["part_name"], record["part_no"]) == (
        "国网某县供电公司",
        "10kV环网柜",
        "500077123",
    )
    assert (record["reporter"], record["ship_qty"], record["defect_qty"]) == ("周立平", 8, 1)
    assert record["lot_no"] == "第2批"
    assert "label_lost" in field_codes(doc, "lot_no")


def test_a_serial_range_alone_is_still_the_lot(tmp_path) -> None:
    """Without a 到货批次 the 出厂编号 stays the lot (a machine's serial number is its lot): the batch word took
    nothing from it."""
    rows: list[list[Any]] = [
        ["物资质量问题反馈单"],
        ["反馈单编号", "FK-77-0913-001", "反馈日期", "2026.09.13"],
        ["项目单位", "国网某县供电公司", "物资名称", "柱上断路器"],
        ["物料编码", "500077456", "出厂编号", "ZW77-0031"],
        ["到货数量", "4台", "问题数量", "1台"],
        ["问题描述", "合闸线圈烧毁。"],
    ]
    doc = read_doc(sheet_from_rows(tmp_path, rows, width=WIDTH), "complaint")
    assert doc["record"]["lot_no"] == "ZW77-0031"


def test_a_cable_objection_reads_the_demand_side_the_drum_and_the_lengths(tmp_path) -> None:
    rows: list[list[Any]] = [
        ["产品质量异议单"],
        ["异议单号", "YY-77-031", "提出日期", "2026.09.15"],
        ["需方", "某市政建设有限公司", "供方", "某电缆有限公司"],
        ["合同号", "DL-77-112", "产品名称", "低压电力电缆"],
        ["规格型号", "YJV-0.6/1kV 5×16", "盘号", "PH-77-0063"],
        ["到货长度", "1500 m", "异议长度", "300 m"],
        ["异议内容", "绝缘厚度最薄点不合格，整盘 300 m。"],
        ["需方处理意见", "退货"],
    ]
    doc = read_doc(sheet_from_rows(tmp_path, rows, width=WIDTH))
    record = doc["record"]
    assert (record["customer"], record["lot_no"]) == ("某市政建设有限公司", "PH-77-0063")
    assert (record["ship_qty"], record["defect_qty"]) == (1500, 300)
    assert record["customer_request"] == ["return"]
    assert not record.get("disposition")


def test_a_utility_notice_of_bad_conduct_is_a_complaint(tmp_path) -> None:
    rows: list[list[Any]] = [
        ["供应商不良行为处理通知"],
        ["通知书编号", "BL-77-009"],
        ["发文日期", "2026.09.20"],
        ["发文单位", "某省电力公司物资部"],
        ["涉及物资", "配电箱"],
        ["物料编码", "500088001"],
        ["到货数量", "40台"],
        ["问题数量", "6台"],
        ["不良行为描述", "6 台配电箱门板厚度不足 1.5 mm。"],
    ]
    doc = read_doc(sheet_from_rows(tmp_path, rows, width=WIDTH))
    assert doc["kind"] == "complaint"
    record = doc["record"]
    assert (record["number"], record["received_date"], record["customer"]) == (
        "BL-77-009",
        "2026-09-20",
        "某省电力公司物资部",
    )
    assert (record["part_name"], record["description"]) == ("配电箱", "6 台配电箱门板厚度不足 1.5 mm。")


def test_a_platform_notice_dated_with_its_time(tmp_path) -> None:
    rows: list[list[Any]] = [
        ["供应商质量问题通知"],
        ["通知编号", "TZ-77-0101", "发布时间", "2026-09-08 14:20"],
        ["项目单位", "某供电局", "物资名称", "电能表"],
        ["物料编码", "500099002", "问题数量", "12只"],
        ["问题描述", "12 只电能表时钟超差。"],
    ]
    doc = read_doc(sheet_from_rows(tmp_path, rows, width=WIDTH), "complaint")
    assert doc["record"]["received_date"] == "2026-09-08"


def test_a_module_type_is_the_part_number_over_a_code_only(tmp_path) -> None:
    rows: list[list[Any]] = [
        ["Module Quality Claim"],
        ["Claim No.", "MQ-77-015", "Claim Date", "2026-09-21"],
        ["Customer", "Bright Acres Solar Ltd.", "PO No.", "PO-77-310"],
        ["Module type", "SX-60M-420W", "Affected qty", "12 pcs"],
        ["Description", "Delamination at the junction box edge on 12 modules."],
        ["Requested remedy", "Replacement"],
    ]
    doc = read_doc(sheet_from_rows(tmp_path, rows, width=WIDTH), "complaint")
    record = doc["record"]
    assert record["part_no"] == "SX-60M-420W"
    assert record["customer_request"] == ["replacement"]
    rows[3] = ["Module type", "Bifacial", "Affected qty", "12 pcs"]
    doc = read_doc(sheet_from_rows(tmp_path, rows, "kind.xlsx", width=WIDTH), "complaint")
    assert doc["record"].get("part_no") != "Bifacial"


def test_a_return_and_an_allowance_name_the_feedback_or_objection(tmp_path) -> None:
    rows: list[list[Any]] = [
        ["退货单"],
        ["退货单号", "TH-77-0008", "退货日期", "2026-09-25"],
        ["客户", "国网某县供电公司", "关联反馈单", "FK-77-0912-004"],
        ["物料编码", "名称及规格", "核定数量", "实退数量", "单价", "金额"],
        ["500077123", "环网柜 XGN15-12", "1", "1", "42000.00", "42000.00"],
        ["退货原因", "气室漏气"],
        ["处理方式", "返厂维修"],
    ]
    record = read_doc(sheet_from_rows(tmp_path, rows, width=WIDTH), "return")["record"]
    assert record["complaint_number"] == "FK-77-0912-004"
    assert record["items"][0]["part_name"] == "环网柜 XGN15-12"
    rows = [
        ["折让证明单"],
        ["折让单号", "ZR-77-0003", "开具日期", "2026-09-28"],
        ["购买方", "某市政建设有限公司", "关联异议单", "YY-77-031"],
        ["项目", "数量", "Tariff", "折让金额", "税额"],
        ["发电量损失补偿", "5000", "0.38", "1900.00", "247.00"],
    ]
    record = read_doc(sheet_from_rows(tmp_path, rows, "credit.xlsx", width=WIDTH), "allowance")["record"]
    assert record["complaint_number"] == "YY-77-031"
    assert record["items"][0]["unit_price"] == "0.38"
