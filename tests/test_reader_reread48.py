"""Round 48's re-read: rules written twice made one, each in one place (behaviour kept).

1. The other party's ``label_lost``: one producer (unread_texts.parties_named_again), whether the other
   label is unknown (``Distributor``), known loosely (``Importer``) or no label (``分销商``) — said once.
2. A company's legal form is one list of words (persons._LEGAL_WORDS): a name ending in one is a company's
   (persons.COMPANY), a text holding one anywhere no person's (persons.COMPANY_WORD, asked by guards.a_person).
3. A page's number is one pattern (values.PAGE_NUMBER alone, PAGE_MARK inside a text): no sentence, no case apart.
4. A mainland tax id follows the value and the field: under our own ``统一编号/纳税人识别号`` and on our own blank's
   workbook (read by its names, no label: the label the blank prints), an id shaped as a mainland one (digits and
   capitals, longer than a 統一編號, no country's letters first) must have a mainland length — on Excel and PDF alike;
   a 統一編號 and another country's id stand.
5. The watt (units.in_watts, round 47's d08bd3ac landed): a capital W after a figure, alone, in a label's unit
   brackets or after its slash is the watt, never 万 — except in the brackets of a label naming a count by its head
   word (label_heads.names_a_count, now below both units and head_words: no import cycle).
Every form here is a small workbook (or a print) built in the test.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers import example_values, field_codes, read_doc, sheet_from_rows, titled_lines_pdf, warned_by

from kesu_docs import forms
from kesu_docs.blank.excel import fill_blank
from kesu_docs.parse.units import scale_of, scale_word

WIDTH = 24


def _read(folder: Path, rows: list[list[Any]], kind: str | None = "complaint") -> dict:
    return read_doc(sheet_from_rows(folder, rows, width=WIDTH), kind)


def _claim(extra: list[list[Any]]) -> list[list[Any]]:
    return [
        ["WARRANTY CLAIM"],
        ["Claim No.", "WC-0915-208"],
        ["Claim Date", "2026-09-15"],
        *extra,
        ["Model No.", "RF-530BX"],
        ["Fault Reported", "Fridge not cooling, compressor clicks and stops."],
    ]


# ------------------------------------------------------------------ 1. the other party, said once
@pytest.mark.parametrize("other", ["Distributor", "Importer", "Reseller"])
def test_the_other_party_is_said_once_whatever_its_label(tmp_path: Path, other: str) -> None:
    doc = _read(tmp_path, _claim([[other, "Kalinda Home Pty Ltd"], ["Dealer", "Coastline Electrics"]]))
    assert doc["record"]["customer"] == "Coastline Electrics"
    [lost] = warned_by(doc, "label_lost", "customer")
    assert "Kalinda Home Pty Ltd" in lost["message"]


def test_the_same_name_twice_is_no_other_party(tmp_path: Path) -> None:
    doc = _read(tmp_path, _claim([["Distributor", "Coastline Electrics"], ["Dealer", "Coastline Electrics"]]))
    assert not warned_by(doc, "label_lost", "customer")


# ------------------------------------------------------------------ 5. the watt
def _per_watt_allowance(qty_head: str, price_head: str, qty: Any) -> list[list[Any]]:
    """A module maker's allowance priced per watt (values and names ours)."""
    return [
        ["组件功率衰减补偿折让单"],
        ["折让单号", "ZR-QA-0711", None, "开具日期", "2026-10-15"],
        ["购买方", "青海北辰新能源有限公司", None, "原发票号码", "26632000000031107752"],
        [],
        ["组件型号 / 品名", qty_head, price_head, "折让金额(元)", "税额(元)"],
        ["QA-560M 功率衰减补偿", qty, 0.62, 1064.54, 138.39],
        [],
        ["合计", None, None, 1064.54],
        ["税额合计", None, None, 138.39],
        ["价税合计", None, None, 1202.93],
    ]


