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
        ("Scrapping 报废", ReturnHandling.SCRAP),  # an English word we lack: the Chinese says
        ("Return 报废", None),  # "return" (to the supplier, RTV) is an option too: two options named
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


# ------------------------------------------------------------------ 6. Step n in a text: no heading
def _eightd_pdf(path: Path, line: str) -> Path:
    from fpdf import FPDF

    lines = [
        ("8D Report", True),
        ("Report No.: 8D-2611-07", False),
        ("Customer: Bosch Suzhou", False),
        ("Date: 2026-11-20", False),
        ("D1 Team", True),
        ("J. Park (Leader), S. Gomez (Member)", False),
        ("D2 Problem description", True),
        ("Housing cracked at the snap fit, 36 pcs", False),
        ("D3 Containment actions", True),
        ("Sorted 1,200 pcs at the warehouse", False),
        ("D4 Root cause", True),
        ("Mould temperature too low", False),
        ("D5 Corrective actions", True),
        ("Raise the mould temperature in four steps,", False),
        ("checking the snap fit after each one;", False),
        (line, False),
        ("and release the lot after the check.", False),
        ("D6 Verification", True),
        ("No crack in 500 pcs after the change", False),
    ]
    pdf = FPDF(unit="pt", format="A4")
    pdf.add_page()
    y = 50.0
    for text, bold in lines:
        pdf.set_font("Helvetica", "B" if bold else "", 10)
        pdf.text(50, y, text)
        y += 16
    pdf.output(str(path))
    return path


@pytest.mark.parametrize(
    "line",
    ["Step 4 notify customer of the new setting,", "Step 4 notify customer", "Step 4: notify customer"],
)
def test_a_step_told_in_an_8d_text_does_not_cut_the_text(tmp_path: Path, line: str):
    # `Step n` read as a discipline heading wherever it stood: the corrective action's text ended
    # at the line of its procedure that began "Step 4", the rest of it lost
    doc = parsed(_eightd_pdf(tmp_path / "8d.pdf", line))
    action = doc["record"]["corrective_actions"][0]["action"]
    assert action.split("\n") == [
        "Raise the mould temperature in four steps,",
        "checking the snap fit after each one;",
        line,
        "and release the lot after the check.",
    ]
    assert doc["record"]["root_cause"][0]["cause"] == "Mould temperature too low"
    assert doc["record"]["implementation"][0]["result"] == "No crack in 500 pcs after the change"


def test_step_n_with_its_steps_name_is_still_a_heading():
    from kesu_docs.parse.vocab import discipline, heading_start, label_like

    for text, found in [
        ("Step 4 Root cause", (4, "Root cause")),
        ("STEP 4 ROOT CAUSE", (4, "ROOT CAUSE")),
        ("Step 4", (4, "")),
        ("Step 5 - Permanent corrective action", (5, "Permanent corrective action")),
        ("Step 3 通知客户", (3, "通知客户")),
        ("D4 notify customer", (4, "notify customer")),  # a D number is the method's own word
    ]:
        assert discipline(text) == found, text
        assert heading_start(text) and label_like(text), text
    for text in ["Step 4 notify customer", "Step 4 notify customer of the lot,", "Step 2: Sort the stock;"]:
        assert discipline(text) is None and not heading_start(text) and not label_like(text), text


# ------------------------------------------------------------------ 2. a blank copy, one rule
@pytest.mark.parametrize(
    ("blank_titled", "filled_titled"),
    [(True, True), (False, False), (True, False), (False, True)],
    ids=["both-titled", "neither-titled", "blank-titled-alone", "filled-titled-alone"],
)
def test_a_blank_template_tab_beside_the_filled_one_is_said_on_every_path(
    tmp_path: Path, blank_titled: bool, filled_titled: bool
):
    # the template tab was passed over with a warning only when both tabs printed the form's
    # title; without it on either (the sheet the reader chose), silently
    from test_reader_round18a import _allowance_sheet

    wb = Workbook()
    template = wb.active
    template.title = "模板"
    _allowance_sheet(template, filled=False)
    filled = wb.create_sheet("3月-恒远")
    _allowance_sheet(filled, filled=True)
    if not blank_titled:
        template["A1"] = None
    if not filled_titled:
        filled["A1"] = None
    path = tmp_path / "折让-恒远.xlsx"
    wb.save(path)
    results = [r.to_dict("en") for r in parse_paths([path], kind="allowance")]
    assert len(results) == 1, [r["source"] for r in results]
    [doc] = results
    assert doc["source"] == str(path)
    assert doc["record"]["buyer"] == "苏州恒远精密电子有限公司"
    [warning] = [w for w in doc["warnings"] if w["code"] == "blank_copy_sheet"]
    assert "模板" in warning["message"]


def test_one_rule_tells_a_copy_blank_for_sheets_and_pages():
    from kesu_docs.parse.anchor import Provenance, Reading
    from kesu_docs.parse.blank_copies import blank_form

    assert blank_form(Reading({}, {}, [], {}, []))  # nothing read at all
    assert blank_form(Reading({"buyer": None, "items": []}, {}, [], {}, []))  # nothing filled
    filled = Reading(
        {"buyer": "苏州恒远"}, {}, [], {"buyer": Provenance("A3", "购买方", "A3", 1.0, "label-right")}, []
    )
    assert not blank_form(filled)


# ------------------------------------------------------------------ 4. which step a line belongs to
def _page_of(tmp_path: Path, rows: list[list[Any]]) -> Any:
    from kesu_docs.forms import all_specs
    from kesu_docs.parse.anchor import _Page
    from kesu_docs.parse.excel import read_workbook

    path = _book(tmp_path / "8d.xlsx", [["8D報告書"], *rows])
    spec = next(s for s in all_specs() if s.kind == "8d")
    return _Page(read_workbook(path.read_bytes()).sheets[0].boxes, spec)


def _box(page: Any, text: str) -> Any:
    return next(b for b in page.boxes if isinstance(b.value, str) and b.text.strip() == text)


def test_one_rule_says_which_steps_block_a_line_under_a_heading_belongs_to(tmp_path: Path):
    from kesu_docs.parse.compound import heads_line, in_other_block

    page = _page_of(
        tmp_path,
        [
            ["D1 チーム編成", "吉田健一、周敏"],
            ["D3 暫定対策", "在庫品の全数選別"],  # a heading with its text beside it
            ["担当", "佐藤花子"],  # the containment action's owner: D3's own line
            ["恒久対策 / 永久对策", "丝锥寿命设为 8,000 孔"],  # a label–text line
            ["氏名 / 姓名", "役割 / 角色"],  # the team's header: no line of 恒久対策's
            ["D4 根本原因"],  # a heading over its block
            ["金型の摩耗"],
        ],
    )
    d3, tanto = _box(page, "D3 暫定対策"), _box(page, "担当")
    permanent = _box(page, "恒久対策 / 永久对策")
    header = [_box(page, "氏名 / 姓名"), _box(page, "役割 / 角色")]
    assert heads_line(page, "containment", d3, [tanto])
    assert not heads_line(page, "corrective_actions", permanent, header)
    assert heads_line(page, "root_cause", _box(page, "D4 根本原因"), [_box(page, "金型の摩耗")])
    # the block rule asks the same question: 担当 stands in D3's block, not the team's
    assert in_other_block(page, "team", tanto)
    assert not in_other_block(page, "team", header[0])
