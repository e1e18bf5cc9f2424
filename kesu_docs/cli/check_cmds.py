"""``kesu parse`` and ``kesu validate``: sources to checked records."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from .common import LANG_OPTION, exit_code, fail, lang, t
from .layout import screen
from .options import DB_OPTION, JOBS_OPTION, KIND_OPTION, open_register


@click.command("parse")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@KIND_OPTION
@DB_OPTION
@JOBS_OPTION
@LANG_OPTION
def parse_command(paths: tuple[Path, ...], kind: str | None, db: str | None, jobs: int) -> None:
    """Print one JSON object per input document, one per line.

    Each line: {"source", "kind", "valid", "record", "errors", "warnings"}; each error or
    warning: {"code", "field", "label", "location", "message"}.

    \b
    Example:
      kesu parse samples/complaint-valid.xlsx
      kesu parse 客户表单.xlsx --kind complaint --lang en
    """
    with open_register(db) as register:
        from ..parse import parse_paths

        results = parse_paths(paths, kind=kind, register=register, jobs=jobs)
    for result in results:
        click.echo(json.dumps(result.to_dict(lang()), ensure_ascii=False))
    sys.exit(exit_code(results))


@click.command("validate")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@KIND_OPTION
@DB_OPTION
@click.option(
    "--report",
    type=click.Path(dir_okay=False, path_type=Path),
    help="write the findings to FILE.json, FILE.xlsx or FILE.html",
)
@JOBS_OPTION
@LANG_OPTION
def validate_command(
    paths: tuple[Path, ...], kind: str | None, db: str | None, report: Path | None, jobs: int
) -> None:
    """Check forms before filing: a table on screen, optionally a report file.

    \b
    Example:
      kesu validate 收件箱/ --report 检查报告.xlsx
    """
    from ..reports.validation import write_report

    if report is not None and report.suffix.lower() not in (".json", ".xlsx", ".html", ".htm"):
        raise click.BadParameter(
            t("报告须为 .json、.xlsx 或 .html", "the report must be .json, .xlsx or .html"),
            param_hint="--report",
        )
    with open_register(db) as register:
        from ..parse import parse_paths

        results = parse_paths(paths, kind=kind, register=register, jobs=jobs)
    code = lang()
    out = screen()
    from .views import findings

    findings(results, out)
    if report is not None:
        try:
            write_report(results, report, lang=code)
        except OSError as exc:  # a folder that is a file, no permission, a full disk: say so, exit 2
            fail(
                f"无法写出检查报告 {report}：{exc.strerror or exc}",
                f"Cannot write the report {report}: {exc.strerror or exc}",
            )
        click.echo(t(f"检查报告：{report}", f"Report: {report}"))
    sys.exit(exit_code(results))


COMMANDS = (parse_command, validate_command)
