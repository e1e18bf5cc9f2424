"""What the case page and the manager's view show, from the register (and, where they exist,
the case-lifecycle and reports modules: ``kesu_docs.case``, ``kesu_docs.reports``).

Kept apart from the routes so each piece can use the library's own function once it is there
and fall back to what the register alone can tell.
"""

from __future__ import annotations

import copy
import datetime as dt
import html
import threading
import time
import zipfile
from collections import Counter, OrderedDict
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from ..register import DocumentStatus, Register
from ..register.document import PRINT_MARKS
from ..xlsxsave import save
from ..xlsxtext import text_only


def is_overdue(doc: Any, today: dt.date) -> bool:
    """Open past its due date (:func:`kesu_docs.case.is_overdue`): not void, no closed date,
    from the register's columns (a record the lifecycle cannot read still shows)."""
    from ..case import is_overdue as past_due

    if doc.status == DocumentStatus.VOID or doc.closed_date is not None or doc.due_date is None:
        return False
    return past_due(doc.due_date, today)


def case_state(
    doc: Any, today: dt.date, settings: Any, lang: str, linked_kinds: tuple[str, ...] = ()
) -> dict:
    """A complaint's stage and status as of today (kesu_docs.case), e.g. 调查分析 · 逾期未结."""
    out = {"stage": "", "status": "", "overdue": is_overdue(doc, today)}
    if doc.kind != "complaint" or doc.status == DocumentStatus.VOID:
        return out
    try:
        from .. import case
    except ImportError:
        return out
    try:
        record = doc.record or {}
        status = case.case_status(record, today, settings, linked_kinds)
        out["stage"] = case.stage_of(record, linked_kinds).label(lang)
        out["status"] = status.label(lang)
        out["overdue"] = status == case.CaseStatus.OVERDUE
    except Exception:  # a record the lifecycle cannot read: the register's own columns stand
        pass
    return out


def _reports() -> Any:
    """The reports package's modules (monthly statistics, overdue, tracking), or None."""
    try:
        from ..reports import monthly as monthly_mod
        from ..reports import monthly_html, tracking
        from ..reports import overdue as overdue_mod
    except ImportError:
        return None
    return SimpleNamespace(monthly=monthly_mod, html=monthly_html, overdue=overdue_mod, tracking=tracking)


def as_user(register: Register, name: str) -> Register:
    """The same register (same connections) acting for ``name``: revisions and prints record who."""
    if not hasattr(register, "actor"):
        return register
    mine = copy.copy(register)
    mine.actor = name
    return mine


def overdue(register: Register, today: dt.date, lang: str = "zh") -> list[dict[str, Any]]:
    """Every overdue case, the longest overdue first."""
    reports = _reports()
    if reports is not None:
        run = reports.overdue.find_overdue(register, today)
        return [
            {
                "kind": "complaint",
                "number": item.case.number,
                "customer": getattr(item.case.sheet, "customer", "") or "",
                "unit": item.case.doc.responsible_unit or "",
                "due": item.due,
                "days": item.days,
                "stage": item.stage.label(lang) if hasattr(item.stage, "label") else str(item.stage),
                "to": item.addressed_to,
            }
            for item in run.overdue
        ]
    out = []
    for doc in register.documents():
        if is_overdue(doc, today) and doc.due_date is not None:
            out.append(
                {
                    "kind": doc.kind,
                    "number": doc.number,
                    "customer": doc.customer or "",
                    "unit": doc.responsible_unit or "",
                    "due": doc.due_date,
                    "days": (today - doc.due_date).days,
                    "stage": case_state(doc, today, register.settings, lang)["stage"],
                    "to": "",
                }
            )
    return sorted(out, key=lambda r: -r["days"])


def linked(register: Register, doc: Any) -> list[Any]:
    """The documents that refer to this one (an 8D, return note or allowance of a complaint)."""
    if doc.kind == "complaint" and hasattr(register, "linked"):
        return register.linked(doc.number)
    if doc.kind != "complaint":
        number = getattr(doc, "case_number", None) or (doc.record or {}).get("complaint_number")
        if not number:
            return []
        try:
            return [register.get(number, kind="complaint")]
        except Exception:
            return []
    return [
        d
        for d in register.documents()
        if d.kind != "complaint" and (d.record or {}).get("complaint_number") == doc.number
    ]


