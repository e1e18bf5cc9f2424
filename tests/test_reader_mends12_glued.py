"""Mends after the twelfth round's second attack (issue 10), each on a small form built here.

- a known label with a value-like tail in its cell (``Part No. (Rev.2)``, ``Customer C01``) is
  split into label and value only when no value stands beside it: with ``AB-1203-X`` in the
  next cell the cell is a label, the neighbour its value, and the field is warned (the tail
  may have been meant as the value);
- an ISO date-time printed with a space before the time (``2026-03-05 23:30:00+00:00``, as
  PostgreSQL and Python print it) is said when it falls on another day at the factory.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from helpers import parse_cli
from openpyxl import Workbook

from kesu_docs.values import factory_day


def _sheet(tmp_path: Path, rows: list[list[object]], name: str = "form.xlsx") -> Path:
    wb = Workbook()
    ws = wb.active
    for row in rows:
        ws.append(row)
    for col in "ABCD":
        ws.column_dimensions[col].width = 28
    path = tmp_path / name
    wb.save(path)
    return path


def _doc(path: Path, kind: str = "complaint", lang: str = "en") -> dict:
    _code, [doc] = parse_cli(path, "--kind", kind, "--lang", lang)
    return doc


def _said(doc: dict, field: str) -> list[dict]:
    return [p for p in doc["errors"] + doc["warnings"] if p["field"] == field]


def test_an_iso_date_time_with_a_space_before_the_time_is_zoned():
    assert factory_day("2026-03-05 23:30:00+00:00") == (
        dt.date(2026, 3, 5),
        dt.date(2026, 3, 6),
        "UTC+00:00",
    )
    assert factory_day("2026-03-05 14:30:00+08:00") is None  # China's own time


def test_a_space_separated_date_time_on_another_day_at_the_factory_is_said(tmp_path):
    path = _sheet(
        tmp_path,
        [
            ["CUSTOMER COMPLAINT"],
            ["Complaint No.", "CC-2611-07"],
            ["Received", "2026-03-05 23:30:00+00:00"],
            ["Description", "Solder bridge on U7."],
        ],
    )
    doc = _doc(path)
    assert doc["record"]["received_date"] == "2026-03-05"  # the date written
    assert any(w["code"] == "date_other_zone" for w in _said(doc, "received_date"))


def _glued_form(tmp_path: Path, label_cell: tuple[int, int, str]) -> Path:
    rows: list[list[object]] = [
        ["CUSTOMER COMPLAINT", None, None, None],
        ["Complaint No.", "CC-2603-021", "Received date", "2026-03-05"],
        ["Customer", "Acme Electronics Inc.", "Market", "Export"],
        ["PO No.", "PO-88123", "Part No.", "AB-1203-X"],
        ["Part name", "Power adapter", "Lot No.", "L260301"],
        ["Description", "Housing scratched at incoming inspection", None, None],
    ]
    row, col, text = label_cell
    rows[row][col] = text
    return _sheet(tmp_path, rows)


@pytest.mark.parametrize(
    ("cell", "field", "value"),
    [
        ((3, 2, "Part No. (Rev.2)"), "part_no", "AB-1203-X"),
        ((3, 2, "P/N V2"), "part_no", "AB-1203-X"),
        ((2, 0, "Customer C01"), "customer", "Acme Electronics Inc."),
        ((4, 2, "Lot No. Ref1"), "lot_no", "L260301"),
        ((3, 0, "PO No. Rev2"), "order_no", "PO-88123"),
    ],
)
def test_a_glued_tail_beside_a_value_is_part_of_the_label_warned(tmp_path, cell, field, value):
    doc = _doc(_glued_form(tmp_path, cell))
    assert doc["record"][field] == value  # was the tail: (Rev.2), V2, C01, Ref1, Rev2 — silent
    assert any(w["code"] == "low_confidence" for w in _said(doc, field))


def test_a_glued_value_with_nothing_beside_it_is_still_the_value(tmp_path):
    """``Lot No. LOT_2026_03`` with a blank or a label beside it: label and value, unwarned."""
    path = _sheet(
        tmp_path,
        [
            ["CUSTOMER COMPLAINT", None],
            ["Complaint No. CC-2611-07", None],
            ["Lot No. LOT_2026_03", "Part name"],
            ["Description", "Solder bridge on U7."],
        ],
    )
    doc = _doc(path)
    assert doc["record"]["number"] == "CC-2611-07"
    assert doc["record"]["lot_no"] == "LOT_2026_03"
    assert not _said(doc, "lot_no")
