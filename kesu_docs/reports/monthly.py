"""The monthly complaint statistics 客诉案件统计表 (DOMAIN §1 step 9, §7), as an Excel workbook.

For the complaints closed in one month: counts and losses by severity, complaint type,
responsible unit (with its share), cause category and customer; the complaint exception
statistics 客户抱怨异常处理统计表 (one line per case); the defect matrix 每月各项不良矩阵分布图
(QR-047-02-A1: cause × the trailing 12 months, coloured); native Excel charts (by unit, the
causes as a Pareto, the monthly trend); the satisfaction score per customer (DOMAIN §4); the
penalties that follow from the month's causes.

>>> report = monthly_report(register, "2026-09")          # doctest: +SKIP
>>> write_xlsx(report, "客诉案件统计表-2026-09.xlsx")       # doctest: +SKIP

The figures are computed once (:func:`monthly_report`); the workbook, the HTML and the PDF
(:mod:`.monthly_html`) print the same :class:`MonthlyReport`.
"""

from __future__ import annotations

import datetime as dt
import os
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from .. import forms
from ..config import Settings
from ..lazy_re import lazy_re
from ..terms import CauseCategory, ComplaintType, Disposition, Market, PenaltyKind, Severity
from ..values import Term
from .cases import Case, by_key, load_cases, month_key, months_back
from .marks import MONTHLY_FIRST_SHEET, MONTHLY_MARK, open_regular

if TYPE_CHECKING:
    from ..register import Register

MATRIX_CODE = "QR-047-02-A1"
TRAILING_MONTHS = 12
UNDECIDED = "未判定"
ZERO = Decimal("0.00")
# 客户抱怨异常处理统计表's columns: the complaint's fields, in their order
EXCEPTION_FIELDS = (
    "number",
    "received_date",
    "customer",
    "market",
    "part_no",
    "defect_qty",
    "defect_rate",
    "complaint_type",
    "cause_category",
    "responsible_unit",
    "disposition",
    "loss_amount",
)
SHARE = "share"  # column formats: a ratio printed as a percentage
MONEY = "money"
DATE = "date"
DAYS = "days"  # one decimal: 18.3 days
SCORE = "score"
# the complaint's fields the report reads of every case closed in the month (the exception
# statistics' columns, the groupings', the deadline's and the penalties')
READ_FIELDS = (
    *EXCEPTION_FIELDS,
    "severity",
    "closed_date",
    "responsibility_code",
    "penalties",
)


def _label(key: str, lang: str = "zh") -> str:
    """A complaint field's label in ``lang``: the report's headings come from the form's description."""
    field = forms.get("complaint").fields[key]
    return field.label_zh if lang == "zh" else field.label_en


# The report's own words, (Chinese, English): the report is made in one language (``kesu report
# monthly --lang en``, the manager's page in English), its words chosen as it is built.
WORDS = {
    "title": ("客诉案件统计表", "Complaint statistics"),
    "empty": (
        "{month} 无已结案的客诉案件，本月无统计数据。",
        "No complaint was closed in {month}: nothing to count this month.",
    ),
    "by_severity": ("按严重度", "By severity"),
    "by_type": ("按异常类别", "By complaint type"),
    "by_unit": ("按责任单位", "By responsible unit"),
    "by_cause": ("按原因类别（柏拉图）", "By cause category (Pareto)"),
    "by_customer": ("按客户", "By customer"),
    "count": ("件数", "Count"),
    "share": ("比率", "Share"),
    "loss_share": ("损失比率", "Share of loss"),
    "cumulative": ("累计比率", "Cumulative share"),
    "returns": ("退货件数", "Returns"),
    "total": ("合计", "Total"),
    "undecided": (UNDECIDED, "not decided"),
    "closed": ("结案件数", "Cases closed"),
    "domestic": ("其中国内", "of which domestic"),
    "foreign": ("其中国外", "of which foreign"),
    "on_time": ("准时结案", "Closed on time"),
    "late": ("逾期结案", "Closed late"),
    "on_time_share": ("准时结案率", "Closed on time (share)"),
    "loss_total": ("{loss}合计", "{loss}, total"),
    "average_days": ("平均处理天数", "Average days taken"),
    "exceptions": ("客户抱怨异常处理统计表", "Complaint exceptions"),
    "due": ("应结案日", "Due date"),
    "days_taken": ("处理天数", "Days taken"),
    "closing": ("结案情形", "Closed"),
    "closed_late_by": ("逾期 {days} 天", "late by {days} day(s)"),
    "closed_on_time": ("准时", "on time"),
    "list": ("、", ", "),
    "matrix": ("每月各项不良矩阵分布图（{code}）", "Defects by month ({code})"),
    "satisfaction": ("客户满意度", "Customer satisfaction"),
    "survey": ("问卷分数", "Survey score"),
    "complaints": ("客诉件数", "Complaints"),
    "minus_complaints": ("客诉扣分", "Less for complaints"),
    "minus_returns": ("退货扣分", "Less for returns"),
    "score": ("满意度分数", "Satisfaction score"),
    "penalties": ("奖罚统计", "Penalties"),
    "case_number": ("客诉编号", "Complaint number"),
    "penalised": ("受罚单位/人员", "Penalised (unit or person)"),
    "penalty": ("处分", "Penalty"),
    "amount": ("金额", "Amount"),
    "note": ("说明", "Note"),
    "whole_bonus": ("扣除当月全部绩效奖金", "the month's whole performance bonus withheld"),
    "lowest_amount": ("依处分最低金额计", "counted at the penalty's lowest amount"),
    "code_no_penalty": ("有责任代码，未记录处分", "a responsibility code, no penalty recorded"),
    # the workbook's and the page's own
    "sheet_stats": MONTHLY_FIRST_SHEET,
    "sheet_exceptions": ("异常处理统计表", "Exceptions"),
    "sheet_matrix": ("不良矩阵", "Defect matrix"),
    "sheet_charts": ("统计图表", "Charts"),
    "sheet_satisfaction": ("客户满意度", "Satisfaction"),
    "sheet_penalties": ("奖罚统计", "Penalties"),
    "period": (
        "{company}　统计期间：{month}（当月结案案件）",
        "{company} — period: {month} (cases closed in the month)",
    ),
    "overview": ("概况", "Overview"),
    "matrix_period": (
        "{company}　{first} 至 {last}（按结案月份）",
        "{company} — {first} to {last} (by month closed)",
    ),
    "charts": ("统计图表 {month}", "Charts {month}"),
    "chart_units": ("各责任单位客诉件数", "Complaints by responsible unit"),
    "chart_pareto": ("原因类别柏拉图", "Causes (Pareto)"),
    "chart_trend": ("近 {months} 个月结案件数趋势", "Cases closed per month, the last {months} months"),
    "footer": ("第 &P 页 共 &N 页", "Page &P of &N"),
}


