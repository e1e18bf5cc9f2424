"""The head words of labels and the kinds of value they tell — below both :mod:`.head_words` (which reads
an unknown label by them) and :mod:`.units` (which asks whether a label names a count before it reads a
capital W as 万): the one place these words are made, from the forms' own labels (:func:`telling_heads`)
and a closed list of the words meaning them (:data:`SAME_HEAD`). It imports only the vocabulary, so
either may read it without importing the other (units → head_words → field_codes → units was a cycle).
"""

from __future__ import annotations

from collections import Counter

from ..forms import describe
from ..lazy_re import lazy_re
from ..values import halfwidth
from .vocab import BRACKETED, FormLabels, folded, form_labels, norm, plain_latin

# the kinds of value a head word may say (a field's schema type); choices and ticks are never
# guessed: their options name themselves
HEAD_KINDS = frozenset({"text", "code", "date", "qty", "money", "number"})
# a head word tells its kind when this share of the labels ending in it are of that kind
_ONE_KIND = 0.8

# Head words no form prints at the end of a label, each with the head word of the forms' own
# labels it means (a closed list: the forms cannot tell these, every one is a common office word
# of the same meaning). Checked against the forms' heads in tests/test_reader_head_words44.py.
SAME_HEAD: dict[str, str] = {
    "师": "人",  # 服务工程师, 质检师: a person, as 通报人
    "工程师": "人",
    "单号": "编号",  # (where no label of the form ends in 单号)
    "号码": "编号",
    "时间": "日期",  # 报修时间: the day it happened
    "件数": "数量",
    "个数": "数量",
    "数": "数量",
    "员": "人",  # 跟单员, 检验员: a person
    "型": "型号",  # 機型, 鞋型: the model, the part's number
    "model": "型号",
    "type": "型号",
    "现象": "描述",  # 故障现象: what was seen, the description
    "情况": "描述",
    "说明": "描述",
    "engineer": "by",  # Service engineer: a person, as Reported by
    "inspector": "by",
    "number": "no",
    "#": "no",
    "id": "no",
    "quantity": "qty",
    "units": "qty",
    "pcs": "qty",
    "details": "description",
    "deadline": "date",  # (Deadline, Due: the day a thing is due, a date as 期限)
}

# the forms' count heads: a label that is one of these (or a word meaning one) and nothing more says a count
COUNT_HEADS = frozenset(["qty", "quantity", "数量"])

_CJK_RUN = lazy_re(r"[\u3400-\u9fff]+")
_LATIN_WORD = lazy_re(r"[a-z]+\.?|#")
_LATIN_BRACKETED = lazy_re(r"^\s*[A-Za-z]+\.?\s*[(（][^)）]*[)）]\s*[:：]?\s*$")
_LATIN_LAST = lazy_re(r"[A-Za-z]\.?\s*[:：]?\s*$")


def label_words(text: str) -> tuple[str, list[str]]:
    """A label's comparable words: (its Chinese run, folded to zh-Hans, or ""; its Latin words,
    lower case, without accents or a trailing full stop)."""
    raw = BRACKETED.sub(" ", plain_latin(folded(halfwidth(str(text))))).strip()
    runs = _CJK_RUN.findall(raw)
    cjk = max(runs, key=len) if runs else ""
    latin = [w.rstrip(".") for w in _LATIN_WORD.findall(raw.lower())]
    return cjk, [w for w in latin if w]


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


def own_label_heads(label: str) -> list[str]:
    """The head words a form's own label ends in (its last 1–3 Chinese characters, its last
    Latin word)."""
    cjk, latin = label_words(label)
    return _last_words(cjk, latin, printed=False)


def _last_words(cjk: str, latin: list[str], *, printed: bool) -> list[str]:
    """A label's possible heads by their length: its Chinese run's last 3, 2 and 1 characters
    (the whole run is no head: 日期 alone names no kind against 到货日期). Without Chinese, for a
    form's own label (not ``printed``), its Latin last word where it has two (Date received) or
    is one the forms print alone as a head (Date, Qty, No.); a printed label's Latin words are
    :func:`heads_of`'s."""
    if cjk:
        return [cjk[-n:] for n in (3, 2, 1) if len(cjk) > n]
    if printed:
        return []
    return latin[-1:] if len(latin) >= 2 or (latin and latin[0] in ("date", "qty", "no")) else []


def telling_heads() -> dict[str, str]:
    """Head word → the kind of value the labels of every form ending in it hold, kept only where
    they are of one kind (:data:`_ONE_KIND`): 日期 → date, 编号 → code, 数量 → qty, 人 → text.
    Made once from the one index of all forms' labels (vocab.form_labels), let go with it."""
    return form_labels().derived(_telling_heads)


def _telling_heads(labels: FormLabels) -> dict[str, str]:
    seen: dict[str, Counter[str]] = {}
    for spec in labels.specs:
        metas = list(spec.leaf_fields.values())
        for meta in list(metas):
            if meta.kind == "table" and meta.row_model is not None:
                metas += describe(meta.row_model).values()  # a table's columns' labels too
        for meta in metas:
            for label in meta.labels:
                for head in own_label_heads(label):
                    seen.setdefault(head, Counter())[meta.kind] += 1
    out: dict[str, str] = {}
    for head, kinds in seen.items():
        kind, count = kinds.most_common(1)[0]
        if kind in HEAD_KINDS and count >= 2 and count >= _ONE_KIND * sum(kinds.values()):
            out[head] = kind
    return out


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
