"""What a DOCX template's file holds, looked at without compiling it (no Jinja imported: a
``kesu render --jobs`` command checks the templates before numbering and renders nothing):
whether Word would fetch anything from outside the file, a local attached template to drop,
and bounds on its size and tags.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import re
import zlib
from dataclasses import dataclass
from pathlib import Path
from stat import S_ISREG
from typing import Any, NamedTuple

from ..file_stamp import Stamp, stamp_of
from ..lazy_re import lazy_re
from ..problems import Bilingual
from .copy_parts import rels_owner
from .package import Damaged, Member, read_members

# the parts of a WordprocessingML package where a user may type tags
_RENDERED = lazy_re(r"^word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$")


class TemplateError(Exception):
    """A template that cannot be read or compiled; the message names the file and the reason
    (``said``: the reason in both languages, for a clerk, when there is one)."""

    def __init__(self, message: str, said: Any = None) -> None:
        super().__init__(message)
        self.said = said


# what a relationship may lead to outside the package: a link the reader clicks; anything else
# (an attached template, a picture, an OLE object, a frame, a sub-document) Word fetches by
# itself as it opens the document, LibreOffice as it converts it to PDF
_CLICKED = "hyperlink"
_ALT_CHUNK = "aFChunk"  # content in another format (HTML, RTF, a document) Word merges on opening
_ATTACHED = "attachedTemplate"
_PACKAGE_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
# a field Word (and LibreOffice) fills from a file or a URL named in its instruction
_INCLUDE_FIELD = lazy_re(r"(?<![A-Za-z])INCLUDE(?:PICTURE|TEXT)\b", re.I)
# a field whose name says it takes content from a file, a URL or another program as the document
# opens or its fields are updated: INCLUDE and IMPORT (INCLUDETEXT's and INCLUDEPICTURE's old
# names), LINK (an object of another file), DATABASE (a query's result), DDE and DDEAUTO (another
# program's data: the known "DDE attack" starts ``cmd.exe`` so once the reader answers Word's
# question about links)
_FETCHING_FIELD = lazy_re(r"\s*(?:INCLUDE|IMPORT|LINK|DATABASE|DDE|DDEAUTO)(?![A-Za-z])", re.I)


def _local(name: str) -> str:
    """An XML element's or attribute's name without its namespace."""
    return name.rsplit("}", 1)[-1]


def _parsed(member: Any) -> Any:
    """A part's XML root, read as XML whatever its encoding or spelling (defusedxml: no DTD, no
    entity expanded); ValueError, naming the part, when it does not parse."""
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import ParseError, fromstring

    try:
        return fromstring(member.content())
    except (ParseError, DefusedXmlException, ValueError, zlib.error) as exc:
        raise ValueError(f"{member.name}: not readable as XML ({exc})") from exc


def _remote(target: str) -> bool:
    """Does ``target`` lie on another machine (``http(s)://``, ``\\\\server``, ``file://server``,
    any other scheme), rather than on the disk of the machine that opens the document?"""
    target = target.strip().replace("\\", "/")
    low = target.lower()
    if low.startswith("file:"):
        rest = low[5:]
        return rest.startswith("//") and rest[2:].split("/", 1)[0] not in ("", "localhost")
    scheme = re.match(r"([a-z][a-z0-9+.-]*):", low)
    # (a drive letter, ``C:\\…``, is a one-letter scheme: a local path)
    return low.startswith("//") or (scheme is not None and len(scheme.group(1)) > 1)


def _relationships(member: Any) -> list[dict[str, str]]:
    """The attributes (names without namespace) of each ``Relationship`` of a ``.rels`` part."""
    root = _parsed(member)
    return [
        {_local(k): v for k, v in element.attrib.items()}
        for element in root.iter()
        if isinstance(element.tag, str) and _local(element.tag) == "Relationship"
    ]


def _instructions(root: Any) -> list[str]:
    """Each field's instruction in an XML part: a ``w:fldSimple``'s, and the ``w:instrText`` runs
    between a field's ``begin`` and its ``separate`` (or ``end``) joined, a field nested in
    another's instruction apart (Word splits an instruction over runs as it likes)."""
    done: list[str] = []
    building: list[str | None] = []  # the open fields' instructions, None once past ``separate``
    loose = ""
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        name = _local(element.tag)
        if name == "fldChar":
            kind = next((v for k, v in element.attrib.items() if _local(k) == "fldCharType"), "")
            if kind == "begin":
                building.append("")
            elif kind in ("separate", "end") and building:
                text = building.pop() if kind == "end" else building[-1]
                if kind == "separate":
                    building[-1] = None
                if text is not None:
                    done.append(text)
        elif name == "instrText":
            if building and building[-1] is not None:
                building[-1] += element.text or ""
            else:  # (runs of instruction outside any field's begin: read together, as before)
                loose += element.text or ""
        done.extend(v for k, v in element.attrib.items() if name == "fldSimple" and _local(k) == "instr")
    return done + [text for text in (*building, loose) if text]


