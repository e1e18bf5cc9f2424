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
import sys
from array import array
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from .document import Document, DocumentStatus, Event
from .schema import (
    documents,
    events,
    log_rows,
    register_meta,
    revisions,
    sheet_chunks,
    sheet_rows,
    tracking_rows,
)

META_KEY = "sheet_rows"  # register_meta: the layout (version) the stored rows follow
MEMO_KEY = "sheet_rows_text"  # register_meta: the program text the layout's version was read from
_CHUNK = 500
_MAPPED = 1 << 30  # bytes of the file an export maps (SQLite's mmap_size), reset after
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
    # the deflated segments the export made (:class:`Chunk`), and the first keys of the kept
    # ones it could not use (dropped when the new ones are stored), by sheet
    chunks: list[Chunk] = field(default_factory=list)
    stale: dict[str, set[int]] = field(default_factory=dict)
    segments: str = ""  # the version the chunks follow
    memo: str = ""  # the layout's memo (kept with the rows: see _layout)
    remember: bool = False  # the register lacks the memo: kept even when no row was made
    frame: dict[str, Any] | None = None  # the export's frame to keep (reports.export_frame)
    state: tuple = ()  # the register as the rows were made from it (see _state)

    def __bool__(self) -> bool:
        return bool(
            self.sheet
            or self.tracking
            or self.log
            or self.chunks
            or any(self.stale.values())
            or self.frame
            or self.remember
        )


@dataclass
class Chunk:
    """A segment of the register sheet's or the case log's rows, deflated (see schema.sheet_chunks)."""

    sheet: str
    keys: list[int]
    closed: bool
    deflated: Any  # reports.sheetxml.Deflated


def _order(table: Any = documents) -> list[Any]:
    """The export's order of documents (Register.documents')."""
    return [table.c.kind, table.c.period, sa.func.length(table.c.number), table.c.number]


def _layout(settings: Any, conn: Connection) -> Any:
    """The layout of ``settings``, its version recalled from the register when it was read from
    the same program text (see :meth:`.sheet_rows.Layout.recall`)."""
    from ..reports.sheet_rows import layout

    lay = layout(settings)
    lay.recall(_memo(conn))
    return lay


def _memo(conn: Connection) -> str | None:
    return conn.scalar(sa.select(register_meta.c.value).where(register_meta.c.key == MEMO_KEY))


def _remember(conn: Connection, memo: str) -> None:
    """Keep ``memo`` (:attr:`.sheet_rows.Layout.memo`) for the next export's :func:`_layout`."""
    if not memo:
        return
    found = _memo(conn)
    if found == memo:
        return
    if found is None:
        conn.execute(register_meta.insert().values(key=MEMO_KEY, value=memo))
    else:
        conn.execute(register_meta.update().where(register_meta.c.key == MEMO_KEY).values(value=memo))


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
    if sa.inspect(conn).has_table("sheet_chunks"):
        conn.execute(sheet_chunks.delete())
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
    made = Made(lay.version, everything=_version(conn) != lay.version, memo=lay.memo)
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
    _remember(conn, made.memo)
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
    if made.segments and sa.inspect(conn).has_table("sheet_chunks"):
        _keep_chunks(conn, made, [r["document_id"] for r in sheet])
    if made.frame is not None:
        _keep_frame(conn, made.frame)
    return len(sheet)


def _kept_frame(conn: Connection, lay: Any) -> dict[str, Any] | None:
    """The frame the register keeps for ``lay``'s export, if it keeps one of its version."""
    from ..reports import export_frame

    text = conn.scalar(sa.select(register_meta.c.value).where(register_meta.c.key == export_frame.KEY))
    return export_frame.load(text, lay.frame_version)


def _keep_frame(conn: Connection, frame: dict[str, Any]) -> None:
    """Keep the export's frame (one per register: the layout's)."""
    from ..reports import export_frame

    conn.execute(register_meta.delete().where(register_meta.c.key == export_frame.KEY))
    conn.execute(register_meta.insert().values(key=export_frame.KEY, value=export_frame.dumps(frame)))


# ---------------------------------------------------------------------- the deflated segments
_CHUNKED = {"register": (sheet_rows, sheet_rows.c.document_id), "log": (log_rows, log_rows.c.event_id)}


def _keys(members: bytes) -> array:
    keys = array("q", members)
    if sys.byteorder == "big":  # pragma: no cover - stored little-endian
        keys.byteswap()
    return keys


def _members(keys: Sequence[int]) -> bytes:
    found = array("q", keys)
    if sys.byteorder == "big":  # pragma: no cover
        found.byteswap()
    return found.tobytes()


