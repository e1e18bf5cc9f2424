"""Units and scale, and empty marks in a line table: rules that hold on anybody's form.

- **The one rule for a unit's scale** (:func:`scale_of`): what a label or header says about
  the unit of its figures, decided here and nowhere else — the generic reader
  (``anchor.with_unit``, its tables), a layout profile (learning a column's ``scale``, reading
  it back) and the value types (``12K``, ``1.2万``, ``3.6千個`` in :data:`kesu_docs.values.Qty`)
  all ask it. It reads simplified, half-width, lower-case text (``數量(千個)`` as
  ``数量(千个)``) and knows, in zh-Hans, zh-Hant and English:

  * a count multiplier: ``K``, ``千``, ``千个``/``千個``, ``kpcs``, ``K EA``, ``万``/``萬``,
    ``w`` (1.2w = 12 000), ``百``, ``百万`` — scales a quantity (a bare ``K``/``千``/``万`` an
    amount too);
  * a money multiplier: ``千元``, ``万元``, ``K RMB``, ``千美元`` — scales an amount only: the
    record's amounts are in 元 (DOMAIN: Money is an RMB amount), so 金额(万元) 1.2 is 12 000.00;
    a currency is not converted, only the multiplier applied;
  * a percent: ``(%)``, ``率%``, ``百分比`` — a ratio's figure is that many percent;
  * a price per thousand pieces: ``单价(元/千个)``, ``Price / K`` — never × 1000 (see
    :func:`per_unit_factor`);
  * **not** a multiplier: a multiplier followed by any word it does not know as a count or a
    currency — ``千克``/``kg``, ``千米``/``km``, ``千瓦``/``kW``, ``百分比`` (a percent): a
    figure in kilograms is never read × 1000. A unit with no multiplier (``pcs``, ``个``,
    ``公斤``, ``元``) scales nothing.

  A unit written in the line's own unit COLUMN (单位 = 千个) is the record's ``unit``, kept
  with the quantity as written, never applied (DOMAIN: a return line has part_no, …, unit,
  qty …). A value that carries its own unit (``12K``) is scaled by that unit once, by the
  value type, never again by its header's; when the two disagree (``1.2万`` under ``(K)``)
  :func:`unit_conflict` says so, and the reader warns.
- **A unit in a group header** (:func:`group_unit_label`): a two-row header names the unit once,
  over the columns it groups (``数量(千个)`` over ``申请`` | ``实收``, ``Qty (K)`` over
  ``Ordered`` | ``Received``): the figures under each lower header are in that unit.
- **A rate in a label** (:func:`label_rate`, :func:`rate_from_labels`): a tax figure's label or
  column header that states its rate (``Sales Tax 0%``, ``稅額(5%)``, ``VAT 13 %``), or the
  rate's own label with the figure in it (``税率13%``), gives the tax rate when no cell does
  (DOMAIN §5.4: the rate the lines' tax was computed at); a bare unit ``(%)`` states none, and
  labels stating two rates give none.
- **A line of empty marks** (:func:`unused_line`): the unused lines of a printed table struck
  through by the clerk (``/``, ``—``, ``-``, ``／``, ``无``, ``N/A`` in every filled cell) are no lines.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Any

from ..lazy_re import lazy_re
from ..memos import memo
from ..problems import Problem
from ..values import PER_MILLION, halfwidth
from .boxes import Provenance
from .count_words import (  # noqa: F401 (the table's row and sources, named here too)
    COUNT_WORD_TABLE,
    PACKS,
    SOURCE_KINDS,
    CountWords,
    counting_rows,
    package_words,
)
from .label_heads import names_a_count
from .vocab import simplified, simplify_ahead, vocabulary

MESSAGES: dict[str, tuple[str, str]] = {
    "unit_price_per_thousand": (
        "{label}按每{per}件计（{value}，表头“{header}”），数量已按件读取，单价无法精确换算为每件，未读取，请核对",
        "{label}: the price is per {per} pieces ({value}, header '{header}') while the quantities were read in pieces;"
        " it does not convert to a price per piece exactly and was not read; please check",
    ),
    "qty_under_amount_note": (
        "{label}“{value}”在“{note}”之下：这一说明的单位只用于金额，数量按所写读取，请核对",
        "{label} '{value}' stands under the note '{note}': its unit was applied to the amounts only, "
        "the quantity was read as written; please check",
    ),
    "unit_conflict": (
        "{label}的值“{value}”自带单位，与标签“{header}”所写的单位不同，已按值自带的单位读作 {read}，请核对",
        "{label}: '{value}' carries its own unit, not the one its label '{header}' names;"
        " it was read in its own unit, as {read}; please check",
    ),
}

_MULTIPLIERS = {
    "亿": 100_000_000,
    "千万": 10_000_000,
    "百万": 1_000_000,
    "十万": 100_000,
    "万": 10_000,
    "千": 1000,
    "百": 100,
    "k": 1000,
    "w": 10_000,
}
_MULT = "亿|千万|百万|十万|万|千|百|k|w"
# words of scale a count's or an amount's figure is written with that the value types do not read
# (``12 dozen``, ``2 million``, ``3 Tausend``, ``5 mil``): each its factor, read by
# :func:`scale_word` — the figure times it, always said (typed.scaled_figure). Rows by source:
# the CLDR's long compact decimal formats ("0 thousand", "0 Tausend", "0 millions": babel's
# locale data, a test compares them; billion and its kin left out, 10⁹ in one language and 10¹²
# in another; Turkish bin left out, a bin is a box), and Wiktionary's dozen, gross and hundred
# with a dozen's names in other languages (打: a dozen, ダース)
SCALE_WORD_CLDR: dict[str, int] = {
    "thousand": 1000, "million": 1_000_000, "tausend": 1000, "millionen": 1_000_000,
    "mille": 1000, "millier": 1000, "millions": 1_000_000, "mil": 1000, "millón": 1_000_000,
    "millones": 1_000_000, "milhão": 1_000_000, "milhões": 1_000_000, "mila": 1000,
    "milione": 1_000_000, "milioni": 1_000_000, "duizend": 1000, "miljoen": 1_000_000,
    "tysiąc": 1000, "tysiące": 1000, "tysięcy": 1000, "milion": 1_000_000, "miliony": 1_000_000,
    "milionów": 1_000_000, "tisíc": 1000, "tisíce": 1000, "тысяча": 1000, "тысячи": 1000, "тысяч": 1000,
    "миллион": 1_000_000, "миллиона": 1_000_000, "миллионов": 1_000_000, "milyon": 1_000_000,
    "nghìn": 1000, "triệu": 1_000_000, "ribu": 1000, "juta": 1_000_000, "พัน": 1000, "หมื่น": 10_000,
    "แสน": 100_000, "ล้าน": 1_000_000, "천": 1000, "만": 10_000, "억": 100_000_000, "億": 100_000_000,
    "tusen": 1000, "miljon": 1_000_000, "miljoner": 1_000_000, "tusind": 1000, "tuhat": 1000,
}  # fmt: skip
SCALE_WORD_WIKTIONARY: dict[str, int] = {
    "hundred": 100, "dozen": 12, "gross": 144, "dutzend": 12, "douzaine": 12, "douzaines": 12,
    "docena": 12, "docenas": 12, "dúzia": 12, "dúzias": 12, "dozijn": 12, "dozzina": 12, "dozzine": 12,
    "打": 12, "ダース": 12,
}  # fmt: skip


def _right_to_left(word: str) -> bool:
    return any(unicodedata.bidirectional(c) in ("R", "AL") for c in word)


def count_words(prose: bool = False) -> str:
    """The count words of :data:`COUNT_WORD_TABLE` (:func:`counting_rows`: no package-only word) as
    one alternation, in the table's order: each word after its linked form (``ka buok|buok``), a
    right-to-left word followed by its letters reversed; ``prose``: without the words a letter's
    sentence uses for other things."""
    out: list[str] = []
    for row in counting_rows():
        for word in row.words:
            if prose and word in row.not_in_prose:
                continue
            if row.linker:
                out.append(f"{row.linker} {word}")
            out.append(word)
            if _right_to_left(word):
                out.append(word[::-1])
    return "|".join(out)


def linked_count_words() -> str:
    """The words of :data:`COUNT_WORD_TABLE`'s rows with a linker, each after it (``ka buok``, any
    space between), as one alternation: a count word that follows its figure only after the linking word; a
    never-matching pattern when no row has one."""
    linked = [f"{row.linker}\\s+(?:{'|'.join(row.words)})" for row in counting_rows() if row.linker]
    return "|".join(linked) or "(?!)"


# the words a count is said in (simplified, lower case: the text is folded first)
_COUNT_WORD = lazy_re(count_words())
# a count inside a sentence (a complaint letter's "2,400 pieces were delivered", "2.000 Stück",
# "1 200 pièces", "共 500 件"): the figure grouped by any thousands mark — a count is whole, so
# ``2.000 Stück`` is two thousand, never two — then, where COUNTED_IN_TEXT asks, a count word
COUNT_FIGURE = r"(?<![\d.,])(?P<figure>\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+|\d+)(?![.,]?\d)"
# a letter's count words: the table's without the short words prose uses for other things —
# Dutch st. (``1st March``), Hungarian db (``45 dB``), Latvian gb. (``16 GB``)
COUNT_WORDS = count_words(prose=True)
COUNTED_IN_TEXT = rf"{COUNT_FIGURE}\s*(?i:{COUNT_WORDS})\.?(?![a-zA-Zà-ÿÀ-Þ])"


def figure_count(figure: str) -> int:
    """The count a figure of :data:`COUNT_FIGURE` says: ``2.000`` → 2000, ``1 200`` → 1200.

    >>> [figure_count(m["figure"]) for m in re.finditer(COUNTED_IN_TEXT, "2.000 Stück, 1 200 pièces, 37件")]
    [2000, 1200, 37]
    """
    return int(re.sub(r"\D", "", figure))


def spaced_count(figure: str, groups_by_space: bool) -> int:
    """:func:`figure_count` where a plain space may part two figures: in a language that groups
    thousands by a space (French, German: ``1 200 pièces``) it is one figure, elsewhere
    (English, Chinese: ``in week 12 450 pcs``) the count is the figure next to its word; a
    no-break space is a thousands mark in any language.

    >>> spaced_count("1 200", True), spaced_count("12 450", False), spaced_count("2\u00a0400", False)
    (1200, 450, 2400)
    """
    return figure_count(figure if groups_by_space else figure.rsplit(" ", 1)[-1])


# a measure a quantity may be given in (12kg, 5 m): dropped after the figure, never a count multiplier
_MEASURE_WORD = lazy_re(r"kgs?|千克|公斤|m|米|公尺|吨|噸|mt")  # (公斤, 噸: zh-Hant forms weigh in them too)
# what goods are packed in (20箱×500, 12 ctn x 250, 4 coils): the table's words that count packages
# (count_words.PACKS), the package-only ones (ctn, 托) no count word of _COUNT_WORD
_PACKAGE = lazy_re(package_words())


def measure_word(word: str) -> bool:
    """Is ``word`` a measure of weight or length a quantity may be given in (``kg``, ``千克``, ``m``, ``米``: the
    words :func:`without_unit` drops after a figure) — never a count of pieces (``86 kg`` of castings)?"""
    return _MEASURE_WORD.fullmatch(_folded(halfwidth(word)).strip()) is not None


def package_word(word: str) -> bool:
    """Is ``word`` a package goods are counted in (``箱``, ``卷``, ``ctn``, ``pallet``, a coil, a drum, a
    ream 令) — a count of packs, not of pieces, even where Chinese counts both with the same words
    (``3箱``, ``3件``)? The table's ``packs`` column says (:data:`count_words.PACKS`)."""
    return _PACKAGE.fullmatch(_folded(halfwidth(word)).strip()) is not None


