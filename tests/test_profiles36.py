"""Layout profiles: one message per fact, no work twice (issue 10, round 36: profiles36).
Forms made here: workbooks by openpyxl and their LibreOffice print, learned with ``kesu learn``
in-process; each test fails before the rule it shows (CHANGELOG says which)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers import book_as, read_doc, run_cli
from test_profb33 import _row_inserted, _stacked_note
from test_profiles35 import _signed_inline


def _on(doc: dict[str, Any], field: str) -> list[dict[str, Any]]:
    """What the profile's reading says of ``field`` (validation's ``required`` is its own fact)."""
    return [p for p in doc["errors"] + doc["warnings"] if p["field"] == field and p["code"] != "required"]


# ------------------------------------------------- one unplaced field, one message
def test_a_value_unplaced_on_a_print_is_said_once(office: Path) -> None:
    """Learned on the print of the stacked note; read on the print of a copy with a row of texts
    kesu does not know inserted between the labels and their values (客户代码 under 退货客户):
    which box holds the customer cannot be told. Before, the one fact was said three times — the
    error (``profile_value_unplaced``), "the generic reader finds nothing either"
    (``profile_field_unread``, untrue) and the generic reader's value not taken
    (``profile_reader_only``). Now one message: the error, naming what the generic reader read
    there (not taken)."""
    first = book_as(_stacked_note(office / "one" / "first.xlsx", "TH-001", "华美"), "pdf")
    assert run_cli("learn", first, "--kind", "return", "--name", "stacked")[0] == 0
    second = book_as(
        _row_inserted(_stacked_note(office / "two" / "second.xlsx", "TH-003", "宁波华美")), "pdf"
    )
    for lang in ("en", "zh"):
        doc = read_doc(second, "return", lang)
        assert doc["record"]["customer"] is None, doc["record"]
        said = _on(doc, "customer")
        assert [p["code"] for p in said] == ["profile_value_unplaced"], said
        message = said[0]["message"]
        assert "{seen}" not in message and "客户代码" in message, message
        assert ("generic reader reads" if lang == "en" else "通用读取在") in message, message
        assert ("not taken" if lang == "en" else "未采用") in message, message


def test_a_value_unplaced_on_a_workbook_says_nothing_of_a_generic_reading(office: Path) -> None:
    """(guard) The same on the workbooks: the error alone, no placeholder left in its message."""
    first = _stacked_note(office / "one" / "first.xlsx", "TH-001", "华美")
    assert run_cli("learn", first, "--kind", "return", "--name", "stacked")[0] == 0
    second = _row_inserted(_stacked_note(office / "two" / "second.xlsx", "TH-003", "宁波华美"))
    doc = read_doc(second, "return", "en")
    said = _on(doc, "customer")
    assert [p["code"] for p in said] == ["profile_value_unplaced"], said
    assert "{seen}" not in said[0]["message"] and "generic reader" not in said[0]["message"]


# ------------------------------------------------- a field learned empty: the workbook read once
def test_a_field_learned_empty_reads_the_workbook_once(office: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Learned on a workbook whose ``批准：`` was not signed; the next copy signed in the label's
    own cell. The approver is the generic reader's, said (``profile_learned_empty``), as in
    profiles35. Before, the workbook was read from its bytes twice for it (the profile's layouts,
    then the generic reader's own read); now the generic reader reads the workbook the profile
    read (counted by a spy that calls the real ``read_workbook``)."""
    from kesu_docs.parse import excel

    first = _signed_inline(office / "one" / "note.xlsx", "")
    assert run_cli("learn", first, "--kind", "return", "--name", "signed")[0] == 0
    second = _signed_inline(office / "two" / "note.xlsx", "李娜")
    real, reads = excel.read_workbook, []

    def counted(data: bytes) -> Any:
        reads.append(len(data))
        return real(data)

    monkeypatch.setattr(excel, "read_workbook", counted)
    doc = read_doc(second, "return", "en")
    assert doc["record"]["approved_by"] == "李娜", doc["record"]
    assert [p["code"] for p in _on(doc, "approved_by")] == ["profile_learned_empty"]
    assert doc["provenance"]["customer"]["how"].startswith("profile:"), doc["provenance"]["customer"]
    assert len(reads) == 1, reads
