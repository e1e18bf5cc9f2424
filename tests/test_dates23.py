"""Dates and numbers the last rounds left warned or wrong (dev23-dates): a zero date said as
Excel shows it (1904 workbooks, ``mmm-yy``), a time without a date, a day-month date written
with hyphens, a currency its number format alone prints, a two-digit year's century."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook
from openpyxl.utils.datetime import CALENDAR_MAC_1904

from kesu_docs.parse import parse_paths


def _complaint(path: Path, rows: list[list], formats: dict[str, str] | None = None, epoch_1904=False) -> Path:
    wb = Workbook()
    if epoch_1904:
        wb.epoch = CALENDAR_MAC_1904
    ws = wb.active
    ws.append(["客户投诉处理单"])
    for row in rows:
        ws.append(row)
    for ref, code in (formats or {}).items():
        ws[ref].number_format = code
    wb.save(path)
    return path


# ---------------------------------------------------------------------------------- 1. zero dates
@pytest.mark.parametrize(
    ("fmt", "epoch_1904", "shown"),
    [
        ("yyyy-mm-dd", True, "1904-01-01"),  # a Mac workbook counting from 1904: day 0 is a real-looking day
        ("mmm-yy", False, "Jan-00"),  # (built-in format 17)
        ("mmm-yy", True, "Jan-04"),
        ("dd.mm.yyyy", False, "00.01.1900"),
        ("d-mmm-yyyy", True, "1-Jan-1904"),
    ],
)
def test_a_zero_date_is_said_as_excel_shows_it_and_never_read_as_a_date(tmp_path, fmt, epoch_1904, shown):
    """0 in a date cell (a formula's empty date): Excel shows day 0 by the cell's format and
    date system; said so, never read as 1904-01-01 or as the ``1900-01-00`` Excel does not show."""
    path = _complaint(
        tmp_path / "zero.xlsx", [["投诉编号", "KS-2026-0301"], ["投诉日期", 0]], {"B3": fmt}, epoch_1904
    )
    [result] = parse_paths([path], kind="complaint")
    assert result.record is None or result.record.received_date is None
    [problem] = [p for p in result.errors if p.field == "received_date"]
    assert problem.code == "invalid_date_zero"
    for lang in ("zh", "en"):
        assert shown in problem.message(lang), problem.message(lang)
        if shown != "1900-01-00":
            assert "1900-01-00" not in problem.message(lang)


def test_zero_date_shown_follows_the_format(tmp_path):
    from kesu_docs.parse.xlsx_parts import zero_date_shown

    assert zero_date_shown("yyyy-mm-dd", False) == "1900-01-00"
    assert zero_date_shown('yyyy"年"m"月"d"日"', True) == "1904年1月1日"
    assert zero_date_shown("[$-409]dddd, mmmm d, yyyy;@", False) == "Saturday, January 0, 1900"
    assert zero_date_shown("", True) == "1904-01-01"  # a locale's short date (14): as yyyy-mm-dd


# ---------------------------------------------------------------------------------- 2. a time alone
@pytest.mark.parametrize("fmt", ["yyyy-mm-dd hh:mm", "d/m/yyyy h:mm AM/PM"])
def test_a_time_without_a_date_is_said_so(tmp_path, fmt):
    path = _complaint(
        tmp_path / "time.xlsx", [["投诉编号", "KS-2026-0302"], ["投诉日期", 0.6875]], {"B3": fmt}
    )
    [result] = parse_paths([path], kind="complaint")
    [problem] = [p for p in result.errors if p.field == "received_date"]
    assert problem.code == "invalid_date_time_only"
    assert "16:30" in problem.message("en") and "a time without a date" in problem.message("en")
    assert "只有时间，没有日期" in problem.message("zh")


def test_a_time_typed_for_a_date_is_said_a_time_without_a_date(tmp_path):
    path = _complaint(tmp_path / "typed.xlsx", [["投诉编号", "KS-2026-0303"], ["投诉日期", "9:30"]])
    [result] = parse_paths([path], kind="complaint")
    assert [p.code for p in result.errors if p.field == "received_date"] == ["invalid_date_time_only"]


# ---------------------------------------------------------------------------------- 3. 11-03-2026
def _form(path: Path, rows: list[list], title: str = "Quality claim") -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append([title])
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def test_a_hyphenated_date_read_either_way_is_an_error_naming_both_readings(tmp_path):
    """``04-10-2026`` on a form labelled in Chinese and in English (no order of its own, no
    other date, no country): not "not a valid date" — both readings named, nothing guessed."""
    path = _complaint(
        tmp_path / "both.xlsx", [["投诉编号 Claim No.", "KS-2026-0304"], ["投诉日期 Date", "04-10-2026"]]
    )
    [result] = parse_paths([path], kind="complaint")
    [problem] = [p for p in result.errors if p.field == "received_date"]
    assert problem.code == "invalid_date_ambiguous"
    for lang in ("zh", "en"):
        assert "2026-04-10" in problem.message(lang) and "2026-10-04" in problem.message(lang)


@pytest.mark.parametrize(
    ("other", "why"),
    [
        (["Ship date", "30.09.2026"], "30.09.2026"),  # a date field of the form dotted, day first
        (["Datum Reklamation", ""], "Datum"),  # the language's word for a date
    ],
)
def test_a_hyphenated_date_on_a_day_first_form_is_read_day_first_and_warned(tmp_path, other, why):
    rows = [
        ["Complaint No.", "KS-2026-0305"],
        ["Date received", "04-10-2026"],
        ["Customer", "Nordwerk AG"],
        other,
    ]
    [result] = parse_paths([_form(tmp_path / "dm.xlsx", rows)], kind="complaint")
    assert str(result.record.received_date) == "2026-10-04"
    [problem] = [p for p in result.warnings if p.field == "received_date" and p.code == "date_order_inferred"]
    assert why in problem.message("en")


def test_a_hyphenated_date_on_an_english_form_is_no_us_date_by_that_alone(tmp_path):
    """An English form's month first is the US's slashed date (``04/10/2026``, read so and
    warned); ``04-10-2026`` with hyphens is as often day first (Europe, India): refused, both
    readings named, unless a sign of the form's country decides."""
    rows = [
        ["Complaint No.", "KS-2026-0312"],
        ["Date received", "04-10-2026"],
        ["Customer", "Lakeside Tools"],
    ]
    [result] = parse_paths([_form(tmp_path / "en.xlsx", rows)], kind="complaint")
    [problem] = [p for p in result.errors if p.field == "received_date"]
    assert problem.code == "invalid_date_ambiguous"
    rows[1][1] = "04/10/2026"
    [result] = parse_paths([_form(tmp_path / "us.xlsx", rows)], kind="complaint")
    assert str(result.record.received_date) == "2026-04-10"
    [problem] = [p for p in result.warnings if p.field == "received_date"]
    assert "the other order reads 2026-10-04" in problem.message("en")
    assert "另一种次序为 2026-10-04" in problem.message("zh")


def test_a_hyphenated_date_whose_order_is_plain_is_read(tmp_path):
    rows = [["Complaint No.", "KS-2026-0306"], ["Date received", "23-03-2026"], ["Customer", "Nordwerk AG"]]
    [result] = parse_paths([_form(tmp_path / "plain.xlsx", rows)], kind="complaint")
    assert str(result.record.received_date) == "2026-03-23"
    assert not [p for p in result.errors + result.warnings if p.field == "received_date"]


# ---------------------------------------------------------------------------------- 4. kr in a format
def _allowance(path: Path, number_format: str, seller: str = "") -> Path:
    """An allowance whose amounts are plain numbers, the currency only in their number format."""
    wb = Workbook()
    ws = wb.active
    ws.append(["銷貨折讓證明單"])
    ws.append(["單號", "ZR-2301", "開立日期", "2026-03-05"])
    ws.append(["買受人", "北海精工股份有限公司", "統一編號", "12345675"])
    ws.append(["原發票號碼", "AB12345678", "原發票日期", "2026-03-01"])
    ws.append(["品名", "數量", "單價", "金額", "稅額"])
    ws.append(["端子", 100, 20, 2000, 100])
    ws.append(["合計", None, None, 2000, 100])
    ws.append(["總計", 2100])
    if seller:
        ws.append(["賣方", seller])
    for row in ws.iter_rows(min_row=6, max_row=8):
        for cell in row[1:]:
            if isinstance(cell.value, (int, float)):
                cell.number_format = number_format
    wb.save(path)
    return path


@pytest.mark.parametrize(
    ("number_format", "seller", "currency"),
    [
        ('#,##0.00 "kr"', "", "DKK+ISK+NOK+SEK"),  # a krona or a krone: which one the sign does not say
        ('#,##0.00 "kr"', "Fjordvik Industri AS, 974 760 673 MVA", "NOK"),  # the form's texts tell
        ("[$kr-414] #,##0.00", "", "NOK"),  # Windows locale 0x414: Norwegian
        ("#,##0.00 [$kr-41D]", "", "SEK"),
        ('#,##0.00 "Kč"', "", "CZK"),
        ('#,##0.00 "zł"', "", "PLN"),
        ('#,##0 "Ft"', "", "HUF"),
        ('#,##0.00 "lei"', "", "RON"),
        ('#,##0.00 "лв."', "", "BGN"),
    ],
)
def test_a_currency_only_the_number_format_prints_is_the_forms(tmp_path, number_format, seller, currency):
    """The amounts' cells hold plain numbers, their number format printing ``kr``, ``Ft``, ``lei``:
    the form is in that currency (no renminbi words made up for it), said on the words' field."""
    path = _allowance(tmp_path / "kr.xlsx", number_format, seller)
    [result] = parse_paths([path], kind="allowance")
    assert result.record is not None and result.record._currency == currency
    assert result.record.total_in_words is None
    [said] = [p for p in result.warnings if p.code == "amount_words_not_derived"]
    assert currency in said.message("en")


def test_a_unit_in_a_number_format_is_no_currency():
    from kesu_docs.parse.xlsx_parts import format_currency

    assert format_currency('0 "ft"') == "" and format_currency('#,##0 "pcs"') == ""


# ---------------------------------------------------------------------------------- 7. 05/03/26
def test_a_two_digit_year_read_in_an_order_says_its_century_too(tmp_path):
    rows = [
        ["Complaint No.", "KS-2026-0307"],
        ["Date received", "05/03/26"],
        ["Customer", "Lakeside Tools Inc."],
    ]
    [result] = parse_paths([_form(tmp_path / "yy.xlsx", rows)], kind="complaint")
    assert str(result.record.received_date) == "2026-05-03"
    [problem] = [p for p in result.warnings if p.field == "received_date"]
    assert problem.code == "date_order_inferred"
    assert "the two-digit year 26 as 2026" in problem.message("en")
    assert "两位年份 26 按 2026 年" in problem.message("zh")
    assert "2026-03-05" in problem.message("en")  # the other order named too


def test_a_two_digit_year_read_long_past_names_the_day_first_reading_too(tmp_path):
    """``05/03/26`` on a Chinese form: year first it is 2005-03-26, a year long past (said, as
    before), and day first 2026-03-05 — named beside it, where only the year's doubt was said."""
    path = _complaint(tmp_path / "yy.xlsx", [["投诉编号", "KS-2026-0308"], ["投诉日期", "05/03/26"]])
    [result] = parse_paths([path], kind="complaint")
    [problem] = [p for p in result.warnings if p.field == "received_date"]
    assert problem.code == "two_digit_year"
    assert "2005-03-26" in problem.message("en") and "2026-03-05" in problem.message("en")
    assert "2026-03-05" in problem.message("zh")


# ---------------------------------------------------------------------------------- 6. listopad
def _claim(path: Path, date: str, customer: str, description: str) -> Path:
    rows = [
        ["Complaint No.", "KS-2026-0309"],
        ["Date received", date],
        ["Customer", customer],
        ["Description", description],
    ]
    return _form(path, rows, "Customer complaint")


@pytest.mark.parametrize(
    ("date", "customer", "description", "read"),
    [
        (
            "5 listopada 2026",
            "Zakłady Metalowe Bielsko",
            "Pęknięta obudowa",
            "2026-11-05",
        ),  # Polish: November
        (
            "5. listopada 2026.",
            "Metalac Varaždin d.o.o.",
            "Puknuće kućišta",
            "2026-10-05",
        ),  # Croatian: October
        (
            "5. listopada 26.",
            "Metalac Varaždin d.o.o.",
            "Puknuće kućišta",
            "2026-10-05",
        ),  # (a two-digit year)
    ],
)
def test_a_disputed_month_word_is_read_in_the_forms_language(tmp_path, date, customer, description, read):
    path = _claim(tmp_path / "month.xlsx", date, customer, description)
    [result] = parse_paths([path], kind="complaint")
    assert str(result.record.received_date) == read
    [said] = [p for p in result.warnings if p.field == "received_date"]  # read so, and said (dev23-menda)
    assert said.code == "date_month_disputed" and (
        "Polish" if read == "2026-11-05" else "Croatian"
    ) in said.message("en")


@pytest.mark.parametrize("date", ["5 listopada 2026", "5 listopad 26"])
def test_a_disputed_month_word_on_a_form_of_no_known_language_is_warned(tmp_path, date):
    path = _claim(tmp_path / "month.xlsx", date, "Nordwind Trading", "Cracked housing")
    [result] = parse_paths([path], kind="complaint")
    assert str(result.record.received_date) == "2026-11-05"
    assert [p.code for p in result.warnings if p.field == "received_date"] == ["date_month_disputed"]


def test_a_disputed_month_word_in_a_pdf_is_read_in_the_forms_language_too(tmp_path):
    from helpers import soffice_convert

    rows = [
        ["投诉编号", "KS-2026-0310"],
        ["投诉日期", "5. listopada 2026."],
        ["客户名称", "Metalac Varaždin d.o.o."],
        ["问题描述", "Puknuće kućišta"],
    ]
    pdf = soffice_convert(_complaint(tmp_path / "month.xlsx", rows), "pdf", tmp_path / "pdf")
    [result] = parse_paths([pdf], kind="complaint")
    assert str(result.record.received_date) == "2026-10-05"
    [said] = [p for p in result.warnings if p.field == "received_date"]
    assert said.code == "date_month_disputed" and "Croatian" in said.message("en")


def test_language_of_a_form_by_its_own_letters():
    from kesu_docs.month_names import language_of, month_in

    assert language_of(["Zakłady Metalowe"]) == "pl" and language_of(["Strojírny Třebíč"]) == "cs"
    assert language_of(["Puknuće kućišta"]) == "hr" and language_of(["Cracked housing"]) is None
    assert language_of(["Zakłady Metalowe", "Strojírny Třebíč"]) is None  # two languages: none decides
    assert month_in("listopada", "hr") == 10 and month_in("listopada", "pl") == 11


# ---------------------------------------------------------------------------------- 5. centred, cut
_LAMP_MAKER = "Changzhou Hengda Automotive Lighting Components Co Ltd"


@pytest.mark.parametrize("right_filled", [False, True])
def test_a_centred_text_cut_on_its_left_in_a_print_is_warned(tmp_path, right_filled):
    """A centred name too long for its cell, its label filling the cell to its left: the print
    hides its head under the label (and its tail under a filled right neighbour): read short,
    it was said nothing; now ``value_cut_off`` on the field."""
    from helpers import soffice_convert
    from openpyxl.styles import Alignment, Border, Side

    thin = Side(style="thin")
    wb = Workbook()
    ws = wb.active
    for row in (
        ["客户投诉处理单", ""],
        ["投诉编号", "KS-2026-0311"],
        ["客户名称", _LAMP_MAKER, "备注" if right_filled else None],
        ["投诉日期", "2026-06-04"],
        ["问题描述", "Reflector coating peeled after the heat soak"],
    ):
        ws.append(row)
    for row in ws.iter_rows(min_row=2, max_row=5, max_col=2):
        for cell in row:
            cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["B3"].alignment = Alignment(horizontal="center")
    ws.column_dimensions["A"].width = 14
    ws.column_dimensions["B"].width = 30
    wb.save(tmp_path / "lamps.xlsx")
    pdf = soffice_convert(tmp_path / "lamps.xlsx", "pdf", tmp_path / "pdf")
    [result] = parse_paths([pdf], kind="complaint")
    assert result.record.customer != _LAMP_MAKER  # the print shows a part of it only
    assert result.record.customer.startswith("Hengda")  # (its head hidden under the label)
    assert "value_cut_off" in {p.code for p in result.warnings if p.field == "customer"}
    assert not [p for p in result.warnings if p.field == "description"]  # a left-aligned text: whole
