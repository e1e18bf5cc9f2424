"""Nordic, Finnish, Greek, Romanian and Hebrew customers' forms (issue 10, holdout21).

- **Amounts with the krona / krone or the shekel**: ``4,35 kr``, ``5 220,00 kr`` (Swedish: a space
  between the thousands, a decimal comma), ``13.860,00 kr.`` (Danish, Norwegian: a point), ``₪
  5,100.00`` / ``5,100.00 ₪`` (Israeli): the figure read and the currency said on the field; ``kr``
  does not say which krona or krone, so the form is in none of the procedure's money and no
  amount in words is made for it.
- **Counts in their units**: ``1.200 τεμ.`` (Greek τεμάχια), ``1.200 buc.`` (Romanian bucăți),
  ``1 250 kpl`` (Finnish kappaletta).
- **Tax names**: ``Moms`` (Danish, Swedish), ``MVA`` (Norwegian), ``ALV`` (Finnish), ``ΦΠΑ``
  (Greek), ``מע״מ`` (Hebrew); a lines' column headed with its rate and a translation
  (``Moms 25 % / VAT``) is the lines' tax column, not a totals label over the first line's tax.
- **The forms' words**: replacement, return, credit note, rework and scrap in those languages;
  an 8D's ``Päivämäärä`` / ``Dato`` / ``Ημερομηνία`` (the date beside the report's number: the
  opened date), ``Määrä`` / ``Antal`` (the quantity complained of), ``D6 Todentaminen`` (D6's
  result), ``D7 Ennaltaehkäisy`` (prevention); a D7 text about all the other robots or lines
  (``kaikille 4 robotille``) is the horizontal deployment.

Workbooks built here with openpyxl (not the holdout files).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from helpers import field_codes, read_doc, sheet_from_rows

from kesu_docs.forms import get
from kesu_docs.forms.return_note import ReturnHandling
from kesu_docs.parse.currency import codes_in_figure
from kesu_docs.parse.guards import meta_at
from kesu_docs.parse.typed import foreign_amount
from kesu_docs.parse.value_cues import heading_text_member
from kesu_docs.terms import Request
from kesu_docs.values import _qty, parse_date


def _book(path: Path, rows: list[list[Any]]) -> Path:
    return sheet_from_rows(path.parent, rows, path.name, width=26)  # (this module's width)


# ------------------------------------------------------------------------------------ dates
@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("5.3.2026", dt.date(2026, 3, 5)),  # Finnish: day.month.year, no zeros
        ("23.4.2026", dt.date(2026, 4, 23)),
        ("31. marts 2026", dt.date(2026, 3, 31)),  # Danish: a point after the day
        ("5 mars 2026", dt.date(2026, 3, 5)),  # Swedish
        ("5 Μαρτίου 2026", dt.date(2026, 3, 5)),  # Greek: the month in the genitive
        ("14 Απριλίου 2026", dt.date(2026, 4, 14)),
        ("5 martie 2026", dt.date(2026, 3, 5)),  # Romanian
    ],
)
def test_nordic_greek_romanian_dates(text: str, date: dt.date):
    assert parse_date(text) == date


# ------------------------------------------------------------------------------------ counts
@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("64 τεμ.", 64),  # Greek: τεμάχια
        ("15 τεμάχια", 15),
        ("54 buc.", 54),  # Romanian: bucăți
        ("9 bucăți", 9),
        ("1 250 kpl", 1250),  # Finnish: kappaletta
        ("36 stk.", 36),  # Danish (as before)
    ],
)
def test_counts_in_greek_romanian_finnish_units(text: str, count: int):
    assert _qty(text) == count


def test_unknown_count_words_stay_unread():
    with pytest.raises(ValueError):
        _qty("12 kplx")  # no unit of ours: never a guess


# ------------------------------------------------------------------------------------ amounts
def test_krona_krone_and_shekel_amounts():
    meta = meta_at(get("return"), "items[0].amount")
    assert foreign_amount(meta, "4,35 kr") == ("4.35", "kr")
    assert foreign_amount(meta, "5 220,00 kr") == ("5220.00", "kr")
    assert foreign_amount(meta, "13.860,00 kr.") == ("13860.00", "kr.")
    assert foreign_amount(meta, "₪ 5,100.00") == ("5100.00", "₪")
    assert foreign_amount(meta, "816.00 ₪") == ("816.00", "₪")
    assert codes_in_figure("13.860,00 kr.") == {"DKK", "ISK", "NOK", "SEK"}  # which one: not said
    assert codes_in_figure("₪ 5,100.00") == {"ILS"}
    assert codes_in_figure("KR-2201") == set()  # a part number


def test_a_norwegian_credit_note_with_a_rated_tax_column(tmp_path: Path):
    path = _book(
        tmp_path / "kreditnota.xlsx",
        [
            ["KREDITNOTA / CREDIT NOTE"],
            ["Kreditnota nr. / No.", "KN-26-0311", "Dato / Date", "12. april 2026"],
            ["Kunde / Buyer", "Kongsberg Automotive AS", "Org.nr. / VAT No.", "NO912345678MVA"],
            ["Faktura nr. / Invoice No.", "F-26-0870", "Fakturadato / Invoice date", "2. april 2026"],
            ["Reklamasjon nr. / Complaint No.", "KA-RK-26-0040"],
            ["Vare / Item", "Antall / Qty", "Pris / Unit price", "Beløp / Net", "MVA 25 % / VAT"],
            ["Brakett KA-BR-1100", "40 stk.", "120,00 kr.", "4.800,00 kr.", "1.200,00 kr."],
            ["Skrue KA-SC-1101", "200 stk.", "2,50 kr.", "500,00 kr.", "125,00 kr."],
            [],
            ["Netto / Net amount", "5.300,00 kr."],
            ["Total credit", "6.625,00 kr."],
            ["Godkjent / Approved", "Kari Nordmann"],
        ],
    )
    doc = read_doc(path, "allowance")
    record = doc["record"]
    lines = [(i["qty"], i["unit_price"], i["allowance_amount"], i["tax"]) for i in record["items"]]
    assert lines == [(40, "120.00", "4800.00", "1200.00"), (200, "2.50", "500.00", "125.00")]
    assert record["tax_rate"] == "0.25"
    assert (record["total_excl_tax"], record["total"]) == ("5300.00", "6625.00")
    assert record["total_tax"] == "1325.00"  # the lines' sum, never the first line's tax alone
    assert doc["provenance"].get("total_tax", {}).get("location") != "Sheet!E7"
    assert record["total_in_words"] is None  # never 人民币 words for kroner
    assert "amount_in_currency" in field_codes(doc, "items[0].tax")
    said = [w["message"] for w in doc["warnings"] if w["code"] == "amount_in_currency"]
    assert said and all("kr." in m for m in said)


def test_a_swedish_return_note(tmp_path: Path):
    path = _book(
        tmp_path / "retursedel.xlsx",
        [
            ["RETURSEDEL / RETURN NOTE"],
            ["Returnr / Return No.", "RET-26-0102", "Datum / Date", "9 april 2026"],
            ["Kund / Customer", "Scania CV AB", "Reklamationsnr / Complaint No.", "SC-RK-260404"],
            ["Artikelnr / Part No.", "Benämning / Description", "Godkänt / Approved", "Returnerat / Returned"]
            + ["Pris / Unit Price", "Belopp / Amount"],
            ["SC-HSG-0410", "Hus / Housing", "2 000 st", "2 000 st", "12,40 kr", "24 800,00 kr"],
            [],
            ["Orsak / Reason", "Gjutporer i tätningsytan."],
            ["Åtgärd / Disposition", "Omarbetas / Rework"],
            ["Mottaget av / Received by", "Anna Berg", "Godkänt av / Approved by", "Olof Ek"],
        ],
    )
    doc = read_doc(path, "return")
    record = doc["record"]
    [line] = record["items"]
    assert (line["qty_returned"], line["unit_price"], line["amount"]) == (2000, "12.40", "24800.00")
    assert "amount_in_currency" in field_codes(doc, "items[0].amount")
    assert record["handling"] == ["rework"]
    assert "option_halves_differ" not in field_codes(doc, "handling")  # Omarbetas is a rework too


# ------------------------------------------------------------------------------------ words
def test_nordic_greek_romanian_hebrew_request_words():
    assert Request.lookup("Αντικατάσταση / Replacement") == Request.REPLACEMENT
    assert Request.lookup("Înlocuire / Replacement") == Request.REPLACEMENT
    assert Request.lookup("Udskiftning") == Request.REPLACEMENT
    assert Request.lookup("Επιστροφή / Return") == Request.RETURN
    assert Request.lookup("Returnare / Return") == Request.RETURN
    assert Request.lookup("Kreditnota / Credit note") == Request.ALLOWANCE
    assert Request.lookup("Reprelucrare / Rework") == Request.REWORK


def test_nordic_scrap_words():
    assert ReturnHandling.lookup("Skrotas / Scrap") == ReturnHandling.SCRAP
    assert ReturnHandling.lookup("Kassation") == ReturnHandling.SCRAP
    assert ReturnHandling.lookup("Romutus") == ReturnHandling.SCRAP
    assert ReturnHandling.lookup("Omarbetas") == ReturnHandling.REWORK


def test_a_greek_complaint(tmp_path: Path):
    path = _book(
        tmp_path / "parapono.xlsx",
        [
            ["ΠΑΡΑΠΟΝΟ ΠΕΛΑΤΗ / CUSTOMER COMPLAINT"],
            ["Αρ. παραπόνου / Complaint No.", "ΠΡ-26-0091", "Ημερομηνία / Date", "14 Απριλίου 2026"],
            ["Πελάτης / Customer", "Elval S.A."],
            ["Κωδικός / Part No.", "EV-CLP-0310", "Περιγραφή είδους / Part name", "Κλιπ"],
            [
                "Παραδοθείσα ποσότητα / Qty delivered",
                "15.000 τεμ.",
                "Ελαττωματικά / Qty defective",
                "120 τεμ.",
            ],
            ["Περιγραφή ελαττώματος / Defect description", "Σπασμένο δόντι."],
            ["Αίτημα / Request", "Επιστροφή / Return"],
            ["Χειριστής / Handled by", "Li Na"],
        ],
    )
    doc = read_doc(path, "complaint")
    record = doc["record"]
    assert record["received_date"] == "2026-04-14"
    assert (record["ship_qty"], record["defect_qty"]) == (15000, 120)
    assert "ambiguous_thousands" in field_codes(doc, "ship_qty")  # 15.000 read as thousands: said
    assert record["customer_request"] == ["return"]


def test_a_finnish_8d(tmp_path: Path):
    path = _book(
        tmp_path / "8d-raportti.xlsx",
        [
            ["8D-RAPORTTI / 8D REPORT"],
            ["Raportti nro / Report No.", "8D-OUL-26-007", "Päivämäärä / Date", "9.4.2026"],
            ["Asiakas / Customer", "Ponsse Oyj", "Reklamaatio nro / Complaint No.", "PO-RK-260409"],
            ["Nimike / Part No.", "PO-HNG-3310", "Määrä / Qty", "640 kpl"],
            ["D1 Tiimi / Team", "Ville Laine, Chen Jie"],
            ["D2 Ongelma / Problem", "Saranan tappi puuttuu 640 kpl:sta."],
            ["D3 Välitön toimenpide / Containment", "Varasto tarkastettu 100 %."],
            ["D4 Juurisyy / Root cause", "Puristin ohitti tapin syötön."],
            ["D5 Korjaava toimenpide / Corrective action", "Tapin tunnistin lisätty."],
            ["D6 Todentaminen / Verification", "5 erää ilman puuttuvia tappeja."],
            ["D7 Ennaltaehkäisy / Prevention", "Tunnistin lisätty kaikille 3 puristimelle."],
            ["D8 Suljettu / Closed", "30.4.2026", "Hyväksyjä / Approved", "Jari Mäki"],
        ],
    )
    doc = read_doc(path, "8d")
    record = doc["record"]
    assert record["opened_date"] == "2026-04-09"
    assert record["problem"]["qty_complained"] == 640
    assert record["implementation"][0]["result"] == "5 erää ilman puuttuvia tappeja."
    assert record["prevention"]["horizontal_deployment"] == "Tunnistin lisätty kaikille 3 puristimelle."


def test_a_d7_text_about_all_or_other_lines_in_nordic_greek_romanian():
    spec = get("8d")
    first = "prevention.horizontal_deployment"
    for text in (
        "FMEA päivitetty kaikille 4 robotille.",  # Finnish: for all 4 robots
        "Samma kontroll på andra linjer.",  # Swedish: the same check on other lines
        "Indført på lignende værktøjer.",  # Danish: on similar tools
        "Εφαρμογή σε όλες τις γραμμές.",  # Greek: on all lines
        "Aplicat pe toate liniile.",  # Romanian: on all lines
    ):
        assert heading_text_member(spec, "prevention", first, text) == first, text
    # a text about no other line: what was learned
    assert heading_text_member(spec, "prevention", first, "FMEA päivitetty.") == "prevention.lessons_learned"


def test_a_totals_line_summing_each_column_is_no_grand_total(tmp_path: Path):
    # "I alt / Total" holds the net column's sum and the tax column's; the total credit is on its
    # own line below: the net sum is the total before tax, never the grand total
    path = _book(
        tmp_path / "credit.xlsx",
        [
            ["KREDITNOTA / CREDIT NOTE"],
            ["Kreditnota nr. / No.", "KN-26-0450", "Dato / Date", "20. april 2026"],
            ["Kunde / Buyer", "Danfoss A/S", "CVR-nr. / VAT No.", "DK20165715"],
            ["Faktura nr. / Invoice No.", "F-26-1102", "Fakturadato / Invoice date", "8. april 2026"],
            ["Vare / Item", "Antal / Qty", "Pris / Unit price", "Beløb / Net", "Moms 25 % / VAT"],
            ["Ventil DF-VL-0410", 20, 150, 3000, 750],
            ["Pakning DF-GS-0411", 100, 2, 200, 50],
            ["I alt / Total", None, None, 3200, 800],
            ["Til gode / Total credit", 4000],
            ["Godkendt / Approved", "Mette Holm"],
        ],
    )
    doc = read_doc(path, "allowance")
    record = doc["record"]
    assert (record["total_excl_tax"], record["total_tax"], record["total"]) == (
        "3200.00",
        "800.00",
        "4000.00",
    )
    where = {k: doc["provenance"][k]["location"] for k in ("total_excl_tax", "total_tax", "total")}
    assert where == {"total_excl_tax": "Sheet!D8", "total_tax": "Sheet!E8", "total": "Sheet!B9"}
    assert not [e for e in doc["errors"] if e["field"].startswith("total")]
    # each moved or re-read figure is said, and the caption's lost label no longer is
    assert field_codes(doc, "total_excl_tax") & {
        "low_confidence",
        "total_read_as_net",
    }  # (the move's own warning)
    assert "low_confidence" in field_codes(doc, "total")
    assert "label_lost" not in field_codes(doc, "total")
