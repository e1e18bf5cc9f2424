"""Whose value is it: a text block belongs under its own heading, not to a label of another form
beside it; a list of people is no problem statement; a stamp box's caption is no name; a
workbook's instructions sheet (example answers) is not the form, in the workbook or its print."""

from __future__ import annotations

from pathlib import Path

from helpers import soffice_convert
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side

from kesu_docs.parse import parse_paths

THIN = Side(style="thin")
RULED = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def _put(ws, cells: dict[str, object], merged=()) -> None:
    for ref, value in cells.items():
        ws[ref] = value
        ws[ref].alignment = Alignment(wrap_text=True, vertical="top")
        ws[ref].border = RULED
    for rng in merged:
        ws.merge_cells(rng)


def parse_all(path: Path, kind: str | None = None) -> list:
    return parse_paths([path], kind=kind)


def record(result) -> dict:
    return result.to_dict("en")["record"] or {}


def problems_on(result, field: str) -> list:
    return [p for p in list(result.errors) + list(result.warnings) if p.field == field]


# ---------------------------------------------------------------------------------- two forms side by side
def two_up(tmp_path: Path) -> Path:
    """A complaint sheet in landscape: the customer's part left, the supplier's answer right; the
    supplier's ``Corrective Action`` text area reaches down beside the customer's ``Problem
    Description`` heading, whose own text is under it."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet"
    ws.page_setup.orientation = "landscape"
    _put(
        ws,
        {
            "A1": "CUSTOMER COMPLAINT — PART A",
            "E1": "PART B — SUPPLIER RESPONSE",
            "A2": "Complaint No.",
            "B2": "CC-5120-26",
            "E2": "Responsible Dept.",
            "F2": "Press Shop",
            "A3": "Customer",
            "B3": "Valeo Lighting Hubei Co., Ltd.",
            "E3": "Root Cause",
            "F3": "Die insert chipped; burr on flange edge.",
            "A4": "Part Number",
            "B4": "BRK-2210-A",
            "A5": "Qty Defective",
            "B5": 340,
            "E5": "Corrective Action",
            "E6": "Die insert replaced; burr check added to first-article inspection.",
            "A8": "Problem Description",
            "A9": "Burr up to 0.4 mm on the flange; 340 brackets rejected at incoming inspection.",
            "E9": "Closed Date",
            "F9": "2026-10-02",
            "E10": "Approved by",
            "F10": "Tan Wei",
        },
        merged=("A1:C1", "E1:G1", "E6:G8", "A8:C8", "A9:C11", "F9:G9", "F10:G10"),
    )
    for col, width in zip("ABCDEFG", (20, 22, 22, 3, 20, 22, 22)):
        ws.column_dimensions[col].width = width
    for row in (6, 7, 8, 9, 10, 11):
        ws.row_dimensions[row].height = 30
    path = tmp_path / "two-up.xlsx"
    wb.save(path)
    return path


def test_a_text_block_under_another_heading_beside_the_label_is_not_its_answer(tmp_path):
    path = two_up(tmp_path)
    for source in (path, soffice_convert(path, "pdf", tmp_path / "printed")):
        [result] = parse_all(source, "complaint")
        description = record(result).get("description")
        assert description != "Die insert replaced; burr check added to first-article inspection.", source
        assert description == (
            "Burr up to 0.4 mm on the flange; 340 brackets rejected at incoming inspection."
        ) or problems_on(result, "description"), source


# ---------------------------------------------------------------------------------- a team list
def test_a_list_of_people_with_their_roles_is_warned_where_a_problem_statement_is_read(tmp_path):
    wb = Workbook()
    ws = wb.active
    _put(
        ws,
        {
            "A1": "8D Report",
            "A2": "Report No.",
            "B2": "8D-26-0415",
            "A3": "Customer",
            "B3": "Magna Seating Wuhu",
            "A4": "Problem Description",
            "B4": "Liang Hui (Leader, Quality)\nZhao Ming (Member, Welding)",
        },
    )
    ws.column_dimensions["B"].width = 50
    path = tmp_path / "team-as-problem.xlsx"
    wb.save(path)
    [result] = parse_all(path, "8d")
    statement = (record(result).get("problem") or {}).get("statement")
    if statement and "Liang Hui" in statement:
        assert [p.code for p in problems_on(result, "problem.statement")] == ["value_is_people_list"]


def test_a_sentence_with_a_bracket_is_still_a_problem_statement_without_a_warning(tmp_path):
    wb = Workbook()
    ws = wb.active
    text = "Weld seam (left side) cracked on 14 seats (batch W36)."
    _put(
        ws,
        {"A1": "8D Report", "A2": "Report No.", "B2": "8D-26-0416", "A3": "Problem Description", "B3": text},
    )
    ws.column_dimensions["B"].width = 60
    path = tmp_path / "problem.xlsx"
    wb.save(path)
    [result] = parse_all(path, "8d")
    assert record(result)["problem"]["statement"] == text
    assert "value_is_people_list" not in [p.code for p in problems_on(result, "problem.statement")]


# ---------------------------------------------------------------------------------- stamp boxes
def test_a_stamp_boxs_caption_is_never_read_as_the_signers_name(tmp_path):
    """承認 | 審查 | 作成 over three stamp boxes with the names under them: the approver is the
    name under 承認, never the caption 審查 beside it."""
    wb = Workbook()
    ws = wb.active
    ws.title = "對策書"
    _put(
        ws,
        {
            "A1": "8D 報告書",
            "A2": "報告編號",
            "B2": "QR-26-0918",
            "A3": "客戶名稱",
            "B3": "和泰汽車股份有限公司",
            "A4": "問題描述",
            "B4": "煞車卡鉗活塞表面壓痕，組立後漏油。",
            "D6": "承認",
            "E6": "審查",
            "F6": "作成",
            "D7": "松本 健",
            "E7": "林志明",
            "F7": "陳雅婷",
        },
    )
    for row in (7,):
        ws.row_dimensions[row].height = 36  # the stamp boxes
    path = tmp_path / "stamps.xlsx"
    wb.save(path)
    for source in (path, soffice_convert(path, "pdf", tmp_path / "printed")):
        [result] = parse_all(source, "8d")
        approver = (record(result).get("closure") or {}).get("approved_by")
        assert approver != "審查", source
        assert approver in (None, "松本 健") or problems_on(result, "closure.approved_by"), source


# ---------------------------------------------------------------------------------- an instructions sheet
def with_instructions_first(tmp_path: Path) -> Path:
    """A Global 8D workbook that opens on its ``How to fill in`` sheet with example answers;
    the report is on the second sheet."""
    wb = Workbook()
    guide = wb.active
    guide.title = "Instructions"
    _put(
        guide,
        {
            "A1": "How to fill in the Global 8D",
            "A3": "Report No.",
            "B3": "e.g. G8D-2026-001 (from the supplier's register)",
            "A4": "Customer",
            "B4": "e.g. Ford Otosan Kocaeli",
            "A5": "Status",
            "B5": "choose Open or Closed from the list",
        },
    )
    guide.column_dimensions["B"].width = 55
    form = wb.create_sheet("G8D")
    _put(
        form,
        {
            "A1": "GLOBAL 8D REPORT",
            "A2": "Report No.",
            "B2": "FG8D-26-0527",
            "C2": "Status",
            "D2": "Closed",
            "A3": "Customer",
            "B3": "Ford Motor Company – Dearborn Truck",
            "A4": "Part No.",
            "B4": "ML3Z-14A411-C",
            "A5": "D2 Problem Description",
            "A6": "Wire harness clip missing on 9 trucks.",
        },
        merged=("A5:D5", "A6:D6"),
    )
    form.column_dimensions["B"].width = 36
    wb.active = 0
    path = tmp_path / "g8d.xlsx"
    wb.save(path)
    return path


def test_a_workbook_opening_on_its_instructions_sheet_is_read_from_the_form_sheet(tmp_path):
    path = with_instructions_first(tmp_path)
    for source in (path, soffice_convert(path, "pdf", tmp_path / "printed")):
        results = parse_all(source)
        assert len(results) == 1, [r.source for r in results]  # the instructions are no document
        [result] = results
        assert result.kind == "8d", source
        assert record(result)["number"] == "FG8D-26-0527", source
        assert record(result)["customer"] == "Ford Motor Company – Dearborn Truck", source
        assert record(result)["status"] == "closed", source


def test_a_sheet_of_instructions_alone_is_still_read_and_its_examples_warned(tmp_path):
    """Without a form beside it, the instructions sheet is what there is: read, never dropped."""
    wb = Workbook()
    ws = wb.active
    _put(
        ws,
        {
            "A1": "How to fill in the Global 8D",
            "A3": "Report No.",
            "B3": "e.g. G8D-2026-001 (from the supplier's register)",
            "A4": "Customer",
            "B4": "e.g. Ford Otosan Kocaeli",
        },
    )
    path = tmp_path / "guide.xlsx"
    wb.save(path)
    [result] = parse_all(path, "8d")
    customer = record(result).get("customer")
    assert customer is None or problems_on(result, "customer")


# ---------------------------------------------------------------------------------- option captions
def test_root_cause_over_escape_point_each_beside_its_text_are_two_causes_not_a_column(tmp_path):
    """Under ``D4 Root Cause and Escape Point``: ``Root Cause`` is no column header over the
    caption ``Escape Point``; each caption names its cause's type, its text beside it."""
    wb = Workbook()
    ws = wb.active
    _put(
        ws,
        {
            "A1": "GLOBAL 8D REPORT",
            "A2": "Report No.",
            "B2": "FG8D-26-0530",
            "A3": "Customer",
            "B3": "Ford Motor Company – Kansas City Assembly",
            "A5": "D4  Root Cause and Escape Point",
            "A6": "Root Cause",
            "B6": "Mould cavity 3 vent blocked; short shot on the clip.",
            "A7": "Escape Point",
            "B7": "Clip presence not checked at the end-of-line gauge.",
        },
        merged=("A5:F5", "B6:F6", "B7:F7"),
    )
    ws.column_dimensions["A"].width = 18
    path = tmp_path / "d4.xlsx"
    wb.save(path)
    [result] = parse_all(path, "8d")
    causes = {c["type"]: c["cause"] for c in record(result)["root_cause"]}
    assert causes == {
        "occurrence": "Mould cavity 3 vent blocked; short shot on the clip.",
        "escape": "Clip presence not checked at the end-of-line gauge.",
    }


