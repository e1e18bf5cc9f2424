"""File a batch: parse every input, number the valid ones in the register, render their copies.

This is what ``kesu render`` and ``kesu demo`` run. Invalid inputs are skipped and reported;
the valid ones are still numbered and rendered. A rerun of the same sources returns the same
numbers and byte-identical documents. A number is issued in the same transaction as the
document's row, so a crash mid-batch leaves no gap and no number issued twice; a document
file is written under a temporary name and renamed when complete.

>>> from kesu_docs.batch import render_paths            # doctest: +SKIP
>>> from kesu_docs.register import Register
>>> with Register.open("kesu.db") as reg:
...     filed = render_paths(["samples/"], "out/", register=reg)
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from .config import Settings
from .config import settings as current_settings
from .parse import ParseResult, check_results, read_paths
from .problems import Problem

Outcome = Literal["rendered", "invalid", "unreadable", "refused", "failed"]


@dataclass
class Filed:
    """What happened to one input document."""

    source: str
    kind: str | None
    outcome: Outcome
    number: str | None = None
    output: Path | None = None
    pdf: Path | None = None
    status: str = ""  # the register's status: issued, void, re-printed
    created: bool = False  # a new number (False: a rerun found its number)
    parse: ParseResult | None = None
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.outcome == "rendered"


@dataclass(frozen=True)
class _Job:
    kind: str
    record: Any  # the validated Form (pydantic models pickle, for --jobs)
    number: str
    status: str
    issued_date: dt.date
    void_reason: str | None
    output: Path


def output_name(kind: str, number: str) -> str:
    """``complaint-202609001.docx``: documents are named after their kind and number (a number
    that arrived with a character Windows forbids in names, ``2026/09:001``, gets ``_`` for it)."""
    return safe_name(f"{kind}-{number}") + ".docx"


def _render_jobs(jobs: Sequence[_Job], template_dir: str | None) -> list[str | None]:
    """Render in this process; returns an error text per job (None when written)."""
    renderer = _renderer(template_dir)
    errors: list[str | None] = []
    for job in jobs:
        try:
            renderer.render_to(
                job.output,
                job.record,
                number=job.number,
                status=job.status,
                issued_date=job.issued_date,
                void_reason=job.void_reason,
            )
            errors.append(None)
        except Exception as exc:  # one document's failure must not stop the batch
            errors.append(f"{type(exc).__name__}: {exc}")
    return errors


_RENDERERS: dict[str | None, Any] = {}


def _renderer(template_dir: str | None):
    from .render import Renderer, default_template_dir

    key = template_dir or str(default_template_dir())  # $KESU_TEMPLATES as it is now
    if key not in _RENDERERS:  # templates are compiled once per process
        _RENDERERS[key] = Renderer(template_dir=key)
    return _RENDERERS[key]


def _process_context():
    """``spawn`` everywhere: the only start method Windows has, so what runs here runs on a
    clerk's PC; and no fork of a process that holds threads (the progress bar, the register)."""
    import multiprocessing

    return multiprocessing.get_context("spawn")


_FORBIDDEN = re.compile(r'[\\/:*?"<>|\x00-\x1f]')  # what Windows refuses in a file name


def safe_name(text: str) -> str:
    """``text`` fit to be a file name on Windows too: each forbidden character becomes ``_``."""
    return _FORBIDDEN.sub("_", text).rstrip(" .") or "_"


