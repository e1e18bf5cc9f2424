"""Labels other people word otherwise (issue 10, pattern 2 of the tenth held-out set).

Each label is a vocabulary entry of its field in the form module (one description of the
form), read on small forms of our own: a customer's complaint form (``Nonconformity``,
``Customer SQE``), a Taiwanese 客訴單 (``週期`` the date code, ``矯正措施``, the sign-off
``品保``), a credit note addressed to the customer (``Your invoice``, ``Your claim``, ``To``),
and a statutory 折讓證明單 whose ``開立日期`` stands between the note's own number and the
original invoice's (the note's own date: read after the number it belongs to). A bare ``Item``
or ``Received`` is no label of its own (a table's column header as often): beside a thing's name
next to ``Item No.``, or beside a date, it is read by what stands beside it, with low confidence
(value_cues.field_by_partial_label, eighteenth round).
"""

from __future__ import annotations

import datetime as dt
from functools import partial
from pathlib import Path

from helpers import parse_cli, sheet_from_rows

_sheet = partial(sheet_from_rows, width=18)


def _record(path: Path, *args: str) -> tuple[dict, dict]:
    _code, [doc] = parse_cli(path, *args)
    assert doc["record"] is not None, doc["errors"]
    return doc["record"], doc["provenance"]


def test_a_customers_complaint_form_in_english(tmp_path):
    path = _sheet(
        tmp_path,
        [
            ["SUPPLIER COMPLAINT"],
            ["Complaint #", "SC-77-0412", "Issued on", dt.datetime(2026, 11, 3)],
            ["Customer", "Northwind Devices Ltd."],
            ["Item No.", "NW-PSU-30", "Item", "30 W charger"],
            ["Qty received", 1200, "Qty rejected", 18],
            ["Nonconformity", "Output ripple above 200 mV on 18 units."],
            ["Customer SQE", "Anna Berg", "Approved", "Tom Lee"],
        ],
    )
    record, prov = _record(path)
    # a bare ``Item`` is no label of the part's name: as often a table's first column header
    # (``Item | Defect | Qty | Remark`` made the defect the part's name); beside ``Item No.``,
    # a name beside it is the part's name, read with low confidence (so said)
    assert record["part_name"] == "30 W charger" and prov["part_name"]["confidence"] < 0.8
    assert record["description"] == "Output ripple above 200 mV on 18 units."
    assert record["reporter"] == "Anna Berg" and prov["reporter"]["label"] == "Customer SQE"


def test_a_taiwanese_complaint_with_a_date_code_and_a_qa_sign_off(tmp_path):
    path = _sheet(
        tmp_path,
        [
            ["客訴處理單"],
            ["客訴單號", "CC-2611-03", "受理日期", "2026/11/05", "客戶名稱", "華碩電腦"],
            ["料號", "PCB-4L-0110", "品名", "四層主板", "週期", "2644"],
            ["出貨數量", 3000, "不良數量", 40],
            ["不良描述", "防焊漆剝落。"],
            ["矯正措施", "調整烘烤曲線並首件確認。"],
            ["品保", "黃淑芬", "業務", None, "結案日期", "2026/11/20"],
        ],
    )
    record, prov = _record(path)
    assert record["lot_no"] == "2644" and prov["lot_no"]["label"] == "週期"
    assert record["long_term_action"] == "調整烘烤曲線並首件確認。"
    assert record["reporter"] == "黃淑芬" and prov["reporter"]["label"] == "品保"


def test_a_credit_note_addressed_to_the_customer(tmp_path):
    path = _sheet(
        tmp_path,
        [
            ["CREDIT NOTE"],
            ["Credit Note No.", "CN-2611-04", "Date", "2026-11-10"],
            ["To", "Legrand France SA"],
            ["Your invoice", "INV-261022", "Your claim", "LG-QN-26-201"],
            ["Description", "Qty", "Unit Price", "Amount"],
            ["Relay 12 V", 100, 2.5, 250],
            [None, None, "Total", 250],
            ["Approved by", "Chen Jie"],
        ],
    )
    record, prov = _record(path, "--kind", "allowance")
    assert record["buyer"] == "Legrand France SA" and prov["buyer"]["label"] == "To"
    assert record["invoice_no"] == "INV-261022" and prov["invoice_no"]["label"] == "Your invoice"
    assert record["complaint_number"] == "LG-QN-26-201"


