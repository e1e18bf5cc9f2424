"""What the fifty-fifth held-out set showed the reader lacked (issue 10), each rule read on forms of our
own (values and wording not the set's).

- **A cargo surveyor's report is a third party's paper**, as a laboratory's test report is: its own serial
  and date of issue (``签发日期``) are the surveyor's, said (``lab_report_own``) where its title says it is a
  检验报告 / 公估报告 / 查勘报告 / Survey Report — also with a page mark after the title (``（第 1 页）``,
  ``(Page 1 of 2)``), which does not make it another document.
- **A damage report's and a shortage claim's words**: ``Damage`` and ``Nature of loss`` (what was damaged, the
  complaint's description; a part's ``Description`` beside the part number then names the part), the pieces
  found damaged or short (``破损数量``, ``短少数量``, ``受损数量``, ``Qty damaged``, ``Short-shipped qty``) against the
  ``Invoiced qty``, a cargo claim's ``Claimant`` (the customer), the carrier's ``Consignee`` and an importer's
  ``Importer`` (the customer, read and warned: a warehouse or a forwarder as often), and on a return or an
  allowance the customer's receiving-exception sheet it follows (``原反馈单号``, ``異常通知單號``; not a bare
  ``反馈单号``, a complaint's own number as often).

Workbooks built here with openpyxl, a PDF drawn with fpdf2.
"""

from __future__ import annotations

from typing import Any

from helpers import field_codes, read_doc, sheet_from_rows, titled_lines_pdf

WIDTH = 26


def test_a_surveyors_report_with_a_page_mark_says_its_own_date_is_the_surveyors(tmp_path) -> None:
    path = titled_lines_pdf(
        tmp_path / "survey.pdf",
        "进口货物残损检验报告（第 1 页）",
        [
            ("报告编号：", "GS-2608-0417"),
            ("签发日期：", "2026-08-21"),
            ("收货人：", "宁波申洲塑胶有限公司"),
            ("品名：", "聚丙烯粒子 25kg/袋"),
            ("受损数量：", "36 袋"),
            ("残损情况：", "袋体破裂，粒子散落。"),
        ],
    )
    doc = read_doc(path, "complaint")
    record = doc["record"]
    assert record["received_date"] == "2026-08-21"  # kept as read, and said to be the surveyor's
    assert "lab_report_own" in field_codes(doc, "received_date")
    assert record["part_name"] == "聚丙烯粒子 25kg/袋"
    assert record["defect_qty"] == 36


def test_a_complaint_sheet_titled_with_a_page_mark_is_no_report(tmp_path) -> None:
    path = titled_lines_pdf(
        tmp_path / "sheet.pdf",
        "客户投诉处理单（第 1 页）",
        [
            ("投诉编号：", "KS-2608-055"),
            ("受理日期：", "2026-08-19"),
            ("客户名称：", "宁波申洲塑胶有限公司"),
            ("不良描述：", "袋体破裂 36 袋。"),
        ],
    )
    doc = read_doc(path, "complaint")
    assert doc["record"]["received_date"] == "2026-08-19"
    assert "lab_report_own" not in field_codes(doc, "received_date")


def test_a_damage_row_is_the_description_and_the_parts_description_its_name(tmp_path) -> None:
    rows: list[list[Any]] = [
        ["Report No.", "DMG-0831-07", "Date Received", "2026-08-31"],
        ["Customer PO", "PO-77120", "Carrier", "Kuehne + Nagel"],
        ["Part No.", "TB-4410-02", "Description", "Aluminium tray 40x30"],
        ["Qty Shipped", "600 pcs", "Qty Damaged", "45 pcs"],
        ["Damage", "Trays bent at the rim after the pallet tipped over."],
    ]
    record = read_doc(sheet_from_rows(tmp_path, rows, width=WIDTH), "complaint")["record"]
    assert record["description"] == "Trays bent at the rim after the pallet tipped over."
    assert record["part_name"] == "Aluminium tray 40x30"
    assert (record["ship_qty"], record["defect_qty"]) == (600, 45)


def test_a_cargo_claims_claimant_and_nature_of_loss(tmp_path) -> None:
    rows: list[list[Any]] = [
        ["Notice No.", "CN-0902-3", "Notice Date", "2026-09-02"],
        ["Claimant", "Helvetia Tools AG", "Part No.", "HT-880-1"],
        ["Shipped qty", "1,000 pcs", "Short-shipped qty", "120 pcs"],
        ["Nature of loss", "One carton missing from the pallet on arrival."],
    ]
    record = read_doc(sheet_from_rows(tmp_path, rows, width=WIDTH), "complaint")["record"]
    assert record["customer"] == "Helvetia Tools AG"
    assert record["defect_qty"] == 120
    assert record["description"] == "One carton missing from the pallet on arrival."


def test_a_receiving_exception_sheets_short_count(tmp_path) -> None:
    rows: list[list[Any]] = [
        ["收货异常反馈单"],
        ["反馈单号", "YC-0903-11", "反馈日期", "2026-09-03"],
        ["客户名称", "杭州朗格家电有限公司", "物料编码", "5.01.22.0031"],
        ["发货数量", "2,000 个", "短少数量", "150 个"],
        ["异常描述", "实收少一箱。"],
    ]
    record = read_doc(sheet_from_rows(tmp_path, rows, width=WIDTH), "complaint")["record"]
    assert (record["ship_qty"], record["defect_qty"]) == (2000, 150)


def test_a_return_follows_the_customers_feedback_sheet(tmp_path) -> None:
    rows: list[list[Any]] = [
        ["退货单"],
        ["退货单号", "TH-0905-2", "退货日期", "2026-09-05"],
        ["客户", "杭州朗格家电有限公司", "原反馈单号", "YC-0903-11"],
        ["物料编码", "物料名称", "申请数", "实退数"],
        ["5.01.22.0031", "电机支架", "20", "20"],
    ]
    record = read_doc(sheet_from_rows(tmp_path, rows, width=WIDTH), "return")["record"]
    assert record["complaint_number"] == "YC-0903-11"


def test_an_importers_claim_names_the_customer_with_a_warning(tmp_path) -> None:
    rows: list[list[Any]] = [
        ["Claim No.", "SC-0907-4", "Claim Date", "2026-09-07"],
        ["Importer", "Baltic Home Oy", "Item Code", "BH-220-7"],
        ["Invoiced qty", "5,000 pcs", "Short-shipped qty", "400 pcs"],
    ]
    doc = read_doc(sheet_from_rows(tmp_path, rows, width=WIDTH), "complaint")
    assert doc["record"]["customer"] == "Baltic Home Oy"
    assert field_codes(doc, "customer")  # read, and said: the importer is the customer as often as not
    assert (doc["record"]["ship_qty"], doc["record"]["defect_qty"]) == (5000, 400)
