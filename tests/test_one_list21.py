"""One list, one table, one helper (dev21-clean): what was typed twice is typed once.

- an English form's credit (note) words (``terms.CREDIT_NOTE_WORDS``): the allowance a customer
  asks for (Request) or is given (Disposition) and a return note's credit handling;
- a layout profile's page of a box or of a location (``profile._page_no``), one helper;
- a layout profile's 5-Why table, looked at once (``cause_grids.why_grid``): its questions and
  its last answered why, which the profile asked the table for in two scans;
- a layout profile's workbook opened for its styles and date formats (``profile._workbook``);
- the page of a print's location (``boxes.page_number``): the PDF reader's, the struck words'
  and the table lines' (``table_lines.printed_page``) one reading.
"""

from __future__ import annotations

import datetime as dt
import io

import pytest
from openpyxl import Workbook
from openpyxl.styles import Font

from kesu_docs import terms
from kesu_docs.forms.return_note import ReturnHandling
from kesu_docs.parse import cause_grids, pdf, pdf_strike, profile, table_lines
from kesu_docs.parse.boxes import Box, page_number
from kesu_docs.values import halfwidth


def _folded(word: str) -> str:
    return "".join(halfwidth(word).split()).lower()


@pytest.mark.parametrize("term", [terms.Request, terms.Disposition])
def test_credit_note_words_are_one_list(term):
    """The allowance's English words are the credit-note words, the same in a request and in a
    disposition (and found there: ``Credit memo`` is an allowance asked for)."""
    words = term.ALLOWANCE.words
    assert [_folded(w) for w in terms.CREDIT_NOTE_WORDS] == list(words[: len(terms.CREDIT_NOTE_WORDS)])
    assert term.ALLOWANCE.words == (terms.Request.ALLOWANCE.words if term is terms.Disposition else words)
    for word in (*terms.CREDIT_NOTE_WORDS, "CREDIT NOTE", "credit  memo"):
        assert term.lookup(word) is term.ALLOWANCE, word


def test_a_return_notes_credit_takes_every_credit_word():
    """A return note's credit handling: the credit words (the credit-note words among them) and
    the foreign allowance words."""
    words = ReturnHandling.CREDIT.words
    for word in (*terms.CREDIT_WORDS, *terms.ALLOWANCE_WORDS):
        assert _folded(word) in words, word
    assert set(map(_folded, terms.CREDIT_NOTE_WORDS)) <= set(map(_folded, terms.CREDIT_WORDS))
    assert ReturnHandling.lookup("Credit memo") is ReturnHandling.CREDIT


def test_a_page_of_a_box_or_of_a_location():
    box = profile.Box("客户", "客户", 0, 0, 10, 10, "p3#12")
    assert profile._page_no(box) == 3 == profile._page_no("p3") == profile._page_no("p3#12", 1)
    cell = profile.Box("客户", "客户", 0, 0, 10, 10, "Sheet1!B3")
    assert profile._page_no(cell) == 0 and profile._page_no("Sheet1!B3", 1) == 1
    # a sheet whose name starts like a page's is no page: the one reading of a location
    assert profile._page_no(profile.Box("客户", "客户", 0, 0, 10, 10, "p2data!B3")) == 0
    assert profile._page_no("p12x#3", 1) == 1


def _why_rows(answers: list[str]) -> list[Box]:
    """A 5-Why table as a page's boxes: 层级 | 为什么？ | 回答 over Why 1 … Why 5."""
    boxes = [
        Box(t, t, x, 0, x + 100, 10, f"p1#{k}")
        for k, (t, x) in enumerate((("层级", 0), ("为什么？", 100), ("回答", 200)))
    ]
    for n in range(1, 6):
        y = 10 * n
        boxes.append(Box(f"Why {n}", f"Why {n}", 0, y, 100, y + 10, f"p1#w{n}"))
        boxes.append(Box(f"为什么{n}？", f"为什么{n}？", 100, y, 200, y + 10, f"p1#q{n}"))
        if n <= len(answers):
            boxes.append(Box(answers[n - 1], answers[n - 1], 200, y, 300, y + 10, f"p1#a{n}"))
    return boxes


@pytest.mark.parametrize("answered", [1, 3, 5])
def test_a_why_table_looked_at_once_is_what_each_look_found(answered):
    answers = ["定位销松动。", "未涂螺纹胶。", "作业指导书漏列。", "标准未更新。", "移交清单无此项。"][
        :answered
    ]
    boxes = _why_rows(answers)
    words, last = cause_grids.why_grid(boxes)
    assert last == cause_grids.last_why(boxes)
    assert last is not None and last[0].text == answers[-1] and last[1].text == f"Why {answered}"
    assert {b.text for b in words} == {f"为什么{n}？" for n in range(1, 6)} | set(answers)
    assert not any(b.text.startswith("Why") for b in words)  # the Why n labels are the layout's
    assert cause_grids.why_grid([b for b in boxes if not b.text.startswith("Why")]) == ([], None)


def test_a_profiles_workbook_is_opened_by_one_helper():
    wb = Workbook()
    ws = wb.active
    ws.title = "投诉"
    ws["A1"], ws["B1"] = "客户名称", "华为"
    ws["A1"].font = Font(bold=True)
    ws["A2"], ws["B2"] = "投诉日期", dt.date(2026, 3, 12)
    ws["B2"].number_format = "dd/mm/yyyy"
    data = io.BytesIO()
    wb.save(data)
    xlsx = data.getvalue()
    assert profile._workbook(xlsx).sheetnames == ["投诉"]
    assert profile._styled(profile._workbook(xlsx), "投诉", ["A1", "B1", "A2", "B2"]) == {"A1"}
    assert profile._excel_date_order(profile._workbook(xlsx), "投诉", ["投诉!B2"]) == "dmy"
    ws["B2"].number_format = "mm/dd/yyyy"
    data = io.BytesIO()
    wb.save(data)
    assert profile._excel_date_order(profile._workbook(data.getvalue()), "投诉", ["B2"]) == "mdy"
    for damaged in (b"", b"PK\x03\x04 not a workbook", xlsx[:200]):  # (an .xls, a damaged file)
        assert profile._workbook(damaged) is None
        assert profile._styled(profile._workbook(damaged), "投诉", ["A1"]) == set()
        assert profile._excel_date_order(profile._workbook(damaged), "投诉", ["B2"]) == ""


@pytest.mark.parametrize(
    ("location", "page"),
    [
        ("p3#7", 3),
        ("p12#140", 12),
        ("p1#7.2", 1),
        ("p2", 2),
        ("Sheet1!D7", 0),
        ("p2!A1", 0),
        ("px#1", 0),
        ("", 0),
    ],
)
def test_a_prints_page_is_read_one_way(location, page):
    assert page_number(location) == page
    assert table_lines.printed_page(location) == (page or None)
    assert not hasattr(pdf, "_page_number") and pdf_strike.page_number is page_number
