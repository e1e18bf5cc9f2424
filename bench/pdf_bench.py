"""PDF parsing speed: raw PDFium text extraction versus our whole parse of the same file.

The goal (issue 5): ``kesu parse`` of a printed form within 3× of the time PDFium alone
takes to open the file and pull its text. The file is a real multi-page form: the complaint
sample printed by LibreOffice Calc on A5 landscape, one page wide, so it runs over several
pages (the table and the closing block land on the next page).

    .venv/bin/python bench/pdf_bench.py            # a few seconds; needs LibreOffice
    .venv/bin/python bench/pdf_bench.py FILE.pdf   # any PDF of yours instead

Timings are the best of several rounds (the machine's other work only ever adds time), raw
and ours interleaved so both see the same conditions; the ratio is of CPU time (this
process's), as the other benchmarks judge theirs: on a shared, loaded machine a 10 ms parse is
preempted far more often than a 3 ms text extraction, which skews wall times against the
longer task. The wall-time ratio is printed beside it.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pypdfium2 as pdfium

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import QUICK  # noqa: E402
from _common import result as report  # noqa: E402

from kesu_docs.parse import parse_paths  # noqa: E402

SAMPLE = ROOT / "samples" / "complaint-valid.xlsx"
GOAL = 3.0


def multi_page_pdf(workdir: Path) -> Path:
    """The complaint sample printed by LibreOffice on A5 landscape, one page wide: several pages."""
    from openpyxl import load_workbook

    soffice = shutil.which("soffice")
    if soffice is None:
        sys.exit(
            "LibreOffice (soffice) is needed to print the sample form: install libreoffice-calc, "
            "or give a PDF: bench/pdf_bench.py FILE.pdf"
        )
    wb = load_workbook(SAMPLE)
    for ws in wb.worksheets:
        ws.page_setup.paperSize = ws.PAPERSIZE_A5
        ws.page_setup.orientation = "landscape"
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    xlsx = workdir / "complaint-a5.xlsx"
    wb.save(xlsx)
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{workdir / 'lo-profile'}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(workdir),
            str(xlsx),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    return xlsx.with_suffix(".pdf")


def raw_text(path: Path) -> None:
    """What PDFium alone does: open the file, load each page, extract its text."""
    pdf = pdfium.PdfDocument(path.read_bytes())
    for i in range(len(pdf)):
        page = pdf[i]
        textpage = page.get_textpage()
        textpage.get_text_range()
        textpage.close()
        page.close()
    pdf.close()


def ours(path: Path) -> None:
    """The whole parse: words, cells, label anchoring, validation, the procedure's rules."""
    parse_paths([path])


def best(fn: Callable[[Path], None], path: Path, rounds: int) -> tuple[float, float]:
    """(best CPU seconds, best wall seconds) of one call."""
    fn(path)  # warm: imports, caches
    cpus, walls = [], []
    for _ in range(rounds):
        start, cpu = time.perf_counter(), time.process_time()
        fn(path)
        cpus.append(time.process_time() - cpu)
        walls.append(time.perf_counter() - start)
    return min(cpus), min(walls)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        given = [a for a in sys.argv[1:] if not a.startswith("-")]
        path = Path(given[0]) if given else multi_page_pdf(Path(tmp))
        pages = len(pdfium.PdfDocument(path.read_bytes()))
        [result] = parse_paths([path])
        print(
            f"{path.name}: {pages} pages, kind {result.kind}, valid {result.valid}, "
            f"{len(result.errors)} errors"
        )
        raw_s = ours_s = raw_wall = ours_wall = float("inf")
        for _ in range(3 if QUICK else 5):  # interleaved, so both see the same machine
            cpu, wall = best(raw_text, path, 10)
            raw_s, raw_wall = min(raw_s, cpu), min(raw_wall, wall)
            cpu, wall = best(ours, path, 10)
            ours_s, ours_wall = min(ours_s, cpu), min(ours_wall, wall)
        ratio = ours_s / raw_s
        print(
            f"raw pypdfium2 text extraction : {raw_s * 1000:7.2f} ms CPU  ({raw_s * 1000 / pages:.2f} ms/page), "
            f"{raw_wall * 1000:.2f} ms wall"
        )
        print(
            f"kesu parse (whole pipeline)   : {ours_s * 1000:7.2f} ms CPU  ({ours_s * 1000 / pages:.2f} ms/page), "
            f"{ours_wall * 1000:.2f} ms wall ({ours_wall / raw_wall:.2f}x)"
        )
        report(
            f"PDF parse of a {pages}-page form vs raw pypdfium2 text",
            f"{ratio:.2f}x",
            f"<= {GOAL:g}x",
            ratio <= GOAL,
        )


if __name__ == "__main__":
    main()
