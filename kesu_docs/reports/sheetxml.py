"""Big sheets written fast: openpyxl writes the workbook, its rows are written as the sheet's XML.

A register export of 100,000 documents is about four million cells; openpyxl spends about
12 µs on each (a cell object, its style looked up, lxml's serialiser), XlsxWriter and
PyExcelerate about 4 µs. Here openpyxl still writes everything that is not a data row —
the styles, the heading row, widths, frozen panes, filters, print set-up, defined names —
as a small workbook (the *frame*), and each sheet's data rows are written straight into
that sheet's XML while the frame is copied into the final file: a cell costs well under a
microsecond.

The cells are what openpyxl's write-only mode writes for the same values (tests read them
back through openpyxl): text as inline strings, never a formula (text starting like one is
quote-prefixed, as Excel keeps it), characters XML cannot hold as U+FFFD, dates and times
as serial numbers with their format, Decimals with the money format, a whole row's fill on
each of its cells (empty ones too).

    book = StreamedBook()
    book.sheet("登记簿", ["编号", …], rows, count=len(docs))     # rows: (values, fill or None)
    book.save(path)                                                # whole, then renamed
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import io
import itertools
import os
import re
import struct
import zipfile
from collections.abc import Iterable, Iterator, Mapping, Sequence
from decimal import Decimal
from enum import Enum
from typing import Any, BinaryIO

from ..lazy_re import lazy_re
from ..xlsxtext import FORMULA_START, UNSTORABLE

# a text needing more than a copy: XML's own characters, a carriage return (kept as &#13;),
# what XML cannot hold (U+FFFD instead, as xlsxtext.cell does)
_SPECIAL = lazy_re(f"[&<>\\r{UNSTORABLE}]")
_ILLEGAL = lazy_re(f"[{UNSTORABLE}]")
_EPOCH = dt.date(1899, 12, 30).toordinal()  # Excel's (Windows) day 0
_CHUNK = 500  # rows joined before they are compressed
COMPRESSION = 1  # deflate level of every part: the data rows compress well even so
try:
    from isal import __version__ as _DEFLATER
    from isal import isal_zlib as _deflate
except ImportError:  # pragma: no cover - isal is a dependency
    import zlib as _deflate  # type: ignore[no-redef]

    _DEFLATER = f"zlib {_deflate.ZLIB_RUNTIME_VERSION}"  # type: ignore[attr-defined]
MAX_TEXT = 32767  # Excel's limit on a cell's text (openpyxl truncates there too)
# what shapes no row the register keeps and no kept frame (reports/sheet_rows.py layout_code):
# the zip writer, the collector's pause, the columns' widths (written into the frame at export)
NOT_LAYOUT = (
    "_CHUNK",
    "WIDTH_SAMPLE",
    "_crc32_combine",
    "paused_gc",
    "shown_width",
    "_WIDE",
    "_widest",
    "fitted_width",
    "column_widths",
    "_STAMPED",
    "save_with_rows",
    "write_parts",
    "_LOCAL",
    "_CENTRAL",
    "_END",
    "_BLOCK",
    "_DOS_DATE",
    "_Zip",
    "_split_sheet",
)


# A long sheet's rows (the register's and the case log's) are deflated in *segments*: a segment
# ends after a row whose CRC-32 is a multiple of SEGMENT_ROWS (about one row in 256, decided by
# the row's own bytes), each segment deflated on its own and ended by a full flush (byte-aligned,
# no reference to what came before). Segments are joined as they are, so the register keeps them
# deflated (register/sheet_store.py) and an export of 100,000 documents copies a few MB of them
# rather than handing over and deflating 90 MB of rows; and since where a segment ends depends
# only on the rows, the same rows give the same bytes whether their segments were kept or made.
SEGMENT_ROWS = 256
SEGMENTS = f"{_DEFLATER}/{COMPRESSION}/{SEGMENT_ROWS}"  # what kept segments were made by


class Deflated(tuple):
    """A segment of a part deflated on its own (``data``), the CRC-32 and length of its XML."""

    __slots__ = ()

    def __new__(cls, data: bytes, crc: int, size: int) -> Deflated:
        return tuple.__new__(cls, (data, crc, size))

    data = property(lambda self: self[0])
    crc = property(lambda self: self[1])
    size = property(lambda self: self[2])


def _deflate_segment(xml: bytes) -> Deflated:
    """``xml`` deflated on its own, ended by a full flush: it can be joined to any other."""
    deflater = _deflate.compressobj(COMPRESSION, _deflate.DEFLATED, -15)
    data = deflater.compress(xml) + deflater.flush(_deflate.Z_FULL_FLUSH)
    return Deflated(data, _deflate.crc32(xml), len(xml))


class Segmenter:
    """Rows cut into deflated segments: the one place that decides where a segment ends (after a
    row whose CRC-32 is a multiple of :data:`SEGMENT_ROWS`) and how it is deflated, for a sheet
    written whole (:func:`segments`) and for the register's kept segments
    (register/sheet_store.py), which must be the same bytes. Each row may carry a key (the
    register's: a document's or a log line's id), handed back with its segment."""

    def __init__(self) -> None:
        self._rows: list[bytes] = []
        self._keys: list[int] = []

    def __bool__(self) -> bool:
        """Whether rows wait for their segment's end."""
        return bool(self._rows)

    def add(self, row: bytes, key: int = 0) -> tuple[Deflated, list[int]] | None:
        """Add ``row`` (one ``<row>`` element's XML); the segment it ends, with its rows' keys."""
        self._rows.append(row)
        self._keys.append(key)
        if _deflate.crc32(row) % SEGMENT_ROWS == 0:
            return self.end()
        return None

    def end(self) -> tuple[Deflated, list[int]] | None:
        """The segment of the rows added since the last one ended (a sheet's last rows), if any."""
        if not self._rows:
            return None
        ended = _deflate_segment(b"".join(self._rows)), self._keys
        self._rows, self._keys = [], []
        return ended


def segments(rows: Iterable[bytes]) -> Iterator[Deflated]:
    """Rows (each a ``<row>`` element's XML) deflated in segments (see :data:`SEGMENT_ROWS`)."""
    cut = Segmenter()
    for row in rows:
        ended = cut.add(row)
        if ended is not None:
            yield ended[0]
    ended = cut.end()
    if ended is not None:
        yield ended[0]


def _crc32_combine(crc: int, following: int, size: int) -> int:
    """The CRC-32 of two pieces of data from the CRC-32 of each and the second's length."""
    combine = getattr(_deflate, "crc32_combine", None)
    if combine is not None:
        return combine(crc, following, size)
    zeros = bytes(size)  # pragma: no cover - an ISA-L without crc32_combine (CRC-32 is affine)
    return _deflate.crc32(zeros, crc) ^ _deflate.crc32(zeros) ^ following  # pragma: no cover


# ------------------------------------------------------------------ column widths (every report's)
WIDTH_SAMPLE = 300  # rows read for the column widths, as fit_widths does


def shown_width(value: Any) -> float:
    """How wide a value shows in a column (a CJK character counts two)."""
    if value is None:
        return 0
    if isinstance(value, dt.date):
        if value.year >= 1000:  # yyyy-mm-dd, as strftime writes it
            return 10
        text = value.strftime("%Y-%m-%d")
    else:
        text = str(value)
    if text.isascii() and text.isprintable():  # most cells: one line (no break), no CJK
        return len(text)
    return _widest(text)


_WIDE = lazy_re("[\u2e81-\U0010ffff]")  # counts two


def _widest(text: str) -> float:
    line = max(text.splitlines() or [""], key=len)
    return len(line) + len(_WIDE.findall(line))


def fitted_width(values: Iterable[Any], minimum: float = 8, maximum: float = 40) -> float:
    """A column's width for its heading and values: the widest shown (:func:`shown_width`) plus
    a margin, within ``minimum`` and ``maximum``: every report sizes its columns so."""
    return fitted(max(map(shown_width, values), default=0), minimum, maximum)


def fitted(widest: float, minimum: float = 8, maximum: float = 40) -> float:
    """A column's width whose widest value shows ``widest`` wide (:func:`fitted_width`)."""
    return min(max(minimum, widest + 2), maximum)


def column_letter(index: int) -> str:
    """1 → A, 27 → AA (openpyxl's, imported when a sheet is written: a report's HTML needs none)."""
    from openpyxl.utils import get_column_letter

    return get_column_letter(index)


@contextlib.contextmanager
def paused_gc() -> Iterator[None]:
    """Python's cyclic garbage collector paused while a report reads and writes a whole register.

    Reading 100,000 documents makes millions of objects, none of them in a cycle; each of the
    collector's passes walks them all again and took 40–80 % of an export's time.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _text(value: str) -> str:
    """Text as a cell holds it, escaped for XML."""
    if len(value) > MAX_TEXT:
        value = value[:MAX_TEXT]
    if _SPECIAL.search(value) is None:
        return value
    value = _ILLEGAL.sub("\ufffd", value)
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")


def _serial(value: dt.date) -> str:
    """A date or naive datetime as Excel's serial number, as openpyxl writes it."""
    days = value.toordinal() - _EPOCH
    if 0 < days <= 60:  # Excel's 1900 leap-year bug, as openpyxl's to_excel
        days -= 1
    if isinstance(value, dt.datetime):
        seconds = value.hour * 3600 + value.minute * 60 + value.second + value.microsecond / 10**6
        return f"{days + seconds / 86400:.16g}"
    return str(days)


def plain(value: Any) -> Any:
    """A value as a cell holds it: times without zone or microseconds, a Term by its Chinese word."""
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None, microsecond=0)
    if isinstance(value, str) and hasattr(value, "zh"):  # a Term
        return value.zh
    return value


