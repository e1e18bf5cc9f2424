"""Profiles learned on one copy of a layout, read on another (issue 10, eighteenth round): a
number shown through its format's prefix (``"KS-"000000``) learned on the print reads the next
print whole, or says it did not; a profile's table checks its subtotal lines as the generic
reader does. Every form is built in the test (openpyxl, printed by LibreOffice)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from helpers import field_codes, keep_profile, read_doc, soffice_convert
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side

from kesu_docs.parse.profile import learn


def _at(doc: dict[str, Any], path: str) -> Any:
    node: Any = doc["record"]
    for part in path.replace("[", ".").replace("]", "").split("."):
        node = node[int(part)] if part.isdigit() else node.get(part)
    return node


def _all_codes(doc: dict[str, Any]) -> set[str]:
    return {p["code"] for p in doc["warnings"] + doc["errors"]}


# ---------------------------------------------------------------------------------- 1. a format's prefix
def _numbered_complaint(
    path: Path, number: int, customer: str, part: str, number_format: str = '"KS-"000000'
) -> Path:
    """A complaint whose number cell holds a figure the format ``"KS-"000000`` prints as KS-…."""
    wb = Workbook()
    ws = wb.active
    ws.title = "客诉单"
    ws.append(["客户抱怨处理单"])
    ws.append(["抱怨单号", number, "受理日期", "2026-03-05"])
    ws.append(["客户名称", customer, "料号", part])
    ws.append(["不良数量", 120, "不良描述", "镜座压圈毛刺"])
    ws["B2"].number_format = number_format
    for col, width in (("A", 14), ("B", 30), ("C", 14), ("D", 30)):
        ws.column_dimensions[col].width = width
    wb.save(path)
    return path


@pytest.fixture
def prints(office):
    first = _numbered_complaint(office / "ks-first.xlsx", 260352, "舜宇光学科技有限公司", "YJ-LNS-0871")
    second = _numbered_complaint(office / "ks-second.xlsx", 260399, "宁波永新光学股份有限公司", "YJ-LNS-0902")
    return (
        first,
        second,
        soffice_convert(first, "pdf", office / "first"),
        soffice_convert(second, "pdf", office / "second"),
    )


def test_a_number_shown_through_its_formats_prefix_is_learned_on_the_print_as_the_whole_number(
    office, prints
):
    """The clerk points at the number as typed (260352); the print shows ``KS-260352``: the
    profile reads the next print's ``KS-260399``, never its bare figure (a silent misread)."""
    _first, _second, first_pdf, second_pdf = prints
    sets = {"number": '"260352"', "customer": '"舜宇光学科技有限公司"', "part_no": '"YJ-LNS-0871"'}
    toml = keep_profile(office, learn(first_pdf, "complaint", sets), "ks-print")
    assert '"KS-"' not in toml  # the format's prefix is no label of the layout
    doc = read_doc(second_pdf)
    assert "profile_used" in _all_codes(doc)
    assert _at(doc, "number") == "KS-260399"
    assert _at(doc, "customer") == "宁波永新光学股份有限公司"
    assert not field_codes(doc, "number")


def test_a_profile_learned_on_the_workbook_reads_the_number_as_its_format_prints_it(office, prints):
    first, second, _first_pdf, second_pdf = prints
    keep_profile(
        office, learn(first, "complaint", {"number": "客诉单!B2", "customer": "客诉单!B3"}), "ks-book"
    )
    for copy in (second, second_pdf):
        doc = read_doc(copy)
        assert "profile_used" in _all_codes(doc)
        assert _at(doc, "number") == "KS-260399", copy.suffix


