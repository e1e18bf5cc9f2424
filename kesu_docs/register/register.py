"""The register: number counters, every issued document, and the case log, in one database.

>>> import tempfile, pathlib
>>> from kesu_docs import forms
>>> record = forms.get("complaint").model.model_validate(dict(
...     received_date="2026-09-03", customer="甲", market="国内", order_no="PO-1", part_no="P-1",
...     ship_date="2026-08-20", ship_qty=1000, defect_qty=46, complaint_type="质量异常",
...     description="虚焊", customer_request=["退货"], requested_qty=46))
>>> folder = tempfile.TemporaryDirectory()
>>> reg = Register.open(pathlib.Path(folder.name) / "kesu.db")
>>> doc = reg.issue(record, source_hash="sha256 of 客诉.xlsx", source="客诉.xlsx")
>>> doc.number, doc.created
('202609001', True)
>>> reg.issue(record, source_hash="sha256 of 客诉.xlsx").created   # the same source again: unchanged
False
>>> reg.close(); folder.cleanup()
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError, IntegrityError

from ..config import Settings
from ..config import settings as current_settings
from ..forms import Form
from . import schema
from .database import connect, lock_schema, reading, shown, to_url, writing
from .document import Document, Event, Status
from .errors import RegisterError, UnknownNumber
from .issuing import Filing, case_columns, issue_batch
from .schema import documents, events

if TYPE_CHECKING:
    from .transfer import CopySummary

_RETRIES = 5  # a concurrent writer took our number or source first (PostgreSQL): start again
_TRANSIENT = {"40001", "40P01"}  # PostgreSQL serialization failure, deadlock detected: retry
_READ_ONLY = "25006"  # PostgreSQL read_only_sql_transaction


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def _period_key(period: str) -> str:
    """``2026-09`` or ``202609`` → ``202609``."""
    return period.replace("-", "").replace("/", "").strip()


class Register:
    """The register of one plant (or of several, on a shared PostgreSQL server).

    Open it with :meth:`open`; use it as a context manager or call :meth:`close`.
    """

    def __init__(self, engine: Engine, address: str, settings: Settings | None = None) -> None:
        self._engine = engine
        self.address = address  # the file path or the URL without its password
        self._settings = settings

    # ------------------------------------------------------------------ opening
    @classmethod
    def open(
        cls, target: str | os.PathLike = "kesu.db", *, create: bool = True, settings: Settings | None = None
    ) -> Register:
        """Open (creating and upgrading as needed) the register at a path or database URL.

        ``target``: ``kesu.db``, ``sqlite:///path/kesu.db`` or ``postgresql://user@host/db``.
        ``create=False`` refuses to create a register where there is none. Raises :class:`RegisterError`
        when the database cannot be reached, is not a register, or is newer than this program.
        """
        url = to_url(target)
        engine = connect(url, create=create)
        register = cls(engine, shown(url), settings)
        try:
            register._migrate(create)
        except RegisterError:
            engine.dispose()
            raise
        except (DBAPIError, OSError) as exc:
            engine.dispose()
            raise RegisterError("register_unreachable", url=register.address, reason=_reason(exc)) from None
        return register

    def _migrate(self, create: bool) -> None:
        with reading(self._engine) as conn:
            found = schema.current_version(conn)
        if found == schema.LATEST:
            return
        if found == 0 and not create:  # an empty file, or another program's database
            raise RegisterError("register_missing", url=self.address)
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

    def __enter__(self) -> Register:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Register({self.address!r})"

    @property
    def settings(self) -> Settings:
        return self._settings or current_settings()

    # ------------------------------------------------------------------ numbering
    def issue(
        self,
        record: Form,
        source_hash: str | None = None,
        source: str = "",
        *,
        issued_at: dt.datetime | None = None,
    ) -> Document:
        """Number ``record`` (or record the number it carries) and file it; the Document.

        The same source (``source_hash``) or the same content again returns the existing
        document with ``created=False``. Raises :class:`NumberTaken` when the record carries a
        number already used by a different document, and ``filed_under_other_number`` when it is a
        document already registered under another number.
        """
        outcome = self.issue_many([(record, source_hash, source)], issued_at=issued_at)[0]
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    def issue_many(
        self, items: Iterable[tuple[Form, str | None, str]], *, issued_at: dt.datetime | None = None
    ) -> list[Document | RegisterError]:
        """Issue a batch in one transaction: per item a Document, or the RegisterError refusing it.

        ``items`` are ``(record, source_hash, source)``; ``source_hash`` must identify one
        record (a file's hash, plus ``#i`` for the i-th record of a JSON list); without one,
        the record's content stands in. A refused item (NumberTaken) does not stop the others.
        A batch of 1,000 costs a few statements and one commit.
        """
        settings = self.settings
        filings = [Filing.of(record, source_hash, source, settings) for record, source_hash, source in items]
        for attempt in range(_RETRIES):
            try:
                with writing(self._engine) as conn:
                    return issue_batch(conn, filings, settings, issued_at or _now())
            except IntegrityError as exc:
                if self._engine.dialect.name == "sqlite":  # it held the only write lock: not a race
                    raise RegisterError("register_failed", reason=_reason(exc)) from None
                continue  # another process filed one of these sources or took a number first: look again
            except DBAPIError as exc:
                if (
                    getattr(getattr(exc, "orig", None), "sqlstate", None) in _TRANSIENT
                    and attempt + 1 < _RETRIES
                ):
                    continue
                raise self._failure(exc) from None
        raise RegisterError("register_failed", reason="too many concurrent conflicts, try again")

    @contextlib.contextmanager
    def _writing(self) -> Iterator[Connection]:
        """A write transaction whose database failures (read-only file, lost server) are RegisterErrors."""
        try:
            with writing(self._engine) as conn:
                yield conn
        except DBAPIError as exc:
            raise self._failure(exc) from None

    def _failure(self, exc: DBAPIError) -> RegisterError:
        original = getattr(exc, "orig", None)
        if getattr(original, "sqlstate", None) == _READ_ONLY or "readonly" in str(original):
            return RegisterError("register_read_only", url=self.address)
        return RegisterError("register_failed", reason=_reason(exc))

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
            row = conn.execute(
                sa.select(documents.c.record).where(documents.c.kind == kind, documents.c.number == number)
            ).first()
        return row.record if row is not None else None

    def get(self, number: str, kind: str | None = None) -> Document:
        """A document by number (and kind, when numbers repeat across kinds); UnknownNumber if none."""
        with reading(self._engine) as conn:
            return Document.from_row(self._resolve(conn, number, kind))

    def documents(
        self,
        kind: str | None = None,
        period: str | None = None,
        status: str | None = None,
        number: str | None = None,
    ) -> list[Document]:
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
        query = query.order_by(
            documents.c.kind, documents.c.period, sa.func.length(documents.c.number), documents.c.number
        )
        with reading(self._engine) as conn:
            return [Document.from_row(row) for row in conn.execute(query)]

    # ------------------------------------------------------------------ amend, void, re-print, case log
    def amend(self, record: Form, source_hash: str | None = None, source: str = "") -> Document:
        """Replace the stored record of the document whose number ``record`` carries.

        For the same case filled further (investigation, decision, closed date): a deliberate
        step, unlike :meth:`issue`, which refuses a different record under a taken number.
        The number, period, status and issue date stay; the case log notes ``amended``.
        """
        filing = Filing.of(record, source_hash, source, self.settings)
        if not filing.given:
            raise RegisterError("amend_needs_number")
        now = _now()
        with self._writing() as conn:
            row = self._resolve(conn, filing.given, filing.kind)
            if row.status == Status.VOID:
                raise RegisterError(
                    "already_void",
                    number=row.number,
                    reason=row.void_reason,
                    voided_at=f"{row.voided_at.astimezone():%Y-%m-%d %H:%M}",
                )
            if row.record_hash == filing.content_hash:
                return Document.from_row(row)
            clash = conn.execute(
                sa.select(documents.c.number).where(
                    documents.c.kind == filing.kind,
                    documents.c.source_hash == filing.source_hash,
                    documents.c.id != row.id,
                )
            ).first()
            source_hash = filing.source_hash if clash is None else f"{filing.source_hash}@{row.number}"
            conn.execute(
                documents.update()
                .where(documents.c.id == row.id)
                .values(
                    record={**filing.payload, "number": row.number},
                    record_hash=filing.content_hash,
                    source=filing.source or row.source,
                    source_hash=source_hash,
                    document_date=filing.date,
                    **case_columns(record, self.settings),
                )
            )
            self._note(conn, row.id, now, "amended", filing.source)
            return Document.from_row(self._row(conn, documents.c.id == row.id))

    # ------------------------------------------------------------------ void, re-print, case log
    def void(self, number: str, reason: str, kind: str | None = None) -> Document:
        """Mark a document void with its reason; the number stays taken for ever."""
        if not reason or not reason.strip():
            raise RegisterError("void_reason_required")
        now = _now()
        with self._writing() as conn:
            row = self._resolve(conn, number, kind)
            if row.status == Status.VOID:
                raise RegisterError(
                    "already_void",
                    number=row.number,
                    reason=row.void_reason,
                    voided_at=f"{row.voided_at.astimezone():%Y-%m-%d %H:%M}",
                )
            conn.execute(
                documents.update()
                .where(documents.c.id == row.id)
                .values(status=Status.VOID.value, void_reason=reason.strip(), voided_at=now)
            )
            self._note(conn, row.id, now, "void", reason.strip())
            return Document.from_row(self._row(conn, documents.c.id == row.id))

    def reprint(self, number: str, kind: str | None = None) -> Document:
        """Count a re-print: status re-printed (a void document stays void), original issue date kept."""
        now = _now()
        with self._writing() as conn:
            row = self._resolve(conn, number, kind)
            status = row.status if row.status == Status.VOID else Status.REPRINTED.value
            conn.execute(
                documents.update()
                .where(documents.c.id == row.id)
                .values(status=status, reprints=documents.c.reprints + 1, reprinted_at=now)
            )
            self._note(conn, row.id, now, "re-printed", f"#{row.reprints + 1}")
            return Document.from_row(self._row(conn, documents.c.id == row.id))

    def log(self, number: str, event: str, detail: str = "", kind: str | None = None) -> None:
        """Add a line to a case's log (``reminder``, ``closed``, ``8d-filed`` …)."""
        now = _now()
        with self._writing() as conn:
            row = self._resolve(conn, number, kind)
            self._note(conn, row.id, now, event, detail)

    def events(self, number: str, kind: str | None = None) -> list[Event]:
        """The case log of one document, oldest first."""
        with reading(self._engine) as conn:
            row = self._resolve(conn, number, kind)
            rows = conn.execute(
                sa.select(events).where(events.c.document_id == row.id).order_by(events.c.at, events.c.id)
            ).all()
        return [Event(row.number, row.kind, e.at.astimezone(), e.event, e.detail) for e in rows]

    @staticmethod
    def _note(conn: Connection, doc_id: int, at: dt.datetime, event: str, detail: str) -> None:
        conn.execute(
            events.insert(), {"document_id": doc_id, "at": at, "event": event, "detail": detail or ""}
        )

    # ------------------------------------------------------------------ moving
    def copy_to(self, target: str | os.PathLike) -> CopySummary:
        """Copy this whole register into an empty one at ``target`` (created and migrated as needed).

        For the move from the SQLite file to a PostgreSQL server: documents (status, void
        reasons, re-prints, issue times, records), counters and case log, ids and all, in one
        transaction on the target; numbering continues there with no gap and no reuse. This
        register is only read. Raises :class:`RegisterError` ``register_not_empty`` when the
        target holds anything, ``register_same`` when it is this register.

        >>> Register.open("kesu.db").copy_to("postgresql://clerk@server/kesu").documents  # doctest: +SKIP
        {'8d': 1, 'complaint': 5}
        """
        from .transfer import copy_register

        url = to_url(target)
        if shown(url) == self.address:
            raise RegisterError("register_same", url=self.address)
        with Register.open(target, settings=self._settings) as other:
            try:
                return copy_register(
                    self._engine, other._engine, source_address=self.address, target_address=other.address
                )
            except (DBAPIError, OSError) as exc:
                raise RegisterError("register_failed", reason=_reason(exc)) from None

    # ------------------------------------------------------------------ export
    def export_xlsx(self, path: str | os.PathLike, *, lang: str = "zh") -> Path:
        """Write the register (documents and case log) as a spreadsheet; the path written."""
        from .export import write_xlsx

        docs = self.documents()
        with reading(self._engine) as conn:
            numbers = {
                row.id: (row.kind, row.number)
                for row in conn.execute(sa.select(documents.c.id, documents.c.kind, documents.c.number))
            }
            log = [
                Event(
                    numbers[e.document_id][1], numbers[e.document_id][0], e.at.astimezone(), e.event, e.detail
                )
                for e in conn.execute(sa.select(events).order_by(events.c.at, events.c.id))
            ]
        return write_xlsx(Path(path), docs, log, lang=lang)


def _reason(exc: BaseException) -> str:
    """The driver's own words, first line only (SQLAlchemy appends SQL and a help link)."""
    original = getattr(exc, "orig", None) or exc
    return str(original).strip().splitlines()[0] if str(original).strip() else type(original).__name__
