"""The generic reader's leftovers of the fourteenth round (issue 10, dev15-rx), each on a small
form built here:

- a sign-off line typed in cells under a sheet's ruled boxes (``Prepared by: Tan | Approved by:
  Lee`` over a ``QR-047-01 Rev.2`` control line) is read and warned ``value_below_the_form`` (a
  print warns it ``value_from_page_margin``); the form's boxes and a sheet without rules are not;
- a formula's error result left unread (``value_error_result``) takes with it the warning on how
  it was read (``low_confidence`` quoting ``#VALUE!``); ``kesu learn``'s summary shows such a
  field as not read, never ``#N/A`` as its value;
- a team printed as one line per role (``組長 | 林志豪``, ``成員 | …``) parts its members by the
  one list rule of every reader (``guards.people_in``): ``张伟/品质部`` is one member with their
  department, not two members; ``鄧永康／周詠詩`` two; ``Zhang Wei / Bosch Suzhou`` kept whole and
  warned;
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest
from helpers import parse_cli, run_cli, sheet_from_rows, soffice_convert
from openpyxl import Workbook
from openpyxl.styles import Border, Side
from test_reader_leftovers14 import _complaint, _saved_errors

_sheet = partial(sheet_from_rows, width=24)


def _doc(path: Path, *args: str) -> dict:
    _code, [doc] = parse_cli(path, *args)
    return doc


def _codes(doc: dict, field: str) -> list[str]:
    return [p["code"] for p in doc["errors"] + doc["warnings"] if p["field"] == field]


# ------------------------------------------------------------------ 1. a line under the form's boxes
_THIN = Side(style="thin")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_EN_ROWS = (
    ("Complaint No.", "CC-2611-07", "Received Date", "2026-11-20"),
    ("Customer", "Suzhou Huaxing Electronics Co., Ltd.", "Part No.", "AB-1203-X"),
    ("Lot No.", "L260301", "Shipped Qty", 5000),
    ("Defective Qty", 36, "Order No.", "PO-88123"),
    ("Description", "Solder voids on J3", None, None),
)
_ZH_ROWS = (
    ("客诉单号", "KS-2603-021", "接收日期", "2026-03-05"),
    ("客户名称", "深圳华强电子有限公司", "料号", "AB-1203-X"),
    ("批号", "L260301", "出货数量", 5000),
    ("不良数量", 36, "订单号", "PO-88123"),
    ("问题描述", "外壳划伤，客户来料检验发现", None, None),
)


def _ruled_form(path: Path, title: str, rows, under: dict[str, str], ruled: bool = True) -> Path:
    """A complaint sheet of our own: its title, its label | value rows in ruled boxes (or none),
    and ``under``'s cells typed below them."""
    wb = Workbook()
    ws = wb.active
    ws["A1"] = title
    for r, row in enumerate(rows, start=2):
        for c, value in enumerate(row, start=1):
            cell = ws.cell(r, c, value)
            if ruled:
                cell.border = _BOX
    for ref, text in under.items():
        ws[ref] = text
    for col, width in zip("ABCD", (16, 34, 16, 24)):
        ws.column_dimensions[col].width = width
    wb.save(path)
    return path


def _warned(doc: dict, code: str) -> set[str]:
    return {p["field"] for p in doc["warnings"] if p["code"] == code}


_SIGN_OFFS = [
    (
        "Customer Complaint Form",
        _EN_ROWS,
        {"A9": "Prepared by: Tan", "C9": "Approved by: Lee", "A10": "QR-047-01 Rev.2"},
    ),
    (
        "客户抱怨处理单",
        _ZH_ROWS,
        {"A9": "核准：张三", "B9": "审核：李四", "C9": "制表：王五", "A10": "QR-047-01 A2版"},
    ),
]


@pytest.mark.parametrize(("title", "rows", "under"), _SIGN_OFFS, ids=["en", "zh"])
def test_a_sign_off_line_under_a_sheets_ruled_boxes_is_warned_or_not_read(tmp_path, title, rows, under):
    doc = _doc(_ruled_form(tmp_path / "s.xlsx", title, rows, under), "--kind", "complaint", "--lang", "en")
    record, below = doc["record"], _warned(doc, "value_below_the_form")
    read = {f for f in ("approver", "sales_supervisor", "reporter") if record[f] is not None}
    assert read, record  # (this form's sign-offs are read: the test is on their warning)
    assert read <= below, doc["warnings"]
    places = {p["location"] for p in doc["warnings"] if p["code"] == "value_below_the_form"}
    assert places <= {"Sheet!A9", "Sheet!B9", "Sheet!C9"}, places
    # the form's own boxes: read, not warned
    assert record["number"] == rows[0][1] and record["customer"] == rows[1][1]
    assert not {"number", "customer", "part_no", "lot_no", "ship_qty", "description"} & below
    zh = _doc(tmp_path / "s.xlsx", "--kind", "complaint", "--lang", "zh")
    said = next(p["message"] for p in zh["warnings"] if p["code"] == "value_below_the_form")
    assert "框线" in said and "第 6 行" in said


def test_the_sheets_print_never_reads_that_line_silently_either(tmp_path):
    title, rows, under = _SIGN_OFFS[0]
    pdf = soffice_convert(_ruled_form(tmp_path / "s.xlsx", title, rows, under), "pdf", tmp_path / "pdf")
    doc = _doc(pdf, "--kind", "complaint", "--lang", "en")
    record, flagged = doc["record"], {p["field"] for p in doc["warnings"] + doc["errors"]}
    assert {f for f in ("approver", "sales_supervisor", "reporter") if record[f] is not None} <= flagged
    assert record["customer"] == rows[1][1] and "customer" not in flagged


