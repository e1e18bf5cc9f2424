"""A Singapore or Malaysian credit note: its tax is GST at the rate its header prints (``GST 9%``)
— the form's own rate wins over the default 13 % (DOMAIN §5.4: tax per line = amount × rate) —
its totals line ``GST`` is the total tax, ``Total before GST`` the total before tax; and a total a
later guard places (a column's total under an unnamed caption) is typed as any value read by its
label (``S$570.00``: the figure, its currency said), never left as no amount."""

from __future__ import annotations

from pathlib import Path

import pytest
from fpdf import FPDF
from openpyxl import Workbook

from kesu_docs.parse import parse_paths

LINES = [
    ["Description", "Qty", "Unit Price", "Amount", "GST 9%"],
    ["Speaker grille SG-2", "600", "0.95", "570.00", "51.30"],
    ["Bracket BK-7", "200", "1.50", "300.00", "27.00"],
]
TOTALS = [["Total before GST", "870.00"], ["GST", "78.30"], ["Total Credit", "948.30"]]
HEAD = [["TAX CREDIT NOTE"], ["Credit Note No.", "CN-SG-26-0311"], ["Bill To", "Acme Components Pte Ltd"]]


def _xlsx(tmp_path: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    for row in HEAD + LINES:
        ws.append(row)
    for caption, figure in TOTALS:
        ws.append([caption, None, None, figure])
    path = tmp_path / "gst.xlsx"
    wb.save(path)
    return path


def _pdf(tmp_path: Path) -> Path:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=14)
    pdf.cell(0, 10, HEAD[0][0], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("helvetica", size=10)
    for lab, value in (r for r in HEAD[1:]):
        pdf.cell(40, 8, lab, border=1)
        pdf.cell(80, 8, value, border=1, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    widths = [50, 20, 30, 30, 30]
    for row in LINES:
        for w, text in zip(widths, row, strict=True):
            pdf.cell(w, 8, text, border=1)
        pdf.ln(8)
    for caption, figure in TOTALS:
        pdf.cell(100, 8, caption, border=1)
        pdf.cell(30, 8, figure, border=1)
        pdf.cell(30, 8, "", border=1)
        pdf.ln(8)
    path = tmp_path / "gst.pdf"
    pdf.output(str(path))
    return path


@pytest.mark.parametrize("write", [_xlsx, _pdf])
def test_the_gst_rate_the_header_prints_is_the_forms_rate(tmp_path: Path, write):
    [result] = parse_paths([write(tmp_path)], kind="allowance")
    doc = result.to_dict("en")
    record = doc["record"]
    assert record["tax_rate"] == "0.09"
    assert [line["tax"] for line in record["items"]] == ["51.30", "27.00"]
    assert record["total_excl_tax"] == "870.00"
    assert record["total_tax"] == "78.30"
    assert record["total"] == "948.30"
    assert not [e for e in doc["errors"] if e["field"].startswith(("items", "total", "tax"))]


def test_a_column_total_placed_by_a_guard_is_typed_as_a_labelled_value(tmp_path: Path):
    wb = Workbook()
    ws = wb.active
    for row in [
        ["TAX CREDIT NOTE"],
        ["Credit Note No.", "CN-26-0311"],
        ["Bill To", "Acme Components"],
        ["Description", "Qty", "Unit Price", "Amount", "Tax"],
        ["Speaker grille", 600, "S$0.95", "S$570.00", "S$74.10"],
        ["Subtotal", None, None, "S$570.00", "S$74.10"],  # a caption naming no field
        ["Total Credit", None, None, "S$644.10"],
    ]:
        ws.append(row)
    path = tmp_path / "subtotal.xlsx"
    wb.save(path)
    [result] = parse_paths([path], kind="allowance")
    doc = result.to_dict("en")
    assert doc["provenance"]["total_excl_tax"]["how"] == "column-total"
    assert doc["record"]["total_excl_tax"] == "570.00"
    assert doc["record"]["total_tax"] == "74.10"
    assert not [e for e in doc["errors"] if e["code"] == "invalid_money"]
    said = {(w["field"], w["code"]) for w in doc["warnings"]}
    assert ("total_in_words", "amount_words_not_derived") in said  # in S$: said once for the form (mends44)