def _fields(member: Any) -> list[str]:
    """The instructions of an XML part's fields that take content from a file, a URL or another
    program (INCLUDEPICTURE, INCLUDETEXT anywhere in one; a DDEAUTO, LINK … field)."""
    content = member.content()
    if b"\x00" not in content[:4] and b"instr" not in content:
        return []  # no field instruction (a UTF-16 part is parsed whatever it holds)
    root = _parsed(member)
    return [
        text.strip()[:120]
        for text in _instructions(root)
        if _INCLUDE_FIELD.search(text) or _FETCHING_FIELD.match(text)
    ]


def _fetched_outside(members: list[Any]) -> tuple[list[str], dict[str, dict[str, str]]]:
    """What the template's parts would have Word (and LibreOffice) fetch from outside the file or
    merge in on opening: ``part: kind → target`` for each external relationship that is no
    hyperlink, each altChunk (content kesu never renders nor checks) and each INCLUDEPICTURE /
    INCLUDETEXT field; and, by ``.rels`` part, the ids of the attached templates on the
    machine's own disk (``file:///C:\\Users\\…\\Company.dotm``, which Word writes in every document
    made from a company's .dotx), with their targets: dropped from the copies, not refused."""
    found: list[str] = []
    dropped: dict[str, dict[str, str]] = {}
    for member in members:
        name = member.name.lower()
        if name.endswith(".rels"):
            for rel in _relationships(member):
                kind = rel.get("Type", "").rsplit("/", 1)[-1]
                target = rel.get("Target", "")
                external = rel.get("TargetMode", "").strip().lower() == "external"
                if kind == _ATTACHED and external and not _remote(target):
                    dropped.setdefault(member.name, {})[rel.get("Id", "")] = target
                elif kind == _KEY_BINDINGS and not external:  # Word's keyboard shortcuts: no macros
                    dropped.setdefault(member.name, {})[rel.get("Id", "")] = _BINDINGS_DROPPED
                elif kind == _ALT_CHUNK or (external and kind != _CLICKED):
                    found.append(f"{member.name}: {kind} → {target}")
        elif name.endswith(".xml"):
            found.extend(f"{member.name}: {field}" for field in _fields(member))
    return found, dropped


_MACROS = ("vbaProject", "wordVbaData")  # Word's macros
_OBJECTS = ("oleObject", "control", "activeXControlBinary", "package")
"""Objects embedded in the page (``w:object``: an OLE object's ``oleObject*.bin``, an ActiveX
control, another Office file): a program's data Word hands to that program on a double-click
(an OLE package runs what it holds), copied into every controlled document unseen by kesu.
A chart's own workbook (a ``package`` of a chart part: the figures behind it) is no object.
An OLE object or embedded file shown by its picture (:func:`_pictured_objects`) is dropped from
the copies, its picture kept; the rest is refused."""
_PICTURED = ("oleObject", "package")  # what may be dropped, keeping its picture
_RUNS_CODE = lazy_re(r"^\s*(package|packager|shell\.|htmlfile|scriptlet|wscript|vbscript|jscript)", re.I)
"""The ProgIDs of OLE objects that run what they hold on a double-click: the Packager (an
``.exe``, a script, a shortcut wrapped as ``Package``), scriptlets and script hosts."""
_MACRO_FILE = lazy_re(r"\.(doc|dot|xls|xlt|ppt|pot|pps)(m|b)$|\.(xlam|ppam|xla|xll)$", re.I)
"""An embedded Office file that may hold macros (``.xlsm``, ``.docm``, ``.xlsb``, an add-in)."""
_OBJECT_DROPPED = "\x00object\t"
"""The mark of a dropped object's entry in ``dropped`` (``\\x00object\\tProgID\\ttarget``),
beside the attached templates' targets."""
_KEY_BINDINGS = "keyMapCustomizations"
"""Word's keyboard shortcuts (customizations.xml, [MS-OI29500] §3.1.1.2: key bindings, written
in a plain .docx / .dotx too, no code): of no use in a copy, dropped from it like a local
attached template, never a reason to refuse the template."""
_BINDINGS_DROPPED = ""  # (their target in ``dropped``: nothing the clerk is told of)


