"""Reading files into results: find the form files, read each once (by its layout profile or
by the extractor for its suffix), validate the records, then run the procedure's rules over
the batch (:func:`read_paths` then :func:`check_results`; :func:`parse_paths` does both)."""

from __future__ import annotations

import errno
import gc
import hashlib
import os
import stat
import sys
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from itertools import islice
from pathlib import Path, PosixPath, WindowsPath
from typing import Any

from .. import forms
from ..config import Settings, has_profiles, held_settings
from ..config import settings as current_settings
from ..forms import FormSpec, RuleContext
from ..forms.base import References
from ..lazy_re import lazy_re
from ..problems import Bilingual, Problem, SourceError
from ..validation import build, check, derive
from ..values import BIDI_CONTROLS
from .limits import check_file_size
from .request_or_decision import disposition_without_request
from .results import SUFFIXES, WORKBOOKS, Extraction, Extractor, ParseResult, may_be_in_doubt
from .ubn import not_mainland, not_ubn

# the files a profile (kesu learn) can describe: a JSON file is read as it is, so a batch of
# JSON records imports no layout reader (issue 15: start-up of `kesu render`)
_LAYOUTS = frozenset((*WORKBOOKS, ".pdf"))


def _extractor(suffix: str) -> Extractor:
    if suffix in WORKBOOKS:
        from .excel import extract
    elif suffix == ".pdf":
        from .pdf import extract
    elif suffix == ".json":
        from .jsonfile import extract
    else:
        raise SourceError("unsupported_file", suffix=suffix or "(none)")
    return extract


# spreadsheets kesu cannot read (OpenDocument, WPS's own, binary Excel, Apple Numbers): in a
# folder each is still listed, as unsupported (save it as .xlsx), never passed over in silence
_UNREAD_SHEETS = (".ods", ".et", ".xlsb", ".numbers")


def expand(paths: Iterable[str | Path], locks: list[Path] | None = None) -> Iterator[Path]:
    """Files as given; a directory means every form file under it, in a stable order.

    A form's name that is no file to read (a link to a file gone, a pipe, a device) is listed
    too: :func:`extract_file` says what it is, rather than the batch passing over it in silence.
    So is a link to a folder inside the folder: it is not followed (it may lead out of the
    folder given, or back into it for ever), and the forms behind it would otherwise be
    missing from the batch with no word said.

    A link to a file outside the folder given is listed as :class:`LinkOut` and never read: the
    form it leads to is not in the folder (another clerk's, a private one, a system file named
    like a form); a file named on the command line is read wherever a link of it leads.

    Excel's owner files in a folder (``~$客诉单.xlsx``, the lock beside a workbook open in Excel)
    are passed over, and put in ``locks`` when given (for the batch's note, :func:`lock_owner`).
    A folder's JSON or Excel file is listed as :class:`InFolder`: a check report kesu wrote into
    the folder (``kesu validate forms --report forms/r.json`` or ``forms/r.xlsx``) is no form of
    the clerk's, and is passed over when it is read (:func:`extract_file`, :func:`passed_over`),
    never opened by the listing (issue 15: a look into each workbook before the workers fork).
    A file named on the command line is read whatever it is.
    """
    for raw in paths:
        path = Path(raw)
        if is_folder(path):
            root: Path | None = None
            for p in sorted((p for p in path.rglob("*") if _listed(p, locks)), key=_in_order):
                if p.is_symlink() and p.is_file():  # (a pipe or a device: not a regular file, said so)
                    root = root or path.resolve()
                    if not p.resolve().is_relative_to(root):
                        yield LinkOut(p)
                        continue
                yield InFolder(p) if _may_be_report(p) else p
        else:
            yield path


def _may_be_report(path: Path) -> bool:
    """Is a folder's file named as a file kesu writes is (a check report's JSON or Excel, a
    monthly report's Excel or PDF, a register export)? Its name alone."""
    return path.name.rstrip(". ").lower().endswith((".json", ".xlsx", ".pdf"))


def as_sent(path: Path) -> str | Path:
    """``path`` as a batch hands it to a ``--jobs`` worker: as text (a path pickles as its
    parts, rebuilt part by part), but for what :func:`expand` told apart (:class:`InFolder`, a
    folder's JSON or Excel file whose reading passes a check report over; :class:`LinkOut`,
    never read), sent as such; the worker makes a plain path of the text."""
    return path if isinstance(path, (InFolder, LinkOut)) else str(path)


def passed_over(results: list[ParseResult], reports: list[Any] | None = None) -> list[ParseResult]:
    """``results`` without those of the files kesu wrote (check reports, monthly reports, register
    exports) that a batch's reading met in its folders (``check_report_passed_over``: no form of
    the clerk's), each file put in ``reports`` when given, with what it is (zh, en), for the
    batch's note."""
    out: list[ParseResult] = []
    for result in results:
        if is_passed_over(result):
            if reports is not None:
                params = result.errors[0].params
                reports.append((Path(params["path"]), params.get("what")))
        else:
            out.append(result)
    return out


