"""A value read beside a label no vocabulary names is doubted, never silent (issue 10, 0 silent
misreads; /work/notes/misses43.md item 4 and M4).

Before this round a known label's value was taken and an unknown label's value beside it said
unread (``unread_label``) with nothing on the field: ``Description | Stainless kettle body`` was the
complaint's description while ``Damage noted: | Crushed corner …`` under it held the real one; a
``合计`` read as the total excluding tax (the Chinese rule) beside a tax line the reader could not
name. Each situation is rebuilt here with labels of our own (the misses' words are known by now):
silent on the base (2ad940c5: neither code existed, and these fields carried no warning), warned now
on the field (``value_beside_unread_label``, ``total_beside_unread_tax``), the value unchanged.

Workbooks built with openpyxl, PDFs drawn with fpdf2 (:func:`helpers.titled_lines_pdf`).
"""

from __future__ import annotations

from typing import Any

import pytest
from helpers import field_codes, read_doc, sheet_from_rows, titled_lines_pdf

from kesu_docs.parse.unread_beside import shape

WIDTH = 22
DOUBT, TAX = "value_beside_unread_label", "total_beside_unread_tax"


def _read(tmp_path, rows: list[list[Any]], kind: str, name: str = "form.xlsx") -> dict[str, Any]:
    return read_doc(sheet_from_rows(tmp_path, rows, name, width=WIDTH), kind)


def _message(doc: dict[str, Any], code: str, field: str) -> str:
    [said] = [p["message"] for p in doc["warnings"] if p["code"] == code and p["field"] == field]
    return said


def _damage_report(note_label: str, note: str, gap: int = 1) -> list[list[Any]]:
    return [
        ["Damage Report on Receipt"],
        ["Report No.", "DR-2611-0142", "Date Received", "2026-11-05"],
        ["Consignee", "Brightline Appliances Ltd.", "Part No.", "HX-220-0087"],
        ["Description", "Stainless kettle body 1.7L", "Qty Damaged", "64 pcs"],
        *([[]] * gap),
        [note_label, note],
        ["Request", "Replace damaged parts"],
    ]


DAMAGE = "Crushed corner on 64 kettle bodies, dents on the rim."


def test_the_goods_description_read_beside_an_unknown_label_holding_the_damage_is_doubted(tmp_path) -> None:
    doc = _read(tmp_path, _damage_report("Damage noted:", DAMAGE), "complaint")
    assert doc["record"]["description"] == "Stainless kettle body 1.7L"  # the value is kept as read
    said = _message(doc, DOUBT, "description")
    assert "Damage noted:" in said and "Sheet!A6" in said and "Crushed corner" in said


def test_a_sentence_no_longer_than_the_value_or_far_below_it_is_no_doubt(tmp_path) -> None:
    short = _read(
        tmp_path, _damage_report("Damage noted:", "Dents on the rim, 64 pcs."), "complaint", "a.xlsx"
    )
    assert DOUBT not in field_codes(short, "description")  # the value read is the longer text
    far = _read(tmp_path, _damage_report("Damage noted:", DAMAGE, gap=5), "complaint", "b.xlsx")
    assert DOUBT not in field_codes(far, "description")  # another block of the form


@pytest.mark.parametrize(
    ("row", "field", "unknown"),
    [
        # two labels for one field: the known one's code taken, the unknown one's (of its series) beside it
        (["箱号", "T2610-0401", "出厂编号", "T2610-0381"], "lot_no", "箱号"),
        # a date beside a date: which one is the complaint's?
        (["受理日期", "2026-11-05", "Unpacked on:", "2026-11-08"], "received_date", "Unpacked on:"),
        # a count beside a count
        (["Qty Damaged", "64 pcs", "Cartons crushed:", "8"], "defect_qty", "Cartons crushed:"),
    ],
)
def test_a_value_beside_an_unknown_label_of_the_same_shape_in_its_row_is_doubted(
    tmp_path, row, field, unknown
) -> None:
    rows = [
        ["客户投诉单"],
        ["投诉编号", "KS-2611-043", "料号", "HY-2210-07"],
        ["客户名称", "苏州恒远电子有限公司"],
        row,
        ["不良描述", "外壳边缘毛刺，装配划手。"],
    ]
    doc = _read(tmp_path, rows, "complaint")
    assert doc["record"][field] not in (None, "")  # read as before
    assert unknown in _message(doc, DOUBT, field)


