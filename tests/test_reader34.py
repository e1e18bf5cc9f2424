"""The reader's open misreads round 33 left (issue 10: never a silent misread, general rules),
each read on forms of our own, as Excel and as LibreOffice's PDF print of it where the reader
reads both.

- **D7's clauses are cut at clause boundaries, not at an aside's commas**: ``We did not,
  however, fit the guard on line 2 too`` is no deployment (the negation's clause ran on past
  ``however``); ``No recurrence found, gauge also fitted on line 2`` still is.

Workbooks built here with openpyxl; values and wording of our own.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers import assert_counted_complaint, book_as, field_codes, landscape_book, read_doc

FORMS = ["xlsx", "pdf"]


# ------------------------------------------------ D7: an aside between commas stays in its clause
@pytest.mark.parametrize(
    ("text", "elsewhere"),
    [
        ("We did not, however, fit the guard on line 2 too.", False),
        ("The gauge was never, in fact, installed on line 3 as well.", False),
        ("Not fitted, therefore, on both presses.", False),
        ("Nous n'avons pas, cependant, installé le détrompeur aussi sur la ligne 2.", False),
        ("我们没有，但是，也在3号线导入防错治具。", False),
        ("防错治具未，因此，也在3号线导入。", False),
        # the other way: an aside in a clause saying no negation, and a comma that does end one
        ("Gauge, however, fitted on line 2 too.", True),
        ("防错治具，因此，也在3号线导入。", True),
        ("No recurrence found, gauge also fitted on line 2.", True),
        ("未发现不良，也在3号线导入防错治具。", True),
    ],
)
def test_a_d7_aside_between_commas_stays_in_its_clause(text: str, elsewhere: bool) -> None:
    from kesu_docs.parse.value_cues import TEXT_SUBJECTS

    assert bool(TEXT_SUBJECTS["prevention.horizontal_deployment"].search(text)) is elsewhere


def _eight_d(tmp_path: Path, d7: str) -> Path:
    rows: list[list[Any]] = [
        ["8D REPORT"],
        ["Report No.", "8D-VL-2611-014", "Opened", "2026-11-02"],
        ["Customer", "Valdor Fittings BV", "Part No.", "VF-CLP-2208"],
        ["D2 Problem", "Clamp burr on the inner edge, 48 pcs."],
        ["D4 Root cause", "Deburring brush worn past its limit."],
        ["D5 Corrective action", "Brush replaced, wear checked every shift."],
        ["D7 Prevention", d7],
        ["D8 Closed", "2026-11-20"],
    ]
    return landscape_book(tmp_path / "8d.xlsx", rows, {"A": 20, "B": 60, "C": 14, "D": 20})


@pytest.mark.parametrize("form", FORMS)
def test_a_d7_negated_across_an_aside_is_no_deployment(tmp_path: Path, form: str) -> None:
    text = "We did not, however, fit the guard on line 2 too."
    prevention = read_doc(book_as(_eight_d(tmp_path, text), form), "8d")["record"]["prevention"]
    assert prevention["horizontal_deployment"] != text, prevention
    assert text in prevention.values(), prevention


# ------------------------------------------------ a count written with a word of scale, or a result
ABOUT = ("CC-26-3412", "Tessaro Meccanica", "TM-VLV-0820", "Valve seat scored on the sealing face.")


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("delivered", "defective", "counts"),
    [
        ("12 dozen", "2 Tausend", [144, 2000]),
        ("2 million", "1.5k", [2_000_000, 1500]),
        ("3万", "2 千", [30000, 2000]),
    ],
)
def test_a_count_with_a_word_of_scale_is_read_as_the_product_and_said(
    tmp_path: Path, form: str, delivered: str, defective: str, counts: list[int]
) -> None:
    """Before: ``12 dozen`` read 12 (``qty_word_unknown``), ``3万`` 30000 without a word."""
    doc = assert_counted_complaint(tmp_path, form, ("2026-06-08", delivered, defective), ("2026-06-08", counts), ABOUT)
    for field in ("ship_qty", "defect_qty"):
        said = [p for p in doc["warnings"] if p.get("field") == field and p["code"] == "qty_scaled"]
        assert said and "scale" in said[0]["message"], doc["warnings"]
        assert "qty_word_unknown" not in field_codes(doc, field)


def test_a_word_of_scale_in_an_amount_is_read_and_said() -> None:
    from kesu_docs.forms import get
    from kesu_docs.parse.guards import meta_at
    from kesu_docs.parse.typed import scaled_figure

    price = meta_at(get("return"), "items[0].amount")
    assert scaled_figure(price, "2 million") == ("2000000.00", "million", "2", 1_000_000)
    assert scaled_figure(price, "1,5 Tausend") == ("1500.00", "Tausend", "1,5", 1000)
    assert scaled_figure(price, "1.2万") is None  # (amount_in_units says it)
    count = meta_at(get("complaint"), "defect_qty")
    assert scaled_figure(count, "12 pecoj") is None  # (no scale: qty_word_unknown)
    assert scaled_figure(count, "1.5 dozen") == ("18", "dozen", "1.5", 12)
    assert scaled_figure(count, "1.05 dozen") is None  # (no whole count)


def test_the_scale_words_are_the_cldrs() -> None:
    """Each word of SCALE_WORD_CLDR is a long compact decimal format's word of some language's
    CLDR data (babel), with that factor."""
    from babel import Locale

    from kesu_docs.parse.units import SCALE_WORD_CLDR

    named: dict[str, set[int]] = {}
    for lang in "en de fr es pt it nl pl cs ru tr vi id th ko ja sv da fi nb".split():
        for plural in Locale.parse(lang)._data["compact_decimal_formats"]["long"].values():
            for magnitude, pattern in plural.items():
                zeros = pattern.pattern.count("0")
                word = pattern.pattern.replace("0", "").strip().casefold()
                if zeros and word:
                    named.setdefault(word, set()).add(int(magnitude) // 10 ** (zeros - 1))
    assert {w: named.get(w) for w in SCALE_WORD_CLDR} == {w: {f} for w, f in SCALE_WORD_CLDR.items()}


@pytest.mark.parametrize("form", FORMS)
def test_a_result_after_a_count_is_said_as_such(tmp_path: Path, form: str) -> None:
    """``500 OK`` under Qty defective: 500 read, the result named (before: ``qty_word_unknown``,
    OK taken for a language's word for pieces)."""
    doc = assert_counted_complaint(
        tmp_path, form, ("2026-06-08", "1200", "500 OK"), ("2026-06-08", [1200, 500]), ABOUT
    )
    said = [p for p in doc["warnings"] if p.get("field") == "defect_qty" and p["code"] == "qty_with_status"]
    assert said and "'OK'" in said[0]["message"], doc["warnings"]
