"""The twenty-fourth round's new reader rules attacked (issue 10: no silent misread): forms of a
clerk's worst day on which each rule could fire wrongly, read through ``kesu parse``; each case
was read wrong with no word before its fix (dev25-attack).

- item lines split line by line: a figure cell's two lines that are a count and a note on it
  (``300⏎3箱``) are no two items; the row is read as one and warned (``row_lines_unlike``).
- serial-number lines skipped under an item: an item whose number begins with ``S/N`` or
  ``Serial`` (the serial labels themselves) is an item — a serial line's codes are of one shape.
- an 8D's steps cut at D numbers in one cell: a text naming a work station ``D5 station:`` after
  a sentence is no step (a step run on after a sentence must be named: ``D5 永久措施：``).
- a mail's reply chain: lines quoted with ``> `` inside a letter whose own text goes on below
  them (the drawing's requirement quoted) are no older mail.
- labels from a legend for numbered boxes: a number between a label and its value (``客户 | ① |
  …``) is a note's mark, the notes column (``① 客户以合同抬头为准``) no legend of labels.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import read_doc, sheet_from_rows, soffice_convert
from openpyxl import Workbook
from openpyxl.styles import Border, Side
from test_reader_holdout24_fixes import _items, _return_in_one_row


def test_a_count_and_its_boxes_in_one_cell_are_no_two_items(tmp_path):
    # the part's number with a note under it, the count with its boxes under it: one item
    row = ("KS-LMP-2207\n见附件", "灯罩\n透明PC", "300\n3箱", "300\n3箱", "42.00\n含税", "12,600.00\n含税")
    src = _return_in_one_row(tmp_path / "return.xlsx", row)
    pdf = soffice_convert(src, "pdf", tmp_path / "printed")
    for path in (src, pdf):
        doc = read_doc(path, "return")
        items = _items(doc)
        assert len(items) == 1, path.suffix  # before: a second item 见附件 × 3, its count unwarned
        assert "见附件" not in [i["part_no"] for i in items]
        warned = [p for p in doc["warnings"] if p["code"] == "row_lines_unlike"]
        assert warned and warned[0]["field"] == "items[0]", path.suffix


# ---------------------------------------------------------------------------------- serial lines
def _return_with_rows(path: Path, rows: list[tuple]) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "退货单"
    for col, width in zip("ABCDEF", (18, 24, 10, 12, 9, 12)):
        ws.column_dimensions[col].width = width
    thin = Side(style="thin")
    lines = [
        ("成品退货单",),
        ("退货单号", "RT-KS-2610-044", "退货日期", "2026-10-09"),
        ("客户", "常州星宇车灯股份有限公司", "客诉单号", "CC-KS-2610-012"),
        ("料号", "品名", "核定数量", "实退量", "单价", "金额"),
        *rows,
        ("退货原因", "灯罩划伤，标签随货退回。"),
        ("处理方式", "报废", "核准", "陆文斌", "仓库签收", "丁晓雪"),
    ]
    for r, row in enumerate(lines, start=1):
        for c, value in enumerate(row, start=1):
            ws.cell(r, c, value).border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wb.save(path)
    return path


@pytest.mark.parametrize(
    "second",
    [
        ("S/N LBL-01", "Label", "50 pcs", "50 pcs", "1.00", "50.00"),  # the serial-number labels themselves
        ("Serial plate SP-3", "Nameplate", 50, 50, 1, 50),  # (its print gives every box as text)
    ],
    ids=["sn-label", "serial-plate"],
)
def test_an_item_whose_number_begins_with_a_serial_caption_is_an_item(tmp_path, second):
    src = _return_with_rows(tmp_path / "return.xlsx", [("KS-LMP-2207", "灯罩", 300, 300, 42, 12600), second])
    for path in (src, soffice_convert(src, "pdf", tmp_path / "printed")):
        items = _items(read_doc(path, "return"))
        # before: the line was taken for the serial numbers of the item above, the item lost
        assert [i["part_no"] for i in items] == ["KS-LMP-2207", second[0]], path.suffix
        assert [i["qty_returned"] for i in items] == [300, 50], path.suffix


# ---------------------------------------------------------------------------------- D numbers in a text
def test_a_description_naming_a_station_d5_is_kept_whole(tmp_path):
    description = "Crack found on 40 pcs at line 2. D5 station: torque set too low."
    rows = [
        ["CUSTOMER COMPLAINT"],
        ["Complaint No.", "CC-2610-118", "Received date", "2026-10-17"],
        ["Customer", "Kelvin Fasteners Ltd."],
        ["Part No.", "KF-BLT-0810", "Part name", "Flange bolt M8"],
        ["Shipped qty", 4000, "Defect qty", 40],
        ["Defect description", description],
        ["Prepared by", "Zhou Min"],
    ]
    src = sheet_from_rows(tmp_path, rows, width=30)
    for path in (src, soffice_convert(src, "pdf", tmp_path / "printed")):
        doc = read_doc(path, "complaint")
        # before: cut at "D5" as if an 8D's step began there; on the print the half kept was unwarned
        assert doc["record"]["description"] == description, path.suffix


# ---------------------------------------------------------------------------------- quoted lines
def test_a_letter_quoting_its_drawing_with_angle_brackets_is_no_reply_chain(tmp_path):
    from test_reader_guards import parse, value
    from test_reader_letters import _letter_xlsx

    lines = [
        "Dear Sir or Madam,",
        "Our incoming inspection of part number VX-2207 (Valve seat) found burrs. Your drawing states:",
        "> Burr height max. 0.1 mm",
        "> Flatness 0.05 mm",
        "1,800 pcs were delivered from lot 26-0311; 72 pcs are rejected.",
        "We request a replacement of the rejected quantity.",
        "Yours faithfully,",
        "Ana Ruiz",
        "Harbour Fluid Pty Ltd",
    ]
    for one_cell in (False, True):
        result = parse(_letter_xlsx(tmp_path, lines, f"letter{one_cell}.xlsx", one_cell=one_cell))
        # before: the quoted passage was taken for an older mail and the letter refused (not_a_form)
        assert result.record is not None, [e.code for e in result.errors]
        assert (value(result, "ship_qty"), value(result, "defect_qty")) == (1800, 72)
        assert (value(result, "lot_no"), value(result, "customer")) == ("26-0311", "Harbour Fluid Pty Ltd")
        assert not any(p.code.startswith("letter_reply_chain") for p in result.warnings)


# ---------------------------------------------------------------------------------- a notes column
def test_note_marks_beside_labelled_values_take_no_label_from_the_notes(tmp_path):
    rows = [
        ["成品退货单"],
        ["退货单号", "RT-KS-2610-044", "退货日期", "2026-10-09"],
        ["客户", "①", "常州星宇车灯股份有限公司"],
        ["客诉单号", "②", "CC-KS-2610-012"],
        ["核准", "③", "陆文斌"],
        ["退货原因", "灯罩划伤。"],
        ["说明", "① 客户以合同抬头为准"],
        [None, "② 客诉单号见系统"],
        [None, "③ 核准人须为经理"],
        ["处理方式", "报废"],
    ]
    src = sheet_from_rows(tmp_path, rows, width=20)
    for path in (src, soffice_convert(src, "pdf", tmp_path / "printed")):
        record = read_doc(path, "return")["record"]
        # before: the notes were taken for the numbered boxes' labels and read as the values
        # (customer 客户以合同抬头为准, complaint 客诉单号见系统, approver 核准人须为经理), unwarned
        assert record["customer"] == "常州星宇车灯股份有限公司", path.suffix
        assert record["complaint_number"] == "CC-KS-2610-012", path.suffix
        assert record["approved_by"] == "陆文斌", path.suffix
