"""What holdout38 and holdout39 still showed after round 38 (fix3839), each rule on a small file made here.

A. A sheet with no title (a system's export: its header row first) printed too wide: its columns
   go on on pages of their own, every page opening on the header row at the top. Such a page is
   joined beside the one it continues when both hold the same rows one for one and each opens on
   column names of its own with figures under them (``pdf_across._header_across``); a header
   repeated on every page (print titles) continues a table downwards and is never joined.
B. Vocabulary: 開單人 (the one who opened a notice) is the complaint's reporter; 对策小组 (a
   Japanese customer's 対策チーム in Chinese) is the 8D's team, not an action; ``Replace`` (the
   verb a customer asks with: ``Replace defective parts``) names the replacement.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from kesu_docs.parse.compound import _option
from kesu_docs.parse.pdf_across import Page, continues_sideways
from kesu_docs.parse.pdf_text import Word
from kesu_docs.terms import Disposition, Request
from tests.helpers import read_doc, soffice_convert


def _workbook(path: Path, cells: dict[str, object], widths: dict[str, int] | None = None) -> Path:
    wb = Workbook()
    ws = wb.active
    for ref, value in cells.items():
        ws[ref] = value
    for col, width in (widths or {}).items():
        ws.column_dimensions[col].width = width
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "portrait"
    wb.save(path)
    return path


# ---------------------------------------------------------------------------------- A. printed across, no title
def _page(n: int, rows: list[tuple[float, list[str]]]) -> Page:
    words = [Word(t, n, 60 + 80 * i, y - 5, 120 + 80 * i, y + 5) for y, ts in rows for i, t in enumerate(ts)]
    return Page(n, (595.0, 842.0), words, [])


_LEFT = [
    (60.0, ["Step", "Type"]),
    (75.0, ["D3", "Containment"]),
    (90.0, ["D5", "Corrective"]),
    (120.0, ["D8", "Closure"]),
]


@pytest.mark.parametrize(
    ("rows", "verdict"),
    [
        # the columns right of Step / Type: the same rows, a blank row where page 1 has one
        (
            [
                (60.0, ["Description"]),
                (75.0, ["Sort 1,200 pcs."]),
                (90.0, ["Jig changed."]),
                (120.0, ["Done"]),
            ],
            "join",
        ),
        # the header repeated on every page (print titles): a table continued downwards
        (
            [
                (60.0, ["Step", "Type"]),
                (75.0, ["D6", "Verification"]),
                (90.0, ["D7", "Prevention"]),
                (120.0, ["D8", "X"]),
            ],
            None,
        ),
        # a first row holding a figure: a record, no header of its own
        (
            [(60.0, ["Sort 1,200 pcs."]), (75.0, ["Jig changed."]), (90.0, ["Done"]), (120.0, ["5 lots"])],
            None,
        ),
        # a column of names going on from one of figures: joined too
        ([(60.0, ["Owner"]), (75.0, ["T. Walsh"]), (90.0, ["Liu Yang"]), (120.0, ["R. Dawson"])], "join"),
        # rows of their own (no blank row where page 1 has one): a page of its own
        (
            [
                (60.0, ["Description"]),
                (75.0, ["Sort 1,200 pcs."]),
                (90.0, ["Jig changed."]),
                (105.0, ["Done"]),
            ],
            None,
        ),
    ],
)
def test_a_page_opening_on_a_header_of_its_own_over_the_same_rows_is_joined(
    rows: list[tuple[float, list[str]]], verdict: str | None
) -> None:
    assert continues_sideways(_page(1, _LEFT), _page(2, rows)) == verdict


_STEPS = (
    ("D2", "Problem", "Seal rings cut at the lip, 1,200 pcs in stock."),
    ("D3", "Containment", "All 1,200 pcs sorted at our dock."),
    ("D4", "Root cause", "Assembly jig edge sharp after 40,000 cycles."),
    ("D5", "Corrective action", "Jig edge rounded to R0.5 and checked weekly."),
    ("D6", "Verification", "3 lots assembled with 0 cut rings."),
)


def test_a_step_table_printed_across_pages_keeps_each_steps_text(tmp_path: Path) -> None:
    # an 8D's steps exported a row each, no title: Step | Type on page 1, the description and
    # owner on page 2 (the sheet wider than A4), both pages opening on the header row; before,
    # page 2 stood alone (warned printed_across_pages) and no step had its text
    cells: dict[str, object] = {"A1": "Step", "B1": "Type", "C1": "Description", "D1": "Owner"}
    for r, (step, typ, text) in enumerate(_STEPS, start=2):
        cells.update({f"A{r}": step, f"B{r}": typ, f"C{r}": text, f"D{r}": "T. Walsh"})
    xlsx = _workbook(tmp_path / "steps.xlsx", cells, {"A": 8, "B": 24, "C": 46, "D": 16})
    pdf = soffice_convert(xlsx, "pdf", tmp_path / "out")
    doc = read_doc(pdf, "8d")
    record = doc["record"]
    assert record["containment"][0]["action"] == _STEPS[1][2]
    assert record["root_cause"][0]["cause"] == _STEPS[2][2]
    assert record["implementation"][0]["result"] == _STEPS[4][2]
    codes = {p["code"] for p in doc["errors"] + doc["warnings"]}
    assert "printed_across_pages" not in codes


# ---------------------------------------------------------------------------------- B. vocabulary
def test_the_one_who_opened_a_notice_is_its_reporter(tmp_path: Path) -> None:
    path = _workbook(
        tmp_path / "notice.xlsx",
        {
            "A1": "品質異常通知單",
            "A2": "通知單號",
            "B2": "QN-0312",
            "A3": "客戶",
            "B3": "華碩電腦",
            "A4": "開單人",
            "B4": "吳俊傑",
        },
    )
    assert read_doc(path, "complaint")["record"]["reporter"] == "吳俊傑"


def test_a_countermeasure_team_is_the_8ds_team(tmp_path: Path) -> None:
    path = _workbook(
        tmp_path / "report.xlsx",
        {
            "A1": "品质异常对策书",
            "A2": "对策书编号",
            "B2": "TC-0324",
            "A3": "客户",
            "B3": "苏州精工",
            "A4": "对策小组",
            "B4": "高桥 诚、曹文军、马丽",
            "A5": "不具合内容",
            "B5": "马达异音。",
        },
    )
    team = read_doc(path, "8d")["record"]["team"]
    assert [m["name"] for m in team] == ["高桥 诚", "曹文军", "马丽"]


@pytest.mark.parametrize("word", ["Replace", "Replace defective parts", "replace parts"])
def test_a_request_worded_with_the_verb_replace_names_the_replacement(word: str) -> None:
    assert _option(Request, word) is Request.REPLACEMENT
    assert _option(Disposition, word) is Disposition.REPLACEMENT


@pytest.mark.parametrize("word", ["Do not replace", "No need to replace"])
def test_a_denied_replace_names_no_option(word: str) -> None:
    assert _option(Request, word) is None


def test_a_complaints_request_worded_as_a_phrase_is_read(tmp_path: Path) -> None:
    path = _workbook(
        tmp_path / "complaint.xlsx",
        {
            "A1": "CUSTOMER COMPLAINT",
            "A2": "Complaint No.",
            "B2": "CC-0087",
            "A3": "Customer",
            "B3": "Harbor Point Ltd.",
            "A4": "Customer request",
            "B4": "Replace defective parts",
        },
    )
    doc = read_doc(path, "complaint")
    assert doc["record"]["customer_request"] == ["replacement"]
    assert "customer_request" not in {p["field"] for p in doc["errors"] + doc["warnings"]}


def test_two_pages_of_words_alone_on_the_same_rows_are_not_joined() -> None:
    # no figure under either page's first row: a text's lines on the same rows, not a table's
    left = _page(1, [(60.0, ["Name", "Role"]), (75.0, ["Tom", "Leader"]), (90.0, ["Liu", "Member"])])
    right = _page(2, [(60.0, ["Remarks"]), (75.0, ["Sort all."]), (90.0, ["Jig changed."])])
    assert continues_sideways(left, right) is None
