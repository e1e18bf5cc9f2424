"""The review of debts34 mended (fixd34): a folder's check reports are now told by the readers,
in the workers; the first form read before ``kesu parse --jobs`` forks is a form, not a report
that sorts first; a folder's workbook is looked at for the mark without inflating properties
that the reader's zip limits would refuse."""

from __future__ import annotations

import json
import shutil
import tracemalloc
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers import ROOT

SAMPLE = ROOT / "samples" / "complaint-valid.xlsx"


@pytest.fixture(scope="module")
def reported_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Four forms named as clerks name them (``客诉单-1.xlsx``) and the JSON and Excel check
    reports kesu wrote beside them (``report.*``, sorting first)."""
    from openpyxl import Workbook

    from kesu_docs.reports.marks import JSON_MARK, REPORT_MARK

    folder = tmp_path_factory.mktemp("reported") / "forms"
    folder.mkdir()
    for n in range(1, 5):
        shutil.copy(SAMPLE, folder / f"客诉单-{n}.xlsx")
    book = Workbook()
    book.active["A1"] = "检查报告"
    book.properties.identifier = REPORT_MARK
    book.save(folder / "report.xlsx")
    (folder / "report.json").write_bytes(JSON_MARK + b' "rows": []\n}\n')
    return folder


def test_the_form_read_before_the_fork_is_a_form_not_a_report_sorting_first(reported_folder: Path) -> None:
    """Before: only the first file (``report.json``) was read before the workers were forked:
    its reading warms nothing (0.8 s CPU of a first form's imports and compiles, in each worker)."""
    from kesu_docs.cli.check_cmds import _read_a_form, _read_for_lines
    from kesu_docs.parse.reading import expand, is_passed_over, read_files

    files = list(expand([reported_folder]))
    assert [f.name for f in files[:2]] == ["report.json", "report.xlsx"]
    read, done = _read_a_form(files, read_files, None)
    assert done == files[:3] and [is_passed_over(r) for r in read] == [True, True, False]
    assert read[2].source == str(reported_folder / "客诉单-1.xlsx") and not read[2].fatal
    pairs, done = _read_a_form(files, _read_for_lines, None)  # (kesu parse: each with its JSON)
    assert done == files[:3] and json.loads(pairs[2][1])
    assert _read_a_form(files[:2], read_files, None)[1] == files[:2]  # reports only: all read


def test_kesu_parse_with_workers_passes_the_folders_reports_over(reported_folder: Path) -> None:
    """The reports are told in the workers (a folder's file listed as ``InFolder``, carried to
    them): each form once, in order, the reports said once each, none a result."""
    from kesu_docs.cli import cli

    done = CliRunner().invoke(
        cli, ["--lang", "en", "parse", "--jobs", "2", str(reported_folder)], catch_exceptions=False
    )
    sources = [json.loads(line)["source"] for line in done.stdout.splitlines() if line.startswith("{")]
    assert sources == [str(reported_folder / f"客诉单-{n}.xlsx") for n in range(1, 5)], done.output
    assert done.stderr.count("it is a check report kesu wrote, not a form") == 2, done.stderr
    assert done.exit_code == 0


def _with_core(book: Path, core: bytes) -> None:
    """``book`` rewritten with ``core`` as its core properties (``docProps/core.xml``)."""
    with zipfile.ZipFile(book) as archive:
        members = [(info, archive.read(info)) for info in archive.infolist()]
    with zipfile.ZipFile(book, "w", zipfile.ZIP_DEFLATED) as archive:
        for info, data in members:
            archive.writestr(info.filename, core if info.filename == "docProps/core.xml" else data)


def test_a_workbooks_mark_is_not_looked_for_in_properties_inflating_past_a_core_properties_size(
    tmp_path: Path,
) -> None:
    """Before: the mark's look inflated ``docProps/core.xml`` whole, whatever its size, before the
    reader's zip limits: a folder's workbook whose properties inflate 3,000 to 1 (here 3 MB,
    gigabytes as well) was put in memory, then passed over as a report, unsaid. Now it is no
    report: read, and refused by the zip limits, said."""
    from openpyxl import Workbook

    from kesu_docs.parse import read_paths
    from kesu_docs.reports.marks import REPORT_MARK, holds_check_report, is_check_report

    folder = tmp_path / "forms"
    folder.mkdir()
    book = Workbook()
    book.active["A1"] = "客诉单"
    book.properties.identifier = REPORT_MARK
    padded = folder / "padded.xlsx"
    book.save(padded)
    with zipfile.ZipFile(padded) as archive:
        core = archive.read("docProps/core.xml")
    assert is_check_report(padded)  # (as written: a report)
    end = core.rindex(b"</")
    _with_core(padded, core[:end] + b" " * (3 << 20) + core[end:])
    data = padded.read_bytes()
    tracemalloc.start()
    try:
        assert not holds_check_report(padded.name, data)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 1 << 20, peak
    assert not is_check_report(padded)
    read = read_paths([folder])
    assert len(read) == 1 and read[0].fatal, read
    said = read[0].errors[0]
    assert (said.code, said.params["key"]) == ("limit_exceeded", "zip_ratio"), said
