"""Reader habits met on tests/holdout18 (first half), each on a form of our own built here:
a workbook filled on a copy of its template tab (and its print), 8D steps numbered ``8D-n``
with each label in a row above its text, a request ticked with emoji in a workbook, a
profile learned on a print showing ``[DBNum]`` Chinese numerals."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from helpers import named_cell, needs_soffice, parse_cli, soffice_convert
from hostile import excel_form
from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment

ALLOWANCE_ROWS = [
    ["销货折让证明单"],
    ["证明单编号", "ZR-TEST-2603-01", "开具日期", None],
    ["购买方", None, "购买方税号", None],
    ["原发票号码", None, "原开票日期", None],
    ["客诉单号", None],
    ["货物名称", "数量", "单价", "折让金额", "税额"],
    [None, None, None, None, None],
    [None, None, None, None, None],
    ["合计", None, None, None, None],
]


def _allowance_sheet(ws, filled: bool) -> None:
    for col in "ABCDE":
        ws.column_dimensions[col].width = 26
    for r, row in enumerate(ALLOWANCE_ROWS, start=1):
        for c, value in enumerate(row, start=1):
            if value is not None:
                ws.cell(r, c, value)
    if not filled:
        ws["B2"] = None
        return
    ws["D2"] = dt.date(2026, 3, 27)
    ws["D2"].number_format = "yyyy/m/d"
    ws["B3"], ws["D3"] = "苏州恒远精密电子有限公司", "91320500MA1X7Y8Z9Q"
    ws["B4"], ws["D4"] = "26322000000041180001", dt.date(2026, 3, 2)
    ws["D4"].number_format = "yyyy/m/d"
    ws["B5"] = "KS-SZ-260301"
    for r, (name, qty, price) in enumerate([("端子座", 1000, 0.5), ("屏蔽壳", 500, 0.2)], start=7):
        ws.cell(r, 1, name)
        ws.cell(r, 2, qty)
        ws.cell(r, 3, price)
        ws.cell(r, 4, round(qty * price, 2))
        ws.cell(r, 5, round(qty * price * 0.13, 2))
    ws["D9"], ws["E9"] = 600.0, 78.0


def _tab_copy(tmp_path: Path) -> Path:
    wb = Workbook()
    template = wb.active
    template.title = "模板"
    _allowance_sheet(template, filled=False)
    filled = wb.create_sheet("3月-恒远")
    _allowance_sheet(filled, filled=True)
    wb.active = 1  # the clerk saved the workbook on the copy she filled
    out = tmp_path / "折让-恒远.xlsx"
    wb.save(out)
    return out


def _is_the_filled_copy(result: dict) -> None:
    assert result["record"] is not None, result["errors"]
    record = result["record"]
    assert record["buyer"] == "苏州恒远精密电子有限公司"
    assert record["invoice_no"] == "26322000000041180001"
    assert [i["name"] for i in record["items"]] == ["端子座", "屏蔽壳"]
    assert [w["code"] for w in result["warnings"] if w["code"].startswith("blank_copy")]


def test_a_workbook_filled_on_a_copy_of_its_template_tab_is_one_document_the_filled_one(tmp_path):
    out = _tab_copy(tmp_path)
    _code, results = parse_cli(out)
    assert len(results) == 1, [r["source"] for r in results]
    assert results[0]["source"] == str(out)
    assert not results[0]["errors"], results[0]["errors"]
    _is_the_filled_copy(results[0])


def test_two_blank_copies_of_the_template_are_still_said_to_be_blank(tmp_path):
    wb = Workbook()
    _allowance_sheet(wb.active, filled=False)
    _allowance_sheet(wb.create_sheet("副本"), filled=False)
    out = tmp_path / "两张空白.xlsx"
    wb.save(out)
    _code, results = parse_cli(out)
    assert results and all(r["record"] is None for r in results)
    assert all(any(e["code"] == "empty_form" for e in r["errors"]) for r in results)


@needs_soffice
def test_the_print_of_a_workbook_filled_on_a_template_copy_reads_the_filled_page(tmp_path):
    pdf = soffice_convert(_tab_copy(tmp_path), "pdf", tmp_path / "pdf")
    _code, results = parse_cli(pdf)
    assert len(results) == 1, [(r["source"], r["errors"]) for r in results]
    assert results[0]["source"] == str(pdf)
    _is_the_filled_copy(results[0])


def _steps_above(tmp_path: Path, numbering: str) -> Path:
    """An 8D whose steps are numbered ``numbering`` (``8D-{n}``, ``Step {n}``, ``D-{n}``), each
    label in a merged row above its text."""
    wb = Workbook()
    ws = wb.active
    ws.title = "8D"
    for col in "ABCD":
        ws.column_dimensions[col].width = 28
    rows = [
        ["8D REPORT"],
        ["Report #", "8D-TEST-0042", "Opened", "2026.04.02"],
        ["Customer", "Bosch Suzhou", "Suspect Qty", "1,250"],
        [],
        [numbering.format(n=1) + " Team"],
        ["Ana Lim (leader), Ben Koh"],
        [numbering.format(n=2) + " Problem"],
        ["Connector pin bent at the customer's press-fit station."],
        [numbering.format(n=3) + " Containment"],
        ["Sorted 4,000 pcs at the warehouse."],
        [numbering.format(n=4) + " Root Cause"],
        ["Feeder guide worn out."],
        [numbering.format(n=5) + " Corrective Action"],
        ["New guide, checked every shift."],
        [numbering.format(n=6) + " Validation"],
        ["No bent pin in 10,000 pcs."],
        [numbering.format(n=7) + " Prevention"],
        ["Guide added to the PM list of all feeders."],
        [numbering.format(n=8) + " Closure"],
    ]
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            ws.cell(r, c, value)
        if len(row) == 1 and r > 1:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
    out = tmp_path / "8d.xlsx"
    wb.save(out)
    return out


@pytest.mark.parametrize("numbering", ["8D-{n}", "8D‑{n}", "Step {n}", "D-{n}"])
def test_8d_steps_numbered_with_a_dash_or_step_are_read_each_text_under_its_label(tmp_path, numbering):
    _code, [result] = parse_cli(_steps_above(tmp_path, numbering))
    record = result["record"]
    assert record is not None, result["errors"]
    assert [m["name"] for m in record["team"]] == ["Ana Lim", "Ben Koh"]
    assert record["problem"]["statement"] == "Connector pin bent at the customer's press-fit station."
    assert record["problem"]["qty_complained"] == 1250
    assert record["containment"][0]["action"] == "Sorted 4,000 pcs at the warehouse."
    assert record["root_cause"][0]["cause"] == "Feeder guide worn out."
    assert record["corrective_actions"][0]["action"] == "New guide, checked every shift."
    assert record["implementation"][0]["result"] == "No bent pin in 10,000 pcs."
    # the step's text stops at the next step's label
    assert record["prevention"]["horizontal_deployment"] == "Guide added to the PM list of all feeders."


def test_the_method_s_name_before_a_number_is_no_step():
    from kesu_docs.parse.vocab import discipline

    assert discipline("8D-4 Root Cause (Occurrence)") == (4, "Root Cause (Occurrence)")
    assert discipline("Step 5 - Permanent corrective action") == (5, "Permanent corrective action")
    assert discipline("8D-0047718") is None  # a portal's 8D number, not step 0
    assert discipline("8D Report No.") is None
    assert discipline("Stepper motor") is None


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("✅ 換貨\u3000⬜ 退貨\u3000⬜ 重工\u3000⬜ 折讓", ["replacement"]),
        ("⬜ 換貨\u3000✅ 退貨\u3000⬜ 重工\u3000✅ 折讓", ["return", "allowance"]),
        ("✅\ufe0f 换货 ⬜\ufe0f 退货", ["replacement"]),  # the marks in their emoji presentation
        ("⬛ 重工 ▢ 退货 ◽ 折让", ["rework"]),
    ],
)
def test_a_request_ticked_with_emoji_in_a_workbook_is_the_option_ticked(tmp_path, typed, meant):
    path = excel_form(tmp_path / "form.xlsx")
    sheet, ref = named_cell(path, "kesu.customer_request").split("!")
    wb = load_workbook(path)
    wb[sheet][ref] = typed
    wb.save(path)
    _code, [result] = parse_cli(path)
    assert result["record"]["customer_request"] == meant
    assert not [p for p in result["errors"] if p["field"] == "customer_request"]


def _dbnum_return(path: Path, number: str, day: dt.date, qtys: tuple[int, int]) -> Path:
    """A 成品退货单 whose date cell prints in Chinese numerals ([DBNum1]) and whose quantities
    print in capital numerals ([DBNum2]): the cells hold a date and numbers."""
    wb = Workbook()
    ws = wb.active
    ws.title = "退货"
    for col, width in zip("ABCDEF", (14, 10, 12, 8, 8, 10)):
        ws.column_dimensions[col].width = width
    ws.append(["成品退货单"])
    ws.append(["退货单号", number, None, "制单日期", day])
    ws["E2"].number_format = '[DBNum1][$-804]yyyy"年"m"月"d"日"'
    ws.merge_cells("E2:F2")
    ws.append(["客户", "苏州汇川精密五金有限公司"])
    ws.append(["料号", "品名", "退回数量", "单位", "单价", "金额"])
    for (part, name, price), qty in zip((("HC-PIN-0210", "定位销", 0.3), ("HC-BSH-0211", "衬套", 0.5)), qtys):
        ws.append([part, name, qty, "PCS", price, round(qty * price, 2)])
        ws.cell(ws.max_row, 3).number_format = "[DBNum2][$-804]General"
        ws.cell(ws.max_row, 3).alignment = Alignment(horizontal="center")
    ws.append(["退货原因", "外径超差。"])
    wb.save(path)
    return path


@needs_soffice
def test_a_profile_learned_on_a_print_in_chinese_numerals_places_the_figures_and_reads_the_next_copy(
    tmp_path,
):
    from kesu_docs.parse.profile import learn, read_by_profile
    from kesu_docs.values import capital_count, parse_date

    first = soffice_convert(
        _dbnum_return(tmp_path / "first.xlsx", "TH-SZ-2603-011", dt.date(2026, 3, 20), (312, 150)),
        "pdf",
        tmp_path / "pdf1",
    )
    profile = learn(
        first,
        "return",
        {
            "issue_date": '"2026/3/20"',  # printed 二〇二六年三月二十日
            "items[0].qty_returned": '"312"',  # printed 叁佰壹拾贰
            "items[1].qty_returned": '"150"',  # printed 壹佰伍拾
        },
        name="dbnum",
    )
    (tmp_path / "profiles").mkdir()
    (tmp_path / "profiles" / "dbnum.toml").write_text(profile.to_toml(), encoding="utf-8")
    second = soffice_convert(
        _dbnum_return(tmp_path / "second.xlsx", "TH-SZ-2604-002", dt.date(2026, 4, 27), (2400, 600)),
        "pdf",
        tmp_path / "pdf2",
    )
    [found] = read_by_profile(second, second.read_bytes(), "return", tmp_path / "profiles")
    # the places hold the next copy's print, in its numerals: the value types read them
    assert parse_date(found.values["issue_date"]) == dt.date(2026, 4, 27)
    assert [capital_count(line["qty_returned"]) for line in found.values["items"]] == [2400, 600]


def test_a_return_notes_date_labelled_made_out_in_dbnum_numerals_is_its_issue_date(tmp_path):
    path = _dbnum_return(tmp_path / "退货.xlsx", "TH-SZ-2603-011", dt.date(2026, 3, 20), (312, 150))
    _code, [result] = parse_cli(path)
    record = result["record"]
    assert record is not None, result["errors"]
    assert record["issue_date"] == "2026-03-20"  # 制单日期, the cell a date shown 二〇二六年三月二十日
    assert [line["qty_returned"] for line in record["items"]] == [312, 150]
