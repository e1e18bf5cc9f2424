"""Regular expressions compiled when first used, not when their module is imported.

Python compiles a pattern in Python code (``re._parser``, ``re._compiler``); a class of CJK
characters such as ``[\\u4e00-\\u9fff]`` alone costs a loop over its 21,000 characters. The
reader's modules hold some 360 patterns: compiling them all was ≈ 0.1 s of every ``kesu``
process (≈ 8 % of parsing 200 forms, issue 15), though one form uses about a third of them —
the others wait for a layout that needs them. A pattern made with :func:`lazy_re` is compiled
at its first search, match, sub …; from then on those are the compiled pattern's own bound
methods, kept on the object, so a call costs what it did.

A pattern of :func:`lazy_re` is compiled outside ``re``'s own cache of 512 patterns: it keeps
its compiled pattern itself and never looks it up there, and in that cache it only pushed out
the patterns the reader's ``re.match(r"…", text)`` calls do look up (first in, first out). A
batch compiles ≈ 1,050 patterns on its first pass, two thirds of them lazy ones: the cache
overflowed and the next pass compiled 73 patterns again (≈ 2 % of a warm PDF parse, issue 15).

What compiling a pattern makes (the matcher's code: a list of numbers) is the same in every run
of one Python, yet each ``kesu`` command made it again for each of the ≈ 110 patterns its first
form uses — ≈ 250 M instructions, a sixth of ``kesu parse --jobs 2``'s start-up before its
workers are forked, where nothing runs beside it (issue 15). The command (:func:`keep_compiled`)
keeps that code in kesu's cache folder (``patterns``, private as the templates' is) at its end,
and its next runs build each pattern from it (``_sre.compile``, which checks the code as Python
does for any pattern) instead of parsing and compiling it again. The file is keyed by Python's
version and its matcher's (another Python compiles again) and carries a checksum of what it
holds (a damaged file is not read: the patterns are compiled, as before). A library program
never reads nor writes it.
"""

from __future__ import annotations

import re
from typing import Any, AnyStr, cast

try:  # (what ``re.compile`` calls once it has not found a pattern in its cache)
    from re import _compiler as _sre_compiler  # type: ignore[attr-defined,unused-ignore]
    from re import _parser  # type: ignore[attr-defined,unused-ignore]
except ImportError:  # Python 3.10
    import sre_compile as _sre_compiler  # type: ignore[no-redef,unused-ignore]
    import sre_parse as _parser  # type: ignore[no-redef,unused-ignore]

# what a compiled pattern offers besides ``pattern`` (kept as given: other patterns are built
# from it at import, and that must not compile this one)
_COMPILED = (
    "search",
    "match",
    "fullmatch",
    "sub",
    "subn",
    "findall",
    "finditer",
    "split",
    "scanner",
    "flags",
    "groups",
    "groupindex",
)


class _LazyPattern:
    """A pattern of :func:`lazy_re`: compiled (an :class:`_Uncompiled` one becomes this class at
    its first use), its compiled pattern's names held in slots, read as any slot is — no
    ``__getattr__`` on this class: Python asks a class that has one before every reading of
    every name, the quick path of a slot's never taken (≈ 130,000 times a batch of the bench's
    37 prints, issue 15)."""

    __slots__ = ("pattern", "_flags", *_COMPILED)
    pattern: str | bytes
    _flags: int

    def __reduce__(self) -> tuple[Any, tuple[str | bytes, int]]:
        return (lazy_re, (self.pattern, self._flags))

    def __repr__(self) -> str:
        return f"lazy_re({self.pattern!r}, {self._flags!r})"


class _Uncompiled(_LazyPattern):
    """A pattern not compiled yet: the first reading of a name of _COMPILED compiles it, and
    the object becomes the :class:`_LazyPattern` it is from then on (the same slots)."""

    __slots__ = ()

    def __init__(self, pattern: str | bytes, flags: int) -> None:
        self.pattern = pattern
        self._flags = flags

    def __getattr__(self, name: str) -> Any:
        # called only while a name of _COMPILED is not set yet: the first use compiles
        if name not in _COMPILED:
            raise AttributeError(name)
        compiled = _compiled(self.pattern, self._flags)
        for attribute in _COMPILED:
            setattr(self, attribute, getattr(compiled, attribute))
        self.__class__ = _LazyPattern  # type: ignore[assignment]  # (every name set: no __getattr__ asked again)
        return getattr(compiled, name)


def _compiled(pattern: str | bytes, flags: int) -> re.Pattern[Any]:
    """``re.compile(pattern, flags)`` without entering ``re``'s cache (see the module's
    docstring); ``re.compile`` where its compiler is not where Python 3.10–3.13 keep it. With
    :func:`keep_compiled`: built from the code kept by an earlier run, else compiled and its
    code kept."""
    if _KEEP[0] and isinstance(pattern, str):
        made = _from_kept(pattern, flags)
        if made is not None:
            return made
        made = _compiled_and_kept(pattern, flags)
        if made is not None:
            return made
    compile_ = getattr(_sre_compiler, "compile", None)
    if compile_ is None:
        return re.compile(pattern, flags)
    return cast("re.Pattern[Any]", compile_(pattern, flags))


_KEEP = [False]  # keep_compiled() called: this process reads and writes the patterns' file
_KEPT: dict[tuple[str, int], list[Any]] = {}  # (pattern, flags) -> its parts, read from the file
_NEW: dict[tuple[str, int], list[Any]] = {}  # compiled by this process, not in the file
_LOADED = [False]
KEPT_MOST = 5000
"""Patterns the file holds at most: past it, only those this run used are written (a pattern
edited in a new version of kesu leaves its old text behind)."""
_USED: set[tuple[str, int]] = set()