def test_an_rmas_received_date(tmp_path):
    path = _sheet(
        tmp_path,
        [
            ["RETURN MATERIAL AUTHORIZATION"],
            ["RMA No.", "RMA-26-11-02", "Issue Date", "2026-11-02"],
            ["Customer", "Jabil Circuit"],
            ["Complaint Ref.", "CC-2610-33", "Received", "2026-11-06"],
            ["Part Number", "Description", "Qty", "Unit Price", "Ext. Price"],
            ["IND-10", "Inductor", 100, 0.1, 10],
        ],
    )
    record, prov = _record(path)
    # a bare ``Received`` is no label of the receipt's date: as often the received quantity's
    # column header under ``Qty`` (it took the sign-off's date away); a date beside it, the form
    # printing no label of the receipt's date, is read so with low confidence (so said)
    assert record["received_date"] == "2026-11-06" and prov["received_date"]["confidence"] < 0.8
    assert record["issue_date"] == "2026-11-02"


def test_an_issuing_date_between_the_notes_number_and_the_invoices_is_the_notes_own(tmp_path):
    rows = [
        ["營業人銷貨退回進貨退出或折讓證明單"],
        ["折讓單號", "ZR-2611-05", "開立日期", "2026/11/12", "原發票號碼", "RK-12345678"],
        ["買受人", "廣達電腦", None, None, "統一編號", "22822281"],
        [],
        ["品名", "數量", "單價", "金額(不含稅)", "營業稅額"],
        ["晶片電阻 0603", 50000, 0.1, 5000, 250],
        ["經手人", "陳美玲", "主管", "郭志遠", "總經理", "賴俊傑"],
    ]
    record, prov = _record(_sheet(tmp_path, rows))
    assert record["issue_date"] == "2026-11-12" and prov["issue_date"]["label"] == "開立日期"
    assert record.get("invoice_date") is None
    assert record["approved_by_manager"] == "郭志遠" and prov["approved_by_manager"]["label"] == "主管"
    # the date after the invoice's number stays the invoice's date
    rows[1] = ["折讓單號", "ZR-2611-05", "原發票號碼", "RK-12345678", "開立日期", "2026/11/12"]
    record, _prov = _record(_sheet(tmp_path, rows, "after.xlsx"))
    assert record.get("invoice_date") == "2026-11-12" and record.get("issue_date") is None


def test_an_issuing_date_on_the_notes_number_row_is_the_notes_own(tmp_path):
    # ``證明單號 | … | 開立日期 | …`` with the invoice's number on a row below, as far from the
    # date as the note's number: the date follows its own number on that row
    rows = [
        ["銷貨折讓證明單"],
        ["證明單號", "ZR-TC-115-0327", "開立日期", "2026年3月27日"],
        ["買受人", "鴻海精密工業股份有限公司"],
        ["統一編號", "04541302", "原發票號碼", "QX-30257788"],
        ["品名", "數量", "單價", "金額", "營業稅額"],
        ["鋁擠散熱片", 1000, 6, 6000, 300],
    ]
    record, prov = _record(_sheet(tmp_path, rows))
    assert record["issue_date"] == "2026-03-27" and prov["issue_date"]["label"] == "開立日期"
    assert record.get("invoice_date") is None
    # on the invoice's number's row, the date is the invoice's
    rows[1] = ["證明單號", "ZR-TC-115-0327"]
    rows[3] = ["原發票號碼", "QX-30257788", "開立日期", "2026年3月27日"]
    record, _prov = _record(_sheet(tmp_path, rows, "invoice_row.xlsx"))
    assert record.get("invoice_date") == "2026-03-27" and record.get("issue_date") is None


def test_an_8d_headings_date_typed_as_an_eight_digit_number(tmp_path):
    # ``D6 实施日期 | 20260320``: the heading names its step's date, typed in a General cell
    path = _sheet(
        tmp_path,
        [
            ["8D报告"],
            ["8D编号", "8D-2611-02", "客户", "比亚迪", "开单日期", 20261102],
            ["D2 问题描述", "壳体气孔泄漏。"],
            ["D4 根本原因", "模温偏低。"],
            ["D5 永久对策", "排气槽每班清理。"],
            ["D6 实施日期", 20261120, "D7 横向展开", "同类模具同步改善"],
        ],
    )
    record, prov = _record(path)
    assert record["implementation"][0]["implemented_date"] == "2026-11-20"
    assert prov["implementation[0].implemented_date"]["label"] == "D6 实施日期"