_WORD_AFTER = lazy_re(r"\s*(?P<word>[^\d\s.,]+)\.?$")  # 340 шт., 12 pcs.: an abbreviation's point
# a count word after its linking word, as the table's rows link them (Cebuano ``1,200 ka buok``)
_LINKED_AFTER = lazy_re(rf"(?i)\s*(?:{linked_count_words()})$")
# the count word before the figure, as Swahili writes it: vipande 1,200 (pieces 1,200)
_WORD_BEFORE = lazy_re(r"^\s*(?P<word>[^\W\d_]+)\.?\s+(?=\d)")
_MONEY_WORD = lazy_re(
    r"元|块钱|rmb|cny|人民币|元人民币|[¥$€]|usd|us\$|美元|eur|欧元|hkd|港币|港元|jpy|日元|twd|ntd|nt\$|新台币|台币"
)
_WORD = r"(?P<word>[a-z$¥€]+(?:\$)?|[$¥€]|[\u4e00-\u9fff]{1,4})?"
# (K), (千个), [K pcs], 【万元】, (in K)
_BRACKETED = lazy_re(rf"[(\[【]\s*(?:in\s+)?(?P<mult>{_MULT})\s*{_WORD}\s*[)\]】]")
# 单价(千元/吨), Unit price (K RMB/t): an amount in thousands per some measure — a price in
# thousands of yuan, scaled as one (the measure is the quantity's, never a multiplier)
_BRACKETED_PER = lazy_re(
    rf"[(\[【]\s*(?:in\s+)?(?P<mult>{_MULT})\s*(?P<word>{_MONEY_WORD.pattern})\s*/\s*[^\s()\[\]【】/]{{1,6}}\s*[)\]】]"
)
# 数量千个, 金额万元, Qty K, Qty Kpcs: the unit closing the label (a Latin K after a space or a
# Chinese word); never after a figure: "…MA1N2Q7X3K" (a tax id), "3千" are values, not labels
_TRAILING = lazy_re(
    rf"(?:(?<![\d.,])(?P<cjk>亿|千万|百万|十万|万|千|百)|(?<=[\s\u4e00-\u9fff])(?P<latin>k))\s*{_WORD}\s*$"
)
# 千个, K pcs anywhere: a multiplier with a count word is a unit wherever it stands (not after a figure)
_COUNTED = lazy_re(r"(?<![a-z\d.,])(?P<mult>千|万|k)\s*(?P<word>pcs?|ea|件|个|只|片)(?![a-z])")
# a figure's own unit after it: 12K, 1.2万, 3.6千個, 1.2w, 12 K pcs
_OWN = lazy_re(rf"^(?P<mult>{_MULT})\s*{_WORD}$")
# the watt: SI writes its symbol as a capital W, a unit of power (2,283 W, 550W, 补偿功率(W), 单价(元/W),
# Rate ($/W)); the 万 a clerk abbreviates is a lower-case w (1.2w = 12 000). One rule, for a figure's own
# unit and a label's alike (:func:`in_watts`): a capital W after a figure, alone, in a label's unit
# brackets or after its slash is the watt — never a multiplier — except in the brackets of a label that
# names a count (出货数量(W), Qty (W): a count of pieces is never in watts, its W is 万 typed in capitals)
_WATT = lazy_re(r"(?:(?<=\d)|(?<=[(\[【/])|^)(?P<space>\s*)W(?![A-Za-z0-9]|-\d)")
_PERCENT = lazy_re(r"(?<![\d.])%|百分比|百分率|\bpercent\b|\(pct\)")
# a rate given in parts per million: DPPM, PPM, 不良率(PPM), Reject rate (ppm)
_PER_MILLION = lazy_re(r"(?<![a-z])d?ppm(?![a-z])")
# 单价(元/千个), Price / K, 每千件, per 1,000 pcs: a price per so many pieces
_PER = lazy_re(rf"(?:/|每|per\s*)\s*(?P<mult>{_MULT}|1,?000|10,?000|thousand)\s*{_WORD}")
_PER_NUMBERS = {"1000": 1000, "1,000": 1000, "10000": 10_000, "10,000": 10_000, "thousand": 1000}
_FIGURE = lazy_re(r"^\s*[¥$]?\s*(?P<number>-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\s*(?P<unit>\S.*?)?\s*$")
_COUNT_KINDS = frozenset({"qty", "number"})
_EMPTY_MARK = lazy_re(r"(?i)^\s*(/+|／+|\\+|-+|—+|–+|─+|无|無|n/?a)\s*$")
_FIGURES = frozenset({"qty", "money", "number"})


