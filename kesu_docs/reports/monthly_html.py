"""The monthly statistics for a manager: one HTML page (or its PDF) with the charts drawn inline as SVG.

The figures are :class:`~.monthly.MonthlyReport`'s, the same the workbook prints; the charts
(by unit, the causes' Pareto, the monthly trend) are drawn by pygal as inline SVG
(:mod:`.charts`, imported only when a chart is drawn), with no script, their text kept as
text, so the page prints as it shows. ``write_pdf`` prints that page on A4 with a headless
Chromium (``chromium``, ``google-chrome`` or ``msedge`` on PATH, or ``$KESU_BROWSER``).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from decimal import Decimal
from itertools import chain, repeat
from pathlib import Path
from typing import Any

from jinja2 import Environment, select_autoescape
from markupsafe import Markup, escape

from ..lazy_re import lazy_re
from ..problems import Bilingual
from ..values import Term
from .monthly import DATE, DAYS, MONEY, PAGE_MARK, SCORE, SHARE, MonthlyReport, Table, heat, marked_pdf, word
from .notices import ReportError

FONTS = '"Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "SimHei", sans-serif'


# CJK families first: the SVG keeps its text as text, the browser draws it
CHART_FONTS = ["Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "SimHei", "DejaVu Sans"]


def charts(report: MonthlyReport) -> dict[str, str]:
    """The three charts as inline SVG (:mod:`.charts`, pygal): ``unit``, ``pareto``, ``trend``,
    in the report's language (:attr:`MonthlyReport.lang`)."""
    from .charts import bar_chart, line_chart, pareto_chart

    lang = report.lang
    unit = report.table("unit")
    cause = report.table("cause")
    trend = word("chart_trend", lang, months=len(report.months))
    return {
        "unit": bar_chart(
            word("chart_units", lang),
            [str(r[0]) for r in unit.rows],
            [r[1] for r in unit.rows],
            CHART_FONTS,
            lang,
        ),
        "pareto": pareto_chart(
            word("chart_pareto", lang),
            [str(r[0]) for r in cause.rows],
            [r[1] for r in cause.rows],
            [float(r[3]) * 100 for r in cause.rows],
            CHART_FONTS,
            lang,
        ),
        "trend": line_chart(
            trend, [m for m, _ in report.trend], [n for _, n in report.trend], CHART_FONTS, lang
        ),
    }


def _cell(value: Any, fmt: str | None) -> str:
    if value is None:
        return ""
    if fmt is None:  # most cells of a busy month's tables: text as it is, a count, a Term
        kind = type(value)
        if kind is str:
            return value
        if kind is int:
            return str(value)
        if isinstance(value, Term):
            return value.zh
    if fmt == SHARE:
        return f"{Decimal(value) * 100:.1f}%"
    if fmt == MONEY or (isinstance(value, Decimal) and fmt is None and value.as_tuple().exponent == -2):
        return f"{value:,.2f}"
    if fmt == DATE:
        return f"{value:%Y-%m-%d}"
    if fmt == DAYS:
        return f"{value:.1f}"
    if fmt == SCORE:
        return f"{Decimal(value).normalize():f}"
    if isinstance(value, Term):
        return value.zh
    return str(value)


def _rows(table: Table) -> dict[str, Any]:
    formats = table.formats or [None] * len(table.headers)

    def line(values: list[Any]) -> list[str]:
        # a column past the formats has none; text of a column without one is shown as it is
        # (most cells of a busy month: no call for each)
        return [
            v if fmt is None and type(v) is str else _cell(v, fmt)
            for v, fmt in zip(values, chain(formats, repeat(None)))
        ]

    return {
        "title": table.title,
        "headers": table.headers,
        "rows": [line(r) for r in table.rows],
        "total": line(table.total) if table.total else None,
    }


