"""Reader leftovers of the fifteenth round (issue 10: never silent first, then read right), each
on a form of our own made here.

- One rule for a note over the form naming the amounts' unit (``金额单位：千元``), in the generic
  reader and in a layout profile alike (``units.noted_factor``): a plain ``单价`` in yuan whose
  product with the quantity is the line's amount in thousands is kept in yuan by a profile too.
- ``Figures in thousands`` names the amounts' unit (the usual meaning): a quantity read under it as
  written is said (``qty_under_amount_note``), never under ``Amounts in thousands`` or a label
  naming the quantity's own unit.
- A team written with departments: ``品質保証部・吉田健一`` is one member and their department (a
  middle dot joins them as a slash does, ``guards.list_parts``); ``陳怡君（品保）、張家豪（製造）`` two
  members, never a label (``vocab.label_like``: 品保 in brackets after a name is a department);
  ``品保、製造、技術`` no members, said (``guards.a_person``: a department alone is nobody).
- ``担当`` names a Japanese 8D's team and an action's owner: under ``D3 暫定対策`` it is the
  action's owner (``compound.column_words_in_blocks``), heading the report still the team.
- A DingTalk export whose header row is not styled: ``审批编号``'s value is under it, never the next
  header right of it (``anchor._Page.header_of_export``).
- Its 21-digit number wrapped over two lines of its cell on an unruled print is read whole
  (``anchor._Page.wrapped_under``).
- A seal's legend set upright in red (``合同专用章``) is dropped by the pdfplumber extractor as by
  PDFium's (``pdf_text.seal_legends``, one rule); red text naming no seal stays.
- On an unruled narrow print a label run into the next column's value (``投诉日期2026-11-18``) is
  read apart (``anchor._label_run_into_value``): the number was ``投诉日期2026-11-18``, in silence.
- Two document numbers written in one box (``KS-2611-003/004``) are said (``guards.two_numbers``);
  a customer's own number with slashes is not.
- A rate ticked among the printed ones (``☑13%  ☐9%  ☐6%``) is that rate (``values._ratio``); two
  ticked are no rate, said.
- A price whose label names its unit in thousands per a measure (``单价(千元/吨)``) is scaled with no
  note over the form (``units.scale_of``).
- A workbook of chart sheets only names them joined as the message's language joins a list.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from helpers import run_cli, soffice_convert
from openpyxl import Workbook, load_workbook
from test_reader_guards import parse, value, warned, workbook

from kesu_docs.parse.profile import learn, read_by_profile


def _wide(path: Path, width: float = 13) -> Path:
    """The workbook at ``path`` with columns wide enough to print every label whole."""
    wb = load_workbook(path)
    for ws in wb.worksheets:
        for col in "ABCDE":
            ws.column_dimensions[col].width = width
    wb.save(path)
    return path


def _priced_allowance(
    price: float, qty: int, amount: float, number: str = "ZS-2611-009"
) -> dict[str, object]:
    """A 折让申请单 in thousands of yuan (``金额单位：千元``) whose line has a price per piece."""
    return {
        "A1": "销售折让申请单",
        "A2": "金额单位：千元",
        "A3": "单据编号",
        "B3": number,
        "C3": "申请日期",
        "D3": "2026-11-20",
        "A4": "客户名称",
        "B4": "格力电器（合肥）有限公司",
        "A5": "品名",
        "B5": "数量",
        "C5": "单价",
        "D5": "折让金额",
        "E5": "税额",
        "A6": "压缩机支架",
        "B6": qty,
        "C6": price,
        "D6": amount,
        "E6": round(amount * 0.13, 4),
        "A7": "合计",
        "D7": amount,
        "E7": round(amount * 0.13, 4),
    }


def test_a_profile_keeps_a_price_in_yuan_under_a_note_of_thousands_as_the_generic_reader_does(tmp_path):
    first = workbook(tmp_path, {"折让": _priced_allowance(1.2, 4000, 4.8)}, name="one.xlsx")
    generic = parse(first, "allowance")
    assert value(generic, "items")[0]["unit_price"] == "1.20"
    profile = learn(first, "allowance")
    (tmp_path / "profiles").mkdir()
    (tmp_path / "profiles" / "qianyuan.toml").write_text(profile.to_toml(), encoding="utf-8")
    second = workbook(tmp_path, {"折让": _priced_allowance(1.5, 2000, 3.0, "ZS-2611-010")}, name="two.xlsx")
    [read] = read_by_profile(second, second.read_bytes(), "allowance", tmp_path / "profiles")
    line = read.values["items"][0]
    assert (line["unit_price"], line["allowance_amount"]) == (Decimal("1.5"), Decimal("3000"))
    # a price in the note's unit is still scaled, by the profile too
    third = workbook(
        tmp_path, {"折让": _priced_allowance(0.0015, 2000, 3.0, "ZS-2611-011")}, name="three.xlsx"
    )
    [read] = read_by_profile(third, third.read_bytes(), "allowance", tmp_path / "profiles")
    assert read.values["items"][0]["unit_price"] == Decimal("1.5")


@pytest.mark.parametrize(
    ("lang", "joined", "other"), [("zh", "每月退货、每周退货", ", "), ("en", "每月退货, 每周退货", "、")]
)
def test_a_workbook_of_chart_sheets_names_them_in_the_messages_language(tmp_path, lang, joined, other):
    from openpyxl.chart import BarChart, Reference

    wb = Workbook()
    data = wb.active
    data.title = "数据"
    for row in (("月份", "退货数量"), ("1月", 120), ("2月", 85)):
        data.append(row)
    for title in ("每月退货", "每周退货"):
        chart = BarChart()
        chart.add_data(Reference(data, min_col=2, min_row=1, max_row=3), titles_from_data=True)
        wb.create_chartsheet(title).add_chart(chart)
    data.sheet_state = "hidden"
    wb.active = 1
    path = tmp_path / "退货.xlsx"
    wb.save(path)
    _code, out = run_cli("--lang", lang, "parse", str(path))
    [result] = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    [error] = result["errors"]
    assert error["code"] == "chart_sheet_only"
    assert joined in error["message"] and f"退货{other}每" not in error["message"], error["message"]


def _complaint(number: str) -> dict[str, object]:
    return {
        "A1": "客户投诉处理单",
        "A2": "客诉编号",
        "B2": number,
        "C2": "投诉日期",
        "D2": "2026-11-18",
        "A3": "客户名称",
        "B3": "格力电器（合肥）有限公司",
        "C3": "产品名称",
        "D3": "压缩机支架",
        "A4": "不良描述",
        "B4": "支架焊缝开裂，共 12 件",
        "A5": "不良数量",
        "B5": 36,
    }


@pytest.mark.parametrize(
    ("written", "second"),
    [
        ("KS-2611-003/004", "KS-2611-004"),
        ("KS-2611-003、KS-2611-004", "KS-2611-004"),
        ("KS-2611-003~005", "KS-2611-005"),
    ],
)
def test_two_document_numbers_in_one_box_are_said(tmp_path, written, second):
    result = parse(workbook(tmp_path, {"客诉": _complaint(written)}), "complaint")
    [problem] = [p for p in result.warnings if p.field == "number"]
    assert problem.code == "two_numbers" and second in problem.message("en")


@pytest.mark.parametrize("number", ["CCF/SG/26/0307", "2026/001", "SG-2611/0307", "KS-2611-003"])
def test_one_number_with_a_slash_is_no_two_numbers(tmp_path, number):
    result = parse(workbook(tmp_path, {"客诉": _complaint(number)}), "complaint")
    assert value(result, "number") == number
    assert not warned(result, "number")


def _rate_chosen(rates: str) -> dict[str, object]:
    cells = _priced_allowance(1.2, 4000, 4.8)
    cells.update({"C4": "税率", "D4": rates})
    return cells


def test_a_rate_ticked_among_the_printed_ones_is_read(tmp_path):
    result = parse(workbook(tmp_path, {"折让": _rate_chosen("☐6%  ☑13%  ☐9%")}), "allowance")
    assert value(result, "tax_rate") == "0.13"
    assert not any(p.code == "invalid_ratio" for p in result.errors)


def test_two_rates_ticked_are_no_rate(tmp_path):
    result = parse(workbook(tmp_path, {"折让": _rate_chosen("☑13%  ☑9%  ☐6%")}), "allowance")
    assert any(p.code == "invalid_ratio" and p.field == "tax_rate" for p in result.errors)


@pytest.mark.parametrize("fmt", ["xlsx", "pdf"])
def test_a_price_in_thousands_per_ton_is_read_in_yuan_without_a_note(tmp_path, fmt):
    cells = _priced_allowance(3.5, 2, 7.0)
    del cells["A2"]  # no note over the form: the price's own label names its unit
    cells.update({"C5": "单价(千元/吨)", "D5": "折让金额(元)", "D6": 7000, "E6": 910, "D7": 7000, "E7": 910})
    path = _wide(workbook(tmp_path, {"折让": cells}))
    if fmt == "pdf":
        path = soffice_convert(path, "pdf", tmp_path / "pdf")
    result = parse(path, "allowance")
    item = value(result, "items")[0]
    assert (item["unit_price"], item["allowance_amount"]) == ("3500.00", "7000.00")


def _figures_in_thousands(note: str, qty_label: str = "Qty") -> dict[str, object]:
    return {
        "A1": "SALES ALLOWANCE REQUEST",
        "A2": note,
        "A3": "Document No.",
        "B3": "ZS-2611-012",
        "C3": "Date",
        "D3": "2026-11-20",
        "A4": "Customer",
        "B4": "Gree Electric Appliances (Hefei) Co., Ltd.",
        "A5": "Item",
        "B5": qty_label,
        "C5": "Amount",
        "D5": "Tax",
        "A6": "Compressor bracket",
        "B6": 4,
        "C6": 4.8,
        "D6": 0.624,
        "A7": "Total",
        "C7": 4.8,
        "D7": 0.624,
    }


def test_figures_in_thousands_scale_the_amounts_and_say_the_quantity_read_as_written(tmp_path):
    result = parse(
        workbook(tmp_path, {"Allowance": _figures_in_thousands("Figures in thousands")}), "allowance"
    )
    item = value(result, "items")[0]
    assert (item["allowance_amount"], item["tax"]) == ("4800.00", "624.00")
    assert item["qty"] == 4 and warned(result, "items[0].qty", "qty_under_amount_note")


@pytest.mark.parametrize(
    ("note", "qty_label"), [("Amounts in thousands", "Qty"), ("Figures in thousands", "Qty (pcs)")]
)
def test_a_quantity_under_a_note_of_amounts_or_with_its_own_unit_is_not_in_doubt(tmp_path, note, qty_label):
    result = parse(workbook(tmp_path, {"Allowance": _figures_in_thousands(note, qty_label)}), "allowance")
    item = value(result, "items")[0]
    assert (item["qty"], item["allowance_amount"]) == (4, "4800.00")
    assert not warned(result, "items[0].qty", "qty_under_amount_note")


def _team(tmp_path: Path, members: str) -> dict:
    wb = Workbook()
    ws = wb.active
    for row in (
        ["8D 矯正措施報告書"],
        [],
        ["D1 團隊成員"],
        ["組長", "林志豪", None, "成員", members],
        ["D2 問題描述", "外殼刮傷 36 pcs"],
    ):
        ws.append(row)
    path = tmp_path / "team.xlsx"
    wb.save(path)
    _code, out = run_cli("--lang", "en", "parse", "--kind", "8d", str(path))
    [doc] = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    return doc


def _team_problems(doc: dict) -> set[tuple[str, str]]:
    return {(p["field"], p["code"]) for p in doc["errors"] + doc["warnings"] if p["field"].startswith("team")}


@pytest.mark.parametrize(
    ("members", "read"),
    [
        ("品質保証部・吉田健一", [("吉田健一", "品質保証部")]),
        ("吉田健一・品質保証部、佐藤花子", [("吉田健一", "品質保証部"), ("佐藤花子", None)]),
        ("陳怡君（品保）、張家豪（製造）", [("陳怡君", "品保"), ("張家豪", "製造")]),
    ],
)
def test_a_member_written_with_a_department_is_that_member(tmp_path, members, read):
    team = _team(tmp_path, members)["record"]["team"]
    assert [(m["name"], m["dept"]) for m in team[1:]] == read


def test_departments_written_as_the_team_are_no_members_and_said(tmp_path):
    doc = _team(tmp_path, "品保、製造、技術")
    names = [m["name"] for m in doc["record"]["team"][1:]]
    assert "品保" not in names and "製造" not in names
    assert ("team[1].name", "value_not_a_name") in _team_problems(doc)


def _japanese_8d(tmp_path: Path, rows: list[list[object]]) -> dict:
    wb = Workbook()
    ws = wb.active
    for row in [["8D報告書"], *rows]:
        ws.append(row)
    path = tmp_path / "8d.xlsx"
    wb.save(path)
    _code, out = run_cli("--lang", "en", "parse", "--kind", "8d", str(path))
    [doc] = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    return doc


def test_tanto_under_a_containment_action_is_its_owner_not_the_team(tmp_path):
    doc = _japanese_8d(
        tmp_path,
        [
            ["D1 チーム編成", "吉田健一、周敏"],
            ["D2 問題の記述", "外観キズ 36 pcs"],
            ["D3 暫定対策", "在庫品の全数選別"],
            ["担当", "佐藤花子"],
            ["期限", "2026-11-25"],
            ["D4 根本原因", "金型の摩耗"],
        ],
    )
    record = doc["record"]
    assert [m["name"] for m in record["team"]] == ["吉田健一", "周敏"]
    assert record["containment"][0]["owner"] == "佐藤花子"


def test_tanto_heading_the_report_is_still_its_team(tmp_path):
    doc = _japanese_8d(tmp_path, [["担当", "吉田健一・周敏"], ["D2 問題の記述", "外観キズ 36 pcs"]])
    assert [m["name"] for m in doc["record"]["team"]] == ["吉田健一", "周敏"]


def test_a_dingtalk_export_without_a_styled_header_reads_its_number_under_its_label(tmp_path):
    header = (
        "审批编号", "标题", "审批状态", "发起时间", "完成时间", "发起人", "发起人部门", "当前处理人",
        "客户名称", "订单编号", "料号", "品名", "交货数量", "不良数量", "问题描述",
    )  # fmt: skip
    row = (
        "202611200930000418253", "邵明辉提交的客诉处理", "审批中", "2026-11-20 09:30:12", None, "邵明辉",
        "华东业务部", "钟秀兰", "宁德时代新能源科技股份有限公司", "PO-CATL-6630", "NX-PLT-1207",
        "汇流排", "8000", "32", "汇流排折弯处开裂 32 件。",
    )  # fmt: skip
    wb = Workbook()
    ws = wb.active
    ws.title = "审批数据"
    ws.append(header)
    ws.append(row)
    path = tmp_path / "钉钉导出.xlsx"
    wb.save(path)
    result = parse(path)
    assert value(result, "number") == "202611200930000418253"
    assert value(result, "reporter") == "邵明辉"


def test_a_dingtalk_numbers_digits_wrapped_in_its_cell_on_a_print_are_read_whole(tmp_path):
    from openpyxl.styles import Alignment, Font, PatternFill

    header = (
        "审批编号",
        "标题",
        "审批状态",
        "发起时间",
        "发起人",
        "客户名称",
        "料号",
        "不良数量",
        "问题描述",
    )
    row = (
        "202611200930000418253", "邵明辉提交的客诉处理", "审批中", "2026-11-20 09:30:12", "邵明辉",
        "宁德时代新能源科技股份有限公司", "NX-PLT-1207", "32", "汇流排折弯处开裂 32 件。",
    )  # fmt: skip
    wb = Workbook()
    ws = wb.active
    ws.title = "审批数据"
    ws.append(header)
    ws.append(row)
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="FFE2EFDA")
    for cell in ws[2]:
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for col, width in zip("ABCDEFGHI", (12, 14, 8, 12, 8, 18, 12, 8, 16), strict=True):
        ws.column_dimensions[col].width = width
    ws.page_setup.orientation = "landscape"
    path = tmp_path / "钉钉.xlsx"
    wb.save(path)
    result = parse(soffice_convert(path, "pdf", tmp_path / "pdf"))
    assert value(result, "number") == "202611200930000418253"
    assert value(result, "received_date") == "2026-11-20"
    assert value(result, "reporter") == "邵明辉"


@pytest.mark.parametrize("extractor", ["pdfium", "pdfplumber"])
def test_a_seals_legend_in_red_is_dropped_by_either_extractor(tmp_path, extractor):
    from openpyxl.cell.rich_text import CellRichText, TextBlock
    from openpyxl.cell.text import InlineFont

    from kesu_docs.parse.pdf import words_of

    wb = Workbook()
    ws = wb.active
    ws["A1"] = "退货单"
    ws["A3"] = "退货单号"
    ws["B3"] = "TH-2611-021"
    ws["A4"] = "退货原因"
    ws["B4"] = CellRichText("卡扣断裂", TextBlock(InlineFont(color="FFE00000"), "已盖公章"))  # red, no legend
    ws["A5"] = CellRichText("审核人：", TextBlock(InlineFont(color="FFE00000"), "合同专用章"))
    ws["B5"] = "蔡文博"
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 28
    path = tmp_path / "seal.xlsx"
    wb.save(path)
    pdf = soffice_convert(path, "pdf", tmp_path / "pdf")
    words, _rules, _form = words_of(pdf.read_bytes(), extractor)
    texts = [w.text for w in words]
    assert "审核人：" in texts and "蔡文博" in texts
    assert not any("专用章" in t for t in texts), texts
    assert any("已盖公章" in t for t in texts), texts


def test_a_label_run_into_the_next_columns_value_on_an_unruled_narrow_print_is_read_apart(tmp_path):
    wb = Workbook()
    ws = wb.active
    for row in (
        ("客户投诉处理单",),
        ("客诉编号", "KS-2611-031", "投诉日期", "2026-11-18"),
        ("客户名称", "格力电器（合肥）有限公司", "产品名称", "压缩机支架"),
        ("不良数量", 36, "料号", "NX-PLT-1207"),
    ):
        ws.append(row)
    for col, width in zip("ABCD", (6, 12, 6, 12), strict=True):
        ws.column_dimensions[col].width = width
    path = tmp_path / "narrow.xlsx"
    wb.save(path)
    result = parse(soffice_convert(path, "pdf", tmp_path / "pdf"), "complaint")
    assert value(result, "number") == "KS-2611-031"  # was 投诉日期2026-11-18, in silence
    assert value(result, "received_date") == "2026-11-18"
    # a Chinese value run into the next label: parted at the label's clip side since round 25, the
    # part the paper shows read and said cut off (before: not read, and said)
    customer = value(result, "customer")
    assert (
        customer == "格力电器（合肥）有限公司"
        or (customer is None and warned(result, "customer"))
        or (
            customer is not None
            and "格力电器（合肥）有限公司".startswith(customer)
            and any(p.code == "value_cut_off" and p.field == "customer" for p in result.warnings)
        )
    ), customer
