"""Which form a clerk's file holds, read from its title (any of the many titles real forms
carry for one controlled form, in zh-Hans, zh-Hant and English) or, failing a title, from the
labels it carries — and never silently: a kind guessed from labels is a warning, a layout of no
form we know stays "not a recognised form" with the labels found."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from kesu_docs.parse.reading import parse_paths

# a few labels of each form, filled the way a clerk would; the title goes above them
BODIES = {
    "complaint": [("客户名称", "东莞立信电器有限公司"), ("品名", "PCB"), ("不良数量", "120")],
    "8d": [("客户", "宁波旭升精密机械有限公司"), ("问题描述", "毛刺"), ("根本原因", "模具磨损")],
    "allowance": [("买受人", "群达科技股份有限公司"), ("品名", "外壳"), ("金额", "1000")],
    "return": [("客户名称", "群达科技股份有限公司"), ("品名", "外壳"), ("退货数量", "50")],
}


def workbook(tmp_path: Path, rows: list[tuple[str, ...]], name: str = "form.xlsx") -> Path:
    wb = Workbook()
    ws = wb.active
    for row in rows:
        ws.append(list(row))
    path = tmp_path / name
    wb.save(path)
    return path


def read(path: Path):
    [result] = parse_paths([path])
    return result


def codes(problems) -> set[str]:
    return {p.code for p in problems}


TITLES = [
    # the kinds' many titles, in three scripts
    ("8d", "SCAR Report"),
    ("8d", "Supplier Corrective Action Request"),
    ("8d", "Global 8D (G8D) Report"),
    ("8d", "G8D Report"),
    ("8d", "Corrective Action Report"),
    ("8d", "矯正預防措施報告"),
    ("8d", "8D 纠正措施报告"),
    ("complaint", "Customer Complaint"),
    ("complaint", "PROBLEM REPORTING & RESOLUTION (PRR)"),
    ("complaint", "Problem Report and Resolution"),
    ("complaint", "Quality Notification"),
    ("complaint", "客户品质异常联络单"),
    ("complaint", "品質異常通知單"),
    ("allowance", "Credit Note"),
    ("allowance", "CREDIT MEMO"),
    ("allowance", "Sales Allowance"),
    ("allowance", "銷貨折讓單"),
    ("return", "Return Material Authorization (RMA)"),
    ("return", "RMA Form"),
    ("return", "退货通知单"),
    ("return", "銷貨退回單"),
]


@pytest.mark.parametrize(("kind", "title"), TITLES, ids=[t for _k, t in TITLES])
def test_the_kind_is_read_from_any_of_its_titles_in_any_script(tmp_path, kind, title):
    result = read(workbook(tmp_path, [(title,), *BODIES[kind]]))
    assert result.kind == kind
    assert "kind_guessed" not in codes(result.warnings)


@pytest.mark.parametrize(
    ("kind", "title"),
    [("return", "銷 貨 退 回 單"), ("return", "銷　貨　退　回　單"), ("allowance", "C R E D I T   N O T E")],
)
def test_a_letter_spaced_title_is_read_as_its_title(tmp_path, kind, title):
    assert read(workbook(tmp_path, [(title,), *BODIES[kind]])).kind == kind


def test_a_title_beside_the_company_name_or_a_bracketed_acronym_is_read(tmp_path):
    scar = workbook(
        tmp_path, [("啟新光電股份有限公司",), ("供應商矯正及預防措施要求單 (SCAR)",), *BODIES["8d"]]
    )
    assert read(scar).kind == "8d"
    credit = workbook(tmp_path, [("CREDIT NOTE  销售折让通知",), *BODIES["allowance"]], "cn.xlsx")
    assert read(credit).kind == "allowance"


def test_a_title_naming_two_forms_is_the_form_it_ends_with(tmp_path):
    # "Customer Complaint 8D Report": the 8D report answering a complaint, not the complaint
    result = read(workbook(tmp_path, [("Customer Complaint 8D Report",), *BODIES["8d"]]))
    assert result.kind == "8d"
    assert "kind_guessed" not in codes(result.warnings)


def test_an_acronym_in_a_label_or_a_value_does_not_decide_the_kind(tmp_path):
    # a complaint sheet naming a return authorisation and a credit note in its labels and
    # values is still no return note and no credit note: without a title, the labels decide
    rows = [
        ("RMA No.", "RMA-2609-01"),
        ("Credit Note No.", "CN-0042"),
        ("处理方式", "RMA"),
        *BODIES["complaint"],
    ]
    result = read(workbook(tmp_path, rows))
    assert result.kind != "return" and result.kind != "allowance"


def test_a_kind_guessed_from_labels_keeps_its_warning(tmp_path):
    # no title at all: the complaint's distinctive labels name the form, and the clerk is told
    rows = [
        ("客户名称", "东莞立信电器有限公司"),
        ("客诉日期", "2026-09-03"),
        ("品名", "PCB"),
        ("不良数量", "120"),
        ("不良现象", "焊盘氧化"),
        ("出货数量", "12000"),
    ]
    result = read(workbook(tmp_path, rows))
    assert result.kind == "complaint"
    assert "kind_guessed" in codes(result.warnings)


def test_labels_shared_by_several_forms_do_not_make_a_guess(tmp_path):
    # 客户名称, 品名, 日期, 数量: every form has them; they name no form
    rows = [("客户名称", "东莞立信电器有限公司"), ("品名", "PCB"), ("日期", "2026-09-03"), ("数量", "120")]
    result = read(workbook(tmp_path, rows))
    assert result.kind is None
    [error] = result.errors
    assert error.code == "unknown_kind" and "客户名称" in str(error.message)


def test_a_layout_of_an_unknown_kind_is_not_a_recognised_form_with_the_labels_found(tmp_path):
    rows = [("采购订单",), ("供应商", "某某公司"), ("日期", "2026-09-03"), ("交货地点", "东莞")]
    result = read(workbook(tmp_path, rows))
    assert result.kind is None or result.fatal
    [error] = result.errors
    assert error.code in ("not_a_form", "unknown_kind")
