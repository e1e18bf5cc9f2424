"""Prints the sixteenth held-out set taught the reader (issue 10), each on forms of our own:

- a credit note printed **2-up** (two pages on one landscape sheet): its amounts negative in
  brackets with the currency inside them (``(US$ 640.00)``), its tax column named with the rate
  (``VAT 8%``), its VAT and total lines on the second half of the sheet, and each
  half's ``Page n of 2`` footer, furniture and no line of the table;
- a sheet printed **without borders** (a Google Sheets download): headers left-aligned over
  figures right-aligned, a figure starting past its header's right end, a code of the line
  above standing over the quantity column;
- **label and value on two lines of one cell** printed in rows too low for them (the value's
  line overhanging the row's bottom border);
- an 8D's **D4 / D5 blocks** captioned ``根本原因：`` / ``永久措施：`` beside their texts.
"""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF
from openpyxl import Workbook

from kesu_docs.parse import parse_paths
from kesu_docs.parse.currency import currencies_in
from kesu_docs.parse.guards import negative_figure


def _two_up(path: Path) -> None:
    """Two portrait pages shrunk side by side on one landscape sheet ("2 pages per sheet")."""
    from pypdf import PageObject, PdfReader, PdfWriter, Transformation

    reader = PdfReader(path)
    writer = PdfWriter()
    w, h, scale = 841.89, 595.28, 0.70
    sheet = PageObject.create_blank_page(width=w, height=h)
    for k, page in enumerate(reader.pages[:2]):
        pw, ph = float(page.mediabox.width) * scale, float(page.mediabox.height) * scale
        tx = (w / 2 - pw) / 2 + k * w / 2
        sheet.merge_transformed_page(page, Transformation().scale(scale).translate(tx, (h - ph) / 2))
    writer.add_page(sheet)
    with open(path, "wb") as fh:
        writer.write(fh)