@dataclass(frozen=True)
class Scale:
    """What a label's unit makes of the figures under it.

    ``factor``: one written figure in the record's unit (1000 for 千个, 0.01 for %);
    ``kinds``: the field kinds it scales (千元 no count, 千个 no amount); ``per``: a price per
    ``factor`` pieces (单价(元/千个)), which scales no figure itself."""

    factor: Decimal
    kinds: frozenset[str]
    per: bool = False

    def of(self, kind: str) -> Decimal | None:
        """The factor for a field of ``kind``, or None when this unit does not scale it."""
        return self.factor if kind in self.kinds and not self.per else None


def multiplier(word: str, money: bool = False) -> int | None:
    """A multiplier written after a figure: ``K``, ``千``, ``万``/``萬``, ``w``, ``百``, ``亿``; in an
    amount with its currency (``USD 1.8M``) ``M`` too, a million — never elsewhere (12m: metres)."""
    folded = _folded(word).strip()
    if money and folded in ("m", "mn", "mio"):
        return 1_000_000
    return _MULTIPLIERS.get(folded)


def scale_word(word: str) -> int | None:
    """The factor of a word of scale written after a figure: a multiplier the value types read
    (``千``, ``万``, ``k``: :func:`multiplier`) or one of :data:`SCALE_WORD_CLDR` and
    :data:`SCALE_WORD_WIKTIONARY` (``dozen``, ``Tausend``, ``million``); None for any other word."""
    folded = _folded(in_watts(word)).strip().rstrip(".")  # 2,283 W: the watt, no scale
    return multiplier(folded) or SCALE_WORD_CLDR.get(folded) or SCALE_WORD_WIKTIONARY.get(folded)


def in_watts(text: str) -> str:
    """``text`` with each capital W that is the watt (:data:`_WATT`) written as 瓦, its Chinese name, which
    no multiplier reads: ``补偿功率(W)`` → ``补偿功率(瓦)``, ``2,283 W`` → ``2,283 瓦``; a lower-case w (万) kept.

    >>> in_watts("单价(元/W)"), in_watts("550W"), in_watts("1.2w"), in_watts("W-2")
    ('单价(元/瓦)', '550瓦', '1.2w', 'W-2')
    """
    return _WATT.sub(lambda m: m["space"] + "瓦", text)


