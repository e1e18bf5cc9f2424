"""Round 42 (excel42, issue 15): the reader's functions no longer run Python's import machinery at
each call. ``from .vocab import norm`` written inside a function body is looked up again every
time the function runs (the package's name resolved, its ``__spec__.parent`` asked, the module
found in ``sys.modules``): ≈ 11,000 instructions each, 5,122 of them in one warm pass of the 45
workbooks of ``bench/instructions.py excel --baseline``. The imports that cause no import cycle now
stand at the top of their modules; what is left inside functions are the lazy ones (a format's
reader, python-calamine, stdnum) and those a module needs to keep apart."""

from __future__ import annotations

import builtins
import sys
from pathlib import Path
from typing import Any

from kesu_docs.parse import parse_paths

ROOT = Path(__file__).resolve().parent.parent
WORKBOOKS = sorted((ROOT / "samples").glob("*.xlsx")) + sorted(
    (ROOT / "tests" / "layouts" / "filled").glob("*.xlsx")
)


def _relative_imports_of_a_parse(files: list[Path]) -> int:
    """How many relative imports (``from .x import y`` run inside a function) a warm parse of
    ``files`` makes."""
    parse_paths(files)  # warm: every module loaded, every form's vocabulary built
    seen = 0
    real = builtins.__import__

    def counting(
        name: str, globals: Any = None, locals: Any = None, fromlist: Any = (), level: int = 0
    ) -> Any:
        nonlocal seen
        seen += level > 0
        return real(name, globals, locals, fromlist, level)

    builtins.__import__ = counting
    try:
        parse_paths(files)
    finally:
        builtins.__import__ = real
    return seen


def test_a_warm_parse_runs_few_imports() -> None:
    """On main before this round a warm parse of these workbooks ran 5,122 imports inside
    functions (≈ 114 a workbook); now ≈ 11 a workbook: a format's reader chosen per file, the
    sheet-size check's own, the batch's checks. A function called per cell or per label that
    imports inside its body brings the figure back up."""
    assert len(WORKBOOKS) >= 30
    imports = _relative_imports_of_a_parse(WORKBOOKS)
    assert imports <= 20 * len(WORKBOOKS), imports


def test_the_hoisted_imports_made_no_cycle() -> None:
    """Each module of the reader imports alone, first in a fresh interpreter (an import moved to
    a module's top that closes a cycle fails there, whatever order the test run loaded them in)."""
    import subprocess

    names = [
        "values",
        "parse.value_cues",
        "parse.compound",
        "parse.anchor",
        "parse.steps",
        "parse.guards",
        "parse.step_table",
        "parse.stacked_labels",
        "parse.blank_copies",
        "parse.excel",
        "parse.xlsx_parts",
        "parse.act_dates",
        "parse.units",
        "parse.table_columns",
        "parse.rows",
        "parse.kinds",
        "parse.letters",
        "parse.placeholders",
        "parse.dates",
        "parse.captions",
        "parse.currency",
        "parse.gross_total",
        "parse.table_lines",
    ]
    for name in names:
        done = subprocess.run(
            [sys.executable, "-c", f"import kesu_docs.{name}"], capture_output=True, text=True
        )
        assert done.returncode == 0, (name, done.stderr[-500:])
