"""What the review of rh32 found (issue 10: never a silent misread, never a crash), each on a form
made here.

- **Two points beside a decimal count** (``1.000.000`` beside ``1,200.000``): a million, said as
  thousands (``ambiguous_thousands``) — was a traceback (``Decimal("1.000.000")``).
"""

from __future__ import annotations

from pathlib import Path

from helpers import field_codes, read_doc
from test_reader_holdout32_fixes import _decimal_slip


def test_two_points_beside_a_decimal_count_are_thousands(tmp_path: Path) -> None:
    """Was: InvalidOperation — only a figure with one point may be the decimal point's."""
    doc = read_doc(
        _decimal_slip(
            tmp_path / "rt.pdf", [("1.000.000", "1.000.000"), ("1,200.000", "1,200.000")], "3,700.00"
        ),
        "return",
    )
    items = doc["record"]["items"]
    assert [(i["qty_approved"], i["qty_returned"]) for i in items] == [(1000000, 1000000), (1200, 1200)]
    assert "ambiguous_thousands" in field_codes(doc, "items[0].qty_returned")
    assert "decimal_point_by_form" not in field_codes(doc, "items[0].qty_returned")


def test_thousands_point_gives_both_readings_of_one_type() -> None:
    from kesu_docs.forms import get
    from kesu_docs.parse.guards import meta_at, thousands_point

    meta = meta_at(get("return"), "items[0].qty_returned")
    one = thousands_point(meta, "500.000")
    assert one is not None and (one.thousands, one.decimal) == (500000, 500)
    two = thousands_point(meta, "1.000.000 pcs")
    assert two is not None and (two.thousands, two.decimal) == ("1000000 pcs", None)
    three = thousands_point(meta, "24.000")
    assert three is not None and type(three.decimal) is int


def test_an_english_month_word_says_whether_it_was_guessed() -> None:
    """One reading of a month word (``_english_month``): its month and whether it was guessed."""
    from kesu_docs.values import _english_month, date_in_doubt

    assert _english_month("Sept") == (9, False)
    assert _english_month("Mayıs") == (5, False)  # Turkish May
    assert _english_month("Mayrnt") is None  # Manx March: the tables' word
    assert _english_month("Decxyz") == (12, True)
    assert date_in_doubt("5 Decxyz 2026") == "month_guessed"
    assert date_in_doubt("5 Sept 2026") is None
