"""The parts of an .xlsx that python-calamine does not give, read lightly (issue 15).

calamine gives the cell values (dates included), the merged ranges and each sheet's
visibility. The reader also needs, without loading every cell object and style the way
openpyxl does:

- the workbook's sheets (name, state, XML part) and its 1904 date system (``xl/workbook.xml``);
- the defined names ``kesu.*`` with their first destination, workbook-wide or sheet-scoped;
- per cell style (``<c s="N">``): its number format (the Chinese built-in date formats 27–36,
  50–58, which the file does not spell out), bold font and filled background, from
  ``xl/styles.xml``;
- where the sheet's cells stop (openpyxl makes a box for every cell of the used range,
  styled empty cells included), read by a streaming parse of the sheet XML that stops at
  the row limit — a form with formatting dragged down to row 1,048,576 costs nothing.

Everything here parses with the standard library's expat and ElementTree; a damaged part is
an exception the caller turns into ``corrupt_file``.
"""

from __future__ import annotations

import functools
import io
import posixpath
import re
import xml.etree.ElementTree as ET
import zipfile
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from typing import IO, Any, Literal, TypeVar
from xml.parsers import expat

from ..lazy_re import lazy_re
from ..memos import memo
from .ink import OPAQUE, Rgb, hex_rgb, shading, unprinted
from .symbol_fonts import symbol_font

# ECMA-376 §18.8.30: built-in formats that are dates or times (27–36, 50–58 in CJK locales)
BUILTIN_DATE_FORMAT_IDS = (
    frozenset(range(14, 23)) | frozenset(range(27, 37)) | frozenset(range(45, 48)) | frozenset(range(50, 59))
)
_REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_CELL_REF = lazy_re(r"([A-Za-z]{1,3})(\d+)$")
_WHITE = {"FFFFFFFF", "00FFFFFF", "FFFFFF"}


@dataclass(frozen=True)
class CellStyle:
    """What the reader takes of one ``cellXfs`` entry."""

    num_fmt_id: int = 0
    bold: bool = False
    filled: bool = False
    percent: bool = False  # a percent format: 1 shown as 100% means 100 %
    struck: bool = False  # the font is struck through: a value crossed out
    symbols: str | None = None  # a symbol font (Wingdings): its letters are check boxes
    unprinted: bool = False  # white letters on no fill: seen neither on screen nor on paper
    decimals: int | None = None  # the decimals a fixed number format prints (0.00: 2); None: General
    ruled: bool = False  # a border on one side or more: the cell is one of the form's boxes
    # the text an integer format prints before the figure, and the digits it pads to:
    # ``"KS-"000000`` shows 260352 as ``KS-260352`` — a number the clerk sees with its prefix
    prefix: tuple[str, int] | None = None
    currency: str = ""  # the currency the number format prints ("NT$"#,##0: TWD), else ""
    # a date format: "date" (a day, no time of day: yyyy-mm-dd), "datetime" (a day and its time),
    # else "" (a time alone, a number, General): what Excel shows of the serial it holds
    date: str = ""
    # a date format's code (``mmm-yy``), "" for a built-in one: what it shows of a zero serial
    date_code: str = ""
    # which of the number format's sections (positive, negative, zero, text) show nothing
    # (``;;;``, ``0;;;``: Excel shows and prints no such value), () when none does (:func:`hidden_sections`)
    blank: tuple[bool, ...] = ()
    # a scientific format (``0.00E+00``): Excel shows 100000 as ``1.00E+05`` — how it shows a code
    # typed ``1E5``, or a long number it cannot show whole; the figure is no code as typed
    scientific: bool = False


PLAIN = CellStyle()


@dataclass
class SheetPart:
    name: str
    state: str  # visible, hidden, veryHidden
    part: str | None  # zip member of the worksheet XML; None for a chart sheet or a broken link
    worksheet: bool = True


@dataclass
class Parts:
    sheets: list[SheetPart]
    epoch_1904: bool
    # (name, index of the sheet it is scoped to or None, formula text), in file order
    names: list[tuple[str, int | None, str]]
    styles: list[CellStyle] = field(default_factory=list)
    # "precision as displayed" (``<calcPr fullPrecision="0"/>``): Excel rounds each result to its
    # cell's shown decimals, so a formula's saved result is not its plain arithmetic
    as_displayed: bool = False


class PartsZip(zipfile.ZipFile):
    """An .xlsx's zip whose parts are inflated once each (issue 15).

    The reader asks for one part several times: a sheet's XML for its extent, its cell
    styles, its formulas, rich text and controls, the shared strings for struck and
    symbol-font runs, every part's head for a DTD. A plain ZipFile inflates the part again at
    each ask; here a part read whole is kept for the life of this one workbook and a later
    ``read`` or ``open`` is served from memory. A part over ``KEEP_BYTES`` is not kept (the
    memory stays one part's, as before) and is inflated at each ask. Only reading is changed:
    a damaged part fails each ask as it did (a failed read is never kept).
    """

    KEEP_BYTES = 8 << 20
    WHOLE_HEAD = 1 << 18  # the size the sheet scans read whole (xlsx_parts._CHUNK)

    def __init__(self, file: io.BytesIO) -> None:
        super().__init__(file)
        self._inflated: dict[str, bytes] = {}

    def read(self, name: str | zipfile.ZipInfo, pwd: bytes | None = None) -> bytes:
        key = name.filename if isinstance(name, zipfile.ZipInfo) else name
        data = self._inflated.get(key)
        if data is None:
            data = super().read(name, pwd)
            if len(data) <= self.KEEP_BYTES:
                self._inflated[key] = data
        return data

    def open(
        self,
        name: str | zipfile.ZipInfo,
        mode: Literal["r", "w"] = "r",
        pwd: bytes | None = None,
        *,
        force_zip64: bool = False,
    ) -> IO[bytes]:
        key = name.filename if isinstance(name, zipfile.ZipInfo) else name
        data = self._inflated.get(key) if mode == "r" else None
        if data is not None:
            return io.BytesIO(data)  # read whole already: streamed from memory
        return super().open(name, mode, pwd, force_zip64=force_zip64)

    def head(self, info: zipfile.ZipInfo, size: int) -> bytes:
        """The first ``size`` bytes of a part: a part of up to ``WHOLE_HEAD`` bytes read whole
        (and kept: the reader reads it again), a larger one only as far as asked. A part
        damaged past its head gives its head as a stream does."""
        if info.file_size <= self.WHOLE_HEAD:
            try:
                return self.read(info)[:size]
            except Exception:  # the stream below fails, or not, as it did
                pass
        with super().open(info) as stream:
            return stream.read(size)


