"""The blank Excel form (``kesu blank KIND -o FILE.xlsx``), for every form kind."""

from __future__ import annotations

import pytest
from helpers import run_cli
from openpyxl import load_workbook
from openpyxl.utils.cell import range_boundaries

from kesu_docs import forms
from kesu_docs.blank.excel import (
    DEFAULT_TABLE_ROWS,
    LISTS_SHEET,
    field_name,
    hint_for,
    label_text,
    write_blank,
)
from kesu_docs.config import settings
from kesu_docs.forms import describe

SPECS = forms.all_specs()
KINDS = [s.kind for s in SPECS]


@pytest.fixture(scope="module")
def blanks(tmp_path_factory):
    out = tmp_path_factory.mktemp("blanks")
    return {s.kind: load_workbook(write_blank(s, out / f"{s.kind}.xlsx")) for s in SPECS}


def leaf_names(spec):
    """Every defined name the blank must carry, derived from the form's fields."""
    for key, meta in spec.fields.items():
        if meta.kind == "table":
            for col, col_meta in describe(meta.row_model).items():
                yield field_name(key, col), col_meta
        elif meta.kind == "group":
            for sub, sub_meta in describe(meta.row_model).items():
                yield field_name(f"{key}.{sub}"), sub_meta
        else:
            yield field_name(key), meta


def target(wb, name):
    title, ref = next(iter(wb.defined_names[name].destinations))
    return wb[title], ref.replace("$", "")


def all_text(ws):
    return [c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str)]


@pytest.mark.parametrize("kind", KINDS)
def test_blank_carries_title_form_code_revision_and_company(blanks, kind):
    spec, ws = forms.get(kind), blanks[kind].worksheets[0]
    texts = all_text(ws)
    assert ws["A1"].value == spec.title_zh
    assert any(spec.form_code in t for t in texts)
    assert settings().company in texts
    for _key, zh, _en in spec.sections:
        if any(m.section == _key for m in spec.fields.values()):
            assert zh in texts


@pytest.mark.parametrize("kind", KINDS)
def test_every_field_has_a_defined_name_next_to_its_chinese_label(blanks, kind):
    spec, wb = forms.get(kind), blanks[kind]
    texts = set(all_text(wb.worksheets[0]))
    for name, meta in leaf_names(spec):
        assert name in wb.defined_names, name
        assert label_text(meta) in texts, meta.label_zh
        ws, ref = target(wb, name)
        first = ref.split(":")[0]
        left = ws.cell(ws[first].row, ws[first].column - 1).value if ws[first].column > 1 else None
        above = ws.cell(ws[first].row - 1, ws[first].column).value
        assert label_text(meta) in (left, above), name


@pytest.mark.parametrize("kind", KINDS)
def test_table_columns_name_their_data_rows(blanks, kind):
    spec, wb = forms.get(kind), blanks[kind]
    for key, meta in spec.fields.items():
        if meta.kind != "table":
            continue
        for col in describe(meta.row_model):
            _ws, ref = target(wb, field_name(key, col))
            _c0, r0, _c1, r1 = range_boundaries(ref)
            assert r1 - r0 + 1 == (meta.rows or DEFAULT_TABLE_ROWS)


def test_required_fields_are_marked_with_a_star(blanks):
    texts = set(all_text(blanks["complaint"].worksheets[0]))
    assert "*客户名称" in texts and "*交运日期" in texts
    assert "品名" in texts and "*品名" not in texts


@pytest.mark.parametrize("kind", KINDS)
def test_term_fields_have_a_dropdown_of_their_chinese_terms(blanks, kind):
    spec, wb = forms.get(kind), blanks[kind]
    ws = wb.worksheets[0]
    lists = wb[LISTS_SHEET]
    assert lists.sheet_state == "hidden"
    for name, meta in leaf_names(spec):
        if meta.kind != "term":
            continue
        _ws, ref = target(wb, name)
        first = ref.split(":")[0]
        dvs = [dv for dv in ws.data_validations.dataValidation if dv.type == "list" and first in dv.sqref]
        assert dvs, f"{name} has no dropdown"
        sheet, cells = dvs[0].formula1.split("!")
        choices = [c.value for row in lists[cells.replace("$", "")] for c in row]
        assert choices == [m.zh for m in meta.term]


