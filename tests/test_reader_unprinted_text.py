"""What is on a file but not a value (holdout9's patterns 1, 2, 3, 8 and 11, on files of our own):
text drawn in white that never reaches the paper, a round seal's letters drawn in text, the
fill-in underscores a value is typed over, dates printed in Chinese numerals, and a blank form
sent back with nothing filled in."""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from helpers import parse_cli, soffice_convert
from openpyxl import Workbook
from openpyxl.styles import Border, Font, PatternFill, Side
from pypdf import PdfReader, PdfWriter

from kesu_docs.parse.pdf_text import pdfium_words, pdfplumber_words, stamped
from kesu_docs.values import blank, parse_date, without_fill_in_lines

WHITE = Font(color="FFFFFF")
THIN = Side(style="thin")


def ruled(ws, last_col: str, last_row: int) -> None:
    """Every cell of the form boxed in, and the sheet printed one page wide, as forms are."""
    for row in ws[f"A1:{last_col}{last_row}"]:
        for cell in row:
            cell.border = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0


def complaint_book(path: Path, cells: dict[str, object], fonts: dict[str, Font] | None = None) -> Path:
    """A complaint sheet of our own: labels in A and C, values beside them."""
    wb = Workbook()
    ws = wb.active
    ws.title = "投诉单"
    for width, col in ((14, "A"), (30, "B"), (14, "C"), (30, "D")):
        ws.column_dimensions[col].width = width
    for ref, value in cells.items():
        ws[ref] = value
    for ref, font in (fonts or {}).items():
        ws[ref].font = font
    ruled(ws, "D", ws.max_row)
    wb.save(path)
    return path


def printed(xlsx: Path) -> Path:
    return soffice_convert(xlsx, "pdf", xlsx.parent / "pdf")


def record(path: Path, *args: str) -> dict:
    code, [doc] = parse_cli(path, *args)
    return doc


def warned(doc: dict) -> set[str]:
    return {p["field"] for p in doc["errors"] + doc["warnings"]}


# ------------------------------------------------------------------------------- white text
def return_book(path: Path) -> Path:
    """A return note whose items table has a dark header band in white letters, an example
    line in white (invisible on paper) and the clerk's two lines."""
    wb = Workbook()
    ws = wb.active
    ws.title = "退货"
    for col, width in zip("ABCDE", (14, 30, 10, 10, 12)):
        ws.column_dimensions[col].width = width
    ws["A1"] = "成品退货单"
    ws["A2"], ws["B2"] = "退货单号", "TH-2609-031"
    ws["A3"], ws["B3"] = "客户名称", "苏州恒达电子有限公司"
    ws["A4"], ws["B4"] = "退货日期", "2026-09-14"
    band = PatternFill("solid", fgColor="1F3864")
    for col, text in zip("ABCDE", ("料号", "品名", "退货数量", "单价", "金额")):
        ws[f"{col}6"] = text
        ws[f"{col}6"].fill, ws[f"{col}6"].font = band, Font(color="FFFFFF", bold=True)
    lines = (("EX-0000", "示例：请填写品名", 10, 1, 10), ("C-0402", "贴片电容 0402", 500, 0.42, 210),
             ("R-0603", "贴片电阻 0603", 1000, 0.18, 180))  # fmt: skip
    for row, line in enumerate(lines, start=7):
        for col, value in zip("ABCDE", line):
            ws[f"{col}{row}"] = value
            if row == 7:
                ws[f"{col}{row}"].font = WHITE
    ruled(ws, "E", 9)
    wb.save(path)
    return path


def test_a_line_printed_in_white_is_no_item_and_white_headers_on_a_dark_band_are_read(tmp_path):
    pdf = printed(return_book(tmp_path / "return.xlsx"))
    for words in (pdfium_words(pdfium.PdfDocument(pdf))[0], pdfplumber_words(pdf.read_bytes())[0]):
        texts = [w.text for w in words]
        assert "EX-0000" not in texts and "料号" in texts and "C-0402" in texts
    doc = record(pdf)
    items = doc["record"]["items"]
    assert [i["part_no"] for i in items] == ["C-0402", "R-0603"]
    assert [(i["qty_returned"], i["amount"]) for i in items] == [(500, "210.00"), (1000, "180.00")]


