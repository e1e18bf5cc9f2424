"""A large register (issue 15): ``kesu register list`` shows a page, the queries use indexes,
``kesu register export`` keeps its formats. Real SQLite files, through click's CliRunner."""

from __future__ import annotations

import csv
import io
import sqlite3

import pytest
from click.testing import CliRunner
from helpers import complaint

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
    runner = CliRunner(env={"COLUMNS": "200", "KESU_DB": ""})
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
    """No full scan of the documents table: each filter of ``register list`` has an index."""
    with Register.open(db, read_only=True) as reg:
        import sqlalchemy as sa

        from kesu_docs.register.register import _filters
        from kesu_docs.register.schema import documents

        filters = dict(
            kind=None, period=None, status=None, number=None, case_status=None, as_of=None, search=None
        )
        query = sa.select(documents).where(*_filters(**(filters | args)))
        sql = str(query.compile(reg._engine, compile_kwargs={"literal_binds": True}))
    plan = " ".join(str(row) for row in sqlite3.connect(db).execute(f"EXPLAIN QUERY PLAN {sql}"))
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
