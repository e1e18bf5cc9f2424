"""An English Returned Goods Authorization (RGA): its title, ``RGA #`` and ``Bill To`` are a
return note's, as an RMA's are."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

from kesu_docs.parse import parse_paths


def test_a_returned_goods_authorization_is_a_return_note_with_its_number_and_customer(tmp_path: Path):
    wb = Workbook()
    ws = wb.active
    ws["A1"] = "RETURNED GOODS AUTHORIZATION"
    ws["E1"], ws["F1"] = "RGA #", "RGA-77130"
    ws["E2"], ws["F2"] = "Issue Date", "09/14/2026"
    ws["A3"], ws["C3"] = "Bill To", "Ship To"
    ws["A4"], ws["C4"] = "Precision Conveyor Systems Inc.", "Same warehouse, Dock 2"
    ws["A5"], ws["B5"] = "Complaint Ref", "CAR-2301"
    for c, head in enumerate(["Item #", "Description", "Qty Returned", "Unit", "Unit Price"], start=1):
        ws.cell(7, c, head)
    ws.append(["SM-2304-A", "Stepper motor NEMA 23", "10 ea", "EA", "42.50"])
    ws["A10"], ws["B10"] = "Reason", "Motors stall under load."
    for ref in ("E1", "E2", "A3", "C3", "A5", "A10"):
        ws[ref].font = Font(bold=True)
    path = tmp_path / "rga.xlsx"
    wb.save(path)
    [result] = parse_paths([path])  # no --kind: the title says it
    doc = result.to_dict("en")
    assert doc["kind"] == "return"
    record = doc["record"]
    assert (record["number"], record["customer"]) == ("RGA-77130", "Precision Conveyor Systems Inc.")
    assert record["issue_date"] == "2026-09-14"