def _unsound(members: list[Any], pictured: dict[str, dict[str, str]] | None = None) -> list[str]:
    """What makes the template's package no document's a copy can be made of: macros (a VBA
    project, a content type of a macro-enabled document or template: a ``.docm`` / ``.dotm``
    saved under the name ``.docx``, which Word refuses to open as one — and which, renamed,
    runs its code), objects embedded in its pages (:data:`_OBJECTS`), two parts of one name, a main part declared as anything but a Word document or template (a
    content type lying: Word says the copy is damaged) and relationships leading to a part the
    file does not hold (a header removed by hand, a target out of the package: Word says the
    copy is unreadable)."""
    import posixpath
    from urllib.parse import unquote

    names = {m.name.lower() for m in members}
    found: list[str] = []
    if len(names) < len(members):  # two parts of one name (names are case-blind in a package):
        # Word calls the file damaged, and which of the two a reader shows is anyone's guess
        import collections

        counted = collections.Counter(m.name.lower() for m in members)
        found.extend(f"{name} ×{n}" for name, n in sorted(counted.items()) if n > 1)
    main = _main_part(members)
    for member in members:
        if member.name == "[Content_Types].xml":
            root = _parsed(member)
            found.extend(
                f"{member.name}: {v}"
                for e in root.iter()
                for k, v in e.attrib.items()
                if _local(k) == "ContentType" and "macroenabled" in v.lower()
            )
            types = {
                (_local(e.tag), e.get("PartName", e.get("Extension", "")).lower().lstrip("/")): e.get(
                    "ContentType", ""
                )
                for e in root.iter()
                if isinstance(e.tag, str)
            }
            given = types.get(("Override", main.lower())) or types.get(
                ("Default", main.rsplit(".", 1)[-1].lower()), ""
            )
            if main and given not in (_DOCUMENT_MAIN, _TEMPLATE_MAIN) and "macroenabled" not in given.lower():
                found.append(f"{member.name}: {main} → {given or '?'}")
        elif member.name.lower().endswith(".rels"):
            folder = posixpath.dirname(rels_owner(member.name))
            for rel in _relationships(member):
                kind = rel.get("Type", "").rsplit("/", 1)[-1]
                target = rel.get("Target", "")
                if rel.get("Id", "") in (pictured or {}).get(member.name, {}):
                    continue  # an object shown by its picture: dropped, the picture kept
                if kind in _MACROS or (kind in _OBJECTS and "/charts/" not in f"/{member.name.lower()}"):
                    found.append(f"{member.name}: {kind} → {target}")
                elif rel.get("TargetMode", "").strip().lower() != "external" and kind != _CLICKED:
                    # a target is a URI: media/%E5%9B%BE.png is the member media/图.png
                    path = unquote(target.split("#", 1)[0])
                    part = posixpath.normpath(posixpath.join(folder, path))
                    if target.startswith("/"):
                        part = posixpath.normpath(path.lstrip("/"))
                    if part.lower() not in names:
                        found.append(f"{member.name}: {kind} → {target}")
    return found


def _pictured_objects(members: list[Any]) -> dict[str, dict[str, str]]:
    """The OLE objects and embedded files that may be dropped from the copies, their pictures
    kept, by ``.rels`` part: id → :data:`_OBJECT_DROPPED` entry. A logo kept as an OLE object by
    a .doc (``Word.Picture.8``, Paint, Visio), an equation (MathType, WPS), an embedded Excel
    table: Word shows each by its ``v:shape``'s ``v:imagedata`` and hands the object to its
    program only on a double-click. Such an object is dropped when its relationship is named by
    one ``o:OLEObject`` of its part and by nothing else, and its ProgID runs no code
    (:data:`_RUNS_CODE`) nor its file holds macros (:data:`_MACRO_FILE`); anything else —
    ActiveX controls, packages that run code, an object of another shape — is refused by
    :func:`_unsound`. Only a template holding embeddings is parsed for them."""
    import posixpath

    if not any("/embeddings/" in f"/{m.name.lower()}" for m in members):
        return {}
    by_name = {m.name: m for m in members}
    found: dict[str, dict[str, str]] = {}
    for member in members:
        if not member.name.lower().endswith(".rels") or "/charts/" in f"/{member.name.lower()}":
            continue
        rels = [r for r in _relationships(member) if r.get("Type", "").rsplit("/", 1)[-1] in _PICTURED]
        owner = by_name.get(rels_owner(member.name))
        if not rels or owner is None:
            continue
        root = _parsed(owner)
        objects: dict[str, list[str]] = {}
        for element in root.iter():
            if isinstance(element.tag, str) and _local(element.tag) == "OLEObject":
                # shown as its content (a logo, a table), not as an icon standing for an
                # attachment (an embedded PDF or workbook): the icon is no picture of the form
                shown = element.get("DrawAspect", "Content").strip().lower() == "content"
                for key, value in element.attrib.items():
                    if _local(key) == "id":
                        objects.setdefault(value, []).append(element.get("ProgID", "") if shown else "")
        text = owner.content().decode("utf-8", "replace")
        for rel in rels:
            rid, target = rel.get("Id", ""), rel.get("Target", "")
            progids = objects.get(rid, [])
            # (an absolute target, ``/word/embeddings/x.bin``, names the part from the package's root)
            part = posixpath.normpath(posixpath.join(posixpath.dirname(owner.name), target)).lstrip("/")
            if (
                len(progids) != 1
                or not progids[0]
                or _RUNS_CODE.match(progids[0])
                or _MACRO_FILE.search(target)
                or rel.get("TargetMode", "").strip().lower() == "external"
                or len(_named_by(rid).findall(text)) != 1
                or not part.startswith("word/")
            ):
                continue
            found.setdefault(member.name, {})[rid] = f"{_OBJECT_DROPPED}{progids[0]}\t{part}"
    return found


