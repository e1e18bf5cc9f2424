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
        assert sorted(
            n for (n,) in reg._engine.connect().execute(sa.text("SELECT number FROM documents"))
        ) == [
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


def test_the_numberings_queries_read_back_what_sqlalchemys_types_read(tmp_path):
    """The same look-up through the driver and through SQLAlchemy's typed text: equal values,
    of equal types (dates, aware UTC moments, records), on the same transaction's rows."""
    from kesu_docs.register import queries
    from kesu_docs.register.issuing import rows_of
    from kesu_docs.register.schema import typed

    with Register.open(tmp_path / "kesu.db") as reg:
        first = reg.issue(complaint("甲"), source_hash="a")
        reg.issue(complaint("甲", description="C12 电容虚焊，复测仍无输出"), source_hash="b")
        reg.log_prints([_print(first)])
        asked = [
            queries.documents_by("number", "complaint", [first.number]),
            queries.filed_from("complaint", ["a", "b"]),
            queries.same_case_candidates("complaint", ["甲"], [dt.date(2026, 9, 3)]),
            queries.revision_record(first.id, 1),
            queries.latest_event(),
            queries.latest_of(first.id),
            queries.prints_of_numbers([first.number]),
            queries.revision_moments([first.id]),
        ]
        with reg._engine.connect() as conn:
            (scope,) = conn.execute(sa.text("SELECT scope FROM counters")).one()
            asked.append(queries.counters_of(["complaint"], [scope]))
            for query in asked:
                driver = rows_of(conn, query)
                through = [dict(zip(query.columns, row)) for row in conn.execute(typed(query))]
                assert driver == through and driver, query.sql
                assert [[type(v) for v in row.values()] for row in driver] == [
                    [type(v) for v in row.values()] for row in through
                ], query.sql