def _unit(mult: str, word: str | None, per: bool = False) -> Scale | None:
    """A multiplier and the word after it, or None when the word is no count and no currency
    (千克, km, kW: a measure, never a count in thousands)."""
    factor = Decimal(_MULTIPLIERS.get(mult) or _PER_NUMBERS[mult])
    if not word:
        kinds = _FIGURES
    elif _COUNT_WORD.fullmatch(word):
        kinds = _COUNT_KINDS
    elif _MONEY_WORD.fullmatch(word):
        kinds = frozenset({"money"})
    else:
        return None
    return Scale(factor, frozenset({"money"}) if per else kinds, per)


def _folded(text: str) -> str:
    # (composed: a Yoruba ẹyọ typed as e + U+0323 is the list's ẹyọ)
    return unicodedata.normalize("NFC", simplified(halfwidth(text)).lower())


@memo
@lru_cache(maxsize=4096)
def scale_of(text: str) -> Scale | None:
    """The unit a label or header names for its figures (see the module's rule), or None.

    >>> scale_of("數量(千個)").of("qty"), scale_of("金额(万元)").of("money"), scale_of("重量(千克)")
    (Decimal('1000'), Decimal('10000'), None)
    """
    if not isinstance(text, str) or not text.strip():
        return None
    text = halfwidth(text)
    if _WATT.search(text) and not names_a_count(text):  # 补偿容量(W), 单价(元/W): watts, no multiplier
        text = in_watts(text)
    folded = _folded(text)
    if m := _PER.search(folded):
        return _unit(m["mult"], m["word"], per=True)
    for pattern in (_BRACKETED, _BRACKETED_PER, _COUNTED, _TRAILING):
        m = pattern.search(folded)
        mult = m and (m.groupdict().get("mult") or m.groupdict().get("cjk") or m.groupdict().get("latin"))
        if m and mult and (scale := _unit(mult, m["word"])) is not None:
            return scale
    if _PERCENT.search(folded):
        return Scale(Decimal("0.01"), frozenset({"ratio"}))
    if _PER_MILLION.search(folded):
        return Scale(PER_MILLION, frozenset({"ratio"}))
    return None


# a note printed once over the form naming the unit of all its amounts: 金额单位：千元,
# （单位：万元）, Amounts in CNY thousands, (all amounts in K RMB)
_AMOUNT_NOTE = lazy_re(r"^[(\[【]?\s*(?:金额|币别及)?单位\s*:\s*(?P<unit>[^\s)\]】]{1,8})\s*[)\]】]?$")
_AMOUNT_NOTE_EN = lazy_re(
    r"^\(?\s*(?:all\s+)?(?:amounts?|figures|values)\s+(?:are\s+)?(?:shown\s+|stated\s+)?in\s+(?P<unit>[^()]+?)\s*\)?$"
)
_THOUSANDS_EN = lazy_re(
    r"^(?:(?:cny|rmb|usd|eur)\s+)?(?:thousands?|k|'000|000s)(?:\s+(?:of\s+)?(?:cny|rmb|yuan|usd|eur))?$"
)


_NOTE_LONGEST = 40  # the longest text read as a note of the amounts' unit


def note_scale(text: Any) -> Scale | None:
    """The money unit a note over the form names for every amount on it (``金额单位：千元`` →
    × 1000, ``Amounts in CNY thousands`` → × 1000), or None: no such note, a unit of 元 (nothing
    to scale), or a count or measure (``单位：千克`` names no amount's unit)."""
    if not isinstance(text, str) or len(text) > _NOTE_LONGEST:
        return None
    folded = _folded(text).strip()
    if m := _AMOUNT_NOTE.match(folded):
        scale = scale_of(f"({m['unit']})")
        if scale is None or scale.per or scale.kinds != frozenset({"money"}):
            return None  # 单位：千个 (a count), 单位：千克, 单位：元: no amount scaled
        return scale
    if (m := _AMOUNT_NOTE_EN.match(folded)) and _THOUSANDS_EN.match(m["unit"].strip()):
        return Scale(Decimal(1000), frozenset({"money"}))
    return None


# (a price's own unit per piece too: 单价(元/个), Unit price (RMB/pc))
_MONEY_IN_LABEL = lazy_re(
    rf"[(\[【/]\s*(?:{_MONEY_WORD.pattern})\s*(?:/\s*[^\s/()\[\]【】]{{1,6}}\s*)?[)\]】]?\s*$"
)


def own_money_unit(label: Any) -> bool:
    """Does an amount's label name its own unit (``金额(万元)``, ``金额(元)``, ``Amount / RMB``)?
    A note over the form (:func:`note_scale`) is then not its unit."""
    if not isinstance(label, str):
        return False
    return scale_for("money", label) is not None or _MONEY_IN_LABEL.search(_folded(label)) is not None


# Qty (pcs), 数量(千个), 数量/箱: a count's own unit closing its label
_COUNT_IN_LABEL = lazy_re(
    rf"[(\[【/]\s*(?:{_MULT})?\s*(?:{_COUNT_WORD.pattern}|{_PACKAGE.pattern}|{_MEASURE_WORD.pattern})\s*[)\]】]?\s*$"
)


def own_count_unit(label: Any) -> bool:
    """Does a quantity's label name its own unit (``Qty (pcs)``, ``数量(千个)``, ``数量/箱``)? A
    note over the form is then not what it is counted in."""
    return isinstance(label, str) and (
        scale_for("qty", label) is not None or _COUNT_IN_LABEL.search(_folded(label)) is not None
    )


def scale_for(kind: str, text: Any) -> Decimal | None:
    """The factor a label's unit puts on a field of ``kind``: ``数量(K)`` for a qty 1000."""
    scale = scale_of(text) if isinstance(text, str) else None
    return scale.of(kind) if scale is not None else None


def unit_word(text: str) -> bool:
    """Is ``text`` a unit alone — a word a figure is counted, measured, packed or priced in
    (``pcs``, ``個``, ``kg``, ``ctn``, ``元``) — as a units column of a table prints it?"""
    word = _folded(halfwidth(text)).strip()
    return bool(word) and any(
        pattern.fullmatch(word) is not None for pattern in (_COUNT_WORD, _MEASURE_WORD, _PACKAGE, _MONEY_WORD)
    )


