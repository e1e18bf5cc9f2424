"""Right-to-left PDFs, twenty-fourth round: glyphs with no text, presentation forms, words split
into glyph runs, one run whose side the print cannot show, Hebrew count words, the "not a form"
quote. Pages of our own printed by headless Chromium with ``dir="rtl"`` (and LibreOffice from a
workbook), read by the generic reader: never a misread passed silently."""

from __future__ import annotations

import html
import re
import unicodedata
from pathlib import Path
from typing import Any

import openpyxl
import pypdf
import pytest
from helpers import (
    RTL_CSS,
    chromium_page,
    needs_chromium,
    needs_soffice,
    rtl_page,
    rtl_table,
    soffice_convert,
)
from pypdf.generic import NameObject

from kesu_docs.parse import parse_paths
from kesu_docs.parse.rtl import NO_TEXT, lost_letters, order_unsure, reading_order, words_read
from kesu_docs.parse.units import count_value
from kesu_docs.parse.vocab import norm
from kesu_docs.values import halfwidth


def _td(text: str, attrs: str = "") -> str:
    return f"{attrs}>{html.escape(text)}"


def _read(path: Path) -> dict[str, Any]:
    return parse_paths([path], kind="complaint")[0].to_dict("en")


def _codes(doc: dict[str, Any]) -> list[tuple[str, str]]:
    return [(p["code"], p["field"]) for p in doc["warnings"] + doc["errors"]]


# ---------------------------------------------------------------------------------- 1. lost glyphs
URDU = [
    ("شکایت نمبر / Complaint No.", _td("PS-2026-0091")),
    ("صارف / Customer", _td("پاک سوزوکی موٹر کمپنی")),
    ("پارٹ نمبر / Part No.", _td("PSM-BRK-7712")),
    ("خراب مقدار / Defect Qty", _td("150")),
    ("خرابی کی تفصیل / Description", _td("بریک پیڈ میں دراڑ")),
]


def _without_text_for(pdf: Path, out: Path, letters: str) -> Path:
    """``pdf`` with its fonts' ToUnicode maps leaving out every glyph that stood for one of
    ``letters`` (or one of their joined forms, U+FB50–U+FEFC): what a Nastaliq font's joined
    forms give, the glyph printed and no text for it."""
    gone = set(letters)
    gone |= {chr(c) for c in range(0xFB50, 0xFEFD) if unicodedata.normalize("NFKC", chr(c)) in gone}
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(pdf))
    dropped = 0
    for page in writer.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            if "/ToUnicode" not in font:
                continue
            stream = font["/ToUnicode"].get_object()
            cmap = stream.get_data().decode("latin-1")
            pairs: dict[int, str] = {}
            for a, b in re.findall(
                r"<([0-9A-F]+)> <([0-9A-F]+)>\n", _between(cmap, "beginbfchar", "endbfchar")
            ):
                pairs[int(a, 16)] = bytes.fromhex(b).decode("utf-16-be")
            for a, z, b in re.findall(
                r"<([0-9A-F]+)> <([0-9A-F]+)> <([0-9A-F]+)>", _between(cmap, "beginbfrange", "endbfrange")
            ):
                for k in range(int(a, 16), int(z, 16) + 1):
                    pairs[k] = chr(int(b, 16) + k - int(a, 16))
            kept = {k: v for k, v in pairs.items() if v not in gone}
            dropped += len(pairs) - len(kept)
            entries = "".join(
                f"<{k:04X}> <{v.encode('utf-16-be').hex().upper()}>\n" for k, v in sorted(kept.items())
            )
            head = cmap[: cmap.index("endcodespacerange") + len("endcodespacerange")]
            stream.set_data(
                f"{head}\n{len(kept)} beginbfchar\n{entries}endbfchar\nendcmap\n"
                "CMapName currentdict /CMap defineresource pop\nend\nend\n".encode("latin-1")
            )
            font[NameObject("/ToUnicode")] = stream.indirect_reference or stream
    assert dropped, "no glyph of those letters in the print"
    writer.write(out)
    return out


def _between(text: str, start: str, end: str) -> str:
    return "".join(part.split(end)[0] for part in text.split(start)[1:])


