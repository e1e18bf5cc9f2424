"""The one query runner: the text of :mod:`.queries` run in the caller's transaction.

On SQLite the text goes to the driver as it is (``exec_driver_sql``: no SQLAlchemy statement
built, keyed and compiled, issue 15); on PostgreSQL typed by :mod:`.sa_types` (imported then). This
module imports no SQLAlchemy, so that what runs only the text (the numbering, :mod:`.issuing`)
needs none to be imported.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from . import driver_values, queries

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection


def execute(conn: Connection, query: Any) -> int:
    """A write of :mod:`.queries` (an UPDATE, a DELETE) in the caller's transaction; → the
    rows it changed. On SQLite the text on the driver (as :func:`run`), elsewhere typed."""
    if conn.dialect.name == "sqlite":
        return int(_on_driver(conn, query).rowcount)
    from .sa_types import text_of

    return int(conn.execute(text_of(query)).rowcount)


def run(conn: Connection, query: Any) -> Iterator[tuple[Any, ...]]:
    """The rows of a query of :mod:`.queries` in the caller's transaction, each column read as
    :func:`typed` reads it, streamed. On SQLite the text goes to the driver as it is (as
    :class:`.lite.LiteRegister` runs it: no SQLAlchemy statement built, keyed for its cache and
    compiled, most of a short look-up's cost, issue 15), its errors SQLAlchemy's as ever (the
    register's refusals: locked, damaged); elsewhere as :func:`typed`."""
    if conn.dialect.name == "sqlite":
        return driver_values.fetched(_on_driver(conn, query), query)
    from .sa_types import typed

    return iter(conn.execute(typed(query)))


def rows_of(conn: Connection, query: Any) -> list[queries.Row]:
    """:func:`run`'s rows, each by column name (as :meth:`.document.Document.from_row` reads
    one), read in one step (the numbering's look-ups: a few rows each)."""
    if conn.dialect.name == "sqlite":
        rows: Iterable[Any] = driver_values.read_all(_on_driver(conn, query).fetchall(), query)
    else:
        from .sa_types import typed

        rows = conn.execute(typed(query))
    return [queries.Row(zip(query.columns, row)) for row in rows]


def _on_driver(conn: Connection, query: Any) -> Any:
    return conn.exec_driver_sql(query.sql, driver_values.bound(query))


def current_version(conn: Connection) -> int:
    """The schema version of the database (0: empty)."""
    if not next(run(conn, queries.has_table(conn.dialect.name, "schema_version")))[0]:
        return 0
    return next(run(conn, queries.schema_version()))[0] or 0
