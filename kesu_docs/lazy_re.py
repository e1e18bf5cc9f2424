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
"""

from __future__ import annotations

import re
from typing import Any, AnyStr, cast

try:  # (what ``re.compile`` calls once it has not found a pattern in its cache)
    from re import _compiler as _sre_compiler  # type: ignore[attr-defined,unused-ignore]
except ImportError:  # Python 3.10
    import sre_compile as _sre_compiler  # type: ignore[no-redef,unused-ignore]

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
    docstring); ``re.compile`` where its compiler is not where Python 3.10–3.13 keep it."""
    compile_ = getattr(_sre_compiler, "compile", None)
    if compile_ is None:
        return re.compile(pattern, flags)
    return cast("re.Pattern[Any]", compile_(pattern, flags))


def lazy_re(pattern: AnyStr, flags: int | re.RegexFlag = 0) -> re.Pattern[AnyStr]:
    """``re.compile(pattern, flags)``, compiled at its first use (a module's constant pattern:
    see the module's docstring). Used as a compiled pattern is; not for ``re.sub(pattern, …)``
    and the like, which take a compiled pattern or a string only."""
    return cast("re.Pattern[AnyStr]", _Uncompiled(pattern, int(flags)))
