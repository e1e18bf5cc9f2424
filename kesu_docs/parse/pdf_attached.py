"""A PDF whose pages print no form but which carries files attached to it (a blank cover page with
the filled form attached, a PDF portfolio): the attached forms kesu reads (a PDF, an Excel
workbook) are read, each record saying the file it came from; the others are named, never "no
text layer (a scan)". Bounded: a few files, each no larger than an input file may be, one level
deep (a PDF attached to an attached PDF is not opened), and nothing is written anywhere: an
attached file's name is shown, never made a path."""

from __future__ import annotations

import ctypes
from collections.abc import Callable
from contextvars import ContextVar
from pathlib import Path
from typing import Any

from ..problems import Bilingual, Problem, SourceError
from .limits import check_file_size
from .results import Extraction

# this module's codes in the message catalogue (problems.py reads them on first look-up)
MESSAGES: dict[str, tuple[str, str]] = {
    "pdf_attachments_only": (
        "PDF 的页面上没有表单，只带有附件（{names}）：{why}。请在 PDF 阅读器中打开附件（回形针图标），"
        "把表单本身另存出来后再提交",
        "The PDF's pages hold no form, only attached file(s) ({names}): {why}. Open the attachments "
        "in a PDF reader (the paper clip), save the form itself and submit that",
    ),
    "read_from_attachment": (
        "PDF 的页面上没有表单，这份记录读自它的附件“{name}”：请核对，并请对方以后直接提交表单文件",
        "The PDF's pages hold no form: this record was read from its attached file '{name}'; please "
        "check it, and ask the sender to send the form file itself",
    ),
}

_READ_AT_MOST = 5  # attached files looked at (a portfolio of a few forms; a larger one is named)
_SHOWN = 3  # attached files named in a message
_INSIDE: ContextVar[bool] = ContextVar("kesu_pdf_attachment", default=False)


def _attached(data: bytes) -> tuple[list[str], list[tuple[str, bytes | None]]]:
    """The attached files' names (printable, a path's last part) and the first few with their
    bytes (None: larger than an input file may be, or unreadable)."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    from ..values import printable

    pdf = pdfium.PdfDocument(data)
    try:
        count = pdf.count_attachments()
        names: list[str] = []
        files: list[tuple[str, bytes | None]] = []
        for i in range(count):
            attachment = pdf.get_attachment(i)
            try:
                raw = _text_string(str(attachment.get_name()))
            except Exception:  # (a damaged file specification: counted, unnamed)
                raw = ""
            name = printable(raw.replace("\\", "/").rsplit("/", 1)[-1], 60) or f"#{i + 1}"
            names.append(name)
            if i >= _READ_AT_MOST:
                continue
            size = ctypes.c_ulong()
            pdfium_c.FPDFAttachment_GetFile(attachment, None, 0, size)
            try:
                check_file_size(size.value)
                files.append((name, bytes(attachment.get_data())))
            except Exception:  # larger than an input file may be (SourceError), or unreadable
                files.append((name, None))
        return names, files
    finally:
        pdf.close()


def _text_string(name: str) -> str:
    """A name PDFium gave byte by byte where the file wrote it as a PDF text string in UTF-16 (its
    BOM ``þÿ`` first: pypdf's names of files attached), decoded; else as it is."""
    if name.startswith("\xfe\xff"):
        try:
            return name[2:].encode("latin-1").decode("utf-16-be")
        except (UnicodeEncodeError, UnicodeDecodeError):
            return name
    return name


def read_attached(
    path: Path,
    data: bytes,
    kind: str | None,
    read_pdf: Callable[[Path, bytes, str | None], list[Extraction]],
    *,
    said: bool = True,
) -> list[Extraction] | None:
    """The forms attached to a PDF whose pages hold none, each with a warning naming the file it
    was read from; None when it carries no attached file (or is itself one: one level deep).
    Attached files none of which is a form kesu reads: SourceError naming them (``said``), or
    None (its pages' own words then say what it is: a scan, a letter)."""
    if _INSIDE.get():
        return None
    try:
        names, files = _attached(data)
    except Exception:  # (PDFium could not open it again: as before, the caller's error)
        return None
    if not names:
        return None
    from .excel import OLE_MAGIC, ZIP_MAGIC
    from .excel import extract as read_workbook

    out: list[Extraction] = []
    refused: list[SourceError] = []
    token = _INSIDE.set(True)
    try:
        for name, held in files:
            if held is None:
                continue
            reader: Any = None
            if b"%PDF-" in held[:1024]:
                reader = read_pdf
            elif held.startswith((ZIP_MAGIC, OLE_MAGIC)):
                reader = read_workbook
            if reader is None:
                continue
            try:
                found = reader(path, held, kind)
            except SourceError as exc:
                refused.append(exc)
                continue
            for extraction in found:
                extraction.source = f"{path}#{name}"
                where = extraction.locations.get("", "")
                extraction.problems.append(
                    Problem("read_from_attachment", location=where, severity="warning", params={"name": name})
                )
            out += found
    finally:
        _INSIDE.reset(token)
    if out or not said:
        return out or None
    shown = "、".join(names[:_SHOWN]), ", ".join(names[:_SHOWN])
    more = len(names) - _SHOWN
    why = (
        Bilingual("附件中的表单无法读取", "the form attached could not be read")
        if refused
        else Bilingual(
            "附件不是 kesu 能读的表单（PDF 或 Excel 工作簿）",
            "none is a form kesu reads (a PDF or an Excel workbook)",
        )
    )
    listed = Bilingual(
        shown[0] + (f" 等 {len(names)} 个" if more > 0 else ""),
        shown[1] + (f" and {more} more" if more > 0 else ""),
    )
    raise SourceError("pdf_attachments_only", names=listed, why=why)
