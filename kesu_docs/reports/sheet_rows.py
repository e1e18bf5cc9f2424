"""The register export's rows, cached: each document's rows kept ready, as the sheet's XML.

``kesu register export`` writes three sheets — the tracking register (a row per complaint),
the register (a row per document) and the case log (a row per event) — about 4.6 million
cells on 100,000 documents; turning each record into cells and each cell into XML at export
took 11 s. Instead, an export stores the rows it made beside the records (tables
``sheet_rows``, ``tracking_rows`` and ``log_rows``, see :mod:`kesu_docs.register.sheet_store`:
writes only drop the rows they make wrong) as the sheet's XML: ``<row>`` elements whose cells
carry no references (OOXML lets a cell follow the one before and a row the row before), so
a stored row is valid wherever it lands. An export is then one ordered SELECT per sheet
streamed into the zip.

Only two cells of the tracking register change with the day the export is made as of — the
days an open case has taken and whether it is overdue (and the overdue fill of its row). An
open case's row is therefore stored with a mark where those two cells go, in both fills,
with the day after which it is overdue and its dates; the database picks the fill, the two
cells are written at export (once per pair of dates, not per case).

The stored rows follow one *layout* — the columns, the style of each kind of cell in the
frame workbook, the deadlines of ``kesu.toml``, the local time zone (times are shown in local
time), the code that makes the cells — named by :attr:`Layout.version` and recorded in
``register_meta``. Rows missing (filed or changed since the last export) or of another layout
(a new program, other deadlines) are made from the records by the export, the same bytes,
and stored after it (or by :meth:`Register.build_sheet_rows`, ``kesu register check``).

The rows are kept once, as the Chinese export writes them. An export in another language
(``--lang en``) reads the same rows and puts in the few cells whose words change with the
language (:meth:`Layout.in_language`: a document's status, severity and case, a log line's
event); its sheet names and headings are its own workbook's, its segments made anew.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..config import Settings
    from ..register.document import Document, Event
    from .cases import Case

FORMAT = 1  # raise when the way a row is stored changes
_MAKING = threading.RLock()  # a layout's frame is being made (another language's makes the Chinese one)
MIDDLE = b"\x1f"  # where its two cells of the day go (characters no cell holds: XML cannot)


class Layout:
    """The export's frame workbook and the style of each kind of cell on its three sheets."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        # the two cells of the day as the kept frame gives them (reports.export_frame): set by an
        # export that reads the frame from the register, so that it needs no openpyxl
        self.patterns: list[str] | None = None
        self._frames: dict[str, dict[str, Any] | None] = {}  # each language's frame, once made
        deadlines = settings.deadlines
        described = repr(
            (
                FORMAT,
                # the cells' style ids: openpyxl's, in the order this program (in _sources) asks
                installed_versions(("openpyxl",)),
                # (the sheets' headings are made by the text read below: the forms' labels,
                # tracking's and export's words; not made here, which imports the form models)
                (deadlines.domestic_days, deadlines.foreign_days),
                time.tzname,
                time.timezone,
            )
        )
        self._described = described
        self._texts = _sources()  # the code that makes a row: another program, other rows
        # the text as it is, quick to hash: the key under which a register remembers the
        # version this text came to (recall), so that an export does not read the code again
        digest = hashlib.sha256(described.encode())
        for source in self._texts:
            digest.update(source)
        self.text_key = digest.hexdigest()[:16]

    @functools.cached_property
    def version(self) -> str:
        """The layout's name: the described values and the code that makes a row, read as Python
        runs it (:func:`layout_code`: words and the zip writer left out). Reading the code takes
        a tenth of a second: a register remembers the version of the text it last saw
        (:meth:`recall`)."""
        digest = hashlib.sha256(self._described.encode())
        for source in self._texts:
            digest.update(layout_code(source))
        return digest.hexdigest()[:16]

    @property
    def memo(self) -> str:
        """What a register keeps to :meth:`recall` the version without reading the code."""
        return f"{self.text_key} {self.version}"

    def recall(self, memo: str | None) -> None:
        """Take the version from a register's ``memo`` when it was made from this very text."""
        if memo and "version" not in self.__dict__:
            text_key, _, version = memo.partition(" ")
            if text_key == self.text_key and version:
                self.__dict__["version"] = version

    @functools.cached_property
    def stand_in(self) -> tuple[Any, Any, Any, Any]:
        """The export's workbook with stand-in values and its three sheets' bodies (their cells'
        styles), made when a row or the frame is (:func:`.export_frame.stand_in`): one
        workbook per process and layout, whose bodies make the rows and whose frame is kept."""
        from .export_frame import stand_in

        return stand_in()

    @property
    def frame(self) -> dict[str, Any] | None:
        """The Chinese export's frame (:meth:`frame_in`)."""
        return self.frame_in("zh")

    def frame_in(self, lang: str) -> dict[str, Any] | None:
        """The export's frame in ``lang`` (:func:`.export_frame.make`), made once per process,
        layout and language: a register that keeps none (a first export, a read-only file) is
        exported from it. Made under a lock: its workbook can be saved only once, and two
        threads (``kesu serve``) may export at once."""
        with _MAKING:
            if lang not in self._frames:
                from .export_frame import make

                self._frames[lang] = make(self, lang)
        return self._frames[lang]

    @functools.cached_property
    def frame_version(self) -> str:
        """The key the kept frame must have (:func:`.export_frame.version`)."""
        from .export_frame import version

        return version(self)

    @property
    def tracking(self) -> Any:
        return self.stand_in[1]

    @property
    def register(self) -> Any:
        return self.stand_in[2]

    @property
    def log(self) -> Any:
        return self.stand_in[3]

    # ------------------------------------------------------------------ rows
    def register_row(self, doc: Document) -> bytes:
        from ..register.export import document_values

        return self.register.row(document_values(doc), None, 0).encode()

    def log_row(self, event: Event) -> bytes:
        from ..register.export import log_values

        return self.log.row(log_values(event, "zh"), None, 0).encode()

    def tracking_row(self, case: Case) -> dict[str, Any]:
        """A complaint's row (``row``): whole when it does not change with the day (a closed
        case), else with :data:`MIDDLE` where its two cells of the day go, then also as overdue
        (``overdue_row``, after ``due``) and its dates (``day_key``)."""
        from .tracking import DAYS_AT, changes_with_day, fill_of, row

        sheet = case.sheet
        received = sheet.received_date
        values, state = row(case, dt.date(1980, 1, 1))  # what the day changes is set apart below
        if not changes_with_day(case) or received is None:  # closed: the day plays no part
            return {"row": self.tracking.row(values, fill_of(state), 0).encode()}
        head, tail = values[:DAYS_AT], values[DAYS_AT + 2 :]
        shown = []
        for fill in (None, fill_of("overdue")):  # a cell is the same wherever its row puts it
            before = self.tracking.row(head, fill, 0)[: -len("</row>")]
            after = self.tracking.row(tail, fill, 0)[len("<row>") :]
            shown.append(before.encode() + MIDDLE + after.encode())
        return {
            "row": shown[0],
            "overdue_row": None if case.void else shown[1],
            "due": None if case.void else case.due_date,
            "day_key": f"{received.isoformat()}|{case.due_date.isoformat()}|{'void' if case.void else ''}",
        }

    def in_language(
        self, sheet: str, lang: str, found: dict[int, Sequence[Any]]
    ) -> Callable[[int, bytes], bytes]:
        """What turns a kept row of ``sheet`` (``register``, ``log``: kept as the Chinese export
        writes it) into the row of an export in ``lang``: its cells whose words change with the
        language (:data:`.export.WORDED`) made again from what they are made of (``found``, by
        key); each such set of cells made once. Every cell is one ``<c`` element and no cell's
        text holds a ``<`` (escaped), so the row is cut at each ``<c``."""
        from ..register.export import WORDED, worded_values

        body = self.register if sheet == "register" else self.log
        at = WORDED[sheet]
        made: dict[tuple[Any, ...], list[bytes]] = {}

        def words(key: int, row: bytes) -> bytes:
            code = tuple(found[key])
            cells = made.get(code)
            if cells is None:
                pieces = body.row(worded_values(sheet, code, lang), None, 0).encode().split(b"<c")
                cells = made[code] = [pieces[i + 1] for i in at]
            parts = row.split(b"<c")
            for i, cell in zip(at, cells):
                parts[i + 1] = cell
            return b"<c".join(parts)

        return words

    def middle(self, key: str, as_of: dt.date) -> bytes:
        """The two cells of the day of an open case (``key``: its stored dates) and whether it
        is overdue as of ``as_of``."""
        from .tracking import fill_of

        days, shown, overdue = day_values(key, as_of)
        if self.patterns is not None:  # the kept frame's cells, the day's values put in
            from .export_frame import middle

            return middle(self.patterns[1 if overdue else 0], days, shown).encode()
        cells = self.tracking.row([days, shown], fill_of("overdue") if overdue else None, 0)
        return cells[len("<row>") : -len("</row>")].encode()


