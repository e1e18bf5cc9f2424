"""A DOCX template: read and compiled once per process, rendered many times.

The parts that carry Jinja2 tags (the document body, headers, footers) are cleaned of Word's
run splitting (:mod:`.tags`) and compiled in a sandboxed, autoescaping Jinja2 environment;
every other member is kept as its compressed bytes and copied into each output unchanged.
"""

from __future__ import annotations

import os
import re
import threading
from dataclasses import replace
from pathlib import Path
from typing import Any

from jinja2 import StrictUndefined, meta
from jinja2 import TemplateError as JinjaError
from jinja2.sandbox import SandboxedEnvironment
from markupsafe import Markup, escape

from . import tags
from .copy_parts import CONTENT_TYPES, DOCUMENT_RELS, CopyParts, part_name, rels_name, rels_owner
from .display import Printed, Value
from .package import Member, read_members, write_zip
from .watermark import HEADER_PART, add_watermark

# the parts of a WordprocessingML package where a user may type tags
_RENDERED = re.compile(r"^word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$")


class TemplateError(Exception):
    """A template that cannot be read or compiled; the message names the file and the reason."""


class Sandbox(SandboxedEnvironment):
    """Jinja2's sandbox, reading our own printed-value namespaces without the generic checks.

    Values are data, never code: the sandbox stops templates reaching Python internals, and
    autoescape makes a customer called ``A&B <Ltd>`` valid XML.
    """

    def getattr(self, obj: Any, attribute: str) -> Any:
        if type(obj) is Printed and not attribute.startswith("_"):
            try:
                return obj.__dict__[attribute]
            except KeyError:
                pass
        return super().getattr(obj, attribute)


# a misspelt variable stops the render with its name: a controlled document must not print
# a blank where a value belongs
ENV = Sandbox(autoescape=True, keep_trailing_newline=True, auto_reload=False, undefined=StrictUndefined)


def _escaped(value: Any, _value: type = Value, _markup: type = Markup, _escape: Any = escape) -> Any:
    kind = type(value)
    if kind is _value:
        return value._xml
    return value if kind is _markup else _escape(value)


def _fast_escape(template: Any) -> Any:
    """Let autoescape pass our already-escaped values through without copying each one.

    Every printed value arrives as a :class:`~.display.Value` holding its XML, escaped once
    per record; markupsafe's ``escape`` would still build a new Markup for each, a fifth of a
    render. The compiled template looks ``escape`` up in its module namespace: give it one
    that takes the XML a Value holds and escapes everything else exactly as before.

    Jinja documents no hook for this (``finalize`` runs before ``escape``, not instead of it;
    autoescape off with a finalizing escape would escape macro and ``{% set %}`` block output
    twice). So the patch stays, jinja2 is pinned below 3.2, and tests/test_speed_guards.py
    fails on any Jinja whose compiled templates no longer call ``escape`` this way; on such a
    Jinja the templates render correctly with markupsafe's escape, only slower.
    """
    namespace = template.root_render_func.__globals__
    if namespace.get("escape") is escape:
        namespace["escape"] = _escaped
    return template


def _static_bytes(template: Any) -> dict[str, bytes]:
    """Every string constant of a compiled template's code (its XML between the tags, and a
    few names), UTF-8 encoded once: a render joins these bytes, rather than join a 100 KB
    ``str`` of the document part and encode it again for every document (a sixth of a
    render, the part holding Chinese text). Only the template's own constants are kept, never
    a rendered value: the table stays the template's size however many documents it renders."""
    table: dict[str, bytes] = {}
    codes = [template.root_render_func.__code__, *(f.__code__ for f in template.blocks.values())]
    while codes:
        code = codes.pop()
        for const in code.co_consts:
            if type(const) is str:
                table[const] = const.encode("utf-8")
            elif hasattr(const, "co_consts"):
                codes.append(const)
    return table


class _Part:
    """A compiled part and its constants' bytes."""

    __slots__ = ("encoded", "template")

    def __init__(self, template: Any) -> None:
        self.template = template
        self.encoded = _static_bytes(template)

    def render(self, context: dict[str, Any]) -> bytes:
        """The part's UTF-8 bytes: what ``Template.render`` does (a new context, the compiled
        render function's chunks, Jinja's own error handling), each chunk's bytes taken from
        the table, a rendered value encoded as it comes (tests/test_speed_guards.py: the
        same bytes as Jinja's ``render`` encoded, on every shipped template)."""
        template = self.template
        table = self.encoded.get
        chunks = template.root_render_func(template.new_context(context))
        try:
            return b"".join([table(chunk) or chunk.encode("utf-8") for chunk in chunks])
        except Exception:
            template.environment.handle_exception()  # raises the error, its template line named
            raise  # (never reached)


