"""Month names in the languages of the forms a factory receives, from the Unicode CLDR (Babel).

A customer's form writes its dates in its own language: ``31 de março de 2026``, ``5 marca 2026``
(Polish, the genitive), ``16 Nisan 2026`` (Turkish), ``5. März 2026``, ``2026. március 5.``.
Babel holds every language's month names, wide and abbreviated, as written in a date and as
standing alone (CLDR's "format" and "stand-alone" forms: Polish and Czech write the month in
another case in a date); the table is made from it once, the first time a date with a month
word is read, and never at start-up.

Keys are folded (case and accents dropped: ``março`` is ``marco``, Turkish ``İ`` is ``i``). A
word that names different months in two languages of :data:`LOCALES` is left out unless they
agree. The languages of :data:`LATER` (Croatian, Serbian and Bosnian in Latin letters: ``5.
ožujka 2026.``) add their words where no language of :data:`LOCALES` has them; a word they read
otherwise (``listopad``: November in Czech and Polish, October in Croatian) keeps its reading of
:data:`LOCALES` and is *disputed* (:func:`disputed`): a date written with it is read, and said
to be checked.

Latvian writes a date's month in the locative (``2026. gada 5. martā``), a case the CLDR does
not list: it is made from the CLDR's nominative by the language's one rule (``marts`` →
``martā``, ``aprīlis`` → ``aprīlī``, ``maijs`` → ``maijā``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

from .memos import memo

# English first; then the languages of the factories' customers and plants abroad (Europe,
# the Americas, South-East Asia, the Caucasus and Central Asia: Georgian ``5 მარტი``, Kazakh
# ``5 наурыз``, Armenian ``5 մարտի`` (the genitive, CLDR's format form); East Africa: Swahili
# ``5 Machi``; Albanian ``5 mars``; Azerbaijani ``5 fevral``, Macedonian and Serbian in Cyrillic
# ``5 фебруар`` / ``5 јануари``, Icelandic ``5. ágúst``); Chinese, Japanese and Korean dates are written in figures,
# and so is Mongolian (``2026 оны 3 сарын 5``: values.py reads it by its pattern)
LOCALES = (
    "en", "es", "pt", "fr", "de", "it", "nl", "pl", "cs", "sk", "hu", "ro", "sl", "tr", "sv", "da",
    "nb", "fi", "et", "lv", "lt", "el", "bg", "ru", "uk", "ca", "id", "ms", "tl", "de_AT",
    "ka", "kk", "hy", "sw", "sq", "az", "mk", "sr", "is",
    "cy", "eu", "be", "uz", "lo",  # Welsh 5 Mawrth, Basque martxoa(ren), Belarusian сакавіка, Uzbek mart, Lao ມີນາ
    "ky", "tk", "lb", "ga", "mt", "af",  # Kyrgyz 5-март, Turkmen mart, Luxembourgish Abrëll, Irish Aibreán, Maltese Marzu, Afrikaans Maart
    "gl", "tt", "ha", "mg", "so", "rw",  # Galician xuño, Tatar март (марты), Hausa Maris, Malagasy Martsa, Somali Maarso, Kinyarwanda Werurwe
    "yo", "zu", "gn", "ku", "to", "qu",  # Yoruba (Oṣù) Ẹrẹ̀nà, Zulu Mashi, Guarani jasyapy, Kurmanji adar (adarê), Tongan Maʻasi, Peru's Setiembre
    "ig", "xh", "om", "tg", "haw", "ceb",  # Igbo Maachị, Xhosa Matshi, Oromo Bitootessa, Tajik март (марти), Hawaiian Malaki, Cebuano Marso
    "rm", "ba", "ast",  # Romansh (da) mars, d'avrigl; Bashkir ғинуар, март; Asturian (de) xineru, d'agostu
)  # fmt: skip
# spellings clerks type that the CLDR does not list: German's ``Mrz`` (DIN 5008's short March)
# and the umlaut written out (``Maerz``, ``Jaenner``) by a keyboard without it
EXTRA = {"mrz": 3, "maerz": 3, "jaenner": 1, "jaen": 1}
# the Māori months as New Zealand writes them (``5 Poutū-te-rangi 2026``): the CLDR lists only
# their English loans (Māehe, Āperira); these are glibc's ``mi_NZ`` locale's (``mon``), July's
# Hōngongoi beside its Hōngoingoi; their short forms (``Here``, ``Hui``, ``Pou``) are words of
# their own and left out. Looked up without case, accents and hyphens (:func:`fold`).
MAORI = (
    ("Kohi-tātea",), ("Hui-tanguru",), ("Poutū-te-rangi",), ("Paenga-whāwhā",), ("Haratua",), ("Pipiri",),
    ("Hōngongoi", "Hōngoingoi"), ("Here-turi-kōkā",), ("Mahuru",), ("Whiringa-ā-nuku",), ("Whiringa-ā-rangi",),
    ("Hakihea",),
)  # fmt: skip


def _wide(locale: str) -> tuple[str, ...]:
    """A language's wide month names in the CLDR (format context), January first."""
    from babel.dates import get_month_names

    return tuple(get_month_names("wide", "format", locale)[month] for month in range(1, 13))


