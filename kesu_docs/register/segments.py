"""The pieces every sheet an export keeps in deflated segments shares (the register sheet, the
case log: :mod:`.sheet_read`; the tracking register: :mod:`.tracking_segments`): a read
transaction's shape, a segment, its members' keys, the kept segments of a version, and the one
walk that cuts and joins a sheet's rows over them. A module below both, so neither imports the
other."""

from __future__ import annotations

import sys
from array import array
from collections.abc import Callable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

from . import queries

CHUNK = 500
T = TypeVar("T")


class Reader(Protocol):
    """One read transaction of the register: :mod:`.queries`' text run, its columns typed."""

    dialect: str

    def rows(self, query: queries.Query) -> Iterator[tuple[Any, ...]]:
        """The rows of ``query``, each column as the table stores it (a date, a moment, bytes)."""
        ...

    def column(self, query: queries.Query) -> list[Any]:
        """The first column of ``query``'s rows, read in one step (100,000 keys of a sheet)."""
        ...

    def execute(self, sql: str) -> None:
        """Run a statement that answers nothing the caller reads (a PRAGMA)."""
        ...


@dataclass
class Chunk:
    """A segment of the register sheet's or the case log's rows, deflated (see schema.sheet_chunks)."""

    sheet: str  # the name it is kept under (queries.kept_as: ``register``, ``register:en``)
    keys: list[int]
    closed: bool
    deflated: Any  # reports.sheetxml.Deflated
    # another language's: the CRC-32 and length of the stored rows it was made from (what
    # sheet_store.keep compares under the write lock); None: its XML is the stored rows
    source: tuple[int, int] | None = None


def keys_of(members: bytes) -> array:
    keys = array("q", members)
    if sys.byteorder == "big":  # pragma: no cover - stored little-endian
        keys.byteswap()
    return keys


def members_of(keys: Sequence[int]) -> bytes:
    found = array("q", keys)
    if sys.byteorder == "big":  # pragma: no cover
        found.byteswap()
    return found.tobytes()


def kept_chunks(reader: Reader, sheet: str, segments: str) -> dict[int, Any]:
    """The kept segments of ``sheet`` of the version ``segments``, by first key."""
    found = {}
    for first, members, closed, data, crc, size in reader.rows(queries.kept_chunks(sheet, segments)):
        found[first] = (
            members if type(members) is bytes else bytes(members),
            bool(closed),
            data if type(data) is bytes else bytes(data),
            int(crc),
            int(size),
        )
    return found


def walk_segments(
    keys: list[int],
    kept: dict[int, Any],
    own: dict[int, Any] | None,
    missing: AbstractSet[int],
    stale: set[int],
    cut: Any,
    made_from: Callable[[list[int]], Iterator[T]],
    use: Callable[[Any], T | None],
) -> Iterator[T]:
    """The walk of a sheet's ``keys`` over its kept segments, one for every sheet an export keeps
    in segments (the register's, the case log, the tracking register: :mod:`.tracking_segments`),
    so that each is cut and joined by the same rule. A kept segment (``own``, an earlier export's
    of the register as it is now, before ``kept``, by first key; ``(members, closed, data, …)``)
    is given to ``use`` where it holds the same rows in the same places, ends closed or at the sheet's
    end, and holds none of ``missing`` (the rows this export made: only ``own`` saw them), and
    no segment being made (``cut``) goes on over it; ``use`` returning None makes it again. The
    rows between go to ``made_from`` (which cuts them into new segments) CHUNK * 4 keys at most
    at a time. A kept segment not used, or whose first row is elsewhere now, is noted in
    ``stale``. The sheet's end (``cut.end()``) is the caller's."""
    count = len(keys)
    index = members_of(keys)
    pending: list[int] = []  # keys whose rows go into new segments

    def flush() -> Iterator[T]:
        yield from made_from(pending)
        pending.clear()

    p = 0
    while p < count:
        found = kept.pop(keys[p], None)
        mine = own.pop(keys[p], None) if own else None
        if mine is not None:
            found = mine
        if found is not None:
            members = found[0]
            n = len(members) // 8
            usable = (
                index[p * 8 : (p + n) * 8] == members
                and (found[1] or p + n == count)
                and (mine is not None or not missing or missing.isdisjoint(keys[p : p + n]))
            )
            if usable:
                yield from flush()  # the rows before it, in segments
                if not cut:  # (else the segment being made goes on over it: made again)
                    segment = use(found)
                    if segment is not None:
                        yield segment
                        p += n
                        continue
            stale.add(keys[p])
        pending.append(keys[p])
        p += 1
        if len(pending) >= CHUNK * 4:
            yield from flush()
    yield from flush()
    stale.update(kept)  # kept segments whose first row is elsewhere now
