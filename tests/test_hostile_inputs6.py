"""Hostile inputs, eighteenth round: files the earlier rounds did not build — a workbook whose
merged ranges or defined names reach past Excel's grid, a PDF whose content stream hides its
filter from the size check (a short name, an escaped one, a chain, a padded dictionary, a line
end PDFium takes and the check did not), a profile whose range runs to row 99,999,999, and
the failure wordings of the filing as one table. Real files, through the commands, each in a
process of its own where time and memory are the point."""

from __future__ import annotations

import base64
import binascii
import errno
import json
import os
import re
import shutil
import subprocess
import sys
import zipfile
import zlib
from collections.abc import Sequence
from pathlib import Path

import pytest
from helpers import clean_environment
from hostile import _pdf

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
SHEET = "xl/worksheets/sheet1.xml"
MB = 1 << 20
CJK = re.compile(r"[\u3400-\u9fff]")
RAW_PYTHON = ("Traceback", "RecursionError", "MemoryError", "IndexError", "KeyError", "PdfiumError")


def kesu_process(
    *args: object, cwd: Path, lang: str = "zh", timeout: float = 120, user: Sequence[str] = ()
) -> tuple[int, str, str, int]:
    """``kesu ARGS`` in a process of its own (run by ``user``: :func:`helpers.ordinary_user`):
    (exit status, stdout, stderr, peak memory in KB)."""
    probe = (
        "import sys\n"
        "from kesu_docs.cli import main\n"
        f"sys.argv = ['kesu', *{[str(a) for a in args]!r}]\n"
        "try:\n    main()\n    code = 0\n"
        "except SystemExit as exc:\n    code = exc.code or 0\n"
        "sys.stdout.flush()\n"
        "peak = next(int(l.split()[1]) for l in open('/proc/self/status') if l.startswith('VmHWM:'))\n"
        "print(peak, file=sys.stderr)\n"
        "sys.exit(code)\n"
    )
    done = subprocess.run(
        [*user, sys.executable, "-c", probe],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=timeout,
        env=clean_environment(KESU_LANG=lang),
    )
    *messages, peak = done.stderr.strip().splitlines() or ["0"]
    return done.returncode, done.stdout, "\n".join(messages), int(peak)


def parsed(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.startswith("{")]


