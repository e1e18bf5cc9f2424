"""Parsing filled Excel forms: our blanks by their names, any layout by its labels, bad files."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import shutil
import zipfile
from pathlib import Path

import pytest
from helpers import (
    as_json,
    example_values,
    insert_rows,
    needs_soffice,
    parse_cli,
    problem,
    run_cli,
    soffice_convert,
)
from openpyxl import Workbook, load_workbook

from kesu_docs import forms
from kesu_docs.blank.excel import fill_blank, write_blank
from kesu_docs.forms import describe
from kesu_docs.parse.excel import extract

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
SPECS = forms.all_specs()
KINDS = [s.kind for s in SPECS]


def filled(tmp_path: Path, kind: str, values: dict | None = None, name: str = "form.xlsx") -> Path:
    spec = forms.get(kind)
    return fill_blank(spec, example_values(spec) if values is None else values, tmp_path / name)


def named_cells(path: Path) -> dict[str, str]:
    """Field path → ``Sheet!B7`` for every defined name of one of our blanks."""
    wb = load_workbook(path)
    out = {}
    for name, dn in wb.defined_names.items():
        title, ref = next(iter(dn.destinations))
        out[name.removeprefix("kesu.")] = f"{title}!{ref.replace('$', '').split(':')[0]}"
    return out


# ------------------------------------------------------------------ round trips, every field of every kind
@pytest.mark.parametrize("kind", KINDS)
def test_round_trip_blank_filled_by_openpyxl_gives_back_every_value(tmp_path, kind):
    spec = forms.get(kind)
    values = example_values(spec)
    path = fill_blank(spec, values, tmp_path / f"{kind}.xlsx")
    _code, [result] = parse_cli(path)
    assert result["kind"] == kind
    expected = as_json(spec, values)
    assert {k: result["record"][k] for k in expected} == expected


@needs_soffice
@pytest.mark.libreoffice
@pytest.mark.parametrize("fmt", ["xlsx", "xls"])
@pytest.mark.parametrize("kind", KINDS)
def test_round_trip_survives_a_libreoffice_resave(tmp_path, kind, fmt):
    spec = forms.get(kind)
    values = example_values(spec)
    path = fill_blank(spec, values, tmp_path / f"{kind}.xlsx")
    resaved = soffice_convert(path, fmt, tmp_path / "lo")
    _code, [result] = parse_cli(resaved)
    assert result["kind"] == kind, result["errors"]
    expected = as_json(spec, values)
    assert {k: result["record"][k] for k in expected} == expected


@needs_soffice
@pytest.mark.libreoffice
def test_legacy_xls_keeps_the_cell_locations(tmp_path):
    path = filled(tmp_path, "complaint", {"customer": "华为"})
    xls = soffice_convert(path, "xls", tmp_path / "lo")
    _code, [result] = parse_cli(xls)
    assert problem(result, "required")  # the empty required fields are reported …
    ship = next(p for p in result["errors"] if p["field"] == "ship_date")
    assert ship["location"] == named_cells(path)["ship_date"]  # … at their cells


@pytest.mark.parametrize("kind", KINDS)
def test_every_field_is_located_at_its_named_cell(tmp_path, kind):
    spec = forms.get(kind)
    path = filled(tmp_path, kind)
    [extraction] = extract(path, path.read_bytes(), None)
    cells = named_cells(path)
    for key, meta in spec.fields.items():
        if meta.kind == "table":
            for col in describe(meta.row_model):
                first_row = cells[f"{key}.{col}"]
                assert extraction.locations[f"{key}[0].{col}"] == first_row
        elif meta.kind == "group":
            for sub in describe(meta.row_model):
                assert extraction.locations[f"{key}.{sub}"] == cells[f"{key}.{sub}"]
        else:
            assert extraction.locations[key] == cells[key], key


def test_empty_required_fields_are_reported_at_the_cell_where_the_value_belongs(tmp_path):
    path = write_blank(forms.get("complaint"), tmp_path / "blank.xlsx")
    cells = named_cells(path)
    # one field filled, none required: a form begun (a blank sent back wholly empty is
    # "the form is empty" instead, tests/test_reader_unprinted_text.py)
    sheet, cell = cells["part_name"].split("!")
    wb = load_workbook(path)
    wb[sheet][cell] = "压缩机排气管"
    wb.save(path)
    code, [result] = parse_cli(path)
    assert code == 1
    required = {p["field"]: p["location"] for p in result["errors"] if p["code"] == "required"}
    spec = forms.get("complaint")
    for key, meta in spec.fields.items():
        if meta.required:
            assert required[key] == cells[key]


# ------------------------------------------------------------------ any layout, by labels
def test_customer_layout_sample_parses_with_kind_complaint():
    code, [result] = parse_cli(SAMPLES / "complaint-customer-layout.xlsx", "--kind", "complaint")
    assert code == 0, result["errors"]
    record = result["record"]
    assert record["customer"] == "深圳市华星光电技术有限公司"
    assert record["part_no"] == "KS-PCB-4L-220"  # full-width folded
    assert record["received_date"] == "2026-09-08"  # 2026年9月8日
    assert record["ship_qty"] == 12000  # "12000 pcs"
    assert record["customer_request"] == ["return"]  # ☑退货 ☐换货 ☐折让
    assert record["sample_received"] is True  # ☑
    assert record["description"].startswith("来料检验发现焊盘氧化发黑") and "\n" in record["description"]


def test_customer_layout_without_kind_is_recognised_by_its_labels_with_a_warning():
    code, [result] = parse_cli(SAMPLES / "complaint-customer-layout.xlsx")
    assert code == 0, result["errors"]
    assert result["kind"] == "complaint"
    [warning] = result["warnings"]
    assert warning["code"] == "kind_guessed" and "--kind" in warning["message"]
    _code, [told] = parse_cli(SAMPLES / "complaint-customer-layout.xlsx", "--kind", "complaint")
    assert told["record"] == result["record"] and not told["warnings"]
    _code, out = run_cli("--lang", "en", "parse", SAMPLES / "complaint-customer-layout.xlsx")
    assert "'Customer Complaint Sheet'" in json.loads(out)["warnings"][0]["message"]


def test_a_sheet_with_a_few_generic_labels_asks_for_kind(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws["A1"], ws["B1"] = "客户名称", "华为"
    ws["A2"], ws["B2"] = "日期", "2026-09-08"
    path = tmp_path / "generic.xlsx"
    wb.save(path)
    code, [result] = parse_cli(path)
    assert code == 2
    assert result["errors"][0]["code"] == "unknown_kind"


def test_kind_is_read_from_the_title_cell(tmp_path):
    path = filled(tmp_path, "complaint", {"customer": "华为"})
    wb = load_workbook(path)
    for name in list(wb.defined_names):
        del wb.defined_names[name]
    wb.save(path)
    _code, [result] = parse_cli(path)
    assert result["kind"] == "complaint" and result["record"]["customer"] == "华为"


def test_labels_with_spaces_colons_stars_and_aliases_are_found(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws["A1"], ws["B1"] = " 客 户 名 称 ：", "  华为技术  "
    ws["A2"], ws["C2"] = "*PO No.:", "PO-77"  # value two cells to the right
    ws["A3"], ws["B3"] = "出货日期", "2026.09.03"
    ws["A4"] = "客户名称：小米"  # an alias elsewhere does not override
    ws["A5"], ws["B5"] = "3. 出货数量(pcs)", "1,200"  # numbered, a unit in brackets
    ws["A6"], ws["B6"] = "不良数量 Defective qty", 12  # with its English translation
    ws["A7"], ws["B7"] = "客户要求：☑退货 ☐换货", None  # label and value in one cell
    path = tmp_path / "labels.xlsx"
    wb.save(path)
    [ex] = extract(path, path.read_bytes(), "complaint")
    assert ex.values["customer"] == "  华为技术  " and ex.locations["customer"] == "Sheet1!B1"
    assert ex.values["order_no"] == "PO-77" and ex.locations["order_no"] == "Sheet1!C2"
    assert ex.locations["ship_date"] == "Sheet1!B3"
    assert ex.values["ship_qty"] == "1,200" and ex.values["defect_qty"] == 12
    assert ex.values["customer_request"] == "☑退货 ☐换货" and ex.locations["customer_request"] == "Sheet1!A7"


def test_a_value_with_a_code_beside_a_label_word_is_a_value_not_a_label(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws["A1"], ws["B1"] = "客户名称 Customer", "华东精密"  # a translation of the same field: a label
    ws["A2"], ws["B2"] = "异常描述", "客户 IQC"  # the customer's IQC: a value
    path = tmp_path / "iqc.xlsx"
    wb.save(path)
    [ex] = extract(path, path.read_bytes(), "complaint")
    assert ex.values["customer"] == "华东精密" and ex.locations["customer"] == "Sheet1!B1"
    assert ex.values["description"] == "客户 IQC"


def test_values_under_a_header_row_are_found(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    for col, (label, value) in enumerate([("客户", "华为"), ("订单号", "PO-9"), ("料号", "P-1")], start=1):
        ws.cell(3, col, label)
        ws.cell(4, col, value)
    path = tmp_path / "header.xlsx"
    wb.save(path)
    [ex] = extract(path, path.read_bytes(), "complaint")
    assert (ex.values["customer"], ex.values["order_no"], ex.values["part_no"]) == ("华为", "PO-9", "P-1")
    assert ex.locations["order_no"] == "Sheet1!B4"


def test_table_rows_skip_blank_rows_and_a_partly_filled_row_is_an_error_on_its_missing_cell(tmp_path):
    spec = forms.get("complaint")
    path = filled(tmp_path, "complaint", {"customer": "华为"})
    wb = load_workbook(path)
    cells = named_cells(path)
    ws = wb.worksheets[0]
    target_first, code_first, amount_first = (
        ws[cells[f"penalties.{c}"].split("!")[1]] for c in ("target", "code", "amount")
    )
    # row 1 blank; row 2 full; row 3 only a code and an amount
    ws.cell(target_first.row + 1, target_first.column, "制造一课")
    ws.cell(code_first.row + 1, code_first.column, "C")
    ws.cell(code_first.row + 2, code_first.column, "I")
    ws.cell(amount_first.row + 2, amount_first.column, 200)
    wb.save(path)
    [extraction] = extract(path, path.read_bytes(), None)
    assert extraction.values["penalties"] == [
        {"target": "制造一课", "code": "C"},
        {"code": "I", "amount": 200},
    ]
    _code, [result] = parse_cli(path)
    missing = next(p for p in result["errors"] if p["field"] == "penalties[1].target")
    assert missing["code"] == "required"
    assert missing["location"] == f"{ws.title}!{target_first.column_letter}{target_first.row + 2}"
    assert spec.fields["penalties"].kind == "table"


# ------------------------------------------------------------------ rows inserted by a clerk


@pytest.mark.parametrize("move_names", [True, False], ids=["names-moved", "names-stale"])
def test_rows_inserted_by_a_clerk_break_neither_path(tmp_path, move_names):
    spec = forms.get("complaint")
    values = example_values(spec)
    path = fill_blank(spec, values, tmp_path / "inserted.xlsx")
    before = named_cells(path)
    at = load_workbook(path).worksheets[0][before["order_no"].split("!")[1]].row  # above 订单编号
    insert_rows(path, at, 2, move_names=move_names)
    wb = load_workbook(path)
    wb.worksheets[0].cell(at, 1, "备注：客户电话通知")  # the clerk's note in the new row
    wb.save(path)
    _code, [result] = parse_cli(path)
    expected = as_json(spec, values)
    assert {k: result["record"][k] for k in expected} == expected
    ship = load_workbook(path).worksheets[0]
    [extraction] = extract(path, path.read_bytes(), None)
    cell = ship[before["ship_date"].split("!")[1]]
    assert extraction.locations["ship_date"].endswith(f"{cell.column_letter}{cell.row + 2}")


def test_rows_inserted_in_a_form_without_names(tmp_path):
    path = SAMPLES / "complaint-customer-layout.xlsx"
    copy = tmp_path / "customer.xlsx"
    shutil.copy(path, copy)
    wb = load_workbook(copy)
    assert not wb.defined_names
    insert_rows(copy, 6, 3, move_names=False)
    code, [result] = parse_cli(copy, "--kind", "complaint")
    assert code == 0, result["errors"]
    assert result["record"]["defect_qty"] == 180 and result["record"]["description"].startswith("来料检验")


# ------------------------------------------------------------------ dates as Excel stores them
def with_builtin_format(path: Path, cells: dict[str, int]) -> None:
    """Give ``cells`` a built-in number format id (27–36, 50–58: Chinese-locale dates), as a
    Chinese Excel writes them: only the id, no format code in the file."""
    wb = load_workbook(path)
    ws = wb.worksheets[0]
    marker = {}
    for i, (coord, _fmt_id) in enumerate(cells.items()):
        code = f"0.00000{'0' * (i + 1)}"  # a unique custom format to find its id again
        ws[coord].number_format = code
        marker[code] = cells[coord]
    wb.save(path)
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    styles = parts["xl/styles.xml"].decode()
    for code, fmt_id in marker.items():
        m = re.search(rf'<numFmt numFmtId="(\d+)" formatCode="{re.escape(code)}"\s*/>', styles)
        styles = styles.replace(m[0], "")
        styles = styles.replace(f'numFmtId="{m[1]}"', f'numFmtId="{fmt_id}"')
    parts["xl/styles.xml"] = styles.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)


@pytest.mark.parametrize("fmt_id", [27, 31, 36, 50, 57, 58])
def test_chinese_locale_date_formats_are_read_as_dates(tmp_path, fmt_id):
    path = filled(tmp_path, "complaint", {"customer": "华为"})
    cells = named_cells(path)
    wb = load_workbook(path)
    ws = wb.worksheets[0]
    ship, closed, note = (cells[k].split("!")[1] for k in ("ship_date", "closed_date", "shift"))
    ws[ship] = 46268  # 2026-09-03 as Excel counts days
    ws[closed] = 46283.0  # 2026-09-18
    ws[note] = 46268  # a text field formatted as a date reads as the date
    wb.save(path)
    with_builtin_format(path, {ship: fmt_id, closed: fmt_id, note: fmt_id})
    reread = load_workbook(path).worksheets[0]
    assert not reread[ship].is_date and reread[ship]._style.numFmtId == fmt_id  # openpyxl sees a number
    _code, [result] = parse_cli(path)
    assert result["record"]["ship_date"] == "2026-09-03"
    assert result["record"]["closed_date"] == "2026-09-18"
    assert result["record"]["shift"] == "2026-09-03"


def test_a_serial_number_typed_into_a_date_field_is_a_date(tmp_path):
    path = filled(
        tmp_path,
        "complaint",
        {
            "ship_date": 46268,
            "received_date": "20260908",
            "closed_date": "2026年9月18日",
            "approved_date": dt.datetime(2026, 9, 10),
        },
    )
    _code, [result] = parse_cli(path)
    record = result["record"]
    assert (record["ship_date"], record["received_date"]) == ("2026-09-03", "2026-09-08")
    assert (record["closed_date"], record["approved_date"]) == ("2026-09-18", "2026-09-10")


# ------------------------------------------------------------------ bad input
def encrypted(tmp_path: Path) -> Path:
    msoffcrypto = pytest.importorskip(
        "msoffcrypto", reason="msoffcrypto-tool (dev extra) makes the encrypted file"
    )
    from msoffcrypto.format.ooxml import OOXMLFile

    out = io.BytesIO()
    with open(SAMPLES / "complaint-valid.xlsx", "rb") as fh:
        OOXMLFile(fh).encrypt("客诉2026", out)
    path = tmp_path / "加密.xlsx"
    path.write_bytes(out.getvalue())
    assert msoffcrypto.OfficeFile(io.BytesIO(out.getvalue())).is_encrypted()
    return path


def not_a_spreadsheet(tmp_path: Path) -> Path:
    path = tmp_path / "备注.xlsx"
    path.write_text("客户名称：华为\n这只是一个文本文件\n", encoding="utf-8")
    return path


def truncated(tmp_path: Path) -> Path:
    data = (SAMPLES / "complaint-valid.xlsx").read_bytes()
    path = tmp_path / "truncated.xlsx"
    path.write_bytes(data[: len(data) // 2])
    return path


def corrupt_member(tmp_path: Path) -> Path:
    path = tmp_path / "corrupt.xlsx"
    with zipfile.ZipFile(SAMPLES / "complaint-valid.xlsx") as src, zipfile.ZipFile(path, "w") as dst:
        for name in src.namelist():
            data = src.read(name)
            dst.writestr(name, data[: len(data) // 3] if name.startswith("xl/worksheets/") else data)
    return path


def empty(tmp_path: Path) -> Path:
    path = tmp_path / "empty.xlsx"
    path.write_bytes(b"")
    return path


def word_document(tmp_path: Path) -> Path:
    path = tmp_path / "letter.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document/>")
    return path


def no_labels(tmp_path: Path) -> Path:
    wb = Workbook()
    wb.active["A1"], wb.active["B2"] = "月度销售报表", 12345
    path = tmp_path / "report.xlsx"
    wb.save(path)
    return path


def ole_garbage(tmp_path: Path) -> Path:
    path = tmp_path / "old.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    return path


def html_disguised_as_xls(tmp_path: Path) -> Path:
    path = tmp_path / "export.xls"  # what some ERP systems call an Excel export
    path.write_text("<html><table><tr><td>客户名称</td><td>华为</td></tr></table></html>", encoding="utf-8")
    return path


BAD_INPUTS = {
    "ole_garbage": (ole_garbage, "corrupt_file", "损坏"),
    "html_disguised_as_xls": (html_disguised_as_xls, "not_a_spreadsheet", "HTML"),
    "not_a_spreadsheet": (not_a_spreadsheet, "not_a_spreadsheet", "不是 Excel"),
    "truncated": (truncated, "corrupt_file", "损坏"),
    "corrupt_member": (corrupt_member, "corrupt_file", "损坏"),
    "encrypted": (encrypted, "encrypted_file", "密码"),
    "empty": (empty, "empty_file", "空"),
    "word_document": (word_document, "not_a_spreadsheet", "Word 文档"),
    "no_labels": (no_labels, "not_a_form", "找不到"),
}


@pytest.mark.parametrize("case", BAD_INPUTS)
def test_bad_input_is_reported_with_its_reason_and_exit_code_2(tmp_path, case):
    make, code, words = BAD_INPUTS[case]
    path = make(tmp_path)
    exit_code, results = parse_cli(path, "--kind", "complaint")
    assert exit_code == 2
    [result] = results
    assert result["source"] == str(path) and result["valid"] is False
    assert result["errors"][0]["code"] == code
    assert words in result["errors"][0]["message"]


@pytest.mark.parametrize("case", BAD_INPUTS)
def test_bad_input_is_explained_in_english_with_lang_en(tmp_path, case):
    make, code, _words = BAD_INPUTS[case]
    path = make(tmp_path)
    _exit, out = run_cli(
        "--lang", "en", "parse", path, *(["--kind", "complaint"] if case != "no_labels" else [])
    )
    [error] = json.loads(out)["errors"]
    assert error["code"] == code
    assert not re.search(r"[\u4e00-\u9fff]", error["message"]), error["message"]


def test_a_workbook_without_any_form_labels_is_not_a_form_even_without_kind(tmp_path):
    _code, [result] = parse_cli(no_labels(tmp_path))
    assert result["errors"][0]["code"] == "not_a_form"


def test_messages_in_english_with_lang_en(tmp_path):
    _code, out = parse_cli_lang(not_a_spreadsheet(tmp_path))
    assert "Not an Excel workbook" in out


def parse_cli_lang(path: Path) -> tuple[int, str]:
    from helpers import run_cli

    return run_cli("--lang", "en", "parse", path)


def test_one_unreadable_file_in_a_batch_does_not_stop_the_others(tmp_path):
    inbox = tmp_path / "收件箱"
    inbox.mkdir()
    shutil.copy(SAMPLES / "complaint-valid.xlsx", inbox / "a-valid.xlsx")
    shutil.copy(SAMPLES / "complaint-broken.xlsx", inbox / "b-broken.xlsx")
    truncated(tmp_path).rename(inbox / "c-truncated.xlsx")
    encrypted(tmp_path).rename(inbox / "d-encrypted.xlsx")
    exit_code, results = parse_cli(inbox)
    assert exit_code == 2
    by_name = {Path(r["source"]).name: r for r in results}
    assert by_name["a-valid.xlsx"]["valid"] is True
    assert by_name["b-broken.xlsx"]["record"] is not None and by_name["b-broken.xlsx"]["errors"]
    assert by_name["c-truncated.xlsx"]["errors"][0]["code"] == "corrupt_file"
    assert by_name["d-encrypted.xlsx"]["errors"][0]["code"] == "encrypted_file"


# LibreOffice itself inserts the rows (through UNO, with the system Python that has it).
LO_INSERT_ROWS = r'''
"""Insert rows in a workbook with LibreOffice itself (UNO), as a clerk does in Calc."""
import subprocess, sys, time, uno, os
from com.sun.star.beans import PropertyValue

src, dst, row, n = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
# a named pipe of this process's own, not a TCP port another program may hold
link = f"pipe,name=kesu-uno-{os.getpid()}"
profile = uno.systemPathToFileUrl(os.path.join(os.path.dirname(os.path.abspath(dst)), ".lo-uno-profile"))
proc = subprocess.Popen(["soffice", f"-env:UserInstallation={profile}", "--headless", "--invisible", "--norestore",
                         f"--accept={link};urp;"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
try:
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    give_up = time.monotonic() + 150  # LibreOffice's start on a loaded machine: until it listens
    while True:
        try:
            ctx = resolver.resolve(f"uno:{link};urp;StarOffice.ComponentContext")
            break
        except Exception:
            if time.monotonic() > give_up:
                raise
            time.sleep(0.2)
    desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
    def prop(k, v):
        p = PropertyValue(); p.Name = k; p.Value = v; return p
    doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(src)), "_blank", 0, (prop("Hidden", True),))
    sheet = doc.Sheets.getByIndex(0)
    if sheet.isProtected():
        sheet.unprotect("")
    sheet.Rows.insertByIndex(row - 1, n)
    sheet.getCellByPosition(0, row - 1).setString("备注：客户电话通知")
    doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(dst)), (prop("FilterName", "Calc MS Excel 2007 XML"),))
    doc.close(True)
finally:
    try:
        desktop.terminate()
    except Exception:
        pass
    proc.wait(timeout=30) if proc.poll() is None else None
'''


def _system_uno_python() -> str | None:
    import subprocess

    for python in ("/usr/bin/python3", shutil.which("python3")):
        if python and subprocess.run([python, "-c", "import uno"], capture_output=True).returncode == 0:
            return python
    return None


@needs_soffice
@pytest.mark.libreoffice
def test_rows_inserted_in_libreoffice_keep_the_names_moving_with_their_cells(tmp_path):
    import subprocess

    python = _system_uno_python()
    if python is None:
        pytest.skip("LibreOffice's Python bridge (python3-uno) is not installed")
    spec = forms.get("complaint")
    values = example_values(spec)
    path = fill_blank(spec, values, tmp_path / "form.xlsx")
    before = named_cells(path)
    at = load_workbook(path).worksheets[0][before["order_no"].split("!")[1]].row
    script = tmp_path / "insert_rows.py"
    script.write_text(LO_INSERT_ROWS, encoding="utf-8")
    out = tmp_path / "inserted.xlsx"
    subprocess.run(
        [python, str(script), str(path), str(out), str(at), "2"], check=True, timeout=180, capture_output=True
    )
    after = named_cells(out)
    assert after["ship_date"] != before["ship_date"]  # LibreOffice moved the name with its cell
    _code, [result] = parse_cli(out)
    expected = as_json(spec, values)
    assert {k: result["record"][k] for k in expected} == expected
    [extraction] = extract(out, out.read_bytes(), None)
    assert extraction.locations["ship_date"] == after["ship_date"]


def test_each_copied_sheet_of_the_form_is_a_document_of_its_own(tmp_path):
    spec = forms.get("complaint")
    path = SAMPLES / "complaint-valid.xlsx"
    wb = load_workbook(path)
    first = wb.worksheets[0]
    copy = wb.copy_worksheet(first)  # the clerk's next case, on a copy of the sheet
    copy.title = "第二单"
    cell = named_cells(path)["customer"].split("!")[1]
    copy[cell] = "东莞新能源科技有限公司"
    out = tmp_path / "两单.xlsx"
    wb.save(out)
    code, results = parse_cli(out)
    assert code == 0, [r["errors"] for r in results]
    assert [r["source"] for r in results] == [f"{out}#{first.title}", f"{out}#第二单"]
    assert [r["record"]["customer"] for r in results] == [
        "深圳市华星光电技术有限公司",
        "东莞新能源科技有限公司",
    ]
    [_one, second] = extract(out, out.read_bytes(), None)
    assert second.locations["customer"] == f"第二单!{cell}"
    assert spec.kind == second.kind
