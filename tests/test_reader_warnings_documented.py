"""Every warning or error code the reader can give a clerk is in the README's table of the
reader's warnings, with what to do about it: a code added without it fails here."""

from __future__ import annotations

import datetime as dt
import importlib
import re
from pathlib import Path

from kesu_docs.parse.dates import _day_first_too
from kesu_docs.problems import CATALOGUE_MODULES

README = Path(__file__).resolve().parents[1] / "README.md"


def _reader_codes() -> set[str]:
    codes: set[str] = set()
    for name in CATALOGUE_MODULES:
        if name.startswith("kesu_docs.parse."):
            codes.update(importlib.import_module(name).MESSAGES)
    return codes


def _table() -> str:
    text = README.read_text(encoding="utf-8")
    start = text.index("### What the reader's warnings mean")
    return text[start : text.index("\n## ", start)]


def test_every_code_of_the_reader_is_in_the_readmes_table_of_warnings():
    table = _table()
    documented = set(re.findall(r"`([a-z_]+)`", table))
    codes = _reader_codes()
    assert len(codes) >= 60  # the reader's modules are all found (not an empty set passing)
    assert sorted(codes - documented) == []


def test_the_two_digit_year_that_also_reads_day_first_is_explained():
    assert _day_first_too("25/03/26", dt.date(2025, 3, 26), []) is not None  # the reader says it
    row = next(line for line in _table().splitlines() if line.startswith("| `two_digit_year`"))
    assert "day first" in row
