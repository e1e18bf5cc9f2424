"""DOCX → PDF through LibreOffice headless: one ``soffice`` call converts a whole batch."""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Collection, Iterable, Sequence
from pathlib import Path
from typing import Any

from ..filenames import folded
from ..lazy_re import lazy_re
from ..leftovers import held, private_folder, put, renamed_into, run_alone
from ..problems import Bilingual, KesuError
from .package import Member, read_members, write_zip

PACKAGE = "libreoffice-writer-nogui"
BATCH = 200  # documents per LibreOffice start: its start-up is paid once per batch, the timeout per batch

# this module's codes in the message catalogue (problems.py reads them on first look-up)
MESSAGES: dict[str, tuple[str, str]] = {
    "office_missing": (
        f"未安装 LibreOffice（找不到 soffice），无法生成 PDF：请安装 LibreOffice（Windows、Mac 从"
        f" libreoffice.org 下载；Linux：sudo apt-get install {PACKAGE}），或用 KESU_SOFFICE 指定 soffice 的位置",
        f"LibreOffice is not installed (no soffice found), so no PDF can be made: install LibreOffice"
        f" (Windows, Mac: from libreoffice.org; Linux: sudo apt-get install {PACKAGE}), or name soffice"
        f" in KESU_SOFFICE",
    ),
    "office_named_missing": (
        "KESU_SOFFICE 指定的 {value} 不是可以运行的程序，无法生成 PDF：请用 KESU_SOFFICE 写出 soffice 的完整路径"
        "（如 C:\\Program Files\\LibreOffice\\program\\soffice.exe），或删去 KESU_SOFFICE 以使用安装好的 LibreOffice",
        "KESU_SOFFICE names {value}, which is no program that can be run, so no PDF can be made: name soffice"
        " in KESU_SOFFICE by its full path (such as C:\\Program Files\\LibreOffice\\program\\soffice.exe),"
        " or remove KESU_SOFFICE to use the LibreOffice installed",
    ),
    "pdf_failed": (
        "LibreOffice 未能把 {files} 转为 PDF：{reason}",
        "LibreOffice did not convert {files} to PDF: {reason}",
    ),
}


class PdfError(KesuError, RuntimeError):
    """The PDF could not be made; ``code`` is ``office_missing`` or ``pdf_failed``."""

    _str_lang = "en"

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code, **params)
        self.missing: list[Path] = []  # pdf_failed: the documents without a PDF (the rest were made)


def _install_places() -> list[Path]:
    """Where LibreOffice installs itself on Windows and macOS, when it is not on PATH."""
    places = []
    for variable in ("ProgramW6432", "ProgramFiles", "ProgramFiles(x86)"):
        root = os.environ.get(variable)
        if root:
            places.append(Path(root) / "LibreOffice" / "program" / "soffice.exe")
    places += [
        Path(r"C:\Program Files\LibreOffice\program\soffice.exe"),
        Path(r"C:\Program Files (x86)\LibreOffice\program\soffice.exe"),
        Path("/Applications/LibreOffice.app/Contents/MacOS/soffice"),
        Path.home() / "Applications" / "LibreOffice.app" / "Contents" / "MacOS" / "soffice",
    ]
    return places


def soffice() -> str | None:
    """The LibreOffice executable: $KESU_SOFFICE (a program: a path, or a name on PATH), else
    ``soffice`` on PATH, else LibreOffice's default install folder on Windows or macOS; None when
    it is not installed."""
    named = os.environ.get("KESU_SOFFICE")
    if named:
        # (a program: a file that cannot be run — KESU_SOFFICE=/etc/passwd — is none: before, a
        # traceback "PermissionError" as the first PDF was made)
        return shutil.which(named)
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found:
        return found
    return next((str(p) for p in _install_places() if p.is_file()), None)


def office_missing() -> PdfError:
    """The error of a PDF asked for where no LibreOffice can be run: ``office_named_missing``
    naming the value of KESU_SOFFICE when it is set (quoted, its control characters escaped: a
    path pasted with its line break), else ``office_missing``."""
    named = os.environ.get("KESU_SOFFICE")
    if not named:
        return PdfError("office_missing")
    return PdfError("office_named_missing", value=_quoted(named))


