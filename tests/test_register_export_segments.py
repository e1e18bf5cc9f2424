"""The export's register sheet and case log kept as deflated segments (issue 15, export speed,
schema 6): an export joins the kept segments as they are, makes again only those whose rows
changed or moved, and the workbook is the one made from the records, byte for byte and cell
for cell. Segments end on a row's own bytes (one row in SEGMENT_ROWS); the tests shorten them
to one row in 8 so that a register of a few hundred documents has dozens of them."""

from __future__ import annotations

import datetime as dt
import functools
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers import complaint, sqlite_open, zip_parts
from openpyxl import load_workbook
from test_register_export_rows import eightd, from_records

from kesu_docs.cli import cli
from kesu_docs.register import Register, segments, sheet_read, tracking_segments
from kesu_docs.reports import sheetxml, tracking

DAY = dt.date(2026, 11, 30)


@pytest.fixture(autouse=True)
def short_segments(monkeypatch):
    monkeypatch.setattr(sheetxml, "SEGMENT_ROWS", 8)
    monkeypatch.setattr(tracking_segments, "ROWS", 8)


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
    with sqlite_open(path) as conn:
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
    assert zip_parts(tmp_path / "again.xlsx") == zip_parts(records)
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
    assert zip_parts(out) == zip_parts(records_export(db, tmp_path, "records"))
    after = kept(db)
    for sheets, touched in ((("register", "log"), 6), (("tracking",), 4)):  # (3 cases changed, 1 filed)
        held = {key: data for key, data in before.items() if key[0] in sheets}
        same = sum(after.get(key) == data for key, data in held.items())
        assert len(held) - touched <= same < len(held)  # a few made again, the others joined as kept
    with Register.open(db, read_only=True) as reg:  # and the next export joins the new ones
        sent = statements(lambda: tracking.export(reg, tmp_path / "next.xlsx", as_of=DAY))
    assert not read_rows(sent, "sheet_rows")
    assert zip_parts(tmp_path / "next.xlsx") == zip_parts(out)


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
    assert zip_parts(out) == zip_parts(records_export(db, tmp_path, "records"))


def test_a_build_cut_after_storing_a_row_again_leaves_no_segment_holding_it_as_it_was(db, tmp_path):
    """fixr30 (review of robust30, item 1): the build stores its rows a step at a time; the
    register sheet's segments holding a row stored again were dropped only in its last write.
    A build killed before that (or an export between its steps) left the void's row stored
    anew beside the segment holding it as it was: every export after joined that segment,
    "已编号" for ever. Now each step's write drops them with its rows."""
    from helpers import stopped_build

    with Register.open(db) as reg:
        reg.void("202608040", "重复登记")
    with stopped_build(db, step=1000, reads=3):  # the rows stored, the log lines not yet
        pass
    with Register.open(db) as reg:
        assert reg.sheet_rows_missing() > 0  # (the void's log line: the build was cut)
        out = tracking.export(reg, tmp_path / "after.xlsx", as_of=DAY)
    rows = {r[0]: r for r in values(out)["登记簿"][1:]}
    assert rows["202608040"][3] == "作废"
    assert zip_parts(out) == zip_parts(records_export(db, tmp_path, "records"))


def test_a_read_only_export_after_a_write_joins_no_stale_segment(db, tmp_path):
    with Register.open(db) as reg:
        reg.void("202607030", "重复登记")
    with Register.open(db, read_only=True) as reg:
        reg._writer = lambda: None  # a register it cannot write: the segments stay as they were
        first = tracking.export(reg, tmp_path / "1.xlsx", as_of=DAY).read_bytes()
        second = tracking.export(reg, tmp_path / "2.xlsx", as_of=DAY).read_bytes()
    assert first == second  # one way, twice: the same bytes
    assert zip_parts(first) == zip_parts(records_export(db, tmp_path, "records"))


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
    with sqlite_open(db) as conn:
        versions = {v for (v,) in conn.execute("SELECT DISTINCT version FROM sheet_chunks")}
    conn.close()
    segments = sheet_read.segments_version(sheet_rows.layout(reg.settings))
    assert versions == {segments, tracking_segments.version(segments)}  # (the tracking register's own)
    assert zip_parts(out) == zip_parts(records_export(db, tmp_path, "records"))


def test_a_changed_overdue_rule_makes_the_tracking_segments_again(db, tmp_path, monkeypatch):
    """The kept tracking segments choose each row's fill by case.is_overdue: a program whose rule
    differs (its module's text edited here, as the layout reads it) keeps none of the segments
    made under the rule before, the tracking register's included."""
    import inspect

    from kesu_docs import case
    from kesu_docs.reports import sheet_rows

    source = Path(inspect.getsourcefile(case.is_overdue) or "").read_bytes()
    changed = source.replace(b"return bool(as_of > due)", b"return bool(as_of >= due)")
    sources = sheet_rows._sources
    assert changed != source and source in sources()
    with Register.open(db) as reg:
        before = sheet_read.segments_version(sheet_rows.layout(reg.settings))
    monkeypatch.setattr(sheet_rows, "_sources", lambda: [changed if s == source else s for s in sources()])
    monkeypatch.setattr(sheet_rows, "_LAYOUTS", {})
    assert tracking_kept(db)
    with Register.open(db) as reg:
        tracking.export(reg, tmp_path / "rule.xlsx", as_of=DAY)
        after = sheet_read.segments_version(sheet_rows.layout(reg.settings))
    with sqlite_open(db) as conn:
        versions = {v for (v,) in conn.execute("SELECT DISTINCT version FROM sheet_chunks")}
    conn.close()
    assert after != before
    assert versions == {after, tracking_segments.version(after)}
    assert tracking_kept(db)  # made again under the new rule's version


