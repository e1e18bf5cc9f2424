"""The real-layout corpus's misses of the twentieth round (issue 10, dev20-corpus), each class on
a small form built here (never the corpus file):

- a form whose sections are numbered ``2、原因分析：`` / ``3、改善对策`` and whose first section has
  no label at all: the text block of the same width just over section 2 is the finding (the
  complaint's description), read and warned ``first_section_unlabelled``. Before, the
  description was taken from a re-inspection row's ``不良描述`` further down (warned, wrong);
- a text clipped in the print at its cell's right rule, the next cell filled: the clipped text
  ends at the rule (the next cell's label ``Close Date`` was run into it), and with the workbook
  of the same name beside the PDF the whole is read from it (``value_clipped_in_print``);
- an IS / IS NOT grid printed with each question and its answer in one box: the W label beside
  it reads no question; a communication plan's ``What are we seeking?`` is no question on the
  problem.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import field_codes, parse_cli, soffice_convert
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side

from kesu_docs.parse.vocab import section_number

THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def _doc(path: Path, *args: str) -> dict:
    _code, [doc] = parse_cli(path, *args)
    return doc


# ---------------------------------------------------------------------------------- first section, no label
FINDING = "抽检50台中4台按键失灵，1台外壳裂纹；该批800台已隔离待处理。"
CAUSE = "按键弹片来料批次K2609硬度偏高；外壳裂纹为跌落所致。"
ACTION = "1. 更换弹片批次，该批800台全检按键；\n2. 包装增加缓冲泡棉。"
RECHECK = "全检按键及外观，无不良"


def _inspection_sheet(path: Path, *, first_label: str | None = None) -> Path:
    """An outgoing-inspection sheet: header pairs, then the finding in a merged block with no
    label (or ``first_label`` over it), ``2、原因分析：`` and ``3、改善对策`` blocks with the text
    typed after the label, sign-offs at the right, a re-inspection row with its own 不良描述."""
    wb = Workbook()
    ws = wb.active
    ws.title = "出货检验"
    for col, width in zip("ABCDEFGHIJ", (10, 16, 10, 16, 10, 16, 10, 10, 10, 10), strict=True):
        ws.column_dimensions[col].width = width
    ws["A1"] = "出货检验异常处理单"
    ws.merge_cells("A1:J1")
    ws["A2"], ws["B2"], ws["C2"], ws["D2"] = "编码", "2203-KB310-007", "机型", "KB310 对讲机"
    ws["E2"], ws["F2"] = "检验日期", "2026/9/12"
    ws["A3"], ws["B3"], ws["C3"], ws["D3"] = "送检数量", 800, "不良数量", 5
    top = 4
    if first_label is not None:
        ws.cell(top, 1, first_label)
        ws.merge_cells(start_row=top, start_column=1, end_row=top, end_column=8)
        top += 1
    blocks = [(top, FINDING), (top + 2, "2、原因分析：\n" + CAUSE), (top + 4, "3、改善对策\n" + ACTION)]
    for row, text in blocks:
        ws.cell(row, 1, text).alignment = Alignment(wrap_text=True, vertical="top")
        ws.merge_cells(start_row=row, start_column=1, end_row=row + 1, end_column=8)
        ws.row_dimensions[row].height = ws.row_dimensions[row + 1].height = 30
        ws.cell(row, 9, "审核")
        ws.cell(row, 10, "检验人" if row == top else "编制")
        ws.cell(row + 1, 9, "周敏")
        ws.cell(row + 1, 10, "王丽" if row == top else "赵工")
    r = top + 6
    ws.cell(r, 1, "重检数量")
    ws.cell(r, 2, "不良描述")
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=8)
    ws.cell(r + 1, 1, 800)
    ws.cell(r + 1, 2, RECHECK)
    ws.merge_cells(start_row=r + 1, start_column=2, end_row=r + 1, end_column=8)
    for row in ws.iter_rows(min_row=2, max_row=r + 1, max_col=10):
        for cell in row:
            cell.border = BOX
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.save(path)
    return path


def test_a_heading_numbered_with_an_ideographic_comma_is_numbered():
    """``2、原因分析：`` is section 2 (the half-width fold had made it ``2,``: no number)."""
    assert section_number("2、原因分析：") == ("d", 2)
    assert section_number("３、改善对策") == ("d", 3)
    assert section_number("1,500 pcs") is None


def test_a_first_section_with_no_label_is_the_finding_and_warned(tmp_path):
    src = _inspection_sheet(tmp_path / "oqc.xlsx")
    pdf = soffice_convert(src, "pdf", tmp_path / "printed")
    for path in (src, pdf):
        doc = _doc(path, "--kind", "complaint")
        record = doc["record"]
        assert record["description"] == FINDING, path.suffix
        assert "first_section_unlabelled" in field_codes(doc, "description"), path.suffix
        assert record["root_cause"] == CAUSE, path.suffix


@pytest.mark.parametrize("label", ["1、异常描述：", "异常描述"])
def test_a_first_section_with_its_own_label_is_read_by_it(tmp_path, label):
    """A ``1、`` heading (or any label) over the block: the label reads it, no guess is said."""
    src = _inspection_sheet(tmp_path / "oqc.xlsx", first_label=label)
    doc = _doc(src, "--kind", "complaint")
    assert doc["record"]["description"] == FINDING
    assert "first_section_unlabelled" not in field_codes(doc, "description")


# ---------------------------------------------------------------------------------- clipped in the print
DEFECT = "Burr 0.3-0.5 mm on the mounting hole of every bracket in the lot; the M8 bolt cannot pass through"


def _clipped_sheet(path: Path) -> Path:
    """An 8D sheet whose problem text sits in a narrow cell with the next cell filled: the print
    clips it at the cell's right rule (LibreOffice prints no overflow into a filled cell)."""
    wb = Workbook()
    ws = wb.active
    ws.title = "8D"
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 30
    ws.column_dimensions["C"].width = 14
    ws.column_dimensions["D"].width = 14
    ws["A1"] = "8D Report"
    rows = [
        ("8D No.", "8D-2609-014", "Customer", "Huaxing Auto"),
        ("Part Number", "HX-BRK-3307", "Open Date", "2026-09-02"),
        ("Problem Description", DEFECT, "Close Date", "2026-09-30"),
        ("Root Cause", "Worn punch, no burr check at packing", "Owner", "Sun Hong"),
    ]
    for r, row in enumerate(rows, start=3):
        for c, value in enumerate(row, start=1):
            ws.cell(r, c, value).border = BOX
    wb.save(path)
    return path


