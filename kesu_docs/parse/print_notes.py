"""The notes of the workbook a PDF was printed from, when it lies beside the PDF.

A print never shows a cell's note (comment): a clerk who corrected ``不良數`` in a note
(``更正：應為 56``) and printed the sheet sends a PDF that says 52 and nothing else. Read alone
the PDF cannot know; but the workbook it was printed from is often saved beside it, under the
same name (``客訴單.xlsx`` and ``客訴單.pdf``, in one folder or one upload). Then each value
the PDF shows that the workbook's reader read from a noted cell — the same field, the same
value, the same form (its kind, and its number when both give one) — is warned of, the note
quoted (``value_noted_in_workbook``); a note correcting a figure to one figure is offered in
the warning (``value_corrected_in_workbook``) and never taken: the PDF is read as it prints.

A workbook without a comments part costs one look at its zip directory. One with notes is first
looked at for its noted cells alone (:func:`_may_warn`: their stored values, streamed from the
sheets that carry notes): only when one of them holds a value the PDF shows, or is a label the
PDF read a value by, is the whole workbook read by the Excel reader (its limits, its profile when
one was learned), once — a template's hint notes on its headings no longer cost a read of its
twenty-eight sheets.
"""

from __future__ import annotations

import zipfile
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from html import unescape as xml_text
from pathlib import Path
from typing import Any

from .. import value_paths
from ..lazy_re import lazy_re
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
# may a layout profile read the workbook as the form of that kind: :func:`.profile.may_read`
# (given by the caller too: the profiles' module imports this one)
MayProfile = Callable[[str], bool]


def with_workbook_notes(
    path: Path,
    extracted: list[Extraction],
    kind: str | None,
    read_file: ReadFile,
    may_profile: MayProfile | None = None,
) -> list[Extraction]:
    """``extracted`` (a PDF's one form) with a warning on each value whose cell carries a note
    in the workbook of the same name beside the PDF, read by ``read_file``; unchanged when
    there is none, when it has no notes, or when it is not the same form. ``may_profile``:
    whether a profile may read the workbook as a form of the kind (None: any profile may)."""
    if len(extracted) != 1 or extracted[0].kind is None:
        return extracted
    printed = extracted[0]
    clipped = any(p.code in _FROM_BOOK and p.field for p in printed.problems)
    book = _beside(path) or (_beside(path, noted=False) if clipped else None)
    if book is None:
        return extracted
    with _Looked(book) as looked:  # (both checks look at one opening: each sheet inflated once)
        if not (clipped and _may_extend(looked, printed)) and not _may_warn(looked, printed, may_profile):
            return extracted  # no noted cell the print shows, nothing clipped: the workbook unread
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
        # the print's text the whole's beginning (cut at the right), or its end (a right-aligned
        # text cut at its cell's left border, :func:`.pdf_cells._cut_on_the_left`)
        if (
            len(cut) < CLIPPED_LEAST
            or len(full) <= len(cut)
            or not (full.startswith(cut) or full.endswith(cut))
        ):
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


def _may_warn(book: Path | _Looked, printed: Extraction, may_profile: MayProfile | None = None) -> bool:
    """Can a note of ``book`` be on a value the PDF shows? A noted cell (or the top-left cell of
    the merged range it lies in) whose stored value is one the PDF shows (the same figure, the
    same text, or a text holding it), or is the label the PDF read a value by. Only the noted
    cells are read: the sheets that carry notes streamed for them, the shared strings they
    name. True when the workbook cannot be looked at so (the full read decides, as before), or
    when a layout profile may read it (``may_profile``; None: whenever there are profiles)."""
    from ..config import has_profiles
    from .cell_notes import cell_notes
    from .excel import passed_over

    shown = [" ".join(str(v).split()) for v in _leaves(printed.values) if v not in (None, "")]
    labels = {
        " ".join(str(getattr(p, "label", "") or "").split()).rstrip(":：")
        for p in printed.provenance.values()
    }
    labels.discard("")
    if not shown:
        return False
    try:
        with _looked(book) as looked:
            archive = looked.archive
            found: dict[str, list[str]] = {}
            wanted: dict[int, None] = {}
            sheets = looked.sheets
            for sheet in sheets:
                notes = cell_notes(archive, sheet.part) if sheet.part else {}
                if notes:
                    part = sheet.part or ""
                    found[sheet.name] = _cell_texts(archive, part, set(notes), wanted, looked.part(part))
            strings = _shared_strings(archive, set(wanted))
            noted = {name for name, texts in found.items() if _any_shown(texts, strings, shown, labels)}
            if not noted or printed.kind is None:
                return bool(noted)
            if may_profile(printed.kind) if may_profile is not None else has_profiles():
                return True  # which sheet the profile reads: the whole read decides
            rival = _rival(looked, [s for s in sheets if s.name not in noted], shown)
        # only the sheet the form is read from has its notes said: another sheet ranking above
        # each noted one (those two read alone) leaves the workbook unread
        return rival is None or not passed_over(looked.book.read_bytes(), printed.kind, noted, rival)
    except Exception:  # (a workbook the Excel reader may yet read, or refuse with its reason)
        return True