def test_a_new_last_row_extends_the_sheets_last_segment(tmp_path):
    """The last segment of a sheet may end without a segment's end: a row filed after it makes
    it again (it would otherwise end before the new row)."""
    path = tmp_path / "kesu.db"
    for i in range(16):
        with Register.open(path) as reg:
            reg.issue(complaint(f"客户{i}", received="2026-09-01"), source_hash=f"s{i}", source=f"{i}.xlsx")
            out = tracking.export(reg, tmp_path / f"{i}.xlsx", as_of=DAY)
        assert zip_parts(out) == zip_parts(records_export(path, tmp_path, f"r{i}")), i
    assert any(sheet == "register" for sheet, _ in kept(path))


@pytest.mark.parametrize("step", [None, 40])
def test_register_check_makes_the_segments_so_that_the_first_export_only_joins_them(
    db, tmp_path, monkeypatch, step
):
    """``step``: the build's steps of 40 documents — its segments stored in parts of some 40
    rows, each a write of its own (robust32: not all in one write holding the lock)."""
    if step is not None:
        from kesu_docs.register import sheet_store

        monkeypatch.setattr(sheet_store, "BUILD_STEP", step)
    with sqlite_open(db) as conn:
        for table in ("sheet_chunks", "log_rows", "tracking_rows", "sheet_rows"):
            conn.execute(f"DELETE FROM {table}")
    conn.close()
    result = CliRunner(env={"KESU_DB": ""}).invoke(cli, ["register", "check", "--db", str(db)])
    assert result.exit_code == 0 and "导出行" in result.output, result.output
    assert sum(sheet == "register" for sheet, _ in kept(db)) > 10
    with Register.open(db, read_only=True) as reg:
        sent = statements(lambda: tracking.export(reg, tmp_path / "first.xlsx", as_of=DAY))
    assert not read_rows(sent, "sheet_rows") and not read_rows(sent, "log_rows")
    assert zip_parts(tmp_path / "first.xlsx") == zip_parts(records_export(db, tmp_path, "records"))


# ---------------------------------------------------------------------- the tracking register's segments
def tracking_kept(path: Path) -> dict[int, bytes]:
    """The kept segments of the tracking register: first complaint's id → stored bytes."""
    return {first: data for (sheet, first), data in kept(path).items() if sheet == tracking_segments.NAME}


def holding(path: Path, number: str) -> int:
    """The first key of the kept tracking segment holding the complaint ``number``'s row."""
    with sqlite_open(path) as conn:
        (key,) = conn.execute(
            "SELECT id FROM documents WHERE number = ? AND kind = 'complaint'", (number,)
        ).fetchone()
        found = [
            first
            for first, members in conn.execute(
                "SELECT first_id, members FROM sheet_chunks WHERE sheet = 'tracking'"
            )
            if key in segments.keys_of(members)
        ]
    conn.close()
    assert len(found) == 1
    return found[0]


def reads_tracking_rows(sent: list[str]) -> bool:
    return any("FROM tracking_rows" in s and "count(" not in s for s in sent)


def test_an_export_reads_the_tracking_register_from_its_segments_in_both_languages(db, tmp_path):
    assert len(tracking_kept(db)) > 10
    for lang in ("zh", "en"):
        with Register.open(db, read_only=True) as reg:
            sent = statements(
                functools.partial(tracking.export, reg, tmp_path / f"{lang}.xlsx", as_of=DAY, lang=lang)
            )
        assert not reads_tracking_rows(sent)  # no complaint's row read on its own
        expected = records_export_in(db, tmp_path, f"records-{lang}", lang, DAY)
        assert zip_parts(tmp_path / f"{lang}.xlsx") == zip_parts(expected)


def records_export_in(path: Path, tmp_path: Path, name: str, lang: str, day: dt.date) -> Path:
    with Register.open(from_records(path, tmp_path, f"{name}.db"), read_only=True) as reg:
        return tracking.export(reg, tmp_path / f"{name}.xlsx", as_of=day, lang=lang)


@pytest.mark.parametrize(
    "day",
    [dt.date(2026, 7, 1), dt.date(2026, 8, 20), dt.date(2026, 9, 12), dt.date(2027, 6, 1)],
    ids=["none-overdue", "some", "most", "all-overdue"],
)
def test_the_segments_give_each_days_rows(db, tmp_path, day):
    """A segment's open cases as of any day — none overdue, some, all — are the rows made from the records."""
    with Register.open(db, read_only=True) as reg:
        out = tracking.export(reg, tmp_path / "day.xlsx", as_of=day)
    assert zip_parts(out) == zip_parts(records_export_in(db, tmp_path, "records", "zh", day))


