"""The review of debts33, mended (fixd33), each on real files: an earlier batch's folder that
could not be read is no scan to keep; the monthly report's mark (and a check report's) read
from a file opened without waiting, a regular file only (a pipe put at ``-o`` after its look)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from helpers import clean_environment

needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this system")


# ------------------------------------------------------------------ an earlier batch's folder not read
def test_an_earlier_batchs_folder_that_could_not_be_read_is_read_again_next_time(
    tmp_path: Path, monkeypatch
) -> None:
    """debts33 kept each earlier batch's scan until its folders' times changed: a subfolder that
    could not be read (its permissions, a share gone for a moment) was kept as empty, and a right
    granted later (the server's user put in a group) changes no time of it — its files, which a
    register put back would number over, were never seen again by the page's process. A scan with
    a folder not read is not kept: the next batch reads it again and finds them."""
    from kesu_docs.register import folder_ahead

    batches = tmp_path / "work" / "batches"
    olds = []
    for n in range(3):
        out = batches / f"b{n}" / "out"
        (out / "archive").mkdir(parents=True)
        (out / "archive" / f"complaint-20260900{n}-修订2.docx").write_bytes(b"PK")
        olds.append(out)
    own = batches / "b3" / "out"
    own.mkdir(parents=True)
    time.sleep(folder_ahead.SETTLED_S + 0.2)  # (settled: a scan kept is known by its times)

    refused = str(olds[1] / "archive")
    scandir = os.scandir

    def denied(path=".", *rest):  # (the folder's right not granted yet: as os.scandir says it)
        if os.fspath(path) == refused:
            raise PermissionError(13, "Permission denied", refused)
        return scandir(path, *rest)

    monkeypatch.setattr(os, "scandir", denied)
    first = folder_ahead.listing(own, *olds)
    assert "complaint-202609001" not in first.stems and len(first.stems) == 2
    monkeypatch.setattr(os, "scandir", scandir)  # (the right granted: no folder's time changes)
    second = folder_ahead.listing(own, *olds)
    assert second.files["complaint-202609001"] == (
        (2, str(olds[1] / "archive" / "complaint-202609001-修订2.docx")),
    )
    assert len(second.stems) == 3


# ------------------------------------------------------------------ the marks read without waiting
_ASK = textwrap.dedent(
    """
    import sys
    from kesu_docs.reports import marks, monthly
    asked = getattr(monthly, sys.argv[1], None) or getattr(marks, sys.argv[1])
    print(asked(sys.argv[2]))
    """
)


@needs_fifo
@pytest.mark.parametrize("name", ["m.xlsx", "m.pdf", "m.html", "report.json"])
@pytest.mark.parametrize("asked", ["is_monthly_report", "is_check_report"])
def test_a_named_pipe_is_no_report_and_is_not_waited_on(tmp_path: Path, asked: str, name: str) -> None:
    """``report monthly -o`` looks at the path before it opens anything, but the mark was read
    with a blocking ``open``: a pipe put at the name after that look (or one a caller of
    ``is_monthly_report`` names) held the command for ever, and so did an .xlsx pipe at
    ``kesu validate --report`` (``is_check_report``: its mark read by name, through ``zipfile``).
    Both open without waiting now and read a regular file only: a pipe is no report of kesu's,
    said at once."""
    pipe = tmp_path / name
    os.mkfifo(pipe)
    try:
        done = subprocess.run(
            [sys.executable, "-c", _ASK, asked, str(pipe)],
            cwd=tmp_path,
            env=clean_environment(),
            capture_output=True,
            text=True,
            timeout=60,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"{asked} waited on the named pipe {name}")
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["False"]
    assert pipe.is_fifo()


def test_a_report_opened_without_waiting_is_still_known_by_its_mark(tmp_path: Path) -> None:
    """The marks read from the file opened (no longer by its name): a marked monthly workbook, a
    check report's workbook and its JSON are still known; a form with no mark, a link to
    ``/dev/null`` are not."""
    from openpyxl import Workbook

    from kesu_docs.reports.marks import JSON_MARK, is_check_report
    from kesu_docs.reports.marks import REPORT_MARK as CHECK_MARK
    from kesu_docs.reports.monthly import REPORT_MARK, is_monthly_report

    books = {}
    for name, mark in (("monthly.xlsx", REPORT_MARK), ("check.xlsx", CHECK_MARK), ("form.xlsx", None)):
        book = Workbook()
        book.active["A1"] = "客诉单"
        book.properties.identifier = mark
        book.save(tmp_path / name)
        books[name] = tmp_path / name
    (tmp_path / "report.json").write_bytes(JSON_MARK + b' "rows": []\n}\n')
    assert [is_monthly_report(p) for p in books.values()] == [True, False, False]
    assert [is_check_report(p) for p in books.values()] == [False, True, False]
    assert is_check_report(tmp_path / "report.json")
    if os.path.exists(os.devnull):
        (tmp_path / "null.xlsx").symlink_to(os.devnull)
        assert not is_monthly_report(tmp_path / "null.xlsx")
        assert not is_check_report(tmp_path / "null.xlsx")


def test_an_earlier_batchs_folder_given_as_a_link_is_read_again_when_its_target_changes(
    tmp_path: Path,
) -> None:
    """An earlier batch's folder that is a link (moved to another disk, linked back) was scanned
    through the link but known by the link's own times, which a file added to the folder never
    changes: the file was never seen again by the page's process. Its target's times tell now."""
    from kesu_docs.register import folder_ahead

    moved = tmp_path / "other disk" / "b0-out"
    moved.mkdir(parents=True)
    (moved / "complaint-202609001.docx").write_bytes(b"PK")
    batches = tmp_path / "work" / "batches"
    (batches / "b0").mkdir(parents=True)
    linked = batches / "b0" / "out"
    linked.symlink_to(moved, target_is_directory=True)
    own = batches / "b1" / "out"
    own.mkdir(parents=True)
    time.sleep(folder_ahead.SETTLED_S + 0.2)  # (settled: a scan kept is known by its times)

    assert folder_ahead.listing(own, linked).stems == ("complaint-202609001",)
    (moved / "complaint-202609002.docx").write_bytes(b"PK")  # (a file added through the folder)
    again = folder_ahead.listing(own, linked)
    assert again.stems == ("complaint-202609001", "complaint-202609002")
    assert again.files["complaint-202609002"] == ((1, str(linked / "complaint-202609002.docx")),)
