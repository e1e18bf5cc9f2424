"""Domain value types and the normalisation of what clerks really type.

Every type here validates from the messy forms a clerk produces (full-width digits,
``2026年9月3日``, ``¥1,234.50``, ``☑``) and serialises to the JSON shape of DOMAIN.md:
ISO dates, money as a 2-place decimal string, booleans.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from enum import Enum
from functools import cache, lru_cache
from typing import Annotated, Any

from annotated_types import Ge
from pydantic import BeforeValidator, PlainSerializer, WithJsonSchema
from pydantic_core import PydanticCustomError

from .amount_words import numerals_only, read_words
from .lazy_re import lazy_re
from .memos import memo
from .month_names import disputed, month_of, weekday_of
from .xlsxtext import UNSTORABLE

CENT = Decimal("0.01")


@dataclass(frozen=True)
class Shape:
    """What a value type is (money, ratio, code…), carried in its ``Annotated`` metadata so that
    what is derived from a field — the blank form, the printed value, the parser — can ask the
    type instead of guessing from its validators. Pydantic ignores it."""

    name: str


# Full-width ASCII (！..～) and the ideographic space fold to their half-width forms; in numbers
# (not in codes, where 、 and 。 are text) the ideographic full stop and comma are . and , too.
_FULLWIDTH_ASCII = {0xFF01 + i: 0x21 + i for i in range(94)} | {0x3000: 0x20}
# the digits of an Arabic (٠–٩) or Persian (۰–۹) form are digits, its thousands separator (٬,
# U+066C), decimal separator (٫) and percent sign (٪) those of a number: ``۱٬۲۰۰`` is 1,200
_ARABIC_FIGURES = (
    {0x0660 + i: 0x30 + i for i in range(10)}
    | {0x06F0 + i: 0x30 + i for i in range(10)}
    | {0x066A: ord("%"), 0x066B: ord("."), 0x066C: ord(",")}
)
_FULLWIDTH = (
    _FULLWIDTH_ASCII | _ARABIC_FIGURES | {ord("。"): ord("."), ord("．"): ord("."), ord("、"): ord(",")}
)


# a text with none of them is returned as it is (a search is cheaper than a translation)
_ANY_FULLWIDTH = lazy_re("[\uff01-\uff5e\u3000。．、]")
# their runs: only those are translated (str.translate looks every character of the text up in
# the table, ≈ 0.2 µs each: 17 µs for a record's 80 characters of search text holding one 、)
# and Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFC: a letter's joined shape, what an
# old tool typed or a PDF's text layer holds) as their base letters (NFKC: ``ﺷﺮﻛﺔ`` → ``شركة``,
# ``ﻻ`` → ``لا``), a label or a value matched alike however its letters were stored
_FULLWIDTH_RUNS = lazy_re("[\uff01-\uff5e\u3000。．、\u0660-\u066c\u06f0-\u06f9\ufb50-\ufdff\ufe70-\ufefc]+")


def _run_folded(found: re.Match[str]) -> str:
    run = found[0].translate(_FULLWIDTH)
    return unicodedata.normalize("NFKC", run) if max(run) >= "\ufb50" else run


def halfwidth(text: str, *, kept: bool = True) -> str:
    """Fold full-width digits, letters and punctuation; strip outer spaces. ``kept`` False: a
    text met once a document (a record's customer, folded for the register's columns), folded
    without entering :func:`_folded_wide`'s cache — a batch of 10,000 documents filled it with
    them, memory growing with the batch (issue 15)."""
    if text.isascii():  # (ASCII: none of them, told at once)
        return text.strip()
    if not kept or len(text) > _KEPT_FOLDED:  # a long text (a cell may hold 32,767 characters): not kept
        return _FULLWIDTH_RUNS.sub(_run_folded, text).strip()
    return _folded_wide(text)


# the longest text :func:`_folded_wide` keeps: labels and values are short, and a batch must not
# hold thousands of whole descriptions in memory from one file to the next
_KEPT_FOLDED = 64


@memo
@lru_cache(maxsize=16384)
def _folded_wide(text: str) -> str:
    """:func:`halfwidth` of a text that is not all ASCII, kept by its text: the reader asks it of
    the same labels and cells again and again (issue 15: ≈ 8,000 times a batch of 37 prints,
    a substitution ≈ 10 times the cost of a look-up)."""
    return _FULLWIDTH_RUNS.sub(_run_folded, text).strip()


# a fill-in line typed over: a run of underscores before the value (after the label's colon or
# a space) or after it; one inside a code (``TS__01``) or standing alone (an empty line) is kept
_FILL_IN_LINE = lazy_re(r"(?<![^\s:：])[_＿]{2,}(?=[^\s_＿])|(?<=[^\s_＿])[_＿]{2,}(?!\S)")


def without_fill_in_lines(text: str) -> str:
    """``客户名称：___海尔智家___`` → ``客户名称：海尔智家``: the underscores a word-processor form
    prints as its fill-in line, kept around a value typed over them, are the paper's line, not
    the value (read with them, the number ``___TS-2603-041___`` is wrong and nobody is told).
    A line left empty (``______``) stays as it is: the readers know it as an empty line."""
    if "_" not in text and "＿" not in text:
        return text
    return _FILL_IN_LINE.sub("", text)


def _fold_code(text: str) -> str:
    if _ANY_FULLWIDTH.search(text) is None:
        return text.strip()
    return text.translate(_FULLWIDTH_ASCII).strip()


def blank(value: Any) -> bool:
    """True for the ways a cell says nothing: None, '', spaces, '-', '/' (half- or full-width),
    an empty fill-in line ``______``."""
    return value is None or (
        isinstance(value, str)
        and (value.strip() in ("", "-", "－", "—", "/", "／") or _EMPTY_LINE.match(value) is not None)
    )


# a page's number as a footer or a control block prints it: Page 1 of 2, Page 2, 第 1 页 / 共 2 页, 第1頁, 1 / 2
# (the marked ones — a page's word, 第…页, …页 — are a page's number inside a longer text too; a bare 1 / 2
# only alone)
_PAGE_MARKED = r"\bpage\s*\d+(?:\s*(?:of|/)\s*\d+)?|第\s*\d+\s*[页頁](?:\s*[/，,]?\s*共\s*\d+\s*[页頁])?|\d+\s*/\s*\d+\s*[页頁]"
PAGE_NUMBER = lazy_re(rf"(?i)^\s*(?:{_PAGE_MARKED}|\d+\s*/\s*\d+)\s*$")
# a page's number inside a text (``第 2 頁`` after a form's title, ``… Page 3``): the marked ones only
PAGE_MARK = lazy_re(rf"(?i)(?:{_PAGE_MARKED})")


_EMPTY_LINE = lazy_re(r"^\s*[_＿]{2,}\s*$")


# the words a clerk writes where a field does not apply ("无", "N/A"): nothing given. Not for a
# yes/no field, where 无 or 没有 is the answer "no" (see _bool)
_NONE_WORDS = frozenset(
    ("无", "無", "没有", "沒有", "不适用", "不適用", "n/a", "na", "n.a.", "nil", "none", "null", "无此项")
)


_NONE_LONGEST = max(len(word) for word in _NONE_WORDS)


def says_none(value: Any) -> bool:
    """True for a word that says a field does not apply: 无, 不适用, N/A (any case or width).

    A text longer than the longest of those words (outer spaces aside) is none of them, told
    without folding it (folding changes no character into a space, nor the count): folded, every
    value of every record went into :func:`_folded_wide`'s cache, which a batch of 10,000
    records of ever new customers and lot numbers filled to its 16,384 texts — ≈ 4 MB of
    ``kesu render``'s memory growing with the batch (issue 15, twenty-third round)."""
    if not isinstance(value, str):
        return False
    text = value.strip()
    return len(text) <= _NONE_LONGEST and halfwidth(text).lower() in _NONE_WORDS


# ---------------------------------------------------------------------------------- money
def round_money(value: Decimal) -> Decimal:
    """Round to cents, half-up, as the finance procedures require; −0 (``-0``, ``-0.001``) is
    0.00, never printed or stored as ``-0.00``."""
    cents = value.quantize(CENT, rounding=ROUND_HALF_UP)
    return cents.copy_abs() if cents.is_zero() else cents


def beyond_cents(value: Any) -> bool:
    """An amount written with figures past the cent (``0.004``, ``$0.0025``): Money holds cents
    (DOMAIN §5: RMB with 2 decimals), so :func:`_money` would round it (a sub-cent unit price to
    0.00) — the reader leaves such a figure unread with a warning, never rounds it silently. A
    float is taken as Excel shows it (15 significant digits: 0.1 + 0.2 is 0.3)."""
    if isinstance(value, float):
        value = f"{value:.15g}"
    try:
        number = to_decimal(value, code="invalid_money")
        return number != round_money(number)
    except (InvalidOperation, PydanticCustomError):
        return False


_MONEY_NOISE = lazy_re(r"(?i)^(rmb|cny|eur|人民币)|[¥￥$€,\s]|元整?$|(rmb|cny|eur)$")
# of what :data:`_MONEY_NOISE` strips, the marks of a currency that is no renminbi: the euro's code
# and sign and the dollar's sign (which dollar, ``$`` does not say). An amount typed with one
# (``EUR 4,320.00``, ``€ 1.200,50``, ``$ 980``) reads as a figure, but the figure is not in the
# form's own money: the reader reads it as typed and says the currency (parse/typed.py,
# ``amount_in_currency``), never as renminbi without a word. ¥ / ￥ are the yuan's here: the yen
# writes the same sign, but on our forms it is 人民币 (JPY, 円 and 日元 name the yen).
_OTHER_MONEY = lazy_re(r"(?i)^\s*(eur)(?![a-z])|(?<![a-z])(eur)\s*$|([$€])")


def other_currency(text: Any) -> str:
    """The mark of a currency other than renminbi that an amount is typed with, among those the
    amount's own reading leaves out (``EUR 4,320.00`` → ``EUR``, ``€ 1.200,50`` → ``€``,
    ``$ 980`` → ``$``); "" for ``¥1,200``, ``RMB 500``, ``1,200元``, a number or any other text."""
    if not isinstance(text, str):
        return ""
    found = _OTHER_MONEY.search(halfwidth(text))
    return "" if found is None else next(g for g in found.groups() if g).upper()


# What the register and the documents can hold: a quantity must fit a 64-bit integer (SQLite's
# INTEGER, PostgreSQL's bigint), an amount's integer part as many digits; a quantity of 1e5000
# is a typing accident or an attack, and printing it would take Python 4,300 digits and more.
MAX_DIGITS = 18  # integer digits of any number
MAX_MONEY_DIGITS = 18  # integer digits of an amount (its 2 decimals besides)
MAX_PRECISION = 28  # significant digits in all (Decimal's default context)


def _in_range(number: Decimal, value: Any, integer_digits: int = MAX_DIGITS) -> Decimal:
    """``number`` when it has at most ``integer_digits`` integer digits and 28 significant ones."""
    if number and (number.adjusted() >= integer_digits or len(number.as_tuple().digits) > MAX_PRECISION):
        raise PydanticCustomError(
            "number_out_of_range",
            "beyond what can be stored: {value}",
            {"value": str(value), "limit": f"{integer_digits}"},
        )
    return number


# ---------------------------------------------------------------------------------- characters
# Lone surrogates cannot be encoded (UTF-8, a database, a file name); NUL and the other C0
# controls but tab and newlines are illegal in XML, so in .docx and .xlsx; U+FFFE/FFFF neither.
# The bidi embedding, override and isolate controls (U+202A–202E, U+2066–2069) are stored but
# printed out of order: "\u202e精密华东" shows as 东华密精, so a name reads one way on paper
# and on screen and is searched and filed another (the "Trojan Source" trick).
BIDI_CONTROLS = "\u202a-\u202e\u2066-\u2069"  # a regex class's ranges
# DEL and the C1 controls (U+007F–009F) are legal XML but print as nothing or as a line break
# (U+0085), and U+009B opens a terminal escape sequence as ESC [ does: "华东\x85精密" is stored,
# searched and listed as another customer than the 华东精密 printed
C1_CONTROLS = "\x7f-\x9f"
# Format characters that print as nothing: the zero-width space, non-joiner and joiner
# (U+200B–200D), the word joiner and invisible operators (U+2060–2064), the byte-order mark
# used as a no-break (U+FEFF) and the soft hyphen (U+00AD). An ERP or a copy from a web page
# leaves them inside codes: "DX-\u200bLED-0330" prints as DX-LED-0330 and is that part number,
# never another one that the register would file apart.
# The left-to-right, right-to-left and Arabic letter marks (U+200E, U+200F, U+061C) print as
# nothing too (they only order the neutral characters beside them): "华东\u200e精密" is 华东精密;
# so do the tag characters (U+E0001, U+E0020–E007F), an invisible copy of ASCII.
# The variation selectors (U+FE00–FE0F: "⚠\ufe0f", the emoji form of ⚠; U+E0100–E01EF: an
# ideograph's glyph variant) choose how the character before them is drawn and print nothing
# of their own: "HL-2230\ufe0f" (a phone's keyboard) is the part number HL-2230.
# And the other characters Unicode says a renderer shows as nothing (Default_Ignorable): the
# Mongolian vowel separator (U+180E, a zero-width space once), the combining grapheme joiner
# (U+034F), the Khmer inherent vowels (U+17B4, U+17B5) and the Hangul fillers (U+115F, U+1160,
# U+3164, U+FFA0: an "invisible letter" a name field takes where a space is refused) —
# "SO-2026-08\u316415" was filed as another order than the SO-2026-0815 shown.
INVISIBLE_FORMAT = (
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u2060-\u2064"
    "\u3164\ufe00-\ufe0f\ufeff\uffa0"
    "\U000e0001\U000e0020-\U000e007f\U000e0100-\U000e01ef"
)
_INVISIBLE = lazy_re(f"[{INVISIBLE_FORMAT}]")
# the line and paragraph separators (U+2028, U+2029: a web form's or a PDF's line break) end a
# line as Alt+Enter's "\n" does: the reader sees one kind of line break
LINE_SEPARATORS = "\u2028\u2029"
# Kangxi radicals and CJK radical supplements (U+2F00–2FD5, U+2E80–2EF3): a CJK font's glyph a
# PDF names by the radical (退貨⽇期), copied into a cell or a JSON: the ideographs they show
RADICALS = "\u2e80-\u2ef3\u2f00-\u2fd5"
_UNSEEN = lazy_re(f"[{INVISIBLE_FORMAT}{LINE_SEPARATORS}{RADICALS}]")
_RADICAL = lazy_re(f"[{RADICALS}]")


