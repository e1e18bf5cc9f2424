"""The register: number counters, every issued document, and the case log, in one database.

>>> import tempfile, pathlib
>>> from kesu_docs import forms
>>> record = forms.get("complaint").model.model_validate(dict(
...     received_date="2026-09-03", customer="甲", market="国内", order_no="PO-1", part_no="P-1",
...     ship_date="2026-08-20", ship_qty=1000, defect_qty=46, complaint_type="质量异常",
...     description="虚焊", customer_request=["退货"], requested_qty=46))
>>> folder = tempfile.TemporaryDirectory()
>>> reg = Register.open(pathlib.Path(folder.name) / "kesu.db")
>>> doc = reg.issue(record, source_hash="sha256 of 客诉.xlsx", source="客诉.xlsx")
>>> doc.number, doc.created
('202609001', True)
>>> reg.issue(record, source_hash="sha256 of 客诉.xlsx").created   # the same source again: unchanged
False
>>> reg.close(); folder.cleanup()
"""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import os
import time
import weakref
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from ..config import Settings
from ..config import settings as current_settings
from ..forms import Form
from ..language import chosen
from ..problems import Bilingual, Problem
from . import database, queries
from .database import (
    LINES_BEFORE,
    check_integrity,
    check_server,
    connect,
    damaged,
    foreign_tables,
    lock_schema,
    planted_triggers,
    planted_unique_indexes,
    shown,
    to_url,
)
from .document import (
    Document,
    DocumentStatus,
    Event,
    Print,
    Revision,
    describe_changes,
    facts,
)
from .errors import RegisterError, UnknownNumber, data_errors, database_errors, integrity_errors, original
from .issuing import Filing, chunks, insert_many, issue_batch, not_before_latest, not_before_own
from .lite_writer import LiteEngine, open_engine
from .lookups import Lookups
from .runner import current_version, execute, rows_of, run
from .stale_rows import forget

if TYPE_CHECKING:  # (SQLAlchemy imported where it is used: a render on sqlite3 needs none, issue 15)
    from sqlalchemy.engine import URL, Connection, Engine
    from typing_extensions import Unpack

    from .folder_ahead import Listing
    from .sheet_store import Made
    from .transfer import TransferSummary

T = TypeVar("T")


_RETRIES = 5  # a concurrent writer took our number or source first (PostgreSQL): start again
# a PostgreSQL write transaction's id (NULL: it wrote nothing) and its last case-log line (among
# those numbered since it began, :data:`.database.LINES_BEFORE`, however many: none looked for in
# a write that logs nothing, such as the export rows' storing — a role that cannot read the
# last line drawn searched the whole case log for it), asked once its writes are done: what
# :meth:`Register._transaction_became` confirms a commit by
_ASKED = (  # (looked for only where it added one: pg_stat_get_xact_tuples_inserted, its own)
    "SELECT t.xid, e.id AS line, e.at, e.document_id, e.event FROM "
    "(SELECT txid_current_if_assigned() AS xid, "
    "pg_stat_get_xact_tuples_inserted('events'::regclass) > 0 AS logged) t "
    "LEFT JOIN LATERAL (SELECT id, at, document_id, "
    "event FROM events WHERE t.xid IS NOT NULL AND t.logged AND id > :before "
    "AND xmin::text::bigint = t.xid % 4294967296 ORDER BY id DESC LIMIT 1) e ON true"
)
_CONFIRMED = (
    "SELECT count(*) FROM events WHERE id = :line AND at = :at AND document_id = :document_id "
    "AND event = :event AND xmin::text::bigint = :xid % 4294967296"
)
_CONFIRMED_BY = ("line", "at", "document_id", "event", "xid")
_TRANSIENT = {"40001", "40P01"}  # PostgreSQL serialization failure, deadlock detected: retry
_READ_ONLY = "25006"  # PostgreSQL read_only_sql_transaction
_IDLE_ENDED = "25P03"  # PostgreSQL idle_in_transaction_session_timeout: the session ended


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def reading(engine: Any) -> contextlib.AbstractContextManager[Any]:
    """A plain transaction for queries (:func:`.database.reading`; on ``sqlite3``, its own)."""
    return engine.reading() if isinstance(engine, LiteEngine) else database.reading(engine)


def writing(engine: Any, lock_ms: float | None = None) -> contextlib.AbstractContextManager[Any]:
    """A transaction holding the register's write lock (:func:`.database.writing`; on
    ``sqlite3``, its own: the same ``BEGIN IMMEDIATE``)."""
    return engine.writing(lock_ms) if isinstance(engine, LiteEngine) else database.writing(engine, lock_ms)


def _dispose_all(engines: list[Any]) -> None:
    """Close the connections of each of a register's ``engines`` (:func:`.database.dispose`)."""
    for engine in engines:
        if isinstance(engine, LiteEngine):
            engine.dispose()
        else:
            database.dispose(engine)


def os_user() -> str:
    """Who runs this program, as the case log records it when no --user is given."""
    try:
        return getpass.getuser()
    except Exception:  # no login name (a container without USER): say so rather than fail
        return "unknown"


