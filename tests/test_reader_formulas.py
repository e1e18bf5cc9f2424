"""A workbook's formulas worked out where the file's saved results fail the clerk
(kesu_docs/parse/xlsx_formulas.py): no saved result (a program wrote the file), or a stale one
(saved without recalculation). Real workbooks, the saved results set in their XML."""

from __future__ import annotations

import re
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
from helpers import parse_cli, sheet_from_rows

from kesu_docs.parse.xlsx_formulas import differs, sheet_formulas, work_out


def _worked(formulas: dict, saved: dict) -> dict:
    return {cell: w.value for cell, w in work_out(formulas, lambda c: saved.get(c)).items()}


@pytest.mark.parametrize(
    ("formula", "expected"),
    [
        ("2+3*4", "14"),
        ("(2+3)*4", "20"),
        ("-2^2", "4"),  # Excel negates before the power
        ("2^3^2", "64"),  # … and takes powers left to right
        ("50%*B1", "5"),
        ("ROUND(2.5,0)", "3"),
        ("ROUND(-2.5,0)", "-3"),  # half away from zero, as Excel
        ("ROUND(1100*0.13,2)", "143.00"),
        ("ROUNDDOWN(B1/3,1)", "3.3"),
        ("ROUNDUP(B1/3,1)", "3.4"),
        ("SUM(B1:B3)", "30"),  # the text in B2 is skipped, as Excel skips it
        ("SUM(B1,B3,5)", "35"),
        ("_xlfn.SUM(B1:B3)*2", "60"),
        ("MAX(B1:B3)-MIN(B1,B3)", "10"),
        ("B4*2", "0"),  # an empty cell is 0
    ],
)
def test_the_arithmetic_of_forms_is_worked_out_as_excel_does(formula, expected):
    saved = {(1, 2): 10, (2, 2): "n/a", (3, 2): 20.0}
    assert _worked({(9, 9): formula}, saved)[(9, 9)] == Decimal(expected)


@pytest.mark.parametrize(
    "formula",
    [
        "IF(B1>5,1,2)",  # a condition
        'B1&"pcs"',  # text
        "Sheet2!A1*2",  # another sheet
        "VLOOKUP(B1,A1:C9,2,0)",  # a look-up
        "Price*2",  # a defined name
        "B2*2",  # arithmetic on text
        "AVERAGE(B4:B5)",  # #DIV/0! in Excel
        "B1/0",
        "SUM(A:A)",  # a whole column
    ],
)
def test_what_is_not_the_arithmetic_of_forms_is_left_alone(formula):
    assert _worked({(9, 9): formula}, {(1, 2): 10, (2, 2): "n/a"}) == {}


def test_a_formula_reads_another_formulas_working_not_its_saved_result():
    """D8 = SUM(D6:D7) over D6 = B6*C6 whose saved result is stale: the sum is of the working."""
    formulas = {(6, 4): "B6*C6", (7, 4): "B7*C7", (8, 4): "SUM(D6:D7)"}
    saved = {(6, 2): 400, (6, 3): 2.75, (6, 4): 1375.0, (7, 2): 10, (7, 3): 85, (7, 4): 850, (8, 4): 2225}
    worked = work_out(formulas, saved.get)
    assert {c: w.value for c, w in worked.items()} == {
        (6, 4): Decimal("1100.00"),
        (7, 4): Decimal(850),
        (8, 4): Decimal("1950.00"),
    }
    assert [c for c, w in worked.items() if differs(w)] == [(6, 4), (8, 4)]


def test_circular_references_and_what_they_feed_are_left_alone():
    formulas = {(1, 1): "B1+1", (1, 2): "A1+1", (1, 3): "A1*2", (1, 4): "5*2"}
    assert _worked(formulas, {}) == {(1, 4): Decimal(10)}