def visible(text: str) -> str:
    """``text`` as it prints: without the format characters that show as nothing, a line
    or paragraph separator as the line break ``\n``.

    The reader applies it once to every piece it reads (a cell, a printed word), so that a
    value and a label are what the clerk sees; an ASCII text is returned at once (issue 15:
    it is asked of every box)."""
    if text.isascii() or not _UNSEEN.search(text):
        return text
    text = _INVISIBLE.sub("", text.replace("\u2028", "\n").replace("\u2029", "\n"))
    if _RADICAL.search(text):  # (a PDF's words come here with them mapped by their page's script)
        from .parse.radicals import traditional_page, unified

        text = unified(text, traditional_page([text]))
    return text


_ILLEGAL = lazy_re(f"[{UNSTORABLE}{BIDI_CONTROLS}{C1_CONTROLS}]")


def strip_illegal(text: str) -> str:
    """``text`` without the characters that cannot be stored or printed (NUL, controls, surrogates)."""
    return _ILLEGAL.sub("", text)


def illegal_char(text: str) -> re.Match[str] | None:
    """The first character of ``text`` that cannot be stored or printed, if any."""
    return _ILLEGAL.search(text)


def check_chars(text: str) -> str:
    """``text`` unchanged, or an ``invalid_characters`` error naming the character and its place."""
    bad = _ILLEGAL.search(text)
    if bad is not None:
        raise PydanticCustomError(
            "invalid_characters",
            "holds a character that cannot be stored or printed",
            {"char": f"U+{ord(bad.group()):04X}", "position": bad.start() + 1, "value": printable(text)},
        )
    return text


def printable(text: str, limit: int = 80) -> str:
    """``text`` safe to show in a message: illegal characters as ``\\uXXXX``, at most ``limit`` characters."""
    shown = _ILLEGAL.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
    return shown if len(shown) <= limit else shown[: limit - 1] + "…"


_LINE_CONTROLS = {9: "\\t", 10: "\\n", 13: "\\r"}
# besides what :func:`printable` escapes, what ends a line or draws it out of order on a screen: the
# line and paragraph separators (U+2028, U+2029) and the direction marks (LRM, RLM, ALM)
_LINE_MARKS = lazy_re(f"[{LINE_SEPARATORS}\u200e\u200f\u061c]")


def one_line(text: str, limit: int = 1000) -> str:
    """``text`` as one line of a message, a report's cell or a terminal's line (a clerk's name, a
    file's, a URL's, a failure's words): a TAB or a line break written ``\\t`` / ``\\n`` / ``\\r``,
    any other control (C0, DEL, C1: a terminal's ``\\u001b[2J``), bidi character, direction mark or
    line separator as ``\\uXXXX`` (:func:`printable`) — a file named ``a⏎b.xlsx`` never shows as two
    lines, or as two names; at most ``limit`` characters."""
    text = text.translate(_LINE_CONTROLS)
    if not text.isascii():
        text = _LINE_MARKS.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
    return printable(text, limit)


def path_line(path: str, limit: int) -> str:
    """A file's path as one line (:func:`one_line`) of at most ``limit`` characters: whole where
    it fits, else cut in the middle (``D:\\客诉\\…\\complaint.xlsx``) — both its start (the
    folder) and its end (the file's name) stay; one cut at the end lost the name."""
    shown = one_line(path, len(path) * 6 + 1)  # (never cut here: an escape is at most six)
    if len(shown) <= limit:
        return shown
    head = (limit - 1) // 2
    return shown[:head] + "…" + shown[len(shown) - (limit - 1 - head) :]


def check_length(text: str, limit: int) -> str:
    """``text`` unchanged, or a ``too_long`` error with the limit."""
    if len(text) > limit:
        raise PydanticCustomError("too_long", "too long", {"limit": limit, "value": printable(text)})
    return text


# digits apart by a comma or a space are thousands (1,200 or 12 000) only when every group after
# the first holds three: "3000 2000" (a correction typed beside the value) or "2,0000" is no one
# number; "20,00" and "1.234,50" are an amount written the European way (see european_amount)
_APART = lazy_re(r"\d[,\s]+\d")
# (1,20,000: the Indian way, in lakhs — two digits a group before the last three — one number too)
_GROUPED = lazy_re(r"^[-+]?(?:\d{1,3}(?:(?:,|\s+)\d{3})+|\d{1,2}(?:,\d{2})+,\d{3})(?:\.\d*)?$")
CURRENCY = lazy_re(r"(?i)^(rmb|cny|eur|人民币)|[¥￥$€]|元整?$|(rmb|cny|eur)$")


def badly_grouped(text: str) -> bool:
    """True when commas or spaces split the digits in any way but thousands (see _GROUPED)."""
    core = CURRENCY.sub("", text).strip()
    return bool(_APART.search(core)) and not _GROUPED.match(core)


# thousands apart by apostrophes, the Swiss way: 1'255.50 · 1’255.50 (a typographic apostrophe)
# · 12'000. Only digits grouped in threes after the first one to three: an apostrophe before a
# code ('000451, Excel's text prefix) or in a word is no separator
# (a whole number only: ``1.234'567`` or ``1'234.567'890`` mixes separators and is no amount read)
_APOSTROPHE_GROUPED = lazy_re(r"(?<![\w'’.,])[1-9]\d{0,2}(?:['’]\d{3})+(?=(?:\.\d+)?(?![\w'’.,]))")


def without_apostrophe_groups(text: str) -> str:
    """``1'255.50`` → ``1255.50``, ``CHF 12’000`` → ``CHF 12000``; other text unchanged."""
    if "'" not in text and "’" not in text:
        return text
    return _APOSTROPHE_GROUPED.sub(lambda m: re.sub("['’]", "", m[0]), text)


# the European way of writing an amount: a decimal comma before exactly two digits at the end,
# thousands (if any) grouped by points or spaces in threes: 1.250,00 · 1 250,00 · 0,50 · 2542,50.
# Unambiguous by itself (a comma before two digits is never a thousands separator); 1.250 alone
# is not this (see guards.european_point for when the other amounts on the form prove it)
_EUROPEAN = lazy_re(r"^([-+]?)(\d{1,3}(?:[.\s]\d{3})+|\d+),(\d{2})$")


def european_amount(text: str) -> str | None:
    """``1.250,00`` → ``1250.00``, ``0,50`` → ``0.50``, ``1 250,00`` → ``1250.00``; else None."""
    core = CURRENCY.sub("", halfwidth(text)).strip()
    m = _EUROPEAN.match(core)
    if m is None:
        return None
    whole = re.sub(r"[.\s]", "", m[2])
    return f"{m[1]}{whole}.{m[3]}"


def to_decimal(value: Any, *, code: str = "invalid_number") -> Decimal:
    """A finite Decimal from a number or what a clerk typed (``¥1,234.50``); else a ``code`` error."""
    number: Decimal | None = None
    if isinstance(value, bool):
        raise PydanticCustomError(code, "not a number")
    if isinstance(value, str):
        value = without_apostrophe_groups(value)
    if isinstance(value, Decimal):
        number = value
    elif isinstance(value, int):
        number = Decimal(value)
    elif isinstance(value, float):
        number = Decimal(repr(value))  # repr gives the shortest round-tripping decimal
    elif isinstance(value, str) and (european := european_amount(value)) is not None:
        number = Decimal(european)
    elif isinstance(value, str) and not badly_grouped(halfwidth(value)):
        text = _MONEY_NOISE.sub("", halfwidth(value))
        try:
            number = Decimal(text)
        except InvalidOperation:
            pass
    # NaN and Infinity are not amounts: Decimal would raise on comparing or rounding them later
    if number is None or not number.is_finite():
        raise PydanticCustomError(code, "not a number: {value}", {"value": printable(str(value))})
    return _in_range(number, printable(str(value)))


def _money(value: Any) -> Any:
    if blank(value):
        return None
    try:
        number = _in_range(to_decimal(value, code="invalid_money"), value, MAX_MONEY_DIGITS)
        return round_money(number)
    except (
        InvalidOperation,
        PydanticCustomError,
    ):  # more digits than Decimal's precision holds: no real amount
        raise PydanticCustomError("invalid_money", "not an amount: {value}", {"value": str(value)}) from None


Money = Annotated[
    Decimal,
    Shape("money"),
    BeforeValidator(_money),
    PlainSerializer(lambda d: f"{d:.2f}", return_type=str, when_used="json"),
    WithJsonSchema({"type": "string", "pattern": r"^-?\d+\.\d{2}$", "examples": ["12345.60"]}),
]
"""RMB amount: Decimal, 2 places, half-up; JSON ``"12345.60"``."""


# ---------------------------------------------------------------------------------- quantities
def _qty(value: Any) -> Any:
    if blank(value):
        return None
    if isinstance(value, bool):
        raise PydanticCustomError("invalid_qty", "not a quantity")
    typed = value  # messages quote what the clerk typed, not the cleaned text
    factor = 1
    if isinstance(value, str):
        if "\u066b" in value:  # ۱۲٫۵, ۱٫۶۰۰: the Arabic decimal separator, never a thousands mark
            raise PydanticCustomError("invalid_qty", "not a whole quantity: {value}", {"value": str(typed)})
        units = _UNITS or _units()  # the one rule for units (12K, 1.2万; 12km is none)
        value = units.without_words(value)  # 1,200 (one thousand two hundred) pcs
        value = _packed_total(value, units.packed_count(value))
        value, factor = units.count_factor(halfwidth(value))
        value = units.without_unit(value)
        if (capital := capital_count(value)) is not None:
            return capital
        if badly_grouped(value):
            raise PydanticCustomError("invalid_qty", "not a quantity: {value}", {"value": str(typed)})
        value = value.replace(",", "")
    try:
        number = to_decimal(value, code="invalid_qty") * factor
    except PydanticCustomError as exc:
        if exc.type == "number_out_of_range":
            raise
        raise PydanticCustomError("invalid_qty", "not a quantity: {value}", {"value": str(typed)}) from None
    if number != number.to_integral_value():
        if isinstance(typed, str) and (word := (_UNITS or _units()).measure_after(halfwidth(typed))):
            # 12.5 吨, 1.5 kg: a weight or a length, which no count of pieces is — not "not whole"
            raise PydanticCustomError(
                "invalid_qty_measure",
                "in {word}, not a count of pieces: {value}",
                {"value": typed, "word": word},
            )
        raise PydanticCustomError("invalid_qty", "not a whole quantity: {value}", {"value": str(typed)})
    return int(number)


# the reader's units module (it imports this module: taken on the first quantity, then kept,
# not imported again for every value; issue 15)
_UNITS: Any = None


def _units() -> Any:
    global _UNITS
    from .parse import units

    _UNITS = units
    return units


def capital_count(text: str) -> int | None:
    """``叁佰壹拾贰`` → 312, ``參仟陸佰`` → 3600: a count written in capital numerals, as a
    clerk writes a quantity that must not be altered; None for any other text, or for numerals
    not written by the rules of 大写 (:func:`.amount_words.read_words`: ``佰壹`` is no count)."""
    text = text.strip()
    if not numerals_only(text):
        return None

    try:
        return int(read_words(text + "元整"))
    except ValueError:
        return None


def _packed_total(typed: str, packed: tuple[str, bool] | None) -> str:
    """``20箱×500=10,000`` is the total after ``=`` when the product agrees; when it does not,
    an error on the field (which figure the clerk meant is theirs to say)."""
    if packed is None:
        return typed
    total, agrees = packed
    if not agrees:
        raise PydanticCustomError(
            "invalid_qty_product", "the product does not equal the total: {value}", {"value": typed}
        )
    return total


