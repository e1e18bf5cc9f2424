"""What a text is as a label, worked out once a text (issue 15, thirty-third round: the PDF parse
toward 3x of PDFium's raw text).

``anchor._text_reading`` — the fields a box's text may label and whether it stops a value — is
asked of every text box of every page a form is read from, and of a glued label's neighbour. Its
docstring said "kept per text" since round 14, but round 31 (fixrd31) set a new function between
its ``lru_cache`` and its ``def``: the cache went to ``_column_caption`` and every box was read as
a label again on every page. Kept per text again, keyed by the form's vocabularies, the text and
its cue; the prints: LibreOffice's (samples/), Word's, Chromium's and fpdf2's (held-out sets).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import calls_of

from kesu_docs.parse import anchor, parse_paths, pdf

ROOT = Path(__file__).resolve().parents[1]

PRINTS = [
    "samples/complaint-broken.pdf",  # LibreOffice Calc, a complaint
    "tests/holdout3/filled/8d-en-g8d-word.pdf",  # Word, an 8D
    "tests/holdout7/filled/8d-zht-html-twopage.pdf",  # Chromium, two pages
    "tests/holdout10/filled/return-zht-fpdf-misregistered.pdf",  # fpdf2, a return note
]


def _output(name: str) -> str:
    [result] = parse_paths([ROOT / name])
    assert result.kind is not None, result  # (a print read: never a refused file)
    return json.dumps([result.to_dict("zh"), result.to_dict("en")], ensure_ascii=False, sort_keys=True)


@pytest.mark.parametrize("name", PRINTS)
def test_a_texts_reading_as_a_label_is_worked_out_once_a_text(monkeypatch, cold_memos, name):
    """The second read of a print asks no text of its pages as a label again (the caption test
    that opens :func:`.anchor._text_reading` is not run for it: what is left are the caption
    tests of other rules); before, every box was read again (the complaint sample: 127 caption
    tests on each read, now 124 then 30)."""
    asked = calls_of(monkeypatch, anchor, "caption_lines")
    first = _output(name)
    once = len(asked)
    again = _output(name)
    assert again == first
    assert once > 0 and len(asked) - once <= once // 2, (once, len(asked) - once)


@pytest.mark.parametrize("name", PRINTS)
def test_prints_of_other_forms_read_in_one_process_each_read_as_alone(cold_memos, name):
    """The memo is keyed by the form's vocabularies, the text and its cue: a print read after
    prints of other forms (the same label texts met first as another form's) writes the same bytes
    as read with the memo empty."""
    alone = _output(name)  # (every memo empty: conftest's cold_memos)
    cold_memos()
    for other in PRINTS:
        if other != name:
            _output(other)
    assert _output(name) == alone


def test_a_one_page_print_is_not_looked_at_for_an_instructions_page(monkeypatch):
    """A print of one page keeps its page whatever its first line says (instructions alone leave
    no form: nothing is set aside), so the page's lines are not sorted for a heading; a print of
    two pages is still looked at, page by page (a workbook printed with its "How to fill in"
    sheet first). Before: the one page's first line was found and asked."""
    asked = calls_of(monkeypatch, pdf, "instructions_first")
    _output("tests/holdout3/filled/8d-en-g8d-word.pdf")  # Word, one page
    _output("tests/holdout10/filled/return-zht-fpdf-misregistered.pdf")  # fpdf2, one page
    assert asked == []
    _output("tests/holdout7/filled/8d-zht-html-twopage.pdf")  # Chromium, two pages
    assert len(asked) == 2