def _parts(source: Path = SAMPLES / "complaint-valid.xlsx") -> dict[str, bytes]:
    with zipfile.ZipFile(source) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def _workbook(path: Path, parts: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def _merged(parts: dict[str, bytes], ref: str) -> dict[str, bytes]:
    sheet = parts[SHEET]
    assert b'<mergeCells count="78">' in sheet
    parts[SHEET] = sheet.replace(
        b'<mergeCells count="78">', b'<mergeCells count="79"><mergeCell ref="' + ref.encode() + b'"/>'
    )
    return parts


# ---------------------------------------------------------------------------------- PDF bombs
def _deflated(data_mb: int, block: bytes = b" " * MB) -> bytes:
    packer = zlib.compressobj(9)
    return b"".join(packer.compress(block) for _ in range(data_mb)) + packer.flush()


def _lzw_spaces(size: int) -> bytes:
    """``size`` spaces, LZW-encoded as PDF writes it (early change): each code after the first
    the entry the decoder is about to make (one byte longer than the last), a Clear code before
    the table is full — some two thousand bytes out for each byte in."""
    codes = [(256, 9)]
    width, next_code, previous, written = 9, 258, 0, 0
    while written < size:
        if previous == 0 or written + previous + 1 > size:
            code, length = 32, 1
        else:
            code, length = next_code, previous + 1
        codes.append((code, width))
        written += length
        if previous:  # the decoder makes an entry: the previous string and this one's first byte
            next_code += 1
            if next_code >= (1 << width) - 1 and width < 12:
                width += 1
        previous = length
        if next_code >= 4000:
            codes.append((256, width))
            width, next_code, previous = 9, 258, 0
    codes.append((257, width))
    out = bytearray()
    acc = bits = 0
    for code, w in codes:
        acc, bits = (acc << w) | code, bits + w
        while bits >= 8:
            bits -= 8
            out.append((acc >> bits) & 0xFF)
        acc &= (1 << bits) - 1
    if bits:
        out.append((acc << (8 - bits)) & 0xFF)
    return bytes(out)


_PAGE = [
    b"<< /Type /Catalog /Pages 2 0 R >>",
    b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
]


def _content_bomb(path: Path, dictionary: bytes, data: bytes, keyword: bytes = b"stream\n") -> Path:
    """A one-page PDF whose content stream, its ``dictionary`` (``%d``: its length) and ``data``
    as given, grows far past ``pdf_stream_mb`` once its filters are undone."""
    stream = dictionary % len(data) + b"\n" + keyword + data + b"\nendstream"
    path.write_bytes(_pdf([*_PAGE, stream]))
    return path


def _with_cell(parts: dict[str, bytes], ref: str, element: str) -> dict[str, bytes]:
    """The sample's cell ``ref`` replaced by ``element``."""
    pattern = re.compile(rb'<c r="' + ref.encode() + rb'"[^>]*?(?:/>|>.*?</c>)', re.S)
    assert pattern.search(parts[SHEET]), ref
    parts[SHEET] = pattern.sub(element.encode(), parts[SHEET], count=1)
    return parts


def _with_row(parts: dict[str, bytes], row: str) -> dict[str, bytes]:
    parts[SHEET] = parts[SHEET].replace(b"</sheetData>", row.encode() + b"</sheetData>")
    return parts


def _with_strings(parts: dict[str, bytes], strings: list[str]) -> dict[str, bytes]:
    """A shared-strings part holding ``strings`` (the sample writes its text inline)."""
    items = "".join(f"<si><t>{text}</t></si>" for text in strings)
    parts["xl/sharedStrings.xml"] = (
        '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        f'count="{len(strings)}" uniqueCount="{len(strings)}">{items}</sst>'
    ).encode()
    parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace(
        b"</Relationships>",
        b'<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        b'sharedStrings" Target="sharedStrings.xml" Id="rId8"/></Relationships>',
    )
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"</Types>",
        b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-'
        b'officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
    )
    return parts


# ---------------------------------------------------------------------------------- 1. past the grid
# each a cell the cell reader makes a grid down to: it aborted the process (a 20-digit row: a
# 370 GB allocation, the batch gone with it), or took minutes and a gigabyte, because the
# stray-cell check read only upper-case references of 1–3 letters and 1–7 digits
FAR_CELLS = {
    "twenty_digit_row": '<row r="99999999999999999999"><c r="A99999999999999999999" t="inlineStr"><is><t>x</t></is></c></row>',
    "eight_digit_row": '<row r="99999999"><c r="A99999999" t="inlineStr"><is><t>x</t></is></c></row>',
    "lower_case_ref": '<row r="1048577"><c r="b1048577" t="inlineStr"><is><t>x</t></is></c></row>',
    "row_without_cell_refs": '<row r="99999999"><c t="inlineStr"><is><t>x</t></is></c></row>',
    "four_letter_column": '<row r="60"><c r="ZZZZ60" t="inlineStr"><is><t>x</t></is></c></row>',
}


def test_a_cell_past_excels_grid_is_refused_alone_and_the_batch_goes_on(tmp_path):
    for name, row in FAR_CELLS.items():
        _workbook(tmp_path / f"{name}.xlsx", _with_row(_parts(), row))
    shutil.copy(SAMPLES / "complaint-valid.xlsx", tmp_path / "zz-valid.xlsx")
    files = sorted(p.name for p in tmp_path.glob("*.xlsx"))
    status, out, err, peak = kesu_process("parse", *files, cwd=tmp_path, timeout=180)
    assert status == 2, err
    docs = {Path(d["source"]).name: d for d in parsed(out)}
    assert sorted(docs) == files, err  # every file answered: none took the process down
    assert docs.pop("zz-valid.xlsx")["valid"]
    for name, doc in docs.items():
        [problem] = doc["errors"]
        assert problem["code"] == "stray_cell", (name, problem)
    assert "A99999999999999999999" in docs["twenty_digit_row.xlsx"]["errors"][0]["message"]
    assert "ZZZZ60" in docs["four_letter_column.xlsx"]["errors"][0]["message"]
    assert peak < 400 * 1024, peak
    assert not any(word in err for word in RAW_PYTHON), err


