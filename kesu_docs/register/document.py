"""A registered document and the case log's entries, as the register hands them out."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from ..values import Term


class DocumentStatus(Term):
    """Where a number stands: issued, voided (kept, never reused), or re-printed."""

    ISSUED = "issued", "已编号"
    VOID = "void", "作废"
    REPRINTED = "re-printed", "补印"


@dataclass
class Document:
    """One numbered document. ``created`` is True only on the :meth:`Register.issue` that made it.

    Times are aware datetimes in local time; ``issued_at`` never changes (a re-print keeps it).
    """

    kind: str
    number: str
    period: str  # YYYYMM of the document's own date
    status: str  # a DocumentStatus key: issued | void | re-printed
    source: str
    source_hash: str
    record: dict[str, Any]  # the record as JSON, its number filled in
    document_date: dt.date
    issued_at: dt.datetime
    serial: int | None = None  # None: the document arrived already numbered
    void_reason: str | None = None
    voided_at: dt.datetime | None = None
    reprints: int = 0
    reprinted_at: dt.datetime | None = None
    customer: str | None = None
    part_no: str | None = None
    severity: str | None = None
    responsible_unit: str | None = None
    due_date: dt.date | None = None
    closed_date: dt.date | None = None
    revision: int = 1  # the revision this describes (the current one, unless superseded_by)
    order_no: str | None = None
    lot_no: str | None = None
    case_number: str | None = None  # the complaint an 8D, return note or allowance certificate is for
    id: int | None = field(default=None, repr=False)
    created: bool = False
    # what the last issue() did with it: a new revision (with its changes); found by natural key;
    # a source of an earlier revision (the current revision is superseded_by)
    revised: bool = False
    same_case: bool = False
    changes: list[list[Any]] = field(default_factory=list, repr=False)
    superseded_by: int | None = None

    @classmethod
    def from_row(cls, row: Any, created: bool = False) -> Document:
        """A document from a ``documents`` row (times turned to local time); a row of only some
        columns (:meth:`Register.documents` ``fields=``) gives a document of only those, the
        others None."""
        # one dict rather than a Row look-up per column (100,000 rows a report)
        m = row._asdict() if hasattr(row, "_asdict") else vars(row)
        get = m.get
        issued_at, voided_at, reprinted_at = get("issued_at"), get("voided_at"), get("reprinted_at")
        return cls(
            kind=m["kind"],
            number=m["number"],
            period=get("period"),
            status=m["status"],
            source=get("source"),
            source_hash=get("source_hash"),
            record=get("record"),
            document_date=get("document_date"),
            issued_at=issued_at.astimezone() if issued_at is not None else None,  # type: ignore[arg-type]
            serial=get("serial"),
            void_reason=get("void_reason"),
            voided_at=voided_at.astimezone() if voided_at is not None else None,
            reprints=get("reprints") or 0,
            reprinted_at=reprinted_at.astimezone() if reprinted_at is not None else None,
            customer=get("customer"),
            part_no=get("part_no"),
            severity=get("severity"),
            responsible_unit=get("responsible_unit"),
            due_date=get("due_date"),
            closed_date=get("closed_date"),
            revision=get("revision") or 1,
            order_no=get("order_no"),
            lot_no=get("lot_no"),
            case_number=get("case_number"),
            id=get("id"),
            created=created,
        )

    @property
    def issued_date(self) -> dt.date:
        """The original issue date, printed on re-prints."""
        return self.issued_at.date()

    @property
    def is_void(self) -> bool:
        return self.status == DocumentStatus.VOID

    @property
    def case_status(self) -> str:
        """``open`` until the record carries a closed date, then ``closed``."""
        return "closed" if self.closed_date else "open"

    def status_label(self, lang: str = "zh") -> str:
        status = DocumentStatus.lookup(self.status)
        if status is None:
            return self.status
        return status.zh if lang == "zh" else status.value


# this module's codes in the message catalogue (problems.py reads them on first look-up): the
# case-log lines the register keeps as facts (:func:`facts`), worded when shown
MESSAGES: dict[str, tuple[str, str]] = {
    "event_printed": (
        "第 {revision} 版 {mark}{reprint}，联 {copies} → {output}",
        "revision {revision}, {mark}{reprint}, copies {copies} → {output}",
    ),
    "event_revised": (
        "修订 {revision}：{changes}{by_key}{source}",
        "revision {revision}: {changes}{by_key}{source}",
    ),
    "event_revised_nothing": ("（内容未变）", "(nothing changed)"),
    "event_revised_by_key": (
        "（表上无编号，按客户、日期、料号等认定为同一案件）",
        " (no number on the form: taken for the same case by its customer, dates, part number…)",
    ),
}
# a print's mark in the case log's words
PRINT_MARKS = {
    "original": ("原件", "original"),
    "reprint": ("补印", "re-print"),
    "void": ("作废件", "void copy"),
    "void-reprint": ("作废件补印", "void copy re-print"),
}
FACTS = '{"say": '
"""How a case-log line kept as facts starts (:func:`facts`); any other is a sentence kept as written."""


def facts(say: str, **values: Any) -> str:
    """A case-log line as facts (``printed``, ``revised``: its keys and values), stored as JSON
    and worded when shown, in the reader's language (:meth:`Event.detail_in`)."""
    return json.dumps({"say": say, **values}, ensure_ascii=False, default=str)


