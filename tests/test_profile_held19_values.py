"""A profile learned on one copy reads the values of another as the generic reader reads them
(issue 10, nineteenth round): a date in the Buddhist era (``22/04/2569`` under ``Date (B.E.)``),
an Indonesian month (``18 Mei 2026``; the generic reader learns it too), a count with a point
for its thousands (``12.500 pcs``, said ``ambiguous_thousands``). Workbooks built by openpyxl,
learned with ``kesu learn``'s function, read with the profile."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from kesu_docs.parse import parse_paths
from kesu_docs.parse.profile import learn
from kesu_docs.values import parse_date


def _complaint(path: Path, number: str, date: str, shipped: str, ng: str) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Keluhan"
    for row in [
        ["KELUHAN PELANGGAN / CUSTOMER COMPLAINT"],
        ["No. Keluhan / Complaint No.", number, "Tanggal / Date (B.E.)", date],
        ["Pelanggan / Customer", "PT Yamaha Indonesia Motor Mfg.", "No. Part / Part No.", "2PH-F7413-00"],
        ["Nama Part / Part Name", "Stay, muffler", "Jumlah Kirim / Qty Delivered", shipped],
        ["Jumlah NG / Qty NG", ng, "Permintaan / Request", "Penggantian / Replacement"],
        ["Uraian Masalah / Problem Description", "Las retak (weld crack) at the stay."],
        ["PIC Pemasok / Supplier PIC", "Budi Santoso"],
    ]:
        ws.append(row)
    for col, width in zip("ABCD", (34, 30, 30, 30), strict=True):
        ws.column_dimensions[col].width = width
    wb.save(path)
    return path


def _read(path: Path) -> dict[str, Any]:
    return parse_paths([path], kind="complaint")[0].to_dict("en")


def _learned(office: Path) -> None:
    first = _complaint(office / "first.xlsx", "KP/AHM/2026/04/0101", "22/04/2569", "2400", "36")
    places = {"received_date": "Keluhan!D2", "ship_qty": "Keluhan!D4", "defect_qty": "Keluhan!B5"}
    profile = learn(first, "complaint", places)
    (office / "profiles" / "kp.toml").write_text(profile.to_toml(), encoding="utf-8")


@pytest.mark.parametrize(
    ("date", "want"),
    [
        ("25/04/2569", "2026-04-25"),  # the Buddhist era's year: 2569 - 543
        ("18 Mei 2569", "2026-05-18"),
        ("18 Mei 2026", "2026-05-18"),  # Indonesian months the generic reader reads too
        ("17 Agustus 2026", "2026-08-17"),
    ],
)
def test_a_profile_reads_era_dates_and_indonesian_months(office, date, want):
    _learned(office)
    second = _complaint(office / "second.xlsx", "KP/AHM/2026/05/0142", date, "2400", "36")
    doc = _read(second)
    assert "profile_used" in {p["code"] for p in doc["warnings"] + doc["errors"]}
    assert doc["record"]["received_date"] == want
    assert not [p for p in doc["errors"] if p["field"] == "received_date"]


def test_a_point_before_three_digits_in_a_count_is_its_thousands_and_said(office):
    _learned(office)
    second = _complaint(
        office / "second.xlsx", "KP/AHM/2026/05/0142", "18/05/2569", "12.500 pcs", "1.250 pcs"
    )
    doc = _read(second)
    assert "profile_used" in {p["code"] for p in doc["warnings"] + doc["errors"]}
    assert (doc["record"]["ship_qty"], doc["record"]["defect_qty"]) == (12500, 1250)
    said = {p["field"] for p in doc["warnings"] if p["code"] == "ambiguous_thousands"}
    assert said == {"ship_qty", "defect_qty"}  # read, never silently
    # the generic reader reads and says the same
    (office / "profiles" / "kp.toml").unlink()
    doc = _read(second)
    assert (doc["record"]["ship_qty"], doc["record"]["defect_qty"]) == (12500, 1250)
    assert {p["field"] for p in doc["warnings"] if p["code"] == "ambiguous_thousands"} == said


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("18 Mei 2026", dt.date(2026, 5, 18)),
        ("17 Agustus 2026", dt.date(2026, 8, 17)),
        ("5 Okt 2026", dt.date(2026, 10, 5)),
        ("1 Desember 2026", dt.date(2026, 12, 1)),
        ("11 Maret 2026", dt.date(2026, 3, 11)),
        ("Mei 18, 2026", dt.date(2026, 5, 18)),
    ],
)
def test_indonesian_month_names(text, date):
    assert parse_date(text) == date


HOLDOUT12 = Path(__file__).parent / "holdout12"


def test_beside_a_label_run_into_the_cell_over_it_the_value_of_the_fields_kind(office):
    # the second copy's print runs 不良 (the first line of 不良/数量) into the lot's label cell
    # over it ("生产 批号 不良"): beside the label found over both lines stand the lot number and
    # the count, one over the other; the count is the defective quantity's
    first = HOLDOUT12 / "filled" / "complaint-zh-header.pdf"
    profile = learn(first, "complaint", {"defect_qty": '"37"'})
    (office / "profiles" / "header.toml").write_text(profile.to_toml(), encoding="utf-8")
    doc = _read(HOLDOUT12 / "copy2" / "filled" / "complaint-zh-header.pdf")
    assert "profile_used" in {p["code"] for p in doc["warnings"] + doc["errors"]}
    assert doc["record"]["defect_qty"] == 12  # never the lot number YZ260320
    assert doc["record"]["lot_no"] == "YZ260320"
