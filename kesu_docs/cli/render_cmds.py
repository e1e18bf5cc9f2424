"""``kesu render`` (parse, number, render every valid input) and ``kesu demo``."""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path
from typing import Any

import click

from .common import (
    ANOTHER_FOLDER,
    EXIT_FATAL,
    EXIT_INVALID,
    EXIT_OK,
    LANG_OPTION,
    fail,
    lang,
    made_output_folder,
    note_check_reports,
    note_empty_folders,
    note_lock_files,
    note_lookalike_names,
    note_refused_cache,
    own_output_only,
    t,
)
from .layout import screen
from .options import DB_OPTION, KIND_OPTION, USER_OPTION, open_register, register_refusals

_STAGES = {
    "parse": ("读取", "Reading"),
    "number": ("编号", "Numbering"),
    "render": ("生成", "Rendering"),
    "pdf": ("转 PDF", "PDF"),
}


def _progress_callback(progress, tasks):
    from .common import DONE

    def report(stage: str, done: int, total: int) -> None:
        DONE[stage] = done  # said on Ctrl-C
        if stage not in tasks:
            zh, en = _STAGES[stage]
            tasks[stage] = progress.add_task(t(zh, en), total=total or 1)
        progress.update(tasks[stage], completed=done, total=total or 1)

    return report


_MAX_ROWS_OK = 20


def _summary(filed, out, *, rendered_only: bool = False) -> None:
    from .views import filed_summary

    filed_summary(filed, out, rendered_only=rendered_only, max_ok=_MAX_ROWS_OK)


def _exit_code(filed) -> int:
    if any(f.outcome == "unreadable" for f in filed):
        return EXIT_FATAL
    if any(not f.ok for f in filed):
        return EXIT_INVALID
    return EXIT_OK


def _run_render(paths, output: Path, db, kind, jobs: int, pdf: bool, user=None) -> list:
    from .common import DONE

    DONE.clear()  # what this batch does, said on Ctrl-C
    # the run's worker processes start first, before the register's connections and the
    # progress bar's thread: forked from a process that holds neither
    from ..workers import pool_for_run

    note_empty_folders(paths)
    note_refused_cache()
    from ..parse.reading import expand

    files = None
    locks: list[Path] = []  # Excel's owner files the folders' walk passed over
    reports: list[Any] = []  # kesu's check reports the reading passed over
    if jobs > 1:  # listed once, before the workers exist: a batch of JSON needs no layout reader
        from ..filing import list_inputs

        # each folder walked once for the names' note and the batch (the serial start-up
        # before the fork: two walks of a folder of 1,000 forms stat and sort it twice)
        listed = [list(expand([raw], locks)) for raw in paths]
        note_lookalike_names(found for each in listed for found in each)
        files = list_inputs(paths, output, listed)
    else:
        note_lookalike_names(expand(paths, locks))
    note_lock_files(locks)
    layouts = files is None or any(f.suffix.lower() != ".json" for f in files)
    warm = None
    if files is not None:  # forked, both sides start with the first document's form imported
        import functools

        from ..filing import warm_first_form

        warm = functools.partial(warm_first_form, files, kind)
    try:
        # Ctrl-C, a register that cannot be opened: the parts not started are dropped (each
        # worker compiles its templates as it reads, while this process opens the register)
        with pool_for_run(jobs, layouts=layouts, before_fork=warm) as workers:
            if workers is not None:  # the workers read the first forms while the register is opened
                from ..filing import read_ahead

                read_ahead(workers, paths, output, kind, files=files)
            filed = _file(paths, output, db, kind, jobs, pdf, user, workers, reports)
    except Exception as exc:
        _worker_ended(exc)
        raise
    note_check_reports(reports)  # (those the reading met: told by the bytes it read)
    return filed


def _worker_ended(exc: Exception) -> None:
    """A ``--jobs`` worker killed (the OOM killer, the task manager) or broken: the batch
    stops there. Its numbers are committed and the documents finished are written, as after
    any kill: the same command run again renders the rest, so that is what is said (imported
    here: a one-job run never loads the pool)."""
    from concurrent.futures.process import BrokenProcessPool

    if isinstance(exc, BrokenProcessPool):
        fail(
            f"一个工作进程意外结束（{exc}），批处理已停止。已完成的文件已写出、编号已保存：请重新运行同一命令。",
            f"A worker process ended unexpectedly ({exc}); the batch stopped. What was finished is "
            "written and numbered: run the same command again.",
        )


