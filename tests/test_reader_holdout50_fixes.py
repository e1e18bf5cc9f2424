"""What the fiftieth held-out set showed the reader lacked (issue 10), each rule read on forms of our
own (values and wording not the set's).

- **A review board's record is the complaint**: a rail or shipyard customer's 不合格品审理单 and a
  Taiwanese 不合格品處置單 name their own number (``审理单号``, ``處置單號``) and what is wrong
  (``不合格描述``, ``不合格說明``); the day the defect was found (``发现日期``) is read, always warned.
  An 8D, a return and an allowance name the record they follow: ``审理单号``, ``NCR No.`` / ``NCR 編號``,
  the concession's ``让步申请单号`` / ``特採單號`` (always warned: beside a ``客訴單號`` that one is the
  complaint's).
- **An RTV note is a return**: ``RTV No.``, ``RTV date``; the review board's disposition codes
  ``RWK`` (a return's rework) and ``UAI`` (a complaint's use as is: a concession), ``Disposition code``.
- **返修 is a repair** (GB/T 19000: 返工 rework, 返修 repair): a return's ``返修后重新交付`` is repair,
  never rework.
- An 8D's ``立项日期`` (opened), ``产品图号`` (the part, always warned: a drawing's number may differ), ``根本原因（产生）`` (the occurrence); SAP's
  ``Sales order``; a charge-back credit's ``Cost element`` lines.

Workbooks built here with openpyxl.
"""

from __future__ import annotations

from typing import Any

from helpers import field_codes, read_doc, sheet_from_rows

WIDTH = 24


def test_a_review_boards_record_names_its_number_day_and_nonconformity(tmp_path) -> None:
    rows: list[list[Any]] = [
        ["不合格品审理单"],
        ["审理单号", "SL-26-5521", "发现日期", "2026-09-14"],
        ["顾客", "中车长春轨道客车股份有限公司", "合同号", "HT-CC-2607-031"],
        ["产品图号", "CC-4410-07A", "产品名称", "空调机组安装座"],
        ["交付数量", "30 件", "不合格数量", "4 件"],
        ["不合格描述", "安装座焊缝气孔超标，4 件。"],
    ]
    doc = read_doc(sheet_from_rows(tmp_path, rows, width=WIDTH), "complaint")
    record = doc["record"]
    assert (record["number"], record["description"]) == ("SL-26-5521", "安装座焊缝气孔超标，4 件。")
    assert record["received_date"] == "2026-09-14"
    assert field_codes(doc, "received_date")  # the day found may be days before it was written: said


def test_a_taiwanese_disposal_sheet_names_its_number_and_nonconformity(tmp_path) -> None:
    rows: list[list[Any]] = [
        ["不合格品處置單"],
        ["處置單號", "NC-KH-2609-014", "開單日期", "2026-09-20"],
        ["客戶名稱", "中信造船股份有限公司", "訂單編號", "PO-115-09121"],
        ["料號", "PV-DN80-F", "品名", "蝶閥 DN80"],
        ["不合格說明", "閥板密封面刮傷，試壓滲漏。"],
    ]
    record = read_doc(sheet_from_rows(tmp_path, rows, width=WIDTH), "complaint")["record"]
    assert (record["number"], record["description"]) == ("NC-KH-2609-014", "閥板密封面刮傷，試壓滲漏。")


def test_an_rtv_note_is_a_return_with_its_ncr_and_a_rework_code(tmp_path) -> None:
    rows: list[list[Any]] = [
        ["RETURN TO VENDOR (RTV)"],
        ["RTV No.", "RTV-77-0415", "RTV date", "2026-09-22"],
        ["Customer", "Northwind Aero Ltd.", "NCR No.", "NCR-77-1902"],
        ["P/N", "Description", "Qty authorised", "Qty returned", "Unit price (USD)", "Extended (USD)"],
        ["5510-220-01", "Spacer, titanium", "6", "6", "58.00", "348.00"],
        ["Reason for return", "Thread gauge no-go enters."],
        ["Disposition", "RWK"],
    ]
    doc = read_doc(sheet_from_rows(tmp_path, rows, width=WIDTH))
    assert doc["kind"] == "return"
    record = doc["record"]
    assert (record["number"], record["issue_date"], record["complaint_number"]) == (
        "RTV-77-0415",
        "2026-09-22",
        "NCR-77-1902",
    )
    assert record["handling"] == ["rework"]


