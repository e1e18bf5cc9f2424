"""Follow-up inquiry 洽办单 — kind ``followup``, form QR-047-07 rev A1 **(decision)**, 2 copies (DOMAIN §1 step 8).

After closure, a case closed past its deadline gets a follow-up inquiry asking the unit that
held it why, and what it changes. ``kesu overdue`` fills one for each case closed late in the
month asked.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..problems import register_messages
from ..terms import Market
from ..values import Code, Date, Qty, Text
from .base import Finding, Form, FormSpec, RuleContext, copies, error, field, reference, required

register_messages(
    {
        "followup_not_late": (
            "结案日期（{closed}）未晚于应结案日（{due}），无须洽办",
            "Closed on {closed}, not after the due date {due}: no follow-up is needed",
        ),
    }
)


class FollowUp(Form):
    """洽办单: why a case closed late, asked of the unit that held it."""

    number: Code | None = field(
        "洽办单号", "Inquiry no.", aliases=("编号", "No."), section="case", hint="由登记簿编号，可留空"
    )
    issue_date: Date = required("洽办日期", "Inquiry date", aliases=("日期",), section="case")
    complaint_number: Code = required("客诉编号", "Complaint no.", aliases=("客户抱怨编号",), section="case")
    customer: Text = required("客户名称", "Customer", aliases=("客户",), section="case")
    market: Market | None = field("内外销", "Market", section="case")
    part_no: Code | None = field("料号/型号", "Part no.", aliases=("料号",), section="case")
    received_date: Date | None = field("受理日期", "Received date", section="case")
    responsible_unit: Text | None = field("责任单位", "Responsible unit", section="case")
    due_date: Date = required("应结案日", "Due date", aliases=("结案期限",), section="late")
    closed_date: Date = required("结案日期", "Closed date", section="late")
    days_late: Qty = required("逾期天数", "Days late", section="late", ge=0)
    addressed_to: Text = required("受洽办单位", "Addressed to", aliases=("洽办单位",), section="late")
    question: Text = required("洽办事项", "Question", section="late", long=True)
    reason: Text | None = field("逾期原因", "Reason", section="reply", long=True)
    improvement: Text | None = field(
        "改善措施", "Improvement", aliases=("改善对策",), section="reply", long=True
    )
    reply_date: Date | None = field("回复日期", "Replied on", section="reply")
    issuer: Text | None = field("洽办人", "Issued by", aliases=("经办人",), section="reply")

    def rules(self, ctx: RuleContext) -> Iterator[Finding]:
        if self.closed_date and self.due_date and self.closed_date <= self.due_date:
            yield error("followup_not_late", "closed_date", closed=self.closed_date, due=self.due_date)
        yield from reference(ctx, "complaint_number", "complaint", self.complaint_number)


SPEC = FormSpec(
    kind="followup",
    code="QR-047-07",
    revision="A1",
    title_zh="客诉逾期结案洽办单",
    title_en="Late Closure Follow-up Inquiry",
    title_aliases=("洽办单",),
    model=FollowUp,
    copies=copies("受洽办单位存", "总经理室存"),
    date_field="issue_date",
    numbering="QB{date:%Y%m}{serial:0{width}d}",
    template="followup.docx",
    marks=("内部文件 不得影印送客户",),
    sections=(
        ("case", "案件", "Case"),
        ("late", "逾期结案", "Late closure"),
        ("reply", "回复", "Reply"),
    ),
)