def _holding(conn: Connection, sheet: str, keys: Iterable[int]) -> set[int]:
    """The first keys of the kept segments of ``sheet`` that hold a row of ``keys``."""
    wanted = set(keys)
    if not wanted:
        return set()
    query = sa.select(sheet_chunks.c.first_id, sheet_chunks.c.members).where(sheet_chunks.c.sheet == sheet)
    return {first for first, members in conn.execute(query) if not wanted.isdisjoint(_keys(members))}


def _delete_chunks(conn: Connection, sheet: str, firsts: Iterable[int]) -> None:
    """Delete the kept segments of ``sheet`` beginning at ``firsts``, each once, in batches."""
    ordered = sorted(set(firsts))
    for start in range(0, len(ordered), _CHUNK):
        conn.execute(
            sheet_chunks.delete().where(
                sheet_chunks.c.sheet == sheet, sheet_chunks.c.first_id.in_(ordered[start : start + _CHUNK])
            )
        )


def _drop_chunks_of(conn: Connection, sheet: str, keys: Iterable[int]) -> None:
    """Drop the kept segments of ``sheet`` that hold a row of ``keys`` (rows stored again)."""
    _delete_chunks(conn, sheet, _holding(conn, sheet, keys))


def _stored_rows(conn: Connection, sheet: str, keys: Sequence[int]) -> dict[int, bytes]:
    table, key = _CHUNKED[sheet]
    found: dict[int, bytes] = {}
    for start in range(0, len(keys), _CHUNK):
        for k, row in conn.execute(sa.select(key, table.c.row).where(key.in_(keys[start : start + _CHUNK]))):
            found[k] = row if type(row) is bytes else bytes(row)
    return found


def _keep_chunks(conn: Connection, made: Made, stored_documents: Sequence[int]) -> None:
    """Store the segments the export made whose rows are, byte for byte, the rows stored now
    (checked under the write lock: a row dropped or made again meanwhile leaves its segment
    out), after dropping the kept ones it could not use, those of another version and those
    holding a row stored again."""
    from ..reports.sheetxml import _deflate

    conn.execute(sheet_chunks.delete().where(sheet_chunks.c.version != made.segments))
    for sheet in _CHUNKED:  # the stale ones and those holding a row stored again, each deleted once
        stale = made.stale.get(sheet, set())
        _delete_chunks(
            conn, sheet, stale | _holding(conn, sheet, stored_documents) if sheet == "register" else stale
        )
    for sheet in _CHUNKED:
        chunks = [c for c in made.chunks if c.sheet == sheet]
        rows = _stored_rows(conn, sheet, [k for c in chunks for k in c.keys])
        kept = []
        for c in chunks:
            try:
                xml = b"".join([rows[k] for k in c.keys])
            except KeyError:  # a row not stored (changed meanwhile)
                continue
            data, crc, size = c.deflated
            if len(xml) == size and _deflate.crc32(xml) == crc:
                kept.append(
                    {
                        "sheet": sheet,
                        "first_id": c.keys[0],
                        "version": made.segments,
                        "members": _members(c.keys),
                        "closed": c.closed,
                        "size": size,
                        "crc": crc,
                        "data": data,
                    }
                )
        for start in range(0, len(kept), _CHUNK):
            conn.execute(_insert(conn, sheet_chunks), kept[start : start + _CHUNK])


