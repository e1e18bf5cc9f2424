"""A date written with its weekday (``Thu, 5 Mar 2026``, ``2026年3月27日 星期五``) is read as the
date, and the weekday is held to it: a weekday that disagrees is no date (an error on the field,
never a guess between the two), and where the order of day and month is in doubt
(``Thu 05/03/2026``) the weekday settles it."""

from __future__ import annotations

from pathlib import Path

import pytest
from fpdf import FPDF
from openpyxl import Workbook

from kesu_docs.parse import parse_paths
from kesu_docs.values import parse_date


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Thu, 5 Mar 2026", "2026-03-05"),
        ("Thursday, March 5, 2026", "2026-03-05"),
        ("5 Mar 2026 (Thu)", "2026-03-05"),
        ("Tues. 14 Apr 2026", "2026-04-14"),
        ("2026年3月27日 星期五", "2026-03-27"),
        ("2026年3月1日 週日", "2026-03-01"),
        ("Thu 05/03/2026", "2026-03-05"),  # 3 May 2026 is a Sunday
        ("Sun 05/03/2026", "2026-05-03"),
        ("2026年4月16日 星", "2026-04-16"),  # the weekday wrapped off a narrow cell: the date is whole
    ],
)
def test_a_weekday_beside_the_date_is_read_and_agrees(text, iso):
    assert parse_date(text).isoformat() == iso


@pytest.mark.parametrize(
    "text", ["Fri, 5 Mar 2026", "2026年3月27日 星期四", "Mon 05/03/2026", "2026年4月1 星"]
)
def test_a_weekday_that_disagrees_with_the_date_is_no_date(text):
    with pytest.raises(ValueError):
        parse_date(text)


def _complaint_rows() -> list[tuple[str, str]]:
    return [
        ("Complaint No.", "CC-2603-017"),
        ("Customer", "Jurong Precision Pte Ltd"),
        ("Date Received", "Thu, 5 Mar 2026"),
        ("Date Delivered", "Fri, 27 Feb 2026"),
        ("Part No.", "HX-220-B"),
    ]


def _check(doc: dict) -> None:
    assert doc["record"]["received_date"] == "2026-03-05"
    assert doc["record"]["ship_date"] == "2026-02-27"


def test_weekday_dates_of_an_english_form_in_excel(tmp_path: Path):
    wb = Workbook()
    ws = wb.active
    ws["A1"] = "CUSTOMER COMPLAINT FORM"
    for r, (lab, value) in enumerate(_complaint_rows(), start=2):
        ws.cell(r, 1, lab)
        ws.cell(r, 2, value)
    path = tmp_path / "weekday.xlsx"
    wb.save(path)
    [result] = parse_paths([path], kind="complaint")
    _check(result.to_dict("en"))


def test_weekday_dates_of_an_english_form_in_pdf(tmp_path: Path):
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=14)
    pdf.cell(0, 10, "CUSTOMER COMPLAINT FORM", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("helvetica", size=10)
    for lab, value in _complaint_rows():
        pdf.cell(50, 8, lab, border=1)
        pdf.cell(80, 8, value, border=1, new_x="LMARGIN", new_y="NEXT")
    path = tmp_path / "weekday.pdf"
    pdf.output(str(path))
    [result] = parse_paths([path], kind="complaint")
    _check(result.to_dict("en"))


def test_a_wrong_weekday_is_said_not_read(tmp_path: Path):
    wb = Workbook()
    ws = wb.active
    ws["A1"] = "CUSTOMER COMPLAINT FORM"
    rows = [*_complaint_rows()[:2], ("Date Received", "Fri, 5 Mar 2026")]
    for r, (lab, value) in enumerate(rows, start=2):
        ws.cell(r, 1, lab)
        ws.cell(r, 2, value)
    path = tmp_path / "wrong.xlsx"
    wb.save(path)
    [result] = parse_paths([path], kind="complaint")
    doc = result.to_dict("en")
    assert doc["record"].get("received_date") in (None, "Fri, 5 Mar 2026")
    said = [p for p in doc["errors"] + doc["warnings"] if p["field"] == "received_date"]
    assert said, doc
