"""The fortieth round's review (fixrv40c): labels added this round that name a part number in one
trade and something else in another are read, never silently.

- 件号 is Taiwan's 件號 (a part number) and, on a mainland 退货单 / 装箱单, the packages' numbers (件号 1-2 =
  packages 1 to 2 of the shipment);
- 商品编号 / 商品编码 are a store's product code and, on a platform's after-sales export, the platform's
  listing id (京东 100038251617);
- PCBA P/N is the board's number: the part only where the supplier makes the board.
Each is now a doubtful label: the value is read and warned (``low_confidence``), as the review's probes
(/work/notes/review40.md F3, F6, F8) showed they were read silently wrong.
"""

from __future__ import annotations

import pytest
from helpers import field_codes, read_doc, sheet_from_rows

WIDTH = 24


def _read(tmp_path, rows, kind):
    return read_doc(sheet_from_rows(tmp_path, rows, width=WIDTH), kind)


def test_a_packing_lists_package_numbers_under_jianhao_are_warned(tmp_path) -> None:
    doc = _read(
        tmp_path,
        [
            ["退货单"],
            ["退货单号", "RT-2611-017", "退货日期", "2026-11-21"],
            ["客户", "华辰五金有限公司", "客诉编号", "KS-2026-0399"],
            [],
            ["件号", "品名规格", "数量", "退货原因"],
            ["1-2", "M6 弹簧垫片 镀锌", "4000", "电镀发黑"],
            ["3", "M8 平垫 镀锌", "1500", "尺寸超差"],
        ],
        "return",
    )
    items = doc["record"]["items"]
    for i, item in enumerate(items):
        if item.get("part_no") is not None:  # read: then never without a word on it
            assert field_codes(doc, f"items[{i}].part_no"), item


def test_a_platforms_listing_id_is_no_silent_part_number(tmp_path) -> None:
    doc = _read(
        tmp_path,
        [
            ["京东售后服务单"],
            ["服务单号", "SV-20261120-0088", "申请时间", "2026-11-20"],
            ["店铺名称", "绿源厨电京东自营旗舰店", "订单编号", "289104425513"],
            ["商品编号", "100038251617", "商家编码", "KT-1501"],
            ["商品名称", "绿源 1.7L 电热水壶 KT-1501", "问题数量", "1"],
            ["问题描述", "壶底漏水"],
            ["服务类型", "换货"],
        ],
        "complaint",
    )
    if doc["record"].get("part_no") == "100038251617":
        assert "low_confidence" in field_codes(doc, "part_no")


@pytest.mark.parametrize("other", ["Component MPN", None])
def test_a_boards_number_on_an_ems_8d_is_warned(tmp_path, other) -> None:
    row = ["PCBA P/N", "5A-1203-01"] + ([other, "HX-CON-2210"] if other else [])
    doc = _read(
        tmp_path,
        [
            ["8D Report"],
            ["8D No.", "8D-26-0412", "SCAR No.", "SCAR-26-0412"],
            ["Customer", "Jabil Wuxi", "Opened", "2026-11-20"],
            row,
            ["D1 Team", "Li Wei (leader), Zhang Min"],
            ["D2 Problem description", "Connector J3 open at ICT, 36 boards"],
            ["D3 Containment", "Sorted 20,000 pcs in stock"],
            ["D4 Root cause", "Crimp height out of spec"],
            ["D5 Corrective action", "Crimp height checked every 2 h"],
            ["D6 Verification", "3 lots OK"],
        ],
        "8d",
    )
    if doc["record"].get("part_no") == "5A-1203-01":
        assert "low_confidence" in field_codes(doc, "part_no")