def white_on_shapes(path: Path) -> Path:
    """A page of white words each on a dark shape drawn another way (fpdf2): a bare filled
    rectangle (``re f``), a rounded box and a polygon (paths of lines and curves), a framed
    box (filled and stroked); and one white word on the bare paper. Black words beside each."""
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    shapes = {
        "OnRect": lambda y: pdf.rect(50, y, 200, 22, style="F"),
        "OnRounded": lambda y: pdf.rect(50, y, 200, 22, style="F", round_corners=True, corner_radius=6),
        "OnFramed": lambda y: pdf.rect(50, y, 200, 22, style="DF"),
        "OnPolygon": lambda y: pdf.polygon([(50, y), (250, y), (240, y + 22), (60, y + 22)], style="F"),
        "OnPaper": lambda y: None,
    }
    for n, (word, draw) in enumerate(shapes.items()):
        y = 50 + 50 * n
        pdf.set_fill_color(31, 56, 100)
        draw(y)
        pdf.set_text_color(255, 255, 255)
        pdf.set_xy(60, y + 4)
        pdf.cell(150, 14, word)
        pdf.set_text_color(0, 0, 0)
        pdf.set_xy(270, y + 4)
        pdf.cell(150, 14, "Black" + word)
    pdf.output(str(path))
    return path


def test_both_extractors_take_white_words_on_any_dark_shape_and_drop_them_on_the_paper(tmp_path):
    """One rule (kesu_docs/parse/ink.py) for both: PDFium took a framed box for no shade and
    dropped its white word; pdfplumber took only rectangles for shades and dropped the word
    on the rounded box. Now each reads the four and leaves out the one on the paper."""
    pdf = white_on_shapes(tmp_path / "white.pdf")
    shown = {"OnRect", "OnRounded", "OnFramed", "OnPolygon"}
    black = {"Black" + w for w in (*shown, "OnPaper")}
    by_pdfium = {w.text for w in pdfium_words(pdfium.PdfDocument(pdf))[0]}
    by_pdfplumber = {w.text for w in pdfplumber_words(pdf.read_bytes())[0]}
    assert by_pdfium == by_pdfplumber == shown | black


def test_white_letters_on_no_fill_are_no_value_in_a_workbook_by_the_same_rule(tmp_path):
    """The workbook's white letters are judged by the same rule: white on no fill is not on
    the page (the example line is no item), white on a dark fill is read; letters as light as
    the paper (F8F8F8) are white too, as in a PDF."""
    path = return_book(tmp_path / "return.xlsx")
    from openpyxl import load_workbook

    wb = load_workbook(path)
    ws = wb.active
    for col in "ABCDE":
        ws[f"{col}7"].font = Font(color="F8F8F8")
    wb.save(path)
    items = record(path)["record"]["items"]
    assert [i["part_no"] for i in items] == ["C-0402", "R-0603"]


