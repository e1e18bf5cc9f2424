"""A system's own key printed before a name: ``[C0012] 华东精密模具有限公司`` (an ERP's customer
number before the customer), ``[U1187] Peter Lang`` (a user's number before the user),
``KELLERB (Brian Keller)`` (a user id, the name in brackets after it).

Forms that come out of systems print the master data's key beside the name a clerk reads. The
key is no part of the name: a party's or a person's field keeps the name, and what was taken off
is said (the record has no place for a master-data key). Two shapes, told by the value alone:

- **a bracketed key first** (:func:`coded_name`): square brackets (``[…]`` or ``【…】``) at the
  start of the value holding one word of letters and figures, at least one a figure
  (``C0012``, ``100234``, ``A-00231``, ``TW0038``), then the name, with or without a space. Round
  brackets are not one (``(株)`` before a Japanese company is its name);
- **a user id, then the name in brackets** (:func:`user_id_name`): one upper-case word
  (``CHENHAO``, ``KELLERB``, ``DMILLER``) whose letters are the name's own, in order, the given
  name first or last (``Brian Keller`` → ``KELLERB``), then ``(Name)``. A role or department in
  brackets (``QA (Zhang Wei)`` — its letters no part of the name) is not one.

A key is three characters at least (``[1] …`` numbers a list's line), and no word of the name
itself (``BOSCH (Bosch Rexroth)``: a short name, then the whole one); a word the form knows — a
role (``ENG (Eric Ng)``, ``MGR (…)``) or one of its labels — is none either, told by the caller
(``known``: the reader's guards, which know the roles and the form's vocabulary).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from ..lazy_re import lazy_re

_KEY_FIRST = lazy_re(
    r"^\s*[\[【［]\s*([A-Za-z0-9][A-Za-z0-9._/-]{0,19})\s*[\]】］]\s*(\S.*)$",
)
_USER_ID = lazy_re(
    r"^\s*([A-Z][A-Z0-9._]{2,19})\s*[(（]\s*([A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f'’.-]*"
    r"(?:\s+[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f'’.-]*){1,3})\s*[)）]\s*$"
)


_KEY_LEAST = 3  # ``[1] …``, ``[12] …``: a list's line number, no system's key


class KeyedName(NamedTuple):
    """A name with the system's key printed with it: the name, the key."""

    name: str
    key: str


def coded_name(value: str) -> KeyedName | None:
    """``[C0012] 华东精密模具有限公司`` → (``华东精密模具有限公司``, ``C0012``); ``[C0088]常州…`` too.
    None when the value does not start with a bracketed key holding a figure."""
    m = _KEY_FIRST.match(value)
    if m is None or len(m[1]) < _KEY_LEAST or not any(c.isdigit() for c in m[1]):
        return None
    return KeyedName(m[2].strip(), m[1])


def _letters(text: str) -> str:
    return "".join(c for c in text.casefold() if c.isalpha())


def _subsequence(short: str, long: str) -> bool:
    rest = iter(long)
    return all(c in rest for c in short)


def user_id_name(value: str) -> KeyedName | None:
    """``KELLERB (Brian Keller)`` → (``Brian Keller``, ``KELLERB``): an upper-case user id made of
    the name's letters (the given name first or last), the name in brackets. None otherwise."""
    m = _USER_ID.match(value)
    if m is None:
        return None
    user, name = m[1], " ".join(m[2].split())
    letters = _letters(user)
    words = name.split()
    orders = (words, words[-1:] + words[:-1], words[1:] + words[:1])
    if len(letters) < 3 or not any(_subsequence(letters, _letters("".join(o))) for o in orders):
        return None
    if not letters.startswith(tuple(_letters(w)[:1] for w in words)):  # its first letter one of a word's
        return None
    if letters in {_letters(w) for w in words}:  # BOSCH (Bosch Rexroth): the name's own word
        return None
    return KeyedName(name, user)


def keyed_name(value: str, known: Callable[[str], bool] | None = None) -> KeyedName | None:
    """The name and the system's key printed with it, either shape; None when there is none, or
    when the key is a word the form knows (``known``: a role, a label)."""
    first, _, rest = value.partition("\n")
    found = coded_name(first) or user_id_name(first)
    if found is None or not found.name or (known is not None and known(found.key)):
        return None
    return KeyedName(found.name + (f"\n{rest}" if rest else ""), found.key)


def refused_key(value: str, known: Callable[[str], bool] | None = None) -> KeyedName | None:
    """What stands before a name like a system's key and is none (:func:`keyed_name` refusing
    it): a list's number or a word in square brackets (``[7] 王强``, ``[QA] 王强``), a role's word
    before the name in brackets (``ENG (Eric Ng)``, ``known``) — (the name, that prefix), for the
    reader to say so; the value is kept as written. None for a real key or no such prefix."""
    first = value.partition("\n")[0]
    if keyed_name(value, known) is not None:
        return None
    m = _KEY_FIRST.match(first)
    if m is not None:
        return KeyedName(m[2].strip(), m[1])
    u = _USER_ID.match(first)
    if u is not None and known is not None and known(u[1]):
        return KeyedName(" ".join(u[2].split()), u[1])
    return None
