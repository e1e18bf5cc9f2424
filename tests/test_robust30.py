"""The register's robustness gaps round 29 left (robust30): a rerun refusing its own file after a
clock-floored batch, the export rows' build holding the write lock, the locked message's
figures, the stop message's counts, times straight from the clock, PostgreSQL's idle sessions,
``txid_status`` confirmed by a row, an old server."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hostile import complaint as sample_record
from hostile import write_json
from test_attack27 import _kesu_render
from test_flake29 import other_clerk_holding


# ------------------------------------------------------------------ 1. a rerun and its own file
def _filed_unlogged(cwd: Path, inbox: Path, out: Path, db: Path) -> None:
    """``kesu render INBOX -o OUT`` into the SQLite register ``db``, stopped (as by a crash or the
    power) before its prints were logged: their log lines taken out."""
    done = _kesu_render(cwd, inbox, out, db)
    assert done.returncode == 0, done.stdout + done.stderr
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("DELETE FROM prints")
        conn.execute("DELETE FROM events WHERE event = 'printed'")
    conn.close()


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
    _filed_unlogged(tmp_path, inbox, out, db)
    written = sorted(p.name for p in out.glob("*.docx"))
    assert len(written) == 3
    (tmp_path / "kesu.toml").write_text('company = "改正后的公司名称有限公司"\n', encoding="utf-8")
    done = _kesu_render(tmp_path, inbox, out, db, "--lang", "en")
    said = " ".join((done.stdout + done.stderr).split())
    assert done.returncode == 0 and "lost its latest records" not in said, said
    assert sorted(p.name for p in out.glob("*.docx")) == written
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM prints WHERE mark = 'original'").fetchone() == (3,)
    conn.close()


def test_a_document_and_its_pdf_are_dated_by_the_registers_moment(tmp_path):
    """The file a batch writes, and the PDF ``--pdf`` makes of it, carry their document's
    moment in the register as their modification time (before: this PC's clock as each was
    written, the PDF's at its conversion — a rerun then judged them by a second clock)."""
    import datetime as dt
    import os

    from helpers import SOFFICE, complaint

    from kesu_docs.register import Register

    if SOFFICE is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    db, out, inbox = tmp_path / "k.db", tmp_path / "out", tmp_path / "in"
    inbox.mkdir()
    write_json(inbox / "c.json", sample_record(customer="dated"))
    ahead = dt.datetime.now(dt.timezone.utc) + dt.timedelta(hours=5)
    with Register.open(db) as reg:  # another clerk's PC, 5 hours ahead: this batch filed at its moment
        reg.issue(complaint(customer="ahead"), source_hash="ahead", issued_at=ahead)
    done = _kesu_render(tmp_path, inbox, out, db, "--pdf")
    assert done.returncode == 0, done.stdout + done.stderr
    with Register.open(db) as reg:
        issued = reg.get("202609002").issued_at.timestamp()
    for name in ("complaint-202609002.docx", "complaint-202609002.pdf"):
        assert abs(os.stat(out / name).st_mtime - issued) < 0.01, name


_REFUSING_TIMES = """
import errno, os, runpy, sys
def refused(*args, **kwargs):  # a folder that takes no explicit time (a CIFS or FAT share: EPERM)
    raise PermissionError(errno.EPERM, os.strerror(errno.EPERM))
os.utime = refused
sys.argv = ["kesu", *sys.argv[1:]]
runpy.run_module("kesu_docs", run_name="__main__")
"""


def test_a_folder_that_refuses_a_files_time_still_gets_the_document_with_a_warning(tmp_path):
    """fixr30 (review of robust30, item 2): a batch filed at a register moment ahead of this PC
    dates its file forward; where the folder refuses explicit times (``EPERM`` on a CIFS or FAT
    share: refused here by the system call as such a share refuses it) the document, written
    whole, was reported failed. Now it is written, its file in place under its name (the time
    set on the staged file, before its rename: none left half-dated), and the clerk warned."""
    import datetime as dt

    from helpers import complaint, python_process

    from kesu_docs.register import Register

    db, out, inbox = tmp_path / "k.db", tmp_path / "out", tmp_path / "in"
    inbox.mkdir()
    write_json(inbox / "c.json", sample_record(customer="refused times"))
    ahead = dt.datetime.now(dt.timezone.utc) + dt.timedelta(hours=5)
    with Register.open(db) as reg:  # another clerk's PC, 5 hours ahead
        reg.issue(complaint(customer="ahead"), source_hash="ahead", issued_at=ahead)
    args = ["render", str(inbox), "-o", str(out), "--db", str(db), "--lang", "en"]
    done = python_process("-c", _REFUSING_TIMES, *args, cwd=tmp_path)
    said = " ".join((done.stdout + done.stderr).split())
    assert done.returncode == 0, said
    assert sorted(p.name for p in out.iterdir()) == ["complaint-202609002.docx"]
    assert "folder refuses a set modification time" in said, said
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM prints WHERE mark = 'original'").fetchone() == (1,)
    conn.close()


def test_a_rerun_dates_the_file_it_writes_again_now_not_back_at_its_documents_issue(tmp_path):
    """fixr30 (review of robust30, item 3): every file was given its document's moment, also
    when that lay in the past — a rerun's file (or a void's copy) dated back at the first
    run's issue, skipped by a backup copying what changed since its last run. Now a file is
    dated never before it is written: forward to the register's moment only where this PC's
    clock is behind it (the test above and the next)."""
    import os
    import time

    db, out, inbox = tmp_path / "k.db", tmp_path / "out", tmp_path / "in"
    inbox.mkdir()
    write_json(inbox / "c.json", sample_record(customer="rerun"))
    _filed_unlogged(tmp_path, inbox, out, db)
    (tmp_path / "kesu.toml").write_text('company = "改正后的公司名称有限公司"\n', encoding="utf-8")
    started = time.time()
    done = _kesu_render(tmp_path, inbox, out, db)
    assert done.returncode == 0, done.stdout + done.stderr
    # (a file's time is the kernel's coarse clock: up to a tick behind time.time())
    assert os.stat(out / "complaint-202609001.docx").st_mtime >= started - 0.05


def test_print_unprinted_dates_its_files_by_the_registers_moment_ahead_of_this_pc(tmp_path):
    """fixr30 (review of robust30, item 8): ``kesu register print-unprinted`` wrote a document's
    file dated by this PC's clock, behind the register's moment for it: a rerun of the batch
    would take it for another document's file. Now it dates it as a batch does."""
    import datetime as dt
    import os

    from helpers import complaint

    from kesu_docs.filing import print_unprinted
    from kesu_docs.register import Register

    ahead = dt.datetime.now(dt.timezone.utc) + dt.timedelta(hours=5)
    with Register.open(tmp_path / "k.db") as reg:  # numbered by a PC 5 hours ahead, never printed
        reg.issue(complaint(customer="ahead"), source_hash="ahead", issued_at=ahead)
        [filed] = print_unprinted(reg, tmp_path / "out")
        assert filed.ok and filed.output is not None
        assert abs(os.stat(filed.output).st_mtime - ahead.timestamp()) < 0.01


# ------------------------------------------------------------------ 3. the locked message's figures


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
    import sys
    import time

    from helpers import complaint

    from kesu_docs.register import Register, RegisterError, database

    db = tmp_path / "kesu.db"
    Register.open(db).close()
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 700)
    holder = other_clerk_holding(db)
    try:
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
    assert "waited 60 " not in said and "等了 60 " not in said  # (the busy timeout set here: 0.7 s)


