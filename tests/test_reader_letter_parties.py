"""A complaint letter's parties and counts (dev23-letters, issue 10): the signing company read
whole whatever its legal form (``Sp. z o.o.``, ``Pty Ltd``, ``株式会社``, ``有限責任公司``), never cut
at a dot; the addressee's department opening a letter (``品质部：``, ``Quality Dept.:``) neither
the customer nor the reporter; a count in figures read with any spacing of its word (``45pcs``,
``45 PCS``), a count in Chinese numerals (``四十五件``) read by cn2an and warned on its field.
Letters of our own wording."""

from __future__ import annotations

from pathlib import Path

import pytest
from fpdf import FPDF
from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    BooleanObject,
    DictionaryObject,
    FloatObject,
    NameObject,
    TextStringObject,
)
from test_reader_guards import parse, value, warned
from test_reader_letter_heads import CHROMIUM, NOTO_CJK, _chromium_pdf
from test_reader_letters import _all_warned, _letter_xlsx

BODY = (
    "We hereby complain about part number VX-2207 (Valve seat) from lot 26-0311. 1,800 pcs were "
    "delivered; 72 pcs are rejected for porosity on the sealing face."
)


def _signed_by(company: str) -> list[str]:
    return [
        "Dear Sir or Madam,",
        BODY,
        "Yours faithfully,",
        "Ana Ruiz",
        "Head of Incoming Inspection",
        company,
    ]


@pytest.mark.parametrize(
    "company",
    [
        "Dupont Mécanique SARL",
        "Lefèvre Outillage SAS",
        "Industrias Galán S.L.",
        "Metalúrgica Sur S.A.",
        "Officine Bassi S.r.l.",
        "Zakłady Nowak Sp. z o.o.",
        "Strojírny Dvořák s.r.o.",
        "Kovács Gépgyár Kft.",
        "Nordisk Ventil A/S",
        "Svensk Gjuteri AB",
        "Suomen Valimo Oy",
        "Van Dijk Techniek BV",
        "Harbour Fluid Pty Ltd",
        "Jaya Precision Sdn Bhd",
        "PT Sinar Teknik",
    ],
)
def test_the_signing_company_is_read_whole_whatever_its_legal_form(tmp_path, company):
    result = parse(_letter_xlsx(tmp_path, _signed_by(company)))
    assert result.kind == "complaint"
    assert value(result, "customer") == company
    assert warned(result, "customer", "low_confidence")


@pytest.mark.parametrize(
    ("signature", "company"),
    [
        ("東洋精機株式会社 品質保証部", "東洋精機株式会社"),
        ("株式会社ミナト製作所 品質管理課", "株式会社ミナト製作所"),
        ("新竹精密股份有限公司 品保部", "新竹精密股份有限公司"),
        # (有限責任公司 holds no 有限公司: the department was kept before)
        ("澳門華達有限責任公司 品質部", "澳門華達有限責任公司"),
        ("宁波远航集团有限公司 质量部", "宁波远航集团有限公司"),  # (集团 inside the name: not cut there)
    ],
)
def test_an_east_asian_company_ends_at_its_legal_form_the_department_left_out(tmp_path, signature, company):
    result = parse(_letter_xlsx(tmp_path, _signed_by(signature)))
    assert value(result, "customer") == company


def test_the_letterhead_names_the_customer_when_no_company_signs(tmp_path):
    """Sender's letterhead first, the addressee's block under it (the supplier): the first is
    the customer; a head with the addressee's company alone names no customer."""
    lines = [
        "Zakłady Nowak Sp. z o.o.",
        "ul. Polna 12, 60-101 Poznań",
        "Hengda Valve Manufacturing Co., Ltd.",
        "Wenzhou, Zhejiang",
        "Dear Mr Lin,",
        BODY,
        "Kind regards,",
        "Piotr Wiśniewski",
        "Quality Engineer",
    ]
    assert value(parse(_letter_xlsx(tmp_path, lines)), "customer") == "Zakłady Nowak Sp. z o.o."
    alone = parse(_letter_xlsx(tmp_path, lines[2:], "addressee.xlsx"))
    assert alone.kind == "complaint" and value(alone, "customer") is None


