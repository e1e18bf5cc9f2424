"""Layout profiles: the silent case left and the messages (issue 10, round 33: profiles33).
Forms made here: workbooks by openpyxl and their LibreOffice print, learned with ``kesu learn``;
each test fails before the rule it shows (CHANGELOG says which)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest
from helpers import book_as, landscape_book, read_doc, run_cli
from test_profiles32 import _LINES_1, _LINES_2, _column_inserted, _return_note


def _codes(doc: dict[str, Any], field: str) -> dict[str, dict[str, Any]]:
    return {p["code"]: p for p in doc["errors"] + doc["warnings"] if p["field"] == field}


# ------------------------------------------------- a column inserted between a label and its value
def _plain_note(path: Path, number: str, customer: str) -> Path:
    """A return note whose column B holds values only (no label of the profile stands in it)."""
    rows: list[list[Any]] = [
        ["成品退货单"],
        ["退货单号", number, "退货日期", "2026-09-12"],
        ["退货客户", customer, "客诉编号", "KS-260911"],
        ["料号", None, "退货数量", "单价", "金额"],
        ["C-300", None, 30, 10, 300],
        ["合计", None, None, None, 300],
        ["退货原因", "外观不良"],
        ["处理方式", "报废"],
    ]
    return landscape_book(path, rows, {"A": 16, "B": 22, "C": 14, "D": 14, "E": 14, "F": 14}, grid=True)


def _inserted_at_b(path: Path) -> Path:
    """The same note with a column inserted at B over the whole sheet: a label kesu does not know
    (``客户代码``) between 退货客户 and its value, ``单号`` between 退货单号 and its value."""
    book = openpyxl.load_workbook(path)
    ws = book.active
    ws.insert_cols(2)
    ws["B2"], ws["B3"] = "单号", "客户代码"
    book.save(path)
    return path


def test_a_column_inserted_between_a_label_and_its_value_with_no_label_to_follow_is_never_read(
    office: Path,
) -> None:
    """Column B held values only: before, the new column's ``客户代码`` was read as the customer
    and ``单号`` as the number, the reason left empty, nothing said on them. Now the cells
    between a label and the next label right of it (or the next column of labels) are counted:
    more than when learned, the one of the field's kind is read, said; none alone: unread, an
    error naming the inserted cell."""
    profile = office / "profiles" / "plain.toml"
    first = _plain_note(office / "one" / "note.xlsx", "TH-001", "华美")
    assert run_cli("learn", first, "--kind", "return", "--name", "plain")[0] == 0
    second = _inserted_at_b(_plain_note(office / "two" / "note.xlsx", "TH-003", "宁波华美"))
    doc = read_doc(second, "return")
    record = doc["record"]
    assert record["customer"] != "客户代码" and record["number"] != "单号", record
    assert record["customer"] is None
    unplaced = _codes(doc, "customer")["profile_value_unplaced"]
    assert "客户代码" in unplaced["message"] and str(profile) in unplaced["message"]
    assert record["reason"] == "外观不良" and record["handling"] == ["scrap"]
    assert "profile_value_realigned" in _codes(doc, "reason"), doc["warnings"]


@pytest.mark.parametrize("learned_on", ["xlsx", "pdf"])
def test_on_a_print_a_column_inserted_between_a_label_and_its_value_is_never_read_as_it(
    office: Path, learned_on: str
) -> None:
    """The print of a note with a column inserted at B (``客户代码`` right of 退货客户): before,
    ``客户代码`` was read as the customer, nothing said (the generic reader does not know that
    label either). Now more boxes stand between the label and the next one than when learned:
    the profile follows the labels of the value's column (品名), said — learned on the print too
    since profiles34 (which keeps the labels printed in the value's column; before, the customer
    was left unread there); the number, the one box of the field's kind (``TH-000``)."""
    first = book_as(_return_note(office / "one" / "first.xlsx", "TH-001", "华美", _LINES_1), learned_on)
    assert run_cli("learn", first, "--kind", "return", "--name", "first")[0] == 0
    second = book_as(_column_inserted(office / "two" / "second.xlsx"), "pdf")
    for lang in ("en", "zh"):
        doc = read_doc(second, "return", lang)
        record = doc["record"]
        assert record["customer"] != "客户代码" and record["number"] != "单号", record
        said = _codes(doc, "customer")
        assert record["customer"] == "宁波华美" and "profile_value_realigned" in said, said
        assert "品名" in said["profile_value_realigned"]["message"]
        assert doc["provenance"]["customer"]["confidence"] < 0.8
        assert record["number"] == "TH-003" and "profile_value_realigned" in _codes(doc, "number")
        assert str(office / "profiles" / "first.toml") in said["profile_value_realigned"]["message"]


