"""The register's and the reader's modules import downwards only: no module imports one that
imports it back, not even inside a function or for type checking (``register.py`` and
``transfer.py`` once did; the reader's modules once imported ``Extraction`` from their package's
face)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import ROOT

PACKAGES = [ROOT / "kesu_docs" / "register", ROOT / "kesu_docs" / "parse"]


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(p): p for package in PACKAGES for p in sorted(package.glob("*.py"))}


def imported(name: str) -> set[str]:
    """Every register module that module ``name`` imports, anywhere in its text."""
    path = MODULES[name]
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = package.split(".")
            base = base[: len(base) - node.level + 1] if node.level else []
            stem = (
                ".".join([*base, node.module] if node.module else base) if node.level else node.module or ""
            )
            # ``from . import schema`` imports the module; ``from .register import Register`` its module
            targets = [f"{stem}.{a.name}" if f"{stem}.{a.name}" in MODULES else stem for a in node.names]
        else:
            continue
        found.update(t for t in targets if t in MODULES and t != name)
    return found


def cycles() -> list[list[str]]:
    """The import cycles among the register's modules, each as the path that closes it."""
    graph = {name: imported(name) for name in MODULES}
    found = []

    def walk(name: str, trail: list[str]) -> None:
        for nxt in sorted(graph[name]):
            if nxt == trail[0]:
                found.append([*trail, nxt])
            elif nxt not in trail and nxt > trail[0]:  # each cycle once, from its smallest module
                walk(nxt, [*trail, nxt])

    for start in MODULES:
        walk(start, [start])
    return found


def test_the_walk_sees_the_imports_inside_functions_and_for_type_checking():
    assert "kesu_docs.register.transfer" in imported("kesu_docs.register.register")
    assert "kesu_docs.register.search" in imported("kesu_docs.register.schema")
    assert "kesu_docs.register.register" in imported("kesu_docs.register")  # the package's face
    assert "kesu_docs.parse.results" in imported("kesu_docs.parse.excel")


def test_no_register_or_reader_module_imports_one_that_imports_it_back():
    # the package's __init__ imports every module it shows; a module importing the package
    # face would be a cycle too, and is reported as one
    assert cycles() == []


def test_transfer_knows_nothing_of_the_register_class():
    assert "kesu_docs.register.register" not in imported("kesu_docs.register.transfer")


@pytest.mark.parametrize("name", sorted(MODULES))
def test_each_register_and_reader_module_imports_alone_in_a_fresh_interpreter(name):
    done = subprocess.run(
        [sys.executable, "-c", f"import {name}"], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
