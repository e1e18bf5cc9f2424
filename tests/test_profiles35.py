"""Layout profiles: a profile that no longer fits says which (issue 10, round 35: profiles35).
Forms made here: workbooks by openpyxl and their LibreOffice print, learned with ``kesu learn``
in-process; each test fails before the rule it shows (CHANGELOG says which)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest
from helpers import book_as, landscape_book, read_doc, run_cli
from openpyxl.styles import Border, Side
from test_profb33 import _stacked_note


def _codes(doc: dict[str, Any], field: str) -> dict[str, dict[str, Any]]:
    return {p["code"]: p for p in doc["errors"] + doc["warnings"] if p["field"] == field}


@pytest.fixture(scope="module")
def stacked_print(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The print of the stacked note's first copy (values below their labels), printed once."""
    return book_as(_stacked_note(tmp_path_factory.mktemp("one") / "first.xlsx", "TH-001", "华美"), "pdf")


# ------------------------------------------------- a label and its value inserted after the value
def _rows_added_after_values(path: Path) -> Path:
    """The stacked note with a row of new labels and the row of their values inserted under the
    first row of values (between each value and the label below it when learned)."""
    book = openpyxl.load_workbook(path)
    ws = book.active
    ws.insert_rows(4, 2)
    thin = Side(style="thin")
    for col, (text, value) in zip("ABC", [("联系人", "张三"), ("联系电话", "13800000000"), ("备注", "加急")]):
        ws[f"{col}4"], ws[f"{col}5"] = text, value
        for row in (4, 5):
            ws[f"{col}{row}"].border = Border(thin, thin, thin, thin)
    book.save(path)
    return path


def test_a_label_inserted_after_a_value_below_its_label_is_said_and_the_value_read(
    office: Path, stacked_print: Path
) -> None:
    """Learned on the print of the stacked note (``between = 1``: one box between 退货客户 and
    处理方式 below it); read on the print of a copy with a row of new labels (联系人, 联系电话)
    and their values inserted under the values. Before, the boxes were counted to whatever
    label came next: three where one was learned, the customer left unread with an error
    (``profile_value_unplaced``) although it stood right under its label. Now the profile keeps
    the label counted to (``next_label``): another label in its place is the layout changed
    there — the value read as learned, said (``profile_next_label_changed``), never silent."""
    assert run_cli("learn", stacked_print, "--kind", "return", "--name", "stacked")[0] == 0
    second = _rows_added_after_values(_stacked_note(office / "two" / "second.xlsx", "TH-003", "宁波华美"))
    printed = book_as(second, "pdf")
    for lang in ("en", "zh"):
        doc = read_doc(printed, "return", lang)
        record = doc["record"]
        assert (record["customer"], record["issue_date"]) == ("宁波华美", "2026-09-12"), record
        said = _codes(doc, "customer")
        assert "profile_value_unplaced" not in said, said
        changed = said["profile_next_label_changed"]["message"]
        assert "处理方式" in changed and "联系电话" in changed, changed
        assert ("layout changed" if lang == "en" else "版式已变动") in changed
        assert doc["provenance"]["customer"]["confidence"] < 0.8
        assert "profile_next_label_changed" in _codes(doc, "issue_date")  # (备注 where 仓库签收 stood)
    toml = (office / "profiles" / "stacked.toml").read_text(encoding="utf-8")
    assert 'between = 1, next_label = "处理方式"' in toml, toml


def test_an_unknown_text_inserted_before_the_value_is_still_never_read(
    office: Path, stacked_print: Path
) -> None:
    """(guard) A row inserted between the labels and their values (客户代码 under 退货客户, no
    label by any form's words): not a label where the next label stood — unread, an error."""
    from test_profb33 import _row_inserted

    assert run_cli("learn", stacked_print, "--kind", "return", "--name", "stacked")[0] == 0
    second = book_as(
        _row_inserted(_stacked_note(office / "two" / "second.xlsx", "TH-003", "宁波华美")), "pdf"
    )
    doc = read_doc(second, "return")
    assert doc["record"]["customer"] is None, doc["record"]
    said = _codes(doc, "customer")
    assert "profile_value_unplaced" in said and "profile_next_label_changed" not in said, said


# ------------------------------------------------- the geometry kept before the read back
def _tall_label_note(path: Path, customer: str) -> Path:
    """A note whose 退货客户 label is merged over two rows, the customer in the upper cell beside
    it and an address line in the lower one (two boxes in the label's band on the print)."""
    rows: list[list[Any]] = [
        ["成品退货单"],
        ["退货单号", "TH-003", "退货日期", "2026-09-12"],
        ["退货客户", customer, "客诉编号", "KS-260911"],
        [None, "宁波市北仑区", None, None],
        ["退货原因", "外观不良", "处理方式", "报废"],
    ]
    landscape_book(path, rows, {"A": 16, "B": 22, "C": 14, "D": 14}, grid=True)
    book = openpyxl.load_workbook(path)
    for cells in ("A3:A4", "C3:C4", "D3:D4"):
        book.active.merge_cells(cells)
    book.save(path)
    return path


