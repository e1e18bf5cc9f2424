"""A complaint's disposition read from a form that holds no customer request: it may be the customer's request.

Our complaint sheet (QR-047-01) holds both what the customer asks (客户要求) and what we decide (处理方式). A
customer's own paper sent to its supplier or subcontractor — a 外协质量问题通知单, a 来料检验不合格通知单, a
委外加工異常通知單, a nonconformance report — holds one of them only, under a word our sheet uses for the decision
(处理意见, 處置方式, 处理决定, Disposition): there it is what the customer asks of us. Read as our disposition it
would stand in the wrong field with nothing said, the customer's request left empty. So a disposition read where
the form holds no customer request is kept and said (``disposition_without_request``): whose it is, the clerk
decides; a form holding both says nothing.
"""

from __future__ import annotations

from typing import Any

from ..forms import FormSpec
from ..problems import Problem
from ..validation import labels_for

MESSAGES = {
    "disposition_without_request": (
        "表上没有客户要求：{label}读到的“{value}”若是客户来单（通知单、不合格报告）上的处理意见，"
        "就是客户的要求而不是本公司的处理决定；请核对",
        "The form holds no customer request: '{value_en}' read as the {label}, where it stands on the customer's own"
        " notice or nonconformance report, is what the customer asks, not our decision; please check",
    ),
}


def disposition_without_request(spec: FormSpec, record: Any, where: Any) -> list[Problem]:
    """The warning on a form of ``spec`` whose record holds a disposition and no customer request (both
    fields of the form): the disposition may be the customer's request (``where``: the fields' locations)."""
    if "disposition" not in spec.fields or "customer_request" not in spec.fields:
        return []
    decided = getattr(record, "disposition", None)
    if not decided or getattr(record, "customer_request", None):
        return []
    zh, en = labels_for(spec, "disposition")
    params = {
        "value": "、".join(str(getattr(d, "zh", d)) for d in decided),
        "value_en": ", ".join(str(getattr(d, "en", d)) for d in decided),
    }
    return [
        Problem(
            "disposition_without_request",
            "disposition",
            zh,
            en,
            where.get("disposition", ""),
            "warning",
            params,
        )
    ]
