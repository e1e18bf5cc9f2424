"""Kangxi radicals and CJK radical supplements read back as the ideographs they were printed for.

A PDF printed by Chromium (or any writer that subsets Noto Sans / Serif CJK) writes one glyph
for a radical and for the ideograph it looks like: the font's ``⽇`` (U+2F47 KANGXI RADICAL SUN)
and ``日`` (U+65E5) are one drawing. The PDF's ToUnicode map then names the glyph by whichever
code point the writer met first, and pdfminer gives ``退貨⽇期``, ``⾸⾴``, ``⻓城汽⻋``: words no
label, no date and no search matches although they look right on the screen and on paper.

:func:`unified` maps them back: the Kangxi radicals (U+2F00–U+2FD5) by their Unicode
compatibility decomposition (NFKC: ``⽇`` → ``日``), the CJK Radicals Supplement (U+2E80–U+2EF3,
which NFKC leaves alone but for two) by :data:`_SUPPLEMENT`: each radical to the ideograph Noto
Sans CJK (SC, TC, HK, JP, KR) draws with the same glyph (``⻓`` → ``长``, ``⻋`` → ``车``,
``⻔`` → ``门``), the table made once with fontTools from the font's character map. One radical
stands for two ideographs depending on the script: ``⼾`` is ``户`` in simplified Chinese (the
SC font's glyph) and ``戶`` in traditional (NFKC's), so the caller says which script the page
is in (:func:`traditional_page`).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from ..lazy_re import lazy_re

_RADICAL = lazy_re(r"[\u2e80-\u2ef3\u2f00-\u2fd5]")

# CJK Radicals Supplement → the unified ideograph of the same glyph in Noto Sans CJK
_SUPPLEMENT = str.maketrans(
    "⺂⺃⺅⺇⺉⺋⺍⺎⺏⺐⺒⺓⺔⺕⺖⺘⺙⺛⺞⺟⺠⺡⺣⺤⺦⺨⺩⺫⺭⺮⺯⺰⺱⺲⺳⺹⺺⺽⺾⺿⻂⻃⻄⻅⻆⻇⻈⻉⻊⻋⻌⻍⻎⻐⻑⻒⻓⻔⻕⻖⻘⻙⻚⻛⻜⻝⻞⻟⻠⻡⻢⻣⻤⻥⻦⻧⻨⻩⻪⻫⻬⻭⻮⻯⻰⻱⻲⻳",
    "乛乚亻𠘨刂㔾𭕄兀尣尢巳幺彑彐忄扌攵旡歺母民氵灬爫丬犭𤣩罒礻𥫗糹纟罓罒㓁耂肀𦥑艹艹衤覀西见角𧢲讠贝𧾷车辶辶辶钅長镸长门𨸏阝青韦页风飞食𩙿飠饣𩠐马骨鬼鱼鸟卤麦黄黾斉齐歯齿竜龙龜亀龟",
)
_DOOR = "\u2f3e"  # ⼾ KANGXI RADICAL DOOR: 户 (simplified, Noto SC) or 戶 (traditional, NFKC)


def has_radicals(text: str) -> bool:
    """Does a text hold a Kangxi radical or a radical supplement (a glyph read back as one)?"""
    return _RADICAL.search(text) is not None


def unified(text: str, traditional: bool = True) -> str:
    """``text`` with every Kangxi radical and radical supplement as its unified ideograph
    (``退貨⽇期`` → ``退貨日期``); ``traditional`` says how to read ``⼾`` (戶, else 户)."""
    if not has_radicals(text):
        return text
    text = text.replace(_DOOR, "戶" if traditional else "户").translate(_SUPPLEMENT)
    return "".join(unicodedata.normalize("NFKC", ch) if "\u2f00" <= ch <= "\u2fd5" else ch for ch in text)


def traditional_page(texts: Iterable[str]) -> bool:
    """Is a page's Chinese in traditional script? At least one in twenty of its ideographs is
    one OpenCC simplifies (only a traditional character changes; a simplified page may hold a
    stray one, 乾 or 著); a page with no ideograph is taken as traditional (NFKC's ``⼾``)."""
    from .vocab import simplified

    changed = same = 0
    for text in texts:
        for ch in unified(text.replace(_DOOR, "")):
            if "\u4e00" <= ch <= "\u9fff":
                if simplified(ch) != ch:
                    changed += 1
                else:
                    same += 1
    return changed * 20 >= changed + same
