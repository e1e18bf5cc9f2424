"""Run ``kesu`` as the CLI does, and write the CPU seconds of its main process and of each of
its worker processes to ``$KESU_CPU_PROBE`` (one line each: ``main|worker<TAB>pid<TAB>seconds``, then
user and system seconds and minor page faults).

    KESU_CPU_PROBE=times.tsv python bench/_cpu_probe.py parse --jobs 2 inbox/

Used by bench/jobs_bench.py to judge ``--jobs 2`` on a shared machine: wall time is what other
builds slow down, each process's CPU time is not. With ``KESU_PROFILE=file`` the main process
is also profiled (cProfile, from the CLI's start; start-up imports before it are not in it).

A worker writes its line as it exits (multiprocessing's finalizers run in a worker that
returns); nothing of kesu is changed: the pool's initializer is wrapped here.
"""

from __future__ import annotations

import os
import resource
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))


def _cpu() -> float:
    times = os.times()
    return times.user + times.system


def _write(role: str, profiler=None) -> None:
    if profiler is not None:
        profiler.disable()
        profiler.dump_stats(f"{os.environ['KESU_PROFILE']}.{os.getpid()}")
    target = os.environ.get("KESU_CPU_PROBE")
    if target:
        times = os.times()
        with open(target, "a", encoding="utf-8") as out:
            faults = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
            out.write(
                f"{role}\t{os.getpid()}\t{_cpu():.4f}\t{times.user:.3f}\t{times.system:.3f}\t{faults}\n"
            )


def _install() -> None:
    from multiprocessing import util

    from kesu_docs import workers

    original = workers._start_worker

    def start_worker() -> None:
        original()
        profiler = None
        if os.environ.get("KESU_PROFILE"):
            import cProfile

            profiler = cProfile.Profile()
            profiler.enable()
        util.Finalize(None, _write, args=("worker", profiler), exitpriority=100)

    workers._start_worker = start_worker


def _jobs(argv: list[str]) -> int:
    for i, arg in enumerate(argv):
        if arg == "--jobs" and i + 1 < len(argv):
            return int(argv[i + 1])
        if arg.startswith("--jobs="):
            return int(arg.split("=", 1)[1])
    return 1


def main() -> None:
    if _jobs(sys.argv) > 1:  # one job imports nothing of the pool, as the CLI does
        _install()
    from kesu_docs.cli import main as kesu

    profile = os.environ.get("KESU_PROFILE")
    sys.argv = ["kesu", *sys.argv[1:]]
    try:
        if profile:
            import cProfile

            cProfile.runctx("kesu()", globals(), {"kesu": kesu}, profile)
        else:
            kesu()
    finally:
        _write("main")


def read(path: Path) -> tuple[float, list[float]]:
    """(the main process's CPU seconds, each worker's), from a file written by this probe."""
    main_cpu, workers = 0.0, []
    for line in path.read_text(encoding="utf-8").splitlines():
        role, _pid, seconds = line.split("\t")[:3]
        if role == "main":
            main_cpu = float(seconds)
        else:
            workers.append(float(seconds))
    return main_cpu, workers


if __name__ == "__main__":
    main()
