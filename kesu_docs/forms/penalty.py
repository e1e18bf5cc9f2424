"""Penalty notice 奖罚通知单 — kind ``penalty``, form QR-047-08 rev A1 **(decision)**, 3 copies (DOMAIN §1 step 10, §3).

Issued from a closed case whose responsibility calls for a penalty: one notice per penalised
unit or person, listing what the case's penalties name for it. Copies: the issuer keeps one,
accounting checks one (the bonus deduction), the penalised unit receives one.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from ..config import Settings
from ..problems import register_messages
from ..terms import CauseCategory, PenaltyKind, ResponsibilityCode
from ..values import Code, Date, Money, Text
from .base import Finding, Form, FormSpec, Row, RuleContext, copies, error, field, reference, required

register_messages(
    {
        "penalty_total_mismatch": (
            "罚款合计 {stated} 与明细合计 {expected} 不符",
            "Total {stated} does not match the sum of the lines, {expected}",
        ),
    }
)


class PenaltyItem(Row):
    """One penalty on the notice: the code it follows from, its kind and amount."""

    code: ResponsibilityCode | None = field("责任代码", "Code", aliases=("代码",))
    kind: PenaltyKind | None = required("处分", "Penalty", aliases=("处分类别",))
    amount: Money | None = field("金额", "Amount", aliases=("罚款金额",), ge=0)
    basis: Text | None = field("说明", "Basis", aliases=("依据",))


class PenaltyNotice(Form):
    """奖罚通知单: the penalties a closed case lays on one unit or person."""

    number: Code | None = field(
        "通知单号", "Notice no.", aliases=("编号", "No."), section="case", hint="由登记簿编号，可留空"
    )
    issue_date: Date = required("通知日期", "Notice date", aliases=("日期",), section="case")
    complaint_number: Code = required("客诉编号", "Complaint no.", aliases=("客户抱怨编号",), section="case")
    customer: Text | None = field("客户名称", "Customer", aliases=("客户",), section="case")
    part_no: Code | None = field("料号/型号", "Part no.", aliases=("料号",), section="case")
    closed_date: Date | None = field("结案日期", "Closed date", section="case")
    cause_category: CauseCategory | None = field("原因类别", "Cause category", section="case")
    responsible_unit: Text | None = field("责任单位", "Responsible unit", section="case")
    root_cause: Text | None = field("原因分析", "Root cause", section="case", long=True)
    target: Text = required(
        "受罚单位/人员", "Penalised unit or person", aliases=("受罚对象", "罚扣部门"), section="penalty"
    )
    items: list[PenaltyItem] = required("奖罚明细", "Penalties", section="penalty", rows=3, min_length=1)
    total_amount: Money | None = field("罚款合计", "Total", section="penalty", ge=0, hint="可留空，自动计算")
    bonus_note: Text | None = field("绩效奖金", "Performance bonus", section="penalty")
    issuer: Text | None = field("发出单位", "Issued by", aliases=("开单单位",), section="penalty")

    def lines_total(self) -> Decimal:
        return sum((item.amount or Decimal(0) for item in self.items or []), Decimal("0.00"))

    def complete(self, settings: Settings) -> None:
        if self.total_amount is None:
            self.total_amount = self.lines_total()
        if self.bonus_note is None and any(i.kind == PenaltyKind.MAJOR_DEMERIT for i in self.items or []):
            self.bonus_note = "大过以上：扣除当月全部绩效奖金"

    def rules(self, ctx: RuleContext) -> Iterator[Finding]:
        if self.total_amount is not None and self.total_amount != self.lines_total():
            yield error(
                "penalty_total_mismatch",
                "total_amount",
                stated=self.total_amount,
                expected=self.lines_total(),
            )
        yield from reference(ctx, "complaint_number", "complaint", self.complaint_number)


SPEC = FormSpec(
    kind="penalty",
    code="QR-047-08",
    revision="A1",
    title_zh="奖罚通知单",
    title_en="Reward and Penalty Notice",
    title_aliases=("奖惩通知单",),
    model=PenaltyNotice,
    copies=copies("自存", "会计单位查核", "罚扣部门"),
    date_field="issue_date",
    numbering="JF{date:%Y%m}{serial:0{width}d}",
    template="penalty.docx",
    sections=(
        ("case", "案件", "Case"),
        ("penalty", "奖罚", "Penalties"),
    ),
)