def _local(tag: str) -> str:
    return tag.rpartition("}")[2].rpartition(":")[2]


def _children(elem: ET.Element, name: str) -> list[ET.Element]:
    return [child for child in elem if _local(child.tag) == name]


def _true(value: str | None, default: bool = False) -> bool:
    if value is None:
        return default
    return value.strip().lower() in ("1", "true", "on")


def _attr(elem: ET.Element, name: str) -> str | None:
    """An attribute by its local name (the relationship id is namespaced)."""
    for key, value in elem.attrib.items():
        if key.rpartition("}")[2] == name:
            return value
    return None


def read_parts(archive: zipfile.ZipFile) -> Parts:
    """Sheets, date system, defined names and cell styles of a workbook.

    The parts are parsed once per content: forms filled on one blank share their workbook,
    relationships and styles parts byte for byte, and a batch reads the next from memory.
    """
    rels_part = "xl/_rels/workbook.xml.rels"
    rels_xml = archive.read(rels_part) if rels_part in archive.NameToInfo else None
    epoch_1904, found, names, as_displayed = _workbook(archive.read("xl/workbook.xml"), rels_xml)
    sheets = [
        SheetPart(name, state, part if part in archive.NameToInfo else None, worksheet)
        for name, state, part, worksheet in found
    ]
    styles = list(_styles(archive.read("xl/styles.xml"))) if "xl/styles.xml" in archive.NameToInfo else []
    return Parts(sheets, epoch_1904, list(names), styles, as_displayed)


@lru_cache(maxsize=32)
def _workbook(
    xml: bytes, rels_xml: bytes | None
) -> tuple[
    bool, tuple[tuple[str, str, str | None, bool], ...], tuple[tuple[str, int | None, str], ...], bool
]:
    """(1904 dates, the sheets as (name, state, zip member, is a worksheet), defined names,
    precision as displayed)."""
    root = ET.fromstring(xml)
    rels = _relationships(rels_xml, "xl") if rels_xml is not None else {}
    epoch_1904 = any(_true(pr.get("date1904")) for pr in root.iter() if _local(pr.tag) == "workbookPr")
    as_displayed = any(
        not _true(pr.get("fullPrecision", "1")) for pr in root.iter() if _local(pr.tag) == "calcPr"
    )
    sheets: list[tuple[str, str, str | None, bool]] = []
    names: list[tuple[str, int | None, str]] = []
    for elem in root:
        kind = _local(elem.tag)
        if kind == "sheets":
            for sheet in _children(elem, "sheet"):
                target = rels.get(_attr(sheet, "id") or "")
                part, rel_type = target if target else (None, "")
                sheets.append(
                    (
                        sheet.get("name", ""),
                        sheet.get("state", "visible"),
                        part,
                        not rel_type.endswith("/chartsheet"),
                    )
                )
        elif kind == "definedNames":
            for name in _children(elem, "definedName"):
                local = name.get("localSheetId")
                names.append(
                    (name.get("name", ""), int(local) if local and local.isdigit() else None, name.text or "")
                )
    return epoch_1904, tuple(sheets), tuple(names), as_displayed


CONNECTIONS = "xl/connections.xml"  # a workbook's data connections (a database, a web query)
_LINK_RELS = lazy_re(r"xl/externalLinks/_rels/[^/]+\.rels")


def outside_links(archive: zipfile.ZipFile) -> tuple[str, ...]:
    """Where a workbook links outside itself: each external link's target (``\\\\server\\share\\
    价格.xlsx``, ``file:///…``, a SharePoint working copy's address) as the file writes it, and
    ``xl/connections.xml`` when it holds data connections (a database, a web query). Only read,
    never opened or followed: the cells keep the values the file saved."""
    found: list[str] = []
    for name in archive.namelist():
        if _LINK_RELS.fullmatch(name):
            try:
                rels = ET.fromstring(archive.read(name))
            except ET.ParseError:  # (a damaged link costs the link's target, never the form)
                found.append(name)
                continue
            found += [
                r.get("Target", "") for r in rels if r.get("TargetMode") == "External" and r.get("Target")
            ]
    if not found:  # (a link part whose target was stripped is still a link)
        found = [n for n in archive.namelist() if n.startswith("xl/externalLinks/") and n.endswith(".xml")]
    if CONNECTIONS in archive.NameToInfo:
        found.append(CONNECTIONS)
    return tuple(dict.fromkeys(found))


