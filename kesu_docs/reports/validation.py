"""The validation report of a batch: every finding with its file, cell, field and message.

``write_report(results, "检查报告.xlsx")`` picks the format by suffix: .json, .xlsx or .html.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path

from jinja2 import Environment, select_autoescape

from .. import leftovers
from ..parse import ParseResult
from ..problems import Lang
from ..xlsxtext import cell as text_cell
from ..xlsxtext import text_only

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
        base = {"source": r.source, "kind": r.kind or "", "result": _word(_verdict(r), lang)}
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


def write_report(results: Sequence[ParseResult], path: str | os.PathLike, *, lang: Lang = "zh") -> Path:
    """Write the report atomically (temporary file, then rename) in the format of the suffix."""
    path = Path(path)
    suffix = path.suffix.lower()
    writer = {".json": _json, ".xlsx": _xlsx, ".html": _html, ".htm": _html}.get(suffix)
    if writer is None:
        raise ValueError(f"unsupported report format: {suffix}")
    path.parent.mkdir(parents=True, exist_ok=True)
    leftovers.clean(path.parent)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.{os.getpid()}.", suffix=".part", dir=path.parent)
    os.close(fd)
    try:
        writer(results, Path(tmp), lang)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def _headers(lang: Lang) -> list[str]:
    return [zh if lang == "zh" else en for zh, en in _COLUMNS.values()]


def _json(results: Sequence[ParseResult], path: Path, lang: Lang) -> None:
    payload = {
        "summary": _summary(results),
        "documents": [r.to_dict(lang) for r in results],
    }
    path.write_text(json.dumps(payload, ensure_ascii=False, indent=2), encoding="utf-8")


def _summary(results: Sequence[ParseResult]) -> dict[str, int]:
    return {
        "documents": len(results),
        "valid": sum(r.valid for r in results),
        "invalid": sum(not r.valid and not r.fatal for r in results),
        "unreadable": sum(r.fatal for r in results),
        "errors": sum(len(r.errors) for r in results),
        "warnings": sum(len(r.warnings) for r in results),
    }


def _xlsx(results: Sequence[ParseResult], path: Path, lang: Lang) -> None:
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
    wb.save(path)


_HTML = Environment(autoescape=select_autoescape(default=True, default_for_string=True)).from_string("""\
<!doctype html>
<html lang="{{ 'zh-CN' if lang == 'zh' else 'en' }}"><head><meta charset="utf-8">
<title>{{ title }}</title>
<style>
body{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:2em}
table{border-collapse:collapse}td,th{border:1px solid #bbb;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#eee}.error td{background:#fde8e8}.warning td{background:#fff5cc}
</style></head><body>
<h1>{{ title }}</h1>
<p>{{ summary }}</p>
<table><thead><tr>{% for h in headers %}<th>{{ h }}</th>{% endfor %}</tr></thead><tbody>
{% for row in rows %}<tr class="{{ row.css }}">{% for v in row.cells %}<td>{{ v }}</td>{% endfor %}</tr>
{% endfor %}</tbody></table></body></html>
""")


def _html(results: Sequence[ParseResult], path: Path, lang: Lang) -> None:
    s = _summary(results)
    summary = (
        f"共 {s['documents']} 份：通过 {s['valid']}，不通过 {s['invalid']}，无法读取 {s['unreadable']}；"
        f"错误 {s['errors']} 项，警告 {s['warnings']} 项"
        if lang == "zh"
        else f"{s['documents']} documents: {s['valid']} valid, {s['invalid']} invalid, "
        f"{s['unreadable']} unreadable; {s['errors']} errors, {s['warnings']} warnings"
    )
    body = []
    for row in rows(results, lang):
        css = "error" if row["severity"] == _word("error", lang) else ("warning" if row["severity"] else "")
        body.append({"css": css, "cells": [row[k] for k in _COLUMNS]})
    html = _HTML.render(
        lang=lang,
        title="表单检查报告" if lang == "zh" else "Form validation report",
        summary=summary,
        headers=_headers(lang),
        rows=body,
    )
    path.write_text(html, encoding="utf-8")
