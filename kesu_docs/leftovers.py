"""Temporary files a killed run leaves behind, and their cleaning by the next run.

Every temporary name kesu makes carries the id of the process that made it
(``.complaint-202609001.docx.4711.140234.part``, ``.kesu-pdf-4711@PC-01.…``, ``kesu-lo-4711-…``), so a
rerun removes exactly what a process that no longer runs left, and never a file another
clerk's running batch is still writing. A folder kesu makes in an output folder names this PC
too (``@PC-01``, :func:`own_prefix`): on a network share two PCs' process ids are not each
other's to judge, so another PC's folder is left until it is a day old (:data:`FOREIGN_AGE`).
"""

from __future__ import annotations

import contextlib
import contextvars
import errno
import fnmatch
import functools
import os
import re
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from stat import S_ISDIR, S_ISLNK
from typing import Any, BinaryIO, NamedTuple, NoReturn

from .lazy_re import lazy_re

# .NAME.PID.THREAD.part (staged below: every file kesu writes)
_PART = lazy_re(r"^\..+\.(\d+)\.[^.]+\.part$")
_DIR = lazy_re(r"^\.?kesu-(?:pdf|pages|lo|stage)-(\d+)-")
# .kesu-stage-PID@HOST.… (:func:`own_prefix`): a folder that names the PC of its process
_HOSTED = lazy_re(r"^\.?kesu-(?:pdf|pages|lo|stage)-(\d+)@([A-Za-z0-9_-]+)\.")
FOREIGN_AGE = 24 * 3600
"""Seconds after which another PC's temporary folder in a shared output folder counts as left
by a dead process: its process id means nothing here, and no batch runs a day."""
FOLDER_PATTERNS = (".*.part", ".kesu-pdf-*", "kesu-pages-*", ".kesu-stage-*")
# a plain file descriptor: io.open's stat (for a buffer size) and terminal test (ioctl) are
# two system calls a document that a write of the whole file at once never needs
# made new, never opened through a link: a link planted in a shared output folder under the
# temporary name kesu is about to use (its process id and thread are no secret) had kesu write
# the document into the file the link leads to, outside the folder
_CREATE = (
    os.O_WRONLY
    | os.O_CREAT
    | os.O_EXCL
    | getattr(os, "O_NOFOLLOW", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)


_PID = [os.getpid()]
"""This process's id, asked once (each ``os.getpid()`` is a system call: one a document written)
and again in a child forked from it (a ``--jobs`` worker)."""
if hasattr(os, "register_at_fork"):  # (POSIX; Windows starts its workers as new processes)
    os.register_at_fork(after_in_child=lambda: _PID.__setitem__(0, os.getpid()))


def write_file(
    path: str | os.PathLike,
    data: bytes,
    mode: int | None = None,
    *,
    synced: bool = True,
    new: bool = False,
    check: Callable[[], object] | None = None,
) -> Path:
    """:func:`written_whole` of ``data`` (given ``mode``, the file gets it before the rename:
    whatever the umask; ``synced``: see :func:`_staged`; ``new``: put only where no file stands
    under that name, :func:`put_new`, else ``FileExistsError`` and nothing written; ``check``:
    :func:`written_whole`'s).

    Here, beside the rule that cleans such names, rather than in the renderer: the reports
    (a monthly page, notices) write their files without importing the renderer's modules."""
    target = Path(path)
    _whole(target, data, mode, None, synced, new, check)
    return target


def write_dated(path: str | os.PathLike, data: bytes, mtime: float, *, new: bool = False) -> bool:
    """:func:`write_file`, the file given the modification time ``mtime`` before its rename (a
    crash never leaves it under its name with another time); False where the folder refuses
    explicit times (a CIFS or FAT share: ``EPERM``) — the file is written all the same, dated
    by whoever wrote it. A batch's document: not synced one by one (:func:`_staged`). ``new``:
    as :func:`write_file`'s."""
    return _whole(Path(path), data, None, mtime, False, new)


def written_whole(
    target: Path, write: Callable[[BinaryIO], object], check: Callable[[], object] | None = None
) -> Path:
    """``write(file)`` given the temporary file :func:`_staged` opens for ``target`` (never
    a name: a writer that opened a name could be led through a link planted under it since),
    then renamed to ``target``: a kill leaves the old file or none, never half a file; a link
    or a pipe (a FIFO) standing at ``target`` is replaced, never written through. ``check()``
    right before the rename: a refusal there (a file of the clerk's saved at ``target`` while
    it was written) leaves ``target`` as it is."""
    _whole(target, write, None, None, True, check=check)
    return target


class Staged(NamedTuple):
    """A file :func:`stage_file` wrote under its temporary name in its private folder, and which
    file it is (device, inode, taken from the open file): what :func:`put_in_place` checks again
    right before its rename."""

    path: Path
    identity: tuple[int, int]

    def unlink(self) -> None:
        """The staged file removed with its private folder, which holds it alone (:func:`_removed`:
        through the folder's descriptor, never through what was put under its name since);
        nothing where it is gone already."""
        _removed(self.path.parent)


_STAGE = ".kesu-stage-"
"""A private folder (0700) :func:`stage_file` makes inside the output folder: ``.kesu-stage-PID@HOST.…``."""


def stage_file(target: Path, data: bytes) -> Staged:
    """``data`` written whole under a temporary name (:func:`_staged`) in a folder of its own
    made inside ``target``'s (:func:`_private_folder`: 0700, the same file system, so the later
    rename moves no data): the file a rename makes ``target`` (a rename needs no disk space;
    :func:`put_in_place`, later). Nobody else can put a file or a link under its temporary name
    in a shared output folder meanwhile. A full disk fails here, and leaves nothing. A batch's
    document: not synced one by one (:func:`_staged`)."""
    folder = _private_folder(target.parent)
    try:
        temp, _, identity, held = _staged(folder / target.name, folder, data, None, None, False)
    except BaseException:
        _removed(folder)
        raise
    _close(held)  # (checked again, and opened, when it is put in place: :func:`put_in_place`)
    return Staged(temp, identity)


@contextlib.contextmanager
def private_folder(parent: Path, prefix: str) -> Iterator[Path]:
    """A private folder (:func:`_private_folder`) named ``prefix`` + this process (``.kesu-pdf-``:
    :func:`own_prefix`) for a block's files — a PDF batch's, which LibreOffice writes there —
    removed through its own descriptor however the block ends (:func:`_removed`), never by its
    name (``tempfile.TemporaryDirectory``'s ``rmtree`` by path removed whatever a link put under
    its name led to)."""
    folder = _private_folder(parent, prefix)
    try:
        yield folder
    finally:
        _removed(folder)


@contextlib.contextmanager
def held(folder: Path) -> Iterator[int | None]:
    """The private folder ``folder`` this process made, opened and seen to be that very folder
    still (:func:`_stage_checked`; refused ``output_unusable`` otherwise), its descriptor held
    for the block: what :func:`put` takes from it comes from that folder, whatever is put under
    its name meanwhile. None where the system takes no folder's descriptor (by path)."""
    fd = _stage_checked(folder)
    try:
        yield fd
    finally:
        _close(fd)


def put(temp: Path, target: Path, folder: int | None, *, new: bool = False) -> None:
    """``temp``, in the private folder ``folder`` is the descriptor of (:func:`held`), given the
    name ``target``: replacing what stands there (:func:`_renamed`), or only where nothing does
    (``new``: :func:`put_new`, ``FileExistsError``)."""
    if new:
        put_new(temp, target, folder)
    else:
        _renamed(temp, target, folder)


def _private_folder(parent: Path, prefix: str = _STAGE) -> Path:
    """A folder only this user may enter (0700), made in ``parent`` (made when missing, as for
    every file): ``PREFIX`` + ``PID@HOST.RANDOM`` (``.kesu-stage-``, a PDF batch's ``.kesu-pdf-``:
    :func:`own_prefix`, one of :func:`clean`'s names), which a rerun cleans when
    this process is gone — the first one this process makes in ``parent`` cleans what dead ones
    left there first (:func:`clean`: a blank, an export, a report killed before its rename).
    Made by ``os.mkdir``, which fails where any name stands (a link planted there: another
    name drawn), and its identity kept: :func:`_stage_checked` refuses it once it is no longer
    that folder."""
    _clean_once(parent)
    for _ in range(100):
        folder = parent / f"{own_prefix(prefix)}{secrets.token_hex(4)}"
        try:
            os.mkdir(folder, 0o700)
        except FileExistsError:
            continue
        except FileNotFoundError:
            parent.mkdir(parents=True, exist_ok=True)
            continue
        _MADE[folder] = _identity(folder)
        return folder
    raise FileExistsError(errno.EEXIST, "no free name for a staging folder", str(parent))


_MADE: dict[Path, tuple[int, int]] = {}
"""The private folders this process made and has not removed yet: path -> (device, inode)."""
_CLEANED: set[Path] = set()
"""The folders this process cleaned of dead processes' leftovers (:func:`_clean_once`)."""
_OPEN_FOLDER = (
    os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
)
_OPEN_PARENT = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_CLOEXEC", 0)
"""The output folder a private folder is in, opened as the clerk named it (a link to a share
is theirs to make)."""
# Where the system takes a folder's descriptor for these calls (``dir_fd``: Linux, macOS, the
# BSDs), a private folder is checked once opened and every later act on what is in it — make,
# check, rename, link, remove — goes through that descriptor, never its name again. Where it
# takes none (Windows: ``os.supports_dir_fd`` is empty), the checks by name stay
# (:func:`_identity`, :func:`_named`) and the acts go by path: the one choice, made here.
_AT_FOLDER = hasattr(os, "O_NOFOLLOW") and {os.open, os.stat, os.rename, os.link, os.unlink, os.rmdir} <= (
    os.supports_dir_fd
)


def _clean_once(parent: Path) -> None:
    """:func:`clean` of ``parent``, once a process (a batch's thousand documents: one scan)."""
    if parent not in _CLEANED:
        _CLEANED.add(parent)
        clean(parent)


def _identity(folder: Path) -> tuple[int, int]:
    """Which folder ``folder`` is (device, inode), never through a link."""
    found = os.lstat(folder)
    if not S_ISDIR(found.st_mode):
        _swapped(folder)
    return (found.st_dev, found.st_ino)


def _swapped(folder: Path) -> NoReturn:
    """The refusal of a staging folder that is no longer the one kesu made (a link or another
    file put under its name in a shared output folder): nothing is written through it."""
    from .problems import STAGE_SWAPPED, KesuError

    raise KesuError("output_unusable", path=str(folder), reason=STAGE_SWAPPED)


def _replaced(folder: Path) -> NoReturn:
    """A staged file's folder no longer the one kesu made: the file is not there to rename, as
    when the file itself was replaced (:func:`put_in_place`'s refusal)."""
    raise FileExistsError(errno.EEXIST, "the staging folder was replaced by another", str(folder))


def _stage_checked(folder: Path, refused: Callable[[Path], NoReturn] = _swapped) -> int | None:
    """The private folder ``folder`` this process made, opened (``O_NOFOLLOW``: never through a
    link) and seen to be that very folder still; ``refused(folder)`` otherwise (:func:`_swapped`).
    Its file descriptor, for what is done in it (``dir_fd``), where the system has them
    (:data:`_AT_FOLDER`); else None (checked by its name). A folder not made here: None, not
    checked."""
    made = _MADE.get(folder)
    if made is None:
        return None
    if not _AT_FOLDER:
        if _identity(folder) != made:
            refused(folder)
        return None
    try:
        fd = os.open(folder, _OPEN_FOLDER)
    except FileNotFoundError:
        raise
    except OSError:  # ELOOP, ENOTDIR: a link, a file
        refused(folder)
    found = os.fstat(fd)
    if not S_ISDIR(found.st_mode) or (found.st_dev, found.st_ino) != made:
        os.close(fd)
        refused(folder)
    return fd


def _removed(folder: Path) -> None:
    """A private folder removed, and forgotten: the very folder this process made, emptied
    through its own descriptor once it is seen to be that folder, then its name removed (never
    what was put under its name since: a link is removed itself, never followed; another folder
    or file is left to its owner). A folder this process holds no more (removed already) is not
    looked at: whatever stands under its name now is not kesu's."""
    made = _MADE.pop(folder, None)
    if made is None:
        return
    if not _AT_FOLDER:
        _removed_by_name(folder, made)
        return
    try:
        parent = os.open(folder.parent, _OPEN_PARENT)
    except OSError:
        return
    try:
        _removed_at(parent, folder.name, made)
    except OSError:
        pass  # (not ours to remove after all, or gone: left to the next run's cleaning)
    finally:
        os.close(parent)


def _removed_at(parent: int, name: str, made: tuple[int, int]) -> bool:
    """:func:`_removed` in the folder ``parent`` is the descriptor of: ``name`` opened never
    through a link, emptied through that descriptor when it is the folder ``made`` (device,
    inode), then removed — ``rmdir``, which fails where another folder, not empty, came under
    its name meanwhile. A link under its name: the link removed. Whether ``name`` was removed."""
    try:
        fd = os.open(name, _OPEN_FOLDER, dir_fd=parent)
    except FileNotFoundError:
        return False
    except OSError:  # ELOOP, ENOTDIR: a link (removed), or a file (another's)
        return _link_removed(parent, name)
    try:
        found = os.fstat(fd)
        if (found.st_dev, found.st_ino) != made:
            return False
        _emptied(fd)
    finally:
        os.close(fd)
    try:
        os.rmdir(name, dir_fd=parent)
    except NotADirectoryError:  # (swapped for a link since it was opened: the link removed)
        return _link_removed(parent, name)
    return True


def _link_removed(parent: int, name: str) -> bool:
    """``name`` in the folder ``parent`` is the descriptor of removed if it is a link (put in a
    private folder's place: the link itself, never what it leads to); anything else is left.
    Whether it was removed."""
    if not S_ISLNK(os.stat(name, dir_fd=parent, follow_symlinks=False).st_mode):
        return False
    os.unlink(name, dir_fd=parent)
    return True


def _emptied(folder: int) -> None:
    """What is in the folder ``folder`` is the descriptor of removed through it: a file or a link
    itself, a folder by ``shutil.rmtree`` given the descriptor, which never follows a link (a
    LibreOffice profile left in the temporary folder: :func:`clean`). Python 3.10's ``rmtree``
    takes no descriptor: the same walk there, each folder opened never through a link."""
    with os.scandir(folder) as entries:
        names = [(entry.name, entry.is_dir(follow_symlinks=False)) for entry in entries]
    for name, is_folder in names:
        if not is_folder:
            os.unlink(name, dir_fd=folder)
        elif sys.version_info >= (3, 11):
            shutil.rmtree(name, dir_fd=folder)
        else:
            inner = os.open(name, _OPEN_FOLDER, dir_fd=folder)
            try:
                _emptied(inner)
            finally:
                os.close(inner)
            os.rmdir(name, dir_fd=folder)


def _removed_by_name(folder: Path, made: tuple[int, int]) -> None:
    """:func:`_removed` where the system takes no folder's descriptor (:data:`_AT_FOLDER`): the
    folder looked at by its name, then removed by it."""
    try:
        found = os.lstat(folder)
    except OSError:
        return
    if S_ISDIR(found.st_mode) and made == (found.st_dev, found.st_ino):
        shutil.rmtree(folder, ignore_errors=True)
    elif S_ISLNK(found.st_mode):
        with contextlib.suppress(OSError):
            os.unlink(folder)


def own_prefix(prefix: str) -> str:
    """``prefix`` (``.kesu-stage-``, ``.kesu-pdf-``) followed by this process's id and this PC's
    name (``.kesu-stage-4711@PC-01.``): the start of a temporary folder's name in an output
    folder, which :func:`clean` removes once that process is gone — on this PC; another PC's
    only when it is a day old (its process ids are not this PC's to look up)."""
    return f"{prefix}{_PID[0]}@{host_name()}."


@functools.cache
def host_name() -> str:
    """This PC's name as it goes into a temporary name: letters, digits and ``-``; any other
    character ``_`` and then a checksum of the whole name (two PCs named 财务一 and 财务二
    apart)."""
    import platform
    import zlib

    node = platform.node() or "pc"
    safe = "".join(c if c.isascii() and (c.isalnum() or c == "-") else "_" for c in node)[:40]
    if safe != node:
        safe = f"{safe}_{zlib.crc32(node.encode('utf-8', 'surrogateescape')):08x}"
    return safe


def written_aside(target: Path, write: Callable[[Path], object], check: Callable[[], object]) -> Path:
    """``write(path)`` (a writer that takes a path: a report's) into a private folder inside
    ``target``'s (:func:`_private_folder`), then ``check()`` right before the rename to
    ``target`` — a refusal there (another file put at ``target`` meanwhile) leaves ``target`` as
    it is; the private folder is removed however it ends."""
    folder = _private_folder(target.parent)
    try:
        made = folder / target.name
        write(made)
        check()
        held = _stage_checked(folder)
        try:
            _renamed(made, target, held)
        finally:
            _close(held)
    finally:
        _removed(folder)
    renamed_into(target.parent)
    return target


def _close(fd: int | None) -> None:
    if fd is not None:
        os.close(fd)


def _renamed(temp: Path, target: Path, folder: int | None) -> None:
    """``temp`` renamed to ``target`` (replacing what stands there): taken from the very folder
    ``folder`` is the descriptor of (:func:`_stage_checked`, held open since its check), never
    by the folder's name again — a folder swapped for a link meanwhile (another user's, in a
    shared output folder) would make the file the link leads to the clerk's document. By its
    path where the folder is not one of this process's private ones or the system takes no
    folder's descriptor (None: :data:`_AT_FOLDER`)."""
    if folder is None:
        os.replace(temp, target)
    else:
        os.replace(temp.name, target, src_dir_fd=folder)


def _unlinked(temp: Path, folder: int | None) -> None:
    """``temp`` removed if it still stands, from the folder ``folder`` is the descriptor of (as
    :func:`_renamed`: never through a link put in its folder's place) or by its path."""
    with contextlib.suppress(FileNotFoundError):
        if folder is None:
            os.unlink(temp)
        else:
            os.unlink(temp.name, dir_fd=folder)


def put_in_place(staged_file: Staged, target: Path) -> None:
    """Rename the file :func:`stage_file` wrote to ``target``, once its private folder is seen to
    be the one kesu made and its temporary name in it to lead to that very file still
    (:func:`_named`): a rename made later (a re-print's, once the register counted it) must
    never rename another file. Checked and renamed through the folder's descriptor, held open
    from the check to the rename (:func:`_renamed`): a folder swapped for a link meanwhile never
    makes the file it leads to the document. Refused (``FileExistsError``) otherwise; the
    temporary name and its folder are removed however it ends."""
    temp = staged_file.path
    try:
        if temp.parent not in _MADE:  # (removed already: what stands under its name is not kesu's)
            _replaced(temp.parent)
        held = _stage_checked(temp.parent, _replaced)
        try:
            _named(staged_file.identity, temp, held)
            _renamed(temp, target, held)
        finally:
            _close(held)
    finally:
        staged_file.unlink()
    renamed_into(target.parent)


_SYNCING: contextvars.ContextVar[set[str] | None] = contextvars.ContextVar("kesu_syncing", default=None)


@contextlib.contextmanager
def folders_synced(*folders: str | os.PathLike) -> Iterator[None]:
    """A batch, a command: the folders files were renamed into in the block (and ``folders``)
    are synced once each as it ends, however it ends — a rename is the folder's to keep, and a
    power cut before the folder reaches the disk loses the name whatever the file's own sync
    (3–9 ms a sync on a busy disk: once a batch, never once a document)."""
    outer = _SYNCING.get()
    names: set[str] = {str(os.fspath(folder)) for folder in folders}
    token = _SYNCING.set(names)
    try:
        yield
    finally:
        _SYNCING.reset(token)
        if outer is not None:  # (a block within a block: the outer one syncs)
            outer.update(names)
        else:
            _sync_each(names)


def _sync_each(names: set[str]) -> None:
    """Each folder named synced once, however it was named (``out``, ``out/``, its full path:
    :func:`os.path.realpath`). Ctrl-C or SIGTERM meanwhile is held until every folder is synced
    and then let go: the block has ended (a finished batch: its documents written, the register
    committed), its result or its own exception stands, and the names reach the disk."""
    from .entry import Interrupted

    for folder in sorted({os.path.realpath(name) for name in names}):
        try:
            sync_folder(folder)
        except (Interrupted, KeyboardInterrupt):  # (signalled after the block ended)
            sync_folder(folder)


def renamed_into(folder: str | os.PathLike, synced: bool = True) -> None:
    """A file was renamed into ``folder``: synced when the block of :func:`folders_synced`
    ends, or now when there is none (a command writing one file) and ``synced``."""
    names = _SYNCING.get()
    if names is not None:
        names.add(os.fspath(folder))
    elif synced:
        sync_folder(folder)


def sync_folder(folder: str | os.PathLike) -> bool:
    """``fsync`` of the folder itself (its names: the renames into it) where the platform
    allows: POSIX opens a folder for reading; Windows opens none (its NTFS journals names), and
    a file system that cannot sync a folder (some network shares: ``EINVAL``) is let be.
    Whether it was synced."""
    flags = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(folder, flags)
    except OSError:
        return False
    try:
        os.fsync(fd)
    except OSError:
        return False
    finally:
        os.close(fd)
    return True


Contents = bytes | Callable[[BinaryIO], object]
"""What a file is written with: its bytes, or a writer given the open file (a workbook's save)."""


def _whole(
    target: Path,
    contents: Contents,
    mode: int | None,
    mtime: float | None,
    synced: bool,
    new: bool = False,
    check: Callable[[], object] | None = None,
) -> bool:
    """:func:`_staged`, then renamed to ``target`` (``new``: only where nothing stands there,
    :func:`put_new`); whether the time ``mtime`` was set. Staged in a private folder
    (:func:`staged_aside`: a block's, or one of its own for a single file — a blank, an export,
    a report), never beside the clerk's file under a name like it."""
    folders = _ASIDE.get()
    if folders is None:
        with staged_aside():
            return _whole(target, contents, mode, mtime, synced, new, check)
    temp, dated, _, held = _staged(
        target, _aside_folder(folders, target.parent), contents, mode, mtime, synced
    )
    try:  # (its folder held open from its check to the rename: :func:`_renamed`)
        if check is not None:
            check()
        if new:
            put_new(temp, target, held)
        else:
            _renamed(temp, target, held)
    except BaseException:
        _unlinked(temp, held)
        raise
    finally:
        _close(held)
    renamed_into(target.parent, synced)
    return dated


def put_new(temp: Path, target: Path, folder: int | None = None) -> None:
    """``temp`` given the name ``target`` only where nothing stands under it, whatever came
    there since the caller looked (another clerk's file saved meanwhile: never replaced): a hard
    link made under that name — the file system itself refuses it, ``FileExistsError``, where a
    name stands — then the temporary name removed. Where the folder makes no hard link (a FAT
    stick, some shares), the name is looked at right before the rename. ``folder``: the
    descriptor of ``temp``'s private folder, held open since its check (:func:`_stage_checked`):
    ``temp`` is taken from that very folder (:func:`_renamed`), never by its name again."""
    try:
        if folder is None:
            os.link(temp, target)
        else:
            os.link(temp.name, target, src_dir_fd=folder)
    except FileExistsError:
        raise
    except OSError:  # (no hard link on this file system)
        if os.path.lexists(target):
            raise FileExistsError(
                errno.EEXIST, "a file stands under the document's name", str(target)
            ) from None
        _renamed(temp, target, folder)
        return
    _unlinked(temp, folder)


def _staged(
    target: Path, folder: Path, contents: Contents, mode: int | None, mtime: float | None, synced: bool
) -> tuple[Path, bool, tuple[int, int], int | None]:
    """The one way kesu writes a file: under a temporary name (``.NAME.PID.THREAD.part``: a
    rerun cleans it when this process is gone) in the private folder ``folder`` inside
    ``target``'s (:func:`_temp_name`), made new (``O_EXCL``, never through a link: :func:`_new_file`),
    written through the one open file (bytes at once, or ``contents(file)``: never opened again
    by its name), flushed to the disk (``fsync``, when ``synced``: a power cut after the rename
    leaves the whole file, not an empty one — not for a batch's documents, 3–9 ms a file on a
    busy disk against a render's ~2 ms a document, as the register's own commits take no fsync
    each), given ``mode`` and the modification time ``mtime`` before the caller renames it
    (:func:`_whole`, :func:`put_in_place`). Anything going wrong on the way (a full disk,
    Ctrl-C, SIGTERM taken by :mod:`kesu_docs.entry`, the name swapped for another file
    meanwhile) removes it — through its folder's descriptor, held open since the folder's
    check (:func:`_stage_checked`) — and goes on. The temporary path, whether ``mtime`` was set
    (False where the folder refuses explicit times: ``EPERM``), which file it wrote (device,
    inode: taken from the open file), and its folder's descriptor, still open for the rename
    (the caller's to close; None: by path)."""
    if target.name in ("", ".", "..") or (target.is_dir() and not target.is_symlink()):
        # (never staged beside a folder — in / for /tmp — to fail at the rename; a link to a
        # folder standing at ``target`` is replaced as any link is)
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(target))
    fd, temp, held = _new_file(_temp_name(target, folder))
    dated = True
    try:
        try:
            if isinstance(contents, (bytes, bytearray, memoryview)):
                view, written = memoryview(contents), 0
                while written < len(view):  # a regular file takes it all at once, unless the disk is full
                    written += os.write(fd, view[written:])
            else:
                with open(fd, "wb", closefd=False) as out:
                    contents(out)
            if synced:
                os.fsync(fd)
            if mode is not None:
                os.chmod(fd if os.chmod in os.supports_fd else temp, mode)
            if mtime is not None:
                try:
                    os.utime(fd if os.utime in os.supports_fd else temp, (mtime, mtime))
                except OSError:  # (a folder that refuses explicit times: the document still stands)
                    dated = False
            identity = _still_ours(fd, temp, held)
        finally:
            os.close(fd)
    except BaseException:
        try:
            _unlinked(temp, held)
        finally:
            _close(held)
        raise
    return temp, dated, identity, held


