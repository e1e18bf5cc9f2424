"""``kesu register list | show NO | diff NO | void NO --reason TEXT | export -o FILE.xlsx | copy --to URL``.

Exit codes: 0 done; 1 the number is not in the register (or is already void): the register
was read and the command understood, there was just nothing to do — like grep's "not found";
2 the register cannot be opened (missing file, unreachable server), a usage error such as
a number shared by two kinds without ``--kind``, or a copy refused (the target is not empty).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from .common import LANG_OPTION, console, fail_writing, lang, own_output_only, t
from .layout import count as counted
from .layout import kind_name, one_line, screen
from .options import (
    DB_OPTION,
    NUMBER,
    USER_OPTION,
    FormKind,
    open_register,
    reading_register,
    register_refusals,
)

if TYPE_CHECKING:  # the register is imported when a command runs: `kesu --help` stays light
    from ..register import TransferSummary
    from ..register.queries import FilterOptions

_KINDS = FormKind()  # every form module found
KIND_FILTER = click.option("--kind", type=_KINDS, default=None, help="only this form kind / 只列此种文件")
KIND_PICK = click.option(
    "--kind",
    type=_KINDS,
    default=None,
    help="the kind, when a complaint and its 8D share the number / 编号重复时指定种类",
)
_LIST_COLUMNS = (
    "number",
    "kind",
    "status",
    "document_date",
    "customer",
    "due_date",
    "stage",
    "progress",
    "reprints",
    "void_reason",
    "source",
)
_NO_WRAP = {"number", "kind", "status", "document_date", "reprints", "due_date", "stage", "progress"}
_CASE_HEADINGS = {"stage": ("阶段", "Stage"), "progress": ("案件状态", "Case status")}
_CASE_STATUSES = ("open", "overdue", "closed", "closed_on_time", "closed_late")
LIST_LIMIT = 200  # a page a clerk can read; --all for everything


def escape(text: str) -> str:
    """User text shown as typed, never read as rich markup (rich is imported only when shown)."""
    from rich.markup import escape as rich_escape

    return rich_escape(text)


def _register(db: str | None):
    """These commands mark what exists: a missing register is an error (those that only read
    open it with :func:`.options.reading_register`)."""
    return open_register(db, required=True)


def _shown(value: Any) -> str:
    if value is None or value == "" or value == []:
        return ""
    if hasattr(value, "strftime") and hasattr(value, "hour"):
        return f"{value:%Y-%m-%d %H:%M:%S}"
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _printed(meta: Any, value: Any) -> str:
    """A stored value as the form prints it: 是/否, Chinese terms, 3,680.00; table rows on lines."""
    from ..forms import describe
    from ..render.display import text

    if meta is None:
        return _shown(value)
    if meta.kind in ("table", "group") and meta.row_model is not None:
        columns = describe(meta.row_model)
        rows = value if isinstance(value, list) else [value]
        return "\n".join(
            "，".join(
                f"{columns[k].label(lang()) if k in columns else k}：{_printed(columns.get(k), v)}"
                for k, v in row.items()
                if _shown(v)
            )
            for row in rows
            if isinstance(row, dict)
        )
    if meta.term is not None and lang() != "zh":  # one language at a time: the term's English words
        terms = [meta.term.lookup(v) for v in (value if isinstance(value, list) else [value])]
        if all(terms):
            return ", ".join(term.en for term in terms)
    return text(value, meta)


def _date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> Any:
    """``2026-10-01``; anything else is a usage error."""
    import datetime as dt

    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise click.BadParameter(t(f"日期须为 YYYY-MM-DD：{value}", f"use YYYY-MM-DD: {value}")) from None


def case_progress(doc: Any, linked: set[str], as_of: Any, settings: Any) -> tuple[Any, Any]:
    """(stage, case status as of ``as_of``) of a complaint; a return note's stage; else (None, None)."""
    from ..case import case_status, stage_of

    if doc.kind == "return" and doc.status != "void":
        from ..forms.return_note import return_stage

        return return_stage(doc.record), None
    if doc.kind != "complaint" or doc.status == "void" or doc.due_date is None:
        return None, None
    return stage_of(doc.record, linked), case_status(doc.record, as_of, settings)


