"""The register's robustness round 30 left open (robust31): PostgreSQL's lock wait bounded and its
holder named, the SQLite holder's naming off Linux, a register put back from a backup beside
files numbered after it, ``kesu serve``'s action log on the register's clock, a clerks' role with
only the grants the README gives."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from test_web_cut_batches import _client
from test_web_leftovers17 import _csrf

from kesu_docs.register import Register


# ------------------------------------------------------------------ 4. the action log's clock
def _last_action(tmp_path: Path, reg: Register, action: str) -> dict:
    """The last line of ``actions.log`` once the page's clerk signed out (``logout``: an action
    it logs), or asked for the check page (``error``: the register out of reach)."""
    app, client = _client(tmp_path, reg, "en")
    try:
        if action == "logout":
            token = _csrf(client, "/check")
            assert client.post("/logout", data={"csrf_token": token}).status_code == 302
        else:
            assert client.get("/check").status_code == 500
    finally:
        app.extensions["kesu"]["batches"].stop(5)
    lines = (tmp_path / "work" / "actions.log").read_text("utf-8").splitlines()
    entry = json.loads(lines[-1])
    assert entry["action"] == action, entry
    return entry


def test_the_action_log_is_dated_by_the_registers_clock(tmp_path):
    """``kesu serve``'s ``actions.log`` was stamped with the server's own clock while everything
    it keeps beside the register (a batch's time, the documents it files) follows the
    register's: a server 5 hours behind another clerk's PC logged its void 5 hours before the
    void's case-log line. Now its lines carry the register's moment as well."""
    from helpers import complaint

    ahead = dt.datetime.now(dt.timezone.utc) + dt.timedelta(hours=5)
    with Register.open(tmp_path / "k.db") as reg:  # another clerk's PC, 5 hours ahead
        reg.issue(complaint(customer="ahead"), source_hash="ahead", issued_at=ahead)
    with Register.open(tmp_path / "k.db") as reg:
        entry = _last_action(tmp_path, reg, "logout")
    assert dt.datetime.fromisoformat(entry["at"]) >= ahead.replace(microsecond=0), entry
    assert "clock" not in entry


def test_the_action_log_says_when_it_fell_back_to_this_pcs_clock(tmp_path, pg_url):
    """With the register out of reach (a PostgreSQL server whose connections are refused: the
    proxy to it stopped) the action (the page's failure) is logged all the same, dated by this
    PC's clock, and the line says so (``clock``)."""
    from test_robust29 import cut_proxy

    Register.open(pg_url, create=True).close()
    with cut_proxy(pg_url, "after", tmp_path / "proxy.log") as through:
        reg = Register.open(through)
    try:  # (the proxy stopped: the server out of reach)
        before = dt.datetime.now().astimezone().replace(microsecond=0)
        entry = _last_action(tmp_path, reg, "error")
        assert before <= dt.datetime.fromisoformat(entry["at"]) <= dt.datetime.now().astimezone()
        assert entry["clock"].startswith("this PC: the register's time could not be read"), entry
    finally:
        reg.close()


def test_the_action_log_does_not_read_the_register_on_each_request(tmp_path, pg_url, monkeypatch):
    """The review of robust31: each ``actions.log`` line read the register's clock inside the
    request — with the PostgreSQL server out of reach every audited request (a blank form
    downloaded, here) stalled for the connect timeout. Now the offset register − this PC is
    kept (read once a minute, or when a batch reads the clock anyway): with the server gone
    silent (a listener that accepts and never answers in the proxy's place), three requests make
    no connection to it; each line also gives this PC's own time (``pc_at``)."""
    import socket
    import threading

    from test_robust29 import cut_proxy

    from kesu_docs.register import database

    monkeypatch.setattr(database, "PG_CONNECT_TIMEOUT_S", 1)
    Register.open(pg_url, create=True).close()
    with cut_proxy(pg_url, "none", tmp_path / "proxy.log") as through:
        reg = Register.open(through)
        app, client = _client(tmp_path, reg, "en")
        assert client.get("/blanks/complaint.xlsx").status_code == 200  # (the clock read: reachable)
    silent = socket.socket()  # the server gone silent where the proxy was
    silent.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    silent.bind(("127.0.0.1", int(through.rsplit(":", 1)[1].split("/")[0])))
    silent.listen(16)
    silent.settimeout(0.1)
    accepted: list[socket.socket] = []
    done = threading.Event()

    def accept() -> None:
        while not done.is_set():
            try:
                accepted.append(silent.accept()[0])
            except OSError:
                continue

    listener = threading.Thread(target=accept)
    listener.start()
    try:
        for _ in range(3):
            assert client.get("/blanks/complaint.xlsx").status_code == 200
    finally:
        done.set()
        listener.join(10)
        for conn in accepted:
            conn.close()
        silent.close()
        app.extensions["kesu"]["batches"].stop(5)
        reg.close()
    assert accepted == [], f"{len(accepted)} connections to the register for 3 requests"
    lines = [json.loads(line) for line in (tmp_path / "work" / "actions.log").read_text("utf-8").splitlines()]
    assert [line["action"] for line in lines] == ["blank"] * 4
    assert all("pc_at" in line and "clock" not in line for line in lines), lines


# ------------------------------------------------------------------ 2. the holder off Linux
@pytest.mark.parametrize(
    ("table", "said_en", "said_zh"),
    [
        (None, "this system cannot tell which program holds it", "本系统无法查出是哪个程序占用它"),
        ("", "no process of this computer holds it", "本机没有进程占用它"),
    ],
)
def test_a_register_held_where_the_holder_cannot_be_named_says_so(
    tmp_path, monkeypatch, table, said_en, said_zh
):
    """The holder of SQLite's write lock is read from Linux's ``/proc/locks``; elsewhere
    (Windows, macOS: no ``/proc``, made so here by pointing the module's ``PROC`` at a folder
    without a lock table) the message named no one and said nothing of it — the clerk could not
    tell "no one found" from "not looked for". Now it says plainly that this system cannot tell;
    and where the table is read and names no process of this computer (another PC's lock,
    through a shared folder: an empty table here), it says that."""
    from helpers import complaint
    from test_flake29 import other_clerk_holding

    from kesu_docs.register import RegisterError, database

    db = tmp_path / "kesu.db"
    Register.open(db).close()
    proc = tmp_path / "proc"
    proc.mkdir()
    if table is not None:
        (proc / "locks").write_text(table, encoding="ascii")
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 500)
    monkeypatch.setattr(database, "PROC", proc)
    holder = other_clerk_holding(db)
    try:
        with Register.open(db) as reg, pytest.raises(RegisterError) as raised:
            reg.issue(complaint(), source_hash="a")
    finally:
        holder.communicate("\n", timeout=60)
    english, chinese = raised.value.message("en"), raised.value.message("zh")
    assert "kesu waited" in english and said_en in english, english
    assert "held by" not in english and "()" not in english, english
    assert "等了" in chinese and said_zh in chinese and "占用它的进程" not in chinese, chinese


# ------------------------------------------------------------------ 1. PostgreSQL: a lock's wait and holder
_HOLDING = """
import sys, time
import click
import sqlalchemy as sa
from kesu_docs.register import Register, database
kesu = click.Context(click.Group("kesu"), info_name="kesu")
with click.Context(click.Command("render"), info_name="render", parent=kesu):  # as the command line runs it
    reg = Register.open(sys.argv[1])
    with database.writing(reg._engine) as conn:
        conn.execute(sa.text("SELECT * FROM counters FOR UPDATE"))
        print(database.application_name(), flush=True)
        time.sleep(float(sys.argv[2]))
    reg.close()
"""


def _holding(pg_url: str, seconds: float, monkeypatch, bound_ms: int):
    """A register with one document, and a real kesu process (``kesu render``, as click runs
    it) holding its counters ``FOR UPDATE`` in its write transaction for ``seconds``; its
    ``application_name`` read. This process waits ``bound_ms`` in all, in tries of 1 s."""
    import subprocess
    import sys

    from helpers import clean_environment, complaint

    from kesu_docs.register import database

    with Register.open(pg_url, create=True) as reg:
        reg.issue(complaint(), source_hash="first")
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", bound_ms)
    monkeypatch.setattr(database, "PG_LOCK_TRY_MS", 1000)
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLDING, pg_url, str(seconds)],
        stdout=subprocess.PIPE,
        text=True,
        env=clean_environment(),
    )
    assert holder.stdout is not None
    return holder, holder.stdout.readline().strip()


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_postgresql_register_held_by_another_clerk_says_how_long_it_waited_and_who_held_it(
    pg_url, monkeypatch, lang
):
    """PostgreSQL had no ``lock_timeout``: a clerk's batch waited for another's lock on the
    counters as long as that one lived (bounded only by its idle minute and the keepalives),
    and was never told who held them. Now kesu waits within the bound SQLite's clerks wait
    (``BUSY_TIMEOUT_MS``, 2.5 s here, tries of 1 s), then says how long it waited and which
    session held the register: kesu's ``application_name`` (the command and its PC), the
    client's address, the server process and since when. (Before: still waiting when the
    holder let go at 20 s, then numbered: nothing raised.) fixr31: only the sessions that block
    it (``pg_blocking_pids``, asked while its last try waits) — before, a bystander holding a
    write lock on a register table it did not wait for was named too."""
    import re
    import socket
    import time

    import psycopg
    from helpers import complaint

    from kesu_docs.register import RegisterError

    holder, name = _holding(pg_url, 20, monkeypatch, 2500)
    # (fixr31) a session writing to the register that blocks no one: never named
    bystander = psycopg.connect(pg_url, application_name="a bystander")
    try:
        bystander.execute("LOCK TABLE documents IN ROW EXCLUSIVE MODE")
        assert name == f"kesu render on {socket.gethostname()}"[:63]
        with Register.open(pg_url) as reg:
            started = time.monotonic()
            with pytest.raises(RegisterError) as raised:
                reg.issue(complaint(customer="the other clerk"), source_hash="second")
            waited = time.monotonic() - started
    finally:
        bystander.close()
        holder.kill()
        holder.wait(30)
    said = raised.value.message(lang)
    assert "a bystander" not in said, said
    figure = re.search(r"kesu waited ([\d.]+) seconds" if lang == "en" else r"等了 ([\d.]+) 秒", said)
    assert figure is not None and 2.5 <= float(figure.group(1)) <= waited + 0.1, said
    assert name in said and "127.0.0.1" in said, said
    assert ("in its transaction since " if lang == "en" else "事务始于 ") in said, said
    assert waited < 10