def _worded(kind: str, kept: dict[str, Any], lang: str) -> str:
    """The facts of a case-log line in ``lang`` (KeyError, TypeError, ValueError: not facts of ours)."""
    i = 0 if lang == "zh" else 1
    say = kept["say"]
    if say == "printed":
        reprint = kept.get("reprint_no")
        return MESSAGES["event_printed"][i].format(
            revision=kept["revision"],
            mark=PRINT_MARKS[kept["mark"]][i] if kept["mark"] in PRINT_MARKS else kept["mark"],
            reprint=f" {reprint}" if reprint else "",
            copies=kept["copies"],
            output=kept["output"],
        )
    if say == "revised":
        changes = describe_changes(kind, kept["changes"], lang) or MESSAGES["event_revised_nothing"][i]
        return MESSAGES["event_revised"][i].format(
            revision=kept["revision"],
            changes=changes,
            by_key=MESSAGES["event_revised_by_key"][i] if kept.get("by_key") else "",
            source=f" ← {kept['source']}" if kept.get("source") else "",
        )
    raise KeyError(say)


# the register's own events in Chinese; the ones later steps log (reminder …) print as logged
_EVENT_ZH = {
    "issued": "编号",
    "void": "作废",
    "re-printed": "补印",
    "amended": "修改",
    "revised": "修订",
    "printed": "打印",
}


class _Detail:
    """:attr:`Event.detail`: kept as stored (:attr:`Event.stored`); read, a line kept as facts
    is its Chinese words, worded then — not as the event is made: a page in English words
    its lines in English only (:meth:`Event.detail_in`), and one that shows a few lines of a
    long log words those few."""

    def __get__(self, obj: Any, owner: Any = None) -> str:
        if obj is None:
            return ""  # the field's default
        return obj.detail_in("zh")

    def __set__(self, obj: Any, value: str) -> None:
        obj.__dict__["_stored"] = value