def _period(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    """``202609`` or ``2026-09``; anything else is a usage error."""
    if value is None:
        return None
    digits = value.replace("-", "").replace("/", "").strip()
    if len(digits) != 6 or not digits.isdigit() or not 1 <= int(digits[4:]) <= 12:
        raise click.BadParameter(
            t(f"期间须为 YYYYMM，例如 202609：{value}", f"use YYYYMM, e.g. 202609: {value}")
        )
    return digits


@click.group("register")
@LANG_OPTION
def register_group() -> None:
    """The register (登记簿): list, show, void and export numbered documents; copy it to a server.

    Exit codes: 0 done; 1 number not in the register or already void; 2 register cannot be
    opened, a usage error, or a copy into a register that is not empty.

    \b
    Example:
      kesu register list --period 202609
      kesu register void 202609001 --reason "重复登记"
    """


@register_group.command("list")
@KIND_FILTER
@click.option(
    "--period",
    "--month",
    "period",
    metavar="YYYYMM",
    callback=_period,
    help="only this month (the document's own date), e.g. 202609 / 只列此月份",
)
@click.option(
    "--status",
    type=click.Choice(["issued", "void", "re-printed", *_CASE_STATUSES]),
    default=None,
    help="only this register status, or complaints in this case status as of --as-of / 只列此状态",
)
@click.option("--overdue", is_flag=True, help="only open complaints past their due date / 只列逾期未结案件")
@click.option(
    "--as-of",
    "as_of",
    metavar="YYYY-MM-DD",
    callback=_date,
    help="the date the case status is judged on (default today) / 以此日判断是否逾期",
)
@click.option(
    "--search",
    "-s",
    metavar="TEXT",
    default=None,
    help="customer, part no., order no., lot no. or any text of the form / 按客户、料号、订单号、批号或内容查找",
)
@click.option(
    "--limit",
    type=click.IntRange(1),
    default=LIST_LIMIT,
    show_default=True,
    help="show at most this many documents / 最多显示的份数",
)
@click.option(
    "--page",
    type=click.IntRange(1),
    default=None,
    help="show page N of --limit documents (1 the first) / 显示第 N 页",
)
@click.option(
    "--offset",
    type=click.IntRange(0),
    default=None,
    help="skip the first N documents listed / 跳过前 N 份",
)
@click.option("--newest", is_flag=True, help="the newest first: latest month, last number first / 最新的在前")
@click.option("--all", "show_all", is_flag=True, help="show every document listed / 显示全部")
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["table", "tsv", "csv"]),
    default="table",
    show_default=True,
    help="a table to read, or tab- / comma-separated lines for a spreadsheet or a script / 输出格式",
)
@DB_OPTION
@LANG_OPTION
def list_command(
    kind: str | None,
    period: str | None,
    status: str | None,
    overdue: bool,
    as_of: Any,
    search: str | None,
    limit: int,
    page: int | None,
    offset: int | None,
    newest: bool,
    show_all: bool,
    output_format: str,
    db: str | None,
) -> None:
    """List the registered documents in number order, with each case's due date, stage and status.

    A page of 200 (--limit) is shown, with how many there are in all and how many more;
    --page 2 the next 200 (or --offset N), --newest the newest first, --all every one.
    --format tsv / csv writes plain lines (a heading line first).

    \b
    Example:
      kesu register list --kind complaint --period 202609 --db kesu.db
      kesu register list --newest --page 2
      kesu register list --overdue --as-of 2026-10-31
      kesu register list --search 华东 --status open
      kesu register list --all --format csv > 登记簿.csv
    """
    import datetime as dt

    from ..register import COLUMNS

    as_of = as_of or dt.date.today()
    case_status = "overdue" if overdue else (status if status in _CASE_STATUSES else None)
    register_status = status if status and status not in _CASE_STATUSES else None
    headings = {key: (zh, en) for key, zh, en in COLUMNS} | _CASE_HEADINGS
    filters: FilterOptions = dict(
        kind=kind, period=period, status=register_status, case_status=case_status, as_of=as_of, search=search
    )
    if page is not None and offset is not None:
        raise click.UsageError(t("--page 与 --offset 只能用一个", "use --page or --offset, not both"))
    skip = 0 if show_all else (offset if offset is not None else (page - 1) * limit if page else 0)
    with reading_register(db) as register:
        docs = register.documents(
            **filters, limit=None if show_all else limit, offset=skip, newest_first=newest
        )
        whole = show_all or (not skip and len(docs) < limit) or (skip and 0 < len(docs) < limit)
        total = skip + len(docs) if whole else register.count(**filters)
        complaints = [d.number for d in docs if d.kind == "complaint"]
        linked = {}
        if complaints:  # a page asks only for its own complaints' follow-up documents
            linked = register.linked_kinds(None if len(complaints) > 500 else complaints)
        settings = register.settings
    if skip and len(docs) < total:
        first, last = skip + 1, skip + len(docs)
        title = t(
            f"登记簿（共 {total} 份，显示第 {first}–{last} 份）",
            f"Register ({counted(total, '', 'document')}, {first}–{last} shown)",
        )
    elif len(docs) < total:
        title = t(
            f"登记簿（共 {total} 份，显示前 {len(docs)} 份）",
            f"Register ({counted(total, '', 'document')}, the first {len(docs)} shown)",
        )
    else:
        title = t(f"登记簿（{len(docs)} 份）", f"Register ({counted(len(docs), '', 'document')})")
    code = lang()  # (asked once: a look-up through click's context, a dozen times a row)
    rows = [_list_row(doc, linked.get(doc.number, set()), as_of, settings, code) for doc in docs]
    more = total - len(docs)
    following = (skip + len(docs)) // limit + 1  # the page after this one, if any
    later = skip + len(docs) < total
    note = t(
        f"另有 {more} 份未显示："
        + (f"用 --page {following} 显示下一页，" if later else "")
        + "--all 显示全部，--limit N 每页 N 份，或用 --period、--kind、--search 缩小范围。",
        f"{counted(more, '', 'more document')} not shown: "
        + (f"--page {following} shows the next page, " if later else "")
        + "--all every one, --limit N N a page, or narrow the list with --period, --kind or --search.",
    )
    if output_format != "table":
        _separated(output_format, list(_LIST_COLUMNS), {k: t(*headings[k]) for k in _LIST_COLUMNS}, rows)
        if more:
            click.echo(note, err=True)
        return
    # a column nobody has a value in (no re-prints, nothing void) only takes room
    keys = [k for k in _LIST_COLUMNS if k in ("number", "kind", "status") or any(r[k] for r in rows)]
    from .views import register_rows

    out = screen()
    register_rows(title, keys, {k: t(*headings[k]) for k in keys}, rows, out, no_wrap=_NO_WRAP)
    if more:
        out.print(escape(note))


