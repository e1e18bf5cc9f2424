"""A team typed in one cell, each name with its role in brackets (``J. Park (Leader), S. Gomez
(Member)``, ``Helen Guo (Champion); David Sun (Leader); Lucy Zhao``): one team row per name,
the role in its column — not one name holding the whole list."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook
from openpyxl.styles import PatternFill

from kesu_docs.parse import parse_paths

SHADE = PatternFill("solid", fgColor="D9D9D9")


def eightd(tmp_path: Path, team: str) -> dict:
    wb = Workbook()
    ws = wb.active
    ws.title = "8D"
    ws["A1"] = "8D CORRECTIVE ACTION REPORT"
    rows = [
        ("8D Ref.", "8D-NV-2612"),
        ("Customer", "Norvale Appliances Ltd"),
        ("Date Opened", "2026-09-03"),
        ("D1 - Team Members", team),
        ("D2 - Problem Description", "Hinge pin protrudes 0.6 mm on 2 of 5 sampled units"),
    ]
    for r, (label, value) in enumerate(rows, start=3):
        ws.cell(r, 1, label).fill = SHADE
        ws.cell(r, 2, value)
    ws.column_dimensions["A"].width = 24
    ws.column_dimensions["B"].width = 60
    path = tmp_path / "8d.xlsx"
    wb.save(path)
    [result] = parse_paths([path], kind="8d")
    return result.to_dict("en")


@pytest.mark.parametrize(
    "team",
    ["J. Park (Leader), S. Gomez (Member), R. Iyer (Member)", "J. Park（组长）；S. Gomez (Member)；R. Iyer"],
)
def test_names_with_their_roles_in_one_cell_are_one_team_row_each(tmp_path, team):
    doc = eightd(tmp_path, team)
    team_rows = doc["record"]["team"]
    assert [m["name"] for m in team_rows] == ["J. Park", "S. Gomez", "R. Iyer"]
    assert team_rows[0]["role"] == "leader"


def test_a_list_of_things_with_a_bracket_is_not_taken_for_names(tmp_path):
    doc = eightd(tmp_path, "Sorted 1,900 hinges (warehouse), checked 300 parts (line 3)")
    assert len(doc["record"]["team"] or []) <= 1


def test_roles_before_a_colon_name_the_members_after_it_with_their_departments_in_brackets(tmp_path):
    doc = eightd(tmp_path, "組長：李國華（品保）、組員：張雅雯（製造）、陳冠宇（工程）")
    team_rows = doc["record"]["team"]
    assert [(m["name"], m["role"], m["dept"]) for m in team_rows] == [
        ("李國華", "leader", "品保"),
        ("張雅雯", "member", "製造"),
        ("陳冠宇", "member", "工程"),
    ]