def _quoted(value: str) -> str:
    """``value`` between quotation marks, a line break, a TAB or another control character
    written escaped (``\\n``, ``\\u001b``): it cannot end the message's line or pass for another."""
    from ..values import one_line

    return '"' + one_line(value, 200) + '"'


def to_pdf(
    docx_paths: Iterable[str | os.PathLike],
    outdir: str | os.PathLike,
    *,
    timeout: float = 900,
    new: Collection[str | os.PathLike] = (),
) -> list[Path]:
    """Convert DOCX files to PDF in ``outdir``, one LibreOffice start per 200 documents.

    Returns the PDF paths in the order given. Raises :class:`PdfError` (``office_missing``)
    naming the package to install when LibreOffice is absent; ``pdf_failed`` when some
    documents did not convert (``.missing``; the others' PDFs are in place). ``new``: the
    DOCX files whose PDF is put only where no file stands under its name (a new document's:
    a file put there since its folder was looked at is another's, never removed nor replaced,
    :func:`.leftovers.put_new`) — that document's PDF refused, as one that did not convert.

    >>> to_pdf(["out/complaint-202609001.docx"], "out")      # doctest: +SKIP
    [PosixPath('out/complaint-202609001.pdf')]
    """
    sources = [Path(p).resolve() for p in docx_paths]
    if not sources:
        return []
    exe = soffice()
    if exe is None:
        raise office_missing()
    out = Path(outdir).resolve()
    out.mkdir(parents=True, exist_ok=True)
    targets = [out / f"{p.stem}.pdf" for p in sources]
    if len({folded(t.name) for t in targets}) != len(targets):  # (one file on Windows and macOS)
        raise ValueError("two inputs have the same file name: their PDFs would overwrite each other")
    fresh = {Path(p).resolve() for p in new}
    for source, target in zip(sources, targets):
        if source not in fresh:
            target.unlink(missing_ok=True)  # a stale PDF must not pass for a fresh one
    taken: set[int] = set()  # a new document's PDF whose name another file took meanwhile
    try:
        # LibreOffice writes into a private folder beside the targets (0700, removed through its
        # descriptor: leftovers.private_folder); each PDF is renamed into place once whole, so a
        # conversion cut off (timeout, Ctrl-C) leaves no half-written file behind
        with private_folder(out, ".kesu-pdf-") as staging:
            staged = [staging / t.name for t in targets]
            reason: Bilingual | str = ""  # the message of the first batch that left a PDF missing
            for start in range(0, len(sources), BATCH):
                said = _convert(exe, sources[start : start + BATCH], staging, timeout)
                batch = staged[start : start + BATCH]
                if not reason and not all(made.is_file() for made in batch):
                    reason = said
            done = [i for i, made in enumerate(staged) if made.is_file()]
            _settle_section_pages(exe, [sources[i] for i in done], [staged[i] for i in done], timeout)
            # the folder checked once, its descriptor held to the last rename: a folder swapped
            # for a link meanwhile never makes the file it leads to a document's PDF
            with held(staging) as folder:
                for i in done:
                    without_moment(staged[i], folder)
                    _dated_as(staged[i], sources[i], folder)
                    if sources[i] not in fresh:
                        put(staged[i], targets[i], folder)
                    elif not _put_new_pdf(staged[i], targets[i], folder):
                        taken.add(i)
                        reason = reason or _name_taken(targets[i])
            renamed_into(out)  # (synced once, when the batch ends: leftovers.folders_synced)
    except PdfError as exc:  # a conversion timed out: the staging folder went with every PDF of the call
        error = PdfError("pdf_failed", files=_names(sources), reason=exc.params.get("reason", ""))
        error.missing = sources  # none was put in place: each document says its PDF failed, its DOCX stands
        raise error from None
    missing = [s for i, s in enumerate(sources) if i not in set(done) or i in taken]
    if missing:  # the others are in place: one bad document must not cost the batch its PDFs
        error = PdfError("pdf_failed", files=_names(missing), reason=reason)
        error.missing = missing
        raise error
    return targets


def _put_new_pdf(staged: Path, target: Path, folder: int | None) -> bool:
    """``staged``, in the private folder ``folder`` is the descriptor of (:func:`.leftovers.held`),
    put as ``target`` where no file stands under that name; False where one does."""
    try:
        put(staged, target, folder, new=True)
    except FileExistsError:
        return False
    return True