def is_passed_over(result: ParseResult) -> bool:
    """Is ``result`` a check report's that a batch's reading met in a folder (:func:`passed_over`)?"""
    return result.fatal and bool(result.errors) and result.errors[0].code == PASSED_OVER


PASSED_OVER = "check_report_passed_over"


def is_folder(path: Path) -> bool:
    """Is ``path`` a folder? A name the system cannot look up (longer than its 255 bytes, a
    path past its limit) is none: listed as given, said by :func:`extract_file`."""
    try:
        return path.is_dir()
    except OSError:
        return False


class LinkOut(WindowsPath if sys.platform == "win32" else PosixPath):  # type: ignore[misc]
    """A link, found in a folder, to a file outside that folder: listed, never read (:func:`expand`)."""


class InFolder(WindowsPath if sys.platform == "win32" else PosixPath):  # type: ignore[misc]
    """A JSON or Excel file found in a folder (:func:`expand`): read as a form unless it is a
    check report kesu wrote there, told by the bytes read (:func:`extract_file`)."""


def holds_forms(folder: Path) -> bool:
    """Does ``folder`` hold anything :func:`expand` lists for it? Stops at the first entry that
    is one, where ``expand`` stats and sorts every entry (a folder of 1,000 forms was listed
    twice by ``kesu render`` and ``kesu parse``: once only to say it was not empty)."""
    return any(_listed(p) for p in folder.rglob("*"))


def _listed(path: Path, locks: list[Path] | None = None) -> bool:
    """Is this entry of a folder one of the batch's: a form file (its name ending in a dot or a
    space too: ``客诉单.xlsx.`` is listed, said by :func:`extract_file`), or a link to a folder.
    An office program's lock file beside a form file (Excel's owner file ``~$客诉单.xlsx``,
    LibreOffice's ``.~lock.客诉单.xlsx#``) is none: put in ``locks`` when given."""
    if path.is_dir():
        return path.is_symlink()
    name = path.name
    lock = name.startswith("~$")
    if name.startswith(_LIBREOFFICE_LOCK) and name.endswith("#"):
        name, lock = name[len(_LIBREOFFICE_LOCK) : -1], True
    name = name.rstrip(". ")
    dot = name.rfind(".")  # (``Path(name).suffix``, without making a path of each entry's name)
    suffix = name[dot:].lower() if 0 < dot < len(name) - 1 else ""
    if suffix not in _LISTED_SUFFIXES:
        return False
    if lock:
        if locks is not None:
            locks.append(path)
        return False
    return not name.startswith(".~lock")


_LIBREOFFICE_LOCK = ".~lock."  # (its lock file's name: this, the document's name, then "#")


def lock_owner(path: Path) -> tuple[str, str]:
    """The program whose lock file this is ("Excel" or "LibreOffice", by its name) and the user
    it names as having the document open, or "" (not that shape, or not readable: an owner file
    is locked on Windows while Excel holds it)."""
    from .file_kinds import libreoffice_lock, owner_file_user

    program = "Excel" if path.name.startswith("~$") else "LibreOffice"
    try:
        with open(path, "rb") as file:
            data = file.read(_LOCK_LOOK + 1)
    except OSError:
        return program, ""
    if program == "Excel":
        return program, owner_file_user(data[:1024]) or ""
    lock = libreoffice_lock(data)
    return program, lock.user if lock else ""


_LISTED_SUFFIXES = frozenset(SUFFIXES + _UNREAD_SHEETS)


def _in_order(path: Path) -> tuple[str, ...]:
    """A folder's entries in the order ``sorted`` gives paths (their parts compared in turn,
    case-folded on Windows), each path's key made once rather than in each of the sort's
    ≈ n log n comparisons (``PurePath.__lt__``: 1.7 of a 1,000-form folder's 15 ms listing)."""
    return tuple(part.lower() for part in path.parts) if _CASE_FOLDED else path.parts


_CASE_FOLDED = sys.platform == "win32"


def _dot_or_space_ended(path: Path) -> SourceError | None:
    """A form's name ending in a dot or a space (``客诉单.xlsx.``, ``客诉单.xlsx ``: an archive or
    a Mac made it; Windows drops them, its Explorer can then neither open nor rename the file):
    said with the name to give it, rather than "unsupported file type: .xlsx " or passed over."""
    trimmed = path.name.rstrip(". ")
    if trimmed == path.name or Path(trimmed).suffix.lower() not in SUFFIXES:
        return None
    return SourceError("name_ends_in_dot_or_space", name=path.name, renamed=trimmed)


