"""A party's cell over several lines: the name first, then its address, phone or tax number.

A customer, buyer or seller is often typed as a little block in one cell::

    Aster Home Appliances Ltd.
    VAT No. GB 284 5512 73

The party's field keeps the **first line** (the name); a later line that starts with a label
of another field of the form (``VAT No.``, ``税号：``, ``Tel``) gives that field its value when
nothing else did. Both are reported (``name_over_lines``, ``value_from_cell_line``): a value
cut from a block is never passed silently. A line without a label (an address) is dropped
from the value, and the warning shows the whole cell.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from .. import value_paths
from ..forms import FormSpec
from ..lazy_re import lazy_re
from ..values import halfwidth
from .persons import PARTY_WORDS_EN, LabelRule
from .vocab import vocabulary

MESSAGES: dict[str, tuple[str, str]] = {
    "name_over_lines": (
        "{label}的栏位有几行“{value}”，已取第一行“{name}”作名称（其余行像地址或编号），请核对",
        "{label}: the cell holds several lines ('{value}'); read the first line '{name}' as the "
        "name (the others look like an address or a number), please check",
    ),
    "value_from_cell_line": (
        "{label}读自另一栏位的一行“{line}”，请核对",
        "{label}: read from a line of another field's cell ('{line}'); please check",
    ),
}

_PARTY_ZH = ("客户", "买受", "买方", "购货", "卖方", "销货", "供应商", "厂商", "营业人")
_PARTY_EN = lazy_re(rf"(?i)\b({PARTY_WORDS_EN})\b")
_NOT_PARTY = lazy_re(r"(?i)(编号|号码|单号|代码|\bno\b|number|\bid\b|code|日期|date|要求|request)")


PARTY = LabelRule(_PARTY_ZH, _PARTY_EN, _NOT_PARTY)
party_field = PARTY.field
"""Does the field hold a company's name (customer, buyer, seller), a short text?"""


def _labelled(line: str, spec: FormSpec) -> tuple[str, str, str] | None:
    """``VAT No. GB 284 5512 73`` → (field path, label, value) when the line starts with a label
    of the form and a value follows it."""
    text = halfwidth(line).strip()
    m = re.match(r"^([^:：]{1,24})[:：]\s*(.+)$", text)
    cuts: list[tuple[str, str]] = []
    if m:
        cuts.append((m[1], m[2]))
    words = text.split()
    for n in range(min(4, len(words) - 1), 0, -1):  # the longest label first
        cuts.append((" ".join(words[:n]), " ".join(words[n:])))
    vocab = vocabulary(spec)
    for label, value in cuts:
        if not value.strip() or not re.search(r"[\dA-Za-z\u4e00-\u9fff]", value):
            continue
        hit = vocab.match(label)
        if hit is not None and hit[1] >= 0.85:
            return hit[0], label.strip(), value.strip()
    return None


def name_over_lines(
    reading: Any, spec: FormSpec, path: str, value: Any
) -> list[tuple[str, str, dict[str, Any]]]:
    """A party's name over its address or tax number in one cell: keep the first line, give a
    labelled later line to its own field when that is still empty. Returns the warnings to
    report as (code, path, params)."""
    if not isinstance(value, str):
        return []
    lines = [ln.strip() for ln in value.split("\n") if ln.strip()]
    if len(lines) < 2 or _labelled(lines[0], spec) is not None:
        return []
    prov = reading.provenance[path]
    out: list[tuple[str, str, dict[str, Any]]] = []
    value_paths.put(reading.values, path, lines[0])
    reading.provenance[path] = replace(prov, how=prov.how + ":first-line")
    out.append(("name_over_lines", path, {"value": value.replace("\n", " / "), "name": lines[0]}))
    for line in lines[1:]:
        found = _labelled(line, spec)
        if found is None:
            continue
        other, _label, text = found
        if other == path or "[" in other or value_paths.get(reading.values, other) not in (None, ""):
            continue
        head = other.rpartition(".")[0]
        if head and not isinstance(reading.values.get(head), dict):
            continue  # a group's member only where the group was read
        value_paths.put(reading.values, other, text)
        reading.provenance[other] = replace(prov, how="cell-line")
        out.append(("value_from_cell_line", other, {"line": line}))
    return out