def test_a_lock_let_go_within_the_bound_is_waited_for_across_tries(pg_url, monkeypatch):
    """A lock held longer than one try (1 s here) but let go within the bound (4 s): the
    numbering is tried again and files its form — the clerk sees no refusal."""
    from helpers import complaint

    holder, _ = _holding(pg_url, 1.8, monkeypatch, 4000)
    try:
        with Register.open(pg_url) as reg:
            assert (
                reg.issue(complaint(customer="the other clerk"), source_hash="second").number == "202609002"
            )
    finally:
        holder.wait(30)


# ------------------------------------------------------------------ 5. a clerks' role with the README's grants
def _readme_grants() -> list[str]:
    """The statements README's PostgreSQL section tells an IT person to run for the clerks' role."""
    import re

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    block = re.search(r"<!-- clerks' grants[^>]*-->\s*```sql\n(.*?)```", readme, re.S)
    assert block is not None, "README's clerks' grants are gone"
    return [line.strip() for line in block.group(1).splitlines() if line.strip()]


def clerks_role(pg_url: str, sequences: str = "README") -> str:
    """The URL of a role given README's clerks' grants on the register at ``pg_url`` (made by its
    owner): ``sequences`` other than "README", ``UPDATE`` on the sequences in place of ``USAGE``.
    No ``pg_read_all_stats``: the server hides other roles' sessions' details from it."""
    import psycopg

    _, database_name = pg_url.rsplit("/", 1)
    grants = [
        g.replace("kesu_clerk", f"clerk_{database_name}").replace(
            "DATABASE kesu", f'DATABASE "{database_name}"'
        )
        for g in _readme_grants()
    ]
    if sequences != "README":
        grants = [g.replace("GRANT USAGE ON ALL SEQUENCES", "GRANT UPDATE ON ALL SEQUENCES") for g in grants]
    assert any("ON ALL SEQUENCES" in g for g in grants) and grants[0].startswith("CREATE ROLE")
    with psycopg.connect(pg_url, autocommit=True) as conn:
        for statement in grants:
            conn.execute(statement)
    return pg_url.replace("postgres@", f"clerk_{database_name}:secret@", 1)


