"""File a batch: parse every input, number the valid ones in the register, render their copies.

This is what ``kesu render`` and ``kesu demo`` run. Invalid inputs are skipped and reported;
the valid ones are still numbered and rendered. A rerun of the same sources returns the same
numbers and byte-identical documents. A number is issued in the same transaction as the
document's row, so a crash mid-batch leaves no gap and no number issued twice; a document
file is written under a temporary name and renamed when complete.

Print control (DOMAIN §6): every print is logged (who, when, which copies, which revision).
A document whose identical file is already in the output folder is not written again (a
rerun after a crash finishes what is missing); an issued, unchanged document printed before
and rendered anywhere else is a re-print (补印 N, counted and logged), never a second
unmarked original. A void document is printed into a file of its own (``…-作废.docx``) with a
diagonal watermark; the original's file is never overwritten. A revision prints its number
(``…-修订2.docx``) and the revision it supersedes. An Excel form numbered here also gets a
numbered working copy beside the documents (``客诉-202609001.xlsx``), the input untouched.

>>> from kesu_docs.filing import render_paths            # doctest: +SKIP
>>> from kesu_docs.register import Register             # doctest: +SKIP
>>> with Register.open("kesu.db") as reg:                  # doctest: +SKIP
...     filed = render_paths(["samples/"], "out/", register=reg)
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import gc
import glob
import hashlib
import itertools
import os
import re
import signal
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from . import forms, leftovers
from .config import Settings, held_settings
from .config import settings as current_settings
from .entry import Interrupted
from .filenames import folded
from .lazy_re import lazy_re
from .leftovers import put_in_place, stage_file, write_dated, write_file
from .parse import ParseResult, check_results
from .parse.reading import as_sent, passed_over
from .problems import Bilingual, Problem, refuse_nul
from .validation import Locations
from .values import BIDI_CONTROLS

if TYPE_CHECKING:
    from .register import Register
    from .register.folder_ahead import Listing
    from .workers import Workers

Outcome = Literal["rendered", "invalid", "unreadable", "refused", "failed"]


@dataclass(slots=True)
class Filed:
    """What happened to one input document (``parse``: its parse result's errors and warnings
    when it had any; its record is dropped once the document is rendered)."""

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
    revision: int = 1
    revised: bool = False  # this run filed a new revision
    printed: str = ""  # original | reprint | void | void-reprint | unchanged (nothing written)
    reprint_no: int = 0
    working_copy: Path | None = None
    given_number: bool = False  # the form carried its number itself
    notes: list[Problem] = field(default_factory=list)  # warnings: same case by key, revision, working copy

    @property
    def ok(self) -> bool:
        return self.outcome == "rendered"

    @property
    def docx_stands(self) -> bool:
        """Its DOCX is written and logged as printed: rendered, or failed only for its PDF (every
        other failure drops the output) — the clerk's to print, so it is offered for download."""
        return self.ok or (self.output is not None and bool(self.printed))


@dataclass(frozen=True)
class _Job:
    kind: str
    record: Any  # the validated Form (pydantic models pickle, for --jobs)
    number: str
    status: str  # issued | void
    issued_date: dt.date
    void_reason: str | None
    output: Path
    revision: int = 1
    printed_before: bool = False  # this revision was printed (as this mark) already
    document_id: int | None = None  # the register's row: its prints are logged without looking it up
    # (pid, process name, key): the worker that read the record keeps it (worker_token)
    held: tuple[int, str, int] | None = None
    # a file of its name in the folder is not its own (:func:`_not_its_own`): never written over
    guarded: bool = False
    # the moment of its revision in the register (:func:`_moment_of`, a POSIX timestamp): the
    # time its file is given, the one a rerun's :func:`_not_its_own` compares it with
    moment: float | None = None

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        """Handed to a worker with its output as text: a path pickles as its parts, rebuilt
        part by part (≈ 4 µs a document both ways, the whole of a job less its record); the
        record itself only when the worker does not hold it (:func:`_record_of`)."""
        return _job, (
            self.kind,
            None if self.held is not None else self.record,
            self.number,
            self.status,
            self.issued_date,
            self.void_reason,
            str(self.output),
            self.revision,
            self.printed_before,
            self.document_id,
            self.held,
            self.guarded,
            self.moment,
        )


def _job(kind: str, record: Any, number: str, status: str, *rest: Any) -> _Job:
    issued_date, void_reason, output, *more = rest
    return _Job(kind, record, number, status, issued_date, void_reason, Path(output), *more)


# what a number keeps in a file name: letters (any script), digits, - _ . ( ); the rest (a
# customer's ``/``, ``#``, a space; anything Windows forbids) becomes ``_``
_NOT_IN_NAME = lazy_re(r"[^\w.()-]")


def number_in_name(number: str) -> str:
    """A number as it goes into a file name: as it is, or, when it had to change to name a file
    (``CCF/SG/26/0307`` → ``CCF_SG_26_0307``), with ``~`` and a short hash of the number as
    typed, the same on every run: two numbers that read alike in a file name (``CCF/SG/26/0307``,
    ``CCF_SG_26_0307``) never name the same file, and ``~`` is in no number, so the suffix
    cannot be read as one.

    A number with small letters gets the hash too: Windows and macOS do not tell ``ccf-0307``
    from ``CCF-0307`` in a file name, though the register holds two documents, so the second's
    print replaced the first's file. A number in capitals and digits (all of kesu's own) keeps
    its plain name."""
    name = _NOT_IN_NAME.sub("_", number)
    if name != number or number != number.upper():
        name += "~" + hashlib.blake2s(number.encode("utf-8"), digest_size=4).hexdigest()
    return name


def name_stem(kind: str, number: str) -> str:
    """``complaint-202609001``: the start of every file named after a document."""
    return safe_name(f"{kind}-{number_in_name(number)}")


def reprint_files(folder: Path, kind: str, number: str) -> list[Path]:
    """The re-prints (``output_name(..., reprint=N)``, DOCX and PDF) of one document in ``folder``:
    those of ``A-1`` are not those of ``A``, whose names start alike."""
    stem = name_stem(kind, number)
    own = re.compile(re.escape(stem) + r"(?:-修订\d+)?(?:-作废)?-补印\d+\.(?:docx|pdf)")
    return sorted(p for p in folder.glob(glob.escape(stem) + "-*") if own.fullmatch(p.name))


def output_name(kind: str, number: str, revision: int = 1, *, void: bool = False, reprint: int = 0) -> str:
    """``complaint-202609001.docx``: documents are named after their kind and number (see
    ``name_stem`` for a number that cannot name a file as it is, ``CCF/SG/26/0307``).

    A later revision adds ``-修订2``, a void document's copy ``-作废``, a re-print ``-补印1``:
    every print that is not the original has a file of its own.
    """
    name = name_stem(kind, number)
    if revision > 1:
        name += f"-修订{revision}"
    if void:
        name += "-作废"
    if reprint:
        name += f"-补印{reprint}"
    return safe_name(name) + ".docx"


def _render_jobs(
    jobs: Sequence[_Job],
    template_dir: str | None,
    renderer: Any = None,
    each: Callable[[tuple[Reason | None, str, str]], None] | None = None,
) -> list[tuple[Reason | None, str, str]]:
    """Render in this process; per job (error text or None, what was done, the file's sha256).

    Done: ``written``; ``unchanged`` (the identical file is in the folder already: nothing
    written); ``reprint`` (printed before, and not here: the caller makes it a re-print).
    ``renderer``: ``_renderer(template_dir)``, when the caller took it already. ``each(done)``
    is called as each job is done (on Ctrl-C, the caller knows exactly which files are written).
    A form's template is looked up once for the jobs (a file changed meanwhile is compiled for
    the next call: one chunk's documents are made with one template), not once a document.
    """
    renderer = renderer if renderer is not None else _renderer(template_dir)
    out: list[tuple[Reason | None, str, str]] = []

    def report(done: tuple[Reason | None, str, str]) -> None:
        out.append(done)
        if each is not None:
            each(done)

    # (the settings of the documents looked up once; their files staged in a private folder)
    with held_settings(), renderer.held_templates(), leftovers.staged_aside():
        for job in jobs:
            try:
                data = renderer.render(
                    _record_of(job),
                    number=job.number,
                    status=job.status,
                    issued_date=job.issued_date,
                    void_reason=job.void_reason,
                    revision=job.revision,
                )
                digest = hashlib.sha256(data).hexdigest()
                if _same_file(job.output, data) or _took_plain_name(job.output, data):
                    done: tuple[Reason | None, str, str] = (None, "unchanged", digest)
                elif job.printed_before:
                    done = (None, "reprint", digest)
                elif job.guarded and (found := _in_folder(job.output)) is not None:
                    done = (_refused_beside(job, found), "failed", "")  # another document's file
                else:
                    done = _written_new(job, data, digest)
            except OSError as exc:  # a full disk, a folder gone: the next document may still fit
                done = (write_failure(exc), "failed", "")
            except Exception as exc:  # one document's failure must not stop the batch
                said = getattr(exc, "said", None)  # (a TemplateError's reason for a clerk)
                done = (said if isinstance(said, Bilingual) else f"{type(exc).__name__}: {exc}", "failed", "")
            report(done)
    return out


def _in_folder(output: Path) -> Path | None:
    """The file of a document already in the folder (its DOCX, or the PDF it would be converted
    to), None when there is none. A folder standing there is no document: writing fails on it
    with its own reason (IsADirectoryError), as before."""
    for path in (output, output.with_suffix(".pdf")):
        if os.path.lexists(path) and not os.path.isdir(path):
            return path
    return None


UNDATED = "written, undated"
"""A document written whose file could not be given its document's moment (:func:`_written`)."""


def _written(job: _Job, data: bytes) -> str:
    """Write ``job``'s file, dated never before now nor before its document's moment
    (:func:`_moment_of`): forward, to that moment, only where this PC's clock is behind the
    register's; "written", or :data:`UNDATED` where the folder refused that time. A guarded
    job's file is put only where no file stands under its name (``FileExistsError``)."""
    new = job.guarded
    if job.moment is None or job.moment <= time.time():  # (now: the file's own time)
        write_file(job.output, data, synced=False, new=new)  # (a batch's: not synced one by one)
        return "written"
    return "written" if write_dated(job.output, data, job.moment, new=new) else UNDATED


def _written_new(job: _Job, data: bytes, digest: str) -> tuple[Reason | None, str, str]:
    """:func:`_written`'s outcome; a guarded job's file met by another under its name at the
    very rename (put there after :func:`_in_folder` looked: another clerk's, a copy) refused,
    saying so (:func:`_appeared`; robust33: it was written over)."""
    try:
        return None, _written(job, data), digest
    except FileExistsError:
        if not job.guarded:
            raise
        return _appeared(job), "failed", ""


CLOCK_S = 2.0
"""How far a file's mtime may lie before the moment its document was issued and still be its own:
a file system's resolution (FAT's two seconds), a kernel's coarse clock."""


def _moment_of(issued: Any, revised_at: dt.datetime | None = None) -> dt.datetime:
    """When ``issued``'s revision was filed, as the register says: its issue — for a later
    revision (``-修订N``), ``revised_at``, that revision's own time. Its file is never dated
    before it (:func:`_written`): dated now, or forward to this moment where a batch was filed
    at the register's latest record rather than at this PC's clock (a clock behind, another
    clerk's ahead: ``issuing.not_before_latest``) — never back (a backup copying what changed
    since its last run would skip it). A rerun's :func:`_not_its_own` finds its own file no
    older than its document, whichever clock was ahead."""
    return revised_at if issued.revision > 1 and revised_at is not None else issued.issued_at


