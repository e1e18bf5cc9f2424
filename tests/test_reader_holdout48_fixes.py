"""What the forty-eighth held-out set showed the reader lacked (issue 10), each rule read on forms
of our own (values and wording not the set's).

- **After-sales words for a complaint about a machine**: a field service report's 服务单号 (already
  the number), 报修日期 / 报修时间 the day the failure was reported, 设备名称 the part's name, 设备型号 /
  整机型号 / Machine model the part (the machine's model code; the failed part's number beside it is no
  field), 机身编号 / 機台序號 / 出厂编号 / Serial No. the lot (a number cell read as its text), 故障现象 /
  故障描述 / Failure description the description, 处理过程 the short-term action, 服务工程师 the reporter,
  服务经理 / 区域经理 / Service manager the supervisor; a dealer's 三包索赔单: 经销商 the customer,
  索赔日期, 故障件数量, 索赔类别, 索赔要求 / Dealer request / a portal's Requested; a 保固申請表's 申請單號
  and 申請日期; a portal's Submitted the date (Submitted by still the reporter).
- **A copies note is the blank's control line**: ``表单编号：SV-QR-03　本报告一式两份`` prints the template's
  code and how many copies it is printed in, as ``版次：A/2`` does: never the record's number.
- **Field failure 8Ds and returns of machines**: Qty failed / 故障数量 the quantity complained; 机型 the part
  over a code only (over a machine's name it names no field); a return's 机型 column likewise.
- **A dealer's credit memo**: Dealer the buyer, Dealer tax ID its tax id.

Workbooks built here with openpyxl.
"""

from __future__ import annotations

from typing import Any

import pytest
from helpers import field_codes, read_doc, sheet_from_rows

WIDTH = 22


# ------------------------------------------------------------------ a field service report
@pytest.fixture(scope="module")
def service_report(tmp_path_factory: pytest.TempPathFactory) -> dict:
    rows: list[list[Any]] = [
        ["维修服务报告"],
        ["表单编号：FS-QR-11　　本表一式三联，客户、服务部、财务各执一联"],
        ["服务单号", "SR-2609-0412", "报修日期", "2026-09-14"],
        ["客户单位", "安徽华宇食品机械有限公司", "设备名称", "真空封口机"],
        ["设备型号", "DZ-600S", "机身编号", 20250917088],
        ["故障现象", "封口不严，真空度达不到 -0.09 MPa。"],
        ["处理过程", "更换真空泵油和密封条，调整加热时间，试机合格。"],
        ["服务工程师", "蒋立强", "服务经理", "葛红梅"],
    ]
    return read_doc(sheet_from_rows(tmp_path_factory.mktemp("service"), rows, width=WIDTH))


def test_a_field_service_report_is_read_as_a_complaint_without_being_told(service_report: dict) -> None:
    assert service_report["kind"] == "complaint"
    record = service_report["record"]
    assert (record["number"], record["received_date"], record["customer"]) == (
        "SR-2609-0412",
        "2026-09-14",
        "安徽华宇食品机械有限公司",
    )
    assert (record["part_no"], record["part_name"]) == ("DZ-600S", "真空封口机")
    assert record["description"] == "封口不严，真空度达不到 -0.09 MPa。"
    assert record["short_term_action"] == "更换真空泵油和密封条，调整加热时间，试机合格。"
    assert (record["reporter"], record["sales_supervisor"]) == ("蒋立强", "葛红梅")


def test_a_machines_serial_number_typed_as_a_number_is_its_lot_as_text(service_report: dict) -> None:
    assert service_report["record"]["lot_no"] == "20250917088"
    assert not field_codes(service_report, "lot_no")


def test_a_copies_note_beside_the_form_code_makes_it_the_blanks_control_line(service_report: dict) -> None:
    """``表单编号：FS-QR-11　本表一式三联…``: the template's code, never the report's number (服务单号)."""
    assert service_report["record"]["number"] == "SR-2609-0412"
    assert not field_codes(service_report, "number")


# ------------------------------------------------------------------ a dealer's 三包索赔单
def test_a_dealers_warranty_claim_in_chinese_names_the_dealer_the_machine_and_its_serial(tmp_path) -> None:
    rows: list[list[Any]] = [
        ["三包索赔单"],
        ["索赔单号", "SB-2609-077", "索赔日期", "2026-09-22"],
        ["经销商", "山西晋北农机销售有限公司", "整机型号", "LX-904"],
        ["出厂编号", "2025-11", "故障件数量", "1 件"],
        ["索赔类别", "质量", "索赔金额(元)", "1,240.00"],
        ["故障描述", "变速箱异响，挂挡困难。"],
        ["索赔要求", "更换"],
        ["填报人", "白晓东", "区域经理", "常青"],
    ]
    doc = read_doc(sheet_from_rows(tmp_path, rows, width=WIDTH))
    record = doc["record"]
    assert doc["kind"] == "complaint"
    assert (record["received_date"], record["customer"], record["part_no"]) == (
        "2026-09-22",
        "山西晋北农机销售有限公司",
        "LX-904",
    )
    assert (record["lot_no"], record["defect_qty"], record["complaint_type"]) == ("2025-11", 1, "quality")
    assert (record["description"], record["customer_request"]) == ("变速箱异响，挂挡困难。", ["replacement"])
    assert (record["loss_amount"], record["sales_supervisor"]) == ("1240.00", "常青")


