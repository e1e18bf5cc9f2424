"""Records → numbered DOCX documents holding every copy (联) of the form."""

from __future__ import annotations

import datetime as dt
import os
import sys
import threading
from pathlib import Path
from typing import Any

from ..config import Settings
from ..config import settings as current_settings
from ..forms import Form, FormSpec
from .context import form_context
from .template import DocxTemplate, TemplateError, load

TEMPLATE_DIR = Path(__file__).resolve().parents[2] / "templates"  # a source checkout
INSTALLED_TEMPLATE_DIR = Path(sys.prefix) / "share" / "kesu-docs" / "templates"  # pip install .


def default_template_dir() -> Path:
    """``$KESU_TEMPLATES``, else the ``templates/`` folder that ships with kesu-docs."""
    if os.environ.get("KESU_TEMPLATES"):
        return Path(os.environ["KESU_TEMPLATES"])
    return TEMPLATE_DIR if TEMPLATE_DIR.is_dir() else INSTALLED_TEMPLATE_DIR


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

    def template_path(self, spec: FormSpec) -> Path:
        return self.template_dir / (spec.template or f"{spec.kind}.docx")

    def template(self, spec: FormSpec) -> DocxTemplate:
        """The compiled template of a form; a clear error when the form has none yet."""
        path = self.template_path(spec)
        try:
            return load(path)  # one stat: compiled once, again only when the file changes
        except TemplateError:
            if path.is_file():
                raise
            raise TemplateError(
                f"no template for {spec.kind} ({path}): build one with "
                f"`python templates/src/build_templates.py {spec.kind}`"
            ) from None

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


def write_file(path: str | os.PathLike, data: bytes) -> Path:
    """Write ``data`` under a temporary name in the same folder, then rename it to ``path``."""
    target = Path(path)
    temp = stage_file(target, data)
    try:
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return target


def stage_file(target: Path, data: bytes) -> Path:
    """``data`` written whole under a temporary name beside ``target``: the file a rename makes
    ``target`` (a rename needs no disk space). A full disk fails here, and leaves nothing."""
    # unique per process and thread, so parallel jobs never share a temporary file
    temp = target.with_name(f".{target.name}.{os.getpid()}.{threading.get_ident()}.part")
    try:
        try:
            fd = os.open(temp, _CREATE, 0o666)  # as open(…, "wb") creates it, without a buffer's
        except FileNotFoundError:  # the folder is made when missing, not checked for each file
            target.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(temp, _CREATE, 0o666)
        try:
            view, written = memoryview(data), 0
            while written < len(view):  # a regular file takes it all at once, unless the disk is full
                written += os.write(fd, view[written:])
        finally:
            os.close(fd)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return temp


# a plain file descriptor: io.open's stat (for a buffer size) and terminal test (ioctl) are
# two system calls a document that a write of the whole file at once never needs
_CREATE = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
