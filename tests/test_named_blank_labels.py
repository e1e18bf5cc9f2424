"""Our blank's names trusted by the labels in their own cells (parse/excel.py, ``_own_labels``,
issue 15): a blank of ours is read without the whole page's label reading when every name
finds one of its field's own labels just left of (or above) its cell. Each way a clerk may have
changed such a blank reads exactly as it does through the page's labels (``find_labels``, the
way every workbook with names was read before): values, places, provenance, every warning."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import example_values, insert_rows, parse_cli, problem
from openpyxl import load_workbook

from kesu_docs import forms
from kesu_docs.blank.excel import fill_blank, write_blank
from kesu_docs.parse.anchor import Reading
from kesu_docs.parse.excel import (
    _by_names,
    _extraction,
    _own_labels,
    _sheets_of,
    choose_form,
    extract,
    read_workbook,
)
from kesu_docs.validation import Locations

KINDS = ["complaint", "8d", "return", "allowance"]


def _the_whole_way(path: Path) -> list:
    """The extraction as the reader made it with the page's labels deciding which names hold
    (parse/excel.py before ``_own_labels``): ``_by_names`` finding the labels itself."""
    data = path.read_bytes()
    wb = read_workbook(data)
    spec, guessed = choose_form(
        None, [t for s in wb.sheets for t in list(s.texts())[:60]], [s.boxes for s in wb.sheets]
    )
    assert not guessed and len(wb.sheets) == 1
    sheet = wb.sheets[0]
    values, where = _by_names(wb, sheet, spec)
    if all(p in (values if m.kind == "table" else where) for p, m in spec.leaf_fields.items()):
        empty = Reading({}, Locations(), [], {}, [])
        return [_extraction(wb, spec, sheet, empty, str(path), (values, where))]
    [(sheet, reading)] = _sheets_of(wb, spec)
    return [_extraction(wb, spec, sheet, reading, str(path))]


def _short(path: Path) -> bool:
    wb = read_workbook(path.read_bytes())
    spec = forms.get(_kind(path))
    return _own_labels(wb.sheets[0], spec, wb.names[wb.sheets[0].title]) is not None


def _kind(path: Path) -> str:
    return path.name.split("-", 1)[0]


def _named(path: Path) -> dict[str, tuple[str, str]]:
    """Field → (sheet, cell) of each of the blank's names (a table column: its first row)."""
    wb = load_workbook(path)
    out = {}
    for name, dn in wb.defined_names.items():
        sheet, ref = next(iter(dn.destinations))
        out[name.removeprefix("kesu.")] = (sheet, ref.replace("$", "").split(":")[0])
    return out


def _text_fields(path: Path) -> list[str]:
    """The form's plain text fields (no table column, no group member), in the form's order."""
    spec = forms.get(_kind(path))
    named = _named(path)
    return [k for k, m in spec.leaf_fields.items() if m.kind == "text" and "." not in k and k in named]


def _edit(path: Path, change) -> Path:
    wb = load_workbook(path)
    change(wb, _named(path))
    wb.save(path)
    return path


def _label_of(wb, where: tuple[str, str]):
    ws = wb[where[0]]
    cell = ws[where[1]]
    return ws.cell(row=cell.row, column=cell.column - 1)


def _unmerged(ws, ref: str) -> None:
    for merged in [m for m in ws.merged_cells.ranges if ref in m]:
        ws.unmerge_cells(str(merged))