@pytest.mark.parametrize("ref", ["A60:XFD1048576", "A60:A99999999999", "A60:Z200000"])
def test_a_merged_range_over_the_whole_grid_is_read_in_a_moment(ref, tmp_path):
    """A merged range the whole grid down (17 billion cells) had every covered cell listed:
    the batch held for hours; A60:Z200000, 15 s and 1.2 GB. Now cut at the part of the sheet
    the reader reads: the form reads as it did."""
    _workbook(tmp_path / "merged.xlsx", _merged(_parts(), ref))
    status, out, err, peak = kesu_process("parse", "merged.xlsx", cwd=tmp_path, timeout=60)
    [doc] = parsed(out)
    assert status == 0 and doc["valid"], (out, err)
    assert doc["record"]["customer"] == "深圳市华星光电技术有限公司"
    assert peak < 300 * 1024, peak


@pytest.mark.parametrize("ref", ["$A$47:$A$99999999999", "$A$47:$A$1048576"])
def test_a_table_name_down_past_the_grid_is_not_a_billion_rows(ref, tmp_path):
    """``kesu.penalties.target`` down to row 99,999,999,999 hung the reader (a loop over its
    rows); to row 1,048,576 it took 15 s. A name off the grid is as good as #REF!; one on it is
    read no further than the reader reads."""
    parts = _parts()
    parts["xl/workbook.xml"] = parts["xl/workbook.xml"].replace(b"$A$47:$A$49", ref.encode())
    _workbook(tmp_path / "named.xlsx", parts)
    status, out, err, _peak = kesu_process("parse", "named.xlsx", cwd=tmp_path, timeout=60)
    [doc] = parsed(out)
    assert status in (0, 1), err
    assert doc["record"]["customer"] == "深圳市华星光电技术有限公司"
    assert not any(word in err for word in RAW_PYTHON), err


# ---------------------------------------------------------------------------------- 2. crafted parts
def _two_sheets_of_one_name(path: Path, first: bool) -> Path:
    """The form's sheet and a copy with another customer, both named 客户抱怨处理单."""
    parts = _parts()
    own = "深圳市华星光电技术有限公司".encode("ascii", "xmlcharrefreplace")
    parts["xl/worksheets/sheet3.xml"] = parts[SHEET].replace(
        own, "冒名顶替有限公司".encode("ascii", "xmlcharrefreplace")
    )
    parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace(
        b"</Relationships>",
        b'<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        b'worksheet" Target="/xl/worksheets/sheet3.xml" Id="rId9"/></Relationships>',
    )
    book = parts["xl/workbook.xml"].decode()
    sheet = re.search(r'<sheet [^>]*name="客户抱怨处理单"[^>]*/>', book)
    assert sheet is not None
    copy = sheet[0].replace('sheetId="1"', 'sheetId="3"').replace('r:id="rId1"', 'r:id="rId9"')
    book = (
        book.replace("<sheets>", "<sheets>" + copy)
        if first
        else book.replace("</sheets>", copy + "</sheets>")
    )
    parts["xl/workbook.xml"] = book.encode()
    return _workbook(path, parts)


@pytest.mark.parametrize(
    ("lang", "said"), [("zh", "两张名为“客户抱怨处理单”的工作表"), ("en", "two sheets named")]
)
def test_two_sheets_of_one_name_are_refused_not_read_as_one_form_twice(lang, said, tmp_path):
    """Excel refuses a workbook with two sheets of one name; the reader read the first sheet's
    values twice (two valid documents of one customer) and the other sheet not at all."""
    _two_sheets_of_one_name(tmp_path / "before.xlsx", first=True)
    _two_sheets_of_one_name(tmp_path / "after.xlsx", first=False)
    status, out, err, _peak = kesu_process("parse", "before.xlsx", "after.xlsx", cwd=tmp_path, lang=lang)
    docs = parsed(out)
    assert status == 2 and len(docs) == 2, (out, err)
    for doc in docs:
        [problem] = doc["errors"]
        assert problem["code"] == "corrupt_file" and said in problem["message"], problem
        if lang == "en":
            assert not CJK.search(problem["message"].replace("客户抱怨处理单", "")), problem