def day_values(key: str, as_of: dt.date) -> tuple[int, str, bool]:
    """An open case's two cells of the day as of ``as_of`` (``key``: its stored dates, see
    :meth:`Layout.tracking_row`) — days taken, overdue / open — and whether it is overdue, as
    :func:`.tracking.row` gives them."""
    from ..case import CaseStatus, is_overdue
    from .tracking import status_cell

    received_text, due_text, void = key.split("|")
    received, due = dt.date.fromisoformat(received_text), dt.date.fromisoformat(due_text)
    days = (as_of - received).days
    overdue = not void and is_overdue(due, as_of)
    status = CaseStatus.OVERDUE if overdue else CaseStatus.OPEN
    return days, status_cell(status, bool(void), (as_of - due).days), overdue


def installed_versions(names: Sequence[str]) -> tuple[str, ...]:
    """The installed versions of the packages ``names`` ("" for one not installed), from their
    metadata: importing openpyxl takes 0.05 s."""
    from importlib.metadata import PackageNotFoundError, version

    found = []
    for name in names:
        try:
            found.append(version(name))
        except PackageNotFoundError:  # (lxml: openpyxl writes without it)
            found.append("")
    return tuple(found)


NOT_LAYOUT = "NOT_LAYOUT"
"""A module of :func:`_sources` may name, in a tuple of this name, its top-level definitions that
shape no stored row and no frame (sheetxml's zip writer): a change to them keeps the layout."""


