"""The mark kesu writes into its own check reports, read without the reports' writers: a
folder's JSON file is looked at before a batch reads it (:mod:`kesu_docs.parse.reading`), and a
batch's command must not import Jinja2 for that (``kesu render --jobs 2`` leaves the renderer to
its workers: tests/test_render_jobs_speed.py)."""

from __future__ import annotations

import io
import os
import re
import stat
from pathlib import Path
from typing import BinaryIO

REPORT_MARK = "kesu-check-report"  # a check report's mark (its core property dc:identifier)

JSON_MARK = f'{{\n  "report": "{REPORT_MARK}",'.encode()
"""A JSON report's first line after its brace (:func:`is_check_report`)."""

PAGE_MARK = f'<meta name="generator" content="{REPORT_MARK}">'.encode()
"""An HTML report's mark, in its head; one written before it is known by its title."""

PAGE_TITLES = {"zh": "表单检查报告", "en": "Form validation report"}
"""An HTML report's title, by language: what tells one written before its mark."""

MONTHLY_MARK = "kesu-monthly-report"
"""A monthly report's mark: a workbook's core property ``dc:identifier``, the page's
``<meta name="generator">``, the PDF's ``/Creator`` (:mod:`.monthly`)."""

MONTHLY_FIRST_SHEET = ("客诉案件统计表", "Statistics")
"""A monthly workbook's first sheet, its statistics, zh / en (:mod:`.monthly`): what tells one
written before its mark (before round 32), with its title in A1."""

TRACKING_SHEET = "客户抱怨案件登记追踪表"
"""A register export's first sheet (:mod:`.tracking`), in either language."""

REGISTER_SHEETS = {"zh": ("登记簿", "案件日志"), "en": ("Register", "Case log")}
"""A register export's two other sheets, its documents' and its case log's, by language."""

KESU_OUTPUTS = {
    "check": ("检查报告", "check report"),
    "monthly": ("月报", "monthly report"),
    "export": ("登记簿导出", "register export"),
}
"""What kesu writes that a clerk may leave among the forms (:func:`kesu_output`), said zh / en."""

_MONTHLY_PDF = re.compile(rb"/Creator ?\(" + re.escape(MONTHLY_MARK.encode()) + rb" *\)")


def open_regular(path: str | os.PathLike) -> BinaryIO | None:
    """The regular file at ``path`` (a link to one included), opened for reading without waiting,
    or None: not there, not to be opened, or no regular file. A named pipe's ``open`` waits for a
    writer for ever and a device (a link to ``/dev/zero``) never ends: opened with ``O_NONBLOCK``
    and told by the descriptor's own ``fstat`` — a pipe put at the name after any look at it is
    the file told apart, never waited on."""
    flags = (
        os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
    )
    try:
        fd = os.open(path, flags)
    except (OSError, ValueError):  # (ValueError: a NUL in the name)
        return None
    try:
        if stat.S_ISREG(os.fstat(fd).st_mode):
            return os.fdopen(fd, "rb")
    except OSError:
        pass
    os.close(fd)
    return None


def is_check_report(path: str | os.PathLike) -> bool:
    """Whether ``path`` is a check report kesu wrote (an .xlsx carrying :data:`REPORT_MARK`, a
    JSON report opening with it): in a folder checked again, it is the report a rerun writes
    over, not a form of the clerk's (a JSON file in a folder is read as a record). Read only when
    it is a regular file (:func:`open_regular`): what is no file is the batch's to say."""
    opened = open_regular(path)
    if opened is None:
        return False
    with opened:
        return _marked(Path(path).name, opened)


def holds_check_report(name: str, data: bytes) -> bool:
    """:func:`is_check_report` of a file's bytes already read; ``name``: the file's, whose suffix
    says which mark to look for."""
    return _marked(name, io.BytesIO(data))


def kesu_output(name: str, data: bytes) -> str | None:
    """Which of kesu's own outputs a file's bytes already read are (a key of
    :data:`KESU_OUTPUTS`), or None: a form, a record, anything else. A check report by its mark
    (JSON, page, workbook); a monthly report by its mark (workbook, PDF); a register export by
    its sheets (it carries no mark). Left in an inbox beside the forms, each was read as a form
    with a dozen required fields missing; ``name``: the file's, whose suffix says where to look."""
    suffix = Path(name).suffix.lower()
    if suffix in (".html", ".htm", ".json"):
        return "check" if _marked(name, io.BytesIO(data)) else None
    if suffix == ".pdf":
        return "monthly" if _MONTHLY_PDF.search(data) else None
    return _workbook_output(io.BytesIO(data)) if data[:2] == b"PK" else None


def kesu_output_at(path: str | os.PathLike) -> str | None:
    """:func:`kesu_output` of the file at ``path`` without reading it whole (one past the
    reader's size limit): a workbook's mark and sheets, a JSON or HTML report's head. A PDF is
    not looked into (its mark may be anywhere in it). Read only when it is a regular file."""
    opened = open_regular(path)
    if opened is None:
        return None
    with opened:
        if Path(path).suffix.lower() in (".html", ".htm", ".json"):
            return "check" if _marked(Path(path).name, opened) else None
        if Path(path).suffix.lower() == ".pdf":
            return None
        return _workbook_output(opened)


def _workbook_output(opened: BinaryIO) -> str | None:
    """:func:`kesu_output` of a workbook opened at its start. One with no mark is kesu's by its
    shape: a register export by its three sheets; a monthly workbook written before its mark by
    its statistics sheet first, and then (openpyxl, only for such a book) its title in A1."""
    from ..xlsxsave import mark_and_sheets

    mark, names = mark_and_sheets(opened, TRACKING_SHEET, *MONTHLY_FIRST_SHEET)
    if mark == REPORT_MARK:
        return "check"
    if mark == MONTHLY_MARK:
        return "monthly"
    if any(names[:3] == [TRACKING_SHEET, *pair] for pair in REGISTER_SHEETS.values()):
        return "export"
    if mark is None and names[:1] and names[0] in MONTHLY_FIRST_SHEET:
        from .monthly import older_workbook

        opened.seek(0)
        return "monthly" if older_workbook(opened) else None
    return None


def _marked(name: str, opened: BinaryIO) -> bool:
    """Does the file ``opened`` (named ``name``) carry a check report's mark?"""
    if Path(name).suffix.lower() in (".html", ".htm"):
        try:
            head = opened.read(1024)
        except OSError:
            return False
        titles = (f"<title>{title}</title>".encode() for title in PAGE_TITLES.values())
        return PAGE_MARK in head or any(title in head for title in titles)
    if Path(name).suffix.lower() == ".json":
        try:
            head = opened.read(len(JSON_MARK) + 8)
        except OSError:
            return False
        return head.replace(b"\r\n", b"\n").startswith(JSON_MARK)
    from ..xlsxsave import marked

    return marked(opened) == REPORT_MARK