def test_a_sign_off_row_inside_the_ruled_boxes_or_on_a_sheet_without_rules_is_not_warned(tmp_path):
    title, rows, _under = _SIGN_OFFS[1]
    inside = (*rows, ("核准", "张三", "审核", "李四"))
    doc = _doc(_ruled_form(tmp_path / "in.xlsx", title, inside, {}), "--kind", "complaint")
    assert doc["record"]["approver"] == "张三"
    assert not _warned(doc, "value_below_the_form"), doc["warnings"]
    plain = _ruled_form(tmp_path / "plain.xlsx", title, rows, {"A9": "核准：张三"}, ruled=False)
    doc = _doc(plain, "--kind", "complaint")
    assert not _warned(doc, "value_below_the_form"), doc["warnings"]


# ------------------------------------------------------------------ 3. an error result, said once
def test_an_error_result_under_a_doubtful_label_is_said_once(tmp_path):
    """业务 names the sales supervisor only likely (read and warned low_confidence): its cell's
    #VALUE! is no value, and the low_confidence line quoting it goes with it."""
    rows: list[list[object]] = [
        ["客户抱怨处理单"],
        ["投诉编号", "CC-2611-07", "受理日期", "2026-11-20"],
        ["客户名称", "苏州华星电子有限公司", "料号", "AB-1203-X"],
        ["业务", "#VALUE!", "出货数量", 500],
        ["问题描述", "焊点空焊 36 pcs"],
    ]
    doc = _doc(_sheet(tmp_path, rows, "v.xlsx"), "--kind", "complaint", "--lang", "en")
    assert doc["record"]["sales_supervisor"] is None
    assert _codes(doc, "sales_supervisor") == ["value_error_result"]
    # the same label over a name: still read and warned (the warning goes only with the value)
    rows[3][1] = "王建国"
    doc = _doc(_sheet(tmp_path, rows, "n.xlsx"), "--kind", "complaint", "--lang", "en")
    assert doc["record"]["sales_supervisor"] == "王建国"
    assert "low_confidence" in _codes(doc, "sales_supervisor")


def test_kesu_learn_shows_an_error_result_as_not_read(tmp_path):
    path = _saved_errors(_complaint(tmp_path, "01.xlsx"), {"B4": "#N/A"})
    args = ("learn", path, "--kind", "complaint", "--set", "lot_no=B4", "--profiles", tmp_path / "p")
    code, out = run_cli(*args, "--lang", "en")
    assert code == 0, out
    lot = next(line for line in out.splitlines() if "lot_no" in line)
    assert "Sheet!B4" in lot and "not read" in lot and "#N/A" in lot
    customer = next(line for line in out.splitlines() if "customer" in line)
    assert "苏州华星电子有限公司" in customer and "not read" not in customer
    code, out = run_cli(*args, "--force", "--lang", "zh")
    assert code == 0 and "未读取" in next(line for line in out.splitlines() if "lot_no" in line)


# ------------------------------------------------------------------ 4. a team's members by role
def _team_by_roles(tmp_path: Path, members: str) -> dict:
    rows: list[list[object]] = [
        ["8D 矯正措施報告書"],
        [],
        ["D1 團隊成員"],
        ["組長", "林志豪", None, "成員", members],
        ["D2 問題描述", "外殼刮傷 36 pcs"],
    ]
    return _doc(_sheet(tmp_path, rows, "team.xlsx"), "--kind", "8d", "--lang", "en")


@pytest.mark.parametrize(
    ("members", "read"),
    [
        ("張偉/品質部、李娜/生產部", [("張偉", "品質部"), ("李娜", "生產部")]),
        ("张伟/品质部", [("张伟", "品质部")]),
        ("鄧永康／周詠詩", [("鄧永康", None), ("周詠詩", None)]),
        ("Kevin Yeo / Siti Hajar", [("Kevin Yeo", None), ("Siti Hajar", None)]),
        ("陳怡君、張家豪", [("陳怡君", None), ("張家豪", None)]),
        # the list ends in a bracket: no one name with its unit, two members with theirs
        ("陳美玲（製造）、張家豪（工程）", [("陳美玲", "製造"), ("張家豪", "工程")]),
    ],
)
def test_a_teams_members_by_role_are_parted_by_the_one_list_rule(tmp_path, members, read):
    doc = _team_by_roles(tmp_path, members)
    team = doc["record"]["team"]
    assert (team[0]["name"], team[0]["role"]) == ("林志豪", "leader")
    assert [(m["name"], m["dept"]) for m in team[1:]] == read
    assert {m["role"] for m in team[1:]} == {"member"}
    assert not [w for w in doc["warnings"] if w["field"].startswith("team")], doc["warnings"]


def test_a_name_and_a_company_either_side_of_a_slash_stay_whole_and_warned(tmp_path):
    doc = _team_by_roles(tmp_path, "Zhang Wei / Bosch Suzhou")
    team = doc["record"]["team"]
    assert [m["name"] for m in team] == ["林志豪", "Zhang Wei / Bosch Suzhou"]
    assert "value_not_a_name" in _codes(doc, "team[1].name")


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("陳美玲（製造）、張家豪（工程）", ["陳美玲（製造）", "張家豪（工程）"]),
        ("Lucy Wang (QA); Chen Hao (Production)", ["Lucy Wang (QA)", "Chen Hao (Production)"]),
        ("S. Mitchell, QA Mgr", None),  # one name with its title after a comma
        ("张伟/品质部", None),  # one name with their department
        ("Zhang Wei / Bosch Suzhou", None),  # doubtful: kept whole
    ],
)
def test_people_in_a_list_ending_in_a_bracket_are_still_a_list(text, people):
    from kesu_docs.parse.guards import doubtful_people, people_in

    assert people_in(text) == people
    assert doubtful_people(text) == (text == "Zhang Wei / Bosch Suzhou")
