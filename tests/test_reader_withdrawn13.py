"""Old values a clerk leaves on a workbook, and quantities in packs (holdout13 patterns 6, 10, 11).

- A cell struck through WHOLE, the new value typed in the next cell: the struck cell is
  withdrawn, the field takes the new one and says what was left out.
- An old revision kept in collapsed (hidden) outline rows above the current one: hidden rows
  are not the form's current values — the visible ones are read, the old text said.
- ``3箱(每箱100pcs)`` is 300: the packs times the count in each the brackets say, warned; a
  remark in brackets (``3箱(其中100pcs不良)``) is no pack size.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from helpers import parse_cli

from kesu_docs.parse.units import packs_times_each


def _doc(path: Path, kind: str) -> dict[str, Any]:
    code, docs = parse_cli(path, "--kind", kind, "--lang", "en")
    assert docs, f"kesu parse gave nothing (exit {code})"
    return docs[0]


def _said(doc: dict[str, Any], code: str) -> dict[str, str]:
    return {w["field"]: w["message"] for w in doc["warnings"] if w["code"] == code}


def _eightd(tmp_path: Path, *, strike: bool, outline: bool) -> Path:
    """An 8D of our own layout: label in A, value in B; the old root cause and target date
    struck through with the new ones in C (``strike``), or the first revision's D4/D5 in
    collapsed outline rows above the current ones (``outline``)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    s = wb.active
    rows: list[tuple[str, Any, Any]] = [
        ("8D Report", None, None),
        ("8D No.", "8D-T-0042", None),
        ("Customer", "Nordwind Pumps GmbH", None),
        ("D2 Problem", "Seal ring leaks at 6 bar on 14 pumps.", None),
        ("D3 Containment", "All seal rings in stock re-tested at 8 bar.", None),
    ]
    if outline:
        rows += [
            ("(first revision, void)", None, None),
            ("D4 Root cause", "Supplier O-ring hardness out of spec.", None),
            ("D5 Actions", "Incoming hardness check on every lot.", None),
        ]
    if strike:
        rows += [
            ("D4 Root cause", "Supplier O-ring hardness", "Groove depth cut 0.2 mm shallow by worn tool."),
            ("Target close", "2026-05-02", dt.datetime(2026, 5, 16)),
        ]
    else:
        rows += [("D4 Root cause", "Groove depth cut 0.2 mm shallow by worn tool.", None)]
    rows += [("D5 Actions", "Tool life cut to 5,000 parts; groove gauge at first piece.", None)]
    for r, (label, value, new) in enumerate(rows, start=1):
        s.cell(r, 1, label)
        if value is not None:
            s.cell(r, 2, value)
        if new is not None:
            s.cell(r, 3, new)
            s.cell(r, 2).font = Font(strike=True)
        if outline and 6 <= r <= 8:
            s.row_dimensions[r].outlineLevel = 1
            s.row_dimensions[r].hidden = True
    s.column_dimensions["B"].width = 48
    path = tmp_path / "eightd.xlsx"
    wb.save(path)
    return path


def test_a_cell_struck_through_whole_gives_way_to_the_new_value_in_the_next_cell(tmp_path):
    doc = _doc(_eightd(tmp_path, strike=True, outline=False), "8d")
    values = doc["record"]
    assert values["root_cause"][0]["cause"] == "Groove depth cut 0.2 mm shallow by worn tool."
    assert values["target_close_date"] == "2026-05-16"
    said = _said(doc, "value_withdrawn_left_out")
    assert "Supplier O-ring hardness" in said["root_cause[0].cause"]
    assert "2026-05-02" in said["target_close_date"]


def test_a_struck_cell_with_no_new_value_beside_it_stays_read_and_warned(tmp_path):
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    s = wb.active
    for r, (label, value) in enumerate(
        [
            ("8D Report", None),
            ("8D No.", "8D-T-0043"),
            ("Customer", "Nordwind Pumps GmbH"),
            ("Target close", "2026-05-02"),
        ],
        start=1,
    ):
        s.cell(r, 1, label)
        if value is not None:
            s.cell(r, 2, value)
    s["B4"].font = Font(strike=True)
    path = tmp_path / "struck.xlsx"
    wb.save(path)
    doc = _doc(path, "8d")
    assert doc["record"].get("target_close_date") == "2026-05-02"
    assert "target_close_date" in _said(doc, "value_struck")


def test_collapsed_rows_of_an_old_revision_are_not_the_forms_current_values(tmp_path):
    doc = _doc(_eightd(tmp_path, strike=False, outline=True), "8d")
    values = doc["record"]
    assert values["containment"][0]["action"] == "All seal rings in stock re-tested at 8 bar."
    assert values["root_cause"][0]["cause"] == "Groove depth cut 0.2 mm shallow by worn tool."
    actions = [a["action"] for a in values["corrective_actions"]]
    assert actions == ["Tool life cut to 5,000 parts; groove gauge at first piece."]
    assert "Incoming hardness" not in str(values)
    assert "Supplier O-ring" not in str(values)


def test_packs_times_the_count_in_each_is_the_quantity():
    assert packs_times_each("3箱(每箱100pcs)") == (3, 100)
    assert packs_times_each("3箱（每箱100个）") == (3, 100)
    assert packs_times_each("12 ctns (250 pcs each)") == (12, 250)
    assert packs_times_each("4 cartons (40 pcs/ctn)") == (4, 40)
    # a remark, a measure, a bare figure in brackets: no pack size
    assert packs_times_each("3箱(其中100pcs不良)") is None
    assert packs_times_each("3箱(每箱100kg)") is None
    assert packs_times_each("5箱(100)") is None
    assert packs_times_each("300 pcs") is None


def test_a_return_notes_quantity_in_cartons_is_read_as_pieces_and_said(tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    s = wb.active
    s["A1"] = "成品退货单"
    s["A2"], s["B2"], s["C2"], s["D2"] = "退货单号", "TH-2026-0311", "客户", "苏州恒达电子有限公司"
    for col, head in zip("ABCD", ["料号", "品名", "退货数量", "备注"], strict=True):
        s[f"{col}4"] = head
    s["A5"], s["B5"], s["C5"] = "HD-220-01", "端子座", "3箱(每箱100pcs)"
    s["A6"], s["B6"], s["C6"] = "HD-220-02", "端子盖", "4箱(其中10pcs不良)"
    s["A7"], s["B7"], s["C7"] = "HD-220-03", "端子针", 250
    path = tmp_path / "return.xlsx"
    wb.save(path)
    doc = _doc(path, "return")
    items = doc["record"]["items"]
    assert items[0]["qty_returned"] == 300
    assert items[1].get("qty_returned") != 40  # a remark is never multiplied
    assert items[2]["qty_returned"] == 250
    said = _said(doc, "qty_in_packs")
    assert "3 × 100 = 300" in said["items[0].qty_returned"]
    assert "items[1].qty_returned" not in said
