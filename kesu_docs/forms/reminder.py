"""Reminder 催办单 — kind ``reminder``, form QR-047-06 rev A1 **(decision)**, 2 copies (DOMAIN §1 step 8).

During processing, an open case past its closure deadline or its stage's deadline gets a
reminder, addressed to the unit that holds the case at that stage. ``kesu overdue`` fills it
from the register; the unit writes its reply on the form.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..case import Stage
from ..problems import register_messages
from ..terms import Market
from ..values import Code, Date, Qty, Term, Text
from .base import Finding, Form, FormSpec, RuleContext, copies, error, field, reference, required

register_messages(
    {
        "reminder_not_overdue": (
            "应完成日期（{due}）不早于催办日期（{issued}），案件尚未逾期",
            "The due date ({due}) is not before the reminder's date ({issued}): the case is not overdue",
        ),
    }
)


class OverdueOn(Term):
    """Which deadline the case missed: its stage's, or the case's closure deadline."""

    STAGE = "stage", "阶段期限"
    CLOSURE = "closure", "结案期限"


class Reminder(Form):
    """催办单: a reminder to the unit holding an overdue case."""

    number: Code | None = field(
        "催办单号", "Reminder no.", aliases=("编号", "No."), section="case", hint="由登记簿编号，可留空"
    )
    issue_date: Date = required("催办日期", "Reminder date", aliases=("日期",), section="case")
    complaint_number: Code = required("客诉编号", "Complaint no.", aliases=("客户抱怨编号",), section="case")
    customer: Text = required("客户名称", "Customer", aliases=("客户",), section="case")
    market: Market | None = field("内外销", "Market", section="case")
    part_no: Code | None = field("料号/型号", "Part no.", aliases=("料号",), section="case")
    received_date: Date | None = field("受理日期", "Received date", section="case")
    case_due_date: Date | None = field("应结案日", "Case due date", aliases=("结案期限",), section="case")
    stage: Stage = required("目前阶段", "Stage", aliases=("阶段",), section="overdue")
    addressed_to: Text = required(
        "受催办单位", "Addressed to", aliases=("催办单位", "受文单位"), section="overdue"
    )
    overdue_on: OverdueOn = required("逾期项目", "Deadline missed", section="overdue")
    due_date: Date = required("应完成日期", "Due date", aliases=("期限",), section="overdue")
    days_overdue: Qty = required("逾期天数", "Days overdue", section="overdue", ge=0)
    request: Text = required("催办事项", "Request", section="overdue", long=True)
    reply: Text | None = field("回复说明", "Reply", aliases=("处理情形",), section="reply", long=True)
    reply_due: Date | None = field("回复期限", "Reply by", section="reply")
    reply_date: Date | None = field("回复日期", "Replied on", section="reply")
    issuer: Text | None = field("催办人", "Issued by", aliases=("经办人",), section="reply")

    def rules(self, ctx: RuleContext) -> Iterator[Finding]:
        if self.due_date and self.issue_date and self.due_date >= self.issue_date:
            yield error("reminder_not_overdue", "due_date", due=self.due_date, issued=self.issue_date)
        yield from reference(ctx, "complaint_number", "complaint", self.complaint_number)


SPEC = FormSpec(
    kind="reminder",
    code="QR-047-06",
    revision="A1",
    title_zh="客诉案件催办单",
    title_en="Overdue Case Reminder",
    title_aliases=("催办单",),
    model=Reminder,
    copies=copies("受催办单位存", "总经理室存"),
    date_field="issue_date",
    numbering="CB{date:%Y%m}{serial:0{width}d}",
    template="reminder.docx",
    marks=("内部文件 不得影印送客户",),
    sections=(
        ("case", "案件", "Case"),
        ("overdue", "逾期与催办", "Overdue"),
        ("reply", "回复", "Reply"),
    ),
)
