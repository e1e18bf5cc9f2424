"""The register as a spreadsheet: one sheet of documents, one of the case log."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .. import leftovers
from ..terms import Severity
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


def register_sheets(book: Any, docs: Iterable[Document], log: Iterable[Event], *, lang: str = "zh") -> None:
    """The register's two sheets in a write-only workbook: its documents, then its case log."""
    from ..reports.workbook import stream_sheet

    zh = lang == "zh"
    stream_sheet(
        book,
        "登记簿" if zh else "Register",
        [head_zh if zh else head_en for _, head_zh, head_en in COLUMNS],
        (([cell(doc, key, lang) for key, _, _ in COLUMNS], None) for doc in docs),
    )
    stream_sheet(
        book,
        "案件日志" if zh else "Case log",
        ["编号", "种类", "时间", "事件", "说明"] if zh else ["Number", "Kind", "At", "Event", "Detail"],
        (([e.number, e.kind, e.at, e.label(lang), e.detail], None) for e in log),
    )


def save_atomically(book: Any, path: Path) -> Path:
    """Save ``book`` to ``path``: written whole under a temporary name, then renamed, so a kill
    leaves the old export or none (never half a file)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    leftovers.clean(path.parent)  # the temporary file of an export that was killed
    temp = path.with_name(f".{path.name}.{os.getpid()}.0.part")
    try:
        book.save(temp)
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return path


def write_xlsx(path: Path, docs: Iterable[Document], log: Iterable[Event], *, lang: str = "zh") -> Path:
    """Write ``path`` (.xlsx) with the documents and the case log; the path written.

    Streamed (openpyxl's write-only mode): each sheet has a bold, frozen heading, filters,
    widths from its contents, dates as dates; no user text ever becomes a formula.
    """
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    register_sheets(book, docs, log, lang=lang)
    return save_atomically(book, path)
