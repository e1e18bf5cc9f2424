"""One overdue rule (kesu_docs.case.is_overdue): a case still open is overdue from the day after
its due date, and every place that tells — the case's status, the register's case-status
filter, the web page's register view, the tracking register's status cell and fill (made
from the records, from the stored rows and from the kept segments) — agrees on the due day
and the days around it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from helpers import complaint, sqlite_open
from openpyxl import load_workbook

from kesu_docs import case
from kesu_docs.register import Register, tracking_segments
from kesu_docs.reports import tracking
from kesu_docs.web import managers

DAY = dt.date(2026, 11, 30)
DOMESTIC = 15  # days from receipt to the due date (kesu.toml's default for a domestic case)


@pytest.fixture
def register(tmp_path: Path) -> Path:
    """Three open complaints due the day before DAY, on DAY and the day after."""
    path = tmp_path / "kesu.db"
    with Register.open(path) as reg:
        assert reg.settings.deadlines.domestic_days == DOMESTIC
        for late in (1, 0, -1):
            received = DAY - dt.timedelta(days=DOMESTIC + late)
            reg.issue(
                complaint(f"客户{late}", received=received.isoformat()), source_hash=f"h{late}", source="x"
            )
    return path


def due_dates(path: Path) -> dict[str, dt.date]:
    with Register.open(path, read_only=True) as reg:
        return {d.number: d.due_date for d in reg.documents(kind="complaint")}


def test_the_rule_is_overdue_from_the_day_after_the_due_date():
    assert not case.is_overdue(DAY, DAY)
    assert case.is_overdue(DAY - dt.timedelta(days=1), DAY)
    assert not case.is_overdue(DAY + dt.timedelta(days=1), DAY)
    assert case.is_overdue(DAY.toordinal() - 1, DAY.toordinal())  # the kept segments' ordinals


def test_the_case_status_the_filter_and_the_web_view_agree(register: Path):
    due = due_dates(register)
    expected = {number for number, d in due.items() if d < DAY}
    assert len(expected) == 1 and DAY in due.values()  # one past due, one due on the day
    with Register.open(register, read_only=True) as reg:
        docs = reg.documents(kind="complaint")
        listed = {d.number for d in reg.documents(case_status="overdue", as_of=DAY)}
        open_ = {d.number for d in reg.documents(case_status="open", as_of=DAY)}
        by_status = {
            d.number for d in docs if case.case_status(d.record, DAY, reg.settings) == case.CaseStatus.OVERDUE
        }
        viewed = {d.number for d in docs if managers.is_overdue(d, DAY)}
    assert listed == by_status == viewed == expected
    assert open_ == set(due) - expected


def overdue_in_export(out: Path) -> set[str]:
    """The complaints the tracking register shows as overdue: its status cell and its fill."""
    sheet = load_workbook(out)[tracking.SHEET]
    rows = list(sheet.iter_rows())
    at = [c.value for c in rows[0]].index("逾期/结案情形")
    shown = {r[0].value for r in rows[1:] if str(r[at].value).startswith("逾期未结")}
    filled = {r[0].value for r in rows[1:] if r[0].fill.fgColor.rgb.endswith("F8CBAD")}
    assert shown == filled, (shown, filled)
    return shown


def test_the_tracking_register_agrees_from_records_rows_and_segments(register: Path, tmp_path: Path):
    """The first export makes the rows (from the records) and keeps them in a segment; the second
    reads the kept segment, whose rows' fill is chosen row by row (a segment due on both sides
    of the day); both show the rule's answer."""
    due = due_dates(register)
    expected = {number for number, d in due.items() if case.is_overdue(d, DAY)}
    with Register.open(register) as reg:
        first = tracking.export(reg, tmp_path / "1.xlsx", as_of=DAY)
    with sqlite_open(register) as conn:
        kept = conn.execute("SELECT count(*) FROM sheet_chunks WHERE sheet = ?", (tracking_segments.NAME,))
        assert kept.fetchone()[0] == 1  # the three rows, in one segment
    conn.close()
    with Register.open(register, read_only=True) as reg:
        second = tracking.export(reg, tmp_path / "2.xlsx", as_of=DAY)
    assert overdue_in_export(first) == overdue_in_export(second) == expected
    assert first.read_bytes() == second.read_bytes()


def test_a_kept_segment_chooses_each_rows_fill_by_the_rule():
    """A segment whose rows fall due on both sides of the day picks each row by the rule; one
    all before or all after the day takes one of its two bodies whole."""
    rows = [
        tracking_segments.Stored(b"<row>%d</row>" % i, b"<row>late %d</row>" % i, DAY + dt.timedelta(days=i))
        for i in (-1, 0, 1)
    ]
    data, _crc, _size = tracking_segments.encode(rows)
    for as_of in (DAY - dt.timedelta(days=2), DAY, DAY + dt.timedelta(days=1), DAY + dt.timedelta(days=9)):
        shown = tracking_segments.shown(data, as_of)
        assert shown is not None
        assert shown[0][0] == b"".join(r.shown(as_of)[0] for r in rows), as_of
        late = [r.due is not None and case.is_overdue(r.due, as_of) for r in rows]
        assert shown[0][0] == b"".join((r.overdue or b"") if x else r.row for r, x in zip(rows, late)), as_of
