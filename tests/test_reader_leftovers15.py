"""The generic reader's leftovers of the fourteenth round (issue 10, dev15-rx), each on a small
form built here:

- a sign-off line typed in cells under a sheet's ruled boxes (``Prepared by: Tan | Approved by:
  Lee`` over a ``QR-047-01 Rev.2`` control line) is read and warned ``value_below_the_form`` (a
  print warns it ``value_from_page_margin``); the form's boxes and a sheet without rules are not;
- two labels wrapped in a tight row of a print, side by side, their lines interleaved (``Nature of``
  / ``Complaint`` beside ``Immediate`` / ``Action``, shrunk to fit): each label is read whole, with
  its value (before: both lost, the row's values read for other fields);
- a formula's error result left unread (``value_error_result``) takes with it the warning on how
  it was read (``low_confidence`` quoting ``#VALUE!``); ``kesu learn``'s summary shows such a
  field as not read, never ``#N/A`` as its value;
- a team printed as one line per role (``組長 | 林志豪``, ``成員 | …``) parts its members by the
  one list rule of every reader (``guards.people_in``): ``张伟/品质部`` is one member with their
  department, not two members; ``鄧永康／周詠詩`` two; ``Zhang Wei / Bosch Suzhou`` kept whole and
  warned;
- two forms stacked on one sheet or page (:mod:`kesu_docs.parse.two_forms`): a print's heading
  number (``客户投诉处理单 CP-2603-015``) is the chosen form's, never the old one's; a sheet's page
  header goes with the upper form, its footer with the lower one, and neither is named as where
  a form starts; a note or a text box on the old form says nothing of the new one.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest
from helpers import parse_cli, run_cli, sheet_from_rows, soffice_convert
from openpyxl import Workbook
from openpyxl.comments import Comment
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


# ------------------------------------------------------------------ 2. wrapped labels interleaved
def _interleaved_labels(path: Path) -> Path:
    """A complaint form drawn with fpdf2, unruled: label | value | label | value rows, the third
    row tight — its two labels wrapped and shrunk to fit at two sizes, so the lines of the
    right one stand between the left one's (``Nature of`` 116–125, ``Immediate`` 118–126,
    ``Complaint`` 124–133, ``Action`` 125–133 pt), each line reaching into the one under it."""
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="A4")
    pdf.add_page()
    pdf.set_font("helvetica", size=14)
    pdf.text(160, 60, "Customer Complaint Form")
    xs = (53, 133, 303, 383)
    rows = [
        ("Complaint No.", "CC-2611-07", "Received Date", "2026-11-20"),
        ("Customer", "Suzhou Huaxing Electronics", "Part No.", "AB-1203-X"),
        (None, "Product quality", None, "Sorted 600 pcs in stock"),
        ("Shipped Qty", "5000", "Defective Qty", "36"),
    ]
    y = 80.0
    for row in rows:
        pdf.set_font("helvetica", size=9)
        for x, text in zip(xs, row):
            if text is not None:
                pdf.text(x, y + 12, text)
        if row[0] is None:
            pdf.set_font("helvetica", size=7.5)
            pdf.text(xs[0], y + 7.5, "Nature of")
            pdf.text(xs[0], y + 15.5, "Complaint")
            pdf.set_font("helvetica", size=6.5)
            pdf.text(xs[2], y + 8.2, "Immediate")
            pdf.text(xs[2], y + 15.5, "Action")
        y += 18
    pdf.output(str(path))
    return path


def test_two_wrapped_labels_interleaved_in_a_tight_row_are_both_read(tmp_path):
    doc = _doc(_interleaved_labels(tmp_path / "tight.pdf"), "--kind", "complaint", "--lang", "en")
    record = doc["record"]
    assert record["complaint_type"] == "quality"
    assert record["short_term_action"] == "Sorted 600 pcs in stock"
    assert record["number"] == "CC-2611-07" and record["ship_qty"] == 5000 and record["defect_qty"] == 36
    # no half read as a value, no value given to another field
    assert record["part_name"] is None and record["description"] is None
    assert not [p for p in doc["warnings"] if p["code"] == "unread_label"], doc["warnings"]


_TIGHT_ROWS = (
    ("Complaint No.", "CC-2611-07", "Received Date", "2026-11-20"),
    ("Customer", "Suzhou Huaxing Electronics", "Part No.", "AB-1203-X"),
    ("Nature of Complaint", "Product quality", "Immediate Action", "Sorted 600 pcs in stock"),
    ("Shipped Qty", 5000, "Defective Qty", 36),
)


def test_a_sheets_print_with_two_labels_shrunk_in_a_tight_row_reads_both(tmp_path):
    """The same row on a sheet of our own, printed by LibreOffice: the labels wrap and shrink
    to fit a 16 pt row, the values stand at the cells' foot (Excel's default)."""
    from openpyxl.styles import Alignment

    wb = Workbook()
    ws = wb.active
    ws["A1"] = "Customer Complaint Form"
    for r, row in enumerate(_TIGHT_ROWS, start=2):
        for c, value in enumerate(row, start=1):
            ws.cell(r, c, value)
    for ref in ("A4", "C4"):
        ws[ref].alignment = Alignment(wrap_text=True, shrink_to_fit=True, vertical="center")
    ws.row_dimensions[4].height = 16
    for col, width in zip("ABCD", (12, 17, 12, 17)):
        ws.column_dimensions[col].width = width
    wb.save(tmp_path / "tight.xlsx")
    doc = _doc(soffice_convert(tmp_path / "tight.xlsx", "pdf", tmp_path / "pdf"), "--kind", "complaint")
    record = doc["record"]
    assert record["complaint_type"] == "quality"
    assert record["short_term_action"] == "Sorted 600 pcs in stock"
    assert record["part_name"] is None and record["description"] is None


def test_two_labels_over_two_rows_side_by_side_on_a_sheet_are_both_read(tmp_path):
    """``Nature of`` over ``Complaint`` (a word that names a field alone), ``Immediate`` over
    ``Action`` beside it, each value merged over the two rows."""
    wb = Workbook()
    ws = wb.active
    ws["A1"] = "Customer Complaint Form"
    for r, row in enumerate((*_TIGHT_ROWS[:2], (None,) * 4, (None,) * 4, _TIGHT_ROWS[3]), start=2):
        for c, value in enumerate(row, start=1):
            ws.cell(r, c, value)
    ws["A4"], ws["A5"], ws["B4"] = "Nature of", "Complaint", "Product quality"
    ws["C4"], ws["C5"], ws["D4"] = "Immediate", "Action", "Sorted 600 pcs in stock"
    ws.merge_cells("B4:B5")
    ws.merge_cells("D4:D5")
    wb.save(tmp_path / "stacked.xlsx")
    doc = _doc(tmp_path / "stacked.xlsx", "--kind", "complaint", "--lang", "en")
    record = doc["record"]
    assert record["complaint_type"] == "quality"
    assert record["short_term_action"] == "Sorted 600 pcs in stock"
    assert record["description"] is None


def test_a_label_over_its_value_is_still_not_joined_to_it(tmp_path):
    """The tighter lines and the halves beside each other join no value to its label: ``Part
    No.`` over ``AB-1203-X`` (a figure), ``Customer`` over a name, each read as before."""
    rows: list[list[object]] = [
        ["Customer Complaint Form"],
        ["Customer", None, "Part No."],
        ["Suzhou Huaxing", None, "AB-1203-X"],
        ["Complaint No.", "CC-2611-07"],
    ]
    doc = _doc(_sheet(tmp_path, rows, "over.xlsx"), "--kind", "complaint", "--lang", "en")
    assert doc["record"]["customer"] == "Suzhou Huaxing"
    assert doc["record"]["part_no"] == "AB-1203-X"


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


# ------------------------------------------------------------------ 5. two forms: the chosen one only
def _two_forms_rows(heading: bool):
    from test_reader_two_forms import LABELS

    def form(title: str, received: str, part: str, qty: int) -> list[tuple[str, object]]:
        values = (
            received,
            "星河汽车电子",
            part,
            qty,
            qty // 100,
            None if heading else f"{part} 压接不良",
            "林晓",
        )
        return [(title, None), *zip(LABELS[1:8], values)]

    old = form("客户投诉处理单 CP-2601-007" if heading else "客户投诉处理单", "2026.1.9", "TM-0150", 3000)
    new = form("客户投诉处理单 CP-2603-015" if heading else "客户投诉处理单", "2026.3.6", "TM-0288", 6000)
    return old, new


def test_a_prints_heading_number_is_the_chosen_forms(tmp_path):
    """Two forms on one page, no 投诉编号 row, each heading with its number: the later one is
    read, and its heading's number with it (before: the old form's CP-2601-007, at the page's top)."""
    from test_reader_two_forms import CJK, _print

    if not CJK.exists():
        pytest.skip("fonts-noto-cjk is not installed (.ci/run installs it)")
    old, new = _two_forms_rows(heading=True)
    doc = _doc(_print(tmp_path / "two.pdf", [old, new]), "--kind", "complaint", "--lang", "en")
    assert doc["record"]["part_no"] == "TM-0288"
    assert doc["record"]["number"] == "CP-2603-015"
    assert "two_forms" in {p["code"] for p in doc["warnings"]}