def _temp_name(target: Path, folder: Path) -> Path:
    """Where :func:`_staged` writes ``target`` first: ``.NAME.PID.THREAD.part`` (unique per
    process and thread, so parallel jobs never share a temporary file) in the private folder
    ``folder`` inside ``target``'s — :func:`stage_file`'s own, or a block's
    (:func:`_aside_folder`) — never beside the clerk's files."""
    return folder / f".{_short(target.name)}.{_PID[0]}.{threading.get_ident()}.part"


def _aside_folder(folders: dict[Path, Path], parent: Path) -> Path:
    """The private folder a block of :func:`staged_aside` (its ``folders``) stages the files of
    ``parent`` in: ``parent`` itself where it is one of this process's private folders (a
    report's writer given its path there: :func:`written_aside`); else the block's, made at its
    first file, made anew where it is gone (an older kesu's cleaning)."""
    if parent in _MADE:
        return parent
    stage = folders.get(parent)
    if stage is None or not os.path.lexists(stage):
        stage = folders[parent] = _private_folder(parent)
    return stage


_ASIDE: contextvars.ContextVar[dict[Path, Path] | None] = contextvars.ContextVar("kesu_aside", default=None)


@contextlib.contextmanager
def staged_aside() -> Iterator[None]:
    """A batch's files written in the block staged in a private folder (:func:`_private_folder`,
    ``.kesu-stage-PID-…``, one a folder written into, made at its first file) rather than beside
    the clerk's files: a kill mid-write leaves one hidden folder, not a ``.part`` file a
    document, and the next run removes it as it removes any of a process gone (:func:`clean`).
    The same file system: each rename still moves no data. The folders removed as the block
    ends, however it ends."""
    folders: dict[Path, Path] = {}
    token = _ASIDE.set(folders)
    try:
        yield
    finally:
        _ASIDE.reset(token)
        for stage in folders.values():
            _removed(stage)


