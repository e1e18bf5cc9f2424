"""The reader's fixes for what tests/holdout68 (Excel 方眼紙, forms drawn on grid paper) showed, each on forms
drawn here — never on the set's files:

- A date typed over cells between units other than 年 / 月 / 日 — ``2026 | Y | 11 | M | 9 | D`` on an English grid
  form, ``2026 | / | 11 | / | 16`` (and the Republic's ``115 | / | 11 | / | 24``) — is one date, as ``2026 | 年 | 11 |
  月 | 9 | 日`` was: the year cell alone was read as an Excel serial (``2026`` → 1905-07-18, warned) in the workbook
  and nothing in its print. A profile learned on a copy read the next copy's year cell alone at its learned place
  as a day of 1905 *silently*; it now reads the date over the cells, and a year or a day alone in a date cell is
  warned, never turned into a day of 1905.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers import book_as, field_codes, keep_profile, read_doc
from openpyxl import Workbook
from openpyxl.styles import Border, Side
from openpyxl.utils import get_column_letter

from kesu_docs.parse.profile import learn

FORMS = ("xlsx", "pdf")
_THIN = Side(style="thin")


def _grid_complaint(path: Path, rows: list[list[tuple[int, Any]]]) -> Path:
    """A complaint on grid paper: 30 columns 2.6 wide, each row ``(width, value)`` boxes left to right (a label or a
    value merged over ``width`` cells, a border round every cell)."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Form"
    for c in range(1, 31):
        ws.column_dimensions[get_column_letter(c)].width = 2.6
    ws.sheet_view.showGridLines = False
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    for r, boxes in enumerate(rows, start=1):
        c = 1
        for width, value in boxes:
            if width > 1:
                ws.merge_cells(start_row=r, start_column=c, end_row=r, end_column=c + width - 1)
            for k in range(width):
                ws.cell(r, c + k).border = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
            ws.cell(r, c).value = value
            c += width
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path


def _complaint_rows(
    number: str, date_cells: list[tuple[int, Any]], customer: str
) -> list[list[tuple[int, Any]]]:
    return [
        [(30, "CUSTOMER COMPLAINT FORM")],
        [(7, "Complaint No."), (12, number)],
        [(7, "Date received"), *date_cells],
        [(7, "Customer"), (23, customer)],
        [(7, "Part No."), (8, "SH-0812-A"), (7, "Qty delivered"), (5, 4000), (3, "pcs")],
        [(7, "Qty NG"), (4, 96), (3, "pcs")],
        [(7, "Description"), (23, "Shaft diameter under size at the bearing seat.")],
    ]


def _ymd(y: Any, m: Any, d: Any, marks: tuple[str, ...]) -> list[tuple[int, Any]]:
    cells: list[tuple[int, Any]] = [(3, y), (1, marks[0]), (2, m), (1, marks[1]), (2, d)]
    return cells + ([(1, marks[2])] if len(marks) > 2 else [])


# ------------------------------------------------------------------------------ a date over cells
@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("cells", "date"),
    [
        (_ymd(2026, 11, 9, ("Y", "M", "D")), "2026-11-09"),
        (_ymd(2026, 11, 16, ("/", "/")), "2026-11-16"),
        (_ymd(115, "11", "24", ("/", "/")), "2026-11-24"),  # the Republic's year, 11 and 24 typed as text
    ],
)
def test_a_date_over_cells_between_other_units_is_one_date(
    tmp_path: Path, form: str, cells: list[tuple[int, Any]], date: str
) -> None:
    path = _grid_complaint(
        tmp_path / "cc.xlsx", _complaint_rows("CC-26-1107", cells, "Penang Precision Motors")
    )
    doc = read_doc(book_as(path, form), "complaint")
    assert doc["record"]["received_date"] == date


@pytest.mark.parametrize(
    "cells", [[(3, 26), (1, "/"), (2, 11), (1, "/"), (2, 16)], [(3, 2026), (1, "M"), (2, 11)]]
)
def test_no_date_from_cells_that_do_not_say_the_year_first(
    tmp_path: Path, cells: list[tuple[int, Any]]
) -> None:
    """``26 / 11 / 16`` (two figures first: day, month or year?) and ``2026 | M | 11`` are no date over cells."""
    path = _grid_complaint(
        tmp_path / "cc.xlsx", _complaint_rows("CC-26-1107", cells, "Penang Precision Motors")
    )
    doc = read_doc(path, "complaint")
    assert doc["record"].get("received_date") not in ("2026-11-16", "2016-11-26", "2026-11-01")
    if doc["record"].get("received_date"):
        assert field_codes(doc, "received_date")  # (whatever was read there: warned)


