"""End to end: ``kesu render`` on 1,000 records (one job, start-up included) against docxtpl.

    python bench/e2e_bench.py [-n 1000] [--docxtpl-n 200]

Ours: a fresh ``kesu render DIR -o OUT --db FILE`` process over N JSON files (one record
each): reading, validation, numbering into a new SQLite register and rendering every copy,
timed from process start to exit. docxtpl: ``render(ctx, autoescape=True)`` + save per document
on the same template, the context built for it by our code and not counted. The issue's goal is
>= 20x docxtpl per document; the ratio printed is measured in this one run.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from render_bench import bench_docxtpl, records  # noqa: E402

from kesu_docs.render import Renderer  # noqa: E402


def per_doc_ms(seconds: float, n: int) -> float:
    return seconds * 1000 / n


def bench_kesu_render(recs: list, tmp: Path, *, one_file: bool) -> float:
    inbox = tmp / ("list" if one_file else "files")
    inbox.mkdir()
    payloads = [dict(rec.model_dump(mode="json"), kind="complaint") for rec in recs]
    if one_file:
        (inbox / "batch.json").write_text(json.dumps(payloads, ensure_ascii=False), encoding="utf-8")
    else:
        for i, payload in enumerate(payloads):
            (inbox / f"{i:05d}.json").write_text(json.dumps(payload, ensure_ascii=False), encoding="utf-8")
    out, db = tmp / f"out-{inbox.name}", tmp / f"{inbox.name}.db"
    command = [sys.executable, "-m", "kesu_docs.cli", "render", str(inbox), "-o", str(out), "--db", str(db)]
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, cwd=HERE.parent)
    took = time.perf_counter() - start
    made = len(list(out.glob("*.docx")))
    if done.returncode != 0 or made != len(recs):
        raise SystemExit(
            f"kesu render failed (exit {done.returncode}, {made} documents):\n{done.stderr[-2000:]}"
        )
    return took


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=1000)
    parser.add_argument("--docxtpl-n", type=int, default=200, help="documents docxtpl renders (per-doc time)")
    args = parser.parse_args()
    recs = records(args.n)
    with tempfile.TemporaryDirectory() as tmp:
        files = per_doc_ms(bench_kesu_render(recs, Path(tmp), one_file=False), len(recs))
        listed = per_doc_ms(bench_kesu_render(recs, Path(tmp), one_file=True), len(recs))
    sample = recs[: args.docxtpl_n]
    theirs, _cpu = bench_docxtpl(Renderer(), sample)  # wall ms per document, as ours
    print(f"kesu render, {len(recs)} complaint sheets (5 copies each), one job, start-up included")
    print(f"  kesu render, one JSON file each  {files:8.2f} ms/doc")
    print(f"  kesu render, one JSON list       {listed:8.2f} ms/doc")
    print(f"  docxtpl render + save            {theirs:8.2f} ms/doc  ({len(sample)} documents)")
    print(f"  ratio (files)                    {theirs / files:8.1f}x  (goal >= 20x)")
    print(f"  ratio (list)                     {theirs / listed:8.1f}x  (goal >= 20x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
