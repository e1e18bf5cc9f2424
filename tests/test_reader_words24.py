"""Customers' words, dates, counts and currencies the reader lacked (issue 10, twenty-fourth
round): each read on forms of our own, as Excel and as LibreOffice's PDF print of it.

- **Serbian dinars** (``1.850,00 дин.``, ``дин``, ``RSD``, ``din.``): the figure, the dinar said
  on the field and named as the form's currency (the CLDR writes the dinar's sign in Bosnian
  only: a home currency's sign is taken from every home language); **Bulgarian leva**
  (``1 234,50 лв.``: the lev of Bulgaria's last years, before the euro of 2026).
- **Dates**: Macedonian ``5 март 2026 год.`` / ``5.3.2026 г.``, Azerbaijani ``5 mart 2026-cı
  il`` (``-ci``, ``-cu``, ``-cü``; Azerbaijani month names), a Serbian date's closing point
  (``05.03.2026.``); Bulgarian, Lithuanian, Estonian as before.
- **Counts**: Macedonian ``парчиња`` / ``парче`` / ``пар.``, Azerbaijani ``ədəd``.
- **Iceland**: ``Kennitala / Reg. No.`` (``kt. 530269-1234``) is the buyer's tax id, shown for
  checking; the kennitala tells that ``kr.`` is the Icelandic króna.
- **Tick boxes each in a cell of their own** before their option's word (``þ`` / ``¨`` in
  Wingdings, ``R`` / ``£`` in Wingdings 2): the chosen options. Printed where the font is
  lost, their private-use codes (U+F0FE, U+F0A8) are read and said (``ticks_by_private_code``);
  their Latin codes in a text font are not read and said (``ticks_not_shown``, as before).
- **A sheet declaring the whole grid** (``A1:XFD1048576``, rows spanning 16,384 columns, one
  ``<cols>`` entry over them all) with a few dozen cells: read, learned and read by its profile
  without walking the declared grid.
- **India**: lakh grouping (``1,20,000.00``) and the long-date formats ``[$-4009]`` /
  ``[$-F800]`` (``Thursday, March 5, 2026``), a GSTIN and a GST line's ``Taxable Value``.

Workbooks built here with openpyxl; values and wording of our own.
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path
from typing import Any

import pytest
from helpers import field_codes, kesu, one_page_wide, read_doc, sheet_from_rows, soffice_convert
from openpyxl import Workbook
from openpyxl.styles import Font
from pydantic import TypeAdapter

from kesu_docs.forms import get
from kesu_docs.parse import parse_paths
from kesu_docs.parse.currency import codes_in_figure
from kesu_docs.parse.guards import meta_at
from kesu_docs.parse.symbol_fonts import marks_by_private_code
from kesu_docs.parse.typed import foreign_amount
from kesu_docs.values import Date, Qty


def _book(path: Path, rows: list[list[Any]]) -> Path:
    return sheet_from_rows(
        path.parent, rows, path.name, width=30, printed_one_page_wide=True
    )  # (this module's width)


def _as(path: Path, form: str) -> Path:
    """The workbook itself, or its print through LibreOffice."""
    return path if form == "xlsx" else soffice_convert(path, "pdf", path.parent / "pdf")


def _silent(doc: dict[str, Any], field: str) -> bool:
    return not field_codes(doc, field)


# ------------------------------------------------------------------------------------ values
@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("5 март 2026 год.", "2026-03-05"),  # Macedonian, the year word after the year
        ("14 јануари 2026 год.", "2026-01-14"),
        ("5.3.2026 г.", "2026-03-05"),
        ("5 mart 2026-cı il", "2026-03-05"),  # Azerbaijani: the year's ending, then il
        ("20 fevral 2026-ci il", "2026-02-20"),
        ("1 oktyabr 2023-cü il", "2023-10-01"),
        ("9 sentyabr 2029-cu il", "2029-09-09"),
        ("05.03.2026.", "2026-03-05"),  # Serbian, Croatian: a point after the year
        ("12 фебруар 2026", "2026-02-12"),  # Serbian in Cyrillic
        ("5 март 2026 г.", "2026-03-05"),  # (Bulgarian, Lithuanian, Estonian: as before)
        ("2026 m. kovo 5 d.", "2026-03-05"),
        ("5. märts 2026", "2026-03-05"),
    ],
)
def test_a_date_in_the_customers_language(text: str, date: str):
    assert TypeAdapter(Date).validate_python(text) == dt.date.fromisoformat(date)


@pytest.mark.parametrize("text", ["05.03.", "5.3.", "2026.", "mart 2026-cı"])
def test_a_point_or_a_year_word_makes_no_date_of_a_text_that_is_none(text: str):
    with pytest.raises(ValueError):
        TypeAdapter(Date).validate_python(text)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("1 парче", 1),  # Macedonian
        ("36 пар.", 36),
        ("1 200 парчиња", 1200),
        ("1 250 ədəd", 1250),  # Azerbaijani
        ("40 ədəd", 40),
        ("1 200 бр.", 1200),  # (Bulgarian, Lithuanian, Estonian: as before)
        ("1 200 vnt.", 1200),
        ("1200 tk", 1200),
    ],
)
def test_a_count_with_its_languages_unit_word(text: str, count: int):
    assert TypeAdapter(Qty).validate_python(text) == count


@pytest.mark.parametrize(
    ("text", "read", "code"),
    [
        ("1.850,00 дин.", ("1850.00", "дин."), "RSD"),  # the Serbian dinar, its signs …
        ("95,50 дин", ("95.50", "дин"), "RSD"),
        ("12,00 RSD", ("12.00", "RSD"), "RSD"),
        ("4,25 din.", ("4.25", "din."), "RSD"),
        ("1 234,50 лв.", ("1234.50", "лв."), "BGN"),  # the Bulgarian lev
    ],
)
def test_an_amount_with_its_home_currencys_sign(text: str, read: tuple[str, str], code: str):
    meta = meta_at(get("allowance"), "items[0].unit_price")
    assert foreign_amount(meta, text) == read
    assert codes_in_figure(text) == {code}


def test_a_two_letter_sign_in_latin_letters_names_no_currency():
    assert codes_in_figure("12 km") == set()  # kilometres (the Bosnian mark's KM)
    assert codes_in_figure("Rs. 1,20,000.00") == set()  # India's rupees too, not Pakistan's alone


def test_private_use_boxes_of_one_font_only_are_read():
    assert marks_by_private_code("\uf0fe 退货 \uf0a8 换货") == ("☑ 退货 ☐ 换货", "wingdings")
    assert marks_by_private_code("\uf052 PFMEA \uf0a3 Control Plan") == (
        "☑ PFMEA ☐ Control Plan",
        "wingdings 2",
    )
    assert marks_by_private_code("\uf0fe 退货 \uf0a3 换货") is None  # two fonts' boxes: no guess
    assert marks_by_private_code("\uf0fe 退货 \ue001 换货") is None  # another private character
    assert marks_by_private_code("☑ 退货 ☐ 换货") is None


# ------------------------------------------------------------------------------------ forms
def _serbian_return(path: Path) -> Path:
    return _book(
        path,
        [
            ["POVRAĆAJ ROBE / RETURN NOTE"],
            ["Broj / Return No.", "RS-PV-26-0044", "Datum / Date", "05.03.2026."],
            ["Kupac / Customer", "Novi Sad Elektro d.o.o.", "Reklamacija / Complaint No.", "NSE-RK-26-0012"],
            [
                "Šifra / Part No.",
                "Naziv / Description",
                "Odobreno / Approved",
                "Vraćeno / Returned",
                "Cena / Unit price",
                "Iznos / Amount",
            ],
            [
                "NS-KL-2201",
                "Kleme / Terminal",
                "1 200 kom",
                "1 200 kom",
                "1.850,00 дин.",
                "2.220.000,00 дин.",
            ],
            ["NS-KL-2202", "Poklopac / Cover", "400 kom", "400 kom", "95,50 дин", "38.200,00 дин"],
            ["NS-KL-2203", "Opruga / Spring", "300 kom", "300 kom", "12,00 RSD", "3.600,00 RSD"],
            ["NS-KL-2204", "Vijak / Screw", "1 000 kom", "1 000 kom", "4,25 din.", "4.250,00 din."],
            [],
            ["Razlog / Reason", "Oštećeni navoji pri montaži."],
        ],
    )


@pytest.mark.parametrize("form", ["xlsx", "pdf"])
def test_a_serbian_return_note_in_dinars(tmp_path: Path, form: str):
    doc = read_doc(_as(_serbian_return(tmp_path / "povracaj.xlsx"), form), "return")
    record = doc["record"]
    assert record["issue_date"] == "2026-03-05"
    prices = [(i["unit_price"], i["amount"]) for i in record["items"]]
    assert prices == [
        ("1850.00", "2220000.00"),
        ("95.50", "38200.00"),
        ("12.00", "3600.00"),
        ("4.25", "4250.00"),
    ]
    assert [i["qty_returned"] for i in record["items"]] == [1200, 400, 300, 1000]
    for k in range(4):  # the dinar said on every figure, never taken for the form's own money
        for column in ("unit_price", "amount"):
            assert "amount_in_currency" in field_codes(doc, f"items[{k}].{column}")


@pytest.mark.parametrize("form", ["xlsx", "pdf"])
def test_a_serbian_credit_note_in_dinars_is_in_dinars(tmp_path: Path, form: str):
    path = _book(
        tmp_path / "odobrenje.xlsx",
        [
            ["KNJIŽNO ODOBRENJE / CREDIT NOTE"],
            ["Broj / No.", "KO-26-0207", "Datum / Date", "05.03.2026."],
            ["Kupac / Buyer", "Novi Sad Elektro d.o.o.", "PIB / VAT ID", "RS 101234567"],
            ["Faktura / Invoice No.", "F-26-00981", "Datum fakture / Invoice date", "20.02.2026."],
            ["Artikal / Item", "Količina / Qty", "Cena / Unit price", "Iznos / Amount", "PDV 20% / VAT"],
            ["Kleme NS-KL-2201", "1 200 kom", "1.850,00 дин.", "2.220.000,00 дин.", "444.000,00 дин."],
            ["Ukupno / Total", "", "", "2.220.000,00 дин.", "444.000,00 дин."],
        ],
    )
    [result] = parse_paths([_as(path, form)], kind="allowance")
    record = result.record
    assert record is not None
    assert (str(record.items[0].unit_price), str(record.items[0].allowance_amount)) == (
        "1850.00",
        "2220000.00",
    )
    assert record._currency == "RSD"  # the dinar, no renminbi
    assert record.total_in_words in (None, "")  # no amount in words made in renminbi


def _macedonian(path: Path) -> Path:
    return _book(
        path,
        [
            ["РЕКЛАМАЦИЈА / CUSTOMER COMPLAINT"],
            ["Број / Complaint No.", "MK-RK-26-0031", "Датум / Date received", "5 март 2026 год."],
            ["Купувач / Customer", "Скопски Лим ДООЕЛ", "Нарачка / Order No.", "SL-PO-26-118"],
            ["Шифра / Part No.", "SL-HNG-300", "Назив / Part name", "Шарка / Hinge"],
            ["Испорачано / Delivered qty", "1 200 парчиња", "Датум на испорака / Ship date", "12.2.2026 г."],
            ["Неисправни / Defective qty", "36 пар.", "Побарано / Requested qty", "1 парче"],
            ["Опис / Description", "Корозија на површината по 48 часа."],
            ["Барање / Customer request", "Замена / Replacement"],
        ],
    )


@pytest.mark.parametrize("form", ["xlsx", "pdf"])
def test_a_macedonian_complaint(tmp_path: Path, form: str):
    doc = read_doc(_as(_macedonian(tmp_path / "reklamacija.xlsx"), form), "complaint")
    record = doc["record"]
    assert (record["received_date"], record["ship_date"]) == ("2026-03-05", "2026-02-12")
    assert (record["ship_qty"], record["defect_qty"], record["requested_qty"]) == (1200, 36, 1)
    assert record["customer_request"] == ["replacement"]


def test_a_thousands_point_in_a_macedonian_count_is_said(tmp_path: Path):
    path = _book(
        tmp_path / "mk.xlsx",
        [
            ["РЕКЛАМАЦИЈА / CUSTOMER COMPLAINT"],
            ["Број / Complaint No.", "MK-RK-26-0032", "Датум / Date received", "5 март 2026 год."],
            ["Купувач / Customer", "Скопски Лим ДООЕЛ", "Шифра / Part No.", "SL-HNG-300"],
            ["Испорачано / Delivered qty", "1.200 парчиња", "Неисправни / Defective qty", "36 пар."],
        ],
    )
    doc = read_doc(path, "complaint")
    assert doc["record"]["ship_qty"] == 1200
    assert "ambiguous_thousands" in field_codes(doc, "ship_qty")  # 1.200: read, said


@pytest.mark.parametrize("form", ["xlsx", "pdf"])
def test_an_azerbaijani_complaint(tmp_path: Path, form: str):
    path = _book(
        tmp_path / "sikayet.xlsx",
        [
            ["ŞİKAYƏT AKTI / CUSTOMER COMPLAINT"],
            ["Nömrə / Complaint No.", "AZ-SK-26-0007", "Tarix / Date received", "5 mart 2026-cı il"],
            ["Müştəri / Customer", "Bakı Kabel Zavodu ASC", "Sifariş / Order No.", "BKZ-26-0415"],
            ["Kod / Part No.", "BKZ-GL-110", "Ad / Part name", "Kipkəc / Gland"],
            [
                "Göndərilib / Delivered qty",
                "1 250 ədəd",
                "Göndərilmə tarixi / Ship date",
                "20 fevral 2026-ci il",
            ],
            ["Qüsurlu / Defective qty", "40 ədəd", "İstehsal tarixi / Production date", "05.01.2026"],
            ["Təsvir / Description", "Yivlər montaj zamanı qırılır."],
        ],
    )
    doc = read_doc(_as(path, form), "complaint")
    record = doc["record"]
    assert (record["received_date"], record["ship_date"], record["production_date"]) == (
        "2026-03-05",
        "2026-02-20",
        "2026-01-05",
    )
    assert (record["ship_qty"], record["defect_qty"]) == (1250, 40)
    for field in ("received_date", "ship_date", "ship_qty", "defect_qty"):
        assert _silent(doc, field), field


@pytest.mark.parametrize("form", ["xlsx", "pdf"])
def test_a_bulgarian_return_note_in_leva(tmp_path: Path, form: str):
    path = _book(
        tmp_path / "vrashtane.xlsx",
        [
            ["ПРОТОКОЛ ЗА ВРЪЩАНЕ / RETURN NOTE"],
            ["Номер / Return No.", "BG-VR-26-0019", "Дата / Date", "5 март 2026 г."],
            ["Клиент / Customer", "Пловдив Метал ЕООД", "Рекламация / Complaint No.", "PM-RK-26-0003"],
            [
                "Код / Part No.",
                "Описание / Description",
                "Одобрено / Approved",
                "Върнато / Returned",
                "Ед. цена / Unit price",
                "Сума / Amount",
            ],
            ["PM-BR-4410", "Скоба / Bracket", "1 200 бр.", "1 200 бр.", "1 234,50 лв.", "1 481 400,00 лв."],
            [],
            ["Причина / Reason", "Пукнатини по ръба."],
        ],
    )
    doc = read_doc(_as(path, form), "return")
    record = doc["record"]
    assert record["issue_date"] == "2026-03-05"
    item = record["items"][0]
    assert (item["qty_approved"], item["qty_returned"]) == (1200, 1200)
    assert (item["unit_price"], item["amount"]) == ("1234.50", "1481400.00")
    said = [p for p in doc["warnings"] if p["code"] == "amount_in_currency"]
    assert {p["field"] for p in said} == {"items[0].unit_price", "items[0].amount"}
    assert all("лв." in p["message"] for p in said)


@pytest.mark.parametrize("form", ["xlsx", "pdf"])
def test_a_lithuanian_return_note_in_euros(tmp_path: Path, form: str):
    path = _book(
        tmp_path / "grazinimas.xlsx",
        [
            ["GRĄŽINIMO AKTAS / RETURN NOTE"],
            ["Nr. / Return No.", "LT-GR-26-0022", "Data / Date", "2026 m. kovo 5 d."],
            ["Klientas / Customer", "Kauno Detalės UAB", "Pretenzija / Complaint No.", "KD-PR-26-0008"],
            [
                "Kodas / Part No.",
                "Pavadinimas / Description",
                "Patvirtinta / Approved",
                "Grąžinta / Returned",
                "Kaina / Unit price",
                "Suma / Amount",
            ],
            ["KD-VL-0907", "Vožtuvas / Valve", "1 200 vnt.", "1 200 vnt.", "1 234,50 €", "1 481 400,00 €"],
            [],
            ["Priežastis / Reason", "Nesandarus korpusas."],
        ],
    )
    record = read_doc(_as(path, form), "return")["record"]
    assert record["issue_date"] == "2026-03-05"
    item = record["items"][0]
    assert (item["qty_approved"], item["qty_returned"], item["unit_price"], item["amount"]) == (
        1200,
        1200,
        "1234.50",
        "1481400.00",
    )


@pytest.mark.parametrize("form", ["xlsx", "pdf"])
def test_an_estonian_complaint(tmp_path: Path, form: str):
    path = _book(
        tmp_path / "kaebus.xlsx",
        [
            ["KAEBUS / CUSTOMER COMPLAINT"],
            ["Number / Complaint No.", "EE-KB-26-0014", "Kuupäev / Date received", "5. märts 2026"],
            ["Klient / Customer", "Tartu Plast OÜ", "Tellimus / Order No.", "TP-26-0091"],
            ["Kood / Part No.", "TP-CL-020", "Nimetus / Part name", "Klamber / Clip"],
            ["Tarnitud / Delivered qty", "1200 tk", "Tarnekuupäev / Ship date", "20. veebruar 2026"],
            ["Defektsed / Defective qty", "48 tk"],
            ["Kirjeldus / Description", "Klambrid murduvad paigaldamisel."],
        ],
    )
    record = read_doc(_as(path, form), "complaint")["record"]
    assert (record["received_date"], record["ship_date"]) == ("2026-03-05", "2026-02-20")
    assert (record["ship_qty"], record["defect_qty"]) == (1200, 48)


@pytest.mark.parametrize("form", ["xlsx", "pdf"])
def test_an_icelandic_credit_note_with_a_kennitala(tmp_path: Path, form: str):
    path = _book(
        tmp_path / "kreditreikningur.xlsx",
        [
            ["KREDITREIKNINGUR / CREDIT NOTE"],
            ["Nr. / No.", "IS-KR-26-0005", "Dagsetning / Date", "5. mars 2026"],
            ["Kaupandi / Buyer", "Reykjavík Vélar ehf.", "Kennitala / Reg. No.", "kt. 530269-1234"],
            [
                "Reikningur nr. / Invoice No.",
                "RV-26-20417",
                "Reikningsdagur / Invoice date",
                "20. febrúar 2026",
            ],
            ["Vara / Item", "Magn / Qty", "Einingarverð / Unit price", "Nettó / Net", "VSK 24% / VAT"],
            ["Hinge RV-11", "500 stk", "1.250,00 kr.", "625.000,00 kr.", "150.000,00 kr."],
            ["Samtals / Total", "", "", "625.000,00 kr.", "150.000,00 kr."],
        ],
    )
    [result] = parse_paths([_as(path, form)], kind="allowance")
    doc = result.to_dict("en")
    assert doc["record"]["buyer_tax_id"] == "kt. 530269-1234"
    assert "low_confidence" in field_codes(doc, "buyer_tax_id")  # (it may be the issuer's)
    assert doc["record"]["items"][0]["unit_price"] == "1250.00"
    assert result.record is not None and result.record._currency == "ISK"  # the kennitala's króna
    said = next(p for p in doc["warnings"] if p["field"] == "items[0].unit_price")
    assert said["code"] == "amount_in_currency" and "ISK" in said["message"]


# ------------------------------------------------------------------------------------ ticks
def _ticks(path: Path, font: str, on: str, off: str) -> Path:
    """A complaint whose 客户要求 is a row of boxes each in a narrow cell of its own set in
    ``font`` (``on`` the chosen option's box, ``off`` the others'), the option's word beside:
    退货 and 折让 chosen."""
    wb = Workbook()
    ws = wb.active
    for row in [
        ["客户投诉单"],
        ["投诉编号", "CC-WD-2603-021", "接收日期", "2026-03-05"],
        ["客户", "苏州恒达电器有限公司", "订单号", "PO-HD-2602-33"],
        ["零件号", "HD-SW-0412", "零件名称", "开关面板"],
        ["交货数量", 3000, "不良数量", 75],
        ["问题描述", "面板划伤，外观不良。"],
        ["客户要求", on, "退货", off, "换货", on, "折让", off, "赔款"],
        ["备注", "无"],
    ]:
        ws.append(row)
    for col in "BDFH":
        ws[f"{col}7"].font = Font(name=font, size=12)
        ws.column_dimensions[col].width = 6
    for col in "ACEGI":
        ws.column_dimensions[col].width = 16
    one_page_wide(ws)
    wb.save(path)
    return path


@pytest.mark.parametrize(
    ("font", "on", "off"),
    [
        ("Wingdings", "þ", "¨"),  # a box with a tick, an empty box
        ("Wingdings", "ý", "¨"),  # a box with an X
        ("Wingdings", "ü", "¨"),  # a tick alone
        ("Wingdings 2", "R", "£"),
        ("Wingdings 2", "T", "£"),
        ("Wingdings", "\uf0fe", "\uf0a8"),  # the codes at their private-use places
        ("Calibri", "☑", "☐"),  # (the boxes themselves, in cells of their own)
    ],
)
def test_boxes_each_in_a_cell_of_their_own_before_the_options(tmp_path: Path, font: str, on: str, off: str):
    doc = read_doc(_ticks(tmp_path / "ticks.xlsx", font, on, off), "complaint")
    assert doc["record"]["customer_request"] == ["return", "allowance"]
    assert _silent(doc, "customer_request")


def test_private_use_boxes_in_a_text_font_are_read_and_said(tmp_path: Path):
    """The font lost (the cell's or the print's): the codes are no letters; read, said."""
    doc = read_doc(_ticks(tmp_path / "lost.xlsx", "Calibri", "\uf0fe", "\uf0a8"), "complaint")
    assert doc["record"]["customer_request"] == ["return", "allowance"]
    [said] = [p for p in doc["warnings"] if p["field"] == "customer_request"]
    assert said["code"] == "ticks_by_private_code" and "U+F0FE" in said["message"]


def test_the_print_of_private_use_boxes_is_read_and_said(tmp_path: Path):
    pdf = soffice_convert(
        _ticks(tmp_path / "wd.xlsx", "Wingdings", "\uf0fe", "\uf0a8"), "pdf", tmp_path / "pdf"
    )
    doc = read_doc(pdf, "complaint")
    assert doc["record"]["customer_request"] == ["return", "allowance"]
    assert "ticks_by_private_code" in field_codes(doc, "customer_request")


@pytest.mark.parametrize(("font", "on", "off"), [("Wingdings", "þ", "¨"), ("Wingdings 2", "R", "£")])
def test_the_print_of_latin_codes_in_a_replaced_font_is_never_read_silently(
    tmp_path: Path, font: str, on: str, off: str
):
    """LibreOffice without Wingdings prints ``þ`` as the letter: which is ticked is not read."""
    pdf = soffice_convert(_ticks(tmp_path / "wd.xlsx", font, on, off), "pdf", tmp_path / "pdf")
    doc = read_doc(pdf, "complaint")
    request = doc["record"]["customer_request"]
    assert request in (None, ["return", "allowance"])
    assert not _silent(doc, "customer_request")


def test_a_lone_box_before_a_figure_is_no_option_pair(tmp_path: Path):
    """``☑ | 120``: a box beside a figure is not a box and its option's word."""
    path = _book(
        tmp_path / "lone.xlsx",
        [
            ["客户投诉单"],
            ["投诉编号", "CC-WD-2603-022", "接收日期", "2026-03-05"],
            ["客户", "苏州恒达电器有限公司", "零件号", "HD-SW-0412"],
            ["客户要求", "☑", 120],
        ],
    )
    doc = read_doc(path, "complaint")
    assert doc["record"]["customer_request"] is None or not _silent(doc, "customer_request")


