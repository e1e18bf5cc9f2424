"""The reader's leftovers of round 26 (issue 10), each rule read on forms of our own, as Excel
and as LibreOffice's PDF print of it.

- **A tax line with its rate in both halves** (``MwSt 19 % / VAT 19 %``, ``ДДС 20 % / VAT 20 %``):
  each half of a label with a slash is read without its rate too, as the whole label was.
- **Cyrillic tax names** (``ДДС`` Bulgarian, ``НДС`` Russian, ``ПДВ`` Ukrainian, ``ДДВ``
  Macedonian) and ``PDV`` (Croatian, Serbian, Bosnian): a tax line and a tax column.
- **Danish credit notes**: ``CVR-nr.`` the buyer's company (VAT) number, the totals said
  ``Beløb ekskl. moms`` / ``I alt inkl. moms`` — no longer read as one more line.
- **驗收人** (who inspects and accepts the goods received) on a return note: the warehouse receiver.
- **A ``"`` meaning inches** (``Elbow 3/4"``, ``12" pipe``) is never a ditto mark (this passed
  before the round: it guards the ditto rule of round 26, which matches a whole cell only).

Workbooks built here with openpyxl; values and wording of our own.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers import book_as, field_codes, landscape_book, read_doc

from kesu_docs import forms
from kesu_docs.parse.vocab import vocabulary

FORMS = ["xlsx", "pdf"]


def _credit_note(tmp_path: Path, head: list[list[Any]], tax_column: str, totals: list[list[Any]]) -> Path:
    rows: list[list[Any]] = [
        *head,
        ["Item", "Qty", "Unit price", "Net", tax_column],
        ["Pump seal 40 mm", 150, "23.00", "3,450.00", "690.00"],
        ["Drive shaft 20 mm", 40, "31.25", "1,250.00", "250.00"],
        *totals,
    ]
    widths = {"A": 30, "B": 26, "C": 22, "D": 22, "E": 22}
    return landscape_book(tmp_path / "cn.xlsx", rows, widths)


_HEAD = [
    ["CREDIT NOTE"],
    ["Credit note No.", "CN-26-0311", "Date", "2026-04-09"],
    ["Customer", "Plovdiv Pump Service Ltd", "VAT No.", "BG131129282"],
    ["Invoice No.", "INV-26-0402", "Complaint No.", "PP-QA-2604"],
]


# ------------------------------------------------------------------------------ tax lines
def _totals(tax_line: str) -> list[tuple[str, str]]:
    return [("Tax base:", "4,700.00"), (tax_line, "940.00"), ("Total:", "5,640.00")]


@pytest.mark.parametrize("label", ["MwSt 19 % / VAT 19 %", "ДДС 20 % / VAT 20 %:", "Moms 25 % / VAT 25 %"])
def test_each_half_of_a_tax_label_is_read_without_its_rate(label: str) -> None:
    """Before: only the whole label's last rate was dropped (``ДДС 20 % / VAT``), so a label
    stating its rate in both halves named no field (``unread_label``)."""
    assert (vocabulary(forms.get("allowance")).match(label) or ("",))[0] == "total_tax"


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("tax_column", "tax_line"),
    [("ДДС / VAT", "ДДС 20 % / VAT 20 %:"), ("НДС", "НДС 20 %:"), ("PDV", "PDV 20 %"), ("ДДС", "ДДС:")],
)
def test_a_tax_line_in_cyrillic_or_with_two_rates_gives_the_total_tax(
    tmp_path: Path, form: str, tax_column: str, tax_line: str
) -> None:
    # the totals as captions and figures under the lines (the figures in the Net column)
    totals = [[], *([None, None, caption, figure] for caption, figure in _totals(tax_line))]
    doc = read_doc(book_as(_credit_note(tmp_path, _HEAD, tax_column, totals), form), "allowance")
    record = doc["record"]
    assert len(record["items"]) == 2  # (the tax line is no third line)
    assert [i["tax"] for i in record["items"]] == ["690.00", "250.00"]
    assert (record["total_excl_tax"], record["total_tax"], record["total"]) == (
        "4700.00",
        "940.00",
        "5640.00",
    )
    assert "total_not_read" not in field_codes(doc, "total_tax")
    if "%" in tax_line:  # (a rate stated is the note's; without one, the lines are checked and said)
        assert record["tax_rate"] == "0.2"


# ------------------------------------------------------------------------ Danish credit notes
_DANISH_HEAD = [
    ["KREDITNOTA"],
    ["Kreditnota nr.", "KN-26-0311", "Dato", "2026-04-09"],
    ["Kunde", "Aarhus Pumpeservice ApS", "CVR-nr.", "29403934"],
    ["Faktura nr.", "F-26-0402", "Reklamation nr.", "AP-QA-2604"],
]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("net", "total"),
    [("Beløb ekskl. moms", "I alt inkl. moms"), ("Subtotal ekskl. moms", "Total inkl. moms")],
)
def test_a_danish_credit_notes_cvr_number_and_totals_said_with_moms(
    tmp_path: Path, form: str, net: str, total: str
) -> None:
    """Before: the CVR number unread (``required``), the net total read as a third line and the
    total with moms not read (``total_not_read``)."""
    totals = [
        [net, None, None, "4,700.00"],
        ["Moms 20 %", None, None, None, "940.00"],
        [total, None, None, "5,640.00"],
    ]
    doc = read_doc(book_as(_credit_note(tmp_path, _DANISH_HEAD, "Moms", totals), form), "allowance")
    record = doc["record"]
    assert record["buyer_tax_id"] == "29403934"
    assert field_codes(doc, "buyer_tax_id")  # (the issuer's in a letterhead at times: said)
    assert len(record["items"]) == 2
    assert (record["total_excl_tax"], record["total_tax"], record["total"]) == (
        "4700.00",
        "940.00",
        "5640.00",
    )
    for field in ("total_excl_tax", "total"):
        assert "total_not_read" not in field_codes(doc, field)


# ------------------------------------------------------------------------ a return's 驗收人
@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("label", ["驗收人", "验收人："])
def test_the_person_accepting_the_goods_is_the_warehouse_receiver(
    tmp_path: Path, form: str, label: str
) -> None:
    rows: list[list[Any]] = [
        ["退貨單"],
        ["退貨編號", "RT-2604-018", "退貨日期", "2026-04-08"],
        ["客戶", "瑞昱半導體股份有限公司", "客訴單號", "RT-QA-260402"],
        ["料號", "品名", "核定數量", "實退數量", "單價", "金額"],
        ["RT-CON-2207", "板對板連接器", 400, 400, "3.60", "1,440.00"],
        ["退貨原因", "端子變形"],
        ["處理方式", "報廢"],
        [label, "鄭家豪", "驗收日期", "2026-04-10"],
    ]
    path = landscape_book(tmp_path / "rt.xlsx", rows, {"A": 14, "B": 26, "C": 14, "D": 14, "E": 12, "F": 14})
    doc = read_doc(book_as(path, form), "return")
    assert doc["record"]["warehouse_receiver"] == "鄭家豪"  # before: unread_label, the receiver missing
    assert doc["record"]["received_date"] == "2026-04-10"


# ------------------------------------------------------------------------ inches are no ditto
@pytest.mark.parametrize("form", FORMS)
def test_a_quote_meaning_inches_is_never_a_ditto_mark(tmp_path: Path, form: str) -> None:
    rows: list[list[Any]] = [
        ["RETURN NOTE"],
        ["Return No.", "RN-26-0415", "Date", "2026-04-06"],
        ["Customer", "Tulsa Valve Supply", "Complaint No.", "TV-QA-2604"],
        ["Part No.", "Description", "Approved", "Returned", "Unit price", "Amount"],
        ["TV-ELB-0750", 'Elbow 3/4"', 400, 400, "5.50", "2,200.00"],
        ["TV-PIP-1200", '12" pipe, schedule 40', 300, 300, "5.50", "1,650.00"],
        ["TV-NIP-0500", '1/2"', 100, 96, "5.50", "528.00"],
        [],
        ["Reason", "Threads damaged."],
        ["Disposition", "Scrap"],
    ]
    path = landscape_book(
        tmp_path / "inch.xlsx", rows, {"A": 18, "B": 26, "C": 12, "D": 12, "E": 14, "F": 14}
    )
    doc = read_doc(book_as(path, form), "return")
    assert [i["part_name"] for i in doc["record"]["items"]] == ['Elbow 3/4"', '12" pipe, schedule 40', '1/2"']
    for row in range(3):
        assert "value_ditto" not in field_codes(doc, f"items[{row}].part_name")


# ------------------------------------------------------------------ a profile's bare label
def _one_cell_form(path: Path, number: str, customer: str) -> Path:
    """Every label typed with its value in one cell after a colon; 核准： left unsigned."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "客诉单"
    cells = {
        "A1": "客诉处理单",
        "A2": f"客诉编号：{number}",
        "D2": "投诉日期",
        "E2": "2026-03-05",
        "A3": f"客户名称：{customer}",
        "A4": "产品料号：TP-HSG-2207",
        "D4": "产品名称：铝压铸电机壳体",
        "A5": "生产批号：DC260218-2",
        "C5": "交货数量：1200",
        "E5": "不良数量：86",
        "A7": "不良描述：壳体安装面气孔，客户加工后气密测试泄漏。",
        "A9": "原因分析：模温偏低，排气槽堵塞。",
        "A10": "临时对策：在库品 100% 气密检测。",
        "A11": "永久对策：排气槽每班清理，模温纳入点检。",
        "A12": "编制：王海燕",
        "C12": "审核：吴志强",
        "E12": "核准：",
    }
    for ref, text in cells.items():
        ws[ref] = text
    for col in "ABCDEF":
        ws.column_dimensions[col].width = 18
    wb.save(path)
    return path


def test_a_profile_never_reads_a_bare_label_as_the_value(tmp_path: Path) -> None:
    """A profile learned where 核准： was left unsigned places the approver in that cell; on the
    next copy, still unsigned, the cell holds the label alone. Before: the approver read as
    ``核准：`` with no warning (holdout7's second copy, a silent invention); now nothing read, said."""
    from kesu_docs.parse.profile import learn, read_by_profile

    first = _one_cell_form(tmp_path / "first.xlsx", "KS-DC-26031", "宁波拓普集团股份有限公司")
    folder = tmp_path / "profiles"
    folder.mkdir()
    (folder / "ks.toml").write_text(learn(first, "complaint").to_toml(), encoding="utf-8")
    second = _one_cell_form(tmp_path / "second.xlsx", "KS-DC-26047", "广东鸿图科技股份有限公司")
    [got] = read_by_profile(second, second.read_bytes(), "complaint", folder)
    assert got.values["customer"] == "广东鸿图科技股份有限公司"
    assert got.values.get("approver") is None
    assert "profile_value_only_label" in {p.code for p in got.problems if p.field == "approver"}
