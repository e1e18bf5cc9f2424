"""Which fields hold a person's name, by their labels (填表人, 核准, Received by, Owner), and the
words a person's name follows on a form: asked by the guards, the reader's tables and sign-offs,
and the currency's name cues (a town after ``Prepared by`` is a name, not a place) — a module of
its own, so that :mod:`.currency` asks it without importing the guards that import it."""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import Any

from ..forms import FieldMeta, describe
from ..lazy_re import lazy_re
from ..memos import memo
from .vocab import BRACKETED, FormLabels, a_sign_off_caption, folded, form_labels

# The words of a company's legal form (Co., Ltd., GmbH, Inc., Pvt., 公司, 集团 …): the one list. A name holding one
# is a company's (COMPANY); a text holding one anywhere is no person's (COMPANY_WORD, guards.a_person).
_LEGAL_WORDS = r"co|ltd|inc|gmbh|corp|corporation|llc|ag|plc|pvt|pte|limited|company"
_LEGAL_WORDS_ZH = r"公司|集团|集團|股份"
# … the short forms read only at a name's end (S.A., B.V., Oy, AB, A/S, K.K.: inside a text, initials or a word)
_LEGAL_FORMS_AT_END = r"s\.?a\.?|s\.?r\.?l\.?|b\.?v\.?|oy|ab|a/s|k\.?k\.?"
# a company by its legal form (有限公司, 集团 anywhere; Co., Ltd., GmbH … at the end of its name): no person's name
COMPANY = lazy_re(
    rf"(有限公司|股份有限公司|有限责任公司|集团|集團|(?i:\b(co\.?,?\s*ltd\.?|(?:{_LEGAL_WORDS})\.?|{_LEGAL_FORMS_AT_END}))\s*$)"
)
# a word of a company's legal form anywhere in a text (张伟 / ABC 公司, Lee Pte Trading): no person's
COMPANY_WORD = lazy_re(rf"(?i)(?:{_LEGAL_WORDS_ZH}|\b(?:{_LEGAL_WORDS})\b)")
# an organisation that is no company by its legal form: a hospital, a clinic, a university, an
# institute, a laboratory, a health authority (a letter of complaint from a customer that buys as one)
INSTITUTION = lazy_re(
    r"(?i)\b(?:hospital\w*|clinic|university|institute|laborator(?:y|ies)|medical\s+cent(?:re|er)|"
    r"health\s+(?:centre|center|system|trust|authority)|krankenhaus|klinikum|universität|hôpital|"
    r"clinique|ospedale)\b|医院|醫院|诊所|診所|大学|大學|研究所|研究院|卫生院|衛生院|病院"
)

_PERSON_ZH = (
    "人",
    "者",
    "姓名",
    "签收",
    "签名",
    "签字",
    "核准",
    "批准",
    "经理",
    "主管",
    "组长",
    "人员",
    "负责",
)
# the words naming a party to the complaint (a customer, a supplier): a party's label
# (cell_lines.PARTY), and a contact of one a person (``Supplier contact``)
PARTY_WORDS_EN = r"customer|buyer|seller|supplier|vendor|client|bill to|sold to"
# the words closing a person's label in letters that name the one who did it or whom to ask
# (``Prepared by``, ``Supplier contact``): PERSON's ``closing`` — a contact of no party
# (``Contact``, ``Emergency contact``) may be a phone number: no person's
_PERSON_CLOSING = ("by", rf"(?:{PARTY_WORDS_EN})\s+contact")
_PERSON_EN = lazy_re(
    r"(?i)(\bby\b|approver|owner|operator|supervisor|manager|leader|\bwho\b|^name$|receiver|member)"
)
_NOT_PERSON = lazy_re(r"(?i)(buyer|seller|customer|unit|单位|买受|客户|营业)")


