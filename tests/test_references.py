"""Rules across documents, through a real register (SQLite file) and through the batch at hand:
a return note or allowance certificate needs a complaint decided that way, the return note is
reconciled against the complaint's approved quantity, the allowance stays within the approved
amount, an 8D and a re-filed complaint reference existing complaints."""

from __future__ import annotations

import copy
import json
from decimal import Decimal
from pathlib import Path

import pytest
from helpers import codes, find, named_cell, parse_cli, run_cli

from kesu_docs import forms
from kesu_docs.parse import ParseResult, parse_paths
from kesu_docs.register import Register
from kesu_docs.validation import build

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


def sample(name: str) -> dict:
    return json.loads((SAMPLES / name).read_text(encoding="utf-8"))


COMPLAINT = sample("complaint-from-system.json")
RETURN = sample("return-valid.json")
ALLOWANCE = sample("allowance-valid.json")
EIGHTD = sample("8d-valid.json")


def complaint(number: str, **changes) -> dict:
    record = copy.deepcopy(COMPLAINT)
    record.update(number=number, **changes)
    return record


# 202609001: return of 46 (the sample, numbered); 202608031: allowance of 1,200.00 (its sample);
# 202609003: compensation of 2,000.00
RETURN_CASE = complaint("202609001")
ALLOWANCE_CASE = sample("allowance-complaint.json")
COMPENSATION_CASE = complaint(
    "202609003",
    disposition=["compensation"],
    approved_return_qty=None,
    allowance_amount="2000.00",
    customer_request=["compensation"],
    requested_qty=0,
)


@pytest.fixture
def register(tmp_path):
    """A real register file holding the three complaints."""
    reg = Register.open(tmp_path / "kesu.db")
    spec = forms.get("complaint")
    for values in (RETURN_CASE, ALLOWANCE_CASE, COMPENSATION_CASE):
        values = {k: v for k, v in values.items() if k != "kind"}
        record, problems = build(spec, values)
        assert not problems, problems
        assert reg.issue(record, source=f"{values['number']}.json").number == values["number"]
    yield reg
    reg.close()


def write(tmp_path: Path, name: str, record: dict | list) -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    return path


def parse(tmp_path: Path, record: dict, register=None, name: str = "doc.json") -> ParseResult:
    [result] = parse_paths([write(tmp_path, name, record)], register=register)
    return result


def with_(base: dict, line: dict | None = None, **changes) -> dict:
    record = copy.deepcopy(base)
    if line is not None:
        record["items"] = [dict(record["items"][0], **line)]
    record.update(changes)
    return record


# ---------------------------------------------------------------------------------- return note
def test_return_note_on_a_registered_return_complaint_passes(tmp_path, register):
    result = parse(tmp_path, RETURN, register)
    assert result.valid and not result.warnings, [p.to_dict() for p in result.errors + result.warnings]


def test_return_note_on_an_unknown_complaint_is_an_error_with_a_register(tmp_path, register):
    result = parse(tmp_path, with_(RETURN, complaint_number="202609999"), register)
    [p] = find(result.errors, "reference_not_found")
    assert (p.field, p.label, p.location) == ("complaint_number", "退回依据", "")
    assert "202609999" in p.message("zh")


def test_return_note_without_a_register_warns_that_the_reference_was_not_checked(tmp_path):
    result = parse(tmp_path, RETURN)
    assert result.valid
    [p] = find(result.warnings, "reference_unchecked")
    assert p.field == "complaint_number"
    assert "not checked" in p.message("en")


def test_return_note_on_an_allowance_complaint_is_an_error(tmp_path, register):
    [p] = find(
        parse(tmp_path, with_(RETURN, complaint_number="202608031"), register).errors,
        "complaint_disposition_disallows",
    )
    assert p.field == "complaint_number"
    assert "折让" in p.message("zh")
    assert "decided as 'allowance': it allows no return note" in p.message("en")


@pytest.mark.parametrize("returned, ok", [(46, True), (40, True), (48, True), (49, False)])
def test_reconciliation_against_the_registered_complaint(tmp_path, register, returned, ok):
    """Equal, fewer, more within the 5 % ratio (≤ 48.3), more beyond it."""
    line = {"qty_returned": returned, "amount": f"{returned * 76.5:.2f}"}
    result = parse(tmp_path, with_(RETURN, line), register)
    assert result.valid is ok, [p.to_dict() for p in result.errors]
    if not ok:
        [p] = find(result.errors, "return_beyond_over_acceptance")
        assert p.field == "items[0].qty_returned"


