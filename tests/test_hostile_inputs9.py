"""Hostile inputs, the twentieth round: what the last round left open (a JSON file's byte
after a BOM, a one-line PDF that is no scan, the register's lock said in Chinese) and ten more
things a clerk's mailbox brings. Real files, through the commands."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_hostile_inputs6 import CJK, SAMPLES, parsed
from tests.test_hostile_inputs8 import kesu

ROOT = Path(__file__).resolve().parents[1]
CJK_FONT = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")  # .ci/run installs fonts-noto-cjk


# ---------------------------------------------------------------------------------- left open
@pytest.mark.parametrize("bom", [b"", b"\xef\xbb\xbf"], ids=["plain", "bom"])
def test_the_byte_that_is_no_utf8_is_counted_from_the_files_start_bom_and_all(bom, tmp_path):
    """Notepad saves UTF-8 with a BOM; a GBK word pasted in is no UTF-8: the byte said is the
    file's own (a hex editor's count), the BOM counted — it was three early."""
    text = bom + b'{"kind": "complaint", "customer": "' + "宏达".encode("gbk") + b'"}'
    (tmp_path / "c.json").write_bytes(text)
    byte = text.index("宏达".encode("gbk")) + 1
    for lang, said in (("zh", f"第 {byte} 个字节无法解码"), ("en", f"byte {byte} cannot be decoded")):
        status, out = kesu(lang, "parse", tmp_path / "c.json")
        [doc] = parsed(out)
        assert status == 2 and [e["code"] for e in doc["errors"]] == ["invalid_json"], doc
        assert said in doc["errors"][0]["message"], doc


def _one_line_pdf(path: Path, line: str, scan: bool = False) -> Path:
    """A PDF of one page holding one line of text (fpdf2, its font embedded): a letter's
    first line — or, ``scan``, the line a scanner app prints over the page image it made."""
    from fpdf import FPDF
    from PIL import Image

    doc = FPDF(unit="pt", format="A4")
    doc.add_page()
    if scan:
        page = Image.new("L", (1240, 1754), 235)  # A4 at 150 dpi, a grey sheet of paper
        page.paste(40, (100, 100, 1140, 400))  # (the form's printing, as pixels)
        doc.image(page, x=0, y=0, w=595, h=842)
    doc.add_font("cjk", "", str(CJK_FONT))
    doc.set_font("cjk", size=12)
    doc.text(40, 60, line)
    doc.output(str(path))
    return path


def test_a_one_line_pdf_is_not_a_recognised_form_with_its_words_not_a_scan(tmp_path):
    """A PDF holding one line of text and no page image is no scan: it was said to need OCR.
    It is not a recognised form, the words found quoted; a scan with its app's line over the
    page image still needs OCR."""
    letter = _one_line_pdf(tmp_path / "通知.pdf", "明天下午三点开会 Meeting at 3 pm")
    for lang, word in (("zh", "不是可识别的表单"), ("en", "not a recognised form")):
        status, out = kesu(lang, "parse", letter)
        [doc] = parsed(out)
        assert status == 2 and [e["code"] for e in doc["errors"]] in (["not_a_form"], ["unknown_kind"]), doc
        message = doc["errors"][0]["message"]
        assert word in message and "明天下午三点开会" in message and "OCR" not in message, message
    scan = _one_line_pdf(tmp_path / "扫描.pdf", "扫描全能王 创建", scan=True)
    status, out = kesu("zh", "parse", scan)
    [doc] = parsed(out)
    assert [e["code"] for e in doc["errors"]] == ["no_text_layer"], doc


# ---------------------------------------------------------------------------------- ten new things
def _sheet_renamed(name: str):
    import re

    def change(parts: dict[str, bytes]) -> dict[str, bytes]:
        book = parts["xl/workbook.xml"].decode()
        parts["xl/workbook.xml"] = re.sub(
            r'(<sheet [^>]*?name=")[^"]*(")', rf"\g<1>{name}\g<2>", book, count=1
        ).encode()
        return parts

    return change


def _many_sheets(count: int):
    """``count`` empty sheets after the form's own (each its part, relationship and type)."""
    import re

    def change(parts: dict[str, bytes]) -> dict[str, bytes]:
        book, rels = parts["xl/workbook.xml"].decode(), parts["xl/_rels/workbook.xml.rels"].decode()
        types = parts["[Content_Types].xml"].decode()
        sheets, links, kinds = [], [], []
        for i in range(count):
            part = f"worksheets/extra{i}.xml"
            parts[f"xl/{part}"] = (
                b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                b"<sheetData/></worksheet>"
            )
            sheets.append(f'<sheet name="S{i}" sheetId="{1000 + i}" r:id="rX{i}"/>')
            links.append(
                f'<Relationship Id="rX{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                f'relationships/worksheet" Target="{part}"/>'
            )
            kinds.append(
                f'<Override PartName="/xl/{part}" ContentType="application/vnd.openxmlformats-'
                'officedocument.spreadsheetml.worksheet+xml"/>'
            )
        parts["xl/workbook.xml"] = re.sub("</sheets>", "".join(sheets) + "</sheets>", book, count=1).encode()
        parts["xl/_rels/workbook.xml.rels"] = rels.replace(
            "</Relationships>", "".join(links) + "</Relationships>"
        ).encode()
        parts["[Content_Types].xml"] = types.replace("</Types>", "".join(kinds) + "</Types>").encode()
        return parts

    return change


