"""Finished-goods return note (QR-047-04): line amounts, the reconciliation of DOMAIN §4 against
the note's own approved quantity, and the proof of return. The reconciliation against the
complaint in the register is in test_references.py."""

from __future__ import annotations

import copy
import json
from decimal import Decimal
from pathlib import Path

import pytest
from conftest import codes, find, named_cell

from kesu_docs import forms
from kesu_docs.config import Settings
from kesu_docs.parse import ParseResult, parse_paths

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
VALID = json.loads((SAMPLES / "return-valid.json").read_text(encoding="utf-8"))


def parse(tmp_path: Path, record: dict, settings: Settings | None = None) -> ParseResult:
    path = tmp_path / "return.json"
    path.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    [result] = parse_paths([path], settings=settings)
    return result


def note(line: dict | None = None, **changes) -> dict:
    record = copy.deepcopy(VALID)
    if line is not None:
        record["items"] = [dict(record["items"][0], **line)]
    record.update(changes)
    return record


def test_spec_is_qr_047_04_with_four_copies():
    spec = forms.get("return")
    assert spec.form_code == "QR-047-04-A1"
    assert [c.label for c in spec.copies] == [
        "第一联 业务部(自存督促)",
        "第二联 成品仓储存",
        "第三联 会计科存",
        "第四联 业务部存",
    ]
    assert spec.date_field == "issue_date"


def test_valid_sample_passes(tmp_path):
    result = parse(tmp_path, VALID)
    assert result.valid, [p.to_dict() for p in result.errors]
    # no register: the complaint could not be looked up, nor its approved quantity reconciled
    assert codes(result.warnings) == {"reference_unchecked", "return_reconciled_without_complaint"}
    assert result.record.proof.value == "return_certificate"


def test_broken_sample_fails_on_amount_ratio_and_receipt():
    [result] = parse_paths([SAMPLES / "return-broken.json"])
    assert codes(result.errors) == {
        "line_amount_mismatch",
        "return_beyond_over_acceptance",
        "return_receipt_incomplete",  # 实退量 filled, no warehouse receiver
    }
    assert "return_proof_pending" in codes(result.warnings)  # proof is needed before accounting


def test_amount_is_derived_from_qty_and_price_when_blank(tmp_path):
    result = parse(tmp_path, note({"amount": None, "qty_returned": 3, "unit_price": "0.335"}))
    assert result.valid
    # 0.335 → 0.34 (money is cents), 3 × 0.34 = 1.02
    assert result.record.items[0].amount == Decimal("1.02")


def test_amount_rounds_half_up(tmp_path):
    record = note({"qty_approved": 7, "qty_returned": 7, "unit_price": "0.15", "amount": "1.05"})
    assert parse(tmp_path, record).valid
    record = note({"qty_approved": 7, "qty_returned": 7, "unit_price": "0.15", "amount": "1.06"})
    [p] = find(parse(tmp_path, record).errors, "line_amount_mismatch")
    assert p.params["expected"] == Decimal("1.05")


def test_wrong_line_amount_is_an_error_on_that_line(tmp_path):
    record = note()
    record["items"].append(
        {
            "part_no": "PCB-4471-B",
            "qty_approved": 10,
            "qty_returned": 10,
            "unit_price": "12.00",
            "amount": "121.00",
        }
    )
    [p] = find(parse(tmp_path, record).errors, "line_amount_mismatch")
    assert (p.field, p.label, p.location) == ("items[1].amount", "退货明细第2行 金额", "")
    assert "120.00" in p.message("zh")


@pytest.mark.parametrize("returned", [46, 30, 1])
def test_return_up_to_the_approved_qty_passes(tmp_path, returned):
    amount = f"{Decimal('76.50') * returned:.2f}"
    result = parse(tmp_path, note({"qty_returned": returned, "amount": amount}, over_acceptance_ratio="0"))
    assert "return_beyond_over_acceptance" not in codes(result.errors)


def test_return_above_approved_within_the_forms_ratio_passes(tmp_path):
    # 46 approved, 5 %: up to 48.3
    assert parse(tmp_path, note({"qty_returned": 48, "amount": "3672.00"})).valid


def test_return_beyond_the_forms_ratio_is_a_discrepancy(tmp_path):
    [p] = find(
        parse(tmp_path, note({"qty_returned": 49, "amount": "3748.50"})).errors,
        "return_beyond_over_acceptance",
    )
    assert (p.field, p.label) == ("items[0].qty_returned", "退货明细第1行 实退量")
    assert p.params["limit"] == "48.3" and p.params["ratio"] == "5%"


def test_ratio_zero_allows_nothing_above_approved(tmp_path):
    [p] = find(
        parse(tmp_path, note({"qty_returned": 47, "amount": "3595.50"}, over_acceptance_ratio="0%")).errors,
        "return_beyond_over_acceptance",
    )
    assert p.params["limit"] == "46"


