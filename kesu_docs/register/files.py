"""Where an SQLite register's file is, and how it is opened only to be read.

Both readers of the file use these (:mod:`.database` through SQLAlchemy, :mod:`.lite` through
``sqlite3``); this module imports neither.
"""

from __future__ import annotations

import atexit
import os
import shutil
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

from ..file_stamp import Stamp, stamp_of


def read_only_uri(path: Path) -> str:
    """The URI that reads the SQLite register at ``path`` and leaves nothing of the reader's
    behind (give it to :func:`reading_only` too).

    A WAL register is read with two files beside it, ``-wal`` and ``-shm``. SQLite deletes them
    when the last connection closes — unless that connection is read-only (``mode=ro``), which
    cannot checkpoint: it left them, created by the reading user, and a writer of another user
    could no longer write ("attempt to write a readonly database"). So:

    - the reader may write the file (and make files beside it): a read-write handle kept to
      reading by ``query_only``, whose close removes the files as a writer's does (with a
      writer's files there, it shares them);
    - the files are there (a writer has the register open): ``mode=ro`` shares them;
    - nobody may write it (no write permission at all, a read-only file system: an archive):
      ``immutable=1``, which reads the file alone, with no lock and no WAL — right only when
      no process can write meanwhile (SQLite's rule for ``immutable``);
    - the reader may not make files in its folder (the usual set-up: a folder the service owns,
      clerks read): it can leave none, but SQLite cannot read a WAL file it may not make them
      for, and ``immutable=1`` on a file a writer may start on is unsafe — the reader reads a
      copy of its own (:func:`snapshot`), taken while the file did not change;
    - else (another user may write it, and would be locked out by our files) the reader is
      refused with the reason (:data:`REFUSED_READER`).
    """
    if os.access(path, os.W_OK) and os.access(path.parent, os.W_OK):  # as its writers may
        # first: a writer closing between a look for its files and a ``mode=ro`` opening would
        # have this reader make them anew, and leave them
        return _uri(path, "mode=rw")
    if all(Path(f"{path}{suffix}").exists() for suffix in ("-wal", "-shm")):
        return _uri(path, "mode=ro")
    if nobody_writes(path):
        return _uri(path, "mode=ro&immutable=1")
    if not os.access(path.parent, os.W_OK | os.X_OK):
        return _uri(snapshot(path), SNAPSHOT_FLAGS)  # give it back by release(uri)
    from .errors import RegisterError

    raise RegisterError(REFUSED_READER, url=str(path))


REFUSED_READER = "register_read_only_no_writer"
"""The code of a reader that may not write a register another user writes, while no writer has it open."""

READING_ONLY = "PRAGMA query_only = ON"
"""Every connection :func:`read_only_uri` opens runs it first: no statement may change the register."""


def reading_only(conn: Any) -> None:
    """A DB-API connection opened on :func:`read_only_uri` kept to reading."""
    cursor = conn.cursor()
    cursor.execute(READING_ONLY)
    cursor.close()


def nobody_writes(path: Path) -> bool:
    """No write permission on the file for anyone, or a file system mounted read-only."""
    if not os.stat(path).st_mode & 0o222:
        return True
    statvfs = getattr(os, "statvfs", None)  # POSIX; Windows shows a read-only file as no write bit
    return statvfs is not None and bool(statvfs(path).f_flag & os.ST_RDONLY)


SNAPSHOT_TRIES = 5
"""Copies :func:`snapshot` takes before it gives up on a register being written all along."""


@dataclass
class _Copy:
    folder: Path  # private to this user (mode 0700), the copy in it
    copy: Path
    readers: int = 0  # the connections and engines reading it; removed when the last is done


_copies: dict[Path, _Copy] = {}
_copies_lock = threading.Lock()  # the table above only: held for no copy
_copying: dict[Path, threading.Lock] = {}  # one a register: its copy is taken under it alone