def _not_its_own(issued: Any, output: Path, revised_at: dt.datetime | None = None) -> bool:
    """Is a file named as ``issued``'s document (its DOCX, or its PDF) another document's, never
    to be written over? So when the register numbered (or revised) it in this very transaction,
    and when such a file is older than the document's issue — for a later revision (``-修订N``),
    older than that revision, ``revised_at`` (the register lost its records and issued that
    number or revision again, in an earlier run whose document was refused beside it). A file
    written since is its own only when kesu wrote it (:func:`_foreign`): a run that wrote it but
    could not log its print (the register stopped, the power went), and its rerun writes it
    again — not a file another clerk or program saved under its name (``document_name_taken``:
    a rerun without moving it wrote over it, as new as its document). (kesu dates the files it
    writes no earlier than :func:`_moment_of`; a file of an earlier kesu, by its writer's clock.)"""
    if issued.created or issued.revised:
        return True
    oldest = _moment_of(issued, revised_at).timestamp() - CLOCK_S
    return any(_foreign(path, oldest) for path in (output, output.with_suffix(".pdf")))


def _foreign(path: Path, oldest: float) -> str:
    """Why the file at ``path`` is not its document's own: ``"older"`` (modified before
    ``oldest``, its document's moment), ``"other"`` (since, but not as kesu writes its documents:
    a DOCX by its zip's entries, a PDF by the fixed dates kesu gives it — a file saved under the
    name by another program, a document edited and saved again), "" when it is (or no file)."""
    try:
        if os.stat(path).st_mtime < oldest:
            return "older"
    except OSError:
        return ""
    if path.suffix.lower() == ".pdf":
        from .render.pdf import dated_by_kesu

        return "" if dated_by_kesu(path) else "other"
    from .render.package import written_here

    return "" if written_here(path) else "other"


def _refused_beside(job: _Job, found: Path) -> Bilingual:
    """Why a guarded document is not written where ``found`` (its DOCX or PDF) stands: a file
    newer than its document that kesu did not write (:func:`_foreign`) said as such
    (``document_not_kesus``); else another document's (:func:`_in_folder_unknown`)."""
    oldest = (job.moment if job.moment is not None else 0.0) - CLOCK_S
    for path in dict.fromkeys((found, job.output, job.output.with_suffix(".pdf"))):
        if _foreign(path, oldest) == "other":
            said = Problem("document_not_kesus", params={"number": job.number, "path": str(path)})
            return Bilingual(said.message("zh"), said.message("en"))
    return _in_folder_unknown(job, found)


def _in_folder_unknown(job: _Job, found: Path) -> Bilingual:
    """Why a document is not written beside the file ``found`` of its name that is not its own
    (:func:`_not_its_own`): the register lost its latest records (a copy without its ``-wal``
    file, a backup put back) and issued that file's number again; writing would have replaced
    a controlled document with another under the same number."""
    said = Problem("number_in_folder", params={"number": job.number, "path": str(found)})
    return Bilingual(said.message("zh"), said.message("en"))


def _appeared(job: _Job) -> Bilingual:
    """Why a document is not written where a file of its name came after :func:`_in_folder`
    looked (the file system refused the name at the rename): that file is kept, whoever's."""
    said = Problem("document_name_taken", params={"number": job.number, "path": str(job.output)})
    return Bilingual(said.message("zh"), said.message("en"))


_HELD: dict[tuple[int, str, int], Any] = {}
"""In a worker: the records it read for filing and keeps to render them (see :func:`_read_part`),
by the whole of their ``held`` (the worker's pid, its process's name, a key); each is let go
when rendered or when the command says it will not be. A key alone restarts at 0 in a worker
started in a dead one's place, and a pid may be reused by it: a job keyed by the dead worker
finds nothing here rather than another form's record (the command sends such a job its
record: :meth:`~kesu_docs.workers.Workers.worker_of`)."""

_KEYS = itertools.count()


def _record_of(job: _Job) -> Any:
    """The job's record: sent with it, or the one this worker read and kept (numbered now, as
    the command numbered its own copy: see :func:`_number`)."""
    if job.held is None:
        return job.record
    record = _HELD.pop(job.held)
    record.number = job.number
    return record


def worker_token() -> tuple[int, str]:
    """What names this worker in the records it keeps (:data:`_HELD`, each with a key): its
    process id and its process's name (multiprocessing names each process it starts anew,
    ``SpawnProcess-7``: a worker started in a dead one's place has a name of its own even with
    the dead one's pid)."""
    import multiprocessing

    return os.getpid(), multiprocessing.current_process().name


def _same_file(path: Path, data: bytes) -> bool:
    try:
        return path.stat().st_size == len(data) and path.read_bytes() == data
    except OSError:
        return False


_HASHED = lazy_re(r"~[0-9a-f]{8}")
"""The short hash :func:`number_in_name` adds to a number that had to change to name a file."""


def _took_plain_name(path: Path, data: bytes) -> bool:
    """The identical file found under the plain name an earlier kesu gave it (before a number
    that changes in a file name got its hash: ``complaint-CCF_SG_26_0307.docx``), given its name
    now (``complaint-CCF_SG_26_0307~d00c01a2.docx``), its PDF too: the same document, not printed
    again — the same files submitted again were re-printed (补印) for a name alone."""
    plain_stem, hashed = _HASHED.subn("", path.stem, count=1)
    if not hashed or path.exists():
        return False
    plain = path.with_name(plain_stem + path.suffix)
    if not _same_file(plain, data):
        return False
    os.replace(plain, path)
    old_pdf, new_pdf = plain.with_suffix(".pdf"), path.with_suffix(".pdf")
    if old_pdf.is_file() and not new_pdf.exists():
        os.replace(old_pdf, new_pdf)
    return True


_RENDERERS: dict[str | None, Any] = {}


def _renderer(template_dir: str | None):
    from .render import Renderer, default_template_dir

    key = template_dir or str(default_template_dir())  # $KESU_TEMPLATES as it is now
    if key not in _RENDERERS:  # templates are compiled once per process
        _RENDERERS[key] = Renderer(template_dir=key)
    return _RENDERERS[key]


# what Windows refuses in a file name, and what no name should carry unseen (DEL, the bidi
# controls that show a name reversed: a working copy named after a mailbox's attachment)
_FORBIDDEN = lazy_re(f'[\\\\/:*?"<>|\\x00-\\x1f\\x7f{BIDI_CONTROLS}]')


def safe_name(text: str) -> str:
    """``text`` fit to be a file name on Windows too: each forbidden character becomes ``_``."""
    return _FORBIDDEN.sub("_", text).rstrip(" .") or "_"


Reason = str | Bilingual  # why a document failed: the exception's text, or said for a clerk
_DISK_FULL = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}


def write_failure(exc: OSError) -> Reason:
    """A file that could not be written, said for a clerk: a full disk (or a quota, or a
    file-size limit) says so, anything else is the system's own words with the file."""
    if exc.errno in _DISK_FULL:
        return Bilingual(
            "磁盘已满（或超出配额、文件大小限制），文件未写出；腾出空间后再次运行，已编号的文件即会生成",
            "the disk is full (or a quota or file-size limit is reached), nothing written; make room "
            "and run again: the numbered documents are rendered then",
        )
    return f"{type(exc).__name__}: {exc}"


_LOCKED = {32, 33}  # Windows: ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION (a file open in Excel)

# why a file could not be read or written, by its errno: the clerk's words, ``{where}`` the file
# as named in Chinese (“…”, or 文件) and ``{where_en}`` in English ('…', or the file)
_FILE_FAILURES: tuple[tuple[frozenset[int], str, str], ...] = (
    (
        frozenset(_DISK_FULL),
        "磁盘已满（或超出配额、文件大小限制），{where}未写出：腾出空间后再次运行",
        "the disk is full (or a quota or file-size limit is reached), {where_en} not written: "
        "make room and run again",
    ),
    (
        frozenset({errno.EBUSY, errno.ETXTBSY}),
        "{where}正被其他程序（如 Excel）打开或锁定：请关闭后再次运行",
        "{where_en} is open or locked in another program (Excel?): close it and run again",
    ),
    (
        frozenset({errno.EROFS}),
        "{where}所在的磁盘或共享文件夹是只读的：请换一个可写入的输出文件夹",
        "{where_en} is on a read-only disk or share: choose an output folder that can be written",
    ),
    (
        frozenset({errno.EACCES, errno.EPERM}),
        "没有权限读写{where}：文件夹是只读的、您无权写入，或文件被其他程序（如 Excel）锁定",
        "no permission to read or write {where_en}: the folder is read-only or not yours to "
        "write, or the file is locked by another program (Excel?)",
    ),
    (
        frozenset({errno.ENOENT}),
        "{where}已不存在：是否在运行时被移走、改名或删除？",
        "{where_en} is not there any more: was it moved, renamed or deleted meanwhile?",
    ),
    (
        frozenset({errno.EISDIR, errno.ENOTDIR}),
        "{where}的位置上有一个同名的文件夹（或路径中有同名文件）",
        "a folder stands where {where_en} goes (or a file where a folder of its path goes)",
    ),
    (frozenset({errno.ENAMETOOLONG}), "文件名太长：{named}", "the file name is too long: {where_en}"),
    (
        frozenset({errno.ELOOP}),
        "{where}是一个指向自身的链接（链接循环），没有可读的文件",
        "{where_en} is a link leading back to itself (a loop of links): no file to read",
    ),
)


def file_failure(exc: OSError) -> Bilingual:
    """Why a file could not be read or written, in a clerk's words, naming the file: a folder
    he may not write into, a read-only disk, a file another program holds, a file moved away,
    a full disk (:data:`_FILE_FAILURES`). (Python's own words, ``PermissionError: [Errno 13]
    Permission denied: …``, never reach him.)"""
    name = (
        os.fsdecode(exc.filename) if isinstance(exc.filename, str | bytes | os.PathLike) else ""
    )  # (a fd: no name)
    named = f"“{name}”" if name else ""
    words = {"where": named or "文件", "named": named, "where_en": f"'{name}'" if name else "the file"}
    number = errno.EBUSY if getattr(exc, "winerror", None) in _LOCKED else exc.errno
    for numbers, zh, en in _FILE_FAILURES:
        if number in numbers:
            return Bilingual(zh.format(**words), en.format(**words))
    said = exc.strerror or type(exc).__name__
    return Bilingual(f"系统错误：{said}（{name}）", f"system error: {said} ({words['where_en']})")


CHUNK = 250
"""Files filed together: read, numbered in one transaction, rendered, logged, then let go.

A batch of 10,000 holds no more records at once than a batch of 250 (the summary of each
document stays, without its record). A chunk is made of files: one JSON file listing 10,000
records is read, numbered and rendered as one chunk."""


