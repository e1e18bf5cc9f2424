"""Fuzz the Excel (.xlsx) path of ``kesu parse``: the XML parts inside real filled workbooks
mutated, the zip around them always rebuilt valid, so that every input reaches kesu's own
reading of the sheet XML, styles, shared strings, merged cells, defined names, drawings and
text boxes, comments (see bench/fuzz_common.py for what a finding is and where it is written).

An input is ``[seed, member] + the member's new bytes``: the seed workbook (one of SEEDS) and
which of its parts is replaced; the other parts are kept as the seed has them.

    nice -n 10 .venv/bin/python bench/fuzz_xlsx.py -max_total_time=600 -timeout=20 -rss_limit_mb=1500
    .venv/bin/python bench/fuzz_xlsx.py /tmp/kesu-fuzz/findings/xlsx/X.bin   # one input again
"""

from __future__ import annotations

import io
import sys
import tempfile
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fuzz_common import ROOT, Findings, distinct, parse_as_kesu, run

SEEDS = [
    "samples/complaint-valid.xlsx",
    "tests/holdout21/filled/complaint-zht-comment.xlsx",  # comments, VML, defined names, merges
    "tests/holdout10/filled/return-zht-datenum.xlsx",  # a drawing
    "tests/holdout10/odd/return-form-in-textbox.xlsx",  # the form in a text box
    "tests/holdout11/filled/8d-en-nostyles.xlsx",
    "tests/holdout11/filled/allowance-zht-erpcodes.xlsx",
    "tests/holdout8/templates/complaint-zht-formcontrols.xlsx",  # form controls
    "tests/holdout16/filled/return-zh-gsheets.xlsx",
]
WORDS = [
    '<c r="',
    '" t="s"',
    '" t="str"',
    '" t="inlineStr"',
    '" t="b"',
    '" t="e"',
    '" s="',
    "<v>",
    "</v>",
    "<f>",
    "<is><t>",
    "<si><t>",
    "<r><t>",
    '<row r="',
    '<mergeCell ref="',
    '<dimension ref="',
    '<definedName name="',
    "_xlnm.Print_Area",
    "Sheet1!$A$1:$Z$99",
    '<sheet name="',
    'state="hidden"',
    '<comment ref="',
    "<xdr:txBody>",
    "<a:t>",
    "<xdr:from><xdr:col>",
    '<numFmt numFmtId="',
    'formatCode="',
    '<xf numFmtId="',
    "<cellXfs",
    '<font><color rgb="FFFFFFFF"/>',
    '<hyperlink ref="',
    "<sheetPr>",
    'Target="',
    'TargetMode="External"',
    "XFD1048576",
    "A1:XFD1048576",
    "1048577",
    "-1",
    "1e308",
    "&#0;",
    "&amp;",
    "<!DOCTYPE",
]


def _members(seed: bytes) -> list[tuple[zipfile.ZipInfo, bytes]]:
    with zipfile.ZipFile(io.BytesIO(seed)) as archive:
        return [(info, archive.read(info)) for info in archive.infolist()]


def _load() -> list[list[tuple[zipfile.ZipInfo, bytes]]]:
    return [_members((ROOT / s).read_bytes()) for s in SEEDS]


BOOKS = _load()
# the parts worth mutating: XML and relationships (not pictures, nor binary printer settings)
PARTS = [
    [i for i, (info, _) in enumerate(book) if info.filename.endswith((".xml", ".rels", ".vml"))]
    for book in BOOKS
]
FOLDER = Path(tempfile.mkdtemp(prefix="kesu-fuzz-xlsx-"))
FINDINGS = Findings("xlsx")
CHOSEN = distinct(len(BOOKS) * 64)


def workbook(data: bytes) -> bytes:
    """The seed workbook with the one part the input names replaced by the input's bytes."""
    if len(data) < 2:
        return b""
    book = BOOKS[data[0] % len(BOOKS)]
    chosen = PARTS[data[0] % len(BOOKS)][data[1] % len(PARTS[data[0] % len(BOOKS)])]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as archive:
        for i, (info, part) in enumerate(book):
            archive.writestr(info.filename, data[2:] if i == chosen else part)
    return out.getvalue()


def test_one(data: bytes) -> None:
    book = workbook(data)
    if not book:
        return
    CHOSEN(data[0] % len(BOOKS) * 64 + data[1] % len(PARTS[data[0] % len(BOOKS)]) % 64)
    path = FOLDER / "form.xlsx"
    path.write_bytes(book)
    parse_as_kesu(path, FINDINGS, data)


def seeds() -> list[bytes]:
    return [bytes([s, m]) + BOOKS[s][i][1] for s in range(len(BOOKS)) for m, i in enumerate(PARTS[s])]


def _workbook_beside(path: Path, data: bytes) -> None:
    """One input read again: the workbook it stands for written beside it."""
    path.with_suffix(".xlsx").write_bytes(workbook(data))


if __name__ == "__main__":
    run(
        "xlsx",
        test_one,
        seeds,
        ("kesu_docs",),
        WORDS,
        keep=2,
        instrumented=[CHOSEN],
        findings=FINDINGS,
        beside=_workbook_beside,
    )
