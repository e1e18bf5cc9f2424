"""The twenty-fourth held-out set's last misses (issue 10, dev25-halves), each class on a form built
here with other wording and values (never the set's files):

- a credit note in two halves side by side whose right half prints each item as a block of
  ``label：value`` lines, the block printed again for the next item: every block is an item
  (kesu_docs/parse/anchor.py, ``_pairs_blocks``), read with less confidence than under a header
  (each warned ``low_confidence``); a block that is not an item's (one label) ends the items;
- an 8D whose first D4 caption is printed with a long translation before the English
  (``D4 Achos sylfaenol / Root cause``): the caption is as long as its longest phrase, so the next
  D4 line (the escape cause) is still read as a root cause of its own
  (kesu_docs/parse/compound.py, ``_short_caption``), on the workbook and on its LibreOffice print.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import cjk_pdf, read_doc, sheet_from_rows, soffice_convert

ITEMS = (("導光板", 120, 450.0), ("背光模組", 36, 1280.0), ("擴散膜", 2000, 3.25))


def _halves_allowance(path: Path, items: tuple, *, labels: tuple[str, ...] | None = None) -> Path:
    """A 銷貨折讓單: the document's fields in the left half, each item a block of label：value lines
    in the right half at the same heights, then the totals."""
    labels = labels or ("品名", "數量", "單價", "折讓金額", "稅額")
    pdf = cjk_pdf()
    pdf.add_page()
    pdf.set_font("cjk", size=15)
    pdf.text(80, 18, "銷貨折讓單")
    pdf.set_font("cjk", size=10)
    pdf.line(100, 26, 100, 170)
    left = (
        ("折讓單號", "SA-HC-2610-0042"),
        ("開立日期", "2026/10/14"),
        ("買受人", "友達光電股份有限公司"),
        ("原發票號碼", "KM-40271938"),
        ("稅率", "5%"),
    )
    for k, (lab, raw) in enumerate(left):
        pdf.text(12, 34 + k * 10, lab + "：")
        pdf.text(38, 34 + k * 10, raw)
    net = tax = 0.0
    y = 34.0
    for name, qty, price in items:
        amount, vat = round(qty * price, 2), round(qty * price * 0.05, 2)
        net, tax = net + amount, tax + vat
        for lab, raw in zip(labels, (name, f"{qty:,}", f"{price:,.2f}", f"{amount:,.2f}", f"{vat:,.2f}")):
            pdf.text(106, y, lab + "：")
            pdf.text(130, y, raw)
            y += 5.5
        y += 4
    for lab, value in (("折讓金額合計", net), ("稅額合計", tax), ("總計", net + tax)):
        pdf.text(106, y, lab + "：")
        pdf.text(140, y, f"{value:,.2f}")
        y += 7
    pdf.output(str(path))
    return path


def test_item_blocks_repeated_in_a_half_are_one_item_each(tmp_path):
    doc = read_doc(_halves_allowance(tmp_path / "halves.pdf", ITEMS), "allowance")
    record = doc["record"]
    assert [(i["name"], i["qty"], i["unit_price"]) for i in record["items"]] == [
        ("導光板", 120, "450.00"),
        ("背光模組", 36, "1280.00"),
        ("擴散膜", 2000, "3.25"),
    ]
    assert [i["allowance_amount"] for i in record["items"]] == ["54000.00", "46080.00", "6500.00"]
    assert record["total_excl_tax"] == "106580.00"
    assert not [e for e in doc["errors"] if e["code"] == "total_mismatch"]  # the items sum to the total
    # the left half's fields are the document's, not an item's
    assert (record["number"], record["buyer"]) == ("SA-HC-2610-0042", "友達光電股份有限公司")
    # read by their labels only, no header over them: each item's values are shown for checking
    unsure = {w["field"] for w in doc["warnings"] if w["code"] == "low_confidence"}
    assert {"items[1].name", "items[2].qty", "items[2].allowance_amount"} <= unsure


def test_one_item_block_is_one_item(tmp_path):
    record = read_doc(_halves_allowance(tmp_path / "one.pdf", ITEMS[:1]), "allowance")["record"]
    assert [(i["name"], i["qty"]) for i in record["items"]] == [("導光板", 120)]


def _welsh_8d(tmp_path: Path, d4: str) -> Path:
    rows = [
        ["ADRODDIAD 8D / 8D REPORT"],
        ["Rhif adroddiad / Report No.", "8D-GW-2610-007", "Cwsmer / Customer", "Qioptiq St Asaph"],
        ["Rhif rhan / Part No.", "GW-LNS-3302", "Nifer / Qty complained", "96 darn"],
        ["D1 Tîm / Team", "Dafydd Hughes, Lin Wei"],
        ["D2 Disgrifiad / Problem", "Lens housing scratched on 96 parts."],
        ["D3 Camau cyfyngu / Containment", "All 2,400 housings in stock inspected."],
        [d4, "Conveyor guide rail rubbing the housing."],
        ["D4 Pam na chanfuwyd / Why not detected", "Visual check done under poor light."],
        ["D5 Camau cywiro / Corrective action", "Guide rail lined with PTFE strip."],
        ["D6 Gwirio / Verification", "4 lots without scratches."],
        ["D7 Atal / Prevention", "Rails of every conveyor lined."],
    ]
    return sheet_from_rows(tmp_path, rows, width=34)


@pytest.mark.parametrize(
    ("d4", "printed"),
    [
        ("D4 Achos sylfaenol / Root cause", True),  # 31 characters: the escape cause was lost from here
        # a long Welsh half before a short English one: on the print it fills its cell to the border,
        # the cause 2 points past it (read since round 25: two texts, no space printed between)
        ("D4 Achos sylfaenol y broblem / Root cause", True),
    ],
)
def test_a_long_bilingual_d4_caption_keeps_the_escape_cause(tmp_path, d4, printed):
    src = _welsh_8d(tmp_path, d4)
    paths = [src, soffice_convert(src, "pdf", tmp_path / "printed")] if printed else [src]
    for path in paths:
        causes = {r["type"]: r["cause"] for r in read_doc(path, "8d")["record"]["root_cause"]}
        assert causes == {
            "occurrence": "Conveyor guide rail rubbing the housing.",
            "escape": "Visual check done under poor light.",
        }, (path.suffix, d4)