def _still_ours(fd: int, temp: Path, folder: int | None) -> tuple[int, int]:
    """Which file ``fd`` is (device, inode), once the name ``temp`` is seen to lead to it still
    (:func:`_named`)."""
    mine = os.fstat(fd)
    identity = (mine.st_dev, mine.st_ino)
    _named(identity, temp, folder)
    return identity


def _named(identity: tuple[int, int], temp: Path, folder: int | None) -> None:
    """Raise when the name ``temp`` no longer leads to the file ``identity`` kesu wrote (another
    user's link or file put in its place in a shared folder; the name checked, never followed
    through a link): renaming it would make what they put there the document. Looked up in the
    folder ``folder`` is the descriptor of (:func:`_stage_checked`), or by its path (None)."""
    named = os.lstat(temp) if folder is None else os.lstat(temp.name, dir_fd=folder)
    if (named.st_dev, named.st_ino) != identity:
        raise FileExistsError(errno.EEXIST, "the temporary file was replaced by another", str(temp))


_NAME_IN_TEMP = 180  # bytes of the target's name in its temporary name: 255 with the rest


def _short(name: str) -> str:
    """``name`` as it goes into a temporary name: whole, or cut to :data:`_NAME_IN_TEMP` bytes.
    A clerk may ask for any name a disk stores (``-o`` with 80 Chinese characters, 245 bytes);
    with ``.`` and ``.PID.THREAD.part`` around it the temporary name was too long to make."""
    data = name.encode("utf-8", "surrogateescape")
    if len(data) <= _NAME_IN_TEMP:
        return name
    return data[:_NAME_IN_TEMP].decode("utf-8", "ignore")


