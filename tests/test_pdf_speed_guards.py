"""What the PDF parse's speed (issue 15, sixth round) rests on: each short cut answers what the
plain look it replaced answers, on every printed form the repository holds.

The timings are benchmarks (``bench/pdf_bench.py``, ``bench/pdf_parts.py``); the whole
output before and after a change is compared by ``bench/pdf_same.py``. These tests hold the
mechanisms, so that a later change to one side cannot leave the other behind unnoticed.
"""

from __future__ import annotations

import zlib
from collections import Counter
from functools import cache
from pathlib import Path

import pytest

from kesu_docs.parse import pdf
from kesu_docs.parse.pdf_bars import _Inside, _words_in
from kesu_docs.parse.pdf_cells import cells

ROOT = Path(__file__).resolve().parents[1]
FOLDERS = ("samples", "tests/layouts", "tests/holdout", "tests/holdout2", "tests/holdout3", "tests/holdout4")
PRINTS = sorted(
    p for folder in (*FOLDERS, "tests/holdout5", "tests/holdout6") for p in (ROOT / folder).rglob("*.pdf")
)


@cache
def _read(path: Path) -> tuple:
    widths: dict[int, float] = {}
    words, rules, _form = pdf.words_of(path.read_bytes(), "pdfium", widths)
    return words, rules, widths


def test_the_prints_are_there():
    assert len(PRINTS) >= 100, len(PRINTS)


@pytest.mark.parametrize("path", PRINTS, ids=lambda p: str(p.relative_to(ROOT)))
def test_the_words_inside_a_cell_are_those_a_look_at_every_word_finds(path):
    words, rules, widths = _read(path)
    found = cells(words, rules, widths)
    inside = _Inside(words)
    for c in found:
        assert inside(c) == _words_in(c, words), (c, path.name)


def _printed_texts() -> list[str]:
    """Every word, line and cell text of the printed forms (labels and values as printed)."""
    texts: set[str] = set()
    for path in PRINTS:
        words, rules, widths = _read(path)
        texts.update(w.text for w in words)
        for c in cells(words, rules, widths):
            texts.add(c.text)
            texts.update(c.text.split("\n"))
    return sorted(texts)


def test_no_vocabulary_reads_a_text_the_joined_keys_turn_away():
    """``Joined.may_read`` (guards.reads_as_label asks it before the seven forms' vocabularies)
    says no only where no vocabulary joined has any candidate: over every printed text of the
    repository's forms, and labels changed by a letter, shortened, lengthened; for the forms'
    vocabularies, all vocabularies, and each form's tables' columns."""
    from test_speed_guards import _vocabularies_and_texts

    from kesu_docs import forms
    from kesu_docs.parse.vocab import Joined, columns_vocabulary, vocabulary

    form_vocabs = [vocabulary(s) for s in forms.all_specs()]
    vocabs, texts = _vocabularies_and_texts()
    texts = sorted(set(texts) | set(_printed_texts()))
    tables = [
        [columns_vocabulary(m.row_model) for m in s.fields.values() if m.kind == "table" and m.row_model]
        for s in forms.all_specs()
    ]
    for group in (form_vocabs, vocabs, *(t for t in tables if t)):
        joined = Joined(group)
        turned_away = 0
        for text in texts:
            if not joined.may_read(text):
                turned_away += 1
                assert not any(v.candidates(text) for v in group), text
        assert turned_away > 500, turned_away  # the short cut is taken


TURNED = sorted((ROOT / "tests/holdout7").rglob("*.pdf"))


def _rotated(path: Path) -> bytes:
    """``path`` with /Rotate 90 set on every page, its content left as it is (a viewer's turn)."""
    import io

    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(path))
    for page in writer.pages:
        page.rotate(90)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_pages_are_read_once_and_a_turned_page_is_told_as_the_separate_look_tells_it():
    """``upright_pdfium_words`` checks each page's /Rotate on the page it reads the words from
    (issue 15: every page was loaded twice): it gives up exactly where ``turned_pages`` (the
    separate look, still the pdfplumber path's) finds a page stored turned, and otherwise gives
    what ``pdfium_words`` gives; so do pages a viewer merely shows turned (upright text)."""
    import pypdfium2 as pdfium

    from kesu_docs.parse.pdf_text import pdfium_words, upright_pdfium_words

    datas = [p.read_bytes() for p in (*PRINTS, *TURNED)] + [_rotated(PRINTS[0]), _rotated(TURNED[0])]
    turned = 0
    for data in datas:
        try:
            doc = pdfium.PdfDocument(data)
        except pdfium.PdfiumError:
            continue  # (a damaged file of the holdout: the reader's errors say so)
        try:
            found = upright_pdfium_words(doc)
            if pdf.turned_pages(doc):
                turned += 1
                assert found is None
            else:
                assert found == pdfium_words(doc)
        finally:
            doc.close()
    assert turned >= 1  # holdout7's return note stored with /Rotate 90
    assert pdf.turned_pages(pdfium.PdfDocument(_rotated(PRINTS[0]))) is False  # text upright as stored


