"""Where a document may be written: inside the output folder, never over a template.

A file name is made of a form's kind and its number; a number comes from a form (checked on its
field, see forms/base.py ``check_number``) or from the register. Whatever made it, the path is
resolved (``..``, symbolic links) and must lie inside the output folder, or nothing is written.
"""

from __future__ import annotations

import os
import sys
from functools import cached_property, lru_cache
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


class Templates:
    """The template files of every form (resolved), and their names as this system compares
    names (``os.path.normcase``: a document may not be named as a template on Windows in
    another case either): worked out once for a batch, then a name is a set look-up.

    Every template lies in its folder (a form's ``template`` is a file name, checked where the
    form is defined), so an output folder other than that one holds no template under a plain
    name: the forms are then not all loaded to learn their templates' names (each form's
    model is built when its module is imported: a batch of complaints imports no other form)."""

    def __init__(self, folder: Path | None, files: frozenset[Path] | None = None) -> None:
        self.folder = folder  # resolved; None: no template anywhere (a folder that cannot be resolved)
        self._files = files

    @classmethod
    def of(cls, files: frozenset[Path]) -> Templates:
        return cls(None, files)

    @property
    def files(self) -> frozenset[Path]:
        if self._files is None:
            from .. import forms

            assert self.folder is not None
            self._files = frozenset(
                self.folder / (spec.template or f"{spec.kind}.docx") for spec in forms.all_specs()
            )
        return self._files

    @cached_property
    def names(self) -> frozenset[str]:
        return frozenset(os.path.normcase(f.name) for f in self.files)

    def may_hold(self, root: Path) -> bool:
        """Might a plain name in the (resolved) folder ``root`` be a template's file?"""
        return root == self.folder if self._files is None else bool(self.files)

    def __contains__(self, path: object) -> bool:
        return path in self.files


TEMPLATE_DIR = Path(__file__).resolve().parents[2] / "templates"  # a source checkout
INSTALLED_TEMPLATE_DIR = Path(sys.prefix) / "share" / "kesu-docs" / "templates"  # pip install .


def default_template_dir() -> Path:
    """``$KESU_TEMPLATES``, else the ``templates/`` folder that ships with kesu-docs."""
    if os.environ.get("KESU_TEMPLATES"):
        return Path(os.environ["KESU_TEMPLATES"])
    return TEMPLATE_DIR if TEMPLATE_DIR.is_dir() else INSTALLED_TEMPLATE_DIR


def templates_of(template_dir: str | os.PathLike | None) -> Templates:
    """The template files of every form in ``template_dir`` (default: the templates in force), resolved."""
    folder = os.fspath(template_dir) if template_dir else str(default_template_dir())
    return _templates_in(folder, os.getcwd())


@lru_cache(maxsize=16)
def _templates_in(folder: str, cwd: str) -> Templates:  # once per batch, not once per document
    try:
        resolved = Path(folder).resolve()
    except OSError:
        return Templates.of(frozenset())
    return Templates(resolved)


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
        and not (templates.may_hold(root) and os.path.normcase(name) in templates.names)
    ):  # a plain name, no link planted under it, no template's: inside the folder (one lstat)
        return base / name
    target = root / name
    if _SEPARATORS.intersection(name) or target.is_symlink():  # only then can it lead elsewhere
        target = target.resolve()
    if target == root or not target.is_relative_to(root) or target in templates:
        raise UnsafeOutput(str(base / name), str(base))
    return base / target.relative_to(root)


_SEPARATORS = {"/", os.sep, *([os.altsep] if os.altsep else [])}
