"""A party's tax id printed under its name without a caption of its own (an ERP credit memo's
``Payer`` block: the payer's name, then ``913100006072000539`` on the next line): a value shaped
like a tax id (China's 18-character unified social credit code, Taiwan's 8-digit 統一編號, an EU
VAT number) right under the party's name, in its column, is that party's tax id — read with
low confidence, so that it is always shown for checking."""

from __future__ import annotations

import re
from typing import Any

from .. import value_paths
from ..lazy_re import lazy_re
from .boxes import Provenance
from .cell_lines import party_field

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
        if not _TAX_ID.match(text) or page.is_label(box):
            continue
        others = [value_paths.get(values, p) for _n, p in parties if p != id_path]
        if text in others:
            continue
        value_paths.put(values, id_path, text, make=True)
        where[id_path] = box.location
        provenance[id_path] = Provenance(box.location, "", box.location, 0.6, "under-party")