def _relationships(xml: bytes, folder: str) -> dict[str, tuple[str, str]]:
    """Relationship id → (zip member it targets, relationship type), of the part in ``folder``."""
    out: dict[str, tuple[str, str]] = {}
    for rel in ET.fromstring(xml):
        target = rel.get("Target", "")
        if rel.get("TargetMode") == "External":
            continue
        path = (
            target.lstrip("/")
            if target.startswith("/")
            else posixpath.normpath(posixpath.join(folder, target))
        )
        out[rel.get("Id", "")] = (path, rel.get("Type", ""))
    return out


@lru_cache(maxsize=32)
def _styles(xml: bytes) -> tuple[CellStyle, ...]:
    root = ET.fromstring(xml)
    fonts: list[bool] = []
    struck: list[bool] = []
    symbols: list[str | None] = []
    inks: list[Rgb | None] = []
    fills: list[bool] = []
    shades: list[bool] = []
    borders: list[bool] = []
    xfs: list[ET.Element] = []
    codes: dict[int, str] = {}
    for elem in root:
        kind = _local(elem.tag)
        if kind == "numFmts":
            codes = {_index(f.get("numFmtId")): f.get("formatCode") or "" for f in _children(elem, "numFmt")}
        elif kind == "fonts":
            fonts = [_bold(font) for font in _children(elem, "font")]
            struck = [_struck(font) for font in _children(elem, "font")]
            symbols = [_symbols(font) for font in _children(elem, "font")]
            inks = [_font_rgb(font) for font in _children(elem, "font")]
        elif kind == "fills":
            fills = [_filled(fill) for fill in _children(elem, "fill")]
            shades = [_shade(fill) for fill in _children(elem, "fill")]
        elif kind == "borders":
            borders = [_ruled(border) for border in _children(elem, "border")]
        elif kind == "cellXfs":
            xfs = _children(elem, "xf")
    out = []
    for xf in xfs:
        font, fill, border = _index(xf.get("fontId")), _index(xf.get("fillId")), _index(xf.get("borderId"))
        fmt = _index(xf.get("numFmtId"))
        out.append(
            CellStyle(
                fmt,
                _entry(fonts, font, False),
                _entry(fills, fill, False),
                fmt in (9, 10) or "%" in codes.get(fmt, ""),
                _entry(struck, font, False),
                _entry(symbols, font, None),
                unprinted(_entry(inks, font, None), OPAQUE, _entry(shades, fill, False)),
                shown_decimals(codes[fmt] if fmt in codes else _builtin_format(fmt)),
                _entry(borders, border, False),
                shown_prefix(codes.get(fmt, "")),
                format_currency(codes.get(fmt, "")),
                date_format(codes.get(fmt, ""), fmt),
                shown_date_code(codes.get(fmt, ""), fmt) if date_format(codes.get(fmt, ""), fmt) else "",
                hidden_sections(codes.get(fmt, "")),
                fmt in _SCIENTIFIC_IDS or scientific_format(codes.get(fmt, "")),
            )
        )
    return tuple(out)


# ECMA-376 §18.8.30: the built-in scientific formats (11 ``0.00E+00``, 48 ``##0.0E+0``)
_SCIENTIFIC_IDS = frozenset({11, 48})


def scientific_format(code: str) -> bool:
    """Does a number format show a positive figure in scientific notation (``0.00E+00``,
    ``##0.0E+0``), its exponent outside quoted text?"""
    return re.search(r"[0#?.]\s*[Ee][+-]", first_section(code).digits) is not None


# ECMA-376 §18.8.30: the built-in date formats (14–17 a day, 22 a day and its time; 27–36 and
# 50–58 the East Asian ones, days all), what Excel shows a serial as
_BUILTIN_DATES = {14: "date", 15: "date", 16: "date", 17: "date", 22: "datetime"} | dict.fromkeys(
    (*range(27, 37), *range(50, 59)), "date"
)


def date_format(code: str, fmt: int = 0) -> str:
    """``"date"`` when a number format shows a day and no time of day (``yyyy-mm-dd``,
    ``d/m/yy``, ``yyyy"年"m"月"d"日"``), ``"datetime"`` a day and its time (``yyyy-mm-dd hh:mm``),
    else ``""`` (a time alone, a figure, General): the built-in ones by number (``fmt``). Read
    from the first section without its literals: a ``d`` or ``y`` is a day, an ``h`` or ``s``
    a time of day (an ``m`` is either)."""
    if not code:
        return _BUILTIN_DATES.get(fmt, "")
    section = first_section(code).digits.lower()
    if "general" in section or not re.search(r"[dy]", section) or re.search(r"[0#?@]", section):
        return ""
    return "datetime" if re.search(r"[hs]", section) else "date"


# the built-in date formats every locale shows alike (14, 22 and the East Asian ones show the
# reader's locale's short date: read as ``yyyy-mm-dd``)
_BUILTIN_DATE_CODES = {15: "d-mmm-yy", 16: "d-mmm", 17: "mmm-yy"}


def shown_date_code(code: str, fmt: int) -> str:
    """The code a date format shows a day by: its own, or a built-in one's that every locale
    shows alike (17: ``mmm-yy``); "" for one shown in the reader's locale (14: a short date)."""
    if fmt in _BUILTIN_DATE_CODES:
        return _BUILTIN_DATE_CODES[fmt]
    return code if fmt >= 164 else ""


# a date format's tokens, longest first: the year, the month's name or figure, the weekday or day
_DATE_TOKEN = lazy_re(r"(?i)y{3,4}|y{1,2}|m{5}|m{4}|m{3}|m{1,2}|d{4}|d{3}|d{1,2}|e+")
_MONTH_ABBR = ("Jan", "January")  # January is month 0's in both date systems
_WEEKDAYS = {False: ("Sat", "Saturday"), True: ("Fri", "Friday")}  # 1900-01-00, 1904-01-01


