"""The review of render33 mended (fixrn33): the register's writer on ``sqlite3``
(register/lite_writer.py) on real registers, in real processes.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from helpers import complaint

from kesu_docs.register import Register
from kesu_docs.register.lite_writer import LiteEngine

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


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


def test_a_render_on_sqlite3_into_a_register_put_back_is_refused_nothing_numbered(tmp_path):
    """``kesu render`` on an existing register runs on ``sqlite3`` alone (render33); the check
    that the output folder holds no file numbered past the register (a register put back from
    a backup taken before a day's work) still runs there: refused, nothing numbered, the lost
    document's file kept, no SQLAlchemy loaded (render33 had no test of it on the new writer)."""
    from test_render33 import _kesu

    db, backup = tmp_path / "kesu.db", tmp_path / "backup.db"
    with Register.open(db) as reg:
        reg.issue(complaint("甲"), source_hash="earlier")
    source, copy = sqlite3.connect(db), sqlite3.connect(backup)
    source.backup(copy)
    source.close()
    copy.close()
    shutil.copy(SAMPLES / "complaint-valid.xlsx", tmp_path / "complaint-valid.xlsx")
    render = ("render", "complaint-valid.xlsx", "-o", "out", "--db", str(db))
    done, modules = _kesu(tmp_path, *render)
    assert done.returncode == 0 and modules == "[]", done.stderr[-2000:]
    lost = tmp_path / "out" / "complaint-202609002.docx"
    written = lost.read_bytes()
    for leftover in (db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
        leftover.unlink(missing_ok=True)
    shutil.copy(backup, db)
    done, modules = _kesu(tmp_path, *render)
    said = " ".join(done.stdout.split() + done.stderr.split())
    assert done.returncode == 2 and "lost its latest records" in said, said[-2000:]
    assert modules == "[]", modules[:300]
    assert _numbers(db) == ["202609001"]
    assert lost.read_bytes() == written