def test_a_text_clipped_in_the_print_is_read_whole_from_the_workbook_beside_it(tmp_path):
    """The PDF shows the problem text cut at its cell's rule: read alone it is warned
    ``value_cut_off``; with the workbook of the same name beside it, the whole is read from the
    workbook's same field and said ``value_clipped_in_print``."""
    src = _clipped_sheet(tmp_path / "src" / "8d.xlsx") if (tmp_path / "src").mkdir() is None else None
    assert src is not None
    pdf = soffice_convert(src, "pdf", tmp_path / "alone")
    alone = _doc(pdf, "--kind", "8d")
    shown = alone["record"]["problem"]["statement"]
    assert shown and len(shown) < len(DEFECT) and DEFECT.startswith(shown.strip())  # clipped
    assert "value_cut_off" in field_codes(alone, "problem.statement")
    beside = tmp_path / "beside"
    beside.mkdir()
    (beside / "8d.pdf").write_bytes(pdf.read_bytes())
    (beside / "8d.xlsx").write_bytes(src.read_bytes())
    doc = _doc(beside / "8d.pdf", "--kind", "8d")
    assert doc["record"]["problem"]["statement"] == DEFECT
    codes = field_codes(doc, "problem.statement")
    assert "value_clipped_in_print" in codes and "value_cut_off" not in codes
    (warning,) = [w for w in doc["warnings"] if w["code"] == "value_clipped_in_print"]
    assert "8d.xlsx" in warning["message"] and "8D!B5" in warning["message"]
    # another form's workbook beside it (another 8D number): nothing taken from it
    wb = Workbook()
    ws = wb.active
    ws.title = "8D"
    for r, (label, value) in enumerate(
        (("8D No.", "8D-2609-099"), ("Problem Description", DEFECT + " x")), 3
    ):
        ws.cell(r, 1, label)
        ws.cell(r, 2, value)
    wb.save(beside / "8d.xlsx")
    other = _doc(beside / "8d.pdf", "--kind", "8d")
    assert other["record"]["problem"]["statement"] == shown
    assert "value_cut_off" in field_codes(other, "problem.statement")


