"""Small things the twenty-fifth round's helpers noticed (issue 10): a form naming only a state,
province or region (ISO 3166-2, by pycountry) tells which ``Rs.`` / ``kr`` it means; a file that
is not what its name says (a PostScript print, an HTML page, an RTF, a Word file, a picture named
``.pdf`` / ``.xlsx``) is named for what it is.

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
    ("texts", "rupee"),
    [
        (["Plot 14, GIDC Vapi, Gujarat 396195"], "INR"),
        (["Ambattur, TAMIL NADU 600058"], "INR"),  # in capitals
        (["Hosur Road, Karnātaka"], "INR"),  # as ISO writes it
        (["Site, Sindh 74900"], "PKR"),
        (["Peliyagoda, Gampaha"], "LKR"),  # a district of Sri Lanka
        (["Biratnagar, Koshi"], "NPR"),
        (["Ludhiana, Punjab"], ""),  # India's state and Pakistan's province: neither decided
        (["Western Province"], ""),  # Sri Lanka's, Zambia's, …: words of other places' names
        (["Gujarat", "Sindh"], ""),  # two countries
    ],
)
def test_a_state_or_province_tells_the_rupee(texts: list[str], rupee: str):
    assert rupee_of(texts) == rupee


@pytest.mark.parametrize(
    ("texts", "krone"),
    [
        (["Leverandør: Region Hovedstaden"], "DKK"),
        (["Oslo er hovedstaden i Norge"], "NOK"),  # Danish region, Norwegian word for the capital
        (["Levereras till lagret i viken"], ""),  # Swedish for the bay, Norway's former county
        (["Stockholms län"], "SEK"),
        (["Västra Götaland"], "SEK"),  # a län without ``län``
        (["Sogndal, Vestland"], "NOK"),
        (["Akureyri, Norðurland eystra"], "ISK"),
        (["Rhode Island"], ""),
    ],
)
def test_a_region_tells_the_krone_and_a_common_word_does_not(texts: list[str], krone: str):
    assert krone_of(texts) == krone


def _invoice(path: Path, cues: list[list[Any]]) -> Path:
    rows: list[list[Any]] = [
        ["CREDIT NOTE"],
        ["Credit note No.", "CN-26-0412", "Date", "2026-03-05"],
        ["Buyer", "Sarthi Auto Components", "Invoice No.", "SI-26-0917"],
        *cues,
        ["Item", "Qty", "Unit price", "Amount"],
        ["Terminal TK-2201", "1200", "Rs. 18.50", "Rs. 22,200.00"],
        ["Total", "", "", "Rs. 22,200.00"],
    ]
    return sheet_from_rows(path.parent, rows, path.name, width=30)


@pytest.mark.parametrize(
    ("cues", "currency"),
    [
        ([["Address", "Plot 14, GIDC Vapi, Gujarat 396195"]], "INR"),
        ([["Address", "Ludhiana, Punjab 141003"]], "INR+LKR+NPR+PKR"),
    ],
)
def test_a_rs_figure_is_in_the_rupee_of_the_state_the_form_names(
    tmp_path: Path, cues: list[list[Any]], currency: str
):
    [result] = parse_paths([_invoice(tmp_path / "rs.xlsx", cues)], kind="allowance")
    assert result.record is not None and result.record._currency == currency