class Register(Lookups):
    """The register of one plant (or of several, on a shared PostgreSQL server).

    Open it with :meth:`open`; use it as a context manager or call :meth:`close`.
    """

    def __init__(
        self,
        engine: Engine | LiteEngine,
        address: str,
        settings: Settings | None = None,
        actor: str | None = None,
    ) -> None:
        self._engine: Any = engine  # SQLAlchemy's, or a writer on sqlite3 (lite_writer)
        self.address = address  # the file path or the URL without its password
        self._settings = settings
        self.actor = actor or os_user()  # who files, voids and prints: recorded with each revision and print
        # the last issue's moment, and how far behind it this computer's clock was, when it was
        # (issuing.not_before_latest: the moment kept at the register's latest); else None
        self.clock_behind: tuple[dt.datetime, dt.timedelta] | None = None
        # the last issue's record dated too far ahead of this computer's clock to be followed
        # (its moment, its number: issuing.CLOCK_PULL_MAX); else None
        self.dated_ahead: tuple[dt.datetime, str] | None = None
        self._legacy: bool | None = None
        self._url: URL | None = None  # as opened (for a read-only register's cache of export rows)
        self._read_only = False
        self._closed = False
        # the engine disposed (its private copy of the register given back, files.snapshot) by
        # close(), else when this register is dropped unclosed or at exit (library use)
        self._engines: list[Any] = [engine]  # (with the SQLAlchemy engine made later: _core)
        self._dispose = weakref.finalize(self, _dispose_all, self._engines)
        self._core_engine: Engine | None = None
        self._made_rows: Any = None  # what the last export made, until stored (sheet_store.Made)
        self.exported_from_records = False  # the last export made every row from the records

    # ------------------------------------------------------------------ opening
    @classmethod
    def open(
        cls,
        target: str | os.PathLike = "kesu.db",
        *,
        create: bool = True,
        settings: Settings | None = None,
        actor: str | None = None,
        read_only: bool = False,
        allow_foreign_tables: bool | None = None,
        on_driver: bool = False,
    ) -> Register:
        """Open (creating and upgrading as needed) the register at a path or database URL.

        ``target``: ``kesu.db``, ``sqlite:///path/kesu.db`` or ``postgresql://user@host/db``.
        ``create=False`` refuses to create a register where there is none. Raises :class:`RegisterError`
        when the database cannot be reached, is not a register, or is newer than this program.
        ``read_only`` (listing, export) opens it without writing anything, from read-only media too.
        A damaged SQLite file (``quick_check``, run when it is opened to write; a read-only open
        skips it — it reads the whole file — and a damaged page it meets is refused as it is
        read; :meth:`check` runs it on demand) is refused, with how to restore it from a backup;
        so is a database holding other programs' tables, unless ``allow_foreign_tables`` (default:
        ``kesu.toml [database]``).
        ``on_driver`` (a render, a re-print): a current SQLite register in WAL mode is written
        through ``sqlite3`` alone (:mod:`.lite_writer`; the same checks on opening, the same
        transactions), SQLAlchemy imported only by a method that needs its statements
        (:attr:`_core`); any other register is opened as without it.
        """
        try:
            lite = open_engine(target) if on_driver and not read_only else None
        except database_errors() as exc:  # (held past the wait: refused once, as SQLAlchemy's opening)
            raise RegisterError(
                "register_unreachable", url=shown(to_url(target)), reason=_reason(exc)
            ) from None
        url = None if lite is not None else to_url(target)
        if lite is not None:
            engine: Engine | LiteEngine = lite
            register = cls(lite, lite.database, settings, actor)
        else:
            assert url is not None
            engine = connect(url, create=create and not read_only, read_only=read_only)
            register = cls(engine, shown(url), settings, actor)
        register._url, register._read_only = url, read_only
        try:
            if allow_foreign_tables is None:  # (kesu.toml read: a bad one is said, the engine disposed)
                allow_foreign_tables = register.settings.database.allow_foreign_tables
            outdated = register._guard(allow_foreign_tables, read_only, create)
            if not read_only:
                register._migrate(create)
            elif outdated:  # an older register is upgraded where it can be written, then read
                try:
                    cls.open(target, create=False, settings=settings, allow_foreign_tables=True).close()
                except RegisterError as exc:
                    if exc.code != "register_read_only":
                        raise
                    from .schema import READABLE_FROM

                    if outdated < READABLE_FROM:  # only an index is missing: read it as it is
                        raise RegisterError(
                            "register_old_read_only", url=register.address, found=outdated
                        ) from None
        except RegisterError:
            _dispose_all([engine])
            raise
        except database_errors() + (OSError,) as exc:
            _dispose_all([engine])
            if damaged(exc):
                raise RegisterError("register_damaged", url=register.address, detail=_damage(exc)) from None
            if "readonly" in str(original(exc)):  # opened to write on read-only media
                raise RegisterError("register_read_only", url=register.address) from None
            raise RegisterError("register_unreachable", url=register.address, reason=_reason(exc)) from None
        except BaseException:  # anything else (a bad kesu.toml, Ctrl-C): no copy of the register left
            _dispose_all([engine])
            raise
        return register

    @property
    def _core(self) -> Engine:
        """The register's SQLAlchemy engine: its own; or, where it was opened on ``sqlite3``
        (``on_driver``), one made on first need — for what runs SQLAlchemy's statements (a void,
        the export's stored rows, a document's revisions, prints and case log), SQLAlchemy
        imported then; closed with the register."""
        if not isinstance(self._engine, LiteEngine):
            return self._engine
        if self._core_engine is None:
            self._core_engine = connect(to_url(self._engine.database), create=False)
            self._engines.append(self._core_engine)
        return self._core_engine

    def _guard(self, allow_foreign_tables: bool, read_only: bool, create: bool) -> int:
        """Integrity (SQLite) and other programs' tables; for a read-only open, the version of a
        register older than this program (0 when it is current)."""
        with reading(self._engine) as conn:
            check_server(conn, self.address)
            if not read_only:  # a read meets a damaged page itself: see register_refusals
                check_integrity(conn, self.address)
            found = current_version(conn)
            # nothing is added to a database only read; and where there is no register and none
            # is to be made, "missing" (_migrate, below) says it better
            writes = not read_only and (found > 0 or create)
            if writes and found <= queries.SCHEMA_VERSION and not allow_foreign_tables:
                foreign = foreign_tables(conn, set(queries.KESU_TABLES))
                if foreign:
                    shown_tables = "、".join(foreign[:5]) + (" …" if len(foreign) > 5 else "")
                    raise RegisterError("register_foreign", url=self.address, tables=shown_tables)
            if (
                writes and found <= queries.SCHEMA_VERSION
            ):  # whatever tables it shares: no number under a trigger
                tables = set(queries.KESU_TABLES)
                made = set(queries.KESU_UNIQUE)  # (kesu's unique indexes by their columns: none)
                planted = planted_triggers(conn, tables) + planted_unique_indexes(conn, tables, made)
                if planted:
                    shown_triggers = "、".join(planted[:5]) + (" …" if len(planted) > 5 else "")
                    raise RegisterError("register_changed", url=self.address, triggers=shown_triggers)
        if read_only and found != queries.SCHEMA_VERSION:
            if found == 0:
                raise RegisterError("register_missing", url=self.address)
            if found > queries.SCHEMA_VERSION:
                raise RegisterError(
                    "register_too_new", url=self.address, found=found, known=queries.SCHEMA_VERSION
                )
            return found
        return 0

    def _migrate(self, create: bool) -> None:
        with reading(self._engine) as conn:
            found = current_version(conn)
        if found == queries.SCHEMA_VERSION:
            return
        if found == 0 and not create:  # an empty file, or another program's database
            raise RegisterError("register_missing", url=self.address)
        deadline, said = time.monotonic() + UPGRADE_WAIT_S, False
        while True:
            try:
                return self._upgrade()
            except database_errors() as exc:  # (the bound met: another's upgrade still running, or a write)
                if not _lock_met(exc):
                    raise
                if (now := self._found()) >= queries.SCHEMA_VERSION:  # upgraded by another meanwhile: a
                    return self._not_newer(now)  # write holds the lock now, opening needs none
                if time.monotonic() >= deadline:
                    raise
                if not said:  # (said once; tried again, a write's bound at a time, to UPGRADE_WAIT_S)
                    said = _say_upgrade_waited(self.address)

    def _upgrade(self) -> None:
        """The register's tables upgraded to this program's, in one write transaction, once
        the turn is taken (:func:`_schema_locked`: another's upgrade waited for the writes'
        bound)."""
        from . import schema
        from .database import BUSY_TIMEOUT_MS

        engine = self._core  # (an upgrade's statements are SQLAlchemy's)
        with writing(engine, lock_ms=BUSY_TIMEOUT_MS) as conn:  # (another's upgrade: the bound)
            _schema_locked(engine, conn)
            found = schema.current_version(conn)  # another process may have upgraded meanwhile
            self._not_newer(found)
            if found < schema.LATEST:
                schema.upgrade(conn, found, lambda conn: not_before_latest(conn, _now()))

    def _found(self) -> int:
        """The register's tables' version now (another process may have upgraded them)."""
        with reading(self._engine) as conn:
            return current_version(conn)

    def _not_newer(self, found: int) -> None:
        """Nothing, where the tables are this program's; ``register_too_new`` where newer."""
        if found > queries.SCHEMA_VERSION:
            raise RegisterError(
                "register_too_new", url=self.address, found=found, known=queries.SCHEMA_VERSION
            )

    def check(self) -> None:
        """SQLite's ``quick_check`` of the whole file (``kesu register check``): RegisterError
        ``register_damaged``, with how to restore it from a backup, when a page is damaged."""
        try:
            with reading(self._engine) as conn:
                check_integrity(conn, self.address)
        except database_errors() as exc:
            raise self._failure(exc) from None

    def now(self) -> dt.datetime:
        """The register's clock, in local time: this computer's, never earlier than the
        register's latest record (by a day at most: :func:`~.issuing.not_before_latest`, the
        rule its issues, prints and case log follow) — for times kept beside the register (a
        web batch's), so that they read in order with it."""
        with reading(self._engine) as conn:
            return not_before_latest(conn, _now()).astimezone()

    @property
    def schema_version(self) -> int:
        with reading(self._engine) as conn:
            return current_version(conn)

    def close(self) -> None:
        if self._closed:  # a copy read is given back once
            return
        self._closed = True
        self._dispose()

    def __enter__(self) -> Register:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Register({self.address!r})"

    @property
    def settings(self) -> Settings:
        return self._settings or current_settings()

    @settings.setter
    def settings(self, given: Settings | None) -> None:
        """The settings the register's rules and documents follow from now on (a server whose
        kesu.toml was edited); None: the process's (:func:`kesu_docs.config.settings`)."""
        self._settings = given

    @property
    def legacy_numbering(self) -> bool:
        """True for a register that numbered follow-up documents without a prefix before version 2."""
        if self._legacy is None:
            with reading(self._engine) as conn:
                found = rows_of(conn, queries.meta("numbering_scheme"))
            self._legacy = bool(found) and found[0]["value"] == "legacy"
        return self._legacy

    # ------------------------------------------------------------------ numbering
    def issue(
        self,
        record: Form,
        source_hash: str | None = None,
        source: str = "",
        *,
        issued_at: dt.datetime | None = None,
        folder: Listing | None = None,
    ) -> Document:
        """Number ``record`` (or record the number it carries) and file it; the Document.

        The same source (``source_hash``) or the same content again returns the existing
        document with ``created=False``. Raises :class:`NumberTaken` when the record carries a
        number already used by a different document, and ``filed_under_other_number`` when it is a
        document already registered under another number. ``folder``: as :meth:`issue_many`'s.
        """
        outcome = self.issue_many([(record, source_hash, source)], issued_at=issued_at, folder=folder)[0]
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    def issue_many(
        self,
        items: Iterable[tuple[Any, ...]],
        *,
        issued_at: dt.datetime | None = None,
        prints: Sequence[dict[str, Any]] = (),
        refused: list[int] | None = None,
        folder: Listing | None = None,
    ) -> list[Document | RegisterError]:
        """Issue a batch in one transaction: per item a Document, or the RegisterError refusing it.

        ``items`` are ``(record, source_hash, source)``; ``source_hash`` must identify one
        record (a file's hash, plus ``#i`` for the i-th record of a JSON list); without one,
        the record's content stands in. A fourth member, when given, is the record's
        :func:`~kesu_docs.register_columns.prepare` under this register's settings. A refused item (NumberTaken) does not stop the others.
        A batch of 1,000 costs a few statements and one commit. A value the database cannot
        hold (PostgreSQL: a NUL character in a text) rolls the whole batch back and raises
        ``register_value_refused`` (filing then numbers the batch one by one).

        ``prints``: entries of :meth:`log_prints` (the documents a batch filed just before) logged
        in the same transaction, after the numbering — one write transaction a form where the
        page files form by form; the places of the originals refused are put in ``refused``.

        ``folder``: where the batch's documents are written (:func:`.folder_ahead.listing`, made
        before this call: not listed under the write lock). Where it holds files numbered in a
        series the batch numbers in, at or past its new numbers, that the register has no
        record of (a register put back from a backup older than them), the batch is refused
        (``register_behind_folder``), nothing numbered: :func:`.folder_ahead.files_ahead`.
        """
        settings = self.settings
        legacy = self.legacy_numbering
        filings = [
            Filing.of(
                record,
                source_hash,
                source,
                settings,
                legacy=legacy,
                actor=self.actor,
                prepared=prepared[0] if prepared else None,
            )
            for record, source_hash, source, *prepared in items
        ]

        if folder is not None:  # (its series' files found before the lock)
            from .folder_ahead import prepare

            prepare(folder, filings)

        def work(conn: Connection) -> list[Document | RegisterError]:
            # the clock's moment, never before the register's latest (a moment given is
            # the caller's: a register's history built or moved, kept as given)
            asked = issued_at or _now()
            moment: list[dt.datetime] | None = [] if issued_at is None else None
            ahead: list[tuple[dt.datetime, str]] = []
            done = issue_batch(conn, filings, settings, asked, moment, ahead)
            if folder is not None:
                _refuse_behind(conn, folder, filings, done)
            self.clock_behind = (moment[0], moment[0] - asked) if moment and moment[0] > asked else None
            self.dated_ahead = ahead[0] if ahead else None
            filed = [d for d in done if isinstance(d, Document) and (d.created or d.revised)]
            forget(  # a new complaint: nothing to drop
                conn,
                [d for d in filed if not d.created],
                cases=[d.case_number for d in filed if d.created and d.kind != "complaint"],
            )
            places = self._log_prints_in(conn, prints, _now()) if prints else []
            if refused is not None:
                refused[:] = places
            return done

        for attempt in range(_RETRIES):
            try:
                return self._committed_once(work)
            except integrity_errors() as exc:
                if self._engine.dialect.name == "sqlite":  # it held the only write lock: not a race
                    raise RegisterError("register_failed", reason=_reason(exc)) from None
                continue  # another process filed one of these sources or took a number first: look again
            except database_errors() as exc:
                if getattr(original(exc), "sqlstate", None) in _TRANSIENT and attempt + 1 < _RETRIES:
                    continue
                if isinstance(exc, data_errors()):  # the DB-API's "problem with the processed data"
                    raise RegisterError("register_value_refused", reason=_reason(exc)) from None
                raise self._failure(exc) from None
        raise RegisterError("register_failed", reason="too many concurrent conflicts, try again")

    def _committed_once(self, work: Callable[[Connection], T], engine: Any = None) -> T:
        """``work(conn)`` in one write transaction, committed once, whatever became of the
        connection. On PostgreSQL the transaction's id is asked once ``work`` is done; when the
        connection is lost then (the server stopped, a network cut) — after COMMIT was sent, its
        reply lost, or before — a new connection asks the server what became of it (``txid_status``):
        committed, what ``work`` gave is what the register holds (run again, it would log a
        chunk's prints twice and take back its own originals as another clerk's); rolled back,
        ``work`` is run again in a new transaction (the batch goes on, nothing twice). When the
        server cannot say (unreachable), or the connection was lost during ``work`` (no id asked
        yet), the loss is raised as before: the batch stops saying that the same command finishes
        it (it finds what was filed, never numbers twice). ``engine``: another than the
        register's own (a read-only register's writer, :meth:`store_stale_sheet_rows`).

        PostgreSQL: a lock another session holds is waited for :data:`.database.PG_LOCK_TRY_MS`
        at a time, the transaction then rolled back (its own locks let go) and ``work`` run
        again, until :data:`.database.BUSY_TIMEOUT_MS` have passed (the minute an SQLite
        register's clerk waits); then the lock timeout is raised, noted with the time waited
        and the sessions that blocked its last try, asked while it waited
        (:func:`.database.blockers_watched`)."""
        from .database import BUSY_TIMEOUT_MS, PG_LOCK_TRY_MS, note_pg_wait, pg_lock_timed_out

        engine = engine if engine is not None else self._engine
        started = time.monotonic()
        while True:
            left = BUSY_TIMEOUT_MS / 1000 - (time.monotonic() - started)
            lock_ms = max(1, int(min(PG_LOCK_TRY_MS, left * 1000)))
            blockers: list[Any] = []  # (asked in the last try only: lock_ms reaches the bound)
            try:
                last = left * 1000 <= PG_LOCK_TRY_MS
                return self._committed_try(work, engine, lock_ms, blockers if last else None)
            except database_errors() as exc:
                if not pg_lock_timed_out(exc) or time.monotonic() - started >= BUSY_TIMEOUT_MS / 1000:
                    note_pg_wait(exc, started, blockers)  # (what the clerk is told: _locked)
                    raise

    def _committed_try(
        self, work: Callable[[Connection], T], engine: Any, lock_ms: int, blockers: list[Any] | None = None
    ) -> T:
        """One try of :meth:`_committed_once` (a lock waited for ``lock_ms`` at most); where
        ``blockers`` is given (the last try), the sessions blocking it are asked into it as its
        wait nears its end (:func:`.database.blockers_watched`)."""
        from .database import blockers_watched

        for _ in range(_RETRIES):
            asked: list[Any] = []
            done: list[T] = []
            try:
                with writing(engine, lock_ms) as conn:
                    watched = (
                        blockers_watched(engine, conn, lock_ms, blockers)
                        if blockers is not None and conn.dialect.name == "postgresql"
                        else contextlib.nullcontext()
                    )
                    with watched:
                        done.append(work(conn))
                    if conn.dialect.name == "postgresql":  # (after the writes: the id they took,
                        # NULL when they wrote nothing; a read-only server has refused them already)
                        import sqlalchemy as sa

                        before = {"before": conn.info.get(LINES_BEFORE) or 0}
                        asked.append(conn.execute(sa.text(_ASKED), before).first())
                return done[0]
            except database_errors() as exc:
                if not (asked and getattr(exc, "connection_invalidated", False)):
                    raise
                if asked[0] is None or asked[0].xid is None:  # nothing written: ``work`` run again
                    continue
                became = self._transaction_became(asked[0], engine)
                if became == "committed" and done:
                    return done[0]
                if became != "aborted":  # (not known: it may be committed — said so, _failure)
                    exc.kesu_unsure = True  # type: ignore[attr-defined]
                    exc.kesu_done = done[0] if done else None  # type: ignore[attr-defined]
                    raise
        raise RegisterError("register_failed", reason="the connection to the server was lost again and again")

    def _transaction_became(self, asked: Any, engine: Engine) -> str | None:
        """What became of the transaction whose connection was lost (``asked``: :data:`_ASKED`'s
        row, its id and its last case-log line): ``committed``, ``aborted``, or None when the
        server cannot be asked. A server still finishing it (its backend has not seen the client
        gone yet) is asked again, 10 s at most. "Committed" is taken only with the case-log line
        the transaction wrote found as it wrote it (its id, content and ``xmin``): a server
        promoted from a standby that never received the transaction gives its id again, to a
        transaction of its own, which ``txid_status`` then says committed — the line not there,
        it is ``aborted`` (what it wrote is not on this server: ``work`` is run again)."""
        import sqlalchemy as sa  # (PostgreSQL's)

        deadline = time.monotonic() + 10
        while True:
            try:
                with reading(engine) as conn:
                    became = conn.scalar(sa.text("SELECT txid_status(:xid)"), {"xid": asked.xid})
                    if became == "committed" and asked.line is not None:
                        found = conn.scalar(
                            sa.text(_CONFIRMED), {k: getattr(asked, k) for k in _CONFIRMED_BY}
                        )
                        became = "committed" if found else "aborted"
            except database_errors():
                return None
            if became != "in progress" or time.monotonic() > deadline:
                return became if became in ("committed", "aborted") else None
            time.sleep(0.05)

    def _write(self, work: Callable[[Connection], T], engine: Any = None) -> T:
        """``work(conn)`` in one write transaction committed once (:meth:`_committed_once`: a
        commit whose reply was lost is never done twice), its database failures (read-only
        file, lost server) RegisterErrors; ``engine``: another than the register's own."""
        try:
            return self._committed_once(work, engine)
        except database_errors() as exc:
            raise self._failure(exc) from None

    def _failure(self, exc: BaseException) -> RegisterError:
        """The RegisterError of a database failure; ``unsure`` set on it when the failure is a
        transaction's lost commit answer the server could not be asked about (it may hold what
        the transaction wrote: :meth:`_committed_once`)."""
        driver = original(exc)
        if getattr(driver, "sqlstate", None) == _READ_ONLY or "readonly" in str(driver):
            return RegisterError("register_read_only", url=self.address)
        if damaged(exc):
            return RegisterError("register_damaged", url=self.address, detail=_damage(exc))
        error = RegisterError("register_failed", reason=_reason(exc))
        error.unsure = bool(getattr(exc, "kesu_unsure", False))  # type: ignore[attr-defined]
        # (what its work gave, the commit unknown: issue_many's documents, each created or found)
        error.unsure_done = getattr(exc, "kesu_done", None)  # type: ignore[attr-defined]
        return error

    # ------------------------------------------------------------------ looking up
    @staticmethod
    def _row(conn: Connection, document_id: int) -> Any:
        found = rows_of(conn, queries.documents_with_ids([document_id]))
        return found[0] if found else None

    def _resolve(self, conn: Connection, number: str, kind: str | None) -> Any:
        rows = rows_of(conn, queries.documents_by("number", kind or None, [number.strip()], limit=5))
        if not rows:
            raise UnknownNumber(number)
        if len(rows) > 1:
            raise RegisterError("ambiguous_number", number=number, kinds="、".join(r.kind for r in rows))
        return rows[0]

    def get(self, number: str, kind: str | None = None) -> Document:
        """A document by number (and kind, when numbers repeat across kinds); UnknownNumber if none."""
        with reading(self._engine) as conn:
            return Document.from_row(self._resolve(conn, number, kind))

    def documents(self, **options: Unpack[queries.DocumentOptions]) -> list[Document]:
        """Registered documents in number order, those of the filters of
        :class:`.queries.Filters` (``kind``, ``period``, ``status``, ``number``, ``case_status``,
        ``as_of``, ``search``, ``closed_between``; typed by :class:`.queries.DocumentOptions`).

        ``limit``: only the first so many (:meth:`count` tells how many there are in all),
        after skipping ``offset``; ``newest_first``: the order reversed (the latest month's last
        number first). ``fields``: only these columns read (``kind``, ``number`` and ``status``
        always), the documents' others None — a report of thousands of records reads four of
        the 27, and each time read costs a parse.
        """
        return self.documents_of(queries.documents(self._engine.dialect.name, **options))

    def closed_counts(
        self, field: str, first: dt.date, last: dt.date, kind: str = "complaint"
    ) -> list[tuple[Any, dt.date, int]]:
        """(stored value of the record's ``field``, closed date, how many) of the documents of
        ``kind`` (void ones left out) closed from ``first`` to ``last``: counted by the database,
        no record read here (a monthly report's cause × month matrix over a year of cases)."""
        query = queries.closed_counts(self._engine.dialect.name, field, first, last, kind)
        with reading(self._engine) as conn:
            return [(found, day, count) for found, day, count in run(conn, query)]

    def files_unknown(self, folder: str | os.PathLike) -> Any:
        """The files in ``folder`` (and its subfolders) named as documents this register has no
        record of — their number, or their revision (:func:`.folder_ahead.unknown_files`): a
        register put back from a backup older than them. The folder's names only are read."""
        from .folder_ahead import unknown_files

        query = queries.Query(
            "SELECT kind, number, revision FROM documents", columns=("kind", "number", "revision")
        )
        with reading(self._engine) as conn:
            known = [(kind, number, revision) for kind, number, revision in run(conn, query)]
        return unknown_files(Path(folder), known)

    def count(self, **filters: Unpack[queries.FilterOptions]) -> int:
        """How many documents :meth:`documents` lists with the same filters
        (:class:`.queries.Filters`; no record is read)."""
        query = queries.count(**filters)
        with reading(self._engine) as conn:
            [(count,)] = run(conn, query)
            return int(count or 0)

    def linked_kinds(self, numbers: Iterable[str] | None = None) -> dict[str, set[str]]:
        """Per complaint number, the kinds of the (not void) documents filed for it: for the stage.

        ``numbers``: only for these complaints (a page of a list), else for every one.
        """
        with reading(self._engine) as conn:
            return queries.kinds_by_case(run(conn, queries.linked_kinds(numbers)))

    # ------------------------------------------------------------------ amend, void, re-print, case log
    def amend(self, record: Form, source_hash: str | None = None, source: str = "") -> Document:
        """File the same case filled further (investigation, decision, closed date) as its next revision.

        The record must carry its number; the number, period, status and issue date stay, the
        register keeps the earlier revision and the case log says what changed (``revised``).
        """
        if not getattr(record, "number", None):
            raise RegisterError("amend_needs_number")
        number = str(record.number).strip()
        self.get(number, kind=record.spec.kind)  # UnknownNumber when it is not registered
        return self.issue(record, source_hash, source)

    # ------------------------------------------------------------------ void, re-print, case log
    def void(self, number: str, reason: str, kind: str | None = None) -> Document:
        """Mark a document void with its reason; the number stays taken for ever."""
        if not reason or not reason.strip():
            raise RegisterError("void_reason_required")

        def work(conn: Connection) -> Document:
            row = self._resolve(conn, number, kind)  # (never before the register's latest record
            now = not_before_own(conn, row.id, not_before_latest(conn, _now()))  # nor its own)
            if row.status == DocumentStatus.VOID:
                raise RegisterError(
                    "already_void",
                    number=row.number,
                    reason=row.void_reason,
                    voided_at=f"{row.voided_at.astimezone():%Y-%m-%d %H:%M}",
                )
            conn.execute(
                documents.update()
                .where(documents.c.id == row.id)
                .values(status=DocumentStatus.VOID.value, void_reason=reason.strip(), voided_at=now)
            )
            self._note(conn, row.id, now, "void", reason.strip(), self.actor)
            return Document.from_row(self._row(conn, row.id))

        from .schema import documents

        return self._write(work, self._core)

    def reprint(self, number: str, kind: str | None = None) -> Document:
        """Count a re-print: status re-printed (a void document stays void), original issue date kept."""

        def work(conn: Connection) -> Document:
            row = self._resolve(conn, number, kind)
            now = not_before_own(conn, row.id, not_before_latest(conn, _now()))
            status = row.status if row.status == DocumentStatus.VOID else DocumentStatus.REPRINTED.value
            execute(conn, queries.reprinted(row.id, status, now))
            self._note(conn, row.id, now, "re-printed", f"#{row.reprints + 1}", self.actor)
            return Document.from_row(self._row(conn, row.id))

        return self._write(work)

    def log(self, number: str, event: str, detail: str = "", kind: str | None = None) -> None:
        """Add a line to a case's log (``reminder``, ``closed``, ``8d-filed`` …)."""

        def work(conn: Connection) -> None:
            row = self._resolve(conn, number, kind)
            now = not_before_own(conn, row.id, not_before_latest(conn, _now()))
            self._note(conn, row.id, now, event, detail, self.actor, changed=False)

        self._write(work)

    def events(self, number: str, kind: str | None = None) -> list[Event]:
        """The case log of one document, oldest first."""
        import sqlalchemy as sa

        from .schema import events

        with reading(self._core) as conn:
            row = self._resolve(conn, number, kind)
            rows = conn.execute(
                sa.select(events).where(events.c.document_id == row.id).order_by(events.c.at, events.c.id)
            ).all()
        return [Event(row.number, row.kind, e.at.astimezone(), e.event, e.detail, e.actor) for e in rows]

    def _note(
        self,
        conn: Connection,
        doc_id: int,
        at: dt.datetime,
        event: str,
        detail: str,
        actor: str | None = None,
        *,
        changed: bool = True,
    ) -> None:
        """A line in the case log of a document the caller changed (``changed``: its stored
        export rows are dropped, made again by the next export)."""
        insert_many(
            conn,
            "events",
            [{"document_id": doc_id, "at": at, "event": event, "detail": detail or "", "actor": actor}],
        )
        if changed:
            forget(conn, [doc_id])

    # ------------------------------------------------------------------ revisions
    def revisions(self, number: str, kind: str | None = None) -> list[Revision]:
        """Every revision of a document, the first one first: record, source, when, who, what changed."""
        import sqlalchemy as sa

        from .schema import revisions

        with reading(self._core) as conn:
            row = self._resolve(conn, number, kind)
            found = conn.execute(
                sa.select(revisions).where(revisions.c.document_id == row.id).order_by(revisions.c.revision)
            ).all()
        return [
            Revision(
                number=row.number,
                kind=row.kind,
                revision=r.revision,
                record=r.record,
                source=r.source,
                source_hash=r.source_hash,
                at=r.at.astimezone(),
                actor=r.actor,
                changes=r.changes or [],
            )
            for r in found
        ]

    def revision(self, number: str, revision: int | None = None, kind: str | None = None) -> Revision:
        """One revision (the latest by default); ``unknown_revision`` when there is no such revision."""
        found = self.revisions(number, kind)
        if revision is None:
            return found[-1]
        for r in found:
            if r.revision == revision:
                return r
        raise RegisterError("unknown_revision", number=number, revision=revision, latest=len(found))

    @staticmethod
    def describe_changes(kind: str, changes: list[list[Any]], lang: str = "zh") -> str:
        return describe_changes(kind, changes, lang)

    # ------------------------------------------------------------------ linked documents
    def rows(self, query: queries.Query) -> Iterator[tuple[Any, ...]]:
        """The rows ``query`` finds, each column read as the table stores it (:class:`.lookups.Lookups`;
        read whole in one transaction, as ``sheet_read``'s readers give them)."""
        with reading(self._engine) as conn:
            return iter(list(run(conn, query)))

    # ------------------------------------------------------------------ print log
    def printed(self, number: str, kind: str | None = None) -> list[Print]:
        """The print log of a document, oldest first."""
        import sqlalchemy as sa

        from .schema import prints

        with reading(self._core) as conn:
            row = self._resolve(conn, number, kind)
            found = conn.execute(
                sa.select(prints).where(prints.c.document_id == row.id).order_by(prints.c.at, prints.c.id)
            ).all()
        return [
            Print(
                number=row.number,
                kind=row.kind,
                revision=p.revision,
                at=p.at.astimezone(),
                actor=p.actor,
                mark=p.mark,
                reprint_no=p.reprint_no,
                copies=p.copies,
                output=p.output,
                file_hash=p.file_hash,
            )
            for p in found
        ]

    def unprinted(self, kind: str | None = None, limit: int | None = None) -> list[Document]:
        """The documents numbered whose current revision has no print logged, in the register's
        order (void ones left out: no document is due of them) — a batch cut between its numbering
        and its rendering by an earlier kesu, a render that failed, a crash: the number stands (it
        is never issued again), its documents are to be printed (:func:`kesu_docs.filing.print_unprinted`).
        A register filled before prints were logged (version 1) does not list its documents of
        then: kesu of version 1 printed each document as it numbered it, and no print log existed
        to say so — a document issued before the register's upgrade to version 2 (the step that
        began the log, ``schema_version``), still at that first revision, was printed; a revision
        filed since is listed until it is printed."""
        # the few unprinted found along two small indexes (version 7: ix_documents_unprinted,
        # ix_prints_revision), then their rows read: not the whole table's (100,000 records)
        import sqlalchemy as sa

        from . import schema
        from .schema import documents, prints

        doc = documents.alias("d")
        printed = sa.exists().where(prints.c.document_id == doc.c.id, prints.c.revision == doc.c.revision)
        due = sa.select(doc.c.id).where(~printed, doc.c.status != DocumentStatus.VOID.value)
        if kind:
            due = due.where(doc.c.kind == kind)
        with reading(self._core) as conn:
            logged_from = conn.scalar(
                sa.select(schema.schema_version.c.applied_at).where(schema.schema_version.c.version == 2)
            )
            if logged_from is not None:  # (a register created at version 2 or later: none before it)
                due = due.where(sa.or_(doc.c.revision != 1, doc.c.issued_at >= logged_from))
            query = sa.select(documents).where(documents.c.id.in_(due.scalar_subquery()))
            query = query.order_by(
                documents.c.kind, documents.c.period, sa.func.length(documents.c.number), documents.c.number
            )
            if limit is not None:
                query = query.limit(limit)
            return [Document.from_row(row) for row in conn.execute(query)]

    def filed_from(self, sources: str, outputs: str) -> list[tuple[str, str, str, list[str]]]:
        """What the register knows of a batch's files (a folder of ``sources``, one of ``outputs``:
        ``kesu serve``'s batch that died while it filed): (source, kind, number, files) for each
        document a revision of which came from a file in ``sources`` (``…/in/客诉.xlsx``, or its
        record ``#2``), ``files`` the prints of it written into ``outputs``, oldest first. Looked
        up by the folders' paths (no index: a batch that died is rare, and read once)."""
        import sqlalchemy as sa

        from .schema import documents, prints, revisions

        sep = os.sep
        with reading(self._core) as conn:
            numbered = conn.execute(
                sa.select(revisions.c.source, documents.c.id, documents.c.kind, documents.c.number)
                .join(documents, documents.c.id == revisions.c.document_id)
                .where(revisions.c.source.startswith(sources.rstrip(sep) + sep, autoescape=True))
                .order_by(revisions.c.source, documents.c.id)
            ).all()
            made = conn.execute(
                sa.select(prints.c.document_id, prints.c.output)
                .where(prints.c.output.startswith(outputs.rstrip(sep) + sep, autoescape=True))
                .order_by(prints.c.at, prints.c.id)
            ).all()
        files: dict[int, list[str]] = {}
        for print_row in made:
            files.setdefault(print_row.document_id, []).append(print_row.output)
        seen: set[tuple[str, int]] = set()
        out = []
        for row in numbered:
            if (row.source, row.id) not in seen:  # one line a document, however many revisions
                seen.add((row.source, row.id))
                out.append((row.source, row.kind, row.number, files.get(row.id, [])))
        return out

    def log_print(
        self,
        number: str,
        kind: str,
        *,
        revision: int,
        mark: str,
        copies: str,
        output: str,
        file_hash: str,
        reprint_no: int | None = None,
    ) -> bool:
        """Record one print: who, when, which copies (联), which revision, the file written.
        False when it is an original (or a void copy) another clerk logged first: not recorded,
        the caller's copy is a re-print to make (as :meth:`log_prints` says of a batch)."""
        return not self.log_prints(
            [
                dict(
                    number=number,
                    kind=kind,
                    revision=revision,
                    mark=mark,
                    copies=copies,
                    output=output,
                    file_hash=file_hash,
                    reprint_no=reprint_no,
                )
            ]
        )

    def log_prints(self, entries: Sequence[dict[str, Any]]) -> list[int]:
        """Record many prints in one transaction (:meth:`log_print` records one through it);
        the places in ``entries`` of the originals refused, printed meanwhile by another clerk.

        Each entry holds :meth:`log_print`'s arguments (``number``, ``kind``, ``revision``,
        ``mark``, ``copies``, ``output``, ``file_hash``, ``reprint_no``), and the document's
        ``document_id`` when the caller has it (the :class:`Document` it was issued as): the
        documents are then not looked up again. A batch of 1,000 costs a few statements and one
        commit rather than a thousand.

        An original (or a void copy) is one per revision: two clerks filing the same form at
        once both find it unprinted when numbering; the first to log its print has the
        original, the other is refused here, under the write lock, and makes a re-print.
        """
        if not entries:
            return []
        return self._write(lambda conn: self._log_prints_in(conn, entries, _now()))

    def _log_prints_in(
        self, conn: Connection, entries: Sequence[dict[str, Any]], now: dt.datetime
    ) -> list[int]:
        """:meth:`log_prints` within the caller's write transaction ``conn`` (at ``now``, never
        earlier than the register's latest moment: :func:`~.issuing.not_before_latest`)."""
        now = not_before_latest(conn, now)
        ids: dict[tuple[str, str], int] = {
            (e["kind"], str(e["number"]).strip()): e["document_id"] for e in entries if e.get("document_id")
        }
        wanted = sorted(
            {str(e["number"]).strip() for e in entries if (e["kind"], str(e["number"]).strip()) not in ids}
        )
        for chunk in chunks(wanted):
            rows = rows_of(conn, queries.numbered(chunk))
            ids.update({(r["kind"], r["number"]): r["id"] for r in rows})
        taken = _marks_printed(conn, [ids[k] for k in ids], _ONE_PER_REVISION)
        printed, notes, keys, refused = [], [], [], []
        for i, e in enumerate(entries):
            key = (e["kind"], str(e["number"]).strip())
            keys.append(key)
            if key not in ids:  # as log_print: a number this register does not hold
                self._resolve(conn, e["number"], e["kind"])
            if e["mark"] in _ONE_PER_REVISION:
                claim = (ids[key], e["revision"], e["mark"])
                if claim in taken:
                    refused.append(i)
                    continue
                taken.add(claim)
            reprint_no = e.get("reprint_no") or None
            printed.append(
                {
                    "document_id": ids[key],
                    "revision": e["revision"],
                    "at": now,
                    "actor": self.actor,
                    "mark": e["mark"],
                    "reprint_no": reprint_no,
                    "copies": e["copies"],
                    "output": e["output"],
                    "file_hash": e["file_hash"],
                }
            )
            detail = facts(  # worded when shown, in the reader's language
                "printed",
                revision=e["revision"],
                mark=e["mark"],
                reprint_no=reprint_no,
                copies=e["copies"],
                output=e["output"],
            )
            notes.append(
                {
                    "document_id": ids[key],
                    "at": now,
                    "event": "printed",
                    "detail": detail,
                    "actor": self.actor,
                }
            )
        insert_many(conn, "prints", printed)
        insert_many(conn, "events", notes)  # new lines: no stored row to drop
        return refused

    def originals_printed(self, keys: Iterable[tuple[str, str, int, str]]) -> set[tuple[str, str, int, str]]:
        """Of ``(kind, number, revision, mark)``, those already printed as that mark (an original, a void copy)."""
        wanted = set(keys)
        if not wanted:
            return set()
        found: set[tuple[str, str, int, str]] = set()
        numbers = sorted({n for _, n, _, _ in wanted})
        with reading(self._engine) as conn:
            for chunk in chunks(numbers):
                rows = rows_of(conn, queries.prints_of_numbers(chunk))
                found |= {(r["kind"], r["number"], r["revision"], r["mark"]) for r in rows} & wanted
        return found

    def revision_times(self, keys: Iterable[tuple[int | None, int]]) -> dict[tuple[int, int], dt.datetime]:
        """Of ``(document id, revision)``, when each revision was filed (``revisions.at``, local
        time): one statement a 500 documents, none when ``keys`` is empty."""
        wanted = {(doc_id, revision) for doc_id, revision in keys if doc_id is not None}
        if not wanted:
            return {}
        found: dict[tuple[int, int], dt.datetime] = {}
        ids = sorted({doc_id for doc_id, _ in wanted})
        with reading(self._engine) as conn:
            for chunk in chunks(ids):
                for row in rows_of(conn, queries.revision_moments(chunk)):
                    key = (row["document_id"], row["revision"])
                    if key in wanted:
                        found[key] = row["at"].astimezone()
        return found

    # ------------------------------------------------------------------ moving
    def transfer_to(self, target: str | os.PathLike) -> TransferSummary:
        """Transfer this whole register into an empty one at ``target`` (created and migrated as needed).

        For the move from the SQLite file to a PostgreSQL server: documents (status, void
        reasons, re-prints, issue times, records), counters and case log, ids and all, in one
        transaction on the target; numbering continues there with no gap and no reuse. This
        register is only read. Raises :class:`RegisterError` ``register_not_empty`` when the
        target holds anything, ``register_same`` when it is this register.

        >>> Register.open("kesu.db").transfer_to("postgresql://clerk@server/kesu").documents  # doctest: +SKIP
        {'8d': 1, 'complaint': 5}
        """
        url = to_url(target)
        if shown(url) == self.address:
            raise RegisterError("register_same", url=self.address)
        from .transfer import transfer_rows

        with Register.open(target, settings=self._settings) as other:
            try:
                return transfer_rows(
                    self._core, other._core, source_address=self.address, target_address=other.address
                )
            except database_errors() + (OSError,) as exc:
                raise RegisterError("register_failed", reason=_reason(exc)) from None

    # ------------------------------------------------------------------ export
    def export_xlsx(self, path: str | os.PathLike, *, lang: str = "zh") -> Path:
        """Write the register (documents and case log) as a spreadsheet; the path written."""
        from .export import write_xlsx

        return write_xlsx(Path(path), self.documents(), self.case_log(), lang=lang)

    # ------------------------------------------------------------------ the export's rows, cached
    @contextlib.contextmanager
    def stored_sheet_rows(self, as_of: dt.date, lang: str = "zh") -> Iterator[Any]:
        """The export's rows (:mod:`.sheet_store`): the stored ones, and those missing (or of
        another layout) made from the records in the same read; None on a register of an
        earlier version. After the export, a register opened to write stores the rows made
        (a read-only one keeps them for :meth:`keep_sheet_rows`). ``lang``: the language of the
        register sheet and the case log (:func:`.sheet_read.stored`)."""
        from . import sheet_store

        made: list[Made] = []
        previous = self._made_rows  # not stored: used again while the register is as it was
        with self._snapshot() as conn, sheet_store.stored(conn, self, as_of, made, previous, lang) as found:
            self.exported_from_records = found is None  # too many rows missing, or an older register
            yield found
        self._made_rows = made[0] if made and made[0] else None
        if self._made_rows is not None and not self._read_only:
            self.keep_sheet_rows()

    @contextlib.contextmanager
    def _snapshot(self) -> Iterator[Connection]:
        """A read transaction that sees one state of the register in all its statements."""
        with self._core.connect() as conn:
            if conn.dialect.name == "postgresql":
                conn = conn.execution_options(isolation_level="REPEATABLE READ")
            with conn.begin():
                yield conn

    def keep_sheet_rows(self) -> int:
        """Store the rows the last export made, in one short transaction (only those whose
        documents did not change since); how many documents' rows were stored. A register
        opened read-only stores them through a connection of its own where its file can be
        written, and not when it was named read-only (``mode=ro``) or cannot be written: they
        are then kept in memory, and the next export of this register, if nothing changed
        meanwhile, uses them again rather than making them anew."""
        from . import sheet_store

        made = self._made_rows
        if made is None:
            return 0
        engine: Engine | None = self._writer() if self._read_only else self._core
        if engine is None:
            return 0  # kept in memory: the next export of this register uses them again
        try:  # (within the bound every write waits, its tries and their wait said: _committed_once)
            stored = self._committed_once(lambda conn: sheet_store.keep(conn, made), engine)
        except database_errors():  # a cache left unwritten (the register busy, read-only media): the
            return 0  # export is written all the same, the next one uses them again or makes them
        finally:
            if engine is not self._core:
                engine.dispose()
        self._made_rows = None
        return stored

    def _writer(self) -> Engine | None:
        """An engine that writes the register this read-only one reads, where that is allowed."""
        url = self._url
        if url is None:
            return None
        if url.get_backend_name() == "sqlite":
            path = url.database or ""
            if not path or path == ":memory:" or path.startswith("file:") or "mode" in url.query:
                return None  # named read-only (or by a URI we do not second-guess)
            if not (os.access(path, os.W_OK) and os.access(Path(path).parent, os.W_OK)):
                return None
        try:
            return connect(url, create=False)
        except RegisterError:
            return None

    def build_sheet_rows(self) -> int:
        """Make and store the export's rows every document and log line lacks (all of them
        when the layout changed: a new program, other deadlines); how many documents' rows."""
        from . import sheet_store

        engine = self._core
        return sheet_store.build(lambda: reading(engine), lambda work: self._write(work, engine), self)

    def store_stale_sheet_rows(self) -> int | None:
        """Where the next export would make every row from the records, cell by cell (after an
        upgrade: a new program or other deadlines change the rows' layout; or too many
        documents lack theirs), make and store them all now, once, so that this export and the
        next read them: how many documents' rows were stored (0: none was stale). None where the
        register cannot be written (named read-only, read-only media, busy): the export then
        makes them in memory, as before."""
        from . import sheet_store

        with reading(self._core) as conn:
            if not sheet_store.stale(conn, self):
                return 0
        engine: Engine | None = self._writer() if self._read_only else self._core
        if engine is None:
            return None
        try:
            return sheet_store.build(lambda: reading(engine), lambda work: self._write(work, engine), self)
        except database_errors() + (RegisterError,):  # (busy, read-only media: as before)
            return None
        finally:
            if engine is not self._core:
                engine.dispose()

    def sheet_rows_missing(self) -> int:
        """How many documents and log lines lack their stored export row (0 when all are there)."""
        import sqlalchemy as sa

        from . import sheet_store

        with reading(self._core) as conn:
            if not sa.inspect(conn).has_table("sheet_rows"):
                return -1
            if sheet_store._version(conn) != sheet_store._layout(self.settings, conn).version:
                return sheet_store.missing(conn) or -1
            return sheet_store.missing(conn)

    def case_log(self, limit: int | None = None) -> list[Event]:
        """Every line of every document's case log, oldest first (the first ``limit``)."""
        from . import sheet_store
        from .sheet_read import case_log

        with reading(self._core) as conn:
            return case_log(sheet_store.SqlReader(conn), limit)


