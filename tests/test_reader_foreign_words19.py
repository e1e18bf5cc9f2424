"""Foreign customers' forms in languages the reader had no words for (issue 10, holdout19).

- **Months in the languages customers write**: ``31 de março de 2026`` (Portuguese, with its
  ``de``), ``16 Nisan 2026`` (Turkish), ``12 kwietnia 2026`` (a Polish genitive), ``7 maggio 2026``
  (Italian), ``5. März 2026`` — one table of foreign month names (values.py), not a guess by the
  English month's first letters.
- **Amounts with a currency's sign and a decimal comma**: ``R$ 2.345,60``, ``1.520,00 zł``,
  ``0,62 TL``: the figure read and the currency said on the field (``amount_in_currency``); a
  credit note in reais gets no 人民币 words and no assumed rate. ``12,5 TL`` (a comma neither the
  decimal's nor the thousands') stays unread, never 125.
- **Foreign words of the forms**: a Brazilian ``CNPJ`` (the buyer's tax id), ``ICMS 18 % / Tax
  18 %`` (the tax line), a return's columns headed ``Zatw. / Approved`` and ``Cena / Price``,
  ``2.500 adet`` (Turkish pieces), ``Hurda / Scrap`` (Turkish: one option in two languages of
  one script), ``Responsabile / Supervisor``.

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
from kesu_docs.parse.currency import codes_in_figure, codes_in_label
from kesu_docs.parse.guards import meta_at
from kesu_docs.parse.typed import foreign_amount
from kesu_docs.terms import Request
from kesu_docs.values import parse_date


def _book(path: Path, rows: list[list[Any]]) -> Path:
    return sheet_from_rows(path.parent, rows, path.name, width=24)  # (this module's width)


# ------------------------------------------------------------------------------------ months
@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("31 de março de 2026", dt.date(2026, 3, 31)),  # Portuguese: de … de
        ("15 de septiembre del 2026", dt.date(2026, 9, 15)),  # Spanish: del
        ("16 Nisan 2026", dt.date(2026, 4, 16)),  # Turkish
        ("3 Ağustos 2026", dt.date(2026, 8, 3)),
        ("NİSAN 16 2026", dt.date(2026, 4, 16)),  # the month first: a word, so the order is plain
        ("12 kwietnia 2026", dt.date(2026, 4, 12)),  # Polish genitive
        ("4 września 2026 r.", dt.date(2026, 9, 4)),  # … and its r. (roku, the year)
        ("7 maggio 2026", dt.date(2026, 5, 7)),  # Italian
        ("5. März 2026", dt.date(2026, 3, 5)),  # German: the day's point
        ("1er juillet 2026", dt.date(2026, 7, 1)),  # French
        ("10/set/2026", dt.date(2026, 9, 10)),  # a Brazilian system's shortening
        ("31 de fevereiro de 2026", None),  # no such day
        ("5 blah 2026", None),  # no month
    ],
)
def test_foreign_month_names(text: str, date: dt.date | None):
    if date is None:
        with pytest.raises(ValueError):
            parse_date(text)
    else:
        assert parse_date(text) == date


# ------------------------------------------------------------------------------------ amounts
def test_a_figure_with_a_currency_sign_and_a_decimal_comma():
    meta = meta_at(get("return"), "items[0].amount")
    assert foreign_amount(meta, "R$ 2.345,60") == ("2345.60", "R$")
    assert foreign_amount(meta, "R$ 18,40") == ("18.40", "R$")  # not 1840
    assert foreign_amount(meta, "1.520,00 zł") == ("1520.00", "zł")
    assert foreign_amount(meta, "0,62 TL") == ("0.62", "TL")
    assert foreign_amount(meta, "₺1.234,50") == ("1234.50", "₺")
    assert foreign_amount(meta, "1,250.00 PLN") == ("1250.00", "PLN")
    assert foreign_amount(meta, "12,5 TL") is None  # neither a decimal comma nor thousands
    assert foreign_amount(meta, "USD 12,5") is None  # (it was read 125.00)
    assert foreign_amount(meta, "USD 18,40") == ("18.40", "USD")  # (it was read 1840.00)
    assert foreign_amount(meta, "USD 1.8K") == ("1800.00", "USD")  # as before
    assert codes_in_figure("1.247,40 TL") == {"TRY"}
    assert codes_in_figure("0,38 zł") == {"PLN"}
    assert codes_in_figure("R$ 18,40") == {"BRL"}
    assert codes_in_figure("TL-2201") == set()  # a part number, no lira
    assert codes_in_label("TL signature") == set()  # a team leader's, no lira


def test_a_brazilian_credit_note(tmp_path: Path):
    path = _book(
        tmp_path / "nota.xlsx",
        [
            ["NOTA DE CRÉDITO / CREDIT NOTE"],
            ["Nº / No.", "NC-2026-0107", "Data de emissão / Issue date", "15 de abril de 2026"],
            ["Cliente / Customer", "Autopeças Sul Ltda.", "CNPJ", "12.345.678/0001-90"],
            [
                "Nota fiscal original / Original invoice",
                "NF-e 000.201.334",
                "Data da NF / Invoice date",
                "2 de abril de 2026",
            ],
            ["Reclamação / Claim ref.", "RCL-POA-26-0031"],
            [],
            ["Descrição / Description", "Qtd. / Qty", "Preço unit. / Unit price", "Valor / Amount"],
            ["Válvula — vazamento", 150, "R$ 12,30", "R$ 1.845,00"],
            ["Retrabalho / Rework (horas)", 8, "R$ 62,50", "R$ 500,00"],
            [],
            ["Subtotal / Net", None, None, "R$ 2.345,00"],
            ["ICMS 18 % / Tax 18 %", None, None, "R$ 422,10"],
            ["Total / Total", None, None, "R$ 2.767,10"],
            ["Aprovado por / Approved by", "Luiz Pereira"],
        ],
    )
    doc = read_doc(path, None)
    assert doc["kind"] == "allowance"
    record = doc["record"]
    assert record["issue_date"] == "2026-04-15"
    assert record["invoice_date"] == "2026-04-02"
    assert record["buyer_tax_id"] == "12.345.678/0001-90"
    assert [(i["unit_price"], i["allowance_amount"]) for i in record["items"]] == [
        ("12.30", "1845.00"),
        ("62.50", "500.00"),
    ]
    assert (record["total_excl_tax"], record["total_tax"], record["total"]) == (
        "2345.00",
        "422.10",
        "2767.10",
    )
    assert record["total_in_words"] is None  # never 人民币 words for reais
    assert record["tax_rate"] == "0.18"  # the rate the form prints (ICMS 18 %), none assumed
    assert not doc["errors"]  # the tax line's R$ 422,10 too: read as any figure is
    # the form's own currency, reais, said once for the whole form (mends44: a figure in the form's
    # own currency is not said one by one where the form's total stands without words in it)
    said = [w["message"] for w in doc["warnings"] if w["code"] == "amount_words_not_derived"]
    assert said and "BRL" in said[0], doc["warnings"]
    assert "amount_in_currency" not in field_codes(doc, "total")


# ------------------------------------------------------------------------------------ returns
def test_a_polish_return_note(tmp_path: Path):
    path = _book(
        tmp_path / "zwrot.xlsx",
        [
            ["ZWROT TOWARU / GOODS RETURN"],
            ["Nr zwrotu / Return No.", "ZW/2026/04/031", "Data / Date", "12 kwietnia 2026"],
            ["Klient / Customer", "Delphi Polska S.A.", "Nr reklamacji / Claim No.", "RK-GLI-26-0415"],
            [
                "Nr części / Part No.",
                "Nazwa / Description",
                "Zatw. / Approved",
                "Zwrócono / Returned",
                "Cena / Price",
                "Wartość / Amount",
            ],
            ["DP-CON-2210", "Złącze / Connector", 2500, 2500, "0,94 zł", "2.350,00 zł"],
            ["DP-SEA-2211", "Uszczelka / Seal", 600, 590, "2,10 zł", "1.239,00 zł"],
            [],
            ["Przyczyna / Reason", "Pęknięta obudowa (cracked housing)."],
            ["Postępowanie / Handling", "Złomowanie / Scrap"],
            ["Przyjął / Received by", "Ewa Lis", "Zatwierdził / Approved by", "Jan Mazur"],
        ],
    )
    doc = read_doc(path, "return")
    record = doc["record"]
    assert record["issue_date"] == "2026-04-12"
    lines = [(i["qty_approved"], i["qty_returned"], i["unit_price"], i["amount"]) for i in record["items"]]
    assert lines == [(2500, 2500, "0.94", "2350.00"), (600, 590, "2.10", "1239.00")]
    assert record["handling"] == ["scrap"]
    assert record["approved_by"] == "Jan Mazur"  # the sign-off, not the column
    assert "amount_in_currency" in field_codes(doc, "items[0].amount")


def test_a_turkish_return_note(tmp_path: Path):
    path = _book(
        tmp_path / "iade.xlsx",
        [
            ["İADE FORMU / RETURN FORM"],
            ["İade No / Return No.", "IAD-2026-00502"],
            ["Tarih / Date", "16 Nisan 2026"],
            ["Müşteri / Customer", "Oyak Renault Otomobil Fabrikaları A.Ş."],
            ["Şikayet No / Complaint No.", "OR-SK-26-0233"],
            [
                "Parça No / Part No.",
                "Parça Adı / Part Name",
                "Onaylanan / Approved",
                "İade / Returned",
                "Birim Fiyat / Unit Price",
                "Tutar / Amount",
            ],
            ["OR-PIN-4410", "Pim / Pin", "3.200 adet", "3.150 adet", "0,48 TL", "1.512,00 TL"],
            [],
            ["İade Nedeni / Reason", "Çap tolerans dışı (diameter out of tolerance)."],
            ["İşlem / Handling", "Hurda / Scrap"],
            ["Teslim Alan / Received by", "Selin Aydın"],
            ["Teslim Tarihi / Received Date", "18 Nisan 2026"],
            ["Onaylayan / Approved by", "Burak Şahin"],
        ],
    )
    doc = read_doc(path, "return")
    record = doc["record"]
    assert (record["issue_date"], record["received_date"]) == ("2026-04-16", "2026-04-18")
    [line] = record["items"]
    assert (line["qty_approved"], line["qty_returned"], line["unit_price"], line["amount"]) == (
        3200,
        3150,
        "0.48",
        "1512.00",
    )
    assert record["handling"] == ["scrap"]
    # 3.200 read as thousands is said (a point before three digits is a decimal point elsewhere)
    assert "ambiguous_thousands" in field_codes(doc, "items[0].qty_approved")
    assert "amount_in_currency" in field_codes(doc, "items[0].amount")


def test_foreign_handling_words():
    assert ReturnHandling.lookup("Hurda / Scrap") == ReturnHandling.SCRAP
    assert ReturnHandling.lookup("Złomowanie") == ReturnHandling.SCRAP
    assert ReturnHandling.lookup("Retrabalho / Rework") == ReturnHandling.REWORK
    # a word that is a repair on one form and a rework on another names neither by itself
    assert ReturnHandling.lookup("Naprawa") is None
    # Turkish capitals: Python lowers İ to i and a combining dot, which no word has
    assert ReturnHandling.lookup("DEĞİŞİM") == ReturnHandling.REPLACE
    assert ReturnHandling.lookup("YENİDEN İŞLEME / REWORK") == ReturnHandling.REWORK


# ------------------------------------------------------------------------------------ complaint
def test_foreign_request_words():
    assert Request.lookup("Reso / Return") == Request.RETURN  # Italian
    assert Request.lookup("İADE") == Request.RETURN  # Turkish capitals
    assert Request.lookup("Zwrot") == Request.RETURN  # Polish
    assert Request.lookup("Wymiana / Replacement") == Request.REPLACEMENT
    assert Request.lookup("Nota di credito") == Request.ALLOWANCE


def test_an_italian_complaint_supervisor_and_month(tmp_path: Path):
    path = _book(
        tmp_path / "reclamo.xlsx",
        [
            ["RECLAMO CLIENTE / CUSTOMER COMPLAINT"],
            ["N. reclamo / Complaint No.", "RC-MI-2026-0140", "Data / Date", "7 maggio 2026"],
            ["Cliente / Customer", "Pirelli S.p.A."],
            ["Codice articolo / Part No.", "PI-VLV-0211", "Descrizione / Part name", "Valvola"],
            ["Q.tà consegnata / Qty delivered", "2.400 pz", "Q.tà difettosa / Qty defective", "36 pz"],
            ["Descrizione difetto / Defect description", "Filetto danneggiato."],
            ["Richiesta / Request", "Sostituzione / Replacement"],
            ["Referente fornitore / Supplier contact", "Li Na", "Responsabile / Supervisor", "Giulia Conti"],
        ],
    )
    doc = read_doc(path, "complaint")
    record = doc["record"]
    assert record["received_date"] == "2026-05-07"
    assert record["sales_supervisor"] == "Giulia Conti"
    assert record["reporter"] == "Li Na"
