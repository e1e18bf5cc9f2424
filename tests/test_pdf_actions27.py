"""fixa27: what the review of pdf27's object-stream check found. The answer whether a PDF's
objects may be out of sight is asked once by its reader and given on (no module global keeping
the last PDF's bytes alive for the whole process)."""

from __future__ import annotations

import gc
import sys
from pathlib import Path

from kesu_docs.parse import limits, parse_paths

ROOT = Path(__file__).resolve().parents[1]


def test_no_pdfs_bytes_are_kept_once_it_is_read():
    data = (ROOT / "tests/layouts/filled/8d-de-a3.pdf").read_bytes()
    data = bytes(bytearray(data))  # (a bytes object of this test's own)
    before = sys.getrefcount(data)
    limits.check_pdf(data)
    limits.content_refs(data)
    assert limits.objects_may_hide(data) is False
    gc.collect()
    assert sys.getrefcount(data) == before  # (attack27's _LAST_SEEN held it: one more)
    [result] = parse_paths([ROOT / "samples/complaint-broken.pdf"])
    assert result.kind is not None
    assert not [v for v in vars(limits).values() if isinstance(v, tuple) and any(type(x) is bytes for x in v)]
