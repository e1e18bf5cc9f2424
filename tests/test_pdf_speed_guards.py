"""What the PDF parse's speed (issue 15, sixth round) rests on: each short cut answers what the
plain look it replaced answers, on every printed form the repository holds.

The timings are benchmarks (``bench/pdf_bench.py``, ``bench/pdf_parts.py``); the whole
output before and after a change is compared by ``bench/pdf_same.py``. These tests hold the
mechanisms, so that a later change to one side cannot leave the other behind unnoticed.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from kesu_docs.parse import pdf
from kesu_docs.parse.pdf_bars import _Inside, _words_in
from kesu_docs.parse.pdf_cells import cells

ROOT = Path(__file__).resolve().parents[1]
FOLDERS = ("samples", "tests/layouts", "tests/holdout", "tests/holdout2", "tests/holdout3", "tests/holdout4")
PRINTS = sorted(p for folder in (*FOLDERS, "tests/holdout5") for p in (ROOT / folder).rglob("*.pdf"))


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
