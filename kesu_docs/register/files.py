"""Where an SQLite register's file is, and how it is opened only to be read.

Both readers of the file use these (:mod:`.database` through SQLAlchemy, :mod:`.lite` through
``sqlite3``); this module imports neither.
"""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import quote


def read_only_uri(path: Path) -> str:
    """``file:PATH?mode=ro`` (``&immutable=1`` where its folder cannot be written and no WAL
    files are beside it: read-only media, which nobody writes meanwhile)."""
    flags = "mode=ro"
    writable = os.access(path.parent, os.W_OK)
    wal_files = all(Path(f"{path}{suffix}").exists() for suffix in ("-wal", "-shm"))
    if not writable and not wal_files:
        flags += "&immutable=1"
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