# months the CLDR does not list for their language: Quechua's own (``5 Pauqar waray 2026``; the
# CLDR's ``qu`` has the Spanish names), as dateparser's ``qu`` data writes them; Samoan's (no CLDR
# locale), glibc's ``sm_WS`` (``mon``); Fijian's (no CLDR locale), MediaWiki's ``MessagesFj.php``;
# Haitian Creole's (the CLDR's ``ht`` has none), glibc's ``ht_HT`` (``mon``: lower case, ``jiyè``,
# ``oktòb``); Chamorro's (no CLDR locale: ``5 Matso 2026``), MediaWiki's ``MessagesCh.php``; Tetum's
# (no CLDR locale: ``5 Marsu 2026``), dayjs's ``tet`` locale; Bislama's (no CLDR locale: ``5 Maj 2026``
# is March, Danish and Swedish May — kept May and said to be checked, as Haitian ``jen``), MediaWiki's
# ``MessagesBi.php``. Each looked up as :data:`MAORI`'s. Every name here is one the CLDR does not give its
# language (tests/test_debts31.py): a language the CLDR names the months of takes the CLDR's
# names, and :data:`BESIDE_CLDR` adds only the spellings it lacks.
OTHERS = {
    "qu": ("Qulla puquy", "Hatun puquy", "Pauqar waray", "Ayriwa", "Aymuray", "Inti raymi", "Anta sitwa",
           "Qhapaq sitwa", "Uma raymi", "Kantaray", "Ayamarqʼa", "Kapaq raymi"),
    "sm": ("Ianuari", "Fepuari", "Mati", "Aperila", "Me", "Iuni", "Iulai", "Auguso", "Setema", "Oketopa",
           "Novema", "Tesema"),
    "fj": ("Janueri", "Veverueri", "Maji", "Epereli", "Me", "June", "Jiulai", "Okosita", "Seviteba", "Okotova",
           "Noveba", "Tiseba"),
    "ht": ("janvye", "fevriye", "mas", "avril", "me", "jen", "jiyè", "out", "septanm", "oktòb", "novanm",
           "desanm"),
    "ch": ("Eneru", "Febreru", "Matso", "Abrit", "Måyu", "Hunio", "Hulio", "Agosto", "Septembre", "Oktubre",
           "Nobiembre", "Disiembre"),
    "tet": ("Janeiru", "Fevereiru", "Marsu", "Abril", "Maiu", "Juñu", "Jullu", "Agustu", "Setembru", "Outubru",
            "Novembru", "Dezembru"),
    "bi": ("Januware", "Februari", "Maj", "Epril", "Mei", "Jun", "Julae", "Ogis", "Septemba", "Oktoba", "Novemba",
           "Desemba"),
}  # fmt: skip
# months of a language the CLDR has, spelt as the CLDR does not (month → spellings), read beside
# the CLDR's wide names of that language: Kurmanji's names of Kurdistan (``avrêl``, ``pûşper``,
# ``gelawêj``: MediaWiki's ``ku-latn`` messages) beside the CLDR's Turkish-Syriac ones (``nîsan``,
# ``hezîran``, ``tebax``); Igbo's as dateparser's ``ig`` data writes them (``Eprel``, ``Juun``
# beside the CLDR's ``Epreel``, ``Jun``); Oromo's as glibc's ``om_ET`` and dateparser's ``om``
# write them (``Elba``, ``Bitooteessa``: the CLDR has ``Eebila``, ``Bitootessa``); Sesotho's as
# glibc's ``st_ZA`` writes them (``Tlhakubele``, ``Mmese``, ``Leotse`` beside the CLDR's
# ``Hlakubele``, ``Mmesa``, ``Lwetse``); Setswana's March as glibc's ``tn_ZA`` writes it
# (``Mopitlwe``, the CLDR's ``Mopitlo``; its other eleven are the CLDR's).
BESIDE_CLDR: dict[str, dict[int, tuple[str, ...]]] = {
    "ku": {2: ("Reşemî",), 4: ("Avrêl",), 6: ("Pûşper",), 8: ("Gelawêj",), 9: ("Rezber",), 10: ("Kewçêr",),
           11: ("Sermawez",)},
    "ig": {4: ("Eprel",), 6: ("Juun",)},
    "om": {3: ("Bitooteessa",), 4: ("Elba",), 5: ("Caamsa",), 7: ("Adooleessa",), 9: ("Fuulbana",),
           10: ("Onkololeessa",), 12: ("Muddee",)},
    "st": {3: ("Tlhakubele",), 4: ("Mmese",), 9: ("Leotse",)},
    "tn": {3: ("Mopitlwe",)},
}  # fmt: skip
# Wolof, Shona, Sesotho, Chichewa, Tok Pisin and Breton: the CLDR's wide names only, here and not
# in LOCALES — their short forms clash with the months of LOCALES (Sesotho's ``Jan`` is June, Shona's
# ``Gun`` September): in LOCALES they would leave ``Jan`` no month word at all. So too Lingala
# (``sánzá ya mísáto``), Scottish Gaelic (``dhen Mhàrt``, the genitive after an ordinal day: CLDR's
# format names), Ewe (``tedoxe``), West Frisian (``maaie``) and Setswana (``Mopitlo``). Kirundi
# (``5 Ntwarante 2026``: the CLDR's abbreviations are Kinyarwanda's, and its ``Nyakanga`` is
# September, Kinyarwanda's July — kept July, said to be checked), Sango (``24 Mbängü 2026``; its
# ``Ful`` is Oromo's September), Tsonga (``5 Nyenyankulu 2026``; its ``Sun``, ``Yan``, ``Mud``,
# ``Maw`` are Tongan's, Azerbaijani's, Oromo's and Welsh months) and Sundanese (``5 Pébruari 2026``;
# its weekday ``Sap``, Saturday, is Tongan's Sunday, so it stays out of LOCALES' weekdays) so too,
# and Luganda (``28 Apuli 2026``) and Bambara (``17 awirili 2026``). Luganda's short ``Apu``, and
# Bambara's wide names ``mɛ`` (May) and ``uti`` (August) themselves, are too short to read a month
# by (:data:`SCOPED_LETTERS`): ``5 mɛ 2026`` is read as no date, left to the clerk.
# Read when a month word is first looked up, as every CLDR table here: importing the module loads
# no locale.
# Manx (``5 Mayrnt 2026``: March, though it begins as English May; its abbreviation ``Avrril``), Cornish
# (``5 mis Meurth 2026``; its ``Me``, ``Du`` are no words to read alone) and Papiamento (``5 di mart
# 2026``; its abbreviations ``Sèp``, ``Òkt``) so too.
WIDE_ONLY = ("wo", "sn", "st", "ny", "tpi", "br", "ln", "gd", "ee", "fy", "tn", "rn", "sg", "ts", "su", "lg", "bm",
             "gv", "kw", "pap")  # fmt: skip


