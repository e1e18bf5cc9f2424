"""A label no vocabulary knows, read by its head word and its first word — always warned (issue 10).

Most labels the reader misses on a layout nobody has seen are synonyms of a label it knows
(机身编号 for 批号's neighbour, 报修日期 for 受理日期, 故障件数量 for 不良数量, Inspection date, Qty
damaged). The label's **last word** (its head: 编号 / No. → a number, 日期 / date → a date, 数量 /
Qty → a count, 人 / by → a person, 名称 → a name, 描述 → a text) says what kind of value it holds,
and its **first word** (its modifier: 故障 / damaged → the defect count, 到货 / delivered → the
delivered count, 反馈 / NCR → another paper's number) which field of that kind it is.

The head words are not listed by hand: they are the last words of the labels the forms
themselves print (every date field's labels end in 日期 / 日 / date, every count's in 数量 / 数 /
qty …), each kept only where the labels ending in it are of one kind of value (the field's
schema type: date, count, amount, code, text). A field is a head word's when one of its own
labels ends in that word. Only the words no form prints as a head are listed here (a closed list,
each with what it stands for), and three groups of first words no form names for the field they
mean (a defect, a delivery, another paper).

The rule runs only on the texts the reader already took as labels and left unread
(``unread_label``: no vocabulary names them), never above a known label (a field that a label of
its own found, with its value or empty beside it, keeps it), only for a field still empty, only
for a value whose shape fits the kind (a date under a date head, a code under a number head, a
figure under a count head), and not when two unknown labels point at one field (both stay
unread). Every value read so carries ``label_by_head_word`` naming the label and the field: a
wrong guess is flagged, never silent.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from pydantic_core import PydanticCustomError

from .. import value_paths
from ..forms import FieldMeta, FormSpec, describe
from ..lazy_re import lazy_re
from ..problems import Problem
from ..values import halfwidth
from .boxes import LOW_CONFIDENCE, Box, Provenance
from .compound import as_option, options_named_in
from .field_codes import abbreviation_first
from .guards import a_named_person
from .label_heads import COUNT_HEADS as _COUNT_WORDS
from .label_heads import heads_of as _heads_of
from .persons import person_field, sign_off_caption
from .units import scale_of
from .vocab import HEAD_KINDS as _KINDS
from .vocab import SAME_HEAD as _SAME_HEAD
from .vocab import (
    label_halves,
    label_like,
    norm,
    own_label_heads,
    replied,
    sentence,
    telling_heads,
)
from .vocab import label_words as _words

MESSAGES: dict[str, tuple[str, str]] = {
    "label_by_head_word": (
        "{label}读自表上的标签“{text}”：没有一个栏位认得这个标签，按其末尾的“{head}”猜作{label}，"
        "读作“{value}”，请核对",
        "{label} was read from the label '{text}' on the form: no field knows that label; by its "
        "last word '{head}' it was taken for {label}, read as '{value}'; please check",
    ),
    "choice_label_over_text": (
        "{label}读自表上的标签“{text}”：这个标签原指一个选项栏位，但旁边写的是一段文字“{value}”，"
        "不是任何选项，按问题的描述读作{label}，请核对",
        "{label} was read from the label '{text}' on the form: that label names a choice, yet beside it"
        " stands a sentence, '{value}', naming none of its options, read as the problem's text; please check",
    ),
    "party_label_over_person": (
        "{label}读自表上的标签“{text}”：这个标签通常指客户一方，另一标签已读出客户，而它旁边是一个人名"
        "“{value}”，按代客户反映问题的人读作{label}，请核对",
        "{label} was read from the label '{text}' on the form: that label names the customer's side,"
        " which another label gave; beside it stands a person's name, '{value}', read as the person who"
        " reported for the customer; please check",
    ),
}

# how sure a value read by its label's head word is: the strength at which the vocabulary finds a
# known label inside a longer one (Vocabulary._inside, never taken alone) — below every label of
# its own, so it is shown as a guess wherever its confidence is
HEAD_STRENGTH = 0.39

HEAD_HOW = "label-head-word"  # a Provenance's how for such a value

# The one-character endings of a person's title (通报人, 检验员, 发现者, 工程师) and of a party's
# (需方, 经销商, 得意先): the only single characters that head a text's label surely (any other,
# 理 of 处理 and 经理, 位 of 单位 and 岗位, says nothing alone)
_PERSON_ENDINGS = frozenset("人员者师方商先")

# The label families a head word of the forms' own labels does not reach (round 45): each a closed
# list of words no form prints in the sense meant, with the field of the form it stands for —
# found from the form itself (its FormSpec: the party, the problem's text), never one set's text.
#
# A party: the last character of a company's, a shop's, a side's, a household's name (零售商,
# 分店, 委托方, 商户) — the form's party (FormSpec.party_field: the customer, an allowance's buyer);
# no form's label of its party ends so (客户名称, 买受人), so the forms cannot tell it.
_PARTY_HEADS = frozenset("商店方户")
# … unless its first word supplies, sells, makes or carries (供应商, 卖方, 制造商, 承运商), or is the
# factory's or our own (厂商, 厂方, 我方): the other side of the trade, no customer (经销商 / 零售商
# buy from us to sell: the customer's side)
_SELLING_FIRST = ("供", "卖", "销", "制造", "生产", "承运", "物流", "快递", "加工", "代工", "厂", "我")
# the first words that make a 名称 / name a party's, not the part's (通路名称: the chain selling it)
_PARTY_FIRST = frozenset(["通路", "渠道", "门店", "零售", "经销", "代理", "卖场", "商场", "超市", "分店"])
# Single English words with no head, each with what it names (a closed list: the forms print these
# meanings only in longer labels, Customer name / Part No.): "party" → the form's party field;
# "count" → the form's one count, if it has exactly one; any other → the field of that name.
_ONE_WORDS: dict[str, str] = {
    "retailer": "party",  # the shop chain that sells the goods and complains
    "dealer": "party",
    "distributor": "party",
    "reseller": "party",
    "wholesaler": "party",
    "importer": "party",
    "buyer": "party",  # on a return note / an allowance: the side that gives the goods back
    "purchaser": "party",
    "consignee": "party",  # who received the goods
    "claimant": "party",  # who claims
    "client": "party",
    "store": "party",
    "merchant": "party",
    "sku": "part_no",  # a shop's stock-keeping unit: the part's number for it
    "upc": "part_no",  # a barcode: the number a shop knows the part by (a domain call)
    "ean": "part_no",
    "gtin": "part_no",
    "model": "part_no",  # the model a part is sold as (Model No., 型号): the part's number
    "qty": "count",
    "quantity": "count",
}
# The heads of a reason (扣款事由, 差异原因, 退货理由, Reason for …): on a complaint sheet or a return
# note what went wrong — the form's return reason where it has one, else its problem's text
# (FormSpec.problem_field); on an 8D 原因 heads the root cause, left to the head words' rule.
_REASON_HEADS = frozenset(["原因", "事由", "理由", "缘由"])
# 原因 is also a cause's head (不良原因, 流出原因: the complaint's root cause, round 44's rule): it is
# the complaint's grounds only after a word of the customer's act (a closed list)
_CUSTOMERS_ACTS = (
    "扣款",
    "差异",
    "退货",
    "退换",
    "换货",
    "退回",
    "拒收",
    "投诉",
    "客诉",
    "索赔",
    "罚款",
    "扣罚",
    "下架",
)
_EIGHT_D = "8d"
# A signer by the act signed (批核, 审批, 店长, 品控经理, Approved): the characters and words of
# approving, and the heads of a chief's title (店长, 科长, 品控经理), which signs by approving —
# the form's one approver: its field one of whose labels is 批准 / 核准 / Approved by
_APPROVING = frozenset("批核审")
_CHIEF_HEADS = ("长", "经理")
_APPROVER_LABELS = frozenset(["批准", "核准", "approved by"])
_APPROVING_WORDS = frozenset(["approved", "approval", "approve"])

# First words naming the printed template itself (文件编号, 表单编号, Form No., 表格版本): its document
# control code, never a field of the complaint (a closed list: no form labels these)
_THE_TEMPLATE = frozenset(["文件", "表单", "表格", "form"])

# The first words that choose among the fields of one kind, where no label of the form prints
# them (a closed list: what the word means for a complaint, not a word of any field's labels)
_MODIFIER_GROUPS: tuple[frozenset[str], ...] = (
    # a defect, a damage, a shortfall: the defective count, the defect's own words
    frozenset(
        [
            "不良",
            "故障",
            "破损",
            "损坏",
            "受损",
            "短少",
            "缺少",
            "疵点",
            "瑕疵",
            "失效",
            "报废",
            "异常",
            "不合格",
            "问题",
            "缺陷",
            "damaged",
            "damage",
            "defective",
            "defect",
            "failed",
            "failure",
            "faulty",
            "rejected",
            "reject",
            "ng",
            "short",
        ]
    ),
    # what was delivered: the delivered count
    frozenset(
        [
            "交货",
            "到货",
            "供货",
            "出货",
            "发货",
            "交运",
            "送货",
            "来料",
            "进料",
            "收货",
            "delivered",
            "delivery",
            "invoiced",
            "supplied",
            "shipped",
            "shipping",
            "received",
        ]
    ),
    # the money the customer takes (a chargeback, a claim, a deduction): the loss / claim amount
    frozenset(["扣款", "索赔", "赔偿", "罚款", "扣除", "扣罚", "chargeback", "claim", "debit", "deduction"]),
    # another paper's number: the complaint's number where the form has one
    frozenset(
        [
            "客诉",
            "投诉",
            "抱怨",
            "客户",
            "反馈",
            "异议",
            "联络",
            "连络",
            "通知",
            "关联",
            "原",
            "不具合",
            "complaint",
            "claim",
            "ncr",
            "scar",
            "notice",
            "feedback",
            "related",
            "customer",
        ]
    ),
    # the goods themselves (Description of Goods, Product details): the part's field of the head's
    # kind, its name or its number, not the problem's text (round 46)
    frozenset(
        [
            "goods",
            "product",
            "products",
            "item",
            "items",
            "material",
            "materials",
            "part",
            "parts",
            "article",
            "articles",
            "merchandise",
            "commodity",
        ]
    ),
)

# the money the customer takes (罚款, 扣款, 索赔): such a word alone is its sum (罚款 = 罚款金额)
_TAKING_MONEY = _MODIFIER_GROUPS[2]

# Words that join the words of a label and say nothing of its field (Description *of* Goods,
# Nombre *de la* pieza): never a first word shared with a field's labels
_FUNCTION_WORDS = frozenset(["of", "the", "for", "and", "de", "la", "del", "des", "du", "di", "da", "do"])
# A past participle's endings (Dated: the day it is dated): a label of one such word says what its
# stem, a head of the forms' own labels, says (a date), where that head's values have a shape
_PARTICIPLE_ENDINGS = ("ed", "d")
_SHAPED_KINDS = frozenset({"date", "qty", "money", "number", "code"})

_CJK = lazy_re(r"[\u3400-\u9fff]")
_DIGIT = lazy_re(r"\d")
# an upper-case abbreviation before a Chinese label (RMA 单号, OQC 检验员): it names another paper or
# person than the field the label's head words name, unless a group below names it (NCR 編號)
_ABBREVIATION_FIRST = abbreviation_first(2, spaced=False)
_FIGURE = lazy_re(r"^\s*[-+]?\d[\d,]*(?:\.\d+)?")
# an amount typed after its currency (¥3,280.00, RMB 6,480.00, NT$ 1,200, € 95): its sign or code first
_SIGNED_FIGURE = lazy_re(r"^\s*(?:[A-Z]{2,3}\s*)?[$¥€£₩₹₽₺₫฿]?\s*[-+]?\d[\d,]*(?:\.\d+)?\s*$")
_DATE_LIKE = lazy_re(r"^\s*\d{1,4}\s*[-/.年]\s*\d{1,2}(?:\s*[-/.月]\s*\d{1,4}\s*日?)?\s*$")


def _modifier(text: str, head: str) -> list[str]:
    """The words of a label before (or, for an English head first, after) its head word."""
    cjk, latin = _words(text)
    words = [w for w in latin if w != head]  # NCR 編號: NCR names the paper
    if cjk:
        rest = cjk[: len(cjk) - len(head)] if cjk.endswith(head) else cjk
        words += [rest[:n] for n in (3, 2, 1) if len(rest) >= n]
    return words


@dataclass(frozen=True)
class _Heads:
    """One form's heads: head word → the fields (in the form's order) one of whose labels ends
    in it; and each field's words (its labels' 2-character pieces and Latin words)."""

    fields: dict[str, tuple[str, ...]]
    words: dict[str, frozenset[str]]
    # head word → the field most of whose labels end in it (the form's first of them on a tie)
    usual: dict[str, str]
    kinds: dict[str, str]  # field → its kind of value
    # a table's columns (a line's few sums: 单价 / 金额), where a sum's head alone takes its
    # usual column; a form's top-level sums are many (loss, allowance, totals): never so
    columns: bool = False


def heads_a_value(text: str) -> bool:
    """Does a label no vocabulary knows still say, by its head word, that a value of its own follows:
    a person or a party (``QE/工艺工程师``, ``跟进人``, ``经销商``: :data:`_PERSON_ENDINGS`), or a date, a
    number, a count or a sum (``复查日期``, ``返厂单号``)? A heading that says only "a text" (``上门检测``,
    ``检测结果``) does not: inside running text it is the writer's own words."""
    cjk, _latin = _words(text)
    if cjk and cjk[-1] in _PERSON_ENDINGS:
        return True
    heads = telling_heads()
    return any(heads.get(_SAME_HEAD.get(h, h)) in _KINDS - {"text"} for h in _heads_of(text))


