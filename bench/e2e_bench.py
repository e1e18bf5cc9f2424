"""End to end: ``kesu render`` on 1,000 records (start-up included) against docxtpl; peak
memory at 1,000 and at 10,000 documents (``--jobs 2`` against one: bench/jobs_bench.py).

    python bench/e2e_bench.py [-n 1000] [--docxtpl-n 200] [--rounds 3] [--no-peak] [--quick]

Ours: a fresh ``kesu render DIR -o OUT --db FILE`` process over N JSON files (one record
each): reading, validation, numbering into a new SQLite register and rendering every copy,
timed from process start to exit. docxtpl: ``render(ctx, autoescape=True)`` + save per document
on the same template, the context built for it by our code and not counted. The targets (issue 15):
>= 25x docxtpl per document (CPU time: steadier on a shared machine); peak memory (the largest
resident size of the command) flat from N to 10 N documents (within 1.2x) and under 250 MB.
Everything is measured in this one run.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from _common import QUICK, args, installed_env, result  # noqa: E402
from render_bench import bench_docxtpl, records  # noqa: E402

from kesu_docs.render import Renderer  # noqa: E402


def per_doc_ms(seconds: float, n: int) -> float:
    return seconds * 1000 / n


_PEAK = (
    "import resource, subprocess, sys; done = subprocess.run(sys.argv[1:], capture_output=True, text=True); "
    "usage = resource.getrusage(resource.RUSAGE_CHILDREN); "
    "print(done.returncode, usage.ru_utime + usage.ru_stime, usage.ru_maxrss); "
    "sys.stderr.write(done.stderr[-2000:])"
)


def inbox(recs: list, tmp: Path, name: str, *, one_file: bool) -> Path:
    folder = tmp / name
    folder.mkdir()
    payloads = [dict(rec.model_dump(mode="json"), kind="complaint") for rec in recs]
    if one_file:
        (folder / "batch.json").write_text(json.dumps(payloads, ensure_ascii=False), encoding="utf-8")
    else:
        for i, payload in enumerate(payloads):
            (folder / f"{i:05d}.json").write_text(json.dumps(payload, ensure_ascii=False), encoding="utf-8")
    return folder


def kesu_render(folder: Path, count: int, *, jobs: int = 1) -> tuple[float, float, float]:
    """(wall seconds, CPU seconds, peak resident MB) of one ``kesu render`` process (and its
    workers), start-up included."""
    out, db = folder.parent / f"out-{folder.name}-{jobs}", folder.parent / f"{folder.name}-{jobs}.db"
    command = [sys.executable, "-m", "kesu_docs.cli", "render", str(folder), "-o", str(out), "--db", str(db)]
    command += ["--jobs", str(jobs)]
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", _PEAK, *command],
        capture_output=True,
        text=True,
        cwd=HERE.parent,
        env=installed_env(),  # bytecode compiled, as an installed copy runs
    )
    took = time.perf_counter() - start
    code_text, cpu_text, peak_text = done.stdout.split()[-3:]
    code, cpu, peak_kb = int(code_text), float(cpu_text), int(peak_text)
    made = len(list(out.glob("*.docx")))
    if code != 0 or made != count:
        raise SystemExit(f"kesu render failed (exit {code}, {made} documents):\n{done.stderr}")
    # the outputs stay until the run ends: deleting 1,000 files here would make the next run's
    # files slower to create (ext4 without a journal passes over every inode freed in the last
    # seconds before it takes a free one), a cost of this benchmark, not of a clerk's run
    out.rename(out.with_name(f"{out.name}-{time.monotonic_ns()}"))
    db.rename(db.with_name(f"{db.name}-{time.monotonic_ns()}"))
    return took, cpu, peak_kb / 1024


def file_creation_ms(folder: Path, count: int = 300) -> float:
    """CPU milliseconds the kernel takes to create one empty file in ``folder`` (the machine's
    cost, not kesu's: on this project's machine 0.02 ms in one folder, 0.2–1 ms in another of
    the same disk); every document is one file created."""
    import time as clock

    place = folder / "creation-probe"
    place.mkdir()
    start = clock.process_time()
    for i in range(count):
        (place / f"{i}.docx").touch()
    took = clock.process_time() - start
    return took * 1000 / count  # the files stay until the run ends (see kesu_render)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=0, help="documents (default 1000, 200 with --quick)")
    parser.add_argument("--docxtpl-n", type=int, default=0, help="documents docxtpl renders (default n/5)")
    parser.add_argument(
        "--rounds", type=int, default=0, help="runs of the 1-job render, best kept (default 3)"
    )
    parser.add_argument(
        "--no-peak", action="store_true", help="skip the peak-memory run of 10 n documents (a busy machine)"
    )
    parser.add_argument(
        "--dir", default=None, help="where the inputs and outputs go (default: the system's temp)"
    )
    opts = args(parser)
    n = opts.n or (200 if QUICK else 1000)
    big = 10 * n
    recs = records(n if opts.no_peak else big)
    rounds = opts.rounds or (2 if QUICK else 3)
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(dir=opts.dir) as tmp:
        files = inbox(recs[:n], Path(tmp), "files", one_file=False)
        creating = file_creation_ms(Path(tmp))
        runs = [kesu_render(files, n) for _ in range(rounds)]  # the machine only ever adds time
        one, one_cpu, peak_small = min(r[0] for r in runs), min(r[1] for r in runs), max(r[2] for r in runs)
        listed = inbox(recs[:n], Path(tmp), "list", one_file=True)
        one_list, _cpu, _peak = kesu_render(listed, n)
        peak_big = 0.0
        if not opts.no_peak:
            many = inbox(recs, Path(tmp), "many", one_file=False)
            _took, _cpu, peak_big = kesu_render(many, big)
    sample = recs[: opts.docxtpl_n or max(n // 5, 20)]
    theirs_runs = [bench_docxtpl(Renderer(), sample) for _ in range(2)]  # ms per document: wall, CPU
    theirs, theirs_cpu = min(r[0] for r in theirs_runs), min(r[1] for r in theirs_runs)
    files_ms, list_ms = (per_doc_ms(t, n) for t in (one, one_list))
    files_cpu_ms = per_doc_ms(one_cpu, n)
    print(f"kesu render, {n} complaint sheets (5 copies each), start-up included, best of {rounds} runs")
    # CPU time grows with the load too (other processes take the caches): say it beside the figures
    print(
        f"  (load average {load_before:.1f} at the start, {os.getloadavg()[0]:.1f} at the end, {os.cpu_count()} cores)"
    )
    print(f"  (creating a file in {tmp}: {creating:.2f} ms CPU of the kernel's, counted in kesu's time)")
    print(
        f"  kesu render, one JSON file each, 1 job  {files_ms:8.2f} ms/doc ({files_cpu_ms:.2f} CPU)"
        f"   peak {peak_small:5.0f} MB"
    )
    print(f"  kesu render, one JSON list, 1 job       {list_ms:8.2f} ms/doc")
    print(
        f"  docxtpl render + save                   {theirs:8.2f} ms/doc ({theirs_cpu:.2f} CPU)"
        f"  ({len(sample)} documents)"
    )
    ratio = theirs_cpu / files_cpu_ms  # CPU: steadier than wall time on a shared machine
    result(f"`kesu render` {n} documents, 1 job, vs docxtpl (CPU)", f"{ratio:.1f}x", ">= 25x", ratio >= 25)
    if opts.no_peak:
        return 0
    growth = peak_big / peak_small
    flat = growth <= 1.2 and peak_big < 250
    print(
        f"peak resident memory of `kesu render`: {n} documents {peak_small:.0f} MB, {big} documents "
        f"{peak_big:.0f} MB ({growth:.2f}x): {'flat' if flat else 'NOT flat'}"
    )
    result(
        f"peak memory, `kesu render` {n} → {big} documents",
        f"{peak_small:.0f} → {peak_big:.0f} MB",
        "flat (≤ 1.2x), < 250 MB",
        flat,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
