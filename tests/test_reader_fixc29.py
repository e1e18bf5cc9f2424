"""What the review of the twenty-ninth round's reader fixes found (issue 10), each read on forms
of our own (Excel and LibreOffice's PDF print of it) or on the rule's own words.

- **The form's tax in the lines' name column** (``營業稅 5% | 660`` after three lines with no tax
  of their own, then ``合計 13,860``): a row is a line's tax only when its figure is that line's
  amount at the caption's rate; 660 went on the last line (its amount 3,000) and the total
  excluding tax read 13,860, warned only as a doubt.
- **Haitian month words the CLDR reads as another month** (``jen`` June, ``out`` August: the
  CLDR's January, October): disputed, never a silent date.
- **Two counts under one caption**: only a count word after the second figure (``36/1,200 kg``,
  ``540/12,000 USD`` are no two counts).
- **"N more"** in a D7 text is a horizontal deployment only with a place, machine, line, plant or
  model word after it (``added 2 more inspection points`` is none).
- **核准 on an allowance**: the sets disagree on its role (general manager or manager): a read
  one is never silent.

Workbooks built here with openpyxl; values and wording of our own.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers import book_as, field_codes, landscape_book, read_doc

FORMS = ["xlsx", "pdf"]


def _allowance(tmp_path: Path, form: str, rows: list[list[Any]]) -> dict[str, Any]:
    """A 銷貨折讓單 read: its heading, one line (散熱膏, NT$7,000), then ``rows``."""
    head: list[list[Any]] = [
        ["銷貨折讓單"],
        ["折讓單號", "ZR-TN-2606-011", "開立日期", "2026/06/02"],
        ["買受人", "廣達電腦股份有限公司", "統一編號", "22822281"],
        ["品名", "數量", "單價", "折讓金額"],
        ["散熱膏", "2,000", "3.50", "7,000"],
    ]
    widths = {"A": 24, "B": 16, "C": 14, "D": 18}
    path = landscape_book(tmp_path / "zr.xlsx", head + rows, widths, grid=True)
    return read_doc(book_as(path, form), "allowance")


# ------------------------------------------------------- the form's tax under the last line
@pytest.mark.parametrize("form", FORMS)
def test_the_forms_tax_under_the_last_line_is_no_lines_tax(tmp_path: Path, form: str) -> None:
    lines = [
        ["絕緣片", "8,000", "0.40", "3,200"],
        ["矽膠墊", "1,500", "2.00", "3,000"],
        ["營業稅 5%", None, None, "660"],
        ["合計", None, None, "13,860"],
    ]
    doc = _allowance(tmp_path, form, lines)
    items = doc["record"]["items"]
    assert [i["allowance_amount"] for i in items] == ["7000.00", "3200.00", "3000.00"]
    assert "660.00" not in [i["tax"] for i in items]  # (3,000 at 5 % is 150)
    # the row the form's tax (its rate the form's), 合計 the gross, said so
    record = doc["record"]
    assert (record["total_excl_tax"], record["total_tax"], record["total"]) == (
        "13200.00",
        "660.00",
        "13860.00",
    )
    assert record["tax_rate"] == "0.05"
    assert "total_read_as_gross" in field_codes(doc, "total")


@pytest.mark.parametrize(
    ("cells", "amount", "tax"),
    [
        (["營業稅 5%", "NT$150"], "3,000", True),
        (["營業稅 5%", "NT$161"], "3,210", True),  # (160.50: a whole-dollar figure, rounded up)
        (["營業稅 5%", "660"], "3,000", False),  # the form's tax, no line's
        (["VAT @ 16%", "1,815.00"], "11,343.75", True),
        (["GST: 9%", "90.01"], "1,000.00", True),
        (["GST: 9%", "90.05"], "1,000.00", False),
    ],
)
def test_a_lines_tax_row_agrees_with_its_amount(cells: list[str], amount: str, tax: bool) -> None:
    from decimal import Decimal

    from kesu_docs.parse.boxes import Box
    from kesu_docs.parse.table_lines import line_tax, tax_agrees

    band = [Box(c, c, 100.0 * i, 0.0, 100.0 * i + 80, 10.0, f"A{i}") for i, c in enumerate(cells)]
    read = line_tax(band)
    assert read is not None
    figure = Decimal(cells[1].removeprefix("NT$").replace(",", ""))
    assert tax_agrees(figure, Decimal(amount.replace(",", "")), read[3]) is tax


# ------------------------------------------------------------- Haitian words of another month
@pytest.mark.parametrize(
    ("word", "text"),
    # (Breton's Mae, May — Luxembourgish Mäe is March — was a third: a CLDR-only language's short
    # words are read only where the form shows it since the lead's merge mend, as Breton's Here)
    [("jen", "12 jen 2026"), ("out", "5 out 2026")],
)
def test_a_haitian_month_word_another_language_reads_otherwise_is_disputed(word: str, text: str) -> None:
    from kesu_docs.month_names import disputed
    from kesu_docs.values import date_in_doubt

    assert disputed(word)  # (jen: June in Haitian, January in the CLDR's; out: August, October)
    assert date_in_doubt(text) == "month_disputed"


# ----------------------------------------------------------- two counts under one caption: words
@pytest.mark.parametrize(
    ("text", "two"),
    [
        ("36/1,200 台", True),
        ("36/1,200 pcs", True),
        ("36/1,200 個", True),
        ("36/1,200 kg", False),
        ("540/12,000 USD", False),
    ],
)
def test_two_figures_are_two_counts_only_with_a_count_word(text: str, two: bool) -> None:
    from kesu_docs.parse.anchor import _FIGURES
    from kesu_docs.parse.vocab import simplified

    assert (_FIGURES.match(simplified(text)) is not None) is two


@pytest.mark.parametrize("form", FORMS)
def test_a_weight_over_a_weight_is_no_two_counts(tmp_path: Path, form: str) -> None:
    rows: list[list[Any]] = [
        ["8D 報告"],
        ["報告編號", "8D-TC-2606-007", "立案日期", "2026-06-03"],
        ["客戶名稱", "仁寶電腦工業股份有限公司", "料號", "TC-HNG-4410"],
        ["不良數／交貨數", "36/1,200 kg"],
        ["問題描述", "轉軸扭力偏低。"],
        ["發生原因", "彈片熱處理不足。"],
    ]
    path = landscape_book(tmp_path / "8d.xlsx", rows, {"A": 20, "B": 40, "C": 14, "D": 20})
    problem = read_doc(book_as(path, form), "8d")["record"]["problem"]
    assert (problem["qty_complained"], problem["qty_delivered"]) != (36, 1200)


# ----------------------------------------------------------------------- "N more" in a D7 text
@pytest.mark.parametrize(
    ("text", "elsewhere"),
    [
        ("Added 2 more inspection points at final QC.", False),
        ("Torque checked 3 more times a shift.", False),
        ("Fixture copied to 2 more assembly lines.", True),
        ("Same poka-yoke on 4 more presses.", True),
        ("Rolled to 2 more plants.", True),
    ],
)
def test_n_more_is_elsewhere_only_with_a_place_or_machine(text: str, elsewhere: bool) -> None:
    from kesu_docs.parse.value_cues import TEXT_SUBJECTS

    assert bool(TEXT_SUBJECTS["prevention.horizontal_deployment"].search(text)) is elsewhere


# ------------------------------------------------------------------------ 核准 on an allowance
@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("label", ["核准", "核准："])
def test_a_name_read_by_hezhun_on_an_allowance_is_said(tmp_path: Path, form: str, label: str) -> None:
    doc = _allowance(tmp_path, form, [["折讓金額合計", "7,000"], [label, "鄭雅文"]])
    [field] = [k for k, v in doc["record"].items() if v == "鄭雅文"]
    assert "signer_role_in_doubt" in field_codes(doc, field)
