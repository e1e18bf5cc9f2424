"""The lead's mends of round 30's review (reader): what a held-out set's rule must not cost the
forms nobody here has seen."""

from __future__ import annotations

import pytest

from kesu_docs.values import parse_date


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("3Sept 2026", "2026-09-03"),  # (rh30's Gaelic ordinal ending took the month's first letter)
        ("5Sept. 2026", "2026-09-05"),
        ("15Dezember 2026", "2026-12-15"),
        ("1Diciembre 2026", "2026-12-01"),
        ("5mh dhen Mhàrt 2026", "2026-03-05"),  # (Gaelic's own still read)
        ("3s dhen Mhàrt 2026", "2026-03-03"),
    ],
)
def test_a_day_glued_to_its_month_is_no_gaelic_ordinal(text: str, read: str) -> None:
    assert str(parse_date(text)) == read