@pytest.mark.parametrize("sequences", ["README", "UPDATE only"])
def test_a_clerks_role_with_the_readmes_grants_numbers_files_and_lists(tmp_path, pg_url, sequences):
    """The register made by its owner, the clerks' PCs given a role with only the README's
    grants (``UPDATE`` on the sequences in place of its ``USAGE``, as some guides give: it lets
    a role draw a serial's next value, not read its last), and a clerk's ``kesu render``,
    ``register void`` and ``register list`` run as that role on a real server. Before: with
    ``UPDATE`` only, every write failed ("permission denied for sequence events_id_seq": the
    last case-log line drawn, ``pg_sequence_last_value``, read as each write began); now such
    a write confirms its commit among all the lines."""
    import subprocess
    import sys

    from helpers import clean_environment
    from hostile import complaint as sample_record
    from hostile import write_json

    Register.open(pg_url, create=True).close()  # made by its owner
    clerk = clerks_role(pg_url, sequences)
    (tmp_path / "in").mkdir()
    for n in range(3):
        write_json(tmp_path / "in" / f"{n}.json", sample_record(customer=f"clerk {n}"))

    def kesu(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "kesu_docs", *args, "--db", clerk],
            cwd=tmp_path,
            env=clean_environment(KESU_LANG="en"),
            capture_output=True,
            text=True,
            timeout=300,
        )

    for args in (
        ("render", "in", "-o", "out"),
        ("register", "void", "202609002", "--reason", "entered twice"),
        ("register", "list"),
    ):
        done = kesu(*args)
        assert done.returncode == 0, (args, done.stdout + done.stderr)
    assert "202609003" in done.stdout
    with Register.open(pg_url) as reg:
        assert [(d.number, d.status) for d in reg.documents()] == [
            ("202609001", "issued"),
            ("202609002", "void"),
            ("202609003", "issued"),
        ]


