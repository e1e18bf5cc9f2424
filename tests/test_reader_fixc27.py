"""What the review of round 27 found too broad in the reader's rules (fixc27, issue 10): the
date signed after a name, and the month words looked up with their spaces and apostrophes."""

from __future__ import annotations

import pytest


# ---------------------------------------------------------------------------------- date signed
@pytest.mark.parametrize(
    "text", ["王芳 12.5", "张三 3.5", "Müller 4-5", "Zhang Wei / 1-2", "Paul 1.10", "Room 5/6"]
)
def test_a_decimal_or_a_range_after_a_name_is_no_date_signed(text: str) -> None:
    """A month and day without the year only with a slash or 月…日 after a Chinese name; a dot
    or hyphen only with the year (before: cut as the name and a date, and said so)."""
    from kesu_docs.parse.guards import split_name

    assert split_name(text) is None


@pytest.mark.parametrize(
    ("text", "name", "day"),
    [
        ("邵建军 3/13", "邵建军", "3/13"),
        ("孙丽  2026.3.12", "孙丽", "2026.3.12"),
        ("J. Okafor 12 Mar 2026", "J. Okafor", "12 Mar 2026"),
        ("李娜 3月13日", "李娜", "3月13日"),
        ("Li Ming / 2026-03-05", "Li Ming", "2026-03-05"),
    ],
)
def test_a_date_signed_is_still_cut(text: str, name: str, day: str) -> None:
    from kesu_docs.parse.guards import split_name

    assert split_name(text) == (name, day)


# ---------------------------------------------------------------------------------- month words
@pytest.mark.parametrize(
    "text", ["5 mar zo 2026", "3 Gul an 2026", "7 Set ema 2026", "5 Gulʻan 2026", "3 'Mati 2026"]
)
def test_two_words_or_an_apostrophe_make_no_month_the_name_has_not(text: str) -> None:
    """Spaces and apostrophes are left out only of a month written with them (before: any two
    words beside a day and a year were joined and looked up as one month)."""
    from kesu_docs.values import _as_date

    assert _as_date(text) is None


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("5 Pauqar waray 2026", 3),
        ("5 Pauqarwaray 2026", 3),
        ("8 Inti raymi 2026", 6),
        ("23 ʻEpeleli 2026", 4),
        ("23 'Epeleli 2026", 4),
        ("23 Epeleli 2026", 4),
        ("5 Maasi 2026", 3),
        ("5 Ayamarqa 2026", 11),
    ],
)
def test_a_month_of_two_words_or_with_an_okina_is_still_read(text: str, month: int) -> None:
    """(``3 Mati 2026``, Samoan, is read only on a form showing Samoan since reader28:
    tests/test_reader28.py.)"""
    from kesu_docs.values import _as_date

    found = _as_date(text)
    assert found is not None and found.month == month