def own_label_and_head(text: str, key: str) -> bool:
    """Is a label a field's own label whole (``key``, as the vocabulary matched it) with a head word after or
    before it and nothing more (``Effectiveness check by``, ``Effectiveness check date``, 效果确认人)? Such a
    label of a table (D6's lines) is that table's attribute — its checker, its date — never another field's by its
    head word (anchor's known_loosely asks it of a table or a group; a field of one value has no attributes)."""
    whole = norm(text)
    if not key or len(key) >= len(whole):
        return False
    rest = whole[len(key) :] if whole.startswith(key) else whole[: -len(key)] if whole.endswith(key) else ""
    return bool(rest) and (_SAME_HEAD.get(rest, rest) in telling_heads() or rest in _PERSON_ENDINGS)


@lru_cache(maxsize=16)
def form_heads(spec: FormSpec) -> _Heads:
    """The heads of one form's top-level fields (:class:`_Heads`)."""
    return _heads_among(tuple(spec.leaf_fields.items()))


@lru_cache(maxsize=32)
def column_heads(row_model: Any) -> _Heads:
    """The heads of one table's columns (:class:`_Heads`)."""
    return _heads_among(tuple(describe(row_model).items()), columns=True)


def _heads_among(metas: tuple[tuple[str, FieldMeta], ...], columns: bool = False) -> _Heads:
    telling = telling_heads()
    fields: dict[str, list[str]] = {}
    words: dict[str, frozenset[str]] = {}
    counts: dict[str, Counter[str]] = {}
    for path, meta in metas:
        if meta.kind not in _KINDS:
            continue
        own: set[str] = set()
        for label in meta.labels:
            for head in own_label_heads(label):
                if telling.get(head) == meta.kind:
                    counts.setdefault(head, Counter())[path] += 1
                    if path not in fields.setdefault(head, []):
                        fields[head].append(path)
            cjk, latin = _words(label)
            own.update(cjk[i : i + 2] for i in range(len(cjk) - 1))
            own.update(latin)
        words[path] = frozenset(own)
    usual = {head: max(paths, key=lambda p: counts[head][p]) for head, paths in fields.items()}
    kinds = {path: str(meta.kind) for path, meta in metas}
    return _Heads({h: tuple(p) for h, p in fields.items()}, words, usual, kinds, columns)


