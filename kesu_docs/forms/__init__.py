"""The controlled forms: one module per form kind, each with a model and a ``SPEC``.

Adding a form kind means adding one module here (and its template): it is found by name.

>>> from kesu_docs import forms
>>> forms.get("complaint").form_code
'QR-047-01-A2'
"""

from __future__ import annotations

import importlib
import os
import pkgutil
from functools import lru_cache
from typing import NamedTuple

from .base import (
    ANY_CURRENCY_SIGN,
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
    "ANY_CURRENCY_SIGN",
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
    "Titles",
    "UnknownKind",
    "all_specs",
    "describe",
    "error",
    "field",
    "get",
    "kinds",
    "reference",
    "required",
    "titles",
    "warning",
    "write_titles_index",
]

_ORDER = ("complaint", "8d", "return", "allowance", "reminder", "followup", "penalty")


class UnknownKind(KeyError):
    """A form kind kesu does not know (``args[0]``: the kind asked for, as given — None, a list,
    a dict through the Python API); its text names it and lists the kinds, in the clerk's
    language (``$KESU_LANG``), never ``None`` alone."""

    def message(self, lang: str | None = None) -> str:
        """The message in ``lang`` (``zh`` or ``en``; None: $KESU_LANG, else ``zh``)."""
        from ..problems import KesuError
        from ..values import printable

        asked = self.args[0] if self.args else None
        shown = printable(asked if isinstance(asked, str) else repr(asked), 60)
        return KesuError("form_kind_unknown", kind=shown, kinds=", ".join(kinds())).message(lang)

    def __str__(self) -> str:
        return self.message()


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


_ALONE: dict[str, FormSpec] = {}  # the forms get() found by their module alone, by kind


def get(kind: str) -> FormSpec:
    if not isinstance(kind, str):  # (None, a list, a dict through the API: none of the kinds)
        raise UnknownKind(kind)
    found = _ALONE.get(kind)  # (asked twice a form read: an import's look-up is 3x a dict's)
    if found is not None:
        return found
    found = _named(kind) if _registry.cache_info().currsize == 0 else None
    if found is not None:
        _ALONE[kind] = found
        return found
    try:
        return _registry()[kind]
    except KeyError:
        raise UnknownKind(kind) from None


def _named(kind: str) -> FormSpec | None:
    """The form of a module named as its kind (``complaint``; ``return_note`` for ``return``, as
    the titles' index says), imported alone: a command that needs one form (an export, a report,
    a batch of complaint sheets) builds no other form's model (a few ms each)."""
    index = _index()
    stem = next((t.module for t in index if t.kind == kind), kind) if index is not None else kind
    if not stem.isidentifier() or stem.startswith("_") or stem == "base":
        return None
    name = f"{__name__}.{stem}"
    try:
        module = importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name != name:
            raise
        return None
    spec = getattr(module, "SPEC", None)
    return spec if isinstance(spec, FormSpec) and spec.kind == kind else None


class Titles(NamedTuple):
    """What the look-up of a form by its title needs of the form (its kind, form code and
    titles, :attr:`FormSpec.titles`) — given by the titles' index without importing the form's
    module, which builds its model (issue 15). Equal and hashed by what it holds."""

    kind: str
    module: str
    code: str
    titles: tuple[str, ...]


def titles() -> tuple[Titles, ...]:
    """Every form's kind, code and titles, in :func:`all_specs`' order: from the index written
    beside the forms' modules (``_titles.py``) while their sources are the ones it was written
    from, else (a module added or changed since, no sources to compare) from the modules."""
    if _registry.cache_info().currsize == 0:
        index = _index()
        if index is not None:
            return index
    return _titles_of_modules()


@lru_cache(maxsize=1)
def _titles_of_modules() -> tuple[Titles, ...]:
    """The titles of the forms' modules, made once they are all imported (a module's form, once
    made, is the one form of its kind for the run: not made again for each file read)."""
    return tuple(Titles(spec.kind, _module_of(spec), spec.code, tuple(spec.titles)) for spec in all_specs())


def _module_of(spec: FormSpec) -> str:
    import sys

    for name, module in list(sys.modules.items()):
        if name.startswith(f"{__name__}.") and getattr(module, "SPEC", None) is spec:
            return name.rsplit(".", 1)[1]
    raise LookupError(spec.kind)


@lru_cache(maxsize=1)
def _index() -> tuple[Titles, ...] | None:
    """The titles' index when it is current: the sources it was written from (every module of
    this package, ``base`` and this one included) are the ones here, byte for byte."""
    from ..generated import is_current

    try:
        from . import _titles
    except ImportError:
        return None
    if not is_current(_titles.SOURCES, _sources_digest()):
        return None
    return tuple(Titles(*entry) for entry in _titles.TITLES)


def _sources_digest() -> str | None:
    """The package's modules' names, sizes and CRC-32s (the index's own left out,
    :func:`~kesu_docs.generated.source_digest`): a module added, removed or edited since the
    index was written changes it; None when they cannot all be read (an installation without
    sources, a package of a form)."""
    from ..generated import source_digest

    folder = __path__[0]
    names = ["__init__", "base"] + sorted(
        info.name
        for info in pkgutil.iter_modules(__path__)
        if not info.name.startswith("_") and info.name != "base"
    )
    parts = [source_digest(name, os.path.join(folder, f"{name}.py")) for name in names]
    return None if None in parts else " ".join(part for part in parts if part is not None)


def write_titles_index() -> str:
    """Write ``_titles.py`` (the titles' index) from the forms' modules; → the file's path. Run
    after changing a form's titles or code (tests/test_form_titles.py says when):
    ``python -c "from kesu_docs.forms import write_titles_index; write_titles_index()"``."""
    from ..generated import write_module

    path = write_module(os.path.join(__path__[0], "_titles.py"), titles_index_text())
    _index.cache_clear()
    return path


def titles_index_text() -> str:
    """The text of ``_titles.py`` for the forms' modules as they are."""
    import json

    from ..generated import module_text

    doc = [
        '"""The forms\' kinds, modules, codes and titles, for the look-up of a form by its title',
        "without importing every form's module (issue 15). Written by",
        "``kesu_docs.forms.write_titles_index()``: do not edit; used only while SOURCES is the",
        'digest of the forms\' modules as they are (else the modules are imported)."""',
    ]
    lines = ["TITLES = ("]

    def quoted(text: str) -> str:
        return json.dumps(text, ensure_ascii=False)

    for entry in _titles_of_modules():
        lines += [
            "    (",
            *(f"        {quoted(v)}," for v in (entry.kind, entry.module, entry.code)),
            "        (",
        ]
        lines += [f"            {quoted(title)}," for title in entry.titles]
        lines += ["        ),", "    ),"]
    lines.append(")")
    return module_text(doc, "SOURCES", _sources_digest(), lines)
