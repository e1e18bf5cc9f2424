"""The real-layout corpus's misses of the nineteenth round (issue 10, dev19-corpus), each class on
a small form built here (never the corpus file):

- an IS / IS NOT question grid: a W label (``WHAT``) in a tall merged cell, two questions beside
  it, each over its answer. The answer is its question's: ``What is (describe) the defect?`` gives
  the What, ``How is the problem measured?`` the How, ``How often …?`` the How many; a question
  asking for a code (``What is the product ID or reference number?``) is no What. Before, the W
  label read the first answer beside it (the product ID for What, the frequency for How);
- an 8D workbook with a tab per discipline: a tool's tab (``D4-5``, ``D4 - 5 Why's``) numbers its
  own instructions ``STEP 1 : Define the problem`` / ``STEP 2 : Ask…``; those are not the form's
  D1 and D2, so the tab's worked example (``What is the failure? / The car won't start``) is never
  the problem's What;
- a summary sheet's list under a discipline heading, one ruled cell per entry (``D4 ROOT CAUSE``
  over three merged cells, blank bordered cells beside them): one row each, Excel and its print.
  Before, the Excel reading stopped at the first cell (the blank cell beside the merge read as an
  empty row) and the print joined the cells into one cause. A sentence wrapped over two cells
  stays one.
"""

from __future__ import annotations

from pathlib import Path

from helpers import parse_cli, soffice_convert
from openpyxl import Workbook
from openpyxl.styles import Border, Side
from openpyxl.worksheet.worksheet import Worksheet

THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def _doc(path: Path, *args: str) -> dict:
    _code, [doc] = parse_cli(path, *args)
    return doc


def _warned(doc: dict, field: str) -> bool:
    return any(w["field"] == field for w in doc["warnings"] + doc["errors"])


# ---------------------------------------------------------------------------------- IS / IS NOT grid
GRID = [
    ("WHO", [("Who reported the problem?", "Li Na (incoming inspection)"), ("Who is affected?", None)]),
    (
        "WHAT",
        [
            ("What is the product ID or reference number?", "HM-TX-220 rev B"),
            ("What is (describe) the defect?", "Seam opens after 3 washes at the left hem"),
        ],
    ),
    (
        "WHERE",
        [
            ("Where does the problem occur?", "Customer warehouse, Ningbo"),
            ("Where was it first seen?", "IQC"),
        ],
    ),
    (
        "HOW",
        [
            ("How often is the problem observed?", "12 of 600 pcs"),
            ("How is the problem measured?", "Wash test per GB/T 8629, 3 cycles"),
        ],
    ),
]


def _grid(ws: Worksheet, top: int) -> int:
    """The W labels in merged A, each question over its answer (B:E), the IS NOT question in F."""
    ws.cell(top, 2, "What the problem IS")
    ws.cell(top, 6, "What it is NOT")
    r = top + 1
    for w, questions in GRID:
        ws.cell(r, 1, w)
        ws.merge_cells(start_row=r, start_column=1, end_row=r + 3, end_column=1)
        for question, answer in questions:
            ws.cell(r, 2, question)
            ws.cell(r, 6, question.replace(" is ", " is not ", 1))
            ws.merge_cells(start_row=r + 1, start_column=2, end_row=r + 1, end_column=5)
            ws.merge_cells(start_row=r + 1, start_column=6, end_row=r + 1, end_column=9)
            if answer:
                ws.cell(r + 1, 2, answer)
            r += 2
    return r


