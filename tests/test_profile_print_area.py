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


def _red_letter(path: Path, number: str, lines: list[tuple[str, int, float]], area: str) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "红字"
    ws.append(["开具红字发票信息表"])
    ws.append(["信息表编号", number, "填开日期", "2026-10-12"])
    ws.append(["销售方", "苏州恒联精工有限公司", "购买方", "常州澄源电子有限公司"])
    ws.append(["蓝字发票号码", "33012644", "蓝字开票日期", "2026-09-03"])
    ws.append(["品名", "数量", "单价", "金额", "税额"])
    for name, qty, price in lines:
        amount = round(qty * price, 2)
        ws.append([name, -qty, price, -amount, -round(amount * 0.13, 2)])
    ws.print_area = area
    wb.save(path)
    return path


def test_a_profile_leaves_out_the_lines_added_below_the_print_area(tmp_path):
    lines = [("端子", 200, 1.5), ("护套", 100, 0.8), ("连接器", 45, 3.2)]
    first = _red_letter(tmp_path / "first.xlsx", "HZ-2610-031", lines[:2], "A1:E7")
    places = {"number": "红字!B2", "items[0].name": "红字!A6", "items[0].qty": "红字!B6"}
    profile = learn(first, "allowance", {**places, "items[0].allowance_amount": "红字!D6"})
    (tmp_path / "profiles").mkdir()
    (tmp_path / "profiles" / "red.toml").write_text(profile.to_toml(), encoding="utf-8")
    # two lines typed below the printed form (rows 7 and 8, the print area ending at row 6)
    second = _red_letter(tmp_path / "second.xlsx", "HZ-2611-007", lines, "A1:E6")
    found = read_by_profile(second, second.read_bytes(), "allowance", tmp_path / "profiles")
    assert found
    got = found[0]
    assert [line["name"] for line in got.values["items"]] == ["端子"]
    said = [p for p in got.problems if p.code == "line_unprinted_left_out"]
    assert len(said) == 1 and said[0].params["lines"] == 2 and said[0].location == "红字!A7"
    assert not any(p.startswith("items[1]") for p in got.locations)
    # the whole form printed: the three lines read, nothing said
    whole = _red_letter(tmp_path / "whole.xlsx", "HZ-2611-008", lines, "A1:E8")
    found = read_by_profile(whole, whole.read_bytes(), "allowance", tmp_path / "profiles")
    assert found and len(found[0].values["items"]) == 3
    assert not [p for p in found[0].problems if "unprinted" in p.code]


# ------------------------------------------------------------------ nineteenth round (dev19-rp)
def _two_tabs(path: Path, number: str, cause: str, area: str | None) -> Path:
    """A complaint whose cause stands on a second tab, that tab with its own print area."""
    wb = Workbook()
    ws = wb.active
    ws.title = "客诉"
    ws.append(["客户抱怨处理单"])
    ws.append(["编号", number, "客户", "常州澄源电子有限公司"])
    ws.append(["料号", "HL-2230", "批号", "L2611-01"])
    ws.append(["不良描述", "端子压接高度超差"])
    ws.print_area = "A1:D4"
    tab = wb.create_sheet("分析")
    tab.append(["原因分析"])
    tab.append(["不良原因", "—", "", cause])
    if area:
        tab.print_area = area
    wb.save(path)
    return path


def test_a_cell_outside_another_tabs_print_area_is_said(tmp_path):
    first = _two_tabs(tmp_path / "first.xlsx", "KS-2611-004", "压接模具磨损", "A1:D2")
    profile = learn(first, "complaint", {"number": "客诉!B2", "root_cause": "分析!D2"})
    (tmp_path / "profiles").mkdir()
    (tmp_path / "profiles" / "cs.toml").write_text(profile.to_toml(), encoding="utf-8")
    # the clerk's copy prints A1:B2 of the second tab: the cause in D2 never reaches the paper
    second = _two_tabs(tmp_path / "second.xlsx", "KS-2611-019", "端子来料硬度偏高", "A1:B2")
    [got] = read_by_profile(second, second.read_bytes(), "complaint", tmp_path / "profiles")
    assert got.values["root_cause"] == "端子来料硬度偏高"  # not required: read, warned
    said = [p for p in got.problems if p.code == "value_unprinted" and p.field == "root_cause"]
    assert len(said) == 1 and said[0].location == "分析!D2"
    # printed whole (or without a print area on that tab): nothing said
    for name, area in (("whole.xlsx", "A1:D2"), ("none.xlsx", None)):
        whole = _two_tabs(tmp_path / name, "KS-2611-020", "端子来料硬度偏高", area)
        [got] = read_by_profile(whole, whole.read_bytes(), "complaint", tmp_path / "profiles")
        assert got.values["root_cause"] == "端子来料硬度偏高"
        assert not [p for p in got.problems if "unprinted" in p.code]


def test_a_line_off_the_paper_between_printed_lines_is_said(tmp_path):
    lines = [("端子", 200, 1.5), ("护套", 100, 0.8), ("连接器", 45, 3.2)]
    first = _red_letter(tmp_path / "first.xlsx", "HZ-2610-031", lines[:2], "A1:E7")
    places = {"number": "红字!B2", "items[0].name": "红字!A6", "items[0].qty": "红字!B6"}
    profile = learn(first, "allowance", {**places, "items[0].allowance_amount": "红字!D6"})
    (tmp_path / "profiles").mkdir()
    (tmp_path / "profiles" / "red.toml").write_text(profile.to_toml(), encoding="utf-8")
    # row 7 (the second line) left out of the print area, rows 6 and 8 printed
    second = _red_letter(tmp_path / "second.xlsx", "HZ-2611-007", lines, "A1:E6,A8:E8")
    [got] = read_by_profile(second, second.read_bytes(), "allowance", tmp_path / "profiles")
    assert [line["name"] for line in got.values["items"]] == ["端子", "护套", "连接器"]
    said = [p for p in got.problems if p.code == "line_unprinted"]
    assert [(p.field, p.location) for p in said] == [("items[1]", "红字!A7")]
    assert "打印区域之外" in said[0].message("zh") and "print area" in said[0].message("en")
