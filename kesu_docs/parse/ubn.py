"""A Taiwanese 統一編號 (a business's unified number) that is not one: under the label ``統一編號`` (``統編``,
``營利事業統一編號``, in traditional script as Taiwan prints it) a tax id is eight digits. Seven digits there (``5327184``: a digit lost in typing, or one
box of a boxed number left empty) or letters among them is no 統一編號 — kept as read, and said on its field
(``tax_id_not_ubn``), never taken as a party's id in silence. The length and the figures are checked (python-stdnum's
``stdnum.tw.ubn``); its check digit is not: the Ministry of Finance widened the rule in 2023 (the sum divisible
by 5, no longer by 10, as the numbers ran out), which python-stdnum does not know yet — a real number issued
since would be said wrong.
"""

from __future__ import annotations

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

_UBN_PRINTED = ("統一編號", "統編")
# a 統一編號 a digit short or long, or with a letter typed among its figures, is at most this long; a longer id
# under the label is another one (a mainland 纳税人识别号: 15, 18 or 20 characters)
_UBN_LONGEST = 10
# a label naming another id beside it (``统一编号/纳税人识别号``, our own form's: a mainland buyer's 18-character
# code is its other half's)
_OTHER_IDS = ("纳税人识别号", "税号", "信用代码", "识别号", "vat", "tax")


def _ubn_label(label: Any) -> bool:
    """A label printed as Taiwan prints it, 統一編號 / 統編 in traditional script: our own blank and mainland
    forms print 统一编号 over any company's id (a mainland 18-character code, a clerk's own)."""
    from .vocab import simplified  # (loaded with the reader's words, not with every import of the reader)

    raw = "".join(str(label or "").split())
    text = simplified(raw).lower()
    return any(word in raw for word in _UBN_PRINTED) and not any(word in text for word in _OTHER_IDS)


def not_ubn(spec: FormSpec, values: dict[str, Any], where: Any, provenance: dict[str, Any]) -> list[Problem]:
    """The warnings on the tax ids read under a 統一編號 label that are no 統一編號 (not eight digits)."""
    from stdnum.exceptions import InvalidChecksum, ValidationError
    from stdnum.tw import ubn

    out = []
    for path, prov in provenance.items():
        if not path.endswith("tax_id") or not _ubn_label(getattr(prov, "label", "")):
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