def test_shared_formulas_are_moved_to_each_of_their_cells():
    xml = (
        b'<sheetData><row r="6"><c r="D6"><f t="shared" ref="D6:D8" si="0">B6*C6</f><v>1</v></c></row>'
        b'<row r="7"><c r="D7"><f t="shared" si="0"/><v>2</v></c></row>'
        b'<row r="8"><c r="D8" s="3"><f t="shared" si="0"/></c>'
        b'<c r="E8"><f>IF(D8&gt;0,&quot;ok&quot;,&quot;&quot;)</f></c></row></sheetData>'
    )
    assert sheet_formulas(xml).texts == {
        (6, 4): "B6*C6",
        (7, 4): "B7*C7",
        (8, 4): "B8*C8",
        (8, 5): 'IF(D8>0,"ok","")',
    }
    assert sheet_formulas(xml).uncached == {(8, 4), (8, 5)}  # D6, D7 carry their results


def test_the_same_scan_tells_the_formulas_without_a_saved_result():
    """No ``<v>``, ``<v/>`` or an empty ``<v></v>``: no result — but an empty ``<v></v>`` in a
    string cell is the empty text ``=IF(…,"","…")`` gave (LibreOffice saves it so)."""
    xml = (
        b'<sheetData><row r="2"><c r="A2"><f>1+1</f></c><c r="B2"><f>1+1</f><v/></c>'
        b'<c r="C2"><f>1+1</f><v></v></c><c r="D2" t="str"><f>IF(1,"","x")</f><v></v></c>'
        b'<c r="E2"><f>1+1</f><v>2</v></c><c r="F2" t="e"><f>1/0</f><v>#DIV/0!</v></c>'
        b'<x:c r="G2"><x:f>1+1</x:f></x:c><c r="H2"><f></f></c></row></sheetData>'
    )
    assert sheet_formulas(xml).uncached == {(2, 1), (2, 2), (2, 3), (2, 7), (2, 8)}
    assert sheet_formulas(b"<sheetData/>").uncached == frozenset()


# --------------------------------------------------------------------- through kesu parse
def _allowance(tmp_path: Path) -> Path:
    """A credit note written by a program: amounts and totals are formulas."""
    rows: list[list[object]] = [
        ["销货折让证明单"],
        ["证明单号", "AL-2611-031", "开立日期", "2026-11-20"],
        ["买受人", "苏州华星电子有限公司", "统一编号", "91320500MA1X2Y3Z4A"],
        ["品名", "数量", "单价", "折让金额", "税额"],
        ["散热片 HS-40", 400, 2.75, "=B5*C5", "=ROUND(D5*0.13,2)"],
        ["导热垫 TP-2", 100, 8.5, "=B6*C6", "=ROUND(D6*0.13,2)"],
        ["合计", None, None, "=SUM(D5:D6)", "=SUM(E5:E6)"],
    ]
    return sheet_from_rows(tmp_path, rows, "credit.xlsx", width=16)


def _with_saved(path: Path, results: dict[str, str | None], part: str = "xl/worksheets/sheet1.xml") -> Path:
    """``path`` with each formula cell of ``results`` given that saved result (``<v>``; None:
    none)."""
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    sheet = parts[part].decode()
    for ref, value in results.items():
        saved = "" if value is None else f"<v>{value}</v>"
        sheet = re.sub(rf'(<c r="{ref}"[^>]*>\s*<f>[^<]*</f>)(?:<v>[^<]*</v>|<v/>)?', rf"\1{saved}", sheet)
    parts[part] = sheet.encode()
    with zipfile.ZipFile(path, "w") as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return path


def _doc(path: Path) -> dict:
    _code, [doc] = parse_cli(path, "--kind", "allowance", "--lang", "en")
    return doc


def _warned(doc: dict, code: str) -> dict[str, str]:
    return {w["field"]: w["message"] for w in doc["warnings"] if w["code"] == code}


