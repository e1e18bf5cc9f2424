"""A complaint sent as a letter in prose (dev21-rh21b; holdout21's mail-merged letter): read from
the letter's set phrases, every value warned of, the document said to be a letter; a letter
that complains of nothing, or a form, is never read so. Letters of our own, several wordings."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from fpdf import FPDF
from test_reader_guards import parse, value, warned

from kesu_docs.parse import parse_paths

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def _letter_pdf(tmp_path: Path, lines: list[str], name: str = "letter.pdf") -> Path:
    pdf = FPDF(unit="pt", format="A4")
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    for line in lines:
        if line:
            pdf.multi_cell(470, 15, line, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.ln(10)
    path = tmp_path / name
    pdf.output(str(path))
    return path


MIDLAND = [
    "Midland Brackets Ltd",
    "14 Canal Street, Birmingham B1 2JP",
    "",
    "Zhejiang Hengli Stamping Co., Ltd.",
    "Birmingham, 12 October 2026",
    "Our ref.: QN/26/0412",
    "",
    "Dear Ms Chen,",
    "",
    "We write to complain about part number BR-4410 (Mounting bracket) from batch B2609-3, shipped "
    "against our PO 7700123. 2,400 pieces were delivered; 150 pieces are rejected for burrs on the "
    "mounting holes.",
    "We ask for a credit note for the rejected quantity. Your containment plan is due by 30 October 2026.",
    "",
    "Kind regards,",
    "",
    "Tom Baker",
    "Incoming Quality",
    "Midland Brackets Ltd",
]


def test_a_complaint_letter_is_read_from_its_set_phrases_each_value_warned(tmp_path):
    result = parse(_letter_pdf(tmp_path, MIDLAND))
    assert result.kind == "complaint" and result.record is not None
    read = {
        "received_date": "2026-10-12",
        "number": "QN/26/0412",
        "part_no": "BR-4410",
        "part_name": "Mounting bracket",
        "lot_no": "B2609-3",
        "order_no": "7700123",
        "ship_qty": 2400,
        "defect_qty": 150,
        "customer_request": ["allowance"],
        "customer": "Midland Brackets Ltd",
    }
    for path, expected in read.items():
        assert value(result, path) == expected, path
        assert warned(result, path, "low_confidence"), path  # never silent: read out of a sentence
    assert value(result, "description") is None  # "are rejected for …" states no defect phrase we take
    assert [w.code for w in result.warnings if not w.field] == ["complaint_letter"]
    said = next(w for w in result.warnings if w.code == "complaint_letter")
    assert "complaint letter" in said.message("en") and "投诉信" in said.message("zh")
    assert any(e.field == "complaint_type" for e in result.errors)  # what the letter does not state


def test_a_letter_with_no_date_line_takes_no_date_from_its_sentences(tmp_path):
    lines = [ln for ln in MIDLAND if not ln.startswith("Birmingham,")]
    result = parse(_letter_pdf(tmp_path, lines))
    assert value(result, "received_date") is None  # "due by 30 October 2026" is no received date
    assert value(result, "number") == "QN/26/0412"


def test_the_defect_is_what_the_rejected_parts_show_and_the_request_its_word(tmp_path):
    lines = [
        "Nordic Pumps AB",
        "Gothenburg, 3 November 2026",
        "Reference: NP-CQ-7781",
        "Dear Sir or Madam,",
        "Re: Complaint - part no. IMP-220 (Impeller)",
        "Lot 26-0977 was received against purchase order 4400019981. Of the 600 pcs delivered, 42 pcs "
        "show cracks at the hub, found at incoming inspection.",
        "We request the return of the whole lot and a replacement delivery.",
        "Yours sincerely,",
        "Anna Lind",
        "Nordic Pumps AB",
    ]
    result = parse(_letter_pdf(tmp_path, lines))
    assert value(result, "description") == "cracks at the hub, found at incoming inspection"
    assert value(result, "ship_qty") == 600 and value(result, "defect_qty") == 42
    assert value(result, "customer_request") == ["return", "replacement"]
    assert value(result, "lot_no") == "26-0977" and value(result, "part_name") == "Impeller"
    assert warned(result, "description", "low_confidence")


def test_a_letter_that_complains_of_nothing_is_still_no_form(tmp_path):
    lines = [
        "Midland Brackets Ltd",
        "Birmingham, 12 October 2026",
        "Dear Ms Chen,",
        "Thank you for your quotation for part number BR-4410. We confirm our PO 7700123 for 2,400 pcs.",
        "Kind regards,",
        "Tom Baker",
        "Midland Brackets Ltd",
    ]
    [result] = parse_paths([_letter_pdf(tmp_path, lines)])
    assert result.record is None and [e.code for e in result.errors] in (["not_a_form"], ["unknown_kind"])


def test_a_letter_is_read_with_kind_complaint_and_refused_for_another_kind(tmp_path):
    path = _letter_pdf(tmp_path, MIDLAND)
    assert value(parse(path, kind="complaint"), "number") == "QN/26/0412"
    [other] = parse_paths([path], kind="return")
    assert other.record is None and other.errors


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")
def test_a_letter_printed_by_a_browser_is_read_alike(tmp_path):
    body = "".join(f"<p>{ln}</p>" if ln else "<br>" for ln in MIDLAND)
    html = tmp_path / "letter.html"
    html.write_text(
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>body{{font-family:serif;font-size:11pt}}"
        f"p{{margin:2px 0}}</style></head><body>{body}</body></html>",
        encoding="utf-8",
    )
    pdf = tmp_path / "letter.pdf"
    subprocess.run(
        [
            str(CHROMIUM),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            f"--user-data-dir={tmp_path / 'profile'}",
            "--no-pdf-header-footer",
            f"--print-to-pdf={pdf}",
            html.as_uri(),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    result = parse(pdf)
    assert value(result, "ship_qty") == 2400 and value(result, "customer") == "Midland Brackets Ltd"
    assert value(result, "received_date") == "2026-10-12" and warned(result, "ship_qty", "low_confidence")


def test_an_american_letter_reads_its_month_first_date_and_po(tmp_path):
    lines = [
        "Great Lakes Fluid Power Inc.",
        "Toledo, OH 43604",
        "March 5, 2026",
        "Our reference: GL-SCAR-2291",
        "Dear Mr. Wang,",
        "Subject: Supplier corrective action request for part # GL-77120 (Valve spool)",
        "Your shipment against P.O. 88213 was inspected on receipt: 3,000 pcs were shipped and 75 pcs "
        "were found defective (undersize diameter).",
        "We require the replacement of the defective parts.",
        "Best regards,",
        "Mike Rossi",
        "Great Lakes Fluid Power Inc.",
    ]
    result = parse(_letter_pdf(tmp_path, lines))
    assert value(result, "received_date") == "2026-03-05"
    assert value(result, "order_no") == "88213" and value(result, "part_no") == "GL-77120"
    assert value(result, "ship_qty") == 3000 and value(result, "defect_qty") == 75
    assert value(result, "customer_request") == ["replacement"]
    assert value(result, "customer") == "Great Lakes Fluid Power Inc."
    assert all(warned(result, p, "low_confidence") for p in ("received_date", "order_no", "defect_qty"))


# ---------------------------------------------------------------------------------- letters beyond English
# (dev22-letters) a Chinese customer's 投诉函 / 客訴函, German, French and Spanish letters, printed to PDF or
# pasted into a workbook's column A: read from the same set phrases (kesu_docs/parse/letter_phrases.py)

CJK_FONT = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
needs_cjk = pytest.mark.skipif(not CJK_FONT.is_file(), reason="fonts-wqy-microhei is not installed")


def _cjk_letter_pdf(tmp_path: Path, lines: list[str], name: str = "letter.pdf") -> Path:
    pdf = FPDF(unit="pt", format="A4")
    pdf.add_page()
    pdf.add_font("cjk", "", str(CJK_FONT))  # (Latin too: one font for the German, French and Spanish letters)
    pdf.set_font("cjk", size=11)
    for line in lines:
        if line:
            pdf.multi_cell(470, 16, line, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.ln(10)
    path = tmp_path / name
    pdf.output(str(path))
    return path


def _letter_xlsx(tmp_path: Path, lines: list[str], name: str = "letter.xlsx", one_cell: bool = False) -> Path:
    """The letter pasted into a sheet: a line a row down column A, or all of it in A1."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    if one_cell:
        ws["A1"] = "\n".join(lines)
    else:
        for row, line in enumerate(lines, 1):
            if line:
                ws.cell(row, 1, line)
    path = tmp_path / name
    wb.save(path)
    return path


