"""The tracking register's stored rows, kept in segments: an export reads a few hundred blobs,
not 100,000 rows.

``kesu register export`` of 100,000 documents read each complaint's stored tracking row through
a join, one row at a time, and joined them (half its time: issue 15). The register sheet's and
the case log's rows are kept as deflated segments joined into the zip as they are
(:mod:`.sheet_read`); the tracking register's cannot be: its part is deflated whole, in one
stream, as every earlier export wrote it (the same bytes), and an open case's row changes
with the day (its fill, its two cells of the day). So a segment here keeps what its rows'
export is made of — each row as not overdue and as overdue, the day each becomes overdue, the
keys of the cells of the day — compressed for storage (``sheet_chunks`` rows named
:data:`NAME`); the export inflates the segments it uses, picks each row's fill as of its day
(most segments: all rows the one way, a copy) and puts the cells of the day in as before
(:func:`..reports.sheet_rows.open_rows`).

A segment is used only where it holds, in the same places, the rows the register's order has,
none of them made by this export (a write dropped its stored row: a revision, a void, a status,
a case's stage, a document filed against the case), and of the layout (the program, the
deadlines, the frame) the export writes: :func:`version`. Storing a row again drops the
segments holding it (:mod:`.sheet_store`); a segment made by an export is stored only where the
rows it was made from are, under the write lock, the stored ones (:func:`source`). Its version
is its own (:func:`version`), so a program that does not know these segments drops them with
any segment of another version the first time it keeps one.
"""

from __future__ import annotations

import datetime as dt
import struct
import sys
from array import array
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import repeat
from typing import Any

from ..case import is_overdue
from . import queries

NAME = "tracking"  # the sheet_chunks name (and queries.SHEET_ROWS key) of the segments
FORMAT = 2  # how a segment is written (below): raise when it changes
ROWS = 256  # a segment ends after a row whose CRC-32 is a multiple of this: about one in 256
# mark, rows, the first and last day a row becomes overdue after (-1, -1: none can), then the
# compressed lengths of meta, rows, overdue rows
_HEAD = struct.Struct("<4sIqqIII")
_MARK = b"KTS%d" % FORMAT
_LEVEL = 1  # the stored parts' compression (inflated at every export: fast to undo matters)


@dataclass(frozen=True)
class Stored:
    """A complaint's stored tracking row (:meth:`..reports.sheet_rows.Layout.tracking_row`)."""

    row: bytes
    overdue: bytes | None = None
    due: dt.date | None = None
    day_key: str | None = None

    def shown(self, as_of: dt.date) -> tuple[bytes, str | None]:
        """The row as of ``as_of`` (overdue by :func:`..case.is_overdue`) and the key of its
        cells of the day."""
        late = self.due is not None and self.overdue is not None and is_overdue(self.due, as_of)
        return (self.overdue if late else self.row), self.day_key  # type: ignore[return-value]

    def source(self) -> bytes:
        """What the row is made of, written out: a segment is stored only where its rows' are
        the stored ones (checked under the write lock)."""
        due = self.due.isoformat() if self.due is not None else ""
        head = b"%d:%d:%s:%s|" % (
            len(self.row),
            len(self.overdue or b""),
            due.encode(),
            (self.day_key or "").encode(),
        )
        return head + self.row + (self.overdue or b"")


def version(segments: str) -> str:
    """The version of the tracking segments kept beside the others of ``segments``
    (:func:`.sheet_read.segments_version`)."""
    return f"{segments}/{NAME}{FORMAT}"


def _deflater() -> Any:
    from ..reports.sheetxml import _deflate

    return _deflate


def ends(row: bytes) -> bool:
    """Whether a segment ends after ``row`` (decided by its bytes: the same rows, the same cuts)."""
    return _deflater().crc32(row) % ROWS == 0


def encode(rows: Sequence[Stored]) -> tuple[bytes, int, int]:
    """The stored form of a segment of ``rows``, and the CRC-32 and length of their
    :meth:`Stored.source` (what sheet_store compares before keeping it)."""
    z = _deflater()
    source = b"".join(r.source() for r in rows)
    lengths = array("q", [len(r.row) for r in rows])
    lengths.extend(len(r.overdue if r.overdue is not None else r.row) for r in rows)
    lengths.extend(r.due.toordinal() if r.due is not None and r.overdue is not None else -1 for r in rows)
    if sys.byteorder == "big":  # pragma: no cover - stored little-endian
        lengths.byteswap()
    keys = "\n".join(r.day_key for r in rows if r.day_key is not None).encode()
    meta = z.compress(lengths.tobytes() + keys, _LEVEL)
    normal = z.compress(b"".join(r.row for r in rows), _LEVEL)
    dues = [r.due.toordinal() for r in rows if r.due is not None and r.overdue is not None]
    overdue = z.compress(b"".join(r.shown(dt.date.max)[0] for r in rows), _LEVEL) if dues else b""
    first, last = (min(dues), max(dues)) if dues else (-1, -1)
    head = _HEAD.pack(_MARK, len(rows), first, last, len(meta), len(normal), len(overdue))
    data = head + meta + normal + overdue
    return data, z.crc32(source), len(source)


