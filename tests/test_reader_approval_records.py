"""Complaints filed as approval records (holdout15 pattern 5): a DingTalk (钉钉) export, one header
row and one row per approval; a WeChat Work (企业微信) record, its fields then 审批流程.

- ``审批编号`` is the complaint's number, ``发起时间`` / ``提交时间`` (a date-time) its received date,
  ``发起人`` / ``发起人姓名`` / ``申请人`` its reporter; the export's own columns (审批状态, 完成时间,
  历史审批人姓名 …) are no field. With those labels the kind is recognised without ``--kind``.
- A decided step of 审批流程 (``业务主管 冯建华 已同意 2026-05-06 15:10``, the spaces lost in a print)
  names its role's person: 业务主管 is the sales supervisor; a step still pending (``审批中``) or
  rejected names no one.

Our own forms, worded and laid out otherwise than the held-out ones.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers import approval_flow_pdf, parse_cli

CJK = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")  # .ci/run installs fonts-noto-cjk


def _doc(path: Path, *args: str) -> dict[str, Any]:
    code, docs = parse_cli(path, *args)
    assert docs, f"kesu parse gave nothing (exit {code})"
    return docs[0]


def _on(doc: dict[str, Any], field: str) -> list[str]:
    return [p["code"] for p in doc["errors"] + doc["warnings"] if p["field"] == field]


def _workbook(path: Path, rows: list[tuple[Any, ...]], title: str = "审批数据", header: bool = False) -> Path:
    """``rows`` on a sheet; ``header``: the first row styled as an export's header (bold, shaded)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill

    wb = Workbook()
    ws = wb.active
    ws.title = title
    for row in rows:
        ws.append(row)
    for cell in ws[1] if header else ():
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="FFE2EFDA")
    wb.save(path)
    return path


def test_a_dingtalk_export_row_is_a_complaint_with_its_number_date_and_reporter(tmp_path):
    header = (
        "审批编号", "标题", "审批状态", "发起时间", "完成时间", "发起人", "发起人部门", "当前处理人",
        "客户名称", "订单编号", "料号", "品名", "交货数量", "不良数量", "问题描述", "审批记录",
    )  # fmt: skip
    row = (
        "202605060845000772914", "贺志远提交的客诉处理", "审批中", "2026-05-06 08:45:10", None, "贺志远",
        "国内业务部", "钟秀兰", "宁德时代新能源科技股份有限公司", "PO-CATL-5521", "NX-PLT-0931",
        "极耳连接片", "12000", "48", "连接片毛刺超标，焊接后短路 48 件。", "贺志远 发起审批 2026-05-06 08:45",
    )  # fmt: skip
    doc = _doc(_workbook(tmp_path / "钉钉导出.xlsx", [header, row], header=True))
    assert doc["kind"] == "complaint"
    record = doc["record"]
    assert record["number"] == "202605060845000772914"
    assert record["received_date"] == "2026-05-06"
    assert record["reporter"] == "贺志远"
    assert record["customer"] == "宁德时代新能源科技股份有限公司"
    assert record["defect_qty"] == 48
    assert record["description"] == "连接片毛刺超标，焊接后短路 48 件。"
    assert record["closed_date"] is None  # 完成时间 is the approval's end, empty here: no field of ours


def test_a_wechat_work_record_reads_its_applicant_time_and_the_supervisor_who_agreed(tmp_path):
    rows = [
        ("客户投诉登记", None),
        ("审批编号", "202605111520000093"),
        ("申请人", "潘雨婷"),
        ("所属部门", "华东销售部"),
        ("提交时间", "2026-05-11 15:20"),
        ("客户名称", "青岛海尔智家股份有限公司"),
        ("订单号", "HR-PO-77310"),
        ("产品编号", "HE-HNG-4410"),
        ("出货日期", "2026-04-28"),
        ("出货数量", "6000"),
        ("不良数量", "90"),
        ("问题描述", "铰链异响，整机测试不合格 90 台。"),
        ("审批流程", None),
        ("潘雨婷 发起申请 2026-05-11 15:20", None),
        ("业务主管 冯建华 已同意 2026-05-11 17:42", None),
        ("品质经理 韩梅 审批中", None),
    ]
    doc = _doc(_workbook(tmp_path / "企业微信审批.xlsx", rows))
    assert doc["kind"] == "complaint"
    record = doc["record"]
    assert record["number"] == "202605111520000093"
    assert record["reporter"] == "潘雨婷"
    assert record["received_date"] == "2026-05-11"
    assert record["sales_supervisor"] == "冯建华"
    # the QA manager has not decided yet: no one approved
    assert record["approver"] is None and "韩梅" not in str(record)


@pytest.mark.parametrize(("step", "supervisor"), [("已同意", "冯建华"), ("已驳回", None)])
def test_an_approval_flow_printed_without_spaces_names_the_supervisor_who_agreed(tmp_path, step, supervisor):
    """A print drops the spaces between Chinese words: ``业务主管冯建华已同意``; the role still
    labels the name, when the step agreed."""
    if not CJK.exists():
        pytest.skip("fonts-noto-cjk is not installed (.ci/run installs it)")
    pairs = (
        ("审批编号", "202605111520000093"),
        ("申请人", "潘雨婷"),
        ("提交时间", "2026-05-11 15:20"),
        ("客户名称", "青岛海尔智家股份有限公司"),
        ("订单号", "HR-PO-77310"),
        ("产品编号", "HE-HNG-4410"),
        ("出货日期", "2026-04-28"),
        ("出货数量", "6000"),
        ("不良数量", "90"),
        ("问题描述", "铰链异响，整机测试不合格 90 台。"),
    )
    path = approval_flow_pdf(
        tmp_path / "approval.pdf",
        CJK,
        pairs,
        [(f"业务主管冯建华{step}", "2026-05-11 17:42"), ("品质经理韩梅审批中", "")],
    )
    record = _doc(path)["record"]
    assert record["reporter"] == "潘雨婷"
    assert record["received_date"] == "2026-05-11"
    assert record["sales_supervisor"] == supervisor
    assert record["approver"] is None