def _objects(dropped: dict[str, dict[str, str]]) -> list[str]:
    """The dropped objects as the clerk is told of them: ``Excel.Sheet.12 (word/embeddings/…)``."""
    return sorted(
        "{} ({})".format(*entry[len(_OBJECT_DROPPED) :].split("\t", 1))
        for ids in dropped.values()
        for entry in ids.values()
        if entry.startswith(_OBJECT_DROPPED)
    )


_WORD_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml."
_DOCUMENT_MAIN = _WORD_MAIN + "document.main+xml"
_TEMPLATE_MAIN = _WORD_MAIN + "template.main+xml"  # a Word template (.dotx) renamed .docx


def _main_part(members: list[Any]) -> str:
    """The package's main part as its ``_rels/.rels`` names it (``word/document.xml``)."""
    for member in members:
        if member.name == "_rels/.rels":
            for rel in _relationships(member):
                if rel.get("Type", "").endswith("/officeDocument"):
                    return rel.get("Target", "").lstrip("/")
    return ""


def _as_document(members: list[Any]) -> list[Any]:
    """``members`` with a Word template's main content type (a .dotx renamed ``.docx``) made a
    document's, as Word's "new document from this template" makes it: Word refuses to open a
    ``.docx`` that says it is a template."""
    out = []
    for member in members:
        if member.name == "[Content_Types].xml":
            content = member.content()
            if _TEMPLATE_MAIN.encode() in content:
                member = Member.deflated(
                    member.name, content.replace(_TEMPLATE_MAIN.encode(), _DOCUMENT_MAIN.encode())
                )
        out.append(member)
    return out


def _unusable(listed: str, path: Any = "") -> TemplateError:
    said = Bilingual(
        f"模板 {path} 不能用来生成受控文件（{listed}）：含有宏或嵌入的对象（OLE 对象、ActiveX 控件、"
        "嵌入的文件）、其主体部件声明的不是 Word 文档，或指向文件中没有的部件。"
        "请在 Word 中删除嵌入的对象，把模板另存为“Word 文档 (*.docx)”（不含宏），或重新生成模板",
        f"the template {path} cannot make controlled documents ({listed}): it holds macros, its "
        "main part is declared as no Word document, or it points at parts the file does not hold, "
        "or it embeds objects (an OLE object, an ActiveX control, an embedded file). Delete the "
        "embedded objects in Word, save it as a Word Document (*.docx, no macros), or build the "
        "template again",
    )
    return TemplateError(said.en, said)


def _refused(listed: str, path: Any = "") -> TemplateError:
    said = Bilingual(
        f"模板 {path} 含有打开文件时会从文件外取来的内容（{listed}）：受控文件不得从别处取内容"
        "（可能泄露登录信息或被替换）。请在 Word 中删除这些链接（附加的模板、链接的图片、嵌入的外部文档），"
        "或重新生成模板",
        f"the template {path} has content Word fetches from outside the file as it opens it "
        f"({listed}): a controlled document takes nothing from elsewhere (it may leak the "
        "user's login or be swapped). Remove these links in Word (an attached template, a "
        "linked picture, an embedded outside document) or build the template again",
    )
    return TemplateError(said.en, said)


