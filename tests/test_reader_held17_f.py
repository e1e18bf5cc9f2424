"""Fixes from the seventeenth held-out set: labels with an instruction hint on a second line,
8D workbooks with a sheet per step, and a merged two-line text printed beside an empty row.

- A label cell ``D2 Problem Description⏎(What, where, when, how many?)``: the bracketed line is
  the label's hint, never a value nor a label of its own (a 5W2H "how many" question); a date
  label's ``(DD/MM/YYYY)`` hint gives the date's order; ``D4 Root Cause - Escape⏎(…)`` names
  its cause's type after the dash; ``D6 Implementation & Validation⏎(Evidence of
  effectiveness)`` puts its text in the result, both name and hint saying so.
- A workbook with a cover sheet and one sheet per D-step, each a title over a merged block.
- A PDF print of a two-row merged description beside a label and an empty cell: both lines are
  the description, not two rows.

Each test writes its own small workbook (printed through LibreOffice where the rule is the
print's) and reads it through the public API.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from helpers import soffice_convert
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side

from kesu_docs.parse import parse_paths
from kesu_docs.parse.anchor import hinted_label

THIN = Side(style="thin")
RULED = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def parsed(path: Path, kind: str) -> dict:
    [result] = parse_paths([path], kind=kind)
    return result.to_dict("en")


def warned(doc: dict) -> set[str]:
    return {p["field"] for p in doc["errors"] + doc["warnings"]}


def hinted_8d(tmp_path: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Supplier 8D"
    rows = [
        ["SUPPLIER 8D REPORT"],
        ["Report No.\n(from the portal)", "S8D-4471", "Opened\n(DD/MM/YYYY)", "03/09/2026"],
        ["Customer\n(full name)", "Norvale Appliances Ltd", "Part No.\n(drawing)", "NV-HG-220"],
        ["D2 Problem Statement\n(Who, what, where, how many?)", "Hinge pin protrudes 0.6 mm on 310 doors."],
        ["D3 Interim Containment\n(Within 24 hours)", "All 1,900 hinges in stock sorted with a gauge."],
        ["D4 Root Cause - Occurrence\n(Use 5-Why)", "Riveting die worn past its life."],
        ["D4 Root Cause - Escape\n(Why did it escape?)", "Pin height checked once per shift only."],
        ["D5 Corrective Action\n(Chosen)", "Die changed every 20,000 hits."],
        ["D6 Implementation & Validation\n(Evidence of effectiveness)", "No protruding pin in 12 lots."],
    ]
    for r, row in enumerate(rows, start=1):
        for c in range(1, 5):
            ws.cell(r, c).border = RULED
            ws.cell(r, c).alignment = WRAP
        for c, value in enumerate(row, start=1):
            ws.cell(r, c, value)
        if r >= 4:
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
        ws.row_dimensions[r].height = 32
    ws.merge_cells("A1:D1")
    for col, width in zip("ABCD", (34, 28, 18, 18)):
        ws.column_dimensions[col].width = width
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    path = tmp_path / "supplier-8d.xlsx"
    wb.save(path)
    return path


def test_a_bracketed_hint_line_is_the_labels_own() -> None:
    assert hinted_label("D2 Problem Description\n(What, where, when, how many?)") == (
        "D2 Problem Description (What, where, when, how many?)"
    )
    assert hinted_label("Date Opened\n(YYYY-MM-DD)") == "Date Opened (YYYY-MM-DD)"
    # a value under a label is no hint; a bracketed line alone is no label
    assert hinted_label("Customer\nNorvale (UK) Ltd") is None
    assert hinted_label("(What, where?)\n(How many?)") is None


def check_hinted(doc: dict) -> None:
    record = doc["record"]
    problem = record["problem"]
    assert problem["statement"] == "Hinge pin protrudes 0.6 mm on 310 doors."
    assert problem["how_many"] is None and problem["what"] is None  # the hint's questions read nothing
    assert record["number"] == "S8D-4471"
    assert record["opened_date"] == "2026-09-03"  # (DD/MM/YYYY): the 3rd of September
    assert record["customer"] == "Norvale Appliances Ltd"
    causes = {c["type"]: c["cause"] for c in record["root_cause"]}
    assert causes == {
        "occurrence": "Riveting die worn past its life.",
        "escape": "Pin height checked once per shift only.",
    }
    assert record["containment"][0]["action"] == "All 1,900 hinges in stock sorted with a gauge."
    assert record["corrective_actions"][0]["action"] == "Die changed every 20,000 hits."
    assert record["implementation"][0]["result"] == "No protruding pin in 12 lots."
    # each step's text in the cell beside its heading is read as surely as a label's value
    # (dev18-rb: it was warned low_confidence, 0.65–0.71, though right); the result's column,
    # guessed from the heading's hint, is still shown for checking
    assert not {"root_cause[0].cause", "root_cause[1].cause", "containment[0].action"} & warned(doc)
    assert "implementation[0].result" in warned(doc)


def test_labels_with_hints_read_in_the_workbook(tmp_path: Path) -> None:
    check_hinted(parsed(hinted_8d(tmp_path), "8d"))


def test_labels_with_hints_read_in_the_print(tmp_path: Path) -> None:
    pdf = soffice_convert(hinted_8d(tmp_path), "pdf", tmp_path / "pdf")
    check_hinted(parsed(pdf, "8d"))


def step_sheets_8d(tmp_path: Path, *, named_by_step: bool = True) -> Path:
    wb = Workbook()
    cover = wb.active
    cover.title = "首页"
    for r, row in enumerate(
        [
            ["8D 报告"],
            ["报告编号", "8D-HX-2609-011", "客户", "宁波华翔电子股份有限公司"],
            ["客诉编号", "KS-260988", "开立日期", dt.datetime(2026, 9, 2)],
        ],
        start=1,
    ):
        for c, value in enumerate(row, start=1):
            cover.cell(r, c, value).border = RULED
    steps = [
        ("D2 问题描述", "卡扣高度超差 0.15mm，装配卡滞 96 件。"),
        ("D3 临时围堵", "库存 2,400 件全数复检卡扣高度。"),
        ("D5 永久对策", "模具镶件修模并增加首件三坐标检测。"),
        ("D7 预防再发生", "同类卡扣 6 个料号横向展开。"),
    ]
    for k, (title, text) in enumerate(steps):
        ws = wb.create_sheet(title.split()[0] if named_by_step else f"第{k + 2}页")
        ws["A1"] = title
        ws.merge_cells("A1:D1")
        ws["A3"] = text
        ws["A3"].alignment = WRAP
        ws.merge_cells("A3:D7")
    d8 = wb.create_sheet("D8")
    d8["A1"] = "D8 结案"
    d8["A3"], d8["B3"] = "结案日期", dt.datetime(2026, 9, 28)
    d8["C3"], d8["D3"] = "批准", "邬建华"
    path = tmp_path / "8d-steps.xlsx"
    wb.save(path)
    return path


def test_a_sheet_per_step_reads_as_its_step(tmp_path: Path) -> None:
    doc = parsed(step_sheets_8d(tmp_path), "8d")
    record = doc["record"]
    assert record["number"] == "8D-HX-2609-011"
    assert record["problem"]["statement"] == "卡扣高度超差 0.15mm，装配卡滞 96 件。"
    assert record["containment"][0]["action"] == "库存 2,400 件全数复检卡扣高度。"
    assert record["corrective_actions"][0]["action"] == "模具镶件修模并增加首件三坐标检测。"
    assert record["prevention"]["horizontal_deployment"] == "同类卡扣 6 个料号横向展开。"
    assert record["closure"]["closed_date"] == "2026-09-28"
    # a title over a block, no label beside it: each read loosely, so warned
    assert {"problem.statement", "containment[0].action"} <= warned(doc)


def test_a_step_sheet_named_otherwise_is_known_by_its_title(tmp_path: Path) -> None:
    record = parsed(step_sheets_8d(tmp_path, named_by_step=False), "8d")["record"]
    assert record["problem"]["statement"] == "卡扣高度超差 0.15mm，装配卡滞 96 件。"
    assert record["prevention"]["horizontal_deployment"] == "同类卡扣 6 个料号横向展开。"


def test_a_sheet_of_another_kind_beside_the_form_is_not_a_step(tmp_path: Path) -> None:
    path = step_sheets_8d(tmp_path)
    from openpyxl import load_workbook

    wb = load_workbook(path)
    notes = wb.create_sheet("说明")
    notes["A1"] = "填写说明"
    notes["A3"] = "问题描述请写明数量。"
    wb.save(path)
    record = parsed(path, "8d")["record"]
    assert record["problem"]["statement"] == "卡扣高度超差 0.15mm，装配卡滞 96 件。"


def two_line_complaint(tmp_path: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "客诉单"
    ws["A1"] = "客户抱怨处理单"
    ws.merge_cells("A1:D1")
    rows = {
        2: ["客诉编号", "KS-260915", "受理日期", dt.datetime(2026, 9, 15)],
        3: ["客户名称", "舜宇光学科技（集团）有限公司", "料号", "SY-CAP-2210"],
        4: ["异常描述", "外壳卡扣断裂，来料检验发现。\n断口在浇口对侧，疑似保压不足。", None, None],
        6: ["客户要求", "换货", "处理人", "邵丽娜"],
    }
    for r, row in rows.items():
        for c, value in enumerate(row, start=1):
            cell = ws.cell(r, c, value)
            cell.border = RULED
            cell.alignment = Alignment(wrap_text=True, indent=2 if (r, c) == (4, 2) else 0)
    ws.merge_cells("B4:D5")
    ws["A5"].border = Border()  # the row under the label: no label, no border of its own
    for col, width in zip("ABCD", (14, 30, 12, 22)):
        ws.column_dimensions[col].width = width
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    path = tmp_path / "complaint.xlsx"
    wb.save(path)
    return path


def test_a_merged_two_line_text_beside_an_empty_row_is_one_text(tmp_path: Path) -> None:
    pdf = soffice_convert(two_line_complaint(tmp_path), "pdf", tmp_path / "pdf")
    record = parsed(pdf, "complaint")["record"]
    assert record["description"] == "外壳卡扣断裂，来料检验发现。\n断口在浇口对侧，疑似保压不足。"
    assert record["customer"] == "舜宇光学科技（集团）有限公司"
