"""A profile learned on one filled copy reads the next copy of the layout whole, and says what
it cannot read (issue 10, twenty-first round). Every form is built in the test (openpyxl,
printed by LibreOffice), learned on copy 1 (its print), read on copy 2."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import field_codes, keep_profile, read_doc, soffice_convert
from openpyxl import Workbook
from openpyxl.styles import Border, Font, Side

from kesu_docs.parse.profile import learn


# ------------------------------------------------------------- 1. a column that prints ###
def _credit_memo(path: Path, number: str, lines: list[tuple[str, int, float]]) -> Path:
    """A credit memo whose Credit column is too narrow for its amounts: the print shows ``###``
    there, on every copy (so a profile learned on a print has no Credit column)."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Credit Memo"
    ws["A1"] = "CREDIT MEMO"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"], ws["B2"] = "Memo No.", number
    ws["A3"], ws["B3"] = "Bill to", "Sanmina SCI Shenzhen"
    ws["A4"], ws["B4"] = "Original invoice", "INV-2603-4102"
    for c, h in zip("ABCDE", ("Description", "Qty", "Unit price", "Credit", "Tax"), strict=True):
        ws[f"{c}6"] = h
        ws[f"{c}6"].font = Font(bold=True)
    for i, (name, qty, price) in enumerate(lines):
        r = 7 + i
        ws[f"A{r}"], ws[f"B{r}"], ws[f"C{r}"] = name, qty, price
        ws[f"D{r}"], ws[f"E{r}"] = round(qty * price, 2), round(qty * price * 0.13, 2)
        ws[f"B{r}"].number_format = "#,##0"
        ws[f"D{r}"].number_format = ws[f"E{r}"].number_format = "#,##0.00"
    ws["A12"], ws["B12"] = "Authorised", "R. Tan"
    for col, width in zip("ABCDE", (30, 12, 12, 5, 14), strict=True):
        ws.column_dimensions[col].width = width
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path


def test_a_column_printed_as_hashes_on_both_copies_is_said_not_left_empty(office):
    """The first copy's Credit column printed ``###``: the profile learned on that print has no
    place for it. On the second print the generic reader's error on the line's credit (the
    value is not on the page) is the profile's too — never an empty field without a word; with
    the workbook saved beside the print, its cell is read and said."""
    first = _credit_memo(
        office / "src1" / "first.xlsx", "CM-26-00412", [("Power inductor 10 uH", 1200000, 0.35)]
    )
    keep_profile(office, learn(soffice_convert(first, "pdf", office / "print1"), "allowance"), "memo")
    second = _credit_memo(
        office / "src2" / "memo.xlsx", "CM-26-00587", [("Common-mode choke 2 mH", 600000, 0.92)]
    )
    alone = soffice_convert(second, "pdf", office / "print2")
    doc = read_doc(alone, "allowance")
    assert "profile_used" in {p["code"] for p in doc["warnings"]}
    assert doc["record"]["number"] == "CM-26-00587"
    row = doc["record"]["items"][0]
    assert row["qty"] == 600000 and row.get("allowance_amount") is None
    assert "value_not_printed" in field_codes(doc, "items[0].allowance_amount"), doc["errors"]
    beside = soffice_convert(second, "pdf", second.parent)  # printed next to its workbook
    doc = read_doc(beside, "allowance")
    assert doc["record"]["items"][0]["allowance_amount"] == "552000.00"
    assert "value_from_workbook_beside" in field_codes(doc, "items[0].allowance_amount")


# ------------------------------------------- 2. tick boxes in Wingdings, printed without the font
def _request_sheet(path: Path, number: str, ticks: str) -> Path:
    """A complaint whose 客户要求 options are ticked with Wingdings ``þ`` / ``¨`` runs before
    each word; ``ticks``: one letter an option, ``x`` ticked."""
    from openpyxl.cell.rich_text import CellRichText, TextBlock
    from openpyxl.cell.text import InlineFont

    wb = Workbook()
    ws = wb.active
    ws["A1"] = "客户投诉处理单"
    ws["A2"], ws["B2"] = "投诉编号", number
    ws["A3"], ws["B3"] = "客户名称", "常州恒立精密"
    mark, plain = InlineFont(rFont="Wingdings", sz=11), InlineFont(sz=10)
    runs = []
    for tick, word in zip(ticks, ("退货", "换货", "折让"), strict=True):
        runs += [TextBlock(mark, "þ" if tick == "x" else "¨"), TextBlock(plain, word + "  ")]
    ws["A4"], ws["B4"] = "客户要求", CellRichText(runs)
    ws["A5"], ws["B5"] = "不良描述", "端盖毛刺划伤密封圈"
    ws["A6"], ws["B6"] = "产品料号", "HL-EC-2208"
    ws["A7"], ws["B7"] = "不良数量", "36 PCS"
    ws["A8"], ws["B8"] = "处理人", "周立"
    ws.column_dimensions["A"].width = 9  # the labels fill their cells: each value stands by its label
    ws.column_dimensions["B"].width = 40
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path


