"""Hostile and odd files, the twenty-sixth round (issue 10, bad input): a form compressed whole
(a mail gateway's gzip, a 7z, a zip of other files) still named as the form is said to be one, to
unpack first; a form on a hidden sheet behind a cover is read with a warning, one a macro made
very hidden is said to be there and not read. Real files made here (the samples, gzip, openpyxl,
LibreOffice), read through ``parse_paths`` and ``kesu parse``."""

from __future__ import annotations

import bz2
import gzip
import lzma
import shutil
import zipfile
from pathlib import Path

import pytest
from helpers import behind_a_cover, parse_cli, read_doc, soffice_convert
from openpyxl import load_workbook

SAMPLES = Path(__file__).parent.parent / "samples"
ODD26 = Path(__file__).parent / "holdout26" / "odd"


def _error(doc: dict) -> dict:
    assert doc["record"] is None, doc["record"]
    [error] = doc["errors"]
    return error


# ---------------------------------------------------------------------------------- compressed whole
@pytest.mark.parametrize(
    ("pack", "said"),
    [
        (lambda d: gzip.compress(d, mtime=0), "a file compressed with gzip (a PDF inside)"),
        (bz2.compress, "a file compressed with bzip2 (a PDF inside)"),
        (lzma.compress, "a file compressed with xz (a PDF inside)"),
        (lambda d: b"7z\xbc\xaf\x27\x1c\x00\x04" + lzma.compress(d), "a 7z archive,"),
        (lambda d: b"Rar!\x1a\x07\x01\x00" + bz2.compress(d), "a RAR archive,"),
    ],
    ids=["gzip", "bzip2", "xz", "7z", "rar"],
)
def test_a_pdf_compressed_whole_and_still_named_pdf_is_said_to_be_unpacked_first(tmp_path, pack, said):
    pdf = soffice_convert(SAMPLES / "complaint-valid.xlsx", "pdf", tmp_path / "printed")
    sent = tmp_path / "客诉单.pdf"
    sent.write_bytes(pack(pdf.read_bytes()))
    error = _error(read_doc(sent))
    assert error["code"] == "not_a_pdf"
    assert said in error["message"] and "unpack it first" in error["message"]
    zh = _error(read_doc(sent, lang="zh"))["message"]
    assert "请先解压" in zh


def test_a_gzip_keeps_the_packed_files_name_and_the_held_out_gzip_is_named(tmp_path):
    sent = tmp_path / "complaint.pdf"
    with gzip.GzipFile(filename="RMA-2041.pdf", mode="wb", fileobj=sent.open("wb"), mtime=0) as out:
        out.write(b"%PDF-1.4\n%%EOF\n")
    assert "packed from 'RMA-2041.pdf', a PDF inside" in _error(read_doc(sent))["message"]
    for kind in (None, "complaint"):
        error = _error(read_doc(ODD26 / "complaint-gzip.pdf", kind))
        assert error["code"] == "not_a_pdf" and "gzip" in error["message"]


def test_a_workbook_gzipped_or_a_zip_of_other_files_named_xlsx_is_said_to_be_unpacked_first(tmp_path):
    gz = tmp_path / "客诉单.xlsx"
    gz.write_bytes(gzip.compress((SAMPLES / "complaint-valid.xlsx").read_bytes(), mtime=0))
    error = _error(read_doc(gz))
    assert error["code"] == "not_a_spreadsheet"
    assert "compressed with gzip (a zip inside, perhaps an Excel workbook)" in error["message"]
    zipped = tmp_path / "scans.xlsx"
    with zipfile.ZipFile(zipped, "w") as z:
        for name in ("scan-1.pdf", "scan-2.pdf", "scan-3.pdf", "readme.txt"):
            z.writestr(name, b"x")
    error = _error(read_doc(zipped))
    assert "a zip archive (holding scan-1.pdf, scan-2.pdf, scan-3.pdf (+1))" in error["message"]
    assert "unpack it first" in error["message"]


def test_a_workbook_renamed_pdf_is_said_to_be_a_workbook_not_a_zip_to_unpack(tmp_path):
    sent = tmp_path / "客诉单.pdf"
    shutil.copy(SAMPLES / "complaint-valid.xlsx", sent)
    message = _error(read_doc(sent))["message"]
    assert "Excel workbook (.xlsx) renamed .pdf" in message and "unpack" not in message


def test_a_workbook_of_many_members_renamed_pdf_is_said_to_be_a_workbook_too(tmp_path):
    # 1,500 more members: the central directory (and its [Content_Types].xml, xl/workbook.xml)
    # begins more than 64 KB before the end (before: "a zip archive …: unpack it first")
    sent = tmp_path / "客诉单.pdf"
    shutil.copy(SAMPLES / "complaint-valid.xlsx", sent)
    with zipfile.ZipFile(sent, "a") as book:
        for k in range(1500):
            book.writestr(f"customXml/item{k:04d}-of-the-portal-export.xml", b"<x/>")
    message = _error(read_doc(sent))["message"]
    assert "Excel workbook (.xlsx) renamed .pdf" in message and "unpack" not in message


