"""Captions and tick boxes the way real forms print them (issue 10).

- A caption in two languages on two lines of one cell (``Prepared by`` over ``填写人``) is one
  label: the value beside or under it is read, not the second line of the caption.
- A shaded caption cell longer than a word (``Customer Complaint Ref.``) is a label too; a
  name read over several lines of a cell under it is warned, never silently one value.
- A line of tick boxes (``□材料 ☑制程 □人员``): the ticked option(s) are the field's value,
  in the clerk's words (制程 for 工艺, 返工 for 重工); two ticks for a one-choice field, or a
  ticked word that is none of the field's options, is an error, never a silent first pick.
"""

from __future__ import annotations

from pathlib import Path

from helpers import soffice_convert
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, PatternFill, Side

from kesu_docs.parse import parse_paths

SHADE = PatternFill("solid", fgColor="D9D9D9")
THIN = Side(style="thin")
RULED = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def workbook(tmp_path: Path, cells: dict[str, object], shaded=(), name="form.xlsx") -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Form"
    for ref, value in cells.items():
        ws[ref] = value
        ws[ref].alignment = Alignment(wrap_text=True)
        ws[ref].border = RULED  # a printed form's ruled cells
        if isinstance(value, str) and "\n" in value:
            ws.row_dimensions[ws[ref].row].height = 32  # both lines printed
    for ref in shaded:
        ws[ref].fill = SHADE
    for col in "AB":
        ws.column_dimensions[col].width = 30  # wide enough that no value wraps when printed
    path = tmp_path / name
    wb.save(path)
    return path


def parse(path: Path, kind: str):
    [result] = parse_paths([path], kind=kind)
    return result


def problems_on(result, field: str) -> list:
    return [p for p in list(result.errors) + list(result.warnings) if p.field == field]


# ---------------------------------------------------------------------------------- bilingual captions
BILINGUAL = {
    "A1": "CUSTOMER COMPLAINT REPORT 客户投诉单",
    "A3": "Complaint No.\n投诉编号",
    "B3": "Date Received\n收到日期",
    "C3": "Customer\n客户名称",
    "A4": "CP-2609-0031",
    "B4": "2026-09-03",
    "C4": "Nordlicht Leuchten GmbH",
    "A8": "Prepared by\n填写人",
    "B8": "Kevin Zhang",
    "C8": "填写人\nApproved by",
}


def test_a_caption_over_its_translation_in_one_cell_is_one_label_with_the_value_under_it(tmp_path):
    result = parse(workbook(tmp_path, BILINGUAL), "complaint")
    assert result.record.customer == "Nordlicht Leuchten GmbH"
    assert str(result.record.received_date) == "2026-09-03"
    assert result.provenance["customer"].label_location.endswith("C3")
    assert result.provenance["customer"].location.endswith("C4")


def test_a_two_line_bilingual_caption_reads_the_value_beside_it(tmp_path):
    result = parse(workbook(tmp_path, BILINGUAL), "complaint")
    assert result.record.reporter == "Kevin Zhang"
    assert result.provenance["reporter"].location.endswith("B8")


def test_the_chinese_line_first_is_the_same_caption(tmp_path):
    cells = dict(BILINGUAL)
    cells["A8"] = "填写人\nPrepared by"
    result = parse(workbook(tmp_path, cells), "complaint")
    assert result.record.reporter == "Kevin Zhang"


def test_a_caption_over_a_value_in_one_cell_is_still_split(tmp_path):
    cells = dict(BILINGUAL)
    del cells["C3"], cells["C4"]
    cells["C3"] = "Customer\nNordlicht Leuchten GmbH"
    result = parse(workbook(tmp_path, cells), "complaint")
    assert result.record.customer == "Nordlicht Leuchten GmbH"


# ---------------------------------------------------------------------------------- shaded captions
def test_a_long_shaded_caption_is_a_label_and_a_name_over_its_address_is_warned(tmp_path):
    cells = {
        "A1": "RETURN MATERIAL AUTHORIZATION",
        "A2": "RMA No.: RMA-26-00388",
        "A3": "Ship From / Customer",
        "E3": "Customer Complaint Reference",
        "A4": "Helix Medical Devices Inc.\n2100 Lake Park Blvd, Richardson TX 75080",
        "E4": "CC-2608-117",
    }
    result = parse(workbook(tmp_path, cells, shaded=("A3", "E3")), "return")
    assert result.record.customer == "Helix Medical Devices Inc."  # the caption is no value
    assert [p.code for p in problems_on(result, "customer")] == ["name_over_lines"]


