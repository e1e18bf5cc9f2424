"""Instructions of ``kesu render`` / ``kesu parse`` with one job and with two, process by
process, counted by Valgrind (callgrind): what two jobs do beyond one, on a loaded machine.

    python bench/jobs_instructions.py render [-n 200] [--root DIR]
    python bench/jobs_instructions.py parse  [-n 200] [--root DIR]

Render: N JSON complaints (as bench/jobs_bench.py makes them) into a new SQLite register;
parse: N copies of the filled sample workbook. A warm-up run writes the bytecode and the
template cache first (as an installed copy has them). Then each command runs under
``valgrind --tool=callgrind --trace-children=yes --dump-before=fork`` with ``--jobs 1`` and
``--jobs 2``; printed, in millions of instructions: one job's count; two jobs' command before
its first fork (serial: no worker exists yet), after it, and each worker (counted from its
fork); what two jobs do beyond one; and the best case on two free cores these counts allow:
one job's count over the serial part plus the larger of the busiest process after the fork
and the work after the fork shared by two cores. Not a target: information for
docs/performance-history.md (the wall ratio is bench/jobs_bench.py's). ``--root``: the
kesu_docs of DIR (e.g. a ``git archive`` of the code before a change). Each run takes minutes
(Valgrind runs Python some 50 times slower). ``parse --register``: a current register
(``kesu.db``, one document rendered into it) in the folder where parse runs, which it reads
for the rules' look-ups. ``render --existing``: each run renders into an empty register made
before it, untimed (as bench/jobs_bench.py times it: a clerk's register exists, the command opens
it through ``sqlite3`` and imports no SQLAlchemy).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

SAMPLE = ROOT / "samples" / "complaint-valid.xlsx"
CORES = 2


@dataclass
class Counts:
    """One run's instructions: the command's before its first fork and after, each worker's."""

    before: int = 0
    after: int = 0
    workers: list[int] = field(default_factory=list)

    @property
    def total(self) -> int:
        return self.before + self.after + sum(self.workers)


def _summary(path: Path) -> tuple[int, str]:
    text = path.read_text(errors="replace")
    total = re.search(r"^(?:summary|totals):\s*(\d+)", text, re.M)
    trigger = re.search(r"^desc: Trigger: (.*)$", text, re.M)
    return (int(total.group(1)) if total else 0), (trigger.group(1) if trigger else "")


def counts(folder: Path) -> Counts:
    """The counts of a run's callgrind files (``cg.PID`` and the command's ``cg.PID.N``, one a
    fork: its first part is what ran before the first fork)."""
    parts: dict[str, list[tuple[int, int, str]]] = {}
    for path in folder.glob("cg.*"):
        pid, _, part = path.name[3:].partition(".")
        total, trigger = _summary(path)
        parts.setdefault(pid, []).append((int(part or 0), total, trigger))
    out = Counts()
    for _pid, files in parts.items():
        forked = any("fork" in trigger for _, _, trigger in files)
        if not forked:  # a worker (or a one-job run's only process)
            out.workers += [total for _, total, _ in files]
            continue
        for part, total, _ in files:
            if part == 1:
                out.before += total
            else:
                out.after += total
    if not out.before and len(out.workers) == 1:  # one job: no fork, one process
        out.before, out.workers = out.workers[0], []
    return out


def run(root: Path, args: list[str], work: Path, name: str) -> Counts:
    folder = work / name
    folder.mkdir()
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPATH"] = str(root)
    done = subprocess.run(
        [
            "valgrind",
            "--tool=callgrind",
            "--trace-children=yes",
            "--dump-before=fork",
            f"--callgrind-out-file={folder}/cg.%p",
            sys.executable,
            "-m",
            "kesu_docs",
            *args,
        ],
        capture_output=True,
        text=True,
        cwd=work,
        env=env,
        timeout=3600,
    )
    if done.returncode not in (0, 1):
        raise SystemExit(f"kesu {' '.join(args[:2])} failed ({done.returncode}): {done.stderr[-1500:]}")
    return counts(folder)


