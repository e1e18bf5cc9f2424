"""What the fifty-ninth held-out set showed the reader lacked (issue 10), each rule read on forms of our
own (values and wording not the set's).

- **A system's name for a field, printed in brackets between the caption and the value** (an SAP print's
  ``Customer  (KUNUM)  100234 …``, ``Complaint qty  (RKMNG)  40 PC``) is the caption's, never the value: on a
  page that prints such names (two or more), a bracketed name standing alone is set aside as
  ``NOTIF_ID`` alone already was — the value is the text after it.
- **An export's row of field keys over its captions** (金蝶's ``FBillNo | FDate | FCustId.FName`` over ``单据编号 |
  单据日期 | 客户名称``): a row of three keys or more and nothing else names the columns for the system; it holds no
  values, and the captions under it stay the labels. A row of upper-case words (``SKU | UOM | PCS``) is no such row.
- **A party's account number printed before its name after one caption** (``Customer | 100234 | Baltic Pumps
  AB``): the party is the name; a number alone stays as read.
- **A Taiwanese ERP's 銷退單** (銷貨退回, shortened) is a return note.

Workbooks built here with openpyxl, a PDF with fpdf2's core font.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers import read_doc, sheet_from_rows

WIDTH = 22


def _read(folder: Any, rows: list[list[Any]], kind: str | None = None) -> dict:
    """The form of ``rows`` (a one-sheet workbook written in ``folder``) read as ``kesu parse`` prints it."""
    return read_doc(sheet_from_rows(folder, rows, width=WIDTH), kind)


_NOTIFICATION = [
    ("Notification", "QMNUM", "200117"),
    ("Notification date", "QMDAT", "2026-09-03"),
    ("Customer", "KUNUM", "Baltic Pumps AB"),
    ("Material", "MATNR", "PX-220-4"),
    ("Batch", "CHARG", "B0903-2"),
    ("Sales order", "VBELN", "7700912"),
    ("Complaint qty", "RKMNG", "40 PC"),
    ("Reported by", "QMNAM", "LINDQVIST"),
]


def _notification_pdf(path: Path) -> Path:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 12)
    pdf.text(15, 15, "Customer complaint - quality notification")
    pdf.set_font("Helvetica", "", 9)
    for k, (caption, name, value) in enumerate(_NOTIFICATION):
        pdf.text(15, 30 + 8 * k, caption)
        pdf.set_font("Helvetica", "", 7)
        pdf.text(52, 30 + 8 * k, f"({name})")
        pdf.set_font("Helvetica", "", 9)
        pdf.text(75, 30 + 8 * k, value)
    pdf.output(str(path))
    return path


def _assert_notification_read(record: dict) -> None:
    assert (record["number"], record["received_date"], record["customer"]) == (
        "200117",
        "2026-09-03",
        "Baltic Pumps AB",
    )
    assert (record["part_no"], record["lot_no"], record["order_no"]) == ("PX-220-4", "B0903-2", "7700912")
    assert (record["defect_qty"], record["reporter"]) == (40, "LINDQVIST")
    assert not [v for v in record.values() if isinstance(v, str) and v.startswith("(")]


def test_a_systems_field_name_between_caption_and_value_is_no_value_on_a_print(tmp_path) -> None:
    doc = read_doc(_notification_pdf(tmp_path / "notification.pdf"), "complaint")
    _assert_notification_read(doc["record"])


def test_a_systems_field_name_in_a_cell_of_its_own_is_no_value(tmp_path) -> None:
    rows: list[list[Any]] = [["Customer complaint - quality notification"]]
    rows += [[caption, f"({name})", value] for caption, name, value in _NOTIFICATION]
    _assert_notification_read(_read(tmp_path, rows, "complaint")["record"])


def test_a_unit_in_brackets_beside_a_quantity_is_no_field_name(tmp_path) -> None:
    rows: list[list[Any]] = [
        ["客户投诉单"],
        ["客诉编号", "KS-0903-02", "受理日期", "2026-09-03"],
        ["客户名称", "佛山华彩涂料有限公司", "料号", "EP-RES-220"],
        ["不良数量", "(PCS)", 40],
        ["Customer", "(KUNUM)", "佛山华彩涂料有限公司"],
    ]
    record = _read(tmp_path, rows, "complaint")["record"]
    assert record["defect_qty"] != "(PCS)"


_KEYS = ["FBillNo", "FDate", "FCustId.FName", "FMaterialId.FNumber", "FBadQty", "FDescription"]
_CAPTIONS = ["客诉编号", "受理日期", "客户名称", "料号", "不良数量", "异常描述"]
_VALUES = ["KS-2609-0031", "2026-09-03", "佛山华彩涂料有限公司", "EP-RES-220", 40, "桶内结皮，粘度超标"]


def test_an_exports_row_of_field_keys_over_its_captions_holds_no_values(tmp_path) -> None:
    record = _read(tmp_path, [_KEYS, _CAPTIONS, _VALUES], "complaint")["record"]
    assert (record["number"], record["customer"], record["part_no"]) == (
        "KS-2609-0031",
        "佛山华彩涂料有限公司",
        "EP-RES-220",
    )
    assert (record["defect_qty"], record["description"]) == (40, "桶内结皮，粘度超标")
    assert not [v for v in record.values() if isinstance(v, str) and v in _KEYS]


def test_a_row_of_upper_case_words_is_no_row_of_keys(tmp_path) -> None:
    rows: list[list[Any]] = [
        ["退货单"],
        ["退货单号", "TH-0903-01", "退货日期", "2026-09-03"],
        ["客户", "佛山华彩涂料有限公司", "客诉单号", "KS-2609-0031"],
        ["料号", "品名", "单位", "核定退货量", "实退量", "单价"],
        ["EP-RES-220", "环氧树脂", "KG", 200, 200, 18.5],
        ["EP-RES-221", "固化剂", "PCS", 12, 12, 30.0],
        ["退货原因", "粘度超标"],
        ["处理方式", "报废"],
    ]
    record = _read(tmp_path, rows, "return")["record"]
    assert [item["unit"] for item in record["items"]] == ["KG", "PCS"]


@pytest.mark.parametrize(("beside", "customer"), [("Baltic Pumps AB", "Baltic Pumps AB"), (None, "100234")])
def test_a_partys_account_number_before_its_name_is_no_name(
    tmp_path, beside: str | None, customer: str
) -> None:
    rows: list[list[Any]] = [
        ["Customer complaint"],
        ["Complaint No.", "CC-0903-02", "Date received", "2026-09-03"],
        ["Customer", "100234", beside],
        ["Part No.", "PX-220-4", "Qty defective", 40],
    ]
    record = _read(tmp_path, rows, "complaint")["record"]
    assert record["customer"] == customer


def test_a_taiwanese_sales_return_is_a_return_note(tmp_path) -> None:
    rows: list[list[Any]] = [
        ["銷退單"],
        ["銷退單號", "2410-20260903001", "客訴單號", "CC1-20260901002"],
        ["客戶", "全興電機股份有限公司", "日期", "2026/09/03"],
        ["品號", "品名", "核准數量", "銷退數量", "單價", "金額"],
        ["B02-11-0015", "端蓋", 30, 30, 12.5, 375.0],
        ["銷退原因", "尺寸超差"],
        ["處理方式", "報廢"],
    ]
    doc = _read(tmp_path, rows)
    assert doc["kind"] == "return"