def _all_warned(result) -> None:
    read = [p for p, v in result.record.model_dump(mode="json").items() if v not in (None, "", [], {})]
    for path in set(read) - {"defect_rate"}:  # (the rate is worked out of two values read so)
        assert warned(result, path, "low_confidence"), path
    assert [w.code for w in result.warnings if not w.field] == ["complaint_letter"]


HANS = [
    "质量投诉函",
    "函号：QA-2026-0528",
    "尊敬的东莞鑫达五金制品有限公司：",
    "我司于2026年5月20日收到贵司交付的散热片（型号 HS-9031，生产批号 B260517，采购订单号 4100337），"
    "共 1,500 件，其中 45 件不良。",
    "不良现象：翅片压伤变形，无法装配。",
    "要求贵司尽快换货，并于5个工作日内提交8D报告。",
    "此致",
    "敬礼！",
    "杭州群星电器有限公司 质量管理部",
    "2026年5月28日",
]


@needs_cjk
def test_a_chinese_complaint_letter_is_read_from_its_set_phrases(tmp_path):
    result = parse(_cjk_letter_pdf(tmp_path, HANS))
    assert result.kind == "complaint" and result.record is not None
    read = {
        "received_date": "2026-05-28",  # the date under the signature, as a Chinese letter dates itself
        "number": "QA-2026-0528",
        "part_no": "HS-9031",
        "lot_no": "B260517",
        "order_no": "4100337",
        "ship_qty": 1500,
        "defect_qty": 45,
        "description": "翅片压伤变形，无法装配",
        "customer_request": ["replacement"],
        "customer": "杭州群星电器有限公司",  # the signing company, not its department, not the addressee
    }
    for path, expected in read.items():
        assert value(result, path) == expected, path
    _all_warned(result)
    said = next(w for w in result.warnings if w.code == "complaint_letter")
    assert "投诉信" in said.message("zh")


