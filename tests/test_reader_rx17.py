"""Reader and profile gaps of the seventeenth round (dev17-rx), each on a real workbook: ROC dates
read by a profile, cells that hold two figures or a figure with a note, NT$ number formats,
invisible characters, departments beside names, subtotal rows, country words in company names."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from helpers import field_codes, read_doc
from openpyxl import Workbook

from kesu_docs.parse import parse_paths
from kesu_docs.parse.profile import _as_date, learn


def _learn(office: Path, first: Path, kind: str, sets: dict[str, str]) -> None:
    profile = learn(first, kind, sets)
    (office / "profiles" / f"{first.stem}.toml").write_text(profile.to_toml(), encoding="utf-8")


def _at(doc: dict[str, Any], path: str) -> Any:
    node: Any = doc["record"]
    for part in path.replace("[", ".").replace("]", "").split("."):
        node = node[int(part)] if part.isdigit() else node.get(part)
    return node


def _all_codes(doc: dict[str, Any]) -> set[str]:
    return {p["code"] for p in doc["warnings"] + doc["errors"]}


# ---------------------------------------------------------------------------------- 1. ROC dates
def _roc_allowance(path: Path, number: str, issued: str, invoiced: str) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "折讓"
    ws.append(["銷貨折讓證明單"])
    ws.append(["單號", number, "開立日期", issued])
    ws.append(["客戶", "宏碁精密股份有限公司", "原發票日期", invoiced])
    ws.append(["品名", "數量", "單價", "金額"])
    ws.append(["端子", 100, 2, 200])
    ws.append(["合計", None, None, 200])
    wb.save(path)
    return path


@pytest.mark.parametrize(
    ("issued", "invoiced"),
    [
        ("中華民國115年4月6日", "115/04/01"),
        ("中华民国115年4月6日", "民國115.4.1"),
        ("民国 115 年 4 月 6 日", "115年4月1日"),
        ("ROC 115/04/06", "１１５／０４／０１"),
    ],
)
def test_a_profile_of_a_layout_printing_roc_dates_reads_them_as_this_centurys_dates(office, issued, invoiced):
    first = _roc_allowance(office / "roc.xlsx", "ZR-001", "中華民國115年3月5日", "115/03/05")
    _learn(
        office, first, "allowance", {"number": "折讓!B2", "issue_date": "折讓!D2", "invoice_date": "折讓!D3"}
    )
    doc = read_doc(_roc_allowance(office / "second.xlsx", "ZR-002", issued, invoiced))
    assert "profile_used" in _all_codes(doc)
    assert _at(doc, "issue_date") == "2026-04-06"
    assert _at(doc, "invoice_date") == "2026-04-01"
    assert not field_codes(doc, "issue_date") and not field_codes(doc, "invoice_date")


@pytest.mark.parametrize(
    "text",
    ["中华民国115年3月5日", "民國115.3.5", "115年3月5日", "民国115年3月5日", "開立日期：中華民國115年3月5日"],
)
def test_the_profile_reads_roc_years_as_the_generic_reader_does(text):
    """The profile's own date reading (used to find a value on a print and to compare with the
    generic reader) is values.roc_date, not a narrower copy (民國 only, 年/月/日 only)."""
    assert _as_date(text, "") == dt.date(2026, 3, 5)


# ---------------------------------------------------------------------------------- 2. figures with company
def _complaint(path: Path, number: str, order: str, defect: Any, loss: Any) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "客诉"
    ws.append(["客户抱怨处理单"])
    ws.append(["编号", number, "客户", "常州澄源电子有限公司"])
    ws.append(["订单号", order, "料号", "HL-2230"])
    ws.append(["出货数量", 5000, "不良数量", defect])
    ws.append(["损失金额", loss, "出货日期", "2026-03-05"])
    ws.append(["不良描述", "端子压接高度超差"])
    wb.save(path)
    return path


@pytest.fixture
def complaint_profile(office):
    first = _complaint(office / "kesu-complaint.xlsx", "KS-001", "PO 81500", 100, 1000)
    sets = {"number": "客诉!B2", "order_no": "客诉!B3", "defect_qty": "客诉!D4", "loss_amount": "客诉!B5"}
    _learn(office, first, "complaint", sets)
    return office


def test_a_cell_holding_two_order_numbers_is_never_read_as_its_second_number(complaint_profile):
    """``PO 81502 / 81503``: the profile took 81503 (a name / code cell's code), silently."""
    doc = read_doc(_complaint(complaint_profile / "second.xlsx", "KS-002", "PO 81502 / 81503", 120, 1200))
    assert "profile_used" in _all_codes(doc)
    assert _at(doc, "order_no") == "PO 81502 / 81503"


def test_a_quantity_with_a_note_is_read_as_the_figure_and_warned(complaint_profile):
    doc = read_doc(
        _complaint(complaint_profile / "second.xlsx", "KS-002", "PO 81502", "120 pcs (退回 20)", 1200)
    )
    assert _at(doc, "defect_qty") == 120
    assert "value_with_comment" in field_codes(doc, "defect_qty")


@pytest.mark.parametrize("loss", ["¥1,200元", "￥1,200.00 元", "1,200元"])
def test_an_amount_with_its_currency_sign_and_yuan_is_the_amount(complaint_profile, loss):
    doc = read_doc(_complaint(complaint_profile / "second.xlsx", "KS-002", "PO 81502", 120, loss))
    assert _at(doc, "loss_amount") == "1200.00"


def _return_note(path: Path, qty: Any, amount: Any) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "退货"
    ws.append(["成品退货单"])
    ws.append(["单号", "TH-001", "客户", "常州澄源电子有限公司"])
    ws.append(["客诉单号", "KS-2603-001", "退货日期", "2026-03-05"])
    ws.append(["品名", "料号", "退货数量", "单价", "金额"])
    ws.append(["端子", "HL-2230", qty, 10, amount])
    ws.append(["护套", "HL-2231", 50, 2, 100])
    ws.append(["退货原因", "压接不良"])
    wb.save(path)
    return path


@pytest.mark.parametrize(
    ("qty", "amount", "want_qty", "want_amount", "warned"),
    [
        ("120 pcs (退回 20)", 1200, 120, "1200.00", "value_with_comment"),
        (120, "¥1,200元", 120, "1200.00", None),
        (120, "¥12,000元", 120, "12000.00", "line_amount_mismatch"),  # not what 120 × 10 makes: said
    ],
)
def test_a_profiles_table_line_reads_what_the_clerk_meant_or_warns(
    office, qty, amount, want_qty, want_amount, warned
):
    first = _return_note(office / "kesu-return.xlsx", 100, 1000)
    sets = {"items[0].part_no": "退货!B5", "items[0].qty_returned": "退货!C5", "items[0].amount": "退货!E5"}
    _learn(office, first, "return", sets)
    doc = read_doc(_return_note(office / "second.xlsx", qty, amount))
    assert "profile_used" in _all_codes(doc)
    assert _at(doc, "items[0].qty_returned") == want_qty
    assert _at(doc, "items[0].amount") == want_amount
    problems = field_codes(doc, "items[0].qty_returned") | field_codes(doc, "items[0].amount")
    assert (warned in problems) if warned else not problems


# ---------------------------------------------------------------------------------- 3. NT$ number formats
def _nt_allowance(path: Path, number_format: str, number: str = "ZR-001", amount: int = 2000) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "折讓"
    ws.append(["銷貨折讓證明單"])
    ws.append(["單號", number, "開立日期", "2026-03-05"])
    ws.append(["買受人", "宏碁精密股份有限公司", "統一編號", "12345675"])
    ws.append(["原發票號碼", "AB12345678", "原發票日期", "2026-03-01"])
    ws.append(["品名", "數量", "單價", "金額", "稅額"])
    ws.append(["端子", 100, amount / 100, amount, amount // 20])
    ws.append(["合計", None, None, amount, amount // 20])
    ws.append(["總計", amount + amount // 20])
    for row in ws.iter_rows(min_row=6, max_row=8):
        for cell in row[1:]:
            if isinstance(cell.value, (int, float)):
                cell.number_format = number_format
    wb.save(path)
    return path


@pytest.mark.parametrize("number_format", ['"NT$"#,##0', "[$NT$-404]#,##0.00", '"NT$ "#,##0;-"NT$ "#,##0'])
def test_amounts_formatted_nt_dollars_are_new_taiwan_dollars(tmp_path, number_format):
    result = parse_paths([_nt_allowance(tmp_path / "nt.xlsx", number_format)], kind="allowance")[0]
    assert result.record is not None
    assert result.record._currency == "TWD"
    assert result.record.total_in_words == "新臺幣貳仟壹佰元整"


def test_amounts_in_a_plain_number_format_keep_the_companys_words(tmp_path):
    result = parse_paths([_nt_allowance(tmp_path / "plain.xlsx", "#,##0.00")], kind="allowance")[0]
    assert result.record is not None and result.record._currency == ""
    assert result.record.total_in_words == "人民币贰仟壹佰元整"


def test_a_profile_reads_the_nt_dollar_format_of_its_amounts_too(office):
    first = _nt_allowance(office / "nt-layout.xlsx", '"NT$"#,##0')
    _learn(office, first, "allowance", {"number": "折讓!B2", "total": "折讓!B8"})
    result = parse_paths([_nt_allowance(office / "second.xlsx", '"NT$"#,##0', "ZR-002", 4000)])[0]
    assert "profile_used" in {p.code for p in result.warnings}
    assert result.record is not None and result.record._currency == "TWD"
    assert result.record.total_in_words == "新臺幣肆仟貳佰元整"


# ---------------------------------------------------------------------------------- 4. unseen characters
def _complaint_typed(path: Path, customer: str, part: str, description: str) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "客诉"
    ws.append(["客户抱怨处理单"])
    ws.append(["编号", "KS-2603-001", "客户", customer])
    ws.append(["订单号", "PO-81502", "料号", part])
    ws.append(["出货数量", 5000, "不良数量", 120])
    ws.append(["出货日期", "2026-03-05", "客户要求", "退货"])
    ws.append(["不良描述", description])
    wb.save(path)
    return path


TYPED = (
    "常州澄源电子有限公司\ufe0f",
    "HL-2230\ufe0f",
    "端子压接高度超差⚠\ufe0f\u2028批次 2603A 全部隔离\u2029待复检",
)
MEANT = {
    "customer": "常州澄源电子有限公司",
    "part_no": "HL-2230",
    "description": "端子压接高度超差⚠\n批次 2603A 全部隔离\n待复检",
}


def test_a_variation_selector_is_dropped_and_a_line_separator_is_a_line_break(tmp_path):
    doc = read_doc(_complaint_typed(tmp_path / "typed.xlsx", *TYPED), "complaint")
    assert {path: _at(doc, path) for path in MEANT} == MEANT


def test_a_profile_reads_them_alike(office):
    first = _complaint_typed(office / "kesu-typed.xlsx", "华东精密", "HL-2000", "外观不良")
    _learn(
        office, first, "complaint", {"customer": "客诉!D2", "part_no": "客诉!D3", "description": "客诉!B6"}
    )
    doc = read_doc(_complaint_typed(office / "second.xlsx", *TYPED))
    assert "profile_used" in _all_codes(doc)
    assert {path: _at(doc, path) for path in MEANT} == MEANT


def test_the_one_rule_every_reader_applies_drops_them():
    from kesu_docs.values import visible

    assert visible("HL-2230\ufe0f") == "HL-2230"
    assert visible("甲\u2028乙\u2029丙") == "甲\n乙\n丙"
    assert visible("葛\U000e0100城") == "葛城"  # an ideograph's glyph variant


# ---------------------------------------------------------------------------------- 5. a department after a name
def test_a_department_in_brackets_after_a_person_is_no_label(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.title = "客诉"
    ws.append(["客户抱怨处理单"])
    ws.append(["编号", "KS-2603-001", "客户", "常州澄源电子有限公司"])
    ws.append(["订单号", "PO-81502", "料号", "HL-2230"])
    ws.append(["出货数量", 5000, "不良数量", 120])
    ws.append(["出货日期", "2026-03-05", "客户要求", "退货"])
    ws.append(["不良描述", "端子压接高度超差"])
    ws.append(["报告人", "张三（品保）", "业务主管", "李四(业务)"])
    wb.save(tmp_path / "people.xlsx")
    result = parse_paths([tmp_path / "people.xlsx"], kind="complaint")[0]
    doc = result.to_dict("en")
    assert (_at(doc, "reporter"), _at(doc, "sales_supervisor")) == ("张三", "李四")
    assert "value_looks_like_label" not in _all_codes(doc)
    labels = {path: prov.label for path, prov in result.provenance.items()}
    assert labels["reporter"] == "报告人" and labels["sales_supervisor"] == "业务主管"
    assert not [
        path for path, label in labels.items() if label in ("张三（品保）", "李四(业务)", "品保", "业务")
    ]


# ---------------------------------------------------------------------------------- 6. English departments
def _team(path: Path, rows: list[tuple[str, str, str]]) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "8D"
    ws.append(["8D REPORT"])
    ws.append(["8D No.", "8D-2603-001", "Customer", "Norvale Appliances Ltd"])
    ws.append(["Date Opened", "2026-03-05"])
    ws.append(["D1 Team"])
    ws.append(["Name", "Department", "Role"])
    for row in rows:
        ws.append(list(row))
    ws.append(["D2 Problem Description", "Hinge pin protrudes 0.6 mm"])
    ws.append(["D3 Containment", "Sorted 1,900 hinges"])
    wb.save(path)
    return path


def test_a_department_alone_in_a_team_rows_name_is_no_member(tmp_path):
    rows = [("Zhang Wei", "Quality", "Leader"), ("Li Na", "Sales", "Member"), ("Production", "", "Member")]
    doc = read_doc(_team(tmp_path / "team.xlsx", rows), "8d")
    team = [(m["name"], m["dept"]) for m in doc["record"]["team"]]
    assert team == [("Zhang Wei", "Quality"), ("Li Na", "Sales"), (None, "Production")]
    assert "member_is_department" in field_codes(doc, "team[2].name")
    assert not field_codes(doc, "team[0].name") and not field_codes(doc, "team[1].name")


def test_a_department_and_a_name_typed_in_each_others_column_are_put_back(tmp_path):
    rows = [("Zhang Wei", "Quality", "Leader"), ("Quality", "Li Na", "Member")]
    doc = read_doc(_team(tmp_path / "team.xlsx", rows), "8d")
    assert [(m["name"], m["dept"]) for m in doc["record"]["team"]] == [
        ("Zhang Wei", "Quality"),
        ("Li Na", "Quality"),
    ]
    assert "member_is_department" in field_codes(doc, "team[1].name")


# ---------------------------------------------------------------------------------- 7. subtotal lines
def _allowance_groups(path: Path, caption: str, first_subtotal: int) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "折让"
    ws.append(["销货折让证明单"])
    ws.append(["单号", "ZR-2603-001", "开具日期", "2026-03-05"])
    ws.append(["购买方", "常州澄源电子有限公司", "纳税人识别号", "91320400MA1XXXXX0D"])
    ws.append(["原发票号码", "33012644", "原发票日期", "2026-03-01"])
    ws.append(["品名", "数量", "单价", "折让金额", "税额"])
    ws.append(["端子", 100, 10, 1000, 130])
    ws.append(["护套", 50, 2, 100, 13])
    ws.append([caption, 150, None, first_subtotal, 143])
    ws.append(["连接器", 20, 5, 100, 13])
    ws.append([caption, 20, None, 100, 13])
    ws.append(["合计", 170, None, 1200, 156])
    ws.append(["价税合计", 1356])
    wb.save(path)
    return path


@pytest.mark.parametrize("caption", ["Subtotal", "小计", "小計"])
def test_subtotal_lines_are_not_lines_and_are_checked_against_the_lines_sum(tmp_path, caption):
    doc = read_doc(_allowance_groups(tmp_path / "groups.xlsx", caption, 1100), "allowance")
    lines = [(m["name"], m["qty"], m["allowance_amount"]) for m in doc["record"]["items"]]
    assert lines == [("端子", 100, "1000.00"), ("护套", 50, "100.00"), ("连接器", 20, "100.00")]
    assert "subtotal_mismatch" not in _all_codes(doc)


@pytest.mark.parametrize("caption", ["Subtotal", "小计"])
def test_a_subtotal_that_is_not_its_lines_sum_is_warned(tmp_path, caption):
    doc = read_doc(_allowance_groups(tmp_path / "groups.xlsx", caption, 1010), "allowance")
    assert len(doc["record"]["items"]) == 3
    [warned] = [p for p in doc["warnings"] if p["code"] == "subtotal_mismatch"]
    assert warned["field"] == "items" and "1010" in warned["message"] and "1100" in warned["message"]


def test_a_return_notes_closing_subtotal_is_checked_too(tmp_path):
    path = _return_note(tmp_path / "return.xlsx", 100, 1000)
    from openpyxl import load_workbook

    wb = load_workbook(path)
    ws = wb.active
    ws.insert_rows(7)
    for col, value in zip("ACE", ["Subtotal", 150, 1200], strict=True):
        ws[f"{col}7"] = value
    wb.save(path)
    doc = read_doc(path, "return")
    assert [m["part_no"] for m in doc["record"]["items"]] == ["HL-2230", "HL-2231"]
    assert "subtotal_mismatch" in field_codes(doc, "items")


# ---------------------------------------------------------------------------------- 8. country words in names
@pytest.mark.parametrize(
    "company",
    [
        "Mexico Auto Parts S.A. de C.V.",
        "台湾精密",
        "台湾精密工业股份有限公司",
        "Taiwan Precision Co., Ltd.",
        "中国精密",
    ],
)
def test_a_country_inside_a_company_name_is_a_word_of_the_company(office, company):
    from kesu_docs import forms
    from kesu_docs.parse.anchor import _text_reading
    from kesu_docs.parse.vocab import label_like, vocabulary

    for kind in ("complaint", "8d", "return", "allowance"):
        assert _text_reading(vocabulary(forms.get(kind)), (), company, False) == ((), False)
    assert not label_like(company)
    path = _complaint(office / "kesu-country.xlsx", "KS-001", "PO 81500", 100, 1000)
    from openpyxl import load_workbook

    wb = load_workbook(path)
    wb.active["D2"] = company
    wb.active["A8"] = company  # the name again, alone on a row: no label either
    wb.save(path)
    doc = read_doc(path, "complaint")
    assert _at(doc, "customer") == company and not field_codes(doc, "customer")
    assert not [p for p in doc["warnings"] if company in str(p.get("params", {}))]
    _learn(office, path, "complaint", {"number": "客诉!B2", "customer": "客诉!D2"})
    profile = (office / "profiles" / "kesu-country.toml").read_text(encoding="utf-8")
    fingerprint = profile[profile.index("[fingerprint.labels]") :]
    assert company.split()[0] not in fingerprint
