"""Figures and dates typed with more than the figure: what the clerk added around the value.

- **A comment after the value** in brackets: ``120（含外观 80）``, ``2026/8/25（按送货单）``. In
  a quantity, amount, ratio or date field the value before the brackets is read when it is a
  valid value by itself; the comment is reported (``value_with_comment``), never lost silently.
- **A quantity in packs**: ``3箱(每箱100pcs)``, ``3 ctns (100 pcs each)`` is 300 — the packs
  times the count in each the brackets say; reported (``qty_in_packs``) as a figure computed.
- **An amount in another currency or in thousands**: ``USD 1.8K``, ``NT$ 18,500``, ``EUR
  2.400,00``. The figure is read (``K`` = thousands, ``M`` = millions, 千 / 万 as printed) and
  the currency is reported (``amount_in_currency``): the form's amounts are in its own
  currency, so a foreign one is always for the clerk to check.
- **A date label giving its order**: ``Date (DD/MM/YYYY)``, ``結案日期 (年/月/日)``, ``MM/DD/YY``.
  A date like ``03/09/2026`` that is ambiguous by itself is read in the order the label
  prints; without such a hint it stays unread (never a guess).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from decimal import Decimal
from functools import cache, lru_cache
from typing import Any

from pydantic_core import PydanticCustomError

from ..forms import FieldMeta
from ..lazy_re import lazy_re
from ..values import (
    _money,
    _qty,
    _ratio,
    badly_grouped,
    european_amount,
    halfwidth,
    other_currency,
    parse_date,
    round_money,
    to_decimal,
)
from .currency import _CODES as CURRENCY_CODES
from .currency import currencies_in, currencies_in_use, local_signs, named_currency
from .units import (
    figure_count,
    measure_word,
    multiplier,
    own_count_unit,
    own_unit,
    package_word,
    packs_times_each,
    per_unit,
    scale_word,
)

MESSAGES: dict[str, tuple[str, str]] = {
    "value_approximate": (
        "{label}：“{value}”是约数，已读作 {read}，请核对",
        "{label}: '{value}' is an approximate figure; read as {read}, please check",
    ),
    "value_with_footnote": (
        "{label}：“{value}”带脚注标记（{mark}），已读作 {read}，脚注未记入，请核对表上的脚注",
        "{label}: '{value}' carries a footnote mark ({mark}); read as {read}, the footnote not kept, "
        "please check the note on the form",
    ),
    "value_with_comment": (
        "{label}：“{value}”中括号内是附注（{comment}），已只取“{read}”，请核对",
        "{label}: '{value}' has a note in brackets ('{comment}'); read as '{read}', please check",
    ),
    "qty_with_tolerance": (
        "{label}：“{value}”带有允差（{tolerance}），已只取数量 {read}，允差未记入，请核对",
        "{label}: '{value}' carries a tolerance ({tolerance}); read as the count {read}, the tolerance "
        "not kept, please check",
    ),
    "qty_in_packs": (
        "{label}：“{value}”是 {packs} 件包装、每件 {each}，已读作 {packs}×{each} = {read}，请核对",
        "{label}: '{value}' is {packs} packs of {each} each; read as {packs} × {each} = {read}, please check",
    ),
    "qty_in_packages": (
        "{label}：“{value}”是按“{word}”计的包装数，不是件数，每{word}多少件表上未写明；已按 {read} 读取，请核对件数",
        "{label}: '{value}' counts packages ('{word}'), not pieces, and how many pieces one holds is not given; "
        "read as {read}, please check the count of pieces",
    ),
    "qty_in_measure": (
        "{label}：“{value}”是按“{word}”计的重量或长度，不是件数，折合多少件表上未写明；已按 {read} 读取，请核对件数",
        "{label}: '{value}' is a weight or a length ('{word}'), not a count of pieces, and how many pieces it makes "
        "is not given; read as {read}, please check the count of pieces",
    ),
    "amount_per_unit": (
        "{label}：“{value}”是每{unit}的价格，已读作 {read}（每{unit}），请核对数量也按{unit}计",
        "{label}: '{value}' is a price per {unit}; read as {read} (per {unit}), please check the quantity"
        " counts {unit} too",
    ),
    "amount_in_currency": (
        "{label}：“{value}”不是本币金额（{currency}），已按数字读作 {read}，请核对币别",
        "{label}: '{value}' is in another currency ({currency}); read as the figure {read}, "
        "please check the currency",
    ),
    "qty_in_currency": (
        "{label}：“{value}”带货币单位（{unit}），数量是件数而不是金额，已按数字读作 {read}，"
        "请核对是否把金额填进了数量栏",
        "{label}: '{value}' carries a currency ({unit}) though a quantity is a count, not an amount; "
        "read as {read}, please check an amount was not typed in its place",
    ),
    "qty_word_unknown": (
        "{label}：“{value}”中数字后的“{word}”不是已知的计数单位，已按件数读作 {read}，请核对单位",
        "{label}: '{value}' counts in '{word}', a word not known as a count's unit; read as {read} pieces, "
        "please check the unit",
    ),
    "qty_scaled": (
        "{label}：“{value}”中数字后的“{word}”是倍数（×{factor}），已按 {figure}×{factor} = {read} 读取，请核对",
        "{label}: '{value}' is written with '{word}', a scale (× {factor}); read as {figure} × {factor} = {read}, "
        "please check",
    ),
    "qty_with_status": (
        "{label}：“{value}”中数字后的“{word}”是判定结果（良品或不良），不是单位，无法确定这是良品数还是不良数，"
        "已按 {read} 读取，请核对",
        "{label}: '{value}' has '{word}' after its count, a result (good or bad), no unit: whether it counts "
        "good or bad pieces is not certain; read as {read}, please check",
    ),
    "amount_in_units": (
        "{label}：“{value}”以{unit}为单位，已读作 {read} 元，请核对",
        "{label}: '{value}' is written in units of {unit_en}; read as {read} yuan, please check",
    ),
}

_TYPED = ("qty", "money", "ratio", "number", "date")
_COMMENT = lazy_re(r"^\s*(?P<head>[^()（）\[\]【】]+?)\s*[(（\[【](?P<note>[^()（）\[\]【】]+)[)）\]】]\s*$")


# the field types' own readers (values.py), by kind
_READERS = {"qty": _qty, "money": _money, "ratio": _ratio, "date": parse_date, "number": to_decimal}


def valid(meta: FieldMeta, value: Any) -> bool:
    """Does ``value`` read as a value of the field's type?"""
    read = _READERS.get(meta.kind)
    if read is None:
        return False
    try:
        return read(value) is not None
    except (PydanticCustomError, ArithmeticError, TypeError, ValueError):
        return False