def _file(paths, output: Path, db, kind, jobs: int, pdf: bool, user, workers, reports: list[Any]) -> list:
    from ..filing import render_paths
    from ..register import RegisterError
    from ..render import PdfError

    with open_register(db, create=True, user=user, on_driver=True) as register, _progress_bar() as progress:
        try:
            return render_paths(
                paths,
                output,
                register=register,
                kind=kind,
                pdf=pdf,
                jobs=jobs,
                progress=progress,
                workers=workers,
                reports=reports,
            )
        except (PdfError, RegisterError) as exc:  # nothing to file into, or no PDF to be made
            click.echo(exc.message(lang()), err=True)
            if isinstance(exc, RegisterError):
                _said_done_before(getattr(exc, "unsure_forms", 0))
            sys.exit(EXIT_FATAL)


def _said_done_before(unsure: int = 0) -> None:
    """After the register failed mid-batch (another program held it past the wait, a full
    disk): what the batch had done, and that the same command finishes it. The chunks after the
    one being written (two with ``--jobs``: filing.NUMBERED_AHEAD) are numbered already, so
    numbers were taken that have no document yet: the
    clerk is told they are kept, never issued twice or skipped, rather than left to wonder at
    numbers in the register with no file in the folder. ``unsure``: the forms of a numbering
    whose commit answer was lost, the server not reachable to ask (robust29): perhaps numbered
    too — said as such, not left out of the count (the register may hold them)."""
    from .common import DONE

    numbered, rendered = DONE.get("number", 0), DONE.get("render", 0)
    if not numbered and not unsure:
        return
    zh_more = f"（另有 {unsure} 份可能也已编号：它们的编号已提交，但登记簿的回复丢失）" if unsure else ""
    en_more = (
        f" (and perhaps {unsure} more: their numbering was sent to be committed and the register's answer was lost)"
        if unsure
        else ""
    )
    click.echo(
        t(
            f"登记簿出错前：已编号 {numbered} 份{zh_more}，已生成 {rendered} 份文件；其余表单（如有）尚未编号。"
            "问题解决后再次运行同一命令即可补齐：已编号的文件沿用原编号生成，不会跳号，也不会重号。",
            f"Before the register failed: {numbered} documents numbered{en_more}, {rendered} files written; "
            "any other form is not numbered yet. Once it is solved, run the same command again to finish: "
            "the numbered documents are written under their numbers, no number skipped or issued twice.",
        ),
        err=True,
    )


@contextlib.contextmanager
def _progress_bar():
    """The progress callback: a bar on a terminal; elsewhere (a pipe, a log file) the bar would
    print nothing (it is transient), so only what Ctrl-C says is counted, and no bar is drawn."""
    console = screen(stderr=True)
    if not console.is_terminal:
        from .common import DONE

        def count(stage: str, done: int, _total: int) -> None:
            DONE[stage] = done  # said on Ctrl-C

        yield count
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    tasks: dict = {}
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=True,
    ) as progress:
        yield _progress_callback(progress, tasks)


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
    if not paths and not reprint_no:
        raise click.UsageError(t("请给出要生成的文件或文件夹", "give the files or folders to render"))
    from ..xlsxsave import moment

    moment()  # a SOURCE_DATE_EPOCH that is no time is said before any number is issued
    with made_output_folder(output):  # a run that fails leaves no empty folder it made
        if reprint_no:
            _reprint(reprint_no, output, db, kind, pdf, screen(), user)
            return
        _render(paths, output, db, kind, jobs, pdf, user)


def _render(paths, output: Path, db, kind, jobs: int, pdf: bool, user) -> None:
    from ..reports.sheetxml import paused_gc

    # no collector passes over the start-up's imports (≈ 0.07 s of a run's CPU): the batch
    # collects once per chunk (filing.chunk_gc); the screen (rich) is made for the summary,
    # after the workers are forked: they never print
    with paused_gc():
        filed = _run_render(paths, output, db, kind, jobs, pdf, user=user)
    _summary(filed, screen())
    sys.exit(_exit_code(filed))


