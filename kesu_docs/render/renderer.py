"""Records → numbered DOCX documents holding every copy (联) of the form."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from collections.abc import Iterator
from contextvars import ContextVar
from pathlib import Path
from typing import Any

from ..config import Settings
from ..config import settings as current_settings
from ..forms import Form, FormSpec
from ..leftovers import write_file
from .context import form_context
from .outputs import default_template_dir
from .template import DocxTemplate, load
from .template_file import looked_up, path_of

_HELD: ContextVar[dict[str, DocxTemplate] | None] = ContextVar("kesu_held_templates", default=None)


class Renderer:
    """Renders records into DOCX files, one file per record with all its copies.

    >>> from kesu_docs.render import Renderer
    >>> data = Renderer().render(sheet, number="202609001")            # doctest: +SKIP
    >>> Renderer().render_to("out/complaint-202609001.docx", sheet, number="202609001")  # doctest: +SKIP

    Templates are compiled once per process and shared by every Renderer.
    """

    def __init__(
        self, template_dir: str | os.PathLike | None = None, settings: Settings | None = None
    ) -> None:
        self.template_dir = Path(template_dir) if template_dir is not None else default_template_dir()
        self.settings = settings
        # each form's template path as text, joined once (for this template_dir), not per document
        self._paths: tuple[Path, dict[tuple[str, str | None], str]] = (self.template_dir, {})

    def template_path(self, spec: FormSpec) -> Path:
        return path_of(self.template_dir, spec)

    def template(self, spec: FormSpec) -> DocxTemplate:
        """The compiled template of a form; a clear error when the form has none yet."""
        folder, paths = self._paths
        if folder is not self.template_dir:  # the folder was changed on this renderer
            self._paths = folder, paths = self.template_dir, {}
        key = (spec.kind, spec.template)
        text = paths.get(key)
        if text is None:
            text = paths[key] = os.fspath(self.template_path(spec))
        held = _HELD.get()
        if held is not None:
            hit = held.get(text)
            if hit is None:
                hit = held[text] = self._load(text, spec)
            return hit
        return self._load(text, spec)

    @staticmethod
    @contextlib.contextmanager
    def held_templates() -> Iterator[None]:
        """In the block (in this thread), each template is looked at once, when first used, and
        the same compiled template renders every document of its form: a batch's chunk is made
        with one template, and no document pays the look at its file (a ``stat``, ≈ 1 % of
        ``kesu render``). A template changed meanwhile is compiled when the next block uses it."""
        if _HELD.get() is not None:  # (already held by the caller)
            yield
            return
        token = _HELD.set({})
        try:
            yield
        finally:
            _HELD.reset(token)

    @staticmethod
    def _load(text: str, spec: FormSpec) -> DocxTemplate:
        return looked_up(text, spec, load)  # one stat: compiled once, again only when the file changes

    def context(
        self,
        record: Form,
        *,
        number: str | None = None,
        status: str = "issued",
        issued_date: dt.date | None = None,
        void_reason: str | None = None,
        settings: Settings | None = None,
        revision: int = 1,
        reprint_no: int = 0,
    ) -> dict[str, Any]:
        """The variables the template of ``record``'s form sees (see :mod:`.context`)."""
        return self._context(
            self.template(record.spec),
            record,
            number,
            status,
            issued_date,
            void_reason,
            settings,
            revision,
            reprint_no,
        )

    def _context(
        self,
        template: DocxTemplate,
        record: Form,
        number: str | None,
        status: str,
        issued_date: dt.date | None,
        void_reason: str | None,
        settings: Settings | None,
        revision: int = 1,
        reprint_no: int = 0,
    ) -> dict[str, Any]:
        shared = form_context(record.spec, settings or self.settings or current_settings())
        return shared.document(
            record,
            number,
            status,
            issued_date,
            void_reason,
            with_sections="sections" in template.variables,
            revision=revision,
            reprint_no=reprint_no,
        )

    def render(
        self,
        record: Form,
        *,
        number: str | None = None,
        status: str = "issued",
        issued_date: dt.date | None = None,
        void_reason: str | None = None,
        settings: Settings | None = None,
        revision: int = 1,
        reprint_no: int = 0,
    ) -> bytes:
        """One DOCX holding every copy of ``record.spec.copies``, as bytes.

        ``status`` is ``issued``, ``void`` (prints 作废 / VOID and ``void_reason``, and a
        diagonal 作废 VOID watermark across every page) or ``reprint`` (prints 补印 and the
        original ``issued_date``); ``reprint_no`` numbers a re-print (a void one keeps status
        ``void``); ``revision`` > 1 prints the revision and the one it supersedes. The same
        arguments always give the same bytes.
        """
        template = self.template(record.spec)
        return template.render(
            self._context(
                template, record, number, status, issued_date, void_reason, settings, revision, reprint_no
            )
        )

    def render_to(self, path: str | os.PathLike, record: Form, **kwargs: Any) -> Path:
        """Render into ``path``: written under a temporary name in the same folder, then renamed,
        so a reader never sees half a file."""
        return write_file(path, self.render(record, **kwargs))