def word(key: str, lang: str = "zh", **values: Any) -> str:
    """One of the report's words (:data:`WORDS`) in ``lang``, its ``{placeholders}`` filled."""
    text = WORDS[key][0 if lang == "zh" else 1]
    return text.format(**values) if values else text


def _share(part: int | Decimal, whole: int | Decimal) -> Decimal:
    if not whole:
        return Decimal("0.0000")
    return (Decimal(part) / Decimal(whole)).quantize(Decimal("0.0001"), rounding=ROUND_HALF_UP)


def _loss(c: Case) -> Decimal:
    return c.sheet.loss_amount if c.sheet.loss_amount is not None else ZERO


def _term(value: Any, lang: str = "zh") -> str:
    """A term (a Term, or a value no longer one, as stored) as the report prints it in ``lang``."""
    if value is not None and hasattr(value, "label"):
        return str(value.label(lang))
    return str(value) if value else word("undecided", lang)


@dataclass
class Table:
    """One table of the report: a title, column headings, rows, and a total row."""

    key: str
    title: str
    headers: list[str]
    rows: list[list[Any]]
    formats: list[str | None] = field(default_factory=list)  # per column: SHARE, MONEY, DATE or None
    total: list[Any] | None = None

    def column(self, header: str) -> list[Any]:
        index = self.headers.index(header)
        return [row[index] for row in self.rows]


@dataclass
class MonthlyReport:
    """The month's figures, computed once, printed as xlsx, HTML or PDF."""

    month: str  # 2026-09
    company: str
    cases: list[Case]  # closed in the month, in number order
    summary: list[tuple[str, Any, str | None]]
    tables: list[Table]  # severity, type, unit, cause, customer
    exceptions: Table
    matrix: Table  # cause × month
    months: list[str]  # the matrix's months, oldest first
    satisfaction: Table
    penalties: Table
    lang: str = "zh"  # the language it was made in: its titles, headings and terms

    @property
    def empty(self) -> bool:
        return not self.cases

    @property
    def title(self) -> str:
        return f"{word('title', self.lang)} {self.month}"

    @property
    def empty_message(self) -> str:
        return word("empty", self.lang, month=self.month)

    def table(self, key: str) -> Table:
        return next(
            t
            for t in (*self.tables, self.exceptions, self.matrix, self.satisfaction, self.penalties)
            if t.key == key
        )

    @property
    def trend(self) -> list[tuple[str, int]]:
        """Closed cases per month over the matrix's months: the monthly trend."""
        assert self.matrix.total is not None
        return list(zip(self.months, self.matrix.total[1:-1]))


