"""Issuing numbers: a batch of records filed in one locked transaction (DOMAIN §2).

For each record, in order: the same source (or the same content re-saved) returns its
existing document; a record carrying a number keeps it unless a different document holds
it (:class:`NumberTaken`); any other record gets the next free serial of its kind and scope,
skipping serials a pre-numbered document already took.

The batch costs a handful of statements however long it is: the look-ups are made for the
whole batch, the counters are locked once (in a fixed order, so two batches never deadlock),
and the documents and log lines are inserted together. The counters and the documents are
committed in the same transaction, so a series never has a gap.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from types import SimpleNamespace
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection

from ..config import Settings
from ..forms import Form
from .document import Document, Status
from .errors import NumberTaken, RegisterError
from .numbering import Numbering
from .numbering import period as period_of
from .schema import counters, documents, events

_CHUNK = 500  # values per IN (...) list: well under every database's parameter limit


def record_hash(kind: str, payload: dict[str, Any]) -> str:
    """The record's content, its number left out: the same form re-saved hashes the same."""
    content = {k: v for k, v in payload.items() if k != "number"}
    canonical = json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(f"{kind}\n{canonical}".encode()).hexdigest()


@dataclass
class Filing:
    """One record to file, with what the register needs to know about it."""

    record: Form
    kind: str
    source: str
    source_hash: str
    content_hash: str
    payload: dict[str, Any]
    date: dt.date | None
    given: str | None  # the number it arrived with
    numbering: Numbering | None = None
    scope: str | None = None  # the counter it draws from, when it needs a number
    refusal: RegisterError | None = None  # why it cannot be numbered at all

    @classmethod
    def of(cls, record: Form, source_hash: str | None, source: str, settings: Settings) -> Filing:
        spec = record.spec
        payload = record.to_json()
        content = record_hash(spec.kind, payload)
        filing = cls(
            record,
            spec.kind,
            source or "",
            source_hash or f"record:{content}",
            content,
            payload,
            record.document_date(),
            getattr(record, "number", None) or None,
        )
        if filing.date is None:
            meta = spec.fields.get(spec.date_field)
            filing.refusal = RegisterError(
                "no_document_date", label=meta.label_zh if meta else spec.date_field
            )
        elif not filing.given:
            filing.numbering = Numbering.of(spec, settings)
            try:
                filing.scope = filing.numbering.scope(filing.date)
            except RegisterError as exc:
                filing.refusal = exc
        return filing


def _text(value: Any) -> str | None:
    return None if value is None else str(getattr(value, "value", value))


def case_columns(record: Form, settings: Settings) -> dict[str, Any]:
    """The tracking register's columns, for the forms that have them (DOMAIN §7)."""
    due = getattr(record, "due_date", None)
    return {
        "customer": _text(getattr(record, "customer", None)),
        "part_no": _text(getattr(record, "part_no", None)),
        "severity": _text(getattr(record, "severity", None)),
        "responsible_unit": _text(getattr(record, "responsible_unit", None)),
        "due_date": due(settings) if callable(due) else None,
        "closed_date": getattr(record, "closed_date", None),
    }


def _chunks(values: Iterable[Any]) -> Iterable[list[Any]]:
    items = sorted(set(values))
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


def _existing(
    conn: Connection, column: sa.Column, keys: set[tuple[str, str]]
) -> dict[tuple[str, str], Document]:
    """Documents whose ``column`` matches one of the (kind, value) keys."""
    found: dict[tuple[str, str], Document] = {}
    for kind in sorted({k for k, _ in keys}):
        for chunk in _chunks(value for k, value in keys if k == kind):  # (kind, …) leads every index
            for row in conn.execute(sa.select(documents).where(documents.c.kind == kind, column.in_(chunk))):
                found.setdefault((kind, getattr(row, column.name)), Document.from_row(row))
    return found


def _lock_counters(conn: Connection, scopes: Sequence[tuple[str, str]]) -> dict[tuple[str, str], int]:
    """Create (if new) and lock each counter row, in sorted order; their last serials.

    SQLite already holds the database's write lock (BEGIN IMMEDIATE); PostgreSQL locks each
    row ``FOR UPDATE`` until commit. Sorted, so that two batches always queue, never deadlock.
    """
    insert = postgresql.insert if conn.dialect.name == "postgresql" else sqlite.insert
    last: dict[tuple[str, str], int] = {}
    for kind, scope in sorted(scopes):
        conn.execute(insert(counters).values(kind=kind, scope=scope, last_serial=0).on_conflict_do_nothing())
        last[(kind, scope)] = conn.execute(
            sa.select(counters.c.last_serial)
            .where(counters.c.kind == kind, counters.c.scope == scope)
            .with_for_update()
        ).scalar_one()
    return last