CASE_STATUSES = queries.CASE_STATUSES


def transfer_register(source: str | os.PathLike, target: str | os.PathLike) -> TransferSummary:
    """Transfer the register at ``source`` (which must exist) into an empty register at ``target``.

    >>> transfer_register("kesu.db", "postgresql://clerk@server/kesu").rows  # doctest: +SKIP
    {'counters': 3, 'documents': 6, 'events': 9}
    """
    with Register.open(source, create=False) as register:
        return register.transfer_to(target)


_ONE_PER_REVISION = ("original", "void")  # the marks a revision is printed with once


def _refuse_behind(conn: Connection, folder: Listing, filings: Sequence[Filing], done: Sequence[Any]) -> None:
    """``register_behind_folder`` where ``folder`` holds files numbered past the register's last
    issue in a series the batch draws from (:func:`.folder_ahead.files_ahead`)."""
    from .folder_ahead import files_ahead

    shown, count = files_ahead(conn, folder, filings, done)
    if count:
        more = " …" if count > len(shown) else ""
        lost, records = _BEHIND_SAID["sqlite" if conn.dialect.name == "sqlite" else "server"]
        raise RegisterError(
            "register_behind_folder",
            folder=str(folder.folder),
            count=count,
            files=Bilingual("、".join(shown) + more, "; ".join(shown) + more),
            lost=lost,
            records=records,
        )


