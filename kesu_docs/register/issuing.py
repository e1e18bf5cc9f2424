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
import operator
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

from .. import forms
from ..config import Settings
from ..forms import Form, FormSpec
from ..problems import Bilingual
from ..register_columns import Prepared, RecordText, case_columns, record_hash
from . import driver_values, queries
from .document import Document, DocumentStatus, brief, empty_value, facts
from .errors import NumberTaken, RegisterError
from .numbering import Numbering
from .numbering import period as period_of
from .runner import rows_of
from .search import fold

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

_CHUNK = 500  # values per IN (...) list: well under every database's parameter limit


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
    actor: str = ""  # who files it: the OS user, or --user
    columns: dict[str, Any] | None = None  # case_columns(record, settings, payload), when given
    text: RecordText | None = None  # Prepared.text: the record's JSON as filed new, its number to put in

    @property
    def spec(self) -> FormSpec:
        return self.record.spec

    @classmethod
    def of(
        cls,
        record: Form,
        source_hash: str | None,
        source: str,
        settings: Settings,
        *,
        legacy: bool = False,
        actor: str = "",
        prepared: Prepared | None = None,
    ) -> Filing:
        """``prepared``: :func:`~kesu_docs.register_columns.prepare` of ``record`` under the
        same settings, computed beforehand (by a worker process), else computed here."""
        spec = record.spec
        if prepared is not None:
            payload, content = prepared.payload, prepared.content_hash
        else:
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
            actor=actor,
            columns=prepared.columns if prepared is not None else None,
            text=prepared.text if prepared is not None else None,
        )
        if filing.date is None:
            meta = spec.fields.get(spec.date_field)
            filing.refusal = RegisterError(
                "no_document_date", label=meta.label_zh if meta else spec.date_field
            )
        elif not filing.given:
            filing.numbering = Numbering.of(spec, settings, legacy=legacy)
            try:
                filing.scope = filing.numbering.scope(filing.date)
            except RegisterError as exc:
                filing.refusal = exc
        return filing


# ---------------------------------------------------------------------------------- revisions
def differences(before: dict[str, Any], after: dict[str, Any]) -> list[list[Any]]:
    """``[[field, before, after], …]``: the fields whose value changed (the number left out)."""
    keys = list(before) + [k for k in after if k not in before]
    return [
        [k, before.get(k), after.get(k)]
        for k in keys
        if k != "number"
        and before.get(k) != after.get(k)
        and not (empty_value(before.get(k)) and empty_value(after.get(k)))
    ]


def identity_differences(spec: FormSpec, after: dict[str, Any], before: dict[str, Any]) -> Bilingual | None:
    """What differs in the identity (the party, the document's date) of two records of one kind, if anything."""
    differ = []
    for key in spec.identity:
        a, b = after.get(key), before.get(key)
        if empty_value(a) and empty_value(b):
            continue
        if fold(a or "") != fold(b or ""):
            differ.append((spec.fields[key], b, a))
    if not differ:
        return None
    return Bilingual(
        "、".join(f"{m.label_zh}（登记簿“{b}”，表上“{a}”）" for m, b, a in differ),
        ", ".join(f"{m.label_en} (register '{b}', form '{a}')" for m, b, a in differ),
    )


def _case_key(spec: FormSpec, record: dict[str, Any]) -> tuple[str, str, str]:
    """Where a case is looked for: its kind, party and date (both always part of the natural key)."""
    return (spec.kind, fold(record.get(spec.party_field) or ""), str(record.get(spec.date_field) or ""))


def same_case(spec: FormSpec, payload: dict[str, Any], stored: dict[str, Any]) -> bool:
    """DOMAIN §2: every natural-key field filled on both is equal (the party and date always)."""
    if not spec.natural_key:
        return False
    for key in spec.natural_key:
        a, b = payload.get(key), stored.get(key)
        if empty_value(a) or empty_value(b):
            if key in spec.identity:
                return False
            continue
        if fold(a) != fold(b):
            return False
    return True


def chunks(values: Iterable[Any]) -> Iterable[list[Any]]:
    items = sorted(set(values))
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


def _run(conn: Connection, sql: str, params: list[dict[str, Any]]) -> None:
    """One of the numbering's writes (:mod:`.queries`) run once for each of ``params``: on SQLite
    by the driver, the text as it is; elsewhere as an SQLAlchemy text."""
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(sql, params)
    else:
        import sqlalchemy as sa

        conn.execute(sa.text(sql), params)


