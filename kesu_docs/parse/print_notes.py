"""The notes of the workbook a PDF was printed from, when it lies beside the PDF.

A print never shows a cell's note (comment): a clerk who corrected ``不良數`` in a note
(``更正：應為 56``) and printed the sheet sends a PDF that says 52 and nothing else. Read alone
the PDF cannot know; but the workbook it was printed from is often saved beside it, under the
same name (``客訴單.xlsx`` and ``客訴單.pdf``, in one folder or one upload). Then each value
the PDF shows that the workbook's reader read from a noted cell — the same field, the same
value, the same form (its kind, and its number when both give one) — is warned of, the note
quoted (``value_noted_in_workbook``); a note correcting a figure to one figure is offered in
the warning (``value_corrected_in_workbook``) and never taken: the PDF is read as it prints.

A workbook without a comments part costs one look at its zip directory; one with notes is read
by the Excel reader (its limits, its profile when one was learned), once.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from .. import value_paths
from ..problems import Problem, SourceError
from .results import Extraction

# the workbook saved beside its print: the same name, an Excel suffix (either case)
_BOOK_SUFFIXES = (".xlsx", ".xlsm", ".XLSX", ".XLSM")
_NOTED = ("value_noted", "value_from_note")

MESSAGES: dict[str, tuple[str, str]] = {
    "value_from_workbook_beside": (
        "{label}：打印件上此值没有印出（印成“###”），已按同名工作簿 {workbook} 的 {location} 读作“{value}”，请核对",
        "{label}: the print does not show this value (printed ###); read as '{value}' from the workbook "
        "of the same name beside it, {workbook}, {location}; please check",
    ),
    "value_clipped_in_print": (
        "{label}：打印件上只印出“{value}”（文字被格子截断），已按同名工作簿 {workbook} 的 {location} 读出全文，请核对",
        "{label}: the print shows only '{value}' (the text clipped by its cell); the whole was read "
        "from the workbook of the same name beside it, {workbook}, {location}; please check",
    ),
    "value_noted_in_workbook": (
        "{label}：同名工作簿 {workbook} 的 {location} 单元格有批注：“{note}”（打印出来的 PDF 不显示批注），"
        "已按 PDF 上的“{value}”读取：请核对批注是否更正了它",
        "{label}: in the workbook of the same name beside this PDF, {workbook}, cell {location} "
        "carries a note: '{note}' (a print does not show notes); read as the PDF shows, '{value}': "
        "check whether the note corrects it",
    ),
    "value_corrected_in_workbook": (
        "{label}：PDF 上是 {value}，但同名工作簿 {workbook} 的 {location} 单元格有批注更正为 {corrected}"
        "（“{note}”，打印出来的 PDF 不显示批注）：仍按 PDF 读作 {value}，请核对",
        "{label}: the PDF shows {value}, but in the workbook of the same name beside it, {workbook}, "
        "the note on cell {location} corrects it to {corrected} ('{note}'; a print does not show "
        "notes): read as the PDF shows, {value}; please check",
    ),
}


# how the workbook is read: :func:`.reading.extract_file` (given by its caller: no import back)
ReadFile = Callable[[Path, str | None], "tuple[list[Extraction], str] | SourceError"]


def with_workbook_notes(
    path: Path, extracted: list[Extraction], kind: str | None, read_file: ReadFile
) -> list[Extraction]:
    """``extracted`` (a PDF's one form) with a warning on each value whose cell carries a note
    in the workbook of the same name beside the PDF, read by ``read_file``; unchanged when
    there is none, when it has no notes, or when it is not the same form."""
    if len(extracted) != 1 or extracted[0].kind is None:
        return extracted
    printed = extracted[0]
    clipped = any(p.code in _FROM_BOOK and p.field for p in printed.problems)
    book = _beside(path) or (_beside(path, noted=False) if clipped else None)
    if book is None:
        return extracted
    read = _workbook_form(read_file(book, printed.kind))
    if read is None or not _same_form(read, printed):
        return extracted
    if clipped:
        _whole_from_workbook(printed, read, book)
    for problem in read.problems:
        if problem.code not in _NOTED or not problem.field:
            continue
        field = problem.field
        cell = problem.params.get("cell") if problem.code == "value_from_note" else None
        shown = value_paths.get(read.values, field) if cell is None else cell
        value = value_paths.get(printed.values, field)
        if value in (None, "") or not _same_value(value, shown):
            continue
        params: dict[str, Any] = {
            "workbook": book.name,
            "location": problem.params.get("location", ""),
            "note": problem.params.get("note", ""),
            "value": value,
        }
        code = "value_noted_in_workbook"
        if cell is not None:
            code, params["corrected"] = "value_corrected_in_workbook", problem.params.get("value")
        printed.problems.append(
            Problem(
                code,
                field=field,
                label=problem.label,
                label_en=problem.label_en,
                location=printed.locations.at(field),
                severity="warning",
                params=params,
            )
        )
    return extracted


def _whole_from_workbook(printed: Extraction, read: Extraction, book: Path) -> None:
    """Each text the print shows cut at its cell's border (``value_cut_off``) whose whole the
    workbook's reader read for the same field (the print's text its beginning): the whole is
    read, and said (``value_clipped_in_print``) in place of the doubt."""
    for i, problem in enumerate(printed.problems):
        field = problem.field
        if problem.code != "value_cut_off" or not field:
            continue
        shown, whole = value_paths.get(printed.values, field), value_paths.get(read.values, field)
        if not isinstance(shown, str) or not isinstance(whole, str):
            continue
        cut, full = " ".join(shown.split()), " ".join(whole.split())
        if len(cut) < CLIPPED_LEAST or len(full) <= len(cut) or not full.startswith(cut):
            continue
        value_paths.put(printed.values, field, whole)
        params = {
            "value": problem.params.get("value", cut),
            "workbook": book.name,
            "location": read.locations.at(field),
        }
        printed.problems[i] = replace(problem, code="value_clipped_in_print", params=params)
    for i, problem in enumerate(printed.problems):
        field = problem.field
        if problem.code != "value_not_printed" or not field:
            continue
        whole = value_paths.get(read.values, field)
        if whole in (None, "") or value_paths.get(printed.values, field) not in (None, ""):
            continue
        if not _same_row(printed.values, read.values, field):
            continue  # the workbook's line of that number is another line: nothing taken
        value_paths.put(printed.values, field, whole)
        params = {"workbook": book.name, "location": read.locations.at(field), "value": whole}
        printed.problems[i] = replace(
            problem, code="value_from_workbook_beside", severity="warning", params=params
        )


# what the print does not show whole, read in the workbook beside it: a text cut at its cell's
# border, a figure or date printed ``###``
_FROM_BOOK = ("value_cut_off", "value_not_printed")


def _same_row(printed: dict[str, Any], book: dict[str, Any], field: str) -> bool:
    """A table line's field (``corrective_actions[0].due_date``): the workbook's line of that
    number says what the print's does in every other column both read. A field of no line is
    the form's own."""
    head, dot, _name = field.rpartition(".")
    if not dot or not head.endswith("]"):
        return True
    ours, theirs = value_paths.get(printed, head), value_paths.get(book, head)
    if not isinstance(ours, dict) or not isinstance(theirs, dict):
        return False
    shared = [k for k, v in ours.items() if v not in (None, "") and theirs.get(k) not in (None, "")]
    return bool(shared) and all(_same_value(ours[k], theirs[k]) for k in shared)