_ABOUT = lazy_re(r"(?i)^\s*(?:约|約|大约|大約|approx\.?|approximately|ca\.|about|~|≈)\s*(?P<rest>\S.*)$")
# the same said after the figure: 84 件左右, 200上下 (Chinese: "about"), 500 pcs approx., 300 or so
_ABOUT_AFTER = lazy_re(r"(?i)^\s*(?P<rest>\S.*?)\s*(?:左右|上下|approx\.?|or\s+so)\s*$")


def approximate(meta: FieldMeta | None, value: Any) -> str | None:
    """``约500 pcs``, ``approx. 2,000``, ``84 件左右`` in a figure field → ``500 pcs``, ``2,000``,
    ``84 件``: the figure without the word that says it is approximate (the reading warns)."""
    if meta is None or meta.kind not in _TYPED or not isinstance(value, str):
        return None
    text = halfwidth(value)
    m = _ABOUT.match(text) or _ABOUT_AFTER.match(text)
    if m is None or valid(meta, value) or not valid(meta, m["rest"]):
        return None
    return m["rest"].strip()


@cache
def _footnote_marks() -> str:
    """The marks a footnote is called by after a figure: the superscript digits (``1,200¹``: by
    their Unicode names, SUPERSCRIPT ONE …) and the reference marks of print's order (the asterisk,
    its full-width form, the dagger, the double dagger, the section sign, the double bar, the
    pilcrow) with the East Asian reference mark ``※`` (``96※``, the note under a 客户投诉单)."""
    import unicodedata

    digits = (chr(c) for c in range(0x80, 0x2100) if unicodedata.name(chr(c), "").startswith("SUPERSCRIPT "))
    return "".join(c for c in digits if c.isdigit()) + "*＊†‡§‖¶※"


def footnote_marked(meta: FieldMeta | None, value: Any) -> tuple[str, str] | None:
    """``1,200¹``, ``45²``, ``3,600 pcs*`` in a figure field → (``1,200``, ``¹``): the figure
    without the mark calling a footnote (its note elsewhere on the form: the reading warns);
    never a digit of the figure (NFKC would make ``1,200¹`` 12001)."""
    if meta is None or meta.kind not in _TYPED or not isinstance(value, str):
        return None
    marks = _footnote_marks()
    text = value.rstrip()
    head = text.rstrip(marks)
    mark = text[len(head) :]
    # a superscript right after the figure (12 m² is an area: no mark), a reference mark after a
    # space or its count word too (``96 ※``, ``3,600 pcs*``); one or two marks (¹², a note's two calls)
    core = head.rstrip()
    superscript = any(c.isdigit() for c in mark)
    after = head[-1:].isdigit() or (not superscript and (core[-1:].isdigit() or core[-1:].isalpha()))
    if not mark or len(mark) > 2 or not after or valid(meta, value):
        return None
    return (core, mark) if valid(meta, core) else None


# a figure with the tolerance a scale or a delivery allows after it: 12,000 ±0.5%, 500 +/- 2 %
_TOLERANCE = lazy_re(
    r"^\s*(?P<head>\S.*?)\s*(?P<tol>(?:±|\+\s*/\s*-|\+-)\s*\d+(?:[.,]\d+)?\s*(?:%|‰|pcs)?)\s*$"
)


def with_tolerance(meta: FieldMeta | None, value: Any) -> tuple[str, str] | None:
    """``12,000 ±0.5%`` in a quantity field → (``12,000``, ``±0.5%``): the count without the
    tolerance written after it (the reading warns: the tolerance is no part of the count)."""
    if meta is None or meta.kind != "qty" or not isinstance(value, str):
        return None
    m = _TOLERANCE.match(halfwidth(value))
    if m is None or valid(meta, value) or not valid(meta, m["head"]):
        return None
    return m["head"].strip(), re.sub(r"\s+", "", m["tol"])


# a whole count and one word after it: a count and its package's word, Chinese or English (``3箱``, ``4 cartons``, ``2 ctns.``)
_COUNT_AND_PACKAGE = lazy_re(r"^\s*(?P<num>\d{1,3}(?:,\d{3})+|\d+)\s*(?P<word>[^\W\d_]{1,8})\.?\s*$")