@pytest.mark.parametrize("opening", ["品质部：", "质量部：", "品質部："])
def test_a_department_opening_a_chinese_letter_is_the_addressee(tmp_path, opening):
    lines = [
        opening,
        "贵司3月12日交付的零件 VX-2207 共 1,800 件，经来料检验其中 72 件密封面气孔。",
        "特此投诉，要求贵司退货。",
        "此致",
        "敬礼！",
        "宁波远航集团有限公司",
        "2026年3月16日",
    ]
    result = parse(_letter_xlsx(tmp_path, lines))
    assert result.kind == "complaint"
    assert value(result, "customer") == "宁波远航集团有限公司"
    assert value(result, "reporter") is None
    assert value(result, "defect_qty") == 72


def test_a_department_opening_an_english_letter_is_the_addressee(tmp_path):
    """``Quality Dept.:`` alone above the prose addresses the letter: a letter, its customer the
    signing company, never the department."""
    lines = ["Quality Dept.:", BODY, "Best regards,", "Ana Ruiz", "Harbour Fluid Pty Ltd"]
    result = parse(_letter_xlsx(tmp_path, lines))
    assert result.kind == "complaint"
    assert value(result, "customer") == "Harbour Fluid Pty Ltd"
    assert value(result, "reporter") is None
    _all_warned(result)


@pytest.mark.parametrize("count", ["72pcs", "72 PCS", "72件", "72 件"])
def test_a_count_is_read_with_its_word_however_spaced(tmp_path, count):
    lines = [
        "尊敬的温州恒达阀门有限公司：",
        f"贵司交付的零件 VX-2207 共 1,800 件，其中 {count}不良。",
        "要求贵司换货。",
        "此致",
        "敬礼！",
        "宁波远航集团有限公司",
    ]
    result = parse(_letter_xlsx(tmp_path, lines))
    assert value(result, "defect_qty") == 72 and value(result, "ship_qty") == 1800


def test_an_english_count_glued_or_upper_case_is_read(tmp_path):
    for n, count in enumerate(["72pcs", "72 PCS", "72PCS"]):
        lines = _signed_by("Harbour Fluid Pty Ltd")
        lines[1] = f"We complain about part number VX-2207. 1,800 pcs were delivered; {count} are defective."
        assert value(parse(_letter_xlsx(tmp_path, lines, f"l{n}.xlsx")), "defect_qty") == 72, count


def test_a_count_in_chinese_numerals_is_read_and_warned(tmp_path):
    lines = [
        "尊敬的温州恒达阀门有限公司：",
        "贵司交付的零件 VX-2207 共一千八百件，其中七十二件不良（密封面气孔）。",
        "要求贵司换货。",
        "此致",
        "敬礼！",
        "宁波远航集团有限公司",
    ]
    result = parse(_letter_xlsx(tmp_path, lines))
    assert result.kind == "complaint"
    assert value(result, "ship_qty") == 1800 and value(result, "defect_qty") == 72
    for path in ("ship_qty", "defect_qty"):
        assert warned(result, path, "count_in_words"), path
    said = [p.message("en") for p in result.warnings if p.code == "count_in_words"]
    assert any("七十二" in m and "72" in m for m in said) and any(
        "一千八百" in m and "1800" in m for m in said
    )


def test_a_count_in_figures_beside_one_in_numerals_is_read(tmp_path):
    lines = [
        "尊敬的温州恒达阀门有限公司：",
        "贵司交付的零件 VX-2207 共一千八百件，其中 72 件不良。",
        "此致",
        "敬礼！",
        "宁波远航集团有限公司",
    ]
    result = parse(_letter_xlsx(tmp_path, lines))
    assert value(result, "defect_qty") == 72 and not warned(result, "defect_qty", "count_in_words")
    assert warned(result, "ship_qty", "count_in_words")