def _whole_inflated_size(data: bytes, start: int, cap: int) -> int:
    """The decoded size the plain way: zlib over the rest of the file, a megabyte out at a time."""
    import zlib

    inflater = zlib.decompressobj()
    size = 0
    try:
        out = inflater.decompress(data[start:], cap)
        size += len(out)
        while inflater.unconsumed_tail and size < cap:
            size += len(inflater.decompress(inflater.unconsumed_tail, cap))
    except zlib.error:
        pass
    return size


def test_the_stream_check_counts_each_stream_as_a_whole_inflation_does(tmp_path):
    """``limits._inflated_size`` gives the inflater the stream up to its ``endstream`` first
    (issue 15: the rest of the file was copied as unused data per stream); each stream of every
    print still counts what zlib inflates from its start, and a bomb is still stopped."""
    from hostile import stream_bomb

    from kesu_docs.parse import limits
    from kesu_docs.problems import SourceError

    streams = 0
    for path in PRINTS:
        data = path.read_bytes()
        for found in limits._STREAM.finditer(data):
            cap = 32 * limits.MB
            assert limits._inflated_size(data, found.end(), cap) == _whole_inflated_size(
                data, found.end(), cap
            )
            streams += 1
    assert streams > 500, streams
    bomb = stream_bomb(tmp_path / "bomb.pdf", mb=40).read_bytes()
    with pytest.raises(SourceError):
        limits.check_pdf(bomb)


def test_a_stream_is_left_uninflated_only_where_its_data_cannot_reach_a_limit():
    """``limits.check_pdf`` inflates nothing where no stream's data (its /Length, or up to its
    first ``endstream``) can inflate past a limit at deflate's most (1032 bytes a byte; issue
    15: PDFium inflates those streams again at once): on every print, each stream's bound holds
    its own inflated size, and the prints are let through as the full check lets them."""
    from kesu_docs.parse import limits

    bounded = 0
    for path in PRINTS:
        data = path.read_bytes()
        lengths = limits._int_objects(data)
        for start, head, at, keyword, _chain in limits._flate_streams(data):
            reach = limits._data_reach(data, start, head, at, lengths)
            if reach is None or data.startswith(b"end", keyword - 3):
                continue
            bounded += 1
            most = limits.DEFLATE_RATIO * reach + limits._DEFLATE_SLACK
            assert limits._inflated_size(data, start, most + 1) <= most, (path, start)
        assert limits._cannot_reach(data, limits._flate_streams(data), 32 * limits.MB, 128 * limits.MB), path
    assert bounded > 2000, bounded


def _flate_pdf(streams: list[bytes], indirect: bool = False) -> bytes:
    """A PDF of one page whose content is ``streams`` (compressed already), each /Length
    written in the stream's dictionary or (``indirect``) as an object of its own after it."""
    from hostile import _pdf

    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>"]
    first = 4
    refs = " ".join(f"{first + (2 if indirect else 1) * i} 0 R" for i in range(len(streams)))
    objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents [%s] >>" % refs.encode())
    for body in streams:
        if indirect:
            length = b"%d 0 R" % (len(objects) + 2)
            objects.append(
                b"<< /Length %s /Filter /FlateDecode >>\nstream\n" % length + body + b"\nendstream"
            )
            objects.append(b"%d" % len(body))
        else:
            objects.append(
                b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(body) + body + b"\nendstream"
            )
    return _pdf(objects)


def _spaces(mb: int) -> bytes:
    """``mb`` megabytes of spaces, compressed."""
    packer = zlib.compressobj(9)
    return b"".join(packer.compress(b" " * 1024 * 1024) for _ in range(mb)) + packer.flush()


@pytest.mark.parametrize("indirect", [False, True], ids=["direct", "indirect"])
def test_bombs_are_refused_whatever_the_bound_lets_through(indirect):
    """The bound only spares the inflating of streams too small to matter: a 40 MB stream (its
    /Length in its dictionary or in an object of its own), one whose compressed data holds the
    word ``endstream`` before the bomb, and five streams of 30 MB each (under the one-stream
    limit, over the total) are each refused as the full check refuses them."""
    from kesu_docs.parse import limits
    from kesu_docs.problems import SourceError

    bomb = _spaces(40)
    stored = b"\x00\x09\x00\xf6\xffendstream"  # a stored block: the word, raw, inside the data
    raw = zlib.compressobj(9, zlib.DEFLATED, -15)  # (raw deflate blocks after the stored one)
    hidden = b"\x78\x01" + stored + raw.compress(b" " * (40 * limits.MB)) + raw.flush()
    for streams, key in (
        ([bomb], "pdf_stream_mb"),
        ([hidden], "pdf_stream_mb"),
        ([_spaces(30)] * 5, "pdf_streams_mb"),
    ):
        data = _flate_pdf(streams, indirect)
        with pytest.raises(SourceError) as refused:
            limits.check_pdf(data)
        assert refused.value.params["key"] == key


