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

from .context import STATUSES
from .pdf import PdfError, soffice, to_pdf
from .renderer import Renderer, default_template_dir
from .template import TemplateError

__all__ = ["STATUSES", "PdfError", "Renderer", "TemplateError", "default_template_dir", "soffice", "to_pdf"]