def test_an_unchanged_print_reads_as_before(office: Path) -> None:
    """(guard) The second copy's print, its layout as learned: no field followed or unplaced."""
    first = book_as(_return_note(office / "one" / "first.xlsx", "TH-001", "华美", _LINES_1), "pdf")
    assert run_cli("learn", first, "--kind", "return", "--name", "first")[0] == 0
    second = book_as(_return_note(office / "two" / "second.xlsx", "TH-003", "宁波华美", _LINES_2), "pdf")
    doc = read_doc(second, "return")
    assert (doc["record"]["number"], doc["record"]["customer"]) == ("TH-003", "宁波华美")
    codes = {p["code"] for p in doc["errors"] + doc["warnings"]}
    assert not codes & {"profile_value_unplaced", "profile_value_realigned"}, codes


# ------------------------------------------------------------------ a row shifted alone
def _row_shifted(path: Path, row: int, at: int, text: str) -> Path:
    """One cell inserted in ``row`` alone at column ``at`` (the rest of that row one cell right)."""
    book = openpyxl.load_workbook(path)
    ws = book.active
    for col in range(ws.max_column, at - 1, -1):
        ws.cell(row, col + 1, ws.cell(row, col).value)
    ws.cell(row, at, text)
    book.save(path)
    return path


def _learned(office: Path) -> Path:
    first = _return_note(office / "first.xlsx", "TH-001", "华美", _LINES_1)
    assert run_cli("learn", first, "--kind", "return", "--name", "first")[0] == 0
    return office / "profiles" / "first.toml"


def test_a_cell_inserted_before_a_label_on_its_row_keeps_its_value_read(office: Path) -> None:
    """A cell inserted before 退货日期 (C2) on row 2 alone: the label and its value moved on
    together. Before, the date was left unread (``profile_value_unplaced``: the value's column
    D taken for moved across with 单价 unmoved); now read from its new cell, the label's move said."""
    _learned(office)
    second = _row_shifted(_return_note(office / "second.xlsx", "TH-003", "宁波华美", _LINES_2), 2, 3, "加急")
    doc = read_doc(second, "return")
    assert doc["record"]["issue_date"] == "2026-09-12", (doc["errors"], doc["warnings"])
    said = _codes(doc, "issue_date")
    assert "profile_label_moved" in said and "profile_value_unplaced" not in said, said
    assert doc["record"]["customer"] == "宁波华美"


def test_a_row_shifted_alone_is_said_as_a_row(office: Path) -> None:
    """A cell inserted at B2 (between 退货单号 and its value): the field unread, the error says
    the row changed ("行" / "row"; before: "列" / "column")."""
    _learned(office)
    second = _row_shifted(
        _return_note(office / "second.xlsx", "TH-003", "宁波华美", _LINES_2), 2, 2, "TH-XXXX"
    )
    for lang, word, wrong in (("zh", "之间的行", "之间的列"), ("en", "the rows between", "the columns")):
        doc = read_doc(second, "return", lang)
        message = _codes(doc, "number")["profile_value_unplaced"]["message"]
        assert word in message and wrong not in message, message


# ------------------------------------------------------------------ the labels' changes in English
def test_the_labels_changes_are_joined_in_the_messages_language(office: Path) -> None:
    """``profile_labels_changed`` joined its changes with "；" and “ ” in English too; now
    "; " and plain quotes in English, "；" in Chinese."""
    _learned(office)
    second = _column_inserted(office / "second.xlsx")
    (en,) = [w for w in read_doc(second, "return", "en")["warnings"] if w["code"] == "profile_labels_changed"]
    assert "；" not in en["message"] and "“" not in en["message"], en
    assert "'品名' B4→C4; " in en["message"], en
    (zh,) = [w for w in read_doc(second, "return", "zh")["warnings"] if w["code"] == "profile_labels_changed"]
    assert "“品名” B4→C4；" in zh["message"], zh


