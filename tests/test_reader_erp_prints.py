"""Habits of ERP prints from the eleventh held-out set (tests/holdout11), on forms of our own
making: SAP's trailing minus (``300-``, ``12,600.00-``) on a return note's quantities and a credit
memo's amounts (SAP's ``Net value`` column, ``Total net``, ``Output tax``, ``Final amount``) — the magnitude is what our records keep, the sign shown in a warning; and an
8D's team typed as a list (``Chen Hao; Lucy Wang; Peter Sun``) or one member a row under its
label — each name a member, never the list read as one name."""

from __future__ import annotations

from pathlib import Path

from helpers import read_doc
from openpyxl import Workbook
from openpyxl.styles import Border, Side


def _sheet(tmp_path: Path, name: str, cells: dict[str, object], ruled: str = "", merged: str = "") -> Path:
    """A sheet with ``cells``; ``ruled`` a range drawn with thin borders round every cell,
    ``merged`` a range merged into one cell."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Form"
    for ref, value in cells.items():
        ws[ref] = value
    if ruled:
        thin = Side(style="thin")
        for row in ws[ruled]:
            for cell in row:
                cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
    for column in "ABCDEF":
        ws.column_dimensions[column].width = 22
    if merged:
        ws.merge_cells(merged)
    path = tmp_path / f"{name}.xlsx"
    wb.save(path)
    return path


def _pdf(tmp_path: Path, name: str, lines: list[list[tuple[float, str]]]) -> Path:
    """A print of lines of (x, text), 30 pt apart, in Helvetica (as an ERP's PDF writer draws)."""
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    for i, line in enumerate(lines):
        for x, text in line:
            pdf.text(x, 80 + 30 * i, text)
    path = tmp_path / f"{name}.pdf"
    pdf.output(str(path))
    return path


def _warned(doc: dict, field: str, code: str) -> bool:
    return any(w["field"] == field and w["code"] == code for w in doc["warnings"])


def test_a_trailing_minus_on_a_return_notes_quantity_and_amount_is_their_magnitude_shown(tmp_path):
    path = _sheet(
        tmp_path,
        "return",
        {
            "A1": "成品退货单",
            "A3": "退货单号",
            "B3": "TH-2603-0042",
            "C3": "客户",
            "D3": "和硕联合科技",
            "A5": "料号",
            "B5": "品名",
            "C5": "数量",
            "D5": "单价",
            "E5": "金额",
            "A6": "PG-ADP-0650",
            "B6": "变压器 65W",
            "C6": "300-",
            "D6": "42.00",
            "E6": "12,600.00-",
        },
    )
    doc = read_doc(path, "return")
    row = doc["record"]["items"][0]
    assert row["qty_returned"] == 300
    assert row["amount"] == "12600.00"
    for field in ("items[0].qty_returned", "items[0].amount"):
        assert _warned(doc, field, "negative_as_credit")  # the sign is said, never dropped silently


def test_a_trailing_minus_on_a_printed_credit_memo_is_the_credits_amount_shown(tmp_path):
    path = _pdf(
        tmp_path,
        "memo",
        [
            [(60, "CREDIT MEMO")],
            [(60, "Credit memo no."), (200, "9100045521")],
            [(60, "Sold-to party"), (200, "Continental Automotive (Tianjin)")],
            [(60, "Reference invoice"), (200, "9000381177")],
            [(60, "Description"), (260, "Quantity"), (360, "Net value"), (460, "Tax")],
            [(60, "Sensor bracket SB-12"), (260, "2,000"), (360, "1,700.00-"), (460, "221.00-")],
            [(60, "Sensor cover SC-40"), (260, "1,500"), (360, "1,800.00-"), (460, "234.00-")],
            [(260, "Total net"), (360, "3,500.00-")],
            [(260, "Output tax 13 %"), (360, "455.00-")],
            [(260, "Final amount"), (360, "3,955.00-")],
        ],
    )
    doc = read_doc(path, "allowance")
    record = doc["record"]
    assert [r["allowance_amount"] for r in record["items"]] == ["1700.00", "1800.00"]  # SAP's words
    assert [r["tax"] for r in record["items"]] == ["221.00", "234.00"]
    assert (record["total_excl_tax"], record["total_tax"], record["total"]) == (
        "3500.00",
        "455.00",
        "3955.00",
    )
    for field in ("items[0].allowance_amount", "items[0].tax", "total_excl_tax", "total_tax", "total"):
        assert _warned(doc, field, "negative_as_credit")


def test_a_trailing_minus_is_no_sign_off_a_credit_form(tmp_path):
    """The rule is a credit form's: on a complaint sheet ``300-`` is no quantity it may read."""
    path = _sheet(
        tmp_path,
        "complaint",
        {"A1": "客户抱怨处理单", "A3": "客诉单号", "B3": "KS-2603-001", "A4": "不良数量", "B4": "300-"},
    )
    doc = read_doc(path, "complaint")
    assert doc["record"].get("defect_qty") != 300


def _eightd(tmp_path: Path, name: str, team: dict[str, object], merged: str = "") -> Path:
    cells: dict[str, object] = {
        "A1": "8D Report",
        "A2": "8D No.",
        "B2": "8D-WEB-000317",
        "A3": "Customer",
        "B3": "Valeo Shenzhen",
        "A8": "D2 Problem description",
        "B8": "Switch does not latch after 200 cycles.",
        "A9": "D4 Root cause",
        "B9": "Spring wire diameter under tolerance; supplier lot not checked.",
    }
    return _sheet(tmp_path, name, {**cells, **team}, ruled="A2:B9", merged=merged)


def test_a_team_typed_with_semicolons_is_one_member_a_name(tmp_path):
    doc = read_doc(_eightd(tmp_path, "8d", {"A4": "D1 Team", "B4": "Chen Hao; Lucy Wang; Peter Sun"}), "8d")
    assert [m["name"] for m in doc["record"]["team"]] == ["Chen Hao", "Lucy Wang", "Peter Sun"]
    # the root cause's ";" is a clause of one text, not a list
    assert doc["record"]["root_cause"][0]["cause"].startswith("Spring wire diameter under tolerance;")


def test_a_team_one_member_a_row_under_its_label_is_each_a_member(tmp_path):
    team = {"A4": "D1 小組成員", "B4": "陳怡安", "B5": "王志豪", "B6": "李佩珊"}
    doc = read_doc(_eightd(tmp_path, "8d-rows", team, merged="A4:A6"), "8d")  # the label over the rows
    assert [m["name"] for m in doc["record"]["team"]] == ["陳怡安", "王志豪", "李佩珊"]


def test_a_team_cell_holding_a_sentence_is_not_cut_into_names(tmp_path):
    """Parts that are no names (a figure, a sentence) leave the text whole, and flagged."""
    cell = "QA to nominate 2 engineers; production lead joins from week 12"
    doc = read_doc(_eightd(tmp_path, "8d-text", {"A4": "D1 Team", "B4": cell}), "8d")
    names = [m["name"] for m in doc["record"].get("team") or []]
    assert "QA to nominate 2 engineers" not in names


def test_a_profile_splits_a_team_typed_with_pipes_on_the_next_copy(tmp_path, monkeypatch):
    """``贺军 | 吴倩 | 邵峰`` (a QMS printing a list with bars): learned on one copy, the next
    copy's ``张伟 | 李娜`` is two members, never one name with a bar in it."""
    from helpers import parse_cli, run_cli

    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("KESU_CONFIG", raising=False)
    (tmp_path / "kesu.toml").write_text('company = "示范电子股份有限公司"\n', encoding="utf-8")

    def copy(name: str, number: str, team: str) -> Path:
        cells = {
            "A1": "8D 报告",
            "A2": "报告编号",
            "B2": number,
            "A3": "客户",
            "B3": "玉柴机器股份有限公司",
            "A4": "小组成员",
            "B4": team,
            "A5": "D2 问题描述",
            "B5": "缸垫漏气，客户试车发现 3 台。",
            "A6": "D4 根本原因",
            "B6": "冲压模具磨损，密封筋高度不足。",
        }
        (tmp_path / name).mkdir()
        return _sheet(tmp_path / name, "8d", cells, ruled="A2:B6")

    first = copy("a", "QMS-8D-26-0118", "贺军 | 吴倩 | 邵峰")
    code, out = run_cli("learn", first, "--kind", "8d")
    assert code == 0, out
    _, (doc,) = parse_cli(copy("b", "QMS-8D-26-0161", "张伟 | 李娜"))
    assert any(w["code"] == "profile_used" for w in doc["warnings"])
    assert [m["name"] for m in doc["record"]["team"]] == ["张伟", "李娜"]
