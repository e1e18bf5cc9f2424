"""The ``kesu`` command: thin wrappers over the library, split by area.

Exit codes (DESIGN.md): 0 all inputs valid / done; 1 some input invalid (the valid ones are
still processed); 2 usage error, unreadable file, or the register cannot be reached.
"""

from __future__ import annotations

import importlib
import sys

import click

from .. import __version__
from .common import LANG_OPTION

_AREAS = ("forms_cmds", "check_cmds", "render_cmds", "register_cmds", "report_cmds", "profile_cmds")


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, "--version", prog_name="kesu")
@LANG_OPTION
def cli() -> None:
    """kesu-docs: 客诉受控文件工具 — complaint-handling controlled documents.

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


def main() -> None:
    from ..config import ConfigError

    try:
        cli.main(prog_name="kesu", standalone_mode=True)
    except ConfigError as exc:  # raised wherever the settings are first read
        from .common import EXIT_FATAL, t

        click.echo(t(f"配置文件有误：{exc}", f"Configuration error: {exc}"), err=True)
        sys.exit(EXIT_FATAL)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
