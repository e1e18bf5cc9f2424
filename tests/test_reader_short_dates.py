"""Dates written short on another company's layout: without their year (``10月28日``, ``1/5``)
or with two digits for it (``3-Sep-26``). The year taken is the one a clerk means, and said
whenever the form does not confirm it — one rule for our own blank and every other layout."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import PatternFill

from kesu_docs.parse import parse_paths

SHADE = PatternFill("solid", fgColor="D9D9D9")


def complaint(tmp_path: Path, rows: list[tuple[str, str]], name: str = "form.xlsx") -> dict:
    wb = Workbook()
    ws = wb.active
    ws.title = "客户投诉处理单"
    ws["A1"] = "客户投诉处理单"
    for r, (label, value) in enumerate([("投诉编号", "TS-2612-07"), *rows], start=2):
        ws.cell(r, 1, label).fill = SHADE
        ws.cell(r, 2, value)
    path = tmp_path / name
    wb.save(path)
    [result] = parse_paths([path], kind="complaint")
    return result.to_dict("en")


def codes(doc: dict, field: str) -> list[str]:
    return [p["code"] for p in doc["errors"] + doc["warnings"] if p["field"] == field]


def test_a_date_without_its_year_takes_the_year_nearest_the_forms_other_dates_across_new_year(tmp_path):
    doc = complaint(
        tmp_path, [("受理日期", "2026-12-20"), ("发货日期", "2026/12/12"), ("结案日期", "1月5日")]
    )
    assert doc["record"]["closed_date"] == "2027-01-05"
    assert codes(doc, "closed_date") == ["date_year_inferred"]


def test_a_slashed_date_without_its_year_reads_month_first_under_a_chinese_label(tmp_path):
    doc = complaint(tmp_path, [("受理日期", "2026/10/3"), ("发货日期", "2026/9/20"), ("结案日期", "10/8")])
    assert doc["record"]["closed_date"] == "2026-10-08"
    assert codes(doc, "closed_date") == ["date_year_inferred"]


def test_a_date_without_its_year_far_from_every_other_date_is_an_error(tmp_path):
    doc = complaint(tmp_path, [("受理日期", "2026/1/3"), ("发货日期", "2026/1/2"), ("结案日期", "7月4日")])
    assert doc["record"]["closed_date"] is None
    assert "invalid_date" in codes(doc, "closed_date")


def test_a_two_digit_year_agreeing_with_the_forms_dates_is_read_without_a_word(tmp_path):
    doc = complaint(tmp_path, [("受理日期", "2026/9/8"), ("发货日期", "3-Sep-26")])
    assert doc["record"]["ship_date"] == "2026-09-03"
    assert codes(doc, "ship_date") == []


def test_a_two_digit_year_the_forms_dates_contradict_is_warned(tmp_path):
    doc = complaint(tmp_path, [("受理日期", "2026/9/8"), ("发货日期", "3-Sep-16")])
    assert doc["record"]["ship_date"] == "2016-09-03"
    assert "two_digit_year" in codes(doc, "ship_date")


def test_a_two_digit_year_that_would_lie_in_the_future_is_warned(tmp_path):
    doc = complaint(tmp_path, [("受理日期", "8-Sep-99")])
    assert doc["record"]["received_date"] == "2099-09-08"
    assert codes(doc, "received_date") == ["two_digit_year"]


def test_a_slashed_date_whose_day_and_month_are_the_same_number_is_that_day(tmp_path):
    doc = complaint(tmp_path, [("受理日期", "09/09/2026")])
    assert doc["record"]["received_date"] == "2026-09-09"


def eightd(tmp_path: Path, labels: tuple[str, ...], rows: list[tuple], name: str = "8d.xlsx") -> dict:
    """Another company's 8D: its opening date a date cell, its D3 table's dates typed short."""
    import datetime as dt

    wb = Workbook()
    ws = wb.active
    ws.title = "8D Report"
    ws["A1"] = "8D Report"
    opened, number, customer, part, heading, *columns = labels
    for r, (label, value) in enumerate(
        [(number, "202612007"), (customer, "Acme Ltd"), (opened, dt.datetime(2026, 12, 28)), (part, "PCB-1")],
        start=2,
    ):
        ws.cell(r, 1, label)
        ws.cell(r, 2, value)
    ws["A7"] = heading
    for c, column in enumerate(columns, start=1):
        ws.cell(8, c, column)
    for r, row in enumerate(rows, start=9):
        for c, value in enumerate(row, start=1):
            ws.cell(r, c, value)
    path = tmp_path / name
    wb.save(path)
    [result] = parse_paths([path], kind="8d")
    return result.to_dict("en")


ENGLISH_8D = (
    "Opened date",
    "Complaint No.",
    "Customer",
    "Part No.",
    "D3 Containment actions",
    "Containment action",
    "Owner",
    "Due date",
    "Done date",
)


def test_a_date_whose_year_was_taken_is_not_read_as_the_forms_month_first_order(tmp_path):
    """``30/12`` in a row shows the day first; once its year is taken it is held as 2026-12-30,
    which must not count as a date the form writes month first: ``3/1`` is never 1 March."""
    doc = eightd(tmp_path, ENGLISH_8D, [("Sort stock", "Tom", "3/1", None), ("Notify", "Ann", "30/12", None)])
    rows = doc["record"]["containment"]
    assert rows[1]["due_date"] == "2026-12-30"
    assert "date_year_inferred" in codes(doc, "containment[1].due_date")
    # an English form showing no month-first date: 3/1 is no guess, it stays as written, an error
    assert rows[0]["due_date"] is None
    assert "invalid_date" in codes(doc, "containment[0].due_date")
    assert codes(doc, "containment[1].due_date").count("date_year_inferred") == 1  # said once


def test_a_date_whose_year_was_taken_gives_no_year_to_another_date(tmp_path):
    """Only a date the form writes with its year places a date without one: 4月10日 lies more
    than three months from the form's only dated day (2026-12-28), so it stays an error even
    though 1月20日, read as 2027-01-20, lies near it."""
    labels = (
        "立案日期",
        "客诉编号",
        "客户名称",
        "料号",
        "D3 围堵措施",
        "围堵措施",
        "负责人",
        "预定日期",
        "完成日期",
    )
    doc = eightd(tmp_path, labels, [("厂内库存全检", "李强", "1月20日", "4月10日")])
    row = doc["record"]["containment"][0]
    assert row["due_date"] == "2027-01-20"
    assert "date_year_inferred" in codes(doc, "containment[0].due_date")
    assert row["done_date"] is None
    assert "invalid_date" in codes(doc, "containment[0].done_date")


def test_a_year_taken_on_our_blank_that_lost_one_of_its_names_is_still_warned(tmp_path):
    """Our own blank whose 交运日期 lost its defined name (a clerk's copy): that field is read
    by its label among the named ones, 8月20日 takes the year of the form's dates, and the
    clerk is told so, as on any other layout — never the year taken without a word."""
    from openpyxl import load_workbook

    samples = Path(__file__).resolve().parents[1] / "samples"
    wb = load_workbook(samples / "complaint-valid.xlsx")
    ws = wb.active
    assert ws["A9"].value.endswith("交运日期")
    ws["B9"] = "8月20日"
    del wb.defined_names["kesu.ship_date"]
    path = tmp_path / "客诉-少一个名称.xlsx"
    wb.save(path)
    [result] = parse_paths([path], kind="complaint")
    doc = result.to_dict("en")
    assert doc["record"]["ship_date"] == "2026-08-20"
    assert codes(doc, "ship_date") == ["date_year_inferred"]
    assert doc["record"]["received_date"] == "2026-09-08"  # the named fields as before
