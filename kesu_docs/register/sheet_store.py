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
import dataclasses
import datetime as dt
import functools
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from . import queries, sheet_read, tracking_segments
from .document import Document, Event
from .runner import run
from .schema import (
    documents,
    events,
    log_rows,
    register_meta,
    sheet_chunks,
    sheet_rows,
    tracking_rows,
)
from .segments import CHUNK as _CHUNK
from .segments import Chunk, kept_chunks, keys_of, members_of
from .sheet_read import (
    MADE_AT_EXPORT,
    MEMO_KEY,
    META_KEY,
    Made,
    chunked,
    complete,
    segments_version,
    stored_rows,
)
from .stale_rows import forget as forget  # (a write's drop, without SQLAlchemy: its callers' name)

__all__ = ["MADE_AT_EXPORT", "Chunk", "Made", "SqlReader", "build", "forget", "keep", "missing", "stored"]


class SqlReader:
    """A :class:`.segments.Reader` of a transaction through SQLAlchemy (PostgreSQL, or a
    register opened through :class:`~.register.Register`): :mod:`.queries`' text typed by the
    schema's columns."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.dialect = conn.dialect.name

    def rows(self, query: queries.Query) -> Iterator[tuple[Any, ...]]:
        return run(self.conn, query)

    def column(self, query: queries.Query) -> list[Any]:
        return [row[0] for row in run(self.conn, query)]

    def execute(self, sql: str) -> None:
        self.conn.exec_driver_sql(sql)


def _layout(settings: Any, conn: Connection) -> Any:
    """The layout of ``settings`` (:func:`.sheet_read.layout_of`)."""
    return sheet_read.layout_of(settings, SqlReader(conn))


def _memo(conn: Connection) -> str | None:
    return sheet_read.memo(SqlReader(conn))


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
    return sheet_read.version(SqlReader(conn))


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


# ---------------------------------------------------------------------- making rows from the records
def _make_sheet(conn: Connection, lay: Any, ids: Sequence[int], made: Made) -> None:
    for start in range(0, len(ids), _CHUNK):
        part = ids[start : start + _CHUNK]
        # (read before the rows: a write committed between them, in a read that sees each
        # statement's state, PostgreSQL's READ COMMITTED, leaves the rows unkept, never stale)
        made.sources.update(_marks(conn, part))
        for row in conn.execute(sa.select(documents).where(documents.c.id.in_(part))):
            made.sheet[row.id] = lay.register_row(Document.from_row(row))


def _marks(conn: Connection, ids: Sequence[int]) -> dict[int, str]:
    """What the documents ``ids`` are stored as now (:func:`.queries.marks`), by id: the
    database's text, nothing of it decoded — cheap enough to read under the write lock."""
    return {i: mark for i, _, mark in run(conn, queries.marks(conn.dialect.name, ids))}


def _case_marks(conn: Connection, ids: Sequence[int]) -> dict[int, tuple]:
    """What each case's row is made from, as stored now: the complaint's mark and those of the
    documents filed against it (:func:`.queries.linked_marks`), by complaint id."""
    found = {i: (number, mark) for i, number, mark in run(conn, queries.marks(conn.dialect.name, ids))}
    by_case: dict[str, list[str]] = {}
    numbers = sorted({number for number, _ in found.values()})
    for number, mark in run(conn, queries.linked_marks(conn.dialect.name, numbers)):
        by_case.setdefault(number, []).append(mark)
    return {i: (mark, tuple(by_case.get(number, ()))) for i, (number, mark) in found.items()}


def _case_rows(conn: Connection, ids: Sequence[int]) -> list[Any]:
    """The complaints ``ids`` and the documents filed against them (what their rows are made of)."""
    complaints = list(conn.execute(sa.select(documents).where(documents.c.id.in_(ids))))
    return complaints + sheet_read.linked_rows(SqlReader(conn), sorted({c.number for c in complaints}))


