"""Tick boxes printed in a symbol font read as ticks where the FONT says symbol (issue 10,
twenty-first round): Wingdings ``x`` (a box with an X), Webdings ``a`` / ``c`` (tick / box), Zapf
Dingbats ``4`` / ``o`` (✔ / ❏) — by the generic reader and by a profile learned on another copy.
The same codes in a text font are letters and tick nothing. The PDFs are built in the test
(pypdf: a page whose mark font is named as a Windows print names it)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont

from kesu_docs.parse import parse_paths
from kesu_docs.parse.profile import learn


def _printed(path: Path, mark_font: str, marks: tuple[str, str, str], number: str) -> Path:
    """An English complaint whose three request boxes (Return, Replacement, Allowance) are the
    octal codes ``marks`` set in ``mark_font``, the rest in Helvetica."""
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    writer = PdfWriter()
    page = writer.add_blank_page(595, 842)

    def font(base: str, encoded: bool):
        entries = {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject(base),
        }
        if encoded:
            entries[NameObject("/Encoding")] = NameObject("/WinAnsiEncoding")
        return writer._add_object(DictionaryObject(entries))

    page[NameObject("/Resources")] = DictionaryObject(
        {
            NameObject("/Font"): DictionaryObject(
                {
                    NameObject("/F1"): font("/Helvetica", True),
                    # Zapf Dingbats keeps its own built-in encoding (as a print writes it)
                    NameObject("/F2"): font("/" + mark_font, "Dingbats" not in mark_font),
                }
            )
        }
    )

    def text(f: str, x: float, y: float, s: str) -> str:
        return f"BT /{f} 10 Tf {x} {y} Td ({s}) Tj ET"

    lines = [
        text("F1", 42, 790, "CUSTOMER COMPLAINT FORM"),
        text("F1", 42, 760, "Complaint No.:"),
        text("F1", 160, 760, number),
        text("F1", 42, 740, "Customer:"),
        text("F1", 160, 740, "Northwind Appliance Parts"),
        text("F1", 42, 720, "Customer Request:"),
        text("F2", 160, 720, marks[0]),
        text("F1", 170, 720, "Return"),
        text("F2", 230, 720, marks[1]),
        text("F1", 240, 720, "Replacement"),
        text("F2", 320, 720, marks[2]),
        text("F1", 330, 720, "Allowance"),
        text("F1", 42, 700, "Description:"),
        text("F1", 160, 700, "Burrs on hinge bracket edge"),
    ]
    stream = DecodedStreamObject()
    stream.set_data("\n".join(lines).encode("latin-1"))
    page[NameObject("/Contents")] = writer._add_object(stream)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as fh:
        writer.write(fh)
    return path


# (font, empty box, ticked box) as the font's codes
FONTS = [
    ("Wingdings", "\\250", "x"),  # ¨ a box, x a box with an X
    ("Webdings", "c", "a"),  # c a white square, a a heavy check mark
    ("ZapfDingbats", "o", "4"),  # o ❏, 4 ✔
]


def _read(path: Path) -> dict[str, Any]:
    return parse_paths([path], kind="complaint")[0].to_dict("en")


@pytest.mark.parametrize(("font", "empty", "ticked"), FONTS, ids=[f[0] for f in FONTS])
def test_boxes_printed_in_a_symbol_font_are_ticks_and_in_a_text_font_are_not(tmp_path, font, empty, ticked):
    doc = _read(_printed(tmp_path / "marks.pdf", font, (empty, ticked, empty), "CC-26-0412"))
    assert doc["record"]["customer_request"] == ["replacement"]
    plain = _read(_printed(tmp_path / "plain.pdf", "Helvetica", (empty, ticked, empty), "CC-26-0412"))
    assert plain["record"]["customer_request"] != ["replacement"]


@pytest.mark.parametrize(("font", "empty", "ticked"), FONTS, ids=[f[0] for f in FONTS])
def test_a_profile_learned_on_one_print_reads_the_next_ones_symbol_ticks(
    tmp_path, monkeypatch, font, empty, ticked
):
    (tmp_path / "profiles").mkdir()
    (tmp_path / "kesu.toml").write_text('profiles = "profiles"\n', encoding="utf-8")
    monkeypatch.setenv("KESU_CONFIG", str(tmp_path / "kesu.toml"))
    first = _printed(tmp_path / "1" / "first.pdf", font, (ticked, empty, ticked), "CC-26-0412")
    profile = learn(first, "complaint")
    (tmp_path / "profiles" / "marks.toml").write_text(profile.to_toml(), encoding="utf-8")
    doc = _read(_printed(tmp_path / "2" / "second.pdf", font, (empty, ticked, empty), "CC-26-0577"))
    assert "profile_used" in {w["code"] for w in doc["warnings"]}
    assert doc["record"]["number"] == "CC-26-0577"
    assert doc["record"]["customer_request"] == ["replacement"]


def test_a_webdings_cell_in_a_workbook_is_its_boxes(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws["A1"] = "客户投诉处理单"
    ws["A2"], ws["B2"] = "投诉编号", "TS-2611-08"
    ws["A3"], ws["B3"] = "客户名称", "常州恒立精密"
    mark, plain = InlineFont(rFont="Webdings", sz=11), InlineFont(sz=10)
    ws["A4"] = "客户要求"
    ws["B4"] = CellRichText(
        [TextBlock(mark, "c"), TextBlock(plain, "退货  "), TextBlock(mark, "a"), TextBlock(plain, "换货  ")]
        + [TextBlock(mark, "c"), TextBlock(plain, "折让")]
    )
    ws["A5"], ws["B5"] = "不良描述", "端盖毛刺划伤密封圈"
    path = tmp_path / "webdings.xlsx"
    wb.save(path)
    assert _read(path)["record"]["customer_request"] == ["replacement"]


def test_the_font_of_a_text_object_is_asked_once_however_many_of_its_letters_may_be_marks(
    tmp_path: Path, monkeypatch
) -> None:
    """``a``, ``c``, ``x`` are ticks in a symbol font: every word starting with one asks the font
    of its mark letters. A text object has one font: PDFium is asked once an object (issue 15),
    and the words stay words."""
    import pypdfium2 as pdfium
    from fpdf import FPDF

    from kesu_docs.parse import pdf_text

    line = "accepted cancel xerox access cactus axe acacia excess"
    pdf = FPDF(unit="pt", format="A4")
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    for y in (60, 80, 100):
        pdf.text(40, y, line)
    path = tmp_path / "letters.pdf"
    pdf.output(str(path))

    # (asked through pdfium_calls, PDFium's per-character functions without ctypes' converters)
    real, calls = pdf_text.pdfium_calls, []

    class Counted:
        def __getattr__(self, name: str):
            return getattr(real, name)

        @staticmethod
        def FPDFText_GetFontInfo(*args):  # (PDFium's name)
            calls.append(args[1])
            return real.FPDFText_GetFontInfo(*args)

    monkeypatch.setattr(pdf_text, "pdfium_calls", Counted())
    doc = pdfium.PdfDocument(path.read_bytes())
    try:
        words, _rules = pdf_text.pdfium_words(doc)
    finally:
        doc.close()
    assert " ".join(w.text for w in words if w.top < 70) == line  # no letter taken for a box
    assert 1 <= len(calls) <= 3  # three lines, three text objects


def test_a_symbol_font_cells_runs_in_a_text_font_stay_words(tmp_path):
    """A cell styled in Webdings whose rich text starts with a run of no font of its own (the
    cell's: a tick) and goes on in Calibri: only that first run's letters are boxes, ``accepted``
    stays a word; a run with properties but no font is the cell's font too."""
    from openpyxl.styles import Font

    from kesu_docs.parse.excel import read_workbook

    calibri, bold = InlineFont(rFont="Calibri", sz=10), InlineFont(b=True)
    wb = Workbook()
    ws = wb.active
    ws["A1"] = CellRichText(
        ["a", TextBlock(calibri, " accepted  "), TextBlock(bold, "c"), TextBlock(calibri, " rework")]
    )
    ws["A2"] = "ac"  # plain text in the Webdings cell: its letters are all boxes
    for ref in ("A1", "A2"):
        ws[ref].font = Font(name="Webdings", size=11)
    path = tmp_path / "webdings_style.xlsx"
    wb.save(path)
    sheet = read_workbook(path.read_bytes()).sheets[0]
    texts = {b.location.rpartition("!")[2]: b.text for b in sheet.boxes}
    assert texts["A1"] == "✓ accepted  ☐ rework"
    assert texts["A2"] == "✓☐"
