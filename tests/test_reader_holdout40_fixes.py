"""What the fortieth held-out set showed the reader lacked (issue 10): complaints that travel
through office-collaboration tools, each rule read on forms of our own (values and wording not
the set's).

- **An ``@`` mention is the person's name** (:mod:`kesu_docs.parse.mentions`): ``@李红 @陈刚``
  is two members, ``@周敏`` under 批准 is 周敏 (said).
- **A step table's comment column** (:mod:`kesu_docs.parse.step_table`): an online sheet's
  评论 / Comment beside a step is no part of the step's text.
- **A form tool's numbered question** (``Q3. 不良數量``, ``9、问题描述``) is a label, the
  submission's row under the questions its values; a question's noun after 的 names its field
  (``您的处理要求``).
- **Options joined by a word** (``退货并换货``) are both options.
- **A ticket's log heading** (``Activity``, ``审批记录``) ends the text above it.
- **The form's own approver** (部门负责人, 部门主管确认) before the approval flow's 审批人.
- **A withdrawn or rejected approval** (审批状态 已撤销 / 已驳回) is said.
- **Several submissions in one export** (:mod:`kesu_docs.parse.record_rows`): the first row
  read, never the rows' answers joined, and the count said.

Workbooks built here with openpyxl; the ticket drawn with fpdf2.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from helpers import cjk_pdf, field_codes, read_doc, sheet_from_rows

from kesu_docs.forms.complaint import Request
from kesu_docs.parse.approval_status import ended_approval
from kesu_docs.parse.boxes import Box
from kesu_docs.parse.mentions import mention_alone, mentioned
from kesu_docs.parse.vocab import label_like
from kesu_docs.values import options_of


def _online_8d() -> list[list[Any]]:
    return [
        ["8D跟踪表"],
        ["8D编号", "8D-NB-2607-031", "开立日期", "2026-07-03"],
        ["客户", "宁波拓普集团股份有限公司", "料号", "TP-BRK-220"],
        ["D1 小组成员", "@李红 @陈刚 @吴涛"],
        ["步骤", "内容", "负责人", "完成日期", "状态", "评论"],
        ["D2 问题描述", "支架焊点开裂 18 件。", "@李红", "2026-07-04", "已完成", "@陈刚 附照片"],
        ["D3 临时措施", "在库 900 件全检。", "@陈刚", "2026-07-05", "已完成", "@陈刚 请附检验记录"],
        ["D4 发生原因", "焊接电流偏低。", "@吴涛", "2026-07-08", "已完成", ""],
        ["D5 永久措施", "焊机加装电流监控。", "@李红", "2026-07-12", "已完成", "@吴涛 请附点检表"],
        ["D8 结案日期", "2026-07-30", "", "批准", "@周敏"],
    ]


def test_an_online_sheets_mentions_and_comment_column(tmp_path: Path) -> None:
    doc = read_doc(sheet_from_rows(tmp_path, _online_8d(), "online.xlsx", width=20), "8d")
    record = doc["record"]
    assert [m["name"] for m in record["team"]] == ["李红", "陈刚", "吴涛"]
    assert record["containment"][0]["action"] == "在库 900 件全检。"
    assert record["corrective_actions"][0]["action"] == "焊机加装电流监控。"
    assert record["closure"]["approved_by"] == "周敏"
    assert "name_as_mention" in field_codes(doc, "closure.approved_by")


def test_the_shapes_of_a_mention() -> None:
    assert mentioned("@Ana Ruiz, @Tom Hale") == ["Ana Ruiz", "Tom Hale"]
    assert mentioned("@李红、@陈刚") == ["李红", "陈刚"]
    assert mentioned("ana.ruiz@example.com") is None  # a mail address: no mention
    assert mentioned("请 @李红 确认") is None  # a comment naming someone: no list of people
    assert mention_alone("@周敏") == "周敏"
    assert mention_alone("周敏") is None


def _questionnaire() -> list[list[Any]]:
    return [
        ["序号", "提交答卷时间", "来源", "Q1. 客户名称", "Q2. 客诉日期", "Q3. 不良数量", "Q4. 料号",
         "5、问题描述", "6、您的处理要求", "7、贵司已采取的临时措施", "8、业务负责人"],
        ["1", "2026/7/6 10:12:40", "微信", "苏州恒达精密五金有限公司", "2026-07-06", 85, "HD-PIN-450",
         "销钉长度超差 0.3 mm。", "退货并换货", "不良品已隔离。", "钱志远"],
    ]  # fmt: skip


def test_a_form_tools_export_a_submission_a_row(tmp_path: Path) -> None:
    doc = read_doc(sheet_from_rows(tmp_path, _questionnaire(), "answers.xlsx", width=16), "complaint")
    record = doc["record"]
    assert record["customer"] == "苏州恒达精密五金有限公司"
    assert record["defect_qty"] == 85
    assert record["description"] == "销钉长度超差 0.3 mm。"
    assert record["customer_request"] == ["return", "replacement"]
    assert record["short_term_action"] == "不良品已隔离。"
    assert record["sales_supervisor"] == "钱志远"


def test_options_joined_by_a_word_are_both() -> None:
    split = options_of(Request)
    assert [str(r) for r in split("退货及换货")] == ["退货", "换货"]
    assert split("Return and replacement") == ["Return", "replacement"]
    assert split("退货、折让") == ["退货", "折让"]
    assert split("先退货") == ["先退货"]  # one part naming no option: left as written (then said)


def test_a_tickets_activity_log_ends_its_description(tmp_path: Path) -> None:
    pdf = cjk_pdf()
    pdf.add_page()
    pdf.set_font("cjk", size=10)
    pdf.set_xy(15, 15)
    pdf.cell(80, 8, "Customer complaint ticket")
    fields = [("Complaint No.", "CC-77-0519"), ("Customer", "Lakeshore Pump Works"), ("Defect Qty", "36")]
    for i, (label, value) in enumerate(fields):
        pdf.set_xy(15, 28 + 8 * i)
        pdf.cell(40, 7, label)
        pdf.cell(80, 7, value)
    lines = ["Description", "Impeller hub cracked on 36 pcs at receiving.", "Activity",
             "Ana Ruiz added a comment - 08/Jul/26 9:12 AM", "Photos uploaded."]  # fmt: skip
    for i, line in enumerate(lines):
        pdf.set_xy(15, 60 + 8 * i)
        pdf.cell(150, 7, line)
    path = tmp_path / "ticket.pdf"
    pdf.output(str(path))
    doc = read_doc(path, "complaint")
    assert doc["record"]["description"] == "Impeller hub cracked on 36 pcs at receiving."
    assert label_like("审批记录") and label_like("Work notes")


def _approval_with_flow() -> list[list[Any]]:
    return [
        ["退货申请"],
        ["表单字段", "内容"],
        ["退货单号", "TH-2607-044"],
        ["申请日期", "2026-07-09"],
        ["客户名称", "苏州恒达精密五金有限公司"],
        ["退货原因", "销钉长度超差。"],
        ["部门主管确认", "邵建华"],
        [],
        ["审批流程"],
        ["审批编号", "202607091020000871"],
        ["发起人", "顾晓燕"],
        ["审批状态", "已通过"],
        ["节点", "审批人", "操作", "时间"],
        ["提交", "顾晓燕", "提交", "2026-07-09 10:20"],
        ["部门主管", "邵建华", "同意", "2026-07-09 15:02"],
    ]


def test_the_forms_own_approver_before_the_flows(tmp_path: Path) -> None:
    doc = read_doc(sheet_from_rows(tmp_path, _approval_with_flow(), "approval.xlsx", width=20), "return")
    assert doc["record"]["approved_by"] == "邵建华"


def test_a_withdrawn_approval_is_said(tmp_path: Path) -> None:
    rows = _approval_with_flow()
    rows[11] = ["审批状态", "已撤销"]
    doc = read_doc(sheet_from_rows(tmp_path, rows, "withdrawn.xlsx", width=20), "return")
    assert "approval_ended" in field_codes(doc, "")
    assert ended_approval_in("审批编号：202607091020000871  审批状态：已驳回") == "已驳回"
    assert ended_approval_in("审批状态：已通过") is None


def ended_approval_in(text: str) -> str | None:
    found = ended_approval([Box(text, text, 0, 0, 100, 10, "p1")])
    return found[0] if found else None


def test_a_form_tools_export_of_several_submissions_reads_one_and_says_so(tmp_path: Path) -> None:
    rows = _questionnaire()
    rows.append(["2", "2026/7/7 09:01:10", "微信", "宁波拓普集团股份有限公司", "2026-07-07", 12, "TP-BRK-220",
                 "支架焊点开裂。", "退货", "已隔离。", "钱志远"])  # fmt: skip
    doc = read_doc(sheet_from_rows(tmp_path, rows, "two.xlsx", width=16), "complaint")
    assert "records_in_one_sheet" in field_codes(doc, "")
    assert doc["record"]["customer"] == "苏州恒达精密五金有限公司"
    assert doc["record"]["description"] == "销钉长度超差 0.3 mm。"  # the first row's, never joined
