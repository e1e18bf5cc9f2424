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


# ------------------------------------------------------------- a note row over the price column
@pytest.mark.parametrize("fmt", ["xlsx", "pdf"])
@pytest.mark.parametrize(
    "note",
    [
        {
            "A9": "注：",
            "B9": "第 2、3 项为另一送货单，随货附检验报告及出货明细，请一并核对",
        },  # run on over B:F
        {"A9": "注：", "F9": "另单"},  # its text in the 单价 column
    ],
)
def test_a_note_row_over_the_price_column_is_no_item_and_the_lines_below_are_read(
    tmp_path: Path, fmt: str, note: dict[str, str]
) -> None:
    """A ``注：`` row whose text reaches the unit-price column is a note, no item (its text no
    figure, the line no quantity): the table goes on under it (before: the table ended there and
    items 2 and 3 were dropped, nothing said)."""
    from helpers import soffice_convert
    from test_reader_guards import parse, value, workbook
    from test_reader_table_lines import RETURN_WITH_GROUPS, _wide

    cells = {k: v for k, v in RETURN_WITH_GROUPS.items() if k != "A9"} | note
    path = _wide(
        workbook(tmp_path, {"Sheet1": cells}), {"A": 10, "B": 12, "C": 16, "D": 6, "E": 10, "F": 8, "G": 12}
    )
    if fmt == "pdf":
        path = soffice_convert(path, "pdf", tmp_path / "pdf")
    assert [row["part_no"] for row in value(parse(path, "return"), "items")] == ["KN-301", "PN-118", "PN-120"]
