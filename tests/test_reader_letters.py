"""A complaint sent as a letter in prose (dev21-rh21b; holdout21's mail-merged letter): read from
the letter's set phrases, every value warned of, the document said to be a letter; a letter
that complains of nothing, or a form, is never read so. Letters of our own, several wordings."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from fpdf import FPDF
from test_reader_guards import parse, value, warned

from kesu_docs.parse import parse_paths

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def _letter_pdf(tmp_path: Path, lines: list[str], name: str = "letter.pdf") -> Path:
    pdf = FPDF(unit="pt", format="A4")
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    for line in lines:
        if line:
            pdf.multi_cell(470, 15, line, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.ln(10)
    path = tmp_path / name
    pdf.output(str(path))
    return path


MIDLAND = [
    "Midland Brackets Ltd",
    "14 Canal Street, Birmingham B1 2JP",
    "",
    "Zhejiang Hengli Stamping Co., Ltd.",
    "Birmingham, 12 October 2026",
    "Our ref.: QN/26/0412",
    "",
    "Dear Ms Chen,",
    "",
    "We write to complain about part number BR-4410 (Mounting bracket) from batch B2609-3, shipped "
    "against our PO 7700123. 2,400 pieces were delivered; 150 pieces are rejected for burrs on the "
    "mounting holes.",
    "We ask for a credit note for the rejected quantity. Your containment plan is due by 30 October 2026.",
    "",
    "Kind regards,",
    "",
    "Tom Baker",
    "Incoming Quality",
    "Midland Brackets Ltd",
]


def test_a_complaint_letter_is_read_from_its_set_phrases_each_value_warned(tmp_path):
    result = parse(_letter_pdf(tmp_path, MIDLAND))
    assert result.kind == "complaint" and result.record is not None
    read = {
        "received_date": "2026-10-12",
        "number": "QN/26/0412",
        "part_no": "BR-4410",
        "part_name": "Mounting bracket",
        "lot_no": "B2609-3",
        "order_no": "7700123",
        "ship_qty": 2400,
        "defect_qty": 150,
        "customer_request": ["allowance"],
        "customer": "Midland Brackets Ltd",
    }
    for path, expected in read.items():
        assert value(result, path) == expected, path
        assert warned(result, path, "low_confidence"), path  # never silent: read out of a sentence
    assert value(result, "description") is None  # "are rejected for …" states no defect phrase we take
    assert [w.code for w in result.warnings if not w.field] == ["complaint_letter"]
    said = next(w for w in result.warnings if w.code == "complaint_letter")
    assert "complaint letter" in said.message("en") and "投诉信" in said.message("zh")
    assert any(e.field == "complaint_type" for e in result.errors)  # what the letter does not state


def test_a_letter_with_no_date_line_takes_no_date_from_its_sentences(tmp_path):
    lines = [ln for ln in MIDLAND if not ln.startswith("Birmingham,")]
    result = parse(_letter_pdf(tmp_path, lines))
    assert value(result, "received_date") is None  # "due by 30 October 2026" is no received date
    assert value(result, "number") == "QN/26/0412"


def test_the_defect_is_what_the_rejected_parts_show_and_the_request_its_word(tmp_path):
    lines = [
        "Nordic Pumps AB",
        "Gothenburg, 3 November 2026",
        "Reference: NP-CQ-7781",
        "Dear Sir or Madam,",
        "Re: Complaint - part no. IMP-220 (Impeller)",
        "Lot 26-0977 was received against purchase order 4400019981. Of the 600 pcs delivered, 42 pcs "
        "show cracks at the hub, found at incoming inspection.",
        "We request the return of the whole lot and a replacement delivery.",
        "Yours sincerely,",
        "Anna Lind",
        "Nordic Pumps AB",
    ]
    result = parse(_letter_pdf(tmp_path, lines))
    assert value(result, "description") == "cracks at the hub, found at incoming inspection"
    assert value(result, "ship_qty") == 600 and value(result, "defect_qty") == 42
    assert value(result, "customer_request") == ["return", "replacement"]
    assert value(result, "lot_no") == "26-0977" and value(result, "part_name") == "Impeller"
    assert warned(result, "description", "low_confidence")


def test_a_letter_that_complains_of_nothing_is_still_no_form(tmp_path):
    lines = [
        "Midland Brackets Ltd",
        "Birmingham, 12 October 2026",
        "Dear Ms Chen,",
        "Thank you for your quotation for part number BR-4410. We confirm our PO 7700123 for 2,400 pcs.",
        "Kind regards,",
        "Tom Baker",
        "Midland Brackets Ltd",
    ]
    [result] = parse_paths([_letter_pdf(tmp_path, lines)])
    assert result.record is None and [e.code for e in result.errors] in (["not_a_form"], ["unknown_kind"])


def test_a_letter_is_read_with_kind_complaint_and_refused_for_another_kind(tmp_path):
    path = _letter_pdf(tmp_path, MIDLAND)
    assert value(parse(path, kind="complaint"), "number") == "QN/26/0412"
    [other] = parse_paths([path], kind="return")
    assert other.record is None and other.errors


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")
def test_a_letter_printed_by_a_browser_is_read_alike(tmp_path):
    body = "".join(f"<p>{ln}</p>" if ln else "<br>" for ln in MIDLAND)
    html = tmp_path / "letter.html"
    html.write_text(
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>body{{font-family:serif;font-size:11pt}}"
        f"p{{margin:2px 0}}</style></head><body>{body}</body></html>",
        encoding="utf-8",
    )
    pdf = tmp_path / "letter.pdf"
    subprocess.run(
        [
            str(CHROMIUM),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            f"--user-data-dir={tmp_path / 'profile'}",
            "--no-pdf-header-footer",
            f"--print-to-pdf={pdf}",
            html.as_uri(),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    result = parse(pdf)
    assert value(result, "ship_qty") == 2400 and value(result, "customer") == "Midland Brackets Ltd"
    assert value(result, "received_date") == "2026-10-12" and warned(result, "ship_qty", "low_confidence")


def test_an_american_letter_reads_its_month_first_date_and_po(tmp_path):
    lines = [
        "Great Lakes Fluid Power Inc.",
        "Toledo, OH 43604",
        "March 5, 2026",
        "Our reference: GL-SCAR-2291",
        "Dear Mr. Wang,",
        "Subject: Supplier corrective action request for part # GL-77120 (Valve spool)",
        "Your shipment against P.O. 88213 was inspected on receipt: 3,000 pcs were shipped and 75 pcs "
        "were found defective (undersize diameter).",
        "We require the replacement of the defective parts.",
        "Best regards,",
        "Mike Rossi",
        "Great Lakes Fluid Power Inc.",
    ]
    result = parse(_letter_pdf(tmp_path, lines))
    assert value(result, "received_date") == "2026-03-05"
    assert value(result, "order_no") == "88213" and value(result, "part_no") == "GL-77120"
    assert value(result, "ship_qty") == 3000 and value(result, "defect_qty") == 75
    assert value(result, "customer_request") == ["replacement"]
    assert value(result, "customer") == "Great Lakes Fluid Power Inc."
    assert all(warned(result, p, "low_confidence") for p in ("received_date", "order_no", "defect_qty"))