@lru_cache(maxsize=1)
def _cldr_unit_names() -> frozenset[str]:
    """The CLDR's short and narrow English names of its units (``kg``, ``lb``, ``cup``, ``ft``,
    ``item``), casefolded: babel's locale data, read the first time a code is asked."""
    from babel import Locale

    names = Locale.parse("en")._data["unit_display_names"]
    return frozenset(
        name.casefold()
        for unit in names.values()
        for length in ("short", "narrow")
        if (name := unit.get(length)) and name.isascii()
    )


# the weights a rate is quoted per that are no count, measure or CLDR name of ours: a metric ton
# as the steel and chemicals trades write it (USD 100/MT), 吨 / 噸 / 公吨, 公斤, 斤
_PER_WEIGHT = lazy_re(r"(?i)mt|吨|噸|公吨|公噸|公斤|斤|克")


def per_unit(word: str) -> bool:
    """Is ``word``, after a figure's ``/``, the unit a rate is per (``100/MT``, ``5元/吨``,
    ``USD 12/pc``, ``0.8元/kg``) — a unit word or code, or a weight — rather than a second
    option of a list (``退货200/换货160``)?"""
    return unit_word(word) or unit_code(word) or _PER_WEIGHT.fullmatch(word.strip()) is not None


def unit_code(code: str) -> bool:
    """Is a code written after a figure (``KGS``, ``PCS``, ``SET``, ``CUP``) a unit the figure is
    counted, measured or packed in — one of the CLDR's unit names or the forms' count and package
    words, alone or with a plural's ``s`` — whatever ISO 4217 lists it as (``KGS`` the Kyrgyz som,
    ``CUP`` the Cuban peso)? Then it names no currency."""
    word = code.casefold().rstrip(".")
    singular = word[:-1] if word.endswith("s") and len(word) > 2 else word
    return any(
        w in _cldr_unit_names() or any(p.fullmatch(w) for p in (_COUNT_WORD, _MEASURE_WORD, _PACKAGE))
        for w in (word, singular)
    )


def units_row(texts: Iterable[str]) -> bool:
    """Is a table's row a row of units under its column names (``PCS | PCS | 元/PCS | 元``, the
    third row of a header split into group, name and unit) — two cells or more, each a unit
    alone or a price's unit per unit (``元/PCS``, ``USD/kg``) — never an item line?

    >>> units_row(["PCS", "PCS", "元/PCS", "元"]), units_row(["pcs", "500"]), units_row(["kg"])
    (True, False, False)
    """
    filled = [t.strip() for t in texts if t and t.strip()]
    return len(filled) >= 2 and all(all(unit_word(part) for part in t.split("/")) for t in filled)


def own_unit(text: str, kind: str = "qty") -> tuple[str, Decimal | None, str]:
    """A figure written with its own unit, as a field of ``kind``: ``12K`` → ``("12", 1000,
    "k")``, ``1,200 pcs`` → ``("1,200", 1, "pcs")``, ``1.2kg`` → ``("1.2", None, "kg")`` (a unit
    that is no count), ``1200`` → ``("1200", 1, "")``; text that is no figure → ``(text, None, "")``."""
    m = _FIGURE.match(halfwidth(text))
    if m is None:
        return text, None, ""
    if _WATT.fullmatch((m["unit"] or "").strip()):  # 15,409 W: watts, a measure (never 万)
        return m["number"], None, "W"
    unit = _folded(m["unit"] or "").strip()
    if not unit or _COUNT_WORD.fullmatch(unit) or (kind == "money" and _MONEY_WORD.fullmatch(unit)):
        return m["number"], Decimal(1), unit
    if (u := _OWN.match(unit)) and (scale := _unit(u["mult"], u["word"])) is not None:
        return m["number"], scale.of(kind), unit
    return m["number"], None, unit


@memo
@lru_cache(maxsize=4096)  # asked of every quantity value read
def count_factor(text: str) -> tuple[str, int]:
    """A count with a multiplier after it, as the value type reads it: ``3.6千個`` →
    ``("3.6", 1000)``, ``1.2w`` → ``("1.2", 10000)``; anything else ``(text, 1)`` (``1,200 pcs``
    keeps its word for the value type to drop, ``12km`` is no count in thousands)."""
    number, factor, unit = own_unit(text)
    if factor is None or factor == 1 or not unit:
        return text, 1
    return number, int(factor)


# 20箱×500=10,000, 12 ctn x 250 pcs = 3,000: packages times the count in each, and the total
_PACKED = lazy_re(
    r"^\s*(?P<packs>\d[\d,]*)\s*(?P<pack_word>[^\d\s×xX*=]{0,4})\s*[×xX*]\s*"
    r"(?P<each>\d[\d,]*)\s*(?P<each_word>[^\d\s=]{0,4})\s*=\s*(?P<total>\d[\d,]*(?:\.\d+)?)\s*(?P<unit>\S{0,4})\s*$"
)


def packed_count(text: str) -> tuple[str, bool] | None:
    """A quantity typed as packages × the count in each, with the total after ``=``
    (``20箱×500=10,000``, ``12 ctn x 250 = 3,000 pcs``): the total as written and whether the
    product agrees with it. The total is what the clerk counted; a product that disagrees is
    a doubt the reader must say, never settle (None for any other text).

    >>> packed_count("20箱×500=10,000"), packed_count("8箱×500=3,000"), packed_count("1,200")
    (('10,000', True), ('3,000', False), None)
    """
    m = _PACKED.match(halfwidth(text))
    if m is None or not _package_word(m["pack_word"]) or not _package_word(m["each_word"]):
        return None
    total = f"{m['total']}{m['unit']}"
    try:
        product = int(m["packs"].replace(",", "")) * int(m["each"].replace(",", ""))
        written = Decimal(without_unit(total).replace(",", ""))
    except (InvalidOperation, ValueError):
        return None
    return total, Decimal(product) == written


# 3箱(每箱100pcs), 3 ctns (100 pcs each), 3 cartons (100 pcs/ctn): packs, and in brackets the
# count in each — the note saying "each" (每箱, each, per, /ctn), so a bare remark is no pack size
_PACKS_EACH = lazy_re(
    r"^\s*(?P<packs>\d[\d,]*)\s*(?P<pack_word>[^\d\s()]{1,8})\s*\(\s*"
    r"(?:(?:每|each|per)\s*(?P<per_word>[^\d\s]{0,8})\s*)?(?P<each>\d[\d,]*)\s*(?P<each_word>[^\d\s/)]{0,6})"
    r"\s*(?:(?P<each_after>each)|/\s*(?P<slash_word>[^\d\s)]{1,8}))?\s*\)\s*$"
)


