"""The review's findings on round 29's register, render and web changes (fixb29): a record
dated in the future no longer drags every later batch after it, ..."""

from __future__ import annotations

import datetime as dt
import sqlite3

from helpers import complaint
from hostile import complaint as sample_record
from hostile import write_json
from test_attack27 import _kesu_render

from kesu_docs.register import Register


# ------------------------------------------------------------------ 1. a record dated in the future
def test_a_record_dated_years_ahead_does_not_push_later_batches_after_it_and_is_named(tmp_path):
    """Before: a history import with one record issued 2031-01-01 made every later batch issued
    on 2031-01-01 (and told clerks with right clocks to set theirs). Now a batch is pulled
    forward at most a day (issuing.CLOCK_PULL_MAX); past it, filed at this clock's time with a
    note naming the record dated ahead (en / zh)."""
    ahead = dt.datetime(2031, 1, 1, 9, 0, tzinfo=dt.timezone.utc)
    for lang, words in (
        ("en", "The register's latest record ({}, 2031-01-01"),
        ("zh", "登记簿最近一次记录（{}，2031-01-01"),
    ):
        db, out, inbox = tmp_path / f"{lang}.db", tmp_path / f"out-{lang}", tmp_path / lang
        with Register.open(db) as reg:
            imported = reg.issue(complaint(customer="history"), source_hash="h", issued_at=ahead)
        inbox.mkdir()
        for n in range(2):
            write_json(inbox / f"{n}.json", sample_record(customer=f"{lang} {n}"))
        before = dt.datetime.now(dt.timezone.utc)
        done = _kesu_render(tmp_path, inbox, out, db, "--lang", lang)
        said = " ".join((done.stdout + done.stderr).split())
        assert done.returncode == 0 and said.count(words.format(imported.number)) == 1, said
        assert "behind the register" not in said and "早于登记簿" not in said
        conn = sqlite3.connect(db)
        issued = [dt.datetime.fromisoformat(r[0]) for r in conn.execute("SELECT issued_at FROM documents")]
        conn.close()
        assert len(issued) == 3 and issued.count(ahead.replace(tzinfo=None)) + issued.count(ahead) == 1
        for at in issued:
            at = at if at.tzinfo else at.replace(tzinfo=dt.timezone.utc)
            assert at == ahead or before - dt.timedelta(minutes=10) < at < before + dt.timedelta(minutes=10)


# ------------------------------------------------------------------ 9. the pattern at its widest
def test_a_numbering_pattern_too_long_at_the_serial_width_set_is_refused_numbering_nothing(tmp_path):
    """Before: the pattern's numbers were measured with a serial of width 3 while
    ``serial_width`` may be 9: 57 characters before ``{serial:0{width}d}`` passed (63), and
    gave 66-character numbers. Now measured at the widest serial_width."""
    from test_attack29 import _folder, _render

    pattern = "K" * 57 + "{serial:0{width}d}"
    folder = _folder(tmp_path, f'serial_width = 9\n[numbering]\ncomplaint = "{pattern}"\n')
    done = _render(folder, "en")
    assert done.returncode != 0 and "too long or hold characters" in done.stderr, done.stdout + done.stderr
    assert not (folder / "k.db").exists() and not (folder / "out").exists()


# ------------------------------------------------------------------ 3. a re-print's commit cut
def test_a_reprint_whose_commit_reply_is_lost_is_counted_once_and_not_refused(tmp_path, pg_url):
    """A proxy cuts the connection of a re-print (``Register.reprint``, as ``kesu render`` makes
    one) once the server committed it, its reply lost. Before: the re-print raised "register
    failed" though it was counted (a retry counts it twice); now it asks the server what became
    of its transaction, as a batch does: counted once, its document returned. A case-log line's
    commit cut the same way is written once."""
    from test_robust29 import cut_proxy

    with Register.open(pg_url, create=True) as reg:
        number = reg.issue(complaint(), source_hash="a").number
    log = tmp_path / "proxy.log"
    with cut_proxy(pg_url, "after", log, ("reprints = reprints + 1", 1)) as through:
        with Register.open(through) as reg:
            again = reg.reprint(number)
    assert "cut after" in log.read_text()
    assert again.reprints == 1
    with cut_proxy(pg_url, "after", log, ("INSERT INTO events", 1)) as through:
        with Register.open(through) as reg:
            reg.log(number, "reminder", "催办单已发")
    assert log.read_text().count("cut after") == 2
    with Register.open(pg_url) as reg:
        assert reg.get(number).reprints == 1
        assert [e.event for e in reg.events(number)].count("reminder") == 1


# ------------------------------------------------------------------ 4. a transaction that wrote nothing
def test_a_write_transaction_that_wrote_nothing_asks_no_transaction_id(pg_url):
    """Before: every write transaction asked ``txid_current()``, which gives a transaction
    that wrote nothing an id of its own (and fails on a hot standby). Now
    ``txid_current_if_assigned()``: NULL, nothing written, nothing to ask about if lost."""
    import psycopg

    with Register.open(pg_url, create=True) as reg:
        filed = reg.issue(complaint(), source_hash="a")
        with psycopg.connect(pg_url, autocommit=True) as conn:
            first = conn.execute("SELECT txid_current()").fetchone()[0]
            again = reg.issue(complaint(), source_hash="a")  # (found filed: nothing written)
            assert (again.number, again.created) == (filed.number, False)
            second = conn.execute("SELECT txid_current()").fetchone()[0]
    assert second - first == 1, (first, second)  # only the probe's own


