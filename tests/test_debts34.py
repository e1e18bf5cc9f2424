"""The last round's re-read findings mended (debts34), each without a change of behaviour: the
three generated indexes written by one helper (``kesu_docs/generated.py``); the 8D step
readers' one renaming; one rule for the messages' language; a folder's check reports told by
the readers, not by the folder's listing (issue 15: the listing opened every workbook before
``kesu parse --jobs`` forked its workers)."""

from __future__ import annotations

import json
import os
import shutil
import stat
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers import ROOT

from kesu_docs import generated

SAMPLE = ROOT / "samples" / "complaint-valid.xlsx"


# ------------------------------------------------------------------ the generated modules' helper
def test_a_generated_module_is_written_whole_once_and_keeps_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "_index.py"
    text = generated.module_text(['"""An index."""'], "SOURCE", "x:1:00000000", ["DATA = 1"])
    assert text == '"""An index."""\n\nSOURCE = "x:1:00000000"\n\nDATA = 1\n'
    assert generated.is_stale(target, text)
    generated.write_module(target, text)
    assert target.read_text(encoding="utf-8") == text and not generated.is_stale(target, text)
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    target.chmod(0o664)
    inode = target.stat().st_ino
    generated.write_module(target, text)  # the same text: not written again
    assert target.stat().st_ino == inode
    generated.write_module(target, text + "MORE = 2\n")
    assert target.read_text(encoding="utf-8").endswith("MORE = 2\n")
    assert stat.S_IMODE(target.stat().st_mode) == 0o664
    with pytest.raises(UnicodeEncodeError):  # (a text that cannot be written: the old one stays)
        generated.write_module(target, "BAD = '\ud800'\n")
    assert target.read_text(encoding="utf-8").endswith("MORE = 2\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["_index.py"]


def test_a_sources_digest_reads_windows_line_ends_as_the_same_source(tmp_path: Path) -> None:
    source = tmp_path / "m.py"
    source.write_bytes(b"A = 1\nB = 2\n")
    digest = generated.source_digest("m", source)
    assert digest is not None and digest.startswith("m:12:")
    assert generated.source_digest("m", data=b"A = 1\r\nB = 2\r\n") == digest
    assert generated.source_digest("m", data=b"A = 1\nB = 3\n") != digest
    assert generated.source_digest("m", tmp_path / "gone.py") is None
    assert generated.is_current(digest, digest) and not generated.is_current(digest, None)


def test_the_three_indexes_have_the_helpers_header_with_their_sources_digest() -> None:
    from kesu_docs import forms, month_names
    from kesu_docs.register import queries, schema

    for text, name, digest in (
        (month_names.other_months_text(), "SOURCE", month_names.other_months_source()),
        (forms.titles_index_text(), "SOURCES", forms._sources_digest()),
        (schema.columns_index_text(), "SOURCE", queries.schema_digest()),
    ):
        lines = text.split("\n")
        end = next(i for i, line in enumerate(lines) if line.endswith('"""') and i > 0)
        assert lines[end + 1 : end + 4] == ["", f'{name} = "{digest}"', ""]


# ------------------------------------------------------------------ the 8D step readers' renaming
def test_the_step_readers_rename_only_their_headings_boxes() -> None:
    from kesu_docs.parse.boxes import Box
    from kesu_docs.parse.steps import _retitled, ordinal_steps

    names = ["成立小组", "问题描述", "临时措施", "原因分析", "永久措施", "效果验证", "预防再发", "结案"]
    ordinals = "一二三四五六七八"
    boxes = [Box("客户：华东精密", "客户：华东精密", 0, 0, 50, 10, "A1")]
    boxes += [
        Box(f"第{n}步 {name}", f"第{n}步 {name}", 0, 20 * (i + 1), 50, 20 * (i + 1) + 10, f"A{i + 2}")
        for i, (n, name) in enumerate(zip(ordinals, names))
    ]
    read = ordinal_steps(boxes)
    assert read[0] is boxes[0] and [b.text for b in read[1:3]] == ["Ⅰ 成立小组", "Ⅱ 问题描述"]
    assert read[8].value == "Ⅷ 结案" and boxes[1].text == "第一步 成立小组"
    assert _retitled(boxes, []) == boxes and _retitled(boxes, []) is not boxes


# ------------------------------------------------------------------ one rule for the language
def test_the_register_says_a_session_in_the_language_every_layer_chooses() -> None:
    from kesu_docs import language
    from kesu_docs.register import database, register

    assert (language.chosen("zh"), language.chosen("en"), language.chosen("fr")) == ("zh", "en", "en")
    assert not hasattr(register, "_lang")  # (the register's copy of the rule is gone)
    unseen = database.PgHolder(4711, None, None, None, None)
    zh, en = register._session_said(unseen, "zh"), register._session_said(unseen, "en")
    assert "4711" in zh and "4711" in en and zh != en and en.isascii()


# ------------------------------------------------------------------ a folder's check reports
@pytest.fixture(scope="module")
def checked_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder holding one form and the Excel and JSON check reports kesu wrote into it."""
    from openpyxl import Workbook

    from kesu_docs.reports.marks import JSON_MARK, REPORT_MARK

    folder = tmp_path_factory.mktemp("checked") / "forms"
    folder.mkdir()
    shutil.copy(SAMPLE, folder / "form.xlsx")
    book = Workbook()
    book.active["A1"] = "检查报告"
    book.properties.identifier = REPORT_MARK
    book.save(folder / "r.xlsx")
    (folder / "r.json").write_bytes(JSON_MARK + b' "rows": []\n}\n')
    return folder


def test_a_folders_listing_opens_no_workbook(checked_folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Before: each .xlsx and .json of the folder was opened by the listing (its mark looked
    for) while ``kesu parse --jobs`` had not forked yet."""
    from kesu_docs.parse.reading import InFolder, expand

    opened: list[str] = []
    real_open, real_zip = os.open, zipfile.ZipFile.__init__

    def counted_open(path, *args, **kwargs):
        opened.append(os.fspath(path))
        return real_open(path, *args, **kwargs)

    def counted_zip(self, file, *args, **kwargs):
        opened.append(str(file))
        real_zip(self, file, *args, **kwargs)

    monkeypatch.setattr(os, "open", counted_open)
    monkeypatch.setattr(zipfile.ZipFile, "__init__", counted_zip)
    listed = list(expand([checked_folder]))
    assert opened == []
    assert [p.name for p in listed] == ["form.xlsx", "r.json", "r.xlsx"]
    assert all(isinstance(p, InFolder) for p in listed)


def test_a_check_report_met_while_reading_is_passed_over_as_before(checked_folder: Path) -> None:
    from kesu_docs.cli import cli
    from kesu_docs.parse import read_paths

    done = CliRunner().invoke(cli, ["--lang", "en", "parse", str(checked_folder)], catch_exceptions=False)
    sources = [json.loads(line)["source"] for line in done.stdout.splitlines() if line.startswith("{")]
    assert sources == [str(checked_folder / "form.xlsx")], done.output
    assert done.stderr.count("it is a check report kesu wrote, not a form") == 2, done.stderr
    assert f"skipped {checked_folder / 'r.json'}:" in done.stderr and done.exit_code == 0
    assert [r.source for r in read_paths([checked_folder])] == [str(checked_folder / "form.xlsx")]
    named = read_paths([checked_folder / "r.json"])  # named on the command line: read, whatever it is
    assert [r.source for r in named] == [str(checked_folder / "r.json")]


def test_a_batch_that_files_lists_the_check_reports_of_its_folders_unopened(
    checked_folder: Path, tmp_path: Path
) -> None:
    """``kesu render``'s listing too (debts35): the folder's JSON and Excel files listed as
    ``InFolder``, its reading passes the check reports over (tests/test_debts35.py)."""
    from kesu_docs.filing import list_inputs
    from kesu_docs.parse.reading import InFolder

    listed = list_inputs([checked_folder], tmp_path / "out")
    assert listed == [checked_folder / "form.xlsx", checked_folder / "r.json", checked_folder / "r.xlsx"]
    assert all(isinstance(p, InFolder) for p in listed)


def test_a_check_report_past_the_file_size_limit_is_still_passed_over(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The report of a large batch, larger than ``file_mb``: passed over as the listing did, not
    refused as too large (the reader's size check comes before its bytes are read)."""
    from kesu_docs.parse import read_paths
    from kesu_docs.parse.reading import PASSED_OVER, extract_file, passed_over, read_files
    from kesu_docs.reports.marks import JSON_MARK

    (tmp_path / "kesu.toml").write_text("[limits]\nfile_mb = 1\n", encoding="utf-8")
    monkeypatch.delenv("KESU_CONFIG", raising=False)
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "forms"
    folder.mkdir()
    big = JSON_MARK + b' "rows": [' + b'{"n": 1}, ' * 150_000 + b'{"n": 1}]\n}\n'
    (folder / "r.json").write_bytes(big)
    assert read_paths([folder]) == []
    reports: list[Path] = []
    assert passed_over(read_files([folder / "r.json"], None), reports) != [] and reports == []
    refused = extract_file(folder / "r.json")  # named: refused as too large, as before
    assert not isinstance(refused, tuple) and refused.code == "limit_exceeded" != PASSED_OVER
