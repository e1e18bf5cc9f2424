"""Each held-out set's committed files are what its generator writes (``<set>/make_*.py --no-pdf``,
byte for byte): a file of its own, beside tests/test_reader_holdouts.py, so that pytest-xdist
(one file a worker) runs the thirty-odd generators beside the other checks."""

from __future__ import annotations

import pytest
from holdout_checks import check_committed_files_are_what_the_generator_writes
from holdout_sets import SETS, HoldoutSet


@pytest.fixture(scope="module", params=SETS, ids=lambda held: held.name)
def held(request) -> HoldoutSet:
    return request.param


def test_the_committed_files_are_what_the_sets_generator_writes(held, tmp_path):
    if held.committed is not None:
        held.committed(held, tmp_path)
    else:
        check_committed_files_are_what_the_generator_writes(
            held.home, held.generator, held.expected, tmp_path
        )
