"""Every option of every ``kesu`` command is in the README's list of them ("Every command and its
options"), under its own command, and nothing is listed that the command does not take: an
option added, renamed or dropped without the README fails here (dev25-ops)."""

from __future__ import annotations

import re
from pathlib import Path

import click

from kesu_docs.cli import cli

README = Path(__file__).resolve().parents[1] / "README.md"
EVERYWHERE = {"--lang", "-h", "--help"}  # said once, at the list's head


def _commands(command: click.Command, path: tuple[str, ...] = ("kesu",)):
    if isinstance(command, click.Group):
        for name, sub in command.commands.items():
            yield from _commands(sub, (*path, name))
    else:
        yield " ".join(path), command


def _declared(command: click.Command) -> set[str]:
    return {
        name
        for p in command.params
        if isinstance(p, click.Option)
        for name in (*p.opts, *p.secondary_opts)
        if name not in EVERYWHERE
    }


def _section() -> str:
    text = README.read_text(encoding="utf-8")
    start = text.index("## Every command and its options")
    return text[start : text.index("\n## ", start)]


def _listed() -> dict[str, set[str]]:
    """Each command's line of the list → the options it names (`--x`, `-x`, `--x` / `--no-x`)."""
    out: dict[str, set[str]] = {}
    for line in _section().splitlines():
        if not line.startswith("- `kesu "):
            continue
        head, _sep, rest = line.partition(":")
        names = set(re.findall(r"`(-{1,2}[a-z][a-z0-9-]*)\b[^`]*`", rest))
        for command in re.findall(r"`(kesu [a-z ]+?)(?: [A-Z\[{][^`]*)?`", head):
            out[command.strip()] = names
    return out


def test_every_option_of_every_command_is_listed_under_it():
    listed = _listed()
    commands = dict(_commands(cli))
    assert len(commands) >= 20  # every area's commands were found (not an empty set passing)
    assert sorted(set(commands) - set(listed)) == []  # a command without its line
    assert sorted(set(listed) - set(commands)) == []  # a line for a command that is gone
    missing = {
        c: sorted(_declared(cmd) - listed[c]) for c, cmd in commands.items() if _declared(cmd) - listed[c]
    }
    stale = {
        c: sorted(listed[c] - _declared(cmd)) for c, cmd in commands.items() if listed[c] - _declared(cmd)
    }
    assert missing == {} and stale == {}


def test_the_options_every_command_takes_are_said_once():
    head = _section().split("\n- ", 1)[0]
    for name in (*EVERYWHERE, "--version"):
        assert re.search(rf"`(?:kesu )?{name}\b", head), name
    for command, cmd in _commands(cli):  # (so the head's sentence holds)
        assert "--lang" in {o for p in cmd.params for o in p.opts}, command