# packages times what each holds by weight or volume (``6 桶 × 200 kg``, ``800 bags x 25 kg``): the packages
# counted, each one's content a measure — never a count of pieces, nor the product a count
_PACKAGES_OF_MEASURE = lazy_re(
    r"(?i)^\s*(?P<num>\d{1,3}(?:,\d{3})+|\d+)\s*(?P<word>[^\W\d_]{1,8})\.?\s*[×xX*]\s*\d[\d,]*(?:\.\d+)?\s*"
    r"(?:kg|kgs|千克|公斤|g|克|t|mt|吨|噸|l|升|lb|lbs)\.?\s*$"
)


def count_in_packages(meta: FieldMeta | None, value: Any, label: Any) -> tuple[str, str] | None:
    """``3箱``, ``2卷`` in a count of pieces → (``3``, ``箱``): a count of packages the quantity's value
    type reads as the figure (Chinese counts packs and pieces with the same measure words), though
    how many pieces a pack holds is not written — the figure is read and said, never taken for the
    pieces silently. English counts packs so too (``4 cartons``, ``3 ctns``: the figure read and said
    alike, as Chinese's). None for a label naming its own unit (``数量(箱)``), a pack size given
    (``3箱(每箱100pcs)``: :func:`in_packs`), any other field or text. Packages with what each holds by weight
    (``6 桶 × 200 kg``: :data:`_PACKAGES_OF_MEASURE`) are a count of packages too: 6, said so."""
    return _count_and_word(meta, value, label, package_word)


def count_in_measure(meta: FieldMeta | None, value: Any, label: Any) -> tuple[str, str] | None:
    """``86 kg``, ``1,250千克``, ``500 m`` in a count of pieces → (``86``, ``kg``): a weight or a length the
    quantity's value type reads as its figure (the measure dropped), though how many pieces it makes is not
    written (castings and forgings are weighed, cable and coil measured) — the figure is read and said
    (``qty_in_measure``), never taken for the pieces silently. None for a label naming its own unit
    (``数量(kg)``, ``Qty (m)``), any other field or text (``600 pcs``)."""
    return _count_and_word(meta, value, label, measure_word)


def _count_and_word(
    meta: FieldMeta | None, value: Any, label: Any, said: Callable[[str], bool]
) -> tuple[str, str] | None:
    """A whole count and the one word after it (``3箱``, ``86 kg``) in a count of pieces → (figure, word) where
    ``said`` takes the word (a package's, a measure's) and the label names no unit of its own; else None."""
    if meta is None or meta.kind != "qty" or not isinstance(value, str) or own_count_unit(label):
        return None
    folded = halfwidth(value)
    m = _COUNT_AND_PACKAGE.match(folded)
    if m is None and said is package_word:
        m = _PACKAGES_OF_MEASURE.match(folded)  # 6 桶 × 200 kg: six drums
    if m is None or not said(m["word"]):
        return None
    figure = m["num"].replace(",", "")
    return (figure, m["word"]) if valid(meta, value) or valid(meta, figure) else None


def in_packs(meta: FieldMeta | None, value: Any) -> tuple[int, int] | None:
    """``3箱(每箱100pcs)`` in a quantity field → (3, 100): the quantity is the packs times the
    count in each (the reading says so); None for any other field or text."""
    if meta is None or meta.kind != "qty" or not isinstance(value, str) or valid(meta, value):
        return None
    return packs_times_each(value)


# another identifier of the same thing, named by its word, in brackets after a code: ``DY-3A（图号 HY3.520.117）``,
# ``7720-114 (Dwg No. 7720-A)``, ``CA-3312（舊料號 CA-3312R）``: the drawing's or an old number, not the code
_OTHER_ID = lazy_re(
    r"(?i)^(?:图号|圖號|图纸号|圖紙號|图纸编号|圖紙編號|旧号|舊號|旧料号|舊料號|dwg\.?\s*no\.?|drawing\s*(?:no\.?|number)"
    r"|nsn|cage(?:\s*code)?)\s*[:：]?\s*[A-Za-z0-9]"
)


def value_with_comment(meta: FieldMeta | None, value: Any) -> tuple[str, str] | None:
    """``120（含外观 80）`` in a quantity field → (``120``, ``含外观 80``) when the whole is no
    value and the part before the brackets is one; ``DY-3A（图号 HY3.520.117）`` in a code field →
    (``DY-3A``, ``图号 HY3.520.117``) when the brackets name another identifier of the same thing."""
    if meta is None or not isinstance(value, str) or "\n" in value.strip():
        return None
    m = _COMMENT.match(value)
    if m is None:
        return None
    if meta.kind == "code":
        other = _OTHER_ID.match(m["note"].strip()) and re.search(r"[A-Za-z0-9]", m["head"])
        return (m["head"].strip(), m["note"].strip()) if other else None
    if meta.kind not in _TYPED or valid(meta, value) or not valid(meta, m["head"]):
        return None
    return m["head"].strip(), m["note"].strip()


# ---------------------------------------------------------------------------------- units
# an amount in the form's own money written in ten-thousands or thousands: ¥1.2万, 1.2万元,
# RMB 3.5千元, 12K — the record's amounts are in 元 (DOMAIN: Money)
_IN_UNITS = lazy_re(
    r"(?i)^\s*(?:¥|￥|rmb|cny|人民币)?\s*(?P<num>-?\d+(?:,\d{3})*(?:\.\d+)?)\s*"
    r"(?P<unit>亿|千万|百万|十万|万|萬|千|w|k)\s*(?:元|圆|块|rmb|cny)?\s*整?\s*$"
)
_UNIT_NAMES = {
    "亿": ("亿", "a hundred million"),
    "千万": ("千万", "ten million"),
    "百万": ("百万", "a million"),
    "十万": ("十万", "a hundred thousand"),
    "万": ("万", "ten thousand (万)"),
    "萬": ("万", "ten thousand (万)"),
    "w": ("万", "ten thousand (万)"),
    "千": ("千", "a thousand"),
    "k": ("千", "a thousand"),
}


