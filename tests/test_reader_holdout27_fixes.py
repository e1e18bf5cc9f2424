"""What the twenty-seventh held-out set showed the reader lacked (issue 10), each rule read on
forms of our own, as Excel and as LibreOffice's PDF print of it.

- **A signature with the date signed** in its cell (``周敏  2026.5.18``, ``钱志刚 5/19``, under
  ``填写人/日期``): the name, the date said and left out — by the generic reader and by a layout
  profile learned on another copy (there it was read whole without a word: silent).
- **Dates** in Yoruba (``9 Ọ̀wàrà 2026``: tone marks as combining characters; the CLDR's ``Oṣù``
  before the name left out), Zulu, Guarani, Kurmanji (``12ê gulanê 2026``: the izafe ``-ê`` on the
  day and the month; Kurdistan's ``avrêl``, ``gelawêj``), Tongan (``ʻOkatopa``: the ʻokina, or an
  apostrophe, or none), Quechua (``3 Kantaray 2026``, ``8 Inti raymi 2026``: months of two
  words) and Samoan (``11 Setema 2026``).
- **Counts** in ``ẹyọ`` (Yoruba), ``izingcezu`` (Zulu), ``und.`` (Spanish unidades), ``heb``
  (Kurmanji), ``fasi`` (Samoan).
- **Guaraníes** (``₲ 2.350.000``, ``Gs. 18.500``: dots between thousands, no decimals).
- **A step table's D1 row** listing the team in one cell (``D1 小组成员 | 彭浩、罗敏、谢云``): one
  member each.
- **The reduced price** of a credit note's line (``原单价 | 折让比例 | 折让单价``): the line's unit
  price is the 折让单价, never the 原单价.
- **Labels** ``销售主管``, ``客戶需求``, ``臨時處置``.

Workbooks built here with openpyxl; values and wording of our own.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from helpers import assert_counted_complaint, book_as, field_codes, keep_profile, landscape_book, read_doc

from kesu_docs.parse.profile import learn

FORMS = ["xlsx", "pdf"]


# ----------------------------------------------------------------- signatures with their date
def _signed_complaint(path: Path, number: str, reporter: str, supervisor: str) -> Path:
    rows: list[list[Any]] = [
        ["客户投诉单"],
        ["投诉单号", number, "接收日期", "2026-05-16"],
        ["客户名称", "潍柴动力股份有限公司", "订单号", "WC-PO-2605-0331"],
        ["零件号", "SG-BRK-4410", "零件名称", "制动支架"],
        ["交货数量", 3600, "不良数量", 72],
        ["问题描述", "支架焊缝气孔，客户来料检验发现。"],
        ["客户要求", "☑换货 ☐退货", "临时措施", "在库 1,200 件全检。"],
        ["填写人/日期", reporter, "销售主管/日期", supervisor],
    ]
    return landscape_book(path, rows, {"A": 16, "B": 30, "C": 18, "D": 30})


@pytest.mark.parametrize("form", FORMS)
def test_a_signature_with_the_date_signed_is_the_name(tmp_path: Path, form: str) -> None:
    path = _signed_complaint(tmp_path / "ks.xlsx", "KS-2605-018", "周敏  2026.5.18", "钱志刚 5/19")
    doc = read_doc(book_as(path, form), "complaint")
    assert doc["record"]["reporter"] == "周敏"
    assert doc["record"]["sales_supervisor"] == "钱志刚"
    for field in ("reporter", "sales_supervisor"):
        assert "name_with_extra" in field_codes(doc, field)  # (the date left out: said)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("周敏  2026.5.18", "周敏"),
        ("钱志刚 5/19", "钱志刚"),
        ("钱志刚，5月19日", "钱志刚"),
        ("A. Okafor 12 Mar 2026", "A. Okafor"),
        ("Li Ming / 2026-03-05", "Li Ming"),
    ],
)
def test_the_date_after_a_name_is_no_part_of_it(text: str, name: str) -> None:
    from kesu_docs.parse.guards import split_name

    split = split_name(text)
    assert split is not None and split[0] == name


@pytest.mark.parametrize("text", ["张伟", "王强 3号线", "李四 12/45", "Mary 5"])
def test_no_date_is_cut_from_what_holds_none(text: str) -> None:
    """A figure after a name that is no day of a month (12/45, 3号线, 5): no date signed."""
    from kesu_docs.parse.guards import split_name

    assert split_name(text) is None


@pytest.mark.parametrize("form", FORMS)
def test_a_profile_reads_the_next_copys_signatures_without_their_dates(office: Path, form: str) -> None:
    """Learned on one copy, the profile read the next copy's ``周敏  2026.6.02`` whole and said
    nothing: the name now, the date said."""
    first = book_as(
        _signed_complaint(office / "a" / "ks.xlsx", "KS-2605-018", "周敏  2026.5.18", "钱志刚 5/19"), form
    )
    keep_profile(office, learn(first, "complaint"), "signed")
    second = book_as(
        _signed_complaint(office / "b" / "ks.xlsx", "KS-2606-004", "周敏  2026.6.2", "钱志刚 6/3"), form
    )
    doc = read_doc(second, "complaint")
    assert "profile_used" in {p["code"] for p in doc["warnings"]}
    assert doc["record"]["number"] == "KS-2606-004"
    assert (doc["record"]["reporter"], doc["record"]["sales_supervisor"]) == ("周敏", "钱志刚")
    assert field_codes(doc, "reporter") & {"name_with_extra", "profile_reader_fallback"}  # (said)


# ------------------------------------------------------------------------ dates and counts
@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("9 Ọ̀wàrà 2026", "2026-10-09"),  # Yoruba, the tone marks as combining characters
        ("21 Oṣù Èrèlè 2027", "2027-02-21"),  # (with the word for month the CLDR writes)
        ("17 Agasti 2026", "2026-08-17"),  # Zulu
        ("30 jasypoteĩ 2026", "2026-06-30"),  # Guarani, in lower case
        ("12ê gulanê 2026", "2026-05-12"),  # Kurmanji: the izafe on the day and the month
        ("3ê gelawêjê 2026", "2026-08-03"),  # (Kurdistan's names beside the CLDR's)
        ("8 reşemiyê 2026", "2026-02-08"),  # (-yê after a vowel)
        ("14 ʻOkatopa 2026", "2026-10-14"),  # Tongan, the ʻokina U+02BB
        ("14 'Okatopa 2026", "2026-10-14"),  # (an apostrophe typed for it)
        ("14 Okatopa 2026", "2026-10-14"),  # (or none)
        ("3 Kantaray 2026", "2026-10-03"),  # Quechua
        ("8 Inti raymi 2026", "2026-06-08"),  # (a month of two words)
        ("11 Setema 2026", "2026-09-11"),  # Samoan (glibc's sm_WS)
        ("2 de Setiembre de 2026", "2026-09-02"),  # (Peru's Spanish, the CLDR's qu)
    ],
)
def test_dates_of_more_languages(text: str, date: str) -> None:
    from kesu_docs.values import _as_date

    assert str(_as_date(text)) == date


@pytest.mark.parametrize("text", ["8 Inti 2026", "5 raymi 2026", "12ê 2026", "3 Oṣù 2026"])
def test_no_date_from_words_that_name_no_month(text: str) -> None:
    """Half a two-word month, the izafe alone, the word ``month`` alone: no date."""
    from kesu_docs.values import _as_date

    assert _as_date(text) is None


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("received", "delivered", "defective", "date", "counts"),
    [
        ("9 Ọ̀wàrà 2026", "2,400 ẹyọ", "60 ẹyọ", "2026-10-09", [2400, 60]),
        ("17 Agasti 2026", "3 600 izingcezu", "72 izingcezu", "2026-08-17", [3600, 72]),
        ("3 Kantaray 2026", "5,000 und.", "125 und.", "2026-10-03", [5000, 125]),
        ("12ê gulanê 2026", "8.000 heb", "40 heb", "2026-05-12", [8000, 40]),
        ("11 Setema 2026", "1,800 fasi", "18 fasi", "2026-09-11", [1800, 18]),
        ("14 ʻOkatopa 2026", "900", "27", "2026-10-14", [900, 27]),
    ],
)
def test_a_complaint_in_the_languages_dates_and_counts(
    tmp_path: Path, form: str, received: str, delivered: str, defective: str, date: str, counts: list[int]
) -> None:
    about = (
        "CC-26-1014",
        "Highveld Pump Works",
        "HP-VLV-3307",
        "Valve seats scored, found at incoming inspection.",
    )
    assert_counted_complaint(tmp_path, form, (received, delivered, defective), (date, counts), about)


# ---------------------------------------------------------------------------------- guaraníes
@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("sign", ["₲ ", "Gs. "])
def test_guaranies_are_whole_amounts_with_dots_between_thousands(
    tmp_path: Path, form: str, sign: str
) -> None:
    rows: list[list[Any]] = [
        ["CREDIT NOTE"],
        ["Credit note No.", "CN-26-0611", "Date", "2026-06-11"],
        ["Customer", "Chaco Eléctrica SA, Asunción, Paraguay", "RUC", "80098765-4"],
        ["Invoice No.", "001-001-0042211", "Complaint No.", "CE-QA-2606"],
        ["Item", "Qty", "Unit price", "Net", "VAT"],
        ["Meter housing", 100, f"{sign}23.500", f"{sign}2.350.000", f"{sign}235.000"],
        ["Breaker 20 A", 40, f"{sign}18.500", f"{sign}740.000", f"{sign}74.000"],
        ["Total", None, None, f"{sign}3.090.000", f"{sign}309.000"],
    ]
    path = landscape_book(tmp_path / "cn.xlsx", rows, {"A": 22, "B": 26, "C": 18, "D": 22, "E": 20})
    doc = read_doc(book_as(path, form), "allowance")
    items = doc["record"]["items"]
    assert [(i["unit_price"], i["allowance_amount"], i["tax"]) for i in items] == [
        ("23500.00", "2350000.00", "235000.00"),
        ("18500.00", "740000.00", "74000.00"),
    ]
    assert doc["record"]["total_excl_tax"] == "3090000.00"
    # (not our currency: said once for the form — mends44: not figure by figure, the form's own)
    assert "amount_words_not_derived" in field_codes(doc, "total_in_words")
    # no 人民币 words for guaraníes (``Gs.``, two letters, names them on a form placed in Paraguay)
    assert doc["record"]["total_in_words"] is None


# ------------------------------------------------------------------ a step table's team row
@pytest.mark.parametrize("form", FORMS)
def test_a_step_tables_team_row_is_one_member_each(tmp_path: Path, form: str) -> None:
    rows: list[list[Any]] = [
        ["8D 报告"],
        ["报告编号", "8D-WX-2605-007", "立案日期", dt.datetime(2026, 5, 6)],
        ["客户", "无锡威孚高科技集团股份有限公司", "客诉单号", "WF-QC-260505"],
        ["步骤", "内容", "负责人", "完成日期"],
        ["D1 小组成员", "彭浩、罗敏、谢云", "彭浩", dt.datetime(2026, 5, 6)],
        ["D2 问题描述", "喷油嘴流量偏低，96 件超差。", "罗敏", dt.datetime(2026, 5, 7)],
        ["D3 临时措施", "在库 2,400 件全数复测。", "谢云", dt.datetime(2026, 5, 8)],
        ["D4 发生原因", "研磨工序砂轮磨损未换。", "彭浩", dt.datetime(2026, 5, 13)],
        ["D5 永久对策", "砂轮按加工件数强制更换。", "谢云", dt.datetime(2026, 5, 20)],
        ["D8 结案", "效果确认，同意结案。", "彭浩", dt.datetime(2026, 6, 10)],
    ]
    path = landscape_book(tmp_path / "8d.xlsx", rows, {"A": 16, "B": 40, "C": 12, "D": 20})
    doc = read_doc(book_as(path, form), "8d")
    assert [m["name"] for m in doc["record"]["team"]] == ["彭浩", "罗敏", "谢云"]


# --------------------------------------------------------------------- the reduced price
@pytest.mark.parametrize("form", FORMS)
def test_the_lines_unit_price_is_the_reduced_price(tmp_path: Path, form: str) -> None:
    rows: list[list[Any]] = [
        ["销售折让证明单"],
        ["证明单号", "ZR-WX-2606-009", "开具日期", dt.datetime(2026, 6, 9)],
        ["购买方", "无锡先导智能装备股份有限公司", "纳税人识别号", "913202002503250939"],
        ["货物名称", "数量", "原单价", "折让比例", "折让单价", "折让金额", "税额"],
        ["伺服电机", 200, 1500, 0.04, 60, 12000, 1560],
        ["编码器", 800, 90, 0.1, 9, 7200, 936],
        ["合计", None, None, None, None, 19200, 2496],
    ]
    widths = {"A": 16, "B": 10, "C": 10, "D": 10, "E": 10, "F": 12, "G": 10}
    doc = read_doc(book_as(landscape_book(tmp_path / "zr.xlsx", rows, widths), form), "allowance")
    items = doc["record"]["items"]
    assert [i["unit_price"] for i in items] == ["60.00", "9.00"]
    assert [i["allowance_amount"] for i in items] == ["12000.00", "7200.00"]
    assert not field_codes(doc, "items[0].unit_price")


# ---------------------------------------------------------------------------------- labels
@pytest.mark.parametrize("form", FORMS)
def test_a_taiwanese_complaints_request_and_containment(tmp_path: Path, form: str) -> None:
    rows: list[list[Any]] = [
        ["客訴單"],
        ["客訴編號", "KS-TW-2606-012", "收件日期", "2026/06/03"],
        ["客戶名稱", "台達電子工業股份有限公司", "料號", "DL-FAN-5501"],
        ["出貨量", 6000, "不良數", 90],
        ["問題描述", "風扇軸承異音，客戶組裝後發現。"],
        ["客戶需求", "☑換貨 ☐退貨", "臨時處置", "庫存 2,000 PCS 全數檢驗。"],
    ]
    path = landscape_book(tmp_path / "kt.xlsx", rows, {"A": 14, "B": 30, "C": 14, "D": 30})
    doc = read_doc(book_as(path, form), "complaint")
    assert doc["record"]["customer_request"] == ["replacement"]
    assert doc["record"]["short_term_action"] == "庫存 2,000 PCS 全數檢驗。"
