"""A complaint letter with a reference, date or subject line above its prose is still a letter
(dev22-letters2, issue 10): the form reader finds "a form" of one or two labelled values, and the
letter is read instead, keeping them; a form with a party, product or problem field filled, or
with no letter frame, stays a form. Letters of our own, other wording and companies than the
held-out file; Chinese printed by Chromium so the page's text carries Kangxi radicals."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from helpers import chromium_print
from test_reader_guards import parse, value, warned
from test_reader_letters import _all_warned, _letter_xlsx

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
NOTO_CJK = Path("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc")


def _chromium_pdf(tmp_path: Path, lines: list[str], font: str = "Noto Serif CJK SC") -> Path:
    """The lines as a Word-like letter printed by headless Chromium (a paragraph each)."""
    body = "".join(f"<p>{ln}</p>" if ln else "<br>" for ln in lines)
    html = tmp_path / "letter.html"
    html.write_text(
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>body{{font-family:'{font}',serif;"
        f"font-size:12pt;width:15cm}}p{{margin:3px 0}}</style></head><body>{body}</body></html>",
        encoding="utf-8",
    )
    return chromium_print(html, tmp_path / "letter.pdf")


# a 投诉函 with one "编号：" line and the addressee alone on its line (no 尊敬的), its words full of
# characters Noto CJK draws with a radical's glyph (月 日 水 气 生 工 十 人 高 车)
PUMP_LETTER = [
    "关于电动车控制器外壳开裂的投诉函",
    "编号：KS-2026-1107",
    "苏州恒远塑胶制品有限公司品质部：",
    "贵司于2026年10月20日按我司采购订单 PO-LX-2610-0452 交付的零件 HY-CTL-2281（批次 HY261018）"
    "共 3,600 件，经我司来料检验及装车试验，其中 86 件外壳卡扣开裂，影响整车生产。",
    "现正式提出投诉，要求贵司对不良品予以换货，并于十个工作日内提交 8D 报告。",
    "此致",
    "敬礼！",
    "绿行电动车有限公司 质量部",
    "联系人：高明",
    "2026年11月2日",
]


@pytest.mark.skipif(
    CHROMIUM is None or not NOTO_CJK.is_file(), reason="chromium or Noto CJK is not installed"
)
def test_a_chinese_letter_with_a_number_line_printed_by_chromium_is_a_letter(tmp_path):
    result = parse(_chromium_pdf(tmp_path, PUMP_LETTER))
    assert result.kind == "complaint" and result.record is not None
    read = {
        "number": "KS-2026-1107",  # the labelled line the form reader took: kept
        "received_date": "2026-11-02",
        "part_no": "HY-CTL-2281",
        "lot_no": "HY261018",
        "order_no": "PO-LX-2610-0452",
        "ship_qty": 3600,
        "defect_qty": 86,
        "customer_request": ["replacement"],
        "customer": "绿行电动车有限公司",
        "reporter": "高明",  # 联系人 under the signature: who reports it
        "description": "外壳卡扣开裂",  # 其中 N 件 and the defect, without what it caused (，影响…)
    }
    for path, expected in read.items():
        assert value(result, path) == expected, path
    assert value(result, "part_name") is None  # （批次 …） after the part is its lot, no name
    _all_warned(result)


def test_the_same_letter_pasted_into_a_sheet_a_line_a_row_is_a_letter(tmp_path):
    """Its "编号：" line and the 8D report the body asks for made the form reader see an 8D of one
    field: the letter frame around a thin record makes it the letter it is."""
    result = parse(_letter_xlsx(tmp_path, PUMP_LETTER))
    assert result.kind == "complaint"
    assert value(result, "number") == "KS-2026-1107" and value(result, "part_no") == "HY-CTL-2281"
    assert (value(result, "ship_qty"), value(result, "defect_qty")) == (3600, 86)
    assert value(result, "reporter") == "高明" and value(result, "customer") == "绿行电动车有限公司"
    _all_warned(result)


@pytest.mark.skipif(
    CHROMIUM is None or not NOTO_CJK.is_file(), reason="chromium or Noto CJK is not installed"
)
def test_a_letter_whose_code_wraps_at_its_hyphen_reads_it_whole(tmp_path):
    """Chromium breaks a long code after a hyphen: the two halves are one part number again."""
    lines = [
        "编号：KS-2026-1201",
        "致 宁波精工轴承有限公司：",
        "贵司交付的零件号 NB-BRG-6204-ZZ-C3-SPECIAL-90417 共 1,200 件，经我司检验，其中 40 件不良，"
        "要求贵司退货。这一行写得足够长，好让浏览器在零件号的连字符处折行，也让读者知道这是一封信。",
        "此致",
        "敬礼！",
        "天工机械有限公司",
    ]
    result = parse(_chromium_pdf(tmp_path, lines))
    assert value(result, "part_no") == "NB-BRG-6204-ZZ-C3-SPECIAL-90417"
    assert (value(result, "ship_qty"), value(result, "defect_qty")) == (1200, 40)
    assert value(result, "number") == "KS-2026-1201" and warned(result, "number", "low_confidence")


def test_an_english_letter_with_complaint_no_and_date_lines_in_a_sheet_is_a_letter(tmp_path):
    lines = [
        "Complaint No.: CQ-26-0917",
        "Date: 14 September 2026",
        "",
        "Dear Mr Zhou,",
        "",
        "We have to complain about part no. VL-7730 (Valve seat), lot L2608-12, purchase order 4500881234.",
        "6,000 pcs were delivered; 210 pcs show porosity on the sealing face.",
        "We request a replacement of the rejected parts. Please send your 8D report by 30 September 2026.",
        "",
        "Yours sincerely,",
        "Anna Kowalski",
        "Baltic Hydraulics Ltd",
        "Contact: Piotr Nowak, +48 58 123 45 67",
    ]
    result = parse(_letter_xlsx(tmp_path, lines))
    assert result.kind == "complaint"
    assert value(result, "number") == "CQ-26-0917" and value(result, "received_date") == "2026-09-14"
    assert (value(result, "ship_qty"), value(result, "defect_qty")) == (6000, 210)
    assert value(result, "part_no") == "VL-7730" and value(result, "customer") == "Baltic Hydraulics Ltd"
    assert value(result, "reporter") == "Piotr Nowak"  # (its phone number no part of the name)
    _all_warned(result)


def test_a_german_letter_with_a_reference_line_is_a_letter(tmp_path):
    """(The form reader, finding no kind, leaves it to the letter reader, which keeps the line.)"""
    lines = [
        "Reklamationsnummer: RK-2026-0331",
        "Sehr geehrte Damen und Herren,",
        "wir reklamieren die Lieferung von 2.400 Stück Sachnummer DZ-5512 zur Bestellung 4500772211: "
        "96 Stück sind fehlerhaft.",
        "Wir bitten um Ersatz.",
        "Mit freundlichen Grüßen",
        "Harzer Pumpenwerk GmbH",
    ]
    result = parse(_letter_xlsx(tmp_path, lines))
    assert value(result, "number") == "RK-2026-0331" and value(result, "part_no") == "DZ-5512"
    assert (value(result, "ship_qty"), value(result, "defect_qty")) == (2400, 96)
    _all_warned(result)


def test_a_count_of_parts_merely_rejected_names_no_defect(tmp_path):
    """其中 N 件不合格 says how many, not what is wrong with them: no description."""
    lines = [
        "编号：KS-2026-1204",
        "致 宁波精工轴承有限公司：",
        "贵司交付的零件 NB-6204 共 1,200 件，经我司检验，其中 30 件不合格，影响我司装配。要求贵司换货。",
        "此致",
        "敬礼！",
        "天工机械有限公司",
    ]
    result = parse(_letter_xlsx(tmp_path, lines))
    assert value(result, "defect_qty") == 30 and value(result, "description") is None
    assert any(e.field == "description" for e in result.errors)  # left for the clerk, said so


def test_a_form_with_a_party_filled_stays_a_form_though_it_reads_like_a_letter(tmp_path):
    """Never the other way round: a labelled customer is a form's field, letter frame or not."""
    lines = [
        "客户抱怨处理单",
        "客诉编号：KS-2026-1301",
        "客户名称：绿行电动车有限公司",
        "苏州恒远塑胶制品有限公司品质部：",
        "贵司交付的零件 HY-CTL-2281 共 3,600 件，其中 86 件外壳开裂，要求换货。",
        "此致",
        "敬礼！",
        "绿行电动车有限公司",
    ]
    result = parse(_letter_xlsx(tmp_path, lines))
    assert not any(w.code == "complaint_letter" for w in result.warnings)
    assert value(result, "customer") == "绿行电动车有限公司"


def test_a_form_with_only_its_number_and_date_filled_and_no_letter_frame_stays_a_form(tmp_path):
    """A blank-ish complaint form: its number and date filled, the rest left for the clerk."""
    lines = [
        "客户抱怨处理单",
        "客诉编号：KS-2026-1302",
        "日期：2026-11-05",
        "客户名称：",
        "料号：",
        "不良数量：",
        "不良描述：",
        "客户要求：□退货 □换货 □折让",
    ]
    result = parse(_letter_xlsx(tmp_path, lines))
    assert result.kind == "complaint"
    assert value(result, "number") == "KS-2026-1302"
    assert not any(w.code == "complaint_letter" for w in result.warnings)
