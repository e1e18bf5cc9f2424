"""A large register (issue 15): ``kesu register list`` shows a page, the queries use indexes,
``kesu register export`` keeps its formats. Real SQLite files, through click's CliRunner."""

from __future__ import annotations

import csv
import io
import sqlite3

import pytest
from click.testing import CliRunner
from helpers import complaint, sqlite_open

from kesu_docs.cli import cli
from kesu_docs.register import Register

COUNT = 230


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    """A register of 230 September complaints (one of them void) and one October complaint."""
    path = tmp_path_factory.mktemp("scale") / "kesu.db"
    with Register.open(path) as reg:
        reg.issue_many(
            [(complaint(f"客户{i:03d}"), f"h{i}", f"客诉-{i}.xlsx") for i in range(COUNT)]
            + [(complaint("南方电器", received="2026-10-08"), "oct", "客诉-南方.xlsx")]
        )
        reg.void("202609007", "重复登记")
    return str(path)


def kesu(*args: str):
    runner = CliRunner(env={"KESU_DB": ""})
    return runner.invoke(cli, list(args), catch_exceptions=False)


def test_a_long_list_shows_the_first_200_and_says_how_to_see_the_rest(db):
    result = kesu("register", "list", "--db", db)
    assert result.exit_code == 0, result.output
    assert f"登记簿（共 {COUNT + 1} 份，显示前 200 份）" in result.output
    assert "202609200" in result.output and "202609201" not in result.output
    assert f"另有 {COUNT + 1 - 200} 份未显示" in result.output and "--all" in result.output


def test_limit_shows_the_first_n_in_number_order(db):
    result = kesu("register", "list", "--period", "202609", "--limit", "5", "--db", db, "--lang", "en")
    assert result.exit_code == 0, result.output
    assert f"Register ({COUNT} documents, the first 5 shown)" in result.output
    assert "202609005" in result.output and "202609006" not in result.output
    assert f"{COUNT - 5} more documents not shown" in result.output


def test_all_shows_every_document_and_no_note(db):
    result = kesu("register", "list", "--all", "--db", db)
    assert result.exit_code == 0, result.output
    assert f"登记簿（{COUNT + 1} 份）" in result.output
    assert "202609230" in result.output and "202610001" in result.output
    assert "未显示" not in result.output


def test_a_short_list_has_no_note(db):
    result = kesu("register", "list", "--status", "void", "--db", db)
    assert result.exit_code == 0, result.output
    assert "登记簿（1 份）" in result.output and "202609007" in result.output
    assert "未显示" not in result.output


def test_tsv_is_one_line_per_document_with_a_heading_line(db):
    result = kesu("register", "list", "--limit", "10", "--format", "tsv", "--db", db, "--lang", "en")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].split("\t")[:3] == ["Number", "Kind", "Status"]
    assert len(lines) == 11
    assert lines[1].split("\t")[0] == "202609001" and lines[10].split("\t")[0] == "202609010"
    assert "客户000" in lines[1].split("\t")
    assert f"{COUNT + 1 - 10} more documents not shown" in result.stderr


def test_csv_of_everything_reads_back_with_the_void_reason(db):
    result = kesu("register", "list", "--all", "--format", "csv", "--db", db)
    assert result.exit_code == 0, result.output
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[0][0] == "编号" and len(rows) == COUNT + 2
    void = next(r for r in rows if r[0] == "202609007")
    assert "重复登记" in void and "作废" in void and "客户抱怨处理单" in void
    assert result.stderr == ""


def test_the_page_keeps_each_complaints_stage_from_its_follow_up_documents(tmp_path):
    path = tmp_path / "kesu.db"
    with Register.open(path) as reg:
        reg.issue_many([(complaint(f"客户{i}"), f"h{i}", f"{i}.xlsx") for i in range(3)])
        full = kesu("register", "list", "--all", "--db", str(path))
        page = kesu("register", "list", "--limit", "2", "--db", str(path))
    full_lines = [line for line in full.output.splitlines() if "202609001" in line]
    page_lines = [line for line in page.output.splitlines() if "202609001" in line]
    assert full_lines == page_lines and full_lines


