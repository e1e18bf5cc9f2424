"""A register put back from a backup beside the files it numbered after it: the output folder
holds documents numbered past the register's last issue (written while the newer register was
live), and numbering on would issue those numbers again — to other forms, whose files would
take the old ones' names (or a rerun take an old file, dated forward, for its own).

:func:`files_ahead` is asked inside the numbering's transaction, the counters locked and the
batch's new numbers drawn: a file in the folder named as a number the batch drew now, or as one
of the :data:`WINDOW` numbers after its last in that series, that the register held no document
of before, refuses the batch (``register_behind_folder``), nothing numbered. The numbers a
register lost follow its last issue, one after another: the first is the batch's first new
number, and files moved away since leave the next ones to be found. The folder is listed
before the transaction (:func:`listing`: a folder of 20,000 files, some 50 ms, not under the
write lock); in it, names are looked up in that list. A file written meanwhile is another
clerk's, numbered by the register: never one it lost."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from .document import Document

if TYPE_CHECKING:  # (the listing, filing's, imports no database module)
    from sqlalchemy.engine import Connection

    from .issuing import Filing

WINDOW = 20
"""How many numbers past a batch's last new one in a series are looked for in its folder."""


class Listing(NamedTuple):
    """The names in a batch's output folder, as they were before its numbering, folded as a
    file system ignoring case compares them (``casefold``: Windows, macOS, a share or a FAT
    stick, where ``COMPLAINT-202609002.DOCX`` is the file ``complaint-202609002.docx``)."""

    folder: Path
    names: frozenset[str]


def listing(folder: Path) -> Listing:
    """The names in ``folder``, folded (none where it is not there yet, or cannot be read)."""
    try:
        return Listing(folder, frozenset(name.casefold() for name in os.listdir(folder)))
    except OSError:
        return Listing(folder, frozenset())


def files_ahead(
    conn: Connection, folder: Listing, filings: Sequence[Filing], done: Sequence[Any], shown: int = 5
) -> tuple[list[str], int]:
    """The names (the first ``shown``) and count of the files in ``folder`` numbered as one of
    the serials the batch drew now (``done``: its outcomes, in ``filings``' order) or one of the
    :data:`WINDOW` after them in the series, that the register held no document of before this
    transaction."""
    from ..filing import output_name
    from . import queries
    from .issuing import chunks
    from .schema import rows_of

    drawn: dict[tuple[str, str], tuple[Filing, int, int]] = {}  # (kind, scope) → a filing, serials
    created: set[tuple[str, str]] = set()
    for filing, doc in zip(filings, done):
        if isinstance(doc, Document) and doc.created:
            created.add((doc.kind, doc.number))
            if doc.serial is not None and filing.scope and filing.numbering and filing.date:
                key = (doc.kind, filing.scope)
                _, low, high = drawn.get(key, (filing, doc.serial, doc.serial))
                drawn[key] = (filing, min(low, doc.serial), max(high, doc.serial))
    found: dict[tuple[str, str], str] = {}
    if not folder.names:
        return [], 0
    for (kind, _), (filing, low, high) in drawn.items():
        assert filing.numbering is not None and filing.date is not None  # (drawn from them)
        number_of = filing.numbering.numbers(filing.date)
        for serial in range(low, high + WINDOW + 1):
            number = number_of(serial)
            docx = output_name(kind, number)
            for name in (docx, docx.removesuffix(".docx") + ".pdf"):
                if name.casefold() in folder.names:
                    found.setdefault((kind, number), name)
    if not found:
        return [], 0
    held: set[tuple[str, str]] = set()
    for chunk in chunks(number for _, number in found):
        held |= {(r["kind"], r["number"]) for r in rows_of(conn, queries.numbered(chunk))}
    ahead = sorted(name for key, name in found.items() if key not in held or key in created)
    return ahead[:shown], len(ahead)
