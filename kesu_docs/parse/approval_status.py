"""An approval's own status printed with the form (钉钉 / 企业微信 / 飞书 / Lark: ``审批状态：已撤销``,
``Status | Rejected``): an approval withdrawn or rejected agreed to nothing — the form read is
no request granted, and the clerk must be told (issue 10: no silent misreads)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..lazy_re import lazy_re
from ..values import halfwidth
from .vocab import folded

# the label of an approval's status (folded: 審批狀態 reads 审批状态)
_STATUS_LABEL = r"(?:审批状态|审批结果|审核状态|流程状态|approval status|status)"
# the statuses of an approval that ended without agreeing
_ENDED = r"(?:已撤销|已撤回|已拒绝|已驳回|已作废|被驳回|withdrawn|rejected|recalled|revoked|declined)"
_IN_ONE = lazy_re(rf"(?i)(?:^|\s){_STATUS_LABEL}\s*[:：]?\s*({_ENDED})(?![A-Za-z])")
_LABEL_ALONE = lazy_re(rf"(?i)^\s*{_STATUS_LABEL}\s*[:：]?\s*$")
_ENDED_ALONE = lazy_re(rf"(?i)^\s*({_ENDED})\s*$")


def _text(box: Any) -> str:
    return folded(halfwidth(str(box.value))) if isinstance(box.value, str) else ""


def ended_approval(boxes: Sequence[Any]) -> tuple[str, str] | None:
    """(the status as printed, where) when the form's approval status says it was withdrawn or
    rejected — in one box (``审批状态：已撤销``) or in the box right of the status's label;
    None otherwise."""
    for box in boxes:
        text = _text(box)
        if not text:
            continue
        if (m := _IN_ONE.search(text)) is not None:
            return m[1], box.location
        if _LABEL_ALONE.match(text):
            right = sorted(
                (
                    b
                    for b in boxes
                    if b is not box and b.same_band(box) and b.x0 >= box.x1 - 1e-6 and _text(b)
                ),
                key=lambda b: b.x0,
            )
            if right and (m := _ENDED_ALONE.match(_text(right[0]))) is not None:
                return str(right[0].value).strip(), right[0].location
    return None
