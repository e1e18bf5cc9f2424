"""The document's own date named after the act of issuing it, where a field of the form is
worded alike: a Taiwanese 銷貨折讓單 prints 開立日期 (the date the note is issued) beside
發票日期 (the invoice's date). Both read as the invoice's date by their words (開立日期 is also
how an invoice's date is printed); the one named after the act is the document's own date when
the form has another label for that invoice date and none for its own date.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from ..forms import describe
from ..lazy_re import lazy_re
from .boxes import Candidate, Label
from .vocab import DATE_ACTS, discipline, era_free, norm


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
    for key, found in by_key.items():
        acts = [lab for lab in found if norm(era_free(lab.box.text)) in _acts()]
        if len(acts) == 1 and len(found) >= 2:
            moved = acts[0]
            return [label_type(lab.box, own, lab.score) if lab is moved else lab for lab in labels]
        if acts and len(acts) == len(found):  # each copy of a two-part form has its own
            beside = {id(lab) for lab in acts if _beside_own_number(page, lab, key)}
            if len(beside) == len(acts):
                return [label_type(lab.box, own, lab.score) if id(lab) in beside else lab for lab in labels]
    return labels


_OWN_NUMBER = "number"  # every form's own number (DOMAIN §2)


def _gap(a: Any, b: Any) -> float:
    """The distance between two boxes' centres, each axis in the boxes' own units."""
    return abs((a.x0 + a.x1) - (b.x0 + b.x1)) / 2 + abs((a.y0 + a.y1) - (b.y0 + b.y1)) / 2


def _beside_own_number(page: Any, act: Any, key: str) -> bool:
    """``折讓單號 | AL-… `` then ``開立日期 | 2026/3/26`` with no invoice date anywhere: a date
    named after issuing belongs to the document whose number it stands nearest — the form's
    own number rather than the number of the thing the date field is named for
    (``invoice_date`` → ``invoice_no``, by their first word) — or whose number it follows on
    its row, the other number not on that row (a row is read as one: a print's rows lie
    closer than its columns, so its distances alone would say the row below). Without the
    form's own number on the page nothing moves."""
    stem = key.split("_")[0]
    mine = [lab.box for lab in page.labels if lab.key == _OWN_NUMBER and lab.score >= 0.8]
    theirs = [
        lab.box
        for lab in page.labels
        if lab.key != key
        and lab.key.split("_")[0] == stem
        and lab.score >= 0.8
        and (meta := page.fields.get(lab.key)) is not None
        and meta.kind != "date"
    ]
    if not mine or _OWN_NUMBER not in page.fields:
        return False
    if any(_before(b, act.box) for b in mine) and not any(b.same_band(act.box) for b in theirs):
        return True  # ``證明單號 | ZR-… | 開立日期 | …``, 原發票號碼 on a row below: its number's row
    near_mine = min(_gap(act.box, b) for b in mine)
    if all(near_mine < _gap(act.box, b) for b in theirs):
        return True
    # ``折讓單號 | ZR-… | 開立日期 | … | 原發票號碼 | …``: as far from both, a date read after the
    # number it belongs to — the form's own number before it on its row, the other after it
    # (as far within a twentieth: a print's labels are words of their own widths)
    ahead = [b for b in mine if _tied(_gap(act.box, b), near_mine) and _before(b, act.box)]
    return bool(ahead) and all(
        near_mine < _gap(act.box, b) or (_tied(near_mine, _gap(act.box, b)) and _before(act.box, b))
        for b in theirs
    )


def _tied(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=0.05)


def _before(a: Any, b: Any) -> bool:
    """``a`` ends left of ``b`` on its printed row."""
    return bool(a.same_band(b)) and a.x1 <= b.x0 + 1e-6


# -------------------------------------------------------------------------------- sign-off tables
_ACT_STEM = 6  # approver / approved_date, warehouse_receiver / received_date: "approve", "receive"


def _stem_shared(a: str, b: str) -> bool:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n >= _ACT_STEM