CLIPPED_LEAST = 8  # characters a print must show of a text before it is known for the workbook's


def _beside(path: Path, *, noted: bool = True) -> Path | None:
    """The workbook of ``path``'s name in its folder that holds a comments part (any workbook of
    that name when not ``noted``), or None."""
    for suffix in _BOOK_SUFFIXES:
        book = path.with_suffix(suffix)
        try:
            if not book.is_file():
                continue
            if not noted:
                return book
            with zipfile.ZipFile(book) as archive:
                if any("comments" in name.lower() for name in archive.namelist()):
                    return book
        except (OSError, zipfile.BadZipFile, ValueError):
            continue  # no workbook that can be opened: nothing to say of it
        return None  # (one workbook of that name, without notes)
    return None


def _workbook_form(read: tuple[list[Extraction], str] | SourceError) -> Extraction | None:
    """The workbook's one form, as the Excel reader read it (a profile's when learned), or None."""
    if isinstance(read, SourceError) or len(read[0]) != 1:
        return None
    return read[0][0]


def _same_form(book: Extraction, printed: Extraction) -> bool:
    """The workbook is the form printed: its kind, and its number when both give one."""
    if book.kind != printed.kind:
        return False
    ours, theirs = printed.values.get("number"), book.values.get("number")
    return ours in (None, "") or theirs in (None, "") or _same_value(ours, theirs)


def _same_value(a: Any, b: Any) -> bool:
    """Two readings of one value: the same figure (52, ``"52"``, ``52.0``) or the same text."""
    from .cell_notes import _figure

    fa, fb = _figure(a), _figure(b)
    if fa is not None and fb is not None:
        return fa == fb
    return " ".join(str(a).split()) == " ".join(str(b).split())
