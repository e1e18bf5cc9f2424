"""Each distinct text worked out once a process (issue 15, thirty-third round: the PDF parse's
per-text work).

The reader asks the same few thousand box texts of a batch again and again (pdf_bench's 142
prints: ≈ 4,700 distinct texts, ``norm`` asked ≈ 189,000 times for ≈ 17,600 texts). What keeps that
cheap are the per-text memos (``functools.lru_cache``) of the functions below. fixrd31 inserted a
function between ``_text_reading``'s ``lru_cache`` and its ``def``: the memo went to the newcomer
and nobody saw it for two rounds (pdf33). These tests say at once which memo went missing.
"""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

from kesu_docs.parse import parse_paths

ROOT = Path(__file__).resolve().parents[1]

# every function of the reader meant to be kept per text (module, name): a text's normalised
# form, its readings as a label, what a rule learns from it alone
KEPT_PER_TEXT = [
    ("kesu_docs.values", "_folded_wide"),
    ("kesu_docs.parse.vocab", "norm"),
    ("kesu_docs.parse.vocab", "folded"),
    ("kesu_docs.parse.vocab", "simplified"),
    ("kesu_docs.parse.vocab", "variants"),
    ("kesu_docs.parse.vocab", "discipline"),
    ("kesu_docs.parse.vocab", "d_number_named"),
    ("kesu_docs.parse.vocab", "_naming"),
    ("kesu_docs.parse.vocab", "known_label"),
    ("kesu_docs.parse.vocab", "label_like"),
    ("kesu_docs.parse.vocab", "Vocabulary._candidates"),
    ("kesu_docs.parse.vocab", "Vocabulary.two_fields"),  # silent46: a label's halves naming two fields
    ("kesu_docs.parse.unread_texts", "_measured_head"),  # silent46: a money / date / count head, no colon
    ("kesu_docs.parse.anchor", "_label_key"),
    ("kesu_docs.parse.anchor", "_split_line"),
    ("kesu_docs.parse.anchor", "hinted_label"),
    ("kesu_docs.parse.anchor", "_explode_plan"),
    ("kesu_docs.parse.anchor", "_cued_text"),
    ("kesu_docs.parse.anchor", "_column_caption"),
    ("kesu_docs.parse.anchor", "_text_reading"),
    ("kesu_docs.parse.anchor", "_figure_or_tick"),
    ("kesu_docs.parse.anchor", "_control_line"),
    ("kesu_docs.parse.compound", "_heading_reading"),
    ("kesu_docs.parse.compound", "_caption_text"),
    ("kesu_docs.parse.compound", "option_word"),
    ("kesu_docs.parse.compound", "_options_written"),  # choice40: where each option's words stand in a text
    ("kesu_docs.parse.field_codes", "_line_without_code"),
    ("kesu_docs.parse.field_codes", "without_field_codes"),
    ("kesu_docs.parse.field_codes", "_shows_code"),
    ("kesu_docs.parse.guards", "reads_as_label"),
    ("kesu_docs.parse.guards", "_totals_caption"),
    ("kesu_docs.parse.sections", "disciplines_named"),
    ("kesu_docs.parse.kinds", "_title_of_line"),
    ("kesu_docs.parse.kinds", "_discipline_of_line"),
    ("kesu_docs.parse.placeholders", "template_stand_in"),
    ("kesu_docs.parse.xlsx_parts", "column_letter"),  # (a cell's column by its number: an Excel read)
]

# the normalisation every rule goes through: a second read of a print works out none of it again
NORMALISING = [
    ("kesu_docs.values", "_folded_wide"),
    ("kesu_docs.parse.vocab", "norm"),
    ("kesu_docs.parse.vocab", "folded"),
    ("kesu_docs.parse.vocab", "simplified"),
    ("kesu_docs.parse.vocab", "variants"),
    ("kesu_docs.parse.vocab", "discipline"),
    ("kesu_docs.parse.vocab", "_naming"),
    ("kesu_docs.parse.vocab", "Vocabulary._candidates"),
    ("kesu_docs.parse.anchor", "_text_reading"),
]


def _function(module: str, name: str):
    found = importlib.import_module(module)
    for part in name.split("."):
        found = getattr(found, part)
    return found


@pytest.mark.parametrize(("module", "name"), KEPT_PER_TEXT, ids=[n for _, n in KEPT_PER_TEXT])
def test_every_function_meant_to_be_kept_per_text_has_its_memo(module, name):
    """A def set between a function's ``lru_cache`` and its own ``def`` takes the memo: the
    function meant to keep it has no ``cache_info`` any more, and is said here by its name."""
    fn = _function(module, name)
    assert hasattr(fn, "cache_info"), f"{module}.{name} is no longer kept per text (its lru_cache moved?)"
    assert fn.cache_info().maxsize is not None and fn.cache_info().maxsize >= 4096, (module, name)


def _memos_in_source() -> set[tuple[str, str]]:
    """Every function of kesu_docs whose ``def`` is under an ``lru_cache`` (the decorator just
    above it) of 16,384 entries or more (module, name): what the source says is kept per text."""
    found = set()
    for path in sorted((ROOT / "kesu_docs").rglob("*.py")):
        module = ".".join(path.relative_to(ROOT).with_suffix("").parts)
        tree = ast.parse(path.read_text(encoding="utf-8"))
        owners = [(tree, ""), *((c, c.name + ".") for c in ast.walk(tree) if isinstance(c, ast.ClassDef))]
        for owner, prefix in owners:
            for node in owner.body:
                if isinstance(node, ast.FunctionDef) and any(
                    "lru_cache" in ast.unparse(d) for d in node.decorator_list
                ):
                    fn = _function(module, prefix + node.name)
                    if (fn.cache_info().maxsize or 0) >= 16384:
                        found.add((module, prefix + node.name))
    return found


def test_every_memo_of_the_source_is_in_the_guards_list():
    """A new per-text memo joins :data:`KEPT_PER_TEXT`, so that losing it is said too; one of
    the list no longer under its ``lru_cache`` in the source is said here as well."""
    assert _memos_in_source() == set(KEPT_PER_TEXT)


@pytest.mark.parametrize(
    "name",
    [
        "samples/complaint-broken.pdf",  # LibreOffice Calc
        "tests/holdout3/filled/8d-en-g8d-word.pdf",  # Word
        "tests/holdout7/filled/8d-zht-html-twopage.pdf",  # Chromium
    ],
)
def test_a_print_read_again_normalises_no_text_again(name):
    """Each distinct text is folded, normalised and read as a label once a process: the second
    read of a print adds no miss to any of the normalising memos, and reads the same."""
    memos = {f"{m}.{n}": _function(m, n) for m, n in NORMALISING}
    [first] = parse_paths([ROOT / name])
    assert first.kind is not None
    before = {k: fn.cache_info().misses for k, fn in memos.items()}
    [again] = parse_paths([ROOT / name])
    after = {k: fn.cache_info().misses for k, fn in memos.items()}
    assert again.to_dict("en") == first.to_dict("en")
    assert after == before, {k: after[k] - before[k] for k in memos if after[k] != before[k]}
