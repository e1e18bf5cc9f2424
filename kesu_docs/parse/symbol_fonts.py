"""Check boxes typed in a symbol font: the FONT says what a character means.

Clerks tick boxes with Wingdings (``þ`` ☑, ``¨`` ☐, ``x`` ☒), Wingdings 2 (``R`` ☑, ``£`` ☐),
Webdings (``a`` ✓, ``c`` ☐) or Zapf Dingbats (``4`` ✔, ``o`` ❏): Excel
and Word show a box, the file holds a Latin letter. Only the font tells them apart — ``þ`` in
Calibri is a letter, in Wingdings a ticked box — so a text is translated only where its cell,
its rich-text run or its printed glyph is set in one of these fonts, and only the box and
tick glyphs are translated (any other symbol is left as it is, not guessed).

The code points are those of the fonts' published character sets (Wingdings: 0xA8 box,
0x6F/0x71 hollow squares, 0xFD box with X, 0xFE box with tick, 0xFC tick; Wingdings 2: 0xA3 box,
0x50 tick, 0x51/0x53/0x54 box with X, 0x52 box with tick; Wingdings 0x78 box with X; Webdings
0x61 tick, 0x63 box), as the character itself or at U+F000 plus the code.
"""

from __future__ import annotations

import re

from ..lazy_re import lazy_re

_MARKS: dict[str, dict[str, str]] = {
    "wingdings": {
        **{"\u00a8": "☐", "o": "☐", "q": "☐", "\u00fd": "☒", "\u00fe": "☑", "\u00fc": "✓"},
        "x": "☒",  # 0x78: a box with an X (⌧)
    },
    "wingdings 2": {"\u00a3": "☐", "P": "✓", "Q": "☒", "S": "☒", "T": "☒", "R": "☑"},
    "webdings": {"a": "✓", "c": "☐"},  # 0x61 heavy check mark, 0x63 white square
    # Zapf Dingbats: PDFium gives its glyphs' Unicode (✓ ✔ are ticks already); its boxes with a
    # shadow (❏ ❐ ❑ ❒, codes o p q r) are empty boxes in this font, a bullet's look in others
    "dingbats": {"\u274f": "☐", "\u2750": "☐", "\u2751": "☐", "\u2752": "☐"},
}
# a symbol font's codes are also read at U+F000 + code (the private-use area, as Windows and
# PDF text layers map a symbol font without Unicode names)
_MARKS = {
    name: {**table, **{chr(0xF000 + ord(k)): v for k, v in table.items() if ord(k) < 0x100}}
    for name, table in _MARKS.items()
}
_TABLES = {name: str.maketrans(table) for name, table in _MARKS.items()}
# every character that is a box in one of the fonts: only these need their font looked up
MARK_CHARS = frozenset(ch for table in _MARKS.values() for ch in table)
# a font name as files write it: "Wingdings 2", "Wingdings2", "ABCDEF+Wingdings-Regular"
_NAME = lazy_re(
    r"(?:^|\+|\b)(?:wingdings[\s_-]*(2)?(?![\s_-]*3)|(webdings)|(zapf[\s_-]*dingbats|dingbats))", re.I
)


def symbol_font(name: str | None) -> str | None:
    """The symbol font ``name`` is (its key in the table of marks), or None for a text font."""
    if not name:
        return None
    m = _NAME.search(name)
    if m is None:
        return None
    if m[2]:
        return "webdings"
    if m[3]:
        return "dingbats"
    return "wingdings 2" if m[1] else "wingdings"


def as_marks(text: str, font: str | None) -> str:
    """``text`` set in ``font`` (a name :func:`symbol_font` gave) with its box glyphs as the
    Unicode boxes the reader knows (☑ ☐ ☒ ✓); unchanged in any other font."""
    table = _TABLES.get(font) if font else None
    return text.translate(table) if table is not None else text