Qty = Annotated[int, BeforeValidator(_qty)]
"""A whole quantity; accepts ``1,200``, ``1200件``, Excel's ``1200.0``."""


@lru_cache(maxsize=1)
def _tax_named() -> re.Pattern[str]:
    """A rate written with its tax's name before or after it (``IVA 16%``, ``VAT 16 %``, ``GST: 9%``,
    ``16% IVA``, ``增值税13%``, ``ICMS 18%``, ``VAT 16,5 %`` with a decimal comma): the name goes,
    the percent is the rate. The names and the rate: terms.TAX_NAMES, TAX_RATE_WORDS, TAX_RATE
    (imported when first needed: terms imports this module)."""
    from .terms import TAX_RATE, TAX_RATE_AFTER_NAME, TAX_RATE_WORDS, tax_names_pattern

    names = tax_names_pattern()
    rate_words = "|".join(TAX_RATE_WORDS)
    after = "|".join(TAX_RATE_AFTER_NAME)
    return re.compile(
        rf"(?i)^\s*(?:{names}|{rate_words})\s*(?:{after})?\s*[:：@]?\s*(?={TAX_RATE}\s*$)|(?<=%)\s*(?:{names})\s*$"
    )


_DECIMAL_COMMA_RATE = lazy_re(r"^\s*(\d{1,3}),(\d+)\s*$")
# a rate in parts per million, as electronics customers give a reject rate: 1200PPM, 1,500 ppm,
# 3000 DPPM (defective parts per million) — the figure over a million, never a percent
_PPM_RATE = lazy_re(r"(?i)^\s*(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*d?ppm\s*$")
PER_MILLION = Decimal("0.000001")


def _ratio(value: Any) -> Any:
    if blank(value):
        return None
    if isinstance(value, str):
        value = halfwidth(value)
        ticked = checked_options(value)
        if ticked is not None:  # ☑13% ☐9% ☐6%: a rate chosen among the printed ones
            if not ticked:
                return None  # none ticked: no rate given
            if len(ticked) > 1:
                raise PydanticCustomError("invalid_ratio", "not a ratio: {value}", {"value": value})
            value = ticked[0].strip()
        value = _tax_named().sub("", value).strip()  # IVA 16%, VAT 16 %, 16% VAT: the rate
        if ppm := _PPM_RATE.match(value):
            return to_decimal(ppm[1].replace(",", "") + (ppm[2] or ""), code="invalid_ratio") * PER_MILLION
        if value.endswith("%"):
            # a percent holds no thousands: 16,5 % is the decimal comma's 16.5 %
            return to_decimal(_DECIMAL_COMMA_RATE.sub(r"\1.\2", value[:-1]), code="invalid_ratio") / 100
    number = to_decimal(value, code="invalid_ratio")
    # a bare number is read as a clerk means it (DOMAIN §4): "5" or "1" is 5 %, 1 % — never
    # 100 %; 0.05 is the fraction. A percent-formatted cell arrives as "100%" (see parse.excel).
    return number / 100 if number >= 1 else number


Ratio = Annotated[
    Decimal,
    Shape("ratio"),
    BeforeValidator(_ratio),
    # a share is never below zero (a defect rate of DPPM -350, a tax rate of -13 %): the clerk's slip, an
    # error on the field (too_small), never a negative rate filed
    Ge(0),
    PlainSerializer(lambda d: format(d.normalize(), "f"), return_type=str, when_used="json"),
    WithJsonSchema({"type": "string", "pattern": r"^\d+(\.\d+)?$", "examples": ["0.05"]}),
]
"""A fraction (0.05 = 5 %), never below zero; accepts ``5%``, ``0.05``, ``5`` and ``1`` (5 %, 1 %), Excel percent cells."""


# ---------------------------------------------------------------------------------- dates
_DATE_PATTERNS = (
    # (2026.03.05.: a Hungarian-style date, the day closed by a point as the year and the month are)
    re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*(?:[日号]|(?<=\d)\.)?$"),
    re.compile(r"^(\d{4})(\d{2})(\d{2})$"),
    # Mongolian: the year (оны, "of the year"), the month by its number (сарын, "of the month"),
    # the day: 2026 оны 3 сарын 5, 2026 оны 3-р сарын 5-ны
    re.compile(
        r"(?i)^(\d{4})\s*оны\s*(\d{1,2})(?:\s*-?\s*р)?\s*сарын\s*(\d{1,2})(?:\s*-?\s*(?:ны|ний|нд))?$"
    ),
)
_ROC_ERA = (
    r"(?:中[华華]民[国國]|民[国國]|ROC)\s*(\d{2,3})\s*[年/.\-]\s*(\d{1,2})\s*[月/.\-]\s*(\d{1,2})\s*[日号號]?"
)
_ROC = lazy_re(f"^{_ROC_ERA}$")
_ROC_AMONG = lazy_re(_ROC_ERA)  # 中華民國115年3月5日 among other words (its era says it is a date)
# a three-digit year on a Taiwanese form without its era: 115/09/23, 115.9.23; and the seven
# digits a Taiwanese ERP writes without delimiters (1150327: yyymmdd)
_ROC_BARE = lazy_re(
    r"^(1\d{2})(?:\s*[/.\-年]\s*|(?=\d{4}$))(\d{1,2})(?:\s*[/.\-月]\s*|(?<=^\d{5}))(\d{1,2})\s*[日号號]?$"
)
# a Japanese era's year (a Japanese customer's form): 令和8年3月5日, R8.3.19, 平成30年12月1日,
# H30/12/1; 元 is the era's first year (令和元年 = 2019)
_JAPANESE_ERA = lazy_re(
    r"^(令和|平成|[RH])\s*(元|\d{1,2})\s*[年./\-]\s*(\d{1,2})\s*[月./\-]\s*(\d{1,2})\s*日?$"
)
_JAPANESE_ERA_START = {"令和": 2018, "R": 2018, "平成": 1988, "H": 1988}  # the year before its first
# the Buddhist era's years (a Thai form: 15/03/2569 is 2026): 543 ahead of ours; a year this far on
# is no plausible date of ours (FIRST_YEAR … LAST_YEAR), so nothing else is read differently
BUDDHIST_ERA = 543
# a two-digit year written with 年: 26年3月18日 (a clerk's short hand; 20yy, as 9/22/26 is)
_SHORT_YEAR = lazy_re(r"^(\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号號]?$")
_SLASHED = lazy_re(r"^(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})$")  # 9/22/2026, 9/22/26 (20yy)
# 11-03-2026: the same written with hyphens, its year in four digits (26-3-5 is year first on a
# Chinese form, :mod:`kesu_docs.parse.dates`)
_DASHED = lazy_re(r"^(\d{1,2})-(\d{1,2})-(\d{4})$")


def day_month_year(text: str) -> re.Match[str] | None:
    """``9/22/2026``, ``9/22/26``, ``11-03-2026``: a date with its year last, day and month in an
    order the text alone may not tell (groups: the first figure, the second, the year); None for
    any other text (``halfwidth`` and stripped already)."""
    return _SLASHED.match(text) or _DASHED.match(text)


_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
# (the whole word is group's: a word that only begins as an English month's is no English month —
# Manx ``Mayrnt`` is March — see :func:`_english_month`)
_ENGLISH_MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december",
)  # fmt: skip
_MONTH_RE = r"((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\.?"
_ORDINAL = r"(?:st|nd|rd|th)?"  # 5th March 2026, March 5th, 2026: the day said as English says it
_MONTH_NAME = lazy_re(
    rf"^(\d{{1,2}}){_ORDINAL}(?:\s+of)?[\s\-/]+{_MONTH_RE}[\s\-/,]+(\d{{4}}|\d{{2}})$", re.I
)  # 3-Sep-26 (20yy), 5th of March 2026
_MONTH_FIRST = lazy_re(rf"^{_MONTH_RE}\s+(\d{{1,2}}){_ORDINAL},?\s+(\d{{4}})$", re.I)
# 30.09.2026; 31. 3. 2026: a Czech or Slovak clerk's date, a space after each point
_DAY_FIRST = lazy_re(r"^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})$")
_DATETIME_TAIL = lazy_re(
    r"(?:[ T]|\s*(?:上午|下午|午前|午後)\s*)\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?"
    r"(\s*[AaPp]\.?[Mm]\.?|\s*(?:上午|下午)|Z|[+-]\d{2}:?\d{2}|\s*(?:GMT|UTC)\s*(?:[+-]\d{1,2}(?::?\d{2})?)?)?$"
)  # 16:20 GMT+8: a portal's time with its zone (the date is the one written; guards say the
# factory's day when the zone puts it on another)  # 10:12 AM: a portal's time; ISO 8601's offset (…T14:30:00+08:00): the date is the one written;
# 2026/3/9 下午 02:15:00: a Chinese Windows locale's 12-hour time, its 上午/下午 (AM/PM) before it
# 14:30 05-Mar-26: an SAP notification's time written before its date (the date is the one written)
_DATETIME_HEAD = lazy_re(r"^(?:上午|下午)?\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?\s+(?=\d)")
# the factory's clock (DOMAIN: a Chinese factory; China keeps one zone, UTC+8, no summer time)
FACTORY_ZONE = dt.timezone(dt.timedelta(hours=8))
# [ T]: ISO 8601 puts a T before the time; PostgreSQL and Python print a space there
_ZONED = lazy_re(
    r"^\s*\d{4}-\d{2}-\d{2}[ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2}|\s*(?:GMT|UTC)\s*[+-]\d{1,2}(?::?\d{2})?)\s*$"
)
_GMT = lazy_re(r"\s*(?:GMT|UTC)\s*(?P<sign>[+-])(?P<h>\d{1,2})(?::?(?P<m>\d{2}))?\s*$")  # GMT+8 → +08:00


def factory_day(text: str) -> tuple[dt.date, dt.date, str] | None:
    """``2026-03-05T23:30-08:00`` → (the 5th, written; the 6th, the factory's day; ``UTC-08:00``):
    an ISO date-time whose offset puts it on another day at the factory. The reader keeps the date
    written (a portal's record of its own day) and says the other (:mod:`.parse.guards`); None when
    both days agree or the text is no date-time with an offset."""
    if not isinstance(text, str) or not _ZONED.match(halfwidth(text)):
        return None
    try:
        iso = _GMT.sub(lambda m: f"{m['sign']}{int(m['h']):02d}:{m['m'] or '00'}", halfwidth(text).strip())
        moment = dt.datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return None
    here = moment.astimezone(FACTORY_ZONE).date()
    if here == moment.date() or moment.tzinfo is None:
        return None
    return moment.date(), here, "UTC" + moment.isoformat()[-6:]  # "…-08:00" (isoformat always ends so)


# 2026年9月3日 星期四; 115/3/5 (四), 2026/03/05（四）: a Taiwanese date's weekday alone in brackets
_WEEKDAY = lazy_re(
    r"\s*(?:[(（]?(?:星期|周|礼拜|禮拜|週)([一二三四五六日天])[)）]?|[(（]\s*([一二三四五六日])\s*[)）])$"
)
_WEEKDAY_CUT = lazy_re(r"(?<=[日号號])\s*[(（]?(?:星期?|礼拜?|禮拜?)$")  # its start only: the date is whole
# the last characters each can end on (what ``$`` leaves: a last line break is not matched)
_WEEKDAY_ENDS = frozenset("一二三四五六日天)）")
_WEEKDAY_CUT_ENDS = frozenset("星期礼拜禮")
# Thu, 5 Mar 2026 (a Singapore or Malaysian clerk's Outlook-style date); 5 Mar 2026 (Thu)
_EN_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_EN_WEEKDAY = r"(mon|tue|wed|thu|fri|sat|sun)(?:day|sday|nesday|rsday|urday|s|r|rs)?\.?"
_EN_WEEKDAY_AHEAD = lazy_re(rf"^{_EN_WEEKDAY}(?:\s*,\s*|\s+)(?=[\da-z])", re.I)
_EN_WEEKDAY_AFTER = lazy_re(rf"\s*[(,]\s*{_EN_WEEKDAY}\s*\)?$|\s+{_EN_WEEKDAY}$", re.I)
_ZH_WEEKDAYS = "一二三四五六"  # 日/天: Sunday
_WORD_WEEKDAY_AHEAD = lazy_re(r"^\s*(\S{3,}?)\s*,\s*(?=\d)")  # Lwesine, 5 Matshi 2026 · Pōʻahā, 5 Malaki


