"""What a printed label says: normalisation, each form's vocabulary, close matches.

A label on someone else's form is rarely worded like ours. Before comparing, a text is
**normalised**: full-width forms folded, traditional script converted to simplified (OpenCC,
``t2s``), lower case, spaces, ``*``, colons and a leading enumerator (``3.``, ``三、``,
``(2)``) removed, a particle ``的`` dropped. A label may also carry a note in brackets
(``数量(K)``) or a translation (``누가(Who)``, ``客户名称 Customer``): each part is tried.

The **vocabulary** of a form is every label of every field as the form module declares it
(``label_zh``, ``label_en`` and ``aliases`` of each :class:`~kesu_docs.forms.FieldMeta`):
the form module stays the one description. A few words are too generic to decide a field
alone (``日期``, ``编号``, ``No.``): they match with a lower score, so a precise label
elsewhere wins and a value read through them is reported as low-confidence.

Close matches (a typo, a word more or less) are scored with rapidfuzz; a label that is
merely *contained* in a longer text scores lower still.

>>> from kesu_docs.forms import get
>>> vocabulary(get("complaint")).match("客戶名稱：")[:2]
('customer', 1.0)
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import _CacheInfo, cached_property, lru_cache
from typing import Any, TypeVar

from ..forms import ANY_CURRENCY_SIGN, FieldMeta, FormSpec, describe
from ..lazy_re import lazy_re
from ..memos import memo, owner
from ..values import PAGE_NUMBER, blank, halfwidth, says_none
from .form_words import FORM_WORDS, said_as_ours, word_pattern

_NOISE = lazy_re(r"[\s*＊:：※_…·•\-—–]+")


def enclosed_number(char: str) -> int | None:
    """The number 1 … 20 a circled (enclosed) numeral stands for — ``①`` ``❶`` ``➀`` ``➊`` ``⓵``
    → 1, ``⑳`` → 20 — by Unicode's own data (its numeric value, and a decomposition or name
    saying it is circled), no hand list; a superscript's ``¹`` (a footnote's mark), ``⑴``, a
    plain digit or a letter: None."""
    if len(char) != 1 or char.isascii() or unicodedata.category(char) != "No":
        return None
    value = unicodedata.numeric(char, None)
    circled = unicodedata.decomposition(char).startswith("<circle>") or "CIRCLED" in unicodedata.name(
        char, ""
    )
    return int(value) if circled and value is not None and value == int(value) and 1 <= value <= 20 else None


# every circled numeral 1 … 20 (① … ⑳, ❶ … ❿, ➀ … ➓, ⓫ … ⓾), as a class's characters: a list's
# number before a label, a legend's mark (the blocks of numbers, General Punctuation to CJK Symbols)
ENCLOSED_NUMBERS = "".join(c for c in map(chr, range(0x2000, 0x3000)) if enclosed_number(c))

# Chinese measure words and date parts after a number: 4 月, 2 件, 3 批, 12 台, 5 天 (both scripts listed)
_MEASURE_WORD = "[月日年号號时時件个個台次批天周週只隻片颗顆套箱包张張条條支位名元倍]"
# a list number before a label or a line of a list ("3. 客户名称", "1 临时处理对策", "(2)", "③"): the
# one rule, for labels here and for the numbered lines of anchor's and sections' blocks; a point or a
# comma with a digit after it is a decimal's ("1.5 mm 垫片漏装", "2,000 PCS"), never a list's number
# (a form tool's numbered question, "Q3. 不良數量" / "Q12、", counts as its number: the question); a
# number and a space before a measure word is a count or a date ("4 月投诉降至 2 件", "3 批 0 不良"), no list's
ENUMERATOR = lazy_re(
    r"^\s*([Qq]?\d{1,2}(-\d{1,2})?\s*(\.(?!\d)|[、)）]|[,，](?!\d))|[一二三四五六七八九十]{1,3}\s*[、.,，]|[(（]\s*\d{1,2}\s*[)）]"
    rf"|[{ENCLOSED_NUMBERS}]|\d{{1,2}}\s+(?=[\u3400-\u9fff]{{2}})(?!{_MEASURE_WORD}))\s*"
)
_RATE_AFTER = lazy_re(r"\s*@?\s*\d{1,2}([.,]\d+)?\s*%\s*[:：]?\s*$")
# the era printed after a date's label, its year typed in the cells that follow
# ("開立日期 中華民國 | 115 | 年 | 3 | 月 …", "日期 公元 | 2026 | 年"): the label is the words before it
_ERA_AFTER = lazy_re(r"(?<=\S)[\s:：]*(?:中华民国|中華民國|民国|民國|公元|西元)\s*[:：]?\s*$")
# a part of a text in brackets — (…), （…）, […], 【…】 — its inside the group: the one rule for a
# label's gloss, a title's, a heading's hint
BRACKETED = lazy_re(r"[(（\[【]([^()（）\[\]【】]*)[)）\]】]")
_ASCII = lazy_re(r"[A-Za-z]")
_CJK = lazy_re(r"[\u3400-\u9fff\uac00-\ud7af]")
# a customer's own script beside an English gloss: Chinese, Korean, or Russian (Cyrillic)
_OWN_SCRIPT = lazy_re(r"[\u3400-\u9fff\uac00-\ud7af\u0400-\u04ff]")
# a Korean label and its English after it, words only ("발행일 Issue Date", "통보번호 / Notice No."):
# not a label with a value in one cell ("품번 MB-4410", "Customer 현대모비스")
_KOREAN_THEN_ENGLISH = lazy_re(r"^[\uac00-\ud7af][\uac00-\ud7af\s]*[/|]?\s*[A-Za-z][A-Za-z\s.&'()/-]*$")
# a Japanese label (kanji, kana) with its English after it: "文書番号 Doc No.", "得意先 Customer"
_JAPANESE_THEN_ENGLISH = lazy_re(
    r"^(?P<own>[\u3040-\u30ff\u3400-\u9fff][\u3040-\u30ff\u3400-\u9fff\s]*)[/|]?\s*(?P<gloss>[A-Za-z][A-Za-z\s.&'()/-]*)$"
)
_LATIN_WORD_ANY = lazy_re(r"[a-z]+")
# a label printed as two halves, a translation each (``Date of Complaint / Ngày khiếu nại``,
# ``Código／Code``, one half a line under the other, ``Qty Approved (Qtd. Aprovada)``): where the
# halves are parted (a slash with spaces, a full-width slash, a line break) or the second is bracketed
_HALVES_PARTED = lazy_re(r"\s+/\s+|\s*／\s*|\s*\n\s*")
_HALF_BRACKETED = lazy_re(r"^(?P<first>[^(（]*[^\s(（])\s*[(（](?P<second>[^()（）]+)[)）]\s*[:：]?\s*$")
# a label read by the one half we know, the other in a language we lack: a step below that half
# alone (as variants() weighs a slash's part), and never sure (below 0.85, may_name's line: the
# half it does not read is not asked there, issue 15), so it is always shown for checking
KNOWN_HALF = 0.9
KNOWN_HALF_AT_MOST = 0.84
_PARTICLE = lazy_re(r"的")
_QUESTION = lazy_re(r"(?i)^(how many|how much|how often|what|where|when|who|why|how)\b")
# a question asking for a code, not a description: its answer is an ID, not the grid's W
_ASKS_CODE = lazy_re(r"(?i)\b(ID|IDs|ID's|number|numbers|no\.|part\s*#|reference|serial|code|lot)\b")
# a question the team asks itself ("What are we seeking?", "What support can the person expect
# from us?"): a plan's column, not a question on the problem
_ASKS_US = lazy_re(r"(?i)\b(we|us|our)\b")
_INSTRUCTION = lazy_re(r"(?i)(^|[.,;:]\s*)(please|note:)\s|^请|^注[:：]|^\s*※")
# a discipline's sub-step (``D3.1 Stock``, ``D3.2 在途``: its containment in parts, each a D3): a
# point and one figure, then a space and a capital or a Chinese character — never a diameter's
# ``D3.5 hole`` or a version's ``D3.10``
SUB_STEP = r"(?:\.[1-9](?=\s+(?-i:[A-Z\u4e00-\u9fff])))?"
# the words before a step's number: ``D3``, ``D-3``, ``8D-3``, ``Step 3`` (every heading's and sub-step's)
_STEP_PREFIX = r"(?:8D\s*[-‑–]\s*|Step\s*|D\s*[-‑–]?\s*)"
_DISCIPLINE = lazy_re(
    rf"^(\d\s*D\s|[(（]?{_STEP_PREFIX}[0-8]{SUB_STEP}(?![\d.])\s*[)）]?"
    r"(\s|[:：.、\-—–]|[\u4e00-\u9fff]|$))",
    re.I,
)
# the number of an 8D discipline heading: "D3 围堵措施", "D4: Root cause", "3 D Acil Önlem", "3D 暫定対策",
# "D5/D6 — Corrective action" (two disciplines in one block: the first one's number)
# "8D-4 Root Cause", "8D‑4", "D-4", "Step 4 Root cause": the step's number after the method's
# name, a dash or the word Step
_DISCIPLINE_NUMBER = lazy_re(
    rf"^\s*(?:[(（【\[]?{_STEP_PREFIX}(?P<d>[0-8]){SUB_STEP}(?![\d.])"
    r"(?:\s*[/&]\s*D?\s*[0-8](?![\d.]))*\s*[)）】\]]?"
    r"|(?P<n>[0-8])\s*D(?![a-z])"
    r"|(?P<r>[\u2160-\u2167])(?=[\s:：.、\-—–]))\s*[:：.、\-—–]?\s*",  # Ⅰ … Ⅷ: the steps in Roman numerals
    re.I,
)


_ROMAN_STEP = lazy_re(r"^\s*[\u2160-\u2167]")
_SUB_STEP = lazy_re(rf"^\s*[(（【\[]?{_STEP_PREFIX}(?P<d>[0-8])(?=\.[1-9])(?P<s>{SUB_STEP})(?![\d.])", re.I)


def sub_step(text: str) -> tuple[int, int] | None:
    """An 8D heading's discipline and sub-step (``D3.1 Stock`` → (3, 1), :data:`SUB_STEP`), or
    None for a heading of a whole discipline (``D3 Containment``) or any other text."""
    m = _SUB_STEP.match(halfwidth(text))
    return (int(m["d"]), int(m["s"][1:])) if m is not None and m["s"] else None


_DISCIPLINE_AFTER = lazy_re(
    r"[(（【\[]\s*D\s*(?P<d>[0-8])(?![\d.])(?:\s*[/&、,，~\-]\s*D?\s*[0-8])*\s*[)）】\]]", re.I
)


@memo
@lru_cache(maxsize=65536)  # pure: asked of every box by several rules (issue 15)
def discipline(text: str) -> tuple[int, str] | None:
    """An 8D heading's discipline number and the name after it: ``"3 D Acil Önlem"`` → (3, "Acil Önlem").
    ``8D`` before a word is the method's name ("8D Report No."), not the eighth discipline."""
    folded = halfwidth(text)
    if (
        "D" not in folded
        and "d" not in folded
        and "step" not in folded.lower()
        and not _ROMAN_STEP.match(folded)
    ):
        return None  # (every heading's pattern holds a D, Step or Roman numeral: told at once, issue 15)
    m = _DISCIPLINE_NUMBER.match(folded)
    if m is None:
        # the number after the name: "一、緊急處置 (D3)", "三、永久對策 (D5/D6)", "Containment [D3]"
        tail = _DISCIPLINE_AFTER.search(folded)
        if tail is None:
            return None
        name = halfwidth(ENUMERATOR.sub("", (text[: tail.start()] + text[tail.end() :]).strip())).strip()
        return (int(tail["d"]), name) if name and len(name) <= 40 else None
    if m["n"] == "8" and not re.match(r"\s", text[m.start("n") + 1 :] or "x"):
        return None  # "8D报告编号", "8D Report Number": the method, not D8
    rest = folded[m.end() :]
    if _step_in_prose(folded, rest):
        return None  # "Step 4 notify customer of the lot,": a step of a procedure told in a text
    number = ord(m["r"]) - 0x215F if m["r"] else int(m["d"] or m["n"])  # (Ⅰ is U+2160)
    return number, re.sub(r"^[】\]]\s*", "", rest)


# the word Step before a discipline's number ("Step 4 Root cause"), which a procedure's steps
# written out in a text also begin with ("Step 4 notify customer"): its heading names its step
# (a capital, or no Latin word), prose goes on in small letters or runs on past a comma
_STEP_WORD = lazy_re(r"(?i)^\s*[(（【\[]?\s*step(?![a-z])")
_PROSE = lazy_re(r"^[a-z]|[,;，；]\s*$")


def _step_in_prose(text: str, rest: str) -> bool:
    """Is ``text``, ``Step n`` and then ``rest``, a step of a procedure told in a text?"""
    return _STEP_WORD.match(text) is not None and prose_after(rest)


def prose_after(rest: str) -> bool:
    """Do the words after a step's number run on as a sentence's (``checked the fixture``,
    lower case first, or a comma last), no step's name (``Prevention``, ``成立小组``)?"""
    return _PROSE.search(rest.lstrip(" :：.、-—–)）")) is not None


def step_worded(text: str) -> bool:
    """Does ``text`` begin with the word Step (``Step 4 Root cause``, ``STEP 1 : Define the
    problem``, ``(Step 2)``) — not with a discipline's D number?"""
    return _STEP_WORD.match(halfwidth(text)) is not None


def d_numbered(text: str) -> bool:
    """Is ``text`` an 8D heading numbered by its D (``D4``, ``D4-5``, ``8D-4``, ``4D Root cause``,
    ``Containment [D3]``), not by the word Step (:func:`discipline`, one vocabulary of steps)?"""
    return discipline(text) is not None and not step_worded(text)