@pytest.mark.parametrize("index", ["-1", "abc", "1.5", "+1", " 2"])
def test_a_shared_string_index_that_is_no_index_is_refused_not_read_as_the_first_string(index, tmp_path):
    """calamine read a shared-string cell whose index is no whole number as string 0: the
    customer became 甲, a name the clerk never typed there, with no word said."""
    parts = _with_strings(_parts(), ["甲", "乙", "丙"])
    _workbook(tmp_path / "s.xlsx", _with_cell(parts, "B6", f'<c r="B6" s="8" t="s"><v>{index}</v></c>'))
    _workbook(
        tmp_path / "t.xlsx",
        _with_cell(_with_strings(_parts(), ["甲", "乙", "丙"]), "B6", '<c r="B6" s="8" t="s"><v>2</v></c>'),
    )
    for lang, said in (("zh", "B6 的共享字符串编号"), ("en", "B6 gives")):
        status, out, err, _peak = kesu_process("parse", "s.xlsx", "t.xlsx", cwd=tmp_path, lang=lang)
        bad, good = parsed(out)
        assert status == 2, err
        [problem] = bad["errors"]
        assert problem["code"] == "corrupt_file" and said in problem["message"], problem
        assert good["valid"] and good["record"]["customer"] == "丙"  # a true index is read as ever


@pytest.mark.parametrize("part", [SHEET, "xl/workbook.xml", "xl/styles.xml"])
def test_a_part_saved_in_utf16_is_named_not_read_as_an_empty_sheet(part, tmp_path):
    """A sheet in UTF-16 read as a workbook without one cell (``empty_workbook``: "submit the
    filled one"), the workbook or styles part as Python's ``CalamineError``."""
    parts = _parts()
    parts[part] = ('<?xml version="1.0" encoding="UTF-16"?>' + parts[part].decode()).encode("utf-16")
    _workbook(tmp_path / "u.xlsx", parts)
    for lang, said in (("zh", "以 UTF-16 编码保存"), ("en", "is saved in UTF-16")):
        status, out, err, _peak = kesu_process("parse", "u.xlsx", cwd=tmp_path, lang=lang)
        [doc] = parsed(out)
        [problem] = doc["errors"]
        assert status == 2 and problem["code"] == "corrupt_file", problem
        assert said in problem["message"] and part in problem["message"], problem


# ---------------------------------------------------------------------------------- 3. PDF bombs
def _bomb_cases() -> dict[str, tuple[bytes, bytes, bytes]]:
    """(dictionary, data, stream keyword) of content streams that decode to 200 MB, each hiding
    its filter from the size check a way PDFium still reads (each took 465 MB and let PDFium
    decode it all)."""
    body = _deflated(200)
    small = _deflated(1)  # 1 MB of deflate, deflated again: a kilobyte in the file
    twice = zlib.compress(_deflated(200), 9)
    return {
        "short_name": (b"<< /Length %d /Filter /Fl >>", body, b"stream\n"),
        "short_name_in_array": (b"<< /Length %d /Filter [/Fl] >>", body, b"stream\n"),
        "escaped_name": (b"<< /Length %d /Filter /Flat#65Decode >>", body, b"stream\n"),
        "hex_first": (
            b"<< /Length %d /Filter [/ASCIIHexDecode /FlateDecode] >>",
            binascii.hexlify(body) + b">",
            b"stream\n",
        ),
        "ascii85_first": (
            b"<< /Length %d /Filter [/A85 /Fl] >>",
            base64.a85encode(body) + b"~>",
            b"stream\n",
        ),
        "deflated_twice": (b"<< /Length %d /Filter [/FlateDecode /FlateDecode] >>", twice, b"stream\n"),
        "lzw": (b"<< /Length %d /Filter /LZWDecode >>", _lzw_spaces(200 * MB), b"stream\n"),
        "marked_an_image": (b"<< /Length %d /Subtype /Image /Filter /FlateDecode >>", body, b"stream\n"),
        "padded_dictionary": (
            b"<< /Filter /FlateDecode /Pad (" + b"A" * 2000 + b") /Length %d >>",
            body,
            b"stream\n",
        ),
        "carriage_return_alone": (b"<< /Length %d /Filter /FlateDecode >>", body, b"stream\r"),
        "spaces_after_keyword": (b"<< /Length %d /Filter /FlateDecode >>", body, b"stream  \r\n"),
        "filter_elsewhere": (b"<< /Length %d /Filter 5 0 R >>", body, b"stream\n"),
    } | {"small_twice_ok": (b"<< /Length %d /Filter [/Fl /Fl] >>", zlib.compress(small), b"stream\n")}


