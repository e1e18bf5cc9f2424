"""A complaint sent as a letter in prose, not as a form (issue 10, holdout21's mail-merged letter).

A customer's quality department sometimes writes (or mail-merges from its own system) a
letter instead of filling a complaint sheet: a letterhead, a date line (``Leeds, 5 March
2026``), ``Our reference: SQ-2026-0187``, ``Dear Sir or Madam``, the part, lot, order and
quantities inside sentences, ``We request the replacement …``, ``Yours faithfully`` and a
signature block. No label stands beside any value, so the form reader finds none and would
only say "not a recognised form".

What a clerk needs is the case registered with what the letter states, and told plainly that
it came from prose. So a page is read as a letter only when it is one beyond doubt — a
salutation (``Dear …``), a complimentary close (``Yours faithfully``, ``Kind regards`` …) and a
body that complains (``complaint``, ``defect``, ``rejected``, ``nonconforming``) — and only the
values the letter states in a fixed phrase are taken (``Our reference:``, ``part no. X (name)``,
``lot X``, ``purchase order X``, ``N pcs delivered``, ``N pcs show …``, ``we request the …``,
the signature's company). Every one carries a ``low_confidence`` warning (read from a
sentence, never from a labelled box) and the document a ``complaint_letter`` warning saying it
is a letter; what the letter does not state stays empty and the form's usual errors say so
(the handling, the person who received it …). Nothing is guessed from a sentence that is not
one of those phrases: a date in the body (``your 8D report by 31 March 2026``) is no field.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from ..lazy_re import lazy_re
from ..problems import Problem
from ..validation import Locations, labels_for
from ..values import halfwidth
from .boxes import Provenance
from .results import Extraction
from .sections import _COMPANY

MESSAGES: dict[str, tuple[str, str]] = {
    "complaint_letter": (
        "这是一封投诉信（信件正文），不是客户抱怨处理单：已从信中固定的说法读取 {count} 个值，每个都请核对；"
        "信中没有写明的栏位请按信补填，或请客户填写客户抱怨处理单",
        "This is a complaint letter (prose), not a complaint form: {count} value(s) were read from the "
        "letter's set phrases, check each; fill in what the letter does not state, or ask the customer "
        "for a filled complaint form",
    ),
}

LETTER_DOUBT = 0.6  # a value read out of a sentence: always shown for checking

_SALUTATION = lazy_re(r"(?i)^(?:dear\b.{0,60}|to whom it may concern)[,:]?$")
_CLOSE = lazy_re(
    r"(?i)^(?:yours\s+(?:faithfully|sincerely|truly)|(?:kind|best|warm)\s+regards|regards|sincerely"
    r"|with\s+(?:kind|best)\s+regards)[,.]?$"
)
_COMPLAINS = lazy_re(
    r"(?i)\b(?:complaint|complain|defects?|defective|rejected|reject|non-?conform\w*|nonconform\w*|"
    r"faulty|failures?)\b"
)
_DATE = (
    r"\d{1,2}(?:st|nd|rd|th)?\.?\s+[A-Za-z]{3,9}\.?,?\s+\d{4}|[A-Za-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
    r"|\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./]\d{1,2}[./]\d{4}"
)
# a date line: the date alone, or after the town it was written in ("Leeds, 5 March 2026")
_DATE_LINE = lazy_re(rf"^(?:[^\d,]{{2,40}},\s*)?(?:date[:：]?\s*)?({_DATE})$", re.I)
_CODE = r"([A-Z0-9][A-Za-z0-9\-/_.]*\d[A-Za-z0-9\-/_]*)"
_REFERENCE = lazy_re(rf"(?i)^(?:our\s+ref(?:erence)?\.?|ref(?:erence)?\.?)(?:\s*no\.?)?\s*[:：]\s*{_CODE}$")
_PART = lazy_re(rf"(?i)\bpart\s*(?:no\.?|number|#)\s*[:：]?\s*{_CODE}(?:\s*\(([^()]{{2,40}})\))?")
_LOT = lazy_re(rf"(?i)\b(?:lot|batch)\s*(?:no\.?|number|#)?\s*[:：]?\s*{_CODE}")
_ORDER = lazy_re(rf"(?i)\b(?:purchase\s+order|p\.?\s?o\b\.?)\s*(?:no\.?|number|#)?\s*[:：]?\s*{_CODE}")
_QTY = r"(?<![\d.,])(\d{1,3}(?:[,\s]\d{3})+|\d+)\s*(pcs|pieces|parts|units|pc|ea)\b\.?"
_DELIVERED = lazy_re(rf"(?i){_QTY}\s+(?:were\s+|was\s+)?(?:delivered|shipped|received|supplied)\b")
# "37 pcs are defective" first; else "150 pcs show …" (never "have": "500 pcs have been delivered")
_DEFECTIVE = lazy_re(
    rf"(?i){_QTY}\s+(?:are|were)\s+(?:found\s+)?(?:to\s+be\s+)?(?:rejected|defective|faulty|"
    rf"nonconforming|non-conforming)(?P<defect>)"
)
_SHOWING = lazy_re(
    rf"(?i){_QTY}\s+(?:show|shows|showed|exhibit|exhibits|exhibited)\s+(?P<defect>[^.;]*(?:\.\d[^.;]*)*)"
)
# a copy's, an enclosure's line below the signature: never the signing company
_NOT_SIGNATURE = lazy_re(r"(?i)^(?:cc|bcc|c\.c\.|encl(?:osures?)?\.?|attachments?)\b")
_REQUEST = lazy_re(r"(?i)\bwe\s+(?:hereby\s+)?(?:request|ask\s+for|require|expect|demand)\b([^.]*)")

# the fields read and the phrase each is read from (shown as the value's "label")
_ANCHORS = {
    "received_date": ("信的日期", "letter date"),
    "number": ("Our reference", "Our reference"),
    "part_no": ("part no.", "part no."),
    "part_name": ("part no. (…)", "part no. (…)"),
    "lot_no": ("lot", "lot"),
    "order_no": ("purchase order", "purchase order"),
    "ship_qty": ("… pcs delivered", "… pcs delivered"),
    "defect_qty": ("… pcs show / are rejected", "… pcs show / are rejected"),
    "description": ("… pcs show …", "… pcs show …"),
    "customer_request": ("we request …", "we request …"),
    "customer": ("签名的公司", "signature company"),
}


def _lines(words: Sequence[Any]) -> list[tuple[int, str]]:
    """The printed lines of the words (page, text), top to bottom, left to right within a line."""
    out: list[tuple[int, str]] = []
    rows: list[list[Any]] = []
    for w in sorted(words, key=lambda w: (w.page, w.top, w.x0)):
        last = rows[-1] if rows else None
        if last and last[0].page == w.page and abs(last[0].middle - w.middle) < 0.5 * (w.bottom - w.top):
            last.append(w)
        else:
            rows.append([w])
    for row in rows:
        out.append((row[0].page, " ".join(w.text for w in sorted(row, key=lambda w: w.x0)).strip()))
    return out


def _letter_parts(words: Sequence[Any]) -> tuple[list[tuple[int, str]], int, int] | None:
    """(lines, salutation's index, close's index) of a letter that complains, else None."""
    lines = _lines(words)
    start = next((i for i, (_p, t) in enumerate(lines) if _SALUTATION.match(t)), None)
    if start is None:
        return None
    end = next((i for i in range(start + 1, len(lines)) if _CLOSE.match(lines[i][1])), None)
    if end is None or end - start < 2:
        return None
    body = " ".join(t for _p, t in lines[start + 1 : end])
    if not _COMPLAINS.search(body) and not any(_COMPLAINS.search(t) for _p, t in lines[:start]):
        return None
    return lines, start, end


def is_complaint_letter(words: Sequence[Any]) -> bool:
    """Is the text a letter (a salutation, a close) complaining of parts?"""
    return _letter_parts(words) is not None


def _requests(text: str) -> list[str]:
    from ..forms.complaint import Request

    found: list[str] = []
    tokens = re.findall(r"[A-Za-z]+", text)
    for n, token in enumerate(tokens):
        for words in (" ".join(tokens[n : n + 2]), token):
            try:
                option = Request.lookup(words)
            except Exception:
                option = None
            if option is not None:
                if option.value not in found:
                    found.append(option.value)
                break
    return found


def read_letter(words: Sequence[Any], source: str) -> Extraction | None:
    """A complaint letter's values (see the module's doc), or None when the text is no such letter."""
    from .. import forms

    parts = _letter_parts(words)
    if parts is None:
        return None
    lines, start, end = parts
    head = lines[:start]
    body = " ".join(t for _p, t in lines[start + 1 : end])
    body = re.sub(r"(?<=\w)-\s+(?=[a-z])", "", body)  # a word hyphenated at a line's end
    values: dict[str, Any] = {}
    page: dict[str, int] = {}

    def take(path: str, value: Any, at: int) -> None:
        if value not in (None, "", []) and path not in values:
            values[path] = value
            page[path] = at

    first_page = lines[start][0]
    for p, text in head:
        m = _DATE_LINE.match(text)
        if m:
            take("received_date", m[1], p)
        m = _REFERENCE.match(text)
        if m and not re.match(r"(?i)your\b", text):
            take("number", m[1], p)
    subject = " ".join(t for _p, t in head) + " " + body  # "Re: … part no. X (name)" may head it
    m = _PART.search(subject)
    if m:
        take("part_no", m[1].rstrip("."), first_page)
        take("part_name", (m[2] or "").strip(), first_page)
    for path, pattern in (("lot_no", _LOT), ("order_no", _ORDER)):
        m = pattern.search(body)
        if m:
            take(path, m[1].rstrip("."), first_page)
    m = _DELIVERED.search(body)
    if m:
        take("ship_qty", f"{m[1]} pcs", first_page)  # (pieces, parts, units: counted alike)
    m = _DEFECTIVE.search(body) or _SHOWING.search(body)
    if m:
        take("defect_qty", f"{m[1]} pcs", first_page)
        take("description", (m["defect"] or "").strip(" ,"), first_page)
    m = _REQUEST.search(body)
    if m:
        take("customer_request", _requests(m[1]), first_page)
    signature = [(p, t) for p, t in lines[end + 1 :] if not _NOT_SIGNATURE.match(t)]
    signature = [(p, t) for p, t in signature if _COMPANY.search(halfwidth(t))]
    if signature:  # the first company line after the close: the signer's (a cc: below is another's)
        take("customer", signature[0][1], signature[0][0])
    if not any(k in values for k in ("part_no", "ship_qty", "defect_qty")):
        return None  # a reminder, a reply mentioning a complaint: no part, no quantity complained of
    spec = forms.get("complaint")
    locations = Locations()
    provenance: dict[str, Provenance] = {}
    problems: list[Problem] = []
    for path, value in values.items():
        anchor = _ANCHORS[path][1]
        at = f"p{page[path]} · {anchor}"
        locations[path] = at
        provenance[path] = Provenance(at, anchor, f"p{page[path]}", LETTER_DOUBT, "letter")
        zh, en = labels_for(spec, path)
        shown = ", ".join(value) if isinstance(value, list) else str(value)
        params = {"value": shown, "anchor": anchor, "confidence": f"{LETTER_DOUBT:.2f}"}
        problems.append(Problem("low_confidence", path, zh, en, at, "warning", params))
    locations.setdefault("", f"p{first_page}")
    problems.insert(
        0, Problem("complaint_letter", "", "", "", f"p{first_page}", "warning", {"count": len(values)})
    )
    return Extraction("complaint", values, locations, source, problems, provenance)