@dataclass(frozen=True)
class Guess:
    """A field guessed for an unknown label: its path, the head word that told it; ``person``:
    only over one person's name (a party's label, :func:`_party_person`; an act's participle,
    ``Signed``); ``party``: a label of the form's party (its own message); ``first``: told by the
    label's first word too (审核人 by 审核, shared with 财务审核), not by its head alone."""

    path: str
    head: str
    person: bool = False
    party: bool = False
    first: bool = False


def guess_field(spec: FormSpec, text: str) -> Guess | None:
    """The top-level field of ``spec`` an unknown label names: by its family (:func:`_family`),
    else by its head word and first word (:func:`guess_among`)."""
    heads = form_heads(spec)
    if _another_papers(text):
        return None
    family = _family(spec, heads, text)
    if family is _REFUSED:
        return None
    return family or guess_among(heads, text) or _by_halves(spec, text) or _party_person(spec, heads, text)


def _party_person(spec: FormSpec, heads: _Heads, text: str) -> Guess | None:
    """A label of the form's party (``Complainant``, 投诉人: the customer's, known loosely) left
    unread — the party read from another label (``Buyer``) — reads, over one person's name
    (``Rajesh Kulkarni``, 王军: :func:`.guards.a_named_person`, never a company's), the person who
    complained for the party: the first person's field of the party's own section (a complaint's
    reporter). A form with no person's field there (a return note's, an allowance's): none."""
    if not party_label(spec, text):
        return None
    party = spec.leaf_fields.get(spec.party_field)
    people = [
        path
        for path, meta in spec.leaf_fields.items()
        if party is not None and meta.section == party.section and person_field(meta)
    ]
    if not people or heads.kinds.get(people[0]) != "text":
        return None
    return Guess(people[0], _label_key(text), person=True, party=True)


