"""Hostile inputs, the eighteenth round's leftovers: a PDF of no pages, a shared-string index
past the table (and every reader library's failure) said in Chinese throughout, a register that
cannot be opened leaving no empty output folder behind, and two file names that differ only
in their Unicode form. Real files, through the commands, each in a process of its own."""

from __future__ import annotations

import os
import shutil
import tempfile
import unicodedata
from pathlib import Path

import pytest

from tests.helpers import ordinary_user, sqlite_open
from tests.test_hostile_inputs6 import (
    CJK,
    RAW_PYTHON,
    SAMPLES,
    _parts,
    _pdf,
    _with_cell,
    _with_strings,
    _workbook,
    kesu_process,
    parsed,
)

LATIN = __import__("re").compile(r"[A-Za-z]{4,}")


def _latin_words(message: str) -> list[str]:
    """English words in a Chinese message (a sheet name, a file name, ``Excel``, ``PDF``, ``zip``
    and ``xlsx`` are not)."""
    return [w for w in LATIN.findall(message) if w not in {"Excel", "xlsx", "UTF", "Unicode"}]


# ---------------------------------------------------------------------------------- 1. no pages
@pytest.mark.parametrize(
    "objects",
    [
        [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"],
        [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] >>"],
        [b"<< /Type /Catalog >>"],
    ],
    ids=["count_0", "no_count", "no_page_tree"],
)
def test_a_pdf_of_no_pages_is_said_to_have_none_not_to_be_damaged(objects, tmp_path):
    (tmp_path / "zero.pdf").write_bytes(_pdf(objects))
    for lang, said in (("zh", "PDF 中没有任何页面"), ("en", "The PDF has no pages")):
        status, out, err, _peak = kesu_process("parse", "zero.pdf", cwd=tmp_path, lang=lang)
        [doc] = parsed(out)
        assert status == 2, err
        [problem] = doc["errors"]
        assert problem["code"] == "empty_pdf" and said in problem["message"], problem
        assert "损坏" not in problem["message"] and "damaged" not in problem["message"]


def test_a_pdf_that_is_damaged_is_still_said_damaged(tmp_path):
    (tmp_path / "bad.pdf").write_bytes(_pdf([b"42"]))  # a catalogue that is no dictionary
    status, out, err, _peak = kesu_process("parse", "bad.pdf", cwd=tmp_path)
    [doc] = parsed(out)
    assert status == 2 and doc["errors"][0]["code"] == "corrupt_file", doc


# ---------------------------------------------------------------------------------- 2. Chinese throughout
@pytest.mark.parametrize("index", ["3", "7", "99999999999999999999"])
def test_a_shared_string_index_past_the_table_is_named_by_its_cell_in_each_language(index, tmp_path):
    """The cell reader's own refusal reached the Chinese message in English ("文件已损坏或不完整：
    CalamineError: Cell string index not found in shared strings table"), naming no cell."""
    parts = _with_strings(_parts(), ["甲", "乙", "丙"])
    _workbook(tmp_path / "s.xlsx", _with_cell(parts, "B6", f'<c r="B6" s="8" t="s"><v>{index}</v></c>'))
    for lang, said in (("zh", "B6 的共享字符串编号"), ("en", "past the end of the workbook's string table")):
        status, out, err, _peak = kesu_process("parse", "s.xlsx", cwd=tmp_path, lang=lang)
        [doc] = parsed(out)
        assert status == 2, err
        [problem] = doc["errors"]
        assert problem["code"] == "corrupt_file" and said in problem["message"], problem
        if lang == "zh":
            assert not _latin_words(problem["message"]), problem
            assert "只有 3 项" in problem["message"]
        else:
            assert not CJK.search(problem["message"].replace("客户抱怨处理单", "")), problem


def test_the_reader_libraries_failures_are_said_in_chinese_in_the_chinese_message():
    """Each ``corrupt_file``/``unreadable_file`` reason made of a library's exception: its text
    kept for IT in the English message, never in the Chinese one."""
    import xml.etree.ElementTree as ET
    import zipfile
    import zlib

    import python_calamine

    from kesu_docs.parse.limits import library_reason

    failures = [
        python_calamine.CalamineError("Cell string index not found in shared strings table"),
        zipfile.BadZipFile("File is not a zip file"),
        zipfile.BadZipFile("Bad CRC-32 for file 'xl/worksheets/sheet1.xml'"),
        zlib.error("Error -3 while decompressing data: invalid block type"),
        EOFError("Compressed file ended before the end-of-stream marker was reached"),
        ET.ParseError("not well-formed (invalid token): line 1, column 2"),
        ValueError("something no table knows"),
    ]
    for exc in failures:
        said = library_reason(exc)
        assert CJK.search(said.zh) and not _latin_words(said.zh), (exc, said.zh)
        assert str(exc) in said.en, (exc, said.en)


def test_a_damaged_zip_is_said_in_chinese_through_the_command(tmp_path):
    import zipfile

    data = bytearray((SAMPLES / "complaint-valid.xlsx").read_bytes())
    with zipfile.ZipFile(SAMPLES / "complaint-valid.xlsx") as archive:
        sheet = archive.getinfo("xl/worksheets/sheet1.xml")
    start = sheet.header_offset + 30 + len(sheet.filename.encode()) + 40  # inside its deflated data
    data[start : start + 64] = bytes(64)  # the sheet's data damaged: its checksum fails
    (tmp_path / "cut.xlsx").write_bytes(bytes(data))
    status, out, err, _peak = kesu_process("parse", "cut.xlsx", cwd=tmp_path)
    [doc] = parsed(out)
    assert status == 2, err
    [problem] = doc["errors"]
    assert problem["code"] in {"corrupt_file", "unreadable_file"}, problem
    assert not _latin_words(problem["message"]), problem
    assert not any(word in problem["message"] for word in RAW_PYTHON), problem


# ---------------------------------------------------------------------------------- 3. nothing left behind
def _bad_registers(tmp_path: Path) -> dict[str, str]:
    (tmp_path / "a_folder").mkdir()
    (tmp_path / "not_sqlite.db").write_bytes(b"this is no SQLite file\n" * 40)
    return {
        "a_folder": "a_folder",
        "not_sqlite": "not_sqlite.db",
        "no_such_folder": str(tmp_path / "nowhere" / "kesu.db"),
    }


@pytest.mark.parametrize("case", ["a_folder", "not_sqlite", "no_such_folder"])
def test_render_with_a_register_that_cannot_be_opened_leaves_no_output_folder(case, tmp_path):
    db = _bad_registers(tmp_path)[case]
    shutil.copy(SAMPLES / "complaint-valid.xlsx", tmp_path)
    before = sorted(p.name for p in tmp_path.iterdir())
    status, out, err, _peak = kesu_process(
        "render", "complaint-valid.xlsx", "-o", "受控文件/2026-09", "--db", db, cwd=tmp_path
    )
    assert status == 2 and "无法打开登记簿" in err, (out, err)
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # neither 受控文件 nor its month
    assert not (tmp_path / "nowhere").exists()


def test_a_folder_that_stood_before_is_never_removed_only_what_the_run_made(tmp_path):
    (tmp_path / "a_folder").mkdir()
    (tmp_path / "受控文件").mkdir()
    shutil.copy(SAMPLES / "complaint-valid.xlsx", tmp_path)
    for args in (
        ("render", "complaint-valid.xlsx", "-o", "受控文件/2026-09"),
        ("render", "--reprint", "202609001", "-o", "受控文件/补印"),
        ("register", "unprinted", "-o", "受控文件/未打印"),
    ):
        status, out, err, _peak = kesu_process(*args, "--db", "a_folder", cwd=tmp_path)
        assert status == 2, (args, out, err)
        assert (tmp_path / "受控文件").is_dir() and list((tmp_path / "受控文件").iterdir()) == [], args


def test_a_run_that_succeeds_keeps_its_new_folder(tmp_path):
    shutil.copy(SAMPLES / "complaint-valid.xlsx", tmp_path)
    status, out, err, _peak = kesu_process(
        "render", "complaint-valid.xlsx", "-o", "新/受控文件", "--db", "kesu.db", cwd=tmp_path
    )
    assert status == 0, err
    assert any(p.suffix == ".docx" for p in (tmp_path / "新" / "受控文件").iterdir())
    with sqlite_open(tmp_path / "kesu.db") as con:  # numbered: the register holds it
        assert con.execute("select count(*) from documents").fetchone()[0] == 1


@pytest.mark.parametrize(("lang", "said"), [("zh", "同名的文件夹"), ("en", "a file where a folder")])
def test_an_output_path_under_a_file_is_said_in_the_clerks_words(lang, said, tmp_path):
    (tmp_path / "报告.txt").write_text("x")
    shutil.copy(SAMPLES / "complaint-valid.xlsx", tmp_path)
    status, out, err, _peak = kesu_process(
        "render",
        "complaint-valid.xlsx",
        "-o",
        "报告.txt/受控文件",
        "--db",
        "kesu.db",
        cwd=tmp_path,
        lang=lang,
    )
    assert status == 2 and said in err, (out, err)
    assert "Not a directory" not in err and "Errno" not in err
    assert not (tmp_path / "kesu.db").exists()  # nothing numbered, no register made


def test_a_read_only_parent_leaves_nothing_and_says_so():
    """Run by an ordinary user (root writes into a read-only folder: CI runs as root, where this
    test was skipped until the twenty-seventh round), in a folder that user may read."""
    work = Path(tempfile.mkdtemp(prefix="kesu-ro-parent-"))  # pytest's folders are private to root
    try:
        os.chmod(work, 0o777)
        shutil.copy(SAMPLES / "complaint-valid.xlsx", work)
        os.chmod(work / "complaint-valid.xlsx", 0o644)
        (work / "只读").mkdir()
        (work / "只读").chmod(0o555)
        status, out, err, _peak = kesu_process(
            "render",
            "complaint-valid.xlsx",
            "-o",
            "只读/受控文件",
            "--db",
            "kesu.db",
            cwd=work,
            user=ordinary_user(),
        )
        assert status == 2 and "没有权限" in err, (out, err)
        assert list((work / "只读").iterdir()) == [] and not (work / "kesu.db").exists()
    finally:
        shutil.rmtree(work, ignore_errors=True)


# ---------------------------------------------------------------------------------- 4. look-alike names
@pytest.mark.parametrize(
    ("command", "extra"), [("validate", ()), ("render", ("-o", "out", "--db", "kesu.db"))]
)
def test_two_names_that_differ_only_in_unicode_form_are_told_apart(command, extra, tmp_path):
    inbox = tmp_path / "收件箱"
    inbox.mkdir()
    for form in ("NFC", "NFD"):
        shutil.copy(SAMPLES / "complaint-valid.xlsx", inbox / unicodedata.normalize(form, "café-客诉.xlsx"))
    if len(list(inbox.iterdir())) < 2:
        pytest.skip("this file system keeps one Unicode form of a name")
    for lang, said in (("zh", "只是 Unicode 编码形式不同"), ("en", "differ only in their Unicode form")):
        status, out, err, _peak = kesu_process(command, "收件箱", *extra, cwd=tmp_path, lang=lang)
        assert status == 0, err
        assert said in err and "NFD" in err and "NFC" in err and "U+0301" in err, err


def test_names_in_one_form_only_are_not_noted(tmp_path):
    inbox = tmp_path / "收件箱"
    inbox.mkdir()
    shutil.copy(SAMPLES / "complaint-valid.xlsx", inbox / unicodedata.normalize("NFD", "café-客诉.xlsx"))
    shutil.copy(SAMPLES / "complaint-valid.xlsx", inbox / "客诉.xlsx")
    status, out, err, _peak = kesu_process("validate", "收件箱", cwd=tmp_path)
    assert status == 0 and "Unicode" not in err, err


# ---------------------------------------------------------------------------------- 5. the register's words
@pytest.mark.parametrize("args", [("render", "complaint-valid.xlsx", "-o", "out"), ("register", "list")])
def test_a_register_that_is_no_sqlite_file_is_said_damaged_in_chinese_throughout(args, tmp_path):
    """SQLite's "file is not a database" stood inside the Chinese message; the English keeps it."""
    (tmp_path / "kesu.db").write_bytes(b"this is no SQLite file\n" * 40)
    shutil.copy(SAMPLES / "complaint-valid.xlsx", tmp_path)
    for lang, said in (("zh", "不是 SQLite 数据库文件"), ("en", "damaged (file is not a database)")):
        status, out, err, _peak = kesu_process(*args, "--db", "kesu.db", cwd=tmp_path, lang=lang)
        assert status == 2 and said in err, (args, out, err)
        if lang == "zh":
            assert "file is not" not in err, err
    assert not (tmp_path / "out").exists()
    assert (tmp_path / "kesu.db").read_bytes() == b"this is no SQLite file\n" * 40  # never written
