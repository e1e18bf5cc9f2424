"""Rows and header rows other companies' 8D forms print (kesu_docs/parse/rows.py).

A supplier's D3 often counts the stock on the same table as its actions — one header row
``Location | Qty Checked | Qty Defective | Action | Owner | Date`` — and a D4 writes each cause
on a line of its own with its share beside it: ``Occurrence (why made) | … | % Contribution |
80%``. Each test writes a small workbook laid out that way (and prints it through LibreOffice
where the rule is about prints) and reads it through the public API.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from helpers import soffice_convert
from openpyxl import Workbook
from openpyxl.styles import Border, Font, PatternFill, Side

from kesu_docs.forms import get
from kesu_docs.forms.eightd import StockLocation
from kesu_docs.forms.return_note import ReturnHandling, ReturnProof
from kesu_docs.parse import parse_paths
from kesu_docs.parse.compound import as_option

SHADE = PatternFill("solid", fgColor="D9D9D9")
THIN = Side(style="thin")
RULED = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def workbook(
    tmp_path: Path, rows: list[list[object]], shaded: set[str] = frozenset(), bold_rows=(), merged=()
) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "8D"
    for r, row in enumerate(rows, start=1):
        for c in range(1, 7):
            ws.cell(r, c).border = RULED  # a ruled form, as printed
        for c, value in enumerate(row, start=1):
            if value is not None:
                cell = ws.cell(r, c, value)
                if cell.coordinate in shaded:
                    cell.fill = SHADE
                if r in bold_rows:
                    cell.font = Font(bold=True)
    for col, width in zip("ABCDEF", (16, 12, 10, 26, 13, 11)):
        ws.column_dimensions[col].width = width
    for rng in merged:
        ws.merge_cells(rng)
    ws.sheet_properties.pageSetUpPr.fitToPage = True  # printed one page wide, as forms are
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    path = tmp_path / "supplier-8d.xlsx"
    wb.save(path)
    return path


def parsed(path: Path) -> dict:
    [result] = parse_paths([path], kind="8d")
    return result.to_dict("en")


def warned(doc: dict) -> set[str]:
    return {p["field"] for p in doc["errors"] + doc["warnings"]}


def shared_header_form(tmp_path: Path) -> Path:
    return workbook(
        tmp_path,
        [
            ["Supplier 8D Report"],
            ["8D No.", "Q-7781", "Customer", "Brightline Pumps Ltd."],
            ["D3 - Interim Containment"],
            ["Stock Location", "Qty Checked", "Qty NG", "Action", "Owner", "Date"],
            ["Warehouse", 2400, 12, "Sort with go/no-go gauge", "T. Nakamura", "2026-10-02"],
            ["In transit", 600, 3, "Sort on arrival", "T. Nakamura", "2026-10-03"],
            ["At customer", 1200, 7, "Sorting at customer", "A. Silva", "2026-10-04"],
            ["D4 - Root Cause"],
        ],
        shaded={"A3", "A8"},
        bold_rows=(4,),
    )


def check_shared_header(doc: dict) -> None:
    record = doc["record"]
    assert [(r["location"], r["qty_checked"], r["qty_defective"]) for r in record["stock_sorting"]] == [
        ("in_house", 2400, 12),
        ("in_transit", 600, 3),
        ("at_customer", 1200, 7),
    ]
    assert [(r["action"], r["owner"]) for r in record["containment"]] == [
        ("Sort with go/no-go gauge", "T. Nakamura"),
        ("Sort on arrival", "T. Nakamura"),
        ("Sorting at customer", "A. Silva"),
    ]


def test_one_header_row_shared_by_stock_counts_and_actions_is_read_as_both_tables(tmp_path):
    check_shared_header(parsed(shared_header_form(tmp_path)))


def test_one_header_row_shared_by_two_tables_is_read_as_both_on_a_print(tmp_path):
    pdf = soffice_convert(shared_header_form(tmp_path), "pdf", tmp_path / "printed")
    check_shared_header(parsed(pdf))


def cause_lines_form(tmp_path: Path) -> Path:
    return workbook(
        tmp_path,
        [
            ["Supplier 8D Report"],
            ["8D No.", "Q-7781", "Customer", "Brightline Pumps Ltd."],
            ["D4 - Root Cause"],
            [
                "Why made",
                "Press stroke drift",
                None,
                "Contribution",
                "70%",
                "☑ Verified",
            ],
            [
                "Why not detected",
                "Leak test skipped",
                None,
                "Contribution",
                "30%",
                "☐ Verified",
            ],
            ["D5 - Permanent Corrective Action"],
        ],
        shaded={"A3", "A4", "A5", "D4", "D5", "A6"},
        merged=("B4:C4", "B5:C5"),
    )


def test_a_line_of_caption_value_pairs_is_a_row_not_a_table_header(tmp_path):
    doc = parsed(cause_lines_form(tmp_path))
    causes = {r["type"]: r for r in doc["record"]["root_cause"]}
    assert causes["occurrence"]["cause"] == "Press stroke drift"
    assert causes["escape"]["cause"] == "Leak test skipped"
    # the share printed further along each cause's line is that cause's
    assert Decimal(str(causes["occurrence"]["contribution_pct"])) == Decimal("0.7")
    assert Decimal(str(causes["escape"]["contribution_pct"])) == Decimal("0.3")
    # a ticked word naming a yes/no column at the end of the line: ticked yes, unticked no
    assert causes["occurrence"]["verified"] is True
    assert causes["escape"]["verified"] is False
    assert "root_cause[0].cause" not in warned(doc)


def test_a_line_of_caption_value_pairs_is_a_row_on_a_print_too(tmp_path):
    pdf = soffice_convert(cause_lines_form(tmp_path), "pdf", tmp_path / "printed")
    doc = parsed(pdf)
    causes = {r["type"]: r for r in doc["record"]["root_cause"]}
    assert causes["occurrence"]["cause"] == "Press stroke drift"
    assert Decimal(str(causes["escape"]["contribution_pct"])) == Decimal("0.3")


def test_the_places_stock_is_counted_at_are_read_from_the_words_forms_print():
    assert StockLocation.lookup("Supplier stock") is StockLocation.IN_HOUSE
    assert StockLocation.lookup("厂内库存") is StockLocation.IN_HOUSE
    assert StockLocation.lookup("In transit") is StockLocation.IN_TRANSIT
    assert StockLocation.lookup("Customer site") is StockLocation.AT_CUSTOMER
    assert StockLocation.lookup("客户处") is StockLocation.AT_CUSTOMER
    assert StockLocation.lookup("Machining cell") is None


# ---------------------------------------------------------------------------------- header blocks
def complaint_form(tmp_path: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "抱怨单"
    ws["A1"] = "恒丰五金有限公司"
    ws["F1"] = "表单编号：QR-7.5-02\n版本/版次：B/1    保存期限：3年"
    ws["A2"] = "客户抱怨处理单"
    for ref, text in {"A3": "抱怨单号：", "C3": "客户名称：", "A4": "产品料号：", "C4": "不良数量："}.items():
        ws[ref] = text
        ws[ref].fill = SHADE
    ws["B3"], ws["D3"], ws["B4"], ws["D4"] = "HF-2610-031", "宁波奥通电器有限公司", "HF-BR-118", 42
    path = tmp_path / "baoyuan.xlsx"
    wb.save(path)
    return path


def test_a_number_in_the_document_control_block_gives_way_to_the_forms_own_number_label(tmp_path):
    [result] = parse_paths([complaint_form(tmp_path)], kind="complaint")
    doc = result.to_dict("en")
    # 表单编号 beside 版本/版次 and 保存期限 is the template's code; 抱怨单号 is this complaint's
    assert doc["record"]["number"] == "HF-2610-031"
    assert doc["provenance"]["number"]["label"] == "抱怨单号："


def test_a_yes_no_ticked_in_brackets_reads_as_the_ticked_answer(tmp_path):
    path = workbook(
        tmp_path,
        [
            ["8D 问题解决报告"],
            ["8D编号", "8D-2610-07", "客户", "宁波奥通电器有限公司"],
            ["D8 结案"],
            ["客户确认", "(√)同意结案  ( )不同意", "结案日期", "2026-10-20"],
        ],
        shaded={"A2", "C2", "A4", "C4"},
    )
    doc = parsed(path)
    assert doc["record"]["closure"]["customer_accepted"] is True


def test_the_handling_and_proof_of_a_return_are_read_from_the_words_other_forms_tick():
    fields = get("return").leaf_fields
    assert ReturnHandling.lookup("☐Credit  ☒Replacement  ☐Repair") is ReturnHandling.REPLACE
    ticked = "■退貨證明單  □發票正本  □註記影本"
    assert as_option(fields["proof"], ticked) in (ticked, ReturnProof.RETURN_CERTIFICATE.value)
    assert ReturnProof.lookup(ticked) is ReturnProof.RETURN_CERTIFICATE  # what validation stores
    assert ReturnHandling.lookup("Rework") is ReturnHandling.REWORK
    assert ReturnProof.lookup("Original invoice") is ReturnProof.ORIGINAL_INVOICE


# ---------------------------------------------------------------------------------- item tables
def credit_memo(tmp_path: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Credit Memo"
    ws["A1"] = "CREDIT MEMO"
    ws["A2"], ws["B2"] = "Credit Memo No.", "CM-26-0211"
    heads = ["Item", "Description", "Qty", "Unit Price", "Credit Amount"]
    for c, head in enumerate(heads, start=1):
        ws.cell(4, c, head).fill = SHADE
    ws.append([1, "Allowance — gear pump GP-12, lot 2609C", 300, 2.5, 750])
    ws.append([2, "Allowance — gear pump GP-16", 100, 3.0, 300])
    path = tmp_path / "credit-memo.xlsx"
    wb.save(path)
    return path


def test_a_column_counting_its_rows_is_the_row_number_not_the_items_name(tmp_path):
    [result] = parse_paths([credit_memo(tmp_path)], kind="allowance")
    items = result.to_dict("en")["record"]["items"]
    # "Item" over 1, 2 numbers the rows; "Description" beside it names the item
    assert [i["name"] for i in items] == [
        "Allowance — gear pump GP-12, lot 2609C",
        "Allowance — gear pump GP-16",
    ]


def signatures_form(tmp_path: Path) -> Path:
    return workbook(
        tmp_path,
        [
            ["銷貨退回單"],
            ["退貨單號", "RT-2609-033", "客戶名稱", "宏昌機車材料行"],
            ["核准", "倉管簽收", "簽收日期", "業務"],
            ["郭建宏", "賴美玲", "2026/9/6", "蘇柏翰"],
        ],
    )


def test_a_caption_in_a_row_of_captions_is_no_value_on_a_print(tmp_path):
    pdf = soffice_convert(signatures_form(tmp_path), "pdf", tmp_path / "printed")
    [result] = parse_paths([pdf], kind="return")
    doc = result.to_dict("en")
    # 倉管簽收 stands among the captions 核准 | 簽收日期: the name under 核准 is the approver's
    assert doc["record"]["approved_by"] == "郭建宏"


def test_a_day_month_name_and_two_digit_year_is_a_date():
    from kesu_docs.values import _as_date

    assert str(_as_date("3-Sep-26")) == "2026-09-03"
    assert str(_as_date("29 Sep 26")) == "2026-09-29"
    assert _as_date("3-Sep") is None


def test_an_erp_quality_notification_is_read_by_its_own_words(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.title = "QN"
    ws["A1"] = "QUALITY NOTIFICATION — CUSTOMER COMPLAINT"
    for col, (head, value) in enumerate(
        [
            ("Notification No.", "300005120"),
            ("Notif. Date", "7-Oct-26"),
            ("Material", "PX-220-A"),
            ("Batch", "B26-0930"),
            ("Complaint Qty", "12"),
        ],
        start=1,
    ):
        ws.cell(3, col, head).fill = SHADE
        ws.cell(4, col, value)
    path = tmp_path / "qn.xlsx"
    wb.save(path)
    [result] = parse_paths([path], kind="complaint")
    record = result.to_dict("en")["record"]
    assert (record["number"], record["received_date"], record["part_no"], record["lot_no"]) == (
        "300005120",
        "2026-10-07",
        "PX-220-A",
        "B26-0930",
    )
    assert record["defect_qty"] == 12


def _red_letter_form(path: Path, line: list[str], totals: tuple[str, str], total: str) -> Path:
    """A red-letter information sheet (开具红字增值税专用发票信息表): one line, its totals row
    (amount, tax) and the total with tax, the figures written as given."""
    wb = Workbook()
    ws = wb.active
    ws.title = "红字信息表"
    ws["A1"] = "开具红字增值税专用发票信息表"
    ws["A2"], ws["B2"] = "信息表编号", "3302012610000533"
    for c, head in enumerate(["货物名称", "数量", "单价", "金额", "税率", "税额"], start=1):
        ws.cell(4, c, head).fill = SHADE
    ws.append(["锦纶布 120cm", *line])
    ws.append(["合计", None, None, totals[0], None, totals[1]])
    ws["A7"], ws["B7"] = "价税合计", total
    wb.save(path)
    return path


# a red-letter sheet's figures (its line, its totals row, the total with tax) in minus as printed:
# a leading minus, and SAP's trailing one (with a tax in brackets)
_LEADING_MINUS = (["-800", "2.50", "-2,000.00", "13%", "-260.00"], ("-¥2,000.00", "-¥260.00"), "-¥2,260.00")
_TRAILING_MINUS = (["800-", "2.50", "2,000.00-", "13%", "(260.00)"], ("2,000.00-", "260.00-"), "2,260.00-")


def _red_letter_read(path: Path, figures: tuple[list[str], tuple[str, str], str]) -> dict:
    """A red-letter sheet of ``figures`` (:func:`_red_letter_form`) read as an allowance: its
    amounts, each the credit's own figure (800 pcs, 2,000.00, tax 260.00, 2,260.00 in all);
    → the parse's output."""
    [result] = parse_paths([_red_letter_form(path, *figures)], kind="allowance")
    doc = result.to_dict("en")
    [line] = doc["record"]["items"]
    assert (line["qty"], line["allowance_amount"], line["tax"]) == (800, "2000.00", "260.00")
    assert doc["record"]["total"] == "2260.00"
    return doc