def _label_key(text: str) -> str:
    """A label as :func:`_own_labels` keys it: its Chinese run, else its Latin words."""
    cjk, latin = _words(text)
    return cjk or " ".join(latin)


def party_label(spec: FormSpec, text: str) -> bool:
    """Is ``text`` one of the labels of the form's party field (``Complainant``, 投诉人, its
    brackets aside)? Over a person's name it may name the person who complained
    (:func:`_party_person`), so the page hands it to this module though it knows it nearly whole."""
    return spec.party_field in _own_labels(spec).get(_label_key(text), ())


def names_the_party(spec: FormSpec, text: str) -> bool:
    """Does ``text`` name the form's party by a party's word of its family (:func:`_family`: 分销商,
    代理商, Reseller, Importer — a side of the trade), not by a bare name's head (名称, Name)?"""
    family = _family(spec, form_heads(spec), text)
    return family is not None and family is not _REFUSED and family.path == spec.party_field


def _by_halves(spec: FormSpec, text: str) -> Guess | None:
    """A label printed in two languages neither of which any label of ours is worded in (``PO
    Ref. / Số PO``, ``Código / Code``): read by the head words of each half (vocab.label_halves),
    where one half tells a field and the other tells none or the same one (two halves telling two
    fields: no guess). The Chinese run of a half is read as :func:`guess_among` reads it."""
    halves = label_halves(text)
    if halves is None:
        return None
    told = {g.path: g for half in halves if (g := guess_field(spec, half)) is not None}
    return next(iter(told.values())) if len(told) == 1 else None


# a family's answer that the label names none of the form's fields (供应商: the other side)
_REFUSED = Guess("", "")


def _another_papers(text: str) -> bool:
    """Does a label begin with a capital abbreviation no first-word group names (RMA 单号, OQC
    检验员, OEM 客户: another paper's, person's, party's label — not ours; NCR 編號 is)?"""
    abbreviated = _ABBREVIATION_FIRST.match(halfwidth(text))
    if abbreviated is None:
        return False
    return not any(abbreviated[1].lower() in group for group in _MODIFIER_GROUPS)


def _family(spec: FormSpec, heads: _Heads, text: str) -> Guess | None:
    """The field a label of a family the forms' heads do not reach names (round 45): a party
    (零售商, 分店, 通路名称, Retailer), a reason (扣款事由, Reason for Chargeback), a single
    English word of :data:`_ONE_WORDS` (SKU, Qty), a signer by the act signed — None where the
    family does not tell, :data:`_REFUSED` where it tells no field of ours. Only fields of the
    form's own, of a kind the head's value may be (a text for a party or a reason)."""
    cjk, latin = _words(text)
    if cjk:
        if any(m in _THE_TEMPLATE for m in _modifier(text, cjk[-2:])):
            return None
        if len(cjk) >= 2 and cjk[-1] in _PARTY_HEADS and not latin:
            if cjk.startswith(_SELLING_FIRST):
                return _REFUSED
            return _text_field(heads, spec.party_field, cjk[-1])
        if cjk.endswith(("名称", "名")) and any(cjk.startswith(m) for m in _PARTY_FIRST):
            return _text_field(heads, spec.party_field, cjk[-2:])
        if cjk[-2:] in _REASON_HEADS and spec.kind != _EIGHT_D:
            if cjk[-2:] != "原因" or cjk.startswith(_CUSTOMERS_ACTS):
                return _reason_field(spec, heads, cjk[-2:])
        if cjk in _TAKING_MONEY and not latin:
            return _money_word(heads, cjk)  # 罚款 | 5000: the penalty's sum
        signer = _own_label_field(spec, cjk + "人")  # 审批 → 审批人: a signer's label but its 人
        if signer is not None:
            return Guess(signer, cjk)  # (the message names the word that told: 审批, not 人)
        if not latin and _APPROVING & set(cjk) and (signing := _signing(heads, cjk)) is not None:
            return signing  # 审核 alone: the one signer whose labels hold it (财务审核)
        if not latin and len(cjk) <= 4 and cjk[-2:] not in telling_heads():
            chief = next((h for h in _CHIEF_HEADS if cjk.endswith(h)), None)
            if chief is not None or (len(cjk) <= 3 and _APPROVING & set(cjk)):
                return _approver(spec, heads, chief or cjk)
        return None
    if latin and latin[0] == "reason" and len(latin) >= 2 and spec.kind != _EIGHT_D:
        return _reason_field(spec, heads, "reason")  # Reason for Chargeback, Reason of Return
    if len(latin) != 1:
        return None
    word = latin[0]
    stem = _participle_head(heads, word)
    if stem is not None:
        return Guess(heads.usual[stem], word)
    if word in _APPROVING_WORDS:
        return _approver(spec, heads, word)
    if word.endswith("ed") and sign_off_caption(word):
        # Signed, Checked (a sign-off's caption, .persons.sign_off_caption): the act done, its
        # doer's label (Signed by), over a person's name only
        doer = guess_among(heads, f"{word} by")
        if doer is not None and person_field(spec.leaf_fields.get(doer.path)):
            return Guess(doer.path, word, person=True)
        return None
    if word not in _ONE_WORDS:
        return None
    meaning = _ONE_WORDS[word]
    if meaning == "party":
        return _text_field(heads, spec.party_field, word)
    if meaning == "count":
        # (a count the form's labels call a quantity: never 逾期天数, the days overdue)
        counts = [p for p, k in heads.kinds.items() if k == "qty" and _COUNT_WORDS & heads.words[p]]
        return Guess(counts[0], word) if len(counts) == 1 else None
    return Guess(meaning, word) if heads.kinds.get(meaning) == "code" else None