def _revise(reg, number: str, tag: str = "rev", **changes) -> None:
    from kesu_docs import forms

    record = {**reg.get(number).record, **changes}
    reg.amend(
        forms.get("complaint").model.model_validate(record), source_hash=f"{tag}-{number}", source="rev.xlsx"
    )


CHANGES = {
    "revision": lambda reg: _revise(reg, "202608011", description="改：C12 电容虚焊，另有 R3 错件"),
    "closed": lambda reg: _revise(reg, "202608011", closed_date="2026-09-01", disposition="退货"),
    "void": lambda reg: reg.void("202608011", "重复登记"),
    "stage": lambda reg: reg.issue(eightd("202608011"), source_hash="8d-x", source="8D-x.json"),
}


@pytest.mark.parametrize("change", sorted(CHANGES))
@pytest.mark.parametrize("how", ["export", "check"])
def test_a_change_to_a_case_makes_its_tracking_segment_again(db, tmp_path, change, how):
    """A revision, a closed date (the case's status), a void, a document filed against the case
    (its stage): the segment holding its row is made again — by the next export, or by
    `kesu register check` storing the row again — and the others are kept."""
    before = tracking_kept(db)
    first = holding(db, "202608011")
    with Register.open(db) as reg:
        CHANGES[change](reg)
        if how == "check":
            reg.build_sheet_rows()
        else:
            tracking.export(reg, tmp_path / "made.xlsx", as_of=DAY)
    with Register.open(db, read_only=True) as reg:
        out = tracking.export(reg, tmp_path / "after.xlsx", as_of=DAY)
    assert zip_parts(out) == zip_parts(records_export(db, tmp_path, "records"))
    after = tracking_kept(db)
    assert after.get(first) != before[first]  # made again (or cut otherwise)
    same = sum(after.get(key) == data for key, data in before.items())
    assert len(before) - 3 <= same < len(before)


def test_a_tracking_segment_of_rows_changed_meanwhile_is_not_kept(db, tmp_path):
    """An export's new segment is kept only where its rows are still the stored ones."""
    from kesu_docs.register import sheet_store

    with Register.open(db) as reg:
        _revise(reg, "202608011", description="一改")
        made: list = []
        with reg._snapshot() as conn, sheet_store.stored(conn, reg, DAY, made) as found:
            for stream in found[2]:
                for _ in stream:
                    pass
        fresh = [c for c in made[0].chunks if c.sheet == tracking_segments.NAME]
        assert fresh
        _revise(
            reg, "202608011", "again", description="又改"
        )  # after the export's read: its row dropped again
        reg._write(lambda conn: sheet_store.keep(conn, made[0]))
    key = holding_key(db, "202608011")
    assert any(key in c.keys for c in fresh)
    assert all(key not in members(db, first) for first in tracking_kept(db))  # (its row is not stored)
    with Register.open(db, read_only=True) as reg:
        out = tracking.export(reg, tmp_path / "after.xlsx", as_of=DAY)
    assert zip_parts(out) == zip_parts(records_export(db, tmp_path, "records"))


def holding_key(path: Path, number: str) -> int:
    with sqlite_open(path) as conn:
        (key,) = conn.execute(
            "SELECT id FROM documents WHERE number = ? AND kind = 'complaint'", (number,)
        ).fetchone()
    conn.close()
    return key


def members(path: Path, first: int) -> list[int]:
    with sqlite_open(path) as conn:
        (data,) = conn.execute(
            "SELECT members FROM sheet_chunks WHERE sheet = 'tracking' AND first_id = ?", (first,)
        ).fetchone()
    conn.close()
    return list(segments.keys_of(data))


def test_a_program_without_tracking_segments_drops_them_when_it_keeps_segments(db, tmp_path):
    """Segments of another version (an earlier program's sweep) go: the tracking ones have their own."""
    from kesu_docs.register import sheet_store
    from kesu_docs.reports import sheet_rows

    with Register.open(db) as reg:
        lay = sheet_rows.layout(reg.settings)
        earlier = sheet_store.Made(lay.version, segments=sheet_read.segments_version(lay) + "/earlier")
        earlier.stale["log"] = {-1}
        reg._write(lambda conn: sheet_store._keep_chunks(conn, earlier))
    assert not tracking_kept(db)


def test_the_complaints_are_a_run_of_the_register_sheets_keys(db):
    """The export reads the documents' keys once: the tracking register's are the complaints' run."""
    from kesu_docs.register import queries
    from kesu_docs.register.lite import LiteRegister

    with Register.open(db) as reg:
        reg.issue(eightd("202607005"), source_hash="8d-run", source="8D-run.json")  # ('8d' < 'complaint')
    reader = LiteRegister.open(db)
    assert reader is not None
    with reader:
        documents = reader.column(queries.sheet_keys("register"))
        first = sheet_read.scalar(reader, queries.kinds_before("complaint"))
        complaints = reader.column(queries.sheet_keys(tracking_segments.NAME))
    assert first == 3 and documents[first : first + len(complaints)] == complaints
