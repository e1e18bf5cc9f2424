"""Temporary files a killed run leaves behind, and their cleaning by the next run.

Every temporary name kesu makes carries the id of the process that made it
(``.complaint-202609001.docx.4711.140234.part``, ``.kesu-pdf-4711-…``, ``kesu-lo-4711-…``), so a
rerun removes exactly what a process that no longer runs left, and never a file another
clerk's running batch is still writing.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from pathlib import Path

# .NAME.PID.THREAD.part (render/renderer.py write_file); .NAME.PID.XXXX.part (reports)
_PART = re.compile(r"^\..+\.(\d+)\.[^.]+\.part$")
_DIR = re.compile(r"^\.?kesu-(?:pdf|pages|lo)-(\d+)-")
FOLDER_PATTERNS = (".*.part", ".kesu-pdf-*", "kesu-pages-*")


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


def _owner(name: str) -> int | None:
    found = _PART.match(name) or _DIR.match(name)
    return int(found.group(1)) if found else None


def clean(folder: str | os.PathLike) -> list[Path]:
    """Remove the temporary files and folders of dead kesu processes in ``folder`` (and the
    LibreOffice profiles they left in the system's temporary folder); the paths removed."""
    removed: list[Path] = []
    places = [(Path(folder), FOLDER_PATTERNS), (Path(tempfile.gettempdir()), ("kesu-lo-*",))]
    for place, patterns in places:
        if not place.is_dir():
            continue
        for pattern in patterns:
            for path in place.glob(pattern):
                pid = _owner(path.name)
                if pid is None or alive(pid):
                    continue
                try:
                    if path.is_dir() and not path.is_symlink():
                        shutil.rmtree(path)
                    else:
                        path.unlink()
                    removed.append(path)
                except OSError:
                    pass  # not ours to remove after all (permissions): leave it
    return removed
