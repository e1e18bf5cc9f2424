"""Moving the register: ``kesu register copy --to URL`` from kesu.db to a second file or a PostgreSQL server.

The source holds what a plant's register really holds: two kinds sharing a number, a void
number, a re-printed one, a pre-numbered form, two periods and a log line. Every row of every
table must arrive with the same values, numbering must continue in the target, the source
must not change, and a target that already holds documents is refused.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa
from click.testing import CliRunner
from helpers import ROOT, complaint, sqlite_open

from kesu_docs import forms
from kesu_docs.cli import cli
from kesu_docs.register import Register, RegisterError, transfer_register
from kesu_docs.register.database import to_url
from kesu_docs.register.transfer import tables


def eightd():
    sample = json.loads((ROOT / "samples" / "8d-valid.json").read_text(encoding="utf-8"))
    sample.pop("kind")
    return forms.get("8d").model.model_validate(sample)


@pytest.fixture
def source(tmp_path) -> Path:
    """A register as a plant's clerk leaves it after a month and a bit of work."""
    path = tmp_path / "kesu.db"
    with Register.open(path) as reg:
        reg.issue(complaint("甲"), source_hash="a", source="客诉-甲.xlsx")  # 202609001
        reg.issue(complaint("乙"), source_hash="b", source="客诉-乙.xlsx")  # 202609002
        reg.issue(complaint("预编号", number="202609003"), source_hash="pre", source="预编号.json")
        reg.issue(complaint("丙", received="2026-10-08"), source_hash="c", source="客诉-丙.pdf")  # 202610001
        reg.issue(eightd(), source_hash="8d", source="8D.json")  # 8d 202609001
        reg.void("202609001", "重复登记", kind="complaint")
        reg.reprint("202609002")
        reg.reprint("202609002")
        reg.log("202609002", "reminder", "催办单已发", kind="complaint")
    return path


def table_rows(address: str | Path) -> dict[str, list[dict]]:
    """Every row of every register table, through the column types, in primary-key order."""
    engine = sa.create_engine(to_url(address))
    try:
        with engine.connect() as conn:
            found = {}
            for table in tables():
                rows = [dict(row._mapping) for row in conn.execute(sa.select(table))]
                keys = [c.name for c in table.primary_key.columns]
                found[table.name] = sorted(rows, key=lambda r: tuple(r[k] for k in keys))
            return found
    finally:
        engine.dispose()


def contents(address: str | Path) -> tuple[list, dict]:
    """The documents and each one's case log, as the register hands them out."""
    with Register.open(address, create=False) as reg:
        docs = reg.documents()
        return docs, {(d.kind, d.number): reg.events(d.number, kind=d.kind) for d in docs}


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def kesu(*args: str):
    runner = CliRunner(env={"KESU_DB": ""})
    return runner.invoke(cli, [str(a) for a in args], catch_exceptions=False)


def assert_numbering_continues(target: str | Path) -> None:
    """The next numbers follow the copied series: no gap, no reuse, new ids past the copied ones."""
    before = table_rows(target)
    with Register.open(target, create=False) as reg:
        assert (
            reg.issue(complaint("丁"), source_hash="d").number == "202609004"
        )  # 003 is the pre-numbered one
        assert reg.issue(complaint("戊", received="2026-10-20"), source_hash="e").number == "202610002"
        nxt = reg.issue(eightd().model_copy(update={"complaint_number": "202609004"}), source_hash="8d-2")
        assert (nxt.kind, nxt.number) == ("8d", "8D202609002")
        assert reg.issue(complaint("甲"), source_hash="a").created is False  # the source file is known there
        reg.log("202609004", "reminder", "催办", kind="complaint")
    after = table_rows(target)
    assert [d["id"] for d in after["documents"]] == [d["id"] for d in before["documents"]] + [6, 7, 8]
    assert len(after["events"]) == len(before["events"]) + 4


# ------------------------------------------------------------------------------ SQLite → SQLite
def test_copy_to_a_second_file_keeps_every_document_counter_and_log_line(source, tmp_path):
    target = tmp_path / "second" / "kesu.db"
    target.parent.mkdir()
    summary = transfer_register(source, target)
    assert summary.documents == {"8d": 1, "complaint": 4}
    assert summary.tally.void == {"complaint": 1}
    assert summary.rows == {
        "counters": 3,
        "documents": 5,
        "events": 9,
        "prints": 0,
        "register_meta": 0,  # the layout of the export's stored rows (schema 5): none yet
        "revisions": 5,
    }  # the export's rows are a cache, not copied: the target's export makes them
    assert table_rows(target) == table_rows(source)  # every column of every row, ids included
    assert contents(target) == contents(source)
    with Register.open(target, create=False) as copied, Register.open(source, create=False) as original:
        void = copied.get("202609001", kind="complaint")
        assert (void.status, void.void_reason) == ("void", "重复登记")
        reprinted = copied.get("202609002")
        assert (reprinted.status, reprinted.reprints) == ("re-printed", 2)
        assert reprinted.issued_at == original.get("202609002").issued_at  # the original issue time
        assert copied.get("202609003").serial is None  # arrived numbered


