"""Layout profiles: a value below its label never read from a row inserted between them (issue 10,
round 33: profb33). Forms made here: workbooks by openpyxl and their LibreOffice print, learned
with ``kesu learn``; each test fails before the rule it shows (CHANGELOG says which)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest
from helpers import book_as, landscape_book, read_doc, run_cli


def _codes(doc: dict[str, Any], field: str) -> dict[str, dict[str, Any]]:
    return {p["code"]: p for p in doc["errors"] + doc["warnings"] if p["field"] == field}


def _stacked_note(path: Path, number: str, customer: str) -> Path:
    """A return note whose values stand below their labels: a row of labels, the row of their
    values, and again."""
    rows: list[list[Any]] = [
        ["成品退货单"],
        ["退货单号", "退货客户", "退货日期", "客诉编号"],
        [number, customer, "2026-09-12", "KS-260911"],
        ["退货原因", "处理方式", "仓库签收", "批准"],
        ["外观不良", "报废", "王强", "李娜"],
    ]
    return landscape_book(path, rows, {"A": 18, "B": 22, "C": 16, "D": 16}, grid=True)


def _row_inserted(path: Path) -> Path:
    """The same note with a row inserted under the first row of labels, a text kesu does not
    know under 退货单号 (``单号``) and under 退货客户 (``客户代码``)."""
    book = openpyxl.load_workbook(path)
    ws = book.active
    ws.insert_rows(3)
    ws["A3"], ws["B3"] = "单号", "客户代码"
    book.save(path)
    return path


@pytest.mark.parametrize("form", ["xlsx", "pdf"])
def test_a_row_inserted_between_a_label_and_the_value_below_it_is_never_read_as_it(
    office: Path, form: str
) -> None:
    """Before, ``客户代码`` (the inserted row's text under 退货客户) was read as the customer and
    ``单号`` as the number, nothing said. Now the rows (boxes) between a label and the next label
    below it are counted against the copy learned: more now, the one box of the field's kind
    (the number's ``TH-000``) is read, said (``profile_value_realigned``); none alone (two texts
    under 退货客户): unread, an error naming the inserted cell."""
    first = _stacked_note(office / "one" / "first.xlsx", "TH-001", "华美")
    assert run_cli("learn", first, "--kind", "return", "--name", "stacked")[0] == 0
    second = book_as(_row_inserted(_stacked_note(office / "two" / "second.xlsx", "TH-003", "宁波华美")), form)
    for lang in ("en", "zh"):
        doc = read_doc(second, "return", lang)
        record = doc["record"]
        assert record["customer"] != "客户代码" and record["number"] != "单号", record
        assert record["customer"] is None, record
        unplaced = _codes(doc, "customer")["profile_value_unplaced"]
        assert "客户代码" in unplaced["message"]
        assert str(office / "profiles" / "stacked.toml") in unplaced["message"]
        assert ("row" if lang == "en" else "行") in unplaced["message"]
        assert record["number"] == "TH-003", record
        assert "profile_value_realigned" in _codes(doc, "number"), doc["warnings"]
        assert doc["provenance"]["number"]["confidence"] < 0.8
        assert record["reason"] == "外观不良" and record["handling"] == ["scrap"]


@pytest.mark.parametrize("form", ["xlsx", "pdf"])
def test_an_unchanged_stacked_note_reads_as_learned(office: Path, form: str) -> None:
    """(guard) The second copy as learned: each value below its label, nothing followed or unplaced."""
    first = _stacked_note(office / "one" / "first.xlsx", "TH-001", "华美")
    assert run_cli("learn", first, "--kind", "return", "--name", "stacked")[0] == 0
    second = book_as(_stacked_note(office / "two" / "second.xlsx", "TH-003", "宁波华美"), form)
    doc = read_doc(second, "return")
    assert (doc["record"]["number"], doc["record"]["customer"]) == ("TH-003", "宁波华美")
    codes = {p["code"] for p in doc["errors"] + doc["warnings"]}
    assert not codes & {"profile_value_unplaced", "profile_value_realigned"}, codes
