"""User text in every spreadsheet kesu writes (register export, validation report, blank forms):
text, never a formula.

openpyxl takes any string starting with ``=`` for a formula, and Excel runs ``+``, ``-`` and
``@`` ones (and their full-width forms ``＝ ＋ － ＠``, typed with a Chinese IME) and DDE payloads (``=cmd|' /C calc'!A0``) as well once a clerk edits the cell. A
customer's name, a void reason or a file name is the customer's text: :func:`text_only` marks
every string cell of a workbook as a string (``t="inlineStr"``) with Excel's quote prefix where it
starts like a formula, and :func:`cell` makes a value storable at all (XML cannot hold NUL or
other control characters; a register filled before they were refused may still hold them).

    sheet.append([cell(v) for v in row])     # while filling
    text_only(book); book.save(path)         # before saving: no string is a formula

Plain lines (``kesu register list --format csv|tsv``, opened in a spreadsheet) have no cell
type to say "text": :func:`plain_text` gives such a value Excel's quote prefix instead.
"""

from __future__ import annotations

from typing import Any

from .lazy_re import lazy_re

# what XML 1.0 cannot hold (openpyxl raises IllegalCharacterError on them) and lone surrogates,
# as a regex class's ranges: the one list, for the values' check and every writer of XML
UNSTORABLE = "\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\ud800-\\udfff\\ufffe\\uffff"
_ILLEGAL = lazy_re(f"[{UNSTORABLE}]")
# (the full-width ＝ ＋ － ＠ too: in some locales a spreadsheet takes a cell typed with a Chinese
# or Japanese IME's ＝ for a formula's start)
FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n", "|", "%", "＝", "＋", "－", "＠")
_NUMBER = lazy_re(r"[+-]?[0-9][0-9,]*(\.[0-9]+)?%?")  # -12.50, +3, -5%: a figure, not a formula


def cell(value: Any) -> Any:
    """A value that a cell can hold: unstorable characters in text become U+FFFD (�)."""
    if isinstance(value, str):
        return _ILLEGAL.sub("\ufffd", value)
    return value


def text_only(workbook: Any) -> Any:
    """Mark every string cell of ``workbook`` as text, never a formula; the workbook.

    A workbook kesu writes has no formulas of its own: every string in it is text.
    """
    for sheet in workbook.worksheets:
        for item in list(getattr(sheet, "_cells", {}).values()):  # only the cells that exist
            value = item.value
            if not isinstance(value, str):
                continue
            if _ILLEGAL.search(value):
                item.value = cell(value)
            item.data_type = "s"
            if value.startswith(FORMULA_START):
                item.quotePrefix = True  # Excel keeps it text even when the cell is edited
    return workbook


def plain_text(value: str) -> str:
    """A value for a CSV or TSV line: one starting like a formula gets a leading ``'``.

    A spreadsheet opening the file reads ``=cmd|' /C calc'!A0`` or ``@SUM(1,1)`` in a
    customer's name as a formula (CSV injection); with the quote it shows the text as typed.
    A plain signed figure (``-12.50``) is left as it is: it is a number, never code.

    The rule (OWASP's CSV injection guidance): the value's first character that is not a blank
    is looked at — a line's reader may trim the blanks before it (a TSV value is written with
    its blanks folded, LibreOffice's import offers "trim spaces"), so `` =1+1`` is ``=1+1``
    there. Quoted: ``=SUM(…)``, ``= 5 pcs``, ``@home``, ``+86 138 0013 8000`` (Excel's ``+``
    and its spaces are a formula, ``#NULL!``), ``-5 pcs``; kept: ``-5``, ``+3``, ``-5%``,
    ``1,200``, ``5 pcs``, ``A=B``. A value starting with a TAB or a CR is quoted whatever
    follows (OWASP's list: ``=``, ``+``, ``-``, ``@``, TAB, CR), its blanks trimmed or not.
    """
    if value.startswith(("\t", "\r")):  # OWASP: a TAB or CR first is quoted as it is
        return "'" + value
    start = value.lstrip()
    if start.startswith(FORMULA_START) and not _NUMBER.fullmatch(start):
        return "'" + value
    return value
