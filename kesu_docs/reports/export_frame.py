"""The register export's frame, kept in the register: an export from stored rows without openpyxl.

Everything of the export's workbook that is not a data row — styles, theme, the workbook and
its defined names, each sheet's heading row, frozen panes, filters and print set-up — is
openpyxl's (:mod:`.sheetxml`), and the same for every export of one layout but for four
things: the day the export is made as of (the tracking register's page header, the workbook's
dates), the three sheets' row counts (their filters), the columns' widths (from their first
rows) and, in the tracking register, an open case's two cells of the day. So the frame is made
once by openpyxl with values no export has (:func:`make`; the same workbook whose styles the
stored rows' cells use, :class:`.sheet_rows.Layout`, made once per process), checked to hold
each exactly where expected, and kept in the register (``register_meta``, key
``export_frame``, under :func:`version`: the rows' layout and the versions of the libraries
that wrote its XML); an export that finds it (:func:`load`) writes those values in
(:class:`FramedBook`) — the same bytes as openpyxl's frame, which tests compare — and needs
neither openpyxl (≈ 0.05–0.09 s to import) nor a frame built anew. Where the register cannot
keep it (read-only), the frame made by the process serves each of its exports.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, BinaryIO

from .sheetxml import Deflated, _text, saved_parts, write_parts

KEY = "export_frame"  # the Chinese export's; another language's under key(lang)
_DAY = dt.date(1901, 2, 3)  # values no export has
_COUNTS = (7770001, 7770011, 7770021)  # cases, documents, log lines
_DAYS, _SHOWN = 987654321, "\u2603\u2603"
_WIDTH = 500  # + 30 × sheet + column
# what writes the frame's XML (openpyxl, through et_xmlfile or lxml, as openpyxl finds them):
# another version of one may write other bytes, so the kept frame is made again
WRITERS = ("openpyxl", "et_xmlfile", "lxml")


def key(lang: str) -> str:
    """The name a language's frame is kept under in ``register_meta`` (the sheets' names and
    headings are the language's: each export keeps its own, the Chinese one as before)."""
    return KEY if lang == "zh" else f"{KEY}:{lang}"


def version(lay: Any) -> str:
    """The key a frame is kept under: the rows' layout (``lay.version``, the cells' styles and
    the code) and the installed versions of :data:`WRITERS` (and openpyxl's switch for lxml)."""
    from .sheet_rows import installed_versions

    described = repr((lay.version, installed_versions(WRITERS), os.environ.get("OPENPYXL_LXML")))
    return hashlib.sha256(described.encode()).hexdigest()[:16]


def _cols(widths: Sequence[float]) -> bytes:
    """A sheet's ``<cols>`` as openpyxl writes it (a width as ``%.16g``)."""
    return (
        b"<cols>"
        + b"".join(
            b'<col width="%s" customWidth="1" min="%d" max="%d"/>' % (b"%.16g" % width, i, i)
            for i, width in enumerate(widths, 1)
        )
        + b"</cols>"
    )


def middle(pattern: str, days: int, shown: str) -> str:
    """An open case's two cells of the day, from the kept frame's ``pattern``."""
    if shown != shown.strip() or not shown or shown[0] in "=+-@":  # pragma: no cover - not the case's texts
        raise ValueError(shown)
    return pattern.replace(str(_DAYS), str(days), 1).replace(_SHOWN, _text(shown), 1)


def _widths() -> list[list[float]]:
    """The stand-in widths of the three sheets' columns."""
    from ..register.export import document_headings, log_headings
    from .tracking import headings

    columns = (len(headings()), len(document_headings()), len(log_headings()))
    return [[float(_WIDTH + 30 * k + i) for i in range(count)] for k, count in enumerate(columns)]


def stand_in(lang: str = "zh") -> tuple[Any, Any, Any, Any]:
    """The export's workbook (:func:`.tracking.frame`) in ``lang`` with the stand-in values, and
    its three sheets' bodies: the frame :func:`make` saves, and (the Chinese one's) the styles
    of the stored rows' cells."""
    from .tracking import frame

    widths = _widths()
    return frame(_DAY, lang, [], [], [], *_COUNTS, widths=(widths[0], widths[1], widths[2]))


