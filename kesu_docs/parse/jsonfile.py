"""JSON sources: one record ``{"kind": "complaint", ...fields}`` or a list of them."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

from ..problems import Bilingual, SourceError
from ..validation import Locations
from .limits import check_json_records
from .results import Extraction


def extract(path: Path, data: bytes, kind: str | None) -> list[Extraction]:
    try:
        # numbers as Decimal: an amount never passes through a float
        payload = json.loads(data.decode("utf-8-sig"), parse_float=Decimal)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise SourceError("invalid_json", reason=str(exc)) from None
    except RecursionError:
        raise SourceError("invalid_json", reason=Bilingual("嵌套层数过多", "nested too deeply")) from None
    except ValueError:  # an integer of thousands of digits
        raise SourceError(
            "invalid_json", reason=Bilingual("数字位数过多", "a number with too many digits")
        ) from None
    items = payload if isinstance(payload, list) else [payload]
    check_json_records(len(items))
    out = []
    for i, item in enumerate(items):
        source = f"{path}#{i + 1}" if isinstance(payload, list) else str(path)
        if not isinstance(item, dict):
            raise SourceError("invalid_json", reason=f"item {i + 1} is not an object")
        values = dict(item)
        # a whole `kesu parse` line is accepted too: take its record
        if isinstance(values.get("record"), dict) and "source" in values:
            values = dict(values["record"], kind=values.get("kind"))
        found_kind = values.pop("kind", None)
        # "#3" style locations let a clerk find the record in a list
        where = f"#{i + 1}" if isinstance(payload, list) else ""
        out.append(Extraction(found_kind, values, Locations({"": where}), source))
    return out
