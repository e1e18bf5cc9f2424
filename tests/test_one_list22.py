"""One helper, one list (dev22-clean): what was written twice is written once.

- the sheet or page of a location (``boxes.page_of``): the PDF reader's messages, the guards'
  rows of a page and the two-forms warning's places, one reading;
- a layout profile's warnings (``profile._warning``), built by one helper;
- a layout profile's "ends in a line cut at its cell's border" (``_Reader.cut_off``), the one
  rule the value's warning (``check_cut``) asks;
- the bare total words of each language (``terms.TOTAL_WORDS``), the allowance's ``Total`` and
  ``合计`` among them: the captions that may head the lines' net sum (``gross_total``);
- a workbook learned (``kesu learn``) opened once for its styles, formulas and date formats.
"""

from __future__ import annotations

import datetime as dt
import inspect
from pathlib import Path

import openpyxl
import pytest
from openpyxl.styles import Font

from kesu_docs import terms
from kesu_docs.forms import describe
from kesu_docs.forms.allowance import AllowanceCertificate
from kesu_docs.parse import guards, pdf, profile
from kesu_docs.parse.boxes import page_of
from kesu_docs.problems import Problem


def test_the_page_of_a_location_is_one_helper():
    """A sheet's cell names its sheet (a sheet name may hold spaces), a print's box or form
    field its page."""
    assert page_of("Sheet1!D7") == "Sheet1"
    assert page_of("Sheet1 (2)!D7") == "Sheet1 (2)"
    assert page_of("p2#7") == "p2"
    assert page_of("p2 · Prepared by:") == "p2"  # a form field's place on its page
    assert page_of("p3") == "p3"
    assert page_of("") == ""
    for module in (pdf, guards):
        assert module.page_of is page_of
        assert not {"_page", "_page_of"} & set(vars(module))
    # two_forms names where a form begins by its cell (客诉!A12), not its sheet: its own _place


def test_a_profiles_warning_is_built_by_one_helper():
    assert profile._warning("value_cut_off", "remark", "Sheet1!B9", value="很长的说明…") == Problem(
        "value_cut_off", "remark", location="Sheet1!B9", severity="warning", params={"value": "很长的说明…"}
    )
    assert profile._warning("profile_used", profile="客户A") == Problem(
        "profile_used", severity="warning", params={"profile": "客户A"}
    )
    assert inspect.getsource(profile).count('severity="warning"') == 1  # the helper's own


def _reader_with_cut(line: str) -> profile._Reader:
    """A profile's reader of one printed value whose last line runs to its cell's border."""
    reader = profile._Reader.__new__(profile._Reader)
    reader.printed = [profile.Box("退货原因：包装破损", "退货原因：包装破损", 0, 0, 80, 12, "p1", cut=line)]
    reader.problems = []
    return reader


@pytest.mark.parametrize(
    ("value", "cut"),
    [
        ("外箱破损，内部产品受潮 需要", True),  # ends in the cut line
        ("受潮 需要", True),  # the cut line ends in the value (a value read from its tail)
        ("外箱破损", False),
    ],
)
def test_a_value_cut_at_its_cells_border_is_one_rule(value, cut):
    reader = _reader_with_cut("产品受潮  需要")
    assert reader.cut_off(value) is cut
    reader.check_cut("remark", value, "p1")
    assert [p.code for p in reader.problems] == (["value_cut_off"] if cut else [])


def test_the_bare_total_words_are_one_list():
    """The allowance's bare totals captions are total words; a total with tax is none."""
    fields = describe(AllowanceCertificate)
    assert fields["total"].label_en in terms.TOTAL_WORDS
    assert "合计" in fields["total_excl_tax"].aliases and "合计" in terms.TOTAL_WORDS
    for label in ("Celkem / Total", "I alt:", "Summe | Total", "YHTEENSÄ", 'סה"כ'):
        assert terms.bare_total(label), label
    for label in ("Grand total", "价税合计", "Total incl. VAT", "Celkem s DPH / Total"):
        assert not terms.bare_total(label), label


def test_kesu_learn_opens_the_workbook_once_whole_and_once_streamed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """Its labels' styles and the date cells' format: one full load of the workbook (openpyxl's
    load, counted); the formulas that copy a cell: one streamed read (read-only: a far used range
    costs no memory, a workbook only that mode opens still gives them) — two looks, not three."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "投诉"
    ws["A1"] = "客户投诉单"
    rows = [("客户名称", "华兴电子"), ("收到日期", dt.date(2026, 3, 12)), ("投诉编号", "KS-2603-017")]
    for r, (label, value) in enumerate(rows, start=3):
        ws.cell(r, 1, label).font = Font(bold=True)
        ws.cell(r, 2, value)
    ws["B4"].number_format = "dd/mm/yyyy"
    ws["D3"] = "=B3"  # a cell that only shows another
    path = tmp_path / "华兴投诉单.xlsx"
    wb.save(path)
    opened = []
    load = openpyxl.load_workbook

    def counted(*args, **kwargs):
        opened.append(kwargs.get("read_only", False))
        return load(*args, **kwargs)

    monkeypatch.setattr(openpyxl, "load_workbook", counted)
    learned = profile.learn(path, "complaint", {"customer": "B3", "received_date": "B4"})
    assert sorted(opened) == [False, True]
    assert learned.date_order == "dmy"
    assert learned.fields["customer"].cell == "B3"
    assert profile._formula_copies(path.read_bytes()) == (
        {"投诉!B3": ["投诉!D3"]},
        {"投诉!D3"},
    )


def test_kesu_learn_takes_formulas_from_a_workbook_only_the_streamed_read_opens(tmp_path: Path):
    """A hyperlink whose relationship is missing stops openpyxl's full load (KeyError), not its
    streamed read: the summary tab's copies of the form's cells are still learned (review of
    dev22-clean: they were lost when the formulas came from the full load)."""
    import zipfile

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Form"
    ws["A2"], ws["B2"] = "客户名称", "华兴电子"
    ws["A3"], ws["B3"] = "料号", "HX-220"
    summary = wb.create_sheet("Summary")
    summary["A1"], summary["B1"] = "Customer", "=Form!B2"
    summary["A2"], summary["B2"] = "Part", "=Form!B3"
    plain = tmp_path / "plain.xlsx"
    wb.save(plain)
    broken = tmp_path / "summary.xlsx"
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(broken, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(
                    b"</sheetData>",
                    b'</sheetData><hyperlinks><hyperlink ref="B2" r:id="rId99" '
                    b'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/>'
                    b"</hyperlinks>",
                )
            dst.writestr(item, data)
    with pytest.raises(KeyError):  # openpyxl: Unknown relationship
        openpyxl.load_workbook(broken)
    assert profile._formula_copies(broken.read_bytes()) == (
        {"Form!B2": ["Summary!B1"], "Form!B3": ["Summary!B2"]},
        {"Summary!B1", "Summary!B2"},
    )
