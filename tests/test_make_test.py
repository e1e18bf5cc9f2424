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


# a setting of pyproject's [tool.pytest.ini_options] → the distribution that reads it (without it
# pytest only warns "Unknown config option" and the setting does nothing: CI's per-test bound)
SETTINGS = {"timeout": "pytest-timeout", "timeout_method": "pytest-timeout"}


def _asked(line: str) -> set[str]:
    """The plugins ``line``'s options need: ``-n 4``, ``-n4``, ``--dist loadfile``, ``--dist=loadfile``."""
    return {
        dist
        for option, dist in PLUGINS.items()
        if re.search(rf"(?<!\S){re.escape(option)}(?:[=\d]|(?!\S))", line)
    }


def _ini_settings() -> set[str]:
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    section = re.search(r"^\[tool\.pytest\.ini_options\]\n(.*?)(?=^\[)", pyproject, re.M | re.S)[1]
    return set(re.findall(r"^(\w+)\s*=", section, re.M))


def test_every_plugin_make_test_asks_is_a_test_extra():
    line, extras = _test_line(), _dev_extras()
    assert "pytest" in extras
    asked = _asked(line) | {SETTINGS[key] for key in _ini_settings() & SETTINGS.keys()}
    assert {"pytest-xdist", "pytest-timeout"} <= asked, line  # (the line and the settings that ask them)
    assert asked <= extras, asked - extras


def test_an_option_written_joined_to_its_value_is_seen():
    assert _asked("pytest -q -n4 --dist=loadfile") == {"pytest-xdist"}
    assert _asked("pytest -q --maxprocesses=4") == {"pytest-xdist"}
    assert _asked("pytest -q --no-header -ra") == set()
