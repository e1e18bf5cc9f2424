"""The document's own date named after the act of issuing it, where a field of the form is
worded alike: a Taiwanese 銷貨折讓單 prints 開立日期 (the date the note is issued) beside
發票日期 (the invoice's date). Both read as the invoice's date by their words (開立日期 is also
how an invoice's date is printed); the one named after the act is the document's own date when
the form has another label for that invoice date and none for its own date.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from .vocab import DATE_ACTS, norm


@lru_cache(maxsize=1)
def _acts() -> frozenset[str]:
    return frozenset(norm(t) for t in DATE_ACTS)


def own_date_labels(page: Any, label_type: type) -> list[Any]:
    """``page.labels`` with a date act's label (開立日期) moved to the document's own date
    field, where another date field has that label and a second label of its own."""
    spec = page.spec
    own = spec.date_field
    labels = page.labels
    if own not in page.fields or any(lab.key == own and lab.score >= 0.8 for lab in labels):
        return labels
    by_key: dict[str, list[Any]] = {}
    for lab in labels:
        meta = page.fields.get(lab.key)
        if meta is not None and meta.kind == "date" and lab.score >= 0.8:
            by_key.setdefault(lab.key, []).append(lab)
    for found in by_key.values():
        acts = [lab for lab in found if norm(lab.box.text) in _acts()]
        if len(acts) == 1 and len(found) >= 2:
            moved = acts[0]
            return [label_type(lab.box, own, lab.score) if lab is moved else lab for lab in labels]
    return labels


_BARE_DATE = frozenset({"date", "日期", "dated", "datum", "日付"})  # as norm() leaves them


def signer_dates(page: Any, label_type: type) -> list[Any]:
    """``Received by | Henry Wu | Date | 2026-03-11``: a bare ``Date`` on the row of a person's
    label (after it, on its right) is the date of that person's act — the one date field of the
    person field's section (签收人 → 签收日期), where no other label names that date field."""
    out: list[Any] = []
    labelled = {lab.key for lab in page.labels if lab.score >= 0.8}
    for box in page.boxes:
        if box.empty or not isinstance(box.value, str) or norm(box.text).lower() not in _BARE_DATE:
            continue
        left = [
            lab
            for lab in page.labels
            if lab.score >= 0.8
            and lab.box is not box
            and lab.box.same_band(box)
            and lab.box.x1 <= box.x0 + 1e-6
            and (meta := page.fields.get(lab.key)) is not None
            and meta.kind == "text"
        ]
        if not left:
            continue
        person = max(left, key=lambda lab: lab.box.x1)
        section = page.fields[person.key].section
        dates = [
            k
            for k, m in page.fields.items()
            if m.kind == "date" and m.section == section and section and "." not in k and "[" not in k
        ]
        if len(dates) == 1 and dates[0] not in labelled and dates[0] != person.key:
            out.append(label_type(box, dates[0], 0.85))
            labelled.add(dates[0])
    return out