def _list_row(doc: Any, linked: set[str], as_of: Any, settings: Any, code: str) -> dict[str, str]:
    """The shown text of a document's columns in ``kesu register list`` (``code``: the language)."""
    from ..register.export import cell

    values = {key: _shown(cell(doc, key, code)) for key in _LIST_COLUMNS if key not in _CASE_HEADINGS}
    values["source"] = one_line(Path(doc.source).name) if doc.source else ""  # `show` gives the full path
    values["reprints"] = values["reprints"] if doc.reprints else ""
    stage, progress = case_progress(doc, linked, as_of, settings)
    values["stage"] = (stage.zh if code == "zh" else stage.value) if stage else ""
    values["progress"] = progress.label(code) if progress else ""
    if progress is not None and progress.value == "overdue":
        late = (as_of - doc.due_date).days
        values["progress"] += t(f" {late} 天", f" {late} d")
    return values


def _separated(form: str, keys: list[str], headings: dict[str, str], rows: list[dict[str, str]]) -> None:
    """``--format tsv|csv``: a heading line, then one line per document (a tab or a newline in a
    value becomes a space in TSV; CSV quotes it; a value starting like a formula is quoted
    for a spreadsheet, :func:`plain_text`)."""
    import csv
    import sys

    from ..xlsxtext import plain_text
    from .layout import tolerant

    tolerant(sys.stdout)
    rows = [{k: plain_text(v) for k, v in r.items()} | {"kind": kind_name(r["kind"])} for r in rows]
    if form == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow([headings[k] for k in keys])
        writer.writerows([[r[k] for k in keys] for r in rows])
        return
    lines = ["\t".join(headings[k] for k in keys)]
    lines += ["\t".join(" ".join(r[k].split()) if r[k] else "" for k in keys) for r in rows]
    sys.stdout.write("\n".join(lines) + "\n")


@register_group.command("show")
@click.argument("number", type=NUMBER)
@KIND_PICK
@DB_OPTION
@LANG_OPTION
def show_command(number: str, kind: str | None, db: str | None) -> None:
    """Show one document: its register entry, its record and its case log.

    \b
    Example:
      kesu register show 202609001
    """
    with reading_register(db) as register:
        # a complaint and its 8D may share a number: without --kind, show every one of them
        docs = register.documents(kind=kind, number=number) or [register.get(number, kind=kind)]
        logs = [register.events(doc.number, kind=doc.kind) for doc in docs]
        history = [register.revisions(doc.number, kind=doc.kind) for doc in docs]
        printed = [register.printed(doc.number, kind=doc.kind) for doc in docs]
        linked = [register.linked(doc.number) if doc.kind == "complaint" else [] for doc in docs]
        settings = register.settings
    for doc, log, revs, prints, links in zip(docs, logs, history, printed, linked):
        _show_document(doc, log)
        _show_case(doc, links, settings)
        _show_revisions(doc, revs)
        _show_prints(prints)