@leftovers.folders_synced()  # (the output folder synced once the batch ends: not once a document)
def render_paths(
    paths: Iterable[str | Path],
    outdir: str | Path,
    *,
    register: Register,
    kind: str | None = None,
    pdf: bool = False,
    jobs: int = 1,
    template_dir: str | Path | None = None,
    settings: Settings | None = None,
    progress: Callable[[str, int, int], None] | None = None,
    workers: Workers | None = None,
    stop: Callable[[], bool] | None = None,
    also_checked: Sequence[Path] = (),
    reports: list[Any] | None = None,
) -> list[Filed]:
    """Parse, validate, number and render every document under ``paths`` into ``outdir``.

    The batch is filed in chunks of :data:`CHUNK` files: the complaints of each chunk are
    numbered (in the order of the inputs, one transaction per chunk) and rendered as it is
    read; the documents that reference complaints (8D, return, allowance) are checked, numbered
    and rendered after every complaint of the batch has its number. Each chunk's records are
    dropped once its documents are written: what is returned is per input what was done, with
    its parse result's problems but not its record.

    ``jobs`` > 1 reads and renders in that many processes (``workers``, the run's pool, when
    the caller started one); numbers and files are the same as with one. ``progress(stage,
    done, total)`` is called as documents pass each stage (``parse``, ``number``, ``render``,
    ``pdf``).

    ``stop()`` (a server stopping, a clerk's stop button) is asked at the points where the batch
    may end whole: between two pieces of :data:`STOP_PIECE` forms, each numbered, rendered and
    print-logged whole (no form is left numbered without its documents), and before each part of
    the PDF conversion. When it says yes, :class:`Cut` is raised with what was done (``.filed``).
    Any other exception (LibreOffice gone, a full disk) carries what was done too
    (:func:`finished_before`): those documents are numbered and logged as printed.

    ``also_checked``: folders looked through for files the register has no record of besides
    ``outdir`` (``register_behind_folder``; the page's batches, each filed into a new folder).

    ``reports``: where the check reports kesu wrote that the reading met in the folders are put
    (passed over, as ``kesu parse`` passes them over: no form of the clerk's), for the
    caller's note.
    """
    settings = settings or current_settings()
    if pdf:
        _office_or_fail()
    refuse_nul(outdir)
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    leftovers.clean(outdir)  # what a killed run left: its .part files, LibreOffice's staging
    leftovers.renamed_into(outdir)  # (the workers' renames too, which this process never sees)
    files = _ahead_inputs(workers, paths, outdir)
    own = workers is None and jobs > 1 and len(files) >= 2 * jobs
    if own:
        from .workers import Workers

        workers = Workers(jobs)
    batch = _Batch(register, outdir, settings, progress or (lambda *_: None), template_dir, workers, stop)
    batch.reports = reports
    if also_checked:  # (the run's listing, the other folders with it)
        from .register.folder_ahead import listing

        batch.listed = listing(outdir, *also_checked)
    try:
        # read, checked, rendered: one look-up for all, the settings given (a server's) in force
        with _frozen_start_up(), held_settings(settings):
            batch.file(files, kind)
    except BaseException as exc:  # Ctrl-C: the parts under way finish whole files, the rest is dropped
        if workers is not None:
            workers.close(cancel=True)
            batch._after_deaths()  # (a worker that died finishing its document: its .part)
        try:  # the page's forms filed before: their prints, kept for the next numbering, logged
            batch.log_unlogged()
        except Exception:  # (the register failing: a document written and never logged is logged
            pass  # by the next run over the same forms)
        batch.report("render", batch.written(), batch.total)
        _hand_over(
            exc,
            batch.shared(
                [
                    item
                    for _, item in sorted(batch.filed, key=lambda pair: pair[0])
                    if id(item) in batch.finished
                ]
            ),
        )
        raise
    if own and workers is not None:
        workers.close()
    filed = [item for _, item in sorted(batch.filed, key=lambda pair: pair[0])]
    if pdf:  # a document left unchanged keeps its PDF; one whose PDF a crash lost gets it now
        for item in batch.rendered:
            made = outdir / f"{item.output.stem}.pdf" if item.output else None
            if item.printed == "unchanged" and made is not None and made.is_file():
                item.pdf = made
        try:
            _convert([item for item in batch.rendered if item.pdf is None], outdir, batch.report, stop)
        except BaseException as exc:  # every document is written and logged: only PDFs are missing
            _hand_over(exc, batch.shared(filed))
            raise
    filed = batch.shared(filed)
    same_numbers_filed(filed)
    return filed


def same_numbers_filed(filed: list[Filed]) -> None:
    """The documents of a batch filed under a number their forms carried, several forms one
    number, that became a document and its revisions (修订2…), each noted so
    (``batch_same_number``, as the page and ``kesu validate`` say it before filing); two copies of
    one document (its Excel form and its JSON: one revision, rendered once) are not."""
    from .same_numbers import same_number, source_name

    carried: dict[tuple[str, str], list[Filed]] = {}
    for item in filed:
        if item.number and item.kind and item.given_number:
            carried.setdefault((item.kind, item.number), []).append(item)
    for (_kind, number), alike in carried.items():
        if len({item.revision for item in alike}) < 2:
            continue
        files = [source_name(item.source) for item in alike]
        for item in alike:
            item.notes.append(same_number(len(alike), number, files))


def _hand_over(exc: BaseException, filed: list[Filed]) -> None:
    """What was done whole, on the exception that ended the batch (:func:`finished_before`)."""
    exc.filed = filed  # type: ignore[attr-defined]  # any exception: a Cut has it declared


def finished_before(exc: BaseException) -> list[Filed]:
    """The documents :func:`render_paths` finished before ``exc`` ended it — numbered, written
    and logged as printed, so the caller's record must list them (else filing them again makes
    补印 re-prints of documents never handed out); empty for an exception raised elsewhere."""
    return list(getattr(exc, "filed", []))


def list_inputs(
    paths: Iterable[str | Path], outdir: str | Path, listed: Sequence[list[Path]] | None = None
) -> list[Path]:
    """The files :func:`render_paths` files for ``paths`` into ``outdir``, in order. ``listed``:
    ``list(expand([path]))`` for each of ``paths``, when the caller walked them already (each
    folder is then walked once, not twice: see :func:`_inputs`)."""
    return _inputs(paths, Path(outdir), listed)


def read_ahead(
    workers: Workers,
    paths: Iterable[str | Path],
    outdir: str | Path,
    kind: str | None = None,
    *,
    files: list[Path] | None = None,
    template_dir: str | Path | None = None,
) -> None:
    """Start reading the first chunks of ``paths`` in ``workers`` while the caller opens its
    register; :func:`render_paths` given the same paths and workers takes them up. ``files``:
    :func:`list_inputs` of the same paths, when the caller listed them already;
    ``template_dir``: the templates :func:`render_paths` will render with, compiled by the
    workers as they read (as a chunk :func:`render_paths` starts itself)."""
    paths = list(paths)
    files = list(files) if files is not None else _inputs(paths, Path(outdir))
    ahead = _Ahead(_paths_key(paths, outdir), kind, files)
    chunks = _chunks(files, workers)
    templates = str(template_dir) if template_dir else None
    for k in range(min(START_AHEAD, len(chunks))):
        ahead.reading[k] = _read(workers, chunks[k], kind, templates)
    workers.ahead = ahead


READ_AHEAD = 2
"""Chunks read ahead by the workers: the next but one is read while a chunk is numbered."""

START_AHEAD = 6
"""Chunks :func:`read_ahead` starts: the first three small ones (an eighth, a quarter, a half
of :data:`CHUNK`) and three whole ones, 968 files (a batch of 1,000 whole: its short tail
joins the last). Until the register is open and has numbered the first chunk the workers
have nothing else to do, and the command's imports of the register (SQLAlchemy), its
opening and the first chunk's numbering take ≈ 0.35 s of CPU. With the first three only (218
files) each worker then waited ≈ 0.2 s (eighth round); with five (718 files) both workers
still sat idle while the command finished opening its register, 0.05–0.4 s of the command's
CPU in three runs of 1,000 (tenth round, load 20): a core left idle at every run's start.
Memory stays a few chunks' whatever the batch's length."""


@dataclass
class _Ahead:
    key: tuple[list[str], str]
    kind: str | None
    files: list[Path]
    reading: dict[int, Callable[[], list[ParseResult]]] = field(default_factory=dict)


def _read(
    workers: Workers, chunk: list[Path], kind: str | None, template_dir: str | None = None
) -> Callable[[], list[ParseResult]]:
    # the paths go as text (a path pickles as its parts, rebuilt part by part), but for those
    # the listing told apart (a folder's JSON or Excel file, a link out of it: :func:`as_sent`);
    # part k is read by worker k, which keeps its records to render them when it can be sent their jobs
    parts = workers.parts(
        _read_part, [as_sent(f) for f in chunk], kind, template_dir, workers.routes, lost=_read_lost
    )
    return lambda: _thawed(parts.result())


def _read_lost(
    path: str | Path, how: tuple[str, str], tried: bool = True
) -> list[tuple[list[ParseResult], bytes]]:
    """A file whose worker died reading it (:func:`~kesu_docs.workers.after_death`): not read, said so
    (``worker_stopped``), as ``kesu parse --jobs`` says it; the others are filed. ``tried``
    False: no worker was left to read it (``worker_none_left``)."""
    import pickle

    from .parse.reading import stopped_reading

    return [(stopped_reading(path, how, tried), pickle.dumps([None]))]


def _render_lost(job: _Job, how: tuple[str, str], tried: bool = True) -> list[tuple[Reason | None, str, str]]:
    """A document whose worker died rendering it (:func:`~kesu_docs.workers.after_death`): not written;
    its number stays the form's (issued in the chunk's transaction: never skipped nor issued
    to another form), and the same command run again renders it under that number. ``tried``
    False: no worker was left to render it (``how``: after how many deaths) — the form is not
    to blame, and nothing asks the clerk to report it."""
    kept = (
        f"编号 {job.number} 已为此表单保留（不跳号、不重号），再次运行同一命令即会生成",
        (
            f"number {job.number} stays this form's (none skipped or issued twice) and the same "
            "command run again renders it"
        ),
    )
    if not tried:
        reason = Bilingual(
            f"未生成：本次运行的工作进程已全部停止（{how[0]}），此文件未曾尝试；{kept[0]}",
            f"not rendered: no worker was left ({how[1]}) and this document was never tried; {kept[1]}",
        )
        return [(reason, "failed", "")]
    reason = Bilingual(
        f"生成此文件的进程中途停止（{how[0]}），文件未写出；{kept[0]}。如仍如此，请把表单交给 IT 人员报告此问题",
        f"the process rendering it stopped ({how[1]}): nothing written; {kept[1]}; if it stops "
        "again, report it to IT with the form",
    )
    return [(reason, "failed", "")]


def _read_part(
    files: list[str | Path], kind: str | None, template_dir: str | None = None, hold: bool = False
) -> list[tuple[list[ParseResult], bytes]]:
    """A worker's part of a chunk, read and prepared (see :func:`chunk_gc`); the templates of
    the forms read compiled now, while the main process opens its register or numbers the
    chunk, rather than when the first documents are handed out to render.

    The records go back pickled together, as read, before they are derived here (see
    :func:`_frozen_then_prepared`); :func:`_thawed` restores them in the main process. ``hold``:
    this worker keeps each record it derived (:data:`_HELD`), and the command sends the
    record's job here without it (:func:`_render_routed`)."""
    with chunk_gc():
        results = read_for_filing([Path(f) if isinstance(f, str) else f for f in files], kind)
        kinds = {r.kind for r in results if r.valid and r.kind}
        frozen = _frozen_then_prepared(results, hold)
        warm_templates(kinds, template_dir)
        return [(results, frozen)]  # one item: the parts' lists are joined (workers.Parts)


def _frozen_then_prepared(results: list[ParseResult], hold: bool = False) -> bytes:
    """Each valid record's payload, content hash and register columns (``prepared``) computed
    here, in a worker, as the register would compute them once the main process has checked
    the record (deriving is the same there and here): the main process, which numbers every
    document of the batch, has that much less to do.

    The records are derived in place, after they were pickled as read (one pickle for the
    part, as the pool would have made of them anyway): the main process checks each record as
    read, where a derived copy (``model_copy(deep=True)``) cost ≈ 43 µs a record more. A
    record whose derivation fails keeps ``prepared`` None: the main process derives it, and
    says what failed."""
    import pickle

    from .register_columns import prepare as prepared_of
    from .validation import derive

    valid = [r.valid for r in results]
    records = [r.record for r in results]
    frozen = pickle.dumps(records, pickle.HIGHEST_PROTOCOL)
    settings = current_settings()
    mine = worker_token() if hold else None
    for result, record, ok in zip(results, records, valid):
        result.record = None
        if not ok or record is None:
            continue
        try:
            result.prepared = prepared_of(derive(record, settings, copy=False), settings)
        except Exception:
            result.prepared = None
            continue
        if mine is not None:  # derived as the command derives it (the same settings: _Batch.prepared_ok)
            result.held = (*mine, next(_KEYS))
            _HELD[result.held] = record
    return frozen


def _thawed(read: list[tuple[list[ParseResult], bytes]]) -> list[ParseResult]:
    """The results of :func:`_read_part`'s parts, in order, with their records as read."""
    import pickle

    out: list[ParseResult] = []
    for results, frozen in read:
        for result, record in zip(results, pickle.loads(frozen)):
            result.record = record
        out += results
    return out


