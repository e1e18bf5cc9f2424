"""The DOCX zip package: read a template's members once, write documents deterministically.

Only the parts that carry tags are rendered; every other member (styles, fonts, images,
settings) is copied as the template's compressed bytes, with no decompression and no
recompression. Every member gets the same fixed timestamp and keeps the template's order, so
the same content always gives the same bytes.
"""

from __future__ import annotations

import os
import struct
import zipfile
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# 1980-01-01 00:00:00, the earliest DOS time: output never depends on the clock
DOS_DATE = (0 << 9) | (1 << 5) | 1
DOS_TIME = 0
# Rendered parts are deflated with ISA-L (python-isal): its level 1 deflates a complaint
# sheet's 106 KB document.xml in 0.02 ms against zlib level 1's 0.09 ms, a tenth smaller
# (issue 15). The same input always gives the same bytes; without isal (a platform with no
# wheel) zlib at level 1 is used, equally deterministic, a little slower.
try:
    from isal import isal_zlib as _deflater

    DEFLATE_LEVEL = 1
except ImportError:  # pragma: no cover - isal is a dependency
    _deflater = zlib  # type: ignore[misc]
    DEFLATE_LEVEL = 1
_UTF8_NAME = 0x800

# what a member's local header and its central directory entry share: flags, method, time,
# date, CRC, sizes, name's length, no extra field (packed once, its two heads and tail joined)
_ENTRY = struct.Struct("<HHHHIIIHH")
_LOCAL_HEAD = struct.pack("<IH", 0x04034B50, 20)
_CENTRAL_HEAD = struct.pack("<IHH", 0x02014B50, 20, 20)
_CENTRAL_TAIL = bytes(10)  # no comment, disk 0, no internal or external attributes (the offset after)
_OFFSET = struct.Struct("<I")
_END = struct.Struct("<IHHHHIIH")


_LOCAL_SIZE = 30  # a local file header less its name


class _once:
    """A member's value computed at its first read and kept in the member's ``__dict__``, which
    every later read finds first: ``functools.cached_property`` without the lock Python 3.11
    takes at every first read (a rendered part's member is new each document, read once)."""

    def __init__(self, func: Callable[[Any], Any]) -> None:
        self.func, self.name = func, func.__name__
        self.__doc__ = func.__doc__

    def __get__(self, member: Any, owner: type | None = None) -> Any:
        if member is None:
            return self
        value = member.__dict__[self.name] = self.func(member)
        return value


class Damaged(ValueError):
    """A member whose bytes are not what its zip entry says (a file cut short, garbled, tampered
    with): the reason in English (the exception's text) and in Chinese (``zh``)."""

    def __init__(self, name: str, zh: str, en: str) -> None:
        super().__init__(f"{name}: {en}")
        self.zh = f"{name}：{zh}"


