"""Penalty notices 奖罚通知单 from a closed case (DOMAIN §1 step 10, §4).

A closed case whose responsibility calls for penalties (the 行政处分 recorded on its complaint
sheet) gets one notice per penalised unit or person, in 3 copies: the issuer keeps one,
accounting checks one, the penalised unit receives one. A penalty without an amount is
printed at the least its kind carries (warning 100, minor demerit 200 RMB); a major demerit
takes the month's whole performance bonus.

>>> notices = penalty_notices(register, "202609003", "奖罚通知单/")      # doctest: +SKIP
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import forms
from ..config import Settings
from ..terms import PenaltyKind
from .cases import Case, load_cases
from .notices import Notice, ReportError, issue

if TYPE_CHECKING:
    from ..register import Register


def find_case(register: Register, number: str, settings: Settings) -> Case:
    for c in load_cases(register, settings, with_void=True):
        if c.number == number.strip():
            if c.void:
                raise ReportError("case_void", number=c.number, document="奖罚通知单")
            return c
    raise ReportError("case_not_found", number=number)


def notice_records(c: Case, issue_date: dt.date, settings: Settings) -> list[Any]:
    """One PenaltyNotice per penalised unit or person of the case, in the order the sheet names them."""
    s = c.sheet
    if c.closed_date is None:
        raise ReportError("case_not_closed", number=c.number)
    if not s.penalties:
        code = s.responsibility_code
        raise ReportError(
            "no_penalty_called_for",
            number=c.number,
            responsibility=f"{code.value} {code.zh}" if code else "—",
        )
    floors = {
        PenaltyKind.WARNING: settings.penalty.warning_min,
        PenaltyKind.MINOR_DEMERIT: settings.penalty.minor_demerit_min,
    }
    targets: dict[str, list[Any]] = {}
    for p in s.penalties:
        targets.setdefault(p.target or s.responsible_unit or "", []).append(p)
    records = []
    for target, penalties in targets.items():
        items = []
        for p in penalties:
            code = p.code or s.responsibility_code
            amount = p.amount if p.amount is not None else floors.get(p.kind)
            basis = f"责任代码 {code.value}：{code.zh}" if code else ""
            if p.kind == PenaltyKind.MAJOR_DEMERIT:
                basis += "；扣除当月全部绩效奖金"
            items.append({"code": code, "kind": p.kind, "amount": amount, "basis": basis})
        record = forms.get("penalty").model.model_validate(
            {
                "issue_date": issue_date,
                "complaint_number": c.number,
                "customer": s.customer,
                "part_no": s.part_no,
                "closed_date": c.closed_date,
                "cause_category": s.cause_category,
                "responsible_unit": s.responsible_unit,
                "root_cause": s.root_cause,
                "target": target,
                "items": items,
                "issuer": settings.issuing_unit,
            }
        )
        record.complete(settings)
        records.append(record)
    return records


def penalty_notices(
    register: Register,
    number: str,
    outdir: str | Path,
    *,
    issue_date: dt.date | None = None,
    settings: Settings | None = None,
) -> list[Notice]:
    """Issue and render the penalty notices of the closed case ``number``; issued before: re-printed."""
    from ..register.folder_ahead import listing

    settings = settings or register.settings
    c = find_case(register, number, settings)
    records = notice_records(c, issue_date or dt.date.today(), settings)
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    listed = listing(out)  # (once for the case's notices)
    return [
        issue(
            register,
            record,
            key=f"penalty:{c.number}:{record.target}",
            source=f"kesu penalty {c.number}",
            case_number=c.number,
            addressed_to=record.target,
            outdir=out,
            event="penalty",
            listed=listed,
        )
        for record in records
    ]