_TERM_KINDS: dict[type, bool] = {}  # a cell value's type -> whether it is a Term's


def _is_term_kind(kind: type) -> bool:
    """Whether values of ``kind`` are Terms, as :func:`plain` knows one (text with its Chinese
    word; an enumeration, every member with its word): decided once per type, so that a row
    of a report writes a Term as text without a call per cell (thousands of rows, several
    Terms each)."""
    found = _TERM_KINDS[kind] = (
        issubclass(kind, str) and issubclass(kind, Enum) and all(hasattr(m, "zh") for m in kind)
    )
    return found


class _Styles:
    """The style ids (xf indexes) of one sheet's cells: number format × row fill × quote prefix,
    registered in the frame workbook before it is saved."""

    def __init__(self, ws: Any, formats: Sequence[str], fills: Sequence[Any], border: Any = None) -> None:
        from openpyxl.cell import WriteOnlyCell

        self.ids: dict[tuple[str, int, bool], str] = {}
        for number_format, fill, quote in itertools.product(formats, [None, *fills], (False, True)):
            cell = WriteOnlyCell(ws)
            cell.number_format = number_format
            if fill is not None:
                cell.fill = fill
            if border is not None:
                cell.border = border
            if quote:
                cell.quotePrefix = True
            key = (number_format, id(fill), quote)
            self.ids[key] = f' s="{cell.style_id}"' if cell.has_style else ""