# how a register lost its latest records, and where they are found again: an SQLite file's (its
# -wal beside it) or a server's database's (a newer backup of it)
_BEHIND_SAID = {
    "sqlite": (
        Bilingual(
            "很可能是从较早的备份恢复的（或复制时漏了它的 -wal 文件）",
            "most likely put back from a backup older than them (or copied without its -wal file)",
        ),
        Bilingual(
            "恢复前的登记簿文件及其 -wal 文件，或更新的备份",
            "the register file as it was before the restore, with its -wal file, or a newer backup",
        ),
    ),
    "server": (
        Bilingual(
            "很可能是数据库从较早的备份恢复的",
            "most likely its database restored from a backup older than them",
        ),
        Bilingual(
            "恢复前的数据库，或它更新的备份",
            "the database as it was before the restore, or a newer backup of it",
        ),
    ),
}


def _marks_printed(conn: Connection, ids: list[int], marks: Sequence[str]) -> set[tuple[int, int, str]]:
    """(document id, revision, mark) of the prints of ``ids`` made with one of ``marks``; the
    documents' rows locked for this transaction (PostgreSQL: SQLite's write lock holds them all)."""
    found: set[tuple[int, int, str]] = set()
    # locked in one order by every clerk (chunks sorts them): two batches never wait on each other
    for part in chunks(ids):
        if conn.dialect.name == "postgresql":  # (SQLite: the write lock, held)
            rows_of(conn, queries.locked_documents(part))
        rows = rows_of(conn, queries.prints_marked(part, marks))
        found |= {(r["document_id"], r["revision"], r["mark"]) for r in rows}
    return found


