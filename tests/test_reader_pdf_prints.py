"""How a print of someone else's sheet differs from the sheet, and how the PDF reader reads it
anyway (what the PDF twins of the corpus and held-out workbooks showed): a row of values under
a shaded bar of column names, printed with no borders between its cells, is one rectangle; rows
of a block merged without a rule between them are one rectangle too; a document-control line
``表单编号：QR-7.2-05 版次：A/2`` whose words a print spaces out. Real files: workbooks written
by openpyxl and printed by LibreOffice.
"""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import grid_rules, soffice_convert
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from test_reader_guards import parse, value

from kesu_docs.parse.pdf_cells import cells
from kesu_docs.parse.pdf_text import Rule, Word
from kesu_docs.values import parse_date

SHADE = PatternFill("solid", fgColor="F2F2F2")
MEDIUM = THIN = Side(style="thin")


def _summary_sheet(path):
    """An 8D summary sheet laid out as the workbooks customers send: shaded discipline bars
    across the page, each over its answers typed one entry every other row in merged rows
    (no rule between the entries), and an approval bar ``APPROVAL | Name | Signature | Date``
    over one row of values with no borders between its cells."""
    wb = Workbook()
    ws = wb.active
    ws.title = "8D Form"
    for col, width in zip("ABCDEFGH", (13, 13, 12, 4, 4, 4, 9, 7)):
        ws.column_dimensions[col].width = width

    def frame(row: int, top=None, bottom=None) -> None:
        for col in "ABCDEFGH":
            ws[f"{col}{row}"].border = Border(
                left=MEDIUM if col == "A" else None,
                right=MEDIUM if col == "H" else None,
                top=top,
                bottom=bottom,
            )

    def bar(row: int, text: str) -> None:
        ws[f"A{row}"] = text
        for col in "ABCDEFGH":
            ws[f"{col}{row}"].fill = SHADE
        ws[f"A{row}"].font = Font(bold=True)
        frame(row, MEDIUM, MEDIUM)

    def entries(first: int, texts: list[str]) -> None:
        for k, text in enumerate(texts):
            ws[f"A{first + 2 * k}"] = text  # running over the empty cells beside it
        for row in range(first, first + 2 * len(texts)):
            frame(row)

    ws["A1"] = "8D REPORT"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"], ws["B2"] = "8D No.:", "8D-26-0415"
    ws["C2"], ws["D2"] = "Customer:", "Huaxing Auto Parts"
    ws["A3"], ws["B3"] = "Part No.:", "HX-BRK-3307"
    bar(5, "D5  CORRECTIVE ACTION")
    entries(
        6,
        [
            "Regrind punch every 100k strokes; add clearance check to weekly tool PM",
            "Add go pin-gauge check, 5 pcs per hour, at the packing station",
            "Move the burr check from final audit to the press",
        ],
    )
    bar(12, "D7  ACTIONS TAKEN TO PREVENT RECURRENCE")
    entries(13, ["PFMEA and Control Plan updated (punch wear as failure cause)"])
    for col, text in (("A", "APPROVAL"), ("B", "Name"), ("C", "Signature"), ("G", "Date")):
        ws[f"{col}16"] = text
    for col in "ABCDEFGH":
        ws[f"{col}16"].fill = SHADE
        ws[f"{col}16"].font = Font(bold=True)
    frame(16, MEDIUM, THIN)
    frame(17, None, MEDIUM)
    ws["B17"] = "Lin Guodong"
    ws["G17"] = dt.datetime(2026, 9, 30)
    ws["G17"].number_format = "yyyy/m/d"
    wb.save(path)
    return path


@pytest.fixture(scope="module")
def summary_print(tmp_path_factory):
    folder = tmp_path_factory.mktemp("summary")
    return parse(soffice_convert(_summary_sheet(folder / "summary.xlsx"), "pdf", folder / "pdf"), "8d")


def test_values_under_a_bar_of_column_names_printed_without_borders_read_under_their_names(summary_print):
    assert value(summary_print, "closure.approved_by") == "Lin Guodong"
    assert value(summary_print, "closure.closed_date") == "2026-09-30"


def test_entries_a_row_apart_in_one_printed_rectangle_are_one_row_each(summary_print):
    actions = [row["action"] for row in value(summary_print, "corrective_actions")]
    assert actions == [
        "Regrind punch every 100k strokes; add clearance check to weekly tool PM",
        "Add go pin-gauge check, 5 pcs per hour, at the packing station",
        "Move the burr check from final audit to the press",
    ]


