"""Lines grouped under their invoice's heading row.

A Taiwanese 銷貨折讓單 (and an ERP's credit list) may group the allowance's lines under the
invoice they reduce: between the column headings and the lines, one row alone holds the
invoice, ``發票 KH-26031155（2026/03/05）``, ``Invoice INV-2602-0917 (24 Feb 2026)``, and the
item names are indented under it. That row is no line of the table and no label beside a
value: it gives the form's original invoice number and date, and the lines under it are read
as the table's (:func:`invoice_headings` takes it out before the table is looked for).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..lazy_re import lazy_re
from ..validation import Locations
from .boxes import Box, Provenance

# the invoice's word, its number (letters then digits, a dash at times) and, in brackets, its date
_HEADING = lazy_re(
    r"(?i)^\s*(?:原\s*)?(?:發票|发票|統一發票|统一发票|invoice)\s*(?:號碼|号码|no\.?|#)?\s*[:：]?\s*"
    r"(?P<no>[A-Z]{0,4}[-\s]?\d[0-9A-Z-]{5,})\s*(?:[（(]\s*(?P<date>[^()（）]{6,24}?)\s*[)）])?\s*$"
)
_WORDS = ("發票", "发票", "nvoice", "NVOICE")
HEADING_CONFIDENCE = 0.85  # a row read as the lines' invoice: sure of its number, shown as read so


def invoice_headings(boxes: Sequence[Box]) -> tuple[Sequence[Box], list[tuple[Box, str, str]]]:
    """``boxes`` without the invoice heading rows, and each such row's (box, number, date).

    A heading row is one box alone on its printed row matching ``發票 <number>（<date>）``
    with a row below it (the lines it heads); anything else is left as it is (the same list)."""
    found: list[tuple[Box, str, str]] = []
    for box in boxes:
        text = box.text
        if not isinstance(text, str) or not any(w in text for w in _WORDS):
            continue
        m = _HEADING.match(text)
        if m is None:
            continue
        if any(o is not box and not o.empty and o.same_band(box) for o in boxes):
            continue  # "發票號碼 | KH-…": a label beside its value, read as such
        if not any(o.y0 >= box.y1 - 0.5 * box.height and not o.empty and o is not box for o in boxes):
            continue  # nothing under it: no lines headed
        found.append((box, m["no"].replace(" ", ""), (m["date"] or "").strip()))
    if not found:
        return boxes, []
    gone = {id(b) for b, _, _ in found}
    return [b for b in boxes if id(b) not in gone], found


def read_headings(
    found: list[tuple[Box, str, str]],
    fields: Any,
    values: dict[str, Any],
    where: Locations,
    provenance: dict[str, Provenance],
) -> None:
    """The first heading's invoice number and date into the form's original invoice fields, when
    no label gave them (several invoices: the first, its confidence lowered — the form names
    one original invoice, the clerk is told)."""
    if not found:
        return
    box, number, date = found[0]
    several = len({n for _, n, _ in found}) > 1
    confidence = 0.6 if several else HEADING_CONFIDENCE
    for path, value in (("invoice_no", number), ("invoice_date", date)):
        if path not in fields or not value or values.get(path) not in (None, ""):
            continue
        values[path] = value
        where[path] = box.location
        provenance[path] = Provenance(box.location, box.text, box.location, confidence, "invoice-heading")
