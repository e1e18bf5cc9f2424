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

Why two finders rather than one: the byte search sees only what is written in sight, and the
walk costs eight times as much (pypdf reads the cross-reference and every object it reaches);
neither can stand for the other at its price. What they look for is one vocabulary
(:data:`ACTIONS`: the key of a script, the type of a launch) and one verdict on what a script
says (:func:`_runs_something`), so that the two never disagree on what an action is.
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


class ACTIONS:
    """The PDF names both finders look for (without their ``/``)."""

    SCRIPT = "JS"  # the key holding an action's script (``/S /JavaScript /JS (…)``)
    SCRIPT_TYPE = "JavaScript"  # that action's type: found by the walk even without its /JS
    LAUNCH = "Launch"  # the type of an action starting a program or a file (``/S /Launch``)


# an action's script or a launch, found in one pass over the file (group 1 a script, group 2 a
# launch); the names end where a delimiter or a space does. (Not ``/JavaScript``: that name is
# followed by Acrobat's field helpers' /JS, which :func:`_runs_something` looks at, in sight.)
_ACTION = lazy_re(
    b"/(?:(" + _name(ACTIONS.SCRIPT) + b")|(" + _name(ACTIONS.LAUNCH) + b"))(?=[\\s/\\[\\]<>()%])"
)
# a fillable form's field formatted by Acrobat's own helpers (``AFNumber_Format(2, 0, 0, 0, "", true)``,
# ``AFSimple_Calculate``): what every Acrobat form has, run by any reader without asking; not said
_FORM_HELPER = lazy_re(rb"\s*\(\s*AF[A-Za-z]+_[A-Za-z]+\\?\(")


def _runs_something(script: bytes) -> bool:
    """Is a script's text (as written after ``/JS``: a string's ``(`` first) more than one of
    Acrobat's field helpers (:data:`_FORM_HELPER`)? The one verdict of both finders."""
    return _FORM_HELPER.match(script[:80]) is None


_SHOWN_FILES = 3


def carried(data: bytes, pdf: Any, hides: bool | None = None) -> tuple[Bilingual | None, bool]:
    """What of JavaScript, launch actions and attached files the PDF (``pdf``: it opened by
    PDFium; ``hides``: :func:`.limits.objects_may_hide` of it, when asked already) carries,
    said in a list (None for a PDF with none of them); and whether its actions kept out of
    sight could not all be looked at (:func:`_held_actions`)."""
    import pypdfium2.raw as pdfium_c

    found: list[Bilingual] = []
    unchecked = False
    script, launch = _actions(data)
    if hides is None:
        hides = objects_may_hide(data)
    if not (script and launch) and hides:
        hidden_script, hidden_launch, unchecked = _held_actions(data)
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
        return None, unchecked
    return Bilingual("、".join(f.zh for f in found), ", ".join(f.en for f in found)), unchecked


def _actions(data: bytes) -> tuple[bool, bool]:
    """Does the file hold a script (an action's ``/JS``) other than Acrobat's field helpers, and
    a launch action?"""
    script = launch = False
    for m in _ACTION.finditer(data):
        if m[1] is not None:
            script = script or _runs_something(data[m.end() : m.end() + 80])
        else:
            launch = True
        if script and launch:
            break
    return script, launch


# what the walk from the catalog does not follow: back up the trees (a page's /Parent, an
# annotation's /P), the pages' drawing (/Resources, /Contents, appearances), the structure tree
# and metadata — none of them holds an action a reader runs, and they are most of a file's objects
_NOT_FOLLOWED = frozenset(
    {
        "/Parent", "/P", "/Pg", "/Popup", "/IRT", "/Resources", "/Contents", "/AP", "/DR",
        "/Font", "/XObject", "/StructTreeRoot", "/Metadata", "/MarkInfo", "/ParentTree",
    }
)  # fmt: skip


def _walked(data: bytes) -> int:
    """How many dictionaries and arrays the walk of :func:`_held_actions` may look at: four for
    each annotation a file may have (``pdf_annots``: a link, its action, its ``/AA``, a field)."""
    return 4 * limits().pdf_annots


def _held_actions(data: bytes) -> tuple[bool, bool, bool]:
    """:func:`_actions` of what the catalog reaches in a file whose objects may be out of sight
    (in compressed object streams), read by pypdf: its ``/OpenAction`` and ``/AA``, the named
    scripts and attached files (``/Names``), the pages' ``/AA`` and ``/Annots`` (a link's
    ``/A``), the outlines' actions, the form's fields and their ``/AA``, each action's
    ``/Next``; and whether some of it could not be looked at (a file pypdf cannot follow, a
    damaged object, or more than :func:`_walked` of them: a million tiny objects are not all read):
    then the clerk is told the actions could not all be checked (``pdf_actions_unchecked``)."""
    from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject

    from .pdf_fields import pdf_reader

    script = launch = unchecked = False
    try:
        reader = pdf_reader(data)
        todo: list[Any] = [reader.trailer["/Root"]]
    except Exception:  # (a damaged cross-reference: PDFium read the pages, pypdf cannot follow)
        return False, False, True
    seen: set[tuple[int, int]] = set()
    budget = _walked(data)
    while todo:
        obj = todo.pop()
        if isinstance(obj, IndirectObject):
            if (obj.idnum, obj.generation) in seen:
                continue
            seen.add((obj.idnum, obj.generation))
            try:
                obj = obj.get_object()
            except Exception:  # (one damaged object: the others are still looked at)
                unchecked = True
                continue
        if isinstance(obj, ArrayObject):
            values: Any = obj
        elif isinstance(obj, DictionaryObject):
            kind = obj.get("/S")
            if f"/{ACTIONS.SCRIPT}" in obj:
                script = script or _held_script_runs(obj.get(f"/{ACTIONS.SCRIPT}"))
            elif kind == f"/{ACTIONS.SCRIPT_TYPE}":
                script = True
            launch = launch or kind == f"/{ACTIONS.LAUNCH}"
            if script and launch:
                return True, True, unchecked
            values = [v for k, v in obj.items() if k not in _NOT_FOLLOWED]
        else:
            continue
        budget -= 1
        if budget < 0:
            return script, launch, True
        todo.extend(v for v in values if isinstance(v, (DictionaryObject, ArrayObject, IndirectObject)))
    return script, launch, unchecked


def _held_script_runs(js: Any) -> bool:
    """:func:`_runs_something` of an action's ``/JS`` read by pypdf (a string, or a stream held
    by number); a script that cannot be read runs something, for all kesu knows."""
    try:
        js = js.get_object()
        text = js.get_data() if hasattr(js, "get_data") else bytes(str(js), "latin-1", "replace")
    except Exception:
        return True
    return _runs_something(b"(" + text[:80])


def _attachment_name(pdf: Any, index: int) -> str:
    """An attached file's name, printable and cut short ("" when it cannot be read)."""
    from ..values import printable

    try:
        name = str(pdf.get_attachment(index).get_name())
    except Exception:  # (a damaged file specification: counted, not named)
        return ""
    return printable(name, 60)