_CAPTION_WORDS = lazy_re(r"^[^\W\d_][^\d:：]{0,24}$")


@memo
@lru_cache(maxsize=16384)
def d_number_named(text: str) -> int | None:
    """Where the words after a line's D number start (``D4 Escape`` → 3, ``D4: Occurrence``
    → 4), when the line is a D-numbered heading (:func:`d_numbered`) whose words are a short
    caption (letters, no figure); None otherwise. The one place a ``D4 …:`` line's number is
    told from its caption, so that the caption is a label of its own."""
    folded = halfwidth(text)
    if not d_numbered(folded):
        return None
    m = _DISCIPLINE_NUMBER.match(folded)
    if m is None or m.end() >= len(folded.rstrip()):
        return None
    rest = folded[m.end() :].rstrip()
    return m.end() if _CAPTION_WORDS.match(rest) else None


def heading_start(text: str) -> bool:
    """Does ``text`` begin the way an 8D discipline's heading does (``D3 围堵措施``, ``3D …``,
    ``Step 4 Root cause``)? The one shape every rule asking "a heading?" of a line uses: a
    step of a procedure told in a text (``Step 4 notify customer``) is none (:func:`discipline`)."""
    m = _DISCIPLINE.match(text)
    if m is None:
        return False
    return not _step_in_prose(text, text[m.end() :])


# words that name no field by themselves: a match on them alone is weak
GENERIC = frozenset(
    {
        "日期",
        "时间",
        "编号",
        "号码",
        "单号",
        "no",
        "no.",
        "date",
        "name",
        "名称",
        "数量",
        "qty",
        "备注",
        "签名",
        "签字",
        # Spanish: Fecha (date), Cantidad (quantity), Nombre (name), Número (number) alone
        "fecha",
        "cantidad",
        "nombre",
        "numero",
        # Portuguese, French, German: Quantidade / Quantité / Menge (quantity), Valor (value)
        "quantidade",
        "quantite",
        "menge",
        "valor",
    }
)
# an alias that names its field only loosely (a record's ``Created``):
# still a label, but below an alias that names the field exactly, so that on a form printing both
# (``Created`` and ``Received``) the exact one wins
# (and a contract's number, 合同号 / Contract No.: the order a mill's or a buyer's claim names where the form has no
# order of its own; a trading company's contract (and its PI) covers many of the buyer's orders, so on a form printing
# the buyer's order too — PO No., 客户订单号, Спецификация № / 订单号 — the order's own label wins, tie or no tie)
LOOSE = frozenset({"created", "created on", "合同号", "contractno"})
LOOSE_STRENGTH = 0.82  # above 0.8, a sure label; below a synonym of an exact one (0.85)
# a label naming its field only likely (forms.Alias ``doubtful``: an ERP's posting date)
DOUBTFUL_STRENGTH = 0.75  # below 0.8: the value is read and warned (low_confidence)
SECOND_STRENGTH = 0.7  # a doubtful label another field has first (forms.Alias ``second``)
# labels that name a field only beside its answer (``對策 | 焊接溫度上修…``): over a table
# (``對策 | 負責人 | 完成日期``) or over sections (``臨時`` / ``永久``) a bare 對策 heads every action,
# temporary and permanent, and no one field's text
BESIDE_ONLY = frozenset({"对策"})
# how printed labels usually end: a short text ending so is a label even when we do not know it
LABEL_ENDINGS = (
    "日期", "时间", "编号", "单号", "号码", "号", "数量", "数", "名称", "人", "者", "员", "部门", "单位",
    "地址", "电话", "意见", "原因", "对策", "措施", "描述", "结果", "类别", "方式", "签名", "签字",
    "审核", "批准", "核准", "确认", "编制", "备注", "型号", "料号", "品名", "客户", "规格", "金额",
    "单价", "率", "状态", "区分", "师", "组长", "部长", "主管", "经理", "说明", "订单",
)  # fmt: skip
# a role and the act of signing after it ("部门主管确认", "品质经理签核"): the role names the field
_ROLE_SIGNS = lazy_re(
    r"^\s*(\S{0,8}(?:主管|经理|负责人|组长|课长|科长|部长|厂长))\s*(?:确认|签核|签字|签名|审批)\s*[:：]?\s*$"
)
# the heading of the log a ticket or an approval prints under its fields (Jira's Activity,
# ServiceNow's Activities / Work notes, an approval's 审批记录 / 审批流程 / 评论): the whole text
_LOG_HEADING = lazy_re(
    r"(?i)^\s*(?:activity|activities|activity log|comments|work notes|history|approval (?:history|process|flow)"
    r"|审批记录|审批流程|审批流程信息|审批意见记录|流转记录|操作记录|评论|动态)\s*[:：]?\s*$"
)
EN_LABEL_WORDS = frozenset(
    {
        "date", "no", "number", "name", "customer", "qty", "quantity", "description", "signature",
        "approved", "prepared", "checked", "by", "dept", "department", "remarks", "status", "owner",
        "responsible", "part", "code", "address", "phone", "tel", "email", "result", "reason", "type",
        "po", "order", "ref", "reference", "invoice", "lot", "batch", "model", "item",
        "to",  # Bill To, Ship To, Sold To: an address block's caption
    }
)  # fmt: skip

# the words a person's name follows that no form prints as a field's label (folded, without their
# dots: ``Mr.`` is ``mr``): titles, a letter's greeting and address lines, a signature's "signed",
# in English, German, French, Spanish, Portuguese, Italian, Dutch, the Nordic languages, Afrikaans
# and Chinese; the labels of the forms' fields of a person are the others (persons.person_label_words)
PERSON_TITLES = frozenset(
    (
        "mr", "mrs", "ms", "miss", "mister", "dr", "prof", "sir", "dear", "attn", "att", "attention",
        "signed", "sign", "cc",
        "herr", "frau", "hr", "fr", "hd", "ansprechpartner", "ansprechpartnerin", "kontakt",
        "unterschrift", "unterzeichnet", "gez",
        "m", "mme", "mlle", "monsieur", "madame", "signé", "signe", "contacto", "contato",
        "sr", "sra", "srta", "señor", "señora", "senhor", "senhora", "atención", "atte", "firmado",
        "assinado", "sig", "signor", "signora", "dott", "ing", "firmato", "contatto",
        "dhr", "mevr", "heer", "mevrouw", "ondertekend",
        "fru", "kontaktperson", "underskrift", "underskrevet", "signeret", "undertegnet",
        "mnr", "mev", "mej", "kontak", "geteken", "deur",
        "联系人", "收件人", "签字", "先生", "女士",
    )
)  # fmt: skip
# words of a place a town's name stands with in an address (folded): never a person's surname
PLACE_WORDS = frozenset(
    (
        "city", "town", "district", "county", "province", "region", "municipality", "township",
        "port", "harbour", "harbor", "metro", "kommune", "kommun", "kommuna", "havn", "hamn",
        "stad", "fylke", "län", "amt", "regionen", "distrikt", "provins", "stadt",
        "kreis", "landkreis", "gemeinde", "gemeente", "ville", "ciudad", "provincia", "municipio",
        "comune", "città", "cidade", "município", "munisipaliteit", "stadsraad", "distrik",
    )
)  # fmt: skip


# words real forms use for one another at the end of a label (问题分类 = 问题类别, 客诉单号 =
# 客诉编号, 问题内容 = 问题描述): each label also stands with its synonym, a little less surely
SYNONYMS = (("类别", "分类", "类型"), ("编号", "单号", "号码"), ("描述", "内容"))
SYNONYM_STRENGTH = 0.85
# a label's last word and its short form, the same word (数 for 数量: a count's label shortened,
# 核准數 / 實退數 on a Taiwanese ERP's slip): the short caption of a row's column as strong as the
# long one (under a table's header 数 is a count); a label of the form's own at SHORT_STRENGTH
# (客诉数, 问题数 may be a count of complaints, of problems: read, and warned)
SHORT_FORMS = (("数量", "数"),)
SHORT_STRENGTH = DOUBTFUL_STRENGTH
# a Japanese or Korean label said in our words (form_words.chinese_words): a little below the
# label as printed, so an alias the form lists for the printed words (0.9) stays the one read; one
# read through a field's own label is sure (0.88), through an alias only likely (0.9 × 0.88 < 0.8:
# read, and warned — 受付者 said 受理人, an alias of the reporter, may be the customer's receiver)
TRANSLATED = 0.88
# the Korean or Japanese half of a bilingual label said in our words ("불량수량 Qty": 不良数量), one
# half of the pair (0.95 / 0.94, :meth:`Vocabulary._candidates`) that reads no surer than TRANSLATED:
# "승인 Approved" (批准, an alias of the approver) on a customer's notice may be the customer's approver
TRANSLATED_HALF = 0.945
# the weights of a pair's halves: each counts only with the other (or as _read_by_known_half says)
HALVES = (0.95, 0.94, TRANSLATED_HALF)
_SIDE = {0.95: 0.95, TRANSLATED_HALF: 0.95, 0.94: 0.94}  # the own script's half (0.95), the gloss (0.94)
_HALF_SURE = {0.95: 0.95, TRANSLATED_HALF: TRANSLATED, 0.94: 0.95}  # what a half reads at
# the act a document's own date is named after: 填表 / 开单 / 开具 / 制表 日期
DATE_ACTS = (
    "填表日期",
    "开单日期",
    "开具日期",
    "填开日期",
    "制表日期",
    "填写日期",
    "开立日期",
    "发行日期",
    "签发日期",
    "发出日期",
    "登记日期",
    "Date issued",
    "Issue date",
    "Date of issue",
    "Issued on",
    "Issued",
)


def synonyms(key: str, short: float = SHORT_STRENGTH) -> list[tuple[str, float]]:
    """A normalised label with its last word swapped for each synonym (``问题分类`` for
    ``问题类别``, at :data:`SYNONYM_STRENGTH`) or short form (``核准数`` for ``核准数量``, at
    ``short``: :data:`SHORT_FORMS`), each with the factor of its strength."""
    out: list[tuple[str, float]] = []
    for families, factor in ((SYNONYMS, SYNONYM_STRENGTH), (SHORT_FORMS, short)):
        for family in families:
            for word in family:
                stem = key[: -len(word)]
                if key.endswith(word) and len(stem) >= 2 and _CJK.match(stem[-1]):
                    out.extend((stem + other, factor) for other in family if other != word)
    return out


@lru_cache(maxsize=3)
def _opencc(config: str) -> Any:
    """OpenCC's converter by its configuration (``t2s``: traditional → simplified; ``jp2t``:
    Japanese shinjitai → traditional; ``s2tw``: simplified → traditional as Taiwan prints it),
    made once."""
    import opencc

    return opencc.OpenCC(config)


@memo
@lru_cache(maxsize=65536)
def simplified(text: str) -> str:
    """Traditional → simplified script (OpenCC ``t2s``) and nothing else: a choice word typed
    in traditional script (進行中) as ours. Never the Japanese folds of :func:`folded`: they map
    characters Chinese writes as they are (欠款 is no 缺款, 给予 no 给豫, 研发 no 硏发)."""
    if not _CJK.search(text):
        return text
    return _SIMPLIFIED.take(text)


@memo
@lru_cache(maxsize=65536)
def folded(text: str) -> str:
    """A text as compared with labels and option words, never as a value: traditional script
    simplified and Japanese forms of the same characters folded too (発生対策 as 发生对策, 処置 as
    处置: a Japanese-owned supplier's labels). Its result only decides what a text names: a
    value read keeps the characters the clerk wrote."""
    if not _CJK.search(text):
        return text
    return _FOLDED.take(text)


def taiwanese(text: str) -> str:
    """A label of ours (simplified script) printed as Taiwan prints it (OpenCC ``s2tw``: 统一编号 →
    統一編號): asked of a form's own few labels, once."""
    return str(_opencc("s2tw").convert(text)) if _CJK.search(text) else text


def _simplify(text: str) -> str:
    return str(_opencc("t2s").convert(text))


def _fold(text: str) -> str:
    return str(_opencc("t2s").convert(_opencc("jp2t").convert(text)))


# what joins the texts of one conversion: no key of OpenCC's dictionaries holds a line end, so
# no phrase is matched across it and each text converts as it does alone (a text holding one
# is converted alone)
_APART = "\n"


def _apart(text: str) -> bool:
    """May ``text`` be converted among others (holding no line end, nor a NUL a C string ends at)?"""
    return _APART not in text and "\x00" not in text


# the most texts converted ahead and not yet asked kept at once (a batch's memory does not grow
# with it), and the most remembered as converted once (the memos' own bound)
_AHEAD_KEPT = 4096
_SEEN_KEPT = 65536