def test_a_code_read_without_the_prefix_its_print_shows_is_warned(office, prints):
    """A profile (written by hand, or learned before) that takes the format's ``KS-`` for a label
    reads ``260399`` out of ``KS-260399``: the generic reader's whole word disagrees — said on
    the field, however much of it the two share."""
    _first, _second, _first_pdf, second_pdf = prints
    (office / "profiles" / "ks-hand.toml").write_text(
        "\n".join(
            [
                'name = "ks-hand"',
                'kind = "complaint"',
                'learned_from = "ks-first.pdf"',
                "[fields]",
                'number = { label = "KS-", at = "inline" }',
                'customer = { label = "客户名称", at = "right" }',
                "[fingerprint.labels]",
                '"p1#1" = "客户抱怨处理单"',
                '"p1#2" = "抱怨单号"',
                '"p1#5" = "客户名称"',
                '"p1#7" = "料号"',
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    doc = read_doc(second_pdf)
    assert "profile_used" in _all_codes(doc)
    assert _at(doc, "number") == "260399"  # the profile's reading, as the file says
    assert "profile_reader_disagree" in field_codes(doc, "number")


def test_a_code_learned_with_a_prefix_read_as_bare_figures_is_warned(office, prints):
    """The next copy's number cell lost its format (a value pasted over it): it prints 260399,
    which the profile reads as it stands — said, since the layout printed KS-… when learned."""
    first, *_ = prints
    toml = keep_profile(
        office, learn(first, "complaint", {"number": "客诉单!B2", "customer": "客诉单!B3"}), "ks-book"
    )
    assert 'shape = "KS-000000"' in toml
    bare = _numbered_complaint(office / "bare.xlsx", 260399, "宁波永新光学股份有限公司", "YJ-LNS-0902", "0")
    doc = read_doc(bare)
    assert "profile_used" in _all_codes(doc)
    assert str(_at(doc, "number")) == "260399"
    assert "profile_value_shape" in field_codes(doc, "number")
    assert not field_codes(doc, "customer")


# ---------------------------------------------------------------------------------- 2. subtotal lines
def _grouped_return(path: Path, first_qty: int, subtotal_qty: int, subtotal_amount: int) -> Path:
    """A return note whose lines are grouped by warehouse, each group closed by a 小计 line."""
    wb = Workbook()
    ws = wb.active
    ws.title = "退货"
    ws.append(["成品退货单"])
    ws.append(["单号", "TH-2603-001", "客户", "常州澄源电子有限公司"])
    ws.append(["料号", "品名", "退货数量", "单价", "金额"])
    ws.append(["HL-2230", "端子", first_qty, 10, first_qty * 10])
    ws.append(["HL-2231", "护套", 50, 10, 500])
    ws.append(["小计", None, subtotal_qty, None, subtotal_amount])
    ws.append(["HL-2240", "线束", 30, 20, 600])
    ws.append(["小计", None, 30, None, 600])
    ws.append(["合计", None, None, None, first_qty * 10 + 1100])
    for col, width in (("A", 14), ("B", 14), ("C", 12), ("D", 10), ("E", 12)):
        ws.column_dimensions[col].width = width
    thin = Side(style="thin")
    for row in ws.iter_rows(min_row=2, max_row=ws.max_row, max_col=5):
        for cell in row:
            cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wb.save(path)
    return path


@pytest.fixture
def grouped(office):
    first = _grouped_return(office / "grouped.xlsx", 100, 150, 1500)
    sets = {
        "items[0].part_no": "退货!A4",
        "items[0].qty_returned": "退货!C4",
        "items[0].amount": "退货!E4",
        "items[1].part_no": "退货!A5",
        "items[1].qty_returned": "退货!C5",
        "items[1].amount": "退货!E5",
    }
    keep_profile(office, learn(first, "return", sets), "grouped")
    return office


def test_a_profiles_table_checks_its_subtotal_lines_against_the_lines_above(grouped):
    doc = read_doc(_grouped_return(grouped / "second.xlsx", 120, 150, 1500))  # 120 + 50 is not 150
    assert "profile_used" in _all_codes(doc)
    assert [row["qty_returned"] for row in _at(doc, "items")] == [120, 50, 30]
    found = [p for p in doc["warnings"] if p["code"] == "subtotal_mismatch"]
    assert len(found) == 2  # the quantity and the amount of the first group
    assert {p["field"] for p in found} == {"items"}
    assert any("170" in p["message"] for p in found)


def test_a_profiles_table_whose_subtotals_add_up_says_nothing_of_them(grouped):
    doc = read_doc(_grouped_return(grouped / "second.xlsx", 120, 170, 1700))
    assert "profile_used" in _all_codes(doc)
    assert "subtotal_mismatch" not in _all_codes(doc)


def test_a_print_read_by_its_profile_checks_the_subtotal_lines_too(office):
    first = _grouped_return(office / "grouped.xlsx", 100, 150, 1500)
    sets = {
        "items[0].part_no": '"HL-2230"',
        "items[0].qty_returned": '"100"',
        "items[0].amount": '"1000"',
        "items[1].part_no": '"HL-2231"',
        "items[1].qty_returned": '"50"',
        "items[1].amount": '"500"',
    }
    keep_profile(
        office, learn(soffice_convert(first, "pdf", office / "first"), "return", sets), "grouped-print"
    )
    wrong = soffice_convert(_grouped_return(office / "wrong.xlsx", 120, 150, 1500), "pdf", office / "wrong")
    doc = read_doc(wrong)
    assert "profile_used" in _all_codes(doc)
    assert [row["qty_returned"] for row in _at(doc, "items")] == [120, 50, 30]
    assert "subtotal_mismatch" in field_codes(doc, "items")
    right = soffice_convert(_grouped_return(office / "right.xlsx", 120, 170, 1700), "pdf", office / "right")
    assert "subtotal_mismatch" not in _all_codes(read_doc(right))


# ---------------------------------------------------------------------------------- 3. a figure printed twice
def _nt_allowance(path: Path, number: str, amount: int) -> Path:
    """A small allowance printed without borders: the tax of its one line and its total tax are
    the same figure, printed twice (the line's under 稅額, the 合計 row's under it too)."""
    wb = Workbook()
    ws = wb.active
    ws.title = "折讓"
    ws.append(["銷貨折讓證明單"])
    ws.append(["單號", number, "開立日期", "2026-03-05"])
    ws.append(["買受人", "宏碁精密股份有限公司", "統一編號", "12345675"])
    ws.append(["原發票號碼", "AB12345678", "原發票日期", "2026-03-01"])
    ws.append(["品名", "數量", "單價", "金額", "稅額"])
    ws.append(["端子", 100, amount / 100, amount, amount // 20])
    ws.append(["合計", None, None, amount, amount // 20])
    ws.append(["總計", amount + amount // 20])
    for row in ws.iter_rows(min_row=6, max_row=8):
        for cell in row[1:]:
            if isinstance(cell.value, (int, float)):
                cell.number_format = '"NT$"#,##0'
    wb.save(path)
    return path


def test_a_figure_printed_twice_is_learned_where_its_own_field_stands_not_the_first_print(office):
    """The line's tax NT$100 is printed under 數量's row too (the quantity 100): the total tax was
    learned below 數量 (the first box printing 100), and read the next copy's quantity."""
    first = soffice_convert(_nt_allowance(office / "first.xlsx", "ZR-001", 2000), "pdf", office / "first")
    profile = learn(first, "allowance", {"number": '"ZR-001"', "total": '"NT$2,100"'})
    keep_profile(office, profile, "nt-print")
    assert profile.fields["total_tax"].label != "數量"
    second = soffice_convert(_nt_allowance(office / "second.xlsx", "ZR-002", 4000), "pdf", office / "second")
    doc = read_doc(second)
    assert "profile_used" in _all_codes(doc)
    assert (_at(doc, "total_tax"), _at(doc, "total"), _at(doc, "number")) == ("200.00", "4200.00", "ZR-002")
    assert _at(doc, "items")[0]["tax"] == "200.00"


# ---------------------------------------------------------------------------------- 4. learning on a print
def test_a_column_the_clerk_placed_from_its_second_line_on_is_headed_by_its_header(office):
    """The clerk gives the quantity of the second line only (the first line's was struck and
    typed again, and cannot be quoted): the column is still the one under 退货数量 — not headed
    by the first line's figure above it — and the next copy's quantities are read."""
    first = soffice_convert(_grouped_return(office / "first.xlsx", 100, 150, 1500), "pdf", office / "first")
    sets = {
        "items": "",
        "items[0].part_no": '"HL-2230"',
        "items[0].amount": '"1000"',
        "items[1].part_no": '"HL-2231"',
        "items[1].qty_returned": '"50"',
        "items[1].amount": '"500"',
    }
    profile = learn(first, "return", sets)
    keep_profile(office, profile, "second-line")
    assert profile.tables["items"].columns["qty_returned"].label == "退货数量"
    doc = read_doc(
        soffice_convert(_grouped_return(office / "copy.xlsx", 120, 170, 1700), "pdf", office / "copy")
    )
    assert "profile_used" in _all_codes(doc)
    assert [row["qty_returned"] for row in _at(doc, "items")] == [120, 50, 30]


def _rma(path: Path, number: str, received: dt.date) -> Path:
    """An RMA whose dates are Excel date cells printed month first (03/16/2026)."""
    wb = Workbook()
    ws = wb.active
    ws.title = "RMA"
    ws.append(["Return Material Authorization"])
    ws.append(["RMA No.", number, "Customer", "Northwind Motors"])
    ws.append(["Issued", dt.date(2026, 3, 12), "Received", received])
    for cell in (ws["B3"], ws["D3"]):
        cell.number_format = "mm/dd/yyyy"
    for col in "ABCD":
        ws.column_dimensions[col].width = 13
    wb.save(path)
    return path


def test_a_date_the_clerk_quotes_year_first_is_found_printed_month_first(office):
    """The clerk quotes the received date as typed (2026/3/16); the print shows 03/16/2026:
    the same day, learned there (it could not be placed before)."""
    first = soffice_convert(
        _rma(office / "first.xlsx", "RMA-0312", dt.date(2026, 3, 16)), "pdf", office / "first"
    )
    sets = {"number": '"RMA-0312"', "received_date": '"2026/3/16"', "warehouse_receiver": ""}
    profile = learn(first, "return", sets)
    keep_profile(office, profile, "rma")
    assert profile.fields["received_date"].label == "Received"
    second = _rma(office / "second.xlsx", "RMA-0424", dt.date(2026, 4, 24))
    doc = read_doc(soffice_convert(second, "pdf", office / "second"), "return")
    assert "profile_used" in _all_codes(doc)
    assert _at(doc, "received_date") == "2026-04-24"
    assert _at(doc, "number") == "RMA-0424"


# ---------------------------------------------------------------------------------- 5. a text cut in a tall row
def _memo(path: Path, description: str) -> Path:
    """A credit memo whose line row is three lines tall: the description (no wrap) in the row's
    middle, the quantity beside it at the top of its cell (a filled neighbour: no overflow)."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Memo"
    ws.append(["CREDIT MEMO"])
    ws.append(["Memo No.", "CM-26-00587", "Date", "2026-04-29"])
    ws.append(["Description", "Qty", "Unit price", "Tax"])
    ws.append([description, 600000, 0.92, 71760])
    ws.row_dimensions[4].height = 40
    ws["A4"].alignment = Alignment(vertical="center")
    for cell in ws[4][1:]:
        cell.alignment = Alignment(vertical="top")
    for col, width in (("A", 24), ("B", 12), ("C", 12), ("D", 12)):
        ws.column_dimensions[col].width = width
    thin = Side(style="thin")
    for row in ws.iter_rows(min_row=2, max_row=4, max_col=4):
        for cell in row:
            cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wb.save(path)
    return path


def test_a_text_hidden_by_a_filled_neighbour_in_a_tall_row_is_warned_cut_off(tmp_path):
    """The neighbour's figure stands at the top of the row, the text in its middle: not on one
    line, yet the neighbour is filled and hides the rest (the print shows the first words only)."""
    memo = _memo(
        tmp_path / "memo.xlsx", "Common-mode choke 2 mH, wrong marking on reels returned by customer"
    )
    doc = read_doc(soffice_convert(memo, "pdf", tmp_path / "print"), "allowance")
    name = _at(doc, "items")[0]["name"]
    assert name.startswith("Common-mode choke") and "customer" not in name
    assert "value_cut_off" in field_codes(doc, "items[0].name")


def test_a_part_number_typed_with_letters_learns_no_shape(office):
    """A part number is the customer's, typed as each case has it: learned on `YJ-LNS-0901`, a
    next copy's part `8812345` is another part, not one whose prefix was left out (no
    `profile_value_shape` on it); the document's number keeps its shape."""
    first = _numbered_complaint(office / "first.xlsx", 260352, "宁波永新光学股份有限公司", "YJ-LNS-0901")
    toml = keep_profile(
        office,
        learn(first, "complaint", {"number": "客诉单!B2", "customer": "客诉单!B3", "part_no": "客诉单!D3"}),
        "ks-book",
    )
    assert 'shape = "KS-000000"' in toml and "YJ-LNS-0000" not in toml
    other = _numbered_complaint(office / "other.xlsx", 260400, "宁波永新光学股份有限公司", "8812345")
    doc = read_doc(other)
    assert "profile_used" in _all_codes(doc)
    assert str(_at(doc, "part_no")) == "8812345"
    assert not field_codes(doc, "part_no") and not field_codes(doc, "number")
