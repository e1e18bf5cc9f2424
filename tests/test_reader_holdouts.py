"""Every held-out set of tests/holdout_sets.py (``SETS``) through the checks of
tests/holdout_checks.py on the set itself: its layouts, its clerks' habits, its second copies,
new to every other set, every expected field on the form, and its odd files. The reader's score
on each set is tests/test_reader_holdouts_scores.py, the profiles learned on its first copies
tests/test_reader_holdouts_profiles.py, its committed files against its generator
tests/test_reader_holdouts_generated.py: four files, so that pytest-xdist (one file a worker)
spreads the sets' work over the cores.

What each set is about and what main read before any fix: its entry's ``about`` and
``measured_before_any_fix``. ``python bench/holdout_score.py tests/<set> -v`` prints every
field, ``--profiles`` the second copies.
"""

from __future__ import annotations

import pytest
from holdout_checks import (
    check_new_to_other_sets,
    check_second_copies,
    check_the_layouts_files,
    holdout_score,
    load,
)
from holdout_sets import ROOT, SETS, HoldoutSet


# ---------------------------------------------------------------------------------- the set itself
def test_the_set_has_its_layouts_every_kind_in_every_script(held):
    held.shape(check_the_layouts_files(held.home, held.expected, old_xls=held.old_xls))


@pytest.mark.parametrize("habits_of", [held for held in SETS if held.habits], ids=lambda held: held.name)
def test_the_sets_files_hold_the_clerks_habits_it_is_about(habits_of):
    assert habits_of.habits is not None
    seen = habits_of.habits(habits_of)
    assert seen >= habits_of.habits_wanted, habits_of.habits_wanted - seen


def test_the_set_has_second_copies_with_other_values(held):
    assert len(held.second) >= held.second_copies
    assert check_second_copies(held.home, held.expected, held.second) >= held.second_sent_as_pdf


def test_the_sets_layouts_are_new_to_every_other_set(held):
    others = [p for p in (ROOT / "tests").glob("holdout*") if p.is_dir() and p != held.home]
    check_new_to_other_sets(
        held.expected, [ROOT / "tests" / "layouts", *others, ROOT.parent / "shared" / "corpus"]
    )


@pytest.mark.parametrize(
    ("held_set", "expected"),
    [(held, p) for held in SETS for p in held.expected + held.second],
    ids=lambda v: v.name if isinstance(v, HoldoutSet) else f"{v.parent.parent.name}-{v.stem}",
)
def test_every_expected_field_is_a_record_field_and_stands_on_the_form(held_set, expected):
    held_set.fields(expected)


# ---------------------------------------------------------------------------------- odd files
@pytest.mark.parametrize(
    ("held_set", "expected"),
    [(held, p) for held in SETS for p in held.odd],
    ids=lambda v: v.name if isinstance(v, HoldoutSet) else v.stem,
)
def test_an_odd_file_a_clerk_sends_gives_a_clear_error(held_set, expected):
    """An odd file (cut off, locked, a blank template sent back, a screenshot in a workbook):
    an error that says why, with or without ``--kind``; no record unless the set still lists
    it in ``odd_with_a_record``."""
    odd = load(expected)
    assert odd["outcome"] == "error"
    sent = expected.parent / odd["file"] if "file" in odd else expected.with_suffix(".pdf")
    for kind in held_set.odd_kinds:
        doc = holdout_score.parse_doc(sent, kind)
        assert [e.get("message") for e in doc.get("errors", []) if e.get("message")]
        if odd["id"] not in held_set.odd_with_a_record:
            assert doc.get("record") is None
