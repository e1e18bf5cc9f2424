"""Work done once on the PDF path (issue 15, twenty-sixth round: the PDF parse within 2x of the
parse before the reader round).

The annotation limit (``pdf_page_annots``, ``pdf_annots``) is counted by PDFium on each page as
the words are read from it (:class:`.limits.AnnotTally`): the file's bytes are no longer searched
for every ``/Annots`` first, and a page kept in a compressed object stream (Word's, Acrobat's) is
no longer loaded a second time only to be counted — PDFium parses a page's whole content when it
loads it. A page stored turned is still counted, all pages, before pypdf turns it upright.
"""

from __future__ import annotations

import json
from pathlib import Path

import pypdfium2.raw as pdfium_c
import pytest
from helpers import calls_of, run_cli
from hostile import _pdf
from test_pdf_annots25 import _WIDGET, _form, _named, _write, kept_in_an_object_stream

from kesu_docs.parse import parse_paths

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def page_loads(monkeypatch):
    """Every page PDFium loads while the test runs (PDFium's own ``FPDF_LoadPage``): (document, index)."""
    return calls_of(monkeypatch, pdfium_c, "FPDF_LoadPage")


def test_a_page_in_an_object_stream_is_loaded_once(page_loads, tmp_path):
    """Before: loaded twice (once to count its annotations, once for its words)."""
    path = _write(tmp_path, "kept.pdf", kept_in_an_object_stream(50))
    [result] = parse_paths([path])
    assert result.record is not None and result.record.customer == "ACME", result
    assert [index for _doc, index in page_loads] == [0], page_loads


@pytest.mark.parametrize("name", ["samples/complaint-broken.pdf", "tests/layouts/filled/8d-de-a3.pdf"])
def test_a_print_has_each_page_loaded_once(page_loads, name):
    parse_paths([ROOT / name])
    loads = [index for _doc, index in page_loads]
    assert loads and sorted(loads) == sorted(set(loads)), loads


def test_a_turned_page_before_a_page_over_the_limit_is_refused_before_pypdf_turns_it(tmp_path):
    """Page 1 stored turned (/Rotate 90, its text on its side: read again upright through pypdf),
    page 2 naming a widget 200,000 times: the words stop at page 1, so page 2 is counted before
    pypdf copies the file to turn page 1 (it would fail on page 2's array: "Reached maximum array
    element count"), and the file is refused naming page 2."""
    text = b"BT /F1 12 Tf 0 1 -1 0 300 100 Tm (Customer complaint) Tj ET"
    data = _pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [4 0 R] >> >>",
            b"<< /Type /Pages /Kids [3 0 R 7 0 R] /Count 2 >>",
            b"<< /Type /Page /Parent 2 0 R /Rotate 90 /MediaBox [0 0 595 842] /Annots [4 0 R]"
            b" /Contents 5 0 R /Resources << /Font << /F1 6 0 R >> >> >>",
            _WIDGET,
            b"<< /Length %d >>\nstream\n" % len(text) + text + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Annots " + _named(200_000) + b" >>",
        ]
    )
    code, out = run_cli("--lang", "en", "parse", _write(tmp_path, "turned.pdf", data))
    [doc] = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    assert code == 2 and [e["code"] for e in doc["errors"]] == ["limit_exceeded"], doc["errors"]
    message = doc["errors"][0]["message"]
    assert "page 2" in message and "200,000" in message and "pdf_page_annots" in message, message


def test_the_profiles_folder_is_looked_at_once_a_batch(monkeypatch, tmp_path):
    """Whether there are layout profiles was asked twice a PDF (its reader, the workbook beside
    it), each time the working directory and the folder asked of the system: now once a batch."""
    import pathlib

    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("KESU_CONFIG", raising=False)
    looked = calls_of(monkeypatch, pathlib.Path, "is_dir", lambda path, *_a, **_k: path.name == "profiles")
    files = [ROOT / "samples" / "complaint-broken.pdf", ROOT / "tests/layouts/filled/8d-de-a3.pdf"]
    results = parse_paths(files)
    assert len(results) == 2 and all(r.kind for r in results), results
    assert len(looked) == 1, looked


@pytest.mark.parametrize("filled", [True, False], ids=["filled", "empty"])
def test_a_fillable_pdf_is_parsed_by_pypdf_once(filled, monkeypatch, tmp_path):
    """A fillable form's check boxes, text fields and fields' values (and, its fields empty, the
    look for an XFA form) were each read by a pypdf reader of their own: the file's cross-references
    and objects parsed three or four times. Now one reader serves them all, as they read the same."""
    import pypdf

    data = _form(b"[4 0 R]") if filled else _form(b"[4 0 R]").replace(b" /V (ACME)", b"")
    path = _write(tmp_path, "fillable.pdf", data)
    readers = calls_of(monkeypatch, pypdf, "PdfReader")
    [result] = parse_paths([path])
    assert len(readers) == 1, readers
    if filled:
        assert result.record is not None and result.record.customer == "ACME", result
