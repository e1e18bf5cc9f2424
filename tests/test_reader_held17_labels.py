"""Labels a blind test of the sixteenth round found unread (dev17-rhb), each on a form of our own
built here as a real workbook (and its LibreOffice print where the neighbours print theirs):

- a complaint sheet dated ``投诉时间`` / ``客诉时间`` / ``立案日期``: its received date; filled in by
  ``填报人``: its reporter (DOMAIN §5.1 ``reporter``, 填表人);
- on an 8D ``投诉时间`` is the day the customer complained, the 8D opened on it as a rule: read
  as the opened date and said (low confidence); ``发生日期`` stays the problem's "when" (D2) and is
  the opened date too only on a form with no 立案日期, said;
- an amount written in ten-thousands (``¥1.2万``, ``1.2万元``) is 12000.00, said (``amount_in_units``);
- a tax rate written with its tax's name (``IVA 16%``, ``VAT 16%``) is the rate 0.16.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from helpers import soffice_convert
from openpyxl import Workbook
from test_reader_guards import parse, value, warned

from kesu_docs.forms import get
from kesu_docs.parse.profile import learn, read_by_profile
from kesu_docs.parse.vocab import vocabulary
from kesu_docs.values import _ratio, parse_date


def _book(tmp_path: Path, rows: list[tuple[object, ...]], name: str = "form.xlsx") -> Path:
    wb = Workbook()
    ws = wb.active
    for row in rows:
        ws.append(list(row))
    for col in "ABCDEF":
        ws.column_dimensions[col].width = 22
    path = tmp_path / name
    wb.save(path)
    return path


def _complaint(date_label: str, reporter_label: str = "填报人") -> list[tuple[object, ...]]:
    return [
        ("客户抱怨处理单",),
        ("客户名称", "宁波均胜汽车电子有限公司", date_label, "2026-11-18"),
        ("品名", "PCB 控制板", "料号", "KB-2205-A"),
        ("交运日期", "2026-11-02", "数量", "4800"),
        ("不良数量", "36", "订单号", "PO-JS-261102"),
        ("异常描述", "焊点虚焊，客户产线功能测试不良。"),
        (reporter_label, "王晓燕", "主管", "李建国"),
    ]


# ---------------------------------------------------------------------------------- 1. dates, reporter
@pytest.mark.parametrize("label", ["投诉时间", "客诉时间", "立案日期"])
def test_a_complaint_dated_by_when_it_came_in_is_read_as_received(tmp_path, label):
    result = parse(_book(tmp_path, _complaint(label)), "complaint")
    assert value(result, "received_date") == "2026-11-18"
    assert value(result, "reporter") == "王晓燕"
    assert not warned(result, "received_date") and not warned(result, "reporter")


def test_a_complaint_time_with_its_hour_is_the_day_received(tmp_path):
    rows = _complaint("投诉时间")
    rows[1] = ("客户名称", "宁波均胜汽车电子有限公司", "投诉时间", "2026-11-18 14:30")
    result = parse(_book(tmp_path, rows), "complaint")
    assert value(result, "received_date") == "2026-11-18"


def test_the_labels_are_in_the_complaints_vocabulary():
    vocab = vocabulary(get("complaint"))
    for label in ("投诉时间", "客诉时间", "立案日期", "客訴時間"):
        assert vocab.match(label)[0] == "received_date"
    assert vocab.match("填报人")[0] == "reporter"
    assert vocab.match("填報人")[0] == "reporter"


def _eightd(date_rows: list[tuple[object, ...]]) -> list[tuple[object, ...]]:
    return [
        ("8D 报告",),
        ("8D编号", "8D-2611-004", "客诉编号", "KS-2611-017"),
        ("客户", "宁波均胜汽车电子有限公司", "料号", "KB-2205-A"),
        *date_rows,
        ("D1 小组成员",),
        ("组长", "陈志明", "品保部"),
        ("D2 问题描述",),
        ("焊点虚焊，客户产线功能测试不良 36 pcs。",),
        ("D3 围堵措施",),
        ("库存 4800 pcs 全检，隔离不良品。",),
    ]


def test_an_8d_dated_by_the_complaint_reads_it_as_opened_and_says_so(tmp_path):
    result = parse(_book(tmp_path, _eightd([("投诉时间", "2026-11-18", "发生日期", "2026-11-15")])), "8d")
    assert value(result, "opened_date") == "2026-11-18"
    assert warned(result, "opened_date")  # the day complained: the 8D opened then as a rule, not always
    assert value(result, "problem.when") == "2026-11-15"


def test_an_8d_with_no_date_of_its_own_is_opened_on_its_occurrence_date_said(tmp_path):
    result = parse(_book(tmp_path, _eightd([("发生日期", "2026-11-15", "产线", "SMT-3")])), "8d")
    assert value(result, "problem.when") == "2026-11-15"
    assert value(result, "opened_date") == "2026-11-15"
    assert warned(result, "opened_date")


def test_an_8d_printing_its_opened_date_keeps_the_occurrence_date_the_problems(tmp_path):
    rows = [("立案日期", "2026-11-19", "发生日期", "2026-11-15")]
    result = parse(_book(tmp_path, _eightd(rows)), "8d")
    assert value(result, "opened_date") == "2026-11-19"
    assert not warned(result, "opened_date")
    assert value(result, "problem.when") == "2026-11-15"


def test_an_8d_whose_opened_date_is_left_empty_never_takes_the_occurrence_date(tmp_path):
    rows = [("立案日期", None, "发生日期", "2026-11-15")]
    result = parse(_book(tmp_path, _eightd(rows)), "8d")
    assert value(result, "opened_date") is None
    assert value(result, "problem.when") == "2026-11-15"


def test_an_occurrence_that_is_no_day_opens_nothing(tmp_path):
    result = parse(_book(tmp_path, _eightd([("发生日期", "11月上旬夜班", "产线", "SMT-3")])), "8d")
    assert value(result, "opened_date") is None


def test_an_8d_printed_to_pdf_reads_its_occurrence_date_alike(tmp_path):
    book = _book(tmp_path, _eightd([("发生日期", "2026-11-15", "产线", "SMT-3")]))
    pdf = soffice_convert(book, "pdf", tmp_path / "out")
    result = parse(pdf, "8d")
    assert value(result, "opened_date") == "2026-11-15"
    assert warned(result, "opened_date")


def test_the_synonym_rule_still_holds_for_the_occurrence_date():
    assert vocabulary(get("8d")).match("发生日期")[0] == "problem.when"
    assert vocabulary(get("8d")).match("立案日期")[0] == "opened_date"


# ---------------------------------------------------------------------------------- 2. amounts in 万
def _allowance(amount_label: str, typed: str) -> list[tuple[object, ...]]:
    return [
        ("销货折让证明单",),
        ("编号", "ZR-2611-021", "开立日期", "2026-11-20"),
        ("客户名称", "宁波均胜汽车电子有限公司", "发票号码", "04417726"),
        ("折让原因", "焊点虚焊，客户产线功能测试不良，协商折让。"),
        (amount_label, typed, "税率", "13%"),
    ]


@pytest.mark.parametrize("typed", ["¥1.2万", "1.2万元", "￥1.2万元", "RMB 1.2万", "1.2萬元"])
def test_an_amount_written_in_ten_thousands_is_read_in_yuan_and_said(tmp_path, typed):
    cells = {"A1": "客户抱怨处理单", "A2": "客户名称", "B2": "宁波均胜", "A3": "索赔金额", "B3": typed}
    book = _book(tmp_path, [(cells["A1"],), (cells["A2"], cells["B2"]), (cells["A3"], cells["B3"])])
    result = parse(book, "complaint")
    assert str(result.record.loss_amount) == "12000.00"
    assert warned(result, "loss_amount", "amount_in_units")
    assert not warned(result, "loss_amount", "invalid_money")


def test_the_warning_names_the_unit_in_chinese_and_in_english(tmp_path):
    book = _book(tmp_path, [("客户抱怨处理单",), ("客户名称", "宁波均胜"), ("索赔金额", "¥1.2万")])
    result = parse(book, "complaint")
    [said] = [p for p in result.warnings if p.code == "amount_in_units"]
    assert "万" in said.message("zh") and "12000.00" in said.message("zh")
    assert "ten thousand" in said.message("en") and "12000.00" in said.message("en")


def test_an_allowance_total_in_ten_thousands_is_read_and_said(tmp_path):
    result = parse(_book(tmp_path, _allowance("总计", "1.2万元")), "allowance")
    read = [p for p in ("total", "total_excl_tax") if warned(result, p, "amount_in_units")]
    assert read, [(p.field, p.code) for p in result.warnings + result.errors]
    assert Decimal(value(result, read[0])) == Decimal("12000.00")


def test_an_amount_in_a_foreign_currency_is_still_said_as_such(tmp_path):
    book = _book(tmp_path, [("Customer Complaint",), ("Customer", "Orion"), ("Loss amount", "EUR 2.5K")])
    result = parse(book, "complaint")
    assert warned(result, "loss_amount", "amount_in_currency")
    assert not warned(result, "loss_amount", "amount_in_units")


@pytest.mark.parametrize("typed", ["1.2kg", "1.2万件", "12000"])
def test_a_figure_with_no_money_unit_is_no_amount_in_units(tmp_path, typed):
    book = _book(tmp_path, [("客户抱怨处理单",), ("客户名称", "宁波均胜"), ("索赔金额", typed)])
    result = parse(book, "complaint")
    assert not warned(result, "loss_amount", "amount_in_units")


# ---------------------------------------------------------------------------------- 3. a tax's rate
@pytest.mark.parametrize(
    ("label", "typed"), [("税率", "IVA 16%"), ("Tax rate", "VAT 16%"), ("Tasa", "16% IVA")]
)
def test_a_rate_written_with_its_taxs_name_is_the_rate(tmp_path, label, typed):
    rows = [
        ("CREDIT NOTE / NOTA DE CRÉDITO",),
        ("Credit note no.", "NC-2611-0042", "Date", "2026-11-20"),
        ("Customer", "Grupo Orion S.A. de C.V.", "Invoice no.", "F-88412"),
        ("Reason", "Defective housings returned, credit agreed."),
        (label, typed),
        ("Item", "Qty", "Unit price", "Amount"),
        ("Housing KB-2205", "100", "12.00", "1200.00"),
    ]
    result = parse(_book(tmp_path, rows), "allowance")
    assert value(result, "tax_rate") == "0.16"


def _nota(rate_cells: tuple[str, str]) -> list[tuple[object, ...]]:
    line, total = rate_cells
    return [
        ("NOTA DE CRÉDITO",),
        ("Credit note no.", "NC-2611-0042", "Date", "2026-11-20"),
        ("Customer", "Grupo Orion S.A. de C.V.", "Invoice no.", "F-88412"),
        ("Reason", "Carcasas defectuosas devueltas; crédito acordado."),
        ("Item", "Qty", "Unit price", "Amount", line),
        ("Carcasa KB-2205", "100", "12.00", "1200.00", "192.00"),
        ("Tapa KB-2206", "50", "8.00", "400.00", "64.00"),
        (None, None, "Subtotal", "1600.00"),
        (None, None, total, "256.00"),
        (None, None, "Total", "1856.00"),
    ]


@pytest.mark.parametrize("cells", [("IVA 16%", "IVA 16%"), ("IVA", "IVA 16%"), ("VAT 16%", "VAT 16%")])
def test_a_rate_printed_on_the_lines_and_the_totals_of_a_peso_form_is_read_once(tmp_path, cells):
    result = parse(_book(tmp_path, _nota(cells)), "allowance")
    assert value(result, "tax_rate") == "0.16", [(p.field, p.code) for p in result.warnings + result.errors]
    assert value(result, "total_tax") == "256.00"
    assert not warned(result, "tax_rate")
    assert not any(p.code == "tax_mismatch" for p in result.errors + result.warnings)


def test_two_rates_printed_are_no_one_rate(tmp_path):
    result = parse(_book(tmp_path, _nota(("IVA 16%", "IVA 8%"))), "allowance")
    assert value(result, "tax_rate") is None or warned(result, "tax_rate")


# ---------------------------------------------------------------------------------- 7. profiles
def _dated(tmp_path: Path, name: str, received: str, shipped: str) -> Path:
    """A complaint sheet two columns wide (its print on one page), its dates typed as text."""
    rows = [
        ("客户抱怨处理单",),
        ("客户名称", "宁波均胜汽车电子有限公司"),
        ("受理日期", received),
        ("品名", "PCB 控制板"),
        ("料号", "KB-2205-A"),
        ("交运日期", shipped),
        ("数量", "4800"),
        ("不良数量", "36"),
        ("异常描述", "焊点虚焊，客户产线功能测试不良。"),
        ("填报人", "王晓燕"),
    ]
    return _book(tmp_path, rows, name)


def _profiled(tmp_path: Path, first: Path) -> Path:
    folder = tmp_path / "profiles"
    folder.mkdir(exist_ok=True)
    (folder / "dated.toml").write_text(learn(first, "complaint").to_toml(), encoding="utf-8")
    return folder


def _read(path: Path, folder: Path):
    [read] = read_by_profile(path, path.read_bytes(), "complaint", folder)
    return read


@pytest.mark.parametrize(("received", "shipped"), [("2026-03-12", "2026-03-02"), ("2026/3/12", "2026/3/2")])
def test_a_profile_learned_on_year_first_dates_reads_a_day_first_copy_right(tmp_path, received, shipped):
    folder = _profiled(tmp_path, _dated(tmp_path, "one.xlsx", received, shipped))
    read = _read(_dated(tmp_path, "two.xlsx", "05/03/2026", "15/02/2026"), folder)
    assert str(read.values["received_date"]) == "2026-03-05"  # 15/02 shows the copy's order
    assert str(parse_date(read.values["ship_date"])) == "2026-02-15"
    assert any(p.code == "date_order_inferred" and p.field == "received_date" for p in read.problems)


def test_a_profile_learned_month_first_gives_way_to_a_copy_showing_day_first(tmp_path):
    folder = _profiled(tmp_path, _dated(tmp_path, "one.xlsx", "03/14/2026", "03/02/2026"))
    assert "mdy" in (folder / "dated.toml").read_text(encoding="utf-8")
    read = _read(_dated(tmp_path, "two.xlsx", "05/03/2026", "15/02/2026"), folder)
    assert str(read.values["received_date"]) == "2026-03-05"  # never 3 May, in silence
    assert any(p.code == "date_order_inferred" and p.field == "received_date" for p in read.problems)


def test_a_profile_learned_month_first_still_reads_a_copy_agreeing(tmp_path):
    folder = _profiled(tmp_path, _dated(tmp_path, "one.xlsx", "03/14/2026", "03/02/2026"))
    read = _read(_dated(tmp_path, "two.xlsx", "05/03/2026", "04/28/2026"), folder)
    assert str(read.values["received_date"]) == "2026-05-03"


def test_a_profile_learned_on_a_year_first_print_reads_a_day_first_print(tmp_path):
    first = soffice_convert(_dated(tmp_path, "one.xlsx", "2026-03-12", "2026-03-02"), "pdf", tmp_path / "a")
    second = soffice_convert(_dated(tmp_path, "two.xlsx", "05/03/2026", "15/02/2026"), "pdf", tmp_path / "b")
    read = _read(second, _profiled(tmp_path, first))
    assert str(read.values["received_date"]) == "2026-03-05"
    assert str(parse_date(read.values["ship_date"])) == "2026-02-15"


@pytest.mark.parametrize(
    ("typed", "rate"), [("IVA 16%", "0.16"), ("VAT 16 %", "0.16"), ("增值税13%", "0.13"), ("GST: 9%", "0.09")]
)
def test_the_rate_type_reads_a_rate_with_its_taxs_name(typed, rate):
    assert _ratio(typed) == Decimal(rate)


def test_a_profile_reads_an_amount_in_ten_thousands_as_the_generic_reader_does(tmp_path):
    def sheet(name: str, amount: str) -> Path:
        rows = [
            ("客户抱怨处理单",),
            ("客户名称", "宁波均胜汽车电子有限公司"),
            ("受理日期", "2026-11-18"),
            ("交运日期", "2026-11-02"),
            ("不良数量", "36"),
            ("索赔金额", amount),
        ]
        return _book(tmp_path, rows, name)

    folder = tmp_path / "profiles"
    folder.mkdir()
    (folder / "loss.toml").write_text(
        learn(sheet("one.xlsx", "8000"), "complaint").to_toml(), encoding="utf-8"
    )
    two = sheet("two.xlsx", "¥1.2万")
    [read] = read_by_profile(two, two.read_bytes(), "complaint", folder)
    assert Decimal(str(read.values["loss_amount"])) == Decimal("12000.00")
    assert any(p.code == "amount_in_units" and p.field == "loss_amount" for p in read.problems)