@dataclass(frozen=True)
class Event:
    """One line of the case log: when, what, and a free detail."""

    number: str
    kind: str
    at: dt.datetime
    event: str  # issued | void | re-printed | revised | printed | anything a later step logs
    # as stored; a line kept as facts reads as its Chinese words (:meth:`detail_in`)
    detail: _Detail = _Detail()
    actor: str | None = None  # who: the OS user, or --user

    @property
    def stored(self) -> str:
        """The detail as the register keeps it (a line kept as facts: their JSON)."""
        return str(self.__dict__.get("_stored", ""))

    def _kept(self) -> dict[str, Any] | None:
        """The facts the line was kept as, read once (None: a sentence kept as written)."""
        mine = self.__dict__
        if "_facts_kept" not in mine:
            kept = None
            if self.stored.startswith(FACTS):
                try:
                    kept = json.loads(self.stored)
                except ValueError:
                    kept = None
            mine["_facts_kept"] = kept if isinstance(kept, dict) else None
        return mine["_facts_kept"]

    @property
    def facts(self) -> dict[str, Any] | None:
        """The facts of a line kept as facts (of ours: they can be worded), else None."""
        kept = self._kept()
        return kept if kept is not None and self.detail_in("zh") is not self.stored else None

    def label(self, lang: str = "zh") -> str:
        """The event as a clerk reads it: ``编号`` for ``issued`` in Chinese."""
        return _EVENT_ZH.get(self.event, self.event) if lang == "zh" else self.event

    def detail_in(self, lang: str = "zh") -> str:
        """The detail in ``lang``: a line kept as facts worded in it (once per language, when
        first asked); a sentence an older register wrote (Chinese), a reason or a note as written."""
        mine = self.__dict__
        key = f"_in_{lang}"
        words = mine.get(key)
        if words is None:
            words = self.stored
            kept = self._kept()
            if kept is not None:
                try:
                    words = _worded(self.kind, kept, lang)
                except (KeyError, TypeError, ValueError, AttributeError):
                    words = self.stored  # not facts of ours (a reason typed so): the text as written
            mine[key] = words
        return str(words)


@dataclass(frozen=True)
class Revision:
    """One revision of a document as filed: its record, source, when and by whom, what changed."""

    number: str
    kind: str
    revision: int
    record: dict[str, Any]
    source: str
    source_hash: str
    at: dt.datetime
    actor: str | None
    changes: list[list[Any]]  # [[field, before, after], …] against the previous revision


@dataclass(frozen=True)
class Print:
    """One print of a document: which revision, who, when, what mark, which copies, into which file."""

    number: str
    kind: str
    revision: int
    at: dt.datetime
    actor: str | None
    mark: str  # original | reprint | void | void-reprint
    reprint_no: int | None
    copies: str
    output: str
    file_hash: str


# (attribute, zh heading, en heading): the register's columns as listed and exported
COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("number", "编号", "Number"),
    ("kind", "种类", "Kind"),
    ("period", "期间", "Period"),
    ("status", "状态", "Status"),
    ("document_date", "文件日期", "Document date"),
    ("customer", "客户", "Customer"),
    ("part_no", "料号", "Part no."),
    ("severity", "严重度", "Severity"),
    ("responsible_unit", "责任单位", "Responsible unit"),
    ("due_date", "应结案日", "Due date"),
    ("closed_date", "结案日期", "Closed date"),
    ("case_status", "结案状态", "Case"),
    ("issued_at", "编号时间", "Issued at"),
    ("reprints", "补印次数", "Re-prints"),
    ("void_reason", "作废原因", "Void reason"),
    ("source", "来源文件", "Source"),
    ("source_hash", "来源摘要", "Source hash"),
)


def records_not_void(docs: Sequence[Document]) -> list[tuple[str, dict[str, Any]]]:
    """(number, record) of ``docs`` but the void ones: what a rule is shown of a case's
    documents (:meth:`.lookups.Lookups.linked_records`)."""
    return [(doc.number, doc.record) for doc in docs if doc.status != DocumentStatus.VOID.value]


# ---------------------------------------------------------------------------------- revisions
def empty_value(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {}


def brief(value: Any, lang: str = "zh", limit: int = 40) -> str:
    if empty_value(value):
        return "（空）" if lang == "zh" else "(empty)"
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        text = "、".join(value)
    elif isinstance(value, (list, dict)):
        text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    else:
        text = str(value)
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def describe_changes(kind: str, changes: Sequence[Sequence[Any]], lang: str = "zh") -> str:
    """``原因分析：（空） → 回流焊…；结案日期：（空） → 2026-09-18`` for the case log."""
    from .. import forms  # (only when a revision is worded: the register opens without the forms)

    try:
        fields = forms.get(kind).fields
    except forms.UnknownKind:
        fields = {}
    parts = []
    for key, before, after in changes:
        meta = fields.get(key)
        label = meta.label(lang) if meta else key
        colon = "：" if lang == "zh" else ": "
        parts.append(f"{label}{colon}{brief(before, lang)} → {brief(after, lang)}")
    return ("；" if lang == "zh" else "; ").join(parts)
