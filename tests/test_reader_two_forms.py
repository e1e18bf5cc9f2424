"""Two forms of one kind stacked on one sheet or page (what the fourteenth held-out set showed):
last month's closed complaint copied down above the new one. Read as one form, the old form's
values answered the new one's labels (its 结案日期 taken for the new case's: an invented value).
The reader keeps the form that is the document — the one not marked closed, else the one with
the later dates, else the last one — reads only it, and warns ``two_forms``; copies that agree
(and a print's title rows repeated on its next page) are one document. Layout profiles never
learn the old form's cells. The rule is in ``kesu_docs/parse/two_forms.py``; none knows a form.

Each test writes its own small form (openpyxl; fpdf2 for a print).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from test_reader_guards import parse, value, workbook

from kesu_docs.parse.profile import learn, read_by_profile

CJK = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")  # .ci/run installs fonts-noto-cjk

LABELS = (
    "投诉编号",
    "受理日期",
    "客户名称",
    "品号",
    "出货数量",
    "不良数量",
    "问题描述",
    "填写人",
    "结案日期",
)


def _form(title: str, number: str, received: object, customer: str, part: str, qty: int, closed: object):
    values = (number, received, customer, part, qty, qty // 100, f"{part} 端子压接不良", "林晓", closed)
    return [(title, None), *zip(LABELS, values)]


OLD = _form(
    "客户投诉处理单（已结案）", "CP-2601-007", "2026.1.9", "星河汽车电子", "TM-0150", 3000, "2026.1.22"
)
NEW = _form("客户投诉处理单", "CP-2603-015", "2026.3.6", "星河汽车电子", "TM-0288", 6000, None)


def _sheet(*forms: list[tuple[str, object]], gap: int = 1, more: dict[str, object] | None = None) -> dict:
    cells: dict[str, object] = {}
    row = 1
    for form in forms:
        for label, val in form:
            cells[f"A{row}"] = label
            if val is not None:
                cells[f"B{row}"] = val
            row += 1
        row += gap
    cells.update(more or {})
    return cells


def _warning(result, code: str = "two_forms"):
    return [p for p in result.warnings if p.code == code]


def test_the_new_form_under_last_months_closed_one_is_read_and_the_sheet_is_warned(tmp_path):
    result = parse(workbook(tmp_path, {"客诉": _sheet(OLD, NEW)}), "complaint")
    assert value(result, "number") == "CP-2603-015"
    assert value(result, "part_no") == "TM-0288"
    assert value(result, "ship_qty") == 6000
    assert value(result, "received_date") == "2026-03-06"
    assert value(result, "closed_date") is None  # the old form's 2026.1.22 is no answer here
    [warning] = _warning(result)
    assert warning.location == "客诉!A12"
    assert "已结案" in warning.message("zh") and "closed" in warning.message("en")
    # each form named by the cell it begins at, not by its sheet alone (review of dev22-clean)
    assert "从 客诉!A12 开始" in warning.message("zh") and "from 客诉!A1 was not" in warning.message("en")


def test_a_closed_form_under_the_open_one_leaves_the_upper_one_the_document(tmp_path):
    result = parse(workbook(tmp_path, {"客诉": _sheet(NEW, OLD)}), "complaint")
    assert value(result, "number") == "CP-2603-015"
    assert value(result, "closed_date") is None
    assert _warning(result)


def test_without_a_closed_mark_the_form_with_the_later_dates_is_the_document(tmp_path):
    old = [("客户投诉处理单", None), *OLD[1:-1]]  # not marked, not closed
    result = parse(workbook(tmp_path, {"客诉": _sheet(NEW, old)}), "complaint")
    assert value(result, "number") == "CP-2603-015"  # March, above January
    assert "日期较新" in _warning(result)[0].message("zh")


def test_two_forms_alike_in_dates_leave_the_last_one_the_document(tmp_path):
    first = _form(
        "客户投诉处理单", "CP-2603-014", dt.datetime(2026, 3, 6), "星河汽车电子", "TM-0150", 3000, None
    )
    second = _form(
        "客户投诉处理单", "CP-2603-015", dt.datetime(2026, 3, 6), "星河汽车电子", "TM-0288", 6000, None
    )
    result = parse(workbook(tmp_path, {"客诉": _sheet(first, second, gap=2)}), "complaint")
    assert value(result, "number") == "CP-2603-015"
    assert value(result, "received_date") == "2026-03-06"
    assert "last" in _warning(result)[0].message("en")


def test_two_copies_that_agree_are_one_document_without_a_warning(tmp_path):
    result = parse(workbook(tmp_path, {"客诉": _sheet(NEW, NEW)}), "complaint")
    assert value(result, "number") == "CP-2603-015"
    assert not _warning(result)


def test_a_forms_repeated_label_blocks_are_no_second_form(tmp_path):
    # sections of one form each with the same sign-off labels, and the form's other rows
    cells = _sheet(
        NEW[:7],
        more={
            "A9": "临时对策",
            "B9": "库存 600 件全检",
            "A10": "填写人",
            "B10": "林晓",
            "A11": "日期",
            "B11": "2026.3.7",
            "A12": "审核",
            "B12": "周宁",
            "A13": "长期对策",
            "B13": "更换压接模具",
            "A14": "填写人",
            "B14": "陈涛",
            "A15": "日期",
            "B15": "2026.3.12",
            "A16": "审核",
            "B16": "周宁",
            "A17": "结案日期",
            "B17": "2026.3.20",
        },
    )
    result = parse(workbook(tmp_path, {"客诉": cells}), "complaint")
    assert value(result, "number") == "CP-2603-015"
    assert not _warning(result)


def _print(path: Path, forms: list[list[tuple[str, object]]]) -> Path:
    """Forms printed one under the other on one page, each label in a ruled cell beside its value's."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("cjk", "", str(CJK))
    pdf.set_font("cjk", size=10)
    y = 15.0
    for form in forms:
        (title, _none), *rows = form
        pdf.set_xy(20, y)
        pdf.cell(170, 8, title, border=1, align="C")
        y += 8
        for label, val in rows:
            pdf.set_xy(20, y)
            pdf.cell(40, 8, label, border=1)
            pdf.cell(130, 8, "" if val is None else str(val), border=1)
            y += 8
        y += 10
    pdf.output(str(path))
    return path


