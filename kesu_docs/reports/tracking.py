"""The tracking register 客户抱怨案件登记追踪表 (DOMAIN §1 step 2, §7): the GM office's book of cases.

One row per complaint: number, received, customer, part, quantities, severity, responsible
unit, disposition, stage, due date, closed date, days taken, overdue / late, the documents
filed against it (8D, return notes, allowance certificates) and its revisions. The workbook
also holds every registered document and the case log (the register's own export), each
sheet with a frozen header, filters, dates as dates, printable on A4 landscape fitted to the
page width with the header repeated; no value is ever written as a formula.

>>> export(register, "登记追踪表.xlsx", as_of=dt.date(2026, 9, 30))       # doctest: +SKIP
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .marks import TRACKING_SHEET, kesu_output_at

if TYPE_CHECKING:  # (imported where used: an export from kept rows and widths needs no form model)
    from collections.abc import Callable

    from ..case import CaseStatus
    from ..register import Register
    from .cases import Case

SHEET = TRACKING_SHEET
# (heading, value of a case); the form's own fields take the form's label
_FIELDS = (
    "number",
    "received_date",
    "customer",
    "market",
    "part_no",
    "part_name",
    "ship_qty",
    "defect_qty",
    "requested_qty",
    "approved_return_qty",
    "severity",
    "responsible_unit",
    "disposition",
)
_LINKED = (("8d", "8D报告"), ("return", "退货单"), ("allowance", "折让证明单"))


def headings() -> list[str]:
    from .. import forms

    fields = forms.get("complaint").fields
    return [
        *(fields[k].label_zh for k in _FIELDS),
        "目前阶段",
        "应结案日",
        fields["closed_date"].label_zh,
        "处理天数",
        "逾期/结案情形",
        *(label for _, label in _LINKED),
        "修订次数",
        "登记状态",
    ]


def _value(sheet: Any, key: str) -> Any:
    value = getattr(sheet, key)
    if isinstance(value, list):
        return "、".join(v.zh if hasattr(v, "zh") else str(v) for v in value)
    return value


def _status_label(doc: Any) -> str:
    from ..register.export import _label

    return _label(doc, "status", doc.status, "zh")


def status_cell(status: CaseStatus, void: bool, late_by: int) -> str:
    """The register's status cell — ``—`` for a void case, the status with the days past due
    for an overdue or late one, the status alone otherwise: one rule for the row made from a
    case (:func:`row`) and the day's cells put into a kept row (:func:`.sheet_rows.day_values`)."""
    from ..case import CaseStatus

    if void:
        return "—"
    if status in (CaseStatus.OVERDUE, CaseStatus.CLOSED_LATE):
        return f"{status.zh} {late_by} 天"
    return str(status.zh)


def row(c: Case, as_of: dt.date) -> tuple[list[Any], str]:
    """The case's row and its state: ``overdue`` (open, past due), ``late`` (closed late) or ``""``."""
    from ..case import CaseStatus

    sheet = c.sheet
    status = c.status(as_of)  # the case's own reading of its deadlines and stage
    due = c.due_date
    closed, received = sheet.closed_date, sheet.received_date
    end = closed or as_of
    days = (end - received).days if received else None
    if status == CaseStatus.OVERDUE:
        state, late_by = "overdue", (as_of - due).days
    elif status == CaseStatus.CLOSED_LATE:
        assert closed is not None
        state, late_by = "late", (closed - due).days
    else:
        state, late_by = "", 0
    if c.void:
        state = ""
    shown = status_cell(status, c.void, late_by)
    values = [
        c.number,
        *(_value(sheet, k) for k in _FIELDS[1:]),
        c.stage,
        due,
        closed,
        days,
        shown,
        *("、".join(c.linked.get(kind, [])) for kind, _ in _LINKED),
        c.revisions,
        _status_label(c.doc),
    ]
    return values, state


def export(
    register: Register,
    path: str | os.PathLike,
    *,
    as_of: dt.date | None = None,
    lang: str = "zh",
    check: Callable[[], object] | None = None,
) -> Path:
    """Write the tracking register (and the register's documents and case log) to ``path`` (.xlsx).

    Streamed (:mod:`.sheetxml`), each document read once: a register of 100,000 documents is
    written without a cell object per value. ``check()`` right before the file is put at
    ``path`` (``register export -o``: that what stands there is an export, :func:`is_register_export`).
    """
    from .sheetxml import paused_gc

    with paused_gc():
        return _export(register, Path(path), as_of=as_of, lang=lang, check=check)


def is_register_export(path: str | os.PathLike) -> bool:
    """Whether the file at ``path`` is a register export kesu wrote, known by its sheets (in
    either language: the tracking register, the register's documents, its case log), whatever
    its name: ``register export -o`` writes over one, and over no other file of the clerk's."""
    return kesu_output_at(path) == "export"


DAYS_AT = len(_FIELDS) + 3  # the cells of the day: days taken, then overdue / late (see sheet_rows)