def test_a_gzipped_json_is_said_to_be_compressed(tmp_path):
    sent = tmp_path / "records.json"
    sent.write_bytes(gzip.compress((SAMPLES / "return-valid.json").read_bytes(), mtime=0))
    error = _error(read_doc(sent))
    assert error["code"] == "invalid_json" and "compressed with gzip" in error["message"]


# ---------------------------------------------------------------------------------- hidden sheets
def test_a_form_on_a_hidden_sheet_behind_a_cover_is_read_with_a_warning(tmp_path):
    shown = read_doc(SAMPLES / "return-valid.xlsx")
    sent = behind_a_cover(tmp_path, "hidden")
    doc = read_doc(sent)
    assert doc["record"] == shown["record"]
    [warning] = [w for w in doc["warnings"] if w["code"] == "form_on_hidden_sheet"]
    assert "the hidden sheet" in warning["message"] and "(Cover)" in warning["message"]
    zh = read_doc(sent, lang="zh")
    assert any("隐藏的工作表" in w["message"] for w in zh["warnings"])
    # the same file with the form shown: no such warning
    assert not [w for w in shown["warnings"] if w["code"] == "form_on_hidden_sheet"]


def test_a_form_on_a_very_hidden_sheet_is_said_to_be_there_and_not_read(tmp_path):
    sent = behind_a_cover(tmp_path, "veryHidden")
    for kind in (None, "return"):
        error = _error(read_doc(sent, kind))
        assert error["code"] == "form_sheet_very_hidden"
        assert "very hidden" in error["message"] and "(Cover)" in error["message"]
    code, [doc] = parse_cli(str(sent), "--lang", "zh")
    assert code != 0 and "非常隐藏" in doc["errors"][0]["message"]
    for kind in (None, "return"):  # the held-out set's very hidden return note
        assert _error(read_doc(ODD26 / "return-veryhidden.xlsx", kind))["code"] == "form_sheet_very_hidden"


def test_a_legacy_xls_with_its_form_hidden_is_read_with_the_warning_too(tmp_path):
    # (LibreOffice writes a very hidden sheet of an .xls as hidden: BIFF's visibility 1)
    book = soffice_convert(behind_a_cover(tmp_path, "veryHidden"), "xls", tmp_path / "xls")
    doc = read_doc(book)
    assert doc["record"]["customer"] == read_doc(SAMPLES / "return-valid.xlsx")["record"]["customer"]
    assert "form_on_hidden_sheet" in {w["code"] for w in doc["warnings"]}


@pytest.mark.parametrize("sample", ["return-valid.xlsx", "complaint-valid.xlsx"])
def test_a_cover_before_only_a_hidden_sheet_of_drop_down_lists_is_still_not_a_form(tmp_path, sample):
    """The samples keep their drop-downs' lists on a hidden sheet (选项: 内销, 外销 …), no title:
    never read as the form (the complaint's lists once gave a record of seven options)."""
    wb = load_workbook(SAMPLES / sample)
    assert [ws.title for ws in wb.worksheets if ws.sheet_state == "hidden"] == ["选项"]
    wb.worksheets[0].sheet_state = "hidden"
    wb.worksheets[0].delete_rows(1, 200)  # the form's sheet emptied: no form anywhere
    cover = wb.create_sheet("Cover", 0)
    cover["A1"] = "Please enable macros to see this document"
    wb.active = 0
    path = tmp_path / "cover.xlsx"
    wb.save(path)
    assert _error(read_doc(path))["code"] == "not_a_form"


# ---------------------------------------------------------------------------------- what a PDF carries
def _memo(tmp_path: Path, name: str, catalog_extra: bytes = b"", page_extra: bytes = b"", more=()) -> Path:
    """The twenty-third round's credit memo as a PDF, its catalog and page given ``*_extra``
    entries and ``more`` objects after its own five (numbered 6, 7 …)."""
    from hostile import _pdf

    from tests.test_hostile_inputs11 import _memo_ops
    from tests.test_hostile_inputs12 import _FONT, _page, _stream

    catalog = b"<< /Type /Catalog /Pages 2 0 R " + catalog_extra + b" >>"
    page = _page(b"5 0 R").replace(b" >>", b" " + page_extra + b" >>", 1) if page_extra else _page(b"5 0 R")
    pages = b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>"
    path = tmp_path / "in" / name
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(_pdf([catalog, pages, page, _FONT, _stream(b"\n".join(_memo_ops())), *more]))
    return path


def _carried(doc: dict) -> list[str]:
    return [w["message"] for w in doc["warnings"] if w["code"] == "pdf_actions_not_run"]


