"""The numbering transaction's look-ups and writes run as SQL text on the driver (issue 15, jobs30).

On SQLite the statements of a batch's numbering and of its print log go to the ``sqlite3``
driver as the text :mod:`kesu_docs.register.queries` writes (no SQLAlchemy statement built,
keyed for its cache and compiled), inside the same write transaction: a first step towards a
render on SQLite that needs no SQLAlchemy at all. What it finds and writes is the same (the
register suites); these tests hold that none of those statements is compiled, and that the
text reads back what SQLAlchemy's types read.
"""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa
from helpers import complaint

from kesu_docs.register import Register

MONTHS = ["2026-09-03", "2026-10-05", "2026-11-07"]


def _print(doc, mark="original"):
    return dict(
        kind=doc.kind,
        number=doc.number,
        document_id=doc.id,
        mark=mark,
        revision=doc.revision,
        copies="一式三份",
        output=f"out/{doc.number}.docx",
        file_hash="ab" * 32,
        reprint_no=0,
    )


def test_a_batch_its_rerun_a_revision_and_their_prints_compile_no_numbering_statement_on_sqlite(tmp_path):
    with Register.open(tmp_path / "kesu.db") as reg:
        reg.issue(complaint("预编号", number="202609002"), source_hash="pre")  # a number held ahead
        compiled: list[str] = []

        def note(_conn, _cursor, statement, _params, context, _many):
            if context.compiled is not None:
                compiled.append(" ".join(statement.split()))

        sa.event.listen(reg._engine, "before_cursor_execute", note)
        try:
            batch = [
                (complaint(f"客户{i}", received=MONTHS[i % 3]), f"h{i}", f"b.json#{i}") for i in range(6)
            ]
            done = reg.issue_many(batch)
            # the same files again (found by their source), a form of a filed case changed (found by
            # its natural key: its next revision), a form carrying a number; the first prints logged
            changed = complaint("客户0", received=MONTHS[0], description="C12 电容虚焊，复测仍无输出")
            again = reg.issue_many(
                [
                    *batch,
                    (changed, "h0-changed", "c.json"),
                    (complaint("带号", number="202609009"), "n9", "n.json"),
                ],
                prints=[_print(d) for d in done],
            )
            refused = reg.log_prints([_print(d) for d in again[6:]] + [_print(done[1])])
            printed = reg.originals_printed({(d.kind, d.number, d.revision, "original") for d in again})
            times = reg.revision_times({(d.id, d.revision) for d in again})
        finally:
            sa.event.remove(reg._engine, "before_cursor_execute", note)
        assert [d.number for d in done] == [
            "202609001",
            "202610001",
            "202611001",
            "202609003",
            "202610002",
            "202611002",
        ]
        assert [(d.number, d.created, d.revised) for d in again[:6]] == [
            (d.number, False, False) for d in done
        ]
        assert (again[6].number, again[6].revision, again[6].revised) == ("202609001", 2, True)
        assert (again[7].number, again[7].created) == ("202609009", True)
        assert refused == [2]  # 202610001's original was logged with the rerun's numbering
        assert len(printed) == 8 and ("complaint", "202609001", 2, "original") in printed
        assert all(when.tzinfo is not None for when in times.values()) and len(times) == 8
        with reg._engine.connect() as c:
            stored = sorted(n for (n,) in c.execute(sa.text("SELECT number FROM documents")))
        assert stored == [
            "202609001",
            "202609002",
            "202609003",
            "202609009",
            "202610001",
            "202610002",
            "202611001",
            "202611002",
        ]
    # only the export's stored rows of the revised document, dropped (register/sheet_store.py)
    assert [
        s for s in compiled if not s.startswith(("DELETE FROM sheet_rows", "DELETE FROM tracking_rows"))
    ] == []


BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


def _address(backend, request, tmp_path):
    return str(tmp_path / "kesu.db") if backend == "sqlite" else request.getfixturevalue("pg_url")


