"""The register's slow rows at 100,000 documents (issue 15; register38).

``kesu register list --search``'s count is a ``LIKE '%word%'`` over ``search_text``: no index
finds a word inside a text, so SQLite scanned the whole table, every record read past. Schema
step 10 gives SQLite an index of ``search_text`` alone, which the count scans instead (covering:
the texts only). A register of version 9 gets it when first opened where it can be written.
"""

from __future__ import annotations

import sys
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


# An export names its layout and its kept frame by the installed versions of openpyxl,
# et_xmlfile and lxml; importing importlib.metadata to ask (email, csv, zipfile, tempfile) was
# ≈ 110 M instructions, 3 % of an export of 100,000 documents. They are read where the library
# finds them, the library asked where anything else might answer.


def test_each_installed_version_is_the_one_importlib_metadata_gives() -> None:
    from importlib.metadata import distributions, version

    from kesu_docs.reports.sheet_rows import _version_on_path

    names = {d.metadata["Name"] for d in distributions()} | {"et_xmlfile", "kesu_docs", "no-such-package"}
    for name in sorted(n for n in names if n):
        found = _version_on_path(name)
        try:
            expected = version(name)
        except Exception:  # PackageNotFoundError
            expected = ""
        assert found in (None, expected), name
    assert all(_version_on_path(n) for n in ("openpyxl", "et_xmlfile", "isal", "kesu-docs"))


def test_an_exports_writers_are_named_without_importing_importlib_metadata(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from importlib.metadata import version

    from kesu_docs.reports.export_frame import WRITERS
    from kesu_docs.reports.sheet_rows import installed_versions

    expected = tuple(version(n) for n in WRITERS if n != "lxml")
    monkeypatch.setitem(sys.modules, "importlib.metadata", None)  # any import of it fails
    assert installed_versions(WRITERS)[:2] == expected


def _dist_info(folder: Path, name: str, metadata: str) -> None:
    info = folder / f"{name}-9.9.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(metadata, encoding="utf-8")


def test_the_first_on_the_path_is_read_and_the_library_asked_where_unclear(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from importlib.metadata import version

    from kesu_docs.reports.sheet_rows import _version_on_path, installed_versions

    _dist_info(
        tmp_path / "a", "Kesu_Probe", "Metadata-Version: 2.1\nName: kesu-probe\nversion:  9.9 \n\nText\n"
    )
    _dist_info(tmp_path / "b", "kesu.probe", "Metadata-Version: 2.1\nName: kesu-probe\nVersion: 1.0\n")
    _dist_info(tmp_path / "c", "kesu_folded", "Name: kesu-folded\nVersion: 2.0\n  .1\n")
    monkeypatch.syspath_prepend(str(tmp_path / "c"))
    monkeypatch.syspath_prepend(str(tmp_path / "b"))
    monkeypatch.syspath_prepend(str(tmp_path / "a"))
    assert _version_on_path("kesu-probe") == "9.9 "  # as email reads a header: spaces after kept
    assert _version_on_path("kesu-folded") is None  # a folded header: the library reads it
    assert installed_versions(("kesu-probe", "kesu-folded")) == ("9.9 ", version("kesu-folded"))

    class Finder:  # another finder of distributions: only the library knows what it finds
        @staticmethod
        def find_distributions(*_args: object, **_kwargs: object) -> list:
            return []

    monkeypatch.setattr(sys, "meta_path", [*sys.meta_path, Finder])
    assert _version_on_path("openpyxl") is None
