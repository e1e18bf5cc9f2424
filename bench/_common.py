"""What every benchmark shares: the --quick switch and one result line per target.

Each target is printed as ``RESULT<TAB>name<TAB>measured<TAB>target<TAB>met|not met``;
bench/run.py gathers these lines into the table of ``make bench`` (and of the README).
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import textwrap

QUICK = "--quick" in sys.argv or os.environ.get("KESU_BENCH_QUICK") == "1"


def args(parser: argparse.ArgumentParser) -> argparse.Namespace:
    parser.add_argument("--quick", action="store_true", help="reduced counts (a shared machine)")
    return parser.parse_args()


def result(name: str, measured: str, target: str, met: bool) -> None:
    print(f"RESULT\t{name}\t{measured}\t{target}\t{'met' if met else 'not met'}", flush=True)


def installed_env() -> dict[str, str]:
    """The environment for a ``kesu`` child process as a clerk's installation runs it: with
    its bytecode compiled (pip compiles a package when it installs it). A shell exporting
    PYTHONDONTWRITEBYTECODE (some CI and sandbox set-ups do) would otherwise make every
    start-up compile kesu_docs from source again, 0.1 s that no installed copy pays; the
    first run writes the bytecode, so time a warm-up run first."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def children_peak_rss_mb() -> float:
    """Peak resident memory of the largest child process waited for so far, in MB."""
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def counted(out: object, *args: str, whole: bool = False) -> list[str]:
    """The command running Python with ``args`` under Valgrind's callgrind, counting nothing until
    the child switches the count on (``callgrind_control -i on``), its counts written to ``out``;
    ``whole``: the whole process counted, start-up included (a command's own figure)."""
    return [
        "valgrind",
        "--tool=callgrind",
        *([] if whole else ["--instr-atstart=no"]),
        f"--callgrind-out-file={out}",
        sys.executable,
        *args,
    ]


def counted_total(out: object) -> int:
    """The instructions counted in callgrind's output file ``out`` (its ``totals:`` line)."""
    import re
    from pathlib import Path

    found = re.search(r"^totals:\s*(\d+)", Path(str(out)).read_text(), re.M)
    if found is None:
        raise SystemExit(f"no count in {out}")
    return int(found.group(1))


_COUNT = (
    'subprocess.run(["callgrind_control", "-i", "{}", str(os.getpid())], check=True, capture_output=True)\n'
)


def counted_script(setup: str, measured: str, after: str = "") -> str:
    """A child interpreter's script for :func:`counted`: ``sys.argv[1]`` the checkout whose
    kesu_docs is counted (put first on the path, and checked to be the one imported),
    ``sys.argv[2]`` bench/ (its modules importable); ``setup`` run uncounted, ``measured`` with
    the count switched on around it alone (``callgrind_control``), then ``after``."""
    head = (
        "import os, subprocess, sys\n"
        "sys.path.insert(0, sys.argv[1])\n"
        "sys.path.insert(0, sys.argv[2])\n"
        "import kesu_docs\n"
        "assert kesu_docs.__file__.startswith(sys.argv[1]), kesu_docs.__file__\n"
    )
    parts = (setup, _COUNT.format("on"), measured, _COUNT.format("off"), after)
    return head + "".join(textwrap.dedent(part).strip("\n") + "\n" for part in parts if part)