def _money_word(heads: _Heads, word: str) -> Guess | None:
    """A word of the money the customer takes printed alone (罚款, 扣款, 索赔: :data:`_TAKING_MONEY`):
    the form's sum whose labels hold most of that group's words (a complaint's loss amount), or
    None where two sums hold as many (or none any)."""
    shared = sorted(
        ((len(_TAKING_MONEY & heads.words[p]), p) for p, k in heads.kinds.items() if k == "money"),
        reverse=True,
    )
    if shared and shared[0][0] and (len(shared) == 1 or shared[0][0] > shared[1][0]):
        return Guess(shared[0][1], word)
    return None


def family_kind(spec: FormSpec, text: str) -> str | None:
    """The kind of value (a field's schema type) a label of a family the forms' heads do not reach
    names (:func:`_family`: a party's 加盟店 / Retailer, a one-word GTIN, a participle Dated, a money
    word alone 罚款), or None: so a text the page did not take for a label, with a value of that
    kind beside it that nothing read, is said unread (.unread_texts), never passed over."""
    if _another_papers(text):
        return None
    heads = form_heads(spec)
    found = _family(spec, heads, text)
    if found is None or found is _REFUSED:
        return None
    if len(found.head) == 1 and _CJK.search(found.head) and len(text.strip(" :：")) > _SHORT_BY_ONE:
        return None  # 深圳福田三号店: a shop's name ends in 店 too; a label so told is short (加盟店)
    return heads.kinds.get(found.path)


_SHORT_BY_ONE = 4  # a label told by a one-character head (店, 商) at most this long


def _participle_head(heads: _Heads, word: str) -> str | None:
    """The head of the form's labels a one-word label is the past participle of (``Dated`` of
    ``date``), where that head's values have a shape to check (:data:`_SHAPED_KINDS`: a date, a
    count, a code — a text's head says nothing so), or None."""
    for ending in _PARTICIPLE_ENDINGS:
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) >= 3 and stem in heads.fields:
            if heads.kinds.get(heads.usual[stem]) in _SHAPED_KINDS:
                return stem
    return None


@lru_cache(maxsize=16)
def _own_labels(spec: FormSpec) -> dict[str, tuple[str, ...]]:
    """A form's top-level text fields' labels, compared as :func:`_words` makes them (folded,
    lower case): label → the fields printing it."""
    out: dict[str, list[str]] = {}
    for path, meta in spec.leaf_fields.items():
        if meta.kind != "text":
            continue
        for label in meta.labels:
            cjk, latin = _words(label)
            key = cjk or " ".join(latin)
            if key and path not in out.setdefault(key, []):
                out[key].append(path)
    return {k: tuple(v) for k, v in out.items()}


def _own_label_field(spec: FormSpec, key: str) -> str | None:
    """The one text field of the form one of whose labels is ``key``, or None."""
    paths = _own_labels(spec).get(key, ())
    return paths[0] if len(paths) == 1 else None


def _approver(spec: FormSpec, heads: _Heads, head: str) -> Guess | None:
    """The form's one approver (:data:`_APPROVER_LABELS`), or None where it has none or two."""
    labels = _own_labels(spec)
    paths = {p for key in _APPROVER_LABELS for p in labels.get(key, ())}
    return _text_field(heads, paths.pop(), head) if len(paths) == 1 else None


def _signing(heads: _Heads, word: str) -> Guess | None:
    """The one person's field of the form whose labels hold the act ``word`` names (审核: an
    allowance's manager, whose labels hold 财务审核), told by that word as a first word is; None
    where no field's or two fields' labels hold it."""
    if len(word) != 2:
        return None
    fields = [p for p, k in heads.kinds.items() if k == "text" and word in heads.words[p]]
    return Guess(fields[0], word, first=True) if len(fields) == 1 else None


def _text_field(heads: _Heads, path: str, head: str) -> Guess | None:
    """``path`` guessed for a label headed ``head`` where it is a text field of the form."""
    return Guess(path, head) if heads.kinds.get(path) == "text" else None


def _reason_field(spec: FormSpec, heads: _Heads, head: str) -> Guess | None:
    """A reason's field: the form's return reason where it has one, else its problem's text."""
    for path in ("reason", spec.problem_field):
        if path and heads.kinds.get(path) == "text":
            return Guess(path, head)
    return None


