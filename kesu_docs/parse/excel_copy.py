"""The numbered working copy of an Excel form: the source workbook with its number filled in.

The register numbers a form the clerk filled without a number; the next stage of the case
(QA's investigation, the decision, the closure) is filled on the same sheet, days later. A
copy of the workbook with the number written into the number cell (where the parser found,
or expected, the form's number) lets that next stage carry its number. The input file is
never modified; the number is written as text, never as a formula.
"""

from __future__ import annotations

import errno
import io
import os
import zipfile
from pathlib import Path
from typing import Any, BinaryIO

from ..lazy_re import lazy_re
from ..problems import Bilingual
from ..xlsxsave import moment
from .xlsx_parts import CONNECTIONS, outside_links


def split_location(location: str) -> tuple[str, str]:
    """``客户抱怨处理单!B5`` → (sheet, cell)."""
    sheet, _, cell = location.rpartition("!")
    return sheet.strip("'"), cell


def write_numbered_copy(
    source: Path, target: Path, numbers: dict[str, str], left_out: list[Bilingual] | None = None
) -> bool:
    """Write ``source`` to ``target`` with each ``{location: number}`` filled in; False when
    ``target`` exists already (a working copy being filled is never overwritten). What of the
    source the copy does not carry is added to ``left_out`` (:func:`_loadable`)."""
    from openpyxl import load_workbook

    if target.is_dir():  # a folder of its name: no copy there, and said so
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(target))
    if target.exists():
        return False
    beyond_excel(source)
    keep_vba = source.suffix.lower() == ".xlsm"
    said = left_out if left_out is not None else []
    # (links to other workbooks left out: Excel asks to update them — fetching from the server
    # they name, a stranger's share too — as QA opens the copy kesu made)
    book = load_workbook(_loadable(source, said), keep_vba=keep_vba, keep_links=False)
    with zipfile.ZipFile(source) as archive:  # (what the reader warned of: one rule, one look)
        outside = outside_links(archive)
    linked = [link for link in outside if link != CONNECTIONS]
    if linked:
        _values_for_links(book, source)
        shown = ", ".join(linked[:3]) + (" …" if len(linked) > 3 else "")
        said.append(
            Bilingual(
                f"指向文件外其他工作簿的链接（{shown}）：副本打开时不会去取",
                f"links to workbooks outside the file ({shown}): the copy fetches nothing as it opens",
            )
        )
    if CONNECTIONS in outside:  # (openpyxl writes no data connection: said, as the links are)
        said.append(
            Bilingual(
                "数据连接（xl/connections.xml：数据库、ODBC、网页查询）：副本中没有，打开时不会去取",
                "data connections (xl/connections.xml: a database, ODBC, a web query): not in the copy, "
                "which fetches nothing as it opens",
            )
        )
    _times_as_read(source, book)
    for location, number in numbers.items():
        sheet_name, cell = split_location(location)
        sheet = book[sheet_name] if sheet_name in book.sheetnames else book.active
        target_cell = sheet[cell]
        for merged in sheet.merged_cells.ranges:  # a merged cell's value lives in its top-left cell
            if target_cell.coordinate in merged:
                target_cell = sheet.cell(merged.min_row, merged.min_col)
                break
        target_cell.value = str(number)
        target_cell.data_type = "s"  # text: a number like 202609001 must not become a figure or formula
    _quote_formula_like(book)
    from ..leftovers import written_whole

    written_whole(target, lambda out: _save(book, out))  # whole or not at all, never through a link
    return True


def _quote_formula_like(book: Any) -> None:
    """Each text cell starting as a formula does (``=HYPERLINK(…)``, ``+cmd|…``, ``＝``: see
    :data:`~kesu_docs.xlsxtext.FORMULA_START`) gets Excel's quote prefix, as kesu's own
    workbooks give it (``reports.workbook.put``): the working copy is the one QA fills in next,
    and Excel (LibreOffice too) makes such a text cell a formula as soon as it is edited (F2,
    Enter) unless it is quote-prefixed — a customer's text run as a formula in the plant's
    Excel. Opened, it shows as text either way."""
    from ..xlsxtext import FORMULA_START

    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                value = cell.value
                if cell.data_type == "s" and isinstance(value, str) and value.startswith(FORMULA_START):
                    cell.quotePrefix = True


_LINKED_FORMULA = lazy_re(r"\[\d+\]")  # ``='[1]Sheet'!A1``: a formula reading another workbook
_NAME_IN_FORMULA = lazy_re(r"[A-Za-z_\\\u0080-\uffff][\w.\\?\u0080-\uffff]*")  # (a word of a formula)
_STRING_IN_FORMULA = lazy_re(r'"(?:[^"]|"")*"?')  # ``"a ""b"" c"``: a text, no name nor link in it


def _reads_a_link(text: str, linked: set[str]) -> bool:
    """Does the formula ``text`` read a linked workbook, directly (``[1]S!A1``) or through a
    name of ``linked``? Its texts between quotation marks (``""`` a quotation mark inside) are
    no names: ``=IF(A1="Price",1,2)`` reads no ``Price``, ``="[1] item"`` no workbook."""
    code = _STRING_IN_FORMULA.sub('""', text)
    return bool(_LINKED_FORMULA.search(code)) or any(
        word.upper() in linked for word in _NAME_IN_FORMULA.findall(code)
    )


def _linked_names(book: Any) -> set[str]:
    """The defined names of ``book`` (the workbook's and each sheet's) that read a linked
    workbook (``Price = [1]S!$A$1``), folded to upper case (Excel's names ignore case); each
    is deleted: without the links it names nothing."""
    linked: set[str] = set()
    for names in [book.defined_names, *(sheet.defined_names for sheet in book.worksheets)]:
        for name in [n for n, d in names.items() if _LINKED_FORMULA.search(d.attr_text or "")]:
            linked.add(name.upper())
            del names[name]
    return linked