# a symbol font's box codes that may stand for themselves in a text font (the font replaced on a
# print: LibreOffice sets Wingdings' þ in DejaVu): its empty box and its ticked boxes
_BY_CODE = {"wingdings": ("\u00a8", "\u00fe\u00fd\u00fc"), "wingdings 2": ("\u00a3", "RQSTP")}


def marks_by_code(text: str) -> tuple[str, str] | None:
    """(``text`` with its boxes as the reader's ☑ ☐, the font) where a print lost the symbol
    font but kept its codes: ``þ退货 ¨换货 þ折让 ¨赔款``, ``R PFMEA £ Control Plan``. Only a
    line that is wholly a list of options, each opened by one of ONE font's box codes, with
    an empty box and a ticked one among them (a lone ``þ`` or ``R`` tells nothing); a code
    that is a letter (Wingdings 2's ``R``) only standing alone before its option's word."""
    for font, (empty, ticked) in _BY_CODE.items():
        letters = re.escape("".join(c for c in empty + ticked if c.isascii() and c.isalpha()))
        glued = re.escape("".join(c for c in empty + ticked if not (c.isascii() and c.isalpha())))
        # a mark: a symbol glued to its word or not, a letter code only standing alone
        mark = "|".join(([rf"[{glued}]\s*"] if glued else []) + ([rf"[{letters}]\s+"] if letters else []))
        nxt = "|".join(([rf"[{glued}]"] if glued else []) + ([rf"[{letters}]\s"] if letters else []))
        option = rf"(?:{mark})(?=[^\W\d_])(?:(?!\s+(?:{nxt})).)+"
        if not re.fullmatch(rf"\s*(?:{option}\s*){{2,}}", text, re.S):
            continue
        opening = rf"(?:^|(?<=\s))(?:{mark})(?=[^\W\d_])"
        starts = [m.start() for m in re.finditer(opening, text)]
        found = {text[i] for i in starts}
        if not found & set(empty) or not found & set(ticked):
            return None
        table = _MARKS[font]
        out = list(text)
        for i in starts:
            out[i] = table[text[i]]
        return "".join(out), font
    return None


# a symbol font's box codes at U+F000 + code, the font each is a box of: a private-use character
# is no letter of any text font, so the code says what it is even where the print lost the font
# (LibreOffice without Wingdings sets U+F0FE in DejaVu); a code two fonts read otherwise (none of
# the high ones: U+F0FE, U+F0A8, U+F0A3) is left out
def _private_codes() -> dict[str, str]:
    """Each private-use box code → the one symbol font it is a box of (a code of two fonts left out)."""
    fonts: dict[str, str] = {}
    for font, table in _MARKS.items():
        for ch in table:
            if 0xF000 <= ord(ch) <= 0xF0FF:
                fonts[ch] = "" if fonts.get(ch, font) != font else font
    return {ch: font for ch, font in fonts.items() if font}


_PRIVATE = _private_codes()


def private_mark(text: str) -> bool:
    """True for one symbol font's box code alone at its private-use place (U+F0FE, U+F0A8)."""
    return text.strip() in _PRIVATE


def marks_by_private_code(text: str) -> tuple[str, str] | None:
    """(``text`` with its boxes as the reader's ☑ ☐, the font) where the boxes are a symbol
    font's codes at their private-use places (``\uf0fe 退货 \uf0a8 换货``) in a text font:
    every such character a box of the same one font. None when there is none, or they are of
    two fonts, or another private-use character stands among them (no guess)."""
    private = {ch for ch in text if 0xE000 <= ord(ch) <= 0xF8FF}
    fonts = {_PRIVATE.get(ch, "") for ch in private}
    if not private or len(fonts) != 1 or "" in fonts:
        return None
    (font,) = fonts
    table = _MARKS[font]
    return "".join(table[ch] if ch in private else ch for ch in text), font  # (its letters kept)


def private_shown(text: str) -> str:
    """``text`` with each private-use character written as its code (``U+F0FE 退货``), never
    shown as a blank square."""
    return re.sub("[\ue000-\uf8ff]", lambda m: f"U+{ord(m[0]):04X}", text)