_PAGE = Environment(autoescape=select_autoescape(default=True, default_for_string=True)).from_string("""\
<!doctype html>
<html lang="{{ html_lang }}"><head><meta charset="utf-8"><title>{{ title }}</title>
{{ mark }}
<style>
@page { size: A4; margin: 12mm 10mm; }
body { font-family: {{ fonts }}; font-size: 10pt; color: #222; margin: 0; }
h1 { font-size: 17pt; margin: 0 0 2mm; } h2 { font-size: 12.5pt; margin: 6mm 0 2mm; break-after: avoid; }
p.meta { color: #555; margin: 0 0 4mm; }
table { border-collapse: collapse; width: 100%; margin-bottom: 3mm; break-inside: auto; }
th, td { border: 1px solid #bbb; padding: 1.2mm 2mm; text-align: right; }
th { background: #d9e1f2; text-align: center; }
td:first-child, th:first-child { text-align: left; }
tr { break-inside: avoid; } thead { display: table-header-group; }
tr.total td { font-weight: bold; background: #f2f2f2; }
.summary td:first-child { font-weight: bold; width: 40%; }
.chart { break-inside: avoid; margin: 2mm 0 4mm; } .chart svg { width: 100%; height: auto; }
.wide { font-size: 8pt; } .wide th, .wide td { padding: 0.8mm 1mm; }
.empty { font-size: 13pt; padding: 10mm 0; }
</style></head><body>
<h1>{{ title }}</h1>
<p class="meta">{{ period }}</p>
{% if empty %}
<p class="empty">{{ empty_message }}</p>
{% else %}
<h2>{{ overview }}</h2>
<table class="summary">{% for label, value in summary %}<tr><td>{{ label }}</td><td>{{ value }}</td></tr>{% endfor %}</table>
{% for t in tables %}
<h2>{{ t.title }}</h2>
{% if t.key == 'unit' %}<div class="chart">{{ charts.unit | safe }}</div>{% endif %}
{% if t.key == 'cause' %}<div class="chart">{{ charts.pareto | safe }}</div>{% endif %}
<table class="{{ t.css }}"><thead><tr>{% for h in t.headers %}<th>{{ h }}</th>{% endfor %}</tr></thead><tbody>
{{ t.body }}
</tbody></table>
{% if t.key == 'matrix' %}<div class="chart">{{ charts.trend | safe }}</div>{% endif %}
{% endfor %}
{% endif %}
</body></html>
""")


_ESCAPED = lazy_re("[&<>'\"]")  # what markupsafe's escape replaces


def _escaped(text: str) -> str:
    """``text`` escaped as :func:`markupsafe.escape` escapes it; most cells need nothing, and
    a Markup made for each of 70,000 cells was most of the page's time."""
    return str(escape(text)) if _ESCAPED.search(text) else text


def _body(shown: dict[str, Any]) -> Markup:
    """A table's rows (and total) as HTML, every value escaped: written here rather than by a
    loop of the template over each cell (thousands of lines in a busy month)."""
    styled = shown["styled"]
    lines = []
    for r, row in enumerate(shown["rows"]):
        if styled:
            cells = "".join(
                f'<td style="{_escaped(styled[r][i])}">{_escaped(v)}</td>'
                if styled[r][i]
                else f"<td>{_escaped(v)}</td>"
                for i, v in enumerate(row)
            )
        elif _ESCAPED.search("".join(row)):
            cells = "".join([f"<td>{_escaped(v)}</td>" for v in row])
        else:  # no cell of the row to escape (most rows): not asked of each
            cells = "".join([f"<td>{v}</td>" for v in row])
        lines.append(f"<tr>{cells}</tr>\n")
    if shown["total"]:
        lines.append(
            '<tr class="total">' + "".join(f"<td>{_escaped(v)}</td>" for v in shown["total"]) + "</tr>"
        )
    return Markup("".join(lines))


