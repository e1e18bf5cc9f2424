"""What round 41's held-out sets left open in the reader (issue 10: a wrong value always carries an
error or a warning on its field), each on a small file built here:

- **A weight typed in a whole-quantity column** (``23.456`` tons beside ``单价 300.00`` and ``金额
  7,036.80``): the line's amount proves the point a decimal point, so the figure is no count of
  thousands — an error (``invalid_qty``) quoting what was typed, never 23456 read and only warned.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers import cjk_pdf, field_codes, read_doc, sheet_from_rows

WIDTH = 22

RETURN_HEAD: list[list[Any]] = [
    ["退货单"],
    ["退货单号", "TH-2611-031"],
    ["退货日期", "2026-11-20"],
    ["客户", "江苏恒锐汽车零部件有限公司"],
    ["物料编码", "品名", "实退重量(吨)", "单价(元/吨)", "金额(元)"],
]


def _return_rows(weight: str, price: str, amount: str) -> list[list[Any]]:
    return [
        *RETURN_HEAD,
        ["HR-SPHC-2012", "热轧酸洗钢卷", weight, price, amount],
        ["退货原因", "屈服强度不合格"],
    ]


def _return_pdf(tmp_path: Path, weight: str, price: str, amount: str) -> Path:
    pdf = cjk_pdf()
    pdf.add_page()
    pdf.set_font("cjk", size=14)
    pdf.cell(0, 10, "退货单", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("cjk", size=10)
    for caption, value in (
        ("退货单号：", "TH-2611-031"),
        ("退货日期：", "2026-11-20"),
        ("客户：", "江苏恒锐汽车零部件有限公司"),
    ):
        pdf.cell(30, 9, caption)
        pdf.cell(0, 9, value, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    widths = (34, 34, 36, 36, 36)
    for row in (RETURN_HEAD[-1], ["HR-SPHC-2012", "热轧酸洗钢卷", weight, price, amount]):
        for w, text in zip(widths, row, strict=True):
            pdf.cell(w, 9, text, border=1)
        pdf.ln(9)
    pdf.ln(4)
    pdf.cell(30, 9, "退货原因：")
    pdf.cell(0, 9, "屈服强度不合格", new_x="LMARGIN", new_y="NEXT")
    path = tmp_path / "return.pdf"
    pdf.output(str(path))
    return path


# ------------------------------------------------------------------ a weight in a whole quantity
@pytest.mark.parametrize("made", ["pdf", "xlsx"])
def test_a_weight_the_lines_amount_proves_is_an_error_quoting_it(tmp_path: Path, made: str) -> None:
    args = ("23.456", "4,850.00", "113,761.60")
    path = (
        _return_pdf(tmp_path, *args)
        if made == "pdf"
        else sheet_from_rows(tmp_path, _return_rows(*args), width=WIDTH)
    )
    doc = read_doc(path, "return")
    row = doc["record"]["items"][0]
    assert row["qty_returned"] is None
    [error] = [
        p for p in doc["errors"] if p["field"] == "items[0].qty_returned" and p["code"] == "invalid_qty"
    ]
    assert "23.456" in error["message"]
    assert "ambiguous_thousands" not in field_codes(doc, "items[0].qty_returned")


def test_a_point_the_line_proves_a_thousands_separator_is_read_and_said(tmp_path: Path) -> None:
    # 24.000 pcs × 1.50 = 36,000.00: the point groups thousands (the line says so), read and said as before
    path = sheet_from_rows(tmp_path, _return_rows("24.000", "1.50", "36,000.00"), width=WIDTH)
    doc = read_doc(path, "return")
    assert doc["record"]["items"][0]["qty_returned"] == 24000
    assert "ambiguous_thousands" in field_codes(doc, "items[0].qty_returned")


def test_a_point_no_line_proves_stays_said_as_thousands(tmp_path: Path) -> None:
    # no amount on the line: nothing proves the point either way — read as thousands, said (as before)
    path = sheet_from_rows(tmp_path, _return_rows("23.456", "", ""), width=WIDTH)
    doc = read_doc(path, "return")
    assert doc["record"]["items"][0]["qty_returned"] == 23456
    assert "ambiguous_thousands" in field_codes(doc, "items[0].qty_returned")


# ------------------------------------------------------------------ classes graded by their legend
COMPLAINT: list[list[Any]] = [
    ["药品质量投诉登记表"],
    ["投诉编号", "YPTS-2611-005", "投诉日期", "2026-11-18"],
    ["投诉单位", "康泰大药房连锁有限公司", "药品名称", "阿莫西林胶囊"],
    ["批号", "20261105", "投诉数量", "12"],
    ["投诉内容", "铝塑板内个别胶囊破裂，药粉外漏。"],
]


def _complaint(tmp_path: Path, classes: str) -> dict[str, Any]:
    rows = [*COMPLAINT, ["投诉类别", classes]]
    return read_doc(sheet_from_rows(tmp_path, rows, width=WIDTH), "complaint")


@pytest.mark.parametrize(
    ("classes", "grade"),
    [
        ("☐A类（严重）　☑B类（主要）　☐C类（一般）", "important"),
        ("☑A类(严重) ☐B类(主要) ☐C类(一般)", "major"),
        ("☐I级（重大） ☐II级（重要） ☑III级（一般）", "general"),
    ],
)
def test_classes_graded_by_their_legend_are_the_severity(tmp_path: Path, classes: str, grade: str) -> None:
    doc = _complaint(tmp_path, classes)
    assert doc["record"]["severity"] == grade
    assert "low_confidence" in field_codes(doc, "severity")  # (read by the legend, not by the label: said)
    assert doc["record"]["complaint_type"] is None


def test_a_class_letter_with_no_legend_stays_refused(tmp_path: Path) -> None:
    # ☑B类 alone: nothing says what the classes grade — the label's field refuses it, never a guess
    doc = _complaint(tmp_path, "☐A类　☑B类　☐C类")
    assert doc["record"]["severity"] is None
    assert "invalid_choice" in field_codes(doc, "complaint_type")


def test_classes_whose_legend_names_the_labels_own_options_stay_its_own(tmp_path: Path) -> None:
    doc = _complaint(tmp_path, "☐A类（质量）　☑B类（交期）")
    assert doc["record"]["complaint_type"] == "non_quality"
    assert doc["record"]["severity"] is None


# ------------------------------------------------------------------ a customer's letter of complaint
LETTER_HEAD = ["St. Luke's University Hospital", "Department of Biomedical Engineering, 14 Harbour Road"]
LETTER_BODY = [
    "Date: 12 March 2026",
    "To: Customer Complaints, Meditech Consumables Co., Ltd.",
    "Our ref.: SLUH-BME-26-044",
    "Re: Product complaint",
    "Dear Sir or Madam,",
    "We wish to report a problem with infusion sets IS-20-150, lot L2601158, 3 sets affected.",
    "Description of the problem: On priming, the drip chamber cracked and fluid leaked. The sets were",
    "replaced before use; no patient was harmed.",
    "We request: replacement of the affected sets.",
    "Yours faithfully,",
]


def _letter(tmp_path: Path, head: list[str], body: list[str], signed: list[str]) -> Path:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    for line in [*head, "", *body, *signed]:
        pdf.cell(0, 7, line, new_x="LMARGIN", new_y="NEXT")
    path = tmp_path / "letter.pdf"
    pdf.output(str(path))
    return path


def test_a_letters_paragraph_under_a_long_label_is_read_whole(tmp_path: Path) -> None:
    # "Description of the problem:" (26 letters, a label we know whole) begins a paragraph wrapped
    # at the margin: its next line, going on in lower case, is the same sentence's end
    doc = read_doc(_letter(tmp_path, LETTER_HEAD, LETTER_BODY, ["Dr. Helen Shaw"]), "complaint")
    assert doc["record"]["description"] == (
        "On priming, the drip chamber cracked and fluid leaked. The sets were replaced before use; "
        "no patient was harmed."
    )


def test_a_paragraph_whose_sentence_ended_takes_no_next_line(tmp_path: Path) -> None:
    body = [
        line.replace(" The sets were", "") if line.startswith("Description") else line for line in LETTER_BODY
    ]
    body = [line for line in body if not line.startswith("replaced")]
    body.insert(7, "the sets are kept for collection.")  # (a line in lower case after a sentence ended)
    doc = read_doc(_letter(tmp_path, LETTER_HEAD, body, ["Dr. Helen Shaw"]), "complaint")
    assert doc["record"]["description"] == "On priming, the drip chamber cracked and fluid leaked."


def test_the_letterhead_of_a_letter_signed_by_a_person_is_the_customer(tmp_path: Path) -> None:
    doc = read_doc(
        _letter(tmp_path, LETTER_HEAD, LETTER_BODY, ["Dr. Helen Shaw", "Head of BME"]), "complaint"
    )
    assert doc["record"]["customer"] == "St. Luke's University Hospital"
    assert "low_confidence" in field_codes(doc, "customer")  # (from the letterhead, no label: said)


def test_a_letterhead_that_names_no_organisation_is_no_customer(tmp_path: Path) -> None:
    head = ["Quality notice", "Department of Biomedical Engineering, 14 Harbour Road"]
    doc = read_doc(_letter(tmp_path, head, LETTER_BODY, ["Dr. Helen Shaw"]), "complaint")
    assert doc["record"]["customer"] != "Quality notice"


# ------------------------------------------------------------------ 处理意见: a decision or a containment
@pytest.mark.parametrize(
    ("opinion", "field"),
    [
        ("同批在库药品暂停发货并复检外观。", "short_term_action"),  # what is done to the stock at once
        ("指导药店整改储存条件，同批抽检。", "short_term_action"),
        ("同意退回不良品，赔款按实际上门单据核算。", "negotiation_result"),  # a decision on the claim
        ("接受客户意见，同批库存隔离复检。", "negotiation_result"),  # both: the decision's (no guess between)
    ],
)
def test_an_opinion_written_out_goes_by_what_it_says(tmp_path: Path, opinion: str, field: str) -> None:
    rows = [*COMPLAINT, ["处理意见", opinion]]
    doc = read_doc(sheet_from_rows(tmp_path, rows, width=WIDTH), "complaint")
    assert doc["record"][field] == opinion
    assert "low_confidence" in field_codes(doc, field)  # (a sentence under a choice's label: said)
    other = {"short_term_action", "negotiation_result"} - {field}
    assert doc["record"][other.pop()] is None
