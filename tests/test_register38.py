"""The register's slow rows at 100,000 documents (issue 15; register38).

``kesu register list --search``'s count is a ``LIKE '%word%'`` over ``search_text``: no index
finds a word inside a text, so SQLite scanned the whole table, every record read past. Schema
step 10 gives SQLite an index of ``search_text`` alone, which the count scans instead (covering:
the texts only). A register of version 9 gets it when first opened where it can be written.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from kesu_docs.cli import cli
from kesu_docs.register import Register, queries, schema
from kesu_docs.register.driver_values import bound
from tests.helpers import complaint, sqlite_open

ROWS = 12


def _filed(path: Path) -> Path:
    with Register.open(path) as reg:
        reg.issue_many(
            [
                (complaint(customer=f"客户{i}", order_no=f"PO-{i}"), f"h{i}", f"收件箱/客诉-{i}.xlsx")
                for i in range(ROWS)
            ]
        )
    return path


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real SQLite register of ``ROWS`` complaints (customers 客户0 … 客户11)."""
    return _filed(tmp_path_factory.mktemp("register38") / "kesu.db")


def _plan(path: Path, q: queries.Query) -> str:
    with sqlite_open(path) as conn:
        return " ".join(str(row[-1]) for row in conn.execute(f"EXPLAIN QUERY PLAN {q.sql}", bound(q)))


def _listed(path: Path, *args: str) -> str:
    result = CliRunner().invoke(cli, ["register", "list", *args, "--db", str(path)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def test_a_searchs_count_reads_the_index_of_the_search_texts(db: Path) -> None:
    assert f"USING COVERING INDEX {schema.SEARCH_INDEX}" in _plan(db, queries.count(search="客户1"))
    # the page itself still reads the documents in the register's order, from its own index
    assert "ix_documents_export" in _plan(db, queries.documents("sqlite", search="客户1", limit=200))
    shown = _listed(db, "--search", "客户1")  # 客户1, 客户10, 客户11
    assert "登记簿（3 份）" in shown and "客户10" in shown and "客户2 " not in shown


def test_a_register_of_version_9_gets_the_index_when_opened_and_lists_the_same(tmp_path: Path) -> None:
    path = _filed(tmp_path / "kesu.db")
    before = _listed(path, "--search", "客户1")
    with sqlite_open(path) as conn:  # as the program before step 10 left it
        conn.execute(f"DROP INDEX {schema.SEARCH_INDEX}")
        conn.execute("DELETE FROM schema_version WHERE version = 10")
    assert "SCAN documents" in _plan(path, queries.count(search="客户1"))
    with Register.open(path) as reg:  # a writing command opens it: upgraded
        assert reg.schema_version == schema.LATEST == 10
    assert schema.SEARCH_INDEX in _plan(path, queries.count(search="客户1"))
    assert _listed(path, "--search", "客户1") == before
