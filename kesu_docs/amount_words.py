"""Amounts in Chinese financial numerals (大写金额), written and checked per 《支付结算办法》.

>>> from decimal import Decimal
>>> to_words(Decimal("1004.05"))
'人民币壹仟零肆元零伍分'
>>> check_words("壹仟陆佰捌拾元叁角贰分", Decimal("1680.32"))
True

Why our own code: cn2an truncates instead of rounding and writes only one of the legal
spellings; a checker must accept *every* legal spelling and nothing else. The rules
(《支付结算办法》附一 正确填写票据和结算凭证的基本规定):

- 人民币 before the amount is optional here (a form usually prints it); a Taiwanese
  certificate's 新臺幣 (新台币) is accepted in its place.
- 整 (or 正) follows 元 when there is no 角 or 分; after 角 it may be written or left out;
  never after 分.
- A zero between digits is written 零; a run of zeros takes a single 零.
- When the 万 (or 亿) position or the 元 position is zero, alone or at the end of a run of
  zeros, and the next lower position (千, or 角) is not, "可以只写一个零字，也可以不写'零'字":
  over all such places of an amount one 零 at most is written, or none:
  1,680.32 → 壹仟陆佰捌拾元零叁角贰分 or 壹仟陆佰捌拾元叁角贰分;
  107,000.53 → 壹拾万柒仟元零伍角叁分 or 壹拾万零柒仟元伍角叁分 (or 壹拾万柒仟元伍角叁分),
  never 壹拾万零柒仟元零伍角叁分.
- When 角 is zero and 分 is not, 零 must follow 元: 325.04 → 叁佰贰拾伍元零肆分.
- Traditional characters (貳 陸 萬 億 圓 …) are accepted, as the rules require.

Decisions where the rules are silent:

- A leading 拾 may be written 壹拾 or 拾 (10.00 → 壹拾元整 or 拾元整; 150,000 → 壹拾伍万元整
  or 拾伍万元整); the canonical form writes 壹拾. Inside an amount 壹拾 is required
  (壹佰壹拾元整, never 壹佰拾元整).
- Below one yuan the canonical form leaves the 元 out (0.05 → 伍分, 0.50 → 伍角); a leading
  零元 (or 零圆) is accepted, as several issuers write it, with the 元 rules after it:
  零元伍角, 零圆零伍分 (``零元伍分`` is refused: 零 must follow 元 before a lone 分).
  Zero is 零元整.
- The canonical form (:func:`to_words`) writes 人民币, 壹拾, 整 after 元 only, no 整 after 角
  (as the rules' own example 人民币壹仟肆佰零玖元伍角), and of the optional 零 only the
  lowest one (元零伍角 before 万零柒仟), as the rules' first example.
- Amounts up to 9999亿 (below 10¹² yuan); spaces inside an amount are refused (不得留有空白).
  Anything else (亿亿, 万亿, 兆, 京, an amount out of range) is a ``ValueError``, never
  another exception.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from itertools import product

from .lazy_re import lazy_re

DIGITS = "零壹贰叁肆伍陆柒捌玖"
_PLACE = ("", "拾", "佰", "仟")  # within a 4-digit section
_SECTION = ("", "万", "亿")  # after a section
LIMIT = Decimal(10) ** 12  # first amount we refuse
PREFIX = "人民币"
PREFIXES = (PREFIX, "新台币")  # 新臺幣 folds to 新台币

# traditional and variant characters the rules say must also be accepted
_VARIANTS = str.maketrans(
    {
        "貳": "贰",
        "參": "叁",
        "陸": "陆",
        "萬": "万",
        "億": "亿",
        "圓": "元",
        "圆": "元",
        "幣": "币",
        "臺": "台",
    }
)

_Choice = tuple[str, ...]
# an optional 零: written or left out, at most one of them per amount (四(三))
_OPTIONAL_ZERO: _Choice = ("零", "")


def _cents(amount: Decimal | int | str) -> int:
    try:
        value = Decimal(amount)
    except (InvalidOperation, TypeError, ValueError):
        raise ValueError(f"not an amount: {amount!r}") from None
    if not value.is_finite():
        raise ValueError(f"not an amount: {amount!r}")
    if value < 0:
        raise ValueError(f"a negative amount has no 大写 form: {amount}")
    # compared before rounding too: quantize itself fails beyond Decimal's 28 digits
    if value < LIMIT:
        value = value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    if value >= LIMIT:
        raise ValueError(f"amount too large for 大写 (at most 9999亿): {amount}")
    return int(value * 100)


def _integer_parts(n: int) -> list[_Choice]:
    """The yuan part as a sequence of choices: fixed text, or alternatives ('零', '')."""
    digits = [(p, int(c)) for p, c in enumerate(reversed(str(n))) if c != "0"]
    digits.reverse()  # nonzero digits, highest position first
    parts: list[_Choice] = []
    for i, (pos, digit) in enumerate(digits):
        text = DIGITS[digit] + _PLACE[pos % 4]
        if i == 0 and digit == 1 and pos % 4 == 1:
            parts.append(("壹拾", "拾"))  # a leading 拾 may drop its 壹
        else:
            parts.append((text,))
        nxt = digits[i + 1][0] if i + 1 < len(digits) else -1
        if pos // 4 > 0 and (nxt < 0 or nxt // 4 < pos // 4):
            parts.append((_SECTION[pos // 4],))  # leaving a section: 万 / 亿
        if nxt >= 0 and pos - nxt > 1:
            # zeros between two digits: one 零, optional when the run ends at 万/亿 and 千 follows
            parts.append(_OPTIONAL_ZERO if nxt % 4 == 3 else ("零",))
    return parts


def _parts(cents: int) -> list[_Choice]:
    yuan, jiao, fen = cents // 100, cents // 10 % 10, cents % 10
    parts: list[_Choice] = [(*PREFIXES, "")]
    if yuan == 0 and jiao == 0 and fen == 0:
        return parts + [("零元",), ("整", "正")]
    if yuan:
        parts += _integer_parts(yuan) + [("元",)]
        if jiao == 0 and fen == 0:
            return parts + [("整", "正")]
        if jiao == 0:
            return parts + [("零",), (DIGITS[fen] + "分",)]  # 零 required before a lone 分
        if yuan % 10 == 0:
            parts.append(_OPTIONAL_ZERO)  # 元位 zero, 角 not: 零 optional
    elif jiao == 0:
        parts.append(("", "零元零"))  # 零元 may lead; then 零 before a lone 分
    else:
        parts.append(("", "零元"))
    if jiao and fen:
        return parts + [(DIGITS[jiao] + "角",), (DIGITS[fen] + "分",)]
    if jiao:
        return parts + [(DIGITS[jiao] + "角",), ("", "整", "正")]
    return parts + [(DIGITS[fen] + "分",)]


def _at_most_one_optional_zero(parts: list[_Choice]) -> list[list[_Choice]]:
    """The ways of choosing the optional 零: none written, or exactly one of them."""
    places = [i for i, choice in enumerate(parts) if choice is _OPTIONAL_ZERO]
    ways = []
    for written in [None, *places]:
        ways.append(
            [
                (("零",) if i == written else ("",)) if choice is _OPTIONAL_ZERO else choice
                for i, choice in enumerate(parts)
            ]
        )
    return ways


def spellings(amount: Decimal | int | str) -> set[str]:
    """Every legal way of writing ``amount`` (rounded half-up to cents) in 大写, simplified characters."""
    return {
        "".join(choice)
        for way in _at_most_one_optional_zero(_parts(_cents(amount)))
        for choice in product(*way)
    }


def to_words(amount: Decimal | int | str) -> str:
    """The canonical 大写 of an amount, rounded half-up to cents.

    >>> to_words(Decimal("1200"))
    '人民币壹仟贰佰元整'
    >>> to_words(Decimal("0.05"))
    '人民币伍分'
    >>> to_words(Decimal("107000.53"))
    '人民币壹拾万柒仟元零伍角叁分'
    """
    parts = _parts(_cents(amount))
    places = [i for i, choice in enumerate(parts) if choice is _OPTIONAL_ZERO]
    lowest = places[-1] if places else None  # the rules' first example: 壹拾万柒仟元零伍角叁分
    return "".join(
        ("零" if i == lowest else "") if choice is _OPTIONAL_ZERO else choice[0]
        for i, choice in enumerate(parts)
    )


def normalise(text: str) -> str:
    """Fold traditional characters (貳 萬 圓 …) to simplified; strip the outer spaces."""
    return text.strip().translate(_VARIANTS)


def check_words(text: str, amount: Decimal | int | str) -> bool:
    """True when ``text`` is a legal 大写 of ``amount`` (any of its legal spellings)."""
    return normalise(text) in spellings(amount)  # ValueError for an amount out of range


_UNITS = {"拾": 10, "佰": 100, "仟": 1000}


def numerals_only(text: str) -> bool:
    """Is ``text`` capital numerals and their places alone (``叁佰壹拾贰``, ``參仟陸佰``: no 元,
    角 or 分) — a count written in 大写, in either script?"""
    folded = normalise(text)
    return bool(folded) and all(ch in DIGITS or ch in _UNITS or ch in "万亿" for ch in folded)


def read_words(text: str) -> Decimal:
    """The amount a legal 大写 stands for; ValueError for anything not written by the rules.

    >>> read_words("壹拾万零柒仟元伍角叁分")
    Decimal('107000.53')
    """
    value = _value(normalise(text))
    if value is None or value >= LIMIT or normalise(text) not in spellings(value):
        raise ValueError(f"not a legal 大写 amount: {text!r}")
    return value


def _value(text: str) -> Decimal | None:
    """A lenient reading of the numerals (no check of where 零 and 整 stand)."""
    for prefix in PREFIXES:
        text = text.removeprefix(prefix)
    total = section = digit = 0
    cents = 0
    last_unit = ""
    for ch in text:
        if ch in DIGITS:
            digit = DIGITS.index(ch)
        elif ch in _UNITS:
            section += (digit or (1 if ch == "拾" else 0)) * _UNITS[ch]
            digit = 0
        elif ch == "万":
            total += (section + digit) * 10_000
            section = digit = 0
        elif ch == "亿":
            total = (total + section + digit) * 100_000_000
            section = digit = 0
        elif ch == "元":
            total += section + digit
            section = digit = 0
        elif ch == "角":
            cents += digit * 10
            digit = 0
        elif ch == "分":
            cents += digit
            digit = 0
        elif ch in "整正":
            pass
        else:
            return None
        last_unit = ch
    if digit or section or not last_unit:
        return None  # a digit with no unit after it
    return Decimal(total * 100 + cents) / 100


# the currencies whose 大写 is written by these rules, with the word before the amount: the
# mainland's 人民币, and Taiwan's 新臺幣 in the traditional characters its forms print
_TRADITIONAL = str.maketrans({"贰": "貳", "叁": "參", "陆": "陸", "万": "萬", "亿": "億"})
SPELLED = ("CNY", "TWD")


def words_in(amount: Decimal | int | str, currency: str = "") -> str | None:
    """The canonical 大写 of ``amount`` in the form's ``currency`` ("" or ``CNY``: 人民币;
    ``TWD``: 新臺幣 in traditional characters); None for a currency these rules do not
    spell (US dollars, euros…): no words are made up for it.

    >>> words_in(Decimal("23100"), "TWD")
    '新臺幣貳萬參仟壹佰元整'
    >>> words_in(Decimal("2734.60"), "USD") is None
    True
    """
    if currency in ("", "CNY"):
        return to_words(amount)
    if currency == "TWD":
        return "新臺幣" + to_words(amount).removeprefix(PREFIX).translate(_TRADITIONAL)
    return None


# an amount in English words on an English form: "RMB Two Thousand Two Hundred Sixty Only",
# "US Dollars One Thousand and 50/100", "… and Fifty Cents"
_EN_CURRENCY = lazy_re(
    r"(?i)^\s*(?:say\s*:?\s*)?(?:rmb|cny|usd|eur|hkd|us\s*dollars?|dollars?|euros?|renminbi|yuan|"
    r"chinese\s+yuan|hong\s+kong\s+dollars?)?\s*:?\s*"
)
_EN_TAIL = lazy_re(r"(?i)[\s.]*(only|exactly|net)?[\s.]*$")
_EN_CENTS = lazy_re(
    r"(?i)\s+and\s+(?:(\d{1,2})\s*/\s*100|([a-z\-]+(?:\s+[a-z\-]+)?)\s+cents?|cents?\s+([a-z\- ]+))\s*$"
)


def read_english_words(text: str) -> Decimal | None:
    """The amount an English amount in words stands for (``RMB Two Thousand Two Hundred Sixty
    Only`` → 2260), by text2num; None when ``text`` is not English number words."""
    from text_to_num import text2num

    body = _EN_TAIL.sub("", _EN_CURRENCY.sub("", text or "")).strip()
    if not body or not re.fullmatch(r"(?i)[a-z\-,/\d\s]+", body):
        return None
    cents = Decimal(0)
    if m := _EN_CENTS.search(body):
        words = m.group(2) or m.group(3)
        try:
            cents = (
                Decimal(m.group(1))
                if m.group(1)
                else Decimal(text2num(words.replace("-", " ").strip(), "en"))
            )
        except ValueError:
            return None
        body = body[: m.start()].strip()
        body = re.sub(r"(?i)\s*(dollars?|yuan)\s*$", "", body)
    if re.search(r"\d", body):
        return None
    try:
        whole = text2num(re.sub(r"[\s,\-]+", " ", body).strip().lower(), "en")
    except ValueError:
        return None
    if cents >= 100:
        return None
    return Decimal(whole) + cents / 100
