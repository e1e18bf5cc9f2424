"""A PDF drawn one character at a time with extra tracking (a report tool writing a glyph per
call): PDFium puts a space after every letter, so the page reads ``W h i r l p o o l``. Words are
rebuilt from the gaps between glyphs relative to the line's tracking, as pdftotext does: the form
is recognised and its values read whole, while ordinary text stays as it is."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfWriter
from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

from kesu_docs.parse import parse_paths
from kesu_docs.parse.pdf import words_of

SIZE = 10.0
ADVANCE = 0.6 * SIZE  # Courier: every glyph as wide


def _glyphs(x: float, y: float, text: str, tracking: float) -> str:
    """One text object per character, each placed by hand: letters ``tracking`` points apart."""
    out = []
    for ch in text:
        if ch != " ":
            esc = ch.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            out.append(f"BT /F1 {SIZE} Tf {x:.2f} {y:.2f} Td ({esc}) Tj ET")
        x += ADVANCE + tracking
    return "\n".join(out)


def _page(tmp_path: Path, lines: list[tuple[float, float, str]], tracking: float) -> Path:
    writer = PdfWriter()
    page = writer.add_blank_page(595, 842)
    font = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Courier"),
        }
    )
    page[NameObject("/Resources")] = DictionaryObject(
        {NameObject("/Font"): DictionaryObject({NameObject("/F1"): writer._add_object(font)})}
    )
    stream = DecodedStreamObject()
    stream.set_data("\n".join(_glyphs(x, y, t, tracking) for x, y, t in lines).encode("latin-1"))
    page[NameObject("/Contents")] = writer._add_object(stream)
    path = tmp_path / f"notice-{tracking}.pdf"
    with open(path, "wb") as fh:
        writer.write(fh)
    return path


NOTICE = [
    (42, 790, "CUSTOMER COMPLAINT NOTICE"),
    (42, 750, "Complaint No.:"),
    (200, 750, "CN-26-00311"),
    (42, 728, "Customer:"),
    (200, 728, "Whirlpool Foshan"),
    (42, 706, "Part Number:"),
    (200, 706, "WP-MTR-5521"),
    (42, 684, "Date Received:"),
    (200, 684, "Mar 5, 2026"),
    (42, 662, "Reported by:"),
    (200, 662, "Grace Liang"),
]


def test_letters_drawn_one_at_a_time_are_read_as_words(tmp_path):
    words, _rules, _form = words_of(_page(tmp_path, NOTICE, tracking=2.3).read_bytes())
    texts = [w.text for w in words]
    assert "Whirlpool Foshan" in texts
    assert "Complaint No.:" in texts
    assert "CN-26-00311" in texts


def test_a_tracked_complaint_notice_is_recognised_and_read(tmp_path):
    [result] = parse_paths([_page(tmp_path, NOTICE, tracking=2.3)])
    doc = result.to_dict("en")
    assert doc["kind"] == "complaint"
    record = doc["record"]
    assert record["customer"] == "Whirlpool Foshan"
    assert record["number"] == "CN-26-00311"
    assert record["part_no"] == "WP-MTR-5521"
    assert record["received_date"] == "2026-03-05"
    assert record["reporter"] == "Grace Liang"


def test_text_set_without_tracking_is_left_to_the_word_gaps(tmp_path):
    # the same glyphs without extra spacing: words as PDFium and the word gap make them
    words, _rules, _form = words_of(_page(tmp_path, NOTICE, tracking=0.0).read_bytes())
    texts = [w.text for w in words]
    assert {"Whirlpool", "Foshan", "Grace", "Liang", "CN-26-00311"} <= set(texts)
