"""A profile learned on each held-out set's first copies reads its second copies no worse than
main did (tests/holdout_sets.py's floors; tests/test_reader_holdouts.py has the sets' own checks)."""

from __future__ import annotations

import pytest
from holdout_checks import check_profile_second_copies


def test_a_profile_learned_on_the_first_copy_reads_the_second_copies_no_worse_than_main_did(held):
    if not held.profiles:
        pytest.skip(f"tests/{held.name} has no second copies")
    check_profile_second_copies(held.home, held.second, held.floors)
