"""A figure right-aligned in one cell and the text left-aligned in the next, printed with no
border between them, stand closer than a word space: PDFium and pdfminer give them as one
run (``75 Due``, ``400件``) and both fields were lost. The run is split where its second part
starts where a column's text starts on a nearby line (kesu_docs/parse/pdf_text.py,
``_apart_at_columns``); a value typed with spaces or set evenly stays whole."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium

from kesu_docs.parse.pdf_text import pdfium_words, pdfplumber_words


def unruled_grid(path: Path) -> Path:
    """Labels at x=50 and 300, values at 150 and 380, no borders; ``75`` right-aligned in its
    value cell, ending 1.7 pt before ``Due``, the label of the next column."""
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)

    def put(x: float, y: float, text: str, *, right: float | None = None) -> None:
        pdf.text(x if right is None else right - pdf.get_string_width(text), y, text)

    put(50, 80, "Customer")
    put(150, 80, "Acme Ltd")
    put(300, 80, "Part number")
    put(380, 80, "VL-SW-2290")
    put(50, 95, "Complaint qty")
    put(0, 95, "75", right=298.3)
    put(300, 95, "Due")
    put(380, 95, "2026-04-09")
    put(50, 110, "Part name")
    put(150, 110, "Seat harness 5-pin")
    put(300, 110, "Amount")
    put(0, 110, "12,600.00", right=460)
    # a date set as three texts a space apart, its middle part under a column's start
    put(50, 125, "Dated")
    middle = 150 + pdf.get_string_width("2026 ")
    put(150, 125, "2026")
    put(middle, 125, "03")
    put(150 + pdf.get_string_width("2026 03 "), 125, "05")
    put(50, 140, "Batch")
    put(middle, 140, "B7")
    # a figure with a no-break space between its thousands whose second group starts under a
    # column's start, and two words of a name printed apart with no space, the second there too
    put(50, 155, "Defect qty")
    put(300 - pdf.get_string_width("1\u00a0"), 155, "1\u00a0250")
    put(50, 170, "Buyer")
    put(300 - pdf.get_string_width("Great") - 1.7, 170, "Great")
    put(300, 170, "Wall")
    pdf.output(str(path))
    return path


def test_a_right_aligned_figure_and_the_next_cells_label_are_two_words(tmp_path):
    pdf = unruled_grid(tmp_path / "grid.pdf")
    by_pdfium = [w.text for w in pdfium_words(pdfium.PdfDocument(pdf))[0]]
    assert "75" in by_pdfium and "Due" in by_pdfium
    assert not any("75" in t and "Due" in t for t in by_pdfium)
    # values that are one stay one: typed spaces, one font's figures, an evenly spaced date
    assert {"Seat harness 5-pin", "12,600.00", "2026 03 05", "Part number"} <= set(by_pdfium)


def test_only_a_figure_parts_from_the_text_after_it(tmp_path):
    # a figure from a figure (``1 250``), a word from a word (``Great Wall``) never: a review
    # read 1250 as 1 and a customer "Great Wall" as "Great", silently
    pdf = unruled_grid(tmp_path / "grid.pdf")
    for words in (
        [w.text for w in pdfium_words(pdfium.PdfDocument(pdf))[0]],
        [w.text for w in pdfplumber_words(pdf.read_bytes())[0]],
    ):
        assert "250" not in words and "Wall" not in words, words
        assert any(t.startswith("1") and t.endswith("250") for t in words)


def test_pdfminer_letters_are_split_at_the_same_place(tmp_path):
    pdf = unruled_grid(tmp_path / "grid.pdf")
    by_pdfplumber = [w.text for w in pdfplumber_words(pdf.read_bytes())[0]]
    assert "75" in by_pdfplumber and "Due" in by_pdfplumber
    assert {"Seat harness 5-pin", "12,600.00"} <= set(by_pdfplumber)


CJK = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")  # .ci/run installs fonts-noto-cjk


def _complaint_print(path: Path, rows: list[tuple[str, list[str], float]]) -> Path:
    """A borderless complaint sheet: each label at x=20 mm, its value's words printed one by one
    from x (mm) with a word's gap and no space character between them (a browser's print)."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("cjk", "", str(CJK))
    pdf.set_font("cjk", size=16)
    pdf.set_xy(20, 15)
    pdf.cell(170, 10, "客户抱怨处理单", align="C")
    pdf.set_font("cjk", size=10)
    y = 40.0
    for label, words, x in rows:
        pdf.text(20, y, label)
        for word in words:
            pdf.text(x, y, word)
            x += pdf.get_string_width(word) + 2.6 / 72 * 25.4
        y += 7
    pdf.output(str(path))
    return path


def test_a_figure_and_a_name_on_a_print_stay_whole_under_a_columns_start(tmp_path):
    import pytest

    from tests.helpers import parse_cli

    if not CJK.exists():
        pytest.skip("fonts-noto-cjk is not installed (.ci/run installs it)")
    from fpdf import FPDF

    width = FPDF()
    width.add_font("cjk", "", str(CJK))
    width.set_font("cjk", size=10)
    wall = 55 + width.get_string_width("Great") + 2.6 / 72 * 25.4  # where "Wall" starts
    thousands = 55 + width.get_string_width("1\u00a0")  # where "250" starts
    pdf = _complaint_print(
        tmp_path / "complaint.pdf",
        [
            ("客诉编号", ["KS-2026-0311"], 55),
            ("客户名称", ["Great", "Wall"], 55),
            ("日期", ["2026-03-05"], wall),  # a column's text starting under "Wall"
            ("批量", ["600"], thousands),
            ("不良数量", ["1\u00a0250"], 55),
        ],
    )
    _, docs = parse_cli(pdf)
    record = docs[0]["record"]
    assert record["customer"] == "Great Wall"
    assert record["defect_qty"] == 1250