def test_a_traditional_script_mail_pasted_into_a_sheet_takes_the_letters_year(tmp_path):
    lines = [
        "主旨：客訴通知",
        "陳課長您好：",
        "本公司於2026年4月7日收到之連接器（料號 CN-4402A），到貨數量 2,000 pcs，不良 58 pcs。",
        "異常描述為端子氧化發黑。",
        "請貴司退貨並補貨。",
        "謝謝！",
        "新竹立騰科技股份有限公司 品保課 林怡君",
        "4月9日",
    ]
    for path in (_letter_xlsx(tmp_path, lines), _letter_xlsx(tmp_path, lines, "mail.xlsx", one_cell=True)):
        result = parse(path)
        assert result.record is not None, path
        assert value(result, "received_date") == "2026-04-09"  # 4月9日 in the year the letter writes
        assert warned(result, "received_date", "date_year_inferred")
        assert value(result, "part_no") == "CN-4402A"
        assert (value(result, "ship_qty"), value(result, "defect_qty")) == (2000, 58)
        assert value(result, "description") == "端子氧化發黑"  # as the customer wrote it
        assert value(result, "customer_request") == ["return", "resupply"]
        assert value(result, "customer") == "新竹立騰科技股份有限公司"
        _all_warned(result)


def test_a_chinese_letter_dated_without_its_year_takes_its_numbers_year_or_none(tmp_path):
    lines = [*HANS[:3], "贵司送来的散热片（型号 HS-9031）不良 45 pcs。", *HANS[6:9], "5月28日"]
    result = parse(_letter_xlsx(tmp_path, lines))  # 函号 QA-2026-0528: the year its number carries
    assert value(result, "defect_qty") == 45 and value(result, "received_date") == "2026-05-28"
    assert warned(result, "received_date", "date_year_from_number")
    unnumbered = [ln for ln in lines if not ln.startswith("函号")]
    result = parse(_letter_xlsx(tmp_path, unnumbered, "unnumbered.xlsx"))
    assert warned(result, "received_date", "invalid_date")  # no year anywhere: never a guess