@pytest.mark.skipif(
    CHROMIUM is None or not NOTO_CJK.is_file(), reason="chromium or Noto CJK is not installed"
)
def test_a_printed_letter_signed_by_a_company_with_dots_is_read_whole(tmp_path):
    lines = [
        "Quality Dept.:",
        "",
        BODY,
        "We request a replacement of the rejected quantity.",
        "",
        "Yours sincerely,",
        "Piotr Wiśniewski",
        "Zakłady Nowak Sp. z o.o.",
    ]
    result = parse(_chromium_pdf(tmp_path, lines, font="Noto Serif CJK SC"))
    assert result.kind == "complaint"
    assert value(result, "customer") == "Zakłady Nowak Sp. z o.o."
    assert value(result, "defect_qty") == 72 and value(result, "part_no") == "VX-2207"
    _all_warned(result)


# ---------------------------------------------------------------------------------- the thin record
LETTER = [
    "Harbour Fluid Pty Ltd",
    "Our ref.:",
    "Dear Sir or Madam,",
    BODY,
    "We request a replacement of the rejected quantity.",
    "Yours faithfully,",
    "Ana Ruiz",
    "Harbour Fluid Pty Ltd",
]


def _letter_with_a_fillable_box(tmp_path: Path, value: str, split_at: int | None = None) -> Path:
    """The letter as Word exports it with one fillable box beside ``Our ref.:`` (an AcroForm
    text field of no form's name), or printed over two pages (``split_at``: the line page 2 opens)."""
    pdf = FPDF(unit="pt", format="A4")
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    for n, line in enumerate(LETTER):
        if n == split_at:
            pdf.add_page()
        pdf.multi_cell(470, 15, line, new_x="LMARGIN", new_y="NEXT")
    flat = tmp_path / "flat.pdf"
    pdf.output(str(flat))
    if split_at is not None:
        return flat
    writer = PdfWriter(clone_from=PdfReader(flat))
    box = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Annot"),
            NameObject("/Subtype"): NameObject("/Widget"),
            NameObject("/FT"): NameObject("/Tx"),
            NameObject("/T"): TextStringObject("Text1"),
            NameObject("/V"): TextStringObject(value),
            NameObject("/Rect"): ArrayObject([FloatObject(x) for x in (120, 790, 300, 805)]),
        }
    )
    ref = writer._add_object(box)
    writer.pages[0][NameObject("/Annots")] = ArrayObject([ref])
    writer._root_object[NameObject("/AcroForm")] = DictionaryObject(
        {NameObject("/Fields"): ArrayObject([ref]), NameObject("/NeedAppearances"): BooleanObject(True)}
    )
    out = tmp_path / "letter.pdf"
    writer.write(out)
    return out


@pytest.mark.parametrize("kind", [None, "complaint"])
@pytest.mark.parametrize("reference", ["HF-QC-2026-031", ""])
def test_a_letter_with_a_fillable_box_is_a_letter(tmp_path, kind, reference):
    """Before: "not a recognised form" — an AcroForm's PDF was never asked whether it is a letter."""
    result = parse(_letter_with_a_fillable_box(tmp_path, reference), kind=kind)
    assert result.kind == "complaint"
    assert value(result, "part_no") == "VX-2207" and value(result, "defect_qty") == 72
    assert value(result, "number") == (reference or None)
    _all_warned(result)


@pytest.mark.parametrize("split_at", [4, 5, 6, 7])
def test_a_letter_over_two_pages_reports_what_it_does_not_state_as_missing(tmp_path, split_at):
    result = parse(_letter_with_a_fillable_box(tmp_path, "", split_at), kind="complaint")
    assert result.kind == "complaint" and value(result, "customer") == "Harbour Fluid Pty Ltd"
    missing = {e.field for e in result.errors if e.code == "required"}
    # nothing the letter does not state is invented: the date, the order, the defect's words
    assert {"received_date", "order_no", "description"} <= missing
    for path in missing:
        assert value(result, path) in (None, "", []), path


# ---------------------------------------------------------------------------------- five other letters
def test_a_reference_line_carrying_the_letters_date_gives_both(tmp_path):
    lines = [
        "Harbour Fluid Pty Ltd",
        "Our ref: HF-QC-2026-031 / 05.03.2026",
        *_signed_by("Harbour Fluid Pty Ltd"),
    ]
    result = parse(_letter_xlsx(tmp_path, lines))
    assert value(result, "number") == "HF-QC-2026-031"  # (before: neither, the line was no code alone)
    assert value(result, "received_date") == "2026-03-05"
    _all_warned(result)


