"""8D discipline blocks: headings, the block under each, and what is written inside it.

Other companies lay an 8D out in blocks, one per discipline, each opened by a heading —
``D2 Problem Description``, ``D4 – Root Cause``, ``二、问题描述``, ``【D3】…``,
``一、緊急處置 (D3)`` — or by the discipline written vertically in a left column
(``D1`` over ``组`` ``建`` ``团`` ``队``, one character a line) with its text to the right
across a wide merge. What the reader needs from such a layout:

- **A vertical label** (:func:`vertical_label`) is read as the words it spells:
  ``"D1\\n组\\n建\\n团\\n队"`` → ``"D1 组建团队"``, a label, never a value ``组 建 团 队``.
- **A block** (:func:`block_of`) runs from its heading down to the next discipline heading;
  a heading standing left of its rows (the vertical label) spans them.
- **A table header inside another discipline's block is not this table's**
  (:func:`foreign_block`): ``永久对策 | 责任人 | 完成日期`` under ``D5`` is the corrective
  actions', even though 责任人 / 完成日期 also name columns of the D3 containment.
- **Label/value pairs inside a table's block are its rows** (:func:`block_rows`): ``ICA: …``
  and ``Verified %: …`` under ``D3``, ``PCA for Root Cause: …`` under ``D5``, a line of free
  text with ``Implemented: 22-Sep-2026`` beside it under ``D6``: a label naming the table's
  main column opens a row, labels of its other columns fill that row, free text in the block
  is the main column of a row of its own.

Everything read here is read with a "section" provenance of reduced confidence: a value
found through the block, not beside its own printed label, is always shown for checking.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from ..forms import describe
from ..lazy_re import lazy_re
from ..memos import memo
from ..values import halfwidth
from .boxes import Box, Provenance, noted_columns, side_notes
from .boxes import first_run as _first_run
from .boxes import joined as _joined
from .compound import option_caption
from .persons import COMPANY, INSTITUTION, person_field
from .steps import headings_name_options, keys_of_discipline
from .vocab import ENUMERATOR, discipline, norm

if TYPE_CHECKING:  # pragma: no cover
    from ..forms import FieldMeta

_CJK_CHAR = lazy_re(r"^[\u3400-\u9fff]$")
_HEAD_CODE = lazy_re(
    r"^\s*(?:[(（【\[]?\s*D\s*[0-8]\s*[)）】\]]?|[一二三四五六七八九十]{1,2}\s*[、.])\s*$", re.I
)

# a block's text read under its table's heading (its lines may be an instruction, another
# table's): three quarters as sure as the heading was found (anchor's ``_Page._section_sure``)
BLOCK_DOUBT = 0.75


# a discipline's block on a one-page form holds a few lines: a label or two and their values
_MOST_BOXES = 16


def vertical_label(text: Any) -> str | None:
    """A label written one character a line (``D1`` over ``组 建 团 队``, or ``D1 组`` over
    ``建 团 队`` as a PDF prints it) → the words it spells (``D1 组建团队``); None otherwise."""
    if not isinstance(text, str) or "\n" not in text:
        return None
    lines = [ln.strip() for ln in text.replace("\r", "").split("\n") if ln.strip()]
    if len(lines) < 2 or not all(_CJK_CHAR.match(ln) for ln in lines[1:]):
        return None
    first = lines[0]
    if _CJK_CHAR.match(first[-1:]) and (len(first) == 1 or re.search(r"\s", first) or discipline(first)):
        # "组" / "D1 组": the column's first character on the first line
        return first + "".join(lines[1:])
    if _HEAD_CODE.match(first) and len(lines) >= 3:
        return f"{first} {''.join(lines[1:])}"
    return None


def is_heading(page: Any, box: Box) -> bool:
    """A discipline heading of the page: ``D3 …``, ``(D3)`` after the name, a vertical ``D3``."""
    if box.empty or not isinstance(box.value, str) or not page.is_label(box):
        return False  # (the set look-up first: asked for every box of a page, issue 15)
    text = halfwidth(box.text).strip()
    return discipline(text) is not None and len(text) <= 90


def page_headings(page: Any) -> list[Box]:
    """The page's discipline headings (:func:`is_heading`), in the order of its boxes: worked
    out once a page (issue 15) while the boxes reading as labels stay as many (they only grow)."""
    return page.worked_out(
        "discipline headings", lambda: [b for b in page.boxes if is_heading(page, b)], len(page.stoppers)
    )


def _beside(head: Box, box: Box) -> bool:
    """Is ``box`` in ``head``'s block by its columns: under it, or right of a heading that
    spans several rows at the left (a vertical label)?"""
    if box.overlaps_x(head.x0, head.x1):
        return True
    return box.x0 >= head.x1 - 1e-6 and box.y0 < head.y1 - 1e-6 and head.height > 1.5 * box.height


def block_of(page: Any, head: Box) -> list[Box]:
    """The boxes of ``head``'s block, in page order: from the heading's own row (right of it)
    down to the next discipline heading (or a heading of no step, ``Step 9`` among D0 … D8:
    :func:`.steps.stray_steps`)."""
    stray = [b for b in page.boxes if id(b) in heads] if (heads := getattr(page, "stray_heads", ())) else []
    headings = [b for b in (*page_headings(page), *stray) if b is not head and b.y0 > head.y0 + 1e-6]
    if head.height > 1.5 * min((b.height for b in page.band_of(head) if b is not head), default=head.height):
        end = head.y1  # a heading spanning its rows at the left: its block is those rows
        end = min([end, *(b.y0 for b in headings if b.x0 <= head.x0 + 1e-6)])
    else:
        below = [b.y0 for b in headings if b.overlaps_x(head.x0, head.x1) or b.x0 <= head.x0 + 1e-6]
        end = min(below, default=float("inf"))
    out = [
        b
        for b in page.boxes
        if b is not head
        and head.y0 - 1e-6 <= b.y0 < end - 1e-6
        and (b.x0 >= head.x1 - 1e-6 if b.same_band(head) else b.y0 >= head.y1 - 1e-6 or _beside(head, b))
        and (b.overlaps_x(head.x0, float("inf")))
    ]
    return sorted(out, key=lambda b: (b.y0, b.x0))


_JOINED_DISCIPLINES = lazy_re(r"^\s*[(（【\[]?D\s*[0-8](?:\s*[/&]\s*D?\s*[0-8])+", re.I)


def _also_named(text: str, first: int) -> set[int]:
    """Every discipline a heading names: ``D5/D6 — Corrective action`` is D5's block and D6's
    (the actions and their implementation written in one block)."""
    m = _JOINED_DISCIPLINES.match(text)
    return {first} | ({int(d) for d in re.findall(r"[0-8]", m.group(0))} if m else set())


def discipline_keys(page: Any, number: int) -> frozenset[str]:
    """The fields a discipline number stands for on this form (``D3`` → the containment and
    the stock sorting: the fields of the form's section ``d3``, and what ``D3`` names)."""
    return keys_of_discipline(page.spec, page.vocab, number)


def foreign_block(page: Any, key: str, bands: Sequence[Sequence[Box]], i: int) -> bool:
    """Does band ``i`` lie in the block of a discipline heading that names other fields than
    ``key`` (a header row of the D5 block, asked by the D3 containment)?"""
    band = [b for b in bands[i] if not b.empty]
    if not band:
        return False
    top = min(b.y0 for b in band)
    left = min(b.x0 for b in band)
    right = max(b.x1 for b in band)
    above = [
        b
        for b in page_headings(page)
        if b.y0 <= top + 1e-6 and (b.overlaps_x(left, right) or (b.x1 <= left + 1e-6 and b.y1 > top + 1e-6))
    ]
    if not above:
        return False
    head = max(above, key=lambda b: (b.y0, b.x0))
    found = discipline(halfwidth(head.text))
    if found is None:
        return False
    own = discipline_keys(page, found[0])
    if not own or key in own:
        return False

    def named(k: str) -> int:  # the header's boxes that name a column of table ``k``
        vocab = page.column_vocabs.get(k)
        return sum(
            1
            for b in band
            if vocab is not None and isinstance(b.value, str) and (m := vocab.match(b.text)) and m[1] >= 0.85
        )

    # the block's own table reads this header at least as well ("永久对策 | 责任人 | 完成日期")
    return any(named(k) >= max(2, named(key)) for k in own)


@memo
@lru_cache(maxsize=65536)  # pure: asked of every box by every table of an 8D (issue 15)
def disciplines_named(text: str) -> frozenset[int]:
    """The disciplines a heading names: ``D5/D6 Corrective actions`` → {5, 6}, ``D3 …`` → {3}."""
    found = discipline(halfwidth(text))
    return frozenset() if found is None else frozenset(_also_named(halfwidth(text), found[0]))


def _other_discipline(text: str, head: str) -> bool:
    """Is ``text`` a heading of another discipline than ``head``'s?"""
    theirs = discipline(halfwidth(text))
    return theirs is not None and theirs[0] not in disciplines_named(head)


def _names_table(page: Any, key: str, box: Box) -> bool:
    """Is ``box`` a caption naming the table ``key`` itself (``暫時對策：`` beside its heading's
    ``D3``, the step's number and name in two boxes), so that the text beside it is the step's?"""
    if not page.is_label(box):
        return False
    hit = page.vocab.match(box.text)
    return hit is not None and hit[0] == key and hit[1] >= 0.85


def block_rows(
    page: Any,
    meta: FieldMeta,
    values: dict[str, Any],
    where: Any,
    taken: set[int],
    provenance: dict[str, Provenance],
    step_row: Callable[..., Any] | None = None,
) -> None:
    """A table written as label/value pairs (and free text) inside its discipline's block:
    ``ICA: … | Verified %: …`` under D3, ``Gate insert replaced… | Implemented: 22-Sep-2026``
    under D6. Only where the block names at least one column of the table by its label. A
    heading whose row ``step_row`` reads as a step table's row (its cells under the columns
    the table's header row names: :func:`.step_table.step_under_header`) is left to it."""
    columns = describe(meta.row_model)
    vocab = page.column_vocabs[meta.key]
    main = next((c for c, m in columns.items() if m.required and m.kind == "text"), None)
    # the table's discipline headings: by its label, or by the number alone ("D5 Choose and
    # Verify PCAs" names the corrective actions by its D5)
    heads = [
        b
        for b in page_headings(page)
        if any(meta.key in discipline_keys(page, n) for n in disciplines_named(b.text))
    ]
    if main is None or not heads:
        return
    people = person_field(columns[main])  # (a team's names: read apart, never one text)
    blocks = {
        id(head): [b for b in block_of(page, head) if not b.empty and id(b) not in taken] for head in heads
    }
    if any(
        isinstance(b.value, str) and option_caption(columns, b.text)
        for head in heads
        if id(head) not in taken and len(blocks[id(head)]) <= _MOST_BOXES
        for b in blocks[id(head)]
    ):
        # "Root Cause:" / "Escape Point:", "组长" / "成员": rows by option (option_rows) — also
        # when each stands in a block of its own ("D4 Root cause: …" / "D4 Escape: …")
        return
    if headings_name_options(page, [h for h in heads if id(h) not in taken], columns):
        # "D4 Root cause | … | Contribution 70%" / "D4 Escape point | … | 30%": a row by heading
        # (steps.option_headings), not the first heading's block alone and the others lost
        return
    for head in heads:
        if id(head) in taken:
            continue
        boxes = blocks[id(head)]
        if len(boxes) > _MOST_BOXES:
            continue  # a whole sheet under its heading (a workbook's D4 tab): not a block of a form
        if step_row is not None and step_row(page, head, columns, main, vocab, set(taken)) is not None:
            continue  # "D3 | Containment | … | Owner's name | X | stamp" under Step | Type | …: a row
        rows: list[dict[str, Any]] = []
        places: list[dict[str, Box]] = []
        labels: list[Box] = []
        consumed: set[int] = set()
        named = False
        notes = side_notes(boxes)
        kinds = {c: m.kind for c, m in columns.items()}
        noted = noted_columns(vocab, main, [b for b in boxes if id(b) in notes], kinds)
        # (``進度 100%`` at a step's line's end: a tracker's note; ``有效率 100%`` a column's own)
        consumed.update(i for i in notes if i not in noted)
        for box in boxes:
            if id(box) in consumed or (not isinstance(box.value, (str, int, float)) and box.value is None):
                continue
            if id(box) in noted:  # "… | 有效率 100%": the column's label and value, the step's row's
                column, note = noted[id(box)]
                named = True
                if not rows or column in rows[-1]:
                    rows.append({})
                    places.append({})
                rows[-1][column] = note
                places[-1][column] = box
                continue
            hit = vocab.match(box.text) if isinstance(box.value, str) else None
            col = hit[0] if hit is not None and hit[1] >= 0.85 else None
            if (
                col is None
                and isinstance(box.value, str)
                and not people
                and _names_table(page, meta.key, box)
            ):
                col = main  # "D3 | 暫時對策： | 在庫…": the step's name after its number, its text the step's
            if col is not None and isinstance(box.value, str) and _other_discipline(box.text, head.text):
                break  # "D6 Verification" under D5's text: the next block, not a column of D5's
            if col is not None and page.is_label(box):
                right, _next = page.right_of(box)
                filled = _first_run([b for b in right if not b.empty and id(b) not in taken])
                if not filled and col == main and len(disciplines_named(head.text)) > 1:
                    # "D5/D6 Corrective actions": the action chosen (D5) is the one implemented (D6)
                    filled = _first_run([b for b in right if not b.empty])
                if not filled or page.is_label(filled[0]):
                    continue
                named = True
                value = _joined(filled)  # ("98%" says its own unit)
                if col == main or not rows or col in rows[-1]:
                    rows.append({})
                    places.append({})
                rows[-1][col] = value
                places[-1][col] = filled[0]
                labels.append(box)
                consumed.update(id(b) for b in filled)
                continue
            if page.is_label(box) or not isinstance(box.value, str):
                if page.is_label(box):  # another label (not the table's): its value is its own
                    right, _next = page.right_of(box)
                    consumed.update(id(b) for b in _first_run([b for b in right if not b.empty]))
                continue
            text = box.value.strip()
            lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
            items = (
                [ENUMERATOR.sub("", ln).strip() for ln in lines]
                if len(lines) > 1 and all(ENUMERATOR.match(ln) for ln in lines)
                else [text]
            )
            for item in items:
                if rows and main not in rows[-1]:
                    rows[-1][main] = item
                    places[-1][main] = box
                else:
                    rows.append({main: item})
                    places.append({main: box})
        if not named:
            continue
        # a row of labelled values without its main text ("Validation: …" under D6) is kept:
        # validation names the missing text at its place
        rows_kept = [(r, p) for r, p in zip(rows, places) if r]
        for k, (row, place) in enumerate(rows_kept):
            for col, box in place.items():
                path = f"{meta.key}[{k}].{col}"
                where[path] = box.location
                provenance[path] = Provenance(box.location, head.text, head.location, BLOCK_DOUBT, "section")
                taken.add(id(box))
        taken.update(id(b) for b in labels)
        values[meta.key] = [r for r, _p in rows_kept]
        kind_col = first_option_assumed(columns, values[meta.key])
        if kind_col is not None:  # "D4 | 根本原因：…": one cause, its type assumed (0.5), shown
            path = f"{meta.key}[0].{kind_col}"
            where[path] = head.location
            provenance[path] = Provenance(head.location, head.text, head.location, 0.5, "assumed")
        where.setdefault(meta.key, head.location)
        return


# a request addressed to the supplier: the company that prints it on its letterhead is the customer
_TO_SUPPLIER = lazy_re(r"(?i)(供应商|供應商|supplier).*(矫正|矯正|纠正|糾正|corrective|改善)|\bSCAR\b")


def letterhead_customer(
    page: Any, values: dict[str, Any], where: Any, provenance: dict[str, Provenance]
) -> None:
    """A supplier corrective action request (SCAR, 供應商矯正及預防措施要求單) is issued by the
    customer: the company name on its letterhead, alone on the line above the title, is the
    customer when no label names one. Read with low confidence: always shown for checking."""
    if "customer" not in page.fields or values.get("customer"):
        return
    boxes = sorted(
        (b for b in page.boxes if not b.empty and isinstance(b.value, str)), key=lambda b: (b.y0, b.x0)
    )
    title = next((b for b in boxes[:6] if _TO_SUPPLIER.search(halfwidth(b.text))), None)
    if title is None:
        _letter_sender(page, boxes, values, where, provenance)
        return
    above = [b for b in boxes if b.y1 <= title.y0 + 1e-6]
    if len(above) != 1:
        return
    head = above[0]
    text = head.text.strip()
    if "\n" in text or len(text) > 60 or not COMPANY.search(halfwidth(text)):
        return
    values["customer"] = text
    where["customer"] = head.location
    provenance["customer"] = Provenance(head.location, title.text.strip(), title.location, 0.6, "letterhead")


# a title naming the supplier's answer (an 8D report, a SCAR's response) / the customer's request itself
_ANSWER_TITLE = lazy_re(r"(?i)\b8D\b|\breport\b|\brespon[sd]|\brepl(?:y|ies)\b|报告|報告|回复|回覆|答复")
_REQUEST_TITLE = lazy_re(
    r"(?i)\brequest\b|要求|\bSCAR\b(?!\s*(?:[-–—:]\s*)?(?:respon[sd]|repl(?:y|ies)\b|answer|回复|回覆|答复))"
)


def scar_answered(page: Any, values: dict[str, Any], where: Any, provenance: dict[str, Provenance]) -> None:
    """A SCAR No. (a supplier corrective action request's number) is the report's own number on
    the customer's SCAR form itself (titled ``Supplier Corrective Action Request``) and the
    request it answers on the supplier's 8D (titled ``8D Report``, ``SCAR Response``): read as the
    report's number for want of a number label we know (``Supplier 8D No.``), under a title of
    the answer and naming no request, it is the complaint's number, and the report's own is left
    for the register (unread rather than the customer's number taken for ours)."""
    prov = provenance.get("number")
    if prov is None or values.get("complaint_number") or "complaint_number" not in page.fields:
        return
    seconds = {norm(a) for a in page.fields["complaint_number"].labels if getattr(a, "second", False)}
    if norm(prov.label) not in seconds:
        return
    read = {p.location for p in provenance.values()} | {p.label_location for p in provenance.values()}
    boxes = sorted(
        (b for b in page.boxes if not b.empty and isinstance(b.value, str) and b.location not in read),
        key=lambda b: (b.y0, b.x0),
    )
    title = next((b for b in boxes[:3] if not any(o is not b and o.same_band(b) for o in boxes)), None)
    if title is None:
        return
    text = halfwidth(title.text)
    if _REQUEST_TITLE.search(text) or not _ANSWER_TITLE.search(text):
        return
    values["complaint_number"] = values.pop("number")
    where["complaint_number"] = where.pop("number", prov.location)
    provenance["complaint_number"] = replace(provenance.pop("number"), how=prov.how + ":scar-answered")


def _letter_sender(
    page: Any, boxes: Sequence[Box], values: dict[str, Any], where: Any, provenance: dict[str, Provenance]
) -> None:
    """A complaint written as a letter (a salutation, a close, a body that complains:
    :func:`.letters.letter_unsigned_by_company`) signed by a person with no company under the
    close: the organisation on the letterhead — the page's first line, alone on it, above the
    salutation, a company or an institution by its name (``St. Luke's University Hospital``) — is
    the sender, the customer (the addressee, ``To: …``, is the supplier). Read with low confidence."""
    from .letters import letter_unsigned_by_company

    if not boxes or any(b is not boxes[0] and b.same_band(boxes[0]) for b in boxes):
        return
    start = letter_unsigned_by_company([(b.location, b.text) for b in boxes])
    if start is None or start == 0:
        return
    head = boxes[0]
    text = head.text.strip().split("\n")[0].strip()
    if len(text) > 60 or page.is_label(head) or re.search(r"[:：]", text):
        return
    if not (COMPANY.search(halfwidth(text)) or INSTITUTION.search(text)):
        return
    values["customer"] = text
    where["customer"] = head.location
    provenance["customer"] = Provenance(head.location, "", head.location, 0.6, "letterhead")


# ---------------------------------------------------------------------------------- the seller's letterhead
def _letterhead(page: Any) -> list[Box]:
    """The issuer's letterhead: the topmost company name on the page (its first line) and the
    boxes on its lines and the two lines under it, left-aligned with it (``Tax ID: …``, the
    address). Empty when the page does not begin with a company name."""
    boxes = sorted(
        (b for b in page.boxes if not b.empty and isinstance(b.value, str)), key=lambda b: (b.y0, b.x0)
    )
    if not boxes:
        return []
    heads = [  # on the page's first line, with no label before it (购货单位 | 苏州…有限公司 is a party row);
        # a title printed a little higher beside it (DEBIT MEMO at the right) starts the line too
        b
        for b in boxes
        if (b.same_band(boxes[0]) or b.y0 < boxes[0].y1 - 1e-6)
        and COMPANY.search(halfwidth(b.text.strip().split("\n")[0]))
        and not any(lab.box.same_band(b) and lab.box.x1 <= b.x0 + 1e-6 for lab in page.labels)
    ]
    if not heads:
        return []
    head = heads[0]
    line = max(head.height, 1e-6)
    return [head] + [  # (the company name first: the letterhead's name)
        b
        for b in boxes
        if b is not head
        and (
            b.same_band(head)
            or (b.y0 >= head.y1 - 1e-6 and b.y0 < head.y1 + 2.5 * line and abs(b.x0 - head.x0) < line)
        )
    ]


def letterhead_tax_id_labels(page: Any) -> None:
    """A tax id printed in the letterhead (``Tax ID: …`` under the company name, ``統一編號：…``
    beside it) is the issuer's, the seller's: never the buyer's, whose tax id stands in the
    buyer's block. The page's labels are changed in place."""
    if "seller.tax_id" not in page.fields or "buyer_tax_id" not in page.fields:
        return
    head = {id(b) for b in _letterhead(page)}
    if not head:
        return
    moved = []
    for lab in page.labels:
        if lab.key == "buyer_tax_id" and id(lab.box) in head:
            moved.append(lab)
    for lab in moved:
        page.labels.remove(lab)
        if not any(other.key == "seller.tax_id" and other.box is lab.box for other in page.labels):
            page.labels.append(type(lab)(lab.box, "seller.tax_id", lab.score))


def letterhead_name(page: Any, provenance: dict[str, Any]) -> tuple[list[Any], Any, str] | None:
    """The letterhead's boxes, its first box and that box's first line: the company name a form
    prints at its top, when it is no label, no field took it already (the customer's, on a form
    the customer sends) and it is short enough to be a name."""
    head = _letterhead(page)
    if not head:
        return None
    name = head[0]
    if page.is_label(name) or any(lab.box is name and lab.score >= 0.8 for lab in page.labels):
        return None
    text = name.text.strip().split("\n")[0].strip()
    if len(text) > 60 or any(p.location == name.location for p in provenance.values()):
        return None
    return head, name, text


def letterhead_seller(
    page: Any, values: dict[str, Any], where: Any, provenance: dict[str, Provenance]
) -> None:
    """The company name on the letterhead of a form the seller issues (a credit memo, a
    折讓單) is the seller's name when no label names it. Read with low confidence: always shown
    for checking."""
    if "seller.name" not in page.fields or (values.get("seller") or {}).get("name"):
        return
    found = letterhead_name(page, provenance)
    if found is None:
        return
    _head, name, text = found
    values.setdefault("seller", {})
    if not isinstance(values["seller"], dict):
        return
    values["seller"]["name"] = text
    where["seller.name"] = name.location
    provenance["seller.name"] = Provenance(name.location, "", name.location, 0.6, "letterhead")


def first_option_assumed(columns: dict[str, FieldMeta], rows: list[dict[str, Any]]) -> str | None:
    """One text read under a table's heading whose rows need a kind (a root cause's type): the
    kind's first option, the table's plain sense (the root cause is why the defect occurred;
    its escape is always named as such), written into the row; its column, or None. Read
    with a confidence of 0.5, so that the field is warned, never silently guessed."""
    if len(rows) != 1:
        return None
    choice = next(
        (
            c
            for c, m in columns.items()
            if m.kind == "term" and m.required and m.term is not None and c not in rows[0]
        ),
        None,
    )
    if choice is None:
        return None
    term = columns[choice].term
    if term is None:
        return None
    rows[0][choice] = next(iter(term)).value
    return choice
