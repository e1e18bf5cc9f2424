"""Layout profiles on a print: what the copy learned on shows of its geometry, kept (issue 10,
round 34: profiles34). Forms made here: workbooks by openpyxl and their LibreOffice print, learned
with ``kesu learn``; each test fails before the rule it shows (CHANGELOG says which)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest
from helpers import book_as, landscape_book, read_doc, run_cli
from test_profb33 import _row_inserted, _stacked_note
from test_profiles32 import _LINES_1, _return_note


def _codes(doc: dict[str, Any], field: str) -> dict[str, dict[str, Any]]:
    return {p["code"]: p for p in doc["errors"] + doc["warnings"] if p["field"] == field}


@pytest.fixture(scope="module")
def stacked_print(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The print of the stacked note's first copy (learned on by several tests: printed once)."""
    return book_as(_stacked_note(tmp_path_factory.mktemp("one") / "first.xlsx", "TH-001", "华美"), "pdf")


def _column_added_at_c(path: Path, **cells: str) -> Path:
    """A column inserted at C over the whole sheet (right of the values of column B)."""
    book = openpyxl.load_workbook(path)
    ws = book.active
    ws.insert_cols(3)
    for ref, text in cells.items():
        ws[ref] = text
    book.save(path)
    return path


# ------------------------------------------------- a row inserted above a value below its label
def test_on_a_print_learned_profile_a_row_inserted_above_a_value_below_its_label_is_never_read(
    office: Path, stacked_print: Path
) -> None:
    """Learned on the print of a note whose values stand below their labels; read on the print of
    one with a row inserted under the first row of labels (``单号`` under 退货单号, ``客户代码``
    under 退货客户). Before, ``客户代码`` was read as the customer and ``单号`` as the number,
    nothing said: a print's box numbers count the other columns' boxes too, no row count was
    known. Now the profile keeps how many boxes stood between the label and the next label
    below it (``between``): more now, the one of the field's kind is read, said; none alone,
    unread, an error naming the inserted box."""
    assert run_cli("learn", stacked_print, "--kind", "return", "--name", "stacked")[0] == 0
    second = book_as(
        _row_inserted(_stacked_note(office / "two" / "second.xlsx", "TH-003", "宁波华美")), "pdf"
    )
    doc = read_doc(second, "return")
    record = doc["record"]
    assert record["customer"] != "客户代码" and record["number"] != "单号", record
    assert record["customer"] is None, record
    unplaced = _codes(doc, "customer")["profile_value_unplaced"]
    assert "客户代码" in unplaced["message"] and "row" in unplaced["message"], unplaced
    assert record["number"] == "TH-003" and "profile_value_realigned" in _codes(doc, "number")
    assert record["reason"] == "外观不良" and record["handling"] == ["scrap"]
    assert "between = 1" in (office / "profiles" / "stacked.toml").read_text(encoding="utf-8")


def test_an_old_profile_without_the_count_reads_as_before(office: Path, stacked_print: Path) -> None:
    """(guard) The same profile with its ``between`` entries taken out: an unchanged print reads
    as learned, nothing followed or unplaced."""
    assert run_cli("learn", stacked_print, "--kind", "return", "--name", "stacked")[0] == 0
    toml = office / "profiles" / "stacked.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace(", between = 1", ""), encoding="utf-8")
    assert "between" not in toml.read_text(encoding="utf-8")
    second = book_as(_stacked_note(office / "two" / "second.xlsx", "TH-003", "宁波华美"), "pdf")
    doc = read_doc(second, "return")
    assert (doc["record"]["number"], doc["record"]["customer"]) == ("TH-003", "宁波华美")
    codes = {p["code"] for p in doc["errors"] + doc["warnings"]}
    assert not codes & {"profile_value_unplaced", "profile_value_realigned"}, codes


# ------------------------------------------------- a column inserted after a value on a print
def test_on_a_print_a_column_inserted_after_the_value_keeps_it_read(office: Path) -> None:
    """Learned on the print of the return note (品名 printed under the customer's value, in its
    column); read on the print of one with a column inserted at C (``VIP`` right of the
    customer). Before, two boxes stood between 退货客户 and the next label where one was learned,
    both read as a customer: the customer left unread (``profile_value_unplaced``). Now the
    profile keeps the labels printed in the value's column (``mates``) as a workbook's profile
    has them: the box under 品名 is the value, read as learned."""
    first = book_as(_return_note(office / "one" / "first.xlsx", "TH-001", "华美", _LINES_1), "pdf")
    assert run_cli("learn", first, "--kind", "return", "--name", "first")[0] == 0
    second = _column_added_at_c(
        _return_note(office / "two" / "second.xlsx", "TH-003", "宁波华美", _LINES_1), C3="VIP"
    )
    doc = read_doc(book_as(second, "pdf"), "return")
    record = doc["record"]
    assert (record["number"], record["customer"], record["reason"]) == ("TH-003", "宁波华美", "外观不良")
    assert "profile_value_unplaced" not in _codes(doc, "customer"), doc["errors"]


