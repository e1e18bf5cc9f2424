"""What the sixty-fifth held-out set showed the reader lacked (issue 10), each rule read on forms of our
own (values and wording not the set's).

- **A price per thousand beside counts typed in thousands is turned into a price per piece**: a
  distributor's return prints ``Unit Price (USD/Kpcs)`` over ``185.00`` while its counts are typed with their
  own multiplier (``40K``, ``30 Kpcs``): the counts were read in pieces (40,000) and the price kept per
  thousand (185.00), nothing said — a line whose count × price is a thousand times its amount. The rule the
  reader had for a ``(K)`` in the count's heading (a price per thousand beside counts read in pieces is a
  price per piece when that is a whole number of cents, else left unread and said,
  ``unit_price_per_thousand``) now holds when the thousand is in the counts themselves, on a first reading
  and with a profile.
- **A rate is never below zero**: ``DPPM -350`` (a typing slip) was read as a defect rate of -0.035 %, nothing
  said. A rate, a ratio or a share (a defect rate, a tax rate, a contribution) below zero is now an error on its
  field (``too_small``), never filed.

Workbooks built here with openpyxl.
"""

from __future__ import annotations

from typing import Any

from helpers import landscape_book, read_doc, sheet_from_rows, warned_by

from kesu_docs.parse.profile import learn, read_by_profile

_WIDTHS = {"A": 16, "B": 26, "C": 12, "D": 12, "E": 22, "F": 16}


def _return_rows(lines: list[list[Any]]) -> list[list[Any]]:
    return [
        ["RETURN MATERIAL AUTHORIZATION"],
        ["RMA No.", "RMA-0917-22", "Date", "2026-09-17"],
        ["Customer", "Baltic Sensor Systems OÜ", "Complaint No.", "BSS-QA-0911"],
        ["Part No.", "Description", "Approved", "Returned", "Unit Price (USD/Kpcs)", "Amount (USD)"],
        *lines,
        ["Reason", "Output drift after 200 h burn-in"],
        ["Disposition", "Credit"],
    ]


_LINES = [
    ["TMP-117-Q", "Temperature sensor QFN-6", "24K", "24K", "250.00", "6,000.00"],
    ["REF-3030-B", "Voltage reference SOT-23", "8K", "6K", "137.50", "825.00"],
]


def test_a_price_per_thousand_beside_counts_typed_in_thousands_is_per_piece_or_said(tmp_path) -> None:
    path = landscape_book(tmp_path / "rma.xlsx", _return_rows(_LINES), _WIDTHS)
    doc = read_doc(path, "return")
    items = doc["record"]["items"]
    assert [(i["qty_approved"], i["qty_returned"]) for i in items] == [(24000, 24000), (8000, 6000)]
    # 250.00 a thousand is 0.25 a piece; 137.50 a thousand is no whole cent a piece: unread and said,
    # never 137.50 a piece beside 6,000 pieces
    assert items[0]["unit_price"] == "0.25"
    assert items[1].get("unit_price") is None
    assert warned_by(doc, "unit_price_per_thousand", "items[1].unit_price")


def test_a_price_per_thousand_beside_counts_typed_in_pieces_stays_as_typed(tmp_path) -> None:
    # counts in pieces with no multiplier of their own (24,000): nothing was turned into pieces, the price is
    # left as the clerk typed it (the rule only follows a thousand the reader applied to the counts)
    lines = [["TMP-117-Q", "Temperature sensor QFN-6", "24,000", "24,000", "250.00", "6,000.00"]]
    doc = read_doc(landscape_book(tmp_path / "rma.xlsx", _return_rows(lines), _WIDTHS), "return")
    [item] = doc["record"]["items"]
    assert (item["qty_returned"], item["unit_price"]) == (24000, "250.00")


