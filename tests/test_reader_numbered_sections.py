"""Numbered sections of a defect report (不具合報告書 / 対策書 of Japanese-owned suppliers):
the sections are numbered ①…⑧, (1)…(8) or 一、二、… — the number is the section's, never a
discipline's — and named after what they hold: 不具合内容 (the problem), 暫定処置 (the
containment), 発生原因 / 流出原因 side by side (the root causes of each type), 発生対策 /
流出対策 (the corrective actions addressing each), 効果確認 (the result), 完了日 (closing).
Each test writes a small workbook laid out so and reads it through the public API.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from kesu_docs.parse import parse_paths


def workbook(tmp_path: Path, cells: dict[str, object], merged: tuple[str, ...] = ()) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "対策書"
    for ref, value in cells.items():
        ws[ref] = value
    for rng in merged:
        ws.merge_cells(rng)
    path = tmp_path / "report.xlsx"
    wb.save(path)
    return path


def parsed(path: Path) -> dict:
    [result] = parse_paths([path], kind="8d")
    return result.to_dict("en")


def warned(doc: dict) -> set[str]:
    return {p["field"] for p in doc["errors"] + doc["warnings"]}


def report(numbers: tuple[str, ...]) -> dict[str, object]:
    n = numbers
    return {
        "A1": "不具合報告書",
        "A3": "報告No.",
        "B3": "QR-2611-07",
        "C3": "顧客",
        "D3": "大和電装株式会社",
        "A4": "品番",
        "B4": "DW-5521-A",
        "C4": "不具合数",
        "D4": "24 個",
        "A5": f"{n[0]}不具合内容",
        "A6": "端子圧着部の割れ、通電不良 24 個。",
        "A7": f"{n[1]}暫定処置",
        "A8": "在庫 3,000 個を全数導通検査し、不良品を隔離。",
        "A9": f"{n[2]}発生原因",
        "C9": f"{n[3]}流出原因",
        "A10": "圧着高さの設定が下限を外れていた。",
        "C10": "導通検査の治具が摩耗し、割れを検出できなかった。",
        "A11": f"{n[4]}発生対策",
        "C11": f"{n[5]}流出対策",
        "A12": "圧着高さを毎ロット測定し、記録する。",
        "C12": "検査治具を月次で点検・交換する。",
        "A13": f"{n[6]}効果確認",
        "A14": "対策後 5 ロット 10,000 個で不良なし。",
        "A15": f"{n[7]}横展開",
        "A16": "同型端子 4 品番に同じ測定を展開。",
        "A17": "完了日",
        "B17": "2026/11/20",
    }


MERGED = ("A6:D6", "A8:D8", "A9:B9", "C9:D9", "A10:B10", "C10:D10", "A11:B11", "C11:D11",
          "A12:B12", "C12:D12", "A14:D14", "A16:D16")  # fmt: skip


def test_circled_number_sections_read_as_the_disciplines_their_names_say(tmp_path):
    doc = parsed(workbook(tmp_path, report(tuple("①②③④⑤⑥⑦⑧")), MERGED))
    rec = doc["record"]
    assert rec["problem"]["statement"] == "端子圧着部の割れ、通電不良 24 個。"
    assert rec["problem"]["qty_complained"] == 24  # 個, the traditional/Japanese piece unit
    assert [r["action"] for r in rec["containment"]] == ["在庫 3,000 個を全数導通検査し、不良品を隔離。"]
    assert rec["implementation"][0]["result"] == "対策後 5 ロット 10,000 個で不良なし。"
    assert rec["prevention"]["horizontal_deployment"] == "同型端子 4 品番に同じ測定を展開。"
    assert rec["closure"]["closed_date"] == "2026-11-20"
    # what is read through a section, not beside its own label, is shown for checking
    assert "containment[0].action" in warned(doc)


def test_occurrence_and_escape_sections_side_by_side_are_causes_and_actions_of_each_type(tmp_path):
    rec = parsed(
        workbook(tmp_path, report(("(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)")), MERGED)
    )["record"]
    causes = {r["type"]: r["cause"] for r in rec["root_cause"]}
    assert causes == {
        "occurrence": "圧着高さの設定が下限を外れていた。",
        "escape": "導通検査の治具が摩耗し、割れを検出できなかった。",
    }
    actions = {r["addresses"]: r["action"] for r in rec["corrective_actions"]}
    assert actions == {
        "occurrence": "圧着高さを毎ロット測定し、記録する。",
        "escape": "検査治具を月次で点検・交換する。",
    }


def test_chinese_enumerated_sections_read_the_same(tmp_path):
    cells = report(("一、", "二、", "三、", "四、", "五、", "六、", "七、", "八、"))
    rec = parsed(workbook(tmp_path, cells, MERGED))["record"]
    assert {r["type"] for r in rec["root_cause"]} == {"occurrence", "escape"}
    assert len(rec["corrective_actions"]) == 2


def test_a_caption_naming_an_option_alone_is_not_a_corrective_action(tmp_path):
    # 流出原因 is a cause's caption: it opens no corrective action even in a table of actions
    cells = {k: v for k, v in report(tuple("①②③④⑤⑥⑦⑧")).items() if k not in ("A11", "C11", "A12", "C12")}
    rec = parsed(workbook(tmp_path, cells, MERGED))["record"]
    assert rec["corrective_actions"] == []
    assert len(rec["root_cause"]) == 2


def test_one_rule_numbers_a_section_for_the_discipline_tie_and_for_the_next_section():
    """``vocab.section_number`` is the one reading of a section's number: the D6 tie of a label
    worded alike for two fields and the sibling sections of one list read the same numbers —
    a circled ⑥ breaks the tie as 六、 does, and 三， / 四， (a full-width comma) are one list."""
    from kesu_docs import forms
    from kesu_docs.parse.compound import sibling_sections
    from kesu_docs.parse.vocab import section_number, vocabulary

    assert [
        section_number(t) for t in ("⑥効果確認", "六，效果确认", "6) 效果确认", "十一、附件", "效果确认")
    ] == [
        ("r", 6),
        ("c", 6),
        ("d", 6),
        ("c", -1),
        None,
    ]
    vocab = vocabulary(forms.get("8d"))
    d6 = {e.path for e in vocab.index["d6"]}  # discipline D6's fields
    tied = vocab.match("六、效果確認")
    assert tied is not None and tied[0] in d6
    assert vocab.match("⑥效果確認") == tied
    assert sibling_sections("三，原因分析", "四，纠正措施")
    assert not sibling_sections("四，纠正措施", "三，原因分析")
    assert not sibling_sections("③原因", "4. 对策")  # numbered otherwise: not one list
