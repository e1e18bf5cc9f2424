"""Every memo of the reader, reachable from one place: what a cold read empties.

The reader keeps what it worked out for the texts, pages and forms it read (issue 15): most of
it in ``functools.lru_cache`` memos, found here by looking through the package's modules (a
memo bounded at more than 64 entries is kept per text and emptied; a form's vocabulary, a
field's validator, 64 entries or unbounded, stays); the rest in plain dicts (the pages read
last by the id of their boxes, the profiles' TOML by its text) and in the labels of all forms
(:func:`~kesu_docs.parse.vocab.form_labels`): each of those is declared here by :func:`memo`
where it is made. :func:`forget` empties them all at once: ``bench/pdf_bench.py``'s cold rounds
and the suite's ``cold_memos`` fixture (a test that counts what a first read computes), so no
memo is left that one test filled for another (round 36's CI: a dict keyed by id was not
emptied). tests/test_debts38.py checks that no module-level memo of kesu_docs.parse escapes.
"""

from __future__ import annotations

import sys
from typing import Any, TypeVar

_Memo = TypeVar("_Memo")

_PER_TEXT = 64
"""A ``lru_cache`` bounded at more than this keeps per-text answers: emptied by :func:`forget`."""

_DECLARED: list[Any] = []


def memo(store: _Memo) -> _Memo:
    """Declare ``store`` a memo (a dict, or anything with ``clear()`` or ``cache_clear()``, an
    ``lru_cache`` of any bound among them), for :func:`forget` to empty; → ``store`` itself, so
    that a memo is declared where it is made: ``_LABELS: dict[…] = memo({})`` or ``@memo`` over
    ``@lru_cache``."""
    if not any(kept is store for kept in _DECLARED):
        _DECLARED.append(store)
    return store


def declared() -> list[Any]:
    """The memos declared by :func:`memo`."""
    return list(_DECLARED)


def cached_functions() -> list[Any]:
    """Every ``lru_cache`` of kesu_docs' modules and their classes, as imported now."""
    found: list[Any] = []
    for name, module in list(sys.modules.items()):
        if not name.startswith("kesu_docs") or module is None:
            continue
        values = list(vars(module).values())
        values += [
            v for c in values if isinstance(c, type) and c.__module__ == name for v in vars(c).values()
        ]
        for fn in values:  # (the type asked, never the object: a model class answers any name)
            if hasattr(type(fn), "cache_clear") and getattr(fn, "__module__", None) == name:
                found.append(fn)
    return found


def forget() -> int:
    """Empty every declared memo and every per-text ``lru_cache`` of kesu_docs; → how many."""
    emptied = 0
    for fn in cached_functions():
        if any(fn is kept for kept in _DECLARED):
            continue
        size = fn.cache_info().maxsize
        if size is not None and size > _PER_TEXT:
            fn.cache_clear()
            emptied += 1
    for store in _DECLARED:
        (store.cache_clear if hasattr(store, "cache_clear") else store.clear)()
        emptied += 1
    return emptied
