"""The suite's kesu prints its tables as wide as their rows, whatever the run's temporary folder.

Round 35's CI-like run failed 19 tests of one kind: a path under the run's temporary folder
(``/tmp/ktPID``, and once a four-letter one) was folded inside a table's cell, and the test's
``in result.output`` found the file's name or the reason no more. The suite's ``COLUMNS`` is now its
own (:data:`helpers.SUITE_COLUMNS`, set by conftest in every process of the run), reaching kesu in
process and in a process of its own; a test that asks a width still gets it, and kesu's own rules
(a narrow terminal's blocks, cut at its width) are unchanged.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers import ROOT, kesu, python_process
from rich.cells import cell_len

from kesu_docs.cli import cli

DEEP = 120
"""How many characters the folder's path has at least, whatever pytest's temporary folder."""

LATE = {"ship_date": "2026-09-09"}
SAID = {
    "en": "Ship date (2026-09-09) is after the received date (2026-09-08)",
    "zh": "交运日期（2026-09-09）不能晚于受理日期（2026-09-08）",
}


@pytest.fixture
def deep_form(tmp_path: Path) -> Path:
    """A complaint shipped after it was received, in a folder at least :data:`DEEP` characters
    deep: ``validate`` shows its path and the reason in one row of its table."""
    folder = tmp_path
    while len(str(folder)) < DEEP:
        folder /= "a-deep-folder"
    folder.mkdir(parents=True, exist_ok=True)  # (tmp_path itself when the run's folder is that deep)
    record = json.loads((ROOT / "samples" / "complaint-from-system.json").read_text(encoding="utf-8"))
    form = folder / "late-shipment.json"
    form.write_text(json.dumps(record | LATE, ensure_ascii=False), encoding="utf-8")
    return form


def _one_row(output: str, form: Path, reason: str) -> None:
    row = [line for line in output.splitlines() if str(form) in line]
    assert len(row) == 1 and reason in row[0], output


def test_kesu_in_process_shows_a_deep_path_and_its_reason_whole_on_one_row(deep_form):
    result = kesu("--lang", "en", "validate", deep_form)
    assert result.exit_code == 1
    _one_row(result.output, deep_form, SAID["en"])


def test_kesu_in_a_process_of_its_own_shows_them_whole_too(deep_form):
    """``helpers.clean_environment``'s process, in Chinese (a cell of CJK characters is two wide)."""
    done = python_process("-m", "kesu_docs", "validate", str(deep_form), cwd=deep_form.parent)
    assert done.returncode == 1, done.stderr
    _one_row(done.stdout, deep_form, SAID["zh"])


def test_a_width_a_test_asks_wins_and_a_narrow_terminal_still_wraps(deep_form):
    """A clerk's 80 columns: one block per document within the width, the path folded (kesu's
    own rule, not the suite's default)."""
    result = CliRunner().invoke(cli, ["--lang", "en", "validate", str(deep_form)], env={"COLUMNS": "80"})
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert max(cell_len(line) for line in lines) <= 80 and "┃" not in result.output
    assert str(deep_form) not in result.output
    assert str(deep_form) in "".join(line.strip() for line in lines)
