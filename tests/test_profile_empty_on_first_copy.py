"""A layout profile learned on a copy where a field was left empty (the general manager had not
signed yet, the case was not closed) still knows where that field stands: the empty cell beside
its label, which the generic reader found. The next copy's value there is read (issue 10:
"with a profile learned from one filled copy: 100 % on another filled copy")."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import Workbook

from kesu_docs.parse.profile import learn, read_by_profile


def _complaint(path: Path, number: str, closed: dt.datetime | None, gm: str | None) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "客诉跟踪"
    ws.append(["客户抱怨处理单"])
    ws.append(["抱怨单号", number, "受理日期", dt.datetime(2026, 3, 6)])
    ws.append(["客户名称", "深圳拓邦股份有限公司"])
    ws.append(["料号", "SZ-MTR-3305", "品名", "微型电机端盖"])
    ws.append(["交货数量", 20000, "不良数量", 60])
    ws.append(["异常描述", "端盖轴承孔偏大 0.02mm，电机异响。"])
    ws.append(["客户要求", "退货"])
    ws.append(["填表人", "罗文静", "主管", "彭国强"])
    ws.append(["结案日期", closed, "总经理", gm])
    wb.save(path)
    return path


def test_a_field_empty_on_the_learned_copy_is_read_on_the_next(tmp_path: Path):
    first = _complaint(tmp_path / "first.xlsx", "KB-2603-041", None, None)
    profile = learn(first, "complaint")
    assert "closed_date" in profile.fields  # its place learned though empty
    folder = tmp_path / "profiles"
    folder.mkdir()
    (folder / "kb.toml").write_text(profile.to_toml(), encoding="utf-8")
    second = _complaint(tmp_path / "second.xlsx", "KB-2603-052", dt.datetime(2026, 4, 28), "黄振宇")
    [got] = read_by_profile(second, second.read_bytes(), "complaint", folder)
    assert got.values["number"] == "KB-2603-052"
    assert str(got.values["closed_date"]).startswith("2026-04-28")


def test_an_empty_field_stays_empty_on_a_copy_that_leaves_it_empty(tmp_path: Path):
    first = _complaint(tmp_path / "first.xlsx", "KB-2603-041", None, None)
    folder = tmp_path / "profiles"
    folder.mkdir()
    (folder / "kb.toml").write_text(learn(first, "complaint").to_toml(), encoding="utf-8")
    second = _complaint(tmp_path / "second.xlsx", "KB-2603-060", None, None)
    [got] = read_by_profile(second, second.read_bytes(), "complaint", folder)
    assert got.values.get("closed_date") in (None, "")
    assert got.values["customer"] == "深圳拓邦股份有限公司"