@lru_cache(maxsize=1)
def _others() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Each language's month spellings, January first, of the languages read apart from
    :data:`LOCALES`' tables: :data:`OTHERS`' names, and the CLDR's wide names of :data:`WIDE_ONLY`
    and of the languages of :data:`BESIDE_CLDR` with its spellings beside them."""
    out: dict[str, tuple[tuple[str, ...], ...]] = {
        language: tuple((name,) for name in names) for language, names in OTHERS.items()
    }
    for language in dict.fromkeys((*WIDE_ONLY, *BESIDE_CLDR)):
        more = BESIDE_CLDR.get(language, {})
        out[language] = tuple((name, *more.get(month, ())) for month, name in enumerate(_wide(language), 1))
    return out


# languages whose month words clash with those above (Croatian listopad is October): see the note
LATER = ("hr", "sr_Latn", "bs")


# the ʻokina, glottal stop or apostrophe a clerk types for it (Tongan ``Maʻasi``, ``ʻEpeleli``:
# U+02BB, or ‘ ’ ' ʼ in its place), kept as ``'`` by :func:`fold`
_APOSTROPHES = str.maketrans(dict.fromkeys("\u02bb\u02bc\u2018\u2019", "'"))
# the letters written with a stroke, which Unicode does not decompose into a letter and a mark
# (Venetian ``apriłe``, Polish ``ł``, Danish ``ø``, Croatian ``đ``): folded to their letter
_STROKES = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ŧ": "t", "ƀ": "b", "ɨ": "i", "ƶ": "z"})


def fold(word: str) -> str:
    """``Março`` → ``marco``, ``İşlem`` → ``islem``, ``déc.`` → ``dec``, ``Poutū-te-rangi`` →
    ``pouturangi``, ``ʻEpeleli`` → ``'epeleli``, ``Inti  raymi`` → ``inti raymi``: case, accents,
    hyphens and a trailing point dropped, as a month word is looked up; its spaces (one) and its
    ʻokina (as ``'``) kept, which only a name having them may leave out (:func:`_spellings`)."""
    text = (
        unicodedata.normalize("NFKD", word.casefold()).strip(". ").translate(_APOSTROPHES).translate(_STROKES)
    )
    return " ".join("".join(c for c in text if not unicodedata.combining(c) and c != "-").split())


def _spellings(key: str) -> set[str]:
    """The folded ways a month word is written: as it is, and with the spaces between its words
    (``Pauqar waray``: ``pauqarwaray``) or its ʻokina (``Maʻasi``: ``maasi``) left out — never
    with a space or an apostrophe the name has not (``mar zo``, ``Ma'ti`` are no months)."""
    found = {key, key.replace("'", "")}
    return found | {k.replace(" ", "") for k in found}


def _letters(key: str) -> int:
    return len(key.replace(" ", "").replace("'", ""))


def _names(locales: tuple[str, ...]) -> dict[str, set[int]]:
    """Folded month word → the months it names in ``locales``."""
    from babel.dates import get_month_names  # (imported here: a date with a month word is rare)

    found: dict[str, set[int]] = {}
    for locale in locales:
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for month, name in get_month_names(width, context, locale).items():
                    for word in (
                        name,
                        *_latvian_locative(locale, width, name),
                        *_tatar_possessive(locale, width, name),
                        *_yoruba_bare(locale, name),
                        *_izafe(locale, name, width),
                    ):
                        if _letters(fold(word)) >= 3:  # (no one- or two-letter word: too many things are)
                            for key in _spellings(fold(word)):
                                found.setdefault(key, set()).add(month)
    return found


def _latvian_locative(locale: str, width: str, name: str) -> tuple[str, ...]:
    """A Latvian month's locative, as a date writes it: ``marts`` → ``martā``, ``aprīlis`` →
    ``aprīlī``, ``jūnijs`` → ``jūnijā`` (-is → -ī, any other -s → -ā)."""
    if locale != "lv" or width != "wide" or not name.endswith("s"):
        return ()
    return (name[:-2] + "ī",) if name.endswith("is") else (name[:-1] + "ā",)


def _tatar_possessive(locale: str, width: str, name: str) -> tuple[str, ...]:
    """A Tatar month with its possessive ending, as a date writes it after the year's genitive
    (``2026 елның 5 марты``: "the 5th of the year 2026's March"): ``март`` → ``марты``, ``апрель``
    → ``апреле``, ``май`` → ``мае`` (after a soft sign or й, -е in its place; else -ы)."""
    if locale != "tt" or width != "wide":
        return ()
    return (name[:-1] + "е",) if name.endswith(("ь", "й")) else (name + "ы",)


def _yoruba_bare(locale: str, name: str) -> tuple[str, ...]:
    """A Yoruba month without the word ``Oṣù`` ("month") the CLDR writes before its name, as a
    date writes it (``5 Ẹrẹ̀nà 2026``; ``Oṣù Ẹrẹ̀nà`` is March)."""
    head, _, rest = name.partition(" ")
    return (rest,) if locale == "yo" and rest and fold(head) == "osu" else ()


class Izafe(NamedTuple):
    """A language's izafe, the ending joining a noun to the word after it (``5 марти``, "the 5th
    of March"; ``сомонии Тоҷикистон``, "somoni of Tajikistan"): after a consonant, after a vowel,
    and how a noun's last letter is written before it (``before``: letter → written)."""

    after_consonant: str
    after_vowel: str
    before: tuple[tuple[str, str], ...] = ()


# the izafe by language: Kurmanji ``5ê adarê 2026``, ``reşemiyê``; Tajik ``24 марти 2026``, ``майи``,
# a final ӣ written и before it (``сомонӣ`` → ``сомонии``) — added to a month's wide name (not the
# CLDR's abbreviations: :func:`_izafe`), taken off a currency's name (:func:`without_izafe`)
IZAFE = {"ku": Izafe("ê", "yê"), "tg": Izafe("и", "и", (("ӣ", "и"),))}


def _izafe(locale: str, name: str, width: str = "wide") -> tuple[str, ...]:
    """A month's name with its language's izafe (:data:`IZAFE`), if that language has one."""
    izafe = IZAFE.get(locale)
    if izafe is None or width != "wide":
        return ()
    for letter, written in izafe.before:
        if name.endswith(letter):
            name = name[: -len(letter)] + written
    return (name + (izafe.after_vowel if fold(name)[-1:] in "aeiou" else izafe.after_consonant),)


def without_izafe(language: str, word: str) -> tuple[str, ...]:
    """``word`` without its language's izafe (:data:`IZAFE`), its last letter as written alone:
    the Tajik ``сомонии`` (the CLDR's name joins it to its country) → ``сомонӣ``; () when the
    language has none, or the word is too short to have one (three letters or fewer)."""
    izafe = IZAFE.get(language)
    if izafe is None or len(word) < 4:
        return ()
    for ending in sorted({izafe.after_consonant, izafe.after_vowel}, key=len, reverse=True):
        if word.endswith(ending):
            bare = word[: -len(ending)]
            for letter, written in izafe.before:
                if bare.endswith(written):
                    return (bare[: -len(written)] + letter,)
            return (bare,)
    return ()


# the letters beyond English's a language writes, by which a form's own texts may show it is
# written in it (:func:`cued_languages`, :func:`scoped_month`): Kurmanji's ê î û ş, Samoan's and
# Tongan's ʻokina and long vowels, Yoruba's dotted letters — a form shows the language only by
# those of them together no other language of the month tables writes (:func:`_others_letters`)
CUE_LETTERS = {"ku": "êîûş", "sm": "\u02bbāēīōū", "to": "\u02bbāēīōū", "yo": "ẹọṣ"}
# a month word of this many letters or fewer that one language of CUE_LETTERS alone names is
# too short to tell its language by itself (Kurmanji ``Adar``: March, also the Hebrew calendar's
# month; Samoan ``Mati``: March, also a name): read only where the form shows that language
SCOPED_LETTERS = 4


def _languages_of(key: str, tables: dict[str, dict[str, set[int]]]) -> set[str]:
    return {language for language, names in tables.items() if key in names}


@lru_cache(maxsize=1)
def _by_language() -> dict[str, dict[str, set[int]]]:
    """Each language of the month tables (:data:`LOCALES`, :data:`LATER` and the languages read
    apart, :func:`_others`) → its folded month words → the months each names there."""
    tables: dict[str, dict[str, set[int]]] = {}
    for locale in (*LOCALES, *LATER):  # de and de_AT, sr and sr_Latn: one language, words of both
        own = tables.setdefault(locale.split("_")[0], {})
        for key, months in _names((locale,)).items():
            own.setdefault(key, set()).update(months)
    for locale, names in _others().items():
        own = tables.setdefault(locale, {})
        for month, spellings in enumerate(names, 1):
            for word in (word for name in spellings for word in (name, *_izafe(locale, name))):
                for key in _spellings(fold(word)):
                    own.setdefault(key, set()).add(month)
    return tables


def month_languages(texts: list[str]) -> frozenset[str]:
    """The languages a form's other dates name their months in: each month word of ``texts``
    (three letters or more) that one language alone names (``Ntwarante``: Kirundi's March, no
    other language's month) says its language; a word several name says none."""
    tables = _by_language()
    found = set()
    for text in texts:
        for word in re.findall(r"[^\W\d_]{3,}", text):
            key = fold(word)
            languages = _languages_of(key, tables)
            if len(languages) == 1:
                found |= languages
    return frozenset(found)


@lru_cache(maxsize=1)
def _scoped() -> dict[str, tuple[str, int]]:
    """Folded month word → (its one language of :data:`CUE_LETTERS`, its month), for the short
    words (:data:`SCOPED_LETTERS`) no other language names."""
    tables = _by_language()
    out: dict[str, tuple[str, int]] = {}
    for language in CUE_LETTERS:
        for key, months in tables.get(language, {}).items():
            if (
                _letters(key) <= SCOPED_LETTERS
                and len(months) == 1
                and _languages_of(key, tables) == {language}
            ):
                out[key] = (language, next(iter(months)))
    return out


def cued_languages(texts: list[str]) -> frozenset[str]:
    """The languages of :data:`CUE_LETTERS` whose letters a form's own texts write, those of them
    together no other language writes all of (:func:`_others_letters`): Kurmanji by ş with ê, î
    or û (French writes ê î û, Turkish ş: ``Fenêtre`` alone is French), Samoan and Tongan by the
    ʻokina (Latvian writes ā ē ī ū: ``Rīga``)."""
    text = " " + " ".join(texts).casefold()
    out = set()
    for language, letters in CUE_LETTERS.items():
        seen = _cues(text, letters)
        if seen and not any(seen <= others for others in _others_letters(language, letters)):
            out.add(language)
    return frozenset(out)


@lru_cache(maxsize=8)
def _others_letters(language: str, letters: str) -> tuple[frozenset[str], ...]:
    """The letters each other language of the month tables (:data:`LOCALES`, :data:`LATER`)
    writes, by the CLDR's texts in it (its names of countries, languages, months and days). A
    sister language writing every one of ``letters`` (Hawaiian: Samoan's and Tongan's ʻokina and
    long vowels) is left out: its own month words are never scoped ones (:func:`_scoped`)."""
    from babel import Locale

    out = []
    for name in (*LOCALES, *LATER):
        locale = Locale.parse(name)
        if locale.language != language and locale.language not in CUE_LETTERS:
            texts = (
                *locale.territories.values(),
                *locale.languages.values(),
                *locale.months["format"]["wide"].values(),
                *locale.days["format"]["wide"].values(),
            )
            written = " " + " ".join(texts).casefold()
            if not set(letters) <= set(written):
                out.append(_cues(written, letters))
    return tuple(out)


def _cues(text: str, letters: str) -> frozenset[str]:
    """The ``letters`` a text writes; a modifier letter with the letter before it (Uzbek writes
    the ʻ of ``oʻ`` and ``gʻ`` only, Samoan and Tongan the ʻokina after a vowel, or first)."""
    return frozenset(
        text[i - 1 : i + 1] if unicodedata.category(c) == "Lm" else c
        for i, c in enumerate(text)
        if c in letters and i
    )


def scoped_month(word: str, languages: frozenset[str]) -> int | None:
    """The month a short month word of one language names (:func:`_scoped`: ``Adar``, ``Mati``)
    when that language is among ``languages`` (the form's, :func:`cued_languages`); None else."""
    found = _scoped().get(fold(word))
    return found[1] if found is not None and found[0] in languages else None


def cued_month(word: str, languages: frozenset[str]) -> int | None:
    """The month ``word`` names in one of ``languages`` among the languages only :data:`OTHERS`
    and :data:`WIDE_ONLY` read (the CLDR's and glibc's names): their short words too (Breton
    ``Here``, ``Mae``, ``Eost``: English "here", Luxembourgish "Mäe"), which are no month words by
    themselves (:func:`_tables`) — for a date whose own words name the language (Breton ``a viz``,
    :data:`kesu_docs.values.DAY_FIRST_WORDS`). None when none of them names it one month."""
    key = fold(word)
    found = {
        month for language in languages & _others().keys() for month in _months_in(language).get(key, ())
    }
    return found.pop() if len(found) == 1 else None


@lru_cache(maxsize=32)
def _months_in(language: str) -> dict[str, frozenset[int]]:
    """Folded month word → the months it names in one language of :func:`_others`."""
    found: dict[str, set[int]] = {}
    for month, spellings in enumerate(_others()[language], 1):
        for word in (word for name in spellings for word in (name, *_izafe(language, name))):
            for key in _spellings(fold(word)):
                found.setdefault(key, set()).add(month)
    return {key: frozenset(months) for key, months in found.items()}


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, int], frozenset[str]]:
    """The month words (:func:`month_words`) and the disputed ones (:func:`disputed`); a short
    word of one language (:func:`_scoped`) is no month word by itself."""
    first = _names(LOCALES)
    words = {key: next(iter(months)) for key, months in first.items() if len(months) == 1}
    later = _names(LATER)
    disputed = {key for key, months in later.items() if key in first and months != first[key]}
    words |= {
        key: next(iter(months)) for key, months in later.items() if key not in first and len(months) == 1
    }
    maori = {
        key: month for month, names in enumerate(MAORI, 1) for name in names for key in _spellings(fold(name))
    }
    others = {
        key: month
        for locale, names in _others().items()
        for month, spellings in enumerate(names, 1)
        for name in spellings
        for word in (name, *_izafe(locale, name))
        # (a CLDR-only language's short word — Breton Here, October — is English "here" too: read
        # only where the form shows that language, as the short words of _scoped)
        if _letters(fold(word)) >= 3 and (locale not in WIDE_ONLY or _letters(fold(word)) > SCOPED_LETTERS)
        for key in _spellings(fold(word))
    }
    scoped = _scoped()
    every = {**EXTRA, **maori, **others, **words}
    # a word of the other languages another one reads as another month (Haitian jen, June; out,
    # August: the CLDR's January, October): the first one's month kept, said to be checked
    disputed |= {key for key, month in others.items() if every[key] != month}
    return {key: month for key, month in every.items() if key not in scoped}, frozenset(disputed)


