"""What the register stores of a record besides the record itself, derived without the
database: its content hash, the tracking register's columns and the search columns (order
and lot no., the case a follow-up belongs to, every text folded), and the folding itself.

Both the issuing of a new document and the schema migration that fills these columns for
older registers derive them here, so the two never differ. This module imports no database
library: a worker process of ``kesu render --jobs N`` computes them (:func:`prepare`) while
the main process numbers.
"""

from __future__ import annotations

import hashlib
import json
from typing import TYPE_CHECKING, Any, NamedTuple

from .values import halfwidth

if TYPE_CHECKING:
    from .config import Settings
    from .forms import Form


def record_hash(kind: str, payload: dict[str, Any]) -> str:
    """The record's content, its number left out: the same form re-saved hashes the same."""
    content = {k: v for k, v in payload.items() if k != "number"}
    canonical = json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(f"{kind}\n{canonical}".encode()).hexdigest()


def case_columns(record: Form, settings: Settings, payload: dict[str, Any] | None = None) -> dict[str, Any]:
    """The tracking register's columns, for the forms that have them (DOMAIN §7), and the search
    columns; ``payload`` is ``record.to_json()`` when the caller has it already."""
    payload = record.to_json() if payload is None else payload
    due = getattr(record, "due_date", None)
    party = getattr(record, record.spec.party_field, None)
    return {
        "customer": text_value(getattr(record, "customer", None) or party),
        "part_no": text_value(getattr(record, "part_no", None) or _first_part(payload)),
        "severity": text_value(getattr(record, "severity", None)),
        "responsible_unit": text_value(getattr(record, "responsible_unit", None)),
        "due_date": due(settings) if callable(due) else None,
        "closed_date": getattr(record, "closed_date", None),
        **search_columns(record.spec.kind, payload),
    }


def _first_part(payload: dict[str, Any]) -> str | None:
    for line in payload.get("items") or []:
        if isinstance(line, dict) and line.get("part_no"):
            return str(line["part_no"])
    return None


def text_value(value: Any) -> str | None:
    """A value as the register's own columns hold it: a term by its key, None for None."""
    return None if value is None else str(getattr(value, "value", value))


def fold(text: Any) -> str:
    """Text as searched and compared: half-width, lower case, runs of spaces as one (a record's
    values, each met once a batch: not kept by the folding's cache, see ``halfwidth``)."""
    return " ".join(halfwidth(str(text), kept=False).lower().split())


def _gather(value: Any, out: list[str]) -> None:
    """Every string inside ``value`` (a dict or list, nested), in order, appended to ``out``."""
    for item in value.values() if isinstance(value, dict) else value:
        if isinstance(item, str):
            out.append(item)
        elif isinstance(item, (dict, list)):
            _gather(item, out)


def search_columns(kind: str, payload: dict[str, Any]) -> dict[str, Any]:
    """Order and lot no., the case a follow-up belongs to, and every text of the record folded for search."""
    texts = [str(payload.get("number") or "")]
    _gather({k: v for k, v in payload.items() if k != "number"}, texts)
    return {
        "order_no": text_value(payload.get("order_no")) or None,
        "lot_no": text_value(payload.get("lot_no")) or None,
        "case_number": text_value(payload.get("complaint_number")) or None,
        "search_text": fold("\n".join(t for t in texts if t)),
    }


class RecordText(NamedTuple):
    """A record's JSON text as the register binds it (``json.dumps``), written before its number
    is issued (by a ``--jobs`` worker, :func:`prepare`): the text ``before`` the number's value
    and ``after`` it, the register putting the number issued between them
    (:meth:`numbered`); ``after`` None when the record has no number field (``before`` is the
    whole text)."""

    before: str
    after: str | None = None

    def numbered(self, number: Any) -> str:
        """The record's JSON text with ``number`` as its number."""
        after = self.after
        return self.before if after is None else f"{self.before}{json.dumps(number)}{after}"


def record_text(payload: dict[str, Any]) -> RecordText:
    """``json.dumps(payload)`` cut where the value of its ``"number"`` goes: the keys before the
    number and those after it written apart, in ``json.dumps``' own separators (``, `` and
    ``: ``), so that the text with any number put in is the payload's text with that number.

    >>> record_text({"a": 1, "number": None, "b": [2]}).numbered("2026090001")
    '{"a": 1, "number": "2026090001", "b": [2]}'
    """
    if "number" not in payload:
        return RecordText(json.dumps(payload))
    keys = list(payload)
    at = keys.index("number")
    head = json.dumps({key: payload[key] for key in keys[:at]})[:-1]  # (``{`` alone when none)
    tail = json.dumps({key: payload[key] for key in keys[at + 1 :]})[1:]  # (``}`` alone when none)
    return RecordText(f'{head}{", " if at else ""}"number": ', f", {tail}" if tail != "}" else tail)


class Prepared(NamedTuple):
    """What filing a record computes before the database is asked (:func:`prepare`)."""

    payload: dict[str, Any]  # record.to_json()
    content_hash: str  # record_hash(kind, payload)
    columns: dict[str, Any]  # case_columns(record, settings, payload)
    # the payload's JSON as filed new, its number put in by the register (which checks the
    # text against its own binding); None if it cannot be made
    text: RecordText | None = None


def prepare(record: Form, settings: Settings) -> Prepared:
    """The payload, content hash and columns of ``record`` as it will be filed (derived, numbered
    or not as it stands), under ``settings``: what :meth:`Register.issue_many` computes itself
    when it is not given them."""
    payload = record.to_json()
    try:  # (a worker writes the record's JSON: the command, which numbers, has that less to do)
        text: RecordText | None = record_text(payload)
    except (TypeError, ValueError):
        text = None
    return Prepared(
        payload, record_hash(record.spec.kind, payload), case_columns(record, settings, payload), text
    )