def _existing(conn: Connection, column: str, keys: set[tuple[str, str]]) -> dict[tuple[str, str], Document]:
    """Documents whose ``column`` (:data:`.queries.NUMBERING_KEYS`) matches one of the (kind, value) keys."""
    found: dict[tuple[str, str], Document] = {}
    for kind in sorted({k for k, _ in keys}):
        for chunk in chunks(value for k, value in keys if k == kind):  # (kind, …) leads every index
            for row in rows_of(conn, queries.documents_by(column, kind, chunk)):
                found.setdefault((kind, row[column]), Document.from_row(row))
    return found


def _lock_counters(conn: Connection, scopes: Sequence[tuple[str, str]]) -> dict[tuple[str, str], int]:
    """Create (if new) and lock each counter row, in sorted order; their last serials.

    SQLite already holds the database's write lock (BEGIN IMMEDIATE); PostgreSQL locks each
    row ``FOR UPDATE`` until commit. Sorted, so that two batches always queue, never deadlock.
    """
    last: dict[tuple[str, str], int] = {}
    if conn.dialect.name != "postgresql" and scopes:
        # the write lock is the database's: every counter made in one statement, read in one
        # (a batch spanning twelve months cost 24 statements a chunk, issue 15)
        wanted = sorted(set(scopes))
        _run(conn, queries.MAKE_COUNTER, [{"kind": kind, "scope": scope} for kind, scope in wanted])
        rows = rows_of(
            conn,
            queries.counters_of(sorted({kind for kind, _ in wanted}), sorted({scope for _, scope in wanted})),
        )
        found = {(row["kind"], row["scope"]): row["last_serial"] for row in rows}
        return {key: found[key] for key in wanted}
    for kind, scope in sorted(scopes):
        _run(conn, queries.MAKE_COUNTER, [{"kind": kind, "scope": scope}])
        (row,) = rows_of(conn, queries.counter_locked(kind, scope))
        last[(kind, scope)] = row["last_serial"]
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
        self.first = last  # the last serial issued before this batch
        self.taken = taken  # (kind, number) held in the register or earlier in this batch
        self.checked = last  # serials up to here have been looked up
        self.number = numbering.numbers(date)  # a serial's number

    def _window(self, start: int, size: int) -> list[str]:
        return [self.number(s) for s in range(start, start + size)]

    def _look_up(self, start: int, size: int) -> None:
        Series.look_up_all(self.conn, [(self, start, size)])

    @staticmethod
    def look_up_all(conn: Connection, windows: Sequence[tuple[Series, int, int]]) -> None:
        """The numbers of each ``(series, first serial, count)`` window held already, looked up
        together: one statement per kind (and per :data:`_CHUNK` numbers), however many
        counters a batch draws from (a year of complaints: twelve)."""
        kinds = {series.kind for series, _, _ in windows}
        for kind in sorted(kinds):
            numbers = (
                n
                for series, start, size in windows
                if series.kind == kind
                for n in series._window(start, size)
            )
            found: set[tuple[str, str]] = set()
            for chunk in chunks(numbers):
                found |= {(kind, row["number"]) for row in rows_of(conn, queries.numbers_held(kind, chunk))}
            for series, start, size in windows:
                if series.kind == kind:
                    series.taken |= found
                    series.checked = start + size - 1

    def next(self, expected: int = 1) -> tuple[int, str]:
        """The next free serial and its number; ``expected`` sizes the first look-up."""
        serial = self.last + 1
        while True:
            if serial > self.checked:
                self._look_up(serial, min(max(expected, 8), _CHUNK))
            number = self.number(serial)
            if (self.kind, number) not in self.taken:
                break
            serial += 1  # a pre-numbered document holds it: skip that serial
        self.last = serial
        self.taken.add((self.kind, number))
        return serial, number


def _by_source(conn: Connection, keys: set[tuple[str, str]]) -> dict[tuple[str, str], Document]:
    """Documents one of whose revisions came from one of the (kind, source hash) keys.

    A source of an earlier revision gives that revision (its record, ``superseded_by`` the
    current one): a rerun of the intake file after the investigation was filed is the intake.
    """
    found: dict[tuple[str, str], Document] = {}
    older: dict[tuple[int, int], tuple[str, str]] = {}  # (document id, revision) -> key
    for kind in sorted({k for k, _ in keys}):
        for chunk in chunks(value for k, value in keys if k == kind):
            for row in rows_of(conn, queries.filed_from(kind, chunk)):
                key = (kind, row["rev_source_hash"])
                if key in found:
                    continue
                found[key] = Document.from_row(row)
                if row["rev_no"] != row["revision"]:
                    older[(row["id"], row["rev_no"])] = key
    for doc_id, revision in older:  # rare: a source of an earlier revision filed again
        record = next(
            (row["record"] for row in rows_of(conn, queries.revision_record(doc_id, revision))), None
        )
        key = older[(doc_id, revision)]
        current = found[key]
        found[key] = replace(current, record=record or {}, revision=revision, superseded_by=current.revision)
    return found


