"""What the forty-fifth held-out set showed the reader lacked (issue 10), each rule read on forms
of our own (values and wording not the set's).

- **A masked value is never taken silently**: a name, phone or order number partly hidden by
  ``*`` (``王**``, ``139****0071``, ``5530********8812``), as platforms, hotlines and 12315
  transfers print them, is kept as written and warned ``value_masked`` on its field; a long text
  quoting ``**`` is no mask.
- **The consumer channel's words for a complaint's fields**: a platform's after-sales ticket
  (售后单号 / 服务单号, 申请时间 with its hour, 店铺名称, 售后类型, 退款金额, 处理客服, 商品编号),
  a hotline's (来电时间, 问题数量, 客户诉求 换新), a store's forwarded case (转单编号, 转单日期,
  问题摘要, 买家诉求), a 12315 transfer (投诉问题, 诉求, 企业处理人 beside the regulator's
  承办人); 退货退款 asks a return, 仅退款 compensation, 换新 a replacement.

Workbooks built here with openpyxl.
"""

from __future__ import annotations

from typing import Any

import pytest
from helpers import field_codes, read_doc, sheet_from_rows

WIDTH = 22


# ------------------------------------------------------------------ a platform's after-sales ticket
@pytest.fixture(scope="module")
def ticket(tmp_path_factory: pytest.TempPathFactory) -> dict:
    rows: list[list[Any]] = [
        ["售后服务单"],
        ["售后单号", "SH-77120458", "申请时间", "2026-08-04 16:20:09"],
        ["店铺名称", "绿源厨电天猫旗舰店", "订单编号", "5530********8812"],
        ["买家", "王**", "手机号", "139****0071"],
        ["商品编号", "LY-OV3201", "商品名称", "台式烤箱"],
        ["购买数量", 3, "异常数量", 2],
        ["售后类型", "仅退款", "退款金额", "358.00"],
        ["问题描述", "加热管不亮，烤不熟。"],
        ["处理客服", "客服-阿颖"],
    ]
    return read_doc(sheet_from_rows(tmp_path_factory.mktemp("ticket"), rows, width=WIDTH), "complaint")


def test_a_platform_tickets_fields_are_the_complaints(ticket: dict) -> None:
    record = ticket["record"]
    assert (record["number"], record["received_date"], record["customer"]) == (
        "SH-77120458",
        "2026-08-04",
        "绿源厨电天猫旗舰店",
    )
    assert (record["part_no"], record["defect_qty"]) == ("LY-OV3201", 2)
    assert record["customer_request"] == ["compensation"]  # 仅退款: refunded, nothing sent back
    assert (record["loss_amount"], record["reporter"]) == ("358.00", "客服-阿颖")


def test_a_masked_order_number_is_kept_as_written_and_warned(ticket: dict) -> None:
    assert ticket["record"]["order_no"] == "5530********8812"
    assert "value_masked" in field_codes(ticket, "order_no")
    # the store's name is no mask: no such word on it
    assert "value_masked" not in field_codes(ticket, "customer")


# ------------------------------------------------------------------ a hotline record, a masked caller
@pytest.fixture(scope="module")
def hotline(tmp_path_factory: pytest.TempPathFactory) -> dict:
    rows: list[list[Any]] = [
        ["客服热线来电登记"],
        ["工单号", "HL-0804-112", "来电时间", "2026-08-04 09:05"],
        ["客户姓名", "赵**", "订单号", "771203884"],
        ["产品型号", "LY-KT0901", "产品名称", "电水壶"],
        ["购买数量", 1, "问题数量", 1],
        ["投诉内容", "壶盖弹不开。"],
        ["客户诉求", "换新"],
    ]
    return read_doc(sheet_from_rows(tmp_path_factory.mktemp("hotline"), rows, width=WIDTH), "complaint")


def test_a_hotline_records_call_and_request(hotline: dict) -> None:
    record = hotline["record"]
    assert (record["received_date"], record["defect_qty"]) == ("2026-08-04", 1)
    assert record["customer_request"] == ["replacement"]  # 换新: a new unit for the faulty one


def test_a_masked_callers_name_is_the_customer_as_written_and_warned(hotline: dict) -> None:
    assert hotline["record"]["customer"] == "赵**"
    assert "value_masked" in field_codes(hotline, "customer")


# ------------------------------------------------------------------ a 12315 transfer
@pytest.fixture(scope="module")
def transfer(tmp_path_factory: pytest.TempPathFactory) -> dict:
    rows: list[list[Any]] = [
        ["消费者投诉转办单"],
        ["投诉编号", "1231544010020260806000912"],
        ["登记日期", "2026-08-06"],
        ["商品名称", "空气炸锅"],
        ["规格型号", "LY-AF5500"],
        ["投诉问题", "锅篮涂层脱落。"],
        ["诉求", "退货退款"],
        ["企业处理人", "吕晓峰"],
        ["转办单位：某区市场监督管理局　承办人：钱**"],
    ]
    return read_doc(sheet_from_rows(tmp_path_factory.mktemp("transfer"), rows, width=WIDTH), "complaint")


def test_a_12315_transfers_complaint_and_demand(transfer: dict) -> None:
    record = transfer["record"]
    assert record["description"] == "锅篮涂层脱落。"
    assert record["customer_request"] == ["return"]  # 退货退款: the goods back, the money back


def test_the_companys_handler_is_the_reporter_not_the_regulators(transfer: dict) -> None:
    assert transfer["record"]["reporter"] == "吕晓峰"


def test_a_masked_name_read_anywhere_carries_a_word(tmp_path) -> None:
    """Without the company's own handler, the regulator's masked 承办人 may be all there is: it is
    never taken without a word."""
    rows: list[list[Any]] = [
        ["消费者投诉转办单"],
        ["投诉编号", "1231544010020260806000913"],
        ["登记日期", "2026-08-06"],
        ["承办人", "钱**"],
    ]
    doc = read_doc(sheet_from_rows(tmp_path, rows, width=WIDTH), "complaint")
    assert doc["record"]["reporter"] == "钱**"
    assert "value_masked" in field_codes(doc, "reporter")


def test_a_long_text_quoting_asterisks_is_no_mask(tmp_path) -> None:
    rows: list[list[Any]] = [
        ["客户投诉单"],
        ["客诉编号", "KS-0807-03"],
        ["异常描述", "外箱唛头印成“**特价**”字样，与订单要求的“正品”唛头不符，整批需重新贴标后再发货。"],
    ]
    doc = read_doc(sheet_from_rows(tmp_path, rows, width=WIDTH), "complaint")
    assert "**特价**" in doc["record"]["description"]
    assert "value_masked" not in field_codes(doc, "description")
