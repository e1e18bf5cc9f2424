"""A Taiwanese 統一編號 (a business's unified number) that is not one: under the label ``統一編號`` (``統編``,
``營利事業統一編號``, in traditional script as Taiwan prints it) a tax id is eight digits. Seven digits there (``5327184``: a digit lost in typing, or one
box of a boxed number left empty) or letters among them is no 統一編號 — kept as read, and said on its field
(``tax_id_not_ubn``), never taken as a party's id in silence. The length and the figures are checked (python-stdnum's
``stdnum.tw.ubn``); its check digit is not: the Ministry of Finance widened the rule in 2023 (the sum divisible
by 5, no longer by 10, as the numbers ran out), which python-stdnum does not know yet — a real number issued
since would be said wrong.

A mainland taxpayer's id under a label naming it as the mainland prints it (``纳税人识别号``, ``统一社会信用代码``,
``税号``, in simplified script: the form's own labels of a party's tax id so written) is 18 characters since 2015
(the unified social credit code, python-stdnum's ``stdnum.cn.uscc``), or an old taxpayer id of 15 (a region's six
digits and the organisation code), 17, 18 (a person's id card) or 20 characters still on old records. An id of any
other length there, or with a character neither a digit nor a capital letter (``91632801MA7K4C2N``: 16, two lost in
typing or in a cell too narrow), is no mainland id — kept as read and said as an error on its field
(``tax_id_not_mainland``). Its check character is checked by the allowance's rules, wherever the id was read
(``tax_id_uscc_check``, a warning: values.uscc_check, round 48).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .. import value_paths
from ..forms import FormSpec
from ..lazy_re import lazy_re
from ..problems import Problem
from ..validation import labels_for
from ..values import halfwidth

MESSAGES = {
    "tax_id_not_ubn": (
        "{label}“{value}”印在“統一編號”下，但统一编号是 8 位数字：可能漏打或读漏了一位，请对照原件核对",
        "{label} '{value}' stands under '統一編號', but a Taiwanese unified business number is 8 digits: a digit may be"
        " missing or misread; check it against the original",
    ),
    "tax_id_not_mainland": (
        "{label}“{value}”印在“{text}”下，却有 {length} 个字符：统一社会信用代码是 18 位（旧的纳税人识别号 15、17、18 或 20 位），"
        "只有数字和大写字母：可能漏打、多打或读漏了字符，请对照原件核对",
        "{label} '{value}' stands under '{text}' but has {length} characters: a mainland unified social credit code is"
        " 18 (an old taxpayer id 15, 17, 18 or 20), of digits and capital letters only: a character may be missing,"
        " extra or misread; check it against the original",
    ),
}

# the lengths of a mainland taxpayer's id: the unified social credit code (18), the old taxpayer ids (15: a region's
# six digits and a 9-character organisation code; 17; 18: a person's id card; 20: an id card and two digits)
_MAINLAND_LENGTHS = frozenset({15, 17, 18, 20})
_MAINLAND_ID = lazy_re(r"[0-9A-Z]+")

# a 統一編號 a digit short or long, or with a letter typed among its figures, is at most this long; a longer id
# under the label is another one (a mainland 纳税人识别号: 15, 18 or 20 characters)
_UBN_LONGEST = 10


@dataclass(frozen=True)
class _IdLabels:
    """A form's labels of its parties' tax ids (the allowance's ``seller.tax_id``, ``buyer_tax_id``), told
    apart: the 統一編號's, printed as Taiwan prints them, and those of another id."""

    ubn: tuple[str, ...]  # 統一編號, 統編, 營利事業統一編號 … (traditional script)
    other: tuple[str, ...]  # 纳税人识别号, 税号, 统一社会信用代码 … (simplified, as compared)
    mainland: tuple[str, ...]  # the others the form writes in simplified script, as the mainland prints them
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
        return _IdLabels((), (), (), None)
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
    mainland = {p for p in parts - ubn if _CJK.search(p) and simplified(p) == p != taiwanese(p)}
    return _IdLabels(
        tuple(sorted(taiwanese(p) for p in ubn)), tuple(sorted(chinese)), tuple(sorted(mainland)), pattern
    )


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
    out: list[Problem] = []
    for path, prov in provenance.items():
        if not path.endswith("tax_id") or not _ubn_label(spec, getattr(prov, "label", "")):
            continue
        value = value_paths.get(values, path)
        if not isinstance(value, (str, int)) or not str(value).strip():
            continue
        compact = "".join(halfwidth(str(value)).split())
        if len(compact) > _UBN_LONGEST:
            continue  # another country's id (a mainland 18-character code under our own 统一编号/纳税人识别号, its print on two lines)
        # imported only for a value to check: python-stdnum's import loads ``ssl`` and ``pydoc``
        # (≈ 8 ms of every `kesu parse` start-up, though most forms have no 統一編號, issue 15)
        from stdnum.exceptions import InvalidChecksum, ValidationError
        from stdnum.tw import ubn

        try:
            ubn.validate(compact)
        except InvalidChecksum:
            continue  # (the rule widened in 2023: see above)
        except ValidationError:
            zh, en = labels_for(spec, path)
            params = {"value": str(value).strip()}
            out.append(Problem("tax_id_not_ubn", path, zh, en, where.get(path, ""), "warning", params))
    return out


def _mainland_label(spec: FormSpec, label: Any) -> bool:
    """A label naming a mainland taxpayer's id as the mainland prints it (``纳税人识别号``, ``购买方税号``, in simplified
    script: :attr:`_IdLabels.mainland`)."""
    raw = "".join(str(label or "").split())
    return any(word in raw for word in _id_labels(spec).mainland)


def not_mainland(
    spec: FormSpec, values: dict[str, Any], where: Any, provenance: dict[str, Any]
) -> list[Problem]:
    """The errors on the tax ids read under a mainland id's label that are no mainland id (see the module's
    docstring). The label is the one printed over the field: on a print as read, on our own blank's workbook (read
    by its names, no label) the blank's own — the same check on the print and on its workbook. Under our own
    label naming both (``统一编号/纳税人识别号``) the value decides: a 統一編號 (eight digits, :func:`not_ubn`'s) or
    another country's id stands; an id shaped as a mainland one (:func:`_mainland_shaped`) is one, of its lengths."""
    out = []
    for path, prov in provenance.items():
        if not path.endswith("tax_id"):
            continue
        label = getattr(prov, "label", "") or _printed_label(spec, path)
        if not _mainland_label(spec, label):
            continue
        value = value_paths.get(values, path)
        if not isinstance(value, (str, int)) or not str(value).strip():
            continue
        compact = "".join(halfwidth(str(value)).split()).replace("-", "")
        if _MAINLAND_ID.fullmatch(compact) and len(compact) in _MAINLAND_LENGTHS:
            continue
        if _names_ubn(spec, label) and not _mainland_shaped(compact):
            continue  # our own 统一编号/纳税人识别号: a 統一編號, another country's id
        zh, en = labels_for(spec, path)
        params = {
            "value": str(value).strip(),
            "text": " ".join(str(label).split()),
            "length": str(len(compact)),
        }
        out.append(Problem("tax_id_not_mainland", path, zh, en, where.get(path, ""), "error", params))
    return out


def _names_ubn(spec: FormSpec, label: Any) -> bool:
    """Does ``label`` name a 統一編號 too, in either script (our own form's ``统一编号/纳税人识别号``)?"""
    from .vocab import simplified

    raw = simplified("".join(str(label or "").split()))
    return any(simplified(word) in raw for word in _id_labels(spec).ubn)


def _printed_label(spec: FormSpec, path: str) -> str:
    """The label our own blank prints over a field (its Chinese label): the label of a value read by the blank's
    names, where the workbook gives none."""
    meta = spec.leaf_fields.get(path)
    return str(meta.label_zh) if meta is not None else ""


def _mainland_shaped(compact: str) -> bool:
    """Is a tax id (spaces and dashes out) shaped as a mainland one — digits and capital letters only, longer than
    any 統一編號 (:data:`_UBN_LONGEST`), not begun by a country's two letters (``GB``, ``DE``: a VAT id)?"""
    return bool(_MAINLAND_ID.fullmatch(compact)) and len(compact) > _UBN_LONGEST and not compact[:2].isalpha()
