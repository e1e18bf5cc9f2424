"""A profile learned on one filled copy reads a second copy whose tables hold MORE lines than
the first: a table is its header and its columns (lines read until the table ends), and a
step table's line is its step's heading and the columns (every row repeating the heading is
one more line) — never a fixed number of rows. Files built here, printed by LibreOffice."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import parse_cli, run_cli, soffice_convert
from openpyxl import Workbook
from openpyxl.styles import Border, Side

THIN = Side(style="thin")


@pytest.fixture
def office(tmp_path, monkeypatch):
    """A clerk's folder: kesu.toml, profiles/ next to it, the working directory."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("KESU_CONFIG", raising=False)
    (tmp_path / "kesu.toml").write_text('company = "示范电子股份有限公司"\n', encoding="utf-8")
    return tmp_path


def _step_table(path: Path, number: str, d3: list[tuple[str, str, str]], d8: tuple[str, str, str]) -> Path:
    """An 8D whose steps are the rows of one table ``步骤 | 内容描述 | 责任人 | 完成日期``,
    ``d3`` the D3 lines (each a row of its own, the heading printed again), ``d8`` the closing
    row (a sentence, who closed it, when)."""
    wb = Workbook()
    ws = wb.active
    ws.title = "8D"
    ws["A1"] = "8D 报告"
    ws["A2"], ws["B2"] = "8D编号", number
    ws["A3"], ws["B3"] = "客户", "苏州恒瑞汽车部件有限公司"
    ws["C3"], ws["D3"] = "开始日期", "2026-03-05"
    rows: list[tuple[str, str, str, str]] = [
        ("步骤", "内容描述", "责任人", "完成日期"),
        ("D1 成立小组", "张伟(组长)、李娜、王磊", "张伟", "2026-03-05"),
        ("D2 问题描述", "法兰端面跳动超差，客户装配异响 12 件。", "张伟", ""),
        *[("D3 临时措施", *line) for line in d3],
        ("D4 根本原因", "车床夹具定位销磨损。", "王磊", "2026-03-09"),
        ("D5 永久对策", "定位销改为硬质合金并每周点检。", "王磊", "2026-03-16"),
        ("D8 结案", *d8),
    ]
    for r, row in enumerate(rows, start=5):
        for c, value in enumerate(row, start=1):
            if value:
                ws.cell(r, c, value)
            ws.cell(r, c).border = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
    for col, width in zip("ABCD", (14, 30, 10, 12), strict=True):
        ws.column_dimensions[col].width = width
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path


FIRST_D3 = [("库存 2,400 件全检端面跳动", "李娜", "2026-03-06")]
SECOND_D3 = [
    ("库存 1,100 件全检活塞外径", "何静", "2026-04-15"),
    ("在途 600 件拦截返厂", "杨帆", "2026-04-16"),
    ("售后仓 300 件换货", "吴昊", "2026-04-17"),
]


def _second(office: Path) -> Path:
    return _step_table(
        office / "b" / "second.xlsx", "8D-2604-011", SECOND_D3, ("客户确认关闭。", "赵总", "2026-05-15")
    )


def _check_second(doc: dict, src: Path) -> None:
    assert any(w["code"] == "profile_used" for w in doc["warnings"]), src
    got = [(r["action"], r["owner"], r["done_date"]) for r in doc["record"]["containment"]]
    assert got == SECOND_D3, (src.suffix, got)
    closure = doc["record"]["closure"]
    assert (closure["approved_by"], closure["closed_date"]) == ("赵总", "2026-05-15"), (src.suffix, closure)
    assert doc["record"]["corrective_actions"][0]["owner"] == "王磊"
    (cause,) = doc["record"]["root_cause"]  # the D4 row under the three D3 lines
    assert cause["cause"] == "车床夹具定位销磨损。", (src.suffix, cause)
    assert not [e for e in doc["errors"] if e["code"].startswith("profile_")], doc["errors"]


