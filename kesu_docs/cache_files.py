"""The user's cache folder and the private files kept in it (the templates' compiled code, a
blank form's font subset, the regular expressions' programs): here, apart from
:mod:`kesu_docs.config` and its pydantic, so that what a start-up keeps there
(:mod:`kesu_docs.re_programs`) imports nothing heavy. :mod:`kesu_docs.config` gives the same
names."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path


def cache_dir(what: str) -> Path:
    """The folder where kesu keeps ``what`` it made once and may use again (a blank form's font
    subset, the templates' compiled code): ``$KESU_CACHE/what``, else the user's cache folder
    (``$XDG_CACHE_HOME``, else ``~/.cache``) ``/kesu-docs/what``. Anything in it may be deleted
    at any time: it is made again when next needed."""
    base = os.environ.get("KESU_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "kesu-docs"
    )
    return Path(base) / what


def private_cache_dir(what: str) -> Path | None:
    """:func:`cache_dir` made (mode 0700) and checked as private, or None: a folder others can
    write in (``KESU_CACHE`` naming a shared folder, a symlink, another user's folder, one
    group- or other-writable) is never used, as code or fonts planted there would be run or
    read; nor one that cannot be made. Only the folder is checked, as Jinja checks its own
    (on Windows, as Jinja, nothing is: a user's folders are private by their ACLs)."""
    folder = cache_dir(what)
    try:
        folder.parent.parent.mkdir(parents=True, exist_ok=True)
        for made in (folder.parent, folder):
            made.mkdir(mode=0o700, exist_ok=True)
        return folder if _private(os.lstat(folder), dir_=True) else None
    except OSError:
        return None


def refused_cache_dir(what: str) -> Path | None:
    """:func:`cache_dir` when it is there but not used (:func:`private_cache_dir`: others can
    write in it, a link, another user's), for the command to say so once; None when it is used,
    or is simply not there to be made (a read-only home: nothing to mend)."""
    if private_cache_dir(what) is not None:
        return None
    folder = cache_dir(what)
    return folder if os.path.lexists(folder) else None


def write_private(path: str | os.PathLike[str], data: bytes) -> None:
    """Keep ``data`` in a file of a :func:`private_cache_dir` (written whole, then made 0600
    whatever the umask, so :func:`read_private` reads it back); a failure keeps nothing: the
    cache is made again when next needed."""
    from .leftovers import write_file

    with contextlib.suppress(OSError):
        write_file(path, data, mode=0o600)


def read_private(path: str | os.PathLike[str]) -> bytes | None:
    """The bytes of a file in a :func:`private_cache_dir`, or None when it is missing,
    unreadable, a link, or not private (another user's, or group- or other-writable)."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0))
    except OSError:
        return None
    with os.fdopen(fd, "rb") as file:
        try:
            return file.read() if _private(os.fstat(fd)) else None
        except OSError:
            return None


def _private(st: os.stat_result, *, dir_: bool = False) -> bool:
    import stat

    if not (stat.S_ISDIR(st.st_mode) if dir_ else stat.S_ISREG(st.st_mode)):
        return False
    if os.name == "nt" or not hasattr(os, "geteuid"):
        return True
    return st.st_uid == os.geteuid() and not st.st_mode & (stat.S_IWGRP | stat.S_IWOTH)
