"""The nineteenth round's review (dev19-review, issue 10): each rule the reader wrote twice, or
as a special case, made one, and the behaviour it decides held here on forms of our own.

- A term printed with its translation or gloss (``リーダー / 组长``, ``交换（换货）``,
  ``换货 Replacement``): one rule keeps the one option the parts name.
- A block's text under its table's heading is read :data:`BLOCK_DOUBT` as surely as the heading.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from kesu_docs.forms.eightd import TeamRole
from kesu_docs.forms.return_note import ReturnHandling
from kesu_docs.parse import parse_paths


def _book(path: Path, rows: list[list[Any]]) -> Path:
    wb = Workbook()
    ws = wb.active
    for col in "ABCD":
        ws.column_dimensions[col].width = 30
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def parsed(path: Path, kind: str | None = None) -> dict:
    [result] = parse_paths([path], kind=kind)
    return result.to_dict("en")


# ------------------------------------------------------------------ 1. a term and its translation
@pytest.mark.parametrize(
    ("typed", "term"),
    [
        ("リーダー/组长", TeamRole.LEADER),  # both parts name it
        ("Leader / 组长", TeamRole.LEADER),
        ("Capo/组长", TeamRole.LEADER),  # a word we lack in another script: the other says
        ("组长/组员", None),  # two options: none
        ("组长/副组长", None),  # a word of the same script we lack: no translation
        ("组长/メンバー", None),  # the parts name two options
    ],
)
def test_a_slashed_term_is_the_one_option_its_parts_name(typed: str, term: TeamRole | None):
    assert TeamRole.lookup(typed) is term


@pytest.mark.parametrize(
    ("typed", "term"),
    [
        ("交换（换货）", ReturnHandling.REPLACE),  # the gloss names it, the word we lack
        ("Reemplazo (Replacement)", ReturnHandling.REPLACE),
        ("换货 Replacement", ReturnHandling.REPLACE),  # a word in each script, both naming it
        ("교환 Replacement", ReturnHandling.REPLACE),  # the Korean we lack: the English says
        ("Return 报废", ReturnHandling.SCRAP),
        ("重工（报废）", None),  # the gloss names another option
        ("报废 Rework", None),  # the translation names another option
        ("scrap rework", None),  # one script: a phrase, not a word and its translation
    ],
)
def test_a_glossed_or_translated_term_is_the_one_option_its_parts_name(
    typed: str, term: ReturnHandling | None
):
    assert ReturnHandling.lookup(typed) is term


# ------------------------------------------------------------------ 3. a block's doubt, one constant
def _eightd_of_blocks(tmp_path: Path) -> Path:
    return _book(
        tmp_path / "8d-blocks.xlsx",
        [
            ["8D Report"],
            ["Report No.", "8D-2611-07"],
            ["Customer", "Bosch"],
            ["D1 Team"],
            ["J. Park (Leader), S. Gomez (Member)"],  # the team's names with their roles
            ["D2 Problem description"],
            ["Housing cracked at the snap fit"],
            ["D3 Containment actions"],
            ["1. Sorted 1,200 pcs at the warehouse"],  # several lines: a row each
            ["2. Blocked the lot in transit"],
            ["D4 Root cause"],
            ["Mould temperature too low"],  # one text under its heading
        ],
    )


def _section_sureness(path: Path) -> dict[str, float]:
    from kesu_docs.parse.reading import extract_file

    found = extract_file(path)
    assert not isinstance(found, Exception), found
    [extraction] = found[0]
    return {k: p.confidence for k, p in extraction.provenance.items() if p.how == "section"}


def test_a_blocks_text_is_read_block_doubt_as_surely_as_its_heading_on_every_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    from kesu_docs.parse import anchor

    path = _eightd_of_blocks(tmp_path)
    before = _section_sureness(path)
    assert {"team[0].name", "containment[1].action", "root_cause[0].cause"} <= set(before)
    assert all(c <= anchor.BLOCK_DOUBT for c in before.values())
    # the team's roles, the rows of several lines, the one text: all the one constant's
    monkeypatch.setattr(anchor, "BLOCK_DOUBT", 0.6)
    after = _section_sureness(path)
    assert set(after) == set(before)
    for key, sure in before.items():
        assert after[key] == pytest.approx(sure * 0.6 / 0.75), key


# ------------------------------------------------------------------ 5. a number format, one parse
@pytest.mark.parametrize(
    ("code", "prefix", "currency", "decimals"),
    [
        ('"KS-"000000', ("KS-", 6), "", 0),
        ("\\R\\M\\A0000", ("RMA", 4), "", 0),
        ('"NT$"#,##0;[Red]-"NT$"#,##0', None, "TWD", 0),
        ("[$NT$-404]#,##0.00", None, "TWD", 2),
        ('"No.;"0', ("No.;", 1), "", 0),  # a ';' quoted is the prefix's, no second section
        ('0.00;[Red]-0.00 "USD"', None, "", 2),  # the first section prints no currency
        ("[>=1]0.00;0.0000", None, "", None),  # which section prints is not plain
        ('#,##0.00 "€"', None, "EUR", 2),
        ("$#,##0.00", None, "", 2),  # a bare $ names no one currency
    ],
)
def test_a_number_formats_first_section_is_parsed_once_for_prefix_currency_and_decimals(
    code: str, prefix: tuple[str, int] | None, currency: str, decimals: int | None
):
    from kesu_docs.parse.xlsx_parts import first_section, format_currency, shown_decimals, shown_prefix

    assert ";" not in first_section(code).text or '"' in first_section(code).text
    assert shown_prefix(code) == prefix
    assert format_currency(code) == currency
    assert shown_decimals(code) == decimals


# ------------------------------------------------------------------ 7. a currency in a count, said
@pytest.mark.parametrize("typed", ["1.200 EUR", "€1.200", "1.200 €"])
def test_a_count_typed_with_a_currency_and_a_thousands_point_is_warned_of_both(tmp_path: Path, typed: str):
    # `1.200 EUR` was read 1200 with the point's warning alone: the currency a count carries
    # (an amount typed in the quantity's place?) went unsaid, where `1,200 EUR` says it
    path = _book(
        tmp_path / "ks.xlsx",
        [
            ["客户抱怨处理单"],
            ["客诉单号", "KS-2605-0051"],
            ["受理日期", "2026-05-21"],
            ["客户名称", "宁波奥克斯电气股份有限公司"],
            ["出货数量", typed],
            ["不良数量", 36],
            ["不良描述", "外壳开裂"],
        ],
    )
    doc = parsed(path)
    assert doc["record"]["ship_qty"] == 1200
    codes = {w["code"] for w in doc["warnings"] if w["field"] == "ship_qty"}
    assert {"qty_in_currency", "ambiguous_thousands"} <= codes
    assert doc["record"]["defect_qty"] == 36
    assert not {w["code"] for w in doc["warnings"] if w["field"] == "defect_qty"}
