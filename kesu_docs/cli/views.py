"""What ``validate``, ``render`` and ``register list`` print: a table when wide, blocks when narrow.

Each view takes what the command computed and a console from :func:`layout.screen`; none
changes what a command does. See :mod:`kesu_docs.cli.layout` for the width rules.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rich.console import Console
from rich.text import Text

from .common import lang, t
from .fixed_table import drawn
from .layout import block, count, joined, kind_name, narrow
from .plain_table import PlainTable as Table
from .plain_table import name_text, one_line


def _verdict(result: Any) -> Text:
    if result.fatal:
        return Text(t("无法读取", "unreadable"), style="red")
    if result.valid:
        return Text(t("通过", "valid"), style="green")
    return Text(t("不通过", "invalid"), style="red")


def where(problem: Any, code: str) -> str:
    """``客户抱怨处理单!F23 · 责任代码``; a PDF's location names its label already (``p1 · 责任代码``)."""
    label = problem.label_in(code)
    location = problem.location or ""
    return location if label and location.endswith(label) else joined(location, label).plain


def _message(problem: Any, code: str) -> Text:
    text = Text()
    if problem.severity != "error":
        text.append(t("警告 ", "warning: "), style="yellow")
    text.append(one_line(problem.message(code)))  # (a file's name quoted in it: no escape obeyed)
    return text