def test_a_value_beside_an_unknown_label_of_another_shape_is_not_doubted(tmp_path) -> None:
    rows = [
        ["客户投诉单"],
        ["投诉编号", "KS-2611-043", "料号", "HY-2210-07"],
        ["受理日期", "2026-11-05", "Carrier:", "DHL Global Forwarding"],  # words beside a date
        ["不良数量", "12", "Unpacked by:", "Tom Walsh"],  # a name beside a count
        ["订单号", "PO-2611-0042", "Invoice No.:", "INV-2611-0388"],  # two documents' numbers
        ["不良描述", "外壳边缘毛刺，装配划手。"],
    ]
    doc = _read(tmp_path, rows, "complaint")
    assert doc["record"]["order_no"] == "PO-2611-0042"
    said = field_codes(doc, "received_date") | field_codes(doc, "defect_qty") | field_codes(doc, "order_no")
    assert DOUBT not in said


def _allowance(tax_label: str, tax: Any = 468) -> list[list[Any]]:
    """A 折让单 with no lines (nothing to add up the total against), its total and a tax line."""
    return [
        ["销售折让单"],
        ["折让单号", "ZR-HZ-2607-011", "开具日期", "2026-07-03"],
        ["购买方", "杭州远驰汽车零部件有限公司", "客诉编号", "YC-QA-260622"],
        ["折让原因", "支架孔位偏移，按 12% 折让。"],
        ["合计", 4068, tax_label, tax],
    ]


@pytest.mark.parametrize("tax_label", ["地方税：", "Local tax:"])
def test_a_bare_total_read_without_tax_beside_an_unnamed_tax_line_is_doubted(tmp_path, tax_label) -> None:
    doc = _read(tmp_path, _allowance(tax_label), "allowance")
    assert doc["record"]["total_excl_tax"] == "4068.00"  # kept where the Chinese rule put it
    if doc["record"]["total_tax"] is not None:
        # "Local tax:" ends in a head word of the tax's labels: read as the total tax by it, and said
        # so (headword44) — the tax line is no longer unnamed
        assert doc["record"]["total_tax"] == "468.00"
        assert "label_by_head_word" in field_codes(doc, "total_tax")
        return
    said = _message(doc, TAX, "total_excl_tax")
    assert tax_label in said and "468" in said
    assert DOUBT not in field_codes(doc, "total_excl_tax")  # said once, by the tax's rule


# the same situations printed (fpdf2): a line a label and its value, as a clerk's print of a form
PRINTS = [
    (
        "Damage Report on Receipt",
        "complaint",
        [
            ("Report No.", "DR-2611-0177"),
            ("Date Received", "2026-11-19"),
            ("Consignee", "Brightline Appliances Ltd."),
            ("Description", "Kettle lid assembly, 1.7L"),
            ("Observed on unpacking:", "Lids cracked at the hinge on 30 pcs, the cartons dry and intact."),
            ("Request", "Replace damaged parts"),
        ],
        ("description", "Kettle lid assembly, 1.7L", DOUBT, "Observed on unpacking:"),
    ),
    (
        "销售折让单",
        "allowance",
        [
            ("折让单号", "ZR-HZ-2607-012"),
            ("开具日期", "2026-07-03"),
            ("购买方", "杭州远驰汽车零部件有限公司"),
            ("折让原因", "支架孔位偏移，按 12% 折让。"),
            ("合计", "4,068.00"),
            ("附加税费：", "468.00"),
        ],
        ("total_excl_tax", "4068.00", TAX, "附加税费"),
    ),
]


@pytest.mark.parametrize(("title", "kind", "lines", "said"), PRINTS, ids=["damage", "tax"])
def test_a_print_says_it_too(tmp_path, title, kind, lines, said) -> None:
    doc = read_doc(titled_lines_pdf(tmp_path / "form.pdf", title, lines), kind)
    field, value, code, unknown = said
    assert doc["record"][field] == value  # kept as read
    assert unknown in _message(doc, code, field)


def test_a_tax_office_number_beside_a_total_is_no_tax_line(tmp_path) -> None:
    doc = _read(tmp_path, _allowance("完税凭证号：", 3301202607), "allowance")  # a number, no amount
    assert TAX not in field_codes(doc, "total_excl_tax")


@pytest.mark.parametrize(
    ("value", "kind"),
    [
        ("2026-11-05", "date"),
        ("64 pcs", "figure"),
        ("1,200", "figure"),
        ("T2610-0381", "code"),
        ("２６０３１１", "figure"),
        ("Tom Walsh", "words"),
        ("LED panel 600x600", "words"),
        ("Crushed corner on 64 kettle bodies, dents on the rim.", "sentence"),
    ],
)
def test_the_shapes_are_the_value_readers_own(value, kind) -> None:
    assert shape(value) == kind
