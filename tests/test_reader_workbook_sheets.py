"""Which cells of a workbook are the form: a row hidden with a former report's lines gives way
to the visible cells; a continuation sheet (``續頁``, ``接上页``, ``Continued``) completes the
form and continues its table."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from kesu_docs.parse import parse_paths


def read(path: Path, kind: str) -> tuple[dict, list[dict]]:
    [result] = parse_paths([path], kind=kind)
    doc = result.to_dict("en")
    return doc["record"] or {}, doc["errors"] + doc["warnings"]


def _fill(ws, rows: dict[int, tuple]) -> None:
    for r, values in rows.items():
        for c, value in enumerate(values, start=1):
            if value is not None:
                ws.cell(r, c, value)


# ---------------------------------------------------------------------------------- hidden rows
def test_a_value_on_rows_hidden_with_a_former_report_gives_way_to_the_visible_one(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.title = "8D"
    _fill(
        ws,
        {
            1: ("8D 报告",),
            2: ("报告编号", "8D-JX-2610-04", "开始日期", "2026-10-04"),
            3: ("客户", "长城汽车股份有限公司"),
            4: ("D2 问题描述",),
            5: ("插接器锁扣断裂，客户装配时脱开。",),
            6: ("（旧）线束长度超差，客户投诉 5 件。",),
            7: ("（旧）投诉数量：5 件",),
            8: ("投诉数量", "36 件", "交付数量", "2,000 件"),
        },
    )
    ws.row_dimensions[6].hidden = True
    ws.row_dimensions[7].hidden = True
    path = tmp_path / "hidden.xlsx"
    wb.save(path)
    record, problems = read(path, "8d")
    assert record["problem"]["qty_complained"] == 36
    assert record["problem"]["statement"] == "插接器锁扣断裂，客户装配时脱开。"
    assert not [p for p in problems if p["code"] == "value_hidden"]


def test_a_value_only_a_hidden_row_holds_is_still_read_and_warned(tmp_path):
    wb = Workbook()
    ws = wb.active
    _fill(
        ws,
        {
            1: ("8D 报告",),
            2: ("报告编号", "8D-JX-2610-05"),
            3: ("客户", "长城汽车股份有限公司"),
            4: ("投诉数量", "36 件"),
        },
    )
    ws.row_dimensions[4].hidden = True
    path = tmp_path / "only-hidden.xlsx"
    wb.save(path)
    record, problems = read(path, "8d")
    assert record["problem"]["qty_complained"] == 36
    assert "problem.qty_complained" in [p["field"] for p in problems if p["code"] == "value_hidden"]


# ---------------------------------------------------------------------------------- continuation sheets
def test_a_continuation_sheet_completes_the_form_even_with_few_sure_values(tmp_path):
    """``續頁`` holds the cause, the actions and the closing date: read as the form's rest."""
    wb = Workbook()
    ws = wb.active
    ws.title = "客訴單"
    _fill(
        ws,
        {
            1: ("客戶抱怨處理單",),
            2: ("客訴單號", "CC-1151003-02", "收件日期", "2026-10-03"),
            3: ("客戶名稱", "美利達工業股份有限公司"),
            4: ("料號", "HB-R12-142", "品名", "後花鼓"),
            5: ("不良數量", "120 支"),
            6: ("問題描述",),
            7: ("軸承位外徑超差，組裝後異音。",),
            8: ("（續下頁）",),
        },
    )
    more = wb.create_sheet("續頁")
    _fill(
        more,
        {
            1: ("原因分析",),
            2: ("車削刀具磨耗未更換，外徑偏大 0.02 mm。",),
            4: ("暫時對策",),
            5: ("在庫 800 支全數量測外徑。",),
            7: ("永久對策",),
            8: ("刀具壽命管理，每 500 支更換。",),
            10: ("結案日期", "2026-10-20"),
        },
    )
    path = tmp_path / "continued.xlsx"
    wb.save(path)
    record, _ = read(path, "complaint")
    assert record["number"] == "CC-1151003-02"
    assert record["root_cause"] == "車削刀具磨耗未更換，外徑偏大 0.02 mm。"
    assert record["short_term_action"] == "在庫 800 支全數量測外徑。"
    assert record["long_term_action"] == "刀具壽命管理，每 500 支更換。"
    assert str(record["closed_date"]) == "2026-10-20"


