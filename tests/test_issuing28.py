"""The numbering transaction made cheaper per document (issue 15, issue28): the same numbers,
periods and scopes as before, each date's part of a pattern formatted once a series."""

from __future__ import annotations

import datetime as dt

import pytest

from kesu_docs.register.numbering import Numbering, period

PATTERNS = [
    "{date:%Y%m}{serial:0{width}d}",  # the default
    "8D{date:%Y%m}{serial:0{width}d}",
    "{date:%Y%m%d}-{serial}",
    "TH-{date:%y}-{serial:>5}",
    "A{{x}}{date:%m}{serial:,}",  # escaped braces, a grouped serial
    "{date:%Y}{serial:x}",
    "{serial!r}-{date:%Y}",  # a converted serial: formatted whole, as before
    "{serial}{serial}{date:%Y}",  # the serial twice: likewise
]


class CountedDate(dt.date):
    """A date that counts how often it is formatted."""

    formatted = 0

    def __format__(self, spec: str) -> str:
        CountedDate.formatted += 1
        return super().__format__(spec)


@pytest.mark.parametrize("pattern", PATTERNS)
def test_a_dates_numbers_are_the_patterns_numbers(pattern):
    for width in (3, 4):
        numbering = Numbering(pattern, width)
        for date in (dt.date(2026, 1, 5), dt.date(2026, 12, 31), dt.date(999, 3, 1)):
            numbers = numbering.numbers(date)
            for serial in (1, 7, 999, 1000, 123456):
                assert numbers(serial) == numbering.number(date, serial)


def test_a_series_formats_its_date_once_not_once_a_number():
    numbering = Numbering("{date:%Y%m}{serial:0{width}d}", 3)
    CountedDate.formatted = 0
    numbers = numbering.numbers(CountedDate(2026, 9, 1))
    made = [numbers(serial) for serial in range(1, 501)]
    assert made[0] == "202609001" and made[-1] == "202609500"
    assert CountedDate.formatted == 1  # before: 500, one strftime a number


def test_a_period_is_the_dates_year_and_month_as_strftime_writes_them():
    for ordinal in range(1, dt.date(9999, 12, 31).toordinal(), 397):
        day = dt.date.fromordinal(ordinal)
        assert period(day) == f"{day:%Y%m}"
    assert period(dt.date(2026, 9, 30)) == "202609"


def test_a_scope_is_formatted_once_a_date_and_a_bad_pattern_still_refused():
    from kesu_docs.register.errors import RegisterError

    numbering = Numbering("KS{date:%Y%m}{serial:0{width}d}", 3)
    CountedDate.formatted = 0
    day = CountedDate(2031, 5, 6)
    assert [numbering.scope(day) for _ in range(50)] == ["KS203105{serial}"] * 50
    assert CountedDate.formatted == 1  # before: 50, once a form
    with pytest.raises(RegisterError):
        Numbering("{date:%Y%m}", 3).scope(dt.date(2026, 9, 1))  # no serial: bad_numbering