def _chunks(items: Sequence[_Job], n: int) -> list[Sequence[_Job]]:
    size = max(1, -(-len(items) // n))
    return [items[i : i + size] for i in range(0, len(items), size)]


def render_paths(
    paths: Iterable[str | Path],
    outdir: str | Path,
    *,
    register: Any,
    kind: str | None = None,
    pdf: bool = False,
    jobs: int = 1,
    template_dir: str | Path | None = None,
    settings: Settings | None = None,
    progress: Callable[[str, int, int], None] | None = None,
) -> list[Filed]:
    """Parse, validate, number and render every document under ``paths`` into ``outdir``.

    ``progress(stage, done, total)`` is called as documents pass each stage
    (``parse``, ``number``, ``render``, ``pdf``).
    """
    settings = settings or current_settings()
    if pdf:
        _office_or_fail()
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    report = progress or (lambda *_: None)

    results = read_paths(_inputs(paths, outdir), kind=kind)
    report("parse", len(results), len(results))
    order = {r.source: i for i, r in enumerate(results)}
    # documents that reference complaints (8D, return, allowance) are checked once the
    # complaints of this same batch have their numbers: complaints first, then the rest
    complaints = [r for r in results if r.kind in (None, "complaint") or r.fatal]
    others = [r for r in results if not (r.kind in (None, "complaint") or r.fatal)]
    filed, pending = [], []
    for group in (complaints, others):
        checked = check_results(group, register=register, settings=settings)
        more, more_pending = _number(checked, register, outdir, report)
        filed += more
        pending += more_pending
    filed.sort(key=lambda f: order.get(f.source, len(order)))

    # two sources of one document (its Excel and JSON copy) share a number: render it once
    unique: dict[Path, tuple[Filed, _Job]] = {}
    for item, job in pending:
        unique.setdefault(job.output, (item, job))
    pending = list(unique.values())
    _run(pending, jobs, str(template_dir) if template_dir else None, report)
    if pdf:
        _convert([item for item, _ in pending], outdir, report)
    for item in filed:  # the second source of a document shares its outcome
        if item.outcome == "rendered" and item.output in unique:
            first = unique[item.output][0]
            item.outcome, item.pdf, item.problems = first.outcome, first.pdf, first.problems
            if first.output is None:
                item.output = None
    return filed


def _inputs(paths: Iterable[str | Path], outdir: Path) -> list[Path]:
    """The files to file. ``kesu render . -o 受控文件`` walks into its own output folder: the
    documents there are ours, not forms to file, unless that folder is the one given."""
    from .parse import expand

    out = outdir.resolve()
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        walked = path.is_dir() and not path.resolve().is_relative_to(out)
        files += [f for f in expand([path]) if not (walked and f.resolve().is_relative_to(out))]
    return files


def _office_or_fail() -> None:
    """PDFs asked for where LibreOffice is missing: say so before a number is issued or counted."""
    from .render import PdfError, soffice

    if soffice() is None:
        raise PdfError("office_missing")


def _number(
    results: list[ParseResult], register: Any, outdir: Path, report: Callable[[str, int, int], None]
) -> tuple[list[Filed], list[tuple[Filed, _Job]]]:
    """Number the valid results in one transaction; the render jobs for those numbered."""
    filed: list[Filed] = []
    pending: list[tuple[Filed, _Job]] = []
    valid = [r for r in results if r.valid]
    # one transaction for the batch: numbers are taken together or not at all
    issued_all = register.issue_many([(r.record, r.source_hash, r.source) for r in valid]) if valid else []
    issued_by_source = {r.source: outcome for r, outcome in zip(valid, issued_all)}
    for i, result in enumerate(results):
        if not result.valid:
            outcome: Outcome = "unreadable" if result.fatal else "invalid"
            filed.append(Filed(result.source, result.kind, outcome, parse=result, problems=result.errors))
            continue
        issued = issued_by_source[result.source]
        if isinstance(issued, Exception):
            problem = Problem(issued.code, "number", params=issued.params)
            filed.append(Filed(result.source, result.kind, "refused", parse=result, problems=[problem]))
            continue
        result.record.number = issued.number
        item = Filed(
            result.source,
            result.kind,
            "rendered",
            issued.number,
            outdir / output_name(result.kind, issued.number),
            status=issued.status,
            created=issued.created,
            parse=result,
        )
        status = "void" if issued.status == "void" else "issued"
        pending.append(
            (
                item,
                _Job(
                    result.kind,
                    result.record,
                    issued.number,
                    status,
                    issued.issued_at.date(),
                    issued.void_reason,
                    item.output,
                ),
            )
        )
        filed.append(item)
        report("number", i + 1, len(results))
    return filed, pending


def reprint(
    register: Any,
    number: str,
    outdir: str | Path,
    *,
    kind: str | None = None,
    pdf: bool = False,
    template_dir: str | Path | None = None,
) -> Filed:
    """Re-print a registered document: same number, marked 补印 with its original issue date."""
    from . import forms
    from .render.renderer import write_file

    if pdf:
        _office_or_fail()
    doc = register.get(number, kind=kind)
    spec = forms.get(doc.kind)
    record = spec.model.model_validate(doc.record)
    status = "void" if doc.status == "void" else "reprint"
    try:
        data = _renderer(str(template_dir) if template_dir else None).render(
            record, number=doc.number, status=status, issued_date=doc.issued_date, void_reason=doc.void_reason
        )
    except Exception as exc:  # no copy made: nothing to count
        return Filed(
            doc.source or "",
            doc.kind,
            "failed",
            doc.number,
            status=doc.status,
            problems=[Problem("render_failed", params={"reason": f"{type(exc).__name__}: {exc}"})],
        )
    doc = register.reprint(doc.number, kind=doc.kind)  # counted once its copy exists
    output = Path(outdir) / output_name(doc.kind, doc.number).replace(".docx", f"-补印{doc.reprints}.docx")
    write_file(output, data)
    item = Filed(doc.source or "", doc.kind, "rendered", doc.number, output, status=doc.status)
    if pdf:
        _convert([item], Path(outdir), lambda *_: None)
    return item


def _run(
    pending: list[tuple[Filed, _Job]],
    jobs: int,
    template_dir: str | None,
    report: Callable[[str, int, int], None],
) -> None:
    total = len(pending)
    work = [job for _, job in pending]
    if jobs <= 1 or total < 2 * jobs:
        errors = []
        for start in range(0, total, 50):
            errors += _render_jobs(work[start : start + 50], template_dir)
            report("render", len(errors), total)
    else:
        errors = []
        with ProcessPoolExecutor(max_workers=jobs, mp_context=_process_context()) as pool:
            for chunk_errors in pool.map(_render_jobs, _chunks(work, jobs * 4), [template_dir] * (jobs * 4)):
                errors += chunk_errors
                report("render", len(errors), total)
    for (item, _), err in zip(pending, errors):
        if err is not None:
            item.outcome = "failed"
            item.output = None
            item.problems = [Problem("render_failed", params={"reason": err})]


def _convert(items: list[Filed], outdir: Path, report: Callable[[str, int, int], None]) -> None:
    from .render import PdfError, to_pdf

    done = [item for item in items if item.outcome == "rendered" and item.output]
    try:
        pdfs = to_pdf([item.output for item in done], outdir)
    except PdfError as exc:
        if not exc.missing:
            raise
        missing = {p.resolve() for p in exc.missing}
        pdfs = [
            None if item.output.resolve() in missing else outdir / f"{item.output.stem}.pdf" for item in done
        ]
        for item, pdf_path in zip(done, pdfs):
            if pdf_path is None:  # its DOCX stands; the PDF is what failed
                item.outcome = "failed"
                item.problems = [
                    Problem(
                        "pdf_failed",
                        params={"files": item.output.name, "reason": exc.params.get("reason", "")},
                    )
                ]
    for item, pdf_path in zip(done, pdfs):  # beside its DOCX, the path as the user gave the folder
        item.pdf = None if pdf_path is None else outdir / f"{item.output.stem}.pdf"
    report("pdf", len(done), len(done))