def test_a_pdf_carrying_scripts_a_launch_and_an_attached_program_is_read_and_said_never_run(tmp_path):
    payload = b"MZ\x90\x00 not a program"
    path = _memo(
        tmp_path,
        "memo.pdf",
        b"/OpenAction << /S /J#61vaScript /J#53 (app.launchURL\\('http://127.0.0.1:9/'\\)) >> "
        b"/Names << /EmbeddedFiles << /Names [(invoice.exe) 6 0 R] >> >>",
        b"/AA << /O << /S /Launch /F (cmd.exe) >> >>",
        [
            b"<< /Type /Filespec /F (invoice.exe) /UF (invoice.exe) /EF << /F 7 0 R >> >>",
            b"<< /Type /EmbeddedFile /Length %d >>\nstream\n" % len(payload) + payload + b"\nendstream",
        ],
    )
    doc = read_doc(path, "allowance")
    assert doc["record"]["invoice_no"] == "9000381177", doc["errors"]
    [said] = _carried(doc)
    assert "JavaScript, a launch action" in said and "1 attached file(s) (invoice.exe)" in said
    [said_zh] = _carried(read_doc(path, "allowance", lang="zh"))
    assert "JavaScript 脚本" in said_zh and "invoice.exe" in said_zh
    assert sorted(p.name for p in path.parent.iterdir()) == ["memo.pdf"]  # nothing run, nothing unpacked


def test_a_plain_pdf_or_one_whose_fields_use_acrobats_format_helpers_is_not_said_to_carry_scripts(tmp_path):
    plain = _memo(tmp_path, "plain.pdf")
    helper = _memo(
        tmp_path,
        "helper.pdf",
        page_extra=b'/AA << /C << /S /JavaScript /JS (AFNumber_Format\\(2, 0, 0, 0, "", true\\);) >> >>',
    )
    for path in (plain, helper):
        doc = read_doc(path, "allowance")
        assert doc["record"] is not None and not _carried(doc), doc["warnings"]


# ---------------------------------------------------------------------------------- names given
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_name_too_long_for_the_system_given_on_the_command_line_is_said_and_the_others_read(tmp_path, jobs):
    """A name of 300 characters (a mail's subject pasted as the name) passed to ``kesu parse``,
    ``validate`` and ``render``: once a traceback from the first look whether it is a folder;
    now said, in the clerk's words, and the other file read."""
    from helpers import run_cli

    long_name = tmp_path / ("客诉单" * 40 + "x" * 60 + ".xlsx")  # 420 bytes: no file system has it
    shutil.copy(SAMPLES / "complaint-valid.xlsx", tmp_path / "ok.xlsx")
    code, docs = parse_cli(long_name, tmp_path / "ok.xlsx", "--jobs", jobs, "--lang", "en")
    assert code == 2 and len(docs) == 2
    [error] = docs[0]["errors"]
    assert "the file name or path is too long (its longest part 425 bytes" in error["message"]
    assert docs[1]["record"] is not None
    code, out = run_cli("validate", long_name, "--lang", "zh")
    assert code == 2 and "文件名或路径太长" in out.replace("\n", "").replace("│", "").replace(" ", "")
    code, out = run_cli(
        "render", long_name, "-o", tmp_path / "out", "--db", tmp_path / "kesu.db", "--lang", "en"
    )
    assert code != 0 and "shorter name" in out.replace("\n", "").replace("│", "").replace("  ", " ")


@pytest.mark.parametrize("form_state", ["hidden", "veryHidden"])
def test_each_hidden_sheets_own_state_is_told_whichever_hidden_sheet_comes_first(tmp_path, form_state):
    """A very hidden cover before a hidden form (and a hidden cover before a very hidden form):
    the form's own sheet decides, never the first hidden sheet (before: the cover's state)."""
    wb = load_workbook(SAMPLES / "return-valid.xlsx")
    form = wb.worksheets[0]
    form.title = "退货 通知单 (2026)"
    shown = wb.create_sheet("Start", 0)
    shown["A1"] = "Please enable macros to see this document"
    cover = wb.create_sheet("Macro notes", 1)
    cover["A1"] = "Enable macros"
    cover.sheet_state = "hidden" if form_state == "veryHidden" else "veryHidden"
    form.sheet_state = form_state
    wb.active = 0
    sent = tmp_path / "return.xlsx"
    wb.save(sent)
    doc = read_doc(sent)
    if form_state == "hidden":
        assert doc["record"]["customer"] == read_doc(SAMPLES / "return-valid.xlsx")["record"]["customer"]
        [warning] = [w for w in doc["warnings"] if w["code"] == "form_on_hidden_sheet"]
        assert "退货 通知单 (2026)" in warning["message"]
    else:
        error = _error(doc)
        assert error["code"] == "form_sheet_very_hidden" and "退货 通知单 (2026)" in error["message"]


def test_a_path_too_long_of_short_parts_is_said_by_its_whole_length(tmp_path):
    """Every part of the path at most 255 bytes, the whole past the system's 4,096: before, "its
    longest part 200 bytes; the system allows 255" (a part within the limit said too long)."""
    import os

    path_max = os.pathconf("/", "PC_PATH_MAX")
    part = "客诉" * 30 + "x" * 20  # 200 bytes
    deep = tmp_path.joinpath(*[part] * (path_max // 200 + 1), "complaint.xlsx")
    message = _error(read_doc(deep))["message"]
    whole = len(os.fsencode(deep))
    assert f"the whole path {whole:,} bytes; the system allows {path_max:,}" in message
    assert "longest part" not in message
    assert f"整个路径 {whole:,} 字节" in _error(read_doc(deep, lang="zh"))["message"]
