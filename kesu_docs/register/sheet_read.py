"""The export's read of its kept rows (:mod:`.sheet_store`), through either reader of the register.

``kesu register export`` of 100,000 documents must answer in under a second, start-up included
(issue 15); SQLAlchemy's import alone was a third of that. So what the export reads — the
counts, the kept rows and segments, the first rows for the columns' widths — is SQL text
(:mod:`.queries`) run through a :class:`Reader`: the standard library's ``sqlite3`` on a
current SQLite file (:class:`~.lite.LiteRegister`), SQLAlchemy elsewhere (PostgreSQL, a
register being written: :class:`.sheet_store.SqlReader`). Making rows from the records and
storing them is :mod:`.sheet_store`'s (SQLAlchemy); this module imports no database library.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from . import queries
from .document import Document, Event
from .segments import CHUNK, Chunk, Reader, kept_chunks, members_of, walk_segments

META_KEY = "sheet_rows"  # register_meta: the layout (version) the stored rows follow
MEMO_KEY = "sheet_rows_text"  # register_meta: the program text the layout's version was read from
WIDTHS_KEY = "export_widths"  # register_meta, one per language: the columns' widths and what they fit
_MAPPED = 1 << 30  # bytes of the file an export maps (SQLite's mmap_size), reset after
# at most this many documents' rows made by an export (≈ 0.3 ms and 20 KB of memory each);
# beyond, the export is made from the records as before and stores nothing (kesu register check)
MADE_AT_EXPORT = 5000
T = TypeVar("T")


@dataclass
class Made:
    """The rows an export made from the records (the cache's misses), and what each was made
    from (compared again before they are stored)."""

    version: str
    everything: bool = False  # the stored rows followed another layout: all were made
    sheet: dict[int, bytes] = field(default_factory=dict)
    tracking: dict[int, dict[str, Any]] = field(default_factory=dict)
    log: dict[int, bytes] = field(default_factory=dict)
    # what the rows were made from, as the database stored it (queries.marks): document id: its
    # mark; complaint id: its mark and its linked documents' (compared again before they are stored)
    sources: dict[int, str] = field(default_factory=dict)
    cases: dict[int, tuple] = field(default_factory=dict)
    # the deflated segments the export made (:class:`Chunk`), and the first keys of the kept
    # ones it could not use (dropped when the new ones are stored), by sheet
    chunks: list[Chunk] = field(default_factory=list)
    stale: dict[str, set[int]] = field(default_factory=dict)
    segments: str = ""  # the version the chunks follow
    memo: str = ""  # the layout's memo (kept with the rows: see layout_of)
    remember: bool = False  # the register lacks the memo: kept even when no row was made
    frames: dict[str, dict[str, Any]] = field(default_factory=dict)  # the frames to keep, by language
    widths: dict[str, str] = field(default_factory=dict)  # the widths to keep, by language (kept_widths)
    state: tuple = ()  # the register as the rows were made from it (see _state)

    def __bool__(self) -> bool:
        return bool(
            self.sheet
            or self.tracking
            or self.log
            or self.chunks
            or any(self.stale.values())
            or self.frames
            or self.widths
            or self.remember
        )


# ---------------------------------------------------------------------- small reads
def scalar(reader: Reader, query: queries.Query) -> Any:
    """The first column of the first row of ``query`` (None when it has none)."""
    for row in reader.rows(query):
        return row[0]
    return None


def has_table(reader: Reader, name: str) -> bool:
    return bool(scalar(reader, queries.has_table(reader.dialect, name)))


def memo(reader: Reader) -> str | None:
    return scalar(reader, queries.meta(MEMO_KEY))


def version(reader: Reader) -> str | None:
    return scalar(reader, queries.meta(META_KEY))


def layout_of(settings: Any, reader: Reader) -> Any:
    """The layout of ``settings``, its version recalled from the register when it was read from
    the same program text (see :meth:`.sheet_rows.Layout.recall`)."""
    from ..reports.sheet_rows import layout

    lay = layout(settings)
    lay.recall(memo(reader))
    return lay


def counts(reader: Reader) -> dict[str, int]:
    """How many documents, complaints and log lines the register holds, and how many stored rows
    of each sheet (:func:`.queries.export_counts`)."""
    query = queries.export_counts()
    found = next(reader.rows(query))
    return {name: int(value or 0) for name, value in zip(query.columns, found)}


def complete(found: dict[str, int]) -> bool:
    """Whether every document, complaint and log line has its stored row: a stored row is only
    ever kept for a document (a complaint, a log line) that is there (a foreign key), documents
    and log lines are never deleted, so as many rows as documents are one for each."""
    return (
        found["sheet_rows"] == found["documents"]
        and found["tracking_rows"] == found["cases"]
        and found["log_rows"] == found["events"]
    )


def all_stored(reader: Reader, settings: Any) -> bool:
    """Whether the export finds every row stored, of the layout it writes: it then makes none
    from the records (:mod:`.sheet_store`'s work, through SQLAlchemy)."""
    if not has_table(reader, "sheet_rows"):
        return False
    return version(reader) == layout_of(settings, reader).version and complete(counts(reader))


def kept_frame(reader: Reader, lay: Any, lang: str = "zh") -> dict[str, Any] | None:
    """The frame the register keeps for ``lay``'s export in ``lang``, if it keeps one of its version."""
    from ..reports import export_frame

    return export_frame.load(scalar(reader, queries.meta(export_frame.key(lang))), lay.frame_version)


def widths_key(lang: str) -> str:
    """The name the export's columns' widths in ``lang`` are kept under in ``register_meta``."""
    return f"{WIDTHS_KEY}:{lang}"


def first_rows_digest(reader: Reader, lay: Any, lang: str, made: Made) -> tuple[str, list[str | None]]:
    """What the export's columns' widths are made of, as a digest — the layout, the language
    and the rows (stored, else made by this export: ``made``) of each sheet's first
    :data:`~..reports.sheetxml.WIDTH_SAMPLE` rows, an open case's with the dates of its cells
    of the day: the same rows, the same cells, the same widths — and those dates (None for a
    closed case's row), the cells of the day being made as of the export's day."""
    from ..reports.sheetxml import WIDTH_SAMPLE

    digest = hashlib.sha256(repr((lay.version, lang, WIDTH_SAMPLE)).encode())
    days: list[str | None] = []
    for row, day, key in reader.rows(queries.first_tracking(WIDTH_SAMPLE)):
        if row is None or made.everything:
            row, day = made.tracking[key]["row"], made.tracking[key]["day_key"]
        days.append(day)
        digest.update(b"%d:" % len(row) + bytes(row) + (day or "").encode() + b"\n")
    for sheet, made_rows in (("register", made.sheet), ("log", made.log)):
        keys = reader.column(queries.sheet_keys(sheet, WIDTH_SAMPLE))
        found = {} if made.everything else stored_rows(reader, sheet, keys)
        digest.update(sheet.encode())
        for k in keys:
            row = made_rows[k] if k in made_rows else found[k]
            digest.update(b"%d:" % len(row) + row)
    return digest.hexdigest(), days


def kept_widths(reader: Reader, lang: str, digest: str) -> list[list[float]] | None:
    """What the columns' widths are made of that the register keeps for ``lang``'s export
    (:func:`..reports.tracking.fixed_widths`), if made from the rows of ``digest``
    (:func:`first_rows_digest`)."""
    text = scalar(reader, queries.meta(widths_key(lang)))
    try:
        kept = json.loads(text) if text else None
    except ValueError:
        return None
    if not isinstance(kept, dict) or kept.get("key") != digest:
        return None
    return kept.get("widths")


def widths_text(digest: str, widths: Sequence[Sequence[float]]) -> str:
    """The kept form of ``widths`` made from the rows of ``digest`` (:func:`kept_widths`)."""
    return json.dumps({"key": digest, "widths": [list(w) for w in widths]}, separators=(",", ":"))


def linked(reader: Reader, numbers: Sequence[str]) -> list[Document]:
    """The documents filed against the complaints ``numbers`` and not void, in export order."""
    return [Document.from_row(row) for row in linked_rows(reader, numbers)]


def linked_rows(reader: Reader, numbers: Sequence[str]) -> list[queries.Row]:
    """:func:`linked`'s rows, each by column name (what a case's stored row is made from:
    :mod:`.sheet_store` compares them again before it keeps the row)."""
    query = queries.linked(numbers)
    return [queries.Row(zip(query.columns, row)) for row in reader.rows(query)]


def case_log(reader: Reader, limit: int | None = None) -> list[Event]:
    """Every line of every document's case log, oldest first (the first ``limit``)."""
    return [
        Event(number, kind, at.astimezone(), event, detail)
        for kind, number, at, event, detail in reader.rows(queries.case_log(limit))
    ]


# ---------------------------------------------------------------------- the deflated segments
def stored_rows(reader: Reader, sheet: str, keys: Sequence[int]) -> dict[int, bytes]:
    """The stored rows of ``sheet`` (``register``, ``log``) of ``keys``, by key."""
    found: dict[int, bytes] = {}
    for start in range(0, len(keys), CHUNK):
        for k, row in reader.rows(queries.stored_rows(sheet, keys[start : start + CHUNK])):
            found[k] = row if type(row) is bytes else bytes(row)
    return found


def segments_version(lay: Any) -> str:
    """What kept segments were cut by: the rows' layout and the segment rule's own version."""
    from ..reports.sheetxml import SEGMENTS

    return f"{lay.version}/{SEGMENTS}"


def chunked(
    reader: Reader,
    made: Made,
    sheet: str,
    made_rows: dict[int, bytes],
    chunks: dict[int, Any],
    own: dict[int, Any] | None = None,
    words: Callable[[int, bytes], bytes] | None = None,
    name: str = "",
    keys: list[int] | None = None,
) -> Iterator[Any]:
    """A sheet's rows in the export's order as deflated segments: the
    kept ones (``chunks``, by first key) where they still hold the same rows in the same place,
    the others made from the stored rows (and ``made_rows``, made by this export) — the
    segments a sheet of these rows has wherever they came from (see reports.sheetxml).
    ``own``: segments an earlier export made, ``made_rows`` included, from the register as it
    is now (kept in memory: :func:`stored`), joined where they hold the same rows in the same
    place. ``words``: what turns a row into another language's
    (:meth:`.sheet_rows.Layout.in_language`), its segments kept as ``name`` (:func:`.queries.kept_as`).
    ``keys``: the sheet's keys in order, when read already."""
    from ..reports.sheetxml import Deflated, Segmenter, _deflate

    name = name or sheet

    if keys is None:
        keys = reader.column(queries.sheet_keys(sheet))
    stale = made.stale.setdefault(name, set())
    cut = Segmenter()  # the segment being made
    sources: list[bytes] = []  # the stored rows of the segment being made (another language's)

    def source() -> tuple[int, int] | None:
        if words is None:
            return None
        xml = b"".join(sources)
        sources.clear()
        return _deflate.crc32(xml), len(xml)

    def made_from(upto: list[int]) -> Iterator[Any]:
        """The rows of ``upto``, into new segments; the rows of an unended segment kept back."""
        found_rows = stored_rows(reader, sheet, [k for k in upto if k not in made_rows])
        for k in upto:
            row = made_rows.get(k)
            if row is None:
                row = found_rows[k]
            if words is not None:
                sources.append(row)
                row = words(k, row)
            ended = cut.add(row, k)
            if ended is not None:
                made.chunks.append(Chunk(name, ended[1], True, ended[0], source()))
                yield ended[0]

    def kept(found: Any) -> Any:
        return Deflated(found[2], found[3], found[4])

    yield from walk_segments(keys, chunks, own, made_rows.keys(), stale, cut, made_from, kept)
    ended = cut.end()
    if ended is not None:  # the sheet's end
        made.chunks.append(Chunk(name, ended[1], False, ended[0], source()))
        yield ended[0]


# ---------------------------------------------------------------------- the export's read
# (the rows the register lacks, made from the records: sheet_store.make's, given the missing ones)
Maker = Callable[[Any, bool, dict[str, int]], "Made | None"]


@contextlib.contextmanager
def stored(
    reader: Reader,
    register: Any,
    as_of: dt.date,
    made: list[Made],
    previous: Made | None,
    make: Maker,
    lang: str = "zh",
) -> Iterator[Any]:
    """The export's rows: the stored ones, and the missing ones made from the records by
    ``make(layout, everything, counts)`` (appended to ``made``, for
    :func:`.sheet_store.keep`); None on a register without the tables (an earlier version,
    only read) or when ``make`` makes none (more than :data:`MADE_AT_EXPORT` documents' rows
    missing). ``previous``: what the last export made and the register did not store
    (read-only), used again when the register is as it was then (:func:`_state`): a read-only
    register's rows, segments and frame are made once per process, not at each export.

    Yields ``((first documents, first cases, first log lines), (cases, documents, log lines),
    (tracking chunks, register chunks, log chunks), frame, widths)``: the first rows as values
    (for the columns' widths; None when the register keeps the widths they make:
    :func:`kept_widths`), the counts, each sheet's rows as chunks of XML, read from ``reader``
    while the workbook is written, the frame (:mod:`..reports.export_frame`: kept, else
    made) or None, and each sheet's columns' widths (with a frame). ``lang``: the language of the register sheet and the case log (kept in
    Chinese: another language's rows have their words put in, their segments kept beside the
    Chinese ones as :func:`.queries.kept_as` names them, and its frame beside the Chinese one).
    """
    if not has_table(reader, "sheet_rows"):  # a register of an earlier version, only read
        yield None
        return
    lay = layout_of(register.settings, reader)
    mapped = reader.dialect == "sqlite"
    if mapped:  # the stored rows read through a mapping of the file: no system call per page
        reader.execute(f"PRAGMA mmap_size = {_MAPPED}")
    try:
        found_counts = counts(reader)
        state = _state(reader, lay, found_counts)
        again = previous is not None and previous.version == lay.version and previous.state == state
        if again:  # the register is as the last export saw it: its rows and segments serve again
            assert previous is not None
            found = previous
        else:
            everything = state[0]
            if not everything and complete(found_counts):  # nothing to make: no anti-join, no make
                fresh: Made | None = Made(lay.version, memo=lay.memo)
            else:
                fresh = make(lay, everything, found_counts)
            if fresh is None:  # a first export of a big register, another layout
                yield None
                return
            found = fresh
            found.segments, found.state = state[1], state
        if memo(reader) != lay.memo:  # the version was read from the code: kept for the next export
            found.memo, found.remember = lay.memo, True
        frame = kept_frame(reader, lay, lang)
        if frame is None:  # made by openpyxl once per process, kept after the export
            frame = lay.frame_in(lang)
            if frame is not None:
                found.frames[lang] = frame
        if frame is not None:  # the export writes its frame in
            lay.patterns = frame["middle"]
        made.append(found)
        own = found.chunks if again else []
        first, widths = _widths(reader, register, lay, as_of, found, frame, lang)
        streams = _streams(reader, lay, as_of, found, found_counts, own, lang)
        yield (first, *streams, frame, widths)
    finally:
        if mapped:
            reader.execute("PRAGMA mmap_size = 0")


def _state(reader: Reader, lay: Any, found: dict[str, int]) -> tuple:
    """What the rows and segments an export makes depend on beyond their layout: whether the
    register's stored rows follow another layout, the segments' version, and the counts of
    documents, log lines and stored rows. Documents and log lines are never deleted and every
    write adds a line to the case log (a new document, a void, a revision, a re-print, a note),
    and a store adds rows: equal counts, the same register — an earlier export's rows and
    segments, kept in memory where the register could not store them, serve again."""
    segments = segments_version(lay) if has_table(reader, "sheet_chunks") else ""
    return (version(reader) != lay.version, segments, tuple(sorted(found.items())))


def _widths(
    reader: Reader, register: Any, lay: Any, as_of: dt.date, made: Made, frame: Any, lang: str
) -> tuple[Any, Any]:
    """The first rows as values (None when not needed) and the columns' widths (None without a
    frame). What the widths are made of that does not change with the day is kept in the
    register with the digest of the rows it was made from (:func:`first_rows_digest`): an
    export that finds it puts in its day's cells (:func:`..reports.tracking.day_widths`) and
    needs not make the first rows' values, nor import what makes them (the form models: a
    third of its time)."""
    from ..reports import tracking

    if frame is None:
        return first_rows(reader, register), None
    digest, days = first_rows_digest(reader, lay, lang, made)
    fixed = kept_widths(reader, lang, digest)
    first = None
    if fixed is None:
        first = first_rows(reader, register)
        fixed = tracking.fixed_widths(lang, *first)
        made.widths[lang] = widths_text(digest, fixed)
    return first, tracking.day_widths(fixed, days, as_of)


def first_rows(reader: Reader, register: Any) -> tuple[Any, Any, Any]:
    """The first documents, cases and log lines as values (for the columns' widths)."""
    from ..reports.cases import load_cases
    from ..reports.sheetxml import WIDTH_SAMPLE as _FIRST

    first_docs = register.documents(limit=_FIRST)
    complaints = register.documents(kind="complaint", limit=_FIRST)
    first_cases = load_cases(
        register,
        register.settings,
        with_void=True,
        revisions=True,
        docs=complaints + linked(reader, [d.number for d in complaints]),
    )
    return first_docs, first_cases, case_log(reader, limit=_FIRST)


def _streams(
    reader: Reader,
    lay: Any,
    as_of: dt.date,
    made: Made,
    count: dict[str, int],
    own: Sequence[Chunk] = (),
    lang: str = "zh",
) -> Any:
    from ..reports.sheet_rows import open_rows
    from . import tracking_segments

    names = {sheet: queries.kept_as(sheet, lang) for sheet in ("register", "log")}
    kept: dict[str, dict[int, Any]] = {name: {} for name in names.values()}
    if made.segments:
        kept = {name: kept_chunks(reader, name, made.segments) for name in kept}
    mine: dict[str, dict[int, Any]] = {}
    for c in own:  # an earlier export's segments of the register as it is now
        mine.setdefault(c.sheet, {})[c.keys[0]] = (members_of(c.keys), c.closed, *c.deflated)

    def rows_of(sheet: str, made_rows: dict[int, bytes], keys: list[int] | None = None) -> Iterator[Any]:
        name = names[sheet]
        words = None if lang == "zh" else _in_language(reader, lay, sheet, lang)
        return chunked(reader, made, sheet, made_rows, kept[name], mine.get(name), words, name, keys)

    # the documents' keys, read once: the complaints' are a run of them (kind first), the
    # tracking register's rows in its order
    documents = reader.column(queries.sheet_keys("register"))
    first = int(scalar(reader, queries.kinds_before("complaint")) or 0)
    complaints = documents[first : first + count["cases"]]
    register_rows = rows_of("register", made.sheet, documents)
    log = rows_of("log", made.log)
    tracking = tracking_segments.rows(reader, made, as_of, mine.get(tracking_segments.NAME), complaints)
    return (
        (count["cases"], count["documents"], count["events"]),
        (open_rows(tracking, as_of, lay), register_rows, log),
    )


def _in_language(reader: Reader, lay: Any, sheet: str, lang: str) -> Callable[[int, bytes], bytes]:
    """:meth:`.sheet_rows.Layout.in_language` of ``sheet``, what its words are made of read at
    the first row put into a new segment (none when every segment of the language is kept)."""
    made: list[Callable[[int, bytes], bytes]] = []

    def words(key: int, row: bytes) -> bytes:
        if not made:
            found = {r[0]: r[1:] for r in reader.rows(queries.worded(sheet))}
            made.append(lay.in_language(sheet, lang, found))
        return made[0](key, row)

    return words
