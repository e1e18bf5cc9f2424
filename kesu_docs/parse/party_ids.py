"""A party's tax id printed under its name without a caption of its own (an ERP credit memo's
``Payer`` block: the payer's name, then ``913100006072000539`` on the next line): a value shaped
like a tax id (China's 18-character unified social credit code, Taiwan's 8-digit 統一編號, an EU
VAT number) right under the party's name, in its column, is that party's tax id — read with
low confidence, so that it is always shown for checking.

And a tax id read from a label naming no party (``税号``: the other party's labels end with it,
``购方税号``) in the row of a party's name whose label no field knows — the name read by its
label's last word only (``扣款单位`` → 单位 → the seller's, on a 外协扣款单 the buyer's): which
party the id is is as unsure as the name's, said on the id (``tax_id_party_guessed``), never
read silently as the guessed party's. (A bare ``税号`` in the row of a name labelled surely is
that party's already: :func:`.value_cues.party_column_labels` and the party rows.)"""

from __future__ import annotations

import re
from typing import Any

from .. import value_paths
from ..lazy_re import lazy_re
from ..problems import Problem
from .boxes import Box, Provenance, Reading
from .cell_lines import party_field
from .head_words import by_head_word
from .vocab import norm

# this module's codes in the message catalogue (problems.py reads them on first look-up)
MESSAGES: dict[str, tuple[str, str]] = {
    "tax_id_party_guessed": (
        "{label}“{value}”读自标签“{id_label}”，这个标签不指明是哪一方的税号；它与“{name_label}”同在一行，"
        "而“{name_label}”是哪一方只是按标签末尾的词猜的：这个税号也可能是另一方的，请核对",
        "{label} '{value}' was read from the label '{id_label}', which names no party, in the row of "
        "'{name_label}', whose party was only guessed from its last word: the tax id may be the other "
        "party's; please check",
    ),
}

_TAX_ID = lazy_re(
    r"^(?:[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}"  # 统一社会信用代码
    r"|\d{15}"  # the older 15-digit 税号
    r"|\d{8}"  # 統一編號
    r"|[A-Z]{2}\s?[0-9A-Z]{8,12})$"  # an EU VAT number (DE123456789)
)


def _parties(page: Any) -> list[tuple[str, str]]:
    """Each party's name field and its tax id field on this form (``buyer`` → ``buyer_tax_id``,
    ``seller.name`` → ``seller.tax_id``), from the form's own fields."""
    out = []
    for path, meta in page.fields.items():
        if not party_field(meta):
            continue
        head, _, tail = path.rpartition(".")
        tax = f"{head}.tax_id" if head and tail == "name" else f"{path}_tax_id"
        if tax in page.fields:
            out.append((path, tax))
    return out


def tax_id_under_party(
    page: Any, values: dict[str, Any], where: Any, provenance: dict, taken: set[int]
) -> None:
    """Fill a party's missing tax id from the uncaptioned tax-id-shaped line under its name."""
    parties = _parties(page)
    for name_path, id_path in parties:
        if value_paths.get(values, id_path):
            continue
        if not value_paths.get(values, name_path) or name_path not in where:
            continue
        at = where[name_path]
        name = next((b for b in page.boxes if b.location == at and not b.empty), None)
        if name is None:
            continue
        below = sorted(
            (
                b
                for b in page.boxes
                if not b.empty
                and b.y0 >= name.y1 - 1e-6
                and b.y0 - name.y1 <= 1.5 * name.height
                and abs(b.x0 - name.x0) <= 0.5 * name.height
                and id(b) not in taken
            ),
            key=lambda b: b.y0,
        )
        if not below:
            continue
        box = below[0]
        text = re.sub(r"\s+", "", str(box.value))
        if not _TAX_ID.match(text) and _TAX_ID.match(
            joined := re.sub(r"(?<=[0-9A-Z])[-‐‑–](?=[0-9A-Z])", "", text)
        ):
            text = joined  # (weak48) a code written with hyphens, 91310115-MA1K4A2B-3A: read whole
        if not _TAX_ID.match(text) or page.is_label(box):
            continue
        others = [value_paths.get(values, p) for _n, p in parties if p != id_path]
        if text in others:
            continue
        value_paths.put(values, id_path, text, make=True)
        where[id_path] = box.location
        provenance[id_path] = Provenance(box.location, "", box.location, 0.6, "under-party")


def _names_no_party(page: Any, text: str, id_path: str, parties: list[tuple[str, str]]) -> bool:
    """Is ``text`` a tax id's label naming no party: one of another party's id labels ends with it
    (``税号`` in ``购方税号``, ``纳税人识别号`` one of both)?"""
    own = norm(text)
    if not own:
        return False
    for _name, other in parties:
        meta = page.fields.get(other) if other != id_path else None
        if meta is not None and any(norm(label).endswith(own) for label in meta.labels):
            return True
    return False


def tax_id_party_guessed(reading: Reading, page: Any) -> None:
    """Doubt a tax id read from a label naming no party in the row of a party's name read by its
    label's head word only (module docstring)."""
    parties = _parties(page)
    if len(parties) < 2:
        return
    at: dict[str, Box] = {}
    for b in page.boxes:
        at.setdefault(b.location, b)
    warned = {(p.code, f) for p in reading.problems for f in p.fields}
    for name_path, _own_id in parties:
        name = reading.provenance.get(name_path)
        if name is None or not by_head_word(name):
            continue
        name_label, name_box = at.get(name.label_location), at.get(name.location)
        if name_label is None or name_box is None:
            continue
        for _other, id_path in parties:
            prov = reading.provenance.get(id_path)
            value = value_paths.get(reading.values, id_path)
            if prov is None or not value or ("tax_id_party_guessed", id_path) in warned:
                continue
            id_label = at.get(prov.label_location)
            if id_label is None or not _names_no_party(page, id_label.text, id_path, parties):
                continue
            if not (id_label.same_band(name_label) or id_label.same_band(name_box)):
                continue
            params = {
                "value": str(value),
                "id_label": id_label.text.strip()[:40],
                "name_label": name_label.text.strip()[:40],
            }
            reading.problems.append(
                Problem("tax_id_party_guessed", id_path, "", "", prov.location, "warning", params)
            )
            warned.add(("tax_id_party_guessed", id_path))
