"""The packages' lazy names (issue 15: ``kesu --help`` and a command that never names the
renderer or SQLAlchemy never import them): ``kesu_docs``, ``kesu_docs.register`` and
``kesu_docs.render`` take their names from one helper, :func:`kesu_docs.lazy_attributes`, which
gives each package its ``__getattr__`` and its ``__dir__``.

Each check runs in a fresh interpreter, where nothing of the package is imported yet: ``dir()``
shows the names before their modules are imported, a name's module is imported once, its second
use a plain attribute (no import asked again), an unknown name the usual AttributeError.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

_CHECK = """
import importlib, sys
import {package} as package
lazy = {names!r}
modules = [package.__name__ + "." + m for m in set(lazy.values())]
assert not [m for m in modules if m in sys.modules], [m for m in modules if m in sys.modules]
shown = dir(package)
assert all(name in shown for name in lazy), sorted(set(lazy) - set(shown))
assert not [m for m in modules if m in sys.modules]  # (dir imported nothing)

asked = []
import_module = importlib.import_module
def counted(name, package=None):
    asked.append(name)
    return import_module(name, package)
importlib.import_module = counted
for name in lazy:
    first = getattr(package, name)
    assert name in vars(package), name  # kept: a plain attribute from now on
    before = len(asked)
    assert getattr(package, name) is first
    assert len(asked) == before, (name, asked[before:])  # no import asked the second time
try:
    package.no_such_name
except AttributeError as e:
    assert "no_such_name" in str(e) and package.__name__ in str(e), e
else:
    raise AssertionError("no AttributeError")
print("ok")
"""


@pytest.mark.parametrize(
    ("package", "names"),
    [
        ("kesu_docs", "_EXPORTS"),
        ("kesu_docs.register", "_LAZY"),
        ("kesu_docs.render", "_LAZY"),
    ],
)
def test_a_packages_lazy_names_are_listed_imported_once_and_kept(package: str, names: str):
    import importlib

    lazy = getattr(importlib.import_module(package), names)
    assert lazy  # (the package has lazy names to check)
    code = _CHECK.format(package=package, names=dict(lazy))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and done.stdout.strip() == "ok", done.stderr
