"""The indexes of the register's ``documents`` table: each one read by some query the register
makes (issue 15: every index is written with every document filed, and a render's numbering
is the command's work a document), and a register of version 8 rid of those none reads."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest
from helpers import kesu, sqlite_open

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
FORMS = ("complaint-valid.xlsx", "8d-valid.xlsx", "return-valid.xlsx", "allowance-valid.xlsx")


def _indexes(db: Path) -> set[str]:
    """The indexes of ``documents`` made by the register (not SQLite's own for its unique keys)."""
    with sqlite_open(db) as conn:
        rows = conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'documents'"
            " AND name NOT LIKE 'sqlite_autoindex_%'"
        ).fetchall()
    return {name for (name,) in rows}


def _traced(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every statement SQLite runs for any connection opened from now (SQLAlchemy's driver and
    the register's read-only reader alike open theirs through ``sqlite3.connect``)."""
    statements: list[str] = []
    opened = sqlite3.connect

    def connect(*args, **kwargs):
        conn = opened(*args, **kwargs)
        conn.set_trace_callback(statements.append)
        return conn

    monkeypatch.setattr(sqlite3, "connect", connect)
    monkeypatch.setattr(sqlite3.dbapi2, "connect", connect)
    return statements


def _read_indexes(db: Path, statements: list[str]) -> set[str]:
    """The indexes SQLite's plan reads for the statements that look rows up (not the inserts)."""
    used: set[str] = set()
    with sqlite_open(db) as conn:
        for sql in set(statements):
            if not re.match(r"\s*(SELECT|UPDATE|DELETE|WITH)\b", sql, re.IGNORECASE):
                continue
            try:
                plan = conn.execute(f"EXPLAIN QUERY PLAN {sql}").fetchall()
            except sqlite3.Error:  # (a statement of a temporary table, a pragma's own)
                continue
            used |= {m for row in plan for m in re.findall(r"INDEX (\w+)", str(row[-1]))}
    return used


def _clerks_work(db: Path, out: Path) -> None:
    """What a clerk's commands ask of a register: filing (new forms, then the same again),
    looking up, listing by every filter, voiding, re-printing, exporting, the monthly report."""
    for run in ("first", "again"):
        done = kesu("render", *(SAMPLES / name for name in FORMS), "-o", out / run, "--db", db)
        assert done.exit_code in (0, 1), done.output  # (two follow-ups refused: looked up all the same)
    asked = [
        ("register", "list"),
        ("register", "list", "--kind", "complaint", "--period", "202609"),
        ("register", "list", "--period", "202609"),
        ("register", "list", "--status", "void"),
        ("register", "list", "--overdue", "--as-of", "2026-10-31"),
        ("register", "list", "--status", "open"),
        ("register", "list", "--search", "PCB"),
        ("register", "list", "--search", "PCB", "--limit", "1"),  # more than a page: counted
        ("register", "list", "--newest", "--page", "2"),
        ("register", "show", "202609001"),
        ("register", "unprinted"),
        ("register", "export", "-o", out / "register.xlsx"),
        ("report", "monthly", "2026-09", "-o", out / "monthly.xlsx"),
        ("register", "void", "202609001", "--reason", "重复登记"),
    ]
    for args in asked:
        done = kesu(*args, "--db", db)
        assert done.exit_code in (0, 1), (args, done.output)


def test_every_index_of_the_documents_is_read_by_some_query(tmp_path, monkeypatch):
    """An index no statement of the register reads is only written, with every document filed
    (version 9 dropped four such: register/schema.py UNUSED_INDEXES)."""
    db = tmp_path / "kesu.db"
    statements = _traced(monkeypatch)
    _clerks_work(db, tmp_path)
    monkeypatch.undo()
    unread = _indexes(db) - _read_indexes(db, statements)
    assert not unread, sorted(unread)


def test_a_version_8_register_drops_the_indexes_no_query_reads(tmp_path):
    """A register as version 8 left it (filed, printed, its four unread indexes) is upgraded by
    the next command that writes it: the indexes gone, its documents and numbers kept."""
    from kesu_docs.register import Register, schema

    db = tmp_path / "kesu.db"
    done = kesu("render", SAMPLES / "complaint-valid.xlsx", "-o", tmp_path / "first", "--db", db)
    assert done.exit_code == 0, done.output
    with sqlite_open(db) as conn:  # put back as version 8 made it
        conn.execute("CREATE INDEX ix_documents_period ON documents (kind, period)")
        conn.execute("CREATE INDEX ix_documents_customer ON documents (customer)")
        conn.execute("CREATE INDEX ix_documents_order ON documents (order_no)")
        conn.execute("CREATE INDEX ix_documents_lot ON documents (lot_no)")
        conn.execute("DELETE FROM schema_version WHERE version > 8")
    assert set(schema.UNUSED_INDEXES) <= _indexes(db)
    done = kesu("render", SAMPLES / "8d-valid.xlsx", "-o", tmp_path / "second", "--db", db)
    assert done.exit_code == 0, done.output
    assert not set(schema.UNUSED_INDEXES) & _indexes(db)
    with Register.open(db) as register:
        assert register.schema_version == schema.LATEST
        assert sorted((d.kind, d.number) for d in register.documents()) == [
            ("8d", "8D202609001"),
            ("complaint", "202609001"),
        ]
