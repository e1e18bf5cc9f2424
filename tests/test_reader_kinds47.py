"""The kind of a clerk's file decided one way, from the forms' own words (issue 10 item 7, kinds47):
a title naming two forms (``GOODS RETURN / DEBIT NOTE``) lets the labels decide and is said; the
general words of a claim and a letter's subject line come from the letter reader's set phrases
(one source, ``Betreff:`` / ``Objet :`` read); a deduction is a complaint or an allowance as its
title and labels say; a title's place is counted in the printed rows of its own sheet; a form
heading its sheet with an 8D's steps below is that form, the second form said. Small workbooks
built here, titles and labels made up in the customers' habits."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from test_reader_kinds import workbook
from test_reader_kinds46 import COMPLAINT_ROWS, read, warned

from kesu_docs.forms import titles
from kesu_docs.parse.kinds import _ahead, _forms_in_title, _names_complaint

# a return's own labels (退货数量, 退货原因, 处理方式: no other form reads them)
RETURN_ROWS = [
    ("Return No.", "RT-26-0311", "Issued", "2026-11-21"),
    ("Customer", "Nordwind Armaturen GmbH", "Customer complaint no.", "QC-2611-090"),
    ("Return Qty", "240 pcs", "Reason for return", "Thread galling on assembly"),
    ("Disposition", "Rework"),
]
# an allowance's own labels (买受人, 折让金额, 原发票号码)
ALLOWANCE_ROWS = [
    ("单号", "ZR-2611-018", "开立日期", "2026-11-22"),
    ("买受人", "东莞宏达电子有限公司", "统一编号", "91441900MA4W7B2X36"),
    ("原发票号码", "44001234567890123456", "原发票日期", "2026-10-30"),
    ("折让金额", "3,600.00", "税额", "468.00"),
]


def test_a_title_naming_two_forms_is_read_as_the_one_its_labels_name_and_said(tmp_path: Path) -> None:
    # "Debit Note" alone was taken: the allowance, nothing said, the return's number and counts lost
    doc = read(workbook(tmp_path, [("RETURN / DEBIT NOTE",), *RETURN_ROWS]))
    assert doc["kind"] == "return"
    [said] = warned(doc, "kind_title_two_forms")
    assert "RETURN / DEBIT NOTE" in said and "labels" in said
    assert doc["record"]["number"] == "RT-26-0311"


def test_the_same_two_forms_title_over_an_allowances_labels_is_an_allowance(tmp_path: Path) -> None:
    doc = read(workbook(tmp_path, [("退货及折让单",), *ALLOWANCE_ROWS], "zh.xlsx"), "zh")
    assert doc["kind"] == "allowance"
    [said] = warned(doc, "kind_title_two_forms")
    assert "退货及折让单" in said and "依栏位" in said


def test_a_two_forms_title_over_no_forms_labels_is_the_first_it_names_and_said(tmp_path: Path) -> None:
    doc = read(
        workbook(tmp_path, [("Goods Return / Credit Memo",), ("Date", "2026-11-21"), ("Remarks", "see mail")])
    )
    assert doc["kind"] == "return"
    [said] = warned(doc, "kind_title_two_forms")
    assert "first it names" in said


def test_one_title_with_a_slash_or_a_joining_word_names_one_form() -> None:
    named = tuple(titles())
    assert _forms_in_title("GOODS RETURN / DEBIT NOTE", named) == ["return", "allowance"]
    assert _forms_in_title("QUALITY CLAIM / CREDIT NOTE", named) == [
        "",
        "allowance",
    ]  # "": a claim, generally
    one_form = (
        "纠正/预防措施处理单",  # a slash inside one title
        "客户抱怨处理单/表",
        "营业人销货退回进货退出或折让证明单",
        "銷貨退回或折讓證明單（電商平台客訴補償）",  # that title shortened, its parts in its order
        "銷貨退回及折讓證明單",
        "Problem Report and Resolution",
        "RECLAMO CLIENTE / CUSTOMER COMPLAINT",  # one title in two languages
        "FORMULIR KELUHAN PELANGGAN / CUSTOMER COMPLAINT FORM",
    )
    for one in one_form:
        assert len(_forms_in_title(one, named)) < 2, one


def test_an_8d_named_beside_the_complaint_it_answers_is_the_8d(tmp_path: Path) -> None:
    rows = [
        ("客诉/8D报告",),
        ("D1 小组成员", "质量部 王强"),
        ("D2 问题描述", "轴承异响"),
        ("D4 根本原因", "注脂量不足"),
        ("D5 永久对策", "更换计量泵"),
    ]
    doc = read(workbook(tmp_path, rows), "zh")
    assert doc["kind"] == "8d"
    assert not warned(doc, "kind_title_two_forms")


def test_a_letters_subject_in_german_or_french_names_a_complaint(tmp_path: Path) -> None:
    for n, subject in enumerate(("Betreff: Reklamation Glasschirme", "Objet : réclamation abat-jour cassés")):
        rows = [
            ("HARBOUR LIGHT TRADING CO.",),
            ("Ref No.:", "HLT/QA/26/051"),
            ("Date:", "02/12/2026"),
            (subject,),
            ("Product:", "Glass pendant shade"),
            ("Invoice No.:", "NSL-INV-26118"),
            ("Qty Supplied:", "1,200 pcs"),
            ("Qty Faulty:", "84 pcs"),
            ("Complaint Details:", "Shades cracked in the cartons, packing too loose."),
        ]
        doc = read(workbook(tmp_path, rows, f"s{n}.xlsx"))
        assert doc["kind"] == "complaint", subject
        [said] = warned(doc, "kind_title_general")
        assert subject in said


def test_a_deduction_notice_is_a_complaint_and_a_deduction_from_an_invoice_an_allowance(
    tmp_path: Path,
) -> None:
    # a 扣款单 names a claim only, whoever writes it: a supermarket's 质量扣款单 over a defect and its
    # cause is a complaint, a prime contractor's or an outsourcer's with lines and totals an allowance
    # (holdout56, holdout57, holdout66): the labels decide, and the clerk is told so
    doc = read(workbook(tmp_path, [("质量扣款单",), *COMPLAINT_ROWS], "q.xlsx"), "zh")
    assert doc["kind"] == "complaint"
    assert warned(doc, "kind_title_general")
    rows = [
        ("外协扣款单",),
        ("扣款单号", "ZK-2612-011", "开单日期", "2026-12-04"),
        ("扣款单位", "昆山精锐五金有限公司", "税号", "91320583MA1P7L2K97"),
        ("对应发票号", "32002600000052219902"),
        ("扣款项目", "数量", "单价", "扣款金额", "税额"),
        ("返工工时", "16", "75", "1200", "156"),
        ("不含税合计", "", "", "1200"),
        ("税额", "", "", "156"),
        ("扣款总额", "", "", "1356"),
    ]
    doc = read(workbook(tmp_path, rows, "a.xlsx"), "zh")
    assert doc["kind"] == "allowance"
    assert warned(doc, "kind_title_general")
    # the words lean where the complaint sheet's titles hold them (Customer Claim), 扣款 nowhere
    assert _names_complaint("claim") and not _names_complaint("扣款") and not _names_complaint("索赔")


# a claim's labels (three of the complaint sheet's own, two of the 8D's) under a return's name
CLAIM_ROWS = [
    ("Category", "Appearance"),
    ("Return Note",),
    ("Claim No.", "C-2611-7"),
    ("Customer", "Harbour Fittings"),
    ("Part No.", "HF-220"),
    ("Defect Qty", "4"),
    ("Defect Description", "Cracked housing"),
    ("Ship Qty", "100"),
    ("Complaint Date", "2026-11-04"),
]


def test_a_title_at_the_top_of_its_own_sheet_is_counted_there_not_after_a_cover_sheet(tmp_path: Path) -> None:
    # the same title four rows down its own sheet is weighed against the labels (kinds46): the
    # complaint's, said
    low = read(
        workbook(tmp_path, [("Portal export",), ("Record ID", "88121"), ("Status", "Open"), *CLAIM_ROWS])
    )
    assert low["kind"] == "complaint"
    assert warned(low, "kind_title_overruled")
    # at the top of its own sheet after a cover sheet of five lines (once counted as place 5 of
    # the file, open to overruling) it heads its page and decides alone
    wb = Workbook()
    cover = wb.active
    cover.title = "Cover"
    for line in (
        "Harbour Fittings Ltd",
        "Quality Department",
        "Tel 0574-8800 1234",
        "Fax 0574-8800 1235",
        "Page 1/2",
    ):
        cover.append([line])
    form = wb.create_sheet("Form")
    for row in CLAIM_ROWS[1:]:
        form.append(list(row))
    path = tmp_path / "cover.xlsx"
    wb.save(path)
    doc = read(path)
    assert doc["kind"] == "return"
    assert not warned(doc, "kind_title_overruled")


def test_a_complaint_sheet_with_a_short_8d_below_is_the_complaint_the_8d_said(tmp_path: Path) -> None:
    rows = [
        ("客诉处理单（含简易8D）",),
        *COMPLAINT_ROWS,
        ("8D 简易报告",),
        ("D3 临时措施", "在库品隔离"),
        ("D4 根本原因", "电镀液温度失控"),
        ("D5 永久对策", "加装温控报警"),
        ("D6 效果确认", "连续三批合格"),
    ]
    doc = read(workbook(tmp_path, rows), "zh")
    assert doc["kind"] == "complaint"
    [said] = warned(doc, "kind_second_form")
    assert "客诉处理单（含简易8D）" in said and "8D" in said
    assert doc["record"]["defect_qty"] == 160
    # no title heading the page: the D-steps make it an 8D, guessed, as before
    bare = read(workbook(tmp_path, rows[1:], "bare.xlsx"), "zh")
    assert bare["kind"] == "8d"
    assert {w["code"] for w in bare["warnings"]} & {"kind_guessed"}


def test_one_rule_for_a_form_ahead_by_its_own_labels() -> None:
    assert _ahead({"complaint": 4, "8d": 2}, ratio=2) == "complaint"
    assert _ahead({"complaint": 3, "8d": 2}, ratio=2) is None
    assert _ahead({"complaint": 3, "8d": 2}) == "complaint"
    assert _ahead({"complaint": 3, "8d": 3}) is None
    assert _ahead({"complaint": 2, "8d": 0}) is None  # fewer than three
    assert (
        _ahead({"return": 1, "allowance": 0, "complaint": 5}, least=1, among=["return", "allowance"])
        == "return"
    )
