"""The operator limit (``pdf_operators``) counts what makes PDFium costly — the graphics-state
saves and restores (``q``, ``Q``) — and every operator only against ten times as much: a form
with one drawing page as a CAD program exports it (hundreds of thousands of line segments) is
read, as it was before the limit, while pages of millions of ``q`` stay refused
(tests/test_hostile_inputs12.py)."""

from __future__ import annotations

import io
import random
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from pypdf.generic import DecodedStreamObject, NameObject

from kesu_docs.parse import parse_paths
from kesu_docs.parse.limits import check_pdf_operators
from tests.test_hostile_inputs6 import kesu_process, parsed
from tests.test_hostile_inputs12 import _CATALOG, _FONT, _page, _stream

FORM = Path(__file__).parent / "layouts" / "filled" / "8d-en-compact.pdf"


def _with_drawing(segments: int) -> bytes:
    """The filled 8D and a page of ``segments`` line segments (``x y m x y l S``: three operators
    each, no ``q``), as a part drawing is exported."""
    writer = PdfWriter(clone_from=PdfReader(FORM))
    page = writer.add_blank_page(595, 842)
    rnd = random.Random(7)
    ops = ["0.2 w"]
    for _ in range(segments):
        x, y = rnd.randint(20, 575), rnd.randint(20, 820)
        ops.append(f"{x} {y} m {x + rnd.randint(-4, 4)} {y + rnd.randint(-4, 4)} l S")
    content = DecodedStreamObject()
    content.set_data("\n".join(ops).encode())
    page[NameObject("/Contents")] = writer._add_object(content.flate_encode())
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_a_form_with_a_drawing_page_of_two_million_operators_is_read(tmp_path: Path) -> None:
    """700,000 segments: 2.1 million operators, over ``pdf_operators`` (two million) that once
    counted them all and refused the form; no ``q`` among them, so it is read."""
    path = tmp_path / "with-drawing.pdf"
    path.write_bytes(_with_drawing(700_000))
    check_pdf_operators(path.read_bytes())  # (no refusal)
    [doc] = parse_paths([path])
    assert "limit_exceeded" not in [e.code for e in doc.errors], doc.errors
    assert doc.record  # the form on the first page is read


def test_all_operators_are_bounded_at_ten_times_the_limit(tmp_path: Path) -> None:
    """With ``pdf_operators`` lowered to 10,000: a page of 40,000 line segments (120,000
    operators, no ``q``) is over ten times that and refused, named by its key; 3,000 are read."""
    from hostile import _pdf

    (tmp_path / "kesu.toml").write_text("[limits]\npdf_operators = 10000\n", encoding="utf-8")
    pages = b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>"
    for name, segments in (("many.pdf", 40_000), ("few.pdf", 3_000)):
        body = b"BT /F1 12 Tf 50 800 Td (Supplier: Hartmann) Tj ET\n" + b"10 10 m 20 20 l S\n" * segments
        (tmp_path / name).write_bytes(_pdf([_CATALOG, pages, _page(b"5 0 R"), _FONT, _stream(body)]))
    _status, out, err, _peak = kesu_process(
        "parse", tmp_path / "many.pdf", tmp_path / "few.pdf", cwd=tmp_path, lang="en"
    )
    assert "Traceback" not in err, err
    many, few = parsed(out)
    assert [e["code"] for e in many["errors"]] == ["limit_exceeded"], many
    assert "pdf_operators" in many["errors"][0]["message"] and "all the drawing operators" in out
    assert "limit_exceeded" not in [e["code"] for e in few["errors"]], few