# ------------------------------------------------------------------------------------ the whole grid
def _whole_grid(path: Path, corner: bool) -> Path:
    """A complaint of a few dozen cells whose sheet declares the whole grid as its used range
    (``<dimension ref="A1:XFD1048576"/>``), each row spanning all 16,384 columns, one ``<cols>``
    entry over them all, and (``corner``) a styled empty cell at the grid's last corner."""
    plain = path.with_name("plain.xlsx")
    wb = Workbook()
    ws = wb.active
    for row in [
        ["客户投诉单"],
        ["投诉编号", "CC-GR-2603-044", "接收日期", "2026-03-05"],
        ["客户", "宁波海天塑机有限公司", "订单号", "PO-HT-2602-91"],
        ["零件号", "HT-VL-3301", "零件名称", "阀体"],
        ["交货数量", 2400, "不良数量", 60],
        ["出货日期", "2026-02-26", "生产批号", "L2602-17"],
        ["问题描述", "阀体砂眼，渗漏。"],
        ["客户要求", "☑退货 ☐换货 ☐折让"],
        ["投诉类型", "质量投诉"],
        ["市场", "国内"],
        ["要求数量", 60],
    ]:
        ws.append(row)
    ws["A1"].font = Font(bold=True)
    wb.save(plain)
    with zipfile.ZipFile(plain) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                text = re.sub(r'<dimension ref="[^"]*"/>', '<dimension ref="A1:XFD1048576"/>', data.decode())
                text = re.sub(r'<row r="(\d+)"', r'<row r="\1" spans="1:16384"', text)
                text = text.replace(
                    "<sheetData>",
                    '<cols><col min="1" max="16384" width="12" customWidth="1"/></cols><sheetData>',
                )
                if corner:
                    text = text.replace(
                        "</sheetData>",
                        '<row r="1048576" spans="1:16384"><c r="XFD1048576" s="1"/></row></sheetData>',
                    )
                data = text.encode()
            zout.writestr(item, data)
    return path


