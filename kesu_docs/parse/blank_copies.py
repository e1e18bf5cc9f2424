"""A blank copy of the form beside the one a clerk filled (a workbook whose template tab was
copied for the case, its print): one rule tells a copy blank (:func:`blank_form`), one rule
keeps the filled copies and says the blank ones were passed over (:func:`without_blank_copies`),
on every path a sheet or page takes (Excel copies by title, the sheet the reader chose, a PDF's
pages)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..problems import Problem
from .anchor import only_labels
from .boxes import Reading
from .placeholders import filled
from .results import Extraction


def blank_form(reading: Reading) -> bool:
    """Does the form show nothing a clerk filled in: only its printed labels (each value read a
    label beside a label, :func:`.anchor.only_labels`), or no value at all?"""
    return only_labels(reading) or next(filled(reading.values), None) is None


def blank_copy_warning(names: Sequence[str | int], on_pages: bool, location: str = "") -> Problem:
    """The warning on a filled copy that the blank ones ``names`` (sheets, or pages) were passed over."""
    if on_pages:
        return Problem(
            "blank_copy_page", location=location, severity="warning", params={"pages": list(names)}
        )
    return Problem("blank_copy_sheet", location=location, severity="warning", params={"sheets": list(names)})


def without_blank_copies(
    found: list[Extraction], names: Sequence[str | int], source: str, *, on_pages: bool
) -> list[Extraction]:
    """The copies of one form a file holds (``names``: each one's sheet, or first page), without
    the blank ones beside a filled one: no second document and no error, a warning on each filled
    one; every copy blank stays as it is (each said empty). One filled copy left is the file's
    document (``source``)."""
    blank = [n for n, e in zip(names, found) if e.blank]
    if not blank or len(blank) == len(found):
        return found
    kept = [e for n, e in zip(names, found) if n not in blank]
    for e in kept:
        e.problems.append(blank_copy_warning(blank, on_pages, e.locations.get("", "")))
    return [replace(kept[0], source=source)] if len(kept) == 1 else kept