def _candidates(conn: Connection, filings: Sequence[Filing]) -> list[Document]:
    """Registered, not void documents that may be the same case as one of ``filings`` (natural key)."""
    out: list[Document] = []
    for kind in sorted({f.kind for f in filings}):
        mine = [f for f in filings if f.kind == kind]
        dates = sorted({f.date for f in mine if f.date})
        party = mine[0].spec.party_field
        customers = {str(f.payload.get(party)) for f in mine if f.payload.get(party)}
        for chunk in chunks(customers):  # (kind, customer, date) leads the natural-key index
            out += map(Document.from_row, rows_of(conn, queries.same_case_candidates(kind, chunk, dates)))
    return out


@dataclass
class _Batch:
    """What one batch writes at its end: new documents, revisions of documents, log lines."""

    now: dt.datetime
    rows: list[dict[str, Any]]
    made: list[Document]
    updates: dict[int, dict[str, Any]]  # document id -> new column values (revised documents)
    revision_rows: list[tuple[Document, dict[str, Any]]]  # (the document, its revisions row)
    log: list[tuple[Document, str, str, str]]  # (the document, event, detail, actor)
    # (a new document's record, its JSON text as prepared, its number): see _prepared_texts
    texts: list[tuple[dict[str, Any], RecordText, str]] = field(default_factory=list)

    def add_revision(self, doc: Document, filing: Filing, revision: int, record: Any, changes: Any) -> None:
        """The revisions row of ``doc``'s revision ``revision`` (its first: no ``changes``), filed
        from ``filing``."""
        self.revision_rows.append(
            (
                doc,
                dict(
                    kind=filing.kind,
                    revision=revision,
                    record=record,
                    record_hash=filing.content_hash,
                    source=filing.source,
                    source_hash=filing.source_hash,
                    at=self.now,
                    actor=filing.actor or None,
                    changes=changes,
                ),
            )
        )


def _revise(
    batch: _Batch,
    target: Document,
    filing: Filing,
    settings: Settings,
    *,
    same_case_by_key: bool,
    pending_row: dict[str, Any] | None,
) -> Document:
    """File ``filing`` as the next revision of ``target`` (its number, status and issue date kept)."""
    record = {**filing.payload, "number": target.number} if "number" in filing.payload else filing.payload
    changes = differences(target.record, record)
    revision = target.revision + 1
    columns = dict(
        record=record,
        record_hash=filing.content_hash,
        source=filing.source or target.source,
        source_hash=filing.source_hash,
        revision=revision,
        **case_columns(filing.record, settings, filing.payload),
    )
    if pending_row is not None:  # filed earlier in this same batch: not inserted yet
        pending_row.update(columns)
    else:
        batch.updates[target.id] = columns  # type: ignore[index]
    doc = replace(
        target,
        **{k: v for k, v in columns.items() if k in Document.__dataclass_fields__},
        created=False,
        revised=True,
        same_case=same_case_by_key,
        changes=changes,
        superseded_by=None,
    )
    batch.add_revision(doc, filing, revision, record, changes)
    # kept as facts, worded when shown (in the reader's language): each change's values as the
    # log shows them (cut short), None for an empty one
    briefs = [
        [key, None if empty_value(b) else brief(b), None if empty_value(a) else brief(a)]
        for key, b, a in changes
    ]
    detail = facts(
        "revised",
        revision=revision,
        changes=briefs,
        by_key=bool(same_case_by_key),
        source=filing.source or "",
    )
    batch.log.append((doc, "revised", detail, filing.actor))
    return doc


CLOCK_PULL_MAX = dt.timedelta(days=1)
"""How far :func:`not_before_latest` pulls a moment forward to the register's latest record: a
clerk's PC a few minutes or hours behind another's files in time order; a record dated further
ahead (a history imported with a date to come, one PC's clock a year ahead) does not drag every
later batch into the future — past this bound a batch is filed at its own clock's time and the
record is named (:data:`Register.dated_ahead <kesu_docs.register.Register>`)."""


