"""A part's ``Description`` beside its number: a customer's quality notification prints
``Material | 7700-4412-01 | Description | Connector housing 12-pin`` — the ERP's material
master (number, then its text), not the complaint's description, which has a row of its own
(``Defect``, ``Problem``). A bare ``Description`` reads as the complaint's description by its
words; in the row of a part number, right after it, it names that part — when what it heads
reads as a name (a few words, no sentence, no count of pieces) and the form has another label
for the complaint's description; else it stays the description (``Part No. | FX-220-B |
Description | Housing cracked on 36 pcs.`` is the complaint's, on a form with no other place
for it).

A machine's label (设备名称, 设备型号, 整机型号, Machine model, 机型) is the part's where the machine is what
is complained of (a service report, a dealer's claim); on a form that names the part by a label of its
own too (品名, 零件名称, 料号, Part name, 产品名称) it names the machine the part failed in: its value is said
(:func:`machine_beside_part`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from typing import Any

from ..forms import describe
from ..forms.base import (
    MACHINE_LABELS,
    MACHINE_MODEL_LABELS,
    MACHINE_NAME_LABELS,
    MACHINE_TYPE_LABEL,
    Alias,
)
from ..lazy_re import lazy_re
from ..values import halfwidth
from .boxes import LOW_CONFIDENCE
from .vocab import _WHOLE_READING, field_metas, folded, form_labels, norm, variants

PART_NO, PART_NAME = "part_no", "part_name"
# the words that describe whatever stands before them (a part, a defect): only these move;
# a worded label (``Problem description``, ``不良描述``) says what it describes
_BARE_WORDS = ("Description", "Desc.", "描述", "描述說明")
# what a part's name never holds: a sentence's punctuation, a count of pieces (``36 pcs``, ``36 片``)
_SENTENCE_MARK = lazy_re(r"[，。；！？;!?]|[.,:](?:\s|$)")
_COUNT = lazy_re(r"(?i)\d\s*(?:pcs?\b|ea\b|units?\b|sets?\b|片|个|個|件|只|颗|顆|台|套|支|pcs\.)")
_NAME_WORDS, _NAME_HAN = 6, 16  # a part's name is a few words long


@lru_cache(maxsize=1)
def _bare() -> frozenset[str]:
    return frozenset(norm(t) for t in _BARE_WORDS)


def part_description_labels(page: Any, label_type: type) -> list[Any]:
    """``page.labels`` with a bare ``Description`` moved to the part's name where, in its row,
    the nearest label before it is the part number's, and the form has a part name field that
    no label names."""
    labels = page.labels
    fields = page.fields
    if PART_NAME not in fields or PART_NO not in fields:
        return labels
    sure = [lab for lab in labels if lab.score >= 0.8]
    if any(lab.key == PART_NAME for lab in sure):
        return labels
    moved = {
        id(lab)
        for lab in sure
        if lab.key in fields
        and lab.key != PART_NAME
        and _after_part_no(lab, sure)
        and _named_elsewhere(lab, sure)
        and _name_like(" ".join(box.text for box in page.right_of(lab.box)[0]))
    }
    if not moved:
        return labels
    return [label_type(lab.box, PART_NAME, lab.score) if id(lab) in moved else lab for lab in labels]


def _after_part_no(lab: Any, sure: list[Any]) -> bool:
    """Is ``lab`` a bare ``Description`` whose nearest label on its left, in its row, is the
    part number's?"""
    if norm(lab.box.text) not in _bare():
        return False
    before = [
        other
        for other in sure
        if other.box is not lab.box and other.box.x1 <= lab.box.x0 + 1e-6 and other.box.same_band(lab.box)
    ]
    if not before:
        return False
    nearest = max(before, key=lambda other: other.box.x1)
    return bool(nearest.key == PART_NO)


def _named_elsewhere(lab: Any, sure: list[Any]) -> bool:
    """Has the form another label for the field ``lab`` would read (a ``Defect`` row for the
    complaint's description)? Without one, a bare ``Description`` is that field's only place."""
    return any(other.key == lab.key and other.box is not lab.box for other in sure)