def _name_taken(target: Path) -> Bilingual:
    """Why a new document's PDF was not put in place: a file of its name came there meanwhile."""
    return Bilingual(
        f"输出文件夹中已有文件 {target}（在生成期间放入，不是本程序写的）：没有覆盖它",
        f"a file {target} came into the output folder meanwhile (not written by kesu): it was not replaced",
    )


def _dated_as(pdf: Path, docx: Path, folder: int | None = None) -> None:
    """A PDF never dated before its DOCX: given the DOCX's time where that is ahead of now (kesu
    dates a document's file forward to the register's moment for it where this PC's clock is
    behind: :func:`.filing._written`), before its rename (a crash never leaves it under its name
    dated otherwise). A folder that refuses explicit times leaves it dated now. ``folder``: the
    descriptor of the PDF's private folder (:func:`.leftovers.held`), the PDF taken from it."""
    try:
        ahead = os.stat(docx).st_mtime_ns
        fd = _opened(pdf, os.O_RDONLY, folder)
        try:
            if ahead > os.fstat(fd).st_mtime_ns:
                os.utime(fd if os.utime in os.supports_fd else pdf, ns=(ahead, ahead))
        finally:
            os.close(fd)
    except OSError:
        pass


_NO_LINK = getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)


def _opened(path: Path, flags: int, folder: int | None) -> int:
    """``path`` opened (``flags``), never through a link: from the folder ``folder`` is the
    descriptor of (:func:`.leftovers.held`: a folder swapped for a link since it was checked is
    never followed), or by its path (None)."""
    if folder is None:
        return os.open(path, flags | _NO_LINK)
    return os.open(path.name, flags | _NO_LINK, dir_fd=folder)