def act_date_of(page: Any, person: str) -> str | None:
    """The date field of a person's act: the one date of the person's group
    (``closure.approved_by`` → ``closure.closed_date``), or the date field named after the same
    act (``approver`` → ``approved_date``, ``warehouse_receiver`` → ``received_date``). A date
    that only shares the person's section (``reporter`` and ``received_date``) is no act of theirs."""
    dates = [k for k, m in page.fields.items() if m.kind == "date" and "[" not in k]
    group = person.rpartition(".")[0]
    if group:
        same = [k for k in dates if k.rpartition(".")[0] == group]
        return same[0] if len(same) == 1 else None
    words = person.split("_")
    named = [k for k in dates if "." not in k and any(_stem_shared(k.split("_")[0], w) for w in words)]
    return named[0] if len(named) == 1 else None


# ------------------------------------------------------------------------------------ sign-offs
# Every act signed on a form is found by one finder (:func:`sign_offs`): a signer — a person's
# label, or an 8D discipline whose column asks for a ``Name / Date`` — the fields of the act
# (who, and the date of the act: :func:`act_date_of`), and where the date stands relative to the
# signer. The layouts differ only in that last part:
BESIDE = "beside"  # Received by | Henry Wu | Date | 2026-03-11: a bare Date label on the signer's row
HEADED = "headed"  # Role | Name | Date over Approved by | Martin Kraus | 09-Mar-26
STACKED = "stacked"  # 製表 | 審核 | 核准 over a row of names over a row of dates
CAPTIONED = "captioned"  # D3 … | D8 … over Name / Date over the name and the date

BARE_DATE = frozenset({"date", "日期", "dated", "datum", "日付"})  # as norm() leaves them
BESIDE_SCORE = 0.85  # a Date label on the signer's row: the act's own label, only unnamed
SIGNOFF_SCORE = 0.7  # read through a header, a stack or a caption, not beside a label: shown for checking
_STRONG = 0.8  # a label this sure names its field (weaker ones neither sign nor claim a date)


@dataclass(frozen=True)
class SignOff:
    """One act signed on the form, as :func:`sign_offs` found it.

    ``fills`` pairs each field (or, for a step read as a table, each column) with the cell
    holding its value; a cell of None is a value read by anchoring, beside ``label`` (the bare
    Date label of :data:`BESIDE`). ``label`` is what the reading is shown under ("Approved by ·
    Date"); ``step`` the discipline's step field a caption signs for; ``spent`` the printed
    boxes the reading uses up (a ``Name / Date`` caption is no one's label afterwards)."""

    where: str
    label: Any
    fills: tuple[tuple[str, Any], ...]
    step: Any = None
    spent: tuple[Any, ...] = ()


def sign_offs(page: Any, taken: set[int], where: tuple[str, ...]) -> Iterator[SignOff]:
    """The acts signed on ``page`` whose dates stand ``where`` (:data:`BESIDE`, :data:`HEADED`,
    :data:`STACKED`, :data:`CAPTIONED`) relative to their signers, among the boxes not
    ``taken``. Lazily: a caller marking what it reads as taken is seen by the next act.

    A person's act's date is read only where its field has no label of its own on the form,
    and a bare Date label names one act's date (the second such label of the act stays
    unread, reported as such); a person under both a Date header and a stack is read by the
    header."""
    labelled = {lab.key for lab in page.labels if lab.score >= _STRONG}
    if CAPTIONED in where:
        yield from _captioned(page, taken)
    if BESIDE in where:
        for box in page.boxes:
            person = _signer_left_of(page, box) if _bare_date(box) else None
            if person is None:
                continue
            date_key = _act_date(page, person.key, by_section=True)
            if date_key is not None and date_key not in labelled and date_key != person.key:
                labelled.add(date_key)
                yield SignOff(BESIDE, box, ((date_key, None),))
    finders = [
        (kind, find)
        for kind, find in ((HEADED, _under_date_header), (STACKED, _stacked_under))
        if kind in where
    ]
    if not finders:
        return
    for person in _people(page, taken):
        date_key = _act_date(page, person.key, by_section=False)
        if date_key is None or date_key in labelled:
            continue
        for kind, find in finders:
            found = find(page, person.box, taken)
            if found is not None:
                place, caption = found
                yield SignOff(kind, _named(caption, person.box), ((date_key, place),))
                break


def sign_off_labels(page: Any) -> list[Label]:
    """``Received by | Henry Wu | Date | 2026-03-11``: each bare Date label on a signer's row as
    a label of the signer's act's date (:func:`sign_offs`, :data:`BESIDE`)."""
    return [Label(act.label, act.fills[0][0], BESIDE_SCORE) for act in sign_offs(page, set(), (BESIDE,))]


