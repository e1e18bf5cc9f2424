"""Every held-out set of tests/holdout_sets.py (``SETS``), each through every check of
tests/holdout_checks.py: the set itself (its layouts, its clerks' habits, its second copies, new
to every other set, every expected field on the form, the committed files the generator's),
its odd files, and the reader's score on it (no fewer fields, kinds recognised, no more silent
misreads or invented values, profiles on the second copies) — each set scored once.

What each set is about and what main read before any fix: its entry's ``about`` and
``measured_before_any_fix``. ``python bench/holdout_score.py tests/<set> -v`` prints every
field, ``--profiles`` the second copies.
"""

from __future__ import annotations

import pytest
from holdout_checks import (
    check_committed_files_are_what_the_generator_writes,
    check_invented,
    check_new_to_other_sets,
    check_no_silent,
    check_profile_second_copies,
    check_reads_no_fewer_fields,
    check_recognised,
    check_second_copies,
    check_silent,
    check_target_share,
    check_the_layouts_files,
    holdout_score,
    load,
)
from holdout_sets import ROOT, SETS, HoldoutSet


@pytest.fixture(scope="module", params=SETS, ids=lambda held: held.name)
def held(request) -> HoldoutSet:
    return request.param


@pytest.fixture(scope="module")
def results(held):
    """The set read once (its tests run together: pytest groups them by set)."""
    return holdout_score.score_folder(held.home)


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


def test_the_committed_files_are_what_the_sets_generator_writes(held, tmp_path):
    if held.committed is not None:
        held.committed(held, tmp_path)
    else:
        check_committed_files_are_what_the_generator_writes(
            held.home, held.generator, held.expected, tmp_path
        )


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


# ---------------------------------------------------------------------------------- the score
def test_the_reader_reads_no_fewer_fields_than_main_did(held, results):
    check_reads_no_fewer_fields(results, held.home, held.expected, held.floors)


def test_the_reader_recognises_the_kind_of_no_fewer_files_than_main_did(held, results):
    check_recognised(results, held.floors)


def test_the_reader_misreads_no_more_fields_silently_than_main_did(held, results):
    """Each silent misread is printed; before any fix: the set's ``measured_before_any_fix``."""
    print(f"tests/{held.name} before any fix: {held.measured_before_any_fix}")
    check_silent(results, held.home, held.floors)


def test_the_reader_invents_no_more_values_where_the_clerk_wrote_none_than_main_did(held, results):
    check_invented(results, held.floors)


def test_the_issues_targets_no_field_misread_silently_and_ninety_percent_read(held, results):
    """On the sets that reached them (``targets``): 0 silent, 90 % of the fields."""
    if not held.targets:
        pytest.skip(f"tests/{held.name} is held to its floors, not yet to the issue's targets")
    check_no_silent(results)
    check_target_share(results, held.floors)


def test_a_profile_learned_on_the_first_copy_reads_the_second_copies_no_worse_than_main_did(held):
    if not held.profiles:
        pytest.skip(f"tests/{held.name} has no second copies")
    check_profile_second_copies(held.home, held.second, held.floors)
