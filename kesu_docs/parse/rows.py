"""Reading rules about lines and rows of a table that the table reader (:mod:`.anchor`) asks
before it takes a band for a header or a row: a line of label-value pairs is no header, a
header row may be shared by two tables printed side by side."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from .boxes import Box
from .vocab import label_like


def _reads_as_value(box: Box) -> bool:
    """A filled cell that reads as an answer, not as a column name: a figure or a date, a
    text with a figure in it, or a sentence."""
    if box.empty:
        return False
    if not isinstance(box.value, str):
        return True
    text = box.text.strip()
    if label_like(text):
        return False
    return bool(re.search(r"\d", text)) or len(text) > 30 or bool(re.search(r"[;；。.]\s*$", text))


def pairs_line(band: Sequence[Box], names: Sequence[Box]) -> bool:
    """Is ``band`` a line of label-value pairs (``Occurrence (why made) | Grinding wheel worn…
    | % Contribution | 80%``) rather than a table's header row? Every column name found there
    is followed, before the next name, by a filled cell that reads as an answer (a lone name
    by a figure: ``% Contribution | 80%``)."""
    if not names:
        return False
    ids = {id(b) for b in names}
    line = sorted((b for b in band if not b.empty), key=lambda b: b.x0)
    for name in names:
        after = [b for b in line if b.x0 >= name.x1 - 1e-6]
        if not after or id(after[0]) in ids or not _reads_as_value(after[0]):
            return False
        if len(names) == 1 and not _figure(after[0]):
            return False  # one caption and its text: a one-column table may start so
    return True


def _figure(box: Box) -> bool:
    """A number, a date or a figure typed as text (``80%``, ``1,100``)."""
    return not isinstance(box.value, str) or bool(re.fullmatch(r"[\d\s.,%/:+-]+", box.text.strip()))


def shared_header(band: Sequence[Box], taken: set[int]) -> list[Box]:
    """The boxes another table left on its header row: one header row shared by two tables
    printed side by side (``Location | Qty Checked | Qty Defective | Action | Owner | Date``,
    a stock count beside the containment actions). Nothing when no table took the row."""
    if not any(id(b) in taken for b in band):
        return []
    return [b for b in band if id(b) not in taken]


def line_columns(
    page: Any, vocab: Any, start: Box, skip: set[str], columns: dict[str, str] | None = None
) -> dict[str, tuple[Box, Box, Any]]:
    """The other columns of a row printed along its line as caption | value pairs, right of
    the row's text ``start`` (``Occurrence | Grinding wheel worn… | % Contribution | 80%``):
    column → (caption, value box, value). A caption is known by the table's column names
    (printed plain on a PDF, it need not look like a label)."""
    out: dict[str, tuple[Box, Box, Any]] = {}
    columns = columns or {}  # column → its kind
    if vocab is None:
        return out
    line = sorted(
        (b for b in page.band_of(start) if not b.empty and b.x0 >= start.x1 - 1e-6), key=lambda b: b.x0
    )
    for i, box in enumerate(line):
        if not isinstance(box.value, str):
            continue
        from ..values import CHECKED, UNCHECKED

        if any(c in box.text for c in CHECKED + UNCHECKED):
            # a tick box whose word names a yes/no column: "☑已驗證" along a cause's line
            word = box.text.strip(CHECKED + UNCHECKED + " \u3000")
            named = vocab.match(word) if word else None
            if (
                named
                and named[1] >= 0.85
                and named[0] not in skip | set(out)
                and columns.get(named[0]) == "bool"
            ):
                out[named[0]] = (box, box, box.value)
            continue
        if i + 1 >= len(line):
            break
        found = vocab.match(box.text)
        if found is None or found[1] < 0.8 or found[0] in skip or found[0] in out:
            continue
        value = line[i + 1]
        if (isinstance(value.value, str) and vocab.match(value.text) is not None) or page.is_label(value):
            continue  # a caption beside another caption: no value between them
        out[found[0]] = (box, value, value.value)
    return out


def along_line(
    row: dict[str, Any],
    found: dict[str, tuple[Box, Box, Any]],
    columns: dict[str, Any],
    prefix: str,
    where: Any,
    provenance: dict,
    taken: set[int],
) -> None:
    """Put the columns :func:`line_columns` found into ``row`` (the unit its caption names
    applied), with where each came from."""
    from .anchor import with_unit
    from .boxes import Provenance
    from .compound import as_option

    for col, (caption, place, value) in found.items():
        if row.get(col) is not None:
            continue
        row[col] = as_option(columns[col], with_unit(columns[col], caption.text, value))  # "☑已驗證": yes
        where[f"{prefix}.{col}"] = place.location
        provenance[f"{prefix}.{col}"] = Provenance(
            place.location, caption.text.strip(), caption.location, 0.8, "option-rows"
        )
        taken.update((id(caption), id(place)))


def ticked(box: Box) -> bool:
    """A cell holding a ticked box (``☑已驗證``, ``■ Yes``): an answer, never a column's name."""
    from ..values import CHECKED

    return isinstance(box.value, str) and any(c in box.text for c in CHECKED)


# the document-control words a form's header block prints beside its template's own code
_CONTROL_WORDS = re.compile(
    r"^\s*(版本|版次|保存期限|保存年限|生效日期|修订日期|修订|页次|Rev\b|Revision\b|Retention\b)", re.I
)


def control_labels(boxes: Sequence[Box]) -> list[Box]:
    """The document-control labels of a page (``版本/版次：A/2``, ``保存期限：3年``, ``Rev.``)."""
    return [b for b in boxes if isinstance(b.value, str) and not b.empty and _CONTROL_WORDS.match(b.text)]


def in_control_block(label: Box, controls: Sequence[Box]) -> bool:
    """Is ``label`` part of the form's document-control block (``表单编号：QR-8.2-03`` over
    ``版本/版次：A/2  保存期限：3年``)? A number there is the template's code, not the record's."""
    for b in controls:
        if b is label:
            continue
        if b.location == label.location or b.same_band(label):
            return True
        if b.overlaps_x(label.x0, label.x1) and -1e-6 <= b.y0 - label.y1 < 2 * label.height:
            return True
    return False
