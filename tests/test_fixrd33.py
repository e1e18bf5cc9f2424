"""The review of branch reader33 mended (issue 10: never a silent misread).

- **A cell of several lines beside an 8D heading**, printed by LibreOffice: every line of it is
  the step's text (before: the first line only, the others lost without a word).

Workbooks built here with openpyxl; values and wording of our own.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers import book_as, landscape_book, read_doc

FORMS = ["xlsx", "pdf"]


def _eight_d(tmp_path: Path, d4: str, grid: bool = False) -> Path:
    rows: list[list[Any]] = [
        ["8D REPORT"],
        ["Report No.", "8D-WB-2611-007", "Opened", "2026-11-03"],
        ["Customer", "Wren Bolt GmbH", "Part No.", "WB-HSG-2210"],
        ["D2 Problem", "Burr on the flange, 14 pcs."],
        ["D3 Containment", "Stock sorted, 800 pcs checked."],
        ["D4 Root cause", d4],
        ["D5 Corrective action", "Trim die re-ground."],
        ["D7 Prevention", "Die edge check added to PM."],
        ["D8 Closed", "2026-11-18"],
    ]
    from openpyxl import load_workbook
    from openpyxl.styles import Alignment

    path = landscape_book(tmp_path / "8d.xlsx", rows, {"A": 20, "B": 60, "C": 14, "D": 20}, grid=grid)
    book = load_workbook(path)
    for cell in ("A6", "B6"):
        book.active[cell].alignment = Alignment(wrap_text=True, vertical="top")
    book.active.row_dimensions[6].height = 48  # (the print shows the cell's three lines)
    book.save(path)
    return path


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("grid", [False, True])
@pytest.mark.parametrize(
    "d4",
    [
        "Trim die edge worn.\nBurr height 0.30 mm measured\nEdge radius out of drawing",
        "Measured on 5 samples.\nD3.5 Hole diameter 4.96 mm, spec 5.00 ±0.02\nD2.1 Boss height 3.10 mm",
    ],
)
def test_every_line_of_a_steps_cell_is_its_text(tmp_path: Path, form: str, grid: bool, d4: str) -> None:
    """Each line of D4's cell of three lines is in the root cause's text, in the workbook and in
    its LibreOffice print, ruled or not; D5's text on the next row stays D5's."""
    doc = read_doc(book_as(_eight_d(tmp_path, d4, grid), form), "8d")
    causes = " ".join(str(c["cause"]) for c in doc["record"]["root_cause"] or [])
    for line in d4.split("\n"):
        assert line.split()[-2] in causes, (line, doc["record"]["root_cause"], doc["warnings"])
    assert "re-ground" not in causes and "Stock sorted" not in causes
