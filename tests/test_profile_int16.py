"""Layout profiles after the sixteenth round's merges (int16): a red-letter allowance (lines and
totals printed in minus) read as the generic reader reads it — each line's quantity and amounts as
their magnitudes, not refused as "must not be less than 0" (holdout16's allowance-zh-paren copy2
lost three fields) — and an order number whose letters spell a label (``PO26-4410``, ``PO`` being
a label since the e-mail's ``PO: …`` lines) learned as the whole cell, never as label ``PO`` and
value ``26-4410`` (holdout9's complaint-zh-dbnum copy2: a silent misread)."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from kesu_docs.parse.profile import learn, read_by_profile


def _red_letter(path: Path, number: str, lines: list[tuple[str, int, float]]) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "红字"
    ws.append(["开具红字发票信息表"])
    ws.append(["信息表编号", number, "填开日期", "2026-10-12"])
    ws.append(["销售方", "苏州恒联精工有限公司", "购买方", "常州澄源电子有限公司"])
    ws.append(["蓝字发票号码", "33012644", "蓝字开票日期", "2026-09-03"])
    ws.append(["品名", "数量", "单价", "金额", "税额"])
    total = tax_total = 0.0
    for name, qty, price in lines:
        amount = round(qty * price, 2)
        tax = round(amount * 0.13, 2)
        total += amount
        tax_total += tax
        ws.append([name, -qty, price, -amount, -tax])
    ws.append([])
    ws.append(["金额合计", -round(total, 2), "税额合计", -round(tax_total, 2)])
    ws.append(["价税合计", -round(total + tax_total, 2)])
    wb.save(path)
    return path


def test_a_profile_reads_a_red_letter_forms_lines_as_their_magnitudes(tmp_path):
    first = _red_letter(tmp_path / "first.xlsx", "HZ-2610-031", [("端子", 200, 1.5), ("护套", 100, 0.8)])
    profile = learn(
        first,
        "allowance",
        {
            "number": "红字!B2",
            "items[0].name": "红字!A6",
            "items[0].qty": "红字!B6",
            "items[0].allowance_amount": "红字!D6",
            "items[0].tax": "红字!E6",
        },
    )
    (tmp_path / "profiles").mkdir()
    (tmp_path / "profiles" / "red.toml").write_text(profile.to_toml(), encoding="utf-8")
    second = _red_letter(tmp_path / "second.xlsx", "HZ-2611-007", [("连接器", 45, 3.2)])
    found = read_by_profile(second, second.read_bytes(), "allowance", tmp_path / "profiles")
    assert found
    [line] = found[0].values["items"]
    assert float(line["qty"]) == 45 and float(line["allowance_amount"]) == 144.0
    assert abs(float(line["tax"]) - 18.72) < 1e-9


def _order_sheet(path: Path, number: str, order: str) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "客诉"
    ws.append(["客户抱怨处理单"])
    ws.append(["编号", number, "客户", "常州澄源电子有限公司"])
    ws.append(["料号", "HL-2230", "订单号", order])
    ws.append(["不良描述", "端子压接高度超差"])
    wb.save(path)
    return path


@pytest.mark.parametrize(("order", "again"), [("PO26-4410", "PO27-0012"), ("PO 81502-1", "PO 81733-2")])
def test_an_order_number_whose_letters_spell_a_label_is_learned_whole(tmp_path, order, again):
    first = _order_sheet(tmp_path / "first.xlsx", "KS-2611-004", order)
    profile = learn(first, "complaint", {"number": "客诉!B2", "order_no": "客诉!D3"})
    assert "inline" not in next(
        line for line in profile.to_toml().splitlines() if line.startswith("order_no")
    )
    (tmp_path / "profiles").mkdir()
    (tmp_path / "profiles" / "po.toml").write_text(profile.to_toml(), encoding="utf-8")
    second = _order_sheet(tmp_path / "second.xlsx", "KS-2611-019", again)
    found = read_by_profile(second, second.read_bytes(), "complaint", tmp_path / "profiles")
    assert found and found[0].values["order_no"] == again
