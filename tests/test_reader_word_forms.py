"""Forms customers send as PDF that were not made in Excel (what the third held-out set's Word
and PDF-library prints showed): a corrective-action report typed in Word with one table row per
step (``一、臨時對策 | … | 負責人：… | 完成：9/5``), a group's heading beside the tick line of one of
its members, enumerated headings ``一、`` … ``六、``, an ERP printout whose value is typed under its
bold label in one box, and its abbreviated column names (``Qty Auth.``, ``Qty Recd.``). Real
files: Word documents written by python-docx and printed by LibreOffice, workbooks by openpyxl.
"""

from __future__ import annotations

import pytest
from docx import Document
from docx.shared import Pt
from helpers import soffice_convert
from openpyxl import load_workbook
from openpyxl.styles import Border, Side
from test_reader_guards import parse, value, warned, workbook
from test_reader_table_lines import _wide

from kesu_docs.forms import get
from kesu_docs.parse.vocab import vocabulary


def _word_pdf(tmp_path, tables: list[list[list[str]]], heading: str):
    """A Word document with a title and one table per list of rows, printed to PDF."""
    doc = Document()
    title = doc.add_paragraph()
    run = title.add_run(heading)
    run.bold = True
    run.font.size = Pt(14)
    for rows in tables:
        table = doc.add_table(rows=len(rows), cols=max(len(r) for r in rows))
        table.style = "Table Grid"
        for r, cells in enumerate(rows):
            for c, text in enumerate(cells):
                table.cell(r, c).text = text
        doc.add_paragraph()
    path = tmp_path / "form.docx"
    doc.save(path)
    return soffice_convert(path, "pdf", tmp_path / "pdf")


SCAR_HEADER = [
    ["SCAR編號", "SC-115-0301", "發出日期", "2026/10/02"],
    ["料號", "PW-3310", "不良數量", "41"],
    ["進料數量", "8,000", "客訴單號", "QC-115-0930"],
    ["問題描述", "充電器外殼卡扣斷裂，客戶組裝時 41 pcs 破損。", "", ""],
]
SCAR_STEPS = [
    ["一、臨時對策", "在庫 3,600 pcs 全數目視及拉力檢查", "負責人：林佳蓉", "完成：10/4"],
    ["二、真因分析", "射出保壓時間不足，卡扣根部縮痕。", "", ""],
    ["三、永久對策", "保壓時間由 2.0 秒改為 3.5 秒並加設首件拉力測試", "負責人：周文彬", "預定：2026/10/20"],
    ["五、預防再發", "□FMEA ■管制計畫 □作業標準書 ■檢驗規範", "", ""],
]


def test_a_step_row_reads_its_text_and_the_owner_and_date_typed_after_their_labels_beside_it(tmp_path):
    pdf = _word_pdf(tmp_path, [SCAR_HEADER, SCAR_STEPS], "供應商矯正預防措施要求單（SCAR）")
    result = parse(pdf, "8d")
    assert value(result, "containment[0].action") == "在庫 3,600 pcs 全數目視及拉力檢查"
    assert value(result, "containment[0].owner") == "林佳蓉"
    assert value(result, "corrective_actions[0].action") == "保壓時間由 2.0 秒改為 3.5 秒並加設首件拉力測試"
    assert value(result, "corrective_actions[0].owner") == "周文彬"
    assert value(result, "corrective_actions[0].due_date") == "2026-10-20"
    # 完成：10/4 on a form writing its dates year first: October 4th of the form's year, shown
    assert value(result, "containment[0].done_date") == "2026-10-04"
    assert warned(result, "containment[0].done_date")
    assert value(result, "problem.qty_delivered") == 8000  # 進料數量: the incoming quantity


def test_a_group_heading_beside_a_tick_line_is_answered_by_the_member_whose_options_it_ticks(tmp_path):
    pdf = _word_pdf(tmp_path, [SCAR_HEADER, SCAR_STEPS], "供應商矯正預防措施要求單（SCAR）")
    result = parse(pdf, "8d")
    assert value(result, "prevention.documents_updated") == ["control_plan", "inspection_standard"]


@pytest.mark.parametrize(
    ("heading", "field"),
    [
        ("一、臨時對策", "containment"),
        ("三、永久对策", "corrective_actions"),
        ("六、水平展開", "prevention.horizontal_deployment"),
        ("五、 预防再发", "prevention"),
    ],
)
def test_an_enumerated_chinese_heading_names_its_field_as_surely_as_without_its_number(heading, field):
    found = vocabulary(get("8d")).match(heading)
    assert found is not None and found[0] == field and found[1] >= 0.85


