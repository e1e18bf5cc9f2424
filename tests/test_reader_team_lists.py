"""A list of people typed in one cell is split by one rule (guards.people_in) in the generic
reader and in a profile alike: a part that is a title or a company makes the list doubtful, and
it stays whole with a warning on the field — never an invented member (review F3, F4)."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import parse_cli
from openpyxl import Workbook

from kesu_docs.parse import parse_paths
from kesu_docs.parse.guards import people_in

PROFILE = """name = "team-cell"
kind = "8d"
sheet = "8D"
learned_from = "first.xlsx"

[fields]
number = { cell = "B2", label = "8D No.", label_cell = "A2", at = "right" }
customer = { cell = "B3", label = "Customer", label_cell = "A3", at = "right" }
"team[0].name" = { cell = "B4", label = "D1 Team", label_cell = "A4", at = "right", split = true }
"problem.statement" = { cell = "B5", label = "D2 Problem", label_cell = "A5", at = "right" }

[fingerprint.labels]
A2 = "8D No."
A3 = "Customer"
A4 = "D1 Team"
A5 = "D2 Problem"
"""


def _eightd(path: Path, team: str) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "8D"
    ws["A1"] = "8D REPORT"
    for r, (label, value) in enumerate(
        [
            ("8D No.", "8D-2611-07"),
            ("Customer", "Norvale Appliances Ltd"),
            ("D1 Team", team),
            ("D2 Problem", "Hinge pin protrudes 0.6 mm on 2 of 5 sampled units"),
        ],
        start=2,
    ):
        ws.cell(r, 1, label)
        ws.cell(r, 2, value)
    ws.column_dimensions["B"].width = 60
    wb.save(path)
    return path


def _warned(doc: dict, field: str) -> bool:
    return any(w.get("field") == field for w in doc["warnings"])


DOUBTFUL = [
    "Zhang Wei | Bosch Suzhou",
    "Zhang Wei | Quality Manager",
    "Zhang Wei, QA Manager; Li Na, SQE Engineer",
    "Bosch; Continental; Great Wall Motor",
]


@pytest.mark.parametrize("team", DOUBTFUL)
def test_a_list_with_a_title_or_a_company_is_not_split(team):
    assert people_in(team) is None


@pytest.mark.parametrize(
    ("team", "people"),
    [
        ("Chen Hao; Lucy Wang | Peter Sun", ["Chen Hao", "Lucy Wang", "Peter Sun"]),
        ("张伟/品质部、李娜/生产部", ["张伟/品质部", "李娜/生产部"]),
        ("陳怡安\n王志豪\n李佩珊", ["陳怡安", "王志豪", "李佩珊"]),
    ],
)
def test_a_list_of_people_is_split_at_any_list_separator_but_a_slash(team, people):
    assert people_in(team) == people


@pytest.mark.parametrize("team", DOUBTFUL)
def test_the_generic_reader_keeps_a_doubtful_list_whole_and_warns(tmp_path, team):
    [result] = parse_paths([_eightd(tmp_path / "8d.xlsx", team)], kind="8d")
    doc = result.to_dict("en")
    rows = doc["record"].get("team") or []
    assert len(rows) <= 1, rows
    if rows:
        assert rows[0]["name"] == team
        assert _warned(doc, "team[0].name"), doc["warnings"]


@pytest.fixture
def office(tmp_path, monkeypatch):
    """A clerk's folder with a profile that splits the team cell."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("KESU_CONFIG", raising=False)
    (tmp_path / "kesu.toml").write_text('company = "示范电子股份有限公司"\n', encoding="utf-8")
    (tmp_path / "profiles").mkdir()
    (tmp_path / "profiles" / "team-cell.toml").write_text(PROFILE, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("team", DOUBTFUL)
def test_a_profile_keeps_a_doubtful_list_whole_and_warns(office, team):
    _, (doc,) = parse_cli(_eightd(office / "second.xlsx", team))
    assert any(w["code"] == "profile_used" for w in doc["warnings"])
    rows = doc["record"]["team"]
    assert [r["name"] for r in rows] == [team]
    assert _warned(doc, "team[0].name"), doc["warnings"]


def test_a_profile_splits_names_with_their_departments_one_member_each(office):
    _, (doc,) = parse_cli(_eightd(office / "second.xlsx", "张伟/品质部、李娜/生产部"))
    rows = doc["record"]["team"]
    assert len(rows) == 2 and rows[0]["name"].startswith("张伟") and rows[1]["name"].startswith("李娜"), rows