def sign_off_candidates(
    page: Any, values: dict[str, Any], where: Any, taken: set[int], provenance: dict
) -> list[Candidate]:
    """Candidates for the names and dates of the acts signed in a discipline's column, under a
    Date header or in a stack (:func:`sign_offs`); a step read as a table with one line or none
    gets its line's cells directly (:func:`_line_cell`)."""
    out: list[Candidate] = []
    for act in sign_offs(page, taken, (CAPTIONED, HEADED, STACKED)):
        for field, cell in act.fills:
            # (one label each: a label anchors one field, and a caption may ask for two)
            label = replace(act.label)
            step = act.step
            if step is None or step.kind == "group":
                path = field if step is None else f"{step.key}.{field}"
                order = (cell.y0, cell.x0, 0)
                out.append(Candidate(SIGNOFF_SCORE, path, cell.value, [cell], label, "signoff", order))
            elif step.kind == "table" and field in describe(step.row_model):
                _line_cell(step.key, field, cell, label, values, where, taken, provenance)
        taken.update(id(b) for b in act.spent)
    return out


def _bare_date(box: Any) -> bool:
    """A printed ``Date`` with nothing saying whose."""
    return not box.empty and isinstance(box.value, str) and norm(box.text).lower() in BARE_DATE


def holds_date(box: Any) -> bool:
    """Does ``box`` hold a date (a date cell, or a text that reads as one)?"""
    from ..values import parse_date

    if box.empty:
        return False
    try:
        return parse_date(box.value) is not None
    except ValueError:
        return False


def _named(caption: Any, signer: Any) -> Any:
    """The label a reading away from its signer is shown under, at ``caption`` (the header or
    caption it was read through, or the signer itself): ``Approved by · Date``."""
    said = caption.text.strip() if caption is not signer else "日期"
    return replace(caption, text=f"{signer.text.strip()} · {said}")


def _people(page: Any, taken: set[int]) -> list[Any]:
    """The labels of persons (a text field, surely named) not ``taken``: who may sign."""
    return [
        lab
        for lab in page.labels
        if lab.score >= _STRONG
        and id(lab.box) not in taken
        and (meta := page.fields.get(lab.key)) is not None
        and meta.kind == "text"
    ]


def _signer_left_of(page: Any, box: Any) -> Any | None:
    """The person's label nearest on ``box``'s left on its row, if any."""
    left = [
        lab
        for lab in _people(page, set())
        if lab.box is not box and lab.box.same_band(box) and lab.box.x1 <= box.x0 + 1e-6
    ]
    return max(left, key=lambda lab: lab.box.x1) if left else None


def _act_date(page: Any, person: str, *, by_section: bool) -> str | None:
    """The date field of ``person``'s act (:func:`act_date_of`); ``by_section``: else the one
    date field of the person's section (签收人 → 签收日期), where a Date label on the person's
    row asks for a date of theirs."""
    own = act_date_of(page, person)
    if own is not None or not by_section:
        return own
    section = page.fields[person].section
    dates = [
        k
        for k, m in page.fields.items()
        if m.kind == "date" and m.section == section and section and "." not in k and "[" not in k
    ]
    return dates[0] if len(dates) == 1 else None


def _below(page: Any, box: Any, lines: float, *, centred: bool = False) -> list[Any]:
    """The filled boxes under ``box`` in its column within ``lines`` of its height, top first:
    overlapping its width, or ``centred`` within it."""
    return sorted(
        (
            b
            for b in page.boxes
            if not b.empty
            and b.y0 >= box.y1 - 1e-6
            and b.y0 - box.y1 <= lines * box.height
            and (
                box.x0 - 1e-6 <= (b.x0 + b.x1) / 2 <= box.x1 + 1e-6
                if centred
                else b.overlaps_x(box.x0, box.x1)
            )
        ),
        key=lambda b: b.y0,
    )


