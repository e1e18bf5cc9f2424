"""A render's writes on a current SQLite register as SQL text, its columns from one index (issue 15, render32).

What a render asks of the register once it is open — numbering a batch, a follow-up filed for a
complaint and revised (the stored rows it drops), its prints logged, a document looked up by
number and re-printed — runs as :mod:`kesu_docs.register.queries` text on the driver: no
SQLAlchemy statement is compiled (the step before a render opens no SQLAlchemy at all). Real
registers, the real commands.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa
from helpers import python_process, run_cli
from sqlalchemy.engine import Engine

from kesu_docs import forms
from kesu_docs.register import Register, queries
from kesu_docs.register.database import connect, to_url, writing
from kesu_docs.register.issuing import insert_many
from kesu_docs.register.lite import LiteRegister
from kesu_docs.register.lookups import Lookups

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def _record(name: str, **changes):
    values = json.loads((SAMPLES / f"{name}.json").read_text(encoding="utf-8"))
    kind = values.pop("kind")
    return forms.get(kind).model.model_validate(values | changes)


class _Compiled:
    """The statements SQLAlchemy compiled (any engine) while in the block."""

    def __init__(self) -> None:
        self.found: list[str] = []

    def _note(self, _conn, _cursor, statement, _params, context, _many) -> None:
        if context.compiled is not None:
            self.found.append(" ".join(statement.split()))

    def __enter__(self) -> list[str]:
        sa.event.listen(Engine, "before_cursor_execute", self._note)
        return self.found

    def __exit__(self, *_exc: object) -> None:
        sa.event.remove(Engine, "before_cursor_execute", self._note)


def test_a_renders_and_a_reprints_writes_on_a_current_sqlite_register_compile_no_statement(tmp_path):
    """A batch numbered, an 8D filed for its complaint then revised (its stored rows and its
    case's tracking rows dropped: ``sheet_store.forget``), prints logged, a document got by
    number and re-printed (``_resolve``, the count's update, its case-log line), then ``kesu
    render --reprint``: nothing compiled — fails before render32 (forget's deletes, the
    re-print's look-ups, update and insert were SQLAlchemy statements). What they wrote is
    what they wrote before: the re-print counted, the rows dropped, the line logged."""
    db = tmp_path / "kesu.db"
    Register.open(db).close()  # (made and upgraded: what an opening compiles is the schema's)
    with Register.open(db) as reg:
        with _Compiled() as compiled:
            complaint = reg.issue(_record("complaint-from-system"), source_hash="c", source="c.json")
            eightd = reg.issue(_record("8d-valid"), source_hash="d", source="d.json")
        assert compiled == []
        assert reg.build_sheet_rows() >= 0  # (rows stored: a filing must drop them; built compiled)
        stored = sqlite3.connect(db)
        try:
            assert _count(stored, "sheet_rows") == 2 and _count(stored, "tracking_rows") == 1
            with _Compiled() as compiled:
                revised = reg.issue(
                    _record("8d-valid", number=eightd.number, emergency_actions="隔离在线库存，暂停出货。"),
                    source_hash="d2",
                    source="d.json",
                )
                assert revised.revised and revised.number == eightd.number
                reg.log_prints([_printed(eightd.number)])
            assert compiled == []
            # the 8D's stored row dropped (revised), and its complaint's tracking row (its case)
            assert (
                _count(stored, "sheet_rows", eightd.id) == 0
                and _count(stored, "sheet_rows", complaint.id) == 1
            )
            assert _count(stored, "tracking_rows") == 0
            with _Compiled() as compiled:
                got = reg.get(complaint.number, kind="complaint")
                again = reg.reprint(complaint.number)
            assert compiled == []
            assert _count(stored, "sheet_rows", complaint.id) == 0  # (its row shows the re-print)
        finally:
            stored.close()
        assert got.reprints == 0 and again.reprints == 1 and again.status == "re-printed"
        assert again.reprinted_at is not None and again.issued_at == got.issued_at
        assert [(e.event, e.detail) for e in reg.events(complaint.number)][-1] == ("re-printed", "#1")
        assert [p.mark for p in reg.printed(eightd.number)] == ["original"]
    with _Compiled() as compiled:
        code, out = run_cli(
            "render", "--reprint", complaint.number, "--kind", "complaint", "-o", tmp_path / "out", "--db", db
        )
    assert code == 0, out
    assert compiled == []
    with Register.open(db, read_only=True) as reg:
        assert reg.get(complaint.number).reprints == 2


def _count(conn: sqlite3.Connection, table: str, document_id: int | None = None) -> int:
    where = "" if document_id is None else f" WHERE document_id = {int(document_id)}"
    return conn.execute(f"SELECT count(*) FROM {table}{where}").fetchone()[0]


def _printed(number: str) -> dict:
    return {
        "kind": "8d",
        "number": number,
        "revision": 2,
        "mark": "original",
        "copies": "1-3",
        "output": "8d.docx",
        "file_hash": "ab",
    }


def test_a_batchs_insert_leaving_out_a_defaulted_column_is_text_on_the_driver(tmp_path):
    """``insert_many`` takes the table's name: its columns and defaults from register/_columns.py
    (schema's, written down), a column left out given its default, rows of different columns
    made whole — on the driver, nothing compiled (before: ``table.insert()``, compiled, for any
    row leaving out ``events.detail``, ``prints.copies`` …); a column the table has not refused."""
    db = tmp_path / "kesu.db"
    with Register.open(db) as reg:
        doc = reg.issue(_record("complaint-from-system"), source_hash="c")
        at = reg.get(doc.number).issued_at
    engine = connect(to_url(db), create=False)
    try:
        with _Compiled() as compiled, writing(engine) as conn:
            insert_many(conn, "events", [{"document_id": doc.id, "at": at, "event": "reminder"}])
            insert_many(
                conn,
                "prints",
                [
                    {"document_id": doc.id, "revision": 1, "at": at, "mark": "original"},
                    {
                        "document_id": doc.id,
                        "revision": 1,
                        "at": at,
                        "mark": "reprint",
                        "reprint_no": 1,
                        "output": "x",
                    },
                ],
            )
        assert compiled == []
        with writing(engine) as conn, pytest.raises(ValueError, match="no column colour"):
            insert_many(conn, "events", [{"document_id": doc.id, "at": at, "event": "x", "colour": "red"}])
    finally:
        engine.dispose()
    stored = sqlite3.connect(db)
    try:
        assert stored.execute("SELECT detail, actor FROM events WHERE event = 'reminder'").fetchall() == [
            ("", None)
        ]
        assert stored.execute(
            "SELECT mark, reprint_no, copies, output, file_hash FROM prints ORDER BY id"
        ).fetchall() == [
            ("original", None, "", "", ""),
            ("reprint", 1, "", "x", ""),
        ]
        assert stored.execute("SELECT count(*) FROM events WHERE event = 'x'").fetchone() == (0,)
    finally:
        stored.close()


def test_the_rules_look_ups_are_one_implementation_for_both_registers():
    """find, entry, linked and linked_records written once (lookups.Lookups), each register
    running their text its own way (documents_of) — test_jobs31 shows both find the same."""
    for name in ("find", "entry", "linked", "linked_records"):
        assert getattr(Register, name) is getattr(LiteRegister, name) is getattr(Lookups, name)
    assert queries.DEFAULTS["prints"] == {"copies": "", "output": "", "file_hash": ""}


def test_the_numbering_and_its_query_runner_import_no_sqlalchemy(tmp_path):
    """issuing (the numbering's transaction) and the query runner (register/runner.py, which
    ``schema`` gives too) import no SQLAlchemy: what a ``sqlite3`` writer would run needs none
    (the tables are imported by their PostgreSQL branches) — fails before render32 (issuing
    imported ``sqlalchemy`` and ``schema``'s tables)."""
    script = (
        "import sys\n"
        "from kesu_docs.register import issuing, runner\n"
        "assert issuing.rows_of is runner.rows_of\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'sqlalchemy' or m.endswith('register.schema')))\n"
    )
    done = python_process("-c", script, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
