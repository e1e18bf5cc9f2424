"""The export's rows written ahead, in the database: derived where the register writes, read by the export.

What a stored row holds and why: :mod:`kesu_docs.reports.sheet_rows`. Here: :func:`refresh`
writes the rows of the documents a write touched (and of the complaints they are filed
against: a complaint's row lists its 8D, return notes and allowances) and of their new log
lines, inside the writer's transaction; :func:`stored` hands the export each sheet's rows in
order when every row is there and was written under the current layout.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from .document import Document, DocumentStatus, Event
from .schema import documents, events, log_rows, register_meta, revisions, sheet_rows, tracking_rows

META_KEY = "sheet_rows"  # register_meta: the layout (version) the stored rows follow
_CHUNK = 500
_MAPPED = 1 << 30  # bytes of the file an export maps (SQLite's mmap_size), reset after
_FIRST = 300  # rows read as values for the columns' widths (WIDTH_SAMPLE)


def _order(table: Any = documents) -> list[Any]:
    """The export's order of documents (Register.documents')."""
    return [table.c.kind, table.c.period, sa.func.length(table.c.number), table.c.number]


def _layout(settings: Any) -> Any:
    from ..reports.sheet_rows import layout

    return layout(settings)


def _version(conn: Connection) -> str | None:
    return conn.scalar(sa.select(register_meta.c.value).where(register_meta.c.key == META_KEY))


def _follow(conn: Connection, lay: Any) -> None:
    """Record the layout the rows follow; rows of another layout are dropped (written again by
    :func:`build`)."""
    found = _version(conn)
    if found == lay.version:
        return
    if found is None:
        conn.execute(register_meta.insert().values(key=META_KEY, value=lay.version))
        return
    conn.execute(log_rows.delete())
    conn.execute(tracking_rows.delete())
    conn.execute(sheet_rows.delete())
    conn.execute(register_meta.update().where(register_meta.c.key == META_KEY).values(value=lay.version))


def refresh(
    conn: Connection,
    register: Any,
    doc_ids: Iterable[int | None],
    *,
    documents_changed: bool = True,
    created: Iterable[int | None] = (),
) -> None:
    """Write the rows of the documents ``doc_ids`` (and of the complaints they are filed
    against) and of their log lines without one, in the caller's transaction.
    ``documents_changed=False``: only log lines were added (a print); ``created``: documents
    inserted in this transaction (no row of theirs to replace)."""
    ids = sorted({i for i in doc_ids if i is not None})
    if not ids:
        return
    lay = _layout(register.settings)
    if getattr(register, "_rows_layout", None) != lay.version:  # checked once per register opened
        _follow(conn, lay)
        register._rows_layout = lay.version
    new = {i for i in created if i is not None}
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        if documents_changed:
            _document_rows(conn, register, lay, chunk, new)
        _log_rows(conn, lay, chunk)


def _document_rows(
    conn: Connection, register: Any, lay: Any, ids: Sequence[int], created: set[int] | None = None
) -> None:
    from ..reports.cases import load_cases

    docs = [Document.from_row(r) for r in conn.execute(sa.select(documents).where(documents.c.id.in_(ids)))]
    numbers = sorted(
        {d.number for d in docs if d.kind == "complaint"}
        | {d.case_number for d in docs if d.case_number}
        | _earlier_cases(conn, [d for d in docs if d.kind != "complaint" and d.revision > 1])
    )
    complaints = {d.id: d for d in docs}
    linked: list[Document] = []
    follow_ups = any(d.kind != "complaint" and d.case_number for d in docs)
    for start in range(0, len(numbers), _CHUNK):
        wanted = numbers[start : start + _CHUNK]
        if follow_ups:  # the complaints they are filed against
            for row in conn.execute(
                sa.select(documents).where(documents.c.kind == "complaint", documents.c.number.in_(wanted))
            ):
                complaints.setdefault(row.id, Document.from_row(row))
        linked += [
            Document.from_row(row)
            for row in conn.execute(
                sa.select(documents)
                .where(
                    documents.c.case_number.in_(wanted),
                    documents.c.status != DocumentStatus.VOID.value,
                    documents.c.kind != "complaint",
                )
                .order_by(*_order())
            )
        ]
    targets = list(complaints.values())
    cases = {
        c.doc.id: c
        for c in load_cases(
            register,
            register.settings,
            with_void=True,
            revisions=True,
            docs=[d for d in targets if d.kind == "complaint"] + linked,
        )
    }
    replaced = [d.id for d in targets if d.id not in (created or ())]
    if replaced:
        conn.execute(sheet_rows.delete().where(sheet_rows.c.document_id.in_(replaced)))
        conn.execute(tracking_rows.delete().where(tracking_rows.c.document_id.in_(replaced)))
    conn.execute(sheet_rows.insert(), [{"document_id": d.id, "row": lay.register_row(d)} for d in targets])
    tracked = [
        {
            "document_id": d.id,
            "overdue_row": None,
            "due": None,
            "day_key": None,
            **lay.tracking_row(cases[d.id]),
        }
        for d in targets
        if d.id in cases
    ]
    if tracked:
        conn.execute(tracking_rows.insert(), tracked)


def _earlier_cases(conn: Connection, revised: Sequence[Document]) -> set[str]:
    """The complaints the revised follow-ups were filed against before (a revision may move an
    8D to another case: the case it left lists it no more)."""
    if not revised:
        return set()
    query = sa.select(revisions.c.record).where(
        sa.tuple_(revisions.c.document_id, revisions.c.revision).in_(
            [(d.id, d.revision - 1) for d in revised]
        )
    )
    found = set()
    for (record,) in conn.execute(query):
        number = record.get("complaint_number") if isinstance(record, dict) else None
        if number:
            found.add(str(number))
    return found


def _log_rows(conn: Connection, lay: Any, ids: Sequence[int]) -> None:
    query = (
        sa.select(
            events.c.id, documents.c.number, documents.c.kind, events.c.at, events.c.event, events.c.detail
        )
        .join(documents, documents.c.id == events.c.document_id)
        .outerjoin(log_rows, log_rows.c.event_id == events.c.id)
        .where(events.c.document_id.in_(ids), log_rows.c.event_id.is_(None))
    )
    rows = [
        {"event_id": e.id, "row": lay.log_row(Event(e.number, e.kind, e.at.astimezone(), e.event, e.detail))}
        for e in conn.execute(query)
    ]
    if rows:
        conn.execute(log_rows.insert(), rows)


def complete(conn: Connection) -> bool:
    """Every document and log line has its stored row: as many rows as documents and lines (a
    row's key is its document's or line's, unique, and a foreign key to it)."""
    counts = [conn.scalar(sa.select(sa.func.count()).select_from(t)) for t in (documents, sheet_rows)]
    if counts[0] != counts[1]:
        return False
    complaints = conn.scalar(sa.select(sa.func.count()).where(documents.c.kind == "complaint"))
    if complaints != conn.scalar(sa.select(sa.func.count()).select_from(tracking_rows)):
        return False
    counts = [conn.scalar(sa.select(sa.func.count()).select_from(t)) for t in (events, log_rows)]
    return counts[0] == counts[1]


def missing(conn: Connection) -> int:
    """How many documents and log lines have no stored row."""
    docs = conn.scalar(
        sa.select(sa.func.count())
        .select_from(documents.outerjoin(sheet_rows, sheet_rows.c.document_id == documents.c.id))
        .where(sheet_rows.c.document_id.is_(None))
    )
    lines = conn.scalar(
        sa.select(sa.func.count())
        .select_from(events.outerjoin(log_rows, log_rows.c.event_id == events.c.id))
        .where(log_rows.c.event_id.is_(None))
    )
    return int(docs or 0) + int(lines or 0)


def build(conn: Connection, register: Any) -> int:
    """Write every missing row (all of them under a new layout); how many documents were written."""
    lay = _layout(register.settings)
    _follow(conn, lay)
    ids = list(
        conn.scalars(
            sa.select(documents.c.id)
            .outerjoin(sheet_rows, sheet_rows.c.document_id == documents.c.id)
            .where(sheet_rows.c.document_id.is_(None))
            .order_by(documents.c.id)
        )
    )
    logged = list(
        conn.scalars(
            sa.select(events.c.document_id)
            .outerjoin(log_rows, log_rows.c.event_id == events.c.id)
            .where(log_rows.c.event_id.is_(None))
            .distinct()
        )
    )
    for start in range(0, len(ids), _CHUNK):
        _document_rows(conn, register, lay, ids[start : start + _CHUNK])
    logged.sort()
    for start in range(0, len(logged), _CHUNK):
        _log_rows(conn, lay, logged[start : start + _CHUNK])
    return len(ids)


@contextlib.contextmanager
def stored(conn: Connection, register: Any, as_of: dt.date) -> Iterator[Any]:
    """The export's rows as stored, or None when some are missing or of another layout.

    Yields ``((first documents, first cases, first log lines), (cases, documents, log lines),
    (tracking chunks, register chunks, log chunks))``: the first rows as values (for the
    columns' widths), the counts, and each sheet's stored rows as chunks of XML, read from
    ``conn`` while the workbook is written.
    """

    inspector = sa.inspect(conn)
    if not inspector.has_table("sheet_rows"):  # a register of an earlier version, only read
        yield None
        return
    lay = _layout(register.settings)
    mapped = conn.dialect.name == "sqlite"
    if mapped:  # the stored rows read through a mapping of the file: no system call per page
        conn.exec_driver_sql(f"PRAGMA mmap_size = {_MAPPED}")
    try:
        if _version(conn) != lay.version or not complete(conn):
            yield None
            return
        yield _streams(conn, register, lay, as_of)
    finally:
        if mapped:
            conn.exec_driver_sql("PRAGMA mmap_size = 0")


def _streams(conn: Connection, register: Any, lay: Any, as_of: dt.date) -> Any:
    from ..reports.cases import load_cases
    from ..reports.sheet_rows import open_rows

    count = {
        "cases": conn.scalar(sa.select(sa.func.count()).where(documents.c.kind == "complaint")) or 0,
        "documents": conn.scalar(sa.select(sa.func.count()).select_from(documents)) or 0,
        "events": conn.scalar(sa.select(sa.func.count()).select_from(events)) or 0,
    }
    first_docs = register.documents(limit=_FIRST)
    complaints = register.documents(kind="complaint", limit=_FIRST)
    numbers = [d.number for d in complaints]
    linked = [
        Document.from_row(row)
        for row in conn.execute(
            sa.select(documents)
            .where(
                documents.c.case_number.in_(numbers),
                documents.c.status != DocumentStatus.VOID.value,
                documents.c.kind != "complaint",
            )
            .order_by(*_order())
        )
    ]
    first_cases = load_cases(
        register, register.settings, with_void=True, revisions=True, docs=complaints + linked
    )
    first_log = register.case_log(limit=_FIRST)

    def column(query: Any) -> Iterator[list[bytes]]:
        for rows in conn.execute(query).scalars().partitions(2000):
            yield [bytes(data) for data in rows] if rows and type(rows[0]) is not bytes else list(rows)

    overdue = tracking_rows.c.due < as_of  # the database picks an open case's fill
    tracking = conn.execute(
        sa.select(
            sa.case((overdue, tracking_rows.c.overdue_row), else_=tracking_rows.c.row),
            tracking_rows.c.day_key,
        )
        .join(documents, documents.c.id == tracking_rows.c.document_id)
        .where(documents.c.kind == "complaint")
        .order_by(*_order()[1:])
    ).partitions(2000)
    register_rows = column(
        sa.select(sheet_rows.c.row)
        .join(documents, documents.c.id == sheet_rows.c.document_id)
        .order_by(*_order())
    )
    log = column(
        sa.select(log_rows.c.row)
        .join(events, events.c.id == log_rows.c.event_id)
        .order_by(events.c.at, events.c.id)
    )
    return (
        (first_docs, first_cases, first_log),
        (count["cases"], count["documents"], count["events"]),
        (
            open_rows(tracking, as_of, lay),
            (b"".join(rows) for rows in register_rows),
            (b"".join(rows) for rows in log),
        ),
    )