@needs_cjk
def test_a_german_letter_counts_its_point_grouped_thousands(tmp_path):
    lines = [
        "Westfalia Gerätebau GmbH",
        "Bielefeld, den 14. September 2026",
        "Unser Zeichen: QS-26-1183",
        "Sehr geehrte Damen und Herren,",
        "hiermit reklamieren wir die Lieferung über 4.800 Stück Gehäusedeckel (Sachnummer GD-5512, "
        "Charge 26-0833, Bestellung 4500771020). Bei der Wareneingangsprüfung waren 240 Stück fehlerhaft.",
        "Wir bitten um Ersatz sowie eine Gutschrift für die Prüfkosten.",
        "Mit freundlichen Grüßen",
        "Jonas Weber",
        "Westfalia Gerätebau GmbH",
    ]
    result = parse(_cjk_letter_pdf(tmp_path, lines))
    assert value(result, "received_date") == "2026-09-14" and value(result, "number") == "QS-26-1183"
    assert (value(result, "part_no"), value(result, "lot_no")) == ("GD-5512", "26-0833")
    assert value(result, "order_no") == "4500771020"
    assert (value(result, "ship_qty"), value(result, "defect_qty")) == (4800, 240)  # 4.800: never 4.8
    assert value(result, "customer_request") == ["replacement", "allowance"]
    assert value(result, "customer") == "Westfalia Gerätebau GmbH"
    _all_warned(result)


@needs_cjk
def test_a_french_letter_with_space_grouped_figures(tmp_path):
    lines = [
        "Mécanique du Jura SA",
        "Besançon, le 2 juin 2026",
        "Notre référence : MJ-RQ-0612",
        "Madame, Monsieur,",
        "Nous vous faisons part d'une réclamation : sur les 3 600 pièces livrées au titre de la commande "
        "n° 66021 (pièce n° AX-208, lot 2605-11), 75 pièces présentent des fissures au filetage.",
        "Nous demandons le retour du lot et son remplacement.",
        "Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.",
        "Claire Dubois",
        "Mécanique du Jura SA",
    ]
    result = parse(_cjk_letter_pdf(tmp_path, lines))
    assert value(result, "received_date") == "2026-06-02" and value(result, "number") == "MJ-RQ-0612"
    assert (value(result, "part_no"), value(result, "lot_no"), value(result, "order_no")) == (
        "AX-208",
        "2605-11",
        "66021",
    )
    assert (value(result, "ship_qty"), value(result, "defect_qty")) == (3600, 75)
    assert value(result, "description") == "des fissures au filetage"
    assert value(result, "customer_request") == ["return", "replacement"]
    _all_warned(result)