def test_formulas_a_program_saved_without_results_are_worked_out_and_warned(tmp_path):
    doc = _doc(_allowance(tmp_path))
    items = doc["record"]["items"]
    assert [(i["allowance_amount"], i["tax"]) for i in items] == [("1100.00", "143.00"), ("850.00", "110.50")]
    assert (doc["record"]["total_excl_tax"], doc["record"]["total_tax"]) == ("1950.00", "253.50")
    warned = _warned(doc, "formula_worked_out")
    assert "items[0].allowance_amount" in warned and "=B5*C5" in warned["items[0].allowance_amount"]
    assert "total_excl_tax" in warned
    assert not [e for e in doc["errors"] if e["code"] == "formula_without_value"]


def test_a_stale_saved_result_is_read_as_its_formula_gives_and_warned_with_both(tmp_path):
    """B5 was 500 when the file was last calculated; the clerk typed 400 and saved with
    calculation set to manual: the file (and its print) still says 1375.00."""
    path = _allowance(tmp_path)
    _with_saved(
        path, {"D5": "1375", "E5": "178.75", "D6": "850", "E6": "110.5", "D7": "2225", "E7": "289.25"}
    )
    doc = _doc(path)
    assert doc["record"]["items"][0]["allowance_amount"] == "1100.00"
    assert doc["record"]["total_excl_tax"] == "1950.00"
    stale = _warned(doc, "formula_stale")
    assert "1375" in stale["items[0].allowance_amount"] and "1100" in stale["items[0].allowance_amount"]
    assert "total_excl_tax" in stale
    assert "items[1].allowance_amount" not in stale  # its saved result is right: no warning


def test_results_that_agree_with_their_formulas_are_read_without_a_word(tmp_path):
    path = _allowance(tmp_path)
    _with_saved(path, {"D5": "1100", "E5": "143", "D6": "850", "E6": "110.5", "D7": "1950", "E7": "253.5"})
    doc = _doc(path)
    assert doc["record"]["total_excl_tax"] == "1950.00"
    assert not _warned(doc, "formula_stale") and not _warned(doc, "formula_worked_out")


# --------------------------------------------------------------------- the attack's mends
@pytest.mark.parametrize("formula", ["ROUND(B2,2)", "ROUNDUP(B2,0)", "ROUNDDOWN(B2,1)", "ABS(B2)"])
def test_text_given_to_a_one_number_function_is_not_worked_out_as_zero(formula):
    """Excel gives #VALUE! for ROUND("待定",2); only a SUM's ranges skip text."""
    assert _worked({(9, 9): formula}, {(2, 2): "待定"}) == {}
    assert _worked({(9, 9): f"SUM(B1:B2)+{formula.replace('B2', 'B1')}"}, {(1, 2): 5, (2, 2): "x"})[
        (9, 9)
    ] in (Decimal(10), Decimal("10.0"))


def test_product_of_empty_cells_is_zero_as_excel_gives():
    assert _worked({(9, 9): "PRODUCT(B4:B5)"}, {}) == {(9, 9): Decimal(0)}
    assert _worked({(9, 9): "PRODUCT(B1:B5)"}, {(1, 2): 4, (2, 2): 2.5}) == {(9, 9): Decimal("10.0")}


def test_a_saved_error_is_a_result_never_worked_out_nor_read_through():
    formulas = {(1, 1): "B1*2", (1, 3): "A1+1", (1, 4): "5*2"}
    worked = work_out(formulas, {(1, 2): 3}.get, errors={(1, 1): "#NUM!"})
    assert {c: w.value for c, w in worked.items()} == {(1, 4): Decimal(10)}


def test_a_result_beyond_a_floats_range_is_not_worked_out():
    assert _worked({(9, 9): "10^400", (9, 10): "I9*0+1"}, {}) == {}


