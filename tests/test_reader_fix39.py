"""What holdout39 still showed after round 37 (fix39), each rule on a small file made here.

A. A choice word with a negation before it (a verb between: ``客户不接受退货``) or after it
   (``Rework not needed``, ``退货不需要``) is not chosen; the one place it is read is
   :meth:`kesu_docs.values.Term.denied_in`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from kesu_docs.forms.return_note import ReturnHandling
from kesu_docs.parse import parse_paths
from kesu_docs.parse.compound import _option
from kesu_docs.terms import Disposition, Request
from kesu_docs.values import _option_names, _term_of
from tests.helpers import grid_rules, read_doc


def _workbook(path: Path, cells: dict[str, object]) -> Path:
    wb = Workbook()
    ws = wb.active
    for ref, value in cells.items():
        ws[ref] = value
    wb.save(path)
    return path


def _read(path: Path, kind: str) -> dict:
    [result] = parse_paths([path], kind=kind)
    return result.to_dict("en")


# ---------------------------------------------------------------------------------- A. negations
_DENIED_AFTER = [
    "Rework not needed",
    "退货不需要",
    "换货：不需要",
    "Return: no",
    "返工 not required",
    "退货免",
]


@pytest.mark.parametrize("word", _DENIED_AFTER)
def test_an_option_with_a_negation_after_it_is_not_that_option(word):
    assert _option(Request, word) is None
    assert _option(Disposition, word) is None


@pytest.mark.parametrize(
    "word", ["不接受退货 Return", "不需要换货 Replacement", "do not accept 退货", "No need to 重工"]
)
def test_a_negation_with_a_verb_between_denies_the_option(word):
    _term_of.cache_clear()
    assert Request.lookup(word) is None


@pytest.mark.parametrize(
    "word", ["客户不接受退货", "无需返工", "No return required", "不需要换货", "不可返工"]
)
def test_the_briefs_phrases_name_no_option(word):
    assert _option(Request, word) is None
    assert _option(ReturnHandling, word) is None


@pytest.mark.parametrize(
    ("word", "option"),
    [
        ("退货", Request.RETURN),
        ("☑退货 □换货", Request.RETURN),
        ("免费换货", Request.REPLACEMENT),  # 免费 (free of charge) denies nothing
        ("换货 Replacement", Request.REPLACEMENT),
        ("退回重工", Request.REWORK),
    ],
)
def test_a_real_choice_stays_read(word, option):
    assert _option(Request, word) is option


def test_the_options_words_are_built_once_per_option():
    _option_names.cache_clear()
    for _ in range(3):
        Request.RETURN.denied_in("不退货")
        Request.RETURN.denied_in("退货")
    assert _option_names.cache_info().misses == 1


def test_each_classs_option_keeps_its_own_words():
    """``ReturnHandling.RETURN`` (退回供应商) and ``Request.RETURN`` (退货) are equal strs: the words
    of the one asked first were the other's too, and 退货不需要 was read a return."""
    _option_names.cache_clear()
    _term_of.cache_clear()
    assert not ReturnHandling.RETURN.denied_in("退货不需要")
    assert Request.RETURN.denied_in("退货不需要")
    assert _option(Request, "退货不需要") is None


def test_a_return_notes_handling_rework_not_needed_is_reported_not_read(tmp_path):
    path = _workbook(
        tmp_path / "return.xlsx",
        {
            "A1": "退货单",
            "A2": "退货单号",
            "B2": "TH-01",
            "A3": "客户",
            "B3": "华域",
            "A4": "处理方式",
            "B4": "Rework not needed",
        },
    )
    doc = _read(path, "return")
    assert doc["record"]["handling"] in (None, [])
    assert "handling" in {p["field"] for p in doc["errors"] + doc["warnings"]}


def test_a_ticked_request_on_a_complaint_is_still_read(tmp_path):
    path = _workbook(
        tmp_path / "complaint.xlsx",
        {
            "A1": "客诉单",
            "A2": "客诉编号",
            "B2": "KS-01",
            "A3": "客户",
            "B3": "华域",
            "A4": "客户要求",
            "B4": "☑退货 □换货",
        },
    )
    assert _read(path, "complaint")["record"]["customer_request"] == ["return"]


