"""Work done only when it can matter (issue 15, twenty-fifth round, the Excel parse).

Which krone a form's ``kr`` is, or which rupee its ``Rs.`` (currency.krone_of / rupee_of: some
thirty patterns of the countries' cues over all of a form's text), was worked out for every
form read, while only a form showing ``kr`` or ``Rs.`` uses it — about a tenth of the CPU time
of reading our own complaint sheet. The Excel reader and the layout profiles now hand the
form's texts on (``currency_rows(…, later=True)``, :attr:`currency.CurrencyEvidence.texts`) and
:func:`currency.form_currency` asks the cues of them only when the form's currencies are the
four kroner or the four rupees. These tests show that the answer is the one worked out before,
on real workbooks and on the texts that name each country, that the cues are asked when a form
shows ``kr`` and not when it does not, and that a form's texts are never taken for a number
format's locale.
"""

from __future__ import annotations

from typing import Any

import pytest
from helpers import ROOT, kroner_credit_note

from kesu_docs.parse import currency, parse_paths
from kesu_docs.parse.boxes import Box
from kesu_docs.parse.excel import read_workbook

WORKBOOKS = sorted((ROOT / "samples").glob("*.xlsx")) + sorted(
    (ROOT / "tests" / "layouts" / "filled").glob("*.xlsx")
)

# what a number format or a figure may show: nothing, the four kroner (``kr``), the four rupees
# (``Rs.``), one krone, a locale id no krone country has
_SHOWN = [
    set(),
    {"DKK+ISK+NOK+SEK"},
    {"INR", "LKR", "NPR", "PKR"},
    {"NOK"},
    {"DKK+ISK+NOK+SEK", currency.UNKNOWN_LOCALE + "40E"},
    {"DKK+ISK+NOK+SEK", "INR", "LKR", "NPR", "PKR"},
]


def _boxes(*texts: str) -> list[Box]:
    return [Box(t, t, 0, i, 10, i + 1, f"Sheet1!A{i + 1}") for i, t in enumerate(texts)]


def _both_ways(boxes: list[Box]) -> None:
    """form_currency answers alike with the hints worked out at once and with the texts kept."""
    now, later = currency.currency_rows(boxes), currency.currency_rows(boxes, later=True)
    assert not later.krone and not later.rupee and not later.statutory and not now.texts
    for shown in _SHOWN:
        assert currency.form_currency({}, {}, [], now.showing(shown)) == currency.form_currency(
            {}, {}, [], later.showing(shown)
        ), (shown, [b.text for b in boxes][:5])


@pytest.mark.parametrize(
    "texts",
    [
        ("Kunde", "Nordisk Lampe ApS", "CVR 31224455"),
        ("Org.nr 974 760 673 MVA", "Oslo"),
        ("Org.nr 556677-8899", "moms 25 %"),  # (moms with an Org.nr: Swedish)
        ("kt. 530269-1234", "Reykjavík"),
        ("CVR 31224455", "Kunde: Volvo, Göteborg, Sweden"),  # two kroner named: none told
        ("GSTIN", "27AAACP1234C1Z5", "Mumbai"),
        ("NTN 1234567-8", "Karachi"),
        ("Colombo 03", "+94 11 2345678"),
        ("Kathmandu", "尼泊尔"),
        ("客户名称", "深圳市华星光电技术有限公司", "数量", "12,000"),
        ("Currency", "NZD"),
    ],
)
def test_the_texts_kept_answer_as_the_hints_worked_out_at_once(texts):
    _both_ways(_boxes(*texts))


def test_every_workbook_answers_alike_with_its_texts_kept():
    assert len(WORKBOOKS) >= 40
    for path in WORKBOOKS:
        wb = read_workbook(path.read_bytes())
        for sheet in wb.sheets:
            _both_ways(sheet.boxes)