def _inflations(data: bytes) -> Counter[int]:
    """How many times ``limits.check_pdf(data)`` inflates each stream of ``data`` (by where it
    starts: calls of ``_inflated_size`` on the file's own bytes, watched through the profile
    hook)."""
    import sys

    from kesu_docs.parse import limits

    counted: Counter[int] = Counter()
    code = limits._inflated_size.__code__

    def watch(frame, event, _arg):
        if event == "call" and frame.f_code is code and frame.f_locals["data"] is data:
            counted[frame.f_locals["start"]] += 1

    sys.setprofile(watch)
    try:
        limits.check_pdf(data)
    finally:
        sys.setprofile(None)
    return counted


def test_a_scan_in_a_pdf_of_object_streams_is_inflated_once():
    """A 600-dpi lossless scan whose pages are out of sight (an object stream) is over the
    content-stream limit by its data's reach: the bound's check inflated it (to the stream limit)
    and the full check inflated it again (to its pixels' limit). Once now, to its own limit; a
    content stream over the total's bound inflated once too."""
    from tests.test_hostile_inputs8 import _SCAN_PAGE, _image, _objstm_pdf

    width, height = 4960, 7016
    row = bytes([0]) + bytes(range(256)) * (width // 256) + bytes(width % 256)
    packer = zlib.compressobj(1)
    scan = b"".join(packer.compress(row) for _ in range(height)) + packer.flush()
    content = zlib.compress(bytes(range(256)) * 40 + __import__("os").urandom(40_000))
    # (40 kB of data may reach 41 MB at deflate's most: over the 32 MB bound, inflated to be sure)
    pdf_bytes = _objstm_pdf(
        _SCAN_PAGE,
        _image(width, height, b"/DeviceGray", scan),
        b"",
    ).replace(
        b"<< /Length 0 >>\nstream\n", b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content), 1
    )
    pdf_bytes = pdf_bytes.replace(b"stream\n\nendstream", b"stream\n" + content + b"\nendstream", 1)
    counted = _inflations(pdf_bytes)
    assert len(counted) == 2, counted  # the scan, the content (the object stream cannot reach)
    assert max(counted.values()) == 1, counted


def test_every_table_of_a_page_looks_at_the_pages_own_bands_when_no_header_was_parted(monkeypatch):
    """The two-row headers' pairs (``captions.stacked_pairs``) are worked out once a page and
    kept with it (``_Page.worked_out``; issue 15, nineteenth round): every table of a page whose
    header words no print ran together (``Cantidad Precio unitario``) reads the page's own, so
    each page's bands are asked once; and what is kept is what a fresh look finds."""
    from kesu_docs.parse import anchor, parse_paths

    fresh = anchor.stacked_pairs
    asked: list[list] = []

    def noted(bands):
        asked.append(bands)
        return fresh(bands)

    monkeypatch.setattr(anchor, "stacked_pairs", noted)
    results = parse_paths([ROOT / "tests/layouts/filled/8d-en-compact.pdf"])
    assert results and not results[0].fatal
    assert asked and len({id(bands) for bands in asked}) == len(asked)  # once a page
    kept = fresh(asked[0])
    assert fresh([list(band) for band in asked[0]]) == kept  # (a copy: worked out anew)
    # a header two column names ran together is parted: that table reads its own bands
    asked.clear()
    parse_paths([ROOT / "tests/layouts/filled/8d-en-field-list.pdf"])
    assert len({id(bands) for bands in asked}) == 2


def test_the_checks_asked_of_every_value_run_no_import_statement(monkeypatch):
    """The reader's checks asked of every value, cell or caption (``_caption_length``,
    ``_step_group``, ``european_comma``, ``_mend_value``, ``ticked_known``, ``as_option``,
    ``_boxed_option``, ``option_rows``, ``block_rows`` …) import what they use with their module (issue 15, nineteenth round: an
    import statement in a function body runs the import machinery at every call, about
    11,000 times over the 37 PDFs of the issue's measure)."""
    import builtins
    import sys

    from kesu_docs.parse import parse_paths

    files = [ROOT / "tests/layouts/filled" / name for name in ("8d-zh-step-table.pdf", "return-en-rma.pdf")]
    files += [ROOT / "samples/complaint-broken.pdf"]
    parse_paths(files)  # (the first read may import what a rare rule needs)
    hot = {"_caption_length", "_step_group", "european_comma", "_mend_value", "ticked_known"}
    hot |= {"as_option", "_boxed_option", "comma_as_thousands", "option_rows", "own_cell_value"}
    hot |= {"block_rows", "option_captions", "_date_paths"}
    importing = builtins.__import__
    seen: list[str] = []

    def noted(name, globals=None, locals=None, fromlist=(), level=0):
        caller = sys._getframe(1).f_code.co_name
        if caller in hot:
            seen.append(f"{caller}: {name}")
        return importing(name, globals, locals, fromlist, level)

    monkeypatch.setattr(builtins, "__import__", noted)
    assert all(not r.fatal for r in parse_paths(files))
    assert seen == []
