"""A profile learned on one filled copy reads the next copy of the layout whole (issue 10,
twentieth round): a choice printed with its translation under a bilingual label (``Naprawa /
Rework`` under ``Postępowanie / Handling``) is the option, as the generic reader reads it. Every
form is built in the test (openpyxl, printed by LibreOffice), learned on copy 1 (its Excel file
or its print), read on copy 2."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import field_codes, keep_profile, read_doc, soffice_convert
from openpyxl import Workbook

from kesu_docs.parse.profile import learn


def _learned_on(office: Path, first: Path, kind: str, name: str, printed: bool) -> Path:
    """``first`` (a workbook) learned as it is, or printed and learned on its print."""
    source = soffice_convert(first, "pdf", office / "print1") if printed else first
    keep_profile(office, learn(source, kind), name)
    return source


# ------------------------------------------------------------------ 1. a bilingual choice
def _polish_return(path: Path, number: str, handling: str) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Zwrot"
    for row in [
        ["ZWROT TOWARU / GOODS RETURN"],
        ["Nr zwrotu / Return No.", number, "Data / Date", "2026-04-21"],
        ["Klient / Customer", "Valeo Autosystemy Sp. z o.o.", "Nr reklamacji / Claim No.", "RK-SKA-26-0342"],
        ["Nr części / Part No.", "Nazwa / Description", "Zwrócono / Returned", "Cena / Price"],
        ["VA-BRK-7701", "Wspornik", 800, 4.6],
        [],
        ["Przyczyna / Reason", "Pęknięcia po gięciu (cracks after bending)."],
        ["Postępowanie / Handling", handling],
        ["Przyjął / Received by", "Piotr Zieliński"],
    ]:
        ws.append(row)
    for col, width in zip("ABCD", (30, 34, 30, 24), strict=True):
        ws.column_dimensions[col].width = width
    wb.save(path)
    return path


@pytest.mark.parametrize("printed", [False, True], ids=["excel", "pdf"])
def test_a_choice_with_its_translation_is_the_option_the_labels_part_names(office, printed):
    first = _polish_return(office / "first.xlsx", "ZW/2026/03/017", "Złomowanie / Scrap")
    _learned_on(office, first, "return", "zwrot", printed)
    second = _polish_return(office / "second.xlsx", "ZW/2026/04/029", "Naprawa / Rework")
    if printed:
        second = soffice_convert(second, "pdf", office / "print2")
    doc = read_doc(second, "return")
    assert "profile_used" in {p["code"] for p in doc["warnings"]}
    assert doc["record"]["number"] == "ZW/2026/04/029"
    # "Naprawa" names no option by itself (a repair on some forms, a rework on others): the
    # English part under the label's English part does
    assert doc["record"]["handling"] == ["rework"]
    assert "invalid_choice" not in field_codes(doc, "handling")
    # two options of one script parted by a slash are not a word and its translation
    third = _polish_return(office / "third.xlsx", "ZW/2026/04/030", "Rework / Scrap")
    if printed:
        third = soffice_convert(third, "pdf", office / "print3")
    doc = read_doc(third, "return")
    assert doc["record"]["handling"] != ["rework"]


# ------------------------------------------------------ 2. a field left empty on the learned print
def _complaint(path: Path, number: str, closed: str | None, gm: str | None) -> Path:
    """Label | value pairs on each line; the last line's 结案日期 and 总经理 empty until the case closes."""
    wb = Workbook()
    ws = wb.active
    ws.title = "客诉跟踪"
    for row in [
        ["客户抱怨处理单"],
        ["抱怨单号", number, "受理日期", "2026-03-06"],
        ["客户名称", "深圳拓邦股份有限公司"],
        ["料号", "SZ-MTR-3305", "品名", "微型电机端盖"],
        ["交货数量", 20000, "不良数量", 60],
        ["异常描述", "端盖轴承孔偏大 0.02mm，电机异响。"],
        ["客户要求", "退货"],
        ["填表人", "罗文静", "主管", "彭国强"],
        ["结案日期", closed, "总经理", gm],
    ]:
        ws.append(row)
    for col, width in zip("ABCD", (14, 30, 14, 30), strict=True):
        ws.column_dimensions[col].width = width
    wb.save(path)
    return path


