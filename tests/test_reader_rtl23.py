"""Right-to-left text read in the order it is written, whatever printed the PDF (twenty-third
round): Chromium draws a right-to-left page's letters left to right (their glyphs' order), so
its Persian, Hebrew, Arabic and Urdu came out turned letter by letter — read right only where an
English half carried the label. Pages of our own, printed by headless Chromium with
``dir="rtl"`` and labels in ONE script (no English half): a profile learned on one copy finds
its labels and reads the values of another in their written order, numbers and dates intact."""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any

import pytest
from helpers import needs_chromium, rtl_page

from kesu_docs.parse import parse_paths
from kesu_docs.parse.profile import learn
from kesu_docs.parse.rtl import reading_order

# ---------------------------------------------------------------------------------- 1. a line
# (each line as a PDF gives it, left to right, with the page's direction → as it is written)
LINES = [
    ("מ״עב לוכשא תוישעת", True, "תעשיות אשכול בע״מ"),  # Hebrew only
    ("ةعاس 500 برست", True, "تسرب 500 ساعة"),  # Arabic only, a number in it
    ("Date/خیرات", True, "تاریخ/Date"),  # a Persian label and its English, set right to left
    ("خيراتلا / Date", True, "التاريخ / Date"),  # LibreOffice sets the cell left to right
    ("Customer / ليمعلا", False, "Customer / العميل"),  # a left-to-right page's Arabic gloss
    ("۱٬۲۰۰ ددع", True, "۱٬۲۰۰ عدد"),  # a count before its unit, in Persian digits
    ("ةعطق ٦٤", True, "٦٤ قطعة"),  # the same set right to left, Arabic-Indic digits
    ("ةعاس 500 2026/03/05 خیرات", True, "تاریخ 2026/03/05 500 ساعة"),  # a date kept whole
    ("۱۴۰۴/۱۲/۱۴ 2026/03/05", True, "۱۴۰۴/۱۲/۱۴ 2026/03/05"),  # no right-to-left letter: as it is
    ("ینپمک رٹوم یکوزوس کاپ", True, "پاک سوزوکی موٹر کمپنی"),  # Urdu
    ("SH-1404-0093", True, "SH-1404-0093"),
    ("הלבק ךיראת\nמ״עב לוכשא", True, "תאריך קבלה\nאשכול בע״מ"),  # each line on its own
]


@pytest.mark.parametrize(("glyphs", "rtl_page", "written"), LINES)
def test_a_line_in_its_glyphs_order_is_read_as_written(glyphs, rtl_page, written):
    read = reading_order(glyphs, rtl_page)
    assert read == written
    # a number or a date is never turned: every run of digits is the page's own
    assert sorted(re.findall(r"\d+", read)) == sorted(re.findall(r"\d+", glyphs))


# ---------------------------------------------------------------------------------- 2. Chromium pages
# (label, path, first copy's value, second copy's value, the second's value as read)
HEBREW = [
    ("מספר תלונה", "number", "TL-2026-0311", "TL-2026-0342", "TL-2026-0342"),
    ("תאריך קבלה", "received_date", "2026-03-05", "2026-04-22", "2026-04-22"),
    ("לקוח", "customer", "תעשיות אשכול בע״מ", "מפעלי גליל בע״מ", "מפעלי גליל בע״מ"),
    ("מק״ט", "part_no", "EL-PCB-2207", "EL-PCB-2210", "EL-PCB-2210"),
    ("כמות שסופקה", "ship_qty", "1,200", "8,000", 8000),
    ("כמות פגומה", "defect_qty", "64", "150", 150),
    ("תיאור התקלה", "description", "סדק בבית המנוע לאחר 2 מחזורים", "נזילה באטם אחרי 500 שעות",
     "נזילה באטם אחרי 500 שעות"),
]  # fmt: skip
ARABIC = [
    ("رقم الشكوى", "number", "GC-26-0417", "GC-26-0455", "GC-26-0455"),
    ("تاريخ الاستلام", "received_date", "2026/03/05", "2026/04/22", "2026-04-22"),
    ("العميل", "customer", "شركة الخليج للصناعات", "مصنع الرياض للقطع", "مصنع الرياض للقطع"),
    ("رقم القطعة", "part_no", "GF-HSG-3302", "GF-HSG-3307", "GF-HSG-3307"),
    ("الكمية المسلمة", "ship_qty", "١٢٠٠", "٨٠٠٠", 8000),
    ("الكمية المعيبة", "defect_qty", "٦٤ قطعة", "١٥٠ قطعة", 150),
    ("وصف العيب", "description", "تسرب زيت عند الحشية بعد 500 ساعة", "كسر في الغطاء بعد 20 يوما",
     "كسر في الغطاء بعد 20 يوما"),
]  # fmt: skip
URDU = [
    ("شکایت نمبر", "number", "PS-2026-0088", "PS-2026-0091", "PS-2026-0091"),
    ("تاریخ", "received_date", "2026/03/05", "2026/04/22", "2026-04-22"),
    ("صارف", "customer", "پاک سوزوکی موٹر کمپنی", "ملت ٹریکٹرز لمیٹڈ", "ملت ٹریکٹرز لمیٹڈ"),
    ("پارٹ نمبر", "part_no", "PSM-BRK-7710", "PSM-BRK-7712", "PSM-BRK-7712"),
    ("بھیجی گئی مقدار", "ship_qty", "۱٬۲۰۰ عدد", "۸٬۰۰۰ عدد", 8000),
    ("خراب مقدار", "defect_qty", "۶۴ عدد", "۱۵۰ عدد", 150),
    ("خرابی کی تفصیل", "description", "بریک پیڈ میں دراڑ", "آئل فلٹر میں دراڑ", "آئل فلٹر میں دراڑ"),
]  # fmt: skip
PAGES = {"he": ("תלונת לקוח", HEBREW), "ar": ("شكوى عميل", ARABIC), "ur": ("صارف کی شکایت", URDU)}


def _print(folder: Path, lang: str, name: str, column: int | None) -> Path:
    """The page of ``lang`` printed by Chromium laid out right to left (:func:`helpers.rtl_page`):
    each label right of its value; ``column`` the copy whose values are filled in (None: blank)."""
    title, rows = PAGES[lang]
    cells = [(label, ">" + (html.escape(row[column]) if column else "")) for label, *row in rows]
    return rtl_page(folder, name, lang, title, cells)


def _read(path: Path) -> dict[str, Any]:
    return parse_paths([path], kind="complaint")[0].to_dict("en")


@needs_chromium
@pytest.mark.parametrize("lang", ["he", "ar", "ur"])
def test_a_right_to_left_page_in_one_script_is_learned_and_read_in_written_order(office, lang):
    blank = _print(office, lang, "blank", None)
    first = _print(office, lang, "first", 1)
    # the clerk names each field by its label as it is written (no English half to go by)
    places = {path: label for label, path, *_ in PAGES[lang][1]}
    profile = learn(first, "complaint", places, blank=blank)
    assert {p for p, place in profile.fields.items() if place.label} == set(places)
    assert {place.label for place in profile.fields.values()} == {label for label, *_ in PAGES[lang][1]}
    (office / "profiles" / f"{lang}.toml").write_text(profile.to_toml(), encoding="utf-8")
    doc = _read(_print(office, lang, "second", 2))
    assert "profile_used" in {p["code"] for p in doc["warnings"] + doc["errors"]}
    got = {path: doc["record"].get(path) for _label, path, *_ in PAGES[lang][1]}
    assert got == {path: want for _label, path, _a, _b, want in PAGES[lang][1]}