def test_numbering_continues_in_the_copy_without_gap_or_reuse(source, tmp_path):
    target = tmp_path / "copy.db"
    Register.open(source, create=False).transfer_to(target)
    assert_numbering_continues(target)


def test_the_source_is_left_untouched(source, tmp_path):
    rows, before = table_rows(source), digest(source)
    transfer_register(source, tmp_path / "copy.db")
    assert digest(source) == before
    assert table_rows(source) == rows
    assert_numbering_continues(tmp_path / "copy.db")
    assert table_rows(source) == rows  # the copy numbers on its own


def test_a_target_that_already_holds_documents_is_refused_and_left_alone(source, tmp_path):
    target = tmp_path / "busy.db"
    with Register.open(target) as reg:
        reg.issue(complaint("别的工厂"), source_hash="x")
    rows = table_rows(target)
    with pytest.raises(RegisterError) as refused:
        transfer_register(source, target)
    assert refused.value.code == "register_not_empty"
    assert "1 documents" in refused.value.message("en") and "已有内容" in refused.value.message("zh")
    assert table_rows(target) == rows


def test_copying_a_register_onto_itself_is_refused(source):
    rows = table_rows(source)
    with pytest.raises(RegisterError) as refused:
        transfer_register(source, f"sqlite:///{source}")
    assert refused.value.code == "register_same"
    assert table_rows(source) == rows


def test_an_empty_register_copies_to_an_empty_register(tmp_path):
    Register.open(tmp_path / "empty.db").close()
    summary = transfer_register(tmp_path / "empty.db", tmp_path / "new.db")
    assert summary.documents == {}
    assert summary.rows == {
        "counters": 0,
        "documents": 0,
        "events": 0,
        "prints": 0,
        "register_meta": 0,
        "revisions": 0,
    }
    with Register.open(tmp_path / "new.db", create=False) as reg:
        assert reg.issue(complaint(), source_hash="a").number == "202609001"


# ------------------------------------------------------------------------------ the command
def test_kesu_register_copy_prints_what_it_copied_and_refuses_a_second_time(source, tmp_path):
    target = tmp_path / "copy.db"
    done = kesu("register", "copy", "--db", source, "--to", target)
    assert done.exit_code == 0, done.output
    assert f"{source} → {target}" in done.output
    assert "客户抱怨处理单（complaint）：4 份（作废 1 份）" in done.output
    assert "（8d）：1 份" in done.output
    assert "案件日志：9" in done.output and "编号计数器：3" in done.output
    assert "已核对" in done.output and "KESU_DB" in done.output
    assert table_rows(target) == table_rows(source)

    again = kesu("register", "copy", "--db", source, "--to", target, "--lang", "en")
    assert again.exit_code == 2
    assert "not empty" in again.output and "5 documents" in again.output
    assert table_rows(target) == table_rows(source)


def test_kesu_register_copy_summary_in_english(source, tmp_path):
    result = kesu("register", "copy", "--db", source, "--to", tmp_path / "copy.db", "--lang", "en")
    assert result.exit_code == 0, result.output
    assert "(complaint): 4 documents (1 void)" in result.output
    assert "case log lines: 9" in result.output and "number counters: 3" in result.output


def test_kesu_register_copy_from_a_missing_register_exits_2_and_creates_nothing(tmp_path):
    result = kesu("register", "copy", "--db", tmp_path / "absent.db", "--to", tmp_path / "copy.db")
    assert result.exit_code == 2
    assert "无法打开登记簿" in result.output
    assert not (tmp_path / "copy.db").exists() and not (tmp_path / "absent.db").exists()


def test_kesu_register_copy_to_a_folder_that_does_not_exist_exits_2(source, tmp_path):
    result = kesu(
        "register", "copy", "--db", source, "--to", tmp_path / "nowhere" / "kesu.db", "--lang", "en"
    )
    assert result.exit_code == 2
    assert "folder does not exist" in result.output and not (tmp_path / "nowhere").exists()


def test_kesu_register_copy_help_ends_with_a_runnable_example():
    result = kesu("register", "copy", "--help")  # in Chinese by default (issue 13)
    assert result.exit_code == 0
    assert result.output.split("选项:")[0].rstrip().splitlines()[-1].strip().startswith("kesu register copy")


