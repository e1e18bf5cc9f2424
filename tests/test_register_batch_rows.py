"""A batch's rows (issue 15, eighth round): on SQLite a batch gives its documents their ids
itself, under the write lock, and its print log takes those ids without looking the documents
up again. What that must never change: a batch stopped half-way by the database leaves nothing
(no document, no revision, no log line, no counter moved), the next batch takes the same
numbers with no gap, and every revision, log line and print points at its own document, also
when another process filed documents between two batches.

Every test uses a real SQLite file in tmp_path; the refusal mid-batch is the database's own (a
trigger), not a stand-in for our code.
"""

from __future__ import annotations

import pytest
from helpers import complaint, issue_from_processes, sqlite_open

from kesu_docs.filing import render_paths
from kesu_docs.register import Register, RegisterError


def _batch(first: int, count: int, month: str = "2026-09-03") -> list[tuple]:
    return [
        (complaint(f"客户{i}", received=month), f"h{i}", f"batch.json#{i}")
        for i in range(first, first + count)
    ]


def _rows(db, sql: str) -> list[tuple]:
    with sqlite_open(db) as conn:
        return conn.execute(sql).fetchall()


def _assert_rows_point_at_their_documents(db) -> None:
    """Each revision was filed from its document's source; each log line and print names a
    document that exists; ids run without a hole, as SQLite gives them."""
    ids = [row[0] for row in _rows(db, "SELECT id FROM documents ORDER BY id")]
    assert ids == list(range(1, len(ids) + 1))
    wrong = _rows(
        db,
        "SELECT r.id FROM revisions r JOIN documents d ON d.id = r.document_id "
        "WHERE r.revision = 1 AND (r.source_hash != d.source_hash OR r.kind != d.kind)",
    )
    assert wrong == []
    assert _rows(
        db, "SELECT count(*) FROM revisions WHERE document_id NOT IN (SELECT id FROM documents)"
    ) == [(0,)]
    issued = _rows(
        db,
        "SELECT e.detail, d.source FROM events e JOIN documents d ON d.id = e.document_id WHERE e.event = 'issued'",
    )
    assert issued and all(detail == source for detail, source in issued)
    printed = _rows(
        db, "SELECT p.output, d.kind, d.number FROM prints p JOIN documents d ON d.id = p.document_id"
    )
    assert all(output.endswith(f"{kind}-{number}.docx") for output, kind, number in printed)


def test_a_batch_the_database_stops_half_way_leaves_nothing_and_the_next_takes_the_same_numbers(tmp_path):
    db = tmp_path / "kesu.db"
    with Register.open(db) as reg:
        first = reg.issue_many(_batch(0, 5))
        assert [d.number for d in first] == [f"20260900{i}" for i in range(1, 6)]
        # the database refuses the 7th log line of the next batch: its documents, revisions
        # and counters are written by then, in the same transaction
        with sqlite_open(db) as conn:
            conn.execute(
                "CREATE TRIGGER stop_half_way BEFORE INSERT ON events "
                "WHEN NEW.detail = 'batch.json#11' BEGIN SELECT RAISE(ABORT, 'stopped half-way'); END"
            )
        with pytest.raises(RegisterError):
            reg.issue_many(_batch(5, 10))
        assert _rows(db, "SELECT count(*) FROM documents") == [(5,)]
        assert _rows(db, "SELECT count(*) FROM revisions") == [(5,)]
        assert _rows(db, "SELECT count(*) FROM events") == [(5,)]
        assert _rows(db, "SELECT last_serial FROM counters") == [(5,)]
        with sqlite_open(db) as conn:
            conn.execute("DROP TRIGGER stop_half_way")
        again = reg.issue_many(_batch(5, 10))
    assert [d.number for d in again] == [f"2026090{i:02d}" for i in range(6, 16)]  # no gap, none twice
    assert [d.id for d in again] == list(range(6, 16))  # the ids the batch gave are the rows'
    _assert_rows_point_at_their_documents(db)


def test_ids_given_under_the_lock_follow_documents_another_process_filed_meanwhile(tmp_path):
    db = tmp_path / "kesu.db"
    with Register.open(db) as reg:
        reg.issue_many(_batch(0, 3))
    # real processes filing September and October batches at the same moment
    issue_from_processes(f"sqlite:///{db}", processes=3, each=20, batch=5)
    with Register.open(db) as reg:
        later = reg.issue_many(_batch(100, 4, "2026-10-05"))
        assert all(reg.get(d.number).source_hash == d.source_hash for d in later)
        assert [d.id for d in later] == [d.id for d in reg.documents()][-4:]
    _assert_rows_point_at_their_documents(db)


def test_prints_are_logged_against_the_documents_just_numbered(tmp_path):
    """The print log takes each document's id from its issue: a rerun writes nothing and a
    document is never logged twice."""
    from hostile import complaint as record
    from hostile import write_json

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for i in range(12):
        write_json(inbox / f"c{i:02d}.json", record(customer=f"客户{i}"))
    db, out = tmp_path / "kesu.db", tmp_path / "out"
    with Register.open(db) as reg:
        filed = render_paths([inbox], out, register=reg)
        assert all(f.ok and f.printed == "original" for f in filed)
        for f in filed:
            (log,) = reg.printed(f.number)
            assert (log.mark, log.output, log.revision) == ("original", str(f.output), 1)
        rerun = render_paths([inbox], out, register=reg)
        assert all(f.printed == "unchanged" for f in rerun)
        assert _rows(db, "SELECT count(*) FROM prints") == [(12,)]
    _assert_rows_point_at_their_documents(db)