def _chunked(
    conn: Connection,
    made: Made,
    sheet: str,
    ordered: Any,
    made_rows: dict[int, bytes],
    chunks: dict[int, Any],
    own: dict[int, Any] | None = None,
) -> Iterator[Any]:
    """A sheet's rows in ``ordered``'s order (a query of their keys) as deflated segments: the
    kept ones (``chunks``, by first key) where they still hold the same rows in the same place,
    the others made from the stored rows (and ``made_rows``, made by this export) — the
    segments a sheet of these rows has wherever they came from (see reports.sheetxml).
    ``own``: segments an earlier export made, ``made_rows`` included, from the register as it
    is now (kept in memory: :func:`stored`), joined where they hold the same rows in the same
    place."""
    from ..reports.sheetxml import Deflated, Segmenter

    keys = _column(conn, ordered)
    count = len(keys)
    index = _members(keys)
    missing = made_rows.keys()
    stale = made.stale.setdefault(sheet, set())
    pending: list[int] = []  # keys whose rows go into new segments
    cut = Segmenter()  # the segment being made

    def made_from(upto: list[int]) -> Iterator[Any]:
        """The rows of ``upto``, into new segments; the rows of an unended segment kept back."""
        stored_rows = _stored_rows(conn, sheet, [k for k in upto if k not in made_rows])
        for k in upto:
            row = made_rows.get(k)
            if row is None:
                row = stored_rows[k]
            ended = cut.add(row, k)
            if ended is not None:
                made.chunks.append(Chunk(sheet, ended[1], True, ended[0]))
                yield ended[0]
        upto.clear()

    p = 0
    while p < count:
        found = chunks.pop(keys[p], None)
        mine = own.pop(keys[p], None) if own else None
        if mine is not None:
            found = mine
        if found is not None:
            members_bytes, closed, data, crc, size = found
            n = len(members_bytes) // 8
            usable = (
                index[p * 8 : (p + n) * 8] == members_bytes
                and (closed or p + n == count)
                and (mine is not None or not missing or missing.isdisjoint(keys[p : p + n]))
            )
            if usable:
                for start in range(0, len(pending), _CHUNK * 4):  # the rows before it, in segments
                    yield from made_from(pending[start : start + _CHUNK * 4])
                pending.clear()
                if not cut:  # (else a segment goes on over it: made again)
                    yield Deflated(data, crc, size)
                    p += n
                    continue
            stale.add(keys[p])
        pending.append(keys[p])
        p += 1
        if len(pending) >= _CHUNK * 4:
            yield from made_from(pending)
    yield from made_from(pending)
    ended = cut.end()
    if ended is not None:  # the sheet's end
        made.chunks.append(Chunk(sheet, ended[1], False, ended[0]))
        yield ended[0]
    stale.update(chunks)  # kept segments whose first row is elsewhere now


def _column(conn: Connection, query: Any) -> list[int]:
    """The one column of ``query`` (no parameters), read through the driver's own cursor in the
    same transaction: 100,000 keys without a Python step each."""
    compiled = query.compile(dialect=conn.dialect)
    if compiled.params:  # pragma: no cover - the export's orders take none
        return list(conn.scalars(query))
    cursor = conn.connection.cursor()
    try:
        cursor.execute(str(compiled))
        return [row[0] for row in cursor.fetchall()]
    finally:
        cursor.close()


def _kept_chunks(conn: Connection, sheet: str, version: str) -> dict[int, Any]:
    """The kept segments of ``sheet`` of ``version``, by first key."""
    query = sa.select(
        sheet_chunks.c.first_id,
        sheet_chunks.c.members,
        sheet_chunks.c.closed,
        sheet_chunks.c.data,
        sheet_chunks.c.crc,
        sheet_chunks.c.size,
    ).where(sheet_chunks.c.sheet == sheet, sheet_chunks.c.version == version)
    found = {}
    for first, members, closed, data, crc, size in conn.execute(query):
        members = members if type(members) is bytes else bytes(members)
        found[first] = (
            members,
            bool(closed),
            data if type(data) is bytes else bytes(data),
            int(crc),
            int(size),
        )
    return found


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
    lay = _layout(register.settings, conn)
    _follow(conn, lay.version)  # another layout's rows dropped: all are missing
    _remember(conn, lay.memo)
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
    if sa.inspect(conn).has_table("sheet_chunks"):
        _drop_chunks_of(conn, "register", sheet)  # rows stored again: their segments go
        _build_chunks(conn, lay)
    return stored


def _segments_version(lay: Any) -> str:
    """What kept segments were cut by: the rows' layout and the segment rule's own version."""
    from ..reports.sheetxml import SEGMENTS

    return f"{lay.version}/{SEGMENTS}"


def _build_chunks(conn: Connection, lay: Any) -> None:
    """Make and store the deflated segments of the register sheet and the case log that are
    not kept (every row stored): the first export then only joins them."""
    made = Made(lay.version, segments=_segments_version(lay))
    for sheet, ordered in (
        ("register", sa.select(documents.c.id).order_by(*_order())),
        ("log", sa.select(events.c.id).order_by(events.c.at, events.c.id)),
    ):
        for _ in _chunked(conn, made, sheet, ordered, {}, _kept_chunks(conn, sheet, made.segments)):
            pass
    if made.chunks or any(made.stale.values()):
        _keep_chunks(conn, made, [])
    if _kept_frame(conn, lay) is None and lay.frame is not None:
        _keep_frame(conn, lay.frame)