def not_before_latest(
    conn: Connection, now: dt.datetime, ahead: list[tuple[dt.datetime, str]] | None = None
) -> dt.datetime:
    """``now``, or the register's latest moment when ``now`` is earlier by at most
    :data:`CLOCK_PULL_MAX` (this computer's clock set back a little: an NTP step, another
    clerk's PC ahead): what the register writes from now on is not earlier than what it holds —
    a QA auditor reads its case log, its issue times and its prints in time order, and the
    issue date printed on a document does not go back in a series. The latest moment is the
    last line of the case log (every issue, revision and print writes one, in order): one
    look-up by its key, however large the register. A latest moment further ahead is kept out
    of it: ``now`` is returned, and (that moment, its document's number) put in ``ahead``."""
    now = now if now.tzinfo else now.astimezone()
    latest = next(iter(rows_of(conn, queries.latest_event())), None)
    if latest is None or latest["at"] <= now:
        return now
    if latest["at"] - now <= CLOCK_PULL_MAX:
        return latest["at"]
    if ahead is not None:
        number = next(
            (row["number"] for row in rows_of(conn, queries.number_of(latest["document_id"]))), None
        )
        ahead.append((latest["at"], str(number)))
    return now


def not_before_own(conn: Connection, document_id: int, now: dt.datetime) -> dt.datetime:
    """``now``, or document ``document_id``'s own latest case-log moment when ``now`` is earlier,
    however far (no bound: a document is never voided, re-printed or logged before it was
    issued, its own case log in order, whatever became of the register's other records)."""
    own = rows_of(conn, queries.latest_of(document_id))[0]["at"]
    return own if own is not None and own > now else now