@pytest.mark.parametrize("lines, ok", [((20, 26), True), ((24, 24), True), ((30, 30), False)])
def test_reconciliation_adds_up_the_lines_of_the_note(tmp_path, register, lines, ok):
    """The complaint approves 46 for the case: two lines of 30 return 60, beyond 46 + 5 % (48.3)."""
    base = RETURN["items"][0]
    items = [dict(base, qty_returned=q, amount=f"{q * Decimal('76.50'):.2f}") for q in lines]
    result = parse(tmp_path, with_(RETURN, items=items), register)
    assert result.valid is ok, [p.to_dict() for p in result.errors]
    if not ok:
        [p] = find(result.errors, "return_total_beyond_over_acceptance")
        assert (p.field, p.params["actual"], p.params["limit"]) == ("items[1].qty_returned", 60, "48.3")
        assert "60" in p.message("zh") and "60" in p.message("en")


def test_reconciliation_with_ratio_zero(tmp_path, register):
    line = {"qty_returned": 47, "amount": "3595.50"}
    [p] = find(
        parse(tmp_path, with_(RETURN, line, over_acceptance_ratio="0"), register).errors,
        "return_beyond_over_acceptance",
    )
    assert p.params["approved"] == 46


def test_reconciliation_uses_the_complaints_approved_qty_when_the_line_has_none(tmp_path, register):
    line = {"qty_approved": None, "qty_returned": 60, "amount": "4590.00"}
    [p] = find(parse(tmp_path, with_(RETURN, line), register).errors, "return_beyond_over_acceptance")
    assert p.params["approved"] == 46


def test_line_approved_qty_must_equal_the_complaints(tmp_path, register):
    line = {"qty_approved": 50, "qty_returned": 48, "amount": "3672.00"}
    result = parse(tmp_path, with_(RETURN, line), register)
    [p] = find(result.errors, "qty_approved_differs")
    assert (p.field, p.label) == ("items[0].qty_approved", "退货明细第1行 核定退货量")
    assert p.params["approved"] == 46
    assert "return_beyond_over_acceptance" not in codes(result.errors)  # 48 is within 46 + 5 %


def test_wrong_line_amount_with_a_register(tmp_path, register):
    [p] = find(parse(tmp_path, with_(RETURN, {"amount": "3600.00"}), register).errors, "line_amount_mismatch")
    assert p.field == "items[0].amount"


# ---------------------------------------------------------------------------------- allowance
def test_allowance_within_the_approved_amount_passes(tmp_path, register):
    result = parse(tmp_path, ALLOWANCE, register)
    assert result.valid and not result.warnings, [p.to_dict() for p in result.errors + result.warnings]


def test_allowance_on_a_compensation_complaint_passes(tmp_path, register):
    assert parse(tmp_path, with_(ALLOWANCE, complaint_number="202609003"), register).valid


def test_allowance_above_the_approved_amount_is_an_error_on_the_total(tmp_path, register):
    record = with_(ALLOWANCE)
    record["items"][0].update(qty=500, allowance_amount="1250.00", tax="162.50")
    for key in ("total_excl_tax", "total_tax", "total", "total_in_words"):
        record.pop(key)
    result = parse(tmp_path, record, register)
    [p] = find(result.errors, "allowance_exceeds_approved")
    assert p.field == "total" and p.params["approved"] == "1,200.00"


def test_allowance_on_a_return_complaint_is_an_error(tmp_path, register):
    [p] = find(
        parse(tmp_path, with_(ALLOWANCE, complaint_number="202609001"), register).errors,
        "complaint_disposition_disallows",
    )
    assert p.field == "complaint_number"


def test_allowance_on_an_unknown_complaint_is_an_error_with_a_register(tmp_path, register):
    [p] = find(
        parse(tmp_path, with_(ALLOWANCE, complaint_number="202608001"), register).errors,
        "reference_not_found",
    )
    assert p.field == "complaint_number"


# ---------------------------------------------------------------------------------- 8D and re-filed complaints
def test_8d_on_a_registered_complaint_passes(tmp_path, register):
    result = parse(tmp_path, EIGHTD, register)
    assert result.valid and not result.warnings


def test_8d_on_an_unknown_complaint_is_an_error_with_a_register(tmp_path, register):
    [p] = find(
        parse(tmp_path, with_(EIGHTD, complaint_number="202609404"), register).errors, "reference_not_found"
    )
    assert (p.field, p.label) == ("complaint_number", "客诉编号")


def test_8d_without_a_register_warns(tmp_path):
    [p] = find(parse(tmp_path, EIGHTD).warnings, "reference_unchecked")
    assert p.field == "complaint_number"