def _without_weekday(text: str) -> tuple[str, int | None]:
    """``Thu, 5 Mar 2026`` / ``2026年3月27日 星期五`` → the date's text and the weekday the
    clerk wrote (Monday 0, as :meth:`datetime.date.weekday`); the weekday is checked against
    the date (:func:`_as_date`): a date whose weekday disagrees is no date to guess between."""
    # (both Chinese patterns end at the text's end, or before a last line break, on one of a
    # few characters: a text ending otherwise, as most dates do, is searched by neither, issue 15)
    last = text[-2:-1] if text.endswith("\n") else text[-1:]
    if last in _WEEKDAY_ENDS and (m := _WEEKDAY.search(text)):
        day = m[1] or m[2]
        return text[: m.start()], _ZH_WEEKDAYS.index(day) if day in _ZH_WEEKDAYS else 6
    if last in _WEEKDAY_CUT_ENDS and (m := _WEEKDAY_CUT.search(text)):  # 2026年4月16日 星|期四: cut off
        return text[: m.start()], None
    if m := _EN_WEEKDAY_AHEAD.match(text):
        return text[m.end() :], _EN_WEEKDAYS.index(m[1].lower())
    if m := _EN_WEEKDAY_AFTER.search(text):
        return text[: m.start()], _EN_WEEKDAYS.index((m[1] or m[2]).lower())
    if (m := _WORD_WEEKDAY_AHEAD.match(text)) and (day := weekday_of(m[1])) is not None:
        return text[m.end() :], day  # Lwesine, 5 Matshi 2026: a weekday of the CLDR's languages
    return text, None


EXCEL_EPOCH = dt.date(1899, 12, 30)
FIRST_YEAR, LAST_YEAR = 1900, 2199  # the years a form's date can plausibly carry
_MONTH_ASKED = lazy_re(r"\s*([0-9]{4})(?:[-/]([0-9]{1,2})|([0-9]{2}))\s*")


def month_written(text: str) -> tuple[int, int] | None:
    """The (year, month) ``text`` writes as a report's month is asked for (``2026-12``, a link's
    ``2026-1``, ``2026/12``, ``202612``; look-alike digits ``２０２６－１１``, ``٢٠٢٦-١١`` as the
    ASCII ones, as the number options); None for anything else or a 13th month. The year is any:
    :func:`first_of_month` bounds it."""
    from .forms.base import ascii_digits  # (forms.base imports this module)

    found = _MONTH_ASKED.fullmatch(ascii_digits(text))
    if found is None:
        return None
    year, mon = int(found[1]), int(found[2] or found[3])
    return (year, mon) if 1 <= mon <= 12 else None


def first_of_month(text: str) -> dt.date | None:
    """The first day of the month ``text`` names (:func:`month_written`), the one rule for every
    month a page, a download or ``kesu report`` is asked for; None for anything else, or a year
    no form's date carries (:data:`FIRST_YEAR`–:data:`LAST_YEAR`: the reports count months on
    either side, and year 1 or 9999 has none)."""
    written = month_written(text)
    if written is None or not FIRST_YEAR <= written[0] <= LAST_YEAR:
        return None
    return dt.date(written[0], written[1], 1)


# a date written in Chinese numerals, as Excel's [DBNum1] format prints it: 二〇二六年三月五日
_NUMERAL = "〇零一二三四五六七八九十"
_CHINESE_DATE = lazy_re(
    rf"^([{_NUMERAL[:-1]}]{{4}})\s*年\s*([{_NUMERAL}]{{1,3}})\s*月\s*([{_NUMERAL}]{{1,3}})\s*[日号號]?$"
)


def _chinese_number(text: str) -> int | None:
    """``二十一`` → 21, ``十`` → 10, ``五`` → 5 (a month's or a day's number; the numerals'
    values are Unicode's own, :func:`unicodedata.numeric`); None for a malformed one (``十十``)."""
    tens, ten, units = text.partition("十")
    if not ten:
        return int(unicodedata.numeric(text)) if len(text) == 1 else None
    if len(tens) > 1 or len(units) > 1:
        return None
    return int(unicodedata.numeric(tens) if tens else 1) * 10 + int(
        unicodedata.numeric(units) if units else 0
    )


def in_arabic_numerals(text: str) -> str:
    """``二〇二六年三月五日`` → ``2026年3月5日`` (a [DBNum1] date cell printed to PDF: the
    workbook holds the date, the paper only its numerals); any other text as it is."""
    m = _CHINESE_DATE.match(text)
    if m is None:
        return text
    year = "".join(str(int(unicodedata.numeric(c))) for c in m[1])
    month, day = _chinese_number(m[2]), _chinese_number(m[3])
    if month is None or day is None:
        return text
    return f"{year}年{month}月{day}日"


# Excel's day 60 of 1900: 1900-02-29, a day that never was (Lotus 1-2-3's leap year, kept by
# Excel) — what a date cell holding 60 shows, no date (:func:`parse_date` refuses it)
PHANTOM_LEAP_DAY = "1900-02-29"


def excel_serial_to_date(serial: float, *, epoch_1904: bool = False) -> dt.date:
    """Excel's day count to a date: in the 1900 system day 1 is 1900-01-01, day 59 1900-02-28,
    day 61 1900-03-01 — day 60 is Excel's phantom 1900-02-29, no date (ValueError;
    :func:`excel_day` says it as the cell shows it). (Counted from 1899-12-30 alone, days 1–59
    were each read a day early, day 60 as 1900-02-28.)"""
    day = int(serial)
    if epoch_1904:
        return dt.date(1904, 1, 1) + dt.timedelta(days=day)
    if day == 60:
        raise ValueError(f"Excel's day 60 is {PHANTOM_LEAP_DAY}, a day that never was")
    return EXCEL_EPOCH + dt.timedelta(days=day + 1 if 0 < day < 60 else day)


def excel_day(serial: float, *, epoch_1904: bool = False) -> dt.date | str:
    """The day a date cell holding ``serial`` shows: its date, or ``1900-02-29`` for day 60 of
    the 1900 system (:data:`PHANTOM_LEAP_DAY`: text, refused as no valid date)."""
    if not epoch_1904 and int(serial) == 60:
        return PHANTOM_LEAP_DAY
    return excel_serial_to_date(serial, epoch_1904=epoch_1904)


# what Excel shows in a date cell it cannot show as a date (a negative serial, one past
# 9999-12-31, a column too narrow): ``####``, in the cell and on its print
SHOWN_AS_HASHES = "####"
# what Excel shows of a serial under one day (0, or a time of day alone) in a cell formatted as a
# day with no time: the day before 1900-01-01, printed ``1900-01-00`` (no date was typed)
SHOWN_AS_ZERO_DATE = "1900-01-00"
_HASHES = lazy_re(r"#{3,}$")
# a time of day with no date (``09:00``, ``09:00:00``): what a date cell holding a serial under one
# day in a day-and-time format (``yyyy-mm-dd hh:mm``) is read as, or a clerk typed for a date
_TIME_ONLY = lazy_re(r"^\s*\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*$")


# a time allowed, no date (``24H``, ``10D``, ``D+10``, ``3 days``, ``48小时``): a customer's response
# deadline as it is printed beside its date, or instead of it
_DURATION = lazy_re(r"^\s*(?:\d{1,3}\s*(?:[DdHh]|days?|hours?|hrs?|天|小时|小時)|[Dd]\s*\+\s*\d{1,3})\s*$")


class ShownAsNoDate(str):
    """What Excel shows in a date cell holding 0 (or a time of day alone) under a day-only
    format — ``1900-01-00``, ``Jan-00`` under ``mmm-yy``, ``1904-01-01`` in a workbook counting
    from 1904: an empty date a formula gave, never a date, whatever the text reads as
    (:func:`parse_date` refuses it, saying what the cell shows)."""

    __slots__ = ()


def parse_date(value: Any) -> Any:
    if blank(value):
        return None
    if isinstance(value, str) and _HASHES.match(value.strip()):
        # said as the clerk sees it, never as the time of day a negative serial reads as
        raise PydanticCustomError("invalid_date_hashes", "shows ####: {value}", {"value": value.strip()})
    if isinstance(value, ShownAsNoDate) or value == SHOWN_AS_ZERO_DATE:
        raise PydanticCustomError("invalid_date_zero", "shows {value}", {"value": str(value)})
    if isinstance(value, str) and _TIME_ONLY.match(halfwidth(value)):
        # 09:00 in a date field (a day-and-time cell holding a time alone): a time, no day
        raise PydanticCustomError(
            "invalid_date_time_only", "a time without a date: {value}", {"value": value}
        )
    if isinstance(value, str) and _DURATION.match(halfwidth(value)):
        # "Response due | 24H": the hours or days allowed, never a date (no day of it read)
        raise PydanticCustomError(
            "invalid_date_duration", "a time allowed, no date: {value}", {"value": value}
        )
    date = _as_date(value)
    if date is None and isinstance(value, str) and (readings := either_order(value)) is not None:
        # 11-03-2026 that nothing on the form decided (guards.date_order): both readings said
        params = {
            "value": value,
            "month_first": readings[0].isoformat(),
            "day_first": readings[1].isoformat(),
        }
        raise PydanticCustomError("invalid_date_ambiguous", "month or day first: {value}", params)
    # a year like 0206 or 9999 is a typo, and 9999-12-25 + 15 days would not even be a date
    if date is None or not FIRST_YEAR <= date.year <= LAST_YEAR:
        raise PydanticCustomError("invalid_date", "not a date: {value}", {"value": str(value)})
    return date


def either_order(text: str) -> tuple[dt.date, dt.date] | None:
    """``11-03-2026`` → (2026-11-03, 2026-03-11): a date's two readings, month first and day
    first, when both are dates and differ; None for any other text."""
    m = day_month_year(halfwidth(text).strip())
    if m is None:
        return None
    a, b = int(m[1]), int(m[2])
    year = int(m[3]) if len(m[3]) == 4 else 2000 + int(m[3])
    first, second = calendar_date(year, a, b), calendar_date(year, b, a)
    if first is None or second is None or first == second:
        return None
    return first, second


def either_order_date(text: str) -> bool:
    """``03/12/2026``: a date read either way (3 December or March 12), which :func:`_as_date`
    never guesses; the form's other dates or its language decide the order later (and say so)."""
    m = day_month_year(halfwidth(text).strip())
    if m is None:
        return False
    a, b = int(m[1]), int(m[2])
    return 1 <= a <= 12 and 1 <= b <= 12


# 11.03.2026 г.: a Russian (Bulgarian) date's year word (г., года) after it; Ukrainian р., року;
# Macedonian год. (година); Kazakh ж. (жыл), Georgian წ. (წელი), Armenian թ. (թվական): 5 наурыз
# 2026 ж., 5 მარტი 2026 წ.; Azerbaijani il with the year's ending (2026-cı il, 2020-ci il, 2023-cü
# il, 2029-cu il); Turkmen ý. (ýyl: 5-nji mart 2026 ý.); Bashkir й. (йыл: 5 март 2026 й., the
# CLDR's ba d MMMM, y 'й'.); the point closing a Serbian or Croatian
# date after its year (05.03.2026.)
_RUSSIAN_YEAR = lazy_re(
    r"(?<=\d)(?:\s*(?:г\.?|года?|год\.|година|р\.?|року|ж\.?|жыл|წ\.?|წელი|թ\.?|թվական"
    r"|(?:-?\s*c[ıiuü])?\s+il|ý\.?|ýyl|й\.?|йыл)|(?<=\d{4})\.)$"
)
# 2026-W10-4: an ISO 8601 week date (the year, its week, the weekday 1–7 from Monday)
_ISO_WEEK = lazy_re(r"(?i)^(\d{4})-?W(\d{2})-?([1-7])$")
# a Solar Hijri (Iranian) date, year first: 1404/12/14 (its years 1300–1499 are 1921–2121)
_SOLAR_HIJRI = lazy_re(r"^(1[34]\d{2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{1,2})$")
# a date written in two calendars side by side (1404/12/14 2026/03/05, 11.09.2026 (1405/06/20))
_ONE_DATE = r"(\d{1,4}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{1,4})"
_TWO_DATES = lazy_re(rf"^[(\[]?\s*{_ONE_DATE}\s*[)\]]?\s*[|/=،,]?\s*[(\[]?\s*{_ONE_DATE}\s*[)\]]?$")


def solar_hijri_date(text: str) -> dt.date | None:
    """``1404/12/14`` (or ``۱۴۰۴/۱۲/۱۴``, in Persian digits) → 2026-03-05: a date of the Solar
    Hijri calendar, Iran's, converted (jdatetime); None for any other text.

    A year 13xx–14xx is as often the lunar Hijri calendar's (``1447/09/15``, Ramadan 2026),
    which converted as a Solar year gives 2068: in Latin digits it is taken as Solar only when
    the day it gives is one a form may carry (from a century ago to :data:`_SOLAR_AHEAD` years
    ahead), else it is no date (an error, never a day decades off); Persian digits say Iran."""
    raw = str(text)
    m = _SOLAR_HIJRI.match(halfwidth(raw))
    if m is None:
        return None
    import jdatetime  # (imported here: a Solar Hijri date is rare)

    try:
        day = jdatetime.date(int(m[1]), int(m[2]), int(m[3])).togregorian()
    except ValueError:
        return None
    if _PERSIAN_DIGIT.search(raw) is None:
        today = dt.date.today()
        if not today.year - 100 <= day.year <= today.year + _SOLAR_AHEAD:
            return None
    return day


# (years) how far ahead a Solar Hijri date in Latin digits may fall: a lunar Hijri year read as
# Solar falls 35 years or more ahead (1440 AH → 2061)
_SOLAR_AHEAD = 25
_PERSIAN_DIGIT = lazy_re(r"[۰-۹]")