@needs_chromium
def test_a_glyph_with_no_text_is_kept_as_a_mark_and_warned_never_dropped(tmp_path: Path) -> None:
    printed = rtl_page(tmp_path, "urdu", "ur", "صارف کی شکایت / Customer Complaint", URDU)
    whole = _read(printed)
    assert whole["record"]["customer"] == "پاک سوزوکی موٹر کمپنی"
    assert "letter_without_text" not in {c for c, _f in _codes(whole)}
    # the same print whose ToUnicode maps give no text for ک (as a Nastaliq font's joined forms)
    lost = _read(_without_text_for(printed, tmp_path / "lost.pdf", "ک"))
    customer = lost["record"]["customer"]
    # every other letter in its place, each ک a mark: never dropped, never another letter
    assert customer.replace(NO_TEXT, "ک") == "پاک سوزوکی موٹر کمپنی", customer
    # (PDFium finds a joined form's letter by its glyph's name where the font has one, uniFB90)
    assert NO_TEXT in customer
    said = [p for p in lost["warnings"] if p["code"] == "letter_without_text"]
    assert [p["field"] for p in said] == ["customer"], _codes(lost)
    assert "no text" in said[0]["message"] and "�" in said[0]["message"]
    assert "没有给出文字" in _read_zh(tmp_path / "lost.pdf")
    # the values without the letter are read as before, unwarned
    assert {k: lost["record"][k] for k in ("number", "part_no", "defect_qty")} == {
        k: whole["record"][k] for k in ("number", "part_no", "defect_qty")
    }


def _read_zh(path: Path) -> str:
    doc = parse_paths([path], kind="complaint")[0].to_dict("zh")
    return " ".join(p["message"] for p in doc["warnings"])


@pytest.mark.parametrize(
    ("text", "unmapped", "kept"),
    [
        ("صارف پا׃ سوزձیک", (), "صارف پا� سوز�یک"),  # glyph numbers read as Hebrew, Armenian letters
        ("ةعطق \x14\x0f\x15", (), "ةعطق ���"),  # glyph numbers below 32 (no ToUnicode at all)
        ("موٹرᐁ کمپنی", (), "موٹر� کمپنی"),  # a glyph number in the Canadian syllabics
        ("Date/خیرات GF-HSG-3302", (), "Date/خیرات GF-HSG-3302"),  # Latin apart from the letters
        ("۱۲ عددPCS", (), "۱۲ عددPCS"),  # ASCII glued to the letters: typed so
        ("موٹر کمپنی", (2,), "مو�ر کمپنی"),  # PDFium says the glyph's map has none
        ("موٹر کمپنی", (4,), "موٹر کمپنی"),  # (a space is no glyph)
    ],
)
def test_lost_letters_marks_each_glyph_without_text(text, unmapped, kept):
    assert lost_letters(text, unmapped) == kept


# ---------------------------------------------------------------------------------- 2. presentation forms
def test_presentation_forms_match_as_their_base_letters():
    # ﺍﻟﻌﻤﻴﻞ / ﻗﻄﻌﺔ typed in their joined shapes (an old tool, a PDF's text layer copied)
    assert norm("ﺍﻟﻌﻤﻴﻞ") == norm("العميل") == "العميل"
    assert halfwidth("ﻻ ﺷﺮﻛﺔ ٦٤") == "لا شركة 64"
    assert count_value("٦٤ ﻗﻄﻌﺔ") == count_value("٦٤ قطعة") == 64


@needs_soffice
def test_a_workbook_in_presentation_forms_is_read_as_its_base_letters(tmp_path: Path) -> None:
    """A workbook whose Arabic labels' halves and counts are typed in presentation forms, read
    as it is and as LibreOffice prints it: the counts read, the labels found."""
    rows = [
        ("Complaint No. / ﺭﻗﻢ ﺍﻟﺸﻜﻮﻯ", "GC-26-0455"),
        ("Customer / ﺍﻟﻌﻤﻴﻞ", "ﻣﺼﻨﻊ ﺍﻟﺮﻳﺎﺽ"),
        ("Part No. / ﺭﻗﻢ ﺍﻟﻘﻄﻌﺔ", "GF-HSG-3307"),
        ("Delivered Qty / ﺍﻟﻜﻤﻴﺔ ﺍﻟﻤﺴﻠﻤﺔ", "٨٠٠٠ ﻗﻄﻌﺔ"),
        ("Defect Qty / ﺍﻟﻜﻤﻴﺔ ﺍﻟﻤﻌﻴﺒﺔ", "١٥٠ ﻗﻄﻌﺔ"),
    ]
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Customer Complaint / ﺷﻜﻮﻯ ﻋﻤﻴﻞ"])
    for row in rows:
        sheet.append(list(row))
    sheet.column_dimensions["A"].width = 32
    sheet.column_dimensions["B"].width = 18
    xlsx = tmp_path / "form.xlsx"
    book.save(xlsx)
    for path in (xlsx, soffice_convert(xlsx, "pdf", tmp_path / "pdf")):
        doc = _read(path)
        record = doc["record"]
        assert (record["ship_qty"], record["defect_qty"]) == (8000, 150), (path.suffix, _codes(doc))
        assert record["number"] == "GC-26-0455"


