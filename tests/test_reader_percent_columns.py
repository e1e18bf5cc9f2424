"""A bare number under a label or column head that names its unit ``%`` (``Effective %``,
``有效性(%)``): 100 is 100 %, 95 is 95 % — never the 1 % a bare 1 would read as."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import PatternFill

from kesu_docs.parse import parse_paths

SHADE = PatternFill("solid", fgColor="D9D9D9")


def test_a_bare_number_in_a_percent_column_is_that_many_percent(tmp_path: Path):
    wb = Workbook()
    ws = wb.active
    ws.title = "SCAR"
    ws["A1"] = "SUPPLIER CORRECTIVE ACTION REQUEST (8D)"
    ws["A2"], ws["B2"] = "SCAR No.", "SCAR-26-0311"
    ws["A3"], ws["B3"] = "Customer", "Norvale Appliances Ltd"
    ws["A5"] = "D3 – Containment Actions"
    for c, head in enumerate(["Action", "Owner", "Due Date", "Effective %"], start=1):
        ws.cell(6, c, head).fill = SHADE
    ws.append(["Sort all stock in house and in transit", "Li Wei", "2026-09-05", 100])
    ws.append(["Third-party sorting at customer plant", "Wang Fang", "2026-09-06", 95])
    ws.column_dimensions["A"].width = 40
    path = tmp_path / "scar.xlsx"
    wb.save(path)
    [result] = parse_paths([path], kind="8d")
    rows = result.to_dict("en")["record"]["containment"]
    assert [r["effectiveness_pct"] for r in rows[:2]] == ["1", "0.95"]
