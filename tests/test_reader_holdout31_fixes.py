"""What the thirty-first held-out set showed the reader lacked (issue 10): its structures, each
rule read on forms of our own (workbooks by openpyxl and their LibreOffice print, pages drawn
with fpdf2), never on the set's files.

- **Items printed over two lines** under a two-line heading (``料號 品名`` over ``核准 退回 單價
  金額``, a narrow ERP slip with no rules): each item read from its two lines. Was, with these
  labels, each second line read as the next item (**silently**: the next item's name a count,
  its counts the previous item's); with others no line at all.
- **8D steps numbered by enclosed digits** (``❶ 小组成员`` … ``❽ 结案日期``, ``① …``, ``➊ …``): the
  steps D1 … D8, told by Unicode's own data (a superscript's ``¹`` is none).
- **A totals caption with its translation** (``Vola tsy misy hetra / Net total``): the lines end there; it
  was read as a line, and the net total and the tax total were the lines' sums (the totals
  incl. VAT among them), or the rate column's ``19%``.
- **A workbook whose every value is a link to another workbook, never calculated**: said so, the
  workbook named (``values_linked_never_fetched``), no longer "a blank form?".

Values and wording of our own.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest
from helpers import book_as, cjk_pdf, landscape_book, read_doc

FORMS = ["xlsx", "pdf"]

# ------------------------------------------------------------------ items over two lines
_TWO_LINE_ITEMS = (
    ("HX-CAM-0701", "鏡頭模組", "120", "118", "365.00", "43,070.00"),
    ("HX-FLX-0702", "排線", "3,000", "2,950", "4.80", "14,160.00"),
    ("HX-BAT-0703", "電池蓋", "800", "800", "12.50", "10,000.00"),
)


def _two_line_slip(path: Path, first: tuple[str, str], second: tuple[str, str, str, str]) -> Path:
    """A 退貨單 drawn with fpdf2 whose items are printed over two lines, no rules: ``first``'s
    captions (code, name) over ``second``'s (approved, returned, price, amount), indented."""
    pdf = cjk_pdf()
    pdf.add_page()
    pdf.set_font("cjk", size=14)
    pdf.text(90, 18, "退貨單")
    pdf.set_font("cjk", size=10)
    y = 32.0
    for label, value in (
        ("退貨單號：", "RT-HX-2609-014"),
        ("退貨日期：", "2026/09/14"),
        ("客戶：", "華星光學股份有限公司"),
    ):
        pdf.text(15, y, label)
        pdf.text(42, y, value)
        y += 7
    y += 5
    for x, caption in zip((15, 62), first):
        pdf.text(x, y, caption)
    y += 6
    for x, caption in zip((28, 60, 92, 124), second):
        pdf.text(x, y, caption)
    for code, name, approved, returned, price, amount in _TWO_LINE_ITEMS:
        y += 9
        for x, text in zip((15, 62), (code, name)):
            pdf.text(x, y, text)
        y += 6
        for x, text in zip((28, 60, 92, 124), (approved, returned, price, amount)):
            pdf.text(x, y, text)
    y += 14
    for label, value in (("退貨原因：", "鏡頭刮傷，排線斷裂。"), ("倉庫簽收：", "溫子健")):
        pdf.text(15, y, label)
        pdf.text(42, y, value)
        y += 7
    pdf.output(str(path))
    return path


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (("料號", "品名"), ("核准", "退回", "單價", "金額")),  # the captions a first draft read shifted
        (("品號", "品名規格"), ("核准數", "實退數", "單價", "金額")),
    ],
)
def test_items_printed_over_two_lines(tmp_path: Path, first: tuple[str, str], second: Any) -> None:
    doc = read_doc(_two_line_slip(tmp_path / "rt.pdf", first, second), "return")
    items = doc["record"]["items"]
    assert [
        (i["part_no"], i["part_name"], i["qty_approved"], i["qty_returned"], i["unit_price"], i["amount"])
        for i in items
    ] == [
        ("HX-CAM-0701", "鏡頭模組", 120, 118, "365.00", "43070.00"),
        ("HX-FLX-0702", "排線", 3000, 2950, "4.80", "14160.00"),
        ("HX-BAT-0703", "電池蓋", 800, 800, "12.50", "10000.00"),
    ]
    assert doc["record"]["reason"] == "鏡頭刮傷，排線斷裂。"


