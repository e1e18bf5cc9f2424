"""What the forty-ninth held-out set showed the reader lacked (issue 10), each rule read on forms
of our own (values and wording not the set's).

- **Doors and windows are counted by the frame (樘), labels by the label**: ``24 樘`` is 24, ``30,000
  labels (8 rolls)`` is 30000 with its rolls a bracketed note (warned) — count words, rows of the one
  table (kesu_docs/parse/count_words.py).
- **A building site's and a packaging buyer's words**: a 工程质量问题反馈单's 反馈单号 (its number), 施工单位
  (the contractor complaining: read, and always warned — the site's owner buys at times), 返工费用 (the
  loss); a contractor's letter (函): 函号, 发函单位 (the sender, the customer), 问题情况, 我方要求; a printer's
  跟单员 (the reporter), a regional sales manager 区域经理; a brand's portal or SCAR: Case ID, Brand owner,
  Item description / Component (the name), Lot size (the lot delivered), SKU / Component code (the brand's
  own code: read only alone, and warned); a credit note's SCAR ref. (the complaint it settles); a
  Taiwanese 8D's D7 防止再發.
- **A sentence is no label**: a step's text that explains an abbreviation in brackets (``全数均质处理（HST）
  后出货。``) is a value — its bracketed word no label's translation — since a label ends in no sentence's
  full stop.

Workbooks built here with openpyxl, a PDF drawn with fpdf2.
"""

from __future__ import annotations

from typing import Any

import pytest
from helpers import cjk_pdf, field_codes, read_doc, sheet_from_rows

from kesu_docs.parse.vocab import label_like

WIDTH = 22


# ------------------------------------------------------------------ counts in 樘 and in labels
def test_windows_counted_by_the_frame_are_a_count(tmp_path) -> None:
    rows: list[list[Any]] = [
        ["8D 报告"],
        ["报告编号", "8D-MW-0412", "开立日期", "2026-10-12"],
        ["客户", "苏州城建第二工程有限公司", "投诉编号", "TS-MW-0930"],
        ["产品型号", "PW-60-1209", "投诉数量", "24 樘"],
        ["D2 问题描述", "推拉窗下滑轨积水，渗入室内。"],
    ]
    record = read_doc(sheet_from_rows(tmp_path, rows, width=WIDTH), "8d")["record"]
    assert record["problem"]["qty_complained"] == 24


def test_labels_with_their_rolls_beside_are_counted_in_labels(tmp_path) -> None:
    rows: list[list[Any]] = [
        ["8D REPORT"],
        ["8D No.", "8D-PR-7731", "Date opened", "2026-10-02"],
        ["Customer", "Fjord Dairy AS", "Complaint ref.", "CR-26-7710"],
        ["Part No.", "LB-2201-NO", "Qty complained", "30,000 labels (8 rolls)"],
        ["D2 Problem", "Barcode printed too light to scan."],
    ]
    doc = read_doc(sheet_from_rows(tmp_path, rows, width=WIDTH), "8d")
    assert doc["record"]["problem"]["qty_complained"] == 30000
    assert field_codes(doc, "problem.qty_complained")  # the rolls in brackets: a note, said


# ------------------------------------------------------------------ a building site's feedback
@pytest.fixture(scope="module")
def site_feedback(tmp_path_factory: pytest.TempPathFactory) -> dict:
    rows: list[list[Any]] = [
        ["工程质量问题反馈单"],
        ["反馈单号", "FK-BH-1007", "反馈日期", "2026-10-07"],
        ["项目名称", "滨湖花园三期", "施工单位", "江苏华建建设有限公司"],
        ["合同编号", "HT-FS-0911", "产品名称", "自粘聚合物改性沥青防水卷材"],
        ["生产批次", "ZN260915-3", "供货数量", "160 卷"],
        ["不良数量", "22 卷", "返工费用(元)", "9,840.00"],
        ["问题描述", "卷材自粘层粘结不牢，雨后大面积起鼓。"],
        ["处理要求", "返工"],
        ["跟单员", "唐晓燕", "区域经理", "彭国庆"],
    ]
    return read_doc(sheet_from_rows(tmp_path_factory.mktemp("site"), rows, width=WIDTH), "complaint")


def test_a_sites_feedback_sheet_names_its_number_customer_and_rework_cost(site_feedback: dict) -> None:
    record = site_feedback["record"]
    assert (record["number"], record["customer"], record["loss_amount"]) == (
        "FK-BH-1007",
        "江苏华建建设有限公司",
        "9840.00",
    )
    assert (record["ship_qty"], record["defect_qty"]) == (160, 22)


def test_the_contractor_is_the_customer_only_with_a_word(site_feedback: dict) -> None:
    assert field_codes(site_feedback, "customer")  # 施工单位: the site's owner may have bought it


def test_a_printers_merchandiser_and_a_regional_manager_sign_the_sheet(site_feedback: dict) -> None:
    record = site_feedback["record"]
    assert (record["reporter"], record["sales_supervisor"]) == ("唐晓燕", "彭国庆")