def packs_times_each(text: str) -> tuple[int, int] | None:
    """A quantity written as packs with the count in each in brackets (``3箱(每箱100pcs)``,
    ``3 ctns (100 pcs each)``, ``3 cartons (100 pcs/ctn)``): (packs, count in each); None for
    any other text — the brackets must say the count is per pack, and the words be a package
    and a count word (``3箱(含外观 80)`` is a remark, not a pack size).

    >>> packs_times_each("3箱(每箱100pcs)"), packs_times_each("3 ctns (100 pcs each)")
    ((3, 100), (3, 100))
    >>> packs_times_each("3箱(其中100pcs不良)") is None, packs_times_each("300 pcs") is None
    (True, True)
    """
    m = _PACKS_EACH.match(halfwidth(text))
    if m is None or _PACKAGE.fullmatch(_folded(m["pack_word"])) is None:
        return None
    said = m["per_word"] is not None or m["each_after"] is not None or m["slash_word"] is not None
    per = m["per_word"] or m["slash_word"]
    if not said or (per and _PACKAGE.fullmatch(_folded(per)) is None) or not _package_word(m["each_word"]):
        return None
    return int(m["packs"].replace(",", "")), int(m["each"].replace(",", ""))


def _package_word(word: str) -> bool:
    """A word after a figure of a product: none, or a count word (箱, ctn, pcs) — not a measure
    (``20cm×500mm`` is a size, not a count)."""
    return (
        not word
        or _COUNT_WORD.fullmatch(_folded(word)) is not None
        or _PACKAGE.fullmatch(_folded(word)) is not None
    )


# a figure with the same number in words in brackets after it, as a cheque writes an amount:
# ``1,200 (one thousand two hundred) pcs``, ``3,600（叁仟陆佰）件``
_FIGURE_WORDS = lazy_re(
    r"^\s*(?P<figure>\d[\d,.\s]*?)\s*[(（](?P<words>[^()（）\d]+)[)）]\s*(?P<unit>\S*)\s*$"
)


def without_words(text: str) -> str:
    """``1,200 (one thousand two hundred) pcs`` → ``1,200 pcs``: the number in words after a
    figure dropped when it says the same number (English words, or Chinese capital numerals);
    any other text as it is — words that say another number stay, and the value is no count.

    >>> without_words("1,200 (one thousand two hundred) pcs"), without_words("48 (forty) pcs")
    ('1,200 pcs', '48 (forty) pcs')
    """
    m = _FIGURE_WORDS.match(text) if isinstance(text, str) else None
    if m is None:
        return text
    from ..amount_words import read_english_words
    from ..values import capital_count

    words = m["words"].strip()
    said = capital_count(words)
    number = Decimal(said) if said is not None else read_english_words(words)
    try:
        same = number is not None and Decimal(m["figure"].replace(",", "").replace(" ", "")) == number
    except InvalidOperation:
        return text
    return f"{m['figure'].strip()} {m['unit']}".strip() if same else text


def without_unit(text: str) -> str:
    """A quantity's figure with the count word or measure after it dropped: ``1200件``,
    ``1,200 pcs``, ``3 個`` (traditional script), ``12kg`` → the figure; a count word before it
    too (Swahili ``vipande 1,200``); other text as it is.

    >>> without_unit("1,200 pcs"), without_unit("3個"), without_unit("12 kg"), without_unit("12 km")
    ('1,200', '3', '12', '12 km')
    """
    before = _WORD_BEFORE.match(text)
    if before is not None and _COUNT_WORD.fullmatch(_folded(before["word"])):
        text = text[before.end() :]  # vipande 1,200: the figure after the word
    if linked := _LINKED_AFTER.search(text):
        return text[: linked.start()]  # 1,200 ka buok
    m = _WORD_AFTER.search(text)
    if m is None:
        return text
    word = _folded(m["word"])  # (ددع, a right-to-left word in a PDF's drawn order: in the list too)
    if m["word"].islower() and text.rstrip().endswith("."):
        word += "."  # Latvian gb. counts with its point only, in lower case: 16 GB is memory
        if not _COUNT_WORD.fullmatch(word):
            word = word[:-1]
    return text[: m.start()] if _COUNT_WORD.fullmatch(word) or _MEASURE_WORD.fullmatch(word) else text


def measure_after(text: str) -> str | None:
    """The measure of weight or length written after a figure (``12.5 吨``, ``1.5 kg``: :func:`measure_word`),
    as written; None for a figure with none (``12.5``, ``12 pcs``, ``12 km``).

    >>> measure_after("12.5 吨"), measure_after("1.5kg"), measure_after("12.5"), measure_after("3 pcs")
    ('吨', 'kg', None, None)
    """
    m = _WORD_AFTER.search(text)
    return m["word"] if m is not None and _MEASURE_WORD.fullmatch(_folded(m["word"])) else None


def count_value(text: str) -> Decimal | None:
    """A count written with its unit, in pieces, as the quantity value type reads it: ``12K``
    → 12000, ``3.6千個`` → 3600, ``1,200 pcs`` → 1200; None for text that is no such figure.

    >>> count_value("12K"), count_value("1,200 pcs"), count_value("12km")
    (Decimal('12000'), Decimal('1200'), None)
    """
    number, factor = count_factor(text)
    try:
        return Decimal(without_unit(number).strip().replace(",", "")) * factor
    except InvalidOperation:
        return None


