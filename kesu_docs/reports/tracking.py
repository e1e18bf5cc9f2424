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

import datetime as dt
import io
import os
import tempfile
from pathlib import Path
from typing import Any

from .. import forms
from ..case import CaseStatus
from .cases import Case, load_cases

SHEET = "客户抱怨案件登记追踪表"
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


def _value(c: Case, key: str) -> Any:
    if key == "number":
        return c.number
    value = getattr(c.sheet, key)
    if isinstance(value, list):
        return "、".join(v.zh if hasattr(v, "zh") else str(v) for v in value)
    return value


def row(c: Case, as_of: dt.date) -> tuple[list[Any], str]:
    """The case's row and its state: ``overdue`` (open, past due), ``late`` (closed late) or ``""``."""
    status = c.status(as_of)
    end = c.closed_date or as_of
    days = (end - c.sheet.received_date).days if c.sheet.received_date else None
    if status == CaseStatus.OVERDUE:
        state, shown = "overdue", f"{status.zh} {(as_of - c.due_date).days} 天"
    elif status == CaseStatus.CLOSED_LATE:
        assert c.closed_date is not None
        state, shown = "late", f"{status.zh} {(c.closed_date - c.due_date).days} 天"
    else:
        state, shown = "", status.zh
    if c.void:
        state, shown = "", "—"
    values = [
        *(_value(c, k) for k in _FIELDS),
        c.stage,
        c.due_date,
        c.closed_date,
        days,
        shown,
        *("、".join(c.linked.get(kind, [])) for kind, _ in _LINKED),
        c.revisions,
        c.doc.status_label("zh"),
    ]
    return values, state


def export(register: Any, path: str | os.PathLike, *, as_of: dt.date | None = None, lang: str = "zh") -> Path:
    """Write the tracking register (and the register's documents and case log) to ``path`` (.xlsx)."""
    from openpyxl import load_workbook
    from openpyxl.styles import Font

    from ..render.renderer import write_file
    from .workbook import LATE_FILL, OVERDUE_FILL, fill_row, fit_widths, heading, printable, write_row

    as_of = as_of or dt.date.today()
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(suffix=".xlsx", dir=target.parent, prefix=f".{target.stem}.")
    os.close(fd)
    try:
        register.export_xlsx(temp, lang=lang)  # the documents and the case log, as the register writes them
        book = load_workbook(temp)
    finally:
        Path(temp).unlink(missing_ok=True)

    ws = book.create_sheet(SHEET, 0)
    book.active = 0
    heading(ws, 1, headings())
    cases = load_cases(register, register.settings, with_void=True, revisions=True)
    for r, c in enumerate(cases, start=2):
        values, state = row(c, as_of)
        write_row(ws, r, values)
        if state:
            fill_row(ws, r, len(values), OVERDUE_FILL if state == "overdue" else LATE_FILL)
    ws.oddHeader.center.text = f"{SHEET}　截至 {as_of:%Y-%m-%d}"
    ws.oddHeader.center.font = "SimSun,Bold"

    for sheet in book.worksheets:
        for line in sheet.iter_rows():
            for cell in line:
                if cell.data_type == "f":  # user text the register wrote (=…): text, never a formula
                    cell.data_type = "s"
        for c in sheet[1]:
            c.font = Font(bold=True)
        sheet.freeze_panes = "B2" if sheet is ws else "A2"
        sheet.auto_filter.ref = sheet.dimensions
        fit_widths(sheet)
        printable(sheet, landscape=True, header_rows="1:1")
    buffer = io.BytesIO()
    book.save(buffer)
    return write_file(target, buffer.getvalue())
