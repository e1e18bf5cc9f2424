"""Forms a Chinese factory receives from Mexican / Latin-American and Japanese customers.

- Spanish–English claims (``Reclamo de Cliente / Customer Claim``, ``Reporte de Reclamación``)
  are complaint sheets, a ``Nota de crédito / Credit Note`` an allowance; their labels (``Claim
  date / Fecha de reclamo``, ``Cliente``, ``No. de parte``, ``Cantidad``, ``Descripción del
  problema``, ``Note No. / Folio``, ``Importe``) name their fields, typed with or without accents;
  a date hint ``dd/mm/aaaa`` (aaaa: the year) is read as it says; ``pzas`` / ``pzs`` / ``piezas``
  are pieces.
- A Japanese customer's 不具合連絡書 is a complaint sheet: 管理番号, 受付日, 発生日, 品番, 品名,
  数量, 不具合内容, 原因, 暫定対策, 恒久対策, 承認 / 確認 / 作成, お客様名 / 顧客名 name their
  fields. A supplier's 不具合報告書 stays an 8D (its title says so), never a complaint.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from helpers import parse_cli, soffice_convert

from kesu_docs.parse.typed import date_in_label_order, label_order
from kesu_docs.parse.units import count_value
from kesu_docs.parse.vocab import norm


def _doc(path: Path, *args: str) -> dict[str, Any]:
    code, docs = parse_cli(path, "--lang", "en", *args)
    assert docs, f"kesu parse gave nothing (exit {code})"
    return docs[0]


def _flagged(doc: dict[str, Any], field: str) -> list[str]:
    return [p["code"] for p in doc["errors"] + doc["warnings"] if p["field"] == field]


def _sheet(path: Path, cells: dict[str, Any], title: str = "Form", right: tuple[str, ...] = ()) -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment

    wb = Workbook()
    ws = wb.active
    ws.title = title
    for ref, value in cells.items():
        ws[ref] = value
    for ref in right:  # a figure's column header set right, over its figures (an invoice's way)
        ws[ref].alignment = Alignment(horizontal="right")
    for col, width in zip("ABCD", (36, 52, 26, 30), strict=True):
        ws.column_dimensions[col].width = width
    ws.page_setup.orientation = "landscape"  # printed on one page, as a clerk prints it
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    wb.save(path)
    return path


def _print(xlsx: Path, tmp_path: Path) -> Path:
    return soffice_convert(xlsx, "pdf", tmp_path / "pdf")


# ------------------------------------------------------------------------- Spanish–English claim
def _claim(title: str = "Reclamo de Cliente / Customer Claim", accents: bool = True) -> dict[str, Any]:
    def es(text: str) -> str:
        return text if accents else text.translate(str.maketrans("áéíóú", "aeiou"))

    return {
        "A1": title,
        "A3": "Claim No. / No. de reclamo",
        "B3": "RC-MX-2026-0142",
        "C3": "Claim date / Fecha de reclamo (dd/mm/aaaa)",
        "D3": "04/03/2026",  # 4 March by the hint (the US order would make it 3 April)
        "A4": "Cliente",
        "B4": "Nemak México S.A. de C.V.",
        "C4": "Orden de compra",
        "D4": "4500918273",
        "A5": "No. de parte",
        "B5": "NMK-BRK-4410",
        "C5": "Lote",
        "D5": "L2602-17",
        "A6": "Cantidad",
        "B6": "1,200 pzas",
        "C6": "Cantidad rechazada",
        "D6": "36 pzs",
        "A7": es("Descripción del problema"),
        "B7": "Rebaba en el barreno de montaje; las piezas no ensamblan.",
        "A8": es("Fecha de embarque"),
        "B8": "20/02/2026",
    }


def _check_claim(doc: dict[str, Any]) -> None:
    rec = doc["record"]
    assert doc["kind"] == "complaint"  # by its title, no --kind
    assert rec["number"] == "RC-MX-2026-0142"
    assert rec["received_date"] == "2026-03-04"
    assert "date_order_inferred" in _flagged(doc, "received_date")  # the hint decided: told
    assert rec["customer"] == "Nemak México S.A. de C.V."
    assert rec["order_no"] == "4500918273"
    assert rec["part_no"] == "NMK-BRK-4410"
    assert rec["lot_no"] == "L2602-17"
    assert rec["ship_qty"] == 1200
    assert rec["defect_qty"] == 36
    assert rec["description"] == "Rebaba en el barreno de montaje; las piezas no ensamblan."
    assert rec["ship_date"] == "2026-02-20"
    # a bare Cantidad is a generic word: read, and said to be checked (never silent)
    assert "low_confidence" in _flagged(doc, "ship_qty")


def test_a_spanish_english_claim_is_a_complaint_read_in_the_workbook(tmp_path):
    _check_claim(_doc(_sheet(tmp_path / "reclamo.xlsx", _claim(), "Reclamo")))


def test_a_spanish_english_claim_is_a_complaint_read_in_the_printed_pdf(tmp_path):
    xlsx = _sheet(tmp_path / "reclamo-print.xlsx", _claim(), "Reclamo")
    _check_claim(_doc(_print(xlsx, tmp_path)))


def test_a_spanish_claim_report_typed_without_accents_reads_the_same(tmp_path):
    cells = _claim(title="Reporte de Reclamacion", accents=False)
    _check_claim(_doc(_sheet(tmp_path / "reporte.xlsx", cells, "Reporte")))


def test_the_day_first_hint_decides_the_other_way_too(tmp_path):
    cells = _claim()
    cells["C3"] = "Fecha de reclamo (mm/dd/aaaa)"
    doc = _doc(_sheet(tmp_path / "reclamo-us.xlsx", cells, "Reclamo"))
    assert doc["record"]["received_date"] == "2026-04-03"
    assert "date_order_inferred" in _flagged(doc, "received_date")


# ----------------------------------------------------------------------- Spanish–English credit note
def _credit_note() -> dict[str, Any]:
    return {
        "A1": "Nota de crédito / Credit Note",
        "A3": "Note No. / Folio",
        "B3": "NC-7781",
        "C3": "Fecha",
        "D3": "15/03/2026",
        "A4": "Cliente",
        "B4": "Grupo Industrial Saltillo S.A.B. de C.V.",
        "C4": "RFC",
        "D4": "GIS850101AB3",
        "A5": "Reclamo No.",
        "B5": "RC-MX-2026-0142",
        "C5": "Factura",
        "D5": "F-99120",
        "A6": "Fecha de factura",
        "B6": "28/02/2026",
        "A8": "Descripción",
        "B8": "Cantidad",
        "C8": "Precio unitario",
        "D8": "Importe",
        "A9": "Soporte de freno NMK-BRK-4410",
        "B9": "36 piezas",
        "C9": 12.5,
        "D9": 450,
    }


_FIGURES = ("C8", "D8")  # Precio unitario, Importe


def _check_credit_note(doc: dict[str, Any]) -> None:
    rec = doc["record"]
    assert doc["kind"] == "allowance"
    assert rec["number"] == "NC-7781"
    assert rec["issue_date"] == "2026-03-15"
    assert "low_confidence" in _flagged(doc, "issue_date")  # a bare Fecha: read and told
    assert rec["buyer"] == "Grupo Industrial Saltillo S.A.B. de C.V."
    assert rec["buyer_tax_id"] == "GIS850101AB3"
    assert rec["complaint_number"] == "RC-MX-2026-0142"
    assert rec["invoice_no"] == "F-99120"
    assert rec["invoice_date"] == "2026-02-28"
    [line] = rec["items"]
    assert line["name"] == "Soporte de freno NMK-BRK-4410"
    assert line["qty"] == 36
    assert line["unit_price"] == "12.50"
    assert line["allowance_amount"] == "450.00"


def test_a_spanish_english_credit_note_is_an_allowance_read_in_the_workbook(tmp_path):
    _check_credit_note(_doc(_sheet(tmp_path / "nota.xlsx", _credit_note(), "NC", _FIGURES)))


def test_a_spanish_english_credit_note_is_an_allowance_read_in_the_printed_pdf(tmp_path):
    xlsx = _sheet(tmp_path / "nota-print.xlsx", _credit_note(), "NC", _FIGURES)
    _check_credit_note(_doc(_print(xlsx, tmp_path)))


# --------------------------------------------------------------- a Japanese customer's 不具合連絡書
def _renrakusho(customer_label: str = "お客様名") -> dict[str, Any]:
    return {
        "A1": "不具合連絡書",
        "A3": "管理番号",
        "B3": "TK-QC-26-0318",
        "C3": "受付日",
        "D3": "2026/03/18",
        "A4": customer_label,
        "B4": "株式会社デンソー",
        "C4": "発生日",
        "D4": "2026/03/16",
        "A5": "品番",
        "B5": "DN-8841-220",
        "C5": "品名",
        "D5": "ブラケット",
        "A6": "数量",
        "B6": "2,400",
        "C6": "不良数",
        "D6": "24",
        "A7": "不具合内容",
        "B7": "取付穴の位置ずれ 0.3mm、組付け不可。",
        "A8": "原因",
        "B8": "治具の摩耗による位置ずれ。",
        "A9": "暫定対策",
        "B9": "在庫全数選別、不良品隔離。",
        "A10": "恒久対策",
        "B10": "治具交換、定期点検を追加。",
        "A12": "承認",
        "B12": "山田太郎",
        "C12": "確認",
        "D12": "佐藤花子",
        "A13": "作成",
        "B13": "鈴木一郎",
    }


def _check_renrakusho(doc: dict[str, Any]) -> None:
    rec = doc["record"]
    assert doc["kind"] == "complaint"  # 不具合連絡書: the customer's notice of a defect
    assert "kind_guessed" not in _flagged(doc, "")
    assert rec["number"] == "TK-QC-26-0318"
    assert rec["received_date"] == "2026-03-18"  # 受付日, not the 発生日 beside it
    assert rec["customer"] == "株式会社デンソー"
    assert rec["part_no"] == "DN-8841-220"
    assert rec["part_name"] == "ブラケット"
    assert rec["ship_qty"] == 2400
    assert rec["defect_qty"] == 24
    assert rec["description"] == "取付穴の位置ずれ 0.3mm、組付け不可。"
    assert rec["root_cause"] == "治具の摩耗による位置ずれ。"
    assert rec["short_term_action"] == "在庫全数選別、不良品隔離。"
    assert rec["long_term_action"] == "治具交換、定期点検を追加。"
    assert rec["approver"] == "山田太郎"
    assert rec["sales_supervisor"] == "佐藤花子"
    assert rec["reporter"] == "鈴木一郎"


def test_a_japanese_customers_defect_notice_is_a_complaint_read_in_the_workbook(tmp_path):
    _check_renrakusho(_doc(_sheet(tmp_path / "renraku.xlsx", _renrakusho(), "連絡書")))


def test_a_japanese_customers_defect_notice_is_a_complaint_read_in_the_printed_pdf(tmp_path):
    xlsx = _sheet(tmp_path / "renraku-print.xlsx", _renrakusho("顧客名"), "連絡書")
    _check_renrakusho(_doc(_print(xlsx, tmp_path)))


def test_the_day_it_arose_alone_is_read_as_the_received_date_and_told(tmp_path):
    cells = _renrakusho()
    del cells["C3"], cells["D3"]  # no 受付日: 発生日 is the sheet's only date
    doc = _doc(_sheet(tmp_path / "renraku-hassei.xlsx", cells, "連絡書"))
    assert doc["record"]["received_date"] == "2026-03-16"
    assert "low_confidence" in _flagged(doc, "received_date")


# ------------------------------------------------------------- a supplier's 不具合報告書 is no complaint
def _hokokusho() -> dict[str, Any]:
    return {
        "A1": "不具合報告書",
        "A3": "管理番号",
        "B3": "JP-8D-0412",
        "C3": "受付日",
        "D3": "2026/04/12",
        "A4": "お客様名",
        "B4": "トヨタ紡織株式会社",
        "C4": "品番",
        "D4": "TB-7721-05",
        "A6": "不具合内容",
        "B6": "シート金具の溶接不良、12個。",
        "C6": "不具合数",
        "D6": 12,
        "A7": "暫定対策",
        "B7": "在庫品全数検査。",
        "A8": "発生原因",
        "B8": "溶接電流の設定ミス。",
        "A9": "流出原因",
        "B9": "外観検査のみで強度未確認。",
        "A10": "恒久対策",
        "B10": "電流値のインターロック追加。",
        "A11": "完了日",
        "B11": "2026/05/10",
        "A12": "承認",
        "B12": "田中一郎",
    }


def test_a_suppliers_defect_report_with_the_same_labels_stays_an_8d(tmp_path):
    doc = _doc(_sheet(tmp_path / "hokoku.xlsx", _hokokusho(), "報告書"))
    rec = doc["record"]
    assert doc["kind"] == "8d"  # its title decides: never the complaint its labels also name
    assert "kind_guessed" not in _flagged(doc, "")
    assert rec["number"] == "JP-8D-0412"
    assert rec["customer"] == "トヨタ紡織株式会社"
    assert rec["opened_date"] == "2026-04-12"  # 受付日
    assert rec["problem"]["statement"] == "シート金具の溶接不良、12個。"
    assert {c["type"]: c["cause"] for c in rec["root_cause"]} == {
        "occurrence": "溶接電流の設定ミス。",
        "escape": "外観検査のみで強度未確認。",
    }
    assert rec["closure"]["approved_by"] == "田中一郎"


def test_a_suppliers_defect_report_printed_stays_an_8d(tmp_path):
    xlsx = _sheet(tmp_path / "hokoku-print.xlsx", _hokokusho(), "報告書")
    doc = _doc(_print(xlsx, tmp_path))
    assert doc["kind"] == "8d"
    assert doc["record"]["number"] == "JP-8D-0412"


# ------------------------------------------------------------------------------ the pieces alone
def test_the_spanish_year_in_a_date_hint_and_the_pieces():
    assert label_order("Fecha (dd/mm/aaaa)") == ("d", "m", "y")
    assert label_order("Fecha (AAAA-MM-DD)") == ("y", "m", "d")
    assert date_in_label_order("Fecha de reclamo (dd/mm/aaaa)", "04/03/2026") == "2026-03-04"
    assert label_order("Notas (para el cliente)") is None  # no hint in words
    assert count_value("1,200 pzas") == 1200
    assert count_value("36 pzs") == 36
    assert count_value("3 piezas") == 3
    assert count_value("1 pieza") == 1


def test_a_label_typed_without_its_accents_is_the_same_label():
    assert norm("Descripción del problema") == norm("Descripcion del problema")
    assert norm("Fecha de emisión") == "fechadeemision"
    assert norm("が") == "が"  # a kana's voicing mark stays: no Latin letter