def _new_file(temp: Path) -> tuple[int, Path, int | None]:
    """``temp`` made new for writing (0666 less the umask, as open(…, "wb") makes it, without a
    buffer's stat); whatever stood under its name (a link, a file of an earlier process of the
    same id) is removed first — through its folder's descriptor (:func:`_cleared`) — never
    written through. Its descriptor; where it was made: ``temp``, or the same name in a private
    folder drawn anew where its own went missing (:func:`_folder_again`); and the descriptor of
    its private folder, held open since that folder's check (:func:`_created`)."""
    for _ in range(3):
        try:
            fd, held = _created(temp)
            return fd, temp, held
        except FileNotFoundError:  # the folder is made when missing, not checked for each file
            temp = _folder_again(temp)
        except FileExistsError:
            _cleared(temp)
    fd, held = _created(temp)
    return fd, temp, held


def _folder_again(temp: Path) -> Path:
    """Where ``temp`` is made once its folder went missing (removed by hand, a cleaner's sweep
    of hidden folders, an older kesu's cleaning): a private folder of this process's
    (:data:`_MADE`) is forgotten and another drawn in its place (:func:`_private_folder`: 0700,
    its identity kept), the batch's later files staged there too (:func:`staged_aside`) —
    made again by a plain ``mkdir``, it was neither private nor the folder kesu knew, and
    every later write of the batch was refused as written into a folder put in its place. Any
    other folder is made again as it was."""
    folder = temp.parent
    if _MADE.pop(folder, None) is None:
        folder.mkdir(parents=True, exist_ok=True)
        return temp
    fresh = _private_folder(folder.parent)
    folders = _ASIDE.get()
    if folders is not None and folders.get(folder.parent) == folder:
        folders[folder.parent] = fresh
    return fresh / temp.name


