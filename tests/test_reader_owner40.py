"""Reader items left open by round 39 (owner40), each rule on a small file made here.

A. A step table printed without borders (a QMS export: ``Step | Type | Description | Owner``):
   the text read beside a step's name (``Corrective action``) ends where the next column's
   header begins — the owner ``T. Walsh`` a cell's padding after the description is the Owner
   column's value, never the action's last words (read so, silently, before:
   ``… weekly. T. Walsh``). :func:`.table_lines.until_next_column`.
B. Labels of office tools and systems: a ticket's ``Key`` names the complaint's number only where
   the form prints none of its own, and always shown for checking; 围堵措施 is a complaint's short-term action; 业务员 (``13、
   我司业务员``) the sales side's one name, read for checking; an ERP's bare 物料 (``物料(MATNR)``)
   and a WMS receipt's ``Item`` column name the part's code over a code only, never a name — and
   an ERP's item numbers (``000010``, ``000020``) under ``Item`` number the lines, no part's code.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from fpdf import FPDF
from openpyxl import Workbook

from kesu_docs.parse.boxes import Box
from kesu_docs.parse.table_lines import counts_lines
from tests.helpers import field_codes, read_doc
from tests.test_reader_fix3839 import _STEPS  # (round 39's step table: the same five rows)

# ---------------------------------------------------------------------------------- A. borderless step table
# the columns' left edges (mm): the description fills its column, the owner a padding after it
_STEP_X, _TYPE_X, _TEXT_X = 12.0, 26.0, 62.0


def _step_table(
    path: Path, header: bool, gap: float = 1.6, blank_owner: frozenset[str] = frozenset()
) -> Path:
    """A borderless step table drawn text by text (no line anywhere): each row's owner starts
    ``gap`` mm after the longest description; with ``header`` the header row over it; the Owner
    cell left empty on the steps named in ``blank_owner`` (test_silent41)."""
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    owner_x = _TEXT_X + max(pdf.get_string_width(t) for _s, _t, t in _STEPS) + gap
    y = 30.0
    if header:
        for x, word in ((_STEP_X, "Step"), (_TYPE_X, "Type"), (_TEXT_X, "Description"), (owner_x, "Owner")):
            pdf.text(x, y, word)
    for step, typ, text in _STEPS:
        y += 6.0
        pdf.text(_STEP_X, y, step)
        # the step's name set a little larger than its number (the column's own style): its
        # top stands a hair above the number's, so the name is met first on the line
        pdf.set_font("Helvetica", size=10.5)
        pdf.text(_TYPE_X, y, typ)
        pdf.set_font("Helvetica", size=10)
        # the longest description ends right where the owner's column starts
        pdf.text(_TEXT_X, y, text)
        if step not in blank_owner:
            pdf.text(owner_x, y, "T. Walsh")
    pdf.output(str(path))
    return path


def test_a_borderless_rows_text_ends_where_the_next_columns_header_begins(tmp_path: Path) -> None:
    # before: corrective_actions[0].action read 'Jig edge rounded to R0.5 and checked weekly. T. Walsh'
    # at 0.8 (no warning): the Owner column's value taken as the action's last words
    doc = read_doc(_step_table(tmp_path / "steps.pdf", header=True), "8d")
    actions = doc["record"]["corrective_actions"]
    assert actions and actions[0]["action"] == _STEPS[3][2], actions
    assert doc["record"]["containment"][0]["action"] == _STEPS[1][2]
    assert doc["record"]["root_cause"][0]["cause"] == _STEPS[2][2]


@pytest.mark.parametrize("gap", [1.0, 3.0])
def test_the_owner_beside_is_never_the_actions_text_at_any_padding(tmp_path: Path, gap: float) -> None:
    doc = read_doc(_step_table(tmp_path / "steps.pdf", header=True, gap=gap), "8d")
    for row in doc["record"]["corrective_actions"]:
        assert "Walsh" not in (row["action"] or ""), row


def test_without_a_header_row_no_column_is_told_and_nothing_is_cut_unsaid(tmp_path: Path) -> None:
    # no header over the rows: the reader cannot tell the owner's column from the text's; what it
    # reads beside the step's name is never cut by this rule (no header: no column), and a text
    # read with the owner in it is not passed silently as sure
    doc = read_doc(_step_table(tmp_path / "steps.pdf", header=False), "8d")
    actions = doc["record"]["corrective_actions"] or []
    for k, row in enumerate(actions):
        if row["action"] and "Walsh" in row["action"]:
            assert field_codes(doc, f"corrective_actions[{k}].action"), doc["provenance"]


# ---------------------------------------------------------------------------------- B. labels of tools and systems
def _sheet(path: Path, rows: list[tuple[object, ...]]) -> Path:
    wb = Workbook()
    ws = wb.active
    for row in rows:
        ws.append(list(row))
    wb.save(path)
    return path


_COMPLAINT = [("客户投诉处理单",), ("客户", "深圳传音控股股份有限公司"), ("物料编码", "DG-SPK-0451")]


def test_a_tickets_key_is_its_number_shown_for_checking(tmp_path: Path) -> None:
    rows = [
        ("Customer complaint",),
        ("Key", "QC-1287"),
        ("Customer", "Redwood Controls Ltd."),
        ("Part number", "CN-HS-2208"),
    ]
    doc = read_doc(_sheet(tmp_path / "ticket.xlsx", rows), "complaint")
    assert doc["record"]["number"] == "QC-1287"
    assert field_codes(doc, "number")


def test_key_inside_a_longer_caption_names_no_number(tmp_path: Path) -> None:
    rows = [("Customer complaint",), ("Customer", "Redwood Controls Ltd."), ("Key characteristic", "CTQ-7")]
    doc = read_doc(_sheet(tmp_path / "ticket.xlsx", rows), "complaint")
    assert doc["record"]["number"] in (None, "")


def test_containment_in_chinese_is_a_complaints_short_term_action(tmp_path: Path) -> None:
    rows = [*_COMPLAINT, ("不良描述", "网罩冲孔毛刺。"), ("围堵措施", "在库 4,000 件全检。")]
    doc = read_doc(_sheet(tmp_path / "complaint.xlsx", rows), "complaint")
    assert doc["record"]["short_term_action"] == "在库 4,000 件全检。"


def test_a_numbered_question_naming_our_salesperson_is_read_for_checking(tmp_path: Path) -> None:
    # a 问卷星 export: the submission a row under numbered questions
    heads = ("1、客户名称", "2、产品型号", "12、填写人", "13、我司业务员")
    values = ("深圳市大疆创新科技有限公司", "DJ-FR-2210", "郑晓峰", "黄志明")
    doc = read_doc(_sheet(tmp_path / "wjx.xlsx", [heads, values]), "complaint")
    assert doc["record"]["sales_supervisor"] == "黄志明"
    assert field_codes(doc, "sales_supervisor")  # (a salesperson, not surely the supervisor: shown)


@pytest.mark.parametrize("label", ["物料", "物料(MATNR)"])
def test_an_erps_bare_material_is_no_part_number(tmp_path: Path, label: str) -> None:
    # (fixrv40b: the bare 物料 alias withdrawn — over a code it is a material's grade as often as
    # SAP's MATNR, PA66-GF30 read silently as the part's number; the field is missing, reported)
    for value in ("TY-SPR-4410", "弹片"):
        rows = [*_COMPLAINT[:2], (label, value)]
        doc = read_doc(_sheet(tmp_path / "notice.xlsx", rows), "complaint")
        assert doc["record"]["part_no"] is None
        assert field_codes(doc, "part_no")


def _return(path: Path, items: list[tuple[object, ...]], header: tuple[str, ...]) -> dict:
    rows = [("Return note",), ("Return No.", "RR-0002614"), ("Customer", "Northstar"), (), header, *items]
    return read_doc(_sheet(path, rows), "return")


def test_a_wms_item_column_is_no_parts_code(tmp_path: Path) -> None:
    # (fixrv40b: the bare Item alias withdrawn — a partial return's SAP line numbers 000010, 000030
    # were read as the parts' codes, silently; a WMS's codes under Item are left unread, reported)
    doc = _return(
        tmp_path / "wms.xlsx",
        [("NS-REL-1201", "Relay 24VDC", 40), ("NS-TRM-1202", "Terminal block 12P", 1180)],
        ("Item", "Description", "Qty recv."),
    )
    assert all(i["part_no"] is None for i in doc["record"]["items"])
    assert field_codes(doc, "items[0].part_no")


def test_an_erps_item_numbers_are_no_parts_code(tmp_path: Path) -> None:
    # SAP's item numbers in steps of ten, zero-padded: the lines' numbering; the Material column
    # holds the parts' codes
    items = [("000010", "NS-REL-1201", "Relay 24VDC", 40), ("000020", "NS-TRM-1202", "Terminal block", 1180)]
    doc = _return(tmp_path / "sap.xlsx", items, ("Item", "Material", "Description", "Qty"))
    assert [i["part_no"] for i in doc["record"]["items"]] == ["NS-REL-1201", "NS-TRM-1202"]
    alone = _return(tmp_path / "sap2.xlsx", [r[:1] + r[2:] for r in items], ("Item", "Description", "Qty"))
    assert all(i["part_no"] in (None, "") for i in alone["record"]["items"])


def test_an_item_column_of_names_is_no_parts_code(tmp_path: Path) -> None:
    doc = _return(tmp_path / "names.xlsx", [("Relay 24VDC", 40), ("Terminal block", 1180)], ("Item", "Qty"))
    # (fixrv40b: with Item no part-number label, a table of a name and a quantity is no item table)
    assert all(i["part_no"] is None for i in doc["record"]["items"] or [])
    assert field_codes(doc, "items[0].part_no") or "required" in field_codes(doc, "items")


@pytest.mark.parametrize(
    ("cells", "counts"),
    [
        (["000010", "000020", "000030"], True),
        (["1", "2"], True),
        (["000010", "000030"], False),
        (["NS-1", "NS-2"], False),
    ],
)
def test_zero_padded_item_numbers_count_the_lines(cells: list[str], counts: bool) -> None:
    head = Box("Item", "Item", 0, 0, 10, 1, "Sheet!A1")
    bands = [[Box(c, c, 0, 1 + k, 10, 2 + k, f"Sheet!A{2 + k}")] for k, c in enumerate(cells)]
    assert counts_lines(head, bands) is counts
