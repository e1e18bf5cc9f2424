"""What a file is by its first bytes, whatever its name says: the Office containers (a zip, an OLE
file), a picture, a document of another kind (PostScript, RTF, Word), a link file, Office's
``~$`` owner file and LibreOffice's ``.~lock.…#`` file, a web sign-in page. Asked by the Excel reader, the PDF reader, a PDF's
attachments and a folder's listing alike — a module of its own, so that reading a PDF or
listing a folder does not import the Excel reader (issue 15: a one-form ``kesu parse``'s
start-up)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..lazy_re import lazy_re
from ..problems import Bilingual

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"


HTML_STARTS = (b"<html", b"<!doctype", b"<table", b"<meta", b"<head", b"<body", b"<style", b"<!--")


_IMAGE_MAGIC = (
    (b"\xff\xd8\xff", "JPEG"),
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
    (b"II*\x00", "TIFF"),
    (b"MM\x00*", "TIFF"),
    (b"BM", "BMP"),
)


def image_kind(head: bytes) -> str:
    """The picture format a file starts as (JPEG, PNG, HEIC…), or "" for none."""
    for magic, name in _IMAGE_MAGIC:
        if head.startswith(magic):
            return name
    if head[4:8] == b"ftyp" and head[8:12] in (b"heic", b"heix", b"mif1", b"heif"):
        return "HEIC"  # an iPhone's photo
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return "WebP"
    return ""


_WORD_OLE = "WordDocument".encode("utf-16-le")  # the stream of a Word 97–2003 .doc's OLE container


def other_document(data: bytes) -> Bilingual | None:
    """What a file is by its first bytes when it is a document of another kind that is sent for a
    form under a wrong name: a printer driver's PostScript print (``%!PS-Adobe``, "print to
    file"), a Rich Text document (``{\\rtf``), a Word document (.docx: a zip holding
    ``word/document.xml``; .doc: an OLE container with a ``WordDocument`` stream); None for
    another."""
    head = data[:1024].removeprefix(b"\xef\xbb\xbf").lstrip(b"\x04 \t\r\n")  # (a DOS driver's ^D first)
    if head.startswith(b"%!PS") or head.startswith(b"\xc5\xd0\xd3\xc6"):  # (the latter: DOS EPS)
        return Bilingual(
            "这是 PostScript 打印文件（打印机驱动“打印到文件”所存，开头为 %!PS-Adobe）",
            "it is a PostScript print file (a printer driver's 'print to file', starting %!PS-Adobe)",
        )
    if head.startswith(b"{\\rtf"):
        return Bilingual(
            "这是 RTF 文档（写字板或 Word 所存）",
            "it is a Rich Text document (RTF, saved by WordPad or Word)",
        )
    if data.startswith(ZIP_MAGIC) and b"word/document.xml" in data[-(1 << 16) :]:
        return Bilingual("这是 Word 文档（.docx）", "it is a Word document (.docx)")
    if data.startswith(OLE_MAGIC) and _WORD_OLE in data:
        return Bilingual("这是 Word 97-2003 文档（.doc）", "it is a Word 97-2003 document (.doc)")
    return None


# a link file a clerk dragged from a browser or a portal into the folder and renamed: Windows'
# Internet shortcut (``[InternetShortcut]`` / ``URL=``), a Linux desktop's link (``[Desktop Entry]``
# … ``Type=Link``), macOS's ``.webloc`` (a property list with a ``URL`` key, in XML or binary)
_LINK_URL = re.compile(rb"^[ \t]*URL[ \t]*=[ \t]*([^\r\n]*)", re.MULTILINE | re.IGNORECASE)
_WEBLOC_URL = re.compile(rb"<key>\s*URL\s*</key>\s*<string>([^<]*)</string>", re.IGNORECASE)
_SHOWN_URL = 160  # characters of the link's address said; a longer one is cut with …


def link_file(data: bytes) -> Bilingual | None:
    """What to tell a clerk of a link file sent for a form (an Internet shortcut, a desktop link, a
    ``.webloc``): the address it points to and that the form itself is to be downloaded; None for
    any other file."""
    head = data[:4096].removeprefix(b"\xef\xbb\xbf")
    found = None
    if re.search(rb"^\s*\[InternetShortcut\]", head, re.MULTILINE | re.IGNORECASE) or (
        head.lstrip().startswith(b"[Desktop Entry]") and re.search(rb"^Type\s*=\s*Link\s*$", head, re.M)
    ):
        found = _LINK_URL.search(head)
    elif (head.startswith(b"<?xml") or head.startswith(b"<!DOCTYPE plist")) and b"<plist" in head:
        found = _WEBLOC_URL.search(head)
    elif head.startswith(b"bplist00") and b"URL" in head:
        found = re.search(rb"(?:https?|ftp|file)://[\x21-\x7e]+", head)
    if found is None:
        return None
    address = (found.group(1) if found.groups() else found.group(0)).decode("utf-8", "replace")
    address = "".join(c for c in address.strip() if c.isprintable()) or "?"
    if len(address) > _SHOWN_URL:
        address = address[: _SHOWN_URL - 1] + "…"
    return Bilingual(
        f"这是一个链接文件（网页快捷方式），不是表单本身，它只指向 {address}：请打开这个链接，"
        "把表单本身（PDF 或 Excel 工作簿）下载下来后再提交",
        f"it is a link file (an Internet shortcut), not the form itself: it only points to {address}; "
        "open the link, download the form itself (the PDF or the Excel workbook) and submit that",
    )


# Office's owner file (``~$name.xlsx``, the lock beside an open workbook or document): the user's
# name as a length byte and the name in the system's code page padded to 54 bytes, then a
# two-byte length and the name in UTF-16; Excel's is 165 bytes, Word's 162
_OWNER_FILE_MAX = 512
_OWNER_ANSI = 54


def owner_file_user(data: bytes) -> str | None:
    """The user's name an Office owner file (the ``~$`` lock file) holds, or None for any other
    file. Told by its shape, not its name: copied and renamed, it is the same file."""
    if not _OWNER_ANSI + 4 <= len(data) <= _OWNER_FILE_MAX:
        return None
    size = data[0]
    if not 0 < size < _OWNER_ANSI or data[1 + size : _OWNER_ANSI].strip(b" \x00"):
        return None
    wide = int.from_bytes(data[_OWNER_ANSI : _OWNER_ANSI + 2], "little")
    tail = data[_OWNER_ANSI + 2 : _OWNER_ANSI + 2 + 2 * wide]
    if not 0 < wide <= _OWNER_ANSI or len(tail) != 2 * wide:
        return None
    try:
        user = tail.decode("utf-16-le")
    except UnicodeDecodeError:
        return None
    if not user.strip() or not user.isprintable() or data[_OWNER_ANSI + 2 + 2 * wide :].strip(b" \x00"):
        return None
    return user.strip()


# LibreOffice's lock file (``.~lock.客诉单.xlsx#`` beside a document it has open; svl's
# ``LockFileCommon``): one entry or more of five fields, UTF-8, each ``,``/``;``/``\\`` escaped
# by a backslash — the user's name (Tools › Options › User Data), the system's user name, the
# computer, the time opened (``DD.MM.YYYY HH:MM``) and the user's profile folder — ``,`` between
# them, ``;`` after the last. Told by its shape (the time's shape among it), not its name.
_LOCK_FIELD = rb"((?:[^,;\\\r\n]|\\[,;\\])*)"
_LIBREOFFICE_ENTRY = lazy_re(
    rb",".join([_LOCK_FIELD] * 3) + rb",(\d\d\.\d\d\.\d{4} \d\d:\d\d)," + _LOCK_FIELD + rb";"
)
_LOCK_FILE_MAX = 4096


@dataclass(frozen=True, slots=True)
class LibreOfficeLock:
    """Who holds a document open by LibreOffice's lock file (its first entry)."""

    user: str  # the name of User Data, else the system's user name ("" when neither)
    computer: str
    since: str  # as LibreOffice writes it, DD.MM.YYYY HH:MM