def amount_in_units(meta: FieldMeta | None, value: Any) -> tuple[str, str, str] | None:
    """``¥1.2万`` or ``1.2万元`` in an amount field → (``12000.00``, ``万``, ``ten thousand (万)``):
    the figure in 元, with the unit it was written in (the reading warns, ``amount_in_units``)."""
    if meta is None or meta.kind != "money" or not isinstance(value, str) or valid(meta, value):
        return None
    m = _IN_UNITS.match(halfwidth(value))
    if m is None:
        return None
    from decimal import Decimal, InvalidOperation

    unit = m["unit"].lower()
    try:
        number = Decimal(m["num"].replace(",", "")) * (multiplier(unit) or 1)
    except InvalidOperation:
        return None
    read = f"{number:.2f}"
    if not valid(meta, read):
        return None
    zh, en = _UNIT_NAMES[unit]
    return read, zh, en


# a price written with the unit it is the price of after a slash (``$0.28/Wp``, ``12.50 元/个``, ``¥3.20/pc``,
# ``0.85元/W``): the figure is the price of one such unit. A multiplier after the slash (``元/千个``, ``/K``) is a
# price per so many pieces, which the header's rule reads (units.per_unit_factor): left as typed; so is
# ``72,750/=`` (no cents, NO_CENTS_MARK)
_PER_UNIT = lazy_re(r"^(?P<amount>.*?\d)\s*(?P<yuan>元|圆)?\s*/\s*(?P<unit>[^\d\s/=\-][^\d\s/]{0,5})\s*$")
_MULT_FIRST = lazy_re(r"(?i)^(?:千|万|萬|百|k(?![a-z])|m(?![a-z])|1,?000|thousand)")


def amount_per_unit(meta: FieldMeta | None, value: Any) -> tuple[str, str] | None:
    """``$0.28/Wp`` in an amount field → (``$0.28``, ``Wp``): the price as typed without its unit, for the
    amount's own rules (a sign, a currency) to read; the unit said by the reading (``amount_per_unit``)."""
    if meta is None or meta.kind != "money" or not isinstance(value, str) or valid(meta, value):
        return None
    m = _PER_UNIT.match(halfwidth(value).strip())
    if m is None or _MULT_FIRST.match(m["unit"]):
        return None
    amount = m["amount"].strip()
    if not (valid(meta, amount) or foreign_amount(meta, amount) is not None):
        return None
    return amount, m["unit"]


# ---------------------------------------------------------------------------------- currencies
# the trade currencies' codes (currency.py's one list; not the yuan's: an amount in yuan is no
# foreign amount) and RM, the ringgit as Malaysians write it
_CODES = "|".join([*sorted(CURRENCY_CODES - {"CNY", "RMB"}), "RM"])
_SYMBOLS = (
    r"US\$|NT\$|HK\$|S\$|A\$|C\$|R\$|MOP\$|€|£|₩|₹|₺|₪|₱|\$"  # R$: the Brazilian real; ₪: the shekel; ₱: the peso
    r"|(?-i:[A-Z][A-Za-z]{1,3})\$"  # NZ$, AU$, AR$, Bds$: its country's letters before $ (a sign
    # the CLDR gives only: currency.dollar_signs, asked in foreign_amount)
)
# signs written after the figure: 1.520,00 zł (the Polish złoty), 1.247,40 TL and ₺ (the Turkish lira),
# 1 234,50 Kč (the Czech koruna), 12 500 Ft (the Hungarian forint), 5 220,00 kr and 13.860,00 kr.
# (the Swedish krona, the Danish and Norwegian krone: which one the sign does not say), 5,100.00 ₪
# 72,750/= (East Africa's shillings, Uganda's, Kenya's, Tanzania's: "and no cents") and 500/- (South
# Asia's rupees, the same mark): a whole amount in a currency the mark does not name;
# :data:`NO_CENTS_MARK` the mark alone (guards.py's line figures strip it too), a space inside it
# as a clerk's keyboard leaves one (``72,750/ =``)
NO_CENTS_MARK = r"/\s?[=\-]"
_AFTER = rf"zł|TL|₺|€|Kč|(?-i:Ft)|kr\.?|₪|{NO_CENTS_MARK}"  # (ft, a foot, is no forint)
# the New Taiwan dollar by its Chinese name (新臺幣, 台幣) or its sign and codes before a figure, the
# word 元 (the dollar's unit in Chinese) closing it: ``新臺幣 12,600 元``, ``NT$ 840 元`` — 元 after
# a figure is the currency only after such a name (``1,200元`` alone is the form's own yuan)
_TWD_NAMED = r"新[臺台][幣币]|[臺台][幣币]|NT\$|NTD|TWD"
_AMOUNT = lazy_re(
    rf"(?i)^\s*(?P<pre>(?P<named>{_TWD_NAMED})|{_CODES}|{_SYMBOLS})?\s*(?P<num>-?\d[\d,.\s]*?)\s*"
    rf"(?P<factor>k|m|千|万|萬|w)?\s*(?P<post>{_CODES}|{_AFTER}|(?(named)元整?|(?!)))?\s*$"
)
_DOLLAR = lazy_re(r"^\s*\$")  # a bare $ is read as the figure by the amount's own rules


