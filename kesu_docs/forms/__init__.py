"""The controlled forms: one module per form kind, each with a model and a ``SPEC``.

Adding a form kind means adding one module here (and its template): it is found by name.

>>> from kesu_docs import forms
>>> forms.get("complaint").form_code
'QR-047-01-A2'
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import lru_cache

from .base import (
    FIGURE_KINDS,
    Alias,
    CopySpec,
    FieldMeta,
    Finding,
    Form,
    FormSpec,
    Group,
    Row,
    RuleContext,
    describe,
    error,
    field,
    reference,
    required,
    warning,
)

__all__ = [
    "FIGURE_KINDS",
    "Alias",
    "CopySpec",
    "FieldMeta",
    "Finding",
    "Form",
    "FormSpec",
    "Group",
    "Row",
    "RuleContext",
    "UnknownKind",
    "all_specs",
    "describe",
    "error",
    "field",
    "get",
    "kinds",
    "reference",
    "required",
    "warning",
]

_ORDER = ("complaint", "8d", "return", "allowance", "reminder", "followup", "penalty")


class UnknownKind(KeyError):
    pass


@lru_cache(maxsize=1)
def _registry() -> dict[str, FormSpec]:
    found: dict[str, FormSpec] = {}
    for info in pkgutil.iter_modules(__path__):
        if info.name.startswith("_") or info.name == "base":
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        spec = getattr(module, "SPEC", None)
        if isinstance(spec, FormSpec):
            found[spec.kind] = spec
    ordered = sorted(found, key=lambda k: (_ORDER.index(k) if k in _ORDER else len(_ORDER), k))
    return {k: found[k] for k in ordered}


def all_specs() -> list[FormSpec]:
    return list(_registry().values())


def kinds() -> list[str]:
    return list(_registry())


def get(kind: str) -> FormSpec:
    found = _named(kind) if _registry.cache_info().currsize == 0 else None
    if found is not None:
        return found
    try:
        return _registry()[kind]
    except KeyError:
        raise UnknownKind(kind) from None


def _named(kind: str) -> FormSpec | None:
    """The form of a module named as its kind (``complaint``), imported alone: a command that
    needs one form (an export, a report) builds no other form's model (a few ms each)."""
    if not kind.isidentifier() or kind.startswith("_") or kind == "base":
        return None
    name = f"{__name__}.{kind}"
    try:
        module = importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name != name:
            raise
        return None
    spec = getattr(module, "SPEC", None)
    return spec if isinstance(spec, FormSpec) and spec.kind == kind else None