def keep_compiled() -> None:
    """Build the patterns of this process from the code an earlier ``kesu`` command kept, and
    keep what this one compiles anew when it ends (the command's start: ``kesu_docs.cli``)."""
    if _KEEP[0]:
        return
    import atexit

    _KEEP[0] = True
    atexit.register(_write_kept)


def _sre() -> Any:
    return getattr(_sre_compiler, "_sre", None)


def _file() -> Any:
    """The patterns' file of this Python in kesu's private cache folder, or None."""
    import hashlib
    import sys

    from .config import private_cache_dir

    sre = _sre()
    if sre is None:
        return None
    folder = private_cache_dir("patterns")
    if folder is None:
        return None
    key = hashlib.sha256(f"{sys.version}|{sre.MAGIC}|{sre.CODESIZE}|{sre.MAXREPEAT}".encode()).hexdigest()
    return folder / f"patterns-{key[:16]}.bin"


def _code_array() -> Any:
    """An empty array of the matcher's code units (``CODESIZE`` bytes each)."""
    from array import array

    return next(array(kind) for kind in "IL" if array(kind).itemsize == _sre().CODESIZE)


def _load() -> None:
    """The file read once (a missing, damaged, foreign or not private one: nothing read).
    ``marshal``, each pattern's code as bytes: read in ≈ 1/10 of the time of the same in JSON
    (≈ 350 patterns after a PDF's reading, 0.5 MB as JSON); a pattern's code is made a list of
    numbers only when the pattern is used."""
    import hashlib
    import marshal

    from .config import read_private

    _LOADED[0] = True
    try:
        path = _file()
        data = read_private(path) if path is not None else None
        if not data:
            return
        digest, _, body = data.partition(b"\n")
        if hashlib.sha256(body).hexdigest().encode() != digest:
            return
        for pattern, flags, *parts in marshal.loads(body):
            _KEPT[(pattern, flags)] = parts
    except (OSError, ValueError, TypeError, EOFError):
        _KEPT.clear()


def _from_kept(pattern: str, flags: int) -> re.Pattern[Any] | None:
    """The pattern built from the code the file kept for it; None when it kept none (or the
    matcher refuses it as not its code: then it is compiled again)."""
    if not _LOADED[0]:
        _load()
    parts = _KEPT.get((pattern, flags))
    if parts is None:
        return None
    try:
        final, units, groups, groupindex, indexgroup = parts
        code = _code_array()
        code.frombytes(units)
        made = _sre().compile(pattern, final, code.tolist(), groups, groupindex, tuple(indexgroup))
    except (RuntimeError, TypeError, ValueError, OverflowError, AttributeError, StopIteration):
        del _KEPT[(pattern, flags)]
        return None
    _USED.add((pattern, flags))
    return cast("re.Pattern[Any]", made)


def _compiled_and_kept(pattern: str, flags: int) -> re.Pattern[Any] | None:
    """``re``'s compiler's own steps (parse, code, ``_sre.compile``) with their parts kept for
    the file; None where this Python's compiler has other steps."""
    try:
        parsed = _parser.parse(pattern, flags)
        code = _sre_compiler._code(parsed, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        units = _code_array()
        units.extend(code)
        parts = [flags | parsed.state.flags, units.tobytes(), parsed.state.groups - 1, groupindex, indexgroup]
        made = _sre().compile(pattern, parts[0], code, parts[2], groupindex, tuple(indexgroup))
    except (AttributeError, StopIteration, OverflowError):
        return None
    _NEW[(pattern, flags)] = parts
    _USED.add((pattern, flags))
    return cast("re.Pattern[Any]", made)


def _write_kept() -> None:
    """At the command's end: the file written again when this run compiled a pattern it did
    not hold (whole, through a temporary file; a failure keeps nothing)."""
    import hashlib
    import marshal

    from .config import write_private

    if not _NEW:
        return
    kept = {**_KEPT, **_NEW}
    if len(kept) > KEPT_MOST:
        kept = {key: parts for key, parts in kept.items() if key in _USED}
    try:
        path = _file()
        if path is None:
            return
        body = marshal.dumps([(pattern, flags, *parts) for (pattern, flags), parts in kept.items()])
    except (OSError, ValueError):
        return
    write_private(path, hashlib.sha256(body).hexdigest().encode() + b"\n" + body)
    _NEW.clear()


def compiled_now(pattern: AnyStr, flags: int | re.RegexFlag = 0) -> re.Pattern[AnyStr]:
    """``re.compile(pattern, flags)`` now, for a pattern made at run time from a vocabulary and
    kept by its maker (``functools.lru_cache``): as :func:`lazy_re`'s, built from the code an
    earlier command kept (:func:`keep_compiled`) and kept out of ``re``'s cache."""
    return cast("re.Pattern[AnyStr]", _compiled(pattern, int(flags)))


def lazy_re(pattern: AnyStr, flags: int | re.RegexFlag = 0) -> re.Pattern[AnyStr]:
    """``re.compile(pattern, flags)``, compiled at its first use (a module's constant pattern:
    see the module's docstring). Used as a compiled pattern is; not for ``re.sub(pattern, …)``
    and the like, which take a compiled pattern or a string only."""
    return cast("re.Pattern[AnyStr]", _Uncompiled(pattern, int(flags)))
