"""Thirty-sixth round, ``kesu render --jobs 2`` (issue 15): the timeline's serial part.

- bench/jobs_timeline.py says the command's serial end (the milliseconds from the last worker
  call to its end, its CPU seconds after its last print-log transaction) and, with its CPU
  seconds at the fork, the run's serial CPU: what no worker shares, on two cores the floor of
  the wall time beside half of the rest.
"""

from __future__ import annotations

import importlib.util

from helpers import ROOT


def _timeline():
    spec = importlib.util.spec_from_file_location("jobs_timeline36", ROOT / "bench" / "jobs_timeline.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _line(pid: int, what: str, start: float, end: float, cpu: float = 0.0, so_far: float = 0.0) -> str:
    return f"{pid}\t{what}\t{start:.6f}\t{end:.6f}\t{cpu:.6f}\t{so_far:.6f}\n"


def test_the_timeline_says_the_commands_serial_start_and_end(tmp_path):
    """A run's log as the timeline writes it: the command (pid 1) forks at 0.40 s of its CPU,
    numbers, logs its last prints at 1.10 s and ends at 1.30 s of CPU, 0.25 s after the last
    render of its two workers: its serial part is 0.40 + 0.20 s of CPU."""
    log = tmp_path / "timeline.tsv"
    log.write_text(
        "".join(
            [
                _line(1, "command-start", 100.0, 100.0),
                _line(1, "fork", 100.5, 100.5, 0.0, 0.40),
                _line(2, "worker-start", 100.55, 100.55),
                _line(3, "worker-start", 100.56, 100.56),
                _line(2, "_read_part", 100.6, 100.9, 0.3),
                _line(3, "_read_part", 100.6, 100.95, 0.35),
                _line(1, "issue_many", 100.9, 101.0, 0.05, 0.60),
                _line(2, "_render_part", 101.0, 102.0, 1.0),
                _line(3, "_render_part", 101.0, 102.25, 1.25),
                _line(1, "log_prints", 102.26, 102.3, 0.03, 1.10),
                _line(2, "cpu-worker-1.300", 102.3, 102.3),
                _line(3, "cpu-worker-1.600", 102.3, 102.3),
                _line(1, "cpu-main-1.300", 102.5, 102.5),
                _line(1, "command-end", 102.5, 102.5),
            ]
        ),
        encoding="utf-8",
    )
    command = _timeline().summary(log)["command"]
    assert command["cpu s at the fork"] == 0.4
    assert command["ms from the last worker call to the end"] == 250.0
    assert command["cpu s after the last print log"] == 0.2
    assert command["serial cpu s (before the fork + after the last print log)"] == 0.6