class _Body:
    """One sheet's data rows, turned into XML when the workbook is saved."""

    def __init__(
        self,
        ws: Any,
        rows: Iterable[tuple[Sequence[Any], Any]],
        count: int,
        datetime_format: str,
        fills: Sequence[Any],
        *,
        first_row: int = 2,
        column_formats: Sequence[str | None] = (),
        border: Any = None,
        refs: bool = True,
        stored: Iterable[bytes | Deflated] | None = None,
        segmented: bool = False,
    ) -> None:
        from .workbook import DATE_FORMAT, MONEY_FORMAT

        self.ws = ws
        self.refs = refs
        self.segmented = segmented
        self.no_refs: list[str] = [""] * 200
        self.stored = stored
        self.rows = rows
        self.count = count
        self.first_row = first_row
        self.date_format = DATE_FORMAT
        self.datetime_format = datetime_format
        self.money_format = MONEY_FORMAT
        # a column's own number format (a share, money) for what is not text; every cell boxed
        # (empty ones too) with a border
        self.column_formats: list[str | None] = (
            [*column_formats, *[None] * (200 - len(column_formats))] if column_formats else []
        )
        self.boxed = border is not None
        formats = dict.fromkeys(
            ["General", datetime_format, DATE_FORMAT, MONEY_FORMAT, *filter(None, column_formats)]
        )
        self.styles = _Styles(ws, list(formats), fills, border)
        self.letters = [column_letter(i) for i in range(1, 200)]

    def xml(self) -> Iterator[bytes | Deflated]:
        """The ``<row>`` elements from ``first_row`` on, in chunks of encoded XML (or, for a
        ``segmented`` body, in deflated segments)."""
        if self.stored is not None:  # rows written ahead (the register's, see register/sheet_rows.py)
            yield from self.stored
            return
        if self.segmented:
            yield from segments(row.encode() for row in self._rows())
            return
        chunk: list[str] = []
        for text in self._rows():
            chunk.append(text)
            if len(chunk) >= _CHUNK:
                yield "".join(chunk).encode()
                chunk = []
        if chunk:
            yield "".join(chunk).encode()

    def _rows(self) -> Iterator[str]:
        """Each row's XML on its own; the rows counted against those announced."""
        written = 0
        row = self.row
        for r, (values, fill) in enumerate(self.rows, self.first_row):
            yield row(values, fill, r)
            written += 1
        if written != self.count:
            raise RuntimeError(f"sheet {self.ws.title}: {written} rows written, {self.count} announced")

    def row(self, values: Sequence[Any], fill: Any, r: int) -> str:
        """One ``<row>``: its cells with their references (row ``r``), or, for a body made with
        ``refs=False``, without (each cell follows the one before, an empty one written as
        ``<c/>``; the row follows the row before): the same cells, readable on their own."""
        ids = self.styles.ids
        letters = self.letters
        is_term = _TERM_KINDS
        general = "General"
        own = self.column_formats
        boxed = self.boxed or not self.refs
        f = id(fill)
        plain_style = ids[(general, f, False)]
        special = _SPECIAL.search
        if len(values) > len(letters):  # a sheet wider than the columns lettered so far
            letters += [column_letter(i) for i in range(len(letters) + 1, len(values) + 1)]
            if own:
                own += [None] * (len(values) - len(own))
        if self.refs:
            parts = [f'<row r="{r}">']
            refs = [f' r="{letters[i]}{r}"' for i in range(len(values))]
        else:
            parts = ["<row>"]
            refs = self.no_refs
            if len(values) > len(refs):
                refs = self.no_refs = [""] * len(values)
        for i, value in enumerate(values):
            at = refs[i]
            kind = type(value)
            if is_term.get(kind) or (kind not in is_term and _is_term_kind(kind)):
                value, kind = value.zh, str  # as plain() gives a Term: its word, written as text
            column_format = own[i] if own else None
            if column_format and kind is not str and value is not None:
                if kind is int or (kind is dt.date and not 0 < value.toordinal() - _EPOCH <= 60):
                    shown = value if kind is int else value.toordinal() - _EPOCH  # as _other writes them
                    parts.append(f'<c{at}{ids[(column_format, f, False)]} t="n"><v>{shown}</v></c>')
                elif kind is Decimal and not value.is_nan():  # money, a share: as _other writes them
                    parts.append(
                        f'<c{at}{ids[(column_format, f, False)]} t="n"><v>{float(value):.16g}</v></c>'
                    )
                else:
                    parts.append(self._other(at, value, f, fill, column_format))
            elif kind is str:
                if not value:
                    parts.append(f'<c{at}{plain_style} t="inlineStr"/>')
                    continue
                style = ids[(general, f, True)] if value.startswith(FORMULA_START) else plain_style
                space = ' xml:space="preserve"' if value[0].isspace() or value[-1].isspace() else ""
                if len(value) > MAX_TEXT or special(value) is not None:  # (_text, without a call per cell)
                    value = _text(value)
                parts.append(f'<c{at}{style} t="inlineStr"><is><t{space}>{value}</t></is></c>')
            elif kind is int:
                parts.append(f'<c{at}{plain_style} t="n"><v>{value}</v></c>')
            elif value is None:
                if column_format:  # as openpyxl keeps a column's format on an empty cell
                    parts.append(f"<c{at}{ids[(column_format, f, False)]}/>")
                elif fill is not None or boxed:
                    parts.append(f"<c{at}{plain_style}/>")
            else:
                parts.append(self._other(at, value, f, fill))
        parts.append("</row>")
        return "".join(parts)

    def _other(self, at: str, value: Any, f: int, fill: Any, number_format: str | None = None) -> str:
        """Any value but plain text, an int or nothing: a Term, a date, a time, a Decimal, a float, a
        bool; ``number_format``: the column's own, for a number, a date or a time."""
        ids = self.styles.ids
        value = plain(value)
        if number_format is not None and not isinstance(value, (str, bool)):
            if isinstance(value, dt.datetime):
                shown = _serial(value.replace(tzinfo=None))
            elif isinstance(value, dt.date):
                shown = _serial(value)
            elif isinstance(value, (int, float, Decimal)) and value == value:
                shown = f"{float(value):.16g}" if not isinstance(value, int) else str(value)
            else:
                shown = None
            if shown is not None:
                return f'<c{at}{ids[(number_format, f, False)]} t="n"><v>{shown}</v></c>'
        if isinstance(value, str):  # a str subclass
            value = str(value)
            if not value:
                return f'<c{at}{ids[("General", f, False)]} t="inlineStr"/>'
            style = ids[("General", f, value.startswith(FORMULA_START))]
            space = ' xml:space="preserve"' if value[0].isspace() or value[-1].isspace() else ""
            return f'<c{at}{style} t="inlineStr"><is><t{space}>{_text(value)}</t></is></c>'
        if isinstance(value, dt.datetime):
            if value.tzinfo is not None:
                value = value.replace(tzinfo=None)
            return f'<c{at}{ids[(self.datetime_format, f, False)]} t="n"><v>{_serial(value)}</v></c>'
        if isinstance(value, dt.date):
            return f'<c{at}{ids[(self.date_format, f, False)]} t="n"><v>{_serial(value)}</v></c>'
        if isinstance(value, bool):
            return f'<c{at}{ids[("General", f, False)]} t="b"><v>{int(value)}</v></c>'
        if isinstance(value, Decimal):
            return f'<c{at}{ids[(self.money_format, f, False)]} t="n"><v>{float(value):.16g}</v></c>'
        if isinstance(value, (int, float)):
            shown = (
                f"{float(value):.16g}"
                if value == value and value not in (float("inf"), float("-inf"))
                else ""
            )
            return f'<c{at}{ids[("General", f, False)]} t="n"><v>{shown}</v></c>'
        text = str(value)  # anything else is written as its text, as openpyxl would refuse it
        return f'<c{at}{ids[("General", f, text.startswith(FORMULA_START))]} t="inlineStr"><is><t>{_text(text)}</t></is></c>'


