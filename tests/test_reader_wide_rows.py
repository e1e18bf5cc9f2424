"""A wide row of six labels over their values (an ERP's quality notification printed landscape):
each value is the one under its own label, never the neighbour's, and a ``No`` alone under a
yes/no question is its answer, not a label. Real workbooks (openpyxl), printed through
LibreOffice as well."""

from __future__ import annotations

import pytest
from helpers import soffice_convert
from test_reader_guards import parse, value, workbook
from test_reader_table_lines import _wide

QUALITY_NOTIFICATION = {
    "A1": "QUALITY NOTIFICATION — CUSTOMER COMPLAINT",
    "A3": "Notification No.",
    "B3": "Customer",
    "C3": "Customer PO",
    "D3": "Reported By",
    "A4": "300005102",
    "B4": "Northgate Pumps Ltd",
    "C4": "4500-80211",
    "D4": "K. Brandt",
    "A6": "Material",
    "B6": "Material Description",
    "C6": "Batch",
    "D6": "Delivered Qty",
    "E6": "Complaint Qty",
    "F6": "Defect Type",
    "A7": "PH-2201-A",
    "B7": "Valve body, nickel plated",
    "C7": "B26-0932",
    "D7": "2,000 EA",
    "E7": "60 EA",
    "F7": "Quality",
    "A9": "Safety Relevant",
    "B9": "Sample Returned",
    "C9": "Problem Description",
    "A10": "No",
    "B10": "Yes",
    "C10": "Plating peeled at the seat after 48 h.",
}


@pytest.mark.parametrize("fmt", ["xlsx", "pdf"])
def test_each_value_of_a_wide_label_row_goes_to_its_own_label(tmp_path, fmt):
    path = workbook(
        tmp_path, {"Notification": QUALITY_NOTIFICATION}, shaded=("A3", "B3", "C3", "D3", "A6", "B6")
    )
    _wide(path, {"A": 18, "B": 26, "C": 16, "D": 15, "E": 15, "F": 14})
    if fmt == "pdf":
        path = soffice_convert(path, "pdf", tmp_path / "pdf")
    result = parse(path, "complaint")
    expected = {
        "number": "300005102",
        "part_no": "PH-2201-A",
        "part_name": "Valve body, nickel plated",
        "lot_no": "B26-0932",
        "ship_qty": 2000,
        "defect_qty": 60,
        "complaint_type": "quality",
        "sample_received": True,
    }
    for path_, want in expected.items():
        assert value(result, path_) == want, path_
    assert value(result, "safety_related") is False  # "No" alone under its question
