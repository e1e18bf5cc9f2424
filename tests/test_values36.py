"""A currency sign's one description, and two 8D lines the reader got wrong (issue 10: never a
silent misread), each rule read on forms of our own (values and wording not a held-out set's).

- **A sign alone heads the amount's column by one rule** (:func:`kesu_docs.parse.vocab.sign_alone`:
  Unicode's class of currency symbols, after a country's capitals): ``₦``, ``₴``, ``₪``, ``R$``,
  ``S$`` as ``¥`` or ``€`` do — no hand list of signs beside the rule — while a figure after its
  sign (``US$ (1,250.00)``) is still no header.
- **A step's heading, its text and a tracker's note as three boxes of one line**
  (``D4 真因分析： | … | 進度 100%``): the text between is the step's, on a PDF and a workbook.
- **A status note alone at a step's line's end** (``狀態 已完成``, no percentage before it) is no
  row of the step's table and no part of its text.

Workbooks built here with openpyxl; PDFs with fpdf2.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers import cjk_pdf, field_codes, read_doc, sheet_from_rows


# ------------------------------------------------------------ a column headed by a sign alone
def _allowance(sign: str) -> list[list[Any]]:
    return [
        ["销售折让单"],
        ["折让单号", "ZR-SZ-2607-044", "开具日期", "2026-07-15"],
        ["购买方", "苏州工业园区精研电子有限公司", "客诉编号", "JY-QA-260709"],
        ["货物名称", "数量", "单价", sign, "税额"],
        ["端子", 3000, 1.2, 3600, 468],
        ["护套", 1500, 0.4, 600, 78],
        ["合计", None, None, 4200, 546],
    ]


@pytest.mark.parametrize("sign", ["₦", "₴", "₪", "R$", "S$"])
def test_a_sign_no_list_names_heads_the_amount(tmp_path: Path, sign: str) -> None:
    doc = read_doc(sheet_from_rows(tmp_path, _allowance(sign), "sign.xlsx", width=16), "allowance")
    assert [i["allowance_amount"] for i in doc["record"]["items"]] == ["3600.00", "600.00"]


def test_the_amount_is_named_by_the_sign_rule_alone() -> None:
    """The amount's column keeps one key for every sign (the rule's), none for a sign by name; a
    figure after its sign, a price's header with its sign, no sign at all are not it."""
    from kesu_docs import forms
    from kesu_docs.parse.vocab import columns_vocabulary, norm, sign_alone

    row = forms.get("allowance").fields["items"].row_model
    labels = forms.describe(row)["allowance_amount"].labels
    assert [t for t in labels if sign_alone(t)] == ["¤"]  # (U+00A4: a currency's sign, any)
    vocab = columns_vocabulary(row)
    for sign in ("₦", "₪", "R$", "NT$", "￥", " € "):
        hit = vocab.match(sign)
        assert hit is not None and hit[0] == "allowance_amount" and hit[1] >= 0.85, sign
    for text in ("US$ (1,250.00)", "US$ 0.25", "单价 ¥", "$$", "ABCD$", "%"):
        assert all(c[0] != "allowance_amount" or c[2] != norm("¤") for c in vocab.candidates(text)), text


# --------------------------------------------- a step's heading, text and tracker's note on one line
def _step_line_pdf(folder: Path, lines: list[tuple[str, str, str]]) -> Path:
    """An fpdf2 8D: its header, then each step as three boxes of one line (heading, text, note)."""
    pdf = cjk_pdf()
    pdf.add_page()
    pdf.set_font("cjk", size=14)
    pdf.cell(0, 10, "8D 報告", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("cjk", size=10)
    for caption, value in (
        ("報告編號：", "8D-HC-2607-052"),
        ("立案日期：", "2026/07/09"),
        ("客戶：", "華碩電腦股份有限公司"),
        ("料號：", "HC-CNR-2208"),
    ):
        pdf.cell(30, 9, caption)
        pdf.cell(0, 9, value, new_x="LMARGIN", new_y="NEXT")
    for caption, value, note in lines:
        pdf.cell(32, 9, caption)
        pdf.cell(100, 9, value)
        pdf.set_font("cjk", size=8)
        pdf.cell(0, 9, note, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("cjk", size=10)
    path = folder / "steps.pdf"
    pdf.output(str(path))
    return path


def _step_line_book(folder: Path, lines: list[tuple[str, str, str]]) -> Path:
    rows: list[list[Any]] = [
        ["8D 報告"],
        ["報告編號", "8D-HC-2607-052", "立案日期", "2026-07-09"],
        ["客戶", "華碩電腦股份有限公司", "料號", "HC-CNR-2208"],
        *[list(line) for line in lines],
    ]
    return sheet_from_rows(folder, rows, "steps.xlsx", width=24)


_CAUSE = ("D4 真因分析：", "沖壓模具導柱磨耗，端子高度偏低。", "進度 100%")
# a status note alone at a step's line's end (no percentage before it)
_LINES = [
    ("D3 暫時對策：", "庫存 2,000 PCS 全數重工。", "狀態 已完成"),
    _CAUSE,
    ("D5 永久對策：", "更換導柱並加裝高度檢知。", "狀態 進行中"),
]


@pytest.fixture(scope="module", params=["pdf", "xlsx"])
def steps_doc(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The three step lines, each its heading, text and note, on an fpdf2 PDF and on a workbook."""
    make = _step_line_pdf if request.param == "pdf" else _step_line_book
    return read_doc(make(tmp_path_factory.mktemp(request.param), _LINES), "8d")


def _causes(doc: dict[str, Any]) -> list[str]:
    causes = doc["record"]["root_cause"]
    assert causes is not None, doc["warnings"]
    return [c["cause"] for c in causes]


def test_a_steps_text_between_its_heading_and_a_progress_note_is_its_own(steps_doc: dict[str, Any]) -> None:
    """``D4 真因分析：`` is read as a bare ``D4`` and its caption (the step's text right of the
    caption, one heading alone too); the tracker's ``進度 100%`` after the text ends it."""
    assert _causes(steps_doc) == ["沖壓模具導柱磨耗，端子高度偏低。"]


def test_a_progress_note_ends_the_text_of_a_heading_in_one_cell(tmp_path: Path) -> None:
    """``D4 真因分析 | … | 進度 100%``: the heading whole in its cell, the note read into the cause."""
    doc = read_doc(_step_line_book(tmp_path, [("D4 真因分析", *_CAUSE[1:])]), "8d")
    assert _causes(doc) == ["沖壓模具導柱磨耗，端子高度偏低。"]


def test_a_status_note_alone_is_no_row_of_the_steps_table(steps_doc: dict[str, Any]) -> None:
    record = steps_doc["record"]
    assert [r["action"] for r in record["containment"]] == ["庫存 2,000 PCS 全數重工。"]
    assert [r["action"] for r in record["corrective_actions"]] == ["更換導柱並加裝高度檢知。"]
    assert not field_codes(steps_doc, "containment[1].action")
