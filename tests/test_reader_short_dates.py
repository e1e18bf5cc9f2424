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
