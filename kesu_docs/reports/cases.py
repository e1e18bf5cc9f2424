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
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import case as lifecycle
from .. import forms
from ..config import Settings
from ..config import settings as current_settings

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

    @property
    def due_date(self) -> dt.date:
        return lifecycle.due_date(self.sheet, self.settings)

    @property
    def linked_kinds(self) -> tuple[str, ...]:
        return tuple(k for k, numbers in self.linked.items() if numbers)

    @property
    def stage(self) -> lifecycle.Stage:
        return lifecycle.stage_of(self.sheet, self.linked_kinds)

    def status(self, as_of: dt.date) -> lifecycle.CaseStatus:
        return lifecycle.case_status(self.sheet, as_of, self.settings, self.linked_kinds)

    def overdue_stage(self, as_of: dt.date) -> lifecycle.Stage | None:
        """The first step not reached whose deadline is past (the closure's included); None if on time."""
        return lifecycle.overdue_stage(self.sheet, as_of, self.settings, self.linked_kinds)

    def stage_deadline(self, stage: lifecycle.Stage) -> dt.date | None:
        return lifecycle.stage_deadlines(self.sheet, self.settings).get(stage)

    @property
    def closed_late(self) -> bool:
        return (
            self.closed_date is not None and self.status(self.closed_date) == lifecycle.CaseStatus.CLOSED_LATE
        )

    @property
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
        return f"{month:%Y-%m}"
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
        sheet = _filed_record(model, doc.record)
        kinds = linked.get(doc.number, {})
        found = Case(doc, sheet, settings, {k: list(kinds.get(k, [])) for k in LINKED_KINDS})
        if revisions:
            found.revisions = count_revisions(register, doc)
        cases.append(found)
    return cases


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
