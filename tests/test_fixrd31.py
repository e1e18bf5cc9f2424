"""What the review of reader31 found (issue 10: never a silent misread), each rule read on forms
of our own, as Excel and as LibreOffice's PDF print of it where the reader reads both.

- **A line under a numbered list's item is joined to it only when it is its text wrapped**: into a
  text column (never the part number, never a figure), and never a note, ``以下空白``, a subtotal
  or a pause line; any other line ends the list, said (``table_list_stopped``) when it is a note
  the clerk wrote, whether or not items numbered on follow it.

Workbooks built here with openpyxl; values and wording of our own.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers import book_as, field_codes, landscape_book, read_doc, soffice_convert
from test_reader31 import _items, _listed
from test_reader_guards import parse, value, workbook
from test_reader_table_lines import RETURN_WITH_GROUPS, _wide

FORMS = ["xlsx", "pdf"]


# ------------------------------------------------------------- a numbered list's wrapped lines
@pytest.mark.parametrize("form", FORMS)
def test_blank_below_under_the_last_item_is_no_part_of_its_name(tmp_path: Path, form: str) -> None:
    """``以下空白`` under item 3's name (before: ``導光板以下空白``): the list ends, nothing said."""
    doc = _listed(tmp_path, form, [], after=[[None, None, None, "以下空白"]])
    assert [i[1] for i in _items(doc)] == ["背光模組（含", "軟板", "導光板"]
    assert not {"table_list_stopped", "table_line_under_list"} & set(field_codes(doc, "items"))


@pytest.mark.parametrize("form", FORMS)
def test_a_note_under_an_items_name_ends_the_list_said(tmp_path: Path, form: str) -> None:
    """``註：另附檢驗報告`` under item 1's name, items 2 and 3 after it (before: read as
    ``背光模組（含註： 另附檢驗報告``, nothing said)."""
    doc = _listed(tmp_path, form, [[None, None, None, "註：另附檢驗報告"]])
    assert [i[:2] for i in _items(doc)] == [("JD-BLU-3101", "背光模組（含")]
    assert "table_list_stopped" in field_codes(doc, "items")


@pytest.mark.parametrize("form", FORMS)
def test_a_note_under_the_last_items_part_number_is_said_not_joined(tmp_path: Path, form: str) -> None:
    """``備註：客戶要求8/15前補貨`` under item 3's part number, no item after it (before: part
    number ``JD-LGP-3103 備註: …``, nothing said)."""
    doc = _listed(tmp_path, form, [], after=[[None, "備註：客戶要求8/15前補貨"]])
    assert [i[0] for i in _items(doc)] == ["JD-BLU-3101", "JD-FPC-3102", "JD-LGP-3103"]
    assert "table_line_under_list" in field_codes(doc, "items")


# ------------------------------------------------------------- a note row over the price column
@pytest.mark.parametrize("fmt", ["xlsx", "pdf"])
@pytest.mark.parametrize(
    "note",
    [
        {
            "A9": "注：",
            "B9": "第 2、3 项为另一送货单，随货附检验报告及出货明细，请一并核对",
        },  # run on over B:F
        {"A9": "注：", "F9": "另单"},  # its text in the 单价 column
    ],
)
def test_a_note_row_over_the_price_column_is_no_item_and_the_lines_below_are_read(
    tmp_path: Path, fmt: str, note: dict[str, str]
) -> None:
    """A ``注：`` row whose text reaches the unit-price column is a note, no item (its text no
    figure, the line no quantity): the table goes on under it (before: the table ended there and
    items 2 and 3 were dropped, nothing said)."""
    cells = {k: v for k, v in RETURN_WITH_GROUPS.items() if k != "A9"} | note
    path = _wide(
        workbook(tmp_path, {"Sheet1": cells}), {"A": 10, "B": 12, "C": 16, "D": 6, "E": 10, "F": 8, "G": 12}
    )
    if fmt == "pdf":
        path = soffice_convert(path, "pdf", tmp_path / "pdf")
    assert [row["part_no"] for row in value(parse(path, "return"), "items")] == ["KN-301", "PN-118", "PN-120"]


# ------------------------------------------------ a Chinese name with Latin words in brackets
@pytest.mark.parametrize(
    ("name", "latin", "pinyin"),
    [
        ("蔡丽娟", "Cai Lijuan", True),
        ("王强", "Qiang Wang", True),  # (the given name first)
        ("呂冠廷", "Lü Guanting", True),
        ("欧阳娜娜", "Ouyang Nana", True),
        ("张伟", "Lin Ma", False),  # syllables of Mandarin, not this name's
        ("王强", "Sean", False),
        ("张建", "Jian", False),
        ("王强", "Ken", False),
        ("张伟", "ME", False),
    ],
)
def test_pinyin_is_each_characters_reading(name: str, latin: str, pinyin: bool) -> None:
    """Before: any letters that parted into as many Mandarin syllables passed (``Lin Ma``, ``ME``)."""
    from kesu_docs.parse.guards import pinyin_of

    assert pinyin_of(name, latin) is pinyin