@pytest.mark.parametrize(
    "args",
    [
        {"status": "void"},
        {"period": "202609"},
        {"kind": "complaint", "period": "202609"},
        {"case_status": "overdue"},
    ],
)
def test_the_lists_of_a_large_register_find_their_rows_by_an_index(db, args):
    """No full scan of the documents table: each filter of ``register list`` has an index
    (the SQL text both readers run, register/queries.py)."""
    from kesu_docs.register import queries
    from kesu_docs.register.driver_values import _param

    query = queries.documents("sqlite", **args)
    params = {k: _param(v) for k, v in query.params.items()}
    plan = " ".join(
        str(row) for row in sqlite3.connect(db).execute(f"EXPLAIN QUERY PLAN {query.sql}", params)
    )
    assert "USING INDEX" in plan or "USING COVERING INDEX" in plan, plan
    assert "SCAN documents" not in plan.replace("USING INDEX", ""), plan


def test_count_agrees_with_the_list(db):
    with Register.open(db, read_only=True) as reg:
        assert reg.count() == COUNT + 1
        assert reg.count(status="void") == len(reg.documents(status="void")) == 1
        assert reg.count(period="202609", search="客户01") == len(
            reg.documents(period="202609", search="客户01")
        )
        assert [d.number for d in reg.documents(limit=3)] == ["202609001", "202609002", "202609003"]


def test_the_streamed_export_keeps_every_sheets_formats(db, tmp_path):
    from openpyxl import load_workbook

    out = tmp_path / "登记追踪表.xlsx"
    result = kesu("register", "export", "-o", str(out), "--as-of", "2026-10-31", "--db", db)
    assert result.exit_code == 0, result.output
    assert f"{COUNT + 1} 份文件" in result.output
    book = load_workbook(out)
    assert book.sheetnames == ["客户抱怨案件登记追踪表", "登记簿", "案件日志"]
    for ws, freeze in zip(book.worksheets, ("B2", "A2", "A2")):
        assert ws.freeze_panes == freeze
        assert ws.auto_filter.ref == f"A1:{ws.cell(1, ws.max_column).column_letter}{ws.max_row}"
        assert all(c.font.b for c in ws[1])
        assert ws.page_setup.orientation == "landscape" and ws.print_title_rows == "$1:$1"
        assert all(ws.column_dimensions[c.column_letter].width >= 8 for c in ws[1])
    tracking = book.worksheets[0]
    heads = [c.value for c in tracking[1]]
    assert tracking.max_row == COUNT + 2 and tracking.oddHeader.center.text.endswith("截至 2026-10-31")
    first = tracking[2]
    received = first[heads.index("受理日期")]
    assert received.is_date and received.number_format == "yyyy-mm-dd"
    # every open case of September is overdue by 31 October: the whole row is highlighted
    assert all(c.fill.fgColor.rgb == "00F8CBAD" for c in first)
    # a quantity written after a date stays a number (openpyxl's write-only rows reuse a cell)
    from kesu_docs import forms

    quantity = first[heads.index(forms.get("complaint").fields["ship_qty"].label_zh)]
    assert quantity.value == 1000 and quantity.number_format == "General"
    register = book["登记簿"]
    issued_at = register.cell(2, [c.value for c in register[1]].index("编号时间") + 1)
    assert issued_at.is_date and issued_at.number_format == "yyyy-mm-dd hh:mm:ss"
    assert [r[0] for r in register.iter_rows(min_row=2, max_row=4, values_only=True)] == [
        "202609001",
        "202609002",
        "202609003",
    ]
    log = book["案件日志"]
    assert log.max_row >= COUNT + 2 and "作废" in [r[3] for r in log.iter_rows(min_row=2, values_only=True)]


