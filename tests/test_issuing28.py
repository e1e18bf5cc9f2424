"""The numbering transaction made cheaper per document (issue 15, issue28): the same numbers,
periods and scopes as before, each date's part of a pattern formatted once a series."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import sqlite_open

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


def _stored(db, table: str) -> list[dict]:
    import sqlite3

    with sqlite_open(db) as conn:
        conn.row_factory = sqlite3.Row
        rows = [dict(r) for r in conn.execute(f"SELECT * FROM {table} ORDER BY id")]
    return [{k: v for k, v in row.items() if k not in {"issued_at", "at"}} for row in rows]


def test_a_records_json_written_by_a_worker_is_stored_as_the_register_writes_it_and_not_written_again(
    tmp_path, monkeypatch
):
    import json

    from helpers import complaint

    from kesu_docs.register import Register
    from kesu_docs.register_columns import prepare

    def items(register: Register, prepared: bool) -> list[tuple]:
        made = []
        for i in range(30):
            # one given number; one record whose text holds a number's key and the string that
            # marked the number in a worker's JSON text until round 29
            number = "202609777" if i == 4 else None
            record = complaint(f"客户{i}", received=f"2026-09-{1 + i % 28:02d}", number=number)
            if i == 9:
                record.description = '", "number": "\x00kesu-number\x00'

            made.append((record, f"hash-{i}", f"收件箱/{i}.json"))
            if prepared:
                made[-1] += (prepare(record, register.settings),)
        return made

    dumped = []
    dumps = json.dumps

    def counted(value, *args, **kwargs):
        if isinstance(value, dict):
            dumped.append(value)
        return dumps(value, *args, **kwargs)

    stored = {}
    for way in ("prepared", "plain"):
        with Register.open(tmp_path / f"{way}.db", create=True) as register:
            batch = items(register, way == "prepared")
            dumped.clear()
            monkeypatch.setattr(json, "dumps", counted)
            done = register.issue_many(batch)
            monkeypatch.setattr(json, "dumps", dumps)
            assert all(d.created for d in done)
            stored[way] = (
                len(dumped),
                *(_stored(tmp_path / f"{way}.db", t) for t in ("documents", "revisions")),
            )
    assert stored["prepared"][1:] == stored["plain"][1:]  # the same rows, byte for byte
    given = [row for row in stored["prepared"][1] if row["number"] == "202609777"]
    assert len(given) == 1 and '"number": "202609777"' in given[0]["record"]
    assert len({row["number"] for row in stored["prepared"][1]}) == 30
    assert stored["plain"][0] == 60  # the register hashes and writes each record's JSON
    # with the worker's text: the first alone checked against the column's binding (before,
    # 30; in round 28, 2: the record holding the string marker written again; a worker's text
    # is now cut where the number goes, register_columns.RecordText, no string marks it)
    assert stored["prepared"][0] == 1
