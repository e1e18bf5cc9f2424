"""Run every benchmark in bench/ (each ``*_bench.py``) and print its results.

``reader_bench.py`` scores reading other people's layouts (../shared/corpus and tests/layouts)
per tier against issue 10's targets and times parsing against ../main when it is there.

    python bench/run.py            # all benchmarks
    python bench/run.py render     # those whose name contains "render"

Each benchmark runs in its own process, so one's imports and caches never flatter another.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(argv: list[str]) -> int:
    benches = sorted(p for p in HERE.glob("*_bench.py") if not argv or any(a in p.stem for a in argv))
    failed = 0
    for bench in benches:
        print(f"== {bench.stem}", flush=True)
        start = time.perf_counter()
        done = subprocess.run([sys.executable, str(bench)], cwd=HERE.parent)
        print(f"   ({time.perf_counter() - start:.1f} s, exit {done.returncode})\n", flush=True)
        failed += done.returncode != 0
    if not benches:
        print("no benchmark matched")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