def test_a_step_table_learned_with_one_line_of_a_step_reads_three_on_the_next_copy(office):
    """Learned on the Excel file with one D3 line; the next copy holds three D3 lines (the rows
    under them move down) and another closing sentence: all three lines are read, on the Excel
    file and on its print, and the closing row's person and date by the D8 heading — the
    closing sentence of the first copy is no label of the layout."""
    first = _step_table(
        office / "a" / "first.xlsx",
        "8D-2603-007",
        FIRST_D3,
        ("客户确认关闭，小组表彰。", "赵总", "2026-04-02"),
    )
    code, out = run_cli("learn", first, "--kind", "8d")
    assert code == 0, out
    profile = (office / "profiles" / "first.toml").read_text(encoding="utf-8")
    assert "小组表彰" not in profile, profile  # the first copy's sentence: no label, no fingerprint
    second = _second(office)
    for src in (second, soffice_convert(second, "pdf", office / "printed")):
        _, (doc,) = parse_cli(src)
        _check_second(doc, src)


def test_a_step_table_learned_on_a_print_reads_the_next_print_with_more_lines(office):
    """Learned on the print of the first copy (no cells: by the headings and the column
    headers), the print of the next copy with three D3 lines reads all three."""
    first = _step_table(
        office / "a" / "first.xlsx",
        "8D-2603-007",
        FIRST_D3,
        ("客户确认关闭，小组表彰。", "赵总", "2026-04-02"),
    )
    code, out = run_cli("learn", soffice_convert(first, "pdf", office / "p1"), "--kind", "8d")
    assert code == 0, out
    printed = soffice_convert(_second(office), "pdf", office / "p2")
    _, (doc,) = parse_cli(printed)
    _check_second(doc, printed)


def test_a_step_line_ends_where_another_heading_begins(office):
    """The lines read again are only the rows repeating the step's heading: the next step's row
    (D4) is never read as a D3 line, and a copy with one D3 line reads one."""
    first = _step_table(
        office / "a" / "first.xlsx",
        "8D-2603-007",
        FIRST_D3,
        ("客户确认关闭，小组表彰。", "赵总", "2026-04-02"),
    )
    assert run_cli("learn", first, "--kind", "8d")[0] == 0
    same = _step_table(
        office / "c" / "same.xlsx", "8D-2605-002", SECOND_D3[:1], ("关闭。", "赵总", "2026-05-15")
    )
    _, (doc,) = parse_cli(same)
    assert [r["action"] for r in doc["record"]["containment"]] == [SECOND_D3[0][0]]
    assert doc["record"]["root_cause"][0]["cause"] == "车床夹具定位销磨损。"


def _return_note(path: Path, lines: list[tuple[str, str, int]], end: str = "合计") -> Path:
    """A return note whose lines stand under a header row, a total line after them (or the
    clerk's ``以下空白`` alone on the line)."""
    wb = Workbook()
    ws = wb.active
    ws.title = "退货单"
    ws["A1"] = "退货申请单"
    ws["A2"], ws["B2"] = "申请单号", "RT-2604-031"
    ws["A3"], ws["B3"] = "客户", "合肥美菱家电有限公司"
    for col, text in enumerate(("物料编码", "物料名称", "退货数量"), start=1):
        ws.cell(5, col, text)
    for r, line in enumerate(lines, start=6):
        for c, value in enumerate(line, start=1):
            ws.cell(r, c, value)
    total = 6 + len(lines)
    ws.cell(total, 1, end)
    if end == "合计":
        ws.cell(total, 3, sum(q for *_, q in lines))
    ws.cell(total + 2, 1, "备注"), ws.cell(total + 2, 2, "请于三日内取回")
    for row in ws.iter_rows(min_row=2, max_row=total, max_col=3):
        for cell in row:
            cell.border = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
    for col, width in zip("ABC", (16, 24, 12), strict=True):
        ws.column_dimensions[col].width = width
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path


def _check_lines_read(
    second: Path, learned_on: str, printed_in: Path, lines: list[tuple[str, str, int]]
) -> None:
    """The second copy read with the profile gives exactly ``lines``: its print always, the
    workbook too when the profile was learned on a workbook (a profile learned on a print reads
    prints)."""
    sources = [soffice_convert(second, "pdf", printed_in)]
    if learned_on == "xlsx":
        sources.insert(0, second)
    for src in sources:
        _, (doc,) = parse_cli(src)
        assert any(w["code"] == "profile_used" for w in doc["warnings"]), src
        got = [(r.get("part_no"), r.get("part_name"), r.get("qty_returned")) for r in doc["record"]["items"]]
        assert got == lines, (src.suffix, got)