def zero_date_shown(code: str, epoch_1904: bool) -> str:
    """What Excel shows of a zero serial (no date: a formula's empty date) under a day-only
    format: day 0 of January 1900 (``yyyy-mm-dd`` → ``1900-01-00``, ``mmm-yy`` → ``Jan-00``),
    or, in a workbook counting from 1904, 1904-01-01 (``1904-01-01``, ``Jan-04``). A built-in
    format (``code`` "": shown in the reader's locale) as ``yyyy-mm-dd``. The format's literals
    (``"年"``, an escaped ``-``) as printed, its colours and locales (``[$-409]``) left out."""
    year, day = ("1904", "01") if epoch_1904 else ("1900", "00")
    out = []
    for part in first_section(code or "yyyy-mm-dd").parts:
        if part[:1] == '"':
            out.append(part.strip('"'))
        elif part[:1] == "\\":
            out.append(part[1:])
        elif not _literal(part):
            out.append(_DATE_TOKEN.sub(lambda m: _zero_token(m[0].lower(), year, day, epoch_1904), part))
    return "".join(out)


def _zero_token(token: str, year: str, day: str, epoch_1904: bool) -> str:
    """One date token of :func:`zero_date_shown` for the zero serial."""
    if token[0] in "ye":
        return year if len(token) > 2 or token[0] == "e" else year[2:]
    if token[0] == "m":
        return {1: "1", 2: "01", 3: _MONTH_ABBR[0], 4: _MONTH_ABBR[1]}.get(len(token), "J")
    if len(token) >= 3:
        return _WEEKDAYS[epoch_1904][len(token) > 3]
    return day if len(token) == 2 else day.lstrip("0") or "0"


# a number format's parts: a quoted text, an escaped character, a colour, condition or locale in
# brackets, the padding and fill marks (``_)``, ``*-``): none prints a digit; else a run of the rest
_FORMAT_PART = lazy_re(r'"[^"]*"?|\\.?|\[[^\]]*\]?|_.?|\*.?|[^"\\\[_*;]+|;')

# a format section's condition: ``[>=1]``, ``[<0.01]``, ``[=0]``
_CONDITION = lazy_re(r"\[\s*[<>=]")


@dataclass(frozen=True)
class FormatSection:
    """A number format's first section (the one a positive figure prints by), parsed once for
    what every reader of a format asks of it: the text it prints before an integer
    (:func:`shown_prefix`), its currency (:func:`format_currency`), its decimals
    (:func:`shown_decimals`). ``parts``: its parts in order, a literal (quoted text, escaped
    character, bracket, padding) each, the digits' runs between them."""

    parts: tuple[str, ...]
    conditional: bool  # a section of the format has a condition: which one prints is not plain

    @property
    def text(self) -> str:
        return "".join(self.parts)

    @property
    def digits(self) -> str:
        """The section without its literals: ``#,##0.00`` of ``"NT$"#,##0.00_)``."""
        return "".join(p for p in self.parts if not _literal(p))


def _literal(part: str) -> bool:
    return part[:1] in ('"', "\\", "[", "_", "*")


@memo
@lru_cache(maxsize=256)
def first_section(code: str) -> FormatSection:
    """The first section of a number format's code (up to a ``;`` outside quotes), parsed."""
    parts = _FORMAT_PART.findall(code.strip())
    head = parts[: parts.index(";")] if ";" in parts else parts
    if head and not _literal(head[-1]):
        head[-1] = head[-1].rstrip()
    return FormatSection(tuple(p for p in head if p), bool(_CONDITION.search(code)))


def shown_prefix(code: str) -> tuple[str, int] | None:
    """The text a number format prints before an integer and the digits it pads the figure
    to: ``"KS-"000000`` → ``("KS-", 6)``, ``0000000`` → ``("", 7)``; None unless the first
    section is exactly zeros (two or more) or a quoted or escaped text holding a letter (a
    document number's prefix, not a currency sign or a unit after the figure) followed by zeros. A cell showing ``KS-260352`` holds the number 260352:
    the clerk's number is what the sheet shows."""
    *lead, last = first_section(code).parts or ("",)
    if not lead and re.fullmatch(r"0{2,}", last):
        return "", len(last)  # ``0000000``: a part or order number kept with its leading zeros
    if not lead or not re.fullmatch(r"0+", last) or any(p[:1] not in ('"', "\\") for p in lead):
        return None
    text = "".join(p[1:-1] if p.startswith('"') else p[1:] for p in lead)
    if not any(ch.isalpha() for ch in text):
        return None
    return text, len(last)


def format_currency(code: str) -> str:
    """The one currency a number format's first section prints (``"NT$"#,##0``,
    ``[$NT$-404]#,##0.00``: TWD), else "" (a bare ``$`` or ``¥`` names no one currency: the
    form's words decide)."""
    if not code or not any(c in code for c in '$"[\\新人美欧歐日港€£￥RMNTUSDCY'):
        return ""
    from .currency import KRONA as KRONER
    from .currency import UNKNOWN_LOCALE, codes_in_format

    found = codes_in_format(first_section(code).text)
    if {c for c in found if not c.startswith(UNKNOWN_LOCALE)} == set(KRONER):
        return "+".join(sorted(found))  # ``#,##0.00 "kr"``: a krona or a krone, the form's texts may tell
    return found.pop() if len(found) == 1 else ""


