"""An e-mail pasted into a column, sections that decide whose a label is, dates split over cells
in ROC years and an 8D with its steps as columns (holdout16 patterns 2, 5 and 8).

- A customer's e-mail body pasted one line a row (``Date: …``, ``PO: …``, ``Issue: …``,
  ``Request: …`` among the greeting and the signature) is a complaint, each line read; a profile
  learned on it reads the next e-mail's description without the line's own label, even a label
  word kesu does not know (``Symptom:``), since the lines around it are ``Label: value`` too.
- ``开立日期 民国 | 114 | 年 | 12 | 月 | 5 | 日`` is the note's own date 2025-12-05 (the era after the
  label, the ROC year in its cell), beside the invoice's date in the item table.
- ``1. 客户资料`` over ``名称 | …`` makes 名称 the customer's name; the same 名称 under
  ``2. 供应商资料`` is ours: not read as anything.
- ``D1 … D8`` across one row, each step's text in the cell under it: D8's cell holding a date is
  the closing date (warned); holding words, no date is made of it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from helpers import parse_cli
from openpyxl import Workbook

from kesu_docs.parse.profile import learn, read_by_profile


def _doc(path: Path, *args: str) -> dict[str, Any]:
    code, docs = parse_cli(path, "--lang", "en", *args)
    assert docs, f"kesu parse gave nothing (exit {code})"
    return docs[0]


def _flagged(doc: dict[str, Any], field: str) -> bool:
    return any(p["field"] == field for p in [*doc["errors"], *doc["warnings"]])


def _rows(path: Path, rows: dict[int, list[Any]], title: str = "Sheet1", col: int = 1) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = title
    for r, values in rows.items():
        for c, value in enumerate(values, start=col):
            if value is not None:
                ws.cell(row=r, column=c, value=value)
    wb.save(path)
    return path


# ---------------------------------------------------------------------------- an e-mail pasted
def _mail(
    path: Path, number: str, day: str, po: str, problem: str, request: str, word: str = "Issue"
) -> Path:
    lines = {
        1: "Dear supplier,",
        3: "During assembly we found the parts below out of specification.",
        5: f"Complaint No: {number}",
        6: f"Date: {day}",
        7: "Customer: Northwind Motors",
        8: f"PO: {po}",
        9: "Part Number: NW-BRK-220",
        10: "Lot: L0528",
        11: "Qty Rejected: 40 pcs",
        12: f"{word}: {problem}",
        13: f"Request: {request}",
        15: "Thanks and regards,",
        16: "Tom Baker",
        17: "Incoming Quality",
    }
    return _rows(path, {r: [text] for r, text in lines.items()}, title="Mail", col=2)  # pasted into B


def test_an_e_mail_pasted_into_a_column_is_a_complaint_and_each_line_is_read(tmp_path):
    path = _mail(
        tmp_path / "mail.xlsx",
        "QC-7731-A",
        "2026-06-02",
        "PO-55120",
        "Bracket weld cracked at the bend.",
        "Rework",
    )
    doc = _doc(path)  # no --kind: the lines tell
    assert doc["kind"] == "complaint"
    record = doc["record"]
    assert record["received_date"] == "2026-06-02"
    assert record["order_no"] == "PO-55120"
    assert record["description"] == "Bracket weld cracked at the bend."
    assert record["customer_request"] == ["rework"]
    assert record["number"] == "QC-7731-A" and record["customer"] == "Northwind Motors"


@pytest.mark.parametrize("word", ["Issue", "Symptom"])
def test_a_profile_learned_on_a_pasted_e_mail_reads_the_next_description_without_its_label(tmp_path, word):
    first = _mail(
        tmp_path / "first.xlsx",
        "QC-7731-A",
        "2026-06-02",
        "PO-55120",
        "Bracket weld cracked.",
        "Rework",
        word,
    )
    profile = learn(
        first,
        "complaint",
        {
            "number": "Mail!B5",
            "customer": "Mail!B7",
            "description": "Mail!B12",
            "customer_request": "Mail!B13",
        },
    )
    (tmp_path / "profiles").mkdir()
    (tmp_path / "profiles" / "mail.toml").write_text(profile.to_toml(), encoding="utf-8")
    second = _mail(
        tmp_path / "second.xlsx",
        "QC-7802-C",
        "2026-07-09",
        "PO-55391",
        "Paint blistered after salt spray.",
        "Credit",
        word,
    )
    found = read_by_profile(second, second.read_bytes(), "complaint", tmp_path / "profiles")
    assert found
    values = found[0].values
    assert values["description"] == "Paint blistered after salt spray."  # never "Symptom: Paint …"
    assert values["number"] == "QC-7802-C"


# ------------------------------------------------------------------------- ROC date over cells
def test_a_date_split_over_cells_after_its_label_and_era_is_the_notes_own_date(tmp_path):
    path = _rows(
        tmp_path / "折让.xlsx",
        {
            1: ["销货退回折让单"],
            2: ["折让单号", "ZR-114-1205"],
            3: ["开立日期 民国", 114, "年", 12, "月", 5, "日"],
            4: ["买受人", "宏达机电股份有限公司", "统一编号", "12345675"],
            6: ["原发票号码", "原发票日期", "品名", "数量", "单价", "金额", "营业税额"],
            7: ["AB-12345678", "114/11/20", "垫片", 100, 2, 200, 10],
            8: ["合计", None, None, None, None, 200, 10],
        },
        title="折让",
    )
    doc = _doc(path, "--kind", "allowance")
    record = doc["record"]
    assert record["issue_date"] == "2025-12-05"  # ROC 114 = 2025
    assert record["invoice_date"] == "2025-11-20"
    assert doc["provenance"]["issue_date"]["label_location"] == "折让!A3"


CJK = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")  # .ci/run installs fonts-noto-cjk


def test_on_a_print_a_split_date_whose_unit_boxes_reach_over_the_row_above_is_read(tmp_path):
    """Drawn with fpdf2: ``开立日期 民国 | 114 | 年 | 12 | 月 | 5 | 日``, the 年 and 月 boxes with no
    border between them and the row above (two rows tall, their text on the date's row)."""
    if not CJK.exists():
        pytest.skip("fonts-noto-cjk is not installed (.ci/run installs it)")
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_font("cjk", "", str(CJK))
    pdf.add_page()
    pdf.set_font("cjk", size=14)
    pdf.text(70, 20, "销货退回折让单")
    pdf.set_font("cjk", size=9)
    boxes = [  # (x0, y0, x1, y1, text, right-aligned)
        (15, 28, 45, 35, "折让单号", False),
        (45, 28, 75, 35, "ZR-114-1205", False),
        (15, 35, 45, 42, "开立日期 民国", False),
        (45, 35, 60, 42, "114", True),
        (60, 28, 72, 42, "年", False),  # two rows tall: no border over it
        (72, 35, 87, 42, "12", True),
        (87, 28, 99, 42, "月", False),
        (99, 35, 114, 42, "5", True),
        (114, 35, 126, 42, "日", False),
        (15, 42, 45, 49, "买受人", False),
        (45, 42, 126, 49, "宏达机电股份有限公司", False),
    ]
    header = ["原发票号码", "原发票日期", "品名", "数量", "单价", "金额", "营业税额"]
    line = ["AB-12345678", "114/11/20", "垫片", "100", "2", "200", "10"]
    xs = [15, 45, 70, 90, 105, 120, 140, 165]
    for row, (y0, y1) in ((header, (55, 62)), (line, (62, 69))):
        boxes += [(xs[i], y0, xs[i + 1], y1, text, False) for i, text in enumerate(row)]
    for x0, y0, x1, y1, text, right in boxes:
        pdf.rect(x0, y0, x1 - x0, y1 - y0)
        x = x1 - 1 - pdf.get_string_width(text) if right else x0 + 1
        pdf.text(x, y1 - 2, text)
    path = tmp_path / "折让.pdf"
    pdf.output(str(path))
    doc = _doc(path, "--kind", "allowance")
    assert doc["record"]["issue_date"] == "2025-12-05"  # ROC 114 = 2025
    assert doc["provenance"]["issue_date"]["how"] == "date-pieces"


# ------------------------------------------------------------------ sections that decide the label
@pytest.mark.parametrize(
    ("heading", "ours", "label"),
    [("1. 客户资料", "2. 供应商资料", "名称"), ("Customer Information", "Supplier Information", "Name")],
)
def test_a_name_under_the_customers_section_is_the_customer_and_under_ours_nothing(
    tmp_path, heading, ours, label
):
    path = _rows(
        tmp_path / "complaint.xlsx",
        {
            1: ["客户抱怨处理单"],
            2: ["投诉编号", "CS-2605-0031", None, "受理日期", "2026-05-06"],
            3: [heading],
            4: [label, "蓝星汽车零部件有限公司", None, "电话", "021-55501234"],
            5: [ours],
            6: [label, "苏州精工五金有限公司", None, "电话", "0512-66601234"],
            7: ["料号", "SZ-CLP-881", None, "不良数量", 57],
            8: ["异常描述", "卡扣变形，装配不到位。"],
        },
    )
    doc = _doc(path, "--kind", "complaint")
    record = doc["record"]
    assert record["customer"] == "蓝星汽车零部件有限公司"
    assert doc["provenance"]["customer"]["label_location"].endswith("!A4")
    assert "苏州精工五金有限公司" not in str(record)  # the supplier's name is ours: no field


# ------------------------------------------------------------------------------ 8D steps as columns
@pytest.mark.parametrize(
    ("closing", "expect"), [(dt.datetime(2026, 7, 15), "2026-07-15"), ("Closed with the customer", None)]
)
def test_the_date_under_the_closing_step_of_an_8d_in_columns_is_the_closing_date(tmp_path, closing, expect):
    steps = [
        "D1 Team",
        "D2 Problem",
        "D3 Containment",
        "D4 Root cause",
        "D5 Corrective action",
        "D6 Verification",
        "D7 Prevention",
        "D8 Closure",
    ]
    texts = [
        "Anna Lee\nMark Chen",
        "Seal ring leaks under 2 bar.",
        "Sorted 4,000 pcs in stock.",
        "Mould cavity 3 worn.",
        "Cavity 3 re-cut; leak test added.",
        "Three lots passed the leak test.",
        "PFMEA and control plan updated.",
        closing,
    ]
    path = _rows(
        tmp_path / "8d.xlsx",
        {
            1: ["8D Report"],
            2: ["Report No.", "8D-2607-004", "Customer", "Riverside Pumps"],
            3: ["Part No.", "RP-SEAL-40", "Open date", dt.datetime(2026, 6, 20)],
            5: steps,
            6: texts,
        },
        title="8D",
    )
    doc = _doc(path, "--kind", "8d")
    closure = doc["record"]["closure"] or {}
    assert closure.get("closed_date") == expect
    if expect is not None:
        assert _flagged(doc, "closure.closed_date")  # read from a step's cell: shown for checking