def _beside_solar_hijri(text: str) -> dt.date | None:
    """``1404/12/14 2026/03/05``: a Solar Hijri date beside the Gregorian one of the same day —
    the Gregorian; None when the text is not that, or the two name different days."""
    m = _TWO_DATES.match(text)
    if m is None:
        return None
    solar = [solar_hijri_date(part) for part in (m[1], m[2])]
    if (solar[0] is None) == (solar[1] is None):
        return None  # two Gregorian dates (or two Solar ones): which one is the field's?
    gregorian = _date_of(m[2] if solar[0] is not None else m[1])
    return gregorian if gregorian is not None and gregorian in solar else None


def date_in_doubt(text: Any) -> str | None:
    """Why a date the reader reads is still to be checked, or None: ``"solar_hijri"`` for a
    Solar Hijri date alone, converted (``1404/12/14``); ``"month_disputed"`` for a month word
    another language reads as another month (Croatian ``listopad`` is October, Czech and Polish
    November: read as November). Said on every layout path (:mod:`kesu_docs.parse.dates`)."""
    if not isinstance(text, str) or not text.strip():
        return None
    folded = halfwidth(text)
    if solar_hijri_date(folded) is not None:
        return "solar_hijri"
    if not any(c.isalpha() for c in folded) or _as_date(folded) is None:
        return None

    if _month_by_own_words(folded):
        return None  # (5 a viz Mae 2026: Breton's May, by the date's own words; Luxembourgish Mäe, March)
    if any(disputed(w) for w in re.findall(r"[^\W\d_]{3,}", folded)):
        return "month_disputed"
    text = _DATETIME_TAIL.sub("", folded).strip()
    if unsure_link(text) is not None:
        return "link_unsure"  # 12 до марта 2026: until March? read, and the word named
    return "month_guessed" if _month_guessed(text) or _month_near(text) else None


def _month_by_own_words(text: str) -> bool:
    """Is a day-first date's month word read in the language its own words name (Breton ``a viz``)?"""
    m = _WORD_DAY_FIRST.match(_DATETIME_TAIL.sub("", text).strip())
    return bool(m and (own := _date_words_languages(m)) and _cued_month(m["month"], own) is not None)