def test_a_tick_line_under_the_d7_heading_is_the_documents_updated(tmp_path):
    wb = Workbook()
    ws = wb.active
    _put(
        ws,
        {
            "A1": "8D Report",
            "A2": "Report No.",
            "B2": "8D-26-0533",
            "A4": "D7 Prevent Recurrence",
            "A5": "[X] FMEA    [ ] Control Plan    [X] Work Instruction",
        },
        merged=("A4:D4", "A5:D5"),
    )
    ws.column_dimensions["A"].width = 20
    path = tmp_path / "d7.xlsx"
    wb.save(path)
    [result] = parse_all(path, "8d")
    prevention = record(result)["prevention"]
    assert sorted(prevention["documents_updated"]) == ["fmea", "work_instruction"]
    assert not prevention.get("horizontal_deployment")


def test_date_raised_and_cost_claimed_are_the_complaints_received_date_and_loss(tmp_path):
    import datetime as dt

    wb = Workbook()
    ws = wb.active
    _put(
        ws,
        {
            "A1": "CUSTOMER COMPLAINT",
            "A2": "Complaint No.",
            "B2": "CC-7790-26",
            "A3": "Date Raised",
            "B3": dt.datetime(2026, 9, 17),
            "A4": "Customer",
            "B4": "Hella Shanghai Electronics Co., Ltd.",
            "A5": "Cost Claimed",
            "B5": "US$ 2,400.00",
        },
    )
    ws["B3"].number_format = "mmmm d, yyyy"
    ws.column_dimensions["B"].width = 40
    path = tmp_path / "raised.xlsx"
    wb.save(path)
    [result] = parse_all(path, "complaint")
    assert record(result)["received_date"] == "2026-09-17"
    assert record(result)["loss_amount"] == "2400.00"