# ------------------------------------------------------------------ 3. a register put back beside newer files
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_register_put_back_from_a_backup_refuses_to_number_over_the_files_numbered_after_it(tmp_path, lang):
    """A clerk's register (a real SQLite file) backed up after its first document; two more filed
    into the same folder (their files dated forward, as a PC behind the register's clock dates
    them); then the backup put back in its place. Before: the next form took 202609002 again —
    a number a file in the folder carries — refused at its file only after the number was
    issued, and its rerun (the file dated after the re-issue) took that file for its own and
    wrote over it. Now the batch is refused before any number: the files named, what happened
    and how to recover said, nothing numbered or written; once the lost documents are filed
    again with their numbers, the next form is numbered after them."""
    import os
    import time

    from hostile import complaint as sample_record
    from hostile import write_json
    from test_attack27 import _kesu_render

    db, out, lost = _put_back(tmp_path)
    ahead = time.time() + 5 * 3600  # (dated forward: written while the newer register was live)
    for name in lost:
        os.utime(out / name, (ahead, ahead))
    for run in range(2):  # (and its rerun)
        done = _kesu_render(tmp_path, tmp_path / "new", out, db, "--lang", lang)
        said = " ".join((done.stdout + done.stderr).split())
        assert done.returncode != 0, said
        assert "complaint-202609002.docx" in said and "complaint-202609003.docx" in said, said
        if lang == "en":
            assert "put back from a backup older than them" in said and "kesu render" in said, said
        else:
            assert "很可能是从较早的备份恢复的" in said and "从这里起的表单没有编号" in said, said
        assert "Traceback" not in said
        with Register.open(db) as reg:
            assert [d.number for d in reg.documents()] == ["202609001"]
        assert {p.name: p.read_bytes() for p in out.glob("*-20260900[23].docx")} == lost
        assert sorted(p.name for p in out.iterdir()) == ["complaint-202609001.docx", *sorted(lost)]
    refile = tmp_path / "refile"  # the recovery said: the lost forms filed again with their numbers
    refile.mkdir()
    for number, name in (("202609002", "lost 2"), ("202609003", "lost 3")):
        write_json(refile / f"{number}.json", {**sample_record(customer=name), "number": number})
    done = _kesu_render(tmp_path, refile, tmp_path / "refiled", db)
    assert done.returncode == 0, done.stdout + done.stderr
    done = _kesu_render(tmp_path, tmp_path / "new", out, db)
    assert done.returncode == 0, done.stdout + done.stderr
    with Register.open(db) as reg:
        assert reg.entry("complaint", "202609004").customer == "the next form"
    assert {p.name: p.read_bytes() for p in out.glob("*-20260900[23].docx")} == lost


