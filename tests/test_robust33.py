"""The register's writes under contention and over time (robust33): the export's rows kept
without decoding a record under the write lock. Real SQLite files."""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
from pathlib import Path

import pytest
from helpers import complaint, sqlite_open
from test_register_export_rows import eightd

from kesu_docs.register import Register
from kesu_docs.reports import tracking


def _lock_free(path: Path) -> bool:
    """Whether another connection can take ``path``'s write lock right now."""
    other = sqlite3.connect(path, timeout=0)
    try:
        other.execute("BEGIN IMMEDIATE")
        other.rollback()
        return True
    except sqlite3.OperationalError:
        return False
    finally:
        other.close()


def test_the_rows_an_export_made_are_kept_without_decoding_a_record_under_the_write_lock(
    tmp_path, monkeypatch
):
    """``keep`` (the rows an export made, stored after it) compared each document and each
    case's linked documents with what the rows were made from by decoding their records again
    while holding the register's write lock (1–3 s for a build's step of 2,500 on a loaded
    machine: every other clerk's write waited). Now what the database stores is compared (its
    text, made by the database, read in the export's own read), and the records are decoded
    only outside the lock: every JSON decoding during an export and its keeping finds the lock
    free for another connection (before: the records of the kept documents decoded under it).
    A document changed meanwhile still keeps no row."""
    db = tmp_path / "kesu.db"
    with Register.open(db) as reg:
        reg.issue_many(
            [(complaint(f"客户{i}", received=f"2026-09-0{1 + i % 9}"), f"h{i}", "") for i in range(12)]
        )
        reg.issue(eightd("202609001"), source_hash="8d-1")
        reg.issue(eightd("202609002"), source_hash="8d-2")
    decoded: list[bool] = []
    loads = json.loads

    def watched(text, *args, **kwargs):  # (the stdlib's own decoder, watched: SQLAlchemy's and ours)
        decoded.append(_lock_free(db))
        return loads(text, *args, **kwargs)

    monkeypatch.setattr(json, "loads", watched)
    with Register.open(db, read_only=True) as reader:  # (a read-only export keeps its rows for later)
        tracking.export(reader, tmp_path / "1.xlsx", as_of=dt.date(2026, 9, 30))
        with Register.open(db) as writer:
            writer.void("202609003", "重复登记")
            writer.issue(eightd("202609004"), source_hash="8d-3")
        decoded.clear()
        kept = reader.keep_sheet_rows()
        assert kept == 14 - 1, kept  # (the voided one's row: made again next time)
        with sqlite_open(db) as conn:  # (the cases of the voided one and of the one given an 8D)
            assert conn.execute("SELECT count(*) FROM tracking_rows").fetchone() == (12 - 2,)
        assert all(decoded), f"{decoded.count(False)} of {len(decoded)} decodings under the write lock"
        assert reader.sheet_rows_missing() > 0
    with Register.open(db) as reg:
        decoded.clear()
        tracking.export(reg, tmp_path / "2.xlsx", as_of=dt.date(2026, 9, 30))  # (made and kept at once)
        assert decoded and all(decoded), f"{decoded.count(False)} of {len(decoded)} under the lock"
        assert reg.sheet_rows_missing() == 0


def test_a_file_put_in_the_output_folder_after_it_was_looked_at_is_never_written_over(tmp_path, monkeypatch):
    """A new document's file is refused where a file of its name stands (``number_in_folder``:
    another document's, never its own) — but the folder was looked at once, right before the
    rename, which replaced whatever came in between (another clerk's copy saved under that
    name). Now the file is put only where no name stands, the file system itself refusing
    otherwise (a hard link): the document refused with the message naming the file, that file
    kept byte for byte, nothing of the batch's left in the folder."""
    from hostile import complaint as sample_record
    from hostile import write_json

    from kesu_docs import filing

    inbox, out = tmp_path / "in", tmp_path / "out"
    inbox.mkdir()
    write_json(inbox / "c.json", sample_record(customer="one"))
    looked = filing._in_folder
    planted = b"another clerk's copy"

    def looked_then_saved(output):  # the folder looked at; another clerk saves a file there now
        found = looked(output)
        if found is None:
            output.write_bytes(planted)
        return found

    monkeypatch.setattr(filing, "_in_folder", looked_then_saved)
    with Register.open(tmp_path / "kesu.db") as reg:
        [filed] = filing.render_paths([inbox], out, register=reg)
    [problem] = filed.problems
    reason = problem.params["reason"]
    document = out / "complaint-202609001.docx"
    assert filed.outcome == "failed" and document.read_bytes() == planted, filed
    assert f"{document} appeared in the output folder just now" in reason.en, reason  # (register34)
    assert f"输出文件夹中刚刚出现了文件 {document}" in reason.zh, reason
    assert sorted(p.name for p in out.iterdir()) == [document.name]  # (nothing staged left)