def _band_complaint(path: Path, number: str, closed: str | None, gm: str | None) -> Path:
    """Its sign-off in a header band: 结案日期 | 总经理 over the values' line."""
    wb = Workbook()
    ws = wb.active
    ws.title = "客诉"
    for row in [
        ["客户抱怨处理单"],
        ["抱怨单号", "受理日期", "客户名称"],
        [number, "2026-03-06", "深圳拓邦股份有限公司"],
        ["料号", "品名", "不良数量"],
        ["SZ-MTR-3305", "微型电机端盖", 60],
        ["异常描述", "端盖轴承孔偏大 0.02mm，电机异响。"],
        ["填表人", "主管", "结案日期", "总经理"],
        ["罗文静", "彭国强", closed, gm],
    ]:
        ws.append(row)
    for col, width in zip("ABCD", (24, 24, 28, 20), strict=True):
        ws.column_dimensions[col].width = width
    wb.save(path)
    return path


@pytest.mark.parametrize("make", [_complaint, _band_complaint], ids=["beside", "band"])
def test_a_field_empty_on_the_learned_print_is_read_on_the_next_print(office, make):
    first = make(office / "first.xlsx", "KB-2603-041", None, None)
    _learned_on(office, first, "complaint", "kb", printed=True)
    kept = (office / "profiles" / "kb.toml").read_text(encoding="utf-8")
    assert 'closed_date = { label = "结案日期"' in kept  # its label learned, though no box held a value
    second = soffice_convert(
        make(office / "second.xlsx", "KB-2604-058", "2026-04-28", "黄振宇"), "pdf", office / "p2"
    )
    doc = read_doc(second, "complaint")
    assert "profile_used" in {p["code"] for p in doc["warnings"]}
    assert doc["record"]["number"] == "KB-2604-058"
    assert doc["record"]["closed_date"] == "2026-04-28"
    assert "profile_reader_only" not in field_codes(doc, "closed_date")
    # a copy that leaves them empty reads them empty: never the next label's value
    third = soffice_convert(make(office / "third.xlsx", "KB-2604-060", None, None), "pdf", office / "p3")
    doc = read_doc(third, "complaint")
    assert doc["record"]["closed_date"] is None
    assert doc["record"]["number"] == "KB-2604-060"


# ------------------------------------------------------------- 3. a 5-Why chain that grows
def _eightd(path: Path, number: str, answers: list[tuple[str, str]]) -> Path:
    """An 8D whose D4 is a 5-Why table (层级 | 为什么？ | 回答), answered as far as ``answers`` go."""
    wb = Workbook()
    ws = wb.active
    ws.title = "8D"
    for row in [
        ["8D 报告"],
        ["8D编号", number, "客户", "赛力斯汽车有限公司"],
        ["料号", "CQ-BRK-6620", "开启日期", "2026-04-13"],
        ["D2 问题描述", "支架孔位偏移 0.3mm。"],
        ["D4 原因分析（5 Why）"],
        ["层级", "为什么？", "回答"],
    ]:
        ws.append(row)
    for n in range(1, 6):
        question, answer = answers[n - 1] if n <= len(answers) else (None, None)
        ws.append([f"Why {n}", question, answer])
    ws.append(["流出原因", "首件只检一个孔。"])
    ws.append(["D5 永久对策", "修订模具保养标准。"])
    for col, width in zip("ABCD", (14, 24, 32, 16), strict=True):
        ws.column_dimensions[col].width = width
    ws.sheet_properties.pageSetUpPr.fitToPage = True  # printed on one page, as a clerk would
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 1
    wb.save(path)
    return path


_WHYS = [
    ("孔位为什么偏移？", "冲孔模定位销松动。"),
    ("定位销为什么松动？", "锁紧螺钉未涂螺纹胶。"),
    ("为什么未涂螺纹胶？", "保养作业指导书漏列此步。"),
    ("为什么漏列？", "模具保养标准未随新模具更新。"),
    ("为什么未更新？", "新模具移交清单无保养标准一项。"),
]


@pytest.mark.parametrize("printed", [False, True], ids=["excel", "pdf"])
def test_a_profile_follows_the_last_answered_why_as_the_chain_grows(office, printed):
    first = _eightd(office / "first.xlsx", "8D-CQ-2604-016", _WHYS[:3])
    _learned_on(office, first, "8d", "why", printed)
    kept = (office / "profiles" / "why.toml").read_text(encoding="utf-8")
    assert 'at = "cause-grid"' in kept and "为什么未涂螺纹胶" not in kept  # a question is no label
    for n, name in ((5, "second"), (2, "third")):
        copy = _eightd(office / f"{name}.xlsx", f"8D-CQ-2605-0{n}", _WHYS[:n])
        if printed:
            copy = soffice_convert(copy, "pdf", office / f"print-{name}")
        doc = read_doc(copy, "8d")
        assert "profile_used" in {p["code"] for p in doc["warnings"]}
        causes = [r["cause"] for r in doc["record"]["root_cause"] if r["type"] == "occurrence"]
        assert causes == [_WHYS[n - 1][1]], (n, doc["record"]["root_cause"])