def _created(temp: Path) -> tuple[int, int | None]:
    """``temp`` made new (``O_EXCL|O_NOFOLLOW``); in a private folder of this process's, made in
    that very folder (its descriptor: a link put in its place since is refused, never followed).
    The file's descriptor, and the folder's, left open for what is done in it next (None: by
    path, :func:`_stage_checked`)."""
    folder = _stage_checked(temp.parent)
    if folder is None:
        return os.open(temp, _CREATE, 0o666), None
    try:
        return os.open(temp.name, _CREATE, 0o666, dir_fd=folder), folder
    except BaseException:
        os.close(folder)
        raise


def _cleared(temp: Path) -> None:
    """Whatever stands under the name ``temp`` removed (a link removed itself, never followed),
    from its private folder once that is seen to be the folder kesu made (:func:`_stage_checked`:
    through its descriptor), or by its path."""
    folder = _stage_checked(temp.parent)
    try:
        _unlinked(temp, folder)
    finally:
        _close(folder)


def alive(pid: int) -> bool:
    """Whether a process with this id runs (on this machine)."""
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # someone else's process: not ours to judge
    return not _zombie(pid)


def _zombie(pid: int) -> bool:
    """A process killed but not yet reaped (Linux): it runs no more and writes nothing."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat[stat.rfind(")") + 2 :].startswith(("Z", "X"))


def _owner(name: str) -> tuple[int, str | None] | None:
    """The process id a temporary name carries, and the PC's name where it carries one."""
    hosted = _HOSTED.match(name)
    if hosted:
        return int(hosted.group(1)), hosted.group(2)
    found = _PART.match(name) or _DIR.match(name)
    return (int(found.group(1)), None) if found else None


