"""A complaint letter's parties and counts (dev23-letters, issue 10): the signing company read
whole whatever its legal form (``Sp. z o.o.``, ``Pty Ltd``, ``株式会社``, ``有限責任公司``), never cut
at a dot; the addressee's department opening a letter (``品质部：``, ``Quality Dept.:``) neither
the customer nor the reporter; a count in figures read with any spacing of its word (``45pcs``,
``45 PCS``), a count in Chinese numerals (``四十五件``) warned on its field, never read wrong.
Letters of our own wording."""

from __future__ import annotations

import pytest
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


def test_a_count_in_chinese_numerals_is_warned_never_read(tmp_path):
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
    for path in ("ship_qty", "defect_qty"):
        assert value(result, path) is None, path
        assert warned(result, path, "count_in_words"), path
    said = [p.message("en") for p in result.warnings if p.code == "count_in_words"]
    assert any("七十二" in m for m in said) and any("一千八百" in m for m in said)


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
