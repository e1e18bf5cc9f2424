"""The case over its life: the stage a complaint has reached, its due date, stage deadlines and status."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from kesu_docs.case import CaseStatus, Stage, case_status, due_date, overdue_stage, stage_deadlines, stage_of
from kesu_docs.config import Deadlines, Settings
from kesu_docs.forms import get

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
INVESTIGATION = (
    "cause_category",
    "root_cause",
    "responsible_unit",
    "responsibility_code",
    "production_unit",
    "shift",
    "operator",
    "production_date",
    "short_term_action",
    "long_term_action",
)
DECISION = (
    "safety_related",
    "loss_amount",
    "disposition",
    "approved_return_qty",
    "approval_level",
    "approver",
    "approved_date",
    "negotiation_result",
    "penalties",
)


def closed_case() -> dict:
    record = json.loads((SAMPLES / "complaint-from-system.json").read_text(encoding="utf-8"))
    record.pop("kind")
    return record


def intake_only() -> dict:
    record = closed_case()
    for key in (*INVESTIGATION, *DECISION, "closed_date"):
        record.pop(key, None)
    return record


def investigated() -> dict:
    record = closed_case()
    for key in (*DECISION, "closed_date"):
        record.pop(key, None)
    return record


def decided() -> dict:
    record = closed_case()
    record.pop("closed_date")
    return record


def test_the_stage_follows_what_is_filled_on_the_sheet():
    assert stage_of(intake_only()) == Stage.INTAKE
    assert stage_of(investigated()) == Stage.INVESTIGATION
    assert stage_of(decided()) == Stage.DECISION
    assert stage_of(decided(), linked_kinds=["8d", "return"]) == Stage.EIGHT_D
    assert stage_of(closed_case(), linked_kinds=["8d"]) == Stage.CLOSED


def test_the_stage_of_a_validated_record_is_the_same_as_of_the_stored_json():
    record = get("complaint").model.model_validate(investigated())
    assert stage_of(record) == Stage.INVESTIGATION
    assert due_date(record, Settings()) == dt.date(2026, 9, 23)


def test_due_date_is_15_days_domestic_20_foreign_and_configurable():
    record = intake_only()  # received 2026-09-08, domestic
    assert due_date(record, Settings()) == dt.date(2026, 9, 23)
    assert due_date({**record, "market": "foreign"}, Settings()) == dt.date(2026, 9, 28)
    other = Settings(deadlines=Deadlines(domestic_days=13, foreign_days=17))
    assert due_date(record, other) == dt.date(2026, 9, 21)
    assert due_date({**record, "market": "foreign"}, other) == dt.date(2026, 9, 25)


def test_stage_deadlines_chain_qa_report_reply_gm_opinion_and_8d_from_registration():
    deadlines = stage_deadlines(intake_only(), Settings())
    assert deadlines == {
        Stage.INVESTIGATION: dt.date(2026, 9, 14),  # QA report 3 d + unit's reply 3 d
        Stage.DECISION: dt.date(2026, 9, 15),  # GM office opinion 1 d
        Stage.EIGHT_D: dt.date(2026, 9, 18),  # 8D 3 d
        Stage.CLOSED: dt.date(2026, 9, 23),
    }
    slower = Settings(deadlines=Deadlines(qa_report_days=5, reply_days=2, gm_opinion_days=2, eightd_days=4))
    assert stage_deadlines(intake_only(), slower)[Stage.EIGHT_D] == dt.date(2026, 9, 8 + 5 + 2 + 2 + 4)


def test_a_case_decided_not_established_needs_no_8d():
    record = {**decided(), "disposition": ["not_established"]}
    assert Stage.EIGHT_D not in stage_deadlines(record, Settings())
    assert overdue_stage(record, dt.date(2026, 9, 20), Settings()) is None


def test_case_status_as_of_a_date():
    s = Settings()
    assert case_status(intake_only(), dt.date(2026, 9, 23), s) == CaseStatus.OPEN
    assert case_status(intake_only(), dt.date(2026, 9, 24), s) == CaseStatus.OVERDUE
    assert case_status(closed_case(), dt.date(2027, 1, 1), s) == CaseStatus.CLOSED_ON_TIME
    late = {**closed_case(), "closed_date": "2026-09-30"}
    assert case_status(late, dt.date(2026, 9, 10), s) == CaseStatus.CLOSED_LATE


def test_overdue_stage_names_the_first_step_not_reached_in_time():
    s = Settings()
    assert overdue_stage(intake_only(), dt.date(2026, 9, 14), s) is None
    assert overdue_stage(intake_only(), dt.date(2026, 9, 15), s) == Stage.INVESTIGATION
    assert overdue_stage(investigated(), dt.date(2026, 9, 15), s) is None
    assert overdue_stage(investigated(), dt.date(2026, 9, 16), s) == Stage.DECISION
    assert overdue_stage(decided(), dt.date(2026, 9, 19), s) == Stage.EIGHT_D
    assert overdue_stage(decided(), dt.date(2026, 9, 19), s, linked_kinds=["8d"]) is None
    assert overdue_stage(decided(), dt.date(2026, 9, 24), s, linked_kinds=["8d"]) == Stage.CLOSED
    assert overdue_stage(closed_case(), dt.date(2027, 1, 1), s) is None


@pytest.mark.parametrize(
    ("member", "zh", "en"),
    [(Stage.EIGHT_D, "8D报告", "8D report"), (CaseStatus.OVERDUE, "逾期未结", "Overdue")],
)
def test_stages_and_statuses_read_in_chinese_and_english(member, zh, en):
    assert member.label("zh") == zh and member.label("en") == en
    assert type(member)(member.value) is member and type(member).lookup(member.value) is member


def test_a_record_without_received_date_has_no_due_date():
    with pytest.raises(ValueError):
        due_date({"market": "domestic"}, Settings())
