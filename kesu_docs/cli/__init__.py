"""The ``kesu`` command: thin wrappers over the library, split by area.

Exit codes (DESIGN.md): 0 all inputs valid / done; 1 some input invalid (the valid ones are
still processed); 2 usage error, unreadable file, or the register cannot be reached; 130
interrupted (Ctrl-C), 143 stopped (SIGTERM), saying what was done.
"""

from __future__ import annotations

import atexit
import gc
import importlib
import os
import sys

import click

from .. import __version__
from ..entry import Interrupted, catch_stops
from .common import LANG_OPTION
from .i18n import KesuGroup

_AREAS = (
    "forms_cmds",
    "check_cmds",
    "render_cmds",
    "register_cmds",
    "report_cmds",
    "profile_cmds",
    "serve_cmds",
)


@click.group(
    "kesu", cls=KesuGroup, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100}
)
@click.version_option(__version__, "--version", prog_name="kesu")
@LANG_OPTION
def cli() -> None:
    """kesu-docs: check, number and print the controlled documents of customer complaints.

    \b
    Example:
      kesu blank complaint -o 客户抱怨处理单.xlsx
      kesu validate samples/
    """


for _area in _AREAS:
    try:
        _module = importlib.import_module(f"{__name__}.{_area}")
    except ModuleNotFoundError as exc:  # an area not built yet
        if exc.name != f"{__name__}.{_area}":
            raise
        continue
    for _command in getattr(_module, "COMMANDS", ()):
        cli.add_command(_command)


def _no_collection_at_exit() -> None:
    """The command's objects left out of the collector's passes as the interpreter ends
    (``gc.freeze``): Python's shutdown collects every object still alive, several times,
    before it frees them — after ``kesu render`` of 1,000 documents ≈ 0.1 s of CPU (4 % of the
    run; a quarter of that in a second process: bench/e2e_bench.py), over modules, forms,
    templates and the register's metadata that are freed as well without it. What a command
    leaves to be done at exit it leaves to ``atexit`` and ``weakref.finalize`` (both run, as
    before); an object that only a cycle held is freed with the process, as Python allows
    (its ``__del__`` is not promised at exit)."""
    gc.freeze()


PLUGINS_OFF = ("__all__", "1", "true")  # the values of PYDANTIC_DISABLE_PLUGINS that turn every plugin off


def _no_plugin_loader() -> None:
    """With every pydantic plugin turned off (PYDANTIC_DISABLE_PLUGINS, above), pydantic's
    plugin loader answers "no plugin" at each validator it builds without looking for any;
    yet importing the loader imports ``importlib.metadata`` (and with it ``email``, ``csv``,
    ``importlib.resources``: ≈ 97 M instructions, 1.4 % of parsing 200 forms, issue 15) for the
    look-up it never makes. The loader's one function is given here, answering the same: no
    plugin. Any other value of the variable (a user's plugins) leaves pydantic's own loader."""
    name = "pydantic.plugin._loader"
    if os.environ.get("PYDANTIC_DISABLE_PLUGINS") not in PLUGINS_OFF or name in sys.modules:
        return
    import types

    loader = types.ModuleType(name, "pydantic's plugin loader with every plugin turned off (kesu)")
    loader.get_plugins = lambda: ()  # type: ignore[attr-defined]
    sys.modules[name] = loader


def main() -> None:
    # registered first, so run last: after every handler the command registers
    atexit.register(_no_collection_at_exit)
    # pydantic looks for plugins among the entry points of every installed package when it
    # builds its first validator (importlib.metadata: ~25 ms of each start-up, issue 15);
    # kesu uses none. A user who wants theirs sets PYDANTIC_DISABLE_PLUGINS (to 0, say).
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    _no_plugin_loader()
    catch_stops()
    try:
        cli.main(prog_name="kesu", standalone_mode=True)
    except Exception as exc:
        from ..config import ConfigError  # imported here: `kesu --help` needs no pydantic
        from ..xlsxsave import EpochError
        from .common import EXIT_FATAL, config_error, lang

        if isinstance(exc, ConfigError):  # raised wherever the settings are first read
            click.echo(config_error(exc), err=True)
        elif isinstance(exc, EpochError):  # raised wherever an output is dated
            click.echo(exc.message(lang()), err=True)
        else:
            raise
        sys.exit(EXIT_FATAL)
    except Interrupted as stopped:
        from .common import interrupted_message

        click.echo(interrupted_message(stopped.signum), err=True)
        sys.exit(stopped.exit_code)


if __name__ == "__main__":  # pragma: no cover
    main()