def test_a_return_sent_back_for_repair_is_repair_never_rework(tmp_path) -> None:
    rows: list[list[Any]] = [
        ["退货单"],
        ["退货单号", "TH-2609-088", "退货日期", "2026-09-25"],
        ["客户", "招商局重工（江苏）有限公司", "审理单号", "SL-ZS-2609-004"],
        ["物料编码", "名称规格", "核准数量", "实退数量", "单价", "金额"],
        ["BV-DN50", "球阀 DN50", "8", "8", "1,250.00", "10,000.00"],
        ["退货原因", "阀门内漏。"],
        ["处理方式", "返修后退回"],
    ]
    record = read_doc(sheet_from_rows(tmp_path, rows, width=WIDTH), "return")["record"]
    assert record["complaint_number"] == "SL-ZS-2609-004"
    assert record["handling"] == ["repair"]


def test_an_erp_ncrs_use_as_is_code_is_a_concession(tmp_path) -> None:
    rows: list[list[Any]] = [
        ["NONCONFORMING MATERIAL REPORT"],
        ["NCR number", "NCR-0031-550", "Date raised", "2026-09-03"],
        ["Customer", "Thames Crane Works Ltd.", "Customer PO", "TCW-88120"],
        ["Part number", "CR-118-04", "Qty nonconforming", "2 EA"],
        ["Nonconformance", "Paint thickness 60 µm against 80 µm minimum."],
        ["Disposition code", "UAI"],
    ]
    record = read_doc(sheet_from_rows(tmp_path, rows, width=WIDTH), "complaint")["record"]
    assert record["disposition"] == ["concession"]
    assert record["order_no"] == "TCW-88120"


def test_a_rail_8d_names_its_opening_day_review_record_part_and_occurrence(tmp_path) -> None:
    rows: list[list[Any]] = [
        ["8D 报告"],
        ["报告编号", "8D-CC-2609-11", "立项日期", "2026-09-16"],
        ["顾客名称", "中车长春轨道客车股份有限公司", "审理单号", "SL-26-5521"],
        ["产品图号", "CC-4410-07A", "投诉数量", "4 件"],
        ["D2 问题描述", "安装座焊缝气孔超标。"],
        ["D4 根本原因（产生）", "保护气体流量不足。"],
        ["D4 根本原因（流出）", "外观检验未用放大镜。"],
    ]
    doc = read_doc(sheet_from_rows(tmp_path, rows, width=WIDTH), "8d")
    record = doc["record"]
    assert field_codes(doc, "part_no")  # a drawing's number may be other than the part's: said
    assert (record["opened_date"], record["complaint_number"], record["part_no"]) == (
        "2026-09-16",
        "SL-26-5521",
        "CC-4410-07A",
    )
    causes = {c["type"]: c["cause"] for c in record["root_cause"]}
    assert causes == {"occurrence": "保护气体流量不足。", "escape": "外观检验未用放大镜。"}


def test_a_charge_back_credit_names_its_cost_elements_and_ncr(tmp_path) -> None:
    rows: list[list[Any]] = [
        ["CREDIT MEMO"],
        ["Credit Memo No.", "CM-77-0090", "Date", "2026-10-02"],
        ["Customer", "Northwind Aero Ltd.", "Customer VAT ID", "GB 311 2290 18"],
        ["Original invoice", "INV-77-3310", "NCR No.", "NCR-77-1902"],
        ["Cost element", "Qty", "Rate (USD)", "Amount (USD)", "VAT (USD)"],
        ["Sorting labor (hours)", 5, "70.00", "350.00", "0.00"],
        ["Net credit (USD)", "", "", "350.00"],
    ]
    record = read_doc(sheet_from_rows(tmp_path, rows, width=WIDTH), "allowance")["record"]
    assert record["complaint_number"] == "NCR-77-1902"
    assert record["items"][0]["name"] == "Sorting labor (hours)"


def test_a_concession_allowance_names_the_concession_it_settles(tmp_path) -> None:
    rows: list[list[Any]] = [
        ["销售折让证明单"],
        ["折让单号", "ZR-2610-002", "开具日期", "2026-10-08"],
        ["购买方", "中车长春轨道客车股份有限公司", "纳税人识别号", "91220101123952716N"],
        ["原发票号码", "22012600000031190021", "让步申请单号", "RB-26-0193"],
        ["货物名称", "数量", "单价", "折让金额", "税额"],
        ["空调机组安装座 让步接收", 30, "40.00", "1,200.00", "156.00"],
    ]
    doc = read_doc(sheet_from_rows(tmp_path, rows, width=WIDTH), "allowance")
    assert doc["record"]["complaint_number"] == "RB-26-0193"
    assert field_codes(doc, "complaint_number")  # a concession's number, not a complaint's: said