def cases(folder: Path, kind: str) -> dict[str, tuple[Path, bool]]:
    """Name → (a blank of ``kind`` as a clerk left it, is it read the short way)."""
    spec = forms.get(kind)
    values = example_values(spec)

    def made(name: str) -> Path:
        return fill_blank(spec, values, folder / f"{kind}-{name}.xlsx")

    out: dict[str, tuple[Path, bool]] = {}
    out["filled"] = made("filled"), True
    out["empty"] = write_blank(spec, folder / f"{kind}-empty.xlsx"), True
    path = made("half")
    first, second, *_ = _text_fields(path)

    def labels_as_values(wb, named):  # a value holding its own label, another the next field's
        for field, text in (
            (first, _label_of(wb, named[first]).value),
            (second, spec.fields[first].label_zh),
        ):
            sheet, ref = named[field]
            wb[sheet][ref] = text

    out["label-text-values"] = _edit(made("label-text-values"), labels_as_values), True

    def after_colon(wb, named):  # 客户名称：华东精密 in the label's cell, the named cell left empty
        sheet, ref = named[second]
        wb[sheet][ref] = None
        label = _label_of(wb, named[second])
        label.value = f"{label.value}：华东精密机械有限公司"

    out["typed-after-colon"] = _edit(made("typed-after-colon"), after_colon), False

    def typed_beside(wb, named):  # the merged value cell undone, the value in its second half
        sheet, ref = named[second]
        ws = wb[sheet]
        _unmerged(ws, ref)
        ws[ref] = None
        ws.cell(row=ws[ref].row, column=ws[ref].column + 1, value="华东精密机械有限公司")

    out["typed-beside"] = _edit(made("typed-beside"), typed_beside), True

    def note_in_a_free_cell(wb, named):  # a label no field takes, below the form
        ws = wb[named[first][0]]
        ws.cell(row=ws.max_row + 2, column=1, value="备注：请尽快回复客户")

    out["unread-label"] = _edit(made("unread-label"), note_in_a_free_cell), True

    def reworded(wb, named):
        _label_of(wb, named[first]).value = "往来单位全称（盖章）"

    out["label-reworded"] = _edit(made("label-reworded"), reworded), False

    def cleared(wb, named):
        _label_of(wb, named[second]).value = None

    out["label-cleared"] = _edit(made("label-cleared"), cleared), False

    def swapped(wb, named):
        a, b = _label_of(wb, named[first]), _label_of(wb, named[second])
        a.value, b.value = b.value, a.value

    out["labels-swapped"] = _edit(made("labels-swapped"), swapped), False
    for move in (True, False):
        path = made(f"rows-put-in-{'moved' if move else 'stale'}")
        at = load_workbook(path)[_named(path)[second][0]][_named(path)[second][1]].row
        insert_rows(path, at, 2, move_names=move, note="备注：客户电话通知")  # a label no field takes
        out[f"rows-put-in-{'moved' if move else 'stale'}"] = path, move
    return out


@pytest.mark.parametrize("kind", KINDS)
def test_every_change_a_clerk_makes_to_our_blank_reads_as_the_page_labels_read_it(tmp_path, kind):
    for name, (path, short) in cases(tmp_path, kind).items():
        assert _short(path) is short, name
        assert extract(path, path.read_bytes(), None) == _the_whole_way(path), name


def test_the_warnings_of_a_changed_blank_are_still_given(tmp_path):
    made = cases(tmp_path, "complaint")
    first, second, *_ = _text_fields(made["filled"][0])
    for name in ("typed-beside", "typed-after-colon"):
        _code, [result] = parse_cli(made[name][0])
        assert result["record"][second] == "华东精密机械有限公司", name
        assert problem(result, "value_beside_its_cell")["field"] == second, name
    _code, [stale] = parse_cli(made["rows-put-in-stale"][0])  # names a row off: the labels read
    assert stale["record"][second] == example_values(forms.get("complaint"))[second]
    _code, [reworded] = parse_cli(made["label-reworded"][0])
    assert reworded["record"][second] is not None


def test_a_label_found_in_its_own_cell_is_a_label_the_page_reading_finds_for_its_field(tmp_path):
    """The short way's premise on every blank this toolkit writes, filled, half filled and empty:
    each label it takes beside a name is among the page's labels of that field."""
    from kesu_docs.parse.anchor import find_labels

    for spec in forms.all_specs():
        values = example_values(spec)
        half = dict(list(values.items())[: len(values) // 2])
        for path in (
            fill_blank(spec, values, tmp_path / f"{spec.kind}-full.xlsx"),
            fill_blank(spec, half, tmp_path / f"{spec.kind}-half.xlsx"),
            write_blank(spec, tmp_path / f"{spec.kind}-empty.xlsx"),
        ):
            wb = read_workbook(path.read_bytes())
            sheet = wb.sheets[0]
            own = _own_labels(sheet, spec, wb.names[sheet.title])
            assert own is not None, path.name
            page = find_labels(sheet.boxes, spec)
            for key, [label] in own.items():
                assert label.location in {b.location for b in page.get(key, [])}, (path.name, key)