@pytest.mark.parametrize("new_below", [True, False])
def test_a_sheets_page_margins_go_with_the_form_they_print_beside(tmp_path, new_below):
    from openpyxl import load_workbook
    from test_reader_guards import workbook
    from test_reader_two_forms import _sheet

    old, new = _two_forms_rows(heading=False)
    old = [(old[0][0] + "（已结案）", None), *old[1:]]
    path = workbook(tmp_path, {"客诉": _sheet(*((old, new) if new_below else (new, old)))})
    wb = load_workbook(path)
    wb.active.oddHeader.center.text = "订单号：PO-2601-33"
    wb.active.oddFooter.left.text = "业务主管：周宁"
    wb.save(path)
    doc = _doc(path, "--kind", "complaint", "--lang", "en")
    record = doc["record"]
    assert record["part_no"] == "TM-0288"
    [two] = [p for p in doc["warnings"] if p["code"] == "two_forms"]
    assert not two["location"].endswith(("!header", "!footer")), two
    # the header over the old (upper) form, the footer under the old (lower) one: not read
    if new_below:
        assert record["order_no"] is None
        assert record["sales_supervisor"] == "周宁" and "sales_supervisor" in _warned(
            doc, "value_from_page_margin"
        )
    else:
        assert record["sales_supervisor"] is None
        assert record["order_no"] == "PO-2601-33" and "order_no" in _warned(doc, "value_from_page_margin")