def make(lay: Any, lang: str = "zh") -> dict[str, Any] | None:
    """The frame of ``lay``'s export in ``lang`` (:class:`.sheet_rows.Layout`: its stand-in
    workbook, saved), or None when openpyxl writes one of the stand-in values elsewhere than
    expected (the export then makes its frame with openpyxl, as before). Called once per layout
    and language (``Layout.frame_in``). Another language's frame is a workbook of its own,
    used only where its styles are the Chinese one's, byte for byte: the stored rows' cells
    name their styles by the Chinese workbook's ids."""
    from .tracking import fill_of

    made = lay.stand_in if lang == "zh" else stand_in(lang)
    widths = _widths()
    parts = saved_parts(made[0].book)
    sheets = [body.ws.path.lstrip("/") for body in made[1:]]  # (known once saved)
    found = {name: data for name, _, data in parts}
    if lang != "zh":
        chinese = lay.frame
        if chinese is None or _styles(chinese) != found.get(_STYLES, b"").decode("utf-8"):
            return None
    everything = b"".join(data for name, _, data in parts if name != "docProps/core.xml")
    checks = [all(name in found for name in sheets), everything.count(_DAY.isoformat().encode()) == 1]
    checks += [everything.count(b"%d" % (count + 1)) == 2 for count in _COUNTS]
    checks += [found.get(name, b"").count(_cols(w)) == 1 for name, w in zip(sheets, widths)]
    checks += [_DAY.isoformat().encode() in found.get(sheets[0], b"")]
    patterns = []
    for fill in (None, fill_of("overdue")):
        cells = lay.tracking.row([_DAYS, _SHOWN], fill, 0)[len("<row>") : -len("</row>")]
        checks.append(cells.count(str(_DAYS)) == 1 and cells.count(_SHOWN) == 1)
        patterns.append(cells)
    if not all(checks):
        return None
    return {
        "version": version(lay),
        "parts": [[name, attr, data.decode("utf-8")] for name, attr, data in parts],
        "sheets": sheets,
        "widths": widths,
        "middle": patterns,
    }


_STYLES = "xl/styles.xml"


def _styles(frame: dict[str, Any]) -> str | None:
    """A kept frame's styles part."""
    return next((text for name, _, text in frame["parts"] if name == _STYLES), None)


def dumps(frame: dict[str, Any]) -> str:
    return json.dumps(frame, ensure_ascii=False, separators=(",", ":"))


def load(text: str | None, version: str) -> dict[str, Any] | None:
    """The kept frame (``register_meta``'s text) when it is of ``version`` (:func:`version`)."""
    if not text:
        return None
    try:
        frame = json.loads(text)
    except ValueError:
        return None
    return frame if isinstance(frame, dict) and frame.get("version") == version else None


class FramedBook:
    """The export's workbook from the kept frame: the day, counts and widths written in, each
    sheet's rows streamed into it (by :func:`.sheetxml.write_parts`, as openpyxl's frame is)."""

    def __init__(
        self,
        frame: dict[str, Any],
        as_of: dt.date,
        counts: Sequence[int],
        widths: Sequence[Sequence[float]],
        rows: Sequence[Iterable[bytes | Deflated]],
    ) -> None:
        self.frame, self.as_of, self.counts, self.widths, self.rows = frame, as_of, counts, widths, rows

    def _parts(self) -> Iterator[tuple[str, int, bytes]]:
        """The frame's parts with this export's counts (the filters), widths and day put in."""
        sheets = self.frame["sheets"]
        counts = [
            (b"%d" % (stand_in + 1), b"%d" % (count + 1)) for stand_in, count in zip(_COUNTS, self.counts)
        ]
        for name, attr, text in self.frame["parts"]:
            data = text.encode("utf-8")
            if name != "docProps/core.xml":  # (its dates: write_parts stamps them)
                for stand_in, count in counts:
                    data = data.replace(stand_in, count)
            if name in sheets:
                k = sheets.index(name)
                data = data.replace(_cols(self.frame["widths"][k]), _cols(self.widths[k]))
                if k == 0:
                    data = data.replace(_DAY.isoformat().encode(), format(self.as_of, "%Y-%m-%d").encode())
            yield name, attr, data

    def save(self, target: str | os.PathLike | BinaryIO) -> None:
        rows = {name: (2, self.rows[k]) for k, name in enumerate(self.frame["sheets"])}
        write_parts(self._parts(), rows, target, stamp=self.as_of)
