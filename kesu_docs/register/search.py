"""What the register searches on: the columns derived from a record (order and lot no., the
case a follow-up belongs to, every text folded) and the folding itself.

Both the issuing of a new document and the schema migration that fills these columns for
older registers derive them here, so the two never differ.
"""

from __future__ import annotations

from typing import Any

from ..values import halfwidth


def text_value(value: Any) -> str | None:
    """A value as the register's own columns hold it: a term by its key, None for None."""
    return None if value is None else str(getattr(value, "value", value))


def fold(text: Any) -> str:
    """Text as searched and compared: half-width, lower case, runs of spaces as one."""
    return " ".join(halfwidth(str(text)).lower().split())


def _gather(value: Any, out: list[str]) -> None:
    """Every string inside ``value`` (a dict or list, nested), in order, appended to ``out``."""
    for item in value.values() if isinstance(value, dict) else value:
        if isinstance(item, str):
            out.append(item)
        elif isinstance(item, (dict, list)):
            _gather(item, out)


def search_columns(kind: str, payload: dict[str, Any]) -> dict[str, Any]:
    """Order and lot no., the case a follow-up belongs to, and every text of the record folded for search."""
    texts = [str(payload.get("number") or "")]
    _gather({k: v for k, v in payload.items() if k != "number"}, texts)
    return {
        "order_no": text_value(payload.get("order_no")) or None,
        "lot_no": text_value(payload.get("lot_no")) or None,
        "case_number": text_value(payload.get("complaint_number")) or None,
        "search_text": fold("\n".join(t for t in texts if t)),
    }
