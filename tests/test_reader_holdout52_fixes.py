"""What the fifty-second held-out set showed the reader lacked (issue 10), each rule read on forms of our
own (values and wording not the set's).

- **A laboratory's test report is no complaint sheet**: read with ``--kind complaint`` (the customer sent
  the report as its evidence), its own number (``报告编号``) and its own date (``签发日期``) are the
  laboratory's — kept, and always said (``lab_report_own``) where the document is a test report: its
  title (``检测报告``, ``Test Report``), or a commissioning party (``委托单位``) beside a sample's receipt
  date (``收样日期``). A complaint sheet printing ``报告编号`` and ``签发日期`` is not touched.
- **Food and drink words**: ``临时处理`` (the short-term action), ``Lot code`` (the lot), ``零售商`` (the
  customer), a retailer's ``Notice ID`` (the complaint's number) and ``Article no.`` (the part, always
  warned: the retailer's number), a returned goods note's ``RGN No.``, a retailer's credit of ``Units`` at
  a ``Unit cost``.

Workbooks built here with openpyxl, a PDF drawn with fpdf2.
"""

from __future__ import annotations

from typing import Any

from helpers import field_codes, read_doc, sheet_from_rows, titled_lines_pdf

WIDTH = 26


def test_a_lab_reports_own_number_and_date_are_said_to_be_the_laboratorys(tmp_path) -> None:
    path = titled_lines_pdf(
        tmp_path / "report.pdf",
        "检 测 报 告",
        [
            ("报告编号：", "JC-2609-3317"),
            ("样品名称：", "冷冻水饺"),
            ("生产批号：", "B260901"),
            ("生产日期：", "2026-09-01"),
            ("签发日期：", "2026-09-18"),
            ("检测结果：", "菌落总数超标"),
        ],
    )
    doc = read_doc(path, "complaint")
    record = doc["record"]
    assert (record["number"], record["received_date"]) == ("JC-2609-3317", "2026-09-18")  # kept, as read
    assert "lab_report_own" in field_codes(doc, "number")
    assert "lab_report_own" in field_codes(doc, "received_date")
    assert record["production_date"] == "2026-09-01"
    assert "lab_report_own" not in field_codes(doc, "production_date")  # the product's date is no report's


def test_a_lab_report_without_a_title_is_told_by_its_client_and_sample_receipt(tmp_path) -> None:
    rows: list[list[Any]] = [
        ["报告编号", "WT-77-0415", "委托单位", "盒马鲜生上海公司"],
        ["样品名称", "鲜切水果拼盘", "生产日期", "2026-09-03"],
        ["收样日期", "2026-09-05", "签发日期", "2026-09-09"],
        ["检验结论", "大肠菌群不符合要求"],
    ]
    doc = read_doc(sheet_from_rows(tmp_path, rows, width=WIDTH), "complaint")
    assert doc["record"]["number"] == "WT-77-0415"
    assert "lab_report_own" in field_codes(doc, "number")
    assert doc["record"]["received_date"] is None or "lab_report_own" in field_codes(doc, "received_date")


def test_a_complaint_sheet_with_a_report_number_is_no_lab_report(tmp_path) -> None:
    rows: list[list[Any]] = [
        ["客户投诉报告"],
        ["报告编号", "KS-77-0102", "签发日期", "2026-09-12"],
        ["客户名称", "联华超市股份有限公司", "产品名称", "芝麻汤圆"],
        ["问题描述", "包装袋封口开裂，产品漏出。"],
    ]
    doc = read_doc(sheet_from_rows(tmp_path, rows, width=WIDTH), "complaint")
    assert doc["record"]["number"] == "KS-77-0102"
    assert "lab_report_own" not in {p["code"] for p in doc["warnings"]}


def test_a_food_complaint_names_its_retailer_and_what_was_done_at_once(tmp_path) -> None:
    rows: list[list[Any]] = [
        ["食品客诉登记表"],
        ["投诉编号", "FS-77-0931", "投诉日期", "2026-09-21"],
        ["零售商", "联华超市股份有限公司", "产品名称", "芝麻汤圆 400g"],
        ["批号", "T260905C", "投诉数量", "2 袋"],
        ["问题描述", "汤圆内有一根头发。"],
        ["临时处理", "同批库存封存，留样待检。"],
    ]
    record = read_doc(sheet_from_rows(tmp_path, rows, width=WIDTH), "complaint")["record"]
    assert record["customer"] == "联华超市股份有限公司"
    assert record["short_term_action"] == "同批库存封存，留样待检。"


def test_a_retailers_notice_names_its_id_lot_code_and_article(tmp_path) -> None:
    rows: list[list[Any]] = [
        ["SUPPLIER QUALITY NOTICE"],
        ["Notice ID", "SQN-77-1204", "Date raised", "2026-09-24"],
        ["Retailer", "Harbour Foodstores Ltd.", "Article no.", "ART-556120"],
        ["Article description", "Fruit yoghurt 4 x 125 g", "Lot code", "L260911B"],
        ["Issue", "Lids domed, product fermented."],
    ]
    doc = read_doc(sheet_from_rows(tmp_path, rows, width=WIDTH), "complaint")
    record = doc["record"]
    assert (record["number"], record["lot_no"]) == ("SQN-77-1204", "L260911B")
    assert record["part_no"] == "ART-556120"
    assert field_codes(doc, "part_no")  # the retailer's article number, not surely the maker's: said


def test_a_returned_goods_note_names_its_number(tmp_path) -> None:
    rows: list[list[Any]] = [
        ["RETURNED GOODS NOTE"],
        ["RGN No.", "RGN-77-0388", "Date", "2026-09-25"],
        ["Customer", "Coastline Drinks Ltd.", "Complaint ref.", "CC-77-0412"],
        ["SKU", "Description", "Qty authorised", "Qty returned", "Unit price", "Value"],
        ["LM-500-24", "Lemonade 500 ml x 24", "10", "10", "9.80", "98.00"],
        ["Reason for return", "Caps loose, bottles leaking."],
    ]
    record = read_doc(sheet_from_rows(tmp_path, rows, width=WIDTH), "return")["record"]
    assert (record["number"], record["complaint_number"]) == ("RGN-77-0388", "CC-77-0412")


def test_a_retailers_claim_credits_units_at_their_cost(tmp_path) -> None:
    rows: list[list[Any]] = [
        ["CREDIT NOTE"],
        ["Credit note no.", "CN-77-0207", "Date", "2026-09-28"],
        ["Customer", "Harbour Foodstores Ltd.", "Invoice no.", "INV-77-3310"],
        ["Description", "Units", "Unit cost", "Credit", "VAT"],
        ["Fruit yoghurt withdrawn", 240, 1.15, 276.0, 0.0],
        ["Net credit", "", "", 276.0],
    ]
    record = read_doc(sheet_from_rows(tmp_path, rows, width=WIDTH), "allowance")["record"]
    item = record["items"][0]
    assert (item["qty"], item["unit_price"]) == (240, "1.15")
