"""SQLAlchemy's types of the register's stored values, and :mod:`.queries`' text typed by them
(PostgreSQL's path of the one query runner, :mod:`.runner`). A module of its own, importing
nothing of the register's but the columns' index: :mod:`.schema` declares its tables with these
types and runs its look-ups through :mod:`.runner`, which types a query here — no module imports
one that imports it back (tests/test_import_map.py)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa

from ._columns import COLUMNS


class UTCDateTime(sa.types.TypeDecorator):
    """A moment stored as naive UTC on every database, read back as an aware UTC datetime."""

    impl = sa.DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.astimezone()  # naive means local time, as datetime.now() gives
        return value.astimezone(dt.timezone.utc).replace(tzinfo=None)

    def process_result_value(self, value: dt.datetime | None, dialect):
        return value.replace(tzinfo=dt.timezone.utc) if value is not None else None


_TYPES: dict[str, Any] = {
    "int": sa.Integer,
    "text": sa.Text,
    "bytes": sa.LargeBinary,
    "bool": sa.Boolean,
    "date": sa.Date,
    "moment": UTCDateTime,
    "json": sa.JSON,
}
"""The type of each storage (``driver_values``' words, as ``_columns.py`` names them)."""

_DOCUMENTS = {name: storage for name, storage, _ in COLUMNS["documents"]}
"""The ``documents`` table's columns and their storage (the columns' index: schema.py's tables)."""


def typed(query: Any) -> Any:
    """A query of :mod:`.queries` as SQLAlchemy runs it: its dates bound as dates, its moments as
    the tables store them (:class:`UTCDateTime`), its columns read back as the tables type them
    (moments as aware UTC, records as JSON, rows as bytes): a column of ``documents`` by its
    storage in the columns' index, any other as the query types it."""
    return text_of(query).columns(
        *(sa.column(n, _TYPES.get(query.types.get(n) or _DOCUMENTS.get(n, ""))) for n in query.columns)
    )


def text_of(query: Any) -> Any:
    """A query's text as SQLAlchemy runs it, its dates bound as dates, its moments as the
    tables store them."""
    text = sa.text(query.sql).bindparams(
        *(
            sa.bindparam(name, type_=UTCDateTime() if isinstance(v, dt.datetime) else sa.Date)
            for name, v in query.params.items()
            if isinstance(v, dt.date)
        )
    )
    return text.bindparams(**query.params)
