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