def warm_templates(kinds: Iterable[str], template_dir: str | None = None) -> None:
    """Compile the templates of ``kinds`` in this process (each once: see :func:`_renderer`).
    A template that cannot be loaded is left for the render to report, document by document."""
    renderer = _renderer(template_dir)
    for name in sorted(kinds):
        try:
            renderer.template(forms.get(name))
        except Exception:  # no template yet, a damaged one: each document says so when rendered
            continue


def warm_first_form(files: Sequence[Path], kind: str | None) -> None:
    """Import here the form module of the batch's first document, when its kind is known without
    reading a form: ``kind`` given, or the first file JSON (its ``kind`` read as the batch will
    read it, no record validated). Called before ``--jobs`` workers are forked
    (``workers.pool_for_run``): the command (which checks and numbers every record) and the
    workers (which read and render them) start with it, rather than each importing it. Its
    template is compiled by each worker as it reads (:func:`_read_part`): the command renders
    nothing, and the workers have nothing else to do while it opens the register. Anything
    unreadable or unknown is left to the batch to report; a check report kesu wrote in the
    folder (``report.json``, sorting first) is passed over to the form after it."""
    from .parse.reading import PASSED_OVER, _detected, extract_file
    from .problems import SourceError

    if kind:
        with contextlib.suppress(forms.UnknownKind):
            forms.get(kind)
        return
    for file in files:
        if file.suffix.lower() != ".json":
            return
        read = extract_file(file)
        if not isinstance(read, SourceError) or read.code != PASSED_OVER:
            break
    else:
        return
    if not isinstance(read, SourceError) and read[0]:
        _detected(read[0][0], None)  # (the spec found imports its module; a SourceError is left)


def _render_part(
    jobs: Sequence[_Job], template_dir: str | None, forget: Sequence[tuple[int, str, int]] = ()
) -> list[tuple[Reason | None, str, str]]:
    """A worker's part of a chunk, rendered (see :func:`chunk_gc`); the records it kept that
    the command will not render (``forget``: invalid, refused, a second source) let go."""
    for key in forget:
        _HELD.pop(key, None)
    with chunk_gc():
        return _render_jobs(jobs, template_dir)


@contextlib.contextmanager
def chunk_gc() -> Iterator[None]:
    """Python's cyclic garbage collector paused while a chunk is filed, one pass after it.

    A chunk's records, contexts and documents make few cycles (≈ 3 objects a document), but
    the collector's passes over everything they allocate took ≈ 5 % of a render. When the
    caller had paused it already (``kesu render``'s start-up: the imports alone cost 0.07 s
    of collections), a pass over the young objects is made here, so memory stays a chunk's
    however long the batch; otherwise the collector resumes and makes that pass itself."""
    from .reports.sheetxml import paused_gc

    enabled = gc.isenabled()
    try:
        with paused_gc():
            yield
    finally:
        if not enabled:
            gc.collect(1)


@contextlib.contextmanager
def _frozen_start_up() -> Iterator[None]:
    """What the process holds before the batch (modules, forms, compiled templates) kept out
    of the collector's passes for the batch (``gc.freeze``), unless the caller froze it."""
    if gc.get_freeze_count():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def read_for_filing(files: list[Path], kind: str | None) -> list[ParseResult]:
    """The forms read as filing needs them (in a worker: what it sends back is kept small).

    Where each value was read from (``provenance``, half of what an Excel form's result
    weighs) is for ``kesu parse`` and the checking page: filing never shows it."""
    from .parse.reading import read_files

    results = read_files(files, kind)
    for result in results:
        result.provenance = {}
    return results


