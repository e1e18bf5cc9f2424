"""Hostile inputs, the twenty-first round: ten more things a clerk's mailbox brings (page trees
that loop, an xref past the file's end, an object stream extending itself, a page of 200,000
one-letter words, cells of 32,767 characters, day counts past 9999 or below zero, pictures
claiming 50,000 × 50,000 pixels), values that look like formulas, fields or template code in the
documents kesu writes, and the page and two `kesu render` runs numbering into one register at
once. Real files, through the commands."""

from __future__ import annotations

import io
import struct
import subprocess
import sys
import time
import zipfile
import zlib
from pathlib import Path

from helpers import clean_environment

from tests.test_hostile_inputs6 import CJK, SAMPLES, kesu_process, parsed

ROOT = Path(__file__).resolve().parents[1]

# ---------------------------------------------------------------------------------- the files
PAGE = (
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
    b"/Resources << /Font << /F1 5 0 R >> >> >>"
)
FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
CATALOG = b"<< /Type /Catalog /Pages 2 0 R >>"


def _content(text: bytes) -> bytes:
    return b"<< /Length %d >>\nstream\n" % len(text) + text + b"\nendstream"


LINE = _content(b"BT /F1 12 Tf 50 800 Td (Customer: ACME Corp) Tj ET")


def _kids_loop() -> bytes:
    """The page tree's root listing itself among its kids: a walk of it never ends."""
    from hostile import _pdf

    return _pdf([CATALOG, b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>", PAGE, LINE, FONT])


def _pages_cycle() -> bytes:
    """Two page-tree nodes each the other's kid (and parent)."""
    from hostile import _pdf

    return _pdf(
        [
            CATALOG,
            b"<< /Type /Pages /Kids [6 0 R] /Count 1 >>",
            PAGE,
            LINE,
            FONT,
            b"<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 1 >>",
        ]
    )


def _xref_past_the_end() -> bytes:
    """``startxref`` pointing a gigabyte past the file's end (a file cut short in the mail)."""
    from hostile import _pdf

    data = _pdf([CATALOG, b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>", PAGE, LINE, FONT])
    return data[: data.rindex(b"startxref\n")] + b"startxref\n999999999\n%%EOF\n"


def _object_stream_extending_itself() -> bytes:
    """The page kept in an object stream whose /Extends names that stream itself (an xref stream
    listing it), as a broken PDF library writes one."""
    head = b"3 0 "
    body = head + PAGE
    objects = {
        1: CATALOG,
        2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        4: LINE,
        5: FONT,
        6: b"<< /Type /ObjStm /N 1 /First %d /Extends 6 0 R /Length %d >>\nstream\n" % (len(head), len(body))
        + body
        + b"\nendstream",
    }
    parts, offsets = [b"%PDF-1.5\n"], {}
    size = len(parts[0])
    for n, obj in objects.items():
        offsets[n] = size
        parts.append(b"%d 0 obj\n" % n + obj + b"\nendobj\n")
        size += len(parts[-1])
    rows = [struct.pack(">BIH", 0, 0, 65535)]
    for n in range(1, 8):
        if n == 3:
            rows.append(struct.pack(">BIH", 2, 6, 0))  # in object stream 6, its first
        else:
            rows.append(struct.pack(">BIH", 1, size if n == 7 else offsets[n], 0))
    table = b"".join(rows)
    parts.append(
        b"7 0 obj\n<< /Type /XRef /Size 8 /W [1 4 2] /Root 1 0 R /Length %d >>\nstream\n" % len(table)
        + table
        + b"\nendstream\nendobj\n"
    )
    parts.append(b"startxref\n%d\n%%%%EOF\n" % size)
    return b"".join(parts)


def _one_letter_words(count: int = 200_000) -> bytes:
    """One page of ``count`` one-letter words, each placed on its own (5.5 MB of content)."""
    from hostile import _pdf

    ops = [b"BT /F1 2 Tf"]
    for k in range(count):
        ops.append(
            b"1 0 0 1 %d %.1f Tm (%s) Tj" % (10 + (k % 290) * 2, 830 - (k // 290) * 1.2, bytes([97 + k % 26]))
        )
    ops.append(b"ET")
    return _pdf(
        [CATALOG, b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>", PAGE, _content(b"\n".join(ops)), FONT]
    )


def _huge_image_pdf() -> bytes:
    """A page drawing an image whose dictionary claims 50,000 × 50,000 grey pixels (2.5 GB
    decoded) from 1 kB of data."""
    from hostile import _pdf

    data = zlib.compress(b"\x00" * 1000)
    image = (
        b"<< /Type /XObject /Subtype /Image /Width 50000 /Height 50000 /ColorSpace /DeviceGray "
        b"/BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n"
        % len(data)
        + data
        + b"\nendstream"
    )
    page = (
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /XObject << /Im1 5 0 R >> >> >>"
    )
    return _pdf(
        [
            CATALOG,
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            page,
            _content(b"q 595 0 0 842 0 0 cm /Im1 Do Q"),
            image,
        ]
    )


def _png_header(width: int, height: int) -> bytes:
    """A PNG whose header claims ``width`` × ``height`` pixels, its data one pixel's."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 4))
        + chunk(b"IEND", b"")
    )


def _sample_with(path: Path, **cells: object) -> Path:
    """Our filled sample complaint with ``cells`` (B6: customer, B12: description, F5: received
    date as a day count in a date format) written in."""
    from openpyxl import load_workbook

    book = load_workbook(SAMPLES / "complaint-valid.xlsx")
    sheet = book["客户抱怨处理单"]
    for ref, value in cells.items():
        sheet[ref] = value
        if ref == "F5":
            sheet[ref].number_format = "yyyy-mm-dd"
    book.save(path)
    return path


def _picture_claiming(path: Path, width: int, height: int) -> Path:
    """Our sample with a picture beside the form whose PNG claims ``width`` × ``height`` pixels."""
    from openpyxl import load_workbook
    from openpyxl.drawing.image import Image as SheetImage
    from PIL import Image

    book = load_workbook(SAMPLES / "complaint-valid.xlsx")
    small = io.BytesIO()
    Image.new("RGB", (10, 10)).save(small, format="PNG")
    book["客户抱怨处理单"].add_image(SheetImage(small), "H2")
    plain = io.BytesIO()
    book.save(plain)
    with zipfile.ZipFile(plain) as archive:
        parts = {info.filename: archive.read(info) for info in archive.infolist()}
    media = [name for name in parts if name.startswith("xl/media/")]
    assert media, list(parts)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, _png_header(width, height) if name in media else data)
    path.write_bytes(out.getvalue())
    return path


def _mailbox10(folder: Path) -> dict[str, Path]:
    """Ten more things a clerk's mailbox brings, beside a form that is fine."""
    folder.mkdir()
    made = {
        "fine": ("00-正常.xlsx", (SAMPLES / "complaint-valid.xlsx").read_bytes()),
        "kids": ("01-页树自环.pdf", _kids_loop()),
        "cycle": ("02-页树互指.pdf", _pages_cycle()),
        "xref": ("03-交叉引用越界.pdf", _xref_past_the_end()),
        "objstm": ("04-对象流自引.pdf", _object_stream_extending_itself()),
        "words": ("05-二十万单字.pdf", _one_letter_words()),
        "image": ("09-巨图.pdf", _huge_image_pdf()),
    }
    out = {}
    for key, (name, data) in made.items():
        out[key] = folder / name
        out[key].write_bytes(data)
    out["long"] = _sample_with(folder / "06-32767字.xlsx", B6="华" * 32_767, B12="灯" * 32_767)
    out["far_date"] = _sample_with(folder / "07-日期序号过大.xlsx", F5=2_958_466)
    out["negative_date"] = _sample_with(folder / "08-日期序号为负.xlsx", F5=-1)
    out["picture"] = _picture_claiming(folder / "10-图片头五万.xlsx", 50_000, 50_000)
    return out


def test_ten_more_things_a_clerks_mailbox_brings_are_each_said_or_read_and_the_rest_read(tmp_path):
    """Page trees that loop (a node its own kid, two nodes each other's), an xref a gigabyte past
    the end, an object stream extending itself, a page of 200,000 one-letter words, cells of
    32,767 characters (Excel's most), date cells of day 2,958,466 (after 9999-12-31) and of day
    -1, a PDF image and a sheet's picture each claiming 50,000 × 50,000 pixels: each refused
    with its reason or limit, said on its field, or read — beside a form that is fine, in one
    batch, in a moment and within its memory. The page of 200,000 words took the reader 42 s
    and 430 MB: ``pdf_page_chars`` (30,000) refuses it."""
    files = _mailbox10(tmp_path / "收件箱")
    started = time.monotonic()
    status, out, err, peak = kesu_process("parse", tmp_path / "收件箱", cwd=tmp_path, lang="en", timeout=300)
    spent = time.monotonic() - started
    assert status == 2 and "Traceback" not in err, err
    assert spent < 60 and peak < 600_000, (spent, peak)  # (42 s for the words page alone before)
    docs = {Path(d["source"].split("#")[0]).name: d for d in parsed(out)}
    by = {key: docs[path.name] for key, path in files.items()}
    codes = {key: [e["code"] for e in doc["errors"]] for key, doc in by.items()}
    said = {key: " ".join(e["message"] for e in doc["errors"]) for key, doc in by.items()}
    fields = {key: [e["field"] for e in doc["errors"]] for key, doc in by.items()}
    assert by["fine"]["valid"] and by["picture"]["valid"], (by["fine"], by["picture"])  # (never decoded)
    for key in ("kids", "cycle"):
        assert codes[key] == ["corrupt_file"] and "damaged" in said[key], said
    for key in ("xref", "objstm"):  # PDFium mends both: the page's one line is read, no form in it
        assert codes[key] in (["unknown_kind"], ["not_a_form"]) and "Customer" in said[key], said
    assert codes["words"] == ["limit_exceeded"] and "pdf_page_chars" in said["words"], said
    assert "page 1" in said["words"] and "30,000" in said["words"], said
    assert codes["image"] == ["no_text_layer"], said  # a scan: the image is not decoded to say so
    assert sorted(zip(fields["long"], codes["long"])) == [
        ("customer", "too_long"),
        ("description", "too_long"),
    ]
    for key, shown, code in (
        ("far_date", "####", "invalid_date_hashes"),  # one past 9999-12-31: Excel shows #### (dev22-ra)
        ("negative_date", "####", "invalid_date_hashes"),  # what Excel shows for -1 (dev21-clip)
    ):
        assert list(zip(fields[key], codes[key])) == [("received_date", code)], said
        assert shown in said[key]
    # in Chinese too, each in the clerk's words
    status, out, err, _ = kesu_process(
        "parse", files["words"], files["kids"], files["far_date"], cwd=tmp_path
    )
    docs = parsed(out)
    assert len(docs) == 3 and all(
        d["errors"] and all(CJK.search(e["message"]) for e in d["errors"]) for d in docs
    )
    assert any(
        "pdf_page_chars" in e["message"] and "第 1 页" in e["message"] for d in docs for e in d["errors"]
    )


def test_pdf_page_chars_is_lowered_or_raised_in_kesu_toml(tmp_path):
    """A page of 1,500 one-letter words (3,000 characters as PDFium counts them, a space
    between words): refused under 1,000, read under 100,000, and a limit below its least named."""
    pdf = tmp_path / "words.pdf"
    pdf.write_bytes(_one_letter_words(1500))
    (tmp_path / "kesu.toml").write_text("[limits]\npdf_page_chars = 1000\n", encoding="utf-8")
    status, out, _err, _ = kesu_process("parse", pdf, cwd=tmp_path, lang="en")
    [doc] = parsed(out)
    assert [e["code"] for e in doc["errors"]] == ["limit_exceeded"], doc
    assert "pdf_page_chars" in doc["errors"][0]["message"] and "1,000" in doc["errors"][0]["message"]
    (tmp_path / "kesu.toml").write_text("[limits]\npdf_page_chars = 100000\n", encoding="utf-8")
    status, out, _err, _ = kesu_process("parse", pdf, cwd=tmp_path, lang="en")
    [doc] = parsed(out)
    assert doc["errors"] and "limit_exceeded" not in [e["code"] for e in doc["errors"]], doc
    (tmp_path / "kesu.toml").write_text("[limits]\npdf_page_chars = 10\n", encoding="utf-8")
    status, out, err, _ = kesu_process("parse", pdf, cwd=tmp_path, lang="en")
    assert status == 2 and "pdf_page_chars" in out + err, out + err  # below its least: named


# ---------------------------------------------------------------------------------- the documents
PAYLOADS = {
    "customer": '=HYPERLINK("http://evil.example/x","点我")',
    "description": (
        "@SUM(1,1) +cmd|' /C calc'!A0 {{ 7*7 }} {% raw %} "
        '</w:t><w:instrText>DDEAUTO c:\\windows\\system32\\cmd.exe "/k calc"</w:instrText><w:t> '
        '{ DDEAUTO c:\\windows\\system32\\cmd.exe "/k calc" }'
    ),
    "root_cause": "=cmd|' /C notepad'!'A1' ${7*7} <%= 7*7 %> {{ config }}",
}


def test_a_record_of_formulas_fields_and_template_code_is_rendered_as_the_text_it_is(tmp_path):
    """``kesu render`` of a record whose customer, description and cause hold a formula, DDE,
    Word field code, XML that would close the text run, and template code ({{ 7*7 }}, ${…},
    <%= %>): the document holds each as the text typed, no field (instrText, fldSimple), no link,
    nothing worked out (49) — and Word's reader (python-docx) reads it so."""
    from docx import Document
    from hostile import complaint, write_json

    write_json(tmp_path / "in.json", complaint(**PAYLOADS))
    status, out, err, _ = kesu_process(
        "render",
        tmp_path / "in.json",
        "-o",
        tmp_path / "out",
        "--db",
        tmp_path / "k.db",
        cwd=tmp_path,
        lang="en",
    )
    assert status == 0, out + err
    (document,) = (tmp_path / "out").glob("*.docx")
    with zipfile.ZipFile(document) as archive:
        xml = {n: archive.read(n).decode("utf-8") for n in archive.namelist() if n.endswith(".xml")}
    with zipfile.ZipFile(ROOT / "templates" / "complaint.docx") as archive:
        template = {n: archive.read(n).decode("utf-8") for n in archive.namelist() if n.endswith(".xml")}
    for name, text in xml.items():
        for marker in ("<w:instrText", "<w:fldSimple", "<w:hyperlink", "w:dde"):
            assert text.count(marker) == template.get(name, "").count(marker), (name, marker)
        if "DDEAUTO" in text:  # only as text: the closing tag typed is escaped, never markup
            assert "&lt;/w:t&gt;&lt;w:instrText&gt;DDEAUTO" in text, name
    body = Document(str(document))
    texts = "\n".join(
        [p.text for p in body.paragraphs]
        + [cell.text for table in body.tables for row in table.rows for cell in row.cells]
    )
    for value in PAYLOADS.values():
        assert value in texts, value
    assert "49" not in texts.replace("2026", "")  # (no template worked out the sum)


# ---------------------------------------------------------------------------------- one register
def test_the_page_and_two_renders_numbering_into_one_register_at_once_never_share_a_number(tmp_path):
    """The page files its batch (as ``kesu serve``'s worker does: form by form, each form's
    prints logged with the next one's numbering) while two clerks' ``kesu render`` run on the
    same SQLite file: every form one number, none twice, no gap, every document written and
    its original logged, and the register sound."""
    from hostile import complaint, write_json

    from kesu_docs.filing import render_paths
    from kesu_docs.register import Register

    inboxes = {}
    for who in ("a", "b", "page"):
        inboxes[who] = tmp_path / who
        inboxes[who].mkdir()
        for i in range(8):
            write_json(
                inboxes[who] / f"{i}.json", complaint(customer=f"{who}客户{i}", order_no=f"SO-{who}-{i}")
            )
    db = tmp_path / "kesu.db"
    with Register.open(db, create=True):
        pass
    batches = [
        subprocess.Popen(
            [sys.executable, "-m", "kesu_docs", "render", who, "-o", f"out-{who}", "--db", str(db)],
            cwd=tmp_path,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=clean_environment(KESU_LANG="en"),
        )
        for who in ("a", "b")
    ]
    with Register.open(db) as register:
        filed = render_paths(
            sorted(inboxes["page"].iterdir()), tmp_path / "out-page", register=register, stop=lambda: False
        )
    assert all(f.outcome == "rendered" for f in filed), [(f.outcome, f.notes) for f in filed]
    for batch in batches:
        out, err = batch.communicate(timeout=300)
        assert batch.returncode == 0, out + err
    with Register.open(db) as register:
        documents = register.documents()
        numbers = sorted(int(d.number) for d in documents)
        assert register.unprinted() == []
    assert len(documents) == 24 and numbers == list(range(numbers[0], numbers[0] + 24)), numbers
    assert len({d.customer for d in documents}) == 24
    written = [p.name for who in inboxes for p in (tmp_path / f"out-{who}").glob("*.docx")]
    assert sorted(written) == sorted(f"complaint-{n}.docx" for n in numbers)
    status, out, err, _ = kesu_process("register", "check", "--db", db, cwd=tmp_path, lang="en")
    assert status == 0 and "The register is sound" in out, out + err