def _under_date_header(page: Any, person: Any, taken: set[int]) -> tuple[Any, Any] | None:
    """The cell of ``person``'s row under a bare ``Date`` header of the rows above (a table's
    header row: the header stands among other headers), and that header."""
    heads = [
        b
        for b in page.boxes
        if _bare_date(b)
        and b.y1 <= person.y0 + 1e-6
        and b.x0 >= person.x1 - 1e-6
        and person.y0 - b.y1 <= 8 * person.height
        and sum(1 for o in page.band_of(b) if not o.empty) >= 2
    ]
    if not heads:
        return None
    head = max(heads, key=lambda b: b.y0)
    cells = [
        b
        for b in page.band_of(person)
        if b.overlaps_x(head.x0, head.x1) and id(b) not in taken and not page.is_label(b)
    ]
    if len(cells) != 1 or not holds_date(cells[0]):
        return None
    return cells[0], head


def _stacked_under(page: Any, person: Any, taken: set[int]) -> tuple[Any, Any] | None:
    """``核准`` over its name over its date, in a row of roles all laid out so: the date (shown
    under the role itself)."""
    row = [b for b in page.band_of(person) if not b.empty and isinstance(b.value, str) and page.is_label(b)]
    if len(row) < 2:
        return None
    stacks = {}
    for role in row:
        name = next(iter(_below(page, role, 1.5)), None)
        date = next(iter(_below(page, name, 1.5)), None) if name is not None else None
        if name is None or date is None or page.is_label(name) or holds_date(name) or not holds_date(date):
            return None
        stacks[id(role)] = date
    date = stacks.get(id(person))
    if date is None or id(date) in taken:
        return None
    return date, person


# the one who signs a step: "Name / Date", "负责人/日期", "Responsible / Date" under a column
_SIGNER_WORDS = frozenset(
    {"name", "姓名", "签名", "签字", "signature", "sign", "responsible", "负责人", "责任人", "owner"}
)
_SPLIT = lazy_re(r"[/／|]")
_PLANNED = ("due", "target", "plan")  # a date planned ahead is never the one a signer writes


def signer_caption(text: str) -> bool:
    """``Name / Date``: a caption asking for who signed and when (in either order)."""
    parts = [norm(p).lower() for p in _SPLIT.split(text)]
    return len(parts) == 2 and (
        (parts[0] in _SIGNER_WORDS and parts[1] in BARE_DATE)
        or (parts[1] in _SIGNER_WORDS and parts[0] in BARE_DATE)
    )


def _signer_fields(row_model: type) -> tuple[str | None, str | None]:
    """A step's person (its one ``owner`` / ``…_by`` text) and the date of its act (its first
    date not planned ahead: done, implemented, closed)."""
    members = describe(row_model)
    people = [k for k, m in members.items() if m.kind == "text" and (k == "owner" or k.endswith("_by"))]
    dates = [k for k, m in members.items() if m.kind == "date" and not k.startswith(_PLANNED)]
    return (people[0] if len(people) == 1 else None), (dates[0] if dates else None)


def _signed_cells(page: Any, caption: Any, taken: set[int]) -> tuple[Any, Any] | None:
    """The name and the date written under a ``Name / Date`` caption in its column (either may
    be missing), or None where the cells under it are not one name and one date."""
    below = _below(page, caption, 2.5, centred=True)
    if not below or any(id(b) in taken or page.is_label(b) for b in below) or len(below) > 2:
        return None
    dates = [b for b in below if holds_date(b)]
    names = [b for b in below if not holds_date(b)]
    if len(dates) > 1 or len(names) > 1:
        return None
    return (names[0] if names else None), (dates[0] if dates else None)


def _captioned(page: Any, taken: set[int]) -> Iterator[SignOff]:
    """8D disciplines laid out as columns (``D3 Containment`` | … | ``D8 Closure``) with a
    ``Name / Date`` caption under each: the name and date written under the caption in a
    discipline's column are its step's person and the date of its act (D3's owner and done
    date, D6's implemented date, D8's approver and closed date); never where the column holds
    more than a name and a date."""
    captions = [b for b in page.boxes if not b.empty and isinstance(b.value, str) and signer_caption(b.text)]
    for caption in captions:
        heads = [
            b
            for b in page.boxes
            if not b.empty
            and isinstance(b.value, str)
            and b.y1 <= caption.y0 + 1e-6
            and b.overlaps_x(caption.x0, caption.x1)
            and discipline(b.text) is not None
        ]
        if not heads:
            continue
        head = max(heads, key=lambda b: b.y0)
        number = discipline(head.text)
        steps = [e.path for e in page.vocab.index.get(f"d{number[0]}", ())] if number else []
        meta = page.spec.fields.get(steps[0]) if steps else None
        signed = _signed_cells(page, caption, taken)
        if meta is None or meta.row_model is None or signed is None:
            continue
        fills = tuple(
            (col, cell)
            for col, cell in zip(_signer_fields(meta.row_model), signed)
            if col is not None and cell is not None
        )
        yield SignOff(CAPTIONED, _named(caption, head), fills, meta, (caption,))


