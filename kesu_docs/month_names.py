"""Month names in the languages of the forms a factory receives, from the Unicode CLDR (Babel).

A customer's form writes its dates in its own language: ``31 de março de 2026``, ``5 marca 2026``
(Polish, the genitive), ``16 Nisan 2026`` (Turkish), ``5. März 2026``, ``2026. március 5.``.
Babel holds every language's month names, wide and abbreviated, as written in a date and as
standing alone (CLDR's "format" and "stand-alone" forms: Polish and Czech write the month in
another case in a date); the table is made from it once, the first time a date with a month
word is read, and never at start-up.

Keys are folded (case and accents dropped: ``março`` is ``marco``, Turkish ``İ`` is ``i``). A
word that names different months in two languages (``listopad``: November in Czech and Polish,
October in Croatian) is left out unless the languages kept here agree.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# English first; then the languages of the factories' customers and plants abroad (Europe,
# the Americas, South-East Asia); Chinese, Japanese and Korean dates are written in figures
LOCALES = (
    "en", "es", "pt", "fr", "de", "it", "nl", "pl", "cs", "sk", "hu", "ro", "sl", "tr", "sv", "da",
    "nb", "fi", "et", "lv", "lt", "el", "bg", "ru", "uk", "ca", "id", "ms", "tl", "de_AT",
)  # fmt: skip
# spellings clerks type that the CLDR does not list: German's ``Mrz`` (DIN 5008's short March)
# and the umlaut written out (``Maerz``, ``Jaenner``) by a keyboard without it
EXTRA = {"mrz": 3, "maerz": 3, "jaenner": 1, "jaen": 1}


def fold(word: str) -> str:
    """``Março`` → ``marco``, ``İşlem`` → ``islem``, ``déc.`` → ``dec``: case, accents and a
    trailing point dropped, as a month word is looked up."""
    text = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in text if not unicodedata.combining(c)).strip(". ")


@lru_cache(maxsize=1)
def month_words() -> dict[str, int]:
    """Folded month word → its month (1–12), over :data:`LOCALES`."""
    from babel.dates import get_month_names  # (imported here: a date with a month word is rare)

    found: dict[str, set[int]] = {}
    for locale in LOCALES:
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for month, name in get_month_names(width, context, locale).items():
                    key = fold(name)
                    if len(key) >= 3:  # (no one- or two-letter word: too many things are)
                        found.setdefault(key, set()).add(month)
    words = {key: months.pop() for key, months in found.items() if len(months) == 1}
    return {**EXTRA, **words}


def month_of(word: str) -> int | None:
    """The month a word names in any of :data:`LOCALES`, or None."""
    return month_words().get(fold(word))
