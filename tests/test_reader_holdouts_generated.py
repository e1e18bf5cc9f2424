"""Each held-out set's committed files are what its generator writes (``<set>/make_*.py --no-pdf``,
byte for byte): a file of its own, beside tests/test_reader_holdouts.py, so that pytest-xdist
(one file a worker) runs the generators beside the other checks. A generator runs only when
something it depends on changed since the set's manifest (``tests/<set>/generated.json``) was
written; else the committed files are checked against the manifest's digests
(tests/holdout_manifest.py says how, and how to rewrite a manifest)."""

from __future__ import annotations

from holdout_manifest import check_committed_files_are_what_the_generator_writes


def test_the_committed_files_are_what_the_sets_generator_writes(held, tmp_path):
    check_committed_files_are_what_the_generator_writes(held, tmp_path)
