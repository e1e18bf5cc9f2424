"""The compiled programs of :func:`~kesu_docs.lazy_re.lazy_re`'s patterns, kept from one run to
the next: a pattern compiled once is not parsed and compiled again by every ``kesu`` process.

Python compiles a regular expression in Python code (``re._parser`` parses it, ``re._compiler``
turns it into the program that the C engine ``_sre`` runs); the reader's patterns — classes of
CJK characters, alternations of every form's label words — cost ≈ 45 ms of CPU in each
``kesu parse`` process, the start-up's largest part after the imports (≈ 4 % of parsing 200
forms, issue 15). The program is a list of integers: it is kept in a file of the user's cache
folder (:func:`kesu_docs.config.private_cache_dir`, ``regex``), and a pattern found there is
made by ``_sre.compile`` from it — the same call, with the same arguments, that
``re.compile`` ends with. The pattern made is equal to ``re.compile``'s (a compiled pattern
compares its pattern, flags and program).

Kept per Python: the file's name carries the interpreter's tag and the engine's ``MAGIC``, its
content the whole :data:`KEY` (the interpreter's version, the engine's ``MAGIC``, code size and
limits), so a program is only ever given to the engine that wrote it. The engine checks every program it is given (``_sre`` validates it: a
damaged one raises, and the pattern is compiled as without the file); a file that is not
private, not what :func:`_save` writes, or unreadable is not used. Where Python's compiler is
not where 3.10–3.13 keep it, or a probe pattern made both ways differs (:data:`USABLE`), every
pattern is compiled by ``re`` as before — slower, never different. The file is written when a
process ends having compiled a pattern it did not hold (``atexit``; a ``--jobs`` worker, which
ends with ``os._exit``, leaves it to the command), whole then renamed; a program that none of
the last :data:`STALE` writes used is left out (a pattern made of a text that changed), and past
:data:`MOST` programs only this run's are kept. A pattern built from a set is built in one order
whatever the hash seed (words of one length sorted by their letters), or every run would add
one.
"""

from __future__ import annotations

import _sre
import atexit
import contextlib
import marshal
import os
import re
import sys
from typing import Any

try:
    from re import _compiler as _sre_compiler  # type: ignore[attr-defined,unused-ignore]
    from re import _parser as _sre_parser  # type: ignore[attr-defined,unused-ignore]
except ImportError:  # Python 3.10
    try:
        import sre_compile as _sre_compiler  # type: ignore[no-redef,unused-ignore]
        import sre_parse as _sre_parser  # type: ignore[no-redef,unused-ignore]
    except ImportError:
        _sre_compiler = _sre_parser = None  # type: ignore[assignment,unused-ignore]

MOST = 2000  # programs kept at most (the reader's own: some 400)
STALE = 64  # writes of the file after which a program none of them used is left out

Program = tuple[int, list[int], int, dict[str, int], tuple[Any, ...]]

KEY = repr(
    (
        sys.version,
        sys.implementation.cache_tag,
        getattr(_sre, "MAGIC", None),
        getattr(_sre, "CODESIZE", None),
        getattr(_sre, "MAXREPEAT", None),
        getattr(_sre, "MAXGROUPS", None),
    )
)


def program(pattern: str | bytes, flags: int) -> Program:
    """What ``re._compiler.compile(pattern, flags)`` hands ``_sre.compile`` after the pattern
    (the same steps, Python 3.10–3.13): flags, program, groups, group names both ways."""
    parsed = _sre_parser.parse(pattern, flags)
    code = _sre_compiler._code(parsed, flags)
    groupindex = parsed.state.groupdict
    indexgroup: list[Any] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    # (the program's opcodes are ints of a subclass, which ``marshal`` does not write: plain ints)
    return (
        int(flags | parsed.state.flags),
        [int(word) for word in code],
        int(parsed.state.groups - 1),
        {str(name): int(index) for name, index in groupindex.items()},
        tuple(indexgroup),
    )


def _made(pattern: str | bytes, kept: Program) -> re.Pattern[Any]:
    flags, code, groups, groupindex, indexgroup = kept
    return _sre.compile(pattern, flags, list(code), groups, dict(groupindex), tuple(indexgroup))