def _line_cell(
    table: str,
    col: str,
    cell: Any,
    label: Any,
    values: dict[str, Any],
    where: Any,
    taken: set[int],
    provenance: dict,
) -> None:
    """``cell`` as ``col`` of the one line of ``table`` (a step read as one line or none), never
    over a value read already nor where the step has several lines (whose is it?)."""
    from .boxes import Provenance

    rows = values.get(table) or []
    if len(rows) > 1 or (rows and rows[0].get(col) is not None):
        return
    if not rows:
        rows = [{}]
        values[table] = rows
    rows[0][col] = cell.value
    taken.add(id(cell))
    path = f"{table}[0].{col}"
    where[path] = cell.location
    provenance[path] = Provenance(cell.location, label.text.strip(), label.location, SIGNOFF_SCORE, "signoff")


# a signature's caption, in the languages forms come in: the row (or the line over it) of a
# sign-off block at a form's foot (``Underskrift / Signature | … | Dato / Date | …``)
_SIGNATURE = lazy_re(
    r"(?i)signature|\bsigned\b|\bsign\b|underskrift|unterschrift|handtekening|allekirjoitus|"
    r"podpis|semn[aă]tur|assinatura|imza|aláírás|υπογραφ|подпись|חתימה|توقيع|"
    r"签名|簽名|签字|簽字|签章|簽章|署名|サイン|서명"
)


_WORD_AFTER = lazy_re(r"[^\W\d_]{4,}")


def _signature_caption(text: str) -> bool:
    """Is ``text`` a signature's caption (``Underskrift / Signature``, ``Signed by:``,
    ``签名``): short, a signature word at its end but for a short word (``by``, ``off``) or a
    colon — not a text that only speaks of one (``Customer signature required | Yes`` on an
    8D's header row, which made its opened date a sign-off date)."""
    if len(text.strip()) > 40:
        return False
    found = None
    for found in _SIGNATURE.finditer(text):
        pass
    return found is not None and _WORD_AFTER.search(text, found.end()) is None


def signed_date_doubted(reading: Any, boxes: Any, spec: Any) -> None:
    """The form's own date (``spec.date_field``: an 8D's opened date) read by a date label of
    a sign-off block (``Underskrift / Signature | Lars Holm | Dato / Date | 2026-06-30`` at the
    form's foot, ``Dato`` and ``Ημερομηνία`` being an 8D's opened-date names too): a header
    date wins it when there is one (the reader's scores); read from the block alone, it may be
    the day the form was signed off, not the day it was opened — kept with a low confidence,
    so the clerk is warned (``low_confidence``, naming the label)."""
    key = getattr(spec, "date_field", "")
    prov = reading.provenance.get(key) if key else None
    if prov is None or not prov.label_location or prov.confidence < 0.8:
        return
    label = next((b for b in boxes if b.location == prov.label_location), None)
    if label is None or not _in_sign_off_block(label, boxes):
        return
    reading.provenance[key] = replace(prov, confidence=min(prov.confidence, 0.5), how=prov.how + ":sign-off")


def _in_sign_off_block(label: Any, boxes: Any) -> bool:
    """Does a signature's caption stand on the label's row, or on the line over it (a caption
    stacked over its date: ``Signature: ____`` then ``Date: ____``)?"""
    height = max(label.y1 - label.y0, 1e-6)
    for b in boxes:
        if b is label or not isinstance(b.text, str) or not _signature_caption(b.text):
            continue
        if b.same_band(label):
            return True
        if 0 <= label.y0 - b.y1 <= 1.5 * height and min(b.x1, label.x1) - max(b.x0, label.x0) > 0:
            return True
    return False
