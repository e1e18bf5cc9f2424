"""fixa27: what the review of attack27's template refusal found.

The cache's bytecode files are written by :func:`kesu_docs.leftovers.write_file` given a mode
(no copy of its stage-and-rename); the ``.rels`` parts of a template are read as XML, not with a
regex; an attached template on the clerk's own disk is dropped from the copies, not refused."""

from __future__ import annotations

import os
from pathlib import Path

from kesu_docs import leftovers


def test_write_file_given_a_mode_gives_it_whatever_the_umask(tmp_path: Path) -> None:
    old = os.umask(0o000)
    try:
        written = leftovers.write_file(tmp_path / "code.cache", b"x", mode=0o600)
        plain = leftovers.write_file(tmp_path / "page.html", b"y")
    finally:
        os.umask(old)
    assert written.stat().st_mode & 0o777 == 0o600
    assert plain.stat().st_mode & 0o777 != 0o600  # no mode: the umask's (nothing changed)
    assert written.read_bytes() == b"x"
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]