def _as_date(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        text = _DATETIME_TAIL.sub("", halfwidth(value)).strip()
        if ":" in text[:6]:  # (a time first: only then is its pattern tried)
            text = _DATETIME_HEAD.sub("", text)
        text, weekday = _without_weekday(text)
        text = in_arabic_numerals(_RUSSIAN_YEAR.sub("", text).strip(" ()（）[]"))
        date = _date_of(text) or (_weekday_order(text, weekday) if weekday is not None else None)
        return None if date is None or weekday not in (None, date.weekday()) else date
    return None


def _weekday_order(text: str, weekday: int) -> dt.date | None:
    """``Thu 05/03/2026``: the weekday the clerk wrote settles the order of day and month
    (5 March 2026 is a Thursday, 3 May a Sunday) — the one reading whose weekday agrees."""
    m = day_month_year(text)
    if m is None or len(m[3]) != 4:
        return None
    a, b, year = int(m[1]), int(m[2]), int(m[3])
    agree = {d for d in (_valid_date(year, a, b), _valid_date(year, b, a)) if d and d.weekday() == weekday}
    return agree.pop() if len(agree) == 1 else None


def _valid_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def roc_date(text: str, among_words: bool = False) -> dt.date | None:
    """A date written in the Republic's years (中華民國115年3月5日, 中华民国115年3月5日, 民國115.3.5,
    ROC 115/03/05, 115/03/05, 115年3月5日) → 2026-03-05, or None: the one reading of ROC years
    (the generic reader's and a profile's). ``among_words``: a date with its era among other words
    (``開立日期：中華民國115年3月5日 (四)``); a bare three-digit year counts only as the whole text."""
    folded = in_arabic_numerals(halfwidth(unicodedata.normalize("NFKC", str(text))).strip())
    m = _ROC.match(folded) or _ROC_BARE.match(folded)
    weekday = None
    if m is None:
        bare, weekday = _without_weekday(folded)
        m = _ROC.match(bare) or _ROC_BARE.match(bare) if weekday is not None else None
        weekday = weekday if m is not None else None  # (among words: a bracket after them is theirs)
    if m is None and among_words:
        m = _ROC_AMONG.search(folded)
    if m is None:
        return None
    date = _valid_date(int(m[1]) + 1911, int(m[2]), int(m[3]))  # the Republic's years count from 1912
    # 115/3/5 (五): a weekday the date does not fall on is no date to guess between
    return None if date is None or weekday not in (None, date.weekday()) else date


def _date_of(text: str) -> dt.date | None:
    """The date a text writes (without a weekday or a time), or None (see :func:`_as_date`)."""
    if _ROC.match(text) or _ROC_BARE.match(text):  # 中華民國115年9月8日
        return roc_date(text)
    if m := _ISO_WEEK.match(text):  # 2026-W10-4: Thursday of the year's tenth week
        try:
            return dt.date.fromisocalendar(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None  # week 54
    if (solar := solar_hijri_date(text)) is not None:  # 1404/12/14 (warned: converted_date)
        return solar
    if (date := _beside_solar_hijri(text)) is not None:  # 1404/12/14 2026/03/05: the Gregorian
        return date
    if m := _JAPANESE_ERA.match(text):  # 令和8年3月5日, R8.3.19
        year = _JAPANESE_ERA_START[m[1]] + (1 if m[2] == "元" else int(m[2]))
        return _valid_date(year, int(m[3]), int(m[4]))
    if m := _SHORT_YEAR.match(text):  # 26年3月18日: the year of this century
        year, month, day = 2000 + int(m[1]), int(m[2]), int(m[3])
    elif m := _DAY_FIRST.match(text):  # 30.09.2026, the European order
        year, month, day = int(m[3]), int(m[2]), int(m[1])
    elif m := day_month_year(text):  # 09/14/2026 or 14-09-2026: only when the order is plain
        a, b = int(m[1]), int(m[2])
        y = int(m[3]) if len(m[3]) == 4 else 2000 + int(m[3])  # a two-digit year is this century's
        if a > 12 >= b:
            year, month, day = y, b, a
        elif b > 12 >= a or a == b:  # (09/09/2026 is the same day in either order)
            year, month, day = y, a, b
        else:
            return None  # 03/04/2026: March 4 or 3 April? never a guess
    elif (m := _MONTH_NAME.match(text)) and (named := _english_month(m[2])):  # 14-Sep-2026, 14 Sep 26
        year = int(m[3]) if len(m[3]) == 4 else 2000 + int(m[3])  # the month's name says the order
        month, day = named[0], int(m[1])
    elif (m := _MONTH_FIRST.match(text)) and (named := _english_month(m[1])):  # Sep 14, 2026
        year, month, day = int(m[3]), named[0], int(m[2])
    else:
        for pattern in _DATE_PATTERNS:
            if m := pattern.match(text):
                year, month, day = int(m[1]), int(m[2]), int(m[3])
                break
        else:
            return _date_in_words(text)
    return calendar_date(year, month, day)


def _english_month(word: str) -> tuple[int, bool] | None:
    """The month an English month word names (``Sep``, ``Sept``, ``March``), or another language's
    word for that same month beginning as it (``marzo``, ``Mayıs``), and whether it was guessed: a
    word no month table knows is read by its first letters, said to be checked (``5 Mayrnt 2026``
    before Manx was known: May, guessed; :func:`date_in_doubt`). None for a word the month tables
    read as another month (Manx ``Mayrnt``, March): read by them (:func:`_date_in_words`)."""
    month = _MONTHS.index(word[:3].lower()) + 1
    if _ENGLISH_MONTHS[month - 1].startswith(word.lower()):
        return month, False
    own = month_of(word)
    return None if own not in (month, None) else (month, own is None)


def _month_guessed(text: str) -> bool:
    """Is ``text`` a date whose month word was guessed by :func:`_english_month`?"""
    m = _MONTH_NAME.match(text)
    word = m[2] if m else (m := _MONTH_FIRST.match(text)) and m[1]
    named = _english_month(word) if word else None
    return named is not None and named[1]


def calendar_date(year: int, month: int, day: int) -> dt.date | None:
    """The day a year, month and day as read name, or None: a year in the Buddhist era
    (15/03/2569, a Thai form: 543 ahead of ours, too far on to be a date of ours) is its own."""
    if FIRST_YEAR + BUDDHIST_ERA <= year <= LAST_YEAR + BUDDHIST_ERA:
        year -= BUDDHIST_ERA
    return _valid_date(year, month, day)


# a month written as a word of another language (kesu_docs.month_names): 31 de março de 2026,
# 5. März 2026, 5 marca 2026 r., 16 Nisan 2026; Março 31, 2026; 2026. március 5.; the day with
# Turkmen's ordinal ending (5-nji mart 2026, 1-nji, 2-nji, 3-nji, 4-nji, 6-njy, 9-njy, 10-njy)
# a month word's letters: a word character, or a vowel sign or tone mark of a script whose marks
# are no word characters to Python (Lao ມີນາ, Thai มีนาคม, Khmer, Myanmar, the Indic scripts)
# (and a Latin letter's combining accent or tone mark: Yoruba Ẹ̀, written Ẹ + U+0300)
_L = r"(?:[^\W\d_]|[\u0300-\u036f\u0900-\u0965\u0970-\u0dff\u0e00-\u0e4e\u0e80-\u0ecf\u0f00-\u0f1f\u1000-\u103f\u1780-\u17df])"
# the words a day-first date writes around its day, its month and its year, by language — one
# table (the day's ordinal, the word joining the day to the month, the month to the year), the
# expression built from it in the table's order (the first that reads is taken):
DAY_FIRST_WORDS: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("before_day", ("ceb",), r"ika-?\s*"),  # ika-5 sa Marso 2026: the day's ordinal ika-
    ("before_day", ("eo",), r"la\s+"),  # la 5-a de marto 2026: Esperanto, "the 5th of March"
    ("after_day", ("de", "da", "nb", "cs", "sk", "pl", "fi", "et", "lv", "hu", "hr", "sl", "sr"), r"\."),  # 5. März
    ("after_day", ("es", "pt", "gl", "it"), "º"),  # 1º de março: the ordinal's sign
    ("after_day", ("es", "pt", "gl", "it"), "°"),  # (the degree sign typed for it)
    ("after_day", ("fr",), "er"),  # 1er avril
    ("after_day", ("ku",), "ê"),  # 5ê adarê 2026: the day with the izafe (month_names.IZAFE)
    ("after_day", ("tk",), "-[iyuü]?nj[iyuü]"),  # 5-nji mart 2026: the day's ordinal ending
    ("after_day", ("eo",), r"-a"),  # la 5-a de marto: Esperanto's ordinal ending
    ("after_day", ("gd",), r"(?:mh|na|d|s)(?=\s)"),  # 5mh dhen Mhàrt 2026: Gaelic ordinals before a space
    ("before_month", ("es", "pt", "ca", "gl", "ast", "sc", "eo"), r"de\s+"),  # 31 de março de 2026, 5 de marzu de 2026
    ("before_month", ("en",), r"of\s+"),  # 5th of March
    ("before_month", ("ca", "ast", "rm"), r"d['’]\s*"),  # 5 d'abril, 14 d'agostu, 22 d'avrigl: elided before a vowel
    ("before_month", ("rm",), r"da\s+"),  # 5 da mars 2026: Romansh (the CLDR's format names, da mars, d’avrigl)
    ("before_month", ("mt",), r"ta['’]\s*"),  # 5 ta' Marzu
    ("before_month", ("ha",), r"ga\s+"),  # 5 ga Maris
    ("before_month", ("pap", "fur", "co"), r"di\s+"),  # 5 di mart 2026: Papiamento's "of"; Friulian 5 di Març
    ("before_month", ("ceb",), r"sa\s+"),  # ika-5 sa Marso
    ("before_month", ("br",), r"a\s+viz\s+"),  # 5 a viz Meurzh 2026: "of the month of" (glibc br_FR)
    ("before_year", ("es", "pt", "ca", "gl", "ast"), r"de\s+"),  # 31 de março de 2026 (the CLDR's ast: d MMMM 'de' y)
    ("before_year", ("es",), r"del\s+"),  # 5 de marzo del 2026
    ("before_year", ("fur",), r"dal\s+"),  # 5 di Març dal 2026: Friulian (the CLDR's d 'di' MMMM 'dal' y)
    ("after_year", ("pl",), r"r\.?"),  # 5 marca 2026 r. (roku, "of the year")
)  # fmt: skip


def _date_words(where: str) -> str:
    """The words of :data:`DAY_FIRST_WORDS` written ``where``, as one alternation."""
    return "|".join(pattern for place, _languages, pattern in DAY_FIRST_WORDS if place == where)


# an apostrophe (or ʼ ’ ʻ typed for it) between two letters of a month word: Kalenjin ``Ng'atyaato``,
# Dholuo ``Dwe mar Ang’wen`` (the CLDR's ``kln`` and ``luo`` months) — part of the word, as a letter
_INNER_APOSTROPHE = rf"[ʻ'‘’ʼ](?={_L})"
_WORD_DAY_FIRST = lazy_re(
    rf"(?i)^(?P<before_day>{_date_words('before_day')})?(?P<day>\d{{1,2}})(?P<after_day>{_date_words('after_day')})?[\s\-/]*"
    rf"(?P<before_month>{_date_words('before_month')})?"
    rf"(?P<month>[ʻ'‘’ʼ]?{_L}(?:{_L}|{_INNER_APOSTROPHE}){{2,}}(?:[-\s]{{1,3}}(?:{_L}|{_INNER_APOSTROPHE})+)*?)\.?[\s\-/,]*(?P<before_year>{_date_words('before_year')})?"
    rf"(?P<year>\d{{4}}|\d{{2}})\.?\s*(?P<after_year>{_date_words('after_year')})?$"
)  # (5 Poutū-te-rangi, Māori: a month of hyphened words; 5 Pauqar waray, Quechua: of two words; 23
# 'Epeleli, Tongan: the ʻokina typed as an apostrophe before the month)
# a day joined to its month by a short word of a language the table above has none of (Piedmontese
# ``5 ëd mars 2026``, ``of``): read only where the month word is a whole month's name
_DAY_WORD_MONTH = lazy_re(rf"(?i)^(\d{{1,2}})\.?\s+({_L}{{1,3}})\s+({_L}{{4,}})\.?,?\s+(\d{{4}})$")


@lru_cache(maxsize=1)
def _link_halves() -> frozenset[str]:
    """The words of the links of :data:`DAY_FIRST_WORDS` written in two words (Breton's ``a viz``):
    a half of one alone joins no day to a month (``9 a Gwengolo 2026`` is no date)."""
    out: set[str] = set()
    for _place, _languages, pattern in DAY_FIRST_WORDS:
        words = pattern.split(r"\s+")[:-1]
        if len(words) > 1 and pattern.endswith(r"\s+") and all(w.isalpha() for w in words):
            out.update(w.casefold() for w in words)
    return frozenset(out)


_WORD_MONTH_FIRST = lazy_re(r"(?i)^([^\W\d_]{3,})\.?\s+(\d{1,2})\.?,?\s+(\d{4})$")
_WORD_YEAR_FIRST = lazy_re(
    r"(?i)^(\d{4})\.?\s*(?:m\.\s*|թ\.\s*)?([^\W\d_]{3,})\.?\s+(\d{1,2})\.?\s*(?:d\.)?$"
)
# 2026. gada 5. martā: Latvian, the year (gada: "of the year"), the day, the month; 2026-yil
# 27-mart: Uzbek, the year (yil), the day joined to the month by a hyphen; 2026 елның 5 марты:
# Tatar, the year's genitive (елның), the day, the month with its possessive ending
_WORD_YEAR_DAY = lazy_re(
    r"(?i)^(\d{4})\.?\s*(?:gada\s+|-?\s*yil\s+|-?\s*ж\.?,?\s*|ел(?:ның)?\s+)?(\d{1,2})(?:[.\-]\s*|\s+)"
    r"([^\W\d_]{3,})\.?$"
)  # (2026-ж., 5-март: Kyrgyz, the year with ж. — жыл)
# 2026ko martxoaren 5a: Basque, the year with -ko (-eko after a consonant's sound), the month in
# the genitive (-ren, -aren), the day with -a
_BASQUE = lazy_re(r"(?i)^(\d{4})(?:\.|\s*-?\s*)(?:e?ko)\s+([^\W\d_]{3,}?)r?en\s+(\d{1,2})(?:\s*-?\s*a)?$")


def _date_in_words(text: str, languages: frozenset[str] = frozenset()) -> dt.date | None:
    """A date whose month is a word of a language :mod:`.month_names` knows, or None; a short
    month word of one language (``Adar``, ``Mati``) only where ``languages`` holds that language
    (the form's, :func:`date_in_language`)."""
    if not any(c.isalpha() for c in text):
        return None
    if (linked := _day_word_month(text)) is not None:  # 5 ëd mars 2026; 12 до марта 2026 (said)
        day, word, year = int(linked[1]), linked[3], int(linked[4])
    elif m := _WORD_DAY_FIRST.match(text):
        day, word, year = (
            int(m["day"]),
            m["month"],
            int(m["year"]) if len(m["year"]) == 4 else 2000 + int(m["year"]),
        )
        if (own := _date_words_languages(m)) and (month := _cued_month(word, own)) is not None:
            return calendar_date(year, month, day)  # (Breton Mae, May: Luxembourgish Mäe, March)
    elif m := _WORD_MONTH_FIRST.match(text):
        word, day, year = m[1], int(m[2]), int(m[3])
    elif m := _WORD_YEAR_FIRST.match(text):
        year, word, day = int(m[1]), m[2], int(m[3])
    elif m := _WORD_YEAR_DAY.match(text):
        year, day, word = int(m[1]), int(m[2]), m[3]
    elif m := _BASQUE.match(text):
        year, word, day = int(m[1]), m[2], int(m[3])
        word = word if month_of(word) is not None else word + "a"  # apirilaren: apirila + ren
    else:
        return None
    month = month_of(word)
    if month is None and languages:
        from .month_names import scoped_month

        month = scoped_month(word, languages)
    if month is None:
        month = _near_month(word)
    return None if month is None else calendar_date(year, month, day)


def _day_word_month(text: str) -> re.Match[str] | None:
    """A day joined to a whole month's name by one short word no link of :data:`DAY_FIRST_WORDS`
    reads (``5 ëd mars 2026``, ``5 bis März 2026``), or None: where :data:`_WORD_DAY_FIRST` reads
    no month (``bis März`` is no month's name), never a half of a two-word link (Breton ``a``)."""
    m = _DAY_WORD_MONTH.match(text)
    if m is None or m[2].casefold() in _link_halves() or month_of(m[3]) is None:
        return None
    first = _WORD_DAY_FIRST.match(text)
    return m if first is None or month_of(first["month"]) is None else None


def unsure_link(text: Any) -> str | None:
    """The short word a date joins its day to its month's name by (``до`` in ``12 до марта 2026``,
    until March; ``bis`` in ``5 bis März 2026``) when no language's date formats in the CLDR write
    it there (:func:`.month_names.day_month_links`: ``de``, ``di`` … are sure), or None: the date
    is read, said to be checked with the word named (a range's ``bis`` / ``до`` / ``to``)."""
    if not isinstance(text, str):
        return None
    m = _day_word_month(_DATETIME_TAIL.sub("", halfwidth(text)).strip())
    if m is None:
        return None
    from .month_names import day_month_links, link_key

    return None if link_key(m[2]) in day_month_links() else m[2]


def _near_month(word: str) -> int | None:
    from .month_names import near_month

    return near_month(word)


def _month_near(text: str) -> bool:
    """Is ``text`` a date whose month word was read by one slip from a month word
    (:func:`.month_names.near_month`: Scots ``Mairch``)?"""
    words = re.findall(r"[^\W\d_]{4,}", text)
    return any(month_of(w) is None and _near_month(w) is not None for w in words)


def _cued_month(word: str, languages: frozenset[str]) -> int | None:
    from .month_names import cued_month

    return cued_month(word, languages)


def _date_words_languages(found: re.Match[str]) -> frozenset[str]:
    """The languages a day-first date's own words name (:data:`DAY_FIRST_WORDS`: Breton's ``a
    viz`` in ``7 a viz Here 2026``): a cue in the value itself for the short month words of a
    language no form reads without one (:func:`.month_names.cued_month`)."""
    out: set[str] = set()
    for place, languages, pattern in DAY_FIRST_WORDS:
        said = found[place]
        if said and re.fullmatch(pattern, said, re.IGNORECASE):
            out.update(languages)
    return frozenset(out)


def date_in_language(text: str, languages: frozenset[str]) -> dt.date | None:
    """A date written with a short month word of one of ``languages`` (the languages a form's own
    texts show: :func:`.month_names.cued_languages`), which no form reads without that cue."""
    return _date_in_words(_DATETIME_TAIL.sub("", halfwidth(text)).strip(), languages) if languages else None


Date = Annotated[dt.date, BeforeValidator(parse_date)]
"""A calendar date; accepts ISO, ``2026/9/3``, ``2026.09.03``, ``2026年9月3日``."""


# ---------------------------------------------------------------------------------- ditto marks
# the blocks a ditto's sign is looked for in: Basic Latin, Spacing Modifier Letters, General
# Punctuation, CJK Symbols and Punctuation
_DITTO_BLOCKS = (range(0x20, 0x80), range(0x2B0, 0x300), range(0x2000, 0x2070), range(0x3000, 0x3040))
# a double quotation mark a keyboard gives (" “ ”), none of the low, reversed or ornamental ones
_KEYED_QUOTES = ("QUOTATION MARK", "LEFT DOUBLE QUOTATION MARK", "RIGHT DOUBLE QUOTATION MARK")


def _ditto_marks() -> str:
    """The signs a clerk writes for "the same as the line above", by their Unicode names (no list
    of them kept by hand): the ditto mark (U+3003 〃), any double prime (″ ‶ ʺ, 〝 〞 〟: the
    ditto's shape in print) and a keyboard's double quotation marks."""
    out = []
    for block in _DITTO_BLOCKS:
        for code in block:
            name = unicodedata.name(chr(code), "")
            if "DITTO" in name or "DOUBLE PRIME" in name or name in _KEYED_QUOTES:
                out.append(chr(code))
    return "".join(out)


DITTO_MARKS = _ditto_marks()
# the ditto marks a PDF's text is parted from a figure before (``300│〃…``): the ditto mark and the
# double prime; every other ditto sign (ʺ ‶, also the inches' sign; 〝 〟 " “ ”, also quotation
# marks) only standing alone (:func:`kesu_docs.parse.pdf_text._figure_meets_text`: ``3〝…〟`` is a
# quotation, ``40ʺ x`` inches)
DITTO_MARKS_APART = "".join(c for c in DITTO_MARKS if unicodedata.name(c) in ("DITTO MARK", "DOUBLE PRIME"))
# the words for one, which no library holds (the CLDR has none): Chinese 同上 / 仝上, English ditto
# and do., German dto. and dito, Latin idem and id., and two apostrophes typed for a ″
DITTO_WORDS = ("同上", "仝上", "ditto", "do.", "dto.", "dito", "idem", "id.", "''")


# ---------------------------------------------------------------------------------- check marks
# ◉ ⦿: a radio button chosen; ✅ ⬛ 🗹 and ⬜ ◽ ▢: ticked with emoji (a form filled from a chat)
CHECKED = "☑✓√■✔☒✅●▣◉⦿◙⬛🗹"
UNCHECKED = "☐□○◻◯⬜◽▢"
_OPTION_EDGES = " ,，、;；/\u3000\ufe0f"  # (U+FE0F: the emoji presentation of the mark before)
# a tick typed where no box is printed, under or beside a printed option: a letter (X, or V — a
# Taiwanese tick) or a cross (there a cross marks the option chosen, never a "no")
TYPED_TICKS = "xXvV×✗✘"
_TRUE = {
    "是",
    "有",
    "y",
    "yes",
    "true",
    "t",
    "1",
    "x",
    "v",
    "ok",
    "已收",
    "已收到",
    "收到",
}  # V: a Taiwanese tick
_FALSE = {"否", "无", "没有", "n", "no", "false", "f", "0", "未收", "未收到", "×", "✗", "✘"}  # √ / × on paper


_MARK_IN_BRACKETS = lazy_re(r"[(（\[]\s*[√✓✔■☑xX]\s*[)）\]]|\[\s*[vV]\s*\]")  # "[V]換貨" too
_EMPTY_BRACKETS = lazy_re(r"[(（\[]\s*[)）\]]")
_ANY_MARK = lazy_re(f"[{re.escape(CHECKED + UNCHECKED)}]")  # any box, ticked or not


def _marks_printed(text: str) -> str:
    """Tick boxes as other forms print them, as boxes: ``(√)退货 ( )换货``, ``返工(√) 报废( )``
    and ``√ PFMEA __ Drawing`` (a blank line for the box not ticked)."""
    if not (_MARK_IN_BRACKETS.search(text) or _EMPTY_BRACKETS.search(text) or "__" in text):
        return text
    if _EMPTY_BRACKETS.search(text):  # "[V]換貨 [  ]降級": a V ticks a box among empty ones
        text = re.sub(r"[(（\[]\s*[vV]\s*[)）\]]", "☑", text)
    if not (_MARK_IN_BRACKETS.search(text) or _ANY_MARK.search(text)):
        return text  # brackets or blanks, but no tick anywhere: not a line of boxes
    text = _MARK_IN_BRACKETS.sub("☑", text)
    text = _EMPTY_BRACKETS.sub("☐", text)
    return re.sub(r"_{2,}", "☐", text)


def checked_options(text: str) -> list[str] | None:
    """For ``☑退货 ☐换货 ☑折让`` the ticked options ``['退货', '折让']``; None when no boxes.
    The boxes may follow their words (``Yes ■ No □``, ``返工(√) 报废( )``)."""
    text = _marks_printed(text)
    if not _ANY_MARK.search(text):
        return None
    parts = re.split(f"([{CHECKED}{UNCHECKED}])", text)
    pairs = zip(parts[1::2], parts[2::2])
    if parts[0].strip(_OPTION_EDGES) and not parts[-1].strip(_OPTION_EDGES):
        pairs = zip(parts[1::2], parts[0::2])  # each box after its word
    ticked = []
    for mark, label in pairs:
        label = label.strip(_OPTION_EDGES)
        if mark in CHECKED and label:
            ticked.append(label)
    return ticked


def box_words(text: str) -> list[str]:
    """The words of a line of tick boxes, ticked or not — the options it prints:
    ``☑退货 ☐换货, ☐折让`` → ``['退货', '换货', '折让']``."""
    words = re.split(f"[{re.escape(CHECKED + UNCHECKED)}]", text)
    return [w for w in (w.strip(_OPTION_EDGES + "()（）") for w in words) if w]


def ticked_text(text: str) -> str | None:
    """A free text filled as a row of tick boxes, each with its word (``■品质不良 □交期延误 □其他``,
    ``☑Quality bad ☐Delivery delay``): the words ticked (``品质不良``; two or more joined ``、`` or
    ``, ``), ``""`` when none is; None for any other text (a sentence, one box in a sentence)."""
    if not _ANY_MARK.search(text) and not _MARK_IN_BRACKETS.search(text):
        return None
    ticked = checked_options(text)
    if ticked is None:
        return None
    boxed = _marks_printed(text)
    words = box_words(boxed)
    if len(_ANY_MARK.findall(boxed)) < 2 or len(words) != len(_ANY_MARK.findall(boxed)):
        return None
    if any(len(w) > _BOX_WORD_LONGEST for w in words):
        return None  # a sentence after a box: not a row of options
    return ("、" if any(chinese_word(w) for w in ticked) else ", ").join(ticked)


_BOX_WORD_LONGEST = 24  # an option's words beside its box (规格不符, Specification not match)


def _bool(value: Any) -> Any:
    if blank(value):
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)) and value in (0, 1):
        return bool(value)
    if isinstance(value, str):
        text = halfwidth(value)
        options = checked_options(text)
        if options is not None:
            if not options:
                # a lone box: ☑ alone is yes, ☐ alone is no
                return text.strip()[:1] in CHECKED if len(text.strip()) == 1 else None
            if len(options) > 1:  # ☑有 ☑无: two ticks for one yes/no, never the first one's
                raise PydanticCustomError("invalid_bool", "not yes/no: {value}", {"value": str(value)})
            text = options[0]
        low = text.lower()
        if low in _TRUE or (len(text) == 1 and text in CHECKED):
            return True
        if low in _FALSE or (len(text) == 1 and text in UNCHECKED):
            return False
    raise PydanticCustomError("invalid_bool", "not yes/no: {value}", {"value": str(value)})


