"""Dates and date labels of other people's forms (the twenty-second held-out set's misses, part A).

Dates written the way a Ukrainian, Croatian, Serbian, Latvian, Lithuanian, Estonian or Iranian
customer writes them, ISO week dates, Persian and Arabic-Indic digits, and the date labels
接獲日期 / 提出日期 — each on forms of our own, worded otherwise than the held-out set's.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from pydantic import TypeAdapter
from test_reader_guards import parse, value, warned, workbook

from kesu_docs.month_names import disputed, month_of
from kesu_docs.values import Money, Ratio, _qty, date_in_doubt, halfwidth, parse_date


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("1 грудня 2026 р.", dt.date(2026, 12, 1)),  # Ukrainian: the genitive, р. (року) after the year
        ("16 квітня 2026 року", dt.date(2026, 4, 16)),
        ("3. prosinca 2026.", dt.date(2026, 12, 3)),  # Croatian: a dot after the day and the year
        ("24. travnja 2026.", dt.date(2026, 4, 24)),
        ("12. septembar 2026.", dt.date(2026, 9, 12)),  # Serbian / Bosnian in Latin letters
        ("5. marec 2026", dt.date(2026, 3, 5)),  # Slovenian
        ("2026 m. rugsėjo 14 d.", dt.date(2026, 9, 14)),  # Lithuanian: year, m., the month, day, d.
        ("14. september 2026", dt.date(2026, 9, 14)),
        ("5. märts 2026", dt.date(2026, 3, 5)),  # Estonian
        ("2026. gada 1. decembrī", dt.date(2026, 12, 1)),  # Latvian: year, gada, day, the locative
        ("2026. gada 12. jūnijā", dt.date(2026, 6, 12)),
        ("2026. gada 30. septembrī", dt.date(2026, 9, 30)),
        ("2026-W01-1", dt.date(2025, 12, 29)),  # ISO 8601 week dates: week 1 starts in December
        ("2026W375", dt.date(2026, 9, 11)),
        ("2026-w53-7", dt.date(2027, 1, 3)),  # 2026 has 53 weeks (it starts on a Thursday)
        ("۲۰۲۶/۰۹/۱۱", dt.date(2026, 9, 11)),  # Persian digits
        ("٢٠٢٦-٠٩-١١", dt.date(2026, 9, 11)),  # Arabic-Indic digits
        ("۱۴۰۵/۰۱/۰۱", dt.date(2026, 3, 21)),  # Solar Hijri: 1 Farvardin 1405 (converted, and warned)
        ("1405/06/20", dt.date(2026, 9, 11)),
        ("2026/09/11 (۱۴۰۵/۰۶/۲۰)", dt.date(2026, 9, 11)),  # the same day in both calendars
        ("۱۴۰۵/۰۶/۲۰ 2026/09/11", dt.date(2026, 9, 11)),
        ("11.09.2026 / ۱۴۰۵/۰۶/۲۰", dt.date(2026, 9, 11)),  # the Gregorian day first (day-first dots)
    ],
)
def test_a_date_in_another_language_calendar_or_script(text: str, date: dt.date):
    assert parse_date(text) == date


@pytest.mark.parametrize(
    "text",
    [
        "2025-W53-1",  # 2025 has 52 weeks
        "2026-W10-8",
        "۱۴۰۵/۰۶/۲۱ 2026/09/11",  # two calendars naming two days: neither is taken
        "2026/09/11 2026/09/12",  # two Gregorian dates in one cell: which?
        "۱۴۰۵/۰۶/۲۰ 09/10/2026",  # beside it a day read either way: never a guess
        "1405/13/01",  # no thirteenth month
        "2026. gada 5. potato",
    ],
)
def test_no_date_is_guessed(text: str):
    with pytest.raises(ValueError):
        parse_date(text)


def test_a_converted_date_or_a_disputed_month_word_is_said_to_be_checked():
    assert date_in_doubt("۱۴۰۵/۰۱/۰۱") == date_in_doubt("1405/1/1") == "solar_hijri"
    assert date_in_doubt("2026/03/21") is None and date_in_doubt("۱۴۰۵/۰۶/۲۰ 2026/09/11") is None
    # Croatian listopad is October, Czech and Polish November: read as before, and doubted
    assert month_of("listopada") == 11 and disputed("listopada")
    assert date_in_doubt("5. listopada 2026.") == "month_disputed"
    assert not disputed("listopadu") and date_in_doubt("1 listopadu 2026") is None  # Czech alone
    assert month_of("ožujka") == 3 and not disputed("ožujka") and date_in_doubt("Listopad report") is None


def test_persian_digits_and_separators_are_a_number():
    assert halfwidth("۱٬۲۳۴٫۵۰") == "1,234.50" and halfwidth("٪۱۶") == "%16"
    assert TypeAdapter(Money).validate_python("۱٬۲۳۴٫۵۰") == Decimal("1234.50")
    assert TypeAdapter(Ratio).validate_python("۱۶٪") == Decimal("0.16")
    assert _qty("۸٬۰۰۰ عدد") == 8000 and _qty("٣٠ قطعة") == 30 and _qty("۲۵ قطعه") == 25
    # a right-to-left word as a PDF drawn in visual order gives it back, its letters reversed
    assert _qty("۸٬۰۰۰ " + "عدد"[::-1]) == 8000


def _complaint(date_label: str, date_value: object) -> dict[str, object]:
    return {
        "A1": "客訴處理單",
        "A3": "客訴編號",
        "B3": "CS-2609-118",
        "A4": "客戶名稱",
        "B4": "宏達精工股份有限公司",
        "A5": date_label,
        "B5": date_value,
        "A6": "品名",
        "B6": "散熱片",
        "A7": "不良數量",
        "B7": 45,
    }


@pytest.mark.parametrize("label", ["接獲日期", "接获日期", "提出日期"])
def test_the_day_a_complaint_was_received_or_raised(tmp_path, label):
    result = parse(workbook(tmp_path, {"客訴": _complaint(label, "2026/09/11")}), kind="complaint")
    assert value(result, "received_date") == "2026-09-11"


@pytest.mark.parametrize("label", ["提出日期", "提出日"])
def test_the_day_an_8d_was_raised_opens_it(tmp_path, label):
    cells = {
        "A1": "8D 矯正預防報告",
        "A3": "報告編號",
        "B3": "8D-2609-07",
        "A4": label,
        "B4": "2026/09/14",
        "A5": "客戶",
        "B5": "宏達精工",
        "A6": "D2 問題描述",
        "B6": "散熱片毛邊",
    }
    result = parse(workbook(tmp_path, {"8D": cells}), kind="8d")
    assert value(result, "opened_date") == "2026-09-14"


def test_a_solar_hijri_date_alone_is_read_converted_and_warned(tmp_path):
    result = parse(
        workbook(tmp_path, {"Complaint": _complaint("Received date", "۱۴۰۵/۰۶/۲۰")}), kind="complaint"
    )
    assert value(result, "received_date") == "2026-09-11"
    assert warned(result, "received_date", "date_solar_hijri")


def test_a_lunar_hijri_year_is_not_taken_for_a_solar_one_decades_off(tmp_path):
    """``1447/09/15`` (Ramadan 2026 in the lunar Hijri calendar): every year-first 13xx–14xx date
    was converted as Solar Hijri, to 2068-12-05, warned as a conversion. In Latin digits a
    Solar date must give a day a form may carry; this one is no date (an error on the field);
    a Solar date of these years is still converted."""
    from kesu_docs.values import solar_hijri_date

    assert solar_hijri_date("1447/09/15") is None and solar_hijri_date("1440-01-01") is None
    assert str(solar_hijri_date("1404/12/14")) == "2026-03-05"
    assert str(solar_hijri_date("1365/01/01")) == "1986-03-21"
    result = parse(
        workbook(tmp_path, {"Complaint": _complaint("Received date", "1447/09/15")}), kind="complaint"
    )
    assert value(result, "received_date") != "2068-12-05"
    assert "received_date" in {p.field for p in result.errors}, result.errors


def test_a_solar_hijri_date_beside_its_gregorian_day_is_that_day(tmp_path):
    cells = _complaint("Date / تاریخ", "۱۴۰۵/۰۶/۲۰  2026/09/11")
    result = parse(workbook(tmp_path, {"Complaint": cells}), kind="complaint")
    assert value(result, "received_date") == "2026-09-11"


def test_a_month_word_two_languages_read_apart_is_warned(tmp_path):
    result = parse(
        workbook(tmp_path, {"Complaint": _complaint("Received date", "7. listopada 2026.")}), kind="complaint"
    )
    assert value(result, "received_date") == "2026-11-07"
    assert warned(result, "received_date", "date_month_disputed")


def test_a_croatian_date_in_a_workbook(tmp_path):
    result = parse(
        workbook(tmp_path, {"Complaint": _complaint("Received date", "11. rujna 2026.")}), kind="complaint"
    )
    assert value(result, "received_date") == "2026-09-11"
    assert not warned(result, "received_date")


def test_a_profile_reads_a_solar_hijri_date_converted_and_said(tmp_path, monkeypatch):
    from kesu_docs.parse import parse_paths
    from kesu_docs.parse.profile import learn

    (tmp_path / "profiles").mkdir()
    (tmp_path / "kesu.toml").write_text('profiles = "profiles"\n', encoding="utf-8")
    monkeypatch.setenv("KESU_CONFIG", str(tmp_path / "kesu.toml"))

    def form(name: str, number: str, date: str) -> object:
        cells = {
            "A1": "شکایت مشتری / CUSTOMER COMPLAINT",
            "A3": "Complaint No.",
            "B3": number,
            "C3": "Date / تاریخ",
            "D3": date,
            "A4": "Customer",
            "B4": "Saipa Co.",
            "A5": "Defective qty",
            "B5": "۶۴ عدد",
        }
        return workbook(tmp_path, {"Complaint": cells}, name=name)

    first = form("first.xlsx", "SP-1405-0012", "2026/09/11")
    profile = learn(first, "complaint", {"received_date": "Complaint!D3"})
    (tmp_path / "profiles" / "sp.toml").write_text(profile.to_toml(), encoding="utf-8")
    [result] = parse_paths([form("second.xlsx", "SP-1405-0013", "۱۴۰۵/۰۶/۲۰")], kind="complaint")
    assert value(result, "received_date") == "2026-09-11" and value(result, "defect_qty") == 64
    assert "profile" in result.to_dict("en")["provenance"]["received_date"]["how"]
    assert warned(result, "received_date", "date_solar_hijri")