def _show_case(doc: Any, links: list[Any], settings: Any) -> None:
    """A complaint's stage, status, due date and stage deadlines; the documents filed for it."""
    import datetime as dt

    from ..case import stage_deadlines
    from .plain_table import PlainTable as Table

    out = console()
    kinds = {d.kind for d in links if d.status != "void"}
    stage, progress = case_progress(doc, kinds, dt.date.today(), settings)
    if doc.kind == "complaint" and stage is not None and progress is not None:
        case = Table(title=t("案件进度", "Case progress"), show_header=False)
        case.add_column(style="bold")
        case.add_column()
        case.add_row(t("阶段", "Stage"), stage.label(lang()))
        case.add_row(t("案件状态（今日）", "Case status (today)"), progress.label(lang()))
        for step, deadline in stage_deadlines(doc.record, settings).items():
            case.add_row(t(f"{step.zh}期限", f"{step.en} due"), f"{deadline:%Y-%m-%d}")
        out.print(case)
    if links:
        linked = Table(title=t("关联文件", "Linked documents"))
        for head in (t("种类", "Kind"), t("编号", "Number"), t("状态", "Status"), t("文件日期", "Date")):
            linked.add_column(head, no_wrap=True)
        for d in links:
            linked.add_row(d.kind, d.number, d.status_label(lang()), _shown(d.document_date))
        out.print(linked)


def _show_revisions(doc: Any, revisions: list[Any]) -> None:
    from ..register.document import describe_changes
    from .plain_table import PlainTable as Table

    table = Table(title=t(f"修订记录（共 {len(revisions)} 版）", f"Revisions ({len(revisions)})"))
    for head in (
        t("版次", "Rev."),
        t("时间", "At"),
        t("经办人", "By"),
        t("来源文件", "Source"),
        t("修改", "Changes"),
    ):
        table.add_column(head, overflow="fold")
    for rev in revisions:
        changes = describe_changes(doc.kind, rev.changes, lang()) if rev.changes else t("（首版）", "(first)")
        table.add_row(
            str(rev.revision), _shown(rev.at), rev.actor or "", one_line(Path(rev.source).name), changes
        )
    console().print(table)


def _show_prints(prints: list[Any]) -> None:
    from ..register.document import PRINT_MARKS
    from .plain_table import PlainTable as Table

    if not prints:
        return
    table = Table(title=t("打印记录", "Print log"))
    for head in (
        t("时间", "At"),
        t("经办人", "By"),
        t("版次", "Rev."),
        t("类别", "Mark"),
        t("联", "Copies"),
        t("文件", "File"),
    ):
        table.add_column(head, overflow="fold")
    for p in prints:
        mark = t(*PRINT_MARKS.get(p.mark, (p.mark, p.mark)))
        if p.reprint_no:
            mark += f" {p.reprint_no}"
        table.add_row(_shown(p.at), p.actor or "", str(p.revision), mark, p.copies, p.output)
    console().print(table)


@register_group.command("diff")
@click.argument("number", type=NUMBER)
@click.option(
    "--rev",
    "revision",
    type=click.IntRange(1),
    default=None,
    help="this revision (default the latest) / 版次",
)
@KIND_PICK
@DB_OPTION
@LANG_OPTION
def diff_command(number: str, revision: int | None, kind: str | None, db: str | None) -> None:
    """Show what a revision changed against the one before it: field, before, after.

    \b
    Example:
      kesu register diff 202609001 --rev 2
    """
    from .. import forms
    from .plain_table import PlainTable as Table

    with _register(db) as register, register_refusals():
        doc = register.get(number, kind=kind)
        rev = register.revision(doc.number, revision, kind=doc.kind)

    try:
        fields = forms.get(doc.kind).fields
    except forms.UnknownKind:
        fields = {}
    title = t(
        f"{doc.number} 第 {rev.revision} 版（{_shown(rev.at)}，{rev.actor or ''}）",
        f"{doc.number} revision {rev.revision} ({_shown(rev.at)}, {rev.actor or ''})",
    )
    table = Table(title=title)
    for head in (
        t("栏位", "Field"),
        t(f"第 {rev.revision - 1} 版", f"Rev. {rev.revision - 1}"),
        t(f"第 {rev.revision} 版", f"Rev. {rev.revision}"),
    ):
        table.add_column(head, overflow="fold")
    for key, before, after in rev.changes:
        meta = fields.get(key)
        table.add_row(meta.label(lang()) if meta else key, _printed(meta, before), _printed(meta, after))
    out = console()
    if rev.revision == 1:
        out.print(
            t(
                f"{doc.number} 第 1 版是首版，没有更早的版本可比较",
                f"Revision 1 of {doc.number} is the first: nothing to compare",
            )
        )
        return
    out.print(table)