# ---------------------------------------------------------------------------------- questions that are no W
def test_a_w_label_beside_a_question_printed_with_its_answer_and_a_plans_question_are_no_what(tmp_path):
    """``WHAT`` beside ``What is the product ID?`` printed with its answer in one box, and a
    communication plan's ``What are we seeking? Awareness, …``: neither is the problem's What;
    the answer under ``What is (describe) the defect?`` is."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("helvetica", size=14)
    pdf.text(20, 15, "8D Report - D2 Problem Description")
    pdf.set_font("helvetica", size=9)
    pdf.text(20, 28, "8D No.:")
    pdf.text(60, 28, "8D-2609-014")
    pdf.rect(18, 40, 20, 30)
    pdf.text(20, 56, "WHAT")
    pdf.rect(38, 40, 120, 15)
    pdf.text(40, 45, "What is the product ID or reference number?")
    pdf.text(40, 51, "HX-BRK-3307 rev C")
    pdf.rect(38, 55, 120, 15)
    pdf.text(40, 60, "What is (describe) the defect?")
    pdf.text(40, 66, "Burr on the mounting hole")
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.text(20, 15, "Communication Plan")
    pdf.set_font("helvetica", size=9)
    pdf.rect(18, 25, 40, 15)
    pdf.text(20, 31, "Audience")
    pdf.text(20, 36, "Person to reach")
    pdf.rect(58, 25, 80, 15)
    pdf.text(60, 31, "Objective")
    pdf.text(60, 36, "What are we seeking? Awareness, support, decision, advice")
    pdf.output(str(tmp_path / "w.pdf"))
    doc = _doc(tmp_path / "w.pdf", "--kind", "8d")
    assert doc["record"]["problem"]["what"] == "Burr on the mounting hole"
    assert field_codes(doc, "problem.what")  # a question is a loose label: shown for checking


# ---------------------------------------------------------------------------------- ### in the print
def _narrow_dates_sheet(path: Path) -> Path:
    """An 8D whose corrective actions' due dates stand in a column too narrow for a date: the
    print shows ``###`` for each."""
    import datetime as dt

    wb = Workbook()
    ws = wb.active
    ws.title = "8D"
    for col, width in zip("ABCD", (20, 44, 12, 4), strict=True):
        ws.column_dimensions[col].width = width
    ws["A1"] = "8D Report"
    ws["A2"], ws["B2"] = "8D No.", "8D-2609-021"
    ws["A3"], ws["B3"] = "Customer", "Tianjin Wiring"
    ws["A5"] = "D5 Permanent Corrective Actions"
    ws["A6"], ws["B6"], ws["C6"], ws["D6"] = "No.", "Action", "Owner", "Due Date"
    rows = [
        ("Replace crimp blade, service every 50k", "Zhao Lei", 10),
        ("CCD crimp height check", "Sun Qiang", 20),
    ]
    for r, (action, owner, day) in enumerate(rows, start=7):
        ws.cell(r, 1, r - 6)
        ws.cell(r, 2, action)
        ws.cell(r, 3, owner)
        ws.cell(r, 4, dt.datetime(2026, 9, day)).number_format = "yyyy-mm-dd"
    for row in ws.iter_rows(min_row=6, max_row=8, max_col=4):
        for cell in row:
            cell.border = BOX
    wb.save(path)
    return path


