"""When each process of ``kesu render --jobs 2`` is busy: a timeline, not a wall time.

    python bench/jobs_timeline.py [-n 1000] [--jobs 2] [--keep DIR] [--root DIR] [--new-register]

``--root``: the kesu_docs of DIR (e.g. a ``git archive`` of the code before a change).
The register is an empty one made before the timed run, as bench/jobs_bench.py times it (a
clerk's is there after the first day: the command opens it through ``sqlite3``);
``--new-register``: the command makes it (SQLAlchemy imported).

On a loaded machine the wall ratio says little; what a change to the run's start-up does is
seen in *when* things happen. This runs ``kesu render`` over ``-n`` JSON complaints (as
bench/jobs_bench.py makes them) into a new SQLite register, with nothing of kesu changed but
wrappers put around some of its functions before the workers are forked (so each worker has
them): the pool's start (the fork), every call a worker makes (its reading, rendering,
warming: ``worker_queues._serve``'s calls), the command's numbering transactions
(``Register.issue_many``) and its print logs (``Register.log_prints``). Each writes (process,
what, start, end, the CPU seconds it took, the process's CPU seconds so far) with
``time.monotonic()`` (one clock for every process) to a file; then printed, in milliseconds
from the command's start:

- the command: when it forked its workers and its CPU seconds then (its start-up, which no
  worker shares), when its first numbering was committed and its CPU seconds then, how many
  numbering and print-log transactions it made;
- each worker: busy from / to, its busy time, its idle time before the first number was
  committed (what overlapping the command's start-up is for) and after it, the CPU seconds of
  its calls before its first render (the reading ahead), of reading and of rendering;
- the time from the fork to the last call in which *both* workers were idle (only the
  command ran: on two cores, one was free);
- the command's serial end: the milliseconds from the last worker call to its end and its CPU
  seconds after its last print-log transaction (the summary, the pool's close), and with its
  CPU seconds at the fork the run's serial CPU: on two cores the wall time is at least that
  plus half of the rest of the run's CPU.

Also the CPU seconds of each process (``os.times``). On a loaded machine the times of day are
the kernel's sharing of the cores; the CPU seconds are kesu's. Not a target: information for
docs/performance-history.md.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = "KESU_TIMELINE_ROOT"
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))
if os.environ.get(ROOT):  # (the child: the kesu_docs of the tree asked for)
    sys.path.insert(0, os.environ[ROOT])

LOG = "KESU_TIMELINE_LOG"


def _note(what: str, start: float, end: float, cpu: float = 0.0) -> None:
    """One event: this process, what, when it began and ended, the CPU seconds it took, and
    this process's CPU seconds so far."""
    line = f"{os.getpid()}\t{what}\t{start:.6f}\t{end:.6f}\t{cpu:.6f}\t{time.process_time():.6f}\n"
    fd = os.open(os.environ[LOG], os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    try:
        os.write(fd, line.encode())
    finally:
        os.close(fd)


def _install() -> None:
    """Wrap the calls a worker makes and the command's transactions (in this process, before
    the fork: the workers inherit the wrappers). Nothing is imported here that the command
    would not have imported before its fork (filing is)."""
    import functools
    from multiprocessing import util

    from kesu_docs import filing, worker_queues, workers

    def timed(name: str, fn):
        @functools.wraps(fn)
        def call(*args, **kwargs):
            start, cpu = time.monotonic(), time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                _note(name, start, time.monotonic(), time.process_time() - cpu)

        return call

    original_serve = worker_queues._serve

    def serve(calls, results, cancelled):
        class Timed:  # the worker's pipe: each call it receives is timed as it is made
            def recv(self):
                call = calls.recv()
                if call is None:
                    return call
                ident, fn, args = call
                name = getattr(fn, "__name__", "call")
                return ident, timed(name, fn), args

        return original_serve(Timed(), results, cancelled)

    worker_queues._serve = serve
    original_start = workers._start_worker

    def start_worker() -> None:
        original_start()
        _note("worker-start", time.monotonic(), time.monotonic())
        util.Finalize(None, _cpu, args=("worker",), exitpriority=100)

    workers._start_worker = start_worker
    original_pool = worker_queues.OwnQueues.__init__

    def pool(self, size, context):
        _note("fork", time.monotonic(), time.monotonic())
        original_pool(self, size, context)

    worker_queues.OwnQueues.__init__ = pool
    # the register's class is wrapped when filing first numbers with it: importing it here
    # would import SQLAlchemy before the fork, which the command does after it
    original_issue = filing._issue

    def issue(register, *args, **kwargs):
        kind = type(register)
        if not getattr(kind, "_timed", False):
            kind._timed = True
            kind.issue_many = timed("issue_many", kind.issue_many)
            kind.log_prints = timed("log_prints", kind.log_prints)
        return original_issue(register, *args, **kwargs)

    filing._issue = issue


def _cpu(role: str) -> None:
    times = os.times()
    now = time.monotonic()
    _note(f"cpu-{role}-{times.user + times.system:.3f}", now, now)


def child() -> None:
    """The command, run as the CLI runs it, timed."""
    _note("command-start", time.monotonic(), time.monotonic())
    _install()
    import kesu_docs
    from kesu_docs.cli import main as kesu

    if os.environ.get(ROOT):
        assert kesu_docs.__file__.startswith(os.environ[ROOT]), kesu_docs.__file__

    sys.argv = ["kesu", *sys.argv[2:]]
    try:
        kesu()
    finally:
        _cpu("main")
        _note("command-end", time.monotonic(), time.monotonic())


def summary(log: Path) -> dict:
    rows = []
    for line in log.read_text(encoding="utf-8").splitlines():
        pid, what, start, end, cpu, so_far = line.split("\t")
        rows.append((int(pid), what, float(start), float(end), float(cpu), float(so_far)))
    main_pid = next(pid for pid, what, *_ in rows if what == "command-start")
    t0 = next(row[2] for row in rows if row[1] == "command-start")
    fork = next((row for row in rows if row[1] == "fork"), None)

    def ms(t: float) -> float:
        return round((t - t0) * 1000, 1)

    numbering = sorted((row[2], row[3], row[5]) for row in rows if row[1] == "issue_many")
    first_number = numbering[0][1] if numbering else None
    out: dict = {
        "command": {
            "fork": ms(fork[2]) if fork else None,
            "cpu s at the fork": round(fork[5], 3) if fork else None,
            "first number committed": ms(first_number) if first_number else None,
            "cpu s at the first number": round(numbering[0][2], 3) if numbering else None,
            "numbering transactions": len(numbering),
            "print-log transactions": sum(1 for row in rows if row[1] == "log_prints"),
            "end": ms(next(row[2] for row in rows if row[1] == "command-end")),
            "cpu s": next(float(row[1].split("-")[2]) for row in rows if row[1].startswith("cpu-main")),
        },
        "workers": [],
    }
    out["command"].update(_tail(rows, main_pid, ms))
    for pid in sorted({pid for pid, *_ in rows if pid != main_pid}):
        calls = sorted(
            (s, e, what, cpu)
            for p, what, s, e, cpu, _so_far in rows
            if p == pid and not what.startswith(("cpu", "worker"))
        )
        if not calls:
            continue
        busy = sum(call[1] - call[0] for call in calls)
        span = calls[-1][1] - calls[0][0]
        idle_before = idle_after = 0.0
        for before, after in zip(calls, calls[1:]):
            gap_start, gap_end = before[1], after[0]
            if first_number is not None and gap_start < first_number:
                idle_before += min(gap_end, first_number) - gap_start
                gap_start = min(gap_end, first_number)
            idle_after += max(0.0, gap_end - gap_start)
        renders = [call[0] for call in calls if call[2] == "_render_part"]
        ahead = [call for call in calls if not renders or call[0] < renders[0]]
        cpu = [
            float(row[1].split("-")[2]) for row in rows if row[0] == pid and row[1].startswith("cpu-worker")
        ]
        out["workers"].append(
            {
                "busy from": ms(calls[0][0]),
                "busy to": ms(calls[-1][1]),
                "busy ms": round(busy * 1000, 1),
                "idle ms before the first number": round(idle_before * 1000, 1),
                "idle ms after it": round(idle_after * 1000, 1),
                "idle share of its span": round(1 - busy / span, 3) if span else 0.0,
                "first render call": ms(renders[0]) if renders else None,
                "cpu s of its calls before its first render": round(sum(call[3] for call in ahead), 3),
                "cpu s reading": round(sum(call[3] for call in calls if call[2] == "_read_part"), 3),
                "cpu s rendering": round(sum(call[3] for call in calls if call[2] == "_render_part"), 3),
                "calls": {
                    name: sum(1 for call in calls if call[2] == name)
                    for name in sorted({c[2] for c in calls})
                },
                "cpu s": cpu[0] if cpu else None,
            }
        )
    spans = [
        (row[2], row[3]) for row in rows if row[0] != main_pid and not row[1].startswith(("cpu", "worker"))
    ]
    if spans and fork:
        out["both workers idle ms (fork to last render)"] = round(_idle_together(spans, fork[2]) * 1000, 1)
    return out


def _tail(rows: list[tuple], main_pid: int, ms) -> dict:
    """The command's serial end: from the last call a worker made (its last render) to the
    command's end, and the CPU seconds the command spent after its last print-log transaction
    (the batch's last, logged once the last documents came back: what follows is the summary,
    the pool's close, the output folder's sync). With the CPU seconds before the fork, the part
    of a run no worker shares: on two cores the wall time is at least that part plus half of
    the rest of the run's CPU."""
    calls = [row[3] for row in rows if row[0] != main_pid and not row[1].startswith(("cpu", "worker"))]
    end = next(row[2] for row in rows if row[1] == "command-end")
    logs = sorted((row[3], row[5]) for row in rows if row[0] == main_pid and row[1] == "log_prints")
    cpu = next(float(row[1].split("-")[2]) for row in rows if row[1].startswith("cpu-main"))
    fork = next((row[5] for row in rows if row[1] == "fork"), None)
    after_log = round(cpu - logs[-1][1], 3) if logs else None
    return {
        "ms from the last worker call to the end": round(ms(end) - ms(max(calls)), 1) if calls else None,
        "cpu s after the last print log": after_log,
        "serial cpu s (before the fork + after the last print log)": (
            round(fork + after_log, 3) if fork is not None and after_log is not None else None
        ),
    }


def _idle_together(spans: list[tuple[float, float]], start: float) -> float:
    """The time from ``start`` to the last span's end in which no worker was in a call."""
    idle, reached = 0.0, start
    for begin, end in sorted(spans):
        if begin > reached:
            idle += begin - reached
        reached = max(reached, end)
    return idle


def _empty_register(db: Path, tree: dict[str, str]) -> None:
    """An empty register at ``db``, made by the kesu_docs the command runs (``--root``'s)."""
    from _common import installed_env

    made = "from kesu_docs.register import Register; import sys; Register.open(sys.argv[1]).close()"
    subprocess.run(
        [sys.executable, "-c", made, str(db)], env=dict(installed_env(), **tree), check=True, cwd=HERE.parent
    )


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child()
        return 0
    from _common import installed_env
    from e2e_bench import inbox
    from render_bench import records

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", type=int, default=1000)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--keep", type=Path, help="leave the timeline's raw log here")
    parser.add_argument("--root", type=Path, help="the kesu_docs of this tree (default: this one)")
    parser.add_argument(
        "--new-register",
        action="store_true",
        help="the command makes the register (default: an empty one made before)",
    )
    opts = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = inbox(records(opts.n), Path(tmp), "inbox", one_file=False)
        log = Path(tmp) / "timeline.tsv"
        tree = {ROOT: str(opts.root.resolve()), "PYTHONPATH": str(opts.root.resolve())} if opts.root else {}
        env = dict(installed_env(), **{LOG: str(log)}, **tree)
        args = ["render", str(folder), "-o", str(Path(tmp) / "out"), "--db", str(Path(tmp) / "r.db")]
        # a first run writes the bytecode and the template cache, as an installed copy has them
        warm = [*args[:3], str(Path(tmp) / "warm-out"), "--db", str(Path(tmp) / "warm.db")]
        subprocess.run(
            [sys.executable, "-m", "kesu_docs.cli", *warm, "--jobs", str(opts.jobs)],
            env=dict(installed_env(), **tree),
            check=True,
            capture_output=True,
        )
        if not opts.new_register:  # (made here, untimed, as bench/jobs_bench.py does: a clerk's exists)
            _empty_register(Path(tmp) / "r.db", tree)
        done = subprocess.run(
            [sys.executable, str(Path(__file__).resolve()), "--child", *args, "--jobs", str(opts.jobs)],
            env=env,
            capture_output=True,
            text=True,
        )
        if done.returncode != 0:
            print(done.stdout[-2000:], done.stderr[-2000:], file=sys.stderr)
            return 1
        if opts.keep:
            opts.keep.mkdir(parents=True, exist_ok=True)
            (opts.keep / "timeline.tsv").write_text(log.read_text(encoding="utf-8"), encoding="utf-8")
        report = summary(log)
    report["load"] = round(os.getloadavg()[0], 1)
    print(json.dumps(report, indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
