"""PDF text the way some producers leave it (issue 10, twelfth round): a page drawn glyph by
glyph, a 年月日 date wrapped in a narrow cell, a fillable PDF whose fields are named by no form.

Each test writes its own small PDF (fpdf2, and pypdf for the form fields) and reads it."""

from __future__ import annotations

from pathlib import Path

import pytest

from kesu_docs.parse.pdf import words_of
from kesu_docs.parse.pdf_cells import cells
from tests.helpers import parse_cli

CJK = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
# WenQuanYi Micro Hei: its space is wide for its line height, as an old driver's font
WQY = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")


def _needs_cjk() -> None:
    if not CJK.exists():
        pytest.skip("fonts-noto-cjk is not installed (.ci/run installs it)")


def _needs_wqy() -> None:
    if not WQY.exists():
        pytest.skip("fonts-wqy-microhei is not installed")


def _glyph_page(path: Path, lines: list[tuple[float, float, str]], tracking: float = 0.25) -> Path:
    """Each text drawn a character at a time (an old driver), ``tracking`` mm between glyphs;
    a space is not drawn, only its advance kept."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("cjk", "", str(WQY))
    pdf.set_font("cjk", size=9)
    for x, y, text in lines:
        for ch in text:
            if ch != " ":
                pdf.text(x, y, ch)
            x += pdf.get_string_width(ch) + tracking
    pdf.output(str(path))
    return path


def test_a_space_drawn_as_a_gap_between_glyphs_keeps_a_name_whole(tmp_path):
    _needs_wqy()
    pdf = _glyph_page(
        tmp_path / "glyphs.pdf",
        [
            (15, 40, "品名"),
            (60, 40, "數量"),
            (15, 48, "軟板 FPC-156"),  # the second words of two lines start at one x
            (60, 48, "400"),
            (15, 56, "螺絲 M2x4"),
            (60, 56, "2,000"),
        ],
    )
    texts = [w.text for w in words_of(pdf.read_bytes())[0]]
    assert "軟板 FPC-156" in texts and "螺絲 M2x4" in texts
    # a column a few spaces away is still another text
    assert "400" in texts and "2,000" in texts and "數量" in texts


def test_glyphs_set_wider_than_a_space_stay_apart(tmp_path):
    _needs_wqy()
    pdf = _glyph_page(tmp_path / "apart.pdf", [(15, 40, "客戶"), (24, 40, "群創光電"), (15, 48, "單號")])
    texts = [w.text for w in words_of(pdf.read_bytes())[0]]
    assert "客戶" in texts and "群創光電" in texts  # about 1.5 line heights apart: two texts


def _wrapped_date_sheet(path: Path, tail: str) -> Path:
    """A ruled sheet: 开具日期 | a narrow date cell whose text wrapped, its tail ``tail`` printed
    below the row, in the buyer's (wide, merged) cell under it, right-aligned as the date."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("cjk", "", str(CJK))
    pdf.set_font("cjk", size=9)
    pdf.set_xy(20, 30)
    pdf.cell(40, 6, "开具日期", border=1)
    pdf.cell(24, 6, "2026年3月25", border=1, align="R")
    pdf.cell(40, 6, "原发票号码", border=1)
    pdf.set_xy(20, 36)
    pdf.cell(40, 10, "购买方", border=1)
    pdf.cell(64, 10, "杭州某某科技有限公司", border=1)
    x = 20 + 40 + 24 - 1 - pdf.get_string_width(tail)
    pdf.text(x, 39.5, tail)  # under the date's end, on the buyer's first line
    pdf.output(str(path))
    return path


def _wrapped_date_cells(path: Path, tail: str) -> list[str]:
    """The texts of the boxes read on a ``_wrapped_date_sheet`` whose stray ``tail`` sits under
    the date's end."""
    _needs_cjk()
    words, rules, _ = words_of(_wrapped_date_sheet(path, tail).read_bytes())
    return [c.text for c in cells(words, rules)]


def test_a_dates_wrapped_tail_goes_back_on_the_date(tmp_path):
    texts = _wrapped_date_cells(tmp_path / "date.pdf", "日")
    assert "2026年3月25日" in texts
    assert "杭州某某科技有限公司" in texts  # the buyer without the date's 日


def test_a_lone_character_that_completes_no_date_stays_where_it_is(tmp_path):
    texts = _wrapped_date_cells(tmp_path / "note.pdf", "乙")
    assert "2026年3月25" in texts
    assert any("乙" in t and "杭州" in t for t in texts)


