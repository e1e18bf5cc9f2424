"""A layout profile reads a Buddhist-era date as the generic reader does (tests/holdout18
return-en-buddhist: ``Date (B.E.) 22/04/2569`` is 2026-04-22).

The profile's dates in the layout's order (``dmy``) were made straight from the printed figures:
2569-04-22, a date Python allows and the form's rules refuse, so the value was lost (or, where the
profile could not place the label, read by the generic reader instead). The years 543 ahead of
ours are the Buddhist era's on a profile's date too.
"""

from __future__ import annotations

import datetime as dt

from test_layout_profiles import HOLDOUT4, _learn_set, _second, office  # noqa: F401

from kesu_docs.parse.profile import _as_date

HOLDOUT18 = HOLDOUT4.parent / "holdout18"


def test_a_buddhist_era_year_in_the_layouts_order_is_ours():
    assert _as_date("25/04/2569", "dmy") == dt.date(2026, 4, 25)
    assert _as_date("04/25/2569", "mdy") == dt.date(2026, 4, 25)
    assert _as_date("25/04/2026", "dmy") == dt.date(2026, 4, 25)


def test_a_profile_learned_on_the_workbook_reads_the_buddhist_dates_of_the_next_copys_print(office):
    _learn_set(HOLDOUT18, "return-en-buddhist", "excel", office)
    doc, exp = _second(HOLDOUT18, "return-en-buddhist")
    assert doc["record"]["issue_date"] == "2026-04-22"
    assert doc["record"]["received_date"] == "2026-04-25"
    assert not [w for w in doc["errors"] if w["code"] == "invalid_date"]
