"""The reader's leftovers of the twenty-fourth round, part B (issue 10, dev26-fixb), each on a form
built here (never a held-out file):

- a tax id printed with spaces (``DE 136 695 976``, ``GB 123 4567 89``, a GSTIN in groups) is
  stored in its compact form, by python-stdnum's rules of each country's format; an id in a known
  format whose check digit fails is warned ``tax_id_check_digit``, never kept in silence; an id
  of no format stdnum knows is kept as printed;
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import field_codes, read_doc, sheet_from_rows

WIDTH = 22


# ------------------------------------------------------------------------------------- tax ids
def _credit_note(tmp_path: Path, tax_id: str) -> Path:
    rows = [
        ["Credit Note"],
        ["Credit note No.", "CN-2611-0093", "Date", "2026-11-05"],
        ["Buyer", "Hollin Fasteners Ltd", "VAT No.", tax_id],
        ["Original invoice no.", "INV-88213", "Invoice date", "2026-10-20"],
        ["Item", "Qty", "Unit price", "Amount"],
        ["Hex bolt M8", 400, 0.25, 100.0],
    ]
    return sheet_from_rows(tmp_path, rows, "credit.xlsx", width=WIDTH)


@pytest.mark.parametrize(
    ("printed", "stored", "bad_digit"),
    [
        ("DE 136 695 976", "DE136695976", False),  # a real format, its check digit right
        ("GB 123 4567 89", "GB123456789", True),  # Britain's format, the check digit wrong
        ("27 AAACP 1234 F1Z5", "27AAACP1234F1Z5", True),  # an Indian GSTIN in groups
        ("12.345.678/0001-90", "12.345.678/0001-90", False),  # no country letters: as printed
    ],
)
def test_a_tax_id_with_spaces_is_stored_compact(tmp_path, printed, stored, bad_digit):
    doc = read_doc(_credit_note(tmp_path, printed), "allowance")
    assert doc["record"]["buyer_tax_id"] == stored
    assert ("tax_id_check_digit" in field_codes(doc, "buyer_tax_id")) is bad_digit
