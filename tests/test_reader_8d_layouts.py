"""Customers' own 8D layouts in other languages: discipline headings by number and name, the
words ko/tr/de/ja forms print, pre-printed team roles, cause-type boxes and row groups, A3
sheets in two columns, a summary tab beside the discipline tabs.

Each test writes a small workbook with openpyxl the way such a form is laid out and reads it
through the public API; a doubtful reading must come with a warning on its field.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import Workbook

from kesu_docs.forms import get
from kesu_docs.forms.eightd import CauseType, TeamRole
from kesu_docs.parse.anchor import Box, read_boxes
from kesu_docs.parse.excel import extract
from kesu_docs.parse.vocab import vocabulary


def workbook(
    tmp_path: Path, sheets: dict[str, dict[str, object]], merged: dict[str, tuple] | None = None
) -> Path:
    wb = Workbook()
    wb.remove(wb.active)
    for title, cells in sheets.items():
        ws = wb.create_sheet(title)
        for ref, value in cells.items():
            ws[ref] = value
        for rng in (merged or {}).get(title, ()):
            ws.merge_cells(rng)
    path = tmp_path / "8d.xlsx"
    wb.save(path)
    return path


def read(path: Path):
    [ex] = extract(path, path.read_bytes(), "8d")
    return ex


def warned(ex) -> set[str]:
    return {p.field for p in ex.problems}


# ---------------------------------------------------------------------------------- vocabulary
def test_a_discipline_heading_is_read_by_its_number_and_its_name():
    vocab = vocabulary(get("8d"))
    assert vocab.match("D4: Root cause")[:1] == ("root_cause",) and vocab.match("D4: Root cause")[1] >= 0.85
    assert vocab.match("3 D Acil Önlem (Containment Action)")[0] == "containment"
    assert vocab.match("5D 恒久対策")[0] == "corrective_actions"
    # a loosely read name that agrees with the number is a heading; the number alone is weak
    assert vocab.match("D6 CORRECTIVE ACTION IMPLEMENTATION & DATE")[0] == "implementation"
    assert vocab.match("D6 CORRECTIVE ACTION IMPLEMENTATION & DATE")[1] >= 0.85
    alone = vocab.match("D5 Überblick")
    assert alone[0] == "corrective_actions" and alone[1] < 0.85
    # a name under another discipline's number is doubted
    assert vocab.match("D7 Root cause")[1] < vocab.match("D4 Root cause")[1]
    # "8D" before a word names the method, not the eighth discipline
    assert vocab.match("8D Report Number")[0] == "number"


def test_a_heading_with_a_long_note_in_brackets_is_still_a_heading():
    vocab = vocabulary(get("8d"))
    found = vocab.match("3. 봉쇄조치( Containment within 24hours_ following containment sheet)")
    assert found[0] == "containment" and found[1] >= 0.85


def test_the_headings_and_labels_of_korean_turkish_german_and_japanese_8d_forms():
    vocab = vocabulary(get("8d"))
    expected = {
        "2, 문제 정의 (Problem Definition)": "problem",
        "근본원인": "root_cause",
        "8. 검토 및 종결( Review & Confirm)": "closure",
        "1 D Takım Oluşumu (Team Formation)": "team",
        "4 D Kök Neden": "root_cause",
        "7 D Önleyici Faaliyet (Preventive Action)": "prevention",
        "Fiili Kapatma Tarihi": "closure.closed_date",
        "Kapatan": "closure.approved_by",
        "D3 Sofortmaßnahmen": "containment",
        "D5 Abstellmaßnahmen": "corrective_actions",
        "Reklamationsnummer": "complaint_number",
        "Teilenummer": "part_no",
        "D3 暫定対策": "containment",
        "D7 再発防止": "prevention",
    }
    for text, path in expected.items():
        found = vocab.match(text)
        assert found is not None and found[0] == path and found[1] >= 0.85, (text, found)


def test_the_option_words_real_forms_print_are_read_as_the_option():
    assert TeamRole.lookup("Project Lead") is TeamRole.LEADER
    assert TeamRole.lookup("Teamleiter") is TeamRole.LEADER
    assert TeamRole.lookup("팀원") is TeamRole.MEMBER
    assert TeamRole.lookup("Champion") is TeamRole.CHAMPION
    assert CauseType.lookup("발생") is CauseType.OCCURRENCE
    assert CauseType.lookup("유출원인") is CauseType.ESCAPE
    assert CauseType.lookup("Nichtentdeckung") is CauseType.ESCAPE
    assert CauseType.lookup("Process Owner") is None  # not an option: validation says so


# ---------------------------------------------------------------------------------- layouts
def test_pre_printed_departments_beside_the_names_under_a_team_heading_give_one_member_each(tmp_path):
    path = workbook(
        tmp_path,
        {
            "8D": {
                "A1": "8D REPORT",
                "A2": "1. 개선 팀(Team)",
                "B2": "생산",
                "C2": "刘伟",
                "B3": "품질",
                "C3": "陈静",
                "B4": "기술",
                "C4": "赵磊",
            }
        },
        {"8D": ("A2:A4",)},
    )
    ex = read(path)
    assert ex.values["team"] == [
        {"name": "刘伟", "dept": "생산"},
        {"name": "陈静", "dept": "품질"},
        {"name": "赵磊", "dept": "기술"},
    ]
    assert ex.locations["team[1].dept"] == "8D!B3"


def test_pre_printed_roles_beside_the_names_are_the_members_roles(tmp_path):
    path = workbook(
        tmp_path,
        {
            "8D": {
                "A1": "8D-Bericht",
                "A2": "D1 Team",
                "B2": "Teamleiter",
                "C2": "Jonas Weber",
                "B3": "Mitglied",
                "C3": "Li Mei",
                "B4": "Pate",
                "C4": "Klaus Berg",
            }
        },
        {"8D": ("A2:A4",)},
    )
    ex = read(path)
    # each caption read as the option it names (the role's key)
    assert [(m["name"], m["role"]) for m in ex.values["team"]] == [
        ("Jonas Weber", "leader"),
        ("Li Mei", "member"),
        ("Klaus Berg", "champion"),
    ]
    assert not any(p.code == "team_leader_count" for p in ex.problems)  # Teamleiter is the leader


def test_boxes_captioned_occurrence_and_escape_give_one_root_cause_each(tmp_path):
    path = workbook(
        tmp_path,
        {
            "8D": {
                "A1": "8D REPORT",
                "A3": "4. 원인분석( Cause Analysis)",
                "A4": "4-1.(발생원인)",
                "A5": "压接模具刀片磨损；模具未纳入寿命管理",
                "A7": "4-2.(유출원인)",
                "A8": "拉力测试频次为每班首件，批中磨损未被检出",
            }
        },
        {"8D": ("A3:D3", "A4:D4", "A5:D6", "A7:D7", "A8:D9")},
    )
    ex = read(path)
    assert ex.values["root_cause"] == [
        {"type": "발생원인", "cause": "压接模具刀片磨损；模具未纳入寿命管理"},
        {"type": "유출원인", "cause": "拉力测试频次为每班首件，批中磨损未被检出"},
    ]
    assert ex.locations["root_cause[1].type"] == "8D!A7"
    assert {"root_cause[0].cause", "root_cause[1].type"} <= warned(ex)  # read from a layout: shown


def test_rows_grouped_under_a_merged_cause_type_cell_take_that_type(tmp_path):
    path = workbook(
        tmp_path,
        {
            "8D": {
                "A1": "8D REPORT",
                "A2": "5. 개선대책( Countermeasure)",
                "A3": "No",
                "C3": "조치사항",
                "D3": "담당",
                "E3": "완료일",
                "A4": "발생",
                "B4": 1,
                "C4": "更换压接刀片",
                "D4": "赵磊",
                "E4": dt.datetime(2026, 9, 10),
                "B5": 2,
                "C5": "导入CCD在线监测",
                "D5": "孙强",
                "A6": "유출",
                "B6": 3,
                "C6": "拉力测试改为每2小时",
                "D6": "陈静",
            }
        },
        {"8D": ("A2:E2", "A3:B3", "A4:A5", "A6:A7")},
    )
    ex = read(path)
    rows = [(r["action"], r.get("addresses")) for r in ex.values["corrective_actions"]]
    assert rows == [("更换压接刀片", "발생"), ("导入CCD在线监测", "발생"), ("拉力测试改为每2小时", "유출")]
    assert ex.locations["corrective_actions[1].addresses"] == "8D!A4"


def test_a_table_beside_another_block_ends_only_at_labels_in_its_own_columns(tmp_path):
    # an A3 sheet in two columns: the 7W questions on the left, the countermeasures on the right
    path = workbook(
        tmp_path,
        {
            "8D": {
                "A1": "8D REPORT",
                "A2": "2, 문제 정의 (Problem Definition)",
                "E2": "5. 개선대책( Countermeasure)",
                "E3": "조치사항",
                "F3": "담당",
                "A4": "누가(Who)",
                "B4": "客户来料检验 IQC",
                "E4": "更换压接刀片",
                "F4": "赵磊",
                "A5": "장소(Where)",
                "B5": "客户总装线 3 号工位",
                "E5": "拉力测试改为每2小时",
                "F5": "陈静",
            }
        },
    )
    ex = read(path)
    assert [r["action"] for r in ex.values["corrective_actions"]] == ["更换压接刀片", "拉力测试改为每2小时"]
    assert ex.values["problem"]["who"] == "客户来料检验 IQC"


def test_a_header_right_under_another_tables_heading_is_that_tables(tmp_path):
    # 담당 / 완료일 name columns of both the containment and the corrective actions: under the
    # D5 heading they are the corrective actions' header, though D3's heading is printed too
    path = workbook(
        tmp_path,
        {
            "8D": {
                "A1": "8D REPORT",
                "A2": "5. 개선대책( Countermeasure)",
                "A3": "대책내용",
                "B3": "담당",
                "C3": "완료일",
                "A4": "更换压接刀片",
                "B4": "赵磊",
                "C4": dt.datetime(2026, 9, 10),
                "A7": "3. 봉쇄조치",
                "A8": "1. 在库全数拉力测试",
            }
        },
        {"8D": ("A2:C2", "A7:C7")},
    )
    ex = read(path)
    assert ex.values["corrective_actions"] == [
        {"action": "更换压接刀片", "owner": "赵磊", "due_date": dt.date(2026, 9, 10)}
    ]
    assert [r["action"] for r in ex.values["containment"]] == ["在库全数拉力测试"]


def test_a_tall_merged_cell_does_not_join_the_rows_beside_it():
    # D1 Team over four rows at the left; a table header and its rows beside it
    boxes = [
        Box("8D Report", "8D Report", 0, 0, 4, 1, "A1"),
        Box("D1 Team", "D1 Team", 0, 1, 1, 5, "A2"),
        Box("Action item", "Action item", 2, 2, 3, 3, "C3"),
        Box("Responsible", "Responsible", 3, 2, 4, 3, "D3"),
        Box("Sort the stock", "Sort the stock", 2, 3, 3, 4, "C4"),
        Box("Li Na", "Li Na", 3, 3, 4, 4, "D4"),
    ]
    reading = read_boxes(boxes, get("8d"))
    assert reading.values["containment"] == [{"action": "Sort the stock", "owner": "Li Na"}]


def test_a_turkish_closure_block_gives_the_actual_closing_date_and_who_closed(tmp_path):
    path = workbook(
        tmp_path,
        {
            "8D": {
                "A1": "8D Report",
                "A3": "8 D Takımın Kutlanması (Team Recognation)",
                "A4": "Kapatma Tarihi",
                "B4": "30.09.2026",
                "A5": "Fiili Kapatma Tarihi",
                "B5": "28.09.2026",
                "A6": "Kapatan",
                "B6": "Wang Jun",
            }
        },
    )
    ex = read(path)
    assert ex.values["closure"]["closed_date"] == "28.09.2026"
    assert ex.values["closure"]["approved_by"] == "Wang Jun"


def test_a_lone_name_column_among_sign_off_labels_is_not_a_team_table(tmp_path):
    path = workbook(
        tmp_path,
        {
            "8D": {
                "A1": "8D Summary Report",
                "A3": "APPROVAL",
                "B3": "Name",
                "C3": "Signature",
                "D3": "Date",
                "B4": "Lin Guodong",
                "D4": dt.datetime(2026, 9, 30),
            }
        },
    )
    ex = read(path)
    assert not ex.values.get("team")


def test_a_doubtful_place_inside_its_block_is_still_reported(tmp_path):
    # an IS / IS NOT grid: WHAT beside several questions, each with its answer below; the
    # block's heading does not make the first answer a sure one
    path = workbook(
        tmp_path,
        {
            "D2": {
                "A1": "D2 - Problem Definition",
                "A3": "WHAT",
                "B3": "What is the product ID?",
                "B4": "HX-BRK-3307 rev C",
                "B5": "What is (describe) the defect?",
                "B6": "Burr on the mounting hole",
            }
        },
        {"D2": ("A3:A6",)},
    )
    ex = read(path)
    assert ex.values["problem"]["what"] is not None
    assert "problem.what" in warned(ex)


def test_several_unnumbered_lines_in_a_tables_only_cell_are_reported():
    # a PDF cell under "D5 CORRECTIVE ACTION": one action wrapped, or three? it says so
    text = "Regrind punch every 100k strokes\nAdd a go pin-gauge check at packing\nCA 3"
    boxes = [
        Box("8D Summary Report", "8D Summary Report", 0, 0, 500, 10, "p1"),
        Box("D5 CORRECTIVE ACTION", "D5 CORRECTIVE ACTION", 0, 20, 500, 30, "p1"),
        Box(text, text, 0, 30, 500, 60, "p1"),
        Box(
            "D6 CORRECTIVE ACTION IMPLEMENTATION & DATE",
            "D6 CORRECTIVE ACTION IMPLEMENTATION & DATE",
            0,
            60,
            400,
            70,
            "p1",
        ),
    ]
    reading = read_boxes(boxes, get("8d"))
    assert len(reading.values["corrective_actions"]) == 1
    assert reading.provenance["corrective_actions[0].action"].confidence < 0.8
    assert "D6" not in str(reading.values["corrective_actions"])  # the next discipline ends the table


def test_a_phrase_ending_in_a_label_word_is_not_split_at_that_word(tmp_path):
    path = workbook(
        tmp_path,
        {"8D": {"A1": "8D Report", "A3": "1st Person to report problem:", "B3": "Zhou Min (customer IQC)"}},
    )
    ex = read(path)
    assert (ex.values.get("problem") or {}).get("statement") is None


def test_free_text_on_a_summary_tab_gives_way_to_the_table_on_its_own_tab(tmp_path):
    path = workbook(
        tmp_path,
        {
            "8D Form": {
                "A1": "8D Summary Report",
                "A2": "Customer:",
                "B2": "Suzhou Huaxing",
                "A3": "Tracking Number:",
                "B3": "HX-QC-01",
                "A4": "D3  INTERIM CONTAINMENT ACTIONS",
                "A5": "Stop shipment; sort the stock and the parts at the customer.",
                "A7": "Part No.:",
                "B7": "HX-BRK-3307",
            },
            "D3": {
                "A1": "D3 - Containment",
                "A3": "Action Item",
                "B3": "Date",
                "C3": "Responsible",
                "A4": "Sort finished stock",
                "B4": dt.datetime(2026, 9, 3),
                "C4": "Sun Hong",
                "A5": "Sort parts at customer site",
                "B5": dt.datetime(2026, 9, 4),
                "C5": "Wang Jianhua",
            },
        },
        {"8D Form": ("A4:H4", "A5:H6")},
    )
    ex = read(path)
    assert [(r["action"], r["owner"]) for r in ex.values["containment"]] == [
        ("Sort finished stock", "Sun Hong"),
        ("Sort parts at customer site", "Wang Jianhua"),
    ]


def test_the_documents_a_preventive_action_list_names_are_the_documents_updated(tmp_path):
    path = workbook(
        tmp_path,
        {
            "8D": {
                "A1": "8D Report",
                "A3": "7 D Önleyici Faaliyet (Preventive Action)",
                "A4": "Preventive Action",
                "G4": "Target Date",
                "H4": "Responsible",
                "A5": "1. FMEA update: heater drift added as a failure cause",
                "A6": "2. Control Plan revision: zone temperature check every 2 h",
                "A7": "3. SOP / Work instruction: WI-LAM-03 rev D",
                "A8": "4. Training: night-shift operators retrained",
                "A10": "8 D Takımın Kutlanması (Team Recognation)",
                "A11": "5. Drawing: not changed",
            }
        },
        {"8D": ("A3:H3", "A4:F4", "A5:F5", "A6:F6", "A7:F7", "A8:F8", "A10:H10")},
    )
    ex = read(path)
    assert ex.values["prevention"]["documents_updated"] == ["fmea", "control_plan", "work_instruction"]
    assert "prevention.documents_updated" in warned(ex)  # named in free lines: shown for checking
