"""PDFs with very many annotations, or annotations pypdf cannot follow (issue 10, bad input).

dev26-attack: a page naming one widget 90,000 times kept the reader 2.7 s (25 s on a loaded
machine); 200,000 were refused in pypdf's English ("Reached maximum array element count"). Now
a page over ``pdf_page_annots`` and a file over ``pdf_annots`` are refused (``limit_exceeded``,
exit 2) naming the page and the count, and pypdf's failures on a damaged /Annots or page tree
are said in Chinese and English, naming where.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import run_cli
from hostile import _pdf, many_annots

from kesu_docs.parse.pdf_fields import field_values
from kesu_docs.problems import SourceError

_TEXT = b"BT /F1 12 Tf 72 760 Td (Customer complaint) Tj ET"
_WIDGET = (
    b"<< /Type /Annot /Subtype /Widget /FT /Tx /T (customer) /V (ACME) /Rect [100 700 400 720] /P 3 0 R >>"
)


def _form(
    annots: bytes, *, kids: bytes = b"[3 0 R]", acroform: bytes = b"[4 0 R]", extra: list[bytes] = ()
) -> bytes:
    """A one-page fillable PDF: its page's ``/Annots`` written as given (object 4: a text
    widget ``customer`` holding ACME; ``extra`` from object 7 on)."""
    return _pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields " + acroform + b" >> >>",
            b"<< /Type /Pages /Kids " + kids + b" /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Annots "
            + annots
            + b" /Contents 5 0 R /Resources << /Font << /F1 6 0 R >> >> >>",
            _WIDGET,
            b"<< /Length %d >>\nstream\n" % len(_TEXT) + _TEXT + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            *extra,
        ]
    )


def _named(times: int) -> bytes:
    return b"[" + b" ".join([b"4 0 R"] * times) + b"]"


def _parse(path: Path, lang: str = "zh") -> tuple[int, dict]:
    import json

    code, out = run_cli("--lang", lang, "parse", path)
    [doc] = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    return code, doc


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("times", [90_000, 200_000])
def test_a_page_naming_one_widget_a_hundred_thousand_times_is_refused_naming_the_page(times, tmp_path):
    path = many_annots(tmp_path / "many.pdf", times)
    code, doc = _parse(path)
    assert code == 2
    assert [e["code"] for e in doc["errors"]] == ["limit_exceeded"], doc["errors"]
    message = doc["errors"][0]["message"]
    assert "第 1 页的注释" in message and f"{times:,}" in message and "pdf_page_annots" in message, message
    code, doc = _parse(path, "en")
    message = doc["errors"][0]["message"]
    assert "page 1" in message and f"{times:,}" in message and "LimitReachedError" not in message, message


def test_annotations_out_of_sight_of_a_search_are_counted_all_the_same(tmp_path):
    """``/Ann#6fts`` is /Annots to PDFium; an /Annots naming an array object by number is
    followed: both refused as the array written in place is."""
    escaped = _write(tmp_path, "escaped.pdf", _form(_named(5_000)).replace(b"/Annots", b"/Ann#6fts"))
    by_number = _write(tmp_path, "number.pdf", _form(b"7 0 R", extra=[_named(5_000)]))
    for path in (escaped, by_number):
        code, doc = _parse(path)
        assert code == 2 and [e["code"] for e in doc["errors"]] == ["limit_exceeded"], doc["errors"]
        assert "5,000" in doc["errors"][0]["message"], doc["errors"]


def test_a_file_over_the_annotations_of_a_document_is_refused(tmp_path):
    """Eleven pages of 1,900 annotations each: every page within ``pdf_page_annots``, the file
    (20,900) over ``pdf_annots``."""
    pages = 11
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [3 0 R] >> >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>"
        % (b" ".join(b"%d 0 R" % (4 + i) for i in range(pages)), pages),
        _WIDGET.replace(b"/P 3 0 R", b""),
    ]
    objects += [
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Annots [%s] >>"
        % b" ".join([b"3 0 R"] * 1_900)
    ] * pages
    code, doc = _parse(_write(tmp_path, "pages.pdf", _pdf(objects)), "en")
    assert code == 2 and [e["code"] for e in doc["errors"]] == ["limit_exceeded"], doc["errors"]
    message = doc["errors"][0]["message"]
    assert "pdf_annots" in message and "20,900" in message and "page 11" in message, message


def test_a_page_within_the_limit_is_read(tmp_path):
    code, doc = _parse(_write(tmp_path, "ok.pdf", _form(_named(1_500))))
    assert "limit_exceeded" not in [e["code"] for e in doc["errors"]], doc["errors"]
    assert doc["record"]["customer"] == "ACME", doc


@pytest.mark.parametrize(
    "annots, extra",
    [
        (b"5", []),  # no array: pypdf's "'NumberObject' object is not iterable"
        (b"[(x) 4 0 R]", []),  # a text among them: "'TextStringObject' object has no attribute 'get'"
        (b"[4 0 R 99 0 R]", []),  # a reference to no object
        (b"7 0 R", [b"[4 0 R 7 0 R]"]),  # an array naming itself
    ],
    ids=["number", "text", "dangling", "itself"],
)
def test_a_damaged_annotations_array_is_no_annotation_and_never_an_english_error(annots, extra, tmp_path):
    """What PDFium and a viewer show nothing for is no annotation: the page's other widgets
    are read; the file was refused with pypdf's English text."""
    code, doc = _parse(_write(tmp_path, "damaged.pdf", _form(annots, extra=extra)))
    assert "unreadable_file" not in [e["code"] for e in doc["errors"]], doc["errors"]
    if annots != b"5":
        assert doc["record"]["customer"] == "ACME", doc