def guess_among(heads: _Heads, text: str) -> Guess | None:
    """The field an unknown label names by its head word and first word, or None.

    The head (the longest last word of the label that a form's labels end in, or that
    :data:`_SAME_HEAD` says means one) gives the fields of its kind; one alone is taken; among
    several, the one whose own labels share the label's first word, else the one its first
    word's group (:data:`_MODIFIER_GROUPS`) names, else the one most of whose labels end in that
    head (通报人, 填表人 … → the reporter; the form's first on a tie)."""
    reply_key = _words(text)[0]
    if _another_papers(text):
        return None  # RMA 单号, OQC 检验员, OEM 客户: another paper's, person's, party's — not ours
    for printed in _heads_of(text):
        if replied(reply_key, printed):
            return None  # 回函号, 回复单号, 答复编号: the number of our reply, never the complaint's
        # the head as printed, and the forms' head it means (件数 → 数量): its fields all
        names = [h for h in (printed, _SAME_HEAD.get(printed)) if h is not None and h in heads.fields]
        if not names:
            continue
        fields = list(dict.fromkeys(p for h in names for p in heads.fields[h]))
        if len(printed) == 1 and _CJK.search(printed) and heads.kinds[fields[0]] == "text":
            if printed not in _PERSON_ENDINGS:
                continue  # 理 ends 处理 and 经理, 位 单位 and 岗位: one character says no text's field
        if _qualifies_another_kind(text, printed, heads.kinds[fields[0]]):
            return None  # 金额单位, 数量单位: the unit of an amount, no party
        if any(m in _THE_TEMPLATE for m in _modifier(text, printed)):
            return None  # 文件编号, 表单编号, Form No.: the printed template's code, no field's
        # a code's one-character head (号 of 盘号, 货号, 柜号: a reel's, an article's, a container's)
        # names a form's field only by its first word (the sharing or the groups below), never
        # alone (a hand-listed one, 型 → 型号, says its field as its forms' head does); a table's
        # few code columns are told by it (图号 over the lines: the part's number)
        weak = (
            not heads.columns
            and len(printed) == 1
            and bool(_CJK.search(printed))
            and printed not in _SAME_HEAD
            and heads.kinds[fields[0]] == "code"
        )
        mods = _modifier(text, printed)
        pieces = {m for m in mods if (len(m) == 2 or not _CJK.search(m)) and m not in _FUNCTION_WORDS}
        if len(fields) == 1 and not weak:
            # (weak48) the head's one field, unless the first word names another of its kind alone and not it:
            # ``Complaint Ref.`` is the complaint's number, ``PO Ref.`` the order's
            kind = heads.kinds[fields[0]]
            others = [
                q for q, k in heads.kinds.items() if k == kind and q != fields[0] and pieces & heads.words[q]
            ]
            if kind == "code" and others and not pieces & heads.words[fields[0]]:
                # (several: the one sharing most of the first words, the form's first on a tie)
                best = max(others, key=lambda q: (len(pieces & heads.words[q]), -others.index(q)))
                return Guess(best, printed, first=True)
            return Guess(fields[0], printed)
        sharing = [p for p in fields if pieces & heads.words[p]]
        if len(sharing) == 1:
            return Guess(sharing[0], printed, first=True)
        for group in _MODIFIER_GROUPS:
            if any(m in group for m in mods):
                # the field whose labels hold most of the group's words (出货 / 交货 / 到货 …)
                shared = sorted(((len(group & heads.words[p]), p) for p in fields), reverse=True)
                if shared[0][0] and (len(shared) == 1 or shared[0][0] > shared[1][0]):
                    return Guess(shared[0][1], printed, first=True)
        if weak or (heads.kinds[fields[0]] == "money" and not heads.columns):
            continue  # 金额 / Amount alone heads several sums: no guess without a first word
            # (款金额's first word 扣 says none; 金额's, 扣款, may)
        return Guess(heads.usual[names[0]], printed)
    return None


def _qualifies_another_kind(text: str, head: str, kind: str) -> bool:
    """Is the word before a Chinese label's head itself a head of another kind of value
    (金额单位: 金额 heads amounts, 单位 a party — the label is the amount's unit)?"""
    cjk, _latin = _words(text)
    rest = cjk[: len(cjk) - len(head)] if cjk.endswith(head) else ""
    other = telling_heads().get(rest[-2:]) if len(rest) >= 2 else None
    return other is not None and other != kind


def fits(meta: FieldMeta, value: Any) -> bool:
    """Does a value's shape fit its field's kind well enough to be read by a guessed label: a
    date for a date, a figure for a count or an amount, a code with a digit for a number, a
    short text for a name (never a bare figure or date), anything but a label for a text area?"""
    return fits_kind(str(meta.kind), value, long=bool(meta.long))


