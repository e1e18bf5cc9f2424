"""Run every benchmark in bench/ (each ``*_bench.py``) and print a table of its targets.

    python bench/run.py                # all benchmarks, full counts (make bench)
    python bench/run.py --quick        # reduced counts, for a shared machine
    python bench/run.py render         # those whose name contains "render"

``reader_bench.py`` scores reading other people's layouts (../shared/corpus and tests/layouts)
per tier against issue 10's targets and times parsing against ../main when it is there;
``baseline_bench.py`` times parsing against the reader before issue 10's round (its commit
taken out of git into a temporary folder), Excel and PDF, target within 2x.

Each benchmark runs in its own process, so one's imports and caches never flatter another;
each anchor (openpyxl, docxtpl, pypdfium2) is measured in the same run as kesu. A benchmark
prints ``RESULT`` lines (bench/_common.py): measured value, target, met or not met.
"""

from __future__ import annotations

import os
import platform
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        load = f"load {os.getloadavg()[0]:.1f}"
    except OSError:
        load = ""
    return f"{os.cpu_count()} cores, {cpu}, Python {platform.python_version()}, {load}"


def main(argv: list[str]) -> int:
    quick = "--quick" in argv
    names = [a for a in argv if not a.startswith("-")]
    benches = sorted(p for p in HERE.glob("*_bench.py") if not names or any(a in p.stem for a in names))
    failed = 0
    rows: list[list[str]] = []
    for bench in benches:
        print(f"== {bench.stem}", flush=True)
        start = time.perf_counter()
        done = subprocess.run(
            [sys.executable, str(bench), *(["--quick"] if quick else [])],
            cwd=HERE.parent,
            stdout=subprocess.PIPE,
            text=True,
        )
        for line in done.stdout.splitlines():
            if line.startswith("RESULT\t"):
                rows.append(line.split("\t")[1:])
            else:
                print(line)
        print(f"   ({time.perf_counter() - start:.1f} s, exit {done.returncode})\n", flush=True)
        failed += done.returncode != 0
    if not benches:
        print("no benchmark matched")
        return 1
    print(f"machine: {machine()}; command: python bench/run.py{' --quick' if quick else ''}\n")
    print("| work | measured | target | |")
    print("|---|---|---|---|")
    for name, measured, target, met in rows:
        print(f"| {name} | {measured} | {target} | {met} |")
    met = sum(r[3] == "met" for r in rows)
    print(f"\n{met} of {len(rows)} targets met")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
