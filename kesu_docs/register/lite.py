"""An SQLite register read through the standard library: the commands that only read it.

``kesu register list`` (and search), ``kesu register export`` and ``kesu report monthly``
on a register of 100,000 documents must answer in under a second, start-up included (issue
15); importing SQLAlchemy took a quarter of that before the first row was read. A
:class:`LiteRegister` runs the same queries (:mod:`.queries`, the one text both readers run)
through ``sqlite3`` and hands out the same :class:`~.document.Document` objects. What it does
not do itself — the stored export rows, a document's revisions and prints, the integrity
check — it asks of a :class:`~.register.Register` opened read-only on first need (SQLAlchemy
then imported), so every command keeps working whatever it reads.

A register of another schema version (an older one to upgrade, a newer one to refuse) and a
PostgreSQL server are opened through :class:`~.register.Register` as before
(:func:`open_reading`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
import weakref
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import queries
from .document import Document
from .driver_values import bound, fetched
from .errors import RegisterError, damaged_words
from .files import read_only_uri, reading_only, release, sqlite_path
from .lookups import Lookups

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ..config import Settings

BUSY_TIMEOUT_S = 60  # database.BUSY_TIMEOUT_MS: a clerk's batch may hold the lock for seconds


class LiteRegister(Lookups):
    """A current SQLite register opened read-only through ``sqlite3`` (see the module).

    The methods :class:`~.register.Register` offers and this one does not are those of a
    :class:`~.register.Register` opened read-only on the same file when first asked for.
    """

    def __init__(
        self, conn: sqlite3.Connection, path: Path, settings: Settings | None = None, actor: str | None = None
    ) -> None:
        self._conn = conn
        self.path = path
        self.address = str(path)
        self._settings = settings
        self._actor = actor
        self._full: Any = None
        self.dialect = "sqlite"  # a segments.Reader of its own file
        self._made_rows: Any = None  # what the last export made to keep (segments, frame), until kept
        self.exported_from_records = False  # the last export made every row from the records
        self._release: weakref.finalize | None = None  # gives back read_only_uri's at close
        self._closed = False

    @classmethod
    def open(
        cls, path: Path, *, settings: Settings | None = None, actor: str | None = None
    ) -> LiteRegister | None:
        """The register at ``path`` read through ``sqlite3``; None where :class:`~.register.Register`
        must open it (missing, not a register, another schema version: it says why, or upgrades)."""
        queries.check_columns()
        if not path.is_file():
            return None
        uri = read_only_uri(path)
        try:
            conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_S, isolation_level=None)
        except sqlite3.Error:
            release(uri)
            return None
        try:
            try:
                reading_only(conn)
                version = conn.execute(queries.schema_version().sql).fetchone()[0]
            except sqlite3.Error:  # no register, or damaged: Register says which
                version = None
            if version != queries.SCHEMA_VERSION:
                conn.close()
                release(uri)
                return None
            reader = cls(conn, path, settings, actor)
        except BaseException:  # (Ctrl-C, a bad kesu.toml): no copy of the register left
            conn.close()
            release(uri)
            raise
        # a private copy read goes with its last reader: close(), else when this reader is
        # dropped unclosed or at exit (library use)
        reader._release = weakref.finalize(reader, release, uri)
        return reader

    # ------------------------------------------------------------------ what Register would do
    def _register(self) -> Any:
        """The :class:`~.register.Register` for what this reader does not do itself."""
        if self._full is None:
            from .register import Register

            self._full = Register.open(
                self.path, create=False, settings=self._settings, actor=self._actor, read_only=True
            )
        return self._full

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self._register(), name)

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self._conn.close()
        if self._full is not None:
            self._full.close()
            self._full = None
        if self._release is not None:
            self._release()

    def __enter__(self) -> LiteRegister:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"LiteRegister({self.address!r})"

    @property
    def settings(self) -> Settings:
        from ..config import settings as current_settings

        return self._settings or current_settings()

    # ------------------------------------------------------------------ reading
    def rows(self, query: queries.Query) -> Iterator[tuple[Any, ...]]:
        """The rows of ``query``, each column read as the table stores it, streamed; a damaged
        page met is refused as Register refuses it."""
        try:
            yield from fetched(self._conn.execute(query.sql, bound(query)), query)
        except sqlite3.DatabaseError as exc:
            raise _refusal(exc, self.address) from None

    _rows = rows

    def column(self, query: queries.Query) -> list[Any]:
        """The first column of ``query`` (stored as the driver gives it: keys), in one step."""
        try:
            found = self._conn.execute(query.sql, bound(query)).fetchall()
        except sqlite3.DatabaseError as exc:
            raise _refusal(exc, self.address) from None
        return [row[0] for row in found]

    def execute(self, sql: str) -> None:
        """A statement whose answer is not read (a PRAGMA)."""
        self._conn.execute(sql).fetchall()

    def case_log(self, limit: int | None = None) -> list[Any]:
        """As :meth:`.register.Register.case_log`."""
        from .sheet_read import case_log

        return case_log(self, limit)

    # ------------------------------------------------------------------ the export's kept rows
    @contextlib.contextmanager
    def stored_sheet_rows(self, as_of: dt.date, lang: str = "zh") -> Iterator[Any]:
        """As :meth:`.register.Register.stored_sheet_rows`, read through ``sqlite3`` when every
        row is stored, of the layout the export writes (the register's state after any writing
        command, ``kesu register check`` or an export that could store them); else by the
        :class:`~.register.Register`, which makes the missing rows from the records."""
        from . import sheet_read

        made: list[sheet_read.Made] = []
        with self._snapshot():
            if sheet_read.all_stored(self, self.settings):  # (in the same read as the rows)
                previous = self._made_rows
                with sheet_read.stored(self, self, as_of, made, previous, _none_made, lang) as found:
                    self.exported_from_records = found is None
                    yield found
                self._made_rows = made[0] if made and made[0] else None
                return
        full = self._register()
        with full.stored_sheet_rows(as_of, lang) as found:
            self.exported_from_records = full.exported_from_records
            yield found

    @contextlib.contextmanager
    def _snapshot(self) -> Iterator[None]:
        """A read transaction: every statement sees one state of the register."""
        self._conn.execute("BEGIN")
        try:
            yield
        finally:
            self._conn.execute("COMMIT")

    def store_stale_sheet_rows(self) -> int | None:
        """As :meth:`.register.Register.store_stale_sheet_rows`; with every row stored (the
        register's usual state), found so without SQLAlchemy."""
        from . import sheet_read

        with self._snapshot():
            if sheet_read.all_stored(self, self.settings):
                return 0
        stored = self._register().store_stale_sheet_rows()
        return None if stored is None else int(stored)

    def keep_sheet_rows(self) -> int:
        """As :meth:`.register.Register.keep_sheet_rows`: what the export made to keep (its
        segments, its frame: never a row, all were stored) kept by the register where it can
        be written (SQLAlchemy then imported), else in memory for the next export."""
        if self._full is not None and self._made_rows is None:  # the register made the export
            return int(self._full.keep_sheet_rows())
        if self._made_rows is None:
            return 0
        full = self._register()
        full._made_rows = self._made_rows
        stored = int(full.keep_sheet_rows())
        self._made_rows, full._made_rows = full._made_rows, None
        return stored

    def documents(self, **options: Unpack[queries.DocumentOptions]) -> list[Document]:
        """As :meth:`.register.Register.documents` (the same arguments)."""
        return self.documents_of(queries.documents("sqlite", **options))

    def count(self, **filters: Unpack[queries.FilterOptions]) -> int:
        """As :meth:`.register.Register.count` (the same arguments)."""
        return int(next(self._rows(queries.count(**filters)))[0] or 0)

    def linked_kinds(self, numbers: Iterable[str] | None = None) -> dict[str, set[str]]:
        """As :meth:`.register.Register.linked_kinds`."""
        return queries.kinds_by_case(self._rows(queries.linked_kinds(numbers)))

    def closed_counts(
        self, field: str, first: dt.date, last: dt.date, kind: str = "complaint"
    ) -> list[tuple[Any, dt.date, int]]:
        """As :meth:`.register.Register.closed_counts`."""
        return [
            (found, day, n)
            for found, day, n in self._rows(queries.closed_counts("sqlite", field, first, last, kind))
        ]


def _none_made(lay: Any, everything: bool, counts: dict[str, int]) -> None:  # pragma: no cover
    """Rows are made from the records by the register (SQLAlchemy), never here: an export reads
    them through ``sqlite3`` only when :func:`.sheet_read.all_stored` (checked in the same
    read), so this is never asked."""
    raise AssertionError("the lite reader makes no export row")


def _refusal(exc: sqlite3.DatabaseError, address: str) -> RegisterError:
    if damaged_words(str(exc)):
        from .errors import damage_said

        return RegisterError("register_damaged", url=address, detail=damage_said(str(exc)), reason=str(exc))
    return RegisterError("register_failed", url=address, detail=str(exc), reason=str(exc))


def open_reading(
    target: str | os.PathLike, *, settings: Settings | None = None, actor: str | None = None
) -> Any:
    """The register at ``target`` opened to be read: a :class:`LiteRegister` for a current
    SQLite file, else a :class:`~.register.Register` opened read-only (which upgrades an older
    register where it can, and refuses what it cannot read with the reason)."""
    path = sqlite_path(target)
    if path is not None:
        found = LiteRegister.open(path, settings=settings, actor=actor)
        if found is not None:
            return found
    from .register import Register

    return Register.open(target, create=False, settings=settings, actor=actor, read_only=True)
