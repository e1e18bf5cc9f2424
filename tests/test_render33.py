"""A render and a re-print on a current SQLite register written through ``sqlite3`` alone
(issue 15, render33: register/lite_writer.py).

Real registers, the commands in processes of their own, real locks and real concurrent
processes: SQLAlchemy is not imported, and the register's guarantees hold as through it —
the opening's refusals, the wait for another clerk's lock said, a failed write rolled back
whole, numbers gapless and never issued twice.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from helpers import clean_environment, complaint, python_process

from kesu_docs.register import Register, RegisterError
from kesu_docs.register.lite_writer import LiteEngine

SAMPLES = Path(__file__).resolve().parent.parent / "samples"

# the command in this process, then the sqlalchemy modules it loaded (its workers are forked
# from it: what it has not imported they have not either)
_COMMAND = (
    "import sys\n"
    "from kesu_docs.cli import cli\n"
    "try:\n"
    "    cli.main(['--lang', 'en', *sys.argv[1:]], standalone_mode=False)\n"
    "finally:\n"
    "    print(sorted(m for m in sys.modules if m.split('.')[0] == 'sqlalchemy'))\n"
)


def _numbers(db: Path) -> list[tuple[str, str]]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT kind, number FROM documents ORDER BY id").fetchall()
    finally:
        conn.close()


def _kesu(tmp_path: Path, *argv: str) -> tuple[subprocess.CompletedProcess, str]:
    done = python_process("-c", _COMMAND, *argv, cwd=tmp_path)
    *said, modules = done.stdout.strip().splitlines() or [""]
    return done, modules


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_render_and_a_reprint_on_a_current_sqlite_register_import_no_sqlalchemy(tmp_path, jobs):
    """``kesu render`` (one job, ``--jobs 2``) numbering into an existing register, then ``kesu
    render --reprint``: the documents numbered and re-printed as before, no ``sqlalchemy``
    module loaded — fails before render33 (the render opened ``Register`` through SQLAlchemy)."""
    db = tmp_path / "kesu.db"
    with Register.open(db) as reg:  # (a register made as ever: current, in WAL mode)
        reg.issue(complaint("甲"), source_hash="earlier")
    for name in ("complaint-valid.xlsx", "8d-valid.xlsx"):
        shutil.copy(SAMPLES / name, tmp_path / name)
    done, modules = _kesu(
        tmp_path,
        "render",
        "complaint-valid.xlsx",
        "8d-valid.xlsx",
        "-o",
        "out",
        "--db",
        str(db),
        "--jobs",
        jobs,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert modules == "[]", modules[:300]
    assert _numbers(db) == [("complaint", "202609001"), ("complaint", "202609002"), ("8d", "8D202609001")]
    assert sorted(p.name for p in (tmp_path / "out").glob("*.docx")) == [
        "8d-8D202609001.docx",
        "complaint-202609002.docx",
    ]
    done, modules = _kesu(tmp_path, "render", "--reprint", "202609002", "-o", "again", "--db", str(db))
    assert done.returncode == 0, done.stderr[-2000:]
    assert modules == "[]", modules[:300]
    assert (tmp_path / "again" / "complaint-202609002-补印1.docx").is_file()
    conn = sqlite3.connect(db)
    try:
        assert conn.execute(
            "SELECT reprints, status FROM documents WHERE number = '202609002'"
        ).fetchone() == (
            1,
            "re-printed",
        )
        assert conn.execute("SELECT count(*) FROM prints").fetchone() == (3,)
    finally:
        conn.close()


def test_a_register_opened_on_sqlite3_is_refused_as_through_sqlalchemy(tmp_path):
    """A trigger planted on the register's table, another program's table: refused on opening
    (``register_changed``, ``register_foreign``) as ``Register`` refuses them — the checks as
    SQL text on the driver; with neither, the writer is on ``sqlite3``."""
    db = tmp_path / "kesu.db"
    with Register.open(db) as reg:
        reg.issue(complaint("甲"), source_hash="a")
    with Register.open(db, on_driver=True) as reg:
        assert isinstance(reg._engine, LiteEngine)
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE 客户名单 (name TEXT)")
    conn.commit()
    with pytest.raises(RegisterError) as found:
        Register.open(db, on_driver=True)
    assert found.value.code == "register_foreign" and "客户名单" in str(found.value.message("en"))
    conn.execute("DROP TABLE 客户名单")
    conn.execute("CREATE TRIGGER reset AFTER INSERT ON documents BEGIN UPDATE counters SET last = 0; END")
    conn.commit()
    with pytest.raises(RegisterError) as found:
        Register.open(db, on_driver=True)
    assert found.value.code == "register_changed" and "reset ON documents" in found.value.message("en")
    conn.execute("DROP TRIGGER reset")
    conn.execute("CREATE UNIQUE INDEX one_kind ON documents (kind)")
    conn.commit()
    conn.close()
    with pytest.raises(RegisterError) as found:
        Register.open(db, on_driver=True)
    assert found.value.code == "register_changed" and "one_kind ON documents" in found.value.message("en")


def test_a_register_not_in_wal_mode_or_missing_is_opened_through_sqlalchemy(tmp_path):
    """What the driver alone does not do — make a register, switch an older program's journal
    to WAL — is left to SQLAlchemy's opening, as before."""
    db = tmp_path / "kesu.db"
    with Register.open(db, on_driver=True) as reg:  # (none there: made)
        assert not isinstance(reg._engine, LiteEngine)
        reg.issue(complaint("甲"), source_hash="a")
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA journal_mode = DELETE").fetchone() == ("delete",)
    conn.close()
    with Register.open(db, on_driver=True) as reg:
        assert not isinstance(reg._engine, LiteEngine)
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    conn.close()
    with Register.open(db, on_driver=True) as reg:
        assert isinstance(reg._engine, LiteEngine)
        assert reg.issue(complaint("乙"), source_hash="b").number == "202609002"