def _part_replaced(name: str, body: bytes):
    def change(parts: dict[str, bytes]) -> dict[str, bytes]:
        parts[name] = body
        return parts

    return change


def _lying_types(parts: dict[str, bytes]) -> dict[str, bytes]:
    """[Content_Types] says the sheet is a PNG and the workbook a macro-enabled one."""
    types = parts["[Content_Types].xml"].decode()
    types = types.replace("spreadsheetml.worksheet+xml", "image-png-but-not").replace(
        "spreadsheetml.sheet.main+xml", "ms-excel.sheet.macroEnabled.main+xml"
    )
    parts["[Content_Types].xml"] = types.encode()
    return parts


def _embedded_zips(parts: dict[str, bytes]) -> dict[str, bytes]:
    """An OLE object embedding a zip that embeds a zip … twenty deep, its last a 100 MB zero
    file (a quine-like nest a reader that opens embeddings would follow)."""
    import io
    import zipfile

    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("zeros.bin", bytes(100 << 20))
    body = inner.getvalue()
    for depth in range(20):
        nest = io.BytesIO()
        with zipfile.ZipFile(nest, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(f"level{depth}.xlsx", body)
        body = nest.getvalue()
    parts["xl/embeddings/oleObject1.bin"] = body
    parts["xl/embeddings/Microsoft_Excel_Worksheet1.xlsx"] = body
    return parts


def _docx() -> bytes:
    """A Word document (a letter), as a clerk attaches one by mistake."""
    import io
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        )
        archive.writestr(
            "_rels/.rels",
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="word/document.xml"/></Relationships>',
        )
        archive.writestr(
            "word/document.xml",
            '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            "<w:body><w:p><w:r><w:t>客户名称：华东精密 不良数量：36</w:t></w:r></w:p></w:body></w:document>",
        )
    return out.getvalue()


def _pages_pdf(count: int) -> bytes:
    """A PDF whose page tree holds ``count`` empty pages (one /Kids array)."""
    from hostile import _pdf

    kids = b" ".join(b"%d 0 R" % (3 + i) for i in range(count))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, count),
    ]
    objects += [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"] * count
    return _pdf(objects)


def _mapped_to(char: str) -> bytes:
    """A one-page PDF of a form's labels and values whose font's ToUnicode maps every glyph to
    ``char`` (U+202E, the right-to-left override, or NUL)."""
    from hostile import _pdf

    text = b"BT /F1 12 Tf 50 800 Td (Customer: ACME Corp   Defect qty: 36) Tj ET"
    code = f"{ord(char):04X}".encode()
    cmap = (
        b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /X def "
        b"1 begincodespacerange <00> <FF> endcodespacerange 1 beginbfrange <00> <FF> <"
        + code
        + b"> endbfrange "
        b"endcmap CMapName currentdict /CMap defineresource pop end end"
    )
    # (a range maps each code to the next code point after ``char``: all the same for <00>-<FF>
    # only with an array; one range is enough that every glyph lands on or just past ``char``)
    cmap = cmap.replace(
        b"<00> <FF> <" + code + b">", b"<00> <FF> [" + b" ".join([b"<" + code + b">"] * 256) + b"]"
    )
    return _pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(text) + text + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>",
            b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream",
        ]
    )