def _without_attached(members: list[Any], dropped: dict[str, dict[str, str]]) -> list[Any]:
    """``members`` with the dropped relationships removed from their ``.rels`` parts: the local
    attached templates' (and their ``<w:attachedTemplate>`` elements from the parts those name,
    the settings) and the objects' shown by their pictures (:func:`_pictured_objects`: the
    ``o:OLEObject`` elements naming them, their parts and their content types; the ``w:object``
    and its ``v:shape`` kept, the picture Word shows)."""
    out = []
    owners = {rels_owner(name): ids for name, ids in dropped.items() if any(ids.values())}
    gone = {
        entry.rsplit("\t", 1)[-1].lower()
        for ids in dropped.values()
        for entry in ids.values()
        if entry.startswith(_OBJECT_DROPPED)
    }
    for member in members:
        if member.name.lower() in gone:
            continue  # the object's own part
        if member.name in dropped:
            kept = [r for r in _relationships(member) if r.get("Id", "") not in dropped[member.name]]
            body = "".join(_empty_element("Relationship", rel) for rel in kept)
            member = Member.deflated(
                member.name,
                (
                    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                    f'<Relationships xmlns="{_PACKAGE_RELS[1:-1]}">{body}</Relationships>'
                ).encode(),
            )
        elif member.name in owners:
            text = member.content().decode("utf-8")
            attached = any(e and not e.startswith(_OBJECT_DROPPED) for e in owners[member.name].values())
            cut = _ATTACHED_ELEMENT.sub("", text) if attached else text
            if attached and _ATTACHED in cut:  # written some other way: not dropped, so refused
                raise ValueError(f"{member.name}: {_ATTACHED}")
            for rid, entry in owners[member.name].items():
                if entry.startswith(_OBJECT_DROPPED):
                    cut = _ole_element(rid).sub("", cut)
                    if _named_by(rid).search(cut):  # not dropped: refused
                        raise ValueError(f"{member.name}: oleObject → {rid}")
            member = Member.deflated(member.name, cut.encode())
        elif member.name == "[Content_Types].xml" and gone:
            member = Member.deflated(member.name, _without_overrides(member.content(), gone))
        out.append(member)
    return out


def _without_overrides(types: bytes, gone: set[str]) -> bytes:
    """``[Content_Types].xml`` without the ``Override`` of each part in ``gone`` (lower-cased
    names, no leading ``/``), however the element is written (``<Override …/>``, ``<Override
    …></Override>``, a prefix of its own): read as XML, kept by ``PartName``."""
    from defusedxml.ElementTree import fromstring

    root = fromstring(types)
    namespace = root.tag[1 : root.tag.index("}")] if root.tag.startswith("{") else ""
    body = "".join(
        _empty_element(_local(e.tag), {_local(k): v for k, v in e.attrib.items()})
        for e in root
        if isinstance(e.tag, str)
        and not (_local(e.tag) == "Override" and e.get("PartName", "").strip().lstrip("/").lower() in gone)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f"<Types xmlns={quoteattr(namespace)}>{body}</Types>"
    ).encode()


def _empty_element(name: str, attributes: dict[str, str]) -> str:
    """``<name key="value" …/>``, each value quoted as XML."""
    return f"<{name} " + " ".join(f"{k}={quoteattr(v)}" for k, v in attributes.items()) + "/>"


def quoteattr(value: str) -> str:
    """``value`` as an XML attribute's quoted value, character for character what the standard
    library's ``xml.sax.saxutils.quoteattr`` gives: ``&``, ``<``, ``>`` and the line breaks and
    tab escaped, in double quotes (in single quotes when the value holds a double quote and no
    single one; a value holding both has its double quotes escaped). Not imported from there:
    ``xml.sax.saxutils`` imports ``urllib.request`` — with it ``http.client``, ``ssl`` and
    ``email`` — ≈ 105 M instructions that ``kesu render --jobs 2`` paid three times (the command
    and each worker load this module), for a function of five replacements (jobs42)."""
    value = value.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")
    value = value.replace("\n", "&#10;").replace("\r", "&#13;").replace("\t", "&#9;")
    if '"' not in value:
        return f'"{value}"'
    if "'" not in value:
        return f"'{value}'"
    return '"' + value.replace('"', "&quot;") + '"'


def _named_by(rid: str) -> Any:
    """An attribute naming the relationship ``rid`` (``r:id="rId7"``), as written in a part."""
    return re.compile(rf"=\s*[\"']{re.escape(rid)}[\"']")


