"""A sign-off label qualified by the party who signs (``Customer SQE approved``, ``Supplier
prepared by``): the label the vocabulary knows (``SQE approved``) with a party's word before
it is that label, so the ``Date`` beside it is the date of that act — not the preparer's
date in the column before. Files of our own, Excel and their LibreOffice print."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import soffice_convert
from openpyxl import Workbook

from kesu_docs import forms
from kesu_docs.parse import parse_paths
from kesu_docs.parse.vocab import vocabulary


def _scar(path: Path, signer_label: str) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "SCAR"
    rows = [
        ("Supplier Corrective Action Request (8D)",),
        ("SCAR No.", "SCAR-2611-031", "Customer", "Nordlicht Elektro GmbH"),
        ("D2 Problem Description",),
        ("Relay contacts welded after 2,000 cycles on 12 of 800 units.",),
        ("D8 Closure sign-off",),
        ("Supplier prepared by", "Date", signer_label, "Date"),
        ("Wang Fang", "02-Nov-26", "Jonas Becker", "09-Nov-26"),
    ]
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            ws.cell(r, c, value)
    for col in "ABCD":
        ws.column_dimensions[col].width = 24
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path


def _closure(path: Path) -> dict:
    [result] = parse_paths([path], kind="8d")
    doc = result.to_dict("en")
    return doc


def test_a_party_before_a_known_label_qualifies_it_and_never_makes_a_label_of_its_own():
    vocab = vocabulary(forms.get("8d"))
    path, score, _key = vocab.match("Customer SQE approved")
    assert path == "closure.approved_by" and score >= 0.85
    # the party's word alone, or before words naming no field, is no approval label
    assert vocab.match("Supplier prepared by") is None
    assert vocab.match("Customer") is None or vocab.match("Customer")[0] != "closure.approved_by"


@pytest.mark.parametrize("printed", [False, True])
def test_the_date_beside_the_customers_approval_closes_the_8d_not_the_preparers(tmp_path, printed):
    path = _scar(tmp_path / "scar.xlsx", "Customer SQE approved")
    if printed:
        path = soffice_convert(path, "pdf", tmp_path / "print")
    doc = _closure(path)
    closure = doc["record"]["closure"]
    assert closure["approved_by"] == "Jonas Becker", closure
    assert closure["closed_date"] == "2026-11-09", closure
