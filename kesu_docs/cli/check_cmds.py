"""``kesu parse`` and ``kesu validate``: sources to checked records."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from .common import LANG_OPTION, console, exit_code, fail, lang, t
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
    from rich.markup import escape
    from rich.table import Table

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
    table = Table(show_lines=False)
    table.add_column(t("文件", "File"), overflow="fold", max_width=28)
    table.add_column(t("表单", "Kind"), no_wrap=True)
    table.add_column(t("结果", "Result"), no_wrap=True)
    table.add_column(t("位置", "Cell"), no_wrap=True)
    table.add_column(t("栏位", "Field"), no_wrap=True)
    table.add_column(t("说明", "Message"), overflow="fold", ratio=1)
    for r in results:
        verdict = (
            t("[red]无法读取[/]", "[red]unreadable[/]")
            if r.fatal
            else t("[green]通过[/]", "[green]valid[/]")
            if r.valid
            else t("[red]不通过[/]", "[red]invalid[/]")
        )
        problems = r.errors + r.warnings
        # what the files say is shown as it is: "[red]" in a customer's name is no markup
        if not problems:
            table.add_row(escape(r.source), r.kind or "", verdict, "", "", "")
        for i, p in enumerate(problems):
            tag = "" if p.severity == "error" else t("[yellow]警告[/] ", "[yellow]warning[/] ")
            table.add_row(
                escape(r.source) if i == 0 else "",
                (r.kind or "") if i == 0 else "",
                verdict if i == 0 else "",
                escape(p.location),
                escape(p.label_in(code)),
                tag + escape(p.message(code)),
            )
    out = console()
    if not out.is_terminal:  # piped into a file or a CI log: 80 columns would leave the message a sliver
        out.width = max(out.width, 200)
    out.print(table)
    valid = sum(r.valid for r in results)
    out.print(
        t(
            f"共 {len(results)} 份：通过 {valid}，不通过 {len(results) - valid}",
            f"{len(results)} documents: {valid} valid, {len(results) - valid} not",
        )
    )
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
