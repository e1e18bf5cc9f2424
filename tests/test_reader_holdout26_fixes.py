"""What the twenty-sixth held-out set showed the reader lacked (issue 10), each rule read on
forms of our own, as Excel and as LibreOffice's PDF print of it.

- **Ditto marks** in an item table (``〃``, ``"``, ``同上``, ``do.``): the same column's value
  of the line above, said on the field; never the mark read as the value. A mark with nothing
  above it, or on a field alone, is no value (said).
- **Dates** in Galician (``9 de outubro de 2026``), Tatar (``2026 елның 14 октябре``: the year's
  genitive, the month with its possessive ending), Hausa (``21 ga Satumba, 2026``), Malagasy,
  Somali, Kinyarwanda (the CLDR's months, by Babel) and Māori (``7 Here-turi-kōkā 2026``: the
  months of glibc's ``mi_NZ``, words joined by hyphens).
- **Counts** in ``pezas`` (Galician), ``данә`` (Tatar), ``guda`` (Hausa), ``xabbo`` (Somali),
  ``ibice`` (Kinyarwanda).
- **Amounts** in ariary (``3 450 000 Ar``: the sign after the figure, thousands by spaces, no
  decimals), which then name the form's currency (no 人民币 words derived), and in dollars
  written with their country's letters (``NZ$``, ``AU$``, ``CA$``).
- **The buyer's tax number** under ``Tax No.`` and ``NIF``.

Workbooks built here with openpyxl; values and wording of our own.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers import assert_counted_complaint, book_as, field_codes, landscape_book, read_doc

FORMS = ["xlsx", "pdf"]


# ------------------------------------------------------------------------------ ditto marks
def _return_with_ditto(tmp_path: Path, name: str, price: str, mark: str) -> Path:
    rows: list[list[Any]] = [
        ["RETURN NOTE"],
        ["Return No.", "RN-26-0412", "Date", "2026-04-02"],
        ["Customer", "Otago Pump Works", "Complaint No.", "OP-QA-2603"],
        ["Part No.", "Description", "Approved", "Returned", "Unit price", "Amount"],
        ["OP-SEAL-0101", name, 400, 400, price, "2,200.00"],
        ["OP-SEAL-0102", mark, 300, 300, mark, "1,650.00"],
        ["OP-SEAL-0103", mark, 100, 96, mark, "528.00"],
        [],
        ["Reason", "Seals hardened, leaking at test."],
        ["Disposition", "Scrap"],
    ]
    widths = {"A": 18, "B": 26, "C": 12, "D": 12, "E": 14, "F": 14}
    return landscape_book(tmp_path / "ditto.xlsx", rows, widths)


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("mark", ["〃", '"', "同上", "do."])
def test_a_ditto_mark_is_the_line_above(tmp_path: Path, form: str, mark: str) -> None:
    doc = read_doc(book_as(_return_with_ditto(tmp_path, "Shaft seal 40 mm", "5.50", mark), form), "return")
    items = doc["record"]["items"]
    assert [i["part_name"] for i in items] == ["Shaft seal 40 mm"] * 3
    assert [i["unit_price"] for i in items] == ["5.50"] * 3
    for row in (1, 2):
        for column in ("part_name", "unit_price"):
            assert "value_ditto" in field_codes(doc, f"items[{row}].{column}")
    assert not field_codes(doc, "items[0].part_name")


@pytest.mark.parametrize("form", FORMS)
def test_a_ditto_mark_with_nothing_above_is_no_value(tmp_path: Path, form: str) -> None:
    """The first line's 品名 a ditto mark: no line above to copy — left empty, said; the next
    lines' marks then have nothing to copy either (never the mark read as a name)."""
    doc = read_doc(book_as(_return_with_ditto(tmp_path, "〃", "5.50", "〃"), form), "return")
    items = doc["record"]["items"]
    assert [i["part_name"] for i in items] == [None, None, None]
    assert "value_not_given" in field_codes(doc, "items[0].part_name")
    assert [i["unit_price"] for i in items] == ["5.50"] * 3


def test_a_ditto_mark_on_a_field_alone_is_no_value(tmp_path: Path) -> None:
    rows: list[list[Any]] = [
        ["客户投诉单"],
        ["投诉编号", "KS-2604-031", "接收日期", "2026-04-03"],
        ["客户名称", "宁波均胜电子股份有限公司", "料号", "NB-CON-3301"],
        ["不良描述", "〃"],
        ["交货数量", 1200, "不良数量", 36],
    ]
    doc = read_doc(
        landscape_book(tmp_path / "ks.xlsx", rows, {"A": 14, "B": 30, "C": 14, "D": 20}), "complaint"
    )
    assert doc["record"]["description"] is None
    assert "value_not_given" in field_codes(doc, "description")


# ------------------------------------------------------------------------ dates and counts
@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("9 de outubro de 2026", "2026-10-09"),  # Galician
        ("21 de xaneiro de 2027", "2027-01-21"),
        ("2026 елның 14 октябре", "2026-10-14"),  # Tatar: the month's possessive ending
        ("2026 елның 2 гыйнвары", "2026-01-02"),
        ("2026 елның 30 мае", "2026-05-30"),
        ("21 ga Satumba, 2026", "2026-09-21"),  # Hausa: ga between the day and the month
        ("3 Jolay 2026", "2026-07-03"),  # Malagasy
        ("11 Oktoobar 2026", "2026-10-11"),  # Somali
        ("30 Nzeri 2026", "2026-09-30"),  # Kinyarwanda
        ("7 Here-turi-kōkā 2026", "2026-08-07"),  # Māori: a month of words joined by hyphens
        ("1 Whiringa-ā-rangi 2026", "2026-11-01"),
        ("1 Whiringa-a-rangi 2026", "2026-11-01"),  # (the macron not typed)
        ("12 Hōngoingoi 2026", "2026-07-12"),
    ],
)
def test_dates_of_more_languages(text: str, date: str) -> None:
    from kesu_docs.values import _as_date

    assert str(_as_date(text)) == date


