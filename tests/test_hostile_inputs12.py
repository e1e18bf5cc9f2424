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
    3.4 s and 330 MB a time: it is never drawn (404, and the page says why when a finding
    asks for it); the memo's page is drawn. A body of 1,000 parts (over ``--max-files``) is
    refused with the limits said, no batch made, the server alive."""
    from hostile import whitespace_bomb

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
        started = time.monotonic()
        statuses = [
            client.request("GET", f"/batch/{reply['batch']}/preview/{i}/2.png")[0] for i in set(index)
        ]
        assert statuses and all(s == 404 for s in statuses), statuses
        assert time.monotonic() - started < 5
        drawn = [client.request("GET", f"/batch/{reply['batch']}/preview/{i}/1.png")[0] for i in set(index)]
        assert 200 in drawn, drawn
        batches_before = sorted((server.work / "batches").iterdir())
        many = [(f"{n}.json", b"{}") for n in range(1000)]
        status, body, _ = client.upload(many, token)
        assert status == 413 and "50" in json.loads(body)["error"], body[:300]
        assert sorted((server.work / "batches").iterdir()) == batches_before
        assert server.alive(), server.log.read_text()
    assert not list(spool.iterdir()), list(spool.iterdir())
