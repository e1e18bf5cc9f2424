"""The review of render33 mended (fixrn33): the register's writer on ``sqlite3``
(register/lite_writer.py) on real registers, in real processes.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from helpers import complaint

from kesu_docs.register import Register
from kesu_docs.register.lite_writer import LiteEngine


def _numbers(db: Path) -> list[str]:
    conn = sqlite3.connect(db)
    try:
        return [row[0] for row in conn.execute("SELECT number FROM documents ORDER BY id")]
    finally:
        conn.close()


def _in_a_fork(child) -> str:
    """``child()``'s text, run in a process forked from this one (it ends there, whatever it did)."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover (the child's: said through the pipe)
        said = "died"
        try:
            said = child()
        except BaseException as exc:  # (said to the parent, which fails on it)
            said = f"{type(exc).__name__}: {exc}"
        finally:
            os.write(write, said.encode())
            os._exit(0)
    os.close(write)
    with os.fdopen(read, "rb") as pipe:
        said = pipe.read().decode()
    os.waitpid(pid, 0)
    return said


@pytest.mark.skipif(not hasattr(os, "fork"), reason="POSIX fork")
def test_a_forked_process_never_uses_nor_closes_the_connections_of_its_parent(tmp_path):
    """A register opened on ``sqlite3`` keeps its connections for the next transaction; a
    process forked from it (``--jobs`` workers, a library user's fork) opens its own: the
    parent's connection is never used in the child (SQLite: its locks are the parent's), nor
    closed there; the numbers stay gapless on both sides — fails before fixrn33 (the child
    took the parent's kept connection)."""
    db = tmp_path / "kesu.db"
    with Register.open(db) as reg:
        reg.issue(complaint("甲"), source_hash="a")
    with Register.open(db, on_driver=True) as reg:
        engine = reg._engine
        assert isinstance(engine, LiteEngine)
        kept = list(engine._idle)  # (the opening's checks gave theirs back)
        assert kept

        def child() -> str:
            with engine.writing() as conn:
                crossed = any(conn._conn is parents for parents in kept)
            number = reg.issue(complaint("乙"), source_hash="b").number
            engine.dispose()
            return f"{crossed} {number}"

        assert _in_a_fork(child) == "False 202609002"
        assert kept[0].execute("SELECT count(*) FROM documents").fetchone() == (2,)  # still open
        assert reg.issue(complaint("丙"), source_hash="c").number == "202609003"
    assert _numbers(db) == ["202609001", "202609002", "202609003"]


def test_a_commit_refused_on_sqlite3_leaves_nothing_and_the_connection_usable(tmp_path):
    """A transaction whose COMMIT itself is refused (a deferred foreign key: SQLite checks it
    only then, the transaction left open) is rolled back whole, said as the register's failure,
    and its connection given back out of any transaction: the next write numbers the next
    number (render33 said it, with no test of it)."""
    from kesu_docs.register import RegisterError

    db = tmp_path / "kesu.db"
    with Register.open(db) as reg:
        reg.issue(complaint("甲"), source_hash="a")
    with Register.open(db, on_driver=True) as reg:
        engine = reg._engine
        assert isinstance(engine, LiteEngine)

        def work(conn) -> None:
            conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
            conn.exec_driver_sql("UPDATE documents SET status = 'void'")
            conn.exec_driver_sql(
                "INSERT INTO events (document_id, at, event, detail, actor) VALUES (999, '2026-09-01', 'x', '', 'y')"
            )

        with pytest.raises(RegisterError) as found:
            reg._write(work)
        assert "FOREIGN KEY" in found.value.message("en")
        assert all(not kept.in_transaction for kept in engine._idle) and engine._idle
        conn = sqlite3.connect(db)
        assert conn.execute("SELECT status FROM documents").fetchall() != [("void",)]
        assert conn.execute("SELECT count(*) FROM events").fetchone() == (1,)
        conn.close()
        assert reg.issue(complaint("乙"), source_hash="b").number == "202609002"
    assert _numbers(db) == ["202609001", "202609002"]