def _bare_number(value: Any) -> Decimal | None:
    """A figure with no unit of its own (``1,200``, ``¥1.2``, Excel's 1200.0), else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float, Decimal)):
        return Decimal(str(value))
    if isinstance(value, str):
        m = _FIGURE.match(halfwidth(value))
        if m and not m["unit"]:
            try:
                return Decimal(m["number"].replace(",", ""))
            except InvalidOperation:
                return None
    return None


def price_in_yuan(row: Any, price: str, qtys: Iterable[str], factor: Decimal) -> bool:
    """Under a note naming the amounts' unit (``金额单位：千元``), is a line's price already in
    yuan? Its price times one of its quantities is one of the line's other amounts in the
    note's unit (1.2 × 4000 = 4.8 千元), never that amount as written: a price per piece is
    often in yuan where the sums are in thousands."""
    if not isinstance(row, dict) or not (each := _bare_number(row.get(price))):
        return False
    for qty in qtys:
        if not (count := _bare_number(row.get(qty))):
            continue
        product = each * count
        for key, other in row.items():
            if key == price or not (amount := _bare_number(other)):
                continue
            if abs(product - amount * factor) <= abs(amount * factor) / 200 < abs(product - amount):
                return True
    return False


def amount_note(boxes: Iterable[Any]) -> tuple[Decimal, float] | None:
    """The note over a form naming the unit of its amounts (:func:`note_scale`) among a sheet's or
    page's boxes: (its factor, the top of the highest such note); None without one, or with notes
    naming different units (none applied then). The generic reader and a layout profile both
    ask here (one rule)."""
    texts = [b for b in boxes if isinstance(b.value, str)]
    # (their simplified forms worked out at once: issue 15, one OpenCC call, not one a text)
    simplify_ahead(halfwidth(b.text) for b in texts if len(b.text) <= _NOTE_LONGEST)
    noted = [(s.factor, b) for b in texts if (s := note_scale(b.text)) is not None]
    factors = {factor for factor, _b in noted}
    if len(factors) != 1:
        return None
    return next(iter(factors)), min(b.y0 for _f, b in noted)


_FIGURES_NOTE = lazy_re(r"\b(?:figures|values|numbers)\b")


def note_covers_counts(text: Any) -> bool:
    """Does a note of the amounts' unit (:func:`note_scale`) read as though it covered every
    figure, counts too (``Figures in thousands``, ``All values in K RMB``)? It is read as the
    amounts' unit only (the usual meaning), and a quantity under it is said."""
    return note_scale(text) is not None and _FIGURES_NOTE.search(_folded(text)) is not None


def noted_factor(
    factor: Decimal | None,
    kind: str,
    label: Any,
    col: str = "",
    row: Any = None,
    qtys: Iterable[str] = (),
) -> Decimal | None:
    """The factor a note over the form (:func:`amount_note`) puts on one value read under
    ``label``, the one rule of the generic reader and of a layout profile: an amount (``kind``
    money) whose label names no unit of its own (:func:`own_money_unit`) is in the note's unit;
    a line's price (``col`` unit_price) whose product with one of its quantities is another of
    the line's amounts in the note's unit is in yuan already (:func:`price_in_yuan`; ``row``:
    the line's values as written, ``qtys``: its quantity columns). None: not scaled. A note
    over the amounts it names only: whether the value stands under it is the caller's to say."""
    if factor is None or kind != "money" or own_money_unit(label):
        return None
    if col == "unit_price" and price_in_yuan(row, col, qtys, factor):
        return None
    return factor


def scaled(kind: str, factor: Decimal | None, value: Any) -> Any:
    """A figure under a label naming its unit, in the record's unit: 12 under ``数量(K)`` →
    12000, 1.2 under ``金额(万元)`` → 12000, 3.5 under ``不良率(%)`` → 0.035. A value with its own
    unit or sign (``12K``, ``3.5%``) is left to the value types: scaled once, by its own unit."""
    if factor is None:
        return value
    number = _bare_number(value)
    if number is None:
        return value
    if kind == "ratio" and factor == PER_MILLION:
        return number * factor  # 1,200 under DPPM: 1,200 parts per million, 0.0012
    if kind == "ratio":
        # 100 under "Effective %" is 100 %: a whole fraction is said as a percent, never the 1
        # that a bare number reads as (1 %)
        return number / 100 if number < 100 else f"{number}%"
    out = number * factor
    return int(out) if kind == "qty" and out == out.to_integral_value() else out


def unit_conflict(kind: str, factor: Decimal | None, value: Any) -> bool:
    """A value with its own unit under a label naming another (``1.2万`` or ``12 pcs`` under
    ``数量(K)``): read in its own unit, and said."""
    if factor is None or kind not in _FIGURES or not isinstance(value, str):
        return False
    _number, own, unit = own_unit(value, kind)
    return bool(unit) and own != factor


def conflict_problem(
    field: str, location: str, value: Any, header: str, kind: str = "qty", read: str | None = None
) -> Problem:
    """The warning for :func:`unit_conflict`, with the figure read in the value's own unit (the one
    warning of that value: the scale word's is not said again, :func:`.guards._typed_more`):
    ``read``, the figure the reading puts in the record (:func:`.typed.scaled_figure`: ``1,5万``
    15000), else the value's figure times its unit."""
    said = read if read is not None else _in_own_unit(str(value), kind)
    return Problem(
        "unit_conflict",
        field,
        location=location,
        severity="warning",
        params={"value": str(value), "header": header.strip(), "read": said},
    )


def _in_own_unit(value: str, kind: str) -> str:
    """``1.2万`` as a field of ``kind`` reads it in its own unit (``12000``); a figure whose unit
    scales nothing of that kind (``1.2kg`` as a count) as written."""
    number, factor, _unit = own_unit(value, kind)
    try:
        read = Decimal(number.replace(",", "")) * (factor if factor is not None else 1)
    except ArithmeticError:
        return value
    if kind == "money":
        return f"{read:.2f}"
    return str(int(read)) if read == read.to_integral_value() else str(read.normalize())


