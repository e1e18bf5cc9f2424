"""Same results with one job and with two: ``kesu render`` and ``kesu parse`` through the CLI.

    python bench/jobs_same.py [-n 300] [--keep DIR]

Speed work on ``--jobs`` (issue 15) must leave this at "same": it is the check that goes with
``bench/jobs_bench.py``. It times nothing. The inbox is the bench's N JSON complaints (each
printed value different) with, among them, the filled Excel sample, a form of each other kind,
an invalid record, a file that is no form, and a second copy of one record (two sources of one
document): a batch where the workers' results have to come back in order, failures included.

Each side runs in the same folder (the register and the output folder have the same paths, so
that the paths written into the register and the summary are the same) and compares:

- the exit code, stdout and stderr of ``kesu render`` and of ``kesu parse``;
- every file of the output folder, byte for byte (DOCX and working copies);
- every row of every table of the register, with the moments (``2026-12-04 13:47:44.10``: each
  run stamps its own) blanked and the row ids left out. A table whose rows are the same in
  another order is named, not counted as a difference: two jobs file the batch in smaller
  chunks first (the workers start sooner), and a chunk's prints are logged with the next
  chunk's numbering, so the ``events`` of issuing and printing interleave otherwise.

Exit status 1 when anything differs; the first differences are printed.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from _common import installed_env  # noqa: E402

_MOMENT = re.compile(r"\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[+-]\d{2}:?\d{2}|Z)?")


def make_inbox(folder: Path, n: int) -> None:
    """N bench complaints and the odd files a clerk's inbox holds (see the module's text)."""
    from e2e_bench import inbox
    from render_bench import records

    made = inbox(records(n), folder.parent, folder.name, one_file=False)
    assert made == folder
    samples = ROOT / "samples"
    for name in (
        "complaint-valid.xlsx",
        "8d-valid.json",
        "8d-broken.json",
        "return-valid.xlsx",
        "complaint-broken.xlsx",
    ):
        if (samples / name).is_file():
            shutil.copyfile(samples / name, folder / f"{n // 2:05d}-{name}")
    (folder / f"{n // 3:05d}-not-a-form.json").write_text("{ this is no form", encoding="utf-8")
    shutil.copyfile(folder / "00001.json", folder / "00001-copy.json")


def _kesu(args: list[str], cwd: Path) -> tuple[int, str, str]:
    done = subprocess.run(
        [sys.executable, "-m", "kesu_docs", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=dict(installed_env(), COLUMNS="200", KESU_LANG="en"),
    )
    return done.returncode, done.stdout, done.stderr


def _rows(db: Path) -> dict[str, list[tuple]]:
    """Every table's rows in ``id`` order, the moments blanked and the row ids left out (a
    row's id is its place in the table: said by the order)."""
    out: dict[str, list[tuple]] = {}
    with contextlib.closing(sqlite3.connect(db)) as con:  # (read only: nothing to commit)
        tables = [
            r[0] for r in con.execute("select name from sqlite_master where type='table' order by name")
        ]
        for table in tables:
            cursor = con.execute(f'select * from "{table}" order by rowid')
            names = [d[0] for d in cursor.description]
            out[table] = [
                tuple(
                    _MOMENT.sub("<moment>", v) if isinstance(v, str) else v
                    for name, v in zip(names, row)
                    if name != "id"
                )
                for row in cursor.fetchall()
            ]
    return out


def run(work: Path, inbox: Path, jobs: int) -> dict:
    """One side: render then parse ``inbox`` with ``jobs``, in ``work`` (emptied first)."""
    out, db = work / "out", work / "register.db"
    shutil.rmtree(out, ignore_errors=True)
    db.unlink(missing_ok=True)
    render = _kesu(["render", str(inbox), "-o", str(out), "--db", str(db), "--jobs", str(jobs)], work)
    parse = _kesu(["parse", "--jobs", str(jobs), str(inbox)], work)
    files = {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}
    return {"render": render, "parse": parse, "files": files, "rows": _rows(db)}


def differences(one: dict, two: dict) -> tuple[list[str], list[str]]:
    """(what differs, what is only in another order)."""
    said: list[str] = []
    order: list[str] = []
    for command in ("render", "parse"):
        for what, a, b in zip(("exit code", "stdout", "stderr"), one[command], two[command]):
            if a != b:
                said.append(
                    f"kesu {command}: {what} differs\n  1 job:  {str(a)[:300]!r}\n  2 jobs: {str(b)[:300]!r}"
                )
    names = sorted(set(one["files"]) | set(two["files"]))
    for name in names:
        if one["files"].get(name) != two["files"].get(name):
            said.append(f"output file {name}: differs (or is missing on one side)")
    for table in sorted(set(one["rows"]) | set(two["rows"])):
        a, b = one["rows"].get(table, []), two["rows"].get(table, [])
        if a == b:
            continue
        if sorted(map(repr, a)) == sorted(map(repr, b)):
            order.append(table)
        else:
            said.append(f"register table {table}: {len(a)} rows with one job, {len(b)} with two; they differ")
    return said, order


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=300, help="bench complaints in the inbox (default 300)")
    parser.add_argument(
        "--keep", type=Path, help="work in this folder and leave it (default: a temporary one)"
    )
    opts = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        base = opts.keep or Path(tmp)
        base.mkdir(parents=True, exist_ok=True)
        inbox, work = base / "inbox", base / "work"
        shutil.rmtree(inbox, ignore_errors=True)  # (made again by make_inbox)
        work.mkdir(exist_ok=True)
        make_inbox(inbox, opts.n)
        one = run(work, inbox, 1)
        two = run(work, inbox, 2)
    said, order = differences(one, two)
    counts = {
        "files": len(one["files"]),
        "rows": sum(len(rows) for rows in one["rows"].values()),
        "render exit": one["render"][0],
        "parse exit": one["parse"][0],
    }
    print(json.dumps(counts))
    if said:
        print("DIFFERENT:")
        for line in said[:20]:
            print(" ", line)
        return 1
    if order:  # two jobs number and log in smaller chunks first: a chunk's prints are logged
        # with the next chunk's numbering, so the events interleave otherwise (not a difference)
        print(f"(the same rows in another order: {', '.join(order)})")
    print("same: one job and two wrote the same files, register rows, output and exit codes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