def _show_document(doc: Any, log: list[Any]) -> None:
    from rich.table import Table

    from .. import forms
    from ..register import COLUMNS
    from ..register.export import cell

    out = console()
    entry = Table(title=escape(t(f"编号 {doc.number}", f"Number {doc.number}")), show_header=False)
    entry.add_column(style="bold")
    entry.add_column()
    for key, zh, en in COLUMNS:
        value = _shown(cell(doc, key, lang()))
        if value and key != "number":
            entry.add_row(t(zh, en), escape(value))
    out.print(entry)

    try:
        fields = forms.get(doc.kind).fields
    except forms.UnknownKind:  # a kind this installation does not know: show the raw keys
        fields = {}
    record = Table(title=t("表单内容", "Record"), show_header=False)
    record.add_column(style="bold")
    record.add_column()
    for key, value in doc.record.items():
        meta = fields.get(key)
        if _shown(value):
            record.add_row(escape(meta.label(lang()) if meta else key), escape(_printed(meta, value)))
    out.print(record)

    journal = Table(title=t("案件日志", "Case log"))
    for head in (t("时间", "At"), t("事件", "Event"), t("经办人", "By"), t("说明", "Detail")):
        journal.add_column(head, overflow="fold")
    for entry_ in log:
        journal.add_row(
            _shown(entry_.at), entry_.label(lang()), entry_.actor or "", escape(entry_.detail_in(lang()))
        )
    out.print(journal)


def _reason(_ctx: click.Context, _param: click.Parameter, value: str) -> str:
    """A void reason is stored and printed like a form's free text: the same characters and length."""
    from ..config import settings
    from ..values import illegal_char

    limit = settings().limits.text_chars
    bad = illegal_char(value)
    if bad is not None:
        raise click.BadParameter(
            t(
                f"含有无法保存或无法照原样打印的字符 U+{ord(bad.group()):04X}",
                f"holds a character that cannot be stored or printed as typed: U+{ord(bad.group()):04X}",
            )
        )
    if len(value) > limit:
        raise click.BadParameter(t(f"太长（最多 {limit} 字）", f"too long (at most {limit} characters)"))
    return value


@register_group.command("void")
@click.argument("number", type=NUMBER)
@click.option("--reason", required=True, callback=_reason, help="why the number is void / 作废原因")
@KIND_PICK
@DB_OPTION
@USER_OPTION
@LANG_OPTION
def void_command(number: str, reason: str, kind: str | None, db: str | None, user: str | None) -> None:
    """Void a document: it keeps its number, marked void with the reason; never reused.

    \b
    Example:
      kesu register void 202609001 --reason "客户撤回，重复登记"
    """
    with open_register(db, required=True, user=user) as register, register_refusals():
        doc = register.void(number, reason, kind=kind)
    click.echo(
        t(
            f"已作废：{kind_name(doc.kind)} {doc.number}（{doc.void_reason}）",
            f"Voided: {doc.kind} {doc.number} ({doc.void_reason})",
        )
    )


@register_group.command("export")
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False, path_type=Path), required=True, help="FILE.xlsx"
)
@click.option("--as-of", "as_of", metavar="DATE", default=None, help="overdue as of this day (default today)")
@click.option(
    "--force",
    is_flag=True,
    help="replace the file at -o even when it is no register export / -o 处的文件即使不是登记簿导出也覆盖",
)
@DB_OPTION
@LANG_OPTION
def export_command(output: Path, as_of: str | None, db: str | None, force: bool) -> None:
    """Export the tracking register (客户抱怨案件登记追踪表), every document and the case log.

    One row per case (stage, due date, days taken, overdue ones highlighted, linked documents),
    frozen header and filters, printable on A4 landscape fitted to the page width.

    \b
    Example:
      kesu register export -o 登记追踪表.xlsx
    """
    from ..reports.sheetxml import paused_gc

    # one bounded read, start-up included: the collector's passes over the imported libraries'
    # objects and the rows read (none of them in a cycle) were a tenth of its time
    with paused_gc():
        _export(output, as_of, db, force)


