"""The held-out sets' shared score checks (tests/holdout_checks.py) fail as soon as a figure
drops below its floor: each is asked of a scored set one field worse than the floor allows."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from holdout_checks import (
    Floors,
    check_invented,
    check_no_silent,
    check_reads_no_fewer_fields,
    check_recognised,
    check_silent,
    check_target_share,
    holdout_score,
)

FLOORS = Floors(excel=1.0, pdf=1.0, sent_as_pdf=1.0, recognised=3, profile_excel=1.0)


def verdict(ok: bool = True, silent: bool = False):
    return holdout_score.Verdict(
        "customer", "客户", "甲", "甲" if ok else "乙", "right" if ok else "miss", silent
    )


def scored(
    tmp_path: Path, *, wrong: str = "", silent: bool = False, invented: bool = False, unknown: str = ""
):
    """Three files of one layout (its workbook, the workbook's print, a PDF sent alone), ten
    fields each; ``wrong`` names the file with one field wrong."""
    (tmp_path / "a.xlsx").write_bytes(b"")
    out = []
    for name in ("a.xlsx", "a.pdf", "b.pdf"):
        verdicts = [verdict() for _ in range(9)] + [
            verdict(ok=name != wrong, silent=silent and name == wrong)
        ]
        made = [verdict(ok=False, silent=True)] if invented and name == "b.pdf" else []
        out.append(holdout_score.FileResult("a", "complaint", name, name != unknown, verdicts, None, made))
    return out


def test_the_checks_pass_a_set_at_its_floors(tmp_path):
    results = scored(tmp_path)
    check_recognised(results, FLOORS)
    check_silent(results, tmp_path, FLOORS)
    check_invented(results, FLOORS)
    check_no_silent(results)
    check_target_share(results, FLOORS)


@pytest.mark.parametrize("wrong", ["a.xlsx", "a.pdf", "b.pdf"])
def test_a_share_below_its_floor_fails(tmp_path, wrong):
    expected = tmp_path / "one.json"  # the layout's expected file: its three filled files
    expected.write_text(json.dumps({"filled": ["a.xlsx", "a.pdf", "b.pdf"]}), encoding="utf-8")
    check_reads_no_fewer_fields(scored(tmp_path), tmp_path, [expected], FLOORS)
    with pytest.raises(AssertionError):
        check_reads_no_fewer_fields(scored(tmp_path, wrong=wrong), tmp_path, [expected], FLOORS)


def test_a_file_not_recognised_fails(tmp_path):
    with pytest.raises(AssertionError):
        check_recognised(scored(tmp_path, unknown="b.pdf"), FLOORS)


def test_a_silent_misread_fails(tmp_path):
    results = scored(tmp_path, wrong="a.pdf", silent=True)
    for check in (lambda: check_silent(results, tmp_path, FLOORS), lambda: check_no_silent(results)):
        with pytest.raises(AssertionError):
            check()


def test_an_invented_value_passed_silently_fails(tmp_path):
    results = scored(tmp_path, invented=True)
    for check in (lambda: check_invented(results, FLOORS), lambda: check_no_silent(results)):
        with pytest.raises(AssertionError):
            check()


def test_a_share_below_the_target_fails(tmp_path):
    with pytest.raises(AssertionError):
        check_target_share(scored(tmp_path, wrong="a.xlsx"), Floors(1, 1, 1, 3, 1, target=0.99))


def test_the_report_says_what_a_clerk_gets_without_the_kind(tmp_path):
    """A file whose kind the reader did not find counts nothing in the clerk's figure (the score
    reads it again with its kind, which a clerk without --kind does not get)."""
    results = scored(tmp_path, unknown="b.pdf")
    t = holdout_score.totals(results)
    assert (t["right"], t["right_kind_found"], t["not_recognised"]) == (30, 20, 1)
    text = holdout_score.report(results)
    assert "1 of 3 files not recognised count nothing): 20/30 = 67 %" in text
