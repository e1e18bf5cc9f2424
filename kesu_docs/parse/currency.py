"""The currency a form shows (``新臺幣（大寫）``, ``Unit Price (USD)``, ``NT$ 18,500``), read
from the labels its values were read by, its figures as typed and the labels no field took:
the form's amount in words is derived in it (:func:`kesu_docs.amount_words.words_in`), never
in 人民币 on a form that is not in renminbi."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from ..values import halfwidth

_SIGNS = {
    "TWD": r"新[臺台][幣币]|NT\$|(?<![A-Za-z])(?:NTD|TWD)(?![A-Za-z])",
    "CNY": r"人民[币幣]|(?<![A-Za-z])(?:RMB|CNY)(?![A-Za-z])|￥",
    "USD": r"US\$|美元|美金|(?<![A-Za-z])USD(?![A-Za-z])",
    "EUR": r"€|欧元|歐元|(?<![A-Za-z])EUR(?![A-Za-z])",
    "GBP": r"£|英镑|英鎊|(?<![A-Za-z])GBP(?![A-Za-z])",
    "JPY": r"日元|日圓|(?<![A-Za-z])JPY(?![A-Za-z])",
    "HKD": r"HK\$|港[币幣元]|(?<![A-Za-z])HKD(?![A-Za-z])",
    "SGD": r"(?<![A-Za-z])S\$|新加坡[币幣元]|(?<![A-Za-z])SGD(?![A-Za-z])",
    "MYR": r"(?<![A-Za-z])(?:MYR|RM(?=\s?\d))|令吉",
    "MOP": r"MOP\$?|澳[门門][币幣元]|(?<![A-Za-z])MOP(?![A-Za-z])",
}
_FOUND = {code: re.compile(sign) for code, sign in _SIGNS.items()}


def currencies_in(texts: Iterable[Any]) -> set[str]:
    """The currencies the texts name (ISO codes)."""
    out: set[str] = set()
    for text in texts:
        if isinstance(text, str) and text:
            folded = halfwidth(text)
            out.update(code for code, found in _FOUND.items() if found.search(text) or found.search(folded))
    return out


def form_currency(
    values: dict[str, Any], provenance: dict[str, Any], problems: Iterable[Any], formats: Iterable[str] = ()
) -> str:
    """The one currency a read form shows: "" when it shows none (our own blanks: renminbi),
    the codes joined by ``+`` when it shows several (``CNY+USD``: which one its words are in
    is not known). ``formats``: the currencies the number formats of the cells read print
    (an amount cell formatted ``"NT$"#,##0`` shows New Taiwan dollars)."""

    def leaves(node: Any) -> Iterable[Any]:
        if isinstance(node, dict):
            for v in node.values():
                yield from leaves(v)
        elif isinstance(node, list):
            for v in node:
                yield from leaves(v)
        elif isinstance(node, str) and len(node) <= 40 and any(c.isdigit() for c in node):
            yield node  # a figure typed with its currency ("NT$ 18,500"), not a line's text

    texts = [getattr(p, "label", "") for p in provenance.values()]
    texts += list(leaves(values))
    texts += [p.params.get("text", "") for p in problems if getattr(p, "code", "") == "unread_label"]
    texts += [
        p.params.get("currency", "") for p in problems if getattr(p, "code", "") == "amount_in_currency"
    ]
    found = currencies_in(texts) | set(formats)
    return "+".join(sorted(found))