class StreamedBook:
    """A workbook of sheets streamed by rows; see the module's description."""

    def __init__(self, stamp: dt.date | None = None, book: Any = None) -> None:
        """``book``: an ordinary openpyxl workbook whose other sheets are written cell by cell
        (a report's), else a write-only one."""
        if book is None:
            from openpyxl import Workbook

            book = Workbook(write_only=True)
        self.book = book
        self._bodies: list[_Body] = []
        self.stamp = stamp  # the workbook's created / modified date (see save_with_rows)

    def sheet(
        self,
        name: str,
        titles: Sequence[str],
        rows: Iterable[tuple[Sequence[Any], Any]],
        count: int,
        *,
        freeze: str = "A2",
        shaded_heading: bool = False,
        datetime_format: str = "yyyy-mm-dd hh:mm:ss",
        header: str | None = None,
        fills: Sequence[Any] = (),
        refs: bool = True,
        stored: Iterable[bytes | Deflated] | None = None,
        segmented: bool = False,
        widths: Sequence[float] | None = None,
    ) -> _Body:
        """A sheet of ``count`` rows under a heading; ``rows`` yields (values, fill of the whole
        row or None), every fill among ``fills``. Bold heading (shaded and boxed with
        ``shaded_heading``), frozen panes, filters over the table, widths from the first rows'
        contents, A4 landscape fitted to the page width with the heading repeated.

        ``refs=False``: the rows' cells without references (see :meth:`_Body.row`);
        ``stored``: the data rows as XML written ahead (``rows`` then gives only the first
        rows, for the widths); ``segmented``: the rows deflated in segments (see
        :data:`SEGMENT_ROWS`; ``stored`` then gives them so); ``widths``: the columns' widths,
        else from the heading and first rows. The sheet's body (its styles) is returned."""
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.styles import Alignment, Font

        from .workbook import BOX, HEAD_FILL, printable

        ws = self.book.create_sheet(name)
        rows = iter(rows)
        first = list(itertools.islice(rows, WIDTH_SAMPLE))
        size_columns(ws, titles, [values for values, _ in first], widths)  # widths: given (export_frame.py)
        ws.freeze_panes = freeze
        printable(ws, landscape=True, header_rows="1:1")
        if header:
            ws.HeaderFooter.oddHeader.center.text = header
            ws.HeaderFooter.oddHeader.center.font = "SimSun,Bold"
        bold = Font(bold=True)
        centred = Alignment(horizontal="center", vertical="center", wrap_text=True)
        heading_cells = []
        for title_ in titles:
            cell = WriteOnlyCell(ws, value=title_)
            cell.data_type = "s"  # a heading is text
            cell.font = bold
            if shaded_heading:
                cell.fill, cell.border, cell.alignment = HEAD_FILL, BOX, centred
            heading_cells.append(cell)
        ws.append(heading_cells)
        ws.auto_filter.ref = f"A1:{column_letter(max(1, len(titles)))}{count + 1}"
        body = _Body(
            ws,
            itertools.chain(first, rows),
            count,
            datetime_format,
            fills,
            refs=refs,
            stored=stored,
            segmented=segmented,
        )
        self._bodies.append(body)
        return body

    def table(
        self,
        ws: Any,
        rows: Sequence[Sequence[Any]],
        *,
        first_row: int,
        column_formats: Sequence[str | None] = (),
        border: Any = None,
    ) -> None:
        """The long table of a sheet of an ordinary workbook (a report's lines, one per case):
        ``rows`` written from ``first_row`` on into the sheet's XML when saved, each cell of
        its column's format and ``border``; nothing of them is in ``ws`` itself."""
        self._bodies.append(
            _Body(
                ws,
                ((values, None) for values in rows),
                len(rows),
                "yyyy-mm-dd hh:mm",
                (),
                first_row=first_row,
                column_formats=column_formats,
                border=border,
            )
        )

    def save(self, target: str | os.PathLike | BinaryIO) -> None:
        """Write the workbook: the frame (openpyxl) with each sheet's rows written into it.
        (:func:`kesu_docs.register.export.save_atomically` saves it under a temporary name.)"""
        save_with_rows(self.book, self._bodies, target, stamp=self.stamp)


