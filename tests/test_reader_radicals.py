"""Chromium's Noto CJK glyphs read back as Kangxi radicals / radical supplements (issue 10).

Chromium subsets Noto Sans CJK and names a glyph the radical and the ideograph share by the
radical: pdfplumber then reads ``退貨⽇期``, ``⾸⾴``, ``⻓城汽⻋``. The reader maps them back
(:mod:`kesu_docs.parse.radicals`) before it looks for labels."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import chromium_print, needs_chromium

from kesu_docs.parse.pdf import extract, words_of
from kesu_docs.parse.pdf_text import pdfplumber_words
from kesu_docs.parse.radicals import has_radicals, traditional_page, unified


def test_kangxi_radicals_and_supplements_become_the_unified_ideographs():
    assert unified("退貨⽇期") == "退貨日期"  # U+2F47 KANGXI RADICAL SUN
    assert unified("⾸⾴") == "首頁"  # U+2FB8, U+2FA1 … by NFKC
    assert unified("⻓城汽⻋") == "长城汽车"  # U+2ED3, U+2ECB: the supplement, which NFKC keeps
    assert unified("⻔店 ⻚码 ⻢达") == "门店 页码 马达"
    assert unified("客⼾", traditional=True) == "客戶" and unified("客⼾", traditional=False) == "客户"
    assert unified("2026-03-05 ACME") == "2026-03-05 ACME" and not has_radicals("退货日期")


def test_a_page_in_traditional_script_is_told_from_a_simplified_one():
    assert traditional_page(["成品退貨單", "退貨數量"]) and not traditional_page(["成品退货单", "客⼾"])
    assert traditional_page(["Return note"])  # no ideograph: NFKC's 戶


def _chromium_pdf(tmp_path: Path, body: str, lang: str) -> Path:
    family = "Noto Sans CJK SC" if lang == "zh-CN" else "Noto Sans CJK TC"
    html = tmp_path / "page.html"
    html.write_text(
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><style>"
        f"body{{font-family:'{family}';font-size:11pt}}td{{border:1px solid #000;padding:3px 6px}}"
        f"table{{border-collapse:collapse}}</style></head><body>{body}</body></html>",
        encoding="utf-8",
    )
    return chromium_print(html, tmp_path / "page.pdf")


def _table(rows: list[tuple[str, str]]) -> str:
    return "<table>" + "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in rows) + "</table>"


@needs_chromium
@pytest.mark.parametrize(
    ("lang", "rows", "expected"),
    [
        (
            "zh-TW",
            [
                ("退貨單號", "RT-2611-042"),
                ("客戶", "長城精密工業"),
                ("退貨日期", "2026-11-05"),
                ("首頁", "返回"),
            ],
            {"number": "RT-2611-042", "date": "2026-11-05", "customer": "長城精密工業"},
        ),
        (
            "zh-CN",
            [
                ("退货单号", "RT-2611-043"),
                ("客户", "长城汽车门店"),
                ("退货日期", "2026-11-06"),
                ("处理方式", "返工"),
            ],
            {"number": "RT-2611-043", "date": "2026-11-06", "customer": "长城汽车门店"},
        ),
    ],
)
def test_a_chromium_page_read_by_pdfplumber_has_no_radicals_left(tmp_path, lang, rows, expected):
    pdf = _chromium_pdf(
        tmp_path, ("<h2>成品退貨單</h2>" if lang == "zh-TW" else "<h2>成品退货单</h2>") + _table(rows), lang
    )
    data = pdf.read_bytes()
    raw, _ = pdfplumber_words(data)
    assert any(has_radicals(w.text) for w in raw), [w.text for w in raw]  # what pdfminer gives
    words, _, _ = words_of(data, "pdfplumber")
    texts = [w.text for w in words]
    assert not any(has_radicals(t) for t in texts), texts
    for label, text in rows:
        assert any(label in t for t in texts) and any(text in t for t in texts), texts
    [second] = extract(pdf, data, None, extractor="pdfplumber")
    [fast] = extract(pdf, data, None)
    assert second.kind == fast.kind == "return"
    for key, text in expected.items():
        got = {k: v for k, v in second.values.items() if k.endswith(key)}
        assert text in map(str, got.values()), (key, second.values)


def test_a_workbook_with_text_copied_from_such_a_pdf_reads_the_ideographs(tmp_path):
    from openpyxl import Workbook
    from test_reader_guards import parse, value

    wb = Workbook()
    ws = wb.active
    ws["A1"] = "成品退货单"
    rows = [
        ("退货单号", "RT-2611-044"),
        ("客⼾", "⻓城汽⻋股份有限公司"),  # 客户, 长城汽车: pasted from a Chromium PDF
        ("退货⽇期", "2026-11-07"),
        ("处理⽅式", "返工"),
    ]
    for n, (label, text) in enumerate(rows, start=3):
        ws.cell(n, 1, label)
        ws.cell(n, 2, text)
    path = tmp_path / "return.xlsx"
    wb.save(path)
    result = parse(path)
    assert result.kind == "return"
    assert value(result, "customer") == "长城汽车股份有限公司"
    assert value(result, "number") == "RT-2611-044"
