"""Habits of the seventeenth held-out set read as general rules (dev17-rh17e), each on a small
form of its own (never the held-out files):

- a document number shown through a custom number format's prefix (``"KS-"000000`` shows the
  cell's 260352 as ``KS-260352``): the number the clerk sees, not the bare figure (before: the
  figure, silent);
- a two-digit year written with 年 (``26年3月18日``), a Russian date's ``г.`` after it;
- quantities in capital numerals (``參仟陸佰``, ``叁佰壹拾贰``), grouped in lakhs (``1,20,000 Nos``),
  counted in ``шт.`` with a no-break space between the thousands;
- a Russian customer's Russian–English labels (``Покупатель / Buyer``, ``Наименование /
  Description``: the Russian words decide, as Chinese words do beside an English gloss);
- ``受理时间``, ``處理人``, ``Received on``, ``SQC No.``, ``Supplier Action Required``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers import parse_cli
from openpyxl import Workbook

from kesu_docs.parse.xlsx_parts import shown_prefix
from kesu_docs.values import _qty, parse_date


def _doc(path: Path, *args: str) -> dict[str, Any]:
    code, docs = parse_cli(path, "--lang", "en", *args)
    assert docs, f"kesu parse gave nothing (exit {code})"
    return docs[0]


def _flagged(doc: dict[str, Any], field: str) -> bool:
    return any(p["field"] == field for p in [*doc["errors"], *doc["warnings"]])


def _book(path: Path, rows: dict[int, list[Any]], formats: dict[str, str] | None = None) -> Path:
    wb = Workbook()
    ws = wb.active
    for r, values in rows.items():
        for c, value in enumerate(values, start=1):
            if value is not None:
                ws.cell(row=r, column=c, value=value)
    for ref, fmt in (formats or {}).items():
        ws[ref].number_format = fmt
    wb.save(path)
    return path


@pytest.mark.parametrize(
    ("code", "prefix"),
    [
        ('"KS-"000000', ("KS-", 6)),
        ("\\R\\M\\A0000", ("RMA", 4)),
        ('"No."0;-0', ("No.", 1)),
        ("0", None),
        ('#,##0" pcs"', None),  # a unit after the figure: the count's, not a number's prefix
        ('"¥"0', None),  # a currency sign: no letter
        ('"KS-"000000.00', None),  # decimals: no document number
    ],
)
def test_a_number_format_prefix_is_found_only_before_an_integer(code, prefix):
    assert shown_prefix(code) == prefix


def _complaint(number_cell: Any, received: Any, ship: Any, defect: Any) -> dict[int, list[Any]]:
    return {
        1: ["客户抱怨处理单"],
        3: ["抱怨单号", number_cell, "受理时间", received],
        4: ["客户名称", "舜宇光学", "订单号", "PO26030198"],
        5: ["料号", "YJ-LNS-0871", "品名", "镜座压圈"],
        6: ["交货数量", ship, "不良数量", defect],
        7: ["不良描述", "压圈内径偏小 0.02mm"],
        8: ["處理人", "邵丽娜"],
    }


def test_a_number_shown_through_its_format_prefix_is_read_as_shown(tmp_path):
    path = _book(
        tmp_path / "c.xlsx", _complaint(260352, "2026/3/5 下午 2:30:00", 30000, 420), {"B3": '"KS-"000000'}
    )
    doc = _doc(path)
    assert doc["record"]["number"] == "KS-260352"
    assert doc["record"]["received_date"] == "2026-03-05"  # 受理时间, a date-time with 下午
    assert doc["record"]["reporter"] == "邵丽娜"  # 處理人


def test_quantities_in_capital_numerals_are_read_sure(tmp_path):
    path = _book(tmp_path / "c.xlsx", _complaint("KS-1", "2026-03-05", "參仟陸佰", "壹佰貳拾"))
    doc = _doc(path)
    assert (doc["record"]["ship_qty"], doc["record"]["defect_qty"]) == (3600, 120)
    assert not _flagged(doc, "ship_qty") and not _flagged(doc, "defect_qty")


def test_capital_numerals_not_written_by_the_rules_are_no_quantity(tmp_path):
    path = _book(tmp_path / "c.xlsx", _complaint("KS-1", "2026-03-05", "佰參仟", 5))
    doc = _doc(path)
    assert doc["record"].get("ship_qty") is None
    assert _flagged(doc, "ship_qty")


@pytest.mark.parametrize(
    ("typed", "count"),
    [
        ("叁佰壹拾贰", 312),
        ("壹佰零捌", 108),
        ("1,20,000 Nos", 120000),
        ("1,850 Nos", 1850),
        ("12\u00a0000 шт.", 12000),
        ("340 шт.", 340),
        ("12 pcs.", 12),
    ],
)
def test_counts_as_clerks_abroad_write_them(typed, count):
    assert _qty(typed) == count


@pytest.mark.parametrize("typed", ["1,2,000", "12,00", "壹佰壹", "佰"])
def test_badly_written_counts_stay_refused(typed):
    with pytest.raises(ValueError):
        _qty(typed)


@pytest.mark.parametrize(
    ("typed", "day"),
    [("26年3月18日", "2026-03-18"), ("26 年 3 月 18 日", "2026-03-18"), ("11.03.2026 г.", "2026-03-11")],
)
def test_short_years_and_russian_dates(typed, day):
    assert str(parse_date(typed)) == day


def test_a_russian_customers_claim_is_read_by_its_russian_words(tmp_path):
    rows = {
        1: ["РЕКЛАМАЦИЯ / CLAIM"],
        2: ["№ рекламации / Claim No.", "RK-2026/0311", "Дата / Date", "11.03.2026 г."],
        3: ["Покупатель / Buyer", "OOO Elektroprivod-Ural"],
        4: ["Заказ / Order No.", "ZK-7712", "Партия / Batch", "B2602-44"],
        5: ["Артикул / Part No.", "EU-BRG-6204", "Наименование / Description", "Bearing housing"],
        6: ["Поставлено / Qty delivered", "12\u00a0000 шт.", "Брак / Qty defective", "340 шт."],
        7: ["Описание дефекта / Defect description", "Bore diameter oversize (+0.04 mm)."],
        8: ["Требование / Claim", "Замена / Replacement"],
    }
    doc = _doc(_book(tmp_path / "ru.xlsx", rows), "--kind", "complaint")
    rec = doc["record"]
    assert rec["customer"] == "OOO Elektroprivod-Ural"
    assert rec["received_date"] == "2026-03-11"
    assert rec["description"].startswith("Bore diameter")
    assert rec["ship_qty"] == 12000 and rec["defect_qty"] == 340
    assert rec["customer_request"] == ["replacement"]
    # the item's name (наименование) under an English gloss naming another field: never silent
    assert rec.get("part_name") == "Bearing housing"


def test_an_indian_portals_labels(tmp_path):
    rows = {
        1: ["Supplier Quality Complaint"],
        2: ["SQC No.", "SQC/PUN/25-26/0417", "Complaint Date", "2026-03-05"],
        3: ["Customer", "Tata Motors Ltd."],
        4: ["Part No.", "TM-BRK-26519", "Purchase Order", "5500183327"],
        5: ["Supplied Qty", "1,20,000 Nos", "Rejected Qty", "1,850 Nos"],
        6: ["Problem Description", "Clip fails to hold pipe."],
        7: ["Supplier Action Required", "Replacement"],
    }
    rec = _doc(_book(tmp_path / "in.xlsx", rows))["record"]
    assert rec["number"] == "SQC/PUN/25-26/0417"
    assert (rec["ship_qty"], rec["defect_qty"]) == (120000, 1850)
    assert rec["customer_request"] == ["replacement"]


def test_a_return_notes_received_on(tmp_path):
    rows = {
        1: ["RETURN MATERIAL AUTHORIZATION"],
        2: ["RMA No.", "RMA-26-0412", "Date", "2026-04-12"],
        3: ["Customer", "Acme Corp"],
        5: ["Part No.", "Description", "Qty Returned", "Qty Received"],
        6: ["AB-1", "Bracket", 420, 420],
        9: ["Received by", "Dwayne Carter", "Received on", "2026-04-20"],
    }
    rec = _doc(_book(tmp_path / "rma.xlsx", rows), "--kind", "return")["record"]
    assert rec["received_date"] == "2026-04-20"
