"""A form's currency written in a label or a row of its own, not beside each figure.

``Currency: NZD`` on a row of its own, ``Total debit (AUD)``, ``Amount (USD)``, ``金额（美元）``,
``幣別：美金``, ``Moneda | MXN``, ``Importe (MXN)``: the form is in that currency. A non-renminbi
allowance never gets 人民币 capital words derived nor the company's 13 % rate assumed: the rate
it prints (IVA 16 %, GST 10 %, VAT 20 %) is its rate; with none printed and none told by its
lines' taxes, no rate is invented and a warning on the rate says so (``tax_rate_not_printed``).
A quantity typed with money's unit (``1,200元``) is read as its figure and warned.

Workbooks built here (openpyxl), a PDF drawn by fpdf2 and the LibreOffice print of a workbook.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from fpdf import FPDF
from helpers import field_codes, soffice_convert
from openpyxl import Workbook

from kesu_docs.parse import parse_paths
from kesu_docs.parse.boxes import Box
from kesu_docs.parse.currency import codes_in_figure, codes_in_format, codes_in_label, currency_rows


def _read(path: Path, kind: str | None = "allowance") -> dict[str, Any]:
    [result] = parse_paths([path], kind=kind)
    return result.to_dict("en")


def _book(path: Path, rows: list[list[Any]]) -> Path:
    wb = Workbook()
    ws = wb.active
    for row in rows:
        ws.append(row)
    for col, width in zip("ABCDE", (34, 12, 16, 18, 16), strict=True):
        ws.column_dimensions[col].width = width
    ws.sheet_properties.pageSetUpPr.fitToPage = True  # printed on one page, as a clerk prints it
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    wb.save(path)
    return path


_HEAD = [
    ["CREDIT NOTE"],
    ["Credit note no.", "CN-NZ-2605-04"],
    ["Date", "2026-05-12"],
    ["Complaint no.", "QN-5512"],
    ["Buyer", "Fisher & Paykel Appliances Ltd"],
    ["Tax ID", "94-1234567"],
    ["Invoice No.", "INV-77120"],
    ["Invoice date", "2026-04-28"],
]


# ------------------------------------------------------------------------ the currency's own row
def test_a_currency_row_makes_the_form_foreign_no_rate_invented_no_renminbi_words(tmp_path: Path):
    path = _book(
        tmp_path / "nzd.xlsx",
        [
            *_HEAD,
            ["Currency", "NZD"],
            [],
            ["Description", "Qty", "Unit price", "Amount"],
            ["Door seal - torn", 120, "4.50", "540.00"],
            ["Hinge pin", 40, "2.25", "90.00"],
        ],
    )
    doc = _read(path)
    record = doc["record"]
    assert record["total_excl_tax"] == "630.00"  # the lines add up: derived
    assert record["tax_rate"] is None  # no 13 % of the company's for a New Zealand note
    assert record["total_tax"] is None and record["total"] is None
    assert [line["tax"] for line in record["items"]] == [None, None]
    assert record["total_in_words"] is None  # never 人民币…
    assert "tax_rate_not_printed" in field_codes(doc, "tax_rate")  # said, never silent
    said = next(w for w in doc["warnings"] if w["code"] == "tax_rate_not_printed")
    assert "NZD" in said["message"]
    assert not [e for e in doc["errors"] if e["code"] in ("line_tax_mismatch", "total_mismatch")]


def test_a_currency_inline_in_its_caption_and_in_chinese(tmp_path: Path):
    path = _book(
        tmp_path / "twd-usd.xlsx",
        [
            ["銷貨折讓證明單"],
            ["折讓單號", "ZR-2605-21"],
            ["開單日期", "2026/05/20"],
            ["買受人", "Apex Lighting Inc."],
            ["統一編號", "84149961"],
            ["客訴編號", "QC-2605-0150"],
            ["原發票號碼", "KH-26040117"],
            ["原發票日期", "2026/04/17"],
            ["幣別：美金"],
            [],
            ["品名", "數量", "單價", "折讓金額"],
            ["LED driver LD-40", 50, "3.20", "160.00"],
        ],
    )
    doc = _read(path)
    assert doc["record"]["total_in_words"] is None  # no 新臺幣 nor 人民币 words for US dollars
    assert doc["record"]["tax_rate"] is None
    assert "tax_rate_not_printed" in field_codes(doc, "tax_rate")


def test_a_currency_in_the_amounts_header_and_a_printed_gst(tmp_path: Path):
    # Total debit (AUD): the debit note's own label names its currency; GST 10 % is its rate
    path = _book(
        tmp_path / "aud.xlsx",
        [
            ["DEBIT NOTE"],
            ["Debit Note No.", "DN-AU-0412"],
            ["Date", "2026-05-14"],
            ["Issued by (Buyer)", "Breville Group Ltd"],
            ["Against Invoice", "INV-88190"],
            ["Invoice Date", "2026-04-02"],
            ["Claim Reference", "QC-BRV-0977"],
            [],
            ["Description", "Qty", "Unit Price", "Amount"],
            ["Kettle lid - cracked", 300, "1.20", "360.00"],
            [],
            [None, None, "Net amount", "360.00"],
            [None, None, "GST 10%", "36.00"],
            [None, None, "Total debit (AUD)", "396.00"],
        ],
    )
    doc = _read(path)
    record = doc["record"]
    assert record["tax_rate"] == "0.1"
    assert (record["total_tax"], record["total"]) == ("36.00", "396.00")
    assert record["total_in_words"] is None
    assert "amount_words_not_derived" in field_codes(doc, "total_in_words")
    said = next(w for w in doc["warnings"] if w["code"] == "amount_words_not_derived")
    assert "AUD" in said["message"]
    assert "tax_rate_not_printed" not in field_codes(doc, "tax_rate")


def _nota(tmp_path: Path) -> Path:
    return _book(
        tmp_path / "nota-mxn.xlsx",
        [
            ["Nota de crédito / Credit Note"],
            ["Folio", "NC-8812"],
            ["Fecha de emisión", "2026-05-15"],
            ["Cliente", "Grupo Industrial Saltillo S.A.B. de C.V."],
            ["RFC", "GIS850101AB3"],
            ["Reclamo No.", "RC-MX-2026-0160"],
            ["Factura", "F-99180"],
            ["Fecha de factura", "2026-04-30"],
            ["Moneda", "MXN"],
            [],
            ["Descripción", "Cantidad", "Precio unitario", "Importe (MXN)"],
            ["Soporte de freno NMK-BRK-4410", 36, "12.50", "450.00"],
            [],
            [None, None, "IVA 16%", "72.00"],
            [None, None, "Importe total", "522.00"],
        ],
    )


def test_a_mexican_note_in_pesos_takes_its_iva_and_no_renminbi_words(tmp_path: Path):
    doc = _read(_nota(tmp_path))
    record = doc["record"]
    assert record["items"][0]["allowance_amount"] == "450.00"
    assert record["tax_rate"] == "0.16"
    assert (record["total_tax"], record["total"]) == ("72.00", "522.00")
    assert record["total_in_words"] is None
    assert "amount_words_not_derived" in field_codes(doc, "total_in_words")
    assert not [e for e in doc["errors"] if e["field"].startswith(("items", "total", "tax"))], doc["errors"]


def test_the_mexican_note_printed_reads_the_same(tmp_path: Path):
    pdf = soffice_convert(_nota(tmp_path), "pdf", tmp_path / "pdf")
    doc = _read(pdf)
    record = doc["record"]
    assert record["tax_rate"] == "0.16"
    assert record["total_in_words"] is None
    assert "amount_words_not_derived" in field_codes(doc, "total_in_words")


def test_a_currency_row_on_a_drawn_pdf(tmp_path: Path):
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", "B", size=14)
    pdf.cell(0, 10, "CREDIT NOTE", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("helvetica", size=10)
    for label, value in [(a, b) for a, b in (r for r in _HEAD[1:])] + [("Currency:", "NZD")]:
        pdf.cell(50, 8, label)
        pdf.cell(80, 8, value, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for row in (
        ("Description", "Qty", "Unit price", "Amount"),
        ("Door seal - torn", "120", "4.50", "540.00"),
    ):
        for w, text in zip((70, 25, 30, 30), row, strict=True):
            pdf.cell(w, 8, text)
        pdf.ln(8)
    path = tmp_path / "nzd.pdf"
    pdf.output(str(path))
    doc = _read(path)
    assert doc["record"]["items"][0]["allowance_amount"] == "540.00"
    assert doc["record"]["tax_rate"] is None
    assert doc["record"]["total_in_words"] is None
    assert "tax_rate_not_printed" in field_codes(doc, "tax_rate")


def test_a_renminbi_form_keeps_the_companys_rate(tmp_path: Path):
    # nothing foreign on it: the procedure's default rate (13 %) and its 人民币 words, unchanged
    path = _book(
        tmp_path / "cny.xlsx",
        [
            ["销货折让证明单"],
            ["证明单号", "ZR-2605-30"],
            ["开单日期", "2026-05-20"],
            ["买受人", "宁波奥克斯电气股份有限公司"],
            ["纳税人识别号", "91330200MA2H3KQ91Y"],
            ["客诉编号", "KS-2605-0040"],
            ["原发票号码", "04412288"],
            ["原发票日期", "2026-04-20"],
            [],
            ["品名", "数量", "单价", "折让金额"],
            ["外壳 HX-20", 100, "2.00", "200.00"],
        ],
    )
    record = _read(path)["record"]
    assert record["tax_rate"] == "0.13"
    assert (record["total_tax"], record["total"]) == ("26.00", "226.00")
    assert record["total_in_words"] == "人民币贰佰贰拾陆元整"


# ------------------------------------------------------------------------ the rules themselves
@pytest.mark.parametrize(
    ("label", "code"),
    [
        ("Total (AUD)", "AUD"),
        ("Total debit (AUD)", "AUD"),
        ("Amount (USD)", "USD"),
        ("金额（美元）", "USD"),
        ("Importe (MXN)", "MXN"),
        ("Importe en MXN", "MXN"),
        ("Amount in EUR", "EUR"),
        ("Precio (pesos mexicanos)", "MXN"),
        ("單價（澳幣）", "AUD"),
        ("Betrag (CHF)", "CHF"),
    ],
)
def test_a_label_names_its_currency(label: str, code: str):
    assert codes_in_label(label) == {code}


@pytest.mark.parametrize(
    "label", ["CAD drawing no.", "Part CAD-2201", "Euro plug 2-pin", "Qty (PCS)", "Peso (kg)"]
)
def test_a_word_of_a_label_is_no_currency(label: str):
    assert codes_in_label(label) == set()


def test_a_code_in_a_value_only_beside_its_figure():
    assert codes_in_figure("AUD 1,250.00") == {"AUD"}
    assert codes_in_figure("1.250,00 EUR") == {"EUR"}
    assert codes_in_figure("$ 450.00 M.N.") == {"MXN"}
    assert codes_in_figure("CAD-2201") == set()  # a part number
    assert codes_in_figure("Euro plug 2-pin") == set()
    assert codes_in_format('#,##0.00 "MXN"') == {"MXN"}
    assert codes_in_format("[$AUD] #,##0.00") == {"AUD"}


def _box(text: str, x0: float, y0: float, x1: float, y1: float) -> Box:
    return Box(text, text, x0, y0, x1, y1, f"p1#{x0:.0f}-{y0:.0f}")


def test_a_currency_row_beside_below_or_inline():
    assert currency_rows([_box("Currency", 0, 0, 50, 10), _box("NZD", 60, 0, 80, 10)]).named == {"NZD"}
    assert currency_rows(
        [_box("Moneda / Currency", 0, 0, 80, 10), _box("Pesos mexicanos", 0, 12, 80, 22)]
    ).named == {"MXN"}
    assert currency_rows([_box("幣別：美金", 0, 0, 50, 10)]).named == {"USD"}
    assert currency_rows([_box("Währung: ZAR", 0, 0, 50, 10)]).named == {"ZAR"}  # any code after the caption
    assert (
        currency_rows([_box("Currency converter", 0, 0, 80, 10), _box("USD", 90, 0, 110, 10)]).named == set()
    )
    # options printed with boxes to tick: the ticked one, none when none is ticked
    assert currency_rows([_box("币别：☑人民币 □美元", 0, 0, 90, 10)]).named == {"CNY"}
    assert currency_rows([_box("幣別", 0, 0, 20, 10), _box("□新臺幣 ■美金", 30, 0, 90, 10)]).named == {"USD"}
    assert currency_rows([_box("币别：□人民币 □美元", 0, 0, 90, 10)]).named == set()


# ------------------------------------------------------------------------ a count typed as money
@pytest.mark.parametrize("typed", ["1,200元", "¥1,200", "1200 RMB"])
def test_a_quantity_typed_with_a_currency_is_read_and_warned(tmp_path: Path, typed: str):
    path = _book(
        tmp_path / "ks.xlsx",
        [
            ["客户抱怨处理单"],
            ["客诉单号", "KS-2605-0051"],
            ["受理日期", "2026-05-21"],
            ["客户名称", "宁波奥克斯电气股份有限公司"],
            ["出货数量", typed],
            ["不良数量", 36],
            ["不良描述", "外壳开裂"],
        ],
    )
    doc = _read(path, "complaint")
    assert doc["record"]["ship_qty"] == 1200
    assert "qty_in_currency" in field_codes(doc, "ship_qty")
    message = next(w["message"] for w in doc["warnings"] if w["code"] == "qty_in_currency")
    assert typed in message
    assert doc["record"]["defect_qty"] == 36 and not field_codes(doc, "defect_qty") & {"qty_in_currency"}


# ------------------------------------------------------------------------ a layout profile
@pytest.fixture
def office(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A clerk's folder: kesu.toml, profiles/ next to it, the working directory."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("KESU_CONFIG", raising=False)
    (tmp_path / "kesu.toml").write_text('company = "示范电子股份有限公司"\n', encoding="utf-8")
    return tmp_path


def _nzd(path: Path, number: str, amount: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    head = [list(r) for r in _HEAD]
    head[1][1] = number
    return _book(
        path,
        [
            *head,
            ["Currency", "NZD"],
            [],
            ["Description", "Qty", "Unit price", "Amount"],
            ["Door seal", 100, "1.00", amount],
        ],
    )


def test_a_profile_reads_the_currency_row_as_the_generic_reader_does(office: Path):
    from helpers import parse_cli, run_cli

    code, out = run_cli(
        "learn", _nzd(office / "a" / "first.xlsx", "CN-NZ-01", "100.00"), "--kind", "allowance"
    )
    assert code == 0, out
    _code, [doc] = parse_cli(_nzd(office / "b" / "second.xlsx", "CN-NZ-02", "100.00"), "--lang", "en")
    assert any(w["code"] == "profile_used" for w in doc["warnings"])
    assert doc["record"]["number"] == "CN-NZ-02"
    assert doc["record"]["tax_rate"] is None and doc["record"]["total_in_words"] is None
    assert "tax_rate_not_printed" in field_codes(doc, "tax_rate")
