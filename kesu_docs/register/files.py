"""Where an SQLite register's file is, and how it is opened only to be read.

Both readers of the file use these (:mod:`.database` through SQLAlchemy, :mod:`.lite` through
``sqlite3``); this module imports neither.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any
from urllib.parse import quote


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
        return _uri(snapshot(path), "mode=ro&immutable=1")
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

_snapshots: dict[Path, Path] = {}


def snapshot(path: Path) -> Path:
    """A copy of the register at ``path``, of this process alone (removed at its exit), taken
    while no writer had it open: no ``-wal`` before or after, the file's identity, size and
    time unchanged. A writer only changes the file itself by a checkpoint of its ``-wal``, so
    such a copy is the register as it stood. One copy per register and process."""
    import atexit
    import shutil
    import tempfile

    from .errors import RegisterError

    if path in _snapshots:
        return _snapshots[path]
    folder = None
    try:
        folder = Path(tempfile.mkdtemp(prefix="kesu-read-"))
        atexit.register(shutil.rmtree, folder, True)
        copy = folder / path.name
        for _ in range(SNAPSHOT_TRIES):
            before = _state(path)
            shutil.copyfile(path, copy)
            if before is not None and _state(path) == before:
                _snapshots[path] = copy
                return copy
    except OSError as exc:  # a temporary folder full or not writable: said, the partial copy gone
        if folder is not None:
            shutil.rmtree(folder, True)
        size = f"{path.stat().st_size / 1e6:.1f} MB" if path.exists() else "?"
        raise RegisterError(
            "register_copy_failed",
            url=str(path),
            folder=tempfile.gettempdir(),
            reason=exc.strerror or type(exc).__name__,
            size=size,
        ) from exc
    shutil.rmtree(folder, True)
    raise RegisterError(REFUSED_READER, url=str(path))


def _state(path: Path) -> tuple[int, int, int, int] | None:
    """What changes when the register is written; None while a writer has it open (its ``-wal``)."""
    if Path(f"{path}-wal").exists():
        return None
    found = os.stat(path)
    return found.st_ino, found.st_size, found.st_mtime_ns, found.st_ctime_ns


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