def test_the_same_long_caption_unshaded_is_not_taken_for_a_label_by_its_shape(tmp_path):
    cells = {
        "A1": "RETURN MATERIAL AUTHORIZATION",
        "A3": "Ship From / Customer",
        "E3": "Acme Ltd. West Plant",
    }
    result = parse(workbook(tmp_path, cells), "return")
    assert result.record.customer == "Acme Ltd. West Plant"


# ---------------------------------------------------------------------------------- tick boxes
TICKS = {
    "A1": "客户投诉单",
    "A2": "投诉编号",
    "B2": "KS-2026-0917",
    "D2": "客户",
    "E2": "重庆长鑫汽车零部件有限公司",
    "A4": "原因类别",
    "B4": "□材料  ☑制程  □人员  □包装  □其他",
    "A5": "处理方式",
    "B5": "☑返工  □报废  ☑补货",
    "A6": "样板",
    "B6": "☑有  □无",
}


def test_the_ticked_box_in_the_clerks_words_is_the_fields_option(tmp_path):
    result = parse(workbook(tmp_path, TICKS), "complaint")
    assert result.record.cause_category == "process"  # 制程: a cause in the process (工艺)
    assert result.record.disposition == ["rework", "resupply"]  # 返工 is 重工, several ticks kept
    assert result.record.sample_received is True
    assert result.provenance["disposition"].location.endswith("B5")
    # (the form holds no customer request: the disposition may be the customer's, said since holdout57)
    assert [p.code for p in problems_on(result, "disposition")] == ["disposition_without_request"]


def test_an_english_tick_line_after_its_label_in_one_cell(tmp_path):
    cells = {
        "A1": "Customer Complaint",
        "A2": "Complaint No.",
        "B2": "CC-2609-0042",
        "A4": "Disposition: ☐ Return  ☒ Rework  ☐ Concession",
    }
    result = parse(workbook(tmp_path, cells), "complaint")
    assert result.record.disposition == ["rework"]


def test_two_ticks_for_a_one_choice_field_are_an_error_never_the_first_pick(tmp_path):
    cells = dict(TICKS, B4="□材料  ☑制程  □人员  ☑包装  □其他", B6="☑有  ☑无")
    result = parse(workbook(tmp_path, cells), "complaint")
    assert result.record.cause_category is None
    assert [p.severity for p in problems_on(result, "cause_category")] == ["error"]
    assert result.record.sample_received is None
    assert [p.severity for p in problems_on(result, "sample_received")] == ["error"]


def test_a_ticked_word_that_is_none_of_the_options_is_warned_and_the_known_ticks_kept(tmp_path):
    cells = dict(TICKS)
    cells.update({"A7": "Customer Request\n客户要求", "B7": "☐ Credit  ☒ Replacement  ☒ 8D report"})
    result = parse(workbook(tmp_path, cells), "complaint")
    assert result.record.customer_request == ["replacement"]
    [warning] = problems_on(result, "customer_request")
    assert (warning.code, warning.severity) == ("ticked_option_unknown", "warning")
    assert "8D report" in warning.message("en")


# ---------------------------------------------------------------------------------- the same, printed
def test_bilingual_captions_and_tick_boxes_read_the_same_from_the_form_printed_to_pdf(tmp_path):
    cells = dict(TICKS)
    del cells["D2"], cells["E2"]
    cells.update({"A3": "Customer\n客户名称", "B3": "Nordlicht Leuchten GmbH"})
    cells.update({"A8": "Prepared by\n填写人", "B8": "Kevin Zhang"})
    xlsx = workbook(tmp_path, cells)
    pdf = soffice_convert(xlsx, "pdf", tmp_path / "printed")
    result = parse(pdf, "complaint")
    assert result.record.customer == "Nordlicht Leuchten GmbH"
    assert result.record.reporter == "Kevin Zhang"
    assert result.record.cause_category == "process"
    assert result.record.disposition == ["rework", "resupply"]


def test_an_english_disposition_line_reads_use_as_is_and_warns_the_word_it_does_not_know(tmp_path):
    cells = {
        "A1": "Customer Complaint",
        "A2": "Complaint No.",
        "B2": "CC-2609-0042",
        "A4": "Disposition: ☒ Scrap  ☐ Rework  ☒ Use as is",
    }
    result = parse(workbook(tmp_path, cells), "complaint")
    assert result.record.disposition == ["concession"]  # use as is: a concession
    # (the form holds no customer request: disposition_without_request said too since holdout57)
    [warning] = [p for p in problems_on(result, "disposition") if p.code != "disposition_without_request"]
    assert warning.code == "ticked_option_unknown" and "Scrap" in warning.message("en")