def test_a_spanish_mail_pasted_into_a_sheet(tmp_path):
    lines = [
        "Zaragoza, 21 de julio de 2026",
        "Nuestra referencia: IB-2026-317",
        "Estimados señores:",
        "Les enviamos una reclamación por el número de pieza EJ-7730 (Eje), lote 0726-B, pedido 51208. "
        "Hemos recibido 900 piezas y 36 piezas son defectuosas.",
        "Solicitamos la sustitución de las piezas.",
        "Un cordial saludo,",
        "Ibérica de Motores S.A.",
    ]
    result = parse(_letter_xlsx(tmp_path, lines))
    assert value(result, "received_date") == "2026-07-21" and value(result, "part_name") == "Eje"
    assert (value(result, "ship_qty"), value(result, "defect_qty")) == (900, 36)
    assert value(result, "customer_request") == ["replacement"]
    assert value(result, "customer") == "Ibérica de Motores S.A."
    _all_warned(result)


NOT_COMPLAINTS = {
    "zh-reminder": [
        "尊敬的东莞鑫达五金制品有限公司：",
        "关于我司5月28日的质量投诉（函号 QA-2026-0528），至今仍未收到贵司的8D报告，请于本周内回复。",
        "此致",
        "敬礼！",
        "杭州群星电器有限公司",
    ],
    "zh-meeting": [
        "各位供应商：您好！",
        "为改善近期来料不良问题，兹定于2026年6月10日召开供应商质量会议，请各派2人参加。",
        "谢谢！",
        "杭州群星电器有限公司 采购部",
    ],
    "zh-thanks": [
        "王经理您好：",
        "感谢贵司对上月客诉的快速处理，异常已关闭。",
        "顺颂商祺",
        "新竹立騰科技股份有限公司",
    ],
    "de-reminder": [
        "Sehr geehrte Damen und Herren,",
        "zu unserer Reklamation QS-26-1183 liegt uns noch kein 8D-Bericht vor. Bitte senden Sie ihn bis Freitag.",
        "Mit freundlichen Grüßen",
        "Westfalia Gerätebau GmbH",
    ],
    "fr-thanks": [
        "Madame, Monsieur,",
        "Nous vous remercions du traitement rapide de notre réclamation MJ-RQ-0612, désormais close.",
        "Cordialement,",
        "Mécanique du Jura SA",
    ],
    "es-invoice": [
        "Estimados señores:",
        "Adjuntamos la factura 2026-0418 correspondiente al abono de la reclamación del mes pasado.",
        "Atentamente,",
        "Ibérica de Motores S.A.",
    ],
}


@pytest.mark.parametrize("name", sorted(NOT_COMPLAINTS))
def test_a_letter_stating_no_part_and_no_quantity_is_no_complaint(tmp_path, name):
    [result] = parse_paths([_letter_xlsx(tmp_path, NOT_COMPLAINTS[name], f"{name}.xlsx")])
    assert result.record is None and [e.code for e in result.errors] in (
        ["not_a_form"],
        ["unknown_kind"],
        ["empty_workbook"],
    ), name


@needs_cjk
def test_a_chinese_reminder_printed_to_pdf_is_no_complaint(tmp_path):
    [result] = parse_paths([_cjk_letter_pdf(tmp_path, NOT_COMPLAINTS["zh-reminder"])])
    assert result.record is None


def test_a_workbook_letter_is_refused_for_another_kind(tmp_path):
    path = _letter_xlsx(tmp_path, HANS)
    [other] = parse_paths([path], kind="return")
    assert other.record is None and other.errors


def test_a_chinese_letters_count_is_of_pieces_never_of_lots_or_dates(tmp_path):
    lines = [
        "尊敬的供应商：",
        "贵司3月2日交付的垫片（品号 WS-1208）来料 2 批共 800 件，经检验不良 64 件，不良描述为尺寸超差。",
        "谢谢！",
        "常州德力机械有限公司",
    ]
    result = parse(_letter_xlsx(tmp_path, lines))
    assert (value(result, "ship_qty"), value(result, "defect_qty")) == (800, 64)  # never "2 批", "3月2日"
    assert value(result, "description") == "尺寸超差" and value(result, "part_no") == "WS-1208"
    _all_warned(result)


