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
