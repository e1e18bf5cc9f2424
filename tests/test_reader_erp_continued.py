"""ERP printouts, dates pasted as serial numbers, forms continued on a second page (fifteenth
held-out set, tests/holdout15, patterns 4, 8, 9 and the ``CCR No.`` miss), on forms of our own:

- ``CCR No.`` / ``CCR number`` (a Customer Complaint Report's own number) is the complaint's number;
- an Excel date's serial number in a Text cell (``46140``) under a date label is read as that
  date and warned (``date_excel_serial``); a figure no serial of this century stays an error;
- an ERP's return note: 金蝶 K/3's ``单据编号`` / ``源单号`` / ``购货单位`` / ``物料代码`` / ``审核``
  and 用友 U8's ``单据号`` / ``单据日期`` / ``来源单号`` / ``存货编码`` / ``存货名称`` / ``主计量`` /
  ``无税单价`` / ``无税金额`` / ``审核人`` name their fields; the 规格型号 column beside 物料代码
  is no part number;
- a table's body printed as one rectangle under its ruled header (rows unruled) reads a line a
  row (kesu_docs/parse/pdf_bars.py); a seal's legend printed upright in red over a signature
  (``合同专用章`` over 审核人's name) is no value (kesu_docs/parse/pdf_text.py);
- a form whose second page repeats its title marked ``（續）`` is one document: the lines, the
  totals and the manager's name on page 2 are the form's (kesu_docs/parse/guards.py,
  table_lines.py); 開立日期 beside 證明單號碼 is the certificate's own date.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from kesu_docs.parse.guards import continues_form
from kesu_docs.parse.table_lines import resumed_caption
from tests.helpers import cjk_pdf, parse_cli


def _doc(path: Path, *args: str) -> dict:
    code, docs = parse_cli(path, "--lang", "en", *args)
    assert len(docs) == 1, f"kesu parse gave {len(docs)} documents (exit {code})"
    return docs[0]


def _warned(doc: dict, field: str, code: str) -> bool:
    return any(w["field"] == field and w["code"] == code for w in doc["warnings"])


def _flagged(doc: dict, field: str) -> bool:
    return any(p["field"] == field for p in doc["errors"] + doc["warnings"])


def _sheet(path: Path, cells: dict[str, object], text_cells: tuple[str, ...] = ()) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Form"
    for ref, value in cells.items():
        ws[ref] = value
    for ref in text_cells:
        ws[ref].number_format = "@"  # a Text cell: what was pasted stays as typed
    for column in "ABCDEFGH":
        ws.column_dimensions[column].width = 18
    wb.save(path)
    return path


# ------------------------------------------------------------------------------------ CCR No.
@pytest.mark.parametrize("label", ["CCR No.", "CCR number"])
def test_a_customer_complaint_reports_ccr_number_is_the_complaint_number(tmp_path, label):
    path = _sheet(
        tmp_path / "ccr.xlsx",
        {
            "A1": "CUSTOMER COMPLAINT REPORT",
            "A3": label,
            "B3": "CCR-26-1187",
            "C3": "Date received",
            "D3": "2026-06-02",
            "A4": "Customer",
            "B4": "Northwind Pumps Ltd.",
            "A5": "Part number",
            "B5": "NP-SEAL-40",
            "A6": "Defect description",
            "B6": "Seal lip torn on 14 pieces at incoming inspection.",
        },
    )
    doc = _doc(path, "--kind", "complaint")
    assert doc["record"]["number"] == "CCR-26-1187"
    assert not _flagged(doc, "number")


# --------------------------------------------------------------------- Excel serial as text
def _serial_complaint(path: Path, typed: str) -> Path:
    return _sheet(
        path,
        {
            "A1": "客户投诉单",
            "A2": "投诉编号",
            "B2": "TS-2606-12",
            "C2": "投诉日期",
            "D2": typed,
            "A3": "客户名称",
            "B3": "宁波东海电器有限公司",
            "A4": "产品料号",
            "B4": "DH-KEY-021",
            "A5": "不良描述",
            "B5": "按键回弹无力 35 件",
        },
        text_cells=("D2",),
    )


@pytest.mark.parametrize(("typed", "date"), [("46173", "2026-05-31"), ("４６１４０", "2026-04-28")])
def test_an_excel_serial_pasted_as_text_under_a_date_label_is_that_date_and_warned(tmp_path, typed, date):
    doc = _doc(_serial_complaint(tmp_path / "serial.xlsx", typed), "--kind", "complaint")
    assert doc["record"]["received_date"] == date
    assert _warned(doc, "received_date", "date_excel_serial")
    message = next(w["message"] for w in doc["warnings"] if w["code"] == "date_excel_serial")
    assert date in message and "serial" in message


def test_a_five_digit_figure_no_serial_of_this_century_stays_no_date(tmp_path):
    doc = _doc(_serial_complaint(tmp_path / "figure.xlsx", "12345"), "--kind", "complaint")
    assert doc["record"]["received_date"] in (None, "12345")
    assert any(e["field"] == "received_date" and e["code"] == "invalid_date" for e in doc["errors"])
    assert not _warned(doc, "received_date", "date_excel_serial")


# ---------------------------------------------------------------------------- 金蝶 K/3 print
def test_a_kingdee_return_notes_header_block_lines_and_footer_name_their_fields(tmp_path):
    path = _sheet(
        tmp_path / "k3.xlsx",
        {
            "A1": "销售退货单",
            "A3": "单据编号:",
            "B3": "XSTH002207",
            "C3": "源单号:",
            "D3": "TS-2606-031",
            "E3": "日期:",
            "F3": "2026-06-09",
            "A4": "购货单位:",
            "B4": "美的集团武汉制冷设备有限公司",
            "A5": "退货原因:",
            "B5": "卡扣尺寸偏大装配不到位",
            "A6": "规格型号",
            "B6": "物料代码",
            "C6": "物料名称",
            "D6": "单位",
            "E6": "实退数量",
            "F6": "单价",
            "G6": "金额",
            "A7": "M4×12 PA66",
            "B7": "2.05.1183",
            "C7": "尼龙卡扣",
            "D7": "个",
            "E7": 500,
            "F7": 0.12,
            "G7": 60,
            "A9": "制单:",
            "B9": "孙丽",
            "C9": "审核:",
            "D9": "魏国强",
        },
    )
    doc = _doc(path, "--kind", "return")
    record = doc["record"]
    assert record["number"] == "XSTH002207"
    assert record["complaint_number"] == "TS-2606-031"
    assert record["customer"] == "美的集团武汉制冷设备有限公司"
    assert record["approved_by"] == "魏国强"
    [line] = record["items"]
    assert line["part_no"] == "2.05.1183"  # the material's code, never its 规格型号
    assert line["part_name"] == "尼龙卡扣"
    assert line["qty_returned"] == 500
    assert line["amount"] == "60.00"


# ----------------------------------------------------------------------------- 用友 U8 print
def yonyou_print(path: Path, seal: str, reason: str = "屏框卡扣断裂", red: bool = False) -> Path:
    """A 用友-style 销售退货单 printed by its ERP: a three-column header block, a table framed
    as one rectangle with a rule under its header only, ``seal`` (when given) printed upright in
    red in a red ring over 审核人's name."""
    pdf = cjk_pdf()
    pdf.add_page()
    pdf.set_font("cjk", size=14)
    pdf.text(85, 18, "销售退货单")
    pdf.set_font("cjk", size=9)
    header = (
        (("单据号：", "U8TH-2606-0077"), ("单据日期：", "2026-06-15"), ("部门：", "销售二部")),
        (("客户：", "海信视像科技股份有限公司"), ("业务员：", "刘畅"), ("来源单号：", "TS-2606-044")),
    )
    for row, y in zip(header, (30, 38)):
        for (label, value), x in zip(row, (12, 80, 140)):
            pdf.text(x, y, label)
            pdf.text(x + 18, y, value)
    pdf.text(12, 46, "退货原因：")
    if red:
        pdf.set_text_color(210, 30, 30)
    pdf.text(30, 46, reason)
    pdf.set_text_color(0, 0, 0)
    columns = (
        ("存货编码", 14),
        ("存货名称", 50),
        ("主计量", 88),
        ("数量", 108),
        ("无税单价", 132),
        ("无税金额", 165),
    )
    pdf.rect(10, 52, 190, 38)
    pdf.line(10, 60, 200, 60)
    for text, x in columns:
        pdf.text(x, 57.5, text)
    lines = (
        ("HX-FRM-2201", "屏框卡扣", "个", "240.00", "0.7500", "180.00"),
        ("HX-FRM-2202", "屏框垫片", "片", "240.00", "0.2500", "60.00"),
    )
    for k, line in enumerate(lines):
        for text, (_, x) in zip(line, columns):
            pdf.text(x, 66 + 6 * k, text)
    pdf.text(14, 86, "合计")
    pdf.text(108, 86, "480.00")
    pdf.text(165, 86, "240.00")
    pdf.text(12, 100, "制单人：")
    pdf.text(28, 100, "刘畅")
    pdf.text(80, 100, "审核人：")
    pdf.text(96, 100, "蔡文博")
    if seal:
        pdf.set_draw_color(210, 30, 30)
        pdf.ellipse(86, 90, 20, 20)
        pdf.set_text_color(210, 30, 30)
        pdf.set_font("cjk", size=6)
        pdf.text(91.5, 101, seal)
        pdf.set_text_color(0, 0, 0)
        pdf.set_draw_color(0, 0, 0)
        pdf.set_font("cjk", size=9)
    pdf.text(140, 100, "仓库签收：")
    pdf.text(158, 100, "黄晓东")
    pdf.output(str(path))
    return path