@lru_cache(maxsize=1)
def _local_amount() -> re.Pattern[str]:
    """A figure with its home currency's own sign before or after it (currency.py's
    :func:`~.currency.local_signs`: ``kr 17 400,00``, ``1 850,00 ֏``, ``145,00 lekë``; a sign of one
    Latin letter, the rand's ``R1 234,50``, only as a capital right before the figure; ``Rs. 500/-``
    the sign before and :data:`NO_CENTS_MARK` after), made the first time an amount
    :data:`_AMOUNT` does not read is met."""
    words = sorted((s for s in local_signs() if len(s) > 1 or not s.isascii()), key=len, reverse=True)
    signs = "|".join(rf"{re.escape(sign)}\.?" for sign in words)  # (longest first: gh₵ before a shorter sign)
    letters = "".join(sorted(s.upper() for s in local_signs() if len(s) == 1 and s.isascii()))
    before = f"{signs}|(?-i:[{letters}])(?=\\s?\\d)" if letters else signs
    return re.compile(
        rf"(?i)^\s*(?P<pre>{before})?\s*(?P<num>-?\d[\d,.\s]*?)\s*(?P<factor>)"
        rf"(?P<post>{signs}|{NO_CENTS_MARK})?\s*$"  # (Rs. 500/-: the sign before, the mark after)
    )


@lru_cache(maxsize=1)
def _any_sign_amount() -> re.Pattern[str]:
    """A figure with, before or after it, a currency's sign by Unicode's own class of them (Sc:
    ``1 234,50 ₽``, ``₡ 12 500,00``) or the ISO 4217 code of a currency some country uses today
    (:func:`~.currency.named_currency`: ``727,500 XAF``, ``KES 4,500``; ``12 KGS`` no som), ``₨ 500/=``
    with the no-cents mark after it: the last try of
    :func:`foreign_amount`, after the trade currencies' signs and codes and the home currencies'
    own signs, made the first time neither reads an amount."""
    import unicodedata

    signs = "".join(chr(c) for c in range(0x20, 0x10000) if unicodedata.category(chr(c)) == "Sc")
    # (a unit's code is none: 12 KGS is twelve kilograms, never Kyrgyz som — currency.named_currency)
    codes = "|".join(sorted(code for code in currencies_in_use() if named_currency(code)))
    sign = rf"(?-i:{codes})(?![A-Za-z])|[{re.escape(signs)}]"
    # (₨ 500/=: the sign before, :data:`NO_CENTS_MARK` after — South Asia's "even, no paise")
    return re.compile(
        rf"^\s*(?P<pre>{sign})?\s*(?P<num>-?\d[\d,.\s]*?)\s*(?P<factor>)(?P<post>{sign}|{NO_CENTS_MARK})?\s*$"
    )


_ONE_POINT_GROUP = lazy_re(r"[1-9]\d{0,2}\.\d{3}")  # 4.250, 2.400 (0.350: no group starts with 0, a decimal)


def _has_cents(sign: str, local: bool) -> bool:
    """Is a point before three digits after this sign a decimal point — does every currency the
    sign names have a minor unit (the CLDR's digits: the pula's 2, the guaraní's and the CFA
    franc's none) and write its decimals with a point wherever it is at home (the CLDR's
    decimal symbol of every locale of its countries: the pula's Botswana, en_BW and tn_BW, ``.``;
    the real's Brazil and the złoty's Poland ``,`` — ``R$ 1.500`` is fifteen hundred; the US
    dollar's Ecuador ``,``)? False for a sign naming no known currency (``/=``)."""
    from .currency import local_sign_codes

    codes = (
        local_sign_codes().get(sign.casefold().rstrip("."), frozenset())
        if local
        else currencies_in([sign]) or ({sign} & currencies_in_use().keys())  # (XAF: a code of today)
    )
    return bool(codes) and all(_point_at_home(code) for code in codes)


@cache
def _point_at_home(code: str) -> bool:
    """``code`` has cents and every locale of every country using it writes a decimal point."""
    from babel.localedata import locale_identifiers
    from babel.numbers import get_currency_precision, get_decimal_symbol

    if get_currency_precision(code) == 0:
        return False
    homes = currencies_in_use().get(code, frozenset())
    marks = {get_decimal_symbol(name) for name in locale_identifiers() if name.rpartition("_")[2] in homes}
    return marks == {"."}


def signed_figure(value: str) -> str | None:
    """The figure of an amount written with a currency's sign or code (``2.400,00 zł``, ``P 4.250``,
    ``kr 17 400,00``) as typed, the sign left out; None for text that is no such amount."""
    m = _AMOUNT.match(halfwidth(value))
    if m is None or not (m["pre"] or m["post"]):
        m = _local_amount().match(halfwidth(value))
    if m is None or not (m["pre"] or m["post"]):
        m = _any_sign_amount().match(halfwidth(value))
    return m["num"].strip() if m is not None and (m["pre"] or m["post"]) else None


