"""The check report (检查报告) of a batch: every finding with its file, cell, field and message.

``write_report(results, "检查报告.xlsx")`` picks the format by suffix: .json, .xlsx or .html.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import BinaryIO

from jinja2 import Environment, select_autoescape
from markupsafe import Markup

from .. import leftovers
from ..parse import ParseResult
from ..problems import Lang
from ..values import path_line
from ..xlsxsave import save
from ..xlsxtext import cell as text_cell
from ..xlsxtext import text_only
from .marks import PAGE_MARK, PAGE_TITLES
from .marks import REPORT_MARK as REPORT_MARK
from .marks import is_check_report as is_check_report
from .sheetxml import MAX_TEXT

_COLUMNS = {  # key -> (zh, en)
    "source": ("文件", "File"),
    "kind": ("表单", "Kind"),
    "result": ("结果", "Result"),
    "severity": ("类别", "Severity"),
    "location": ("位置", "Location"),
    "field": ("栏位代码", "Field"),
    "label": ("栏位", "Label"),
    "code": ("错误代码", "Code"),
    "message": ("说明", "Message"),
}

_WORDS = {
    "valid": ("通过", "valid"),
    "invalid": ("不通过", "invalid"),
    "unreadable": ("无法读取", "unreadable"),
    "error": ("错误", "error"),
    "warning": ("警告", "warning"),
}


def _word(key: str, lang: Lang) -> str:
    zh, en = _WORDS[key]
    return zh if lang == "zh" else en


def _verdict(result: ParseResult) -> str:
    return "unreadable" if result.fatal else ("valid" if result.valid else "invalid")


def rows(results: Iterable[ParseResult], lang: Lang = "zh") -> list[dict[str, str]]:
    """One row per finding (and one per document without findings), in the report's language."""
    out = []
    for r in results:
        base = {
            "source": path_line(r.source, MAX_TEXT),
            "kind": _kind_title(r.kind, lang),
            "result": _word(_verdict(r), lang),
        }
        problems = r.errors + r.warnings
        if not problems:
            out.append(base | {k: "" for k in ("severity", "location", "field", "label", "code", "message")})
        for p in problems:
            out.append(
                base
                | {
                    "severity": _word(p.severity, lang),
                    "location": p.location,
                    "field": p.field,
                    "label": p.label_in(lang),
                    "code": p.code,
                    "message": p.message(lang),
                }
            )
    return out


def write_report(
    results: Sequence[ParseResult],
    path: str | os.PathLike,
    *,
    lang: Lang = "zh",
    check: Callable[[], object] | None = None,
) -> Path:
    """Write the report atomically (temporary file, then rename) in the format of the suffix;
    ``check()`` right before the rename (``validate --report``: that what stands there is a check
    report, :func:`is_check_report`)."""
    path = Path(path)
    suffix = path.suffix.lower()
    writer = {".json": _json, ".xlsx": _xlsx, ".html": _html, ".htm": _html}.get(suffix)
    if writer is None:
        raise ValueError(f"unsupported report format: {suffix}")
    path.parent.mkdir(parents=True, exist_ok=True)
    leftovers.clean(path.parent)
    # a new name of this process (a rerun cleans it), made here, never a link planted there; made
    # as every file kesu writes is (0666 less the umask): mkstemp's 0600 left the report on a
    # shared folder for its writer alone
    return leftovers.written_whole(path, lambda out: writer(results, out, lang), check)


def _headers(lang: Lang) -> list[str]:
    return [zh if lang == "zh" else en for zh, en in _COLUMNS.values()]


def _json(results: Sequence[ParseResult], out: BinaryIO, lang: Lang) -> None:
    payload = {
        "report": REPORT_MARK,
        "summary": _summary(results),
        "documents": [r.to_dict(lang) for r in results],
    }
    out.write(json.dumps(payload, ensure_ascii=False, indent=2).encode("utf-8"))


def _summary(results: Sequence[ParseResult]) -> dict[str, int]:
    return {
        "documents": len(results),
        "valid": sum(r.valid for r in results),
        "invalid": sum(not r.valid and not r.fatal for r in results),
        "unreadable": sum(r.fatal for r in results),
        "errors": sum(len(r.errors) for r in results),
        "warnings": sum(len(r.warnings) for r in results),
    }


def _xlsx(results: Sequence[ParseResult], out: BinaryIO, lang: Lang) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill

    wb = Workbook()
    ws = wb.active
    ws.title = "检查报告" if lang == "zh" else "Validation"
    ws.append(_headers(lang))
    for cell in ws[1]:
        cell.font = Font(bold=True)
    red = PatternFill("solid", fgColor="FFE0E0")
    yellow = PatternFill("solid", fgColor="FFF5CC")
    for row in rows(results, lang):
        ws.append([text_cell(row[k]) for k in _COLUMNS])
        if row["severity"]:
            fill = red if row["severity"] == _word("error", lang) else yellow
            for cell in ws[ws.max_row]:
                cell.fill = fill
    widths = {"source": 36, "message": 60, "label": 18}
    for i, key in enumerate(_COLUMNS):
        ws.column_dimensions[chr(ord("A") + i)].width = widths.get(key, 12)
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = ws.dimensions
    text_only(wb)  # a file named "=HYPERLINK(…).xlsx" is a name, not a formula
    wb.properties.identifier = REPORT_MARK
    save(wb, out)  # the same findings, the same bytes


