"""Where the register lives: an SQLite file or a PostgreSQL server, and how to write to it safely.

Every write runs in one transaction that first takes the write lock — SQLite: ``BEGIN
IMMEDIATE`` with a busy timeout, so concurrent processes queue instead of failing;
PostgreSQL: the counter row is read ``FOR UPDATE`` (see :mod:`.register`), a lock another
session holds waited for within the same minute (``lock_timeout`` a try, :data:`PG_LOCK_TRY_MS`).
The number and the document's row are committed together or not at all, which keeps series
gapless.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from ..problems import Bilingual
from .errors import RegisterError, damage_said, damaged_words, database_errors, original
from .files import READING_ONLY

if TYPE_CHECKING:  # (SQLAlchemy imported where an engine is made: a writer on sqlite3 needs none)
    from sqlalchemy.engine import URL, Connection, Engine

# this module's codes in the message catalogue (problems.py reads them on first look-up)
MESSAGES: dict[str, tuple[str, str]] = {
    "register_damaged": (
        "登记簿 {url} 已损坏（{detail}），不能再在其中编号或查询。请从备份恢复：关闭所有正在运行的 "
        "kesu，把损坏的文件改名保存（留作调查），把最近一次的备份复制为 {url}，再用 kesu register "
        "list 核对最后的编号；备份之后编号的文件请用 kesu render 重新登记（它们保留表上的编号）。",
        "The register {url} is damaged ({detail}): no number can be issued or looked up in it. "
        "Restore it from a backup: stop every running kesu, rename the damaged file (keep it for "
        "investigation), copy the latest backup to {url}, check the last numbers with kesu register "
        "list, and file again with kesu render what was numbered since the backup (it keeps its numbers).",
    ),
    "register_foreign": (
        "数据库 {url} 中有不属于 kesu 的表（{tables}），可能是别的程序的数据库：kesu 不会在其中建表或"
        "写入。请换一个文件或数据库；如确要共用，请在 kesu.toml 中设 [database] allow_foreign_tables = true",
        "The database {url} holds tables that are not kesu's ({tables}): it may be another program's "
        "database, and kesu adds nothing to it. Use another file or database; to share it on purpose, "
        "set [database] allow_foreign_tables = true in kesu.toml",
    ),
    "register_changed": (
        "登记簿 {url} 被 kesu 以外的程序改过：其中有 kesu 不建的触发器或唯一索引（{triggers}），它们可以在 kesu "
        "写入时改动编号或记录、或拒绝写入，kesu 不在其中编号。请管理员删除这些触发器或索引（DROP TRIGGER 触发器名"
        "【PostgreSQL：ON 表名】，DROP INDEX 索引名）后再运行；不要用较早的备份代替登记簿，备份之后发出的编号会被再次发出",
        "The register {url} was changed outside kesu: it holds triggers or unique indexes kesu never makes "
        "({triggers}), which can change numbers or records as kesu writes them, or refuse them, and kesu numbers "
        "nothing in it. Have its administrator drop them (DROP TRIGGER name [PostgreSQL: "
        "ON table], DROP INDEX name) and run the command again; do not put an older backup in its place, as the "
        "numbers issued since that backup would be issued again",
    ),
    "register_old_read_only": (
        "登记簿 {url} 是旧版本（{found}），需要先升级才能读取，但它是只读的：请把它复制到可写的位置再打开",
        "The register {url} has the older schema version {found}, which needs an upgrade, but it is "
        "read-only: copy it somewhere writable first",
    ),
}

BUSY_TIMEOUT_MS = 60_000  # a clerk's batch may hold the lock for a few seconds
PG_CONNECT_TIMEOUT_S = 5  # an unreachable server must fail fast with a clear message
PG_KEEPALIVES = ("-c tcp_keepalives_idle=30", "-c tcp_keepalives_interval=10", "-c tcp_keepalives_count=3")
"""The server's side of a kesu connection (settings any user may give, ``-c`` at connecting):
a network cut without a reset (a PC's cable pulled, a VPN dropped mid-batch) is found by the
server in about a minute, the transaction rolled back and its locks on the counters let go —
the operating system's default, two hours of other clerks' batches waiting for those locks."""
PG_OLDEST = (10,)
"""The oldest PostgreSQL kesu files in: ``txid_status`` (10) tells what became of a write whose
commit answer was lost (:meth:`.register.Register._committed_once`); an older server is
refused when the register is opened (``register_server_too_old``), before any number."""
PG_IDLE_IN_WRITE_MS = 60_000
"""How long a kesu write transaction on PostgreSQL may sit idle between two statements before
the server ends its session (``idle_in_transaction_session_timeout``, set for kesu's write
transactions only): a kesu process frozen mid-transaction while its PC stays on the network (a
Windows console's QuickEdit selection, a process suspended, a debugger) would otherwise hold
the counters' locks — every other clerk's batch waiting — for ever (the TCP keepalives find a
PC gone, not a process stopped). kesu's own writes never pause a second between statements; a
read (an export streaming its rows) is not bounded."""
PG_LOCK_TRY_MS = 10_000
"""How long one try of a kesu write transaction on PostgreSQL waits for a lock another session
holds (``lock_timeout``, set for kesu's write transactions only) before it gives up its own
locks and tries again: all the tries together within :data:`BUSY_TIMEOUT_MS`, the minute an
SQLite register's clerk waits (:meth:`.register.Register._committed_once`), after which the
clerk is told how long kesu waited and which sessions held the register
(:func:`pg_lock_holders`) — before, a clerk waited as long as the holder lived."""
_PG_MIGRATION_LOCK = 0x6B657375  # advisory lock id ("kesu") serialising schema upgrades


def to_url(target: str | os.PathLike) -> URL:
    """``kesu.db`` / ``sqlite:///kesu.db`` / ``postgresql://u@host/db`` → an SQLAlchemy URL.

    PostgreSQL goes through psycopg 3 (``postgresql+psycopg``) unless a driver is named.
    """
    import sqlalchemy as sa
    from sqlalchemy.engine import URL
    from sqlalchemy.exc import ArgumentError

    text = os.fspath(target)
    if "\0" in text:  # through the Python API: Python said "ValueError: embedded null byte"
        from ..problems import NUL_IN_NAME

        raise RegisterError("register_unreachable", url=text.replace("\0", "\\0"), reason=NUL_IN_NAME)
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
    if url.get_backend_name() == "sqlite" and _in_memory(url):
        raise RegisterError("register_in_memory", url=text)
    if url.get_backend_name() == "sqlite" and (ignored := _ignored_options(url)):
        raise RegisterError("register_uri_ignored", url=text, names=", ".join(ignored))
    if url.get_backend_name() == "sqlite" and (named := _options_in_the_name(url)):
        raise RegisterError("register_uri_not_file", url=text, names=", ".join(named))
    if url.get_backend_name() == "sqlite" and _unlocked(url):
        raise RegisterError("register_unlocked", url=text)
    if url.get_backend_name() == "sqlite" and (other := _other_vfs(url)):
        raise RegisterError("register_vfs", url=text, vfs=other)
    return url


# what the SQLite driver itself takes from an address's query (SQLAlchemy's pysqlite dialect)
_DRIVER_OPTIONS = (
    "uri",
    "timeout",
    "isolation_level",
    "detect_types",
    "check_same_thread",
    "cached_statements",
)


def _uri_on(url: URL) -> bool:
    """Does ``url`` say ``uri=true`` (SQLAlchemy's words for true)?"""
    return str(url.query.get("uri", "")).lower() in ("1", "true", "yes", "on", "y", "t")


def _ignored_options(url: URL) -> list[str]:
    """The SQLite URI parameters of ``url`` that would be dropped (``sqlite:///k.db?nolock=1``
    with no ``uri=true``): SQLAlchemy printed its English warning twice and went on without
    them — the clerk's ``mode=ro`` or ``cache=shared`` silently not in force."""
    if _uri_on(url):
        return []
    return _sqlite_options(url)


def _sqlite_options(url: URL) -> list[str]:
    """The names in ``url``'s query that are SQLite's, not the driver's (``nolock``, ``mode``)."""
    return sorted(key for key in url.query if key not in _DRIVER_OPTIONS)


def _options_in_the_name(url: URL) -> list[str]:
    """SQLite's parameters of an address with ``uri=true`` whose database does not start
    ``file:`` (``sqlite:///k.db?cache=shared&uri=true``): SQLite takes such a name as a plain
    file's, parameters and all — a new register ``k.db?cache=shared`` numbering from 1 beside
    the clerk's ``k.db``, the parameters never in force."""
    if not _uri_on(url) or (url.database or "").startswith("file:"):
        return []
    return _sqlite_options(url)


def _uri_parameters(url: URL) -> tuple[str, list[tuple[str, str]]] | None:
    """(the path, the parameters in their order) of the SQLite URI the driver is given for
    ``url`` — as SQLite reads them (:func:`_sqlite_query`; ``%3F`` in the address's path is a
    ``?``) — or None when SQLite is given a plain file name (no ``uri=true``, or a name not
    starting ``file:``)."""
    from urllib.parse import unquote

    if not _uri_on(url):  # (the dialect would warn of any parameter it then drops)
        return None
    (name, *_), options = url.get_dialect()().create_connect_args(url)
    if not options.get("uri") or not str(name).startswith("file:"):
        return None
    path, _, query = str(name)[len("file:") :].partition("#")[0].partition("?")
    return unquote(path), _sqlite_query(query)


def _sqlite_query(query: str) -> list[tuple[str, str]]:
    """An SQLite URI's parameters as SQLite reads them: split at each ``&`` and the first ``=``
    written as such, then percent-escapes decoded (``vfs=mem%64b`` is ``memdb``), ``%00``
    ending the name or value it is in, a ``+`` kept a ``+`` (``parse_qsl``, an HTML form's
    reading, made ``nolock=1+`` — true to SQLite — the value ``1 ``)."""
    from urllib.parse import unquote

    pairs = []
    for part in query.split("&"):
        name, _, value = part.partition("=")
        if name:
            pairs.append((unquote(name).partition("\0")[0], unquote(value).partition("\0")[0]))
    return pairs


def _values(parameters: list[tuple[str, str]], name: str) -> list[str]:
    """Every value the parameter ``name`` is given (SQLite reads the first of some names, the
    last of others: each is asked)."""
    return [value for key, value in parameters if key == name]


def _maybe_true(value: str) -> bool:
    """Could SQLite take the URI boolean ``value`` for true? Anything but plainly false (empty,
    zeros, ``no``, ``off``, ``false``): SQLite reads more as true than ``1``, ``yes``, ``on``,
    ``true`` — any number not 0 in its lowest byte (``2``, ``01``, ``1x``: its leading digits;
    ``0x1``) — and a word it does not know as false (refused all the same: nobody writes
    ``nolock=maybe``)."""
    return value.strip("0") != "" and value.lower() not in ("no", "off", "false")


def _unlocked(url: URL) -> bool:
    """An SQLite URI that takes the file's locks away (``nolock=1``, ``immutable=1``, a VFS
    that locks nothing: ``unix-none``, ``win32-none``): two clerks' commands then read the same
    last number and issue it twice — or a number is issued on a file another writes meanwhile.
    ``nolock=2``, or ``nolock=1&nolock=0`` (SQLite reads the first), takes them away too."""
    found = _uri_parameters(url)
    if found is None:
        return False
    parameters = found[1]
    return any(
        _maybe_true(value) for value in _values(parameters, "nolock") + _values(parameters, "immutable")
    ) or any(value.lower().endswith("-none") for value in _values(parameters, "vfs"))


DEFAULT_VFS = ("win32", "win32-longpath") if sys.platform == "win32" else ("unix",)
"""The VFS SQLite opens a file with when none is named (and its long-path twin on Windows): the
one every clerk's kesu locks the register through."""


def _other_vfs(url: URL) -> str:
    """The VFS an SQLite URI names other than the default (:data:`DEFAULT_VFS`), "" when none:
    ``memdb`` keeps the register in memory, ``unix-none`` takes no lock, and ``unix-dotfile``,
    ``unix-flock``, ``unix-excl`` lock otherwise than the default — another clerk's kesu, locking
    the default way, never meets those locks, and both issue the same number. Any spelling of
    the name (``VFS``, ``Vfs``), any of its values (SQLite reads the last; refused whichever)."""
    found = _uri_parameters(url)
    if found is None:
        return ""
    named = [value for key, value in found[1] if key.lower() == "vfs"]
    return next((value for value in named if value not in DEFAULT_VFS), "")


def _in_memory(url: URL) -> bool:
    """An SQLite address of a database in memory (``sqlite://``, ``sqlite:///:memory:``, a
    ``file:…?mode=memory`` URI, the ``memdb`` VFS — which names a file it never writes): gone as
    the command ends — every number issued again. The early word; a URI it does not know
    (``file::memory:``) is refused once connected (:func:`_sqlite_locking`)."""
    database = url.database or ""
    found = _uri_parameters(url)
    path, parameters = found if found is not None else (database, [])
    return (
        database in ("", ":memory:")
        or path in ("", ":memory:")
        or url.query.get("mode") == "memory"
        or url.query.get("vfs") == "memdb"
        or "memory" in _values(parameters, "mode")
        or "memdb" in _values(parameters, "vfs")
    )


def shown(url: URL) -> str:
    """The address as a clerk may see it: the file path, or the URL without its password."""
    if url.get_backend_name() == "sqlite":
        return url.database or ":memory:"
    return url.render_as_string(hide_password=True)


_A_FOLDER = Bilingual(
    "这是一个文件夹，不是登记簿文件：请给出登记簿文件的路径（如 D:\\客诉\\kesu.db）",
    "it is a folder, not a register file: give the register file's path (such as D:\\complaints\\kesu.db)",
)


_NOT_A_FILE = Bilingual(
    "这不是普通文件（是管道、设备或套接字），不能作为登记簿：请给出登记簿文件的路径（如 D:\\客诉\\kesu.db）",
    "it is not a regular file (a pipe, a device or a socket), so it cannot be a register: give the "
    "register file's path (such as D:\\complaints\\kesu.db)",
)


def _not_a_file(path: str) -> bool:
    """Is ``path`` there as something else than a file or a folder (a pipe, ``/dev/zero``)? SQLite
    said only "disk I/O error", which kesu put as a full disk."""
    import stat

    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


def connect(url: URL, *, create: bool, read_only: bool = False) -> Engine:
    """An engine for ``url``; with ``create=False`` a missing SQLite file is an error.

    ``read_only`` (listing, export) opens an SQLite file only to read it, leaving nothing of the
    reader's beside it (:func:`.files.read_only_uri`), so that a register on archive media or a
    write-protected share can be read.
    """
    import sqlalchemy as sa
    from sqlalchemy.exc import NoSuchModuleError

    from .queries import check_columns

    check_columns()
    backend = url.get_backend_name()
    if backend == "sqlite":
        path = url.database
        if path and path != ":memory:" and not path.startswith("file:"):
            if Path(path).is_dir():  # (SQLite says only "unable to open database file")
                raise RegisterError("register_unreachable", url=path, reason=_A_FOLDER)
            if _not_a_file(path):
                raise RegisterError("register_unreachable", url=path, reason=_NOT_A_FILE)
            if not create and not Path(path).is_file():
                raise RegisterError("register_missing", url=path)
            if not Path(path).parent.is_dir():
                raise RegisterError("register_no_folder", url=path)
            if read_only:
                url = _read_only_url(Path(path))
        engine = sa.create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        _sqlite_locking(engine, read_only=read_only)
        return engine
    try:
        given = url.query.get("options", "")  # (a URL's own ?options=… kept, ours after it)
        options = " ".join([*(given if isinstance(given, tuple) else [given]), *PG_KEEPALIVES]).strip()
        return sa.create_engine(
            url,
            connect_args={
                "connect_timeout": PG_CONNECT_TIMEOUT_S,
                "keepalives": 1,  # this side: a server gone silent is found in about a minute
                "keepalives_idle": 30,
                "keepalives_interval": 10,
                "keepalives_count": 3,
                "options": options,
                **({} if "application_name" in f"{url.query}" else {"application_name": application_name()}),
            },
            pool_pre_ping=True,
        )
    except (NoSuchModuleError, ImportError) as exc:
        raise RegisterError(
            "register_unreachable", url=shown(url), reason=f"{exc} (pip install 'kesu-docs[postgres]')"
        ) from None


def application_name() -> str:
    """What a kesu connection to PostgreSQL calls itself (``application_name``, shown in
    ``pg_stat_activity`` and in another clerk's "held by"): the command (``kesu render``, as
    click runs it; else the program's name) and this computer's name, ASCII (PostgreSQL shows
    any other character as ``?``: a Chinese PC name is written ``\\u8d28\\u68c0``, readable), at
    most 63 bytes (its limit), never cutting such an escape in two. A URL's own (``?application_name=``, or in
    its ``?options=-c application_name=…``) wins."""
    import socket

    click = sys.modules.get("click")  # (the command line's: never imported for a library's use)
    context = click.get_current_context(silent=True) if click is not None else None
    command = context.command_path if context is not None else f"kesu ({Path(sys.argv[0] or 'python').name})"
    said = ""
    for char in f"{command} on {socket.gethostname()}":  # (质检-PC: \u8d28\u68c0-PC, not ??-PC)
        part = char if char.isascii() else char.encode("ascii", "backslashreplace").decode()
        if len(said) + len(part) > 63:  # (never an escape cut in two)
            break
        said += part
    return said


def dispose(engine: Engine) -> None:
    """Close every connection of ``engine``; a private copy it read (:func:`.files.snapshot`)
    goes with its last reader. Call it once an engine (a read-only one too)."""
    from .files import release

    engine.dispose()
    if engine.url.get_backend_name() == "sqlite" and engine.url.database:
        release(engine.url.database)


def _read_only_url(path: Path) -> URL:
    """The URI of :func:`.files.read_only_uri` (its connections run ``READING_ONLY`` first)."""
    from sqlalchemy.engine import URL

    from .files import read_only_uri

    return URL.create("sqlite", database=read_only_uri(path), query={"uri": "true"})


def _sqlite_locking(engine: Engine, *, read_only: bool = False) -> None:
    """Let us issue BEGIN ourselves, so a write can take the lock up front (BEGIN IMMEDIATE)."""
    from sqlalchemy import event

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record) -> None:
        dbapi_conn.isolation_level = None  # the driver must not open transactions by itself
        cursor = dbapi_conn.cursor()
        # a database with no file (``file::memory:``, ``file:?uri=true``, ``vfs=memdb``: URIs
        # the address's check cannot all know) is gone as the command ends: every number again
        # … and so is one whose file is nowhere on the disk (the memdb VFS names one it never
        # writes, whatever the address's spelling: ``mem%2564b``)
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")  # (before the journal is asked)
        listed = cursor.execute("PRAGMA database_list").fetchall()
        if any(row[1] == "main" and not _on_disk(row[2]) for row in listed) or _journal_in_memory(cursor):
            cursor.close()
            dbapi_conn.close()
            raise RegisterError("register_in_memory", url=shown(engine.url))
        if read_only:  # nothing to set on a file we only read; nothing may change it
            cursor.execute(READING_ONLY)
            cursor.close()
            return
        writer_settings(cursor, engine.url.database)
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        if not conn.get_execution_options().get("kesu_write", False):
            conn.exec_driver_sql("BEGIN")
            return
        started = time.monotonic()  # (the only statement of kesu's that waits for SQLite's lock)
        try:
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        except database_errors() as exc:
            _waited(exc, started, engine.url.database)
            raise


def _on_disk(path: str | None) -> bool:
    """Is the file SQLite says it opened a file on the disk? (SQLite makes a register's file
    as it opens it: a new register's is there, empty.) A file's VFS gives its full path; the
    memdb VFS the name as written (``kesu.db``), which may well name a file of the folder."""
    return bool(path) and os.path.isabs(path) and os.path.isfile(path)  # type: ignore[arg-type]


def _journal_in_memory(cursor: Any) -> bool:
    """Does a connection just opened keep its journal in memory? A file opens with its own
    (``delete``, or ``wal`` as the file says); a database in memory with ``memory``, whatever
    file name it was given (the memdb VFS with a full path to a register on the disk)."""
    row = cursor.execute("PRAGMA journal_mode").fetchone()
    return row is not None and str(row[0]).lower() == "memory"


def writer_settings(cursor: Any, path: str | None) -> None:
    """A writer's connection to the SQLite register ``path`` set up (``cursor``: a DB-API
    cursor of it, its busy timeout set; SQLAlchemy's engine and :mod:`.lite_writer` alike).
    WAL: readers never block the writer; NORMAL sync is durable across a crash of the program
    and only risks the last commits on power loss — and costs no fsync per number."""
    _write_ahead(cursor, path)
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.execute("PRAGMA foreign_keys = ON")


def _write_ahead(cursor: Any, path: str | None = None) -> None:
    """The register's journal set to WAL (``cursor``: a DB-API cursor of a connection not in a
    transaction, its busy timeout set; ``path``: the register's file), waiting for whoever holds
    the write lock meanwhile.

    A file not yet in WAL — a new register, or one an older program left in another mode — is
    switched by writing its first page: SQLite reads it, then asks for the write lock while
    holding its read. Where another connection holds the write lock at that moment (the other
    clerk's kesu switching the same new register: two batches started together on a register
    not yet made), SQLite answers "database is locked" at once, its busy timeout unused (it
    waits only for a lock it can get without a deadlock). So then the write lock is waited for
    as every write waits for it (``BEGIN IMMEDIATE``), given back, and the switch asked again —
    found done by the other, as a rule; the busy timeout bounds all the tries together. A file
    already in WAL is only read: no lock asked."""
    import sqlite3  # (the driver of every SQLite connection: imported already)

    started = time.monotonic()
    deadline = started + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            cursor.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            left = deadline - time.monotonic()
            if not busy(exc) or left <= 0:
                _waited(exc, started, path)
                raise
        cursor.execute(f"PRAGMA busy_timeout = {max(1, int(left * 1000))}")  # one minute in all
        try:
            cursor.execute("BEGIN IMMEDIATE")  # (past the minute: "database is locked", as said)
            cursor.execute("ROLLBACK")
        except sqlite3.OperationalError as exc:
            _waited(exc, started, path)
            raise
        finally:
            cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")


_SQLITE_BUSY = 5  # SQLite's result code for a lock another connection holds


def busy(exc: BaseException) -> bool:
    """Whether SQLite's error ``exc`` is its refusal of a lock another connection holds
    (``SQLITE_BUSY``, "database is locked", met past the busy timeout or at once)."""
    code = getattr(exc, "sqlite_errorcode", None)  # (Python 3.10: only its words)
    return code & 0xFF == _SQLITE_BUSY if code is not None else "database is locked" in str(exc)


def _waited(exc: BaseException, started: float, path: str | None) -> None:
    """Note on the driver's error ``exc`` (SQLite's "database is locked") how long this
    connection waited for the register's write lock (from ``started``, :func:`time.monotonic`)
    and which processes hold it where the system tells (:func:`lock_holders`): what the
    refusal says (:func:`waited_for`), rather than the busy timeout it was meant to be."""
    original: Any = getattr(exc, "orig", None) or exc
    with contextlib.suppress(AttributeError):  # (an exception of the driver's takes attributes)
        original.kesu_waited = (time.monotonic() - started, lock_holders(path) if path else [])


def waited_for(exc: BaseException) -> tuple[float, list[Any] | None] | None:
    """How long a write waited for the register before ``exc`` refused it, and what held the
    register then (each holder as ``pid (command)``, :func:`lock_holders`, or a :class:`PgHolder`
    on PostgreSQL; empty where none was found, None where this system or server cannot tell):
    None when ``exc`` was not met waiting for the write lock."""
    return getattr(getattr(exc, "orig", None) or exc, "kesu_waited", None)


PROC = Path("/proc")
"""Where Linux tells which process holds which lock (``locks``) and what each process is
(``PID/cmdline``, ``PID/fd``): elsewhere (Windows, macOS) there is no such folder, and the
holder of SQLite's lock cannot be named (:func:`lock_holders` says None)."""


def lock_holders(path: str) -> list[str] | None:
    """The processes holding the write lock of the SQLite register ``path``, as ``pid
    (command)``, read from Linux's ``/proc/locks`` (:data:`PROC`): WAL's write lock (byte 120
    of the ``-shm`` file), a rollback journal's reserved and pending locks (bytes
    0x40000000–0x40000001 of the file itself). Empty where no process of this computer holds
    it (another computer's, through a shared folder; or it let go meanwhile); None where the
    lock table cannot be read — SQLite does not tell who holds its locks, and no other system
    says it this way."""
    wanted = []
    for name, first, last in ((f"{path}-shm", 120, 120), (path, 0x40000000, 0x40000001)):
        try:
            found = os.stat(name)
        except OSError:
            continue
        wanted.append((found, first, last))
    pids: list[int] = []
    try:
        with open(PROC / "locks", encoding="ascii", errors="replace") as table:
            for line in table:
                parts = line.split()
                if len(parts) < 8 or parts[1] == "->" or parts[1] != "POSIX" or not parts[4].isdigit():
                    continue  # (a waiter's line, another kind of lock, an OFD lock without a pid)
                pid, start, end = int(parts[4]), parts[6], parts[7]
                for found, first, last in wanted:
                    if (
                        start.isdigit()
                        and int(start) <= last
                        and (end == "EOF" or (end.isdigit() and int(end) >= first))
                    ):
                        if pid not in pids and _locks(parts[5], pid, found):
                            pids.append(pid)
    except OSError:
        return None
    return [f"{pid} ({_command_of(pid)})" for pid in pids]


def _locks(where: str, pid: int, file: os.stat_result) -> bool:
    """Whether a line of ``/proc/locks`` (``MAJOR:MINOR:INODE``, of process ``pid``) is of ``file``:
    its device and inode; or, where the device the lock table names is not the one ``stat``
    gives (btrfs' subvolumes, overlay filesystems), its inode and a file the process holds open
    that is ``file`` (its ``/proc/PID/fd`` entry, as ``stat`` sees it)."""
    device, _, inode = where.rpartition(":")
    if inode != str(file.st_ino):
        return False
    if device == f"{os.major(file.st_dev):02x}:{os.minor(file.st_dev):02x}":
        return True
    try:
        held = os.listdir(PROC / str(pid) / "fd")
    except OSError:
        return False
    for fd in held:
        try:
            opened = os.stat(PROC / str(pid) / "fd" / fd)
        except OSError:
            continue
        if (opened.st_dev, opened.st_ino) == (file.st_dev, file.st_ino):
            return True
    return False


def _command_of(pid: int) -> str:
    """A process's command line, shortened (``?`` where the line cannot be read)."""
    try:
        with open(PROC / str(pid) / "cmdline", "rb") as line:
            words = line.read().split(b"\0")
        said = " ".join(" ".join(w.decode(errors="replace").split()) for w in words if w)
    except OSError:
        said = ""
    return (said[:117] + "…" if len(said) > 120 else said) or "?"


@contextlib.contextmanager
def writing(engine: Engine, lock_ms: float | None = None) -> Iterator[Connection]:
    """A transaction holding the register's write lock; committed when the block ends.
    PostgreSQL: a lock another session holds is waited for ``lock_ms`` at most (default
    :data:`PG_LOCK_TRY_MS`; then 55P03, "lock timeout"; 0: as long as it is held; a schema
    upgrade's turn waits :data:`BUSY_TIMEOUT_MS`, its holder named past it)."""
    with engine.connect() as conn:
        conn.execution_options(kesu_write=True)
        with conn.begin():
            if conn.dialect.name == "postgresql":  # (this transaction's alone: SET LOCAL's is_local)
                waits = int(PG_LOCK_TRY_MS if lock_ms is None else lock_ms)
                begun = conn.exec_driver_sql(_PG_WRITE_BEGUN % (int(PG_IDLE_IN_WRITE_MS), waits)).first()
                conn.info[LINES_BEFORE] = begun[2] if begun is not None else None
                conn.info[BACKEND_PID] = begun[3] if begun is not None else None
            yield conn


PG_LOCK_TIMEOUT = "55P03"  # PostgreSQL lock_not_available: past lock_timeout (or NOWAIT)


def pg_lock_timed_out(exc: BaseException) -> bool:
    """Whether a driver's error is PostgreSQL's lock timeout (a lock another session held)."""
    return getattr(getattr(exc, "orig", None) or exc, "sqlstate", None) == PG_LOCK_TIMEOUT


class PgHolder(NamedTuple):
    """A PostgreSQL session holding a lock on the register's tables: its server process,
    ``application_name`` (kesu's: :func:`application_name`), client address and the time its
    transaction began (local time), its role; None where the server does not show it to this
    user (another role's session, without ``pg_read_all_stats``: its address and start; a
    session not shown at all: all but its process)."""

    pid: int
    application: str | None
    address: str | None
    since: dt.datetime | None
    role: str | None = None


_PG_BLOCKERS = (  # (each blocker, shown or not: one pg_stat_activity does not show is "cannot see who")
    "SELECT b.pid, a.application_name, host(a.client_addr), a.xact_start, a.usename "
    "FROM unnest(pg_blocking_pids(%(pid)s)) AS b(pid) LEFT JOIN pg_stat_activity a ON a.pid = b.pid "
    "ORDER BY 4 NULLS LAST, 1"
)


def pg_lock_holders(engine: Engine, pid: int) -> list[PgHolder] | None:
    """The sessions that block the server process ``pid`` (this clerk's write, waiting for a
    lock: ``pg_blocking_pids``), oldest transaction first, read on a connection of its own —
    only those: another session writing elsewhere in the register is none of them; None where
    the server cannot be asked. Asked while ``pid`` still waits (:func:`blockers_watched`)."""
    try:
        with engine.connect() as conn:
            rows = conn.exec_driver_sql(_PG_BLOCKERS, {"pid": pid}).all()
            conn.rollback()
    except database_errors():
        return None
    return [
        PgHolder(pid, application or None, address, since.astimezone() if since else None, role)
        for pid, application, address, since, role in rows
    ]


@contextlib.contextmanager
def blockers_watched(engine: Engine, conn: Connection, lock_ms: int, found: list[Any]) -> Iterator[None]:
    """While a PostgreSQL write's last try runs (``conn``, its locks waited for ``lock_ms`` at
    most), the sessions blocking it asked from a second connection shortly before that wait
    ends (a second before, or half-way in a shorter try): :func:`pg_lock_holders`, appended to
    ``found`` — once the try has given up, no session blocks it any more."""
    pid = conn.info.get(BACKEND_PID)
    if pid is None:
        yield
        return
    ended = threading.Event()
    watcher = threading.Thread(
        target=_ask_blockers,
        args=(engine, pid, max(lock_ms / 2, lock_ms - 1000) / 1000, ended, found),
        daemon=True,
    )
    watcher.start()
    try:
        yield
    finally:
        ended.set()
        watcher.join(PG_CONNECT_TIMEOUT_S + 5)


ASK_AGAIN_S = 0.2
"""How often :func:`blockers_watched` asks again while no session is seen blocking the write."""


def _ask_blockers(engine: Engine, pid: int, after_s: float, ended: threading.Event, found: list[Any]) -> None:
    """The sessions blocking ``pid`` asked ``after_s`` seconds on, appended to ``found``, and
    asked again every :data:`ASK_AGAIN_S` while none is seen and the try goes on (``ended`` not
    set): a lock met after the first answer (the write busy elsewhere then) is still named
    (robust33: it was said "none found")."""
    if ended.wait(after_s):
        return
    while True:
        answer = pg_lock_holders(engine, pid)
        found.append(answer)
        if answer is None or answer or ended.wait(ASK_AGAIN_S):
            return


def note_pg_wait(exc: BaseException, started: float, blockers: list[Any]) -> None:
    """Note on PostgreSQL's lock timeout ``exc`` how long the write waited (since ``started``,
    :func:`time.monotonic`) and the sessions that blocked it (:func:`blockers_watched`'s last
    answer naming one, else its last; none asked: none found) — what the refusal says
    (:func:`waited_for`)."""
    if pg_lock_timed_out(exc):
        named = [answer for answer in blockers if answer]
        with contextlib.suppress(AttributeError):
            original: Any = getattr(exc, "orig", None) or exc
            original.kesu_waited = (time.monotonic() - started, (named or blockers or [[]])[-1])


BACKEND_PID = "kesu_backend_pid"
"""A PostgreSQL write transaction's ``conn.info`` key: its server process (what
:func:`blockers_watched` asks the blockers of)."""
LINES_BEFORE = "kesu_lines_before"
"""A PostgreSQL write transaction's ``conn.info`` key: the last case-log id any transaction had
drawn when it began (its events' sequence: the lines it writes are numbered above it), the floor
of :data:`.register._ASKED`'s search for its own line, however many others logged meanwhile."""
_PG_WRITE_BEGUN = (  # (the WHENs in their order: no privilege asked of a table not there)
    "SELECT set_config('idle_in_transaction_session_timeout', '%d', true), "
    "set_config('lock_timeout', '%d', true), CASE WHEN to_regclass('events') IS NULL THEN NULL "
    "WHEN has_sequence_privilege(pg_get_serial_sequence('events', 'id'), 'SELECT, USAGE') "
    "THEN pg_sequence_last_value(pg_get_serial_sequence('events', 'id')::regclass) END, pg_backend_pid()"
)
"""What each PostgreSQL write transaction asks first: its idle and lock timeouts, and the last
case-log line number drawn (:data:`LINES_BEFORE`) — NULL where there is no case log yet, or
where the role may draw line numbers but not read the last one (``UPDATE`` on the sequence
without ``SELECT`` or ``USAGE``: README's clerks' grants give ``USAGE``): its own line is then
looked for among all the lines, the latest first."""


@contextlib.contextmanager
def reading(engine: Engine) -> Iterator[Connection]:
    """A plain transaction for queries."""
    with engine.connect() as conn, conn.begin():
        yield conn


def lock_schema(conn: Connection) -> None:
    """Serialise schema upgrades between processes (SQLite: BEGIN IMMEDIATE already does)."""
    if conn.dialect.name == "postgresql":
        import sqlalchemy as sa

        conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_MIGRATION_LOCK})


def check_server(conn: Connection, address: str) -> None:
    """A PostgreSQL server older than :data:`PG_OLDEST` refused (its version as the driver read
    it when connecting: no statement)."""
    found = conn.dialect.server_version_info if conn.dialect.name == "postgresql" else None
    if found and tuple(found) < tuple(PG_OLDEST):
        raise RegisterError(
            "register_server_too_old",
            url=address,
            found=".".join(map(str, found)),
            oldest=".".join(map(str, PG_OLDEST)),
        )


def check_integrity(conn: Connection, address: str) -> None:
    """SQLite's ``quick_check``: a damaged file is refused with how to restore it from a backup."""
    if conn.dialect.name != "sqlite":
        return  # PostgreSQL checks its own pages (and is backed up by its server's tools)
    try:
        found = [row[0] for row in conn.exec_driver_sql("PRAGMA quick_check(3)")]
    except database_errors() as exc:  # so damaged that the check itself cannot run
        raise RegisterError("register_damaged", url=address, detail=damage_said(str(original(exc)))) from None
    if found != ["ok"]:
        raise RegisterError(
            "register_damaged", url=address, detail=damage_said("; ".join(map(str, found))[:300], len(found))
        )


def damaged(exc: BaseException) -> bool:
    """Whether a database error says the SQLite file is damaged."""
    return damaged_words(str(original(exc)))


def planted_triggers(conn: Connection, known: set[str]) -> list[str]:
    """The triggers on the register's own tables (``known``, in the database's default schema):
    kesu makes none, so each was planted by someone else — one resetting the counter had kesu
    issue a number twice and blame the form ("already another document's"). A trigger of
    another program on its own table (a database shared on purpose) is not kesu's concern."""
    if conn.dialect.name == "sqlite":
        found = conn.exec_driver_sql("SELECT name, tbl_name FROM sqlite_master WHERE type = 'trigger'")
    elif conn.dialect.name == "postgresql":
        found = conn.exec_driver_sql(
            "SELECT t.tgname, c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
            "WHERE NOT t.tgisinternal AND t.tgenabled <> 'D' "  # (a disabled trigger runs never)
            "AND c.relnamespace = current_schema()::regnamespace"
        )
    else:
        return []
    return sorted(f"{name} ON {table}" for name, table in found if table in known)


def planted_unique_indexes(
    conn: Connection, known: set[str], kesus: set[tuple[str, tuple[str, ...]]]
) -> list[str]:
    """The unique indexes on the register's own tables (``known``) that kesu does not make
    (``kesus``: its unique indexes as (table, columns) — it makes none; its unique constraints'
    own indexes are not counted): one on ``documents (kind)`` refused every second form of a
    kind, said as SQLite's "UNIQUE constraint failed: documents.kind" — nothing numbered,
    nothing said of who planted it. Known by their columns, not their names: one of kesu's
    index names made again UNIQUE is planted as well."""
    if conn.dialect.name == "sqlite":  # (a constraint's index has no SQL of its own)
        rows = conn.exec_driver_sql(
            "SELECT name, tbl_name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
            "AND upper(sql) LIKE 'CREATE UNIQUE%'"
        ).fetchall()
        found = [
            (
                name,
                table,
                tuple(str(c[2]) for c in conn.exec_driver_sql(f"PRAGMA index_info({_quoted(name)})")),
            )
            for name, table in rows
        ]
    elif conn.dialect.name == "postgresql":
        found = [
            (name, table, tuple(columns))
            for name, table, columns in conn.exec_driver_sql(
                "SELECT i.relname, c.relname, array(SELECT coalesce(a.attname, '') FROM unnest(x.indkey) "
                "WITH ORDINALITY k(n, o) LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.n "
                "ORDER BY k.o) FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid "
                "JOIN pg_class c ON c.oid = x.indrelid WHERE x.indisunique "
                "AND c.relnamespace = current_schema()::regnamespace "
                "AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid)"
            )
        ]
    else:
        return []
    return sorted(
        f"{name} ON {table}"
        for name, table, columns in found
        if table in known and (table, columns) not in kesus
    )


def foreign_tables(conn: Connection, known: set[str]) -> list[str]:
    """The tables of the database (its default schema) that are not the register's."""
    if conn.dialect.name == "sqlite":  # (the main database's, as SQLAlchemy's inspector reads them)
        names = [
            row[0] for row in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table'")
        ]
    else:
        import sqlalchemy as sa

        names = sa.inspect(conn).get_table_names()
    return sorted(n for n in names if n not in known and not n.startswith("sqlite_"))


def _quoted(name: str) -> str:
    """An SQLite identifier quoted (an index's name in a PRAGMA)."""
    return '"' + name.replace('"', '""') + '"'
