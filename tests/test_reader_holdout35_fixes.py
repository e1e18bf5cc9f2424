"""What the thirty-fifth held-out set showed the reader lacked (issue 10), each rule read on forms
of our own (values and wording not the set's).

- **A month word with an apostrophe between its letters** (the CLDR's Kalenjin ``Ng’eiyeet``,
  Dholuo ``Dwe mar Ang’wen``: typed ``'``, ``’`` or ``ʼ``) is one month word, alone or as the last
  of several words; an apostrophe after the word's last letter is none of it.
- **A count followed by a reference mark** (``※``, ``§``, ``‡``: a footnote's call) reads the count,
  the mark said (``value_with_footnote``).
- **A step's progress and status at the right of its line** (``完成率 100%``, ``現況 已結案``: a
  short label with a percentage, with its colon, or after such a note a short label and a word)
  end the step's text: no row of the step's table, no part of its cause.
- **A bare step number** (``D4`` apart from its caption ``真因分析：``) is named by its caption, so two
  D4 captions, one naming an option, give two causes (the other's option a guess, shown).

Workbooks built here with openpyxl; an fpdf2 PDF.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers import cjk_pdf, field_codes, read_doc, sheet_from_rows


def _complaint(received: Any = "2026-05-12", defects: Any = 36) -> list[list[Any]]:
    return [
        ["客户投诉单"],
        ["投诉单号", "TS-WX-2606-021", "接收日期", received],
        ["客户名称", "无锡华润微电子有限公司", "订单号", "HR-PO-2606-118"],
        ["料号", "WX-SNS-4410"],
        ["不良数量", defects, "交货数量", 5000],
        ["不良描述", "外壳卡扣开裂。"],
    ]


# ------------------------------------------------------------ dates: an apostrophe in the month
@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("14 Ng'eiyeet 2026", "2026-07-14"),  # Kalenjin July, typed with '
        ("14 Ng’eiyeet 2026", "2026-07-14"),  # … with ’ (the CLDR's own)
        ("3 Kipsuunde nebo aengʼ 2026", "2026-12-03"),  # Kalenjin December: three words, ʼ last but one
        ("9 Dwe mar Ang'wen 2026", "2026-04-09"),  # Dholuo April: the apostrophe in its last word
    ],
)
def test_a_month_word_with_an_apostrophe_inside(text: str, date: str) -> None:
    from kesu_docs.values import _as_date, date_in_doubt

    assert str(_as_date(text)) == date
    assert date_in_doubt(text) is None


@pytest.mark.parametrize("text", ["5 Mar' 2026", "5 O'Brien 2026", "5 Ng'' 2026"])
def test_no_month_from_an_apostrophe_word_no_language_has(text: str) -> None:
    from kesu_docs.values import _as_date

    assert _as_date(text) is None


def test_an_apostrophe_month_on_a_workbook(tmp_path: Path) -> None:
    book = sheet_from_rows(tmp_path, _complaint(received="14 Ng’eiyeet 2026"), "kln.xlsx", width=18)
    doc = read_doc(book, "complaint")
    assert doc["record"]["received_date"] == "2026-07-14"
    assert not field_codes(doc, "received_date")


# ------------------------------------------------------------------ a count with a reference mark
@pytest.mark.parametrize("typed", ["72※", "72 ※", "72§", "72‡", "72¹"])
def test_a_count_with_a_reference_mark_reads_the_count(tmp_path: Path, typed: str) -> None:
    book = sheet_from_rows(tmp_path, _complaint(defects=typed), "mark.xlsx", width=18)
    doc = read_doc(book, "complaint")
    assert doc["record"]["defect_qty"] == 72
    assert "value_with_footnote" in field_codes(doc, "defect_qty")


def test_a_mark_before_the_count_or_alone_is_no_footnote() -> None:
    from kesu_docs import forms
    from kesu_docs.parse.typed import footnote_marked

    meta = forms.get("complaint").fields["defect_qty"]
    assert footnote_marked(meta, "※72") is None
    assert footnote_marked(meta, "※") is None
    assert footnote_marked(meta, "72※※※") is None  # (three marks: no call of one note)


# ----------------------------------------------------- an 8D step's progress and status at its right
def _progress_8d(folder: Path) -> Path:
    """An fpdf2 8D whose steps each carry a tracker's ``完成率 NN%`` and ``現況 …`` at the right."""
    pdf = cjk_pdf()
    pdf.add_page()
    pdf.set_font("cjk", size=14)
    pdf.cell(0, 10, "8D 報告", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("cjk", size=10)
    for caption, value in (
        ("報告編號：", "8D-TY-2607-031"),
        ("立案日期：", "2026/07/02"),
        ("客戶：", "友達光電股份有限公司"),
        ("料號：", "TY-HSG-5521"),
    ):
        pdf.cell(30, 9, caption)
        pdf.cell(0, 9, value, new_x="LMARGIN", new_y="NEXT")
    for caption, value, done, state in (
        ("D3 暫時對策：", "庫存 1,800 PCS 全檢毛邊。", "100%", "已結案"),
        ("D4 真因分析：", "模具刃口磨耗未更換。", "100%", "已結案"),
        ("D4 流出原因：", "出貨檢驗未抽驗毛邊高度。", "100%", "已結案"),
        ("D5 永久對策：", "修模並增設毛邊量測。", "60%", "執行中"),
    ):
        pdf.cell(32, 9, caption)
        pdf.cell(90, 9, value)
        pdf.set_font("cjk", size=8)
        pdf.cell(22, 9, f"完成率 {done}")
        pdf.cell(0, 9, f"現況 {state}", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("cjk", size=10)
    path = folder / "progress.pdf"
    pdf.output(str(path))
    return path


@pytest.fixture(scope="module")
def progress_doc(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return read_doc(_progress_8d(tmp_path_factory.mktemp("progress")), "8d")


def test_a_steps_progress_and_status_are_no_rows_of_its_table(progress_doc: dict[str, Any]) -> None:
    record = progress_doc["record"]
    assert [r["action"] for r in record["containment"]] == ["庫存 1,800 PCS 全檢毛邊。"]
    assert [r["action"] for r in record["corrective_actions"]] == ["修模並增設毛邊量測。"]


def test_a_steps_progress_and_status_are_no_part_of_its_text(progress_doc: dict[str, Any]) -> None:
    causes = [(c["type"], c["cause"]) for c in progress_doc["record"]["root_cause"]]
    assert ("escape", "出貨檢驗未抽驗毛邊高度。") in causes


def test_a_bare_step_number_is_named_by_its_caption(progress_doc: dict[str, Any]) -> None:
    """``D4 真因分析：`` / ``D4 流出原因：`` read as a bare ``D4`` and its caption each: the caption
    naming no option takes the one left (occurrence), a guess shown for checking."""
    causes = [(c["type"], c["cause"]) for c in progress_doc["record"]["root_cause"]]
    assert causes == [("occurrence", "模具刃口磨耗未更換。"), ("escape", "出貨檢驗未抽驗毛邊高度。")]
    assert "low_confidence" in field_codes(progress_doc, "root_cause[0].type")


@pytest.mark.parametrize(
    ("texts", "kept"),
    [
        (["端子變形。", "進度 100%", "狀態 已完成"], 1),
        (["Burr on edge", "Status: open"], 1),
        (["Burr on edge", "Progress 80 %", "State done"], 1),
        (["Burr on edge", "State done"], 2),  # (a short pair alone, no note before it: kept)
        (["全檢毛邊", "數量 3,000"], 2),  # (a count is no note's value)
    ],
)
def test_a_text_ends_at_a_side_note_on_its_line(texts: list[str], kept: int) -> None:
    from kesu_docs.parse.boxes import Box, until_side_notes

    boxes = [Box(t, t, 100.0 * i, 10.0, 100.0 * i + 90, 20.0, f"p1#{i}") for i, t in enumerate(texts)]
    assert len(until_side_notes(boxes)) == kept
