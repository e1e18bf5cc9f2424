"""The register: number counters, every issued document, and the case log, in one database.

>>> reg = Register.open("kesu.db")                        # doctest: +SKIP
>>> doc = reg.issue(record, source_hash=digest, source="客诉.xlsx")
>>> doc.number, doc.created
('202609001', True)
>>> reg.issue(record, source_hash=digest).created        # the same source again: unchanged
False
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from pathlib import Path
from types import SimpleNamespace
from typing import Any, Iterable, Sequence

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError, IntegrityError

from ..config import Settings, settings as current_settings
from ..forms import Form
from . import schema
from .database import connect, lock_schema, reading, shown, to_url, writing
from .document import Document, Event, Status
from .errors import NumberTaken, RegisterError, UnknownNumber
from .numbering import Numbering, period as period_of
from .schema import counters, documents, events

_RETRIES = 5  # a concurrent writer took our number or source first (PostgreSQL): look again

# Built once: a statement's construction costs more than running it on SQLite.
# the same source first, else the same content (two indexed searches: an OR would scan the kind)
_SAME = sa.union_all(
    sa.select(documents).where(documents.c.kind == sa.bindparam("kind"),
                               documents.c.source_hash == sa.bindparam("source_hash")),
    sa.select(documents).where(documents.c.kind == sa.bindparam("kind"),
                               documents.c.record_hash == sa.bindparam("record_hash")))
_BY_NUMBER = sa.select(documents).where(documents.c.kind == sa.bindparam("kind"),
                                        documents.c.number == sa.bindparam("number"))
_TAKEN = sa.select(documents.c.id).where(documents.c.kind == sa.bindparam("kind"),
                                         documents.c.number == sa.bindparam("number"))
_INSERT_DOCUMENT = documents.insert().returning(documents.c.id)
_INSERT_EVENT = events.insert()
_SET_COUNTER = counters.update().where(counters.c.kind == sa.bindparam("k"), counters.c.scope == sa.bindparam("s"))


def _bump(dialect: str) -> Any:
    """``INSERT … ON CONFLICT DO UPDATE SET last_serial = last_serial + 1 RETURNING last_serial``.

    One statement creates the counter row on first use and increments it; on PostgreSQL the
    upsert takes the row lock (as ``SELECT … FOR UPDATE`` would) and holds it until commit,
    so concurrent writers to the same series queue behind each other.
    """
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    statement = insert(counters).values(kind=sa.bindparam("kind"), scope=sa.bindparam("scope"), last_serial=1)
    return statement.on_conflict_do_update(
        index_elements=[counters.c.kind, counters.c.scope],
        set_={"last_serial": counters.c.last_serial + 1}).returning(counters.c.last_serial)


_BUMP = {name: _bump(name) for name in ("sqlite", "postgresql")}


def _next_number(conn: Connection, kind: str, numbering: Numbering, date: dt.date) -> tuple[int, str]:
    """The next free serial in the document's scope; the counter row stays locked until commit."""
    scope = numbering.scope(date)
    serial = conn.execute(_BUMP[conn.dialect.name], {"kind": kind, "scope": scope}).scalar_one()
    number = numbering.number(date, serial)
    skipped = False
    while conn.execute(_TAKEN, {"kind": kind, "number": number}).first() is not None:
        serial += 1  # a pre-numbered document already holds it: skip that serial
        number = numbering.number(date, serial)
        skipped = True
    if skipped:
        conn.execute(_SET_COUNTER, {"k": kind, "s": scope, "last_serial": serial})
    return serial, number


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def _canonical(payload: dict[str, Any]) -> str:
    return json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)


def record_hash(kind: str, payload: dict[str, Any]) -> str:
    """The record's content, its number left out: the same form re-saved hashes the same."""
    content = {k: v for k, v in payload.items() if k != "number"}
    return hashlib.sha256(f"{kind}\n{_canonical(content)}".encode()).hexdigest()


def _text(value: Any) -> str | None:
    if value is None:
        return None
    return str(getattr(value, "value", value))


def _case_columns(record: Form, settings: Settings) -> dict[str, Any]:
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