def snapshot(path: Path) -> Path:
    """A copy of the register at ``path``, private to this reader, made by SQLite's backup API
    while no writer had it open: no ``-wal`` before or after, the file's identity, size and time
    unchanged. A writer only changes the file itself by a checkpoint of its ``-wal``, so such a
    copy is the register as it stood.

    One copy serves every reading of the register at once within a command (the reader's own
    connection and the full register it may open beside it): each :func:`read_only_uri` that
    gave it is matched by a :func:`release` when that reading ends, and the last one removes it —
    the copy of a 1 GB register does not wait in the temporary folder for the process to end
    (a server, a long export). A reading never given back (a reader never closed) is removed
    at exit (:func:`_remove_left`). A copy is taken under its register's own lock: a large
    copy holds up no reader of another register."""
    with _copies_lock:
        copying = _copying.setdefault(path, threading.Lock())
    with copying:
        with _copies_lock:
            held = _copies.get(path)
            if held is not None:
                held.readers += 1
                return held.copy
        made = _backup(path)
        with _copies_lock:
            made.readers = 1
            _copies[path] = made
            return made.copy


def release(uri: str) -> None:
    """A reading of :func:`read_only_uri`'s ``uri`` is done: the last one of a copy removes it."""
    with _copies_lock:
        for original, held in list(_copies.items()):
            if uri == _uri(held.copy, SNAPSHOT_FLAGS):
                held.readers -= 1
                if held.readers <= 0:
                    del _copies[original]
                    shutil.rmtree(held.folder, True)
                return


@atexit.register
def _remove_left() -> None:
    """The copies still read when the process ends (a reader never closed, library use): a
    full-size copy of the register must not stay in the temporary folder for good."""
    with _copies_lock:
        for held in _copies.values():
            shutil.rmtree(held.folder, True)
        _copies.clear()


SNAPSHOT_FLAGS = "mode=ro&immutable=1"
"""How a copy is read: nobody else writes it."""


def _backup(path: Path) -> _Copy:
    """The copy :func:`snapshot` reads, taken anew until the register stood still throughout."""
    import sqlite3
    import tempfile

    from .errors import RegisterError

    folder = None
    try:
        folder = Path(tempfile.mkdtemp(prefix="kesu-read-"))  # 0700: no other user reads it
        copy = folder / path.name
        for _ in range(SNAPSHOT_TRIES):
            before = _state(path)
            copy.unlink(missing_ok=True)
            try:
                _copy_pages(path, copy)
            except sqlite3.Error:
                if before is None or _state(path) != before:  # a writer came: take it again
                    continue
                raise  # the copy itself failed (a full disk): said
            if before is not None and _state(path) == before:
                return _Copy(folder, copy)
    except BaseException as exc:  # the temporary folder full or not writable, Ctrl-C: the copy gone
        if folder is not None:
            shutil.rmtree(folder, True)
        if not isinstance(exc, (OSError, sqlite3.Error)):
            raise
        size = f"{path.stat().st_size / 1e6:.1f} MB" if path.exists() else "?"
        reason = exc.strerror if isinstance(exc, OSError) else str(exc)
        raise RegisterError(
            "register_copy_failed",
            url=str(path),
            folder=tempfile.gettempdir(),
            reason=reason or type(exc).__name__,
            size=size,
        ) from exc
    shutil.rmtree(folder, True)
    raise RegisterError(REFUSED_READER, url=str(path))


def _copy_pages(path: Path, copy: Path) -> None:
    """The register's pages into ``copy`` by SQLite's backup API (a database whole, not bytes
    that happened to be in the file)."""
    import sqlite3

    source = sqlite3.connect(_uri(path, SNAPSHOT_FLAGS), uri=True)
    try:
        target = sqlite3.connect(copy)
        try:
            source.backup(target)
        finally:
            target.close()
    finally:
        source.close()


def _state(path: Path) -> Stamp | None:
    """What changes when the register is written; None while a writer has it open (its ``-wal``)."""
    if Path(f"{path}-wal").exists():
        return None
    return stamp_of(os.stat(path))


def _uri(path: Path, flags: str) -> str:
    return f"file:{quote(str(path))}?{flags}"


def sqlite_path(target: str | os.PathLike) -> Path | None:
    """The file of an SQLite register named by a path (or ``sqlite:///path``); None for a URL
    this reader does not take (a server, an in-memory database, a URI with options)."""
    text = os.fspath(target)
    if text.startswith("sqlite:///"):
        text = text[len("sqlite:///") :]
        if not text or "?" in text or text.startswith("file:") or text == ":memory:":
            return None
        return Path(text)  # as SQLAlchemy names it (database.shown): not resolved
    elif "://" in text:
        return None
    return Path(text).expanduser().resolve()