def group_unit_label(head: Any, boxes: Iterable[Any]) -> str | None:
    """The text of the header over ``head`` that spans it and names a unit (``数量(千个)`` over
    ``申请``): the label whose :func:`scale_of` the column's figures are in; or None. Any boxes with text,
    value and edges (the reader's, a profile's layout); touching pieces of one line of text
    (a print's ``數量(千`` | ``個`` | ``)``) are read as one."""
    centre = (head.x0 + head.x1) / 2
    height = max(head.y1 - head.y0, 1e-6)
    above = sorted(
        (
            b
            for b in boxes
            if b is not head
            and isinstance(b.value, str)
            and b.text.strip()
            and b.y1 <= head.y0 + 1e-6
            and head.y0 - b.y1 < 3 * height
        ),
        key=lambda b: (round(b.y0, 1), b.x0),
    )
    runs: list[tuple[str, float, float, float]] = []  # (text, x0, x1, y1)
    for b in above:
        if runs and abs(runs[-1][3] - b.y1) < 0.5 and 0 <= b.x0 - runs[-1][2] < 1.0:
            text, x0, _x1, y1 = runs[-1]
            runs[-1] = (text + b.text, x0, b.x1, y1)
        else:
            runs.append((b.text, b.x0, b.x1, b.y1))
    over = [
        r
        for r in runs
        # over the column: its cell spans the column's centre, or (a print's words, centred over
        # the group) its text overlaps the column's header
        if (r[1] - 1e-6 <= centre <= r[2] + 1e-6 or min(r[2], head.x1) - max(r[1], head.x0) > 1.0)
        and (r[2] - r[1]) > (head.x1 - head.x0) * 1.2  # wider than the column: a group header
    ]
    for text, *_ in sorted(over, key=lambda r: -r[3]):
        scale = scale_of(text)
        if scale is not None and not scale.per:
            return text
    return None


# "19 %", "7.5%", "19,0 %" (a decimal comma); "13%，9%": two rates (a comma after no digit)
_RATE = lazy_re(r"(?<![\d.])(?<!\d,)(\d{1,2}(?:[.,]\d{1,2})?)\s*%")
# the figures computed at the tax rate (DOMAIN §5.4: a line's tax, the total tax) and the rate
RATED_FIGURES = ("tax", "total_tax")
RATE_FIELD = "tax_rate"


def label_rate(text: Any) -> str | None:
    """The one rate a label states (``Sales Tax 6%`` → ``6%``, ``稅額(5%)`` → ``5%``), else None."""
    found = {m[1].replace(",", ".") for m in _RATE.finditer(halfwidth(str(text or "")))}
    return f"{found.pop()}%" if len(found) == 1 else None


def rate_from_labels(reading: Any, boxes: Iterable[Any], spec: Any, is_label: Any) -> None:
    """The tax rate stated by the labels (see the module's doc), set in ``reading`` with the
    label as its place, when the form has a rate field and no cell gave it."""
    if RATE_FIELD not in spec.fields or reading.values.get(RATE_FIELD) not in (None, ""):
        return
    said: dict[str, tuple[str, str]] = {}  # rate → (label, its place)
    for path, prov in reading.provenance.items():
        if re.sub(r"^.*[.\]]", "", path) in RATED_FIGURES and (rate := label_rate(prov.label)):
            said.setdefault(rate, (prov.label, prov.label_location))
    vocab = vocabulary(spec)
    for box in boxes:
        rate = label_rate(box.text) if is_label is None or is_label(box) or "%" in str(box.text) else None
        if rate is None or len(str(box.text)) > 24:
            continue
        named = vocab.match(_RATE.sub("", halfwidth(str(box.text))).strip(" ()（）:：@"))
        # the rate's own label, or a tax's (IVA 16% over the lines' tax and again at the totals):
        # every rate printed counts, so that two printed differently give no one rate
        if named is not None and re.sub(r"^.*[.\]]", "", named[0]) in (RATE_FIELD, *RATED_FIGURES):
            said.setdefault(rate, (str(box.text).strip(), box.location))
    if len(said) != 1:
        return  # none, or labels stating two rates: not the form's one rate
    rate, (label, where) = next(iter(said.items()))
    reading.values[RATE_FIELD] = rate
    reading.provenance[RATE_FIELD] = Provenance(where, label, where, 0.85, "label-rate")


def empty_mark(value: Any) -> bool:
    """``/``, ``—``, ``无``: the clerk's mark for a cell with nothing in it."""
    return isinstance(value, str) and bool(_EMPTY_MARK.match(halfwidth(value)))


def unused_line(row: dict[str, Any]) -> bool:
    """Every filled cell of the line holds only an empty mark: a line struck through, no line."""
    filled = [v for v in row.values() if v is not None and not (isinstance(v, str) and not v.strip())]
    return bool(filled) and all(empty_mark(v) for v in filled)


def per_unit_factor(kind: str, label: str) -> int | None:
    """A price column's header per a thousand pieces (``单价(元/千个)``, ``Price / K``): 1000;
    None for any other header or a column that is no price (its figures are money)."""
    scale = scale_of(label) if kind == "money" else None
    return int(scale.factor) if scale is not None and scale.per else None


def counted_in_thousands(value: Any) -> bool:
    """A count typed with its own multiplier (``40K``, ``30 Kpcs``, ``1.2万``): the value type reads
    it in pieces, as a header's ``(K)`` would have — a price per thousand beside it must be turned
    into a price per piece all the same (:func:`price_per_piece`), never kept per thousand."""
    return isinstance(value, str) and count_factor(value)[1] > 1


def price_per_piece(
    row: dict[str, Any], col: str, factor: int, header: str, location: str, path: str
) -> list:
    """``单价(元/千个)`` 120.00 beside quantities read in pieces: 0.12 a piece. A price that is
    not a whole number of cents a piece (86.00 / 1000) is left empty with a warning, never read
    as a price per piece (the line's amount check would fail on a correct form)."""
    value = row.get(col)
    if value is None or isinstance(value, bool):
        return []
    try:
        number = Decimal(str(value).replace(",", "").strip().lstrip("¥￥$"))
    except InvalidOperation:
        return []
    each = number / factor
    if each == each.quantize(Decimal("0.01")):
        row[col] = each.quantize(Decimal("0.01"))
        return []
    row[col] = None
    return [
        Problem(
            "unit_price_per_thousand",
            path,
            location=location,
            severity="warning",
            params={"value": str(value), "header": header.strip(), "per": str(factor)},
        )
    ]


_LEADING_MULT = lazy_re(rf"(?i)^\s*(?:{_MULT}|萬|億)\s*")


def unit_in_pieces(unit: Any) -> Any:
    """The line's unit once its quantities were read in pieces from a header's unit: ``千个`` →
    ``个``, ``K pcs`` → ``pcs`` (never 2500 千个); any other unit is kept."""
    if not isinstance(unit, str) or scale_for("qty", unit) is None:
        return unit
    rest = _LEADING_MULT.sub("", halfwidth(unit)).strip()
    return rest if rest and _COUNT_WORD.fullmatch(_folded(rest)) else unit
