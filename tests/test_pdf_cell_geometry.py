"""How a printed sheet's words become cells: the same cells the Excel file has.

Each sheet of one workbook (printed once by LibreOffice) shows one pattern of other people's
forms that ran texts of several cells together, or split one cell's text, before: a label
right-aligned against its bordered value, a column of labels without borders beside bordered
values, a text clipped by its filled neighbour, a section label turned up its cell, letters
spread over a cell, a ligature, shaded and bold label cells.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import grid_rules, needs_soffice, soffice_convert
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from kesu_docs.parse import parse_paths
from kesu_docs.parse.pdf import words_of
from kesu_docs.parse.pdf_cells import Cell, cells
from kesu_docs.parse.pdf_text import Paper, Rule, Word

_THIN = Side(style="thin")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
RIGHT = Alignment(horizontal="right", vertical="center")


def _outline(ws, first: int, last: int, col: str) -> None:
    """A frame around a column of cells, no borders between them (one printed area)."""
    for r in range(first, last + 1):
        ws[f"{col}{r}"].border = Border(
            left=_THIN, right=_THIN, top=_THIN if r == first else None, bottom=_THIN if r == last else None
        )


def _summary(ws) -> None:
    """An 8D summary: right-aligned labels against bordered values, a team column, a wrapped text."""
    ws.column_dimensions["A"].width = 14
    ws.column_dimensions["B"].width = 22
    ws.column_dimensions["C"].width = 40
    ws["A1"] = "8D Summary Report"
    for r, (label, value) in enumerate(
        [("Customer:", "Suzhou Huaxing Auto Parts Co., Ltd."), ("Part No.:", "HX-BRK-3307")], start=2
    ):
        ws[f"A{r}"], ws[f"B{r}"] = label, value
        ws[f"A{r}"].alignment = RIGHT
        ws[f"B{r}"].border = _BOX
    _outline(ws, 2, 3, "A")
    ws["A5"], ws["C5"] = "D1 TEAM MEMBERS", "D2 PROBLEM DESCRIPTION"
    team = [("Champion:", "Lin Guodong"), ("Team Leader:", "Zhou Li"), ("Process Owner:", "Wang Jianhua")]
    for r, (role, name) in enumerate(team, start=6):
        ws[f"A{r}"], ws[f"B{r}"] = role, name
        ws[f"B{r}"].border = _BOX
    _outline(ws, 6, 8, "A")
    ws.merge_cells("C6:C8")
    ws["C6"] = (
        "Lot L260828-2 of HX-BRK-3307 (4,800 pcs): 37 pcs have a 0.3-0.5 mm burr on the mounting hole, "
        "found by customer IQC; the M8 bolt cannot be inserted."
    )
    ws["C6"].alignment = Alignment(wrap_text=True, vertical="top")
    for r in range(6, 9):
        ws[f"C{r}"].border = _BOX


def _clipped(ws) -> None:
    """A complaint sheet whose customer name is longer than its cell (wrapping off)."""
    for col, width in zip("ABCD", (12, 16, 12, 16)):
        ws.column_dimensions[col].width = width
    ws["A1"] = "客户投诉处理单"
    ws["A2"], ws["B2"], ws["C2"], ws["D2"] = (
        "客户名称",
        "常州星宇车灯股份有限公司华东区域销售分公司",
        "订单编号",
        "PO-88231047",
    )
    ws["A3"], ws["B3"] = "投诉日期", "2026/9/8"
    ws["C3"], ws["D3"] = "批准", "质量部部长/主管：周敏"  # the signer's title in the answer's own cell
    for row in ws["A2:D3"]:
        for c in row:
            c.border = _BOX


def _turned(ws) -> None:
    """A section label written up its merged cell beside the text it heads."""
    ws.column_dimensions["A"].width = 6
    ws.column_dimensions["B"].width = 60
    ws.merge_cells("A1:A6")
    ws["A1"] = "PROBLEM"
    ws["A1"].alignment = Alignment(text_rotation=90, horizontal="center", vertical="center")
    ws.merge_cells("B1:B6")
    ws["B1"] = "Customer found the foil peeling off the fabric surface on 18 of 1,200 sheets."
    ws["B1"].alignment = Alignment(wrap_text=True, vertical="top")
    for r in range(1, 7):
        ws[f"A{r}"].border = ws[f"B{r}"].border = _BOX


def _spread(ws) -> None:
    """A label spread evenly over its cell (distributed alignment), a shaded bold heading."""
    ws.column_dimensions["A"].width = 30
    ws.column_dimensions["B"].width = 20
    ws["A1"] = "營利事業統一編號:"
    ws["A1"].alignment = Alignment(horizontal="distributed")
    ws["B1"] = "28413567"
    ws["A3"] = "二、原因分析"
    ws["A3"].font = Font(bold=True)
    ws["A3"].fill = PatternFill("solid", fgColor="D9D9D9")
    for ref in ("A1", "B1", "A3", "B3"):
        ws[ref].border = _BOX


BUILDERS = {"summary": _summary, "clipped": _clipped, "turned": _turned, "spread": _spread}


@pytest.fixture(scope="module")
def printed_pdf(tmp_path_factory) -> Path:
    """The workbook, one sheet per pattern, printed by LibreOffice (one page each)."""
    folder = tmp_path_factory.mktemp("geometry")
    wb = Workbook()
    for i, (title, build) in enumerate(BUILDERS.items()):
        ws = wb.active if i == 0 else wb.create_sheet()
        ws.title = title
        ws.sheet_properties.pageSetUpPr.fitToPage = True  # one page a sheet, as a clerk prints a form
        ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 1
        build(ws)
    src = folder / "geometry.xlsx"
    wb.save(src)
    return soffice_convert(src, "pdf", folder)


@pytest.fixture(scope="module")
def clipped_pdf(tmp_path_factory) -> Path:
    """The complaint sheet alone, printed by LibreOffice."""
    folder = tmp_path_factory.mktemp("clipped")
    wb = Workbook()
    _clipped(wb.active)
    wb.save(folder / "clipped.xlsx")
    # printed apart from its workbook: a workbook of its name beside it would give the whole text
    return soffice_convert(folder / "clipped.xlsx", "pdf", folder / "printed")


@pytest.fixture(scope="module")
def printed(printed_pdf) -> dict[str, list[Cell]]:
    """Each pattern's page, as cells."""
    words, rules, _ = words_of(printed_pdf.read_bytes())
    found = cells(words, rules)
    return {title: [c for c in found if c.page == n] for n, title in enumerate(BUILDERS, start=1)}


