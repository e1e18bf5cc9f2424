"""Two clerks starting `kesu render` at once on a register not yet made (flake29).

Round 28's CI run: one of two `kesu render` started together on a new register file could not
open it, "locked, waited 60 s". It had not waited: a new file is switched to WAL by writing its
first page, SQLite asks the write lock for it while holding its read, and where the other
clerk's kesu holds the write lock at that moment (switching the same file) SQLite answers
"database is locked" at once — the busy timeout is never used there (a deadlock otherwise).
"""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from helpers import clean_environment, process_gone, sqlite_open
from hostile import complaint, write_json

from kesu_docs.register import Register, RegisterError, database

# the other clerk's kesu at its step: the new register's write lock held (as while it switches
# the file to WAL), given back when told (a line on stdin)
_OTHER_CLERK = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
print("holding", flush=True)
sys.stdin.readline()
conn.execute("ROLLBACK")
"""


def other_clerk_holding(db: Path) -> subprocess.Popen:
    """A process holding ``db``'s write lock (:data:`_OTHER_CLERK`), once it holds it; a line
    on its stdin (``communicate("\\n")``) lets go."""
    other = subprocess.Popen(
        [sys.executable, "-c", _OTHER_CLERK, str(db)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert other.stdout is not None and other.stdout.readline() == "holding\n"
    return other


def _waiting_on(pid: int, path: Path) -> bool:
    """Whether process ``pid`` has the file ``path`` open and is asleep (a lock's busy wait:
    SQLite sleeps between its tries), read from /proc."""
    try:
        opened = {os.path.realpath(f) for f in Path(f"/proc/{pid}/fd").iterdir()}
        wchan = Path(f"/proc/{pid}/wchan").read_text()
        call = Path(f"/proc/{pid}/syscall").read_text().split()[0]
    except OSError:
        return False
    # (the kernel's sleep: its symbol where it is shown, else the call: nanosleep, clock_nanosleep
    # on x86-64, and on arm64)
    asleep = "sleep" in wchan or (wchan == "0" and call in {"35", "230", "101", "115"})
    return str(path.resolve()) in opened and asleep


@pytest.mark.skipif(not Path("/proc/self/wchan").exists(), reason="sees the processes through /proc")
def test_a_batch_started_while_another_clerk_sets_up_the_new_register_waits_for_it(tmp_path):
    """Before: the second clerk's `kesu render` failed at once, exit 2, saying the register had
    been held 60 seconds; now it waits for the other's write lock (as any write does), then
    numbers its form."""
    db = tmp_path / "kesu.db"
    (tmp_path / "in").mkdir()
    write_json(tmp_path / "in" / "c.json", complaint())
    other = other_clerk_holding(db)
    try:
        clerk = subprocess.Popen(
            [sys.executable, "-m", "kesu_docs", "render", "in", "-o", "out", "--db", str(db), "--lang", "en"],
            cwd=tmp_path,
            env=clean_environment(),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        # the other lets go once this clerk is seen waiting for it — or has ended (before: at once)
        deadline = time.monotonic() + 120
        while not (process_gone(clerk.pid) or _waiting_on(clerk.pid, db)):
            assert time.monotonic() < deadline, "the clerk's kesu neither waited nor ended"
            time.sleep(0.01)
        assert other.poll() is None  # (still holding: the clerk met the lock)
    finally:
        other.communicate("\n", timeout=60)
    out, err = clerk.communicate(timeout=300)
    assert clerk.returncode == 0, out + err
    assert "locked" not in err
    assert [p.name for p in (tmp_path / "out").glob("*.docx")] == ["complaint-202609001.docx"]
    with Register.open(db) as reg:
        assert [d.number for d in reg.documents()] == ["202609001"]
    with sqlite_open(db) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_new_register_held_past_the_wait_is_refused_after_the_wait_not_at_once(tmp_path, monkeypatch):
    """The wait is bounded and what it says: the write lock of a register being set up never
    given back, the open is refused after the busy timeout (half a second here), as the message
    says, having written nothing. Before: refused at once, the message claiming the wait."""
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 500)
    db = tmp_path / "kesu.db"
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        started = time.monotonic()
        with pytest.raises(RegisterError) as raised:
            Register.open(db)
        waited = time.monotonic() - started
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    message = raised.value.message("en")  # (robust30: the wait as measured)
    said = re.search(r"another program held the register: kesu waited ([\d.]+) seconds", message)
    assert said is not None and float(said.group(1)) >= 0.5, message
    assert waited >= 0.5, waited  # (before: 0.00 s)
    assert db.stat().st_size == 0