@lru_cache(maxsize=1)
def _weekdays() -> dict[str, int]:
    """Folded weekday name → its day (Monday 0), over :data:`LOCALES`, wide and abbreviated (none
    of fewer than three letters); a word naming different days in two languages is left out."""
    from babel.dates import get_day_names

    found: dict[str, set[int]] = {}
    for locale in LOCALES:
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for day, name in get_day_names(width, context, locale).items():
                    if _letters(fold(name)) >= 3:
                        for key in _spellings(fold(name)):
                            found.setdefault(key, set()).add(day)
    return {key: next(iter(days)) for key, days in found.items() if len(days) == 1}


def weekday_of(word: str) -> int | None:
    """The day of the week (Monday 0) a word names in any of :data:`LOCALES` (``Lwesine``, Xhosa
    Thursday: 3; ``Pōʻahā``, Hawaiian, the CLDR's ``Poʻahā``: 3), or None."""
    return _weekdays().get(fold(word))


def month_words() -> dict[str, int]:
    """Folded month word → its month (1–12), over :data:`LOCALES` and :data:`LATER`."""
    return _tables()[0]


def disputed(word: str) -> bool:
    """True for a month word another language reads as another month (``listopad``: read as
    November, October in Croatian), so that a date written with it is said to be checked."""
    return fold(word) in _tables()[1]