def extract_file(path: Path, kind: str | None = None) -> tuple[list[Extraction], str] | SourceError:
    """Read one file (once) into its extractions and its sha256, or the reason it cannot be read."""
    try:
        if isinstance(path, LinkOut):  # listed, never read
            raise _no_file(path)
        ended = _dot_or_space_ended(path)
        if ended is not None:
            raise ended
        data = _read_whole_or_report(path)
        if not data.strip():
            raise SourceError("empty_file")
        _kesu_output(path, data)
        digest = hashlib.sha256(data).hexdigest()
        suffix = path.suffix.lower()
        # a layout with a profile (kesu learn) is read exactly; JSON has none
        if suffix in _LAYOUTS and _has_profiles():
            from .profile import read_by_profile

            profiled = read_by_profile(path, data, kind)
            if profiled is not None:
                return _with_workbook_notes(path, profiled, kind), digest
        if suffix not in SUFFIXES:
            _said_if_lock_file(data)
        return _with_workbook_notes(path, _extractor(suffix)(path, data, kind), kind), digest
    except SourceError as exc:
        return exc
    except RecursionError:  # nesting a reader follows without end (JSON, PDF objects)
        return SourceError(
            "corrupt_file", reason=Bilingual("文件结构嵌套过深", "the file's structure is nested too deeply")
        )
    except MemoryError:
        return SourceError(
            "unreadable_file", reason=Bilingual("文件太大，内存不足", "too big for the memory available")
        )
    except Exception as exc:  # a reader library's own failure: report it, keep the batch going
        if type(exc).__name__ == "PdfiumError":
            from .limits import pdfium_reason

            return SourceError("corrupt_file", reason=pdfium_reason(exc))
        from .limits import library_reason

        return SourceError("unreadable_file", reason=library_reason(exc))


def _read_whole_or_report(path: Path) -> bytes:
    """:func:`_read_whole`; a folder's file past ``file_mb`` that is a check report kesu wrote
    (the report of a large batch) is passed over, looked into without being read whole, as
    the folder's listing passed it over before."""
    try:
        return _read_whole(path)
    except SourceError as exc:
        if isinstance(path, InFolder) and exc.code == "limit_exceeded":
            from ..reports.marks import kesu_output_at

            if what := kesu_output_at(path):
                raise _kesu_output_said(path, what) from None
        raise


def _kesu_output(path: Path, data: bytes) -> None:
    """A file kesu itself wrote (a check report, a monthly report, a register export: a clerk
    saves them beside the forms), told by its bytes: met in a folder, passed over (the batch's
    note names it); named on its own (a file given, an upload on the page), said as what it is,
    not read as a form with a dozen required fields missing. Any other file: nothing said."""
    if path.suffix.lower() not in _KESU_OUTPUT_SUFFIXES:
        return
    from ..reports.marks import kesu_output

    if what := kesu_output(path.name, data):
        raise _kesu_output_said(path, what)


_KESU_OUTPUT_SUFFIXES = frozenset((".xlsx", ".json", ".pdf"))


def _kesu_output_said(path: Path, what: str) -> SourceError:
    """:func:`_kesu_output`'s error: passed over in a folder, said of a file named on its own."""
    from ..reports.marks import KESU_OUTPUTS

    code = PASSED_OVER if isinstance(path, InFolder) else "kesu_output_not_read"
    return SourceError(code, path=str(path), what=Bilingual(*KESU_OUTPUTS[what]))


def _said_if_lock_file(data: bytes) -> None:
    """An office program's lock file given by its own name (LibreOffice's ``.~lock.客诉单.xlsx#``,
    whose suffix is no form's): said as what it is, with whose it is, not "unsupported file type"."""
    from .file_kinds import lock_file_said

    if what := lock_file_said(data[: _LOCK_LOOK + 1]):
        raise SourceError("office_lock_file", what=what)


_LOCK_LOOK = 4096  # (a lock file is some hundred bytes: a larger file is none)


def _with_workbook_notes(path: Path, extracted: list[Extraction], kind: str | None) -> list[Extraction]:
    """A PDF's values with the notes of the workbook it was printed from, saved beside it."""
    if path.suffix.lower() != ".pdf":
        return extracted
    from .print_notes import with_workbook_notes

    if not _has_profiles():
        return with_workbook_notes(path, extracted, kind, extract_file, _no_profile)
    from .profile import may_read  # (a profile of another form reads no workbook as this one)

    return with_workbook_notes(path, extracted, kind, extract_file, may_read)


def _no_profile(kind: str) -> bool:
    return False


# whether the folder of layout profiles holds one, looked at once a batch (:func:`read_files`;
# learning a profile is another command's): each look asks the system for the working directory
# and the folder (≈ 40 µs), and a PDF asked it twice (its reader, the workbook beside it)
_PROFILES: ContextVar[bool | None] = ContextVar("kesu_profiles_held", default=None)


def _has_profiles() -> bool:
    held = _PROFILES.get()
    return has_profiles() if held is None else held


@contextmanager
def _profiles_held() -> Iterator[None]:
    try:
        held: bool | None = has_profiles()
    except Exception:  # (a kesu.toml that cannot be read: each file's look says so, as before)
        held = None
    token = _PROFILES.set(held)
    try:
        yield
    finally:
        _PROFILES.reset(token)


# a pipe given as a form must not hold the batch until something writes into it: opened without
# waiting (a regular file reads the same), it is then told apart by its fstat
_READ = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)


