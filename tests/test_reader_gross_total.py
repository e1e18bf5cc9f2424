"""``Total amount`` is one of the names of our allowance's total excluding tax, but an ERP's
credit memo prints its gross there (``Net value`` lines, ``VAT 13 %``, ``Total amount`` = net
+ VAT). The reader checks the arithmetic before keeping such a reading: a figure equal to the
lines plus the tax is the total with tax, read so and warned; one the lines cannot confirm
while a tax is stated is warned as possibly including it. Never a gross taken silently."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from kesu_docs.parse import parse_paths


def memo(tmp_path: Path, lines: list[tuple[str, object]], vat: str, total: str) -> dict:
    wb = Workbook()
    ws = wb.active
    ws.title = "Memo"
    ws.append(("Credit Memo",))
    ws.append(("Credit memo no.", "CM-90031877", "Date", "2026-11-04"))
    ws.append(("Payer", "Ningbo Tuopu Group Co., Ltd.", "Tax ID", "91330200713322109R"))
    ws.append(("Original invoice no.", "044002100111 / 09981233", "Invoice date", "2026-10-12"))
    ws.append(())
    ws.append(("Pos", "Description", "Qty", "Amount"))
    for n, (name, amount) in enumerate(lines, start=1):
        ws.append((str(10 * n), name, 100, amount))
    ws.append(())
    ws.append((None, None, "VAT 13 %", vat))
    ws.append((None, None, "Total amount", total))
    path = tmp_path / "memo.xlsx"
    wb.save(path)
    [result] = parse_paths([path], kind="allowance")
    return result.to_dict("en")


def codes(doc: dict) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for p in doc["errors"] + doc["warnings"]:
        out.setdefault(p["field"], set()).add(p["code"])
    return out


def test_a_total_amount_equal_to_the_lines_plus_tax_is_read_as_the_gross_and_warned(tmp_path):
    doc = memo(tmp_path, [("Bracket A", "1,250.00"), ("Bracket B", "1,000.00")], "292.50", "2,542.50")
    rec = doc["record"]
    assert rec["total"] == "2542.50"
    assert rec["total_excl_tax"] == "2250.00"  # added up from the lines, never the gross
    assert rec["total_tax"] == "292.50"
    assert "total_read_as_gross" in codes(doc).get("total", set())
    assert "total_mismatch" not in {c for cs in codes(doc).values() for c in cs}


def test_a_total_amount_equal_to_the_lines_is_the_total_excluding_tax_without_a_word(tmp_path):
    doc = memo(tmp_path, [("Bracket A", "1,250.00"), ("Bracket B", "1,000.00")], "292.50", "2,250.00")
    rec = doc["record"]
    assert rec["total_excl_tax"] == "2250.00"
    assert rec["total"] == "2542.50"
    assert not (
        {"total_read_as_gross", "total_may_include_tax"} & {c for cs in codes(doc).values() for c in cs}
    )


def test_a_total_amount_the_lines_cannot_confirm_is_warned_as_possibly_with_tax(tmp_path):
    doc = memo(tmp_path, [("Bracket A", "1,250.00"), ("Bracket B", None)], "292.50", "2,542.50")
    assert "total_may_include_tax" in codes(doc).get("total_excl_tax", set())  # shown for checking


def test_a_tax_line_with_its_rate_under_the_lines_ends_the_table(tmp_path):
    # "VAT 13 %" standing in the price column under the lines is the tax, not a third line
    wb_doc = memo(tmp_path, [("Bracket A", "1,250.00"), ("Bracket B", "1,000.00")], "292.50", "2,542.50")
    assert len(wb_doc["record"]["items"]) == 2
    from kesu_docs.parse.guards import totals_caption

    for caption in ("VAT 13 %", "VAT @ 13%", "Sales tax 6%", "税额 13%", "營業稅 5%", "GST"):
        assert totals_caption(caption), caption
    assert not totals_caption("Valve 13 %")