def test_a_page_tree_that_loops_is_refused_in_chinese_and_english_naming_it(tmp_path):
    path = _write(tmp_path, "loop.pdf", _form(_named(1), kids=b"[3 0 R 2 0 R]"))
    code, doc = _parse(path)
    assert code == 2 and [e["code"] for e in doc["errors"]] == ["corrupt_file"], doc["errors"]
    message = doc["errors"][0]["message"]
    assert "页面树" in message and "循环引用" in message and "PdfReadError" not in message, message
    code, doc = _parse(path, "en")
    message = doc["errors"][0]["message"]
    assert "page tree" in message and "loop" in message, message


def test_an_acroform_fields_tree_that_loops_or_a_parent_chain_that_loops_is_read(tmp_path):
    """The reader never walks /AcroForm /Fields (the widgets are found on the pages), and a
    field's /Parent chain is followed 32 steps at most."""
    fields = _write(
        tmp_path,
        "fields.pdf",
        _form(_named(1), acroform=b"[4 0 R 7 0 R]", extra=[b"<< /T (a) /Kids [7 0 R] /Parent 7 0 R >>"]),
    )
    parents = _write(
        tmp_path,
        "parents.pdf",
        _form(
            b"[4 0 R 7 0 R]",
            extra=[
                b"<< /Type /Annot /Subtype /Widget /T (b) /Parent 8 0 R /Rect [1 1 50 50] >>",
                b"<< /T (c) /Parent 7 0 R /FT /Tx >>",
            ],
        ),
    )
    for path in (fields, parents):
        code, doc = _parse(path)
        assert doc["record"]["customer"] == "ACME", doc


def test_pypdf_past_its_own_array_limit_is_said_naming_where(tmp_path):
    """With ``pdf_page_annots`` raised past pypdf's own limit (100,000 elements an array), the
    field reader says where (the page tree: pypdf reads each page's dictionary as it walks it)
    and what in Chinese and English, pypdf's words for IT."""
    with pytest.raises(SourceError) as caught:
        field_values(_form(_named(100_001)))
    assert caught.value.code == "corrupt_file"
    reason = caught.value.params["reason"]
    assert "页面对象" in reason.zh and "100,000" in reason.zh and "Reached" not in reason.zh, reason
    assert "a page in it" in reason.en and "LimitReachedError" in reason.en, reason


def kept_in_an_object_stream(times: int) -> bytes:
    """:func:`_form`'s page naming its widget ``times`` times, the page object kept in a
    compressed object stream (as Word and Acrobat save): out of sight of a search of the bytes."""
    from tests.test_hostile_inputs12 import _with_object_stream

    page = (
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Annots "
        + _named(times)
        + b" /Contents 5 0 R /Resources << /Font << /F1 6 0 R >> >> >>"
    )
    objects: list[bytes | None] = [
        b"<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [4 0 R] >> >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        None,
        _WIDGET,
        b"<< /Length %d >>\nstream\n" % len(_TEXT) + _TEXT + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    return _with_object_stream(objects, {3: page})


def test_a_page_kept_in_an_object_stream_is_counted_by_pdfium(tmp_path):
    """A page out of sight of a search of the bytes (in a compressed object stream, as Word and
    Acrobat save): its 5,000 annotations are counted by PDFium, and refused naming it; with 50
    it is read."""
    code, doc = _parse(_write(tmp_path, "kept.pdf", kept_in_an_object_stream(5_000)), "en")
    assert code == 2 and [e["code"] for e in doc["errors"]] == ["limit_exceeded"], doc["errors"]
    assert "page 1" in doc["errors"][0]["message"] and "5,000" in doc["errors"][0]["message"], doc
    code, doc = _parse(_write(tmp_path, "fifty.pdf", kept_in_an_object_stream(50)))
    assert doc["record"]["customer"] == "ACME", doc


def test_a_turned_page_with_a_damaged_annotations_array_is_read(tmp_path):
    """A page stored turned (/Rotate 90, its text on its side) is read upright, its widgets
    moved with it: a text among its /Annots made that pypdf's English error too."""
    turned = _TEXT.replace(b"72 760 Td", b"0 1 -1 0 300 100 Tm")
    data = _form(b"[(x) 4 0 R 99 0 R]").replace(_TEXT, turned).replace(b"/MediaBox", b"/Rotate 90 /MediaBox")
    code, doc = _parse(_write(tmp_path, "turned.pdf", data))
    assert "unreadable_file" not in [e["code"] for e in doc["errors"]], doc["errors"]
    assert doc["record"]["customer"] == "ACME", doc