def test_a_tables_lines_on_a_continuation_sheet_follow_the_first_sheets_lines(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.title = "8D报告"
    _fill(
        ws,
        {
            1: ("8D 报告",),
            2: ("报告编号", "8D-WH-2610-07", "开始日期", "2026-10-07"),
            3: ("客户", "比亚迪汽车工业有限公司"),
            4: ("D2 问题描述",),
            5: ("端子退针，客户导通测试失效。",),
            6: ("库存排查",),
            7: ("库位", "检查数量", "不良数量"),
            8: ("仓库", "2,400", "3"),
            9: ("（接下页）",),
        },
    )
    more = wb.create_sheet("Sheet2")
    _fill(
        more,
        {
            1: ("库存排查（接上页）",),
            2: ("库位", "检查数量", "不良数量"),
            3: ("在途", "1,200", "0"),
            4: ("客户处", "600", "44"),
            6: ("D4 根本原因",),
            7: ("发生原因", "压接模具磨损。"),
        },
    )
    path = tmp_path / "stock-continued.xlsx"
    wb.save(path)
    record, problems = read(path, "8d")
    rows = record["stock_sorting"]
    assert [r["qty_checked"] for r in rows] == [2400, 1200, 600]
    assert [r["qty_defective"] for r in rows] == [3, 0, 44]
    assert [r["location"] for r in rows] == ["in_house", "in_transit", "at_customer"]


def test_a_page_headed_as_the_forms_continuation_is_not_a_second_document(tmp_path):
    """``8D Report (continued)`` carries the form's title and repeats the report's number, yet it
    is the same report's rest, not a second report."""
    from helpers import soffice_convert

    wb = Workbook()
    ws = wb.active
    ws.title = "8D"
    _fill(
        ws,
        {
            1: ("8D Report",),
            2: ("8D No.", "8D-HZ-26-0519"),
            3: ("Customer", "Continental Automotive Changchun"),
            4: ("D2 Problem Description",),
            5: ("Connector latch broken on 12 sensors.",),
        },
    )
    more = wb.create_sheet("Page 2")
    _fill(
        more,
        {
            1: ("8D Report (continued)",),
            2: ("8D No.", "8D-HZ-26-0519"),  # the continuation repeats the report's number
            3: ("D4 Root Cause",),
            4: ("Latch mould insert worn; wall thickness 0.2 mm under nominal.",),
            6: ("Closed", "2026-10-30"),
            7: ("Approved by", "Karen Liu"),
        },
    )
    for sheet in (ws, more):
        for col in "AB":
            sheet.column_dimensions[col].width = 30
        sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
        sheet.sheet_properties.pageSetUpPr.fitToPage = True  # each sheet on one page
    path = tmp_path / "continued-8d.xlsx"
    wb.save(path)
    pdf = soffice_convert(path, "pdf", tmp_path / "printed")
    results = parse_paths([pdf], kind="8d")
    assert len(results) == 1, [r.source for r in results]
    record = results[0].to_dict("en")["record"]
    assert record["number"] == "8D-HZ-26-0519"
    assert record["closure"]["approved_by"] == "Karen Liu"


# ---------------------------------------------------------------------------------- hidden table lines
def _return_with_lines(tmp_path: Path, lines: list[tuple], hidden_row: int) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "退回單"
    rows = {1: ("銷貨退回單",), 2: ("退回單號", "SR-2610-014", "客戶", "台灣引興股份有限公司")}
    rows[4] = ("項次", "品號", "品名規格", "退回數量", "單位")
    for n, (part, name, qty) in enumerate(lines, start=1):
        rows[4 + n] = (str(n), part, name, qty, "支")
    _fill(ws, rows)
    ws.row_dimensions[hidden_row].hidden = True
    path = tmp_path / f"lines-{hidden_row}-{len(lines)}.xlsx"
    wb.save(path)
    return path


FIRST, SECOND = ("ST-12-19", "套筒 19mm", 1200), ("ST-12-22", "套筒 22mm", 800)


def test_a_table_line_hidden_between_the_visible_lines_is_left_out_and_warned(tmp_path):
    path = _return_with_lines(tmp_path, [FIRST, ("XX-0001", "扳手 10mm", 50), SECOND], hidden_row=6)
    record, problems = read(path, "return")
    assert [line["part_no"] for line in record["items"]] == ["ST-12-19", "ST-12-22"]
    assert [line["qty_returned"] for line in record["items"]] == [1200, 800]
    left_out = [p for p in problems if p["code"] == "hidden_line_left_out"]
    assert [p["field"] for p in left_out] == ["items"]
    assert left_out[0]["location"].startswith("退回單!") and left_out[0]["location"].endswith("6")


def test_a_voided_line_hidden_last_is_left_out_and_an_ordinary_hidden_last_line_is_kept(tmp_path):
    voided = _return_with_lines(tmp_path, [FIRST, SECOND, ("XX-0001", "（作廢）扳手 10mm", 50)], hidden_row=7)
    record, problems = read(voided, "return")
    assert [line["part_no"] for line in record["items"]] == ["ST-12-19", "ST-12-22"]
    assert "hidden_line_left_out" in [p["code"] for p in problems]
    plain = _return_with_lines(tmp_path, [FIRST, SECOND, ("ST-12-24", "套筒 24mm", 60)], hidden_row=7)
    record, problems = read(plain, "return")
    assert [line["part_no"] for line in record["items"]] == ["ST-12-19", "ST-12-22", "ST-12-24"]
    assert "hidden_line_left_out" not in [p["code"] for p in problems]
    assert "value_hidden" in [p["code"] for p in problems]


def test_a_store_with_its_zone_after_it_is_that_stock_location(tmp_path):
    wb = Workbook()
    ws = wb.active
    _fill(
        ws,
        {
            1: ("8D 报告",),
            2: ("报告编号", "8D-WH-2610-09"),
            3: ("库存排查",),
            4: ("库位", "检查数量", "不良数量"),
            5: ("成品仓A区", "2,400", "3"),
            6: ("成品仓 3号库", "1,800", "1"),
            7: ("在途 #2", "600", "0"),
        },
    )
    path = tmp_path / "zones.xlsx"
    wb.save(path)
    record, _ = read(path, "8d")
    assert [r["location"] for r in record["stock_sorting"]] == ["in_house", "in_house", "in_transit"]
