"""``kesu parse`` and ``kesu validate``: sources to checked records."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from .common import LANG_OPTION, exit_code, fail, lang, t
from .layout import screen
from .options import DB_OPTION, JOBS_OPTION, KIND_OPTION, open_register


@click.command("parse")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@KIND_OPTION
@DB_OPTION
@JOBS_OPTION
@click.option(
    "--explain",
    is_flag=True,
    help="show where each value was read (cell or page, label, confidence) instead of JSON",
)
@LANG_OPTION
def parse_command(
    paths: tuple[Path, ...], kind: str | None, db: str | None, jobs: int, explain: bool
) -> None:
    """Print one JSON object per input document, one per line.

    Each line: {"source", "kind", "valid", "record", "errors", "warnings", "provenance"}; each
    error or warning: {"code", "field", "label", "location", "message"}; "provenance" gives for
    each field read from a form its "location", the "label" it was anchored on, the reader's
    "confidence" (0–1) and "how" it was read. --explain shows the same as tables.

    \b
    Example:
      kesu parse samples/complaint-valid.xlsx
      kesu parse 客户表单.xlsx --kind complaint --lang en
      kesu parse 客户8D.xlsx --explain
    """
    results = _checked(paths, kind, db, jobs)
    for result in results:
        if explain:
            _explain(result)
        else:
            click.echo(json.dumps(result.to_dict(lang()), ensure_ascii=False))
    sys.exit(exit_code(results))


def _checked(paths: tuple[Path, ...], kind: str | None, db: str | None, jobs: int) -> list:
    """The forms under ``paths`` read and checked (against the register when there is one).

    With ``jobs`` > 1 the workers are started first and read while the register is opened
    (forked from a process holding no connection); the rules run here, over the whole batch.
    """
    from ..parse.reading import check_results, expand, read_files

    files = list(expand(paths))
    from ..workers import pool_for_run

    # Ctrl-C, a register that cannot be opened: the parts not started are dropped
    with pool_for_run(jobs, worth_it=len(files) >= 2 * jobs, rendering=False) as workers:
        reading = workers.parts(read_files, files, kind, per_worker=4) if workers is not None else None
        with open_register(db) as register:
            read = reading.result() if reading is not None else read_files(files, kind)
            del files
            return check_results(read, register=register)


def _explain(result) -> None:
    """A table per document: each value read, where from, on which label, how surely."""
    from rich.markup import escape
    from rich.table import Table

    from .layout import screen

    doc = result.to_dict(lang())
    out = screen()
    table = Table(title=f"{doc['source']} · {doc['kind'] or '?'}", show_lines=False)
    table.add_column(t("栏位", "Field"), no_wrap=True)
    table.add_column(t("值", "Value"), overflow="fold", max_width=40)
    table.add_column(t("位置", "Location"), overflow="fold", max_width=24)
    table.add_column(t("依据标签", "Label"), overflow="fold", max_width=24)
    table.add_column(t("可信度", "Confidence"), justify="right")
    record = doc["record"] or {}
    for path, prov in doc["provenance"].items():
        value = _at(record, path)
        shown = "" if value is None else str(value).replace("\n", " ")
        confidence = prov["confidence"]
        mark = f"[red]{confidence:.2f}[/red]" if confidence < 0.8 else f"{confidence:.2f}"
        # what the form says is shown as it is: "[red]" typed in a cell is no markup
        table.add_row(escape(path), escape(shown), escape(prov["location"]), escape(prov["label"]), mark)
    out.print(table)
    for key, title in (("errors", t("错误", "Errors")), ("warnings", t("提醒", "Warnings"))):
        if doc[key]:
            out.print(f"[bold]{title}[/bold]")
            for p in doc[key]:
                out.print(escape(f"  {p['location'] or '-'}  {p['field'] or ''}  {p['message']}"))


def _at(record: dict, path: str) -> Any:
    import re

    node: Any = record
    for name, index in re.findall(r"([^.\[]+)(?:\[(\d+)\])?", path):
        if not isinstance(node, dict):
            return None
        node = node.get(name)
        if index:
            node = node[int(index)] if isinstance(node, list) and int(index) < len(node) else None
    return node


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
    from ..reports.check_report import write_report

    if report is not None and report.suffix.lower() not in (".json", ".xlsx", ".html", ".htm"):
        raise click.BadParameter(
            t("报告须为 .json、.xlsx 或 .html", "the report must be .json, .xlsx or .html"),
            param_hint="--report",
        )
    results = _checked(paths, kind, db, jobs)
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
