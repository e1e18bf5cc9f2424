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
- **A table printed a line per option looked for only where a caption names an option**:
  ``compound.option_rows`` (``發生原因 | …`` / ``流出原因 | …``, ``組長 | 林志豪``) went through
  every caption-sized box of the page for each table with a choice column, making each caption's
  line, before finding that no caption named an option (its first reading stops it there); the
  options are now read first and the page passed over when none is named (46 captions looked at
  on the complaint print here, none now; on an 8D whose team is written with roles, still read).

The outputs are the same: the held-out sets, the layouts and the shared corpus read alike.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers import calls_of, read_doc, sheet_from_rows

from kesu_docs.forms import get
from kesu_docs.parse import anchor, compound, guards, parse_paths
from kesu_docs.parse.vocab import vocabulary

ROOT = Path(__file__).resolve().parents[1]
LAYOUTS = ROOT / "tests" / "layouts" / "filled"
PRINT = LAYOUTS / "8d-zh-customer.pdf"  # LibreOffice's, closed, tables


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


def test_a_page_whose_captions_name_no_option_has_no_option_lines_looked_for(monkeypatch, cold_memos):
    """Fails before: 46 captions looked at as a line's caption on a complaint print naming no option."""
    looked = calls_of(monkeypatch, compound, "_unnamed_caption")
    [result] = parse_paths([LAYOUTS / "complaint-en-claim.pdf"])
    assert result.kind == "complaint" and result.record is not None
    assert looked == []


def test_option_lines_are_still_read_where_a_caption_names_an_option():
    """The pre-test never skips a page holding its trigger: on this 8D print the team is written
    with roles (组长 | 赵明) and D4 a line per cause type (发生原因 | … / 流出原因 | …), both read
    by the option lines alone (without them: no team, the escape cause only)."""
    [result] = parse_paths([LAYOUTS / "8d-zh-blocks.pdf"])
    record = result.to_dict("en")["record"]
    assert [(m["name"], m["role"]) for m in record["team"]] == [
        ("赵明", "leader"),
        ("孙丽", "member"),
        ("周强", "member"),
    ]
    assert [c["type"] for c in record["root_cause"]] == ["occurrence", "escape"]