def size_columns(
    ws: Any, titles: Sequence[str], sample: Sequence[Sequence[Any]], widths: Sequence[float] | None = None
) -> None:
    """Each column's width from its heading and the values of the first rows (``sample``), or
    ``widths`` when they are given."""
    for i, width in enumerate(column_widths(titles, sample) if widths is None else widths):
        ws.column_dimensions[column_letter(i + 1)].width = width


def column_widths(titles: Sequence[str], sample: Sequence[Sequence[Any]]) -> list[float]:
    """Each column's width from its heading and the values of the first rows (``sample``)."""
    return [
        fitted_width([title_, *(plain(v[i]) for v in sample if i < len(v))])
        for i, title_ in enumerate(titles)
    ]


_STAMPED = lazy_re(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)")


def save_with_rows(
    book: Any,
    bodies: Sequence[_Body],
    target: str | os.PathLike | BinaryIO,
    *,
    stamp: dt.date | None = None,
) -> None:
    """Save ``book`` (openpyxl) with each body's rows written into its sheet's XML."""
    parts = saved_parts(book)  # (a sheet's path is known once it is saved)
    rows = {body.ws.path.lstrip("/"): (body.first_row, body.xml()) for body in bodies}
    write_parts(parts, rows, target, stamp=stamp)


def saved_parts(book: Any) -> list[tuple[str, int, bytes]]:
    """The parts of ``book`` (openpyxl) as it saves them: name, zip attributes, bytes, in order."""
    raw = io.BytesIO()
    book.save(raw)
    with zipfile.ZipFile(raw) as source:
        return [(info.filename, info.external_attr, source.read(info.filename)) for info in source.infolist()]