@pytest.mark.parametrize("form", FORMS)
def test_items_over_two_rows_of_a_sheet(tmp_path: Path, form: str) -> None:
    """The same slip typed in a workbook, each item over two rows (code and name, then the figures
    one column on), and its print."""
    rows: list[list[Any]] = [
        ["退貨單"],
        ["退貨單號", "RT-HX-2609-015", "退貨日期", "2026-09-15"],
        ["客戶", "華星光學股份有限公司"],
        [],
        ["料號", "品名"],
        [None, "核准", "退回", "單價", "金額"],
    ]
    for code, name, *figures in _TWO_LINE_ITEMS:
        rows += [[code, name], [None, *figures]]
    rows += [[], ["退貨原因", "鏡頭刮傷，排線斷裂。"]]
    widths = {"A": 16, "B": 14, "C": 12, "D": 12, "E": 14}
    doc = read_doc(book_as(landscape_book(tmp_path / "rt.xlsx", rows, widths), form), "return")
    items = doc["record"]["items"]
    assert [(i["part_no"], i["part_name"], i["qty_returned"], i["amount"]) for i in items] == [
        ("HX-CAM-0701", "鏡頭模組", 118, "43070.00"),
        ("HX-FLX-0702", "排線", 2950, "14160.00"),
        ("HX-BAT-0703", "電池蓋", 800, "10000.00"),
    ]


def test_a_heading_over_a_group_of_columns_is_no_two_line_item() -> None:
    """``数量`` over ``核定 | 实退`` (a name over a group of the other line's), or the second line
    right of the first: one heading on two lines, the lines left as they are."""
    from kesu_docs.forms import get
    from kesu_docs.parse.boxes import Box
    from kesu_docs.parse.table_columns import two_line_items

    def line(y: float, *cells: tuple[float, float, str]) -> list[Box]:
        return [Box(t, t, x0, y, x1, y + 8, f"p1#{x0:.0f}") for x0, x1, t in cells]

    grouped = [
        *line(10, (10, 40, "料号"), (60, 140, "数量")),
        *line(20, (60, 90, "核定"), (100, 130, "实退")),
        *line(30, (10, 40, "A-1"), (60, 70, "50"), (100, 110, "48")),
        *line(40, (10, 40, "A-2"), (60, 70, "20"), (100, 110, "20")),
    ]
    assert two_line_items(grouped, get("return")) is grouped


# ------------------------------------------------------------------ steps by enclosed digits
def test_an_enclosed_number_is_told_by_unicodes_data() -> None:
    from kesu_docs.parse.vocab import ENCLOSED_NUMBERS, enclosed_number

    assert [enclosed_number(c) for c in "①❶➀➊⓵❽⑧⑳❿"] == [1, 1, 1, 1, 1, 8, 8, 20, 10]
    assert [enclosed_number(c) for c in "¹₁1Ⅰ⑴a"] == [None] * 6  # a footnote's mark, a digit, Roman, (1)
    assert {"①", "⑳", "❶", "❽", "➊"} <= set(ENCLOSED_NUMBERS) and "¹" not in ENCLOSED_NUMBERS


_STEPS = (
    ("{1} 小组成员", "韩立群（组长）、方志远、苏晓岚"),
    ("{2} 问题描述", "盖板丝印偏位，212 片。"),
    ("{3} 临时措施", "在库 1,800 片全检丝印位置。"),
    ("{4} 发生原因", "丝印网版定位销磨损。"),
    ("{4} 流出原因", "出货检验未测丝印位置。"),
    ("{5} 永久措施", "定位销改为硬质合金。"),
    ("{6} 效果验证", "连续 6 批丝印合格。"),
    ("{7} 预防再发", "同类 3 款盖板比照。"),
    ("{8} 结案日期", "2026-10-20"),
)


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("first", ["❶", "①", "➊"])
def test_8d_steps_numbered_by_enclosed_digits(tmp_path: Path, form: str, first: str) -> None:
    marks = [chr(ord(first) + n) for n in range(8)]
    rows: list[list[Any]] = [
        ["8D 报告"],
        ["报告编号", "8D-SZ-2609-031", "立案日期", "2026-09-20"],
        ["客户", "深圳华映光电有限公司", "零件号", "SZ-CVR-5501"],
        *([caption.format(*["", *marks]), text] for caption, text in _STEPS),
    ]
    doc = read_doc(
        book_as(landscape_book(tmp_path / "8d.xlsx", rows, {"A": 18, "B": 44, "C": 14, "D": 18}), form), "8d"
    )
    record = doc["record"]
    assert [m["name"] for m in record["team"] or []] == ["韩立群", "方志远", "苏晓岚"]
    assert record["containment"][0]["action"] == "在库 1,800 片全检丝印位置。"
    causes = {c["type"]: c["cause"] for c in record["root_cause"] or []}
    assert causes == {"occurrence": "丝印网版定位销磨损。", "escape": "出货检验未测丝印位置。"}
    assert record["corrective_actions"][0]["action"] == "定位销改为硬质合金。"
    assert record["implementation"][0]["result"] == "连续 6 批丝印合格。"
    assert record["closure"]["closed_date"] == "2026-10-20"