def _usable() -> bool:
    """Does a pattern made from its program equal ``re``'s own (a group, a name, a class, flags)?"""
    if _sre_compiler is None or not hasattr(_sre_compiler, "_code") or not hasattr(_sre, "compile"):
        return False
    try:
        for probe, flags in ((r"(?P<a>[a-zé]+)\s*(\d{2,4})|x", re.I), (rb"a(b)?", 0)):
            if _made(probe, program(probe, flags)) != _sre_compiler.compile(probe, flags):
                return False
    except Exception:  # (any change of Python's private compiler: compile as before)
        return False
    return True


USABLE = _usable()

Key = tuple[str | bytes, int]
_kept: dict[Key, tuple[int, Program]] | None = None  # read at the first pattern compiled
_writes = 0  # the file's count of writes when it was read
_used: set[Key] = set()
_new = False


def _path() -> str | None:
    """The file of this Python's programs (named by its version and its engine's: the whole
    :data:`KEY` is checked inside)."""
    from .cache_files import private_cache_dir

    folder = private_cache_dir("regex")
    if folder is None:
        return None
    return os.path.join(
        folder, f"programs-{sys.implementation.cache_tag}-{getattr(_sre, 'MAGIC', 0)}.marshal"
    )


def _read(path: str | None) -> tuple[int, dict[Key, tuple[int, Program]]]:
    """The file's count of writes and its programs, each with the write that last used it;
    none when the file is missing, not private or not ours."""
    if path is None:
        return 0, {}
    from .cache_files import read_private

    data = read_private(path)
    if not data:
        return 0, {}
    try:
        kept = marshal.loads(data)
    except (EOFError, ValueError, TypeError):
        return 0, {}
    if not (
        isinstance(kept, tuple)
        and len(kept) == 3
        and kept[0] == KEY
        and isinstance(kept[1], int)
        and isinstance(kept[2], dict)
    ):
        return 0, {}
    return kept[1], kept[2]


def compiled(pattern: str | bytes, flags: int) -> re.Pattern[Any]:
    """``re._compiler.compile(pattern, flags)``, made from the program kept for it when there
    is one (see the module's docstring)."""
    global _kept, _writes, _new
    flags = int(flags)  # (a RegexFlag is no int to marshal)
    if not USABLE or flags & re.DEBUG:
        return _sre_compiler.compile(pattern, flags)
    if _kept is None:
        _writes, _kept = _read(_path())
    key = (pattern, flags)
    kept = _kept.get(key)
    if kept is not None:
        try:
            made = _made(pattern, kept[1])
        except Exception:  # (a program the engine refused, damaged: compiled again below)
            del _kept[key]
        else:
            _used.add(key)
            return made
    found = program(pattern, flags)
    made = _made(pattern, found)
    _kept[key] = (_writes, found)
    _used.add(key)
    if not _new:
        _new = True
        atexit.register(_save)
    return made


def _save() -> None:
    """Keep this process's programs with those another process kept meanwhile (written whole,
    then renamed: a reader sees the old file or the new one); a program no write of the last
    :data:`STALE` used is left out, and past :data:`MOST` programs only this run's are kept."""
    path = _path()
    if path is None or _kept is None:
        return
    writes, kept = _read(path)
    writes = max(writes, _writes) + 1
    for key, (_, found) in _kept.items():
        if key in _used:
            kept[key] = (writes, found)
        else:
            kept.setdefault(key, (_kept[key][0], found))
    kept = {key: entry for key, entry in kept.items() if entry[0] > writes - STALE}
    if len(kept) > MOST:
        kept = {key: entry for key, entry in kept.items() if key in _used}
    try:
        data = marshal.dumps((KEY, writes, kept))
    except ValueError:  # (a program of objects marshal does not write: none is kept)
        return
    # written beside it under a name of its own, made 0600 whatever the umask, then renamed:
    # nothing imported for it (a start-up's exit; kesu_docs.leftovers imports shutil, subprocess …)
    temp = f"{path}.{os.getpid()}-{os.urandom(4).hex()}.tmp"
    try:
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        with os.fdopen(fd, "wb") as file:
            if hasattr(os, "fchmod"):
                os.fchmod(fd, 0o600)
            file.write(data)
        os.replace(temp, path)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(temp)
