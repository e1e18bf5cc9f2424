"""Instructions of the register's numbering transaction alone, counted by Valgrind (callgrind):
what ``kesu render`` (the command, the one process that numbers) spends on each document.

    python bench/issue_instructions.py [-n 1000] [--root DIR] [--revise]

N complaint records (as bench/render_bench.py makes them), each prepared as a ``--jobs`` worker
prepares it (``register_columns.prepare``, not counted), numbered into a new SQLite register in
chunks of 250 as render numbers them — each chunk's transaction also logging the prints of the
chunk before, the last chunk's logged on their own. Only the numbering calls are counted
(``callgrind_control`` switches the count on around them). ``--root``: the kesu_docs of DIR
(e.g. a ``git archive`` of the code before a change). ``--revise``: the N filed first (not
counted), then each form filled further (its description changed) filed again, found by its
natural key: N revisions counted. Printed: the total and per document.
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

from _common import counted, counted_script, counted_total  # noqa: E402

_CHILD = counted_script(
    """
    from render_bench import records
    from kesu_docs.register import Register
    from kesu_docs.register_columns import prepare
    n, folder = int(sys.argv[3]), sys.argv[4]
    register = Register.open(os.path.join(folder, "count.db"), create=True)
    items = [(r, f"hash-{i}", f"inbox/{i:05d}.json", prepare(r, register.settings)) for i, r in enumerate(records(n))]
    with Register.open(os.path.join(folder, "warm.db"), create=True) as warm:  # the statements' caches warm
        warm.issue_many(items[:3])
    if sys.argv[5] == "revise":  # filed first, then each filled further: its next revision
        for start in range(0, n, 250):
            register.issue_many(items[start:start + 250])
        items = [(r, f"hash-r{i}", f"inbox/r{i:05d}.json", prepare(r, register.settings))
                 for i, r in enumerate(r.model_copy(update={"description": f"{r.description}（复测）"})
                                       for r in records(n))]
    def entries(done):
        return [dict(kind=d.kind, number=d.number, document_id=d.id, mark="original", revision=d.revision,
                     copies="一式三份", output=f"out/{d.number}.docx", file_hash="ab" * 32, reprint_no=0)
                for d in done]
    """,
    """
    prints = []
    for start in range(0, n, 250):
        prints = entries(register.issue_many(items[start:start + 250], prints=prints))
    register.log_prints(prints)
    """,
    "register.close()",
)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("-n", type=int, default=1000)
    parser.add_argument("--root", type=Path, default=ROOT, help="the folder holding the kesu_docs to count")
    parser.add_argument("--revise", action="store_true", help="count N revisions of filed documents")
    options = parser.parse_args()
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # as an installed copy: bytecode written once
    with tempfile.TemporaryDirectory() as tmp, tempfile.TemporaryDirectory() as first:
        out = Path(tmp) / "cg.out"
        mode = "revise" if options.revise else "new"
        args = [str(options.root.resolve()), str(HERE), str(options.n), tmp, mode]
        # a first run (its own register) writes the bytecode, as an installed copy has it
        subprocess.run(
            [sys.executable, "-c", _CHILD, *args[:3], first, mode], check=True, env=env, capture_output=True
        )
        done = subprocess.run(
            counted(out, "-c", _CHILD, *args),
            env=env,
            capture_output=True,
            text=True,
        )
        if done.returncode:
            raise SystemExit(done.stderr[-2000:])
        total = counted_total(out)
    print(
        f"{'revising' if options.revise else 'numbering'} {options.n} documents: {total / 1e6:,.1f} M instructions, {total / options.n / 1e3:,.0f} k a document"
    )


if __name__ == "__main__":
    main()
