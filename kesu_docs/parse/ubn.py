"""A Taiwanese 統一編號 (a business's unified number) that is not one: under the label ``統一編號`` (``統編``,
``營利事業統一編號``, in traditional script as Taiwan prints it) a tax id is eight digits. Seven digits there (``5327184``: a digit lost in typing, or one
box of a boxed number left empty) or letters among them is no 統一編號 — kept as read, and said on its field
(``tax_id_not_ubn``), never taken as a party's id in silence. The length and the figures are checked (python-stdnum's
``stdnum.tw.ubn``); its check digit is not: the Ministry of Finance widened the rule in 2023 (the sum divisible
by 5, no longer by 10, as the numbers ran out), which python-stdnum does not know yet — a real number issued
since would be said wrong.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .. import value_paths
from ..forms import FormSpec
from ..problems import Problem
from ..validation import labels_for
from ..values import halfwidth

MESSAGES = {
    "tax_id_not_ubn": (
        "{label}“{value}”印在“統一編號”下，但统一编号是 8 位数字：可能漏打或读漏了一位，请对照原件核对",
        "{label} '{value}' stands under '統一編號', but a Taiwanese unified business number is 8 digits: a digit may be"
        " missing or misread; check it against the original",
    ),
}

# a 統一編號 a digit short or long, or with a letter typed among its figures, is at most this long; a longer id
# under the label is another one (a mainland 纳税人识别号: 15, 18 or 20 characters)
_UBN_LONGEST = 10


@dataclass(frozen=True)
class _IdLabels:
    """A form's labels of its parties' tax ids (the allowance's ``seller.tax_id``, ``buyer_tax_id``), told
    apart: the 統一編號's, printed as Taiwan prints them, and those of another id."""

    ubn: tuple[str, ...]  # 統一編號, 統編, 營利事業統一編號 … (traditional script)
    other: tuple[str, ...]  # 纳税人识别号, 税号, 统一社会信用代码 … (simplified, as compared)
    other_latin: re.Pattern[str] | None  # VAT No., Tax ID, GSTIN … (whole words, lower case)


def _short_form(label: str, word: str) -> bool:
    """Is ``label`` a short form of ``word``, its first character and others of it in order (统编 of 统一编号)?"""
    rest = iter(word[1:])
    return 2 <= len(label) < len(word) and label[0] == word[0] and all(ch in rest for ch in label[1:])


@lru_cache(maxsize=16)
def _id_labels(spec: FormSpec) -> _IdLabels:
    """The form's own tax-id labels, each part of a label naming two ids (our buyer's 统一编号/纳税人识别号) on its
    own: the 統一編號's are those holding the label every party's id is printed under on our own form (统一编号,
    the seller's and the buyer's alike) or its short form (统编); the rest name another id (a mainland one, a
    foreign one)."""
    from .vocab import _CJK_ANY as _CJK  # kana, Chinese, Hangul
    from .vocab import simplified, taiwanese

    metas = [meta for path, meta in spec.leaf_fields.items() if path.endswith("tax_id")]
    if not metas:
        return _IdLabels((), (), None)
    shared = set.intersection(*({part.strip() for part in meta.label_zh.split("/")} for meta in metas))
    parts = {part.strip() for meta in metas for label in meta.labels for part in str(label).split("/")}
    ubn = {p for p in parts if any(word in p or _short_form(p, word) for word in shared)}
    chinese = {simplified(p).lower() for p in parts - ubn if _CJK.search(p)}
    latin = sorted({" ".join(p.split()).lower() for p in parts - ubn if p and not _CJK.search(p)}, key=len)
    pattern = (
        re.compile("(?<![a-z])(?:" + "|".join(re.escape(w) for w in latin[::-1]) + ")(?![a-z])")
        if latin
        else None
    )
    return _IdLabels(tuple(sorted(taiwanese(p) for p in ubn)), tuple(sorted(chinese)), pattern)


def taiwan_id_labels() -> tuple[str, ...]:
    """The labels a Taiwanese business's 統一編號 is printed under (統一編號, 統編, 買受人統一編號 …): the allowance's
    own, as Taiwan prints them — our allowance descends from Taiwan's statutory 折讓證明單."""
    from ..forms import get

    return _id_labels(get("allowance")).ubn


def _ubn_label(spec: FormSpec, label: Any) -> bool:
    """A label printed as Taiwan prints it, 統一編號 / 統編 in traditional script, naming no other id beside it
    (our own form's 统一编号/纳税人识别号): our own blank and mainland forms print 统一编号 over any company's id (a
    mainland 18-character code, a clerk's own)."""
    from .vocab import simplified  # (loaded with the reader's words, not with every import of the reader)

    ids = _id_labels(spec)
    raw = "".join(str(label or "").split())
    if not any(word in raw for word in ids.ubn):
        return False
    if any(word in simplified(raw).lower() for word in ids.other):
        return False
    return ids.other_latin is None or ids.other_latin.search(" ".join(str(label).split()).lower()) is None


def not_ubn(spec: FormSpec, values: dict[str, Any], where: Any, provenance: dict[str, Any]) -> list[Problem]:
    """The warnings on the tax ids read under a 統一編號 label that are no 統一編號 (not eight digits)."""
    from stdnum.exceptions import InvalidChecksum, ValidationError
    from stdnum.tw import ubn

    out = []
    for path, prov in provenance.items():
        if not path.endswith("tax_id") or not _ubn_label(spec, getattr(prov, "label", "")):
            continue
        value = value_paths.get(values, path)
        if not isinstance(value, (str, int)) or not str(value).strip():
            continue
        compact = "".join(halfwidth(str(value)).split())
        if len(compact) > _UBN_LONGEST:
            continue  # another country's id (a mainland 18-character code under our own 统一编号/纳税人识别号, its print on two lines)
        try:
            ubn.validate(compact)
        except InvalidChecksum:
            continue  # (the rule widened in 2023: see above)
        except ValidationError:
            zh, en = labels_for(spec, path)
            params = {"value": str(value).strip()}
            out.append(Problem("tax_id_not_ubn", path, zh, en, where.get(path, ""), "warning", params))
    return out
