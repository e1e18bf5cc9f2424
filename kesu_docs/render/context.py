"""The variables a template sees: document control, the copies, and the record's printed values.

Template variables (see templates/README.md)::

    company, issuing_unit, effective_date        from the settings (kesu.toml)
    form.title_zh, form.title_en, form.code, form.revision, form.form_code, form.kind
    number                                       the document number
    status                                       "issued" | "void" | "reprint"
    void_reason, issued_date                     for a void document / a re-print
    reprint_no                                   补印 N (0: not a re-print; a void re-print keeps status void)
    revision, supersedes                         the document's revision; the one it supersedes (0: none)
    marks                                        the form's marks (内部文件 不得影印送客户)
    copies                                       each: ordinal, ordinal_zh, dept, colour, label
    rec.<field>                                  every field as printed; table fields are lists of rows
    label.<field>                                every field's Chinese label
    sections                                     for generic templates: each key, zh, en, fields
                                                 (each key, label_zh, label_en, kind, long, value,
                                                 columns for a table)
"""

from __future__ import annotations

import datetime as dt
import threading
from typing import Any

from ..config import Settings
from ..forms import Form, FormSpec, describe
from ..memos import memo
from .copy_parts import suffix
from .display import Printed, printed_fields, text, value_of

STATUSES = ("issued", "void", "reprint")
_STATUS_ALIASES = {"reprinted": "reprint", "re-printed": "reprint", "re-print": "reprint", "voided": "void"}


def status_of(status: str) -> str:
    """The canonical status; the register's ``re-printed`` reads as ``reprint``."""
    canonical = _STATUS_ALIASES.get(status, status)
    if canonical not in STATUSES:
        raise ValueError(f"unknown document status {status!r}: use one of {', '.join(STATUSES)}")
    return canonical


def _copies(spec: FormSpec, settings: Settings) -> list[Printed]:
    colours = settings.copy_colours
    out = []
    for i, copy in enumerate(spec.copies):
        colour = colours[i] if i < len(colours) else copy.colour
        out.append(
            Printed(
                ordinal=copy.ordinal,
                ordinal_zh=value_of(copy.ordinal_zh),
                dept=value_of(copy.dept),
                colour=value_of(colour),
                label=value_of(copy.label),
                part=suffix(i),
            )
        )
    return out


def _sections(spec: FormSpec) -> list[tuple[str, str, str, list[str]]]:
    """(key, zh, en, field keys) in print order (FormSpec.grouped)."""
    return [(s.key, s.zh, s.en, [m.key for m in s.fields]) for s in spec.grouped()]


class FormContext:
    """What every document of one form shares under one set of settings (built once)."""

    def __init__(self, spec: FormSpec, settings: Settings) -> None:
        self.spec = spec
        self.settings = settings
        self.fields = describe(spec.model)
        self.shared: dict[str, Any] = {
            "company": value_of(settings.company),
            "issuing_unit": value_of(settings.issuing_unit),
            "effective_date": value_of(str(settings.effective_date)),
            "form": Printed(
                kind=spec.kind,
                code=value_of(spec.code),
                revision=value_of(spec.revision),
                form_code=value_of(spec.form_code),
                title_zh=value_of(spec.title_zh),
                title_en=value_of(spec.title_en),
            ),
            # tuples: a template must not be able to change what the next document sees
            "marks": tuple(value_of(m) for m in spec.marks),
            "copies": tuple(_copies(spec, settings)),
            "label": Printed(**{k: value_of(m.label_zh) for k, m in self.fields.items()}),
        }
        self.section_keys = _sections(spec)

    def sections(self, rec: Printed) -> list[Printed]:
        """The fields by section with their printed values, for templates that loop over them."""
        out = []
        for key, zh, en, keys in self.section_keys:
            items = []
            for k in keys:
                meta = self.fields[k]
                columns = (
                    [
                        Printed(key=c, label_zh=value_of(cm.label_zh), label_en=value_of(cm.label_en))
                        for c, cm in describe(meta.row_model).items()
                    ]
                    if meta.row_model
                    else []
                )
                items.append(
                    Printed(
                        key=k,
                        label_zh=value_of(meta.label_zh),
                        label_en=value_of(meta.label_en),
                        kind=meta.kind,
                        long=meta.long,
                        rows=meta.rows,
                        value=getattr(rec, k),
                        columns=columns,
                    )
                )
            out.append(Printed(key=key, zh=value_of(zh), en=value_of(en), fields=items))
        return out

    def document(
        self,
        record: Form,
        number: str | None,
        status: str,
        issued_date: dt.date | None,
        void_reason: str | None,
        with_sections: bool = False,
        revision: int = 1,
        reprint_no: int = 0,
    ) -> dict[str, Any]:
        """The variables for one document."""
        rec = printed_fields(record, self.spec.model)
        if number is None:
            number = getattr(record, "number", None)
        context = dict(self.shared)
        context.update(
            number=value_of(text(number)),
            status=status_of(status),
            void_reason=value_of(text(void_reason)),
            issued_date=value_of(text(issued_date)),
            rec=rec,
            revision=revision,
            supersedes=revision - 1 if revision > 1 else 0,
            reprint_no=reprint_no,
        )
        if with_sections:
            context["sections"] = self.sections(rec)
        return context


_CACHE: dict[tuple[Any, ...], FormContext] = memo({})
_LOCK = threading.Lock()


def _printed_settings(settings: Settings) -> tuple[str, ...]:
    """What a form's shared context prints of the settings, as they are now: the company, the
    issuing unit, the effective date and the copies' colours."""
    return (settings.company, settings.issuing_unit, str(settings.effective_date), *settings.copy_colours)


def form_context(spec: FormSpec, settings: Settings) -> FormContext:
    """The shared part for a form under these settings, built once per process — keyed by what
    it prints of them, never by the object: a setting changed, in a new object (``kesu serve``
    reading kesu.toml again) or in the same, builds a new context, so no part of a document
    (its footer reused by the very objects it read: :meth:`.template._Part.render`) prints one
    made under the settings before."""
    key = (spec.kind, *_printed_settings(settings))
    hit = _CACHE.get(key)
    if hit is None or hit.spec is not spec:
        hit = FormContext(spec, settings)
        with _LOCK:
            if len(_CACHE) > 64:  # many throw-away Settings (tests): keep the cache small
                _CACHE.clear()
            _CACHE[key] = hit
    return hit