def _acroform_values_only() -> bytes:
    """A fillable complaint form whose fields carry their values in /V alone: no appearance
    stream (a web form filler that never draws them), nothing printed on the page."""
    from hostile import _pdf

    fields = {"customer": "华东精密", "part_no": "DX-LED-0330", "defect_qty": "36", "number": "CS-2611-0042"}
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [%s] >> >>"
        % b" ".join(b"%d 0 R" % (4 + i) for i in range(len(fields))),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Annots [%s] >>"
        % b" ".join(b"%d 0 R" % (4 + i) for i in range(len(fields))),
    ]
    for i, (name, value) in enumerate(fields.items()):
        utf16 = b"<FEFF" + value.encode("utf-16-be").hex().upper().encode() + b">"
        objects.append(
            b"<< /Type /Annot /Subtype /Widget /FT /Tx /T (%s) /V %s /Rect [100 %d 400 %d] /P 3 0 R >>"
            % (name.encode(), utf16, 700 - 40 * i, 720 - 40 * i)
        )
    return _pdf(objects)


def _many_strings(parts: dict[str, bytes]) -> dict[str, bytes]:
    """A shared strings part of ten million empty entries (its relationship and type said)."""
    parts["xl/sharedStrings.xml"] = (
        b'<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        b'count="10000000" uniqueCount="10000000">' + b"<si/>" * 10_000_000 + b"</sst>"
    )
    rels = parts["xl/_rels/workbook.xml.rels"].decode()
    parts["xl/_rels/workbook.xml.rels"] = rels.replace(
        "</Relationships>",
        '<Relationship Id="rIdSST" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'sharedStrings" Target="sharedStrings.xml"/></Relationships>',
    ).encode()
    types = parts["[Content_Types].xml"].decode()
    parts["[Content_Types].xml"] = types.replace(
        "</Types>",
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        'spreadsheetml.sharedStrings+xml"/></Types>',
    ).encode()
    return parts


def _many_fonts(parts: dict[str, bytes]) -> dict[str, bytes]:
    """A styles part of 100,000 fonts (the form's cells still name the first)."""
    import re

    styles = parts["xl/styles.xml"].decode()
    font = '<font><sz val="11"/><name val="Calibri"/></font>'
    styles = re.sub(r'<fonts count="\d+"', '<fonts count="100000"', styles, count=1)
    parts["xl/styles.xml"] = styles.replace("</fonts>", font * 100_000 + "</fonts>", 1).encode()
    return parts


def _mailbox9(folder: Path) -> dict[str, Path]:
    """Ten new things a clerk's mailbox brings, beside a form that is fine."""
    from tests.test_hostile_inputs8 import _rezipped

    folder.mkdir()
    valid = SAMPLES / "complaint-valid.xlsx"
    made = {
        "fine": ("00-正常.xlsx", valid.read_bytes()),
        "strings": ("01-千万空字符串.xlsx", _rezipped(valid, _many_strings)),
        "fonts": ("02-十万字体.xlsx", _rezipped(valid, _many_fonts)),
        "types": ("03-类型说谎.xlsx", _rezipped(valid, _lying_types)),
        "embedded": ("04-嵌套压缩.xlsx", _rezipped(valid, _embedded_zips)),
        "docx": ("05-其实是Word.xlsx", _docx()),
        "long_name": ("06-长表名.xlsx", _rezipped(valid, _sheet_renamed("客" * 5000))),
        "sheets": ("07-千张表.xlsx", _rezipped(valid, _many_sheets(1000))),
        "pages": ("08-万页.pdf", _pages_pdf(10_000)),
        "rlo": ("09-RLO.pdf", _mapped_to("\u202e")),
        "nul": ("10-NUL.pdf", _mapped_to("\x00")),
        "acroform": ("11-只有V值.pdf", _acroform_values_only()),
    }
    out = {}
    for key, (name, data) in made.items():
        out[key] = folder / name
        out[key].write_bytes(data)
    return out


