"""Two processes against one: ``kesu parse --jobs 2`` and ``kesu render --jobs 2`` over the same
1,000 documents as one job, through the CLI, start-up included, in one run.

    python bench/jobs_bench.py [-n 1000] [--rounds 2] [--quick]

Parse: N filled complaint sheets (.xlsx, the sample copied N times). Render: N complaint
records (one JSON file each), read, numbered into a new SQLite register and rendered. The
target (issue 15): ``--jobs 2`` >= 1.6x one job in wall time (what more processes shorten).
One job and two alternate, best of ``--rounds`` each: the machine is shared, a round that
another build slowed down is not the figure. CPU seconds (of the command and its workers)
are printed beside: two jobs should cost about what one costs.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from _common import QUICK, result  # noqa: E402

SAMPLE = HERE.parent / "samples" / "complaint-valid.xlsx"
GOAL = 1.6


def child_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(command: list[str], ok: tuple[int, ...] = (0,)) -> tuple[float, float]:
    """(wall seconds, CPU seconds of the command and its workers)."""
    before, start = child_cpu(), time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, cwd=HERE.parent)
    wall = time.perf_counter() - start
    if done.returncode not in ok:
        raise SystemExit(f"{' '.join(command[2:5])} failed (exit {done.returncode}): {done.stderr[-1500:]}")
    return wall, child_cpu() - before


def parse(folder: Path, jobs: int) -> tuple[float, float]:
    return timed([sys.executable, "-m", "kesu_docs.cli", "parse", "--jobs", str(jobs), str(folder)], (0, 1))


def render(folder: Path, jobs: int) -> tuple[float, float]:
    out, db = folder.parent / "out", folder.parent / "render.db"
    shutil.rmtree(out, ignore_errors=True)
    for stale in folder.parent.glob("render.db*"):
        stale.unlink()
    took = timed(
        [sys.executable, "-m", "kesu_docs.cli", "render", str(folder), "-o", str(out), "--db", str(db)]
        + ["--jobs", str(jobs)]
    )
    made = sum(1 for _ in out.glob("*.docx"))
    if made != len(list(folder.iterdir())):
        raise SystemExit(f"kesu render --jobs {jobs} wrote {made} documents")
    return took


def compare(name: str, run, folder: Path, n: int, rounds: int) -> None:
    best: dict[int, tuple[float, float]] = {}
    for _ in range(rounds):
        for jobs in (1, 2):
            wall, cpu = run(folder, jobs)
            if jobs not in best or wall < best[jobs][0]:
                best[jobs] = (wall, cpu)
    (one, one_cpu), (two, two_cpu) = best[1], best[2]
    print(
        f"  kesu {name:6} {n} documents: 1 job {one:6.2f} s ({one_cpu:.2f} s CPU), "
        f"--jobs 2 {two:6.2f} s ({two_cpu:.2f} s CPU)"
    )
    speedup = one / two
    result(
        f"`kesu {name} --jobs 2` vs 1 job, {n} documents", f"{speedup:.2f}x", f">= {GOAL}x", speedup >= GOAL
    )


def main() -> int:
    from e2e_bench import inbox
    from render_bench import records

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=0, help="documents (default 1000, 200 with --quick)")
    parser.add_argument("--rounds", type=int, default=2, help="rounds of one and two jobs (best taken)")
    parser.add_argument("--quick", action="store_true", help="reduced counts (a shared machine)")
    opts = parser.parse_args()
    n = opts.n or (200 if QUICK else 1000)
    print(
        f"wall time, best of {opts.rounds} rounds; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"
    )
    with tempfile.TemporaryDirectory() as tmp:
        forms = Path(tmp) / "parse" / "inbox"
        forms.mkdir(parents=True)
        for i in range(n):
            shutil.copyfile(SAMPLE, forms / f"客诉-{i:04d}.xlsx")
        compare("parse", parse, forms, n, opts.rounds)
        (Path(tmp) / "render").mkdir()
        compare(
            "render", render, inbox(records(n), Path(tmp) / "render", "inbox", one_file=False), n, opts.rounds
        )
    print(f"load average after: {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
