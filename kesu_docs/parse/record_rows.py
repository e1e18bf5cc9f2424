"""An export holding several records of one form, a record a row under one row of captions:
a system's list (a CRM's tickets, an ERP's orders) or a form tool's export (问卷星, 金數據,
Microsoft Forms: the questions as the captions, one submission a row)::

    工单编号        | 创建时间            | 客户         | 产品编码    | 不良数量 | 问题描述
    CS20260310-0051 | 2026-03-10 09:12:40 | [C0012] 华东… | HD-SPR-0412 | 120      | 弹簧变形。
    CS20260311-0063 | 2026-03-11 15:44:02 | [C0231] 宁波… | SY-RNG-2208 | 64       | 压圈毛刺。

Read as one form, the captions over the column would take the rows below as one value's lines
(the two descriptions joined) or the first row alone with nothing said. The reader reads the first
record only and says the sheet (page) holds N records, one read (``records_in_one_sheet``): never
two records' values merged into one, never the others passed over unsaid.

A row of captions is such a header when it names four fields of the form at least (none a
table's). Either the form's own number is among them and every caption a label: the records are
the rows right under it, each a value under the number's caption — a number of its own, no two
the same, all of one shape (``KS-2609-301``, ``KS-2609-302``). Or no number is named (a form
tool numbers its rows 1, 2, 3, or not at all): then the captions naming the form's fields are
most of the row (``序号 | 提交答卷时间 | 来源`` beside them), and the sheet holds nothing but the
captions (a title above them at most) and the rows under them. Each record fills most of the
captions' columns, no label among them. A lines table (``批号 | 发货数量 | 不良数量``) inside a
form names no document number and has the form around it: never one.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..forms import FormSpec
from ..problems import Problem
from .boxes import Box
from .vocab import known_label, vocabulary

# this module's codes in the message catalogue (problems.py reads them on first look-up)
MESSAGES: dict[str, tuple[str, str]] = {
    "records_in_one_sheet": (
        "这张表（页）在一行标题下有 {count} 条记录（{numbers}），是系统或表单工具导出的清单，不是一份表单：只读取了第一条"
        "（{first}），其余 {rest} 条未读取；请把每条记录分别作为一份表单提交",
        "The sheet (page) holds {count} records under one row of captions ({numbers}), a list "
        "exported by a system or a form tool rather than one form: only the first ({first}) was read, the other {rest} were not; "
        "submit each record as a form of its own",
    ),
}

_NUMBER = "number"  # the field every form numbers its document by
_LEAST_CAPTIONS = 4  # the number's caption and three others: a record's header, not a pair of labels
_CAPTION_SCORE = 0.6  # a caption naming a field, as surely as a label over its value is taken


def _bands(boxes: Sequence[Box]) -> list[list[Box]]:
    """The filled boxes by printed row, top to bottom, each row left to right."""
    rows: list[list[Box]] = []
    for box in sorted((b for b in boxes if not b.empty), key=lambda b: (b.y0, b.x0)):
        if rows and box.same_band(rows[-1][0]):
            rows[-1].append(box)
        else:
            rows.append([box])
    return [sorted(row, key=lambda b: b.x0) for row in rows]


def _captions(band: list[Box], spec: FormSpec) -> dict[str, Box] | None:
    """The fields a row of captions names (field → its caption), four at least, none a table's:
    every box of the row such a caption, the number's among them; or, the number not named, the
    captions most of a row of texts (the others a form tool's own: 序号, 提交答卷时间)."""
    vocab = vocabulary(spec)
    named: dict[str, Box] = {}
    for box in band:
        if not isinstance(box.value, str):
            return None  # a figure or a date: a value, no caption
        hit = vocab.match(box.text)
        if hit is None or hit[1] < _CAPTION_SCORE:
            continue
        top = hit[0].split(".", 1)[0].split("[", 1)[0]
        meta = spec.fields.get(top)
        if meta is None or meta.kind == "table" or hit[0] in named:
            return None
        named[hit[0]] = box
    if len(named) < _LEAST_CAPTIONS:
        return None
    if _NUMBER in named:
        return named if len(named) == len(band) else None
    return named if 2 * len(named) > len(band) else None


def _under(caption: Box, band: list[Box]) -> Box | None:
    return next((b for b in band if b.overlaps_x(caption.x0, caption.x1)), None)


def _records(
    header: dict[str, Box], heads: list[Box], rows: list[list[Box]], spec: FormSpec
) -> list[list[Box]]:
    """The rows right under the header that are records: each a number of its own under the
    number's caption (when the header names it), every box under a caption of the header's row
    (``heads``), most of the fields' captions filled, no label among them."""
    vocab = vocabulary(spec)
    captions = list(header.values())
    found: list[list[Box]] = []
    numbers: set[str] = set()
    shape = None
    for band in rows:
        if _NUMBER in header:
            number = _under(header[_NUMBER], band)
            if number is None or number.text.strip() in numbers:
                break
            if shape is not None and _shape(number.text) != shape:
                break  # RT-2609-0112 over 項次, 1, 2: a lines table's numbers, no second record's
            shape = _shape(number.text)
            numbers.add(number.text.strip())
        if not all(any(b.overlaps_x(c.x0, c.x1) for c in heads) for b in band):
            break
        if 2 * sum(1 for c in captions if _under(c, band) is not None) < len(captions):
            break  # a record fills most of the captions' columns
        if any(isinstance(b.value, str) and known_label(b.text) for b in band):
            break
        if any(
            (hit := vocab.match(b.text)) is not None and hit[1] >= 0.85
            for b in band
            if isinstance(b.value, str)
        ):
            break
        found.append(band)
    return found


def _the_whole_sheet(rows: list[list[Box]], header: int, records: int) -> bool:
    """Does the sheet (page) hold nothing but the captions' row, a title above it at most, and
    the records under it? A form tool's export is its list and nothing else; a form's lines sit
    among the form's other labels."""
    above = rows[:header]
    return len(above) <= 1 and all(len(r) == 1 for r in above) and header + 1 + records == len(rows)


def _record_name(header: dict[str, Box], record: list[Box]) -> str:
    """What the warning names a record by: its number, or where its row begins."""
    number = _under(header[_NUMBER], record) if _NUMBER in header else None
    return number.text.strip() if number is not None else record[0].location


def _shape(text: str) -> str:
    """A number's shape: its letters A, its figures 9, the rest as written (``CS20260310-0051`` →
    ``AA99999999-9999``): a system numbers its records alike."""
    return "".join("9" if c.isdigit() else "A" if c.isalpha() else c for c in text.strip())


def first_record(boxes: Sequence[Box], spec: FormSpec) -> tuple[list[Box], list[Problem]]:
    """The boxes with every record but the first of a list of records left out, and the warning
    saying how many there were; the boxes unchanged and no warning when they hold no such list."""
    rows = _bands(boxes)
    for i, band in enumerate(rows):
        header = _captions(band, spec)
        if header is None:
            continue
        records = _records(header, band, rows[i + 1 :], spec)
        if len(records) < 2 or (_NUMBER not in header and not _the_whole_sheet(rows, i, len(records))):
            continue
        shown = [_record_name(header, r) for r in records]
        params: dict[str, Any] = {
            "count": len(records),
            "numbers": shown[:5] + (["…"] if len(shown) > 5 else []),
            "first": shown[0],
            "rest": len(records) - 1,
        }
        dropped = {id(b) for r in records[1:] for b in r}
        problem = Problem(
            "records_in_one_sheet", location=records[1][0].location, severity="warning", params=params
        )
        return [b for b in boxes if id(b) not in dropped], [problem]
    return list(boxes), []