def _ole_element(rid: str) -> Any:
    """An ``o:OLEObject`` element naming the relationship ``rid``, as written in a part."""
    return re.compile(
        rf"<(\w+:)?OLEObject\b(?=[^>]*?\s\w+:id\s*=\s*[\"']{re.escape(rid)}[\"'])[^>]*?(/>|>.*?</\1OLEObject>)",
        re.S,
    )


_ATTACHED_ELEMENT = lazy_re(r"<(\w+:)?attachedTemplate\b[^>]*?(/>|>.*?</\1attachedTemplate>)", re.S)


TEMPLATE_MB = 200  # a template's members inflated, pictures included
PART_MB = 20  # one XML part inflated (a form's document.xml is well under 1 MB)
MAX_TAGS = 20_000  # the Jinja tags of one part (a form's template has a few hundred)


def _within_bounds(path: Path, members: list[Any]) -> None:
    """:class:`TemplateError` for a template too large to be a form's: a zip bomb (a 300 KB
    file whose document.xml inflates to 300 MB held each render for 40 s and ended in
    MemoryError) or a million tags (two minutes' compiling, then MemoryError). Said before
    any number is issued, naming the part and the bound."""

    def refused(zh: str, en: str) -> TemplateError:
        said = Bilingual(
            f"模板 {path} 不像一份表单的模板：{zh}。请检查模板文件（可能已损坏或被篡改），或重新生成模板",
            f"the template {path} is no form's template: {en}. Check the file (damaged or tampered "
            "with?) or build the template again",
        )
        return TemplateError(said.en, said)

    mb = 1024 * 1024
    total = sum(m.size for m in members)
    if total > TEMPLATE_MB * mb:
        raise refused(
            f"解压后共 {total / mb:,.0f} MB，超过 {TEMPLATE_MB} MB",
            f"it inflates to {total / mb:,.0f} MB, over {TEMPLATE_MB} MB",
        )
    for member in members:
        if member.name.lower().endswith((".xml", ".rels")) and member.size > PART_MB * mb:
            raise refused(
                f"{member.name} 解压后 {member.size / mb:,.0f} MB，超过 {PART_MB} MB",
                f"{member.name} inflates to {member.size / mb:,.0f} MB, over {PART_MB} MB",
            )
        try:  # each member whole, as its zip entry says (a damaged one would fail each copy)
            content = member.content()
        except Damaged as exc:
            raise refused(exc.zh, str(exc)) from exc
        if _RENDERED.match(member.name):
            count = content.count(b"{{") + content.count(b"{%")
            if count > MAX_TAGS:
                raise refused(
                    f"{member.name} 含 {count:,} 个标记，超过 {MAX_TAGS:,} 个",
                    f"{member.name} holds {count:,} tags, over {MAX_TAGS:,}",
                )


def _unreadable(path: str | Path, exc: OSError) -> TemplateError:
    """The template at ``path`` could not be read (``exc``): said in both languages."""
    from ..filing import file_failure

    why = file_failure(exc)
    said = Bilingual(f"无法读取模板 {path}（{why.zh}）", f"the template {path} cannot be read ({why.en})")
    return TemplateError(f"{path}: {exc.strerror or exc}", said)


def _read(path: Path) -> list[Any]:
    """The template's members as stored; :class:`TemplateError` when it cannot be read or is no
    DOCX."""
    try:
        members = read_members(path)
    except OSError as exc:
        raise _unreadable(path, exc) from exc
    except Exception as exc:  # zipfile.BadZipFile, an encrypted member and friends
        said = Bilingual(
            f"模板 {path} 不是 DOCX 文件（{exc}）：请用 Word 另存为 .docx，或重新生成模板",
            f"the template {path} is not a DOCX file ({exc}): save it as .docx in Word or build it again",
        )
        raise TemplateError(said.en, said) from exc
    return members


def _usable(
    path: Path, members: list[Any], dropped: dict[str, dict[str, str]] | None = None
) -> tuple[list[Any], dict[str, dict[str, str]]]:
    """``members`` as each copy is made of them, and the local attached templates dropped from
    them (by ``.rels`` part, id → target); :class:`TemplateError` when Word would fetch from
    outside the file. ``dropped`` known already (what these very members were found to hold,
    kept in the template cache): no part parsed again."""
    try:
        if dropped is None:
            fetched, dropped = _fetched_outside(members)
            if fetched:  # a document that fetches from a server as it is opened is no controlled copy
                raise ValueError("; ".join(fetched))
            pictured = _pictured_objects(members)
            unsound = _unsound(members, pictured)
            if unsound:
                raise _unusable("; ".join(unsound), path)
            for name, ids in pictured.items():  # an object shown by its picture: the picture kept
                dropped.setdefault(name, {}).update(ids)
        if dropped:  # an attached template on the clerk's own disk: of no use in a copy
            members = _without_attached(members, dropped)
        members = _as_document(members)
    except ValueError as exc:  # (a part that is no XML: nothing can be said it does not fetch)
        raise _refused(str(exc), path) from exc
    return members, dropped