def test_a_write_on_sqlite3_waits_for_the_lock_and_says_who_held_it(tmp_path, monkeypatch):
    """Another program holds the write lock past the wait: the batch is refused saying how
    long kesu waited and which process held it (this one's pid), nothing numbered; once it
    lets go, the batch numbers the next number."""
    from kesu_docs.register import database

    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 400)
    db = tmp_path / "kesu.db"
    with Register.open(db) as reg:
        reg.issue(complaint("甲"), source_hash="a")
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    with Register.open(db, on_driver=True) as reg:
        assert isinstance(reg._engine, LiteEngine)
        with pytest.raises(RegisterError) as found:
            reg.issue(complaint("乙"), source_hash="b")
        said = found.value.message("en")
        assert found.value.code == "register_failed" and "database is locked" in said, said
        waited = re.search(r"kesu waited ([0-9.]+) seconds", said)
        assert waited is not None and float(waited[1]) >= 0.4, said
        assert f"held by process {os.getpid()} (" in said, said  # (from /proc/locks)
        holder.execute("ROLLBACK")
        assert _numbers(db) == [("complaint", "202609001")]
        assert reg.issue(complaint("乙"), source_hash="b").number == "202609002"
    holder.close()


@pytest.mark.parametrize("stop", [RuntimeError, KeyboardInterrupt])
def test_a_write_on_sqlite3_stopped_midway_leaves_nothing_written(tmp_path, stop):
    """A write stopped after its first statements (an error of ours, Ctrl-C): rolled back
    whole, the connection given back usable — the next write numbers the next number."""
    from kesu_docs.register import issuing

    db = tmp_path / "kesu.db"
    with Register.open(db) as reg:
        reg.issue(complaint("甲"), source_hash="a")
    with Register.open(db, on_driver=True) as reg:
        real = issuing.issue_batch

        def cut(conn, *args, **kwargs):
            real(conn, *args, **kwargs)  # (numbered, its rows and case log written)
            raise stop("cut")

        with pytest.MonkeyPatch.context() as patch:
            patch.setattr("kesu_docs.register.register.issue_batch", cut)
            with pytest.raises(stop):
                reg.issue(complaint("乙"), source_hash="b")
        assert _numbers(db) == [("complaint", "202609001")]
        conn = sqlite3.connect(db)
        assert conn.execute("SELECT count(*) FROM events").fetchone() == (1,)
        conn.close()
        assert reg.issue(complaint("乙"), source_hash="b").number == "202609002"


_CLERK = (
    "import sys\n"
    "from helpers import complaint\n"
    "from kesu_docs.register import Register\n"
    "from kesu_docs.register.lite_writer import LiteEngine\n"
    "who, db = sys.argv[1], sys.argv[2]\n"
    "with Register.open(db, on_driver=True) as reg:\n"
    "    print(isinstance(reg._engine, LiteEngine))\n"
    "    for batch in range(8):\n"
    "        items = [(complaint(f'{who}{batch}-{i}'), f'{who}-{batch}-{i}', '') for i in range(5)]\n"
    "        reg.issue_many(items)\n"
    "print(sorted(m for m in sys.modules if m.split('.')[0] == 'sqlalchemy'))\n"
)


def test_two_clerks_writing_on_sqlite3_at_once_number_gaplessly(tmp_path):
    """Two processes each filing 8 batches of 5 into one register at the same moment, on the
    driver alone: 80 numbers, each once, none skipped."""
    db = tmp_path / "kesu.db"
    with Register.open(db) as reg:
        reg.issue(complaint("起"), source_hash="first")
    tests = str(Path(__file__).resolve().parent)
    env = clean_environment()
    env["PYTHONPATH"] = os.pathsep.join([tests, env["PYTHONPATH"]])  # (helpers' complaint)
    go = threading.Barrier(2)
    done: list[subprocess.CompletedProcess] = []

    def clerk(who: str) -> None:
        go.wait()
        done.append(
            subprocess.run(
                [sys.executable, "-c", _CLERK, who, str(db)],
                cwd=tmp_path,
                env=env,
                capture_output=True,
                text=True,
                timeout=600,
            )
        )

    threads = [threading.Thread(target=clerk, args=(who,)) for who in ("甲", "乙")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for run in done:
        assert run.returncode == 0, run.stderr[-2000:]
    # both on the driver alone: an open that met the other clerk's lock waits for it (its busy
    # timeout) rather than take the SQLAlchemy engine (register35)
    assert all(run.stdout.split() == ["True", "[]"] for run in done), [run.stdout for run in done]
    numbers = [number for _, number in _numbers(db)]
    assert numbers == [f"202609{serial:03d}" for serial in range(1, 82)]