# ---------------------------------------------------------------------------------- 3. glyph runs
@needs_chromium
def test_an_arabic_word_split_into_glyph_runs_is_read_as_one_word(tmp_path: Path) -> None:
    """A customer's name with part of a word in bold and part in red: Chromium draws each part
    as a glyph run of its own; the word is read whole, as written."""
    rows = [
        ("رقم الشكوى / Complaint No.", _td("GC-26-0417")),
        ("العميل / Customer", '><span style="color:#c00">شر</span>كة الخليج <b>للصن</b>اعات'),
        ("رقم القطعة / Part No.", _td("GF-HSG-3302")),
        ("وصف العيب / Description", '>تسرب <span style="color:#06c">زي</span>ت عند <i>الحشية</i>'),
    ]
    doc = _read(rtl_page(tmp_path, "runs", "ar", "شكوى عميل / Customer Complaint", rows))
    assert doc["record"]["customer"] == "شركة الخليج للصناعات", _codes(doc)
    assert doc["record"]["description"] == "تسرب زيت عند الحشية"


# ---------------------------------------------------------------------------------- 4. one run's side
@pytest.mark.parametrize(
    ("glyphs", "unsure"),
    [
        ("1,200 ةعطق", True),  # 1,200 قطعة set left to right, or قطعة 1,200 set right to left
        ("GF-HSG-3302 ةعطق", True),  # a code's side of a word
        ("ةعطق GF-HSG-3302", True),
        ("ةعطق 1,200", False),  # the number at the letters' right: written first
        ("۱٬۲۰۰ ددع", False),  # Arabic-Indic digits: the writer's own figures
        ("Delta Tools :קפס", False),  # the colon tells
        ("2026/03/05 م", False),
    ],
)
def test_one_run_at_a_line_end_is_unsure_where_its_side_is_a_guess(glyphs, unsure):
    assert order_unsure(glyphs) is unsure


@needs_chromium
def test_a_value_whose_only_right_to_left_run_ends_it_is_warned(tmp_path: Path) -> None:
    """A right-to-left page whose delivered quantity is typed ``1,200 قطعة`` in a cell set left
    to right: the print draws it as ``قطعة 1,200`` set right to left would be; read 1200 and
    warned; the plain Arabic count beside it is not."""
    rows = [
        ("رقم الشكوى / Complaint No.", _td("GC-26-0417")),
        ("العميل / Customer", _td("شركة الخليج للصناعات")),
        ("الكمية المسلمة / Delivered Qty", _td("1,200 قطعة", ' dir="ltr"')),
        ("الكمية المعيبة / Defect Qty", _td("٦٤ قطعة")),
    ]
    doc = _read(rtl_page(tmp_path, "qty", "ar", "شكوى عميل / Customer Complaint", rows))
    assert (doc["record"]["ship_qty"], doc["record"]["defect_qty"]) == (1200, 64)
    assert [f for c, f in _codes(doc) if c == "reading_order_unsure"] == ["ship_qty"], _codes(doc)


# ---------------------------------------------------------------------------------- 5. Hebrew units
@pytest.mark.parametrize("text", ["1,200 יח׳", "1,200 יח'", "1,200 יחידות"])
def test_hebrew_count_words_are_the_count_s_unit(text):
    assert count_value(text) == 1200


@needs_chromium
def test_a_hebrew_count_with_its_geresh_unit_is_read(tmp_path: Path) -> None:
    rows = [
        ("מספר תלונה / Complaint No.", _td("TL-2026-0342")),
        ("לקוח / Customer", _td("מפעלי גליל בע״מ")),
        ("כמות שסופקה / Delivered Qty", _td("8,000 יח׳")),
        ("כמות פגומה / Defect Qty", _td("150 יח׳")),
    ]
    doc = _read(rtl_page(tmp_path, "he", "he", "תלונת לקוח / Customer Complaint", rows))
    assert (doc["record"]["ship_qty"], doc["record"]["defect_qty"]) == (8000, 150), _codes(doc)


# ---------------------------------------------------------------------------------- 6. the quote
@needs_chromium
def test_not_a_form_quotes_right_to_left_words_as_written(tmp_path: Path) -> None:
    rows = [("رقم الشحنة", _td("SH-26-0417")), ("اسم المورد", _td("شركة الخليج للصناعات"))]
    doc = _read(rtl_page(tmp_path, "note", "ar", "إشعار شحن", rows))
    said = [p for p in doc["errors"] if p["code"] == "not_a_form"]
    assert said, _codes(doc)
    found = said[0]["message"].split("words found:")[1]
    assert "إشعار شحن" in found and "رقم الشحنة SH-26-0417" in found, found
    assert "اسم المورد شركة الخليج" in found
    assert "نحش راعشإ" not in found