def monthly_report(
    register: Register, month: str | dt.date, settings: Settings | None = None, lang: str = "zh"
) -> MonthlyReport:
    """The statistics of the complaints closed in ``month`` (``2026-09``), from the register,
    in ``lang`` (its titles, headings and terms: ``zh`` or ``en``).

    Only the records of the complaints closed in the month are read; the matrix of the
    trailing twelve months is counted by the database (:meth:`Register.closed_counts`): on a
    register of 100,000 documents, a few thousand records rather than all of them.
    """
    from .sheetxml import paused_gc

    settings = settings or register.settings
    key = month_key(month)
    months = months_back(key, TRAILING_MONTHS)
    with paused_gc():
        # a case here reads its number, status and record only (cases.load_cases)
        closed = register.documents(kind="complaint", closed_between=_days(key, key), fields=("record",))
        cases = load_cases(register, settings, docs=closed)
        for c in cases:  # the fields the report reads of each case, turned in one call each
            c.sheet.turn(READ_FIELDS)
        counted: Counter[tuple[Any, str]] = Counter()
        for stored, day, count in register.closed_counts("cause_category", *_days(months[0], key)):
            if stored is None or stored == "":
                cause = None
            else:
                cause = CauseCategory.lookup(stored)
                cause = cause if cause is not None else stored  # a value no longer a category, as stored
            counted[(cause, f"{day:%Y-%m}")] += count
        return build(cases, key, settings, counted, lang=lang)


