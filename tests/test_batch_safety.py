"""A poisoned record fails alone; the register refuses to issue into a damaged file or into
another program's database, and is read from read-only media (issue 8)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from helpers import clean_environment, kesu, ordinary_user, sqlite_open
from hostile import complaint, write_json

from kesu_docs.register import Register

ROOT = Path(__file__).resolve().parents[1]

POISONS = {
    "nul-in-customer": {"customer": "华东\x00精密"},
    "number-over-64": {"number": "2026" + "0" * 70},
    "lone-surrogate": {"description": "虚焊\udfff"},
    "qty-1e5000": {"requested_qty": "1e5000"},
    "traversal-number": {"number": "x/../../../ESCAPED"},
}


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db(request, tmp_path):
    if request.param == "sqlite":
        return str(tmp_path / "kesu.db")
    return request.getfixturevalue("pg_url")


@pytest.mark.parametrize("poison", POISONS, ids=list(POISONS))
def test_one_poisoned_record_among_good_ones_fails_alone_and_the_rest_is_filed(poison, db, tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for i in range(4):
        write_json(inbox / f"good-{i}.json", complaint(customer=f"客户{i}"))
    write_json(inbox / "poisoned.json", complaint(**POISONS[poison]))
    out = tmp_path / "out"
    result = kesu("render", inbox, "-o", out, "--db", db, "--lang", "en")
    assert result.exit_code == 1, result.output
    assert "poisoned.json" in result.output and "invalid, skipped" in result.output
    assert "5 documents: 4 rendered, 1 not" in result.output
    assert sorted(p.name for p in out.iterdir()) == [f"complaint-20260900{i}.docx" for i in range(1, 5)]
    with Register.open(db) as reg:
        assert sorted(d.customer for d in reg.documents()) == [f"客户{i}" for i in range(4)]


def test_a_document_whose_rendering_fails_fails_alone(tmp_path, monkeypatch):
    templates = tmp_path / "templates"
    shutil.copytree(ROOT / "templates", templates, ignore=shutil.ignore_patterns("src", "return.docx"))
    monkeypatch.setenv("KESU_TEMPLATES", str(templates))
    out = tmp_path / "out"
    samples = ROOT / "samples"
    result = kesu(
        "render",
        samples / "complaint-from-system.json",
        samples / "return-valid.json",
        "-o",
        out,
        "--db",
        tmp_path / "kesu.db",
        "--lang",
        "en",
    )
    assert result.exit_code == 1
    [failed] = [line for line in result.output.splitlines() if "return-valid" in line]
    assert "failed" in failed
    assert sorted(p.name for p in out.iterdir()) == ["complaint-202609001.docx"]


def test_what_sqlite_accepts_postgres_stores(tmp_path, pg_url):
    at_limits = complaint(
        number="DH-KS-2609-017-ABCDEFGHIJKLMNOP"[:32],
        customer=("华东𠀀精密😀" * 40)[:200],
        description=("第一行\t缩进\r\n第二行" * 400)[:4000],
        order_no="S" * 64,
    )
    src = write_json(tmp_path / "limits.json", at_limits)
    db = tmp_path / "kesu.db"
    assert kesu("render", src, "-o", tmp_path / "out", "--db", db).exit_code == 0
    copied = kesu("register", "copy", "--db", db, "--to", pg_url)
    assert copied.exit_code == 0, copied.output
    with Register.open(pg_url) as pg, Register.open(db) as lite:
        assert pg.get("DH-KS-2609-017-ABCDEFGHIJKLMNOP"[:32]).record == lite.get(at_limits["number"]).record


# ---------------------------------------------------------------------------------- the register file
def _filled_register(tmp_path: Path) -> Path:
    db = tmp_path / "kesu.db"
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for i in range(30):
        write_json(inbox / f"c{i}.json", complaint(customer=f"客户{i}", description="虚焊" * 500))
    assert kesu("render", inbox, "-o", tmp_path / "out", "--db", db).exit_code == 0
    with sqlite_open(db) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return db


def _damage_a_middle_page(db: Path) -> None:
    """The file's middle page overwritten, where it is not the index of the search texts (no
    list of the whole register reads that index: a page of it would go unmet)."""
    page = 4096
    pages = db.stat().st_size // page
    with sqlite_open(db) as conn:
        searched = {
            n for (n,) in conn.execute("SELECT pageno FROM dbstat WHERE name = 'ix_documents_search'")
        }
    middle = pages // 2 + 1  # (dbstat counts pages from 1)
    while middle in searched:
        middle += 1
    with db.open("r+b") as fh:
        fh.seek((middle - 1) * page)
        fh.write(b"\xa5" * page)


def test_a_damaged_register_is_refused_with_how_to_restore_it(tmp_path):
    db = _filled_register(tmp_path)
    _damage_a_middle_page(db)
    damaged = db.read_bytes()
    listed = kesu("register", "list", "--db", db, "--lang", "en")
    assert listed.exit_code == 2
    assert "damaged" in listed.output and "backup" in listed.output
    exported = kesu("register", "export", "-o", tmp_path / "x.xlsx", "--db", db, "--lang", "en")
    assert exported.exit_code == 2 and "damaged" in exported.output
    assert not (tmp_path / "x.xlsx").exists()
    # reading commands run no quick_check: each refuses the damaged page it meets, no traceback
    for command in (["register", "show", "202609015"], ["report", "monthly", "2026-09", "-o", "m.xlsx"]):
        shown = kesu(*command, "--db", db, "--lang", "en", cwd=tmp_path)
        assert shown.exit_code in (0, 1, 2) and "Traceback" not in shown.output, shown.output
        assert shown.exit_code == 0 or "damaged" in shown.output or "not in the register" in shown.output
    src = write_json(tmp_path / "new.json", complaint(customer="新客户"))
    rendered = kesu("render", src, "-o", tmp_path / "new-out", "--db", db)
    assert rendered.exit_code == 2
    assert "已损坏" in rendered.output and "备份" in rendered.output
    assert not (tmp_path / "new-out").exists()  # nothing half written: not even its folder
    assert db.read_bytes() == damaged  # nothing issued into it


def test_register_check_finds_a_damaged_page_that_reading_commands_do_not_look_for(tmp_path):
    db = _filled_register(tmp_path)
    sound = kesu("register", "check", "--db", db, "--lang", "en")
    assert sound.exit_code == 0 and "The register is sound" in sound.output and "30 documents" in sound.output
    _damage_a_middle_page(db)
    damaged = db.read_bytes()
    checked = kesu("register", "check", "--db", db)
    assert checked.exit_code == 2
    assert "已损坏" in checked.output and "备份" in checked.output and str(db) in checked.output
    assert db.read_bytes() == damaged  # checking writes nothing


def test_another_programs_database_is_left_alone_unless_allowed(tmp_path):
    other = tmp_path / "erp.db"
    with sqlite_open(other) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    src = write_json(tmp_path / "c.json", complaint())
    result = kesu("render", src, "-o", tmp_path / "out", "--db", other, "--lang", "en")
    assert result.exit_code == 2
    assert "invoices" in result.output and "allow_foreign_tables" in result.output
    with sqlite_open(other) as conn:
        assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")] == [
            "invoices"
        ]
    plant = tmp_path / "plant"
    plant.mkdir()
    (plant / "kesu.toml").write_text("[database]\nallow_foreign_tables = true\n", encoding="utf-8")
    assert kesu("render", src, "-o", tmp_path / "out", "--db", other, cwd=plant).exit_code == 0


def test_a_register_on_read_only_media_is_listed_and_exported(tmp_path):
    db = _filled_register(tmp_path)
    # a folder anyone may read (pytest's own are private to their owner)
    media = Path(tempfile.mkdtemp(prefix="kesu-ro-"))
    try:
        os.chmod(media, 0o755)
        archived = media / "kesu.db"
        shutil.copy(db, archived)
        os.chmod(archived, 0o444)
        os.chmod(media, 0o555)
        export_dir = Path(tempfile.mkdtemp(prefix="kesu-ro-out-"))
        os.chmod(export_dir, 0o777)
        user = ordinary_user()  # root writes anywhere: as an ordinary user, as on a clerk's PC

        def run(*args: str) -> subprocess.CompletedProcess:
            return subprocess.run(
                [*user, sys.executable, "-m", "kesu_docs.cli", *args, "--db", str(archived), "--lang", "en"],
                capture_output=True,
                text=True,
                timeout=120,
                cwd=export_dir,
                env={**clean_environment(), "HOME": str(export_dir)},
            )

        listed = run("register", "list")
        assert listed.returncode == 0, listed.stderr
        assert "30 documents" in listed.stdout
        exported = run("register", "export", "-o", str(export_dir / "archive.xlsx"))
        assert exported.returncode == 0, exported.stderr
        assert (export_dir / "archive.xlsx").is_file()
        src = export_dir / "c.json"
        write_json(src, complaint(customer="新客户"))
        os.chmod(src, 0o644)
        refused = run("render", str(src), "-o", str(export_dir / "out"))
        assert refused.returncode == 2
        assert "read-only" in refused.stderr
        assert sorted(p.name for p in media.iterdir()) == ["kesu.db"]  # no -wal, no -shm made there
    finally:
        os.chmod(media, 0o755)
        shutil.rmtree(media, ignore_errors=True)
        shutil.rmtree(export_dir, ignore_errors=True)


def test_an_older_register_is_upgraded_then_listed_where_it_can_be_written(tmp_path, monkeypatch):
    import sqlalchemy as sa

    from kesu_docs.register import queries, schema

    db = _filled_register(tmp_path)
    # the next version of kesu adds a table (as a later migration will)
    table = sa.Table("revisions_test", schema.metadata, sa.Column("id", sa.Integer, primary_key=True))
    try:
        monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, lambda conn: table.create(conn)])
        monkeypatch.setattr(schema, "LATEST", len(schema.MIGRATIONS))
        monkeypatch.setattr(queries, "SCHEMA_VERSION", schema.LATEST)  # the version it writes
        listed = kesu("register", "list", "--db", db, "--lang", "en")
        assert listed.exit_code == 0, listed.output
        assert "30 documents" in listed.output
        with Register.open(db, read_only=True) as reg:
            assert reg.schema_version == schema.LATEST
    finally:
        schema.metadata.remove(table)