def test_a_note_or_a_text_box_on_the_old_form_says_nothing_of_the_new_one(tmp_path):
    from openpyxl import load_workbook
    from test_reader_guards import workbook
    from test_reader_text_boxes import _with_text_boxes
    from test_reader_two_forms import _sheet

    old, new = _two_forms_rows(heading=True)  # (their 问题描述 left empty)
    old = [("客户投诉处理单（已结案）", None), *old[1:]]
    new = [("客户投诉处理单", None), *new[1:]]
    path = workbook(tmp_path, {"客诉": _sheet(old, new)}, name="noted.xlsx")
    wb = load_workbook(path)
    wb.active["B6"].comment = Comment("实为 2800", "clerk")  # the old form's 出货数量
    wb.active["A6"].comment = Comment("旧单", "clerk")
    wb.save(path)
    doc = _doc(path, "--kind", "complaint", "--lang", "en")
    assert doc["record"]["ship_qty"] == 6000
    assert not {"value_noted", "value_from_note"} & {p["code"] for p in doc["warnings"]}
    path = workbook(tmp_path, {"客诉": _sheet(old, new)}, name="shaped.xlsx")
    _with_text_boxes(path, [("two", (7, 1, 8, 3), [[("端子氧化", False)]])])  # over the old 问题描述
    doc = _doc(path, "--kind", "complaint", "--lang", "en")
    assert doc["record"]["description"] is None
    assert "value_from_text_box" not in {p["code"] for p in doc["warnings"]}
