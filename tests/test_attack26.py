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
from helpers import parse_cli, read_doc, soffice_convert
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


def test_a_gzipped_json_is_said_to_be_compressed(tmp_path):
    sent = tmp_path / "records.json"
    sent.write_bytes(gzip.compress((SAMPLES / "return-valid.json").read_bytes(), mtime=0))
    error = _error(read_doc(sent))
    assert error["code"] == "invalid_json" and "compressed with gzip" in error["message"]


# ---------------------------------------------------------------------------------- hidden sheets
def _behind_a_cover(tmp_path: Path, state: str, name: str = "return.xlsx") -> Path:
    """The sample return note's sheet in ``state`` behind a cover sheet asking to enable macros."""
    wb = load_workbook(SAMPLES / "return-valid.xlsx")
    form = wb.worksheets[0]
    cover = wb.create_sheet("Cover", 0)
    cover["A1"] = "Please enable macros to see this document"
    cover["A3"] = "请启用宏以查看本文件"
    form.sheet_state = state
    wb.active = 0
    path = tmp_path / name
    wb.save(path)
    return path


def test_a_form_on_a_hidden_sheet_behind_a_cover_is_read_with_a_warning(tmp_path):
    shown = read_doc(SAMPLES / "return-valid.xlsx")
    sent = _behind_a_cover(tmp_path, "hidden")
    doc = read_doc(sent)
    assert doc["record"] == shown["record"]
    [warning] = [w for w in doc["warnings"] if w["code"] == "form_on_hidden_sheet"]
    assert "the hidden sheet" in warning["message"] and "(Cover)" in warning["message"]
    zh = read_doc(sent, lang="zh")
    assert any("隐藏的工作表" in w["message"] for w in zh["warnings"])
    # the same file with the form shown: no such warning
    assert not [w for w in shown["warnings"] if w["code"] == "form_on_hidden_sheet"]


def test_a_form_on_a_very_hidden_sheet_is_said_to_be_there_and_not_read(tmp_path):
    sent = _behind_a_cover(tmp_path, "veryHidden")
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
    book = soffice_convert(_behind_a_cover(tmp_path, "veryHidden"), "xls", tmp_path / "xls")
    doc = read_doc(book)
    assert doc["record"]["customer"] == read_doc(SAMPLES / "return-valid.xlsx")["record"]["customer"]
    assert "form_on_hidden_sheet" in {w["code"] for w in doc["warnings"]}


def test_a_cover_with_nothing_hidden_behind_it_is_still_not_a_form(tmp_path):
    wb = load_workbook(SAMPLES / "return-valid.xlsx")
    wb.worksheets[0].sheet_state = "hidden"
    wb.worksheets[0].delete_rows(1, 200)  # the hidden sheet emptied: no form anywhere
    cover = wb.create_sheet("Cover", 0)
    cover["A1"] = "Please enable macros to see this document"
    wb.active = 0
    path = tmp_path / "cover.xlsx"
    wb.save(path)
    assert _error(read_doc(path))["code"] == "not_a_form"
