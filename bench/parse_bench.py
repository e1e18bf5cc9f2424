"""Reading Excel forms: ``kesu parse`` over a folder of filled complaint sheets, start-up
included, against a bare openpyxl full load of the same files (the anchor), in one run.

    python bench/parse_bench.py [-n 200] [--quick]

The targets (issue 15): kesu parse >= 10x a bare openpyxl load per form; ``--jobs 2`` >= 1.6x
one job (wall time, which is what more processes shorten). The ratio's times are CPU
seconds (the child process's for kesu, this process's for openpyxl): steadier than wall
time on a shared machine, and both sides are single-threaded.
"""

from __future__ import annotations

import argparse
import io
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from _common import QUICK, args, installed_env, result  # noqa: E402

SAMPLE = HERE.parent / "samples" / "complaint-valid.xlsx"
GOAL = 10.0


def child_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def kesu_parse(folder: Path, count: int, *, jobs: int = 1) -> tuple[float, float]:
    """(CPU seconds, wall seconds) of one ``kesu parse`` process over the folder."""
    before, start = child_cpu(), time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "kesu_docs.cli", "parse", "--jobs", str(jobs), str(folder)],
        capture_output=True,
        text=True,
        env=installed_env(),
    )
    wall = time.perf_counter() - start
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode not in (0, 1) or len(lines) != count:
        raise SystemExit(
            f"kesu parse failed (exit {done.returncode}, {len(lines)} results): {done.stderr[-1500:]}"
        )
    return child_cpu() - before, wall


def openpyxl_loads(files: list[Path]) -> float:
    from openpyxl import load_workbook

    start = time.process_time()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for path in files:
            load_workbook(io.BytesIO(path.read_bytes()), data_only=True)
    return time.process_time() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=0, help="forms (default 200, 50 with --quick)")
    opts = args(parser)
    n = opts.n or (50 if QUICK else 200)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "inbox"
        folder.mkdir()
        files = []
        for i in range(n):
            files.append(folder / f"客诉-{i:04d}.xlsx")
            shutil.copyfile(SAMPLE, files[-1])
        kesu_parse(folder, n)  # warm-up: the bytecode written, the files in the disk cache
        cpu, one_job = kesu_parse(folder, n)
        _cpu, two_jobs = kesu_parse(folder, n, jobs=2)
        ours = cpu / n
        anchor = openpyxl_loads(files) / n
    ratio = anchor / ours
    print(
        f"kesu parse, {n} filled complaint sheets (.xlsx), start-up included: {ours * 1000:6.2f} ms CPU/form"
    )
    print(f"openpyxl load_workbook (full load) of the same files      : {anchor * 1000:6.2f} ms CPU/form")
    result(
        f"`kesu parse` {n} Excel forms vs openpyxl full load", f"{ratio:.1f}x", f">= {GOAL:g}x", ratio >= GOAL
    )
    print(f"kesu parse, wall time: 1 job {one_job:.2f} s, --jobs 2 {two_jobs:.2f} s")
    speedup = one_job / two_jobs
    result(f"`kesu parse --jobs 2` vs 1 job, {n} forms", f"{speedup:.2f}x", ">= 1.6x", speedup >= 1.6)
    return 0


if __name__ == "__main__":
    sys.exit(main())
