"""What the review of reader31 found (issue 10: never a silent misread), each rule read on forms
of our own, as Excel and as LibreOffice's PDF print of it where the reader reads both.

- **A line under a numbered list's item is joined to it only when it is its text wrapped**: into a
  text column (never the part number, never a figure), and never a note, ``以下空白``, a subtotal
  or a pause line; any other line ends the list, said (``table_list_stopped``) when it is a note
  the clerk wrote, whether or not items numbered on follow it.

Workbooks built here with openpyxl; values and wording of our own.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import field_codes
from test_reader31 import _items, _listed

FORMS = ["xlsx", "pdf"]


# ------------------------------------------------------------- a numbered list's wrapped lines
@pytest.mark.parametrize("form", FORMS)
def test_blank_below_under_the_last_item_is_no_part_of_its_name(tmp_path: Path, form: str) -> None:
    """``以下空白`` under item 3's name (before: ``導光板以下空白``): the list ends, nothing said."""
    doc = _listed(tmp_path, form, [], after=[[None, None, None, "以下空白"]])
    assert [i[1] for i in _items(doc)] == ["背光模組（含", "軟板", "導光板"]
    assert "table_list_stopped" not in field_codes(doc, "items")


@pytest.mark.parametrize("form", FORMS)
def test_a_note_under_an_items_name_ends_the_list_said(tmp_path: Path, form: str) -> None:
    """``註：另附檢驗報告`` under item 1's name, items 2 and 3 after it (before: read as
    ``背光模組（含註： 另附檢驗報告``, nothing said)."""
    doc = _listed(tmp_path, form, [[None, None, None, "註：另附檢驗報告"]])
    assert [i[:2] for i in _items(doc)] == [("JD-BLU-3101", "背光模組（含")]
    assert "table_list_stopped" in field_codes(doc, "items")


@pytest.mark.parametrize("form", FORMS)
def test_a_note_under_the_last_items_part_number_is_said_not_joined(tmp_path: Path, form: str) -> None:
    """``備註：客戶要求8/15前補貨`` under item 3's part number, no item after it (before: part
    number ``JD-LGP-3103 備註: …``, nothing said)."""
    doc = _listed(tmp_path, form, [], after=[[None, "備註：客戶要求8/15前補貨"]])
    assert [i[0] for i in _items(doc)] == ["JD-BLU-3101", "JD-FPC-3102", "JD-LGP-3103"]
    assert "table_list_stopped" in field_codes(doc, "items")
