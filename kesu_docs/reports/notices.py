"""Documents the reports issue themselves (reminders, follow-up inquiries, penalty notices).

They are controlled documents like the clerks' forms: numbered in the register under their own
series, rendered with every copy from their own template, and noted in the case's log. Issuing
the same notice again (same case, same day for a reminder) finds its number and re-prints it
(补印): a notice is never numbered twice.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..forms import Form
from ..problems import KesuError

if TYPE_CHECKING:
    from ..register import Register
    from ..register.folder_ahead import Listing

# this module's codes in the message catalogue (problems.py reads them on first look-up)
MESSAGES: dict[str, tuple[str, str]] = {
    "case_not_found": ("登记簿中没有客诉 {number}", "Complaint {number} is not in the register"),
    "case_void": (
        "客诉 {number} 已作废，不能开立{document}",
        "Complaint {number} is void: no {document}",
    ),
    "case_not_closed": (
        "客诉 {number} 尚未结案，结案后才能开立奖罚通知单",
        "Complaint {number} is not closed yet: a penalty notice follows closure",
    ),
    "no_penalty_called_for": (
        "客诉 {number} 未记录行政处分（责任代码：{responsibility}），无须奖罚通知单",
        "Complaint {number} records no penalty (responsibility code: {responsibility}): no penalty notice",
    ),
    "bad_month": ("月份须为 YYYY-MM，例如 2026-09：{value}", "Use YYYY-MM, e.g. 2026-09: {value}"),
    "browser_missing": (
        "生成 PDF 需要 Chromium（或 Chrome、Edge）浏览器：请安装 chromium，或以 KESU_BROWSER 指定其路径",
        "A PDF needs Chromium (or Chrome, Edge): install chromium, or name it in KESU_BROWSER",
    ),
    "browser_failed": ("浏览器未能生成 PDF：{reason}", "The browser did not make the PDF: {reason}"),
}


class ReportError(KesuError):
    """A report or notice cannot be made as asked; ``code`` is stable, ``message(lang)`` for people."""


@dataclass
class Notice:
    """One notice issued (or found again and re-printed) for a case."""

    kind: str
    number: str
    case_number: str
    addressed_to: str
    output: Path
    reprint: bool  # True: it was issued before; this run printed it again (补印)


def issue(
    register: Register,
    record: Form,
    *,
    key: str,
    source: str,
    case_number: str,
    addressed_to: str,
    outdir: Path,
    event: str,
    listed: Listing | None = None,
) -> Notice:
    """Number ``record`` (``key`` names it for good: the same key finds the same number) and render it.

    A new notice is rendered and noted in the case's log as ``event``; one issued before is
    re-printed, marked 补印 with its original issue date — unless its original was never written
    (the run that numbered it failed to): then this is the original.

    ``listed``: ``outdir``'s files (:func:`~kesu_docs.register.folder_ahead.listing`, once for a
    run's notices): a file there the register has no record of, numbered at or past the
    notice's new number, refuses it (``register_behind_folder``), nothing numbered.
    """
    from ..filing import output_name, reprint
    from ..leftovers import write_file
    from ..register.folder_ahead import listing
    from ..render import Renderer

    doc = register.issue(record, source_hash=key, source=source, folder=listed or listing(outdir))
    kind = record.spec.kind
    # numbered by a run that could not write it (a read-only folder, a full disk, a kill): never
    # printed, so this is its original, not a re-print of a notice nobody holds
    if doc.created or not any(p.mark == "original" for p in register.printed(doc.number, kind)):
        record.number = doc.number
        data = Renderer(settings=register.settings).render(
            record, number=doc.number, status="issued", issued_date=doc.issued_at.date()
        )
        output = write_file(outdir / output_name(kind, doc.number), data)
        register.log_print(
            doc.number,
            kind,
            revision=doc.revision,
            mark="original",
            copies=f"1-{len(record.spec.copies)}",
            output=str(output),
            file_hash=hashlib.sha256(data).hexdigest(),
        )
        register.log(case_number, event, f"{doc.number} → {addressed_to}", kind="complaint")
        return Notice(kind, doc.number, case_number, addressed_to, output, reprint=False)
    again = reprint(register, doc.number, outdir, kind=kind)
    if not again.ok or again.output is None:
        raise ReportError("render_failed", reason=again.problems[0].message() if again.problems else "")
    return Notice(kind, doc.number, case_number, addressed_to, again.output, reprint=True)