def layout_code(source: bytes) -> bytes:
    """What of a module's text shapes the stored rows: its code as Python runs it — the syntax
    tree without docstrings, comments, blank lines or line numbers — less the definitions the
    module lists in its ``NOT_LAYOUT`` tuple. A reworded docstring or comment, a reformatted
    line or a change to the zip writer keeps the layout (and the 100,000 rows a register keeps);
    a change to a value, a label or a rule that makes a cell names another."""
    import ast

    if source.startswith(COMPILED):  # no text in the install: its code as it is
        return source
    tree = ast.parse(source)
    skipped: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == NOT_LAYOUT for t in node.targets
        ):
            skipped = set(ast.literal_eval(node.value))
    kept = []
    for node in tree.body:
        named = getattr(node, "name", None)
        if named in skipped:
            continue
        if isinstance(node, ast.Assign) and all(
            isinstance(t, ast.Name) and t.id in skipped for t in node.targets
        ):
            continue
        kept.append(_without_docstrings(node))
    return ast.dump(ast.Module(body=kept, type_ignores=[]), include_attributes=False).encode()


def _without_docstrings(node: Any) -> Any:
    """``node`` with every docstring (a body's first statement when it is a bare string) dropped."""
    import ast

    inner: Any
    for inner in ast.walk(node):
        body = getattr(inner, "body", None)
        if (
            isinstance(body, list)
            and body
            and isinstance(body[0], ast.Expr)
            and isinstance(body[0].value, ast.Constant)
            and isinstance(body[0].value.value, str)
        ):
            inner.body = body[1:] or [ast.Pass()]
    return node


COMPILED = b"# kesu: compiled\n"
"""The mark before a module's code object when the install has no ``.py`` of it (see
:func:`_module_text`): :func:`layout_code` digests such a code as it is."""


