"""Bombs refused before they are read: time and peak memory of ``kesu parse`` on each.

    python bench/limits_bench.py

The files of issue 8 at full size: an .xlsx of about 1 MB holding 1 GB of whitespace, one of
1 GB in a single string, a PDF whose stream inflates to 1 GB, a PDF of 200,000 pages; and the
seventeenth round's: a workbook of 100,000 sheets, one of 200,000 zip members, a PDF page of
1,000,000 pt; and the twenty-fifth round's: a PDF page naming one widget 200,000 times. Each is
parsed in a process of its own; the goal is a refusal (``limit_exceeded``, exit 2) in under 2 s
with under 300 MB of memory. Exit 1 when one misses it.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from hostile import (  # noqa: E402
    huge_page,
    many_annots,
    many_members,
    many_sheets,
    pages_bomb,
    ratio_bomb,
    stream_bomb,
    whitespace_bomb,
)

GOAL_S, GOAL_MB = 2.0, 300
PROBE = """
import resource, sys
from kesu_docs.cli import main
sys.argv = ['kesu', 'parse', sys.argv[1]]
try:
    main()
except SystemExit as exc:
    code = exc.code
sys.stdout.flush()
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)
sys.exit(code)
"""


def measure(path: Path) -> tuple[float, float, int, str]:
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", PROBE, str(path)], capture_output=True, text=True)
    seconds = time.perf_counter() - start
    peak_mb = int(done.stderr.strip().splitlines()[-1]) / 1024
    line = next((ln for ln in done.stdout.splitlines() if ln.startswith("{")), "{}")
    codes = [e["code"] for e in json.loads(line).get("errors", [])]
    return seconds, peak_mb, done.returncode, ",".join(codes)


def main() -> int:
    bombs = {
        "xlsx, 1 GB of whitespace": lambda d: whitespace_bomb(d / "ws.xlsx", mb=1024),
        "xlsx, one 1 GB string": lambda d: ratio_bomb(d / "string.xlsx", mb=1024),
        "pdf, stream inflating to 1 GB": lambda d: stream_bomb(d / "stream.pdf", mb=1024),
        "pdf, 200,000 pages": lambda d: pages_bomb(d / "pages.pdf", pages=200_000),
        # the seventeenth round's limits: sheets, zip_members, pdf_page_pt
        "xlsx, 100,000 sheets": lambda d: many_sheets(d / "sheets.xlsx", 100_000, shared=True),
        "xlsx, 200,000 zip members": lambda d: many_members(d / "members.xlsx", 200_000),
        "pdf, a page of 1,000,000 pt": lambda d: huge_page(d / "page.pdf", height=1_000_000),
        # the twenty-fifth round's: pdf_page_annots (one widget named 200,000 times)
        "pdf, 200,000 annotations a page": lambda d: many_annots(d / "annots.pdf", 200_000),
    }
    missed = 0
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        print(f"{'file':32} {'on disk':>10} {'time':>8} {'peak':>9}  exit  code")
        for name, make in bombs.items():
            path = make(folder)
            seconds, peak, status, codes = measure(path)
            ok = seconds < GOAL_S and peak < GOAL_MB and status == 2 and codes == "limit_exceeded"
            missed += not ok
            size = path.stat().st_size / 1024 / 1024
            print(
                f"{name:32} {size:8.1f}MB {seconds:7.2f}s {peak:7.0f}MB  {status:4}  {codes}"
                + ("" if ok else "   <-- MISSED")
            )
            path.unlink()
    print(f"goal: refused (limit_exceeded, exit 2) in < {GOAL_S} s with < {GOAL_MB} MB")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
