"""The same register on a real PostgreSQL server: a throwaway cluster started for these tests.

The cluster is made with initdb and pg_ctl from /usr/lib/postgresql/*/bin (as the
``postgres`` user when the tests run as root), listens on a free port, and is stopped and
removed at the end. Without those binaries the tests skip and say why.
"""

from __future__ import annotations

import pytest
from helpers import assert_gapless_series, complaint, dead_port, issue_from_processes, zip_parts

from kesu_docs.register import NumberTaken, Register, RegisterError

pytestmark = pytest.mark.postgres


def test_postgres_register_numbers_like_sqlite(pg_url):
    with Register.open(pg_url) as reg:
        assert reg.issue(complaint("甲"), source_hash="a").number == "202609001"
        assert reg.issue(complaint("乙"), source_hash="b").number == "202609002"
        assert reg.issue(complaint("丙", received="2026-10-01"), source_hash="c").number == "202610001"
        assert reg.issue(complaint("甲"), source_hash="a").created is False
        reg.issue(complaint("预编号", number="202609003"), source_hash="pre")
        assert reg.issue(complaint("丁"), source_hash="d").number == "202609004"  # skips the taken 003
        with pytest.raises(NumberTaken):
            reg.issue(complaint("戊", number="202609003"), source_hash="e")
        reg.void("202609001", "重复登记")
        reg.reprint("202609002")
        assert reg.get("202609001").void_reason == "重复登记"
        assert reg.get("202609002").reprints == 1
        assert reg.find("complaint", "202609002")["customer"] == "乙"
        assert list(reg.get("202609002").record)[:3] == ["number", "received_date", "customer"]  # form order
        assert [e.event for e in reg.events("202609002")] == ["issued", "re-printed"]


def test_several_processes_numbering_at_once_on_postgres_get_one_gapless_series(pg_url):
    results = issue_from_processes(pg_url, processes=4, each=50)
    assert_gapless_series(results, {"202609": 200})


def test_several_processes_filing_batches_on_postgres_never_deadlock_nor_leave_gaps(pg_url):
    results = issue_from_processes(pg_url, processes=4, each=60, batch=10)
    assert_gapless_series(results, {"202609": 120, "202610": 120})


def test_an_unreachable_postgres_server_is_a_clear_error():
    with dead_port() as port, pytest.raises(RegisterError) as unreachable:  # nobody listens there
        Register.open(f"postgresql://clerk:secret@127.0.0.1:{port}/kesu")
    message = unreachable.value.message("en")
    assert unreachable.value.code == "register_unreachable"
    assert f"127.0.0.1:{port}" in message and "secret" not in message


def test_the_export_and_the_monthly_report_read_a_postgres_register_as_an_sqlite_one(pg_url, tmp_path):
    """Issue 15's fast paths on the server: the streamed export and the matrix the database counts."""
    from openpyxl import load_workbook

    from kesu_docs.reports import tracking
    from kesu_docs.reports.cases import load_cases
    from kesu_docs.reports.monthly import build, monthly_report

    with Register.open(pg_url) as reg:
        for i, (received, closed, cause) in enumerate(
            [
                ("2026-09-01", "2026-09-09", "包装"),
                ("2026-08-03", "2026-09-01", "物料"),
                ("2026-09-04", None, None),
            ]
        ):
            extra = {"closed_date": closed, "disposition": "退货"} if closed else {}
            if cause:
                extra["cause_category"] = cause
            reg.issue(complaint(f"=客户{i}", received=received, **extra), source_hash=f"p{i}")
        report = monthly_report(reg, "2026-09")
        assert report.matrix.rows == build(load_cases(reg), "2026-09", reg.settings).matrix.rows
        assert [c.number for c in report.cases] == ["202608001", "202609001"]
        out = tracking.export(reg, tmp_path / "登记追踪表.xlsx")
    book = load_workbook(out)
    assert [r[2] for r in book.worksheets[0].iter_rows(min_row=2, values_only=True)] == [
        "=客户1",
        "=客户0",
        "=客户2",
    ]
    assert all(c.quotePrefix for c in book["登记簿"]["F"][1:])