def fill_of(state: str) -> Any:
    """The fill of a row in ``state`` (``overdue``, ``late`` or ``""``)."""
    from .workbook import LATE_FILL, OVERDUE_FILL

    return (OVERDUE_FILL if state == "overdue" else LATE_FILL) if state else None


def frame(
    as_of: dt.date,
    lang: str,
    tracking_rows: Any,
    docs: Any,
    log: Any,
    cases: int,
    documents: int,
    events: int,
    stored: tuple[Any, Any, Any] = (None, None, None),
    widths: tuple[Any, Any, Any] = (None, None, None),
) -> tuple[Any, Any, Any, Any]:
    """The export's workbook (a :class:`.sheetxml.StreamedBook`) and its three sheets' bodies:
    the tracking register (``tracking_rows``: (values, fill)), the documents and the case log;
    ``stored``: each sheet's rows written ahead (the others then give only the first rows)."""
    from ..register.export import register_sheets
    from .sheetxml import StreamedBook
    from .workbook import LATE_FILL, OVERDUE_FILL

    book = StreamedBook(stamp=as_of)
    tracking = book.sheet(
        SHEET,
        headings(),
        tracking_rows,
        cases,
        fills=(OVERDUE_FILL, LATE_FILL),
        freeze="B2",
        shaded_heading=True,
        datetime_format="yyyy-mm-dd hh:mm",
        header=f"{SHEET}　截至 {as_of:%Y-%m-%d}",
        refs=False,
        stored=stored[0],
        widths=widths[0],
    )
    register, case_log = register_sheets(
        book, docs, log, lang=lang, counts=(documents, events), stored=stored[1:], widths=widths[1:]
    )
    return book, tracking, register, case_log


def changes_with_day(case: Case) -> bool:
    """Whether the case's row changes with the day (its days taken and overdue cells): an open case's."""
    return case.sheet.closed_date is None


DAY_CELLS = (DAYS_AT, DAYS_AT + 1)  # the columns of the cells of the day


def fixed_widths(lang: str, docs: Any, cases: Any, log: Any) -> list[list[float]]:
    """What the three sheets' columns' widths in the export from the frame (:mod:`.export_frame`)
    are made of that does not change with the day: the widest value shown
    (:func:`.sheetxml.shown_width`) of each tracking column's heading and first rows, an open
    case's cells of the day left out (:func:`day_widths` puts them in), and the register sheet's
    and case log's widths (in ``lang``), as :meth:`.sheetxml.StreamedBook.sheet` sizes them."""
    from ..register.export import first_widths
    from .sheetxml import WIDTH_SAMPLE, plain, shown_width

    titles = headings()
    widest = [float(shown_width(t)) for t in titles]
    for c in cases[:WIDTH_SAMPLE]:
        values = row(c, dt.date(1980, 1, 1))[0]  # (the cells of the day: an open case's left out)
        daily = changes_with_day(c) and c.sheet.received_date is not None
        for i, value in enumerate(values[: len(titles)]):
            if not (daily and i in DAY_CELLS):
                widest[i] = max(widest[i], shown_width(plain(value)))
    return [widest, *first_widths(docs, log, lang)]


def day_widths(fixed: list[list[float]], days: Any, as_of: dt.date) -> list[list[float]]:
    """The three sheets' columns' widths as of ``as_of``: :func:`fixed_widths` with the cells of
    the day of the first rows' open cases (``days``: their stored dates, None for a closed case's
    row) put in."""
    from .sheet_rows import day_values
    from .sheetxml import WIDTH_SAMPLE, fitted, shown_width

    widest = list(fixed[0])
    for key in days[:WIDTH_SAMPLE]:
        if key is not None:
            for i, value in zip(DAY_CELLS, day_values(key, as_of)[:2]):
                widest[i] = max(widest[i], shown_width(value))
    return [[fitted(w) for w in widest], *fixed[1:]]


def _export(
    register: Any, path: Path, *, as_of: dt.date | None, lang: str, check: Callable[[], object] | None
) -> Path:
    from ..register.export import save_atomically
    from .export_frame import FramedBook

    as_of = as_of or dt.date.today()

    def rows(cases: list[Case]):
        for c in cases:
            values, state = row(c, as_of)
            yield values, fill_of(state)

    with contextlib.ExitStack() as stack:
        stored = stack.enter_context(register.stored_sheet_rows(as_of, lang))
        if stored is not None:  # every row written ahead: only the widths (or the first rows) read
            first, counts, streams, framed, widths = stored
            if framed is not None:  # the frame (kept in the register, else made): day, counts, widths put in
                return save_atomically(FramedBook(framed, as_of, counts, widths, streams), path, check)
            first_docs, first_cases, first_log = first
        else:
            from .cases import load_cases

            first_docs = register.documents()
            first_cases = load_cases(
                register, register.settings, with_void=True, revisions=True, docs=first_docs
            )
            first_log = register.case_log()
            counts, streams = (len(first_cases), len(first_docs), len(first_log)), (None, None, None)
        cases, documents, events = counts
        book, *_ = frame(
            as_of, lang, rows(first_cases), first_docs, first_log, cases, documents, events, stored=streams
        )
        return save_atomically(book, path, check)
