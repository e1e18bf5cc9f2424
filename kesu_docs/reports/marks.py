"""The mark kesu writes into its own check reports, read without the reports' writers: a
folder's JSON file is looked at before a batch reads it (:mod:`kesu_docs.parse.reading`), and a
batch's command must not import Jinja2 for that (``kesu render --jobs 2`` leaves the renderer to
its workers: tests/test_render_jobs_speed.py)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

REPORT_MARK = "kesu-check-report"  # a check report's mark (its core property dc:identifier)

JSON_MARK = f'{{\n  "report": "{REPORT_MARK}",'.encode()
"""A JSON report's first line after its brace (:func:`is_check_report`)."""


def is_check_report(path: str | os.PathLike) -> bool:
    """Whether ``path`` is a check report kesu wrote (an .xlsx carrying :data:`REPORT_MARK`, a
    JSON report opening with it): in a folder checked again, it is the report a rerun writes
    over, not a form of the clerk's (a JSON file in a folder is read as a record)."""
    if Path(path).suffix.lower() == ".json":
        # opened without waiting (a named pipe's open waits for a writer for ever) and read only
        # when it is a regular file (a link to /dev/zero): what is no file is the batch's to say
        try:
            fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
        except OSError:
            return False
        try:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                return False
            head = os.read(fd, len(JSON_MARK) + 8)
        except OSError:
            return False
        finally:
            os.close(fd)
        return head.replace(b"\r\n", b"\n").startswith(JSON_MARK)
    try:  # (an .xlsx's properties read from a regular file only: a pipe's open waits for ever)
        if not stat.S_ISREG(os.stat(path).st_mode):
            return False
    except (OSError, ValueError):
        return False
    from ..xlsxsave import marked

    return marked(path) == REPORT_MARK
