"""An 8D printed as ONE step table: a header row names the columns once (步驟 | 內容 | 負責人 |
預計完成日 | 實際完成日), each discipline a row under it with its heading in the first cell. A
step's row is its table's line, each cell read under the column named over it — the owner and
the dates are never glued to the action's text."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from kesu_docs.parse import parse_paths


def read(tmp_path: Path, wb: Workbook) -> dict:
    path = tmp_path / "form.xlsx"
    wb.save(path)
    [result] = parse_paths([path], kind="8d")
    return result.to_dict("en")["record"]


def step_table(header: list) -> Workbook:
    wb = Workbook()
    ws = wb.active
    ws.append(["8D 改善報告"])
    ws.append(["報告編號", "8D-TW-115-027", "客戶", "鴻準精密工業股份有限公司"])
    ws.append(["開立日期", "2026/09/05"])
    ws.append(header)
    ws.append(
        ["D2 問題描述", "散熱片鰭片倒伏，客戶組裝時 37 pcs 無法卡入。", "李國華", "2026/9/5", "2026/9/5"]
    )
    ws.append(["D3 暫時對策", "成品倉 2,400 pcs 全數目檢，不良品隔離。", "張雅雯", "2026/9/7", "2026/9/6"])
    ws.append(["D5 永久對策", "沖壓模具增加導正銷，包裝改為隔板。", "陳冠宇", "2026/9/30", "2026/9/28"])
    ws.append(["D8 結案日期", "2026/10/31", "核准", "黃志明"])
    return wb


def test_each_step_row_is_read_under_the_columns_its_header_row_names(tmp_path):
    record = read(tmp_path, step_table(["步驟", "內容", "負責人", "預計完成日", "實際完成日"]))
    [containment] = record["containment"]
    assert containment["action"] == "成品倉 2,400 pcs 全數目檢，不良品隔離。"
    assert containment["done_date"] == "2026-09-06"
    [action] = record["corrective_actions"]
    assert action["action"] == "沖壓模具增加導正銷，包裝改為隔板。"
    assert action["owner"] == "陳冠宇"
    assert action.get("done_date", action.get("implemented_date")) in (None, "2026-09-28")


def test_a_step_row_under_a_header_naming_no_column_is_not_split(tmp_path):
    # the header row names nothing the tables have: the row is not cut into columns
    record = read(tmp_path, step_table(["步驟", "內容", "甲", "乙", "丙"]))
    for row in record.get("containment") or []:
        assert "done_date" not in {k for k, v in row.items() if v is not None}
