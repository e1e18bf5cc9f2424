"""The mark kesu writes into its own check reports, read without the reports' writers: a
folder's JSON file is looked at before a batch reads it (:mod:`kesu_docs.parse.reading`), and a
batch's command must not import Jinja2 for that (``kesu render --jobs 2`` leaves the renderer to
its workers: tests/test_render_jobs_speed.py)."""

from __future__ import annotations

import os
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
    """:func:`is_check_report` of a file's bytes already read (a batch's reader's: the file is
    opened once); ``name``: the file's, whose suffix says which mark to look for."""
    import io

    return _marked(name, io.BytesIO(data))


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
