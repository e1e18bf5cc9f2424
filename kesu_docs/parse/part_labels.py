"""A part's ``Description`` beside its number: a customer's quality notification prints
``Material | 7700-4412-01 | Description | Connector housing 12-pin`` — the ERP's material
master (number, then its text), not the complaint's description, which has a row of its own
(``Defect``, ``Problem``). A bare ``Description`` reads as the complaint's description by its
words; in the row of a part number, right after it, it names that part — when what it heads
reads as a name (a few words, no sentence, no count of pieces) and the form has another label
for the complaint's description; else it stays the description (``Part No. | FX-220-B |
Description | Housing cracked on 36 pcs.`` is the complaint's, on a form with no other place
for it).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ..lazy_re import lazy_re
from .vocab import norm

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
