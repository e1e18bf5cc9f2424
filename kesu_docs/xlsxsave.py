"""An openpyxl workbook saved without the moment of saving in it: the same workbook, the same bytes.

openpyxl dates every zip entry with the clock and stamps a new workbook's created and modified
properties with the moment it was made, so two runs of ``kesu blank`` (or of a validation
report) wrote files that differed though nothing in them did (issue 15: outputs byte-identical
between runs). :func:`save` writes each entry with one fixed time and, for a workbook made
here, the created / modified properties of :func:`moment`: ``SOURCE_DATE_EPOCH`` when it is set
(the reproducible-builds convention), else the earliest time a zip entry can carry. The rendered
PDF's creation date is :func:`moment` too (render/pdf.py).
"""

from __future__ import annotations

import datetime as dt
import os
import zipfile
from pathlib import Path
from typing import Any, BinaryIO

from .problems import KesuError

STAMP = (1980, 1, 1, 0, 0, 0)  # the earliest time a zip entry can carry


LATEST_EPOCH = 253402300799  # 9999-12-31 23:59:59 UTC: the last second a four-digit year holds

# this module's codes in the message catalogue (problems.py reads them on first look-up)
MESSAGES: dict[str, tuple[str, str]] = {
    "source_date_epoch_invalid": (
        "环境变量 SOURCE_DATE_EPOCH 无效：“{value}”。它应是自 1970-01-01 00:00 UTC 起的秒数，"
        f"只含数字 0–9，不大于 {LATEST_EPOCH}（毫秒数须除以 1000）；或取消该变量",
        'SOURCE_DATE_EPOCH is not valid: "{value}". It must be the seconds since 1970-01-01 00:00 UTC,'
        f" digits 0-9 only, at most {LATEST_EPOCH} (divide milliseconds by 1000); or unset it",
    ),
}


class EpochError(KesuError):
    """``SOURCE_DATE_EPOCH`` set to what is not a time (the reproducible-builds specification:
    an error, never a silent fallback to another time)."""


def moment() -> dt.datetime:
    """The created / modified time written into a workbook made here (``SOURCE_DATE_EPOCH``
    in UTC when set, else :data:`STAMP`); :class:`EpochError` when it is set to no time."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not epoch:
        return dt.datetime(*STAMP)
    # ASCII digits ("²" is a digit to isdigit, int() refuses it), no longer than the last one
    digits = epoch.isascii() and epoch.isdigit() and len(epoch) <= len(str(LATEST_EPOCH))
    if not digits or int(epoch) > LATEST_EPOCH:
        raise EpochError("source_date_epoch_invalid", value=epoch)
    return dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc).replace(tzinfo=None)


class StampedZip(zipfile.ZipFile):
    """A zip whose entries carry one fixed time rather than the moment they were written."""

    def writestr(self, zinfo_or_arcname, data, compress_type=None, compresslevel=None):
        if not isinstance(zinfo_or_arcname, zipfile.ZipInfo):
            info = zipfile.ZipInfo(zinfo_or_arcname, date_time=STAMP)
            info.compress_type = self.compression
            info.external_attr = 0o600 << 16
            zinfo_or_arcname = info
        super().writestr(zinfo_or_arcname, data, compress_type, compresslevel)

    def write(self, filename, arcname=None, compress_type=None, compresslevel=None):
        # openpyxl writes each sheet to a temporary file first: its time is not the sheet's
        with open(filename, "rb") as fh:
            self.writestr(arcname or os.path.basename(filename), fh.read(), compress_type, compresslevel)


def save(book: Any, target: str | os.PathLike | BinaryIO, *, made_here: bool = True) -> None:
    """``book.save(target)`` (a path, or a file open for writing: :func:`.leftovers.written_whole`'s)
    without the moment of saving in the file. ``made_here``: a workbook this program made (not
    one read from a file): its created / modified properties, the moment openpyxl made it, are
    :func:`moment`."""
    from openpyxl.writer.excel import ExcelWriter

    if made_here:
        book.properties.created = book.properties.modified = moment()
    file = target if hasattr(target, "write") else Path(target)
    with StampedZip(file, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
        ExcelWriter(book, archive).save()


def marked(path: str | os.PathLike | BinaryIO) -> str | None:
    """The mark a workbook kesu wrote carries (its core property ``dc:identifier``: a check
    report's, a monthly report's), or None: no workbook, no properties, no mark. What tells a
    report a rerun writes over from a file of the clerk's at the same name. ``path``: its name,
    or the file opened (:func:`.reports.marks.open_regular`: no pipe waited on)."""
    try:
        with zipfile.ZipFile(path) as archive:
            return _mark_in(archive)
    except Exception:  # (no workbook: no report of kesu's)
        return None


def sheet_names(opened: BinaryIO) -> list[str]:
    """The names of the sheets a workbook lists (``xl/workbook.xml``), in order, or none (no
    workbook, or one whose list is past :data:`_CORE_MOST` times 16: never a book kesu wrote).
    ``opened``: the file opened (:func:`.reports.marks.open_regular`: no pipe waited on)."""
    try:
        with zipfile.ZipFile(opened) as archive:
            return _sheets_in(archive)
    except Exception:  # (no workbook: no book of kesu's)
        return []


def mark_and_sheets(opened: BinaryIO, *namings: str) -> tuple[str | None, list[str]]:
    """:func:`marked` and :func:`sheet_names` with one look into the archive (a folder's every
    workbook is looked at: issue 15); the sheets only when their list holds one of ``namings``
    as it is written (the first sheet of a book kesu wrote), else none, its XML never parsed."""
    try:
        with zipfile.ZipFile(opened) as archive:
            return _mark_in(archive), _sheets_in(archive, *(naming.encode() for naming in namings))
    except Exception:  # (no workbook: no book of kesu's)
        return None, []


def _mark_in(archive: zipfile.ZipFile) -> str | None:
    """:func:`marked` of an archive opened."""
    from defusedxml.ElementTree import fromstring

    try:
        core = fromstring(_core_properties(archive))
    except Exception:  # (no properties, no XML: no report of kesu's)
        return None
    found = core.find("{http://purl.org/dc/elements/1.1/}identifier")
    return found.text if found is not None else None


def _sheets_in(archive: zipfile.ZipFile, *namings: bytes) -> list[str]:
    """:func:`sheet_names` of an archive opened; none when ``namings`` are given and none of
    them is in their list."""
    from defusedxml.ElementTree import fromstring

    try:
        info = archive.getinfo("xl/workbook.xml")
        if info.file_size > 16 * _CORE_MOST:
            return []
        xml = archive.read(info)
        if namings and not any(naming in xml for naming in namings):
            return []
        book = fromstring(xml)
    except Exception:  # (no workbook, no XML: no book of kesu's)
        return []
    main = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    return [sheet.get("name", "") for sheet in book.iter(f"{main}sheet")]


_CORE_MOST = 64 * 1024  # a workbook's core properties: some hundred bytes (kesu's, Excel's)


def _core_properties(archive: zipfile.ZipFile) -> bytes:
    """The workbook's ``docProps/core.xml``, inflated only when its declared size is a core
    properties' (:data:`_CORE_MOST`; zipfile never inflates past it): a folder's every workbook
    is looked at for the mark before the reader's zip limits (parse/limits.py) run, and one
    whose properties would inflate to gigabytes is refused there, said, not put in memory
    here. Larger: KeyError, no mark."""
    info = archive.getinfo("docProps/core.xml")
    if info.file_size > _CORE_MOST:
        raise KeyError(info.filename)
    return archive.read(info)