# ------------------------------------------------------------------ 7. key bindings, a quoted target
_KEYMAP_REL = (
    b'<Relationship Id="rIdK" Type="http://schemas.microsoft.com/office/2006/relationships/'
    b'keyMapCustomizations" Target="customizations.xml"/>'
    b'<Relationship Id="rIdQ" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    b'relationships/image" Target="media/%E5%9B%BE.png"/></Relationships>'
)
_KEYMAP_TYPE = (
    b'<Override PartName="/word/customizations.xml" '
    b'ContentType="application/vnd.ms-word.keyMapCustomizations+xml"/></Types>'
)
_KEYMAPS = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<wne:tcg xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml"><wne:keymaps>'
    b'<wne:keymap wne:kcmPrimary="0441"><wne:wch wne:val="00000041"/></wne:keymap>'
    b"</wne:keymaps></wne:tcg>"
)


def _with_key_bindings(name: str, data: bytes) -> bytes:
    if name == "[Content_Types].xml":
        return data.replace(b"</Types>", _KEYMAP_TYPE)
    if name == "word/_rels/document.xml.rels":
        return data.replace(b"</Relationships>", _KEYMAP_REL)
    return data


def test_a_template_with_keyboard_shortcuts_and_a_quoted_picture_name_makes_copies_without_them(tmp_path):
    """Before: a plain Word template holding keyboard shortcuts (customizations.xml, no code)
    was refused as "holds macros", and a picture ``media/图.png`` its relationship names
    ``media/%E5%9B%BE.png`` (a URI) as a part it lacks. Now the shortcuts are dropped from the
    copies and the target is read percent-decoded: the form is numbered and printed."""
    import zipfile

    from helpers import changed_template, python_process
    from test_attack29 import SAMPLE

    picture = bytes.fromhex(
        "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
        "1f15c4890000000d49444154789c6360000002000100e221bc330000000049454e44ae426082"
    )
    path = changed_template(
        tmp_path, _with_key_bindings, {"word/customizations.xml": _KEYMAPS, "word/media/图.png": picture}
    )
    out, db = tmp_path / "out", tmp_path / "k.db"
    done = python_process(
        "-m", "kesu_docs", "--lang", "en", "render", str(SAMPLE), "-o", str(out), "--db", str(db),
        cwd=tmp_path, KESU_TEMPLATES=str(path.parent),
    )  # fmt: skip
    assert done.returncode == 0 and "macros" not in done.stdout, done.stdout + done.stderr
    [copy] = out.glob("*.docx")
    with zipfile.ZipFile(copy) as archive:
        rels = archive.read("word/_rels/document.xml.rels")
    assert b"keyMapCustomizations" not in rels and b"attached" not in done.stdout.encode()


# ------------------------------------------------------------------ 8. a download paused
def test_a_download_whose_client_pauses_reading_past_the_idle_bound_is_sent_whole():
    """A real waitress server bounded as ``kesu serve`` bounds it (``bound_connections``)
    answers 40 MB (a large export); its client reads the first bytes and then pauses reading
    past ``IDLE_S`` (a Save dialog left open). Before: waitress 3.0.2 had dropped the request
    from the connection before its buffered answer was sent, so the idle check closed the
    connection and the download was cut; now a connection with an answer still buffered counts
    as idle only past ``PAUSED_S``: the whole answer arrives."""
    import socket
    import time

    from web_helpers import served

    from kesu_docs.web import CLEANUP_S, IDLE_S, PAUSED_S, bound_connections

    size = 40 << 20

    def app(environ, start_response):
        start_response(
            "200 OK", [("Content-Type", "application/octet-stream"), ("Content-Length", str(size))]
        )
        return [b"x" * size]

    with (
        served(
            app,
            bounded=lambda server, channels: bound_connections(server, channels, 0),
            channel_timeout=IDLE_S,
            cleanup_interval=CLEANUP_S,
        ) as server,
        socket.socket() as client,
    ):
        client.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
        client.connect(("127.0.0.1", int(server.effective_port)))
        client.sendall(b"GET /export.xlsx HTTP/1.1\r\nHost: kesu\r\n\r\n")
        got = len(client.recv(4096))
        time.sleep(IDLE_S + 2 * CLEANUP_S + 3)  # (past the idle bound and a check, within PAUSED_S)
        assert IDLE_S + 2 * CLEANUP_S + 3 < PAUSED_S
        client.settimeout(30)
        while True:
            data = client.recv(1 << 20)
            if not data:
                break
            got += len(data)
            if got >= size:
                break
    assert got >= size, got


# ------------------------------------------------------------------ 5. a cut without a reset
def test_a_postgresql_connection_asks_the_server_to_find_a_silent_client_in_about_a_minute(pg_url):
    """Before: the server kept a connection cut without a reset (its transaction in progress,
    its FOR UPDATE locks on the counters held) for the system's TCP keepalive: two hours (7200 s
    shown). Now kesu's connections set the server's keepalives (30 s, 10 s, 3)
    and their own; a URL's own ``options`` are kept."""
    import socket

    import sqlalchemy as sa

    with Register.open(pg_url + "?options=-c%20application_name%3Dclerk7", create=True) as reg:
        with reg._engine.connect() as conn:
            shown = [
                conn.scalar(sa.text(f"SHOW {name}")) for name in ("tcp_keepalives_idle", "application_name")
            ]
            raw = conn.connection.driver_connection
            own = socket.socket(fileno=__import__("os").dup(raw.pgconn.socket))
            alive = own.getsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE)
            own.close()
    assert shown == ["30", "clerk7"] and alive, (shown, alive)
