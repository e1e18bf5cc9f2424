"""The register's list filters are typed where they are passed on: ``Register.documents`` and
``count`` take ``**Unpack[FilterOptions]``, so mypy catches a mistyped keyword; the keywords
are :class:`Filters`' fields, and a wrong one is refused at run time too."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
import typing
from pathlib import Path

import pytest

from kesu_docs.register import queries

ROOT = Path(__file__).resolve().parent.parent


def test_the_keywords_are_the_fields_of_filters():
    fields = {f.name: f.type for f in dataclasses.fields(queries.Filters)}
    hints = typing.get_type_hints(queries.FilterOptions)
    assert set(hints) == set(fields)
    assert set(typing.get_type_hints(queries.DocumentOptions)) - set(hints) == {
        "limit",
        "offset",
        "newest_first",
        "fields",
    }


def test_a_mistyped_keyword_is_refused_when_run():
    with pytest.raises(TypeError):
        queries.count(kinds="complaint")  # type: ignore[call-arg]


def test_mypy_catches_a_mistyped_keyword(tmp_path):
    script = tmp_path / "uses.py"
    script.write_text(
        "from kesu_docs.register import Register\n"
        "from kesu_docs.register.lite import LiteRegister\n"
        "def f(reg: Register, lite: LiteRegister) -> None:\n"
        "    reg.documents(kind='complaint', limit=3)\n"
        "    reg.count(kinds='complaint')\n"
        "    lite.documents(perod='202609')\n"
        "    lite.count(search=3)\n",
        encoding="utf-8",
    )
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--follow-imports=silent", str(script)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=600,
    )
    errors = [line for line in done.stdout.splitlines() if ": error:" in line]
    assert [line.split(":")[1] for line in errors] == ["5", "6", "7"], done.stdout
