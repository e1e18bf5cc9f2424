"""Blank forms that print right: full-size Excel blanks, labels whole, signatures, every hanzi in the fillable PDF."""

from __future__ import annotations

import collections
import io
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from rich.cells import cell_len

from kesu_docs import forms
from kesu_docs.blank.excel import write_blank as write_excel
from kesu_docs.blank.pdf import font_available, windows_fonts_dir
from kesu_docs.blank.pdf import write_blank as write_pdf
from kesu_docs.config import Settings

RARE = "鑫晟昊琦淼焱"  # common in company and person names, missing from GB 2312 level 1
KINDS = [spec.kind for spec in forms.all_specs()]
needs_office = pytest.mark.skipif(
    shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed"
)
needs_font = pytest.mark.skipif(not font_available(), reason="no CJK font to embed: install fonts-noto-cjk")


def text_of(pdf: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True
    ).stdout


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> dict[str, Path]:
    """Each Excel blank printed to PDF by LibreOffice, as a clerk prints it."""
    out = tmp_path_factory.mktemp("blanks")
    books = [write_excel(forms.get(kind), out / f"{kind}.xlsx") for kind in KINDS]
    with __import__("tempfile").TemporaryDirectory() as profile:
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation={Path(profile).as_uri()}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                str(out),
                *map(str, books),
            ],
            capture_output=True,
            timeout=600,
            check=True,
        )
    return {kind: out / f"{kind}.pdf" for kind in KINDS}


@needs_office
@pytest.mark.libreoffice
@pytest.mark.parametrize("kind", KINDS)
def test_each_excel_blank_prints_on_a4_at_85_percent_or_more(printed, kind):
    import pdfplumber

    with pdfplumber.open(printed[kind]) as pdf:
        assert all(abs(p.width - 595) < 2 and abs(p.height - 842) < 2 for p in pdf.pages)
        sizes = collections.Counter(round(ch["size"], 1) for p in pdf.pages for ch in p.chars)
        pages = len(pdf.pages)
    label_size = sizes.most_common(1)[0][0]  # the labels and headings are set in 10 pt
    assert label_size / 10 >= 0.85, f"{kind} prints at {label_size * 10:.0f} %"
    if kind == "8d":
        assert pages >= 2  # laid out over pages, not squeezed onto one


@needs_office
@pytest.mark.libreoffice
@pytest.mark.parametrize("kind", KINDS)
def test_each_excel_blank_carries_the_effective_date_and_the_signature_row(printed, kind):
    text = re.sub(r"\s+", " ", text_of(printed[kind]))
    assert f"生效日期 {Settings().effective_date}" in text
    assert all(word in text for word in ("制作", "审核", "核准"))


@pytest.mark.parametrize("kind", KINDS)
def test_no_label_of_an_excel_blank_is_clipped(tmp_path, kind):
    ws = load_workbook(write_excel(forms.get(kind), tmp_path / "b.xlsx")).worksheets[0]
    spans = {}
    for merged in ws.merged_cells.ranges:
        spans[(merged.min_row, merged.min_col)] = merged
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            if not isinstance(cell.value, str):
                continue
            merged = spans.get((cell.row, cell.column))
            if merged is not None and merged.max_row > merged.min_row:
                continue  # a text area's label, with rows of room
            cols = range(cell.column, (merged.max_col if merged else cell.column) + 1)
            width = sum(ws.column_dimensions[get_column_letter(c)].width for c in cols)
            lines = int((ws.row_dimensions[cell.row].height or 15) // 13)  # ~13 pt a line of 10 pt text
            assert cell_len(cell.value) <= lines * (width - 1), (
                f"{kind} {cell.coordinate} {cell.value!r} is clipped"
            )


@pytest.fixture(scope="module")
def pdf_blanks(tmp_path_factory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("fillable")
    return {kind: write_pdf(forms.get(kind), out / f"{kind}.pdf") for kind in KINDS}


def embedded_font(pdf: Path):
    from fontTools.ttLib import TTFont
    from pypdf import PdfReader

    font = PdfReader(str(pdf)).pages[0]["/Resources"]["/Font"]["/F1"]
    descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
    stream = descriptor.get("/FontFile3") or descriptor.get("/FontFile2")
    return TTFont(io.BytesIO(stream.get_object().get_data())), font["/DescendantFonts"][0].get_object()[
        "/Subtype"
    ]


@needs_font
def test_the_fillable_pdf_font_holds_every_cjk_ideograph_its_font_has(pdf_blanks):
    from fontTools.ttLib import TTFont

    from kesu_docs.blank.pdf import _font_file

    file, index = _font_file()
    source = {u for u in TTFont(file, fontNumber=index, lazy=True).getBestCmap() if 0x4E00 <= u <= 0x9FFF}
    for pdf in pdf_blanks.values():
        cmap = embedded_font(pdf)[0].getBestCmap()
        assert all(ord(c) in cmap for c in RARE)
        assert source <= set(cmap)  # every CJK Unified Ideograph the font has
        assert pdf.stat().st_size < 12_000_000  # compressed: a file to mail


@needs_font
@pytest.mark.parametrize("kind", KINDS)
def test_fillable_pdf_blanks_carry_the_effective_date_and_signatures_and_no_nearly_empty_page(
    pdf_blanks, kind
):
    import pdfplumber

    text = re.sub(r"\s+", " ", text_of(pdf_blanks[kind]))
    assert f"生效日期 {Settings().effective_date}" in text and "制作" in text and "核准" in text
    with pdfplumber.open(pdf_blanks[kind]) as pdf:
        if kind == "complaint":
            assert len(pdf.pages) == 1  # one page, as the paper form
        last = pdf.pages[-1]
        lowest = max(r["bottom"] for r in last.rects)
        assert len(pdf.pages) == 1 or lowest > last.height / 3  # a further page is more than a few rows


@needs_font
def test_a_windows_pc_font_is_found_without_kesu_cjk_font(tmp_path, monkeypatch):
    wqy = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
    if not wqy.is_file():
        pytest.skip("fonts-wqy-microhei (a TrueType CJK font standing in for SimSun) is not installed")
    fonts = tmp_path / "Windows" / "Fonts"
    fonts.mkdir(parents=True)
    (fonts / "MSYH.TTC").symlink_to(wqy)  # Microsoft YaHei, as Windows names it (case is not significant)
    monkeypatch.setenv("WINDIR", str(tmp_path / "Windows"))
    monkeypatch.delenv("KESU_CJK_FONT", raising=False)
    assert windows_fonts_dir() == fonts
    from kesu_docs.blank.pdf import _font_file

    assert _font_file() == (str(fonts / "MSYH.TTC"), 0)
    (fonts / "simsun.ttc").symlink_to(wqy)
    assert _font_file() == (str(fonts / "simsun.ttc"), 0)  # SimSun first, as the documents' 宋体
    pdf = write_pdf(forms.get("complaint"), tmp_path / "客户抱怨处理单.pdf")
    font, subtype = embedded_font(pdf)
    assert subtype == "/CIDFontType2" and "glyf" in font  # TrueType outlines, embedded as such
    assert all(ord(c) in font.getBestCmap() for c in RARE)
    assert "客户抱怨处理单" in text_of(pdf)  # the labels print with that font
