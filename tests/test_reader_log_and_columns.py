"""A complaint log entry's labels, quantities typed as packages × count, item lines and 8D
disciplines laid out as columns (what the ninth held-out set showed, each laid out here the
way another company might).

Each test writes a small form of its own with openpyxl and reads it back as ``kesu parse``
does; none of the rules knows a form.
"""

from __future__ import annotations

import pytest
from test_reader_guards import parse, value, warned, workbook

from kesu_docs.parse.units import packed_count


# ------------------------------------------------------------------------ packages × count
@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("20箱×500=10,000", ("10,000", True)),
        ("12 ctn x 250 pcs = 3,000 pcs", ("3,000pcs", True)),
        ("8箱×500=3,000", ("3,000", False)),
        ("20cm×500=10,000", None),  # a size, not a count
        ("1,200", None),
        ("20箱×500", None),  # no total written: not ours to multiply
    ],
)
def test_a_count_typed_as_packages_times_each_is_read_by_its_total(typed, expected):
    assert packed_count(typed) == expected


RETURN_PACKED = {
    "A1": "退货单",
    "A2": "退货单号",
    "B2": "RT-2611-014",
    "C2": "退货日期",
    "D2": "2026-11-03",
    "A3": "客户名称",
    "B3": "华东包装材料有限公司",
    "A4": "料号",
    "B4": "品名",
    "C4": "退货数量",
    "D4": "单位",
    "A5": "BX-330",
    "B5": "五层纸箱 330",
    "C5": "16箱×200=3,200",
    "D5": "pcs",
    "A6": "BX-440",
    "B6": "五层纸箱 440",
    "C6": "6箱×300=1,900",
    "D6": "pcs",
    "A7": "退货原因",
    "B7": "抗压不足",
}


def test_packages_times_count_gives_the_total_and_a_wrong_product_is_an_error(tmp_path):
    path = workbook(tmp_path, {"退货单": RETURN_PACKED}, bold=("A4", "B4", "C4", "D4"))
    result = parse(path, kind="return")
    assert value(result, "items[0].qty_returned") == 3200
    assert value(result, "items[1].qty_returned") is None  # 6 × 300 is 1,800, not 1,900
    assert warned(result, "items[1].qty_returned", "invalid_qty_product")
