"""Right-to-left lines whose written order the glyphs do not tell (parse/rtl.py ``order_unsure``):
a PDF gives a line's glyphs left to right, and the bidirectional algorithm draws different
texts alike (``3 מתוך 5`` set right to left draws as ``5 מתוך 3`` set left to right does; a
minus drawn after its number). What can be put back is put back; the rest is read and warned on
its field, never silently."""

from __future__ import annotations

import html
from pathlib import Path

import pytest
from bidi import get_display
from helpers import needs_chromium, rtl_page

from kesu_docs.parse import parse_paths
from kesu_docs.parse.rtl import order_unsure, reading_order

# lines as written, each with the direction it is set in: several runs of numbers or Latin
# words among right-to-left letters, a sign on a number, one run alone
WRITTEN = [
    ("R", "נמסרו 40 מתוך 60"),
    ("L", "נמסרו 40 מתוך 60"),
    ("R", "אצווה 7 88"),
    ("R", 'יתרה -75.25 ש"ח'),
    ("L", '-75.25 ש"ח'),
    ("R", "סכום: 2,450.75 EUR"),
    ("R", "تم فحص 12 من 30 قطعة"),
    ("R", "المرحلة 4 / 9"),
    ("R", "ספק: Delta Tools 9"),
    ("R", "הוזמן 15-ב מרץ"),
    ("R", "נזילה באטם אחרי 500 שעות"),
    ("R", "אשכול Precision Parts בע״מ"),
    ("R", "۸٬۰۰۰ عدد"),
]


@pytest.mark.parametrize(("base", "written"), WRITTEN)
@pytest.mark.parametrize("rtl_page", [True, False])
def test_a_line_is_read_as_written_or_said_unsure_never_silently_misread(base, written, rtl_page):
    glyphs = get_display(written, base_dir=base)
    assert reading_order(glyphs, rtl_page) == written or order_unsure(glyphs), (glyphs, written)


@pytest.mark.parametrize(
    "glyphs",
    ["תודיחי 12", "2026/03/05 م", "Part .No / ةعطقلا مقر", "مكيلع مالسلا", "Delta Tools :קפס", "۱٬۲۰۰ ددع"],
)
def test_one_run_among_right_to_left_letters_is_sure(glyphs):
    assert not order_unsure(glyphs)


@pytest.mark.parametrize("glyphs", ["60 ךותמ 40 ורסמנ", "75.25- הרתי", "EUR 2,450.75 :םוכס", "מ-15 ןמזוה"])
def test_runs_whose_order_the_glyphs_do_not_tell_are_unsure(glyphs):
    assert order_unsure(glyphs)


ROWS = [
    ("מספר תלונה / Complaint No.", "CQ-2026-0518"),
    ("לקוח / Customer", "מפעלי גליל בע״מ"),
    ("תיאור / Description", "נמצאו סדקים ב 4 מתוך 25 יחידות"),
]


@needs_chromium
def test_a_value_whose_runs_may_stand_swapped_is_warned_on_its_field(tmp_path: Path) -> None:
    """A Hebrew page printed right to left by Chromium: the description holds two numbers among
    Hebrew words, which the print draws in an order that does not tell which came first; it is
    read and warned (``reading_order_unsure``) on the description, and on nothing else."""
    rows = [(k, ">" + html.escape(v)) for k, v in ROWS]
    printed = rtl_page(tmp_path, "form", "he", "תלונת לקוח / Customer Complaint", rows)
    doc = parse_paths([printed], kind="complaint")[0].to_dict("en")
    said = [p for p in doc["warnings"] + doc["errors"] if p["code"] == "reading_order_unsure"]
    assert [p["field"] for p in said] == ["description"], doc
    assert "cannot be told" in said[0]["message"]
    assert doc["record"]["customer"] == "מפעלי גליל בע״מ"


HEBREW = [  # (label, path, the first copy's value, the second's)
    ("מספר תלונה", "number", "TL-2026-0517", "TL-2026-0529"),
    ("תאריך קבלה", "received_date", "2026-02-11", "2026-05-19"),
    ("לקוח", "customer", "מפעלי גליל בע״מ", "תעשיות אשכול בע״מ"),
    ("מק״ט", "part_no", "VL-MTR-4410", "VL-MTR-4415"),
    ("כמות שסופקה", "ship_qty", "2,400", "6,500"),
    ("תיאור התקלה", "description", "חריגה במידות הבית", "נמצאו סדקים ב 4 מתוך 25 יחידות"),
]  # fmt: skip


def _hebrew_page(folder: Path, name: str, column: int | None) -> Path:
    rows = [(label, ">" + (html.escape(row[column]) if column else "")) for label, *row in HEBREW]
    return rtl_page(folder, name, "he", "תלונת לקוח", rows)


@needs_chromium
def test_a_profile_warns_a_value_whose_runs_may_stand_swapped(office: Path) -> None:
    """A layout profile learned on a Hebrew-only page reads the second copy as the generic
    reader does: the description with two numbers among Hebrew words is warned on its field."""
    from kesu_docs.parse.profile import learn

    blank, first = _hebrew_page(office, "blank", None), _hebrew_page(office, "first", 1)
    places = {path: label for label, path, *_ in HEBREW}
    (office / "profiles" / "he.toml").write_text(
        learn(first, "complaint", places, blank=blank).to_toml(), encoding="utf-8"
    )
    doc = parse_paths([_hebrew_page(office, "second", 2)], kind="complaint")[0].to_dict("en")
    codes = [(p["code"], p["field"]) for p in doc["warnings"] + doc["errors"]]
    assert ("profile_used", "") in codes
    assert [f for c, f in codes if c == "reading_order_unsure"] == ["description"], codes
    assert doc["record"]["customer"] == "תעשיות אשכול בע״מ"