def test_a_formula_like_customer_stays_quoted_text_in_every_streamed_sheet(tmp_path):
    import zipfile

    from openpyxl import load_workbook

    path = tmp_path / "kesu.db"
    with Register.open(path) as reg:
        reg.issue(complaint("=cmd|' /C calc'!A0"), source_hash="x", source="+SUM(A1).xlsx")
        reg.export_xlsx(tmp_path / "登记簿.xlsx")
    assert kesu("register", "export", "-o", str(tmp_path / "t.xlsx"), "--db", str(path)).exit_code == 0
    for name in ("登记簿.xlsx", "t.xlsx"):
        with zipfile.ZipFile(tmp_path / name) as z:
            sheets = [z.read(n).decode() for n in z.namelist() if n.startswith("xl/worksheets/sheet")]
        assert sheets and not any("<f>" in xml or "<f " in xml for xml in sheets)
        cells = [c for ws in load_workbook(tmp_path / name) for row in ws.iter_rows() for c in row]
        customer = [c for c in cells if c.value == "=cmd|' /C calc'!A0"]
        assert customer and all(c.data_type == "s" and c.quotePrefix for c in customer)
        assert any(c.value == "+SUM(A1).xlsx" and c.quotePrefix for c in cells)


def test_a_report_reads_each_filed_field_as_the_validated_record_holds_it(tmp_path):
    """Reports read the stored records field by field instead of validating each (issue 15):
    every field reads as the model's validation gives it, and a record the fast reading does
    not take as it is (an older spelling, a character that cannot be printed, a table) is
    validated whole."""
    from helpers import checked_complaint

    from kesu_docs import forms
    from kesu_docs.reports.cases import StoredReader, _filed_record, load_cases

    model = forms.get("complaint").model
    filled = checked_complaint().to_json()
    old_spelling = complaint("甲").to_json() | {"market": "国外", "severity": "一般"}
    control = complaint("甲").to_json() | {"customer": "华东\x01精密"}  # stored before it was refused
    records = [complaint("乙").to_json(), filled, old_spelling, control]
    reader = StoredReader(model)
    for stored in records:
        view, validated = reader(stored), _filed_record(model, stored)
        for key in forms.describe(model):
            assert getattr(view, key) == getattr(validated, key), key
            assert type(getattr(view, key)) is type(getattr(validated, key)), key
    assert reader(old_spelling).market.value == "foreign"
    assert reader(control).customer == "华东精密"  # as an old register's records always read
    assert reader(filled).penalties[0].target == "包装组"  # a table: from the model

    with Register.open(tmp_path / "kesu.db") as reg:
        reg.issue(checked_complaint(), source_hash="a")
        case = load_cases(reg)[0]
        assert case.sheet.loss_amount == checked_complaint().loss_amount
        assert case.sheet.disposition == checked_complaint().disposition


def test_fields_turned_together_read_as_fields_turned_one_by_one():
    """The monthly report turns the fields it reads of each record in one call
    (StoredRecord.turn, issue 15): each then reads as the lazy reading and the model give it,
    with its type; a record with a value the fast reading does not take is validated whole,
    whichever field comes first; a field turned already is kept."""
    from helpers import checked_complaint

    from kesu_docs import forms
    from kesu_docs.reports.cases import StoredReader, _filed_record
    from kesu_docs.reports.monthly import READ_FIELDS

    model = forms.get("complaint").model
    old_spelling = complaint("甲").to_json() | {"market": "国外", "severity": "一般"}
    control = complaint("甲").to_json() | {"customer": "华东\x01精密"}
    reader = StoredReader(model)
    keys = list(forms.describe(model))
    for stored in [complaint("乙").to_json(), checked_complaint().to_json(), old_spelling, control]:
        together, lazy, validated = reader(stored), reader(stored), _filed_record(model, stored)
        together.turn(READ_FIELDS)
        together.turn(keys)  # again, with the rest: those turned are kept
        for key in keys:
            assert getattr(together, key) == getattr(lazy, key) == getattr(validated, key), key
            assert type(getattr(together, key)) is type(getattr(validated, key)), key
    refused = reader(old_spelling)
    refused.turn(["customer", "market", "received_date"])  # 国外: an older spelling, validated
    assert refused._validated is not None and "customer" not in vars(refused)
    assert refused.market.value == "foreign" and refused.customer == "甲"
    taken = reader(complaint("乙").to_json())
    taken.turn(READ_FIELDS)
    assert taken._validated is None and set(READ_FIELDS) <= set(vars(taken))