def _export(output: Path, as_of: str | None, db: str | None, force: bool) -> None:
    import datetime as dt

    from ..reports.tracking import export, is_register_export

    if output.suffix.lower() != ".xlsx":
        raise click.BadParameter(t("导出文件须为 .xlsx", "the export must be an .xlsx file"), param_hint="-o")
    # an export run again writes over the one it wrote; never over a file of the clerk's (a
    # filled form named as -o by mistake was replaced, and lost): asked now and right before the rename
    replaceable = own_output_only(output, is_register_export, force, ("登记簿导出", "register export"))
    replaceable()
    try:
        day = dt.date.fromisoformat(as_of) if as_of else None
    except ValueError:
        raise click.BadParameter(
            t(f"日期须为 YYYY-MM-DD：{as_of}", f"use YYYY-MM-DD: {as_of}"), param_hint="--as-of"
        ) from None
    with reading_register(db) as register:
        built = register.store_stale_sheet_rows()  # after an upgrade: stored once, where it can
        if built:
            click.echo(
                t(
                    f"导出行已随程序或期限设置更新：已为 {built} 份文件重新生成并写入登记簿（仅此一次），"
                    "本次及以后的导出直接读取",
                    f"The export's rows changed with the program or the deadlines: made again and "
                    f"stored for {built} documents (once); this export and later ones read them",
                ),
                err=True,
            )
        try:
            export(register, output, as_of=day, lang=lang(), check=replaceable)
            register.keep_sheet_rows()  # the rows it made, for the next export (not on read-only media)
        except OSError as exc:  # a folder that is a file, no permission, a full disk
            fail_writing(f"无法写出 {output}", f"Cannot write {output}", exc)
        count = register.count()
        missing = register.sheet_rows_missing() if register.exported_from_records else 0
    click.echo(
        t(f"已导出登记簿：{output}（{count} 份文件）", f"Register exported: {output} ({count} documents)")
    )
    if built is None and register.exported_from_records:  # stale rows, a register it cannot write
        missing = missing if missing > 0 else count  # (-1: every row of another layout)
        click.echo(
            t(
                f"提示：{missing} 份文件的导出行已过期或尚未生成，而登记簿只读（或正被占用），无法写入："
                "本次在内存中按记录逐份导出（较慢），以后每次导出都是如此；"
                "在可写的登记簿上运行一次 kesu register export 或 kesu register check 即可存入",
                f"Note: the export's rows of {missing} documents are out of date or not made yet, and "
                "the register is read-only (or busy), so they could not be stored: this export made "
                "them in memory from the records (slowly), and each export will; run kesu register "
                "export or kesu register check once on a writable register to store them",
            ),
            err=True,
        )
    elif missing > 0:  # the first export of a big register: made from the records, slowly
        click.echo(
            t(
                f"提示：{missing} 份文件尚无导出行，本次按记录逐份导出（较慢）；"
                "运行 kesu register check 生成后，以后的导出会快得多",
                f"Note: {missing} documents have no export rows yet, so this export was made from the "
                "records (slowly); run kesu register check once to make them and later exports are fast",
            ),
            err=True,
        )


@register_group.command("unprinted")
@KIND_FILTER
@click.option(
    "-o",
    "--output",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="print them into this folder (originals, logged as printed) / 生成到此文件夹",
)
@click.option("--pdf", is_flag=True, help="with -o: PDF too (LibreOffice) / 同时生成 PDF")
@DB_OPTION
@USER_OPTION
@LANG_OPTION
def unprinted_command(
    kind: str | None, output: Path | None, pdf: bool, db: str | None, user: str | None
) -> None:
    """The documents numbered that have no document printed (已编号未生成文件); -o prints them.

    A batch cut between its numbering and its rendering (an earlier kesu stopped mid-batch, a
    render that failed, a crash) leaves numbers without documents. A number is never issued
    again and numbering has no gaps, so such a number is not taken back: print its documents
    here (the originals, not re-prints: never printed before), or void it. Void documents are
    not listed. Exit codes: 0 done; 1 some could not be printed; 2 register cannot be opened.

    \b
    Example:
      kesu register unprinted --db kesu.db
      kesu register unprinted -o 受控文件/ --pdf
    """
    from .views import register_rows

    if output is None:
        if pdf:
            raise click.UsageError(t("--pdf 须与 -o 一起使用", "--pdf needs -o"))
        with reading_register(db) as register:
            docs = register.unprinted(kind)
        if not docs:
            click.echo(t("没有已编号但未生成文件的表单。", "No numbered document is without its documents."))
            return
        keys = ["number", "kind", "status", "revision", "issued_at", "source"]
        headings = {
            "number": t("编号", "Number"),
            "kind": t("种类", "Kind"),
            "status": t("状态", "Status"),
            "revision": t("版次", "Rev."),
            "issued_at": t("编号时间", "Numbered at"),
            "source": t("来源文件", "Source"),
        }
        rows = [
            {
                "number": doc.number,
                "kind": doc.kind,
                "status": doc.status_label(lang()),
                "revision": str(doc.revision),
                "issued_at": _shown(doc.issued_at),
                "source": one_line(Path(doc.source).name) if doc.source else "",
            }
            for doc in docs
        ]
        title = t(
            f"已编号但未生成文件的表单（{len(docs)} 份）：kesu register unprinted -o 文件夹 生成",
            f"Numbered without their documents ({counted(len(docs), '', 'document')}): "
            "kesu register unprinted -o FOLDER prints them",
        )
        register_rows(title, keys, headings, rows, screen(), no_wrap=set(keys) - {"source"})
        return
    import sys

    from ..filing import print_unprinted
    from ..render import PdfError
    from .common import EXIT_FATAL, EXIT_INVALID, made_output_folder

    with (
        made_output_folder(output),  # a register that cannot be opened leaves no empty folder
        open_register(db, required=True, user=user) as register,
        register_refusals(register.address),
    ):
        try:
            filed = print_unprinted(register, output, kind=kind, pdf=pdf)
        except PdfError as exc:
            click.echo(exc.message(lang()), err=True)
            sys.exit(EXIT_FATAL)
    if not filed:
        click.echo(t("没有已编号但未生成文件的表单。", "No numbered document is without its documents."))
        return
    for item in filed:
        if item.ok:
            made = item.pdf or item.output
            click.echo(t(f"已生成 {item.number}：{made}", f"Printed {item.number}: {made}"))
        else:
            reason = item.problems[0].message(lang()) if item.problems else ""
            click.echo(
                t(f"未能生成 {item.number}：{reason}", f"Not printed {item.number}: {reason}"), err=True
            )
    if not all(item.ok for item in filed):
        sys.exit(EXIT_INVALID)


