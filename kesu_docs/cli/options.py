"""Options shared by several commands: --kind, --db, and opening the register."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator

import click

from .. import forms

KIND_OPTION = click.option(
    "--kind", type=click.Choice(forms.kinds()), default=None, help="form kind, when the file does not say"
)
DB_OPTION = click.option(
    "--db",
    default=None,
    metavar="URL",
    help="register: SQLite file or database URL (default $KESU_DB, else ./kesu.db)",
)


USER_OPTION = click.option(
    "--user",
    default=None,
    metavar="NAME",
    help="who does this, for the case log and print log (default $KESU_USER, else the login name) / 经办人",
)


@contextlib.contextmanager
def open_register(
    db: str | None, *, create: bool = False, required: bool = False, user: str | None = None
) -> Iterator[object | None]:
    """The register named by --db, else $KESU_DB, else ./kesu.db; exit 2 when it cannot be opened.

    Commands that only check (parse, validate) use a register only when one is named (None
    otherwise); commands that number documents pass ``create=True``; commands that read or
    mark what exists (``kesu register …``) pass ``required=True``: a missing file is an error
    there, not a new, empty register.
    """
    url = db or os.environ.get("KESU_DB")
    if not url and not (create or required):
        yield None
        return
    from ..register import Register, RegisterError
    from .common import EXIT_FATAL, t

    try:
        register = Register.open(url or "kesu.db", create=create, actor=user or os.environ.get("KESU_USER"))
    except RegisterError as exc:
        click.echo(
            t(f"无法打开登记簿：{exc.message('zh')}", f"Cannot open the register: {exc.message('en')}"),
            err=True,
        )
        raise SystemExit(EXIT_FATAL) from None
    try:
        yield register
    finally:
        register.close()


@contextlib.contextmanager
def register_refusals() -> Iterator[None]:
    """The register's refusals as a message in the chosen language and the documented exit code.

    1 for a number that is not in the register or is already void (read and understood, just
    nothing to do); 2 for the rest: a number shared by two kinds without --kind, a register
    that cannot be written or reached.
    """
    from ..register import RegisterError, UnknownNumber
    from .common import EXIT_FATAL, EXIT_INVALID, lang

    try:
        yield
    except RegisterError as exc:
        click.echo(exc.message(lang()), err=True)
        invalid = isinstance(exc, UnknownNumber) or exc.code == "already_void"
        raise SystemExit(EXIT_INVALID if invalid else EXIT_FATAL) from None