def shown(data: bytes, as_of: dt.date) -> list[tuple[bytes, str | None]] | None:
    """A kept segment's rows as of ``as_of``, as :func:`..reports.sheet_rows.open_rows` takes
    them: the rows' XML, then one entry per cell of the day to put in (its key); None when it
    is not of this program's format."""
    z = _deflater()
    if len(data) < _HEAD.size:
        return None
    mark, n, first, last, meta_len, normal_len, overdue_len = _HEAD.unpack_from(data)
    if mark != _MARK:
        return None
    at = _HEAD.size
    meta = z.decompress(data[at : at + meta_len])
    at += meta_len
    text = meta[24 * n :].decode()
    day = as_of.toordinal()
    # the fill of each row as of the day by the one rule (..case.is_overdue), on the dues'
    # ordinals; the earliest due not overdue, none is; the latest overdue, all are
    if first < 0 or not is_overdue(first, day):  # no row overdue as of the day
        xml = z.decompress(data[at : at + normal_len])
    elif is_overdue(last, day):  # every row that can be overdue is
        xml = z.decompress(data[at + normal_len : at + normal_len + overdue_len])
    else:
        numbers = array("q")
        numbers.frombytes(meta[: 24 * n])
        if sys.byteorder == "big":  # pragma: no cover
            numbers.byteswap()
        late = [d >= 0 and is_overdue(d, day) for d in numbers[2 * n :]]
        xml = _mixed(
            z.decompress(data[at : at + normal_len]), z.decompress(data[at + normal_len :]), numbers, late
        )
    if not text:
        return [(xml, None)]
    keys = text.split("\n")
    marks = list(zip(repeat(b""), keys))  # (one entry per cell of the day: open_rows counts them)
    marks[0] = (xml, keys[0])
    return marks


def _mixed(normal: bytes, overdue: bytes, numbers: array, late: list[bool]) -> bytes:
    """The rows of a segment some of whose open cases are overdue: each from its body."""
    n = len(late)
    parts = []
    a = b = 0
    for i in range(n):
        size, late_size = numbers[i], numbers[n + i]
        parts.append(overdue[b : b + late_size] if late[i] else normal[a : a + size])
        a += size
        b += late_size
    return b"".join(parts)


def stored(reader: Any, keys: Sequence[int]) -> dict[int, Stored]:
    """The stored tracking rows of the complaints ``keys``, by key."""
    from .segments import CHUNK

    found: dict[int, Stored] = {}
    for start in range(0, len(keys), CHUNK):
        for k, row, overdue, due, day_key in reader.rows(queries.tracking_rows(keys[start : start + CHUNK])):
            found[k] = Stored(
                row if type(row) is bytes else bytes(row),
                None if overdue is None else overdue if type(overdue) is bytes else bytes(overdue),
                due,
                day_key,
            )
    return found


def sources(reader: Any, keys: Sequence[int]) -> dict[int, bytes]:
    """What the stored tracking rows of ``keys`` are made of (:meth:`Stored.source`), by key."""
    return {k: r.source() for k, r in stored(reader, keys).items()}


def made_row(made: dict[str, Any]) -> Stored:
    """A row an export made (:meth:`..reports.sheet_rows.Layout.tracking_row`) as stored."""
    return Stored(made["row"], made.get("overdue_row"), made.get("due"), made.get("day_key"))


class Cutter:
    """Rows gathered into segments, cut by :func:`ends`."""

    def __init__(self) -> None:
        self._rows: list[Stored] = []
        self._keys: list[int] = []

    def __bool__(self) -> bool:
        return bool(self._rows)

    def add(self, row: Stored, key: int) -> tuple[tuple[bytes, int, int], list[int]] | None:
        self._rows.append(row)
        self._keys.append(key)
        return self.end() if ends(row.row) else None

    def end(self) -> tuple[tuple[bytes, int, int], list[int]] | None:
        if not self._rows:
            return None
        ended = encode(self._rows), self._keys
        self._rows, self._keys = [], []
        return ended


def rows(
    reader: Any,
    made: Any,
    as_of: dt.date,
    own: dict[int, Any] | None = None,
    keys: list[int] | None = None,
) -> Iterator[list[tuple[bytes, str | None]]]:
    """The tracking register's rows as of ``as_of`` in the register's order, in lists as
    :func:`..reports.sheet_rows.open_rows` takes them: the kept segments (``made.segments``'
    :func:`version`) where they hold the same rows in the same places and none made by this
    export (``made.tracking``), the other rows read one by one (or made: ``made.tracking``)
    and cut into new segments (``made.chunks``; the kept ones not used in ``made.stale``).
    ``own``: the segments an earlier export of the register as it is now made (kept in memory);
    ``keys``: the complaints' ids in the register's order, when read already."""
    from ..reports.sheetxml import Deflated
    from .segments import Chunk, walk_segments

    if keys is None:
        keys = reader.column(queries.sheet_keys(NAME))
    kept = kept_segments(reader, made.segments) if made.segments else {}
    missing = made.tracking.keys()
    stale = made.stale.setdefault(NAME, set())
    cut = Cutter()

    def made_from(upto: list[int]) -> Iterator[list[tuple[bytes, str | None]]]:
        found = stored(reader, [k for k in upto if k not in missing])
        out = []
        for k in upto:
            row = made_row(made.tracking[k]) if k in missing else found[k]
            out.append(row.shown(as_of))
            ended = cut.add(row, k)
            if ended is not None:
                (data, crc, size), members = ended
                made.chunks.append(Chunk(NAME, members, True, Deflated(data, crc, size), (crc, size)))
        if out:
            yield out

    def used(found: Any) -> list[tuple[bytes, str | None]] | None:
        return shown(found[2], as_of)

    yield from walk_segments(keys, kept, own, missing, stale, cut, made_from, used)
    ended = cut.end()
    if ended is not None:  # the sheet's end
        (data, crc, size), members = ended
        made.chunks.append(Chunk(NAME, members, False, Deflated(data, crc, size), (crc, size)))


def kept_segments(reader: Any, segments: str) -> dict[int, Any]:
    """The kept tracking segments of ``segments``' :func:`version`, by first key."""
    from .segments import kept_chunks

    return kept_chunks(reader, NAME, version(segments))
