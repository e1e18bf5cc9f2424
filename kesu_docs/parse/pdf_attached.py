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
        "{held}（{names}）：{why}。请在 PDF 阅读器中打开附件（回形针图标），把表单本身另存出来后再提交",
        "{held} ({names}): {why}. Open the attachments in a PDF reader (the paper clip), save the "
        "form itself and submit that",
    ),
    "read_from_attachment": (
        "{pages}，这份记录读自它的附件“{name}”：请核对，并请对方以后直接提交表单文件",
        "{pages}: this record was read from its attached file '{name}'; please check it, and ask "
        "the sender to send the form file itself",
    ),
    "attachments_left_unread": (
        "PDF 的其他附件未读取：{files}；请打开核对其中是否还有表单",
        "The PDF's other attached files were not read: {files}; open them and check whether they "
        "hold a form too",
    ),
}

# what the PDF's pages are, said before its attached files: no form, or a scan (no text layer)
_NO_FORM = Bilingual("PDF 的页面上没有表单", "The PDF's pages hold no form")
_SCANNED = Bilingual(
    "PDF 的页面是扫描图像（没有文字层，未读取）", "The PDF's pages are a scan (no text layer, not read)"
)
_HELD = {
    False: Bilingual(
        "PDF 的页面上没有表单，只带有附件", "The PDF's pages hold no form, only attached file(s)"
    ),
    True: Bilingual(
        "PDF 的页面是扫描图像，没有文字层（需先做 OCR 文字识别），另带有附件",
        "The PDF's pages are a scan with no text layer (it needs OCR first); it carries attached file(s)",
    ),
}
# why an attached file was left unread
_TOO_LARGE = Bilingual("超过文件大小上限或无法读取", "larger than a file kesu reads, or unreadable")
_NOT_A_FORM_FILE = Bilingual("不是 PDF 或 Excel 工作簿", "not a PDF or an Excel workbook")
_NO_FORM_IN_IT = Bilingual("其中没有表单", "no form in it")

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
    scanned: Callable[[], bool] = lambda: False,
) -> list[Extraction] | None:
    """The forms attached to a PDF whose pages hold none, each with a warning naming the file it
    was read from (and, when its pages are a scan — ``scanned()``, asked only of a PDF carrying
    files — ``no_text_layer`` beside it) and one naming the
    attached files left unread and why; None when it carries no attached file (or is itself one:
    one level deep). Attached files none of which is a form kesu reads: SourceError naming them
    (``said``), or None (its pages' own words then say what it is: a scan, a letter)."""
    if _INSIDE.get():
        return None
    try:
        names, files = _attached(data)
    except Exception:  # (PDFium could not open it again: as before, the caller's error)
        return None
    if not names:
        return None
    a_scan = scanned()
    from .excel import extract as read_workbook
    from .file_kinds import OLE_MAGIC, ZIP_MAGIC

    out: list[Extraction] = []
    refused: list[SourceError] = []
    unread: list[tuple[str, Bilingual]] = []  # an attached file left unread, and why
    token = _INSIDE.set(True)
    try:
        for name, held in files:
            reader: Any = None
            if held is None:
                unread.append((name, _TOO_LARGE))
                continue
            if b"%PDF-" in held[:1024]:
                reader = read_pdf
            elif held.startswith((ZIP_MAGIC, OLE_MAGIC)):
                reader = read_workbook
            if reader is None:
                unread.append((name, _NOT_A_FORM_FILE))
                continue
            try:
                found = reader(path, held, kind)
            except SourceError as exc:
                refused.append(exc)
                unread.append((name, Bilingual(exc.message("zh"), exc.message("en"))))
                continue
            if not found:
                unread.append((name, _NO_FORM_IN_IT))
            for extraction in found:
                extraction.source = f"{path}#{name}"
                where = extraction.locations.get("", "")
                pages = _SCANNED if a_scan else _NO_FORM
                if a_scan:
                    extraction.problems.append(Problem("no_text_layer", location=where, severity="warning"))
                extraction.problems.append(
                    Problem(
                        "read_from_attachment",
                        location=where,
                        severity="warning",
                        params={"name": name, "pages": pages},
                    )
                )
            out += found
    finally:
        _INSIDE.reset(token)
    if out:
        return _unread_said(out, unread, names[len(files) :])
    if not said:
        return None
    why = (
        Bilingual("附件中的表单无法读取", "the form attached could not be read")
        if refused
        else Bilingual(
            "附件不是 kesu 能读的表单（PDF 或 Excel 工作簿）",
            "none is a form kesu reads (a PDF or an Excel workbook)",
        )
    )
    raise SourceError("pdf_attachments_only", held=_HELD[a_scan], names=_listed(names), why=why)


def _listed(names: list[str]) -> Bilingual:
    """``a.xlsx、b.pdf、c.txt 等 7 个`` / ``a.xlsx, b.pdf, c.txt and 4 more``: the first few names."""
    more = len(names) - _SHOWN
    return Bilingual(
        "、".join(names[:_SHOWN]) + (f" 等 {len(names)} 个" if more > 0 else ""),
        ", ".join(names[:_SHOWN]) + (f" and {more} more" if more > 0 else ""),
    )


def _unread_said(
    out: list[Extraction], unread: list[tuple[str, Bilingual]], past: list[str]
) -> list[Extraction]:
    """``out``, each record warned of the attached files left unread (refused, too large, no form
    kesu reads, past the first few opened), each with why: never dropped silently."""
    said: list[tuple[str | Bilingual, Bilingual]] = list(unread)
    if past:
        said += [
            (
                _listed(past),
                Bilingual(f"只打开前 {_READ_AT_MOST} 个附件", f"only the first {_READ_AT_MOST} are opened"),
            ),
        ]
    if not said:
        return out
    shown = [(n if isinstance(n, Bilingual) else Bilingual(n, n), why) for n, why in said]
    files = Bilingual(
        "；".join(f"{n.zh}（{why.zh}）" for n, why in shown),
        "; ".join(f"{n.en} ({why.en})" for n, why in shown),
    )
    for extraction in out:
        where = extraction.locations.get("", "")
        extraction.problems.append(
            Problem("attachments_left_unread", location=where, severity="warning", params={"files": files})
        )
    return out
