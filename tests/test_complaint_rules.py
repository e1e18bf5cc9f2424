"""Every rule of the complaint sheet, broken on an Excel form: the code, the field and the cell."""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

import pytest
from helpers import find, parse_cli, problem, run_cli
from openpyxl import load_workbook

from kesu_docs import forms
from kesu_docs.blank.excel import fill_blank
from kesu_docs.parse import parse_paths
from kesu_docs.reports.check_report import rows
from kesu_docs.validation import validate_record

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
SPEC = forms.get("complaint")


def _samples():
    spec = importlib.util.spec_from_file_location("make_samples", SAMPLES / "make_samples.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


VALID = _samples().VALID


def parse_form(tmp_path: Path, **changes) -> tuple[dict, dict[str, str]]:
    """Fill the blank with the valid case changed by ``changes`` (None empties a cell); parse it."""
    values = {k: v for k, v in dict(VALID, **changes).items() if v is not None}
    path = fill_blank(SPEC, values, tmp_path / "客户抱怨处理单.xlsx")
    _code, [result] = parse_cli(path)
    wb = load_workbook(path)
    cells = {}
    for name, dn in wb.defined_names.items():
        title, ref = next(iter(dn.destinations))
        cells[name.removeprefix("kesu.")] = f"{title}!{ref.replace('$', '').split(':')[0]}"
    return result, cells


def assert_problem(result, cells, code, field, *, severity="errors"):
    found = problem(result, code)
    assert found["field"] == field
    assert found["location"] == cells[field], found
    assert found in result[severity]
    assert found["label"] and found["message"]
    return found


def test_the_valid_sample_passes(tmp_path):
    result, _cells = parse_form(tmp_path)
    assert result["valid"], result["errors"]
    assert result["warnings"] == []


@pytest.mark.parametrize("field", [k for k, m in SPEC.fields.items() if m.required])
def test_an_empty_required_field_is_an_error_at_its_cell(tmp_path, field):
    result, cells = parse_form(tmp_path, **{field: None})
    found = [p for p in result["errors"] if p["code"] == "required" and p["field"] == field]
    assert found and found[0]["location"] == cells[field]
    assert found[0]["label"] == SPEC.fields[field].label_zh


def test_ship_date_after_received_date_is_an_error(tmp_path):
    result, cells = parse_form(tmp_path, ship_date="2026-09-09")
    assert_problem(result, cells, "ship_after_received", "ship_date")


def test_defective_quantity_above_shipped_quantity_is_an_error(tmp_path):
    result, cells = parse_form(tmp_path, defect_qty=12001, defect_rate=None)
    assert_problem(result, cells, "defect_qty_exceeds_ship_qty", "defect_qty")


def test_negative_defective_quantity_is_an_error(tmp_path):
    result, cells = parse_form(tmp_path, defect_qty=-1, defect_rate=None)
    assert_problem(result, cells, "too_small", "defect_qty")


def test_zero_shipped_quantity_is_an_error(tmp_path):
    result, cells = parse_form(tmp_path, ship_qty=0, defect_qty=0, defect_rate=None)
    assert_problem(result, cells, "too_small", "ship_qty")


def test_stated_defect_rate_must_agree_with_the_quantities(tmp_path):
    result, cells = parse_form(tmp_path, defect_rate="15%")
    assert_problem(result, cells, "defect_rate_mismatch", "defect_rate")


def test_defect_rate_left_empty_is_derived(tmp_path):
    result, _cells = parse_form(tmp_path, defect_rate=None)
    assert result["valid"] and result["record"]["defect_rate"] == "0.015"


def test_requested_quantity_is_required_unless_the_request_is_pending(tmp_path):
    result, cells = parse_form(tmp_path, requested_qty=None)
    assert_problem(result, cells, "requested_qty_required", "requested_qty")


def test_requested_quantity_may_be_empty_when_the_customer_is_still_processing(tmp_path):
    result, _cells = parse_form(tmp_path, requested_qty=None, customer_request="客户加工中未确定")
    assert result["valid"], result["errors"]
    assert result["record"]["customer_request"] == ["pending"]


def test_pending_request_cannot_be_combined_with_another(tmp_path):
    result, cells = parse_form(tmp_path, customer_request="退货、客户加工中未确定")
    assert_problem(result, cells, "pending_with_other_request", "customer_request")


def test_a_return_needs_the_approved_return_quantity(tmp_path):
    result, cells = parse_form(tmp_path, approved_return_qty=None)
    assert_problem(result, cells, "approved_return_qty_required", "approved_return_qty")


def test_approved_return_quantity_above_shipped_quantity_is_an_error(tmp_path):
    result, cells = parse_form(tmp_path, approved_return_qty=12001)
    assert_problem(result, cells, "approved_return_qty_exceeds_ship_qty", "approved_return_qty")


@pytest.mark.parametrize("disposition", ["折让", "赔款"])
def test_an_allowance_or_compensation_needs_its_amount(tmp_path, disposition):
    result, cells = parse_form(tmp_path, disposition=disposition, allowance_amount=None)
    assert_problem(result, cells, "allowance_amount_required", "allowance_amount")


def test_not_established_cannot_be_combined_with_another_disposition(tmp_path):
    result, cells = parse_form(tmp_path, disposition="客诉不成立、退货")
    assert_problem(result, cells, "not_established_with_other", "disposition")


def test_severity_left_empty_is_derived_from_safety(tmp_path):
    result, _cells = parse_form(tmp_path, severity=None, safety_related="是")
    assert result["record"]["severity"] == "major"


@pytest.mark.parametrize("loss, stated", [("¥12,000.00", "重要"), ("6000", "一般")])
def test_severity_below_what_the_loss_requires_is_an_error(tmp_path, loss, stated):
    result, cells = parse_form(tmp_path, loss_amount=loss, severity=stated, approval_level="总经理")
    assert_problem(result, cells, "severity_too_low", "severity")


def test_severity_below_major_when_safety_is_affected_is_an_error(tmp_path):
    result, cells = parse_form(tmp_path, safety_related="☑", severity="重要")
    assert_problem(result, cells, "severity_too_low", "severity")


@pytest.mark.parametrize("loss, level", [("5,000.01", "业务部经理"), ("50000.01元", "副总经理")])
def test_approval_level_below_what_the_loss_requires_is_an_error(tmp_path, loss, level):
    result, cells = parse_form(tmp_path, loss_amount=loss, approval_level=level, severity="重大")
    assert_problem(result, cells, "approval_level_too_low", "approval_level")


def test_closed_before_received_is_an_error(tmp_path):
    result, cells = parse_form(tmp_path, closed_date="2026年9月7日")
    assert_problem(result, cells, "closed_before_received", "closed_date")


@pytest.mark.parametrize("market, closed, late", [("国内", "2026-09-24", 1), ("国外", "2026-09-29", 1)])
def test_closing_after_the_deadline_is_a_warning(tmp_path, market, closed, late):
    result, cells = parse_form(tmp_path, market=market, closed_date=closed)
    found = assert_problem(result, cells, "closed_late", "closed_date", severity="warnings")
    assert result["valid"] and f"{late} 天" in found["message"]


def test_closing_on_the_deadline_is_fine(tmp_path):
    result, _cells = parse_form(tmp_path, closed_date="2026-09-23")
    assert result["valid"] and not result["warnings"]


def test_responsibility_code_outside_a_to_n_is_an_error(tmp_path):
    result, cells = parse_form(tmp_path, responsibility_code="Z")
    assert_problem(result, cells, "invalid_choice", "responsibility_code")


@pytest.mark.parametrize("typed", ["k", "Ｋ", "储运不当"])
def test_responsibility_code_accepts_the_letter_or_its_meaning(tmp_path, typed):
    result, _cells = parse_form(tmp_path, responsibility_code=typed)
    assert result["valid"] and result["record"]["responsibility_code"] == "K"


def test_money_is_a_decimal_with_two_places(tmp_path):
    result, _cells = parse_form(tmp_path, loss_amount="¥3,860.005", allowance_amount="1,234.5元")
    assert result["record"]["loss_amount"] == "3860.01"  # half-up, never a float
    assert result["record"]["allowance_amount"] == "1234.50"


def test_money_that_is_not_a_number_is_an_error(tmp_path):
    result, cells = parse_form(tmp_path, loss_amount="三千元")
    assert_problem(result, cells, "invalid_money", "loss_amount")


def test_penalty_below_its_minimum_is_an_error_at_the_row_cell(tmp_path):
    result, cells = parse_form(
        tmp_path, penalties=[{"target": "制造二课", "code": "K", "kind": "警告", "amount": "50"}]
    )
    found = problem(result, "penalty_below_minimum")
    assert found["field"] == "penalties[0].amount"
    assert found["location"] == cells["penalties.amount"]


def test_the_broken_sample_reports_each_broken_rule_at_its_cell():
    _code, [result] = parse_cli(SAMPLES / "complaint-broken.xlsx")
    codes = {p["code"]: p for p in result["errors"]}
    assert {
        "ship_after_received",
        "defect_qty_exceeds_ship_qty",
        "requested_qty_required",
        "approved_return_qty_required",
        "allowance_amount_required",
        "severity_too_low",
        "approval_level_too_low",
        "closed_before_received",
        "invalid_choice",
    } <= set(codes)
    assert all(p["location"].startswith(f"{SPEC.title_zh}!") for p in result["errors"])


def test_messages_follow_lang_en(tmp_path):
    values = {k: v for k, v in dict(VALID, ship_date="2026-09-09").items() if v is not None}
    path = fill_blank(SPEC, values, tmp_path / "form.xlsx")
    _code, [result] = parse_cli(path, "--lang", "en")
    assert problem(result, "ship_after_received")["message"].startswith("Ship date (2026-09-09)")


CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.mark.parametrize(
    "changes, code",
    [
        ({"loss_amount": "6000", "severity": "一般", "approval_level": "总经理"}, "severity_too_low"),
        (
            {"loss_amount": "5,000.01", "approval_level": "业务部经理", "severity": "重大"},
            "approval_level_too_low",
        ),
        ({"closed_date": "2026-09-24"}, "closed_late"),
        ({"complaint_type": "qualty"}, "invalid_choice"),
        (
            {"penalties": [{"target": "QA", "code": "K", "kind": "警告", "amount": "10"}]},
            "penalty_below_minimum",
        ),
    ],
)
def test_english_messages_name_the_procedures_terms_in_english(changes, code):
    [p] = find(validate_record(dict(VALID, **changes), "complaint"), code)
    assert not CJK.search(p.message("en")), p.message("en")
    assert CJK.search(p.message("zh"))


def test_validate_in_english_shows_english_field_labels(tmp_path):
    values = {k: v for k, v in dict(VALID, ship_date="2026-09-09").items() if v is not None}
    path = fill_blank(SPEC, values, tmp_path / "form.xlsx")
    code, out = run_cli("validate", path, "--lang", "en", "--report", tmp_path / "report.json")
    assert code == 1 and "Ship date" in out
    [doc] = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))["documents"]
    assert doc["errors"][0]["label"] == "交运日期"  # the JSON keeps the Chinese label (the CLI contract)
    [row] = [r for r in rows(parse_paths([path]), "en") if r["code"] == "ship_after_received"]
    assert row["label"] == "Ship date"