def test_refiled_complaint_naming_an_unknown_original_is_an_error(tmp_path, register):
    refiled = complaint(None, original_number="202607001")
    [p] = find(parse(tmp_path, refiled, register).errors, "reference_not_found")
    assert p.field == "original_number"


def test_refiled_complaint_naming_a_registered_original_passes(tmp_path, register):
    refiled = complaint(None, original_number="202609001")
    result = parse(tmp_path, refiled, register)
    assert "reference_not_found" not in codes(result.errors)
    assert "reference_unchecked" not in codes(result.warnings)


# ---------------------------------------------------------------------------------- the batch
def test_documents_of_the_same_batch_count_as_known(tmp_path):
    """No register: the return note finds its complaint among the files validated with it."""
    write(tmp_path, "complaint.json", RETURN_CASE)
    write(tmp_path, "return.json", RETURN)
    write(tmp_path, "8d.json", EIGHTD)
    results = {Path(r.source).stem: r for r in parse_paths([tmp_path])}
    for name in ("return", "8d"):
        assert results[name].valid and not results[name].warnings, results[name].to_dict()


def test_batch_reconciliation_beyond_ratio_is_found_without_a_register(tmp_path):
    write(tmp_path, "a-complaint.json", RETURN_CASE)
    write(
        tmp_path,
        "b-return.json",
        with_(RETURN, {"qty_approved": None, "qty_returned": 50, "amount": "3825.00"}),
    )
    code, lines = parse_cli(tmp_path)
    assert code == 1
    note = next(line for line in lines if line["kind"] == "return")
    assert [e["code"] for e in note["errors"]] == ["return_beyond_over_acceptance"]
    assert note["errors"][0]["field"] == "items[0].qty_returned"


def test_allowance_sample_finds_its_complaint_sample_in_the_batch():
    """samples/allowance-complaint.json arrives numbered: the certificate checks against it, no register."""
    results = parse_paths([SAMPLES / "allowance-complaint.json", SAMPLES / "allowance-valid.json"])
    assert all(r.valid and not r.warnings for r in results), [r.to_dict() for r in results]


def test_batch_allowance_against_a_return_complaint_is_an_error(tmp_path):
    write(tmp_path, "batch.json", [RETURN_CASE, with_(ALLOWANCE, complaint_number="202609001")])
    _, allowance = parse_paths([tmp_path / "batch.json"])
    [p] = find(allowance.errors, "complaint_disposition_disallows")
    assert p.location == "#2"


def test_validate_with_db_checks_references_against_the_register(tmp_path, register):
    path = write(tmp_path, "return.json", with_(RETURN, complaint_number="202609999"))
    report = tmp_path / "report.json"
    code, _ = run_cli("validate", path, "--db", str(tmp_path / "kesu.db"), "--report", report)
    assert code == 1
    assert "reference_not_found" in report.read_text(encoding="utf-8")
    code, lines = parse_cli(write(tmp_path, "ok.json", RETURN), "--db", str(tmp_path / "kesu.db"))
    assert code == 0 and lines[0]["valid"] and lines[0]["warnings"] == []


# ---------------------------------------------------------------------------------- on Excel forms
@pytest.mark.parametrize(
    "kind, base, changes, code, name, row",
    [
        (
            "return",
            RETURN,
            {"complaint_number": "202609999"},
            "reference_not_found",
            "kesu.complaint_number",
            0,
        ),
        (
            "return",
            RETURN,
            {"items": [dict(RETURN["items"][0], qty_approved=50)]},
            "qty_approved_differs",
            "kesu.items.qty_approved",
            0,
        ),
        (
            "allowance",
            ALLOWANCE,
            {"complaint_number": "202609001"},
            "complaint_disposition_disallows",
            "kesu.complaint_number",
            0,
        ),
        ("allowance", ALLOWANCE, {"total": "1162.50"}, "total_mismatch", "kesu.total", 0),
        ("8d", EIGHTD, {"complaint_number": "202609999"}, "reference_not_found", "kesu.complaint_number", 0),
    ],
)
def test_cross_document_errors_on_an_excel_form_point_at_their_cells(
    tmp_path, register, kind, base, changes, code, name, row
):
    from kesu_docs.blank.excel import fill_blank

    spec = forms.get(kind)
    values = {k: v for k, v in with_(base, **changes).items() if k != "kind"}
    path = fill_blank(spec, build(spec, values)[0], tmp_path / f"{kind}.xlsx")
    [result] = parse_paths([path], register=register)
    [p] = find(result.errors, code)
    assert p.location == named_cell(path, name, row), p.to_dict()
