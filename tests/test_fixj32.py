"""The review of render32 mended (fixj32): a batch's statements within the databases' limits,
the batch's rows the same on SQLite and PostgreSQL, the columns' index never used stale, a
look-up of a record reading the record alone. Real registers."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import sqlalchemy as sa
from helpers import python_process, sqlite_open
from sqlalchemy.engine import Engine

import kesu_docs
from kesu_docs import forms
from kesu_docs.register import Register, queries, schema
from kesu_docs.register.database import connect, to_url, writing
from kesu_docs.register.issuing import insert_many
from kesu_docs.register.lite import LiteRegister, open_reading

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def _record(name: str, **changes):
    values = json.loads((SAMPLES / f"{name}.json").read_text(encoding="utf-8"))
    kind = values.pop("kind")
    return forms.get(kind).model.model_validate(values | changes)


def test_a_batch_revising_a_thousand_8ds_is_filed(tmp_path):
    """1,000 8Ds revised in one ``issue_many``: the stored rows dropped and the cases they were
    filed against before looked up in chunks — fails before fixj32 (one ``OR`` term per revised
    8D: SQLite's "Expression tree is too large (maximum depth 1000)")."""
    db = tmp_path / "kesu.db"
    many = 1000
    numbers = [f"2026{9 + i // 500:02d}{i % 500 + 1:03d}" for i in range(many)]
    with Register.open(db) as reg:
        cases = reg.issue_many(
            [(_record("complaint-from-system", number=n, lot_no=n), n, f"{n}.json") for n in numbers]
        )
        eightds = [
            (
                _record("8d-valid", complaint_number=c.number, emergency_actions=c.number),
                f"d{c.number}",
                f"d{c.number}.json",
            )
            for c in cases
        ]
        first = reg.issue_many(eightds)
        assert len({d.number for d in first}) == many
        assert reg.build_sheet_rows() >= 0  # (rows stored: the revisions must drop them)
        again = [
            (
                r.model_copy(update={"number": d.number, "emergency_actions": f"隔离库存 {d.number}"}),
                f"e{h}",
                s,
            )
            for (r, h, s), d in zip(eightds, first)
        ]
        revised = reg.issue_many(again)
    assert all(getattr(d, "revised", False) for d in revised), revised[:3]
    with sqlite_open(db) as stored:
        assert stored.execute("SELECT count(*) FROM documents WHERE revision = 2").fetchone()[0] == many
        assert stored.execute("SELECT count(*) FROM tracking_rows").fetchone()[0] == 0


@pytest.fixture(params=["sqlite", "postgresql"])
def register_url(request, tmp_path):
    """A fresh register's URL: an SQLite file, a database on the throwaway PostgreSQL server."""
    if request.param == "sqlite":
        return str(tmp_path / "kesu.db")
    return request.getfixturevalue("pg_url")


def test_a_batchs_rows_of_different_columns_are_stored_alike_on_sqlite_and_postgresql(register_url):
    """Rows of different columns in one ``insert_many``: every row's values stored, a column a
    row leaves out its default, a JSON column left out SQL's NULL — the same on both databases.
    Fails before fixj32: PostgreSQL's insert dropped the second row's ``actor`` and ``changes``
    silently, SQLite stored a left-out ``changes`` as the JSON text ``null``."""
    with Register.open(register_url) as reg:
        doc = reg.issue(_record("complaint-from-system"), source_hash="c")
        at = reg.get(doc.number).issued_at
    engine = connect(to_url(register_url), create=False)
    try:
        with writing(engine) as conn:
            base = {
                "document_id": doc.id,
                "kind": "complaint",
                "record": {"a": 1},
                "record_hash": "h",
                "source_hash": "s",
            }
            insert_many(
                conn,
                "revisions",
                [
                    base | {"revision": 7, "at": at},
                    base | {"revision": 8, "at": at, "actor": "王丽", "changes": {"x": [1, 2]}},
                ],
            )
        with engine.connect() as conn:
            stored = conn.exec_driver_sql(
                "SELECT revision, actor, changes IS NULL, source FROM revisions"
                " WHERE revision > 6 ORDER BY revision"
            ).fetchall()
            changed = conn.exec_driver_sql("SELECT changes FROM revisions WHERE revision = 8").scalar()
    finally:
        engine.dispose()
    assert [tuple(row) for row in stored] == [(7, None, True, ""), (8, "王丽", False, "")]
    assert (json.loads(changed) if isinstance(changed, str) else changed) == {"x": [1, 2]}


def test_a_columns_index_older_than_the_tables_is_refused_and_written_again(tmp_path):
    """A copy of the package whose schema.py was edited after ``_columns.py`` was written: no
    register opens (a clear word, naming the command that writes it again; before fixj32 the
    stale index was used silently), the command writes it, then the register opens."""
    package = tmp_path / "src" / "kesu_docs"
    shutil.copytree(Path(kesu_docs.__file__).parent, package, ignore=shutil.ignore_patterns("__pycache__"))
    with (package / "register" / "schema.py").open("a", encoding="utf-8") as schema_file:
        schema_file.write("\n# a table changed here\n")
    opening = (
        f"import kesu_docs; assert kesu_docs.__file__.startswith({str(package)!r}), kesu_docs.__file__\n"
        "from kesu_docs.register.lite import open_reading\n"
        "from kesu_docs.register import Register\n"
        "Register.open('kesu.db').close(); open_reading('kesu.db').close(); print('opened')"
    )
    src = str(tmp_path / "src")
    refused = python_process("-c", opening, cwd=tmp_path, PYTHONPATH=src)
    assert refused.returncode != 0 and "write_columns_index()" in refused.stderr, refused.stderr
    assert not (tmp_path / "kesu.db").exists()
    writing_it = "from kesu_docs.register.schema import write_columns_index; write_columns_index()"
    assert python_process("-c", writing_it, cwd=tmp_path, PYTHONPATH=src).returncode == 0
    opened = python_process("-c", opening, cwd=tmp_path, PYTHONPATH=src)
    assert opened.stdout.strip().endswith("opened"), opened.stderr


@pytest.mark.parametrize("on_update", [{"onupdate": "x"}, {"server_onupdate": sa.FetchedValue()}])
def test_a_column_set_on_update_is_not_written_into_the_columns_index(on_update):
    """The index writes a column's scalar default; a value SQLAlchemy sets on update would be
    lost on the driver's text: refused (before fixj32 left out silently)."""
    table = sa.Table(
        "t",
        sa.MetaData(),
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("v", sa.Text, **on_update),
    )
    with pytest.raises(ValueError, match="t.v: a value set on update"):
        schema.columns_index_text([table])
    assert '("v", "text", None)' in schema.columns_index_text(
        [sa.Table("u", sa.MetaData(), sa.Column("v", sa.Text))]
    )


def test_a_rules_look_up_of_a_record_reads_the_record_alone(tmp_path):
    """``find`` (a rule's look-up of a referenced document's record) on both registers reads
    ``record`` alone (before fixj32 every column of the document, a Document built); a number
    of no document is None; a look-up by number of any kind (a re-print's) and of one kind."""
    db = tmp_path / "kesu.db"
    with Register.open(db) as reg:
        doc = reg.issue(_record("complaint-from-system"), source_hash="c")
        statements: list[str] = []

        def note(_conn, _cursor, statement, *_rest):
            statements.append(" ".join(statement.split()))

        sa.event.listen(Engine, "before_cursor_execute", note)
        try:
            found = reg.find("complaint", doc.number)
        finally:
            sa.event.remove(Engine, "before_cursor_execute", note)
        assert found == reg.get(doc.number).record and found["customer"] == "华东精密机械有限公司"
        assert [s for s in statements if "FROM documents" in s] == [
            "SELECT record FROM documents WHERE kind = :p0 AND number = :p1"
        ]
        assert reg.find("8d", doc.number) is None
        assert [
            d.id for d in reg.documents_of(queries.documents_by("number", None, [doc.number], limit=5))
        ] == [doc.id]
    with open_reading(db) as lite:
        assert isinstance(lite, LiteRegister)
        assert lite.find("complaint", doc.number) == found and lite.find("complaint", "nothing") is None
        assert lite.entry("complaint", doc.number).id == doc.id


def test_a_windows_checkout_of_schema_py_is_the_same_schema():
    """git on Windows checks schema.py out with ``\\r\\n`` line ends (core.autocrlf): the columns'
    index was refused at every opening of a register there (size and CRC-32 of other bytes).
    The digest reads line ends as ``\\n``; an edit still tells."""
    from pathlib import Path

    from kesu_docs.register import queries

    text = (Path(queries.__file__).parent / "schema.py").read_bytes()
    assert queries.schema_digest() == queries.SOURCE
    assert queries.schema_digest(text.replace(b"\n", b"\r\n")) == queries.SOURCE
    assert queries.schema_digest(text + b"# an edit\n") != queries.SOURCE