@pytest.mark.skipif(not Path("/proc/locks").exists(), reason="the lock's holder is read from /proc/locks")
def test_the_locks_holder_is_found_where_the_lock_table_names_another_device(tmp_path):
    """fixr30 (review of robust30, item 9): on btrfs (a subvolume) and overlay filesystems the
    device ``/proc/locks`` names is not the one ``stat`` gives: no holder was ever found there.
    Now a lock line of the file's inode is the file's where its process holds the file open
    (its ``/proc/PID/fd`` entry, as ``stat`` sees it); the same inode on another device, held
    by a process that has no such file open, is not."""
    import os

    from kesu_docs.register import Register, database

    db = tmp_path / "kesu.db"
    Register.open(db).close()
    holder = other_clerk_holding(db)
    try:
        found = os.stat(f"{db}-shm")
        with open("/proc/locks", encoding="ascii") as table:
            lines = [line.split() for line in table]
        [where] = {p[5] for p in lines if p[4] == str(holder.pid) and p[5].endswith(f":{found.st_ino}")}
        elsewhere = f"fe:ff:{found.st_ino}"  # (the lock table's device for it on btrfs: another)
        assert where != elsewhere
        assert database._locks(where, holder.pid, found)
        assert database._locks(elsewhere, holder.pid, found)
        assert not database._locks(elsewhere, os.getppid(), found)  # (not holding it)
        assert not database._locks(f"{where}1", holder.pid, found)  # (another inode)
    finally:
        holder.communicate("\n", timeout=60)


