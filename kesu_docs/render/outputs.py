"""Where a document may be written: inside the output folder, never over a template.

A file name is made of a form's kind and its number; a number comes from a form (checked on its
field, see forms/base.py ``check_number``) or from the register. Whatever made it, the path is
resolved (``..``, symbolic links) and must lie inside the output folder, or nothing is written.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..problems import Problem


class UnsafeOutput(ValueError):
    """The output path would leave the output folder or overwrite a template."""

    code = "unsafe_output"

    def __init__(self, path: str, folder: str) -> None:
        super().__init__(f"{path} is not inside {folder}")
        self.params = {"path": path, "folder": folder}

    def problem(self) -> Problem:
        return Problem(self.code, "number", params=self.params)

    def message(self, lang: str = "zh") -> str:
        return self.problem().message(lang)  # type: ignore[arg-type]


@dataclass(frozen=True)
class Templates:
    """The template files of every form (resolved), and their names as this system compares
    names (``os.path.normcase``: a document may not be named as a template on Windows in
    another case either): worked out once for a batch, then a name is a set look-up."""

    files: frozenset[Path]
    names: frozenset[str]

    @classmethod
    def of(cls, files: frozenset[Path]) -> Templates:
        return cls(files, frozenset(os.path.normcase(f.name) for f in files))

    def __contains__(self, path: object) -> bool:
        return path in self.files


def templates_of(template_dir: str | os.PathLike | None) -> Templates:
    """The template files of every form in ``template_dir`` (default: the templates in force), resolved."""
    from .renderer import default_template_dir

    folder = os.fspath(template_dir) if template_dir else str(default_template_dir())
    return _templates_in(folder, os.getcwd())


@lru_cache(maxsize=16)
def _templates_in(folder: str, cwd: str) -> Templates:  # once per batch, not once per document
    from .. import forms

    try:
        resolved = Path(folder).resolve()
    except OSError:
        return Templates.of(frozenset())
    return Templates.of(
        frozenset(resolved / (spec.template or f"{spec.kind}.docx") for spec in forms.all_specs())
    )


def output_path(
    folder: str | os.PathLike,
    name: str,
    template_dir: str | os.PathLike | None = None,
    *,
    root: Path | None = None,
    templates: Templates | None = None,
) -> Path:
    """``folder / name`` when it stays inside ``folder`` and is no template; else :class:`UnsafeOutput`.

    ``root`` is ``folder`` resolved and ``templates`` :func:`templates_of` ``template_dir``,
    when the caller worked them out for a batch of names."""
    base = Path(folder)
    if "\x00" in name or not name or name in (".", ".."):
        raise UnsafeOutput(repr(name), str(base))
    root = base.resolve() if root is None else root
    if templates is None:
        templates = templates_of(template_dir)
    if (
        not _SEPARATORS.intersection(name)
        and name[-1] not in " ."  # (Windows drops those: the name would be another's)
        and not os.path.islink(os.path.join(root, name))
        and os.path.normcase(name) not in templates.names
    ):  # a plain name, no link planted under it, no template's: inside the folder (one lstat)
        return base / name
    target = root / name
    if _SEPARATORS.intersection(name) or target.is_symlink():  # only then can it lead elsewhere
        target = target.resolve()
    if target == root or not target.is_relative_to(root) or target in templates:
        raise UnsafeOutput(str(base / name), str(base))
    return base / target.relative_to(root)


_SEPARATORS = {"/", os.sep, *([os.altsep] if os.altsep else [])}
