"""The pipeline around the renderer, made faster for issue 15, stores what it stored before: rows
written through the SQLite driver hold what SQLAlchemy's insert writes, and the register
columns the workers of ``--jobs 2`` compute are the ones one process computes."""

from __future__ import annotations

import datetime as dt
import sqlite3
from decimal import Decimal
from pathlib import Path

from click.testing import CliRunner
from helpers import sqlite_open
from hostile import complaint, excel_form, write_json

from kesu_docs.cli import cli
from kesu_docs.register import Register
from kesu_docs.register.database import connect, to_url, writing
from kesu_docs.register.issuing import insert_many
from kesu_docs.register.schema import documents


def kesu(*args: str):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def _rows(db: Path, table: str, leave_out: set[str]) -> list[dict]:
    with sqlite_open(db) as conn:
        conn.row_factory = sqlite3.Row
        rows = [dict(r) for r in conn.execute(f"SELECT * FROM {table} ORDER BY id")]
    return [{k: v for k, v in row.items() if k not in leave_out} for row in rows]


def _document_row(i: int) -> dict:
    """A documents row as issuing builds it: dates, an aware moment, a JSON record, Nones."""
    return {
        "kind": "complaint",
        "number": f"2026090{i:02d}",
        "period": "202609",
        "serial": i,
        "status": "issued",
        "source": f"收件箱/客诉-{i}.json",
        "source_hash": f"hash-{i}",
        "record_hash": f"content-{i}",
        "record": {"customer": '华东精密 "A&B"', "ship_qty": 1000, "rate": "0.0125", "items": [], "x": None},
        "document_date": dt.date(2026, 9, i),
        "issued_at": dt.datetime(2026, 9, i, 8, 30, 15, 123456, tzinfo=dt.timezone(dt.timedelta(hours=8))),
        "void_reason": None,
        "voided_at": None,
        "reprints": 0,
        "reprinted_at": None,
        "revision": 1,
        "customer": "华东精密",
        "part_no": "KS-1",
        "severity": "general",
        "responsible_unit": None,
        "due_date": dt.date(2026, 9, 30) if i % 2 else None,
        "closed_date": None,
        "order_no": f"SO-{i}",
        "lot_no": None,
        "case_number": None,
        "search_text": f"华东精密 so-{i}",
    }


def _stored(tmp_path: Path, way: str, rows: list[dict]) -> list[dict]:
    """``rows`` inserted into a new register's documents ``way``: by ``insert_many`` (the
    driver) or by SQLAlchemy's insert; the rows stored."""
    db = tmp_path / f"{way}.db"
    Register.open(db, create=True).close()  # the register's own schema
    engine = connect(to_url(db), create=False)
    with writing(engine) as conn:
        if way == "driver":
            insert_many(conn, "documents", rows, memo={})
        else:
            conn.execute(documents.insert(), rows)
    engine.dispose()
    return _rows(db, "documents", set())


def test_rows_written_through_the_sqlite_driver_are_stored_as_sqlalchemys_insert_stores_them(tmp_path):
    rows = [_document_row(i) for i in range(1, 6)]
    rows[2]["record"] = {"amount": str(Decimal("12.50")), "list": [1, "二", {"k": None}]}
    stored = {way: _stored(tmp_path, way, rows) for way in ("driver", "sqlalchemy")}
    assert stored["driver"] == stored["sqlalchemy"]
    assert stored["driver"][0]["issued_at"] == "2026-09-01 00:30:15.123456"  # naive UTC, as ever
    assert len(stored["driver"]) == 5


def test_two_jobs_store_the_register_columns_one_job_stores(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for i in range(10):
        severity = {"severity": None} if i % 3 else {}  # some derived by the register's checks
        write_json(inbox / f"c{i:02d}.json", complaint(order_no=f"ＳＯ－{i}", lot_no=f"L{i}", **severity))
    excel_form(inbox / "c10-excel.xlsx", order_no="SO-X1")
    runs = {}
    for jobs in ("1", "2"):
        out, db = tmp_path / f"out-{jobs}", tmp_path / f"{jobs}.db"
        result = kesu("render", inbox, "-o", out, "--db", db, "--jobs", jobs)
        assert result.exit_code == 0, result.output
        runs[jobs] = (
            _rows(db, "documents", {"id", "issued_at"}),
            _rows(db, "revisions", {"id", "at"}),
        )
    one, two = runs["1"], runs["2"]
    assert len(one[0]) == 11
    assert two == one  # numbers, records, content hashes, search text and case columns alike
    assert {row["order_no"] for row in one[0]} >= {"SO-1", "SO-X1"}  # full-width folded


def test_a_batchs_shared_moment_is_adapted_for_the_driver_once_and_stored_as_the_driver_stores_it(
    tmp_path, monkeypatch
):
    # the SQLite driver's own adapter of a moment, counted: before, the driver ran it on every
    # row insert_many gave it (the batch's one moment: 5,000 times for 1,000 documents filed
    # and printed); now insert_many runs it once a moment, and the rows stored are the same
    adapt = sqlite3.adapters[(dt.datetime, sqlite3.PrepareProtocol)]
    calls = []

    def counted(value):
        calls.append(value)
        return adapt(value)

    monkeypatch.setitem(sqlite3.adapters, (dt.datetime, sqlite3.PrepareProtocol), counted)
    now = dt.datetime(2026, 9, 1, 8, 30, 15, 123456, tzinfo=dt.timezone(dt.timedelta(hours=8)))
    rows = [_document_row(i) for i in range(1, 29)]
    for row in rows:
        row["issued_at"] = now  # one batch: one moment
    rows[7]["issued_at"] = now + dt.timedelta(seconds=1)  # and one other
    stored = {}
    for way in ("driver", "sqlalchemy"):
        calls.clear()
        stored[way] = (_stored(tmp_path, way, rows), len(calls))
    assert stored["driver"][0] == stored["sqlalchemy"][0]
    assert stored["driver"][0][7]["issued_at"] == "2026-09-01 00:30:16.123456"
    # insert_many: the driver's adapter never (jobs31: a batch's values bound by
    # driver_values.stored as their columns declare); before jobs31 each distinct moment once,
    # before that 28 times, a row each
    assert stored["driver"][1] == 0
