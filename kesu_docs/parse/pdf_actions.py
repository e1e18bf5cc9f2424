"""What a PDF carries that a PDF reader could run or open: JavaScript, a launch action (a
program or a file started), attached files. kesu runs and opens none of them (it reads the
pages' text); the clerk is told, as a workbook's macros are (``workbook_macros_not_run``), so
that the file is not opened in a reader that would ask to run them (``pdf_actions_not_run``,
in :mod:`.pdf`'s catalogue).

Attached files and named scripts are counted by PDFium (wherever the file keeps them,
compressed object streams included). Scripts and launch actions of the catalog, the pages, the
links and the fields are found where the file keeps them: in sight, by their names in the
file's bytes (a name written with ``#xx`` escapes, ``/J#61vaScript``, as a reader takes it,
too; one pass, ≈ 45 µs a print of 60 kB); kept in a compressed object stream (PDF 1.5's
``/ObjStm``: Word's and Acrobat's PDFs, out of sight of that search), by pypdf, each object of
the streams read as a reader reads it (the fillable form's one reader, :func:`.pdf_fields.pdf_reader`).
PDFium says nothing of the catalog's ``/OpenAction`` and ``/AA``, and pypdf's reader of every
file would cost ≈ 0.35 ms a print (eight times the search): it is made only for a file with
object streams.
"""

from __future__ import annotations

import re
from typing import Any

from ..lazy_re import lazy_re
from ..problems import Bilingual
from .limits import limits, objects_may_hide


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


def carried(data: bytes, pdf: Any, hides: bool | None = None) -> Bilingual | None:
    """What of JavaScript, launch actions and attached files the PDF (``pdf``: it opened by
    PDFium; ``hides``: :func:`.limits.objects_may_hide` of it, when asked already) carries,
    said in a list; None for a PDF with none of them."""
    import pypdfium2.raw as pdfium_c

    found: list[Bilingual] = []
    script, launch = _actions(data)
    if hides is None:
        hides = objects_may_hide(data)
    if not (script and launch) and hides:
        hidden_script, hidden_launch = _held_actions(data)
        script, launch = script or hidden_script, launch or hidden_launch
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


def _held_actions(data: bytes) -> tuple[bool, bool]:
    """:func:`_actions` of the objects kept in the file's compressed object streams, read by
    pypdf (at most ``pdf_annots`` of them: a stream of a million tiny objects is not read
    whole; a file pypdf cannot follow says nothing here, PDFium read its pages)."""
    from pypdf.generic import ArrayObject, DictionaryObject

    from .pdf_fields import pdf_reader

    script = launch = False
    try:
        reader = pdf_reader(data)
        held = list(reader.xref_objStm)[: limits().pdf_annots]
    except Exception:  # (a damaged cross-reference: PDFium says what is wrong, or read it)
        return False, False
    for number in held:
        try:
            todo = [reader.get_object(number)]
        except Exception:  # (one damaged object: the others are still looked at)
            continue
        while todo:  # the object and the dictionaries written inside it (a link's ``/A << … >>``)
            obj = todo.pop()
            if isinstance(obj, ArrayObject):
                todo.extend(v for v in obj if isinstance(v, (DictionaryObject, ArrayObject)))
                continue
            if not isinstance(obj, DictionaryObject):
                continue
            kind = obj.get("/S")
            if "/JS" in obj:
                script = script or not _helper_only(obj.get("/JS"))
            elif kind == "/JavaScript":
                script = True
            launch = launch or kind == "/Launch"
            if script and launch:
                return True, True
            todo.extend(v for v in obj.values() if isinstance(v, (DictionaryObject, ArrayObject)))
    return script, launch


def _helper_only(js: Any) -> bool:
    """Is an action's ``/JS`` (a string, or a stream held by number) one of Acrobat's field
    helpers (:data:`_FORM_HELPER`)?"""
    try:
        js = js.get_object()
        text = js.get_data() if hasattr(js, "get_data") else bytes(str(js), "latin-1", "replace")
    except Exception:
        return False
    return _FORM_HELPER.match(b"(" + text[:80]) is not None


def _attachment_name(pdf: Any, index: int) -> str:
    """An attached file's name, printable and cut short ("" when it cannot be read)."""
    from ..values import printable

    try:
        name = str(pdf.get_attachment(index).get_name())
    except Exception:  # (a damaged file specification: counted, not named)
        return ""
    return printable(name, 60)