def test_a_month_and_day_is_not_given_a_year_on_a_form_that_writes_dates_otherwise(tmp_path):
    """``9/5`` beside English dates may be the 9th of May: left as typed (an error on the field)."""
    cells = {
        "A1": "8D Report",
        "A2": "8D No.",
        "B2": "8D-2610-07",
        "C2": "Open Date",
        "D2": "Sep 3, 2026",
        "A4": "D3 Containment",
        "A5": "Action",
        "B5": "Owner",
        "C5": "Done date",
        "A6": "Sort stock 1,200 pcs",
        "B6": "Ana Silva",
        "C6": "9/5",
    }
    result = parse(workbook(tmp_path, {"Sheet1": cells}), "8d")
    assert value(result, "containment[0].done_date") is None
    assert warned(result, "containment[0].done_date")


def _ruled(path):
    wb = load_workbook(path)
    side = Side(style="thin")
    for row in wb.active.iter_rows():
        for cell in row:
            if cell.value is not None:
                cell.border = Border(left=side, right=side, top=side, bottom=side)
            if isinstance(cell.value, str) and "\n" in cell.value:
                wb.active.row_dimensions[cell.row].height = 32  # two lines, as Excel fits them
    wb.save(path)


RMA_CELLS = {
    "A1": "RETURN MATERIAL AUTHORIZATION",
    "A3": "RMA No.",
    "B3": "RMA-0077120",
    "C3": "Customer Ref.",
    "D3": "CC-26-3307",
    "A5": "Part Number",
    "B5": "Description",
    "C5": "Qty Auth.",
    "D5": "Qty Recd.",
    "A6": "BRG-6204-ZZ",
    "B6": "Ball bearing 6204 ZZ",
    "C6": 250,
    "D6": 240,
    "A8": "Reason for Return",
    "B8": "Rust on the outer ring.",
    "A10": "Authorized By\nL. Moreno",
    "B10": "Received By\nT. Nakamura",
}


@pytest.mark.parametrize("fmt", ["xlsx", "pdf"])
def test_a_name_typed_under_its_bold_label_in_one_box_is_read_and_abbreviated_columns_are_known(
    tmp_path, fmt
):
    path = workbook(
        tmp_path, {"Sheet1": RMA_CELLS}, bold=("A3", "C3", "A5", "B5", "C5", "D5", "A8", "A10", "B10")
    )
    _wide(path, {"A": 24, "B": 26, "C": 16, "D": 16})
    _ruled(path)  # a printout's boxes: the label and the name typed under it share one
    if fmt == "pdf":
        path = soffice_convert(path, "pdf", tmp_path / "pdf")
    result = parse(path, "return")
    assert value(result, "approved_by") == "L. Moreno"
    assert value(result, "warehouse_receiver") == "T. Nakamura"
    assert value(result, "complaint_number") == "CC-26-3307"
    assert value(result, "items[0].qty_approved") == 250
    assert value(result, "items[0].qty_returned") == 240


G8D_D4_D5 = [
    [
        ["Concern Title", "Door hinge pin loose", "", ""],
        ["G8D No.", "G8D-26-0731", "Open Date", "2026-10-05"],
    ],
    [
        ["D4 Diagnose the Root Cause and Escape Point", "", "% Contribution"],
        ["Root Cause", "Riveting die worn.", "80%"],
        ["Escape Point", "Pull test once a shift.", "20%"],
    ],
    [
        ["D5 Choose and Verify Permanent Corrective Actions (PCA)", "", "", ""],
        ["Chosen PCA", "Responsible", "Target Date", "Verification"],
        ["Die changed every 20,000 hits", "Li Wei", "2026-10-20", "Pull test on 200 pcs"],
    ],
]


