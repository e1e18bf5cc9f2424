"""A printed label's head words and whether it names a count — below both :mod:`.head_words` (which reads
an unknown label by them) and :mod:`.units` (which asks whether a label names a count before it reads a
capital W as 万). The head words that tell a kind are made in the vocabulary, from the forms' own labels
(:func:`.vocab.telling_heads`, with the words meaning them, :data:`.vocab.SAME_HEAD`: its matching asks them
too); this module imports only the vocabulary, so either may read it without importing the other (units →
head_words → field_codes → units was a cycle).
"""

from __future__ import annotations

from ..lazy_re import lazy_re
from ..values import halfwidth
from .vocab import (  # the head words are made where the labels are (vocab: its matching asks them too)
    BRACKETED,
    SAME_HEAD,
    _last_words,
    label_words,
    norm,
    telling_heads,
)

# the forms' count heads: a label that is one of these (or a word meaning one) and nothing more says a count
COUNT_HEADS = frozenset(["qty", "quantity", "数量"])

_CJK_RUN = lazy_re(r"[\u3400-\u9fff]+")
_LATIN_BRACKETED = lazy_re(r"^\s*[A-Za-z]+\.?\s*[(（][^)）]*[)）]\s*[:：]?\s*$")
_LATIN_LAST = lazy_re(r"[A-Za-z]\.?\s*[:：]?\s*$")


def heads_of(text: str) -> list[str]:
    """The possible head words of a label: its Chinese run's last 3, 2 and 1 characters, else its
    Latin last word (then its first: ``Qty damaged``, ``Date received``). A Latin word alone
    (``Name`` under a heading ``Defective Part``) is no head: it says the kind of value, never
    which thing's — that is the section's."""
    cjk, latin = label_words(text)
    out: list[str] = []
    if latin and (cjk or len(latin) >= 2) and _LATIN_LAST.search(halfwidth(text)):
        out.append(latin[-1])  # 管理No., 문서번호 Doc No.: the Latin last word is the head
    if cjk:
        out += _last_words(cjk, latin, printed=True)
    elif len(latin) >= 2:
        out += [latin[-1], latin[0]]
    elif latin and _LATIN_BRACKETED.search(halfwidth(text)):
        out.append(latin[0])  # "Amount (US$)": a head word alone, qualified by its brackets
    return list(dict.fromkeys(out))


def a_count_alone(text: str) -> bool:
    """Is a label the word for a count and nothing more — no count of its own (数量, 數　量, 數 量（台）, 数, 件数,
    ``Qty.``, ``Q t y``, ``Quantity``, ``Pcs``): its words, brackets dropped and spaces closed, one of the forms'
    count heads (:data:`COUNT_HEADS`, with the words meaning them, :data:`SAME_HEAD`)? ``出货数量`` names one."""
    word = "".join(norm(BRACKETED.sub(" ", halfwidth(str(text)))).split())
    return SAME_HEAD.get(word, word) in COUNT_HEADS


def names_a_count(text: str) -> bool:
    """Does a label say by its head word that it holds a count of pieces: a head the forms' count labels end
    in (出货数量, 件数, ``Qty``, ``Shipped Qty``, :func:`telling_heads`), or the word for a count alone (数量, 數　量)?
    A head of one Chinese character is not enough (容量, a capacity, ends in 量 too)."""
    cjk, _latin = label_words(
        "".join(halfwidth(str(text)).split())
    )  # 數　量: a word spaced out is the same word
    heads = telling_heads()
    said = [h for h in heads_of(text) if len(h) > 1 or not _CJK_RUN.match(h)] + ([cjk] if cjk else [])
    return any(heads.get(SAME_HEAD.get(h, h)) == "qty" for h in said)