def _any_shown(found: list[str], strings: dict[int, str], shown: list[str], labels: set[str]) -> bool:
    """Is one of the noted cells' texts ``found`` a value the PDF shows or a label it read by?"""
    texts = [strings.get(int(t[1:]), "") if t.startswith("\x00") else t for t in found]
    for text in texts:
        text = " ".join(text.split())
        if not text:
            continue
        if text.rstrip(":：") in labels:
            return True
        if text.startswith("\x01"):  # a date serial: its year, month and day among a value's numbers
            wanted_date = {int(n) for n in text[1:].split()}
            if any(wanted_date <= {int(n) for n in _NUMBERS.findall(v)} for v in shown):
                return True
            continue
        # (a cell holding its label and value, ``客户：ACME``; an amount with its currency and
        # thousands, ``US$ 1,250.00``, the print's value read as 1250.00)
        figures = [n.replace(",", "") for n in _AMOUNT.findall(text)]
        for value in shown:
            if _same_value(value, text) or (len(value) >= 2 and value in text):
                return True
            if any(_same_value(value, figure) for figure in figures):
                return True
    return False


_AMOUNT = lazy_re(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")


_REF = lazy_re(rb'<(?:[A-Za-z_][\w.-]*:)?c\s[^>]*?\br="([A-Z]{1,3}[0-9]+)"')


def _rival(looked: _Looked, sheets: list[Any], shown: list[str]) -> str | None:
    """The name of the visible sheet among ``sheets`` whose cells hold the most of the values the
    PDF shows (the form's own sheet, as a rule), or None when none holds one."""
    values = set(shown)
    best, most = None, 0
    for name, texts in looked.texts(sheets).items():
        if len(texts & values) > most:
            best, most = name, len(texts & values)
    return best


class _Looked:
    """The workbook beside the print as :func:`_may_extend` and :func:`_may_warn` look at it,
    one after the other: its zip opened and checked once, each sheet's part inflated once and
    its cells' texts made once, whichever check asks first (a print with a cut text and notes
    had each sheet inflated, and its texts built, by both). Kept only while the two look."""

    def __init__(self, book: Path) -> None:
        self.book = book
        self._archive: zipfile.ZipFile | None = None
        self._sheets: list[Any] | None = None
        self._parts: dict[str, bytes] = {}
        self._texts: dict[str, set[str]] = {}
        self._counted: dict[str, Counter[str]] = {}

    def __enter__(self) -> _Looked:
        return self

    def __exit__(self, *_: object) -> None:
        if self._archive is not None:
            self._archive.close()
            self._archive = None
        self._parts.clear()

    @property
    def archive(self) -> zipfile.ZipFile:
        """The zip, opened and checked against the reader's limits before any part is inflated."""
        if self._archive is None:
            from .limits import check_workbook

            archive = zipfile.ZipFile(self.book)
            try:
                check_workbook(archive)
            except BaseException:
                archive.close()
                raise
            self._archive = archive
        return self._archive

    @property
    def sheets(self) -> list[Any]:
        """The workbook's worksheets that have a part."""
        if self._sheets is None:
            from .xlsx_parts import read_parts

            self._sheets = [s for s in read_parts(self.archive).sheets if s.part and s.worksheet]
        return self._sheets

    def part(self, name: str) -> bytes:
        if name not in self._parts:
            self._parts[name] = self.archive.read(name)
        return self._parts[name]

    def texts(self, sheets: list[Any]) -> dict[str, set[str]]:
        """The stored values of each visible sheet's cells as text, spaces closed up."""
        wanted: dict[int, None] = {}
        found = {}
        for sheet in sheets:
            if sheet.state == "visible" and sheet.part and sheet.name not in self._texts:
                data = self.part(sheet.part)  # (its cells' references, then their texts)
                refs = {m.decode() for m in _REF.findall(data)}
                found[sheet.name] = _cell_texts(self.archive, sheet.part, refs, wanted, data)
        strings = _shared_strings(self.archive, set(wanted))
        for name, cells in found.items():
            counted = Counter(
                " ".join((strings.get(int(t[1:]), "") if t.startswith("\x00") else t).split()) for t in cells
            )
            counted.pop("", None)
            self._texts[name], self._counted[name] = set(counted), counted
        return {s.name: self._texts[s.name] for s in sheets if s.name in self._texts}

    def held(self, text: str) -> int:
        """How many cells of the sheets looked at by :meth:`texts` hold ``text`` (spaces closed up)."""
        return sum(counted.get(text, 0) for counted in self._counted.values())


@contextmanager
def _looked(book: Path | _Looked) -> Iterator[_Looked]:
    """``book`` as looked at once (closed on leaving when opened here)."""
    if isinstance(book, _Looked):
        yield book
        return
    with _Looked(book) as looked:
        yield looked


def _may_extend(book: Path | _Looked, printed: Extraction) -> bool:
    """Can the workbook's reader read a longer whole for a text the print shows cut at its cell's
    border (``value_cut_off``)? Only if a cell holds that text and more, or the text begins with a
    cell's (its whole then runs over several cells); a cell holding exactly what was read (the
    print's value is whole: another page shows it so) gives nothing more. Another doubt (a figure
    printed ``###``, ``value_not_printed``) or a workbook that cannot be looked at so: True."""
    cuts = []
    for problem in printed.problems:
        if problem.code == "value_not_printed" and problem.field:
            return True
        if problem.code == "value_cut_off" and problem.field:
            shown = value_paths.get(printed.values, problem.field)
            if isinstance(shown, str) and len(" ".join(shown.split())) >= CLIPPED_LEAST:
                cuts.append(" ".join(shown.split()))
    if not cuts:
        return False
    try:
        with _looked(book) as looked:
            texts = set().union(*looked.texts(looked.sheets).values())
            # a cell's text the print shows whole (a title beginning with the cut customer's name),
            # as often as the workbook holds it, is no cell the print cut: it gives nothing more
            whole = printed.printed_whole
            texts = {t for t in texts if looked.held(t) > whole.get(t, 0)} if whole else texts
    except Exception:  # (a workbook the Excel reader may yet read, or refuse with its reason)
        return True
    return any(_longer(cut, text) for cut in cuts for text in texts)


# characters a cell's text must have to be taken for the beginning of a cut text running over
# several cells (a one-character cell, ``1`` or ``A``, begins half the texts there are)
PART_LEAST = 4


def _longer(cut: str, text: str) -> bool:
    """May the cell's ``text`` give more of the ``cut`` text than the print shows? It holds it
    with more after it (after a label sharing the cell too, ``客户名称： 深圳…``), or it is the
    cut text's beginning (a whole running over several cells), :data:`PART_LEAST` characters at least;
    or it ends in it, with more before it (a right-aligned text the print cut on its left)."""
    at = text.find(cut)
    if at >= 0 and at + len(cut) < len(text):
        return True
    if at > 0 and text.endswith(cut) and not text[:at].rstrip().endswith((":", "：")):
        return True  # (its end: a right-aligned text cut on its left; a label before it adds nothing)
    return PART_LEAST <= len(text) < len(cut) and cut.startswith(text)


# a cell's opening tag (its reference, whether it closes at once); its content is looked for
# after it, within a cell's most (an inline text of 32,767 characters): a tag never closed
# cannot make the scan quadratic
_NOTED_CELL = lazy_re(rb'<(?:[A-Za-z_][\w.-]*:)?c\s[^>]*?\br="([A-Z]{1,3}[0-9]+)"[^>]*?(/?)>')
_CELL_MOST = 1 << 18


def _cell_end(data: bytes, start: int) -> int:
    """Where the cell whose content begins at ``start`` closes (``</c>``, ``</x:c>``), looked
    for within :data:`_CELL_MOST` bytes; -1 when it does not."""
    stop = min(len(data), start + _CELL_MOST)
    at = data.find(b"c>", start, stop)
    while at >= 0:
        tag = data.rfind(b"</", max(start, at - 64), at)
        if tag >= 0 and (tag + 2 == at or data[tag + 2 : at].endswith(b":")):
            return tag
        at = data.find(b"c>", at + 2, stop)
    return -1


_MERGE = lazy_re(rb'<(?:[A-Za-z_][\w.-]*:)?mergeCell\s[^>]*?ref="([A-Z]{1,3})([0-9]+):([A-Z]{1,3})([0-9]+)"')
_V = lazy_re(rb"<(?:[A-Za-z_][\w.-]*:)?v>([^<]*)<")
_T = lazy_re(rb"<(?:[A-Za-z_][\w.-]*:)?t(?:\s[^>]*)?>([^<]*)<")
_SHARED = lazy_re(rb'\bt="s"')


def _cell_texts(
    archive: zipfile.ZipFile, part: str, refs: set[str], wanted: dict[int, None], data: bytes | None = None
) -> list[str]:
    """The stored values of the cells ``refs`` of the sheet at ``part`` (a merged range's
    top-left cell for a noted cell inside it), as text (``_xHHHH_`` escapes read); a shared
    string as ``"\\x00"`` and its index (added to ``wanted``), a date serial with its date
    beside it. ``data``: the part's bytes when the caller has them already."""
    from .xlsx_parts import column_letter, column_number, decode_xstring

    data = archive.read(part) if data is None else data
    for merged in _MERGE.finditer(data):
        first, last = column_number(merged[1].decode()), column_number(merged[3].decode())
        top, bottom = int(merged[2]), int(merged[4])
        if (last - first + 1) * (bottom - top + 1) > 10_000:
            continue  # (a whole-sheet merge: no form's value cell)
        inside = {f"{column_letter(c)}{r}" for c in range(first, last + 1) for r in range(top, bottom + 1)}
        if inside & refs:
            refs = refs | {f"{merged[1].decode()}{top}"}
    out: list[str] = []
    seen: set[bytes] = set()
    for cell in _NOTED_CELL.finditer(data):
        if cell[2] or cell[1] in seen or cell[1].decode() not in refs:  # (``<c …/>``: nothing stored)
            continue
        seen.add(cell[1])  # (a cell written twice: its first, each looked at once)
        end = _cell_end(data, cell.end())
        if end < 0:
            continue
        head, body = cell[0], data[cell.end() : end]
        value = _V.search(body)
        if value is not None and _SHARED.search(head):
            index = int(value[1] or 0)
            wanted[index] = None
            out.append(f"\x00{index}")
        elif value is not None:
            text = decode_xstring(xml_text(value[1].decode("utf-8", "replace")))
            out.append(text)
            out.extend(_serial_dates(text))
        else:
            out.append(
                decode_xstring(xml_text("".join(t.decode("utf-8", "replace") for t in _T.findall(body))))
            )
    return out


def _leaves(value: Any) -> list[Any]:
    """Every value of a record's values (tables and lists walked)."""
    if isinstance(value, dict):
        return [leaf for inner in value.values() for leaf in _leaves(inner)]
    if isinstance(value, list | tuple):
        return [leaf for inner in value for leaf in _leaves(inner)]
    return [value]


def _serial_dates(text: str) -> list[str]:
    """A stored number read as an Excel date serial (1900 system): ``"\\x01"`` and its year,
    month and day, found in a value the PDF shows in any order and writing (2026/11/3,
    2026-11-03, 3 Nov 2026 is not: a month word is read whole, :func:`_may_warn` is no reader)."""
    import datetime as dt

    try:
        serial = float(text)
    except ValueError:
        return []
    if not 1 <= serial < 2_958_466:
        return []
    day = dt.date(1899, 12, 30) + dt.timedelta(days=int(serial))
    return [f"\x01{day.year} {day.month} {day.day}"]


_NUMBERS = lazy_re(r"\d+")


def _shared_strings(archive: zipfile.ZipFile, wanted: set[int]) -> dict[int, str]:
    """The shared strings of ``wanted`` indexes (``_xHHHH_`` escapes read), streamed up to the
    last of them."""
    import xml.etree.ElementTree as ET

    from .xlsx_parts import decode_xstring

    out: dict[int, str] = {}
    if not wanted or "xl/sharedStrings.xml" not in archive.NameToInfo:
        return out
    last, index = max(wanted), 0
    with archive.open("xl/sharedStrings.xml") as stream:
        for _event, elem in ET.iterparse(stream, events=("end",)):
            if elem.tag.rpartition("}")[2] != "si":
                continue
            if index in wanted:
                out[index] = decode_xstring(
                    "".join(t.text or "" for t in elem.iter() if t.tag.rpartition("}")[2] == "t")
                )
            elem.clear()
            index += 1
            if index > last:
                break
    return out


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
