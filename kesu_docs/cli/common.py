"""What every command shares: the message language, the console, exit codes."""

from __future__ import annotations

import os
import sys

import click
from rich.console import Console

EXIT_OK, EXIT_INVALID, EXIT_FATAL = 0, 1, 2


def _remember_lang(ctx: click.Context, _param: click.Parameter, value: str | None) -> str:
    root = ctx.find_root()
    root.meta.setdefault("kesu.lang", None)
    if value:
        root.meta["kesu.lang"] = value
    return value or ""


LANG_OPTION = click.option(
    "--lang",
    type=click.Choice(["zh", "en"]),
    default=None,
    expose_value=False,
    is_eager=True,
    callback=_remember_lang,
    help="消息语言 / message language (default zh, or $KESU_LANG)",
)


def lang() -> str:
    """The language chosen with --lang (on the group or the command), else $KESU_LANG, else zh."""
    ctx = click.get_current_context(silent=True)
    chosen = ctx.find_root().meta.get("kesu.lang") if ctx else None
    return chosen or os.environ.get("KESU_LANG", "zh")


def t(zh: str, en: str) -> str:
    """Pick the user-facing text in the chosen language."""
    return zh if lang() == "zh" else en


def console(stderr: bool = False) -> Console:
    from .layout import screen  # its width and encoding rules

    return screen(stderr)


def fail(zh: str, en: str, code: int = EXIT_FATAL) -> click.exceptions.Exit:
    click.echo(t(zh, en), err=True)
    sys.exit(code)


def exit_code(results) -> int:
    """2 when a file could not be read, else 1 when a document is invalid, else 0."""
    if any(r.fatal for r in results):
        return EXIT_FATAL
    if any(not r.valid for r in results):
        return EXIT_INVALID
    return EXIT_OK