class _Ahead:
    """OpenCC's conversion of the texts a page will ask (issue 15): a call costs ≈ 20 µs
    whatever the text's length, and a page asks some 40 texts for the first time, one call
    each; joined by a line end, all of them cost one call. :meth:`take` gives a text's
    conversion worked out ahead (once: the memo that asked keeps it) or converts it alone.

    A text converted here once, ahead or alone, is not converted ahead again (the memo has
    it, or asks it alone); both are let go at a bound, and by :meth:`cache_clear` with the per-text memos
    (``bench/pdf_bench.py``'s cold rounds empty them all alike)."""

    def __init__(self, convert: Callable[[str], str]) -> None:
        self._convert = convert
        self._ahead: dict[str, str] = {}  # converted, not yet asked
        self._seen: dict[str, None] = {}  # converted here once (in order: a set that stays small)
        self._taken = self._alone = 0

    def take(self, text: str) -> str:
        found = self._ahead.pop(text, None)
        if found is None:
            self._alone += 1
            self._seen[text] = None  # (the memo keeps it: never converted ahead after this)
            return self._convert(text)
        self._taken += 1
        return found

    def prepare(self, texts: Iterable[str]) -> list[str]:
        """Convert those of ``texts`` not converted here before, at once, for :meth:`take`;
        their conversions."""
        seen, ahead = self._seen, self._ahead
        if len(ahead) > _AHEAD_KEPT:  # texts never asked: let go, converted ahead again if given
            for text in list(ahead):  # (a copy: another thread may take one meanwhile)
                seen.pop(text, None)
            ahead.clear()
        if len(seen) > _SEEN_KEPT:
            seen.clear()
        wanted = [t for t in dict.fromkeys(texts) if t not in seen and _CJK.search(t) and _apart(t)]
        if not wanted:
            return []
        try:
            out = self._convert(_APART.join(wanted)).split(_APART)
        except (UnicodeError, ValueError):  # (a lone surrogate: each text alone says so if it is asked)
            return []
        if len(out) != len(wanted):  # (never: a conversion keeps each line end) take() converts each
            return []
        self._ahead.update(zip(wanted, out, strict=True))
        seen.update(dict.fromkeys(wanted))
        return out

    def cache_info(self) -> _CacheInfo:
        """Texts taken converted ahead (hits), converted alone (misses), as a memo says them."""
        return _CacheInfo(self._taken, self._alone, _SEEN_KEPT, len(self._seen))

    def cache_clear(self) -> None:
        self._ahead.clear()
        self._seen.clear()
        self._taken = self._alone = 0


_FOLDED = memo(_Ahead(_fold))
_SIMPLIFIED = memo(_Ahead(_simplify))


def fold_ahead(texts: Iterable[str]) -> None:
    """:func:`folded` of each of ``texts`` worked out at once, and of each result stripped (the
    label readings fold it again), for the memo to take on its first question."""
    found = _FOLDED.prepare(texts)
    _FOLDED.prepare(out.strip() for out in found)


@lru_cache(maxsize=1)
def _form_words() -> tuple[re.Pattern[str], dict[str, str]]:
    """The Japanese and Korean form words (:data:`form_words.FORM_WORDS`) as a label is compared:
    each folded as :func:`folded` folds a label (連絡書 as 联络书, 承認 as 承认) and as written, with its
    Chinese word; one pattern of them all, the longest first."""
    fold_ahead(written for written, _ours in FORM_WORDS)  # (one conversion for them all, issue 15)
    words: dict[str, str] = {}
    for written, ours in FORM_WORDS:
        words.setdefault(folded(written), ours)
        words.setdefault(written, ours)
    return word_pattern(words), words


def chinese_words(text: str) -> str | None:
    """``text`` (a label already folded and normalised) with its Japanese and Korean form words said as
    ours (:func:`form_words.said_as_ours`), or None when it holds none of them.

    >>> chinese_words(norm("不具合連絡書番号")), chinese_words("作成者"), chinese_words("불량수량")
    ('不良联络单编号', '编制人', '不良数量')
    >>> chinese_words("客户名称") is None
    True
    """
    return said_as_ours(text, *_form_words())


def simplify_ahead(texts: Iterable[str]) -> None:
    """:func:`simplified` of each of ``texts`` worked out at once, for the memo to take."""
    _SIMPLIFIED.prepare(texts)


def era_free(text: str) -> str:
    """A date's label without the era printed after it: ``開立日期 中華民國`` → ``開立日期``."""
    return _ERA_AFTER.sub("", text) if ("民" in text or "元" in text) else text


_LATIN_MARKED = lazy_re(r"[\u00c0-\u024f]")


def plain_latin(text: str) -> str:
    """Latin letters without their accents (unicodedata's decomposition, the base letter kept):
    ``Descripción`` → ``Descripcion``, a Spanish label typed with or without them alike. Only the
    Latin letters: a kana's voicing mark (が) is a letter of its own, never dropped."""
    if not _LATIN_MARKED.search(text):
        return text
    return _LATIN_MARKED.sub(lambda m: unicodedata.normalize("NFKD", m[0])[0], text)


@memo
@lru_cache(maxsize=65536)
def norm(text: str) -> str:
    """The comparable form of a label: ``' *3. 客戶名稱 ：'`` → ``'客户名称'``; Latin letters
    without accents (``Descripción`` = ``Descripcion``)."""
    text = plain_latin(folded(halfwidth(text)))
    text = ENUMERATOR.sub("", text)
    text = _NOISE.sub("", text).lower()
    return text.strip(".,;；，。、/|?？")


# the patterns of variants(), compiled once (issue 15: asked of every new text)
_NUMBER_SIGN = lazy_re(r"[A-Za-z]\s*#\s*[:：]?\s*$")
_DIGIT = lazy_re(r"\d")
_CJK_RUN = lazy_re(r"[\u3400-\u9fff\uac00-\ud7af]+")
_QUESTION_MARK = lazy_re(r"[?？]\s*$")
_SLASH = lazy_re(r"[/|]")
_CJK_ANY = lazy_re(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")  # kana, Chinese, Hangul
_THING_FOR = lazy_re(r"^([A-Za-z][A-Za-z./ ]{1,30}?)\s+for\s+[A-Za-z]")
_ENGLISH_WORD = lazy_re(r"[a-z0-9]+")
_OPENING = lazy_re(r"[(（\[【]")  # what a bracketed part (BRACKETED) opens with
# a time frame before what is done in it (``24小时内围堵措施``, ``3天内回复``; 內 folds to 内)
_WITHIN_TIME = lazy_re(r"^\s*\d{1,3}\s*(?:个|個)?\s*(?:小时|钟头|天|日|工作日)\s*(?:之|以)?内\s*")
# ... an act done in it, never a date or a figure measured against it: ``7天内交货日期`` (a deadline
# to deliver by), ``3天内不良数量`` (the defects of a three-day window) are other things than the
# ship date or the case's defect count — the label read as written, never as the words after the frame
_MEASURED = lazy_re(
    r"(?:日期|时间|日|期限|数量|数目|数|量|率|金额|次数|比例|ppm)\s*[:：]?\s*$", re.IGNORECASE
)


def label_halves(text: str) -> tuple[str, str] | None:
    """The two halves of a label printed with its translation (:data:`_HALVES_PARTED`, a bracketed
    second half), each with text; None for a label of one part or of more than two.

    >>> label_halves("Código / Code"), label_halves("Qty (Qtd.)"), label_halves("A / B / C")
    (('Código', 'Code'), ('Qty', 'Qtd.'), None)
    """
    parts = [p.strip(" :：") for p in _HALVES_PARTED.split(text.strip())]
    if len(parts) == 1 and (m := _HALF_BRACKETED.match(text)) is not None:
        parts = [m["first"].strip(" :："), m["second"].strip()]
    if len(parts) != 2 or not all(parts):
        return None
    return parts[0], parts[1]


@memo
@lru_cache(maxsize=65536)
def variants(text: str) -> tuple[tuple[str, float], ...]:
    """The ways a printed label may be read, each with how literal it is (1.0 as printed)."""
    base = folded(halfwidth(text))
    base = ENUMERATOR.sub("", base)
    out: dict[str, float] = {}

    def add(t: str, weight: float) -> None:
        key = norm(t)
        if key and out.get(key, 0) < weight:
            out[key] = weight

    add(base, 1.0)
    if (ours := chinese_words(norm(base))) is not None:
        # a Japanese or Korean label in our words (不具合連絡書番号 as 不良联络单编号, 作成者 as 编制人):
        # above a synonym (0.85), below an alias the form lists as printed (0.9 × 1.0): TRANSLATED
        add(ours, TRANSLATED)
    if len(base) <= 8 and sign_alone(base):  # ¥, NT$, ₦, R$: every sign alone, one key (its column's)
        add(ANY_CURRENCY_SIGN, 1.0)
    heading = discipline(base)
    if heading is not None and heading[1].strip():
        # the name after a discipline number reads as the name alone ("D4: Root cause")
        for key, weight in variants(heading[1]):
            if out.get(key, 0) < weight * 0.98:
                out[key] = weight * 0.98
    if _ASCII.search(base) and not _CJK.search(base):
        add(sorted_words(base), 0.951)  # "Date Received" = "Received date" (not 0.95: the pair mark)
        if (counted := counted_label(base)) is not None:
            add(counted, 0.95)  # "Coils claimed" = "Qty claimed", "Price per drum" = "Unit price"
    if "的" in base:  # (without it the reading is the text's own, weighed 1.0 above)
        add(_PARTICLE.sub("", base), 0.97)
        # a questionnaire's question names its field after 的, the noun it asks for
        # ("您的处理要求", "贵司已采取的临时措施"): that noun, a little less sure
        head = base.rsplit("的", 1)[1]
        if len(norm(head)) >= 3:
            add(head, 0.96)
    if (signed := _ROLE_SIGNS.match(base)) is not None:
        add(signed[1], 0.97)  # "部门主管确认": the role who signs it off, the act after it
    if "#" in base and _NUMBER_SIGN.search(base):
        add(re.sub(r"\s*#\s*([:：]?)\s*$", r" No.\1", base), 0.97)  # "Part #", "G8D #": the number sign
    # (the patterns below each need a character of their own: looked for first, issue 15)
    bracketed = _OPENING.search(base) is not None
    bare = BRACKETED.sub(" ", base) if bracketed else base
    if bare != base:
        add(bare, 0.97)
    if "民" in base or "元" in base:
        if (dated := _ERA_AFTER.sub("", base)) != base:
            add(dated, 0.99)  # "開立日期 中華民國": the date's label, its era after it
    if "%" in base and (rated := _RATE_AFTER.sub("", bare)) != bare and rated.strip():
        # a tax line with its rate: "VAT 13%", "VAT @ 13%", "税额 5%", "Business tax 5 % (NT$)"
        add(rated, 0.95)
    if (
        "内" in bare
        and (framed := _WITHIN_TIME.sub("", bare)) != bare
        and framed.strip()
        and not _MEASURED.search(framed)
    ):
        add(framed, 0.96)  # "24小时内围堵措施": the thing, done within its time frame
    if "for" in bare and (m := _THING_FOR.match(bare.strip())) and not _CJK.search(bare):
        add(m[1], 0.96)  # "PCA for Root Cause", "Action for escape": the thing, for what
    outside = norm(bare)
    # (not in a sentence: "全数均质处理（HST）后出货。" is a step's text with an abbreviation explained, its
    # bracketed HST no label's translation — a label holds no sentence's full stop)
    if bracketed and len(outside) <= 12 and not _DIGIT.search(outside) and not _CJK_SENTENCE.search(base):
        for inner in BRACKETED.findall(base):
            add(inner, 0.93)  # 누가(Who), 名称(Name); not "何事(What)内容9", an answer
    # a label with its translation beside it: "客户名称 Customer name", "Customer 客户"
    cjk = "".join(_CJK_RUN.findall(bare))
    if cjk and _ASCII.search(bare):
        # kept apart (weights 0.95 / 0.94): each counts only when both name the same field
        add(cjk, 0.95)
        if (ours := chinese_words(norm(cjk))) is not None:
            add(ours, TRANSLATED_HALF)  # "불량수량 Qty": the Korean half in our words, as a half
        add(_CJK_RUN.sub(" ", bare), 0.94)
    # a question of a 5W2H grid: "How is the problem measured?" asks for "How"
    q = _QUESTION.match(bare.strip()) if _QUESTION_MARK.search(bare) else None
    if q:
        # a question is a loose anchor: what it reads is always shown for checking; one asking
        # for a code ("What is the product ID or reference number?") is not the grid's What, nor
        # one the team asks itself (a communication plan's "What are we seeking?")
        asks_us = _ASKS_US.search(bare)
        add(q[1], 0.45 if asks_us else 0.6 if q[1].lower() == "what" and _ASKS_CODE.search(bare) else 0.78)
    if "/" in bare or "|" in bare:  # (without one, every part is the text itself)
        # (in the printed order, not a set's: a set of texts iterates in an order that changes
        # with each interpreter's hash seed, and so would the readings' order and a tie between
        # two parts naming two fields, tests/test_speed_guards.py); 原发票代码/号码: 原发票号码 too
        for part in dict.fromkeys([*_SLASH.split(bare), *slash_names(bare)]):
            if part.strip() and part.strip() != bare.strip():
                add(part, 0.9)
                if "%" in part and (rated := _RATE_AFTER.sub("", part)) != part and rated.strip():
                    add(rated, 0.9 * 0.95)  # "ДДС 20 % / VAT 20 %": each half's tax with its rate
    return tuple(out.items())


@lru_cache(maxsize=1)
def _counted_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The English count words of the units table (:data:`count_words.COUNT_WORD_TABLE`: pcs, units, sets,
    coils, rolls, drums …) as a plural before a done word, and as a singular after ``price per``."""
    from .count_words import counting_rows

    words = [w for row in counting_rows() if "en" in row.languages for w in row.words if w.isascii()]
    plural = sorted({w[:-2] + "s" if w.endswith("s?") else w for w in words if w.endswith(("s?", "s"))})
    single = sorted({w[:-2] if w.endswith("s?") else w for w in words if w.endswith("s?")})
    return (
        re.compile(rf"(?i)(?:{'|'.join(plural)})\s+(?P<done>[a-z]{{3,}}ed)"),
        re.compile(rf"(?i)(?:unit\s+)?price\s+per\s+(?:{'|'.join(single)})"),
    )


def counted_label(text: str) -> str | None:
    """An English quantity or price named by what is counted, as the process industries write them:
    ``Coils claimed`` → ``Qty claimed``, ``Drums returned`` → ``Qty returned`` (the count word in the plural
    before what was done to them), ``Price per drum`` → ``Unit price``; None for any other label (``Unit
    price``, ``Parts list``: no done word).

    >>> counted_label("Coils claimed"), counted_label("Price per drum"), counted_label("Unit approved")
    ('Qty claimed', 'Unit price', None)
    """
    done, price = _counted_patterns()
    text = text.strip().rstrip(":：")
    if (m := done.fullmatch(text)) is not None:
        return f"Qty {m['done']}"
    return "Unit price" if price.fullmatch(text) else None


def slash_names(text: str) -> list[str]:
    """The things a label with a slash names, a short second name sharing the first's stem:
    ``原发票代码/号码`` → [原发票代码, 原发票号码]; ``品名/料号`` → [品名, 料号]; in English a
    lone word continuing the first name's head (``Qty rejected / delivered`` → [Qty rejected,
    Qty delivered]: :func:`_latin_share`)."""
    parts = [t.strip() for t in _SLASH.split(text) if t.strip()]
    out = list(parts)
    for i in range(1, len(parts)):
        first, word = norm(parts[0]), norm(parts[i])
        if (
            len(word) == 2
            and _CJK.match(word[0])
            and len(first) >= 4
            and all(_CJK.match(c) for c in first[-2:])
            and first[-2:] != word
        ):
            out[i] = first[:-2] + word
        elif (shared := _latin_share(parts[0], parts[i])) is not None:
            out[i] = shared
    return out


_COUNT_HEADS = frozenset(("qty", "qty.", "quantity", "pcs", "no.", "number"))


def _latin_share(first: str, word: str) -> str | None:
    """A lone English word after a slash that continues the first name's head: the head with
    it (``Qty rejected / delivered`` → ``Qty delivered``), when the word is written on in lower
    case (a continuation, not a label of its own: ``Prepared by / Date``) or the head is a
    count's (``Qty Rejected / Delivered``); else None."""
    words, lone = first.split(), word.split()
    if len(words) < 2 or len(lone) != 1 or not (first + word).isascii() or not lone[0].isalpha():
        return None
    if not (lone[0].islower() or words[0].lower() in _COUNT_HEADS):
        return None
    return " ".join((*words[:-1], lone[0]))


