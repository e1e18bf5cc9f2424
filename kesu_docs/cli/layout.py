"""How results look on screen: a wide table where there is room, one block per document where not.

A clerk's console is often 80 columns (Windows' default cmd window is 120, an SSH session 80).
A six-column table at 80 columns leaves the message a sliver of seven characters, so below
:data:`NARROW` columns each document is a block: a heading line (file, form, result), then
each finding's location and field on one line and its message, indented, on the next —
wrapped at the terminal's width, never cut.

The width is the terminal's; ``COLUMNS`` set in the environment wins (as in ``COLUMNS=80 kesu
validate …``); output piped into a file or a log gets the wide table (one finding per line,
as a clerk greps it).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # rich is imported when something is shown, not for `kesu --help`
    from rich.console import Console
    from rich.text import Text

from .common import lang

NARROW = 120  # below this many columns (an SSH session, a small window): blocks instead of a table
PIPED_WIDTH = 200  # output into a file or a CI log: wide enough for one finding per line


def screen(stderr: bool = False) -> Console:
    """The console every command prints to, its width settled as described above.

    Output to a console that cannot show a character (a GBK / cp936 console on Windows and ☑,
    an emoji, a rare ideograph) prints ``?`` for it instead of raising.
    """
    stream = sys.stderr if stderr else sys.stdout
    tolerant(stream)
    from rich.console import Console

    out = Console(file=stream, highlight=False, soft_wrap=False)
    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) > 0:
        out.width = int(columns)
    elif not out.is_terminal:
        out.width = max(out.width, PIPED_WIDTH)
    return out


def tolerant(stream) -> None:
    """Make a text stream replace what its encoding cannot say (cp936 has no ☑, no emoji)."""
    reconfigure = getattr(stream, "reconfigure", None)
    errors = getattr(stream, "errors", None)
    if reconfigure is not None and errors == "strict":
        try:
            reconfigure(errors="replace")
        except (ValueError, OSError):  # a stream that cannot change mid-way: leave it as it is
            pass


def narrow(out: Console) -> bool:
    return out.width < NARROW


def kind_name(kind: str | None) -> str:
    """A form kind as a clerk calls it: 客户抱怨处理单 in Chinese, ``complaint`` in English."""
    if not kind:
        return ""
    if lang() != "zh":
        return kind
    from .. import forms

    # the forms' titles' index holds each kind's Chinese title first: a page of the register names
    # its kinds without importing their modules, which build their models (issue 15)
    return next((entry.titles[0] for entry in forms.titles() if entry.kind == kind), kind)


def count(n: int, zh_unit: str, en_one: str, en_many: str | None = None) -> str:
    """``3 份`` / ``1 document`` / ``3 documents``: a number with its unit, plural minded."""
    if lang() == "zh":
        return f"{n} {zh_unit}" if zh_unit else str(n)
    return f"{n} {en_one if n == 1 else (en_many or en_one + 's')}"


def block(out: Console, heading: Text | str, lines: Iterable[tuple[Text | str, int]] = ()) -> None:
    """One document: its heading, then each ``(text, indent)`` line wrapped under its indent."""
    for text, indent in [(heading, 0), *lines]:
        for line in _text(text).wrap(out, max(out.width - indent, 10), overflow="fold"):
            line.rstrip()
            out.print(_text(" " * indent) + line, overflow="fold", crop=False)


def _text(value: Text | str) -> Text:
    from rich.text import Text

    return value if isinstance(value, Text) else Text(value)


def joined(*parts: Text | str | None, sep: str = " · ") -> Text:
    """Parts of a line joined by `` · ``, empty ones left out; plain strings are never markup."""
    from rich.text import Text

    out = Text()
    for part in parts:
        if not part:
            continue
        if out:
            out.append(sep)
        out.append(part) if isinstance(part, Text) else out.append(str(part))
    return out


def one_line(text: str) -> str:
    """``text`` as one line (:func:`values.one_line`, the one helper: a line break, a control, a
    terminal's escape, a bidi mark or a line separator written escaped, never as itself); the values
    are imported when a line is shown, not for ``kesu --help``."""
    from ..values import one_line as escaped

    return escaped(text)


__all__ = ["NARROW", "block", "count", "joined", "kind_name", "narrow", "one_line", "screen"]