def test_a_capital_w_in_a_labels_unit_is_the_watt_unless_the_label_names_a_count() -> None:
    for label in (
        "补偿容量(W)",
        "Capacity (W)",
        "Rated (W)",
        "装机容量(W)",
        "Nameplate (W)",
        "衰减补偿(W)",
        "功率(W)",
    ):
        assert scale_of(label) is None, label  # no power word needed: the W itself is the watt
    for label in ("单价(元/W)", "Rate ($/W)"):
        assert scale_of(label) is None, label  # a price per watt, no price per 10 000 pieces
    for label in ("瓦楞箱出货数量(W)", "出货数量(W)", "Qty (W)", "Shipped Qty (W)", "數　量(W)", "数量(w)"):
        scale = scale_of(label)  # a count is never in watts: its W is 万 (瓦楞 is corrugated, no watt)
        assert scale is not None and scale.of("qty") == 10_000, label
    price = scale_of("单价(元/w)")  # a lower-case w: 万, a price per 10 000 pieces as before
    assert price is not None and price.per and price.factor == 10_000
    assert scale_word("W") is None and scale_word("w") == 10_000 and scale_word("万") == 10_000


def test_a_per_watt_line_is_read_in_watts(tmp_path) -> None:
    doc = _read(tmp_path, _per_watt_allowance("补偿容量(W)", "单价(元/W)", 1717), "allowance")
    line = doc["record"]["items"][0]
    assert (
        line["qty"] == 1717 and line["unit_price"] == "0.62"
    )  # not 17 170 000, nor a price dropped per 10 000
    assert "unit_price_per_thousand" not in field_codes(doc, "items[0].unit_price")


def test_a_figure_in_watts_in_a_lines_count_is_said_never_multiplied(tmp_path) -> None:
    for typed in ("1,717 W", "1717W"):
        folder = tmp_path / ("spaced" if " " in typed else "joined")
        folder.mkdir()
        doc = _read(folder, _per_watt_allowance("数量", "单价", typed), "allowance")
        line = doc["record"]["items"][0]
        assert line["qty"] != 17_170_000, typed
        assert line["qty"] is None and "invalid_qty" in field_codes(doc, "items[0].qty"), typed


def test_a_corrugated_boxes_count_in_w_is_ten_thousands(tmp_path) -> None:
    rows = [
        ["Warranty Claim"],
        ["Claim No.", "WC-26-0418"],
        ["Claim Date", "2026-04-18"],
        ["Customer", "Hollis Packaging Ltd"],
        ["Part No.", "CB-0420"],
        ["瓦楞箱出货数量(W)", "3"],
        ["Defect Qty", "300"],
        ["Description", "Flaps split at the score line."],
    ]
    assert _read(tmp_path, rows, "complaint")["record"]["ship_qty"] == 30_000


# ------------------------------------------------------------------ 3. a page's number, one pattern
def test_a_pages_number_is_one_pattern_alone_or_inside_a_text() -> None:
    from kesu_docs.parse.vocab import sentence
    from kesu_docs.values import PAGE_MARK, PAGE_NUMBER

    for alone in ("Page 1 of 12", "page 2", "第 1 页 / 共 2 页", "第1頁，共3頁", "1 / 2", "1/2页"):
        assert PAGE_NUMBER.match(alone), alone
        assert not sentence(alone), alone  # a page's number is no clause, however many words
    for inside in ("客户投诉单 第 2 頁", "Claim form - Page 3", "折讓單 1/2頁"):
        assert PAGE_MARK.search(inside) and not PAGE_NUMBER.match(inside), inside
    for other in ("3/4 寸", "2026/11/21", "Homepage 3"):  # a bare fraction, a date, a word ending in page
        assert not PAGE_MARK.search(other), other
    assert sentence("Bearings found noisy at incoming, rust marks on outer ring.")


def test_a_pages_number_beside_a_choice_stays_no_problems_text(tmp_path: Path) -> None:
    rows = [
        ["Customer Complaint Form"],
        ["Complaint No.", "KS-2026-0618", "Complaint date", "2026-11-21"],
        ["Customer", "Acme Appliances"],
        ["Category", "Page 1 of 12"],
    ]
    doc = _read(tmp_path, rows)
    assert doc["record"].get("description") != "Page 1 of 12"
    assert not warned_by(doc, "choice_label_over_text", "description")


