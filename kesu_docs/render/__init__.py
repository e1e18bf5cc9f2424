"""Records → numbered, multi-copy DOCX documents (and PDF through LibreOffice).

>>> from kesu_docs.render import Renderer, to_pdf
>>> r = Renderer()                                   # templates/ by default, compiled once
>>> r.render_to("out/complaint-202609001.docx", sheet, number="202609001")   # doctest: +SKIP
>>> to_pdf(["out/complaint-202609001.docx"], "out")                           # doctest: +SKIP

Layers, bottom up: :mod:`.package` (the zip), :mod:`.tags` (Jinja2 tags in Word XML),
:mod:`.template` (compiled templates), :mod:`.display` and :mod:`.context` (what a template
sees), :mod:`.renderer` (the API), :mod:`.pdf` (LibreOffice).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import lazy_attributes

if TYPE_CHECKING:
    from .context import STATUSES
    from .outputs import default_template_dir
    from .pdf import PdfError, soffice, to_pdf
    from .renderer import Renderer
    from .template import TemplateError

# each name's module, imported on first use: the command of ``kesu render --jobs N`` numbers
# and logs while its workers render, and names output files (.outputs) and catches PdfError
# without loading the renderer and Jinja2 (≈ 0.05 s of its CPU; see workers._warm)
_LAZY = {
    "STATUSES": "context",
    "PdfError": "pdf",
    "soffice": "pdf",
    "to_pdf": "pdf",
    "Renderer": "renderer",
    "default_template_dir": "outputs",
    "TemplateError": "template",
}


__getattr__, __dir__ = lazy_attributes(__name__, _LAZY)

__all__ = ["STATUSES", "PdfError", "Renderer", "TemplateError", "default_template_dir", "soffice", "to_pdf"]