def _damage(exc: BaseException) -> Bilingual:
    """:func:`_reason` of a damaged register, Chinese throughout in the Chinese message."""
    from .errors import damage_said

    said = _reason(exc)
    return said if isinstance(said, Bilingual) else damage_said(said)


def _reason(exc: BaseException) -> str | Bilingual:
    """The driver's own words, first line only (SQLAlchemy appends SQL and a help link); a
    full disk said for a clerk (SQLite says "database or disk is full", or "disk I/O error"
    when a write past a file-size limit or a quota fails; PostgreSQL "No space left on device")."""
    original = getattr(exc, "orig", None) or exc
    words = str(original).strip().splitlines()[0] if str(original).strip() else type(original).__name__
    if any(sign in words for sign in _DISK_FULL):
        return Bilingual(
            f"磁盘已满或无法写入（{words}）：这一步没有写入登记簿，腾出空间后再次运行",
            f"the disk is full or cannot be written ({words}): this step was not written to the "
            "register; make room and run again",
        )
    if "unable to open database file" in words:  # SQLite's only words for a folder it cannot write in
        return Bilingual(
            f"无法在该处打开或新建登记簿文件（{words}）：所在文件夹不能写入（只读、没有权限，或网络盘已断开），"
            "或路径不对；请检查文件夹的写权限，或换一个登记簿路径",
            f"the register file cannot be opened or made there ({words}): its folder cannot be written "
            "(read-only, no permission, a network drive gone) or the path is wrong; check the folder's "
            "write permission, or give another register path",
        )
    said = next((zh for sign, zh in _LOCKED.items() if sign in words), None)
    if said is not None:
        return _locked(exc, words, said)
    if getattr(original, "sqlstate", None) == _IDLE_ENDED or "idle-in-transaction timeout" in words:
        from .database import PG_IDLE_IN_WRITE_MS

        seconds = f"{PG_IDLE_IN_WRITE_MS / 1000:.1f}".removesuffix(".0")
        return Bilingual(
            f"kesu 写入登记簿时中途停住超过 {seconds} 秒（如命令行窗口因选中文字而暂停、程序被挂起），"
            f"服务器已结束它的连接（{words}）：这一步没有写入登记簿，其他文员未受阻；再次运行同一命令即可",
            f"kesu stood still for over {seconds} seconds in the middle of a write to the register (a "
            f"console window paused by a text selection, a suspended program), and the server ended its "
            f"connection ({words}): this step was not written to the register, no other clerk kept "
            "waiting; run the same command again",
        )
    state = getattr(original, "sqlstate", None)
    if isinstance(state, str) and state:  # (PostgreSQL's: its English said after our words)
        return _server_refused(state, words)
    return words


