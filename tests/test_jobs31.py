"""`kesu parse`/`validate` read an existing SQLite register through ``sqlite3`` (issue 15, jobs31).

They only read the register (the rules' look-ups: a document by number, whether it is void, a
case's other documents); a current SQLite register is read as ``kesu register list`` reads it
(register/lite.py), without SQLAlchemy's import. Real registers, the rules' real look-ups, the
commands in processes of their own.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import python_process

from kesu_docs import api, forms
from kesu_docs.register import Register, queries
from kesu_docs.register.lite import LiteRegister

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
RECORDS = ("8d-valid", "8d-broken", "return-valid", "return-broken", "allowance-valid", "allowance-broken")


def _sample(name: str) -> tuple[str, dict]:
    values = json.loads((SAMPLES / f"{name}.json").read_text(encoding="utf-8"))
    return values.pop("kind"), values


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    """Complaints 202609001 and 202608031 (the samples' cases), a return note and an allowance
    filed for them; the allowance's complaint and a second return note void."""
    path = tmp_path_factory.mktemp("jobs31") / "kesu.db"
    with Register.open(path) as reg:
        for name in ("complaint-from-system", "allowance-complaint", "return-valid", "allowance-valid"):
            kind, values = _sample(name)
            reg.issue(forms.get(kind).model.model_validate(values), source_hash=name, source=f"{name}.json")
        kind, values = _sample("return-valid")
        values["reason"] = "第二份退货单"
        second = reg.issue(forms.get(kind).model.model_validate(values), source_hash="r2", source="r2.json")
        reg.void(second.number, "重复登记")
        reg.void("202608031", "录入错误")
    return path


def test_the_rules_see_the_same_register_through_sqlite3_as_through_sqlalchemy(db):
    """Each sample checked against the register read by ``sqlite3`` and by SQLAlchemy: the
    same problems, and the register changes what is found (the look-ups are really made)."""
    from kesu_docs.register.lite import open_reading

    with Register.open(db, read_only=True) as full, open_reading(db) as lite:
        assert isinstance(lite, LiteRegister)
        assert lite.entry("complaint", "202608031") == full.entry("complaint", "202608031")
        assert lite.entry("8d", "202609001") is full.entry("8d", "202609001") is None
        assert lite.find("complaint", "202609001") == full.find("complaint", "202609001")
        assert lite.linked(" 202609001 ") == full.linked(" 202609001 ") and len(full.linked("202609001")) == 2
        assert lite.linked_records("return", "202609001") == full.linked_records("return", "202609001")
        assert len(full.linked_records("return", "202609001")) == 1  # the void one left out
        changed = 0
        for name in RECORDS:
            kind, values = _sample(name)
            alone = api.validate(values, kind)
            through_sqlalchemy = api.validate(values, kind, register=full)
            assert api.validate(values, kind, register=lite) == through_sqlalchemy, name
            changed += through_sqlalchemy != alone
        assert changed >= 3


@pytest.mark.parametrize("command", ["parse", "validate"])
def test_parse_and_validate_import_no_sqlalchemy_on_a_current_sqlite_register(db, tmp_path, command):
    """The command checks the forms against ./kesu.db (a void complaint named) and imports no
    SQLAlchemy — fails with the register opened through ``Register`` (before jobs31)."""
    (tmp_path / "kesu.db").write_bytes(db.read_bytes())
    forms_given = [str(SAMPLES / f"{name}.json") for name in ("allowance-valid", "8d-valid")]
    script = (
        "import sys\n"
        "from kesu_docs.cli import cli\n"
        "try:\n"
        f"    cli.main([{command!r}, '--lang', 'en', *sys.argv[1:]], standalone_mode=False)\n"
        "finally:\n"
        "    print(sorted(m for m in sys.modules if m.split('.')[0] == 'sqlalchemy'))\n"
    )
    done = python_process("-c", script, *forms_given, cwd=tmp_path)
    assert done.returncode == 1, done.stderr[-2000:]  # (the forms' errors found: exit 1)
    *said, modules = done.stdout.strip().splitlines()
    assert modules == "[]", modules[:300]
    # the allowance's complaint is void in the register: the register was read
    assert "'202608031' is void in the register" in "\n".join(said)


def test_opening_a_current_sqlite_register_and_numbering_into_it_compiles_no_statement(tmp_path):
    """The schema version (read twice by an opening to write) and the numbering scheme are SQL
    text on the driver, as the numbering's look-ups are (jobs30): a render's opening compiles
    nothing — fails before jobs31 (3 statements compiled: the version twice, the scheme)."""
    import sqlalchemy as sa
    from helpers import complaint
    from sqlalchemy.engine import Engine

    path = tmp_path / "kesu.db"
    with Register.open(path) as reg:
        reg.issue(complaint("甲"), source_hash="a")
    compiled: list[str] = []

    def note(_conn, _cursor, statement, _params, context, _many):
        if context.compiled is not None:
            compiled.append(" ".join(statement.split()))

    sa.event.listen(Engine, "before_cursor_execute", note)
    try:
        with Register.open(path) as reg:
            assert (reg.schema_version, reg.legacy_numbering) == (queries.SCHEMA_VERSION, False)
            assert reg.issue(complaint("乙"), source_hash="b").number.endswith("002")
    finally:
        sa.event.remove(Engine, "before_cursor_execute", note)
    assert compiled == []


def test_a_batchs_values_are_stored_as_sqlalchemys_types_bind_them_on_sqlite():
    """Every column a batch writes (documents, revisions, case log, print log): the value the
    ``sqlite3`` driver is given (``driver_values.stored``, what ``issuing.insert_many`` and
    ``update_many`` bind on SQLite, jobs31) equals what the column's SQLAlchemy type binds and
    the driver's adapter writes of it (what they bound before) —
    records (``None`` as JSON ``null``, non-ASCII, nested), aware, naive-local and far moments
    (a value that is no moment refused alike), dates (both give them to the driver as they are)."""
    import datetime as dt
    import sqlite3

    from sqlalchemy import create_engine

    from kesu_docs.register import driver_values, schema

    dialect = create_engine("sqlite://").dialect  # (as the register's engine: pysqlite)
    samples = {
        "json": [None, {"客户": "华东", "items": [{"qty": 3, "price": "7.50"}], "ok": True}, [], "文字", 1.5],
        "moment": [
            None,
            dt.datetime(2026, 9, 3, 1, 2, 3, 4, tzinfo=dt.timezone.utc),
            dt.datetime(2026, 9, 3, 9, 2, 3, tzinfo=dt.timezone(dt.timedelta(hours=8))),
            dt.datetime(2026, 9, 3, 9, 2, 3),  # naive: local time; no microseconds
            dt.datetime(999, 1, 2, 3, 4, 5, tzinfo=dt.timezone.utc),
        ],
        "date": [None, dt.date(2026, 9, 3), dt.date(999, 1, 2), dt.datetime(2026, 9, 3, 23, 59)],
        "int": [None, 0, 7],
        "text": [None, "", "202609001"],
    }

    def driven(value):  # what the driver writes of a value given to it (its adapters)
        adapt = sqlite3.adapters.get((type(value), sqlite3.PrepareProtocol))
        return adapt(value) if adapt is not None else value

    checked = 0
    for table, columns in queries.WRITTEN_COLUMNS.items():
        for name, kind in columns:
            ours = driver_values.stored(table, name)
            column_type = schema.metadata.tables[table].c[name].type
            if kind == "moment":  # the type as the dialect runs it (debts32): SQLite's DATETIME
                # writes a fraction's six digits always, as every compiled statement stores it (the
                # generic type's processor handed the driver a datetime: "…03" with no fraction)
                column_type = column_type.dialect_impl(dialect)
            theirs = column_type.bind_processor(dialect)
            for value in samples[kind]:
                expected = driven(theirs(value) if theirs is not None else value)
                assert driven(ours(value) if ours is not None else value) == expected, (table, name, value)
                assert type(expected) in (str, int, type(None)), (table, name, value)
                checked += 1
            if kind == "moment":
                with pytest.raises((TypeError, AttributeError)):
                    theirs("2026-09-03")
                with pytest.raises(TypeError):
                    ours("2026-09-03")
    assert checked > 150