# ------------------------------------------------------------------ 6. PostgreSQL: a frozen clerk
_FROZEN = """
import os, signal, sys
import sqlalchemy as sa
from kesu_docs.register import Register, database
database.PG_IDLE_IN_WRITE_MS = 2000
reg = Register.open(sys.argv[1])
with database.writing(reg._engine) as conn:
    conn.execute(sa.text("SELECT * FROM counters FOR UPDATE"))
    print("holding", flush=True)
    os.kill(os.getpid(), signal.SIGSTOP)
"""


def test_a_kesu_frozen_in_its_write_transaction_lets_go_of_the_numbering_on_postgresql(tmp_path, pg_url):
    """A clerk's kesu frozen in its numbering transaction while its PC stays on the network (a
    Windows console's QuickEdit selection, a suspended process: stopped here, SIGSTOP, holding
    the counters' rows) held them for ever: another clerk's batch waited with it (the TCP
    keepalives find a PC gone, not a process stopped). Now the server ends such a session once
    it has sat idle in its write transaction past ``PG_IDLE_IN_WRITE_MS`` (2 s here), and the
    other clerk's batch numbers its form."""
    import subprocess
    import sys

    from helpers import clean_environment, complaint

    from kesu_docs.register import Register

    with Register.open(pg_url, create=True) as reg:
        reg.issue(complaint(), source_hash="first")
    frozen = subprocess.Popen(
        [sys.executable, "-c", _FROZEN, pg_url], stdout=subprocess.PIPE, text=True, env=clean_environment()
    )
    try:
        assert frozen.stdout is not None and frozen.stdout.readline() == "holding\n"
        (tmp_path / "in").mkdir()
        write_json(tmp_path / "in" / "c.json", sample_record(customer="the other clerk"))
        try:
            done = subprocess.run(
                [sys.executable, "-m", "kesu_docs", "render", "in", "-o", "out", "--db", pg_url],
                cwd=tmp_path,
                env=clean_environment(KESU_LANG="en"),
                capture_output=True,
                text=True,
                timeout=90,
            )
        except subprocess.TimeoutExpired:
            pytest.fail("the other clerk's batch still waited for the frozen one after 90 s")
    finally:
        frozen.kill()
        frozen.wait(30)
    assert done.returncode == 0, done.stdout + done.stderr
    with Register.open(pg_url) as reg:
        assert sorted(d.number for d in reg.documents()) == ["202609001", "202609002"]


_STOOD_STILL = """
import os, signal, sys
import sqlalchemy as sa
from kesu_docs.register import Register, RegisterError, database
database.PG_IDLE_IN_WRITE_MS = 1000
reg = Register.open(sys.argv[1])
def work(conn):
    conn.execute(sa.text("SELECT * FROM counters FOR UPDATE"))
    print(conn.scalar(sa.text("SELECT pg_backend_pid()")), flush=True)
    os.kill(os.getpid(), signal.SIGSTOP)
    conn.execute(sa.text("SELECT 1"))
try:
    reg._write(work)
except RegisterError as exc:
    print(exc.message("zh"))
    print(exc.message("en"))
"""


def test_a_kesu_that_stood_still_in_its_write_says_so_in_chinese_and_english(tmp_path, pg_url):
    """fixr30 (review of robust30, item 7): the kesu whose session the server ended (idle in
    its write transaction past ``PG_IDLE_IN_WRITE_MS``) said only the driver's English words
    once it went on. Now, in both languages, that it stood still and that nothing was written."""
    import signal
    import subprocess
    import sys
    import time

    import psycopg
    from helpers import clean_environment

    from kesu_docs.register import Register

    Register.open(pg_url, create=True).close()
    frozen = subprocess.Popen(
        [sys.executable, "-c", _STOOD_STILL, pg_url],
        stdout=subprocess.PIPE,
        text=True,
        env=clean_environment(),
    )
    try:
        assert frozen.stdout is not None
        backend = int(frozen.stdout.readline())
        deadline = time.monotonic() + 60
        with psycopg.connect(pg_url, autocommit=True) as conn:  # the server ends its session
            while conn.execute("SELECT count(*) FROM pg_stat_activity WHERE pid = %s", (backend,)).fetchone()[
                0
            ]:
                assert time.monotonic() < deadline, "the server never ended the idle session"
                time.sleep(0.05)
        frozen.send_signal(signal.SIGCONT)
        said = frozen.communicate(timeout=60)[0]
    finally:
        frozen.kill()
        frozen.wait(30)
    assert "中途停住超过 1 秒" in said and "这一步没有写入登记簿" in said, said
    assert "stood still for over 1 seconds" in said, said