def test_a_negative_over_acceptance_ratio_is_an_error_on_that_field(tmp_path):
    [p] = find(parse(tmp_path, note(over_acceptance_ratio="-5%")).errors, "too_small")
    assert p.field == "over_acceptance_ratio"
    assert "return_beyond_over_acceptance" not in codes(
        parse(tmp_path, note(over_acceptance_ratio="-5%")).errors
    )


def test_without_a_ratio_on_the_form_the_company_default_applies(tmp_path):
    record = note({"qty_returned": 48, "amount": "3672.00"}, over_acceptance_ratio=None)
    assert parse(tmp_path, record).valid  # default 5 %: 48 ≤ 48.3
    strict = Settings(over_acceptance_ratio=Decimal("0.02"))  # 46 × 1.02 = 46.92
    [p] = find(parse(tmp_path, record, strict).errors, "return_beyond_over_acceptance")
    assert p.params["ratio"] == "2%"


def test_missing_proof_on_a_received_note_is_a_warning_until_it_goes_to_accounting(tmp_path):
    # DOMAIN §5.3 (turn 2): proof is required before accounting books the note, not at receipt
    result = parse(tmp_path, note(proof=None))
    assert result.valid
    [p] = find(result.warnings, "return_proof_pending")
    assert p.field == "proof"


@pytest.mark.parametrize(
    "proof, key",
    [
        ("收回原发票(盖买受人发票章)", "original_invoice"),
        ("annotated_copy", "annotated_copy"),
        ("☑销货退回证明单(买受人盖章)", "return_certificate"),
    ],
)
def test_each_of_the_three_proofs_is_accepted(tmp_path, proof, key):
    result = parse(tmp_path, note(proof=proof))
    assert result.valid and result.record.proof.value == key


def test_an_unknown_proof_is_an_invalid_choice(tmp_path):
    [p] = find(parse(tmp_path, note(proof="客户口头同意")).errors, "invalid_choice")
    assert p.field == "proof"


def test_items_are_required(tmp_path):
    [p] = find(parse(tmp_path, note(items=[])).errors, "required")
    assert p.field == "items"


def test_a_line_without_returned_qty_is_an_error_on_that_line(tmp_path):
    record = note()
    record["items"].append({"part_no": "PCB-4471-B", "unit_price": "1.00"})
    [p] = find(parse(tmp_path, record).errors, "required")
    assert p.field == "items[1].qty_returned"


def test_handling_is_read_from_chinese_terms(tmp_path):
    result = parse(tmp_path, note(handling="重工、报废"))
    assert [h.value for h in result.record.handling] == ["rework", "scrap"]


# ---------------------------------------------------------------------------------- Excel
# The blank form's round trip, the Excel samples and the rendered copies: test_followup_forms.py.
def test_errors_in_the_excel_sample_point_at_their_cells():
    path = SAMPLES / "return-broken.xlsx"
    [result] = parse_paths([path])
    [amount] = find(result.errors, "line_amount_mismatch")
    assert amount.location == named_cell(path, "kesu.items.amount", 0)
    [beyond] = find(result.errors, "return_beyond_over_acceptance")
    assert beyond.location == named_cell(path, "kesu.items.qty_returned", 0)
    [proof] = find(result.warnings, "return_proof_pending")
    assert proof.location == named_cell(path, "kesu.proof")


def test_a_partly_filled_item_row_is_an_error_on_that_row(tmp_path):
    from kesu_docs.blank.excel import fill_file, write_blank

    spec = forms.get("return")
    record = parse(tmp_path, VALID).record.model_dump()
    blank = write_blank(spec, tmp_path / "blank.xlsx")
    filled = fill_file(blank, spec, record, tmp_path / "filled.xlsx")
    from openpyxl import load_workbook

    wb = load_workbook(filled)
    sheet, cell = named_cell(filled, "kesu.items.unit_price", 1).split("!")
    wb[sheet][cell] = 9.9  # the second row: a price and nothing else
    wb.save(filled)
    [result] = parse_paths([filled])
    assert not result.valid
    assert {p.field.split(".")[0] for p in result.errors} == {"items[1]"}
    assert all(p.location.startswith(f"{sheet}!") for p in result.errors)
    assert {p.field for p in result.errors} >= {"items[1].part_no"}  # 实退量 comes at receipt


# ---------------------------------------------------------------------------------- CLI
def test_kesu_schema_return_lists_the_item_columns():
    from conftest import run_cli

    code, out = run_cli("schema", "return")
    schema = json.loads(out)
    assert code == 0 and "QR-047-04-A1" in schema["title"]
    line = schema["$defs"]["ReturnLine"]["properties"]
    assert {"part_no", "qty_approved", "qty_returned", "unit_price", "amount"} <= set(line)