def test_a_folder_of_many_files_is_listed_by_count_and_what_was_not_looked_through_said(
    tmp_path, monkeypatch
):
    """The folder check listed the output folder and its subfolders whole, bounded by depth
    only: an archive of 200,000 files kept inside it (on a share: minutes) held up every render.
    Now it reads :data:`SCAN_MOST` names at most (2,000 here, against 12,000 files: the test's time) — the folder itself first, then a level of
    subfolders at a time — and the batch says, once, which folders it did not look through (in
    Chinese and English); ``kesu register check --folder`` still reads every name."""
    from kesu_docs import filing
    from kesu_docs.register import folder_ahead

    monkeypatch.setattr(folder_ahead, "SCAN_MOST", 2_000)
    out = tmp_path / "out"
    archive = out / "archive" / "2025"
    archive.mkdir(parents=True)
    for n in range(12_000):  # (empty files, named as documents: each name parsed)
        with open(archive / f"complaint-2025{n:06d}.docx", "wb"):
            pass
    (out / "notes.txt").write_text("the clerk's own file")
    listed = folder_ahead.listing(out)
    assert listed.unscanned == (os.path.join("archive", "2025"),), listed.unscanned
    assert sum(len(f) for f in listed.files.values()) < folder_ahead.SCAN_MOST
    assert "notes.txt" in listed.names
    inbox = tmp_path / "in"
    inbox.mkdir()
    from hostile import complaint as sample_record
    from hostile import write_json

    for n in range(2):
        write_json(inbox / f"c{n}.json", sample_record(customer=f"customer {n}"))
    with Register.open(tmp_path / "kesu.db") as reg:
        filed = filing.render_paths([inbox], out, register=reg)
        assert reg.files_unknown(out).files == 12_000 + 2  # (asked for: every name)
    assert [f.outcome for f in filed] == ["rendered", "rendered"], filed
    said = [n for f in filed for n in f.notes if n.code == "folder_scan_cut"]
    assert len(said) == 1, [f.notes for f in filed]
    shown = os.path.join("archive", "2025")
    zh, en = said[0].message("zh"), said[0].message("en")
    assert f"只查看了前 {folder_ahead.SCAN_MOST:,} 个名称，未查看的文件夹：{shown}" in zh, zh
    assert (
        f"only the first {folder_ahead.SCAN_MOST:,} names were looked at; folders not looked through: {shown}"
        in en
    ), en


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_lock_met_after_the_blockers_were_asked_names_who_holds_it(pg_url, monkeypatch, lang):
    """A PostgreSQL write's last try asks who blocks it shortly before its wait ends, once: a
    lock the write met only after that answer (the write busy elsewhere when asked) was said
    "held by: none found". Now, while no session is seen, it is asked again until the try
    ends, and the session that took the lock meanwhile is named; one never seen is "an
    unknown session", the same in both languages. Here the other program takes the lock right
    after the first answer (nothing blocked the write then), and the write meets it next."""
    import threading

    import psycopg

    from kesu_docs.register import RegisterError, database

    Register.open(pg_url, create=True).close()
    monkeypatch.setattr(database, "PG_LOCK_TRY_MS", 1500)
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 1500)  # (one try: the last)
    holder = psycopg.connect(pg_url, application_name="the other program")
    first_answer = threading.Event()
    asked = database.pg_lock_holders

    def holders(engine, pid):  # (the server asked, as ever; the test told when)
        try:
            return asked(engine, pid)
        finally:
            first_answer.set()

    monkeypatch.setattr(database, "pg_lock_holders", holders)

    def work(conn):  # busy elsewhere when first asked, then meets the other program's lock
        assert first_answer.wait(30)
        holder.execute("LOCK TABLE counters IN ACCESS EXCLUSIVE MODE")
        conn.exec_driver_sql("SELECT * FROM counters FOR UPDATE").all()

    try:
        with Register.open(pg_url) as reg, pytest.raises(RegisterError) as raised:
            reg._write(work)
    finally:
        holder.close()
    said = raised.value.message(lang)
    named = "held by the other program" if lang == "en" else "the other program"
    assert named in said and "none found" not in said and "未找到" not in said, said


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_clerk_opening_a_register_another_is_upgrading_waits_for_it_saying_so(
    tmp_path, monkeypatch, capsys, lang
):
    """A register's upgrade holds its write lock throughout (a large one's: over a minute):
    another clerk opening it meanwhile was refused once the writes' bound had passed ("locked").
    Now, while the register is still older than the program, the clerk waits on — saying once,
    in their language, that an upgrade is running — and opens it when that upgrade lets go; past
    ``UPGRADE_WAIT_S`` they are refused as before. The upgrade's hold: a connection holding the
    write lock of a version-1 register 1.5 s, the bound 0.5 s."""
    import contextlib
    import threading

    from helpers import version_1_register

    from kesu_docs.register import RegisterError, database, register, schema

    monkeypatch.setenv("KESU_LANG", lang)
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 500)
    db = tmp_path / "kesu.db"
    version_1_register(db, [], dt.date(2026, 9, 1))
    with contextlib.closing(sqlite3.connect(db)) as conn:  # (as kesu keeps its registers: readers go on)
        conn.execute("PRAGMA journal_mode=WAL")
    words = "is being upgraded by another program" if lang == "en" else "正在由另一个程序升级"
    for held_s, most_s in ((1.5, 30.0), (4.0, 1.0)):
        monkeypatch.setattr(register, "UPGRADE_WAIT_S", most_s, raising=False)
        upgrading = sqlite3.connect(db, isolation_level=None, check_same_thread=False)
        upgrading.execute("BEGIN IMMEDIATE")
        done = threading.Timer(held_s, upgrading.rollback)
        done.start()
        try:
            if most_s > held_s:
                with Register.open(db) as reg:
                    assert reg.schema_version == schema.LATEST
            else:
                with pytest.raises(RegisterError):
                    Register.open(db).close()
        finally:
            done.cancel()
            done.join()
            upgrading.close()
        said = capsys.readouterr().err
        assert said.count(words) == 1 and str(db) in said, said
        if most_s > held_s:
            break
