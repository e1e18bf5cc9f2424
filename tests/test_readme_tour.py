"""Every command of the README's tour runs as written, in order, in a fresh folder beside samples/."""

from __future__ import annotations

import re
import shlex
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from kesu_docs.blank.pdf import font_available
from kesu_docs.cli import cli

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def tour() -> list[tuple[str, list[str]]]:
    """``$ kesu …`` lines and inline `kesu …` commands from "The forms" to the end of the tour,
    each with the plain lines the README shows it printing (sentences, not tables)."""
    tour_start = README.index("## A tour of the command line")
    section = README[README.index("## The forms") : README.index("\n## ", tour_start)]
    steps: list[tuple[str, list[str]]] = []
    shown: list[str] | None = None
    in_block = False
    for line in section.splitlines():
        if line.startswith("```"):
            in_block = not in_block
            shown = None
            continue
        if in_block and line.startswith("$ kesu "):
            shown = []
            steps.append((line[2:], shown))
        elif in_block and shown is not None and line and not re.match(r"^[\s┏┃┡│└━…{ ]", line):
            shown.append(line)
        elif not in_block:
            for inline in re.findall(r"`(kesu [^`]+)`", line):
                if len(inline.split()) >= 3 and "COMMAND" not in inline:  # a command, not a mention
                    steps.append((inline, []))
    return steps


def test_the_tour_is_found_in_the_readme():
    commands = [command for command, _ in tour()]
    assert "kesu forms" in commands and "kesu validate samples/complaint-broken.pdf" in commands
    assert len(commands) >= 10


def test_every_command_of_the_readme_tour_runs_as_written(tmp_path, monkeypatch):
    if not font_available():
        pytest.skip("no Chinese font for the fillable PDF blank (apt-get install fonts-noto-cjk)")
    monkeypatch.chdir(tmp_path)
    shutil.copytree(ROOT / "samples", "samples")
    runner = CliRunner()
    for command, shown in tour():
        args = shlex.split(command.split("  #")[0])[1:]
        result = runner.invoke(cli, args, env={"COLUMNS": "100"}, catch_exceptions=False)
        expected = 1 if any("broken" in a for a in args) else 0  # the broken samples are broken on purpose
        assert result.exit_code == expected, f"{command}\n{result.output}"
        for line in shown:  # what the README says it prints, it prints
            assert line.strip() in result.output, f"{command}: README shows {line!r}\n{result.output}"
    assert Path("受控文件/complaint-202609001-补印1.docx").is_file() and Path("登记簿.xlsx").is_file()