def _numberings_queries(first, scope, record_hash):
    """Every look-up of the numbering and of the print log (:mod:`.queries`, jobs30), each asked
    of rows it finds in a register holding ``first`` (revised once and printed)."""
    from kesu_docs.register import queries

    return {
        "documents_by number": queries.documents_by("number", "complaint", [first.number]),
        "documents_by record_hash": queries.documents_by("record_hash", "complaint", [record_hash]),
        "filed_from": queries.filed_from("complaint", ["a", "b"]),
        "revision_record": queries.revision_record(first.id, 1),
        "same_case_candidates": queries.same_case_candidates("complaint", ["甲"], [dt.date(2026, 9, 3)]),
        "numbers_held": queries.numbers_held("complaint", [first.number]),
        "counters_of": queries.counters_of(["complaint"], [scope]),
        "counter_locked": queries.counter_locked("complaint", scope),
        "latest_event": queries.latest_event(),
        "latest_of": queries.latest_of(first.id),
        "number_of": queries.number_of(first.id),
        "last_id": queries.last_id(),
        "numbered": queries.numbered([first.number]),
        "locked_documents": queries.locked_documents([first.id]),
        "prints_marked": queries.prints_marked([first.id], ["original"]),
        "prints_of_numbers": queries.prints_of_numbers([first.number]),
        "revision_moments": queries.revision_moments([first.id]),
    }


def _read_both_ways(db):
    """Of each look-up, the types of its values as the register reads them (schema.rows_of: on
    SQLite the driver's text), once held equal, value for value, to SQLAlchemy's typed text."""
    from kesu_docs.register.runner import rows_of
    from kesu_docs.register.schema import typed

    found = {}
    with Register.open(db) as reg:
        first = reg.issue(complaint("甲"), source_hash="a")
        reg.issue(complaint("甲", description="C12 电容虚焊，复测仍无输出"), source_hash="b")
        reg.log_prints([_print(first)])
        with reg._engine.begin() as conn:
            (scope,) = conn.execute(sa.text("SELECT scope FROM counters")).one()
            (record_hash,) = conn.execute(
                sa.text("SELECT record_hash FROM documents WHERE id = :i"), {"i": first.id}
            ).one()
            for name, query in _numberings_queries(first, scope, record_hash).items():
                if query.sql.endswith("FOR UPDATE") and conn.dialect.name == "sqlite":
                    continue  # (PostgreSQL's locks: SQLite's write lock holds, they are not run there)
                read = rows_of(conn, query)
                through = [dict(zip(query.columns, row)) for row in conn.execute(typed(query))]
                assert read == through and read, (db, name)
                found[name] = _value_types(read)
                assert found[name] == _value_types(through), (db, name)
    return found


def _value_types(rows):
    return [[type(v) for v in row.values()] for row in rows]