def test_the_monthly_matrix_counted_by_the_database_equals_the_one_counted_case_by_case(tmp_path):
    """The monthly report reads only the month's closed complaints and lets the database count
    the cause × month matrix (issue 15): the same figures as counting every case in Python,
    void cases left out, a case without a cause on its own line."""
    import datetime as dt

    from kesu_docs.reports.cases import load_cases
    from kesu_docs.reports.monthly import build, monthly_report

    closed = [
        ("2026-09-03", "2026-09-10", "包装"),
        ("2026-09-05", "2026-09-28", "包装"),
        ("2026-08-20", "2026-09-02", "物料"),
        ("2026-07-01", "2026-07-15", "物料"),
        ("2025-09-01", "2025-09-10", "物料"),  # before the trailing twelve months
        ("2026-03-02", "2026-03-09", None),
        ("2026-09-06", None, "包装"),  # open
        ("2026-10-01", "2026-10-05", "包装"),  # after the month
    ]
    with Register.open(tmp_path / "kesu.db") as reg:
        for i, (received, done, cause) in enumerate(closed + [("2026-09-04", "2026-09-11", "包装")]):
            extra = {"closed_date": done, "disposition": "退货"} if done else {}
            if cause:
                extra["cause_category"] = cause
            filed = reg.issue(complaint(f"客户{i}", received=received, **extra), source_hash=f"m{i}")
        reg.void(filed.number, "重复登记")  # the last one filed: void, not counted
        report = monthly_report(reg, "2026-09")
        everything = build(load_cases(reg), "2026-09", reg.settings)
    assert report.matrix.rows == everything.matrix.rows
    assert report.matrix.total == everything.matrix.total
    rows = {row[0]: row[1:] for row in report.matrix.rows}
    assert rows["包装"][-2:] == [2, 2] and rows["物料"][report.months.index("2026-07")] == 1
    assert rows["未判定"][report.months.index("2026-03")] == 1 and sum(report.matrix.total[1:-1]) == 5
    assert [c.number for c in report.cases] == [c.number for c in everything.cases]
    assert dt.date(2026, 9, 2) in [c.closed_date for c in report.cases]


def test_page_two_shows_the_next_200_with_the_total(db):
    result = kesu("register", "list", "--page", "2", "--db", db)
    assert result.exit_code == 0, result.output
    assert f"登记簿（共 {COUNT + 1} 份，显示第 201–{COUNT + 1} 份）" in result.output
    assert "202609201" in result.output and "202610001" in result.output
    assert "202609200" not in result.output and "--page 3" not in result.output
    by_offset = kesu("register", "list", "--offset", "200", "--db", db)
    assert by_offset.output == result.output


def test_newest_shows_the_latest_month_and_last_number_first(db):
    result = kesu("register", "list", "--newest", "--limit", "3", "--format", "tsv", "--db", db)
    assert result.exit_code == 0, result.output
    numbers = [line.split("\t")[0] for line in result.stdout.splitlines()[1:]]
    assert numbers == ["202610001", f"202609{COUNT:03d}", f"202609{COUNT - 1:03d}"]
    assert "--page 2" in result.stderr


def test_page_and_offset_together_are_a_usage_error(db):
    result = kesu("register", "list", "--page", "2", "--offset", "5", "--db", db)
    assert result.exit_code == 2 and "--page" in result.output