@pytest.mark.parametrize("learned_on", ["xlsx", "pdf"])
def test_a_table_learned_with_one_line_reads_three_lines_down_to_its_total(office, learned_on):
    """One line on the first copy; three on the next: the table is its header and columns, read
    down to its total line (the total and the remark under it are no lines)."""
    first = _return_note(office / "a" / "first.xlsx", [("D-1N4007", "整流二极管", 500)])
    if learned_on == "pdf":
        first = soffice_convert(first, "pdf", office / "p1")
    code, out = run_cli("learn", first, "--kind", "return")
    assert code == 0, out
    lines = [
        ("D-1N4148", "开关二极管", 800),
        ("D-SS24", "肖特基二极管", 300),
        ("D-SS34", "肖特基二极管", 1000),
    ]
    second = _return_note(office / "b" / "second.xlsx", lines)
    _check_lines_read(second, learned_on, office / "p2", lines)


@pytest.mark.parametrize("learned_on", ["xlsx", "pdf"])
def test_a_tables_lines_end_at_blank_below_on_the_sheet_and_on_its_print(office, learned_on):
    """``以下空白`` alone on the line under the lines: the table ends there on a print as on the
    sheet (one rule, table_lines.blank_below) — never a line whose part number is 以下空白."""
    first = _return_note(office / "a" / "first.xlsx", [("D-1N4007", "整流二极管", 500)], end="以下空白")
    if learned_on == "pdf":
        first = soffice_convert(first, "pdf", office / "p1")
    assert run_cli("learn", first, "--kind", "return")[0] == 0
    lines = [("D-1N4148", "开关二极管", 800), ("D-SS24", "肖特基二极管", 300)]
    second = _return_note(office / "b" / "second.xlsx", lines, end="以下空白")
    _check_lines_read(second, learned_on, office / "p2", lines)


# what round eight's `kesu learn first.xlsx --kind 8d` wrote for the first copy above: the
# closing sentence taken for D8's label, the D4 row as a table whose type column is a heading
OLD_PROFILE = """name = "first"
kind = "8d"
sheet = "8D"
learned_from = "first.xlsx"

[fields]
number = { cell = "B2", label = "8D编号", label_cell = "A2", at = "right" }
customer = { cell = "B3", label = "客户", label_cell = "A3", at = "right" }
opened_date = { cell = "D3", label = "开始日期", label_cell = "C3", at = "right" }
"problem.statement" = { cell = "B7", label = "D2 问题描述", label_cell = "A7", at = "right" }
"closure.approved_by" = { cell = "C11", label = "客户确认关闭，小组表彰。", label_cell = "B11", at = "right" }
"closure.closed_date" = { cell = "D11", label = "客户确认关闭，小组表彰。", label_cell = "B11", at = "cross", column = "完成日期" }
"team[0].name" = { cell = "B6", label = "D1 成立小组", label_cell = "A6", at = "right", split = true }
"containment[0].action" = { cell = "B8", label = "D3 临时措施", label_cell = "A8", at = "right" }
"containment[0].owner" = { cell = "C8", label = "D3 临时措施", label_cell = "A8", at = "cross", column = "责任人" }
"containment[0].done_date" = { cell = "D8", label = "D3 临时措施", label_cell = "A8", at = "cross", column = "完成日期" }
"corrective_actions[0].action" = { cell = "B10", label = "D5 永久对策", label_cell = "A10", at = "right" }
"corrective_actions[0].owner" = { cell = "C10", label = "D5 永久对策", label_cell = "A10", at = "cross", column = "责任人" }

[tables.root_cause]
first_row = 9
[tables.root_cause.columns]
cause = { col = "B" }
type = { col = "A", label = "D3 临时措施", label_cell = "A8" }

[fingerprint.labels]
A2 = "8D编号"
A3 = "客户"
C3 = "开始日期"
C5 = "责任人"
D5 = "完成日期"
A6 = "D1 成立小组"
A7 = "D2 问题描述"
A8 = "D3 临时措施"
A10 = "D5 永久对策"
B11 = "客户确认关闭，小组表彰。"
"""


