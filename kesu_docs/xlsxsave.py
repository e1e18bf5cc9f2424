"""An openpyxl workbook saved without the moment of saving in it: the same workbook, the same bytes.

openpyxl dates every zip entry with the clock and stamps a new workbook's created and modified
properties with the moment it was made, so two runs of ``kesu blank`` (or of a validation
report) wrote files that differed though nothing in them did (issue 15: outputs byte-identical
between runs). :func:`save` writes each entry with one fixed time and, for a workbook made
here, the created / modified properties of :func:`moment`: ``SOURCE_DATE_EPOCH`` when it is set
(the reproducible-builds convention), else the earliest time a zip entry can carry.
"""

from __future__ import annotations

import datetime as dt
import os
import zipfile
from pathlib import Path
from typing import Any

STAMP = (1980, 1, 1, 0, 0, 0)  # the earliest time a zip entry can carry


def moment() -> dt.datetime:
    """The created / modified time written into a workbook made here (``SOURCE_DATE_EPOCH``
    in UTC when set, else :data:`STAMP`)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc).replace(tzinfo=None)
    return dt.datetime(*STAMP)


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


def save(book: Any, path: str | os.PathLike, *, made_here: bool = True) -> None:
    """``book.save(path)`` without the moment of saving in the file. ``made_here``: a workbook
    this program made (not one read from a file): its created / modified properties, the
    moment openpyxl made it, are :func:`moment`."""
    from openpyxl.writer.excel import ExcelWriter

    if made_here:
        book.properties.created = book.properties.modified = moment()
    with StampedZip(Path(path), "w", zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
        ExcelWriter(book, archive).save()
