"""A long table whose header row is printed again (a Word table's "repeat as header row" on
every page, an ERP export's header every fifty lines): the repeated header is not a line, and
the table goes on under it to its last line."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from kesu_docs.parse import parse_paths


def return_note(tmp_path: Path, lines: int, every: int) -> dict:
    wb = Workbook()
    ws = wb.active
    ws.title = "退货单"
    ws.append(("退货单",))
    ws.append(("退货单号", "TH-2611-031", "退货日期", "2026/11/05"))
    ws.append(("客户", "杭州海康威视数字技术股份有限公司", "关联投诉", "HK-SQE-261030"))
    ws.append(())
    header = ("序号", "物料编码", "物料名称", "数量", "单位")
    ws.append(header)
    for n in range(1, lines + 1):
        ws.append((str(n), f"HV-{4000 + n}", f"镜头座 {n}", 10 * n, "PCS"))
        if n % every == 0 and n < lines:
            ws.append(header)  # the header printed again at the top of the next page
    ws.append(("合计", None, None, sum(10 * n for n in range(1, lines + 1)), None))
    ws.append(())
    ws.append(("退货原因", "镜头座螺纹滑牙。"))
    ws.append(("仓库签收", "甘露", "审核", "孟凡"))
    path = tmp_path / "return.xlsx"
    wb.save(path)
    [result] = parse_paths([path], kind="return")
    return result.to_dict("en")


def test_a_header_row_repeated_inside_a_table_is_not_a_line_and_the_table_goes_on(tmp_path):
    doc = return_note(tmp_path, lines=7, every=3)
    items = doc["record"]["items"]
    assert [i["part_no"] for i in items] == [f"HV-{4000 + n}" for n in range(1, 8)]
    assert [i["qty_returned"] for i in items] == [10 * n for n in range(1, 8)]
    assert not any(p["field"].startswith("items") for p in doc["errors"])


def test_the_fields_after_a_table_with_a_repeated_header_are_read(tmp_path):
    rec = return_note(tmp_path, lines=5, every=2)["record"]
    assert rec["complaint_number"] == "HK-SQE-261030"  # 关联投诉
    assert rec["reason"] == "镜头座螺纹滑牙。"