def _chunks(files: list[Path], workers: Workers | None) -> list[list[Path]]:
    """The batch cut in chunks of :data:`CHUNK` files. With workers the first ones are smaller
    (an eighth, a quarter, a half of it): the workers render the first documents while the
    register numbers the next ones, rather than wait for a whole chunk to be numbered."""
    sizes = []
    size = max(1, CHUNK // 8) if workers is not None else CHUNK
    total = 0
    while total < len(files):
        sizes.append(size)
        total += size
        size = min(CHUNK, size * 2)
    out, start = [], 0
    for size in sizes:
        out.append(files[start : start + size])
        start += size
    if len(out) > 1 and len(out[-1]) < CHUNK // 4:  # a short tail joins the chunk before: one
        tail = out.pop()  # transaction and one round of the workers less (32 files of 1,000)
        out[-1] = out[-1] + tail
    return out


def _paths_key(paths: Iterable[str | Path], outdir: str | Path) -> tuple[list[str], str]:
    return [str(p) for p in paths], str(outdir)


def _ahead_inputs(workers: Workers | None, paths: Iterable[str | Path], outdir: Path) -> list[Path]:
    """The files to file: those :func:`read_ahead` listed for the same paths (listed once), or listed now."""
    paths = list(paths)
    ahead = workers.ahead if workers is not None else None
    if ahead is not None and ahead.key == _paths_key(paths, outdir):
        return list(ahead.files)
    return _inputs(paths, outdir)


NUMBERED_AHEAD = 2
"""Chunks of a ``--jobs`` batch numbered whose documents are not collected yet: the command
numbers the next chunk before it waits for the documents of the chunk before the one just
numbered. With one (until the thirty-sixth round) the workers, which read the first chunks of
the batch before they render any (:data:`START_AHEAD`), rendered the first two chunks and then
waited for the third to be numbered — the command numbered it only once the first chunk's
documents were back (bench/jobs_timeline.py: both workers idle 70–190 ms at that point under
load, speed36). One job renders each chunk as it is numbered: one there. A stop, Ctrl-C or
the register failing leaves at most this many chunks numbered without their documents; the
same command run again renders them under their numbers."""

STOP_PIECE = 1
"""Forms numbered together in a batch that may be stopped (a server's, :func:`render_paths`'s
``stop``): one — each form is numbered, its documents rendered and its print logged before the
stop is asked again, so a stop waits for one document at most and leaves no form numbered
without its documents. A transaction a form (a few milliseconds on SQLite: a page's batch of
1,000 takes seconds more, not minutes); a batch that is not stopped (``kesu render``) numbers
:data:`CHUNK` files in one."""


class _Batch:
    """One run of :func:`render_paths`: the chunks under way and the summary kept of each document."""

    def __init__(
        self,
        register: Register,
        outdir: Path,
        settings: Settings,
        report: Callable[[str, int, int], None],
        template_dir: str | Path | None,
        workers: Workers | None,
        stop: Callable[[], bool] | None = None,
    ) -> None:
        self.register, self.outdir, self.settings, self.report = register, outdir, settings, report
        self.stop = stop or (lambda: False)
        # a batch that may be asked to stop (a server's) is filed form by form, each numbered,
        # rendered and logged before the question is asked: a stop never leaves a form numbered
        # without its documents (with workers, each chunk they render is finished whole)
        self.stoppable = stop is not None and workers is None
        # chunks numbered whose documents are not collected yet (:data:`NUMBERED_AHEAD`)
        self.ahead = NUMBERED_AHEAD if workers is not None and not self.stoppable else 1
        self.finished: set[int] = set()  # id() of the outcomes whose chunk was finished (logged)
        self.unlogged: list[_Unlogged] = []  # prints made, logged by the next numbering
        self.template_dir = template_dir
        self.templates = str(template_dir) if template_dir else None
        self.workers = workers
        self.filed: list[tuple[int, Filed]] = []  # (position among the inputs' documents, outcome)
        self.unique: dict[Path, Filed] = {}  # output file -> the source that renders it
        self.rendered: list[Filed] = []  # the documents rendered (or found unchanged) by this run
        self.total = 0
        self.seen = self.numbered = self.done = 0
        self.reports: list[Any] | None = None  # the check reports passed over, for the caller
        self.claimed: list[Path] = []  # every output of this run, to count on Ctrl-C
        self.deaths = 0  # the workers' deaths seen (_after_deaths)
        self.said_templates: set[str] = set()  # templates whose dropped attached template was noted
        # the output folder's names before this run wrote in it, listed once for the whole run:
        # what its numberings look for files numbered past the register's last issue in
        # (register_behind_folder: the names this run writes meanwhile are of numbers the
        # register holds, never such files), and, with workers, what tells a document a dead
        # worker wrote (found "unchanged" when done again) from one a run before left
        from .register.folder_ahead import listing

        self.listed = listing(outdir)
        # what the workers prepared (read_for_filing) holds under the settings they read; the
        # register and the checks use these, or the register computes its own
        self.prepared_ok = settings == register.settings == current_settings()

    # -- stages
    def file(self, files: list[Path], kind: str | None) -> None:
        chunks = _chunks(files, self.workers)
        ahead, listed = None, list(files)
        if self.workers is not None:
            ahead, self.workers.ahead = self.workers.ahead, None
        if ahead is not None and (ahead.kind != kind or ahead.files != listed):
            ahead = None  # read_ahead was given other files: what it began is not this batch
        self.total, count = len(files), len(files)
        files.clear()  # each chunk's list of files goes once it is read
        del listed
        read = 0
        deferred: list[tuple[int, ParseResult]] = []
        under_way: list[_Chunk] = []  # numbered, their documents not yet collected (oldest first)
        reading: dict[int, Callable[[], list[ParseResult]]] = {}

        def start(k: int) -> None:
            """Begin reading chunk ``k`` (the workers read it while the chunks before are filed)."""
            if k >= len(chunks) or k in reading:
                return
            chunk = chunks[k]
            if self.workers is None:
                reading[k] = lambda: read_for_filing(chunk, kind)
            elif ahead is not None and k in ahead.reading:  # read_ahead began it
                reading[k] = ahead.reading.pop(k)
            else:
                reading[k] = _read(self.workers, chunk, kind, self.templates)

        depth = READ_AHEAD if self.workers is not None else 1
        for k in range(depth):
            start(k)
        for k in range(len(chunks)):
            with chunk_gc():
                got = reading.pop(k)()
                results = passed_over(got, self.reports)  # (a folder's check report: no document)
                read += len(chunks[k])
                chunks[k] = []
                for later in range(k + 1, k + 1 + depth):  # read while this one is numbered and rendered
                    start(later)
                dropped = len(got) - len(results)
                del got
                self.total = max(self.total - dropped, self.seen + len(results) + count - read)
                self.report("parse", read, count)
                complaints: list[tuple[int, ParseResult]] = []
                for r in results:
                    # documents that reference complaints (8D, return, allowance) are checked once
                    # the complaints of this whole batch have their numbers: complaints first
                    (complaints if r.kind in (None, "complaint") or r.fatal else deferred).append(
                        (self.seen, r)
                    )
                    self.seen += 1
                del results
                under_way = self._next(complaints, under_way)
        if deferred:
            checked = check_results([r for _, r in deferred], register=self.register, settings=self.settings)
            positions = [i for i, _ in deferred]
            del deferred
            for start_at in range(0, len(checked), CHUNK):
                part = list(zip(positions[start_at : start_at + CHUNK], checked[start_at : start_at + CHUNK]))
                under_way = self._next(part, under_way, checked=True)
        for chunk in under_way:
            self._finish(chunk)
        self.log_unlogged()  # (the page's last form: its prints had no next numbering)

    def _next(
        self, results: list[tuple[int, ParseResult]], under_way: list[_Chunk], *, checked: bool = False
    ) -> list[_Chunk]:
        """Number ``results`` and start rendering them; then finish the chunks before but the
        last :attr:`ahead` - 1 of them (:data:`NUMBERED_AHEAD`). A stop asked for ends the batch
        here, the chunks before finished and nothing more numbered.

        A batch that may be stopped (:attr:`stoppable`) is numbered :data:`STOP_PIECE` forms at a
        time, each piece's documents rendered and logged before the next piece is numbered and
        before the stop is asked: what a stop leaves is whole forms — number, documents and
        print log together — and forms not numbered at all."""
        if self.stoppable:
            # the forms carrying their number first, as one transaction numbers them (the
            # register's rule): an unnumbered form never takes a number a later one arrives with
            results = sorted(results, key=lambda pair: not getattr(pair[1].record, "number", None))
            for start in range(0, max(len(results), 1), STOP_PIECE):
                while under_way:
                    self._finish(under_way.pop(0))
                if self.stop():
                    self.log_unlogged()  # (the forms filed so far: whole, their prints logged)
                    raise Cut()
                piece = results[start : start + STOP_PIECE]
                if piece:
                    under_way.append(self._start(piece, checked=checked))
            return under_way
        if self.stop():
            while under_way:
                self._finish(under_way.pop(0))
            self.log_unlogged()
            raise Cut()
        if results:
            under_way.append(self._start(results, checked=checked))
        while len(under_way) > self.ahead:
            self._finish(under_way.pop(0))
        return under_way

    def shared(self, filed: list[Filed]) -> list[Filed]:
        """``filed`` with the second source of a document given its first source's outcome."""
        for item in filed:
            first = self.unique.get(item.output) if item.output is not None else None
            if item.outcome == "rendered" and first is not None and first is not item:
                item.outcome, item.pdf, item.problems = first.outcome, first.pdf, first.problems
                item.printed, item.reprint_no = first.printed, first.reprint_no
                item.output = first.output
        return filed

    def _start(self, results: list[tuple[int, ParseResult]], *, checked: bool) -> _Chunk:
        parsed = [r for _, r in results]
        if not checked:
            parsed = check_results(parsed, register=self.register, settings=self.settings)
        # numbered in one transaction: said when it is committed (Ctrl-C says what the register holds)
        if not self.prepared_ok:
            for result in parsed:
                result.prepared = None
        # (the forms before: kept as unlogged until the numbering that logs them has returned —
        # a numbering that fails leaves them to log_unlogged, never dropped)
        made = self.unlogged
        filed, pending = _number(
            parsed,
            self.register,
            self.outdir,
            lambda *_: None,
            self.template_dir,
            made,
            self.said_templates,
            self.listed,
        )
        self.unlogged = []
        for group in made:  # the forms before: logged with this numbering
            _after_logging(group.refused or [], group, self.register, self.outdir, self.templates)
        self.numbered += sum(item.number is not None for item in filed)
        self.report("number", self.numbered, self.total)
        self.filed += zip((i for i, _ in results), filed)
        # two sources of one document (its Excel and JSON copy) share a number: render it once
        todo = []
        for item, job in pending:
            if job.output not in self.unique:
                self.unique[job.output] = item
                self.claimed.append(job.output)
                todo.append((item, job))
        chunk = _Chunk(filed, todo)
        if self.workers is not None and self.workers.routes:
            rendered = {job.held for _, job in todo if job.held is not None}
            forget = [r.held for r in parsed if r.held is not None and r.held not in rendered]
            if todo or forget:
                chunk.rendering = _render_routed(
                    self.workers,
                    [job for _, job in todo],
                    forget,
                    self.templates,
                    self._rendered,
                    self.listed.names,
                )
        elif self.workers is not None and todo:
            from .workers import RENDER_PART

            # two parts a worker at least, none over RENDER_PART documents: one worker finishing
            # early takes the other's next part, and the batch's last parts, which decide how
            # long one worker waits for the other at the end, are short
            chunk.rendering = self.workers.parts(
                _render_part,
                [job for _, job in todo],
                self.templates,
                on_part=self._rendered,
                per_worker=2,
                most=RENDER_PART,
                lost=_render_lost,
            )
        return chunk

    def _after_deaths(self) -> None:
        """A worker died since the last look (killed while it wrote a document, its ``.part``
        file is in the output folder): what dead processes left there is removed now, not by
        the next run (each chunk's rendering is collected here, the batch's last one too, and
        the pool closed on Ctrl-C: ``Workers.deaths`` counts who died as it closed)."""
        deaths = getattr(self.workers, "deaths", 0)
        if deaths > self.deaths:
            self.deaths = deaths
            leftovers.clean(self.outdir)

    def _rendered(self, part: list[tuple[Reason | None, str, str]]) -> None:
        if not part:  # a worker told only which records to let go
            return
        self.done += len(part)
        self.report("render", self.done, self.total)

    def _finish(self, chunk: _Chunk) -> None:
        """Collect a chunk's documents, log its prints, write its working copies, drop its records.

        Every form the chunk numbered is rendered (a stop is asked between chunks: :meth:`_next`);
        only Ctrl-C ends it sooner, the documents written then counted (:meth:`written`)."""
        if chunk.rendering is not None:
            done = chunk.rendering.result()
            self._after_deaths()
        else:
            done = []

            def rendered(one: tuple[Reason | None, str, str]) -> None:
                done.append(one)  # one at a time: on Ctrl-C the count of files written is exact
                self._rendered([one])

            if chunk.todo:
                _render_jobs(
                    [job for _, job in chunk.todo], self.templates, _renderer(self.templates), rendered
                )
        for (item, _), (err, _what, _digest) in zip(chunk.todo, done):
            if err is not None:
                item.outcome = "failed"
                item.output = None
                item.problems = [Problem("render_failed", params={"reason": err})]
        # logged with the next numbering (a chunk's, or the page's next form's), or by
        # log_unlogged at the batch's end or on Ctrl-C: one write transaction a chunk, not two
        _print_control(chunk.todo, done, self.register, self.outdir, self.templates, self.unlogged)
        _working_copies(chunk.filed, self.outdir)
        self.rendered += [item for item, _ in chunk.todo]
        for item in chunk.filed:
            item.parse = _without_record(item.parse)
        self.finished |= {id(item) for item in chunk.filed}

    def written(self) -> int:
        return sum(path.is_file() for path in self.claimed)

    def log_unlogged(self) -> None:
        """Log the prints kept for the next numbering (:func:`_print_control`): the batch ends
        (its last form, or a stop between forms) with every document it wrote logged."""
        made, self.unlogged = self.unlogged, []
        if made:
            # (a group whose numbering committed and then failed is logged already: told its
            # refusals, never logged twice — a second log would refuse our own original)
            todo = [group for group in made if group.refused is None]
            _logged_apart(self.register, todo, [entry for group in todo for entry in group.entries])
            for group in made:
                _after_logging(group.refused or [], group, self.register, self.outdir, self.templates)


def _render_routed(
    workers: Workers,
    jobs: list[_Job],
    forget: list[tuple[int, str, int]],
    template_dir: str | None,
    on_part: Callable[[list[Any]], None],
    before: frozenset[str] = frozenset(),
) -> Any:
    """Render ``jobs`` each in the worker that holds its record (a job sent with its record
    goes to the worker with fewer documents), in parts of ``RENDER_PART`` at most, two a
    worker at least; ``forget``: the records the workers hold that no job renders. The
    parts' results come back in the order of ``jobs`` (``workers.Parts``). ``before``: the
    names in the output folder before the run (see ``again``)."""
    from .workers import RENDER_PART, split

    owners = [workers.worker_of(job.held) if job.held is not None else None for job in jobs]
    # a record kept by a worker that died since went with it: sent with its job instead
    jobs = [
        replace(job, held=None) if owner is None and job.held is not None else job
        for job, owner in zip(jobs, owners)
    ]
    mine: list[list[int]] = [[] for _ in range(workers.jobs)]
    for index, owner in enumerate(owners):
        if owner is not None:
            mine[owner].append(index)
    for index, owner in enumerate(owners):
        if owner is None:  # an earlier revision's record, or one derived under other settings
            min(mine, key=len).append(index)
    dropped: list[list[tuple[int, str, int]]] = [[] for _ in range(workers.jobs)]
    for held in forget:
        owner = workers.worker_of(held)
        if owner is not None:
            dropped[owner].append(held)
    futures: list[Any] = []
    order: list[int] = []
    placed: list[tuple[int, list[_Job]]] = []  # each future's worker and jobs
    for worker, indexes in enumerate(mine):
        pieces = split(indexes, max(2, -(-len(indexes) // RENDER_PART))) if indexes else []
        if not pieces and dropped[worker]:
            pieces = [[]]
        for n, piece in enumerate(pieces):
            let_go = dropped[worker] if n == 0 else []
            placed.append((worker, [jobs[i] for i in piece]))
            futures.append(workers.to(worker, _render_part, placed[-1][1], template_dir, let_go))
            order += piece

    def again(index: int) -> list[Any]:
        """A part whose worker died: its documents rendered again by the worker in its place,
        each sent with its record (the one the dead worker kept went with it)."""
        worker, piece = placed[index]
        sent = [replace(job, held=None) for job in piece]
        done = workers.again(worker, _render_part, sent, (template_dir,), _render_lost)
        # a document the dead worker wrote before it died is found in place: this run wrote it
        # (said "written", and taken back if the register refuses the original), unlike a file
        # a run before left there
        return [
            (error, "written", digest)
            if what == "unchanged" and folded(job.output.name) not in before
            else (error, what, digest)
            for job, (error, what, digest) in zip(sent, done)
        ]

    return workers.gathered(futures, order, on_part, again)


@dataclass
class _Chunk:
    filed: list[Filed]
    todo: list[tuple[Filed, _Job]]
    rendering: Any = None  # workers.Parts under way, or None: rendered here when finished


def _without_record(result: ParseResult | None) -> ParseResult | None:
    """What the summary keeps of a parse result: its problems, when it had any (a batch of
    10,000 clean documents keeps none)."""
    if result is None or not (result.errors or result.warnings):
        return None
    return ParseResult(
        result.source,
        result.kind,
        None,
        errors=result.errors,
        warnings=result.warnings,
        fatal=result.fatal,
        source_hash=result.source_hash,
        locations=_NOWHERE,
        provenance=_NOWHERE_READ,
    )


_NOWHERE = Locations()  # shared by every summary: nothing is looked up in it again
_NOWHERE_READ: dict[str, Any] = {}


def _resolved(link: Path) -> Path | None:
    """Where the link ``link`` leads; None for links leading round in a loop (``a.json`` →
    ``b.json`` → ``a.json``: Python's ``RuntimeError: Symlink loop`` ended the whole batch in a
    traceback) — such a file is the reader's to say, as any file that cannot be read."""
    try:
        return link.resolve()
    except (RuntimeError, OSError):
        return None


def _inputs(
    paths: Iterable[str | Path], outdir: Path, listed: Sequence[list[Path]] | None = None
) -> list[Path]:
    """The files to file. ``kesu render . -o 受控文件`` walks into its own output folder: the
    documents there are ours, not forms to file, unless that folder is the one given.
    ``listed``: what :func:`~kesu_docs.parse.reading.expand` lists for each of ``paths``, in
    their order (a folder's walk, made by the caller for its own notes: stat and sort every
    entry of a folder of 1,000 forms once, not twice, before ``--jobs`` workers are forked).
    A folder's check report kesu wrote is listed unopened, as ``kesu parse`` lists it, and
    passed over by the reading (:func:`~kesu_docs.parse.reading.passed_over`)."""
    from .parse import expand
    from .parse.reading import is_folder

    out = outdir.resolve()
    files: list[Path] = []
    for index, raw in enumerate(paths):
        path = Path(raw)
        if not is_folder(path):
            files.append(path)
            continue
        found = listed[index] if listed is not None else list(expand([path]))
        root = path.resolve()
        if root.is_relative_to(out):  # the output folder itself (or inside it) was given
            files += found
            continue
        # a walk enters no linked folder: a file under ``path`` is in ``out`` only if ``out``
        # is under ``path``, or if the file itself is a link (resolved only then)
        inside = out.is_relative_to(root)
        for f in found:
            link = f.is_symlink()
            if inside or link:
                where = _resolved(f) if link else root / f.relative_to(path)
                if where is not None and where.is_relative_to(out):
                    continue
            files.append(f)
    return files


def _office_or_fail() -> None:
    """PDFs asked for where LibreOffice is missing: say so before a number is issued or counted."""
    from .render.pdf import office_missing, soffice

    if soffice() is None:
        raise office_missing()


def _issue(
    register: Register,
    valid: list[ParseResult],
    unlogged: list[_Unlogged] | None = None,
    folder: Listing | None = None,
) -> list[Any]:
    """Number the valid results in one transaction.

    Only when the database refuses a value of one of them (``register_value_refused``: a value
    one database takes and the other does not, a NUL in a text on PostgreSQL) is the batch,
    rolled back whole (no number taken), numbered again one result per transaction, in input
    order: the document the database cannot hold fails alone, named, and the others take the
    next numbers in their order, no gap (a result already filed is found by its source, never
    numbered twice). Anything else — the register unreachable or read-only, or an exception of
    ours, a bug — is raised: no fallback hides it. ``folder``: where the documents go (files in
    it numbered past the register's last issue refuse the batch: ``register_behind_folder``)."""
    from .register import RegisterError

    items = [_numbered(r) for r in valid]
    made = unlogged or []  # (the prints of the forms before: logged here, each group told its refusals)
    prints = [entry for group in made for entry in group.entries]
    if not items:
        _logged_apart(register, made, prints)
        return []
    refused: list[int] = []
    try:
        outcomes = register.issue_many(items, prints=prints, refused=refused, folder=folder)
    except RegisterError as exc:
        if exc.code != _REFUSED:
            _perhaps_numbered(exc)
            raise
    else:
        _refused_back(made, refused)
        return outcomes
    _logged_apart(register, made, prints)  # (rolled back with the numbering: logged on their own)
    outcomes = []
    for item in items:
        try:
            outcomes += register.issue_many([item], folder=folder)
        except RegisterError as exc:
            if exc.code != _REFUSED:
                _perhaps_numbered(exc)
                raise
            outcomes.append(exc)
    return outcomes


def _perhaps_numbered(exc: Exception) -> None:
    """A numbering whose commit answer was lost, the server not reachable to ask (``unsure``):
    its forms that it numbered or revised are said perhaps numbered (``unsure_forms``, the stop
    message's count) — not those it found filed already (a rerun's), nor those it refused."""
    if getattr(exc, "unsure", False):
        done = getattr(exc, "unsure_done", None) or []
        numbered = sum(bool(getattr(d, "created", False) or getattr(d, "revised", False)) for d in done)
        exc.unsure_forms = numbered  # type: ignore[attr-defined]


_REFUSED = "register_value_refused"  # the database refused a value of one document of a batch


def _logged_apart(register: Register, made: list[_Unlogged], prints: list[dict[str, Any]]) -> None:
    """The prints ``made`` logged in a transaction of their own (no form to number with them)."""
    if prints:
        _refused_back(made, register.log_prints(prints))


def _refused_back(made: list[_Unlogged], refused: list[int]) -> None:
    """Each group of ``made`` told the places of its originals ``refused`` (places in all the
    groups' entries, in order): kept on it for :func:`_after_logging`."""
    start = 0
    for group in made:
        end = start + len(group.entries)
        group.refused = [place - start for place in refused if start <= place < end]
        start = end


def _numbered(result: ParseResult) -> tuple[Any, ...]:
    """What the register numbers of a valid result: its record, source hash and source (and
    what a worker prepared of it, when it did)."""
    if result.record is None:  # valid results have their record: never taken
        raise ValueError(f"{result.source}: no record to number")
    if result.prepared is not None:
        return result.record, result.source_hash, result.source, result.prepared
    return result.record, result.source_hash, result.source


def _unusable_templates(
    kinds: set[str], template_dir: str | Path | None, said: set[str]
) -> tuple[dict[str, Reason], dict[str, list[Problem]]]:
    """The kinds among ``kinds`` whose template cannot make a copy (none, no DOCX, refused), with
    why: asked before their forms are numbered (:func:`.render.template_file.check`); and the note
    for the kinds whose template's local attached template the copies are made without, once a
    batch (``said``: the templates noted already on a document, by :func:`_number`)."""
    from .render.outputs import default_template_dir
    from .render.template_file import TemplateError, looked_up, path_of

    folder = Path(template_dir) if template_dir else default_template_dir()
    unusable: dict[str, Reason] = {}
    noted: dict[str, list[Problem]] = {}
    here: set[str] = set()  # (two kinds of one template: noted on the first)
    for kind in sorted(kinds):
        spec = forms.get(kind)
        template = path_of(folder, spec)
        try:  # (read, not compiled: a --jobs command renders nothing, nor imports Jinja)
            dropped = looked_up(str(template), spec)
        except TemplateError as exc:
            unusable[kind] = exc.said if isinstance(exc.said, Bilingual) else str(exc)
            continue
        if (dropped.attached or dropped.objects) and str(template) not in said | here:
            here.add(str(template))
            notes = []  # (each said: a template may hold both)
            if dropped.objects:  # (an object first, the weightier note: a copy shows less than the template)
                params = {"template": str(template), "objects": ", ".join(dropped.objects)}
                notes.append(Problem("template_objects_dropped", severity="warning", params=params))
            if dropped.attached:
                params = {"template": str(template), "attached": ", ".join(dropped.attached)}
                notes.append(Problem("template_attached_dropped", severity="warning", params=params))
            noted[kind] = notes
    return unusable, noted


def _number(
    results: list[ParseResult],
    register: Register,
    outdir: Path,
    report: Callable[[str, int, int], None],
    template_dir: str | Path | None = None,
    unlogged: list[_Unlogged] | None = None,
    said: set[str] | None = None,
    folder: Listing | None = None,
) -> tuple[list[Filed], list[tuple[Filed, _Job]]]:
    """Number the valid results in one transaction (logging the prints ``unlogged`` in it); the
    render jobs for those numbered. ``said``: what the batch has noted once already — the
    templates whose dropped attached template it noted, :data:`CLOCK_SAID` (this computer's
    clock behind the register's latest record: :func:`_clock_behind`). ``folder``: ``outdir``'s
    names, listed once for the run (:class:`_Batch`); else listed now."""
    from .register.folder_ahead import listing
    from .render.outputs import UnsafeOutput, output_path, templates_of

    filed: list[Filed] = []
    pending: list[tuple[Filed, _Job]] = []
    valid = [r for r in results if r.valid and r.record is not None]
    # a form whose template cannot make its copy is not numbered (no number issued for nothing)
    unusable, noted = _unusable_templates(
        {r.kind for r in valid if r.kind}, template_dir, set() if said is None else said
    )
    valid = [r for r in valid if r.kind not in unusable]
    # once for the chunk (each document's own path is still checked)
    root, templates = outdir.resolve(), templates_of(template_dir)
    # one transaction for the batch: numbers are taken together or not at all
    listed = folder or listing(outdir)
    issued_all = _issue(register, valid, unlogged, listed)  # (listed before the lock)
    # by the result, not its source: the same file given twice in one batch is two results, the
    # first numbered, the second found numbered (by source, both were said "existing number")
    issued_by_result = {id(r): outcome for r, outcome in zip(valid, issued_all)}
    marks = {  # a document numbered in this transaction has no print yet: not asked about
        (d.kind, d.number, d.revision, "void" if d.status == "void" else "original")
        for d in issued_all
        if not isinstance(d, Exception) and not d.created
    }
    printed = register.originals_printed(marks)
    clock = _clock_behind(register)  # (this computer's clock behind the register's latest)
    # a later revision's own time (filed now, or before: the age its file must not be under)
    revised_at = register.revision_times(
        {(d.id, d.revision) for d in issued_all if not isinstance(d, Exception) and d.revision > 1}
    )
    for i, result in enumerate(results):
        if not result.valid:
            outcome: Outcome = "unreadable" if result.fatal else "invalid"
            filed.append(Filed(result.source, result.kind, outcome, parse=result, problems=result.errors))
            continue
        assert result.kind is not None and result.record is not None  # a valid result has both
        if result.kind in unusable:
            problem = Problem("render_failed", params={"reason": unusable[result.kind]})
            filed.append(Filed(result.source, result.kind, "failed", parse=result, problems=[problem]))
            continue
        issued = issued_by_result[id(result)]
        if isinstance(issued, Exception):  # the register's refusal (a RegisterError) for this one
            code, params = getattr(issued, "code", "internal_error"), getattr(issued, "params", {})
            problem = Problem(code, "number", params=params)
            filed.append(Filed(result.source, result.kind, "refused", parse=result, problems=[problem]))
            continue
        had_number = bool(getattr(result.record, "number", None))
        record = result.record
        if issued.superseded_by:  # the source of an earlier revision: that revision, as filed
            record = forms.get(issued.kind).model.model_validate(issued.record)
        void = issued.status == "void"
        try:
            output = output_path(
                outdir,
                output_name(result.kind, issued.number, issued.revision, void=void),
                template_dir,
                root=root,
                templates=templates,
            )
        except UnsafeOutput as exc:
            filed.append(
                Filed(
                    result.source,
                    result.kind,
                    "refused",
                    issued.number,
                    parse=result,
                    problems=[exc.problem()],
                )
            )
            continue
        record.number = issued.number
        item = Filed(
            result.source,
            result.kind,
            "rendered",
            issued.number,
            output,
            status=issued.status,
            created=issued.created,
            parse=result,
            revision=issued.revision,
            revised=issued.revised,
            given_number=had_number,
        )
        result.record.number = issued.number
        item.notes += _notes(issued, had_number)
        if clock is not None and said is not None and CLOCK_SAID not in said:
            said.add(CLOCK_SAID)  # (once a batch, on its first document filed)
            item.notes.append(clock)
        if listed.unscanned and said is not None and SCAN_SAID not in said:
            said.add(SCAN_SAID)  # (once a batch, on its first document filed)
            item.notes.append(_scan_cut(listed))
        if result.kind in noted:  # the first of its kind in the batch: said once it is on a document
            notes = noted.pop(result.kind)
            item.notes += notes
            if said is not None:
                said.add(notes[0].params["template"])
        mark = "void" if void else "original"
        before = (issued.kind, issued.number, issued.revision, mark) in printed
        pending.append(
            (
                item,
                _Job(
                    result.kind,
                    record,
                    issued.number,
                    "void" if void else "issued",
                    issued.issued_at.date(),
                    issued.void_reason,
                    output,
                    issued.revision,
                    before,
                    issued.id,
                    _held(result, record),
                    # (a document printed before is re-printed: its files never looked into)
                    not before and _not_its_own(issued, output, revised_at.get((issued.id, issued.revision))),
                    _moment_of(issued, revised_at.get((issued.id, issued.revision))).timestamp(),
                ),
            )
        )
        filed.append(item)
        report("number", i + 1, len(results))
    return filed, pending


def _held(result: ParseResult, record: Any) -> tuple[int, str, int] | None:
    """Where the worker that read ``result`` keeps the record to render: only the record as
    read and derived there (not an earlier revision's, taken from the register), and only
    when its derivation there is the command's (``prepared``: see :class:`_Batch`)."""
    if result.held is None or result.prepared is None or record is not result.record:
        return None
    return result.held


CLOCK_BEHIND_S = 60.0
"""How far this computer's clock may be behind the register's latest record before a batch says
so (:func:`_clock_behind`): two clerks' PCs a few seconds apart are no news."""

CLOCK_SAID = "<clock behind the register>"  # (in a batch's ``said``: the note made once)


def _clock_behind(register: Register) -> Problem | None:
    """The note of a batch filed while this computer's clock was behind the register's latest
    record by more than :data:`CLOCK_BEHIND_S` (its moment kept at the register's latest:
    ``issuing.not_before_latest``), or while that record was dated too far ahead to be followed
    (``issuing.CLOCK_PULL_MAX``: filed at this clock's time, the record named); None otherwise."""
    if register.dated_ahead is not None:
        at, number = register.dated_ahead
        return Problem(
            "register_dated_ahead",
            "number",
            severity="warning",
            params={"number": number, "latest": f"{at.astimezone():%Y-%m-%d %H:%M}", "clock": _minute()},
        )
    behind = register.clock_behind
    if behind is None or behind[1].total_seconds() <= CLOCK_BEHIND_S:
        return None
    latest, late = behind
    clock = latest - late
    return Problem(
        "clock_behind_register",
        "number",
        severity="warning",
        params={
            "clock": f"{clock.astimezone():%Y-%m-%d %H:%M}",
            "latest": f"{latest.astimezone():%Y-%m-%d %H:%M}",
        },
    )


def _minute() -> str:
    """This computer's clock, to the minute (as a note shows it)."""
    return f"{dt.datetime.now().astimezone():%Y-%m-%d %H:%M}"


SCAN_SAID = "<output folder not all looked through>"  # (in a batch's ``said``: the note made once)


def _scan_cut(listed: Listing) -> Problem:
    """The note that the output folder's listing stopped at :data:`.folder_ahead.SCAN_MOST` names,
    naming the folders it did not read whole (the first five, and how many more)."""
    from .register.folder_ahead import SCAN_MOST

    shown = "; ".join(listed.unscanned[:5])
    if len(listed.unscanned) > 5:
        shown += f" (+{len(listed.unscanned) - 5})"
    return Problem(
        "folder_scan_cut", severity="warning", params={"count": f"{SCAN_MOST:,}", "unscanned": shown}
    )


def _notes(issued: Any, had_number: bool) -> list[Problem]:
    """What the clerk should know about how the register filed it (warnings, not errors)."""
    notes = []
    if issued.same_case and not had_number:
        notes.append(
            Problem(
                "same_case_by_key",
                "number",
                severity="warning",
                params={"number": issued.number, "revision": issued.revision},
            )
        )
    if issued.revised:  # (rare: its describer imported only then, not once a document)
        from .register.document import describe_changes

        notes.append(
            Problem(
                "revised",
                "number",
                severity="warning",
                params={
                    "number": issued.number,
                    "revision": issued.revision,
                    "previous": issued.revision - 1,
                    "changes": Bilingual(
                        describe_changes(issued.kind, issued.changes, "zh"),
                        describe_changes(issued.kind, issued.changes, "en"),
                    ),
                },
            )
        )
    if issued.created and issued.issued_at.astimezone().date() < issued.document_date:
        notes.append(  # (the clock set back on a register with nothing later, or a date mistyped)
            Problem(
                "issued_before_document_date",
                "number",
                severity="warning",
                params={
                    "number": issued.number,
                    "issued": issued.issued_at.astimezone().date().isoformat(),
                    "date": issued.document_date.isoformat(),
                },
            )
        )
    if issued.superseded_by:
        notes.append(
            Problem(
                "superseded_source",
                "number",
                severity="warning",
                params={"number": issued.number, "revision": issued.revision, "latest": issued.superseded_by},
            )
        )
    return notes


def _copies(kind: str) -> str:
    return f"1-{len(forms.get(kind).copies)}"


def _print_control(
    pending: list[tuple[Filed, _Job]],
    done: list[tuple[Reason | None, str, str]],
    register: Register,
    outdir: Path,
    template_dir: str | None,
    unlogged: list[_Unlogged] | None = None,
) -> None:
    """Log the prints made (in one transaction); turn a document printed before (and not found
    here) into a re-print. ``unlogged`` given (a batch of :func:`render_paths`: its chunks, or
    the page's forms one by one): the prints are kept there, logged by the transaction that
    numbers the next chunk or form (:func:`_issue`) or by :meth:`_Batch.log_unlogged` (the
    batch's end, Ctrl-C) — one write transaction a chunk, not two."""
    made = _prints_made(pending, done)
    if unlogged is not None:
        unlogged.append(made)
        return
    _after_logging(register.log_prints(made.entries), made, register, outdir, template_dir)


@dataclass
class _Unlogged:
    """The prints a chunk made, not logged yet: the log's entries, the documents they are of,
    and the documents printed before (re-prints to make)."""

    entries: list[dict[str, Any]]
    logged: list[tuple[Filed, _Job]]
    reprints: list[tuple[Filed, _Job]]
    refused: list[int] | None = None  # once logged: the places of the originals refused


def _prints_made(pending: list[tuple[Filed, _Job]], done: list[tuple[Reason | None, str, str]]) -> _Unlogged:
    """What the rendered ``pending`` documents (``done``: each one's outcome) make to log."""
    entries: list[dict[str, Any]] = []
    logged: list[tuple[Filed, _Job]] = []
    reprints: list[tuple[Filed, _Job]] = []
    for (item, job), (error, what, digest) in zip(pending, done):
        if error is not None:
            continue
        mark = "void" if job.status == "void" else "original"
        if what == "unchanged":
            item.printed = "unchanged"
            if not job.printed_before:  # written before a crash, never logged: log it now
                entries.append(_entry(job, mark, item.output, digest))
                logged.append((item, job))
            continue
        if what in ("written", UNDATED):
            if what == UNDATED:  # (a rerun may take this file for another document's: said now)
                item.notes.append(
                    Problem("file_not_dated", severity="warning", params={"name": _output_name(item)})
                )
            item.printed = mark
            entries.append(_entry(job, mark, item.output, digest))
            logged.append((item, job))
            continue
        # printed before, not in this folder: a re-print (补印 N), never a second original
        reprints.append((item, job))
    return _Unlogged(entries, logged, reprints)


def _after_logging(
    refused: list[int], made: _Unlogged, register: Register, outdir: Path, template_dir: str | None
) -> None:
    """The prints ``made`` logged, the originals at ``refused`` refused: those and the documents
    printed before become re-prints."""
    logged, reprints = made.logged, list(made.reprints)
    for place in refused:
        # another clerk filing the same form at once logged its original first: ours is taken
        # back, and this copy is a re-print
        item, job = logged[place]
        if item.output is not None and item.printed != "unchanged":
            # only the copy this run wrote: an identical file found in place may be the other
            # clerk's original, logged a moment ago, and stays
            item.output.unlink(missing_ok=True)
        reprints.append((item, job))
    for item, job in reprints:
        copy = _reprint_copy(register, job, outdir, template_dir)
        if isinstance(copy, Problem):
            item.outcome, item.output, item.problems = "failed", None, [copy]
            continue
        item.output, item.printed, item.reprint_no, item.status = copy


def _entry(job: _Job, mark: str, output: Path | None, digest: str, reprint_no: int = 0) -> dict[str, Any]:
    return {
        "number": job.number,
        "kind": job.kind,
        "revision": job.revision,
        "mark": mark,
        "copies": _copies(job.kind),
        "output": str(output or ""),
        "file_hash": digest,
        "reprint_no": reprint_no or None,
        "document_id": job.document_id,
    }


def _log(
    register: Register, job: _Job, mark: str, output: Path | None, digest: str, reprint_no: int = 0
) -> None:
    register.log_print(
        job.number,
        job.kind,
        revision=job.revision,
        mark=mark,
        copies=_copies(job.kind),
        output=str(output or ""),
        file_hash=digest,
        reprint_no=reprint_no or None,
    )


def _reprint_copy(
    register: Register, job: _Job, outdir: Path, template_dir: str | None
) -> tuple[Path, str, int, str] | Problem:
    """Render a re-print of ``job`` (补印 N), count and log it: (file, mark, N, register status)."""
    from .render.outputs import UnsafeOutput, output_path

    void = job.status == "void"
    upcoming = register.get(job.number, kind=job.kind).reprints + 1

    def name(reprint: int) -> str:
        return output_name(job.kind, job.number, job.revision, void=void, reprint=reprint)

    try:  # a number registered before numbers were checked may name no safe file
        output_path(outdir, name(upcoming), template_dir)
    except UnsafeOutput as exc:
        return exc.problem()

    def render(reprint_no: int) -> bytes:
        return _renderer(template_dir).render(
            job.record,
            number=job.number,
            status="void" if void else "reprint",
            issued_date=job.issued_date,
            void_reason=job.void_reason,
            revision=job.revision,
            reprint_no=reprint_no,
        )

    try:
        data = render(upcoming)
    except Exception as exc:  # no copy made: nothing to count
        return Problem("render_failed", params={"reason": f"{type(exc).__name__}: {exc}"})
    # the copy is on disk before it is counted: a full disk refuses it with nothing counted
    try:
        staged = stage_file(output_path(outdir, name(upcoming), template_dir), data)
    except OSError as exc:
        return Problem("render_failed", params={"reason": write_failure(exc)})
    try:
        doc = register.reprint(job.number, kind=job.kind)  # counted once its copy exists
        output = output_path(outdir, name(doc.reprints), template_dir)
        try:
            if doc.reprints != upcoming:  # another clerk re-printed meanwhile: print the number counted
                data = render(doc.reprints)
                staged.unlink()
                staged = stage_file(output, data)
            try:
                put_in_place(staged, output)  # (still the file written: checked right before the rename)
            except FileExistsError:  # its temporary file was replaced: staged again, once
                staged = stage_file(output, data)
                put_in_place(staged, output)
        except OSError as exc:  # counted, its copy not in place: said with the re-print counted
            staged.unlink()
            return Problem("render_failed", params={"reason": _reprint_not_placed(doc.reprints, output, exc)})
    except BaseException:
        staged.unlink()
        raise
    mark = "void-reprint" if void else "reprint"
    _log(register, job, mark, output, hashlib.sha256(data).hexdigest(), doc.reprints)
    return output, mark, doc.reprints, doc.status


def _reprint_not_placed(count: int, output: Path, exc: OSError) -> Bilingual:
    """Why the re-print the register counted (补印 ``count``) has no file ``output``."""
    if isinstance(exc, FileExistsError):  # (leftovers.put_in_place's refusal, twice)
        replaced = Problem("reprint_staged_replaced")
        why = Bilingual(replaced.message("zh"), replaced.message("en"))
    else:
        why = file_failure(exc)
    said = Problem("reprint_not_placed", params={"count": count, "name": output.name, "why": why})
    return Bilingual(said.message("zh"), said.message("en"))


def _working_copies(filed: list[Filed], outdir: Path) -> None:
    """Beside the documents, a copy of each Excel form numbered here with its number filled in.

    The next stage (QA's investigation, the decision) is filled in that copy, which then
    carries its number: the case is never numbered twice. The input file is never modified;
    a working copy already there (perhaps being filled) is never overwritten.
    """
    from .parse.excel_copy import SheetNameBeyondExcel, write_numbered_copy
    from .render.outputs import UnsafeOutput, output_path

    by_file: dict[str, list[Filed]] = {}
    for item in filed:
        if item.outcome != "rendered" or item.parse is None or item.parse.record is None:
            continue
        path = _on_disk(item.source.split("#", 1)[0], item.parse.source_hash.split("#", 1)[0])
        # (the suffix as Path's, without a Path made for each document of a batch of JSON)
        if item.given_number or os.path.splitext(path)[1].lower() not in (".xlsx", ".xlsm", ".xls"):
            continue
        if Path(path).suffix.lower() == ".xls" or not item.parse.locations.get("number"):
            # no cell to write into (an old .xls, a layout without a number cell): say the number
            item.notes.append(
                Problem("working_copy_not_written", severity="warning", params={"number": item.number})
            )
            continue
        by_file.setdefault(path, []).append(item)
    planned: set[str] = set()  # the copies' names as Windows and macOS compare them
    for path, items in by_file.items():
        shown = items[0].source.split("#", 1)[0]  # (``path`` as it is said: :func:`_on_disk`)
        numbers = {str(item.parse.locations["number"]): str(item.number) for item in items if item.parse}
        end = f"-{number_in_name(str(items[0].number))}" if len(items) == 1 else "-已编号"
        filename = _unplanned(_copy_name(Path(shown).stem, end + Path(path).suffix.lower()), planned)
        reason: Reason | None = None
        target = Path(outdir) / filename
        left_out: list[Bilingual] = []
        try:
            target = output_path(outdir, filename)
            written = write_numbered_copy(Path(path), target, numbers, left_out)
        except OSError as exc:  # the documents are made; only the convenience copy failed
            if exc.filename is not None:  # (another name than the source's: its temporary one, the copy's)
                exc.filename = shown if str(exc.filename) == path else str(target)
            reason = file_failure(exc)
        except UnsafeOutput as exc:
            reason = Bilingual(exc.message("zh"), exc.message("en"))
        except SheetNameBeyondExcel as exc:
            reason = exc.reason
        except Exception as exc:  # the source no longer opens as a workbook (changed meanwhile)
            reason = Bilingual(
                f"原文件“{shown}”无法再作为工作簿打开（{type(exc).__name__}）：是否在运行时被修改？",
                f"the source '{shown}' no longer opens as a workbook ({type(exc).__name__}): was it "
                "changed meanwhile?",
            )
        if reason is not None:
            for item in items:
                params = {"name": filename, "reason": reason, "number": item.number}
                item.notes.append(Problem("working_copy_failed", severity="warning", params=params))
            continue
        for item in items:
            item.working_copy = target
            if written:
                item.notes.append(
                    Problem("working_copy_written", severity="warning", params={"path": str(target)})
                )
            for what in left_out if written else []:
                item.notes.append(Problem("working_copy_left_out", severity="warning", params={"what": what}))


def _on_disk(source: str, digest: str) -> str:
    """The file a result's ``source`` names. A source is its path as shown (:func:`.parse.shown_path`):
    a bidi override (``报价\u202efdp.xlsx``) or bytes of no encoding (a name from another
    system's disk) are U+FFFD there, so the working copy, reading the form again by that name,
    found no file and said it had been moved or deleted meanwhile. Such a name is looked up part
    by part among its folder's entries shown alike; of several, the one whose bytes are those
    read (``digest``, their SHA-256); none or several left: ``source`` as it is (said as not
    there)."""
    if "\ufffd" not in source or os.path.lexists(source):
        return source
    from .parse import shown_path

    head, name = os.path.split(source)
    folder = _on_disk(head, "") if head and head != source else head
    try:
        alike = [entry for entry in os.listdir(folder or ".") if shown_path(entry) == name]
    except OSError:
        return source
    if len(alike) > 1 and digest:
        alike = [entry for entry in alike if _sha256_of(os.path.join(folder, entry)) == digest]
    return os.path.join(folder, alike[0]) if len(alike) == 1 else source


def _sha256_of(path: str) -> str:
    """The SHA-256 of the regular file at ``path``, or "" (none there, not to be read)."""
    from .reports.marks import open_regular

    opened = open_regular(path)
    if opened is None:
        return ""
    digest = hashlib.sha256()
    with opened:
        try:
            for block in iter(lambda: opened.read(1 << 20), b""):
                digest.update(block)
        except OSError:
            return ""
    return digest.hexdigest()


COPY_NAME_BYTES = 200  # a working copy's name: room left for its temporary name in 255 bytes


def _unplanned(name: str, planned: set[str]) -> str:
    """``name``, or ``name (2)``…, not among the names ``planned`` for this batch as a file system
    that ignores case compares them (Windows, macOS; :func:`~kesu_docs.filenames.folded`): two customers' workbooks
    ``甲/客诉.xlsx`` and ``乙/客诉.xlsx`` (or ``CC.xlsx`` and ``cc.xlsx``) of several forms each
    had one copy name, the second never written and its forms pointed at the first's copy."""
    stem, suffix = name[: len(name) - len(Path(name).suffix)], Path(name).suffix
    candidate, n = name, 1
    while folded(candidate) in planned:
        n += 1
        candidate = f"{stem} ({n}){suffix}"
    planned.add(folded(candidate))
    return candidate


def _copy_name(stem: str, end: str) -> str:
    """``stem`` + ``end`` (``-202609001.xlsx``) as a file name a file system stores, with room for
    the temporary name it is written under: a clerk's 80-character Chinese file name (240 bytes
    of UTF-8) made a name too long to write (``File name too long``); the stem is cut, the
    number and suffix kept."""
    # a name made on a Linux mail server may hold control characters (an ESC, a BEL), which no
    # Windows folder stores and a terminal obeys, or a bidi override: each becomes ``_``
    stem = safe_name(stem)
    room = COPY_NAME_BYTES - len(end.encode("utf-8"))
    if len(stem.encode("utf-8")) > room:
        stem = stem.encode("utf-8")[:room].decode("utf-8", "ignore").rstrip(" .") or "copy"
    return stem + end


def reprint(
    register: Register,
    number: str,
    outdir: str | Path,
    *,
    kind: str | None = None,
    pdf: bool = False,
    template_dir: str | Path | None = None,
) -> Filed:
    """Re-print a registered document: same number, marked 补印 N with its original issue date.

    The latest revision is printed; a void document's re-print keeps its watermark and is
    named ``…-作废-补印N``. Counted and logged once its copy exists.
    """
    if pdf:
        _office_or_fail()
    from pydantic import ValidationError

    from .render.outputs import UnsafeOutput, output_path

    doc = register.get(number, kind=kind)
    spec = forms.get(doc.kind)
    try:  # a document registered before numbers and records were checked: no safe file, no valid record
        output_path(
            outdir,
            output_name(
                doc.kind, doc.number, doc.revision, void=doc.status == "void", reprint=doc.reprints + 1
            ),
            template_dir,
        )
        record = spec.model.model_validate(doc.record)
    except UnsafeOutput as exc:
        return Filed(
            doc.source or "", doc.kind, "failed", doc.number, status=doc.status, problems=[exc.problem()]
        )
    except ValidationError as exc:
        reason = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors()[:3])
        return Filed(
            doc.source or "",
            doc.kind,
            "failed",
            doc.number,
            status=doc.status,
            problems=[Problem("render_failed", params={"reason": reason})],
        )
    job = _Job(
        doc.kind,
        record,
        doc.number,
        "void" if doc.status == "void" else "issued",
        doc.issued_date,
        doc.void_reason,
        Path(outdir) / output_name(doc.kind, doc.number, doc.revision),
        doc.revision,
        True,
    )
    copy = _reprint_copy(register, job, Path(outdir), str(template_dir) if template_dir else None)
    if isinstance(copy, Problem):
        return Filed(doc.source or "", doc.kind, "failed", doc.number, status=doc.status, problems=[copy])
    output, mark, count, status = copy
    item = Filed(
        doc.source or "",
        doc.kind,
        "rendered",
        doc.number,
        output,
        status=status,
        revision=doc.revision,
        printed=mark,
        reprint_no=count,
    )
    if pdf:
        _convert([item], Path(outdir), lambda *_: None)
    return item


def print_unprinted(
    register: Register,
    outdir: str | Path,
    *,
    kind: str | None = None,
    numbers: Iterable[str] | None = None,
    pdf: bool = False,
    template_dir: str | Path | None = None,
) -> list[Filed]:
    """Print the documents numbered without their documents (:meth:`Register.unprinted`: a batch
    cut between its numbering and its rendering, a render that failed, a crash) into ``outdir``:
    each its original — never printed, so not a re-print (补印) — logged as printed, the file the
    batch that numbered it would have written. ``kind`` / ``numbers``: only those.

    A number is never issued twice and numbering is gapless: such a number cannot be taken back,
    only printed (or voided, ``kesu register void``).

    >>> filed = print_unprinted(register, "受控文件/")   # doctest: +SKIP
    """
    from pydantic import ValidationError

    from .render.outputs import UnsafeOutput, output_path

    if pdf:
        _office_or_fail()
    refuse_nul(outdir)
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    templates = str(template_dir) if template_dir else None
    wanted = None if numbers is None else {str(n).strip() for n in numbers}
    filed: list[Filed] = []
    pending: list[tuple[Filed, _Job]] = []
    due = [doc for doc in register.unprinted(kind) if wanted is None or doc.number in wanted]
    revised_at = register.revision_times({(d.id, d.revision) for d in due if d.revision > 1})
    for doc in due:
        try:
            output = output_path(outdir, output_name(doc.kind, doc.number, doc.revision), template_dir)
            record = forms.get(doc.kind).model.model_validate(doc.record)
        except UnsafeOutput as exc:  # a number registered before numbers were checked
            problem = exc.problem()
        except (ValidationError, KeyError) as exc:  # a record of an earlier version, a form not here
            problem = Problem("render_failed", params={"reason": f"{type(exc).__name__}: {exc}"})
        else:
            record.number = doc.number
            item = Filed(
                doc.source or "",
                doc.kind,
                "rendered",
                doc.number,
                output,
                status=doc.status,
                revision=doc.revision,
            )
            job = _Job(
                doc.kind,
                record,
                doc.number,
                "issued",
                doc.issued_date,
                None,
                output,
                doc.revision,
                False,
                doc.id,
                moment=_moment_of(doc, revised_at.get((doc.id or 0, doc.revision))).timestamp(),
            )
            filed.append(item)
            pending.append((item, job))
            continue
        filed.append(
            Filed(doc.source or "", doc.kind, "failed", doc.number, status=doc.status, problems=[problem])
        )
    done = _render_jobs([job for _, job in pending], templates)
    for (item, _), (err, _what, _digest) in zip(pending, done):
        if err is not None:
            item.outcome, item.output = "failed", None
            item.problems = [Problem("render_failed", params={"reason": err})]
    _print_control(pending, done, register, outdir, templates)
    for item in filed:
        if item.printed == "unchanged":  # its identical file was there (a crash before the log)
            item.printed = "original"
    if pdf:
        _convert([item for item in filed if item.ok], outdir, lambda *_: None)
    return filed


def _output_name(item: Filed) -> str:
    return item.output.name if item.output is not None else ""


STOP_PART = 8
"""Documents converted to PDF between two questions whether to stop (a server's batch): one
LibreOffice start (≈ 2 s) and ≈ 0.5–2 s a document on a loaded machine, so a stop waits
≈ 20 s at most. Without a stop to ask, one start converts them all (:func:`to_pdf`)."""


class Cut(Interrupted):
    """The batch ended where ``stop()`` was asked (:func:`render_paths`): ``filed`` is what was
    done whole — every document written is logged, and is handed out from here."""

    def __init__(self) -> None:
        super().__init__(signal.SIGTERM)
        self.filed: list[Filed] = []


def _convert(
    items: list[Filed],
    outdir: Path,
    report: Callable[[str, int, int], None],
    stop: Callable[[], bool] | None = None,
) -> None:
    """PDFs of the rendered ``items``; asked, ``stop()`` before each part of :data:`STOP_PART`."""
    done = [item for item in items if item.outcome == "rendered" and item.output]
    size = STOP_PART if stop is not None else max(1, len(done))
    for start in range(0, len(done), size):
        if stop is not None and stop():
            raise Cut()
        _convert_part(done[start : start + size], outdir)
        report("pdf", min(start + size, len(done)), len(done))


def _convert_part(done: list[Filed], outdir: Path) -> None:
    from .render import PdfError, to_pdf

    outputs = [item.output for item in done if item.output is not None]
    # a new number's (or revision's) PDF, as its DOCX (:func:`_written`): never over another's file
    new = [item.output for item in done if item.output is not None and (item.created or item.revised)]
    pdfs: list[Path | None]
    try:
        pdfs = list(to_pdf(outputs, outdir, new=new))
    except PdfError as exc:
        if not exc.missing:
            raise
        missing = {p.resolve() for p in exc.missing}
        pdfs = [None if output.resolve() in missing else outdir / f"{output.stem}.pdf" for output in outputs]
        for item, pdf_path in zip(done, pdfs):
            if pdf_path is None:  # its DOCX stands; the PDF is what failed
                item.outcome = "failed"
                item.problems = [
                    Problem(
                        "pdf_failed",
                        params={"files": _output_name(item), "reason": exc.params.get("reason", "")},
                    )
                ]
    for item, output, pdf_path in zip(done, outputs, pdfs):  # beside its DOCX, as the user gave the folder
        item.pdf = None if pdf_path is None else outdir / f"{output.stem}.pdf"
