"""PDFium is not thread-safe: the page's request threads (a PDF page's preview, its page count)
and its batch thread (reading a PDF form) run in one process, and two of them at once crashed it
(seen here: abort, segmentation fault, "Failed to load page"; on the CI-like run, a preview's
request closed unanswered). kesu_docs.web.preview.PDFIUM holds them one at a time. Run in a
process of its own: before the lock, this crashed the process that ran it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_PREVIEWS = """
import sys, threading
from pathlib import Path
from kesu_docs.parse import read_paths
from kesu_docs.web import preview

paths = [Path(p) for p in sys.argv[1:]]
made = {p: set() for p in paths}
failed = []

def previews():
    try:
        for _ in range(8):
            for p in paths:
                made[p].add(preview.pdf_page_png(p, 1, [(1, "客户名称")]))
                assert preview.pdf_pages(p) >= 1
    except BaseException as exc:
        failed.append(repr(exc))

def batch():  # the batch thread reads a PDF form as web/jobs.py does: under the lock
    try:
        for _ in range(3):
            for p in paths:
                with preview.PDFIUM:
                    read_paths([p])
    except BaseException as exc:
        failed.append(repr(exc))

threads = [threading.Thread(target=previews) for _ in range(4)] + [threading.Thread(target=batch)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(failed or "ok", [len(v) for v in made.values()])
"""


def test_previews_and_a_batch_use_pdfium_one_at_a_time_and_never_crash_the_server():
    pdfs = sorted((ROOT / "tests" / "holdout14" / "filled").glob("*.pdf"))[:5]
    assert len(pdfs) == 5
    done = subprocess.run(
        [sys.executable, "-c", _PREVIEWS, *map(str, pdfs)],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=ROOT,
    )
    assert done.returncode == 0, (done.returncode, done.stderr[-2000:])
    assert done.stdout.strip() == f"ok {[1] * len(pdfs)}", done.stdout + done.stderr[-2000:]
