"""bench/parse_phases.py (jobs33): the serial phases of ``kesu parse --jobs 2`` beside its reading,
marked in the order a two-job run passes them, with the command's CPU never going back."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PHASES_TWO_JOBS = [
    "interpreter up",
    "inbox made (not kesu's)",
    "imports done",
    "listing",
    "listed",
    "pool",
    "warming",
    "warmed",
    "first file",
    "first file read",
    "forked",
    "reading shared",
    "reading done",
    "batch checks",
    "batch checked",
    "exit",
]


def _phases(jobs: int) -> list[tuple[str, float, float]]:
    env = dict(os.environ)
    env.pop("KESU_CPU_PROBE", None)
    run = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "parse_phases.py"), "-n", "4", "--jobs", str(jobs)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=True,
    )
    out = []
    for line in run.stderr.splitlines():
        name, _, rest = line.partition(" cpu ")
        if not rest:
            continue
        cpu, _, wall = rest.partition(" s   wall ")
        out.append((name.strip(), float(cpu), float(wall.removesuffix(" s"))))
    return out


def test_a_two_job_parse_is_marked_phase_by_phase_in_order():
    phases = _phases(2)
    assert [name for name, _, _ in phases] == PHASES_TWO_JOBS
    cpu = [c for _, c, _ in phases]
    wall = [w for _, _, w in phases]
    assert cpu == sorted(cpu) and wall == sorted(wall)


def test_a_one_job_parse_has_no_pool_and_no_shared_reading():
    names = [name for name, _, _ in _phases(1)]
    assert names == ["interpreter up", "inbox made (not kesu's)", "imports done", "listing", "listed"] + [
        "batch checks",
        "batch checked",
        "exit",
    ]