def test_a_yonyou_return_notes_header_block_and_unruled_lines_are_read(tmp_path):
    doc = _doc(yonyou_print(tmp_path / "u8.pdf", ""), "--kind", "return")
    record = doc["record"]
    assert record["number"] == "U8TH-2606-0077"
    assert record["issue_date"] == "2026-06-15"
    assert record["complaint_number"] == "TS-2606-044"
    assert record["customer"] == "海信视像科技股份有限公司"
    assert [(i["part_no"], i["part_name"], i["unit"], i["qty_returned"], i["unit_price"], i["amount"])
            for i in record["items"]] == [
        ("HX-FRM-2201", "屏框卡扣", "个", 240, "0.75", "180.00"),
        ("HX-FRM-2202", "屏框垫片", "片", 240, "0.25", "60.00"),
    ]  # fmt: skip
    assert record["approved_by"] == "蔡文博"
    assert record["warehouse_receiver"] == "黄晓东"


@pytest.mark.parametrize("seal", ["合同专用章", "公章"])
def test_a_seals_legend_printed_over_the_approvers_name_is_no_value(tmp_path, seal):
    doc = _doc(yonyou_print(tmp_path / "sealed.pdf", seal), "--kind", "return")
    assert doc["record"]["approved_by"] == "蔡文博"
    assert not any(seal in str(v) for v in doc["record"].values())


