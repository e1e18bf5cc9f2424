"""A DOCX template: read and compiled once per process, rendered many times.

The parts that carry Jinja2 tags (the document body, headers, footers) are cleaned of Word's
run splitting (:mod:`.tags`) and compiled in a sandboxed, autoescaping Jinja2 environment;
every other member is kept as its compressed bytes and copied into each output unchanged.
"""
from __future__ import annotations

import os
import re
import threading
from pathlib import Path
from typing import Any

from jinja2 import meta
from jinja2.sandbox import SandboxedEnvironment

from . import tags
from .display import Printed
from .package import Member, read_members, write_zip

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


ENV = Sandbox(autoescape=True, keep_trailing_newline=True, auto_reload=False)


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
        for member in self.members:
            if not _RENDERED.match(member.name):
                continue
            xml = member.content().decode("utf-8")
            if not tags.has_tags(xml):
                continue
            source = tags.clean(xml)
            try:
                self.compiled[member.name] = ENV.from_string(source)
                self.variables |= meta.find_undeclared_variables(ENV.parse(source))
            except Exception as exc:  # jinja2.TemplateSyntaxError: say which part and line
                line = getattr(exc, "lineno", "?")
                raise TemplateError(f"{path}: {member.name} line {line}: {exc}") from exc

    def render(self, context: dict[str, Any]) -> bytes:
        """The DOCX bytes for one context."""
        out: list[Member] = []
        for member in self.members:
            template = self.compiled.get(member.name)
            if template is None:
                out.append(member)
            else:
                out.append(Member.deflated(member.name, template.render(context).encode("utf-8")))
        return write_zip(out)


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
