"""Hostile files and clerks' mistakes, sixteenth round: what the earlier rounds left open, end to
end through the commands — a report's cells, the screen's tables, invisible characters from
another system, links in the inbox."""

from __future__ import annotations

import zipfile
from decimal import Decimal
from pathlib import Path

from helpers import kesu
from hostile import complaint, write_json

from kesu_docs.xlsxtext import FORMULA_START

# what clerks type (or paste) that a spreadsheet would take for a formula, and a real figure
LIKE_FORMULAS = ["-2+3", '=HYPERLINK("http://evil.example/x","点我")', "@SUM(1,1)", "+cmd|' /C calc'!A0"]


def _closed_complaints(inbox: Path, customers: list[str]) -> None:
    inbox.mkdir()
    for i, customer in enumerate(customers):
        write_json(inbox / f"c{i}.json", complaint(customer=customer, order_no=f"SO-{i}", part_no=f"P-{i}"))


# ---------------------------------------------------------------------------------- report cells
def test_the_monthly_report_keeps_text_that_starts_like_a_formula_text_when_edited(tmp_path):
    """The monthly statistics' 按客户 table wrote a customer called ``-2+3`` or ``@SUM(1,1)`` as a
    string without Excel's quote prefix: a clerk who edits the cell (F2, Enter) turns it into a
    formula (=1) or a DDE call; the register export and the sheets written row by row had it."""
    from openpyxl import load_workbook

    _closed_complaints(tmp_path / "inbox", LIKE_FORMULAS)
    db = tmp_path / "kesu.db"
    assert kesu("render", tmp_path / "inbox", "-o", tmp_path / "out", "--db", db).exit_code == 0
    out = tmp_path / "月报.xlsx"
    done = kesu("report", "monthly", "2026-09", "--db", db, "-o", out)
    assert done.exit_code == 0, done.output
    with zipfile.ZipFile(out) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                xml = archive.read(name)
                assert b"<f>" not in xml and b"<f " not in xml, name
    book = load_workbook(out)
    seen: dict[str, int] = {}
    numbers = 0
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.value.startswith(FORMULA_START):
                    assert cell.data_type == "s", (sheet.title, cell.coordinate, cell.value)
                    assert cell.quotePrefix, (sheet.title, cell.coordinate, cell.value)
                    seen[cell.value] = seen.get(cell.value, 0) + 1
                elif isinstance(cell.value, (int, float, Decimal)) and not isinstance(cell.value, bool):
                    numbers += 1
    assert set(LIKE_FORMULAS) <= set(seen), seen
    assert numbers  # the counts and amounts are still numbers