def _targets(dropped: dict[str, dict[str, str]]) -> list[str]:
    """The dropped attached templates' targets, each once, as the clerk is told of them."""
    return sorted(
        {t for ids in dropped.values() for t in ids.values() if t and not t.startswith(_OBJECT_DROPPED)}
    )


def _stamp(key: str) -> Stamp:
    try:
        stat = os.stat(key)  # (the path as text: a document's one look at its template, no Path made)
    except OSError as exc:  # (said in the clerk's words: the bare English once reached a zh line)
        raise _unreadable(key, exc) from exc
    if not S_ISREG(stat.st_mode):  # a pipe read as a zip waited for ever, every command with it
        said = Bilingual(
            f"模板 {key} 不是普通文件（是文件夹、管道或设备）：请放入用 Word 保存的 .docx 模板",
            f"the template {key} is no regular file (a folder, a pipe or a device): put a .docx "
            "template saved by Word there",
        )
        raise TemplateError(said.en, said)
    return stamp_of(stat)


_CHECKS = ("template_file.py", "tags.py", "package.py")  # the code that checks and cleans a template


@functools.cache
def _checks_key() -> str:
    """What besides a template's members makes what :class:`_Checked` keeps: the code of its
    checks and of the tags' cleaning ("": a packaging without the sources, nothing kept)."""
    digest = hashlib.sha256()
    try:
        for name in _CHECKS:
            digest.update(Path(__file__).with_name(name).read_bytes())
    except OSError:
        return ""
    return digest.hexdigest()[:16]


class _Checked:
    """What a template's members were found to hold before, kept in kesu's cache folder beside
    its compiled parts (:class:`.template._Stored`): the local attached templates to drop
    (:func:`_fetched_outside`, a template that fetches anything is refused and never kept) and
    each tagged part's source as :func:`.tags.clean` makes it. Keyed by every member as stored
    (name, method, size, CRC, compressed bytes) and by the code that checks and cleans them
    (:func:`_checks_key`), so that a template passed them — its bounds, its members whole — as it
    is: a template looked at or loaded again — by each ``--jobs`` worker, by each run — parses no XML and runs none of the cleaning's regular expressions
    (a complaint template's load: 5.8 → 1.6 ms of CPU). A file that cannot be read, is not
    private or is not what :meth:`keep` writes only means checking and cleaning, as without it."""

    def __init__(self, key: str, cache: Any) -> None:
        self.key, self.cache = key, cache
        self.found: tuple[dict[str, dict[str, str]], dict[str, str]] | None = None
        if cache is None:
            return
        from ..config import read_private

        with contextlib.suppress(ValueError):
            kept = json.loads(read_private(self._path()) or b"null")
            if _checked_well_formed(kept, key):
                dropped = {name: dict(ids) for name, ids in kept["dropped"].items()}
                self.found = dropped, kept["sources"]

    @classmethod
    def of(cls, members: list[Member]) -> _Checked:
        code = _checks_key()
        if not code:  # (no sources to key the checks and the cleaning by: nothing kept)
            return cls("", None)
        from ..config import private_cache_dir

        digest = hashlib.sha256(code.encode())
        for member in members:
            digest.update(
                f"\0{member.name}\0{member.method}\0{member.size}\0{member.crc}\0{len(member.data)}\0".encode()
            )
            digest.update(member.data)
        return cls(digest.hexdigest(), private_cache_dir("templates"))

    def _path(self) -> Path:
        return Path(self.cache) / f"kesu-checked-{self.key[:40]}.json"

    def keep(self, dropped: dict[str, dict[str, str]], sources: dict[str, str]) -> None:
        """Keep what the members were found to hold (a template that passed the checks)."""
        if self.cache is None:
            return
        from ..config import write_private

        kept = {
            "key": self.key,
            "dropped": {n: dict(sorted(ids.items())) for n, ids in dropped.items()},
            "sources": sources,
        }
        write_private(self._path(), json.dumps(kept, ensure_ascii=False).encode("utf-8", "surrogatepass"))