def write_parts(
    parts: Iterable[tuple[str, int, bytes]],
    rows: Mapping[str, tuple[int, Iterable[bytes | Deflated]]],
    target: str | os.PathLike | BinaryIO,
    *,
    stamp: dt.date | None = None,
) -> None:
    """Write a workbook's ``parts`` (openpyxl's frame, or the one the register keeps:
    reports/export_frame.py) to ``target``, each sheet named in ``rows`` with its data rows
    (first row, XML chunks) written in where they go.

    The same workbook gives the same bytes on every run: each part dated 1980-01-01 in the
    zip, and the workbook's created / modified properties ``stamp`` (the day the figures are
    as of) rather than the moment of saving."""
    when = (stamp or dt.date(1980, 1, 1)).strftime("%Y-%m-%dT00:00:00Z").encode()
    with _Zip(target) as out:
        for name, attr, data in parts:
            body = rows.get(name)
            if body is None:
                if name == "docProps/core.xml":
                    data = _STAMPED.sub(rb"\g<1>" + when + rb"\g<2>", data)
                out.part(name, [data], attr)
                continue
            first_row, xml = body
            head, tail = _split_sheet(data, first_row)
            out.part(name, itertools.chain([head], xml, [tail]), attr)


_LOCAL = struct.Struct("<IHHHHHIIIHH")
_CENTRAL = struct.Struct("<IHHHHHHIIIHHHHHII")
_END = struct.Struct("<IHHHHIIH")
_BLOCK = 1 << 18
_DOS_DATE = (0 << 9) | (1 << 5) | 1  # 1980-01-01, 00:00: the bytes never depend on the clock


