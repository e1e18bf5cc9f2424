"""The generic reader's leftovers of the fourteenth round (issue 10, dev15-rx), each on a small
form built here:

- a formula's error result left unread (``value_error_result``) takes with it the warning on how
  it was read (``low_confidence`` quoting ``#VALUE!``); ``kesu learn``'s summary shows such a
  field as not read, never ``#N/A`` as its value;
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from helpers import parse_cli, run_cli, sheet_from_rows
from test_reader_leftovers14 import _complaint, _saved_errors

_sheet = partial(sheet_from_rows, width=24)


def _doc(path: Path, *args: str) -> dict:
    _code, [doc] = parse_cli(path, *args)
    return doc


def _codes(doc: dict, field: str) -> list[str]:
    return [p["code"] for p in doc["errors"] + doc["warnings"] if p["field"] == field]


# ------------------------------------------------------------------ 3. an error result, said once
def test_an_error_result_under_a_doubtful_label_is_said_once(tmp_path):
    """业务 names the sales supervisor only likely (read and warned low_confidence): its cell's
    #VALUE! is no value, and the low_confidence line quoting it goes with it."""
    rows: list[list[object]] = [
        ["客户抱怨处理单"],
        ["投诉编号", "CC-2611-07", "受理日期", "2026-11-20"],
        ["客户名称", "苏州华星电子有限公司", "料号", "AB-1203-X"],
        ["业务", "#VALUE!", "出货数量", 500],
        ["问题描述", "焊点空焊 36 pcs"],
    ]
    doc = _doc(_sheet(tmp_path, rows, "v.xlsx"), "--kind", "complaint", "--lang", "en")
    assert doc["record"]["sales_supervisor"] is None
    assert _codes(doc, "sales_supervisor") == ["value_error_result"]
    # the same label over a name: still read and warned (the warning goes only with the value)
    rows[3][1] = "王建国"
    doc = _doc(_sheet(tmp_path, rows, "n.xlsx"), "--kind", "complaint", "--lang", "en")
    assert doc["record"]["sales_supervisor"] == "王建国"
    assert "low_confidence" in _codes(doc, "sales_supervisor")


def test_kesu_learn_shows_an_error_result_as_not_read(tmp_path):
    path = _saved_errors(_complaint(tmp_path, "01.xlsx"), {"B4": "#N/A"})
    args = ("learn", path, "--kind", "complaint", "--set", "lot_no=B4", "--profiles", tmp_path / "p")
    code, out = run_cli(*args, "--lang", "en")
    assert code == 0, out
    lot = next(line for line in out.splitlines() if "lot_no" in line)
    assert "Sheet!B4" in lot and "not read" in lot and "#N/A" in lot
    customer = next(line for line in out.splitlines() if "customer" in line)
    assert "苏州华星电子有限公司" in customer and "not read" not in customer
    code, out = run_cli(*args, "--force", "--lang", "zh")
    assert code == 0 and "未读取" in next(line for line in out.splitlines() if "lot_no" in line)
