"""The ``kesu`` command's entry point: Ctrl-C is taken over before anything heavy is imported,
so that even an interruption while kesu starts ends in exit code 130 with a sentence, not a
traceback (see :mod:`kesu_docs.cli`)."""

from __future__ import annotations

import signal


class Interrupted(BaseException):
    """Ctrl-C. Not a KeyboardInterrupt, which click turns into "Aborted!" and exit code 1 — the
    code for "some input invalid"; this one passes click by and ends in exit code 130."""


def on_interrupt(_signum: int, _frame: object) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # a second Ctrl-C must not cut the cleaning short
    raise Interrupted


def main() -> None:
    import sys

    signal.signal(signal.SIGINT, on_interrupt)
    try:
        from .cli import main as run
    except Interrupted:
        import os

        import click

        if sys.argv[-2:] == ["--lang", "en"] or "--lang=en" in sys.argv:  # not parsed yet
            os.environ["KESU_LANG"] = "en"

        from .cli.common import EXIT_INTERRUPTED, interrupted_message

        click.echo(interrupted_message(), err=True)
        sys.exit(EXIT_INTERRUPTED)
    run()