# ECMA-376 §18.8.30: the built-in number formats' codes, for the decimals they print (the
# file does not spell them out; openpyxl's table is not imported: the reader never loads openpyxl)
_BUILTIN_NUMBER_FORMATS = {
    1: "0",
    2: "0.00",
    3: "#,##0",
    4: "#,##0.00",
    5: "#,##0_);(#,##0)",
    6: "#,##0_);[Red](#,##0)",
    7: "#,##0.00_);(#,##0.00)",
    8: "#,##0.00_);[Red](#,##0.00)",
    37: "#,##0_);(#,##0)",
    38: "#,##0_);[Red](#,##0)",
    39: "#,##0.00_);(#,##0.00)",
    40: "#,##0.00_);[Red](#,##0.00)",
    41: '_(* #,##0_);_(* (#,##0);_(* "-"_);_(@_)',
    42: '_($* #,##0_);_($* (#,##0);_($* "-"_);_(@_)',
    43: '_(* #,##0.00_);_(* (#,##0.00);_(* "-"??_);_(@_)',
    44: '_($* #,##0.00_);_($* (#,##0.00);_($* "-"??_);_(@_)',
}


def _builtin_format(fmt: int) -> str:
    """A built-in format's code (2 is ``0.00``); "" for General, a date, percent or text."""
    return _BUILTIN_NUMBER_FORMATS.get(fmt, "")


# a format printing no plain decimals (a percentage, a text, an exponent, a date or time, General), and
# the decimal places after the point (compiled at their first use: issue 15)
_NOT_DECIMALS = lazy_re(r"(?i)[%@eymdhs]|general")
_DECIMALS = lazy_re(r"[0#?]*")
_SECTION_PIECE = lazy_re(r'"[^"]*"|\\.|_.|\[[^\]]*\]|[^;"\\_\[]+|;')


def hidden_sections(code: str) -> tuple[bool, ...]:
    """Which values a number format shows nothing of: (positive, negative, zero, text), each
    True when its section is empty or holds only empty quotes, a colour or a space's width
    (``;;;`` all four, ``0;;;`` all but the positive, ``"";"";"";""`` all four; ``;;`` the
    numbers only: a text is shown as typed under fewer than four sections). () for a format
    hiding nothing, or one with a condition (``[<0]``: which section applies is not plain)."""
    if not code or code.lower() == "general":
        return ()
    sections, empty = [], True
    for piece in _SECTION_PIECE.findall(code):
        if piece == ";":
            sections.append(empty)
            empty = True
        elif piece.startswith("[") and re.match(r"\[[<>=]", piece):
            return ()
        elif not (piece == '""' or piece.startswith(("[", "_")) or not piece.strip()):
            empty = False
    sections.append(empty)
    if len(sections) > 4 or not any(sections):
        return ()
    first = sections[0]
    negative = sections[1] if len(sections) > 1 else False  # (one section: a minus is still shown)
    zero = sections[2] if len(sections) > 2 else first
    text = sections[3] if len(sections) > 3 else False
    hidden = (first, negative, zero, text)
    return hidden if any(hidden) else ()


def hides(sections: tuple[bool, ...], value: Any) -> bool:
    """Does a format whose :func:`hidden_sections` are ``sections`` show nothing of ``value``
    (the cell's own value: a number, a date's serial, a text)?"""
    if not sections or value is None or isinstance(value, bool):
        return False
    if isinstance(value, str):
        return sections[3]
    if isinstance(value, (int, float, Decimal)):
        return sections[0] if value > 0 else sections[1] if value < 0 else sections[2]
    return sections[0]  # (a date or a time: a positive serial)


def shown_decimals(code: str) -> int | None:
    """The decimals a number format prints for a positive number: ``#,##0.00`` and
    ``¥#,##0.00;[Red]-¥#,##0.00`` 2, ``0`` 0; None for General, a text, date, percent or
    scientific format (they print the number otherwise) — what the print shows of a figure
    whose stored value has more digits (a formula's 160.485 under ``0.00`` prints 160.49). A
    format with a condition (``[>=1]0.00;0.0000``) prints a figure by the section it meets:
    unknown (None) — the first section does not plainly apply."""
    parsed = first_section(code)
    if parsed.conditional:
        return None
    section = parsed.digits
    if not section or "0" not in section or _NOT_DECIMALS.search(section):
        return None
    point = section.find(".")
    return 0 if point < 0 else len(_DECIMALS.match(section, point + 1)[0])  # type: ignore[index]


_E = TypeVar("_E")


def _entry(entries: list[_E], at: int, missing: _E) -> _E:
    """The style list's entry a cell format names by its place (``fontId="3"``), or ``missing``
    where it names none: past the list's end, or below its start — a negative place (``fontId="-1"``,
    which Excel never writes) is a broken style, never another entry counted from the end (a font
    bold or struck through that the cell does not have); the cell's own value is read, the cue not."""
    return entries[at] if 0 <= at < len(entries) else missing


def _index(value: str | None) -> int:
    try:
        return int(value) if value is not None else 0
    except ValueError:
        return 0


def _bold(font: ET.Element) -> bool:
    return any(_true(b.get("val"), default=True) for b in _children(font, "b"))


def _symbols(font: ET.Element) -> str | None:
    """The symbol font a font entry names (``<name val="Wingdings 2"/>``), else None."""
    return symbol_font(next((n.get("val") for n in _children(font, "name")), None))


