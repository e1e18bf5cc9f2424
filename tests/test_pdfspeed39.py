"""Work per box the PDF parse no longer does (issue 15 / 10, thirty-ninth round: the PDF parse
within 2x of before the reader).

- **A table's header looks asked only of the boxes naming one of its columns**: ``_Page.table``
  looked at every box of every band that may head a table (another step's heading, an answer
  beside the table's own name, a currency sign over nothing…) before asking whether the box
  names a column of the table at all; a box naming none is now passed over first (none of those
  looks can make it a column). On the 8D layout print read here, 342 of 363 looks were at such
  boxes.
- **A step's status note looked for only on a page that holds one**: on a closed 8D every table
  row's cell had its line made (every cell of the page looked at for each row) to find a status
  note saying the row is open; a page-level pre-test now asks first whether any cell of the page
  says a status other than closed, and the lines are made only then (32 lines on the print here,
  none of them holding a note). The pre-test never skips a page holding such a note (below).

The outputs are the same: the held-out sets, the layouts and the shared corpus read alike.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers import calls_of, read_doc, sheet_from_rows

from kesu_docs.forms import get
from kesu_docs.parse import anchor, guards, parse_paths
from kesu_docs.parse.vocab import vocabulary

ROOT = Path(__file__).resolve().parents[1]
PRINT = ROOT / "tests" / "layouts" / "filled" / "8d-zh-customer.pdf"  # LibreOffice's, closed, tables


@pytest.fixture(scope="module")
def closed_8d() -> list[Any]:
    [result] = parse_paths([PRINT])
    assert result.kind == "8d" and result.record is not None
    assert result.record.closure is not None and result.record.closure.closed_date is not None
    return [result]


def test_a_tables_header_looks_are_asked_only_of_boxes_naming_its_columns(monkeypatch, cold_memos):
    """Fails before: 342 of the 363 header looks were at boxes naming no column of the table."""
    asked = calls_of(monkeypatch, anchor, "_sign_names_none")
    [result] = parse_paths([PRINT])
    assert result.kind == "8d"
    assert asked, "no header look made: the print no longer holds a table's header"
    for box, _band, vocab in asked:
        named = vocab.match(box.text)
        assert named is not None and named[1] >= 0.6, box.text


def test_a_closed_8d_without_a_status_note_makes_no_rows_line(monkeypatch, cold_memos, closed_8d):
    """Fails before: 32 rows' lines made (``side_notes`` asked) on a page holding no status note."""
    lines = calls_of(monkeypatch, guards, "side_notes")
    [result] = parse_paths([PRINT])
    assert result.to_dict("en") == closed_8d[0].to_dict("en")
    assert lines == []


@pytest.mark.parametrize("note", ["状态 进行中", "狀態 進行中", "Status: open", "状态：进行中"])
def test_the_pre_test_holds_every_open_status_note(note: str):
    """What the pre-test asks of a cell is what the rows' look asks of a note (one function)."""
    spec = get("8d")
    status = spec.fields["status"]
    assert guards._open_status_note(vocabulary(spec), status, note)
    assert guards._status_note(vocabulary(spec), status, note).value != "closed"


@pytest.mark.parametrize("text", ["Status: closed", "状态 已结案", "Die reground.", "D5 永久对策", "进行中"])
def test_the_pre_test_lets_closed_notes_and_other_texts_pass(text: str):
    spec = get("8d")
    assert not guards._open_status_note(vocabulary(spec), spec.fields["status"], text)


def test_a_page_holding_an_open_status_note_is_still_looked_at(tmp_path: Path):
    """The pre-test never skips a page holding its trigger: the note on D5's line, a closed 8D."""
    rows: list[list[Any]] = [
        ["8D Report"],
        ["8D No.", "8D-2026-418"],
        ["Customer", "Ridgeway Motors"],
        ["Part No.", "RM-5520-B"],
        ["Opened date", "2026-03-05"],
        ["D1 Team", "Chen Li (leader), Xu Wen"],
        ["D2 Problem description", "Burr on bracket edge, 64 pcs rejected at incoming inspection."],
        ["D3 Containment", "All stock sorted."],
        ["D4 Root cause", "Die edge chipped."],
        ["D5 Corrective action", "Die reground and edge check added to PM.", "Status: open"],
        ["D8 Closed date", "2026-04-02"],
    ]
    doc = read_doc(sheet_from_rows(tmp_path, rows, "open_note.xlsx", width=30), "8d")
    said = [w for w in doc["warnings"] if w["code"] == "step_open_on_closed_form"]
    assert "corrective_actions[0].action" in {w["field"] for w in said}