# ------------------------------------------------------------------ fixr31: the recovery in the clerk's own folder
def test_the_recovery_from_a_register_put_back_works_from_the_clerks_own_folder(tmp_path):
    """The review of robust31: the recovery ``register_behind_folder`` gave (the lost forms filed
    again with their numbers) was tested into another folder, but a clerk files them into the
    output folder they use — where the lost files, not byte for byte what the re-filing makes
    (the forms keyed again from the paper copies), made ``number_in_folder`` tell them to void
    the form's number on every run. Now the refusal says to file them into a new, empty output folder (English names
    joined by "; "); filed into the same folder anyway, each is refused saying that (never
    "void"), its file kept; done as said, they are filed, and the next form in the clerk's
    folder follows them.

    robust32: filed into the same folder, the forms carrying their numbers were registered and
    refused at their files; a second run within ``filing.CLOCK_S`` of the lost files' writing
    took them for its own (no older than their documents) and wrote over them. Now the batch
    is refused before anything is numbered (``register_behind_folder``: a file named as a
    document the transaction registers, which the register never wrote), each run alike: the
    lost files are written seconds before here, and kept."""
    from hostile import complaint as sample_record
    from hostile import write_json
    from test_attack27 import _kesu_render

    db, out, lost = _put_back(tmp_path)
    done = _kesu_render(tmp_path, tmp_path / "new", out, db, "--lang", "en")
    said = " ".join((done.stdout + done.stderr).split())
    assert done.returncode != 0, said
    assert "complaint-202609002.docx; complaint-202609003.docx" in said, said
    assert (
        "into a new, empty output folder" in said and "another register writing to the same folder" in said
    ), said
    refile = tmp_path / "refile"
    refile.mkdir()
    for number, name in (("202609002", "lost 2"), ("202609003", "lost 3")):  # keyed again from paper
        keyed = {**sample_record(customer=name), "number": number, "description": "keyed again"}
        write_json(refile / f"{number}.json", keyed)
    for lang, words in (("en", "into a new, empty output folder"), ("zh", "归档到一个新的空输出文件夹")):
        done = _kesu_render(tmp_path, refile, out, db, "--lang", lang)  # the clerk's own folder
        said = " ".join((done.stdout + done.stderr).split())
        assert done.returncode == 2 and "Traceback" not in said, said
        assert said.count(words) == 1 and "void" not in said and "作废" not in said, said
        assert {p.name: p.read_bytes() for p in out.glob("*-20260900[23].docx")} == lost
        with Register.open(db) as reg:  # nothing numbered: the next run is refused alike
            assert [d.number for d in reg.documents()] == ["202609001"]
    done = _kesu_render(tmp_path, refile, tmp_path / "refiled", db)  # as said: a new, empty folder
    assert done.returncode == 0, done.stdout + done.stderr
    assert sorted(p.name for p in (tmp_path / "refiled").iterdir()) == sorted(lost)
    for _ in range(2):  # the next form, in the clerk's folder, and its rerun
        done = _kesu_render(tmp_path, tmp_path / "new", out, db)
        assert done.returncode == 0, done.stdout + done.stderr
    with Register.open(db) as reg:
        assert reg.entry("complaint", "202609004").customer == "the next form"
        assert [d.number for d in reg.documents()] == ["202609001", "202609002", "202609003", "202609004"]
    assert {p.name: p.read_bytes() for p in out.glob("*-20260900[23].docx")} == lost