def _word_inside(key: str, text: str) -> bool:
    """Does the Latin ``key`` (a label's key: its spaces left out) begin at a word's start in
    ``text`` (``net amount`` in ``Total net amount``, ``Claim Ref`` in ``Claim Reference``: an
    abbreviation; ``ust`` in no ``rusted``)?"""
    spelled = r"[\s.\-_/]*".join(map(re.escape, key))
    return re.search(rf"(?<![a-z0-9]){spelled}", plain_latin(text).lower()) is not None


def one_thing(vocab: Vocabulary, label: str, path: str) -> bool:
    """Is a label with a slash, as a whole, a label of ``path`` (``Lot / Date Code`` is the lot's
    own label)? Then it names one thing and its value is never cut at a slash into shares."""
    texts = (label, *label.splitlines())  # "Lot / Date Code\n批号": a label with its translation
    return any(e.path == path for t in texts for e in vocab.index.get(norm(re.sub(r"[:：]", "", t)), ()))


def sentence(text: str) -> bool:
    """Words written out (a clause with its punctuation, or four words or more), not a choice — nor a
    page's number (``Page 1 of 12``, ``第 1 页，共 2 页``: :data:`.values.PAGE_NUMBER`)."""
    text = text.strip()
    if len(text) < 8 or PAGE_NUMBER.match(text):
        return False
    return bool(re.search(r"[，,；;。]", text)) or len(text.split()) >= 4


def in_two_languages(
    vocab: Any, path: str, kind: str, names: Sequence[str], parts: Sequence[str], long: bool = False
) -> bool:
    """A label naming one field in two languages (its other parts name no field: ``İşlem /
    Handling``, ``Rede / Reason``) over one option in two languages (``Naprawa / Rework``) or a text
    typed in both (``Wasters te dun, hakies gebuig. / Washers too thin.``: a half is a sentence; a
    long text's, ``long``, short too: ``Halter gerissen / Bracket cracked.`` under ``Beanstandung /
    Problem description``): the value is never cut into shares at its slash."""
    if not (kind in ("term", "terms") or (kind == "text" and (long or any(sentence(p) for p in parts)))):
        return False
    return all((found := vocab.match(name)) is None or found[0] == path or found[1] < 0.85 for name in names)


# one word, two spellings (an ERP's abbreviations too: "Qty Auth.", "Qty Recd.")
_SAME_WORD = {
    "quantity": "qty",
    "authorised": "authorized",
    "auth": "authorized",
    "number": "no",
    "recd": "received",
    "rcvd": "received",
}


def _names_a_row_kind(name: str, path: str) -> bool:
    """Does a heading's name (or a part of it after a slash) name a kind of row of the table
    ``path`` (``D4 Wêrom net fûn / Why not detected``: the escape cause, a row of root_cause)?"""
    kinds = _row_kinds(path)
    return bool(kinds) and any(term.lookup(part) is not None for part in slash_names(name) for term in kinds)


@memo
@lru_cache(maxsize=256)
def _row_kinds(path: str) -> tuple[Any, ...]:
    """The options of the table ``path``'s rows' term columns on any form (root_cause: its
    CauseType, occurrence or escape)."""
    out: list[Any] = []
    for spec in form_labels().specs:
        meta = spec.fields.get(path)
        if meta is not None and meta.row_model is not None:
            out += [
                c.term for c in describe(meta.row_model).values() if c.kind == "term" and c.term is not None
            ]
    return tuple(out)


def sorted_words(text: str) -> str:
    """English words in a fixed order, so that word order does not matter: ``~date received``."""
    words = sorted(_SAME_WORD.get(w, w) for w in _ENGLISH_WORD.findall(plain_latin(halfwidth(text)).lower()))
    return "~" + " ".join(words) if len(words) > 1 else ""


@dataclass(frozen=True)
class Entry:
    path: str  # field path ("customer", "problem.what") or table / group key
    strength: float  # 1.0 the field's own label, 0.9 an alias, lower for a generic word
    whole: bool = False  # named only by the whole text, never inside a longer one (forms.Alias)
    inline: bool = False  # named only before its value in the same cell (forms.Alias)
    alone: bool = False  # named only as its section's one signature (forms.Alias)
    doubtful: bool = False  # names its field only likely (forms.Alias): read, always warned


@memo
@lru_cache(maxsize=65536)
def _naming(text: str) -> tuple[tuple[tuple[str, float], ...], str | None, str | None]:
    """What :meth:`Vocabulary.may_name` asks of a text, whichever vocabulary asks: its readings
    with the weight they may reach (a reading kept apart, 0.95 / 0.94, counts at 0.95 with its
    other half), the label after a party's word (normalised) and an 8D heading's key (``d3``).
    Worked out once a text, not once a text and vocabulary (issue 15: nearly every pair asked is
    new, but the same texts are asked of the form's, the columns' and the joined vocabularies)."""
    readings = tuple(
        (key, TRANSLATED if weight == TRANSLATED_HALF else 0.95 if weight in HALVES else weight)
        for key, weight in variants(text)
    )
    party = _PARTY_BEFORE.match(halfwidth(text).strip())
    heading = discipline(text)
    return readings, norm(party["rest"]) if party else None, f"d{heading[0]}" if heading else None


# the texts a vocabulary keeps its readings of in a plain dict (:meth:`Vocabulary._readings`),
# as many as its rule's own cache keeps
_ASKED_KEPT = 65536


