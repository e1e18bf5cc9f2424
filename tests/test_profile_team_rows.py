"""A profile's team rows beside their one label (``D1 小組成員`` merged down over the members),
read on copies the profile was not learned on (issue 10, the twelfth round's mends):

- the rows end at the clerk's ``以下空白`` and at a cell holding a label and its value
  (``核准：林志明``, ``客戶代表：Mr. Lee``): never a member; a role before a name (``組長：``) is
  still a member's row;
- a name typed under the rows the profile reads (a fourth member under a label merged over
  three, a label not merged on this copy) is warned, never dropped silently; a sentence under
  them is not.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from helpers import parse_cli, run_cli
from openpyxl import Workbook
from openpyxl.styles import Border, Side


def _copy(
    folder: Path,
    team: list[str],
    in_span: tuple[str, ...] = (),
    after: tuple[str, ...] = (),
    merged: bool = True,
) -> Path:
    """An 8D sheet: the members one a row beside ``D1 小組成員`` (merged over them and
    ``in_span``), ``after`` under the label's rows in the names' column, then D2 and D4."""
    wb = Workbook()
    ws = wb.active
    ws.title = "8D"
    rows: list[list[object]] = [
        ["8D 問題解決報告"],
        ["報告編號", f"8D-TW-26-{len(team):03d}", "開立日期", dt.datetime(2026, 3, 3)],
        ["客戶", "英業達", "料號", "TW-HG-0881"],
    ]
    span = [*team, *in_span]
    rows += [["D1 小組成員" if i == 0 else None, member] for i, member in enumerate(span)]
    rows += [[None, text] for text in after]
    rows += [["D2 問題描述", "轉軸扭力不足，螢幕無法定位。"], ["D4 根本原因", "墊片厚度公差過大。"]]
    for row in rows:
        ws.append(row)
    if merged and len(span) > 1:
        ws.merge_cells(f"A4:A{3 + len(span)}")
    thin = Side(style="thin")
    for line in ws[f"A2:D{len(rows)}"]:
        for cell in line:
            cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
    for col in "ABCD":
        ws.column_dimensions[col].width = 22
    folder.mkdir(parents=True)
    path = folder / "8d.xlsx"
    wb.save(path)
    return path


@pytest.fixture
def learned(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder with the profile learned on a copy of three members."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("KESU_CONFIG", raising=False)
    (tmp_path / "kesu.toml").write_text('company = "示范电子股份有限公司"\n', encoding="utf-8")
    code, out = run_cli("learn", _copy(tmp_path / "learned", ["陳怡安", "王志豪", "李佩珊"]), "--kind", "8d")
    assert code == 0, out
    return tmp_path


def _team(path: Path) -> tuple[list[str], dict]:
    _code, (doc,) = parse_cli(path, "--lang", "en")
    assert any(w["code"] == "profile_used" for w in doc["warnings"])
    return [m["name"] for m in doc["record"]["team"]], doc


def _after_rows(doc: dict) -> list[dict]:
    return [w for w in doc["warnings"] if w["code"] == "profile_row_after_table"]


@pytest.mark.parametrize(
    ("extra", "members"),
    [
        ("以下空白", ["陳怡安", "黃俊明"]),
        ("核准：林志明", ["陳怡安", "黃俊明"]),
        ("客戶代表：Mr. Lee", ["陳怡安", "黃俊明", "張雅婷"]),
    ],
)
def test_the_rows_end_at_blank_below_and_at_a_label_with_its_value(learned, extra, members):
    names, doc = _team(_copy(learned / "copy", members, in_span=(extra,)))
    assert names == members  # never "以下空白" or "核准：林志明" as a member
    assert not _after_rows(doc)


def test_a_role_before_a_members_name_is_still_a_row(learned):
    names, _doc = _team(_copy(learned / "copy", ["組長：陳怡安", "組員：黃俊明", "組員：張雅婷"]))
    assert len(names) == 3


@pytest.mark.parametrize(
    ("team", "after", "merged", "left_out"),
    [
        (["陳怡安", "黃俊明", "張雅婷"], ("吳冠廷",), True, "吳冠廷"),  # typed under a 3-row span
        (["陳怡安", "黃俊明", "張雅婷", "吳冠廷"], (), False, "黃俊明"),  # the label not merged
    ],
)
def test_a_name_under_the_rows_read_is_warned(learned, team, after, merged, left_out):
    names, doc = _team(_copy(learned / "copy", team, after=after, merged=merged))
    warned = _after_rows(doc)
    assert names == team[: len(names)] and left_out not in names
    assert len(warned) == 1 and warned[0]["field"] == "team" and left_out in warned[0]["message"]


def test_a_sentence_under_the_rows_is_no_member_left_out(learned):
    names, doc = _team(
        _copy(learned / "copy", ["陳怡安"], after=("客戶反映轉軸鬆動，批次 L2603",), merged=False)
    )
    assert names == ["陳怡安"]
    assert not _after_rows(doc)


def test_a_sentence_typed_inside_the_teams_span_is_no_member(learned):
    # the D2 text typed in the team's last row, under its label merged over the rows: a member
    # is a name (with a role or department at most), a sentence is none — the rows end there
    sentence = "客戶反映轉軸鬆動，批次 L2603 全數退回。"
    names, doc = _team(_copy(learned / "copy", ["陳怡安", "黃俊明"], in_span=(sentence,)))
    assert names == ["陳怡安", "黃俊明"], names
    assert sentence not in str(doc["record"]["team"])