# a date, its digits and its offset (LibreOffice writes the creation date; Chromium, printing a report, both)
_CREATED = lazy_re(rb"/(?:Creation|Mod)Date\s*\((?P<date>D:(?P<digits>\d{4,14})(?P<zone>Z|[+-]\d\d'\d\d'?)?)")
_DATE = lazy_re(r"D:(?P<digits>\d{4,14})(?P<zone>Z|[+-]\d\d'\d\d'?)?")  # one date, as text
_ID = lazy_re(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>")
_CHECKSUM = lazy_re(rb"/DocChecksum\s*/([0-9A-Fa-f]+)")  # LibreOffice's, of the dated file


def without_moment(path: Path, folder: int | None = None) -> None:
    """LibreOffice's PDF (or Chromium's: a monthly report) without the moment it was made: its
    creation and modification dates (the Info dictionary's ``/CreationDate``, ``/ModDate``)
    become :func:`..xlsxsave.moment` (``SOURCE_DATE_EPOCH``, else 1980-01-01) and its file
    identifier (``/ID``, from the clock) and LibreOffice's
    ``/DocChecksum`` (of the dated file) a digest of the file itself, as the PDF standard
    suggests for the identifier; each written over in place with as many characters, so every
    offset of the file holds. The date's offset from UTC is written over too (the moment is
    UTC); LibreOffice runs in UTC (:func:`_convert`), so the offset is ``Z`` on every machine,
    whatever its time zone. The same document, the same bytes (issue 15). Read and written
    through one open file, never through a link; ``folder``: the descriptor of its private
    folder (:func:`.leftovers.held`), the file taken from that very folder."""
    from ..xlsxsave import moment

    with open(_opened(path, os.O_RDWR, folder), "r+b") as file:
        data = bytearray(file.read())
        _fixed_moment(data, moment().strftime("%Y%m%d%H%M%S").encode())
        file.seek(0)
        file.write(data)  # (as many bytes as it held: every offset holds)


def _fixed_moment(data: bytearray, stamp: bytes) -> None:
    """:func:`without_moment` of the PDF ``data``, in place: its dates ``stamp``, its identifier
    and checksum a digest of the file."""
    for match in _CREATED.finditer(data):
        start, end = match.span("digits")
        data[start:end] = stamp[: end - start]
        if match.group("zone"):  # the moment is UTC: +08'00' becomes +00'00' (Z stays)
            start, end = match.span("zone")
            data[start:end] = re.sub(rb"\d", b"0", match.group("zone")).replace(b"-", b"+")
    places = [
        (m.start(g), m.end(g))
        for pattern in (_ID, _CHECKSUM)
        for m in pattern.finditer(data)
        for g in (1, 2)[: pattern.groups]
    ]
    for start, end in places:  # zeroed before the digest
        data[start:end] = b"0" * (end - start)
    digest = hashlib.md5(bytes(data), usedforsecurity=False).hexdigest().upper().encode()
    for start, end in places:
        data[start:end] = (digest * (1 + (end - start) // len(digest)))[: end - start]


def dated_by_kesu(path: str | os.PathLike) -> bool:
    """Does the PDF at ``path`` carry the dates :func:`without_moment` gives kesu's PDFs
    (:func:`kesu_dated`) rather than the moment it was made — a document kesu converted, told
    from a PDF another program saved? False for a file not to be read or with no dates."""
    try:
        data = Path(path).read_bytes()
    except OSError:
        return False
    return kesu_dated([found.group("date").decode("latin-1") for found in _CREATED.finditer(data)])


def kesu_dated(dates: Sequence[str]) -> bool:
    """Are ``dates`` (a PDF's creation and modification dates as its Info dictionary writes
    them, ``D:19800101000000Z``) all the moment :func:`without_moment` gives kesu's PDFs
    (:func:`fixed_moments`, to as many digits as each date has), in UTC? False for none: the
    one rule of "kesu dated this PDF", a document's (:func:`dated_by_kesu`) or a monthly
    report's print (``reports.monthly``)."""
    fixed = fixed_moments()
    found = [_DATE.fullmatch(each.strip()) for each in dates]
    return bool(found) and all(
        date is not None
        and any(each.startswith(date.group("digits")) for each in fixed)
        and not (date.group("zone") or "").strip("Z+0'")
        for date in found
    )


def fixed_moments() -> set[str]:
    """The moments (``YYYYmmddHHMMSS``, UTC) :func:`without_moment` may have given a PDF: 1980-01-01,
    and ``SOURCE_DATE_EPOCH``'s when it is set to a time."""
    from ..xlsxsave import STAMP, EpochError, moment

    fixed = {dt.datetime(*STAMP).strftime("%Y%m%d%H%M%S")}
    with contextlib.suppress(EpochError):
        fixed.add(moment().strftime("%Y%m%d%H%M%S"))
    return fixed


TEMP_ROOM = 8 * 1024 * 1024  # a conversion's private profile and LibreOffice's own files: ≈ 1 MB


def _temp_full(error: OSError | None = None) -> Bilingual | None:
    """Why no conversion can run when a temporary folder is all but full (or ``error``, a write
    there, failed for want of room): LibreOffice, finding no room for its own files in
    ``$TMPDIR`` (``TMP`` / ``TEMP`` on Windows), said only that the document "could not be
    loaded", as if it were damaged. Python's folder too (the conversion's profile): it passes
    over a folder it cannot write in, LibreOffice does not."""
    import errno

    full = error is not None and error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC))
    named = [os.environ.get(name, "") for name in ("TMPDIR", "TMP", "TEMP")]
    for folder in dict.fromkeys([*(f for f in named if f and os.path.isdir(f)), tempfile.gettempdir()]):
        try:
            free = shutil.disk_usage(folder).free
        except OSError:
            continue
        if free < TEMP_ROOM or full:
            break
    else:
        return None
    return Bilingual(
        f"临时文件夹 {folder} 几乎已满（剩余 {free // 1024} KB）：LibreOffice 转换时要在那里写入其设置。"
        "请腾出空间，或把环境变量 TMPDIR 设为有空间的文件夹，再运行同一命令（Word 文件已写出）",
        f"the temporary folder {folder} is all but full ({free // 1024} KB free): LibreOffice writes "
        "its settings there as it converts. Free some space, or set TMPDIR to a folder with room, "
        "and run the same command again (the Word files are written)",
    )


def _convert(exe: str, sources: list[Path], out: Path, timeout: float) -> Bilingual:
    """Run one LibreOffice conversion; returns its last message (the reason, should a PDF be missing)."""
    full = _temp_full()
    if full is not None:
        raise PdfError("pdf_failed", files=_names(sources), reason=full)
    try:
        return _converted(exe, sources, out, timeout)
    except OSError as exc:  # (the profile not written: the temporary folder filled meanwhile)
        full = _temp_full(exc)
        if full is None:
            raise
        raise PdfError("pdf_failed", files=_names(sources), reason=full) from None


def _converted(exe: str, sources: list[Path], out: Path, timeout: float) -> Bilingual:
    # a private profile: another LibreOffice running (a user's, a parallel job) must not
    # swallow this conversion or lock us out; named by our process id, so that a rerun removes
    # it should this process be killed (leftovers.py)
    with tempfile.TemporaryDirectory(prefix=f"kesu-lo-{os.getpid()}-") as profile:
        _font_fallbacks(Path(profile))
        command = [
            exe,
            f"-env:UserInstallation={Path(profile).as_uri()}",
            "--headless",
            "--norestore",
            "--nologo",
            "--nodefault",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out),
            *map(str, sources),
        ]
        try:  # in UTC: the PDF's creation date (written over, without_moment) is then "Z"
            # on every machine, not "+08'00'" here and "Z" there
            done = run_alone(command, timeout, env={**os.environ, "TZ": "UTC"})
        except subprocess.TimeoutExpired:
            raise PdfError(
                "pdf_failed",
                files=_names(sources),
                reason=Bilingual(f"{timeout:.0f} 秒内没有完成，已中止", f"timed out after {timeout:.0f} s"),
            ) from None
    return office_reason(done.stderr or done.stdout or "", done.returncode)