# ------------------------------------------------------------------------------------- a seal
def _overlay(letters: str, centre: tuple[float, float], radius: float, size: tuple[float, float]) -> bytes:
    """A one-page PDF of ``letters`` set around a circle, each turned along it (a seal drawn in
    text, red), as a word processor's stamp picture-in-text prints it."""
    ops = [b"BT /F1 9 Tf 0.8 0 0 rg"]
    for i, letter in enumerate(letters):
        a = math.radians(90 - i * 360 / len(letters))
        x, y = centre[0] + radius * math.cos(a), centre[1] + radius * math.sin(a)
        turn = a - math.pi / 2
        c, s = math.cos(turn), math.sin(turn)
        ops.append(b"%.4f %.4f %.4f %.4f %.2f %.2f Tm (%s) Tj" % (c, s, -s, c, x, y, letter.encode()))
    ops.append(b"ET")
    stream = b"\n".join(ops)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.2f %.2f] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>" % size,
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out, offsets = [b"%PDF-1.4\n"], []
    for i, body in enumerate(objects, start=1):
        offsets.append(sum(map(len, out)))
        out.append(b"%d 0 obj\n%s\nendobj\n" % (i, body))
    xref = sum(map(len, out))
    out.append(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out += [b"%010d 00000 n \n" % o for o in offsets]
    out.append(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return b"".join(out)


def test_a_seal_drawn_in_text_over_a_value_is_left_out_of_it(tmp_path):
    cells = {
        "A1": "客户抱怨处理单",
        "A2": "投诉编号", "B2": "TS-2609-011", "C2": "客户名称", "D2": "宁波海天精工",
        "A3": "投诉日期", "B3": "2026-09-05", "C3": "产品型号", "D3": "HT-220",
        "A5": "原因分析", "B5": "Flux residue under the pad",
        "A7": "填表人", "B7": "Meng Fan",
    }  # fmt: skip
    pdf = printed(complaint_book(tmp_path / "seal.xlsx", cells))
    words = pdfium_words(pdfium.PdfDocument(pdf))[0]
    cause = next(w for w in words if w.text.startswith("Flux"))
    page = PdfReader(pdf).pages[0]
    width, height = float(page.mediabox.width), float(page.mediabox.height)
    ring = tmp_path / "ring.pdf"  # the seal's middle on the root cause's line, its ring across it
    ring.write_bytes(_overlay("QUALITYDEPTSEAL", (cause.x1 - 10, height - cause.bottom), 24, (width, height)))
    writer = PdfWriter(clone_from=pdf)
    writer.pages[0].merge_page(PdfReader(ring).pages[0])
    stamped_pdf = tmp_path / "stamped.pdf"
    with stamped_pdf.open("wb") as f:
        writer.write(f)
    for found in (
        pdfium_words(pdfium.PdfDocument(stamped_pdf))[0],
        pdfplumber_words(stamped_pdf.read_bytes())[0],
    ):
        assert [w.text for w in found] == [w.text for w in words]  # not one letter of the seal
    doc = record(stamped_pdf)
    assert doc["record"]["root_cause"] == "Flux residue under the pad"
    assert doc["record"]["reporter"] == "Meng Fan"


def test_letters_each_turned_its_own_way_are_a_stamp_but_a_line_set_askew_is_text():
    ring = [math.radians(a) for a in range(0, 360, 30)]
    assert all(stamped(ring, n) for n in range(len(ring)) if ring[n] % (math.pi / 2) > 0.05)
    askew = [math.radians(4.0)] * 8  # a scan's OCR layer, the page a little crooked
    assert not any(stamped(askew, n) for n in range(len(askew)))
    turned = [math.radians(90)] * 3 + [0.0] * 3  # a label up a narrow cell, then upright text
    assert not any(stamped(turned, n) for n in range(len(turned)))


# ----------------------------------------------------------------------------- fill-in lines
@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("投诉编号：___TS-2603-041___", "投诉编号：TS-2603-041"),
        ("___36台___", "36台"),
        ("签字：______ 日期：______", "签字： 日期："),
        ("Name____", "Name"),
        ("TS__01", "TS__01"),  # inside a code: part of it
        ("TS_01", "TS_01"),
        ("______", "______"),  # a line left empty: the readers know it
    ],
)
def test_the_fill_in_line_around_a_typed_value_is_the_papers(typed, meant):
    assert without_fill_in_lines(typed) == meant


def test_an_empty_fill_in_line_says_nothing():
    assert blank("______") and blank(" ＿＿＿ ") and not blank("A__B")


