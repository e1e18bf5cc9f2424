"""The register export from stored rows (issue 15, schema 5), a cache: writes of the register
only drop the rows they make wrong; the export makes the missing rows from the records, streams
every row as the sheets' XML and stores what it made (where the register can be written). The
workbook is the one made from the records, part for part, as of any day; user text never
becomes a formula. Real SQLite files (and a real PostgreSQL server in test_register_postgres.py)."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers import complaint, sqlite_open, zip_parts
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
        assert reg.sheet_rows_missing() != 0  # writes make no export row
        tracking.export(reg, path.parent / "first.xlsx", as_of=dt.date(2026, 11, 30))  # stores them
    return path


def kesu(*args: str):
    return CliRunner(env={"KESU_DB": ""}).invoke(cli, list(args), catch_exceptions=False)


def from_records(db: Path, tmp_path: Path, name: str = "records.db") -> Path:
    """A copy of the register without the tables of stored rows: exported from the records,
    cell by cell, as before issue 15."""
    copy = tmp_path / name
    shutil.copy(db, copy)
    with sqlite_open(copy) as conn:
        conn.execute("DROP TABLE log_rows")
        conn.execute("DROP TABLE tracking_rows")
        conn.execute("DROP TABLE sheet_rows")
    conn.close()
    return copy


def emptied(db: Path, tmp_path: Path, name: str = "emptied.db") -> Path:
    """A copy of the register whose stored rows are all gone (as writes leave a new register)."""
    copy = tmp_path / name
    shutil.copy(db, copy)
    with sqlite_open(copy) as conn:
        conn.execute("DELETE FROM log_rows")
        conn.execute("DELETE FROM tracking_rows")
        conn.execute("DELETE FROM sheet_rows")
    conn.close()
    return copy


def records_export(db: Path, tmp_path: Path, as_of: dt.date) -> bytes:
    with Register.open(from_records(db, tmp_path, f"records-{as_of}.db"), read_only=True) as reg:
        assert reg.sheet_rows_missing() == -1
        return tracking.export(reg, tmp_path / f"made-{as_of}.xlsx", as_of=as_of).read_bytes()


def test_the_first_export_of_a_writable_register_stores_every_row(db):
    with Register.open(db, read_only=True) as reg:
        assert reg.sheet_rows_missing() == 0


@pytest.mark.parametrize("as_of", [dt.date(2026, 8, 20), dt.date(2026, 11, 30)])
def test_the_export_from_stored_rows_is_the_export_from_the_records_byte_for_byte(db, tmp_path, as_of):
    with Register.open(db, read_only=True) as reg:
        stored = tracking.export(reg, tmp_path / "stored.xlsx", as_of=as_of)
    with Register.open(emptied(db, tmp_path), read_only=True) as reg:  # every row made at export
        assert reg.sheet_rows_missing() != 0
        made = tracking.export(reg, tmp_path / "made.xlsx", as_of=as_of)
    assert zip_parts(stored) == zip_parts(made) == zip_parts(records_export(db, tmp_path, as_of))


def test_an_export_after_50_new_filings_is_the_export_from_the_records_and_stores_their_rows(db, tmp_path):
    path = tmp_path / "kesu.db"
    shutil.copy(db, path)
    day = dt.date(2026, 11, 30)
    with Register.open(path) as reg:
        filed = reg.issue_many(
            [(complaint(f"新客户{i}", received="2026-11-02"), f"new{i}", f"new-{i}.xlsx") for i in range(49)]
        )
        reg.issue(eightd(filed[0].number), source_hash="8d-new")  # the 50th: against a new case
        assert reg.sheet_rows_missing() >= 50
        exported = tracking.export(reg, tmp_path / "after.xlsx", as_of=day).read_bytes()
        assert reg.sheet_rows_missing() == 0
    assert zip_parts(exported) == zip_parts(records_export(path, tmp_path, day))
    with Register.open(path, read_only=True) as reg:  # and from the rows it stored
        assert zip_parts(tracking.export(reg, tmp_path / "again.xlsx", as_of=day)) == zip_parts(exported)


def test_a_read_only_export_stores_nothing(db, tmp_path):
    path = emptied(db, tmp_path)
    with Register.open(path, read_only=True) as reg:
        missing = reg.sheet_rows_missing()
        tracking.export(reg, tmp_path / "ro.xlsx", as_of=dt.date(2026, 10, 1))
        assert reg.sheet_rows_missing() == missing != 0
    read_only = f"sqlite:///file:{path}?mode=ro&uri=true"
    result = kesu("register", "export", "-o", str(tmp_path / "r.xlsx"), "--db", read_only)
    assert result.exit_code == 0, result.output
    with Register.open(path, read_only=True) as reg:
        assert reg.sheet_rows_missing() == missing


def test_the_cli_export_stores_the_rows_it_made(db, tmp_path):
    path = emptied(db, tmp_path)
    result = kesu(
        "register", "export", "-o", str(tmp_path / "r.xlsx"), "--as-of", "2026-10-01", "--db", str(path)
    )
    assert result.exit_code == 0, result.output
    assert "kesu register check" not in result.output  # rows made at export: nothing to advise
    with Register.open(path, read_only=True) as reg:
        assert reg.sheet_rows_missing() == 0
    assert zip_parts(tmp_path / "r.xlsx") == zip_parts(records_export(db, tmp_path, dt.date(2026, 10, 1)))


def test_a_write_between_two_exports_is_seen_in_the_second(db, tmp_path):
    path = tmp_path / "kesu.db"
    shutil.copy(db, path)
    day = dt.date(2026, 11, 30)
    with Register.open(path) as reg:
        first = tracking.export(reg, tmp_path / "1.xlsx", as_of=day).read_bytes()
        assert reg.sheet_rows_missing() == 0
        reg.void("202607010", "重复登记")  # a case's own row
        reg.issue(eightd("202608011"), source_hash="8d-3")  # a case's row lists a new 8D
        reg.log("202609012", "reminder", "催办")  # a new log line
        second = tracking.export(reg, tmp_path / "2.xlsx", as_of=day)
    assert zip_parts(second) != zip_parts(first)
    assert zip_parts(second) == zip_parts(records_export(path, tmp_path, day))
    ws = load_workbook(second).worksheets[0]
    head = [c.value for c in ws[1]]
    rows = {r[0]: dict(zip(head, r)) for r in ws.iter_rows(min_row=2, values_only=True)}
    assert rows["202607010"]["登记状态"] == "作废"
    assert rows["202608011"]["8D报告"].startswith("8D2026")


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


def test_register_check_stores_the_rows_no_export_made_yet(db, tmp_path):
    records = emptied(db, tmp_path)
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
    assert zip_parts(tmp_path / "r.xlsx") == zip_parts(expected)


def test_an_8d_moved_to_another_case_by_a_revision_leaves_the_first_case_row(tmp_path):
    path = tmp_path / "kesu.db"
    with Register.open(path) as reg:
        reg.issue(complaint("甲"), source_hash="a")  # 202609001
        reg.issue(complaint("乙"), source_hash="b")  # 202609002
        filed = reg.issue(eightd("202609001"), source_hash="8d")
        moved = eightd("202609002").model_copy(update={"number": filed.number})
        tracking.export(reg, tmp_path / "before.xlsx", as_of=dt.date(2026, 9, 30))  # every row stored
        assert reg.amend(moved, source_hash="8d-2").revised
        assert reg.sheet_rows_missing() != 0  # the 8D's row and both cases' rows dropped
        stored = tracking.export(reg, tmp_path / "stored.xlsx", as_of=dt.date(2026, 9, 30))
    ws = load_workbook(stored).worksheets[0]
    eight = [c.value for c in ws[1]].index("8D报告")
    assert {r[0]: r[eight] for r in ws.iter_rows(min_row=2, values_only=True)} == {
        "202609001": None,
        "202609002": filed.number,
    }
    with Register.open(from_records(path, tmp_path), read_only=True) as reg:
        made = tracking.export(reg, tmp_path / "made.xlsx", as_of=dt.date(2026, 9, 30))
    assert zip_parts(stored) == zip_parts(made)


def test_rows_made_before_a_write_are_not_stored_stale(db, tmp_path):
    """The export's rows are stored after it; a document changed meanwhile keeps no row made
    before the change (compared again when they are stored)."""
    path = emptied(db, tmp_path)
    day = dt.date(2026, 11, 30)
    with Register.open(path, read_only=True) as reader:
        tracking.export(reader, tmp_path / "1.xlsx", as_of=day)  # makes every row, stores none yet
        with Register.open(path) as writer:
            writer.void("202607010", "重复登记")
            writer.issue(eightd("202608011"), source_hash="8d-3")
        assert reader.keep_sheet_rows() > 0  # those of the unchanged documents
        assert reader.sheet_rows_missing() > 0  # the changed ones wait for the next export
    with Register.open(path) as reg:
        second = tracking.export(reg, tmp_path / "2.xlsx", as_of=day).read_bytes()
        assert reg.sheet_rows_missing() == 0
    assert zip_parts(second) == zip_parts(records_export(path, tmp_path, day))


def test_a_register_lacking_too_many_rows_is_exported_from_its_records_and_check_stores_them(
    db, tmp_path, monkeypatch
):
    from kesu_docs.register import sheet_store

    monkeypatch.setattr(sheet_store, "MADE_AT_EXPORT", 100)  # the register above holds 322 documents
    path = emptied(db, tmp_path)
    day = dt.date(2026, 11, 30)
    with Register.open(path) as reg:
        missing = reg.sheet_rows_missing()
        exported = tracking.export(reg, tmp_path / "e.xlsx", as_of=day).read_bytes()
        assert reg.sheet_rows_missing() == missing  # nothing made, nothing stored
    assert zip_parts(exported) == zip_parts(records_export(db, tmp_path, day))
    # named read-only: the clerk is told why it was slow, and what makes the next export fast
    read_only = f"sqlite:///file:{path}?mode=ro&uri=true"
    told = kesu("register", "export", "-o", str(tmp_path / "told.xlsx"), "--db", read_only)
    assert told.exit_code == 0 and "kesu register check" in told.output
    assert f"{missing} 份文件的导出行已过期或尚未生成，而登记簿只读" in told.output
    with Register.open(path, read_only=True) as reg:
        assert reg.sheet_rows_missing() == missing  # nothing stored
    result = kesu("register", "check", "--db", str(path))
    assert result.exit_code == 0 and "导出行" in result.output
    with Register.open(path, read_only=True) as reg:
        assert reg.sheet_rows_missing() == 0


def _statements(run) -> list[str]:
    """The SQL statements ``run()`` sends to any register (SQLAlchemy's own event)."""
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


def _looks_for_missing_rows(sent: list[str]) -> bool:
    return any("IS NULL" in s and ("sheet_rows" in s or "log_rows" in s) for s in sent)


def test_an_export_with_every_row_stored_looks_for_no_missing_row_and_one_after_a_filing_does(db, tmp_path):
    """With as many stored rows as documents, complaints and log lines (a row is only kept for
    one that is there, and none is ever deleted) the export reads no anti-join over the whole
    register; after a filing it looks for the missing rows, makes them and stores them."""
    path = tmp_path / "kesu.db"
    shutil.copy(db, path)
    with Register.open(path) as reg:
        sent = _statements(
            lambda: tracking.export(reg, tmp_path / "stored.xlsx", as_of=dt.date(2026, 11, 30))
        )
        assert not _looks_for_missing_rows(sent)
        reg.issue(complaint("新客户", received="2026-09-30"), source_hash="new", source="新.xlsx")
        assert reg.sheet_rows_missing() > 0
        sent = _statements(lambda: tracking.export(reg, tmp_path / "after.xlsx", as_of=dt.date(2026, 11, 30)))
        assert _looks_for_missing_rows(sent)
        assert reg.sheet_rows_missing() == 0
    made = records_export(path, tmp_path, dt.date(2026, 11, 30))
    assert zip_parts(tmp_path / "after.xlsx") == zip_parts(made)


def test_an_export_and_a_monthly_report_build_no_form_model_but_the_complaints(db, tmp_path):
    """The monthly report reads complaints only: no other form's model is built (the registry of
    every form is not loaded); the export of kept rows and widths builds none — in a fresh
    interpreter, as `kesu` runs."""
    import subprocess
    import sys

    script = (
        "import sys\n"
        "from kesu_docs.cli import main\n"
        "sys.argv = ['kesu', *sys.argv[1:]]\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        # (forms._titles: the index of the forms' titles, no form's module)
        "print(sorted(m for m in sys.modules if m.startswith('kesu_docs.forms.') and not m.endswith('._titles')))\n"
    )
    copy = tmp_path / "kesu.db"
    shutil.copy(db, copy)
    complaints = "['kesu_docs.forms.base', 'kesu_docs.forms.complaint']"
    for args, models in (
        (["register", "export", "-o", str(tmp_path / "r.xlsx")], "[]"),
        (["report", "monthly", "2026-08", "-o", str(tmp_path / "m.xlsx")], complaints),
    ):
        done = subprocess.run(
            [sys.executable, "-c", script, *args, "--db", str(copy)],
            capture_output=True,
            text=True,
            check=True,
        )
        assert done.stdout.strip().splitlines()[-1] == models, args
    assert forms.get("8d").kind == "8d" and forms.get("return").kind == "return"  # by the registry
    assert [spec.kind for spec in forms.all_specs()][:2] == ["complaint", "8d"]


def test_the_stored_rows_follow_the_program_that_made_them_forms_included():
    """An upgrade that changes how a stored form reads (its labels, its options, a model rule)
    names another row layout, so an export never streams rows the program before made."""
    from kesu_docs.reports import sheet_rows

    sources = sheet_rows._sources()
    for name in ("base.py", "complaint.py", "eightd.py", "return_note.py", "allowance.py"):
        text = (ROOT / "kesu_docs" / "forms" / name).read_bytes()
        assert text in sources, name


def test_an_export_from_the_kept_frame_imports_no_openpyxl_and_writes_openpyxls_workbook(db, tmp_path):
    """The export's frame (styles, headings, widths, filters, print set-up) is kept in the
    register by the first export: the next ones write the day, the counts and the widths into
    it, in a fresh interpreter without importing openpyxl, and give the workbook openpyxl gives
    (part for part: zip_parts)."""
    import subprocess
    import sys

    with sqlite_open(db) as conn:
        assert (
            conn.execute("SELECT count(*) FROM register_meta WHERE key = 'export_frame'").fetchone()[0] == 1
        )
    conn.close()
    copy = tmp_path / "kesu.db"
    shutil.copy(db, copy)
    script = (
        "import sys\n"
        "from kesu_docs.cli import main\n"
        "sys.argv = ['kesu', *sys.argv[1:]]\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print('openpyxl' in sys.modules)\n"
    )
    for day in ("2026-08-20", "2026-11-30"):
        out = tmp_path / f"{day}.xlsx"
        done = subprocess.run(
            [
                sys.executable,
                "-c",
                script,
                "register",
                "export",
                "-o",
                str(out),
                "--as-of",
                day,
                "--db",
                str(copy),
            ],
            capture_output=True,
            text=True,
            check=True,
        )
        assert done.stdout.strip().splitlines()[-1] == "False"
        assert zip_parts(out) == zip_parts(records_export(db, tmp_path, dt.date.fromisoformat(day)))