def _text(page: list[Cell], text: str) -> Cell:
    hits = [c for c in page if c.text == text]
    assert hits, f"no cell reads {text!r}: {[c.text for c in page]}"
    return hits[0]


@needs_soffice
@pytest.mark.libreoffice
def test_a_right_aligned_label_and_its_bordered_value_are_two_cells(printed):
    page = printed["summary"]
    label, value = _text(page, "Customer:"), _text(page, "Suzhou Huaxing Auto Parts Co., Ltd.")
    assert label.x1 <= value.x0 + 0.5  # side by side, the border between them
    assert _text(page, "Part No.:").x1 <= _text(page, "HX-BRK-3307").x0 + 0.5


@needs_soffice
@pytest.mark.libreoffice
def test_labels_in_one_unruled_column_beside_bordered_rows_are_one_cell_each(printed):
    page = printed["summary"]
    rows = [_text(page, t) for t in ("Champion:", "Team Leader:", "Process Owner:")]
    names = [_text(page, t) for t in ("Lin Guodong", "Zhou Li", "Wang Jianhua")]
    for label, name in zip(rows, names):
        assert abs(label.top - name.top) < 1 and abs(label.bottom - name.bottom) < 1  # the same row
    # the wrapped problem description beside the same rows stays one text
    [text] = [c for c in page if c.text.startswith("Lot L260828-2")]
    assert text.text.endswith("the M8 bolt cannot be inserted.") and "\n" not in text.text


@needs_soffice
@pytest.mark.libreoffice
def test_a_text_clipped_by_its_filled_neighbour_stays_in_its_cell_and_is_warned(printed, clipped_pdf):
    page = printed["clipped"]
    [name] = [c for c in page if c.text.startswith("常州星宇")]
    order = _text(page, "订单编号")
    assert name.x1 <= order.x0 + 0.5  # not run into the next cell
    assert name.cut  # it runs to the border: the print may have cut it
    [doc] = [d.to_dict() for d in parse_paths([clipped_pdf])]
    assert doc["kind"] == "complaint" and doc["record"]["customer"].startswith("常州星宇")
    warned = [(w["field"], w["location"]) for w in doc["warnings"] if w["code"] == "value_cut_off"]
    assert warned == [("customer", "p1 · 客户名称")]  # the order number and the date fit their cells