def test_values_typed_over_underscores_read_without_them_in_the_workbook_and_its_print(tmp_path):
    cells = {
        "A1": "客户抱怨处理单",
        "A2": "投诉编号：___TS-2609-077___",
        "C2": "客户名称：___宁波海天精工___",
        "A3": "投诉日期：___2026年9月6日___",
        "C3": "不良数量：___48台___",
        "A4": "产品型号：___HT-220___",
        "C4": "产品名称：________",
    }
    xlsx = complaint_book(tmp_path / "underline.xlsx", cells)
    for path in (xlsx, printed(xlsx)):
        got = record(path)["record"]
        assert got["number"] == "TS-2609-077" and got["customer"] == "宁波海天精工"
        assert got["received_date"] == "2026-09-06" and got["defect_qty"] == 48
        assert got["part_no"] == "HT-220" and got["part_name"] is None


# ------------------------------------------------------------------------ Chinese numeral dates
@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("二〇二六年三月五日", dt.date(2026, 3, 5)),
        ("二〇二六年十二月三十一日", dt.date(2026, 12, 31)),
        ("二零二六年十月十日", dt.date(2026, 10, 10)),
    ],
)
def test_a_date_in_chinese_numerals_is_that_date(text, date):
    assert parse_date(text) == date


@pytest.mark.parametrize("text", ["二〇二六年十三月五日", "二〇二六年二月三十日", "二〇二六年十十月五日"])
def test_a_date_in_chinese_numerals_that_is_no_date_is_an_error(text):
    with pytest.raises(ValueError):
        parse_date(text)


def test_a_dbnum_date_cell_printed_to_pdf_reads_as_its_date(tmp_path):
    cells = {
        "A1": "客户抱怨处理单",
        "A2": "投诉编号", "B2": "TS-2609-012", "C2": "客户名称", "D2": "宁波海天精工",
        "A3": "投诉日期", "B3": dt.date(2026, 3, 5), "C3": "产品型号", "D3": "HT-220",
    }  # fmt: skip
    xlsx = complaint_book(tmp_path / "dbnum.xlsx", cells)
    from openpyxl import load_workbook

    wb = load_workbook(xlsx)
    wb.active["B3"].number_format = '[DBNum1][$-804]yyyy"年"m"月"d"日"'
    wb.save(xlsx)
    pdf = printed(xlsx)
    assert any("二〇二六年三月五日" in w.text for w in pdfium_words(pdfium.PdfDocument(pdf))[0])
    for path in (xlsx, pdf):
        assert record(path)["record"]["received_date"] == "2026-03-05"


# ------------------------------------------------------------------------------ a blank form
BLANK = {
    "A1": "客户抱怨处理单",
    "A2": "投诉编号", "C2": "客户名称",
    "A3": "投诉日期", "C3": "产品型号",
    "A4": "问题描述",
    "A7": "填表人", "C7": "批准",
}  # fmt: skip


@pytest.mark.parametrize("kind", [None, "complaint", "8d"])
def test_a_blank_form_sent_back_is_said_to_be_empty_and_gives_no_record(tmp_path, kind):
    xlsx = complaint_book(tmp_path / "blank.xlsx", BLANK)
    args = ("--kind", kind) if kind else ()
    for path in (xlsx, printed(xlsx)):
        code, [doc] = parse_cli(path, *args)
        assert code == 2 and doc["record"] is None
        assert [e["code"] for e in doc["errors"]] == ["empty_form"]
        _, [doc] = parse_cli(path, *args, "--lang", "en")
        assert "nothing filled in" in doc["errors"][0]["message"]


def test_a_form_with_one_value_filled_in_is_no_blank(tmp_path):
    doc = record(complaint_book(tmp_path / "one.xlsx", {**BLANK, "B2": "TS-2609-013"}))
    assert doc["record"] is not None and doc["record"]["number"] == "TS-2609-013"
    assert "empty_form" not in {e["code"] for e in doc["errors"]}