def _read_whole(path: Path) -> bytes:
    """The bytes of the regular file at ``path``, its size checked against ``file_mb`` before
    they are read. Opened once, told a regular file by its fstat, read, closed: four system calls
    where ``is_file``, ``stat`` and ``read_bytes`` made eleven (each ≈ 5–25 µs on a virtual
    machine: ≈ 0.1 ms a form of ``kesu render``). What is no file to read is said by
    :func:`_no_file`, as before."""
    try:
        fd = os.open(path, _READ)
    except ValueError:  # a NUL in the name (through the Python API: no command line passes one)
        raise _nul_in_name() from None
    except OSError as exc:
        if (
            exc.errno == errno.ENAMETOOLONG
        ):  # a name longer than the system's 255 bytes, a path past its limit
            raise _name_too_long(path) from None
        if not path.is_file():  # not there, a folder (Windows refuses to open one), a link gone
            raise _no_file(path) from None
        raise  # a file that cannot be opened (permissions): its own error
    try:
        status = os.fstat(fd)
        if not stat.S_ISREG(status.st_mode):  # a folder (Linux opens one), a pipe, a device
            raise _no_file(path)
        check_file_size(status.st_size)
        # its size and one byte more, as read_bytes asks (a buffer of the file's size: a larger
        # one, given back at once, grew and shrank the heap at every form, a page fault a page)
        data = os.read(fd, status.st_size + 1)
        if len(data) <= status.st_size:  # a regular file read short is at its end
            return data
        chunks = [data]  # it grew since its fstat: the rest, to its end
        while chunk := os.read(fd, 1 << 16):
            chunks.append(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


def _nul_in_name() -> SourceError:
    """A name with a NUL given through the Python API (no command line passes one): said before as
    "ValueError: embedded null byte", in Chinese "the reader cannot parse the file's content"."""
    return SourceError(
        "unreadable_file",
        reason=Bilingual(
            "文件名中含有 NUL 字符（\\0），任何文件名都不能含有它，找不到这样的文件：请检查给出这个文件名的程序",
            "the file name holds a NUL character (\\0), which no file name can hold, so no such file "
            "can be found: check the program that gave this name",
        ),
    )


def _name_too_long(path: Path) -> SourceError:
    """A file name (or path) longer than the system looks up: no file of that name can be there.
    A part past the name's limit is said by its length; else the whole path is (each part short
    enough, their sum past the path's limit)."""
    longest = max(len(os.fsencode(part)) for part in path.parts)
    name_max = _system_limit("PC_NAME_MAX", 255)
    if longest > name_max:
        zh = f"最长的一段 {longest:,} 字节，系统最多 {name_max:,} 字节"
        en = f"its longest part {longest:,} bytes; the system allows {name_max:,}"
    else:
        whole, path_max = len(os.fsencode(path)), _system_limit("PC_PATH_MAX", 4096)
        zh = f"整个路径 {whole:,} 字节，系统最多 {path_max:,} 字节"
        en = f"the whole path {whole:,} bytes; the system allows {path_max:,}"
    return SourceError(
        "unreadable_file",
        reason=Bilingual(
            f"文件名或路径太长（{zh}），找不到这样的文件：请改用较短的名称",
            f"the file name or path is too long ({en}), no such file can be found: give it a shorter name",
        ),
    )


def _system_limit(name: str, default: int) -> int:
    """The file system's limit ``name`` (os.pathconf's PC_NAME_MAX, PC_PATH_MAX) at its root, or
    ``default`` where the system does not say (Windows)."""
    try:
        return os.pathconf("/", name)
    except (AttributeError, ValueError, OSError):
        return default


def _no_file(path: Path) -> SourceError:
    """Why ``path`` is no file to read: not there (or a link to a file gone), or something that
    is not a file — a pipe would block the batch for ever, a device never end."""
    if isinstance(path, LinkOut):
        return SourceError(
            "unreadable_file",
            reason=Bilingual(
                "这是指向所给文件夹之外的文件的链接，未读取；要检查那份表单，请把它放进文件夹或直接给出那个文件",
                "it is a link to a file outside the folder given, not read: to check that form, put it "
                "in the folder or give that file itself",
            ),
        )
    if path.is_symlink() and path.is_dir():
        return SourceError(
            "unreadable_file",
            reason=Bilingual(
                "这是指向文件夹的链接，未跟随（它可能通往所给文件夹之外，或绕回自身）；"
                "要检查其中的表单，请直接给出那个文件夹",
                "it is a link to a folder, not followed (it may lead out of the folder given, or "
                "back into it): to check the forms in it, give that folder itself",
            ),
        )
    if path.exists() and not path.is_dir():
        return SourceError(
            "unreadable_file",
            reason=Bilingual(
                "这不是普通文件（是管道或设备），未读取",
                "it is not a regular file (a pipe or a device), not read",
            ),
        )
    if _loops(path):  # (there, leading round to itself: not "not found")
        return SourceError(
            "unreadable_file",
            reason=Bilingual(
                "这是一个绕回自身的链接（链接指向链接，最终指回它自己），不指向任何文件，未读取：请给出表单文件本身",
                "it is a link that leads back to itself (a link to a link that leads to it again), to "
                "no file, not read: give the form's file itself",
            ),
        )
    return SourceError("file_not_found", path=str(path))


def _loops(path: Path) -> bool:
    """Is ``path`` a symbolic link whose targets lead round in a loop (``x.json`` → ``x.json``)?"""
    import errno

    try:
        os.stat(path)
    except OSError as exc:
        return exc.errno == errno.ELOOP
    return False


def shown_path(name: str) -> str:
    """A file name as it can be shown, stored and written: bytes of no encoding (a name from
    another system's disk) become U+FFFD instead of lone surrogates nothing can encode, and so
    does a bidi override (``报价\u202efdp.xlsx`` would show as 报价xslx.pdf)."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        name = (
            name.encode("utf-8", "surrogateescape")
            .decode("utf-8", "replace")
            .encode("utf-8", "replace")
            .decode("utf-8")
        )
    return _BIDI.sub("\ufffd", name)


_BIDI = lazy_re(f"[{BIDI_CONTROLS}]")


def _fatal(source: str, err: SourceError) -> ParseResult:
    return ParseResult(source, None, None, [err.problem()], fatal=True)


def _detected(extraction: Extraction, kind: str | None) -> FormSpec | SourceError:
    chosen = kind or extraction.kind
    if not chosen:
        return SourceError("unknown_kind", kinds=forms.kinds(), found="")
    try:
        return forms.get(chosen)
    except forms.UnknownKind:
        return SourceError("unknown_kind", kinds=forms.kinds(), found="")


def parse_paths(
    paths: Iterable[str | Path],
    *,
    kind: str | None = None,
    register: References | None = None,
    settings: Settings | None = None,
    jobs: int = 1,
) -> list[ParseResult]:
    """Parse and validate every form under ``paths``; one result per document.

    Rules spanning documents see the other documents of this batch and, when given, the
    register (an object with ``find(kind, number)``). ``jobs`` > 1 reads the files in that
    many processes (the rules then run here, over the whole batch). Forms of the batch that
    carry one number with different content are each warned (``batch_same_number``), as
    ``kesu parse`` and the page warn them.
    """
    return check_batch(read_paths(paths, kind=kind, jobs=jobs), register=register, settings=settings)


def check_batch(
    results: list[ParseResult],
    *,
    register: References | None = None,
    settings: Settings | None = None,
    shown: Callable[[str], str] | None = None,
) -> list[ParseResult]:
    """A batch read, checked as a clerk is shown it (``kesu parse``/``validate``, the page): the
    procedure's rules (:func:`check_results`), then each form carrying another's number with
    different content warned (``batch_same_number``: filed, the later would become revisions
    of the first), named by ``shown(source)`` (its file's name by default)."""
    from ..same_numbers import source_name, warn_same_numbers

    checked = check_results(results, register=register, settings=settings)
    warn_same_numbers(checked, shown or source_name)
    return checked


def read_paths(
    paths: Iterable[str | Path], *, kind: str | None = None, jobs: int = 1, workers: Any = None
) -> list[ParseResult]:
    """Read every form under ``paths`` into records with their field types checked; the
    procedure's rules are not run yet (see :func:`check_results`). A check report kesu wrote,
    met in a folder, is passed over (:func:`passed_over`).

    With ``jobs`` > 1 (or the run's :class:`~kesu_docs.workers.Workers` given) the files are
    read in that many processes, in chunks; the results come back in the order of the files,
    as one process gives them.
    """
    return passed_over(_read_listed(list(expand(paths)), kind, jobs, workers))


def _read_listed(files: list[Path], kind: str | None, jobs: int, workers: Any) -> list[ParseResult]:
    """:func:`read_paths`' reading of the files listed, here or in workers."""
    if workers is None and (jobs <= 1 or len(files) < 2 * jobs):
        return read_files(files, kind)
    from ..workers import Workers

    if workers is not None:
        return read_in_parts(workers, read_files, files, kind, stopped_reading).result()
    with Workers(jobs, rendering=False, share=True) as pool:
        return read_in_parts(pool, read_files, files, kind, stopped_reading).result()


_GC_LOCK = threading.Lock()
_GC_BATCHES: list[Any] = [0, (0, 0, 0), False]  # batches reading now, the thresholds before, frozen by us
_FROZEN_FOR_LIFE = [False]  # this process's frozen objects are never unfrozen (see keep_frozen)


def keep_frozen() -> None:
    """Say that what this process froze stays frozen for its life (a ``--jobs`` worker forked
    from a frozen command): :func:`_quiet_gc` then no longer asks ``gc.get_freeze_count()``,
    which walks every frozen object (≈ 36,000 in a worker: 1–3 ms a call, 0.3–0.7 s of a
    worker's 5 s over the 250 parts of a 1,000-form parse, issue 15)."""
    _FROZEN_FOR_LIFE[0] = gc.get_freeze_count() > 0


_GC_YOUNG = 10_000  # allocations between two collections of the youngest generation


@contextmanager
def _quiet_gc() -> Iterator[None]:
    """While files are read: what lived before (modules, each form's vocabulary) is frozen out
    of the collector's sight, and the youngest generation is collected every 10,000 allocations
    instead of 700: a parse allocates many short-lived objects and few cycles, and the default
    spent ≈ 5 % of a PDF parse in the collector, most of it walking the imported modules again
    (issue 15). Put back as it was when the last batch ends; a program that froze objects of
    its own (a server before it forks) keeps them frozen: kesu then freezes nothing. With the
    collector paused (``kesu render`` files each chunk so: ``filing.chunk_gc``) no pass can
    run while the files are read, and nothing is frozen — nor asked, ``gc.get_freeze_count()``
    walking every frozen object: ≈ 1 % of ``kesu render`` of 1,000 documents."""
    with _GC_LOCK:
        if _GC_BATCHES[0] == 0:
            _GC_BATCHES[1] = gc.get_threshold()
            young, middle, old = _GC_BATCHES[1]
            _GC_BATCHES[2] = gc.isenabled() and not _FROZEN_FOR_LIFE[0] and gc.get_freeze_count() == 0
            if _GC_BATCHES[2]:
                gc.freeze()
            gc.set_threshold(max(young, _GC_YOUNG), middle, old)
        _GC_BATCHES[0] += 1
    try:
        yield
    finally:
        with _GC_LOCK:
            _GC_BATCHES[0] -= 1
            if _GC_BATCHES[0] == 0:
                gc.set_threshold(*_GC_BATCHES[1])
                if _GC_BATCHES[2]:
                    gc.unfreeze()


_IN_BATCH: ContextVar[bool] = ContextVar("kesu_reading_batch", default=False)


@contextmanager
def reading_batch() -> Iterator[None]:
    """What every file of a batch shares, set up once for the files read in the block: the
    collector's pace (:func:`_quiet_gc`), the settings (the limits and checks of every file) and
    whether there are layout profiles, each looked up once. Inside a block already open nothing
    is looked up again: a ``--jobs`` worker reads its part a file at a time in one such block
    (:func:`kesu_docs.workers._items`), each file through :func:`read_files`."""
    if _IN_BATCH.get():
        yield
        return
    token = _IN_BATCH.set(True)
    try:
        with _quiet_gc(), held_settings(), _profiles_held():
            yield
    finally:
        _IN_BATCH.reset(token)


def read_files(files: list[Path], kind: str | None) -> list[ParseResult]:
    with reading_batch():
        return _read_files(files, kind)


def read_in_parts(
    workers: Any,
    fn: Callable[[list[Path], str | None], list[Any]],
    files: list[Path],
    kind: str | None,
    lost: Callable[[Path, tuple[str, str]], list[Any]],
) -> Any:
    """``fn(part, kind)`` (:func:`read_files`, or a reading of a caller's made with it) over
    ``files`` in parts handed to the run's ``workers`` now (:meth:`kesu_docs.workers.Workers.parts`:
    its ``result()`` is every file's results in order, a file whose worker died given by
    ``lost(file, how)``); a worker's part shares one :func:`reading_batch`."""
    from ..workers import READ_PART

    return workers.parts(fn, files, kind, per_worker=4, most=READ_PART, lost=lost, per_part=reading_batch)


# why a form that reads as blank is none: its values pasted as pictures, all formulas never
# calculated, typed in white, or covered by white boxes
_NOT_BLANK = (
    "values_as_pictures",
    "values_linked_never_fetched",
    "values_never_calculated",
    "values_unshown",
    "values_covered",
)


def _read_files(files: list[Path], kind: str | None) -> list[ParseResult]:
    out: list[ParseResult] = []
    for path in files:
        read = extract_file(path, kind)
        if isinstance(read, SourceError):
            out.append(_fatal(shown_path(str(path)), read))
            continue
        extracted, digest = read
        for i, extraction in enumerate(extracted):
            source = shown_path(extraction.source or str(path))
            spec = _detected(extraction, kind)
            if isinstance(spec, SourceError):
                out.append(_fatal(source, spec))
                continue
            if path.suffix.lower() in _LAYOUTS:  # 9月8日 on any layout: the year of the form's dates
                from .dates import years_of_the_form
                from .placeholders import filled, not_given, settled  # 见附件, TBD: no value, said

                given = not_given(extraction.values, spec, extraction.locations)
                extraction.problems = settled(extraction.problems, given)
                extraction.problems += years_of_the_form(
                    extraction.values, spec, extraction.locations, extraction.provenance, extraction.problems
                )
                # a blank sent back: nothing filled in, or only its labels (the anchoring says)
                # (pictures over the value cells: the values pasted as pictures, said so first)
                # (every value a formula never calculated, links never updated: said so too)
                empty = next((p for p in extraction.problems if p.code in _NOT_BLANK), None)
                empty = empty or next((p for p in extraction.problems if p.code == "empty_form"), None)
                if empty is None and next(filled(extraction.values), None) is None:
                    empty = SourceError("empty_form", title=Bilingual.title(spec)).problem()
                if empty is not None:
                    out.append(ParseResult(source, spec.kind, None, [empty], fatal=True))
                    continue
            currency_given = (
                _currency_given(spec, extraction.values) if path.suffix.lower() == ".json" else ""
            )
            try:
                record, problems = build(spec, extraction.values, extraction.locations)
            except Exception as exc:  # a bug of ours must cost one document, not the batch
                out.append(_internal(source, spec.kind, exc))
                continue
            if (other := _another_document(spec, kind, extraction, problems)) is not None:
                out.append(ParseResult(source, spec.kind, None, [other], fatal=True))
                continue
            problems += _lab_report_own(spec, record, extraction)  # 报告编号 / 签发日期: the laboratory's
            problems += disposition_without_request(
                spec, record, extraction.locations
            )  # 处理意见 alone: whose?
            problems += not_ubn(
                spec, extraction.values, extraction.locations, extraction.provenance
            )  # 7 digits
            problems += not_mainland(
                spec, extraction.values, extraction.locations, extraction.provenance
            )  # 16 characters under 纳税人识别号
            if currency_given and hasattr(record, "in_currency"):  # a record `kesu parse` printed, read back
                record.in_currency("" if currency_given == "CNY" else currency_given)
            if path.suffix.lower() in _LAYOUTS and hasattr(record, "in_currency"):
                from .currency import (
                    form_currency,
                    krone_said,
                    own_currency_unsaid,
                    statutory_rate,
                    unknown_locales_said,
                )

                currency = form_currency(  # 新臺幣 / USD on the form: its words
                    extraction.values,
                    extraction.provenance,
                    extraction.problems,
                    extraction.currencies,
                    kind_of=_kind_of(spec),  # (ALL, AMD, TOP: a currency in a money field only)
                )
                record.in_currency(currency, statutory_rate(currency, extraction.currencies))
                extraction.problems = krone_said(extraction.problems, currency)  # kr: which krone
                if getattr(record, "says_its_currency", bool)():  # EUR 120.00 on a form in euros: its own
                    extraction.problems = own_currency_unsaid(extraction.problems, currency)
                extraction.problems += unknown_locales_said(extraction.currencies, currency)  # [$kr-40E]
            result = ParseResult(
                source,
                spec.kind,
                record,
                fatal=False,
                source_hash=digest if len(extracted) == 1 else f"{digest}#{i}",
                locations=extraction.locations,
                provenance=extraction.provenance,
            )
            _sort(result, extraction.problems + problems)
            out.append(result)
    return out


_ISO_CODE = lazy_re(r"[A-Z]{3}(?:\+[A-Z]{3})*")  # (DKK+ISK+NOK+SEK: one of them, kr)


def _currency_given(spec: FormSpec, values: dict[str, Any]) -> str:
    """The currency a JSON record of a form that has one gives (``"currency": "TWD"``, as ``kesu parse``
    prints it: :meth:`Form.derived_facts`), taken out of its values; "" when it gives none. A value
    that is no ISO code's shape (three capitals; codes joined by + where the form's sign names several) stays, and is refused as a key the form does not have."""
    given = values.get("currency")
    if not hasattr(spec.model, "in_currency") or not isinstance(given, str) or not _ISO_CODE.fullmatch(given):
        return ""
    del values["currency"]
    return given


def _kind_of(spec: FormSpec) -> Callable[[str], str]:
    """A value's path → its field's kind (``items[0].qty`` → ``qty``), "" for no field's."""
    from .guards import meta_at

    def kind(path: str) -> str:
        meta = meta_at(spec, path)
        return meta.kind if meta is not None else ""

    return kind


# a value read by a label this loosely is no label of the form's own (``Date:`` on an invoice)
_LOOSE_READING = 0.6


def _another_document(
    spec: FormSpec, kind: str | None, extraction: Extraction, problems: list[Problem]
) -> Problem | None:
    """The kind told (``--kind complaint``) of a file where none of that form's labels were found:
    every value read loosely, by a word any document has (``Date:``), and most of its required
    fields missing — a commercial invoice attached in the form's place. Said as no such form, the
    labels the file does print named (``not_a_form``), never a record of "X is required"."""
    if kind is None:
        return None
    required = [key for key, meta in spec.fields.items() if meta.required]
    missing_keys = {p.field for p in problems if p.code == "required" and p.field in spec.fields}
    if not required or 3 * len(missing_keys) < 2 * len(required):
        return None
    if any(getattr(prov, "confidence", 1.0) >= _LOOSE_READING for prov in extraction.provenance.values()):
        return None
    from .kinds import labels_found, labels_listed

    seen = _labels_seen(extraction)
    if _titled_as(extraction, spec):
        # the form told, by its title, in a layout kesu hardly reads: a record, and what was
        # found and what is missing said — not "no such form"
        listed = labels_listed(seen)
        gone = [spec.fields[key] for key in required if key in missing_keys]
        problems.append(
            Problem(
                "form_read_sparsely",
                location=extraction.locations.get("", ""),
                severity="warning",
                params={
                    "title": Bilingual.title(spec),
                    "found": Bilingual(listed.zh or "—", listed.en or "—"),
                    "missing": Bilingual(
                        "、".join(m.label_zh for m in gone), ", ".join(m.label_en for m in gone)
                    ),
                },
            )
        )
        return None
    return SourceError("not_a_form", kinds=Bilingual.title(spec), found=labels_found(seen)).problem()


def _lab_report_own(spec: FormSpec, record: Any, extraction: Extraction) -> list[Problem]:
    """A laboratory's test report read as ``spec``: its own number and date said to be the laboratory's
    (:mod:`.lab_reports`), the labels it prints and its top texts telling."""
    from .lab_reports import lab_report_own, lab_report_signs

    if not any(getattr(record, path, None) not in (None, "") for path in ("number", spec.date_field)):
        return []  # neither read: nothing to say (the texts not asked for)
    why = lab_report_signs(_labels_seen(extraction), extraction.printed())
    return lab_report_own(spec, record, extraction.locations, why)


def _titled_as(extraction: Extraction, spec: FormSpec) -> bool:
    """Does the document print the title (or form code) of the form ``spec`` (``退货单``) among
    its top texts (the first sheet's or page's first :data:`.kinds.TITLE_TEXTS`), where title
    detection looks — not a line anywhere (``参见退货单 RT-…`` in a note at the foot)?"""
    from .kinds import TITLE_TEXTS, detect_kind

    top = list(islice(extraction.printed(), TITLE_TEXTS))
    return detect_kind(top, forms.titles(), mentions=False) == spec.kind


def _labels_seen(extraction: Extraction) -> list[str]:
    """The labels a document prints that the reader met, in order, once each (read or not)."""
    seen: list[str] = []
    for text in [p.params.get("text", "") for p in extraction.problems if p.code == "unread_label"] + [
        getattr(prov, "label", "") for prov in extraction.provenance.values()
    ]:
        text = str(text).strip().rstrip(":：")
        if text and text not in seen:
            seen.append(text)
    return seen


def check_results(
    results: list[ParseResult], *, register: References | None = None, settings: Settings | None = None
) -> list[ParseResult]:
    """Run the procedure's rules on read results, each seeing the others as its batch and,
    when given, the register. A result that fails unexpectedly is reported, the rest go on."""
    settings = settings or current_settings()
    batch: dict[tuple[str, str], dict[str, Any]] = {}
    for r in results:
        if r.record is not None and not r.fatal and r.kind is not None and r.record.number:
            try:
                batch[(r.kind, r.record.number)] = r.record.model_dump(mode="json", warnings=False)
            except Exception:
                pass
    # the documents checked so far that passed: several return notes for one case add up
    ctx = RuleContext(settings, register, batch, documents=[])
    out = []
    for index, result in enumerate(results):
        if result.record is not None and not result.fatal:
            ctx.index = index
            try:
                read_problems = result.errors + result.warnings  # the reading's, not the rules'
                _sort(result, check(result.record, ctx, result.locations))
                # the record as read is kept beside the derived one only when a derived value
                # may be in doubt; otherwise the batch's own record is completed in place
                doubt = may_be_in_doubt(result.provenance, read_problems)
                # no rate on a form in another currency: none assumed, and said (a copy kept)
                rate_blank = getattr(result.record, "tax_rate", 0) is None and bool(result.provenance)
                derived = derive(result.record, settings, copy=doubt or rate_blank)
                if rate_blank:
                    # (the layout readers' guards, imported for a form read from a layout only:
                    # ≈ 118 M instructions the command of ``kesu render --jobs 2`` spent on a
                    # batch of JSON records, on the run's longest path)
                    from .guards import rate_not_printed

                    _sort(result, rate_not_printed(result.record, derived, result.provenance))
                if doubt:
                    # (the layout readers' guards: not for JSON)
                    from .guards import derived_in_doubt, rate_told_by_lines

                    replaced, notes = rate_told_by_lines(result.record, derived, read_problems)
                    if replaced:  # a blank rate every line's tax confirms: one note, no doubt
                        result.warnings = [w for w in result.warnings if w not in replaced] + notes
                        read_problems = [p for p in read_problems if p not in replaced]  # the rate is sure
                    spec = result.record.spec
                    _sort(
                        result,
                        derived_in_doubt(spec, result.record, derived, result.provenance, read_problems),
                    )
                result.record = derived
            except Exception as exc:  # as in read_paths: this document is reported, the others go on
                held = result.held  # a worker's copy of the record: still to be let go (filing)
                result = _internal(result.source, result.kind, exc)
                result.held = held
        # a record is dumped for the rules only when a later document of its kind asks for it
        ctx.documents.append((result.kind or "", result.record if result.valid else {}))
        out.append(result)
    return out


def _internal(source: str, kind: str | None, exc: Exception) -> ParseResult:
    problem = Problem("internal_error", params={"reason": f"{type(exc).__name__}: {exc}"})
    return ParseResult(source, kind, None, [problem], fatal=True)


def stopped_reading(path: str | Path, how: tuple[str, str], tried: bool = True) -> list[ParseResult]:
    """A file whose ``--jobs`` worker died reading it (killed for lack of memory, a crash in a
    library's C code): not read, said so with how the worker ended (zh, en); exit code 2.
    ``tried`` False: no worker was left to read it (``how``: after how many deaths), and
    nothing says this file is to blame (``worker_none_left``)."""
    code = "worker_stopped" if tried else "worker_none_left"
    problem = Problem(code, params={"how": Bilingual(*how)})
    return [ParseResult(shown_path(str(path)), None, None, [problem], fatal=True)]


def _sort(result: ParseResult, problems: list[Problem]) -> None:
    for p in problems:
        (result.errors if p.severity == "error" else result.warnings).append(p)
