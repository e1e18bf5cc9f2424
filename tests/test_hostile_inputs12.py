"""Hostile inputs, the twenty-third round: a PDF whose page contents are named from a compressed
object stream (out of sight of a search of the file's bytes), pages of millions of drawing
operators within every size limit, the page for clerks given hostile uploads, and more of what a
mailbox brings. Real files, through the reader, the commands and the page."""

from __future__ import annotations

import json
import re
import time
import zlib
from pathlib import Path

from kesu_docs.parse import parse_paths
from tests.test_hostile_inputs6 import kesu_process, parsed

_CATALOG = b"<< /Type /Catalog /Pages 2 0 R >>"
_FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
_LINE = b"BT /F1 12 Tf 50 800 Td (Supplier: Hartmann Stanzteile) Tj ET\n"


def _stream(body: bytes) -> bytes:
    packed = zlib.compress(body, 9)
    return b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(packed) + packed + b"\nendstream"


def _page(contents: bytes, font: int = 4) -> bytes:
    return (
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents "
        + contents
        + b" /Resources << /Font << /F1 %d 0 R >> >> >>" % font
    )


def _with_object_stream(objects: list[bytes | None], held: dict[int, bytes]) -> bytes:
    """A PDF 1.5 of ``objects`` (1, 2, …; None where an object is kept in the object stream
    that follows them) and a cross-reference stream; ``held``: the object stream's objects by
    number."""
    offsets, body = [], b""
    for number, held_body in held.items():
        offsets.append(b"%d %d" % (number, len(body)))
        body += held_body + b" "
    header = b" ".join(offsets) + b" "
    packed = zlib.compress(header + body)
    objstm = (
        b"<< /Type /ObjStm /N %d /First %d /Length %d /Filter /FlateDecode >>\nstream\n"
        % (len(held), len(header), len(packed))
        + packed
        + b"\nendstream"
    )
    objects = [*objects, objstm]
    kept_in = len(objects)
    parts, size, at = [b"%PDF-1.5\n"], 9, {}
    for number, obj in enumerate(objects, start=1):
        if obj is not None:
            at[number] = size
            parts.append(b"%d 0 obj\n" % number + obj + b"\nendobj\n")
            size += len(parts[-1])
    count = len(objects) + 1
    rows = [b"\x00\x00\x00\x00\x00\xff"]
    index = {number: i for i, number in enumerate(held)}
    for number in range(1, count):
        if number in at:
            rows.append(b"\x01" + at[number].to_bytes(4, "big") + b"\x00")
        else:
            rows.append(b"\x02" + kept_in.to_bytes(4, "big") + bytes([index[number]]))
    rows.append(b"\x01" + size.to_bytes(4, "big") + b"\x00")
    table = b"".join(rows)
    parts.append(
        b"%d 0 obj\n<< /Type /XRef /Size %d /W [1 4 1] /Root 1 0 R /Length %d >>\nstream\n"
        % (count, count + 1, len(table))
        + table
        + b"\nendstream\nendobj\n"
    )
    parts.append(b"startxref\n%d\n%%%%EOF\n" % size)
    return b"".join(parts)


