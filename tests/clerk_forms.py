"""Our own complaint blank, filled with the sample and then typed over as a clerk does."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from helpers import named_cell
from hostile import excel_form
from openpyxl import load_workbook


def typed_blank(tmp_path: Path, **cells: Any) -> Path:
    """The complaint sample filled into our blank, ``field=value`` typed over its cells as text."""
    path = excel_form(tmp_path / "form.xlsx")
    where = {field: named_cell(path, f"kesu.{field}") for field in cells}
    wb = load_workbook(path)
    for field, value in cells.items():
        sheet, ref = where[field].split("!")
        cell = wb[sheet][ref]
        cell.value = value
        if isinstance(value, str):
            cell.number_format = "@"
    wb.save(path)
    return path