def test_a_postgresql_server_older_than_kesu_needs_is_refused_before_any_number(pg_url, monkeypatch):
    """``txid_status`` (what became of a commit whose answer was lost) is PostgreSQL 10's: on an
    older server every write failed with the driver's "function txid_current_if_assigned() does
    not exist" (9.5) or a lost commit could not be asked about (9.6). Now the server's version
    is read as the driver connects and an older one is refused when the register is opened,
    naming its version, nothing made in it. (No older server here: the oldest version kesu
    takes is raised past this real server's, which is then refused as an older one would be.)"""
    import psycopg

    from kesu_docs.register import Register, RegisterError, database

    engine = database.connect(database.to_url(pg_url), create=False)
    with engine.connect() as conn:  # (the version as the driver reads it: "17devel" is (17,))
        version = tuple(conn.dialect.server_version_info)
    engine.dispose()
    major, shown = version[0], ".".join(map(str, version))
    monkeypatch.setattr(database, "PG_OLDEST", (major + 1,))
    with pytest.raises(RegisterError) as raised:
        Register.open(pg_url, create=True)
    assert raised.value.code == "register_server_too_old"
    assert f"runs PostgreSQL {shown}; kesu needs PostgreSQL {major + 1} or later" in raised.value.message(
        "en"
    )
    assert f"是 PostgreSQL {shown}，kesu 需要 PostgreSQL {major + 1}" in raised.value.message("zh")
    with psycopg.connect(pg_url) as conn:  # nothing made in it
        assert conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").fetchone() == (0,)
    monkeypatch.setattr(database, "PG_OLDEST", (major,))
    Register.open(pg_url, create=True).close()  # its own version and later: taken