class Series:
    """The serials of one counter: the last one issued, and the numbers already held past it.

    Only the serials about to be issued are looked up (a window at a time), so issuing one
    number costs the same in a register of ten documents or of a hundred thousand.
    """

    def __init__(
        self,
        conn: Connection,
        kind: str,
        numbering: Numbering,
        date: dt.date,
        last: int,
        taken: set[tuple[str, str]],
    ) -> None:
        self.conn, self.kind, self.numbering, self.date, self.last = conn, kind, numbering, date, last
        self.taken = taken  # (kind, number) held in the register or earlier in this batch
        self.checked = last  # serials up to here have been looked up

    def _look_up(self, start: int, size: int) -> None:
        numbers = [self.numbering.number(self.date, s) for s in range(start, start + size)]
        query = sa.select(documents.c.number).where(
            documents.c.kind == self.kind, documents.c.number.in_(numbers)
        )
        self.taken |= {(self.kind, n) for n in self.conn.execute(query).scalars()}
        self.checked = start + size - 1

    def next(self, expected: int = 1) -> tuple[int, str]:
        """The next free serial and its number; ``expected`` sizes the first look-up."""
        serial = self.last + 1
        while True:
            if serial > self.checked:
                self._look_up(serial, min(max(expected, 8), _CHUNK))
            number = self.numbering.number(self.date, serial)
            if (self.kind, number) not in self.taken:
                break
            serial += 1  # a pre-numbered document holds it: skip that serial
        self.last = serial
        self.taken.add((self.kind, number))
        return serial, number


def issue_batch(
    conn: Connection, filings: Sequence[Filing], settings: Settings, now: dt.datetime
) -> list[Document | RegisterError]:
    """File every record inside the caller's write transaction; per record, its Document or refusal."""
    live = [f for f in filings if f.refusal is None]
    by_source = _existing(conn, documents.c.source_hash, {(f.kind, f.source_hash) for f in live})
    by_content = _existing(conn, documents.c.record_hash, {(f.kind, f.content_hash) for f in live})
    held = {
        (d.kind, d.number): d
        for d in _existing(conn, documents.c.number, {(f.kind, f.given) for f in live if f.given}).values()
    }
    fresh = [
        f
        for f in live
        if (f.kind, f.source_hash) not in by_source and (f.kind, f.content_hash) not in by_content
    ]
    wanted = Counter((f.kind, f.scope) for f in fresh if f.scope)
    last = _lock_counters(conn, list(wanted))
    taken = set(held)
    series: dict[tuple[str, str], Series] = {}

    outcomes: list[Document | RegisterError | None] = [None] * len(filings)
    rows: list[dict[str, Any]] = []
    made: list[Document] = []
    # pre-numbered forms first: they hold their numbers before any serial is handed out, so an
    # unnumbered form earlier in the batch never takes a number a later one arrives with
    for index in sorted(range(len(filings)), key=lambda i: not filings[i].given):
        filing = filings[index]
        if filing.refusal is not None:
            outcomes[index] = filing.refusal
            continue
        same = by_source.get((filing.kind, filing.source_hash)) or by_content.get(
            (filing.kind, filing.content_hash)
        )
        if same is not None:  # the same source, or the same content re-saved: filed already
            if filing.given and filing.given != same.number:  # one document never holds two numbers
                outcomes[index] = RegisterError(
                    "filed_under_other_number", value=filing.given, number=same.number, holder=same.source
                )
                continue
            outcomes[index] = replace(same, created=False)
            continue
        serial: int | None = None
        if filing.given:
            if (filing.kind, filing.given) in taken:  # the same content was caught above
                holder = held.get((filing.kind, filing.given))
                outcomes[index] = NumberTaken(filing.given, filing.kind, holder.source if holder else "")
                continue
            number = filing.given
        else:
            assert filing.numbering is not None and filing.scope is not None and filing.date is not None
            key = (filing.kind, filing.scope)
            if key not in series:  # within one scope every date gives the same numbers
                series[key] = Series(conn, filing.kind, filing.numbering, filing.date, last[key], taken)
            serial, number = series[key].next(wanted[key])
        taken.add((filing.kind, number))
        payload = {**filing.payload, "number": number} if "number" in filing.payload else filing.payload
        row = dict(
            kind=filing.kind,
            number=number,
            period=period_of(filing.date),  # type: ignore[arg-type]  # a filing always has a date here
            serial=serial,
            status=Status.ISSUED.value,
            source=filing.source,
            source_hash=filing.source_hash,
            record_hash=filing.content_hash,
            record=payload,
            document_date=filing.date,
            issued_at=now,
            void_reason=None,
            voided_at=None,
            reprints=0,
            reprinted_at=None,
            **case_columns(filing.record, settings),
        )
        rows.append(row)
        doc = Document.from_row(SimpleNamespace(id=None, **row), created=True)
        made.append(doc)
        outcomes[index] = doc
        by_source[(filing.kind, filing.source_hash)] = doc  # a duplicate later in the batch finds it
        by_content[(filing.kind, filing.content_hash)] = doc

    if rows:
        ids = (
            conn.execute(documents.insert().returning(documents.c.id, sort_by_parameter_order=True), rows)
            .scalars()
            .all()
        )
        for doc, doc_id in zip(made, ids):
            doc.id = doc_id
        conn.execute(
            events.insert(),
            [{"document_id": doc.id, "at": now, "event": "issued", "detail": doc.source} for doc in made],
        )
    for (kind, scope), used in series.items():
        conn.execute(
            counters.update()
            .where(counters.c.kind == kind, counters.c.scope == scope)
            .values(last_serial=used.last)
        )
    return outcomes  # type: ignore[return-value]  # every index was filled above