def commands(what: str, inbox: Path, work: Path, jobs: int, tag: str) -> list[str]:
    if what == "parse":
        return ["parse", str(inbox), "--jobs", str(jobs)]
    out = work / f"out-{tag}"
    return ["render", str(inbox), "-o", str(out), "--db", str(work / f"{tag}.db"), "--jobs", str(jobs)]


def inbox_of(what: str, n: int, work: Path) -> Path:
    if what == "parse":
        forms = work / "inbox"
        forms.mkdir()
        for i in range(n):
            shutil.copyfile(SAMPLE, forms / f"客诉-{i:04d}.xlsx")
        return forms
    sys.path.insert(0, str(ROOT))
    from e2e_bench import inbox
    from render_bench import records

    return inbox(records(n), work, "inbox", one_file=False)


def bound(one: int, two: Counts) -> float:
    """The best case on two free cores these counts allow (see the module's words)."""
    after = [two.after, *two.workers]
    return one / (two.before + max(max(after), sum(after) / CORES))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=("render", "parse"))
    parser.add_argument("-n", type=int, default=200, help="documents (default 200)")
    parser.add_argument("--root", type=Path, default=ROOT, help="the checkout whose kesu_docs is counted")
    parser.add_argument("--register", action="store_true", help="parse: with ./kesu.db, a current register")
    parser.add_argument("--existing", action="store_true", help="render: into an empty register made before")
    opts = parser.parse_args()
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed")
    root = opts.root.resolve()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        inbox = inbox_of(opts.what, opts.n, work)
        env = dict(os.environ, PYTHONPATH=str(root))
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        found = subprocess.run(
            [sys.executable, "-c", "import kesu_docs; print(kesu_docs.__file__)"],
            capture_output=True,
            text=True,
            cwd=work,
            env=env,
        ).stdout.strip()
        if not found.startswith(str(root)):  # (another checkout's kesu_docs would be counted)
            raise SystemExit(f"kesu_docs is imported from {found}, not from {root}")
        if opts.register and opts.what == "parse":  # ./kesu.db, read by parse's rules
            made = ["render", str(SAMPLE), "-o", str(work / "out-register"), "--db", str(work / "kesu.db")]
            subprocess.run([sys.executable, "-m", "kesu_docs", *made], capture_output=True, cwd=work, env=env)
            if not (work / "kesu.db").is_file():
                raise SystemExit("the register for parse --register was not made")
        warm = commands(opts.what, inbox, work, 2, "warm")  # bytecode and templates' cache written
        subprocess.run([sys.executable, "-m", "kesu_docs", *warm], capture_output=True, cwd=work, env=env)
        if opts.existing and opts.what == "render":  # (made untimed: a clerk's register exists)
            for tag in ("one", "two"):
                made = f"from kesu_docs.register import Register; Register.open({str(work / f'{tag}.db')!r}).close()"
                subprocess.run([sys.executable, "-c", made], check=True, cwd=work, env=env)
        one = run(root, commands(opts.what, inbox, work, 1, "one"), work, "one").total
        two = run(root, commands(opts.what, inbox, work, 2, "two"), work, "two")
    m = 1e6
    register = " with ./kesu.db" if opts.register and opts.what == "parse" else ""
    register += " into an existing register" if opts.existing and opts.what == "render" else ""
    print(f"kesu {opts.what}{register}, {opts.n} documents, {root}")
    print(f"  one job: {one / m:,.1f} M instructions")
    print(
        f"  --jobs 2: the command {two.before / m:,.1f} M before the fork + {two.after / m:,.1f} M after; "
        + "workers "
        + " + ".join(f"{w / m:,.1f}" for w in two.workers)
        + f" M; all {two.total / m:,.1f} M"
    )
    print(f"  two jobs beyond one: {(two.total - one) / m:+,.1f} M ({(two.total - one) / one:+.1%})")
    print(f"  best case on {CORES} free cores from these counts: {bound(one, two):.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