# ------------------------------------------------------------------ 5. one clock for what the register keeps
def test_an_upgrade_and_a_web_batch_are_dated_by_the_registers_clock(tmp_path):
    """The register's records follow one clock (robust29: this computer's, never earlier than
    the register's latest record). Before: a schema upgrade's ``applied_at`` and a web batch's
    ``created`` were this computer's clock as it was, 5 hours before the latest record another
    clerk's PC (ahead) filed; now both are dated by the register's clock."""
    import datetime as dt

    from helpers import complaint, python_process

    from kesu_docs.register import Register, schema
    from kesu_docs.web.jobs import Batches

    db = tmp_path / "k.db"
    ahead = dt.datetime.now(dt.timezone.utc) + dt.timedelta(hours=5)
    with Register.open(db) as reg:  # another clerk's PC, 5 hours ahead
        reg.issue(complaint(customer="ahead"), source_hash="ahead", issued_at=ahead)
    conn = sqlite3.connect(db)
    with conn:  # a register of the version before (the last step only drops indexes: run again)
        conn.execute("DELETE FROM schema_version WHERE version = ?", (schema.LATEST,))
    conn.close()
    done = python_process("-m", "kesu_docs", "register", "list", "--db", str(db), cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    conn = sqlite3.connect(db)
    [(applied,)] = conn.execute("SELECT applied_at FROM schema_version WHERE version = ?", (schema.LATEST,))
    conn.close()
    assert dt.datetime.fromisoformat(applied).replace(tzinfo=dt.timezone.utc) >= ahead, applied
    (tmp_path / "work").mkdir()
    with Register.open(db) as reg:
        assert Batches(tmp_path / "work", reg).new("clerk").created >= ahead


def test_a_web_batch_begun_while_postgresql_is_out_of_reach_is_dated_by_this_pc(tmp_path, pg_url, caplog):
    """fixr30 (review of robust30, item 4): a web upload asked the register for its batch's time
    after making the batch's folders: with the PostgreSQL server out of reach (its connections
    refused here, the proxy gone) the upload failed — 500, its folder left behind. Now the time
    is read first, and where the register cannot say it, this PC's clock dates the batch (said
    in the server's log); the upload goes on."""
    import datetime as dt
    import logging

    from test_robust29 import cut_proxy

    from kesu_docs.register import Register
    from kesu_docs.web.jobs import Batches

    Register.open(pg_url, create=True).close()
    (tmp_path / "work").mkdir()
    with cut_proxy(pg_url, "after", tmp_path / "proxy.log") as through:
        reg = Register.open(through)
    try:  # (the proxy stopped: the server out of reach)
        batches = Batches(tmp_path / "work", reg)
        before = dt.datetime.now().astimezone()
        with caplog.at_level(logging.WARNING):
            batch = batches.new("clerk")
        assert before <= batch.created <= dt.datetime.now().astimezone()
        assert (batch.folder / "in").is_dir() and (batch.folder / "out").is_dir()
        assert "could not be read" in caplog.text or "读不到登记簿的时间" in caplog.text
    finally:
        reg.close()


# ------------------------------------------------------------------ 4. the stop's counts
@pytest.mark.parametrize(("jobs", "before"), [("1", 0), ("2", 0), ("1", 20)])
def test_a_batch_stopped_by_a_lost_commit_answer_counts_what_it_may_have_numbered(
    tmp_path, pg_url, jobs, before
):
    """A proxy cuts the connection at the second numbering's COMMIT after the server committed
    it, then refuses every connection (robust29's ``away``): kesu cannot ask what became of it
    and stops. Before: "N documents numbered" counted only the numberings it knew committed,
    while the register held the cut one's forms too (250 said, 322 in the register). Now those
    forms are said as perhaps numbered; the files said written are the files in the folder.
    fixr30 (review item 6): ``before`` of the cut numbering's forms filed by an earlier run
    (found by their source, not numbered again) were counted as perhaps numbered too; now only
    those it numbered."""
    import re

    import psycopg
    from test_robust29 import kesu_through_proxy

    from kesu_docs.filing import CHUNK
    from kesu_docs.register import Register

    total = CHUNK + CHUNK // 4 + 10
    inbox, out, log = tmp_path / "inbox", tmp_path / "out", tmp_path / "proxy.log"
    inbox.mkdir()
    for i in range(total):
        write_json(inbox / f"c{i:03d}.json", sample_record(customer=f"Customer {i}"))
    Register.open(pg_url, create=True).close()
    if before:  # the last forms (the cut numbering's) filed by an earlier run
        earlier = tmp_path / "earlier"
        earlier.mkdir()
        for i in range(total - before, total):
            (earlier / f"c{i:03d}.json").write_bytes((inbox / f"c{i:03d}.json").read_bytes())
        filed = _kesu_render(tmp_path, earlier, tmp_path / "earlier-out", pg_url)
        assert filed.returncode == 0, filed.stdout + filed.stderr
    args = ["render", str(inbox), "-o", str(out), "--jobs", jobs]
    done = kesu_through_proxy(pg_url, "away", log, tmp_path, args)
    said = " ".join(done.stderr.split())
    assert done.returncode == 2 and "cut away" in log.read_text(), said
    counts = re.search(
        r"(\d+) documents numbered \(and perhaps (\d+) more: [^)]*\), (\d+) files written", said
    )
    assert counts is not None, said
    numbered, perhaps, written = map(int, counts.groups())
    with psycopg.connect(pg_url) as conn:
        [(registered,)] = conn.execute("SELECT count(*) FROM documents").fetchall()
    assert numbered + perhaps == registered - before and perhaps > 0, (said, registered)
    assert written == len(list(out.glob("*.docx")) if out.exists() else []), said


# ------------------------------------------------------------------ 2. the export rows built in steps
def test_the_export_rows_build_lets_other_clerks_write_between_its_steps_and_resumes_after_a_kill(tmp_path):
    """``kesu register check`` (and an export) after an upgrade stores every document's export
    row. Before: in one write transaction — about 25 s at 100,000 documents, every other
    clerk's batch waiting all along, refused "locked" past its minute. Now made in reads and
    stored a step at a time, each in a short write transaction: stopped as it makes its fourth
    step's rows, another connection takes the write lock with no wait at all (busy timeout 0)
    and finds three steps stored; the builder, killed there, has stored whole steps and the
    next build stores the rest — the same rows as a build never cut. (fixr30: the builder is
    stopped at that read, no longer caught between steps by a poller's luck.)"""
    import shutil

    from helpers import complaint, stopped_build

    from kesu_docs.register import Register

    db, whole = tmp_path / "k.db", tmp_path / "whole.db"
    with Register.open(db) as reg:
        reg.issue_many([(complaint(customer=f"客户 {n}"), f"s{n}", "") for n in range(200)])
    shutil.copy(db, whole)
    with Register.open(whole) as reg:  # the rows of a build never cut
        assert reg.build_sheet_rows() == 200
    with stopped_build(db, step=20, reads=5):  # (1: the missing rows; 2-4: three steps)
        other = sqlite3.connect(db, isolation_level=None, timeout=0)
        try:
            other.execute("BEGIN IMMEDIATE")  # (the other clerk's write: no wait)
            assert other.execute("SELECT count(*) FROM sheet_rows").fetchone()[0] == 60
            other.execute("ROLLBACK")
        finally:
            other.close()
    with Register.open(db) as reg:
        assert reg.sheet_rows_missing() > 0
        assert reg.build_sheet_rows() == 140  # the rest only
        assert reg.sheet_rows_missing() == 0
    for table in ("sheet_rows", "tracking_rows", "log_rows"):
        query = f"SELECT * FROM {table} ORDER BY 1"
        got, want = sqlite3.connect(db), sqlite3.connect(whole)
        assert got.execute(query).fetchall() == want.execute(query).fetchall(), table
        got.close()
        want.close()


def test_a_write_finds_its_own_case_log_line_however_many_others_logged_meanwhile(pg_url):
    """fixr30 (review of robust30, item 5): a PostgreSQL write confirms a lost commit by its last
    case-log line, searched only among the register's last 5,000: at a busy time (6,000 lines
    logged by other clerks while it ran) it found none and took ``txid_status``'s "committed"
    unconfirmed — on a promoted standby, another transaction's. Now searched among the lines
    numbered since it began, however many."""
    import psycopg
    import sqlalchemy as sa
    from helpers import complaint

    from kesu_docs.register import Register, database, register

    with Register.open(pg_url, create=True) as reg:
        reg.issue(complaint(), source_hash="first")
        with database.writing(reg._engine) as conn:
            conn.exec_driver_sql(
                "INSERT INTO events (document_id, at, event, detail) "
                "SELECT id, now(), 'reminder', 'ours' FROM documents"
            )
            [ours] = conn.exec_driver_sql("SELECT id FROM events WHERE detail = 'ours'").scalars()
            with psycopg.connect(pg_url, autocommit=True) as other:  # the other clerks, meanwhile
                other.execute(
                    "INSERT INTO events (document_id, at, event, detail) "
                    "SELECT d.id, now(), 'reminder', 'theirs' FROM documents d, generate_series(1, 6000)"
                )
            asked = conn.execute(  # (the query's text: render33's register imports no SQLAlchemy)
                sa.text(register._ASKED), {"before": conn.info.get(database.LINES_BEFORE) or 0}
            ).first()
            conn.rollback()
    assert asked is not None and asked.xid is not None
    assert asked.line == ours


# ------------------------------------------------------------------ 6. a failover reuses a transaction id
@contextlib.contextmanager
def _standby(primary: str) -> Iterator[tuple[str, Callable[[], None]]]:
    """A streaming standby of the server ``primary`` (``postgresql://postgres@127.0.0.1:PORT``)
    on a port of its own, caught up, then cut from it (its WAL receiver stopped): its URL and
    how to promote it. Stopped and removed after."""
    import os
    import pwd
    import shutil
    import subprocess
    import tempfile
    import time

    from conftest import _pg_bin
    from helpers import free_port

    bindir = _pg_bin()
    as_user = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    data = Path(tempfile.mkdtemp(prefix="kesu-standby-"))
    if as_user:
        owner = pwd.getpwnam("postgres")
        os.chown(data, owner.pw_uid, owner.pw_gid)
    cluster, port = data / "cluster", free_port()
    primary_port = primary.rsplit(":", 1)[1]

    def run(*args: str) -> None:
        done = subprocess.run([*as_user, *args], capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stdout + done.stderr

    run(str(bindir / "pg_basebackup"), "-h", "127.0.0.1", "-p", primary_port, "-U", "postgres",
        "-D", str(cluster), "-R", "-X", "stream", "-c", "fast")  # fmt: skip
    run(str(bindir / "pg_ctl"), "-D", str(cluster), "-l", str(data / "log"), "-w", "-t", "60", "-o",
        f"-p {port} -k {data} -c listen_addresses=127.0.0.1 -c fsync=off", "start")  # fmt: skip
    url = f"postgresql://postgres@127.0.0.1:{port}"
    try:
        import psycopg

        with psycopg.connect(f"{url}/postgres", autocommit=True) as conn:
            wanted = (
                psycopg.connect(f"{primary}/postgres").execute("SELECT pg_current_wal_lsn()").fetchone()[0]
            )
            deadline = time.monotonic() + 60
            while conn.execute("SELECT pg_last_wal_replay_lsn() >= %s", (wanted,)).fetchone()[0] is not True:
                assert time.monotonic() < deadline, "the standby did not catch up"
                time.sleep(0.05)
            conn.execute("ALTER SYSTEM SET primary_conninfo = ''")
            conn.execute("SELECT pg_reload_conf()")
            while conn.execute("SELECT count(*) FROM pg_stat_wal_receiver").fetchone()[0]:
                assert time.monotonic() < deadline, "the standby's WAL receiver did not stop"
                time.sleep(0.05)
        yield url, lambda: run(str(bindir / "pg_ctl"), "-D", str(cluster), "-w", "promote")
    finally:
        subprocess.run([*as_user, str(bindir / "pg_ctl"), "-D", str(cluster), "-m", "immediate", "-w", "stop"],
                       capture_output=True, timeout=60)  # fmt: skip
        shutil.rmtree(data, ignore_errors=True)


def test_a_commit_answer_lost_across_a_failover_is_not_taken_for_another_transactions(
    tmp_path, pg_server, pg_url
):
    """The connection of a numbering is cut after the server committed it (its answer lost), and
    the server is replaced meanwhile by its standby, promoted without that transaction — which
    then hands its id to a transaction of its own (a failover: ids are given again). Before:
    ``txid_status`` on the new server said "committed" and the document was taken as filed,
    the register (the promoted server) without it. Now "committed" is confirmed by the case-log
    line the transaction wrote (its id, its row's ``xmin``, its content): not there, the
    numbering is run again on the new server, the document filed there."""
    import threading
    import time

    import psycopg
    from helpers import complaint
    from test_robust29 import cut_proxy

    from kesu_docs.register import Register

    name = pg_url.rsplit("/", 1)[1]
    with Register.open(pg_url, create=True) as reg:
        reg.issue(complaint(customer="before"), source_hash="before")
    go, log = tmp_path / "go", tmp_path / "proxy.log"
    with _standby(pg_server) as (standby, promote):
        with cut_proxy(
            pg_url, "failover", log, ("INSERT INTO documents", 1, go, standby.rsplit(":", 1)[1])
        ) as through:
            outcome: list = []

            def clerk() -> None:
                try:
                    with Register.open(through) as reg:
                        outcome.append(reg.issue(complaint(customer="during"), source_hash="during"))
                except Exception as exc:  # (said by the assertion below)
                    outcome.append(exc)

            filing = threading.Thread(target=clerk)
            filing.start()
            deadline = time.monotonic() + 120
            while "committed" not in (log.read_text() if log.exists() else ""):
                assert time.monotonic() < deadline and filing.is_alive(), ("never committed", outcome)
                time.sleep(0.02)
            with psycopg.connect(pg_url) as conn:  # the transaction's id, on the old server
                [(xid,)] = conn.execute(
                    "SELECT xmin::text::bigint FROM documents WHERE source_hash = 'during'"
                )
            promote()
            with psycopg.connect(f"{standby}/{name}", autocommit=True) as conn:
                given = 0
                while given < xid:  # the promoted server hands that id out again
                    given = conn.execute("SELECT txid_current() % 4294967296").fetchone()[0]
                assert given == xid, (given, xid)
            go.touch()
            filing.join(120)
        with psycopg.connect(f"{standby}/{name}") as conn:  # (the register now)
            filed = conn.execute("SELECT number FROM documents WHERE source_hash = 'during'").fetchall()
    assert "cut failover" in log.read_text()
    [doc] = outcome
    assert not isinstance(doc, Exception), doc
    assert filed == [(doc.number,)], (filed, doc.number)
