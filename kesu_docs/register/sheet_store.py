"""The export's rows, kept in the database as a cache: made by the export, dropped by writes.

What a stored row holds and why: :mod:`kesu_docs.reports.sheet_rows`. Writes of the register
make no row: :func:`forget` drops, in the writer's transaction and by primary key, the rows a
write makes wrong (the changed documents', and the row of the complaint they are filed against:
a complaint's row lists its 8D, return notes and allowances); a new document has none to drop.
:func:`stored` hands the export each sheet's rows in order, the stored ones as they are and
the missing ones (or all, when they follow another layout) made from the records in the same
read; :func:`keep` then stores what was made, in one short transaction, where nothing it was
made from changed meanwhile.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from .document import Document, DocumentStatus, Event
from .schema import documents, events, log_rows, register_meta, revisions, sheet_rows, tracking_rows

META_KEY = "sheet_rows"  # register_meta: the layout (version) the stored rows follow
_CHUNK = 500
_MAPPED = 1 << 30  # bytes of the file an export maps (SQLite's mmap_size), reset after
_FIRST = 300  # rows read as values for the columns' widths (WIDTH_SAMPLE)
# at most this many documents' rows made by an export (≈ 0.3 ms and 20 KB of memory each);
# beyond, the export is made from the records as before and stores nothing (kesu register check)
MADE_AT_EXPORT = 5000


@dataclass
class Made:
    """The rows an export made from the records (the cache's misses), and what each was made
    from (compared again before they are stored)."""

    version: str
    everything: bool = False  # the stored rows followed another layout: all were made
    sheet: dict[int, bytes] = field(default_factory=dict)
    tracking: dict[int, dict[str, Any]] = field(default_factory=dict)
    log: dict[int, bytes] = field(default_factory=dict)
    sources: dict[int, tuple] = field(default_factory=dict)  # document id: its row
    cases: dict[int, tuple] = field(default_factory=dict)  # complaint id: its row and linked rows

    def __bool__(self) -> bool:
        return bool(self.sheet or self.tracking or self.log)


def _order(table: Any = documents) -> list[Any]:
    """The export's order of documents (Register.documents')."""
    return [table.c.kind, table.c.period, sa.func.length(table.c.number), table.c.number]


def _layout(settings: Any) -> Any:
    from ..reports.sheet_rows import layout

    return layout(settings)


def _version(conn: Connection) -> str | None:
    return conn.scalar(sa.select(register_meta.c.value).where(register_meta.c.key == META_KEY))


def _follow(conn: Connection, version: str) -> None:
    """Record the layout the rows follow; rows of another layout are dropped."""
    found = _version(conn)
    if found == version:
        return
    if found is None:
        conn.execute(register_meta.insert().values(key=META_KEY, value=version))
        return
    conn.execute(log_rows.delete())
    conn.execute(tracking_rows.delete())
    conn.execute(sheet_rows.delete())
    conn.execute(register_meta.update().where(register_meta.c.key == META_KEY).values(value=version))


# ---------------------------------------------------------------------- writes: drop what they change
def forget(
    conn: Connection,
    changed: Iterable[Document | int | None] = (),
    *,
    cases: Iterable[str | None] = (),
) -> None:
    """Drop the stored rows of the ``changed`` documents (filed before this transaction) and
    the tracking rows of the complaints they are filed against, and of the complaints numbered
    ``cases`` (a follow-up filed against them), in the caller's transaction. A document given
    as its id is looked up (its kind and case); a new complaint costs nothing."""
    docs = [d for d in changed if isinstance(d, Document)]
    ids = sorted({d for d in changed if isinstance(d, int)})
    numbers = {c for c in cases if c}
    if ids:
        docs += [
            Document.from_row(r) for r in conn.execute(sa.select(documents).where(documents.c.id.in_(ids)))
        ]
    if docs:
        dropped = sorted({d.id for d in docs if d.id is not None})
        conn.execute(sheet_rows.delete().where(sheet_rows.c.document_id.in_(dropped)))
        conn.execute(tracking_rows.delete().where(tracking_rows.c.document_id.in_(dropped)))
        numbers |= {d.case_number for d in docs if d.kind != "complaint" and d.case_number}
        numbers |= _earlier_cases(conn, [d for d in docs if d.kind != "complaint" and d.revision > 1])
    if numbers:
        complaints = sa.select(documents.c.id).where(
            documents.c.kind == "complaint", documents.c.number.in_(sorted(numbers))
        )
        conn.execute(tracking_rows.delete().where(tracking_rows.c.document_id.in_(complaints)))


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


# ---------------------------------------------------------------------- making rows from the records
def _linked(conn: Connection, numbers: Sequence[str]) -> list[Any]:
    """The documents filed against the complaints ``numbers`` and not void, in export order."""
    return list(
        conn.execute(
            sa.select(documents)
            .where(
                documents.c.case_number.in_(numbers),
                documents.c.status != DocumentStatus.VOID.value,
                documents.c.kind != "complaint",
            )
            .order_by(*_order())
        )
    )


def _make_sheet(conn: Connection, lay: Any, ids: Sequence[int], made: Made) -> None:
    for start in range(0, len(ids), _CHUNK):
        for row in conn.execute(sa.select(documents).where(documents.c.id.in_(ids[start : start + _CHUNK]))):
            made.sources[row.id] = tuple(row)
            made.sheet[row.id] = lay.register_row(Document.from_row(row))


def _case_sources(conn: Connection, ids: Sequence[int]) -> tuple[list[Any], dict[int, tuple]]:
    """The complaints ``ids`` and the documents filed against them, with what each case's
    row is made from (its record and its linked documents' rows)."""
    complaints = list(conn.execute(sa.select(documents).where(documents.c.id.in_(ids))))
    linked = _linked(conn, sorted({c.number for c in complaints}))
    by_case: dict[str, list[tuple]] = {}
    for row in linked:
        by_case.setdefault(row.case_number, []).append(tuple(row))
    sources = {c.id: (tuple(c), tuple(by_case.get(c.number, ()))) for c in complaints}
    return complaints + linked, sources


def _make_tracking(conn: Connection, register: Any, lay: Any, ids: Sequence[int], made: Made) -> None:
    from ..reports.cases import load_cases

    for start in range(0, len(ids), _CHUNK):
        rows, sources = _case_sources(conn, ids[start : start + _CHUNK])
        made.cases.update(sources)
        docs = [Document.from_row(r) for r in rows]
        for case in load_cases(register, register.settings, with_void=True, revisions=True, docs=docs):
            assert case.doc.id is not None  # read from the register
            made.tracking[case.doc.id] = {
                "overdue_row": None,
                "due": None,
                "day_key": None,
                **lay.tracking_row(case),
            }


def _log_query() -> Any:
    return sa.select(
        events.c.id, documents.c.number, documents.c.kind, events.c.at, events.c.event, events.c.detail
    ).join(documents, documents.c.id == events.c.document_id)


def _counts(conn: Connection) -> dict[str, int]:
    """How many documents, complaints and log lines the register holds, and how many stored rows
    of each sheet: one statement, each count from an index or a table's page count."""

    def count(table: Any, *where: Any) -> Any:
        return sa.select(sa.func.count()).select_from(table).where(*where).scalar_subquery()

    found = conn.execute(
        sa.select(
            count(documents),
            count(documents, documents.c.kind == "complaint"),
            count(events),
            count(sheet_rows),
            count(tracking_rows),
            count(log_rows),
        )
    ).one()
    names = ("documents", "cases", "events", "sheet_rows", "tracking_rows", "log_rows")
    return {name: int(value or 0) for name, value in zip(names, found)}


def _complete(counts: dict[str, int]) -> bool:
    """Whether every document, complaint and log line has its stored row: a stored row is only
    ever kept for a document (a complaint, a log line) that is there (a foreign key), documents
    and log lines are never deleted, so as many rows as documents are one for each."""
    return (
        counts["sheet_rows"] == counts["documents"]
        and counts["tracking_rows"] == counts["cases"]
        and counts["log_rows"] == counts["events"]
    )


def _missing(
    conn: Connection, everything: bool, counts: dict[str, int] | None = None
) -> tuple[list[int], list[int], Any]:
    """The documents without a stored row, the complaints without a tracking row (in id
    order) and the query of the log lines without one (every one of them: ``everything``;
    None when ``counts`` show that none lacks one: no anti-join over the whole register)."""
    if not everything and counts is not None and _complete(counts):
        return [], [], None
    if everything:
        sheet = list(conn.scalars(sa.select(documents.c.id).order_by(documents.c.id)))
        cases = list(
            conn.scalars(
                sa.select(documents.c.id).where(documents.c.kind == "complaint").order_by(documents.c.id)
            )
        )
        return sheet, cases, _log_query()
    sheet = list(
        conn.scalars(
            sa.select(documents.c.id)
            .outerjoin(sheet_rows, sheet_rows.c.document_id == documents.c.id)
            .where(sheet_rows.c.document_id.is_(None))
            .order_by(documents.c.id)
        )
    )
    cases = list(
        conn.scalars(
            sa.select(documents.c.id)
            .outerjoin(tracking_rows, tracking_rows.c.document_id == documents.c.id)
            .where(documents.c.kind == "complaint", tracking_rows.c.document_id.is_(None))
            .order_by(documents.c.id)
        )
    )
    log_query = (
        _log_query()
        .outerjoin(log_rows, log_rows.c.event_id == events.c.id)
        .where(log_rows.c.event_id.is_(None))
    )
    return sheet, cases, log_query


def make(conn: Connection, register: Any, lay: Any, missing: tuple | None = None) -> Made:
    """The rows the register lacks (all of them when it keeps another layout's), made from the
    records as ``conn`` sees them (``missing``: :func:`_missing`'s answer, when known)."""
    made = Made(lay.version, everything=_version(conn) != lay.version)
    sheet, cases, log_query = missing or _missing(conn, made.everything)
    _make_sheet(conn, lay, sheet, made)
    _make_tracking(conn, register, lay, cases, made)
    for e in conn.execute(log_query) if log_query is not None else ():
        made.log[e.id] = lay.log_row(Event(e.number, e.kind, e.at.astimezone(), e.event, e.detail))
    return made


# ---------------------------------------------------------------------- storing what an export made
def _insert(conn: Connection, table: Any) -> Any:
    """An insert that leaves a row another export stored meanwhile."""
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert

        return insert(table).on_conflict_do_nothing()
    return table.insert().prefix_with("OR IGNORE")


def keep(conn: Connection, made: Made) -> int:
    """Store the rows ``made`` (in the writer's transaction ``conn``) whose documents are as
    they were when the rows were made; how many documents' rows were stored.

    A write after the export's read dropped nothing of a row that was not there: so each
    document's row (and each case's linked documents) is compared again here, under the write
    lock (SQLite's; on PostgreSQL the tables' lock that the writes' deletes wait for)."""
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql("LOCK TABLE sheet_rows, tracking_rows IN SHARE ROW EXCLUSIVE MODE")
    if _version(conn) != made.version:
        if not made.everything:  # another layout stored meanwhile: these rows would be a few of ours
            return 0
        _follow(conn, made.version)
    ids = sorted(made.sheet)
    sheet = []
    for start in range(0, len(ids), _CHUNK):
        for row in conn.execute(sa.select(documents).where(documents.c.id.in_(ids[start : start + _CHUNK]))):
            if made.sources.get(row.id) == tuple(row):
                sheet.append({"document_id": row.id, "row": made.sheet[row.id]})
    ids = sorted(made.tracking)
    tracked = []
    for start in range(0, len(ids), _CHUNK):
        _, sources = _case_sources(conn, ids[start : start + _CHUNK])
        tracked += [
            {"document_id": i, **made.tracking[i]} for i, s in sources.items() if made.cases.get(i) == s
        ]
    for table, rows in ((sheet_rows, sheet), (tracking_rows, tracked)):
        for start in range(0, len(rows), _CHUNK * 4):
            conn.execute(_insert(conn, table), rows[start : start + _CHUNK * 4])
    logged = [{"event_id": i, "row": r} for i, r in made.log.items()]  # a log line never changes
    for start in range(0, len(logged), _CHUNK * 4):
        conn.execute(_insert(conn, log_rows), logged[start : start + _CHUNK * 4])
    return len(sheet)


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
    """Make and store every missing row (all of them under a new layout) in the writer's
    transaction, a few thousand at a time; how many documents' rows were stored."""
    lay = _layout(register.settings)
    _follow(conn, lay.version)  # another layout's rows dropped: all are missing
    sheet, cases, log_query = _missing(conn, False)
    step = _CHUNK * 10
    stored = 0
    for start in range(0, max(len(sheet), len(cases)), step):
        made = Made(lay.version)
        _make_sheet(conn, lay, sheet[start : start + step], made)
        _make_tracking(conn, register, lay, cases[start : start + step], made)
        stored += keep(conn, made)
    lines = [
        {"event_id": e.id, "row": lay.log_row(Event(e.number, e.kind, e.at.astimezone(), e.event, e.detail))}
        for e in conn.execute(log_query)
    ]
    for start in range(0, len(lines), step):
        conn.execute(_insert(conn, log_rows), lines[start : start + step])
    return stored


# ---------------------------------------------------------------------- the export's read
@contextlib.contextmanager
def stored(conn: Connection, register: Any, as_of: dt.date, made: list[Made]) -> Iterator[Any]:
    """The export's rows: the stored ones, and the missing ones made from the records (appended
    to ``made``, for :func:`keep`); None on a register without the tables (an earlier version,
    only read) or lacking the rows of more than :data:`MADE_AT_EXPORT` documents.

    Yields ``((first documents, first cases, first log lines), (cases, documents, log lines),
    (tracking chunks, register chunks, log chunks))``: the first rows as values (for the
    columns' widths), the counts, and each sheet's rows as chunks of XML, read from ``conn``
    while the workbook is written.
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
        everything = _version(conn) != lay.version
        counts = _counts(conn)
        missing = _missing(conn, everything, counts)
        if len(missing[0]) > MADE_AT_EXPORT:  # a first export of a big register, another layout
            yield None
            return
        found = make(conn, register, lay, missing)
        made.append(found)
        yield _streams(conn, register, lay, as_of, found, counts)
    finally:
        if mapped:
            conn.exec_driver_sql("PRAGMA mmap_size = 0")


def _streams(
    conn: Connection, register: Any, lay: Any, as_of: dt.date, made: Made, count: dict[str, int]
) -> Any:
    from ..reports.cases import load_cases
    from ..reports.sheet_rows import open_rows

    first_docs = register.documents(limit=_FIRST)
    complaints = register.documents(kind="complaint", limit=_FIRST)
    linked = [Document.from_row(row) for row in _linked(conn, [d.number for d in complaints])]
    first_cases = load_cases(
        register, register.settings, with_void=True, revisions=True, docs=complaints + linked
    )
    first_log = register.case_log(limit=_FIRST)
    everything = made.everything

    def column(query: Any, found: dict[int, bytes]) -> Iterator[bytes]:
        for rows in conn.execute(query).partitions(2000):
            if not everything:
                try:  # every row stored (a server's driver may hand views of the bytes: joined as they are)
                    yield b"".join([data for _, data in rows])
                    continue
                except TypeError:  # a row made by this export
                    pass
            chunk = []
            for key, data in rows:
                if data is None or everything:
                    data = found[key]
                elif type(data) is not bytes:
                    data = bytes(data)
                chunk.append(data)
            yield b"".join(chunk)

    def tracking() -> Iterator[Sequence[Any]]:
        overdue = tracking_rows.c.due < as_of  # the database picks an open case's fill
        query = (
            sa.select(
                sa.case((overdue, tracking_rows.c.overdue_row), else_=tracking_rows.c.row),
                tracking_rows.c.day_key,
                documents.c.id,
            )
            .select_from(documents)
            .outerjoin(tracking_rows, tracking_rows.c.document_id == documents.c.id)
            .where(documents.c.kind == "complaint")
            .order_by(*_order()[1:])
        )
        stored_all = not everything and not made.tracking  # (what is not stored was made, in this read)
        for rows in conn.execute(query).partitions(2000):
            if stored_all:
                yield rows  # (row, key of its cells of the day, id)
                continue
            chunk = []
            for data, day, key in rows:
                if data is None or everything:
                    row = made.tracking[key]
                    late = row["due"] is not None and row["due"] < as_of
                    data, day = (row["overdue_row"] if late else row["row"]), row["day_key"]
                chunk.append((data, day))
            yield chunk

    register_rows = column(
        sa.select(documents.c.id, sheet_rows.c.row)
        .select_from(documents)
        .outerjoin(sheet_rows, sheet_rows.c.document_id == documents.c.id)
        .order_by(*_order()),
        made.sheet,
    )
    log = column(
        sa.select(events.c.id, log_rows.c.row)
        .select_from(events)
        .outerjoin(log_rows, log_rows.c.event_id == events.c.id)
        .order_by(events.c.at, events.c.id),
        made.log,
    )
    return (
        (first_docs, first_cases, first_log),
        (count["cases"], count["documents"], count["events"]),
        (open_rows(tracking(), as_of, lay), register_rows, log),
    )