def test_words_read_takes_a_right_to_left_line_from_the_right():
    class W:
        def __init__(self, text: str, x0: float, top: float = 10.0) -> None:
            self.text, self.page, self.x0, self.x1, self.top = text, 1, x0, x0 + 40, top

    words = [W("GC-26-0417", 100), W("ىوكشلا مقر", 300), W("Customer", 20, 30), W("Al Futtaim", 100, 30)]
    assert words_read(words) == ["رقم الشكوى", "GC-26-0417", "Customer", "Al Futtaim"]
    assert reading_order("ىوكشلا مقر") == "رقم الشكوى"


# ---------------------------------------------------------------------------------- more: tables, digits, wraps
RETURN_NOTE = """<h2>إشعار إرجاع بضاعة / GOODS RETURN NOTE</h2>
<table><tr><th>رقم الإرجاع / Return No.</th><td>RTN-DXB-26-0117</td><th>التاريخ / Date</th><td>٠٥/٠٣/٢٠٢٦</td></tr>
<tr><th>العميل / Customer</th><td>Al Futtaim Auto Parts LLC</td><th>رقم الشكوى / Complaint No.</th><td>AF-QC-26-0208</td></tr></table>
<table><tr><th>رقم القطعة / Part No.</th><th>الوصف / Description</th><th>المعتمد / Approved</th>
<th>المرتجع / Returned</th><th>سعر الوحدة / Unit Price</th><th>المبلغ / Amount</th></tr>
<tr><td>AF-FLT-3301</td><td>Oil filter</td><td>۱٬۲۰۰</td><td>۱٬۲۰۰</td><td>AED ۸٫۵۰</td><td>AED ۱۰٬۲۰۰٫۰۰</td></tr>
<tr><td>AF-FLT-3302</td><td>Air filter</td><td>600</td><td>588</td><td>AED 14.25</td><td>AED 8,379.00</td></tr></table>
<table><tr><th>سبب الإرجاع / Reason</th><td>Gasket not seated on ۱۴۰۴/۱۲/۱۴; oil leak at assembly.</td></tr>
<tr><th>الإجراء / Disposition</th><td>إتلاف / Scrap</td></tr>
<tr><th>استلمه / Received by</th><td>Rashid Khan</td><th>اعتمده / Approved by</th><td>Omar Haddad</td></tr></table>"""


@needs_chromium
def test_a_right_to_left_page_with_a_table_and_arabic_indic_figures_is_read(tmp_path: Path) -> None:
    """A return note laid out right to left: two label | value pairs a row, a table whose first
    column is at the right edge, a date in Arabic-Indic digits, amounts with the Persian decimal
    separator ٫ and grouping ٬, a Latin sentence ending in a stop. Read as its left-to-right twin
    is: the date's digits no longer hide that the page is right to left."""
    doc = parse_paths([chromium_page(tmp_path, "rtl", RETURN_NOTE)])[0].to_dict("en")
    twin = parse_paths([chromium_page(tmp_path, "ltr", RETURN_NOTE, "en", way="ltr")])
    record = doc["record"]
    assert record["number"] == "RTN-DXB-26-0117" and record["complaint_number"] == "AF-QC-26-0208"
    assert record["customer"] == "Al Futtaim Auto Parts LLC" and record["issue_date"] == "2026-03-05"
    assert [(i["part_no"], i["part_name"], i["qty_approved"], i["qty_returned"], i["unit_price"], i["amount"])
            for i in record["items"]] == [
        ("AF-FLT-3301", "Oil filter", 1200, 1200, "8.50", "10200.00"),
        ("AF-FLT-3302", "Air filter", 600, 588, "14.25", "8379.00"),
    ]  # fmt: skip
    assert record["reason"] == "Gasket not seated on ۱۴۰۴/۱۲/۱۴; oil leak at assembly."
    assert (record["handling"], record["approved_by"], record["warehouse_receiver"]) == (
        ["scrap"],
        "Omar Haddad",
        "Rashid Khan",
    )
    assert twin[0].to_dict("en")["record"]["items"] == record["items"]


