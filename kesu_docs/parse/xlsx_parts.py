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
from functools import lru_cache
from typing import IO, Literal
from xml.parsers import expat

from .ink import OPAQUE, Rgb, hex_rgb, shading, unprinted

# ECMA-376 §18.8.30: built-in formats that are dates or times (27–36, 50–58 in CJK locales)
BUILTIN_DATE_FORMAT_IDS = (
    frozenset(range(14, 23)) | frozenset(range(27, 37)) | frozenset(range(45, 48)) | frozenset(range(50, 59))
)
_REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_CELL_REF = re.compile(r"([A-Za-z]{1,3})(\d+)$")
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
    epoch_1904, found, names = _workbook(archive.read("xl/workbook.xml"), rels_xml)
    sheets = [
        SheetPart(name, state, part if part in archive.NameToInfo else None, worksheet)
        for name, state, part, worksheet in found
    ]
    styles = list(_styles(archive.read("xl/styles.xml"))) if "xl/styles.xml" in archive.NameToInfo else []
    return Parts(sheets, epoch_1904, list(names), styles)


@lru_cache(maxsize=32)
def _workbook(
    xml: bytes, rels_xml: bytes | None
) -> tuple[bool, tuple[tuple[str, str, str | None, bool], ...], tuple[tuple[str, int | None, str], ...]]:
    """(1904 dates, the sheets as (name, state, zip member, is a worksheet), defined names)."""
    root = ET.fromstring(xml)
    rels = _relationships(rels_xml, "xl") if rels_xml is not None else {}
    epoch_1904 = any(_true(pr.get("date1904")) for pr in root.iter() if _local(pr.tag) == "workbookPr")
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
    return epoch_1904, tuple(sheets), tuple(names)


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
        elif kind == "cellXfs":
            xfs = _children(elem, "xf")
    out = []
    for xf in xfs:
        font, fill = _index(xf.get("fontId")), _index(xf.get("fillId"))
        fmt = _index(xf.get("numFmtId"))
        out.append(
            CellStyle(
                fmt,
                font < len(fonts) and fonts[font],
                fill < len(fills) and fills[fill],
                fmt in (9, 10) or "%" in codes.get(fmt, ""),
                font < len(struck) and struck[font],
                symbols[font] if font < len(symbols) else None,
                unprinted(
                    inks[font] if font < len(inks) else None, OPAQUE, fill < len(shades) and shades[fill]
                ),
            )
        )
    return tuple(out)


def _index(value: str | None) -> int:
    try:
        return int(value) if value is not None else 0
    except ValueError:
        return 0


def _bold(font: ET.Element) -> bool:
    return any(_true(b.get("val"), default=True) for b in _children(font, "b"))


def _symbols(font: ET.Element) -> str | None:
    """The symbol font a font entry names (``<name val="Wingdings 2"/>``), else None."""
    from .symbol_fonts import symbol_font

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


_CELL = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?c(\s[^>]*)?>")
_ATTR = re.compile(rb'([\w:.-]+)\s*=\s*(?:"([^"]*)"|\'([^\']*)\')')
_VALUE = re.compile(
    rb"\s*(?:<(?:[A-Za-z_][\w.-]*:)?f\b[^>]*?(?:/>|>[^<]*</(?:[A-Za-z_][\w.-]*:)?f>)\s*)?<(?:[A-Za-z_][\w.-]*:)?v>([^<]*)<"
)
_END = re.compile(rb"</(?:[A-Za-z_][\w.-]*:)?sheetData>")
_CHUNK = 1 << 18
_QUOTED_DEST = re.compile(r"'((?:[^']|'')*)'!(.+)$", re.S)
_PLAIN_DEST = re.compile(r"([^'!]+)!(.+)$", re.S)
_R_ATTR = re.compile(rb'(?:^|\s)r="([A-Za-z]{1,3})([0-9]+)"')
# a cell element with its reference (and style) leading, as every writer we know puts them:
# ``<c r="B3" s="7" t="s">``; the attributes as a whole last, as _CELL's group
_CELL_RS = re.compile(
    rb'<(?:[A-Za-z_][\w.-]*:)?c(?=\sr="([A-Za-z]{1,3})([0-9]+)"(?:\ss="([0-9]+)")?|)(\s[^>]*)?>'
)
_S_ATTR = re.compile(rb'(?:^|\s)s="([0-9]+)"')


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
    max_row = max_col = 0
    columns: dict[bytes, int] = {}
    with archive.open(part) as fh:
        pending = b""
        while True:
            chunk = fh.read(_CHUNK)
            data = pending + chunk
            end = _END.search(data)
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
    end = _END.search(data)
    if end is not None:
        data = data[: end.start()]
    for letters, digits, s, raw in _CELL_RS.findall(data):
        if not letters:
            return None
        row = int(digits)
        col = columns.get(letters) or columns.setdefault(letters, column_number(letters.decode("ascii")))
        if row > max_rows:
            out.truncated = True
            break
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