# ------------------------------------------------- a merged value cell learned on the workbook
def _merged_note(path: Path, customer: str, *, inserted: str | None = None) -> Path:
    """A note whose customer's value is one cell merged over two columns (B3:C3, no label in its
    columns); ``inserted``: a column put between 退货客户 and the value, holding that text
    (the value's cell merged over C3:D3 then)."""
    extra = [inserted] if inserted is not None else []
    rows: list[list[Any]] = [
        ["成品退货单"],
        ["退货单号", *([None] if extra else []), "TH-003", None, "退货日期", "2026-09-12"],
        ["退货客户", *extra, customer, None, "客诉编号", "KS-260911"],
        ["退货原因", *([None] if extra else []), "外观不良"],
    ]
    widths = {"A": 16, "B": 14, "C": 14, "D": 14, "E": 14, "F": 14}
    landscape_book(path, rows, widths, grid=True)
    book = openpyxl.load_workbook(path)
    shift = 1 if extra else 0
    for row in (2, 3):
        book.active.merge_cells(start_row=row, start_column=2 + shift, end_row=row, end_column=3 + shift)
    book.save(path)
    return path


def test_a_merged_value_cell_does_not_hide_a_column_inserted_by_its_label_on_a_print(office: Path) -> None:
    """Learned on the workbook, the customer's value in B3 merged over B3:C3: two columns between
    退货客户 and 客诉编号. On the print of a copy with a column inserted by the label
    (``客户代码``), two boxes stand there — as many as the columns learned — and ``客户代码`` was
    read as the customer, nothing said. Now the profile keeps the boxes the copy learned on
    showed there (one: the merged cell): more now, unread, an error naming ``客户代码``."""
    first = _merged_note(office / "one" / "note.xlsx", "华美")
    assert run_cli("learn", first, "--kind", "return", "--name", "merged")[0] == 0
    second = book_as(_merged_note(office / "two" / "note.xlsx", "宁波华美", inserted="客户代码"), "pdf")
    doc = read_doc(second, "return")
    record = doc["record"]
    assert record["customer"] != "客户代码", record
    said = _codes(doc, "customer")
    assert said.keys() & {"profile_value_unplaced", "profile_value_realigned"}, said
    assert "客户代码" in " ".join(p["message"] for p in said.values())


def test_a_merged_value_cell_unchanged_reads_as_learned(office: Path) -> None:
    """(guard) The print of a copy as learned: the merged value read, nothing said of it."""
    first = _merged_note(office / "one" / "note.xlsx", "华美")
    assert run_cli("learn", first, "--kind", "return", "--name", "merged")[0] == 0
    doc = read_doc(book_as(_merged_note(office / "two" / "note.xlsx", "宁波华美"), "pdf"), "return")
    assert doc["record"]["customer"] == "宁波华美", doc["record"]
    codes = {p["code"] for p in doc["errors"] + doc["warnings"]}
    assert not codes & {"profile_value_unplaced", "profile_value_realigned"}, codes


# ------------------------------------------------- a wide value box below two labels
def _signed_under_two(path: Path) -> Path:
    """The stacked note's second copy with the receiver's name typed in one cell merged under
    仓库签收 and 批准 (C5:D5), the approver's own cell gone under it."""
    _stacked_note(path, "TH-003", "宁波华美")
    book = openpyxl.load_workbook(path)
    ws = book.active
    ws["D5"] = None
    ws.merge_cells("C5:D5")
    book.save(path)
    return path


def test_a_value_box_wide_under_two_labels_is_read_by_the_one_it_begins_under(
    office: Path, stacked_print: Path
) -> None:
    """Learned on the print of the stacked note (each value in its own cell below its label);
    read on the print of a copy whose receiver's name stands in one cell merged under 仓库签收
    and 批准. Before, the wide box was the box below both labels and read whole for each: 王强
    the approver too, nothing said. Now a box below a label that begins under another label of
    its row is that label's value: the receiver 王强; the approver not read from it, said
    (``profile_field_unread``)."""
    assert run_cli("learn", stacked_print, "--kind", "return", "--name", "stacked")[0] == 0
    doc = read_doc(book_as(_signed_under_two(office / "two" / "second.xlsx"), "pdf"), "return")
    record = doc["record"]
    assert record["warehouse_receiver"] == "王强", record
    assert record["approved_by"] != "王强", (record, doc["warnings"])
    assert "profile_field_unread" in _codes(doc, "approved_by"), doc["warnings"]
