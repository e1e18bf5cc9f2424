"""Round 48's re-read: rules written twice made one, each in one place (behaviour kept).

1. The other party's ``label_lost``: one producer (unread_texts.parties_named_again), whether the other
   label is unknown (``Distributor``), known loosely (``Importer``) or no label (``分销商``) — said once.
Every form here is a small workbook (or a print) built in the test.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers import read_doc, sheet_from_rows, warned_by

WIDTH = 24


def _read(folder: Path, rows: list[list[Any]], kind: str | None = "complaint") -> dict:
    return read_doc(sheet_from_rows(folder, rows, width=WIDTH), kind)


def _claim(extra: list[list[Any]]) -> list[list[Any]]:
    return [
        ["WARRANTY CLAIM"],
        ["Claim No.", "WC-0915-208"],
        ["Claim Date", "2026-09-15"],
        *extra,
        ["Model No.", "RF-530BX"],
        ["Fault Reported", "Fridge not cooling, compressor clicks and stops."],
    ]


# ------------------------------------------------------------------ 1. the other party, said once
@pytest.mark.parametrize("other", ["Distributor", "Importer", "Reseller"])
def test_the_other_party_is_said_once_whatever_its_label(tmp_path: Path, other: str) -> None:
    doc = _read(tmp_path, _claim([[other, "Kalinda Home Pty Ltd"], ["Dealer", "Coastline Electrics"]]))
    assert doc["record"]["customer"] == "Coastline Electrics"
    [lost] = warned_by(doc, "label_lost", "customer")
    assert "Kalinda Home Pty Ltd" in lost["message"]


def test_the_same_name_twice_is_no_other_party(tmp_path: Path) -> None:
    doc = _read(tmp_path, _claim([["Distributor", "Coastline Electrics"], ["Dealer", "Coastline Electrics"]]))
    assert not warned_by(doc, "label_lost", "customer")
