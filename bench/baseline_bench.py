"""Parse time against the reader before issue 10's round: "within 2x of today's time".

    python bench/baseline_bench.py [--base COMMIT] [--rounds N] [--quick]

Issue 10 made the reader read far more of a form (vocabulary, scored assignment, captions,
guards, tick boxes…) and asked that parsing stay within 2x of the time it took before. The
time before is measured here, in this run, on the same files: the parse code of the commit
before the round (``BASE``: main just before its first issue-10 merge, 849552d) is taken
out of git with ``git archive`` into a temporary folder, and each side parses the files in a
fresh interpreter of this virtual environment (the old code's own imports, nothing shared).
Rounds alternate old and new so both see the same machine; each side's figure is its best
CPU time (steadier than wall time on a shared machine) over the rounds, after a warm-up
parse of the same files (imports, caches: a long batch's state).

Files: Excel — samples/*.xlsx (our blanks, filled) and tests/layouts/filled/*.xlsx (other
layouts); PDF — samples/*.pdf and tests/layouts/filled/*.pdf (the same layouts printed
through LibreOffice). The ratio is new / old per format, target <= 2x.
"""

from __future__ import annotations

import argparse
import io
import os
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from _common import QUICK, result  # noqa: E402
from _common import args as parse_args  # noqa: E402

# main before the reader round: the first parent of 849552d ("Merge dev-corpus (issue 10 …)")
BASE = "a196926"
GOAL = 2.0

_TIMER = """
import sys, time
sys.path.insert(0, sys.argv[1])
from kesu_docs.parse import parse_paths
files, repeat = sys.argv[3:], int(sys.argv[2])
parse_paths(files)  # warm: imports, compiled patterns, caches
best = float("inf")
for _ in range(repeat):
    start = time.process_time()
    parse_paths(files)
    best = min(best, time.process_time() - start)
import kesu_docs
assert kesu_docs.__file__.startswith(sys.argv[1]), kesu_docs.__file__
print(best)
"""


def checkout(commit: str, into: Path) -> Path | None:
    """The ``kesu_docs`` package of ``commit``, written under ``into`` (nothing else touched);
    None when git or the commit is not there (a shallow clone, an unpacked release)."""
    try:
        done = subprocess.run(
            ["git", "archive", "--format=tar", commit, "kesu_docs"],
            cwd=ROOT,
            capture_output=True,
            check=False,
        )
    except OSError as exc:
        print(f"skipped: git cannot be run ({exc})")
        return None
    if done.returncode != 0:
        print(f"skipped: git archive {commit} failed: {done.stderr.decode(errors='replace').strip()}")
        return None
    with tarfile.open(fileobj=io.BytesIO(done.stdout)) as tar:
        if hasattr(tarfile, "data_filter"):  # Python 3.11.4 and later
            tar.extractall(into, filter="data")
        else:  # pragma: no cover - our own repository's archive
            tar.extractall(into)
    return into


def cpu_seconds(root: Path, files: list[Path], repeat: int) -> float:
    """Best CPU seconds of one ``parse_paths(files)`` with the kesu_docs found under ``root``."""
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1", PYDANTIC_DISABLE_PLUGINS="1")
    env.pop("KESU_CONFIG", None)  # no profiles, no kesu.toml of the caller's
    with tempfile.TemporaryDirectory() as cwd:
        done = subprocess.run(
            [sys.executable, "-c", _TIMER, str(root), str(repeat), *map(str, files)],
            capture_output=True,
            text=True,
            cwd=cwd,
            env=env,
            timeout=600,
        )
    if done.returncode != 0:
        raise SystemExit(f"timing {root} failed:\n{done.stderr[-3000:]}")
    return float(done.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", default=BASE, help=f"the commit to compare with (default {BASE})")
    parser.add_argument(
        "--rounds", type=int, default=0, help="alternating rounds (default 3, 2 with --quick)"
    )
    opts = parse_args(parser)
    rounds = opts.rounds or (2 if QUICK else 3)
    layouts = ROOT / "tests" / "layouts" / "filled"
    sets = {
        "Excel": sorted(ROOT.glob("samples/*.xlsx")) + sorted(layouts.glob("*.xlsx")),
        "PDF": sorted(ROOT.glob("samples/*.pdf")) + sorted(layouts.glob("*.pdf")),
    }
    with tempfile.TemporaryDirectory() as tmp:
        old_root = checkout(opts.base, Path(tmp))
        if old_root is None:
            return 0
        print(f"before: {opts.base} (git archive into a temporary folder); after: this checkout")
        for name, files in sets.items():
            if not files:
                print(f"{name}: no files")
                continue
            old = new = float("inf")
            for _ in range(rounds):  # alternating: both sides see the same machine
                old = min(old, cpu_seconds(old_root, files, 3))
                new = min(new, cpu_seconds(ROOT, files, 3))
            ratio = new / old
            print(
                f"  {name:5} {len(files):3d} files: before {old * 1000 / len(files):7.1f} ms CPU a file, "
                f"after {new * 1000 / len(files):7.1f} ms ({ratio:.2f}x)"
            )
            result(
                f"parse time of {name} forms vs before the reader round ({opts.base})",
                f"{ratio:.2f}x",
                f"<= {GOAL:g}x",
                ratio <= GOAL,
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
