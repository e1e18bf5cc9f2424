"""The case over its life (DOMAIN §1, §7): stage, due date, stage deadlines and status.

Pure functions of a complaint record — a :class:`~kesu_docs.forms.complaint.ComplaintSheet`
or the record as the register stores it (a JSON dict) — and the settings; no database.

    stage_of(record, linked_kinds=("8d",))     # Stage.EIGHT_D: what is filled says where it is
    due_date(record, settings)                  # received + 15 (domestic) / 20 (foreign) days
    stage_deadlines(record, settings)           # {Stage.INVESTIGATION: …, …, Stage.CLOSED: due}
    case_status(record, as_of, settings)        # CaseStatus.OVERDUE …
    is_overdue(due, as_of)                      # the overdue rule: past its due date as of a day
    overdue_stage(record, as_of, settings)      # the first stage not reached whose deadline passed

The stages are the steps of the procedure a case has *reached*:

- ``intake``: the intake is filled (sales), nothing further;
- ``investigation``: QA's trace is filled (原因分析, 原因类别, 责任单位 or 责任代码);
- ``decision``: the disposition is decided (处理方式, or 核决人 / 核决日期);
- ``8d``: an 8D report is linked to the case (``linked_kinds`` holds ``"8d"``);
- ``closed``: the 结案日期 is filled.

Stage deadlines are counted from registration (the received date), one after the other, with
``kesu.toml [deadlines]``: QA's report 3 days (``qa_report_days``), the responsible unit's
reply 3 more (``reply_days``) — both make up the investigation —, the GM office's opinion 1
more (``gm_opinion_days``), the 8D 3 more (``eightd_days``); closing is due 15 / 20 days after
registration (``domestic_days`` / ``foreign_days``). A case decided as 客诉不成立 needs no 8D.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

from .config import Settings
from .values import Term

__all__ = [
    "CaseStatus",
    "Stage",
    "case_status",
    "due_date",
    "is_overdue",
    "overdue_stage",
    "stage_deadlines",
    "stage_of",
]


class Stage(Term):
    """The step of the procedure a case has reached (DOMAIN §1)."""

    INTAKE = "intake", "受理", "intake"
    INVESTIGATION = "investigation", "调查分析", "investigation"
    DECISION = "decision", "核决", "decision"
    EIGHT_D = "8d", "8D报告", "8D report"
    CLOSED = "closed", "结案", "closed"

    @property
    def rank(self) -> int:
        return list(Stage).index(self)


class CaseStatus(Term):
    """Where a case stands as of a date: open, overdue, closed on time or closed late."""

    OPEN = "open", "处理中", "Open"
    OVERDUE = "overdue", "逾期未结", "Overdue"
    CLOSED_ON_TIME = "closed_on_time", "如期结案", "Closed on time"
    CLOSED_LATE = "closed_late", "逾期结案", "Closed late"

    @property
    def closed(self) -> bool:
        return self in (CaseStatus.CLOSED_ON_TIME, CaseStatus.CLOSED_LATE)


# what QA's investigation and the decision fill in (DOMAIN §5.1)
INVESTIGATION_FIELDS = ("root_cause", "cause_category", "responsible_unit", "responsibility_code")
DECISION_FIELDS = ("disposition", "approver", "approved_date")


def _get(record: Any, key: str) -> Any:
    value = record.get(key) if isinstance(record, Mapping) else getattr(record, key, None)
    return None if value == "" or value == [] else value


def _date(record: Any, key: str) -> dt.date | None:
    value = _get(record, key)
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _filled(record: Any, keys: Iterable[str]) -> bool:
    return any(_get(record, key) is not None for key in keys)


def _not_established(record: Any) -> bool:
    decided = _get(record, "disposition") or []
    if isinstance(decided, str):
        decided = [decided]
    return any(str(getattr(d, "value", d)) == "not_established" for d in decided)


def needs_8d(record: Any) -> bool:
    """Every established case gets an 8D; one decided as 客诉不成立 does not."""
    return not _not_established(record)


def stage_of(record: Any, linked_kinds: Iterable[str] = ()) -> Stage:
    """The furthest step the case has reached, from what is filled (and the 8D linked to it)."""
    if _date(record, "closed_date") is not None:
        return Stage.CLOSED
    if "8d" in set(linked_kinds):
        return Stage.EIGHT_D
    if _filled(record, DECISION_FIELDS):
        return Stage.DECISION
    if _filled(record, INVESTIGATION_FIELDS):
        return Stage.INVESTIGATION
    return Stage.INTAKE


def deadline_days(record: Any, settings: Settings) -> int:
    """15 days for a domestic case, 20 for a foreign one (``kesu.toml [deadlines]``)."""
    market = _get(record, "market")
    foreign = str(getattr(market, "value", market)) == "foreign"
    return settings.deadlines.foreign_days if foreign else settings.deadlines.domestic_days


def due_date(record: Any, settings: Settings) -> dt.date:
    """The date the case must be closed by: registration (received date) + 15 / 20 days.

    Raises ``ValueError`` for a record without a received date (no case to time).
    """
    received = _date(record, "received_date")
    if received is None:
        raise ValueError("a case without a received date has no due date")
    return received + dt.timedelta(days=deadline_days(record, settings))


def stage_deadlines(record: Any, settings: Settings) -> dict[Stage, dt.date]:
    """When each step must be reached: the procedure's deadlines chained from registration.

    ``{investigation: +3+3, decision: +1, 8d: +3, closed: due date}``; no ``8d`` entry for a
    case decided as 客诉不成立.
    """
    received = _date(record, "received_date")
    if received is None:
        raise ValueError("a case without a received date has no deadlines")
    days = settings.deadlines
    investigation = received + dt.timedelta(days=days.qa_report_days + days.reply_days)
    decision = investigation + dt.timedelta(days=days.gm_opinion_days)
    out = {Stage.INVESTIGATION: investigation, Stage.DECISION: decision}
    if needs_8d(record):
        out[Stage.EIGHT_D] = decision + dt.timedelta(days=days.eightd_days)
    out[Stage.CLOSED] = due_date(record, settings)
    return out


def is_overdue(due: Any, as_of: Any) -> bool:
    """Whether a step still open whose deadline is ``due`` is overdue as of ``as_of``: from the
    day after its deadline. The one place of the rule — a case's status, the step a reminder
    names, the tracking register's cells and fill (its kept segments choose a row's fill with
    it too), the web page's register view — so that no two of them disagree on the due day.

    Dates, or their ordinals (the tracking register's kept segments store those); it rises
    with ``as_of`` and falls with ``due``: a case overdue as of a day is overdue on every
    later day (the segments rely on it to choose a whole segment's fill by its first and last
    due date). This module is read for the export's row layout (``reports.sheet_rows._sources``):
    a change here makes the kept rows and segments again."""
    return bool(as_of > due)


def case_status(
    record: Any,
    as_of: dt.date,
    settings: Settings,
    linked_kinds: Iterable[str] = (),
    *,
    due: dt.date | None = None,
) -> CaseStatus:
    """Open or overdue (past its due date as of ``as_of``) while open; closed on time or late after.

    ``due``: the case's :func:`due_date` when the caller has it already (a report asks each
    of thousands of cases several things)."""
    if due is None:
        due = due_date(record, settings)
    closed = _date(record, "closed_date")
    if closed is not None:
        return CaseStatus.CLOSED_LATE if closed > due else CaseStatus.CLOSED_ON_TIME
    return CaseStatus.OVERDUE if is_overdue(due, as_of) else CaseStatus.OPEN


def overdue_stage(
    record: Any, as_of: dt.date, settings: Settings, linked_kinds: Iterable[str] = ()
) -> Stage | None:
    """The first step not yet reached whose deadline is past as of ``as_of``; None when on time or closed.

    An 8D filed before the decision is entered counts as having reached the decision's step.
    """
    reached = stage_of(record, linked_kinds)
    if reached == Stage.CLOSED:
        return None
    for stage, deadline in stage_deadlines(record, settings).items():
        if stage.rank > reached.rank and is_overdue(deadline, as_of):
            return stage
    return None
