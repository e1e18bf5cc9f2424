"""The PDF path's calls into PDFium made once (issue 15, thirty-second round: the PDF parse within
3x of PDFium's raw text).

The text object drawing a character was asked of PDFium through ctypes each time the reader
wanted it: a run's first character for its clip, its weight, its font and its fill, and both ends
of every run for the clip split (83,000 calls a pass of pdf_bench's 142 prints, 31,000 of them for
a character not asked before). Now once a character of a text page (:meth:`.pdf_clip.Clips.object_at`).
The prints: LibreOffice's (samples/), Word's, Chromium's and fpdf2's (held-out sets).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import calls_of

from kesu_docs.parse import parse_paths, pdf_clip

ROOT = Path(__file__).resolve().parents[1]

PRINTS = [
    "samples/complaint-broken.pdf",  # LibreOffice Calc
    "tests/holdout3/filled/8d-en-g8d-word.pdf",  # Word
    "tests/holdout6/filled/8d-en-html-scar.pdf",  # Chromium
    "tests/holdout7/filled/8d-zht-html-twopage.pdf",  # Chromium, two pages
    "tests/holdout10/filled/return-zht-fpdf-misregistered.pdf",  # fpdf2
]


@pytest.mark.parametrize("name", PRINTS)
def test_each_characters_text_object_is_asked_of_pdfium_once(monkeypatch, name):
    """Before: 2–3 times a character (the complaint sample: 739 calls for 274 characters asked)."""
    asked = calls_of(monkeypatch, pdf_clip, "text_object_address")
    [result] = parse_paths([ROOT / name])
    assert result.kind is not None, result  # (a print read: never a refused file)
    # (the text page's handle is one object a page, kept alive in ``asked``: its id tells the pages apart)
    keys = [(id(raw), index) for raw, index in asked]
    assert keys and len(keys) == len(set(keys)), (len(keys), len(set(keys)))


@pytest.mark.parametrize("name", PRINTS)
def test_a_print_read_twice_in_one_process_gives_the_same_bytes(name):
    """What is kept while a page is read (the objects by character) is the page's alone: a second
    read of the same print, after other prints, writes the same output byte for byte."""

    def output() -> str:
        [result] = parse_paths([ROOT / name])
        return json.dumps([result.to_dict("zh"), result.to_dict("en")], ensure_ascii=False, sort_keys=True)

    first = output()
    parse_paths([ROOT / other for other in PRINTS if other != name])
    assert output() == first