def test_a_contractors_letter_is_a_complaint(tmp_path) -> None:
    pdf = cjk_pdf()
    pdf.add_page()
    pdf.set_font("cjk", size=12)
    pdf.text(45, 18, "关于滨湖花园外墙砖空鼓问题的函")
    pdf.set_font("cjk", size=9)
    lines = [("函号", "滨建函〔2026〕031号"), ("日期", "2026年10月9日"), ("发函单位", "江苏华建建设有限公司"),
             ("合同编号", "HT-CZ-0822"), ("产品名称", "外墙通体砖"), ("供货数量", "1,200 箱"), ("问题数量", "85 箱"),
             ("问题情况", "6#楼外墙砖铺贴后空鼓脱落。"), ("我方要求", "更换")]  # fmt: skip
    for i, (label, value) in enumerate(lines):
        pdf.text(15, 32 + 8 * i, label + "：")
        pdf.text(45, 32 + 8 * i, value)
    path = tmp_path / "letter.pdf"
    pdf.output(str(path))
    doc = read_doc(path)
    assert doc["kind"] == "complaint"
    record = doc["record"]
    assert (record["customer"], record["ship_qty"], record["defect_qty"]) == (
        "江苏华建建设有限公司",
        1200,
        85,
    )
    assert (record["description"], record["customer_request"]) == (
        "6#楼外墙砖铺贴后空鼓脱落。",
        ["replacement"],
    )


# ------------------------------------------------------------------ a brand's packaging complaint
def test_a_brands_portal_case_names_its_number_brand_item_and_lot(tmp_path) -> None:
    rows: list[list[Any]] = [
        ["Supplier Quality Portal — Complaint"],
        ["Case ID", "CASE-7781204", "Created", "2026-10-14"],
        ["Brand owner", "Alpine Bottling GmbH", "PO No.", "4500990112"],
        ["Part No.", "SLV-0331", "Item description", "Shrink sleeve 1.5 l"],
        ["Lot size", 25000, "Qty rejected", 1800],
        ["Description", "Sleeve splits at the seam in the tunnel."],
        ["Requested action", "Replacement"],
    ]
    record = read_doc(sheet_from_rows(tmp_path, rows, width=WIDTH), "complaint")["record"]
    assert (record["number"], record["customer"], record["part_name"]) == (
        "CASE-7781204",
        "Alpine Bottling GmbH",
        "Shrink sleeve 1.5 l",
    )
    assert (record["ship_qty"], record["defect_qty"]) == (25000, 1800)


def test_a_brands_own_code_is_the_part_only_alone_and_warned(tmp_path) -> None:
    rows: list[list[Any]] = [
        ["SUPPLIER CORRECTIVE ACTION REQUEST"],
        ["SCAR No.", "SC-26-0707", "Date issued", "2026-10-15"],
        ["Customer", "Alpine Bottling GmbH", "PO No.", "4500990119"],
        ["Component code", "PK-7301", "Component", "Carrier tray 6-pack"],
        ["Lot size (pcs)", 12000, "Qty rejected (pcs)", 700],
        ["Nonconformance", "Tray glue flap open."],
        ["Disposition requested", "Replacement"],
    ]
    doc = read_doc(sheet_from_rows(tmp_path, rows, width=WIDTH), "complaint")
    assert (doc["record"]["part_no"], doc["record"]["part_name"]) == ("PK-7301", "Carrier tray 6-pack")
    assert field_codes(doc, "part_no")  # the brand's code, not ours: said


def test_a_credit_note_names_the_scar_it_settles(tmp_path) -> None:
    rows: list[list[Any]] = [
        ["CREDIT NOTE"],
        ["Credit Note No.", "CN-77-0031", "Date", "2026-10-20"],
        ["Bill to", "Alpine Bottling GmbH", "VAT No.", "ATU12345678"],
        ["Invoice No.", "EX-77-0930", "SCAR ref.", "SC-26-0707"],
        ["Description", "Qty", "Unit price", "Amount", "Tax"],
        ["Carrier tray 6-pack, glue flap open", 700, "0.40", "280.00", "0.00"],
        ["Total", None, None, "280.00"],
    ]
    record = read_doc(sheet_from_rows(tmp_path, rows, width=WIDTH), "allowance")["record"]
    assert record["complaint_number"] == "SC-26-0707"


# ------------------------------------------------------------------ a sentence is no label
def test_a_sentence_explaining_an_abbreviation_is_no_label() -> None:
    assert not label_like("全数均质处理（HST）后出货。")
    assert not label_like("出货前全部做热浸测试（HST）。")
    assert label_like("税额（HST）")  # a label with its translation in brackets stays one


def test_a_taiwanese_8ds_steps_with_an_abbreviation_and_a_prevention(tmp_path) -> None:
    pdf = cjk_pdf()
    pdf.add_page()
    pdf.set_font("cjk", size=9)
    lines = [("報告號碼", "8D-GL-7702"), ("立案日期", "2026/10/03"), ("客戶名稱", "聯嘉營造股份有限公司"),
             ("品號", "TG-10-2418"), ("D2 問題說明", "安裝後自爆 6 片。"), ("D5 永久對策", "改用低鐵玻璃並全數熱浸（HST）。"),
             ("D7 防止再發", "其他產線比照辦理。")]  # fmt: skip
    for i, (label, value) in enumerate(lines):
        pdf.text(15, 30 + 9 * i, label + "：")
        pdf.text(48, 30 + 9 * i, value)
    path = tmp_path / "glass8d.pdf"
    pdf.output(str(path))
    record = read_doc(path, "8d")["record"]
    assert record["corrective_actions"][0]["action"] == "改用低鐵玻璃並全數熱浸（HST）。"
    assert record["prevention"]["horizontal_deployment"] == "其他產線比照辦理。"