def month_of(word: str) -> int | None:
    """The month a word names in any of :data:`LOCALES` (and the tables beside them), or else in
    any other language the CLDR has (:func:`_every_other`), or None."""
    key = fold(word)
    found = month_words().get(key)
    return found if found is not None or key in _scoped() else _every_other().get(key)


# the fewest letters a word read by :func:`near_month` has (``måss``: four; a shorter word is too
# often one edit from some language's month)
NEAR_LETTERS = 4


@memo
@lru_cache(maxsize=4096)
def near_month(word: str) -> int | None:
    """The month a word no table knows names by one slip from a month word of some language — one
    letter more, less, other or two swapped (Scots ``Mairch``: ``march``; Walloon ``måss``:
    ``mars``) — when every such word names that one month; None else. A guess, read only in a
    date's place and always said to be checked (``month_guessed``: :func:`.values.date_in_doubt`)."""
    key = fold(word)
    if not all(unicodedata.category(ch) in ("Ll", "Lu", "Lt", "Lo") for ch in word):
        return None  # (``Gulʻan``: an apostrophe — ʻ a letter to Python — is left out only of a month written with one)
    if len(key) < NEAR_LETTERS or " " in key or month_of(word) is not None or key in _scoped():
        return None  # (a month word of one language only — Kurmanji ``Adar`` — is no slip on another's form)
    words = _all_words()
    months = {words[other] for other in _near_candidates(key) if _one_edit(key, other)}
    return months.pop() if len(months) == 1 else None


