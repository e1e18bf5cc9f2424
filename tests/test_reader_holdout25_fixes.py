"""What the twenty-fifth held-out set showed the reader lacked (issue 10), each rule read on
forms of our own, as Excel and as LibreOffice's PDF print of it.

- **A text typed in both languages** under a label printed in both (``Rede / Reason`` over
  ``Wasters te dun, hakies gebuig. / Washers too thin.``): the whole text, never its English
  half (the slash's share is for labels naming two fields, ``Part name / Part no.``, and for one
  option in two languages).
- **Amounts one digit per box** under the places a Chinese hand form prints (``十万 万 千 百 十
  元 角 分``): 角 and 分 are the decimals (``¥ | 5 | 4 | 5 | 1 | 0 | 0 | 0`` is 54,510.00, not
  5,451,000); single digits with no places printed over them are never joined into an amount
  (which box is the 元 cannot be told).
- **A page stored upside down** (the content on its head, ``/Rotate 180``: a sheet scanned the
  wrong way round and turned in the viewer): read as the viewer shows it, as a page stored on
  its side under ``/Rotate 90`` was.

Workbooks built here with openpyxl; values and wording of our own.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers import book_as as _as
from helpers import field_codes, read_doc, soffice_convert
from helpers import landscape_book as _book
from holdout_kit import turn_pages
from openpyxl import Workbook
from openpyxl.styles import Border, Side

FORMS = ["xlsx", "pdf"]


# ----------------------------------------------------------------- a text typed in two languages
def _return_note(tmp_path: Path, reason: str) -> Path:
    rows: list[list[Any]] = [
        ["RETOURNOTA / RETURN NOTE"],
        ["Retour nr. / Return No.", "RN-26-0031", None, "Datum / Date", "2026-03-05"],
        ["Klant / Customer", "Karoo Trekkers (Pty) Ltd", None, "Klacht nr. / Complaint No.", "KT-QA-2603"],
        [
            "Onderdeel nr. / Part No.",
            "Omschrijving / Description",
            "Goedgekeurd / Approved",
            "Retour / Returned",
        ],
        ["KT-PIN-0420", "Pen M8", 600, 600],
        [],
        ["Reden / Reason", reason],
        ["Behandeling / Disposition", "Scrap"],
        [
            "Ontvangen door / Received by",
            "Sipho Dlamini",
            None,
            "Goedgekeurd door / Approved by",
            "Anna Botha",
        ],
    ]
    return _book(tmp_path / "retour.xlsx", rows, {"A": 28, "B": 40, "C": 20, "D": 30, "E": 22})


@pytest.mark.parametrize("form", FORMS)
def test_a_reason_typed_in_two_languages_is_read_whole(tmp_path: Path, form: str) -> None:
    reason = "Pennen te kort, draad beschadig. / Pins too short, thread damaged."
    doc = read_doc(_as(_return_note(tmp_path, reason), form), "return")
    assert doc["record"]["reason"] == reason
    assert doc["record"]["customer"] == "Karoo Trekkers (Pty) Ltd"


@pytest.mark.parametrize("form", FORMS)
def test_a_label_naming_two_fields_still_shares_its_value(tmp_path: Path, form: str) -> None:
    """``品名/料号`` over ``线束总成 / WH-2231-K``: the part name its share, as before (the rule
    above keeps a text whole only where the label's other half names no field)."""
    rows: list[list[Any]] = [
        ["客户抱怨处理单"],
        ["客诉编号", "KS-2603-044", "客户名称", "江淮汽车"],
        ["品名/料号", "线束总成 / WH-2231-K", "接收日期", "2026-03-05"],
        ["不良描述", "端子退针，插接后接触不良，整车报故障。"],
    ]
    doc = read_doc(
        _as(_book(tmp_path / "ks.xlsx", rows, {"A": 14, "B": 30, "C": 14, "D": 24}), form), "complaint"
    )
    assert doc["record"]["part_name"] == "线束总成"


# ------------------------------------------------------------------- amounts one digit per box
_PLACES = ["十万", "万", "千", "百", "十", "元", "角", "分"]


def _boxes(amount: str) -> list[str]:
    """``¥`` and the digits of ``amount`` (``"8276.40"``) right-aligned in the eight boxes."""
    digits = list(amount.replace(".", ""))
    return ["", *([""] * (7 - len(digits))), "¥", *digits][-8:]


def _digit_total(tmp_path: Path, *, places: bool) -> Path:
    """合计 on the row of the boxes, the places (or none) in the row above."""
    rows: list[list[Any]] = [
        ["销售折让证明单"],
        ["证明单号", "ZR-SZ-2603-017", None, "开具日期", "2026-03-20"],
        ["购买方", "苏州金龙客车有限公司", None, "原发票号码", "44009217"],
        ["客诉单号", "SZKL-QA-260311"],
        [None, *(_PLACES if places else [""] * 8)],
        ["合计", *_boxes("8276.40")],
        ["价税合计（小写）", "¥9,352.33"],
        ["财务主管", "陶思远"],
    ]
    widths = {"A": 20, **{chr(ord("B") + i): 6 for i in range(8)}}
    return _book(tmp_path / ("places.xlsx" if places else "bare.xlsx"), rows, widths, grid=True)


@pytest.mark.parametrize("form", FORMS)
def test_an_amount_one_digit_per_box_under_its_places(tmp_path: Path, form: str) -> None:
    doc = read_doc(_as(_digit_total(tmp_path, places=True), form), "allowance")
    assert doc["record"]["total_excl_tax"] == "8276.40"  # 角 and 分 the decimals, never 827640


@pytest.mark.parametrize("form", FORMS)
def test_single_digits_without_their_places_are_never_an_amount(tmp_path: Path, form: str) -> None:
    doc = read_doc(_as(_digit_total(tmp_path, places=False), form), "allowance")
    read = doc["record"]["total_excl_tax"]
    assert read is None or field_codes(doc, "total_excl_tax"), read  # never 827640 silently
    assert read not in ("827640.00", "827640")


# ------------------------------------------------------------------------ a page upside down
def test_a_page_stored_upside_down_is_read_as_the_viewer_shows_it(tmp_path: Path) -> None:
    reason = "Pennen te kort, draad beschadig. / Pins too short, thread damaged."
    pdf = soffice_convert(_return_note(tmp_path, reason), "pdf", tmp_path / "pdf")
    upright = read_doc(pdf)
    turn_pages(pdf, half=True)
    turned = read_doc(pdf)
    assert turned["kind"] == "return"
    assert turned["record"]["number"] == upright["record"]["number"] == "RN-26-0031"
    assert turned["record"]["customer"] == "Karoo Trekkers (Pty) Ltd"
    assert turned["record"]["reason"] == reason
    assert turned["record"]["items"] == upright["record"]["items"]


# ------------------------------------------------------------- 8D steps numbered Ⅰ … Ⅷ, no D
def _roman_8d(tmp_path: Path) -> Path:
    rows: list[list[Any]] = [
        ["8D 报告"],
        ["报告编号", "8D-WX-2604-031", "立案日期", "2026-04-02"],
        ["客户", "无锡威孚高科技集团股份有限公司", "客诉单号", "WF-QA-260329"],
        ["零件号", "WX-PMP-5512", "投诉数量", 60],
        ["Ⅰ 成立小组"],
        ["秦峰、顾敏、沈涛"],
        ["Ⅱ 问题描述"],
        ["油泵壳体密封面划伤，60 件渗漏。"],
        ["Ⅲ 临时围堵"],
        ["库存 1,500 件全检密封面，挑出 22 件。"],
        ["Ⅳ 根本原因（发生）"],
        ["转运料箱隔板缺失，壳体相互碰撞。"],
        ["Ⅳ 根本原因（流出）"],
        ["终检目视检查未覆盖密封面。"],
        ["Ⅴ 永久对策"],
        ["料箱加装隔板，密封面加保护盖。"],
        ["Ⅵ 效果验证"],
        ["连续 6 批 3,000 件无划伤。"],
        ["Ⅶ 预防再发"],
        ["同类壳体料箱全部加装隔板。"],
        ["Ⅷ 结案"],
        ["结案日期", "2026-05-08", "批准", "钱志强"],
    ]
    return _book(tmp_path / "8d.xlsx", rows, {"A": 30, "B": 34, "C": 14, "D": 20})


@pytest.mark.parametrize("form", FORMS)
def test_8d_steps_numbered_in_roman_numerals(tmp_path: Path, form: str) -> None:
    doc = read_doc(_as(_roman_8d(tmp_path), form), "8d")
    record = doc["record"]
    assert [m["name"] for m in record["team"]] == ["秦峰", "顾敏", "沈涛"]
    assert record["containment"][0]["action"] == "库存 1,500 件全检密封面，挑出 22 件。"
    causes = {c["type"]: c["cause"] for c in record["root_cause"]}
    assert causes == {
        "occurrence": "转运料箱隔板缺失，壳体相互碰撞。",
        "escape": "终检目视检查未覆盖密封面。",
    }
    assert record["corrective_actions"][0]["action"] == "料箱加装隔板，密封面加保护盖。"
    assert record["implementation"][0]["result"] == "连续 6 批 3,000 件无划伤。"
    assert record["prevention"]["horizontal_deployment"] == "同类壳体料箱全部加装隔板。"


# ------------------------------------------------------------------------ count words
def _complaint(tmp_path: Path, delivered: str, defective: str) -> Path:
    rows: list[list[Any]] = [
        ["CUSTOMER COMPLAINT"],
        ["Complaint No.", "CC-26-0412", "Received", "2026-03-05"],
        ["Customer", "Nordwerk S.à r.l.", "Part No.", "NW-HSG-2210"],
        ["Part name", "Housing", "Lot", "L260301"],
        ["Qty delivered", delivered, "Qty defective", defective],
        ["Problem description", "Cracks at the boss, found at incoming inspection."],
        ["Request", "Replacement"],
    ]
    return _book(tmp_path / "cc.xlsx", rows, {"A": 22, "B": 30, "C": 18, "D": 20})


@pytest.mark.parametrize(
    ("delivered", "defective", "figures"),
    [
        ("1.200 Stéck", "45 Stéck", [1200, 45]),  # Luxembourgish: Stéck, a piece
        ("1 250 даана", "60 даана", [1250, 60]),  # Kyrgyz: даана
        ("1 250 sany", "60 sany", [1250, 60]),  # Turkmen: sany
        ("1,200 biċċa", "54 biċċiet", [1200, 54]),  # Maltese: biċċa, biċċiet
    ],
)
def test_count_words_of_more_languages(
    tmp_path: Path, delivered: str, defective: str, figures: list[int]
) -> None:
    doc = read_doc(_complaint(tmp_path, delivered, defective), "complaint")
    assert [doc["record"]["ship_qty"], doc["record"]["defect_qty"]] == figures


# ------------------------------------------------------------------------ SAP's captions
@pytest.mark.parametrize("form", FORMS)
def test_sap_sold_to_party_and_document_date(tmp_path: Path, form: str) -> None:
    """``售达方`` (SAP's sold-to party) is the customer, ``凭证日期`` (the SAP document's date)
    the note's date — never a proof of return."""
    rows: list[list[Any]] = [
        ["退货单"],
        ["退货单号", "6000013390", "凭证日期", "2026-04-08"],
        ["售达方", "杭州海康威视数字技术股份有限公司", "客诉单号", "HK-QA-260402"],
        ["行项目", "物料编码", "物料描述", "核准数量", "实退数量"],
        ["000010", "HZ-LNS-3301", "镜头座", 800, 800],
        [],
        ["退货原因", "镜头座螺纹毛刺，装配卡滞。"],
        ["处理方式", "报废"],
    ]
    doc = read_doc(
        _as(_book(tmp_path / "sap.xlsx", rows, {"A": 14, "B": 30, "C": 16, "D": 16, "E": 14}), form), "return"
    )
    assert doc["record"]["customer"] == "杭州海康威视数字技术股份有限公司"
    assert doc["record"]["issue_date"] == "2026-04-08"
    assert doc["record"]["proof"] is None
    assert "proof" not in {p["field"] for p in doc["errors"]}


# ------------------------------------------------------------------------ rand amounts
@pytest.mark.parametrize("form", FORMS)
def test_rand_amounts_are_read_and_their_currency_said(tmp_path: Path, form: str) -> None:
    rows: list[list[Any]] = [
        ["RETURN NOTE"],
        ["Return No.", "RN-26-0077", "Date", "2026-03-12"],
        ["Customer", "Highveld Axle Works", "Complaint No.", "HA-QA-2603"],
        ["Part No.", "Description", "Approved", "Returned", "Unit price", "Amount"],
        ["HA-BSH-0310", "Bush", 2000, 2000, "R1,15", "R2 300,00"],
        ["HA-PIN-0311", "Pin", 150, 150, "R24,60", "R3 690,00"],
        [],
        ["Reason", "Bushes oversize."],
        ["Disposition", "Scrap"],
    ]
    path = _book(tmp_path / "rand.xlsx", rows, {"A": 16, "B": 20, "C": 12, "D": 12, "E": 14, "F": 14})
    doc = read_doc(_as(path, form), "return")
    items = doc["record"]["items"]
    assert [(i["unit_price"], i["amount"]) for i in items] == [("1.15", "2300.00"), ("24.60", "3690.00")]
    assert "amount_in_currency" in field_codes(doc, "items[0].amount")  # (not our currency: said)


# ------------------------------------------------------------------------ dates
@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "2026-ж., 5-март",
            "2026-03-05",
        ),  # Kyrgyz: the year first with ж. (жыл), the day joined to the month
        ("2026-ж., 24-апрель", "2026-04-24"),
        ("5-nji mart 2026 ý.", "2026-03-05"),  # Turkmen: the day's ordinal ending, ý. (ýyl)
        ("9-njy aprel 2026ý.", "2026-04-09"),
        ("5 ta' Marzu 2026", "2026-03-05"),  # Maltese: ta' (of) before the month
        ("22 ta’ April 2026", "2026-04-22"),
        ("16. Abrëll 2026", "2026-04-16"),  # Luxembourgish
        ("27 Aibreán 2026", "2026-04-27"),  # Irish
        ("5 Maart 2026", "2026-03-05"),  # Afrikaans
    ],
)
def test_dates_of_more_languages(text: str, date: str) -> None:
    from kesu_docs.values import _as_date

    assert str(_as_date(text)) == date


