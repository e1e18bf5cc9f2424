"""``kesu render`` (parse, number, render every valid input) and ``kesu demo``."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import click

from .common import EXIT_FATAL, EXIT_INVALID, EXIT_OK, LANG_OPTION, console, lang, t
from .options import DB_OPTION, KIND_OPTION, USER_OPTION, open_register, register_refusals

_STAGES = {
    "parse": ("读取", "Reading"),
    "number": ("编号", "Numbering"),
    "render": ("生成", "Rendering"),
    "pdf": ("转 PDF", "PDF"),
}


def _progress_callback(progress, tasks):
    def report(stage: str, done: int, total: int) -> None:
        if stage not in tasks:
            zh, en = _STAGES[stage]
            tasks[stage] = progress.add_task(t(zh, en), total=total or 1)
        progress.update(tasks[stage], completed=done, total=total or 1)

    return report


_MAX_ROWS_OK = 20


def _summary(filed, out, *, rendered_only: bool = False) -> None:
    from rich.table import Table

    if not out.is_terminal:  # piped into a file or a CI log: at 80 columns a path folds into slivers
        out.width = max(out.width, 200)
    table = Table(title=t("生成结果", "Rendered documents"))
    table.add_column(t("文件", "File"), overflow="fold", max_width=max(32, out.width // 3))
    table.add_column(t("表单", "Kind"), no_wrap=True)
    table.add_column(t("编号", "Number"), no_wrap=True)
    table.add_column(t("状态", "Status"), no_wrap=True)
    table.add_column(t("输出", "Output"), overflow="fold", ratio=1)
    words = {
        "rendered": ("已生成", "rendered"),
        "invalid": ("不通过，未生成", "invalid, skipped"),
        "unreadable": ("无法读取", "unreadable"),
        "refused": ("编号冲突", "number refused"),
        "failed": ("生成失败", "failed"),
    }
    code = lang()
    shown_ok = 0
    for item in filed:
        if item.ok:
            shown_ok += 1
            if shown_ok > _MAX_ROWS_OK:  # a batch of thousands: every problem, the first rendered
                continue
        elif rendered_only:
            continue
        status = t(*words[item.outcome])
        if item.outcome == "rendered":
            status += _status_note(item)
            output = str(item.pdf or item.output)
        else:
            first = item.problems[0] if item.problems else None
            output = f"{first.location} {first.message(code)}".strip() if first else ""
            if len(item.problems) > 1:
                output += t(f"（共 {len(item.problems)} 项）", f" ({len(item.problems)} in all)")
        table.add_row(item.source, item.kind or "", item.number or "", status, output)
    if shown_ok > _MAX_ROWS_OK:
        more = shown_ok - _MAX_ROWS_OK
        table.add_row("…", "", "", t(f"另有 {more} 份已生成", f"{more} more rendered"), "")
    out.print(table)
    notes = [(item, note) for item in filed for note in item.notes]
    for item, note in notes[:_MAX_ROWS_OK]:
        out.print(
            f"  ⚠ {item.source}：{note.message(code)}"
            if code == "zh"
            else f"  ⚠ {item.source}: {note.message(code)}"
        )
    if len(notes) > _MAX_ROWS_OK:
        out.print(
            t(f"  … 另有 {len(notes) - _MAX_ROWS_OK} 条提示", f"  … {len(notes) - _MAX_ROWS_OK} more notes")
        )
    done = sum(f.ok for f in filed)
    out.print(
        t(
            f"共 {len(filed)} 份：生成 {done}，未生成 {len(filed) - done}",
            f"{len(filed)} documents: {done} rendered, {len(filed) - done} not",
        )
    )


def _status_note(item) -> str:
    """What the register and the print control did: void, revision N, existing number, 补印 N, unchanged."""
    note = ""
    if item.status == "void":
        note += t("（作废）", " (void)")
    if item.revised:
        note += t(f"（第 {item.revision} 版）", f" (revision {item.revision})")
    elif not item.created:
        note += t("（沿用原编号）", " (existing number)")
    if item.printed in ("reprint", "void-reprint"):
        note += t(f"（补印 {item.reprint_no}）", f" (re-print {item.reprint_no})")
    elif item.printed == "unchanged":
        note += t("（文件已存在，未重写）", " (already there, not rewritten)")
    return note


def _exit_code(filed) -> int:
    if any(f.outcome == "unreadable" for f in filed):
        return EXIT_FATAL
    if any(not f.ok for f in filed):
        return EXIT_INVALID
    return EXIT_OK


def _run_render(paths, output: Path, db, kind, jobs: int, pdf: bool, out, results=None, user=None) -> list:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from ..batch import render_paths
    from ..register import RegisterError
    from ..render import PdfError

    with open_register(db, create=True, user=user) as register:
        tasks: dict = {}
        with Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=console(stderr=True),
            transient=True,
        ) as progress:
            try:
                return render_paths(
                    paths,
                    output,
                    register=register,
                    kind=kind,
                    pdf=pdf,
                    jobs=jobs,
                    progress=_progress_callback(progress, tasks),
                )
            except (PdfError, RegisterError) as exc:  # nothing to file into, or no PDF to be made
                click.echo(exc.message(lang()), err=True)
                sys.exit(EXIT_FATAL)


@click.command("render")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "-o", "--output", type=click.Path(file_okay=False, path_type=Path), required=True, help="output folder"
)
@click.option("--pdf", is_flag=True, help="also convert each document to PDF (LibreOffice)")
@DB_OPTION
@click.option(
    "--jobs", type=click.IntRange(1, 64), default=1, show_default=True, help="render in N processes"
)
@click.option(
    "--reprint",
    "reprint_no",
    metavar="NO",
    default=None,
    help="re-print a registered document: same number, marked 补印 with its original issue date",
)
@KIND_OPTION
@USER_OPTION
@LANG_OPTION
def render_command(paths, output, pdf, db, jobs, reprint_no, kind, user) -> None:
    """Parse, number and render every valid input; skip and report the invalid ones.

    Each document is one DOCX holding all its copies (联), each with its routing stamp,
    named after its kind and number (complaint-202609001.docx). Rerunning the same inputs
    returns the same numbers and identical files; a document printed before and rendered
    into another folder is a re-print (…-补印1.docx). A form filled further (same number,
    or no number but the same case) is the document's next revision (…-修订2.docx); a void
    document prints into its own file (…-作废.docx) with a 作废 VOID watermark. An Excel
    form numbered here also gets a numbered working copy in the output folder.

    \b
    Example:
      kesu render 收件箱/ -o 受控文件/ --db kesu.db
      kesu render --reprint 202609001 -o 受控文件/
    """
    out = console()
    if reprint_no:
        _reprint(reprint_no, output, db, kind, pdf, out, user)
        return
    if not paths:
        raise click.UsageError(t("请给出要生成的文件或文件夹", "give the files or folders to render"))
    filed = _run_render(paths, output, db, kind, jobs, pdf, out, user=user)
    _summary(filed, out)
    sys.exit(_exit_code(filed))


def _reprint(number: str, output: Path, db, kind, pdf: bool, out, user=None) -> None:
    from ..batch import reprint
    from ..render import PdfError

    with open_register(db, create=True, user=user) as register, register_refusals():
        try:
            item = reprint(register, number, output, kind=kind, pdf=pdf)
        except PdfError as exc:
            click.echo(exc.message(lang()), err=True)
            sys.exit(EXIT_FATAL)
        except KeyError as exc:  # forms.UnknownKind: the register holds a form this installation lacks
            click.echo(
                t(
                    f"无法补印 {number}：本程序没有表单 {exc}",
                    f"Cannot re-print {number}: no form {exc} here",
                ),
                err=True,
            )
            sys.exit(EXIT_FATAL)
    if not item.ok:
        click.echo(item.problems[0].message(lang()), err=True)
        sys.exit(EXIT_FATAL)
    out.print(
        t(
            f"已补印 {item.number}：{item.pdf or item.output}",
            f"Re-printed {item.number}: {item.pdf or item.output}",
        )
    )


def samples_dir() -> Path:
    """``./samples`` when run from a checkout's root, else the samples that ship with kesu-docs."""
    for candidate in (
        Path("samples"),
        Path(__file__).resolve().parents[2] / "samples",
        Path(sys.prefix) / "share" / "kesu-docs" / "samples",
    ):
        if candidate.is_dir():
            return candidate
    return Path("samples")