@register_group.command("check")
@DB_OPTION
@click.option(
    "--folder",
    "-o",
    "folders",
    multiple=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="an output folder to look through for files the register has no record of (repeatable) / 检查的输出文件夹",
)
@LANG_OPTION
def check_command(db: str | None, folders: tuple[Path, ...]) -> None:
    """Check the whole register file for damage (SQLite's quick_check; a server checks its own).

    Opening the register to write (kesu render, void) checks it; reading commands (list,
    show, export, reports) do not — on 100,000 documents the check reads the whole file — and
    refuse a damaged page when they meet it. Run this after a crash, a copy or a restore.
    It also stores the export's rows of documents that lack them (filed or changed since the
    last export, or before the deadlines changed), so that `kesu register export` reads them.
    With --folder (-o), each output folder and its subfolders (three levels: an archive by
    month) is looked through by name (no file opened) for documents' files the register has
    no record of — their number, or their revision: a register put back from a backup older
    than them, or another register's files.
    Exit 0: sound; 2: damaged, with how to restore it from a backup, or files in a folder
    the register has no record of.

    \b
    Example:
      kesu register check --db kesu.db
      kesu register check --db kesu.db --folder out
    """
    with reading_register(db) as register:
        register.check()
        count = register.count()
        stale = register.sheet_rows_missing()
        unknown = [register.files_unknown(folder) for folder in folders]
    click.echo(
        t(
            f"登记簿完好：{register.address}（{count} 份文件）",
            f"The register is sound: {register.address} ({count} documents)",
        )
    )
    _store_stale_rows(db, stale)
    if [found for found in unknown if _said_unknown(found)]:  # (each folder said)
        import sys

        from .common import EXIT_FATAL

        sys.exit(EXIT_FATAL)


_SHOWN = 20  # the files named of each kind of finding (the count says how many there are)


def _said_unknown(found: Any) -> bool:
    """Say what ``kesu register check --folder`` found in one folder (:class:`.folder_ahead.Unknown`);
    whether the register lacks a record of any file in it."""
    if not found.numbers and not found.revisions:
        click.echo(
            t(
                f"输出文件夹 {found.folder}：{found.files} 个文件均有登记记录。",
                f"The output folder {found.folder}: the register has a record of each of its {found.files} documents' files.",
            )
        )
        return False
    for paths, zh, en in (
        (found.numbers, "个文件的编号登记簿中没有记录", "file(s) numbered as no document of the register's"),
        (
            found.revisions,
            "个文件的修订版本在登记簿最新修订之后",
            "file(s) of a revision past the register's latest",
        ),
    ):
        if paths:
            more = (
                t(f"（另有 {len(paths) - _SHOWN} 个）", f" (and {len(paths) - _SHOWN} more)")
                if len(paths) > _SHOWN
                else ""
            )
            click.echo(
                t(
                    f"输出文件夹 {found.folder} 中有 {len(paths)} {zh}：",
                    f"The output folder {found.folder} holds {len(paths)} {en}:",
                ),
                err=True,
            )
            for path in paths[:_SHOWN]:
                click.echo(f"  {path}", err=True)
            if more:
                click.echo(f"  {more.strip()}", err=True)
    click.echo(
        t(
            "登记簿可能丢失了最近的记录（从较早的备份恢复，或复制时漏了 -wal 文件），编号前请先找回；"
            "找不到时，把这些文件的原始表单带着各自的编号用 kesu render 归档到一个新的空输出文件夹。"
            "若这些文件是另一个登记簿写的，请把它们移到那个登记簿的输出文件夹。",
            "The register may have lost its latest records (put back from an older backup, or copied "
            "without its -wal file): bring them back before numbering; failing that, file those "
            "documents' forms again, each with its number, with kesu render into a new, empty output "
            "folder. Files another register wrote belong in that register's own folder.",
        ),
        err=True,
    )
    return True


