"""A profile reads a sheet as it prints: a cell it learned that lies outside the sheet's print
area on another copy is warned, or left out when required, as the generic reader does
(issue 10, dev18-rprof)."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from kesu_docs.parse.profile import learn, read_by_profile


def _sheet(path: Path, number: str, customer: str, lot: str, area: str | None) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "客诉"
    ws.append(["客户抱怨处理单"])
    ws.append(["编号", number, "客户", customer])
    ws.append(["料号", "HL-2230", "批号", lot])
    ws.append(["不良描述", "端子压接高度超差"])
    if area:
        ws.print_area = area
    wb.save(path)
    return path


def _profile_folder(tmp_path: Path) -> Path:
    first = _sheet(tmp_path / "first.xlsx", "KS-2611-004", "常州澄源电子有限公司", "L2611-01", "A1:D4")
    profile = learn(first, "complaint", {"number": "客诉!B2", "customer": "客诉!D2", "lot_no": "客诉!D3"})
    folder = tmp_path / "profiles"
    folder.mkdir()
    (folder / "cs.toml").write_text(profile.to_toml(), encoding="utf-8")
    return folder


def test_a_profile_leaves_out_a_required_value_outside_the_print_area_and_warns_another(tmp_path):
    folder = _profile_folder(tmp_path)
    # the clerk's copy prints A1:C4 only: the customer and the lot in column D never reach the paper
    second = _sheet(tmp_path / "second.xlsx", "KS-2611-019", "苏州恒宇精密", "L2611-07", "A1:C4")
    read = read_by_profile(second, second.read_bytes(), "complaint", folder)
    assert read
    got = read[0]
    codes = {(p.code, p.field) for p in got.problems}
    assert got.values["number"] == "KS-2611-019"
    assert "customer" not in got.values  # required: the paper form must say it
    assert ("value_unprinted_left_out", "customer") in codes
    left = next(p for p in got.problems if p.code == "value_unprinted_left_out")
    assert left.params["value"] == "苏州恒宇精密" and left.location == "客诉!D2"
    assert got.values["lot_no"] == "L2611-07"  # not required: read, warned
    assert ("value_unprinted", "lot_no") in codes


def test_a_profile_reading_inside_the_print_area_says_nothing_of_it(tmp_path):
    folder = _profile_folder(tmp_path)
    for name, area in (("whole.xlsx", "A1:D4"), ("none.xlsx", None)):
        second = _sheet(tmp_path / name, "KS-2611-021", "苏州恒宇精密", "L2611-08", area)
        read = read_by_profile(second, second.read_bytes(), "complaint", folder)
        assert read
        got = read[0]
        assert got.values["customer"] == "苏州恒宇精密" and got.values["lot_no"] == "L2611-08"
        assert not [p for p in got.problems if "unprinted" in p.code]
