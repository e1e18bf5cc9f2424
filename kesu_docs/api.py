"""The calls a Python user needs for the whole job, re-exported by ``kesu_docs`` (the front door).

Read files into results, validate a record, open a register, number a record, file a batch
(parse → number → render), render one document, list the form kinds.
(``render_document``, not ``render``: ``kesu_docs.render`` is the renderer's package.) Each is a thin call into
the package's own layers; nothing here has rules of its own.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .filing import Filed
    from .forms import FormSpec
    from .forms.base import Form, References
    from .parse import ParseResult
    from .problems import Problem
    from .register import Register


def read(
    paths: Iterable[str | os.PathLike] | str | os.PathLike,
    *,
    kind: str | None = None,
    register: References | None = None,
) -> list[ParseResult]:
    """Read and check every form under ``paths`` (files or folders: .xlsx .xls .pdf .json; one
    path given alone is read as that one).

    One result per document: ``.record`` (the validated record), ``.valid``, ``.errors``,
    ``.warnings`` (each located in its source). Rules that look at other documents see the
    batch and, when given, ``register``.
    """
    from .parse import parse_paths

    return parse_paths(_paths(paths), kind=kind, register=register)


def _paths(paths: Iterable[str | os.PathLike] | str | os.PathLike) -> list[Path]:
    """``paths`` as paths: one path given alone (``read("客诉.xlsx")``) is that path, never
    its letters read as files one by one (``f``, ``o``, …, each "not found")."""
    if isinstance(paths, str | os.PathLike):
        return [Path(paths)]
    if isinstance(paths, bytes):
        raise TypeError("give the paths as text or Path objects, not bytes")
    return [Path(p) for p in paths]


def validate(record: Any, kind: str | None = None, *, register: References | None = None) -> list[Problem]:
    """The problems of a record built in Python (a form model, or a dict with its ``kind``)."""
    from .validation import validate_record

    return validate_record(record, kind, register=register)


def open_register(url: str | os.PathLike = "kesu.db", *, create: bool = True) -> Register:
    """The register (an SQLite file, or a ``postgresql://`` URL); use it in a ``with`` block."""
    from .register import Register

    return Register.open(str(url), create=create)


def issue(register: Register, record: Form, *, source: str = "") -> Form:
    """Number ``record`` in ``register`` (or file the number it carries): the record, numbered.

    A rerun with the same record gives the same number.
    """
    document = register.issue(record, source=source)
    return record.model_copy(update={"number": document.number})


def file_batch(
    paths: Iterable[str | os.PathLike] | str | os.PathLike,
    outdir: str | os.PathLike,
    *,
    register: Register,
    **options: Any,
) -> list[Filed]:
    """What ``kesu render`` does: parse, check, number the valid documents, render their copies.

    ``options``: ``kind``, ``pdf``, ``jobs``, ``template_dir``, ``progress``. One
    :class:`~kesu_docs.filing.Filed` per input document, with its outcome and output file.
    """
    from .filing import render_paths

    return render_paths(_paths(paths), Path(outdir), register=register, **options)


@lru_cache(maxsize=1)
def _renderer() -> Any:
    from .render import Renderer

    return Renderer()


def render_document(record: Form, path: str | os.PathLike | None = None, **options: Any) -> bytes | Path:
    """One DOCX with every copy of ``record``: its bytes, or written to ``path`` (returned).

    ``options``: ``number`` (default: the record's own), ``status`` (issued, void, reprint),
    ``issued_date``, ``void_reason``.
    """
    options.setdefault("number", getattr(record, "number", None))
    if path is None:
        return bytes(_renderer().render(record, **options))
    from .problems import refuse_folder, refuse_nul

    refuse_nul(path)
    refuse_folder(path)  # (before: staged beside it — in / for /tmp — then IsADirectoryError)
    return Path(_renderer().render_to(path, record, **options))


def kinds() -> list[str]:
    """The form kinds this installation knows (one per module in ``kesu_docs.forms``)."""
    from . import forms

    return forms.kinds()


def form(kind: str) -> FormSpec:
    """The description of one form kind: title, code, copies, fields."""
    from . import forms

    return forms.get(kind)
