"""Headers and footers of their own for each copy, so every page of a copy carries its stamp.

Each copy (联) is a section of the document. A header that prints ``{{ copy.label }}`` must
differ between sections, and Word (like LibreOffice) only varies a header by giving each
section its own header part. So when a header or footer uses ``copy``, the renderer writes
one part per copy (``header1.xml``, ``header1_copy2.xml`` …), adds their relationships and
content types, and points each copy's section at its own part. The template stays an ordinary
one-section Word file; the loop over the copies must name its variable ``copy``.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..lazy_re import lazy_re
from ..memos import memo
from .package import Member

DOCUMENT_RELS = "word/_rels/document.xml.rels"
CONTENT_TYPES = "[Content_Types].xml"
_RELATIONSHIP = lazy_re(r"<Relationship\b[^>]*?/>")
_OVERRIDE = lazy_re(r"<Override\b[^>]*?/>")
_SECTION = lazy_re(r"<w:sectPr\b[^>]*>(.*?)</w:sectPr>", re.S)
_REFERENCE = lazy_re(r"<w:(header|footer)Reference\b[^>]*/>")
_CONTENT_TYPE = {
    "header": "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml",
    "footer": "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml",
}
# in document.xml: inside the copies loop ``copy`` is the copy; the document's last section
# (after the loop) belongs to the last copy
SUFFIX = "{{ (copy if copy is defined else copies|last).part }}"


def _attr(element: str, name: str) -> str:
    found = re.search(rf'\b{name}="([^"]*)"', element)
    return found.group(1) if found else ""


def suffix(index: int) -> str:
    """The part-name suffix of the copy at ``index`` (0-based): the first copy keeps the template's parts."""
    return "" if index == 0 else f"_copy{index + 1}"


@memo
@lru_cache(maxsize=256)
def part_name(name: str, index: int) -> str:
    """``word/header1.xml`` of copy 2 → ``word/header1_copy2.xml`` (asked again for every copy
    of every document: worked out once)."""
    stem, ext = posixpath.splitext(name)
    return f"{stem}{suffix(index)}{ext}"


def rels_name(name: str) -> str:
    """``word/header1.xml`` → ``word/_rels/header1.xml.rels``, the part's own relationships."""
    folder, base = posixpath.split(name)
    return posixpath.join(folder, "_rels", f"{base}.rels")


def rels_owner(rels: str) -> str:
    """``word/_rels/header1.xml.rels`` → ``word/header1.xml``."""
    folder, base = posixpath.split(rels)
    return posixpath.join(posixpath.dirname(folder), base[: -len(".rels")])


@dataclass
class CopyParts:
    """The header and footer parts of a template that vary by copy, and how to multiply them."""

    parts: set[str]  # "word/header1.xml"
    rids: dict[str, str]  # "rId9" -> "word/header1.xml"
    rels: str  # document.xml.rels as in the template
    content_types: str
    relationships: dict[str, str] = field(default_factory=dict)  # rId -> its <Relationship .../>
    _extra: dict[int, tuple[Member, Member]] = field(default_factory=dict, repr=False)

    @classmethod
    def find(cls, members: dict[str, Member], per_copy: set[str]) -> CopyParts | None:
        """The per-copy parts among ``per_copy`` (header/footer names whose template uses ``copy``)."""
        if not per_copy or DOCUMENT_RELS not in members or CONTENT_TYPES not in members:
            return None
        rels = members[DOCUMENT_RELS].content().decode("utf-8")
        rids, relationships = {}, {}
        for element in _RELATIONSHIP.findall(rels):
            target = _attr(element, "Target")
            name = (
                target.lstrip("/")
                if target.startswith("/")
                else posixpath.normpath(posixpath.join("word", target))
            )
            if name in per_copy and _attr(element, "TargetMode") != "External":
                rids[_attr(element, "Id")] = name
                relationships[_attr(element, "Id")] = element
        if not rids:
            return None
        return cls(
            set(rids.values()), rids, rels, members[CONTENT_TYPES].content().decode("utf-8"), relationships
        )

    def document_source(self, xml: str) -> str:
        """document.xml with every section pointing at its copy's parts."""
        xml = _last_section_names_its_parts(xml)
        ids = "|".join(re.escape(rid) for rid in self.rids)
        return re.sub(rf'(<w:(?:header|footer)Reference\b[^>]*\br:id=")({ids})(")', rf"\1\2{SUFFIX}\3", xml)

    def extra_members(self, copies: int) -> tuple[Member, Member]:
        """document.xml.rels and [Content_Types].xml listing the parts of ``copies`` copies."""
        hit = self._extra.get(copies)
        if hit is None:
            hit = self._extra[copies] = self._make_extra(copies)
        return hit

    def _make_extra(self, copies: int) -> tuple[Member, Member]:
        added_rels, added_types = [], []
        overrides = {_attr(o, "PartName"): o for o in _OVERRIDE.findall(self.content_types)}
        for index in range(1, copies):
            for rid, name in sorted(self.rids.items()):
                element = self.relationships[rid]
                target = _attr(element, "Target")
                new_target = part_name(target, index)
                added_rels.append(
                    element.replace(f'Id="{rid}"', f'Id="{rid}{suffix(index)}"').replace(
                        f'Target="{target}"', f'Target="{new_target}"'
                    )
                )
            for name in sorted(self.parts):
                kind = "header" if "/header" in name else "footer"
                content_type = _attr(overrides.get(f"/{name}", ""), "ContentType") or _CONTENT_TYPE[kind]
                added_types.append(
                    f'<Override PartName="/{part_name(name, index)}" ContentType="{content_type}"/>'
                )
        rels = self.rels.replace("</Relationships>", "".join(added_rels) + "</Relationships>")
        types = self.content_types.replace("</Types>", "".join(added_types) + "</Types>")
        return (
            Member.deflated(DOCUMENT_RELS, rels.encode("utf-8")),
            Member.deflated(CONTENT_TYPES, types.encode("utf-8")),
        )


def _last_section_names_its_parts(xml: str) -> str:
    """Give the document's last section explicit header/footer references where it inherits them.

    A section without references shows the previous section's header; once each copy has
    its own, the last copy must name its own explicitly.
    """
    sections = list(_SECTION.finditer(xml))
    if len(sections) < 2:
        return xml
    last = sections[-1]
    present = {kind for (kind,) in (m.groups() for m in _REFERENCE.finditer(last.group(1)))}
    inherited: dict[str, list[str]] = {}
    for section in reversed(sections[:-1]):
        for kind in ("header", "footer"):
            if kind in present or kind in inherited:
                continue
            refs = [m.group(0) for m in _REFERENCE.finditer(section.group(1)) if m.group(1) == kind]
            if refs:
                inherited[kind] = refs
    if not inherited:
        return xml
    insert_at = last.start(1)
    added = "".join(ref for refs in inherited.values() for ref in refs)
    return xml[:insert_at] + added + xml[insert_at:]