def _font_rgb(font: ET.Element) -> Rgb | None:
    """The colour a font entry draws its letters in (``<color rgb="FFFFFFFF"/>``), for the rule
    of white letters on no fill (:func:`.ink.unprinted`: a template's example row kept out of
    sight, as a PDF's white text is). A theme's colour is not known: a workbook's own theme may
    make "Background 1" any colour."""
    return next((hex_rgb(c.get("rgb")) for c in _children(font, "color") if c.get("rgb")), None)


def _struck(font: ET.Element) -> bool:
    return any(_true(b.get("val"), default=True) for b in _children(font, "strike"))


def _background(fill: ET.Element) -> tuple[str, str | None] | None:
    """A fill's pattern and its colour (``("solid", "FFFAFAFA")``; ``("gradient", None)``), None
    for no background at all."""
    for child in fill:
        kind = _local(child.tag)
        if kind == "gradientFill":
            return "gradient", None
        if kind == "patternFill":
            pattern = child.get("patternType")
            if pattern is None or pattern == "none":
                return None
            colors = _children(child, "fgColor")
            return pattern, colors[0].get("rgb") if colors else None
    return None


def _ruled(border: ET.Element) -> bool:
    """A border drawn on a side of the cell (left, right, top, bottom: a diagonal rules no box)."""
    return any(
        (side.get("style") or "none") != "none"
        for side in border
        if _local(side.tag) in ("left", "right", "top", "bottom", "start", "end")
    )


def _filled(fill: ET.Element) -> bool:
    """A background a reader sees: a pattern other than none, not plain white; any gradient."""
    found = _background(fill)
    return found is not None and not (found[0] == "solid" and (found[1] or "").upper() in _WHITE)


def _shade(fill: ET.Element) -> bool:
    """A background white letters show on (:func:`.ink.shading`, as a PDF's shade is judged): a
    gradient, a pattern, a solid colour darker than the paper, or a theme's colour (not known
    here: taken as a shade, so white letters on it are read). A near-white solid fill (``FAFAFA``)
    is the paper: white letters on it never reach it."""
    found = _background(fill)
    return found is not None and (
        found[0] != "solid" or found[1] is None or shading(hex_rgb(found[1]), OPAQUE)
    )


# ---------------------------------------------------------------------------------- sheet cells
class _Stop(Exception):
    """Raised inside the streaming parse once the row limit is passed."""


def column_number(letters: str) -> int:
    """A → 1, AA → 27."""
    n = 0
    for ch in letters.upper():
        n = n * 26 + ord(ch) - 64
    return n


_XSTRING = lazy_re(r"_x([0-9A-Fa-f]{4})_")


def decode_xstring(text: str) -> str:
    """A stored text with its ``_xHHHH_`` escapes read (ST_Xstring): Excel stores a carriage
    return as ``_x000D_`` (text pasted from Windows or Outlook), a literal ``_x`` as ``_x005F_x``."""
    if "_x" not in text:
        return text
    return _XSTRING.sub(lambda m: chr(int(m[1], 16)), text)


@memo
@functools.lru_cache(maxsize=1 << 14)  # (every cell's location names its column: told once)
def column_letter(index: int) -> str:
    """1 → A, 27 → AA."""
    letters = ""
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


@dataclass
class SheetCells:
    """Style index of every styled cell (1-based (row, col)), and where the used range ends."""

    style_of: dict[tuple[int, int], int]
    # cells holding a formula's error (#VALUE!, #REF! …), which calamine reads as empty
    errors: dict[tuple[int, int], str] = field(default_factory=dict)
    max_row: int = 0
    max_col: int = 0
    truncated: bool = False  # cells beyond the row limit were not looked at
    # a cell the part gives twice (two ``<c r="F5">``, or one row given twice): the cell reader
    # keeps the last silently, a value the clerk may never have seen (Excel repairs the file)
    twice: tuple[int, int] | None = None


_CELL = lazy_re(rb"<(?:[A-Za-z_][\w.-]*:)?c(\s[^>]*)?>")
_ATTR = lazy_re(rb'([\w:.-]+)\s*=\s*(?:"([^"]*)"|\'([^\']*)\')')
_VALUE = lazy_re(
    rb"\s*(?:<(?:[A-Za-z_][\w.-]*:)?f\b[^>]*?(?:/>|>[^<]*</(?:[A-Za-z_][\w.-]*:)?f>)\s*)?<(?:[A-Za-z_][\w.-]*:)?v>([^<]*)<"
)
_END = lazy_re(rb"</(?:[A-Za-z_][\w.-]*:)?sheetData>")
_END_NAME = b"sheetData>"
_CHUNK = 1 << 18
_QUOTED_DEST = lazy_re(r"'((?:[^']|'')*)'!(.+)$", re.S)
_PLAIN_DEST = lazy_re(r"([^'!]+)!(.+)$", re.S)
_R_ATTR = lazy_re(rb'(?:^|\s)r="([A-Za-z]{1,3})([0-9]+)"')
# a cell element with its reference (and style) leading, as every writer we know puts them:
# ``<c r="B3" s="7" t="s">``; the attributes as a whole last, as _CELL's group
_CELL_RS = lazy_re(
    rb'<(?:[A-Za-z_][\w.-]*:)?c(?=\sr="([A-Za-z]{1,3})([0-9]+)"(?:\ss="([0-9]+)")?|)(\s[^>]*)?>'
)
# the same where no element has a prefix (no ``:c`` in the part, the common case): the scan
# then jumps from ``<c`` to ``<c`` instead of trying a prefix at every tag (a third cheaper)
_CELL_RS_PLAIN = lazy_re(rb'<c(?=\sr="([A-Za-z]{1,3})([0-9]+)"(?:\ss="([0-9]+)")?|)(\s[^>]*)?>')
_S_ATTR = lazy_re(rb'(?:^|\s)s="([0-9]+)"')
_ORDER_COLS = 1 << 15  # (a cell's place in Excel's order: row × this + column; ZZZ is 18,278)