def test_a_content_stream_hiding_its_filter_is_refused_before_pdfium_decodes_it(tmp_path):
    cases = _bomb_cases()
    for name, (dictionary, data, keyword) in cases.items():
        if name == "filter_elsewhere":
            stream = dictionary % len(data) + b"\n" + keyword + data + b"\nendstream"
            (tmp_path / f"{name}.pdf").write_bytes(_pdf([*_PAGE, stream, b"/FlateDecode"]))
        else:
            _content_bomb(tmp_path / f"{name}.pdf", dictionary, data, keyword)
    for name in cases:
        status, out, err, peak = kesu_process("parse", f"{name}.pdf", cwd=tmp_path, lang="en", timeout=120)
        [doc] = parsed(out)
        codes = [p["code"] for p in doc["errors"]]
        if name == "small_twice_ok":  # 1 MB decoded: under the limit, read (no text: a blank page)
            assert "limit_exceeded" not in codes, (name, doc)
            continue
        assert codes == ["limit_exceeded"], (name, doc, err)
        assert "pdf_stream_mb" in doc["errors"][0]["message"], doc
        assert peak < 200 * 1024, (name, peak)


def test_an_image_a_page_does_not_draw_as_its_content_is_still_left_undecoded(tmp_path):
    """A real image (an XObject the page draws, not its content) of 200 MB once inflated is left
    to PDFium as before: text extraction never decodes it, and a scan is not refused for it."""
    body = _deflated(200)
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 5 0 R /Resources << /XObject << /Im1 4 0 R >> >> >>"
    image = (
        b"<< /Type /XObject /Subtype /Image /Width 8000 /Height 8750 /ColorSpace /DeviceRGB "
        b"/BitsPerComponent 8 /Length %d /Filter /FlateDecode >>\nstream\n"
        % len(body)
        + body
        + b"\nendstream"
    )
    content = b"<< /Length 0 >>\nstream\n\nendstream"
    (tmp_path / "scan.pdf").write_bytes(_pdf([_PAGE[0], _PAGE[1], page, image, content]))
    from kesu_docs.parse.limits import check_pdf

    check_pdf((tmp_path / "scan.pdf").read_bytes())  # not refused


