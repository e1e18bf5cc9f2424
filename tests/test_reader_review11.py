"""Mends of the eleventh round's review (each a finding a clerk would have met)."""

from __future__ import annotations

import json
from pathlib import Path

from kesu_docs import forms
from kesu_docs.config import settings
from kesu_docs.parse.guards import derived_in_doubt
from kesu_docs.parse.pdf import _across_doubts
from kesu_docs.problems import Problem
from kesu_docs.validation import derive

ROOT = Path(__file__).resolve().parents[1]


def test_figures_computed_from_lines_read_on_pages_printed_across_are_in_doubt_too() -> None:
    # one printed_across_pages warning a document names its fields in params["fields"]; the totals,
    # tax and amount in words the form computes from those lines must be reported as their
    # inputs are (before the mend only a warning's own ``field`` counted: they passed silently)
    spec = forms.get("allowance")
    data = json.loads((ROOT / "samples" / "allowance-valid.json").read_text(encoding="utf-8"))
    data.pop("kind", None)
    for key in ("total_excl_tax", "total_tax", "total", "total_in_words"):
        data.pop(key)  # left for the form to compute
    record = spec.model.model_validate(data)
    derived = derive(record, settings(), copy=True)
    read_at = {
        f"items[{i}].{k}": "p2 · x" for i in range(2) for k in ("qty", "unit_price", "allowance_amount")
    }
    read_at |= {"buyer": "p1 · x", "invoice_no": "p1 · x"}
    provenance = {path: object() for path in read_at}

    across = _across_doubts(spec, read_at, {2})
    assert (
        len(across) == 1
        and across[0].field == ""
        and set(across[0].fields) == {p for p in read_at if p.startswith("items")}
    )
    found = {p.field for p in derived_in_doubt(spec, record, derived, provenance, across)}
    assert {"total_excl_tax", "total_tax", "total", "total_in_words"} <= found
    # and nothing is in doubt without the warning
    assert derived_in_doubt(spec, record, derived, provenance, []) == []


def test_a_finding_on_one_field_is_on_that_field_only() -> None:
    assert Problem("x", field="customer").fields == ("customer",)
    assert Problem("x", params={"fields": ["a", "b"]}).fields == ("a", "b")
    assert Problem("x").fields == ()
    assert "fields" not in Problem("x", field="customer", params={"fields": ["a"]}).to_dict()