# ------------------------------------------------------------------ totals with their translation
@pytest.mark.parametrize("form", FORMS)
def test_totals_captions_with_their_translation_end_the_lines(tmp_path: Path, form: str) -> None:
    rows: list[list[Any]] = [
        ["FAHATONGAVANA VOLA / CREDIT NOTE"],
        ["Laharana / Credit Note No.", "CN-MG-2609-07", "Daty / Date", "2026-09-18"],
        ["Mpividy / Buyer", "JIRAMA Toamasina", "Faktiora / Invoice No.", "FA-26-1177"],
        [
            "Entana / Item",
            "Isa / Qty",
            "Vidiny / Unit price",
            "Totaliny / Net",
            "Tahan'ny TVA %",
            "TVA / VAT",
        ],
        ["Breaker MG-BRK-201", 60, 1250, 75000, "20 %", 15000],
        ["Fuse MG-FUS-202", 500, 40, 20000, "20 %", 4000],
        [],
        ["Vola tsy misy hetra / Net total", None, None, 95000],
        ["Hetra ankapobeny / Total VAT", None, None, 19000],
        ["Vola rehetra sy hetra / Total incl. VAT", None, None, 114000],
    ]
    widths = {"A": 34, "B": 12, "C": 18, "D": 18, "E": 16, "F": 14}
    doc = read_doc(book_as(landscape_book(tmp_path / "cn.xlsx", rows, widths), form), "allowance")
    record = doc["record"]
    assert [i["name"] for i in record["items"]] == ["Breaker MG-BRK-201", "Fuse MG-FUS-202"]
    assert (record["total_excl_tax"], record["total_tax"], record["total"]) == (
        "95000.00",
        "19000.00",
        "114000.00",
    )


def test_a_totals_caption_with_its_translation() -> None:
    from kesu_docs.parse.guards import totals_caption

    assert totals_caption("Vola tsy misy hetra / Net total")
    assert totals_caption("Hetra ankapobeny / Total VAT")
    assert not totals_caption("Entana / Item")  # a column's caption with its translation
    assert not totals_caption("Isa / Qty")


# ------------------------------------------------------------------ values linked, never fetched
def _linked_book(path: Path, typed: dict[str, Any]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "投诉"
    labels = ("投诉单号", "接收日期", "客户名称", "物料编码", "不良数量", "填表人")
    for row, label in enumerate(labels, start=1):
        ws.cell(row, 1, label)
        ws.cell(row, 2, typed.get(label, f"='[投诉登记簿.xlsx]9月'!D{row + 3}"))
    wb.save(path)
    return path


def test_a_workbook_of_links_never_fetched_is_said_so(tmp_path: Path) -> None:
    path = _linked_book(tmp_path / "cc.xlsx", {})
    for lang, words in (("en", "another workbook"), ("zh", "另一个工作簿")):
        doc = read_doc(path, "complaint", lang)
        assert doc["record"] is None
        [error] = doc["errors"]
        assert error["code"] == "values_linked_never_fetched"
        assert "投诉登记簿.xlsx" in error["message"] and words in error["message"]
    assert read_doc(path)["errors"][0]["code"] == "values_linked_never_fetched"  # without --kind too


def test_one_link_among_typed_values_is_a_record(tmp_path: Path) -> None:
    typed = {
        "投诉单号": "KS-2609-0117",
        "接收日期": "2026-09-12",
        "客户名称": "宁波东力电子",
        "物料编码": "NB-SW-2201",
        "填表人": "严晓东",
    }
    doc = read_doc(_linked_book(tmp_path / "cc.xlsx", typed), "complaint")
    assert doc["record"]["number"] == "KS-2609-0117"
    assert "values_linked_never_fetched" not in {e["code"] for e in doc["errors"]}