@click.command("demo")
@click.option(
    "-o",
    "--output",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("demo-output"),
    show_default=True,
    help="output folder (its register is made anew)",
)
@click.option("--pdf/--no-pdf", default=None, help="also make PDFs (default: when LibreOffice is installed)")
@LANG_OPTION
def demo_command(output: Path, pdf: bool | None) -> None:
    """The whole flow on samples/: validate, number into a fresh register, render every copy.

    \b
    Example:
      kesu demo -o demo-output
    """
    out = console()
    samples = samples_dir()
    output.mkdir(parents=True, exist_ok=True)
    db = output / "kesu.db"
    for stale in (db, output / "kesu.db-wal", output / "kesu.db-shm"):
        stale.unlink(missing_ok=True)
    if pdf is None:
        pdf = shutil.which("soffice") is not None
    out.rule(t(f"1. 检查 {samples}/ 中的表单", f"1. Checking the forms in {samples}/"))
    from ..parse import parse_paths
    from ..reports.validation import write_report

    results = parse_paths([samples])
    report = write_report(results, output / "检查报告.html", lang=lang())
    for r in results:
        mark = "✔" if r.valid else ("✖" if r.errors else "?")
        first = f" — {r.errors[0].location} {r.errors[0].message(lang())}" if r.errors else ""
        out.print(f"  {mark} {r.source} ({r.kind or '?'}){first}")
    out.print(t(f"  检查报告：{report}", f"  Validation report: {report}"))

    out.rule(t("2. 编号并生成受控文件（多联）", "2. Numbering and rendering the controlled documents"))
    filed = _run_render([samples], output / "documents", str(db), None, 1, pdf, out)
    _summary(filed, out, rendered_only=True)

    out.rule(t("完成", "Done"))
    out.print(
        t(
            f"文件在：{(output / 'documents').resolve()}",
            f"Documents are in: {(output / 'documents').resolve()}",
        )
    )
    out.print(t(f"登记簿：{db.resolve()}", f"Register: {db.resolve()}"))


COMMANDS = (render_command, demo_command)