def case_details(register: Register, doc: Any, lang: str) -> dict[str, Any]:
    """Revisions and their differences, linked documents, the print log of one case."""
    from ..validation import labels_for

    spec = None
    try:
        from .. import forms

        spec = forms.get(doc.kind)
    except KeyError:
        pass
    prints: list[dict[str, Any]] = []
    if hasattr(register, "printed"):
        for p in register.printed(doc.number, kind=doc.kind):
            zh, en = PRINT_MARKS.get(p.mark, (p.mark, p.mark))
            prints.append(
                {
                    "at": p.at,
                    "what": (zh if lang == "zh" else en) + (f" {p.reprint_no}" if p.reprint_no else ""),
                    "revision": p.revision,
                    "copies": p.copies,
                    "actor": p.actor or "",
                    "output": p.output,
                }
            )
    else:  # the register keeps no print log: its issue and re-print events stand for it
        for e in register.events(doc.number, kind=doc.kind):
            if e.event in ("issued", "re-printed"):
                prints.append(
                    {
                        "at": e.at,
                        "what": e.label(lang),
                        "revision": "",
                        "copies": "",
                        "actor": "",
                        "output": e.detail,
                    }
                )
    revisions: list[dict[str, Any]] = []
    if hasattr(register, "revisions"):
        for rev in register.revisions(doc.number, kind=doc.kind):
            changes = []
            for field, before, after in rev.changes or []:
                label = labels_for(spec, field)[0 if lang == "zh" else 1] if spec else field
                changes.append({"label": label, "old": _plain(before), "new": _plain(after)})
            revisions.append(
                {
                    "n": rev.revision,
                    "at": rev.at,
                    "source": rev.source,
                    "actor": rev.actor or "",
                    "changes": changes,
                }
            )
    return {"linked": linked(register, doc), "prints": prints, "revisions": revisions}


def _plain(value: Any) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, (list, dict)):
        import json

        return json.dumps(value, ensure_ascii=False)
    return str(value)


# ---------------------------------------------------------------------- monthly statistics
# Drawn by the reports package (kesu report monthly) when it is installed; otherwise the
# register's own counts, drawn here as plain SVG bars.
_CHARTS = {
    "kind": ("各类文件数", "Documents by kind"),
    "customer": ("各客户客诉数", "Complaints by customer"),
    "severity": ("严重度", "Severity"),
    "unit": ("责任单位", "Responsible unit"),
}
_REPORT_CHARTS = {
    "unit": ("各责任单位客诉件数", "Complaints by responsible unit"),
    "pareto": ("原因类别柏拉图", "Causes (Pareto)"),
    "trend": ("结案件数趋势", "Cases closed per month"),
}
_CACHE_SECONDS = 30
_CACHE_ENTRIES = 16


class _Recent:
    """The reports (and their charts) made last, by (register, what): at most
    :data:`_CACHE_ENTRIES`, the one used longest ago dropped first, and each dropped once
    :data:`_CACHE_SECONDS` pass without a use. (Kept unbounded, every month a manager ever
    opened — of every register, in every language — stayed in memory for the server's life.)"""

    def __init__(self, entries: int = _CACHE_ENTRIES, seconds: float = _CACHE_SECONDS) -> None:
        self.entries, self.seconds = entries, seconds
        self._kept: OrderedDict[tuple[str, str], tuple[float, float, Any]] = OrderedDict()
        self._lock = threading.Lock()

    def _drop_unused(self, now: float) -> None:
        while self._kept:
            key, (_made, used, _value) = next(iter(self._kept.items()))
            if now - used < self.seconds:
                break
            del self._kept[key]

    def get(self, key: tuple[str, str]) -> tuple[float, Any] | None:
        """(when it was made, the value), or None; a use."""
        now = time.monotonic()
        with self._lock:
            self._drop_unused(now)
            hit = self._kept.get(key)
            if hit is None:
                return None
            self._kept[key] = (hit[0], now, hit[2])
            self._kept.move_to_end(key)
            return hit[0], hit[2]

    def __setitem__(self, key: tuple[str, str], value: tuple[float, Any]) -> None:
        now = time.monotonic()
        with self._lock:
            self._drop_unused(now)
            self._kept[key] = (value[0], now, value[1])
            self._kept.move_to_end(key)
            while len(self._kept) > self.entries:
                self._kept.popitem(last=False)

    def pop(self, key: tuple[str, str], default: Any = None) -> Any:
        with self._lock:
            return self._kept.pop(key, default)

    def __len__(self) -> int:
        with self._lock:
            self._drop_unused(time.monotonic())
            return len(self._kept)

    def keys(self) -> list[tuple[str, str]]:
        with self._lock:
            self._drop_unused(time.monotonic())
            return list(self._kept)


_CACHE = _Recent()


