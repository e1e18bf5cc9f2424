"""What a PDF carries that a PDF reader could run or open: JavaScript, a launch action (a
program or a file started), attached files. kesu runs and opens none of them (it reads the
pages' text); the clerk is told, as a workbook's macros are (``workbook_macros_not_run``), so
that the file is not opened in a reader that would ask to run them (``pdf_actions_not_run``,
in :mod:`.pdf`'s catalogue).

Attached files and named scripts are counted by PDFium (wherever the file keeps them,
compressed object streams included); scripts and launch actions of the catalog, the pages and
the links are found by their names in the file's bytes, a name written with ``#xx`` escapes
(``/J#61vaScript``, as a reader takes it) too; an action kept only inside a compressed object
stream (PDF 1.5's ``/ObjStm``) is not seen there (the review of round 26: not done).
"""

from __future__ import annotations

import re
from typing import Any

from ..lazy_re import lazy_re
from ..problems import Bilingual


def _name(name: str) -> bytes:
    """A PDF name's pattern, each letter as written or as its ``#xx`` escape."""
    return b"".join(b"(?:%s|#(?i:%x))" % (re.escape(c.encode()), ord(c)) for c in name)


# an action's script (``/S /JavaScript /JS (…)``) or type ``/S /Launch``, found in one pass over
# the file (group 1 a script, group 2 a launch); the names end where a delimiter or a space does
_ACTION = lazy_re(b"/(?:(" + _name("JS") + b")|(" + _name("Launch") + b"))(?=[\\s/\\[\\]<>()%])")
# a fillable form's field formatted by Acrobat's own helpers (``AFNumber_Format(2, 0, 0, 0, "", true)``,
# ``AFSimple_Calculate``): what every Acrobat form has, run by any reader without asking; not said
_FORM_HELPER = lazy_re(rb"\s*\(\s*AF[A-Za-z]+_[A-Za-z]+\\?\(")
_SHOWN_FILES = 3


def carried(data: bytes, pdf: Any) -> Bilingual | None:
    """What of JavaScript, launch actions and attached files the PDF (``pdf``: it opened by
    PDFium) carries, said in a list; None for a PDF with none of them."""
    import pypdfium2.raw as pdfium_c

    found: list[Bilingual] = []
    script, launch = _actions(data)
    if script or pdfium_c.FPDFDoc_GetJavaScriptActionCount(pdf) > 0:
        found.append(Bilingual("JavaScript 脚本", "JavaScript"))
    if launch:
        found.append(
            Bilingual("启动程序或文件的动作（Launch）", "a launch action (starting a program or a file)")
        )
    attached = pdfium_c.FPDFDoc_GetAttachmentCount(pdf)
    if attached > 0:
        names = [_attachment_name(pdf, i) for i in range(min(attached, _SHOWN_FILES))]
        shown = ", ".join(n for n in names if n) + (
            f" (+{attached - _SHOWN_FILES})" if attached > _SHOWN_FILES else ""
        )
        found.append(Bilingual(f"{attached} 个附件（{shown}）", f"{attached} attached file(s) ({shown})"))
    if not found:
        return None
    return Bilingual("、".join(f.zh for f in found), ", ".join(f.en for f in found))


def _actions(data: bytes) -> tuple[bool, bool]:
    """Does the file hold a script (an action's ``/JS``) other than Acrobat's field helpers, and
    a launch action?"""
    script = launch = False
    for m in _ACTION.finditer(data):
        if m[1] is not None:
            script = script or not _FORM_HELPER.match(data, m.end(), m.end() + 80)
        else:
            launch = True
        if script and launch:
            break
    return script, launch


def _attachment_name(pdf: Any, index: int) -> str:
    """An attached file's name, printable and cut short ("" when it cannot be read)."""
    from ..values import printable

    try:
        name = str(pdf.get_attachment(index).get_name())
    except Exception:  # (a damaged file specification: counted, not named)
        return ""
    return printable(name, 60)
