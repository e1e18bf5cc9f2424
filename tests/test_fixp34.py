"""The review of profiles34 mended (issue 10, round 34: fixp34). Forms made here: workbooks by
openpyxl and their LibreOffice print, learned with ``kesu learn``; each test fails before the
mend it shows (CHANGELOG says which)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from helpers import book_as, read_doc, run_cli
from test_profiles32 import _LINES_1, _LINES_2, _return_note
from test_profiles33 import _row_shifted


def _codes(doc: dict[str, Any], field: str) -> dict[str, dict[str, Any]]:
    return {p["code"]: p for p in doc["errors"] + doc["warnings"] if p["field"] == field}


def test_on_a_print_a_cell_inserted_by_the_label_in_its_row_alone_is_never_read_silently(
    office: Path,
) -> None:
    """Learned on the print of the return note (品名 printed under the customer's value: the
    profile's ``mates``); read on the print of one with a cell inserted by 退货客户 in its row
    alone (``客户代码``, standing over 品名 now, the value one box right). Before, ``客户代码``
    lined up with 品名 was taken for the value, nothing said, although more boxes stood there
    than when learned. Now a value chosen by its column where the row holds more boxes than
    learned is said: never the inserted text read silently."""
    first = book_as(_return_note(office / "one" / "first.xlsx", "TH-001", "华美", _LINES_1), "pdf")
    assert run_cli("learn", first, "--kind", "return", "--name", "first")[0] == 0
    assert "mates = " in (office / "profiles" / "first.toml").read_text(encoding="utf-8")
    second = _row_shifted(
        _return_note(office / "two" / "second.xlsx", "TH-003", "宁波华美", _LINES_2), 3, 2, "客户代码"
    )
    doc = read_doc(book_as(second, "pdf"), "return")
    said = _codes(doc, "customer")
    assert said.keys() & {"profile_value_realigned", "profile_value_unplaced"}, (doc["record"], said)
    if doc["record"]["customer"] is not None:
        assert doc["provenance"]["customer"]["confidence"] < 0.8, doc["provenance"]["customer"]
