"""The review of robust33 mended (fixr33). Real SQLite files."""

from __future__ import annotations

import contextlib
import datetime as dt
import shutil
import sqlite3
import threading
import time

from kesu_docs.register import Register


def test_a_clerk_waiting_for_an_upgrade_opens_the_register_once_it_is_upgraded_though_a_write_goes_on(
    tmp_path, monkeypatch
):
    """robust33 made a clerk opening a register another is upgrading wait for that upgrade;
    but where the lock was met once more after the upgrade was done (its clerk's batch writing
    right after it, minutes for a large one), the clerk was refused "locked" — though the
    register was this program's and opening it needs no write. Now the clerk opens it. The
    upgrade: the register's upgraded copy put in place by a connection that held the write
    lock 1 s before and holds it on after, as a write; the bound 0.5 s."""
    from helpers import version_1_register

    from kesu_docs.register import database, register, schema

    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 500)
    monkeypatch.setattr(register, "UPGRADE_WAIT_S", 30.0)
    db, upgraded = tmp_path / "kesu.db", tmp_path / "upgraded.db"
    version_1_register(db, [], dt.date(2026, 9, 1))
    with contextlib.closing(sqlite3.connect(db)) as conn:  # (as kesu keeps its registers: readers go on)
        conn.execute("PRAGMA journal_mode=WAL")
    shutil.copy(db, upgraded)
    Register.open(upgraded).close()  # (the upgrade another clerk's kesu makes)
    holder = sqlite3.connect(db, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")

    def upgrade_then_write() -> None:
        holder.rollback()
        with contextlib.closing(sqlite3.connect(upgraded)) as source:
            source.backup(holder)
        holder.execute("BEGIN IMMEDIATE")  # (that clerk's batch, writing on)

    upgrading = threading.Timer(1.0, upgrade_then_write)
    upgrading.start()
    started = time.monotonic()
    try:
        with Register.open(db) as reg:
            assert reg.schema_version == schema.LATEST
            waited = time.monotonic() - started
    finally:
        upgrading.join()
        holder.rollback()
        holder.close()
    assert waited < 4, waited  # (not held until the write let go)


def test_a_pdf_put_in_the_output_folder_during_the_conversion_is_never_written_over(tmp_path, monkeypatch):
    """robust33 put a new document's DOCX only where no file stands under its name, but its PDF
    was still put in place by a rename that replaced whatever stood there — and, before that,
    the conversion removed any file of the PDF's name as "stale": another clerk's PDF saved
    there after the folder was looked at was lost. Now a new document's PDF is put as its DOCX
    is: the file found there kept byte for byte, the document said failed for its PDF (naming
    the file, in Chinese and English), its DOCX standing, nothing staged left behind."""
    from hostile import complaint as sample_record
    from hostile import write_json

    from kesu_docs import filing

    inbox, out = tmp_path / "in", tmp_path / "out"
    inbox.mkdir()
    write_json(inbox / "c.json", sample_record(customer="one"))
    looked = filing._in_folder
    planted = b"%PDF-1.4 another clerk's copy"

    def looked_then_saved(output):  # the folder looked at; another clerk saves a PDF there now
        found = looked(output)
        if found is None:
            output.with_suffix(".pdf").write_bytes(planted)
        return found

    monkeypatch.setattr(filing, "_in_folder", looked_then_saved)
    with Register.open(tmp_path / "kesu.db") as reg:
        [filed] = filing.render_paths([inbox], out, register=reg, pdf=True)
    document = out / "complaint-202609001.docx"
    pdf = document.with_suffix(".pdf")
    assert pdf.read_bytes() == planted, filed
    assert filed.outcome == "failed" and filed.docx_stands and document.is_file(), filed
    [problem] = filed.problems
    assert problem.code == "pdf_failed", problem
    en, zh = problem.message("en"), problem.message("zh")
    assert f"a file {pdf} came into the output folder meanwhile" in en, en
    assert f"输出文件夹中已有文件 {pdf}" in zh, zh
    assert sorted(p.name for p in out.iterdir()) == [document.name, pdf.name]  # (nothing staged left)