def _report(register: Register, month: dt.date, lang: str, *, drawn: bool = False) -> Any:
    """The reports package's MonthlyReport of ``month`` made in ``lang``, as the register has it now; ``drawn``:
    for a chart of the page just shown — the page's own report, kept briefly for its charts.

    (The page and the downloads took a report up to 30 s old too: a case closed meanwhile was
    in the page's counts and not in its tables, and whether a second look saw it depended on
    how fast the machine got there.)"""
    reports = _reports()
    if reports is None:
        return None
    key = (register.address, f"{month:%Y-%m}:{lang}")
    hit = _CACHE.get(key)
    if drawn and hit and time.monotonic() - hit[0] < _CACHE_SECONDS:
        return hit[1]
    report = reports.monthly.monthly_report(register, f"{month:%Y-%m}", lang=lang)
    _CACHE[key] = (time.monotonic(), report)
    _CACHE.pop((key[0], f"charts:{key[1]}"), None)  # drawn from the report replaced
    return report


def _cell(value: Any, fmt: str | None) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal) and fmt and "share" in str(fmt).lower():
        return f"{value * 100:.1f}%"
    if isinstance(value, Decimal):
        return (
            f"{value:,.2f}"
            if value != value.to_integral_value() or (fmt and "money" in str(fmt).lower())
            else f"{value:,.0f}"
        )
    if isinstance(value, float):
        return f"{value:.2f}"
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _month_docs(register: Register, month: dt.date) -> list[Any]:
    return [d for d in register.documents(period=f"{month:%Y%m}") if d.status != DocumentStatus.VOID]


def _counts(docs: list[Any], name: str) -> Counter:
    complaints = [d for d in docs if d.kind == "complaint"]
    if name == "kind":
        return Counter(d.kind for d in docs)
    if name == "customer":
        return Counter(d.customer or "?" for d in complaints)
    if name == "severity":
        return Counter(d.severity or "?" for d in complaints)
    if name == "unit":
        return Counter(d.responsible_unit or "?" for d in complaints)
    raise KeyError(name)


def monthly(register: Register, month: dt.date, lang: str) -> dict[str, Any]:
    """The month's statistics as the page shows them: a summary, tables, and chart names."""
    docs = _month_docs(register, month)
    all_docs = register.documents(period=f"{month:%Y%m}")
    complaints = [d for d in docs if d.kind == "complaint"]
    out: dict[str, Any] = {
        "registered": [
            ("本月登记文件" if lang == "zh" else "Documents registered", len(docs)),
            ("本月登记客诉" if lang == "zh" else "Complaints registered", len(complaints)),
            ("作废" if lang == "zh" else "Void", sum(d.status == DocumentStatus.VOID for d in all_docs)),
        ],
        "complaints": len(complaints),
    }
    report = _report(register, month, lang)
    if report is None:
        out |= {
            "source": "register",
            "title": "",
            "empty": False,
            "summary": [],
            "charts": [(name, zh if lang == "zh" else en) for name, (zh, en) in _CHARTS.items()],
            "tables": [
                (
                    zh if lang == "zh" else en,
                    ["", "件数" if lang == "zh" else "count"],
                    _counts(docs, name).most_common(),
                )
                for name, (zh, en) in _CHARTS.items()
            ],
        }
        return out

    def cells(table: Any, row: list[Any]) -> list[str]:
        return [_cell(v, table.formats[i] if i < len(table.formats) else None) for i, v in enumerate(row)]

    # the report made in the page's language: its titles, headings and terms as it was built
    out |= {
        "source": "reports",
        "title": report.title,
        "empty": report.empty,
        "empty_message": report.empty_message,
        "summary": [(label, _cell(value, fmt)) for label, value, fmt in report.summary],
        "charts": [(name, zh if lang == "zh" else en) for name, (zh, en) in _REPORT_CHARTS.items()],
        "tables": [
            (
                table.title,
                table.headers,
                [cells(table, row) for row in table.rows]
                + ([cells(table, table.total)] if table.total else []),
            )
            for table in report.tables
        ],
    }
    return out


def chart_svg(register: Register, month: dt.date, name: str, lang: str) -> str | None:
    """One chart of the month as SVG (of the page just shown: :func:`_report`)."""
    report = _report(register, month, lang, drawn=True)
    if report is not None:
        reports = _reports()
        key = (register.address, f"charts:{month:%Y-%m}:{lang}")
        hit = _CACHE.get(key)
        if hit and time.monotonic() - hit[0] < _CACHE_SECONDS:
            charts = hit[1]
        else:
            charts = reports.html.charts(report)
            _CACHE[key] = (time.monotonic(), charts)
        svg = charts.get(name)
        if svg is None:
            return None
        if "xmlns=" not in svg[:300]:  # inline in a page it needs none; as a file it does
            svg = svg.replace("<svg", '<svg xmlns="http://www.w3.org/2000/svg"', 1)
        return svg
    return _bars(register, month, name, lang)