def fits_kind(kind: str, value: Any, *, long: bool = False) -> bool:
    """:func:`fits` by the kind of value alone (``long``: a text area's)."""
    if value is None or isinstance(value, bool):
        return False
    if not isinstance(value, str):
        if kind == "date":
            return hasattr(value, "year")
        if kind in ("qty", "money", "number"):
            return isinstance(value, (int, float)) or type(value).__name__ == "Decimal"
        return kind in ("text", "code") and isinstance(value, (int, float))
    text = value.strip()
    if not text or label_like(text):
        return False
    if kind == "date":
        from ..values import parse_date

        try:
            return parse_date(text) is not None
        except PydanticCustomError as e:
            # 07/11/2026: a date, its order of day and month to be told as a known label's is
            # (the region, the form's language: warned date_order_inferred where guessed)
            return e.type == "invalid_date_ambiguous"
        except Exception:
            return False
    if kind == "money" and _SIGNED_FIGURE.match(halfwidth(text)):
        return True
    if kind in ("qty", "money", "number"):
        return bool(_FIGURE.match(halfwidth(text)))
    if kind == "code":  # (1, 2, 3 under 序号 are the rows' numbers, no code)
        return 3 <= len(text) <= 40 and bool(_DIGIT.search(text)) and len(text.split()) <= 3
    if scale_of(text) is not None:
        return False  # 千元, 万元 under 金额单位: a unit, no name nor text
    if re.fullmatch(r"[\d\s,.+()/-]+", halfwidth(text)):
        return False  # 138 2654 7701: a figure or a telephone number, no text
    if long:
        return len(text) >= 2
    plain = halfwidth(text)
    return len(text) <= 80 and not _DATE_LIKE.match(plain) and not re.fullmatch(r"[\d\s,.]+", plain)


@dataclass
class Reader:
    """What :func:`read_by_head_words` needs of the page being read (anchor.read_boxes's)."""

    spec: FormSpec
    fields: dict[str, FieldMeta]
    # the candidates of a label box for a field: (value, the boxes holding it) in the order the
    # page offers them (right of the label, else under it)
    places: Callable[[Box, str, FieldMeta], list[tuple[Any, list[Box]]]]
    is_label: Callable[[Box], bool]
    # the first box right of a label on its row when it is itself taken for a label (审核人 | 王军,
    # a name styled as the captions are), nothing filled between: else None
    label_beside: Callable[[Box], Box | None] | None = None
    # the page's short texts (its title among them): a number label whose first word is the title's
    # initials (``TCR No.`` under ``TOOL CORRECTION REQUEST``) names the document's own number
    texts: tuple[str, ...] = ()


def read_by_head_words(
    reader: Reader,
    unread: Sequence[Box],
    values: dict[str, Any],
    where: Any,
    provenance: dict[str, Provenance],
    used: set[int],
) -> tuple[list[Box], list[Problem]]:
    """Read the unread labels' values by their head words (see the module's docstring): the
    values put in ``values`` / ``where`` / ``provenance``, the boxes read taken into ``used``;
    → (the labels still unread, the warnings of the values read)."""
    guesses: dict[str, list[tuple[Box, Guess, Any, list[Box]]]] = {}
    for box in unread:
        text = box.text.strip()
        if not text or len(text) > 40 or "\n" in text:
            continue
        guess = guess_field(reader.spec, text)
        if guess is None:
            continue
        meta = reader.fields.get(guess.path)
        if meta is None:
            continue
        read = value_paths.get(values, guess.path)
        if guess.path in where or read is not None:
            # a field that a label of its own found keeps it, its value or its empty box (the form's
            # party named again by another party's word: unread_texts.parties_named_again says it)
            continue
        offered = reader.places(box, guess.path, meta)
        named = [] if offered else _name_beside(reader, box, meta, unread, used)  # (a label's box: said so)
        for value, places in offered or named:
            if not places or any(id(b) in used or (reader.is_label(b) and not named) for b in places):
                continue
            # (a party's label over a person: only where another label gave the party)
            party = not guess.party or value_paths.get(values, reader.spec.party_field) is not None
            if fits(meta, value) and (not guess.person or a_named_person(value)) and party:
                guesses.setdefault(guess.path, []).append((box, guess, value, places))
            break
    left = list(unread)
    problems: list[Problem] = []
    taken: set[int] = set()
    for path, found in guesses.items():
        if len({id(b) for b, *_ in found}) > 1:
            # two unknown labels for one field: which is a guess of a guess — neither, unless one
            # alone is told by its first word too (审核人 by 审核, beside 制单人 by its 人 alone), or
            # alone opens with the initials of the page's title (TCR No. and Tool No. under TOOL
            # CORRECTION REQUEST: the request's own number)
            told = [f for f in found if f[1].first]
            if len({id(f[0]) for f in told}) != 1:
                told = [f for f in found if _titles_initials(f[0].text, reader.texts)]
            if len({id(f[0]) for f in told}) != 1:
                continue
            found = told
        box, guess, value, places = found[0]
        if any(id(b) in taken for b in places):
            continue
        taken.update(id(b) for b in places)
        used.add(id(box))
        used.update(id(b) for b in places)
        value_paths.put(values, path, value, make=True)
        where[path] = places[0].location
        provenance[path] = Provenance(
            places[0].location, box.text.strip(), box.location, HEAD_STRENGTH, HEAD_HOW
        )
        left = [b for b in left if b is not box and id(b) not in taken]
        problems.append(head_word_problem(path, box, guess, value, places[0].location))
    return left, problems


_ACRONYM = lazy_re(r"^\s*([A-Z]{2,5})\b")
_SMALL_WORDS = frozenset({"of", "and", "for", "the", "to", "&", "/", "-", "–"})


def _titles_initials(label: str, texts: Sequence[str]) -> bool:
    """Does ``label`` open with an acronym (``TCR No.``) spelt by the initials of one of the page's texts, each
    of its words but the small ones (``TOOL CORRECTION REQUEST``, ``Return Material Authorisation``)?"""
    m = _ACRONYM.match(label)
    if m is None:
        return False
    letters = m.group(1)
    for text in texts:
        words = [w for w in re.split(r"[\s/]+", text.strip()) if w and w.lower() not in _SMALL_WORDS]
        if len(words) == len(letters) and all(w[0].isalpha() for w in words):
            if "".join(w[0].upper() for w in words) == letters and text.strip() != label.strip():
                return True
    return False


