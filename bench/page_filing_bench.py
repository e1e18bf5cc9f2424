"""The page's filing and its register list (issue 15), measured — not timed in a unit test.

1. The page files a batch one form at a time (``filing.STOP_PIECE``: each form numbered, its
   documents rendered and its print logged in a transaction of its own, the stop button asked
   between forms). Filed here through ``render_paths`` with a ``stop`` that never says yes, as
   the page's worker calls it, against ``kesu render``'s way (no ``stop``: a chunk of 250 forms
   a transaction) on the same 1,000 JSON forms (200 with --quick), each into a fresh SQLite
   register. Target: the page's way at most 20 ms of CPU a form (a batch of 1,000 in 20 s, not
   minutes); ``kesu render``'s figure and the ratio printed beside it (about 4x here: two write
   transactions a form, the numbering and the print log, each compiling its statements).
2. ``Register.unprinted`` — the list at the top of the register page, asked on every visit —
   on a register of 100,000 documents (10,000 with --quick; bench/_big_register.py), every one
   printed but one in a thousand. Target: under a second of CPU (the page's 101 and all of them).

    python bench/page_filing_bench.py [--quick] [--register /tmp/big.db]

``--register PATH`` keeps the big register at PATH (built there when it does not exist).
CPU time (user + sys of this process) decides: the machine is shared, wall time is printed beside.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from _common import QUICK, result  # noqa: E402
from render_bench import records  # noqa: E402

from kesu_docs.filing import render_paths  # noqa: E402
from kesu_docs.register import Register  # noqa: E402


def _inbox(folder: Path, count: int) -> Path:
    folder.mkdir()
    for i, rec in enumerate(records(count)):
        payload = dict(rec.model_dump(mode="json"), kind="complaint")
        (folder / f"{i:05d}.json").write_text(json.dumps(payload, ensure_ascii=False), encoding="utf-8")
    return folder


def _file(inbox: Path, work: Path, name: str, stoppable: bool) -> tuple[float, float, int]:
    """(CPU s, wall s, documents filed) of one batch into a fresh register."""
    asked = [0]

    def never() -> bool:
        asked[0] += 1
        return False

    with Register.open(work / f"{name}.db") as register:
        cpu, wall = time.process_time(), time.perf_counter()
        filed = render_paths([inbox], work / name, register=register, stop=never if stoppable else None)
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
        numbers = [d.number for d in register.documents()]
    assert len(numbers) == len(set(numbers)) == len(filed), "a number issued twice"
    assert not stoppable or asked[0] >= len(filed), "the stop not asked between forms"
    return cpu, wall, len(filed)


def filing(count: int) -> None:
    with tempfile.TemporaryDirectory(prefix="kesu-page-bench-") as tmp:
        work = Path(tmp)
        inbox = _inbox(work / "in", count)
        _file(inbox, work, "warm", False)  # templates compiled, modules imported: not counted
        command_cpu, command_wall, n = _file(inbox, work, "command", False)
        page_cpu, page_wall, _ = _file(inbox, work, "page", True)
    ratio = page_cpu / command_cpu
    per_form = page_cpu * 1000 / n
    print(
        f"   {n} forms: kesu render's way {command_cpu:.2f} s CPU ({command_wall:.2f} s wall, "
        f"{command_cpu * 1000 / n:.1f} ms a form); the page's way, a transaction a form, "
        f"{page_cpu:.2f} s CPU ({page_wall:.2f} s wall, {per_form:.1f} ms a form: {ratio:.1f}x)"
    )
    result(
        f"page's filing of {n} forms, a transaction a form (CPU a form)",
        f"{per_form:.1f} ms",
        "<= 20 ms",
        per_form <= 20,
    )


def _big(path: Path, total: int) -> Path:
    from _big_register import build

    build(path, total)
    db = sqlite3.connect(path)
    with db:  # every document printed but one in 1,000 (a batch cut, a render that failed)
        db.execute(
            "INSERT INTO prints (document_id, revision, at, mark, copies, output, file_hash) "
            "SELECT id, revision, issued_at, 'original', '1-5', '', '' FROM documents WHERE id % 1000 != 7"
        )
    db.close()
    return path


def unprinted(total: int, kept: Path | None) -> None:
    with tempfile.TemporaryDirectory(prefix="kesu-unprinted-bench-") as tmp:
        path = kept or Path(tmp) / "big.db"
        if not path.exists():
            started = time.perf_counter()
            _big(path, total)
            print(f"   built a register of {total:,} documents in {time.perf_counter() - started:.0f} s")
        with Register.open(path) as register:
            count = register.count() if hasattr(register, "count") else total
            for label, limit in (("the page's list (101)", 101), ("all", None)):
                best, wall, found = float("inf"), 0.0, 0
                for _ in range(3):
                    cpu, started = time.process_time(), time.perf_counter()
                    found = len(register.unprinted(limit=limit))
                    if time.process_time() - cpu < best:
                        best, wall = time.process_time() - cpu, time.perf_counter() - started
                print(f"   unprinted, {label}: {found} of {count:,} in {best:.3f} s CPU ({wall:.3f} s wall)")
                result(f"unprinted on {total:,} documents, {label} (CPU)", f"{best:.3f} s", "< 1 s", best < 1)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--register", type=Path, help="keep the big register here (built if missing)")
    parser.add_argument("-n", type=int, default=200 if QUICK else 1000, help="forms in the page's batch")
    options = parser.parse_args()
    filing(options.n)
    unprinted(10_000 if QUICK else 100_000, options.register)
    return 0


if __name__ == "__main__":
    sys.exit(main())