@pytest.mark.parametrize("form", FORMS)
def test_an_english_given_name_in_brackets_is_no_department(tmp_path: Path, form: str) -> None:
    """``王强(David)``, ``李娜 (Lisa Li)``, ``张伟(Wei)``: said (``name_with_extra``), nothing moved
    into the row (before: the department ``David``, ``Lisa Li``, ``Wei``); ``周敏(Production
    Planning)`` still the department."""
    rows: list[list[Any]] = [
        ["8D 报告"],
        ["报告编号", "8D-SZ-2607-031", "开始日期", "2026-07-09"],
        ["客户", "深圳拓邦股份有限公司", "零件号", "TB-HS-3311"],
        ["D1 小组成员"],
        ["姓名", "部门", "职责"],
        ["王强(David)", None, None],
        ["李娜 (Lisa Li)", None, None],
        ["张伟(Wei)", None, None],
        ["周敏(Production Planning)", None, None],
        ["D2 问题描述", "散热片毛刺划伤线束，45 件。"],
        ["D4 发生根因", "冲压模刃口磨损。"],
    ]
    path = landscape_book(tmp_path / "8d.xlsx", rows, {"A": 28, "B": 30, "C": 14, "D": 20}, grid=True)
    doc = read_doc(book_as(path, form), "8d")
    team = doc["record"]["team"]
    assert [(m["name"], m.get("dept"), m.get("role")) for m in team] == [
        ("王强", None, None),
        ("李娜", None, None),
        ("张伟", None, None),
        ("周敏", "Production Planning", None),
    ]
    assert all("name_with_extra" in field_codes(doc, f"team[{k}].name") for k in range(3))


# ------------------------------------------------ D7: too / also / both only with a place after on, at, in, for
@pytest.mark.parametrize(
    ("text", "elsewhere"),
    [
        ("Also on the sister press.", True),
        ("Implemented at the Dongguan facility too.", True),
        ("Also at our Mexico subsidiary.", True),
        ("Operators on line 2 retrained as well.", False),
        ("Both suppliers informed.", False),
        ("Both dies reworked.", False),
        ("Thickness gauge on line 2 too.", True),
        ("Gauge blocks on both presses.", True),
    ],
)
def test_d7_too_also_both_speak_of_a_place_after_on_at_in_for(text: str, elsewhere: bool) -> None:
    """Before: the sister press, a facility, a subsidiary were no place words (only ``presses``),
    and a place word anywhere before ``as well`` / after ``both`` made a deployment."""
    from kesu_docs.parse.value_cues import TEXT_SUBJECTS

    assert bool(TEXT_SUBJECTS["prevention.horizontal_deployment"].search(text)) is elsewhere


# ------------------------------------------------ a sparse form's title looked for at its top only
@pytest.mark.parametrize("form", FORMS)
def test_a_forms_title_at_the_foot_of_another_document_makes_no_sparse_form(
    tmp_path: Path, form: str
) -> None:
    """An invoice whose last line names 退货单 (a copy attached), read with ``--kind return``:
    ``not_a_form`` still — a title is looked for among the top texts only (before: the line at
    the foot made it a record, ``form_read_sparsely``)."""
    rows: list[list[Any]] = [
        ["销售发票"],
        ["Date:", "2026-04-09"],
        *([f"第 {n} 页说明", "见附件", "备用", "—"] for n in range(1, 21)),
        ["退货单"],
    ]
    path = landscape_book(tmp_path / "inv.xlsx", rows, {"A": 18, "B": 28, "C": 18, "D": 14})
    doc = read_doc(book_as(path, form), "return")
    assert "not_a_form" in {e["code"] for e in doc["errors"]}
    assert "form_read_sparsely" not in {w["code"] for w in doc["warnings"]}


# ------------------------------------------------ a glued label's neighbour starting with a form's label word
def test_a_glued_labels_neighbour_starting_with_a_label_word_is_its_value(tmp_path: Path) -> None:
    """``Part name V2 | Customer Return Kit``: the neighbour is the part's name, though it begins
    with the form's label ``Customer`` (before: refused as a value, the tail ``V2`` read as the
    name); only a table's own column caption with its value (``品名 燈條``) is no value."""
    from test_reader_mends12_glued import _doc, _sheet

    rows: list[list[object]] = [
        ["CUSTOMER COMPLAINT", None, None, None],
        ["Complaint No.", "CC-2607-031", "Received date", "2026-07-05"],
        ["Customer", "Acme Electronics Inc.", "Market", "Export"],
        ["PO No.", "PO-88131", "Part No.", "AB-3103-X"],
        ["Part name V2", "Customer Return Kit", "Lot No.", "L260701"],
        ["Description", "Kit box crushed at incoming inspection", None, None],
    ]
    doc = _doc(_sheet(tmp_path, rows))
    assert doc["record"]["part_name"] == "Customer Return Kit"
