"""How a record's values print on a document: terms in Chinese, ``1,234.50``, ``2026-09-03``, 是/否.

Every printed value leaves here as a :class:`Value`: its text for the template's logic and
filters (``rec.market == "国内"``, ``rec.customer|upper``), and its Word XML, escaped once per
record, for printing: ``A&B <Ltd>`` and ``{{ 7*7 }}`` print literally, line breaks become Word
line breaks, and characters XML cannot hold are dropped rather than corrupting the file.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from types import SimpleNamespace
from typing import Any

from markupsafe import Markup, escape

from ..forms import FieldMeta, describe
from ..lazy_re import lazy_re
from ..values import Term

LIST_JOIN = "、"
YES, NO = "是", "否"
_BREAK = '</w:t><w:br/><w:t xml:space="preserve">'
_TAB = '</w:t><w:tab/><w:t xml:space="preserve">'
# XML 1.0 forbids these control characters anywhere in a document
_NOT_XML = lazy_re("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
EMPTY = Markup("")


class Value(str):
    """A printed value: a ``str`` of its text that prints (``__html__``) as its escaped Word XML."""

    _xml: Markup

    def __html__(self) -> Markup:
        return self._xml


class Printed(SimpleNamespace):
    """Printed values under their field keys (``rec.customer``): data only, never callables.

    The template sandbox reads these attributes directly, without its per-lookup safety
    checks, which are meant for arbitrary Python objects and would cost most of a render.
    """


def text(value: Any, meta: FieldMeta | None = None) -> str:
    """The printed text of one value (not yet escaped); ``""`` for a missing value."""
    if value is None:
        return ""
    kind = meta.kind if meta is not None else None
    if type(value) is str and kind not in _READ_KINDS:  # most fields: printed as they are
        return value
    if kind == "term" or isinstance(value, Term):
        return _term(value, meta)
    if kind == "terms" or isinstance(value, (list, tuple)):
        return LIST_JOIN.join(
            _term(v, meta) if (kind == "terms" or isinstance(v, Term)) else str(v) for v in value
        )
    if isinstance(value, bool):
        return YES if value else NO
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if kind == "money":
        return f"{Decimal(value):,.2f}"
    if kind == "ratio":
        return _percent(Decimal(value))
    if kind == "qty" and isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, Decimal):
        return format(value.normalize(), "f") if value == value.to_integral_value() else format(value, "f")
    return str(value)


# the kinds whose text value is looked up or reformatted (a term's code, an amount, a ratio)
_READ_KINDS = frozenset({"term", "terms", "money", "ratio"})


def _term(value: Any, meta: FieldMeta | None) -> str:
    term = value if isinstance(value, Term) else (meta.term.lookup(value) if meta and meta.term else None)
    if term is None:
        return str(value)
    # a letter code (responsibility A–N) keeps its letter: the code is what people quote
    if len(term.value) <= 2 and term.value.isupper():
        return f"{term.value} {term.zh}"
    return term.zh


def _percent(ratio: Decimal) -> str:
    percent = (ratio * 100).quantize(Decimal("0.01"))
    return f"{percent}%"


def markup(printed: str) -> Markup:
    """Printed text → escaped Word XML run text, with line breaks and tabs as Word's own."""
    if not printed:
        return EMPTY
    escaped = escape(_NOT_XML.sub("", printed))  # already the Markup printed, unless it breaks lines
    if "\n" in escaped or "\r" in escaped or "\t" in escaped:
        plain = str(escaped).replace("\r\n", "\n").replace("\r", "\n")
        return Markup(plain.replace("\n", _BREAK).replace("\t", _TAB))
    return escaped


def value_of(text: str) -> Value:
    """The :class:`Value` of a printed text.

    A short plain text is escaped once a process, not once a document: most of a record's
    printed values recur from one document to the next (a term, 是/否, a date, a
    department, a clerk's name: 7 in 10 of the bench's complaint sheets' values), and a Value
    is never changed once made (the sandbox lets no template set an attribute of a ``str``).
    Only a ``str`` itself is kept (``Markup("<b>")`` equals ``"<b>"`` but prints unescaped),
    and only :data:`KEPT_LENGTH` characters at most in :data:`KEPT_VALUES` texts at most:
    memory stays flat however long the batch."""
    kept = type(text) is str and len(text) <= KEPT_LENGTH
    if kept:
        hit = _KEPT.get(text)
        if hit is not None:
            return hit
    value = Value(text)
    value._xml = markup(text)
    if kept:
        if len(_KEPT) >= KEPT_VALUES:  # a batch of ever new values: start again, never grow
            _KEPT.clear()
        _KEPT[text] = value
    return value


KEPT_LENGTH = 80
KEPT_VALUES = 4096
_KEPT: dict[str, Value] = {}


_BLANK = value_of("")


def printed_fields(record: Any, model: type | None = None) -> Printed:
    """Every field of a record (or table row) as printed: ``rec.customer``, ``rec.penalties[0].amount``.

    Table fields become lists of rows, each row a namespace of printed values; a group of
    fields (the 8D's ``problem``) a namespace of its own, blank when the group is absent.
    """
    fields = describe(model or type(record))
    out: dict[str, Any] = {}
    is_dict = isinstance(record, dict)
    kept, blank, read_kinds = _KEPT, _BLANK, _READ_KINDS
    for key, meta in fields.items():
        value = None if record is None else (record.get(key) if is_dict else getattr(record, key, None))
        kind = meta.kind
        if kind == "table":
            out[key] = [printed_fields(row, meta.row_model) for row in (value or ())]
        elif kind == "group":
            out[key] = printed_fields(value, meta.row_model)
        elif value is None:
            out[key] = blank  # (what text() prints of it: nothing)
        else:
            # a plain text printed as it is, its Value made before (text() and value_of()'s
            # own first steps, without their calls: 50 fields a record)
            shown = value if type(value) is str and kind not in read_kinds else text(value, meta)
            if not shown:
                out[key] = blank
                continue
            hit = kept.get(shown) if type(shown) is str else None
            out[key] = hit if hit is not None else value_of(shown)
    return Printed(**out)