@pytest.mark.parametrize("reason", ["屏框卡扣断裂", "卡扣断裂已盖公章"])
def test_red_text_that_is_no_seals_legend_is_read(tmp_path, reason):
    """Red text that names no seal, or answers with one (``…已盖公章``), is the clerk's."""
    doc = _doc(yonyou_print(tmp_path / "red.pdf", "", reason, red=True), "--kind", "return")
    assert doc["record"]["reason"] == reason


# ----------------------------------------------------------------- landscape, continued (續)
def continued_certificate(path: Path, marker: str) -> Path:
    """A 折讓證明單 drawn in landscape: three lines on page 1; page 2 repeats the title with
    ``marker`` and the header, then a fourth line, the totals and 經理."""
    pdf = cjk_pdf("L")
    title = "銷貨退回或折讓證明單"
    columns = (
        ("原發票號碼", 20),
        ("品名", 75),
        ("數量", 120),
        ("單價", 150),
        ("金額", 185),
        ("營業稅額", 225),
    )

    def page_head(y: float, text: str) -> None:
        pdf.set_font("cjk", size=14)
        pdf.text(100, y, text)
        pdf.set_font("cjk", size=10)

    def line(y: float, values: tuple[str, ...]) -> None:
        for text, (_, x) in zip(values, columns):
            pdf.text(x, y, text)

    pdf.add_page()
    page_head(18, title)
    for (label, value), (x, y) in zip(
        (("證明單號碼：", "ZR-2606-0058"), ("開立日期：", "2026年6月20日"), ("買受人：", "廣達電腦股份有限公司"), ("統一編號：", "22099131")),
        ((20, 32), (150, 32), (20, 40), (150, 40)),
    ):  # fmt: skip
        pdf.text(x, y, label)
        pdf.text(x + 28, y, value)
    line(56, tuple(name for name, _ in columns))
    rows = (
        ("AB-11223344", "散熱片", "500", "3.00", "1,500.00", "75.00"),
        ("AB-11223344", "導熱墊", "1,000", "0.40", "400.00", "20.00"),
        ("AB-11223344", "固定架", "200", "5.00", "1,000.00", "50.00"),
        ("AB-11223344", "彈簧扣", "400", "0.50", "200.00", "10.00"),
    )
    for k, row in enumerate(rows[:3]):
        line(66 + 10 * k, row)
    pdf.add_page()
    page_head(18, title + marker)
    line(32, tuple(name for name, _ in columns))
    line(42, rows[3])
    pdf.text(150, 56, "合計")
    pdf.text(185, 56, "3,100.00")
    pdf.text(225, 56, "155.00")
    pdf.text(20, 72, "經理：")
    pdf.text(36, 72, "林建宏")
    pdf.output(str(path))
    return path


