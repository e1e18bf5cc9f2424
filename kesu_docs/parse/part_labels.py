"""A part's ``Description`` beside its number: a customer's quality notification prints
``Material | 7700-4412-01 | Description | Connector housing 12-pin`` — the ERP's material
master (number, then its text), not the complaint's description, which has a row of its own
(``Defect``, ``Problem``). A bare ``Description`` reads as the complaint's description by its
words; in the row of a part number, right after it, it names that part.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from .vocab import norm

PART_NO, PART_NAME = "part_no", "part_name"
# the words that describe whatever stands before them (a part, a defect): only these move;
# a worded label (``Problem description``, ``不良描述``) says what it describes
_BARE_WORDS = ("Description", "Desc.", "描述", "描述說明")


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
        id(lab) for lab in sure if lab.key in fields and lab.key != PART_NAME and _after_part_no(lab, sure)
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