YesNo = Annotated[bool, BeforeValidator(_bool)]
"""Yes/no; accepts 是/否, ☑/☐, ✓, Y/N, true/false."""


def _text(value: Any) -> Any:
    if value is None:
        return None
    if (isinstance(value, float) and value.is_integer()) or (
        isinstance(value, Decimal) and value.is_finite() and value == value.to_integral_value()
    ):
        value = int(value)  # an order number typed into a number cell (or a JSON 4500123987.0)
    # as the reader reads a cell: without what prints as nothing, so that a record from another
    # system ("华东\u200b精密" in JSON) is filed and searched as the name printed, never apart
    text = visible(check_chars(str(value))).strip()
    # a free text the clerk filled by ticking one of the form's boxes (退货原因 ■品质不良 □交期延误 …):
    # the words ticked, never the line of boxes; none ticked, nothing written
    ticked = ticked_text(text) if isinstance(value, str) else None
    if ticked is not None:
        return ticked or None
    return text or None


Text = Annotated[str, BeforeValidator(_text)]
"""Free text, trimmed; an empty cell is None."""


def _code(value: Any) -> Any:
    if isinstance(value, float) and abs(value) >= 1e15:
        # a long order or serial number typed into a number cell: Excel keeps 15 significant
        # digits and turns the rest into 0, so the digits read may not be the ones typed
        raise PydanticCustomError(
            "invalid_long_number", "more digits than Excel keeps: {value}", {"value": f"{value:.0f}"}
        )
    text = _text(value)
    return _fold_code(text) if text else None


Code = Annotated[str, Shape("code"), BeforeValidator(_code)]
"""An identifier (order no., part no., document no.): trimmed, full-width folded."""


def tax_id_check(text: str) -> tuple[str, bool] | None:
    """A tax id python-stdnum knows the format of (a VAT id with its country's letters,
    ``DE 123 456 789``, ``GB 123 4567 89``; an Indian GSTIN): its compact form
    (``DE123456789``) and whether its check digit fails; ``None`` for an id of no format known
    (a bare national number, a CNPJ, a kennitala), which is kept as written."""
    from stdnum import vatin
    from stdnum.exceptions import InvalidChecksum, ValidationError
    from stdnum.in_ import gstin

    for module in (vatin, gstin):
        try:
            module.validate(text)
        except InvalidChecksum:
            return module.compact(text), True  # the format is the country's, the digits wrong
        except ValidationError:
            continue
        return module.compact(text), False
    return None


# a unified social credit code as a clerk may write it: digits and capitals, in groups (``9131 0115 MA1K 4A2B 3C``)
# or with hyphens (``91310115-MA1K4A2B-3C``)
_USCC_WRITTEN = lazy_re(r"[0-9A-Z](?:[0-9A-Z]|[ \-‐‑–](?=[0-9A-Z]))*")


def uscc_check(text: str) -> tuple[str, bool] | None:
    """China's unified social credit code (统一社会信用代码, GB 32100-2015: eight digits — the registering
    authority, the kind of body, the region — then nine characters of the organisation code and a check
    character), however written (in groups of four, with hyphens): its compact form and whether its check
    character fails (python-stdnum's ``cn.uscc``: a character mistyped or misread); ``None`` for no such
    shape (another id, a sentence). Never a reason to turn the record away (weak48)."""
    from stdnum.cn import uscc
    from stdnum.exceptions import InvalidChecksum, ValidationError

    if not _USCC_WRITTEN.fullmatch(text):
        return None
    try:
        return uscc.validate(text), False
    except InvalidChecksum:
        return uscc.compact(text), True
    except ValidationError:
        return None


def _tax_id(value: Any) -> Any:
    code = _code(value)
    known = tax_id_check(code) if isinstance(code, str) and not code.isdigit() else None
    if known is None and isinstance(code, str):
        known = uscc_check(code)  # a mainland code in groups or with hyphens: read whole
    return known[0] if known else code


TaxId = Annotated[str, Shape("code"), BeforeValidator(_tax_id)]
"""A tax id: an identifier kept in its compact form when its country's format is known
(``DE 123 456 789`` → ``DE123456789``; :func:`tax_id_check`; a mainland unified social credit code
``9131 0115 MA1K 4A2B 3C`` → ``91310115MA1K4A2B3A``: :func:`uscc_check`)."""


# ---------------------------------------------------------------------------------- terms
# a run of one script in an option's folded word: Chinese or Korean letters, or Latin ones
_SCRIPT_RUNS = lazy_re(r"[\u3400-\u9fff\uac00-\ud7af]+|[a-z][a-z()'.]*")
_CJK_LETTER = lazy_re(r"[\u3400-\u9fff\uac00-\ud7af]")


_GLOSSED = lazy_re(r"([^()]+)\(([^()]+)\)")  # a word and its gloss in brackets (folded: no spaces)
# a system's code, a dash, the option's words (spaces already taken out): "rtv-returntovendor",
# "01-return", "rtv-退货" (a Chinese word of two characters)
_CODED = lazy_re(r"([a-z0-9]{2,8})[-–—:]([^\x00-\x7f]{2}|\S{3,})")


def _abbreviates(code: str, words: Sequence[str]) -> bool:
    """Whether ``code``'s letters are an abbreviation of one of ``words`` (the option's words it is
    paired with, or the option's English name): its first letter the words' first, the others in
    order after it (RTV of "return to vendor", RW of "rework") — never RW of "return"."""
    letters = [c for c in code if c.isalpha()]
    for text in words:
        plain = _lower(re.sub(r"[^A-Za-z]", "", text))
        if not letters or not plain or plain[0] != letters[0]:
            continue
        rest = iter(plain[1:])
        if all(c in rest for c in letters[1:]):
            return True
    return False


_LATIN_LETTER = lazy_re(r"[A-Za-z]")


def _latin_names(option: Term) -> tuple[str, ...]:
    """An option's names in Latin letters: its key, its English name, its Latin words."""
    names = (option.value, option.en, *option.words)
    return tuple(n for n in names if _LATIN_LETTER.search(n))


def _lower(text: str) -> str:
    """``text`` in lower case, a Turkish capital İ as i (``DEĞİŞİM`` → ``değişim``: Python lowers
    İ to i and a combining dot above, which no word typed in lower case has)."""
    return text.lower().replace("i\u0307", "i")


# a negation of an option's word, in a folded word (lower case, no spaces): the option is denied,
# not chosen. Before it, directly or with a verb of wanting or doing between (不退货, 无需重工,
# 暂不报废, 勿报废, 客户不接受退货, 不需要换货, 不可返工; "no return", "don't scrap", "without
# rework", "do not accept return", 无法重工, 拒绝退货, "Cannot return", "refused return"); after it,
# ending the phrase or a clause of it, a colon or a dash between ("Rework not needed", 退货不需要,
# 换货：免, 退货不了, "Return: no", "Return — no", "Return not possible") — never 不良品退货 (不良 is no negation), 免费换货,
# nor 换货不要退货 (the 不要 there is the other option's)
_NEGATION_BEFORE = (
    r"不|不需|不用|不必|不要|不能|无需|无须|無需|無須|无法|無法|拒绝|拒絕|勿|非|免|未|无|無|没有|沒有|"
    r"cannot|can[’']?t|\b(?:no|not|don[’']?t|do\s*not|without|never|refused?|refusing)"
)
# a code that is a negation or a refusal ("No - return", "NA - return", "Reject - return"): no code
_REFUSED_CODE = lazy_re(
    rf"(?:{_NEGATION_BEFORE}|na|n/?a|ng|nil|none|nothing|reject\w*|refuse\w*|cancel\w*|deny|denied)"
)
_VERB_BETWEEN = (
    r"接受|同意|需要|需|要|用|必|做|作|进行|進行|安排|办理|辦理|予|允许|允許|考虑|考慮|可|能|"
    r"更新|修订|修訂|修改|改订|改訂|"  # a document not revised (未更新 FMEA, 不修订作业指导书)
    r"accept|agree(?:to)?|need(?:to)?|require|want(?:to)?|request|to|updated?|revised?"
)
_DENIED_BEFORE = lazy_re(rf"(?:{_NEGATION_BEFORE})(?:{_VERB_BETWEEN})?$")
_DENIED_AFTER = lazy_re(
    r"[:：\-–—]?(?:不需要|不需|不要|不用|不必|无需|无须|無需|無須|免(?![费費])|不接受|不同意|不可|不了|否|"
    r"未(?:更新|修订|修訂|修改)|"  # FMEA 未更新: a document not revised
    r"(?:is|are|was|were)?not(?:needed|required|necessary|accepted|requested|wanted|possible|allowed|updated|revised)|no(?![a-z.]))"
    r"(?=$|[\W_])"
)


@cache
def _option_names(kind: type[Term], key: str) -> re.Pattern[str] | None:
    """Every word of the option ``key`` of ``kind`` (its Chinese, key, English and other words,
    folded) as one pattern, the longest first: built once per option, not per word read (issue
    15). Kept by the option's class and key, never by the member alone: a member is a str, equal
    to (and hashed as) every other class's member of its key (``Request.RETURN == ReturnHandling.RETURN``)."""
    member = next(m for m in kind if m.value == key)
    names = {re.sub(r"[(（][^)）]*[)）]", "", member.zh), member.value.lower(), *member.words}
    names |= {re.sub(r"\s+", "", member.en.lower())}
    kept = sorted((n for n in names if len(n) >= 2), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, kept))) if kept else None