def office_reason(output: str, returncode: int) -> Bilingual:
    """Why LibreOffice made no PDF, for a clerk: the Chinese message says it in Chinese, the
    English one keeps LibreOffice's own last line (``Error: source file could not be loaded``)."""
    lines = [line.strip() for line in output.strip().splitlines() if line.strip()]
    errors = [line for line in lines if line.startswith("Error")]  # not its javaldx warning
    last = (errors or lines or [""])[-1]
    if "could not be loaded" in last:
        return Bilingual("文档无法打开（已损坏或不是 Word 文档）", f"the document cannot be opened ({last})")
    if not last:
        return Bilingual(f"LibreOffice 没有输出就结束了（退出码 {returncode}）", f"exit code {returncode}")
    return Bilingual(f"LibreOffice 报告出错（退出码 {returncode}；原文见英文信息 --lang en）", last)


# Where a document's fonts are missing (宋体 and 黑体 on Linux), LibreOffice takes what
# fontconfig offers: a sans-serif face for 宋体 too, and the template's w:altName is not read.
# The private profile of each conversion names the simplified-Chinese families instead, for the
# fonts this machine lacks (on Windows SimSun is there and stays). The glyph forms follow the
# documents' language, zh-CN, in any Noto CJK face.
FONT_FALLBACKS = {
    "宋体": "Noto Serif CJK SC",
    "SimSun": "Noto Serif CJK SC",
    "黑体": "Noto Sans CJK SC",
    "SimHei": "Noto Sans CJK SC",
}


def _installed(family: str) -> bool:
    """Whether the font family is really on this machine (not a stand-in fontconfig offers)."""
    from ..blank.pdf import windows_fonts_dir

    if windows_fonts_dir() is not None:
        return True  # Windows has SimSun and SimHei
    if shutil.which("fc-list") is None:
        return False
    try:
        found = subprocess.run(
            ["fc-list", f":family={family}", "family"], capture_output=True, text=True, timeout=10
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return False
    return bool(found.strip())


def _font_fallbacks(profile: Path) -> None:
    """LibreOffice's font replacement table (Tools ▸ Options ▸ Fonts) in a fresh profile."""
    from xml.sax.saxutils import escape

    def prop(name: str, value: str) -> str:
        return f'<prop oor:name="{name}" oor:op="fuse"><value>{escape(value)}</value></prop>'

    items = [
        '<item oor:path="/org.openoffice.Office.Common/Font/Substitution">'
        + prop("Replacement", "true")
        + "</item>"
    ]
    missing = {font: fallback for font, fallback in FONT_FALLBACKS.items() if not _installed(font)}
    for i, (font, fallback) in enumerate(missing.items()):
        items.append(
            '<item oor:path="/org.openoffice.Office.Common/Font/Substitution/FontPairs">'
            f'<node oor:name="kesu{i}" oor:op="replace">'
            + prop("Always", "true")  # LibreOffice counts fontconfig's stand-in as "installed"
            + prop("OnScreenOnly", "false")
            + prop("ReplaceFont", font)
            + prop("SubstituteFont", fallback)
            + "</node></item>"
        )
    user = profile / "user"
    user.mkdir(parents=True, exist_ok=True)
    (user / "registrymodifications.xcu").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<oor:items xmlns:oor="http://openoffice.org/2001/registry" '
        'xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n'
        + "\n".join(items)
        + "\n</oor:items>\n",
        encoding="utf-8",
    )