# ---------------------------------------------------------------------------------- 4. profiles
def test_a_profile_range_down_to_row_99999999_is_read_in_a_moment(tmp_path):
    """A hand-edited profile joining ``B12:B99999999`` (a clerk's slip for B12:B14) looked up
    every cell of the range: a hundred million look-ups, the batch held for minutes."""
    profiles = tmp_path / "profiles"
    profiles.mkdir()
    shutil.copy(SAMPLES / "complaint-customer-layout.xlsx", tmp_path / "form.xlsx")
    learned = subprocess.run(
        [
            sys.executable,
            "-m",
            "kesu_docs.cli",
            "learn",
            "form.xlsx",
            "--kind",
            "complaint",
            "--name",
            "华兴",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
        env=clean_environment(),
    )
    assert learned.returncode in (0, 1), learned.stdout + learned.stderr
    [profile] = profiles.glob("*.toml")
    text = profile.read_text(encoding="utf-8")
    found = re.search(r'^description = \{ cell = "([A-Z]+)(\d+)"', text, re.M)
    assert found is not None, text
    column, row = found[1], found[2]
    profile.write_text(
        text.replace(
            f'description = {{ cell = "{column}{row}"',
            f'description = {{ cell = "{column}{row}:{column}99999999"',
        ),
        encoding="utf-8",
    )
    status, out, err, _peak = kesu_process("parse", "form.xlsx", cwd=tmp_path, timeout=60)
    [doc] = parsed(out)
    assert status in (0, 1), err
    assert doc["record"]["description"], doc


# ---------------------------------------------------------------------------------- 5. wordings
def _real_failures(tmp_path: Path) -> dict[str, OSError]:
    """OSErrors the system raises for the situations the clerk meets."""
    made: dict[str, OSError] = {}
    for name, act in {
        "gone": lambda: open(tmp_path / "不在.xlsx", "rb"),
        "a_folder": lambda: open(tmp_path, "wb"),
        "file_in_path": lambda: open(tmp_path / "f.txt" / "x", "wb"),
        "too_long": lambda: open(tmp_path / ("长" * 200), "wb"),
    }.items():
        if name == "file_in_path":
            (tmp_path / "f.txt").write_text("x")
        try:
            act()
        except OSError as exc:
            made[name] = exc
    return made


@pytest.mark.parametrize(
    ("number", "zh", "en"),
    [
        (errno.ENOSPC, "磁盘已满", "the disk is full"),
        (errno.EDQUOT, "磁盘已满", "the disk is full"),
        (errno.EBUSY, "正被其他程序", "is open or locked in another program"),
        (errno.EROFS, "只读的", "read-only disk"),
        (errno.EACCES, "没有权限", "no permission"),
        (errno.EPERM, "没有权限", "no permission"),
        (errno.ENOENT, "已不存在", "not there any more"),
        (errno.EISDIR, "同名的文件夹", "a folder stands where"),
        (errno.ENAMETOOLONG, "文件名太长", "too long"),
        (errno.EIO, "系统错误", "system error"),
    ],
)
def test_each_failure_to_write_is_said_from_one_table_naming_the_file(number, zh, en):
    from kesu_docs.filing import file_failure

    said = file_failure(OSError(number, os.strerror(number), "/共享/登记簿.xlsx"))
    assert zh in said.zh and "/共享/登记簿.xlsx" in said.zh, said.zh
    assert en in said.en and "/共享/登记簿.xlsx" in said.en, said.en
    unnamed = file_failure(OSError(number, os.strerror(number)))
    assert "“" not in unnamed.zh and "'" not in unnamed.en.replace("'s", "")


def test_the_systems_own_failures_are_said_in_the_clerks_words(tmp_path):
    from kesu_docs.filing import file_failure

    failures = _real_failures(tmp_path)
    expected = {
        "gone": ("已不存在", "not there any more"),
        "a_folder": ("同名的文件夹", "a folder stands where"),
        "file_in_path": ("同名的文件夹", "a folder stands where"),
        "too_long": ("文件名太长", "too long"),
    }
    assert sorted(failures) == sorted(expected)
    for name, exc in failures.items():
        said = file_failure(exc)
        assert expected[name][0] in said.zh and expected[name][1] in said.en, (name, said)
        assert "Errno" not in said.zh + said.en


# ---------------------------------------------------------------------------------- 6. the register
@pytest.mark.parametrize(
    ("lang", "said"),
    [("zh", "这是一个文件夹，不是登记簿文件"), ("en", "it is a folder, not a register file")],
)
def test_a_register_path_that_is_a_folder_is_said_so_for_writing_and_reading(lang, said, tmp_path):
    """``--db 登记簿`` naming a folder said SQLite's "unable to open database file" to the clerk
    rendering, and "does not exist" to the one listing it."""
    (tmp_path / "登记簿").mkdir()
    shutil.copy(SAMPLES / "complaint-valid.xlsx", tmp_path)
    for args in (("render", "complaint-valid.xlsx", "-o", "out"), ("register", "list")):
        status, out, err, _peak = kesu_process(*args, "--db", "登记簿", cwd=tmp_path, lang=lang)
        assert status == 2 and said in err, (args, out, err)
        assert not any(word in err for word in RAW_PYTHON), err
    assert list((tmp_path / "登记簿").iterdir()) == []