def _sheet_data_end(data: bytes) -> re.Match[bytes] | None:
    """``_END.search(data)``, the element's name found first by a plain search: the pattern's
    scan tries a prefix at every ``</`` of the sheet (≈ 1.5 % of a form's parse, issue 15). A
    match holds no ``<`` but its first, so it starts at the last ``<`` before the name."""
    at = data.find(_END_NAME)
    while at >= 0:
        found = _END.match(data, max(data.rfind(b"<", 0, at), 0))
        if found is not None and found.end() == at + len(_END_NAME):
            return found
        at = data.find(_END_NAME, at + 1)
    return None


def sheet_cells(archive: zipfile.ZipFile, part: str, max_rows: int) -> SheetCells:
    """Stream a worksheet's XML: the ``s`` of each ``<c>``, up to row ``max_rows``.

    A cell element is matched as a whole (its text cannot hold a raw ``<``); the part is read
    in chunks and the scan stops at ``</sheetData>`` or past the row limit. A writer that
    leaves out the cell references (``r``) is read by the element-by-element parse instead.
    """
    if archive.getinfo(part).file_size <= _CHUNK:
        whole = _sheet_cells_whole(archive.read(part), max_rows)
        if whole is not None:
            return whole
    out = SheetCells({})
    style_of, errors = out.style_of, out.errors
    max_row = max_col = last_key = 0
    columns: dict[bytes, int] = {}
    with archive.open(part) as fh:
        pending = b""
        while True:
            chunk = fh.read(_CHUNK)
            data = pending + chunk
            end = _sheet_data_end(data)
            if end is not None:
                data, chunk = data[: end.start()], b""
            last = 0
            for m in _CELL.finditer(data):
                if chunk and m.end() > len(data) - 512:
                    break  # its value may be cut by the chunk's end: read again with the next chunk
                last = m.end()
                raw = m[1] or b""
                ref = _R_ATTR.search(raw)
                if ref is None:  # no reference, or written with single quotes: element by element
                    return _sheet_cells_expat(archive, part, max_rows)
                row = int(ref[2])
                col = columns.get(ref[1]) or columns.setdefault(ref[1], column_number(ref[1].decode("ascii")))
                if row > max_rows:
                    out.truncated = True
                    chunk = b""
                    break
                if (key := row * _ORDER_COLS + col) <= last_key:
                    return _sheet_cells_expat(archive, part, max_rows)  # (out of order: see the whole)
                last_key = key
                if row > max_row:
                    max_row = row
                if col > max_col:
                    max_col = col
                style = _S_ATTR.search(raw)
                if style and style[1] != b"0":
                    style_of[(row, col)] = int(style[1])
                if b'"e"' in raw and _error_type(raw) and not m[0].endswith(b"/>"):
                    value = _VALUE.match(data, m.end())
                    if value:
                        errors[(row, col)] = value[1].decode("utf-8", "replace")
            if not chunk:
                break
            pending = data[last:]
            if len(pending) > 16 * _CHUNK:  # no cell closes: not the XML we expect
                return _sheet_cells_expat(archive, part, max_rows)
    out.max_row, out.max_col = max_row, max_col
    return out


def _sheet_cells_whole(data: bytes, max_rows: int) -> SheetCells | None:
    """sheet_cells of a part read whole, every cell's reference leading its attributes and no
    error value among them (the common case, at a third of the cost); None otherwise."""
    out = SheetCells({})
    style_of = out.style_of
    max_row = max_col = 0
    columns: dict[bytes, int] = {}
    end = _sheet_data_end(data)
    if end is not None:
        data = data[: end.start()]
    last = 0
    for letters, digits, s, raw in (_CELL_RS if b":c" in data else _CELL_RS_PLAIN).findall(data):
        if not letters:
            return None
        row = int(digits)
        col = columns.get(letters) or columns.setdefault(letters, column_number(letters.decode("ascii")))
        if row > max_rows:
            out.truncated = True
            break
        if (key := row * _ORDER_COLS + col) <= last:
            return None  # out of Excel's order, perhaps a cell given twice: the element-wise scan
        last = key
        if row > max_row:
            max_row = row
        if col > max_col:
            max_col = col
        if not s and b"s=" in raw:
            style = _S_ATTR.search(raw)
            s = style[1] if style else b""
        if s and s != b"0":
            style_of[(row, col)] = int(s)
        if b'"e"' in raw and _error_type(raw) and not raw.endswith(b"/"):
            return None  # an error value to read: the element-wise scan reads it
    out.max_row, out.max_col = max_row, max_col
    return out


def _error_type(attrs: bytes) -> bool:
    """The cell's type is ``e`` (a formula's error value)."""
    return any(k == b"t" and (v1 or v2) == b"e" for k, v1, v2 in _ATTR.findall(attrs))