# --------------------------------------------------------------------------------------- validate
def findings(results: Sequence[Any], out: Console) -> None:
    """``kesu validate``: every document's verdict and each finding's location, field, message."""
    code = lang()
    if narrow(out):
        for i, r in enumerate(results):
            if i:
                out.print("")
            problems = r.errors + r.warnings
            heading = joined(name_text(r.source, style="bold"), kind_name(r.kind), _verdict(r), sep="  ")
            lines: list[tuple[Text | str, int]] = []
            for p in problems:
                lines.append((where(p, code), 2))
                lines.append((_message(p, code), 4))
            block(out, heading, lines)
    else:
        table = Table(show_lines=False)
        table.add_column(t("文件", "File"), overflow="fold", max_width=max(28, out.width // 5))
        table.add_column(t("表单", "Kind"), no_wrap=True)
        table.add_column(t("结果", "Result"), no_wrap=True)
        table.add_column(t("位置", "Cell"), overflow="fold", max_width=24)
        table.add_column(t("栏位", "Field"), overflow="fold", max_width=24)
        table.add_column(t("说明", "Message"), overflow="fold", ratio=1)
        for r in results:
            problems = r.errors + r.warnings
            first = (name_text(r.source), kind_name(r.kind), _verdict(r))
            if not problems:
                table.add_row(*first, "", "", "")
            for i, p in enumerate(problems):
                table.add_row(
                    *(first if i == 0 else ("", "", "")), p.location, p.label_in(code), _message(p, code)
                )
        out.print(table)
    valid = sum(r.valid for r in results)
    out.print(
        t(
            f"共 {len(results)} 份：通过 {valid}，不通过 {len(results) - valid}",
            f"{count(len(results), '', 'document')}: {valid} valid, {len(results) - valid} not",
        )
    )


# ----------------------------------------------------------------------------------------- render
_OUTCOMES = {
    "rendered": ("已生成", "rendered"),
    "invalid": ("不通过，未生成", "invalid, skipped"),
    "unreadable": ("无法读取", "unreadable"),
    "refused": ("编号冲突", "number refused"),
    "failed": ("生成失败", "failed"),
}


def _status(item: Any) -> Text:
    status = Text(t(*_OUTCOMES[item.outcome]), style="green" if item.ok else "red")
    if item.ok:
        status.append(_status_note(item))
    return status


def _status_note(item: Any) -> str:
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


def _warnings(item: Any) -> list[Any]:
    """What the clerk should still look at in a rendered document: validate's warnings (a case
    closed late, an 8D containment past 24 hours…)."""
    if not item.ok:
        return []
    found = list(item.parse.warnings) if item.parse is not None else []
    return found + list(getattr(item, "notes", []))  # and what the register did (revision, same case…)


def _first_problem(item: Any, code: str) -> tuple[str, Text]:
    first = item.problems[0] if item.problems else None
    if first is None:
        return "", Text("")
    message = Text(one_line(first.message(code)))
    if len(item.problems) > 1:
        message.append(t(f"（共 {len(item.problems)} 项）", f" ({len(item.problems)} in all)"))
    return where(first, code), message


def filed_summary(
    filed: Sequence[Any], out: Console, *, rendered_only: bool = False, max_ok: int = 20
) -> None:
    """``kesu render``: per input its number, status and output, or why it was not rendered.

    Of a batch of thousands, every problem and warning is shown and the first ``max_ok``
    documents rendered without remark; the rest are counted.
    """
    code = lang()
    shown = []
    quiet_ok = 0
    for item in filed:
        if item.ok and not _warnings(item):
            quiet_ok += 1
            if quiet_ok > max_ok:
                continue
        elif not item.ok and rendered_only:
            continue
        shown.append(item)
    more = quiet_ok - max_ok
    if narrow(out):
        for i, item in enumerate(shown):
            if i:
                out.print("")
            lines: list[tuple[Text | str, int]] = [
                (joined(kind_name(item.kind), item.number or "", _status(item)), 2)
            ]
            if item.ok:
                lines.append(("→ " + one_line(_output(item)), 2))
                for w in _warnings(item):
                    lines.append((where(w, code), 2))
                    lines.append((_message(w, code), 4))
            else:
                place, message = _first_problem(item, code)
                if place:
                    lines.append((place, 2))
                lines.append((message, 4))
            block(out, name_text(item.source, style="bold"), lines)
        if more > 0:
            out.print(t(f"……另有 {more} 份已生成", f"… {more} more rendered"))
    else:
        table = Table(title=t("生成结果", "Rendered documents"))
        table.add_column(t("文件", "File"), overflow="fold", max_width=max(32, out.width // 3))
        table.add_column(t("表单", "Kind"), no_wrap=True)
        table.add_column(t("编号", "Number"), no_wrap=True)
        table.add_column(t("状态", "Status"), no_wrap=True)
        table.add_column(t("输出", "Output"), overflow="fold", ratio=1)
        for item in shown:
            if item.ok:
                cell = name_text(_output(item))
                for w in _warnings(item):
                    cell.append("\n")
                    cell.append_text(joined(w.location, _message(w, code), sep=" "))
            else:
                place, message = _first_problem(item, code)
                cell = joined(place, message, sep="\n")
            table.add_row(
                name_text(item.source), kind_name(item.kind), item.number or "", _status(item), cell
            )
        if more > 0:
            table.add_row("…", "", "", t(f"另有 {more} 份已生成", f"{more} more rendered"), "")
        out.print(table)
    done = sum(f.ok for f in filed)
    out.print(
        t(
            f"共 {len(filed)} 份：生成 {done}，未生成 {len(filed) - done}",
            f"{count(len(filed), '', 'document')}: {done} rendered, {len(filed) - done} not",
        )
    )


def _output(item: Any) -> str:
    return str(item.pdf or item.output or "")


# -------------------------------------------------------------------------------- register list
_HEADLINE = ("number", "kind", "status", "document_date")  # a block's first line, when present


def register_rows(
    title: str,
    keys: Sequence[str],
    headings: dict[str, str],
    rows: Sequence[dict],
    out: Console,
    *,
    no_wrap: frozenset[str] | set[str] = frozenset(),
) -> None:
    """``kesu register list``: one row per document when wide, one block per document when narrow.

    ``rows`` hold the shown text of each column key; ``kind`` is shown by its name.
    """
    rows = [r | {"kind": kind_name(r.get("kind"))} if "kind" in r else r for r in rows]
    if narrow(out):
        out.print(Text(title, style="bold"))
        head = [k for k in _HEADLINE if k in keys]
        for values in rows:
            lines = [
                (joined(headings[k], values[k], sep="："), 2) for k in keys if k not in head and values.get(k)
            ]
            block(out, joined(*(values[k] for k in head), sep="  "), lines)
        return
    if drawn(out, title, [headings[k] for k in keys], [[values[k] for k in keys] for values in rows]):
        return  # (its lines written without rich's layout: a file, a pipe; fixed_table.drawn says when)
    table = Table(title=title)
    for key in keys:
        table.add_column(headings[key], no_wrap=key in no_wrap, overflow="fold")
    for values in rows:
        table.add_row(*(values[k] for k in keys))
    out.print(table)
