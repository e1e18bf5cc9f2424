"""Round 39's review of the merged reader (fixrd39a), each finding on a small file made here.

1. A two-page item list with no grid, rows of one height, page 2 opening on a group caption
   (``包装类``) over more items: its lines sit on page 1's one for one, as a title-less sheet
   printed across does, but its first line heads no columns — it continues the list downwards.
   Such a page is never joined beside page 1 (its items dropped silently): a first line must
   reach the last column its rows fill, else the page is left in doubt and the reader warns.
2. A profile learned from a label whose value beside it reads as a sign-off title (``审批状态 |
   Approved``, 确认) took the cell below the label (the next label) and read it on every later
   form: in a column of labels each with its value beside it, the value is the box beside.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from fpdf import FPDF
from openpyxl import Workbook

from kesu_docs.parse.pdf_across import Page, continues_sideways
from kesu_docs.parse.pdf_text import Word
from tests.helpers import read_doc, run_cli

_CJK = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"

_ITEMS = [["P-100", "支架", "12", "3.50"], ["P-101", "外壳", "4", "9.00"], ["P-102", "螺丝", "200", "0.05"]]
_MORE = [["P-200", "纸箱", "30", "1.20"], ["P-201", "托盘", "15", "0.80"], ["P-202", "薄膜", "100", "0.10"]]
_MORE += [["P-203", "胶带", "7", "0.30"]]


def _list_pdf(path: Path, pages: list[list[list[str]]]) -> Path:
    """Pages of cells in 40 mm columns and 8 mm rows from the same top margin, no grid drawn."""
    pdf = FPDF(format="A4")
    pdf.add_font("cjk", fname=_CJK)
    for rows in pages:
        pdf.add_page()
        pdf.set_font("cjk", size=10.5)
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                pdf.set_xy(20 + 40 * c, 20 + 8 * r)
                pdf.cell(40, 8, text)
    pdf.output(str(path))
    return path


@pytest.mark.parametrize(
    "first",
    [
        [["料号", "品名", "数量", "单价"], *_ITEMS, ["P-103", "垫片", "50", "0.02"]],
        [["退货单", "", "", ""], ["料号", "品名", "数量", "单价"], *_ITEMS],
    ],
    ids=["header-first", "title-first"],
)
def test_a_caption_over_more_items_is_not_joined_beside(tmp_path: Path, first: list[list[str]]) -> None:
    path = _list_pdf(tmp_path / "return.pdf", [first, [["包装类", "", "", ""], *_MORE]])
    doc = read_doc(path, kind="return")
    said = {p["code"] for p in doc["warnings"] + doc["errors"]}
    text = repr(doc)
    # page 2's items are read, or the reader says it could not tell: never gone without a word
    assert all(row[0] in text for row in _MORE) or "printed_across_pages" in said, (said, text)


def _page(n: int, rows: list[tuple[float, list[tuple[float, str]]]]) -> Page:
    words = [Word(t, n, x, y - 5, x + 8 * len(t), y + 5) for y, cells in rows for x, t in cells]
    return Page(n, (595.0, 842.0), words, [])


def test_a_header_over_its_columns_still_joins_a_caption_is_in_doubt() -> None:
    left = _page(
        1,
        [
            (60.0, [(60.0, "Part"), (140.0, "Name")]),
            (75.0, [(60.0, "P-1"), (140.0, "Bolt")]),
            (90.0, [(60.0, "P-2"), (140.0, "Nut")]),
        ],
    )
    header = _page(
        2,
        [
            (60.0, [(60.0, "Qty"), (140.0, "Price")]),
            (75.0, [(60.0, "12"), (140.0, "3.5")]),
            (90.0, [(60.0, "4"), (140.0, "9.0")]),
        ],
    )
    caption = _page(
        2,
        [
            (60.0, [(60.0, "Packing")]),
            (75.0, [(60.0, "P-9"), (140.0, "Box"), (220.0, "30")]),
            (90.0, [(60.0, "P-8"), (140.0, "Tray"), (220.0, "15")]),
        ],
    )
    assert continues_sideways(left, header) == "join"
    assert continues_sideways(left, caption) == "doubt"


# ---------------------------------------------------------------------------------- 2. a value that reads as a sign-off title
def _status_book(path: Path, status: str, remark: str) -> Path:
    wb = Workbook()
    ws = wb.active
    ws["A1"] = "客户投诉处理单"
    rows = [("客户名称", "深圳华星"), ("订单号", "SO-2026-0412"), ("不良描述", "焊盘氧化")]
    for r, (label, value) in enumerate([*rows, ("审批状态", status), ("备注栏", remark)], start=3):
        ws.cell(r, 1, label)
        ws.cell(r, 2, value)
    ws.column_dimensions["A"].width = 16
    ws.column_dimensions["B"].width = 30
    wb.save(path)
    return path


@pytest.mark.parametrize("status", ["Approved", "确认"])
def test_a_value_beside_its_label_that_reads_as_a_sign_off_title_is_learned(
    office: Path, status: str
) -> None:
    first = _status_book(office / "one.xlsx", status, "首批")
    code, out = run_cli("learn", first, "--kind", "complaint", "--set", "negotiation_result=审批状态")
    assert code == 0, out
    doc = read_doc(_status_book(office / "two.xlsx", "Rejected", "第二批"), "complaint")
    assert doc["record"]["negotiation_result"] == "Rejected"