@pytest.mark.parametrize("form", FORMS)
def test_a_kyrgyz_date_on_a_form(tmp_path: Path, form: str) -> None:
    rows: list[list[Any]] = [
        ["CUSTOMER COMPLAINT"],
        ["Complaint No.", "CC-26-0413", "Received", "2026-ж., 24-апрель"],
        ["Customer", "Ala-Too Motors", "Part No.", "AT-HSG-2211"],
        ["Qty delivered", "1 250 даана", "Qty defective", "60 даана"],
        ["Problem description", "Cracks at the boss, found at incoming inspection."],
    ]
    doc = read_doc(
        _as(_book(tmp_path / "ky.xlsx", rows, {"A": 22, "B": 30, "C": 18, "D": 22}), form), "complaint"
    )
    assert doc["record"]["received_date"] == "2026-04-24"
    assert [doc["record"]["ship_qty"], doc["record"]["defect_qty"]] == [1250, 60]


@pytest.mark.parametrize("form", FORMS)
def test_a_seven_digit_roc_date(tmp_path: Path, form: str) -> None:
    """``1150327``: a Taiwanese ERP's ROC date without delimiters (yyymmdd, 115 + 1911 = 2026)."""
    rows: list[list[Any]] = [
        ["客訴單"],
        ["客訴單號", "TW-QA-2603-021", "接收日期", "1150327"],
        ["客戶名稱", "台達電子工業股份有限公司", "料號", "TD-FAN-0921"],
        ["出貨數量", 2400, "不良數量", 36],
        ["不良描述", "風扇軸承異音，客戶進料檢驗發現。"],
    ]
    doc = read_doc(
        _as(_book(tmp_path / "roc.xlsx", rows, {"A": 14, "B": 30, "C": 14, "D": 20}), form), "complaint"
    )
    assert doc["record"]["received_date"] == "2026-03-27"


