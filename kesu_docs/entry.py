"""The ``kesu`` command's entry point: Ctrl-C is taken over before anything heavy is imported,
so that even an interruption while kesu starts ends in exit code 130 with a sentence, not a
traceback (see :mod:`kesu_docs.cli`).

SIGTERM — what a service manager, a scheduled task's time limit, ``timeout`` or ``kill`` sends —
is taken the same way (exit code 143). Left to Python's default it ended the command at once:
no half-written file removed, no sentence, and the workers of ``--jobs N``, waiting for work
that would never come, left running with no parent (holding the caller's pipes open)."""

from __future__ import annotations

import signal

STOPS = (signal.SIGINT, signal.SIGTERM)
"""The signals that stop a command cleanly (Ctrl-C; SIGTERM: a service manager, ``kill``)."""


class Interrupted(BaseException):
    """Ctrl-C or SIGTERM. Not a KeyboardInterrupt, which click turns into "Aborted!" and exit
    code 1 — the code for "some input invalid"; this one passes click by and ends in exit code
    128 + the signal's number (130 for Ctrl-C, 143 for SIGTERM), as a shell reports it."""

    def __init__(self, signum: int = signal.SIGINT) -> None:
        super().__init__(signum)
        self.signum = signum

    @property
    def exit_code(self) -> int:
        return 128 + int(self.signum)


SIGNALLED: list[int] = []
"""Every stop signal taken, in order: a loop that may have the :class:`Interrupted` swallowed
(waitress takes any exception a connection's handler raises as that connection's failure) looks
here too (``kesu serve``)."""


def on_interrupt(signum: int, _frame: object) -> None:
    for stop in STOPS:  # a second Ctrl-C or SIGTERM must not cut the cleaning short
        signal.signal(stop, signal.SIG_IGN)
    SIGNALLED.append(signum)
    raise Interrupted(signum)


def catch_stops() -> None:
    """Ctrl-C and SIGTERM raise :class:`Interrupted` in the main thread from now on."""
    for stop in STOPS:
        signal.signal(stop, on_interrupt)


def main() -> None:
    import sys

    catch_stops()
    try:
        from .cli import main as run
    except Interrupted as stopped:
        import os

        import click

        if sys.argv[-2:] == ["--lang", "en"] or "--lang=en" in sys.argv:  # not parsed yet
            os.environ["KESU_LANG"] = "en"

        from .cli.common import interrupted_message

        click.echo(interrupted_message(stopped.signum), err=True)
        sys.exit(stopped.exit_code)
    run()
