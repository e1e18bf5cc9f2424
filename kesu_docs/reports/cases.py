"""The register's complaints as cases: each with its record, deadline, stage and linked documents.

What every register report reads (the tracking register, the monthly statistics, reminders,
penalty notices). The deadlines and stages are :mod:`kesu_docs.case`'s; this module only
gathers what the register holds about each case.

>>> from kesu_docs.reports.cases import load_cases        # doctest: +SKIP
>>> [c.number for c in load_cases(register) if c.closed_in("2026-09")]  # doctest: +SKIP
['202609001', '202609004']
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cached_property, partial
from typing import TYPE_CHECKING, Any

from .. import case as lifecycle
from .. import forms
from ..config import Settings
from ..config import settings as current_settings
from ..values import illegal_char

if TYPE_CHECKING:
    from ..register import Document, Register

# the follow-up documents filed against a case, in the order the tracking register lists them
LINKED_KINDS = ("8d", "return", "allowance", "reminder", "followup", "penalty")
REVISION_EVENTS = ("amended", "revised", "revision")


@dataclass
class Case:
    """One complaint case as the register holds it."""

    doc: Document  # the register's Document of the complaint
    sheet: Any  # its record, as the ComplaintSheet model
    settings: Settings
    linked: dict[str, list[str]] = field(default_factory=dict)  # kind -> numbers filed against it
    revisions: int = 0

    @property
    def number(self) -> str:
        return self.doc.number

    @property
    def void(self) -> bool:
        return self.doc.is_void

    @property
    def closed_date(self) -> dt.date | None:
        return self.sheet.closed_date

    @cached_property  # read for each figure of a report: computed once
    def due_date(self) -> dt.date:
        return lifecycle.due_date(self.sheet, self.settings)

    @property
    def linked_kinds(self) -> tuple[str, ...]:
        return tuple(k for k, numbers in self.linked.items() if numbers)

    @property
    def stage(self) -> lifecycle.Stage:
        return lifecycle.stage_of(self.sheet, self.linked_kinds)

    def status(self, as_of: dt.date) -> lifecycle.CaseStatus:
        return lifecycle.case_status(self.sheet, as_of, self.settings, self.linked_kinds, due=self.due_date)

    def overdue_stage(self, as_of: dt.date) -> lifecycle.Stage | None:
        """The first step not reached whose deadline is past (the closure's included); None if on time."""
        return lifecycle.overdue_stage(self.sheet, as_of, self.settings, self.linked_kinds)

    def stage_deadline(self, stage: lifecycle.Stage) -> dt.date | None:
        return lifecycle.stage_deadlines(self.sheet, self.settings).get(stage)

    @cached_property
    def closed_late(self) -> bool:
        return (
            self.closed_date is not None and self.status(self.closed_date) == lifecycle.CaseStatus.CLOSED_LATE
        )

    @cached_property  # read three times per case by the monthly report
    def days_taken(self) -> int | None:
        """Days from registration to closure (None while open)."""
        if self.closed_date is None or self.sheet.received_date is None:
            return None
        return (self.closed_date - self.sheet.received_date).days

    def closed_in(self, month: str | dt.date) -> bool:
        """Closed in the month ``2026-09`` (or the month of a date)."""
        return self.closed_date is not None and month_key(self.closed_date) == month_key(month)


def month_key(month: str | dt.date) -> str:
    """``2026-09`` for ``2026-09``, ``202609`` or any date in September 2026."""
    if isinstance(month, dt.date):
        return f"{month.year:04d}-{month.month:02d}"  # (as months_back writes it; no strftime)
    digits = month.replace("-", "").replace("/", "").strip()
    return f"{digits[:4]}-{digits[4:6]}"


def load_cases(
    register: Register,
    settings: Settings | None = None,
    *,
    with_void: bool = False,
    revisions: bool = False,
    docs: Iterable[Any] | None = None,
) -> list[Case]:
    """Every complaint in the register as a Case, in number order, with the documents filed against it.

    ``revisions=True`` also counts each case's revisions; ``docs``: the register's documents
    when the caller has already read them.
    """
    settings = settings or register.settings or current_settings()
    model = forms.get("complaint").model
    reader = StoredReader(model)
    linked: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    complaints = []
    for doc in register.documents() if docs is None else docs:
        if doc.kind == "complaint":
            complaints.append(doc)
        elif not doc.is_void and isinstance(doc.record, dict) and doc.record.get("complaint_number"):
            linked[doc.record["complaint_number"]][doc.kind].append(doc.number)
    cases = []
    for doc in complaints:
        if doc.is_void and not with_void:
            continue
        sheet = reader(doc.record)
        kinds = linked.get(doc.number, {})
        found = Case(doc, sheet, settings, {k: list(kinds.get(k, [])) for k in LINKED_KINDS})
        if revisions:
            found.revisions = count_revisions(register, doc)
        cases.append(found)
    return cases


class _Unreadable(Exception):
    """A stored value the fast reading does not take as it is: the record is validated instead."""


def _text(value: Any) -> Any:
    if type(value) is not str or illegal_char(value):
        raise _Unreadable
    return value


def _date(value: Any) -> Any:
    if type(value) is not str or len(value) != 10:
        raise _Unreadable
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise _Unreadable from None


def _qty(value: Any) -> Any:
    if type(value) is not int:
        raise _Unreadable
    return value


def _term(terms: dict[str, Any], value: Any) -> Any:
    term = terms.get(value) if type(value) is str else None
    if term is None:
        raise _Unreadable
    return term


def _terms(terms: dict[str, Any], value: Any) -> Any:
    if type(value) is not list:
        raise _Unreadable
    found = [terms.get(v) if type(v) is str else None for v in value]
    if None in found:
        raise _Unreadable
    return found


def _decimal(value: Any) -> Any:
    if type(value) is not str:
        raise _Unreadable
    from decimal import Decimal, InvalidOperation

    try:
        return Decimal(value)
    except InvalidOperation:
        raise _Unreadable from None


def _bool(value: Any) -> Any:
    if type(value) is not bool:
        raise _Unreadable
    return value


def _refused(value: Any) -> Any:
    raise _Unreadable


class StoredReader:
    """Filed records of one form read field by field, as its model would read them.

    What the register stores was validated when it was filed (``model_dump(mode="json")``):
    validating every record again for a report costs about 0.1 ms each, most of a report on
    100,000 documents. A :class:`StoredRecord` turns only the fields a report reads — a date
    from its ISO text, a term from its key, money as a Decimal — and falls back to the
    model's validation for the whole record at the first value it does not take as it is
    (an older spelling, a character that cannot be printed, a table).
    """

    def __init__(self, model: Any) -> None:
        self.model = model
        # each field's turning of a stored value (raises _Unreadable where the model decides)
        # and its default: chosen once per field here, not by a chain of tests per value read
        self._fields: dict[str, tuple[Callable[[Any], Any], Any]] = {}
        self._rows: dict[str, Any] = {}  # a table's or group's row model
        for key, meta in forms.describe(model).items():
            info = model.model_fields[key]
            default = None if info.is_required() else info.get_default(call_default_factory=True)
            terms = {str(m.value): m for m in meta.term} if meta.term is not None else None
            if meta.row_model is not None:
                self._rows[key] = meta.row_model
            self._fields[key] = (self._turning(key, meta.kind, terms), default)

    def __call__(self, record: dict[str, Any]) -> StoredRecord:
        return StoredRecord(self, record)

    def value(self, key: str, record: dict[str, Any]) -> Any:
        """The field ``key`` of a stored record; raises _Unreadable where the model must decide."""
        turn, default = self._fields[key]
        value = record.get(key)
        if value is None:
            return None if key in record else default  # what the model held, or its default
        return turn(value)

    def _turning(self, key: str, kind: str, terms: dict[str, Any] | None) -> Callable[[Any], Any]:
        """How a stored value (not None) of a field of ``kind`` is taken as the model holds it."""
        if kind in ("text", "code"):
            return _text
        if kind == "date":
            return _date
        if kind == "qty":
            return _qty
        if kind == "term" and terms is not None:
            return partial(_term, terms)
        if kind == "terms" and terms is not None:
            return partial(_terms, terms)
        if kind in ("money", "ratio"):
            return _decimal
        if kind == "bool":
            return _bool
        if kind in ("table", "group") and key in self._rows:
            return partial(self._validated_rows, key)
        return _refused  # anything else: the model reads the whole record

    def _validated_rows(self, key: str, value: Any) -> Any:
        """A table's rows (or a group) validated by their own model: no more than they are."""
        if value == []:
            return []
        row_model = self._rows[key]
        try:
            if isinstance(value, list):
                return [row_model.model_validate(row) for row in value]
            return row_model.model_validate(value)
        except Exception as exc:
            from pydantic import ValidationError  # looked up only here: pydantic's lazy names are slow

            if isinstance(exc, ValidationError):
                raise _Unreadable(key) from None
            raise


class StoredRecord:
    """A filed record read through a :class:`StoredReader` (attribute access, as on the model).

    A field is turned once, then kept as an attribute of its own (read again at no cost).
    """

    def __init__(self, reader: StoredReader, record: dict[str, Any]) -> None:
        self._reader = reader
        self._record = record
        self._validated: Any = None

    def __getattr__(self, key: str) -> Any:  # only for what is not an attribute yet
        if key[0] == "_":
            raise AttributeError(key)
        if self._validated is None:
            found = self._reader._fields.get(key)
            if found is None:
                raise AttributeError(key)
            value = self._record.get(key)
            try:  # (StoredReader.value, written out: read for each field of thousands of cases)
                if value is None:
                    value = None if key in self._record else found[1]
                else:
                    value = found[0](value)
                self.__dict__[key] = value
                return value
            except _Unreadable:
                self.validated()
        return getattr(self._validated, key)

    def turn(self, keys: Iterable[str]) -> None:
        """Turn the fields ``keys`` now, in one loop, as :meth:`__getattr__` would one at a time.

        A report reads the same dozen fields of each of thousands of records: one call per
        record here rather than one ``__getattr__`` call per field (a third of their turning);
        the first value not taken as it is validates the record, as a read of it would.
        """
        if self._validated is not None:
            return
        fields, record, kept = self._reader._fields, self._record, self.__dict__
        try:
            for key in keys:
                if key in kept:
                    continue
                turn, default = fields[key]
                value = record.get(key)
                if value is None:
                    kept[key] = None if key in record else default
                else:
                    kept[key] = turn(value)
        except _Unreadable:
            self.validated()

    def validated(self) -> Any:
        """The record as its model (validated now: from then on every field is read from it)."""
        if self._validated is None:
            self._validated = _filed_record(self._reader.model, self._record)
            for key in [k for k in self.__dict__ if k[0] != "_"]:
                del self.__dict__[key]
        return self._validated


def _filed_record(model: Any, record: dict[str, Any]) -> Any:
    """A filed record as its model; one filed before a character or length check came in is
    read with what cannot be printed taken out, so an old register still reports."""
    from pydantic import ValidationError

    try:
        return model.model_validate(record)
    except ValidationError:
        return model.model_validate(_printable(record))


def _printable(value: Any) -> Any:
    from ..values import strip_illegal

    if isinstance(value, str):
        return strip_illegal(value)
    if isinstance(value, dict):
        return {k: _printable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_printable(v) for v in value]
    return value


def count_revisions(register: Register, doc: Document) -> int:
    """How many times the case's record was changed after it was filed."""
    current = getattr(doc, "revision", None)  # the register's revision number: 1 as first filed
    if isinstance(current, int):
        return max(0, current - 1)
    return sum(e.event in REVISION_EVENTS for e in register.events(doc.number, kind=doc.kind))


def months_back(month: str | dt.date, count: int) -> list[str]:
    """The ``count`` months ending with ``month``, oldest first: ``['2025-10', …, '2026-09']``."""
    key = month_key(month)
    year, mon = int(key[:4]), int(key[5:7])
    out = []
    for _ in range(count):
        out.append(f"{year:04d}-{mon:02d}")
        year, mon = (year, mon - 1) if mon > 1 else (year - 1, 12)
    return out[::-1]


def by_key(cases: Iterable[Case], key: Any) -> dict[Any, list[Case]]:
    groups: dict[Any, list[Case]] = defaultdict(list)
    for c in cases:
        groups[key(c)].append(c)
    return dict(groups)
