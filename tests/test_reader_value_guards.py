"""Values the reader must never pass silently or alter (seventh round's review):

- a clerk's value keeps the characters the clerk wrote: traditional script and Japanese forms
  are folded only to MATCH labels (``欠款`` is no ``缺款``, ``给予`` no ``给豫``, ``研发`` no ``硏发``);
- a table's column label read as that column's value (``措施`` under ``Action``) is warned.
"""

from __future__ import annotations

import json
from pathlib import Path

from openpyxl import Workbook

from kesu_docs.parse import parse_paths
from kesu_docs.parse.vocab import folded, norm, simplified


def workbook(tmp_path: Path, cells: dict[str, object], name: str = "form.xlsx") -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Form"
    for ref, text in cells.items():
        ws[ref] = text
    path = tmp_path / name
    wb.save(path)
    return path


def parse(path: Path):
    [result] = parse_paths([path])
    return result


def warned(result, path: str) -> bool:
    return any(p.field == path for p in [*result.warnings, *result.errors])


# ------------------------------------------------------------------ 1. a value keeps its characters
# Chinese words holding characters that the Japanese folds (jp2t) map elsewhere: 欠 → 缺,
# 予 → 豫, 研 → 硏, 概 → 槪, 沪 → 滤 — each an ordinary simplified-Chinese character
CLERK_TEXT = "客户欠款未结，给予折让，研发部概述沪A仓库来料欠数12件，单价100円"


def test_a_clerks_free_text_and_name_keep_the_characters_written(tmp_path):
    path = workbook(
        tmp_path,
        {
            "A1": "客户抱怨处理单",
            "A3": "客户名称",
            "B3": "上海沪研予欠电子有限公司",
            "A4": "受理日期",
            "B4": "2026-03-02",
            "A5": "订单编号",
            "B5": "PO-778",
            "A6": "异常描述",
            "B6": CLERK_TEXT,
            "A7": "填表人",
            "B7": "郎翻",
        },
    )
    result = parse(path)
    record = result.record.model_dump(mode="json")
    assert record["customer"] == "上海沪研予欠电子有限公司"
    assert record["description"] == CLERK_TEXT
    dumped = json.dumps(record, ensure_ascii=False)
    for changed in "缺豫硏槪滤圆郞飜":
        assert changed not in dumped, changed


def test_japanese_forms_are_folded_for_matching_only():
    # a Japanese supplier's label still matches ours ...
    assert norm("発生対策") == norm("发生对策")
    assert folded("処置") == "处置"
    # ... while reading a clerk's text changes script only (traditional → simplified)
    assert simplified("結案 欠款 給予") == "结案 欠款 给予"
    assert simplified("研发 概述 沪") == "研发 概述 沪"


# ------------------------------------------------------------------ 2. a column label as a value
EIGHT_D = {"A1": "8D Report", "A2": "D1 Team", "A3": "张三", "A5": "D2 Problem", "A6": "Broken housing"}


def test_a_column_label_under_a_lone_column_header_is_warned_not_read_silently(tmp_path):
    # "Action" (the corrective action's column) over "措施" (the containment action's column
    # label): a label under a header, never an action the clerk wrote
    result = parse(
        workbook(tmp_path, {**EIGHT_D, "A8": "D5 Corrective action", "A9": "Action", "A10": "措施"})
    )
    record = result.record.model_dump(mode="json")
    actions = [row.get("action") for row in record["corrective_actions"]]
    if "措施" in actions:
        path = f"corrective_actions[{actions.index('措施')}].action"
        assert warned(result, path), path
        assert result.provenance[path].confidence <= 0.5


def test_a_column_label_under_a_discipline_heading_is_warned(tmp_path):
    result = parse(workbook(tmp_path, {**EIGHT_D, "A8": "D5 Corrective action", "A9": "Action item"}))
    record = result.record.model_dump(mode="json")
    for i, row in enumerate(record["corrective_actions"]):
        if row.get("action") == "Action item":
            assert warned(result, f"corrective_actions[{i}].action")


def test_an_action_the_clerk_wrote_under_the_header_is_read_and_not_doubted(tmp_path):
    result = parse(
        workbook(
            tmp_path, {**EIGHT_D, "A8": "D5 Corrective action", "A9": "Action", "A10": "模具镶件更换并加检"}
        )
    )
    record = result.record.model_dump(mode="json")
    assert [row["action"] for row in record["corrective_actions"]] == ["模具镶件更换并加检"]
    assert not warned(result, "corrective_actions[0].action")


# ------------------------------------------------------------------ 3. a joined D5/D6 heading
def test_a_joined_d5_d6_heading_heads_the_d6_table_too(tmp_path):
    # "D5/D6 实施对策" names D6: the implementation table's header, not another discipline's
    cells = {
        **EIGHT_D,
        "A8": "D5/D6 实施对策",
        "B8": "负责人",
        "C8": "实施日期",
        "A9": "更换浇口镶件",
        "B9": "李明",
        "C9": "2026-03-10",
    }
    result = parse(workbook(tmp_path, cells))
    record = result.record.model_dump(mode="json")
    [row] = record["implementation"]
    assert (row["action"], row["implemented_date"]) == ("更换浇口镶件", "2026-03-10")


# ------------------------------------------------------------------ 4. one reading of a record path
def test_a_record_path_is_read_and_written_one_way():
    from kesu_docs import value_paths

    values = {"items": [{"qty": 1}], "problem": {"what": "burr"}}
    assert value_paths.get(values, "items[0].qty") == 1
    assert value_paths.get(values, "items[3].qty") is None
    assert value_paths.get(values, "problem.who") is None
    assert value_paths.put(values, "items[0].qty", 5) and values["items"][0]["qty"] == 5
    assert not value_paths.put(values, "items[2].qty", 5)  # a row is read, never invented
    assert not value_paths.put(values, "seller.name", "X")  # a group only where asked for
    assert value_paths.put(values, "seller.name", "X", make=True) and values["seller"] == {"name": "X"}
