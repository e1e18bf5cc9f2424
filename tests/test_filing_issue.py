"""Filing numbers a batch in one transaction; only a value the database refuses makes it number
the batch one by one (review of round six): the refused document fails alone and named, the
others take gapless numbers in their input order, none twice; any other failure surfaces.
Real registers: a PostgreSQL server (a NUL in a text, which SQLite keeps and PostgreSQL refuses)
and SQLite files."""

from __future__ import annotations

import pytest
from helpers import complaint

from kesu_docs.filing import _issue
from kesu_docs.parse.results import ParseResult
from kesu_docs.register import Register, RegisterError


def result(customer: str, i: int) -> ParseResult:
    return ParseResult(
        source=f"收件箱/{i}.xlsx", kind="complaint", record=complaint(customer), source_hash=f"hash-{i}"
    )


def with_value(r: ParseResult, field: str, value: str) -> ParseResult:
    """``r`` with a value the form's rules would turn away, set after them (as a rule that
    missed it would leave it): what reaches the register."""
    assert r.record is not None
    object.__setattr__(r.record, field, value)
    return r


@pytest.mark.postgres
def test_a_value_postgresql_refuses_fails_alone_and_the_others_are_numbered_gapless_in_order(pg_url):
    batch = [result(f"客户{i}", i) for i in range(6)]
    with_value(batch[2], "customer", "华东\x00精密")
    with Register.open(pg_url) as reg:
        outcomes = _issue(reg, batch)
        assert isinstance(outcomes[2], RegisterError) and outcomes[2].code == "register_value_refused"
        assert "NUL" in outcomes[2].message("en")
        numbered = [o for k, o in enumerate(outcomes) if k != 2]
        assert [d.number for d in numbered] == [f"20260900{n}" for n in range(1, 6)]
        assert [d.customer for d in numbered] == ["客户0", "客户1", "客户3", "客户4", "客户5"]
        assert all(d.created for d in numbered)
        assert [d.number for d in reg.documents()] == [f"20260900{n}" for n in range(1, 6)]
        again = _issue(reg, [result(f"客户{i}", i) for i in range(6) if i != 2])  # filed already: found
        assert [d.number for d in again] == [d.number for d in numbered] and not any(d.created for d in again)
        [last] = _issue(reg, [result("客户6", 6)])  # the refused one took no number: none missing
        assert last.number == "202609006"
        assert reg.count() == 6


@pytest.mark.parametrize("backend", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def test_a_failure_that_is_not_a_refused_value_surfaces_and_numbers_nothing(backend, request, tmp_path):
    """A lone surrogate reaching the register (the rules turn it away: reaching it is a bug)
    fails the record's hash, in our code: raised, not hidden by numbering the others."""
    db = str(tmp_path / "kesu.db") if backend == "sqlite" else request.getfixturevalue("pg_url")
    batch = [result(f"客户{i}", i) for i in range(4)]
    with_value(batch[1], "description", "虚焊\udfff")
    with Register.open(db) as reg:
        with pytest.raises(UnicodeEncodeError):
            _issue(reg, batch)
        assert reg.count() == 0
        without_record = ParseResult(source="x.json", kind="complaint", record=None)
        with pytest.raises(ValueError):  # a result without its record: never numbered
            _issue(reg, [result("客户9", 9), without_record])
        assert reg.count() == 0


def test_a_batch_sqlite_holds_is_numbered_in_one_transaction(tmp_path):
    batch = [result(f"客户{i}", i) for i in range(3)]
    with_value(batch[1], "customer", "华东\x00精密")  # SQLite keeps it
    with Register.open(tmp_path / "kesu.db") as reg:
        outcomes = _issue(reg, batch)
    assert [d.number for d in outcomes] == ["202609001", "202609002", "202609003"]