# ------------------------------------------------------------------- contents named from an object stream
def _named_from_object_stream(times: int, mb: int) -> bytes:
    """A page whose ``/Contents 6 0 R`` is an array kept in a compressed object stream, naming
    one stream of ``mb`` MB (a line of text, then ``q Q``) ``times`` times."""
    array = b"[" + b" ".join([b"5 0 R"] * times) + b"]"
    content = _stream(_LINE + b"q Q " * (mb * 1024 * 1024 // 4))
    pages = b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>"
    return _with_object_stream([_CATALOG, pages, _page(b"6 0 R"), _FONT, content, None], {6: array})


def test_an_array_of_contents_kept_in_an_object_stream_is_followed(tmp_path):
    """The array a page names as its contents kept in a compressed object stream: the check of
    a stream named again searched the file's bytes and never saw it, so 5 kB naming a 4 MB
    stream forty times kept the reader 14 s and 414 MB (read as one line, no form). The page
    tree is read as PDFium reads it: refused in a moment, named again; an array there naming a
    small stream once is read as before."""
    from kesu_docs.parse.limits import check_pdf_contents_named_again

    forty = _named_from_object_stream(40, mb=4)
    assert b"5 0 R 5 0 R" not in forty  # (out of sight: compressed)
    (tmp_path / "forty.pdf").write_bytes(forty)
    (tmp_path / "once.pdf").write_bytes(_named_from_object_stream(1, mb=1))
    check_pdf_contents_named_again(_named_from_object_stream(1, mb=1))
    started = time.monotonic()
    status, out, err, peak = kesu_process(
        "parse", tmp_path / "forty.pdf", tmp_path / "once.pdf", cwd=tmp_path, lang="en"
    )
    assert "Traceback" not in err, err
    assert time.monotonic() - started < 60 and peak < 300_000, peak
    forty_read, once_read = parsed(out)
    assert [e["code"] for e in forty_read["errors"]] == ["limit_exceeded"], forty_read
    said = forty_read["errors"][0]["message"]
    assert "pdf_streams_mb" in said and "named again" in said, said
    assert "limit_exceeded" not in [e["code"] for e in once_read["errors"]], once_read
    assert status == 2  # (nothing read as a form: DESIGN.md's exit status of a batch of refusals)


# ------------------------------------------------------------------- millions of operators
def _pages_of(unit: bytes, pages: int, mb: float) -> bytes:
    """``pages`` pages, each a line of text then ``mb`` MB of ``unit`` (each stream within
    ``pdf_stream_mb``, all within ``pdf_streams_mb``)."""
    from hostile import _pdf

    kids = b" ".join(b"%d 0 R" % (4 + i) for i in range(pages))
    objects = [_CATALOG, b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, pages), _FONT]
    objects += [_page(b"%d 0 R" % (4 + pages + i), font=3) for i in range(pages)]
    content = _stream(_LINE + unit * int(mb * 1024 * 1024 // len(unit)))
    return _pdf(objects + [content] * pages)


def test_pages_of_millions_of_operators_within_the_size_limits_are_refused_in_a_moment(tmp_path):
    """Four pages of 31 MB of ``q`` each (128 kB on disk; each stream under ``pdf_stream_mb``,
    all under ``pdf_streams_mb``) kept the reader 30 s and 2.7 GB (PDFium copies the graphics
    state for every ``q``); one page of 16 MB of ``q Q`` 2 s. Their operators are counted before
    PDFium parses them (``pdf_operators``, two million): refused in a moment, said in Chinese and
    English with the key that raises it; the real forms of the corpus (at most 17,524 words of
    content) are read as before."""
    (tmp_path / "four.pdf").write_bytes(_pages_of(b"q ", 4, 31))
    (tmp_path / "one.pdf").write_bytes(_pages_of(b"q Q ", 1, 16))
    started = time.monotonic()
    status, out, err, peak = kesu_process("parse", tmp_path / "four.pdf", tmp_path / "one.pdf", cwd=tmp_path)
    assert "Traceback" not in err, err
    assert time.monotonic() - started < 60 and peak < 300_000, peak
    for read in parsed(out):
        assert [e["code"] for e in read["errors"]] == ["limit_exceeded"], read
        said = read["errors"][0]["message"]
        assert "pdf_operators" in said and "绘图指令" in said, said
    assert status == 2
    [english] = parse_paths([tmp_path / "one.pdf"])
    assert "drawing operators" in english.errors[0].message("en")


def test_the_operator_limit_is_raised_in_kesu_toml_and_counts_a_stream_named_again(tmp_path):
    """``pdf_operators`` raised in kesu.toml reads the page of 16 MB of ``q Q`` (a line, no
    form); lowered to 10,000, a page naming a stream of 6,000 operators twice is refused (PDFium
    parses it twice) and naming it once is not."""
    from hostile import _pdf

    (tmp_path / "kesu.toml").write_text("[limits]\npdf_operators = 20000000\n", encoding="utf-8")
    (tmp_path / "one.pdf").write_bytes(_pages_of(b"q Q ", 1, 16))
    status, out, err, _peak = kesu_process("parse", tmp_path / "one.pdf", cwd=tmp_path, lang="en")
    [one] = parsed(out)
    assert "limit_exceeded" not in [e["code"] for e in one["errors"]], one
    (tmp_path / "kesu.toml").write_text("[limits]\npdf_operators = 10000\n", encoding="utf-8")
    content = _stream(_LINE + b"q Q " * 3000)
    pages = b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>"
    (tmp_path / "twice.pdf").write_bytes(_pdf([_CATALOG, pages, _page(b"[5 0 R 5 0 R]"), _FONT, content]))
    (tmp_path / "once.pdf").write_bytes(_pdf([_CATALOG, pages, _page(b"[5 0 R]"), _FONT, content]))
    status, out, err, _peak = kesu_process(
        "parse", tmp_path / "twice.pdf", tmp_path / "once.pdf", cwd=tmp_path, lang="en"
    )
    twice, once = parsed(out)
    assert [e["code"] for e in twice["errors"]] == ["limit_exceeded"] and "pdf_operators" in out, twice
    assert "limit_exceeded" not in [e["code"] for e in once["errors"]], once


# ------------------------------------------------------------------- the page for clerks
def _memo_over_a_page_of_words(count: int = 200_000) -> bytes:
    """Page 1 the credit memo; page 2 ``count`` one-letter words each placed on its own (over
    ``pdf_page_chars``: left out by the reader, the memo read)."""
    from hostile import _pdf

    from tests.test_hostile_inputs11 import _memo_ops

    words = [b"BT /F1 2 Tf"]
    for k in range(count):
        words.append(
            b"1 0 0 1 %d %.1f Tm (%s) Tj" % (10 + (k % 290) * 2, 830 - (k // 290) * 1.2, bytes([97 + k % 26]))
        )
    words.append(b"ET")
    pages = b"<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>"
    return _pdf(
        [
            _CATALOG,
            pages,
            _page(b"6 0 R", font=5),
            _page(b"7 0 R", font=5),
            _FONT,
            _stream(b"\n".join(_memo_ops())),
            _stream(b"\n".join(words)),
        ]
    )


def _pages_10000() -> bytes:
    from hostile import _pdf

    count = 10_000
    kids = b" ".join(b"%d 0 R" % (4 + i) for i in range(count))
    objects = [_CATALOG, b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, count), _FONT]
    objects += [_page(b"%d 0 R" % (4 + count), font=3)] * count
    return _pdf([*objects, _stream(_LINE)])


def _batch_done(client, url: str) -> str:
    from tests.web_helpers import wait_for

    def done() -> str | None:
        status, body, _ = client.request("GET", url)
        return body if status == 200 and 'id="summary"' in body else None

    return str(wait_for(done, timeout=240, message="the batch checked"))


def test_hostile_uploads_to_the_page_are_each_said_and_a_dense_page_is_never_drawn(tmp_path, monkeypatch):
    """Through a real ``kesu serve`` on a free port, one upload of a zip-bomb workbook, a PDF of
    10,000 pages, a form named ``../../逃出.json`` and a credit memo whose back page holds
    200,000 placed letters: each said on the page (refused as a bomb, over ``pdf_pages``, read
    inside the batch's folder, read with the dense page left out), nothing outside the work
    folder, no temporary file left. Drawing the dense page for its preview kept the server
    3.4 s and 330 MB a time (0.7 s CPU, +160 MB on a quiet machine): it is never drawn (404:
    the reader read nothing on it to show); the memo's page is drawn. A body of 1,000 parts (over ``--max-files``) is
    refused with the limits said, no batch made, the server alive."""
    from hostile import whitespace_bomb

    from kesu_docs.web.preview import NOT_DRAWN
    from tests.test_web_safety import Client
    from tests.web_helpers import running_server

    spool = tmp_path / "spool"
    spool.mkdir()
    monkeypatch.setenv("TMPDIR", str(spool))
    bomb = whitespace_bomb(tmp_path / "bomb.xlsx").read_bytes()
    valid = (Path(__file__).parents[1] / "samples" / "return-valid.json").read_bytes()
    sent = [
        ("炸弹.xlsx", bomb),
        ("万页.pdf", _pages_10000()),
        ("../../逃出.json", valid),
        ("贷项通知.pdf", _memo_over_a_page_of_words()),
    ]
    with running_server(tmp_path, "--max-files", "50") as server:
        client = Client(server.url)
        token = client.token()
        status, body, _ = client.upload(sent, token)
        assert status == 200, body

        reply = json.loads(body)
        page = _batch_done(client, reply["url"])
        assert "压缩炸弹" in page and "PDF 页数" in page and "pdf_pages" in page, page[:3000]
        assert "逃出.json" in page and "文字过密" in page
        inbox = server.work / "batches" / reply["batch"] / "in"
        assert sorted(p.name for p in inbox.iterdir()) == sorted(
            ["炸弹.xlsx", "万页.pdf", "逃出.json", "贷项通知.pdf"]
        )
        assert [p.parent for p in tmp_path.rglob("逃出.json")] == [inbox]
        index = [m for m in re.findall(r"/preview/(\d+)/1\.png", page)]
        assert index, page[:3000]
        asked = [client.request("GET", f"/batch/{reply['batch']}/preview/{i}/2.png") for i in set(index)]
        assert asked and all(status == 404 for status, _, _ in asked), [a[0] for a in asked]
        # refused before any drawing, said by the reply (not by a time bound: debts28)
        assert [h.get(NOT_DRAWN) for _, _, h in asked].count("dense-page") == 1, [a[2] for a in asked]
        drawn = [client.request("GET", f"/batch/{reply['batch']}/preview/{i}/1.png")[0] for i in set(index)]
        assert 200 in drawn, drawn
        batches_before = sorted((server.work / "batches").iterdir())
        many = [(f"{n}.json", b"{}") for n in range(1000)]
        status, body, _ = client.upload(many, token)
        assert status == 413 and "50" in json.loads(body)["error"], body[:300]
        assert sorted((server.work / "batches").iterdir()) == batches_before
        assert server.alive(), server.log.read_text()
    assert not list(spool.iterdir()), list(spool.iterdir())


# ------------------------------------------------------------------- workbooks
SAMPLES = Path(__file__).parents[1] / "samples"


def _sample_parts() -> dict[str, bytes]:
    import zipfile

    with zipfile.ZipFile(SAMPLES / "complaint-valid.xlsx") as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def _workbook(path: Path, changes: dict[str, bytes], custom_mb: float = 0) -> Path:
    """The sample complaint form with ``changes`` to its parts; with ``custom_mb`` MB of custom
    document properties (``docProps/custom.xml``, streamed in, named by the package)."""
    import zipfile

    parts = _sample_parts() | changes
    if custom_mb:
        parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
            b"</Types>",
            b'<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-'
            b'officedocument.custom-properties+xml"/></Types>',
        )
        parts["_rels/.rels"] = parts["_rels/.rels"].replace(
            b"</Relationships>",
            b'<Relationship Id="rIdC" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            b'relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>',
        )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
        if custom_mb:
            with archive.open("docProps/custom.xml", "w", force_zip64=True) as member:
                member.write(
                    b'<?xml version="1.0"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/'
                    b'2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/'
                    b'docPropsVTypes">'
                )
                prop = (
                    b'<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="%d" name="Tag%d">'
                    b"<vt:lpwstr>" + b"Lieferantenfreigabe " * 4 + b"</vt:lpwstr></property>"
                )
                written, n = 0, 0
                while written < custom_mb * 1024 * 1024:
                    written += member.write(prop % (n + 2, n))
                    n += 1
                member.write(b"</Properties>")
    return path


def test_fifty_megabytes_of_custom_properties_are_left_out_of_the_working_copy(tmp_path):
    """A 1.5 MB workbook carrying 49 MB of custom document properties (within ``zip_member_mb``):
    read as ever (the reader never opens them), but its numbered working copy (openpyxl makes
    an object of each property and writes them back) took 60 s and 827 MB and held a 72 MB part.
    The copy leaves them out, said on the document in both languages; a workbook's own few
    properties stay in its copy; the source is unchanged."""
    import zipfile

    from openpyxl import load_workbook

    big = _workbook(tmp_path / "custom.xlsx", {}, custom_mb=49)
    before = big.read_bytes()
    started = time.monotonic()
    status, out, err, peak = kesu_process(
        "render", big, "-o", tmp_path / "out", "--db", tmp_path / "kesu.db", cwd=tmp_path, lang="en"
    )
    assert status == 0 and "Traceback" not in err, (out, err)
    assert time.monotonic() - started < 60 and peak < 300_000, peak
    assert "leaves out the source's custom document properties (49.0 MB)" in " ".join(out.split()), out
    [copy] = (tmp_path / "out").glob("custom-*.xlsx")
    with zipfile.ZipFile(copy) as archive:
        assert "docProps/custom.xml" not in archive.namelist()
    assert load_workbook(copy).active is not None and big.read_bytes() == before
    small = _workbook(tmp_path / "small.xlsx", {}, custom_mb=0.01)
    status, out, err, _peak = kesu_process(
        "render", small, "-o", tmp_path / "out2", "--db", tmp_path / "kesu2.db", cwd=tmp_path
    )
    assert status == 0 and "自定义文档属性" not in out, out
    [copy] = (tmp_path / "out2").glob("small-*.xlsx")
    assert len(load_workbook(copy).custom_doc_props.props) > 10


def test_a_sheet_of_a_million_empty_cells_is_refused_in_a_moment(tmp_path):
    """A sheet holding 1,000,000 empty ``<c/>`` (100,000 rows of ten, 4 MB of XML, 270 kB
    packed, within the zip limits): refused by ``sheet_cells`` before any library reads it, said
    in Chinese; in a moment."""
    parts = _sample_parts()
    sheet = parts["xl/worksheets/sheet1.xml"]
    at = sheet.index(b"</sheetData>")
    rows = b"".join(b'<row r="%d">' % r + b"<c/>" * 10 + b"</row>" for r in range(9000, 109000))
    path = _workbook(
        tmp_path / "empty-cells.xlsx", {"xl/worksheets/sheet1.xml": sheet[:at] + rows + sheet[at:]}
    )
    started = time.monotonic()
    status, out, err, peak = kesu_process("parse", path, cwd=tmp_path)
    assert status == 2 and "Traceback" not in err, err
    assert time.monotonic() - started < 60 and peak < 300_000, peak
    [read] = parsed(out)
    assert [e["code"] for e in read["errors"]] == ["limit_exceeded"], read
    assert "sheet_cells" in read["errors"][0]["message"] and "单元格" in read["errors"][0]["message"]


def _linked(path: Path, target: str) -> Path:
    """The sample form with an external link to ``target`` (a workbook on a share, a file URL)
    whose cached cell says ``ACME Leaked``."""
    parts = _sample_parts()
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    book = parts["xl/workbook.xml"].replace(
        b"</sheets>",
        b'</sheets><externalReferences><externalReference xmlns:r="%s" r:id="rIdX1"/></externalReferences>'
        % rel.encode(),
    )
    book_rels = parts["xl/_rels/workbook.xml.rels"].replace(
        b"</Relationships>",
        b'<Relationship Id="rIdX1" Type="%s/externalLink" Target="externalLinks/externalLink1.xml"/>'
        b"</Relationships>" % rel.encode(),
    )
    types = parts["[Content_Types].xml"].replace(
        b"</Types>",
        b'<Override PartName="/xl/externalLinks/externalLink1.xml" ContentType="application/'
        b'vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml"/></Types>',
    )
    link = (
        b'<?xml version="1.0" encoding="UTF-8"?><externalLink xmlns="http://schemas.openxmlformats.org/'
        b'spreadsheetml/2006/main" xmlns:r="%s"><externalBook r:id="rId1"><sheetNames><sheetName val="S"/>'
        b'</sheetNames><sheetDataSet><sheetData sheetId="0"><row r="1"><cell r="A1" t="str"><v>ACME Leaked'
        b"</v></cell></row></sheetData></sheetDataSet></externalBook></externalLink>" % rel.encode()
    )
    link_rels = (
        b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
        b'package/2006/relationships"><Relationship Id="rId1" Type="%s/externalLinkPath" Target="%s" '
        b'TargetMode="External"/></Relationships>' % (rel.encode(), target.encode())
    )
    return _workbook(
        path,
        {
            "xl/workbook.xml": book,
            "xl/_rels/workbook.xml.rels": book_rels,
            "[Content_Types].xml": types,
            "xl/externalLinks/externalLink1.xml": link,
            "xl/externalLinks/_rels/externalLink1.xml.rels": link_rels,
        },
    )


def test_links_to_other_workbooks_are_never_followed(tmp_path):
    """External links to ``\\\\server\\share\\x.xlsx`` and to ``file://`` a named pipe (anyone
    opening it would wait for ever): read and filed in a moment, the pipe never opened, the
    form's values its own (the link's cached ``ACME Leaked`` nowhere)."""
    import os

    pipe = tmp_path / "pipe.xlsx"
    os.mkfifo(pipe)
    share = _linked(tmp_path / "share.xlsx", "\\\\server\\share\\x.xlsx")
    local = _linked(tmp_path / "local.xlsx", pipe.as_uri())
    status, out, err, _peak = kesu_process(
        "render",
        share,
        local,
        "-o",
        tmp_path / "out",
        "--db",
        tmp_path / "kesu.db",
        cwd=tmp_path,
        timeout=120,
    )
    assert status == 0 and "Traceback" not in err, (out, err)
    status, out, err, _peak = kesu_process("parse", share, local, cwd=tmp_path, lang="en", timeout=120)
    assert status == 0, out
    for read in parsed(out):
        assert read["valid"] and read["record"]["customer"] == "深圳市华星光电技术有限公司", read
    assert "ACME Leaked" not in out


# ------------------------------------------------------------------- PDFs
def test_a_pdf_with_javascript_to_run_on_opening_is_read_and_nothing_run(tmp_path):
    """A credit memo whose catalog runs JavaScript on opening (``/OpenAction``, a launch of a URL,
    an attachment exported and launched), its page too (``/AA``), and a named script: read as
    the memo it is (no reader here runs scripts), nothing made beside it."""
    from hostile import _pdf

    from tests.test_hostile_inputs11 import _memo_ops

    catalog = (
        b"<< /Type /Catalog /Pages 2 0 R /OpenAction << /S /JavaScript /JS (app.launchURL\\('http://"
        b"127.0.0.1:9/x'\\); this.exportDataObject\\({cName: 'a', nLaunch: 2}\\);) >> /Names << /JavaScript"
        b" << /Names [(x) << /S /JavaScript /JS (app.alert\\(1\\)) >>] >> >> >>"
    )
    page = _page(b"5 0 R").replace(b" >>", b" /AA << /O << /S /JavaScript /JS (app.alert\\(2\\)) >> >> >>", 1)
    pages = b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>"
    path = tmp_path / "in" / "memo.pdf"
    path.parent.mkdir()
    path.write_bytes(_pdf([catalog, pages, page, _FONT, _stream(b"\n".join(_memo_ops()))]))
    [read] = parse_paths([path], kind="allowance")
    assert read.record is not None and read.record.invoice_no == "9000381177", read.errors
    assert sorted(p.name for p in path.parent.iterdir()) == ["memo.pdf"]


def test_a_pdf_that_is_also_a_zip_is_read_and_warned_not_refused(tmp_path):
    """A PDF followed by a ZIP archive (the sample workbook: the file is a valid ZIP too, a
    polyglot): once said "truncated (no %%EOF)", then refused as "corrupt … a ZIP archive
    follows" (it is neither); now its PDF part is read and the document warned (only the PDF was
    read), in both languages — also when a ``%%EOF`` is written after the ZIP, which once passed
    unsaid. Named .xlsx, it is said a PDF renamed; a PDF whose own compressed data holds the
    ZIP's signature is read as ever, unwarned."""
    import zipfile

    from hostile import _pdf

    from tests.test_hostile_inputs11 import _memo_ops

    pages = b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>"
    plain = _pdf([_CATALOG, pages, _page(b"5 0 R"), _FONT, _stream(b"\n".join(_memo_ops()))])
    both = plain + (SAMPLES / "complaint-valid.xlsx").read_bytes()
    (tmp_path / "both.pdf").write_bytes(both)
    (tmp_path / "both.xlsx").write_bytes(both)
    (tmp_path / "eof.pdf").write_bytes(both + b"\n%%EOF\n")
    assert zipfile.is_zipfile(tmp_path / "both.pdf")
    status, out, err, _peak = kesu_process(
        "parse", tmp_path / "both.pdf", tmp_path / "both.xlsx", tmp_path / "eof.pdf", cwd=tmp_path
    )
    assert "Traceback" not in err, err
    pdf, xlsx, eof = parsed(out)
    for read in (pdf, eof):
        assert "corrupt_file" not in [e["code"] for e in read["errors"]], read
        said = [w for w in read["warnings"] if w["code"] == "zip_after_pdf"]
        assert (
            len(said) == 1 and "ZIP 压缩包" in said[0]["message"] and "只读取了 PDF" in said[0]["message"]
        ), read
    assert [e["code"] for e in xlsx["errors"]] == ["not_a_spreadsheet"], xlsx
    [english] = parse_paths([tmp_path / "eof.pdf"], kind="allowance")
    assert english.record is not None and english.record.invoice_no == "9000381177", english.errors
    assert "A ZIP archive follows the PDF's end" in " ".join(w.message("en") for w in english.warnings)
    inside = _pdf(
        [_CATALOG, pages, _page(b"5 0 R"), _FONT, _stream(b"\n".join(_memo_ops()) + b"\n% PK\x05\x06")]
    )
    (tmp_path / "inside.pdf").write_bytes(inside)
    [read] = parse_paths([tmp_path / "inside.pdf"], kind="allowance")
    assert read.record is not None, read.errors
    assert "zip_after_pdf" not in [w.code for w in read.warnings]


# ------------------------------------------------------------------- the register
def test_the_same_file_twice_in_one_batch_is_numbered_once(tmp_path):
    """The same workbook and the same JSON record each given twice in one ``kesu render``: each
    case numbered once (DOMAIN.md: a form matching a registered case by its natural key is the
    same case filed again, never given a second number), the second said "existing number"."""
    form, record = SAMPLES / "complaint-valid.xlsx", SAMPLES / "complaint-from-system.json"
    status, out, err, _peak = kesu_process(
        "render",
        form,
        form,
        record,
        record,
        "-o",
        tmp_path / "out",
        "--db",
        tmp_path / "kesu.db",
        cwd=tmp_path,
        lang="en",
    )
    assert status == 0 and "Traceback" not in err, (out, err)
    from kesu_docs.register import Register

    with Register.open(tmp_path / "kesu.db") as register:
        numbers = sorted(d.number for d in register.documents())
    assert len(numbers) == 2 and len(set(numbers)) == 2, numbers
    assert " ".join(out.split()).count("existing number") == 2, out


def test_a_register_that_is_not_sqlite_or_cannot_be_made_is_said_and_nothing_written(tmp_path):
    """A register file that is a text file or random bytes: said damaged (in Chinese: what to
    do), exit 2, the file unchanged, no output folder. A register in a folder that cannot be
    written (``/proc``, unwritable even for root): SQLite's "unable to open database file" was
    said alone in the Chinese message; now said why, in Chinese."""
    import os

    (tmp_path / "text.db").write_text("not a database\n", encoding="utf-8")
    (tmp_path / "random.db").write_bytes(os.urandom(3000))
    for name in ("text.db", "random.db"):
        before = (tmp_path / name).read_bytes()
        status, out, err, _peak = kesu_process(
            "render",
            SAMPLES / "complaint-valid.xlsx",
            "-o",
            tmp_path / "out",
            "--db",
            tmp_path / name,
            cwd=tmp_path,
        )
        assert status == 2 and "Traceback" not in err, err
        assert "已损坏" in out + err and "备份" in out + err, out + err
        assert (tmp_path / name).read_bytes() == before and not (tmp_path / "out").exists()
    status, out, err, _peak = kesu_process(
        "render",
        SAMPLES / "complaint-valid.xlsx",
        "-o",
        tmp_path / "out",
        "--db",
        "/proc/kesu.db",
        cwd=tmp_path,
    )
    assert status == 2 and "Traceback" not in err, err
    assert "所在文件夹不能写入" in out + err and not (tmp_path / "out").exists(), out + err