def _two_tabs(tmp_path: Path, saved: dict[str, str | None]) -> Path:
    """A credit note whose totals are formulas on a "Summary" tab, with those saved results
    (None: none saved)."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Credit Note"
    for row in (
        ["CREDIT NOTE"],
        ["Credit note no.", "CN-26-0512", "Date", "2026-05-12"],
        ["Customer", "Flex Ltd. (Zhuhai)"],
        [],
        ["Item", "Qty", "Unit price", "Credit"],
        ["Heat sink HS-40", 400, 2.75, 1100],
        ["Thermal pad TP-2", 1000, 0.85, 850],
        [],
        ["Approved (Finance Manager)", "Grace Ho"],
    ):
        ws.append(row)
    summary = wb.create_sheet("Summary")
    for row in (
        ["Summary"],
        ["Total excl. tax", 1950],
        ["Total tax", "=ROUND(B2*0.13,2)"],
        ["Total", "=B2+B3"],
        ["Approved (GM)", "Li Wei"],
    ):
        summary.append(row)
    for sheet in (ws, summary):
        for col in "ABCD":
            sheet.column_dimensions[col].width = 20
    path = tmp_path / "two_tabs.xlsx"
    wb.save(path)
    return _with_saved(path, saved, part="xl/worksheets/sheet2.xml")


@pytest.mark.parametrize(
    ("saved", "code"),
    [({"B3": "289.25", "B4": "2514.25"}, "formula_stale"), ({"B3": None, "B4": None}, "formula_worked_out")],
)
def test_a_formula_on_another_tab_is_warned_on_the_field_read_from_it(tmp_path, saved, code):
    _code, [doc] = parse_cli(_two_tabs(tmp_path, saved), "--kind", "allowance", "--lang", "en")
    assert doc["record"]["total_tax"] == "253.50"
    warned = _warned(doc, code)
    assert "total_tax" in warned and "Summary!B3" in str(
        [w for w in doc["warnings"] if w["code"] == code and w["field"] == "total_tax"]
    )


def test_precision_as_displayed_keeps_the_saved_results(tmp_path):
    """With "precision as displayed" Excel rounds each result to its shown decimals: the saved
    results are not the plain arithmetic, and kesu does not claim them stale."""
    path = _with_saved(
        _allowance(tmp_path),
        {"D5": "1375", "E5": "178.75", "D6": "850", "E6": "110.5", "D7": "2225", "E7": "289.25"},
    )
    _set_calc_pr(path, '<calcPr calcId="191029" fullPrecision="0"/>')
    doc = _doc(path)
    assert doc["record"]["items"][0]["allowance_amount"] == "1375.00"
    assert not _warned(doc, "formula_stale") and not _warned(doc, "formula_worked_out")


def _set_calc_pr(path: Path, calc_pr: str) -> None:
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    book = re.sub(r"<calcPr[^>]*/>", "", parts["xl/workbook.xml"].decode())
    parts["xl/workbook.xml"] = book.replace("</workbook>", f"{calc_pr}</workbook>").encode()
    with zipfile.ZipFile(path, "w") as z:
        for name, data in parts.items():
            z.writestr(name, data)


def test_a_profile_warns_on_the_formulas_it_reads_as_the_generic_reader_does(tmp_path):
    from kesu_docs.parse.profile import learn, read_by_profile

    agreed = {"D5": "1100", "E5": "143", "D6": "850", "E6": "110.5", "D7": "1950", "E7": "253.5"}
    clean = _with_saved(_allowance(tmp_path), agreed)
    (tmp_path / "profiles").mkdir()
    profile = learn(clean, "allowance", name="credit")
    (tmp_path / "profiles" / "credit.toml").write_text(profile.to_toml(), encoding="utf-8")
    for folder, saved, code in (
        ("stale", dict(agreed, D5="1375", D7="2225"), "formula_stale"),
        ("nocache", {}, "formula_worked_out"),
    ):
        (tmp_path / folder).mkdir()
        copy = _allowance(tmp_path / folder)
        if saved:
            _with_saved(copy, saved)
        [read] = read_by_profile(copy, copy.read_bytes(), "allowance", tmp_path / "profiles") or [None]
        assert any(p.code == "profile_used" for p in read.problems)
        warned = {p.field for p in read.problems if p.code == code}
        assert {"items[0].allowance_amount", "total_excl_tax"} <= warned, (folder, read.problems)
        assert read.values["total_excl_tax"] in (1950, Decimal("1950.00"), "1950.00")
