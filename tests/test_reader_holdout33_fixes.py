"""What the thirty-third held-out set showed the reader lacked (issue 10), each rule read on forms
of our own (values and wording not the set's).

- **Dates** in every language the CLDR has that the month tables did not read (Northern Sami
  ``njukčamánnu``, Sardinian ``martzu``, Friulian ``Març``, Upper Sorbian's genitive ``měrca``,
  Esperanto ``marto``), with the words their dates write (Esperanto ``la 5-a de``, Friulian ``di`` …
  ``dal``); a date in figures whose day is closed by a point (``2026.03.05.``).
- **8D steps named by Chinese ordinals** (``第一步`` … ``第八步``, ``步骤3``, ``第四阶段``) read as D1 … D8
  when they run in order; **a step's heading followed by its date in brackets** (``D3 临时措施
  （3/9）：…``) read without the date.

Workbooks built here with openpyxl (and their LibreOffice print); an fpdf2 PDF.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers import assert_counted_complaint, cjk_pdf, field_codes, read_doc, sheet_from_rows, soffice_convert


# ------------------------------------------------------------------------------------ dates
@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("17. guovvamánnu 2026", "2026-02-17"),  # Northern Sami (the CLDR's se)
        ("2. borgemánnu 2026", "2026-08-02"),
        ("9 de freàrgiu 2026", "2026-02-09"),  # Sardinian (sc)
        ("30 de santugaine 2026", "2026-10-30"),
        ("12 di Zenâr dal 2026", "2026-01-12"),  # Friulian (fur): di … dal
        ("3 di Avrîl dal 2026", "2026-04-03"),
        ("14. januara 2026", "2026-01-14"),  # Upper Sorbian's genitive (hsb)
        ("la 1-a de majo 2026", "2026-05-01"),  # Esperanto's ordinal day (eo)
        ("la 28-a de februaro 2026", "2026-02-28"),
        ("2026.09.14.", "2026-09-14"),  # the day closed by a point
        ("2026.3.5.", "2026-03-05"),
    ],
)
def test_dates_in_every_cldr_language_and_a_closed_day(text: str, date: str) -> None:
    from kesu_docs.values import _as_date

    assert str(_as_date(text)) == date


@pytest.mark.parametrize(
    "text", ["la 5 de 2026", "2026.03.", "2026.03.05..", "5 dal 2026", "la 5-a de Xyzzy 2026"]
)
def test_no_date_from_the_words_or_points_alone(text: str) -> None:
    from kesu_docs.values import _as_date

    assert _as_date(text) is None


def test_a_word_the_first_tables_read_keeps_their_month() -> None:
    """The other languages fill gaps only: ``marzo`` stays March, ``listopad`` November (said)."""
    from kesu_docs.month_names import disputed, month_of

    assert month_of("marzo") == 3
    assert month_of("listopad") == 11 and disputed("listopad")
    assert month_of("njukčamánnu") == 3 and not disputed("njukčamánnu")


ABOUT = ("CC-26-3301", "Fabbrica di Udine", "UD-PMP-4410", "Pump housing cracked at the flange.")


@pytest.mark.parametrize("form", ["xlsx", "pdf"])
@pytest.mark.parametrize(
    ("received", "date"),
    [
        ("la 7-a de aprilo 2026", "2026-04-07"),
        ("8 di Fevrâr dal 2026", "2026-02-08"),
        ("2026.04.07.", "2026-04-07"),
    ],
)
def test_a_complaint_dated_so(tmp_path: Path, form: str, received: str, date: str) -> None:
    assert_counted_complaint(tmp_path, form, (received, "1,500", "30"), (date, [1500, 30]), ABOUT)


# ------------------------------------------------------------------ 8D steps by Chinese ordinals
_STEPS = [
    ("成立小组", "韩雪、邵军、龚伟"),
    ("问题描述", "支架焊缝开裂，150 件无法装配。"),
    ("临时措施", "在库 2,600 件全检焊缝。"),
    ("根本原因（发生）", "焊接电流设定偏低。"),
    ("根本原因（流出）", "终检未做拉力抽检。"),
    ("永久对策", "电流参数锁定并每班点检。"),
    ("效果验证", "连续 3 批 1,800 件焊缝合格。"),
    ("预防再发", "同类 4 台焊机纳入点检表。"),
]
_ORDINALS = ["第一步", "第二步", "第三步", "第四步", "第四步", "第五步", "第六步", "第七步"]


def _ordinal_8d(numbers: list[str], mark: str) -> list[list[Any]]:
    rows: list[list[Any]] = [
        ["8D 报告"],
        ["报告编号", "8D-HF-2605-021", "立案日期", "2026-05-06"],
        ["客户", "合肥江淮汽车有限公司", "客诉单号", "JH-QA-260502"],
        ["零件号", "HF-BRK-5521", "投诉数量", 150],
    ]
    for number, (name, text) in zip(numbers, _STEPS):
        rows += [[number + mark + name], [text]]
    return [*rows, ["第八步" + mark + "结案"], ["结案日期", "2026-06-01", "批准", "程国华"]]


def _assert_steps(record: dict[str, Any]) -> None:
    assert [m["name"] for m in record["team"] or []] == ["韩雪", "邵军", "龚伟"]
    assert record["containment"][0]["action"] == "在库 2,600 件全检焊缝。"
    causes = {c["type"]: c["cause"] for c in record["root_cause"] or []}
    assert causes == {"occurrence": "焊接电流设定偏低。", "escape": "终检未做拉力抽检。"}
    assert record["corrective_actions"][0]["action"] == "电流参数锁定并每班点检。"


@pytest.mark.parametrize("mark", [" ", "：", "、"])
def test_8d_steps_named_by_chinese_ordinals(tmp_path: Path, mark: str) -> None:
    book = sheet_from_rows(tmp_path, _ordinal_8d(_ORDINALS, mark), "ordinal.xlsx", width=20)
    _assert_steps(read_doc(book, "8d")["record"] or {})


def test_8d_steps_named_by_chinese_ordinals_on_the_print(tmp_path: Path) -> None:
    book = sheet_from_rows(tmp_path, _ordinal_8d(_ORDINALS, " "), "ordinal.xlsx", width=20)
    _assert_steps(read_doc(soffice_convert(book, "pdf", tmp_path / "pdf"), "8d")["record"] or {})


def test_ordinals_out_of_order_or_too_few_are_no_steps() -> None:
    from kesu_docs.parse.boxes import Box
    from kesu_docs.parse.steps import ordinal_steps

    def boxes(numbers: list[str]) -> list[Box]:
        return [
            Box(f"{n} 部分", f"{n} 部分", 0, 10 * k, 100, 10 * k + 8, f"A{k}") for k, n in enumerate(numbers)
        ]

    steps = boxes(["步骤1", "步骤2", "步骤3", "步骤4", "步骤5", "步骤6", "第七阶段", "第八阶段"])
    assert [b.text[0] for b in ordinal_steps(steps)] == ["Ⅰ", "Ⅱ", "Ⅲ", "Ⅳ", "Ⅴ", "Ⅵ", "Ⅶ", "Ⅷ"]
    for numbers in (
        ["第一步", "第二步", "第三步", "第四步"],  # a procedure's four steps
        ["第一步", "第三步", "第二步", "第四步", "第五步", "第六步"],
        ["第二步", "第三步", "第四步", "第五步", "第六步", "第七步"],
    ):
        assert [b.text for b in ordinal_steps(boxes(numbers))] == [f"{n} 部分" for n in numbers]


# ------------------------------------------------------------- a step's date after its heading
def _dated_8d(tmp_path: Path, dated: bool) -> Path:
    pdf = cjk_pdf()
    pdf.add_page()
    pdf.set_font("cjk", size=14)
    pdf.cell(0, 10, "8D 報告", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("cjk", size=10)
    for caption, value in (
        ("報告編號：", "8D-TC-2605-007"),
        ("立案日期：", "2026/05/04"),
        ("客戶：", "台中精機股份有限公司"),
    ):
        pdf.cell(30, 8, caption)
        pdf.cell(0, 8, value, new_x="LMARGIN", new_y="NEXT")
    days = ["5/4", "5/4", "5/6", "5/11", "5/11", "5/18", "6/2", "6/5"]
    heads = [
        "D1 小組成員",
        "D2 問題描述",
        "D3 臨時措施",
        "D4 根本原因（發生）",
        "D4 根本原因（流出）",
        "D5 永久對策",
        "D6 效果驗證",
        "D7 預防再發",
    ]
    for head, day, (_name, text) in zip(heads, days, _STEPS):
        label = f"{head}（{day}）" if dated else head
        pdf.cell(0, 9, f"{label}：{text}", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(30, 8, "D8 結案日期：")
    pdf.cell(0, 8, "2026/06/09", new_x="LMARGIN", new_y="NEXT")
    path = tmp_path / ("dated.pdf" if dated else "plain.pdf")
    pdf.output(str(path))
    return path


@pytest.mark.parametrize("dated", [True, False])
def test_a_steps_date_in_brackets_after_its_heading_is_no_part_of_it(tmp_path: Path, dated: bool) -> None:
    record = read_doc(_dated_8d(tmp_path, dated), "8d")["record"] or {}
    _assert_steps(record)
    assert "5/6" not in record["containment"][0]["action"]


def test_one_heading_with_a_bracket_is_left_as_printed() -> None:
    from kesu_docs.parse.boxes import Box
    from kesu_docs.parse.steps import dated_steps

    texts = ["D1 小組成員（3/6）", "D2 問題描述", "D3 臨時措施"]
    boxes = [Box(t, t, 0, 10 * k, 100, 10 * k + 8, f"A{k}") for k, t in enumerate(texts)]
    assert [b.text for b in dated_steps(boxes)] == texts
    texts = ["D1 小組成員（3/6）", "D2 問題描述（3/6）：裂紋", "D3 臨時措施（3/8）", "備註（3/9）"]
    boxes = [Box(t, t, 0, 10 * k, 100, 10 * k + 8, f"A{k}") for k, t in enumerate(texts)]
    assert [b.text for b in dated_steps(boxes)] == [
        "D1 小組成員",
        "D2 問題描述：裂紋",
        "D3 臨時措施",
        "備註（3/9）",
    ]


# --------------------------------------------------------------- a count with a word after it
@pytest.mark.parametrize("form", ["xlsx", "pdf"])
@pytest.mark.parametrize(
    ("delivered", "defective", "counts"),
    [
        ("2 400 zorbi", "36 zorbi", [2400, 36]),  # (a word of our own for pieces)
        ("4.800 kusow", "52 kusow", [4800, 52]),  # (a point before three digits: thousands, said)
    ],
)
def test_a_count_with_a_word_no_unit_is_read_and_said(
    tmp_path: Path, form: str, delivered: str, defective: str, counts: list[int]
) -> None:
    doc = assert_counted_complaint(
        tmp_path, form, ("2026-05-04", delivered, defective), ("2026-05-04", counts), ABOUT
    )
    assert "qty_word_unknown" in field_codes(doc, "defect_qty")
    assert "qty_word_unknown" in field_codes(doc, "ship_qty")


@pytest.mark.parametrize(
    "text",
    ["12 boxes", "12 cartons", "5 lb", "300 EUR", "40 kg", "12 dozen and", "1,2 pecoj", "pecoj 12", "12 pcs"],
)
def test_no_count_of_a_word_that_is_a_unit_or_no_figure_and_word(text: str) -> None:
    from kesu_docs.forms import get
    from kesu_docs.parse.guards import meta_at
    from kesu_docs.parse.typed import count_in_a_word

    assert count_in_a_word(meta_at(get("complaint"), "defect_qty"), text) is None


def test_a_count_and_a_word_in_a_field_of_no_count_is_left() -> None:
    from kesu_docs.forms import get
    from kesu_docs.parse.guards import meta_at
    from kesu_docs.parse.typed import count_in_a_word

    assert count_in_a_word(meta_at(get("complaint"), "customer"), "12 pecoj") is None
    assert count_in_a_word(meta_at(get("complaint"), "defect_qty"), "1 200 pecoj") == ("1200", "pecoj", 1200)


# ------------------------------------------------------------------------ labels new to the reader
def test_a_returns_disposal_and_its_approved_count_shortened(tmp_path: Path) -> None:
    """``处置方式`` (how the goods are disposed of) is the return's handling; ``核退數量`` (核准退貨,
    shortened) its approved count."""
    rows: list[list[Any]] = [
        ["退貨單"],
        ["退貨單號", "RT-HS-2605-018", "退貨日期", "2026/05/12"],
        ["客戶", "新竹精密股份有限公司", "客訴單號", "HS-QA-260508"],
        ["料號", "品名", "核退數量", "退回數量", "單價", "金額"],
        ["HS-PIN-501", "定位銷", 640, 630, 2.5, 1575],
        ["處置方式", "報廢"],
    ]
    record = read_doc(sheet_from_rows(tmp_path, rows, "rt.xlsx", width=16), "return")["record"] or {}
    assert record["items"][0]["qty_approved"] == 640
    assert record["items"][0]["qty_returned"] == 630
    assert record["handling"] == ["scrap"]


# ------------------------------------------------------------------------- values typed in white
def _white_complaint(tmp_path: Path, white: bool) -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill

    wb = Workbook()
    ws = wb.active
    ws.title = "投诉"
    for r, (label, value) in enumerate(
        [
            ("客诉编号", "CC-26-5501"),
            ("客户名称", "无锡华光电子有限公司"),
            ("料号", "WX-CAP-2201"),
            ("不良数量", 75),
        ],
        1,
    ):
        ws.cell(r, 1, label)
        cell = ws.cell(r, 2, value)
        if white:
            cell.font = Font(color="FFFFFFFF")
            cell.fill = PatternFill("solid", fgColor="FFFFFFFF")
    ws.column_dimensions["A"].width = ws.column_dimensions["B"].width = 24
    path = tmp_path / "white.xlsx"
    wb.save(path)
    return path


def test_values_typed_in_white_are_said_never_a_blank_form(tmp_path: Path) -> None:
    """Before: ``empty_form`` ("a blank form?"); the cells hold four values the sheet does not show."""
    doc = read_doc(_white_complaint(tmp_path, True), "complaint")
    assert doc["record"] is None
    [error] = doc["errors"]
    assert error["code"] == "values_unshown"
    assert "B1" in error["message"] and "B4" in error["message"] and "4" in error["message"]
    zh = read_doc(_white_complaint(tmp_path, True), "complaint", lang="zh")["errors"][0]["message"]
    assert "白色" in zh and "B1" in zh


def test_a_form_shown_is_read_as_ever(tmp_path: Path) -> None:
    record = read_doc(_white_complaint(tmp_path, False), "complaint")["record"] or {}
    assert record["customer"] == "无锡华光电子有限公司" and record["defect_qty"] == 75
