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

from openpyxl import Workbook
from openpyxl.styles import Alignment, PatternFill

from kesu_docs.parse import parse_paths

SHADE = PatternFill("solid", fgColor="D9D9D9")


def workbook(tmp_path: Path, cells: dict[str, object], shaded=(), name="form.xlsx") -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Form"
    for ref, value in cells.items():
        ws[ref] = value
        ws[ref].alignment = Alignment(wrap_text=True)
    for ref in shaded:
        ws[ref].fill = SHADE
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
    assert result.record.customer.startswith("Helix Medical Devices Inc.")  # the caption is no value
    assert [p.code for p in problems_on(result, "customer")] == ["short_value_on_lines"]


def test_the_same_long_caption_unshaded_is_not_taken_for_a_label_by_its_shape(tmp_path):
    cells = {
        "A1": "RETURN MATERIAL AUTHORIZATION",
        "A3": "Ship From / Customer",
        "E3": "Acme Ltd. West Plant",
    }
    result = parse(workbook(tmp_path, cells), "return")
    assert result.record.customer == "Acme Ltd. West Plant"
