"""8D report (QR-047-03): the team, the problem statement, containment within 24 h, the order of
the disciplines' dates, closing on verified causes and results, contributions summing to 100 %."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers import codes, find, named_cell

from kesu_docs import forms
from kesu_docs.cli import cli
from kesu_docs.parse import ParseResult, parse_paths

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
VALID = json.loads((SAMPLES / "8d-valid.json").read_text(encoding="utf-8"))


def parse(tmp_path: Path, record: dict, name: str = "8d.json") -> ParseResult:
    path = tmp_path / name
    path.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    [result] = parse_paths([path])
    return result


def report(**changes) -> dict:
    record = copy.deepcopy(VALID)
    record.update(changes)
    return record


def test_spec_is_qr_047_03_with_four_copies():
    spec = forms.get("8d")
    assert spec.form_code == "QR-047-03-A1"
    assert [c.label for c in spec.copies] == [
        "第一联 品保部(存档)",
        "第二联 业务部",
        "第三联 生产部",
        "第四联 工程部",
    ]
    assert spec.date_field == "opened_date"


def test_valid_sample_passes_with_the_unchecked_reference_as_only_warning(tmp_path):
    result = parse(tmp_path, VALID)
    assert result.valid, [p.to_dict() for p in result.errors]
    assert [(p.code, p.field) for p in result.warnings] == [("reference_unchecked", "complaint_number")]
    assert result.record.status.value == "closed"
    assert result.record.problem.qty_complained == 46


def test_broken_sample_reports_every_rule(tmp_path):
    result = parse_paths([SAMPLES / "8d-broken.json"])[0]
    assert not result.valid
    assert {
        "team_leader_count",
        "eightd_date_order",
        "contribution_sum",
        "closing_needs_verified_cause",
        "closing_needs_verified_result",
    } <= codes(result.errors)
    assert {"problem_statement_names_cause", "containment_due_late"} <= codes(result.warnings)


def test_team_without_a_leader_is_an_error(tmp_path):
    team = [{"name": "周敏", "dept": "品保部", "role": "组员"}, {"name": "李强", "role": "组员"}]
    [p] = find(parse(tmp_path, report(team=team)).errors, "team_leader_count")
    assert (p.field, p.location, p.params["count"]) == ("team", "", 0)
    assert p.label == "小组成员"


def test_team_with_two_leaders_is_an_error(tmp_path):
    team = [
        {"name": "周敏", "role": "组长"},
        {"name": "李强", "role": "leader"},
        {"name": "赵工", "role": "组员"},
    ]
    [p] = find(parse(tmp_path, report(team=team)).errors, "team_leader_count")
    assert p.params["count"] == 2
    assert p.field == "team[1].role" and p.label == "小组成员第2行 角色"
    assert "2" in p.message("en") and "组长" in p.message("zh")


def test_a_team_is_required(tmp_path):
    [p] = find(parse(tmp_path, report(team=[])).errors, "required")
    assert p.field == "team"


@pytest.mark.parametrize(
    "statement, word",
    [
        ("因为炉温偏低，46 片虚焊", "因为"),
        ("46 片无输出，原因是 C12 虚焊", "原因是"),
        ("由于治具磨损，虚焊品流出", "由于"),
        ("C12 虚焊导致上电无输出", "导致"),
        ("46 片无输出，对策为全检", "对策"),
    ],
)
def test_problem_statement_naming_a_cause_or_solution_is_a_warning(tmp_path, statement, word):
    problem = dict(VALID["problem"], statement=statement)
    result = parse(tmp_path, report(problem=problem))
    assert result.valid
    [p] = find(result.warnings, "problem_statement_names_cause")
    assert (p.field, p.params["word"], p.location) == ("problem.statement", word, "")
    assert p.label == "问题描述 问题陈述"


def test_problem_statement_is_required(tmp_path):
    problem = {k: v for k, v in VALID["problem"].items() if k != "statement"}
    [p] = find(parse(tmp_path, report(problem=problem)).errors, "required")
    assert p.field == "problem.statement"


def test_containment_due_more_than_24_hours_after_opening_is_a_warning(tmp_path):
    containment = copy.deepcopy(VALID["containment"])
    containment[1]["due_date"] = "2026-09-11"  # opened 09-09: due by 09-10
    containment[1]["done_date"] = "2026-09-11"
    result = parse(tmp_path, report(containment=containment))
    assert result.valid
    [p] = find(result.warnings, "containment_due_late")
    assert p.field == "containment[1].due_date"
    assert p.label == "围堵措施第2行 预定日期"


def test_containment_due_the_next_day_is_on_time(tmp_path):
    assert "containment_due_late" not in codes(parse(tmp_path, VALID).warnings)


def test_corrective_action_due_before_containment_is_an_error(tmp_path):
    actions = copy.deepcopy(VALID["corrective_actions"])
    actions[0]["due_date"] = "2026-09-09"  # containment done 09-10
    [p] = find(parse(tmp_path, report(corrective_actions=actions)).errors, "eightd_date_order")
    assert p.field == "corrective_actions[0].due_date"
    assert p.params["previous_date"].isoformat() == "2026-09-10"


def test_implementation_before_the_corrective_action_date_is_an_error(tmp_path):
    rows = copy.deepcopy(VALID["implementation"])
    rows[1]["implemented_date"] = "2026-09-14"  # D5 due 09-15
    [p] = find(parse(tmp_path, report(implementation=rows)).errors, "eightd_date_order")
    assert p.field == "implementation[1].implemented_date"


def test_closing_before_implementation_is_an_error(tmp_path):
    closure = dict(VALID["closure"], closed_date="2026-09-15")  # D6 on 09-16
    [p] = find(parse(tmp_path, report(closure=closure)).errors, "eightd_date_order")
    assert p.field == "closure.closed_date"
    assert p.label == "结案 结案日期"


def test_closing_before_the_opening_is_an_error(tmp_path):
    opened = VALID["opened_date"]
    closure = dict(VALID["closure"], closed_date="2020-01-02")  # years before the report was opened
    [p] = find(parse(tmp_path, report(closure=closure)).errors, "closed_before_opened")
    assert p.field == "closure.closed_date"
    assert p.params["opened"].isoformat() == opened


def test_closing_without_a_verified_escape_cause_is_an_error(tmp_path):
    causes = copy.deepcopy(VALID["root_cause"])
    causes[1]["verified"] = "否"
    [p] = find(parse(tmp_path, report(root_cause=causes)).errors, "closing_needs_verified_cause")
    assert (p.field, p.params["cause_en"]) == ("root_cause", "escape")


def test_closing_without_an_occurrence_cause_is_an_error(tmp_path):
    causes = [dict(VALID["root_cause"][1], contribution_pct="100%")]
    [p] = find(parse(tmp_path, report(root_cause=causes)).errors, "closing_needs_verified_cause")
    assert p.params["cause_en"] == "occurrence"


def test_closing_with_an_unverified_result_is_an_error(tmp_path):
    rows = copy.deepcopy(VALID["implementation"])
    rows[0]["verified"] = False
    [p] = find(parse(tmp_path, report(implementation=rows)).errors, "closing_needs_verified_result")
    assert p.field == "implementation[0].verified"


def test_closing_without_implementation_is_an_error(tmp_path):
    [p] = find(parse(tmp_path, report(implementation=[])).errors, "closing_needs_implementation")
    assert p.field == "implementation"


def test_an_open_report_needs_no_verification_yet(tmp_path):
    causes = copy.deepcopy(VALID["root_cause"])
    causes[1]["verified"] = False
    result = parse(tmp_path, report(root_cause=causes, implementation=[], closure=None))
    assert result.valid, [p.to_dict() for p in result.errors]
    assert result.record.status.value == "open"


def test_contributions_not_summing_to_100_percent_are_an_error(tmp_path):
    causes = copy.deepcopy(VALID["root_cause"])
    causes[1]["contribution_pct"] = "20%"
    [p] = find(parse(tmp_path, report(root_cause=causes)).errors, "contribution_sum")
    assert (p.field, p.params["total"]) == ("root_cause", "90%")


def test_contributions_may_be_written_as_fractions(tmp_path):
    causes = copy.deepcopy(VALID["root_cause"])
    causes[0]["contribution_pct"], causes[1]["contribution_pct"] = "0.6", "40"
    assert parse(tmp_path, report(root_cause=causes)).valid


def test_sorting_more_defective_than_checked_is_an_error(tmp_path):
    rows = copy.deepcopy(VALID["stock_sorting"])
    rows[0]["qty_defective"] = 1300
    [p] = find(parse(tmp_path, report(stock_sorting=rows)).errors, "sorting_defective_exceeds_checked")
    assert p.field == "stock_sorting[0].qty_defective"


def test_terms_are_read_in_chinese_and_stored_as_keys(tmp_path):
    record = parse(tmp_path, VALID).record.model_dump(mode="json")
    assert record["team"][0]["role"] == "leader"
    assert record["stock_sorting"][2]["location"] == "at_customer"
    assert record["prevention"]["documents_updated"] == ["fmea", "control_plan", "work_instruction"]


def test_errors_in_a_json_list_are_located_by_position(tmp_path):
    broken = report(team=[{"name": "周敏", "role": "组员"}])
    path = tmp_path / "8d-list.json"
    path.write_text(json.dumps([VALID, broken], ensure_ascii=False), encoding="utf-8")
    first, second = parse_paths([path])
    assert first.valid
    [p] = find(second.errors, "team_leader_count")
    assert p.location == "#2"


def test_kesu_schema_8d_describes_the_nested_record():
    result = CliRunner().invoke(cli, ["schema", "8d"])
    assert result.exit_code == 0, result.output
    schema = json.loads(result.output)
    assert "QR-047-03-A1" in schema["title"]
    assert {"team", "problem", "containment", "root_cause", "closure"} <= set(schema["properties"])
    assert set(schema["required"]) >= {
        "complaint_number",
        "customer",
        "part_no",
        "opened_date",
        "team",
        "problem",
        "root_cause",
    }


def test_describe_gives_groups_and_tables():
    fields = forms.get("8d").fields
    assert fields["problem"].kind == "group" and "statement" in forms.describe(fields["problem"].row_model)
    assert fields["team"].kind == "table" and fields["team"].rows == 6
    assert fields["why_chain"].kind == "table"


# ---------------------------------------------------------------------------------- Excel
# The blank form's round trip, the Excel samples and the rendered copies: test_followup_forms.py.
def test_a_second_leader_on_the_excel_form_is_an_error_at_its_role_cell(tmp_path):
    from openpyxl import load_workbook

    path = tmp_path / "8d.xlsx"
    wb = load_workbook(SAMPLES / "8d-valid.xlsx")
    sheet, cell = named_cell(SAMPLES / "8d-valid.xlsx", "kesu.team.role", 2).split("!")
    wb[sheet][cell] = "组长"
    wb.save(path)
    [result] = parse_paths([path])
    [p] = find(result.errors, "team_leader_count")
    assert (p.field, p.location) == ("team[2].role", named_cell(path, "kesu.team.role", 2))


def test_contributions_not_summing_to_100_on_the_excel_form_point_at_the_root_cause_table(tmp_path):
    from openpyxl import load_workbook

    path = tmp_path / "8d.xlsx"
    wb = load_workbook(SAMPLES / "8d-valid.xlsx")
    sheet, cell = named_cell(SAMPLES / "8d-valid.xlsx", "kesu.root_cause.contribution_pct", 0).split("!")
    wb[sheet][cell] = 0.6
    wb.save(path)
    [result] = parse_paths([path])
    [p] = find(result.errors, "contribution_sum")
    assert (p.field, p.location) == ("root_cause", named_cell(path, "kesu.root_cause.type", 0))