def test_a_red_letter_allowance_printed_in_minus_is_read_as_its_amounts(tmp_path):
    doc = _red_letter_read(tmp_path / "hongzi.xlsx", _LEADING_MINUS)
    assert not [e for e in doc["errors"] if e["code"] == "too_small"]


def test_a_red_letter_form_knows_every_printed_minus_and_says_the_ones_guards_read():
    """One reading of a printed minus (guards' ``negative_figure``): SAP's ``2,260.00-``,
    ``(260.00)`` and ``△800`` count as negative for the red-letter rule as ``-2,000.00`` does;
    a figure whose sign comes first is read here, the other shapes are left to guards' credit
    reading, which says so (negative_as_credit)."""
    from kesu_docs.parse.rows import red_letter

    values = {
        "items": [{"qty": "△800", "allowance_amount": "-2,000.00", "tax": "(260.00)"}],
        "total": "2,260.00-",  # the total in minus: a red-letter form (before the mend: not seen)
    }
    assert red_letter(values, get("allowance")) == ["allowance_amount"]
    assert values["items"][0] == {"qty": "△800", "allowance_amount": "2,000.00", "tax": "(260.00)"}
    assert values["total"] == "2,260.00-"  # as printed: guards reads it, with a warning


def test_a_red_letter_form_in_trailing_minus_is_read_as_its_amounts_each_said(tmp_path):
    doc = _red_letter_read(tmp_path / "hongzi-sap.xlsx", _TRAILING_MINUS)
    said = {w["field"] for w in doc["warnings"] if w["code"] == "negative_as_credit"}
    assert {"items[0].qty", "items[0].allowance_amount", "items[0].tax", "total"} <= said


