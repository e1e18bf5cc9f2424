"""Customers' home words the reader lacked (issue 10, holdout23's misses): amounts, counts, dates,
a tax id.

- **A currency's own sign, before or after the figure**, from the CLDR (Babel's currency symbols
  of the customers' countries, ``currency.local_signs``): ``kr 9 870,50`` (the krone before the
  amount), ``2 300,00 ֏`` (the Armenian dram), ``88,00 lekë`` (the Albanian lek) are the
  figure, the currency said on the field (``amount_in_currency``), the dram and the lek named
  as the form's currency (no amount in words made in renminbi).
- **Counts with their language's unit word** (the one count vocabulary, parse.units): Armenian
  ``հատ``, Albanian ``copë``, Kazakh ``дана``, Georgian ``ც.`` (``ცალი``), Mongolian ``ширхэг``,
  and Swahili ``vipande`` / ``kipande`` written BEFORE the figure (``vipande 2,400``).
- **Dates**: the month names of Georgian, Kazakh, Armenian (the genitive, CLDR's format form),
  Swahili and Albanian (month_names.LOCALES, from the CLDR), the year word after the year
  (Kazakh ``ж.``, Georgian ``წ.``, Armenian ``թ.``), Mongolian ``2026 оны 6 сарын 14`` (the
  year, the month's number, the day); a day-first date with a two-digit year on a Chinese form
  whose note says ``（日/月/年）`` is read day first and said, never year first; a Hong Kong
  telephone (``+852``) tells a form's day-first order as ``HK$`` does.
- **The Nordic organisation number** (``Org.nr. / Org. No.``, ``NO 918 220 447 MVA``) is the
  buyer's tax id on a credit note, read and always shown for checking (it may be the issuer's).

Workbooks built here with openpyxl (not the holdout files); values and wording of our own.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from helpers import field_codes, read_doc, sheet_from_rows
from pydantic import TypeAdapter

from kesu_docs.forms import get
from kesu_docs.parse.currency import codes_in_figure
from kesu_docs.parse.guards import meta_at
from kesu_docs.parse.typed import foreign_amount
from kesu_docs.values import Date, Qty


def _book(path: Path, rows: list[list[Any]]) -> Path:
    return sheet_from_rows(path.parent, rows, path.name, width=26)  # (this module's width)


# ------------------------------------------------------------------------------------ dates
@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("17 мамыр 2026 ж.", "2026-05-17"),  # Kazakh, the year word after the year
        ("2 қазан 2026 ж.", "2026-10-02"),
        ("9 ივნისი 2026 წ.", "2026-06-09"),  # Georgian
        ("30 ნოემბერი 2026 წ.", "2026-11-30"),
        ("12 հունիսի 2026 թ.", "2026-06-12"),  # Armenian, the month in the genitive
        ("2026 թ. հունիսի 12", "2026-06-12"),  # … and year first, as the CLDR writes it
        ("2026 оны 6 сарын 14", "2026-06-14"),  # Mongolian: year, the month's number, day
        ("2026оны11сарын3", "2026-11-03"),  # (as a PDF's text may give it, without spaces)
        ("2026 оны 6-р сарын 14-ний", "2026-06-14"),
        ("18 Machi 2026", "2026-03-18"),  # Swahili
        ("2 Oktoba 2026", "2026-10-02"),
        ("7 qershor 2026", "2026-06-07"),  # Albanian
        ("30 nëntor 2026", "2026-11-30"),
        ("11.03.2026 г.", "2026-03-11"),  # (Russian, as before)
    ],
)
def test_a_date_in_the_customers_language(text: str, date: str):
    assert TypeAdapter(Date).validate_python(text) == dt.date.fromisoformat(date)


# ------------------------------------------------------------------------------------ counts
@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("2 400 հատ", 2400),  # Armenian
        ("960 copë", 960),  # Albanian
        ("3 000 дана", 3000),  # Kazakh
        ("450 ც.", 450),  # Georgian ც. (ცალი)
        ("2 000 ცალი", 2000),
        ("640 ширхэг", 640),  # Mongolian
        ("vipande 2,400", 2400),  # Swahili: the word before the figure
        ("kipande 1", 1),
        ("1 200 stk", 1200),  # (as before)
    ],
)
def test_a_count_with_its_languages_unit_word(text: str, count: int):
    assert TypeAdapter(Qty).validate_python(text) == count


def test_a_word_before_a_figure_that_is_no_count_is_no_quantity():
    with pytest.raises(ValueError):
        TypeAdapter(Qty).validate_python("Lot 40")


# ------------------------------------------------------------------------------------ amounts
@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("kr 9 870,50", ("9870.50", "kr")),  # the krone before the amount
        ("kr 0,85", ("0.85", "kr")),
        ("2 300,00 ֏", ("2300.00", "֏")),  # the Armenian dram
        ("88,00 lekë", ("88.00", "lekë")),  # the Albanian lek
        ("TSh 45,000.00", ("45000.00", "TSh")),  # the Tanzanian shilling
        ("12 400,50 ₸", ("12400.50", "₸")),  # the Kazakh tenge
        ("USD 1.8K", ("1800.00", "USD")),  # (as before)
    ],
)
def test_an_amount_with_its_home_currencys_sign(text: str, read: tuple[str, str]):
    meta = meta_at(get("allowance"), "items[0].unit_price")
    assert foreign_amount(meta, text) == read


def test_a_home_sign_names_its_currency_unless_several_countries_write_it():
    assert codes_in_figure("֏") == {"AMD"}
    assert codes_in_figure("lekë") == {"ALL"}
    assert codes_in_figure("₾") == {"GEL"}
    assert codes_in_figure("kr") == set()  # the Nordic kr names no one currency …
    # (… the form's texts decide, as before)
    assert codes_in_figure("5 220,00 kr") == {"DKK", "ISK", "NOK", "SEK"}


def test_an_armenian_return_note_in_drams_and_pieces(tmp_path: Path):
    path = _book(
        tmp_path / "veradardz.xlsx",
        [
            ["ՎԵՐԱԴԱՐՁԻ ԱԿՏ / RETURN NOTE"],
            ["Համար / Return No.", "AM-VR-26-0051", "Ամսաթիվ / Date", "14 ապրիլի 2026 թ."],
            ["Հաճախորդ / Customer", "Yerevan Cable Works", "Բողոք / Complaint No.", "YC-BG-26-0019"],
            [
                "Մաս / Part No.",
                "Անվանում / Description",
                "Հաստատված / Approved",
                "Վերադարձված / Returned",
                "Գին / Unit price",
                "Գումար / Amount",
            ],
            ["YC-GLD-7710", "Gland / Կնիք", "2 400 հատ", "2 350 հատ", "2 300,00 ֏", "5 405 000,00 ֏"],
            [],
            ["Պատճառ / Reason", "Threads stripped on assembly."],
        ],
    )
    doc = read_doc(path, "return")
    record = doc["record"]
    assert record["issue_date"] == "2026-04-14"
    item = record["items"][0]
    assert (item["qty_approved"], item["qty_returned"]) == (2400, 2350)
    assert (item["unit_price"], item["amount"]) == ("2300.00", "5405000.00")
    # the dram is said on each figure, never taken for the form's own money silently
    assert "amount_in_currency" in field_codes(doc, "items[0].unit_price")
    said = [p for p in doc["warnings"] if p["code"] == "amount_in_currency"]
    assert said and all("֏" in p["message"] for p in said)


def test_a_norwegian_credit_note_with_kroner_before_the_figures(tmp_path: Path):
    path = _book(
        tmp_path / "kreditnota.xlsx",
        [
            ["KREDITNOTA / CREDIT NOTE"],
            ["Kreditnota nr. / No.", "KN-26-0733", "Dato / Date", "14. april 2026"],
            ["Kunde / Buyer", "Raufoss Bildeler AS", "Org.nr. / Org. No.", "NO 918 220 447 MVA"],
            ["Faktura nr. / Invoice No.", "F-26-118204", "Fakturadato / Invoice date", "2. april 2026"],
            ["Vare / Item", "Antall / Qty", "Pris / Unit price", "Netto / Net", "MVA 25 % / VAT"],
            ["Bracket RB-40", "800 stk", "kr 12,25", "kr 9 800,00", "kr 2 450,00"],
            ["Sum / Total", "", "", "kr 9 800,00", "kr 2 450,00"],
        ],
    )
    doc = read_doc(path, "allowance")
    record = doc["record"]
    item = record["items"][0]
    assert (item["unit_price"], item["allowance_amount"], item["tax"]) == ("12.25", "9800.00", "2450.00")
    assert "amount_in_currency" in field_codes(doc, "items[0].unit_price")
    # the krone the form's organisation number (…MVA) tells
    said = next(p for p in doc["warnings"] if p["field"] == "items[0].unit_price")
    assert "NOK" in said["message"]
    # the organisation number: the buyer's tax id, shown for checking (it may be the issuer's)
    assert record["buyer_tax_id"] == "NO918220447MVA"  # stored compact (python-stdnum)
    assert "low_confidence" in field_codes(doc, "buyer_tax_id")


# ------------------------------------------------------------------------------------ day first
def _complaint(path: Path, note: str | None, date: str, phone: str = "021-6470 3322") -> Path:
    rows: list[list[Any]] = [["客户投诉单"]]
    if note is not None:
        rows.append([note])
    rows += [
        ["投诉编号", "CC-EX-2604-015", "接收日期", date],
        ["客户", "Midlands Trim Ltd", "联系电话", phone],
        ["零件号", "MT-CLIP-3308", "零件名称", "饰板卡扣"],
        ["交货数量", 5000, "不良数量", 120],
        ["问题描述", "卡扣断脚，装配时脱落。"],
        ["客户要求", "换货"],
    ]
    return _book(path, rows)


def test_a_two_digit_year_date_under_a_note_saying_day_first(tmp_path: Path):
    note = "本表供海外客户使用，日期按客户习惯填写（日/月/年）"
    doc = read_doc(_complaint(tmp_path / "a.xlsx", note, "07/04/26"), "complaint")
    assert doc["record"]["received_date"] == "2026-04-07"  # not 2007-04-26, year first
    assert "date_order_inferred" in field_codes(doc, "received_date")
    doc = read_doc(_complaint(tmp_path / "b.xlsx", note, "19/05/26"), "complaint")
    assert doc["record"]["received_date"] == "2026-05-19"  # only day first, the note agreeing


def test_a_two_digit_year_date_without_a_note_is_never_read_year_first_silently(tmp_path: Path):
    doc = read_doc(_complaint(tmp_path / "c.xlsx", None, "07/04/26"), "complaint")
    if doc["record"]["received_date"] != "2026-04-07":
        assert field_codes(doc, "received_date")  # whatever it reads, it says so


def test_a_hong_kong_telephone_tells_the_day_first_order(tmp_path: Path):
    path = _book(
        tmp_path / "hk.xlsx",
        [
            ["客戶投訴表"],
            ["投訴編號", "HK-CP-2604-008", "收到日期", "7/4/2026"],
            ["客戶名稱", "九記五金有限公司", "聯絡電話", "+852 3906 7781"],
            ["產品編號", "KG-HNG-210", "產品名稱", "鉸鏈"],
            ["送貨數量", "2,000 件", "不良數量", "35 件"],
            ["投訴內容", "鉸鏈生鏽。"],
            ["客戶要求", "退貨"],
        ],
    )
    doc = read_doc(path, "complaint")
    assert doc["record"]["received_date"] == "2026-04-07"
    assert "date_order_inferred" in field_codes(doc, "received_date")


def test_a_profile_learned_on_a_form_noting_day_first_reads_the_next_copy_so(office: Path):
    """Learned on a copy whose note says （日/月/年）, a profile keeps the order (``date_order =
    "dmy"``): the next copy's ``19/05/26`` is 2026-05-19, never 2019-05-26 read year first."""
    from kesu_docs.parse.profile import learn

    note = "本表供海外客户使用，日期按客户习惯填写（日/月/年）"
    first = _complaint(office / "first.xlsx", note, "07/04/26")
    profile = learn(first, "complaint", {"received_date": "Sheet!D3"})
    assert 'date_order = "dmy"' in profile.to_toml()
    (office / "profiles" / "cc.toml").write_text(profile.to_toml(), encoding="utf-8")
    doc = read_doc(_complaint(office / "second.xlsx", note, "19/05/26"), "complaint")
    assert "profile_used" in {p["code"] for p in doc["warnings"] + doc["errors"]}
    assert doc["record"]["received_date"] == "2026-05-19"
