"""The screen's tables, whose cells show what was typed: never rich markup, never a line break.

rich reads a plain string given to a table as console markup: a file named
``[link=http://evil.example]九月.xlsx`` showed as ``九月.xlsx`` and, in a terminal, as a link to
that site; a customer typed ``[link=…]华东精密`` did the same in ``kesu register list``, and
``[bold red]`` in a name vanished into its style. :class:`PlainTable` takes every string cell
(and its title) as text. :func:`one_line` writes what would break a line or pass for another row
(a line break in a file name, a control character, a bidi override) escaped, for the names of
files.
"""

from __future__ import annotations

from typing import Any

from rich.table import Table
from rich.text import Text

from .layout import one_line

__all__ = ["PlainTable", "name_text", "one_line"]


class PlainTable(Table):
    """A :class:`rich.table.Table` whose string cells and title are text as typed, never markup."""

    def __init__(self, *headers: Any, title: Any = None, **options: Any) -> None:
        super().__init__(*headers, title=Text(title) if isinstance(title, str) else title, **options)

    def add_row(self, *renderables: Any, **options: Any) -> None:
        super().add_row(*(Text(r) if isinstance(r, str) else r for r in renderables), **options)


def name_text(name: str, style: str = "") -> Text:
    """A file's name or path as one line of text (see :func:`one_line`)."""
    return Text(one_line(name), style=style)