def _credit_note(tmp_path: Path) -> Path:
    pdf = FPDF()
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("helvetica", "B", 16)
    pdf.cell(0, 12, "CREDIT NOTE", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("helvetica", size=10)
    for caption, value in (
        ("Credit Note No.:", "CN-4471-B"),
        ("Customer:", "Harbor Freight Fixtures LLC"),
        ("Complaint ref.:", "QC-88-2041"),
        ("Invoice No.:", "SI-771203"),
    ):
        pdf.cell(40, 8, caption)
        pdf.cell(80, 8, value, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    widths = [60, 20, 30, 40, 30]
    for row in (
        ["Item", "Quantity", "Price", "Amount", "VAT 8%"],
        ["Hinge plate HP-20", "400", "US$ 1.60", "(US$ 640.00)", "(51.20)"],
        ["Spacer SP-3", "400", "US$ 0.50", "(US$ 200.00)", "(16.00)"],
    ):
        for width, text in zip(widths, row, strict=True):
            pdf.cell(width, 8, text)
        pdf.ln(8)
    pdf.set_y(-25)
    pdf.cell(0, 8, "Page 1 of 2")
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    pdf.cell(0, 10, "CREDIT NOTE (continued)", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(110)
    for caption, value in (
        ("Subtotal:", "(US$ 840.00)"),
        ("VAT 8%:", "(US$ 67.20)"),
        ("Total credit:", "(US$ 907.20)"),
    ):
        pdf.set_x(110)
        pdf.cell(35, 8, caption)
        pdf.cell(40, 8, value, new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(-25)
    pdf.cell(0, 8, "Page 2 of 2")
    path = tmp_path / "credit-note-2up.pdf"
    pdf.output(str(path))
    _two_up(path)
    return path


def test_a_negative_figure_with_its_currency_inside_the_brackets_is_its_magnitude():
    assert negative_figure("(US$ 1,250.00)") == "US$ 1,250.00"
    assert negative_figure("US$ (1,250.00)") == "US$ 1,250.00"
    assert negative_figure("(RMB 30.00)") == "RMB 30.00"
    assert negative_figure("(1,250.00)") == "1,250.00"
    assert negative_figure("(US$ see note)") is None


def test_us_dollars_are_no_singapore_dollars():
    assert currencies_in(["US$ 12.00"]) == {"USD"}
    assert currencies_in(["S$ 12.00"]) == {"SGD"}


def test_a_credit_note_printed_two_up_reads_its_bracketed_amounts_and_its_second_pages_totals(
    tmp_path: Path,
):
    [result] = parse_paths([_credit_note(tmp_path)], kind="allowance")
    doc = result.to_dict("en")
    record = doc["record"]
    assert [line["name"] for line in record["items"]] == ["Hinge plate HP-20", "Spacer SP-3"]
    assert [line["allowance_amount"] for line in record["items"]] == ["640.00", "200.00"]
    assert [line["tax"] for line in record["items"]] == ["51.20", "16.00"]
    assert record["tax_rate"] == "0.08"
    assert (record["total_tax"], record["total"]) == ("67.20", "907.20")
    # "Subtotal" names no field (a group's subtotal inside a table as often): never passed silently
    assert [w for w in doc["warnings"] if w["field"] == "total_excl_tax"]
    assert not [e for e in doc["errors"] if e["field"].startswith(("items", "total", "tax"))], doc["errors"]
    # each bracketed figure is said to be read as its magnitude, never silently
    said = {(w["field"], w["code"]) for w in doc["warnings"]}
    assert ("items[0].allowance_amount", "negative_as_credit") in said
    assert ("total", "negative_as_credit") in said
    assert not [w for w in doc["warnings"] if w["code"] == "value_from_page_margin"]


def _unbordered_return(tmp_path: Path) -> Path:
    """A return note as a spreadsheet without borders prints it: every column 70 pt wide, texts
    left-aligned at the column's start, figures right-aligned at its end."""
    pdf = FPDF(unit="pt")
    pdf.add_page()
    pdf.set_font("helvetica", size=9)
    col = 70.0
    x0 = 40.0

    def put(row: float, column: int, text: str, right: bool = False) -> None:
        pdf.set_xy(x0 + column * col, 60 + row * 14)
        pdf.cell(col - 2, 12, text, align="R" if right else "L")

    put(0, 0, "RETURN NOTE")
    put(1, 0, "Return No.")
    put(1, 1, "RN-5520")
    put(1, 3, "Date")
    put(1, 4, "2026-05-04")
    put(2, 0, "Customer")
    put(2, 1, "Northwind Tools")
    put(2, 3, "Complaint no.")
    put(2, 4, "QC-7781-22")  # a code over the quantity column, the line above the header
    for k, head in enumerate(["Part No.", "Description", "Unit", "Unit Price", "Returned qty", "Amount"]):
        put(4, k, head)
    for r, line in enumerate(
        (
            ["NW-100", "Clamp", "PCS", "2.50", "120", "300.00"],
            ["NW-101", "Bolt", "PCS", "0.40", "80", "32.00"],
        )
    ):
        for k, text in enumerate(line):
            put(5 + r, k, text, right=k >= 3)
    put(8, 0, "Reason")
    put(8, 1, "Burrs on the clamp jaw")
    path = tmp_path / "unbordered-return.pdf"
    pdf.output(str(path))
    return path


def test_figures_right_aligned_under_left_aligned_headers_of_an_unbordered_print(tmp_path: Path):
    [result] = parse_paths([_unbordered_return(tmp_path)], kind="return")
    doc = result.to_dict("en")
    items = doc["record"]["items"]
    assert [(i["part_no"], i["qty_returned"], i["unit_price"], i["amount"]) for i in items] == [
        ("NW-100", 120, "2.50", "300.00"),
        ("NW-101", 80, "0.40", "32.00"),
    ]
    assert not [e for e in doc["errors"] if e["field"].startswith("items")], doc["errors"]


def _two_line_cells(tmp_path: Path) -> Path:
    """A complaint form with rows 24 pt high, each cell holding its label and, on the next line,
    its value (Alt+Enter): the value's line overhangs the row's bottom border; the row under the
    customer's is split in two cells, its middle border starting there."""
    pdf = FPDF(unit="pt")
    pdf.add_page()
    pdf.set_font("helvetica", size=9)
    left, mid, right, top, row = 60.0, 280.0, 500.0, 80.0, 24.0
    rows = [
        [("Complaint No.", "CC-3390")],
        [("Customer", "Brightline Optics Ltd")],
        [("Part No.: BX-210", None), ("Defect qty: 44", None)],
        [("Description", "Lens housing cracked at the boss")],
        [("Immediate action", "Sort 1,500 pcs in stock")],
        [("Reported by: Dana Holt", None)],
    ]
    y = top
    pdf.line(left, y, right, y)
    for cells in rows:
        y_next = y + row
        pdf.line(left, y, left, y_next)
        pdf.line(right, y, right, y_next)
        if len(cells) == 2:
            pdf.line(mid, y, mid, y_next)
        for k, (caption, value) in enumerate(cells):
            x = (left if k == 0 else mid) + 4
            pdf.text(x, y + 12, caption)  # the first line near the row's top
            if value is not None:
                pdf.text(x, y + 25, value)  # the second a line lower: over the bottom border
        pdf.line(left, y_next, right, y_next)
        y = y_next
    path = tmp_path / "two-line-cells.pdf"
    pdf.output(str(path))
    return path


def test_label_and_value_on_two_lines_of_cells_printed_too_low_for_them(tmp_path: Path):
    [result] = parse_paths([_two_line_cells(tmp_path)], kind="complaint")
    doc = result.to_dict("en")
    record = doc["record"]
    assert record["customer"] == "Brightline Optics Ltd"
    assert record["description"] == "Lens housing cracked at the boss"
    assert record["short_term_action"] == "Sort 1,500 pcs in stock"
    assert record["part_no"] == "BX-210"
    assert not [w for w in doc["warnings"] if w["field"] in ("customer", "description")]


def test_d4_and_d5_blocks_captioned_beside_their_texts(tmp_path: Path):
    wb = Workbook()
    ws = wb.active
    for line in [
        ["8D 报告"],
        ["报告编号：", "8D-QT-0915", "客户：", "华阳精机有限公司"],
        ["D2", "问题描述：", "外壳卡扣断裂 40 件。"],
        ["D3", "临时措施：", "库存 2,000 件全检。"],
        ["D4", "根本原因：", "模具冷却水路堵塞，卡扣根部缩痕。"],
        ["D5", "永久措施：", "水路改为双回路，每周点检。"],
        ["D6", "效果验证：", "连续 5 批无断裂。"],
    ]:
        ws.append(line)
    path = tmp_path / "8d-blocks.xlsx"
    wb.save(path)
    [result] = parse_paths([path], kind="8d")
    doc = result.to_dict("en")
    record = doc["record"]
    assert [a["action"] for a in record["corrective_actions"]] == ["水路改为双回路，每周点检。"]
    assert [(c["type"], c["cause"]) for c in record["root_cause"]] == [
        ("occurrence", "模具冷却水路堵塞，卡扣根部缩痕。")
    ]
    # the type is assumed from the heading alone: shown for checking, never silent
    assert doc["provenance"]["root_cause[0].type"]["how"] == "assumed"
    assert [w for w in doc["warnings"] if w["field"] == "root_cause[0].type"]


def test_a_profile_learned_on_a_print_places_a_negative_amount_printed_in_brackets(tmp_path: Path):
    """The clerk's correction gives the amount as typed in the workbook (``-640``); the print
    shows it as a credit, ``(¥640.00)``: the profile finds it there, as it finds ``6,000.00``."""
    from kesu_docs.parse.profile import learn, read_by_profile

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    for caption, value in (
        ("Credit Note No.", "CN-5521"),
        ("Customer", "Delta Hinges"),
        ("Date", "2026-06-02"),
    ):
        pdf.cell(40, 8, caption, border=1)
        pdf.cell(60, 8, value, border=1, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for row in (
        ["Item", "Qty", "Amount"],
        ["Hinge HP-3", "(400)", "(640.00)"],
        ["Pin P-1", "(400)", "(80.00)"],
    ):
        for width, text in zip((60, 30, 40), row, strict=True):
            pdf.cell(width, 8, text, border=1)
        pdf.ln(8)
    path = tmp_path / "credit.pdf"
    pdf.output(str(path))
    profile = learn(path, "allowance", {"items[1].allowance_amount": '"-80"'}, {}, name="credit")
    assert "items[1].allowance_amount" not in profile.unlearned
    # the lines are learned as the table they print (its columns by their headers: every line,
    # the second line's count too, which a place per line had missed), or line by line
    if "items[1].allowance_amount" in profile.fields:
        place = profile.fields["items[1].allowance_amount"]
        assert (place.label, place.at, place.line) == ("Amount", "below", 2)
    else:
        assert profile.tables["items"].columns["allowance_amount"].label == "Amount"
    folder = tmp_path / "profiles"
    folder.mkdir()
    (folder / "credit.toml").write_text(profile.to_toml(), encoding="utf-8")
    [read] = read_by_profile(path, path.read_bytes(), "allowance", folder)
    assert [line.get("allowance_amount") for line in read.values["items"]] == ["640.00", "80.00"]
    # the brackets' credit is said on the line, as the generic reader says it
    assert any(
        p.code == "negative_as_credit" and p.field == "items[1].allowance_amount" for p in read.problems
    )


CJK = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")  # .ci/run installs fonts-noto-cjk


def test_a_profile_learned_on_a_print_keeps_a_date_printed_in_pieces_as_the_reader_reads_it(tmp_path: Path):
    """年 / 月 / 日 pre-printed between the clerk's figures (``2026 | 年 | 4 | 月 | 17 | 日``): no one
    box holds the date the clerk quotes; the generic reader reads it whole, so the profile keeps
    the generic reader's value (warned on each copy) instead of refusing the correction."""
    import pytest

    from kesu_docs.parse.profile import GENERIC, learn

    if not CJK.exists():
        pytest.skip("fonts-noto-cjk is not installed (.ci/run installs it)")
    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("cjk", "", str(CJK))
    pdf.set_font("cjk", size=10)
    pdf.cell(0, 10, "客户投诉单", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(25, 8, "投诉单号", border=1)
    pdf.cell(45, 8, "KS-7731", border=1)
    pdf.cell(25, 8, "投诉日期", border=1)
    for text, width in (("2026", 14), ("年", 8), ("4", 8), ("月", 8), ("17", 8), ("日", 8)):
        pdf.cell(width, 8, text, border=1, align="C")
    pdf.ln(8)
    pdf.cell(25, 8, "客户名称", border=1)
    pdf.cell(124, 8, "东莞市恒达五金制品有限公司", border=1, new_x="LMARGIN", new_y="NEXT")
    path = tmp_path / "pieces.pdf"
    pdf.output(str(path))
    [read] = parse_paths([path], kind="complaint")
    assert read.to_dict("en")["record"]["received_date"] == "2026-04-17"  # the generic reader's
    profile = learn(path, "complaint", {"received_date": '"2026年4月17日"'}, {}, name="pieces")
    assert profile.fields["received_date"].at == GENERIC