def test_a_count_in_a_letters_words_is_a_quantity_in_a_form_too(tmp_path):
    """The count words a letter says (pieces, pièces, Teile) are the quantity type's own: one list."""
    from kesu_docs.values import _qty

    assert [_qty(t) for t in ("2,400 pieces", "36 pièces", "120 Teile", "58 pcs")] == [2400, 36, 120, 58]


@needs_cjk
def test_a_chinese_letter_listing_its_details_a_line_each(tmp_path):
    """A value after its phrase stops at its line's end, and 不良 heading the next line's count
    (不良数量：…) is no "… pcs 不良" of the line above."""
    lines = [
        "品质异常联络函",
        "尊敬的昆山永嘉塑胶有限公司：",
        "我司IQC检验发现贵司送货的面板存在质量问题，详情如下：",
        "品号：PN-3317",
        "批号：LT260611",
        "交货数量：2,400 pcs",
        "不良数量：96 pcs",
        "不良现象：表面缩水",
        "请贵司三日内回复改善对策。",
        "谢谢！",
        "无锡博远电子有限公司 IQC",
        "2026年6月12日",
    ]
    for path in (_cjk_letter_pdf(tmp_path, lines), _letter_xlsx(tmp_path, lines)):
        result = parse(path)
        assert value(result, "part_no") == "PN-3317" and value(result, "lot_no") == "LT260611"
        assert (value(result, "ship_qty"), value(result, "defect_qty")) == (2400, 96), path
        assert value(result, "description") == "表面缩水", path  # not run on into the next line
        assert value(result, "received_date") == "2026-06-12"
        _all_warned(result)


def test_an_english_mail_pasted_into_a_sheet_is_read_as_a_letter(tmp_path):
    lines = [
        "From: Priya Nair <p.nair@example.com>",
        "Sent: Tuesday, August 4, 2026 9:40 AM",
        "Subject: Quality complaint - part no. SW-6610 (Rocker switch)",
        "Hi Mr. Zhou,",
        "Lot 2607-22 arrived against PO 330981. We received 5,000 pcs and 210 pcs are faulty (sticking contacts).",
        "We request a replacement delivery.",
        "Thanks and regards,",
        "Priya Nair",
        "Coastal Appliances Pty Ltd",
    ]
    result = parse(_letter_xlsx(tmp_path, lines, one_cell=True))
    assert value(result, "received_date") == "2026-08-04" and value(result, "part_no") == "SW-6610"
    assert (value(result, "ship_qty"), value(result, "defect_qty")) == (5000, 210)
    assert value(result, "lot_no") == "2607-22" and value(result, "order_no") == "330981"
    assert value(result, "customer") == "Coastal Appliances Pty Ltd"
    _all_warned(result)


@pytest.mark.parametrize(
    "lines",
    [
        [
            "Hallo Frau Li,",
            "die Lieferung über 1.500 Stück (Teilenummer KB-2090) ist fehlerhaft: 60 Stück fehlerhaft.",
            "Vielen Dank",
        ],
        [
            "Bonjour Monsieur Wu,",
            "Réclamation : pièce n° KB-2090, 1 500 pièces livrées dont 60 pièces défectueuses.",
            "Merci",
        ],
        [
            "Hola Sr. Wu:",
            "Reclamación: número de pieza KB-2090, recibimos 1.500 piezas, 60 piezas son defectuosas.",
            "Gracias",
        ],
    ],
    ids=["de", "fr", "es"],
)
def test_a_mails_greeting_and_thanks_frame_a_letter_too(tmp_path, lines):
    result = parse(
        _letter_xlsx(tmp_path, [*lines, "Kestrel Industrie GmbH" if "Hallo" in lines[0] else "Kestrel SA"])
    )
    assert value(result, "part_no") == "KB-2090"
    assert (value(result, "ship_qty"), value(result, "defect_qty")) == (1500, 60)
    _all_warned(result)