@pytest.mark.parametrize("marker", ["（續）", "(续)", "（續表）"])
def test_a_form_continued_on_page_two_under_its_marked_title_is_one_document(tmp_path, marker):
    doc = _doc(continued_certificate(tmp_path / "cert.pdf", marker), "--kind", "allowance")
    record = doc["record"]
    assert record["number"] == "ZR-2606-0058"
    assert record["issue_date"] == "2026-06-20"  # 開立日期 beside the certificate's own number
    assert [i["name"] for i in record["items"]] == ["散熱片", "導熱墊", "固定架", "彈簧扣"]
    assert record["items"][3]["allowance_amount"] == "200.00"
    assert record["total_excl_tax"] == "3100.00"
    assert record["total_tax"] == "155.00"
    assert record["approved_by_manager"] == "林建宏"
    assert not any(e["code"] == "total_mismatch" for e in doc["errors"])


def test_a_title_marked_continued_is_a_marker_and_its_page_the_forms():
    assert all(map(resumed_caption, ["折讓證明單（續）", "销售退货单 (续)", "（續）"]))
    assert all(map(continues_form, ["折讓證明單（續）", "退货单(续)"]))
    assert not any(map(resumed_caption, ["继续处理", "续费单（第2联）", "手续费（续 3 期）"]))
    assert not continues_form("手续费说明")


# ------------------------------------------------------- a merged value over a hidden column
@pytest.mark.parametrize(("hidden", "warned"), [("D", False), ("DEF", True)])
def test_a_merged_value_whose_first_column_is_hidden_is_warned_only_when_none_of_it_shows(
    tmp_path, hidden, warned
):
    """``D2:F2`` merged, its first column D hidden (an old column folded away): the value still
    shows across E and F, on the screen and on paper — no ``value_hidden``; all three hidden, it
    is out of sight and said."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Form"
    cells = {
        "A1": "退货单",
        "A2": "退货单号",
        "B2": "TH-2606-0093",
        "C2": "客户名称",
        "D2": "苏州汇川技术有限公司",
        "A3": "料号",
        "B3": "品名",
        "C3": "数量",
        "A4": "HC-FAN-0800",
        "B4": "散热风扇",
        "C4": 120,
        "A6": "退货原因",
        "B6": "风扇异响",
    }
    for ref, value in cells.items():
        ws[ref] = value
    ws.merge_cells("D2:F2")
    for column in hidden:
        ws.column_dimensions[column].hidden = True
    path = tmp_path / "merged.xlsx"
    wb.save(path)
    doc = _doc(path, "--kind", "return")
    assert doc["record"]["customer"] == "苏州汇川技术有限公司"
    assert _warned(doc, "customer", "value_hidden") is warned