def _store_stale_rows(db: str | None, stale: int) -> None:
    """The export's rows of the documents that lack them, made and stored now where the
    register can be written (``kesu register check``)."""
    if not stale:  # rows not made yet, or under other deadlines: made and stored now where it can write
        return
    from ..register import RegisterError

    try:
        with _register(db) as writable:
            built = writable.build_sheet_rows()
    except RegisterError:
        click.echo(
            t(
                "导出行未能写出（登记簿只读）：kesu register export 将逐份生成各行（较慢）。",
                "The export's rows could not be written (read-only register): "
                "kesu register export will make each row from its record (slower).",
            )
        )
        return
    click.echo(
        t(
            f"已写出 {built} 份文件的导出行：kesu register export 将直接读取。",
            f"The export's rows of {built} documents written: kesu register export reads them as they are.",
        )
    )


_TABLE_LABELS = {"events": ("案件日志", "case log lines"), "counters": ("编号计数器", "number counters")}


@register_group.command("copy")
@click.option(
    "--to",
    "target",
    required=True,
    metavar="URL",
    help="the empty register to fill: postgresql://user:pass@host/db or a new .db file / 目标登记簿（须为空）",
)
@DB_OPTION
@LANG_OPTION
def transfer_command(target: str, db: str | None) -> None:
    """Copy the whole register into an empty one: from kesu.db to a PostgreSQL server.

    Documents (status, void reasons, re-prints, issue times, records), number counters and
    the case log are copied in one transaction; numbering continues in the target with no
    gap and no reuse. The source (--db) is only read. A target that already holds documents
    is refused (exit 2). Stop issuing numbers while it runs; afterwards set KESU_DB to the
    target for every clerk.

    \b
    Example:
      kesu register copy --db kesu.db --to postgresql://clerk:secret@server/kesu
    """
    with reading_register(db) as register:
        summary = register.transfer_to(target)
    _print_transfer(summary)


def _print_transfer(summary: TransferSummary) -> None:
    from .. import forms

    click.echo(
        t(
            f"已复制登记簿：{summary.source} → {summary.target}",
            f"Register copied: {summary.source} → {summary.target}",
        )
    )

    for kind, count in summary.documents.items():
        try:
            spec = forms.get(kind)
            title = t(f"{spec.title_zh}（{kind}）", f"{spec.title_en} ({kind})")
        except forms.UnknownKind:
            title = kind
        void = summary.tally.void.get(kind, 0)
        click.echo(
            t(
                f"  {title}：{count} 份" + (f"（作废 {void} 份）" if void else ""),
                f"  {title}: {counted(count, '', 'document')}" + (f" ({void} void)" if void else ""),
            )
        )
    # the case log before the counters, then any table a later migration adds
    others = [table for table in _TABLE_LABELS if table in summary.rows]
    others += sorted(table for table in summary.rows if table not in _TABLE_LABELS and table != "documents")
    for table in others:
        zh, en = _TABLE_LABELS.get(table, (table, table))
        click.echo(t(f"  {zh}：{summary.rows[table]}", f"  {en}: {summary.rows[table]}"))
    total = summary.rows.get("documents", 0)
    click.echo(
        t(
            f"已核对：目标与来源的文件（{total} 份）、日志和计数器数目一致。",
            f"Checked: the target holds as many documents ({total}), log lines and counters as the source.",
        )
    )
    password = "://" in summary.target
    click.echo(
        t(
            f"下一步：每位文员把 KESU_DB 设为 {summary.target}"
            + ("（含密码）" if password else "")
            + "；来源登记簿未改动，请不要再在其中编号。",
            f"Next: set KESU_DB={summary.target}"
            + (" (with its password)" if password else "")
            + " for every clerk; the source is unchanged: issue no more numbers there.",
        )
    )


COMMANDS = (register_group,)