def _left(pid: int, host: str | None, found: os.stat_result) -> bool:
    """Was the entry ``found`` (its ``lstat``) left by a process gone? One of this PC's (or of
    an older kesu, which named no PC): its process is not running. Another PC's: it is older
    than :data:`FOREIGN_AGE`."""
    if host is None or host == host_name():
        return not alive(pid)
    return time.time() - found.st_mtime > FOREIGN_AGE


def clean(folder: str | os.PathLike) -> list[Path]:
    """Remove the temporary files and folders of dead kesu processes in ``folder`` (and the
    LibreOffice profiles they left in the system's temporary folder); the paths removed. Each
    folder is opened once and what is in it listed, checked and removed through that
    descriptor (:func:`_cleaned_at`), never by its name again: a folder swapped for a link
    between the listing and a removal (another user's, in a shared output folder) never makes
    kesu remove the file or folder of the same name where the link leads."""
    removed: list[Path] = []
    places = [(Path(folder), FOLDER_PATTERNS), (Path(tempfile.gettempdir()), ("kesu-lo-*",))]
    for place, patterns in places:
        removed += _cleaned(place, patterns)
    return removed


def _cleaned(place: Path, patterns: tuple[str, ...]) -> list[Path]:
    """:func:`clean` of one folder ``place``: opened as it is named (a link to a share is the
    clerk's to make), its names listed and each left by a dead process removed through the
    folder's descriptor; by their paths where the system takes no folder's descriptor
    (:data:`_AT_FOLDER`: :func:`_cleaned_by_name`)."""
    if not _AT_FOLDER:
        return _cleaned_by_name(place, patterns)
    try:
        fd = os.open(place, _OPEN_PARENT)
    except OSError:  # (missing, or not a folder)
        return []
    try:
        with os.scandir(fd) as entries:
            names = [entry.name for entry in entries if _matches(entry.name, patterns)]
        return [place / name for name in names if _cleaned_at(fd, name)]
    finally:
        os.close(fd)