# ------------------------------------------------------------------------------ SQLite → PostgreSQL
@pytest.mark.postgres
def test_kesu_register_copy_moves_the_register_to_postgresql(source, pg_url):
    done = kesu("register", "copy", "--db", source, "--to", pg_url)
    assert done.exit_code == 0, done.output
    assert "客户抱怨处理单（complaint）：4 份（作废 1 份）" in done.output
    assert table_rows(pg_url) == table_rows(source)  # times, dates, JSON records, ids: the same values
    assert contents(pg_url) == contents(source)
    with Register.open(pg_url, create=False) as moved:
        assert list(moved.get("202609002").record)[:3] == [
            "number",
            "received_date",
            "customer",
        ]  # form order


@pytest.mark.postgres
def test_numbering_and_ids_continue_on_postgresql_after_the_copy(source, pg_url):
    transfer_register(source, pg_url)
    assert_numbering_continues(pg_url)  # the id sequences were moved past the copied ids


@pytest.mark.postgres
def test_a_postgresql_register_that_holds_documents_is_refused(source, pg_url):
    transfer_register(source, pg_url)
    rows = table_rows(pg_url)
    again = kesu("register", "copy", "--db", source, "--to", pg_url)
    assert again.exit_code == 2
    assert "已有内容" in again.output and "5 份文件" in again.output
    assert table_rows(pg_url) == rows


@pytest.mark.postgres
def test_a_copy_that_fails_half_way_leaves_the_postgresql_target_empty(source, pg_url):
    # SQLite keeps a kind longer than its column allows; PostgreSQL refuses it on the 6th document
    with sqlite_open(source) as raw:
        raw.execute(
            "INSERT INTO documents (kind, number, period, status, source, source_hash, record_hash, record, "
            "document_date, issued_at, reprints) VALUES (?, '1', '202609', 'issued', '', 'h', 'r', '{}', "
            "'2026-09-01', '2026-09-01 00:00:00.000000', 0)",
            ("x" * 40,),
        )
    raw.close()
    with pytest.raises(RegisterError) as failed:
        transfer_register(source, pg_url)
    assert failed.value.code == "register_failed"
    assert table_rows(pg_url) == {
        "counters": [],
        "documents": [],
        "events": [],
        "prints": [],
        "register_meta": [],
        "revisions": [],
    }
    fixed = sqlite3.connect(source)
    fixed.execute("DELETE FROM documents WHERE length(kind) > 32")
    fixed.commit()
    fixed.close()
    assert (
        transfer_register(source, pg_url).rows["documents"] == 5
    )  # the target is still empty: the copy can be rerun


@pytest.mark.postgres
def test_a_postgresql_register_copies_back_to_a_file(source, pg_url, tmp_path):
    transfer_register(source, pg_url)
    back = tmp_path / "back.db"
    summary = transfer_register(pg_url, back)
    assert summary.rows == {
        "counters": 3,
        "documents": 5,
        "events": 9,
        "prints": 0,
        "register_meta": 0,  # the layout of the export's stored rows (schema 5): none yet
        "revisions": 5,
    }  # the export's rows are a cache, not copied: the target's export makes them
    assert table_rows(back) == table_rows(source)


def test_a_register_of_an_earlier_version_on_read_only_media_copies_without_the_export_cache(tmp_path):
    """Version 5 added the export's cached rows; a version-4 register that cannot be upgraded
    (an archive on read-only media) still copies, and the copy's export makes the rows."""
    source = tmp_path / "old.db"
    with Register.open(source) as reg:
        reg.issue(complaint(), source_hash="a", source="a.xlsx")
    with sqlite_open(source) as conn:
        for statement in (
            "DROP TABLE log_rows",
            "DROP TABLE tracking_rows",
            "DROP TABLE sheet_rows",
            "DELETE FROM schema_version WHERE version >= 5",
        ):
            conn.execute(statement)
    source.chmod(0o444)
    read_only = f"sqlite:///file:{source}?mode=ro&uri=true"
    result = kesu("register", "copy", "--db", read_only, "--to", str(tmp_path / "new.db"))
    assert result.exit_code == 0, result.output
    exported = kesu("register", "export", "-o", str(tmp_path / "e.xlsx"), "--db", str(tmp_path / "new.db"))
    assert exported.exit_code == 0, exported.output
    with Register.open(tmp_path / "new.db", read_only=True) as reg:
        assert [d.number for d in reg.documents()] == ["202609001"]
        assert reg.sheet_rows_missing() == 0  # made by the copy's first export
