"""Options shared by several commands: --kind, --db, and opening the register."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from typing import Any

import click


class FormKind(click.Choice):
    """The form kinds found (one per module in kesu_docs.forms), looked up only when needed.

    ``kesu --help`` must not import every form model (start-up time, issue 15).
    """

    def __init__(self) -> None:
        super().__init__([])

    @property  # type: ignore[override]
    def choices(self) -> list[str]:
        from .. import forms

        return forms.kinds()

    @choices.setter
    def choices(self, _value: object) -> None:
        pass

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        """A kind whose module is named as it (``complaint``) is taken once that module alone
        is found: listing every kind imports every form's model (issue 15: ``kesu register
        list --kind complaint`` on 100,000 documents); any other value is checked against them all."""
        from .. import forms

        if isinstance(value, str):
            try:
                return forms.get(value).kind
            except forms.UnknownKind:
                pass
        return super().convert(value, param, ctx)


class DocumentNumber(click.ParamType):
    """A document number typed or pasted: its look-alike digits (full-width, Arabic-Indic,
    Devanagari, mathematical) made ASCII, as :func:`..forms.base.check_number` makes the forms'
    numbers: ``٢٠٢٦٠٩٠٠١`` finds 202609001."""

    name = "number"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        from ..forms.base import ascii_digits

        return ascii_digits(str(value)).strip()


NUMBER = DocumentNumber()


KIND_OPTION = click.option(
    "--kind", type=FormKind(), default=None, help="form kind, when the file does not say"
)
JOBS_OPTION = click.option(
    "--jobs", type=click.IntRange(1, 64), default=1, show_default=True, help="read the files in N processes"
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
    db: str | None,
    *,
    create: bool = False,
    required: bool = False,
    user: str | None = None,
    read_only: bool = False,
    on_driver: bool = False,
) -> Iterator[Any]:
    """The register named by --db, else $KESU_DB, else ./kesu.db; exit 2 when it cannot be opened.

    Commands that only check (parse, validate) use a register when one is named or ./kesu.db
    exists (None otherwise); commands that number documents pass ``create=True``; commands that read or
    mark what exists (``kesu register …``) pass ``required=True``: a missing file is an error
    there, not a new, empty register. ``on_driver`` (a render, a re-print): a current SQLite
    register is written through ``sqlite3`` alone, SQLAlchemy not imported (register/lite_writer.py).
    """
    url = db or os.environ.get("KESU_DB")
    if not url and not (create or required):
        if not os.path.isfile("kesu.db"):  # checking needs no register; one that is here is used
            yield None
            return
        url = "kesu.db"
    from ..register import RegisterError
    from .common import EXIT_FATAL, t

    actor = user or os.environ.get("KESU_USER")
    try:
        if read_only:  # a current SQLite file is read without SQLAlchemy (register/lite.py)
            from ..register.lite import open_reading

            register = open_reading(url or "kesu.db", actor=actor)
        else:
            from ..register import Register

            register = Register.open(url or "kesu.db", create=create, actor=actor, on_driver=on_driver)
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
def reading_register(db: str | None) -> Iterator[Any]:
    """The register a command only reads (list, show, export, reports): it must exist, is opened
    read-only (from read-only media too), and a damaged page met while reading is refused with
    how to restore it."""
    with open_register(db, required=True, read_only=True) as register, register_refusals(register.address):
        yield register


@contextlib.contextmanager
def register_refusals(address: str = "") -> Iterator[None]:
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
    except Exception as exc:  # a page found damaged while reading: no traceback, how to restore
        if not _database_failure(exc):
            raise
        from ..register.errors import damage_said, damaged_words

        detail = str(getattr(exc, "orig", exc))
        if damaged_words(detail):
            refusal = RegisterError(
                "register_damaged", url=address, detail=damage_said(detail), reason=detail
            )
        else:
            refusal = RegisterError("register_failed", url=address, detail=detail, reason=detail)
        click.echo(refusal.message(lang()), err=True)
        raise SystemExit(EXIT_FATAL) from None


def _database_failure(exc: BaseException) -> bool:
    """Whether ``exc`` is a driver's failure: ``sqlite3``'s (a command on the driver alone), or
    SQLAlchemy's wrapping of one (looked up only where SQLAlchemy was imported)."""
    from ..register.errors import database_errors

    return isinstance(exc, database_errors())
