"""``11/03/2026`` (11 March or November 3?) on a form that shows where it comes from — ``HK$``,
``S$``, ``GST``, ``Sdn Bhd``, a Singapore or Hong Kong address — is read day first, as Hong Kong,
Singapore and Malaysia write it, and said (``date_order_inferred``); the form's other dates, when
one shows its order, still come first, and a form showing nothing is never read by region."""

from __future__ import annotations

from pathlib import Path

import pytest
from fpdf import FPDF
from openpyxl import Workbook

from kesu_docs.parse import parse_paths
from kesu_docs.parse.guards import day_first_region


def _rows(received: str, shipped: str, customer: str, loss: str) -> list[tuple[str, str]]:
    return [
        ("Complaint No.", "CC-2603-021"),
        ("Customer", customer),
        ("Date Received", received),
        ("Delivery date", shipped),
        ("Part No.", "HX-220-B"),
        ("Loss amount", loss),
    ]


def _xlsx(tmp_path: Path, rows: list[tuple[str, str]]) -> Path:
    wb = Workbook()
    ws = wb.active
    ws["A1"] = "CUSTOMER COMPLAINT FORM"
    for r, (lab, value) in enumerate(rows, start=2):
        ws.cell(r, 1, lab)
        ws.cell(r, 2, value)
    path = tmp_path / "form.xlsx"
    wb.save(path)
    return path


def _pdf(tmp_path: Path, rows: list[tuple[str, str]]) -> Path:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=14)
    pdf.cell(0, 10, "CUSTOMER COMPLAINT FORM", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("helvetica", size=10)
    for lab, value in rows:
        pdf.cell(50, 8, lab, border=1)
        pdf.cell(90, 8, value, border=1, new_x="LMARGIN", new_y="NEXT")
    path = tmp_path / "form.pdf"
    pdf.output(str(path))
    return path


def _read(path: Path) -> dict:
    [result] = parse_paths([path], kind="complaint")
    return result.to_dict("en")


def _said(doc: dict, field: str) -> list[str]:
    return [p["code"] for p in doc["warnings"] if p["field"] == field]


@pytest.mark.parametrize("write", [_xlsx, _pdf])
@pytest.mark.parametrize(
    ("customer", "loss"),
    [
        ("Jurong Precision Pte Ltd", "3,780.00"),  # a Singapore company
        ("Acme Components", "HK$ 3,780.00"),  # Hong Kong dollars
        ("Penang Parts Sdn Bhd", "3,780.00"),  # a Malaysian company
    ],
)
def test_a_regional_form_reads_its_dates_day_first_and_says_so(tmp_path: Path, write, customer, loss):
    doc = _read(write(tmp_path, _rows("09/03/2026", "04/02/2026", customer, loss)))
    assert doc["record"]["received_date"] == "2026-03-09"
    assert doc["record"]["ship_date"] == "2026-02-04"
    assert "date_order_inferred" in _said(doc, "received_date")
    assert "date_order_inferred" in _said(doc, "ship_date")


def test_the_forms_other_dates_come_before_its_region(tmp_path: Path):
    # 02/25/2026 can only be month first: the form writes month first, whatever its customer
    doc = _read(_xlsx(tmp_path, _rows("03/09/2026", "02/25/2026", "Jurong Precision Pte Ltd", "1.00")))
    assert doc["record"]["received_date"] == "2026-03-09"
    assert "date_order_inferred" in _said(doc, "received_date")


def test_an_english_form_showing_no_region_stays_month_first(tmp_path: Path):
    doc = _read(_xlsx(tmp_path, _rows("09/03/2026", "04/02/2026", "Acme Components", "3,780.00")))
    assert doc["record"]["received_date"] == "2026-09-03"
    assert "date_order_inferred" in _said(doc, "received_date")


@pytest.mark.parametrize(
    ("texts", "region"),
    [
        (["HK$ 3,780.00"], "HKD"),
        (["GST 9%"], "GST"),
        (["GST Reg. No."], "GST"),
        (["香港九龍觀塘道 88 號"], "香港"),
        (["Penang Parts Sdn. Bhd."], "Sdn. Bhd"),
        (["GSTIN 27AAACR"], None),  # India's GSTIN is no word GST
        (["Singaporean style noodles"], None),
        (["USD 12.00", "Chicago"], None),
    ],
)
def test_the_signs_of_a_day_first_region(texts, region):
    assert day_first_region(texts) == region
