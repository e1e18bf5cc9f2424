"""What round 42's held-out sets left open in the reader (issue 10: a wrong value always carries an
error or a warning on its field), each on a small file built here:

- **A typed total tax under a tax's name with its amount word** (``營業稅額 0`` on the statutory
  銷貨折讓證明單's totals, ``增值税额 1,992``): the clerk's figure is the total tax — kept, and when
  it disagrees with the lines at the rate, said (``total_mismatch``) — never the tax computed from
  the rate put in its place (4108.00 for a typed 0).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers import cjk_pdf, field_codes, read_doc, sheet_from_rows

WIDTH = 22

ALLOWANCE_HEAD: list[list[Any]] = [
    ["銷貨退回或折讓證明單"],
    ["證明單號", "ZR-MC-2611-005"],
    ["日期", "2026-11-30"],
    ["買受人名稱", "宏璟營造股份有限公司"],
    ["發票號碼", "QX-40218836"],
    ["客訴編號", "KS-MC-2611-015"],
    ["品名", "數量", "單價", "折讓金額", "營業稅"],
    ["鋁窗 1500×1800 滲水折讓", 12, "1,800.00", "21,600.00", "0.00"],
    ["鋁門 900×2100 變形折讓", 4, "2,500.00", "10,000.00", "0.00"],
]


def _allowance_rows(tax_caption: str, tax: str) -> list[list[Any]]:
    return [
        *ALLOWANCE_HEAD,
        ["銷售額合計", "31,600"],
        [tax_caption, tax],
        ["總計金額", "31,600"],
        ["經理", "林國棟"],
    ]


def _allowance_pdf(tmp_path: Path, tax_caption: str, tax: str) -> Path:
    pdf = cjk_pdf()
    pdf.add_page()
    pdf.set_font("cjk", size=14)
    pdf.cell(0, 10, "銷貨退回或折讓證明單", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("cjk", size=10)
    for caption, value in ALLOWANCE_HEAD[1:6]:
        pdf.cell(40, 9, f"{caption}：")
        pdf.cell(0, 9, value, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    widths = (60, 25, 30, 35, 30)
    for row in ALLOWANCE_HEAD[6:]:
        for w, text in zip(widths, row, strict=True):
            pdf.cell(w, 9, str(text), border=1)
        pdf.ln(9)
    pdf.ln(4)
    for caption, value in (
        ("銷售額合計", "31,600"),
        (tax_caption, tax),
        ("總計金額", "31,600"),
        ("經理", "林國棟"),
    ):
        pdf.cell(40, 9, f"{caption}：")
        pdf.cell(0, 9, value, new_x="LMARGIN", new_y="NEXT")
    path = tmp_path / "allowance.pdf"
    pdf.output(str(path))
    return path


def _allowance(tmp_path: Path, made: str, tax_caption: str, tax: str) -> dict[str, Any]:
    path = (
        _allowance_pdf(tmp_path, tax_caption, tax)
        if made == "pdf"
        else sheet_from_rows(tmp_path, _allowance_rows(tax_caption, tax), width=WIDTH)
    )
    return read_doc(path, "allowance")


# ------------------------------------------------------------------ a typed total tax
@pytest.mark.parametrize("made", ["pdf", "xlsx"])
@pytest.mark.parametrize("caption", ["營業稅額", "营业税额", "增值税额"])
def test_a_typed_zero_total_tax_is_kept_and_its_disagreement_said(
    tmp_path: Path, made: str, caption: str
) -> None:
    doc = _allowance(tmp_path, made, caption, "0")
    assert doc["record"]["total_tax"] == "0.00"  # never 4108.00, the tax the rate makes
    assert "total_mismatch" in field_codes(doc, "total_tax")  # 0 against the lines at the rate: said


def test_a_typed_total_tax_that_agrees_is_read_without_an_error(tmp_path: Path) -> None:
    rows = [
        *ALLOWANCE_HEAD[:7],
        ["鋁窗 1500×1800 滲水折讓", 12, "1,800.00", "21,600.00", "2,808.00"],
        ["鋁門 900×2100 變形折讓", 4, "2,500.00", "10,000.00", "1,300.00"],
        ["銷售額合計", "31,600"],
        ["營業稅額", "4,108"],
        ["總計金額", "35,708"],
    ]
    doc = read_doc(sheet_from_rows(tmp_path, rows, width=WIDTH), "allowance")
    assert doc["record"]["total_tax"] == "4108.00"
    assert "total_mismatch" not in field_codes(doc, "total_tax")


def test_a_tax_name_with_its_amount_word_over_the_lines_stays_their_column(tmp_path: Path) -> None:
    rows = [
        *ALLOWANCE_HEAD[:6],
        ["品名", "數量", "單價", "折讓金額", "營業稅額"],
        ["鋁窗 1500×1800 滲水折讓", 12, "1,800.00", "21,600.00", "2,808.00"],
        ["合計", "", "", "21,600.00", "2,808.00"],
    ]
    doc = read_doc(sheet_from_rows(tmp_path, rows, width=WIDTH), "allowance")
    assert doc["record"]["items"][0]["tax"] == "2808.00"
    assert doc["record"]["total_tax"] == "2808.00"


# ------------------------------------------------------------------ the numbers of other documents
def test_an_application_number_beside_the_certificates_own_is_the_complaint_said(tmp_path: Path) -> None:
    rows = [*ALLOWANCE_HEAD[:5], ["申請單號", "RA-TW-2611-021"], *ALLOWANCE_HEAD[6:]]  # (no 客訴編號 beside)
    doc = read_doc(sheet_from_rows(tmp_path, rows, width=WIDTH), "allowance")
    assert (doc["record"]["number"], doc["record"]["complaint_number"]) == (
        "ZR-MC-2611-005",
        "RA-TW-2611-021",
    )
    assert "low_confidence" in field_codes(doc, "complaint_number")  # it may be the allowance's own: said


@pytest.mark.parametrize("reference", ["绿湖施函〔2026〕017号", "滨建函〔2026〕31号"])
def test_a_letters_reference_in_hexagonal_brackets_is_its_number(tmp_path: Path, reference: str) -> None:
    rows = [
        ["关于外窗渗水问题的函"],
        ["函号", reference],
        ["日期", "2026-03-06"],
        ["发函单位", "中建八局第三建设有限公司"],
        ["产品名称", "断桥铝合金平开窗"],
        ["问题情况", "外窗淋水试验渗漏，窗框下角进水。"],
    ]
    doc = read_doc(sheet_from_rows(tmp_path, rows, width=WIDTH), "complaint")
    assert doc["record"]["number"] == reference
    assert "invalid_doc_number" not in field_codes(doc, "number")


@pytest.mark.parametrize("bad", ["〔2026〕017号", "绿湖施函〔2026〕../017", "函〔〕"])
def test_a_reference_that_is_no_number_stays_refused(tmp_path: Path, bad: str) -> None:
    rows = [
        ["关于外窗渗水问题的函"],
        ["函号", bad],
        ["日期", "2026-03-06"],
        ["发函单位", "中建八局第三建设有限公司"],
    ]
    doc = read_doc(sheet_from_rows(tmp_path, rows, width=WIDTH), "complaint")
    assert doc["record"]["number"] is None
