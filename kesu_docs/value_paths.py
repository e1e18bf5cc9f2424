"""A record's fields by path: ``customer``, ``problem.what``, ``items[1].qty``.

The reader, its checks and the web page name a value by the path of its field in the record
(as :class:`~kesu_docs.parse.results.Provenance` and the warnings do); this is the one reading
of such a path, to get a value from the nested values or put one there.

>>> values = {"problem": {"what": "burr"}, "items": [{"qty": 3}]}
>>> get(values, "items[0].qty"), get(values, "problem.what"), get(values, "items[4].qty")
(3, 'burr', None)
>>> put(values, "seller.tax_id", "9133", make=True), values["seller"]
(True, {'tax_id': '9133'})
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from .lazy_re import lazy_re
from .memos import memo

_PART = lazy_re(r"([^.\[]+)(?:\[(\d+)\])?")


def texts(node: Any) -> Iterator[str]:
    """Every text among values (its nested groups and its tables' rows), in order: the one
    walk of a record's texts (the currency its figures are typed with, the language of its
    free texts).

    >>> list(texts({"a": "x", "b": [{"c": "y", "d": 3}], "e": {"f": "z"}}))
    ['x', 'y', 'z']
    """
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for v in node.values():
            yield from texts(v)
    elif isinstance(node, list):
        for v in node:
            yield from texts(v)


def texts_at(node: Any, at: str = "") -> Iterator[tuple[str, str]]:
    """Every text among values with its path, in order (:func:`texts`, where the field a text
    was read for matters: a code beside a figure is a currency in an amount's field only).

    >>> list(texts_at({"a": "x", "b": [{"c": "y", "d": 3}], "e": {"f": "z"}}))
    [('a', 'x'), ('b[0].c', 'y'), ('e.f', 'z')]
    """
    if isinstance(node, str):
        yield at, node
    elif isinstance(node, dict):
        for k, v in node.items():
            yield from texts_at(v, f"{at}.{k}" if at else str(k))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from texts_at(v, f"{at}[{i}]")


@memo
@lru_cache(maxsize=4096)  # a form's few paths, asked of every value by every guard (issue 15)
def parts(path: str) -> tuple[tuple[str, int | None], ...]:
    """``items[1].qty`` → ``(("items", 1), ("qty", None))``."""
    return tuple((name, int(index) if index else None) for name, index in _PART.findall(path))


def _step(node: Any, name: str, index: int | None) -> Any:
    """One part of a path down from ``node``; None where there is nothing."""
    node = node.get(name) if isinstance(node, dict) else None
    if index is not None:
        return node[index] if isinstance(node, list) and index < len(node) else None
    return node


def get(values: dict[str, Any], path: str) -> Any:
    """The value at ``path``, or None where any part of it is missing."""
    node: Any = values
    # (:func:`_step` written out: asked ≈ 10,000 times a batch of 37 prints, a call a part, issue 15)
    for name, index in parts(path):
        node = node.get(name) if isinstance(node, dict) else None
        if index is not None:
            node = node[index] if isinstance(node, list) and index < len(node) else None
        if node is None:
            return None
    return node


def put(values: dict[str, Any], path: str, value: Any, *, make: bool = False, rows: bool = False) -> bool:
    """Put ``value`` at ``path``; whether it was put. A group on the way that is not there is
    made only with ``make`` (a reader filling a group member); a table's row only with
    ``rows`` (a layout profile reading the rows its table's place points at, each row up to
    that one made empty): the generic reader's rows are read, never invented.

    >>> values = {}
    >>> put(values, "items[1].qty", 3), put(values, "items[1].qty", 3, rows=True), values
    (False, True, {'items': [{}, {'qty': 3}]})
    """
    *heads, (name, index) = parts(path)
    node: Any = values
    for head, row in heads:
        if isinstance(node, dict):
            if make and row is None and not isinstance(node.get(head), dict):
                node[head] = {}
            elif rows and row is not None:
                _grow(node, head, row)
        node = _step(node, head, row)
        if node is None:
            return False
    if not isinstance(node, dict):
        return False
    if index is None:
        node[name] = value
        return True
    found = node.get(name)
    if isinstance(found, list) and index < len(found):
        found[index] = value
        return True
    return False


def _grow(node: dict[str, Any], table: str, row: int) -> None:
    """The table ``table`` of ``node`` made as long as row ``row``, with empty rows."""
    found = node.get(table)
    if not isinstance(found, list):
        found = node[table] = []
    found.extend({} for _ in range(row + 1 - len(found)))
