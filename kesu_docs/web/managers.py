"""What the case page and the manager's view show, from the register (and, where they exist,
the case-lifecycle and reports modules: ``kesu_docs.case``, ``kesu_docs.reports``).

Kept apart from the routes so each piece can use the library's own function once it is there
and fall back to what the register alone can tell.
"""

from __future__ import annotations

import datetime as dt
import html
from collections import Counter
from pathlib import Path
from typing import Any

from ..register import Register, Status


def is_overdue(doc: Any, today: dt.date) -> bool:
    """Open past its due date: not void, no closed date, due date before today."""
    if doc.status == Status.VOID or doc.closed_date is not None or doc.due_date is None:
        return False
    return doc.due_date < today


def overdue(register: Register, today: dt.date) -> list[dict[str, Any]]:
    """Every overdue case, the longest overdue first."""
    out = []
    for doc in register.documents():
        if is_overdue(doc, today):
            out.append(
                {
                    "doc": doc,
                    "days": (today - doc.due_date).days,
                    "stage": _stage(doc),
                }
            )
    return sorted(out, key=lambda r: -r["days"])


def _stage(doc: Any) -> str:
    try:
        from .. import case
    except ImportError:
        return ""
    try:
        return case.stage_of(doc.record).label("zh")
    except Exception:
        return ""


def linked(register: Register, doc: Any) -> list[Any]:
    """The documents that refer to this one (an 8D, return note or allowance of a complaint)."""
    if doc.kind != "complaint":
        number = (doc.record or {}).get("complaint_number")
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
    events = register.events(doc.number, kind=doc.kind)
    prints = [e for e in events if e.event in ("issued", "re-printed")]
    return {
        "linked": linked(register, doc),
        "prints": prints,
        "revisions": [],
    }


# ---------------------------------------------------------------------- monthly statistics
_CHARTS = {
    "kind": ("各类文件数", "Documents by kind"),
    "customer": ("各客户客诉数", "Complaints by customer"),
    "severity": ("严重度", "Severity"),
    "unit": ("责任单位", "Responsible unit"),
}


def _month_docs(register: Register, month: dt.date) -> list[Any]:
    return [d for d in register.documents(period=f"{month:%Y%m}") if d.status != Status.VOID]


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
    """The month's statistics: counts, and the charts (names) the page embeds."""
    docs = _month_docs(register, month)
    all_docs = register.documents(period=f"{month:%Y%m}")
    complaints = [d for d in docs if d.kind == "complaint"]
    closed = [d for d in complaints if d.closed_date is not None]
    return {
        "documents": len(docs),
        "void": sum(d.status == Status.VOID for d in all_docs),
        "complaints": len(complaints),
        "closed": len(closed),
        "open": len(complaints) - len(closed),
        "charts": [(name, zh if lang == "zh" else en) for name, (zh, en) in _CHARTS.items()],
        "tables": {name: _counts(docs, name).most_common() for name in _CHARTS},
    }


def chart_svg(register: Register, month: dt.date, name: str, lang: str) -> str | None:
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


def monthly_file(register: Register, month: dt.date, fmt: str, folder: Path, lang: str) -> Path | None:
    """The monthly statistics as a file to keep (xlsx)."""
    if fmt != "xlsx":
        return None
    from openpyxl import Workbook

    stats = monthly(register, month, lang)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"月报-{month:%Y%m}.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = f"{month:%Y-%m}"
    zh = lang == "zh"
    for label, value in (
        ("文件数" if zh else "Documents", stats["documents"]),
        ("作废" if zh else "Void", stats["void"]),
        ("客诉" if zh else "Complaints", stats["complaints"]),
        ("已结案" if zh else "Closed", stats["closed"]),
        ("未结案" if zh else "Open", stats["open"]),
    ):
        ws.append([label, value])
    for name, title in stats["charts"]:
        ws.append([])
        ws.append([title])
        for label, count in stats["tables"][name]:
            ws.append([str(label), count])
    wb.save(target)
    return target


# ---------------------------------------------------------------------- exports
def tracking_export(register: Register, target: Path, lang: str) -> Path:
    """The tracking register (登记簿) as a spreadsheet."""
    return register.export_xlsx(target, lang=lang)


def reminders(register: Register, today: dt.date, target: Path, lang: str) -> Path:
    """The overdue cases as one sheet to send round (催办)."""
    from openpyxl import Workbook

    zh = lang == "zh"
    wb = Workbook()
    ws = wb.active
    ws.title = "催办" if zh else "Reminders"
    ws.append(
        ["编号", "种类", "客户", "责任单位", "应结案日", "逾期天数"]
        if zh
        else ["Number", "Kind", "Customer", "Responsible unit", "Due date", "Days overdue"]
    )
    for row in overdue(register, today):
        doc = row["doc"]
        ws.append([doc.number, doc.kind, doc.customer, doc.responsible_unit, doc.due_date, row["days"]])
    wb.save(target)
    return target