@pytest.mark.parametrize(
    ("text", "date"), [("1150327", "2026-03-27"), ("1151332", "None"), ("0150327", "None")]
)
def test_seven_digits_are_a_date_only_as_roc_yyymmdd(text: str, date: str) -> None:
    from kesu_docs.values import _as_date

    assert str(_as_date(text)) == date


@pytest.mark.parametrize("form", FORMS)
def test_item_amounts_one_digit_per_box_under_a_merged_header(tmp_path: Path, form: str) -> None:
    """折让金额 merged over its eight boxes, 十万 … 分 under it, each line's digits one a box, the
    tax rate in a column after them: each line's amount by its places, the rate not among them."""
    head = ["货物名称", "数量", "单价", "折让金额", *[None] * 7, "税率"]
    rows: list[list[Any]] = [
        ["销售折让证明单"],
        ["证明单号", "ZR-SZ-2603-018", None, "开具日期", "2026-03-21"],
        ["购买方", "苏州金龙客车有限公司", None, "原发票号码", "44009218"],
        head,
        [None, None, None, *_PLACES, None],
        ["转向节", 60, 137.94, *_boxes("8276.40"), "13%"],
        ["制动盘", 200, 52.5, *_boxes("10500.00"), "13%"],
        ["价税合计（小写）", "¥21,217.33"],
    ]
    wb = Workbook()
    ws = wb.active
    for row in rows:
        ws.append(row)
    ws.merge_cells("D4:K4")
    for col in ("A", "B", "C", "L"):
        ws.merge_cells(f"{col}4:{col}5")
    thin = Side(style="thin")
    for line in ws.iter_rows(min_row=4, max_row=7, max_col=12):
        for cell in line:
            cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws.column_dimensions["A"].width = 18
    for i in range(8):
        ws.column_dimensions[chr(ord("D") + i)].width = 5
    ws.page_setup.orientation = "landscape"
    path = tmp_path / "lines.xlsx"
    wb.save(path)
    doc = read_doc(_as(path, form), "allowance")
    assert [i["allowance_amount"] for i in doc["record"]["items"]] == ["8276.40", "10500.00"]
    assert doc["record"]["tax_rate"] == "0.13"
