"""A query's values as the DB-API driver takes and gives them, stored and read as SQLAlchemy's
types store and read them (dates as ISO text, moments as naive UTC text, records as JSON): the
one conversion both the standard library's ``sqlite3`` reader (:mod:`.lite`) and the numbering's
text run on SQLAlchemy's driver connection (:func:`.schema.rows_of`) use. A module of its own
beneath both, importing neither SQLAlchemy nor the register."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from . import queries

_UTC = dt.timezone.utc


def _date(value: Any) -> Any:
    return dt.date.fromisoformat(value) if type(value) is str else value


def _moment(value: Any) -> Any:
    """A stored moment (naive UTC, ``2026-09-03 01:02:03.000004``) as an aware UTC datetime."""
    return dt.datetime.fromisoformat(value).replace(tzinfo=_UTC) if type(value) is str else value


def _record(value: Any) -> Any:
    return json.loads(value) if type(value) is str else value


_READ = {"date": _date, "moment": _moment, "json": _record}


def _param(value: Any) -> Any:
    """A parameter as SQLAlchemy's SQLite types store it: a date as its ISO text, a moment as
    :class:`.sa_types.UTCDateTime` stores it (naive UTC, ``2026-09-03 01:02:03.000004``; a naive
    one taken as local time)."""
    if type(value) is str:  # (most: numbers, hashes, names)
        return value
    if isinstance(value, dt.datetime):
        return _stored_moment(value)
    return value.isoformat() if isinstance(value, dt.date) else value


def _stored_moment(value: Any) -> Any:
    """A moment as a batch's inserts store it: naive UTC text with a fraction's six digits
    always (``2026-09-03 01:02:03.000000``), the one form SQLAlchemy's SQLite ``DATETIME`` and
    :func:`_param` write (debts32: until round 31 a batch wrote ``…03`` for a whole second, the
    ``sqlite3`` adapter's form; registers holding it read the same, :func:`_moment`)."""
    if value is None:
        return None
    if not isinstance(value, dt.datetime):
        raise TypeError(f"a moment is a datetime, not {type(value).__name__}")
    # (naive means local time, as UTCDateTime takes it: astimezone's reading of a naive one)
    return value.astimezone(_UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


SQL_NULL = object()
"""A JSON column's value stored as SQL's NULL (a column a batch's row leaves out, as SQLAlchemy
stores it, ``sa.null()``): ``None`` is the JSON text ``null``."""


def _stored_json(value: Any) -> str | None:
    if value is SQL_NULL:
        return None
    return json.dumps(value)  # (as sa.JSON's default serialiser: None is "null")


# (a date goes to the driver as it is, as SQLAlchemy's ``Date`` gives it: ``sqlite3`` stores its ISO text)
_STORED: dict[str, Callable[[Any], Any]] = {"json": _stored_json, "moment": _stored_moment}


def stored(table: str, column: str) -> Callable[[Any], Any] | None:
    """What makes a value of ``table``'s ``column`` (:data:`.queries.WRITTEN_COLUMNS`) the value
    the ``sqlite3`` driver stores, as SQLAlchemy's column type binds it on SQLite (a record's JSON
    text, ``None`` as ``null`` as ``sa.JSON`` binds it; a moment's naive UTC text); None: the
    value as it is (a date too: the driver's adapter stores its ISO text). Held equal to the
    types' bind processors and the driver's adapters by tests/test_jobs31.py."""
    return _STORED.get(queries.STORED_IN[table].get(column, ""))


def bound(query: queries.Query) -> dict[str, Any]:
    """``query``'s parameters as the ``sqlite3`` driver takes them, stored as SQLAlchemy stores them."""
    return {k: _param(v) for k, v in query.params.items()}


def reader(query: queries.Query) -> Callable[[Sequence[Any]], tuple[Any, ...]] | None:
    """What reads a row of ``query`` as the driver gives it into its columns' values (dates,
    aware UTC moments, records) as SQLAlchemy's types read them; None: the row as it is."""
    typed = [
        (i, read)
        for i, read in enumerate(_READ.get(query.stored_as(name)) for name in query.columns)
        if read is not None
    ]
    if not typed:
        return None

    def read_row(row: Sequence[Any]) -> tuple[Any, ...]:
        values = list(row)
        for i, read in typed:
            values[i] = read(values[i])
        return tuple(values)

    return read_row


def read_all(rows: Iterable[Any], query: queries.Query) -> Iterable[Any]:
    """``rows`` of ``query`` as the driver gives them, each column read as the table stores it
    (:func:`reader`)."""
    read = reader(query)
    return rows if read is None else map(read, rows)


def fetched(cursor: Any, query: queries.Query) -> Iterator[tuple[Any, ...]]:
    """The rows of ``cursor`` running ``query`` (a ``sqlite3`` cursor, or SQLAlchemy's result of
    the text run on the driver), read as :func:`read_all` reads them, streamed."""
    while rows := cursor.fetchmany(2000):
        yield from read_all(rows, query)