# ---------------------------------------------------------------------------------- C. Japanese customers' forms
def _jp_return(path: Path, title: str | None) -> Path:
    cells: dict[str, object] = {
        "A2": "返品番号",
        "B2": "RH-0101",
        "A3": "返品日",
        "B3": "2026-04-02",
        "A4": "客户",
        "B4": "苏州东洋电子有限公司",
        "A5": "联络书编号",
        "B5": "TY-QA-0402",
        "A7": "品番",
        "B7": "品名",
        "C7": "承认数",
        "D7": "返品数",
        "A8": "TY-CLP-01",
        "B8": "线夹",
        "C8": 500,
        "D8": 480,
        "A10": "不具合内容",
        "B10": "线夹开裂。",
        "A11": "处置",
        "B11": "■报废 □返工",
        "A12": "受入担当",
        "B12": "顾晓明",
        "A13": "承认",
        "B13": "钱国华",
    }
    if title:
        cells["A1"] = title
    return _workbook(path, cells)


@pytest.mark.parametrize("title", ["返品联络单", None])
def test_a_japanese_customers_return_form_is_read_as_a_return(tmp_path, title):
    [result] = parse_paths([_jp_return(tmp_path / "jp.xlsx", title)])
    doc = result.to_dict("en")
    assert doc["kind"] == "return"
    record = doc["record"]
    assert (record["number"], record["issue_date"], record["complaint_number"]) == (
        "RH-0101",
        "2026-04-02",
        "TY-QA-0402",
    )
    [item] = record["items"]
    assert (item["part_no"], item["qty_approved"], item["qty_returned"]) == ("TY-CLP-01", 500, 480)
    assert (record["reason"], record["handling"]) == ("线夹开裂。", ["scrap"])
    assert (record["warehouse_receiver"], record["approved_by"]) == ("顾晓明", "钱国华")


def test_a_japanese_customers_notice_in_chinese_names_its_number_customer_and_sales(tmp_path):
    path = _workbook(
        tmp_path / "notice.xlsx",
        {
            "A1": "品质异常联络书",
            "A2": "联络书编号",
            "B2": "QA-0412-01",
            "A3": "发行方",
            "B3": "天津丰田合成有限公司",
            "A4": "品番",
            "B4": "TG-0412",
            "A5": "营业担当",
            "B5": "孙丽",
        },
    )
    record = _read(path, "complaint")["record"]
    assert (record["number"], record["customer"], record["sales_supervisor"]) == (
        "QA-0412-01",
        "天津丰田合成有限公司",
        "孙丽",
    )


def test_an_8d_and_an_allowance_take_the_liaison_letters_number_as_the_complaints(tmp_path):
    eightd = _workbook(tmp_path / "8d.xlsx", {"A1": "8D报告", "A2": "联络书编号", "B2": "SP-QA-0415"})
    allowance = _workbook(
        tmp_path / "allowance.xlsx", {"A1": "销售折让单", "A2": "对应联络书编号", "B2": "EP-QA-0416"}
    )
    assert _read(eightd, "8d")["record"]["complaint_number"] == "SP-QA-0415"
    assert _read(allowance, "allowance")["record"]["complaint_number"] == "EP-QA-0416"


# ---------------------------------------------------------------------------------- D. a currency in a column header
def test_a_unit_column_headed_with_a_currency_is_the_unit_price(tmp_path):
    path = _workbook(
        tmp_path / "rn.xlsx",
        {
            "A1": "RETURN NOTE",
            "A2": "Return No.",
            "B2": "RN-0420",
            "A3": "Date",
            "B3": "2026-04-20",
            "A4": "Customer",
            "B4": "Harbour Audio Ltd.",
            "A6": "Part No.",
            "B6": "Qty",
            "C6": "Unit (NT$)",
            "D6": "Amount (NT$)",
            "A7": "HB-110",
            "B7": 100,
            "C7": "NT$7.50",
            "D7": "NT$750",
        },
    )
    [item] = _read(path, "return")["record"]["items"]
    assert (item["unit"], item["unit_price"], item["amount"]) == (None, "7.50", "750.00")


def test_a_unit_column_without_a_currency_stays_the_unit_of_measure(tmp_path):
    path = _workbook(
        tmp_path / "rn.xlsx",
        {
            "A1": "RETURN NOTE",
            "A2": "Return No.",
            "B2": "RN-0421",
            "A6": "Part No.",
            "B6": "Qty",
            "C6": "Unit",
            "D6": "Unit price",
            "A7": "HB-111",
            "B7": 100,
            "C7": "PCS",
            "D7": 7.5,
        },
    )
    [item] = _read(path, "return")["record"]["items"]
    assert (item["unit"], item["unit_price"]) == ("PCS", "7.50")


