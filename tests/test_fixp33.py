"""The review of profiles33 mended (issue 10, round 33: fixp33). Forms made here: workbooks by
openpyxl, learned with ``kesu learn``; each test fails before its mend (CHANGELOG says which)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
from helpers import read_doc, run_cli
from test_profiles32 import _LINES_1, _LINES_2, _column_inserted, _one_line_note, _return_note
from test_profiles33 import _plain_note


def _codes(doc: dict[str, Any], field: str) -> set[str]:
    return {p["code"] for p in doc["errors"] + doc["warnings"] if p["field"] == field}


def test_a_value_followed_under_a_longer_table_keeps_its_doubt(office: Path) -> None:
    """Learned on a copy of two lines; read on one of three with a column inserted at B over the
    whole sheet (the labels under the table one row lower, as the longer table puts them; the
    reason's value followed past the new column, ``profile_value_realigned``). Before, the rule
    of the longer table set every field under it to confidence 1.0 — the reason, a value followed
    to another cell and said to check, shown as sure. Now only a value read where its label's
    move alone put it is lifted; the reason stays a guess (0.70)."""
    first = _return_note(office / "first.xlsx", "TH-001", "华美", _LINES_1)
    assert run_cli("learn", first, "--kind", "return", "--name", "first")[0] == 0
    doc = read_doc(_column_inserted(office / "second.xlsx"), "return")
    assert doc["record"]["reason"] == "外观不良", doc["record"]
    assert "profile_value_realigned" in _codes(doc, "reason"), doc["warnings"]
    assert doc["provenance"]["reason"]["confidence"] < 0.8, doc["provenance"]["reason"]


def test_two_copies_disagreeing_are_not_told_to_take_another_name(office: Path) -> None:
    """``learn_copies_disagree`` told the clerk to "give another --name"; since profiles33 that
    route refuses the same copy too (``learn_copies_disagree_other``). Now the message offers
    what works: check the fields (``--set``) or ``--force``, in both languages."""
    first = _one_line_note(office / "c1.xlsx", "TH-001", "华美")
    assert run_cli("learn", first, "--kind", "return", "--name", "hm")[0] == 0
    second = _one_line_note(office / "c2.xlsx", "TH-002", "华兴", one_cell_right=True)
    for lang, wrong in (("en", "another --name"), ("zh", "另取名称")):
        code, out = run_cli("learn", second, "--kind", "return", "--name", "hm", "--lang", lang)
        assert code != 0 and "--force" in out and wrong not in " ".join(out.split()), out
    code, out = run_cli("learn", second, "--kind", "return", "--name", "hm2", "--lang", "en")
    assert code != 0 and "hm.toml" in out, out  # (the route the old text offered: refused too)


# ------------------------------------------------- a column inserted after the value, not before it
def _column_added_at_c(path: Path, **cells: str) -> Path:
    """A column inserted at C over the whole sheet (right of the values of column B), ``cells``
    written in it (``C3="VIP"``)."""
    book = openpyxl.load_workbook(path)
    ws = book.active
    ws.insert_cols(3)
    for ref, text in cells.items():
        ws[ref] = text
    book.save(path)
    return path


def test_a_column_inserted_after_the_value_under_a_label_that_stayed_is_read_as_learned(
    office: Path,
) -> None:
    """The return note's column B holds 品名, a label of the profile: a column inserted at C
    (``VIP`` in C3, right of the customer) leaves 品名, so the values of column B, in place.
    Before, the cells between 退货客户 and the next label were counted all the same: two written
    (宁波华美, VIP), none told, the customer left unread (``profile_value_unplaced``), and the
    number and the reason said followed (``profile_value_realigned``) though read where learned.
    Now the value's column is told by the label in it: read as learned, nothing said."""
    first = _return_note(office / "first.xlsx", "TH-001", "华美", _LINES_1)
    assert run_cli("learn", first, "--kind", "return", "--name", "first")[0] == 0
    second = _column_added_at_c(
        _return_note(office / "second.xlsx", "TH-003", "宁波华美", _LINES_1), C3="VIP"
    )
    doc = read_doc(second, "return")
    record = doc["record"]
    assert (record["number"], record["customer"], record["reason"]) == ("TH-003", "宁波华美", "外观不良")
    for field in ("number", "customer", "reason"):
        assert not _codes(doc, field) & {"profile_value_unplaced", "profile_value_realigned"}, field


def test_an_empty_column_inserted_after_the_value_is_no_value_followed(office: Path) -> None:
    """A note whose column B holds values only; an empty column inserted at C. Before, each value
    of column B was said followed (``profile_value_realigned``, a guess at 0.70) to the very cell
    it was learned in; now, the one cell written between the label and the next is the value's
    own: read as learned, nothing said, sure."""
    first = _plain_note(office / "one" / "note.xlsx", "TH-001", "华美")
    assert run_cli("learn", first, "--kind", "return", "--name", "plain")[0] == 0
    second = _column_added_at_c(_plain_note(office / "two" / "note.xlsx", "TH-003", "宁波华美"))
    doc = read_doc(second, "return")
    record = doc["record"]
    assert (record["number"], record["customer"], record["reason"]) == ("TH-003", "宁波华美", "外观不良")
    for field in ("number", "customer", "reason"):
        assert "profile_value_realigned" not in _codes(doc, field), doc["warnings"]
        assert doc["provenance"][field]["confidence"] == 1.0, doc["provenance"][field]


def test_a_duplicate_under_a_taken_name_is_not_said_written(office: Path) -> None:
    """Copy 2 of a layout learned as ``hm`` is learned as ``hm2`` (agreeing: said a duplicate,
    written), then again as ``hm2`` without ``--force``. Before, the note "hm2.toml is written as
    well" came before the refusal that hm2.toml exists — a file said written and not; now the
    refusal alone."""
    first = _one_line_note(office / "c1.xlsx", "TH-001", "华美")
    assert run_cli("learn", first, "--kind", "return", "--name", "hm")[0] == 0
    second = _one_line_note(office / "c2.xlsx", "TH-002", "华兴")
    assert run_cli("learn", second, "--kind", "return", "--name", "hm2")[0] == 0
    for lang, written in (("en", "is written as well"), ("zh", "已另写出")):
        code, out = run_cli("learn", second, "--kind", "return", "--name", "hm2", "--lang", lang)
        assert code != 0 and "hm2.toml" in out and written not in " ".join(out.split()), out


# ------------------------------------------------------------------ a shorter table
def test_a_shorter_table_leaves_the_fields_under_it_unwarned(office: Path) -> None:
    """Learned on a copy of three lines, read on one of two: the labels under the table stand a
    row higher, as the shorter table puts them. Before (profiles33 did a longer table only),
    ``profile_label_moved`` on each field under it and each a guess (0.70); now none, sure."""
    first = _return_note(office / "first.xlsx", "TH-001", "华美", _LINES_2)
    assert run_cli("learn", first, "--kind", "return", "--name", "first")[0] == 0
    doc = read_doc(_return_note(office / "second.xlsx", "TH-003", "宁波华美", _LINES_1), "return")
    record = doc["record"]
    assert (record["reason"], record["warehouse_receiver"], record["approved_by"]) == (
        "外观不良",
        "王强",
        "李娜",
    )
    assert len(record["items"]) == 2
    codes = {p["code"] for p in doc["errors"] + doc["warnings"]}
    assert not codes & {"profile_label_moved", "profile_labels_changed"}, doc["warnings"]
    assert doc["provenance"]["reason"]["confidence"] == 1.0