class DocxTemplate:
    """One compiled DOCX template."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            self.members = read_members(path)
        except (OSError, ValueError, KeyError) as exc:
            raise TemplateError(f"{path}: {exc}") from exc
        except Exception as exc:  # zipfile.BadZipFile and friends
            raise TemplateError(f"{path}: not a DOCX file ({exc})") from exc
        self.compiled: dict[str, Any] = {}
        self.variables: set[str] = set()
        sources: dict[str, str] = {}
        per_copy: set[str] = set()
        for member in self.members:
            if not _RENDERED.match(member.name):
                continue
            xml = member.content().decode("utf-8")
            if not tags.has_tags(xml):
                continue
            sources[member.name] = tags.clean(xml)
            if (
                member.name != "word/document.xml"
                and "copy" in self._parse(member.name, sources[member.name])[1]
            ):
                per_copy.add(member.name)
        self.copy_parts = CopyParts.find({m.name: m for m in self.members}, per_copy)
        if self.copy_parts is not None and "word/document.xml" in sources:
            sources["word/document.xml"] = self.copy_parts.document_source(sources["word/document.xml"])
        for name, source in sources.items():
            tree, variables = self._parse(name, source)
            self.variables |= variables
            self.compiled[name] = _fast_escape(ENV.from_string(tree))
        self._parts = {name: _Part(template) for name, template in self.compiled.items()}
        self._part_rels = {rels_name(p) for p in self.copy_parts.parts} if self.copy_parts else set()

    def _parse(self, name: str, source: str) -> tuple[Any, set[str]]:
        try:
            tree = ENV.parse(source)
        except Exception as exc:  # jinja2.TemplateSyntaxError: say which part and line
            line = getattr(exc, "lineno", "?")
            raise TemplateError(f"{self.path}: {name} line {line}: {exc}") from exc
        return tree, meta.find_undeclared_variables(tree)

    def render(self, context: dict[str, Any]) -> bytes:
        """The DOCX bytes for one context."""
        parts = self.copy_parts
        if parts is None:
            return write_zip(self._render_member(m, context) for m in self.members)
        copies = list(context.get("copies") or ()) or [None]
        rels, content_types = parts.extra_members(len(copies))
        out: list[Member] = []
        for member in self.members:
            if member.name in parts.parts:
                for index, copy in enumerate(copies):
                    local = context if copy is None else {**context, "copy": copy}
                    out.append(self._render_member(member, local, part_name(member.name, index)))
            elif member.name in self._part_rels:  # a letterhead's images: each copy's header needs them
                owner = rels_owner(member.name)
                out += [replace(member, name=rels_name(part_name(owner, i))) for i in range(len(copies))]
            elif member.name == DOCUMENT_RELS:
                out.append(rels)
            elif member.name == CONTENT_TYPES:
                out.append(content_types)
            else:
                out.append(self._render_member(member, context))
        return write_zip(out)

    def _render_member(self, member: Member, context: dict[str, Any], name: str | None = None) -> Member:
        part = self._parts.get(member.name)
        if part is None:
            return member
        try:
            if context.get("status") == "void" and HEADER_PART.match(member.name):
                # whatever the template prints, a void document carries the watermark on every page
                xml = add_watermark(part.template.render(context), name or member.name)
                return Member.deflated(name or member.name, xml.encode("utf-8"))
            return Member.deflated(name or member.name, part.render(context))
        except JinjaError as exc:  # UndefinedError, SecurityError: name the template and the part
            raise TemplateError(f"{self.path.name}: {member.name}: {exc}") from exc


_CACHE: dict[str, tuple[tuple[int, int], DocxTemplate]] = {}
_LOCK = threading.Lock()


def load(path: Path) -> DocxTemplate:
    """The compiled template at ``path``: compiled on first use, again only if the file changes."""
    key = os.fspath(path)
    try:
        stat = path.stat()
    except OSError as exc:
        raise TemplateError(f"{path}: {exc.strerror or exc}") from exc
    stamp = (stat.st_mtime_ns, stat.st_size)
    hit = _CACHE.get(key)
    if hit is not None and hit[0] == stamp:
        return hit[1]
    with _LOCK:
        hit = _CACHE.get(key)
        if hit is None or hit[0] != stamp:
            hit = (stamp, DocxTemplate(path))
            _CACHE[key] = hit
    return hit[1]