def test_each_answer_of_an_is_is_not_grid_is_its_questions_not_the_w_labels(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.title = "D2"
    ws["A1"] = "8D Report - D2 Problem Definition"
    ws["A3"] = "Customer:"
    ws["C3"] = "Ningbo Huamei Home Textile"
    r = _grid(ws, 5)
    ws.cell(r + 1, 1, "PROBLEM DESCRIPTION")
    ws.cell(r + 2, 2, "12 pcs of HM-TX-220 open at the seam after washing.")
    wb.save(tmp_path / "grid.xlsx")
    doc = _doc(tmp_path / "grid.xlsx", "--kind", "8d")
    problem = doc["record"]["problem"]
    assert problem["what"] == "Seam opens after 3 washes at the left hem"  # not the product ID
    assert problem["how"] == "Wash test per GB/T 8629, 3 cycles"  # not how often
    assert problem["how_many"] == "12 of 600 pcs"
    assert problem["who"] == "Li Na (incoming inspection)"
    assert problem["where"] == "Customer warehouse, Ningbo"
    for field in ("what", "how", "how_many", "where"):  # a question is a loose label: shown
        assert _warned(doc, f"problem.{field}"), field


def test_a_tool_tabs_numbered_instructions_are_not_the_forms_steps(tmp_path):
    wb = Workbook()
    d0 = wb.active
    d0.title = "D0"
    d0["A1"] = "8D Report"
    for r, (label, value) in enumerate(
        [
            ("Customer:", "Ningbo Huamei Home Textile"),
            ("Part Number:", "HM-TX-220"),
            ("8D Number:", "8D-2609-11"),
        ],
        start=3,
    ):
        d0.cell(r, 1, label)
        d0.cell(r, 4, value)
    d2 = wb.create_sheet("D2")
    d2["A1"] = "D2 - Problem Definition"
    d2.merge_cells("A1:I1")  # the tab's title over the grid's width
    _grid(d2, 3)
    tool = wb.create_sheet("D4-5")
    tool["A1"] = "D4 - 5 Why's"
    tool["A4"] = "By asking successive 'Why's' the team may be able to identify Root Cause"
    tool["B8"] = "What is the failure?"
    tool["B9"] = "The car won't start"
    tool["B12"] = "Why did this occur?"
    tool["B13"] = "It ran out of gasoline"
    tool["J12"] = "How is this confirmed?"
    tool["J13"] = "Fuel gauge testing"
    tool["P7"] = "Instructions:"
    tool["P10"] = "STEP 1 : Define the problem."
    tool["P12"] = "STEP 2 : Ask:  Why did this occur?"
    wb.save(tmp_path / "tabs.xlsx")
    doc = _doc(tmp_path / "tabs.xlsx", "--kind", "8d")
    problem = doc["record"]["problem"]
    assert problem["what"] == "Seam opens after 3 washes at the left hem"
    assert problem["how"] == "Wash test per GB/T 8629, 3 cycles"
    assert doc["record"]["customer"] == "Ningbo Huamei Home Textile"


# ---------------------------------------------------------------------------------- one cell per entry
CAUSES = [
    "Sewing thread tension drifts after the needle change; no check after it",
    "Final wash test samples one piece per lot only; the open seam escapes",
]


def _summary(path: Path, entries: list[str]) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "8D Form"
    ws["A1"] = "8D Summary Report"
    ws["A3"] = "Customer:"
    ws["C3"] = "Ningbo Huamei Home Textile"
    ws["A5"] = "D4  ROOT CAUSE"
    ws.merge_cells("A5:H5")
    r = 6
    for text in entries:
        ws.cell(r, 1, text)
        ws.merge_cells(start_row=r, start_column=1, end_row=r + 1, end_column=8)
        for rr in (r, r + 1):
            ws.cell(rr, 9).border = BOX  # a ruled blank cell beside the merge, on both its rows
            for c in range(1, 9):
                ws.cell(rr, c).border = BOX
        r += 2
    ws.cell(r, 1, "D5  CORRECTIVE ACTION")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    ws.cell(r + 1, 1, "Check thread tension after every needle change")
    ws.column_dimensions["A"].width = 14
    ws.page_setup.fitToWidth = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToHeight = 0
    wb.save(path)
    return path


def _causes(doc: dict) -> list[str]:
    return [row["cause"] for row in doc["record"]["root_cause"] or []]


def test_a_list_one_ruled_cell_per_entry_under_a_heading_is_one_row_per_cell(tmp_path):
    xlsx = _summary(tmp_path / "summary.xlsx", [*CAUSES, "RC 3"])
    assert _causes(_doc(xlsx, "--kind", "8d")) == [*CAUSES, "RC 3"]
    pdf = soffice_convert(xlsx, "pdf", tmp_path / "pdf")
    assert _causes(_doc(pdf, "--kind", "8d")) == [*CAUSES, "RC 3"]


def test_a_sentence_wrapped_over_two_cells_stays_one_entry(tmp_path):
    wrapped = [
        "Sewing thread tension drifts after the needle change and",
        "no one checks it after the change",
    ]
    xlsx = _summary(tmp_path / "wrapped.xlsx", wrapped)
    assert _causes(_doc(xlsx, "--kind", "8d")) == ["\n".join(wrapped)]


# ---------------------------------------------------------------------------------- a box's sign-off date
CJK = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")  # .ci/run installs fonts-noto-cjk

BOXES = [
    (
        "存在（潜在）不合格事实陈述及发生部门：",
        "9月3日客户投诉：第5印张装订倒页，抽查500册中23册。\n发生部门：装订车间。",
        "填表人：",
        "李娜",
        "2026.09.04",
    ),
    (
        "原因分析：",
        "折页刀更换后未做首件页码核对，配页顺序错误。",
        "责任部门负责人：",
        "张建国",
        "2026.09.05",
    ),
    (
        "采取的纠正（预防）措施：",
        "1. 库存全数翻检返工；\n2. 折页刀更换后首件核对页码。",
        "责任部门负责人：",
        "张建国",
        "2026.09.06",
    ),
    (
        "实施情况：",
        "库存已于9月9日返工完毕；首件签字制度自9月8日起执行。",
        "责任部门负责人：",
        "张建国",
        "2026.09.09",
    ),
    ("跟踪验证：", "连续跟踪3个印单，未再发生倒页，措施有效。", "签名：", "刘芳", "2026.09.30"),
]


def _capa_pdf(path: Path) -> Path:
    """A CAPA sheet used as an 8D: stacked ruled boxes, the label on a box's top line, the text
    under it and the same sign-off line (someone, 日期：) at the bottom of every box, typed over
    the blank as a PDF editor does."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("cjk", "", str(CJK))
    pdf.set_font("cjk", size=15)
    pdf.text(70, 18, "纠正/预防措施处理单")
    pdf.set_font("cjk", size=10)
    pdf.text(130, 28, "处理单号：")
    pdf.text(150, 28, "JZ-2026-019")
    y = 32.0
    for label, text, signer, name, date in BOXES:
        pdf.rect(20, y, 170, 45)
        pdf.text(22, y + 6, label)
        for i, line in enumerate(text.split("\n")):
            pdf.text(26, y + 14 + 6 * i, line)
        pdf.text(90, y + 40, signer)
        pdf.text(122, y + 40, name)
        pdf.text(145, y + 40, "日期：")
        pdf.text(157, y + 40, date)
        y += 45
    pdf.output(str(path))
    return path


def test_a_text_boxs_sign_off_date_is_its_rows_date_and_its_headings_caption_its_text(tmp_path):
    import pytest

    if not CJK.exists():
        pytest.skip("fonts-noto-cjk is not installed (.ci/run installs it)")
    doc = _doc(_capa_pdf(tmp_path / "capa.pdf"), "--kind", "8d")
    record = doc["record"]
    [done] = record["implementation"]
    assert done["result"] == "库存已于9月9日返工完毕；首件签字制度自9月8日起执行。"
    assert done["implemented_date"] == "2026-09-09"  # the 日期 of its own box, not another box's
    assert _warned(doc, "implementation[0].implemented_date")  # a sign-off line's date: shown
    assert record["closure"]["closed_date"] == "2026-09-30"
    # the heading names the statement and the department: the clerk's 发生部门 line is the answer's
    statement = "".join(record["problem"]["statement"].split())
    assert statement == "9月3日客户投诉：第5印张装订倒页，抽查500册中23册。发生部门：装订车间。"
    assert len(record["corrective_actions"]) == 2
    assert all(row.get("due_date") is None for row in record["corrective_actions"])  # two rows: no guess


def test_a_sign_off_block_of_its_own_under_the_last_step_gives_that_step_no_date(tmp_path):
    """``Prepared by | Approved by`` over the names over ``Date | Date 2026-04-20`` under the D5
    text: the closure's sign-off, never the corrective action's date."""
    wb = Workbook()
    ws = wb.active
    ws.title = "SCAR"
    rows = [
        ("A1", "SUPPLIER CORRECTIVE ACTION REQUEST (8D)"),
        ("A2", "SCAR No."),
        ("B2", "SCAR-EU-26-0117"),
        ("A3", "Customer"),
        ("B3", "Ningbo Huamei Home Textile"),
        ("A8", "D4 Root cause"),
        ("B8", "Thread rolling die past its service life."),
        ("A9", "D5 Permanent corrective action"),
        ("B9", "Die changed every 150k pcs; go/no-go gauge each hour."),
        ("A11", "Prepared by"),
        ("C11", "Approved by (QA Manager)"),
        ("A12", "Zhou Bin"),
        ("C12", "Wang Lei"),
        ("A13", "Date"),
        ("C13", "Date"),
        ("D13", "2026-04-20"),
    ]
    for ref, value in rows:
        ws[ref] = value
    for r in (8, 9):
        ws.merge_cells(f"B{r}:D{r}")
    wb.save(tmp_path / "scar.xlsx")
    record = _doc(tmp_path / "scar.xlsx", "--kind", "8d")["record"]
    assert record["closure"]["closed_date"] == "2026-04-20"
    assert all(row.get("due_date") is None for row in record["corrective_actions"])


def test_a_caption_is_the_answers_own_only_when_its_heading_names_two_things_joined():
    from kesu_docs.parse.anchor import _named_by
    from kesu_docs.parse.vocab import norm

    assert _named_by(norm("存在（潜在）不合格事实陈述及发生部门："), "发生部门")
    # the heading's own name under it (D7 预防再发 over 预防再发 over 更新文件 …): a caption of its own
    assert not _named_by(norm("D7 预防再发"), "预防再发")
    assert not _named_by(norm("存在不合格事实陈述及发生部门"), "事实陈述")  # the first thing: the heading's
