"""The register as a spreadsheet: one sheet of documents, one of the case log."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .. import leftovers
from ..terms import Severity
from ..xlsxtext import cell as text_cell
from ..xlsxtext import text_only
from .document import COLUMNS, Document, Event


def cell(doc: Document, key: str, lang: str = "zh") -> Any:
    """One column of a document as a spreadsheet cell (dates stay dates; times lose their zone)."""
    value = getattr(doc, key)
    if key == "status":
        return doc.status_label(lang)
    if key == "case_status":
        return {"open": "处理中", "closed": "已结案"}[value] if lang == "zh" else value
    if key == "severity" and value and lang == "zh":
        term = Severity.lookup(value)  # stored by its key (general), printed as the form does (一般)
        return term.zh if term is not None else value
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None, microsecond=0)  # Excel has no time zones
    return value


def write_xlsx(path: Path, docs: Sequence[Document], log: Sequence[Event], *, lang: str = "zh") -> Path:
    """Write ``path`` (.xlsx) with the documents and the case log; the path written."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    zh = lang == "zh"
    book = Workbook()
    sheet = book.active
    sheet.title = "登记簿" if zh else "Register"
    sheet.append([head_zh if zh else head_en for _, head_zh, head_en in COLUMNS])
    for doc in docs:
        sheet.append([text_cell(cell(doc, key, lang)) for key, _, _ in COLUMNS])

    journal = book.create_sheet("案件日志" if zh else "Case log")
    journal.append(
        ["编号", "种类", "时间", "事件", "说明"] if zh else ["Number", "Kind", "At", "Event", "Detail"]
    )
    for entry in log:
        journal.append(
            [
                text_cell(entry.number),
                entry.kind,
                entry.at.replace(tzinfo=None, microsecond=0),
                entry.label(lang),
                text_cell(entry.detail),
            ]
        )

    for ws in (sheet, journal):
        ws.freeze_panes = "A2"
        for c in ws[1]:
            c.font = Font(bold=True)
        for i, column in enumerate(ws.iter_cols(min_row=1, max_row=min(ws.max_row, 200)), start=1):
            width = max((len(str(c.value)) if c.value is not None else 0) for c in column)
            ws.column_dimensions[get_column_letter(i)].width = min(max(10, width + 2), 60)
        for row in ws.iter_rows(min_row=2):
            for c in row:
                if isinstance(c.value, dt.datetime):
                    c.number_format = "yyyy-mm-dd hh:mm:ss"
                elif isinstance(c.value, dt.date):
                    c.number_format = "yyyy-mm-dd"
    text_only(book)  # a customer's "=cmd|…" is their text, never a formula
    path.parent.mkdir(parents=True, exist_ok=True)
    leftovers.clean(path.parent)  # the temporary file of an export that was killed
    # written whole under a temporary name, then renamed: a kill leaves the old export or none
    temp = path.with_name(f".{path.name}.{os.getpid()}.0.part")
    try:
        book.save(temp)
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return path