def _matches(name: str, patterns: tuple[str, ...]) -> bool:
    """Does ``name`` match one of ``patterns`` as a glob of its folder would (``.*.part``)?"""
    return _matcher(patterns)(name) is not None


@functools.cache
def _matcher(patterns: tuple[str, ...]) -> Callable[[str], re.Match[str] | None]:
    """``patterns`` as one expression, compiled once: an output folder of 10,000 documents is
    matched in ~10 ms, where ``fnmatch`` of each name and pattern took 0.6 s."""
    return re.compile("|".join(fnmatch.translate(pattern) for pattern in patterns)).match


def _cleaned_at(folder: int, name: str) -> bool:
    """``name`` in the folder ``folder`` is the descriptor of removed when a dead process left it
    (:func:`_owner`, :func:`_left`): a file or a link itself, a folder through its own
    descriptor once it is seen to be the folder looked at (:func:`_removed_at`). Whether it was
    removed (not: a live process's, or not ours to remove after all — permissions: left)."""
    owner = _owner(name)
    if owner is None:
        return False
    try:
        found = os.stat(name, dir_fd=folder, follow_symlinks=False)
        if not _left(*owner, found):
            return False
        if S_ISDIR(found.st_mode):
            return _removed_at(folder, name, (found.st_dev, found.st_ino))
        os.unlink(name, dir_fd=folder)
    except OSError:
        return False
    return True