def _document(row: Any, created: bool = False) -> Document:
    local = (lambda t: t.astimezone() if t is not None else None)
    return Document(
        kind=row.kind, number=row.number, period=row.period, status=row.status, source=row.source,
        source_hash=row.source_hash, record=row.record, document_date=row.document_date,
        issued_at=local(row.issued_at), serial=row.serial, void_reason=row.void_reason,
        voided_at=local(row.voided_at), reprints=row.reprints, reprinted_at=local(row.reprinted_at),
        customer=row.customer, part_no=row.part_no, severity=row.severity,
        responsible_unit=row.responsible_unit, due_date=row.due_date, closed_date=row.closed_date,
        id=row.id, created=created)


def _period_key(period: str) -> str:
    """``2026-09`` or ``202609`` → ``202609``."""
    return period.replace("-", "").replace("/", "").strip()


class Register:
    """The register of one plant (or of several, on a shared PostgreSQL server).

    Open it with :meth:`open`; use it as a context manager or call :meth:`close`.
    """

    def __init__(self, engine: Engine, address: str, settings: Settings | None = None) -> None:
        self._engine = engine
        self.address = address            # the file path or the URL without its password
        self._settings = settings

    # ------------------------------------------------------------------ opening
    @classmethod
    def open(cls, target: str | os.PathLike = "kesu.db", *, create: bool = True,
             settings: Settings | None = None) -> "Register":
        """Open (creating and upgrading as needed) the register at a path or database URL.

        ``target``: ``kesu.db``, ``sqlite:///path/kesu.db`` or ``postgresql://user@host/db``.
        ``create=False`` refuses to create a missing SQLite file. Raises :class:`RegisterError`
        when the database cannot be reached, is not a register, or is newer than this program.
        """
        url = to_url(target)
        engine = connect(url, create=create)
        register = cls(engine, shown(url), settings)
        try:
            register._migrate()
        except RegisterError:
            engine.dispose()
            raise
        except (DBAPIError, OSError) as exc:
            engine.dispose()
            raise RegisterError("register_unreachable", url=register.address, reason=_reason(exc)) from None
        return register

    def _migrate(self) -> None:
        with reading(self._engine) as conn:
            found = schema.current_version(conn)
        if found == schema.LATEST:
            return
        with writing(self._engine) as conn:
            lock_schema(conn)
            found = schema.current_version(conn)  # another process may have upgraded meanwhile
            if found > schema.LATEST:
                raise RegisterError("register_too_new", url=self.address, found=found, known=schema.LATEST)
            if found < schema.LATEST:
                schema.upgrade(conn, found)

    @property
    def schema_version(self) -> int:
        with reading(self._engine) as conn:
            return schema.current_version(conn)

    def close(self) -> None:
        self._engine.dispose()

    def __enter__(self) -> "Register":
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Register({self.address!r})"

    @property
    def settings(self) -> Settings:
        return self._settings or current_settings()

    # ------------------------------------------------------------------ numbering
    def issue(self, record: Form, source_hash: str | None = None, source: str = "", *,
              issued_at: dt.datetime | None = None) -> Document:
        """Number ``record`` (or record the number it carries) and file it; the Document.

        The same source (``source_hash``) or the same content again returns the existing
        document with ``created=False``. Raises :class:`NumberTaken` when the record carries a
        number already used by a different document.
        """
        outcome = self.issue_many([(record, source_hash, source)], issued_at=issued_at)[0]
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    def issue_many(self, items: Iterable[tuple[Form, str | None, str]], *,
                   issued_at: dt.datetime | None = None) -> list[Document | RegisterError]:
        """Issue a batch in one transaction: per item a Document, or the RegisterError refusing it.

        ``items`` are ``(record, source_hash, source)``; a refused item (NumberTaken) does not
        stop the others. Faster than one :meth:`issue` per record: one lock, one commit.
        """
        batch = list(items)
        settings = self.settings
        outcomes: list[Document | RegisterError] = []
        try:
            with writing(self._engine) as conn:
                for record, source_hash, source in batch:
                    outcomes.append(self._issue_one(conn, record, source_hash, source or "",
                                                    issued_at or _now(), settings))
        except DBAPIError as exc:
            raise RegisterError("register_failed", reason=_reason(exc)) from None
        return outcomes

    def _issue_one(self, conn: Connection, record: Form, source_hash: str | None, source: str,
                   now: dt.datetime, settings: Settings) -> Document | RegisterError:
        spec = record.spec
        payload = record.to_json()
        content_hash = record_hash(spec.kind, payload)
        source_hash = source_hash or f"record:{content_hash}"
        if conn.dialect.name == "sqlite":  # BEGIN IMMEDIATE: nobody else writes until we commit
            try:
                return self._file(conn, record, payload, content_hash, source_hash, source, now, settings)
            except RegisterError as exc:  # raised before anything is written
                return exc
        for _ in range(_RETRIES):
            try:
                with conn.begin_nested():  # a concurrent insert fails only this item's savepoint
                    return self._file(conn, record, payload, content_hash, source_hash, source, now, settings)
            except IntegrityError:
                continue  # another process filed this source or took this number: look again
            except RegisterError as exc:
                return exc
        raise RegisterError("register_failed", reason=f"{spec.kind} {source}: too many concurrent conflicts")

    def _file(self, conn: Connection, record: Form, payload: dict[str, Any], content_hash: str,
              source_hash: str, source: str, now: dt.datetime, settings: Settings) -> Document:
        spec = record.spec
        kind = spec.kind
        same = conn.execute(_SAME, {"kind": kind, "source_hash": source_hash, "record_hash": content_hash}).all()
        if same:  # the same source first, else the same content re-saved under another name
            return _document(next((r for r in same if r.source_hash == source_hash), same[0]))

        date = record.document_date()
        if date is None:
            meta = spec.fields.get(spec.date_field)
            raise RegisterError("no_document_date", label=meta.label_zh if meta else spec.date_field)
        given = getattr(record, "number", None)
        serial: int | None = None
        if given:
            holder = conn.execute(_BY_NUMBER, {"kind": kind, "number": given}).first()
            if holder is not None:  # the same content was caught above: a different document
                raise NumberTaken(given, kind, holder.source)
            number = given
        else:
            serial, number = _next_number(conn, kind, Numbering.of(spec, settings), date)
        if "number" in payload:
            payload = {**payload, "number": number}
        values = dict(kind=kind, number=number, period=period_of(date), serial=serial, status=Status.ISSUED.value,
                      source=source, source_hash=source_hash, record_hash=content_hash, record=payload,
                      document_date=date, issued_at=now, void_reason=None, voided_at=None, reprints=0,
                      reprinted_at=None, **_case_columns(record, settings))
        doc_id = conn.execute(_INSERT_DOCUMENT, values).scalar_one()
        self._note(conn, doc_id, now, "issued", source)
        return _document(SimpleNamespace(id=doc_id, **values), created=True)

    # ------------------------------------------------------------------ looking up
    @staticmethod
    def _row(conn: Connection, *where: Any) -> Any:
        return conn.execute(sa.select(documents).where(*where)).first()

    def _resolve(self, conn: Connection, number: str, kind: str | None) -> Any:
        where = [documents.c.number == number.strip()]
        if kind:
            where.append(documents.c.kind == kind)
        rows = conn.execute(sa.select(documents).where(*where).limit(5)).all()
        if not rows:
            raise UnknownNumber(number)
        if len(rows) > 1:
            raise RegisterError("ambiguous_number", number=number, kinds="、".join(r.kind for r in rows))
        return rows[0]

    def find(self, kind: str, number: str) -> dict[str, Any] | None:
        """The stored record of a document (whatever its status), or None: for rules across documents."""
        with reading(self._engine) as conn:
            row = conn.execute(sa.select(documents.c.record).where(documents.c.kind == kind,
                                                                   documents.c.number == number)).first()
        return row.record if row is not None else None

    def get(self, number: str, kind: str | None = None) -> Document:
        """A document by number (and kind, when numbers repeat across kinds); UnknownNumber if none."""
        with reading(self._engine) as conn:
            return _document(self._resolve(conn, number, kind))

    def documents(self, kind: str | None = None, period: str | None = None,
                  status: str | None = None, number: str | None = None) -> list[Document]:
        """Registered documents in number order, optionally of one kind, period (YYYYMM), status or number."""
        query = sa.select(documents)
        if number:
            query = query.where(documents.c.number == number.strip())
        if kind:
            query = query.where(documents.c.kind == kind)
        if period:
            query = query.where(documents.c.period == _period_key(period))
        if status:
            chosen = Status.lookup(status)
            query = query.where(documents.c.status == (chosen.value if chosen else status))
        query = query.order_by(documents.c.kind, documents.c.period, sa.func.length(documents.c.number),
                               documents.c.number)
        with reading(self._engine) as conn:
            return [_document(row) for row in conn.execute(query)]

    # ------------------------------------------------------------------ void, re-print, case log
    def void(self, number: str, reason: str, kind: str | None = None) -> Document:
        """Mark a document void with its reason; the number stays taken for ever."""
        if not reason or not reason.strip():
            raise RegisterError("void_reason_required")
        now = _now()
        with writing(self._engine) as conn:
            row = self._resolve(conn, number, kind)
            if row.status == Status.VOID:
                raise RegisterError("already_void", number=row.number, reason=row.void_reason,
                                    voided_at=f"{row.voided_at.astimezone():%Y-%m-%d %H:%M}")
            conn.execute(documents.update().where(documents.c.id == row.id)
                         .values(status=Status.VOID.value, void_reason=reason.strip(), voided_at=now))
            self._note(conn, row.id, now, "void", reason.strip())
            return _document(self._row(conn, documents.c.id == row.id))

    def reprint(self, number: str, kind: str | None = None) -> Document:
        """Count a re-print: status re-printed (a void document stays void), original issue date kept."""
        now = _now()
        with writing(self._engine) as conn:
            row = self._resolve(conn, number, kind)
            status = row.status if row.status == Status.VOID else Status.REPRINTED.value
            conn.execute(documents.update().where(documents.c.id == row.id)
                         .values(status=status, reprints=documents.c.reprints + 1, reprinted_at=now))
            self._note(conn, row.id, now, "re-printed", f"#{row.reprints + 1}")
            return _document(self._row(conn, documents.c.id == row.id))

    def log(self, number: str, event: str, detail: str = "", kind: str | None = None) -> None:
        """Add a line to a case's log (``reminder``, ``closed``, ``8d-filed`` …)."""
        now = _now()
        with writing(self._engine) as conn:
            row = self._resolve(conn, number, kind)
            self._note(conn, row.id, now, event, detail)

    def events(self, number: str, kind: str | None = None) -> list[Event]:
        """The case log of one document, oldest first."""
        with reading(self._engine) as conn:
            row = self._resolve(conn, number, kind)
            rows = conn.execute(sa.select(events).where(events.c.document_id == row.id)
                                .order_by(events.c.at, events.c.id)).all()
        return [Event(row.number, row.kind, e.at.astimezone(), e.event, e.detail) for e in rows]

    @staticmethod
    def _note(conn: Connection, doc_id: int, at: dt.datetime, event: str, detail: str) -> None:
        conn.execute(_INSERT_EVENT, {"document_id": doc_id, "at": at, "event": event, "detail": detail or ""})

    # ------------------------------------------------------------------ export
    def export_xlsx(self, path: str | os.PathLike, *, lang: str = "zh") -> Path:
        """Write the register (documents and case log) as a spreadsheet; the path written."""
        from .export import write_xlsx

        docs = self.documents()
        with reading(self._engine) as conn:
            numbers = {row.id: (row.kind, row.number) for row in conn.execute(
                sa.select(documents.c.id, documents.c.kind, documents.c.number))}
            log = [Event(numbers[e.document_id][1], numbers[e.document_id][0], e.at.astimezone(), e.event, e.detail)
                   for e in conn.execute(sa.select(events).order_by(events.c.at, events.c.id))]
        return write_xlsx(Path(path), docs, log, lang=lang)


def _reason(exc: BaseException) -> str:
    """The driver's own words, first line only (SQLAlchemy appends SQL and a help link)."""
    original = getattr(exc, "orig", None) or exc
    return str(original).strip().splitlines()[0] if str(original).strip() else type(original).__name__