# ------------------------------------------------------------------ 4. the mainland id, by value and field
_ALLOWANCE = [
    ["销货折让证明单"],
    ["折让单号", "ZR-261203-09", "开具日期", "2026-12-03"],
    ["购买方", "国投绿能有限公司"],
]
_IDS = [
    ("91632801MA7K4C2N", True),  # 16: a mainland id two characters short
    ("91632801MA7K4C2N8P1", True),  # 19
    ("91632801MA7K4C2N8P", False),  # the unified social credit code, 18
    ("110105123456789", False),  # an old taxpayer id, 15
    ("53271845", False),  # a 統一編號
    ("GB123456789012", False),  # another country's VAT id
    ("K-0005", False),  # a clerk's own code
]


@pytest.mark.parametrize(("tax_id", "wrong"), _IDS)
def test_our_own_blanks_workbook_checks_the_buyers_id_by_its_value(
    tmp_path: Path, tax_id: str, wrong: bool
) -> None:
    spec = forms.get("allowance")
    values = example_values(spec)
    values["buyer_tax_id"] = tax_id
    doc = read_doc(fill_blank(spec, values, tmp_path / "allowance.xlsx"), "allowance")
    assert doc["record"]["buyer_tax_id"] == tax_id  # kept as read
    assert ("tax_id_not_mainland" in field_codes(doc, "buyer_tax_id")) is wrong


@pytest.mark.parametrize(("tax_id", "wrong"), _IDS)
def test_under_our_own_label_on_a_workbook_and_a_print_alike(
    tmp_path: Path, tax_id: str, wrong: bool
) -> None:
    label = "统一编号/纳税人识别号"
    xlsx = sheet_from_rows(tmp_path, [*_ALLOWANCE, [label, tax_id], ["合计", "13,097.65"]], width=WIDTH)
    pdf = titled_lines_pdf(
        tmp_path / "print.pdf",
        "销货折让证明单",
        [
            ("折让单号", "ZR-261203-09"),
            ("开具日期", "2026-12-03"),
            ("购买方", "国投绿能有限公司"),
            (label, tax_id),
        ],
    )
    for path in (xlsx, pdf):
        doc = read_doc(path, "allowance")
        assert ("tax_id_not_mainland" in field_codes(doc, "buyer_tax_id")) is wrong, path.suffix


# ------------------------------------------------------------------ 2. a company's legal form, one list
def test_a_companys_legal_form_is_one_list_at_a_names_end_and_anywhere() -> None:
    from kesu_docs.parse.guards import a_named_person, a_person
    from kesu_docs.parse.persons import COMPANY, COMPANY_WORD

    for firm in (
        "Acme Co., Ltd.",
        "Bosch GmbH",
        "Tata Motors Pvt",
        "Lee Pte",
        "Nokia Oy",
        "华为技术有限公司",
    ):
        assert COMPANY.search(firm), firm  # (Pvt, Pte at the end: the list's words, as Ltd)
        assert not a_named_person(firm), firm
    for text in ("张伟 / ABC 公司", "Wong Pte Trading", "Lim Pvt Ltd Sales"):
        assert COMPANY_WORD.search(text) and not a_person(text), text
    for person in (
        "Sara Abbott",
        "Coleman Agnew",
        "张伟",
        "Oya Aksoy",
    ):  # co / ag / oy inside a word: no legal form
        assert not COMPANY_WORD.search(person) and not COMPANY.search(person), person
        assert a_person(person), person


# ------------------------------------------------------------------ more of the same: one name, one pattern
def test_the_vocabularys_latin_words_are_of_any_length() -> None:
    # vocab.py named two patterns _LATIN_WORD ([a-z]{3,} and [a-z]+): the second, defined last, was the one read;
    # the first was dead. One now: a label's short words (No., by, QA) are our words too.
    from kesu_docs import forms
    from kesu_docs.parse import vocab

    assert vocab._LATIN_WORD.fullmatch("no")
    assert {"no", "by", "qa"} <= vocab.vocabulary(forms.get("complaint")).words