def test_a_date_with_room_left_in_its_cell_takes_no_tail_from_the_next_row(tmp_path):
    """``5日`` in the next row's cell under a short ``2026年3月`` (a month only) is that row's
    value: the date did not fill its cell, so nothing of it wrapped."""
    _needs_cjk()
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("cjk", "", str(CJK))
    pdf.set_font("cjk", size=9)
    for row, (label, value) in enumerate([("出货日期", "2026年3月"), ("回复期限", "5日")]):
        pdf.set_xy(20, 30 + 6 * row)
        pdf.cell(30, 6, label, border=1)
        pdf.cell(40, 6, value, border=1)
    path = tmp_path / "month.pdf"
    pdf.output(str(path))
    words, rules, _ = words_of(path.read_bytes())
    texts = [c.text for c in cells(words, rules)]
    assert "2026年3月" in texts and "5日" in texts
    assert not any("3月5日" in t for t in texts)


def _scar(
    path: Path, title: str, values: dict[str, str], printed_under: dict[str, str] | None = None
) -> Path:
    """A customer's fillable request: labels printed, boxes drawn, each value only in a text
    field named ``f1`` … (named by no form); ``printed_under``: text printed in a box too."""
    from fpdf import FPDF
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ArrayObject, DictionaryObject, FloatObject, NameObject, TextStringObject

    labels = list(values)
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", "B", 14)
    pdf.text(15, 18, title)
    pdf.set_font("helvetica", "", 9)
    for i, label in enumerate(labels):
        y = 30 + 10 * i
        pdf.text(15, y, label)
        pdf.rect(60, y - 5, 130, 7)
        if printed_under and label in printed_under:
            pdf.text(62, y, printed_under[label])
    pdf.output(str(path))

    writer = PdfWriter(clone_from=PdfReader(path))
    page = writer.pages[0]
    height = float(page.mediabox.top)
    refs = []
    for i, label in enumerate(labels):
        y = 30 + 10 * i  # mm, the label's baseline; the box from y-5 to y+2
        top, bottom = height - (y - 5) * 72 / 25.4, height - (y + 2) * 72 / 25.4
        field = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Annot"),
                NameObject("/Subtype"): NameObject("/Widget"),
                NameObject("/FT"): NameObject("/Tx"),
                NameObject("/T"): TextStringObject(f"f{i + 1}"),
                NameObject("/V"): TextStringObject(values[label]),
                NameObject("/DA"): TextStringObject("/Helv 9 Tf 0 g"),
                NameObject("/Rect"): ArrayObject(
                    [
                        FloatObject(60 * 72 / 25.4),
                        FloatObject(bottom),
                        FloatObject(190 * 72 / 25.4),
                        FloatObject(top),
                    ]
                ),
            }
        )
        refs.append(writer._add_object(field))
    page[NameObject("/Annots")] = ArrayObject(refs)
    writer._root_object[NameObject("/AcroForm")] = DictionaryObject(
        {NameObject("/Fields"): ArrayObject(refs)}
    )
    with open(path, "wb") as fh:
        writer.write(fh)
    return path


_REQUEST = {
    "Complaint No.": "CR-2026-0417",
    "Date issued": "04/17/2026",
    "Customer": "Harbor Appliances",
    "Part number": "HA-FAN-220",
    "Part description": "Condenser fan 220 V",
    "Quantity shipped": "4,000",
    "Quantity rejected": "57",
    "Lot / date code": "DC 2614",
    "Nonconformance": "Fan blade rubs the shroud.",
}


def test_a_fillable_pdfs_fields_are_read_by_the_labels_beside_their_boxes(tmp_path):
    pdf = _scar(tmp_path / "request.pdf", "CUSTOMER COMPLAINT", _REQUEST)
    code, docs = parse_cli(pdf, "--kind", "complaint")
    record = docs[0]["record"]
    assert record["number"] == "CR-2026-0417"
    assert record["part_name"] == "Condenser fan 220 V"
    assert record["ship_qty"] == 4000 and record["defect_qty"] == 57
    assert record["description"] == "Fan blade rubs the shroud."
    assert not [w for w in docs[0]["warnings"] if w["code"] == "field_differs_from_print"]


def test_a_scar_title_over_a_request_without_disciplines_is_read_as_a_complaint(tmp_path):
    pdf = _scar(tmp_path / "scar.pdf", "SUPPLIER CORRECTIVE ACTION REQUEST", _REQUEST)
    code, docs = parse_cli(pdf)
    assert docs[0]["kind"] == "complaint"
    assert "kind_guessed" in {w["code"] for w in docs[0]["warnings"]}  # told as a guess
    assert docs[0]["record"]["defect_qty"] == 57


def test_a_field_that_differs_from_the_text_printed_under_it_is_a_warning(tmp_path):
    pdf = _scar(
        tmp_path / "overprinted.pdf",
        "CUSTOMER COMPLAINT",
        _REQUEST,
        printed_under={"Nonconformance": "Motor hum at low speed."},
    )
    code, docs = parse_cli(pdf, "--kind", "complaint")
    assert docs[0]["record"]["description"] == "Fan blade rubs the shroud."  # the field's /V
    warned = [w for w in docs[0]["warnings"] if w["code"] == "field_differs_from_print"]
    assert [w["field"] for w in warned] == ["description"]
    assert "Motor hum" in warned[0]["message"]
