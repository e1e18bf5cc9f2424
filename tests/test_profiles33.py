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
    a profile learned on the workbook follows the labels of the value's column (品名), said; one
    learned on the print takes the one box of the field's kind (the number's ``TH-000``), or
    leaves the field unread, an error."""
    first = book_as(_return_note(office / "one" / "first.xlsx", "TH-001", "华美", _LINES_1), learned_on)
    assert run_cli("learn", first, "--kind", "return", "--name", "first")[0] == 0
    second = book_as(_column_inserted(office / "two" / "second.xlsx"), "pdf")
    for lang in ("en", "zh"):
        doc = read_doc(second, "return", lang)
        record = doc["record"]
        assert record["customer"] != "客户代码" and record["number"] != "单号", record
        said = _codes(doc, "customer")
        if learned_on == "xlsx":
            assert record["customer"] == "宁波华美" and "profile_value_realigned" in said, said
            assert "品名" in said["profile_value_realigned"]["message"]
            assert doc["provenance"]["customer"]["confidence"] < 0.8
        else:
            assert record["customer"] is None and "profile_value_unplaced" in said, said
            assert "客户代码" in said["profile_value_unplaced"]["message"]
        assert record["number"] == "TH-003" and "profile_value_realigned" in _codes(doc, "number")
        assert str(office / "profiles" / "first.toml") in said.get(
            "profile_value_realigned", said.get("profile_value_unplaced", {})
        ).get("message", "")


def test_an_unchanged_print_reads_as_before(office: Path) -> None:
    """(guard) The second copy's print, its layout as learned: no field followed or unplaced."""
    first = book_as(_return_note(office / "one" / "first.xlsx", "TH-001", "华美", _LINES_1), "pdf")
    assert run_cli("learn", first, "--kind", "return", "--name", "first")[0] == 0
    second = book_as(_return_note(office / "two" / "second.xlsx", "TH-003", "宁波华美", _LINES_2), "pdf")
    doc = read_doc(second, "return")
    assert (doc["record"]["number"], doc["record"]["customer"]) == ("TH-003", "宁波华美")
    codes = {p["code"] for p in doc["errors"] + doc["warnings"]}
    assert not codes & {"profile_value_unplaced", "profile_value_realigned"}, codes