def _name_beside(
    reader: Reader, box: Box, meta: FieldMeta, unread: Sequence[Box], used: set[int]
) -> list[tuple[Any, list[Box]]]:
    """A person's name the page took for a label, right beside a signer's label with nothing
    between (审核人 | 王军: the name styled as the captions): the signer's value, where the field is
    a person's, the name one person's (:func:`.guards.a_named_person`) and no label of ours by any
    rule (no head word, no family tells a field by it) — else nothing."""
    if reader.label_beside is None or not person_field(meta):
        return []
    name = reader.label_beside(box)
    if name is None or id(name) in used or all(b is not name for b in unread):
        return []
    text = name.text.strip()
    if not a_named_person(text) or guess_field(reader.spec, text) is not None:
        return []
    return [(text, [name])]


def choice_over_text(reading: Any, spec: FormSpec, fields: dict[str, FieldMeta]) -> None:
    """A choice's own label over a sentence that names none of its options (``Nature of Complaint |
    Bearings found noisy at incoming, rust marks on outer ring.``): read as a clerk reads it, the
    problem's text (the form's problem field, :attr:`FormSpec.problem_field`) — where that field is
    empty or was read only by a guess (by a head word, or below the sure confidence): the sentence
    goes there, always warned (``choice_label_over_text``), and the choice is left unread (its
    requirement says so). A word or a phrase naming an option stays the choice's (validation
    says what names nothing)."""
    target = spec.problem_field
    meta_t = fields.get(target) if target else None
    if meta_t is None or meta_t.kind != "text" or not meta_t.long or "." in target:
        return
    for path, prov in list(reading.provenance.items()):
        meta = fields.get(path)
        if meta is None or meta.kind != "term" or meta.term is None or "." in path or "[" in path:
            continue
        value = value_paths.get(reading.values, path)
        if not isinstance(value, str) or not sentence(value) or meta.term.lookup(value) is not None:
            continue
        if as_option(meta, value) != value or any(
            o.value != "other" for o in options_named_in(meta.term, value)
        ):
            continue  # (a phrase naming an option, whole or inside it: the choice's, said as such)
        held = reading.provenance.get(target)
        if value_paths.get(reading.values, target) is not None and not (
            held is not None and (by_head_word(held) or held.confidence < LOW_CONFIDENCE)
        ):
            continue  # the problem's text read from a label of its own: the sentence is the choice's, said invalid
        value_paths.put(reading.values, target, value, make=True)
        reading.where[target] = reading.where.pop(path, prov.location)
        reading.provenance[target] = Provenance(
            prov.location, prov.label, prov.label_location, HEAD_STRENGTH, HEAD_HOW
        )
        reading.values.pop(path, None)
        del reading.provenance[path]
        shown = value.strip()
        params = {
            "text": str(prov.label or "").strip()[:40],
            "value": shown if len(shown) <= 40 else shown[:39] + "…",
        }
        reading.problems.append(
            Problem("choice_label_over_text", target, "", "", prov.location, "warning", params)
        )
        return


def by_head_word(prov: Any) -> bool:
    """Was a value read by its label's head word (a guess: it decides nothing of the reading —
    a letter stays a letter, a form's kind is not told by it)? ``prov``: a Provenance or its dict."""
    how = prov.get("how") if isinstance(prov, dict) else getattr(prov, "how", None)
    return how == HEAD_HOW


def head_word_problem(path: str, label: Box, guess: Guess, value: Any, location: str | None) -> Problem:
    """The warning of a value read by its label's head word (``label_by_head_word``)."""
    shown = str(value).strip()
    params = {
        "text": label.text.strip()[:40],
        "head": guess.head,
        "value": shown if len(shown) <= 40 else shown[:39] + "…",
    }
    code = "party_label_over_person" if guess.party else "label_by_head_word"
    return Problem(code, path, "", "", location or label.location, "warning", params)


def columns_by_head_words(
    header: dict[str, Box],
    row: Sequence[Box],
    under: Sequence[Box],
    columns: dict[str, FieldMeta],
    row_model: Any,
    names_column: Callable[[str], bool],
) -> dict[str, Guess]:
    """A table's header cells no column's vocabulary names (``值引額``, ``Unit cost (GBP)``,
    ``Module type``), read by their head words among the columns the header does not have yet:
    only where the first cell under it fits the column's kind, and never two headers for one
    column. ``header`` gets the columns found; → their guesses (each of their cells is warned).
    ``names_column``: does a text name some column of the table (then it is no unknown header)?"""
    heads = column_heads(row_model)
    named = {id(b) for b in header.values()}
    found: dict[str, list[tuple[Box, Guess]]] = {}
    for box in row:
        if box.empty or not isinstance(box.value, str) or id(box) in named:
            continue
        text = box.text.strip()
        if not text or len(text) > 30 or "\n" in text or names_column(text):
            continue
        if any(box.overlaps_x(h.x0, h.x1) for h in header.values()):
            continue
        guess = guess_among(heads, text)
        if guess is None or guess.path in header or guess.path not in columns:
            continue
        cells = [b for b in under if not b.empty and b.overlaps_x(box.x0, box.x1)]
        if len(cells) != 1 or not fits(columns[guess.path], cells[0].value):
            continue
        found.setdefault(guess.path, []).append((box, guess))
    out: dict[str, Guess] = {}
    for col, hits in found.items():
        if len(hits) == 1:  # two unknown headers for one column: neither
            header[col] = hits[0][0]
            out[col] = hits[0][1]
    return out
