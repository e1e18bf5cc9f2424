"""Every memo of kesu, reachable from one place: what a cold read empties.

The reader keeps what it worked out for the texts, pages and forms it read (issue 15): in
``functools.lru_cache`` memos, in plain dicts (the pages read last by the id of their boxes, the
profiles' TOML by its text), in the labels of all forms
(:func:`~kesu_docs.parse.vocab.form_labels`) and in each label vocabulary's own answers. Each is
declared where it is made: a store of the module by :func:`memo` (``_LABELS: dict[…] = memo({})``,
``@memo`` over ``@lru_cache(maxsize=…)`` where the memo needs a bound), an object's own answers
by :func:`owner` (kept weakly: they go with the object). :func:`forget` empties them all at once:
``bench/pdf_bench.py``'s cold rounds and the suite's ``cold_memos`` fixture (a test that counts
what a first read computes), so no memo is left that one test filled for another (round 36's CI:
a dict keyed by id was not emptied). An ``lru_cache`` not declared is built once per form or
field type and kept (a form's vocabulary, a field's validator: 64 entries or fewer);
tests/test_debts39.py checks that every larger one is declared.
"""

from __future__ import annotations

import sys
import weakref
from typing import Any, TypeVar

_Memo = TypeVar("_Memo")

_DECLARED: list[Any] = []
_OWNERS: weakref.WeakSet[Any] = weakref.WeakSet()


def memo(store: _Memo) -> _Memo:
    """Declare ``store`` a memo (a dict, or anything with ``clear()`` or ``cache_clear()``, an
    ``lru_cache`` of any bound among them), for :func:`forget` to empty; → ``store`` itself, so
    that a memo is declared where it is made."""
    if not any(kept is store for kept in _DECLARED):
        _DECLARED.append(store)
    return store


def owner(holder: _Memo) -> _Memo:
    """Declare the answers ``holder`` keeps of its own (its ``cache_clear()`` empties them), for
    :func:`forget` to empty while it lives (a vocabulary made for a form or a profile); →
    ``holder``."""
    _OWNERS.add(holder)
    return holder


def declared() -> list[Any]:
    """The memos declared by :func:`memo`."""
    return list(_DECLARED)


def owners() -> list[Any]:
    """The objects living now whose own answers :func:`owner` declared."""
    return list(_OWNERS)


def cached_functions() -> list[Any]:
    """Every ``lru_cache`` of kesu_docs' modules and their classes, as imported now (declared or
    not: what a test holds the declared ones against)."""
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
    """Empty every declared memo and every living object's own answers; → how many memos
    (:func:`declared`: the objects' count is the collector's, not a figure to compare)."""
    for holder in list(_OWNERS):
        holder.cache_clear()
    for store in _DECLARED:
        (store.cache_clear if hasattr(store, "cache_clear") else store.clear)()
    return len(_DECLARED)
