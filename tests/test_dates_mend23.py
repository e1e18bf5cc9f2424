"""The review's findings on dates and currencies mended (dev23-menda): a disputed month word
read in the language of the form's own labels and free texts only, and still said; a dotted
date only a date field's value counts as the sign of a day-first form; a ``kr`` number format's
locale id read (Icelandic króna), or named when unknown, and Excel's escaped ``\\k\\r`` seen."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook
from test_dates23 import _allowance

from kesu_docs.parse import parse_paths


def _sheet(path: Path, title: str, rows: list[list]) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append([title])
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def _said(result, field: str) -> list:
    return [p for p in result.warnings + result.errors if p.field == field]


# ---------------------------------------------------------------------------------- listopad
@pytest.mark.parametrize(
    ("customer", "description", "read", "language"),
    [
        # a Croatian clerk's words, a Polish buyer's name: the clerk's language decides (October)
        ("Huta Łódź Spółka z o.o.", "Oštećen navoj nakon montaže", "2026-10-05", "Croatian"),
        # a Polish clerk's words, a Croatian buyer's name (đ, ć): November
        ("Đurđevac Alati d.o.o.", "Uszkodzony gwint po montażu", "2026-11-05", "Polish"),
    ],
)
def test_a_disputed_month_word_is_read_by_the_clerks_words_not_the_partys_name(
    tmp_path, customer, description, read, language
):
    rows = [
        ["Claim No.", "QC-2026-0511"],
        ["Date received", "5. listopada 2026."],
        ["Customer", customer],
        ["Description", description],
    ]
    [result] = parse_paths([_sheet(tmp_path / "m.xlsx", "Customer complaint", rows)], kind="complaint")
    assert str(result.record.received_date) == read
    [problem] = _said(result, "received_date")
    assert problem.code == "date_month_disputed" and problem.severity == "warning"
    assert language in problem.message("en") and read in problem.message("en")
    assert ("克罗地亚语" if language == "Croatian" else "波兰语") in problem.message("zh")


@pytest.mark.parametrize("customer", ["Tvornica Kovačić d.o.o.", "Đakovo Metal d.d.", "Zakłady Łęczyca S.A."])
def test_a_partys_name_alone_decides_no_month(tmp_path, customer):
    """Only the party's name is in a language of its own: nothing decides, read as before and
    warned in the plain wording (no language named)."""
    rows = [
        ["Claim No.", "QC-2026-0512"],
        ["Date received", "5 listopada 2026"],
        ["Customer", customer],
        ["Description", "Thread damaged after assembly"],
    ]
    [result] = parse_paths([_sheet(tmp_path / "m.xlsx", "Customer complaint", rows)], kind="complaint")
    assert str(result.record.received_date) == "2026-11-05"
    [problem] = _said(result, "received_date")
    assert problem.code == "date_month_disputed"
    assert "language of the form" not in problem.message("en") and "按表上文字" not in problem.message("zh")


# ---------------------------------------------------------------------------------- dotted dates
@pytest.mark.parametrize(
    "remark", ["Batch 7.4.2025 reworked", "see drawing rev 2.1.2019", "Charge 14. 2. 2024"]
)
def test_a_dotted_number_in_a_remark_is_no_sign_of_a_day_first_form(tmp_path, remark):
    """``04/10/2026`` on an English form: month first (as before), whatever dotted lot or
    revision number a remark holds — it is no date of the form."""
    rows = [
        ["Claim No.", "QC-2026-0513"],
        ["Date received", "04/10/2026"],
        ["Remarks", remark],
        ["Customer", "Lakeview Fasteners Inc."],
    ]
    [result] = parse_paths([_sheet(tmp_path / "d.xlsx", "Quality claim", rows)], kind="complaint")
    assert str(result.record.received_date) == "2026-04-10"
    [problem] = [p for p in _said(result, "received_date") if p.code == "date_order_inferred"]
    assert "region" not in problem.message("en") and remark.split()[1] not in problem.message("en")


def test_a_dotted_date_field_says_itself_not_a_region(tmp_path):
    rows = [
        ["Claim No.", "QC-2026-0514"],
        ["Date received", "04-10-2026"],
        ["Ship date", "28.09.2026"],
        ["Customer", "Lakeview Fasteners Inc."],
    ]
    [result] = parse_paths([_sheet(tmp_path / "d.xlsx", "Quality claim", rows)], kind="complaint")
    assert str(result.record.received_date) == "2026-10-04"
    [problem] = [p for p in _said(result, "received_date") if p.code == "date_order_inferred"]
    assert "the form's other date 28.09.2026, written day first" in problem.message("en")
    assert "表上另一日期 28.09.2026 的日/月次序" in problem.message("zh")
    assert "region" not in problem.message("en") and "地区" not in problem.message("zh")


# ---------------------------------------------------------------------------------- kr formats
@pytest.mark.parametrize(
    ("number_format", "seller", "currency"),
    [
        ("[$kr-40F] #,##0", "", "ISK"),  # Icelandic: the króna
        ("[$kr-040F] #,##0", "Fjordvik Industri AS, 974 760 673 MVA", "ISK"),  # the locale over the texts
        ("#,##0.00\\ \\k\\r", "", "DKK+ISK+NOK+SEK"),  # Excel's escaped literal: kr
        ("#,##0.00\\ \\k\\r", "Fjordvik Industri AS, 974 760 673 MVA", "NOK"),
    ],
)
def test_a_kr_formats_locale_and_escapes_are_read(tmp_path, number_format, seller, currency):
    [result] = parse_paths([_allowance(tmp_path / "kr.xlsx", number_format, seller)], kind="allowance")
    assert result.record._currency == currency
    assert "currency_locale_unknown" not in {p.code for p in result.warnings}


def test_a_kr_formats_unknown_locale_is_named_and_no_text_decides_it(tmp_path):
    """``[$kr-4A7]``: a locale id of no krone country — the texts' krone (Norwegian, here) does
    not replace it; the currency stays open among the four, and the id is named."""
    path = _allowance(tmp_path / "kr.xlsx", "[$kr-4A7] #,##0.00", "Fjordvik Industri AS, 974 760 673 MVA")
    [result] = parse_paths([path], kind="allowance")
    assert result.record._currency == "DKK+ISK+NOK+SEK"
    [problem] = [p for p in result.warnings if p.code == "currency_locale_unknown"]
    assert "4A7" in problem.message("en") and "4A7" in problem.message("zh")
    assert "DKK / ISK / NOK / SEK" in problem.message("en")
