"""Blank fillable forms, derived from each form's description: Excel and fillable PDF."""

from __future__ import annotations

import os
from pathlib import Path


def is_blank_form(path: str | os.PathLike) -> bool:
    """Whether the file at ``path`` is a form with nothing filled in — only its printed labels,
    what the reader says ``empty_form`` of (a blank kesu wrote, of any kind or format, or a
    customer's) — whatever its name: ``kesu blank -o`` writes over one, and over no filled form
    of the clerk's. Read by the reader, with its limits (a bomb at the name is no blank)."""
    from ..parse.reading import read_paths

    try:
        results = read_paths([Path(path)])
    except Exception:  # (what the reader cannot take is no blank of kesu's)
        return False
    return bool(results) and all(any(p.code == "empty_form" for p in r.errors) for r in results)