# ---------------------------------------------------------------------- the export's read
@contextlib.contextmanager
def stored(
    conn: Connection, register: Any, as_of: dt.date, made: list[Made], previous: Made | None = None
) -> Iterator[Any]:
    """The export's rows: the stored ones, and the missing ones made from the records (appended
    to ``made``, for :func:`keep`); None on a register without the tables (an earlier version,
    only read) or lacking the rows of more than :data:`MADE_AT_EXPORT` documents. ``previous``:
    what the last export made and the register did not store (read-only), used again when the
    register is as it was then (:func:`_state`): a read-only register's rows, segments and
    frame are made once per process, not at each export.

    Yields ``((first documents, first cases, first log lines), (cases, documents, log lines),
    (tracking chunks, register chunks, log chunks), frame)``: the first rows as values (for the
    columns' widths), the counts, each sheet's rows as chunks of XML, read from ``conn``
    while the workbook is written, and the frame (:mod:`..reports.export_frame`: kept, else
    made) or None.
    """

    inspector = sa.inspect(conn)
    if not inspector.has_table("sheet_rows"):  # a register of an earlier version, only read
        yield None
        return
    lay = _layout(register.settings, conn)
    mapped = conn.dialect.name == "sqlite"
    if mapped:  # the stored rows read through a mapping of the file: no system call per page
        conn.exec_driver_sql(f"PRAGMA mmap_size = {_MAPPED}")
    try:
        counts = _counts(conn)
        state = _state(conn, inspector, lay, counts)
        again = previous is not None and previous.version == lay.version and previous.state == state
        if again:  # the register is as the last export saw it: its rows and segments serve again
            assert previous is not None
            found = previous
        else:
            missing = _missing(conn, state[0], counts)
            if len(missing[0]) > MADE_AT_EXPORT:  # a first export of a big register, another layout
                yield None
                return
            found = make(conn, register, lay, missing)
            found.segments, found.state = state[1], state
        if _memo(conn) != lay.memo:  # the version was read from the code: kept for the next export
            found.memo, found.remember = lay.memo, True
        frame = _kept_frame(conn, lay)
        if frame is None:  # made by openpyxl once per process, kept after the export
            frame = found.frame = lay.frame
        if frame is not None:  # the export writes its frame in
            lay.patterns = frame["middle"]
        made.append(found)
        own = found.chunks if again else []
        yield (*_streams(conn, register, lay, as_of, found, counts, own), frame)
    finally:
        if mapped:
            conn.exec_driver_sql("PRAGMA mmap_size = 0")


def _state(conn: Connection, inspector: Any, lay: Any, counts: dict[str, int]) -> tuple:
    """What the rows and segments an export makes depend on beyond their layout: whether the
    register's stored rows follow another layout, the segments' version, and the counts of
    documents, log lines and stored rows. Documents and log lines are never deleted and every
    write adds a line to the case log (a new document, a void, a revision, a re-print, a note),
    and a store adds rows: equal counts, the same register — an earlier export's rows and
    segments, kept in memory where the register could not store them, serve again."""
    segments = ""
    if inspector.has_table("sheet_chunks"):
        segments = _segments_version(lay)
    return (_version(conn) != lay.version, segments, tuple(sorted(counts.items())))


def _streams(
    conn: Connection,
    register: Any,
    lay: Any,
    as_of: dt.date,
    made: Made,
    count: dict[str, int],
    own: Sequence[Chunk] = (),
) -> Any:
    from ..reports.cases import load_cases
    from ..reports.sheet_rows import open_rows
    from ..reports.sheetxml import WIDTH_SAMPLE as _FIRST  # rows read for the columns' widths

    first_docs = register.documents(limit=_FIRST)
    complaints = register.documents(kind="complaint", limit=_FIRST)
    linked = [Document.from_row(row) for row in _linked(conn, [d.number for d in complaints])]
    first_cases = load_cases(
        register, register.settings, with_void=True, revisions=True, docs=complaints + linked
    )
    first_log = register.case_log(limit=_FIRST)
    everything = made.everything

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

    kept: dict[str, dict[int, Any]] = {"register": {}, "log": {}}
    if made.segments:
        kept = {sheet: _kept_chunks(conn, sheet, made.segments) for sheet in kept}
    mine: dict[str, dict[int, Any]] = {"register": {}, "log": {}}
    for c in own:  # an earlier export's segments of the register as it is now
        mine[c.sheet][c.keys[0]] = (_members(c.keys), c.closed, *c.deflated)
    register_rows = _chunked(
        conn,
        made,
        "register",
        sa.select(documents.c.id).order_by(*_order()),
        made.sheet,
        kept["register"],
        mine["register"],
    )
    log = _chunked(
        conn,
        made,
        "log",
        sa.select(events.c.id).order_by(events.c.at, events.c.id),
        made.log,
        kept["log"],
        mine["log"],
    )
    return (
        (first_docs, first_cases, first_log),
        (count["cases"], count["documents"], count["events"]),
        (open_rows(tracking(), as_of, lay), register_rows, log),
    )
