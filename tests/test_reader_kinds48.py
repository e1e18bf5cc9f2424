"""Which kind of form is it, read without --kind (kinds48): recognised from its title or its labels,
or said — never the wrong kind silently. A 质量问题归零报告 (the zeroing report of defence and
aerospace makers, GJB 5707 / QJ 3183: the 8D's Chinese relative) is an 8D report, its own words
(问题概述, 举一反三, 完善规章) keeping its title against a complaint's labels; a 质量扣款通知单 between 需方
and 供方 with lines and a 大写 total is an allowance, said under its title. Small workbooks built here,
titles and labels made up in the customers' habits (bench/kinds_score.py measures the held-out sets)."""

from __future__ import annotations

from pathlib import Path

from test_reader_kinds import workbook
from test_reader_kinds46 import COMPLAINT_ROWS, read, warned

from kesu_docs.forms import get, titles
from kesu_docs.parse.kinds import _prose, _title_of_line
from kesu_docs.parse.vocab import vocabulary

# a zeroing report: a complaint's words for its head (单位, 产品, 数量, 报告人, 批准), its own for the body
ZEROING_ROWS = [
    ("编号", "GL-2026-118", "报告日期", "2026-10-09"),
    ("用户单位", "西南航电设备研究所", "产品代号", "PM-20"),
    ("问题名称", "电源模块输出纹波超标", "问题数量", "2 台"),
    ("报告人", "赵立", "批准", "钱刚"),
    ("问题概述", "高温试验中 2 台输出纹波超过 50 mV。"),
    ("定位准确", "滤波电容 C7 容值偏低。"),
    ("举一反三", "同批次及同型号其余模块全部排查。"),
]


def test_a_zeroing_report_is_an_8d_report(tmp_path: Path) -> None:
    # was: 'the form has no title', read as a complaint sheet from its head's labels (kind_guessed)
    for title in ("产品质量问题归零报告", "技术归零报告", "質量問題歸零報告"):
        assert _title_of_line(tuple(titles()), title) == "8d", title
        doc = read(workbook(tmp_path, [(title,), *ZEROING_ROWS]))
        assert doc["kind"] == "8d", title
        assert not [w for w in doc["warnings"] if w["code"].startswith("kind")], title
        assert doc["record"]["problem"]["statement"].startswith("高温试验")


def test_the_zeroing_reports_points_are_the_8d_reports_labels() -> None:
    # 问题概述 the problem (D2), 举一反三 the like products checked (D7), 完善规章 the rules revised (D7)
    words = vocabulary(get("8d"))
    assert words.candidates("一、问题概述")[0][0] == "problem.statement"
    assert words.candidates("5. 举一反三")[0][0] == "prevention.horizontal_deployment"
    assert words.candidates("完善规章")[0][0] == "prevention.documents_updated"


def test_an_8d_title_over_its_own_labels_stands_though_a_complaints_labels_lead(tmp_path: Path) -> None:
    # no heading D1 … D8, a complaint's head (five of its own labels); 橫向展開 (no other form reads
    # it) says it is the report itself: before, the labels' guess (a complaint sheet) overruled the
    # title (the rule for a SCAR, a request, over a customer's complaint), warned kind_guessed
    rows = [
        ("纠正预防措施报告",),
        *COMPLAINT_ROWS,
        ("客戶名稱", "台中精機股份有限公司", "訂單號碼", "PO-2611-07"),
        ("出貨日期", "2026-11-02", "批號", "L2611-3"),
        ("橫向展開", "同類產品全部改用新鍍液"),
    ]
    doc = read(workbook(tmp_path, rows))
    assert doc["kind"] == "8d"
    assert not warned(doc, "kind_guessed")
    # the same page under a request's title (a SCAR: the customer asking for the report): what it asks
    # for is no report written, the labels decide as before (holdout65's SCAR, its Containment Required)
    doc = read(workbook(tmp_path, [("供應商矯正預防措施要求單",), *rows[1:]], "scar.xlsx"))
    assert doc["kind"] == "complaint"
    assert warned(doc, "kind_guessed")


