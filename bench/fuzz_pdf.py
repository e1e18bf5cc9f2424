"""Fuzz the PDF path of ``kesu parse``: the bytes of small real PDFs (the held-out sets' filled
forms of a few kB, a fillable form, the samples' print) mutated and read as each file of a batch
is (see bench/fuzz_common.py for what a finding is and where it is written).

    nice -n 10 .venv/bin/python bench/fuzz_pdf.py -max_total_time=600 -timeout=20 -rss_limit_mb=1500
    .venv/bin/python bench/fuzz_pdf.py /tmp/kesu-fuzz/findings/pdf/X.bin   # one input again
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fuzz_common import ROOT, Findings, parse_as_kesu, run

SMALL = 8 * 1024  # a seed of a few kB: libFuzzer's mutations reach all of it
WORDS = [
    "obj",
    "endobj",
    "stream\n",
    "endstream",
    "/Length ",
    "/Filter /FlateDecode",
    "/Type /Page",
    "/Kids [",
    "/Count ",
    "/MediaBox [0 0 595 842]",
    "/Rotate 90",
    "/Contents ",
    "/Resources <<",
    "/Font <<",
    "/ToUnicode ",
    "/Encoding /Identity-H",
    "/AcroForm <<",
    "/Fields [",
    "/Annots [",
    "/Subtype /Widget",
    "/FT /Tx",
    "/FT /Btn",
    "/V (",
    "/T (",
    "/AP <<",
    "/XObject <<",
    "/Subtype /Form",
    "/BBox [",
    "BT",
    "ET",
    " Tf",
    " Td",
    " Tm",
    " Tj",
    " TJ",
    " re",
    " cm",
    " Do",
    "xref",
    "trailer",
    "startxref",
    "/Root ",
    "/Prev ",
    "/Encrypt",
    "0 R",
    "%%EOF",
    "1e308",
    "-2147483648",
    "99999999",
]


def seeds() -> list[bytes]:
    found = sorted(ROOT.glob("tests/holdout*/filled/*.pdf")) + sorted(ROOT.glob("tests/holdout*/odd/*.pdf"))
    small = [p.read_bytes() for p in found if p.stat().st_size <= SMALL]
    return small + [(ROOT / "samples" / "complaint-broken.pdf").read_bytes()]


FOLDER = Path(tempfile.mkdtemp(prefix="kesu-fuzz-pdf-"))
FINDINGS = Findings("pdf")


def test_one(data: bytes) -> None:
    path = FOLDER / "form.pdf"
    path.write_bytes(data)
    parse_as_kesu(path, FINDINGS, data)


if __name__ == "__main__":
    run("pdf", test_one, seeds, ("kesu_docs",), WORDS, keep=0, findings=FINDINGS)