def test_a_profile_reads_the_next_copys_date_over_cells_not_its_year_as_a_serial(office: Path) -> None:
    """Learned on a copy whose date stands over ``2026 | 年 | 11 | 月 | 3 | 日``, the profile read the next copy's
    year cell alone at its learned place: ``2026`` as Excel's day 2026, 1905-07-18, with no word."""
    first = _grid_complaint(
        office / "a" / "cc.xlsx",
        _complaint_rows("CC-26-1107", _ymd(2026, 11, 3, ("年", "月", "日")), "Penang Precision Motors"),
    )
    keep_profile(office, learn(first, "complaint"), "grid")
    second = _grid_complaint(
        office / "b" / "cc.xlsx",
        _complaint_rows("CC-26-1214", _ymd(2026, 12, 14, ("年", "月", "日")), "Kulim Drive Systems"),
    )
    doc = read_doc(second, "complaint")
    assert "profile_used" in {p["code"] for p in doc["warnings"]}
    assert doc["record"]["number"] == "CC-26-1214"
    assert doc["record"]["received_date"] == "2026-12-14"


def test_a_profiles_date_cell_holding_a_year_alone_is_warned(office: Path) -> None:
    """The next copy's date typed as ``2026`` alone in the learned cell (the month and the day left out): read, but
    warned — never a day of 1905 said nothing of."""
    first = _grid_complaint(
        office / "a" / "cc.xlsx",
        _complaint_rows("CC-26-1107", _ymd(2026, 11, 3, ("年", "月", "日")), "Penang Precision Motors"),
    )
    keep_profile(office, learn(first, "complaint"), "grid")
    second = _grid_complaint(
        office / "b" / "cc.xlsx",
        _complaint_rows(
            "CC-26-1214", [(3, 2026), (1, "年"), (2, None), (1, "月"), (2, None), (1, "日")], "Kulim"
        ),
    )
    doc = read_doc(second, "complaint")
    if doc["record"].get("received_date"):
        assert field_codes(doc, "received_date")


# ------------------------------------------------------------------------------ stamp boxes in English
def _stamped_rows(titles: tuple[str, str, str]) -> list[list[tuple[int, Any]]]:
    rows = _complaint_rows("CC-26-1107", _ymd(2026, 11, 9, ("年", "月", "日")), "Penang Precision Motors")
    rows.append([])
    rows.append([(18, None), (4, titles[0]), (4, titles[1]), (4, titles[2])])
    rows.append([(18, None), (4, "K. Sato"), (4, "M. Tanaka"), (4, "A. Ong")])
    return rows


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("titles", [("Approved", "Checked", "Prepared")])
def test_an_english_stamp_rows_names_are_its_signers(
    tmp_path: Path, form: str, titles: tuple[str, str, str]
) -> None:
    """A grid form's stamp row in English (承認 / 確認 / 作成): the name in the ``Checked`` box is the sales
    supervisor's (as 確認's, 审核's), in the ``Prepared`` box the reporter's. (``Issued`` alone is no reporter's
    label: on holdout12's AcroForm it took a date issued.)"""
    path = _grid_complaint(tmp_path / "cc.xlsx", _stamped_rows(titles))
    doc = read_doc(book_as(path, form), "complaint")
    assert doc["record"]["sales_supervisor"] == "M. Tanaka"
    assert doc["record"]["reporter"] == "A. Ong"


# ------------------------------------------------------------------------------ a credit note's tax by its name
def _credit_note(path: Path, tax_id_label: str, total_label: str) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Credit Note"
    for col, w in zip("ABCDE", (30, 10, 12, 14, 14), strict=True):
        ws.column_dimensions[col].width = w
    rows: list[list[Any]] = [
        ["CREDIT NOTE"],
        ["Credit Note No.", "CN-2611-0071"],
        ["Date", "2026-11-27"],
        ["Customer", "Sunrise Electrical Appliances Sdn Bhd"],
        [tax_id_label, "W10180012345"],
        ["Invoice No.", "INV-26-10233"],
        ["Complaint ref.", "SEA-NCR-0931"],
        ["Description", "Qty", "Unit price", "Amount (RM)", "SST (RM)"],
        ["Fan motor bracket FM-22 – burrs", 1500, 1.8, 2700.0, 270.0],
        ["Sorting charge at customer", 1, 450.0, 450.0, 45.0],
        ["TOTAL", None, None, 3150.0, 315.0],
        [total_label, None, None, 3465.0],
    ]
    for r, row in enumerate(rows, start=1):
        for c, v in enumerate(row, start=1):
            ws.cell(r, c, v)
    wb.save(path)
    return path


@pytest.mark.parametrize(("tax", "rate"), [("SST", "0.1"), ("GST", "0.09")])
def test_a_credit_notes_total_with_its_taxs_name_is_the_total(tmp_path: Path, tax: str, rate: str) -> None:
    """``TOTAL INCLUDING SST`` (or ``Total incl. GST``) under the lines is the total with the tax, never the net
    again; Malaysia's ``SST No.`` beside the customer is the buyer's tax registration (warned: it may be ours)."""
    label = f"TOTAL INCLUDING {tax}" if tax == "SST" else f"Total incl. {tax}"
    path = _credit_note(tmp_path / "cn.xlsx", f"{tax} No." if tax == "SST" else "GST Reg. No.", label)
    doc = read_doc(path, "allowance")
    assert doc["record"]["total"] == "3465.00"
    assert doc["record"]["total_excl_tax"] == "3150.00"
    assert doc["record"]["buyer_tax_id"] == "W10180012345"