def _make_tracking(conn: Connection, register: Any, lay: Any, ids: Sequence[int], made: Made) -> None:
    from ..reports.cases import load_cases

    for start in range(0, len(ids), _CHUNK):
        made.cases.update(_case_marks(conn, ids[start : start + _CHUNK]))  # (before the rows: as above)
        rows = _case_rows(conn, ids[start : start + _CHUNK])
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


def _missing(
    conn: Connection, everything: bool, counts: dict[str, int] | None = None
) -> tuple[list[int], list[int], Any]:
    """The documents without a stored row, the complaints without a tracking row (in id
    order) and the query of the log lines without one (every one of them: ``everything``;
    None when ``counts`` show that none lacks one: no anti-join over the whole register)."""
    if not everything and counts is not None and complete(counts):
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
    return sheet, cases, _log_missing()


def _log_missing() -> Any:
    """The query of the log lines without a stored row."""
    return (
        _log_query()
        .outerjoin(log_rows, log_rows.c.event_id == events.c.id)
        .where(log_rows.c.event_id.is_(None))
    )


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
    document (and each case's linked documents) is compared again here, under the write lock
    (SQLite's; on PostgreSQL the tables' lock that the writes' deletes wait for) — by what the
    database stores (:func:`_marks`, read when the rows were made, in the same read), nothing
    decoded: the records were read and the rows made before, outside the lock (robust33: the
    comparison of decoded records held it 1–3 s a build's step of 2,500 on a loaded machine)."""
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql("LOCK TABLE sheet_rows, tracking_rows IN SHARE ROW EXCLUSIVE MODE")
    if _version(conn) != made.version:
        if not made.everything:  # another layout stored meanwhile: these rows would be a few of ours
            return 0
        _follow(conn, made.version)
    _remember(conn, made.memo)
    ids = sorted(made.sheet)
    sheet: list[dict[str, Any]] = []
    for start in range(0, len(ids), _CHUNK):
        for i, mark in _marks(conn, ids[start : start + _CHUNK]).items():
            if made.sources.get(i) == mark:
                sheet.append({"document_id": i, "row": made.sheet[i]})
    ids = sorted(made.tracking)
    tracked = []
    for start in range(0, len(ids), _CHUNK):
        marks = _case_marks(conn, ids[start : start + _CHUNK])
        tracked += [
            {"document_id": i, **made.tracking[i]} for i, m in marks.items() if made.cases.get(i) == m
        ]
    if (sheet or tracked) and sa.inspect(conn).has_table("sheet_chunks"):
        # the segments holding a row stored again go in this same write, whatever made them (an
        # export, or a build's step: one cut short before the next write joins none of them)
        _drop_chunks_of(conn, "register", [r["document_id"] for r in sheet])
        _drop_chunks_of(conn, tracking_segments.NAME, [r["document_id"] for r in tracked])
    for table, rows in ((sheet_rows, sheet), (tracking_rows, tracked)):
        for start in range(0, len(rows), _CHUNK * 4):
            conn.execute(_insert(conn, table), rows[start : start + _CHUNK * 4])
    logged = [{"event_id": i, "row": r} for i, r in made.log.items()]  # a log line never changes
    for start in range(0, len(logged), _CHUNK * 4):
        conn.execute(_insert(conn, log_rows), logged[start : start + _CHUNK * 4])
    if made.segments and sa.inspect(conn).has_table("sheet_chunks"):
        _keep_chunks(conn, made)
    for lang, frame in made.frames.items():
        _keep_frame(conn, frame, lang)
    for lang, text in made.widths.items():  # (kept with their rows' digest: kept_widths compares it)
        _keep_widths(conn, lang, text)
    return len(sheet)


def _keep_widths(conn: Connection, lang: str, text: str) -> None:
    """Keep what the export's columns' widths in ``lang`` are made of (:func:`.sheet_read.kept_widths`)."""
    key = sheet_read.widths_key(lang)
    conn.execute(register_meta.delete().where(register_meta.c.key == key))
    conn.execute(register_meta.insert().values(key=key, value=text))


def _build_widths(conn: Connection, register: Any, lay: Any) -> None:
    """Make and keep what the Chinese export's columns' widths are made of, when the register
    keeps none of its first rows (every row stored): the first export then reads them."""
    from ..reports.tracking import fixed_widths

    reader = SqlReader(conn)
    digest, _ = sheet_read.first_rows_digest(reader, lay, "zh", Made(lay.version))
    if sheet_read.kept_widths(reader, "zh", digest) is None:
        fixed = fixed_widths("zh", *sheet_read.first_rows(reader, register))
        _keep_widths(conn, "zh", sheet_read.widths_text(digest, fixed))


def _kept_frame(conn: Connection, lay: Any) -> dict[str, Any] | None:
    return sheet_read.kept_frame(SqlReader(conn), lay)


def _keep_frame(conn: Connection, frame: dict[str, Any], lang: str = "zh") -> None:
    """Keep the export's frame in ``lang`` (one per register and language: the layout's)."""
    from ..reports import export_frame

    key = export_frame.key(lang)
    conn.execute(register_meta.delete().where(register_meta.c.key == key))
    conn.execute(register_meta.insert().values(key=key, value=export_frame.dumps(frame)))


# ---------------------------------------------------------------------- the deflated segments


def _holding(conn: Connection, sheet: str, keys: Iterable[int]) -> set[int]:
    """The first keys of the kept segments of ``sheet`` that hold a row of ``keys``."""
    wanted = set(keys)
    if not wanted:
        return set()
    query = sa.select(sheet_chunks.c.first_id, sheet_chunks.c.members).where(sheet_chunks.c.sheet == sheet)
    return {first for first, members in conn.execute(query) if not wanted.isdisjoint(keys_of(members))}


def _delete_chunks(conn: Connection, sheet: str, firsts: Iterable[int]) -> None:
    """Delete the kept segments of ``sheet`` beginning at ``firsts``, each once, in batches."""
    ordered = sorted(set(firsts))
    for start in range(0, len(ordered), _CHUNK):
        conn.execute(
            sheet_chunks.delete().where(
                sheet_chunks.c.sheet == sheet, sheet_chunks.c.first_id.in_(ordered[start : start + _CHUNK])
            )
        )


def _kept_names(conn: Connection, made: Made | None = None) -> set[str]:
    """The names segments are kept under (:func:`.queries.kept_as`: each sheet's, in each
    language an export was made in), and those ``made`` makes or found stale."""
    names = set(queries.SHEET_ROWS) | set(conn.scalars(sa.select(sheet_chunks.c.sheet).distinct()))
    if made is not None:
        names |= {c.sheet for c in made.chunks} | set(made.stale)
    return names


def _drop_chunks_of(conn: Connection, sheet: str, keys: Iterable[int]) -> None:
    """Drop the kept segments of ``sheet``, in every language, that hold a row of ``keys``
    (rows stored again)."""
    wanted = list(keys)
    for name in _kept_names(conn):
        if queries.sheet_of(name) == sheet:
            _delete_chunks(conn, name, _holding(conn, name, wanted))


def _keep_chunks(conn: Connection, made: Made) -> None:
    """Store the segments the export made whose rows are, byte for byte, the rows stored now
    (checked under the write lock: a row dropped or made again meanwhile leaves its segment
    out), after dropping the kept ones it could not use, those of another version (those
    holding a row stored again went with its storing: :func:`keep`)."""
    from ..reports.sheetxml import _deflate

    kept_versions = (made.segments, tracking_segments.version(made.segments))
    conn.execute(sheet_chunks.delete().where(sheet_chunks.c.version.notin_(kept_versions)))
    names = sorted(_kept_names(conn, made))
    for name in names:  # the stale ones
        _delete_chunks(conn, name, made.stale.get(name, set()))
    for name in names:
        chunks = [c for c in made.chunks if c.sheet == name]
        rows = _made_of(conn, name, [k for c in chunks for k in c.keys])
        tracking = name == tracking_segments.NAME
        kept = []
        for c in chunks:
            try:
                xml = b"".join([rows[k] for k in c.keys])
            except KeyError:  # a row not stored (changed meanwhile)
                continue
            data, crc, size = c.deflated
            made_from = c.source or (crc, size)  # (another language's: made from the stored rows)
            if len(xml) == made_from[1] and _deflate.crc32(xml) == made_from[0]:
                kept.append(
                    {
                        "sheet": name,
                        "first_id": c.keys[0],
                        "version": tracking_segments.version(made.segments) if tracking else made.segments,
                        "members": members_of(c.keys),
                        "closed": c.closed,
                        "size": size,
                        "crc": crc,
                        "data": data,
                    }
                )
        for start in range(0, len(kept), _CHUNK):
            conn.execute(_insert(conn, sheet_chunks), kept[start : start + _CHUNK])


def _made_of(conn: Connection, name: str, keys: Sequence[int]) -> dict[int, bytes]:
    """What the rows ``keys`` of the segments kept as ``name`` are made of now, by key: the
    stored rows (:func:`.tracking_segments.sources` for the tracking register's)."""
    if name == tracking_segments.NAME:
        return tracking_segments.sources(SqlReader(conn), keys)
    return stored_rows(SqlReader(conn), queries.sheet_of(name), keys)


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


BUILD_STEP = _CHUNK * 5
"""Documents whose rows :func:`build` makes in one read and stores in one write transaction (and
about the rows of the segments it keeps in one): each write compares what it stores with the
register again under the write lock, some 0.6 ms a document on a loaded machine — 2,500, not
5,000, so that another clerk waits for one such write ~2 s at most (robust32)."""


def build(
    reading: Callable[[], AbstractContextManager[Connection]],
    writing: Callable[[Callable[[Connection], Any]], Any],
    register: Any,
) -> int:
    """Make and store every missing row (all of them under a new layout), :data:`BUILD_STEP`
    documents at a time: each step's rows made from the records in a read (``reading()``: a
    transaction of its own, the register's write lock not held) and stored in a short write
    transaction of its own (``writing(work)``: ``work(conn)`` in one), where :func:`keep`
    compares each row's documents again under the write lock (a document changed meanwhile
    keeps no row: the next export makes it). Another clerk's batch waits for one step's
    storing at most, never for the whole build (``bench/register_bench.py --build-only``);
    the segments are kept a part at a time too (:func:`_in_parts`: one write checking every
    stored row held the lock 21 s at 100,000 on a loaded machine, robust32); a build cut
    short (a crash, Ctrl-C) has stored whole steps, and the next one makes what is missing.
    How many documents' rows were stored."""
    with reading() as conn:
        lay = _layout(register.settings, conn)
        sheet, cases, _ = _missing(conn, _version(conn) != lay.version)

    def follow(conn: Connection) -> None:
        _follow(conn, lay.version)  # another layout's rows dropped: all are missing
        _remember(conn, lay.memo)

    writing(follow)
    stored = 0
    for start in range(0, max(len(sheet), len(cases)), BUILD_STEP):
        made = Made(lay.version)
        with reading() as conn:
            _make_sheet(conn, lay, sheet[start : start + BUILD_STEP], made)
            _make_tracking(conn, register, lay, cases[start : start + BUILD_STEP], made)
        stored += writing(functools.partial(_kept, made))
    after = 0
    while True:  # the log lines without a row (a log line never changes), a step at a time
        made = Made(lay.version)
        with reading() as conn:
            query = _log_missing().where(events.c.id > after).order_by(events.c.id).limit(BUILD_STEP)
            for e in conn.execute(query):
                made.log[e.id] = lay.log_row(Event(e.number, e.kind, e.at.astimezone(), e.event, e.detail))
        if not made.log:
            break
        after = max(made.log)
        writing(functools.partial(_kept, made))
    with reading() as conn:
        segments = sa.inspect(conn).has_table("sheet_chunks")
    chunks: Made | None = None
    if segments:  # (those holding a row stored again went with each step's storing: keep)
        with reading() as conn:
            chunks = _made_chunks(conn, lay)
    # the segments a part at a time, each part's rows checked against the stored ones in a write
    # of its own (robust32: the whole register's check held the write lock ~4 s at 100,000)
    for part in _in_parts(chunks):
        writing(functools.partial(_store_chunks, register=register, lay=lay, made=part, last=False))
    last = None if chunks is None else Made(lay.version)  # (the frame and the widths: a write of their own)
    writing(functools.partial(_store_chunks, register=register, lay=lay, made=last))
    return stored


def _in_parts(made: Made | None) -> list[Made]:
    """``made``'s segments in parts of some :data:`BUILD_STEP` rows (the first part drops the
    kept ones it could not use): each stored by a write of its own."""
    if made is None:
        return []
    parts: list[list[Any]] = [[]]
    rows = 0
    for chunk in made.chunks:
        if rows >= BUILD_STEP:
            parts.append([])
            rows = 0
        parts[-1].append(chunk)
        rows += len(chunk.keys)
    return [
        dataclasses.replace(made, chunks=part, stale=made.stale if n == 0 else {})
        for n, part in enumerate(parts)
    ]


def _kept(made: Made, conn: Connection) -> int:
    """:func:`keep` as a step of :func:`build` (``writing(work)`` gives ``work`` the connection)."""
    return keep(conn, made)


def _made_chunks(conn: Connection, lay: Any) -> Made:
    """The deflated segments of the register sheet and the case log, and the tracking
    register's segments, that are not kept, made from the stored rows (:func:`_store_chunks`
    keeps those whose rows are still the stored ones)."""
    made = Made(lay.version, segments=segments_version(lay))
    reader = SqlReader(conn)
    for sheet in ("register", "log"):
        for _ in chunked(reader, made, sheet, {}, kept_chunks(reader, sheet, made.segments)):
            pass
    for _ in tracking_segments.rows(reader, made, dt.date.today()):
        pass
    return made


def _store_chunks(conn: Connection, register: Any, lay: Any, made: Made | None, last: bool = True) -> None:
    """After :func:`build` stored its rows: the segments ``made`` kept where their rows are the
    stored ones (checked under the write lock); ``last``: the export's frame and the columns'
    widths kept."""
    if made is not None and (made.chunks or any(made.stale.values())):
        _keep_chunks(conn, made)
    if not last:
        return
    if made is not None and _kept_frame(conn, lay) is None and lay.frame is not None:
        _keep_frame(conn, lay.frame)
    _build_widths(conn, register, lay)


# ---------------------------------------------------------------------- the export's read
@contextlib.contextmanager
def stored(
    conn: Connection,
    register: Any,
    as_of: dt.date,
    made: list[Made],
    previous: Made | None = None,
    lang: str = "zh",
) -> Iterator[Any]:
    """:func:`.sheet_read.stored` through SQLAlchemy: the rows the register lacks made from
    the records in the same read (none when more than :data:`MADE_AT_EXPORT` documents lack
    theirs: the export is then made from the records, and stores nothing)."""

    def make_missing(lay: Any, everything: bool, counts: dict[str, int]) -> Made | None:
        lacking = _missing(conn, everything, counts)
        if _beyond_export(lacking):
            return None
        return make(conn, register, lay, lacking)

    with sheet_read.stored(SqlReader(conn), register, as_of, made, previous, make_missing, lang) as found:
        yield found


def _beyond_export(lacking: tuple[list[int], list[int], Any]) -> bool:
    """Whether an export would make more documents' rows than it makes itself (:data:`MADE_AT_EXPORT`):
    it is then made from the records, cell by cell, and stores nothing."""
    return len(lacking[0]) > MADE_AT_EXPORT


def stale(conn: Connection, register: Any) -> bool:
    """Whether the next export would be made from the records, every row stored none (their
    layout changed with the program or the deadlines, or too many documents lack theirs):
    rows to store once (:func:`build`) where the register can be written."""
    if not sa.inspect(conn).has_table("sheet_rows"):  # an earlier version, only read: as it was
        return False
    everything = _version(conn) != _layout(register.settings, conn).version
    counts = sheet_read.counts(SqlReader(conn))
    if not everything and complete(counts):
        return False
    return _beyond_export(_missing(conn, everything, counts))