@needs_soffice
@pytest.mark.libreoffice
def test_a_label_beside_a_cell_holding_a_title_and_a_name_reads_that_name_as_the_excel_file(clipped_pdf):
    """批准 | 质量部部长/主管：周敏 — each printed cell is a cell of its own, as in the workbook."""
    [from_pdf] = [d.to_dict() for d in parse_paths([clipped_pdf])]
    [from_excel] = [d.to_dict() for d in parse_paths([clipped_pdf.parent.parent / "clipped.xlsx"])]
    assert from_pdf["record"]["approver"] == from_excel["record"]["approver"] == "周敏"


@needs_soffice
@pytest.mark.libreoffice
def test_a_section_label_turned_up_its_cell_reads_as_a_word(printed):
    page = printed["turned"]
    assert _text(page, "PROBLEM")
    [text] = [c for c in page if c.text.startswith("Customer found")]
    assert "peeling off the fabric" in text.text  # the ff ligature is two letters, not fake bold


@needs_soffice
@pytest.mark.libreoffice
def test_letters_spread_over_a_cell_read_as_one_word(printed):
    page = printed["spread"]
    label = _text(page, "營利事業統一編號:")
    assert label.x1 <= _text(page, "28413567").x0 + 0.5


@needs_soffice
@pytest.mark.libreoffice
def test_a_shaded_bold_heading_is_a_label_cue_as_in_the_excel_file(printed):
    heading = _text(printed["spread"], "二、原因分析")
    assert heading.bold and heading.filled
    plain = _text(printed["spread"], "28413567")
    assert not plain.bold and not plain.filled


@pytest.fixture(scope="module")
def off_page_pdf(tmp_path_factory) -> Path:
    """A complaint sheet whose description (wrapping off) runs on past the page's right edge."""
    folder = tmp_path_factory.mktemp("off_page")
    wb = Workbook()
    ws = wb.active
    ws.column_dimensions["A"].width, ws.column_dimensions["B"].width = 14, 45
    ws["A1"] = "客户投诉处理单"
    ws["A2"], ws["B2"] = "客户名称", "常州星宇车灯股份有限公司"
    ws["A3"], ws["B3"] = "投诉日期", "2026/9/8"
    ws["A4"], ws["B4"] = (
        "问题描述",
        (
            "Lot L260828-2 of HX-BRK-3307 (4,800 pcs, shipped 2026/8/30): 37 pcs have a 0.3-0.5 mm burr "
            "on the mounting hole, found by customer IQC on 2026/9/2; the M8 bolt cannot be inserted."
        ),
    )
    ws.print_area = "A1:B4"
    wb.save(folder / "off_page.xlsx")
    return soffice_convert(folder / "off_page.xlsx", "pdf", folder)


@needs_soffice
@pytest.mark.libreoffice
def test_a_text_running_past_the_page_edge_is_warned_as_maybe_cut_off(off_page_pdf):
    """Paper shows only what fits the page; the PDF's text beyond it may stop anywhere."""
    papers: dict[int, Paper] = {}
    words, _, _ = words_of(off_page_pdf.read_bytes(), papers=papers)
    [long] = [w for w in words if w.text.startswith("Lot L260828-2")][:1]
    assert long.x1 > papers[long.page].x1  # the print runs it off the paper
    [doc] = [d.to_dict() for d in parse_paths([off_page_pdf])]
    assert doc["record"]["description"].startswith("Lot L260828-2")
    warned = [w["field"] for w in doc["warnings"] if w["code"] == "value_cut_off"]
    assert warned == ["description"]  # the name and the date fit on the page


def test_a_word_past_the_page_edge_is_cut_only_where_the_page_is_known():
    words = [
        Word("Lot L260828-2 of HX-BRK-3307 (4,800 pcs, shipped 2", 1, 77, 10, 747, 20),
        Word("12", 1, 20, 30, 30, 38),
    ]
    paper = {1: Paper(0.0, 0.0, 612.0, 792.0)}
    found = {c.text: c for c in cells(words, [], paper)}
    assert found["Lot L260828-2 of HX-BRK-3307 (4,800 pcs, shipped 2"].cut
    assert not found["12"].cut
    assert not [c for c in cells(words, []) if c.cut]  # no page given: nothing to tell
    inside = [Word("Lot L260828-2 of HX-BRK-3307", 1, 77, 10, 300, 20)]
    assert not [c for c in cells(inside, [], paper) if c.cut]
    # a crop's other sides cut as its right side does (the paper's left edge at 100 pt)
    left = [Word("AB-1203-X", 1, 90, 40, 140, 50)]
    assert [c.cut for c in cells(left, [], {1: Paper(100.0, 0.0, 612.0, 792.0)})] == ["AB-1203-X"]