def issue_batch(
    conn: Connection,
    filings: Sequence[Filing],
    settings: Settings,
    now: dt.datetime,
    moment: list[dt.datetime] | None = None,
    ahead: list[tuple[dt.datetime, str]] | None = None,
) -> list[Document | RegisterError]:
    """File every record inside the caller's write transaction; per record, its Document or refusal.

    Per record: the same source (of any revision) or the same content returns the document
    filed already; a record carrying a registered number, with the same identity (party,
    document date), is the document's next revision, with another identity a conflict; a
    record without a number that is a registered case by its natural key (DOMAIN §2) is
    that case's next revision; anything else gets the next number.

    Given ``moment`` (``now`` is the clock's), the batch's moment is ``now`` but never earlier
    than the register's latest (:func:`not_before_latest`, read once the counters are locked:
    no batch of the same series commits meanwhile), put in ``moment``; a record dated further
    ahead is put in ``ahead``.
    """
    live = [f for f in filings if f.refusal is None]
    by_source = _by_source(conn, {(f.kind, f.source_hash) for f in live})
    by_content = _existing(conn, "record_hash", {(f.kind, f.content_hash) for f in live})
    current = {
        (d.kind, d.number): d
        for d in _existing(conn, "number", {(f.kind, f.given) for f in live if f.given}).values()
    }
    fresh = [
        f
        for f in live
        if (f.kind, f.source_hash) not in by_source and (f.kind, f.content_hash) not in by_content
    ]
    wanted = Counter((f.kind, f.scope) for f in fresh if f.scope)
    last = _lock_counters(conn, list(wanted))
    if moment is not None:
        now = not_before_latest(conn, now, ahead)
        moment.append(now)
    taken: set[tuple[str, str]] = set()
    series = _series(conn, fresh, wanted, last, taken)
    # after the counters are locked: a clerk filing the same new case at this moment has
    # committed it by now (same period, same counter), so it is found, not numbered twice
    keyed = [f for f in fresh if not f.given and f.spec.natural_key]
    # the registered cases a form without number may be, by (kind, party, date): found in one go
    cases: dict[tuple[str, str, str], dict[tuple[str, str], Document]] = {}
    for found in _candidates(conn, keyed) if keyed else []:
        doc = current.setdefault((found.kind, found.number), found)
        cases.setdefault(_case_key(forms.get(doc.kind), doc.record), {})[(doc.kind, doc.number)] = doc
    taken |= set(current)
    batch = _Batch(now, [], [], {}, [], [])
    pending_rows: dict[tuple[str, str], dict[str, Any]] = {}

    outcomes: list[Document | RegisterError | None] = [None] * len(filings)
    # pre-numbered forms first: they hold their numbers before any serial is handed out, so an
    # unnumbered form earlier in the batch never takes a number a later one arrives with
    for index in sorted(range(len(filings)), key=lambda i: not filings[i].given):
        filing = filings[index]
        if filing.refusal is not None:
            outcomes[index] = filing.refusal
            continue
        from_source = by_source.get((filing.kind, filing.source_hash))
        same = from_source or by_content.get((filing.kind, filing.content_hash))
        if (
            same is not None
            and same.is_void
            and from_source is None
            and filing.given
            and filing.given != same.number
        ):
            same = None  # a stray number voided no longer holds the content: the number on the form decides
        if same is not None:  # the same source, or the same content re-saved: filed already
            if filing.given and filing.given != same.number:  # one document never holds two numbers
                outcomes[index] = RegisterError(
                    "filed_under_other_number", value=filing.given, number=same.number, holder=same.source
                )
                continue
            outcomes[index] = replace(same, created=False, revised=False, changes=[])
            continue
        target: Document | None = None
        by_key = False
        asked: tuple[str, str, str] | None = None  # the case key looked up (a new document's own)
        if filing.given:
            target = current.get((filing.kind, filing.given))
            if target is not None:
                differ = identity_differences(filing.spec, filing.payload, target.record)
                if differ is not None:
                    outcomes[index] = NumberTaken(filing.given, filing.kind, target.source, differ)
                    continue
        else:
            asked = _case_key(filing.spec, filing.payload)
            matches = {
                (d.kind, d.number): d
                for d in cases.get(asked, {}).values()
                if not d.is_void and same_case(filing.spec, filing.payload, d.record)
            }
            if len(matches) > 1:
                outcomes[index] = RegisterError(
                    "ambiguous_case", numbers="、".join(sorted(n for _, n in matches))
                )
                continue
            if matches:
                target, by_key = next(iter(matches.values())), True
        if target is not None and record_hash(target.kind, target.record) == filing.content_hash:
            # the same content (a clerk at another PC filed it a moment ago): filed already
            outcomes[index] = replace(target, created=False, revised=False, changes=[], same_case=by_key)
            continue
        if target is not None:
            if target.is_void:
                outcomes[index] = RegisterError(
                    "revise_void",
                    number=target.number,
                    reason=target.void_reason,
                    voided_at=f"{target.voided_at.astimezone():%Y-%m-%d %H:%M}" if target.voided_at else "",
                )
                continue
            doc = _revise(
                batch,
                target,
                filing,
                settings,
                same_case_by_key=by_key,
                pending_row=pending_rows.get((target.kind, target.number)),
            )
        else:
            doc = _new(batch, filing, settings, series, last, wanted, taken, conn)
            pending_rows[(doc.kind, doc.number)] = batch.rows[-1]
        current[(doc.kind, doc.number)] = doc
        if filing.spec.natural_key:  # a copy of the same new case later in the batch finds it
            # (a new document's record is the form's payload: its party and date, its key)
            key = asked if asked is not None and target is None else _case_key(filing.spec, doc.record)
            cases.setdefault(key, {})[(doc.kind, doc.number)] = doc
        outcomes[index] = doc
        by_source[(filing.kind, filing.source_hash)] = doc  # a duplicate later in the batch finds it
        by_content[(filing.kind, filing.content_hash)] = doc

    ids = _write(conn, batch)
    for i, outcome in enumerate(outcomes):
        if isinstance(outcome, Document) and outcome.id is None:
            outcome.id = ids.get((outcome.kind, outcome.number))
    moved = sorted((key, used) for key, used in series.items() if used.last != used.first)
    if moved:  # every counter moved, in one statement run once for each
        _run(
            conn,
            queries.MOVE_COUNTER,
            [{"kind": kind, "scope": scope, "last": used.last} for (kind, scope), used in moved],
        )
    return outcomes  # type: ignore[return-value]  # every index was filled above


def _series(
    conn: Connection,
    fresh: Sequence[Filing],
    wanted: Counter,
    last: dict[tuple[str, str], int],
    taken: set[tuple[str, str]],
) -> dict[tuple[str, str], Series]:
    """The series of every counter the batch's new forms may draw from, each with the serials it
    is about to issue looked up at once (:meth:`Series.look_up_all`), once the counters are
    locked; a series whose forms all turn out filed already (a revision) issues nothing."""
    made: dict[tuple[str, str], Series] = {}
    for filing in fresh:
        if filing.scope is None or filing.numbering is None or filing.date is None:
            continue
        key = (filing.kind, filing.scope)
        if key not in made:
            made[key] = Series(conn, filing.kind, filing.numbering, filing.date, last[key], taken)
    windows = [(s, s.last + 1, min(max(wanted[key], 8), _CHUNK)) for key, s in made.items()]
    if windows:
        Series.look_up_all(conn, windows)
    return made