def test_a_pc_named_in_chinese_is_named_readably_in_the_servers_sessions(pg_url, monkeypatch):
    """The review of robust31: a PC named 质检部-电脑 became ``kesu … on ???-??`` in
    ``application_name`` (what another clerk's "held by" shows). Now its characters are written
    as escapes (``\\u8d28``…) the server keeps, cut at 63 bytes without cutting one in two —
    read back from a real server's ``pg_stat_activity``."""
    import socket

    import sqlalchemy as sa

    monkeypatch.setattr(socket, "gethostname", lambda: "质检部-电脑-第二车间-QA")
    with Register.open(pg_url, create=True) as reg, reg._engine.connect() as conn:
        shown = conn.execute(
            sa.text("SELECT application_name FROM pg_stat_activity WHERE pid = pg_backend_pid()")
        ).scalar_one()
    assert "?" not in shown and len(shown.encode()) <= 63, shown
    assert "on \\u8d28\\u68c0\\u90e8-\\u7535\\u8111-" in shown, shown
    assert shown.endswith(("-", "\\u7b2c", "\\u4e8c", "\\u8f66", "\\u95f4")), shown


def test_the_output_folder_is_listed_once_a_run_not_once_a_chunk(tmp_path, monkeypatch):
    """The review of robust31: the output folder was listed for the folder check
    (``register_behind_folder``) again for every chunk of :data:`~kesu_docs.filing.CHUNK` forms
    — a folder of 20,000 documents some 50 ms a chunk. Now once for the run (counted on a real
    run: six forms in chunks of two, three numberings; robust32: the scans of the folder check,
    ``folder_ahead.listing``, counted — its ``os.walk`` scans with ``os.scandir``, as other
    steps' globs do, so Python's audit event ``os.listdir`` no longer tells them apart).
    A file numbered past the register's last issue is still found (the check still runs)."""
    from hostile import complaint, write_json

    from kesu_docs import filing
    from kesu_docs.register import folder_ahead

    monkeypatch.setattr(filing, "CHUNK", 2)
    inbox, out = tmp_path / "in", tmp_path / "out"
    inbox.mkdir()
    for i in range(6):
        write_json(inbox / f"{i}.json", complaint(order_no=f"SO-{i:04d}"))
    scans: list[Path] = []
    scan = folder_ahead.listing
    monkeypatch.setattr(
        folder_ahead, "listing", lambda folder, *also: scans.append(folder) or scan(folder, *also)
    )
    with Register.open(tmp_path / "k.db", create=True) as reg:
        filed = filing.render_paths([inbox], out, register=reg)
        listed = [p for p in scans if Path(p).resolve() == out.resolve()]
        assert [f.outcome for f in filed] == ["rendered"] * 6
        assert len(listed) == 1, listed
        (out / "complaint-202609008.docx").write_bytes(b"numbered by the register before it was put back")
        write_json(tmp_path / "next.json", complaint(order_no="SO-next"))
        with pytest.raises(Exception) as raised:
            filing.render_paths([tmp_path / "next.json"], out, register=reg)
        assert getattr(raised.value, "code", None) == "register_behind_folder", raised.value


@pytest.mark.parametrize("held_s", [1.5, 20.0])
def test_a_register_copy_to_a_held_postgresql_database_waits_the_bound_and_says_so(
    tmp_path, pg_url, monkeypatch, held_s
):
    """The review of robust31: the copy to PostgreSQL (``kesu register copy``) wrote outside
    the retry loop — it gave up after one try of :data:`~kesu_docs.register.database.PG_LOCK_TRY_MS`
    (0.5 s here), its refusal without the time waited or the holder. Now it waits the bound
    every write waits (``BUSY_TIMEOUT_MS``, 3 s here): a lock let go at 1.5 s is waited for
    and the copy made; one held on, the refusal says how long and who (a real session holding
    the target's counters)."""
    import threading

    import psycopg
    from helpers import complaint

    from kesu_docs.register import RegisterError, database, transfer_register

    source = tmp_path / "k.db"
    with Register.open(source) as reg:
        reg.issue(complaint(), source_hash="a")
    Register.open(pg_url, create=True).close()
    monkeypatch.setattr(database, "PG_LOCK_TRY_MS", 500)
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 3000)
    holder = psycopg.connect(pg_url, application_name="the other program")
    holder.execute("LOCK TABLE counters IN ACCESS EXCLUSIVE MODE")
    letting_go = threading.Timer(held_s, holder.rollback)
    letting_go.start()
    try:
        if held_s < 3:
            assert transfer_register(source, pg_url).documents == {"complaint": 1}
        else:
            with pytest.raises(RegisterError) as raised:
                transfer_register(source, pg_url)
            said = raised.value.message("en")
            assert "kesu waited 3" in said and "held by the other program" in said, said
    finally:
        letting_go.cancel()
        letting_go.join()
        holder.close()