def _sheet_cells_expat(archive: zipfile.ZipFile, part: str, max_rows: int) -> SheetCells:
    """The same, element by element (for cells without a reference)."""
    out = SheetCells({})
    state = {"row": 0, "col": 0}
    error_at: list[tuple[int, int]] = []
    seen: set[tuple[int, int]] = set()
    text: list[str] = []

    def start(name: str, attrs: dict[str, str]) -> None:
        local = name.rpartition(":")[2]
        if local == "c":
            ref = attrs.get("r")
            m = _CELL_REF.match(ref) if ref else None
            if m:
                row, col = int(m[2]), column_number(m[1])
                state["row"], state["col"] = row, col
            else:  # no reference: the next cell of the row
                row, col = state["row"], state["col"] + 1
                state["col"] = col
            if row > max_rows:
                out.truncated = True
                raise _Stop
            if (row, col) in seen and out.twice is None:
                out.twice = (row, col)
            seen.add((row, col))
            out.max_row = max(out.max_row, row)
            out.max_col = max(out.max_col, col)
            s = attrs.get("s")
            if s and s != "0":
                out.style_of[(row, col)] = _index(s)
            if attrs.get("t") == "e":
                error_at.append((row, col))
        elif local == "v" and error_at:
            text.clear()
            parser.CharacterDataHandler = text.append
        elif local == "row":
            r = attrs.get("r")
            row = int(r) if r and r.isdigit() else state["row"] + 1
            if row > max_rows:
                out.truncated = True
                raise _Stop
            state["row"], state["col"] = row, 0

    def end(name: str) -> None:
        local = name.rpartition(":")[2]
        if local == "v" and error_at:
            out.errors[error_at.pop()] = "".join(text)
            parser.CharacterDataHandler = None
        elif local == "c":
            error_at.clear()
        elif local == "sheetData":
            raise _Stop  # what follows (merged ranges, validations, print set-up) calamine gives

    parser = expat.ParserCreate()
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.buffer_text = True
    with archive.open(part) as fh:
        try:
            while chunk := fh.read(1 << 16):
                parser.Parse(chunk, False)
            parser.Parse(b"", True)
        except _Stop:
            pass
    return out


def destination(formula: str) -> tuple[str, str] | None:
    """The first (sheet title, cell range) a defined name points at; None for #REF! and the like.

    >>> destination("'客户抱怨处理单'!$B$5")
    ('客户抱怨处理单', '$B$5')
    >>> destination("'O''Brien'!$A$1:$B$2,Sheet2!$C$3")
    ("O'Brien", '$A$1:$B$2')
    >>> destination("#REF!") is None
    True
    """
    text = formula.strip().lstrip("=")
    m = _QUOTED_DEST.match(text) or _PLAIN_DEST.match(text)
    if m is None:
        return None
    sheet, cells = m[1].replace("''", "'"), m[2].split(",")[0].strip()
    if not sheet or not cells or "#REF" in cells.upper() or "#REF" in sheet.upper():
        return None
    return sheet, cells


# ---------------------------------------------------------------------------------- page header and footer
# ECMA-376 §18.3.1.39 (headerFooter): ``&L``/``&C``/``&R`` open the left, centre and right
# sections (text before any is the centre's); the other codes format (``&B``, ``&12``,
# ``&"SimSun,Bold"``, ``&K FF0000``) or insert what the print makes (``&P`` page, ``&D`` date,
# ``&A`` sheet, ``&G`` picture) — none of them a value the clerk typed. ``&&`` is an ampersand.
# (openpyxl's own parser keeps the toggles ``&B``/``&U`` in the text and wants L, C, R in order.)
_PAGE_PARTS = lazy_re(rb"<(?:\w+:)?(oddHeader|oddFooter|firstHeader|firstFooter)>(.*?)</(?:\w+:)?\1>", re.S)
_DIFFERENT_FIRST = lazy_re(rb'<(?:\w+:)?headerFooter\s[^>]*?\bdifferentFirst="(?:1|true)"')
_SECTION = lazy_re(r"&([LCR])")
_PAGE_CODE = lazy_re(
    r'&"[^"]*"|&K(?:[0-9A-Fa-f]{6}|[0-9A-Fa-f]{2}[+-]\d{3})|&\d+|&\[[A-Za-z]+\]|&[+-]\d+|&[A-Za-z]'
)
PageSide = Literal["left", "center", "right"]


def page_texts(xml: bytes) -> dict[str, list[tuple[PageSide, str]]]:
    """The texts a sheet prints in its page header and footer (``header`` / ``footer`` → each
    section's side and text, codes stripped): a form that carries its number or a date there
    (``&R投诉单号：KS-260305``) holds it in no cell. The first page's own header when the sheet
    has one (``differentFirst``): a form's first page is the form."""
    if b"headerFooter" not in xml:
        return {}
    parts = {m[1].decode(): m[2] for m in _PAGE_PARTS.finditer(xml)}
    first = _DIFFERENT_FIRST.search(xml) is not None
    out: dict[str, list[tuple[PageSide, str]]] = {}
    for where in ("header", "footer"):
        raw = parts.get(f"first{where.title()}") if first else None
        raw = raw if raw is not None else parts.get(f"odd{where.title()}")
        if raw:
            out[where] = _sections(_unescape(raw.decode("utf-8", "replace")))
    return out


def _unescape(text: str) -> str:
    import html

    return html.unescape(text)


def _sections(code: str) -> list[tuple[PageSide, str]]:
    """``&L编号：A1&R日期：2026/3/5`` → [(left, 编号：A1), (right, 日期：2026/3/5)]."""
    sides: dict[str, PageSide] = {"L": "left", "C": "center", "R": "right"}
    pieces = _SECTION.split(code.replace("&&", "\0"))
    texts: dict[PageSide, str] = {"center": pieces[0]}
    for letter, text in zip(pieces[1::2], pieces[2::2], strict=True):
        texts[sides[letter]] = texts.get(sides[letter], "") + text
    out: list[tuple[PageSide, str]] = []
    for side in ("left", "center", "right"):
        text = _PAGE_CODE.sub("", texts.get(side, "")).replace("\0", "&").strip()
        if text:
            out.append((side, text))
    return out