def test_no_texts_no_mark():
    assert currency.currency_rows(_boxes("", ""), later=True) == currency.NO_EVIDENCE
    kept = currency.currency_rows(_boxes("Currency", "CVR 31224455"), later=True)
    assert kept == currency.CurrencyEvidence(texts=("Currency\nCVR 31224455",))


def test_a_forms_texts_are_no_format_locale():
    """A text holding ``+kr@…`` (what a format's unknown locale is kept as) names no locale."""
    kept = currency.currency_rows(_boxes("Ref. A+kr@40E", "Total"), later=True)
    assert currency.unknown_locales_said(kept, "") == []
    said = currency.unknown_locales_said(
        kept.showing(["DKK+ISK+NOK+SEK+" + currency.UNKNOWN_LOCALE + "40E"]), ""
    )
    assert [p.params["locale"] for p in said] == ["40E"]


@pytest.fixture
def cue_searches(monkeypatch):
    """How many times the countries' cues are searched (counted, then searched as ever)."""
    calls: list[str] = []
    searched = currency._countries_named

    def counted(text: str, *rest: Any) -> set[str]:
        calls.append(text)
        return searched(text, *rest)

    monkeypatch.setattr(currency, "_countries_named", counted)
    return calls


def test_the_cues_are_searched_only_for_a_form_showing_kr(tmp_path, cue_searches):
    [plain] = parse_paths([ROOT / "samples" / "complaint-valid.xlsx"])
    assert plain.record is not None and not plain.fatal
    assert cue_searches == []  # (our own sheet: no kr, no Rs., the cues never searched)
    [printed] = parse_paths([ROOT / "samples" / "complaint-broken.pdf"])
    assert printed.fatal or printed.record is not None
    assert cue_searches == []  # nor in a print (the PDF reader asked them of every form before)

    book = kroner_credit_note(
        tmp_path / "kr.xlsx", ["Adresse / Address", "Kungsgatan 4, 111 43 Stockholm, Sverige"]
    )
    [result] = parse_paths([book], kind="allowance")
    assert cue_searches and all("Stockholm" in text for text in cue_searches)
    shown = [p.message("en") for p in result.warnings if p.code == "amount_in_currency"]
    assert shown and all("(kr: SEK)" in s for s in shown), shown


# ---------------------------------------------------------------------------------- a party's field
def _party_as_before(meta) -> bool:
    """cell_lines.party_field as it was, every time from the field's labels."""
    from kesu_docs.parse.cell_lines import _NOT_PARTY, _PARTY_EN, _PARTY_ZH
    from kesu_docs.parse.vocab import folded

    if meta is None or meta.kind != "text" or meta.long:
        return False
    zh, en = folded(meta.label_zh), meta.label_en
    if _NOT_PARTY.search(zh) or _NOT_PARTY.search(en):
        return False
    return any(w in zh for w in _PARTY_ZH) or bool(_PARTY_EN.search(en))


def test_a_party_field_is_told_once_its_labels_as_every_time():
    from dataclasses import replace

    from kesu_docs import forms
    from kesu_docs.parse.cell_lines import PARTY, party_field

    metas = [m for spec in forms.all_specs() for m in spec.leaf_fields.values()]
    assert len(metas) > 100
    for meta in metas:
        assert party_field(meta) == _party_as_before(meta), meta.key
    assert sum(party_field(m) for m in metas) >= 5  # (customers, buyers, sellers, suppliers)
    # the labels tell, the field's kind still asked each time: a long text is no party's name
    customer = next(m for m in metas if party_field(m))
    assert not party_field(replace(customer, long=True)) and not party_field(replace(customer, kind="date"))
    assert party_field(replace(customer, label_zh="客户编号")) is False  # a number of the customer's
    PARTY.told.cache_clear()
    results = parse_paths(WORKBOOKS[-12:])  # (other people's layouts: the generic reader's guards)
    assert sum(r.record is not None for r in results) >= 10
    asked = PARTY.told.cache_info()
    assert asked.hits > asked.misses > 0  # (asked again and again of a form's few fields)