def test_the_machines_model_is_the_part_and_the_failed_parts_number_no_field(tmp_path) -> None:
    rows: list[list[Any]] = [
        ["WARRANTY CLAIM"],
        ["Claim No.", "WC-9921", "Claim date", "2026-09-18"],
        ["Dealer", "Lakeside Pump Service Inc.", "Machine model", "CP-22H"],
        ["Serial No.", "CP22H-2507-0114", "Failed part No.", "MS-22/031"],
        ["Failure description", "Mechanical seal leaks after 900 h."],
        ["Dealer request", "Replacement"],
        ["Submitted by", "Ray Holt", "Service manager", "Nina Patel"],
    ]
    doc = read_doc(sheet_from_rows(tmp_path, rows, width=WIDTH), "complaint")
    record = doc["record"]
    assert (record["part_no"], record["lot_no"]) == ("CP-22H", "CP22H-2507-0114")
    assert not field_codes(doc, "part_no")
    assert (record["description"], record["customer_request"]) == (
        "Mechanical seal leaks after 900 h.",
        ["replacement"],
    )
    assert (record["reporter"], record["sales_supervisor"]) == ("Ray Holt", "Nina Patel")


def test_a_portals_submitted_is_the_date_and_submitted_by_the_reporter(tmp_path) -> None:
    rows: list[list[Any]] = [
        ["Dealer claim"],
        ["Claim No.", "DC-3310"],
        ["Submitted", "2026-09-25"],
        ["Dealer", "Harbor Motors LLC"],
        ["Requested", "Replacement"],
        ["Submitted by", "Lee Moss"],
    ]
    record = read_doc(sheet_from_rows(tmp_path, rows, width=WIDTH), "complaint")["record"]
    assert (record["received_date"], record["customer_request"], record["reporter"]) == (
        "2026-09-25",
        ["replacement"],
        "Lee Moss",
    )


def test_a_warranty_applications_number_and_date_are_the_complaints(tmp_path) -> None:
    rows: list[list[Any]] = [
        ["保固申請表"],
        ["申請單號", "WA-0926-03", "申請日期", "2026-09-26"],
        ["客戶名稱", "嘉義精工有限公司", "機台序號", "K12-2508-044"],
        ["故障描述", "油壓單元壓力不穩。"],
    ]
    record = read_doc(sheet_from_rows(tmp_path, rows, width=WIDTH), "complaint")["record"]
    assert (record["number"], record["received_date"], record["lot_no"]) == (
        "WA-0926-03",
        "2026-09-26",
        "K12-2508-044",
    )
    assert record["description"] == "油壓單元壓力不穩。"


# ------------------------------------------------------------------ field failure 8Ds, returns of machines
def _eightd(tmp_path, model: str, qty_label: str) -> dict:
    rows: list[list[Any]] = [
        ["8D Report"],
        ["8D No.", "8D-FF-7730", "Date opened", "2026-09-10"],
        ["Customer", "Oster Bottling AG", "Customer complaint No.", "OB-7730"],
        ["机型", model, qty_label, "4 units"],
        ["D2 Problem description", "Pump loses pressure after 1,100 h."],
    ]
    return read_doc(sheet_from_rows(tmp_path, rows, width=WIDTH), "8d")


def test_a_field_failure_8ds_qty_failed_is_the_quantity_complained(tmp_path) -> None:
    assert _eightd(tmp_path, "HPX-40", "Qty failed")["record"]["problem"]["qty_complained"] == 4


def test_an_8ds_machine_model_is_the_part_over_a_code_only(tmp_path) -> None:
    for sub in ("code", "name"):
        (tmp_path / sub).mkdir()
    assert _eightd(tmp_path / "code", "HPX-40", "Qty failed")["record"]["part_no"] == "HPX-40"
    assert _eightd(tmp_path / "name", "螺杆空压机", "Qty failed")["record"]["part_no"] is None


def test_a_return_of_machines_lists_them_by_their_model(tmp_path) -> None:
    rows: list[list[Any]] = [
        ["退貨單"],
        ["退貨單號", "RN-0930-2", "退貨日期", "2026-09-30"],
        ["客戶", "竹北冷凍有限公司", "客訴單號", "CC-0921-5"],
        ["機型", "品名", "核准數量", "實退數量", "單價", "金額"],
        ["WH-9K", "熱泵主機", 1, 1, 38000, 38000],
        ["處理方式", "換貨"],
    ]
    record = read_doc(sheet_from_rows(tmp_path, rows, width=WIDTH), "return")["record"]
    assert (record["items"][0]["part_no"], record["items"][0]["part_name"]) == ("WH-9K", "熱泵主機")


def test_a_dealers_credit_memo_names_the_dealer_the_buyer(tmp_path) -> None:
    rows: list[list[Any]] = [
        ["CREDIT MEMO"],
        ["Credit Memo No.", "CM-4410", "Date", "2026-10-02"],
        ["Dealer", "Harbor Motors LLC", "Dealer tax ID", "41-7788120"],
        ["Invoice No.", "INV-55871", "Claim No.", "DC-3310"],
    ]
    record = read_doc(sheet_from_rows(tmp_path, rows, width=WIDTH), "allowance")["record"]
    assert (record["buyer"], record["buyer_tax_id"]) == ("Harbor Motors LLC", "41-7788120")
