"""A register put back from a backup beside the files it numbered after it: the output folder
holds documents numbered past the register's last issue (written while the newer register was
live), and numbering on would issue those numbers again — to other forms, whose files would
take the old ones' names (or a rerun take an old file, dated forward, for its own).

The output folder is scanned once before the numbering's transaction (:func:`listing`: the
folder and its subfolders — a month's files moved into ``archive/2026-08/``, the revisions into
a folder of their own — names parsed, no file opened, not under the write lock). In the
transaction, the counters locked and the batch's new numbers drawn, :func:`files_ahead` looks
up: every file named as a number at or past the batch's first new number in a series it draws
from (however far past), and every file named as a document (or revision) this transaction
registers — a number given on the form, a revision — none of which the register wrote. One of
them that the register held no record of before refuses the batch (``register_behind_folder``),
nothing numbered: never a file another register wrote taken for this one's own. A file written
meanwhile is another clerk's, numbered by the register: never one it lost.
:func:`unknown_files` is ``kesu register check --folder``'s: the files of a folder the register
has no record of (their number, or their revision)."""

from __future__ import annotations

import bisect
import os
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from ..filenames import folded
from ..lazy_re import lazy_re
from .document import Document

if TYPE_CHECKING:  # (the listing, filing's, imports no database module)
    from sqlalchemy.engine import Connection

    from .issuing import Filing

DEPTH = 3
"""How many levels of subfolders under an output folder are scanned (``archive/2026/08/``)."""

SCAN_MOST = 50_000
"""How many names (files and folders) a batch's listing reads at most, the folder itself first,
then its subfolders a level at a time: an archive of 200,000 files kept in the output folder (on
a share, some minutes to list) must not hold up every render; what was not read is said
(:attr:`Listing.unscanned`). ``kesu register check --folder`` reads every name."""

_NAME = lazy_re(r"(.+?)(?:-修订(\d+))?(?:-作废)?(?:-补印\d+)?\.(?i:docx|pdf)")
"""A document's file name (:func:`~kesu_docs.filing.output_name`): its stem (kind and number),
its revision, a void copy's and a re-print's marks, DOCX or PDF."""

_DIGITS = lazy_re(r"\d+")
_PROBE = 987654321  # a serial whose digits stand out in a number (where a series' serial goes)


class Listing(NamedTuple):
    """The files in a batch's output folder and its subfolders, as they were before its numbering,
    their names folded as a file system ignoring case compares them (:func:`.folded`: Windows, macOS,
    a share or a FAT stick, where ``COMPLAINT-202609002.DOCX`` is the file
    ``complaint-202609002.docx``); the paths as written."""

    folder: Path
    names: frozenset[str]  # the names in the folder itself, folded
    stems: tuple[str, ...]  # the documents' stems (``complaint-202609001``) of every file, sorted
    files: dict[str, tuple[tuple[int, str], ...]]  # a stem → its files: (revision, path in the folder)
    series: dict[tuple[str, str], list[tuple[int, str]]]  # (kind, scope) → its (serial, stem), sorted
    # the folders not read whole, :data:`SCAN_MOST` names read (as shown: relative to the output
    # folder, "." for itself; another folder by its path), in the order they would have been read
    unscanned: tuple[str, ...] = ()


def listing(folder: Path, *also: Path, whole: bool = False) -> Listing:
    """The files in ``folder`` and its subfolders (:data:`DEPTH` levels, links not followed):
    one scan, each name parsed, no file opened (none where it is not there yet, or cannot be
    read), :data:`SCAN_MOST` names read at most unless ``whole`` (the folder itself first, then
    a level of subfolders at a time; those not read whole in :attr:`Listing.unscanned`). ``also``: other
    folders the same documents are filed in, scanned alike (a page's batches, each in a folder
    of its own under one; a day's reminders beside the others), their files named by their
    whole path."""
    names: set[str] = set()
    files: dict[str, list[tuple[int, str]]] = {}
    own = os.path.abspath(folder)
    left = [-1 if whole else SCAN_MOST]
    unscanned: list[str] = []
    for root in (folder, *(r for r in also if os.path.abspath(r) != own)):  # (the folder once)
        if root is not folder and not own.startswith(os.path.join(os.path.abspath(root), "")):
            for stem, revision, path in _other_folder(os.path.abspath(root)):
                files.setdefault(stem, []).append((revision, path))
            continue
        mine = root is folder
        for rel, name, is_dir in _scanned(Path(root), None if mine else own, left, unscanned, mine):
            if mine and rel == "":
                names.add(folded(name))
            if not is_dir and (parsed := _NAME.fullmatch(folded(name))) is not None:
                stem, revision = parsed.group(1), int(parsed.group(2) or 1)
                shown = rel if mine else str(Path(root) / rel)
                files.setdefault(stem, []).append((revision, os.path.join(shown, name)))
    return Listing(
        folder,
        frozenset(names),
        tuple(sorted(files)),
        {k: tuple(v) for k, v in files.items()},
        {},
        tuple(unscanned),
    )


