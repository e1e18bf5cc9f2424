"""The register as a spreadsheet: one sheet of documents, one of the case log."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from .. import leftovers
from ..reports.marks import REGISTER_SHEETS
from ..terms import Severity
from .document import COLUMNS, Document, Event

_LABELS: dict[tuple[str, str, str], str] = {}  # (column, stored value, lang) -> as printed


def _label(doc: Document, key: str, value: str, lang: str) -> str:
    """A status or severity as printed, looked up once per value (a term's lookup is slow)."""
    found = _LABELS.get((key, value, lang))
    if found is None:
        if key == "status":
            found = doc.status_label(lang)
        else:
            term = Severity.lookup(value)  # stored by its key (general), printed as the form does (一般)
            found = term.zh if term is not None else value
        _LABELS[(key, value, lang)] = found
    return found


def cell(doc: Document, key: str, lang: str = "zh") -> Any:
    """One column of a document as a spreadsheet cell (dates stay dates; times lose their zone)."""
    value = getattr(doc, key)
    if key == "status":
        return _label(doc, key, value, lang)
    if key == "case_status":
        return {"open": "处理中", "closed": "已结案"}[value] if lang == "zh" else value
    if key == "severity" and value and lang == "zh":
        return _label(doc, key, value, lang)
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None, microsecond=0)  # Excel has no time zones
    return value


LOG_HEADINGS = {
    "zh": ("编号", "种类", "时间", "事件", "说明"),
    "en": ("Number", "Kind", "At", "Event", "Detail"),
}


def log_values(e: Event, lang: str = "zh") -> list[Any]:
    """A line of the case log as the export's cells."""
    return [e.number, e.kind, e.at.replace(tzinfo=None, microsecond=0), e.label(lang), e.detail_in(lang)]


# The cells of the register sheet and the case log whose words change with the language (a
# register keeps its rows as the Chinese export writes them: reports/sheet_rows.py), and what
# each is made of, read beside the kept rows (:func:`.queries.worded`): a document's status,
# severity and closed date; a log line's event, and its detail (kept as facts: worded in the
# export's language) with its document's kind. The few words a register holds are made once each.
WORDED: dict[str, tuple[int, ...]] = {
    "register": tuple(
        i for i, (key, _, _) in enumerate(COLUMNS) if key in ("status", "severity", "case_status")
    ),
    "log": (3, 4),
}


def worded_values(sheet: str, found: Sequence[Any], lang: str) -> list[Any]:
    """A row of ``sheet`` (``register``, ``log``) holding only its :data:`WORDED` cells in
    ``lang``, made by the rules of the whole row from ``found`` (a row of
    :func:`.queries.worded` less its key)."""
    if sheet == "register":
        status, severity, closed = found
        from .queries import Row

        row = Row(
            kind="", number="", status=status, severity=severity, closed_date=dt.date.min if closed else None
        )
        doc = Document.from_row(row)
        full = document_values(doc, lang)
        width = len(COLUMNS)
    else:
        event, detail, kind = found
        full = log_values(Event("", kind, dt.datetime.min, event, detail), lang)
        width = len(full)
    return [full[i] if i in WORDED[sheet] else None for i in range(width)]


def document_headings(lang: str = "zh") -> list[str]:
    """The register sheet's headings (one a column of :data:`.document.COLUMNS`)."""
    return [head_zh if lang == "zh" else head_en for _, head_zh, head_en in COLUMNS]


def document_values(doc: Document, lang: str = "zh") -> list[Any]:
    """A document as the register sheet's cells."""
    return [cell(doc, key, lang) for key, _, _ in COLUMNS]


def log_headings(lang: str = "zh") -> list[str]:
    """The case log sheet's headings."""
    return list(LOG_HEADINGS[lang if lang in LOG_HEADINGS else "en"])


def first_widths(
    docs: Sequence[Document], log: Sequence[Event], lang: str = "zh"
) -> tuple[list[float], list[float]]:
    """The register sheet's and the case log's column widths from their first rows in ``lang``, as
    :meth:`~kesu_docs.reports.sheetxml.StreamedBook.sheet` sizes a sheet (the kept frame's export
    writes them in: reports/tracking.py)."""
    from ..reports.sheetxml import WIDTH_SAMPLE, column_widths

    return (
        column_widths(document_headings(lang), [document_values(d, lang) for d in docs[:WIDTH_SAMPLE]]),
        column_widths(log_headings(lang), [log_values(e, lang) for e in log[:WIDTH_SAMPLE]]),
    )


SHEETS = REGISTER_SHEETS
"""The register's two sheets, its documents' and its case log's, by language."""


def register_sheets(
    book: Any,
    docs: Sequence[Document],
    log: Sequence[Event],
    *,
    lang: str = "zh",
    counts: tuple[int, int] | None = None,
    stored: tuple[Any, Any] = (None, None),
    widths: Sequence[Any] = (None, None),
) -> tuple[Any, Any]:
    """The register's two sheets in a :class:`~kesu_docs.reports.sheetxml.StreamedBook`: its
    documents, then its case log; their bodies. ``stored``: each sheet's rows written ahead
    (:mod:`kesu_docs.reports.sheet_rows`; ``docs`` and ``log`` then hold only the first rows, for
    the widths, and ``counts`` how many rows there are). Both sheets' rows are deflated in
    segments (:data:`~kesu_docs.reports.sheetxml.SEGMENT_ROWS`), which the register keeps."""
    names = SHEETS["zh" if lang == "zh" else "en"]
    doc_count, log_count = counts if counts is not None else (len(docs), len(log))
    documents = book.sheet(
        names[0],
        document_headings(lang),
        ((document_values(doc, lang), None) for doc in docs),
        doc_count,
        refs=False,
        stored=stored[0],
        segmented=True,
        widths=widths[0],
    )
    case_log = book.sheet(
        names[1],
        log_headings(lang),
        ((log_values(e, lang), None) for e in log),
        log_count,
        refs=False,
        stored=stored[1],
        segmented=True,
        widths=widths[1],
    )
    return documents, case_log


def save_atomically(book: Any, path: Path, check: Callable[[], object] | None = None) -> Path:
    """Save ``book`` to ``path``: written whole under a temporary name, then renamed, so a kill
    leaves the old export or none (never half a file); ``check()`` right before the rename (a
    refusal there leaves ``path`` as it is)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    leftovers.clean(path.parent)  # the temporary file of an export that was killed
    return leftovers.written_whole(path, book.save, check)  # never a link planted under a name it could guess


def write_xlsx(path: Path, docs: Sequence[Document], log: Sequence[Event], *, lang: str = "zh") -> Path:
    """Write ``path`` (.xlsx) with the documents and the case log; the path written.

    Streamed (:mod:`kesu_docs.reports.sheetxml`): each sheet has a bold, frozen heading,
    filters, widths from its contents, dates as dates; no user text ever becomes a formula.
    """
    from ..reports.sheetxml import StreamedBook, paused_gc

    with paused_gc():
        book = StreamedBook(stamp=dt.date.today())
        register_sheets(book, docs, log, lang=lang)
        return save_atomically(book, path)
