"""The register export's frame, kept in the register: an export from stored rows without openpyxl.

Everything of the export's workbook that is not a data row — styles, theme, the workbook and
its defined names, each sheet's heading row, frozen panes, filters and print set-up — is
openpyxl's (:mod:`.sheetxml`), and the same for every export of one layout but for four
things: the day the export is made as of (the tracking register's page header, the workbook's
dates), the three sheets' row counts (their filters), the columns' widths (from their first
rows) and, in the tracking register, an open case's two cells of the day. So the frame is made
once by openpyxl with values no export has (:func:`make`), checked to hold each exactly where
expected, and kept in the register (``register_meta``, key ``export_frame``, under the layout's
version: :mod:`.sheet_rows`); an export that finds it (:func:`load`) writes those values in
(:class:`FramedBook`) — the same bytes as openpyxl's frame, which tests compare — and needs
neither openpyxl (≈ 0.05–0.09 s to import) nor a frame built anew.
"""

from __future__ import annotations

import datetime as dt
import io
import itertools
import json
import os
import zipfile
from collections.abc import Iterable, Sequence
from typing import Any

from .sheetxml import _STAMPED, _split_sheet, _text, _Zip

KEY = "export_frame"
_DAY = dt.date(1901, 2, 3)  # values no export has
_COUNTS = (7770001, 7770011, 7770021)  # cases, documents, log lines
_DAYS, _SHOWN = 987654321, "\u2603\u2603"
_WIDTH = 500  # + 30 × sheet + column


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


def make(lay: Any) -> dict[str, Any] | None:
    """The frame of ``lay``'s export (:class:`.sheet_rows.Layout`) with its stand-in values, or
    None when openpyxl writes one of them elsewhere than expected (the export then makes its
    frame with openpyxl, as before)."""
    from ..register.document import COLUMNS
    from ..register.export import LOG_HEADINGS
    from .tracking import fill_of, frame, headings

    columns = (len(headings()), len(COLUMNS), len(LOG_HEADINGS["zh"]))
    widths = [[float(_WIDTH + 30 * k + i) for i in range(count)] for k, count in enumerate(columns)]
    book, *bodies = frame(_DAY, "zh", [], [], [], *_COUNTS, widths=(widths[0], widths[1], widths[2]))
    raw = io.BytesIO()
    book.book.save(raw)
    sheets = [body.ws.path.lstrip("/") for body in bodies]
    parts = []
    with zipfile.ZipFile(raw) as source:
        for info in source.infolist():
            parts.append((info.filename, info.external_attr, source.read(info.filename)))
    found = {name: data for name, _, data in parts}
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
        "version": lay.version,
        "parts": [[name, attr, data.decode("utf-8")] for name, attr, data in parts],
        "sheets": sheets,
        "widths": widths,
        "middle": patterns,
    }


def dumps(frame: dict[str, Any]) -> str:
    return json.dumps(frame, ensure_ascii=False, separators=(",", ":"))


def load(text: str | None, version: str) -> dict[str, Any] | None:
    """The kept frame (``register_meta``'s text) when it is of the layout ``version``."""
    if not text:
        return None
    try:
        frame = json.loads(text)
    except ValueError:
        return None
    return frame if isinstance(frame, dict) and frame.get("version") == version else None


class FramedBook:
    """The export's workbook from the kept frame: the day, counts and widths written in, each
    sheet's rows streamed into it (see :class:`.sheetxml.StreamedBook`, whose bytes it writes)."""

    def __init__(
        self,
        frame: dict[str, Any],
        as_of: dt.date,
        counts: Sequence[int],
        widths: Sequence[Sequence[float]],
        rows: Sequence[Iterable[Any]],
    ) -> None:
        self.frame, self.as_of, self.counts, self.widths, self.rows = frame, as_of, counts, widths, rows

    def save(self, target: str | os.PathLike) -> None:
        frame = self.frame
        sheets = frame["sheets"]
        when = self.as_of.strftime("%Y-%m-%dT00:00:00Z").encode()
        counts = [
            (b"%d" % (stand_in + 1), b"%d" % (count + 1)) for stand_in, count in zip(_COUNTS, self.counts)
        ]
        with _Zip(target) as out:
            for name, attr, text in frame["parts"]:
                data = text.encode("utf-8")
                if name == "docProps/core.xml":
                    out.part(name, [_STAMPED.sub(rb"\g<1>" + when + rb"\g<2>", data)], attr)
                    continue
                for stand_in, count in counts:
                    data = data.replace(stand_in, count)
                if name not in sheets:
                    out.part(name, [data], attr)
                    continue
                k = sheets.index(name)
                data = data.replace(_cols(frame["widths"][k]), _cols(self.widths[k]))
                if k == 0:
                    data = data.replace(_DAY.isoformat().encode(), format(self.as_of, "%Y-%m-%d").encode())
                head, tail = _split_sheet(data, 2)
                out.part(name, itertools.chain([head], self.rows[k], [tail]), attr)