def _near_candidates(key: str) -> set[str]:
    """The wide month words that may be one slip from ``key``: those sharing a form of one letter
    fewer with it, or it whole (every word one edit away is among them; :func:`_one_edit` tells)."""
    index = _by_deletion()
    return {w for form in (key, *_deletions(key)) for w in index.get(form, ())}


@lru_cache(maxsize=1)
def _by_deletion() -> dict[str, tuple[str, ...]]:
    """Each wide month word (:func:`_all_words`) under itself and each of its forms of one letter
    fewer: a word's near months are looked up, never searched for among them all."""
    out: dict[str, list[str]] = {}
    for word in _all_words():
        for form in {word, *_deletions(word)}:
            out.setdefault(form, []).append(word)
    return {form: tuple(words) for form, words in out.items()}


def _deletions(word: str) -> set[str]:
    """``word`` with one of its letters left out, each way."""
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


@lru_cache(maxsize=1)
def _all_words() -> dict[str, int]:
    """Every folded wide month word of :data:`NEAR_LETTERS` letters or more that names one month."""
    found = {k: m for k, m in (*month_words().items(), *_every_other().items()) if len(k) >= NEAR_LETTERS}
    return {k: m for k, m in found.items() if " " not in k and "'" not in k}


def _one_edit(a: str, b: str) -> bool:
    """Are ``a`` and ``b`` one letter added, dropped, changed or two neighbours swapped apart?"""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        return len(diff) == 1 or (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
    short, long = (a, b) if len(a) < len(b) else (b, a)
    i = next((i for i, (x, y) in enumerate(zip(short, long)) if x != y), len(short))
    return short[i:] == long[i + 1 :]


# the fewest letters a month word of :func:`_every_other` has (``Març``, Friulian March: four)
OTHER_LETTERS = 4


@lru_cache(maxsize=1)
def _every_other() -> dict[str, int]:
    """:func:`_every_other_of_cldr` as its generated index holds it (``_other_months.py``, a dict
    read, issue 15: the CLDR's every locale costs seconds to load) while the index's SOURCE is
    this module's and Babel's digest (:func:`other_months_source`); else made from the CLDR."""
    from .generated import is_current

    try:
        from . import _other_months
    except ImportError:
        return _every_other_of_cldr()
    if not is_current(_other_months.SOURCE, other_months_source()):
        return _every_other_of_cldr()
    return _other_months.MONTHS


@lru_cache(maxsize=1)
def day_month_links() -> frozenset[str]:
    """:func:`_day_month_links_of_cldr` as the generated index holds it (``_other_months.py``'s
    ``LINKS``, while current: :func:`_every_other`), else made from the CLDR."""
    from .generated import is_current

    try:
        from . import _other_months
    except ImportError:
        return _day_month_links_of_cldr()
    links = getattr(_other_months, "LINKS", None)
    if links is None or not is_current(_other_months.SOURCE, other_months_source()):
        return _day_month_links_of_cldr()
    return frozenset(links)


def _day_month_links_of_cldr() -> frozenset[str]:
    """The words the CLDR's date formats write between a day and its month's name (folded: the
    quoted literals of ``d 'de' MMMM``, ``d 'di' MMMM``, Gaelic's ``d'mh' MMMM``), in every
    language the CLDR has, less the words any language writes between the two dates of a range
    (Portuguese ``5 a 7``, Persian ``تا``, Polish ``do``): a word joining a day to a month surely.
    Any other short word there (``12 до марта``, until March; ``5 bis März``) is no link the CLDR
    knows: a date read so is said (:func:`.values.unsure_link`). Every locale's formats: seconds."""
    from babel import Locale
    from babel.dates import tokenize_pattern
    from babel.localedata import locale_identifiers

    links: set[str] = set()
    ranges: set[str] = set()
    for name in sorted(i for i in locale_identifiers() if "_" not in i):
        locale = Locale.parse(name)
        patterns = [locale.date_formats[width].pattern for width in ("long", "full")]
        skeletons = locale.datetime_skeletons
        patterns += [skeletons[s].pattern for s in ("MMMMd", "yMMMMd", "MMMd", "yMMMd") if s in skeletons]
        for pattern in patterns:
            links.update(w for text in _day_to_month(tokenize_pattern(pattern)) for w in _words(text))
        intervals = locale.interval_formats
        fallback = intervals.get(None)
        if isinstance(fallback, str):
            ranges.update(_words(fallback.replace("{0}", " ").replace("{1}", " ")))
        for skeleton, by_part in intervals.items():
            if skeleton is not None:
                for parts in by_part.values():  # (the first date and the second; one alone: no range)
                    if len(parts) == 2:
                        ranges.update(_words(_trailing_text(tokenize_pattern(parts[0]))))
    return frozenset(links - ranges)


def _words(text: str) -> set[str]:
    return {link_key(w) for w in re.findall(r"[^\W\d_]+", text)}


def link_key(word: str) -> str:
    """A word as :func:`day_month_links` holds it: composed and case-folded, its accents kept
    (Kurdish ``ê`` is no ``e``)."""
    return unicodedata.normalize("NFC", word).casefold()


def _day_to_month(tokens: Sequence[tuple[str, object]]) -> list[str]:
    """The literal text of a tokenized date pattern between a day (``d``) and a month's name
    (``MMM``/``MMMM``, ``LLL``/``LLLL``) straight after it."""
    out: list[str] = []
    for i, (kind, value) in enumerate(tokens):
        if kind != "field" or not isinstance(value, tuple) or value[0] != "d":
            continue
        text: list[str] = []
        for later_kind, later in tokens[i + 1 :]:
            if later_kind == "field":
                if isinstance(later, tuple) and later[0] in "ML" and later[1] >= 3:
                    out.append("".join(text))
                break
            text.append(str(later))
    return out


def _trailing_text(tokens: Sequence[tuple[str, object]]) -> str:
    """The literal text after the last field of a tokenized pattern (a range's first date: ``d 'to' ``)."""
    text: list[str] = []
    for kind, value in reversed(tokens):
        if kind == "field":
            break
        text.append(str(value))
    return "".join(reversed(text))


def other_months_source() -> str | None:
    """This module's size and CRC-32 with Babel's version: what :func:`_every_other_of_cldr` is
    made from (an edit here, another CLDR, changes it); None when this module cannot be read."""
    import babel

    from .generated import source_digest

    digest = source_digest("month_names", __file__)
    return None if digest is None else f"{digest} babel:{babel.__version__}"


def write_other_months_index() -> str:
    """Write ``_other_months.py`` (:func:`_every_other_of_cldr` as a dict); → its path. Run after
    changing this module or Babel (tests/test_fixh33.py says when):
    ``python -c "from kesu_docs.month_names import write_other_months_index; write_other_months_index()"``."""
    import os

    from .generated import write_module

    path = write_module(os.path.join(os.path.dirname(__file__), "_other_months.py"), other_months_text())
    _every_other.cache_clear()
    day_month_links.cache_clear()
    return path


def other_months_text() -> str:
    """The text of ``_other_months.py`` for this module and Babel as they are."""
    import json

    from .generated import module_text

    doc = [
        '"""The month words of every CLDR language the month tables do not read (folded word → month),',
        "as ``kesu_docs.month_names._every_other_of_cldr()`` makes them, and the words joining a day",
        "to its month (``_day_month_links_of_cldr()``: LINKS), for a dict read (issue 15).",
        "Written by ``kesu_docs.month_names.write_other_months_index()``: do not edit; used only while",
        'SOURCE is month_names.py\'s and Babel\'s digest (else made from the CLDR)."""',
    ]
    body = [
        "MONTHS: dict[str, int] = {",
        *(
            f"    {json.dumps(key, ensure_ascii=False)}: {month},"
            for key, month in sorted(_every_other_of_cldr().items())
        ),
        "}",
        "",
        "LINKS: tuple[str, ...] = (",
        *(f"    {json.dumps(word, ensure_ascii=False)}," for word in sorted(_day_month_links_of_cldr())),
        ")",
    ]
    return module_text(doc, "SOURCE", other_months_source(), body)


def _every_other_of_cldr() -> dict[str, int]:
    """Folded month word → its month, in every language the CLDR (Babel) has that the tables
    above do not read: Northern Sami ``njukčamánnu``, Sardinian ``martzu``, Friulian ``Març``,
    Upper Sorbian ``měrca``, Esperanto ``marto`` — their wide names, as written in a date and
    standing alone, of four letters or more (no abbreviation: too many are other words). Looked
    up only for a word the tables above do not know (:func:`month_of`): a word they read keeps
    their reading; a word two of these languages read as different months is left out. Read the
    first time such a word is looked up (a second or two: every locale's months)."""
    from babel.dates import get_month_names
    from babel.localedata import locale_identifiers

    known = {name.split("_")[0] for name in (*LOCALES, *LATER, *_others())}
    found: dict[str, set[int]] = {}
    for language in sorted(name for name in locale_identifiers() if "_" not in name and name not in known):
        for context in ("format", "stand-alone"):
            for month, name in get_month_names("wide", context, language).items():
                if _letters(fold(name)) >= OTHER_LETTERS:
                    for key in _spellings(fold(name)):
                        found.setdefault(key, set()).add(month)
    return {key: next(iter(months)) for key, months in found.items() if len(months) == 1}


# the letters only one of the languages that read a month word otherwise writes (Polish ł, Czech ř,
# Croatian đ), by which a form's own texts say its language (:func:`language_of`)
_OWN_LETTERS = {"pl": "ąęłńśźż", "cs": "řěůť", "sk": "ľĺŕô", "hr": "đ"}


def language_of(texts: list[str]) -> str | None:
    """The language a form's texts are written in, among those reading a disputed month word
    otherwise (Polish, Czech, Slovak, Croatian), by the letters only it writes; Croatian too by
    its ``ć`` where no Polish letter stands (``Puknuće kućišta``). None when they name none, or
    several (a Polish buyer of a Czech plant)."""
    text = " ".join(texts).casefold()
    found = {lang for lang, letters in _OWN_LETTERS.items() if any(c in text for c in letters)}
    if not found and "ć" in text:
        found = {"hr"}
    return found.pop() if len(found) == 1 else None


def month_in(word: str, locale: str) -> int | None:
    """The month ``word`` names in one language (``listopada``: 11 in ``pl``, 10 in ``hr``;
    ``Nyakanga``: 9 in ``rn``, 7 in ``rw``), or None when that language has no such month word."""
    months = _by_language().get(locale.split("_")[0], {}).get(fold(word), set())
    return next(iter(months)) if len(months) == 1 else None
