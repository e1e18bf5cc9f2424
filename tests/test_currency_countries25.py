"""Which ``kr`` or ``Rs.`` a form means, by the country its own texts name (the twenty-fifth
round): the country's name in its official languages, English and Chinese comes from the CLDR
(babel), its dialling code from the numbering plan (phonenumbers) — no longer from hand-made
lists — and what neither gives (tax numbers, company suffixes, a few large cities) from
currency.py's own cues.

Workbooks built here with openpyxl; values and wording of our own.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers import sheet_from_rows

from kesu_docs.parse import parse_paths
from kesu_docs.parse.currency import krone_of, rupee_of


@pytest.mark.parametrize(
    ("texts", "krone"),
    [
        (["Tlf. +47 22 33 44 55"], "NOK"),  # Norway's dialling code
        (["Tel. +46 8 123 45 67"], "SEK"),
        (["Sími +354 555 1234"], "ISK"),
        (["Telefon +45 33 12 34 56"], "DKK"),
        (["Adresse: Storgata 4, 6800 Førde, Noreg"], "NOK"),  # Nynorsk: one of Norway's own languages
        (["地址：瑞典斯德哥尔摩"], "SEK"),  # Chinese, no space between the words
        (["Ísland"], "ISK"),
        (["Tel. +45 33 12 34 56", "Leverandør: Sverige"], ""),  # two countries: none decided
        (["Tel. +4 5123"], ""),
        (["Rhode Island"], ""),  # Iceland in German is no English word's cue
    ],
)
def test_the_krone_a_form_means_by_its_countrys_name_or_dialling_code(texts: list[str], krone: str):
    assert krone_of(texts) == krone


@pytest.mark.parametrize(
    ("texts", "rupee"),
    [
        (["Ph: +94 11 234 5678"], "LKR"),
        (["Tel +977-1-4412345"], "NPR"),
        (["Phone +92 42 3571 2345"], "PKR"),
        (["இலங்கை"], "LKR"),  # Sri Lanka in Tamil, ending in a vowel sign
        (["ශ්\u200dරී ලංකාව"], "LKR"),  # in Sinhala
        (["नेपाल"], "NPR"),
        (["Made in Sri  Lanka"], "LKR"),  # two spaces
        (["Indiana, USA"], ""),  # India is a whole word only
        (["Tel +9771 4412345"], "NPR"),
    ],
)
def test_the_rupee_a_form_means_by_its_countrys_name_or_dialling_code(texts: list[str], rupee: str):
    assert rupee_of(texts) == rupee


def _credit_note(path: Path, cues: list[list[Any]], figure: str) -> Path:
    rows: list[list[Any]] = [
        ["CREDIT NOTE"],
        ["Credit note No.", "CN-26-0311", "Date", "2026-03-05"],
        ["Buyer", "Nordlys Components", "Invoice No.", "F-26-01177"],
        *cues,
        ["Item", "Qty", "Unit price", "Amount"],
        ["Terminal NS-KL-2201", "1200", f"18,50 {figure}", f"22.200,00 {figure}"],
        ["Total", "", "", f"22.200,00 {figure}"],
    ]
    return sheet_from_rows(path.parent, rows, path.name, width=30)


@pytest.mark.parametrize(
    ("cues", "figure", "currency"),
    [
        ([["Phone", "+46 31 700 12 00"]], "kr", "SEK"),
        ([["Address", "Strandgata 7, 5013 Noreg"]], "kr", "NOK"),
        ([["Phone", "+46 31 700 12 00"], ["Agent", "Danmark"]], "kr", "DKK+ISK+NOK+SEK"),
    ],
)
def test_a_kr_figure_is_in_the_krone_of_the_country_the_form_names(
    tmp_path: Path, cues: list[list[Any]], figure: str, currency: str
):
    [result] = parse_paths([_credit_note(tmp_path / "kr.xlsx", cues, figure)], kind="allowance")
    assert result.record is not None and result.record._currency == currency
    said = [p.message("en") for p in result.warnings if p.code == "amount_in_currency" and p.field == "total"]
    assert len(said) == 1 and f"(kr: {currency.replace('+', ' / ')})" in said[0], said


@pytest.mark.parametrize(
    "texts",
    [
        ["difference +450 pcs credited"],  # a count with its sign, not Denmark's +45
        ["公差 +46-2"],  # a tolerance, not Sweden's +46
        ["Δ +4712 pcs"],
    ],
)
def test_a_figure_starting_like_a_dialling_code_names_no_krone(texts: list[str]):
    """Only a valid telephone number in international form (the numbering plan's, by
    phonenumbers) tells its country: a signed figure that starts like one names none (the review
    of the twenty-fifth round: ``+450 pcs`` made a Norwegian buyer's credit note DKK)."""
    assert krone_of(texts) == ""
