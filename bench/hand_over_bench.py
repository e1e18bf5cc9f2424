"""How long a call handed to a ``--jobs`` worker waits before the worker begins it, while the
command's own thread is busy (numbering the next chunk, reading a part itself).

    python bench/hand_over_bench.py [--calls 40] [--busy 0.02]

The call is written to the worker's pipe by a thread of the command, which needs the
interpreter's lock from the busy thread (see ``kesu_docs.workers.HAND_OVER_S``). Printed: the
median and mean delay from the hand-over to the worker's start, with the pool's switch
interval and with Python's default (5 ms), alternately in one run, with the load average.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def _now() -> float:
    return time.monotonic()


def _busy(seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pass


def delays(calls: int, busy: float, usual: bool) -> list[float]:
    """Milliseconds from each hand-over to the worker's start (``usual``: Python's 5 ms)."""
    from kesu_docs import workers

    with workers.Workers(2) as pool:
        if usual:
            sys.setswitchinterval(0.005)
        for k in (0, 1):
            pool.to(k, _now).result()
        out = []
        for i in range(calls):
            handed = time.monotonic()
            begun = pool.to(i % 2, _now)
            _busy(busy)  # the command's own work, holding the interpreter's lock
            out.append((begun.result() - handed) * 1000)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=40)
    parser.add_argument("--busy", type=float, default=0.02, help="seconds the command is busy after each")
    parser.add_argument("--rounds", type=int, default=2)
    opts = parser.parse_args()
    for _ in range(opts.rounds):
        for usual in (True, False):
            got = delays(opts.calls, opts.busy, usual)
            name = "switch interval 5 ms (Python's)" if usual else "the pool's switch interval"
            print(
                f"{name:34} hand-over to start: median {statistics.median(got):6.2f} ms, "
                f"mean {statistics.mean(got):6.2f} ms (load {os.getloadavg()[0]:.1f})"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
