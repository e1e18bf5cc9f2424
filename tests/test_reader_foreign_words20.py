"""Czech, Hungarian, Dutch and Arabic customers' forms (issue 10, holdout20).

- **Dates**: ``31. 3. 2026`` (Czech and Slovak: day. month. year, a space after each point),
  ``2026. március 5.`` (Hungarian: the year first), ``5 maart 2026`` (Dutch).
- **Counts in their units**: ``1 200 ks`` (Czech / Slovak kus), ``48 db`` (Hungarian darab),
  ``3.400 stuks`` / ``1.250 st.`` (Dutch: the point a thousands separator, said).
- **Amounts with the currency after the figure**: ``1 234,50 Kč`` (the Czech koruna, a space
  between the thousands, a decimal comma), ``12 500 Ft`` (the forint): the figure read and the
  currency said on the field, never taken for the form's own money.
- **The forms' words**: DIČ (the Czech VAT id: the buyer's tax id), ``Základ / Net`` (a line's
  base), ``DPH`` (Czech VAT), ``Vyřizuje`` / ``Ügyintéző`` / ``Handled by`` (the one who handles
  the sheet: the reporter), ``Výměna`` / ``Csere`` / ``Vervanging`` (replacement), ``Dobropis``
  (a credit note), ``Vernietigen`` / ``Selejtezés`` / ``إتلاف`` (scrap).

Workbooks built here with openpyxl (not the holdout files).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from helpers import field_codes, read_doc, sheet_from_rows
from openpyxl import Workbook

from kesu_docs.forms import get
from kesu_docs.forms.return_note import ReturnHandling
from kesu_docs.parse.currency import codes_in_figure
from kesu_docs.parse.guards import meta_at
from kesu_docs.parse.typed import foreign_amount
from kesu_docs.terms import Request
from kesu_docs.values import _qty, parse_date


def _book(path: Path, rows: list[list[Any]]) -> Path:
    return sheet_from_rows(path.parent, rows, path.name, width=26)  # (this module's width)


# ------------------------------------------------------------------------------------ dates
@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("31. 3. 2026", dt.date(2026, 3, 31)),  # Czech: a space after each point
        ("7. 10. 2026", dt.date(2026, 10, 7)),
        ("07.10.2026", dt.date(2026, 10, 7)),  # as before
        ("2026. március 5.", dt.date(2026, 3, 5)),  # Hungarian: the year first
        ("2026. április 17.", dt.date(2026, 4, 17)),
        ("12 maart 2026", dt.date(2026, 3, 12)),  # Dutch
        ("31. 2. 2026", None),  # no such day
        ("5. 3.  2026", None),  # (two spaces: no date typed so)
    ],
)
def test_czech_hungarian_dutch_dates(text: str, date: dt.date | None):
    if date is None:
        with pytest.raises(ValueError):
            parse_date(text)
    else:
        assert parse_date(text) == date


# ------------------------------------------------------------------------------------ counts
@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("1 200 ks", 1200),  # Czech / Slovak: kus
        ("1\u00a0200 ks", 1200),  # a no-break space between the thousands
        ("36 ks", 36),
        ("48 db", 48),  # Hungarian: darab
        ("8 500 db", 8500),
        ("250 stuks", 250),  # Dutch
        ("12 st.", 12),
    ],
)
def test_counts_in_czech_hungarian_dutch_units(text: str, count: int):
    assert _qty(text) == count


def test_a_dutch_count_with_a_thousands_point_is_read_and_said(tmp_path: Path):
    path = _book(
        tmp_path / "klacht.xlsx",
        [
            ["KLACHT / CUSTOMER COMPLAINT"],
            ["Klachtnr. / Complaint No.", "KL-26-0077", "Datum / Date", "12 maart 2026"],
            ["Klant / Customer", "Van Dijk Techniek B.V."],
            ["Artikelnr. / Part No.", "VD-BRK-2210", "Omschrijving / Part name", "Beugel"],
            ["Geleverd / Qty delivered", "3.400 stuks", "Afgekeurd / Qty defective", "60 stuks"],
            ["Omschrijving fout / Defect description", "Braam op het gat."],
            ["Verzoek / Request", "Vervanging / Replacement"],
            ["Behandeld door / Handled by", "Zhou Min"],
        ],
    )
    doc = read_doc(path, "complaint")
    record = doc["record"]
    assert record["received_date"] == "2026-03-12"
    assert (record["ship_qty"], record["defect_qty"]) == (3400, 60)
    assert "ambiguous_thousands" in field_codes(doc, "ship_qty")  # 3.400 read as thousands: said
    assert record["customer_request"] == ["replacement"]
    assert record["reporter"] == "Zhou Min"


# ------------------------------------------------------------------------------------ amounts
def test_koruna_and_forint_amounts():
    meta = meta_at(get("return"), "items[0].amount")
    assert foreign_amount(meta, "1 234,50 Kč") == ("1234.50", "Kč")
    assert foreign_amount(meta, "1\u00a0234,50 Kč") == ("1234.50", "Kč")
    assert foreign_amount(meta, "48,50 Kč") == ("48.50", "Kč")  # not 4850
    assert foreign_amount(meta, "12 500 Ft") == ("12500.00", "Ft")
    assert foreign_amount(meta, "12 ft") is None  # a foot, no forint
    assert codes_in_figure("2 596,00 Kč") == {"CZK"}
    assert codes_in_figure("12 500 Ft") == {"HUF"}
    assert codes_in_figure("Ft-2201") == set()  # a part number


def test_a_czech_credit_note(tmp_path: Path):
    path = _book(
        tmp_path / "dobropis.xlsx",
        [
            ["DOBROPIS / CREDIT NOTE"],
            ["Číslo / No.", "DB-26-0107", "Datum vystavení / Date", "15. 4. 2026"],
            ["Odběratel / Buyer", "Brano a.s.", "DIČ / VAT ID", "CZ46901281"],
            ["K faktuře / Invoice No.", "FV-26-00412", "Datum faktury / Invoice date", "2. 4. 2026"],
            ["Reklamace / Complaint No.", "RK-26-0099"],
            ["Položka / Item", "Množství / Qty", "Cena / Unit price", "Základ / Net", "DPH / VAT"],
            ["Pouzdro BR-220", "150 ks", "12,30 Kč", "1 845,00 Kč", "387,45 Kč"],
            ["Doprava / Freight", "1 ks", "500,00 Kč", "500,00 Kč", "105,00 Kč"],
            ["Celkem / Total", None, None, "2 345,00 Kč", "492,45 Kč"],
            ["Schválil / Approved", "Petr Dvořák"],
        ],
    )
    doc = read_doc(path, None)
    assert doc["kind"] == "allowance"
    record = doc["record"]
    assert (record["issue_date"], record["invoice_date"]) == ("2026-04-15", "2026-04-02")
    assert record["buyer_tax_id"] == "CZ46901281"
    lines = [(i["qty"], i["unit_price"], i["allowance_amount"], i["tax"]) for i in record["items"]]
    assert lines == [(150, "12.30", "1845.00", "387.45"), (1, "500.00", "500.00", "105.00")]
    assert (record["total_excl_tax"], record["total_tax"]) == ("2345.00", "492.45")
    assert record["total_in_words"] is None  # never 人民币 words for koruny
    # each figure typed in koruny is said, never taken silently for the form's own money
    assert "amount_in_currency" in field_codes(doc, "items[0].allowance_amount")
    said = [w["message"] for w in doc["warnings"] if w["code"] == "amount_in_currency"]
    assert said and all("Kč" in m for m in said)


# ------------------------------------------------------------------------------------ words
def test_czech_hungarian_dutch_request_words():
    assert Request.lookup("Výměna / Replacement") == Request.REPLACEMENT
    assert Request.lookup("Csere / Replacement") == Request.REPLACEMENT
    assert Request.lookup("Vervanging") == Request.REPLACEMENT
    assert Request.lookup("Visszaküldés / Return") == Request.RETURN
    assert Request.lookup("Dobropis / Credit note") == Request.ALLOWANCE


def test_foreign_scrap_words():
    assert ReturnHandling.lookup("Vernietigen / Scrap") == ReturnHandling.SCRAP
    assert ReturnHandling.lookup("Selejtezés") == ReturnHandling.SCRAP
    assert ReturnHandling.lookup("إتلاف / Scrap") == ReturnHandling.SCRAP
    assert ReturnHandling.lookup("Csere") == ReturnHandling.REPLACE


def test_a_hungarian_complaint(tmp_path: Path):
    path = _book(
        tmp_path / "reklamacio.xlsx",
        [
            ["REKLAMÁCIÓ / CUSTOMER COMPLAINT"],
            ["Reklamáció száma / Complaint No.", "RKL-26-0311", "Dátum / Date", "2026. április 9."],
            ["Vevő / Customer", "Knorr-Bremse Kft."],
            ["Cikkszám / Part No.", "KB-VLV-0410", "Megnevezés / Part name", "Szelep"],
            ["Szállított mennyiség / Qty delivered", "2 400 db", "Hibás mennyiség / Qty defective", "30 db"],
            ["Hiba leírása / Defect description", "Sérült menet."],
            ["Igény / Request", "Visszaküldés / Return"],
            ["Ügyintéző / Handled by", "Wang Fei"],
        ],
    )
    doc = read_doc(path, "complaint")
    record = doc["record"]
    assert record["received_date"] == "2026-04-09"
    assert (record["ship_qty"], record["defect_qty"]) == (2400, 30)
    assert record["customer_request"] == ["return"]
    assert record["reporter"] == "Wang Fei"


# ------------------------------------------------------------------------------------ 8D
def test_a_dutch_8d_rapport(tmp_path: Path):
    path = _book(
        tmp_path / "8d.xlsx",
        [
            ["8D-RAPPORT / 8D REPORT"],
            ["Rapportnr. / Report No.", "8D-TLB-26-004", "Datum / Date", "9 april 2026"],
            ["Klant / Customer", "VDL Nedcar B.V.", "Klachtnr. / Complaint No.", "VDL-KL-0411"],
            ["Artikelnr. / Part No.", "VD-CLP-2201", "Aantal / Qty", "2.400 st."],
            ["D1 Team / Team", "Anna Smit, Li Qiang"],
            ["D2 Probleem / Problem", "Clip breekt bij montage."],
            ["D3 Noodmaatregel / Containment", "Voorraad 100 % gecontroleerd."],
            ["D4 Oorzaak / Root cause", "Te lage matrijstemperatuur."],
            ["D5 Correctieve actie / Corrective action", "Temperatuurbewaking toegevoegd."],
            ["D6 Validatie / Validation", "4 series zonder breuk."],
            ["D7 Preventie / Prevention", "Bewaking op alle 3 spuitgietmachines."],
            ["D8 Afgesloten / Closed", "30 april 2026", "Goedgekeurd / Approved", "Kees Visser"],
        ],
    )
    doc = read_doc(path, "8d")
    record = doc["record"]
    assert record["opened_date"] == "2026-04-09"  # Datum / Date in the header: the report's date
    assert record["problem"]["qty_complained"] == 2400
    assert "ambiguous_thousands" in field_codes(doc, "problem.qty_complained")
    # Validatie / Validation: the translation agrees with the word, the D6 number before it no part
    assert [i["result"] for i in record["implementation"]] == ["4 series zonder breuk."]
    # "op alle 3 …" (on all 3 machines): the deployment elsewhere, not a lesson
    assert record["prevention"]["horizontal_deployment"] == "Bewaking op alle 3 spuitgietmachines."
    assert record["closure"]["closed_date"] == "2026-04-30"


# ------------------------------------------------------------------------------------ returns
def test_a_dutch_return_received_date_and_scrap(tmp_path: Path):
    path = _book(
        tmp_path / "retourbon.xlsx",
        [
            ["RETOURBON / RETURN NOTE"],
            ["Retournummer / Return No.", "RET-26-0210", "Datum / Date", "14 april 2026"],
            ["Klant / Customer", "DAF Trucks N.V.", "Klachtnummer / Complaint No.", "DAF-KL-0412"],
            [
                "Artikelnr. / Part No.",
                "Omschrijving / Description",
                "Goedgekeurd / Approved",
                "Geretourneerd / Returned",
            ],
            ["DF-BRK-3301", "Beugel / Bracket", "1.500 st.", "1.480 st."],
            [],
            ["Reden / Reason", "Beugel gescheurd (cracked)."],
            ["Afhandeling / Disposition", "Vernietigen / Scrap"],
            ["Ontvangen door / Received by", "Jan Bos", "Ontvangstdatum / Received", "16 april 2026"],
        ],
    )
    doc = read_doc(path, "return")
    record = doc["record"]
    assert (record["issue_date"], record["received_date"]) == ("2026-04-14", "2026-04-16")
    [line] = record["items"]
    assert (line["qty_approved"], line["qty_returned"]) == (1500, 1480)
    assert record["handling"] == ["scrap"]


def test_an_arabic_form_writes_its_dates_day_first(tmp_path: Path):
    wb = Workbook()
    ws = wb.active
    ws.sheet_view.rightToLeft = True  # column A on the right, as an Arabic sheet is laid out
    for row in [
        ["إشعار إرجاع / RETURN NOTE"],
        ["رقم الإرجاع / Return No.", "RTN-26-0301", "التاريخ / Date", "07/04/2026"],
        ["العميل / Customer", "Gulf Motors LLC", "رقم الشكوى / Complaint No.", "GM-QC-0311"],
        ["رقم القطعة / Part No.", "الوصف / Description", "المعتمد / Approved", "المرتجع / Returned"],
        ["GM-FLT-1001", "Fuel filter", 800, "٧٩٠"],
        [],
        ["سبب الإرجاع / Reason", "Cracked housing."],
        ["الإجراء / Disposition", "إتلاف / Scrap"],
    ]:
        ws.append(row)
    for col in "ABCD":
        ws.column_dimensions[col].width = 26
    wb.save(tmp_path / "return.xlsx")
    doc = read_doc(tmp_path / "return.xlsx", "return")
    record = doc["record"]
    assert record["issue_date"] == "2026-04-07"  # the 7th of April, never 4 July
    assert "date_order_inferred" in field_codes(doc, "issue_date")  # the order taken is said
    [line] = record["items"]
    assert (line["qty_approved"], line["qty_returned"]) == (800, 790)  # ٧٩٠: Arabic-Indic digits
    assert record["handling"] == ["scrap"]


# ------------------------------------------------------------------------------------ Arabic in a PDF
def test_arabic_read_off_a_page_in_its_glyphs_order_is_turned():
    from kesu_docs.parse.pdf_cells import Cell
    from kesu_docs.parse.rtl import in_reading_order

    page = [
        Cell("خيراتلا / Date", 1, 300, 10, 400, 20),  # التاريخ, the date, in its glyphs' order
        Cell("فالتإ / Scrap", 1, 300, 30, 400, 40),  # إتلاف: its lam-alef drawn as one glyph
        Cell("عاجرإلا مقر / Return No.", 1, 300, 50, 400, 60),  # two words: the run turned whole
        Cell("١٢٠٠", 1, 10, 70, 40, 80),  # a number reads left to right in Arabic too
    ]
    assert [c.text for c in in_reading_order(page, set())] == [
        "التاريخ / Date",
        "إتلاف / Scrap",
        "رقم الإرجاع / Return No.",
        "١٢٠٠",
    ]
    # a page with no right-to-left letter: the cells themselves
    latin = [Cell("Date", 1, 0, 0, 9, 9), Cell("١٢٠٠", 1, 0, 20, 9, 29)]
    assert in_reading_order(latin, set()) is latin


DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


@pytest.mark.skipif(not DEJAVU.exists(), reason="needs the DejaVu Sans font (Arabic glyphs)")
def test_an_arabic_disposition_in_a_pdf(tmp_path: Path):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("dv", "", str(DEJAVU))
    pdf.set_font("dv", size=11)
    # the Arabic as a right-to-left page draws it, its last letter first: رقم الإرجاع / Return
    # No., التاريخ / Date, العميل / Customer, الإجراء / Disposition; إتلاف (destruction: scrap)
    rows = [
        ("عاجرإلا مقر / Return No.", "RTN-26-0412"),
        ("خيراتلا / Date", "2026-04-07"),
        ("ليمعلا / Customer", "Gulf Motors LLC"),
        ("Complaint No.", "GM-QC-0311"),
        ("Reason", "Cracked housing."),
        ("ءارجإلا / Disposition", "فالتإ"),
        ("Received by", "Rashid Khan"),
    ]
    for label, value in rows:
        pdf.cell(60, 9, label, border=1)
        pdf.cell(80, 9, value, border=1, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(tmp_path / "return.pdf"))
    doc = read_doc(tmp_path / "return.pdf", "return")
    assert doc["record"]["handling"] == ["scrap"]
    assert doc["record"]["customer"] == "Gulf Motors LLC"
    assert doc["provenance"]["customer"]["label"] == "العميل / Customer"  # as it is read
