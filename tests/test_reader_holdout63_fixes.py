"""What the sixty-third held-out set showed the reader lacked (issue 10), each rule read on forms of our
own (values and wording not the set's).

- **A capital W is the watt, never 万**: a per-watt line's heading ``补偿功率(W)`` named a unit the reader took for the
  万 a clerk abbreviates ``w``, so ``2,283`` under it, read with a profile, became 22 830 000 with no warning. SI writes
  the watt's symbol as a capital W; the abbreviation of 万 is a lower-case w (``1.2w``). A capital W in a label's
  brackets is now the watt where the label names power (``功率``, ``功耗``, ``瓦``, ``Power``, ``Output``, ``Watt``): no
  multiplier; after a figure (``550 W``) it is a measure, no count of pieces, and an error says so. ``Qty (W)``, a
  lower-case ``(w)`` and ``1.2w`` read as before (万).

Workbooks built here with openpyxl.
"""

from __future__ import annotations

from typing import Any

from helpers import read_doc, sheet_from_rows

from kesu_docs.parse.units import scale_of
from kesu_docs.values import _qty

WIDTH = 24


def _read(folder: Any, rows: list[list[Any]], kind: str | None = None) -> dict:
    """The form of ``rows`` (a one-sheet workbook written in ``folder``) read as ``kesu parse`` prints it."""
    return read_doc(sheet_from_rows(folder, rows, width=WIDTH), kind)


def test_a_per_watt_column_learned_by_a_profile_reads_watts_not_ten_thousands(tmp_path) -> None:
    from test_reader_units import _lines_form

    from kesu_docs.parse.profile import learn, read_by_profile

    header = {"A": "料號", "B": "品名", "C": "核定數量", "D": "補償功率(W)", "E": "單價(元/W)", "F": "金額"}
    first = [["INV-50K", "逆變器 發電量補償", 0, 2283, "0.85", "1,940.55"]]
    second = [["INV-60K", "逆變器 發電量補償", 0, 3120, "0.85", "2,652.00"]]
    profile = learn(_lines_form(tmp_path, header, first), "return", sets={"items[0].qty_returned": "D5"})
    assert profile.tables["items"].columns["qty_returned"].scale is None
    (tmp_path / "profiles").mkdir()
    (tmp_path / "profiles" / "watts.toml").write_text(profile.to_toml(), encoding="utf-8")
    (tmp_path / "copy2").mkdir()
    other = _lines_form(tmp_path / "copy2", header, second)
    found = read_by_profile(other, other.read_bytes(), "return", tmp_path / "profiles")
    assert found and found[0].values["items"][0]["qty_returned"] == 3120


def test_a_capital_w_names_no_multiplier_and_a_lower_case_w_still_does() -> None:
    for label in ("功率(W)", "补偿功率（W）", "Power (W)", "Output power [W]", "額定功耗(W)"):
        assert scale_of(label) is None, label
    for label in ("数量(w)", "Qty (W)", "數量(萬)"):  # no power named: 万, as before
        scale = scale_of(label)
        assert scale is not None and scale.of("qty") == 10_000, label
    assert _qty("1.2w") == 12_000 and _qty("1.2万") == 12_000


def test_a_count_typed_in_watts_is_said_never_read_times_ten_thousand() -> None:
    import pytest
    from pydantic_core import PydanticCustomError

    for typed in ("550 W", "2,283W"):
        with pytest.raises(PydanticCustomError):
            _qty(typed)