# what a PostgreSQL error's SQLSTATE (its whole code, else its class: the first two characters)
# says in Chinese, before the server's own English words
_SQLSTATE_ZH = {
    "42501": "数据库服务器拒绝了这一步：本用户没有相应权限（请服务器管理员按 README 给文员角色授权）",
    "08": "与数据库服务器的连接出错",
    "22": "数据库服务器不接受其中的一个值",
    "23": "数据库服务器拒绝了违反约束的数据",
    "28": "数据库服务器拒绝了这个用户的登录",
    "40": "数据库服务器回滚了这一事务",
    "42": "数据库服务器不接受这一步的语句（登记簿的表可能被改动过）",
    "53": "数据库服务器资源不足（磁盘、内存或连接数）",
    "57": "数据库服务器中止了这一步（管理员的操作，或服务器正在关闭）",
}


def _server_refused(state: str, words: str) -> Bilingual:
    """A PostgreSQL error for a clerk: in Chinese, what its SQLSTATE means, then the server's
    words (English, as the server gave them) after a colon; in English, the server's words as
    they were."""
    zh = _SQLSTATE_ZH.get(state) or _SQLSTATE_ZH.get(state[:2]) or "数据库服务器报告了错误"
    return Bilingual(f"{zh}（SQLSTATE {state}），服务器原文：{words}", words)


