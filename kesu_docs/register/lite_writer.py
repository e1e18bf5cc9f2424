"""A current SQLite register written through the standard library's ``sqlite3``.

A render numbering into ``kesu.db`` ran every statement as SQL text already (:mod:`.queries`,
:mod:`.runner`, :mod:`.issuing`); it still imported SQLAlchemy for its engine — about 0.84 G
instructions a run, paid before the first document (issue 15). :class:`LiteEngine` is that
engine on the driver alone, for a register already current and in WAL mode: the same
connection settings as :func:`.database.connect` gives a writer (busy timeout, WAL,
``synchronous = NORMAL``, foreign keys), the same write lock taken up front (``BEGIN
IMMEDIATE``, the wait noted as :func:`.database._waited` notes it), a transaction committed
whole or rolled back, and the driver's own errors raised (:func:`.errors.database_errors`).
Its connections give what the register's work asks of one (``dialect.name``,
``exec_driver_sql``, ``info``), so :class:`~.register.Register` runs on it unchanged.

Anything else — a missing file, an older register to upgrade, a file not in WAL mode, a
PostgreSQL server — is opened through SQLAlchemy as before (:func:`open_engine` says None);
a register another connection still holds once the busy timeout is waited is refused at once
(:func:`open_engine` raises the driver's "database is locked", the wait noted).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from . import queries
from .files import sqlite_path


class _Dialect:
    """The two things the register's work reads of a connection's dialect."""

    name = "sqlite"
    dbapi = sqlite3


class LiteConnection:
    """One ``sqlite3`` connection in a transaction, with the names SQLAlchemy's connection gives
    the register's work (:mod:`.runner`, :mod:`.issuing`, :mod:`.database`'s checks)."""

    dialect = _Dialect()

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        self.info: dict[str, Any] = {}

    def exec_driver_sql(self, sql: str, params: Any = None) -> sqlite3.Cursor:
        """``sql`` on the driver: a list of parameters runs it once for each (as SQLAlchemy's
        ``exec_driver_sql`` does), else once."""
        if isinstance(params, list):
            return self._conn.executemany(sql, params)
        return self._conn.execute(sql, () if params is None else params)


class LiteEngine:
    """A current WAL-mode SQLite register's connections on ``sqlite3`` (see the module): a
    transaction at a time each, kept for the next one (a web server's threads each take one)."""

    dialect = _Dialect()

    def __init__(self, path: Path) -> None:
        self.path = path
        self.database = str(path)
        self._idle: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        self._pid = os.getpid()  # the process the kept connections are this one's in

    def connect_new(self) -> sqlite3.Connection:
        """A connection set up as :func:`.database._sqlite_locking` sets up a writer's."""
        from . import database

        conn = sqlite3.connect(
            self.database,
            timeout=database.BUSY_TIMEOUT_MS / 1000,
            isolation_level=None,  # (BEGIN issued here: the write lock taken up front)
            check_same_thread=False,  # (a connection kept may serve the next thread: one at a time)
        )
        try:
            cursor = conn.cursor()
            cursor.execute(f"PRAGMA busy_timeout = {database.BUSY_TIMEOUT_MS}")
            database.writer_settings(cursor, self.database)
            cursor.close()
        except BaseException:
            conn.close()
            raise
        return conn

    def _forked(self) -> bool:
        """Whether this process is a fork of the one that made the kept connections: they are
        then left to it, never used nor closed here (SQLite: a connection open across a fork is
        not to be used in the child — its locks are the parent's, not the child's)."""
        if os.getpid() == self._pid:
            return False
        self._idle, self._lock, self._pid = [], threading.Lock(), os.getpid()
        return True

    @contextlib.contextmanager
    def _connection(self) -> Iterator[sqlite3.Connection]:
        self._forked()
        with self._lock:
            conn = self._idle.pop() if self._idle else None
        if conn is None:
            conn = self.connect_new()
        try:
            yield conn
        finally:
            if conn.in_transaction:  # (a rollback that failed: closing it rolls back)
                conn.close()
            else:
                with self._lock:
                    self._idle.append(conn)

    @contextlib.contextmanager
    def reading(self) -> Iterator[LiteConnection]:
        """A plain transaction for queries (:func:`.database.reading`)."""
        with self._connection() as conn:
            conn.execute("BEGIN")
            with _ended(conn):
                yield LiteConnection(conn)

    @contextlib.contextmanager
    def writing(self, lock_ms: float | None = None) -> Iterator[LiteConnection]:
        """A transaction holding the register's write lock, committed when the block ends
        (:func:`.database.writing`; ``lock_ms`` is PostgreSQL's: SQLite waits its busy timeout)."""
        from . import database

        with self._connection() as conn:
            started = time.monotonic()  # (the only statement of kesu's that waits for SQLite's lock)
            try:
                conn.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                database._waited(exc, started, self.database)
                raise
            with _ended(conn):
                yield LiteConnection(conn)

    def dispose(self) -> None:
        """Close every connection kept (in this process: a fork leaves its parent's alone)."""
        if self._forked():
            return
        with self._lock:
            idle, self._idle = self._idle, []
        for conn in idle:
            conn.close()


@contextlib.contextmanager
def _ended(conn: sqlite3.Connection) -> Iterator[None]:
    """The transaction begun on ``conn`` committed when the block ends, else rolled back (a
    failed commit too): nothing half written."""
    try:
        yield
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            with contextlib.suppress(sqlite3.Error):
                conn.execute("ROLLBACK")
        raise


def open_engine(target: str | os.PathLike) -> LiteEngine | None:
    """A :class:`LiteEngine` on the SQLite register ``target`` names when it is a current
    register in WAL mode; None for anything SQLAlchemy must open (a server, a missing file, an
    older or newer register, another journal mode: it creates, upgrades, switches or refuses
    with the reason). Raises ``sqlite3``'s "database is locked" when another connection still
    holds the register past the busy timeout (:func:`_refused_if_held`)."""
    queries.check_columns()
    if "\0" in os.fspath(target):
        return None
    path = sqlite_path(target)
    if path is None or not path.is_file():
        return None
    started = time.monotonic()
    try:  # (read first: a file in another mode is switched by SQLAlchemy's opening, as ever)
        probe = _probe(path)
    except sqlite3.Error:
        return None
    try:
        mode = probe.execute("PRAGMA journal_mode").fetchone()[0]
        version = probe.execute(queries.schema_version().sql).fetchone()[0]
    except sqlite3.Error as exc:  # not a register, damaged: Register says which
        _refused_if_held(exc, started, path)
        return None
    finally:
        probe.close()
    if mode != "wal" or version != queries.SCHEMA_VERSION:
        return None
    return LiteEngine(path)


def _refused_if_held(exc: sqlite3.Error, started: float, path: Path) -> None:
    """``exc`` raised on, noted with how long kesu waited (from ``started``) and what held the
    register (:func:`.database._waited`), when it is the register still held by another
    connection once the probe waited the busy timeout ("database is locked"): the refusal
    (:meth:`.register.Register.open` says it as SQLAlchemy's opening does) — never opened again
    through SQLAlchemy, which waited the whole timeout a second time (two minutes before the
    clerk was told, the note saying one)."""
    from . import database

    if database.busy(exc):
        database._waited(exc, started, str(path))
        raise exc


def _probe(path: Path) -> sqlite3.Connection:
    """A connection that reads what :func:`open_engine` asks, waiting as every register's
    connection waits (:data:`.database.BUSY_TIMEOUT_MS`) for a lock held a moment: another
    clerk's kesu closing the register last (its checkpoint of the write-ahead log) or opening it
    first (the log's recovery) holds the file alone for that moment. Asked with no wait, the
    answer was "database is locked" under load, and the second clerk's render took SQLAlchemy's
    engine (issue 15's 0.84 G instructions) rather than the driver."""
    from . import database

    return sqlite3.connect(path, timeout=database.BUSY_TIMEOUT_MS / 1000, isolation_level=None)