def _new(
    batch: _Batch,
    filing: Filing,
    settings: Settings,
    series: dict[tuple[str, str], Series],
    last: dict[tuple[str, str], int],
    wanted: Counter,
    taken: set[tuple[str, str]],
    conn: Connection,
) -> Document:
    """A new document: the number it carries, or the next of its series."""
    serial: int | None = None
    assert filing.date is not None  # a filing without its date was refused (no_document_date)
    if filing.given:
        number = filing.given
    else:
        assert filing.numbering is not None and filing.scope is not None
        key = (filing.kind, filing.scope)
        if key not in series:  # within one scope every date gives the same numbers
            series[key] = Series(conn, filing.kind, filing.numbering, filing.date, last[key], taken)
        serial, number = series[key].next(wanted[key])
    taken.add((filing.kind, number))
    payload = {**filing.payload, "number": number} if "number" in filing.payload else filing.payload
    row = dict(
        kind=filing.kind,
        number=number,
        period=period_of(filing.date),
        serial=serial,
        status=DocumentStatus.ISSUED.value,
        source=filing.source,
        source_hash=filing.source_hash,
        record_hash=filing.content_hash,
        record=payload,
        document_date=filing.date,
        issued_at=batch.now,
        void_reason=None,
        voided_at=None,
        reprints=0,
        reprinted_at=None,
        revision=1,
        **(
            filing.columns
            if filing.columns is not None
            else case_columns(filing.record, settings, filing.payload)
        ),
    )
    batch.rows.append(row)
    if filing.text is not None:
        batch.texts.append((payload, filing.text, number))
    doc = Document.from_row(SimpleNamespace(id=None, **row), created=True)
    batch.made.append(doc)
    batch.add_revision(doc, filing, 1, payload, None)
    batch.log.append((doc, "issued", filing.source, filing.actor))
    return doc


def _write(conn: Connection, batch: _Batch) -> dict[tuple[str, str], int]:
    """Insert the new documents, update the revised ones, then their revisions and log lines."""
    ids: dict[tuple[str, str], int] = {}
    memo: dict[int, Any] = {}  # a record's JSON, bound once for its document and its revision
    if batch.rows and conn.dialect.name == "sqlite":
        memo = _prepared_texts(conn, batch.texts)
        # SQLite returns the ids of a many-row insert one statement per row (the order of its
        # RETURNING rows is not promised): the rows go in as one executemany with their ids
        # given, those SQLite would give them (one past the largest, in order), read in one
        # statement before: the batch holds the write lock (BEGIN IMMEDIATE), no other
        # process inserts meanwhile (rather than 1,000 ids looked up after, by number)
        after = rows_of(conn, queries.last_id())[0]["last_id"] or 0
        for offset, (row, doc) in enumerate(zip(batch.rows, batch.made), start=1):
            row["id"] = doc.id = after + offset
            ids[(doc.kind, doc.number)] = doc.id
        insert_many(conn, "documents", batch.rows, memo=memo)
    elif batch.rows:
        from .schema import documents

        new_ids = (
            conn.execute(
                documents.insert().returning(documents.c.id, sort_by_parameter_order=True), batch.rows
            )
            .scalars()
            .all()
        )
        for doc, doc_id in zip(batch.made, new_ids):
            doc.id = doc_id
            ids[(doc.kind, doc.number)] = doc_id
    update_many(conn, "documents", batch.updates, memo=memo)

    def id_of(doc: Document) -> int:
        return doc.id if doc.id is not None else ids[(doc.kind, doc.number)]

    if batch.revision_rows:
        insert_many(
            conn,
            "revisions",
            [{"document_id": id_of(doc), **row} for doc, row in batch.revision_rows],
            memo=memo,
        )
    if batch.log:
        insert_many(
            conn,
            "events",
            [
                {
                    "document_id": id_of(doc),
                    "at": batch.now,
                    "event": event,
                    "detail": detail,
                    "actor": actor or None,
                }
                for doc, event, detail, actor in batch.log
            ],
        )
    return ids


def _prepared_texts(
    conn: Connection, texts: Sequence[tuple[dict[str, Any], RecordText, str]]
) -> dict[int, Any]:
    """:func:`insert_many`'s ``memo`` of the new records whose JSON a worker wrote
    (``Prepared.text``), the number issued put in: each record's JSON bound without being
    written again by the command (a seventh of numbering a document, issue 15). Kept only if
    the first is the text the column's own binding makes of its record (else none is: the
    records are bound as ever); a text with no place for the number its record has, or the
    other way round, is left out."""
    memo: dict[int, Any] = {}
    bind = driver_values.stored("documents", "record")  # (SQLite's alone: the caller's test)
    for record, text, number in texts:
        if (text.after is not None) != ("number" in record):
            continue
        full = text.numbered(number)
        if not memo and (bind is None or bind(record) != full):
            return {}
        memo[id(record)] = (record, full)
    return memo


