"""What the thirty-fifth held-out set showed the reader lacked (issue 10), each rule read on forms
of our own (values and wording not the set's).

- **A month word with an apostrophe between its letters** (the CLDR's Kalenjin ``Ng’eiyeet``,
  Dholuo ``Dwe mar Ang’wen``: typed ``'``, ``’`` or ``ʼ``) is one month word, alone or as the last
  of several words; an apostrophe after the word's last letter is none of it.
- **A count followed by a reference mark** (``※``, ``§``, ``‡``: a footnote's call) reads the count,
  the mark said (``value_with_footnote``).

Workbooks built here with openpyxl.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers import field_codes, read_doc, sheet_from_rows


def _complaint(received: Any = "2026-05-12", defects: Any = 36) -> list[list[Any]]:
    return [
        ["客户投诉单"],
        ["投诉单号", "TS-WX-2606-021", "接收日期", received],
        ["客户名称", "无锡华润微电子有限公司", "订单号", "HR-PO-2606-118"],
        ["料号", "WX-SNS-4410"],
        ["不良数量", defects, "交货数量", 5000],
        ["不良描述", "外壳卡扣开裂。"],
    ]


# ------------------------------------------------------------ dates: an apostrophe in the month
@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("14 Ng'eiyeet 2026", "2026-07-14"),  # Kalenjin July, typed with '
        ("14 Ng’eiyeet 2026", "2026-07-14"),  # … with ’ (the CLDR's own)
        ("3 Kipsuunde nebo aengʼ 2026", "2026-12-03"),  # Kalenjin December: three words, ʼ last but one
        ("9 Dwe mar Ang'wen 2026", "2026-04-09"),  # Dholuo April: the apostrophe in its last word
    ],
)
def test_a_month_word_with_an_apostrophe_inside(text: str, date: str) -> None:
    from kesu_docs.values import _as_date, date_in_doubt

    assert str(_as_date(text)) == date
    assert date_in_doubt(text) is None


@pytest.mark.parametrize("text", ["5 Mar' 2026", "5 O'Brien 2026", "5 Ng'' 2026"])
def test_no_month_from_an_apostrophe_word_no_language_has(text: str) -> None:
    from kesu_docs.values import _as_date

    assert _as_date(text) is None


def test_an_apostrophe_month_on_a_workbook(tmp_path: Path) -> None:
    book = sheet_from_rows(tmp_path, _complaint(received="14 Ng’eiyeet 2026"), "kln.xlsx", width=18)
    doc = read_doc(book, "complaint")
    assert doc["record"]["received_date"] == "2026-07-14"
    assert not field_codes(doc, "received_date")


# ------------------------------------------------------------------ a count with a reference mark
@pytest.mark.parametrize("typed", ["72※", "72 ※", "72§", "72‡", "72¹"])
def test_a_count_with_a_reference_mark_reads_the_count(tmp_path: Path, typed: str) -> None:
    book = sheet_from_rows(tmp_path, _complaint(defects=typed), "mark.xlsx", width=18)
    doc = read_doc(book, "complaint")
    assert doc["record"]["defect_qty"] == 72
    assert "value_with_footnote" in field_codes(doc, "defect_qty")


def test_a_mark_before_the_count_or_alone_is_no_footnote() -> None:
    from kesu_docs import forms
    from kesu_docs.parse.typed import footnote_marked

    meta = forms.get("complaint").fields["defect_qty"]
    assert footnote_marked(meta, "※72") is None
    assert footnote_marked(meta, "※") is None
    assert footnote_marked(meta, "72※※※") is None  # (three marks: no call of one note)
