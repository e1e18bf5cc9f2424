"""What the review of the merged reader of round 35 found (issue 10: never a silent misread), each
rule read on forms of our own.

- **D7: a negation after a deployment's word cue** counts unless it denies the defect's finding or
  return (``rolled out to all similar lines with no recurrence since``, ``横展至其他3条线未再发生不良``:
  the measure's result); ``no.`` before a number or code (``part no. HZ-3302``) is no negation.
- **A step's side note naming a column of its table** (``D3 暫時對策： | 庫存… | 有效率 100%``) is read
  as that column's value for the step's row, never dropped as a tracker's note (``進度 100%``).
- **unit_conflict names the figure read** (``1,5万`` under ``不良数量(K)``: 15000), said once.
- **A point read as a thousands separator before a scale word** (``2.500 thousand``) is said
  (``ambiguous_thousands``), as ``1.250k`` is.

Workbooks built here with openpyxl; an fpdf2 PDF.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers import cjk_pdf, field_codes, read_doc, sheet_from_rows


# ------------------------------------------------ D7: a negation after the cue
@pytest.mark.parametrize(
    ("text", "elsewhere"),
    [
        ("Same gauge rolled out to all similar lines with no recurrence since.", True),
        ("横展至其他3条线未再发生不良", True),
        ("PFMEA updated for all similar part no. HZ-3302 variants.", True),
        # a negation after the cue that denies the measure itself still counts
        ("所有机台没有导入。", False),
        ("The same fix was never rolled out to other presses.", False),
        ("All similar lines were not updated.", False),
    ],
)
def test_a_negation_after_a_d7_cue_counts_unless_it_denies_a_recurrence(text: str, elsewhere: bool) -> None:
    from kesu_docs.parse.value_cues import TEXT_SUBJECTS

    assert bool(TEXT_SUBJECTS["prevention.horizontal_deployment"].search(text)) is elsewhere


def _eightd(tmp_path: Path, rows: list[list[Any]]) -> dict[str, Any]:
    head: list[list[Any]] = [
        ["8D REPORT"],
        ["Report No.", "8D-OR-2612-044", "Opened", "2026-12-02"],
        ["Customer", "Orvane Klemmen GmbH", "Part No.", "OK-BRK-4410"],
    ]
    return read_doc(sheet_from_rows(tmp_path, [*head, *rows], "8d.xlsx", width=40), "8d")


def test_a_d7_deployment_with_no_recurrence_after_it_is_the_deployment(tmp_path: Path) -> None:
    text = "Same gauge rolled out to all similar lines with no recurrence since."
    rows: list[list[Any]] = [
        ["D2 Problem", "Clamp burr on the inner edge, 48 pcs."],
        ["D4 Root cause", "Deburring brush worn past its limit."],
        ["D7 Prevention", text],
    ]
    prevention = _eightd(tmp_path, rows)["record"]["prevention"]
    assert prevention["horizontal_deployment"] == text, prevention


# ------------------------------------------------ a side note that is a column's label and value
def _noted_8d(folder: Path) -> Path:
    """An fpdf2 8D whose D3 line ends in ``有效率 100%`` (the containment's effectiveness), its D5
    line in a tracker's ``進度 60%``."""
    pdf = cjk_pdf()
    pdf.add_page()
    pdf.set_font("cjk", size=14)
    pdf.cell(0, 10, "8D 報告", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("cjk", size=10)
    for caption, value in (
        ("報告編號：", "8D-TY-2608-017"),
        ("立案日期：", "2026/08/03"),
        ("客戶：", "群創光電股份有限公司"),
    ):
        pdf.cell(30, 9, caption)
        pdf.cell(0, 9, value, new_x="LMARGIN", new_y="NEXT")
    for caption, value, note in (
        ("D3 暫時對策：", "庫存 2,400 PCS 全檢披鋒。", "有效率 100%"),
        ("D5 永久對策：", "更換沖頭並加量規。", "進度 60%"),
    ):
        pdf.cell(32, 9, caption)
        pdf.cell(90, 9, value)
        pdf.set_font("cjk", size=8)
        pdf.cell(0, 9, note, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("cjk", size=10)
    path = folder / "noted.pdf"
    pdf.output(str(path))
    return path


def test_a_side_note_naming_a_column_is_its_value_for_the_steps_row(tmp_path: Path) -> None:
    doc = read_doc(_noted_8d(tmp_path), "8d")
    [row] = doc["record"]["containment"]
    assert row["action"] == "庫存 2,400 PCS 全檢披鋒。"
    assert row["effectiveness_pct"] == "1", row  # (100 %)
    assert "low_confidence" in field_codes(doc, "containment[0].effectiveness_pct")  # shown
    # a tracker's progress still ends the text: no row, no column
    assert [r["action"] for r in doc["record"]["corrective_actions"]] == ["更換沖頭並加量規。"]


def test_a_side_note_naming_a_share_is_its_causes_contribution(tmp_path: Path) -> None:
    """``D4 真因分析： | … | 貢獻度 70%`` / ``D4 流出原因： | … | 貢獻度 30%``: each cause's share."""
    pdf = cjk_pdf()
    pdf.add_page()
    pdf.set_font("cjk", size=10)
    pdf.cell(0, 9, "8D 報告編號：8D-TY-2608-018", new_x="LMARGIN", new_y="NEXT")
    for caption, value, note in (
        ("D4 真因分析：", "沖頭磨耗超出壽命。", "貢獻度 70%"),
        ("D4 流出原因：", "出貨檢驗未量披鋒高度。", "貢獻度 30%"),
    ):
        pdf.cell(32, 9, caption)
        pdf.cell(90, 9, value)
        pdf.set_font("cjk", size=8)
        pdf.cell(0, 9, note, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("cjk", size=10)
    pdf.output(str(tmp_path / "shares.pdf"))
    doc = read_doc(tmp_path / "shares.pdf", "8d")
    causes = [(c["cause"], c["contribution_pct"]) for c in doc["record"]["root_cause"]]
    assert causes == [("沖頭磨耗超出壽命。", "0.7"), ("出貨檢驗未量披鋒高度。", "0.3")]
    assert "low_confidence" in field_codes(doc, "root_cause[0].contribution_pct")


# ------------------------------------------------ unit_conflict's figure, a point before a scale word
def _complaint(qty_label: str, qty: Any) -> list[list[Any]]:
    return [
        ["客户投诉单"],
        ["投诉单号", "TS-NB-2607-014", "接收日期", "2026-07-09"],
        ["客户名称", "宁波北仑模具有限公司", "订单号", "BL-PO-2607-033"],
        ["料号", "NB-HSG-7710"],
        [qty_label, qty, "交货数量", 30_000_000],
        ["不良描述", "外壳披锋，客户装配时发现。"],
    ]


def _warning(doc: dict[str, Any], code: str) -> dict[str, Any]:
    [found] = [p for p in doc["warnings"] if p.get("field") == "defect_qty" and p["code"] == code]
    return found


@pytest.mark.parametrize(
    ("written", "read", "codes"),
    [
        ("3,5万", 35000, {"unit_conflict"}),
        ("2.000万", 20_000_000, {"unit_conflict", "ambiguous_thousands"}),
    ],
)
def test_unit_conflict_names_the_figure_read_once(
    tmp_path: Path, written: str, read: int, codes: set[str]
) -> None:
    doc = read_doc(
        sheet_from_rows(tmp_path, _complaint("不良数量(K)", written), "k.xlsx", width=18), "complaint"
    )
    assert doc["record"]["defect_qty"] == read
    assert field_codes(doc, "defect_qty") == codes  # (never qty_scaled beside it)
    assert f"as {read};" in _warning(doc, "unit_conflict")["message"]


@pytest.mark.parametrize("written", ["4.500 thousand", "4.500 Tausend"])
def test_a_point_grouping_before_a_scale_word_is_said(tmp_path: Path, written: str) -> None:
    doc = read_doc(
        sheet_from_rows(tmp_path, _complaint("不良数量", written), "pt.xlsx", width=18), "complaint"
    )
    assert doc["record"]["defect_qty"] == 4_500_000
    assert {"qty_scaled", "ambiguous_thousands"} <= field_codes(doc, "defect_qty")
    assert "4,500" in _warning(doc, "ambiguous_thousands")["message"]
