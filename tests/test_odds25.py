"""Small things the twenty-fifth round's helpers noticed (issue 10): a form naming only a state,
province or region (ISO 3166-2, by pycountry) tells which ``Rs.`` / ``kr`` it means (a whole credit
note naming a state: tests/test_reader_silent24.py's rupee table); a file that
is not what its name says (a PostScript print, an HTML page, an RTF, a Word file, a picture named
``.pdf`` / ``.xlsx``) is named for what it is; a Turkmen date (``5-nji mart 2026 ý.``) is read, and the
space before its ``ý.`` kept in a browser's print.

Workbooks built here with openpyxl; values and wording of our own.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from helpers import CHROMIUM, chromium_print, soffice_convert
from PIL import Image

from kesu_docs.parse import parse_paths
from kesu_docs.parse.currency import krone_of, rupee_of
from kesu_docs.parse.pdf import words_of
from kesu_docs.values import parse_date


@pytest.mark.parametrize(
    ("texts", "rupee"),
    [
        (["Plot 14, GIDC Vapi, Gujarat 396195"], "INR"),
        (["Ambattur, TAMIL NADU 600058"], "INR"),  # in capitals
        (["Hosur Road, Karnātaka"], "INR"),  # as ISO writes it
        (["Site, Sindh 74900"], "PKR"),
        (["Peliyagoda, Gampaha"], "LKR"),  # a district of Sri Lanka
        (["Biratnagar, Koshi"], "NPR"),
        (["Dasuya Road, Punjab"], ""),  # India's state and Pakistan's province: neither decided
        (["Ludhiana, Punjab"], "INR"),  # (Ludhiana: a large city of India's, GeoNames')
        (["Western Province"], ""),  # Sri Lanka's, Zambia's, …: words of other places' names
        (["Gujarat", "Sindh"], ""),  # two countries
    ],
)
def test_a_state_or_province_tells_the_rupee(texts: list[str], rupee: str):
    assert rupee_of([*texts, "Rs. 18.50"]) == rupee


@pytest.mark.parametrize(
    ("texts", "krone"),
    [
        (["Leverandør: Region Hovedstaden"], "DKK"),
        (["Oslo er hovedstaden i Norge"], "NOK"),  # Danish region, Norwegian word for the capital
        (["Levereras till lagret i viken"], ""),  # Swedish for the bay, Norway's former county
        (["Stockholms län"], "SEK"),
        (["Västra Götaland"], "SEK"),  # a län without ``län``
        (["Sogndal, Vestland"], "NOK"),
        (["Akureyri, Norðurland eystra"], "ISK"),
        (["Rhode Island"], ""),
    ],
)
def test_a_region_tells_the_krone_and_a_common_word_does_not(texts: list[str], krone: str):
    assert krone_of([*texts, "22.200,00 kr"]) == krone


def test_the_regions_are_looked_for_whether_the_sign_is_typed_or_a_formats():
    """(The twenty-sixth round: a ``kr`` a number format prints is told by the same cues as one
    typed — the workbook and its print, whose texts show the format's ``kr``, alike;
    tests/test_currency_cues26.py.)"""
    assert rupee_of(["Plot 14, GIDC Vapi, Gujarat 396195", "USD 18.50"]) == "INR"
    assert krone_of(["Kungsgatan 4, Stockholm", "Orders: 3"]) == "SEK"
    assert krone_of(["Västra Götaland", "Orders: 3"]) == "SEK"


@pytest.fixture(scope="module")
def documents(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """One complaint written in Word (python-docx), saved by LibreOffice as .doc, .rtf and PDF,
    the PDF printed to PostScript by poppler's pdftops (a printer driver's "print to file"), and a
    photo of it (a PNG)."""
    folder = tmp_path_factory.mktemp("documents")
    word = docx.Document()
    word.add_heading("Customer Complaint", 1)
    word.add_paragraph("Complaint No.: CC-26-0412    Customer: Sarthi Auto Components")
    word.add_paragraph("Part No.: TK-2201    Defect qty: 120")
    made = {"docx": folder / "complaint.docx"}
    word.save(made["docx"])
    for fmt in ("doc", "rtf", "pdf"):
        made[fmt] = soffice_convert(made["docx"], fmt, folder / fmt)
    if shutil.which("pdftops") is None:
        pytest.skip("poppler's pdftops is not installed: apt-get install poppler-utils")
    made["ps"] = folder / "complaint.ps"
    subprocess.run(["pdftops", str(made["pdf"]), str(made["ps"])], check=True, timeout=60)
    made["png"] = folder / "complaint.png"
    Image.new("RGB", (600, 400), "white").save(made["png"])
    return made


@pytest.mark.parametrize(
    ("kind", "named", "code", "said"),
    [
        ("ps", "pdf", "not_a_pdf", ("PostScript print file", "PostScript 打印文件")),
        ("rtf", "pdf", "not_a_pdf", ("Rich Text document (RTF", "RTF 文档")),
        ("docx", "pdf", "not_a_pdf", ("Word document (.docx)", "Word 文档（.docx）")),
        ("doc", "pdf", "not_a_pdf", ("Word 97-2003 document (.doc)", "Word 97-2003 文档（.doc）")),
        ("ps", "xlsx", "not_a_spreadsheet", ("PostScript print file", "PostScript 打印文件")),
        ("rtf", "xlsx", "not_a_spreadsheet", ("Rich Text document (RTF", "RTF 文档")),
        ("docx", "xlsx", "not_a_spreadsheet", ("Word document (.docx)", "Word 文档（.docx）")),
        ("doc", "xls", "not_a_spreadsheet", ("Word 97-2003 document (.doc)", "Word 97-2003 文档（.doc）")),
        ("png", "xlsx", "not_a_spreadsheet", ("picture (PNG", "图片（PNG")),
    ],
)
def test_a_document_under_another_name_is_named_for_what_it_is(
    tmp_path: Path, documents: dict[str, Path], kind: str, named: str, code: str, said: tuple[str, str]
):
    path = tmp_path / f"complaint.{named}"
    shutil.copyfile(documents[kind], path)
    [result] = parse_paths([path])
    assert result.record is None
    [error] = result.errors
    assert error.code == code
    assert said[0] in error.message("en") and said[1] in error.message("zh"), error.message("en")
    assert "corrupt" not in error.message("en")


def test_the_holdouts_postscript_print_is_named_so():
    [result] = parse_paths([Path(__file__).parent / "holdout25" / "odd" / "complaint-print-to-file.pdf"])
    [error] = result.errors
    assert error.code == "not_a_pdf" and "%!PS-Adobe" in error.message("en")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("5-nji mart 2026 ý.", dt.date(2026, 3, 5)),  # Turkmen: the day's ordinal ending, ý. (ýyl)
        ("20-nji aprel 2026 ý.", dt.date(2026, 4, 20)),
        ("9-njy mart 2026 ýyl", dt.date(2026, 3, 9)),
    ],
)
def test_a_turkmen_date_is_read(text: str, day: dt.date):
    assert parse_date(text) == day


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")
def test_a_browsers_turkmen_print_keeps_its_spaces_before_marked_letters(tmp_path: Path):
    """Chromium prints a page's words with no space character between them (in the CJK font a
    Chinese company's template asks for first): PDFium makes one, which the reader keeps between
    two Latin words; ``ý`` (and ``Ş``, ``№``) counts as one."""
    page = tmp_path / "8d.html"
    page.write_text(
        "<html><meta charset='utf-8'><style>body{font-family:'Noto Sans CJK SC',sans-serif;"
        "font-size:10pt}td{border:1px solid #555;padding:4px}</style><body><table>"
        "<tr><td>Şikaýat № / Complaint No.</td><td>TDT-SK-260302</td></tr>"
        "<tr><td>Açylan senesi / Opened</td><td>5-nji mart 2026 ý.</td></tr>"
        "</table></body></html>",
        encoding="utf-8",
    )
    pdf = chromium_print(page, tmp_path / "8d.pdf")
    words, _rules, _form = words_of(pdf.read_bytes())
    texts = [w.text for w in words]
    assert "5-nji mart 2026 ý." in texts, texts
    assert any(t.startswith("Şikaýat № ") or t.startswith("Şikaýat №/") for t in texts), texts
