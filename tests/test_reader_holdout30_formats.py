"""What the thirtieth held-out set showed the reader lacked in the way figures are written and
in its words (issue 10; the structural patterns are rh30's), each rule read on forms of our own,
as Excel and as LibreOffice's PDF print of it.

- **Amounts closed by ``/=``** (``72,750/=``: "and no cents", as Uganda and Kenya write shillings;
  ``Rs. 500/-`` the same in South Asia): the amount; a price so written that its line's amount over
  the quantity rounds to (``28/=`` over 400 × 27.50 = ``11,000/=``) is that exact price, said.
- **A price with a currency before it and three decimals** (``P 0.350``, the Botswana pula) and
  **CFA francs** (``1 840 FCFA``, whole francs, a space between the thousands): the figure, its
  currency said; a point before three digits in a currency with cents is the decimal point unless
  the form's other amounts write the European way (``₲ 23.500``: guaraníes have no cents).

Workbooks built here with openpyxl; values and wording of our own.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers import book_as, field_codes, landscape_book, read_doc, return_note_prices

FORMS = ["xlsx", "pdf"]


def _credit_note(path: Path, lines: list[list[Any]], totals: list[Any]) -> Path:
    rows: list[list[Any]] = [
        ["CREDIT NOTE"],
        ["Credit note No.", "CN-26-0324", "Date", "2026-03-24"],
        ["Customer", "Kampala Grid Services Ltd", "TIN", "1000031562"],
        ["Invoice No.", "INV-26-03141", "Complaint No.", "KG-QA-2603"],
        ["Item", "Qty", "Unit price", "Net", "VAT 18%"],
        *lines,
        ["Net total", None, None, totals[0]],
        ["Total VAT", None, None, totals[1]],
        ["Total incl. VAT", None, None, totals[2]],
    ]
    return landscape_book(path, rows, {"A": 26, "B": 12, "C": 16, "D": 18, "E": 16})


# ------------------------------------------------------------------------ 1. amounts with /=
@pytest.mark.parametrize("form", FORMS)
def test_amounts_closed_by_no_cents_are_read(tmp_path: Path, form: str) -> None:
    """Before: every ``/=`` amount was no amount (invalid_money): the lines' prices, amounts and
    taxes and the three totals lost."""
    lines = [
        ["Pole bracket", 120, "650/=", "78,000/=", "14,040/="],
        ["Stay wire clamp", 300, "45/=", "13,500/=", "2,430/="],
    ]
    path = _credit_note(tmp_path / "cn.xlsx", lines, ["91,500/=", "16,470/=", "107,970/="])
    doc = read_doc(book_as(path, form), "allowance")
    items = doc["record"]["items"]
    assert [(i["unit_price"], i["allowance_amount"], i["tax"]) for i in items] == [
        ("650.00", "78000.00", "14040.00"),
        ("45.00", "13500.00", "2430.00"),
    ]
    rec = doc["record"]
    assert (rec["total_excl_tax"], rec["total_tax"], rec["total"]) == ("91500.00", "16470.00", "107970.00")
    assert not [e for e in doc["errors"] if e["code"] == "invalid_money"]


@pytest.mark.parametrize("form", FORMS)
def test_a_price_written_whole_is_said_beside_the_lines_exact_price(tmp_path: Path, form: str) -> None:
    """``28/=`` over 400 pieces and ``11,000/=``: perhaps 27.50 a piece written in whole
    shillings — read as written (28.00: the form says so, never a figure it does not print) and
    the line's exact price said on the price itself (before rh30b: nothing on the price, the
    line's check blaming its amount; rh30b put 27.50 in its place — the review: not the form's)."""
    lines = [["Cable clamp", 400, "28/=", "11,000/=", "1,980/="]]
    path = _credit_note(tmp_path / "cn.xlsx", lines, ["11,000/=", "1,980/=", "12,980/="])
    doc = read_doc(book_as(path, form), "allowance")
    assert doc["record"]["items"][0]["unit_price"] == "28.00"
    said = [w for w in doc["warnings"] if w["code"] == "price_written_whole"]
    assert said and said[0]["field"] == "items[0].unit_price" and "27.50" in said[0]["message"]


@pytest.mark.parametrize("form", FORMS)
def test_a_whole_price_that_agrees_with_its_line_is_read_as_written(tmp_path: Path, form: str) -> None:
    lines = [["Cable clamp", 400, "28/=", "11,200/=", "2,016/="]]
    path = _credit_note(tmp_path / "cn.xlsx", lines, ["11,200/=", "2,016/=", "13,216/="])
    doc = read_doc(book_as(path, form), "allowance")
    assert doc["record"]["items"][0]["unit_price"] == "28.00"
    assert not field_codes(doc, "items[0].unit_price") & {"price_written_whole", "invalid_money"}


def test_a_point_before_three_digits_is_left_to_the_form_where_the_currency_has_cents() -> None:
    """``P 4.250`` was read 4250 (a point before three digits taken for the thousands' whatever
    the currency); the pula has cents, so the figure stays as typed for the form to decide."""
    from kesu_docs.forms import get
    from kesu_docs.parse.guards import meta_at
    from kesu_docs.parse.typed import foreign_amount

    meta = meta_at(get("return"), "items[0].unit_price")
    assert foreign_amount(meta, "P 4.250") == ("4.250", "P")
    assert foreign_amount(meta, "P 0.350") == ("0.35", "P")  # (no thousands group starts with 0: a decimal)
    assert foreign_amount(meta, "₲ 23.500") == ("23500.00", "₲")  # no cents: the thousands' point
    assert foreign_amount(meta, "R$ 1.500") == ("1500.00", "R$")  # Brazil's decimal comma (the review)
    assert foreign_amount(meta, "USD 4.250") == ("4250.00", "USD")  # (Ecuador's too: as before)


@pytest.mark.parametrize("form", FORMS)
def test_a_point_before_three_digits_on_a_european_form_is_the_thousands(tmp_path: Path, form: str) -> None:
    """``1.200 zł``: the złoty's Poland writes a decimal comma, so the point is the thousands'
    (1,200) — as before rh30b, and without a word (no doubt: the review's ``R$ 1.500``)."""
    lines = [
        ["PL-FLT-4101", "Filter housing", 2, 2, "1.200 zł", "2.400,00 zł"],
        ["PL-SEL-4102", "Seal kit", 100, 100, "0,50 zł", "50,00 zł"],
    ]
    doc, prices = return_note_prices(tmp_path, form, lines)
    assert prices[0][0] == "1200.00"


# ------------------------------------------------------------ 2. P 0.350, FCFA: a sign before
@pytest.mark.parametrize("form", FORMS)
def test_pula_prices_with_three_decimals(tmp_path: Path, form: str) -> None:
    """Before (printed): ``P 0.350`` and ``P 16,800.00`` no amount; with the pula's ``P`` known,
    ``P 4.250`` must not be read 4250 (a point before three digits is the decimal point where
    the currency has cents and no amount on the form writes the European way)."""
    lines = [
        ["GB-LUG-2201", "Cable lug", 48000, 48000, "P 0.350", "P 16,800.00"],
        ["GB-SLV-2202", "Splice sleeve", 6000, 5940, "P 4.250", "P 25,245.00"],
    ]
    doc, prices = return_note_prices(tmp_path, form, lines)
    assert prices == [("0.35", "16800.00"), ("4.25", "25245.00")]
    assert "amount_in_currency" in field_codes(doc, "items[0].unit_price")
    assert not [e for e in doc["errors"] if e["code"] in ("invalid_money", "line_amount_mismatch")]


@pytest.mark.parametrize("form", FORMS)
def test_cfa_francs_are_whole_amounts(tmp_path: Path, form: str) -> None:
    lines = [
        ["ML-MCB-3101", "Breaker 16 A", 1200, 1200, "1 840 FCFA", "2 208 000 FCFA"],
        ["ML-SKT-3102", "Wall socket", 500, 480, "265 F CFA", "127 200 F CFA"],
    ]
    doc, prices = return_note_prices(tmp_path, form, lines)
    assert prices == [("1840.00", "2208000.00"), ("265.00", "127200.00")]
    assert "amount_in_currency" in field_codes(doc, "items[0].amount")


# ------------------------------------------------- 3. an 8D step heading naming a kind of row
@pytest.mark.parametrize("heading", ["D4 Why not detected", "D4 Wêrom net fûn / Why not detected"])
def test_a_d4_heading_naming_the_escape_cause_over_its_text(tmp_path: Path, heading: str) -> None:
    """Each step a heading row above its text (a page printed by Chromium): ``D4 Why not
    detected`` names a kind of root cause (the escape), no label word of the table — before, its
    text was lost (the D number alone was too weak an anchor for a second D4)."""
    import html

    from helpers import chromium_page

    fields = [("Report No.", "8D-TS-26-001"), ("Opened", "2026-05-05"), ("Customer", "Acme Pumps BV")]
    steps = [
        ("D1 Team", "Anna de Boer, Li Na"),
        ("D2 Problem", "Pumps leak at the shaft."),
        ("D3 Containment", "Stock re-tested."),
        ("D4 Root cause", "Seal pressed short."),
        (heading, "Press depth not logged."),
        ("D5 Corrective action", "Gauge block fitted."),
    ]
    css = (
        "table{border-collapse:collapse;width:90%}td,th{border:1px solid #444;padding:4px}th{text-align:left}"
    )
    body = (
        "<h2>8D REPORT</h2><table>"
        + "".join(f"<tr><td>{html.escape(a)}</td><td>{html.escape(b)}</td></tr>" for a, b in fields)
        + "</table><table>"
        + "".join(f"<tr><th>{html.escape(a)}</th></tr><tr><td>{html.escape(b)}</td></tr>" for a, b in steps)
        + "</table>"
    )
    doc = read_doc(chromium_page(tmp_path, "d4", body, lang="en", css=css, way="ltr"), "8d")
    causes = [(c["type"], c["cause"]) for c in doc["record"]["root_cause"]]
    assert causes == [("occurrence", "Seal pressed short."), ("escape", "Press depth not logged.")]


# ------------------------------------------- 4. another document read as the kind told
def _invoice(path: Path) -> Path:
    """A commercial invoice: its lines typed with no header over them (as a trading house's
    template prints them), nothing of a complaint's or a return note's."""
    rows: list[list[Any]] = [
        ["COMMERCIAL INVOICE"],
        ["Invoice No.", "CI-2604-0117"],
        ["Date:", "2026-04-09"],
        ["Sold to:", "Lakeside Instruments Ltd"],
        ["Terms:", "FOB Ningbo, T/T 60 days"],
        ["1  PM-9648 Panel meter 96x48", "40 pcs", "USD 12.50", "USD 500.00"],
        ["2  PM-7272 Panel meter 72x72", "20 pcs", "USD 11.00", "USD 220.00"],
        ["Total:", None, None, "USD 720.00"],
    ]
    return landscape_book(path, rows, {"A": 26, "B": 26, "C": 14, "D": 16})


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_an_invoice_read_as_the_kind_told_is_no_such_form(tmp_path: Path, form: str, lang: str) -> None:
    """Before: ``--kind return`` on an invoice gave a record (its date read by ``Date:``) whose
    only errors were "Return note no. is required", "Customer is required"…: nothing said the
    file was no return note at all. (``--kind complaint`` on this one reads nothing: an error
    already; the set's invoice read its date as the received date, a record then too.)"""
    doc = read_doc(book_as(_invoice(tmp_path / "inv.xlsx"), form), "return", lang)
    assert doc["record"] is None
    assert [e["code"] for e in doc["errors"]] == ["not_a_form"]
    message = doc["errors"][0]["message"]
    assert "COMMERCIAL INVOICE" in message and "Sold to" in message
    assert ("labels found" if lang == "en" else "找到的标签") in message


@pytest.mark.parametrize("form", FORMS)
def test_a_sparse_complaint_read_as_told_is_still_a_record(tmp_path: Path, form: str) -> None:
    rows: list[list[Any]] = [
        ["Customer", "Lakeside Instruments Ltd", "Date received", "2026-04-09"],
        ["Part No.", "LI-PM-9648", "Defective qty", 12],
    ]
    path = landscape_book(tmp_path / "cc.xlsx", rows, {"A": 18, "B": 28, "C": 18, "D": 14})
    doc = read_doc(book_as(path, form), "complaint")
    assert doc["record"] is not None and doc["record"]["part_no"] == "LI-PM-9648"
    assert "not_a_form" not in {e["code"] for e in doc["errors"]}