def _name_like(text: str) -> bool:
    """Does ``text`` read as a part's name (``Connector housing 12-pin``), not a complaint
    (``Housing cracked at the latch on 36 pcs found at IQC.``)? A few words, no sentence's
    punctuation, no count of pieces; an empty cell is no name."""
    text = " ".join(text.split())
    if not text or _SENTENCE_MARK.search(text) or _COUNT.search(text):
        return False
    han = re.findall(r"[\u4e00-\u9fff]", text)
    return len(text.split()) <= _NAME_WORDS and len(han) <= _NAME_HAN


# ---------------------------------------------------------------------- a machine's label beside a part's
_PART_FIELDS = (PART_NO, PART_NAME)


def _printed_as(text: str) -> frozenset[str]:
    """The labels ``text`` is printed as, whole (normalised: :func:`.vocab.variants` at
    :data:`_WHOLE_READING`, ``機型：`` → 机型)."""

    return frozenset(k for k, w in variants(folded(halfwidth(text)).strip()) if w >= _WHOLE_READING)


def _part_labels(labels: Any) -> tuple[dict[str, frozenset[str]], frozenset[str]]:
    """(the machine's labels by the part's field they are read for, the part's own labels) of all
    forms (``labels``: :class:`.vocab.FormLabels`), normalised: a machine's name for the part's name
    (设备名称), its model for the part's number (设备型号, 整机型号, Machine model, 机型 over a code);
    every label of a part's name or number (a field's or a table column's) that is no machine's, nor
    a code-only or a doubtful one, nor a word of a machine's label (``型号`` of 设备型号, ``Model`` of
    Machine model: said of the machine as often)."""

    machine = {
        PART_NAME: frozenset(norm(t) for t in MACHINE_NAME_LABELS),
        PART_NO: frozenset(norm(t) for t in (*MACHINE_MODEL_LABELS, MACHINE_TYPE_LABEL)),
    }
    own: set[str] = set()
    for spec in labels.specs:
        for path, meta in field_metas(spec):
            metas = [(path.rsplit(".", 1)[-1], meta)]
            if meta.row_model is not None:
                metas += list(describe(meta.row_model).items())
            for key, m in metas:
                if key not in _PART_FIELDS:
                    continue
                for t in m.labels:
                    if isinstance(t, Alias) and (t.doubtful or t.code_only):
                        continue
                    own.add(norm(t))
    words = [norm(t) for t in MACHINE_LABELS]
    return machine, frozenset(t for t in own if t and not any(t in m for m in words))


def machine_beside_part(reading: Any, boxes: Sequence[Any], spec: Any) -> None:
    """A part's name or number read by a machine's label (:data:`.forms.base.MACHINE_LABELS`:
    设备名称, 设备型号, 整机型号, Machine model, 机型) on a form that names the part by a label of its
    own too (品名, 零件名称, 料号, Part name, 产品名称 — printed, filled or not): the machine there is
    the one the part failed in (the customer's moulding machine, the loader a hose is fitted on,
    the phone a bracket goes in), not the part — its value kept, its confidence lowered so it is
    said (``low_confidence``). A form naming only the machine (a service report, a dealer's
    warranty claim) is the machine's complaint: left as read."""

    machine, own = form_labels().derived(
        _part_labels
    )  # (every form's: an 8D prints a part's name it has no field for)
    read = [
        (path, prov)
        for path, prov in reading.provenance.items()
        if prov.label and _printed_as(prov.label) & machine.get(path.rsplit(".", 1)[-1], frozenset())
    ]
    if not read:
        return
    if not any(isinstance(b.text, str) and _printed_as(b.text) & own for b in boxes):
        return
    for path, prov in read:
        reading.provenance[path] = replace(
            prov, confidence=min(prov.confidence, LOW_CONFIDENCE - 0.2), how=prov.how + ":machine"
        )
