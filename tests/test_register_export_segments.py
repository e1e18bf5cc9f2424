"""The export's register sheet and case log kept as deflated segments (issue 15, export speed,
schema 6): an export joins the kept segments as they are, makes again only those whose rows
changed or moved, and the workbook is the one made from the records, byte for byte and cell
for cell. Segments end on a row's own bytes (one row in SEGMENT_ROWS); the tests shorten them
to one row in 8 so that a register of a few hundred documents has dozens of them."""

from __future__ import annotations

import datetime as dt
import sqlite3
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers import complaint
from openpyxl import load_workbook
from test_register_export_rows import eightd, from_records

from kesu_docs.cli import cli
from kesu_docs.register import Register
from kesu_docs.reports import sheetxml, tracking

DAY = dt.date(2026, 11, 30)


@pytest.fixture(autouse=True)
def short_segments(monkeypatch):
    monkeypatch.setattr(sheetxml, "SEGMENT_ROWS", 8)


@pytest.fixture
def db(tmp_path) -> Path:
    """A register of 240 complaints over three months (open, closed, late), two 8D reports, a
    void, a revision and log lines, exported once (its rows and segments kept)."""
    path = tmp_path / "kesu.db"
    batch = []
    for i in range(240):
        month, day = 7 + i % 3, 1 + i % 28
        extra: dict = {}
        if i % 4 == 0:
            extra = dict(disposition="退货", loss_amount="120.50", cause_category="包装")
            extra["closed_date"] = (
                dt.date(2026, month, day) + dt.timedelta(days=25 if i % 3 else 5)
            ).isoformat()
        batch.append(
            (complaint(f"客户{i:03d}", received=f"2026-{month:02d}-{day:02d}", **extra), f"h{i}", f"{i}.xlsx")
        )
    with Register.open(path) as reg:
        reg.issue_many(batch)
        reg.issue(eightd("202607001"), source_hash="8d-1", source="8D-1.json")
        reg.issue(eightd("202608002"), source_hash="8d-2", source="8D-2.json")
        reg.void("202609003", "重复登记")
        reg.log("202608005", "reminder", "催办 <第一次>")
        tracking.export(reg, tmp_path / "first.xlsx", as_of=DAY)
    return path


def kept(path: Path) -> dict[tuple[str, int], bytes]:
    """The register's kept segments: (sheet, first row's key) → deflated bytes."""
    with sqlite3.connect(path) as conn:
        found = {(s, f): d for s, f, d in conn.execute("SELECT sheet, first_id, data FROM sheet_chunks")}
    conn.close()
    return found


def records_export(path: Path, tmp_path: Path, name: str) -> Path:
    with Register.open(from_records(path, tmp_path, f"{name}.db"), read_only=True) as reg:
        return tracking.export(reg, tmp_path / f"{name}.xlsx", as_of=DAY)


def values(path: Path) -> dict[str, list[tuple]]:
    book = load_workbook(path)
    return {ws.title: list(ws.iter_rows(values_only=True)) for ws in book.worksheets}


def read_rows(sent: list[str], table: str) -> bool:
    return any(f"{table}.row" in s or f'{table}."row"' in s for s in sent)


def statements(run) -> list[str]:
    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    sent: list[str] = []

    def seen(conn, cursor, statement, *_):
        sent.append(statement)

    event.listen(Engine, "before_cursor_execute", seen)
    try:
        run()
    finally:
        event.remove(Engine, "before_cursor_execute", seen)
    return sent


def test_an_export_keeps_the_register_and_log_rows_as_segments_the_next_one_joins(db, tmp_path):
    segments = kept(db)
    assert sum(sheet == "register" for sheet, _ in segments) > 10
    assert sum(sheet == "log" for sheet, _ in segments) > 10
    with Register.open(db, read_only=True) as reg:
        sent = statements(lambda: tracking.export(reg, tmp_path / "again.xlsx", as_of=DAY))
    assert not read_rows(sent, "sheet_rows") and not read_rows(sent, "log_rows")  # only the segments
    records = records_export(db, tmp_path, "records")
    assert (tmp_path / "again.xlsx").read_bytes() == records.read_bytes()
    assert zipfile.ZipFile(tmp_path / "again.xlsx").testzip() is None  # every part's CRC
    assert kept(db) == segments


def test_the_export_from_segments_has_the_cells_of_the_export_from_the_records(db, tmp_path):
    with Register.open(db, read_only=True) as reg:
        joined = values(tracking.export(reg, tmp_path / "joined.xlsx", as_of=DAY))
    made = values(records_export(db, tmp_path, "records"))
    assert joined == made
    assert len(joined["登记簿"]) == 1 + 242 and len(joined["案件日志"]) > 242
    assert {r[0]: r for r in joined["登记簿"][1:]}["202609003"][:4] == (
        "202609003",
        "complaint",
        "202609",
        "作废",
    )


