"""Hostile inputs, the nineteenth round: the last library texts in the Chinese messages (a JSON
file, a layout profile, LibreOffice and the browser failing), a lossless scan in a PDF of
object streams, output names that differ only by case, and ten more things a clerk's mailbox
brings. Real files, through the commands, each in a process of its own where the reader runs."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from kesu_docs.cli import cli
from tests.test_hostile_inputs6 import CJK, RAW_PYTHON, SAMPLES, parsed

LATIN = __import__("re").compile(r"[A-Za-z]{4,}")


def kesu(lang: str, *args: object) -> tuple[int, str]:
    """``kesu ARGS`` in this process (the reader's failures here are said, not crashes): (exit
    status, what it printed on both streams)."""
    done = CliRunner().invoke(cli, [str(a) for a in args], env={"KESU_LANG": lang}, catch_exceptions=False)
    return done.exit_code, done.output


def _latin_words(message: str, *allowed: str) -> list[str]:
    """English words in a Chinese message (a file name, ``JSON``, ``TOML``, ``LibreOffice``,
    ``PDF`` and what the caller allows are not)."""
    known = {"JSON", "TOML", "LibreOffice", "Word", "UTF", "learn", "kesu", "lang", "KESU_BROWSER", *allowed}
    return [w for w in LATIN.findall(message) if w not in known]


# ---------------------------------------------------------------------------------- 1. Chinese throughout
@pytest.mark.parametrize(
    ("text", "zh", "en"),
    [
        (b'{"kind": "complaint", "customer": "ACME" "x": 1}', "第 1 行第 42 列，缺少逗号", "Expecting ','"),
        (
            b'{"kind": "complaint",\n "customer": "ACME}',
            "第 2 行第 14 列，引号没有成对",
            "Unterminated string",
        ),
        (b'{"kind": "complaint"}\n{"kind": "8d"}', "记录结束之后还有多余的内容", "Extra data"),
        (b"{kind: 'complaint'}", "栏位名须用英文双引号括起", "property name"),
        ('{"kind": "complaint", "customer": "宏达"}'.encode("gbk"), "不是 UTF-8 编码", "not UTF-8"),
        (b'[{"kind": "complaint"}, 5]', "第 2 项不是一条记录", "item 2 is not an object"),
    ],
    ids=["comma", "quote", "two_objects", "single_quotes", "gbk", "not_an_object"],
)
def test_a_broken_json_file_is_said_in_chinese_where_it_breaks(text, zh, en, tmp_path):
    (tmp_path / "broken.json").write_bytes(text)
    for lang, said in (("zh", zh), ("en", en)):
        status, out = kesu(lang, "parse", tmp_path / "broken.json")
        [doc] = parsed(out)
        assert status == 2, out
        [problem] = doc["errors"]
        assert problem["code"] == "invalid_json" and said in problem["message"], problem
        if lang == "zh":
            assert not _latin_words(problem["message"]), problem
        else:
            assert not CJK.search(problem["message"]), problem


@pytest.mark.parametrize(
    ("profile", "zh", "en"),
    [
        ('name = "x"\nkind = "complaint"\n[fields\n', "TOML 格式错误（第 3 行第 8 列）", "TOMLDecodeError"),
        ('name = "x"\n[fields]\ncustomer = { cell = "B3" }\n', "缺少必需的项“kind”", "KeyError"),
        (
            'name = "x"\nkind = "complaint"\n[tables.items]\nfirst_row = "x"\n',
            "值不是应有的类型",
            "ValueError",
        ),
        ('name = "客户"\nkind = "complaint"\n'.encode("gbk"), "不是 UTF-8 编码", "UnicodeDecodeError"),
    ],
    ids=["toml", "no_kind", "wrong_value", "gbk"],
)
def test_a_broken_layout_profile_is_said_in_chinese_naming_its_file(profile, zh, en, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("KESU_CONFIG", raising=False)
    (tmp_path / "profiles").mkdir()
    data = profile if isinstance(profile, bytes) else profile.encode()
    (tmp_path / "profiles" / "customer-a.toml").write_bytes(data)
    shutil.copy(SAMPLES / "complaint-valid.xlsx", tmp_path / "c.xlsx")
    for lang, said in (("zh", zh), ("en", en)):
        status, out = kesu(lang, "parse", "c.xlsx")
        [doc] = parsed(out)
        assert status == 2, out
        [problem] = doc["errors"]
        assert problem["code"] == "profile_unreadable" and said in problem["message"], problem
        assert "customer-a.toml" in problem["message"]
        if lang == "zh":
            assert not _latin_words(problem["message"].split("无法使用")[1], "kind"), problem
            assert not any(word in problem["message"] for word in RAW_PYTHON), problem


needs_office = pytest.mark.skipif(
    shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed"
)


@needs_office
def test_a_document_libreoffice_cannot_open_is_said_in_chinese(tmp_path):
    from kesu_docs.render import PdfError, to_pdf

    broken = tmp_path / "complaint-202609001.docx"
    broken.write_bytes(b"PK\x03\x04 a Word document cut off in the mail")
    with pytest.raises(PdfError) as raised:
        to_pdf([broken], tmp_path / "out")
    error = raised.value
    assert error.code == "pdf_failed" and error.missing == [broken.resolve()]
    zh, en = error.message("zh"), error.message("en")
    assert "文档无法打开" in zh and not _latin_words(zh.split("：", 1)[1]), zh
    assert "source file could not be loaded" in en and not CJK.search(en), en


@needs_office
def test_libreoffice_timing_out_is_said_in_chinese(tmp_path):
    from kesu_docs.render import PdfError, to_pdf

    shutil.copy(SAMPLES / "complaint-valid.xlsx", tmp_path / "c.xlsx")
    status, out = kesu("zh", "render", tmp_path / "c.xlsx", "-o", tmp_path / "out", "--db", tmp_path / "k.db")
    assert status == 0, out
    [docx] = (tmp_path / "out").glob("*.docx")
    with pytest.raises(PdfError) as raised:
        to_pdf([docx], tmp_path / "pdf", timeout=0.01)
    zh = raised.value.message("zh")
    assert "秒内没有完成" in zh and not _latin_words(zh.split("：", 1)[1]), zh
    assert "timed out" in raised.value.message("en")


@pytest.mark.parametrize("browser", ["missing", "not_executable", "fails"])
def test_a_browser_that_cannot_print_the_monthly_report_is_said_in_chinese(browser, tmp_path, monkeypatch):
    named = tmp_path / "浏览器"
    if browser == "not_executable":
        named.write_text("not a program", encoding="utf-8")
    elif browser == "fails":
        named.write_text(
            "#!/bin/sh\necho 'ERROR:headless_shell.cc(42)] crashed' >&2\nexit 3\n", encoding="utf-8"
        )
        named.chmod(0o755)
    monkeypatch.setenv("KESU_BROWSER", str(named))
    from kesu_docs.register import Register

    with Register.open(tmp_path / "k.db"):
        pass  # an empty register: the report is made, empty, and printed
    monkeypatch.setenv("KESU_DB", str(tmp_path / "k.db"))
    for lang in ("zh", "en"):
        status, said = kesu(lang, "report", "monthly", "2026-09", "-o", tmp_path / "m.pdf")
        assert status == 2, said
        if lang == "zh":
            assert "浏览器" in said and not _latin_words(
                said.replace(str(named), "").replace("KESU_BROWSER", "")
            ), said
            assert not any(word in said for word in RAW_PYTHON) and "Errno" not in said, said
        else:
            assert not CJK.search(said.replace(str(named), "")), said
            assert ("crashed" in said) if browser == "fails" else ("cannot start" in said), said
    assert not (tmp_path / "m.pdf").exists()


# ---------------------------------------------------------------------------------- 2. a lossless scan
def _objstm_pdf(page: bytes, image: bytes, content: bytes = b"") -> bytes:
    """A one-page PDF as Acrobat and Word save it: its catalogue, page tree and page compressed
    in an object stream (``/ObjStm``, so no page can be seen in the file's bytes) and a
    cross-reference stream; the image (4) and content (5) as streams of their own."""
    import zlib

    inner = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>", page]
    offsets, body = [], b""
    for obj in inner:
        offsets.append(len(body))
        body += obj + b"\n"
    table = b" ".join(b"%d %d" % (i + 1, off) for i, off in enumerate(offsets)) + b"\n"
    packed = zlib.compress(table + body)
    objects = {
        4: image,
        5: b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        6: b"<< /Type /ObjStm /N 3 /First %d /Filter /FlateDecode /Length %d >>\nstream\n"
        % (len(table), len(packed))
        + packed
        + b"\nendstream",
    }
    out, where = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", {}
    for number, obj in objects.items():
        where[number] = len(out)
        out += b"%d 0 obj\n" % number + obj + b"\nendobj\n"
    where[7] = len(out)
    rows = [b"\x00" + bytes(4) + b"\xff\xff"]
    rows += [b"\x02" + (6).to_bytes(4, "big") + i.to_bytes(2, "big") for i in range(3)]
    rows += [b"\x01" + where[n].to_bytes(4, "big") + bytes(2) for n in (4, 5, 6, 7)]
    xref = zlib.compress(b"".join(rows))
    out += (
        b"7 0 obj\n<< /Type /XRef /Size 8 /W [1 4 2] /Root 1 0 R /Filter /FlateDecode /Length %d >>\nstream\n"
        % len(xref)
        + xref
        + b"\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n" % where[7]
    )
    return out


def _image(width: int, height: int, colour: bytes, data: bytes) -> bytes:
    return (
        b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace %s /BitsPerComponent 8 "
        b"/Filter /FlateDecode /Length %d >>\nstream\n"
        % (width, height, colour, len(data))
        + data
        + b"\nendstream"
    )


_SCAN_PAGE = (
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 5 0 R "
    b"/Resources << /XObject << /Im1 4 0 R >> >> >>"
)


def test_a_600_dpi_lossless_scan_in_a_pdf_of_object_streams_is_read(tmp_path):
    """A4 at 600 dpi in grey, 4,960 × 7,016 pixels, Flate-compressed: 35 MB decoded, over the
    32 MB a content stream may take. Its pages compressed out of sight, every image was held to
    that and the scan refused; an image is held to what its pixels take."""
    import zlib

    from kesu_docs.parse.limits import check_pdf

    width, height = 4960, 7016
    row = bytes([0]) + bytes(range(256)) * (width // 256) + bytes(width % 256)  # predictor byte + grey
    packer = zlib.compressobj(6)
    data = b"".join(packer.compress(row) for _ in range(height)) + packer.flush()
    assert height * len(row) > 32 << 20
    pdf = _objstm_pdf(
        _SCAN_PAGE, _image(width, height, b"/DeviceGray", data), b"q 595 0 0 842 0 0 cm /Im1 Do Q"
    )
    check_pdf(pdf)  # not refused
    (tmp_path / "scan.pdf").write_bytes(pdf)
    status, out = kesu("en", "parse", tmp_path / "scan.pdf")
    [doc] = parsed(out)
    assert [p["code"] for p in doc["errors"]] == ["no_text_layer"], doc  # read: a scan, said so


@pytest.mark.parametrize(
    ("page", "dictionary"),
    [
        (_SCAN_PAGE, b"/Width 100 /Height 100 /ColorSpace /DeviceGray"),  # 200 MB from 10,000 pixels
        (_SCAN_PAGE, b"/Width 9 0 R /Height 9 0 R /ColorSpace /DeviceGray"),  # its size not in it
        (
            _SCAN_PAGE.replace(b"/Contents 5 0 R", b"/Contents 4 0 R"),
            b"/Width 30000 /Height 30000 /ColorSpace /DeviceRGB",
        ),
    ],
    ids=["more_than_its_pixels", "size_elsewhere", "content_declared_huge"],
)
def test_a_bomb_marked_an_image_in_a_pdf_of_object_streams_is_still_refused(page, dictionary, tmp_path):
    from kesu_docs.parse.limits import check_pdf
    from kesu_docs.problems import SourceError
    from tests.test_hostile_inputs6 import _deflated

    body = _deflated(200)
    image = (
        b"<< /Type /XObject /Subtype /Image " + dictionary + b" /BitsPerComponent 8 /Filter /FlateDecode "
        b"/Length %d >>\nstream\n" % len(body) + body + b"\nendstream"
    )
    with pytest.raises(SourceError) as raised:
        check_pdf(_objstm_pdf(page, image))
    assert raised.value.code == "limit_exceeded", raised.value.message("en")


# ---------------------------------------------------------------------------------- 3. names by case
def _two_form_workbook(path: Path, customers: tuple[str, str]) -> Path:
    """A workbook of two complaints, one a sheet, as a clerk copies the sheet for the next case."""
    from openpyxl import load_workbook

    from tests.hostile import excel_form

    excel_form(path)
    book = load_workbook(path)
    book.worksheets[0]["B6"] = customers[0]
    second = book.copy_worksheet(book.worksheets[0])
    second.title = "第二份"
    second["B6"] = customers[1]
    book.save(path)
    return path


@pytest.mark.parametrize(
    "names", [("客诉.xlsx", "客诉.xlsx"), ("CC-001.xlsx", "cc-001.xlsx")], ids=["same", "case"]
)
def test_two_customers_workbooks_named_alike_get_working_copies_of_their_own(names, tmp_path):
    """``甲/客诉.xlsx`` and ``乙/客诉.xlsx`` (or ``CC-001.xlsx`` and ``cc-001.xlsx``, one name on
    Windows and macOS), two forms each: both working copies were planned as ``客诉-已编号.xlsx``;
    the second was never written (a copy there is never overwritten) and its forms pointed at
    the first customer's copy, holding the other customer's numbers."""
    from openpyxl import load_workbook

    for folder, name, customers in (
        ("甲", names[0], ("甲一公司", "甲二公司")),
        ("乙", names[1], ("乙一公司", "乙二公司")),
    ):
        (tmp_path / "in" / folder).mkdir(parents=True)
        _two_form_workbook(tmp_path / "in" / folder / name, customers)
    status, out = kesu("zh", "render", tmp_path / "in", "-o", tmp_path / "out", "--db", tmp_path / "k.db")
    assert status == 0, out
    copies = sorted(p for p in (tmp_path / "out").glob("*.xlsx"))
    assert len(copies) == 2 and len({p.name.casefold() for p in copies}) == 2, copies
    held = set()
    for copy in copies:
        book = load_workbook(copy)
        customers = {sheet["B6"].value for sheet in book.worksheets} - {None}  # (its instructions sheet)
        held.add(frozenset(customers))
        assert customers in ({"甲一公司", "甲二公司"}, {"乙一公司", "乙二公司"}), (copy.name, customers)
    assert len(held) == 2


# ---------------------------------------------------------------------------------- 4. a clerk's mailbox
def _rezipped(source: Path, change) -> bytes:
    import io
    import zipfile

    with zipfile.ZipFile(source) as original:
        parts = {info.filename: original.read(info) for info in original.infolist()}
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, body in change(parts).items():
            archive.writestr(name, body)
    return out.getvalue()


def _customer_formula(formula: str, cached: str):
    import re

    def change(parts: dict[str, bytes]) -> dict[str, bytes]:
        sheet = parts["xl/worksheets/sheet1.xml"].decode()
        cell = f'<c r="B6" t="str"><f>{formula}</f><v>{cached}</v></c>'
        parts["xl/worksheets/sheet1.xml"] = re.sub(
            r'<c r="B6"[^>]*?(?:/>|>.*?</c>)', lambda _m: cell, sheet, count=1, flags=re.S
        ).encode()
        return parts

    return change


def _mailbox(folder: Path) -> dict[str, Path]:
    """Ten things a clerk's mailbox brings, beside a form that is fine."""
    import re

    folder.mkdir()
    valid = SAMPLES / "complaint-valid.xlsx"
    made = {
        "external": ("01-外部链接.xlsx", _rezipped(valid, _customer_formula("[1]Sheet1!A1", "外部客户"))),
        "dde": (
            "02-DDE.xlsx",
            _rezipped(SAMPLES / "8d-valid.xlsx", _customer_formula("cmd|' /C calc'!A0", "#N/A")),
        ),
        "zero": ("03-空文件.xlsx", b""),
        "csv": ("05-其实是CSV.xlsx", "客户名称,投诉日期\n宏达,2026-09-01\n".encode()),
        "traversal": (
            "08-路径穿越.xlsx",
            _rezipped(
                SAMPLES / "return-valid.xlsx",
                lambda p: p | {"../../../evil.txt": b"x", "/etc/evil.txt": b"x"},
            ),
        ),
        "control": ("09-控制\x01\x1b[31m字符\x07.xlsx", valid.read_bytes()),
        "long": ("客" * 83 + ".xlsx", (SAMPLES / "8d-valid.xlsx").read_bytes()),  # 254 bytes of name
    }
    printed = (SAMPLES / "complaint-broken.pdf").read_bytes()
    made["javascript"] = (
        "06-JavaScript.pdf",
        re.sub(
            rb"/Type\s*/Catalog",
            b"/Type /Catalog /OpenAction << /S /JavaScript /JS (app.launchURL\\('http://x'\\);) >> "
            b"/AA << /WC << /S /Launch /F (cmd.exe) >> >>",
            printed,
            count=1,
        ),
    )
    made["xref_past_end"] = ("07-xref越界.pdf", re.sub(rb"startxref\s+\d+", b"startxref\n99999999", printed))
    out = {}
    for key, (name, data) in made.items():
        out[key] = folder / name
        out[key].write_bytes(data)
    return out


def test_ten_things_a_clerks_mailbox_brings_are_each_said_or_read_and_the_rest_filed(tmp_path):
    files = _mailbox(tmp_path / "收件箱")
    status, out = kesu("en", "parse", tmp_path / "收件箱")
    assert status == 2, out  # files that cannot be read: said, the others read
    docs = {Path(d["source"].split("#")[0]).name: d for d in parsed(out)}
    by = {key: docs[path.name] for key, path in files.items()}
    codes = {key: [e["code"] for e in doc["errors"]] for key, doc in by.items()}
    warned = {key: [w["code"] for w in doc["warnings"]] for key, doc in by.items()}
    assert codes["zero"] == ["empty_file"] and codes["csv"] == ["not_a_spreadsheet"], codes
    # a value from another workbook, a DDE command: never run, warned on their field
    assert by["external"]["valid"] and "formula_from_outside" in warned["external"], by["external"]
    assert "formula_from_outside" in warned["dde"] and "cmd" not in str(by["dde"]["record"]), by["dde"]
    for key in ("traversal", "control", "long"):  # zip names with .., a name of controls, 254 bytes: read
        assert by[key]["valid"], by[key]
    for key in ("javascript", "xref_past_end"):  # read as the printed form it is (its own errors)
        assert by[key]["record"]["customer"] == "深圳市华星光电技术有限公司", by[key]
        assert not {"corrupt_file", "unreadable_file", "internal_error"} & set(codes[key]), codes[key]
    assert not (tmp_path / "evil.txt").exists() and not (tmp_path.parent / "evil.txt").exists()
    # filed: the readable forms numbered and rendered, their working copies named for any folder
    status, out = kesu("zh", "render", tmp_path / "收件箱", "-o", tmp_path / "out", "--db", tmp_path / "k.db")
    assert status in (1, 2), out
    made = [p.name for p in (tmp_path / "out").iterdir()]
    assert len([n for n in made if n.endswith(".docx")]) >= 2, made  # (the return note and allowance
    # refer to complaints the register does not hold: refused on the field that says so)
    assert not [n for n in made if any(ord(c) < 32 or c == "\x7f" for c in n)], made
    assert any(n.startswith("09-控制__[31m字符_") and n.endswith(".xlsx") for n in made), made
    assert all(len(n.encode()) <= 255 for n in made)


def test_a_register_another_program_holds_for_a_moment_is_waited_for_then_filed(tmp_path):
    """DB Browser or a colleague's batch in a write for a second or two: the batch waits for it
    (SQLite's busy timeout), then files — nothing refused, nothing numbered twice."""
    import sqlite3
    import threading

    from kesu_docs.register import Register

    db = tmp_path / "k.db"
    with Register.open(db, create=True):
        pass
    holder = sqlite3.connect(db, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN EXCLUSIVE")
    released = threading.Timer(2.0, holder.rollback)
    released.start()
    try:
        status, out = kesu(
            "en", "render", SAMPLES / "complaint-valid.xlsx", "-o", tmp_path / "out", "--db", db
        )
    finally:
        released.join()
        holder.close()
    assert status == 0, out
    with Register.open(db) as register:
        assert [d.number for d in register.documents()] == ["202609001"]


@needs_office
@pytest.mark.libreoffice
def test_an_excel_97_workbook_named_xlsx_is_read_as_the_xls_it_is(tmp_path):
    """A .xls (Excel 97–2003, an OLE2 file) renamed .xlsx by a mail gateway or a clerk: read by
    what it holds, not refused for its name."""
    from helpers import soffice_convert

    xls = soffice_convert(SAMPLES / "complaint-valid.xlsx", "xls", tmp_path / "lo")
    named = tmp_path / "客诉.xlsx"
    named.write_bytes(xls.read_bytes())
    assert named.read_bytes()[:8] == bytes.fromhex("d0cf11e0a1b11ae1")  # an OLE2 file
    status, out = kesu("zh", "parse", named)
    [doc] = parsed(out)
    assert status == 0 and doc["valid"], doc
    assert doc["record"]["customer"] == "深圳市华星光电技术有限公司"
