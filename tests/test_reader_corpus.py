"""Our own corpus of other people's layouts (tests/layouts) and the reader's score on it.

The issue's targets are constants here. The target without profiles is met and asserted, and
so is the one with profiles (100 % of a second copy, Excel and its print, with a profile
learned on the first copy's Excel file); the floors below hold what kesu reaches today so a
regression still fails. Raise the floors towards the targets as the reader improves. The full table per tier is
printed by ``python bench/reader_bench.py``.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from kesu_docs import forms
from kesu_docs.parse import parse_paths
from kesu_docs.parse.profile import field_paths

ROOT = Path(__file__).resolve().parents[1]
LAYOUTS = ROOT / "tests" / "layouts"
SAMPLES = ROOT / "samples"
sys.path.insert(0, str(ROOT / "bench"))

import reader_bench  # noqa: E402
import reader_score  # noqa: E402
from reader_bench import learn_profiles  # noqa: E402

# -- the issue's targets
READER_TARGET = 0.90  # of expected fields right without profiles (corpus layouts, xlsx and PDF)
PROFILE_TARGET = 1.00  # right with a profile learned on one filled copy, on another copy
SILENT_TARGET = 0  # wrong values without an error or warning on their field
# -- what holds today, before the generic reader lands (raise as it improves)
READER_FLOOR_NOW = 0.99  # 1317/1322 of our 31 layouts after the fifth round's second merges; 1245/1250 of 29 after dev5-rexcel (8d-zh-step-table, 8d-en-field-list added); 1163/1188 of 27 after the fifth round's merges (1083/1116 of 25 with dev4-rword's SCAR, 1125/1150 of 26 with dev4-rrules'; 949/982 of 22; before the third round 883/916 of 21)
PROFILE_FLOOR_NOW = 1.00  # every field of every second copy (24 layouts, Excel and PDF)
PROFILE_SILENT_NOW = 0  # silent misreads with profiles on our layouts, Excel and PDF

EXPECTED = sorted((LAYOUTS / "expected").glob("*.json"))
EXPECTED_2 = sorted((LAYOUTS / "copy2" / "expected").glob("*.json"))


def load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


# ---------------------------------------------------------------------------------- the corpus itself
def test_our_corpus_has_ten_layouts_or_more_of_every_kind_and_script_each_in_two_copies():
    layouts = [load(p) for p in EXPECTED]
    assert len(layouts) >= 10
    assert {lay["kind"] for lay in layouts} == {"complaint", "8d", "return", "allowance"}
    assert {lay["language"] for lay in layouts} >= {"zh-Hans", "zh-Hant", "en"}
    for lay in layouts:
        assert (LAYOUTS / lay["template"]).is_file()
        for rel in lay["filled"]:
            assert (LAYOUTS / rel).is_file() and (LAYOUTS / "copy2" / rel).is_file()
        assert [p.name for p in EXPECTED_2] == [p.name for p in EXPECTED]


@pytest.mark.parametrize("expected", EXPECTED + EXPECTED_2, ids=lambda p: f"{p.parent.parent.name}/{p.stem}")
def test_every_expected_field_is_a_record_field_and_stands_in_its_cell(expected):
    exp = load(expected)
    paths = field_paths(forms.get(exp["kind"]))
    wb = load_workbook(expected.parent.parent / exp["filled"][0])
    for f in exp["fields"]:
        plain = re.sub(r"\[[^\]]*\]", "", f["path"])
        assert plain in paths, f["path"]
        sheet, _, ref = f["cell"].rpartition("!")
        ws = wb[sheet]
        cells = ws[ref] if ":" in ref else ((ws[ref],),)
        typed = [c.value for row in cells for c in row if c.value not in (None, "")]
        assert typed, f"{f['cell']} is empty for {f['path']}"
        assert set(f) >= {"label", "cell", "value", "path", "expect"}
    assert isinstance(exp["unmapped_labels"], list)


def test_the_committed_layouts_are_what_the_generator_writes(tmp_path):
    subprocess.run(
        [sys.executable, str(LAYOUTS / "make_layouts.py"), "--no-pdf", "--out", str(tmp_path)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    written = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*") if p.suffix in (".xlsx", ".json"))
    assert len(written) == 5 * len(EXPECTED)  # template, two filled copies, two expected files
    for rel in written:
        if rel.suffix == ".json":
            assert (tmp_path / rel).read_bytes() == (LAYOUTS / rel).read_bytes(), rel
        else:  # the same cells and merges (the bytes depend on the openpyxl version)
            assert _sheet_contents(tmp_path / rel) == _sheet_contents(LAYOUTS / rel), rel


def _sheet_contents(path: Path) -> list:
    wb = load_workbook(path)
    return [
        (
            ws.title,
            sorted(map(str, ws.merged_cells.ranges)),
            [[c.value for c in row] for row in ws.iter_rows()],
        )
        for ws in wb.worksheets
    ]


# ---------------------------------------------------------------------------------- scoring
@pytest.fixture(scope="module")
def without_profiles() -> list[reader_score.FileScore]:
    return reader_score.score_layouts(LAYOUTS, reader_score.Rules())


@pytest.fixture(scope="module")
def with_profiles() -> list[reader_score.FileScore]:
    with tempfile.TemporaryDirectory() as tmp:
        profiles = Path(tmp) / "profiles"
        assert learn_profiles(LAYOUTS, profiles, ()) == []
        with reader_score.with_profiles(profiles):
            return reader_score.score_layouts(LAYOUTS / "copy2", reader_score.Rules())


def share(scores: list[reader_score.FileScore]) -> float:
    return sum(s.right for s in scores) / sum(len(s.verdicts) for s in scores)


def test_scoring_runs_on_our_layouts_in_excel_and_pdf_and_fills_every_tier(without_profiles):
    assert {s.fmt for s in without_profiles} == {"excel", "pdf"}
    assert len(without_profiles) == 2 * len(EXPECTED)
    tiers = {reader_score.tier(f) for s in without_profiles for f, _, _ in s.verdicts}
    assert tiers == set(reader_score.TIERS)
    assert share(without_profiles) >= READER_FLOOR_NOW
    assert sum(s.silent for s in without_profiles) == SILENT_TARGET  # every wrong value is reported


def test_profiles_learned_on_first_copies_read_the_second_copies(with_profiles):
    assert share(with_profiles) >= PROFILE_FLOOR_NOW
    assert sum(s.silent for s in with_profiles) <= PROFILE_SILENT_NOW
    excel = [s for s in with_profiles if s.fmt == "excel"]
    assert sum(s.silent for s in excel) == 0  # by cell, a profile reads nothing silently wrong


def test_reader_meets_the_issue_target_without_profiles_on_our_layouts(without_profiles):
    assert share(without_profiles) >= READER_TARGET
    assert sum(s.silent for s in without_profiles) == SILENT_TARGET


def test_profiles_meet_the_issue_target_on_our_layouts(with_profiles):
    assert share(with_profiles) >= PROFILE_TARGET
    assert sum(s.silent for s in with_profiles) == SILENT_TARGET


def test_our_own_samples_stay_read_exactly_with_profiles_of_other_layouts_present(tmp_path, monkeypatch):
    pairs = [
        (SAMPLES / f"{k}-valid.xlsx", SAMPLES / f"{k}-valid.json") for k in ("8d", "return", "allowance")
    ]
    learn_profiles(LAYOUTS, tmp_path / "profiles", ())
    with reader_score.with_profiles(tmp_path / "profiles"):
        for xlsx, twin in pairs:
            a, b = parse_paths([xlsx, twin])
            assert a.valid and b.valid
            assert a.record.model_dump(mode="json") == b.record.model_dump(mode="json")
            assert not any(w.code.startswith("profile") for w in a.warnings)
        (complaint,) = parse_paths([SAMPLES / "complaint-valid.xlsx"])
        assert complaint.valid


@pytest.mark.skipif(
    reader_score.corpus_scorer() is None, reason="../shared/corpus is not beside the repository"
)
def test_reader_score_agrees_with_the_corpus_scorer(without_profiles):
    ours, theirs = reader_score.Rules(prefer_corpus=False), reader_score.Rules(prefer_corpus=True)
    assert theirs.source.endswith("score.py")
    sample = [LAYOUTS / "filled" / f"{load(p)['id']}.xlsx" for p in EXPECTED]
    for path, exp in zip(sample, map(load, EXPECTED)):
        doc = reader_score.parse_doc(path, exp["kind"])
        for f in exp["fields"]:
            assert ours.score_field(doc["record"], f) == theirs.score_field(doc["record"], f)
            assert ours.has_value(doc["record"], f) == theirs.has_value(doc["record"], f)
            flagged = ours.flagged_fields(doc)
            assert flagged == theirs.flagged_fields(doc)
            assert ours.is_flagged(doc["record"], f["path"], flagged) == theirs.is_flagged(
                doc["record"], f["path"], flagged
            )


@pytest.mark.parametrize(
    ("field", "tier"),
    [
        ({"path": "items[0].qty", "value": "400", "expect": 400}, "table"),
        ({"path": "team[*].name", "value": "Li Na", "expect": "Li Na"}, "table"),
        ({"path": "description", "value": "x" * 50, "expect": "x" * 50}, "text"),
        ({"path": "received_date", "value": "2026年9月8日", "expect": "2026-09-08"}, "reading"),
        ({"path": "ship_qty", "value": "12", "expect": 12000, "note": "(K)"}, "reading"),
        ({"path": "sample_received", "value": "☑有", "expect": True}, "reading"),
        ({"path": "customer", "value": "常州星宇", "expect": "常州星宇"}, "label"),
        ({"path": "defect_qty", "value": "180", "expect": 180}, "label"),
    ],
)
def test_each_expected_field_falls_in_one_tier(field, tier):
    assert reader_score.tier(field) == tier


def test_the_benchmark_prints_every_tier_and_says_whether_each_target_is_met(tmp_path, capsys):
    assert reader_bench.main(["--no-pdf", "--corpus", "own", "--main", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    for name in reader_score.TIER_NAMES.values():
        assert out.count(name) == 2  # without profiles and with them
    assert "silent misreads" in out
    targets = out.split("targets (issue 10)")[1]
    assert targets.count("met") == 4 and "parse time" not in targets  # no other checkout to time
    assert "of the values printed on the page" in targets  # the profile score less what no print shows