@pytest.mark.parametrize(
    "said",
    [
        "We hereby withdraw our complaint HF-QC-2026-031 about part number VX-2207: the 72 pcs we "
        "rejected were found within tolerance on re-measurement.",
        "Our complaint HF-QC-2026-031 on part number VX-2207 is hereby withdrawn.",
    ],
)
def test_a_letter_withdrawing_a_complaint_is_said_to_be_no_new_one(tmp_path, said):
    lines = ["Dear Sir or Madam,", said, "Yours faithfully,", "Ana Ruiz", "Harbour Fluid Pty Ltd"]
    result = parse(_letter_xlsx(tmp_path, lines))
    [withdrawn] = [w for w in result.warnings if w.code == "complaint_withdrawn"]
    assert "withdraw" in withdrawn.message("en") and "撤回" in withdrawn.message("zh")


def test_a_chinese_letter_withdrawing_a_complaint_is_said_to_be_no_new_one(tmp_path):
    lines = [
        "尊敬的温州恒达阀门有限公司：",
        "经复检，我司撤回关于零件 VX-2207 的投诉（其中 72 件不良经复测合格）。",
        "此致",
        "敬礼！",
        "宁波远航集团有限公司",
    ]
    assert warned(parse(_letter_xlsx(tmp_path, lines)), "", "complaint_withdrawn")
    complaint = _signed_by("Harbour Fluid Pty Ltd")  # a complaint is no withdrawal
    assert not warned(parse(_letter_xlsx(tmp_path, complaint, "c.xlsx")), "", "complaint_withdrawn")


def test_a_reply_quoting_the_customers_letter_reads_nothing_wrong(tmp_path):
    """The supplier's reply above, the customer's letter under ``> ``: not read as a complaint
    (the reply's words are no complaint of its own); nothing is taken from it."""
    lines = [
        "Dear Ms Ruiz,",
        "Thank you for your message. We will send our 8D report by Friday.",
        "Best regards,",
        "Lin Wei",
        "Hengda Valve Manufacturing Co., Ltd.",
        *(f"> {line}" for line in _signed_by("Harbour Fluid Pty Ltd")),
    ]
    result = parse(_letter_xlsx(tmp_path, lines))
    assert result.record is None or value(result, "customer") != "Hengda Valve Manufacturing Co., Ltd."


def test_a_letter_signed_by_two_people_names_its_company_and_warns_its_contact(tmp_path):
    lines = [
        *_signed_by("Harbour Fluid Pty Ltd")[:3],
        "Ana Ruiz",
        "Quality Manager",
        "Tom Gray",
        "Purchasing Manager",
        "Contact: Ana Ruiz / Tom Gray",
        "Harbour Fluid Pty Ltd",
    ]
    result = parse(_letter_xlsx(tmp_path, lines))
    assert value(result, "customer") == "Harbour Fluid Pty Ltd"
    assert warned(result, "reporter", "low_confidence")


HANT = [
    "品質投訴函",
    "敬啟者：",
    "貴司交付之料號 VX-2207（閥座），批號 26-0311，共 1,800 件，其中 72 件不良。",
    "不良現象：密封面氣孔。",
    "要求貴司退貨。",
    "順頌商祺",
    "新竹精密股份有限公司 品保部",
    "聯絡人：陳志明",
    "2026年3月16日",
]


@pytest.mark.skipif(
    CHROMIUM is None or not NOTO_CJK.is_file(), reason="chromium or Noto CJK is not installed"
)
def test_a_traditional_script_letter_keeps_its_script(tmp_path):
    result = parse(_chromium_pdf(tmp_path, HANT, font="Noto Serif CJK TC"))
    assert result.kind == "complaint"
    read = {
        "customer": "新竹精密股份有限公司",
        "part_no": "VX-2207",
        "part_name": "閥座",  # (before: 阀座, the name folded to the simplified script)
        "lot_no": "26-0311",
        "ship_qty": 1800,
        "defect_qty": 72,
        "description": "密封面氣孔",
        "reporter": "陳志明",
        "received_date": "2026-03-16",
    }
    for path, expected in read.items():
        assert value(result, path) == expected, path
    _all_warned(result)
