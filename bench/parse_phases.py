"""Where ``kesu parse --jobs N`` spends its command's CPU: the serial phases beside the reading.

    KESU_CPU_PROBE= python bench/parse_phases.py [-n 200] [--jobs 2]

Runs ``kesu parse`` in this process over ``-n`` copies of the filled sample workbook, nothing of
kesu changed but wrappers put around some of its functions (as bench/jobs_timeline.py does for
``kesu render``), and prints the command's CPU seconds (``os.times``) and the wall clock at each
mark (the inbox's copying is this script's, not kesu's): start-up imports, the folder's listing (``expand``: names only, a check report told by the readers since debts34), the
pool's warming, the first file read before the fork, the fork, the shared reading, the batch's
checks and the exit. What is before the fork and after the reading is the serial part no second
job shares (Amdahl): with S seconds of it and one job's C, two jobs on free cores give at most
C / (S + (C - S) / 2). Not a target: information for docs/performance-history.md.
"""

from __future__ import annotations

import argparse
import atexit
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

SAMPLE = HERE.parent / "samples" / "complaint-valid.xlsx"
MARKS: list[tuple[str, float, float]] = []


def mark(what: str) -> None:
    times = os.times()
    MARKS.append((what, times.user + times.system, time.monotonic()))


def wrapped(
    owner: object, name: str, before: str, after: str, once: bool = False, walk: bool = False
) -> None:
    """``owner.name`` marked before and after each call (``once``: the first call only, then
    the original put back: a function handed to a worker is pickled by its name; ``walk``: a
    generator, walked to its end inside the marks)."""
    original = getattr(owner, name)

    def call(*args, **kwargs):
        if once:
            setattr(owner, name, original)
        mark(before)
        out = original(*args, **kwargs)
        if walk:
            out = iter(list(out))
        mark(after)
        return out

    setattr(owner, name, call)


def report() -> None:
    mark("exit")
    start = MARKS[0][2]
    for what, cpu, wall in MARKS:
        print(f"{what:28} cpu {cpu:6.2f} s   wall {wall - start:6.2f} s", file=sys.stderr)


def main() -> None:
    mark("interpreter up")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=200)
    parser.add_argument("--jobs", type=int, default=2)
    opts = parser.parse_args()
    tmp = tempfile.mkdtemp(prefix="kesu-phases-")
    atexit.register(shutil.rmtree, tmp, True)
    inbox = Path(tmp) / "inbox"
    inbox.mkdir()
    for i in range(opts.n):
        shutil.copyfile(SAMPLE, inbox / f"c{i:05}.xlsx")
    mark("inbox made (not kesu's)")

    import kesu_docs.cli.check_cmds as check_cmds
    import kesu_docs.parse.reading as reading
    import kesu_docs.workers as workers
    from kesu_docs.cli import main as kesu

    mark("imports done")
    wrapped(reading, "expand", "listing", "listed", walk=True)
    wrapped(workers, "_warm", "warming", "warmed")
    wrapped(check_cmds, "_read_for_lines", "first file", "first file read", once=True)
    wrapped(workers.Workers, "__init__", "pool", "forked")
    wrapped(workers.SharedParts, "result", "reading shared", "reading done")
    wrapped(reading, "check_batch", "batch checks", "batch checked")
    atexit.register(report)  # (before the CLI's own: run after it, so the output is written)
    sys.argv = ["kesu", "parse", "--jobs", str(opts.jobs), str(inbox)]
    sys.stdout = open(os.devnull, "w")  # noqa: SIM115 (the JSON lines: not shown)
    kesu()


if __name__ == "__main__":
    main()
