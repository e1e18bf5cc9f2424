"""The limits' checks of a PDF read the file's bytes once, cheaply (the lead's mend of dev23-ops).

Two scans were costly on every PDF: a search for ``N G obj`` that tried every digit of the
compressed streams, and taking any ``#`` with two hex digits — found by chance in most compressed
streams — for a key written with escapes, which sent the file through pypdf a second time. Both
must still find what an attacker hides.
"""

from __future__ import annotations

import re
import zlib
from pathlib import Path

from kesu_docs.parse import limits

ROOT = Path(__file__).resolve().parent.parent


def _pdf(body: bytes) -> bytes:
    return b"%PDF-1.7\n" + body + b"\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"


def test_a_hash_and_two_hex_digits_inside_a_stream_hides_no_page() -> None:
    noise = zlib.compress(b"BT /F1 12 Tf (#41#6F) Tj ET " * 50) + b"#4a#6Fx/Ab#41c"
    data = _pdf(
        b"1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
        b"2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
        b"3 0 obj << /Type /Page /Parent 2 0 R /Contents 4 0 R >> endobj\n"
        b"4 0 obj << /Length %d /Filter /FlateDecode >> stream\n" % len(noise) + noise + b"\nendstream endobj"
    )
    assert limits.objects_may_hide(data) is False
    assert limits.content_refs(data) == {(4, 0): 1}


def test_a_contents_key_written_with_escapes_is_taken_for_hidden_pages() -> None:
    for key in (b"/Cont#65nts", b"/#43ontents", b"/K#69ds", b"/Obj#53tm"):
        data = _pdf(b"3 0 obj << /Type /Page " + key + b" 4 0 R >> endobj")
        assert limits.objects_may_hide(data) is True, key


def test_object_starts_are_those_of_a_full_search() -> None:
    """Every object's body found as a search of ``N G obj`` over the whole file finds it: far
    apart numbers, a long run of white space, ``endobj``, ``objx``, an update's second copy."""
    spaces = b" " * 100
    data = _pdf(
        b"1 0 obj<<>>endobj 12\n0\nobj [1 2] endobj 7 0" + spaces + b"obj (x) endobj "
        b"8 0 objx 9 0 obj\r\n<<>> endobj 123 4 obj 1 endobj 12 0 obj (update) endobj"
    )
    full = re.compile(rb"(?<!\d)(\d+)\s+(\d+)\s+obj\b")
    expected = {(int(m[1]), int(m[2])): m.end() for m in full.finditer(data)}
    assert limits.object_starts(data) == expected
    assert (7, 0) in expected and (8, 0) not in expected and expected[(12, 0)] > expected[(1, 0)]


def test_object_starts_agree_with_a_full_search_on_real_prints() -> None:
    full = re.compile(rb"(?<!\d)(\d+)\s+(\d+)\s+obj\b")
    files = sorted((ROOT / "tests" / "layouts" / "filled").glob("*.pdf"))[:40]
    assert files
    for path in files:
        data = path.read_bytes()
        expected = {(int(m[1]), int(m[2])): m.end() for m in full.finditer(data)}
        assert limits.object_starts(data) == expected, path.name
        assert limits.objects_may_hide(data) is False, path.name