def _checked_well_formed(kept: Any, key: str) -> bool:
    """Is ``kept`` what :meth:`_Checked.keep` writes for ``key`` (not a damaged or foreign file)?"""
    if not isinstance(kept, dict) or kept.get("key") != key:
        return False
    dropped, sources = kept.get("dropped"), kept.get("sources")
    return (
        isinstance(dropped, dict)
        and isinstance(sources, dict)
        and all(
            isinstance(ids, dict) and all(isinstance(i, str) and isinstance(t, str) for i, t in ids.items())
            for ids in dropped.values()
        )
        and all(isinstance(n, str) and isinstance(text, str) for n, text in sources.items())
    )


@dataclass(frozen=True)
class LookedAt:
    """A template's members as each copy is made of them, the local attached templates dropped
    from them (their targets), and each tagged part's source as :func:`.tags.clean` makes it."""

    members: list[Any]
    dropped: Dropped
    sources: dict[str, str]


class Dropped(NamedTuple):
    """What a template's copies are made without: its local attached templates (their targets)
    and the objects shown by their pictures (``ProgID (part)``)."""

    attached: list[str]
    objects: list[str]


def _dropped(dropped: dict[str, dict[str, str]]) -> Dropped:
    return Dropped(_targets(dropped), _objects(dropped))


def looked_at(path: Path) -> LookedAt:
    """The template at ``path`` checked (:func:`_within_bounds`, :func:`_usable`) and its tagged
    parts cleaned, or what the cache kept of these very members (:class:`_Checked`: none of it
    done again); :class:`TemplateError` when it is no DOCX, too large, damaged or has Word fetch
    from outside the file."""
    from . import tags

    members = _read(path)
    checked = _Checked.of(members)
    if checked.found is not None:
        usable, dropped = _usable(path, members, checked.found[0])
        return LookedAt(usable, _dropped(dropped), dict(checked.found[1]))
    _within_bounds(path, members)
    usable, dropped = _usable(path, members)
    sources: dict[str, str] = {}
    for member in usable:
        if _RENDERED.match(member.name):
            xml = member.content().decode("utf-8")
            if tags.has_tags(xml):
                sources[member.name] = tags.clean(xml)
    checked.keep(dropped, sources)
    return LookedAt(usable, _dropped(dropped), sources)


_MEMO: dict[str, tuple[Stamp, Dropped, Any]] = {}
"""The templates looked at (:func:`check`) and loaded (:func:`.template.load`) by this process,
by path: (the file's :func:`stamp_of`, the attached templates dropped, the compiled template or
None when only looked at) — one memo for both, a version of a file looked at once."""


def check(path: str | os.PathLike[str]) -> Dropped:
    """:class:`TemplateError` when the template at ``path`` cannot make a copy (missing, no
    DOCX, too large, damaged, fetching from outside the file), said before any number is issued
    for its forms (a refused template numbered every form of the batch, then failed each): its
    parts are read, not compiled (a ``--jobs`` command renders nothing), once for each version of
    the file, and not even read through when the cache kept the verdict (:func:`looked_at`).
    The local attached templates its copies are made without (:attr:`DocxTemplate.dropped`)."""
    key = os.fspath(path)
    stamp = _stamp(key)
    seen = _MEMO.get(key)
    if seen is None or seen[0] != stamp:
        seen = _MEMO[key] = (stamp, looked_at(Path(key)).dropped, None)
    return seen[1]


def path_of(template_dir: Path, spec: Any) -> Path:
    """The template file of the form ``spec`` in ``template_dir``."""
    return template_dir / (spec.template or f"{spec.kind}.docx")


def looked_up(text: str, spec: Any, use: Any = check) -> Any:
    """``use(text)`` (:func:`check`, or the compiled template's ``load``); a missing file
    said as the form having no template yet, with how to build one."""
    try:
        return use(text)
    except TemplateError:
        path = Path(text)
        if os.path.lexists(text):  # there, but no template: said as what it is (never raising)
            raise
        folder = os.fspath(path.parent)
        if os.path.exists(folder) and not os.path.isdir(folder):  # $KESU_TEMPLATES naming a file
            said = Bilingual(
                f"模板文件夹 {folder} 是一个文件，不是文件夹：请让 KESU_TEMPLATES 指向存放模板（{path.name} 等）的文件夹",
                f"the templates folder {folder} is a file, not a folder: point KESU_TEMPLATES at the "
                f"folder holding the templates ({path.name} …)",
            )
            raise TemplateError(said.en, said) from None
        build = f"`python templates/src/build_templates.py {spec.kind}`"
        said = Bilingual(
            f"表单 {spec.kind} 没有模板（{path}）：请用 {build} 生成",
            f"no template for {spec.kind} ({path}): build one with {build}",
        )
        raise TemplateError(said.en, said) from None