def test_a_business_tax_column_with_its_rate_and_currency_is_the_lines_tax(tmp_path):
    path = _workbook(
        tmp_path / "cn.xlsx",
        {
            "A1": "CREDIT NOTE",
            "A2": "Credit note No.",
            "B2": "CN-0422",
            "A3": "Date",
            "B3": "2026-04-22",
            "A4": "Customer",
            "B4": "Harbour Audio Ltd.",
            "A6": "Description",
            "B6": "Credit amount (NT$)",
            "C6": "Business tax 5 % (NT$)",
            "A7": "Bracket",
            "B7": "NT$2,000",
            "C7": "NT$100",
            "A9": "Business tax",
            "B9": "NT$100",
        },
    )
    record = _read(path, "allowance")["record"]
    assert [i["tax"] for i in record["items"]] == ["100.00"]
    assert record["total_tax"] == "100.00"


# ---------------------------------------------------------------------------------- B. lists in one cell
def test_a_steps_list_cut_by_a_page_break_is_read_whole(tmp_path):
    """D5's items 1-3 at the foot of page 1, 4-5 at the head of page 2: every item is the step's
    (fpdf2's own Helvetica: no font to load)."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_auto_page_break(False)
    pdf.set_font("Helvetica", size=10)

    def line(x: float, y: float, text: str) -> None:
        pdf.set_xy(x, y)
        pdf.cell(0, 5, text)

    pdf.add_page()
    line(80, 12, "8D REPORT")
    header = [
        ("8D No.", "8D-0501"),
        ("Complaint No.", "KS-0501"),
        ("Customer", "Wuxi Motors Ltd."),
        ("Part No.", "MR-0501"),
        ("Opened", "2026-05-01"),
    ]
    for y, (label, value) in zip((30, 38, 46, 54, 62), header, strict=True):
        line(15, y, label)
        line(75, y, value)
    line(15, 262, "D5 Corrective action")
    items = [
        "1. Locating pin made of hardened steel",
        "2. Coaxiality checked after pressing",
        "3. Noise test on every motor",
        "4. Operators trained again",
        "5. Work instruction updated",
    ]
    for y, item in zip((262, 267, 272), items[:3], strict=True):
        line(75, y, item)
    pdf.add_page()
    for y, item in zip((15, 20), items[3:], strict=True):
        line(75, y, item)
    line(15, 30, "D6 Verification")
    line(75, 30, "Five lots passed.")
    path = tmp_path / "cut.pdf"
    pdf.output(str(path))
    record = read_doc(path, "8d")["record"]
    assert [a["action"] for a in record["corrective_actions"]] == [item[3:] for item in items]
    assert [i["result"] for i in record["implementation"]] == ["Five lots passed."]


def test_a_lists_last_item_over_its_rows_border_leaves_the_next_rows_values_their_own():
    """A print of rows too low for their ①② (LibreOffice: the ② of 流出原因 and of 恆久對策 each
    overhang their row's bottom border), the next rows' one-line values right under: each row's
    cell holds its own lines — 效果確認's and 水平展開's values were glued under 恆久對策's ②."""
    from kesu_docs.parse.pdf_cells import cells
    from kesu_docs.parse.pdf_text import Word

    ys = [247.25, 269.76, 292.26, 304.11, 315.95]
    labels = [("流出原因", 254.5), ("恆久對策", 277.8), ("效果確認", 294.9), ("水平展開", 306.9)]
    values = [
        ("①外觀檢查無法發現內部裂紋", 250.8, 258.9),
        ("②未實施運轉測試", 263.4, 271.5),
        ("①保壓時間改為 3.5 秒", 273.3, 282.2),
        ("②模具根部R角改為 R0.8", 285.9, 294.8),
        ("連續 3 批運轉測試無異常。", 295.9, 304.7),
        ("同類 4 款模具比照修改。", 307.7, 316.5),
    ]
    words = [Word(text, 1, 54.8, top, 84.0, top + 7.3) for text, top in labels]
    words += [Word(text, 1, 132.2, top, 132.2 + 9.0 * len(text), bottom) for text, top, bottom in values]
    texts = {c.text for c in cells(words, grid_rules([50.0, 130.0, 400.0], ys))}
    assert "①保壓時間改為 3.5 秒\n②模具根部R角改為 R0.8" in texts
    assert {"連續 3 批運轉測試無異常。", "同類 4 款模具比照修改。"} <= texts