# ------------------------------------------------- a second copy learned under another name
def _one_line(path: Path, number: str, customer: str, *, one_cell_right: bool = False) -> Path:
    from test_profiles32 import _one_line_note

    return _one_line_note(path, number, customer, one_cell_right=one_cell_right)


def test_a_copy_learned_under_another_name_is_compared_with_the_layouts_profile(office: Path) -> None:
    """Copy 1 learned as ``hm``; copy 2, the customer one cell to the right, learned as
    ``hm2``: before, written without a word (two profiles recognising one layout, one reading
    the other wrong). Now found by its fingerprint, compared: refused naming ``hm.toml`` and the
    field; with ``--force`` written, said."""
    first = _one_line(office / "c1.xlsx", "TH-001", "华美")
    assert run_cli("learn", first, "--kind", "return", "--name", "hm")[0] == 0
    second = _one_line(office / "c2.xlsx", "TH-002", "华兴", one_cell_right=True)
    for lang, words in (("zh", "不一致：customer B3 / C3"), ("en", "disagrees with it: customer B3 / C3")):
        code, out = run_cli("learn", second, "--kind", "return", "--name", "hm2", "--lang", lang)
        assert code != 0 and words in " ".join(out.split()), out
        assert "hm.toml" in out and "c1.xlsx" in out and "c2.xlsx" in out
    assert not (office / "profiles" / "hm2.toml").exists()
    code, out = run_cli("learn", second, "--kind", "return", "--name", "hm2", "--force", "--lang", "en")
    assert code == 0 and "Warning" in out and "hm.toml" in out, out
    assert (office / "profiles" / "hm2.toml").is_file()


def test_a_copy_that_agrees_with_another_names_profile_is_said_to_duplicate_it(office: Path) -> None:
    first = _one_line(office / "c1.xlsx", "TH-001", "华美")
    assert run_cli("learn", first, "--kind", "return", "--name", "hm")[0] == 0
    second = _one_line(office / "c2.xlsx", "TH-002", "华兴")
    code, out = run_cli("learn", second, "--kind", "return", "--name", "hm2", "--lang", "en")
    assert code == 0 and "has the layout of the profile 'hm'" in " ".join(out.split()), out
    assert (office / "profiles" / "hm2.toml").is_file()


# ------------------------------------------------------------------ a longer table
def test_a_longer_table_leaves_the_fields_under_it_unwarned(office: Path) -> None:
    """Learned on a copy of two lines, read on one of three: the fields under the table stand a
    row lower, as far from their labels as learned. Before, ``profile_label_moved`` on each
    (reason, handling, receiver, approver) and every label in ``profile_labels_changed``, each
    value a guess (0.70); now none, read as sure."""
    _learned(office)
    doc = read_doc(_return_note(office / "second.xlsx", "TH-003", "宁波华美", _LINES_2), "return")
    record = doc["record"]
    assert (record["reason"], record["warehouse_receiver"], record["approved_by"]) == (
        "外观不良",
        "王强",
        "李娜",
    )
    assert len(record["items"]) == 3
    codes = {p["code"] for p in doc["errors"] + doc["warnings"]}
    assert not codes & {"profile_label_moved", "profile_labels_changed"}, doc["warnings"]
    assert doc["provenance"]["reason"]["confidence"] == 1.0


def test_a_row_inserted_under_the_table_is_still_said(office: Path) -> None:
    """(guard) The same two lines, a row inserted between the table and 退货原因: no longer
    table explains the move, each field's label move is said as before."""
    _learned(office)
    second = _return_note(office / "second.xlsx", "TH-003", "宁波华美", _LINES_1)
    book = openpyxl.load_workbook(second)
    book.active.insert_rows(8)
    book.save(second)
    doc = read_doc(second, "return")
    assert doc["record"]["reason"] == "外观不良"
    assert "profile_label_moved" in _codes(doc, "reason")