def insert_many(
    conn: Connection, table: str, rows: list[dict[str, Any]], *, memo: dict[int, Any] | None = None
) -> None:
    """Insert ``rows`` (dicts) into the table named ``table`` in one statement run for each row.

    On SQLite the rows go to the driver's ``executemany``, SQL text written from the table's
    columns as :mod:`.schema` declares them (:data:`.queries.WRITTEN_COLUMNS`, no ``Table``
    asked), a column a row leaves out given its default (:data:`.queries.DEFAULTS`; else NULL,
    or the next id), each value bound as SQLAlchemy's column type binds it
    (:func:`.driver_values.stored`), so the stored values are the same; SQLAlchemy's per-row
    work (a fifth of filing a document) is skipped. Other databases through ``table.insert()``.
    ``memo``, shared by several calls, binds a JSON value met again (the same object: a record
    filed as its document and its first revision) once.
    """
    if not rows:
        return
    if conn.dialect.name != "sqlite":  # (the same rows: made whole as on SQLite)
        import sqlalchemy as sa

        from .schema import metadata

        conn.execute(metadata.tables[table].insert(), _filled(table, rows, sa.null())[1])
        return
    keys, rows = _filled(table, rows, driver_values.SQL_NULL)
    names = ", ".join(map(_quoted, keys))
    statement = f"INSERT INTO {_quoted(table)} ({names}) VALUES ({', '.join('?' * len(keys))})"
    conn.exec_driver_sql(statement, _bound(conn, table, keys, rows, memo))


def _filled(table: str, rows: list[dict[str, Any]], null: Any) -> tuple[list[str], list[dict[str, Any]]]:
    """The columns an insert of ``rows`` into ``table`` writes, and the rows with each of them:
    a column a row leaves out given its default (:data:`.queries.DEFAULTS`), else NULL — a
    JSON column's as ``null`` (SQL's NULL, as SQLAlchemy writes a column left out, not the JSON
    text ``null``) —, so that every database is given the same rows (PostgreSQL's insert took
    the first row's columns and dropped the others' silently)."""
    defaults, stored = queries.DEFAULTS[table], queries.STORED_IN[table]
    first = rows[0]
    same = all(row.keys() == first.keys() for row in rows)
    given = first if same else {key: None for row in rows for key in row}
    _known(table, given)
    keys = [name for name in stored if name in given or name in defaults]
    if not same or len(keys) != len(first):
        left = {key: defaults.get(key, null if stored[key] == "json" else None) for key in keys}
        rows = [{key: row.get(key, left[key]) for key in keys} for row in rows]
    return keys, rows


def _known(table: str, columns: Iterable[str]) -> None:
    """Refuse a column ``table`` has not (a mistake of ours, as SQLAlchemy's statements refuse it)."""
    unknown = [key for key in columns if key not in queries.STORED_IN[table]]
    if unknown:
        raise ValueError(f"{table} has no column {', '.join(unknown)}")


def _quoted(name: str) -> str:
    """A table's or column's name (one of :mod:`.schema`'s) quoted for SQLite's text."""
    return '"' + name.replace('"', '""') + '"'


def update_many(
    conn: Connection,
    table: str,
    updates: dict[int, dict[str, Any]],
    *,
    memo: dict[int, Any] | None = None,
) -> None:
    """Set the values ``updates`` gives each row of the table named ``table`` by its id: one
    statement for the rows setting the same columns, run for each in one ``executemany`` (a
    batch of revisions compiled and ran one statement each). On SQLite the text goes to the
    driver, the values bound as :func:`insert_many` binds them; elsewhere one SQLAlchemy
    update, compiled once. A row not found (its document gone under the batch) refuses the
    whole write: the caller's transaction, its revisions and log lines with it, is rolled back
    (RegisterError)."""
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for row_id, values in updates.items():
        groups.setdefault(tuple(values), []).append({**values, "id": row_id})
    for keys, rows in groups.items():
        if conn.dialect.name == "sqlite":
            _known(table, keys)
            setting = ", ".join(f"{_quoted(key)} = ?" for key in keys)
            statement = f"UPDATE {_quoted(table)} SET {setting} WHERE id = ?"
            hit = conn.exec_driver_sql(statement, _bound(conn, table, [*keys, "id"], rows, memo)).rowcount
        else:  # (the id's parameter named apart from the column a SET names)
            import sqlalchemy as sa

            from .schema import metadata

            written = metadata.tables[table]
            update = written.update().where(written.c.id == sa.bindparam("row_id"))
            update = update.values({key: sa.bindparam(key) for key in keys})
            params = [{key: row[key] for key in keys} | {"row_id": row["id"]} for row in rows]
            hit = conn.execute(update, params).rowcount
        if hit != len(rows):
            raise RegisterError("register_rows_missed", table=table, missed=len(rows) - hit)