class LabelRule:
    """Which of the forms' short text fields hold one kind of value, told by the field's two
    labels: its Chinese label (folded) holding one of ``zh`` (or ending in one, ``zh_at_end``),
    or its English label matching ``en`` or closed by one of ``closing`` (regular-expression
    pieces of the words saying who did it: ``by`` in ``Prepared by``, :meth:`closed_by`) —
    neither label matching ``never``. One rule for a person's name (:data:`PERSON`) and a
    party's (``cell_lines.PARTY``); a pair of labels is told once (:attr:`told`, issue 15: the
    guards ask it of every value they look at, the same few fields a form)."""

    __slots__ = ("_closed", "en", "never", "told", "zh", "zh_at_end")

    def __init__(
        self,
        zh: tuple[str, ...],
        en: Any,
        never: Any,
        *,
        zh_at_end: bool = False,
        closing: tuple[str, ...] = (),
    ) -> None:
        self.zh, self.en, self.never, self.zh_at_end = zh, en, never, zh_at_end
        self._closed = lazy_re(rf"(?i)\b(?:{'|'.join(closing)})\s*[:：.]?$") if closing else None
        self.told = memo(lru_cache(maxsize=4096)(self._told))  # (the rules: a few, made at import)

    def _told(self, label_zh: str, label_en: str) -> bool:
        zh = folded(label_zh)
        if self.never.search(zh) or self.never.search(label_en):
            return False
        named = zh.endswith(self.zh) if self.zh_at_end else any(w in zh for w in self.zh)
        return named or bool(self.en.search(label_en)) or self.closed_by(label_en)

    def closed_by(self, label: str) -> bool:
        """Does a label in letters end in one of the rule's ``closing`` words (``Prepared by``,
        ``Buyer contact:``)?"""
        return self._closed is not None and self._closed.search(label) is not None

    def field(self, meta: FieldMeta | None) -> bool:
        """Does the field (a short text) hold this kind of value, by its labels?"""
        if meta is None or meta.kind != "text" or meta.long:
            return False
        return self.told(meta.label_zh, meta.label_en)


PERSON = LabelRule(_PERSON_ZH, _PERSON_EN, _NOT_PERSON, zh_at_end=True, closing=_PERSON_CLOSING)
person_field = PERSON.field
"""Does the field hold a person's name (by its labels: 填表人, 核准, Received by, Owner)?"""


def person_label_words() -> frozenset[str]:
    """The words a person's name follows on a form, from the labels of every form's fields of a
    person (:func:`person_field`): a Chinese label whole (``经办人``, ``联系人``), a label in
    letters of one word (``Reviewer``, ``Manager``) or three at most saying who did it or whom to
    ask (``Prepared by``, ``Received by (warehouse)`` → ``by``, ``Buyer contact``); a note in brackets left out (``何人(Who)`` →
    ``何人``); folded, without dots, composed (``İsim``: ``isim`` whichever way it is typed). A
    label's last word that is a function word of another language (``von``, ``por``, ``door``:
    "from", "through" before a town too) or an ordinary noun (``Team member``, ``Process owner``)
    is none: it would take a place or a word for a person's name."""
    return form_labels().derived(_person_label_words)


def _person_label_words(labels: FormLabels) -> frozenset[str]:
    """:func:`person_label_words` of the forms ``labels`` indexes."""
    out: set[str] = set()
    for spec in labels.specs:
        metas = list(spec.fields.values())
        while metas:
            meta = metas.pop()
            if meta.row_model is not None:
                metas.extend(describe(meta.row_model).values())
            for label in meta.labels if person_field(meta) else ():
                bare = BRACKETED.sub(" ", label).strip()
                if _HAN.search(bare):
                    out.add(label_word(folded(bare).strip(":：. ")))
                elif len(words := _LETTERS.findall(bare)) == 1 or (
                    len(words) <= 3 and PERSON.closed_by(bare)
                ):
                    out.add(label_word(words[-1]))  # (not a question's last word: … reported failure)
    return frozenset(out)


def label_word(word: str) -> str:
    """A word as :func:`person_label_words` keeps it: case folded, composed, the dot of a capital
    İ dropped (``İsim``, ``Isim``, ``isim``: one word)."""
    return unicodedata.normalize("NFC", unicodedata.normalize("NFD", word.casefold()).replace("i\u0307", "i"))


_HAN = lazy_re(r"[\u3400-\u9fff]")
_LETTERS = lazy_re(r"[^\W\d_]+")


def sign_off_caption(text: str, *, or_person_label: bool = False) -> bool:
    """Is ``text`` the caption of a stamp or sign-off box (``審查``, ``作成``, ``Checked by``: the
    words of :func:`~kesu_docs.forms.base.sign_off_captions`, :func:`.vocab.a_sign_off_caption`)?
    ``or_person_label``: or a label some form prints for a field of a person, read surely (``Received
    by``, 填表人) — a sign-off grid's role, never a member's job (``Quality engineer``, ``Production
    supervisor``)."""
    return a_sign_off_caption(text) or (or_person_label and _person_label(text))


@memo
@lru_cache(maxsize=1024)
def _person_label(text: str) -> bool:
    """Is ``text`` a label some form prints for a field of a person, read surely (0.85 at least)?"""
    from .vocab import field_metas

    return any(
        found[1] >= _SURE_LABEL and person_field(dict(field_metas(spec)).get(found[0]))
        for spec, found in form_labels().matches(text)
    )


_SURE_LABEL = 0.85  # a label read as surely as a heading must be to stand for its field
