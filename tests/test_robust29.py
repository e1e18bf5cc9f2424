"""The robustness gaps round 28 left (robust29): DESIGN's bad-input rules, nothing lost and
nothing done twice — parse's part whose worker dies reading its call, ``KESU_CONFIG=none`` said
once a command, a slow request head closed in bounded time, a revision's filed file guarded on
every run, a clock set back, a PostgreSQL commit whose reply was lost."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import pytest

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


# ------------------------------------------------------------------ 1. parse: a death reading a call
def test_parses_part_whose_record_kills_its_worker_as_it_is_read_is_given_up_after_the_retries():
    """``kesu parse`` / ``validate``'s shared parts (``_Share._again``): a worker that died
    reading its call (before it said that call's first item) was blamed on no call, so the part
    was handed out again until ``DEATHS`` workers had died (every other part then lost,
    ``worker_none_left``). Now, as render's (fixa28), such a death counts against ``RETRIES``:
    the part is given up, its items said lost with how the worker ended, every other part done."""
    from test_fixa28 import _each, _lost, _Record

    from kesu_docs.workers import DEATHS, RETRIES, Workers

    # the poisoned record in the front half: a part the worker takes (the command takes the back)
    items = ["a0", _Record("poison")] + [f"a{i}" for i in range(2, 7)] + [f"b{i}" for i in range(7)]
    with Workers(2, layouts=False, rendering=False, share=True) as workers:
        done = workers.parts(_each, items, lost=_lost).result()
        deaths = workers.deaths
    assert deaths <= 1 + RETRIES + 1 < DEATHS, deaths
    lost = [d for d in done if isinstance(d, tuple)]
    assert lost and all(tried and "SIGKILL" in how for _, tried, how in lost), lost
    assert "poison" in {item for item, _, _ in lost}
    kept = [d for d in done if isinstance(d, str)]
    assert kept == [str(i) for i in items if str(i) not in {x for x, _, _ in lost}]
    assert {f"b{i}" for i in range(7)} <= set(kept)  # the other parts done, none "no worker left"


# ------------------------------------------------------------------ 2. KESU_CONFIG=none said once a command
def test_kesu_config_none_is_said_once_a_command_by_its_spawned_workers_too(tmp_path):
    """fixb28 said the switch once a process; a ``--jobs`` worker started by spawn (Windows'
    only start method) is a process of its own and said it again as it looked its settings up.
    Now the command says it once and its workers never do: one line a command, fork or spawn,
    ``kesu parse`` and ``kesu render`` alike."""
    from helpers import python_process

    forms = sorted(SAMPLES.glob("*-valid.xlsx"))
    inbox = tmp_path / "in"
    inbox.mkdir()
    for n in range(3):
        for form in forms:
            (inbox / f"{n}-{form.name}").write_bytes(form.read_bytes())
    for method in ("spawn", "fork"):
        for command in (
            ("parse", "--jobs", "2", str(inbox)),
            (
                "render",
                "--jobs",
                "2",
                str(inbox),
                "-o",
                str(tmp_path / f"out-{method}"),
                "--db",
                str(tmp_path / f"{method}.db"),
            ),
        ):
            done = python_process(
                "-m",
                "kesu_docs.cli",
                *command,
                cwd=tmp_path,
                timeout=300,
                KESU_CONFIG="none",
                KESU_START_METHOD=method,
            )
            assert done.returncode in (0, 1), done.stderr
            assert done.stderr.count("KESU_CONFIG=none") == 1, (method, command[0], done.stderr)


# ------------------------------------------------------------------ 3. kesu serve: a slow request head
def _closed_after(conn, cap: float) -> float:
    """Seconds until the server closes ``conn`` (it reads an end, or a reset), at most ``cap``."""
    import time

    began = time.monotonic()
    conn.settimeout(cap)
    try:
        while conn.recv(4096):
            pass
    except ConnectionResetError:
        pass
    except TimeoutError:
        return float("inf")
    return time.monotonic() - began


def test_kesu_serve_closes_a_request_head_sent_slowly_or_left_unfinished_within_its_bound(tmp_path):
    """Before: a connection that sent part of a request head and then nothing was held for
    waitress's ``channel_timeout`` (120 s, looked at every 30 s), and one that sent a byte every
    few seconds for ever (each byte is activity). Now a head has ``HEAD_S`` (10 s) from its first
    byte, silent or dripping, and an idle connection ``IDLE_S`` (30 s, looked at every 5 s); the
    page still answers. Measured by the server closing each socket (a generous cap)."""
    import socket
    import threading
    import urllib.request

    from web_helpers import running_server

    from kesu_docs.web import HEAD_S, IDLE_S

    assert HEAD_S <= 10 and IDLE_S <= 30
    with running_server(tmp_path) as server:
        port = int(server.url.rsplit(":", 1)[1])
        silent, dripping, idle = (socket.create_connection(("127.0.0.1", port)) for _ in range(3))
        silent.sendall(b"GET /register HTTP/1.1\r\nHost: kesu\r\nX-Slow: ")
        idle.sendall(b"GET /static/kesu.css HTTP/1.1\r\nHost: kesu\r\n\r\n")  # answered, kept alive
        stop = threading.Event()

        def drip() -> None:
            with __import__("contextlib").suppress(OSError):
                dripping.sendall(b"GET /register HTTP/1.1\r\nHost: kesu\r\nX-Slow: ")
                while not stop.wait(1.0):
                    dripping.sendall(b"a")

        dripper = threading.Thread(target=drip, daemon=True)
        dripper.start()
        times: dict[str, float] = {}
        watchers = [
            threading.Thread(target=lambda n=n, c=c: times.__setitem__(n, _closed_after(c, 75)))
            for n, c in (("silent", silent), ("dripping", dripping), ("idle", idle))
        ]
        try:
            for watcher in watchers:
                watcher.start()
            with urllib.request.urlopen(server.url + "/register", timeout=10) as page:
                assert page.status == 200  # the page answers meanwhile
            for watcher in watchers:
                watcher.join(90)
        finally:
            stop.set()
            for conn in (silent, dripping, idle):
                conn.close()
        dripper.join(5)
        # closed, within the bound and the server's one-second turn (generous: a loaded machine)
        assert times["silent"] < HEAD_S + 20 and times["dripping"] < HEAD_S + 20, times
        assert times["idle"] < IDLE_S + 5 + 20, times
        assert server.alive()


# ------------------------------------------------------------------ 4. a revision's file, every run
def test_a_revisions_filed_document_is_not_overwritten_by_a_later_run_of_a_register_that_lost_it(tmp_path):
    """A register put back from a backup taken before revision 2 was filed (its file
    ``…-修订2.docx`` in the folder) files another edit as revision 2 again: that run refuses to
    write beside the file (fixa28), but before, every later run of the same form found revision 2
    "its own" (a revision's time was not looked at: ``_not_its_own`` guarded a revision on the
    run that made it only) and replaced the controlled document. Now a revision's file older than
    the revision's own time (``revisions.at``) is another document's, on every run (zh / en)."""
    import sqlite3

    from helpers import revision_put_back
    from test_attack27 import _kesu_render

    db, out, revised, kept = revision_put_back(tmp_path, -60)  # (put back later: the file older)
    for run, (lang, words) in enumerate(
        (("en", "lost its latest records"), ("zh", "登记簿丢失了最近的记录"), ("en", "lost its"))
    ):  # (robust32: refused before the revision is registered, register_behind_folder)
        done = _kesu_render(tmp_path, tmp_path / "v3", out, db, "--lang", lang)
        said = " ".join((done.stdout + done.stderr).split())
        assert done.returncode == 2 and words in said and revised.name in said, (run, said)
        assert revised.read_bytes() == kept, run  # the controlled document is not replaced
    conn = sqlite3.connect(db)  # revision 2 (the other edit) not filed, no print logged
    assert conn.execute("SELECT count(*) FROM revisions WHERE revision = 2").fetchone() == (0,)
    assert conn.execute("SELECT count(*) FROM prints WHERE revision = 2").fetchone() == (0,)
    conn.close()


# ------------------------------------------------------------------ 5. the clock set back
FAKETIME = Path("/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1")


def _clock_back(days: int, unit: str = "d") -> dict[str, str]:
    """A kesu process whose clock is ``days`` behind (``unit``: ``h`` hours; libfaketime: an NTP
    step, a PC's clock set back; its monotonic clock left alone, which Python's sleeps need)."""
    return {
        "LD_PRELOAD": str(FAKETIME),
        "FAKETIME": f"-{days}{unit}",
        "FAKETIME_DONT_FAKE_MONOTONIC": "1",
        "FAKETIME_NO_CACHE": "1",
    }


@pytest.mark.skipif(not FAKETIME.exists(), reason="libfaketime (Debian's faketime) not installed")
def test_a_clock_set_back_never_files_earlier_than_the_register_and_says_so(tmp_path):
    """Before: a batch filed with the clock 400 days back (attack28) was issued on 2025-10-31,
    before the documents of the batch before and before the forms' own date, unsaid. Now the
    batch's moment is never earlier than the register's latest record (its issue times, case
    log and prints stay in time order, the issue date on the documents with them), said once a
    batch (zh / en); on a register with nothing later, a document issued before its form's own
    date is said, number by number."""
    import sqlite3

    from hostile import complaint as sample_record
    from hostile import write_json
    from test_attack27 import _kesu_render

    db, out = tmp_path / "k.db", tmp_path / "out"
    for batch in ("first", "second", "third"):
        (tmp_path / batch).mkdir()
        for n in range(3):
            write_json(tmp_path / batch / f"{n}.json", sample_record(customer=f"{batch} {n}"))
    assert _kesu_render(tmp_path, tmp_path / "first", out, db).returncode == 0
    for batch, lang, words in (
        ("second", "en", "is behind the register's latest record"),
        ("third", "zh", "早于登记簿最近一次记录"),
    ):
        done = _kesu_render(tmp_path, tmp_path / batch, out, db, "--lang", lang, **_clock_back(5, "h"))
        said = " ".join((done.stdout + done.stderr).split())
        assert done.returncode == 0 and said.count(words) == 1, said
    conn = sqlite3.connect(db)
    issued = [row[0] for row in conn.execute("SELECT issued_at FROM documents ORDER BY id")]
    logged = [row[0] for row in conn.execute("SELECT at FROM events ORDER BY id")]
    printed = [row[0] for row in conn.execute("SELECT at FROM prints ORDER BY id")]
    numbers = [row[0] for row in conn.execute("SELECT number FROM documents ORDER BY id")]
    conn.close()
    assert len(issued) == 9 and len(set(numbers)) == 9
    assert issued == sorted(issued) and logged == sorted(logged) and printed == sorted(printed)
    assert min(issued[3:]) >= max(issued[:3])  # never before the batch before
    # a register with nothing later: the issue date said when it is before the form's own date
    fresh = tmp_path / "fresh.db"
    done = _kesu_render(
        tmp_path,
        tmp_path / "first",
        tmp_path / "out2",
        fresh,
        "--lang",
        "en",
        **_clock_back(400),
    )
    said = " ".join((done.stdout + done.stderr).split())
    assert done.returncode == 0 and said.count("before the form's own date 2026-09-08") == 3, said
    assert "behind the register" not in said


# ------------------------------------------------------------------ 6. PostgreSQL: a commit cut
def _render_through_proxy(pg_url: str, mode: str, inbox: Path, out: Path, log: Path):
    """``kesu render INBOX -o OUT`` into ``pg_url`` through a ``pg_cut_proxy.py`` process in
    ``mode`` (``away-then-again``: ``away``)."""
    return kesu_through_proxy(pg_url, mode, log, inbox.parent, ["render", str(inbox), "-o", str(out)])


def kesu_through_proxy(pg_url: str, mode: str, log: Path, cwd: Path, args: list[str]):
    """``kesu ARGS --db URL`` into ``pg_url`` through a ``pg_cut_proxy.py`` process in ``mode``
    (``away-then-again``: ``away``)."""
    import subprocess
    import sys

    from helpers import clean_environment

    with cut_proxy(pg_url, mode, log) as through:
        return subprocess.run(
            [sys.executable, "-m", "kesu_docs", *args, "--db", through],
            cwd=cwd,
            env=clean_environment(KESU_LANG="en"),
            capture_output=True,
            text=True,
            timeout=600,
        )


@contextlib.contextmanager
def cut_proxy(pg_url: str, mode: str, log: Path, cut_at: tuple = ()) -> Iterator[str]:
    """The URL of ``pg_url`` through a ``pg_cut_proxy.py`` process in ``mode`` (``away-then-again``:
    ``away``), cutting at ``cut_at`` (the proxy's TEXT N) when given; the proxy stopped after."""
    import subprocess
    import sys
    import time

    from helpers import free_port

    server_port = int(pg_url.rsplit(":", 1)[1].split("/")[0])
    port = free_port()
    script = str(Path(__file__).with_name("pg_cut_proxy.py"))
    proxy = subprocess.Popen(
        [sys.executable, script, str(port), str(server_port), mode.split("-")[0], str(log), *map(str, cut_at)]
    )
    try:
        deadline, said = time.monotonic() + 30, log.read_text().count("listening") if log.exists() else 0
        while log.read_text().count("listening") <= said if log.exists() else True:
            assert time.monotonic() < deadline, "the proxy did not start"
            time.sleep(0.05)
        yield pg_url.replace(f":{server_port}/", f":{port}/")
    finally:
        proxy.kill()
        proxy.wait(10)


@pytest.mark.parametrize("cut", ["after", "before", "away-then-again"])
def test_a_postgresql_commit_whose_connection_is_cut_files_nothing_twice(tmp_path, pg_server, pg_url, cut):
    """A proxy process between ``kesu render`` and the server cuts the connection of the chunk
    that numbers its forms and logs the prints of the chunk before, at its COMMIT: ``after``
    the server committed it (its reply lost), or ``before`` (rolled back). Before: the batch
    stopped, exit 2 ("run the same command again"), and a retry of that transaction would have
    logged the chunk's prints twice (its own originals refused as another clerk's, their files
    taken back and re-printed). Now the batch asks the server, on a new connection, what became
    of that transaction (``txid_status``): committed, it goes on from there; rolled back, it
    files the chunk again — every form numbered once, gapless, each print logged once.
    ``away-then-again``: the server out of reach once the reply is lost, so the command cannot
    ask: it stops (exit 2, "run the same command again"), and the rerun finishes with nothing
    twice (a guard: so before too)."""
    from hostile import complaint as sample_record
    from hostile import write_json

    from kesu_docs.filing import CHUNK
    from kesu_docs.register import Register

    total = CHUNK + CHUNK // 4 + 10  # two chunks (a tail shorter than a quarter would join the first)
    inbox, out, log = tmp_path / "inbox", tmp_path / "out", tmp_path / "proxy.log"
    inbox.mkdir()
    for i in range(total):
        write_json(inbox / f"c{i:03d}.json", sample_record(customer=f"Customer {i}"))
    Register.open(pg_url, create=True).close()
    done = _render_through_proxy(pg_url, cut, inbox, out, log)
    said = " ".join((done.stdout + done.stderr).split())
    assert f"cut {cut.split('-')[0]}" in log.read_text(), ("the proxy never cut a commit", said)
    if cut == "away-then-again":  # the server out of reach: stopped, saying so; the rerun finishes
        assert done.returncode == 2 and "run the same command again" in said and "Traceback" not in said, said
        done = _render_through_proxy(pg_url, "none", inbox, out, log)
        said = " ".join((done.stdout + done.stderr).split())
    assert done.returncode == 0 and "Traceback" not in said, said
    with Register.open(pg_url) as reg:
        numbers = sorted(d.number for d in reg.documents())
    assert len(numbers) == total == len(set(numbers))
    assert [int(n[-3:]) for n in numbers] == list(range(1, total + 1))  # gapless, none twice
    import psycopg

    with psycopg.connect(pg_url) as conn:
        marks = conn.execute("SELECT mark, count(*) FROM prints GROUP BY mark").fetchall()
        logged = dict(conn.execute("SELECT event, count(*) FROM events GROUP BY event").fetchall())
    assert marks == [("original", total)], marks  # each print once, no re-print made
    assert logged == {"issued": total, "printed": total}, logged
    assert len(list(out.glob("*.docx"))) == total and not list(out.glob("*补印*"))


@pytest.mark.skipif(not FAKETIME.exists(), reason="libfaketime (Debian's faketime) not installed")
def test_a_document_voided_with_the_clock_set_back_is_not_voided_before_it_was_issued(tmp_path):
    """``kesu register void`` stamped the machine's time as it was: with the clock 400 days back a
    document was voided a year before it was issued, its case log out of order. Now a void (a
    re-print, a case-log line) is never earlier than the register's latest record either (fixb29:
    by a day at most; never earlier than the document's own latest record, however far)."""
    import sqlite3

    from helpers import python_process
    from hostile import complaint as sample_record
    from hostile import write_json
    from test_attack27 import _kesu_render

    db, inbox = tmp_path / "k.db", tmp_path / "in"
    inbox.mkdir()
    write_json(inbox / "c.json", sample_record())
    assert _kesu_render(tmp_path, inbox, tmp_path / "out", db).returncode == 0
    conn = sqlite3.connect(db)
    [(number,)] = conn.execute("SELECT number FROM documents").fetchall()
    conn.close()
    done = python_process(
        "-m", "kesu_docs", "register", "void", number, "--reason", "客户撤回", "--db", str(db),
        cwd=tmp_path, **_clock_back(400),
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    conn = sqlite3.connect(db)
    [(issued, voided)] = conn.execute("SELECT issued_at, voided_at FROM documents").fetchall()
    logged = [row[0] for row in conn.execute("SELECT at FROM events ORDER BY id")]
    conn.close()
    assert voided >= issued and logged == sorted(logged) and len(logged) == 3, (issued, voided, logged)