def test_a_text_ended_with_enter_at_ordinary_line_spacing_stays_one_text(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.column_dimensions["B"].width = 60
    ws["A1"] = "8D REPORT"
    ws["A2"], ws["B2"] = "8D No.:", "8D-26-0416"
    ws["A3"], ws["B3"] = (
        "Problem description",
        "Burr on the mounting hole.\nM8 bolt cannot pass.\nLot L260828-2.",
    )
    ws["B3"].alignment = Alignment(wrap_text=True, vertical="top")
    ws.row_dimensions[3].height = 48
    for ref in ("A3", "B3"):
        ws[ref].border = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
    wb.save(tmp_path / "one.xlsx")
    result = parse(soffice_convert(tmp_path / "one.xlsx", "pdf", tmp_path / "pdf"), "8d")
    assert value(result, "problem.statement").split() == (
        "Burr on the mounting hole. M8 bolt cannot pass. Lot L260828-2.".split()
    )


def test_a_form_code_followed_by_its_revision_is_the_blanks_control_line_not_the_number(tmp_path):
    wb = Workbook()
    ws = wb.active
    for col, width in zip("ABCD", (14, 30, 14, 22)):
        ws.column_dimensions[col].width = width
    ws.merge_cells("A1:D1")
    ws["A1"] = "客户抱怨处理单"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:D2")
    ws["A2"] = "表单编号：QR-7.2-05   版次：A/2"
    rows = [
        ("1. 抱怨单号", "KB-2609-014", "2. 抱怨日期", "2026年9月3日"),
        ("3. 客户名称", "重庆长鹏汽车零部件有限公司", "4. 订单号", "PO-CQ-88120"),
        ("5. 零件号", "CP-33018-A", "6. 不良数量", "12"),
    ]
    for r, texts in enumerate(rows, start=3):
        for col, text in zip("ABCD", texts):
            ws[f"{col}{r}"] = text
            ws[f"{col}{r}"].border = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
    wb.save(tmp_path / "numbered.xlsx")
    result = parse(soffice_convert(tmp_path / "numbered.xlsx", "pdf", tmp_path / "pdf"), "complaint")
    assert value(result, "number") == "KB-2609-014"


def test_a_small_caption_printed_under_its_boxed_value_reads_that_value_on_the_print(tmp_path):
    """Boxed answers, each with a small caption in the unruled row under it (``1,250`` over
    ``Quantity Supplied (units)``), the next row a boxed label with its ticks: the caption is
    as wide as its box on paper too, so it is read as the caption of the value over it."""
    wb = Workbook()
    ws = wb.active
    for col in "ABCDEF":
        ws.column_dimensions[col].width = 11
    ws.merge_cells("A1:F1")
    ws["A1"] = "CUSTOMER COMPLAINT FORM"
    ws["A1"].font = Font(bold=True, size=14)
    boxed = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
    rows = [
        (
            ("NCF-26-0311", "03-Sep-2026", "Solent Marine Systems Ltd"),
            ("Complaint Reference", "Date Received", "Customer"),
        ),
        (
            ("NG-PSU-48-2", "48 V marine power unit", "WO-88412"),
            ("Part No.", "Part Description", "Batch No."),
        ),
        (
            ("1,250", "38", "PO 77120-4"),
            ("Quantity Supplied (units)", "Quantity Rejected (units)", "Customer PO No."),
        ),
    ]
    r = 3
    for answers, captions in rows:
        for (first, last), answer, caption in zip((("A", "B"), ("C", "D"), ("E", "F")), answers, captions):
            ws.merge_cells(f"{first}{r}:{last}{r}")
            ws[f"{first}{r}"] = answer
            ws[f"{first}{r}"].border = ws[f"{last}{r}"].border = boxed
            ws.merge_cells(f"{first}{r + 1}:{last}{r + 1}")
            ws[f"{first}{r + 1}"] = caption
            ws[f"{first}{r + 1}"].font = Font(size=8)
        r += 2
    ws.merge_cells(f"A{r}:F{r}")
    ws[f"A{r}"] = "Nature of complaint:  ■Product quality  □Delivery  □Documentation"
    for col in "ABCDEF":
        ws[f"{col}{r}"].border = boxed
    wb.save(tmp_path / "ccf.xlsx")
    result = parse(soffice_convert(tmp_path / "ccf.xlsx", "pdf", tmp_path / "pdf"), "complaint")
    assert value(result, "ship_qty") == 1250
    assert value(result, "defect_qty") == 38
    assert value(result, "part_no") == "NG-PSU-48-2"


def test_a_caption_in_an_unruled_row_under_a_boxed_value_is_as_wide_as_that_box():
    # | 1,250 |            a boxed value, 0..100
    #   Quantity Supplied  its caption in the row under it, no borders at its sides
    # | Nature of complaint: ■ Quality           |   the next boxed row, 0..200
    rules = grid_rules([0, 100], [0, 10]) + grid_rules([0, 200], [20, 30])
    words = [
        Word("1,250", 1, 2, 2, 20, 8),
        Word("Quantity Supplied", 1, 1, 11.5, 40, 17.5),
        Word("Nature of complaint: ■ Quality", 1, 2, 22, 90, 28),
    ]
    [caption] = [c for c in cells(words, rules) if c.text == "Quantity Supplied"]
    assert (caption.x0, caption.top, caption.x1, caption.bottom) == (0, 10, 100, 20)


def test_a_heading_in_the_white_space_between_two_boxes_stays_a_word_of_its_own():
    rules = grid_rules([0, 100], [0, 10]) + grid_rules([0, 100], [40, 50])
    words = [
        Word("整机异响", 1, 2, 2, 40, 8),
        Word("审批流", 1, 2, 22, 30, 30),
        Word("节点", 1, 2, 42, 20, 48),
    ]
    [heading] = [c for c in cells(words, rules) if c.text == "审批流"]
    assert (heading.x0, heading.x1) == (2, 30)


def test_two_wrapped_labels_spilling_over_the_border_between_their_rows_are_one_label_each():
    # | Describe the  | I/O modules lose channel 9-16 |   row 0..17
    # | problem:      |                               |
    # | Requested     | ☒Replacement                  |   row 17..26: both labels centred on
    # | Resolution:   |                               |   their rows, each spilling over 17
    rules = grid_rules([0, 50, 200], [0, 17, 26, 35])
    words = [
        Word("I/O modules lose channel 9-16", 1, 52, 5, 150, 11),
        Word("☒Replacement", 1, 52, 19, 120, 24),
        Word("Describe the", 1, 1, 3.0, 40, 8.2),
        Word("problem:", 1, 1, 9.9, 30, 15.1),
        Word("Requested", 1, 1, 15.8, 35, 21.1),
        Word("Resolution:", 1, 1, 22.5, 38, 27.7),
    ]
    found = {c.text: (c.top, c.bottom) for c in cells(words, rules)}
    assert found["Describe the problem:"] == (0, 17)
    assert found["Requested Resolution:"] == (17, 26)


def test_one_wrapped_label_spilling_both_ways_over_its_row_stays_one_label():
    rules = grid_rules([0, 50, 200], [0, 15, 25, 40])
    words = [
        Word("8D", 1, 52, 17, 80, 23),
        Word("Problem", 1, 1, 9.5, 40, 14.5),
        Word("description", 1, 1, 15.5, 40, 20.5),
        Word("(D2):", 1, 1, 21.5, 30, 26.5),
    ]
    assert "Problem description (D2):" in {c.text for c in cells(words, rules)}


@pytest.mark.parametrize("stamp", ["Sep 04, 2026 10:12 AM", "Sep 04, 2026 10:12 p.m.", "2026-09-04 22:12"])
def test_a_portal_timestamp_with_its_time_of_day_is_read_as_its_date(stamp):
    assert parse_date(stamp) == dt.date(2026, 9, 4)


def test_a_row_of_header_cells_shaded_as_one_band_is_shaded_in_each_cell():
    # | 经办人 | 销售经理 | 总经理 | 财务 |   one grey band behind the whole row, as a print fills it
    # | 陈芳   | 吴斌     | 邵建国 |      |
    xs = [0, 80, 150, 200, 260]
    rules = [Rule(1, x, 0, x, 30) for x in xs] + [Rule(1, 0, y, 260, y) for y in (0, 10, 30)]
    rules.append(Rule(1, 0, 0, 260, 10, fill=True))
    heads = ["经办人", "销售经理", "总经理", "财务"]
    words = [Word(t, 1, x + 2, 2, x + 30, 8) for t, x in zip(heads, xs)]
    words += [Word(t, 1, x + 2, 14, x + 30, 22) for t, x in zip(["陈芳", "吴斌", "邵建国"], xs)]
    found = {c.text: c for c in cells(words, rules)}
    assert all(found[t].filled for t in heads)
    assert not any(found[t].filled for t in ["陈芳", "吴斌", "邵建国"])


def test_a_page_background_shades_no_cell():
    rules = [Rule(1, x, 0, x, 30) for x in (0, 80, 160)] + [Rule(1, 0, y, 160, y) for y in (0, 10, 30)]
    rules.append(Rule(1, -20, -20, 600, 800, fill=True))
    words = [Word("Customer", 1, 2, 2, 40, 8), Word("ACME", 1, 82, 2, 120, 8)]
    assert not any(c.filled for c in cells(words, rules))


def test_an_underscore_blank_on_the_baseline_next_to_the_cell_border_stays_in_its_line():
    # | Documents updated: √ PFMEA  __ Drawing |   the "__" glyph is a flat box on the baseline,
    #                                              a hair above the cell's bottom border
    rules = [Rule(1, x, 0, x, 20) for x in (0, 300)] + [Rule(1, 0, y, 300, y) for y in (0, 10, 20)]
    words = [
        Word("Documents updated: √ PFMEA", 1, 2, 1.6, 110, 8.8),
        Word("__", 1, 120, 8.7, 128, 9.2),
        Word("Drawing", 1, 130, 2.2, 160, 9.0),
    ]
    [cell] = [c for c in cells(words, rules) if c.text]
    assert cell.text == "Documents updated: √ PFMEA __ Drawing"
    assert (cell.top, cell.bottom) == (0, 10)