def test_the_export_from_rows_written_ahead_on_postgres_is_the_export_from_the_records(pg_url, tmp_path):
    """Schema 5 on the server: the export makes the rows filing left out and stores them; the
    export from them is the one made at export, byte for byte; a write between two exports is
    seen; check's build stores them again."""
    import datetime as dt

    import sqlalchemy as sa

    from kesu_docs.reports import tracking

    day = dt.date(2026, 10, 15)
    with Register.open(pg_url) as reg:
        reg.issue_many(
            [
                (complaint(f"=客户{i}", received=f"2026-09-{1 + i:02d}", **closed), f"r{i}", f"客诉-{i}.xlsx")
                for i, closed in enumerate([{}, {"closed_date": "2026-09-30", "disposition": "退货"}, {}] * 4)
            ]
        )
        reg.void("202609003", "重复登记")
        assert reg.sheet_rows_missing() != 0  # writes make no export row
        made = tracking.export(reg, tmp_path / "made.xlsx", as_of=day).read_bytes()  # made, stored
        assert reg.sheet_rows_missing() == 0
        stored = tracking.export(reg, tmp_path / "stored.xlsx", as_of=day).read_bytes()
        reg.log("202609001", "reminder", "催办")  # a write between two exports is seen
        reg.void("202609002", "填错")
        after = tracking.export(reg, tmp_path / "after.xlsx", as_of=day).read_bytes()
        assert after != stored and reg.sheet_rows_missing() == 0
    engine = sa.create_engine(pg_url)
    with engine.begin() as conn:
        conn.execute(sa.text("DELETE FROM log_rows"))
        conn.execute(sa.text("DELETE FROM tracking_rows"))
        conn.execute(sa.text("DELETE FROM sheet_rows"))
    engine.dispose()
    with Register.open(pg_url) as reg:
        assert reg.sheet_rows_missing() != 0
        assert reg.build_sheet_rows() == 12 and reg.sheet_rows_missing() == 0
        rebuilt = tracking.export(reg, tmp_path / "rebuilt.xlsx", as_of=day).read_bytes()
    assert zip_parts(after) == zip_parts(rebuilt)
    assert zip_parts(stored) == zip_parts(made)


def test_the_export_joins_the_segments_it_kept_on_postgres(pg_url, tmp_path, monkeypatch):
    """Schema 6 on the server: the register sheet's and the case log's rows kept as deflated
    segments (bytea) and joined by the next export; a void in the middle makes its segment
    again; the workbook is the one made from the rows, byte for byte."""
    import datetime as dt

    import sqlalchemy as sa

    from kesu_docs.reports import sheetxml, tracking

    # A segment ends after a row whose CRC-32 is a multiple of SEGMENT_ROWS, and the register
    # sheet's rows hold the moment each document was issued, so the count differs run to run:
    # one row in two over 48 rows makes about 24 segments (3 or fewer: about one run in 10^11;
    # one row in three over 24 rows made 3 in CI on 2026-12-04).
    monkeypatch.setattr(sheetxml, "SEGMENT_ROWS", 2)
    day = dt.date(2026, 10, 15)
    with Register.open(pg_url) as reg:
        reg.issue_many(
            [
                (complaint(f"客户{i}", received=f"2026-09-{1 + i % 28:02d}"), f"s{i}", f"{i}.xlsx")
                for i in range(48)
            ]
        )
        first = tracking.export(reg, tmp_path / "first.xlsx", as_of=day).read_bytes()
        joined = tracking.export(reg, tmp_path / "joined.xlsx", as_of=day).read_bytes()
        reg.void("202609012", "重复登记")
        after = tracking.export(reg, tmp_path / "after.xlsx", as_of=day).read_bytes()
    engine = sa.create_engine(pg_url)
    with engine.begin() as conn:
        assert (
            conn.execute(sa.text("SELECT count(*) FROM sheet_chunks WHERE sheet = 'register'")).scalar() > 3
        )
        conn.execute(sa.text("DELETE FROM sheet_chunks"))
    engine.dispose()
    with Register.open(pg_url, read_only=True) as reg:
        remade = tracking.export(reg, tmp_path / "remade.xlsx", as_of=day).read_bytes()
    assert zip_parts(first) == zip_parts(joined) != zip_parts(after) == zip_parts(remade)