def test_a_value_beside_a_tall_label_is_learned_on_its_print_by_the_boxes_it_shows(office: Path) -> None:
    """Learned on the print of a note whose label stands over two rows (two boxes in its band,
    the print's box numbers counting one). Before, the new profile was read back before what
    the print showed was kept: two boxes where one was counted, the customer unread, and it was
    left out of the profile as "sharing its cell with other text" — the wrong reason, and the
    next copy's customer the generic reader's. Now the boxes are kept first (``between = 2``),
    the read back reads as learned: the customer learned, the next copy read by the profile."""
    first = book_as(_tall_label_note(office / "one" / "note.xlsx", "华美"), "pdf")
    code, out = run_cli("learn", first, "--kind", "return", "--name", "tall")
    assert code == 0 and "未学到" not in out, out  # (nothing unlearned)
    toml = (office / "profiles" / "tall.toml").read_text(encoding="utf-8")
    assert 'customer = { label = "退货客户"' in toml and "between = 2" in toml, toml
    doc = read_doc(book_as(_tall_label_note(office / "two" / "note.xlsx", "宁波华美"), "pdf"), "return")
    assert doc["record"]["customer"] == "宁波华美", doc["record"]
    assert doc["provenance"]["customer"]["how"].startswith("profile:"), doc["provenance"]["customer"]
    # the generic reader reads the customer by the tall label with a doubt of it (low_confidence): the
    # profile, learned there with no correction, carries that doubt (profile43) — nothing else is said
    assert set(_codes(doc, "customer")) == {"low_confidence"}, _codes(doc, "customer")


def test_the_customer_confirmed_by_the_tall_label_when_learning_is_read_without_a_doubt(office: Path) -> None:
    """The same note learned with the clerk's correction placing the customer by its tall label
    (``--set customer=退货客户``): the value confirmed there (``sure``) read again is not doubted;
    the next copy's other customer is (profile43: the doubt of the layout stands for another value)."""
    first = book_as(_tall_label_note(office / "one" / "note.xlsx", "华美"), "pdf")
    code, out = run_cli("learn", first, "--kind", "return", "--set", "customer=退货客户", "--name", "tall")
    assert code == 0, out
    toml = (office / "profiles" / "tall.toml").read_text(encoding="utf-8")
    assert 'sure = "华美"' in toml, toml
    again = read_doc(first, "return")
    assert again["record"]["customer"] == "华美" and not _codes(again, "customer"), _codes(again, "customer")
    doc = read_doc(book_as(_tall_label_note(office / "two" / "note.xlsx", "宁波华美"), "pdf"), "return")
    assert doc["record"]["customer"] == "宁波华美", doc["record"]
    assert set(_codes(doc, "customer")) == {"low_confidence"}, _codes(doc, "customer")


# ------------------------------------------------- a value left empty on the copy learned
def _signed_inline(path: Path, approver: str) -> Path:
    """A note whose approver signs in the label's own cell (``批准：李娜``), the cell right of it
    empty."""
    rows: list[list[Any]] = [
        ["成品退货单"],
        ["退货单号", "TH-003", "退货日期", "2026-09-12"],
        ["退货客户", "宁波华美", "客诉编号", "KS-260911"],
        ["退货原因", "外观不良", "处理方式", "报废"],
        [f"批准：{approver}", None, "仓库签收", "王强"],
    ]
    return landscape_book(path, rows, {"A": 16, "B": 22, "C": 14, "D": 14}, grid=True)


def test_a_value_empty_on_the_copy_learned_is_read_where_the_next_copy_fills_it(office: Path) -> None:
    """Learned on a workbook whose ``批准：`` was not signed yet: the approver's place is the
    generic reader's guess, the empty cell right of it. The next copy is signed in the label's
    own cell (``批准：李娜``). Before, the approver was read from the empty guess — nothing,
    nothing said. Now the profile keeps that it was learned empty (``empty = true``): read empty
    again, the generic reader's value is taken, said (``profile_learned_empty``)."""
    first = _signed_inline(office / "one" / "note.xlsx", "")
    assert run_cli("learn", first, "--kind", "return", "--name", "signed")[0] == 0
    second = _signed_inline(office / "two" / "note.xlsx", "李娜")
    for lang in ("en", "zh"):
        doc = read_doc(second, "return", lang)
        assert doc["record"]["approved_by"] == "李娜", doc["record"]
        said = _codes(doc, "approved_by")["profile_learned_empty"]["message"]
        assert "李娜" in said and ("left it empty" if lang == "en" else "此栏为空") in said, said
    assert doc["record"]["customer"] == "宁波华美" and not _codes(doc, "customer")
    toml = (office / "profiles" / "signed.toml").read_text(encoding="utf-8")
    assert "empty = true" in toml.split("approved_by = ")[1].splitlines()[0], toml


def test_a_value_empty_on_the_copy_learned_and_on_the_next_says_nothing(office: Path) -> None:
    """(guard) The next copy not signed either: empty as learned, nothing said of it."""
    first = _signed_inline(office / "one" / "note.xlsx", "")
    assert run_cli("learn", first, "--kind", "return", "--name", "signed")[0] == 0
    doc = read_doc(_signed_inline(office / "two" / "note.xlsx", ""), "return")
    assert doc["record"]["approved_by"] is None
    assert not {c for c in _codes(doc, "approved_by") if c.startswith("profile")}, _codes(doc, "approved_by")