def _bound(
    conn: Connection,
    table: str,
    keys: Sequence[str],
    rows: Sequence[dict[str, Any]],
    memo: dict[int, Any] | None,
) -> list[tuple[Any, ...]]:
    """The ``keys`` values of each of ``rows`` as the column types bind them, for the driver."""
    binders = [_binder(table, key, conn, memo) for key in keys]
    # each row's values taken at once, then only the columns with a bind processor bound (the
    # record's JSON and the UTC moments: 4 of 30 for a document)
    take = operator.itemgetter(*keys) if len(keys) > 1 else (lambda row: (row[keys[0]],))
    bound = [(i, bind) for i, bind in enumerate(binders) if bind is not None]
    values: list[tuple[Any, ...]] = []
    for row in rows:
        value = list(take(row))
        for i, bind in bound:
            value[i] = bind(value[i])
        values.append(tuple(value))
    return values


def _binder(table: str, key: str, conn: Connection, memo: dict[int, Any] | None) -> Any:
    """What stores a value of the column ``key`` of ``table`` as its type binds it — on SQLite
    :func:`.driver_values.stored` (no SQLAlchemy type asked: text the driver takes as it is),
    else the column type's bind processor, then the driver's adapter of what it gives (None:
    the driver takes the value as it is) —, run once per JSON object met again (``memo``) or
    per distinct value of the insert."""
    if conn.dialect.name == "sqlite":
        bind = driver_values.stored(table, key)
        json_text = queries.STORED_IN[table].get(key) == "json"
    else:
        import sqlalchemy as sa

        from .schema import metadata

        column_type = metadata.tables[table].c[key].type
        bind = column_type.bind_processor(conn.dialect)
        json_text = isinstance(column_type, sa.JSON)
    if bind is None:
        return None
    if json_text:
        return _remembered(bind, memo) if memo is not None else bind
    return _per_value(bind, conn.dialect.dbapi)


_PLAIN = (str, int, float, bytes, type(None))  # what the SQLite driver stores as it is


def _per_value(bind: Any, driver: Any = None) -> Any:
    """``bind`` run once for each distinct value of one insert: a batch's rows share their moment
    (``now``: five UTC conversions a document filed and printed, the same one each time). What
    it gives, when no plain value, is adapted here as the SQLite ``driver`` adapts it (its
    ``adapters`` registry, by the value's exact type: a moment's text), once, not by the
    driver on every row (5,000 times for 1,000 documents filed and printed, issue 15)."""
    seen: dict[Any, Any] = {}
    last: list[Any] = [seen, None]  # the value met last (kept: its id stays its own) and its binding
    adapters = getattr(driver, "adapters", None) or {}
    protocol = getattr(driver, "PrepareProtocol", None)

    def adapted(value: Any) -> Any:
        done = bind(value)
        if type(done) in _PLAIN:
            return done
        adapt = adapters.get((type(done), protocol))
        return done if adapt is None else adapt(done)

    def once(value: Any) -> Any:
        if value is last[0]:  # the batch's moment, row after row
            return last[1]
        # keyed by type and zone too: 1 and True, Decimal 1.10 and 1.1, one instant in two
        # zones are equal keys that may bind to different text
        key = (type(value), value, getattr(value, "tzinfo", None), str(value))
        try:
            done = seen[key]
        except KeyError:
            done = seen[key] = adapted(value)
        except TypeError:  # a value that cannot be a key: bound each time
            return adapted(value)
        last[0], last[1] = value, done
        return done

    return once


def _remembered(bind: Any, memo: dict[int, Any]) -> Any:
    plain = _per_value(bind)  # None, a text: bound once a value

    def remembered(value: Any) -> Any:
        if not isinstance(value, (dict, list)):
            return plain(value)
        hit = memo.get(id(value))
        if hit is None or hit[0] is not value:  # (the object is kept: its id stays its own)
            hit = memo[id(value)] = (value, bind(value))
        return hit[1]

    return remembered