def libreoffice_lock(data: bytes) -> LibreOfficeLock | None:
    """The user, computer and time LibreOffice's lock file (``.~lock.<name>#``) holds, or None
    for any other file."""
    data = data.rstrip(b" \t\r\n")
    if not data or len(data) > _LOCK_FILE_MAX:
        return None
    entries, at = [], 0
    while at < len(data) and (entry := _LIBREOFFICE_ENTRY.match(data, at)):
        entries.append(entry)
        at = entry.end()
    if not entries or at < len(data):
        return None
    first = entries[0]
    try:
        name, system, computer = (
            re.sub(rb"\\(.)", rb"\1", field).decode("utf-8").strip() for field in first.group(1, 2, 3)
        )
    except UnicodeDecodeError:
        return None
    if not all(part.isprintable() for part in (name, system, computer)):
        return None
    return LibreOfficeLock(name or system, computer, first.group(4).decode("ascii"))


def lock_file_said(data: bytes) -> Bilingual | None:
    """What to tell a clerk of an office program's lock file sent for a form (Excel's ``~$``
    owner file, LibreOffice's ``.~lock.…#``): whose it is and what to do; None for any other
    file. Told by the bytes, so a lock file renamed (or named as it is) is said alike."""
    if (user := owner_file_user(data)) is not None:
        return Bilingual(
            f"这是 Excel 打开工作簿时在旁边留下的锁定文件（“~$”开头的所有者文件，记着正在打开它的用户“{user}”），"
            "不是工作簿：请关闭 Excel（锁定文件随之消失），或跳过这个文件",
            f"it is Excel's lock file of an open workbook (the '~$' owner file, naming the user "
            f"'{user}' who has it open), not a workbook: close Excel (the lock file then goes) or skip it",
        )
    if (lock := libreoffice_lock(data)) is None:
        return None
    who_zh = f"记着正在打开它的用户“{lock.user}”" if lock.user else "记着打开它的电脑"
    who_en = f"naming the user '{lock.user}' who has it open" if lock.user else "naming the computer"
    where_zh = f"，电脑 {lock.computer}，{lock.since} 起" if lock.computer else f"，{lock.since} 起"
    where_en = f" on {lock.computer} since {lock.since}" if lock.computer else f" since {lock.since}"
    return Bilingual(
        f"这是 LibreOffice 打开文件时在旁边留下的锁定文件（“.~lock.…#”，{who_zh}{where_zh}），不是表单："
        "请在 LibreOffice 中关闭那个文件（锁定文件随之消失），或跳过这个文件；LibreOffice 若已意外退出，可以删除它",
        f"it is LibreOffice's lock file of an open document (the '.~lock.…#' file, {who_en}{where_en}), "
        "not a form: close the document in LibreOffice (the lock file then goes) or skip it; if "
        "LibreOffice quit unexpectedly, the lock file may be deleted",
    )


def joined(first: Bilingual, then: Bilingual) -> Bilingual:
    """One text after the other, in each language."""
    return Bilingual(first.zh + then.zh, first.en + then.en)


# a web page asking to sign in: a password box, or a sign-in form's words in its title or button
_PASSWORD_INPUT = lazy_re(rb"<input[^>]*type\s*=\s*[\"']?password", re.I)
_SIGN_IN_WORDS = lazy_re(
    "<(?:title|button|h1|h2)[^>]*>[^<]*(?:登录|登入|登錄|sign\\s*in|log\\s*in|login)", re.I
)
_TABLE_CELL = lazy_re(rb"<t[dh][\s>]", re.I)


def sign_in_page(data: bytes) -> bool:
    """An HTML file that is a web sign-in page (a password box or a sign-in title and a form,
    hardly a table): what a browser saves when the system's session ended before the export."""
    head = data[: 1 << 18]
    if len(_TABLE_CELL.findall(head)) >= 12:
        return False  # a table of values: a system's export, read as such
    text = head.decode("utf-8", errors="ignore")
    return bool(_PASSWORD_INPUT.search(head)) or (
        b"<form" in head.lower() and bool(_SIGN_IN_WORDS.search(text))
    )