@pytest.mark.parametrize("text", ["7 Here 2026", "2026 елның 14 Here", "5 ga 2026"])
def test_no_date_from_words_that_name_no_month(text: str) -> None:
    """Māori's short month forms (``Here``, ``Hui``) are words of their own: left out."""
    from kesu_docs.values import _as_date

    assert _as_date(text) is None


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("received", "delivered", "defective", "date", "counts"),
    [
        ("9 de outubro de 2026", "2.400 pezas", "60 pezas", "2026-10-09", [2400, 60]),
        ("2026 елның 14 октябре", "3 600 данә", "72 данә", "2026-10-14", [3600, 72]),
        ("21 ga Satumba, 2026", "5,000 guda", "125 guda", "2026-09-21", [5000, 125]),
        ("11 Oktoobar 2026", "8,000 xabbo", "40 xabbo", "2026-10-11", [8000, 40]),
        ("30 Nzeri 2026", "1.800 ibice", "18 ibice", "2026-09-30", [1800, 18]),
        ("7 Here-turi-kōkā 2026", "900", "27", "2026-08-07", [900, 27]),
    ],
)
def test_a_complaint_in_the_languages_dates_and_counts(
    tmp_path: Path, form: str, received: str, delivered: str, defective: str, date: str, counts: list[int]
) -> None:
    about = (
        "CC-26-0917",
        "Waikato Fluid Systems",
        "WF-VLV-2207",
        "Valve stems bent, found at incoming inspection.",
    )
    assert_counted_complaint(tmp_path, form, (received, delivered, defective), (date, counts), about)


# ---------------------------------------------------------------------------------- amounts
def _credit_note(tmp_path: Path, lines: list[list[Any]], totals: list[Any], tax_label: str) -> Path:
    rows: list[list[Any]] = [
        ["CREDIT NOTE"],
        ["Credit note No.", "CN-26-0208", "Date", "2026-04-09"],
        ["Customer", "Toamasina Électrique SA", tax_label, "3000067890"],
        ["Invoice No.", "FAC-26-0402", "Complaint No.", "TE-QA-2604"],
        ["Item", "Qty", "Unit price", "Net", "VAT"],
        *lines,
        ["Total", None, None, *totals],
    ]
    widths = {"A": 22, "B": 26, "C": 18, "D": 22, "E": 20}
    return landscape_book(tmp_path / "cn.xlsx", rows, widths)


@pytest.mark.parametrize("form", FORMS)
def test_ariary_amounts_are_read_and_name_the_forms_currency(tmp_path: Path, form: str) -> None:
    lines = [
        ["Meter housing", 150, "23 000 Ar", "3 450 000 Ar", "690 000 Ar"],
        ["Breaker 20 A", 40, "31 250 Ar", "1 250 000 Ar", "250 000 Ar"],
    ]
    path = _credit_note(tmp_path, lines, ["4 700 000 Ar", "940 000 Ar"], "Tax No.")
    doc = read_doc(book_as(path, form), "allowance")
    items = doc["record"]["items"]
    assert [(i["unit_price"], i["allowance_amount"], i["tax"]) for i in items] == [
        ("23000.00", "3450000.00", "690000.00"),
        ("31250.00", "1250000.00", "250000.00"),
    ]
    assert "amount_in_currency" in field_codes(doc, "items[0].allowance_amount")  # (not our currency: said)
    # the form is in ariary: no amount in words is spelled in 人民币
    assert doc["record"]["total_in_words"] is None
    assert "amount_words_not_derived" in field_codes(doc, "total_in_words")
    assert doc["record"]["buyer_tax_id"] == "3000067890"


@pytest.mark.parametrize("form", FORMS)
def test_the_buyers_nif_is_its_tax_number(tmp_path: Path, form: str) -> None:
    """``NIF`` (a fiscal identification number): the buyer's beside its name, or the issuer's in a
    letterhead at times — read, and shown for checking."""
    lines = [["Meter housing", 150, "23,000.00", "3,450,000.00", "690,000.00"]]
    doc = read_doc(
        book_as(_credit_note(tmp_path, lines, ["3,450,000.00", "690,000.00"], "NIF"), form), "allowance"
    )
    assert doc["record"]["buyer_tax_id"] == "3000067890"
    assert field_codes(doc, "buyer_tax_id")  # (doubtful: said)


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("sign", ["NZ$", "AU$", "CA$"])
def test_dollars_with_their_countrys_letters(tmp_path: Path, form: str, sign: str) -> None:
    rows: list[list[Any]] = [
        ["RETURN NOTE"],
        ["Return No.", "RN-26-0415", "Date", "2026-04-14"],
        ["Customer", "Canterbury Rail Parts", "Complaint No.", "CR-QA-2604"],
        ["Part No.", "Description", "Approved", "Returned", "Unit price", "Amount"],
        ["CR-BRK-0201", "Brake pad", 250, 250, f"{sign}42.80", f"{sign}10,700.00"],
        [],
        ["Reason", "Pads cracked at the rivets."],
        ["Disposition", "Scrap"],
    ]
    widths = {"A": 18, "B": 22, "C": 12, "D": 12, "E": 14, "F": 16}
    doc = read_doc(book_as(landscape_book(tmp_path / "rn.xlsx", rows, widths), form), "return")
    [item] = doc["record"]["items"]
    assert (item["unit_price"], item["amount"]) == ("42.80", "10700.00")
    assert "amount_in_currency" in field_codes(doc, "items[0].amount")