def test_several_choices_field_is_a_free_cell_with_a_hint(blanks):
    wb = blanks["complaint"]
    ws, ref = target(wb, "kesu.customer_request")
    dv = next(dv for dv in ws.data_validations.dataValidation if ref in dv.sqref)
    assert dv.type is None and dv.showInputMessage
    assert "客户加工中未确定" in dv.prompt


def test_dates_and_money_get_input_hints(blanks):
    ws = blanks["complaint"].worksheets[0]
    prompts = {str(dv.sqref): dv.prompt for dv in ws.data_validations.dataValidation}
    _ws, date_cell = target(blanks["complaint"], "kesu.ship_date")
    _ws, money_cell = target(blanks["complaint"], "kesu.loss_amount")
    assert "2026" in prompts[date_cell]
    assert "金额" in prompts[money_cell]
    assert hint_for(forms.get("complaint").fields["defect_rate"]) == "可留空，自动计算"


def test_long_text_is_a_merged_area_and_short_values_are_merged_too(blanks):
    wb = blanks["complaint"]
    ws, ref = target(wb, "kesu.description")
    merged = next(r for r in ws.merged_cells.ranges if ref in r)
    assert merged.max_row - merged.min_row >= 2 and merged.max_col - merged.min_col >= 5
    ws, ref = target(wb, "kesu.customer")
    assert any(ref in r for r in ws.merged_cells.ranges)


@pytest.mark.parametrize("kind", KINDS)
def test_labels_are_protected_and_value_cells_unlocked(blanks, kind):
    spec, wb = forms.get(kind), blanks[kind]
    ws = wb.worksheets[0]
    assert ws.protection.sheet and not ws.protection.password
    assert not ws.protection.insertRows  # a clerk may still insert rows
    for name, _meta in leaf_names(spec):
        _ws, ref = target(wb, name)
        first = ref.split(":")[0]
        assert ws[first].protection.locked is False, name
        left = ws.cell(ws[first].row, ws[first].column - 1) if ws[first].column > 1 else None
        above = ws.cell(ws[first].row - 1, ws[first].column)
        label = left if left is not None and left.value == label_text(_meta) else above
        assert label.value == label_text(_meta) and label.protection.locked is not False
    assert ws["A1"].protection.locked


@pytest.mark.parametrize("kind", KINDS)
def test_prints_at_the_width_of_an_a4_page(blanks, kind):
    # issue 13: the width of the page, as many pages as the form needs (no longer squeezed onto one)
    ws = blanks[kind].worksheets[0]
    assert ws.print_area
    assert int(ws.page_setup.paperSize) == int(ws.PAPERSIZE_A4)
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0


def test_kesu_blank_writes_the_form(tmp_path):
    out = tmp_path / "客户抱怨处理单.xlsx"
    code, output = run_cli("blank", "complaint", "-o", out)
    assert code == 0, output
    wb = load_workbook(out)
    assert "kesu.customer" in wb.defined_names


def test_long_text_typed_into_a_table_row_grows_the_row_so_it_prints_whole(tmp_path):
    from openpyxl import load_workbook

    from kesu_docs.blank.excel import LINE_HEIGHT, fill_blank

    spec = forms.get("8d")
    long_cause = "回流焊炉第 5 温区热电偶漂移，峰值温度偏低 12°C，导致 C12 电容焊点润湿不良而虚焊" * 2
    path = fill_blank(spec, {"root_cause": [{"cause": long_cause}]}, tmp_path / "8d.xlsx")
    wb = load_workbook(path)
    [(sheet, ref)] = list(wb.defined_names["kesu.root_cause.cause"].destinations)
    first = wb[sheet][ref.replace("$", "").split(":")[0]]
    assert first.value == long_cause
    assert wb[sheet].row_dimensions[first.row].height >= 3 * LINE_HEIGHT