def _events_read(pg_url: str, settled: float = 1.5) -> int:
    """The case log's rows the server's sessions have read (``pg_stat_user_tables``: flushed as
    each session ends), once the figure has stood still ``settled`` seconds."""
    import time

    import psycopg

    last, since = -1, time.monotonic()
    with psycopg.connect(pg_url, autocommit=True) as conn:
        while True:
            conn.execute("SELECT pg_stat_clear_snapshot()")
            row = conn.execute(
                "SELECT coalesce(seq_tup_read, 0) + coalesce(idx_tup_fetch, 0) FROM pg_stat_user_tables "
                "WHERE relname = 'events'"
            ).fetchone()
            now = int(row[0]) if row else 0
            if now != last:
                last, since = now, time.monotonic()
            elif time.monotonic() - since >= settled:
                return now
            time.sleep(0.1)


def test_a_restricted_roles_write_that_logs_nothing_does_not_search_the_case_log(tmp_path, pg_url):
    """The review of robust31: a role that may draw the case log's line numbers but not read
    the last one (``UPDATE`` only on the sequences) confirmed every write by looking for its
    own case-log line among all the lines, latest first — a write that logs no line (the export
    rows' storing) read the whole case log backwards for nothing. Now the line is looked for
    only where the transaction added one (the server's own count of its inserts): that write
    reads none of the case log's 400 lines (the server's table statistics)."""
    import psycopg
    import sqlalchemy as sa
    from helpers import complaint

    with Register.open(pg_url, create=True) as reg:
        reg.issue_many([(complaint(customer=f"c{i}"), f"s{i}", "") for i in range(400)])
    server, database_name = pg_url.rsplit("/", 1)
    grants = [
        g.replace("kesu_clerk", f"clerk_{database_name}")
        .replace("DATABASE kesu", f'DATABASE "{database_name}"')
        .replace("GRANT USAGE ON ALL SEQUENCES", "GRANT UPDATE ON ALL SEQUENCES")
        for g in _readme_grants()
    ]
    with psycopg.connect(pg_url, autocommit=True) as conn:
        for statement in grants:
            conn.execute(statement)
    clerk = pg_url.replace("postgres@", f"clerk_{database_name}:secret@", 1)
    with Register.open(clerk) as reg:  # (its opening read first, its write alone after)
        reg.documents()
        before = _events_read(pg_url, 0.3)
        reg._write(
            lambda conn: conn.execute(sa.text("INSERT INTO register_meta VALUES ('a note', 'no line')"))
        )
    assert _events_read(pg_url) - before < 40  # (before: all 400 read)


def _put_back(tmp_path: Path) -> tuple[Path, Path, dict[str, bytes]]:
    """Three forms filed into ``out`` (the register backed up after the first, as sqlite3's
    ``.backup`` takes one while the clerks work), then the backup put back in the register's
    place, and the next form waiting in ``new/``: the register, the output folder, and the two
    lost documents' files (202609002, 202609003) by name."""
    from helpers import sqlite_open
    from hostile import complaint as sample_record
    from hostile import write_json
    from test_attack27 import _kesu_render

    db, out, backup = tmp_path / "kesu.db", tmp_path / "out", tmp_path / "kesu-backup.db"
    for n, name in enumerate(["first", "lost 2", "lost 3"]):
        inbox = tmp_path / f"in{n}"
        inbox.mkdir()
        write_json(inbox / "c.json", sample_record(customer=name))
        done = _kesu_render(tmp_path, inbox, out, db)
        assert done.returncode == 0, done.stdout + done.stderr
        if n == 0:
            with sqlite_open(db) as live, sqlite_open(backup) as copy:
                live.backup(copy)
    lost = {p.name: p.read_bytes() for p in out.glob("*-20260900[23].docx")}
    assert sorted(lost) == ["complaint-202609002.docx", "complaint-202609003.docx"]
    for leftover in (tmp_path / "kesu.db-wal", tmp_path / "kesu.db-shm"):
        leftover.unlink(missing_ok=True)
    backup.replace(db)  # the backup put back
    (tmp_path / "new").mkdir()
    write_json(tmp_path / "new" / "c.json", sample_record(customer="the next form"))
    return db, out, lost
