"""The modules kesu writes from its own sources, read instead of a slow making (issue 15): the
other languages' months (``_other_months.py``, :mod:`.month_names`), the forms' titles
(``forms/_titles.py``) and the register's columns (``register/_columns.py``, :mod:`.register.schema`).

Each is a Python module: a docstring saying who writes it, the digest of the sources it was
written from (:func:`source_digest`), then its data. It is used only while that digest is the
sources' as they are (:func:`is_current`); a test holds the committed file equal to the text its
writer makes, and the writer writes it whole or not at all (:func:`write_module`).
"""

from __future__ import annotations

import os
import zlib
from collections.abc import Iterable
from pathlib import Path


def source_digest(name: str, path: str | os.PathLike | None = None, data: bytes | None = None) -> str | None:
    """``name:size:crc32`` of a source's bytes (``data``, else the file at ``path``), its lines'
    ends read as ``\\n`` (a Windows checkout writes ``\\r\\n``: the same source). An edit, not an
    attack, is what it tells: a CRC costs a tenth of a SHA-256. None when the file cannot be read
    (an installation without sources)."""
    if data is None:
        try:
            with open(path or "", "rb") as source:
                data = source.read()
        except OSError:
            return None
    data = data.replace(b"\r\n", b"\n")
    return f"{name}:{len(data)}:{zlib.crc32(data):08x}"


def is_current(recorded: str, digest: str | None) -> bool:
    """Was a generated module (its recorded digest) written from the sources as they are
    (``digest``; None: they cannot be read, so nothing tells it is current)?"""
    return digest is not None and digest == recorded


def module_text(doc: Iterable[str], name: str, digest: str | None, body: Iterable[str]) -> str:
    """A generated module's text: its docstring's lines (``doc``, the quotes included), the
    digest it is written from as ``name = "…"``, then ``body``'s lines; one ``\\n`` after each."""
    return "\n".join([*doc, "", f'{name} = "{digest}"', "", *body]) + "\n"


def is_stale(path: str | os.PathLike, text: str) -> bool:
    """Is the generated module at ``path`` missing, unreadable or other than ``text``?"""
    try:
        return Path(path).read_text(encoding="utf-8") != text
    except (OSError, UnicodeDecodeError):
        return True


def write_module(path: str | os.PathLike, text: str) -> str:
    """Write ``text`` as the module at ``path`` — whole or not at all (a temporary file beside
    it, then renamed over it), and not when it holds that text already; → the path."""
    import shutil
    import tempfile

    if not is_stale(path, text):
        return str(path)
    folder, name = os.path.split(os.fspath(path))
    fd, temporary = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=folder or ".")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as out:
            out.write(text)
        if os.path.exists(path):  # (its mode kept; a new one readable by all, as a source is)
            shutil.copymode(path, temporary)
        else:
            os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except BaseException:
        os.unlink(temporary)
        raise
    return str(path)
