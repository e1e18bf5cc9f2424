"""`make test` as CI runs it: every plugin its options need is among the test extras a fresh
clone installs (round 34: a merge of pyproject.toml dropped pytest-xdist while the Makefile kept
`-n`; a worktree's venv still had it, a fresh clone's CI would have stopped at pytest's usage)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# an option of `make test`'s pytest line → the distribution that gives it
PLUGINS = {
    "-n": "pytest-xdist",
    "--dist": "pytest-xdist",
    "--maxprocesses": "pytest-xdist",
    "--timeout": "pytest-timeout",
}


def _test_line() -> str:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    return re.search(r"^test:.*\n\t(.+)$", makefile, re.M)[1]


def _dev_extras() -> set[str]:
    """The `dev` extra's distributions (its one line in pyproject.toml; tomllib is Python 3.11's)."""
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    listed = ast.literal_eval(re.search(r"^dev = (\[.*\])$", pyproject, re.M)[1])
    return {re.split(r"[<>=!~\[; ]", req, maxsplit=1)[0].lower() for req in listed}


def test_every_plugin_make_test_asks_is_a_test_extra():
    line, extras = _test_line(), _dev_extras()
    assert "pytest" in extras
    asked = {
        dist for option, dist in PLUGINS.items() if re.search(rf"(?<!\S){re.escape(option)}(?!\S)", line)
    }
    assert asked, line  # (the line is the one with the options)
    assert asked <= extras, asked - extras