@pytest.mark.parametrize("backend", BACKENDS)
def test_the_numberings_queries_read_back_what_sqlalchemys_types_read(tmp_path, request, backend):
    """The look-ups through the driver (SQLite: 15, the two locking ones are PostgreSQL's) and
    through SQLAlchemy's typed text: equal values of equal types (dates, aware UTC moments,
    records), on the same rows; on PostgreSQL all 17 the same way, their values of the types
    SQLite's are."""
    on_sqlite = _read_both_ways(str(tmp_path / "kesu.db"))
    assert len(on_sqlite) == 15
    if backend == "postgresql":
        on_postgresql = _read_both_ways(request.getfixturevalue("pg_url"))
        assert len(on_postgresql) == 17
        assert {name: on_postgresql[name] for name in on_sqlite} == on_sqlite


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_moment_is_bound_as_the_register_stores_it(backend, request, tmp_path):
    """A query asking for a moment (aware, or naive local time) matches the stored moment, on the
    driver's text (SQLite) as through SQLAlchemy's types: it was bound as an ISO text with a
    ``T`` and ``+00:00`` (SQLite) or as a date, and matched nothing."""
    from kesu_docs.register import queries
    from kesu_docs.register.runner import rows_of
    from kesu_docs.register.schema import typed

    with Register.open(_address(backend, request, tmp_path)) as reg:
        doc = reg.issue(complaint("甲"), source_hash="a")
        with reg._engine.begin() as conn:
            (at,) = (row["at"] for row in rows_of(conn, queries.latest_of(doc.id)))
            assert at.tzinfo is not None and at.microsecond  # (the stored moment, to the microsecond)
            for moment in (
                at,
                at.astimezone(dt.timezone(dt.timedelta(hours=8))),
                at.astimezone().replace(tzinfo=None),
            ):
                q = queries.Query("", columns=("n",), types={"n": "int"})
                q.sql = f"SELECT count(*) AS n FROM events WHERE at = {q.bind(moment)}"
                assert rows_of(conn, q) == [{"n": 1}], moment
                assert conn.execute(typed(q)).scalar() == 1, moment


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_revised_row_not_found_refuses_the_whole_write_and_a_group_is_one_statement(
    backend, request, tmp_path
):
    """issuing.update_many: the rows setting the same columns are one statement run for each
    (PostgreSQL compiled and ran one a row); a row not there (its document gone under the batch)
    is refused with a RegisterError, and nothing of the transaction is kept."""
    from kesu_docs.register import RegisterError
    from kesu_docs.register.issuing import update_many

    with Register.open(_address(backend, request, tmp_path)) as reg:
        docs = [reg.issue(complaint(f"客户{i}"), source_hash=f"h{i}") for i in range(3)]
        ran: list[tuple[str, bool]] = []

        def note(_conn, _cursor, statement, _params, _context, many):
            if statement.lstrip().upper().startswith("UPDATE"):
                ran.append((statement, many))

        sa.event.listen(reg._engine, "before_cursor_execute", note)
        try:
            with reg._engine.begin() as conn:
                update_many(conn, "documents", {d.id: {"customer": f"新{d.id}"} for d in docs})
            assert len(ran) == 1 and ran[0][1], ran  # one statement, run for each row
            with pytest.raises(RegisterError) as refused:
                with reg._engine.begin() as conn:
                    update_many(
                        conn, "documents", {docs[0].id: {"customer": "又改"}, 10_000: {"customer": "无"}}
                    )
        finally:
            sa.event.remove(reg._engine, "before_cursor_execute", note)
        assert refused.value.code == "register_rows_missed"
        assert "documents" in str(refused.value) and "1" in str(refused.value)
        assert [reg.get(d.number).customer for d in docs] == [f"新{d.id}" for d in docs]  # nothing kept
        # a revision through the batch: its record (JSON), hash and moments set by the one statement
        filed = reg.issue(complaint("丁"), source_hash="d")
        revised = reg.issue(complaint("丁", description="C12 电容虚焊，复测仍无输出"), source_hash="d2")
        assert (revised.number, revised.revision) == (filed.number, 2)
        assert reg.find("complaint", filed.number)["description"] == "C12 电容虚焊，复测仍无输出"


@pytest.mark.postgres
def test_the_counters_and_the_printed_documents_are_locked_on_postgresql(pg_url):
    """On PostgreSQL the numbering locks each counter row it reads (``FOR UPDATE``) and the print
    log the documents whose prints it checks, until the transaction ends: a second connection
    asking for the same row without waiting is refused while kesu's transaction runs."""
    import psycopg

    with Register.open(pg_url) as reg:
        first = reg.issue(complaint("甲"), source_hash="a")  # the month's counter, committed
        probes: list[tuple[str, bool]] = []
        asks = {
            "FROM counters WHERE": "SELECT 1 FROM counters FOR UPDATE NOWAIT",
            "FROM documents WHERE id IN": f"SELECT 1 FROM documents WHERE id = {first.id} FOR UPDATE NOWAIT",
        }

        def probe(_conn, _cursor, statement, *_):
            for part, ask in asks.items():
                if part in statement and statement.lstrip().upper().startswith("SELECT"):
                    with psycopg.connect(pg_url, autocommit=True) as other:
                        other.execute("SET lock_timeout = '200ms'")
                        try:
                            other.execute(ask).fetchall()
                            probes.append((part, False))
                        except psycopg.errors.LockNotAvailable:
                            probes.append((part, True))

        sa.event.listen(reg._engine, "after_cursor_execute", probe)
        try:
            second = reg.issue(complaint("乙"), source_hash="b")
            reg.log_prints([_print(first)])
        finally:
            sa.event.remove(reg._engine, "after_cursor_execute", probe)
    assert second.number.endswith("002")
    assert {part for part, _ in probes} == set(asks) and all(locked for _, locked in probes), probes
