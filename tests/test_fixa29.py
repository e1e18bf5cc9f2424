"""fixa29: what the review of reader29's and debts29's reader changes found (issue 10), each
shown on a form made here that the reader got wrong before."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from helpers import book_as, field_codes, read_doc
from test_reader29 import _return_with_merged


# ----------------------------------------- 3. a merged cell on the table's first line, said too
@pytest.mark.parametrize("form", ["xlsx", "pdf"])
def test_a_cell_merged_over_the_next_column_on_the_first_line_is_said(tmp_path: Path, form: str) -> None:
    """``铜排（规格另附）`` on the first line merged over 物料名称 and 单位, the lines under it with
    a unit: the first line's unit empty and said — only the lines above were asked before, and
    there are none above the first."""
    path = _return_with_merged(tmp_path, "B6:C6")
    book = openpyxl.load_workbook(path)
    sheet = book.active
    sheet.unmerge_cells("B6:C6")
    for col in "ABCDE":  # the lines swapped: the merged one first
        sheet[f"{col}5"].value, sheet[f"{col}6"].value = sheet[f"{col}6"].value, sheet[f"{col}5"].value
    sheet.merge_cells("B5:C5")
    book.save(path)
    doc = read_doc(book_as(path, form), "return")
    items = doc["record"]["items"]
    assert [(i["part_no"], i["unit"]) for i in items] == [
        ("TP-CU-7102", None),
        ("TP-ALU-7101", "kg"),
        ("TP-ZN-7103", "kg"),
    ]
    assert field_codes(doc, "items[0].unit") == {"table_cell_over_columns"}
    assert not field_codes(doc, "items[1].unit") and not field_codes(doc, "items[2].unit")


# --------------------------------------------- 5. a contact of no party is no person's label
def test_a_contact_of_no_party_is_no_persons_label() -> None:
    """``Supplier contact`` is a person (a name follows it); ``Contact`` and ``Emergency contact``
    may hold a phone number (``Contact: +86 512 6688 1234``): no person's field, so a learned
    profile's or a generic read's field so labelled is not read as a name. The party words are
    the party rule's (cell_lines.PARTY), one list."""
    from kesu_docs.parse.cell_lines import PARTY
    from kesu_docs.parse.persons import PERSON

    for label in ("Contact", "Contact:", "Emergency contact", "Emergency Contact："):
        assert not PERSON.told("", label), label
    for label in ("Supplier contact", "Vendor contact:", "Client Contact", "Prepared by"):
        assert PERSON.told("", label), label
    assert PARTY.told("", "Vendor") and PARTY.told("", "Sold to")
