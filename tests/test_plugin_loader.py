"""The ``kesu`` command with pydantic's plugins turned off imports no ``importlib.metadata``
(kesu_docs.cli._no_plugin_loader, issue 15), and a user's plugins setting still reaches
pydantic's own loader."""

from __future__ import annotations

import ast
import inspect
import subprocess
import sys
from pathlib import Path

import pydantic.plugin._schema_validator as schema_validator

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "samples" / "complaint-valid.xlsx"

PARSE = (
    "import sys, atexit\n"
    "sys.argv = ['kesu', 'parse', {path!r}]\n"
    "atexit.register(lambda: print('importlib.metadata' in sys.modules, "
    "type(sys.modules['pydantic.plugin._loader'].get_plugins()).__name__, file=sys.stderr))\n"
    "from kesu_docs.cli import main\n"
    "main()\n"
)


def _parse(env_value: str | None) -> tuple[str, str]:
    import os

    env = {k: v for k, v in os.environ.items() if k != "PYDANTIC_DISABLE_PLUGINS"}
    if env_value is not None:
        env["PYDANTIC_DISABLE_PLUGINS"] = env_value
    done = subprocess.run(
        [sys.executable, "-c", PARSE.format(path=str(SAMPLE))],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout, done.stderr.strip().splitlines()[-1]


def test_a_parse_with_plugins_off_imports_no_package_metadata_and_reads_the_same():
    out, said = _parse(None)
    assert said == "False tuple"
    plugins_on, said_on = _parse("")  # (empty: no plugin turned off, pydantic's loader looks)
    assert said_on.startswith("True ")
    assert out == plugins_on  # the same JSON line either way


def test_pydantic_asks_its_plugin_loader_for_get_plugins_alone():
    """The loader kesu stands in with gives ``get_plugins`` alone: a pydantic that asks its
    loader for more fails here, not in a clerk's parse."""
    asked = set()
    for node in ast.walk(ast.parse(inspect.getsource(schema_validator))):
        if isinstance(node, ast.ImportFrom) and (node.module or "").endswith("_loader"):
            asked |= {alias.name for alias in node.names}
    assert asked == {"get_plugins"}