def foreign_amount(meta: FieldMeta | None, value: Any, *, as_typed: bool = False) -> tuple[str, str] | None:
    """``USD 1.8K`` → (``1800.00``, ``USD``); ``NT$ 18,500`` → (``18500.00``, ``NT$``).
    ``as_typed``: also an amount the field would take as typed (``¥12``, ``EUR 2.400``)."""
    if (
        meta is None
        or meta.kind != "money"
        or not isinstance(value, str)
        or (valid(meta, value) and not as_typed and not other_currency(value))
    ):
        return None  # (EUR 4,320.00, € 1.200,50, $ 980 read as figures too: their currency is said)
    m = _AMOUNT.match(halfwidth(value))
    local = m is None or not (m["pre"] or m["post"] or m["factor"])
    if local:  # kr 17 400,00 · 1 850,00 ֏: a home currency's own sign (the CLDR's)
        m = _local_amount().match(halfwidth(value))
    if m is None or not (m["pre"] or m["post"] or m["factor"]):
        local = False  # 1 234,50 ₽ · 727,500 XAF: any currency's sign, a code of today
        m = _any_sign_amount().match(halfwidth(value))
    if m is None or not (m["pre"] or m["post"] or m["factor"]):
        return None
    num = m["num"].replace(" ", "")
    # P 4.250: a point before three digits, in a currency with cents, is the decimal point or the
    # thousands' (EUR 2.400) as the form's other amounts say: read as typed, for the reading's
    # european_point to decide (₲ 23.500: guaraníes have no cents, the point is the thousands')
    typed = (
        num
        if not m["factor"]
        and _ONE_POINT_GROUP.fullmatch(num)
        and _has_cents(m["pre"] or m["post"] or "", local)
        else None
    )
    if (european := european_amount(num)) is not None:  # 18,40 · 1.234,50: a decimal comma
        num = european
    elif re.fullmatch(r"[1-9]\d{0,2}(\.\d{3})+(,\d{1,2})?", num):  # 2.400,00: the European way (P 0.350: no)
        num = num.replace(".", "").replace(",", ".")
    elif badly_grouped(num):  # 12,5 TL: a comma that is neither the decimal's nor thousands'
        return None
    else:
        num = num.replace(",", "")
    try:
        from decimal import Decimal, InvalidOperation

        number = Decimal(num) * ((multiplier(m["factor"], money=True) or 1) if m["factor"] else 1)
    except InvalidOperation:
        return None
    # (past the cent, $0.004 a piece: the figure exact, for the reading to leave unread and say —
    # never rounded to 0.00 here; guards.money_beyond_cents)
    read = typed or (f"{number:.2f}" if number == round_money(number) else f"{number.normalize():f}")
    if not valid(meta, read):
        return None
    currency = m["pre"] or m["post"] or ""
    if currency.endswith("$") and currency[:-1].isalpha() and not currencies_in([currency]):
        return None  # (XY$ 1,500: letters before $ that name no dollar nor peso — not read as money)
    if currency.isascii() and currency != "Ft" and not currency.lower().startswith("kr") and not local:
        currency = currency.upper()  # (zł, Ft, kr. as typed)
    return read, currency or (m["factor"] or "")


# a count typed with money's unit or sign: 1,200元, ¥1,200, 1200 RMB, 1 200 RMB, USD 300 (块钱, not
# 块 alone: 块 is a count's measure word too, 1200块 boards or plates)
_MONEY_SIGN = r"[¥￥$€£]|US\$|NT\$|HK\$|RMB|CNY|USD|EUR|人民币|人民幣"
_COUNT_IN_MONEY = lazy_re(
    rf"(?i)^\s*(?P<pre>{_MONEY_SIGN})?\s*"
    rf"(?P<num>\d{{1,3}}(?:[ ,\u00a0\u202f]\d{{3}})+(?:\.\d+)?|\d{{1,3}}(?:\.\d{{3}})+(?![\d,])"
    rf"|\d[\d,]*(?:\.\d+)?)\s*"
    rf"(?P<post>元整?|圆|块钱|美元|美金|{_MONEY_SIGN})?\s*$"
)


def count_in_money(meta: FieldMeta | None, value: Any) -> tuple[str, str] | None:
    """``1,200元`` or ``¥1,200`` in a quantity field → (``1200``, ``元``): the figure, with the
    currency it was typed with — a count is no amount, so the reading warns (``qty_in_currency``);
    None for any other field or text. ``1.200 EUR``: the figure as typed (``1.200``), whose point
    the reading then decides and warns of as any count's (``ambiguous_thousands``)."""
    if meta is None or meta.kind != "qty" or not isinstance(value, str):
        return None
    m = _COUNT_IN_MONEY.match(halfwidth(value))
    if m is None or not (m["pre"] or m["post"]):
        return None
    read = re.sub(r"[ ,\u00a0\u202f]", "", m["num"])  # 1,200 and 1 200 (thousands by a space)
    if not valid(meta, read) and not (
        _POINT_THOUSANDS.fullmatch(read) and valid(meta, read.replace(".", ""))
    ):
        return None
    return read, (m["pre"] or m["post"]).strip()


_POINT_THOUSANDS = lazy_re(r"\d{1,3}(?:\.\d{3})+")  # 1.200, 24.000: a point before three digits

