"""The register's restore checks finished (robust32): the files of a register put back from a
backup found in the output folder's subfolders (an archive), however far past its last number,
and of a lost revision dated forward; ``kesu register check --folder`` looking through a folder.
Real SQLite files and real ``kesu`` processes."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from test_attack27 import _kesu_render
from test_reports import register_copy, seeded  # noqa: F401 (the reports' register, as fixtures)
from test_robust31 import _put_back

from kesu_docs.register import Register


def test_a_register_put_back_finds_lost_files_archived_in_a_subfolder_and_far_past_its_last_number(tmp_path):
    """The lost files of a register put back from a backup: one moved into ``archive/2026-09/``,
    one 38 numbers past the register's last (the numbers between them moved away). Before,
    only the output folder itself was looked in, for the 20 numbers after the batch's: neither
    was found and 202609002 issued again (exit 0). Now both are named (their paths in the
    folder), nothing numbered (exit 2)."""
    db, out, lost = _put_back(tmp_path)
    archive = out / "archive" / "2026-09"
    archive.mkdir(parents=True)
    (out / "complaint-202609002.docx").replace(archive / "complaint-202609002.docx")
    (out / "complaint-202609003.docx").replace(out / "complaint-202609040.docx")  # (far past)
    done = _kesu_render(tmp_path, tmp_path / "new", out, db, "--lang", "en")
    said = " ".join((done.stdout + done.stderr).split())
    assert done.returncode == 2, said
    shown = os.path.join("archive", "2026-09", "complaint-202609002.docx")
    assert "2 file(s)" in said and shown in said and "complaint-202609040.docx" in said, said
    with Register.open(db) as reg:
        assert [d.number for d in reg.documents()] == ["202609001"]
    assert (archive / "complaint-202609002.docx").read_bytes() == lost["complaint-202609002.docx"]


def test_a_lost_revisions_file_dated_forward_is_not_taken_for_its_own(tmp_path):
    """A register put back from a backup taken before revision 2 was filed; revision 2's file
    lies in the folder dated an hour ahead (another PC's clock, a copy keeping its time). Another
    edit filed as revision 2 again found the file no older than the revision — its own — and
    wrote over the controlled document. Now the revision is refused before it is registered
    (``register_behind_folder``: a file of the revision the transaction registers, which the
    register never wrote), the file kept, on every run."""
    from helpers import revision_put_back

    db, out, revised, kept = revision_put_back(tmp_path, 3600)  # (its time an hour ahead)
    for lang, words in (("en", "lost its latest records"), ("zh", "登记簿丢失了最近的记录")):
        done = _kesu_render(tmp_path, tmp_path / "v3", out, db, "--lang", lang)
        said = " ".join((done.stdout + done.stderr).split())
        assert done.returncode == 2 and words in said and revised.name in said, said
        assert revised.read_bytes() == kept
    with Register.open(db) as reg:
        assert reg.get("202609001").revision == 1


def test_register_check_looks_through_the_output_folder_for_files_it_has_no_record_of(tmp_path):
    """``kesu register check`` said "sound" of a register put back beside newer files (it was
    given no folder). Now ``--folder`` names the files of numbers the register has no record of
    (an archived one too) and of a revision past its latest, exit 2 (zh / en); a folder whose
    files it holds is said so, exit 0."""
    from test_register_cli import kesu

    db, out, _ = _put_back(tmp_path)
    (out / "archive").mkdir()
    (out / "complaint-202609003.docx").replace(out / "archive" / "complaint-202609003.docx")
    shutil.copy(out / "complaint-202609001.docx", out / "complaint-202609001-修订2.docx")
    (out / "notes.txt").write_text("not a document")
    done = kesu("register", "check", "--db", str(db), "--folder", str(out), "--lang", "en")
    said = " ".join(done.output.split())
    assert done.exit_code == 2, said
    assert "holds 2 file(s) numbered as no document of the register's" in said, said
    assert "complaint-202609002.docx" in said and os.path.join("archive", "complaint-202609003.docx") in said
    assert "1 file(s) of a revision past the register's latest: complaint-202609001-修订2.docx" in said, said
    done = kesu("register", "check", "--db", str(db), "-o", str(out), "--lang", "zh")
    said = " ".join(done.output.split())
    assert done.exit_code == 2 and "2 个文件的编号登记簿中没有记录" in said, said
    for stray in [*out.rglob("*-20260900[23].docx"), out / "complaint-202609001-修订2.docx"]:
        stray.unlink()
    done = kesu("register", "check", "--db", str(db), "--folder", str(out), "--lang", "en")
    said = " ".join(done.output.split())
    assert done.exit_code == 0 and "a record of each of its 1 documents' files" in said, said


def _backup(db: Path, backup: Path) -> None:
    """``db`` copied to ``backup`` as sqlite3's ``.backup`` takes one while the clerks work."""
    from helpers import sqlite_open

    with sqlite_open(db) as live, sqlite_open(backup) as copy:
        live.backup(copy)


def _put_back_file(backup: Path, db: Path) -> None:
    """The backup put back in the register's place (its -wal and -shm gone)."""
    for leftover in (db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
        leftover.unlink(missing_ok=True)
    shutil.copy(backup, db)


def test_reminders_of_a_register_put_back_are_not_numbered_over_the_lost_ones(register_copy, tmp_path):
    """``kesu overdue -o`` numbered its reminders without the folder check: a register put back
    from a backup taken before a day's reminders issued CB202609001… again and wrote the new
    reminders over the lost ones' files (exit 0). Now the folder is looked through once for the
    run, as ``kesu render``'s: refused (``register_behind_folder``), nothing numbered, the files
    kept."""
    from test_register_cli import kesu

    backup, out = tmp_path / "backup.db", tmp_path / "催办单"
    _backup(register_copy, backup)
    args = ["overdue", "--as-of", "2026-09-30", "-o", str(out), "--db", str(register_copy)]
    assert kesu(*args).exit_code == 0
    lost = {p.name: p.read_bytes() for p in out.glob("*.docx")}
    assert any(name.startswith("reminder-CB202609") for name in lost), sorted(lost)
    _put_back_file(backup, register_copy)
    done = kesu(*args, "--lang", "en")
    said = " ".join(done.output.split())
    assert done.exit_code == 2 and "lost its latest records" in said, said
    assert {p.name: p.read_bytes() for p in out.glob("*.docx")} == lost
    with Register.open(register_copy) as reg:
        assert reg.documents(kind="reminder") == []


def test_a_page_batch_of_a_register_put_back_is_refused_beside_the_other_batches_files(tmp_path):
    """``kesu serve`` files each batch into a new folder of its own (``batches/<id>/out``), so
    the folder check found nothing: a register put back from a backup taken before a batch
    numbered 202609001 again in the next batch, the old batch's file of that number kept beside
    it (two documents under one number). Now the other batches' document folders are looked
    through as well: the batch fails saying so, nothing numbered."""
    from test_web_cut_batches import _batch_of, _until

    from kesu_docs.web.jobs import Batches

    db, backup, work = tmp_path / "k.db", tmp_path / "backup.db", tmp_path / "work"
    with Register.open(db, create=True) as reg:
        _backup(db, backup)
        batches = Batches(work, reg)
        first = _batch_of(batches, count=2)
        batches.file(first, pdf=False, user="wang")
        _until(first, ("filed",))
        batches.stop(5)
    assert sorted(p.name for p in first.outbox.glob("*.docx")) == [
        "complaint-202609001.docx",
        "complaint-202609002.docx",
    ]
    _put_back_file(backup, db)
    with Register.open(db) as reg:
        batches = Batches(work, reg)
        again = _batch_of(batches, count=1)
        batches.file(again, pdf=False, user="wang")
        _until(again, ("filed", "failed"))
        batches.stop(5)
        assert again.progress.stage == "failed", again.progress
        assert "complaint-202609001.docx" in again.progress.error, again.progress.error
        assert reg.count() == 0
    assert list(again.outbox.glob("*.docx")) == []


# ------------------------------------------------------------------ PostgreSQL
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_holder_of_another_role_is_named_by_its_role_where_the_server_hides_its_details(
    pg_url, monkeypatch, lang
):
    """A clerks' role without ``pg_read_all_stats`` (README's grants) waits for a session of
    another role (the owner's ``kesu render`` holding the counters): the server hides that
    session's address and start from it, and "held by" said "its address not shown to this
    user … its start not shown to this user" — not whose it was. Now it names the role and
    says what would show the rest: "another session (role postgres …; … without
    pg_read_all_stats)" / "（角色 postgres …需 pg_read_all_stats 权限）"."""
    from helpers import complaint
    from test_robust31 import _holding, clerks_role

    from kesu_docs.register import RegisterError

    holder, _ = _holding(pg_url, 20, monkeypatch, 2500)
    try:
        clerk = clerks_role(pg_url)
        with Register.open(clerk) as reg, pytest.raises(RegisterError) as raised:
            reg.issue(complaint(customer="the other clerk"), source_hash="second")
    finally:
        holder.kill()
        holder.wait(30)
    said = raised.value.message(lang)
    assert ("role postgres" if lang == "en" else "角色 postgres") in said, said
    assert "pg_read_all_stats" in said and "not shown to this user, server process" not in said, said


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_postgresql_register_behind_its_folder_says_its_database_was_restored(tmp_path, pg_url, lang):
    """``register_behind_folder`` is worded by database (robust31/fixr31): for PostgreSQL, its
    database restored from an older backup, and a newer backup of it to bring back — not an
    SQLite file's ``-wal``. Only the SQLite wording was run; here a real server's register,
    a file of its first number already in the folder, refuses the number."""
    from helpers import complaint

    from kesu_docs.register import RegisterError
    from kesu_docs.register.folder_ahead import listing

    out = tmp_path / "out"
    out.mkdir()
    (out / "complaint-202609001.docx").write_bytes(b"numbered before the restore")
    with Register.open(pg_url, create=True) as reg:
        with pytest.raises(RegisterError) as raised:
            reg.issue(complaint(), source_hash="first", folder=listing(out))
        assert reg.count() == 0
    said = raised.value.message(lang)
    restored = "its database restored from a backup" if lang == "en" else "数据库从较早的备份恢复"
    assert restored in said and "complaint-202609001.docx" in said and "-wal" not in said, said


@pytest.mark.parametrize("held_s", [1.5, 20.0])
def test_the_export_rows_kept_after_an_export_wait_for_a_lock_across_tries(pg_url, monkeypatch, held_s):
    """``keep_sheet_rows`` (the rows an export made, stored after it) goes through the writes'
    retry (fixr31, untested on its own): a session holding ``sheet_rows`` against its write
    (``ROW EXCLUSIVE``: reads go on) and letting go at 1.5 s is waited for across tries of 0.5 s
    and the rows stored; one held past the bound (3 s) leaves them unstored, kept in memory for
    the next export, no error. (With one try, as before fixr31, the 1.5 s case stored nothing.)"""
    import datetime as dt
    import threading

    import psycopg
    from helpers import complaint

    from kesu_docs.register import database

    with Register.open(pg_url, create=True) as reg:
        for n in range(3):
            reg.issue(complaint(customer=f"customer {n}"), source_hash=f"s{n}")
    monkeypatch.setattr(database, "PG_LOCK_TRY_MS", 500)
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 3000)
    holder = psycopg.connect(pg_url, application_name="the other program")
    letting_go = threading.Timer(held_s, holder.rollback)
    try:
        with Register.open(pg_url) as reg:
            with reg.stored_sheet_rows(dt.date(2026, 9, 30)) as rows:
                assert rows is not None  # (made from the records: none stored yet)
                holder.execute("LOCK TABLE sheet_rows IN ROW EXCLUSIVE MODE")
                letting_go.start()
            kept = reg._made_rows is None
    finally:
        letting_go.cancel()
        holder.close()
    with psycopg.connect(pg_url) as conn:
        stored = conn.execute("SELECT count(*) FROM sheet_rows").fetchone()[0]
    assert (kept, stored) == ((True, 3) if held_s < 3 else (False, 0)), (kept, stored)


def test_a_postgresql_refusal_is_said_in_chinese_with_the_servers_words_after_a_colon(pg_url):
    """The PostgreSQL driver's English stood alone inside a Chinese line ("登记簿操作失败：
    permission denied for table counters"). Now the Chinese says what the server's SQLSTATE
    means — here a clerks' role the numbering's table was taken from: no permission, and who
    grants it — with the server's own words after a colon; the English is the server's words."""
    import psycopg
    from helpers import complaint
    from test_robust31 import clerks_role

    from kesu_docs.register import RegisterError

    Register.open(pg_url, create=True).close()
    clerk = clerks_role(pg_url)
    role = clerk.split("//", 1)[1].split(":", 1)[0]
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(f"REVOKE UPDATE ON counters FROM {role}")
    with Register.open(clerk) as reg, pytest.raises(RegisterError) as raised:
        reg.issue(complaint(), source_hash="first")
    chinese, english = raised.value.message("zh"), raised.value.message("en")
    assert "本用户没有相应权限" in chinese and "SQLSTATE 42501" in chinese, chinese
    assert "服务器原文：permission denied for table counters" in chinese, chinese
    assert "permission denied for table counters" in english and "权限" not in english, english


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_register_upgrade_waiting_for_anothers_turn_names_who_holds_it(pg_url, monkeypatch, lang):
    """The turn to upgrade a PostgreSQL register's tables (an advisory lock) was waited for
    without bound and its holder never named: a clerk opening a register another process was
    upgrading (or stuck in its upgrade) waited silently as long as that one held it (here let
    go at 20 s: before, opened then, nothing said). Now it waits the bound every write waits
    (``BUSY_TIMEOUT_MS``, 2.5 s here), then says how long and which session holds the turn —
    asked as a row lock's blockers (``pg_blocking_pids``). robust33: an upgrade is waited for
    on, a bound a try, up to ``UPGRADE_WAIT_S`` (4 s here: two tries), then refused as said."""
    import threading
    import time

    import psycopg

    from kesu_docs.register import RegisterError, database, register

    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 2500)
    monkeypatch.setattr(register, "UPGRADE_WAIT_S", 4.0)
    holder = psycopg.connect(pg_url, application_name="kesu render on QA-PC-07", autocommit=True)
    holder.execute("SELECT pg_advisory_lock(%s)", (database._PG_MIGRATION_LOCK,))
    letting_go = threading.Timer(20, holder.close)
    letting_go.start()
    try:
        started = time.monotonic()
        with pytest.raises(RegisterError) as raised:
            Register.open(pg_url, create=True).close()
        waited = time.monotonic() - started
    finally:
        letting_go.cancel()
        holder.close()
    said = raised.value.message(lang)
    assert waited < 15 and "kesu render on QA-PC-07" in said, said
    assert ("kesu waited 2.5 seconds" if lang == "en" else "等了 2.5 秒") in said, said
    with Register.open(pg_url, create=True) as reg:  # its turn let go: the upgrade made
        assert reg.count() == 0