@needs_chromium
def test_a_wrapped_right_to_left_value_is_read_line_by_line_in_order(tmp_path: Path) -> None:
    """A description wrapped over three lines of a narrow cell: read first line first (joined in
    the glyphs' order, the bidirectional algorithm put the last line first)."""
    said = "تسرب زيت عند الحشية بعد ساعات من التشغيل المتواصل في خط التجميع الثاني لدى العميل"
    rows = [
        ("رقم الشكوى / Complaint No.", _td("GC-26-0417")),
        ("العميل / Customer", _td("شركة الخليج للصناعات")),
        ("رقم القطعة / Part No.", _td("GF-HSG-3302")),
        ("وصف العيب / Description", _td(said)),
    ]
    narrow = RTL_CSS.replace("width:90%", "width:55%")
    body = rtl_table("شكوى عميل / Customer Complaint", rows)
    doc = _read(chromium_page(tmp_path, "wrapped", body, css=narrow))
    assert doc["record"]["description"] == said, _codes(doc)
    assert doc["record"]["customer"] == "شركة الخليج للصناعات"
    assert (doc["record"]["number"], doc["record"]["part_no"]) == ("GC-26-0417", "GF-HSG-3302")


@pytest.mark.parametrize(
    ("text", "put_back"),
    [
        ("رقم القطعة / Part .No", "رقم القطعة / Part No."),
        (".oil leak at assembly", "oil leak at assembly."),  # a sentence's stop, at its end
        (".Gasket not seated; oil leak", "Gasket not seated; oil leak."),
        ("رقم الشكوى / .Complaint No", "رقم الشكوى / Complaint No."),
        ("approx .5 mm", "approx .5 mm"),  # a figure's point stays
    ],
)
def test_a_latin_run_s_turned_stop_goes_back_to_its_end(text, put_back):
    from kesu_docs.parse.rtl import unturned_stops

    assert unturned_stops(text) == put_back


@needs_chromium
def test_a_profile_warns_a_value_with_a_glyph_without_text(office: Path) -> None:
    """A layout profile learned on the whole Urdu print reads a copy whose ToUnicode maps leave
    ک out: the customer read with its marks and warned, as the generic reader does."""
    from kesu_docs.parse.profile import learn

    blank = rtl_page(
        office, "blank", "ur", "صارف کی شکایت / Customer Complaint", [(k, ">") for k, _v in URDU]
    )
    first = rtl_page(office, "first", "ur", "صارف کی شکایت / Customer Complaint", URDU)
    places = {"number": URDU[0][0], "customer": URDU[1][0], "part_no": URDU[2][0], "defect_qty": URDU[3][0]}
    (office / "profiles" / "ur.toml").write_text(
        learn(first, "complaint", places, blank=blank).to_toml(), encoding="utf-8"
    )
    doc = _read(_without_text_for(first, office / "lost.pdf", "ک"))
    codes = _codes(doc)
    assert ("profile_used", "") in codes
    assert [f for c, f in codes if c == "letter_without_text"] == ["customer"], codes
    assert doc["record"]["customer"].replace(NO_TEXT, "ک") == "پاک سوزوکی موٹر کمپنی"
    assert (doc["record"]["number"], doc["record"]["defect_qty"]) == ("PS-2026-0091", 150)


@needs_chromium
def test_latin_text_with_arabic_indic_dates_on_a_right_to_left_page(tmp_path: Path) -> None:
    """English values holding Arabic-Indic figures on a page laid out right to left: the
    bidirectional algorithm draws each figure as a run of its own, so the glyphs stand in another
    order (``at incoming ٠٤/٠٣/٢٠٢٦ Leak found on``). Read as written; a date whose month is
    named reads the same either way, a sentence is warned (it may have been set left to right)."""
    rows = [
        ("رقم الشكوى / Complaint No.", _td("GC-26-0417")),
        ("تاريخ الاستلام / Received Date", _td("5 March ٢٠٢٦")),
        ("العميل / Customer", _td("Gulf Industries LLC")),
        ("رقم القطعة / Part No.", _td("GF-HSG-3302")),
        ("تاريخ الشحن / Ship Date", _td("Mar ٠٢, ٢٠٢٦")),
        ("وصف العيب / Description", _td("Leak found on ٠٤/٠٣/٢٠٢٦ at incoming inspection")),
    ]
    doc = _read(rtl_page(tmp_path, "digits", "ar", "شكوى عميل / Customer Complaint", rows))
    record = doc["record"]
    assert (record["received_date"], record["ship_date"]) == ("2026-03-05", "2026-03-02"), _codes(doc)
    assert record["description"] == "Leak found on ٠٤/٠٣/٢٠٢٦ at incoming inspection"
    assert [f for c, f in _codes(doc) if c == "reading_order_unsure"] == ["description"]
