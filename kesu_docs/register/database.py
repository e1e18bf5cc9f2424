"""Where the register lives: an SQLite file or a PostgreSQL server, and how to write to it safely.

Every write runs in one transaction that first takes the write lock — SQLite: ``BEGIN
IMMEDIATE`` with a busy timeout, so concurrent processes queue instead of failing;
PostgreSQL: the counter row is read ``FOR UPDATE`` (see :mod:`.register`). The number and
the document's row are committed together or not at all, which keeps series gapless.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import URL, Connection, Engine
from sqlalchemy.exc import ArgumentError, NoSuchModuleError

from .errors import RegisterError

BUSY_TIMEOUT_MS = 60_000  # a clerk's batch may hold the lock for a few seconds
PG_CONNECT_TIMEOUT_S = 5  # an unreachable server must fail fast with a clear message
_PG_MIGRATION_LOCK = 0x6B657375  # advisory lock id ("kesu") serialising schema upgrades


def to_url(target: str | os.PathLike) -> URL:
    """``kesu.db`` / ``sqlite:///kesu.db`` / ``postgresql://u@host/db`` → an SQLAlchemy URL.

    PostgreSQL goes through psycopg 3 (``postgresql+psycopg``) unless a driver is named.
    """
    text = os.fspath(target)
    if "://" not in text:
        return URL.create("sqlite", database=str(Path(text).expanduser().resolve()))
    try:
        url = sa.make_url(text)
    except ArgumentError:
        raise RegisterError("register_unsupported", url=text) from None
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    if url.get_backend_name() not in ("sqlite", "postgresql"):
        raise RegisterError("register_unsupported", url=url.render_as_string(hide_password=True))
    return url


def shown(url: URL) -> str:
    """The address as a clerk may see it: the file path, or the URL without its password."""
    if url.get_backend_name() == "sqlite":
        return url.database or ":memory:"
    return url.render_as_string(hide_password=True)


def connect(url: URL, *, create: bool) -> Engine:
    """An engine for ``url``; with ``create=False`` a missing SQLite file is an error."""
    backend = url.get_backend_name()
    if backend == "sqlite":
        path = url.database
        if path and path != ":memory:" and not path.startswith("file:"):
            if not create and not Path(path).is_file():
                raise RegisterError("register_missing", url=path)
            if not Path(path).parent.is_dir():
                raise RegisterError("register_no_folder", url=path)
        engine = sa.create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        _sqlite_locking(engine)
        return engine
    try:
        return sa.create_engine(
            url, connect_args={"connect_timeout": PG_CONNECT_TIMEOUT_S}, pool_pre_ping=True
        )
    except (NoSuchModuleError, ImportError) as exc:
        raise RegisterError(
            "register_unreachable", url=shown(url), reason=f"{exc} (pip install 'kesu-docs[postgres]')"
        ) from None


def _sqlite_locking(engine: Engine) -> None:
    """Let us issue BEGIN ourselves, so a write can take the lock up front (BEGIN IMMEDIATE)."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record) -> None:
        dbapi_conn.isolation_level = None  # the driver must not open transactions by itself
        cursor = dbapi_conn.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        # WAL: readers never block the writer; NORMAL sync is durable across a crash of the
        # program and only risks the last commits on power loss — and costs no fsync per number.
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        write = conn.get_execution_options().get("kesu_write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


@contextlib.contextmanager
def writing(engine: Engine) -> Iterator[Connection]:
    """A transaction holding the register's write lock; committed when the block ends."""
    with engine.connect() as conn:
        conn.execution_options(kesu_write=True)
        with conn.begin():
            yield conn


@contextlib.contextmanager
def reading(engine: Engine) -> Iterator[Connection]:
    """A plain transaction for queries."""
    with engine.connect() as conn, conn.begin():
        yield conn


def lock_schema(conn: Connection) -> None:
    """Serialise schema upgrades between processes (SQLite: BEGIN IMMEDIATE already does)."""
    if conn.dialect.name == "postgresql":
        conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_MIGRATION_LOCK})
