"""``kesu parse`` and ``kesu validate``: sources to checked records."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from ..parse import parse_paths
from .common import LANG_OPTION, console, exit_code, fail, lang, t
from .options import DB_OPTION, KIND_OPTION, open_register


@click.command("parse")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@KIND_OPTION
@DB_OPTION
@click.option(
    "--explain",
    is_flag=True,
    help="show where each value was read (cell or page, label, confidence) instead of JSON",
)
@LANG_OPTION
def parse_command(paths: tuple[Path, ...], kind: str | None, db: str | None, explain: bool) -> None:
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
    with open_register(db) as register:
        results = parse_paths(paths, kind=kind, register=register)
    for result in results:
        if explain:
            _explain(result)
        else:
            click.echo(json.dumps(result.to_dict(lang()), ensure_ascii=False))
    sys.exit(exit_code(results))


def _explain(result) -> None:
    """A table per document: each value read, where from, on which label, how surely."""
    from rich.table import Table

    doc = result.to_dict(lang())
    out = console()
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
        table.add_row(path, shown, prov["location"], prov["label"], mark)
    out.print(table)
    for key, title in (("errors", t("错误", "Errors")), ("warnings", t("提醒", "Warnings"))):
        if doc[key]:
            out.print(f"[bold]{title}[/bold]")
            for p in doc[key]:
                out.print(f"  {p['location'] or '-'}  {p['field'] or ''}  {p['message']}")


def _at(record: dict, path: str):
    import re

    node = record
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
@LANG_OPTION
def validate_command(paths: tuple[Path, ...], kind: str | None, db: str | None, report: Path | None) -> None:
    """Check forms before filing: a table on screen, optionally a report file.

    \b
    Example:
      kesu validate 收件箱/ --report 检查报告.xlsx
    """
    from rich.table import Table

    from ..reports.validation import write_report

    if report is not None and report.suffix.lower() not in (".json", ".xlsx", ".html", ".htm"):
        raise click.BadParameter(
            t("报告须为 .json、.xlsx 或 .html", "the report must be .json, .xlsx or .html"),
            param_hint="--report",
        )
    with open_register(db) as register:
        results = parse_paths(paths, kind=kind, register=register)
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
        if not problems:
            table.add_row(r.source, r.kind or "", verdict, "", "", "")
        for i, p in enumerate(problems):
            tag = "" if p.severity == "error" else t("[yellow]警告[/] ", "[yellow]warning[/] ")
            table.add_row(
                r.source if i == 0 else "",
                (r.kind or "") if i == 0 else "",
                verdict if i == 0 else "",
                p.location,
                p.label_in(code),
                tag + p.message(code),
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
        out.print(t(f"检查报告：{report}", f"Report: {report}"))
    sys.exit(exit_code(results))


COMMANDS = (parse_command, validate_command)
