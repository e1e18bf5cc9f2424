"""Instructions executed by the register's commands at scale, start-up included, counted by
Valgrind (callgrind) over the whole process: ``kesu register export`` and ``kesu report
monthly`` (.xlsx and .html) on a register of 100,000 documents (issue 15: each under a
second). The count does not move with the machine's other work, as CPU time does on a
shared machine (bench/register_bench.py prints the times).

    python bench/register_instructions.py --register /tmp/big.db        # built there when missing
    python bench/register_instructions.py --register /tmp/big.db --root DIR   # DIR's kesu_docs
    python bench/register_instructions.py --register /tmp/big.db --only export

Each command runs once uncounted first (its bytecode written, the register's kept export
rows and frame stored, as an installed copy's second run finds them), then once under
callgrind. ``--root``: the checkout whose ``kesu_docs`` runs (e.g. a ``git archive`` of
main): compare two on the same register — whose stored rows must be of both programs'
layout (bench/_big_register.py builds them with the checkout that runs it).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from _common import counted, counted_total, installed_env  # noqa: E402

# runs the kesu command of the checkout sys.argv[1] (checked to be the one imported)
_CHILD = (
    "import runpy, sys\n"
    "root = sys.argv.pop(1)\n"
    "sys.path.insert(0, root)\n"
    "import kesu_docs\n"
    "assert kesu_docs.__file__.startswith(root), kesu_docs.__file__\n"
    "sys.argv[0] = 'kesu'\n"
    "runpy.run_module('kesu_docs.cli', run_name='__main__', alter_sys=True)\n"
)

COMMANDS = {
    "export": ["register", "export", "-o", "{out}/r.xlsx"],
    "monthly-xlsx": ["report", "monthly", "2026-09", "-o", "{out}/m.xlsx"],
    "monthly-html": ["report", "monthly", "2026-09", "-o", "{out}/m.html"],
}


def count(root: Path, name: str, register: Path, out: Path) -> int:
    """The instructions of one ``kesu`` process running the command ``name`` on ``register``,
    start-up included; its output a new file in ``out``, as the first run's is in its own folder."""
    env = installed_env()

    def child(folder: Path) -> list[str]:
        folder.mkdir()
        args = [a.format(out=folder) for a in COMMANDS[name]]
        return ["-c", _CHILD, str(root), *args, "--db", str(register)]

    warm = child(out / f"{name}-first")
    subprocess.run([sys.executable, *warm], check=True, capture_output=True, env=env)  # bytecode, kept rows
    args = child(out / name)
    counts = out / f"{name}.cg"
    done = subprocess.run(counted(counts, *args, whole=True), capture_output=True, text=True, env=env)
    if done.returncode:
        raise SystemExit(f"kesu {' '.join(COMMANDS[name])} failed: {done.stderr[-2000:]}")
    return counted_total(counts)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--register", type=Path, required=True, help="the big register (built when missing)")
    parser.add_argument("--root", type=Path, default=ROOT, help="the checkout whose kesu_docs runs")
    parser.add_argument("--only", choices=sorted(COMMANDS), action="append", help="these commands only")
    parser.add_argument("--total", type=int, default=100_000, help="documents of a register built here")
    opts = parser.parse_args()
    if not opts.register.exists():
        from _big_register import build

        build(opts.register, opts.total)
    root = opts.root.resolve()
    with tempfile.TemporaryDirectory() as tmp:
        for name in opts.only or COMMANDS:
            total = count(root, name, opts.register.resolve(), Path(tmp))
            print(f"{name:<14} {total / 1e6:9,.1f} M instructions  (kesu {' '.join(COMMANDS[name][:3])})")
            sys.stdout.flush()
    return 0


if __name__ == "__main__":
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    sys.exit(main())
