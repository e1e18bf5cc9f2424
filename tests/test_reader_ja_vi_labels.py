"""Japanese-owned plants' kanji labels and Vietnamese-first bilingual labels (holdout15 patterns 6
and 7), on forms of our own.

- A Japanese-owned plant's 8D: ``管理番号`` is the report's number, ``客先`` the customer,
  ``応急対策`` the containment, ``担当`` the people in charge — several kanji names joined by the
  middle dot ``・`` are several members; a katakana name's own ``・`` (``マリア・ロペス``) parts no one.
- A customer's name ending in ``有限`` / ``股份`` lost its ``公司`` (a wrap fell into the next cell):
  warned ``name_cut_off``, never read short in silence; ``效果有限`` in a text is a sentence's end.
- ``Khách hàng / 客户``: a label in Vietnamese first and Chinese after a slash names the field its
  Chinese part names, though the Vietnamese part names none.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers import parse_cli


def _doc(path: Path, *args: str) -> dict[str, Any]:
    code, docs = parse_cli(path, *args)
    assert docs, f"kesu parse gave nothing (exit {code})"
    return docs[0]


def _warned(doc: dict[str, Any], field: str) -> list[str]:
    return [p["code"] for p in doc["errors"] + doc["warnings"] if p["field"] == field]


def _sheet(path: Path, cells: dict[str, Any], title: str = "報告書") -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = title
    for ref, value in cells.items():
        ws[ref] = value
    wb.save(path)
    return path


def _nikkei_8d(path: Path, people: str, customer: str = "无锡村田电子有限公司") -> Path:
    return _sheet(
        path,
        {
            "A1": "品質異常 8D 報告書",
            "A3": "管理番号",
            "B3": "QA-WX-2605-11",
            "C3": "作成日",
            "D3": "2026-05-14",
            "A4": "客先",
            "B4": customer,
            "C4": "品番",
            "D4": "MR-CAP-0402",
            "A5": "担当",
            "B5": people,
            "A6": "不具合内容",
            "B6": "电容端头开裂，客户贴片后漏电 35 件。",
            "A7": "応急対策",
            "B7": "库存 12,000 件全数外观筛选。",
            "A8": "恒久対策",
            "B8": "回流焊曲线降温斜率下调，增加切片检查。",
            "A9": "承認",
            "B9": "佐藤一郎",
        },
    )


@pytest.mark.parametrize(
    ("people", "members"),
    [("山本太郎・陈晓东・李娜", ["山本太郎", "陈晓东", "李娜"]), ("マリア・ロペス", ["マリア・ロペス"])],
)
def test_a_japanese_plants_8d_reads_its_kanji_labels_and_the_people_in_charge(tmp_path, people, members):
    doc = _doc(_nikkei_8d(tmp_path / "対策書.xlsx", people))
    assert doc["kind"] == "8d"
    record = doc["record"]
    assert record["number"] == "QA-WX-2605-11"
    assert record["customer"] == "无锡村田电子有限公司"
    assert [m["name"] for m in record["team"]] == members
    assert [a["action"] for a in record["containment"]] == ["库存 12,000 件全数外观筛选。"]
    assert record["corrective_actions"][0]["action"] == "回流焊曲线降温斜率下调，增加切片检查。"


@pytest.mark.parametrize(
    ("customer", "description", "cut"),
    [
        ("无锡村田电子有限", "灯罩雾化 12 件。", True),
        ("常州星宇车灯股份", "灯罩雾化 12 件。", True),
        ("常州星宇车灯股份有限公司", "灯罩雾化，擦拭效果有限", False),  # a sentence's 有限: no name
    ],
)
def test_a_customers_name_cut_after_you_xian_is_warned_not_read_short_in_silence(
    tmp_path, customer, description, cut
):
    doc = _doc(
        _sheet(
            tmp_path / "complaint.xlsx",
            {
                "A1": "客户投诉处理单",
                "A2": "客户名称",
                "B2": customer,
                "A3": "受理日期",
                "B3": "2026-05-14",
                "A4": "异常描述",
                "B4": description,
            },
        )
    )
    assert doc["record"]["customer"] == customer
    assert ("name_cut_off" in _warned(doc, "customer")) is cut
    assert "name_cut_off" not in _warned(doc, "description")


@pytest.mark.parametrize(
    ("statement", "warned"), [("公司\n电容端头开裂 35 件。", True), ("公司来料\n电容端头开裂。", False)]
)
def test_a_text_beginning_with_a_line_of_gong_si_alone_is_warned_as_a_wrapped_names_tail(
    tmp_path, office, statement, warned
):
    """The print wrapped the customer's name and its tail 公司 fell into the next row's text: the
    text is warned (``value_begins_with_cut_tail``), by the reader and by a layout profile."""
    from helpers import run_cli

    def sheet(name: str, text: str) -> Path:
        return _sheet(
            office / name,
            {"A1": "不具合対策報告書", "A2": "管理番号", "B2": "QA-WX-2605-11", "A3": "客先", "B3": "常州村田电子有限",
             "A4": "不具合内容", "B4": text, "A5": "担当", "B5": "山本太郎"},
        )  # fmt: skip

    doc = _doc(sheet("read.xlsx", statement), "--kind", "8d")
    assert ("value_begins_with_cut_tail" in _warned(doc, "problem.statement")) is warned
    assert run_cli("learn", sheet("copy1.xlsx", "电容引脚弯曲。"), "--kind", "8d", "--name", "対策書")[0] == 0
    doc = _doc(sheet("copy2.xlsx", statement))
    assert any(w["code"] == "profile_used" for w in doc["warnings"])
    assert ("value_begins_with_cut_tail" in _warned(doc, "problem.statement")) is warned


def test_a_vietnamese_first_label_names_the_field_of_its_chinese_part(tmp_path):
    path = _sheet(
        tmp_path / "8d.xlsx",
        {
            "A1": "BÁO CÁO 8D / 8D报告",
            "A2": "Mã báo cáo / 报告编号",
            "C2": "8D-HP-2605-02",
            "A3": "Khách hàng / 客户",
            "C3": "LG Display 海防",
            "A4": "Mã sản phẩm / 料号",
            "C4": "HP-LCM-0715",
            "A5": "Ngày mở / 开立日期",
            "C5": "2026-05-12",
            "A6": "D2 Mô tả vấn đề / 问题描述",
            "C6": "背光模组亮点不良 64 件。",
            "A7": "Người duyệt / 核准",
            "C7": "Phạm Thu Hà",
        },
        title="8D",
    )
    record = _doc(path)["record"]
    assert record["number"] == "8D-HP-2605-02"
    assert record["customer"] == "LG Display 海防"
    assert record["part_no"] == "HP-LCM-0715"
    assert record["closure"]["approved_by"] == "Phạm Thu Hà"


@pytest.fixture
def office(tmp_path, monkeypatch):
    """A clerk's folder: kesu.toml, profiles/ next to it, the working directory (restored after)."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("KESU_CONFIG", raising=False)
    (tmp_path / "kesu.toml").write_text('company = "示范电子股份有限公司"\n', encoding="utf-8")
    return tmp_path


def test_a_profile_reading_a_customer_cut_after_you_xian_warns_it_too(office):
    from helpers import run_cli

    first = _nikkei_8d(office / "copy1.xlsx", "山本太郎・陈晓东")
    assert run_cli("learn", first, "--kind", "8d", "--name", "対策書")[0] == 0
    doc = _doc(_nikkei_8d(office / "copy2.xlsx", "山本太郎・陈晓东", customer="常州村田电子有限"))
    assert any(w["code"] == "profile_used" for w in doc["warnings"])
    assert doc["record"]["customer"] == "常州村田电子有限"
    assert "name_cut_off" in _warned(doc, "customer")
