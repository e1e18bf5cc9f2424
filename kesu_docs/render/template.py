"""A DOCX template: read and compiled once per process, rendered many times.

The parts that carry Jinja2 tags (the document body, headers, footers) are cleaned of Word's
run splitting (:mod:`.tags`) and compiled in a sandboxed, autoescaping Jinja2 environment;
every other member is kept as its compressed bytes and copied into each output unchanged.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import operator
import os
import threading
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from jinja2 import FileSystemBytecodeCache, StrictUndefined, meta
from jinja2 import TemplateError as JinjaError
from jinja2.compiler import CodeGenerator
from jinja2.runtime import LoopContext
from jinja2.sandbox import SandboxedEnvironment, SecurityError
from markupsafe import Markup, escape

from . import invariant
from .copy_parts import CONTENT_TYPES, DOCUMENT_RELS, CopyParts, part_name, rels_name, rels_owner
from .display import Printed, Value
from .package import Member, write_zip
from .template_file import _MEMO, TemplateError, _stamp, looked_at
from .watermark import HEADER_PART, add_watermark


class _CodeGenerator(CodeGenerator):
    """Jinja's code generator, printing each ``{{ value }}`` through :meth:`Sandbox.printed`.

    Under autoescape Jinja compiles ``{{ x }}`` to markupsafe's ``escape(x)``, which for a
    :class:`~.display.Value` (its XML escaped once per record) still calls ``__html__`` and
    copies the result into a new Markup: a fifth of a render. ``code_generator_class`` is
    Jinja's documented hook for changing the Python a template compiles to, and
    ``_output_child_pre`` the method its own ``jinja2.nativetypes`` overrides to change how
    an output is wrapped. jinja2 is pinned below 3.2; tests/test_speed_guards.py fails on any
    Jinja whose compiled output does not go through it (the render stays correct there, with
    markupsafe's escape, only slower).
    """

    def _output_child_pre(self, node: Any, frame: Any, finalize: Any) -> None:
        if frame.eval_ctx.volatile:  # an {% autoescape %} decided at render time
            self.write("(environment.printed if context.eval_ctx.autoescape else str)(")
        elif frame.eval_ctx.autoescape:
            self.write("environment.printed(")
        else:
            super()._output_child_pre(node, frame, finalize)
            return
        if finalize.src is not None:
            self.write(finalize.src)


class Sandbox(SandboxedEnvironment):
    """Jinja2's sandbox, reading our own printed-value namespaces without the generic checks.

    Values are data, never code: the sandbox stops templates reaching Python internals, and
    autoescape makes a customer called ``A&B <Ltd>`` valid XML.
    """

    code_generator_class = _CodeGenerator
    # Jinja's sandbox caps range() but not arithmetic: ``{{ 9 ** 999999999 }}`` in a template a
    # clerk edited held every render of its kind for ever, ``{{ "-" * 10 ** 9 }}`` took a
    # gigabyte. Jinja's hook for it: these operators go through call_binop (not folded either)
    intercepted_binops = frozenset({"*", "**"})

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        if _too_big(operator, left, right):
            raise SecurityError(f"{left!r:.20} {operator} {right!r:.20}: a result too large to print")
        return super().call_binop(context, operator, left, right)

    def getattr(self, obj: Any, attribute: str) -> Any:
        kind = type(obj)
        if kind is Printed and not attribute.startswith("_"):
            try:
                return obj.__dict__[attribute]
            except KeyError:
                pass
        elif kind is LoopContext and attribute in _LOOP_COUNTS:
            return getattr(obj, attribute)  # (what the sandbox's checks let through, unchecked)
        return super().getattr(obj, attribute)

    @staticmethod
    def printed(value: Any, _value: type = Value, _markup: type = Markup, _escape: Any = escape) -> Any:
        """What autoescape prints for ``value``: a Value's XML as it holds it, Markup as it is,
        anything else escaped by markupsafe (the same text as markupsafe's ``escape``)."""
        kind = type(value)
        if kind is _value:
            return value._xml
        return value if kind is _markup else _escape(value)


# a for loop's counters (``loop.last``, ``loop.index``: a whole number or true/false, read at
# each copy of a document), which the sandbox's generic checks let through whatever the loop
_LOOP_COUNTS = frozenset(
    {"index", "index0", "revindex", "revindex0", "first", "last", "length", "depth", "depth0"}
)
_ABSENT = object()  # a variable the context does not hold (one of Jinja's functions, or undefined)

MAX_PRINTED = 100_000  # characters, items or bits a template's arithmetic may make


def _too_big(operator: str, left: Any, right: Any) -> bool:
    """Would ``left operator right`` make more than :data:`MAX_PRINTED` (a repeated text or
    list, an integer power's bits)? Decimals and floats overflow or round by themselves."""
    if operator == "*":
        for seq, times in ((left, right), (right, left)):
            if isinstance(seq, (str, list, tuple)) and isinstance(times, int):
                return len(seq) * times > MAX_PRINTED
        return False
    if isinstance(left, int) and isinstance(right, int) and right > 0 and abs(left) > 1:
        return right * abs(left).bit_length() > MAX_PRINTED
    return False


# a misspelt variable stops the render with its name: a controlled document must not print
# a blank where a value belongs
ENV = Sandbox(autoescape=True, keep_trailing_newline=True, auto_reload=False, undefined=StrictUndefined)


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
    """A compiled part, its constants' bytes and its copy-invariant blocks (:mod:`.invariant`)."""

    __slots__ = ("blocks", "encoded", "last", "reads", "template")

    def __init__(self, template: Any, hoisted: list[invariant.Hoisted] = ()) -> None:  # type: ignore[assignment]
        self.template = template
        # the variables the part's source reads (:meth:`read_only`), and the values it read at
        # its last render with the bytes it made of them
        self.reads: tuple[str, ...] | None = None
        self.last: tuple[tuple[Any, ...], bytes] | None = None
        self.encoded = _static_bytes(template)
        self.blocks: dict[str, Any] = {h.marker: template.blocks[h.block] for h in hoisted}
        # the template's globals (the part's markers over the environment's: a ChainMap) as one
        # dict of its own, made once: Jinja copies them, and takes their names, for every
        # context it makes (7 a document), and a ChainMap is slow to go through (≈ 10 % of a
        # render); the environment's globals are never changed once a template is compiled
        template.globals = dict(template.globals)

    def render(self, context: dict[str, Any], done: dict[str, bytes] | None = None) -> bytes:
        """The part's UTF-8 bytes: what ``Template.render`` does (a new context, the compiled
        render function's chunks, Jinja's own error handling), each chunk's bytes taken from
        the table, a rendered value encoded as it comes, a copy-invariant block rendered
        where the loop first prints its marker and its bytes reused at every other copy's
        (tests/test_speed_guards.py, tests/test_render_invariant.py: the same bytes as
        Jinja's ``render`` of the template as written, encoded, on every shipped template).
        ``done`` keeps the blocks' bytes from one copy's render of a part to the next of the
        same document (a part rendered once a copy, :func:`compile_part`'s ``per_copy``).

        A part that read the very same values at its last render (:meth:`read_only`: a footer
        printing the form's code, read from the form's context kesu builds once) gives the
        bytes it made then, unrendered: a template's code reads nothing but its variables and
        Jinja's own functions, and a printed value is never changed once made."""
        reads, last = self.reads, self.last
        if reads is not None:
            values = tuple([context.get(name, _ABSENT) for name in reads])
            if last is not None and all(map(operator.is_, values, last[0])):
                return last[1]
        data = self._run(self.template.new_context(context), done)
        if reads is not None and _ABSENT not in values:
            self.last = (values, data)
        return data

    def read_only(self, variables: set[str] | list[str]) -> None:
        """Say which variables the part's source reads (``jinja2.meta``'s undeclared ones), so
        that :meth:`render` may reuse its last bytes: only when each is the context's own
        (not one of Jinja's functions — ``lipsum`` prints at random) and none is ``copy``, set
        anew for each copy."""
        self.reads = None if "copy" in variables else tuple(sorted(variables))

    def render_copies(self, context: dict[str, Any], copies: list[Any]) -> list[bytes]:
        """The part's bytes for each of ``copies`` (``copy`` set to it; None: no ``copy``), the
        same as :meth:`render` of ``{**context, "copy": copy}`` for each, its copy-invariant
        blocks rendered once: one Jinja context for every copy of the document, made once
        rather than once a copy (Jinja's ``new_context`` copies the variables and builds the
        context's sets and blocks: ≈ 25 k instructions, 4 % of a complaint sheet's render for
        its four further copies). Before each copy the context is as new: ``copy`` changed in
        the context's own variables (a copy Jinja made, never the caller's dict), what the
        last copy's template code set at its top level (``{% set %}``, macros, exports)
        dropped and its evaluation settings restored."""
        made = self.template.new_context(context)
        own, names, exported = made.parent, made.vars, made.exported_vars
        settings = made.eval_ctx.save()
        done: dict[str, bytes] = {}
        out = []
        for copy in copies:
            if copy is not None:
                own["copy"] = copy
            names.clear()
            exported.clear()
            made.eval_ctx.revert(settings)
            out.append(self._run(made, done))
        return out

    def _run(self, context: Any, done: dict[str, bytes] | None) -> bytes:
        """The part rendered in Jinja's ``context``: its chunks' bytes joined."""
        template = self.template
        try:
            if not self.blocks:
                table = self.encoded.get
                return b"".join(
                    [table(chunk) or chunk.encode("utf-8") for chunk in template.root_render_func(context)]
                )
            return self._join(template.root_render_func(context), context, {} if done is None else done)
        except Exception:
            template.environment.handle_exception()  # raises the error, its template line named
            raise  # (never reached)

    def _join(self, chunks: Any, context: Any, done: dict[str, bytes]) -> bytes:
        table, blocks = self.encoded.get, self.blocks

        def value(chunk: str) -> bytes:  # a printed value, or a block's marker (a few a part)
            block = blocks.get(chunk)
            if block is None:
                return chunk.encode("utf-8")
            data = done.get(chunk)
            if data is None:
                data = done[chunk] = self._join(block(context), context, done)
            return data

        return b"".join([table(chunk) or value(chunk) for chunk in chunks])


def compile_part(
    tree: Any, *, per_copy: bool = False, stored: Callable[[Any, int], None] | None = None
) -> _Part:
    """A part's parsed Jinja source (``ENV.parse``, or its text) compiled as the renderer runs it:
    its loop over the copies' invariant runs made blocks (:mod:`.invariant`); for a part
    rendered once a copy (``per_copy``), every run that does not read ``copy``. ``stored``:
    given the compiled code and the number of blocks made, to keep them (:class:`_Stored`)."""
    if isinstance(tree, str):
        tree = ENV.parse(tree)
    hoisted = invariant.hoist(tree, per_copy="copy" if per_copy else None)
    tree.set_environment(ENV)
    code = ENV.compile(tree)
    if stored is not None:
        stored(code, len(hoisted))
    return _from_code(code, hoisted)


def _from_code(code: Any, hoisted: list[invariant.Hoisted]) -> _Part:
    """The part of compiled ``code`` (as ``ENV.from_string`` makes a template of it)."""
    template = ENV.template_class.from_code(ENV, code, ENV.make_globals(invariant.markers(hoisted)), None)
    return _Part(template, hoisted)


# the modules whose change changes a part's compiled code or the source it is compiled from
# (copy_parts rewrites document.xml after the sources are keyed)
_COMPILER = ("template.py", "invariant.py", "copy_parts.py", "tags.py", "template_file.py")


@functools.cache
def _compiler_key() -> str:
    """What besides a part's source makes its compiled code: this compiler's own code, Jinja's
    version (Python's is in Jinja's cache files)."""
    import jinja2

    digest = hashlib.sha256(jinja2.__version__.encode())
    try:
        for name in _COMPILER:
            digest.update((Path(__file__).with_name(name)).read_bytes())
    except OSError:  # a packaging without the sources (a frozen build): nothing is kept
        return ""
    return digest.hexdigest()[:16]


class _Stored:
    """A template's parts compiled before, kept in kesu's cache folder (``config.cache_dir``):
    each part's code in Jinja's own bytecode cache (:class:`jinja2.FileSystemBytecodeCache`,
    which checks it against the part's source and the Python version, and writes each file
    whole), and beside it what the template's parts were found to use (their variables, the
    headers printing ``copy``, and for each part, keyed by the source it is compiled from (after
    :meth:`.CopyParts.document_source`), its variables and the blocks its loops were cut into).
    Keyed by the parts' sources and the compiler (:func:`_compiler_key`): a template edited, or
    another kesu, finds nothing and compiles; a part whose final source differs from the one its
    metadata was kept for is compiled again and its metadata written anew. A cache folder that
    cannot be made or written, one others can write in (:func:`.config.private_cache_dir`), or
    a file in it that cannot be read or is not private, only means compiling, as without a cache."""

    def __init__(self, key: str, cache: Any) -> None:
        self.key, self.cache = key, cache
        self.meta: dict[str, Any] | None = None
        self.variables: set[str] = set()
        self.made: dict[
            str, dict[str, Any]
        ] = {}  # "part:per copy" -> its metadata, of the parts compiled here
        if cache is not None:
            from ..config import read_private

            with contextlib.suppress(ValueError):
                meta = json.loads(read_private(self._meta_path()) or b"null")
                if _well_formed(meta, key):
                    self.meta = meta

    @classmethod
    def of(cls, sources: dict[str, str]) -> _Stored:
        digest = hashlib.sha256(_compiler_key().encode())
        for name in sorted(sources):
            digest.update(f"\0{name}\0{len(sources[name])}\0".encode())
            digest.update(sources[name].encode("utf-8", "surrogatepass"))
        return cls(digest.hexdigest(), _bytecode_cache() if _compiler_key() else None)

    def _meta_path(self) -> Path:
        return Path(self.cache.directory) / f"kesu-template-{self.key[:40]}.json"

    def _bucket(self, name: str, source: str, per_copy: bool, *, load: bool = True) -> Any:
        """Jinja's bucket of a part's code: read from its file (``load``), or empty, to fill."""
        from jinja2.bccache import Bucket

        called = f"kesu:{self.key}:{name}:{int(per_copy)}"
        if load:
            return self.cache.get_bucket(ENV, called, None, source)
        return Bucket(ENV, self.cache.get_cache_key(called), self.cache.get_source_checksum(source))

    def part(self, name: str, source: str, per_copy: bool) -> _Part | None:
        """The part compiled before, or None."""
        kept = f"{name}:{int(per_copy)}"  # (the same parts may be compiled per copy or not)
        if self.cache is None or self.meta is None:
            return None
        found = self.meta["parts"].get(kept)
        if found is None or found["source"] != _source_key(source):  # another rewrite of it
            return None
        try:
            code = self._bucket(name, source, per_copy).code
        except Exception:  # an unreadable file (Jinja drops a stale or damaged one itself)
            return None
        if code is None:
            return None
        self.variables.update(found["variables"])
        part = _from_code(code, [invariant.Hoisted.nth(i) for i in range(found["blocks"])])
        part.read_only(found["variables"])
        return part

    def keeper(
        self, name: str, source: str, per_copy: bool, variables: set[str]
    ) -> Callable[[Any, int], None] | None:
        """What keeps the code :func:`compile_part` makes of ``name`` (None: no cache)."""
        self.variables |= variables
        if self.cache is None:
            return None

        def keep(code: Any, blocks: int) -> None:
            try:
                bucket = self._bucket(name, source, per_copy, load=False)
                bucket.code = code
                self.cache.set_bucket(bucket)
            except OSError:
                return
            self.made[f"{name}:{int(per_copy)}"] = {
                "source": _source_key(source),
                "blocks": blocks,
                "variables": sorted(variables),
            }

        return keep

    def keep(self, per_copy: set[str]) -> None:
        """Write what the template's parts use, once every part compiled here is kept (with
        what was kept before of the parts taken from the cache)."""
        if self.cache is None or not self.made:
            return
        parts = {**(self.meta["parts"] if self.meta is not None else {}), **self.made}
        meta = {"key": self.key, "per_copy": sorted(per_copy), "parts": parts}
        from ..config import write_private

        write_private(self._meta_path(), json.dumps(meta).encode("utf-8"))


def _source_key(source: str) -> str:
    """What a part's metadata is kept for: the source it is compiled from."""
    return hashlib.sha256(source.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def _well_formed(meta: Any, key: str) -> bool:
    """Is ``meta`` what :meth:`_Stored.keep` writes for ``key`` (not a damaged or foreign file)?"""
    if not isinstance(meta, dict) or meta.get("key") != key:
        return False
    parts = meta.get("parts")
    if not isinstance(meta.get("per_copy"), list) or not isinstance(parts, dict):
        return False
    return all(isinstance(n, str) for n in meta["per_copy"]) and all(
        _part_well_formed(p) for p in parts.values()
    )


def _part_well_formed(part: Any) -> bool:
    """Is ``part`` one part's metadata as :meth:`_Stored.keeper` keeps it?"""
    if not isinstance(part, dict) or not isinstance(part.get("source"), str):
        return False
    blocks, variables = part.get("blocks"), part.get("variables")
    return (
        isinstance(blocks, int)
        and not isinstance(blocks, bool)
        and 0 <= blocks < 10_000
        and isinstance(variables, list)
        and all(isinstance(n, str) for n in variables)
    )


class _PrivateBytecodeCache(FileSystemBytecodeCache):
    """Jinja's cache loading only the user's own files, never group- or other-writable ones,
    and writing each under kesu's temporary name (:func:`.leftovers.stage_file`: the writer's
    process id in it), so that what a process killed while writing leaves is removed by the
    next one (:func:`_bytecode_cache`); Jinja's own temporary name (``…cache<random>.tmp``)
    says nothing of its writer, and stayed for good."""

    def load_bytecode(self, bucket: Any) -> None:
        from ..config import read_private

        data = read_private(self._get_cache_filename(bucket))
        if data is not None:
            bucket.bytecode_from_string(data)

    def dump_bytecode(self, bucket: Any) -> None:
        import io

        from ..config import write_private

        code = io.BytesIO()
        bucket.write_bytecode(code)
        write_private(self._get_cache_filename(bucket), code.getvalue())


_CLEANED: set[str] = set()  # the cache folders whose dead writers' files this process removed

STALE_S = 3600
"""Age past which a temporary file of Jinja's own naming in the cache folder (written by a kesu
before the twenty-seventh round, killed while writing it) is removed: no writer takes an hour."""


def _clean_cache(folder: Path) -> None:
    """Once a process: remove from the cache folder what killed writers left (kesu's temporary
    names of dead processes; Jinja's own ``*.tmp`` names an hour old)."""
    import time

    from ..leftovers import clean

    if str(folder) in _CLEANED:
        return
    _CLEANED.add(str(folder))
    clean(folder)
    old = time.time() - STALE_S
    with contextlib.suppress(OSError):
        for path in folder.glob("__jinja2_*.tmp"):
            with contextlib.suppress(OSError):
                if path.lstat().st_mtime < old:
                    path.unlink()


def _bytecode_cache() -> Any:
    """Jinja's bytecode cache in kesu's cache folder (made private when missing), or None when
    it cannot be made or is not private (:func:`.config.private_cache_dir`, checked at each
    template's load): Jinja checks only the folder it picks itself, never one it is given."""
    from ..config import private_cache_dir

    folder = private_cache_dir("templates")
    if folder is None:
        return None
    _clean_cache(folder)
    return _PrivateBytecodeCache(str(folder))


class DocxTemplate:
    """One compiled DOCX template."""

    def __init__(self, path: Path) -> None:
        self.path = path
        # what the template's parts were checked and cleaned to (taken from the cache when any
        # process — a --jobs command's check, a worker, the last run — did it: no XML parsed,
        # no tag cleaned again)
        looked = looked_at(path)
        self.members = looked.members
        # dropped: the local attached templates (``Normal.dotm``) the copies are made without
        self.dropped = looked.dropped
        self.variables: set[str] = set()
        self._parts: dict[str, _Part] = {}
        sources = dict(looked.sources)
        # what was compiled of these very parts before (by any process: a --jobs worker, the
        # last run) is taken from the cache: parsed, analysed and compiled once, not each run
        stored = _Stored.of(sources)
        parsed: dict[str, tuple[Any, set[str]]] = {}  # the headers' and footers', parsed once
        if stored.meta is not None:
            per_copy = set(stored.meta["per_copy"])
        else:
            per_copy = set()
            for name, source in sources.items():
                if name != "word/document.xml":
                    parsed[name] = self._parse(name, source)
                    if "copy" in parsed[name][1]:
                        per_copy.add(name)
        self.copy_parts = CopyParts.find({m.name: m for m in self.members}, per_copy)
        self._per_copy = self.copy_parts.parts if self.copy_parts is not None else set()
        self._last: dict[str, tuple[bytes, Member]] = {}  # each output part's last bytes, deflated
        if self.copy_parts is not None and "word/document.xml" in sources:
            sources["word/document.xml"] = self.copy_parts.document_source(sources["word/document.xml"])
        self.sources = sources  # each part's Jinja source as compiled (before :mod:`.invariant`)
        for name, source in sources.items():
            part = stored.part(name, source, name in self._per_copy)
            if part is None:
                tree, variables = parsed[name] if name in parsed else self._parse(name, source)
                copied = name in self._per_copy
                part = compile_part(
                    tree, per_copy=copied, stored=stored.keeper(name, source, copied, variables)
                )
                part.read_only(variables)
            self._parts[name] = part
        self.variables = stored.variables
        stored.keep(per_copy)
        self.compiled = {name: part.template for name, part in self._parts.items()}
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
                out += self._render_copies(member, context, copies)
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

    def _render_member(
        self, member: Member, context: dict[str, Any], name: str | None = None, done: dict | None = None
    ) -> Member:
        part = self._parts.get(member.name)
        if part is None:
            return member
        name = name or member.name
        try:
            data = part.render(context, done)
        except JinjaError as exc:  # UndefinedError, SecurityError: name the template and the part
            raise TemplateError(f"{self.path.name}: {member.name}: {exc}") from exc
        return self._finished(member, context, name, data)

    def _render_copies(self, member: Member, context: dict[str, Any], copies: list[Any]) -> list[Member]:
        """A part rendered once a copy (a header printing ``copy``), each copy's under its name."""
        part = self._parts[member.name]
        try:
            rendered = part.render_copies(context, copies)
        except JinjaError as exc:
            raise TemplateError(f"{self.path.name}: {member.name}: {exc}") from exc
        return [self._finished(member, context, part_name(member.name, i), d) for i, d in enumerate(rendered)]

    def _finished(self, member: Member, context: dict[str, Any], name: str, data: bytes) -> Member:
        """A rendered part's member: a void document's header watermarked, deflated."""
        if context.get("status") == "void" and HEADER_PART.match(member.name):
            # whatever the template prints, a void document carries the watermark on every page
            data = add_watermark(data.decode("utf-8"), name).encode("utf-8")
        return self._deflated(name, data)

    def _deflated(self, name: str, data: bytes) -> Member:
        """The part deflated; the same bytes as the last document's (a footer printing only the
        form's code) give the same member without deflating them again."""
        last = self._last.get(name)
        if last is not None and last[0] == data:
            return last[1]
        member = Member.deflated(name, data)
        self._last[name] = (data, member)
        return member


_CACHE = _MEMO  # (one memo of the templates looked at and loaded: :data:`.template_file._MEMO`)
_LOCK = threading.Lock()


def load(path: str | os.PathLike[str]) -> DocxTemplate:
    """The compiled template at ``path``: compiled on first use, again only if the file changes."""
    key = os.fspath(path)
    stamp = _stamp(key)
    hit = _MEMO.get(key)
    if hit is not None and hit[0] == stamp and hit[2] is not None:
        return hit[2]
    with _LOCK:
        hit = _MEMO.get(key)
        if hit is None or hit[0] != stamp or hit[2] is None:
            template = DocxTemplate(Path(key))
            hit = _MEMO[key] = (stamp, template.dropped, template)
    return hit[2]
