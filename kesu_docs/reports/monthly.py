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
from typing import TYPE_CHECKING, Any

from .. import forms
from ..config import Settings
from ..terms import CauseCategory, ComplaintType, Disposition, Market, PenaltyKind, Severity
from .cases import Case, by_key, load_cases, month_key, months_back

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


def _label(key: str) -> str:
    """A complaint field's Chinese label: the report's headings come from the form's description."""
    return forms.get("complaint").fields[key].label_zh


# The report's own words in English, for a page shown in English (``kesu serve --lang en``: the
# manager's view); the report printed (xlsx, HTML, PDF) is the company's Chinese form.
WORDS_EN = {
    "按严重度": "By severity",
    "按异常类别": "By complaint type",
    "按责任单位": "By responsible unit",
    "按原因类别（柏拉图）": "By cause category (Pareto)",
    "按客户": "By customer",
    "件数": "Count",
    "比率": "Share",
    "损失比率": "Share of loss",
    "累计比率": "Cumulative share",
    "退货件数": "Returns",
    "合计": "Total",
    UNDECIDED: "not decided",
    "结案件数": "Cases closed",
    "其中国内": "of which domestic",
    "其中国外": "of which foreign",
    "准时结案": "Closed on time",
    "逾期结案": "Closed late",
    "准时结案率": "Closed on time (share)",
    "平均处理天数": "Average days taken",
}
# the tables whose first column names a term of the procedure (its Chinese word)
_TERM_COLUMNS = {"severity": Severity, "type": ComplaintType, "cause": CauseCategory}


def shown_in(text: Any, lang: str, table: str = "") -> Any:
    """One of the report's words (a title, a heading, a summary's label, a term in ``table``'s
    first column) in ``lang``; anything else (a customer, a unit, a figure) as it is."""
    if lang == "zh" or not isinstance(text, str):
        return text
    if text in WORDS_EN:
        return WORDS_EN[text]
    term = _TERM_COLUMNS.get(table)
    member = next((m for m in term if m.zh == text), None) if term is not None else None
    if member is not None:
        return member.label(lang)
    fields = forms.get("complaint").fields
    label = next((f.label_en for f in fields.values() if f.label_zh == text), None)
    if label is not None:
        return label
    loss = fields["loss_amount"]
    if text == f"{loss.label_zh}合计":
        return f"{loss.label_en}, total"
    return text


def _share(part: int | Decimal, whole: int | Decimal) -> Decimal:
    if not whole:
        return Decimal("0.0000")
    return (Decimal(part) / Decimal(whole)).quantize(Decimal("0.0001"), rounding=ROUND_HALF_UP)


def _loss(c: Case) -> Decimal:
    return c.sheet.loss_amount if c.sheet.loss_amount is not None else ZERO


