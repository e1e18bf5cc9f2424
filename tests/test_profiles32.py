"""Layout profiles to 100 % on every held-out set, and a profile that no longer fits its layout
(issue 10, round 32: profiles32). Forms made here: workbooks by openpyxl and their LibreOffice
print; each test fails before the rule it shows (CHANGELOG says which).

What the held-out sets' second copies showed a profile missing: a date in Luganda or Bambara
(``28 Apuli 2026``, ``17 awirili 2026``: months no table held), an amount printed with a
currency's code or sign after or before it (``4,850 XAF``, ``P 0.350``) that a profile learned on
a print could not place, and a line of Wingdings tick codes on a print (``¨退货 þ换货``) that a
profile learned on that print could not read.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from helpers import book_as, landscape_book, read_doc, run_cli


# ------------------------------------------------------------------ months of two more languages
@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("28 Apuli 2026", "2026-04-28"),  # Luganda (the CLDR's lg)
        ("10 Sebuttemba 2026", "2026-09-10"),
        ("17 awirili 2026", "2026-04-17"),  # Bambara (the CLDR's bm)
        ("5 zuluye 2026", "2026-07-05"),
    ],
)
def test_dates_in_luganda_and_bambara(text: str, date: str) -> None:
    from kesu_docs.values import _as_date

    assert str(_as_date(text)) == date


@pytest.mark.parametrize("text", ["5 uti 2026", "5 mɛ 2026"])
def test_bambaras_short_months_are_no_month_words(text: str) -> None:
    """``uti`` (August) and ``mɛ`` (May) are too short to read a month by, as the other
    wide-only languages' short words."""
    from kesu_docs.values import _as_date

    assert _as_date(text) is None


# ------------------------------------------------------- amounts with a currency's code, on a print
def _coded_note(path: Path, number: str, lines: list[tuple[str, int, int]]) -> Path:
    """A credit note whose amounts are typed with the currency's code after them (``4,850 XAF``)."""
    rows: list[list[Any]] = [
        ["CREDIT NOTE"],
        ["Credit Note No.", number, "Date", "2026-03-24"],
        ["Buyer", "ENERCA", "Invoice No.", "FA-26-00318"],
        [],
        ["Item", "Qty", "Unit price", "Net", "VAT"],
    ]
    for name, qty, price in lines:
        net = qty * price
        rows.append([name, qty, f"{price:,} XAF", f"{net:,} XAF", f"{net * 19 // 100:,} XAF"])
    rows += [[], ["Approved", "Thierry Yakité"]]
    return landscape_book(path, rows, {"A": 30, "B": 10, "C": 16, "D": 18, "E": 16}, grid=True)


def test_a_profile_learned_on_a_print_places_amounts_printed_with_a_currency_code(office: Path) -> None:
    """Learned on the print of one note (``4,850 XAF``), the profile reads another print's lines
    by their columns — never the generic reader's rows taken for want of them."""
    first = book_as(
        _coded_note(
            office / "one" / "cn.xlsx", "KN-0061", [("Meter cabinet", 150, 4850), ("Pole clamp", 400, 275)]
        ),
        "pdf",
    )
    assert run_cli("learn", first, "--kind", "allowance")[0] == 0
    second = book_as(
        _coded_note(office / "two" / "cn.xlsx", "KN-0079", [("Antenna bracket", 300, 12500)]), "pdf"
    )
    doc = read_doc(second, "allowance")
    assert "profile_used" in {p["code"] for p in doc["warnings"]}
    assert [
        (i["name"], i["qty"], i["unit_price"], i["allowance_amount"], i["tax"])
        for i in doc["record"]["items"]
    ] == [("Antenna bracket", 300, "12500.00", "3750000.00", "712500.00")]
    taken = {p["code"] for p in doc["warnings"]} & {"profile_reader_rows_taken", "profile_reader_fallback"}
    assert not taken, doc["warnings"]


@pytest.mark.parametrize(
    ("text", "figure"),
    [("4,850 XAF", "4850"), ("P 0.350", "0.35"), ("1 234,50 ₽", "1234.50"), ("KES 4,500", "4500")],
)
def test_a_printed_amount_with_any_currencys_sign_or_code_is_its_figure(text: str, figure: str) -> None:
    from kesu_docs.parse.profile import _priced

    assert _priced(text) == Decimal(figure)


@pytest.mark.parametrize("text", ["CF-MCB-1101", "19 %", "PO 4500", "150"])
def test_a_text_with_no_currency_is_no_priced_figure(text: str) -> None:
    from kesu_docs.parse.profile import _priced

    assert _priced(text) is None


# ------------------------------------------------------------- tick codes on a print, learned there
def _ticked_complaint(path: Path, number: str, request: str, safety: str) -> Path:
    """A complaint whose choices are lines of Wingdings codes in a text font (þ ticked, ¨ empty):
    what a print shows of a workbook whose cells used the font, on a computer without it."""
    rows: list[list[Any]] = [
        ["客户投诉处理单"],
        ["投诉编号", number, "投诉日期", "2026-03-05"],
        ["客户名称", "宁波华美家纺", "产品型号", "NB-FL-0320"],
        ["不良数量", 18, "生产批号", "260304"],
        ["客户要求", request],
        ["涉及安全", safety],
        ["问题描述", "外壳开裂"],
    ]
    return landscape_book(path, rows, {"A": 14, "B": 40, "C": 14, "D": 20}, grid=True)


def test_a_line_of_tick_codes_on_the_print_a_profile_is_learned_on_is_read_by_the_codes(office: Path) -> None:
    """Learned on the print (the clerk points at the label), the next print's ``þ`` / ``¨`` line is
    read by the font's codes — the layout is known to write them; the generic reader alone says
    it cannot tell (``ticks_not_shown``)."""
    first = book_as(
        _ticked_complaint(office / "one" / "c.xlsx", "KS-2603-01", "¨退货  þ换货  ¨折让  ¨赔款", "þ是  ¨否"),
        "pdf",
    )
    code, out = run_cli(
        "learn",
        first,
        "--kind",
        "complaint",
        "--set",
        "customer_request=客户要求",
        "--set",
        "safety_related=涉及安全",
    )
    assert code == 0, out
    second = book_as(
        _ticked_complaint(office / "two" / "c.xlsx", "KS-2603-02", "þ退货  ¨换货  ¨折让  ¨赔款", "¨是  þ否"),
        "pdf",
    )
    doc = read_doc(second, "complaint")
    assert doc["record"]["customer_request"] == ["return"]
    assert doc["record"]["safety_related"] is False
    assert "ticks_not_shown" not in {p["code"] for p in doc["errors"] + doc["warnings"]}