def html(report: MonthlyReport) -> str:
    """The report as one self-contained HTML page."""
    tables = []
    if not report.empty:
        for table in (
            *report.tables,
            report.matrix,
            report.exceptions,
            report.satisfaction,
            report.penalties,
        ):
            shown = _rows(table)
            shown["key"] = table.key
            shown["css"] = "wide" if table.key in ("matrix", "exceptions", "penalties") else ""
            shown["styled"] = None
            tables.append(shown)
        matrix = next(t for t in tables if t["key"] == "matrix")
        highest = max((v for row in report.matrix.rows for v in row[1:-1]), default=0)
        matrix["styled"] = [
            [
                f"background:#{heat(v, highest)}" if 0 < i <= len(report.months) and heat(v, highest) else ""
                for i, v in enumerate(row)
            ]
            for row in report.matrix.rows
        ]
        for shown in tables:
            shown["body"] = _body(shown)
    page = _PAGE.render(
        title=report.title,
        mark=Markup(PAGE_MARK.decode()),
        html_lang="zh-CN" if report.lang == "zh" else report.lang,
        period=word("period", report.lang, company=report.company, month=report.month),
        overview=word("overview", report.lang),
        fonts=FONTS,
        empty=report.empty,
        empty_message=report.empty_message,
        summary=[(label, _cell(value, fmt)) for label, value, fmt in report.summary],
        tables=tables,
        charts=charts(report) if not report.empty else {},
    )
    return page


def write_html(report: MonthlyReport, path: str | os.PathLike) -> Path:
    from ..leftovers import write_file

    return write_file(path, html(report).encode("utf-8"))


def browser() -> str | None:
    """The headless browser that prints the PDF: ``$KESU_BROWSER``, else one found on PATH."""
    named = os.environ.get("KESU_BROWSER")
    if named:
        return named
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "msedge", "chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


def write_pdf(report: MonthlyReport, path: str | os.PathLike) -> Path:
    """Print the HTML page to an A4 PDF with a headless Chromium."""
    from ..leftovers import run_alone, write_file
    from ..render.pdf import without_moment

    exe = browser()
    if exe is None:
        raise ReportError("browser_missing")
    target = Path(path)
    with tempfile.TemporaryDirectory(prefix="kesu-report-") as work:
        page = Path(work) / "report.html"
        page.write_text(html(report), encoding="utf-8")
        pdf = Path(work) / "report.pdf"
        command = [
            exe,
            "--headless",
            "--no-sandbox",  # as root in a container Chromium refuses its sandbox
            "--disable-gpu",
            "--no-first-run",
            f"--user-data-dir={Path(work) / 'profile'}",
            "--no-pdf-header-footer",
            f"--print-to-pdf={pdf}",
            page.as_uri(),
        ]
        try:
            done = run_alone(command, 120, text=False)
        except subprocess.TimeoutExpired:
            raise ReportError(
                "browser_failed", reason=Bilingual("120 秒内没有完成，已中止", "timed out after 120 s")
            ) from None
        except OSError as exc:  # KESU_BROWSER names no program it can start
            raise ReportError(
                "browser_failed",
                reason=Bilingual(
                    f"无法启动浏览器 {exe}（找不到或不是可执行的程序），请检查 KESU_BROWSER",
                    f"cannot start {exe} ({type(exc).__name__}: {exc.strerror or exc}): check KESU_BROWSER",
                ),
            ) from None
        if not pdf.is_file() or pdf.stat().st_size == 0:
            said = done.stderr.decode("utf-8", "replace").strip().splitlines()[-1:]
            raise ReportError(
                "browser_failed",
                reason=Bilingual(
                    f"浏览器结束时没有写出 PDF（退出码 {done.returncode}）",
                    said[0] if said else f"exit {done.returncode}",
                ),
            )
        without_moment(pdf)  # Chromium's dates of printing: the same report, the same bytes
        return write_file(target, marked_pdf(pdf.read_bytes()))  # (known as kesu's: is_monthly_report)
