"""``kesu report monthly`` · ``kesu overdue`` · ``kesu penalty``: the procedure's registers and reports.

Exit codes: 0 done (a month with no closed case is an empty report, not an error); 1 nothing
to do for the case asked (not closed, no penalty recorded, unknown number); 2 the register
cannot be opened, a usage error, or the output cannot be written.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import click

from .common import (
    EXIT_FATAL,
    EXIT_INVALID,
    LANG_OPTION,
    console,
    fail_writing,
    lang,
    made_output_folder,
    own_output_only,
    t,
)
from .options import DB_OPTION, NUMBER, open_register, reading_register, register_refusals


def _month(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str:
    if value is None:  # by the 10th the GM office summarises last month (DOMAIN §1 step 9)
        last = dt.date.today().replace(day=1) - dt.timedelta(days=1)
        return f"{last:%Y-%m}"
    from ..values import FIRST_YEAR, LAST_YEAR, first_of_month, month_written  # (the web's rule too)

    if month_written(value) is None:  # (２０２６－１１, ٢٠٢٦-١١: the ASCII digits, as the number options)
        raise click.BadParameter(
            t(f"月份须为 YYYY-MM，例如 2026-09：{value}", f"use YYYY-MM, e.g. 2026-09: {value}")
        )
    month = first_of_month(value)
    if month is None:  # (0000-01, 9999-12: a traceback before)
        raise click.BadParameter(
            t(
                f"月份的年份须在 {FIRST_YEAR}–{LAST_YEAR} 之间（表单日期的年份）：{value}",
                f"the month's year must be within {FIRST_YEAR}–{LAST_YEAR} (a form date's years): {value}",
            )
        )
    return f"{month.year:04d}-{month.month:02d}"


def _date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise click.BadParameter(
            t(f"日期须为 YYYY-MM-DD，例如 2026-09-30：{value}", f"use YYYY-MM-DD, e.g. 2026-09-30: {value}")
        ) from None


AS_OF = click.option(
    "--as-of", "as_of", metavar="DATE", callback=_date, help="as of this day (default today) / 截至日期"
)


def _refused(exc: Exception, code: int) -> None:
    message = exc.message(lang()) if hasattr(exc, "message") else str(exc)
    click.echo(message, err=True)
    sys.exit(code)


_T = TypeVar("_T")


def _written(path: Path, write: Callable[[], _T]) -> _T:
    try:
        return write()
    except OSError as exc:
        fail_writing(f"无法写入 {path}", f"Cannot write {path}", exc)


@click.group("report")
@LANG_OPTION
def report_group() -> None:
    """Reports from the register (报表): the monthly complaint statistics.

    \b
    Example:
      kesu report monthly 2026-09 -o 客诉案件统计表-2026-09.xlsx
    """


@report_group.command("monthly")
@click.argument("month", callback=_month, metavar="[YYYY-MM]", required=False)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    required=True,
    help="FILE.xlsx / .html / .pdf",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["xlsx", "html", "pdf"]),
    default=None,
    help="default: from the file's suffix / 默认依文件后缀",
)
@click.option(
    "--force",
    is_flag=True,
    help="replace the file at -o even when it is no monthly report / -o 处的文件即使不是月报也覆盖",
)
@DB_OPTION
@LANG_OPTION
def monthly_command(month: str, output: Path, fmt: str | None, db: str | None, force: bool) -> None:
    """The monthly complaint statistics (客诉案件统计表) of the cases closed in MONTH (default: last month).

    Counts and losses by severity, type, responsible unit, cause and customer; the exception
    statistics; the defect matrix (cause × 12 months); charts; satisfaction per customer; the
    penalties. As .xlsx (native Excel charts), or .html / .pdf for managers (SVG charts, A4).

    \b
    Example:
      kesu report monthly 2026-09 -o 客诉案件统计表-2026-09.xlsx
      kesu report monthly 2026-09 -o 客诉月报-2026-09.pdf
    """
    from ..reports.sheetxml import paused_gc

    # one bounded read, start-up included: the collector's passes over the imported libraries'
    # objects and the cases read (none of them in a cycle) were a tenth of its time
    with paused_gc():
        _monthly(month, output, fmt, db, force)


def _monthly(month: str, output: Path, fmt: str | None, db: str | None, force: bool = False) -> None:
    from ..leftovers import written_aside
    from ..reports import monthly
    from ..reports.notices import ReportError

    fmt = fmt or output.suffix.lower().lstrip(".")
    if fmt not in ("xlsx", "html", "pdf"):
        raise click.BadParameter(
            t("输出须为 .xlsx、.html 或 .pdf", "the output must be .xlsx, .html or .pdf"), param_hint="-o"
        )

    # a report run again writes over the one it wrote; never over a file of the clerk's (a
    # filled form named as -o by mistake was replaced by the report, and lost): asked now, and
    # again right before the rename (a file put there while the report was made)
    # A named pipe, a device or a socket at -o is refused before anything opens it (the mark's
    # read of a pipe waited for a writer for ever), --force or not: no report replaces one
    replaceable = own_output_only(output, monthly.is_monthly_report, force, ("月报", "monthly report"))
    replaceable()
    # a report only reads; a damaged page met while reading is refused with how to restore it
    with reading_register(db) as register:
        report = monthly.monthly_report(register, month, lang=lang())
    if fmt == "xlsx":
        writer = monthly.write_xlsx
    else:  # Jinja and the HTML only for the HTML and the PDF
        from ..reports import monthly_html

        writer = monthly_html.write_html if fmt == "html" else monthly_html.write_pdf
    try:
        _written(output, lambda: written_aside(output, lambda made: writer(report, made), replaceable))
    except ReportError as exc:
        _refused(exc, EXIT_FATAL)
    if report.empty:
        click.echo(
            t(
                f"{month} 无已结案的客诉案件：已写出空报表 {output}",
                f"No case closed in {month}: empty report written to {output}",
            )
        )
    else:
        click.echo(
            t(
                f"已写出 {month} 客诉案件统计表：{output}（结案 {len(report.cases)} 件）",
                f"Monthly statistics for {month} written: {output} ({len(report.cases)} cases closed)",
            )
        )


@click.command("overdue")
@AS_OF
@click.option(
    "-o",
    "--output",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="render a reminder (催办单) per overdue case and a follow-up inquiry (洽办单) per late closure here",
)
@DB_OPTION
@LANG_OPTION
def overdue_command(as_of: dt.date | None, output: Path | None, db: str | None) -> None:
    """List the open cases past a deadline (closure or stage) and the cases closed late this month.

    With -o, each overdue case gets a reminder (催办单) addressed to the unit holding it, and
    each case closed late in the month of --as-of a follow-up inquiry (洽办单): numbered in the
    register, every copy rendered. Running again the same day re-prints them (补印); no new
    numbers.

    \b
    Example:
      kesu overdue --as-of 2026-09-30
      kesu overdue --as-of 2026-09-30 -o 催办单/
    """
    from ..reports.notices import ReportError
    from ..reports.overdue import find_overdue, remind
    from .plain_table import PlainTable as Table

    as_of = as_of or dt.date.today()
    folder = made_output_folder(output) if output else contextlib.nullcontext()
    # made before a reminder is numbered; the register's refusals (a register put back beside newer
    # reminders: register_behind_folder) said, no traceback
    with folder, open_register(db, required=True) as register, register_refusals(register.address):
        try:
            run = (
                _written(output, lambda: remind(register, as_of, output))
                if output
                else find_overdue(register, as_of)
            )
        except ReportError as exc:
            _refused(exc, EXIT_FATAL)
    notices = {(n.kind, n.case_number): n for n in run.notices}
    out = console()
    if not out.is_terminal:
        out.width = max(out.width, 200)
    table = Table(
        title=t(
            f"逾期未结案件（截至 {as_of}，共 {len(run.overdue)} 件）",
            f"Overdue cases as of {as_of} ({len(run.overdue)})",
        )
    )
    for head in (
        ("客诉编号", "Complaint"),
        ("客户", "Customer"),
        ("逾期阶段", "Stage overdue"),
        ("期限", "Due"),
        ("逾期天数", "Days"),
        ("应结案日", "Case due"),
        ("催办单位", "Addressed to"),
        ("催办单", "Reminder"),
    ):
        table.add_column(t(*head), no_wrap=head[0] in ("客诉编号", "期限", "应结案日"))
    for item in run.overdue:
        notice = notices.get(("reminder", item.case.number))
        table.add_row(
            item.case.number,
            item.case.sheet.customer,
            item.stage.label(lang()),
            str(item.due),
            str(item.days),
            str(item.case.due_date),
            item.addressed_to,
            _notice_text(notice),
        )
    out.print(table)
    late = Table(
        title=t(f"本月逾期结案（共 {len(run.late)} 件）", f"Closed late this month ({len(run.late)})")
    )
    for head in (
        ("客诉编号", "Complaint"),
        ("客户", "Customer"),
        ("应结案日", "Due"),
        ("结案日期", "Closed"),
        ("洽办单", "Inquiry"),
    ):
        late.add_column(t(*head))
    for c in run.late:
        late.add_row(
            c.number,
            c.sheet.customer,
            str(c.due_date),
            str(c.closed_date),
            _notice_text(notices.get(("followup", c.number))),
        )
    out.print(late)
    if output:
        made = sum(not n.reprint for n in run.notices)
        out.print(
            t(
                f"已生成 {made} 份，补印 {len(run.notices) - made} 份：{output}",
                f"{made} issued, {len(run.notices) - made} re-printed: {output}",
            )
        )


def _notice_text(notice) -> str:
    if notice is None:
        return ""
    return f"{notice.number}" + (t("（补印）", " (re-print)") if notice.reprint else "")


@click.command("penalty")
@click.argument("number", type=NUMBER)
@click.option(
    "-o", "--output", type=click.Path(file_okay=False, path_type=Path), required=True, help="output folder"
)
@click.option(
    "--date", "issue_date", metavar="DATE", callback=_date, help="notice date (default today) / 通知日期"
)
@DB_OPTION
@LANG_OPTION
def penalty_command(number: str, output: Path, issue_date: dt.date | None, db: str | None) -> None:
    """Render the penalty notices (奖罚通知单, 3 copies) of a closed complaint: one per penalised unit.

    The penalties are those recorded on the complaint sheet (行政处分). Running it again re-prints
    the same notices (补印).

    \b
    Example:
      kesu penalty 202609003 -o 奖罚通知单/
    """
    from ..reports.notices import ReportError
    from ..reports.penalty import penalty_notices

    # made before a notice is numbered; a register that cannot be opened leaves no empty folder
    with (
        made_output_folder(output),
        open_register(db, required=True) as register,
        register_refusals(register.address),
    ):
        try:
            notices = _written(
                output, lambda: penalty_notices(register, number, output, issue_date=issue_date)
            )
        except ReportError as exc:
            _refused(exc, EXIT_INVALID)
    for n in notices:
        click.echo(
            t(
                f"{'已补印' if n.reprint else '已生成'}奖罚通知单 {n.number}（{n.addressed_to}）：{n.output}",
                f"Penalty notice {n.number} ({n.addressed_to}) {'re-printed' if n.reprint else 'issued'}: {n.output}",
            )
        )


COMMANDS = (report_group, overdue_command, penalty_command)
