"""What the forty-first held-out set showed the reader lacked (issue 10), each rule read on forms
of our own (values and wording not the set's).

- **A watermark tiled over a PDF page** (text set aslant, faint or repeated at one angle) is no
  text of the form: dropped before reading, by both extractors.
- **A customer request in words**: two options joined in one phrase (``退货及补货``), an option led
  by one of its Latin words (``Credit for …``).
- **A return note's ``Return date``** is its issue date (退货日期 in English).
- **A team's block ends at another field's caption**: the 發生原因 / 流出原因 lines after 問題描述
  and 暫時對策 are root causes, no team rows.
- **品保主管 signs an 8D closed** (closure.approved_by).
- **A sheet's print titles repeated at the top of page 2** start no new form.

Workbooks built here with openpyxl, PDFs drawn with fpdf2.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers import cjk_pdf, read_doc, sheet_from_rows

WIDTH = 20


# ------------------------------------------------------------------ a watermark tiled over a page
def _watermarked(tmp_path: Path, grey: int, opacity: float, times: int) -> Path:
    pdf = cjk_pdf()
    pdf.add_page()
    pdf.set_font("cjk", size=14)
    pdf.cell(0, 10, "客户投诉单", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("cjk", size=10)
    for caption, value in (
        ("投诉编号：", "TS-HZ-2607-014"),
        ("接收日期：", "2026-07-09"),
        ("客户名称：", "杭州海康威视数字技术股份有限公司"),
        ("订单编号：", "HK-PO-55120"),
        ("料号：", "HZ-BRK-2210"),
        ("不良数量：", "48"),
        ("登记人：", "陶嘉怡"),
        ("销售经理：", "韦振国"),
    ):
        pdf.cell(30, 9, caption)
        pdf.cell(0, 9, value, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(grey, grey, grey)
    pdf.set_font("cjk", size=12)
    with pdf.local_context(fill_opacity=opacity):
        for k in range(times):  # down the page, each starting on a value's line
            y = 26 + 9 * (2 * k + 1)
            with pdf.rotation(30, x=70, y=y):
                pdf.text(70, y, "仅供内部使用")
    path = tmp_path / f"wm-{grey}-{times}.pdf"
    pdf.output(str(path))
    return path


@pytest.fixture(scope="module")
def faint_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # twice only: faint ink decides (repeated text at one angle: test_a_column_header_…)
    return _watermarked(tmp_path_factory.mktemp("wm"), 120, 0.35, 2)


def _words(path: Path) -> list[str]:
    import pypdfium2 as pdfium

    from kesu_docs.parse.pdf_text import pdfium_words

    words, _rules = pdfium_words(pdfium.PdfDocument(str(path)))
    return [w.text for w in words]


def test_a_tiled_watermark_is_no_text_of_the_form(faint_page: Path) -> None:
    path = faint_page
    assert not [w for w in _words(path) if "供内" in w or "使用" in w]
    record = read_doc(path, "complaint")["record"]
    assert (record["order_no"], record["reporter"], record["sales_supervisor"]) == (
        "HK-PO-55120",
        "陶嘉怡",
        "韦振国",
    )


def test_pdfplumber_drops_the_watermark_too() -> None:
    from kesu_docs.parse.pdf_text import _plumber_watermark

    def char(text: str, x: float, y: float, grey: float) -> dict[str, Any]:
        return {
            "text": text,
            "x0": x,
            "x1": x + 10,
            "top": y,
            "bottom": y + 10,
            "size": 10,
            "non_stroking_color": (grey,),
        }

    tiles = [
        char(c, 100 + 9 * k, 300 - 5 * k + 120 * t, 0.3) for t in range(3) for k, c in enumerate("仅供内部")
    ]
    name = [char(c, 60 + 10 * k, 200, 0.0) for k, c in enumerate("韦振国")]
    chars = [*name, *tiles]
    angles = [0.0] * len(name) + [0.52] * len(tiles)
    assert _plumber_watermark(chars, angles) == set(range(len(name), len(chars)))
    assert _plumber_watermark(chars[: len(name) + 4], angles[: len(name) + 4]) == set()  # once, in ink


def test_a_column_header_turned_once_in_ink_is_kept() -> None:
    from kesu_docs.parse.pdf_text import watermark_runs

    aslant = 0.785  # 45°: a header turned to fit its narrow column
    ink = {0: ((0, 0, 0), 255), 1: ((0, 0, 0), 255), 2: ((120, 120, 120), 89)}
    assert watermark_runs(["数量", "单价", "内部"], [aslant, aslant, aslant], ink.get) == {2}
    repeated = ["样本", "样本", "样本", "数量"]
    assert watermark_runs(repeated, [aslant] * 4, lambda n: ((0, 0, 0), 255)) == {0, 1, 2}
    assert watermark_runs(repeated, [0.0] * 4, lambda n: ((200, 200, 200), 255)) == set()  # upright


# ------------------------------------------------------------------ a customer request in words
def _complaint(request_caption: str, request: str, title: str) -> list[list[Any]]:
    return [
        [title],
        ["投诉编号", "TS-WX-2607-031", "接收日期", "2026-07-14"],
        ["客户名称", "无锡威孚高科技集团股份有限公司", "订单编号", "WF-PO-66120"],
        ["料号", "WX-NZL-3301", "不良数量", 75],
        ["问题描述", "喷嘴孔径超差，雾化不良。"],
        [request_caption, request],
    ]


@pytest.mark.parametrize(
    ("caption", "typed", "options"),
    [
        ("客户要求", "退货及补货", ["return", "resupply"]),
        ("客户要求", "换货并赔款", ["replacement", "compensation"]),
        ("Customer request", "Credit against the rejected lot", ["allowance"]),
    ],
)
def test_a_request_in_words(tmp_path: Path, caption: str, typed: str, options: list[str]) -> None:
    rows = _complaint(caption, typed, "客户投诉处理单")
    record = read_doc(sheet_from_rows(tmp_path, rows, width=WIDTH), "complaint")["record"]
    assert record["customer_request"] == options


# ------------------------------------------------------------------ a return note's Return date
def test_a_return_date_is_the_notes_issue_date(tmp_path: Path) -> None:
    rows: list[list[Any]] = [
        ["Ret. No.", "RT-55-0093", "Return date", "2026-06-22"],
        ["Customer", "Brightwater Pumps Ltd.", "Complaint ref.", "BW-QC-0618"],
        ["Item code", "Description", "Qty authorised", "Qty received", "Unit price", "Amount"],
        ["BW-IMP-110", "Impeller", 400, 400, 1.25, 500],
        ["Reason", "Vanes chipped."],
        ["Disposition", "Replace"],
    ]
    doc = read_doc(sheet_from_rows(tmp_path, rows, width=WIDTH))
    assert doc["kind"] == "return"
    assert doc["record"]["issue_date"] == "2026-06-22"


# ------------------------------------------------------------------ an 8D's team, causes and sign-off
@pytest.fixture(scope="module")
def signed_8d(tmp_path_factory: pytest.TempPathFactory) -> dict:
    rows: list[list[Any]] = [
        ["矯正預防措施報告（8D）"],
        ["報告編號", "CAR-KS-2607-011", "記錄編號", "R-031-0702"],
        ["開立日期", "2026-07-02", "客戶", "光寶科技股份有限公司"],
        ["客訴單號", "LT-QA-260629", "料號", "KS-PSU-4410"],
        ["不良數", 210],
        ["小組成員", "蔡宗翰、游雅琪、彭冠宇"],
        ["問題描述", "電源輸出紋波超標。"],
        ["暫時對策", "庫存 1,800 PCS 全數測試。"],
        ["發生原因", "濾波電容容值偏低。"],
        ["流出原因", "紋波測試未列入出貨檢驗。"],
        ["永久對策", "更換電容供應商並加嚴進料檢驗。"],
        ["效果確認", "連續 4 批紋波合格。"],
        ["預防再發", "同平台機種比照更換。"],
        ["結案日期", "2026-07-28"],
        ["品保主管", "游雅琪", "日期", "2026/07/29"],
        ["製造主管", "彭冠宇", "日期", "2026/07/29"],
    ]
    return read_doc(sheet_from_rows(tmp_path_factory.mktemp("8d"), rows, width=WIDTH), "8d")


def test_causes_after_other_captions_are_no_team_rows(signed_8d: dict) -> None:
    record = signed_8d["record"]
    assert [m["name"] for m in record["team"]] == ["蔡宗翰", "游雅琪", "彭冠宇"]
    causes = {c["type"]: c["cause"] for c in record["root_cause"]}
    assert causes == {"occurrence": "濾波電容容值偏低。", "escape": "紋波測試未列入出貨檢驗。"}


def test_the_quality_head_signs_the_8d_closed(signed_8d: dict) -> None:
    assert signed_8d["record"]["closure"]["approved_by"] == "游雅琪"


# ------------------------------------------------------------------ print titles on page 2
_HEADER = (("8D REPORT", 60), ("Doc. No. QF-8D-07 Rev. B", 110), ("Issue date 2025-02-01", 160))


def _print_titled(tmp_path: Path) -> Path:
    pdf = cjk_pdf()
    pdf.set_auto_page_break(False)

    def header() -> None:
        pdf.set_font("cjk", size=10)
        for text, x in _HEADER:
            pdf.text(x, 15, text)
        pdf.set_y(22)

    def line(caption: str, value: str) -> None:
        pdf.cell(55, 12, caption)
        pdf.cell(0, 12, value, new_x="LMARGIN", new_y="NEXT")

    pdf.add_page()
    header()
    line("Report No.", "8D-KT-26-044")
    line("Opened", "2026-05-04")
    line("Customer", "Northfield Tractor Works")
    line("Customer ref.", "NTW-QN-0502")
    line("Part No.", "KT-AXL-5120")
    line("Qty complained", "64")
    line("D1 Team", "Paul Byrne, Li Na, Omar Haddad")
    line("D2 Problem description", "Axle spline twisted at assembly.")
    line("D3 Interim containment", "Sorted 900 pcs in stock.")
    line("D4 Root cause", "Induction hardening depth too shallow.")
    line("D4 Escape cause", "Hardness checked on one part per lot.")
    pdf.add_page()
    header()
    line("D5 Permanent corrective action", "Coil power raised and depth charted.")
    line("D6 Validation", "Five lots depth within limits.")
    line("D7 Prevent recurrence", "Depth charts on every hardening cell.")
    line("D8 Closed on", "2026-06-12")
    line("Approved by", "Grace Olsen")
    path = tmp_path / "printtitles.pdf"
    pdf.output(str(path))
    return path


def test_print_titles_on_page_two_start_no_new_form(tmp_path: Path) -> None:
    record = read_doc(_print_titled(tmp_path), "8d")["record"]  # one form: [result] in read_doc
    assert record["number"] == "8D-KT-26-044"
    assert record["corrective_actions"][0]["action"] == "Coil power raised and depth charted."
    assert (record["closure"]["closed_date"], record["closure"]["approved_by"]) == (
        "2026-06-12",
        "Grace Olsen",
    )


def test_a_second_copy_is_no_print_title() -> None:
    from kesu_docs.parse.pdf import print_titles
    from kesu_docs.parse.pdf_text import Word

    def page(number: str, top: float) -> list[Word]:
        return [
            Word("8D REPORT", 1, 60, top, 100, top + 10),
            Word("Report No.", 1, 20, top + 20, 60, top + 30),
            Word(number, 1, 80, top + 20, 140, top + 30),
        ]

    first, again, other = page("8D-1", 10), page("8D-1", 850), page("8D-2", 850)
    assert print_titles(first, again) == {id(w) for w in again}  # (a page repeated whole)
    assert print_titles(first, other) == {id(other[0])}  # the title only: another copy's number


# ------------------------------------------------------------------ a form naming two kinds
def test_a_control_block_naming_another_form_is_said(tmp_path: Path) -> None:
    rows = _complaint("客户要求", "退货", "客户投诉处理单")
    rows[1:1] = [["表单名称", "销货折让证明单", "文件编号", "QR-FN-011"]]
    doc = read_doc(sheet_from_rows(tmp_path, rows, width=WIDTH))
    assert doc["kind"] == "complaint"
    [said] = [w for w in doc["warnings"] if w["code"] == "two_forms_named"]
    assert "销货折让证明单" in said["message"]


def test_a_form_name_naming_the_form_read_says_nothing() -> None:
    from kesu_docs.parse.kinds import other_form_named

    assert other_form_named(["客户投诉处理单", "表單名稱", "客訴處理單"], "complaint") is None
    assert other_form_named(["Form name: Return Note", "Customer"], "complaint") == "Return Note"
    assert other_form_named(["客户名称", "退货单"], "complaint") is None  # no form-name label
