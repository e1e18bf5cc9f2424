"""The monthly report's line per case written with fewer calls per cell (issue 15; register39b).

The monthly report's exceptions sheet (one line per case closed in the month: thousands in a
busy month) is streamed into the sheet's XML by ``reports/sheetxml._Body.row``. Money and shares
(Decimals in a column of their own format) are written there as ``_Body._other`` writes them,
without a call per cell; text is escaped through ``_text`` only when it holds what XML must
escape (or is longer than a cell holds). The same bytes as before; read back here with openpyxl.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook

from kesu_docs.reports import sheetxml
from kesu_docs.reports.sheetxml import MAX_TEXT, StreamedBook

MONEY, SHARE = "#,##0.00", "0.0%"
DECIMALS = [
    Decimal("120.50"),
    Decimal("0"),
    Decimal("-3.25"),
    Decimal("0.0417"),
    Decimal("12345678.901234567"),
]


def _saved(tmp_path: Path, rows: list[list[Any]], formats: list[str | None]) -> Path:
    """A real workbook with ``rows`` streamed as a report's long table (first row 2)."""
    book = StreamedBook(stamp=dt.date(2026, 9, 30), book=Workbook())
    ws = book.book.active
    ws.title = "明细"
    ws.cell(1, 1, "编号")
    book.table(ws, rows, first_row=2, column_formats=formats)
    path = tmp_path / "t.xlsx"
    book.save(path)
    return path


def _counting(monkeypatch: pytest.MonkeyPatch, owner: Any, name: str) -> list[int]:
    """Count the calls of ``owner.name`` (still doing what it did)."""
    calls: list[int] = []
    original = getattr(owner, name)

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return original(*args, **kwargs)

    monkeypatch.setattr(owner, name, counted)
    return calls


def test_decimals_of_a_formatted_column_are_written_without_a_call_per_cell(tmp_path, monkeypatch):
    calls = _counting(monkeypatch, sheetxml._Body, "_other")
    rows = [[f"C{i}", value, value / 100] for i, value in enumerate(DECIMALS)]
    path = _saved(tmp_path, rows, [None, MONEY, SHARE])
    assert calls == []  # before: one call per Decimal cell
    ws = load_workbook(path)["明细"]
    for r, value in enumerate(DECIMALS, 2):
        money, share = ws.cell(r, 2), ws.cell(r, 3)
        assert (money.value, money.number_format) == (pytest.approx(float(value)), MONEY)
        assert (share.value, share.number_format) == (pytest.approx(float(value / 100)), SHARE)


def test_a_decimal_is_written_as_the_cell_writer_for_any_value_writes_it(tmp_path):
    """The quick path and ``_other`` give the same XML, Infinity included; NaN still goes to
    ``_other`` (written as text, as before)."""
    values = [*DECIMALS, Decimal("Infinity"), Decimal("-1E+30"), Decimal("1E-12"), Decimal("NaN")]
    book = StreamedBook(stamp=dt.date(2026, 9, 30), book=Workbook())
    ws = book.book.active
    book.table(ws, [[v] for v in values], first_row=2, column_formats=[MONEY])
    body = book._bodies[0]
    for r, value in enumerate(values, 2):
        expected = body._other(f' r="A{r}"', value, id(None), None, MONEY)
        assert body.row([value], None, r) == f'<row r="{r}">{expected}</row>'


def test_text_is_escaped_only_where_it_must_be(tmp_path, monkeypatch):
    calls = _counting(monkeypatch, sheetxml, "_text")
    plain = ["华东精密", "PO-00042", " 前后空格 ", "第一行\n第二行"]
    special = ["A&B <Ltd>", "回车\r换行", "控制\x07字符", "长" * (MAX_TEXT + 5)]
    rows = [[text] for text in plain + special]
    path = _saved(tmp_path, rows, [None])
    assert len(calls) == len(special)  # before: one call per text cell
    ws = load_workbook(path)["明细"]
    read = [ws.cell(r, 1).value for r in range(2, 2 + len(rows))]
    assert read[: len(plain)] == plain
    assert read[len(plain) :] == ["A&B <Ltd>", "回车\r换行", "控制\ufffd字符", "长" * MAX_TEXT]