# ------------------------------------------------------------------------- drawn geometry
def test_the_empty_cell_under_a_label_is_one_row_of_its_bordered_neighbours():
    # | ICA |  Target Date |       then four rows: column A unruled, column B ruled per row
    rules = [
        Rule(1, 0, 0, 0, 50),
        Rule(1, 40, 0, 40, 50),
        Rule(1, 100, 0, 100, 50),
        Rule(1, 0, 0, 100, 0),
        Rule(1, 0, 10, 100, 10),
        Rule(1, 40, 20, 100, 20),
        Rule(1, 40, 30, 100, 30),
        Rule(1, 0, 50, 100, 50),
    ]
    words = [
        Word("ICA", 1, 2, 2, 20, 8),
        Word("Target Date", 1, 42, 2, 90, 8),
        Word("10.09", 1, 42, 12, 60, 18),
    ]
    found = cells(words, rules)
    [blank] = [c for c in found if c.text == "" and c.x0 == 0]
    assert (blank.top, blank.bottom) == (10, 20)  # one row, as the sheet had it, not 10..50


def test_no_blank_as_wide_as_a_heading_is_laid_over_the_divided_row_under_it():
    rules = grid_rules([0, 50, 100], [0, 10, 20])
    rules = [r for r in rules if not (r.x0 == 50 and r.top == 0)] + [Rule(1, 50, 10, 50, 20)]
    words = [Word("D3 Containment", 1, 2, 2, 60, 8), Word("Sort stock", 1, 2, 12, 30, 18)]
    found = cells(words, rules)
    assert not [c for c in found if c.text == "" and c.x0 == 0 and c.x1 == 100]


def test_right_aligned_labels_centred_in_rows_of_different_heights_are_one_cell_each():
    # an outlined label column (no borders inside) beside bordered values; the second row is
    # taller (its value wrapped): the labels are centred in their rows, not one wrapped text
    rules = [
        Rule(1, 0, 0, 0, 40),
        Rule(1, 80, 0, 80, 40),
        Rule(1, 200, 0, 200, 40),
        Rule(1, 0, 0, 200, 0),
        Rule(1, 80, 10, 200, 10),
        Rule(1, 80, 30, 200, 30),
        Rule(1, 0, 40, 200, 40),
    ]
    words = [
        Word("Report Number:", 1, 8, 2, 78, 8),
        Word("Customer:", 1, 36, 17, 78, 23),
        Word("Date Opened:", 1, 20, 32, 78, 38),
        Word("8D-0457", 1, 82, 2, 120, 8),
        Word("Ningbo Fulin Office", 1, 82, 12, 180, 18),
        Word("Furniture Co., Ltd.", 1, 82, 21, 176, 27),
        Word("2026/9/11", 1, 82, 32, 130, 38),
    ]
    found = {c.text: c for c in cells(words, rules)}
    assert {"Report Number:", "Customer:", "Date Opened:"} <= set(found)
    assert (found["Customer:"].top, found["Customer:"].bottom) == (10, 30)
    assert found["Ningbo Fulin Office Furniture Co., Ltd."].top == 10  # the value's own wrap stays


def test_a_wrapped_text_beside_finer_rows_stays_one_text():
    # a merged cell's wrapped text: its lines one line height apart, the rows beside it taller
    rules = grid_rules([0, 60], [0, 12, 24, 36]) + [Rule(1, 60, 0, 60, 36), Rule(1, 160, 0, 160, 36)]
    rules += [Rule(1, 60, 0, 160, 0), Rule(1, 60, 36, 160, 36)]
    words = [
        Word("Champion:", 1, 2, 3, 40, 9),
        Word("Team Leader:", 1, 2, 15, 50, 21),
        Word("Lot B260905: coating flakes off the", 1, 62, 2, 157, 8),
        Word("hinge bracket after first fitting.", 1, 62, 12.3, 140, 18.3),
    ]
    texts = [c.text for c in cells(words, rules)]
    assert "Lot B260905: coating flakes off the hinge bracket after first fitting." in texts


def test_an_8d_summary_report_title_names_the_8d():
    from kesu_docs import forms
    from kesu_docs.parse.kinds import detect_kind

    specs = forms.all_specs()
    assert detect_kind(["8D Summary Report"], specs) == "8d"
    assert detect_kind(["8D Corrective Action Report"], specs) == "8d"
    assert detect_kind(["Completed 8D summary sheets are filed by QA"], specs) is None