class _Zip:
    """A zip written part by part, each deflated by ISA-L (python-isal; zlib where it has no
    wheel) as it streams: a register's 160 MB of sheet XML in 0.05 s, where zlib's level 1 took
    0.65 s. The same parts give the same bytes (fixed dates, no extra fields)."""

    def __init__(self, target: str | os.PathLike | BinaryIO) -> None:
        self._own = not hasattr(target, "write")
        path: Any = target
        self.out: Any = open(path, "wb") if self._own else target  # noqa: SIM115 (closed in __exit__)
        self.offset = 0
        self.central: list[bytes] = []

    def part(self, name: str, chunks: Iterable[bytes | Deflated], external_attr: int) -> None:
        """A part of the zip from its XML in ``chunks``; a :class:`Deflated` chunk is a segment
        deflated already, joined as it is (what came before it ended by a full flush)."""
        deflater = _deflate.compressobj(COMPRESSION, _deflate.DEFLATED, -15)
        crc = size = 0
        data = []
        pending = bytearray()
        fed = False  # the deflater has been given XML since it was made
        for chunk in chunks:
            if isinstance(chunk, Deflated):
                if fed:
                    data.append(deflater.compress(bytes(pending)))
                    pending.clear()
                    data.append(deflater.flush(_deflate.Z_FULL_FLUSH))
                    deflater = _deflate.compressobj(COMPRESSION, _deflate.DEFLATED, -15)
                    fed = False
                data.append(chunk[0])
                crc = _crc32_combine(crc, chunk[1], chunk[2])
                size += chunk[2]
                continue
            crc = _deflate.crc32(chunk, crc)
            size += len(chunk)
            pending += chunk
            fed = fed or bool(chunk)
            if len(pending) >= _BLOCK:  # deflated in blocks of one size: the same bytes, however chunked
                whole = len(pending) - len(pending) % _BLOCK
                view = memoryview(pending)
                for start in range(0, whole, _BLOCK):
                    data.append(deflater.compress(view[start : start + _BLOCK]))
                view.release()
                del pending[:whole]
        data.append(deflater.compress(bytes(pending)))
        data.append(deflater.flush())
        blob = b"".join(data)
        if size >= 0xFFFFFFFF or self.offset + len(blob) >= 0xFFFFFFFF:
            raise RuntimeError(f"{name}: 4 GB or more, more than a zip without Zip64 holds")
        encoded = name.encode("utf-8")
        flags = 0 if encoded.isascii() else 0x800
        local = _LOCAL.pack(0x04034B50, 20, flags, 8, 0, _DOS_DATE, crc, len(blob), size, len(encoded), 0)
        self.out.write(local + encoded)
        self.out.write(blob)
        self.central.append(
            _CENTRAL.pack(
                *(0x02014B50, 20, 20, flags, 8, 0, _DOS_DATE, crc, len(blob), size, len(encoded)),
                *(0, 0, 0, 0, external_attr, self.offset),
            )
            + encoded
        )
        self.offset += len(local) + len(encoded) + len(blob)

    def __enter__(self) -> _Zip:
        return self

    def __exit__(self, *exc: object) -> None:
        try:
            if exc[0] is None:
                directory = b"".join(self.central)
                count = len(self.central)
                self.out.write(directory)
                self.out.write(_END.pack(0x06054B50, 0, 0, count, count, len(directory), self.offset, 0))
        finally:
            if self._own:
                self.out.close()


def _split_sheet(data: bytes, first_row: int) -> tuple[bytes, bytes]:
    """The sheet's XML before and after where rows ``first_row``… go: before the first later row
    the frame holds (a total line), else before ``</sheetData>``; an empty ``<sheetData/>`` opened."""
    if b"<sheetData/>" in data:
        head, tail = data.split(b"<sheetData/>", 1)
        return head + b"<sheetData>", b"</sheetData>" + tail
    head, tail = data.split(b"</sheetData>", 1)
    for match in re.finditer(rb'<row r="(\d+)"', head):
        if int(match.group(1)) >= first_row:
            return head[: match.start()], head[match.start() :] + b"</sheetData>" + tail
    return head, b"</sheetData>" + tail
