"""What the twenty-ninth held-out set showed the reader lacked (issue 10), each rule read on
forms of our own, as Excel and as LibreOffice's PDF print of it.

- **Dates** in Wolof (``Sàttumbar``), Shona (``Chikunguru``), Sesotho (``Phupjane``; glibc's
  ``Mmese``), Chichewa (``Ogasiti``), Haitian Creole (``oktòb``: glibc's ``ht_HT``, lower case),
  Tok Pisin (``Septemba``) and Breton (``9 a viz Gwengolo 2026``: ``a viz``, "of the month of").
- **Counts** in ``zvidimbu`` (Shona), ``moso`` (Haitian), ``hap`` (Tok Pisin), ``pezh`` (Breton).
- **A totals line above the lines** (``Totals`` right under the header, the lines under it): the
  lines are read, the figure under the net column is the total before tax, the one under the tax
  column the tax; the lines end at the next totals label (``Total incl. VAT``).
- **8D labels** ``D4 发生根因`` / ``D4 流出根因`` (根因, the root cause: the two cause types) and
  ``D7 预防再发生``; a D7 text rolled out **to the same platform** (``同平台``, ``同機種``) or to **N more**
  machines (``on 2 more kilns``) is the horizontal deployment, no lesson learned.
- **A team pasted from a mail's To: line** (``Kila Wari <kila.wari@…>; Zhou Bin <…>``): the
  names, one a row, never their addresses (the whole line was one name, said).
- **A name with its title and telephone** (``Xu Ping / Sales Engineer / +509 3701 2288``): the
  name, the rest said (was ``Xu Ping/Sales Engineer``, said).
- **Each line's tax on its own row under it** (``營業稅 5% | NT$450`` under the amount): that
  line's tax, and the table goes on (it ended there: the next lines were lost).
- **Two counts under one caption** (``不良數／交貨數`` | ``540／12,000 台``): each its own field's —
  the figures' split was looked for only on a form's top-level fields (never an 8D's
  ``problem.qty_complained``), nor with a count word after the second figure; ``交貨數`` is a
  name of the delivered count.
- **The Malawian kwacha's ``MK``** (``MK72,750.00``, shown by a number format): a figure in a
  currency said, no longer no amount.

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
        ("9 Sàttumbar 2026", "2026-09-09"),  # Wolof
        ("17 Chikunguru 2026", "2026-07-17"),  # Shona
        ("3 Phupjane 2026", "2026-06-03"),  # Sesotho (the CLDR)
        ("28 Mmese 2026", "2026-04-28"),  # (glibc's st_ZA)
        ("11 Ogasiti 2026", "2026-08-11"),  # Chichewa
        ("12 oktòb 2026", "2026-10-12"),  # Haitian Creole (glibc's ht_HT)
        ("2 Septemba 2026", "2026-09-02"),  # Tok Pisin
        # Breton: a viz before the month (Here, October, is English "here" too: a CLDR-only
        # language's short words are no month words by themselves since the lead's merge mend)
        ("9 a viz Gwengolo 2026", "2026-09-09"),
        ("30 a viz Gouere 2026", "2026-07-30"),
    ],
)
def test_dates_of_more_languages(text: str, date: str) -> None:
    from kesu_docs.values import _as_date

    assert str(_as_date(text)) == date


# (Breton ``Mae``, May, is Luxembourgish ``Mäe``, March: disputed — test_reader_fixc29)
@pytest.mark.parametrize("word", ["Jan", "Gun", "Nya", "Kol"])
def test_the_new_languages_take_no_month_word_from_the_others(word: str) -> None:
    """Sesotho's short ``Jan`` is June, Shona's ``Gun`` September: read with the CLDR's short forms
    they would leave English ``Jan`` no month word (the zero-date test of test_dates23 showed it)."""
    from kesu_docs.month_names import disputed, month_of

    assert month_of(word) is not None and not disputed(word)


@pytest.mark.parametrize("text", ["9 a Gwengolo 2026", "9 viz Gwengolo 2026", "a viz Gwengolo 2026"])
def test_no_date_from_a_half_of_the_bretons_link_or_without_a_day(text: str) -> None:
    from kesu_docs.values import _as_date

    assert _as_date(text) is None


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("received", "delivered", "defective", "date", "counts"),
    [
        ("17 Chikunguru 2026", "2,400 zvidimbu", "60 zvidimbu", "2026-07-17", [2400, 60]),
        ("12 oktòb 2026", "3,600 moso", "72 moso", "2026-10-12", [3600, 72]),
        ("2 Septemba 2026", "5,000 hap", "125 hap", "2026-09-02", [5000, 125]),
        ("9 a viz Gwengolo 2026", "8 000 pezh", "40 pezh", "2026-09-09", [8000, 40]),
    ],
)
def test_a_complaint_in_the_languages_dates_and_counts(
    tmp_path: Path, form: str, received: str, delivered: str, defective: str, date: str, counts: list[int]
) -> None:
    about = ("CC-26-0917", "Harare Switchgear", "HS-BRK-2209", "Breakers trip below rating.")
    assert_counted_complaint(tmp_path, form, (received, delivered, defective), (date, counts), about)


# ------------------------------------------------------------ a totals line above the lines
def _totals_first_note(tmp_path: Path, money: str | None) -> Path:
    rows: list[list[Any]] = [
        ["CREDIT NOTE"],
        ["Credit Note No.", "CN-KT-0418", "Date", "2026-04-18"],
        ["Buyer", "Kilimo Traders Ltd", "Invoice No.", "INV-26-0712"],
        [],
        ["Item", "Qty", "Unit price", "Net", "VAT 10%"],
        ["Totals", None, None, 9600, 960],
        ["Fuse holder FH-20", 300, 12, 3600, 360],
        ["Cable gland CG-16", 500, 8, 4000, 400],
        ["Terminal strip TS-12", 100, 20, 2000, 200],
        [],
        ["Total incl. VAT", 10560],
        ["Approved by", "Tamala Phiri"],
    ]
    path = landscape_book(
        tmp_path / "cn.xlsx", rows, {"A": 30, "B": 14, "C": 16, "D": 16, "E": 16}, grid=True
    )
    if money is not None:  # the amounts number cells shown with a sign by their format
        book = openpyxl.load_workbook(path)
        for row in book.active.iter_rows(min_row=6, max_row=11, min_col=2, max_col=5):
            for cell in row:
                if cell.column > 2 or cell.row == 11:
                    cell.number_format = money
        book.save(path)
    return path


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("money", [None, '"MK"#,##0.00'])
def test_a_totals_line_above_the_lines(tmp_path: Path, form: str, money: str | None) -> None:
    doc = read_doc(book_as(_totals_first_note(tmp_path, money), form), "allowance")
    record = doc["record"]
    items = record["items"]
    assert [i["name"] for i in items] == ["Fuse holder FH-20", "Cable gland CG-16", "Terminal strip TS-12"]
    assert [(i["qty"], i["allowance_amount"], i["tax"]) for i in items] == [
        (300, "3600.00", "360.00"),
        (500, "4000.00", "400.00"),
        (100, "2000.00", "200.00"),
    ]
    assert (record["total_excl_tax"], record["total_tax"], record["total"]) == (
        "9600.00",
        "960.00",
        "10560.00",
    )
    assert record["approved_by_manager"] == "Tamala Phiri"
    if money is not None and form == "pdf":  # MK9,600.00 in the print: a figure in a currency, said
        assert "amount_in_currency" in field_codes(doc, "total")


# --------------------------------------------------------------------------- 8D labels
@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("d7", "deployed"),
    [("D7 预防再发生", "同机种 2 款治具一并改善。"), ("D7 预防再发", "同平台 4 条线导入防错。")],
)
def test_an_8ds_root_causes_and_prevention_by_their_chinese_names(
    tmp_path: Path, form: str, d7: str, deployed: str
) -> None:
    rows: list[list[Any]] = [
        ["8D 报告"],
        ["报告编号", "8D-SZ-2605-007", "开始日期", "2026-05-11"],
        ["客户", "深圳拓邦股份有限公司", "零件号", "TB-HS-3301"],
        ["D2 问题描述", "散热片毛刺划伤线束，45 件。"],
        ["D4 发生根因", "冲压模刃口磨损。"],
        ["D4 流出根因", "外观检验未看边缘。"],
        ["D5 永久纠正措施", "刃口每 2 万次修磨。"],
        [d7, deployed],
        ["D8 结案日期", "2026-06-02"],
    ]
    doc = read_doc(
        book_as(landscape_book(tmp_path / "8d.xlsx", rows, {"A": 20, "B": 40, "C": 14, "D": 20}), form), "8d"
    )
    record = doc["record"]
    causes = {c["type"]: c["cause"] for c in record["root_cause"] or []}
    assert causes == {"occurrence": "冲压模刃口磨损。", "escape": "外观检验未看边缘。"}
    assert record["prevention"]["horizontal_deployment"] == deployed


@pytest.mark.parametrize(
    ("text", "elsewhere"),
    [
        ("Kiln alarms on 2 more kilns.", True),
        ("同平台 3 款开关模具排查。", True),
        ("同機種 2 款治具比照。", True),
        ("Alarm limits written into the WI.", False),
        ("Operators trained once more.", False),  # (no count before "more")
    ],
)
def test_what_speaks_of_elsewhere(text: str, elsewhere: bool) -> None:
    from kesu_docs.parse.value_cues import TEXT_SUBJECTS

    assert bool(TEXT_SUBJECTS["prevention.horizontal_deployment"].search(text)) is elsewhere


# ------------------------------------------------------------------- people with more
@pytest.mark.parametrize("form", FORMS)
def test_a_team_pasted_from_a_mails_to_line(tmp_path: Path, form: str) -> None:
    team = "Tendai Moyo <tendai.moyo@zesa.co.zw>; Li Qiang <li.qiang@zesa.co.zw>; Rudo Chari <rudo.chari@zesa.co.zw>"
    rows: list[list[Any]] = [
        ["8D REPORT"],
        ["Report No.", "8D-HRE-26-011", "Opened", "2026-05-04"],
        ["Customer", "ZESA Holdings", "Part No.", "ZW-FUS-1103"],
        ["D1 Team", team],
        ["D2 Problem", "Fuse links open below rating."],
        ["D4 Root cause", "Element alloy out of spec."],
    ]
    path = landscape_book(tmp_path / "8d.xlsx", rows, {"A": 18, "B": 60, "C": 14, "D": 20})
    record = read_doc(book_as(path, form), "8d")["record"]
    assert [m["name"] for m in record["team"]] == ["Tendai Moyo", "Li Qiang", "Rudo Chari"]


@pytest.mark.parametrize("form", FORMS)
def test_a_reporter_with_title_and_phone_in_one_cell(tmp_path: Path, form: str) -> None:
    rows: list[list[Any]] = [
        ["CUSTOMER COMPLAINT"],
        ["Complaint No.", "CC-26-0504", "Received", "2026-05-04"],
        ["Customer", "ZESA Holdings", "Part No.", "ZW-FUS-1103"],
        ["Problem description", "Fuse links open below rating."],
        ["Reported by", "Nyasha Dube / Quality Engineer / +263 242 700 118"],
    ]
    path = landscape_book(tmp_path / "cc.xlsx", rows, {"A": 22, "B": 50, "C": 14, "D": 20})
    doc = read_doc(book_as(path, form), "complaint")
    assert doc["record"]["reporter"] == "Nyasha Dube"
    assert "name_with_extra" in field_codes(doc, "reporter")


@pytest.mark.parametrize(
    ("text", "cut"),
    [
        ("Xu Ping / Sales Engineer / +509 3701 2288", ("Xu Ping", "Sales Engineer / +509 3701 2288")),
        ("张伟(组长) 13912345678", ("张伟", "组长 / 13912345678")),
        ("Zhang Wei 13912345678", ("Zhang Wei", "13912345678")),  # (as before)
    ],
)
def test_a_name_its_title_and_its_phone(text: str, cut: tuple[str, str]) -> None:
    from kesu_docs.parse.guards import split_name

    assert split_name(text) == cut


# ------------------------------------------------------------------ a tax row under each line
@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(("tax", "sign"), [("營業稅 5%", "NT$"), ("VAT 5%", "")])
def test_each_lines_tax_on_a_row_under_it(tmp_path: Path, form: str, tax: str, sign: str) -> None:
    rows: list[list[Any]] = [
        ["銷貨折讓單"],
        ["折讓單號", "ZR-TN-2605-004", "開立日期", "2026/05/12"],
        ["買受人", "台達電子工業股份有限公司", "統一編號", "30215485"],
        ["品名", "數量", "單價", "折讓金額"],
        ["散熱膏", "2,000", "3.50", f"{sign}7,000"],
        [tax, None, None, f"{sign}350"],
        ["絕緣片", "8,000", "0.40", f"{sign}3,200"],
        [tax, None, None, f"{sign}160"],
        ["矽膠墊", "1,500", "2.00", f"{sign}3,000"],
        [tax, None, None, f"{sign}150"],
        ["折讓金額合計", f"{sign}13,200"],
        ["營業稅額合計", f"{sign}660"],
    ]
    path = landscape_book(tmp_path / "zr.xlsx", rows, {"A": 24, "B": 16, "C": 14, "D": 18}, grid=True)
    record = read_doc(book_as(path, form), "allowance")["record"]
    items = record["items"]
    assert [i["name"] for i in items] == ["散熱膏", "絕緣片", "矽膠墊"]
    assert [(i["allowance_amount"], i["tax"]) for i in items] == [
        ("7000.00", "350.00"),
        ("3200.00", "160.00"),
        ("3000.00", "150.00"),
    ]


@pytest.mark.parametrize(
    ("cells", "tax"),
    [
        (["營業稅 5%", "NT$450"], True),
        (["VAT 16.5%", "1,815.00"], True),
        (["營業稅", "450"], False),  # (no rate: a caption of its own)
        (["散熱片", "450"], False),
        (["營業稅 5%", "450", "12"], False),
    ],
)
def test_what_a_lines_tax_row_is(cells: list[str], tax: bool) -> None:
    from kesu_docs.parse.boxes import Box
    from kesu_docs.parse.table_lines import line_tax

    band = [Box(c, c, 100.0 * i, 0.0, 100.0 * i + 80, 10.0, f"A{i}") for i, c in enumerate(cells)]
    assert (line_tax(band) is not None) is tax


# ------------------------------------------------------------- two counts under one caption
@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("caption", "counts"), [("不良數／交貨數", "36／1,200 台"), ("不良数/交货数", "36/1,200")]
)
def test_two_counts_under_one_caption(tmp_path: Path, form: str, caption: str, counts: str) -> None:
    rows: list[list[Any]] = [
        ["8D 報告"],
        ["報告編號", "8D-TC-2605-002", "立案日期", "2026-05-06"],
        ["客戶名稱", "仁寶電腦工業股份有限公司", "料號", "TC-HNG-4410"],
        [caption, counts],
        ["問題描述", "轉軸扭力偏低。"],
        ["發生原因", "彈片熱處理不足。"],
    ]
    path = landscape_book(tmp_path / "8d.xlsx", rows, {"A": 20, "B": 40, "C": 14, "D": 20})
    problem = read_doc(book_as(path, form), "8d")["record"]["problem"]
    assert (problem["qty_complained"], problem["qty_delivered"]) == (36, 1200)


@pytest.mark.parametrize("form", FORMS)
def test_the_forms_tax_under_the_unit_prices_after_the_subtotal_is_no_lines_tax(
    tmp_path: Path, form: str
) -> None:
    """(A guard on the rule above: its caption must stand in the lines' name column.)"""
    rows: list[list[Any]] = [
        ["CREDIT MEMO"],
        ["Credit Memo No.", "CM-26-0511", "Date", "2026-05-11"],
        ["Bill To", "Flex Zhuhai Co., Ltd.", "Invoice No.", "INV-26-0488"],
        ["Description", "Qty", "Unit Price", "Amount"],
        ["Relay 12V coil", 2000, 0.35, 700],
        ["Diode SMA", 3000, 0.08, 240],
        [None, None, "Subtotal", 940],
        [None, None, "Sales Tax 5%", 47],
        [None, None, "Total Credit", 987],
    ]
    path = landscape_book(tmp_path / "cm.xlsx", rows, {"A": 30, "B": 14, "C": 18, "D": 16})
    record = read_doc(book_as(path, form), "allowance")["record"]
    assert [i["tax"] for i in record["items"]] == ["35.00", "12.00"]  # (5 % of each: none is 47.00)
    assert (record["total_excl_tax"], record["total_tax"]) == ("940.00", "47.00")