# a prime contractor's deduction notice: 需方 (the customer) takes money from 供方 (us), lines, 大写
DEDUCTION_ROWS = [
    ("通知单号", "KK-26-0311", "日期", "2026-10-20"),
    ("需方", "北方精密机械厂", "纳税人识别号", "91110000100012345X"),
    ("供方", "华东电子元件有限公司", "原发票号码", "33002611"),
    ("扣款项目", "数量", "单价", "扣款金额"),
    ("违约金（延期交付）", "1", "3000", "3000"),
    ("复检费", "2", "800", "1600"),
    ("扣款金额合计", "4600"),
    ("大写", "人民币肆仟陆佰元整"),
    ("经办", "孙倩", "部门经理", "周明"),
]


def test_a_deduction_notice_between_demand_and_supply_sides_is_an_allowance_said(tmp_path: Path) -> None:
    # was unknown_kind: 需方 read as the complaint's customer only, the readings close (issue 10: said,
    # never a wrong kind silently)
    doc = read(workbook(tmp_path, [("质量扣款通知单",), *DEDUCTION_ROWS]), "zh")
    assert doc["kind"] == "allowance"
    assert doc["record"]["buyer"] == "北方精密机械厂"
    [said] = warned(doc, "kind_title_general")
    assert "质量扣款通知单" in said  # the title named, not "表单上没有标题"
    assert not warned(doc, "kind_guessed")


def test_demand_and_supply_sides_are_the_allowances_buyer_and_seller() -> None:
    words = vocabulary(get("allowance"))
    assert words.candidates("需方（甲方）")[0][0] == "buyer"
    assert words.candidates("供方")[0][0] == "seller.name"


# a customer's memo asking for an 8D: the request wrapped over two lines, a complaint's labels below
MEMO_ROWS = [
    ("Brightline Castings Ltd – Supplier Quality",),
    ("MEMORANDUM",),
    ("To: Quality Manager, Ostrava Forge s.r.o.",),
    ("Subject: porosity at the flange, lot 26-44",),
    ("The housings listed below leak under test and are rejected. Please send us a",),
    ("formal 8D report from your side within 20 working days.",),
    ("Part number", "HX-400-2"),
    ("Quantity delivered", "1,200 pcs"),
    ("Quantity affected", "85 pcs"),
    ("Failure description", "Porosity at the flange face, leak at 2 bar"),
]


def test_an_8d_asked_for_in_a_memos_sentence_does_not_make_it_an_8d(tmp_path: Path) -> None:
    # was: the wrapped half "formal 8D report from your side …" read as "8D report" in a line, the
    # labels not deciding: an 8D report, guessed (the held-out memo of a customer, holdout67)
    doc = read(workbook(tmp_path, MEMO_ROWS))
    assert doc["kind"] != "8d"
    # a line that is a title still says it: "8D Report" alone, or with the form's words
    for title in ("8D Report", "8D Problem Solving Report", "Customer Complaint 8D Report No. 26-118"):
        assert not _prose(title), title
    for prose in ("formal 8D report from your side within 20 working days.", "请于10日内提交8D报告。"):
        assert _prose(prose), prose


def test_a_form_asked_for_in_a_value_is_no_title(tmp_path: Path) -> None:
    # was: '更换逆变器并出具 8D 报告' typed under 处理要求 read as an 8D's title (kind_title_unsupported),
    # the complaint read as an 8D report
    named = tuple(titles())
    for asked in (
        "更换逆变器并出具 8D 报告",
        "Please submit an 8D report",
        "請供應商提供矯正預防措施報告",
        "Issue a credit note",
    ):
        assert _title_of_line(named, asked) is None, asked
    for title in ("8D Report", "矯正預防措施報告", "Credit Note", "Customer Complaint 8D Report"):
        assert _title_of_line(named, title) is not None, title
    rows = [
        ("光伏逆变器质量问题联络单",),
        ("联络单号", "GF-LL-2610-015", "发出日期", "2026-10-16"),
        ("业主单位", "西北新能源运维有限公司", "设备型号", "SG-250HX"),
        ("出厂编号", "SN2607110083", "涉及数量", "2 台"),
        ("问题描述", "逆变器 IGBT 模块过温报警后停机。"),
        ("处理要求", "更换逆变器并出具 8D 报告"),
    ]
    doc = read(workbook(tmp_path, rows))
    assert doc["kind"] == "complaint"
    assert doc["record"]["customer_request"] == ["replacement"]