def test_a_profile_file_written_before_reads_the_extra_lines_and_says_what_it_cannot(office):
    """A profile kept from the eighth round (same TOML keys) reads the three D3 lines too; what
    it learned wrong (the first copy's closing sentence as D8's label) is an error on those
    fields on the next copy — never a value from another cell."""
    (office / "profiles").mkdir()
    (office / "profiles" / "first.toml").write_text(OLD_PROFILE, encoding="utf-8")
    _, (doc,) = parse_cli(_second(office))
    assert any(w["code"] == "profile_used" for w in doc["warnings"])
    got = [(r["action"], r["owner"], r["done_date"]) for r in doc["record"]["containment"]]
    assert got == SECOND_D3, got
    gone = {e["field"] for e in doc["errors"] if e["code"] == "profile_label_gone"}
    assert {"closure.approved_by", "closure.closed_date"} <= gone
    assert (doc["record"].get("closure") or {}).get("approved_by") in (None, "")


def _lines_as_columns(path: Path, lines: list[tuple[str, str, int]], remark: str = "") -> Path:
    """A return note whose lines are COLUMNS ``Item | Item 1 | Item 2 …`` over the rows
    ``Part No.``, ``Description``, ``Qty``; a ``Remarks`` column after the last line holding
    ``remark`` in the Description row."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Return"
    ws["A1"] = "MATERIAL RETURN NOTE"
    ws["A2"], ws["B2"] = "Return No.", "RN-2604-118"
    ws["A3"], ws["B3"] = "Customer", "Luxshare Kunshan"
    ws.cell(5, 1, "Item")
    for r, label in enumerate(("Part No.", "Description", "Qty"), start=6):
        ws.cell(r, 1, label)
    for c, line in enumerate(lines, start=2):
        ws.cell(5, c, f"Item {c - 1}")
        for r, value in enumerate(line, start=6):
            ws.cell(r, c, value)
    total = 2 + len(lines)
    ws.cell(5, total, "Remarks")
    if remark:
        ws.cell(7, total, remark)
    ws["A10"], ws["B10"] = "Reason", "Pins bent."
    for row in ws.iter_rows(min_row=5, max_row=8, max_col=total):
        for cell in row:
            cell.border = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
    for c in range(1, total + 1):
        ws.column_dimensions[chr(64 + c)].width = 14
    ws.sheet_properties.pageSetUpPr.fitToPage = True  # every column on one printed page
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 1
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path


COLUMN_LINES = [
    ("CN-2210", "Connector 20P", 400),
    ("CN-3105", "Harness 300mm", 120),
    ("SC-M2", "Screw M2x4", 3000),
    ("GS-0410", "Gasket 40x10", 75),
]


@pytest.mark.parametrize("learned_on", ["xlsx", "pdf"])
def test_lines_learned_as_two_columns_read_four_on_the_next_copy_up_to_the_total(office, learned_on):
    """Two lines laid out as columns on the first copy; four on the next: each heading right of
    the last learned one that numbers the next line (``Item 3`` after ``Item 2``) is one more
    line, read by the same row labels; the ``Remarks`` column after them is no line (its note
    never an item), on a copy with four lines or with two."""
    first = _lines_as_columns(
        office / "a" / "first.xlsx", [("CN-1001", "Header 2x5", 60), ("FU-5A", "Fuse 5 A", 900)]
    )
    sets: list[str] = []
    if learned_on == "pdf":  # the clerk points at the second line's values on the print
        first = soffice_convert(first, "pdf", office / "p1")
        for col, value in (("part_no", "FU-5A"), ("part_name", "Fuse 5 A"), ("qty_returned", "900")):
            sets += ["--set", f'items[1].{col}="{value}"']
    code, out = run_cli("learn", first, "--kind", "return", *sets)
    assert code == 0, out
    for n, folder in ((4, "b"), (2, "c")):
        second = _lines_as_columns(office / folder / "second.xlsx", COLUMN_LINES[:n], "In 2 cartons")
        _check_lines_read(second, learned_on, office / f"p{folder}", COLUMN_LINES[:n])