def test_a_root_cause_over_an_escape_point_with_their_shares_under_one_column_name_are_read(tmp_path):
    """A Global 8D's D4: ``Root Cause | text | 80%`` over ``Escape Point | text | 20%``, the
    ``% Contribution`` column named once in the heading's row."""
    pdf = _word_pdf(tmp_path, G8D_D4_D5, "Global 8D Report")
    result = parse(pdf, "8d")
    causes = {c["type"]: c for c in value(result, "root_cause")}
    assert causes["occurrence"]["cause"] == "Riveting die worn."
    assert causes["escape"]["cause"] == "Pull test once a shift."
    assert causes["occurrence"]["contribution_pct"] == "0.8"
    assert causes["escape"]["contribution_pct"] == "0.2"
    assert warned(result, "root_cause[0].type")  # the line under the table's own name: a guess, shown


def test_a_chosen_pca_table_is_the_corrective_actions_with_their_verification(tmp_path):
    pdf = _word_pdf(tmp_path, G8D_D4_D5, "Global 8D Report")
    result = parse(pdf, "8d")
    assert value(result, "corrective_actions[0].action") == "Die changed every 20,000 hits"
    assert value(result, "corrective_actions[0].owner") == "Li Wei"
    assert value(result, "corrective_actions[0].due_date") == "2026-10-20"
    assert value(result, "corrective_actions[0].validation_method") == "Pull test on 200 pcs"


ALLOWANCE_HEADER = [
    [
        ["折讓單號", "AL-2610-0012", "開立日期", "2026.10.8"],
        ["客戶名稱", "廣達電腦股份有限公司", "統一編號", "22099131"],
        ["原發票號碼", "AB 12345678", "發票日期", "2026/9/18"],
    ],
    [["品名", "數量", "單價", "折讓金額"], ["電源線 1.8M", "1,000", "2.50", "2,500"]],
    [["核准", "簡志強", "業務主管", "呂怡萱", "經辦", "許家豪"]],
]


def test_the_date_named_after_issuing_beside_the_invoice_date_is_the_notes_own_date(tmp_path):
    """開立日期 reads as an invoice's date by its words; beside 發票日期 it is the note's own."""
    pdf = _word_pdf(tmp_path, ALLOWANCE_HEADER, "銷 貨 折 讓 單")
    result = parse(pdf, "allowance")
    assert value(result, "issue_date") == "2026-10-08"
    assert value(result, "invoice_date") == "2026-09-18"
    assert value(result, "approved_by_gm") == "簡志強"  # 核准: the note's top approval
    assert value(result, "approved_by_manager") == "呂怡萱"  # 業務主管: the sales manager


def _word_paragraphs_pdf(tmp_path, lines: list[tuple[str, bool]]):
    """A Word document of paragraphs only (``(text, bold)``; tabs between a line's parts)."""
    doc = Document()
    for text, bold in lines:
        run = doc.add_paragraph().add_run(text)
        run.bold = bold
    path = tmp_path / "report.docx"
    doc.save(path)
    return soffice_convert(path, "pdf", tmp_path / "pdf")


EIGHTD_PARAGRAPHS = [
    ("8D REPORT", True),
    ("8D Number:\t8D-26-0522", False),
    ("Customer:\tNordwerk Antriebe GmbH", False),
    ("D1 – Establish the Team", True),
    ("Laura Chen\tTeam Leader\tQuality", False),
    ("Martin Hu\tMember\tAssembly", False),
    ("D4 – Root Cause (Occurrence)", True),
    ("Press fit force drifted after tool change.", False),
    ("D4 – Root Cause (Escape)", True),
    ("Force monitor limits were too wide.", False),
]


def test_a_team_line_of_name_role_and_department_reads_the_name_before_its_role(tmp_path):
    """``Laura Chen⇥Team Leader⇥Quality``: the role is no caption of the department (that was a
    silent misread: the name read as ``Quality``)."""
    result = parse(_word_paragraphs_pdf(tmp_path, EIGHTD_PARAGRAPHS), "8d")
    team = {m["name"]: m for m in value(result, "team")}
    assert team["Laura Chen"]["role"] == "leader" and team["Laura Chen"]["dept"] == "Quality"
    assert team["Martin Hu"]["role"] == "member" and team["Martin Hu"]["dept"] == "Assembly"


def test_headings_naming_a_cause_type_in_brackets_read_the_cause_of_that_type_under_each(tmp_path):
    result = parse(_word_paragraphs_pdf(tmp_path, EIGHTD_PARAGRAPHS), "8d")
    causes = {c["type"]: c["cause"] for c in value(result, "root_cause")}
    assert causes == {
        "occurrence": "Press fit force drifted after tool change.",
        "escape": "Force monitor limits were too wide.",
    }