UPGRADE_WAIT_S = 600.0
"""How long a clerk opening a register another process is upgrading waits for that upgrade (an
upgrade of a large register's tables may take minutes; it holds the register's write lock
throughout): the writes' bound (``BUSY_TIMEOUT_MS``) a try, tried again while the register is
still older than this program, said once (:func:`_say_upgrade_waited`), then refused as before."""

UPGRADE_WAITED = (
    "kesu：登记簿 {url} 正在由另一个程序升级（其表升级到新版本），等待它完成后继续（最多 {minutes} 分钟）……",
    "kesu: the register {url} is being upgraded by another program (its tables to a newer version): "
    "waiting for it to finish, then going on (at most {minutes} minutes)…",
)


def _lock_met(exc: BaseException) -> bool:
    """Whether ``exc`` is a write's lock waited for the bound in vain (SQLite's "locked",
    PostgreSQL's lock timeout)."""
    from .database import pg_lock_timed_out

    words = str(getattr(exc, "orig", None) or exc)
    return pg_lock_timed_out(exc) or any(sign in words for sign in _LOCKED)


def _say_upgrade_waited(address: str) -> bool:
    """:data:`UPGRADE_WAITED` on stderr, in the clerk's language (``KESU_LANG``/``--lang``); True."""
    import sys

    from ..language import from_env

    zh, en = UPGRADE_WAITED
    said = en if from_env() == "en" else zh
    print(said.format(url=address, minutes=f"{UPGRADE_WAIT_S / 60:g}"), file=sys.stderr, flush=True)
    return True


