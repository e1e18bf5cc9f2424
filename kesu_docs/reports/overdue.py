"""Overdue cases and their reminders 催办单; late closures and their follow-up inquiries 洽办单 (DOMAIN §1 step 8).

As of a date: every open case past a deadline — its closure deadline or the deadline of a
step it has not reached (:func:`kesu_docs.case.overdue_stage`) — gets a reminder addressed to
the unit that holds the case at that step; every case closed late in that date's month gets a
follow-up inquiry asking why. One reminder per case per day, one inquiry per case: running
again finds their numbers and re-prints them.

>>> run = remind(register, dt.date(2026, 9, 30), "催办单/")      # doctest: +SKIP
>>> [(o.case.number, o.stage.zh, o.days) for o in run.overdue]  # doctest: +SKIP
[('202609007', '调查分析', 19)]
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import forms
from ..case import Stage, is_overdue
from ..config import Settings
from ..leftovers import folders_synced
from .cases import Case, load_cases, month_key
from .notices import Notice, issue

if TYPE_CHECKING:
    from ..register import Register

# who holds a case while it waits for a step (DOMAIN §1): QA traces, the GM office decides,
# QA consolidates the 8D, sales negotiates and closes
STAGE_HOLDERS = {
    Stage.INTAKE: "业务部",
    Stage.INVESTIGATION: "质量管理部",
    Stage.DECISION: "总经理室",
    Stage.EIGHT_D: "质量管理部",
    Stage.CLOSED: "业务部",
}


@dataclass
class Overdue:
    """An open case past a deadline as of a date."""

    case: Case
    stage: Stage  # the step not reached in time (``closed``: only the closure is late)
    due: dt.date  # that step's deadline
    days: int  # days past it
    closure_missed: bool  # the case's closure deadline has passed too

    @property
    def addressed_to(self) -> str:
        return STAGE_HOLDERS[self.stage]


@dataclass
class OverdueRun:
    as_of: dt.date
    overdue: list[Overdue]
    late: list[Case]  # closed late in the month of as_of
    notices: list[Notice] = field(default_factory=list)


def overdue_cases(cases: list[Case], as_of: dt.date) -> list[Overdue]:
    """The open cases past a deadline as of ``as_of``, most overdue first."""
    found = []
    for c in cases:
        if c.closed_date is not None and c.closed_date <= as_of:
            continue
        if c.sheet.received_date is None or c.sheet.received_date > as_of:
            continue
        stage = c.overdue_stage(as_of)
        if stage is None:
            continue
        due = c.stage_deadline(stage) or c.due_date
        found.append(Overdue(c, stage, due, (as_of - due).days, is_overdue(c.due_date, as_of)))
    return sorted(found, key=lambda o: (-o.days, o.case.number))


def late_closures(cases: list[Case], as_of: dt.date) -> list[Case]:
    """The cases closed late in the month of ``as_of`` (up to that day)."""
    return [
        c
        for c in cases
        if c.closed_date is not None and c.closed_date <= as_of and c.closed_in(as_of) and c.closed_late
    ]


def _the_complaint(c: Case, as_of: dt.date) -> dict[str, Any]:
    """What a notice about a case (a reminder, a follow-up) says of its complaint, issued on
    ``as_of``: the one list for both forms."""
    s = c.sheet
    return {
        "issue_date": as_of,
        "complaint_number": c.number,
        "customer": s.customer,
        "market": s.market,
        "part_no": s.part_no,
        "received_date": s.received_date,
    }


def reminder_record(item: Overdue, as_of: dt.date, settings: Settings) -> Any:
    c, s = item.case, item.case.sheet
    reply_due = as_of + dt.timedelta(days=settings.deadlines.reply_days)
    what = "结案" if item.stage == Stage.CLOSED else f"“{item.stage.zh}”阶段"
    request = (
        f"客诉 {c.number}（{s.customer}）{what}应于 {item.due:%Y-%m-%d} 前完成，至 {as_of:%Y-%m-%d} 已逾期 "
        f"{item.days} 天"
        + (f"；案件应于 {c.due_date:%Y-%m-%d} 前结案" if item.stage != Stage.CLOSED else "")
        + f"。请{item.addressed_to}于 {reply_due:%Y-%m-%d} 前办理并回复处理进度。"
    )
    record = forms.get("reminder").model.model_validate(
        {
            **_the_complaint(c, as_of),
            "case_due_date": c.due_date,
            "stage": item.stage,
            "addressed_to": item.addressed_to,
            "overdue_on": "closure" if item.closure_missed else "stage",
            "due_date": item.due,
            "days_overdue": item.days,
            "request": request,
            "reply_due": reply_due,
            "issuer": settings.issuing_unit,
        }
    )
    record.complete(settings)
    return record


def followup_record(c: Case, as_of: dt.date, settings: Settings) -> Any:
    s = c.sheet
    assert c.closed_date is not None
    addressed = s.responsible_unit or STAGE_HOLDERS[Stage.CLOSED]
    late = (c.closed_date - c.due_date).days
    record = forms.get("followup").model.model_validate(
        {
            **_the_complaint(c, as_of),
            "responsible_unit": s.responsible_unit,
            "due_date": c.due_date,
            "closed_date": c.closed_date,
            "days_late": late,
            "addressed_to": addressed,
            "question": (
                f"客诉 {c.number}（{s.customer}）应于 {c.due_date:%Y-%m-%d} 前结案，实际 {c.closed_date:%Y-%m-%d} "
                f"结案，逾期 {late} 天。请说明逾期原因及改善措施，于 "
                f"{as_of + dt.timedelta(days=settings.deadlines.reply_days):%Y-%m-%d} 前回复。"
            ),
            "issuer": settings.issuing_unit,
        }
    )
    record.complete(settings)
    return record


def find_overdue(register: Register, as_of: dt.date, settings: Settings | None = None) -> OverdueRun:
    """What is overdue and what closed late as of ``as_of``, without issuing anything."""
    settings = settings or register.settings
    cases = load_cases(register, settings)
    return OverdueRun(as_of, overdue_cases(cases, as_of), late_closures(cases, as_of))


@folders_synced()  # (the notices' folder synced once the run ends: not once a notice)
def remind(
    register: Register,
    as_of: dt.date,
    outdir: str | Path,
    settings: Settings | None = None,
    also_checked: Sequence[Path] = (),
) -> OverdueRun:
    """Issue and render a reminder for each overdue case and an inquiry for each late closure.
    ``outdir`` (and ``also_checked``, the folders of the other days' reminders) is looked
    through once for files the register has no record of (``register_behind_folder``)."""
    from ..register.folder_ahead import listing

    settings = settings or register.settings
    run = find_overdue(register, as_of, settings)
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    listed = listing(out, *also_checked)
    source = f"kesu overdue --as-of {as_of:%Y-%m-%d}"
    for item in run.overdue:
        run.notices.append(
            issue(
                register,
                reminder_record(item, as_of, settings),
                key=f"reminder:{item.case.number}:{as_of:%Y-%m-%d}",
                source=source,
                case_number=item.case.number,
                addressed_to=item.addressed_to,
                outdir=out,
                event="reminder",
                listed=listed,
            )
        )
    for c in run.late:
        record = followup_record(c, as_of, settings)
        run.notices.append(
            issue(
                register,
                record,
                key=f"followup:{c.number}:{month_key(as_of)}",
                source=source,
                case_number=c.number,
                addressed_to=record.addressed_to,
                outdir=out,
                event="follow-up",
                listed=listed,
            )
        )
    return run
