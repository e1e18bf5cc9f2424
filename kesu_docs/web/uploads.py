"""Uploaded files: where they go (only under the server's work folder) and what is refused.

A browser sends a file name, or a path inside a dropped folder (``收件箱/九月/客诉.xlsx``).
Only the last part is kept, cleaned of anything a file system would read as a path or a
device, and the file is written into the batch's own folder, never outside it.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from ..filenames import safe_file_name
from ..parse import SUFFIXES
from ..problems import Problem

# this module's codes in the message catalogue (problems.py reads them on first look-up)
MESSAGES: dict[str, tuple[str, str]] = {
    "upload_suspicious_zip": (
        "文件解压后有 {size} MB（压缩比 {ratio}:1），疑似“压缩炸弹”，已拒收",
        "The file unpacks to {size} MB (ratio {ratio}:1): a suspected zip bomb, refused",
    ),
    "upload_not_a_form_file": (
        "不支持的文件类型：{suffix}（支持 .xlsx .xls .pdf .json），未处理",
        "Unsupported file type: {suffix} (use .xlsx, .xls, .pdf or .json): not processed",
    ),
}


# an Excel form unpacks to a few MB; a thousand-fold ratio or hundreds of MB is an attack
MAX_UNPACKED = 200 * 1024 * 1024
MAX_RATIO = 200


def safe_name(raw: str, fallback: str = "file") -> str:
    """The last part of a browser's file name, safe on Windows and Linux; Chinese kept."""
    return safe_file_name((raw or "").replace("\\", "/").rsplit("/", 1)[-1], fallback)


def place(folder: Path, raw_name: str, taken: set[str]) -> Path:
    """A new path for an upload inside ``folder`` (``name (2).xlsx`` when the name repeats)."""
    name = safe_name(raw_name)
    stem, suffix = Path(name).stem, Path(name).suffix
    candidate, n = name, 1
    while candidate.lower() in taken:
        n += 1
        candidate = f"{stem} ({n}){suffix}"
    taken.add(candidate.lower())
    path = (folder / candidate).resolve()
    if path.parent != folder.resolve():  # cannot happen after safe_name; refuse rather than trust it
        raise ValueError(f"upload outside its folder: {raw_name!r}")
    return path


def refusal(path: Path) -> Problem | None:
    """Why an uploaded file is not handed to the readers at all (None: read it)."""
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        return Problem("upload_not_a_form_file", params={"suffix": suffix or "(none)"})
    try:
        with path.open("rb") as fh:
            head = fh.read(4)
        if head != b"PK\x03\x04":
            return None
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except (OSError, zipfile.BadZipFile):
        return None  # the reader says what is wrong with it
    unpacked = sum(i.file_size for i in infos)
    packed = max(sum(i.compress_size for i in infos), 1)
    ratio = unpacked // packed
    if unpacked > MAX_UNPACKED or (unpacked > 10 * 1024 * 1024 and ratio > MAX_RATIO):
        return Problem("upload_suspicious_zip", params={"size": unpacked // (1024 * 1024), "ratio": ratio})
    return None
