"""What the sixtieth held-out set showed the reader lacked (issue 10), each rule read on forms of our
own (values and wording not the set's).

- **A field of the form under a table's lines ends them**: a row under a return note's lines whose first cell
  is a label of another field of the form, its value in a cell across the columns (``Grund / Reason of return |
  Lid cracked …``, ``Tindakan / Disposition | Scrap``), is that field — never two more lines whose code is the
  label and whose name the clerk's text, passed unwarned. Its label may be one we name less surely than a label
  ending the lines alone (a half in a language we lack, a non-native wording).

Workbooks built here with openpyxl.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers import read_doc


def _return_note(folder: Path, under: list[tuple[str, str]]) -> Path:
    """A return note: its head, a line table (code, name, approved, returned, unit price, amount) with one
    line, then ``under``'s label / value rows, each value merged across the table's other columns."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["RETURN NOTE"])
    ws.append(["Return No.", "RN-0917-04", "", "Date", "2026-09-17"])
    ws.append(["Customer", "Kestrel Housewares Ltd.", "", "Complaint No.", "KH-CP-0911"])
    ws.append(["Item Code", "Description", "Qty Approved", "Qty Returned", "Unit Price", "Amount"])
    ws.append(["KT-220-W", "Kettle lid, white", 60, 60, 3.5, 210.0])
    for label, value in under:
        ws.append([label, value])
        ws.merge_cells(start_row=ws.max_row, start_column=2, end_row=ws.max_row, end_column=6)
    for col in "ABCDEF":
        ws.column_dimensions[col].width = 22
    path = folder / "return.xlsx"
    wb.save(path)
    return path


@pytest.mark.parametrize(
    "under",
    [
        [("Grund / Reason of return", "Lid cracked at the hinge"), ("Tindakan / Disposition", "Scrap")],
        [("Reason of Return", "Lid cracked at the hinge"), ("Disposition", "Scrap")],
    ],
)
def test_a_field_of_the_form_under_the_lines_ends_them(tmp_path, under: list[tuple[str, str]]) -> None:
    doc = read_doc(_return_note(tmp_path, under), "return")
    record = doc["record"]
    assert [item["part_no"] for item in record["items"]] == ["KT-220-W"]
    assert record["reason"] == "Lid cracked at the hinge"
    assert record["handling"] == ["scrap"]


def test_a_second_line_under_the_first_is_still_a_line(tmp_path) -> None:
    """A line whose code is no label of the form goes on the table, as before (its name across the columns
    would be a line whose columns ran together, not a field)."""
    from openpyxl import load_workbook

    path = _return_note(tmp_path, [])
    wb = load_workbook(path)
    wb.active.append(["KT-220-B", "Kettle lid, black", 40, 38, 3.5, 133.0])
    wb.save(path)
    record: dict[str, Any] = read_doc(path, "return")["record"]
    assert [item["part_no"] for item in record["items"]] == ["KT-220-W", "KT-220-B"]