def _formula_text(value: Any) -> str | None:
    """The text of a formula cell's value: a str, or an array formula's ``text``."""
    if isinstance(value, str):
        return value
    text = getattr(value, "text", None)  # (openpyxl's ArrayFormula)
    return text if isinstance(text, str) else None


def _values_for_links(book: Any, source: Path) -> None:
    """Each formula of ``book`` reading a linked workbook — directly (``[1]S!A1``, an array
    formula too) or through a defined name reading one (``=Price*2``) — replaced by the value
    the source keeps for it (Excel's last result): without the links, such a formula names
    nothing and Excel repairs the copy (LibreOffice shows ``#NAME?``)."""
    from openpyxl import load_workbook

    linked = _linked_names(book)
    kept = None
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                text = _formula_text(cell.value) if cell.data_type == "f" else None
                if text is None or not _reads_a_link(text, linked):
                    continue
                if kept is None:
                    kept = load_workbook(_loadable(source, []), data_only=True, keep_links=False)
                cell.value = kept[sheet.title][cell.coordinate].value


CUSTOM_PROPERTIES_BYTES = 1024 * 1024  # a workbook's own custom document properties: a few kB


def _loadable(source: Path, left_out: list[Bilingual]) -> Path | io.BytesIO:
    """The source as openpyxl is to load it: without its custom document properties
    (``docProps/custom.xml``) when they unpack to more than :data:`CUSTOM_PROPERTIES_BYTES`,
    said in ``left_out``. The reader never reads them; openpyxl makes an object of each and
    writes them back: 49 MB of them kept the copy of a 1.5 MB workbook 60 s and 827 MB (the
    documents 5 s and 88 MB) and made a part of 72 MB in it."""
    with zipfile.ZipFile(source) as archive:
        try:
            custom = archive.getinfo("docProps/custom.xml")
        except KeyError:
            return source
        if custom.file_size <= CUSTOM_PROPERTIES_BYTES:
            return source
        kept = io.BytesIO()
        with zipfile.ZipFile(kept, "w") as copy:
            for member in archive.infolist():
                if member.filename != custom.filename:
                    copy.writestr(member, archive.read(member))
    size = f"{custom.file_size / 1024 / 1024:.1f} MB"
    left_out.append(
        Bilingual(
            f"自定义文档属性（{size}），过大（本工具不读取）",
            f"custom document properties ({size}), too large (kesu never reads them)",
        )
    )
    kept.seek(0)
    return kept


EXCEL_SHEET_NAME = 31  # characters: Excel refuses (repairs) a longer sheet name
NOT_IN_SHEET_NAMES = "[]:*?/\\"


class SheetNameBeyondExcel(ValueError):
    """A sheet name Excel refuses (LibreOffice and WPS write longer ones, ``sheet_name_chars``
    lets the reader read them): a copy written with it would open in Excel only "repaired"."""

    def __init__(self, name: str, why: Bilingual) -> None:
        super().__init__(name)
        self.reason = Bilingual(f"工作表名称“{name}”{why.zh}", f"the sheet name '{name}' {why.en}")


def beyond_excel(source: Path) -> None:
    r"""Raise :class:`SheetNameBeyondExcel` for the first sheet of ``source`` whose name Excel
    refuses: over 31 characters, or holding one of ``[]:*?/\``. The copy keeps the clerk's
    names (formulas, print areas and links name the sheet: renaming it would break them)."""
    from .xlsx_parts import read_parts

    with zipfile.ZipFile(source) as archive:
        names = [sheet.name for sheet in read_parts(archive).sheets]
    for name in names:
        shown = name if len(name) <= 40 else f"{name[:40]}…"
        if len(name) > EXCEL_SHEET_NAME:
            raise SheetNameBeyondExcel(
                shown,
                Bilingual(
                    f"有 {len(name)} 个字符，超过 Excel 的 {EXCEL_SHEET_NAME} 个（Excel 打开副本会要求修复）："
                    "请在原文件中改短工作表名称",
                    f"has {len(name)} characters, over Excel's {EXCEL_SHEET_NAME} (Excel would open the copy "
                    "only by repairing it): shorten the sheet's name in the source",
                ),
            )
        bad = next((c for c in name if c in NOT_IN_SHEET_NAMES), None)
        if bad is not None:
            raise SheetNameBeyondExcel(
                shown,
                Bilingual(
                    f"含有 Excel 不允许的字符 {bad}（Excel 打开副本会要求修复）：请在原文件中改掉它",
                    f"holds {bad}, a character Excel does not allow (Excel would open the copy only by "
                    "repairing it): change it in the source",
                ),
            )


def _times_as_read(source: Path, book: Any) -> None:
    """A workbook without its creation or modification time gets none made up from the clock
    (openpyxl puts the moment of loading in it): the earliest zip time stands in."""
    try:
        with zipfile.ZipFile(source) as archive:
            core = archive.read("docProps/core.xml")
    except (KeyError, OSError, zipfile.BadZipFile):
        core = b""
    stamp = moment()
    if b"created" not in core:
        book.properties.created = stamp
    if b"modified" not in core:
        book.properties.modified = stamp


def _save(book: Any, out: BinaryIO) -> None:
    """``book.save(out)`` without the moment of saving in the file: the workbook keeps the
    source's "modified" property and its entries one fixed time, so the copy of the same form
    numbered the same is the same file, run after run (openpyxl's own save stamps both)."""
    from ..xlsxsave import save

    save(book, out, made_here=False)
