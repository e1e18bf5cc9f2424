"""File names made of text someone else chose (an uploaded file's name, a layout profile's name):
one rule for what such a name may hold, on Windows and on Linux.

A name keeps its Chinese and its emoji; what a file system reads as a path or a device (``/``,
``\\``, ``:``, control characters, ``CON``, ``LPT1``, ``COM¹``), trailing dots and spaces (Windows
drops them: ``a.json.`` would be written over ``a.json``), a bidi override (it shows the name in
another order), a leading dot (a hidden file, ``..``) and the bytes beyond what a file system
stores in one name (255 on ext4 and NTFS; a name of 85 Chinese characters is 255 bytes of UTF-8)
are not kept.
"""

from __future__ import annotations

import functools
import unicodedata
from pathlib import Path

from .lazy_re import lazy_re
from .memos import memo
from .values import BIDI_CONTROLS

# a bidi override would show "报价\u202efdp.xlsx" as 报价xslx.pdf: a name that lies about its kind
_UNSAFE = lazy_re(f'[\\x00-\\x1f\\x7f<>:"/\\\\|?*{BIDI_CONTROLS}]')
_RESERVED = {
    "con",
    "prn",
    "aux",
    "nul",
    "conin$",
    "conout$",
    *(f"com{i}" for i in [*range(1, 10), "¹", "²", "³"]),
    *(f"lpt{i}" for i in [*range(1, 10), "¹", "²", "³"]),
}
MAX_BYTES = 200  # room left for " (2)", a ".toml" and a file system's 255


def safe_file_name(text: str, fallback: str = "file") -> str:
    """``text`` as one file name (no folder in it), at most MAX_BYTES of UTF-8, its suffix kept."""
    # Windows drops a name's trailing dots and spaces: "报告.xlsx." would be written over "报告.xlsx"
    name = _UNSAFE.sub("_", unicodedata.normalize("NFC", text or "")).strip().lstrip(".").rstrip(" .").strip()
    stem = name.split(".", 1)[0].rstrip(" ").lower()  # "CON .json" is the console too
    if not name or stem in _RESERVED:
        name = f"{fallback}-{name}" if name else fallback
    if len(name.encode("utf-8")) > MAX_BYTES:
        suffix = Path(name).suffix[:10]
        name = name.encode("utf-8")[: MAX_BYTES - 20].decode("utf-8", "ignore").rstrip(" .") + suffix
    return name


def folded(name: str) -> str:
    """``name`` as a file system ignoring case compares it (Windows' NTFS, macOS's APFS, a share,
    a FAT stick: ``COMPLAINT-202609001.DOCX`` is ``complaint-202609001.docx``, ``ÄPFEL.docx`` is
    ``äpfel.docx``): composed (NFC: APFS takes ``A`` + U+0308 as ``Ä``, and macOS hands names
    over decomposed), then each capital letter put in lower case where the two are one pair
    (:func:`_one_fold`). ``str.casefold`` folds more than any disk (``ß`` as ``ss``, ``ſ`` as
    ``s``, the Kelvin sign as ``k``, ``ﬁ`` as ``fi``: other files on every disk), and NFKC's
    compatibility folding (full-width ``Ａ`` as ``A``) is no file system's."""
    return "".join(_one_fold(char) for char in _composed(name))


def _composed(name: str) -> str:
    """``name`` in NFC where a letter is written with its marks apart (``A`` + U+0308 → ``Ä``,
    Hangul's jamo → its syllable: names macOS hands over decomposed); a character NFC replaces
    by another on its own (the Kelvin sign by ``K``, the Ohm sign by ``Ω``, a CJK compatibility
    ideograph by its unified one) kept: NTFS keeps it another name."""
    if name.isascii():
        return name
    parts, run = [], ""
    for char in name:
        if unicodedata.is_normalized("NFC", char):
            run += char
            continue
        parts += [unicodedata.normalize("NFC", run), char]
        run = ""
    return "".join([*parts, unicodedata.normalize("NFC", run)])


@memo
@functools.lru_cache(maxsize=4096)
def _one_fold(char: str) -> str:
    """``char`` in lower case when it is a capital whose lower case is one letter that has it
    for its capital (``Ä``/``ä``, ``Σ``/``σ``, ``Ж``/``ж``) — the one-to-one table NTFS keeps;
    else as it is (``ẞ``, whose lower ``ß`` has ``SS`` for capital; the Kelvin sign, whose
    lower ``k`` has ``K``)."""
    lower = char.lower()
    if len(lower) == 1 and lower.upper() == char:
        return lower
    return _its_capitals_lower(char)


def _its_capitals_lower(char: str) -> str:
    """A small letter sharing its one capital with another small letter, as that one: ``ς``
    (Greek's final sigma) as ``σ`` — NTFS upper-cases both to ``Σ``: one file. A capital in
    ASCII is left (``ſ`` and the dotless ``ı``, capitals ``S`` and ``I``: NTFS folds no letter
    beyond ASCII into it); ``char`` as it is else."""
    upper = char.upper()
    if len(upper) != 1 or upper == char or upper.isascii():
        return char
    back = upper.lower()
    return back if len(back) == 1 and back.upper() == upper else char
