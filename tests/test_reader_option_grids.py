"""Options laid out as a grid instead of a line of boxes in one cell: one boxed option per cell
(``☑退货 | ☐换货 | ☑折让``) and printed options with an ``X`` typed under the chosen ones
(``Disposition | Rework | Scrap | Replace``). Every ticked option is read, never only the one
next to the label; printed options with nothing marked are no answer (and say so). The same
workbook printed to PDF, and that PDF stored as printer drivers do (``/Rotate 90``), read alike;
a zh-Hant containment table (對策內容 · 負責人 · 完成日) is read under its D3 heading."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import soffice_convert
from holdout_kit import turn_pages
from openpyxl import Workbook

from kesu_docs.parse import parse_paths


def _parse(path: Path, kind: str) -> dict:
    [result] = parse_paths([path], kind=kind)
    return result.to_dict("en")


def _flagged(doc: dict, field: str) -> bool:
    return any(p["field"] == field for p in doc["errors"] + doc["warnings"])


def _complaint_grid(tmp_path: Path, boxes: list[str]) -> Path:
    wb = Workbook()
    ws = wb.active
    ws["A1"] = "客户投诉处理单"
    ws["A2"], ws["B2"] = "投诉编号", "TS-2611-07"
    ws["A3"], ws["B3"] = "客户名称", "常州恒立精密"
    ws["A4"] = "客户诉求"
    for col, text in enumerate(boxes, start=2):
        ws.cell(4, col, text)
    ws["A5"], ws["B5"] = "不良描述", "端盖毛刺划伤密封圈"
    path = tmp_path / "grid.xlsx"
    wb.save(path)
    return path


@pytest.mark.parametrize(
    ("boxes", "meant"),
    [
        (["☑退货", "☐换货", "☑折让", "☐赔款", "其他：____"], ["return", "allowance"]),
        (["☐退货", "☑换货", "☐折让"], ["replacement"]),
        (["□退货", "■换货", "■折让"], ["replacement", "allowance"]),
    ],
)
def test_boxed_options_one_per_cell_are_all_read(tmp_path, boxes, meant):
    doc = _parse(_complaint_grid(tmp_path, boxes), "complaint")
    assert doc["record"]["customer_request"] == meant


def _rma(tmp_path: Path, marks: dict[str, str], name: str = "rma.xlsx") -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Return"
    ws["A1"] = "GOODS RETURN NOTE"
    ws["A2"], ws["B2"], ws["C2"], ws["D2"] = "Return No.", "GR-5521", "Customer", "Acme Pumps Ltd."
    ws["A3"], ws["B3"], ws["C3"], ws["D3"] = "Part No.", "Description", "Qty", "Unit Price"
    ws["A4"], ws["B4"], ws["C4"], ws["D4"] = "PX-100", "Impeller", 40, 12.5
    ws["A6"], ws["B6"] = "Reason for Return", "Cracked hub found at incoming inspection."
    ws["A7"], ws["B7"], ws["C7"], ws["D7"] = "Disposition", "Repair", "Scrap", "Rework"
    for col, mark in marks.items():
        ws[f"{col}8"] = mark
    for col in "ABCD":
        ws.column_dimensions[col].width = 16
    path = tmp_path / name
    wb.save(path)
    return path


def test_x_marks_under_printed_options_give_the_marked_ones(tmp_path):
    doc = _parse(_rma(tmp_path, {"C": "X", "D": "x"}), "return")
    assert doc["record"]["handling"] == ["scrap", "rework"]
    assert doc["provenance"]["handling"]["how"] == "options-marked"


def test_printed_options_with_none_marked_are_no_answer_and_said(tmp_path):
    doc = _parse(_rma(tmp_path, {}), "return")
    assert not doc["record"]["handling"]  # never "repair", the first word printed
    assert _flagged(doc, "handling")


@pytest.mark.parametrize("mark", ["✅", "◉", "▣", "×"])
def test_any_tick_the_reader_knows_marks_an_option_under_it(tmp_path, mark):
    """The marks under a printed option are values.CHECKED and the typed ones (X, V, a cross):
    the one set of ticks, so a ✅ or ◉ that ticks a box also marks the option it stands under."""
    doc = _parse(_rma(tmp_path, {"B": mark}), "return")
    assert doc["record"]["handling"] == ["repair"]


def test_a_mark_under_one_option_is_not_also_read_for_its_neighbour(tmp_path):
    doc = _parse(_rma(tmp_path, {"C": "✓"}), "return")
    assert doc["record"]["handling"] == ["scrap"]


def test_the_printed_grid_and_its_page_stored_with_rotate_90_read_alike(tmp_path):
    pdf = soffice_convert(_rma(tmp_path, {"B": "X", "D": "X"}), "pdf", tmp_path / "pdf")
    upright = _parse(pdf, "return")
    assert upright["record"]["handling"] == ["repair", "rework"]
    turned = tmp_path / "turned.pdf"
    turned.write_bytes(pdf.read_bytes())
    turn_pages(turned)  # content turned a quarter, /Rotate 90: a viewer shows it upright
    from pypdf import PdfReader

    assert PdfReader(turned).pages[0].rotation == 90
    sideways = _parse(turned, "return")
    for key in ("number", "customer", "reason", "handling", "items"):
        assert sideways["record"][key] == upright["record"][key], key
    assert sideways["record"]["number"] == "GR-5521"


def test_a_zh_hant_containment_table_under_its_d3_heading_is_read(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws["A1"] = "8D 矯正措施報告"
    ws["A2"], ws["B2"], ws["C2"], ws["D2"] = "報告編號", "8D-TW-0412", "客戶", "台達電子"
    ws["A3"] = "D2 問題描述"
    ws["A4"] = "連接器端子鍍層剝落，客戶組裝時接觸不良。"
    ws["A5"] = "D3 暫時對策"
    ws["A6"], ws["C6"], ws["D6"] = "對策內容", "負責人", "完成日"
    ws["A7"], ws["C7"], ws["D7"] = "庫存品全數目檢", "林志遠", "115/04/13"
    ws["A8"], ws["C8"], ws["D8"] = "客戶端在庫品更換", "吳佳穎", "115.04.15"
    ws["A9"], ws["B9"] = "D4 根本原因", "電鍍槽液濃度偏低。"
    path = tmp_path / "zht-8d.xlsx"
    wb.save(path)
    rows = _parse(path, "8d")["record"]["containment"]
    assert [(r["action"], r["owner"], r["done_date"]) for r in rows] == [
        ("庫存品全數目檢", "林志遠", "2026-04-13"),
        ("客戶端在庫品更換", "吳佳穎", "2026-04-15"),
    ]


def _cause_sheet(path: Path, team: str, occurrence: str) -> Path:
    from openpyxl.styles import Alignment, Border, Side

    wb = Workbook()
    ws = wb.active
    ws["A1"] = "8D 纠正预防措施报告"
    ws["A2"], ws["B2"], ws["C2"], ws["D2"] = "8D编号", "8D-QT-2611-04", "客户", "苏州汇川技术"
    ws["A3"], ws["B3"] = "D1 小组成员", "D2 问题描述"
    ws["A4"], ws["B4"] = team, "伺服驱动器上电报警 E21，12 台。"
    ws["A6"] = "D4 Root Cause"
    ws["A7"], ws["B7"] = "Occurrence", occurrence
    ws["A8"], ws["B8"] = "Escape", "Final test skips the E21 self-check."
    thin = Side(style="thin")
    for row in (7, 8):
        ws.merge_cells(f"B{row}:D{row}")
        ws.row_dimensions[row].height = 29  # two lines of text in one row
        ws[f"A{row}"].alignment = Alignment(wrap_text=True, vertical="center")
        ws[f"B{row}"].alignment = Alignment(wrap_text=True, vertical="top")
        for col in "ABCD":
            ws[f"{col}{row}"].border = Border(left=thin, right=thin, top=thin, bottom=thin)  # a ruled form
    for col, width in zip("ABCD", (40, 14, 12, 12)):
        ws.column_dimensions[col].width = width
    wb.save(path)
    return path


def test_a_cause_wrapping_onto_a_second_printed_line_is_read_whole(tmp_path):
    cause = "Stencil worn after 80,000 prints; no stencil life check."
    sheet = _cause_sheet(tmp_path / "causes.xlsx", "组长：赵磊\n组员：孙丽", cause)
    pdf = soffice_convert(sheet, "pdf", tmp_path / "pdf")
    rows = _parse(pdf, "8d")["record"]["root_cause"]
    texts = {r["type"]: " ".join(r["cause"].split()) for r in rows}
    assert texts == {"occurrence": cause, "escape": "Final test skips the E21 self-check."}


def test_a_profile_reads_a_one_cell_team_without_its_role_captions(tmp_path, monkeypatch):
    from helpers import parse_cli, run_cli

    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("KESU_CONFIG", raising=False)
    (tmp_path / "kesu.toml").write_text('company = "示范电子股份有限公司"\n', encoding="utf-8")
    first = _cause_sheet(tmp_path / "first.xlsx", "组长：赵磊\n组员：孙丽", "Stencil worn.")
    code, out = run_cli(
        "learn", first, "--kind", "8d", "--set", "team[0].name=A4"
    )  # the clerk: the team is A4
    assert code == 0, out
    second = _cause_sheet(tmp_path / "second.xlsx", "组长：钱进\n组员：周敏", "Reflow zone 6 too cold.")
    _, docs = parse_cli(second)
    team = docs[0]["record"]["team"]
    assert [(m["name"], m["role"]) for m in team] == [("钱进", "leader"), ("周敏", "member")]


def _return_over_two_pages(path: Path, first: int, lines: int) -> Path:
    from openpyxl.styles import Border, Side
    from openpyxl.worksheet.pagebreak import Break

    wb = Workbook()
    ws = wb.active
    ws.title = "退货单"
    ws["A1"] = "成品退货单"
    ws["A2"], ws["B2"], ws["C2"], ws["D2"] = (
        "退货单号",
        f"RT-2611-{first:04d}",
        "客户名称",
        "无锡先导智能装备",
    )
    ws.append(["项次", "料号", "品名", "退货数量", "单价"])
    thin = Side(style="thin")
    for n in range(lines):
        ws.append([n + 1, f"GX-{first + n}", f"齿轮箱 G{first + n}", 10 + n, 25])
    for row in ws.iter_rows(min_row=3, max_row=3 + lines):
        for cell in row:
            cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws.print_title_rows = "3:3"  # the header printed again on every page
    ws.row_breaks.append(Break(id=8))  # the clerk's page break after the fifth line
    ws.cell(5 + lines, 1, "退货原因")
    ws.cell(5 + lines, 2, "齿面点蚀，客户装机异响。")
    for col, width in zip("ABCDE", (10, 14, 20, 12, 10)):
        ws.column_dimensions[col].width = width
    wb.save(path)
    return path


def test_a_profile_reads_the_lines_after_a_page_break_under_the_repeated_header(tmp_path, monkeypatch):
    from helpers import parse_cli, run_cli

    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("KESU_CONFIG", raising=False)
    (tmp_path / "kesu.toml").write_text('company = "示范电子股份有限公司"\n', encoding="utf-8")
    code, out = run_cli("learn", _return_over_two_pages(tmp_path / "first.xlsx", 100, 8), "--kind", "return")
    assert code == 0, out
    second = _return_over_two_pages(tmp_path / "second.xlsx", 300, 9)
    pdf = soffice_convert(second, "pdf", tmp_path / "pdf")
    from pypdf import PdfReader

    assert len(PdfReader(pdf).pages) == 2
    _, docs = parse_cli(pdf)
    items = docs[0]["record"]["items"]
    assert [i["part_no"] for i in items] == [f"GX-{300 + n}" for n in range(9)]
    # without the profile too: a line standing where the next page's line stands is no page number
    generic = _parse(pdf, "return")["record"]["items"]
    assert [i["part_no"] for i in generic] == [f"GX-{300 + n}" for n in range(9)]
