"""Clerks' habits from the seventh held-out set (tests/holdout7), on forms of our own making:
a party row's generic id label (购买方 … 购买方税号, 销售方 … 统一社会信用代码), a credit memo's
credits in parentheses after their currency (``US$ (1,250.00)``), an invoice date typed over
``年 | 月 | 日`` columns beside its own label, Taiwanese sign-off words (經辦, 課長, 會計), and the
zh-Hant document-control line (表單編號：… 版次：…) that is never the record's number."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from helpers import soffice_convert
from openpyxl import Workbook

from kesu_docs.parse import parse_paths


def _sheet(tmp_path: Path, name: str, cells: dict[str, object]) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Form"
    for ref, value in cells.items():
        ws[ref] = value
    for column in "ABCDEFG":  # wide enough that the print shows every label and value whole
        ws.column_dimensions[column].width = 22
    ws.sheet_properties.pageSetUpPr.fitToPage = True  # and printed on one page, as a clerk sets it
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 1
    path = tmp_path / f"{name}.xlsx"
    wb.save(path)
    return path


def _read(path: Path, kind: str | None = None) -> dict:
    [result] = parse_paths([path], kind=kind)
    return result.to_dict("en")


def _warned(doc: dict, field: str, code: str) -> bool:
    return any(w["field"] == field and w["code"] == code for w in doc["warnings"])


def test_a_generic_id_label_in_a_partys_row_is_that_partys_id(tmp_path):
    path = _sheet(
        tmp_path,
        "allowance",
        {
            "A1": "销货折让证明单",
            "A3": "折让单号",
            "B3": "ZR-2603-11",
            "C3": "开具日期",
            "D3": dt.datetime(2026, 3, 25),
            "A4": "购买方",
            "B4": "杭州远景电子有限公司",
            "E4": "购买方税号",
            "F4": "91330100MA27XK5J3W",
            "A5": "销售方",
            "B5": "苏州宏达五金有限公司",
            "E5": "统一社会信用代码",
            "F5": "91320500MA1MXK7G2H",
            "A6": "原发票号码",
            "B6": "33001122",
            "E6": "开票日期",
            "F6": dt.datetime(2026, 3, 2),
            "A7": "货物名称",
            "B7": "数量",
            "C7": "单价",
            "D7": "折让金额",
            "E7": "税额",
            "A8": "不锈钢垫片",
            "B8": 1000,
            "C8": 0.5,
            "D8": 500,
            "E8": 65,
        },
    )
    doc = _read(path, "allowance")
    assert doc["record"]["buyer_tax_id"] == "91330100MA27XK5J3W"
    assert doc["record"]["seller"]["tax_id"] == "91320500MA1MXK7G2H"  # the row names the seller


def _credit_memo(tmp_path: Path) -> Path:
    return _sheet(
        tmp_path,
        "memo",
        {
            "A1": "CREDIT MEMO",
            "A3": "Credit Memo #",
            "B3": "CM-7781",
            "C3": "Memo Date",
            "D3": "2026.4.2",
            "A4": "Bill To",
            "B4": "Lumen Optics GmbH",
            "A5": "Original Invoice #",
            "B5": "INV-4410",
            "C5": "Invoice Date",
            "D5": dt.datetime(2026, 3, 10),
            "A6": "Complaint Ref.",
            "B6": "RA-0901",
            "A7": "Description",
            "B7": "Qty",
            "C7": "Unit Price",
            "D7": "Credit Amount",
            "A8": "Lens holder",
            "B8": 400,
            "C8": "US$ 2.00",
            "D8": "US$ (800.00)",
            "C10": "Subtotal",
            "D10": "US$ (800.00)",
            "C12": "Total Credit",
            "D12": "US$ (800.00)",
        },
    )


def test_a_credit_in_parentheses_after_its_currency_is_the_credits_amount_and_shown(tmp_path):
    doc = _read(_credit_memo(tmp_path), "allowance")
    record = doc["record"]
    assert record["items"][0]["allowance_amount"] == "800.00"
    assert record["total_excl_tax"] == "800.00"
    assert record["total"] == "800.00"
    assert record["issue_date"] == "2026-04-02"
    for field in ("items[0].allowance_amount", "total"):
        assert _warned(doc, field, "negative_as_credit")  # the sign is shown, never dropped silently
    assert _warned(
        doc, "total_in_words", "amount_words_not_derived"
    )  # and so is the currency, once (mends44)


def test_the_credit_memo_reads_the_same_from_its_print(tmp_path):
    pdf = soffice_convert(_credit_memo(tmp_path), "pdf", tmp_path / "pdf")
    record = _read(pdf, "allowance")["record"]
    assert record["items"][0]["allowance_amount"] == "800.00"
    assert record["total"] == "800.00"


def test_a_date_over_year_month_day_columns_beside_its_own_label(tmp_path):
    path = _sheet(
        tmp_path,
        "roc",
        {
            "A1": "銷 貨 折 讓 單",
            "A2": "折讓單號",
            "B2": "AL-1150401-01",
            "D2": "開立日期",
            "E2": "中華民國115年4月1日",
            "A3": "買受人",
            "B3": "光寶科技股份有限公司",
            "D3": "統一編號",
            "E3": "97176270",
            "A4": "發票號碼",
            "B4": "AB-12345678",
            "D4": "發票日期",
            "E4": "年",
            "F4": "月",
            "G4": "日",
            "A5": "(原發票)",
            "E5": 115,
            "F5": 3,
            "G5": 9,
            "A6": "品名",
            "B6": "數量",
            "C6": "單價",
            "D6": "折讓金額",
            "A7": "電源模組",
            "B7": 10,
            "C7": 100,
            "D7": 1000,
            "A9": "會計",
            "B9": "林美華",
        },
    )
    record = _read(path, "allowance")["record"]
    assert record["invoice_date"] == "2026-03-09"  # ROC 115 = 2026
    assert record["approved_by_manager"] == "林美華"  # 會計: the note's one signature


def _vertical_complaint(tmp_path: Path) -> Path:
    return _sheet(
        tmp_path,
        "complaint",
        {
            "A1": "客 訴 處 理 單",
            "A2": "表單編號：QP-11-02\u3000版次：3.0",
            "A3": "客訴單號",
            "C3": "CS115-0410-02",
            "D3": "受理日期",
            "F3": "中華民國115年4月10日",
            "A4": "客戶名稱",
            "C4": "緯創資通股份有限公司",
            "A5": "料號",
            "C5": "PM-PC-1102",
            "D5": "品名",
            "F5": "前蓋",
            "A6": "出貨數量",
            "C6": 2000,
            "D6": "不良數量",
            "F6": 40,
            "A7": "Cost of Nonconformance",
            "C7": 1200,
            "A9": "經辦",
            "C9": "陳怡君",
            "D9": "課長",
            "F9": "王志明",
        },
    )


def test_taiwanese_sign_offs_and_the_cost_of_nonconformance(tmp_path):
    record = _read(_vertical_complaint(tmp_path), "complaint")["record"]
    assert record["number"] == "CS115-0410-02"
    assert record["reporter"] == "陳怡君"  # 經辦
    assert record["sales_supervisor"] == "王志明"  # 課長
    assert record["loss_amount"] == "1200.00"


def test_the_zh_hant_control_line_on_a_print_is_not_the_records_number(tmp_path):
    pdf = soffice_convert(_vertical_complaint(tmp_path), "pdf", tmp_path / "pdf")
    doc = _read(pdf, "complaint")
    assert doc["record"]["number"] == "CS115-0410-02"  # not "QP-11-02 版次：3.0"