def _scanned(
    root: Path, skip: str | None, left: list[int], unscanned: list[str], mine: bool
) -> Iterator[tuple[str, str, bool]]:
    """(its folder relative to ``root``, name, whether a folder) of each name in ``root`` and
    its subfolders to :data:`DEPTH` levels, a level at a time (links not followed, ``skip``
    not entered, a folder that cannot be read passed over), while ``left[0]`` names are left to
    read (-1: no bound); the folders not read whole, once it is spent, put in ``unscanned``
    (relative to ``root`` when ``mine``, else by their path)."""
    level = [""]
    for depth in range(DEPTH + 1):
        deeper: list[str] = []
        for at, rel in enumerate(level):
            if left[0] == 0:
                unscanned += [_shown(root, r, mine) for r in level[at:] + deeper]
                return
            try:
                with os.scandir(root / rel) as entries:
                    for entry in entries:
                        if left[0] == 0:
                            unscanned.append(_shown(root, rel, mine))
                            break
                        left[0] -= 1
                        is_dir = entry.is_dir(follow_symlinks=False)
                        if is_dir and depth < DEPTH and os.path.abspath(entry.path) != skip:
                            deeper.append(os.path.join(rel, entry.name))
                        yield rel, entry.name, is_dir
            except OSError:  # (gone, or not ours to read: as os.walk passes it over)
                continue
        level = deeper


def _shown(root: Path, rel: str, mine: bool) -> str:
    """A folder not read whole as the clerk is told it: relative to the output folder ("." for
    itself), another folder by its path."""
    return (rel or ".") if mine else str(root / rel)


SETTLED_S = 2.0
"""A folder changed less than this before it was scanned is scanned again next time (the coarsest
time stamp of a file system: FAT's two seconds, where a file added in the same tick leaves the
folder's times as they were); one older is known by its times until they change."""

_KEPT = 4096  # the folders whose scan is kept (a server's batches over months), the oldest dropped
_kept_scans: dict[str, tuple[tuple[tuple[str, tuple[int, int, int]], ...], list[tuple[str, int, str]]]] = {}
_kept_lock = threading.Lock()


def _times(path: str) -> tuple[int, int, int] | None:
    """A folder's inode and its last change's times (mtime, ctime: an entry added, removed or
    renamed sets both; ctime no program can set back), or None where it is not there. A link's
    target's: the folder looked through is a link's when it was given as one (a batch's folder
    moved to another disk and linked back: its scan lists the target, whose times change, never
    the link's); its subfolders are no links (:func:`_scan` follows none)."""
    try:
        found = os.stat(path)
    except OSError:
        return None
    return found.st_ino, found.st_mtime_ns, found.st_ctime_ns


def _other_folder(root: str) -> list[tuple[str, int, str]]:
    """The documents' files of another folder looked through (another batch's ``out``), each
    (stem, revision, its whole path), as :func:`listing` finds them: read again only when one of
    its folders changed since its last scan (each folder's times asked, no entry read), or was
    changed within :data:`SETTLED_S` of it. A page batch looks through every earlier batch's
    folder: each batch read them all before, however many were kept."""
    with _kept_lock:
        kept = _kept_scans.get(root)
    if kept is not None and all(_times(path) == times for path, times in kept[0]):
        return kept[1]
    started = time.time_ns()
    folders: list[tuple[str, tuple[int, int, int]]] = []
    files: list[tuple[str, int, str]] = []
    whole = _scan(root, 0, folders, files)
    settled = started - int(SETTLED_S * 1e9)
    if whole and all(max(mtime, ctime) < settled for _path, (_ino, mtime, ctime) in folders):
        with _kept_lock:
            _kept_scans.pop(root, None)
            _kept_scans[root] = (tuple(folders), files)
            while len(_kept_scans) > _KEPT:
                del _kept_scans[next(iter(_kept_scans))]
    return files


def _scan(here: str, depth: int, folders: list[Any], files: list[tuple[str, int, str]]) -> bool:
    """``here`` and its subfolders (:data:`DEPTH` levels, links not followed) as ``os.walk``
    goes through them: each folder's times taken before its entries are read (a change during the
    scan is one next time), each document's name parsed. Whether every folder was read whole: one
    that could not be (its permissions, a share gone) is no scan to keep — a right granted later
    (the server's user put in a group) changes no time of it, and its files would never be seen."""
    times = _times(here)
    if times is None:
        return False
    try:
        with os.scandir(here) as entries:
            found = list(entries)
    except OSError:
        return False
    folders.append((here, times))
    whole = True
    for entry in found:
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir, whole = False, False
        if not is_dir and (parsed := _NAME.fullmatch(folded(entry.name))) is not None:
            files.append((parsed.group(1), int(parsed.group(2) or 1), os.path.join(here, entry.name)))
        elif is_dir and depth + 1 <= DEPTH and not entry.is_symlink():
            whole = _scan(entry.path, depth + 1, folders, files) and whole
    return whole