def test_writes_in_the_middle_make_again_only_the_segments_they_touch(db, tmp_path):
    before = kept(db)
    with Register.open(db) as reg:
        reg.void("202608040", "重复登记")  # a row in the middle of the register sheet changes
        reg.issue(eightd("202607010"), source_hash="8d-3", source="8D-3.json")  # a row among the 8Ds
        reg.issue(complaint("新客户", received="2026-08-15"), source_hash="new", source="new.xlsx")
        reg.log("202607020", "reminder", "催办")
        out = tracking.export(reg, tmp_path / "after.xlsx", as_of=DAY)
        assert reg.sheet_rows_missing() == 0
    assert out.read_bytes() == records_export(db, tmp_path, "records").read_bytes()
    after = kept(db)
    same = sum(after.get(key) == data for key, data in before.items())
    assert len(before) - 6 <= same < len(before)  # a few made again, the others joined as kept
    with Register.open(db, read_only=True) as reg:  # and the next export joins the new ones
        sent = statements(lambda: tracking.export(reg, tmp_path / "next.xlsx", as_of=DAY))
    assert not read_rows(sent, "sheet_rows")
    assert (tmp_path / "next.xlsx").read_bytes() == out.read_bytes()


def test_a_segment_holding_a_row_stored_again_by_check_is_dropped(db, tmp_path):
    """A void drops the document's row; `kesu register check` makes and stores it again: the
    segment that held the row as it was is no longer joined."""
    with Register.open(db) as reg:
        reg.void("202608040", "重复登记")
    result = CliRunner(env={"KESU_DB": ""}).invoke(cli, ["register", "check", "--db", str(db)])
    assert result.exit_code == 0, result.output
    with Register.open(db, read_only=True) as reg:
        assert reg.sheet_rows_missing() == 0
        out = tracking.export(reg, tmp_path / "after.xlsx", as_of=DAY)
    rows = {r[0]: r for r in values(out)["登记簿"][1:]}
    assert rows["202608040"][3] == "作废"
    assert out.read_bytes() == records_export(db, tmp_path, "records").read_bytes()


def test_a_read_only_export_after_a_write_joins_no_stale_segment(db, tmp_path):
    with Register.open(db) as reg:
        reg.void("202607030", "重复登记")
    with Register.open(db, read_only=True) as reg:
        reg._writer = lambda: None  # a register it cannot write: the segments stay as they were
        first = tracking.export(reg, tmp_path / "1.xlsx", as_of=DAY).read_bytes()
        second = tracking.export(reg, tmp_path / "2.xlsx", as_of=DAY).read_bytes()
    assert first == second == records_export(db, tmp_path, "records").read_bytes()


def test_segments_follow_the_layout_of_the_rows(db, tmp_path, monkeypatch):
    """Another program (another layout of the rows) makes every row and segment again."""
    from kesu_docs.reports import sheet_rows

    sources = sheet_rows._sources
    monkeypatch.setattr(sheet_rows, "_sources", lambda: [*sources(), b"# another program"])
    monkeypatch.setattr(sheet_rows, "_LAYOUTS", {})
    before = kept(db)
    with Register.open(db) as reg:
        out = tracking.export(reg, tmp_path / "other.xlsx", as_of=DAY)
    after = kept(db)
    assert after and before
    with sqlite3.connect(db) as conn:
        versions = {v for (v,) in conn.execute("SELECT DISTINCT version FROM sheet_chunks")}
    conn.close()
    assert len(versions) == 1 and versions.pop().startswith(sheet_rows.layout(reg.settings).version)
    assert out.read_bytes() == records_export(db, tmp_path, "records").read_bytes()


def test_a_new_last_row_extends_the_sheets_last_segment(tmp_path):
    """The last segment of a sheet may end without a segment's end: a row filed after it makes
    it again (it would otherwise end before the new row)."""
    path = tmp_path / "kesu.db"
    for i in range(16):
        with Register.open(path) as reg:
            reg.issue(complaint(f"客户{i}", received="2026-09-01"), source_hash=f"s{i}", source=f"{i}.xlsx")
            out = tracking.export(reg, tmp_path / f"{i}.xlsx", as_of=DAY)
        assert out.read_bytes() == records_export(path, tmp_path, f"r{i}").read_bytes(), i
    assert any(sheet == "register" for sheet, _ in kept(path))


def test_register_check_makes_the_segments_so_that_the_first_export_only_joins_them(db, tmp_path):
    with sqlite3.connect(db) as conn:
        for table in ("sheet_chunks", "log_rows", "tracking_rows", "sheet_rows"):
            conn.execute(f"DELETE FROM {table}")
    conn.close()
    result = CliRunner(env={"KESU_DB": ""}).invoke(cli, ["register", "check", "--db", str(db)])
    assert result.exit_code == 0 and "导出行" in result.output, result.output
    assert sum(sheet == "register" for sheet, _ in kept(db)) > 10
    with Register.open(db, read_only=True) as reg:
        sent = statements(lambda: tracking.export(reg, tmp_path / "first.xlsx", as_of=DAY))
    assert not read_rows(sent, "sheet_rows") and not read_rows(sent, "log_rows")
    assert (tmp_path / "first.xlsx").read_bytes() == records_export(db, tmp_path, "records").read_bytes()