def test_a_text_past_its_border_with_the_next_cells_text_on_its_line_is_cut():
    """A filled neighbour stops the overflow: what the PDF holds past the border (more than a
    glyph of it, the print clipping it) is hidden, the value cut short. With the next cell's
    text on another line only, the text ran on in sight."""
    rules = grid_rules([54, 152, 264, 348], [102, 117, 132])
    label, text = (
        Word("Description", 1, 55, 120, 118, 130),
        Word("Connector pins bent d", 1, 153, 120, 275, 130),
    )
    found = {c.text: c for c in cells([label, text, Word("Ship Qty", 1, 265, 120, 312, 130)], rules)}
    assert found["Connector pins bent d"].cut == "Connector pins bent d"
    assert not found["Ship Qty"].cut and not found["Description"].cut
    other_line = {c.text: c for c in cells([label, text, Word("Ship Qty", 1, 265, 105, 312, 115)], rules)}
    assert not other_line["Connector pins bent d"].cut


def _bordered_sheet_pdf(
    folder: Path, rows: list[list[str]], widths: tuple[int, ...], long: tuple[int, int]
) -> Path:
    """A bordered sheet with wrapping on in every cell but ``long`` (row, column), printed by
    LibreOffice."""
    wb = Workbook()
    ws = wb.active
    for col, width in zip("ABCD", widths):
        ws.column_dimensions[col].width = width
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            cell = ws.cell(r, c, value)
            cell.border = _BOX
            cell.alignment = Alignment(wrap_text=(r, c) != long, vertical="center")
    wb.save(folder / "sheet.xlsx")
    # printed apart from its workbook: a workbook of its name beside it would give the whole text
    return soffice_convert(folder / "sheet.xlsx", "pdf", folder / "printed")


@pytest.fixture(scope="module")
def clipped_by_neighbour_pdf(tmp_path_factory) -> Path:
    """A complaint form whose description (wrapping off) is longer than its cell, the next
    cell filled."""
    rows = [
        ["Customer Complaint Form"],
        ["Complaint No.", "CC-9101", "Part No.", "BX-100-22"],
        ["Customer", "Bosch", "Defect Qty", "25"],
        ["Description", "Connector pins bent during insertion at line 3", "Ship Qty", "500"],
    ]
    return _bordered_sheet_pdf(
        tmp_path_factory.mktemp("clipped_by_neighbour"), rows, (14, 16, 12, 12), (4, 2)
    )


@needs_soffice
@pytest.mark.libreoffice
def test_a_description_clipped_by_its_filled_neighbour_is_warned(clipped_by_neighbour_pdf):
    [doc] = [d.to_dict() for d in parse_paths([clipped_by_neighbour_pdf], kind="complaint")]
    assert doc["record"]["description"].startswith("Connector pins bent")
    warned = [w["field"] for w in doc["warnings"] if w["code"] == "value_cut_off"]
    assert warned == ["description"]


@pytest.fixture(scope="module")
def code_clipped_pdf(tmp_path_factory) -> Path:
    """A complaint form whose part number (wrapping off) is longer than its cell: its last
    visible glyph, cut by the border, touches the next cell's label."""
    rows = [
        ["Customer Complaint Form"],
        ["Complaint No.", "CC-9102", "Customer", "Bosch"],
        ["Part No.", "BX-100-22-REV-C-BLACK-LONG", "Defect Qty", "25"],
        ["Description", "pins bent", "Ship Qty", "500"],
    ]
    return _bordered_sheet_pdf(tmp_path_factory.mktemp("code_clipped"), rows, (14, 12, 12, 12), (3, 2))


@needs_soffice
@pytest.mark.libreoffice
def test_a_code_clipped_against_the_next_cells_label_stays_apart_from_it_and_is_warned(code_clipped_pdf):
    words, _, _ = words_of(code_clipped_pdf.read_bytes())
    assert "Defect Qty" in [w.text for w in words]  # the label is a text of its own
    [doc] = [d.to_dict() for d in parse_paths([code_clipped_pdf], kind="complaint")]
    record = doc["record"]
    assert record["part_no"].startswith("BX-100-22") and "Defect" not in record["part_no"]
    assert record["defect_qty"] == 25
    warned = [w["field"] for w in doc["warnings"] if w["code"] == "value_cut_off"]
    assert "part_no" in warned