def series_files(
    folder: Listing, kind: str, scope: str, number_of: Callable[[int], str]
) -> list[tuple[int, str]]:
    """The (serial, stem) of the files in ``folder`` numbered in a series (``kind``'s numbers
    ``number_of`` a serial, its counter ``scope``), by serial: each stem read back as the number
    of its digits (the number formatted again names that very file, a number that had to change
    to name a file too). Found once a listing and series — before the numbering's transaction."""
    from ..filing import name_stem

    key = (kind, scope)
    if key not in folder.series:
        probe = folded(name_stem(kind, number_of(_PROBE)))
        head = probe[: probe.find(str(_PROBE))] if str(_PROBE) in probe else None
        found: list[tuple[int, str]] = []
        if head is not None:
            at = bisect.bisect_left(folder.stems, head)
            for stem in folder.stems[at:]:
                if not stem.startswith(head):
                    break
                if (digits := _DIGITS.match(stem, len(head))) is not None:
                    serial = int(digits.group())
                    if folded(name_stem(kind, number_of(serial))) == stem:
                        found.append((serial, stem))
        folder.series[key] = sorted(found)
    return folder.series[key]


def prepare(folder: Listing, filings: Iterable[Filing]) -> None:
    """Find the files of each series ``filings`` draw from in ``folder`` (:func:`series_files`),
    before the numbering's transaction: under its lock, only looked up."""
    for filing in filings:
        if filing.scope and filing.numbering and filing.date:
            series_files(folder, filing.kind, filing.scope, filing.numbering.numbers(filing.date))


def files_ahead(
    conn: Connection, folder: Listing, filings: Sequence[Filing], done: Sequence[Any], shown: int = 5
) -> tuple[list[str], int]:
    """The paths (the first ``shown``) and count of the files in ``folder`` the register held
    no record of before this transaction and would number over: named as a number at or past
    the first one the batch drew now (``done``: its outcomes, in ``filings``' order) in a series
    it draws from, or as a document this transaction registered — created (its number given on
    the form), or revised (that revision or a later one)."""
    from ..filing import name_stem
    from . import queries
    from .issuing import chunks
    from .runner import rows_of

    if not folder.files:
        return [], 0
    low: dict[tuple[str, str], tuple[Filing, int]] = {}  # (kind, scope) → a filing, its first serial
    mine: dict[str, int] = {}  # the stems this transaction registered → their (first) revision
    for filing, doc in zip(filings, done):
        if isinstance(doc, Document) and (doc.created or doc.revised):
            stem = folded(name_stem(doc.kind, doc.number))
            mine[stem] = min(mine.get(stem, doc.revision), doc.revision)
            if doc.created and doc.serial is not None and filing.scope and filing.numbering and filing.date:
                key = (doc.kind, filing.scope)
                low[key] = (filing, min(low.get(key, (filing, doc.serial))[1], doc.serial))
    ahead = [
        path for stem, revision in mine.items() for rev, path in folder.files.get(stem, ()) if rev >= revision
    ]
    past: dict[tuple[str, str], str] = {}  # (kind, number) → its stem, a file past the batch's first
    for (kind, scope), (filing, first) in low.items():
        assert filing.numbering is not None and filing.date is not None  # (drawn from them)
        number_of = filing.numbering.numbers(filing.date)
        found = series_files(folder, kind, scope, number_of)
        for serial, stem in found[bisect.bisect_left(found, (first, "")) :]:
            if stem not in mine:
                past[(kind, number_of(serial))] = stem
    if past:
        held: set[tuple[str, str]] = set()
        for chunk in chunks(number for _, number in past):
            held |= {(r["kind"], r["number"]) for r in rows_of(conn, queries.numbered(chunk))}
        ahead += [path for key, stem in past.items() if key not in held for _, path in folder.files[stem]]
    ahead.sort()
    return ahead[:shown], len(ahead)


class Unknown(NamedTuple):
    """``kesu register check --folder``'s finding: files of a folder the register has no record of."""

    folder: Path
    files: int  # the document files found
    numbers: list[str]  # the paths of files numbered as no document of the register's
    revisions: list[str]  # the paths of files of a revision past the register's latest of theirs


def unknown_files(folder: Path, known: Iterable[tuple[str, str, int]]) -> Unknown:
    """The files in ``folder`` (:func:`listing`) named as one of ``kinds``' documents that the
    register (``known``: its documents' kind, number and latest revision) has no record of:
    their number, or their revision."""
    from ..filing import name_stem
    from ..forms import kinds

    listed = listing(folder, whole=True)  # (asked for: every name read)
    latest = {folded(name_stem(kind, number)): revision for kind, number, revision in known}
    ours = tuple(folded(f"{kind}-") for kind in kinds())
    numbers: list[str] = []
    revisions: list[str] = []
    count = 0
    for stem, found in listed.files.items():
        if not stem.startswith(ours):
            continue  # (not named as a document)
        count += len(found)
        if stem not in latest:
            numbers += [path for _, path in found]
        else:
            revisions += [path for revision, path in found if revision > latest[stem]]
    return Unknown(folder, count, sorted(numbers), sorted(revisions))