@pytest.fixture
def cjk() -> None:
    if not CJK.exists():
        pytest.skip("fonts-noto-cjk is not installed (.ci/run installs it)")


def test_a_print_of_two_forms_reads_the_new_one(tmp_path, cjk):
    result = parse(_print(tmp_path / "two.pdf", [OLD, NEW]), "complaint")
    assert value(result, "number") == "CP-2603-015"
    assert value(result, "closed_date") is None
    assert _warning(result)


def test_a_profile_learned_on_a_print_of_two_forms_reads_the_new_forms_place(tmp_path, cjk):
    # the first copy: the same customer and clerk on both forms; a profile that kept the upper
    # form's places would read the old form's customer on the next copy
    first = _print(tmp_path / "first.pdf", [OLD, NEW])
    profile = learn(first, "complaint")
    (tmp_path / "profiles").mkdir()
    (tmp_path / "profiles" / "two.toml").write_text(profile.to_toml(), encoding="utf-8")
    newer = _form("客户投诉处理单", "CP-2604-003", "2026.4.2", "蓝海储能", "TM-0301", 2000, None)
    second = _print(tmp_path / "second.pdf", [[("客户投诉处理单（已结案）", None), *NEW[1:]], newer])
    found = read_by_profile(second, second.read_bytes(), "complaint", tmp_path / "profiles")
    assert found
    assert found[0].values["customer"] == "蓝海储能"
    assert found[0].values["number"] == "CP-2604-003"
    assert any(p.code == "two_forms" for p in found[0].problems)


def test_a_profile_learned_on_a_sheet_of_two_forms_reads_the_new_forms_cells_and_says_so(tmp_path):
    first = workbook(tmp_path, {"客诉": _sheet(OLD, NEW)}, name="first.xlsx")
    profile = learn(first, "complaint")
    (tmp_path / "profiles").mkdir()
    (tmp_path / "profiles" / "two.toml").write_text(profile.to_toml(), encoding="utf-8")
    newer = _form("客户投诉处理单", "CP-2604-003", "2026.4.2", "蓝海储能", "TM-0301", 2000, None)
    closed = [("客户投诉处理单（已结案）", None), *NEW[1:]]
    second = workbook(tmp_path, {"客诉": _sheet(closed, newer)}, name="second.xlsx")
    found = read_by_profile(second, second.read_bytes(), "complaint", tmp_path / "profiles")
    assert found
    assert found[0].values["customer"] == "蓝海储能"
    assert any(p.code == "two_forms" for p in found[0].problems)


def test_when_only_the_order_tells_the_forms_apart_every_field_read_is_in_doubt(tmp_path):
    first = _form("客户投诉处理单", "CP-2603-014", "2026.3.6", "星河汽车电子", "TM-0150", 3000, None)
    second = _form("客户投诉处理单", "CP-2603-015", "2026.3.6", "星河汽车电子", "TM-0288", 6000, None)
    result = parse(workbook(tmp_path, {"客诉": _sheet(first, second)}), "complaint")
    [warning] = _warning(result)
    assert {"number", "part_no", "ship_qty"} <= set(warning.fields)
    marked = parse(workbook(tmp_path, {"客诉": _sheet(OLD, NEW)}, name="marked.xlsx"), "complaint")
    assert _warning(marked)[0].fields == ()  # the old form's (已结案) says which: no doubt
