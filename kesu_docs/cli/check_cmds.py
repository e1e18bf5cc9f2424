"""``kesu parse`` and ``kesu validate``: sources to checked records."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from .common import (
    LANG_OPTION,
    exit_code,
    fail_writing,
    lang,
    note_check_reports,
    note_empty_folders,
    note_lock_files,
    note_lookalike_names,
    own_output_only,
    t,
)
from .layout import screen
from .options import DB_OPTION, JOBS_OPTION, KIND_OPTION, open_register

if TYPE_CHECKING:
    from collections.abc import Callable

    from ..parse import ParseResult


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
    ahead: dict[int, tuple[Any, str]] = {}
    results = _checked(paths, kind, db, jobs, None if explain else ahead)
    for result in results:
        if explain:
            _explain(result)
        else:
            click.echo(_json_line(result, ahead))
    sys.exit(exit_code(results))


def _read_for_lines(files: list[Path], kind: str | None) -> list[tuple[ParseResult, str]]:
    """A part of ``kesu parse --jobs``, read (in a worker, or here): each result with its
    provenance as JSON, made where it was read (the checks after the batch never change it).

    A result's provenance objects (a few dozen a form, half of what it weighs) go back to the
    command only when its checks may use them (:func:`~kesu_docs.parse.results.may_be_in_doubt`,
    asked of the reading's own problems, as :func:`~kesu_docs.parse.reading.check_results`
    asks it); otherwise the JSON is all the command needs of them."""
    from ..parse.reading import read_files
    from ..parse.results import may_be_in_doubt

    out = []
    for result in read_files(files, kind):
        text = _provenance_json(result)
        if not may_be_in_doubt(result.provenance, result.errors + result.warnings):
            result.provenance = {}
        out.append((result, text))
    return out


def _lost_line(path: Path, how: tuple[str, str], tried: bool = True) -> list:
    """A file whose worker died reading it (``tried`` False: no worker was left to read it), as
    :func:`_read_for_lines` gives a file read."""
    from ..parse.reading import stopped_reading

    return [(result, _provenance_json(result)) for result in stopped_reading(path, how, tried)]


def _provenance_json(result) -> str:
    return json.dumps(
        {path: p.to_dict() for path, p in sorted(result.provenance.items())}, ensure_ascii=False
    )


def _json_line(result, ahead: dict[int, tuple[Any, str]]) -> str:
    """``result.to_dict`` as one JSON line; its provenance (the last key) from ``ahead`` when
    it was made there for this very result, so the line is the same byte for byte."""
    made = ahead.pop(id(result), None)
    if made is None or made[0] is not result:
        return json.dumps(result.to_dict(lang()), ensure_ascii=False)
    head = result.to_dict(lang(), provenance=False)
    return f'{json.dumps(head, ensure_ascii=False)[:-1]}, "provenance": {made[1]}}}'


def _not_among(report: Path, files: list[Path], named: tuple[Path, ...]) -> list[Path]:
    """A usage error, before anything is read, when the report would replace one of the files
    to check (``kesu validate 客诉.xlsx --report 客诉.xlsx``, a link to it, the same file by
    another path): the clerk's filled form was replaced by the report and lost. A file the
    clerk named counts; one found in a folder counts unless it is a check report kesu wrote
    (``kesu validate forms --report forms/report.xlsx`` run again writes over the first report).
    A file system without inode numbers (FAT, SMB: ``st_ino`` 0) is compared by resolved path.
    The files to check are returned without that report (no form: it is not checked)."""
    from ..parse.reading import is_folder
    from ..reports.marks import is_check_report

    try:
        mine = os.stat(report)
    except OSError:
        return files  # (none there yet: nothing replaced)

    def replaced(file: Path) -> bool:
        try:
            there = os.stat(file)
        except OSError:
            return False
        if 0 in (there.st_ino, mine.st_ino):
            return os.path.realpath(file) == os.path.realpath(report)
        return (there.st_dev, there.st_ino) == (mine.st_dev, mine.st_ino)

    given = [path for path in named if not is_folder(path)]
    for file in [*given, *files]:
        if replaced(file) and (file in given or not is_check_report(file)):
            raise click.BadParameter(
                t(
                    f"{report} 是要检查的文件之一（{file}）：写入报告会覆盖它。请给报告另取一个名字",
                    f"{report} is one of the files being checked ({file}): the report would replace "
                    "it. Give the report a name of its own",
                ),
                param_hint="--report",
            )
    return [file for file in files if not replaced(file)]


def _checked(
    paths: tuple[Path, ...],
    kind: str | None,
    db: str | None,
    jobs: int,
    lines: dict | None = None,
    report: Path | None = None,
    replaceable: Callable[[], None] | None = None,
) -> list:
    """The forms under ``paths`` read and checked (against the register when there is one).

    With ``jobs`` > 1 the workers are started first and read while the register is opened
    (forked from a process holding no connection); the rules run here, over the whole batch.
    ``lines`` (``kesu parse``): with workers, each result's provenance JSON is made where it is
    read (:func:`_read_for_lines`) and kept there by the result's ``id``. ``replaceable``
    (``validate --report``): asked once the files are known, before any is read.
    """
    from ..parse.reading import check_batch, expand, passed_over, read_files, read_in_parts, stopped_reading

    locks: list[Path] = []  # Excel's owner files the folders' walk passed over
    files = list(expand(paths, locks))
    if report is not None:
        files = _not_among(report, files, paths)  # (one of the files to check: said so, --force or not)
    if replaceable is not None:
        replaceable()
    note_empty_folders(paths)
    note_lock_files(locks)
    note_lookalike_names(files)
    from ..workers import pool_for_run

    first: list[Any] = []
    read_before: list[Path] = []  # the files read before the fork (a file may hold several forms)

    def read_first() -> None:
        """The first form read before the workers are forked: what reading a form does once
        (its form's module imported, the reader's patterns compiled, the model's validator
        built) done once for every process, not once in each (issue 15)."""
        read, done = _read_a_form(files, read_files if lines is None else _read_for_lines, kind)
        first.extend(read)
        read_before.extend(done)

    # Ctrl-C, a register that cannot be opened: the parts not started are dropped
    with pool_for_run(
        jobs, worth_it=len(files) >= 2 * jobs, rendering=False, share=True, before_fork=read_first
    ) as workers:
        reading = paired = None
        rest = files[len(read_before) :]  # (spawned workers: none read before)
        if workers is not None and lines is not None:
            paired = read_in_parts(workers, _read_for_lines, rest, kind, _lost_line)
        elif workers is not None:
            reading = read_in_parts(workers, read_files, rest, kind, stopped_reading)
        # only read: a current SQLite register through sqlite3, no SQLAlchemy (register/lite.py)
        with open_register(db, read_only=True) as register:
            if paired is not None and lines is not None:
                pairs = first + paired.result()
                lines.update((id(result), (result, text)) for result, text in pairs)
                read = [result for result, _ in pairs]
                del pairs, first[:]
            else:
                read = first + reading.result() if reading is not None else read_files(files, kind)
            if workers is not None:  # (they end while the batch is checked, not after)
                workers.finish()
            reports: list[Any] = []  # kesu's check reports the reading met in the folders
            read = passed_over(read, reports)
            note_check_reports(reports)
            # two forms typed with one number warned: filed, one would revise the other
            return check_batch(read, register=register)


def _read_a_form(
    files: list[Path], reader: Callable[[list[Path], str | None], list], kind: str | None
) -> tuple[list, list[Path]]:
    """``reader`` over the first of ``files``, and over the next while what it read was only a
    check report passed over (``report.json`` sorts before ``客诉单.xlsx``: the report's reading
    warms nothing, each worker would import and compile for its first form, 0.8 s CPU each);
    → the results and the files read."""
    from ..parse.reading import is_passed_over

    read: list = []
    for count, file in enumerate(files, 1):
        part = reader([file], kind)
        read += part
        if not all(is_passed_over(item[0] if isinstance(item, tuple) else item) for item in part):
            return read, files[:count]
    return read, list(files)


def _explain(result) -> None:
    """A table per document: each value read, where from, on which label, how surely."""
    from rich.markup import escape
    from rich.table import Table
    from rich.text import Text

    from .layout import one_line, screen

    doc = result.to_dict(lang())
    out = screen()
    table = Table(title=Text(f"{one_line(doc['source'])} · {doc['kind'] or '?'}"), show_lines=False)
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
@click.option(
    "--force",
    is_flag=True,
    help="replace the file at --report even when it is no check report / --report 处的文件即使不是检查报告也覆盖",
)
@JOBS_OPTION
@LANG_OPTION
def validate_command(
    paths: tuple[Path, ...], kind: str | None, db: str | None, report: Path | None, force: bool, jobs: int
) -> None:
    """Check forms before filing: a table on screen, optionally a report file.

    \b
    Example:
      kesu validate 收件箱/ --report 检查报告.xlsx
    """
    from ..reports.check_report import is_check_report, write_report

    replaceable = None
    if report is not None:
        if report.suffix.lower() not in (".json", ".xlsx", ".html", ".htm"):
            raise click.BadParameter(
                t("报告须为 .json、.xlsx 或 .html", "the report must be .json, .xlsx or .html"),
                param_hint="--report",
            )
        # a report run again writes over the one it wrote; never over another file of the clerk's
        # (a filled form not among those checked): asked before reading and right before the rename
        replaceable = own_output_only(
            report, is_check_report, force, ("检查报告", "check report"), "--report"
        )
    results = _checked(paths, kind, db, jobs, report=report, replaceable=replaceable)
    code = lang()
    out = screen()
    from .views import findings

    findings(results, out)
    if report is not None:
        try:
            write_report(results, report, lang=code, check=replaceable)
        except OSError as exc:  # a folder that is a file, no permission, a full disk: say so, exit 2
            fail_writing(f"无法写出检查报告 {report}", f"Cannot write the report {report}", exc)
        click.echo(t(f"检查报告：{report}", f"Report: {report}"))
    sys.exit(exit_code(results))


COMMANDS = (parse_command, validate_command)
