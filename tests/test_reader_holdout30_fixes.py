"""What the thirtieth held-out set showed the reader lacked (issue 10), each rule read on forms
of our own, as Excel and as LibreOffice's PDF print of it.

- **A step table whose header names one column only** (``步骤 | 内容 | 状态 | 完成日期``: 状态
  names no column of any table): each step's text is the cell under 内容, no longer the text with
  the row's status and date run after it (``… 全检。 已完成 2026-03-12``, silently); D6's outcome
  its result, D8's date the closing date.
- **A Chinese name with its romanisation in brackets** (``蔡丽娟（Cai Lijuan）``): the name, the
  romanisation said (was the whole text, silently).
- **A page's sum carried to the next** (``過次頁 | … | 13,000``): no line (it was one, silently,
  and every line after it took the next one's figures).
- **A group's heading row across a table** (``原发票：… `` merged over the columns, lines under
  it): no line and no end of the table (the lines under it were lost), said.
- **Dates** in Lingala (``sánzá ya mísáto``), Scottish Gaelic (``5mh dhen Mhàrt``: the ordinal day,
  the genitive month), Ewe (``tedoxe``), West Frisian (``maaie``) and Setswana (``Mopitlwe``,
  glibc's ``tn_ZA``; the CLDR's ``Mopitlo``); **counts** in ``pìos`` (Gaelic) and ``stiks``
  (Frisian), and a count **followed by its words in brackets** (``1,200 (one thousand two
  hundred) pcs``), read when the words say the same number.
- **Amounts** written ``72,750/=`` (East Africa's shillings: no cents), in CFA francs (``22 080
  FCFA``), in pula ``P 0.350`` (a leading 0 is no thousands group): the figure, its currency said.
- **A D7 text done elsewhere too** (``on both presses``, ``on line 2 too``): the horizontal
  deployment, no lesson learned.

Workbooks built here with openpyxl; values and wording of our own.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest
from helpers import assert_counted_complaint, book_as, field_codes, landscape_book, read_doc

FORMS = ["xlsx", "pdf"]


# ------------------------------------------------------------------------ dates and counts
@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("12 sánzá ya zómi 2026", "2026-10-12"),  # Lingala
        ("3 sánzá ya zómi na míbalé 2026", "2026-12-03"),
        ("5mh dhen Mhàrt 2026", "2026-03-05"),  # Scottish Gaelic: 4mh… (the ordinal), the genitive
        ("1d dhen Ghiblean 2026", "2026-04-01"),  # 1d, 2na, 3s
        ("22na dhen Dàmhair 2026", "2026-10-22"),
        ("9 anyɔnyɔ 2026", "2026-09-09"),  # Ewe
        ("17 septimber 2026", "2026-09-17"),  # West Frisian
        ("8 Diphalane 2026", "2026-10-08"),  # Setswana
        ("5 Mopitlwe 2026", "2026-03-05"),  # (glibc's tn_ZA)
        ("5 Mopitlo 2026", "2026-03-05"),  # (the CLDR's)
    ],
)
def test_dates_of_more_languages(text: str, date: str) -> None:
    from kesu_docs.values import _as_date

    assert str(_as_date(text)) == date


@pytest.mark.parametrize("text", ["5mh 2026", "dhen Mhàrt 2026", "5mh dhen 2026"])
def test_no_date_without_a_day_or_a_month(text: str) -> None:
    from kesu_docs.values import _as_date

    assert _as_date(text) is None


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("1,200 (one thousand two hundred) pcs", "1,200 pcs"),
        ("130 (one hundred and thirty) pcs", "130 pcs"),
        ("3600（叁仟陆佰）件", "3600 件"),
        ("48 (forty) pcs", "48 (forty) pcs"),  # words saying another number: kept, no count
        ("1,200 (approx.) pcs", "1,200 (approx.) pcs"),
    ],
)
def test_a_counts_words_in_brackets(text: str, read: str) -> None:
    from kesu_docs.parse.units import without_words

    assert without_words(text) == read


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("received", "delivered", "defective", "date", "counts"),
    [
        ("12 sánzá ya zómi 2026", "pcs 2,400", "pcs 36", "2026-10-12", [2400, 36]),
        ("22na dhen Dàmhair 2026", "2,400 pìos", "36 pìos", "2026-10-22", [2400, 36]),
        ("17 septimber 2026", "2,400 stiks", "36 stiks", "2026-09-17", [2400, 36]),
        (
            "9 anyɔnyɔ 2026",
            "2,400 (two thousand four hundred) pcs",
            "36 (thirty-six) pcs",
            "2026-09-09",
            [2400, 36],
        ),
        ("8 Diphalane 2026", "2,400", "36", "2026-10-08", [2400, 36]),
    ],
)
def test_a_complaint_in_the_languages_dates_and_counts(
    tmp_path: Path, form: str, received: str, delivered: str, defective: str, date: str, counts: list[int]
) -> None:
    about = ("CC-26-1012", "Lomé Switchgear", "LS-RLY-4410", "Relays chatter at 24 V.")
    assert_counted_complaint(tmp_path, form, (received, delivered, defective), (date, counts), about)


def test_a_counts_words_saying_another_number_are_no_count(tmp_path: Path) -> None:
    rows: list[list[Any]] = [
        ["CUSTOMER COMPLAINT"],
        ["Complaint No.", "CC-26-1013", "Received", "2026-10-13"],
        ["Customer", "Lomé Switchgear", "Part No.", "LS-RLY-4411"],
        ["Qty delivered", "2,400 (two thousand) pcs", "Qty defective", "36"],
    ]
    doc = read_doc(
        landscape_book(tmp_path / "cc.xlsx", rows, {"A": 22, "B": 34, "C": 18, "D": 20}), "complaint"
    )
    assert doc["record"]["ship_qty"] is None and field_codes(doc, "ship_qty")


# ------------------------------------------------------------------ a step table's columns
def _tracker(tmp_path: Path, status: str) -> Path:
    rows: list[list[Any]] = [
        ["8D 报告"],
        ["报告编号", "8D-NB-2606-014", "立案日期", "2026-06-02"],
        ["客户", "宁波均胜电子股份有限公司", "不良数", 96],
        ["步骤", "内容", status, "完成日期"],
        ["D1 小组", "邵明、韩雪", "已完成", "2026-06-02"],
        ["D2 问题描述", "方向盘开关按键卡滞，96 件。", "已完成", "2026-06-03"],
        ["D3 围堵措施", "成品仓 2,600 件全检按键行程。", "已完成", "2026-06-04"],
        ["D4 产生原因", "按键导柱注塑缩水。", "已完成", "2026-06-08"],
        ["D5 纠正措施", "保压时间延长 1.5 秒。", "进行中", "2026-06-15"],
        ["D6 实施验证", "连续 5 批行程检测合格。", "已完成", "2026-06-22"],
        ["D8 结案", "小组总结，关闭。", "已关闭", "2026-06-30"],
        ["批准", "林海东"],
    ]
    return landscape_book(tmp_path / "8d.xlsx", rows, {"A": 16, "B": 40, "C": 10, "D": 14}, grid=True)


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("status", ["状态", "Status"])
def test_a_step_tables_status_and_date_columns_are_no_part_of_the_text(
    tmp_path: Path, form: str, status: str
) -> None:
    record = read_doc(book_as(_tracker(tmp_path, status), form), "8d")["record"]
    assert [a["action"] for a in record["containment"]] == ["成品仓 2,600 件全检按键行程。"]
    assert [a["action"] for a in record["corrective_actions"]] == ["保压时间延长 1.5 秒。"]
    assert record["implementation"][0]["result"] == "连续 5 批行程检测合格。"
    assert [m["name"] for m in record["team"]] == ["邵明", "韩雪"]
    assert record["closure"]["closed_date"] == "2026-06-30"


# ----------------------------------------------------------------- names with their pinyin
@pytest.mark.parametrize(
    ("text", "cut"),
    [
        ("蔡丽娟（Cai Lijuan）", ("蔡丽娟", "Cai Lijuan")),
        ("吕冠廷 (Lü Guanting)", ("吕冠廷", "Lü Guanting")),
        ("Cai Lijuan", None),
    ],
)
def test_a_chinese_name_and_its_romanisation(text: str, cut: tuple[str, str] | None) -> None:
    from kesu_docs.parse.guards import split_name

    split = split_name(text)
    assert split == cut
    assert split is None or split.romanised


@pytest.mark.parametrize("form", FORMS)
def test_names_with_their_pinyin_in_brackets(tmp_path: Path, form: str) -> None:
    rows: list[list[Any]] = [
        ["客户投诉单"],
        ["投诉编号", "TS-2606-207", "受理日期", "2026-06-09"],
        ["客户", "海信家电集团股份有限公司", "产品编码", "HX-FAN-2271"],
        ["不良现象", "风扇电机异响。"],
        ["填单人", "邹晓雯（Zou Xiaowen）", "业务主管", "龙建新（Long Jianxin）"],
    ]
    path = landscape_book(tmp_path / "ts.xlsx", rows, {"A": 14, "B": 30, "C": 14, "D": 30})
    doc = read_doc(book_as(path, form), "complaint")
    assert (doc["record"]["reporter"], doc["record"]["sales_supervisor"]) == ("邹晓雯", "龙建新")
    assert "name_with_extra" in field_codes(doc, "reporter")


# ------------------------------------------------------- rows inside a table that are no lines
@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(("forward", "back"), [("過次頁", "承上頁"), ("Carried forward", "Brought forward")])
def test_a_sum_carried_to_the_next_page_is_no_line(
    tmp_path: Path, form: str, forward: str, back: str
) -> None:
    rows: list[list[Any]] = [
        ["銷貨折讓單"],
        ["折讓單號", "ZR-HC-2606-031", "開立日期", "2026/06/18"],
        ["買受人", "友達光電股份有限公司", "統一編號", "84149961"],
        ["品名", "數量", "單價", "折讓金額"],
        ["導光板", "1,000", "6.00", "6,000"],
        ["反射片", "4,000", "0.50", "2,000"],
        [forward, None, None, "8,000"],
        [back, None, None, "8,000"],
        ["偏光片", "2,000", "1.50", "3,000"],
        ["折讓金額合計", "11,000"],
    ]
    path = landscape_book(tmp_path / "zr.xlsx", rows, {"A": 24, "B": 16, "C": 14, "D": 18}, grid=True)
    items = read_doc(book_as(path, form), "allowance")["record"]["items"]
    assert [(i["name"], i["qty"], i["allowance_amount"]) for i in items] == [
        ("導光板", 1000, "6000.00"),
        ("反射片", 4000, "2000.00"),
        ("偏光片", 2000, "3000.00"),
    ]


def _grouped(tmp_path: Path, merged: bool) -> Path:
    rows: list[list[Any]] = [
        ["销售折让证明单"],
        ["证明单号", "ZR-WH-2606-018", "开具日期", "2026-06-26"],
        ["购买方", "东风汽车集团有限公司"],
        ["货物名称", "数量", "单价", "折让金额", "税额"],
        ["原发票：44001726 / 05517302（2026-06-03）"],
        ["雨刮电机", 300, 12, 3600, 468],
        ["洗涤泵", 500, 4, 2000, 260],
        ["原发票：44001726 / 05517388（2026-06-10）"],
        ["喇叭总成", 200, 8, 1600, 208],
        ["折让金额合计", 7200, "税额合计", 936],
    ]
    path = landscape_book(
        tmp_path / "zr.xlsx", rows, {"A": 18, "B": 14, "C": 12, "D": 14, "E": 12}, grid=True
    )
    if merged:
        book = openpyxl.load_workbook(path)
        for r in (5, 8):
            book.active.merge_cells(f"A{r}:E{r}")
        book.save(path)
    return path


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("merged", [True, False])
def test_a_groups_heading_row_across_the_table(tmp_path: Path, form: str, merged: bool) -> None:
    doc = read_doc(book_as(_grouped(tmp_path, merged), form), "allowance")
    items = doc["record"]["items"]
    assert [(i["name"], i["qty"], i["allowance_amount"], i["tax"]) for i in items] == [
        ("雨刮电机", 300, "3600.00", "468.00"),
        ("洗涤泵", 500, "2000.00", "260.00"),
        ("喇叭总成", 200, "1600.00", "208.00"),
    ]
    assert "table_group_row" in field_codes(doc, "items")


@pytest.mark.parametrize("form", FORMS)
def test_a_note_across_the_table_under_its_lines_is_no_group(tmp_path: Path, form: str) -> None:
    """A text across the table with no line under it (the totals follow) is no group's heading: read
    as before (as a line of its own, its figures missing and said — b2340e48 reads it so too)."""
    rows: list[list[Any]] = [
        ["销售折让证明单"],
        ["证明单号", "ZR-WH-2606-019", "开具日期", "2026-06-27"],
        ["货物名称", "数量", "单价", "折让金额", "税额"],
        ["雨刮电机", 300, 12, 3600, 468],
        ["以上折让经双方确认无误"],
        ["折让金额合计", 3600, "税额合计", 468],
    ]
    path = landscape_book(
        tmp_path / "zr.xlsx", rows, {"A": 18, "B": 14, "C": 12, "D": 14, "E": 12}, grid=True
    )
    doc = read_doc(book_as(path, form), "allowance")
    assert doc["record"]["items"][0]["name"] == "雨刮电机"
    assert "table_group_row" not in field_codes(doc, "items")


# -------------------------------------------------------------------------------- amounts
@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("money", "currency"),
    [(lambda x: f"{x:,.0f}/=", "/="), (lambda x: f"{x:,.0f} FCFA".replace(",", " "), "FCFA")],
)
def test_amounts_in_shillings_and_cfa_francs(tmp_path: Path, form: str, money: Any, currency: str) -> None:
    rows: list[list[Any]] = [
        ["CREDIT NOTE"],
        ["Credit Note No.", "CN-EBB-0611", "Date", "2026-06-11"],
        ["Buyer", "Nile Breweries Ltd", "Invoice No.", "INV-26-04471"],
        ["Item", "Qty", "Unit price", "Net"],
        ["Crate lid NB-220", 120, money(350), money(42000)],
        ["Bottle tray NB-221", 80, money(1250), money(100000)],
        ["Net total", money(142000)],
    ]
    path = landscape_book(tmp_path / "cn.xlsx", rows, {"A": 26, "B": 22, "C": 18, "D": 18}, grid=True)
    doc = read_doc(book_as(path, form), "allowance")
    items = doc["record"]["items"]
    assert [(i["unit_price"], i["allowance_amount"]) for i in items] == [
        ("350.00", "42000.00"),
        ("1250.00", "100000.00"),
    ]
    assert doc["record"]["total_excl_tax"] == "142000.00"
    # the figure's own currency said: on the figure where it is no currency the form is found in
    # (/=), else once for the form (FCFA: XAF — mends44, not figure by figure as another's)
    said = [
        p
        for p in doc["warnings"]
        if (p["code"], p["field"])
        in {("amount_in_currency", "items[0].unit_price"), ("amount_words_not_derived", "total_in_words")}
    ]
    assert said and (currency in said[0]["message"] or "XAF" in said[0]["message"]), doc["warnings"]


@pytest.mark.parametrize(
    ("text", "read"), [("P 0.350", "0.35"), ("P 16,800.00", "16800.00"), ("2.400,00 zł", "2400.00")]
)
def test_a_leading_zero_is_no_thousands_group(text: str, read: str) -> None:
    from kesu_docs.forms import describe
    from kesu_docs.forms.allowance import AllowanceLine
    from kesu_docs.parse.typed import foreign_amount

    amount = foreign_amount(describe(AllowanceLine)["unit_price"], text)
    assert amount is not None and amount[0] == read


# -------------------------------------------------------------------- done elsewhere too
@pytest.mark.parametrize(
    ("text", "elsewhere"),
    [
        ("Gauge blocks on both presses.", True),
        ("Thickness gauge on line 2 too.", True),
        ("Same check also on line 3.", True),
        ("Quench oil too hot.", False),  # (too in the middle: not "as well")
        ("Operators trained on the gauge.", False),
    ],
)
def test_what_speaks_of_elsewhere(text: str, elsewhere: bool) -> None:
    from kesu_docs.parse.value_cues import TEXT_SUBJECTS

    assert bool(TEXT_SUBJECTS["prevention.horizontal_deployment"].search(text)) is elsewhere


# ------------------------------------------------------------- the lines as a numbered list
@pytest.mark.parametrize("form", FORMS)
def test_items_as_a_numbered_list_each_value_after_its_caption(tmp_path: Path, form: str) -> None:
    rows: list[list[Any]] = [
        ["退貨單"],
        ["退貨單號", "RT-JD-2606-022"],
        ["退貨日期", "2026/06/16"],
        ["客戶名稱", "瀚宇彩晶股份有限公司"],
        ["退貨明細"],
        # (figures typed as text, as an ERP's export writes them: left in their cells, never glued to
        # the next caption in the print — a right-aligned figure is: left, see the CHANGELOG)
        [
            "1. 料號",
            "JD-BLU-2201",
            "品名",
            "背光模組",
            "核准",
            "80",
            "退回",
            "78",
            "單價",
            "215.50",
            "金額",
            "16,809.00",
        ],
        [
            "2. 料號",
            "JD-FPC-2202",
            "品名",
            "軟板",
            "核准",
            "400",
            "退回",
            "400",
            "單價",
            "6.25",
            "金額",
            "2,500.00",
        ],
        ["退貨原因", "背光暗點，軟板折傷。"],
    ]
    widths = {c: 11 for c in "ABCDEFGHIJKL"} | {"B": 15}
    doc = read_doc(book_as(landscape_book(tmp_path / "rt.xlsx", rows, widths), form), "return")
    items = doc["record"]["items"]
    assert [
        (i["part_no"], i["part_name"], i["qty_approved"], i["qty_returned"], i["amount"]) for i in items
    ] == [
        ("JD-BLU-2201", "背光模組", 80, 78, "16809.00"),
        ("JD-FPC-2202", "軟板", 400, 400, "2500.00"),
    ]


def test_a_numbered_list_captions_and_values_printed_as_one_text() -> None:
    """``品名 燈條`` (a caption and its value in one text, as fpdf2's print gives them back): parted."""
    from kesu_docs.parse.boxes import Box
    from kesu_docs.parse.table_lines import labelled_lines

    columns = {"料號": "part_no", "品名": "part_name", "核准": "qty_approved", "退回": "qty_returned"}
    bands = [
        [Box(t, t, 40.0 * i, 10.0 * n, 40.0 * i + 35, 10.0 * n + 5, "p1") for i, t in enumerate(texts)]
        for n, texts in enumerate(
            (
                ("1. 料號", "A-1", "品名 燈條", "核准 240", "退回 236"),
                ("2. 料號", "A-2", "品名 膠框", "核准 60", "退回 60"),
            ),
            start=1,
        )
    ]
    read = [
        {c: b.value for c, b in cells.items()}
        for cells, _captions in labelled_lines(bands, columns.get, frozenset({"part_name"})).lines
    ]
    assert read == [
        {"part_no": "A-1", "part_name": "燈條", "qty_approved": "240", "qty_returned": "236"},
        {"part_no": "A-2", "part_name": "膠框", "qty_approved": "60", "qty_returned": "60"},
    ]
    assert (
        labelled_lines(bands[:1], columns.get, frozenset({"part_name"})).lines == []
    )  # one line alone: no list