def test_a_profile_learned_on_the_workbook_reads_wingdings_ticks_on_a_print_that_lost_the_font(office):
    """The workbook's cell shows boxes (its runs in Wingdings): the profile learns the place is
    a line of tick boxes. A print made where Wingdings is missing shows the font's codes as
    letters (þ退货 ¨换货): the generic reader reads no tick there (it cannot know the font), the
    profile reads them by the font it learned."""
    first = _request_sheet(office / "src1" / "first.xlsx", "TS-2611-07", "x.x")
    profile = learn(first, "complaint", {"customer_request": "B4"})
    assert profile.fields["customer_request"].ticks
    assert "ticks = true" in profile.to_toml()
    second = soffice_convert(
        _request_sheet(office / "src2" / "second.xlsx", "TS-2611-19", ".x."), "pdf", office / "p"
    )
    generic = read_doc(second, "complaint")
    if generic["record"]["customer_request"] == ["replacement"]:
        pytest.skip("this machine prints Wingdings itself: the print shows boxes, nothing lost")
    assert "ticks_not_shown" in field_codes(generic, "customer_request")
    keep_profile(office, profile, "request")
    doc = read_doc(second, "complaint")
    assert "profile_used" in {p["code"] for p in doc["warnings"]}
    assert doc["record"]["number"] == "TS-2611-19"
    assert doc["record"]["customer_request"] == ["replacement"]
    assert "ticks_not_shown" not in field_codes(doc, "customer_request")


# ------------------------------- 3. a bilingual label left without a value on the learned print
def _czech_complaint(path: Path, number: str, closed: str) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Reklamace"
    for row in [
        ["REKLAMACE / CUSTOMER COMPLAINT"],
        ["Číslo reklamace / Complaint No.", number],
        ["Zákazník / Customer", "Škoda Auto a.s."],
        ["Číslo dílu / Part No.", "SK-BRK-2291"],
        ["Popis vady / Defect description", "Otřepy na hraně držáku (burrs on bracket edge)."],
        ["Přijato / Received", "14. 4. 2026"],
        ["Uzavřeno / Closed", closed],
        ["Zpracoval / Prepared by", "Jana Nováková"],
    ]:
        ws.append(row)
    thin = Side(style="thin")
    for r in range(2, 9):  # a ruled grid, as such forms are drawn
        for c in "AB":
            ws[f"{c}{r}"].border = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws.column_dimensions["A"].width = 30
    ws.column_dimensions["B"].width = 50
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path


def test_a_bilingual_label_left_empty_on_the_learned_print_is_read_on_the_next(office):
    """``Uzavřeno / Closed`` printed with no date on the copy learned (not closed yet): one half
    is the field's label, the other names no other field — the profile keeps its place, and the
    next copy's date printed there is read."""
    first = _czech_complaint(office / "src1" / "first.xlsx", "RK-26-0311", "")
    keep_profile(office, learn(soffice_convert(first, "pdf", office / "print1"), "complaint"), "czech")
    assert 'label = "Uzavřeno / Closed"' in (office / "profiles" / "czech.toml").read_text(encoding="utf-8")
    second = _czech_complaint(office / "src2" / "second.xlsx", "RK-26-0342", "30. 4. 2026")
    doc = read_doc(soffice_convert(second, "pdf", office / "print2"), "complaint")
    assert "profile_used" in {p["code"] for p in doc["warnings"]}
    assert doc["record"]["number"] == "RK-26-0342"
    assert doc["record"]["closed_date"] == "2026-04-30"
    assert not field_codes(doc, "closed_date") & {"profile_reader_only", "profile_reader_fallback"}
