"""PDFium's functions asked once a character or a page object, called without ctypes'
converters (issue 15, twenty-third round: ``kesu_docs.parse.pdfium_calls``).

Each plain function must answer what pypdfium2's declared one answers, on real prints (the
same C function, its arguments passed as they are); and the PDF reader must ask its
per-character and per-object questions through them: a declared function converts every
argument of every call through a Python call of its own (≈ 59,000 calls in the warm parse of
issue 10's 37 prints, ≈ 6.5 % of its instructions in ctypes). The whole output before and after
is compared by ``bench/pdf_same.py``; the instructions are counted by callgrind
(docs/performance-history.md)."""

from __future__ import annotations

import ctypes
from collections import Counter
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest

from kesu_docs.parse import pdfium_calls

ROOT = Path(__file__).resolve().parents[1]
# prints of several makers: LibreOffice's grids and clips, a turned page, a stamp, CJK and Latin
PRINTS = [
    ROOT / "samples/complaint-broken.pdf",
    ROOT / "tests/layouts/filled/8d-en-scar.pdf",
    ROOT / "tests/layouts/filled/8d-zht-supplier.pdf",
    ROOT / "tests/layouts/filled/allowance-zht-tw-boxes.pdf",
    ROOT / "tests/layouts/filled/return-en-rma.pdf",
]


def _address(handle: object) -> int | None:
    return ctypes.cast(handle, ctypes.c_void_p).value


def _same_point(segment: object) -> None:
    xs, ys = [ctypes.c_float() for _ in range(2)], [ctypes.c_float() for _ in range(2)]
    assert pdfium_calls.FPDFPathSegment_GetPoint(segment, ctypes.byref(xs[0]), ctypes.byref(ys[0])) == (
        pdfium_c.FPDFPathSegment_GetPoint(segment, ctypes.byref(xs[1]), ctypes.byref(ys[1]))
    )
    assert (xs[0].value, ys[0].value) == (xs[1].value, ys[1].value)
    assert pdfium_calls.FPDFPathSegment_GetType(segment) == pdfium_c.FPDFPathSegment_GetType(segment)


def _same_clip(clip: object) -> None:
    if not clip:
        return
    paths = pdfium_c.FPDFClipPath_CountPaths(clip)
    assert pdfium_calls.FPDFClipPath_CountPaths(clip) == paths
    for i in range(paths):
        segments = pdfium_c.FPDFClipPath_CountPathSegments(clip, i)
        assert pdfium_calls.FPDFClipPath_CountPathSegments(clip, i) == segments
        for j in range(segments):
            segment = pdfium_c.FPDFClipPath_GetPathSegment(clip, i, j)
            assert _address(pdfium_calls.FPDFClipPath_GetPathSegment(clip, i, j)) == _address(segment)
            _same_point(segment)


def _same_paths(obj: object) -> None:
    if pdfium_c.FPDFPageObj_GetType(obj) != pdfium_c.FPDF_PAGEOBJ_PATH:
        return
    modes = [ctypes.c_int() for _ in range(4)]
    assert pdfium_calls.FPDFPath_GetDrawMode(obj, ctypes.byref(modes[0]), ctypes.byref(modes[1])) == (
        pdfium_c.FPDFPath_GetDrawMode(obj, ctypes.byref(modes[2]), ctypes.byref(modes[3]))
    )
    assert [m.value for m in modes[:2]] == [m.value for m in modes[2:]]
    colour = [ctypes.c_uint() for _ in range(8)]
    refs = [ctypes.byref(v) for v in colour]
    assert pdfium_calls.FPDFPageObj_GetFillColor(obj, *refs[:4]) == pdfium_c.FPDFPageObj_GetFillColor(
        obj, *refs[4:]
    )
    assert [v.value for v in colour[:4]] == [v.value for v in colour[4:]]
    matrices = pdfium_c.FS_MATRIX(), pdfium_c.FS_MATRIX()
    assert pdfium_calls.FPDFPageObj_GetMatrix(obj, ctypes.byref(matrices[0])) == (
        pdfium_c.FPDFPageObj_GetMatrix(obj, ctypes.byref(matrices[1]))
    )
    assert [getattr(matrices[0], f) for f in "abcdef"] == [getattr(matrices[1], f) for f in "abcdef"]
    segments = pdfium_c.FPDFPath_CountSegments(obj)
    assert pdfium_calls.FPDFPath_CountSegments(obj) == segments
    for k in range(segments):
        segment = pdfium_c.FPDFPath_GetPathSegment(obj, k)
        assert _address(pdfium_calls.FPDFPath_GetPathSegment(obj, k)) == _address(segment)
        _same_point(segment)