def _as_version_3(path) -> None:
    """The register as version 3 left it: no index of closed dates (issue 15's version 4), no
    stored export rows (version 5)."""
    with sqlite_open(path) as conn:
        for statement in (
            "DROP INDEX ix_documents_export",
            "DROP INDEX ix_events_at",
            "DROP TABLE log_rows",
            "DROP TABLE tracking_rows",
            "DROP TABLE sheet_rows",
            "DELETE FROM register_meta WHERE key = 'sheet_rows'",
            "DROP INDEX ix_documents_closed",
            "DELETE FROM schema_version WHERE version >= 4",
        ):
            conn.execute(statement)


def test_a_version_3_register_that_cannot_be_written_is_read_without_the_closed_index(tmp_path):
    """Version 4 only adds an index: a register of version 3 on read-only media still lists,
    exports and reports (without the index); one that can be written gets it when read."""
    from kesu_docs.register import schema

    path = tmp_path / "kesu.db"
    with Register.open(path) as reg:
        reg.issue(complaint("客户甲", closed_date="2026-09-20"), source_hash="a", source="a.xlsx")
    _as_version_3(path)
    read_only = f"sqlite:///file:{path}?mode=ro&uri=true"
    listed = kesu("register", "list", "--db", read_only)
    assert listed.exit_code == 0 and "202609001" in listed.output
    report = kesu("report", "monthly", "2026-09", "-o", str(tmp_path / "m.xlsx"), "--db", read_only)
    assert report.exit_code == 0, report.output
    with sqlite_open(path) as conn:
        assert conn.execute("SELECT max(version) FROM schema_version").fetchone()[0] == 3
    assert kesu("register", "list", "--db", str(path)).exit_code == 0  # writable: upgraded as it is read
    with sqlite_open(path) as conn:
        assert conn.execute("SELECT max(version) FROM schema_version").fetchone()[0] == schema.LATEST
        plan = conn.execute(
            "EXPLAIN QUERY PLAN SELECT * FROM documents WHERE kind = 'complaint'"
            " AND closed_date BETWEEN '2026-09-01' AND '2026-09-30'"
        ).fetchall()
    assert "ix_documents_closed" in str(plan)


def test_the_monthly_matrix_is_counted_along_the_closed_date_index(tmp_path):
    """The cause × month matrix over a year of closed cases reads no record (issue 15): on
    SQLite the index of closed dates holds each record's cause category and status."""
    import datetime as dt

    from sqlalchemy import event

    path = tmp_path / "kesu.db"
    with Register.open(path) as reg:
        reg.issue_many(
            [
                (complaint(f"客户{i}", closed_date="2026-09-20", cause_category="物料"), f"h{i}", "")
                for i in range(3)
            ]
        )
    statements: list[tuple[str, object]] = []
    with Register.open(path, read_only=True) as reg:
        event.listen(
            reg._engine, "before_cursor_execute", lambda *a: statements.append((a[2], a[3])), named=False
        )
        counted = reg.closed_counts("cause_category", dt.date(2025, 10, 1), dt.date(2026, 9, 30))
    assert counted == [("material", dt.date(2026, 9, 20), 3)]
    sql, params = next((s, p) for s, p in statements if "count(" in s.lower())
    plan = " ".join(str(r) for r in sqlite3.connect(path).execute(f"EXPLAIN QUERY PLAN {sql}", params))
    # the groups come in the index's order: its entries hold the cause (SQLite reads the
    # expression from the index, which its plan does not name as covering)
    assert "ix_documents_closed" in plan and "TEMP B-TREE" not in plan, plan


def test_the_export_is_byte_identical_between_runs(db, tmp_path):
    import time
    import zipfile

    first, second = tmp_path / "a.xlsx", tmp_path / "b.xlsx"
    assert kesu("register", "export", "-o", str(first), "--as-of", "2026-10-31", "--db", db).exit_code == 0
    time.sleep(1.1)  # a zip date or a created time taken from the clock would differ now
    assert kesu("register", "export", "-o", str(second), "--as-of", "2026-10-31", "--db", db).exit_code == 0
    assert first.read_bytes() == second.read_bytes()
    with zipfile.ZipFile(first) as z:
        core = z.read("docProps/core.xml").decode()
    assert "2026-10-31T00:00:00Z" in core