# The HTML report is for clerks: per finding the file, the place on the form, the field's label
# and the message. The codes scripts rely on (field key, error code, severity) stay in the
# page as a tooltip and data-* attributes of each row, not as columns that take the width.
# Fixed column widths keep the label and the message readable from a 1280 px window down to
# an A4 page; rows never split across printed pages and the header repeats on each page.
_HTML = Environment(autoescape=select_autoescape(default=True, default_for_string=True)).from_string("""\
<!doctype html>
<html lang="{{ 'zh-CN' if lang == 'zh' else 'en' }}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
{{ mark }}
<title>{{ title }}</title>
<style>
@page{size:A4;margin:12mm 10mm}
body{font-family:"Microsoft YaHei","PingFang SC","Noto Sans CJK SC","Source Han Sans SC",sans-serif;
 font-size:14px;line-height:1.45;color:#222;margin:24px auto;max-width:1200px;padding:0 16px}
h1{font-size:22px;margin:0 0 4px}.summary{margin:0 0 16px;color:#444}
table{border-collapse:collapse;width:100%;table-layout:fixed}
col.source{width:24%}col.location{width:17%}col.label{width:15%}col.message{width:44%}
th,td{border:1px solid #bbb;padding:5px 8px;text-align:left;vertical-align:top;
 overflow-wrap:anywhere;word-break:normal}
thead th{background:#e9edf2;white-space:nowrap}
thead{display:table-header-group}tr{break-inside:avoid;page-break-inside:avoid}
td.source{background:#fafafa}td.source .name{font-weight:600;overflow-wrap:anywhere}
td.source .meta{display:block;color:#555;font-size:12px}
.verdict-valid{color:#17692e}.verdict-invalid,.verdict-unreadable{color:#b3261e}
tr.error td.message{background:#fdecea}tr.warning td.message{background:#fff6d6}
.tag{font-size:12px;color:#8a5a00;margin-right:4px}
@media print{body{font-size:9.5pt;margin:0;max-width:none;padding:0}h1{font-size:14pt}
 td.source .meta,.tag{font-size:8.5pt}th,td{padding:3px 5px}
 col.source{width:21%}col.location{width:15%}col.label{width:18%}col.message{width:46%}}
</style></head><body>
<h1>{{ title }}</h1>
<p class="summary">{{ summary }}</p>
<table>
<colgroup><col class="source"><col class="location"><col class="label"><col class="message"></colgroup>
<thead><tr>{% for h in headers %}<th scope="col">{{ h }}</th>{% endfor %}</tr></thead>
{% for doc in documents %}<tbody class="document">
{% for row in doc.rows %}<tr class="{{ row.css }}"{% if row.code %} title="{{ row.tooltip }}" data-code="{{ row.code }}" data-field="{{ row.field }}"{% endif %} data-severity="{{ row.severity }}">
{% if loop.first %}<td class="source" rowspan="{{ doc.rows|length }}"><span class="name">{{ doc.source }}</span><span class="meta">{{ doc.kind }}{% if doc.kind %} · {% endif %}<span class="verdict-{{ doc.verdict }}">{{ doc.result }}</span></span></td>{% endif %}
<td class="location">{{ row.location }}</td><td class="label">{{ row.label }}</td><td class="message">{% if row.severity == 'warning' %}<span class="tag">{{ warning }}</span>{% endif %}{{ row.message }}</td></tr>
{% endfor %}</tbody>
{% endfor %}</table></body></html>
""")

_CLERK_COLUMNS = ("source", "location", "label", "message")
_CLERK_HEADINGS = {
    "source": ("文件", "File"),
    "location": ("位置", "Location"),
    "label": ("栏位", "Field"),
    "message": ("说明", "Message"),
}


def _kind_title(kind: str | None, lang: Lang) -> str:
    if not kind:
        return ""
    from .. import forms

    try:
        spec = forms.get(kind)
    except forms.UnknownKind:
        return kind
    return spec.title_zh if lang == "zh" else spec.title_en


def _html(results: Sequence[ParseResult], out: BinaryIO, lang: Lang) -> None:
    s = _summary(results)
    summary = (
        f"共 {s['documents']} 份：通过 {s['valid']}，不通过 {s['invalid']}，无法读取 {s['unreadable']}；"
        f"错误 {s['errors']} 项，警告 {s['warnings']} 项"
        if lang == "zh"
        else f"{_n(s['documents'], 'document')}: {s['valid']} valid, {s['invalid']} invalid, "
        f"{s['unreadable']} unreadable; {_n(s['errors'], 'error')}, {_n(s['warnings'], 'warning')}"
    )
    documents = []
    for r in results:
        problems = r.errors + r.warnings
        rows = [
            {
                "css": p.severity,
                "severity": p.severity,
                "code": p.code,
                "field": p.field,
                "tooltip": f"{p.code} · {p.field}" if p.field else p.code,
                "location": p.location,
                "label": p.label_in(lang),
                "message": p.message(lang),
            }
            for p in problems
        ] or [{"css": "", "severity": "", "code": "", "location": "", "label": "", "message": ""}]
        verdict = _verdict(r)
        documents.append(
            {
                "source": path_line(r.source, MAX_TEXT),
                "kind": _kind_title(r.kind, lang),
                "verdict": verdict,
                "result": _word(verdict, lang),
                "rows": rows,
            }
        )
    html = _HTML.render(
        lang=lang,
        title=PAGE_TITLES["zh" if lang == "zh" else "en"],
        mark=Markup(PAGE_MARK.decode()),
        summary=summary,
        headers=[_CLERK_HEADINGS[k][0 if lang == "zh" else 1] for k in _CLERK_COLUMNS],
        documents=documents,
        warning=_word("warning", lang),
    )
    out.write(html.encode("utf-8"))


def _n(count: int, word: str) -> str:
    return f"{count} {word}" + ("" if count == 1 else "s")