class Term(str, Enum):
    """An enumerated value: the record stores the English key, forms print the Chinese term.

    Validation accepts either, in any case, full-width, or as a ticked box (``☑国内 ☐国外``).
    """

    zh: str
    en: str  # the English words for it in messages (``general manager`` for ``gm``)
    words: tuple[str, ...]  # other words real forms print for it (``Project Lead``, ``발생``)

    def __new__(cls, key: str, zh: str, en: str = "", words: tuple[str, ...] = ()) -> Term:
        obj = str.__new__(cls, key)
        obj._value_ = key
        obj.zh = zh
        obj.en = en or key.replace("_", " ")
        obj.words = tuple(_lower(re.sub(r"\s+", "", halfwidth(w))) for w in words)
        return obj

    def __str__(self) -> str:
        return self.value

    def denied_in(self, key: str) -> bool:
        """Is one of this option's words written in ``key`` (a folded word: lower case, no spaces)
        with a negation before it (``不退货``, ``客户不接受退货``, ``No 退货``) or after it
        (``Rework not needed``, ``退货不需要``)? Such a phrase denies the option it names: the value
        is left as typed, for validation to report."""
        names = _option_names(type(self), self.value)
        key = key.lower()
        return names is not None and any(
            _DENIED_BEFORE.search(key, 0, m.start()) or _DENIED_AFTER.match(key, m.end())
            for m in names.finditer(key)
        )

    @classmethod
    def named(cls, word: str, guess: Callable[[str], Term | None]) -> Term | None:
        """The option a clerk's phrase names: the option its words are (:meth:`lookup`), else the
        one ``guess`` reads in it (a word's beginning or part, the reader's) — never an option the
        phrase denies (:meth:`denied_in`), the one place a choice word's negation is read."""
        exact = cls.lookup(word)
        return exact if exact is not None else cls._unless_denied(guess(word), word)

    @classmethod
    def _unless_denied(cls, found: Term | None, key: str) -> Term | None:
        return None if found is not None and found.denied_in(key) else found

    def label(self, lang: str = "zh") -> str:
        """The term as a clerk reads it in ``lang``: its Chinese word, or its English words."""
        return self.zh if lang == "zh" else self.en

    @classmethod
    def lookup(cls, text: Any) -> Term | None:
        if isinstance(text, cls):
            return text
        if not isinstance(text, str):
            return None
        return _term_of(cls, text)

    @classmethod
    def _find(cls, text: str) -> Term | None:
        """The member ``text`` names (:meth:`lookup`, through its cache)."""
        folded = halfwidth(text)
        options = checked_options(folded)
        if options is not None and len(options) == 1:
            folded = options[0]
        key = _lower(re.sub(r"\s+", "", folded))
        plain = re.sub(r"[_\-]", "", key)  # "Vice GM", "non-quality" for vice_gm, non_quality
        for member in cls:
            if key in (
                member.value.lower(),
                member.zh,
                member.zh.lower(),  # 8D报告 typed as 8d报告
                member.name.lower(),
                re.sub(r"\s+", "", member.en.lower()),
            ) or plain == member.value.lower().replace("_", ""):
                return member
            if key == member.value.lower() + member.zh:  # as documents print a code: "C 未按制造规范作业"
                return member
            if "/" in member.zh and key in member.zh.split("/"):
                return member
            if key in member.words:
                return member
        found = (
            cls._lookup_simplified(key)
            or cls._lookup_translated(key)
            or cls._lookup_slashed(key)
            or cls._lookup_glossed(key)
            or cls._lookup_coded(key)
        )
        return cls._unless_denied(found, key)  # "No 退货", "不退货 Return"

    @classmethod
    def _named_by_parts(cls, parts: Sequence[str], *, lacking: bool = True) -> Term | None:
        """The one option an option's parts name (a word and its translation or gloss): each part
        looked up, kept when one option is named and no part names another; ``lacking``: a part
        naming nothing (a word we lack) leaves the others to say, else every part must name it.
        The one rule of :meth:`_lookup_slashed`, :meth:`_lookup_glossed`, :meth:`_lookup_translated`."""
        found = [cls.lookup(p) for p in parts]
        named = {m for m in found if m is not None}
        if len(named) != 1 or (None in found and not lacking):
            return None
        return next(iter(named))

    @classmethod
    def _lookup_slashed(cls, key: str) -> Term | None:
        """``リーダー/组长``, ``Leader / 组长``: an option printed with its translation after a slash
        (a bilingual portal's role, ``✓ リーダー / 组长``) — the option both parts name, or the one
        part names when the other, in another script, names nothing (a word we lack; the field
        says so, :mod:`.parse.option_halves`). Two options (``组长/组员``) name none; "组长/副组长"
        (a word of one script we lack) is no translation, nor is a Chinese word we lack
        (``挑选/Replacement``: our vocabularies are Chinese, so an unknown Chinese half is another
        option, never the English one's translation)."""
        parts = key.split("/")
        if len(parts) != 2 or not all(parts):
            return None
        return cls._named_by_parts(parts, lacking=cls._translated(parts))

    @classmethod
    def _translated(cls, parts: Sequence[str]) -> bool:
        """May a part naming nothing be the other's translation? Only in another script, and never
        a Chinese word we lack (our vocabularies are Chinese): ``Leader / 组长``, ``Rückgabe（退货）``
        — never ``退货（尽快）`` or ``Return (expedite)``, a remark beside the option in its own
        script, left to the reader's choice rules to read and warn (``choice_with_remark``)."""
        return script_of(parts[0]) != script_of(parts[1]) and not any(
            chinese_word(p) and cls.lookup(p) is None for p in parts
        )

    @classmethod
    def _lookup_glossed(cls, key: str) -> Term | None:
        """``交换（换货）``, ``Reemplazo (Replacement)``: an option written with its gloss in
        brackets — the option the two name, when one names it and the other names no other (a
        part naming nothing only as its translation: :meth:`_translated`)."""
        m = _GLOSSED.fullmatch(key)
        return None if m is None else cls._named_by_parts((m[1], m[2]), lacking=cls._translated((m[1], m[2])))

    @classmethod
    def _lookup_coded(cls, key: str) -> Term | None:
        """``RTV - return to vendor``, ``01 - return``, ``RTV-退货``: a system's code of the option, a
        dash, its words — the option the two name, when one names it and the other names no other,
        and the code is one of that option (:meth:`_code_of`)."""
        m = _CODED.fullmatch(key)
        if m is None or _REFUSED_CODE.fullmatch(m[1]):
            return None  # "No - return", "Reject - return": a refusal, never the option's code
        found = cls._named_by_parts((m[1], m[2]))
        return found if found is not None and cls._code_of(found, m[1], m[2]) else None

    @classmethod
    def _code_of(cls, option: Term, code: str, words: str) -> bool:
        """Is ``code`` a system's code of ``option``, printed before its ``words``? A code of digits
        alone (``01 - return``: the line of a system's list) abbreviates nothing and is; a code of
        letters abbreviates the Latin words beside it or the option's English name (``RTV - return
        to vendor``, never ``RW - return``), and beside words with no Latin letter one of the
        option's Latin names (a return note's ``RTV-退货``: RTV is its return's; never ``RTV-换货``)."""
        if not any(c.isalpha() for c in code):
            return True
        if _LATIN_LETTER.search(words):
            return _abbreviates(code, (words, option.en))
        return _abbreviates(code, _latin_names(option))

    @classmethod
    def _lookup_translated(cls, key: str) -> Term | None:
        """``교환 Replacement``, ``换货 Replacement``, ``Return 退货``: an option printed with its
        translation, one word in each script — the option the words name, when one of them names
        one and the other names no other (a word we lack in Korean leaves the English to say)."""
        runs = _SCRIPT_RUNS.findall(key)
        if len(runs) != 2 or "".join(runs) != key:
            return None
        if bool(_CJK_LETTER.match(runs[0])) == bool(_CJK_LETTER.match(runs[1])):
            return None  # one script only: a phrase, not a word and its translation
        return cls._named_by_parts(runs)

    @classmethod
    def _lookup_simplified(cls, key: str) -> Term | None:
        """國內, 品質異常: a term typed in traditional script (or a Japanese form, 対策済) is the
        simplified one's — the word is matched to a choice, the choice is what is kept."""
        if key.isascii():
            return None
        from .parse.vocab import folded

        plain = folded(key)
        return cls.lookup(plain) if plain != key else None

    @classmethod
    def _missing_(cls, value: object) -> Term | None:
        return cls.lookup(value)


# the words joining two options in one phrase (退货并补货, 退貨及換貨, 退货以及换货, 退货+补货, "Return
# and replace", "Return & replace"): the one pattern of the validators' lists (:func:`options_of`) and
# of the reader's phrases (:func:`kesu_docs.parse.compound.phrase_options`)
_OPTIONS_JOINED = lazy_re(r"\s*(?:并且|並且|以及|并|並|及|和|与|與|兼|\+|&|\band\b)\s*", re.I)


def joined_sides(text: str) -> list[str]:
    """The sides of a phrase joining options by a word (``退货并补货`` → 退货, 补货; ``Rework and
    return`` → Rework, return), each trimmed; the phrase alone when no word joins it."""
    return [s.strip() for s in _OPTIONS_JOINED.split(text) if s.strip()] or [text]


def options_joiner(text: str) -> bool:
    """Is ``text`` a word joining two options (``和``, ``并``, ``+``, `` and ``: :func:`joined_sides`)?"""
    return bool(_OPTIONS_JOINED.fullmatch(text))


_KANA = lazy_re(r"[\u3040-\u30ff]")
# Latin letters with their accents (Latin-1, Extended-A/B, Vietnamese): Polish ``Złomowanie`` and
# Turkish ``Onarım`` are Latin words, as English ones are
_LATIN = lazy_re(r"[\x00-\u024f\u1e00-\u1eff]+")


def script_of(word: str) -> str:
    """The script a word of an option is written in: Latin, kana, Hangul or Chinese."""
    if word.isascii() or _LATIN.fullmatch(word):
        return "latin"
    if _KANA.search(word):
        return "kana"
    return "hangul" if re.search(r"[\uac00-\ud7af]", word) else "han"


_HAN = lazy_re(r"[\u4e00-\u9fff]")


def chinese_word(word: str) -> bool:
    """A word in Chinese characters (no kana, no Hangul): the language of our own vocabularies,
    so a Chinese option word we lack is another option, never a translation of the word beside."""
    return script_of(word) == "han" and bool(_HAN.search(word))


@memo
@lru_cache(maxsize=4096)
def _term_of(cls: type[Term], text: str) -> Term | None:
    """:meth:`Term.lookup` kept per term and text: every form of a batch has its options read
    (the same few words) by the same loop over every member (issue 15)."""
    return cls._find(text)


_LIST_SEPARATORS = lazy_re(r"[、,，;；/|\n]+|\s{2,}")
# a per-unit rate's slash: a figure (with its currency or unit), ``/``, the unit it is per
# (``100/MT``, ``5元/吨``, ``USD 12/pc``) — one option's remark, never a list's separator
_RATE_SLASH = lazy_re(r"(?<=\d)(?:\s*[^\W\d_]{1,3})?\s*/\s*(?P<per>[^\W\d_]{1,5})(?![^\W\d_])")
_PER = "\u2215"  # (a division slash stands for a rate's own while a list is split)


def rates_kept(text: str) -> str:
    """``text`` with the slash of each per-unit rate in it (:data:`_RATE_SLASH`) written as a
    division slash, so that a list's split (``退货/赔偿``) does not cut it; :func:`rate_back`
    gives each part its slash back."""
    if "/" not in text or not any(c.isdigit() for c in text):
        return text
    units = _UNITS or _units()

    def keep(m: re.Match[str]) -> str:
        return m[0].replace("/", _PER) if units.per_unit(m["per"]) else m[0]

    return _RATE_SLASH.sub(keep, text)


def rate_back(part: str) -> str:
    """A part of a list split past :func:`rates_kept`, with its rate's slash as typed."""
    return part.replace(_PER, "/")


def distinct(values: list[Any]) -> list[Any]:
    """Each option once, in the order first named: ``Reemplazo / Replacement`` is one request
    written in two languages, not two."""
    return list(dict.fromkeys(values))


def options_of(term: type[Term]) -> Callable[[Any], Any]:
    """:func:`split_list` for a list of ``term``'s options, an option written in two languages
    kept whole: ``Заміна / Replacement`` (a Ukrainian word we lack and its English) is one
    replacement, never a list holding an unknown ``Заміна`` — the whole text is looked up first
    (:meth:`Term._lookup_slashed`: the half we know decides when the other, in another script,
    names nothing); ``退货/换货`` names two options and is split as before."""

    def split(value: Any) -> Any:
        if isinstance(value, str) and "/" in halfwidth(value) and (member := term.lookup(value.strip())):
            return [member]
        parts = split_list(value)
        return (
            [p for part in parts for p in _joined_options(term, part)] if isinstance(parts, list) else parts
        )

    return split


def _joined_options(term: type[Term], part: Any) -> list[Any]:
    """One part of a list as its options: ``退货并换货`` (two options joined by a word) is both,
    when each side names one of ``term``'s options and the whole names none; else the part."""
    if not isinstance(part, str) or term.lookup(part.strip()) is not None:
        return [part]
    sides = joined_sides(part)
    if len(sides) > 1 and all(term.lookup(s) is not None for s in sides):
        return sides
    return [part]


def split_list(value: Any) -> Any:
    """``退货、折让`` or ``☑退货 ☐换货 ☑折让`` to a list; lists pass through."""
    if blank(value):
        return []
    if isinstance(value, str):
        text = halfwidth(value)
        options = checked_options(text)
        if options is not None:
            return options
        return [rate_back(part) for part in _LIST_SEPARATORS.split(rates_kept(text)) if part.strip()]
    if isinstance(value, (Term,)):
        return [value]
    return value
