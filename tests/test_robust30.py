"""The register's robustness gaps round 29 left (robust30): a rerun refusing its own file after a
clock-floored batch, the export rows' build holding the write lock, the locked message's
figures, the stop message's counts, times straight from the clock, PostgreSQL's idle sessions,
``txid_status`` confirmed by a row, an old server."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from hostile import complaint as sample_record
from hostile import write_json
from test_attack27 import _kesu_render


# ------------------------------------------------------------------ 1. a rerun and its own file
def test_a_rerun_of_a_batch_filed_after_a_clerk_whose_clock_is_ahead_writes_its_own_files_again(tmp_path):
    """Another clerk's PC, 5 hours ahead, filed a document; this PC's batch is filed at that
    moment (never earlier than the register's latest record, robust29) and stops before it
    logs its prints (the power, a crash: their log lines taken out here); the clerk corrects
    the company's name and runs the same command again. Before: the files, dated by this PC's
    clock, were "older" than their documents' issue (the register's time) and each was refused
    as another document's (``number_in_folder``). Now each file carries its document's moment
    as its modification time: the rerun writes them again."""
    import datetime as dt

    from helpers import complaint

    from kesu_docs.register import Register

    db, out, inbox = tmp_path / "k.db", tmp_path / "out", tmp_path / "in"
    inbox.mkdir()
    for n in range(3):
        write_json(inbox / f"{n}.json", sample_record(customer=f"in {n}"))
    ahead = dt.datetime.now(dt.timezone.utc) + dt.timedelta(hours=5)
    with Register.open(db) as reg:  # the other clerk's PC, 5 hours ahead
        reg.issue(complaint(customer="ahead"), source_hash="ahead", issued_at=ahead)
    done = _kesu_render(tmp_path, inbox, out, db)
    assert done.returncode == 0, done.stdout + done.stderr
    conn = sqlite3.connect(db)
    with conn:  # stopped before its prints were logged
        conn.execute("DELETE FROM prints")
        conn.execute("DELETE FROM events WHERE event = 'printed'")
    conn.close()
    written = sorted(p.name for p in out.glob("*.docx"))
    assert len(written) == 3
    (tmp_path / "kesu.toml").write_text('company = "改正后的公司名称有限公司"\n', encoding="utf-8")
    done = _kesu_render(tmp_path, inbox, out, db, "--lang", "en", COLUMNS="400")
    said = " ".join((done.stdout + done.stderr).split())
    assert done.returncode == 0 and "lost its latest records" not in said, said
    assert sorted(p.name for p in out.glob("*.docx")) == written
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM prints WHERE mark = 'original'").fetchone() == (3,)
    conn.close()


# ------------------------------------------------------------------ 3. the locked message's figures
_HOLDER = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
print("holding", flush=True)
sys.stdin.readline()
conn.execute("ROLLBACK")
"""


@pytest.mark.skipif(not Path("/proc/locks").exists(), reason="the lock's holder is read from /proc/locks")
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_register_held_by_another_process_says_how_long_it_waited_and_who_held_it(
    tmp_path, monkeypatch, lang
):
    """Before: "another program held the register for over 60 seconds" whatever was waited (the
    busy timeout's figure, also where SQLite refused at once, flake29). Now the time this
    process waited, as measured, and the process that held the register (its pid and command,
    from the system's table of locks, where the system tells)."""
    import re
    import subprocess
    import sys
    import time

    from helpers import complaint

    from kesu_docs.register import Register, RegisterError, database

    db = tmp_path / "kesu.db"
    Register.open(db).close()
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 700)
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(db)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "holding\n"
        with Register.open(db) as reg:
            started = time.monotonic()
            with pytest.raises(RegisterError) as raised:
                reg.issue(complaint(), source_hash="a")
            waited = time.monotonic() - started
    finally:
        holder.communicate("\n", timeout=60)
    said = raised.value.message(lang)
    figure = re.search(r"kesu waited ([\d.]+) seconds" if lang == "en" else r"等了 ([\d.]+) 秒", said)
    assert figure is not None and 0.7 <= float(figure.group(1)) <= waited + 0.1, said
    assert f"{holder.pid} ({sys.executable} -c" in said, said
    assert "60" not in said
