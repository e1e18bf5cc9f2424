"""What clerks really type into an Excel form, and the record it becomes (DESIGN.md "Parsing")."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from kesu_docs import forms
from kesu_docs.blank.excel import fill_blank
from kesu_docs.parse.excel import extract
from kesu_docs.validation import build

SPEC = forms.get("complaint")

TYPED = [
    # field, what the clerk typed, what the record holds (JSON)
    ("ship_qty", "１２，０００", 12000),
    ("ship_qty", "12,000 pcs", 12000),
    ("ship_qty", 12000.0, 12000),
    ("defect_qty", "１８０件", 180),
    ("received_date", "2026年9月8日", "2026-09-08"),
    ("received_date", "2026/9/8", "2026-09-08"),
    ("received_date", "2026.09.08", "2026-09-08"),
    ("received_date", "２０２６－０９－０８", "2026-09-08"),
    ("received_date", "2026-09-08 14:30", "2026-09-08"),
    ("received_date", "2026年9月8号", "2026-09-08"),
    ("received_date", "2026年09月08日 星期二", "2026-09-08"),
    ("received_date", dt.datetime(2026, 9, 8, 0, 0), "2026-09-08"),
    ("received_date", 46273, "2026-09-08"),  # an Excel serial date
    ("loss_amount", "¥1,234.50", "1234.50"),
    ("loss_amount", "￥１，２３４．５", "1234.50"),
    ("loss_amount", "1,234.50元", "1234.50"),
    ("loss_amount", "RMB 1234.5", "1234.50"),
    ("loss_amount", 1234.5, "1234.50"),
    ("loss_amount", "1234.555", "1234.56"),  # half-up to cents
    ("loss_amount", "1,234元整", "1234.00"),
    ("defect_rate", "12%", "0.12"),
    ("defect_rate", "１２％", "0.12"),
    ("defect_rate", 0.12, "0.12"),  # a percent-formatted cell
    ("defect_rate", 1.5, "0.015"),  # 1.5 in a General cell: 1.5 %
    ("sample_received", "☑", True),
    ("sample_received", "☐", False),
    ("sample_received", "√", True),
    ("sample_received", "是", True),
    ("sample_received", "否", False),
    ("sample_received", "×", False),  # √ / × as on paper
    ("sample_received", True, True),
    ("market", "☑国内 ☐国外", "domestic"),
    ("market", "国外", "foreign"),
    ("market", "Foreign", "foreign"),
    ("customer_request", "☑退货 ☐换货 ☑折让", ["return", "allowance"]),
    ("customer_request", "退货、折让", ["return", "allowance"]),
    ("customer_request", "退货，换货", ["return", "replacement"]),
    ("customer", "  深圳华星光电  ", "深圳华星光电"),
    ("order_no", "ＳＯ－２０２６－０４１２", "SO-2026-0412"),
    ("order_no", 4500123987, "4500123987"),  # typed into a number cell
    ("complaint_type", " 质量异常 ", "quality"),
    ("approval_level", "副总经理", "vice_gm"),
    ("approval_level", "Vice GM", "vice_gm"),  # the English key as an English clerk writes it
    ("complaint_type", "Non-quality", "non_quality"),
]


@pytest.mark.parametrize("field, typed, expected", TYPED, ids=[f"{f}-{t!r}" for f, t, _ in TYPED])
def test_what_a_clerk_types_becomes_the_record_value(tmp_path, field, typed, expected):
    path = fill_blank(SPEC, {field: typed}, tmp_path / "form.xlsx")
    [extraction] = extract(path, path.read_bytes(), None)
    record, problems = build(SPEC, extraction.values, extraction.locations)
    assert not [p for p in problems if p.field == field], [p.to_dict() for p in problems if p.field == field]
    assert record.model_dump(mode="json")[field] == expected


def test_money_is_a_decimal_never_a_float(tmp_path):
    path = fill_blank(SPEC, {"loss_amount": "¥0.10", "allowance_amount": 0.2}, tmp_path / "form.xlsx")
    [extraction] = extract(path, path.read_bytes(), None)
    record, _problems = build(SPEC, extraction.values, extraction.locations)
    assert record.loss_amount + record.allowance_amount == Decimal("0.30")
    assert isinstance(record.loss_amount, Decimal)


@pytest.mark.parametrize(
    "field, typed, code",
    [
        ("received_date", "2026年13月1日", "invalid_date"),
        ("received_date", "0206-09-03", "invalid_date"),  # a typo for 2026, not the year 206
        ("received_date", "9999-12-25", "invalid_date"),  # + 15 days would be no date at all
        ("ship_qty", "十二件", "invalid_qty"),
        ("ship_qty", "12.5", "invalid_qty"),
        ("loss_amount", "约三千", "invalid_money"),
        ("sample_received", "也许", "invalid_bool"),
        ("market", "欧洲", "invalid_choice"),
        # not finite, or more digits than a Decimal holds: an error at the cell, never a traceback
        ("loss_amount", "Infinity", "invalid_money"),
        ("loss_amount", "9" * 30, "invalid_money"),
        ("ship_qty", "Infinity", "invalid_qty"),
        ("defect_rate", "NaN", "invalid_ratio"),
    ],
)
def test_what_cannot_be_read_is_an_error_at_its_cell(tmp_path, field, typed, code):
    path = fill_blank(SPEC, {field: typed}, tmp_path / "form.xlsx")
    [extraction] = extract(path, path.read_bytes(), None)
    _record, problems = build(SPEC, extraction.values, extraction.locations)
    [found] = [p for p in problems if p.field == field]
    assert found.code == code
    assert found.location == extraction.locations[field] and found.location.startswith(f"{SPEC.title_zh}!")
    assert typed in found.message("zh")


def test_a_wrong_choice_among_several_is_an_error_on_the_field_not_a_row(tmp_path):
    path = fill_blank(SPEC, {"customer_request": "退货、退款"}, tmp_path / "form.xlsx")
    [extraction] = extract(path, path.read_bytes(), None)
    _record, problems = build(SPEC, extraction.values, extraction.locations)
    [found] = [p for p in problems if p.code == "invalid_choice"]
    assert (found.field, found.label) == ("customer_request", "客户要求")
    assert found.location == extraction.locations["customer_request"]
    assert found.message("zh").startswith("客户要求的值“退款”")


@pytest.mark.parametrize("typed", ["/", "－", " - "])
def test_a_slash_or_dash_in_a_required_text_cell_is_still_missing(tmp_path, typed):
    path = fill_blank(SPEC, {"customer": typed, "order_no": typed}, tmp_path / "form.xlsx")
    [extraction] = extract(path, path.read_bytes(), None)
    _record, problems = build(SPEC, extraction.values, extraction.locations)
    assert {(p.code, p.field) for p in problems} >= {("required", "customer"), ("required", "order_no")}


def test_a_responsibility_code_as_documents_print_it_is_read_back():
    from kesu_docs.terms import ResponsibilityCode

    assert ResponsibilityCode.lookup("C 未按制造规范作业") is ResponsibilityCode.C
    assert ResponsibilityCode.lookup("C 包装错误") is None  # a code with another meaning is not guessed