def _term(value: Any) -> str:
    return value.zh if value is not None and hasattr(value, "zh") else (str(value) if value else UNDECIDED)


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

    @property
    def empty(self) -> bool:
        return not self.cases

    @property
    def title(self) -> str:
        return f"客诉案件统计表 {self.month}"

    @property
    def empty_message(self) -> str:
        return f"{self.month} 无已结案的客诉案件，本月无统计数据。"

    def title_in(self, lang: str) -> str:
        """:attr:`title` in ``lang`` (a page in English: ``kesu serve --lang en``)."""
        return self.title if lang == "zh" else f"Complaint statistics {self.month}"

    def empty_message_in(self, lang: str) -> str:
        """:attr:`empty_message` in ``lang``."""
        if lang == "zh":
            return self.empty_message
        return f"No complaint was closed in {self.month}: nothing to count this month."

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
    register: Register, month: str | dt.date, settings: Settings | None = None
) -> MonthlyReport:
    """The statistics of the complaints closed in ``month`` (``2026-09``), from the register.

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
        return build(cases, key, settings, counted)


def _days(first_month: str, last_month: str) -> tuple[dt.date, dt.date]:
    """The first day of ``first_month`` and the last of ``last_month`` (``2026-09``)."""
    year, mon = int(last_month[:4]), int(last_month[5:7])
    first = dt.date(int(first_month[:4]), int(first_month[5:7]), 1)
    return first, dt.date(year + mon // 12, mon % 12 + 1, 1) - dt.timedelta(days=1)


def build(
    cases: Sequence[Case], month: str, settings: Settings, counted: Counter[tuple[Any, str]] | None = None
) -> MonthlyReport:
    """The report of ``month`` from the register's (non-void) cases; ``counted``: the matrix's
    (cause, month) counts when the database counted them (else from ``cases``)."""
    closed = [c for c in cases if c.closed_in(month)]
    months = months_back(month, TRAILING_MONTHS)
    return MonthlyReport(
        month=month,
        company=settings.company,
        cases=closed,
        summary=_summary(closed),
        tables=[
            _grouped(
                "severity",
                "按严重度",
                _label("severity"),
                closed,
                lambda c: c.sheet.severity,
                order=list(Severity),
            ),
            _grouped(
                "type",
                "按异常类别",
                _label("complaint_type"),
                closed,
                lambda c: c.sheet.complaint_type,
                order=list(ComplaintType),
            ),
            _grouped(
                "unit", "按责任单位", _label("responsible_unit"), closed, lambda c: c.sheet.responsible_unit
            ),
            _pareto(closed),
            _customers(closed),
        ],
        exceptions=_exceptions(closed),
        matrix=_matrix(cases, months, counted),
        months=months,
        satisfaction=_satisfaction(closed, settings),
        penalties=_penalties(closed, settings),
    )


# ---------------------------------------------------------------------------------- the figures
def _summary(closed: list[Case]) -> list[tuple[str, Any, str | None]]:
    late = sum(c.closed_late for c in closed)
    days = [c.days_taken for c in closed if c.days_taken is not None]
    average = (Decimal(sum(days)) / len(days)).quantize(Decimal("0.1"), ROUND_HALF_UP) if days else None
    return [
        ("结案件数", len(closed), None),
        ("其中国内", sum(c.sheet.market == Market.DOMESTIC for c in closed), None),
        ("其中国外", sum(c.sheet.market == Market.FOREIGN for c in closed), None),
        ("准时结案", len(closed) - late, None),
        ("逾期结案", late, None),
        ("准时结案率", _share(len(closed) - late, len(closed)), SHARE),
        (f"{_label('loss_amount')}合计", sum((_loss(c) for c in closed), ZERO), MONEY),
        ("平均处理天数", average, DAYS),
    ]


def _grouped(
    key: str,
    title: str,
    heading: str,
    closed: list[Case],
    group: Callable[[Case], Any],
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
        rows.append([_term(k), len(members), _share(len(members), total), part, _share(part, loss)])
    return Table(
        key,
        title,
        [heading, "件数", "比率", _label("loss_amount"), "损失比率"],
        rows,
        [None, None, SHARE, MONEY, SHARE],
        ["合计", total, _share(total, total), loss, _share(loss, loss)],
    )


def _pareto(closed: list[Case]) -> Table:
    """Causes by count, most frequent first, with the cumulative share: the Pareto table."""
    order = list(CauseCategory)
    groups = by_key(closed, lambda c: c.sheet.cause_category)
    keys = sorted(groups, key=lambda k: (-len(groups[k]), order.index(k) if k in order else len(order)))
    total, running = len(closed), 0
    rows = []
    for k in keys:
        running += len(groups[k])
        loss = sum((_loss(c) for c in groups[k]), ZERO)
        rows.append([_term(k), len(groups[k]), _share(len(groups[k]), total), _share(running, total), loss])
    return Table(
        "cause",
        "按原因类别（柏拉图）",
        [_label("cause_category"), "件数", "比率", "累计比率", _label("loss_amount")],
        rows,
        [None, None, SHARE, SHARE, MONEY],
        ["合计", total, _share(total, total), None, sum((_loss(c) for c in closed), ZERO)],
    )


def _is_return(c: Case) -> bool:
    return Disposition.RETURN in (c.sheet.disposition or [])


def _customers(closed: list[Case]) -> Table:
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
        "按客户",
        [_label("customer"), "件数", "比率", _label("loss_amount"), "退货件数"],
        rows,
        [None, None, SHARE, MONEY, None],
        ["合计", total, _share(total, total), loss, sum(_is_return(c) for c in closed)],
    )


def _exceptions(closed: list[Case]) -> Table:
    """客户抱怨异常处理统计表: one line per case closed in the month."""
    keys = EXCEPTION_FIELDS
    rows = []
    for c in closed:
        s = c.sheet
        values = [getattr(s, k) for k in keys]
        values[0] = c.number
        values = ["、".join(v.zh for v in value) if isinstance(value, list) else value for value in values]
        late = (c.closed_date - c.due_date).days if c.closed_late and c.closed_date is not None else 0
        rows.append([*values, c.due_date, c.closed_date, c.days_taken, f"逾期 {late} 天" if late else "准时"])
    formats: list[str | None] = [None] * len(keys)
    formats += [DATE, DATE, None, None]
    formats[keys.index("received_date")] = DATE
    formats[keys.index("defect_rate")] = SHARE
    formats[keys.index("loss_amount")] = MONEY
    return Table(
        "exceptions",
        "客户抱怨异常处理统计表",
        [_label(k) for k in keys] + ["应结案日", _label("closed_date"), "处理天数", "结案情形"],
        rows,
        formats,
    )


def _matrix(cases: Sequence[Case], months: list[str], counted: Counter[tuple[Any, str]] | None) -> Table:
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
        rows.append([_term(cause), *counts, sum(counts)])
    totals = [sum(row[i + 1] for row in rows) for i in range(len(months))]
    return Table(
        "matrix",
        f"每月各项不良矩阵分布图（{MATRIX_CODE}）",
        [_label("cause_category"), *months, "合计"],
        rows,
        total=["合计", *totals, sum(totals)],
    )


def _satisfaction(closed: list[Case], settings: Settings) -> Table:
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
        "客户满意度",
        [_label("customer"), "问卷分数", "客诉件数", "客诉扣分", "退货件数", "退货扣分", "满意度分数"],
        rows,
        [None, SCORE, None, SCORE, None, SCORE, SCORE],
    )


def _penalties(closed: list[Case], settings: Settings) -> Table:
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
            note = "扣除当月全部绩效奖金" if p.kind == PenaltyKind.MAJOR_DEMERIT else ""
            if p.amount is None and amount is not None:
                note = "依处分最低金额计"
            rows.append([*base, p.target, p.kind, amount, note])
        if not s.penalties and s.responsibility_code is not None:
            rows.append([*base, s.responsible_unit, None, None, "有责任代码，未记录处分"])
    total = sum((row[6] for row in rows if row[6] is not None), ZERO)
    code_label = _label("responsibility_code")
    return Table(
        "penalties",
        "奖罚统计",
        [
            "客诉编号",
            _label("responsible_unit"),
            code_label,
            _label("cause_category"),
            "受罚单位/人员",
            "处分",
            "金额",
            "说明",
        ],
        [[_term(v) if i in (2, 3, 5) and v is not None else v for i, v in enumerate(row)] for row in rows],
        [None, None, None, None, None, None, MONEY, None],
        ["合计", None, None, None, None, None, total, None],
    )


# ---------------------------------------------------------------------------------- the workbook
def write_xlsx(report: MonthlyReport, path: str | os.PathLike) -> Path:
    """Write the report as .xlsx (written under a temporary name, then renamed); the path."""
    from openpyxl import Workbook

    from ..register.export import save_atomically
    from .sheetxml import StreamedBook
    from .workbook import printable

    streamed = StreamedBook(stamp=_days(report.month, report.month)[1], book=Workbook())
    book = streamed.book
    stats = book.active
    stats.title = "客诉案件统计表"
    if report.empty:
        _empty_sheet(stats, report)
    else:
        anchors = _stats_sheet(stats, report)
        _streamed_table_sheet(book.create_sheet("异常处理统计表"), report, report.exceptions, streamed)
        matrix_sheet = book.create_sheet("不良矩阵")
        matrix_at = _matrix_sheet(matrix_sheet, report)
        _charts(book.create_sheet("统计图表"), report, stats, anchors, matrix_sheet, matrix_at)
        _table_sheet(book.create_sheet("客户满意度"), report, report.satisfaction)
        _table_sheet(book.create_sheet("奖罚统计"), report, report.penalties)
    for ws in book.worksheets:
        printable(ws, landscape=ws.title not in ("客诉案件统计表", "统计图表"), header_rows=None)
    if "统计图表" in book.sheetnames:
        book["统计图表"].page_setup.fitToHeight = 1  # the three charts on one page
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
    put(ws, 2, 1, f"{report.company}　统计期间：{report.month}（当月结案案件）")
    put(ws, 4, 1, "概况").font = Font(bold=True, size=12)
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
    put(ws, 2, 1, f"{report.company}　{report.months[0]} 至 {report.months[-1]}（按结案月份）")
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

    title(ws, 1, f"统计图表 {report.month}")

    first, last = anchors["unit"]
    units = BarChart()
    units.title = "各责任单位客诉件数"
    units.y_axis.title = "件数"
    units.add_data(Reference(stats, min_col=2, min_row=first - 1, max_row=last), titles_from_data=True)
    units.set_categories(Reference(stats, min_col=1, min_row=first, max_row=last))
    units.legend = None
    units.width, units.height = 18, 8
    ws.add_chart(units, "A3")

    first, last = anchors["cause"]
    pareto = BarChart()
    pareto.title = "原因类别柏拉图"
    pareto.y_axis.title = "件数"
    pareto.add_data(Reference(stats, min_col=2, min_row=first - 1, max_row=last), titles_from_data=True)
    pareto.set_categories(Reference(stats, min_col=1, min_row=first, max_row=last))
    cumulative = LineChart()
    cumulative.add_data(Reference(stats, min_col=4, min_row=first - 1, max_row=last), titles_from_data=True)
    cumulative.y_axis.axId = 200
    cumulative.y_axis.title = "累计比率"
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
    trend.title = f"近 {len(report.months)} 个月结案件数趋势"
    trend.y_axis.title = "件数"
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