def _days(first_month: str, last_month: str) -> tuple[dt.date, dt.date]:
    """The first day of ``first_month`` and the last of ``last_month`` (``2026-09``)."""
    year, mon = int(last_month[:4]), int(last_month[5:7])
    first = dt.date(int(first_month[:4]), int(first_month[5:7]), 1)
    return first, dt.date(year + mon // 12, mon % 12 + 1, 1) - dt.timedelta(days=1)


def build(
    cases: Sequence[Case],
    month: str,
    settings: Settings,
    counted: Counter[tuple[Any, str]] | None = None,
    *,
    lang: str = "zh",
) -> MonthlyReport:
    """The report of ``month`` from the register's (non-void) cases, in ``lang``; ``counted``:
    the matrix's (cause, month) counts when the database counted them (else from ``cases``)."""
    closed = [c for c in cases if c.closed_in(month)]
    months = months_back(month, TRAILING_MONTHS)
    return MonthlyReport(
        month=month,
        company=settings.company,
        cases=closed,
        summary=_summary(closed, lang),
        tables=[
            _grouped(
                "severity",
                word("by_severity", lang),
                _label("severity", lang),
                closed,
                lambda c: c.sheet.severity,
                lang,
                order=list(Severity),
            ),
            _grouped(
                "type",
                word("by_type", lang),
                _label("complaint_type", lang),
                closed,
                lambda c: c.sheet.complaint_type,
                lang,
                order=list(ComplaintType),
            ),
            _grouped(
                "unit",
                word("by_unit", lang),
                _label("responsible_unit", lang),
                closed,
                lambda c: c.sheet.responsible_unit,
                lang,
            ),
            _pareto(closed, lang),
            _customers(closed, lang),
        ],
        exceptions=_exceptions(closed, lang),
        matrix=_matrix(cases, months, counted, lang),
        months=months,
        satisfaction=_satisfaction(closed, settings, lang),
        penalties=_penalties(closed, settings, lang),
        lang=lang,
    )


# ---------------------------------------------------------------------------------- the figures
def _summary(closed: list[Case], lang: str) -> list[tuple[str, Any, str | None]]:
    late = sum(c.closed_late for c in closed)
    days = [c.days_taken for c in closed if c.days_taken is not None]
    average = (Decimal(sum(days)) / len(days)).quantize(Decimal("0.1"), ROUND_HALF_UP) if days else None
    return [
        (word("closed", lang), len(closed), None),
        (word("domestic", lang), sum(c.sheet.market == Market.DOMESTIC for c in closed), None),
        (word("foreign", lang), sum(c.sheet.market == Market.FOREIGN for c in closed), None),
        (word("on_time", lang), len(closed) - late, None),
        (word("late", lang), late, None),
        (word("on_time_share", lang), _share(len(closed) - late, len(closed)), SHARE),
        (
            word("loss_total", lang, loss=_label("loss_amount", lang)),
            sum((_loss(c) for c in closed), ZERO),
            MONEY,
        ),
        (word("average_days", lang), average, DAYS),
    ]


def _grouped(
    key: str,
    title: str,
    heading: str,
    closed: list[Case],
    group: Callable[[Case], Any],
    lang: str,
    *,
    order: list[Any] | None = None,
) -> Table:
    """Count, share and loss per value; fixed categories in their order, others by count."""
    groups = by_key(closed, group)
    if order is not None:
        keys = [*order, *(k for k in groups if k not in order)]
    else:
        keys = sorted(groups, key=lambda k: (-len(groups[k]), k is None, str(k or "")))
    total = len(closed)
    loss = sum((_loss(c) for c in closed), ZERO)
    rows = []
    for k in keys:
        members = groups.get(k, [])
        if k is None and not members:
            continue
        part = sum((_loss(c) for c in members), ZERO)
        rows.append([_term(k, lang), len(members), _share(len(members), total), part, _share(part, loss)])
    return Table(
        key,
        title,
        [
            heading,
            word("count", lang),
            word("share", lang),
            _label("loss_amount", lang),
            word("loss_share", lang),
        ],
        rows,
        [None, None, SHARE, MONEY, SHARE],
        [word("total", lang), total, _share(total, total), loss, _share(loss, loss)],
    )


def _pareto(closed: list[Case], lang: str) -> Table:
    """Causes by count, most frequent first, with the cumulative share: the Pareto table."""
    order = list(CauseCategory)
    groups = by_key(closed, lambda c: c.sheet.cause_category)
    keys = sorted(groups, key=lambda k: (-len(groups[k]), order.index(k) if k in order else len(order)))
    total, running = len(closed), 0
    rows = []
    for k in keys:
        running += len(groups[k])
        loss = sum((_loss(c) for c in groups[k]), ZERO)
        rows.append(
            [_term(k, lang), len(groups[k]), _share(len(groups[k]), total), _share(running, total), loss]
        )
    return Table(
        "cause",
        word("by_cause", lang),
        [
            _label("cause_category", lang),
            word("count", lang),
            word("share", lang),
            word("cumulative", lang),
            _label("loss_amount", lang),
        ],
        rows,
        [None, None, SHARE, SHARE, MONEY],
        [word("total", lang), total, _share(total, total), None, sum((_loss(c) for c in closed), ZERO)],
    )


def _is_return(c: Case) -> bool:
    return Disposition.RETURN in (c.sheet.disposition or [])


def _customers(closed: list[Case], lang: str) -> Table:
    groups = by_key(closed, lambda c: c.sheet.customer)
    keys = sorted(groups, key=lambda k: (-len(groups[k]), k))
    total, loss = len(closed), sum((_loss(c) for c in closed), ZERO)
    rows = [
        [
            k,
            len(groups[k]),
            _share(len(groups[k]), total),
            sum((_loss(c) for c in groups[k]), ZERO),
            sum(_is_return(c) for c in groups[k]),
        ]
        for k in keys
    ]
    return Table(
        "customer",
        word("by_customer", lang),
        [
            _label("customer", lang),
            word("count", lang),
            word("share", lang),
            _label("loss_amount", lang),
            word("returns", lang),
        ],
        rows,
        [None, None, SHARE, MONEY, None],
        [word("total", lang), total, _share(total, total), loss, sum(_is_return(c) for c in closed)],
    )


def _exceptions(closed: list[Case], lang: str) -> Table:
    """客户抱怨异常处理统计表: one line per case closed in the month."""
    keys = EXCEPTION_FIELDS
    rows = []
    joined, on_time = word("list", lang), word("closed_on_time", lang)
    for c in closed:
        s = c.sheet
        values = [getattr(s, k) for k in keys]
        values[0] = c.number
        values = [
            joined.join(v.label(lang) for v in value)
            if isinstance(value, list)
            else (value.label(lang) if lang != "zh" and isinstance(value, Term) else value)
            for value in values
        ]
        late = (c.closed_date - c.due_date).days if c.closed_late and c.closed_date is not None else 0
        shown = word("closed_late_by", lang, days=late) if late else on_time
        rows.append([*values, c.due_date, c.closed_date, c.days_taken, shown])
    formats: list[str | None] = [None] * len(keys)
    formats += [DATE, DATE, None, None]
    formats[keys.index("received_date")] = DATE
    formats[keys.index("defect_rate")] = SHARE
    formats[keys.index("loss_amount")] = MONEY
    return Table(
        "exceptions",
        word("exceptions", lang),
        [_label(k, lang) for k in keys]
        + [word("due", lang), _label("closed_date", lang), word("days_taken", lang), word("closing", lang)],
        rows,
        formats,
    )


def _matrix(
    cases: Sequence[Case], months: list[str], counted: Counter[tuple[Any, str]] | None, lang: str
) -> Table:
    """Cause × month: complaints closed in each of the trailing months, by cause category."""
    shown = set(months)
    if counted is None:  # (cause, month): one pass over the cases
        counted = Counter()
        for c in cases:
            closed = c.closed_date
            if closed is not None and f"{closed:%Y-%m}" in shown:
                counted[(c.sheet.cause_category, f"{closed:%Y-%m}")] += 1
    causes: list[Any] = list(CauseCategory)
    causes += sorted(
        {cause for cause, m in counted if cause not in causes and cause is not None and m in shown}
    )
    if any(cause is None and m in shown for cause, m in counted):
        causes.append(None)
    rows: list[list[Any]] = []
    for cause in causes:
        counts = [counted[(cause, m)] for m in months]
        rows.append([_term(cause, lang), *counts, sum(counts)])
    totals = [sum(row[i + 1] for row in rows) for i in range(len(months))]
    return Table(
        "matrix",
        word("matrix", lang, code=MATRIX_CODE),
        [_label("cause_category", lang), *months, word("total", lang)],
        rows,
        total=[word("total", lang), *totals, sum(totals)],
    )


def _satisfaction(closed: list[Case], settings: Settings, lang: str) -> Table:
    """Score = survey score − 1 per complaint (at most 5) − 2 per return (at most 10) (DOMAIN §4)."""
    rule = settings.satisfaction
    groups = by_key(closed, lambda c: c.sheet.customer)
    customers = sorted(set(groups) | set(rule.survey))
    rows = []
    for customer in customers:
        members = groups.get(customer, [])
        survey = rule.survey.get(customer, rule.base_score)
        returns = sum(_is_return(c) for c in members)
        minus_complaints = min(len(members) * rule.per_complaint, rule.complaint_cap)
        minus_returns = min(returns * rule.per_return, rule.return_cap)
        score = survey - minus_complaints - minus_returns
        rows.append([customer, survey, len(members), minus_complaints, returns, minus_returns, score])
    return Table(
        "satisfaction",
        word("satisfaction", lang),
        [
            _label("customer", lang),
            *(word(k, lang) for k in ("survey", "complaints", "minus_complaints")),
            *(word(k, lang) for k in ("returns", "minus_returns", "score")),
        ],
        rows,
        [None, SCORE, None, SCORE, None, SCORE, SCORE],
    )


def _penalties(closed: list[Case], settings: Settings, lang: str) -> Table:
    """The penalties the month's causes call for: those recorded, and cases with a code and none."""
    floors = {
        PenaltyKind.WARNING: settings.penalty.warning_min,
        PenaltyKind.MINOR_DEMERIT: settings.penalty.minor_demerit_min,
    }
    rows = []
    for c in closed:
        s = c.sheet
        base = [c.number, s.responsible_unit, s.responsibility_code, s.cause_category]
        for p in s.penalties or []:
            amount = p.amount if p.amount is not None else floors.get(p.kind)
            note = word("whole_bonus", lang) if p.kind == PenaltyKind.MAJOR_DEMERIT else ""
            if p.amount is None and amount is not None:
                note = word("lowest_amount", lang)
            rows.append([*base, p.target, p.kind, amount, note])
        if not s.penalties and s.responsibility_code is not None:
            rows.append([*base, s.responsible_unit, None, None, word("code_no_penalty", lang)])
    total = sum((row[6] for row in rows if row[6] is not None), ZERO)
    return Table(
        "penalties",
        word("penalties", lang),
        [
            word("case_number", lang),
            _label("responsible_unit", lang),
            _label("responsibility_code", lang),
            _label("cause_category", lang),
            word("penalised", lang),
            word("penalty", lang),
            word("amount", lang),
            word("note", lang),
        ],
        [
            [_term(v, lang) if i in (2, 3, 5) and v is not None else v for i, v in enumerate(row)]
            for row in rows
        ],
        [None, None, None, None, None, None, MONEY, None],
        [word("total", lang), None, None, None, None, None, total, None],
    )


# ---------------------------------------------------------------------------------- its files
REPORT_MARK = MONTHLY_MARK
"""A monthly report's mark: a workbook's core property ``dc:identifier``, the page's
``<meta name="generator">``, the PDF's ``/Creator`` (:func:`marked_pdf`)."""


def is_monthly_report(path: str | os.PathLike) -> bool:
    """Whether the file at ``path`` is a monthly report kesu wrote (.xlsx, .html or .pdf, known
    by what it holds, whatever its name): ``report monthly -o`` writes over one, and over no
    other file of the clerk's (a filled form given as ``-o`` was replaced by the report).

    By its mark; a workbook or a page written before round 32 (no mark) by what it holds: the
    statistics sheet first, its title in A1 (``客诉案件统计表 2026-09``), the page's ``<title>``.
    A PDF only by its mark: any page of that title saved from Chrome is printed the same."""
    opened = open_regular(path)  # (a pipe put at -o after its look: told, never waited on)
    if opened is None:
        return False
    with opened:
        try:
            head = opened.read(1024)
            opened.seek(0)
        except OSError:
            return False
        if head.startswith(b"PK"):
            return _marked_workbook(opened)
        if head.startswith(b"%PDF"):
            return _marked_pdf_file(opened)
    if PAGE_MARK in head:
        return True
    title = _TITLE_TAG.search(head.decode("utf-8", "replace"))
    return title is not None and _is_title(title.group(1))


def _marked_workbook(opened: BinaryIO) -> bool:
    """A workbook opened (at its start) that is a monthly report: its mark, or, with none, the
    statistics sheet of a workbook written before it (:func:`older_workbook`)."""
    from ..xlsxsave import marked

    mark = marked(opened)
    if mark is not None:
        return mark == REPORT_MARK
    opened.seek(0)
    return older_workbook(opened)


def _marked_pdf_file(opened: BinaryIO) -> bool:
    """A PDF opened (at its start) that is a monthly report: its ``/Creator`` the mark, or, with
    none, a print of an earlier kesu's (:func:`_older_print`)."""
    import pypdfium2

    try:
        pdf = pypdfium2.PdfDocument(opened)
    except pypdfium2.PdfiumError:
        return False
    try:
        meta = pdf.get_metadata_dict()
    finally:
        pdf.close()
    return meta.get("Creator", "").rstrip() == REPORT_MARK or _older_print(meta)


def _older_print(meta: dict[str, str]) -> bool:
    """A monthly PDF kesu printed before its mark (round 32): Chromium's print of the report's
    page (its title, Skia's producer) whose dates of printing kesu wrote over with its fixed
    moment, in UTC (:func:`..render.pdf.kesu_dated`, the documents' rule). A page of that title
    saved from a browser carries the moment it was printed."""
    from ..render.pdf import kesu_dated

    dates = [meta.get("CreationDate", ""), meta.get("ModDate", "")]
    return (
        _is_title(meta.get("Title"))
        and meta.get("Producer", "").startswith("Skia/PDF")
        and bool(dates[0])
        and kesu_dated([each for each in dates if each])
    )


def _is_title(text: object) -> bool:
    """Whether ``text`` is a monthly report's title (``客诉案件统计表 2026-09``, in either language)."""
    import re

    titles = "|".join(re.escape(title) for title in WORDS["title"])
    return isinstance(text, str) and re.fullmatch(rf"(?:{titles}) \d{{4}}-\d\d", text) is not None


_TITLE_TAG = lazy_re(r"<title>([^<]*)</title>")


def older_workbook(path: str | os.PathLike | BinaryIO) -> bool:
    """A monthly workbook written before its mark: its first sheet the statistics, A1 its title.
    Opened by openpyxl only within the reader's limits (:func:`.parse.limits.check_workbook`):
    it inflates the shared strings whole, and a 700 kB file whose first sheet bears the name
    inflated 200 MB of them (40 s, 500 MB) before the reader's own check could refuse it — in
    a folder (is it kesu's own?) and at ``report monthly -o`` (may it be written over?)."""
    import zipfile

    from openpyxl import load_workbook

    from ..parse.limits import check_workbook

    try:
        with zipfile.ZipFile(path) as archive:
            check_workbook(archive)
        if not isinstance(path, str | os.PathLike):
            path.seek(0)
        book = load_workbook(path, read_only=True)
    except Exception:  # (no workbook openpyxl reads: no report of kesu's)
        return False
    try:
        stats = book.worksheets[0]
        return stats.title in WORDS["sheet_stats"] and _is_title(stats["A1"].value)
    except Exception:
        return False
    finally:
        book.close()


_CREATOR = lazy_re(rb"/Creator ?\(((?:[^()\\]|\\.)*)\)")


def marked_pdf(data: bytes) -> bytes:
    """Chromium's print of the page marked as kesu's: its ``/Creator`` (the browser's name, long
    enough) written over in place with :data:`REPORT_MARK` and spaces, as many bytes, so every
    offset of the file holds (as :func:`..render.pdf.without_moment` writes its dates); another
    browser's print given the mark in an update appended to it (:func:`_mark_appended`)."""
    found = _CREATOR.search(data)
    if found is None or found.end(1) - found.start(1) < len(REPORT_MARK):
        return _mark_appended(data)  # (another browser's print: no room for the mark in place)
    width = found.end(1) - found.start(1)
    return data[: found.start(1)] + REPORT_MARK.encode().ljust(width) + data[found.end(1) :]


def _mark_appended(data: bytes) -> bytes:
    """``data`` with its ``/Creator`` :data:`REPORT_MARK` in an update appended to the file (a
    PDF's incremental update: the print's own bytes kept as they are, then a new document
    information dictionary) — for a browser whose ``/Creator`` is too short to be written over
    in place, or is missing or written in hex. Left as it is where pypdf cannot read it (a
    print cut short, a file that is no PDF, an encrypted one: :func:`_pdf_unread`): no mark, a
    rerun asks for ``--force`` as before. Any other error is a bug, raised."""
    import io

    import pypdf

    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        kept = {key: value for key, value in (reader.metadata or {}).items() if key == "/Producer"}
        writer = pypdf.PdfWriter(reader, incremental=True)
        writer.add_metadata(kept | {"/Creator": REPORT_MARK})  # (pypdf drops the producer else)
        out = io.BytesIO()
        writer.write(out)
    except _pdf_unread():
        return data
    return out.getvalue()


def _pdf_unread() -> tuple[type[Exception], ...]:
    """What pypdf raises for a file it cannot read or update: its own errors (``PyPdfError``:
    ``PdfReadError`` for a file cut short or no PDF, ``PdfStreamError``, ``EmptyFileError``,
    ``FileNotDecryptedError`` for an encrypted one) and, for a foreign file's malformed
    objects, what Python raises as it reads them (a number that is none: ``ValueError``; a
    dictionary without its key, an offset past the end: ``KeyError``, ``IndexError``)."""
    from pypdf.errors import PyPdfError

    return (PyPdfError, ValueError, KeyError, IndexError)


PAGE_MARK = f'<meta name="generator" content="{REPORT_MARK}">'.encode()
"""The monthly page's mark, in its head (:func:`is_monthly_report`)."""


def write_xlsx(report: MonthlyReport, path: str | os.PathLike) -> Path:
    """Write the report as .xlsx (written under a temporary name, then renamed); the path."""
    from openpyxl import Workbook

    from ..register.export import save_atomically
    from .sheetxml import StreamedBook
    from .workbook import printable

    streamed = StreamedBook(stamp=_days(report.month, report.month)[1], book=Workbook())
    book = streamed.book
    book.properties.identifier = REPORT_MARK  # (is_monthly_report: the file a rerun writes over)
    stats = book.active
    lang = report.lang
    stats.title = word("sheet_stats", lang)
    charts_title = word("sheet_charts", lang)
    if report.empty:
        _empty_sheet(stats, report)
    else:
        anchors = _stats_sheet(stats, report)
        exceptions = book.create_sheet(word("sheet_exceptions", lang))
        _streamed_table_sheet(exceptions, report, report.exceptions, streamed)
        matrix_sheet = book.create_sheet(word("sheet_matrix", lang))
        matrix_at = _matrix_sheet(matrix_sheet, report)
        _charts(book.create_sheet(charts_title), report, stats, anchors, matrix_sheet, matrix_at)
        _table_sheet(book.create_sheet(word("sheet_satisfaction", lang)), report, report.satisfaction)
        _table_sheet(book.create_sheet(word("sheet_penalties", lang)), report, report.penalties)
    for ws in book.worksheets:
        portrait = ws.title in (stats.title, charts_title)
        printable(ws, landscape=not portrait, header_rows=None, footer=word("footer", lang))
    if charts_title in book.sheetnames:
        book[charts_title].page_setup.fitToHeight = 1  # the three charts on one page
    return save_atomically(streamed, Path(path))


_FORMATS = {SHARE: "0.0%", MONEY: "#,##0.00", DATE: "yyyy-mm-dd", DAYS: "0.0", SCORE: "0.##"}


def _write_table(
    ws: Any, row: int, table: Table, *, fills: Callable[[int, int, Any], Any] | None = None
) -> tuple[int, int]:
    """The table at ``row`` (title, headings, rows, total); (first data row, last data row)."""
    from openpyxl.styles import Font

    from .workbook import TOTAL_FILL, box, fill_row, heading, put

    put(ws, row, 1, table.title).font = Font(bold=True, size=12)
    heading(ws, row + 1, table.headers)
    formats = [_FORMATS.get(f) if f else None for f in table.formats]
    first = row + 2
    for r, values in enumerate(table.rows):
        for c, value in enumerate(values):
            cell = put(ws, first + r, c + 1, value, number_format=formats[c] if c < len(formats) else None)
            if fills is not None:
                colour = fills(r, c, value)
                if colour is not None:
                    cell.fill = colour
    last = first + len(table.rows) - 1
    end = last
    if table.total is not None:
        end += 1
        for c, value in enumerate(table.total):
            cell = put(ws, end, c + 1, value, number_format=formats[c] if c < len(formats) else None)
            cell.font = Font(bold=True)
        fill_row(ws, end, len(table.headers), TOTAL_FILL)
    box(ws, row + 1, end, len(table.headers))
    return first, last


def _empty_sheet(ws: Any, report: MonthlyReport) -> None:
    from .workbook import put, title, widths

    title(ws, 1, report.title)
    put(ws, 2, 1, report.company)
    put(ws, 4, 1, report.empty_message)
    widths(ws, [60])


def _stats_sheet(ws: Any, report: MonthlyReport) -> dict[str, tuple[int, int]]:
    """Summary and the grouped tables, one under another; where each table's data rows are."""
    from openpyxl.styles import Font

    from .workbook import box, put, title, widths

    title(ws, 1, report.title)
    put(ws, 2, 1, word("period", report.lang, company=report.company, month=report.month))
    put(ws, 4, 1, word("overview", report.lang)).font = Font(bold=True, size=12)
    for i, (label, value, fmt) in enumerate(report.summary):
        put(ws, 5 + i, 1, label).font = Font(bold=True)
        put(ws, 5 + i, 2, value, number_format=_FORMATS.get(fmt) if fmt else None)
    box(ws, 5, 4 + len(report.summary), 2)
    row = 6 + len(report.summary)
    anchors = {}
    for table in report.tables:
        anchors[table.key] = _write_table(ws, row, table)
        row = anchors[table.key][1] + 4
    widths(ws, [24, 12, 12, 16, 12])
    return anchors


def _table_sheet(ws: Any, report: MonthlyReport, table: Table) -> None:
    from .workbook import fit_widths, put, title

    title(ws, 1, f"{table.title} {report.month}")
    put(ws, 2, 1, report.company)
    _write_table(ws, 4, table)
    ws.freeze_panes = "A6"
    ws.print_title_rows = "5:5"
    fit_widths(ws, header_row=5)


def _streamed_table_sheet(ws: Any, report: MonthlyReport, table: Table, book: Any) -> None:
    """:func:`_table_sheet` for a table of one line per case (thousands in a busy month): its
    lines written straight into the sheet's XML when saved (:meth:`.sheetxml.StreamedBook.table`),
    boxed and formatted as :func:`_write_table` writes them, rather than a cell object each."""
    from openpyxl.styles import Font

    from .sheetxml import size_columns
    from .workbook import BOX, WIDTH_SAMPLE, heading, put, title

    assert table.total is None  # a total line would follow the streamed rows
    title(ws, 1, f"{table.title} {report.month}")
    put(ws, 2, 1, report.company)
    put(ws, 4, 1, table.title).font = Font(bold=True, size=12)
    heading(ws, 5, table.headers)
    ws.freeze_panes = "A6"
    ws.print_title_rows = "5:5"
    size_columns(ws, table.headers, table.rows[:WIDTH_SAMPLE])
    formats = [_FORMATS.get(f) if f else None for f in table.formats]
    book.table(ws, table.rows, first_row=6, column_formats=formats, border=BOX)


def heat(count: int, highest: int) -> str | None:
    """The matrix's colour for a count: none for 0, paler to deeper red up to the month's highest."""
    if not count or not highest:
        return None
    steps = ("FCE4D6", "F8CBAD", "F4B183", "F08A5D", "E0533D")
    return steps[min(len(steps) - 1, (count * len(steps) - 1) // highest)]


def _matrix_sheet(ws: Any, report: MonthlyReport) -> tuple[int, int]:
    from openpyxl.styles import PatternFill

    from .workbook import put, title, widths

    title(ws, 1, f"{report.matrix.title} {report.month}")
    first, last = report.months[0], report.months[-1]
    put(ws, 2, 1, word("matrix_period", report.lang, company=report.company, first=first, last=last))
    highest = max((v for row in report.matrix.rows for v in row[1:-1]), default=0)

    def colour(_r: int, c: int, value: Any) -> Any:
        if 0 < c <= len(report.months):
            shade = heat(value, highest)
            return PatternFill("solid", fgColor=shade) if shade else None
        return None

    at = _write_table(ws, 4, report.matrix, fills=colour)
    widths(ws, [16, *([9] * len(report.months)), 9])
    return at


def _charts(
    ws: Any,
    report: MonthlyReport,
    stats: Any,
    anchors: dict[str, tuple[int, int]],
    matrix_sheet: Any,
    matrix_at: tuple[int, int],
) -> None:
    """Native Excel charts over the tables' cells: by unit, the causes' Pareto, the monthly trend."""
    from openpyxl.chart import BarChart, LineChart, Reference

    from .workbook import title

    lang = report.lang
    title(ws, 1, word("charts", lang, month=report.month))

    first, last = anchors["unit"]
    units = BarChart()
    units.title = word("chart_units", lang)
    units.y_axis.title = word("count", lang)
    units.add_data(Reference(stats, min_col=2, min_row=first - 1, max_row=last), titles_from_data=True)
    units.set_categories(Reference(stats, min_col=1, min_row=first, max_row=last))
    units.legend = None
    units.width, units.height = 18, 8
    ws.add_chart(units, "A3")

    first, last = anchors["cause"]
    pareto = BarChart()
    pareto.title = word("chart_pareto", lang)
    pareto.y_axis.title = word("count", lang)
    pareto.add_data(Reference(stats, min_col=2, min_row=first - 1, max_row=last), titles_from_data=True)
    pareto.set_categories(Reference(stats, min_col=1, min_row=first, max_row=last))
    cumulative = LineChart()
    cumulative.add_data(Reference(stats, min_col=4, min_row=first - 1, max_row=last), titles_from_data=True)
    cumulative.y_axis.axId = 200
    cumulative.y_axis.title = word("cumulative", lang)
    cumulative.y_axis.number_format = "0%"
    cumulative.y_axis.scaling.min = 0
    cumulative.y_axis.scaling.max = 1
    cumulative.y_axis.crosses = "max"
    for series in cumulative.series:
        series.smooth = False  # a Pareto's cumulative line is straight from point to point
        series.marker.symbol = "circle"
    pareto += cumulative
    pareto.width, pareto.height = 18, 8
    ws.add_chart(pareto, "A21")

    total_row = matrix_at[1] + 1
    trend = LineChart()
    trend.title = word("chart_trend", lang, months=len(report.months))
    trend.y_axis.title = word("count", lang)
    trend.add_data(
        Reference(matrix_sheet, min_col=2, max_col=1 + len(report.months), min_row=total_row), from_rows=True
    )
    trend.set_categories(
        Reference(matrix_sheet, min_col=2, max_col=1 + len(report.months), min_row=matrix_at[0] - 1)
    )
    for series in trend.series:
        series.smooth = False
        series.marker.symbol = "circle"
    trend.legend = None
    most = max(n for _, n in report.trend)
    for chart, top in (
        (units, report.table("unit").rows[0][1]),
        (pareto, report.table("cause").rows[0][1]),
        (trend, most),
    ):
        if top <= 10:
            chart.y_axis.majorUnit = 1  # counts: whole numbers on the axis
    trend.width, trend.height = 18, 8
    ws.add_chart(trend, "A39")