def test_ten_new_things_a_clerks_mailbox_brings_are_each_said_or_read_and_the_rest_read(tmp_path):
    """Ten million empty shared strings, 100,000 fonts, a [Content_Types] that lies, zips nested
    twenty deep in an OLE embedding, a Word document named .xlsx, a 5,000-character sheet name,
    1,002 sheets, a PDF of 10,000 empty pages, fonts mapping every glyph to U+202E or to NUL, and
    a fillable PDF whose values are in /V alone: each refused with its limit or reason, or read —
    beside a form that is fine, in one batch."""
    files = _mailbox9(tmp_path / "收件箱")
    status, out = kesu("en", "parse", tmp_path / "收件箱")
    assert status == 2, out
    docs = {Path(d["source"].split("#")[0]).name: d for d in parsed(out)}
    by = {key: docs[path.name] for key, path in files.items()}
    codes = {key: [e["code"] for e in doc["errors"]] for key, doc in by.items()}
    said = {key: " ".join(e["message"] for e in doc["errors"]) for key, doc in by.items()}
    for key in ("fine", "types", "embedded"):  # (a lying type, an embedding: never followed)
        assert by[key]["valid"], by[key]
    assert codes["strings"] == ["limit_exceeded"] and "sharedStrings.xml" in said["strings"], said
    assert codes["fonts"] == ["limit_exceeded"] and "styles.xml" in said["fonts"], said
    assert codes["docx"] == ["not_a_spreadsheet"] and "Word" in said["docx"], said
    # a sheet's name is carried by every value's place: 5,000 characters, 250 places, 1.2 MB
    assert codes["long_name"] == ["limit_exceeded"] and "sheet_name_chars" in said["long_name"], said
    assert len(said["long_name"]) < 400, said["long_name"]
    assert codes["sheets"] == ["limit_exceeded"] and "1,002" in said["sheets"], said
    assert codes["pages"] == ["limit_exceeded"] and "10,000" in said["pages"], said
    assert codes["rlo"] == ["garbled_text_layer"], said  # every glyph a right-to-left override
    assert codes["nul"] in (["garbled_text_layer"], ["not_a_form"], ["no_text_layer"]), said
    for key in ("rlo", "nul"):
        assert not any(c in said[key] for c in "\u202e\x00"), ascii(said[key])
    record = by["acroform"]["record"]  # read from /V: no appearance drawn, nothing printed
    assert record["customer"] == "华东精密" and record["defect_qty"] == 36, by["acroform"]
    # in Chinese too, each said in the clerk's words
    status, out = kesu("zh", "parse", files["long_name"], files["rlo"])
    for doc in parsed(out):
        assert doc["errors"] and all(CJK.search(e["message"]) for e in doc["errors"]), doc


def test_a_long_sheet_name_is_read_when_kesu_toml_allows_it(tmp_path):
    """LibreOffice writes sheet names longer than Excel's 31 characters: ``sheet_name_chars``
    (255 by default) raised in kesu.toml reads a longer one."""
    from tests.test_hostile_inputs5 import lines, run
    from tests.test_hostile_inputs8 import _rezipped

    book = tmp_path / "长表名.xlsx"
    book.write_bytes(_rezipped(SAMPLES / "complaint-valid.xlsx", _sheet_renamed("客诉单" * 100)))
    [doc] = lines(run("parse", book.name, cwd=tmp_path, lang="en"))
    assert [e["code"] for e in doc["errors"]] == ["limit_exceeded"], doc
    (tmp_path / "kesu.toml").write_text("[limits]\nsheet_name_chars = 300\n", encoding="utf-8")
    [doc] = lines(run("parse", book.name, cwd=tmp_path, lang="en"))
    assert doc["valid"], doc


def test_a_word_file_named_xlsx_is_said_without_loading_the_web_servers_modules(tmp_path):
    """The first message worded in a process loaded the whole catalogue — the web server's
    modules with it (0.9 s of CPU): a Word file named .xlsx took a second to refuse. A code
    declared by a module imported already is worded from it; the catalogue is loaded whole
    only for a code none of them declares."""
    import subprocess
    import sys

    (tmp_path / "其实是Word.xlsx").write_bytes(_docx())
    code = (
        "import sys\n"
        "from kesu_docs.parse import parse_paths\n"
        f"[r] = parse_paths([{str(tmp_path / '其实是Word.xlsx')!r}])\n"
        "print(r.errors[0].code, 'Word' in r.errors[0].message('zh'), 'kesu_docs.web' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert done.stdout.split() == ["not_a_spreadsheet", "True", "False"], done.stdout + done.stderr
    from kesu_docs.problems import MESSAGES

    assert "batch_same_number" in MESSAGES  # (a code of a module not imported: the whole catalogue)
