"""Checking a record does not change it: the procedure's rules only look; the fields a form
derives (defect rate, severity, totals, an 8D's status) come in a copy, from ``derive``."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from helpers import ROOT, checked_complaint, example_values

import kesu_docs as kesu
from kesu_docs import forms
from kesu_docs.config import Settings
from kesu_docs.forms import RuleContext
from kesu_docs.parse import check_results
from kesu_docs.validation import build, check, derive


def as_stored(record) -> str:
    """Everything a record holds, nested rows and groups included, as one comparable text."""
    return json.dumps(record.model_dump(mode="json", warnings=False), sort_keys=True, ensure_ascii=False)


@pytest.mark.parametrize("filled", [True, False], ids=["every-field-filled", "nothing-filled"])
@pytest.mark.parametrize("kind", forms.kinds())
def test_checking_a_record_leaves_it_as_it_was(kind, filled):
    spec = forms.get(kind)
    record, _ = build(spec, example_values(spec) if filled else {})
    before = as_stored(record)
    check(record, RuleContext(Settings()))
    assert as_stored(record) == before


def test_a_complaint_without_severity_is_checked_as_read_and_derived_in_a_copy():
    # the helper's complaint is derived already: take its derived fields away, as a form leaves them
    read = checked_complaint().model_copy(update={"severity": None, "defect_rate": None})
    problems = check(read, RuleContext(Settings()))
    assert not [p for p in problems if p.severity == "error"]
    assert read.severity is None and read.defect_rate is None

    derived = derive(read, Settings())
    assert read.severity is None and read.defect_rate is None  # the record checked is untouched
    assert derived.severity == derived.derived_severity(Settings())
    assert derived.defect_rate == Decimal("0.0250")  # 30 defective of 1,200 shipped


def test_an_allowance_gets_its_totals_in_the_copy_and_its_lines_stay_as_read():
    spec = forms.get("allowance")
    values = json.loads((ROOT / "samples" / "allowance-valid.json").read_text(encoding="utf-8"))
    values.pop("kind", None)
    for key in ("total_excl_tax", "total_tax", "total", "total_in_words"):
        values.pop(key, None)
    for line in values.get("items") or []:
        line.pop("tax", None)
    read, problems = build(spec, values)
    assert not problems, problems
    before = as_stored(read)

    derived = derive(read, Settings())
    assert as_stored(read) == before
    assert read.total is None and derived.total is not None
    assert all(line.tax is None for line in read.items) and all(
        line.tax is not None for line in derived.items
    )


def test_read_results_carry_the_derived_record_as_before(tmp_path):
    source = json.loads((ROOT / "samples" / "complaint-from-system.json").read_text(encoding="utf-8"))
    source.pop("severity", None)
    source.pop("defect_rate", None)
    path = tmp_path / "complaint.json"
    path.write_text(json.dumps(source, ensure_ascii=False), encoding="utf-8")

    [result] = kesu.read([path])
    assert result.record.severity is not None  # derived: 46 of 2,000 with the sample's loss
    assert result.record.defect_rate == Decimal("0.0230")

    again = check_results([result])  # checking again finds the same, and changes nothing more
    assert as_stored(again[0].record) == as_stored(result.record)
