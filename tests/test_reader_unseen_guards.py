"""Never silent on layouts nobody tuned the reader on (the misreads tests/holdout2 showed).

Each test lays out a small form with one trap the second held-out set fell into — a job title
after a name, a footnote under a signature line, a sign-off grid's title read as a name, a
company's name cut by a wrapped print line, a value the form computed beside doubtful fields —
and checks the value is mended or its field carries a warning. The rules are in
``kesu_docs/parse/guards.py``; none knows a form.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook
from test_reader_guards import parse, value, warned, workbook

from kesu_docs.forms import get
from kesu_docs.parse import parse_paths
from kesu_docs.parse.guards import cut_company_name, not_a_name, sign_off_title, split_name


@pytest.mark.parametrize(
    ("typed", "name", "extra"),
    [
        ("M. Brandt (SQE)", "M. Brandt", "SQE"),
        ("S. Mitchell, Customer Service Mgr", "S. Mitchell", "Customer Service Mgr"),
        ("林怡君（製造）", "林怡君", "製造"),
        ("王磊, 品质经理", "王磊", "品质经理"),
    ],
)
def test_a_job_title_or_department_after_a_name_is_split_off(typed, name, extra):
    assert split_name(typed) == (name, extra)


@pytest.mark.parametrize("typed", ["Smith, John", "Foo (Shanghai) Co.", "Li, Wei"])
def test_a_name_with_a_comma_or_a_place_in_brackets_is_left_whole(typed):
    assert split_name(typed) is None


def test_a_footnote_under_a_signature_line_is_no_name(tmp_path):
    assert not_a_name("This amount will be deducted from your next remittance unless disputed.")
    assert not not_a_name("J. Whitaker") and not not_a_name("Anna-Maria de la Cruz")
    cells = {
        "A1": "Customer Complaint Report",
        "A3": "Customer",
        "B3": "Acme Tools Ltd",
        "A5": "Approved by",
        "B5": "Returns are accepted only with this form signed by the quality manager.",
    }
    result = parse(workbook(tmp_path, {"Sheet1": cells}), "complaint")
    assert value(result, "approver") is None or warned(result, "approver", "value_not_a_name")


def test_a_sign_off_grid_title_read_as_a_name_is_warned(tmp_path):
    assert sign_off_title("财务") and sign_off_title("審核：") and sign_off_title("Checked by")
    assert not sign_off_title("王建军")
    cells = {"A1": "客户抱怨处理单", "A3": "客户名称", "B3": "宏达电子", "A5": "核准", "B5": "财务"}
    result = parse(workbook(tmp_path, {"Sheet1": cells}))
    assert value(result, "approver") is None or warned(result, "approver")


def test_a_company_name_cut_inside_its_legal_form_is_warned(tmp_path):
    meta = get("complaint").fields["customer"]
    assert cut_company_name(meta, "佛山美力家电有限公") and cut_company_name(meta, "群創光電股份有限")
    assert not cut_company_name(meta, "佛山美力家电有限公司") and not cut_company_name(meta, "有限公司")
    cells = {
        "A1": "客户抱怨处理单",
        "A3": "客户名称",
        "B3": "佛山美力家电有限公",
        "A4": "客诉编号",
        "B4": "KS-01",
    }
    result = parse(workbook(tmp_path, {"Sheet1": cells}))
    assert warned(result, "customer", "name_cut_off")


def test_a_value_computed_beside_doubtful_lines_is_reported_not_passed(tmp_path):
    cells = {
        "A1": "销货折让证明单",
        "A3": "购货单位",
        "B3": "杭州万向传动轴有限公司",
        "A5": "货物名称",
        "B5": "数量",
        "C5": "单价",
        "D5": "折让金额",
        "A6": "深沟球轴承",
        "B6": "约两千",
        "C6": "8.50",
        "D6": "1700.00",
    }
    result = parse(workbook(tmp_path, {"Sheet1": cells}))
    assert warned(result, "items[0].qty")  # the reading's own doubt
    # the rate (the company's default) and the line's tax were computed, not read: reported
    assert value(result, "tax_rate") is not None and warned(result, "tax_rate", "derived_value_in_doubt")
    assert warned(result, "items[0].tax", "derived_value_in_doubt")


def test_our_own_template_computes_its_values_without_a_warning():
    [result] = parse_paths([Path(__file__).resolve().parents[1] / "samples" / "allowance-valid.xlsx"])
    assert not [p for p in result.warnings if p.code == "derived_value_in_doubt"]


# ---------------------------------------------------------------------------------- words other forms use
def test_a_two_digit_year_is_this_centurys_when_the_order_is_plain():
    import datetime as dt

    from pydantic_core import PydanticCustomError

    from kesu_docs.values import parse_date

    assert parse_date("9/22/26") == dt.date(2026, 9, 22) == parse_date("22/9/26")
    with pytest.raises(PydanticCustomError):
        parse_date("9/3/26")  # March 9 or September 3: never a guess


def test_a_customers_debit_memo_is_read_as_an_allowance(tmp_path):
    from kesu_docs.forms import all_specs
    from kesu_docs.parse.kinds import detect_kind

    assert detect_kind(["DEBIT MEMO"], all_specs()) == "allowance"
    cells = {
        "E1": "DEBIT MEMO",
        "E2": "Debit Memo #",
        "F2": "DM-26-0917",
        "A5": "Vendor:",
        "B5": "Pinecrest Motor Co., Ltd.",
        "E5": "Vendor Tax ID:",
        "F5": "98-0612274",
        "A6": "Complaint Ref.:",
        "B6": "CQ-2608-41",
        "A8": "Invoice #",
        "B8": "Invoice Date",
        "C8": "Description",
        "D8": "Qty",
        "A9": "PMC-88213",
        "B9": "8/21/26",
        "C9": "Blower motor BM-220",
        "D9": 1250,
    }
    result = parse(workbook(tmp_path, {"Debit Memo": cells}))
    assert result.kind == "allowance"
    assert value(result, "number") == "DM-26-0917"
    assert value(result, "seller.name") == "Pinecrest Motor Co., Ltd."
    assert value(result, "seller.tax_id") == "98-0612274"
    assert value(result, "complaint_number") == "CQ-2608-41"
    assert value(result, "invoice_no") == "PMC-88213"
    assert value(result, "invoice_date") == "2026-08-21"
    assert value(result, "items[0].name") == "Blower motor BM-220"


# ---------------------------------------------------------------------------------- captions under the lines
def _under_the_lines(tmp_path: Path) -> Path:
    """A British complaint form: a section band, each value on a bordered line and its caption
    printed small under it, three across, three rows of lines; a labels-above block after it."""
    from openpyxl.styles import Border, Font, Side

    wb = Workbook()
    ws = wb.active
    ws.title = "Complaint"
    for col in "ABCDEF":
        ws.column_dimensions[col].width = 16
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    line = Border(
        bottom=Side(style="thin"), top=Side(style="thin"), left=Side(style="thin"), right=Side(style="thin")
    )
    ws["A1"] = "CUSTOMER COMPLAINT FORM"
    ws.merge_cells("A2:F2")
    ws["A2"] = "SECTION A — COMPLAINT DETAILS"
    ws["A2"].font = Font(bold=True)
    rows = [
        (
            ("NCF-26-0311", "Complaint Reference"),
            ("03-Sep-2026", "Date Received"),
            ("Solent Marine Ltd", "Customer"),
        ),
        (
            ("NG-PSU-48-2", "Part No."),
            ("48 V power unit", "Part Description"),
            ("PO 77120-4", "Customer PO No."),
        ),
        (("1,250", "Quantity Supplied"), ("38", "Quantity Rejected"), ("K. Osei", "Logged by")),
    ]
    for i, row in enumerate(rows):
        r = 3 + 2 * i
        for j, (typed, caption) in enumerate(row):
            a, b = "ACE"[j], "BDF"[j]
            ws.merge_cells(f"{a}{r}:{b}{r}")
            ws.merge_cells(f"{a}{r + 1}:{b}{r + 1}")
            ws[f"{a}{r}"] = typed
            ws[f"{a}{r}"].border = ws[f"{b}{r}"].border = line
            ws[f"{a}{r + 1}"] = caption
            ws[f"{a}{r + 1}"].font = Font(size=8)
    path = tmp_path / "under.xlsx"
    wb.save(path)
    return path


EXPECTED_UNDER = {
    "number": "NCF-26-0311",
    "received_date": "2026-09-03",
    "customer": "Solent Marine Ltd",
    "part_no": "NG-PSU-48-2",
    "part_name": "48 V power unit",
    "order_no": "PO 77120-4",
    "ship_qty": 1250,
    "defect_qty": 38,
    "reporter": "K. Osei",
}


def test_captions_printed_under_their_lines_read_the_line_above(tmp_path):
    result = parse(_under_the_lines(tmp_path), "complaint")
    for path, expected in EXPECTED_UNDER.items():
        assert value(result, path) == expected, path


def test_captions_under_the_lines_are_read_in_the_print_too(tmp_path):
    from helpers import soffice_convert

    pdf = soffice_convert(_under_the_lines(tmp_path), "pdf", tmp_path)
    result = parse(pdf, "complaint")
    right = [p for p, expected in EXPECTED_UNDER.items() if value(result, p) == expected]
    assert len(right) >= 8, right
    for path in EXPECTED_UNDER:
        assert value(result, path) in (EXPECTED_UNDER[path], None) or warned(result, path), path


def test_labels_above_their_values_are_not_taken_for_captions_under_lines(tmp_path):
    cells = {
        "A1": "客訴單",
        "A2": "客訴單號",
        "B2": "客訴日期",
        "C2": "客戶名稱",
        "A3": "KS-115-0917",
        "B3": "115年9月3日",
        "C3": "瑞昇電子股份有限公司",
        "A4": "料號",
        "B4": "品名",
        "C4": "出貨數量",
        "A5": "HT-CV-5520",
        "B5": "電池上蓋",
        "C5": "6,000",
    }
    result = parse(workbook(tmp_path, {"Sheet1": cells}, shaded=("A2", "B2", "C2", "A4", "B4", "C4")))
    assert value(result, "part_no") == "HT-CV-5520"
    assert value(result, "ship_qty") == 6000
    assert value(result, "customer") == "瑞昇電子股份有限公司"


# ---------------------------------------------------------------------------------- ticks as other forms print them
@pytest.mark.parametrize(
    ("line", "ticked"),
    [
        ("(√)退貨  ( )換貨  (√)折讓  ( )索賠", ["退貨", "折讓"]),
        ("返工(√)  报废( )  换货(√)  降级使用( )", ["返工", "换货"]),
        ("Yes ■   No □", ["Yes"]),
        ("Yes □   No ■", ["No"]),
        ("√ PFMEA    √ Control Plan    __ Work Instructions    __ Drawing", ["PFMEA", "Control Plan"]),
        ("☑退货 ☐换货 ☑折让", ["退货", "折让"]),
    ],
)
def test_tick_boxes_in_brackets_after_their_words_or_as_blanks_are_read(line, ticked):
    from kesu_docs.values import checked_options

    assert checked_options(line) == ticked


@pytest.mark.parametrize("text", ["A类(严重)", "客户 (张三)", "Foo (Shanghai) Co."])
def test_brackets_without_a_tick_are_no_boxes(text):
    from kesu_docs.values import checked_options

    assert checked_options(text) is None


# ---------------------------------------------------------------------------------- the order of a date
def test_a_date_whose_order_is_unclear_takes_the_order_its_label_gives(tmp_path):
    cells = {
        "A1": "8D Report",
        "A3": "8D Number",
        "B3": "SCR-117",
        "A4": "Date Opened (mm/dd/yy)",
        "B4": "9/3/26",
    }
    result = parse(workbook(tmp_path, {"8D": cells}), "8d")
    assert value(result, "opened_date") == "2026-09-03"
    assert warned(result, "opened_date", "date_order_inferred")


def test_a_date_whose_order_is_unclear_takes_the_order_of_the_forms_other_dates(tmp_path):
    cells = {
        "A1": "RETURN MATERIAL AUTHORIZATION",
        "A3": "Request Date:",
        "B3": "9/3/26",
        "A4": "Company:",
        "B4": "Lakeshore Packaging Corp.",
        "A6": "Date Received:",
        "B6": "9/22/26",
    }
    result = parse(workbook(tmp_path, {"RMA": cells}), "return")
    assert value(result, "received_date") == "2026-09-22"
    assert value(result, "issue_date") == "2026-09-03"
    assert warned(result, "issue_date", "date_order_inferred")


def test_a_date_whose_order_nothing_tells_is_never_guessed(tmp_path):
    cells = {"A1": "RETURN MATERIAL AUTHORIZATION", "A3": "Request Date:", "B3": "9/3/26"}
    result = parse(workbook(tmp_path, {"RMA": cells}), "return")
    assert value(result, "issue_date") is None
    assert warned(result, "issue_date")


def test_a_question_ends_its_label_and_the_boxes_after_it_are_the_answer(tmp_path):
    cells = {
        "A1": "Customer Complaint Form",
        "A3": "Customer",
        "B3": "Acme Tools Ltd",
        "A5": "Nature of complaint:  ■ Product quality  □ Delivery  □ Documentation",
        "A6": "Samples returned?   Yes ■   No □",
        "D6": "Safety related?   Yes □   No ■",
    }
    result = parse(workbook(tmp_path, {"Sheet1": cells}), "complaint")
    assert value(result, "complaint_type") == "quality"
    assert value(result, "sample_received") is True
    assert value(result, "safety_related") is False


def test_a_note_on_who_fills_a_text_is_taken_off_by_the_generic_reader_too(tmp_path):
    """``（由客户填写）`` over a description (the form's printed note, kept by the clerk): the
    generic reader mends it as a layout profile does — one mending for both, each reported."""
    path = workbook(
        tmp_path,
        {
            "投诉单": {
                "A1": "客户投诉单",
                "A2": "客户名称",
                "B2": "宁波华美家纺",
                "A3": "投诉编号",
                "B3": "TS-2609-018",
                "A4": "问题描述",
                "B4": "（由客户填写）\n外壳划伤 3 件，包装破损",
            }
        },
    )
    result = parse(path, "complaint")
    assert value(result, "description") == "外壳划伤 3 件，包装破损"
    assert warned(result, "description", "value_with_comment")