# a count and one word after it: ``1 200 pecoj`` (Esperanto), ``1.200 kruchow`` (Upper Sorbian), or
# one Chinese, Japanese or Korean character, as those languages count by a measure word of one
# character (``36 扇``, ``35장``, ``20 本``): a single Latin letter is a measure's symbol (12 m, 5 g)
_COUNT_AND_WORD = lazy_re(
    r"^\s*(?P<num>\d{1,3}(?:[ ,\u00a0\u202f]\d{3})+|\d{1,3}(?:\.\d{3})+(?![\d,])|\d+)\s*"
    r"(?P<word>[^\W\d_]{2,24}|[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af])\.?\s*$"
)
# a word of time after a figure: a duration (36 天, 3 个月, 48 小时), never a count of pieces
_TIME_WORD = lazy_re(
    r"(?i)^(?:天|日|年|月|周|週|时|時|分|秒|小时|小時|钟头|個月|个月|工作日|days?|hours?|hrs?|weeks?|months?|years?)$"
)


# a figure and one word of scale after it: ``12 dozen``, ``2 million``, ``1,5 Tausend``, ``3万``, ``1.5k``
_FIGURE_AND_SCALE = lazy_re(
    r"^\s*(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?)\s*(?P<word>[^\W\d_]{1,16}\.?)\s*$"
)


def scaled_figure(meta: FieldMeta | None, value: Any) -> tuple[str, str, str, int] | None:
    """``12 dozen`` or ``3万`` in a quantity field, ``2 million`` in an amount → (the product as
    the field reads it, the word, the figure, the factor): ``("144", "dozen", "12", 12)``. The
    figure times a word of scale (:func:`.units.scale_word`), said by the reading
    (``qty_scaled``; an amount's ``万`` / ``千`` / ``k`` are :func:`amount_in_units`'): a scale
    is never applied without a word. A figure whose decimal comma is no thousands' (``1,5``) is
    read as a decimal. None for any other field or text, a product that is no whole count, or a
    word of no scale (``12 pecoj``: :func:`count_in_a_word`)."""
    if meta is None or meta.kind not in ("qty", "money") or not isinstance(value, str):
        return None
    m = _FIGURE_AND_SCALE.match(halfwidth(value))
    if m is None or (factor := scale_word(m["word"])) is None:
        return _own_multiple(meta, value)
    if meta.kind == "money" and multiplier(m["word"].rstrip(".")) is not None:
        return None  # (¥1.2万, 12K: amount_in_units reads and says them)
    figure = m["num"]
    product = _figure_number(meta, figure) * factor
    if meta.kind == "qty":
        if product != product.to_integral_value():
            return None
        read = str(int(product))
    else:
        read = f"{product:.2f}"
    return (read, m["word"], figure, factor) if valid(meta, read) else None


# a count's figure grouped by points (``1.000 Tausend``, ``12.500 mil``): the point before three
# digits a count's thousands separator, as the count alone reads it (``ambiguous_thousands``)
_POINT_GROUPED = lazy_re(r"^\d{1,3}(?:\.\d{3})+$")


def scaled_read(meta: FieldMeta, value: Any) -> str | None:
    """The figure :func:`scaled_figure` reads ``value`` as (``1,5万`` → ``15000``), or None."""
    scaled = scaled_figure(meta, value)
    return scaled[0] if scaled is not None else None


def grouped_by_points(meta: FieldMeta, figure: str) -> bool:
    """Is ``figure``, before a scale word, a count's grouped by points (``2.500 thousand``: 2500 × 1000,
    the point read as a thousands separator, :func:`_figure_number` — said, ``ambiguous_thousands``)?"""
    return meta.kind == "qty" and _POINT_GROUPED.match(figure) is not None


def _figure_number(meta: FieldMeta, figure: str) -> Decimal:
    """The number a figure before a scale word writes: its comma before three digits a thousands'
    (``1,000 thousand``), else a decimal comma (``1,5 Tausend``); a count's points before three
    digits thousands' too (``1.000 Tausend``: 1000 × 1000), an amount's point a decimal point."""
    if grouped_by_points(meta, figure):
        return Decimal(figure.replace(".", ""))
    if re.search(r",\d{3}(?!\d)", figure):
        return Decimal(figure.replace(",", ""))
    return Decimal(figure.replace(",", "."))


def _own_multiple(meta: FieldMeta, value: str) -> tuple[str, str, str, int] | None:
    """A count the value type itself scales by its own unit (``3.6千個``, ``12 K pcs``: the one
    rule, :func:`.units.own_unit`), as :func:`scaled_figure` gives it; None for any other."""
    if meta.kind != "qty":
        return None
    figure, factor, unit = own_unit(halfwidth(value))
    if factor is None or factor == 1 or not valid(meta, value):
        return None
    return str(_qty(value)), unit, figure, int(factor)


# a result written after a count (``500 OK``, ``36 NG``, ``120 合格``, ``12 rejected``): which pieces
# the count is, the good or the bad — its field's label may ask for the other. Wiktionary: OK, NG
# (no good), pass, fail, good, bad, reject, accept; 合格 (up to standard), 良品 (good product),
# 不良 (defective); German i.O. / n.i.O. (in Ordnung, nicht in Ordnung) written without points
_STATUS_WORD = lazy_re(
    r"(?i)^(?:ok|ng|pass(?:ed)?|fail(?:ed)?|good|bad|reject(?:ed|s)?|accept(?:ed)?|io|nio|"
    r"合格|不合格|良品|不良品?|ok品|ng品)$"
)


def status_word(word: str) -> bool:
    """Is ``word``, written after a count, a result of a check (``OK``, ``NG``, ``合格``), no unit?"""
    return _STATUS_WORD.match(halfwidth(word).strip().rstrip(".")) is not None


