"""``kesu register list | show NO | void NO --reason TEXT | export -o FILE.xlsx | copy --to URL``.

Exit codes: 0 done; 1 the number is not in the register (or is already void): the register
was read and the command understood, there was just nothing to do — like grep's "not found";
2 the register cannot be opened (missing file, unreachable server), a usage error such as
a number shared by two kinds without ``--kind``, or a copy refused (the target is not empty).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from .. import forms
from .common import LANG_OPTION, console, lang, t
from .options import DB_OPTION, open_register, register_refusals

_KINDS = click.Choice(forms.kinds())  # every form module found
KIND_FILTER = click.option("--kind", type=_KINDS, default=None, help="only this form kind / 只列此种文件")
KIND_PICK = click.option(
    "--kind",
    type=_KINDS,
    default=None,
    help="the kind, when a complaint and its 8D share the number / 编号重复时指定种类",
)
_LIST_COLUMNS = ("number", "kind", "status", "document_date", "customer", "reprints", "void_reason", "source")
_NO_WRAP = {"number", "kind", "status", "document_date", "reprints"}


def _register(db: str | None):
    """These commands only read or mark what exists: a missing register is an error."""
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
    return text(value, meta)


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
    "--period", metavar="YYYYMM", callback=_period, help="only this period, e.g. 202609 / 只列此期间"
)
@click.option(
    "--status",
    type=click.Choice(["issued", "void", "re-printed"]),
    default=None,
    help="only this status / 只列此状态",
)
@DB_OPTION
@LANG_OPTION
def list_command(kind: str | None, period: str | None, status: str | None, db: str | None) -> None:
    """List the registered documents in number order.

    \b
    Example:
      kesu register list --kind complaint --period 202609 --db kesu.db
    """
    from rich.table import Table

    from ..register import COLUMNS
    from ..register.export import cell

    headings = {key: (zh, en) for key, zh, en in COLUMNS}
    with _register(db) as register, register_refusals():
        docs = register.documents(kind=kind, period=period, status=status)
    table = Table(title=t(f"登记簿（{len(docs)} 份）", f"Register ({len(docs)} documents)"))
    rows = []
    for doc in docs:
        values = {key: _shown(cell(doc, key, lang())) for key in _LIST_COLUMNS}
        values["source"] = Path(doc.source).name if doc.source else ""  # `show` gives the full path
        values["reprints"] = values["reprints"] if doc.reprints else ""
        rows.append(values)
    # a column nobody has a value in (no re-prints, nothing void) only takes room
    keys = [k for k in _LIST_COLUMNS if k in ("number", "kind", "status") or any(r[k] for r in rows)]
    for key in keys:
        table.add_column(t(*headings[key]), no_wrap=key in _NO_WRAP, overflow="fold")
    for values in rows:
        table.add_row(*(values[k] for k in keys))
    out = console()
    if not out.is_terminal:  # piped into a file: one document per line, as a clerk greps it
        out.width = max(out.width, 200)
    out.print(table)


@register_group.command("show")
@click.argument("number")
@KIND_PICK
@DB_OPTION
@LANG_OPTION
def show_command(number: str, kind: str | None, db: str | None) -> None:
    """Show one document: its register entry, its record and its case log.

    \b
    Example:
      kesu register show 202609001
    """
    with _register(db) as register, register_refusals():
        # a complaint and its 8D may share a number: without --kind, show every one of them
        docs = register.documents(kind=kind, number=number) or [register.get(number, kind=kind)]
        logs = [register.events(doc.number, kind=doc.kind) for doc in docs]
    for doc, log in zip(docs, logs):
        _show_document(doc, log)


def _show_document(doc: Any, log: list[Any]) -> None:
    from rich.table import Table

    from .. import forms
    from ..register import COLUMNS
    from ..register.export import cell

    out = console()
    entry = Table(title=t(f"编号 {doc.number}", f"Number {doc.number}"), show_header=False)
    entry.add_column(style="bold")
    entry.add_column()
    for key, zh, en in COLUMNS:
        value = _shown(cell(doc, key, lang()))
        if value and key != "number":
            entry.add_row(t(zh, en), value)
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
            record.add_row(meta.label(lang()) if meta else key, _printed(meta, value))
    out.print(record)

    journal = Table(title=t("案件日志", "Case log"))
    for head in (t("时间", "At"), t("事件", "Event"), t("说明", "Detail")):
        journal.add_column(head)
    for entry_ in log:
        journal.add_row(_shown(entry_.at), entry_.label(lang()), entry_.detail)
    out.print(journal)


@register_group.command("void")
@click.argument("number")
@click.option("--reason", required=True, help="why the number is void / 作废原因")
@KIND_PICK
@DB_OPTION
@LANG_OPTION
def void_command(number: str, reason: str, kind: str | None, db: str | None) -> None:
    """Void a document: it keeps its number, marked void with the reason; never reused.

    \b
    Example:
      kesu register void 202609001 --reason "客户撤回，重复登记"
    """
    with _register(db) as register, register_refusals():
        doc = register.void(number, reason, kind=kind)
    click.echo(
        t(
            f"已作废：{doc.kind} {doc.number}（{doc.void_reason}）",
            f"Voided: {doc.kind} {doc.number} ({doc.void_reason})",
        )
    )


@register_group.command("export")
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False, path_type=Path), required=True, help="FILE.xlsx"
)
@click.option("--as-of", "as_of", metavar="DATE", default=None, help="overdue as of this day (default today)")
@DB_OPTION
@LANG_OPTION
def export_command(output: Path, as_of: str | None, db: str | None) -> None:
    """Export the tracking register (客户抱怨案件登记追踪表), every document and the case log.

    One row per case (stage, due date, days taken, overdue ones highlighted, linked documents),
    frozen header and filters, printable on A4 landscape fitted to the page width.

    \b
    Example:
      kesu register export -o 登记追踪表.xlsx
    """
    import datetime as dt

    from ..reports.tracking import export

    if output.suffix.lower() != ".xlsx":
        raise click.BadParameter(t("导出文件须为 .xlsx", "the export must be an .xlsx file"), param_hint="-o")
    try:
        day = dt.date.fromisoformat(as_of) if as_of else None
    except ValueError:
        raise click.BadParameter(
            t(f"日期须为 YYYY-MM-DD：{as_of}", f"use YYYY-MM-DD: {as_of}"), param_hint="--as-of"
        ) from None
    with _register(db) as register, register_refusals():
        export(register, output, as_of=day, lang=lang())
        count = len(register.documents())
    click.echo(
        t(f"已导出登记簿：{output}（{count} 份文件）", f"Register exported: {output} ({count} documents)")
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
def copy_command(target: str, db: str | None) -> None:
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
    with _register(db) as register, register_refusals():
        summary = register.copy_to(target)
    _print_copy(summary)


def _print_copy(summary: Any) -> None:
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
                f"  {title}: {count} documents" + (f" ({void} void)" if void else ""),
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