def test_a_date_printed_hashes_is_read_from_the_workbook_beside_the_pdf(tmp_path):
    """``###`` on the print: read alone, an error says the value is not on the page; with the
    workbook of the same name beside it, the line's date is read there, warned."""
    (tmp_path / "src").mkdir()
    src = _narrow_dates_sheet(tmp_path / "src" / "8d.xlsx")
    pdf = soffice_convert(src, "pdf", tmp_path / "alone")
    alone = _doc(pdf, "--kind", "8d")
    rows = alone["record"]["corrective_actions"]
    assert [r["due_date"] for r in rows] == [None, None]
    assert "value_not_printed" in field_codes(alone, "corrective_actions[0].due_date")
    beside = tmp_path / "beside"
    beside.mkdir()
    (beside / "8d.pdf").write_bytes(pdf.read_bytes())
    (beside / "8d.xlsx").write_bytes(src.read_bytes())
    doc = _doc(beside / "8d.pdf", "--kind", "8d")
    assert [r["due_date"] for r in doc["record"]["corrective_actions"]] == ["2026-09-10", "2026-09-20"]
    codes = field_codes(doc, "corrective_actions[1].due_date")
    assert "value_from_workbook_beside" in codes and "value_not_printed" not in codes


# ---------------------------------------------------------------------------------- whole over cut
STATEMENT = (
    "Lot L2609-3 of HM-TX-220 (600 pcs, shipped 2026/9/1): 12 pcs open at the left hem seam after "
    "three washes, found by the customer's incoming inspection on 2026/9/4."
)
CUT = STATEMENT.rindex(" ", 0, 72)


def test_of_two_labels_of_one_text_the_whole_text_is_read_not_its_cut_copy(tmp_path):
    """A tab's cell whose text ran past the next cell prints clipped (``… open at the le``); the
    summary's D2 box prints it whole over two lines: the whole one is read (the rule dropped in
    the nineteenth round, back with the print-learned profile's number read whole, below)."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("helvetica", size=14)
    pdf.text(20, 15, "D2 - Problem Definition")
    pdf.set_font("helvetica", size=9)
    pdf.text(20, 30, "Customer:")
    pdf.text(60, 30, "Ningbo Huamei Home Textile")
    pdf.rect(18, 40, 42, 12)
    pdf.text(20, 47, "PROBLEM DESCRIPTION")
    pdf.rect(60, 40, 135, 12)
    pdf.text(62, 47, STATEMENT[:CUT])  # clipped at the cell's right edge
    pdf.add_page()
    pdf.set_font("helvetica", size=14)
    pdf.text(20, 15, "8D Summary Report")
    pdf.set_font("helvetica", size=9)
    pdf.rect(18, 30, 177, 8)
    pdf.text(20, 35, "D2 PROBLEM DESCRIPTION")
    pdf.rect(18, 38, 177, 14)
    pdf.text(20, 43, STATEMENT[:CUT])
    pdf.text(20, 48, STATEMENT[CUT:].strip())
    pdf.output(str(tmp_path / "cut.pdf"))
    doc = _doc(tmp_path / "cut.pdf", "--kind", "8d")
    assert " ".join(doc["record"]["problem"]["statement"].split()) == STATEMENT


def test_a_glued_value_is_split_under_its_own_header_row_only():
    """A print's ``39交期`` under the header row 不良数 | 客诉分类 is split at the headers' edge;
    a code that merely starts with a figure (``9D-RD-3710-115`` beside its own label) is not,
    though a row of two labels stands over it pages before (it was read ``9``, and the print-
    learned profile of the corpus's 8D workbook lost its number)."""
    from kesu_docs.parse.profile import Box as Placed
    from kesu_docs.parse.profile import Layout, _split_under_headers

    heads = [
        Placed("不良数", "不良数", 100, 100, 150, 110, "p1"),
        Placed("客诉分类", "客诉分类", 150, 100, 220, 110, "p1"),
    ]
    glued = Placed("39交期", "39交期", 100, 110, 220, 120, "p1")
    split = _split_under_headers(Layout([*heads, glued], False), ["不良数", "客诉分类"])
    assert [b.text for b in split.boxes if b.y0 == 110] == ["39", "交期"]
    far = [
        Placed("Application:", "Application:", 333, 100, 392, 110, "p18"),
        Placed("Failure Rate:", "Failure Rate:", 397, 100, 587, 110, "p18"),
        Placed("8D Report Number:", "8D Report Number:", 225, 70875, 366, 70884, "p92"),
        Placed("9D-RD-3710-115", "9D-RD-3710-115", 366, 70875, 590, 70884, "p92"),
    ]
    kept = _split_under_headers(Layout(far, False), ["Application:", "Failure Rate:", "8D Report Number:"])
    assert "9D-RD-3710-115" in [b.text for b in kept.boxes]