def _bars(register: Register, month: dt.date, name: str, lang: str) -> str | None:
    """A horizontal bar chart of one count, as SVG (drawn here: no script, no web font)."""
    if name not in _CHARTS:
        return None
    rows = _counts(_month_docs(register, month), name).most_common(12)
    title = _CHARTS[name][0 if lang == "zh" else 1]
    width, bar_h, left = 560, 24, 200
    height = 40 + max(len(rows), 1) * (bar_h + 6)
    top = max((n for _, n in rows), default=1)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="{html.escape(title)}" '
        'font-family="Noto Sans CJK SC, Microsoft YaHei, SimSun, sans-serif" font-size="13">',
        f'<text x="8" y="20" font-weight="bold">{html.escape(title)}</text>',
    ]
    if not rows:
        parts.append(f'<text x="8" y="48">{"本月无数据" if lang == "zh" else "nothing this month"}</text>')
    for i, (label, count) in enumerate(rows):
        y = 34 + i * (bar_h + 6)
        w = max(2, int((width - left - 50) * count / top))
        shown = label if len(label) <= 14 else label[:13] + "…"
        parts.append(
            f'<text x="{left - 8}" y="{y + 17}" text-anchor="end">{html.escape(str(shown))}</text>'
            f'<rect class="bar" x="{left}" y="{y}" width="{w}" height="{bar_h}" fill="#3b6ea8"/>'
            f'<text x="{left + w + 6}" y="{y + 17}">{count}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def monthly_html(register: Register, month: dt.date, lang: str = "zh") -> str | None:
    """The reports package's whole monthly page (charts inline) in ``lang``, or None without it."""
    report = _report(register, month, lang)
    return _reports().html.html(report) if report is not None else None


def monthly_file(register: Register, month: dt.date, fmt: str, folder: Path, lang: str) -> Path | None:
    """The monthly statistics as a file to keep: xlsx (and html, pdf from the reports package),
    in ``lang`` (the page's: a page in English downloads the English workbook)."""
    folder.mkdir(parents=True, exist_ok=True)
    report = _report(register, month, lang)
    if report is not None:
        reports = _reports()
        writers = {
            "xlsx": reports.monthly.write_xlsx,
            "html": reports.html.write_html,
            "pdf": reports.html.write_pdf,
        }
        if fmt not in writers:
            return None
        name = "客诉案件统计表" if lang == "zh" else "complaint-statistics"
        return writers[fmt](report, folder / f"{name}-{month:%Y%m}.{fmt}")
    if fmt != "xlsx":
        return None
    from openpyxl import Workbook

    stats = monthly(register, month, lang)
    target = folder / f"月报-{month:%Y%m}.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = f"{month:%Y-%m}"
    for label, value in stats["registered"]:
        ws.append([label, value])
    for title, _headers, rows in stats["tables"]:
        ws.append([])
        ws.append([title])
        for row in rows:
            ws.append([str(v) for v in row])
    save(text_only(wb), target)  # the same figures, the same bytes; a customer's "=…" stays text
    return target


# ---------------------------------------------------------------------- exports
def tracking_export(register: Register, target: Path, lang: str) -> Path:
    """The tracking register (客户抱怨案件登记追踪表 when the reports package is there)."""
    reports = _reports()
    if reports is not None:
        return reports.tracking.export(register, target, as_of=dt.date.today(), lang=lang)
    return register.export_xlsx(target, lang=lang)


def reminders(register: Register, today: dt.date, folder: Path, lang: str) -> Path:
    """The reminders of the overdue cases: 催办单 / 洽办单 documents issued and rendered by the
    reports package, in one zip; without it, one sheet listing the overdue cases."""
    folder.mkdir(parents=True, exist_ok=True)
    reports = _reports()
    if reports is not None:
        run = reports.overdue.remind(register, today, folder / f"{today:%Y%m%d}", also_checked=(folder,))
        target = folder / f"催办-{today:%Y%m%d}.zip"
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
            for notice in run.notices:
                if notice.output and Path(notice.output).is_file():
                    archive.write(notice.output, Path(notice.output).name)
        return target
    from openpyxl import Workbook

    zh = lang == "zh"
    target = folder / f"催办-{today:%Y%m%d}.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "催办" if zh else "Reminders"
    ws.append(
        ["编号", "种类", "客户", "责任单位", "应结案日", "逾期天数"]
        if zh
        else ["Number", "Kind", "Customer", "Responsible unit", "Due date", "Days overdue"]
    )
    for row in overdue(register, today, lang):
        ws.append([row["number"], row["kind"], row["customer"], row["unit"], row["due"], row["days"]])
    save(text_only(wb), target)  # the same figures, the same bytes; a customer's "=…" stays text
    return target
