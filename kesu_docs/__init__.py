"""kesu-docs: the controlled documents of customer-complaint (客诉) handling.

The front door: everything a Python user needs, without importing from a submodule.

>>> import kesu_docs as kesu
>>> kesu.kinds()[:4]  # the procedure's forms, then the notices that reports issue
['complaint', '8d', 'return', 'allowance']
>>> [p.code for p in kesu.validate({"kind": "complaint", "customer": "A"})][:1]
['required']

``read`` files into results, ``validate`` a record, ``open_register``, ``issue`` a number,
``file_batch`` (parse → number → render, as ``kesu render``), ``render_document``,
``kinds`` and ``form`` describe the forms; every deliberate error is a ``KesuError``.
Forms (``kesu_docs.forms``) describe each controlled document; ``kesu_docs.parse`` reads
filled Excel, PDF and JSON forms; the register numbers them; the renderer prints every copy
with its routing stamp; reports summarise the register.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # what the lazy names below are, for type checkers and editors
    from .api import file_batch, form, issue, kinds, open_register, read, render_document, validate
    from .filing import Filed
    from .parse import ParseResult
    from .problems import KesuError, Problem
    from .register import Register

__version__ = "0.1.0"

# name → module it comes from; imported on first use, so that `import kesu_docs` (and
# `kesu --help`) stays light
_EXPORTS = {
    "read": "api",
    "validate": "api",
    "open_register": "api",
    "issue": "api",
    "file_batch": "api",
    "render_document": "api",
    "kinds": "api",
    "form": "api",
    "KesuError": "problems",
    "Problem": "problems",
    "ParseResult": "parse",
    "Register": "register",
    "Filed": "filing",
}

__all__ = [
    "Filed",
    "KesuError",
    "ParseResult",
    "Problem",
    "Register",
    "__version__",
    "file_batch",
    "form",
    "issue",
    "kinds",
    "open_register",
    "read",
    "render_document",
    "validate",
]


def lazy_attributes(
    package: str, modules: dict[str, str]
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """A package's module ``__getattr__`` and ``__dir__`` (PEP 562): each name of ``modules`` taken
    from its submodule (``{"Renderer": "renderer"}``), that submodule imported when the name is
    first asked for — a command that never names it never pays its import. The value found is
    kept in the package, so a second use is a plain attribute (no ``__getattr__``, no import
    asked again); ``dir()`` and an editor's completion show the names not imported yet.

        __getattr__, __dir__ = lazy_attributes(__name__, {"Renderer": "renderer"})
    """

    def attribute(name: str) -> Any:
        module = modules.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f".{module}", package), name)
        setattr(sys.modules[package], name, value)
        return value

    def names() -> list[str]:
        return sorted({*vars(sys.modules[package]), *modules})

    return attribute, names


__getattr__, __dir__ = lazy_attributes(__name__, _EXPORTS)