class Vocabulary:
    """Normalised label → the fields it may stand for, with close-match lookup."""

    # every name a vocabulary holds, declared: no ``__dict__`` at all, so each is read by
    # Python's quick path however many vocabularies were made before (issue 15; a name given
    # to an instance after its class's first few made it a dict of its own, read the slow way)
    __slots__ = (
        "__weakref__",  # (its answers declared to the memos' registry, weakly: memos.owner)
        "_asked",
        "_by_path",
        "_key_chars",
        "_long_keys",
        "_may",
        "_near",
        "_near_alphabet",
        "_near_of",
        "_near_sized",
        "_order",
        "_order_of",
        "_prefixes",
        "index",
        "keys",
        "kinds",
        "words",
    )

    def __init__(
        self, metas: Iterable[tuple[str, FieldMeta]], *, generic: float = 0.55, short: float = SHORT_STRENGTH
    ) -> None:
        self.index: dict[str, list[Entry]] = {}
        self._asked: dict[str, tuple[tuple[str, float, str], ...]] = {}  # see _readings()
        self._may: dict[tuple[str, float], bool] = {}  # see may_name()
        owner(self)  # (a cold read empties them: cache_clear)
        # what is worked out on the first question (_near_length, _close_match, _inside, _own_keys)
        self._by_path: dict[str, list[str]] | None = None
        self._near_of: list[str] | None = None
        self._near: dict[int, list[str]] = {}
        self._near_alphabet: dict[int, tuple[dict[int, None], int]] = {}
        self._near_sized: dict[int, tuple[list[str], dict[int, None], int]] | None = None
        self._order_of: list[str] | None = None
        self._order: dict[str, int] = {}
        self._key_chars: dict[int, None] = {}
        self._prefixes: set[str] = set()
        # the Latin-script words our labels are written with (implementation, verification):
        # a bilingual heading's half made of one of them is ours, no foreign word (_translations_agree)
        self.words: set[str] = set()
        # each field's kind of value (text, code, date, qty, money …): a head word of another kind after a
        # known key turns its field away (_head_elsewhere); none for the joined keys (_JoinedVocabulary)
        self.kinds: dict[str, str] = {}
        for path, meta in metas:
            self.kinds[path] = str(meta.kind)
            for i, text in enumerate(meta.labels):
                self.words.update(_LATIN_WORD.findall(text.casefold()))
                key = norm(text)
                if not key:
                    continue
                strength = 1.0 if i < 2 else 0.9
                if key in GENERIC:  # a field's own generic label (数量) is still its label
                    strength = min(strength, generic if i >= 2 else max(generic, 0.85))
                elif key in LOOSE:
                    strength = min(strength, LOOSE_STRENGTH)
                elif getattr(text, "second", False):
                    strength = min(strength, SECOND_STRENGTH)
                elif getattr(text, "doubtful", False):
                    strength = min(strength, DOUBTFUL_STRENGTH)
                for k in (key, norm(sorted_words(text)) if not _CJK.search(text) else ""):
                    if not k:
                        continue
                    entries = self.index.setdefault(k, [])
                    if not any(e.path == path for e in entries):
                        entries.append(
                            Entry(
                                path,
                                strength,
                                getattr(text, "whole", False),
                                getattr(text, "inline", False),
                                getattr(text, "alone", False),
                                getattr(text, "doubtful", False),
                            )
                        )
        # synonyms last, and only where no label of the form is worded so already
        for key, entries in list(self.index.items()):
            for other, factor in synonyms(key, short):
                if other not in self.index:
                    self.index[other] = [Entry(e.path, e.strength * factor) for e in entries]
        for entries in self.index.values():
            entries.sort(key=lambda e: -e.strength)
        self.reindex()

    def reindex(self) -> None:
        """The keys in order, and those long enough to be looked for inside a reading: made
        again whenever keys are added to the index."""
        self.keys = list(self.index)
        self._long_keys = [k for k in self.keys if len(k) >= 3]

    def cache_clear(self) -> None:
        """Let go of the answers kept for texts asked (:meth:`_readings`, :meth:`may_name`); the
        vocabulary's own keys stay."""
        self._asked.clear()
        self._may.clear()

    def candidates(self, text: Any) -> list[tuple[str, float, str]]:
        """Every field ``text`` may label: (path, score, matched key), best first."""
        return list(self._readings(text))

    def _readings(self, text: Any) -> tuple[tuple[str, float, str], ...]:
        """:meth:`candidates` as the cached tuple: :meth:`match` takes its first without a copy
        (issue 15: asked of every pair of boxes of a table's rows). A text asked before is
        answered from a plain dict first: the rule's cache (``_candidates``) hashes this
        vocabulary with the text and the text is tidied before it is asked — ≈ 1 µs a question,
        asked ≈ 400 times a form."""
        found = self._asked.get(text) if type(text) is str else None
        if found is not None:
            return found
        if not isinstance(text, str) or not text.strip():
            return ()
        asked = text
        if (
            len(text) > 60
        ):  # a heading with a long note in brackets: "3. 봉쇄조치( Containment within 24hours…)"
            text = BRACKETED.sub(" ", text).strip()
            if len(text) > 60 or not text:
                return ()
        found = self._candidates(text)
        if any(_sign_key(key) for _path, _score, key in found) and not sign_alone(asked):
            # "US$ (1,250.00)": a figure with its sign (the bracket read as a gloss), no sign alone
            found = tuple(f for f in found if not _sign_key(f[2]))
        if text is asked:  # (a long text is not kept: a cell may hold 32,767 characters)
            if len(self._asked) >= _ASKED_KEPT:  # a long batch's texts: the dict kept bounded
                self._asked.clear()
            self._asked[asked] = found
        return found

    @memo
    @lru_cache(maxsize=65536)  # noqa: B019 - one Vocabulary per form, kept for the process
    def _candidates(self, text: str) -> tuple[tuple[str, float, str], ...]:
        found: dict[str, tuple[float, str]] = {}

        def offer(path: str, score: float, key: str) -> None:
            if found.get(path, (0.0, ""))[0] < score:
                found[path] = (score, key)

        readings = variants(text)
        wide = halfwidth(text)  # (asked below on most routes: folded once)
        # (most texts are no key of the vocabulary: then nothing below is offered, issue 15)
        if any(key in self.index for key, _weight in readings):
            pair: dict[float, set[str]] = {0.95: set(), 0.94: set()}
            sides: dict[float, list[tuple[str, float, str]]] = {0.95: [], 0.94: []}  # each half's readings
            for key, weight in readings:
                for entry in self.index.get(key, ()):
                    if weight in HALVES:
                        pair[_SIDE[weight]].add(entry.path)
                        sides[_SIDE[weight]].append((entry.path, _HALF_SURE[weight] * entry.strength, key))
                        continue
                    offer(entry.path, weight * entry.strength, key)
            for key, weight in readings:  # "客户名称 Customer name": a label with its translation
                if weight in HALVES:
                    for entry in self.index.get(key, ()):
                        if entry.path in pair[0.95] and entry.path in pair[0.94]:
                            offer(entry.path, _HALF_SURE[weight] * entry.strength, key)
            # "발행일 Issue Date", "영구 대책 Permanent Countermeasure": Korean and English, one half a
            # word we have not got (Korean is a script of its own, as a slash's part in
            # _translations_agree): the half we know reads it, weighed as the pair would be
            self._read_by_known_half(
                ENUMERATOR.sub("", wide).strip(" :：*※"), (sides[0.95], sides[0.94]), offer
            )
            if "/" in text or "|" in text:
                self._translations_agree(wide, offer)
            whole = norm(wide)
            if any(key == whole for _s, key in found.values()):
                # the whole printed label is one we know ("Approved (customer)"): a reading of a
                # part of it (the note in brackets, "customer") is the lesser one
                for path, (score, key) in list(found.items()):
                    if key != whole and score > 0.85:
                        found[path] = (min(score, 0.85), key)
        if not found:
            # the known keys a head word after them turned away (_head_elsewhere): not read through
            # another reading of the same label either (its words sorted, a slash's part: "Customer P")
            elsewhere: set[str] = set()
            head = _head_kinds_of(text) if self.kinds else frozenset()
            for key, weight in readings:
                if len(key) < 3:
                    continue
                hit = self._close_match(key)
                if hit is not None and self._head_elsewhere(key, hit[0], head):
                    elsewhere.add(hit[0])
                if (
                    hit is not None
                    and hit[0] not in elsewhere
                    and not self._head_apart(key, hit[0])
                    and not (self.kinds and _person_head_lacking(key, hit[0], text))
                ):
                    for entry in self.index[hit[0]]:
                        # (below 0.85 always: may_name relies on it, tests/test_speed_guards.py)
                        offer(entry.path, weight * entry.strength * 0.85 * hit[1] / 100, hit[0])
                # a known label inside a longer one: "原因分析及对策" ⊃ "原因分析"
                if len(key) <= 14 and not _DIGIT.search(key):
                    # a two-character label inside a short one: "经理核准" ⊃ "核准"
                    for vkey in self._inside(key):
                        if vkey.isascii() and vkey.isalnum() and not _word_inside(vkey, wide):
                            continue  # "rusted" holds no USt (a tax): a Latin key starts a word
                        if hedged(key, vkey):
                            continue  # "可能原因", "Possible root cause": a candidate, not the thing
                        if replied(key, vkey):
                            continue  # "回函号", "回复单号": our reply's number, not the document's
                        if vkey in elsewhere or self._head_elsewhere(key, vkey, head):
                            elsewhere.add(vkey)
                            continue  # "Customer P/N", "客户料号": a number's head after the party's word
                        for entry in self.index[vkey]:
                            if not entry.whole:  # ("First issue" holds no e-mail's "Issue:")
                                offer(entry.path, weight * entry.strength * 0.7, vkey)
        if (not found or max(s for s, _k in found.values()) < SYNONYM_STRENGTH) and (
            halves := label_halves(text)
        ) is not None:  # (a loose reading of the whole: "approved" inside "Qtd. Aprovada / Qty Approved")
            self._read_by_known_half(
                text, (self._readings(halves[0]), self._readings(halves[1])), offer, halves
            )
        if found and max(s for s, _k in found.values()) < SYNONYM_STRENGTH:
            self._party_agrees(text, found, offer)
        if not found and (owned := _OWNER_WORD.match(wide.strip())) is not None:
            # "Bosch Material No.": a company's name before an id label, a word no label uses
            owner = norm(owned[1])
            if len(owner) >= 3 and not self._uses_word(owner):
                for entry in self.index.get(norm(owned[2]), ()):
                    offer(entry.path, 0.8 * entry.strength, norm(owned[2]))
        if found and _OWN_SCRIPT.search(text) and _ASCII.search(text):
            chinese_decides(found)
        heading = discipline(text)
        if heading is None and found:
            numbered_section_tie(found, self.index, text)
        if heading is not None:
            # number AND name: a name of another discipline is doubted; the number alone is a weak anchor
            own = {e.path for e in self.index.get(f"d{heading[0]}", ())}
            for path, (score, key) in list(found.items()):
                if own and not any(path == p or path.startswith(p + ".") for p in own):
                    found[path] = (score * 0.85, key)
                elif path in own and score >= 0.5:
                    found[path] = (max(score, 0.86), key)  # the name, loosely read, agrees with the number
            if not found and (heading[0] != 8 or re.match(r"\s*D", text, re.I)):
                # a heading printing its number and a name of its own ("D3 围堵行动", "一、緊急處置
                # (D3)"): the number decides, the name naming no other field
                entries = self.index.get(f"d{heading[0]}", ())
                for entry in entries:
                    # (a note in brackets after the name is no part of it: "Root Cause (Use 5-Why)")
                    name = BRACKETED.sub(" ", heading[1]).strip() or heading[1]
                    named = _DISCIPLINE_AFTER.search(wide) is not None or self._shares(name, entry.path)
                    offer(entry.path, 0.86 if named else 0.8 * entry.strength, f"d{heading[0]}")
        if len(found) > 1 and _OPENING.search(text):
            self._bracket_decides(text, found)
        if not found:
            return ()  # (most texts: nothing to sort)
        return tuple(sorted(((p, s, k) for p, (s, k) in found.items()), key=lambda c: -c[1]))

    def _bracket_decides(self, text: str, found: dict[str, tuple[float, str]]) -> None:
        """``進貨營業人（或原買受人）名稱``: the words outside the brackets read as two fields alike
        (進貨營業人 the buyer's, its 營業人 a seller's word: 0.69 / 0.68); the alternative in brackets
        (原買受人, the buyer) names one of them alone — it decides: the other reading is dropped.
        Readings apart by more than :data:`_EVEN`, or a bracket naming neither, stay; so do the readings of
        a sign-off caption with a bracket (``Approved (Customer QA)``, ``批准（客户）``: the words outside
        name the signer, the bracket says who signs — a note, no alternative; weak48)."""
        ranked = sorted(found.items(), key=lambda kv: -kv[1][0])
        (first, (top, _k)), (second, (next_, _k2)) = ranked[0], ranked[1]
        if top - next_ > _EVEN:
            return
        wide = halfwidth(text)
        outside = BRACKETED.sub(" ", wide)
        if a_sign_off_caption(" ".join(outside.split()).strip(" :：")):
            return  # (weak48) "Approved (Customer QA)", "批准（客户）": who signs, no alternative to the act
        for inner in BRACKETED.findall(wide):
            inner = _ALTERNATIVE.sub("", inner).strip()
            if bool(_CJK_ANY.search(inner)) != bool(_CJK_ANY.search(outside)):
                continue  # a translation in brackets (产品名称 (Description)): a gloss, no alternative
            named = self._candidates(inner) if inner and inner != text else ()
            if not named or named[0][0] not in (first, second):
                continue
            if len(named) > 1 and named[0][1] - named[1][1] <= _EVEN:
                continue  # the bracket itself names two alike
            del found[second if named[0][0] == first else first]
            return

    def _translations_agree(self, wide: str, offer: Any) -> None:
        """``暫定対策 / 圍堵``, ``対策チーム / 小組``, ``Customer / 客户``: a label and its
        translation after a slash, each naming the same field, name it as surely as a label
        beside its translation (0.95, as :meth:`_candidates`' pair): each alone, an alias in
        another script, is only a part of the printed label (0.9 × its strength). A discipline's
        number before the first is no part of it: ``D6 Validatie / Validation``."""
        heading = discipline(wide)
        parts = [norm(p) for p in _SLASH.split(BRACKETED.sub(" ", folded(heading[1] if heading else wide)))]
        parts = [p for p in parts if p]
        if len(parts) < 2:
            return
        named = [{e.path: e.strength for e in self.index.get(p, ())} for p in parts]
        for path in set(named[0]).intersection(*named[1:]):
            offer(path, 0.95 * max(n[path] for n in named), parts[0])
        # one part in Chinese, the other in a script of its own (``Khách hàng / 客户``): the part
        # read alone (0.9, as variants() weighs a slash's part), though the Chinese run of a
        # mixed text counts only with its translation (the pair's 0.95 / 0.94 hid it)
        for part, entries in zip(parts, named):
            for path, strength in entries.items():
                offer(path, 0.9 * strength, part)
        lacking = [p for p, n in zip(parts, named) if not n]
        if (
            heading is not None
            and len(parts) == 2
            and len(lacking) == 1
            and not _CJK_ANY.search(lacking[0])
            and lacking[0] not in getattr(self, "words", ())
        ):
            # "D6 Provjera / Verification": a discipline's number, then its name in a language we
            # lack and its translation: the number says it is a heading, the half we know names
            # its column, as surely as the pair would (a heading is read for checking anyway).
            # Never a Chinese half we lack ("D0 异常描述/投诉原因"): that is another label, no
            # translation (may_name asks the same, _bilingual_heading); nor a half that is a word
            # of our own labels ("D6 Implementation / Verification": two names of ours, the act
            # and its check, each its own column — value_cues.outcome_too decides the text's)
            for part, entries in zip(parts, named):
                for path, strength in entries.items():
                    offer(path, 0.95 * strength, part)

    def _read_by_known_half(
        self,
        text: str,
        read: tuple[Sequence[tuple[str, float, str]], Sequence[tuple[str, float, str]]],
        offer: Any,
        parted: tuple[str, str] | None = None,
    ) -> None:
        """A label in two languages read by the half we know — one rule for both ways a label and its
        translation are printed: exactly one half names a field (``read``, each half's readings; both:
        two labels, or one field twice, left to the pair's readings; neither: nothing), and the other
        is a translation in a language we lack, never a second label nor a value:

        - one run of words in two scripts (``parted`` None: the pair's halves of :func:`variants`, the
          own script's at 0.95, the gloss at 0.94): a Korean label with its English, or a Japanese one
          told by its words with English of our labels' words (:meth:`_glossed`: never ``得意先
          Toyota``, a label and its value in one cell) → read by the known half as the pair would be;
        - two halves parted (:func:`label_halves`: ``Date of Complain / Ngày khiếu nại``, ``Código /
          Code``; asked only where the whole was read loosely or not at all), the other no Chinese
          (``异常描述/投诉原因`` is two labels, no translation) and not words of our own labels only
          (``Implementation / Verification`` names two things of ours) → read by the known half at
          :data:`KNOWN_HALF` of its score, at most :data:`KNOWN_HALF_AT_MOST` (always shown)."""
        if bool(read[0]) == bool(read[1]):
            return
        known = read[0] or read[1]
        if parted is None:
            if self._glossed(text):
                for path, score, key in known:
                    offer(path, score, key)
            return
        other = parted[1] if read[0] else parted[0]
        if _CJK_ANY.search(other) or self._our_words(other):
            return
        for path, score, key in known:
            offer(path, min(KNOWN_HALF * score, KNOWN_HALF_AT_MOST), key)

    def _our_words(self, text: str) -> bool:
        """Are the Latin words of ``text`` all words of this vocabulary's labels (or has it none)?"""
        return all(w in self.words for w in _LATIN_WORD_ANY.findall(plain_latin(text).casefold()))

    def _glossed(self, text: str) -> bool:
        """Is ``text`` a Korean or Japanese label with its English after it (``발행일 Issue Date``,
        ``文書番号 Doc No.``)? Then a half we know reads it, though the other is a word we lack. A
        Japanese half is told by its words (form_words: 番号, 得意先, kana), its English by being
        words of our labels (never a value after a Chinese label: ``得意先 Toyota``); a Chinese
        label's half never reads alone (``客户 Bosch`` is a label with its value)."""
        if _KOREAN_THEN_ENGLISH.match(text):
            return True
        m = _JAPANESE_THEN_ENGLISH.match(text)
        return m is not None and chinese_words(norm(m["own"])) is not None and self._our_words(m["gloss"])

    def _uses_word(self, word: str) -> bool:
        """Does a label of this vocabulary hold ``word`` (then "Bosch" before "Material No." is
        no company's name but a word of a label)?"""
        return any(word in k for k in self.keys)

    def _party_agrees(self, text: str, found: dict[str, tuple[float, str]], offer: Any) -> None:
        """``Customer SQE approved``: a party's word (who acts: customer, supplier) before a
        label of two words or more the vocabulary knows (``SQE approved``) qualifies that label.
        Taken where the loose reading of the whole already names the same field (a close match
        only: never a field of the label's words alone), a little below the label alone."""
        m = _PARTY_BEFORE.match(halfwidth(text).strip())
        if m is None or norm(text) in self.index:
            return  # (a label the form lists whole keeps its own strength: Customer P/N, doubtful)
        rest = norm(m["rest"])
        for entry in self.index.get(rest, ()):
            if entry.path in found:
                offer(entry.path, _PARTY_AGREES * entry.strength, rest)

    def may_name(self, text: Any, at: float = 0.85) -> bool:
        """Can ``text`` label a field with a score of ``at`` (0.85 or more)? Only by a reading
        that is one of this vocabulary's keys, weighed to ``at`` or more, or as an 8D heading: a
        close match (0.85 × its ratio, short of 100), a key inside the text (0.7) score below.
        Asked first where only such a label counts, so the close matches are not looked for
        (issue 15: every pair of boxes of two rows of a table). Each answer kept in a plain
        dict, as :meth:`_readings` keeps its (the same pairs are asked by every table of a page)."""
        assert at >= 0.85, "close matches can reach below 0.85"
        if type(text) is str and len(text) <= 60:
            told = self._may.get((text, at))
            if told is None:
                if len(self._may) >= _ASKED_KEPT:
                    self._may.clear()
                told = self._may[(text, at)] = self._may_name(text, at)
            return told
        return self._may_name(text, at)

    def _may_name(self, text: Any, at: float) -> bool:
        """:meth:`may_name`, worked out."""
        if not isinstance(text, str) or not text.strip():
            return False
        if len(text) > 60:  # as candidates() reads it
            text = BRACKETED.sub(" ", text).strip()
            if len(text) > 60 or not text:
                return False
        readings, party, heading = _naming(text)
        index = self.index
        for key, weight in readings:
            entries = index.get(key)
            if entries and weight * max(e.strength for e in entries) >= at - 1e-9:
                return True
        # a party's word before a label this vocabulary knows (``Customer complaint ref.``):
        # the label qualified, read by candidates() at 0.95 of its strength (_party_agrees)
        if party is not None and any(_PARTY_AGREES * e.strength >= at - 1e-9 for e in index.get(party, ())):
            return True
        # an 8D heading reaches 0.86 only through a discipline this vocabulary names (its key
        # ``d3``); where it names none (a table's columns) the heading only lowers scores —
        # but for a bilingual one ("D6 Provjera / Verification": _translations_agree), rare, so
        # read as candidates() reads it rather than told apart here
        if heading is not None and heading not in index and _SLASH.search(text):
            return any(score >= at - 1e-9 for _path, score, _key in self._readings(text))
        return heading is not None and heading in index

    def _near_length(self, size: int) -> list[str]:
        """The long keys a text of ``size`` characters may match at a ratio of 84 or more, in
        their order: a ratio that high needs lengths within 16 % of their sum (the indel
        distance is at least their difference), so no other key can be the best (issue 15)."""
        if self._near_of is not self._long_keys:
            self._near = {}
            self._near_of = self._long_keys
            self._near_alphabet = {}
        found = self._near.get(size)
        if found is None:  # a margin over 0.16: the same keys or more, never fewer
            found = self._near[size] = [
                k for k in self._long_keys if abs(len(k) - size) <= 0.17 * (len(k) + size)
            ]
            # their characters (a table str.translate drops them by) and the shortest length
            chars = dict.fromkeys(map(ord, "".join(found)))
            self._near_alphabet[size] = (chars, min(map(len, found), default=0))
        return found

    def _head_apart(self, key: str, near: str) -> bool:
        """Is a vocabulary key near a label's key (:meth:`_close_match`) the label and a head word after
        it that names another thing — a number's (``P/N``, ``No.``, ``编号``, ``料号``: by itself a form's
        label of a number, :func:`label_kinds`) naming the key's field alone? ``supplier`` / ``supplierp/n``:
        ``P/N`` is the part's number, so ``Supplier`` without it names the supplier, however alike the
        letters (84 of 100); so ``供应商`` / ``供应商料号``. Kept: ``invoice`` / ``invoice#`` (``#`` alone names
        no field), ``returned`` / ``returnedqty`` (a count's head, no number's), ``defect`` / ``defects``."""
        near_key = near.lstrip("~")
        if len(near_key) <= len(key) or not near_key.startswith(key):
            return False
        tail = near_key[len(key) :]
        if "code" not in label_kinds(tail):
            return False  # (a count's head, a plural's s: the label's own thing, counted or many)
        named = {p for p, score, _k in self._readings(tail) if score >= SYNONYM_STRENGTH}
        return bool(named & {e.path for e in self.index.get(near, ())})

    def _head_elsewhere(self, key: str, near: str, head: frozenset[str]) -> bool:
        """Is a label's key a vocabulary key (``near``, found close to it or inside it) qualified by a
        head word that names another thing (weak48)? The head (the label's last word: ``P/N``, ``No.``,
        ``Date``, ``Qty``, 料号, 日期) says what the label holds; the known words before it only qualify
        it: ``Customer P/N`` is the customer's part number, no customer; ``客户料号`` the same;
        ``Customer Date``, ``Customer Qty`` no customer either. Told by the kinds of value: the head's
        (``head``, the printed label's: :func:`_head_kinds_of`; or the words after ``near`` in the key,
        :func:`head_kinds`) and ``near``'s fields' (their schema type), none in common — or words after
        ``near`` naming another field of this form surely by themselves (``Customer Part Name``: the
        part's name). A head of the field's own kind (``Customer Name``) turns nothing away; a field of
        no such kind (a table, a choice) and the joined keys (no kinds) are left as they were."""
        own = {self.kinds.get(e.path) for e in self.index.get(near, ())}
        if not own or not own <= _VALUE_KINDS:
            return False
        tail = ""
        if (
            not key.startswith("~")
            and not near.startswith("~")
            and len(key) > len(near)
            and key.startswith(near)
        ):
            tail = key[len(near) :].strip(".:#")
        kinds = head_kinds(tail) if tail else frozenset()
        if kinds:
            return not (_figures_as_one(kinds) & own)
        if head and not (_figures_as_one(head) & own):
            return True
        if len(tail) < 4 or tail in _telling():
            return False
        named = {p for p, score, _k in self._readings(tail) if score >= SYNONYM_STRENGTH}
        return bool(named) and not named & {e.path for e in self.index.get(near, ())}

    def _close_match(self, key: str) -> tuple[str, float, int] | None:
        """rapidfuzz's best key at a ratio of 84 or more (``process.extractOne`` over
        :meth:`_near_length`), not asked when no key can reach 84: the ratio is
        200 × LCS / (len(key) + len(k)), and the characters of ``key`` that no near key holds
        are in no common subsequence, so it is at most 200 × (those it may share) / (len(key)
        + the shortest near key's length). Most values (dates, numbers, codes, sentences) stop
        there (issue 15: 7 of 10 look-ups; tests/test_speed_guards.py)."""
        size = len(key)
        known = self._near_sized
        if known is None or self._near_of is not self._long_keys:
            known = {}
            self._near_sized = known
        ready = known.get(size)
        if ready is None:  # (the near keys, their characters and shortest length: one look-up)
            near = self._near_length(size)
            ready = known[size] = (near, *self._near_alphabet[size])
        near, alphabet, shortest = ready
        if not near:
            return None
        shared = len(key) - len(key.translate(alphabet))  # (translate drops the near keys' characters)
        if 200 * shared < 84 * (len(key) + shortest):
            return None
        # (imported here, at the first close match asked: a parse of our own blanks asks none,
        # and rapidfuzz's 47 modules are ≈ 40 M instructions of its start-up, issue 15)
        from rapidfuzz import fuzz, process

        return process.extractOne(key, near, scorer=fuzz.ratio, score_cutoff=84)

    def _inside(self, key: str) -> list[str]:
        """The keys inside ``key`` at least half as long as it (3 characters or more when ``key``
        is longer than 5), in the order of :attr:`keys`: from each place of ``key``, the pieces
        that begin a key, grown a character at a time while they still begin one (every prefix
        of every key is known), not every key scanned nor every piece made (issue 15)."""
        if self._order_of is not self.keys:
            self._order = {k: i for i, k in enumerate(self.keys)}
            self._order_of = self.keys
            self._key_chars = dict.fromkeys(map(ord, "".join(self.keys)))
            self._prefixes = {k[:n] for k in self.keys for n in range(1, len(k) + 1)}
        order, prefixes, size = self._order, self._prefixes, len(key)
        shortest = max((size + 1) // 2, 3 if size > 5 else 1)
        if size - len(key.translate(self._key_chars)) < shortest:
            return []  # fewer of its characters in any key than the shortest piece looked up
        found: set[str] = set()
        for i in range(size - shortest + 1):
            n = i + 1
            while n <= size and (piece := key[i:n]) in prefixes:
                if n - i >= shortest and piece in order:
                    found.add(piece)
                n += 1
        return sorted(found, key=order.__getitem__) if len(found) > 1 else list(found)

    def _shares(self, name: str, path: str) -> bool:
        """Does a heading's name share a word with the labels of ``path`` (围堵行动 with 围堵措施,
        对策落实 with 对策实施, "Team" with "8D Team")? Then the name, loosely, agrees."""
        key = norm(name)
        if len(key) < 2 or re.search(r"\d", key):
            return False
        if _CJK.search(key):
            pieces = {key[i : i + 2] for i in range(len(key) - 1)} - {"措施", "报告", "日期", "内容"}
        else:
            pieces = {w for w in re.findall(r"[a-z]{4,}", halfwidth(name).lower())}
        if not pieces:
            return False
        own = self._own_keys().get(path, ())
        return any(p in k for p in pieces for k in own) or _names_a_row_kind(name, path)

    def _own_keys(self) -> dict[str, list[str]]:
        by_path = self._by_path
        if by_path is None:
            by_path = {}
            for k, entries in self.index.items():
                for e in entries:
                    by_path.setdefault(e.path, []).append(k)
            self._by_path = by_path
        return by_path

    def match(self, text: Any) -> tuple[str, float, str] | None:
        found = self._readings(text)
        return found[0] if found else None

    @memo
    @lru_cache(maxsize=16384)  # noqa: B019 - one Vocabulary per form, kept for the process
    def two_fields(self, text: str) -> tuple[tuple[str, str], tuple[str, str]] | None:
        """``不良数量 Qty Shipped``, ``品名 Description``: a label in two halves (its Chinese and its
        Latin words, or :func:`label_halves`' parts), each naming a field of this form surely
        (:data:`SYNONYM_STRENGTH`) and the two fields different, neither half naming the other's
        → ((half, field), (half, field)); None for any other text (halves naming one field, or
        one half naming nothing: read by the half it knows)."""
        halves = label_halves(text)
        if halves is None and _CJK.search(text) and _ASCII.search(text):
            latin = _CJK_RUN.sub(" ", text).strip(" :：")
            halves = ("".join(_CJK_RUN.findall(text)), latin) if latin else None
        if halves is None:
            return None
        sure = [{p for p, score, _k in self._readings(h) if score >= SYNONYM_STRENGTH} for h in halves]
        if not sure[0] or not sure[1] or sure[0] & sure[1]:
            return None
        first, second = (next(p for p, _s, _k in self._readings(h)) for h in halves)
        if first not in sure[0] or second not in sure[1]:
            return None
        return (halves[0], first), (halves[1], second)

    def inline_only(self, text: str, path: str) -> bool:
        """Does ``text`` name ``path`` only as a caption before its value in the same cell (an
        ``inline`` alias, forms.Alias), never standing in a box of its own?"""
        return any(e.path == path and e.inline for e in self.index.get(norm(text), ()))

    def doubtful_label(self, text: str, path: str) -> bool:
        """Is ``text``, whole, a label the form marks as naming ``path`` only likely (a doubtful
        alias, forms.Alias: the 8D's bare 纠正, the correction of ISO or the corrective action of
        a mainland form)? Such a label is read, and the value it gives is always warned."""
        return any(e.path == path and e.doubtful for e in self.index.get(norm(text), ()))

    def alone_only(self, text: str, path: str) -> bool:
        """Does ``text`` name ``path`` only as its section's one signature (an ``alone`` alias,
        forms.Alias)?"""
        return any(e.path == path and e.alone for e in self.index.get(norm(text), ()))


# a party's word before a label of two words or more: "Customer SQE approved", "Supplier's QA approved by"
_PARTY_BEFORE = lazy_re(
    r"(?i)^(?:customer|supplier|vendor|client|buyer|seller)(?:'s)?\s+(?P<rest>[a-z][a-z.]*(?:\s+[a-z.]+)+)\s*[:：]?$"
)
# two readings of a label this close are alike: a bracketed alternative naming one decides (_bracket_decides)
_EVEN = 0.05
_ALTERNATIVE = lazy_re(r"(?i)^\s*(?:或者?|或是|即|or|i\.e\.|=)\s*")
_PARTY_AGREES = 0.95  # the label qualified by who acts: a little below the label printed alone
# a known label inside a longer one right after a hedge names a candidate for the thing, not the thing:
# a fishbone's 可能原因 (possible cause) or 潜在原因 column lists what was checked, "Possible root cause",
# "Suspected cause" what may be it — the root cause is the one the analysis confirmed, printed apart
# (潛在, 懷疑 fold to 潜在, 怀疑; a label's key has no spaces and is lower case)
_HEDGED = lazy_re(r"(?:可能|潜在|疑似|怀疑|推测|possible|potential|suspected|suspect)的?$")


def hedged(key: str, inner: str) -> bool:
    """Is ``key`` (a label's key) the known label ``inner`` right after a hedge (可能原因 ⊃ 原因,
    possiblerootcause ⊃ rootcause)? Then it names a candidate for the thing, not the thing."""
    at = key.find(inner)
    return at > 0 and _HEDGED.search(key[:at]) is not None


def replied(key: str, inner: str) -> bool:
    """Is ``key`` (a label's key) the known number label ``inner`` (ending 号) right after a word of a
    reply (回函号 ⊃ 函号: 回函 is the reply letter; 回函编号, 回复单号 ⊃ 单号, 答复编号 ⊃ 编号)? Then it numbers our
    reply, not the document ``inner`` names alone (退回单号's 回 ends 退回, a return: not a reply)."""
    at = key.find(inner)
    if at <= 0 or not inner.endswith("号"):
        return False
    before = key[:at]
    return before.endswith(("回复", "回覆", "答复", "回函")) or (
        before.endswith("回")
        and not before.endswith(("退回", "返回", "寄回", "收回"))
        and inner.startswith("函")
    )


_OWNER_WORD = lazy_re(r"^([A-Z][A-Za-z&-]+)\s+([A-Za-z][A-Za-z ]*?\s*(?:No\.?|Number|Nr\.?|#))\s*:?$")


def chinese_decides(found: dict[str, tuple[float, str]]) -> None:
    """A Chinese label with an English gloss naming another field (``产品名称 (Description)``):
    the Chinese label decides, the gloss only confirms — a field only the gloss names is ranked
    below the one the Chinese words name. A Russian customer's label (``Наименование /
    Description``: the item's name) is the same: its own words decide."""
    cjk = [score for score, key in found.values() if _OWN_SCRIPT.search(key)]
    if not cjk:
        return
    best = max(cjk)
    for path, (score, key) in list(found.items()):
        if not _OWN_SCRIPT.search(key) and score >= best:
            found[path] = (best * 0.95, key)


# a numbered section heading: "3.", "3、", "3)", "三、", "三，", "③" — the one rule for the number
# before a heading (the 8D tie below, the sections of one list in compound.sibling_sections)
_SECTION_NUMBER = lazy_re(
    rf"^\s*(?:(?P<d>\d{{1,2}})\s*[.、)）]|(?P<c>[一二三四五六七八九十]{{1,3}})\s*[、.,，]|(?P<r>[{ENCLOSED_NUMBERS}]))"
)
_CHINESE_DIGITS = "一二三四五六七八九十"


def section_number(text: Any) -> tuple[str, int] | None:
    """How a heading is numbered and its number: ``3. 原因`` → ``("d", 3)``, ``三、原因`` →
    ``("c", 3)``, ``③原因`` → ``("r", 3)``; a Chinese number of more than one character
    (``十一、``) is numbered ``-1`` (a form has no more than ten sections); None when unnumbered.

    >>> section_number("六、效果確認"), section_number("2. 暫定処置"), section_number("效果确认")
    (('c', 6), ('d', 2), None)
    >>> section_number("2、原因分析："), section_number("1,500 pcs")
    (('d', 2), None)
    """
    # (the ideographic comma first: halfwidth folds ``2、`` into ``2,``, which is no heading's number)
    m = _SECTION_NUMBER.match(halfwidth(str(text or "").replace("、", ".")))
    if m is None:
        return None
    style = m.lastgroup or ""
    t = m[style]
    if style == "d":
        return style, int(t)
    if style == "r":
        return style, enclosed_number(t) or 0
    return style, _CHINESE_DIGITS.index(t) + 1 if len(t) == 1 else -1


def numbered_section_tie(
    found: dict[str, tuple[float, str]], index: dict[str, list[Entry]], text: str
) -> None:
    """A label worded alike for two fields (效果确認: D6's result or D8's closure) numbered as a
    section (``六、效果確認``, ``6. 効果確認``): the field of discipline D6 wins the tie. The
    number only breaks a tie, never outweighs a better-worded label."""
    numbered = section_number(text)
    if numbered is None or not 1 <= numbered[1] <= 8:
        return
    number = numbered[1]
    own = {e.path for e in index.get(f"d{number}", ())}
    best = max(score for score, _key in found.values())
    tied = [p for p, (score, _key) in found.items() if score >= best - 1e-9]
    if len(tied) < 2:
        return
    for path in tied:
        if any(path == p or path.startswith(p + ".") for p in own):
            score, key = found[path]
            found[path] = (score + 0.01, key)


def field_metas(spec: FormSpec) -> list[tuple[str, FieldMeta]]:
    """Every labelled thing of a form: top-level fields, group members (``problem.what``),
    tables and groups themselves (their headings)."""
    out: list[tuple[str, FieldMeta]] = []
    for key, meta in spec.fields.items():
        out.append((key, meta))
        if meta.kind == "group" and meta.row_model is not None:
            out.extend((f"{key}.{sub}", m) for sub, m in describe(meta.row_model).items())
    return out


_DATED_ACT = lazy_re(r"^(?:(?P<before>[a-z]+ed)\s+date|date\s+(?P<after>[a-z]+ed))$")


def act_words(metas: Iterable[tuple[str, FieldMeta]]) -> dict[str, str]:
    """A date field's English label named after an act (``Received date``, ``Date shipped``)
    is also printed as the act alone (``Received``, ``Shipped``, as a log's columns are): the
    act's word → the date field. Not where a label of the form names the one who did it
    (``Received by``, ``Approved by``): the act alone may then head the person as well."""
    metas = list(metas)
    words = {halfwidth(t).strip().lower() for _p, m in metas for t in m.labels}
    out: dict[str, str] = {}
    for path, meta in metas:
        if meta.kind != "date":
            continue
        for text in meta.labels:
            m = _DATED_ACT.match(halfwidth(text).strip().lower())
            act = m and (m["before"] or m["after"])
            if act and f"{act} by" not in words and out.get(act, path) == path:
                out[act] = path
            elif act:
                out[act] = ""  # two date fields of one act: the word names neither
    return {act: path for act, path in out.items() if path}


_COUNT_WORDS = ("qty", "quantity")


def act_counts(metas: Iterable[tuple[str, FieldMeta]], act: str) -> list[str]:
    """The quantity fields named after the act of a date field (``Shipped qty`` beside
    ``Shipped date``): a log's bare column ``Shipped`` heads the count as often as the date,
    so the act's word names both, and the value read under it (a count or a date) tells
    which (anchor's fit of a value to its field)."""
    names = {f"{act} {w}" for w in _COUNT_WORDS} | {f"{w} {act}" for w in _COUNT_WORDS}
    return [
        path
        for path, meta in metas
        if meta.kind == "qty" and any(halfwidth(t).strip().lower() in names for t in meta.labels)
    ]


@lru_cache(maxsize=64)
def vocabulary(spec: FormSpec) -> Vocabulary:
    metas = field_metas(spec)
    vocab = Vocabulary(metas)
    own = spec.leaf_fields.get(spec.date_field)
    if own is not None:  # the document's date, named after the act of filling it in
        for text in DATE_ACTS:
            vocab.index.setdefault(norm(text), [Entry(spec.date_field, SYNONYM_STRENGTH)])
    for act, path in act_words(metas).items():
        entries = vocab.index.setdefault(norm(act), [Entry(path, SYNONYM_STRENGTH)])
        if [e.path for e in entries] == [path]:  # the act's own key: it may head the count too
            entries += [Entry(q, SYNONYM_STRENGTH) for q in act_counts(metas, act)]
    _time_twins(vocab, {path for path, meta in metas if meta.kind == "date"})
    vocab.reindex()
    return vocab


def _time_twins(vocab: Vocabulary, dates: set[str]) -> None:
    """A date's label ending 日期 also stands worded 时间 (開單時間, 收貨時間: an ERP's export
    prints the moment, its date-time, where the form prints the day): a little less surely, and
    only where the form has no label worded so already (only the date fields: 处理时间 is no
    处理日期 the other way round)."""
    for key, entries in list(vocab.index.items()):
        stem = key[:-2]
        if (
            key.endswith("日期")
            and len(stem) >= 2
            and _CJK.match(stem[-1])
            and stem + "时间" not in vocab.index
        ):
            twins = [Entry(e.path, e.strength * SYNONYM_STRENGTH) for e in entries if e.path in dates]
            if twins:
                vocab.index[stem + "时间"] = twins


class Joined:
    """Several vocabularies' keys as one, to tell at once that none of them can read a text
    (issue 15: a value's text asked of every form's vocabulary in turn). It is read by
    :meth:`Vocabulary.candidates` itself, every key standing for one field: each route of that
    rule (a reading that is a key, a close match among the keys of a near length, a key inside
    a reading, a company's name before an id label, an 8D heading) that finds a key in any one
    vocabulary finds it among the joined keys too, and no route is coded twice."""

    def __init__(self, vocabs: Iterable[Vocabulary]) -> None:
        joined = _JoinedVocabulary(())
        for v in vocabs:
            for key in v.index:
                joined.index.setdefault(key, [_ANY])
        joined.reindex()
        self._joined = joined

    def may_read(self, text: Any) -> bool:
        """False only when no joined vocabulary has any candidate for ``text``."""
        return bool(self._joined.candidates(text))


_ANY = Entry("", 1.0)  # a joined key: some vocabulary's field


class _JoinedVocabulary(Vocabulary):
    """The joined keys as one vocabulary: a word that some label of one vocabulary holds may
    be in none of another's, so a company's name is never ruled out by the joined labels."""

    __slots__ = ()

    def _uses_word(self, word: str) -> bool:
        return False

    def _head_apart(self, key: str, near: str) -> bool:
        # (every joined key is one field, ``_ANY``: whether a number's head word names another field is
        # each vocabulary's to say; the joined keys turn nothing away for it — ``CREDIT NOTE`` ~ ``Credit Note No.``)
        return False


@lru_cache(maxsize=64)
def columns_vocabulary(row_model: type) -> Vocabulary:
    # under a table's header a generic word (数量, 日期) is a fine column name, and 数 its count
    return Vocabulary(describe(row_model).items(), generic=1.0, short=1.0)


def sign_alone(text: str) -> bool:
    """Is ``text`` a currency sign alone (``¥``, ``NT$``, ``₦``, ``R$``: Unicode's class of currency
    symbols, after up to three capitals naming the country)? :func:`variants` reads every one as
    the one key :data:`~kesu_docs.forms.base.ANY_CURRENCY_SIGN` (a column's label naming any sign,
    no list of them). It heads a column's amount only in a header row beside the table's other
    headers (:func:`.anchor._sign_names_none`), never a label elsewhere (``合计 | ¥ | 8 | 2 | 7``:
    a figure's sign)."""
    m = _SIGN_ALONE.match(text)
    return m is not None and unicodedata.category(m[1]) == "Sc"


_SIGN_ALONE = lazy_re(r"^\s*[A-Z]{0,3}(\S)\s*$")


def _sign_key(key: str) -> bool:
    """Is ``key`` a sign alone's key, normalised (``us$``, ``nt$``, ``¥``)?"""
    return sign_alone(key.upper())


_Derived = TypeVar("_Derived")


class FormLabels:
    """The labels of all forms as one index (:func:`form_labels`): every rule that asks a text
    of every form's vocabulary, or keeps a table made of all forms' labels, asks it here, so the
    forms are walked in one place and what is made of them is made once and let go at once
    (:func:`~kesu_docs.memos.forget`)."""

    def __init__(self, specs: Iterable[FormSpec]) -> None:
        self.specs: tuple[FormSpec, ...] = tuple(specs)
        self._derived: dict[Callable[[FormLabels], Any], Any] = {}

    @cached_property
    def vocabularies(self) -> tuple[Vocabulary, ...]:
        """Each form's vocabulary, in the forms' order."""
        return tuple(vocabulary(spec) for spec in self.specs)

    @cached_property
    def joined(self) -> Joined:
        """Every form's keys as one (:class:`Joined`): a text none of them can read, told at once."""
        return Joined(self.vocabularies)

    @cached_property
    def keys(self) -> frozenset[str]:
        """Every label some form prints, normalised: its fields', its tables' columns' (a sign
        alone, a header row's only, left out) and its sections' names."""
        keys: set[str] = set()
        for spec in self.specs:
            for _, meta in field_metas(spec):
                keys.update(norm(t) for t in meta.labels)
                if meta.row_model is not None:
                    for col in describe(meta.row_model).values():
                        keys.update(norm(t) for t in col.labels if not sign_alone(t))
            for _key, zh, en in spec.sections:
                keys.update((norm(zh), norm(en)))
        keys.discard("")
        return frozenset(keys)

    @cached_property
    def kinds(self) -> dict[str, frozenset[str]]:
        """A field's label, normalised → the kinds of the fields it labels (:func:`label_kinds`)."""
        kinds: dict[str, set[str]] = {}
        for spec in self.specs:
            for _, meta in field_metas(spec):
                for t in meta.labels:
                    kinds.setdefault(norm(t), set()).add(meta.kind)
        kinds.pop("", None)
        return {k: frozenset(v) for k, v in kinds.items()}

    def derived(self, build: Callable[[FormLabels], _Derived]) -> _Derived:
        """What ``build`` makes of all forms (a module's own table of their words), made once
        for this index and let go with it."""
        try:
            return self._derived[build]
        except KeyError:
            made = self._derived[build] = build(self)
            return made

    def matches(self, text: Any) -> Iterator[tuple[FormSpec, tuple[str, float, str]]]:
        """Each form whose vocabulary reads ``text`` as a label, with its best reading
        (:meth:`Vocabulary.match`), in the forms' order."""
        for spec, vocab in zip(self.specs, self.vocabularies, strict=True):
            found = vocab.match(text)
            if found is not None:
                yield spec, found


@memo
@lru_cache(maxsize=1)
def form_labels() -> FormLabels:
    """The labels of all forms, indexed once (:class:`FormLabels`)."""
    from .. import forms

    return FormLabels(forms.all_specs())


@memo
@lru_cache(maxsize=4096)
def known_caption(text: str) -> bool:
    """Does some form's vocabulary read ``text`` as one of its labels, at 0.85 or more (a key,
    not a close match nor any word of a label's shape: :meth:`Vocabulary.may_name`)? Unlike
    :func:`known_label` (the text whole one of the labels printed, :attr:`FormLabels.keys`), a
    form's synonyms and act words count, its tables' columns and sections do not."""
    return any(vocab.may_name(text) for vocab in form_labels().vocabularies)


@memo
@lru_cache(maxsize=65536)
def known_label(text: str) -> bool:
    """Is ``text`` (a line break inside it read as nothing) a label some form prints? A label
    cell shrunk to fit breaks its words on two lines (``客户\n名称``, ``D4 根本\n原因``): the
    lines joined are one label, not a label over its value. A line that says nothing (``/``,
    ``—``, ``N/A``) or has no letter is the clerk's value under the label, never a part of it:
    ``订单号\n/`` is a label over an empty value, not the bare label 订单号 that would take its
    neighbour's value."""
    lines = [ln.strip() for ln in text.replace("\r", "").split("\n")]
    if any(_no_label_words(ln) for ln in lines if ln):
        return False
    joined = "".join(lines)
    # the whole text a label (or a heading's name after its number, "D4 根本原因"): never a
    # label read out of a part of it ("Reason" of "Reason for Return\nCoil burnt …")
    keys = {k for k, w in variants(folded(halfwidth(joined)).strip()) if w >= _WHOLE_READING}
    return bool(keys & form_labels().keys)


_WHOLE_READING = 0.98  # variants(): the text as printed (1.0), the name after a discipline (0.98)


def _no_label_words(line: str) -> bool:
    """A line that can be no part of a label: the clerk's "nothing" (``/``, ``—``, ``N/A``, 无)
    or a line without a single letter (``12``, ``--``)."""
    return blank(line) or says_none(line) or not any(ch.isalpha() for ch in line)


def _telling() -> dict[str, str]:
    """The head words that tell a kind (:func:`telling_heads`, below)."""
    return telling_heads()


@memo
@lru_cache(maxsize=4096)
def head_kinds(word: str, acronym: bool = False) -> frozenset[str]:
    """The kinds of value with a shape (a date, a count, a sum, a code) a head word says (a label's last word:
    ``p/n``, ``no``, ``qty``, ``date``, 料号, 数量): a head word the forms' labels end in (:func:`telling_heads`,
    with the words meaning the same, ``_SAME_HEAD``), or a form's label of a number by itself (``P/N``,
    料号: :func:`label_kinds`); empty for a word of no such head (a text's head says too little: 规格, name)."""
    told = _telling().get(SAME_HEAD.get(word, word))
    # (a number's sign or abbreviation — P/N, #, GSTIN printed in capitals, 订单 — is a label of a number; a
    # Latin word, "Part", "Claim", is a label, no head)
    numbered = acronym or not word.isascii() or not word.isalpha()
    kinds = ({told} if told else set()) | (label_kinds(word) & {"code"} if numbered else set())
    return frozenset(kinds) & _SHAPED


# the kinds of value a head word may say (head_words._KINDS): a field of another kind (a table, a choice,
# a tick) is never turned away by one; the shaped ones, and the figures' kinds as one (a count's head on a
# sum's field, Qty on a rate: a figure all the same)
_VALUE_KINDS = frozenset({"text", "code", "date", "qty", "money", "number"})
_SHAPED = frozenset({"code", "date", "qty", "money", "number"})
_FIGURES = frozenset({"qty", "money", "number"})
_LAST_LATIN = lazy_re(r"([a-z]+|p/n|#)\.?\s*$")
_FIRST_LATIN = lazy_re(r"^\W*([a-z]+)")
_LAST_CJK = lazy_re(r"([\u3400-\u9fff]{3,})$")


def _figures_as_one(kinds: frozenset[str] | set[str | None]) -> set[str | None]:
    return set(kinds) | (set(_FIGURES) if kinds & _FIGURES else set())


@memo
@lru_cache(maxsize=8192)
def _head_kinds_of(text: str) -> frozenset[str]:
    """The kinds of value a printed label's head word says (weak48, :func:`head_kinds`): its last Latin
    word where it has two or more and no Chinese (``Customer Date`` → date, ``Customer P/N`` → code) with
    its first where that is a head too (``Date Delivered``: a date, or a count), or the last two characters
    of a Chinese label of three or more (客户料号 → code); brackets and a colon dropped. Empty for a head of
    no such kind, or a label of one word (``Returned``)."""
    printed = BRACKETED.sub(" ", folded(halfwidth(text))).strip(" :：*")
    bare = printed.casefold()
    if _CJK.search(bare):
        m = _LAST_CJK.search("".join(bare.split()))
        return head_kinds(m[1][-2:]) if m else frozenset()
    if len(re.findall(r"[a-z]+", bare)) < 2:
        return frozenset()
    last = _LAST_LATIN.search(bare)
    acronym = last is not None and len(last[1]) >= 2 and printed[last.start(1) : last.end(1)].isupper()
    if last is None or not (kinds := head_kinds(last[1], acronym)):
        return frozenset()
    first = _FIRST_LATIN.search(bare)
    return kinds | (head_kinds(first[1]) if first else frozenset())


# a person's head after an act (``Returned by``, 退货人): the act alone names no person — but for a
# sign-off caption, which is its signer's (``Approved``, ``Checked``, 审核: persons.sign_off_caption)
_PERSON_HEADS = frozenset(["by", "人", "者", "员"])
# the acts of authorising that no sign-off caption lists, each its signer's alone (``Authorised``)
_SIGNING_ACTS = frozenset(["authorised", "authorized"])


def _person_head_lacking(key: str, near: str, text: str) -> bool:
    """Is a vocabulary key close to a label's (``near``) the label and a person's head after it, the label
    no sign-off caption (weak48)? ``Returned`` is no ``Returned by`` (a return's customer): a column of
    the count returned, a date; ``Approved`` beside ``Approved by`` is its signer, as a sign-off grid
    prints it."""
    if near.startswith("~") or len(near) <= len(key) or not near.startswith(key):
        return False
    if near[len(key) :] not in _PERSON_HEADS:
        return False
    if key in _SIGNING_ACTS:
        return False
    return not a_sign_off_caption(text) and not a_sign_off_caption(key)  # (key: "Aprova / Approved"'s half)


def label_kinds(text: str) -> frozenset[str]:
    """The kinds of the fields ``text`` is exactly the label of (``Lot No.`` → text, ``Defect
    qty`` → qty); empty when it names no form's field. A table's column word is none: ``Item 3``
    heads a line laid out as a column."""
    return form_labels().kinds.get(norm(text), frozenset())


def translated_label(text: str) -> bool:
    """``発生原因 / 发生原因``, ``Remarks / 备注``: a label printed with its translation after a
    slash, every part a label (:func:`label_like`) — a label, though its two phrases alone
    would read as a value's ("李红 / 日期" has no part a label alone reads)."""
    parts = [p.strip() for p in _SLASH.split(text)]
    return 2 <= len(parts) <= 3 and all(p and len(p) <= 30 and label_like(p) for p in parts)


# label_like()'s patterns, compiled once (issue 15: asked of every new text)
_ENDS_QUESTION = lazy_re(r"[?？]$")
_SENTENCE_MARK = lazy_re(r"[;；。]")
# a Chinese sentence's marks, as halfwidth() leaves them (。 typed .): a semicolon, or a full stop ending the text after
# a character or a bracket closed ("…后出货。", "…热浸（HST）。")
_CJK_SENTENCE = lazy_re(r"[;；。]|[\u3400-\u9fff)）][.．。]\s*$")
_ENDS_COLON = lazy_re(r"[:：]$")
_COLON_NOTE = lazy_re(r"[:：]\s*[(（][^()（）]{1,30}[)）]$")
_COLON = lazy_re(r"[:：]")
_HAN_RUN = lazy_re(r"[\u3400-\u9fff]+")
# a word of Latin letters, of any length (a label's English words, Vocabulary.words: No., by, QA too)
_LATIN_WORD = lazy_re(r"[a-z]+")


# a Chinese name with a Chinese word in brackets after it: 陳美玲（品保）, 张伟(组长)
_NAME_BRACKETED = lazy_re(
    r"^\s*(?P<name>[\u4e00-\u9fff]{2,4})\s*[(（](?P<inner>[\u4e00-\u9fff]{1,8})[)）]\s*$"
)


def _name_with_unit(raw: str, known: set[str]) -> bool:
    """People's names each with their department or role in brackets (``陳美玲（品保）``,
    ``陳怡君（品保）、張家豪（製造）``): the words in the brackets are some form's labels (品保 signs
    off a form), the whole is people, not a label — unless a name part is a label itself or
    ends as labels do."""
    found = [_NAME_BRACKETED.match(part) for part in re.split(r"[、,，;；]", raw)]
    if not found or any(m is None for m in found):
        return False
    names = [norm(m["name"]) for m in found if m is not None]
    inners = {norm(m["inner"]) for m in found if m is not None}
    return known <= inners and not any(n in form_labels().keys or n.endswith(LABEL_ENDINGS) for n in names)


def person_with_department(text: str) -> bool:
    """``张三（品保）``, ``陳怡君（品保）、張家豪（製造）``: people each with their department in
    brackets, whose bracketed words are some form's labels — a value, never a label."""
    raw = folded(halfwidth(text)).strip()
    if not raw or len(raw) > 80 or not _NAME_BRACKETED.match(re.split(r"[、,，;；]", raw)[0]):
        return False
    keys = {k for k, w in variants(raw) if w not in HALVES} & form_labels().keys
    return bool(keys) and _name_with_unit(raw, keys)


@memo
@lru_cache(maxsize=65536)
def label_like(text: str) -> bool:
    """Does ``text`` read as a printed label (of any form, or by its shape), not as a value?

    A label of any form we know; a short text ending in a colon; a short text without digits
    ending the way labels end (``…日期``, ``…人``, ``…意见``); a short English caption of
    label words (``Date``, ``Approved by``).
    """
    raw = folded(halfwidth(text)).strip()
    if not raw or len(raw) > 200:
        return False
    if _INSTRUCTION.search(raw) and "\n" not in raw:
        return True  # the form's instruction to the clerk ("please describe…", "请填写…")
    if _LOG_HEADING.match(raw):
        return True  # a ticket's or an approval's log under the form (Activity, 审批记录): its heading
    if len(raw) > 80:
        return False
    keys = {k for k, w in variants(raw) if w not in HALVES}
    if keys & form_labels().keys and not _name_with_unit(raw, keys & form_labels().keys):
        return True
    body = ENUMERATOR.sub("", raw).strip()
    if _ENDS_QUESTION.search(body) and len(body) <= 80:
        return True  # a question on the form ("Who reported the problem?"): the answer follows
    if (heading_start(body) or _DISCIPLINE_AFTER.search(body)) and (
        len(body) <= 40 or (len(body) <= 90 and not _SENTENCE_MARK.search(body))
    ):
        return True  # an 8D heading: "D3 围堵措施", "D2 - Problem description"
    if _ENDS_COLON.search(body) and len(body) <= 25:
        return True
    if _COLON_NOTE.search(body) and len(_COLON.split(body)[0]) <= 25:
        return True  # "原因分析：（工程部填写）": a label with a note on who fills it
    core = norm(body)
    if not core or _DIGIT.search(BRACKETED.sub("", core)):
        return False
    if _CJK.search(core):
        runs = _HAN_RUN.findall(BRACKETED.sub("", body))
        if len(runs) > 1 and any(len(r) > 1 for r in runs):
            return False  # two phrases ("李红 日期"), not one label letter-spaced ("名   称")
        bare = norm(BRACKETED.sub("", body))
        return len(bare) <= 8 and bare.endswith(LABEL_ENDINGS)
    words = _LATIN_WORD.findall(body.lower())
    return 0 < len(words) <= 4 and words[-1] in EN_LABEL_WORDS and body[:1].isupper()


# who fills the field, printed in brackets after its label: "（责任部门/工程部填写）", "(to be
# completed by the supplier)", "（品保签核）"
_FILLING_NOTE = lazy_re(
    r"(?i)^[(（\[【][^()（）\[\]【】]{0,30}"
    r"(填写|填寫|填入|填|完成|签核|簽核|签名|专用|專用|to be (filled|completed)|filled (in )?by|completed by|use only|only)"
    r"[^()（）\[\]【】]{0,12}[)）\]】]$"
)


def filling_note(text: str) -> bool:
    """Is ``text`` a note on who fills the field, in brackets (never the field's value)?"""
    return bool(_FILLING_NOTE.match(text.strip()))


# ---------------------------------------------------------------- the head words of labels
# (made here, from the forms' own labels, because the matching above asks them; label_heads reads them)

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

_HEAD_CJK_RUN = lazy_re(r"[\u3400-\u9fff]+")
_HEAD_LATIN_WORD = lazy_re(r"[a-z]+\.?|#")


def label_words(text: str) -> tuple[str, list[str]]:
    """A label's comparable words: (its Chinese run, folded to zh-Hans, or ""; its Latin words,
    lower case, without accents or a trailing full stop)."""
    raw = BRACKETED.sub(" ", plain_latin(folded(halfwidth(str(text))))).strip()
    runs = _HEAD_CJK_RUN.findall(raw)
    cjk = max(runs, key=len) if runs else ""
    latin = [w.rstrip(".") for w in _HEAD_LATIN_WORD.findall(raw.lower())]
    return cjk, [w for w in latin if w]


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


_SPACES_OR_COLONS = lazy_re(r"[\s:：]+")


def a_sign_off_caption(text: str) -> bool:
    """Is ``text`` the caption of a stamp or sign-off box (``審查``, ``作成``, ``Checked by``: the words of
    :func:`~kesu_docs.forms.base.sign_off_captions`), spaces and colons aside? (Here, beside the labels it is
    made from, because the matching asks it; :func:`.persons.sign_off_caption` asks it too.)"""
    line = _SPACES_OR_COLONS.sub("", folded(halfwidth(text)))
    captions, captions_en = form_labels().derived(_sign_off_words)
    return line in captions or bool(captions_en.match(" ".join(text.split())))


def _sign_off_words(_labels: FormLabels) -> tuple[frozenset[str], re.Pattern[str]]:
    """The sign-off captions in Chinese and the pattern of those in letters (alone or before
    ``by``), from the forms' sign-off block and customers' words as they are now."""
    from ..forms.base import sign_off_captions, sign_off_captions_en

    pattern = rf"(?i)^({'|'.join(map(re.escape, sign_off_captions_en()))})(\s+by)?[:：]?$"
    return frozenset(sign_off_captions()), re.compile(pattern)