def test_one_negative_figure_on_an_allowance_is_left_for_validation(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.title = "折让单"
    ws["A1"] = "销货折让证明单"
    for c, head in enumerate(["品名", "数量", "金额"], start=1):
        ws.cell(3, c, head).fill = SHADE
    ws.append(["锦纶布", 800, "-2,000.00"])
    ws["A6"], ws["B6"] = "价税合计", "2,260.00"
    path = tmp_path / "zherang.xlsx"
    wb.save(path)
    [result] = parse_paths([path], kind="allowance")
    doc = result.to_dict("en")
    assert "items[0].allowance_amount" in warned(doc)  # a minus among positive figures: reported


def test_the_rows_go_on_under_a_subtotal_and_a_note_to_the_grand_total(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.title = "退货单"
    ws["A1"] = "退货单"
    ws["A2"], ws["B2"] = "退货单号", "TH-20261012-02"
    for c, head in enumerate(["序号", "物料编码", "品名规格", "单位", "实退数量", "金额(元)"], start=1):
        ws.cell(4, c, head).fill = SHADE
    ws.append([1, "KN-101", "旋钮 白色", "个", 500, "1,500.00"])
    ws.append(["小计", None, None, None, 500, "1,500.00"])
    ws.append([])
    ws.append(["注：第 2 项另行送货"])
    ws.append([2, "PN-220", "面板 喷涂", "片", 80, "960.00"])
    ws.append(["合计", None, None, None, 580, "2,460.00"])
    path = tmp_path / "subtotal.xlsx"
    wb.save(path)
    [result] = parse_paths([path], kind="return")
    items = result.to_dict("en")["record"]["items"]
    assert [(i["part_no"], i["qty_returned"]) for i in items] == [("KN-101", 500), ("PN-220", 80)]


def test_a_date_without_its_year_takes_the_year_of_the_forms_other_dates_and_is_shown(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.title = "客户投诉处理单"
    ws["A1"] = "客户投诉处理单"
    rows = [
        ("投诉编号", "TS-2610-07"),
        ("受理日期", "2026/10/3"),
        ("发货日期", "2026/9/20"),
        ("结案日期", "10月28日"),
    ]
    for r, (label, value) in enumerate(rows, start=2):
        ws.cell(r, 1, label).fill = SHADE
        ws.cell(r, 2, value)
    ws["A6"], ws["B6"] = "是否有样品", "有（已寄回3件）"
    path = tmp_path / "noyear.xlsx"
    wb.save(path)
    [result] = parse_paths([path], kind="complaint")
    doc = result.to_dict("en")
    assert doc["record"]["closed_date"] == "2026-10-28"
    # the year is inferred: shown for checking, by the same warning as on our own blank
    # (test_clerk_habits), where such a date was an error before
    assert [p["code"] for p in doc["warnings"] if p["field"] == "closed_date"] == ["date_year_inferred"]
    assert doc["record"]["sample_received"] is True  # "有" with its note in brackets


def test_a_v_in_brackets_ticks_a_box_among_empty_ones():
    from kesu_docs.values import checked_options

    assert checked_options("[  ]重工  [  ]報廢  [V]換貨  [  ]降級") == ["換貨"]
    assert checked_options("額定電壓 220(V)") is None  # a unit in brackets, no boxes beside it


def test_names_over_a_row_of_sign_off_captions_are_the_signers(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Credit Memo"
    ws["A1"] = "CREDIT MEMO"
    ws["A2"], ws["B2"] = "Credit Memo No.", "CM-26-0301"
    ws["A4"], ws["C4"], ws["E4"] = "Li Na", "Zhou Bin", "Gao Feng"
    ws["A5"], ws["C5"], ws["E5"] = "Prepared by", "Sales Manager", "General Manager"
    path = tmp_path / "signed.xlsx"
    wb.save(path)
    [result] = parse_paths([path], kind="allowance")
    record = result.to_dict("en")["record"]
    assert (record["approved_by_manager"], record["approved_by_gm"]) == ("Zhou Bin", "Gao Feng")


def test_a_bare_no_under_a_yes_no_label_is_its_answer(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.title = "QN"
    ws["A1"] = "QUALITY NOTIFICATION — CUSTOMER COMPLAINT"
    for col, (head, value) in enumerate(
        [("Notification No.", "300005120"), ("Safety Relevant", "No")], start=1
    ):
        ws.cell(3, col, head).fill = SHADE
        ws.cell(4, col, value)
    path = tmp_path / "qn-safety.xlsx"
    wb.save(path)
    [result] = parse_paths([path], kind="complaint")
    assert result.to_dict("en")["record"]["safety_related"] is False


def test_names_over_two_sign_off_captions_that_name_their_fields_are_the_signers(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Debit Memo"
    ws["A1"] = "DEBIT MEMO"
    ws["E2"], ws["F2"] = "Debit Memo No.", "DM-26-0412"
    ws["A4"], ws["D4"] = "P. Moreau", "L. Brandt"
    ws["A5"], ws["D5"] = "Purchasing Manager", "General Manager"
    path = tmp_path / "signed2.xlsx"
    wb.save(path)
    [result] = parse_paths([path], kind="allowance")
    record = result.to_dict("en")["record"]
    assert (record["approved_by_manager"], record["approved_by_gm"]) == ("P. Moreau", "L. Brandt")