@dataclass(frozen=True)
class Member:
    """One member of the zip as stored: its name and its compressed bytes."""

    name: str
    method: int  # zipfile.ZIP_STORED or ZIP_DEFLATED
    crc: int
    size: int  # uncompressed
    data: bytes  # as stored (compressed)

    @classmethod
    def deflated(cls, name: str, content: bytes, level: int = DEFLATE_LEVEL) -> Member:
        data = _deflater.compress(content, level, -15)
        return cls(name, zipfile.ZIP_DEFLATED, _deflater.crc32(content), len(content), data)

    def content(self) -> bytes:
        """The member's uncompressed bytes; :class:`Damaged` when they are not what its zip entry
        says (more or fewer bytes, a deflate stream cut short or garbled, another CRC)."""
        if self.method == zipfile.ZIP_STORED:
            content, whole = self.data, True
        else:
            inflater = zlib.decompressobj(-15)  # never more than it says it holds (a zip bomb lies)
            try:
                content = inflater.decompress(self.data, self.size + 1)
            except zlib.error as exc:
                raise Damaged(
                    self.name, f"压缩数据已损坏（{exc}）", f"its compressed data is damaged ({exc})"
                ) from exc
            whole = inflater.eof
        if len(content) > self.size:
            raise Damaged(
                self.name,
                f"解压后多于其 zip 条目所写的 {self.size:,} 字节",
                f"holds more than the {self.size:,} bytes its zip entry says",
            )
        if not whole or len(content) != self.size:
            raise Damaged(
                self.name,
                f"数据不完整（{len(content):,} 字节，zip 条目写的是 {self.size:,}）",
                f"is cut short ({len(content):,} bytes of the {self.size:,} its zip entry says)",
            )
        if zlib.crc32(content) != self.crc:
            raise Damaged(self.name, "校验和（CRC）不符", "its checksum (CRC) does not match")
        return content

    @_once
    def headers(self) -> tuple[bytes, bytes, bytes]:
        """(local header with the name and the member's stored bytes, central directory entry
        up to its offset, name): all a member's zip entry but where it lies, packed once for a
        member every document copies from its template (kept in the member: its own fields
        never change), its local entry one bytes object to write."""
        name = self.name.encode("utf-8")
        flags = 0 if name.isascii() else _UTF8_NAME
        shared = _ENTRY.pack(
            flags, self.method, DOS_TIME, DOS_DATE, self.crc, len(self.data), self.size, len(name), 0
        )
        return b"".join((_LOCAL_HEAD, shared, name, self.data)), _CENTRAL_HEAD + shared + _CENTRAL_TAIL, name


def read_members(path: Path) -> list[Member]:
    """Every member of a zip file, in order, with its compressed bytes as stored."""
    members = []
    with zipfile.ZipFile(path) as archive, open(path, "rb") as fh:
        for info in archive.infolist():
            if info.flag_bits & 0x1:
                raise ValueError(f"{path}: encrypted member {info.filename}")
            if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                # an exotic method: recompress it once, at load time
                members.append(Member.deflated(info.filename, archive.read(info)))
                continue
            fh.seek(info.header_offset)
            header = fh.read(_LOCAL_SIZE)
            name_len, extra_len = struct.unpack("<HH", header[26:30])
            fh.seek(info.header_offset + _LOCAL_SIZE + name_len + extra_len)
            members.append(
                Member(
                    info.filename, info.compress_type, info.CRC, info.file_size, fh.read(info.compress_size)
                )
            )
    return members


def write_zip(members: Iterable[Member]) -> bytes:
    """A zip file holding ``members`` in the given order, with fixed timestamps."""
    chunks: list[bytes] = []
    central: list[bytes] = []
    offset = 0
    pack_offset = _OFFSET.pack
    for m in members:
        local, entry, name = m.headers
        chunks.append(local)
        central += (entry, pack_offset(offset), name)
        offset += len(local)
    count = len(chunks)
    directory = b"".join(central)
    chunks.append(directory)
    chunks.append(_END.pack(0x06054B50, 0, 0, count, count, len(directory), offset, 0))
    return b"".join(chunks)


def written_here(path: str | os.PathLike) -> bool:
    """Is the file at ``path`` a zip as :func:`write_zip` writes it: every entry stamped
    1980-01-01 00:00, made by and needing version 2.0 (MS-DOS), with no flag but UTF-8 names,
    no extra field, no attributes, no comment? A document kesu wrote, told from a file another
    program saved (Word's flags its compression, LibreOffice and Python's ``zipfile`` date
    their entries, a Unix zip adds its attributes and extra fields). False for no zip."""
    try:
        with zipfile.ZipFile(path) as archive:
            entries = archive.infolist()
            said = archive.comment
    except (OSError, zipfile.BadZipFile, ValueError):
        return False
    return bool(entries) and not said and all(_as_written(info) for info in entries)


def _as_written(info: zipfile.ZipInfo) -> bool:
    """One central directory entry as :meth:`Member.headers` packs it."""
    return (
        info.date_time == (1980, 1, 1, 0, 0, 0)
        and (info.create_system, info.create_version, info.extract_version) == (0, 20, 20)
        and info.flag_bits & ~_UTF8_NAME == 0
        and not info.extra
        and not info.comment
        and info.internal_attr == info.external_attr == 0
    )