def _reprint(number: str, output: Path, db, kind, pdf: bool, out, user=None) -> None:
    from ..filing import reprint
    from ..render import PdfError

    with open_register(db, create=True, user=user, on_driver=True) as register, register_refusals():
        try:
            item = reprint(register, number, output, kind=kind, pdf=pdf)
        except PdfError as exc:
            click.echo(exc.message(lang()), err=True)
            sys.exit(EXIT_FATAL)
        except KeyError as exc:  # forms.UnknownKind: the register holds a form this installation lacks
            click.echo(
                t(
                    f"无法补印 {number}：本程序没有表单 {exc.args[0] if exc.args else ''}",
                    f"Cannot re-print {number}: no form {exc.args[0] if exc.args else ''} here",
                ),
                err=True,
            )
            sys.exit(EXIT_FATAL)
    if not item.ok:
        click.echo(item.problems[0].message(lang()), err=True)
        sys.exit(EXIT_FATAL)
    click.echo(
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
@click.option(
    "--force",
    is_flag=True,
    help="replace 检查报告.html in the folder even when it is no check report / "
    "文件夹中的 检查报告.html 即使不是检查报告也覆盖",
)
@LANG_OPTION
def demo_command(output: Path, pdf: bool | None, force: bool) -> None:
    """The whole flow on samples/: validate, number into a fresh register, render every copy.

    \b
    Example:
      kesu demo -o demo-output
    """
    out = screen()
    samples = samples_dir()
    db = output / "kesu.db"
    numbers = _demos_own_register(db, samples)  # (before anything is written)
    from ..reports.check_report import is_check_report, write_report

    # the demo's report writes over its own earlier one, never over a clerk's file of that name
    # (asked before anything is written and again right before the rename: validate --report's rule)
    replaceable = own_output_only(
        output / "检查报告.html", is_check_report, force, ("检查报告", "check report"), "-o", ANOTHER_FOLDER
    )
    replaceable()
    output.mkdir(parents=True, exist_ok=True)
    for stale in (db, output / "kesu.db-wal", output / "kesu.db-shm"):
        stale.unlink(missing_ok=True)
    _documents_of(numbers, output / "documents")
    if pdf is None:
        from ..render import soffice

        pdf = soffice() is not None
    out.rule(t(f"1. 检查 {samples}/ 中的表单", f"1. Checking the forms in {samples}/"))
    from rich.markup import escape

    from ..parse import parse_paths

    results = parse_paths([samples])
    report = write_report(results, output / "检查报告.html", lang=lang(), check=replaceable)
    for r in results:
        mark = "✔" if r.valid else ("✖" if r.errors else "?")
        first = f" — {r.errors[0].location} {r.errors[0].message(lang())}" if r.errors else ""
        out.print(escape(f"  {mark} {r.source} ({r.kind or '?'}){first}"))
    out.print(t(f"  检查报告：{report}", f"  Validation report: {report}"))

    out.rule(t("2. 编号并生成受控文件（多联）", "2. Numbering and rendering the controlled documents"))
    filed = _run_render([samples], output / "documents", str(db), None, 1, pdf)
    _summary(filed, out, rendered_only=True)

    out.rule(t("完成", "Done"))
    out.print(
        t(
            f"文件在：{output / 'documents'}",
            f"Documents are in: {output / 'documents'}",
        )
    )
    out.print(t(f"登记簿：{db}", f"Register: {db}"))


def _demos_own_register(db: Path, samples: Path) -> set[str]:
    """The numbers of the register at ``db``, which the demo is about to make anew: none where
    there is none; a register of the demo's own — every document in it filed from a file of
    ``samples`` — otherwise, or the demo stops (exit 2), writing nothing: ``kesu demo -o .`` in
    the office's folder deleted the office's register, its numbers to be issued again."""
    import os

    if not os.path.lexists(db):
        return set()
    from ..register import Register

    try:
        with Register.open(db, create=False, read_only=True) as register:
            documents = register.documents()
    except Exception:  # (damaged, no register, another program's: no demo's either)
        documents = None
    home = samples.resolve()
    if documents is not None and all(Path(d.source).parent.resolve() == home for d in documents):
        return {d.number for d in documents}
    fail(
        f"{db} 不是演示建立的登记簿（其中的文件不都来自 {samples}/ 的示例表单，或无法读取）：演示会重建登记簿，"
        "将删除它——已发出的编号会被再次使用。请为演示另指定一个文件夹，例如 kesu demo -o demo-output",
        f"{db} is no register the demo made (not all its documents come from the samples in {samples}/, or "
        "it cannot be read): the demo makes its register anew and would delete it — its numbers would be "
        "issued again. Give the demo a folder of its own, e.g. kesu demo -o demo-output",
    )


def _documents_of(numbers: set[str], folder: Path) -> None:
    """The files the demo wrote into ``folder`` under the numbers of its register made anew
    (documents, PDFs, numbered working copies: the number a whole word of the name) removed:
    left, the new register's same numbers would find them there and refuse to print over them
    (``number_in_folder``) — the demo run twice failed."""
    import re

    if not numbers or not folder.is_dir():
        return
    pattern = "|".join(re.escape(n) for n in sorted(numbers, key=len, reverse=True))
    named = re.compile(rf"(?<![0-9A-Za-z])(?:{pattern})(?![0-9A-Za-z])")
    for file in folder.iterdir():
        if file.suffix.lower() in (".docx", ".pdf", ".xlsx", ".xls") and named.search(file.stem):
            if file.is_file() and not file.is_symlink():
                file.unlink()


COMMANDS = (render_command, demo_command)
