"""Silent misreads the twenty-fourth round's helpers found and left (issue 10: none silent),
each read on forms of our own, built by openpyxl and printed by LibreOffice:

- **Cramped columns**: a form whose columns are too narrow for its labels (width 17) prints
  each label cut at its cell's border, glued to the next cell's value (``Novi Sad Elektro
  d.o.oReklamacija kupca / NSE-RK-26-0012``). A value read from such a line is read right or
  warned: a value that is the tail of a line running to the border is said cut off.

Workbooks built here with openpyxl; values and wording of our own.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers import cramped_form, field_codes, one_page_wide, read_doc, sheet_from_rows, soffice_convert
from openpyxl import load_workbook
from openpyxl.styles import Alignment

from kesu_docs.parse import parse_paths

# ------------------------------------------------------------------------- cramped columns
# each form's title and (label, value) pairs, printed two a row
_CRAMPED: dict[str, tuple[str, list[tuple[str, Any]]]] = {
    "sr": (
        "REKLAMACIJA / CUSTOMER COMPLAINT",
        [
            ("Broj / Complaint No.", "RS-RK-26-0101"),
            ("Datum / Date received", "05.03.2026."),
            ("Kupac / Customer", "Novi Sad Elektro d.o.o."),
            ("Reklamacija kupca / Customer complaint No.", "NSE-RK-26-0012"),
            ("Šifra / Part No.", "NS-KL-2201"),
            ("Naziv / Part name", "Kleme / Terminal"),
            ("Isporučeno / Delivered qty", "1 200 kom"),
            ("Neispravno / Defective qty", "36 kom"),
            ("Opis / Description", "Oštećeni navoji pri montaži."),
        ],
    ),
    "de": (
        "REKLAMATION / CUSTOMER COMPLAINT",
        [
            ("Reklamationsnummer / Complaint No.", "DE-RK-26-0101"),
            ("Eingangsdatum / Date received", "05.03.2026"),
            ("Kunde / Customer", "Rheinmetall Teile GmbH"),
            ("Reklamationsnummer des Kunden", "RT-QN-26-0012"),
            ("Teilenummer / Part No.", "RT-2201"),
            ("Benennung / Part name", "Klemme"),
            ("Liefermenge / Delivered qty", "1200"),
            ("Fehlmenge / Defective qty", "36"),
            ("Fehlerbeschreibung / Description", "Gewinde bei Montage beschädigt."),
        ],
    ),
    "en": (
        "CUSTOMER COMPLAINT FORM",
        [
            ("Complaint number", "EN-CC-26-0101"),
            ("Date complaint received", "2026-03-05"),
            ("Customer company name", "Acme Fasteners Ltd"),
            ("Customer's own complaint reference", "ACM-QN-26-0012"),
            ("Part number", "AF-2201"),
            ("Part name", "Terminal"),
            ("Quantity delivered", "1200"),
            ("Quantity defective", "36"),
            ("Description of the defect", "Stripped threads at assembly."),
        ],
    ),
    "zh": (
        "客户投诉单 / CUSTOMER COMPLAINT",
        [
            ("投诉编号 / Complaint No.", "ZH-KS-26-0101"),
            ("接收日期 / Date received", "2026-03-05"),
            ("客户名称 / Customer", "华东精密机械有限公司"),
            ("客户投诉单号 / Customer complaint No.", "HD-QN-26-0012"),
            ("零件料号 / Part No.", "HD-2201"),
            ("零件名称 / Part name", "端子"),
            ("交货数量 / Delivered qty", "1200"),
            ("不良数量 / Defective qty", "36"),
            ("不良现象描述 / Description", "装配时螺纹滑牙。"),
        ],
    ),
}
# what each field is, where the form has it (the customer's company, never a number)
_TRUE = {
    "customer": {
        "Novi Sad Elektro d.o.o.",
        "Rheinmetall Teile GmbH",
        "Acme Fasteners Ltd",
        "华东精密机械有限公司",
    },
    "part_no": {"NS-KL-2201", "RT-2201", "AF-2201", "HD-2201"},
    "received_date": {"2026-03-05"},
    "ship_qty": {1200},
    "defect_qty": {36},
}


@pytest.mark.parametrize("lang", sorted(_CRAMPED))
def test_a_value_glued_to_a_cut_label_is_read_right_or_warned(tmp_path: Path, lang: str):
    doc = read_doc(cramped_form(tmp_path / f"cramped_{lang}.xlsx", *_CRAMPED[lang]), "complaint")
    record = doc["record"] or {}
    for field, truths in _TRUE.items():
        value = record.get(field)
        if value is not None and value not in truths:
            assert field_codes(doc, field), f"{field} read {value!r} without a warning"


def test_the_serbian_customer_is_not_the_complaint_number_silently(tmp_path: Path):
    doc = read_doc(cramped_form(tmp_path / "cramped.xlsx", *_CRAMPED["sr"]), "complaint")
    customer = (doc["record"] or {}).get("customer")
    assert customer in (None, "Novi Sad Elektro d.o.o.") or "value_cut_off" in field_codes(doc, "customer")
    assert customer is None or customer.startswith("Novi") or field_codes(doc, "customer")


# ------------------------------------------------------------------------- a bare kr
def test_a_bare_kr_may_be_the_icelandic_krona_too(tmp_path: Path):
    """``kr.`` on a form naming no country: the króna is among the currencies said (before, only
    DKK / NOK / SEK); with a kennitala it is the króna."""
    rows: list[list[Any]] = [
        ["CREDIT NOTE"],
        ["Credit note No.", "CN-26-0207", "Date", "2026-03-05"],
        ["Buyer", "Norðurljós Vélar", "Invoice No.", "F-26-00981"],
        ["Item", "Qty", "Unit price", "Amount"],
        ["Terminal NS-KL-2201", "1200", "18,50 kr.", "22.200,00 kr."],
        ["Total", "", "", "22.200,00 kr."],
    ]
    bare = read_doc(sheet_from_rows(tmp_path, rows, "kr.xlsx", width=24), "allowance")
    said = [w for w in bare["warnings"] if w["code"] == "amount_in_currency" and w.get("field") == "total"]
    assert said and "DKK / ISK / NOK / SEK" in said[0]["message"]
    rows.insert(3, ["Kennitala / Reg. No.", "kt. 530269-1234"])
    told = read_doc(sheet_from_rows(tmp_path, rows, "kt.xlsx", width=24), "allowance")
    said = [w for w in told["warnings"] if w["code"] == "amount_in_currency" and w.get("field") == "total"]
    assert said and "kr.: ISK" in said[0]["message"]


# ------------------------------------------------------------------------- Rs.
def _rupees(path: Path, cues: list[list[Any]]) -> Path:
    rows: list[list[Any]] = [
        ["CREDIT NOTE"],
        ["Credit note No.", "CN-26-0207", "Date", "2026-03-05"],
        ["Buyer", "Sahyadri Auto Components Pvt Ltd", "Invoice No.", "F-26-00981"],
        *cues,
        ["Item", "Qty", "Unit price", "Amount"],
        ["Terminal NS-KL-2201", "1200", "Rs. 18.50", "Rs. 22,200.00"],
        ["Total", "", "", "Rs. 22,200.00"],
    ]
    return sheet_from_rows(path.parent, rows, path.name, width=30, printed_one_page_wide=True)


@pytest.mark.parametrize("form", ["xlsx", "pdf"])
@pytest.mark.parametrize(
    ("cues", "currency"),
    [
        ([["GSTIN", "27AAACP1234C1Z5"]], "INR"),
        ([["Phone", "+91 20 2712 3456"]], "INR"),
        ([["Address", "Plot 12, MIDC Bhosari, Pune, Maharashtra 411026"]], "INR"),
        ([["Note", "Freight ₹ 1,200 paid by buyer"]], "INR"),
        ([["Address", "14 Mall Road, Lahore"]], "PKR"),
        ([["Address", "Plot 14, GIDC Vapi, Gujarat 396195"]], "INR"),  # a state alone (ISO 3166-2)
        ([["Address", "Dasuya Road, Punjab 144205"]], "INR+LKR+NPR+PKR"),  # a Punjab on both sides
        ([["Address", "Ludhiana, Punjab 141003"]], "INR"),  # a city of India (GeoNames)
        ([], "INR+LKR+NPR+PKR"),  # nothing tells: every rupee said, none chosen
        ([["Address", "Pune, India"], ["Agent", "Karachi"]], "INR+LKR+NPR+PKR"),  # two countries
    ],
)
def test_a_rupee_figure_is_in_the_rupee_the_form_names_or_says_which_it_may_be(
    tmp_path: Path, cues: list[list[Any]], currency: str, form: str
):
    book = _rupees(tmp_path / "rs.xlsx", cues)
    path = book if form == "xlsx" else soffice_convert(book, "pdf", tmp_path / "pdf")
    [result] = parse_paths([path], kind="allowance")
    assert result.record is not None and result.record._currency == currency
    assert not result.record.total_in_words  # no amount in words made in renminbi
    said = [p.message("en") for p in result.warnings if p.code == "amount_in_currency" and p.field == "total"]
    assert len(said) == 1 and f"(Rs.: {currency.replace('+', ' / ')})" in said[0], said


# ------------------------------------------------------------------------- two causes after one D4
_STEPS = [
    "D1 团队：张伟（组长）、李娜",
    "D2 问题描述：端子螺纹滑牙 36 件",
    "D3 临时措施：库存 1200 件全检",
    "{d4}",
    "D5 纠正措施：更换攻丝刀具并设定寿命",
    "D6 效果验证：连续 3 批无不良",
]


@pytest.mark.parametrize("form", ["xlsx", "pdf"])
@pytest.mark.parametrize(
    ("d4", "occurrence", "escape"),
    [
        (
            "D4: 根本原因 攻丝刀具磨损未及时更换；流出原因 终检未做螺纹通止规检验",
            "攻丝刀具磨损未及时更换",
            "终检未做螺纹通止规检验",
        ),
        (
            "D4 Root cause: worn tap not replaced; Escape cause: no gauge check",
            "worn tap not replaced",
            "no gauge check",
        ),
    ],
)
def test_two_causes_after_one_d4_are_the_occurrence_and_the_escape(
    tmp_path: Path, d4: str, occurrence: str, escape: str, form: str
):
    steps = "\n".join(_STEPS).format(d4=d4)
    rows = [
        ["8D 报告"],
        ["8D编号", "8D-26-0031", "客户", "华东精密机械有限公司"],
        ["开始日期", "2026-03-05", "零件号", "HD-2201"],
        ["8D 步骤", steps],
    ]
    book = sheet_from_rows(tmp_path, rows, "d4.xlsx", width=30)
    wb = load_workbook(book)  # the steps' cell wrapped over a row tall enough to print them all
    ws = wb.active
    ws.merge_cells("B4:F4")
    ws["B4"].alignment = Alignment(wrap_text=True, vertical="top")
    ws.row_dimensions[4].height = 140
    one_page_wide(ws)
    wb.save(book)
    path = book if form == "xlsx" else soffice_convert(book, "pdf", tmp_path / "pdf")
    doc = read_doc(path, "8d")
    causes = {(row["type"], row["cause"]) for row in (doc["record"] or {}).get("root_cause") or []}
    assert causes == {("occurrence", occurrence), ("escape", escape)}


def test_a_d4_line_whose_parts_name_no_cause_is_left_as_it_is():
    from kesu_docs.parse.steps import steps_on_lines

    assert steps_on_lines("D4: 刀具磨损；未及时更换") is None  # (no caption: one cause's text)
    assert steps_on_lines("D4 根本原因：刀具磨损；未及时更换") is None