def count_in_a_word(meta: FieldMeta | None, value: Any) -> tuple[str, str, int] | None:
    """``1 200 pecoj`` or ``1.200 kruchow`` in a quantity field → (``1200``, ``pecoj``, 1200),
    (``1.200``, ``kruchow``, 1200): the figure, the word, the count. A whole figure followed by one
    word the reader knows as no unit — a language's word for pieces, most likely — is read as the
    count and said (``qty_word_unknown``); a point's figure as typed, decided and said as any
    count's (``ambiguous_thousands``). None for any other field or text, a value read as it is,
    or a word that is a unit of another kind: a currency, a measure, a package, any unit the CLDR
    names (``12 boxes``, ``5 lb``: no count of pieces, left unread)."""
    if meta is None or meta.kind != "qty" or not isinstance(value, str) or valid(meta, value):
        return None
    m = _COUNT_AND_WORD.match(halfwidth(value))
    if m is None:
        return None
    word = m["word"]
    if per_unit(word) or _TIME_WORD.match(word) or currencies_in([word]) or named_currency(word.upper()):
        return None  # (a measure, a weight, a time, a currency: no count of pieces, left unread)
    return re.sub(r"[ ,\u00a0\u202f]", "", m["num"]), word, figure_count(m["num"])


# ---------------------------------------------------------------------------------- date order
# a label's hint of its date's order: ``DD/MM/YYYY``, ``mm/dd/yy``, ``年/月/日``, or two parts
# alone (``(mm/dd)``, ``月/日``); not letters inside a word ("Add/Mod" is no hint)
# (aaaa: the Spanish año, dd/mm/aaaa)
_PART = r"dd?|mm?|yy(?:yy)?|aa(?:aa)?|日|月|年"
_HINT = lazy_re(
    rf"(?i)(?<![a-z])(?P<a>{_PART})\s*[/.\-]\s*(?P<b>{_PART})(?:\s*[/.\-]\s*(?P<c>{_PART}))?(?![a-z])"
)
_PARTS = lazy_re(r"^\s*(\d{1,4})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{1,4})\s*$")


def _hints(label: str) -> Iterator[tuple[str, ...]]:
    """The date-order hints a label prints, in order, each as its parts: ``Date (DD/MM/YYYY)``
    → ('d', 'm', 'y'), ``(mm/dd)`` → ('m', 'd'). The one parser of a label's date order."""
    for m in _HINT.finditer(halfwidth(label or "")):
        parts = (m["a"], m["b"], m["c"]) if m["c"] else (m["a"], m["b"])
        yield tuple("d" if p[0] in "dD日" else "m" if p[0] in "mM月" else "y" for p in parts)  # y, a, 年


def label_order(label: str) -> tuple[str, str, str] | None:
    """The order a label prints for its date: ``Date (DD/MM/YYYY)`` → ('d', 'm', 'y')."""
    out = next((h for h in _hints(label) if len(h) == 3), None)
    return (out[0], out[1], out[2]) if out is not None and sorted(out) == ["d", "m", "y"] else None


def day_month_order(label: str) -> str | None:
    """Which a label prints first, the month or the day: ``Date (mm/dd/yy)`` → "md",
    ``Date (DD/MM/YYYY)`` → "dm", ``日/月`` → "dm"; None without a hint (a year-last slashed
    date's order, for :func:`~kesu_docs.parse.guards.date_order`)."""
    for hint in _hints(label):
        if "m" in hint and "d" in hint and len(set(hint)) == len(hint):
            return "md" if hint.index("m") < hint.index("d") else "dm"
    return None


def date_in_label_order(label: str, value: Any) -> str | None:
    """``03/09/2026`` under ``Date (DD/MM/YYYY)`` → ``2026-09-03``; None without a hint."""
    order = label_order(label)
    if order is None or not isinstance(value, str):
        return None
    m = _PARTS.match(halfwidth(value))
    if m is None:
        return None
    parts = dict(zip(order, (int(m[1]), int(m[2]), int(m[3])), strict=True))
    year = parts["y"] + (2000 if parts["y"] < 100 else 0)
    try:
        return dt.date(year, parts["m"], parts["d"]).isoformat()
    except ValueError:
        return None


def order_in_doubt(label: str, value: Any) -> bool:
    """Is ``value`` a date whose month and day could be swapped (``04/10/2026``: both 12 or
    less, the year last), so that only its label's order (:func:`date_in_label_order`) decides?"""
    order = label_order(label)
    if order is None or not isinstance(value, str):
        return False
    m = _PARTS.match(halfwidth(value))
    if m is None or order[0] == "y":
        return False  # year first (2026/04/10): read year, month, day everywhere
    a, b = int(m[1]), int(m[2])
    return a != b and a <= 12 and b <= 12


# one token holding a digit (SW-2201, LED-0603R, 4500881277): a code, not a thing's name
_CODE = lazy_re(r"(?=[^\s]*\d)[A-Za-z0-9][A-Za-z0-9_.\-/#]*")


def reads_as_code(text: str) -> bool:
    """Is ``text`` one token holding a digit (``SW-2201``), not a thing's name (``Plastic housing``)?"""
    return _CODE.fullmatch(text.strip()) is not None


def figure_of(value: Any) -> Decimal | None:
    """A table cell's figure (1,000 / ¥1,000.00 / 1000.0) for adding up, or None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return Decimal(str(value))
    if not isinstance(value, str):
        return None
    text = re.sub(r"[\s,¥￥$元]|NT\$|RMB", "", halfwidth(value))
    return Decimal(text) if re.fullmatch(r"-?\d+(?:\.\d+)?", text) else None