def _sources() -> list[bytes]:
    """The text of the modules a stored row's cells come from (a program whose rows would
    differ names another layout, so an upgrade never exports rows of the program before)."""
    from pathlib import Path

    here = Path(__file__).parent
    package = here.parent
    # found as files, not imported: reports.cases imports the form models (pydantic), which an
    # export from kept rows and widths never needs
    files = [Path(__file__).with_suffix(".py")]  # (a compiled install runs its .pyc)
    files += [package / f"{name}.py" for name in ("case", "terms", "values")]
    files += [package / "register" / f"{name}.py" for name in ("document", "export")]
    files += [here / f"{name}.py" for name in ("cases", "sheetxml", "tracking")]
    # the cells' formats and fills, and the kept frame: read as text (workbook imports openpyxl)
    files += [Path(__file__).with_name("workbook.py"), Path(__file__).with_name("export_frame.py")]
    # the forms a row's values are read through (labels, options, how a stored record loads),
    # read as text: their import stays lazy (a compiled install has their .pyc beside them)
    forms = package / "forms"
    names = {path.stem for pattern in ("*.py", "*.pyc") for path in forms.glob(pattern)}
    files += [forms / f"{name}.py" for name in sorted(names)]
    return [_module_text(path) for path in files]


def _module_text(path: Any) -> bytes:
    """The text of the module at ``path``, or — in an install that ships only bytecode (a
    compiled or frozen build) — :data:`COMPILED` and its code object without the file's name,
    read through this package's loader (a zip's, say) and never imported; the package's
    version when the install has neither. Another program names another layout either way:
    such an install's rows are made again once after an upgrade, and its export never fails."""
    import importlib.util
    import marshal
    from pathlib import Path

    read = getattr(__spec__.loader, "get_data", None) if __spec__ else None
    try:
        return bytes(read(str(path)) if read else path.read_bytes())
    except OSError:
        pass
    for compiled in (path.with_suffix(".pyc"), importlib.util.cache_from_source(str(path))):
        try:
            data = bytes(read(str(compiled)) if read else Path(compiled).read_bytes())
        except OSError:
            continue
        try:
            code = marshal.loads(data[16:])  # after the header: magic, flags, date or hash, size
        except (EOFError, ValueError, TypeError):
            continue
        return COMPILED + marshal.dumps(_nameless(code))
    return COMPILED + repr((path.name, installed_versions(("kesu-docs",)))).encode()


def _nameless(code: Any) -> Any:
    """``code`` with its file's name taken out, in it and in every function it makes: the
    place an install was compiled in is not the program."""
    import types

    inner = tuple(_nameless(c) if isinstance(c, types.CodeType) else c for c in code.co_consts)
    return code.replace(co_filename="", co_consts=inner)


_LAYOUTS: dict[tuple[int, int], Layout] = {}


def layout(settings: Settings) -> Layout:
    """The layout for ``settings`` (made once per process and deadlines: it builds a frame workbook)."""
    deadlines = settings.deadlines
    key = (deadlines.domestic_days, deadlines.foreign_days)
    found = _LAYOUTS.get(key)
    if found is None:
        found = _LAYOUTS[key] = Layout(settings)
    return found


def open_rows(stored: Iterable[Sequence[Any]], as_of: dt.date, lay: Layout) -> Iterable[bytes]:
    """The tracking register's stored rows as of ``as_of`` — (row, key, …) in lists, the row of an
    open case as overdue or not already chosen — with an open case's two cells
    of the day written in (made once per pair of dates); a chunk of XML per list."""
    middles: dict[str, bytes] = {}

    def cells(key: str) -> bytes:
        found = middles.get(key)
        if found is None:
            found = middles[key] = lay.middle(key, as_of)
        return found

    for rows in stored:
        # a list's rows joined (a server's driver may hand views of the bytes: joined as they
        # are), then cut where the cells of the day go: an open case's row holds one mark, a
        # closed case's none, no cell ever holds one
        keys = [r[1] for r in rows if r[1] is not None]
        whole = b"".join([r[0] for r in rows])
        if not keys:
            yield whole
            continue
        pieces = whole.split(MIDDLE)
        if len(pieces) != len(keys) + 1:  # pragma: no cover - a row stored by another program
            raise RuntimeError("the export's stored rows are not of this program: run kesu register check")
        out: list[bytes] = [b""] * (2 * len(keys) + 1)
        out[0::2] = pieces
        out[1::2] = [cells(key) for key in keys]
        yield b"".join(out)
