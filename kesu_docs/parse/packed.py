"""A file compressed whole (gzip, bzip2, xz, 7z, RAR, a zip that is no Office file…) and still
named as the form: a mail gateway packs an attachment, a colleague zips a folder and renames it.
It is no damaged PDF and no damaged workbook: the clerk is told what it is and to unpack it.

The formats are told by their magic numbers through ``filetype`` (no hand-kept table of
signatures). For the stream compressors (gzip, bzip2, xz) the first bytes inside are
decompressed, never more than :data:`_PEEK`, to say what the file holds (a PDF, a workbook);
gzip's header also keeps the packed file's name, which is said when it is there.
"""

from __future__ import annotations

import bz2
import io
import lzma
import zipfile
import zlib
from collections.abc import Callable, Sequence

from ..problems import Bilingual, SourceError
from ..values import printable
from .limits import check_zip_members

_PEEK = 1024  # the most bytes decompressed to see what is inside
_HEAD = 8192  # the bytes the signatures are looked for in (tar's is at 257)

# filetype's archive matchers that are a compressed file or an archive of files (its list also
# holds PDF, RTF, PostScript, SQLite, executables…: those are no packing to undo)
_PACKINGS = {
    "Gz": "gzip",
    "Bz2": "bzip2",
    "Xz": "xz",
    "SevenZ": "7z",
    "Rar": "RAR",
    "Zstd": "Zstandard (zstd)",
    "Lz": "lzip",
    "Lz4": "LZ4",
    "Lzop": "lzop",
    "Z": "Unix compress (.Z)",
    "Cab": "cab",
    "Tar": "tar",
    "Zip": "zip",
}

_ARCHIVES = frozenset(("7z", "RAR", "zip", "tar", "cab"))  # many files packed, not one compressed

_UNPACK: dict[str, Callable[[bytes], bytes]] = {
    "gzip": lambda data: zlib.decompressobj(47).decompress(data[: 1 << 16], _PEEK),
    # (bzip2 gives nothing before a whole block is in: up to 900 kB, the format's most)
    "bzip2": lambda data: bz2.BZ2Decompressor().decompress(data[: 1 << 20], max_length=_PEEK),
    "xz": lambda data: lzma.LZMADecompressor().decompress(data[: 1 << 16], max_length=_PEEK),
}


def packing(data: bytes) -> str | None:
    """The compression or archive format a file is (``gzip``, ``7z``, ``zip``…), or None."""
    from filetype.types import ARCHIVE

    head = data[:_HEAD]
    for matcher in ARCHIVE:
        name = _PACKINGS.get(type(matcher).__name__)
        if name is not None and matcher.match(head):
            return name
    return None


def _inside(name: str, data: bytes) -> Bilingual | None:
    """What the first bytes inside a gzip, bzip2 or xz file are (a PDF, a zip: a workbook?)."""
    unpack = _UNPACK.get(name)
    if unpack is None:
        return None
    try:
        first = unpack(data)
    except (zlib.error, OSError, lzma.LZMAError, EOFError, ValueError):
        return None
    if first.startswith(b"%PDF"):
        return Bilingual("里面是一个 PDF 文件", "a PDF inside")
    if first.startswith(b"PK\x03\x04"):
        return Bilingual(
            "里面是一个 zip 文件，可能是 Excel 工作簿", "a zip inside, perhaps an Excel workbook"
        )
    return None


def _gzip_name(data: bytes) -> str | None:
    """The packed file's name a gzip header keeps (its FNAME field, when set and not after an
    extra field), cut at 80 characters."""
    if len(data) < 11 or data[:2] != b"\x1f\x8b" or not data[3] & 0x08 or data[3] & 0x04:
        return None
    end = data.find(b"\x00", 10, 10 + 1024)
    if end <= 10:
        return None
    name = data[10:end].decode("latin-1")
    name = "".join(ch for ch in name if ch.isprintable())
    return name if len(name) <= 80 else name[:79] + "…"


def packed(data: bytes) -> Bilingual | None:
    """Says "it is a file compressed with gzip (…): unpack it first" of a file compressed whole, with
    what it holds where that can be told; None for a file that is no compressed file."""
    name = packing(data)
    if name is None:
        return None
    if name == "zip":  # (an Office file is a zip too: a workbook or a document, said by the reader)
        return zip_of(zip_members(data))
    said: list[Bilingual] = []
    if name == "gzip" and (packed_name := _gzip_name(data)):
        said.append(Bilingual(f"压缩前的文件名“{packed_name}”", f"packed from '{packed_name}'"))
    if inside := _inside(name, data):
        said.append(inside)
    return _unpack_first(name, said)


def zip_members(data: bytes) -> list[str]:
    """The names of the files a zip holds, as its central directory lists them (however many,
    wherever it begins), none for a zip that cannot be opened; bounded as a workbook's is
    (:func:`.limits.check_zip_members`): past that, the names in its last 64 KB."""
    try:
        check_zip_members(data)  # before zipfile makes an object of each member
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return archive.namelist()
    except SourceError:  # too many members to list: the names its tail holds
        tail = data[-(1 << 16) :]
        return [n for n in ("[Content_Types].xml", "xl/workbook.xml") if n.encode() in tail]
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError):
        return []


def zip_of(members: Sequence[str]) -> Bilingual | None:
    """Says "it is a zip archive (holding …): unpack it first" of a zip of other files under a
    form's name, with the first three of its files, given the names the zip holds (its members);
    None for an Office package (a workbook, a document: it holds ``[Content_Types].xml``)."""
    if "[Content_Types].xml" in members:
        return None
    files = [printable(n) for n in members if not n.endswith("/")]
    shown = ", ".join(files[:3]) + (f" (+{len(files) - 3})" if len(files) > 3 else "")
    return _unpack_first("zip", [Bilingual(f"里面有 {shown}", f"holding {shown}")] if files else [])


def _unpack_first(name: str, said: list[Bilingual]) -> Bilingual:
    zh = f"（{'，'.join(w.zh for w in said)}）" if said else ""
    en = f" ({', '.join(w.en for w in said)})" if said else ""
    archive = name in _ARCHIVES
    return Bilingual(
        f"这是一个 {name} {'压缩包' if archive else '压缩文件'}{zh}，不是表单文件本身：请先解压，再提交里面的文件",
        f"it is {f'a {name} archive' if archive else f'a file compressed with {name}'}{en}, not the form "
        "itself: unpack it first, then submit the file inside",
    )