def _cleaned_by_name(place: Path, patterns: tuple[str, ...]) -> list[Path]:
    """:func:`_cleaned` where the system takes no folder's descriptor: listed, looked at and
    removed by their paths."""
    removed: list[Path] = []
    if not place.is_dir():
        return removed
    for pattern in patterns:
        for path in place.glob(pattern):
            owner = _owner(path.name)
            try:
                if owner is None or not _left(*owner, path.lstat()):
                    continue
                if path.is_dir() and not path.is_symlink():
                    shutil.rmtree(path)
                else:
                    path.unlink()
                removed.append(path)
            except OSError:
                pass  # not ours to remove after all (permissions): leave it
    return removed


def run_alone(
    command: list[str], timeout: float, *, text: bool = True, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[Any]:
    """``command`` run in a process group of its own, the whole group killed when it is cut
    short (a timeout, Ctrl-C, SIGTERM); then the exception goes on.

    LibreOffice's ``soffice`` and Chromium are launchers: the work is done by their children
    (``soffice.bin``, Chromium's renderers). ``subprocess.run`` kills the launcher only, and the
    children went on writing into a folder being removed, their profile left behind, for as
    long as they liked — on Windows too, where ``soffice.exe`` starts ``soffice.bin``."""
    with subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=text,
        errors="replace" if text else None,
        env=env,
        **own_group(),
    ) as process:
        try:
            out, err = process.communicate(timeout=timeout)
        except BaseException:
            _kill_tree(process)
            raise
    return subprocess.CompletedProcess(command, process.returncode, out, err)


CREATE_NEW_PROCESS_GROUP = 0x00000200
"""Windows' process creation flag (``subprocess.CREATE_NEW_PROCESS_GROUP``, which only Windows'
Python defines): Ctrl+C of the console reaches kesu, which ends the tree itself."""


def own_group(platform: str = sys.platform) -> dict[str, Any]:
    """What ``Popen`` is given so that a child and its children can be ended together: a
    session of their own (POSIX: one ``killpg``), a process group of their own (Windows)."""
    if platform == "win32":
        return {"creationflags": CREATE_NEW_PROCESS_GROUP}
    return {"start_new_session": True}


def tree_kill_command(pid: int) -> list[str]:
    """Windows' way to end a process and every process it started (``/T``), at once (``/F``):
    Windows has no process group to signal, and killing the launcher alone leaves its children."""
    return ["taskkill", "/T", "/F", "/PID", str(pid)]


def _kill_tree(process: subprocess.Popen[Any], platform: str = sys.platform) -> None:
    """End ``process`` and its children, then reap it. The tree first: once the launcher is
    gone, Windows no longer knows whose children they were."""
    if platform == "win32":
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            subprocess.run(tree_kill_command(process.pid), capture_output=True, timeout=30, check=False)
    else:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(process.pid, signal.SIGKILL)
    process.kill()
    process.wait()
