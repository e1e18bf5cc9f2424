"""The register export from rows written ahead (issue 15, schema 5): every write of the register
stores the document's rows as the sheets' XML; the export streams them. The workbook is the
one made from the records, byte for byte, as of any day; user text never becomes a formula.
Real SQLite files (and a real PostgreSQL server in test_register_postgres.py)."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers import complaint
from openpyxl import load_workbook

from kesu_docs import forms
from kesu_docs.cli import cli
from kesu_docs.register import Register
from kesu_docs.reports import tracking

ROOT = Path(__file__).resolve().parents[1]
HOSTILE = ['=HYPERLINK("http://x")', "+1+1", "@SUM(A1)", "a<b>&c", "-3", "两行\r\n文字"]


def eightd(case: str):
    sample = json.loads((ROOT / "samples" / "8d-valid.json").read_text(encoding="utf-8"))
    sample.pop("kind")
    sample["complaint_number"] = case
    return forms.get("8d").model.model_validate(sample)


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    """A register of 320 complaints of a few months (open, closed on time and late, void, with
    hostile text), 8D reports filed against some (one void), a revision, a re-print, log lines."""
    path = tmp_path_factory.mktemp("rows") / "kesu.db"
    batch = []
    for i in range(320):
        month, day = 7 + i % 3, 1 + i % 28
        extra: dict = {}
        if i % 4 == 0:  # closed: on time, or late for one in three
            late = 25 if i % 3 == 0 else 5
            extra = dict(disposition="退货", loss_amount="120.50", cause_category="包装")
            extra["closed_date"] = (dt.date(2026, month, day) + dt.timedelta(days=late)).isoformat()
        customer = HOSTILE[i % len(HOSTILE)] if i % 5 == 0 else f"客户{i:03d}"
        batch.append(
            (complaint(customer, received=f"2026-{month:02d}-{day:02d}", **extra), f"h{i}", f"客诉-{i}.xlsx")
        )
    with Register.open(path) as reg:
        reg.issue_many(batch)
        reg.issue(eightd("202607001"), source_hash="8d-1", source="8D-1.json")
        second = reg.issue(eightd("202608002"), source_hash="8d-2", source="8D-2.json")
        reg.void(second.number, "填错案件", kind="8d")
        reg.void("202609003", "重复登记")
        closed = complaint(
            HOSTILE[0],
            received="2026-07-01",
            number="202607001",
            closed_date="2026-07-09",
            disposition="退货",
        )
        reg.amend(closed, source_hash="rev", source="修订.xlsx")
        reg.reprint("202608004")
        reg.log("202608005", "reminder", "催办 <第一次>")
        reg.log_print(
            "202608006",
            kind="complaint",
            revision=1,
            mark="original",
            copies="1-5",
            output="a.docx",
            file_hash="f",
        )
    return path


def kesu(*args: str):
    return CliRunner(env={"COLUMNS": "200", "KESU_DB": ""}).invoke(cli, list(args), catch_exceptions=False)


def from_records(db: Path, tmp_path: Path) -> Path:
    """A copy of the register whose stored rows are gone, as an older program left it: exported
    from the records."""
    copy = tmp_path / "records.db"
    shutil.copy(db, copy)
    with sqlite3.connect(copy) as conn:
        conn.execute("DELETE FROM log_rows")
        conn.execute("DELETE FROM tracking_rows")
        conn.execute("DELETE FROM sheet_rows")
    conn.close()
    return copy


def test_every_write_of_the_register_leaves_every_export_row_written(db):
    with Register.open(db, read_only=True) as reg:
        assert reg.sheet_rows_missing() == 0


@pytest.mark.parametrize("as_of", [dt.date(2026, 8, 20), dt.date(2026, 11, 30)])
def test_the_export_from_stored_rows_is_the_export_from_the_records_byte_for_byte(db, tmp_path, as_of):
    records = from_records(db, tmp_path)
    with Register.open(db, read_only=True) as reg:
        stored = tracking.export(reg, tmp_path / "stored.xlsx", as_of=as_of)
    with Register.open(records, read_only=True) as reg:
        assert reg.sheet_rows_missing() != 0
        made = tracking.export(reg, tmp_path / "made.xlsx", as_of=as_of)
    assert stored.read_bytes() == made.read_bytes()


def test_two_exports_of_the_same_day_are_the_same_bytes(db, tmp_path):
    with Register.open(db, read_only=True) as reg:
        one = tracking.export(reg, tmp_path / "1.xlsx", as_of=dt.date(2026, 10, 1)).read_bytes()
        two = tracking.export(reg, tmp_path / "2.xlsx", as_of=dt.date(2026, 10, 1)).read_bytes()
    assert one == two


def test_stored_rows_keep_user_text_as_text_never_a_formula(db, tmp_path):
    with Register.open(db, read_only=True) as reg:
        out = tracking.export(reg, tmp_path / "t.xlsx", as_of=dt.date(2026, 11, 30))
    book = load_workbook(out)
    shown = {}
    for ws in (book.worksheets[0], book["登记簿"]):
        customer = next(i for i, c in enumerate(ws[1], 1) if c.value.startswith("客户"))
        for row in ws.iter_rows(min_row=2, min_col=customer, max_col=customer):
            cell = row[0]
            assert cell.data_type != "f"
            if isinstance(cell.value, str) and cell.value[:1] in "=+-@":
                assert cell.quotePrefix, cell.value
            shown[cell.value] = cell
    assert {'=HYPERLINK("http://x")', "+1+1", "@SUM(A1)", "a<b>&c"} <= set(shown)
    assert any(isinstance(v, str) and v.startswith("两行") for v in shown)  # a line break kept
    log = book["案件日志"]
    assert "催办 <第一次>" in [r[4] for r in log.iter_rows(min_row=2, values_only=True)]


def test_a_case_row_follows_what_is_filed_against_it_voided_and_revised(db, tmp_path):
    with Register.open(db, read_only=True) as reg:
        out = tracking.export(reg, tmp_path / "t.xlsx", as_of=dt.date(2026, 11, 30))
    ws = load_workbook(out).worksheets[0]
    head = [c.value for c in ws[1]]
    rows = {r[0]: dict(zip(head, r)) for r in ws.iter_rows(min_row=2, values_only=True)}
    assert rows["202607001"]["8D报告"].startswith("8D2026")  # the 8D filed against it
    assert rows["202607001"]["修订次数"] == 1 and rows["202607001"]["结案日期"] == dt.datetime(2026, 7, 9)
    assert rows["202608002"]["8D报告"] in (None, "")  # its 8D was voided
    assert rows["202609003"]["登记状态"] == "作废" and rows["202609003"]["逾期/结案情形"] == "—"
    assert rows["202608004"]["登记状态"] == "补印"
    assert rows["202608005"]["逾期/结案情形"].startswith("逾期")  # open, past due on 30 November


def test_register_check_writes_the_rows_an_older_program_left_out(db, tmp_path):
    records = from_records(db, tmp_path)
    result = kesu("register", "check", "--db", str(records))
    assert result.exit_code == 0, result.output
    assert "导出行" in result.output
    with Register.open(records, read_only=True) as reg:
        assert reg.sheet_rows_missing() == 0
    again = kesu("register", "check", "--db", str(records))
    assert again.exit_code == 0 and "导出行" not in again.output


def test_the_cli_export_reads_the_stored_rows_of_a_read_only_register(db, tmp_path):
    read_only = f"sqlite:///file:{db}?mode=ro&uri=true"
    result = kesu(
        "register", "export", "-o", str(tmp_path / "r.xlsx"), "--as-of", "2026-10-01", "--db", read_only
    )
    assert result.exit_code == 0, result.output
    with Register.open(db, read_only=True) as reg:
        expected = tracking.export(reg, tmp_path / "e.xlsx", as_of=dt.date(2026, 10, 1))
    assert (tmp_path / "r.xlsx").read_bytes() == expected.read_bytes()


def test_an_8d_moved_to_another_case_by_a_revision_leaves_the_first_case_row(tmp_path):
    path = tmp_path / "kesu.db"
    with Register.open(path) as reg:
        reg.issue(complaint("甲"), source_hash="a")  # 202609001
        reg.issue(complaint("乙"), source_hash="b")  # 202609002
        filed = reg.issue(eightd("202609001"), source_hash="8d")
        moved = eightd("202609002").model_copy(update={"number": filed.number})
        assert reg.amend(moved, source_hash="8d-2").revised
        assert reg.sheet_rows_missing() == 0
        stored = tracking.export(reg, tmp_path / "stored.xlsx", as_of=dt.date(2026, 9, 30))
    ws = load_workbook(stored).worksheets[0]
    eight = [c.value for c in ws[1]].index("8D报告")
    assert {r[0]: r[eight] for r in ws.iter_rows(min_row=2, values_only=True)} == {
        "202609001": None,
        "202609002": filed.number,
    }
    with Register.open(from_records(path, tmp_path), read_only=True) as reg:
        made = tracking.export(reg, tmp_path / "made.xlsx", as_of=dt.date(2026, 9, 30))
    assert stored.read_bytes() == made.read_bytes()