@pytest.mark.parametrize("path", PRINTS, ids=lambda p: p.name)
def test_each_plain_function_answers_what_the_declared_one_answers(path):
    doc = pdfium.PdfDocument(path.read_bytes())
    try:
        for page in doc:
            textpage = page.get_textpage()
            raw = textpage.raw
            one, other = pdfium_c.FS_RECTF(), pdfium_c.FS_RECTF()
            name, name2 = ctypes.create_string_buffer(128), ctypes.create_string_buffer(128)
            flags, flags2 = ctypes.c_int(), ctypes.c_int()
            colour = [ctypes.c_uint() for _ in range(8)]
            count = pdfium_c.FPDFText_CountChars(raw)
            assert count > 0
            for k in range(count):
                assert pdfium_calls.FPDFText_GetUnicode(raw, k) == pdfium_c.FPDFText_GetUnicode(raw, k)
                assert pdfium_calls.FPDFText_IsGenerated(raw, k) == pdfium_c.FPDFText_IsGenerated(raw, k)
                assert pdfium_calls.FPDFText_GetCharAngle(raw, k) == pdfium_c.FPDFText_GetCharAngle(raw, k)
                assert pdfium_calls.FPDFText_GetLooseCharBox(raw, k, ctypes.byref(one)) == (
                    pdfium_c.FPDFText_GetLooseCharBox(raw, k, ctypes.byref(other))
                )
                assert (one.left, one.top, one.right, one.bottom) == (
                    other.left,
                    other.top,
                    other.right,
                    other.bottom,
                )
                assert pdfium_calls.FPDFText_GetFontWeight(raw, k) == pdfium_c.FPDFText_GetFontWeight(raw, k)
                n = pdfium_calls.FPDFText_GetFontInfo(raw, k, name, len(name), ctypes.byref(flags))
                m = pdfium_c.FPDFText_GetFontInfo(raw, k, name2, len(name2), ctypes.byref(flags2))
                assert (n, name.raw[:n], flags.value) == (m, name2.raw[:m], flags2.value)
                refs = [ctypes.byref(v) for v in colour]
                assert pdfium_calls.FPDFText_GetFillColor(raw, k, *refs[:4]) == (
                    pdfium_c.FPDFText_GetFillColor(raw, k, *refs[4:])
                )
                assert [v.value for v in colour[:4]] == [v.value for v in colour[4:]]
                declared = pdfium_c.FPDFText_GetTextObject(raw, k)
                assert pdfium_calls.text_object_address(raw, k) == _address(declared)
                assert _address(pdfium_calls.FPDFText_GetTextObject(raw, k)) == _address(declared)
                if declared:
                    clip = pdfium_c.FPDFPageObj_GetClipPath(declared)
                    assert _address(pdfium_calls.FPDFPageObj_GetClipPath(declared)) == _address(clip)
                    _same_clip(clip)
            bounds = [ctypes.c_float() for _ in range(8)]
            refs = [ctypes.byref(b) for b in bounds]
            for i in range(pdfium_c.FPDFPage_CountObjects(page.raw)):
                obj = pdfium_c.FPDFPage_GetObject(page.raw, i)
                assert _address(pdfium_calls.FPDFPage_GetObject(page.raw, i)) == _address(obj)
                assert pdfium_calls.FPDFPageObj_GetType(obj) == pdfium_c.FPDFPageObj_GetType(obj)
                assert pdfium_calls.FPDFPageObj_GetBounds(obj, *refs[:4]) == (
                    pdfium_c.FPDFPageObj_GetBounds(obj, *refs[4:])
                )
                assert [b.value for b in bounds[:4]] == [b.value for b in bounds[4:]]
                _same_paths(obj)
            textpage.close()
            page.close()
    finally:
        doc.close()


def test_the_reader_asks_its_per_character_questions_through_the_plain_functions(monkeypatch):
    """The PDF reader's calls of pypdfium2's declared functions (each argument converted by a
    Python call) stay a few a page: opening, loading, closing, the page's size, its text as a
    whole. The questions asked once a character or an object (about 1,000 a page before) go
    through :mod:`.pdfium_calls`."""
    from kesu_docs.parse import parse_paths

    parse_paths(PRINTS)  # (imports, the first read's caches)
    asked: Counter[str] = Counter()
    for name in dir(pdfium_c):
        declared = getattr(pdfium_c, name)
        if name.startswith("FPDF") and isinstance(declared, ctypes._CFuncPtr):

            def counted(*args, _declared=declared, _name=name):
                asked[_name] += 1
                return _declared(*args)

            monkeypatch.setattr(pdfium_c, name, counted)
    results = parse_paths(PRINTS)
    assert all(not r.fatal for r in results)
    pages = sum(len(pdfium.PdfDocument(p.read_bytes())) for p in PRINTS)
    assert sum(asked.values()) <= 40 * pages, asked.most_common(8)
    # none of the per-character questions is asked of a declared function
    per_character = {n for n in dir(pdfium_calls) if n.startswith("FPDF")}
    assert not per_character & set(asked), asked