@pytest.mark.parametrize("corner", [False, True])
def test_a_sheet_declaring_the_whole_grid_is_read_learned_and_read_by_its_profile(office: Path, corner: bool):
    """Nothing is built from the declared range: the form is read, learned (``kesu learn``,
    its cells' styles looked up for the printed cells only) and read by the profile — the
    record right each time (before: the learning walked the grid to its corner, killed)."""
    path = _whole_grid(office / "grid.xlsx", corner)
    want = {
        "number": "CC-GR-2603-044",
        "received_date": "2026-03-05",
        "customer": "宁波海天塑机有限公司",
        "ship_qty": 2400,
        "defect_qty": 60,
        "lot_no": "L2602-17",
        "customer_request": ["return"],
    }
    doc = read_doc(path, "complaint")
    assert {k: doc["record"][k] for k in want} == want
    result = kesu("learn", path, "--kind", "complaint", "--set", "number=B2", "--name", "grid")
    assert result.exit_code == 0, result.output
    assert (office / "profiles" / "grid.toml").is_file()
    doc = read_doc(path, "complaint")
    assert "profile_used" in {p["code"] for p in doc["warnings"] + doc["errors"]}
    assert {k: doc["record"][k] for k in want} == want


# ------------------------------------------------------------------------------------ India
def _indian_credit_note(path: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    for row in [
        ["CREDIT NOTE"],
        ["Credit Note No.", "IN-CN-26-0311", "Date", dt.datetime(2026, 3, 5)],
        ["Buyer", "Pune Auto Components Pvt. Ltd.", "GSTIN", "27AAACP1234F1Z5"],
        ["Invoice No.", "PAC/26/4471", "Invoice Date", dt.datetime(2026, 2, 20)],
        ["Complaint No.", "PAC-QC-26-017"],
        ["Item", "Qty", "Unit Price", "Taxable Value", "GST 18%"],
        ["Bush PB-22", "1,200 Nos", "100.00", "1,20,000.00", "21,600.00"],
        ["Sleeve PS-40", "2,500 Nos", "410.00", "10,25,000.00", "1,84,500.00"],
        ["Total", "", "", "11,45,000.00", "2,06,100.00"],
    ]:
        ws.append(row)
    ws["D2"].number_format = "[$-4009]dddd, mmmm d, yyyy"  # English (India): Thursday, March 5, 2026
    ws["D4"].number_format = "[$-F800]dddd, mmmm dd, yyyy"  # the system's long date
    for col in "ABCDE":
        ws.column_dimensions[col].width = 28
    one_page_wide(ws)
    wb.save(path)
    return path


@pytest.mark.parametrize("form", ["xlsx", "pdf"])
def test_an_indian_credit_note_in_lakhs_with_long_dates(tmp_path: Path, form: str):
    doc = read_doc(_as(_indian_credit_note(tmp_path / "credit.xlsx"), form), "allowance")
    record = doc["record"]
    assert (record["issue_date"], record["invoice_date"]) == ("2026-03-05", "2026-02-20")
    lines = [(i["qty"], i["unit_price"], i["allowance_amount"], i["tax"]) for i in record["items"]]
    assert lines == [(1200, "100.00", "120000.00", "21600.00"), (2500, "410.00", "1025000.00", "184500.00")]
    assert (record["total_excl_tax"], record["total_tax"]) == ("1145000.00", "206100.00")
    assert record["buyer_tax_id"] == "27AAACP1234F1Z5"
    assert "low_confidence" in field_codes(doc, "buyer_tax_id")  # (a GSTIN may be the issuer's)
