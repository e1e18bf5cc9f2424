"""The round-28 review's findings in settings, the web page and the tests (fixb28): real ``kesu``
processes, each in a folder of its own."""

from __future__ import annotations

from pathlib import Path

import web_helpers

SAMPLE = Path(__file__).resolve().parents[1] / "samples" / "complaint-from-system.json"
REFUSED = "[limits]\nfile_mb = -5\n"  # a kesu.toml that stops any command that reads it


def test_web_helpers_kesu_without_a_folder_reads_no_kesu_toml_where_the_suite_runs(tmp_path, monkeypatch):
    """``web_helpers.kesu(…)`` without ``cwd`` runs where the suite runs (the checkout): a stray
    kesu.toml there (an IT person's settings) changed what the web tests' commands did (exit 2
    here, before: ``clean_environment`` dropped conftest's switch). With ``cwd`` the folder's
    kesu.toml is in force, as a clerk's."""
    (tmp_path / "kesu.toml").write_text(REFUSED, encoding="utf-8")
    monkeypatch.chdir(tmp_path)  # the folder the suite runs in, holding a stray kesu.toml
    done = web_helpers.kesu("parse", str(SAMPLE))
    assert done.returncode in (0, 1) and "file_mb" not in done.stderr, done.stderr
    in_folder = web_helpers.kesu("parse", str(SAMPLE), cwd=tmp_path)
    assert in_folder.returncode == 2 and "file_mb" in in_folder.stderr, in_folder.stderr