def _schema_locked(engine: Engine, conn: Connection) -> None:
    """The turn to upgrade the register's tables (:func:`.database.lock_schema`), another
    process's upgrade waited for the bound every write waits (``BUSY_TIMEOUT_MS``); on
    PostgreSQL, past it, refused saying how long and which session held the turn (its advisory
    lock's holder, asked as a row lock's: :func:`.database.blockers_watched`)."""
    from .database import BUSY_TIMEOUT_MS, blockers_watched, note_pg_wait

    if conn.dialect.name != "postgresql":
        lock_schema(conn)  # (SQLite: BEGIN IMMEDIATE holds it already)
        return
    blockers: list[Any] = []
    started = time.monotonic()
    try:
        with blockers_watched(engine, conn, BUSY_TIMEOUT_MS, blockers):
            lock_schema(conn)
    except database_errors() as exc:
        note_pg_wait(exc, started, blockers)
        raise


def _locked(exc: BaseException, words: str, said: str) -> Bilingual:
    """The register held by another program (``words``: the driver's, ``said``: in Chinese):
    how long this one waited for it, as measured (:func:`.database.waited_for`; not the busy
    timeout it was meant to be: a lock refused at once is said so), and what held it
    (:func:`_held_by`) — or nothing of a wait not measured."""
    from .database import waited_for

    found = waited_for(exc)
    if found is None:  # (met elsewhere than the wait for the write lock: no figure claimed)
        zh_wait, en_wait = "登记簿被另一个程序占用", "another program held the register"
    else:
        seconds, holders = found
        shown = f"{seconds:.1f}".removesuffix(".0")  # (60; a test's half second: 0.5, not 0)
        zh_wait = f"登记簿被另一个程序占用，等了 {shown} 秒仍未释放"
        en_wait = f"another program held the register: kesu waited {shown} seconds for it"
        zh_held, en_held = _held_by(exc, holders)
        zh_wait, en_wait = zh_wait + zh_held, en_wait + en_held
    if getattr(getattr(exc, "orig", None) or exc, "sqlstate", None) is not None:  # (PostgreSQL)
        return Bilingual(
            f"{zh_wait}（{said}）：这一步没有写入登记簿；请等其他文员的批次完成再次运行（占用它的程序"
            "已不在时，请服务器管理员结束该连接：SELECT pg_terminate_backend(服务器进程号)）",
            f"{en_wait} ({words}): this step was not written to the register; let the other clerk's "
            "batch finish and run again (where the program holding it is gone, have the server's "
            "administrator end that session: SELECT pg_terminate_backend(server process))",
        )
    return Bilingual(  # (the driver's own words in English only: the Chinese says them in Chinese)
        f"{zh_wait}（{said}）：这一步没有写入登记簿；"
        "请等其他文员的批次完成，或关闭打开着登记簿的程序（如 DB Browser），再次运行",
        f"{en_wait} ({words}): this step was not written to the register; let the other clerk's "
        "batch finish, or close the program that has the register open (DB Browser, say), and run again",
    )


def _held_by(exc: BaseException, holders: list[Any] | None) -> tuple[str, str]:
    """What held the register a write waited for, in Chinese and English (to follow "kesu
    waited N seconds"): the PostgreSQL sessions (:func:`.database.pg_lock_holders`) or the
    processes of this computer (:func:`.database.lock_holders`) named; where none was found,
    that none of this computer held it (another PC's, through a shared folder, or it let go
    meanwhile); where the system cannot tell (not Linux), said so — never an empty name."""
    server = getattr(getattr(exc, "orig", None) or exc, "sqlstate", None) is not None
    if holders is None and server:
        return "（未能向服务器查询占用它的连接）", " (the server could not be asked which session holds it)"
    if holders is None:
        return "（本系统无法查出是哪个程序占用它）", " (this system cannot tell which program holds it)"
    if not holders:
        if server:
            return (  # (asked until the try ended: _ask_blockers)
                "（占用它的连接：不明——等待期间向服务器查询，未见到占用它的连接，可能刚刚释放）",
                " (held by: an unknown session — none was seen holding it when the server was asked "
                "during the wait; it may have let go)",
            )
        return (
            "（本机没有进程占用它：可能是另一台电脑通过共享文件夹占用，或它刚刚释放）",
            " (no process of this computer holds it: another computer's, through a shared folder, or it let go just now)",
        )
    if server:
        zh = "；".join(_session_said(h, "zh") for h in holders)
        en = "; ".join(_session_said(h, "en") for h in holders)
        return f"（占用它的连接：{zh}）", f" (held by {en})"
    return f"（占用它的进程：{'；'.join(holders)}）", f" (held by process {'; '.join(holders)})"


def _session_said(holder: Any, lang: str) -> str:
    """A PostgreSQL session holding the register (:class:`.database.PgHolder`) for a clerk: its
    program (kesu's ``application_name``: the command and the PC), client address, server
    process and when its transaction began — what the server shows this user of it: of another
    role's session without ``pg_read_all_stats``, "another session (role X)"; of one it does
    not show at all, that who it is cannot be seen. Said from the catalogue (register/errors.py)."""
    since = f"{holder.since:%Y-%m-%d %H:%M:%S}" if holder.since is not None else None
    if holder.role is None:
        return Problem("register_holder_unseen", params={"pid": holder.pid}).message(chosen(lang))
    if holder.address is None and since is None:  # (another role's: pg_read_all_stats not granted)
        program = holder.application or Bilingual("另一个连接", "another session")
        params = {"program": program, "role": holder.role, "pid": holder.pid}
        return Problem("register_holder_hidden", params=params).message(chosen(lang))
    where = (
        Bilingual(f"客户端 {holder.address}", f"from {holder.address}")
        if holder.address
        else Bilingual("客户端地址不向本用户显示", "its address not shown to this user")
    )
    began = (
        Bilingual(f"事务始于 {since}", f"in its transaction since {since}")
        if since
        else Bilingual("开始时间不向本用户显示", "its start not shown to this user")
    )
    program = holder.application or Bilingual("未具名程序", "an unnamed program")
    params = {"program": program, "where": where, "pid": holder.pid, "began": began}
    return Problem("register_holder", params=params).message(chosen(lang))


_DISK_FULL = ("database or disk is full", "disk I/O error", "No space left on device", "Disk quota exceeded")
# SQLite past its busy timeout; PostgreSQL past lock_timeout (55P03): the driver's words, said in Chinese
_LOCKED = {
    "database table is locked": "数据库的表被锁定",
    "database is locked": "数据库被锁定",
    "lock timeout": "等待锁超时",
    "could not obtain lock": "无法取得锁",
}
