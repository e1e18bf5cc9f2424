"""What the review of profiles32 found (issue 10, round 32: fixp32). Forms made here: workbooks
by openpyxl, learned with ``kesu learn``; each test fails before the rule it shows."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from helpers import read_doc, run_cli
from test_profiles32 import _LINES_1, _LINES_2, _return_note


def _learned(office: Path) -> Path:
    first = _return_note(office / "first.xlsx", "TH-001", "华美", _LINES_1)
    assert run_cli("learn", first, "--kind", "return", "--name", "first")[0] == 0
    return office / "profiles" / "first.toml"


def test_a_cell_inserted_on_the_values_row_alone_leaves_it_unread_and_said(office: Path) -> None:
    """One cell inserted at B2 (shifting the rest of row 2 right), column B's other labels
    unmoved: before, the number was read as the inserted cell's ``TH-XXXX`` with no word on
    the field; now the field is left unread, said (``profile_value_unplaced``)."""
    profile = _learned(office)
    second = _return_note(office / "second.xlsx", "TH-003", "宁波华美", _LINES_2)
    book = openpyxl.load_workbook(second)
    ws = book.active
    for col in range(ws.max_column, 1, -1):
        ws.cell(2, col + 1, ws.cell(2, col).value)
    ws.cell(2, 2, "TH-XXXX")
    book.save(second)
    doc = read_doc(second, "return")
    assert doc["record"]["number"] != "TH-XXXX"
    errors = {e["field"]: e for e in doc["errors"] if e["code"] == "profile_value_unplaced"}
    assert "number" in errors, (doc["record"]["number"], doc["errors"], doc["warnings"])
    assert str(profile) in errors["number"]["message"] and "退货日期" in errors["number"]["message"]
    assert doc["record"]["customer"] == "宁波华美"  # (the other rows as learned)


def test_a_value_realigned_onto_its_own_labels_cell_is_left_unread(office: Path) -> None:
    """退货客户 moved from A3 to B3 (a cell inserted before it on its row), column B's other
    labels unmoved: before, the customer was read from B3 — the label's own cell now; now it is
    left unread, said."""
    _learned(office)
    second = _return_note(office / "second.xlsx", "TH-003", "宁波华美", _LINES_2)
    book = openpyxl.load_workbook(second)
    ws = book.active
    for col in range(ws.max_column, 0, -1):
        ws.cell(3, col + 1, ws.cell(3, col).value)
    ws.cell(3, 1, None)
    book.save(second)
    doc = read_doc(second, "return")
    assert doc["record"]["customer"] != "退货客户"
    errors = {e["field"] for e in doc["errors"] if e["code"] == "profile_value_unplaced"}
    assert "customer" in errors or doc["record"]["customer"] == "宁波华美", doc["errors"]


def test_a_copy_with_one_more_table_line_is_learned_again_as_agreeing(office: Path) -> None:
    """Copy 2 has three table lines, copy 1 two: the fields under the table stand a row lower,
    as far from their labels as on copy 1. Before, ``kesu learn --force`` refused it
    (``learn_copies_disagree`` on reason, handling …); now it agrees and is learned."""
    _learned(office)
    second = _return_note(office / "second.xlsx", "TH-003", "宁波华美", _LINES_2)
    code, out = run_cli("learn", second, "--kind", "return", "--name", "first", "--force", "--lang", "en")
    assert code == 0 and "disagrees" not in out, out


def test_a_moved_label_and_an_unplaced_value_name_the_profiles_file_in_both_languages(office: Path) -> None:
    """``profile_label_moved`` names the profile's file (before: "the profile" only); the moves
    of ``profile_value_unplaced`` are joined by "; " in plain quotes in English."""
    profile = _learned(office)
    second = _return_note(office / "second.xlsx", "TH-003", "宁波华美", _LINES_2)
    book = openpyxl.load_workbook(second)
    ws = book.active
    ws.insert_rows(1)
    for col in range(ws.max_column, 1, -1):
        ws.cell(3, col + 1, ws.cell(3, col).value)
    ws.cell(3, 2, "TH-XXXX")
    book.save(second)
    for lang in ("zh", "en"):
        doc = read_doc(second, "return", lang)
        moved = [w for w in doc["warnings"] if w["code"] == "profile_label_moved"]
        assert moved and all(str(profile) in w["message"] for w in moved), doc["warnings"]
        unplaced = {e["field"]: e for e in doc["errors"] if e["code"] == "profile_value_unplaced"}["number"]
        if lang == "en":
            assert "“" not in unplaced["message"] and "；" not in unplaced["message"], unplaced