# ------------------------------------------------------------------------------ page X of Y per copy
# Each copy is a section whose pages number from 1, and "of Y" is Word's SECTIONPAGES field.
# Word computes it; LibreOffice (7.x) cannot and prints the field's stored result instead. So
# after converting, a document whose copies run to more than one page is converted once more
# with that stored result set to its real pages per copy (the copies of a document are the
# same content, hence the same length).
_SECTION_PAGES = lazy_re(
    r'(SECTIONPAGES\s*</w:instrText>(?:(?!fldCharType="end").)*?fldCharType="separate"/>'
    r'(?:(?!fldCharType="end").)*?<w:t(?: [^>]*)?>)([^<]*)(</w:t>)'
    r'|(<w:fldSimple [^>]*w:instr="\s*SECTIONPAGES[^"]*"[^>]*>(?:(?!</w:fldSimple>).)*?<w:t(?: [^>]*)?>)([^<]*)(</w:t>)',
    re.S,
)
_PARTS_WITH_FIELDS = lazy_re(r"^word/(header|footer)\d*\.xml$")


def _copies_and_stored_pages(docx: Path) -> tuple[int, set[str], list[Member]]:
    members = read_members(docx)
    copies, stored = 0, set()
    for m in members:
        if m.name == "word/document.xml":
            copies = m.content().count(b"<w:sectPr")
        elif _PARTS_WITH_FIELDS.match(m.name):
            for found in _SECTION_PAGES.finditer(m.content().decode("utf-8")):
                stored.add((found.group(2) if found.group(1) else found.group(5)).strip())
    return copies, stored, members


def _with_section_pages(members: list[Member], pages: int) -> bytes:
    def put(found: re.Match[str]) -> str:
        if found.group(1):
            return f"{found.group(1)}{pages}{found.group(3)}"
        return f"{found.group(4)}{pages}{found.group(6)}"

    out = []
    for m in members:
        if _PARTS_WITH_FIELDS.match(m.name):
            xml = m.content().decode("utf-8")
            patched = _SECTION_PAGES.sub(put, xml)
            if patched != xml:
                m = Member.deflated(m.name, patched.encode("utf-8"))
        out.append(m)
    return write_zip(out)


def _settle_section_pages(exe: str, sources: list[Path], targets: list[Path], timeout: float) -> None:
    from pypdf import PdfReader

    redo: list[tuple[Path, bytes]] = []
    for source, target in zip(sources, targets):
        try:
            copies, stored, members = _copies_and_stored_pages(source)
        except Exception:  # not a DOCX we can read back (a .doc, an odd zip): leave its PDF as it is
            continue
        if not copies or not stored:
            continue
        pages = len(PdfReader(str(target)).pages)
        if pages % copies == 0 and stored != {str(pages // copies)}:
            redo.append((target, _with_section_pages(members, pages // copies)))
    if not redo:
        return
    # beside the targets: the rename below must not cross file systems (removed through its
    # descriptor: leftovers.private_folder)
    with private_folder(targets[0].parent, "kesu-pages-") as tmp:
        patched = []
        for target, data in redo:
            path = tmp / f"{target.stem}.docx"
            path.write_bytes(data)
            patched.append(path)
        _convert(exe, patched, tmp, timeout)
        for target, _ in redo:
            fresh = tmp / target.name
            if fresh.is_file():
                os.replace(fresh, target)


def _names(paths: list[Path]) -> str:
    shown = ", ".join(p.name for p in paths[:3])
    return shown + (f" (+{len(paths) - 3})" if len(paths) > 3 else "")