def test_a_profile_turns_a_price_per_thousand_per_piece_beside_counts_typed_in_thousands(tmp_path) -> None:
    first = landscape_book(tmp_path / "rma.xlsx", _return_rows(_LINES), _WIDTHS)
    profile = learn(first, "return")
    (tmp_path / "profiles").mkdir()
    (tmp_path / "profiles" / "rma.toml").write_text(profile.to_toml(), encoding="utf-8")
    lines = [
        ["TMP-117-Q", "Temperature sensor QFN-6", "12K", "12K", "420.00", "5,040.00"],
        ["REF-3030-B", "Voltage reference SOT-23", "5K", "5K", "96.25", "481.25"],
    ]
    second = landscape_book(tmp_path / "copy2" / "rma.xlsx", _return_rows(lines), _WIDTHS)
    [read] = read_by_profile(second, second.read_bytes(), "return", tmp_path / "profiles")
    items = read.values["items"]
    assert (items[0]["qty_returned"], str(items[0]["unit_price"])) == ("12K", "0.42")  # (the count typed)
    assert items[1].get("unit_price") is None
    assert any(
        p.code == "unit_price_per_thousand" and p.field == "items[1].unit_price" for p in read.problems
    )


def _rma(rate: Any) -> list[list[Any]]:
    return [
        ["客户投诉单"],
        ["投诉编号", "CQ-0918-07"],
        ["客户名称", "嘉兴瑞能电子有限公司"],
        ["投诉日期", "2026-09-18"],
        ["产品型号", "RX-2207"],
        ["不良数量", "42"],
        ["DPPM", rate],
        ["不良描述", "上电后输出纹波超标。"],
    ]


def test_a_negative_rate_is_an_error_on_its_field_never_filed(tmp_path) -> None:
    doc = read_doc(sheet_from_rows(tmp_path, _rma("-420"), width=24), "complaint")
    assert doc["record"].get("defect_rate") is None
    assert any(e["code"] == "too_small" and e.get("field") == "defect_rate" for e in doc["errors"])


def test_a_rate_in_parts_per_million_is_still_read(tmp_path) -> None:
    doc = read_doc(sheet_from_rows(tmp_path, _rma("420"), width=24), "complaint")
    assert doc["record"]["defect_rate"] == "0.00042"
    assert not [e for e in doc["errors"] if e.get("field") == "defect_rate"]


# a customer's request as boxes, one to a cell: ☑ 8D 报告 among them names what the customer asks for
_ASKED_ROWS = [
    ("客户投诉处理单",),
    ("投诉编号", "KS-0919-12", "投诉日期", "2026-09-19"),
    ("客户名称", "常州亿源电子有限公司", "产品型号", "LD-3306"),
    ("批号", "B2609-04", "交货数量", "5,000 pcs"),
    ("不良数量", "37 pcs", "不良描述", "焊点虚焊，上电无输出。"),
    ("客户要求", "☑ 失效分析", "☑ 8D 报告", "☐ 退货"),
    ("填表人", "韩晓东", "业务主管", "孙立平"),
]


def test_a_ticked_box_before_an_8d_report_is_a_request_never_the_forms_title(tmp_path) -> None:
    from test_reader_kinds import workbook

    # the first line (客户投诉处理单) is no title the forms print: the kind is the labels' (a complaint, said),
    # never the 8D the ticked ☑ 8D 报告 far down would name
    rows = [("华东区质量联络表",), *_ASKED_ROWS[1:]]
    doc = read_doc(workbook(tmp_path, rows))
    assert doc["kind"] == "complaint"
    assert doc["record"]["defect_qty"] == 37


def test_a_forms_name_far_down_without_a_box_is_still_weighed_as_a_title(tmp_path) -> None:
    from test_reader_kinds import workbook

    # the same line without its box is the 8D's name as before (said, the title unsupported or overruled),
    # never passed over in silence
    rows = [("华东区质量联络表",), *_ASKED_ROWS[1:5], ("8D 报告",), _ASKED_ROWS[6]]
    doc = read_doc(workbook(tmp_path, rows))
    assert doc["kind"] in {"8d", "complaint"}
    assert [w for w in doc["warnings"] if w["code"].startswith("kind_")]
