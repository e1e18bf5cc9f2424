"""What the clerk does not see (issue 10, patterns 1, 5 and 9 of the eleventh held-out set).

- Format characters that print as nothing (a zero-width space, joiner, word joiner, BOM, soft
  hyphen) inside a code or a label are no part of it: ``DX-\\u200bLED-0330`` is DX-LED-0330,
  in the workbook and on its print (one normalisation where every box is made).
- ``Description`` right after a part number in its row (``Material | 7700-… | Description |
  Connector housing``) is the part's name, not the complaint's description; on a row of its
  own it stays the description.
- A cell's note (comment) is a clerk's word about the value under it: never passed over in
  silence; a note that corrects a figure to one figure (``更正：應為 56``) is read, and said.
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path

import pytest
from helpers import parse_cli, run_cli, sheet_from_rows, soffice_convert
from openpyxl import Workbook
from openpyxl.comments import Comment

from kesu_docs.parse.cell_notes import cell_notes, corrected_figure
from kesu_docs.values import visible

ZWSP, ZWJ, WJ, BOM, SHY = "\u200b", "\u200d", "\u2060", "\ufeff", "\u00ad"


def _sheet(tmp_path: Path, rows: list[list[object]], notes: dict[str, str] | None = None) -> Path:
    return sheet_from_rows(tmp_path, rows, width=24, notes=notes)


def _doc(path: Path) -> dict:
    _code, [doc] = parse_cli(path, "--lang", "en")
    assert doc["record"] is not None, doc["errors"]
    return doc


def _warned(doc: dict, code: str) -> list[dict]:
    return [w for w in doc["warnings"] if w["code"] == code]


@pytest.mark.parametrize("mark", [ZWSP, ZWJ, WJ, BOM, SHY])
def test_an_invisible_character_is_no_part_of_a_value(mark):
    assert visible(f"DX-{mark}LED-0330") == "DX-LED-0330"
    assert visible("上汽大众\u00a0安亭工厂") == "上汽大众\u00a0安亭工厂"  # a no-break space prints
    assert visible("plain ascii") == "plain ascii"


def _complaint_rows(part_no: str, customer_label: str = "客户名称") -> list[list[object]]:
    return [
        ["客户抱怨处理单"],
        ["客诉编号", "CS-2611-0042", "受理日期", dt.datetime(2026, 11, 3)],
        [customer_label, "华东精密", "料号", part_no],
        ["品名", "LED 灯板", "不良数量", 36],
        ["异常描述", "灯板色温偏差，客户来料检验发现 36 片。"],
    ]


def test_a_zero_width_space_in_a_code_and_a_label_is_read_as_printed(tmp_path):
    path = _sheet(tmp_path, _complaint_rows(f"DX-{ZWSP}LED-0330", customer_label=f"客户{WJ}名称"))
    record = _doc(path)["record"]
    assert record["part_no"] == "DX-LED-0330"
    assert record["customer"] == "华东精密"  # its label, with a word joiner inside, anchored


def test_a_zero_width_space_on_the_print_is_read_as_printed(tmp_path):
    src = _sheet(tmp_path, _complaint_rows(f"DX-{ZWSP}LED-{BOM}0330"))
    pdf = soffice_convert(src, "pdf", tmp_path / "out")
    record = _doc(pdf)["record"]
    assert record["part_no"] == "DX-LED-0330"


def _notification(description_row: list[object]) -> list[list[object]]:
    return [
        ["QUALITY NOTIFICATION"],
        ["QN number", "QN-7734021", "Received", dt.datetime(2026, 3, 10)],
        ["Customer", "Bosch Automotive Electronics"],
        ["Material", "7700-4412-01", "Description", "Connector housing 12-pin"],
        ["Defective", 340, "Delivered", 1250],
        description_row,
    ]


def test_description_after_a_part_number_names_the_part(tmp_path):
    text = "Latch broken on 340 housings at incoming inspection."
    record = _doc(_sheet(tmp_path, _notification(["Defect", text])))["record"]
    assert record["part_no"] == "7700-4412-01"
    assert record["part_name"] == "Connector housing 12-pin"
    assert record["description"] == text


def test_description_on_a_row_of_its_own_stays_the_complaints(tmp_path):
    text = "Latch broken on 340 housings at incoming inspection."
    rows = [
        ["QUALITY NOTIFICATION"],
        ["QN number", "QN-7734021", "Received", dt.datetime(2026, 3, 10)],
        ["Customer", "Bosch Automotive Electronics"],
        ["Material", "7700-4412-01", "Defective", 340],
        ["Description", text],
    ]
    record = _doc(_sheet(tmp_path, rows))["record"]
    assert record["description"] == text
    assert record["part_name"] is None


def test_a_note_correcting_a_figure_is_read_and_said(tmp_path):
    rows = _complaint_rows("WR-USB-C-1M")
    path = _sheet(tmp_path, rows, notes={"D4": "更正：應為 56"})
    doc = _doc(path)
    assert doc["record"]["defect_qty"] == 56
    [said] = _warned(doc, "value_from_note")
    assert said["field"] == "defect_qty" and "36" in said["message"] and "56" in said["message"]


def test_a_note_that_corrects_nothing_plainly_is_warned_of_and_the_cell_kept(tmp_path):
    rows = _complaint_rows("WR-USB-C-1M")
    path = _sheet(tmp_path, rows, notes={"D4": "客户说可能还有，待确认", "B3": "应为 华东精密（苏州）"})
    doc = _doc(path)
    assert doc["record"]["defect_qty"] == 36 and doc["record"]["customer"] == "华东精密"
    fields = {w["field"] for w in _warned(doc, "value_noted")}
    assert {"defect_qty", "customer"} <= fields
    assert not _warned(doc, "value_from_note")


@pytest.mark.parametrize(
    ("note", "figure"),
    [
        ("更正：應為 56", "56"),
        ("更正：應為 56（3/10 客戶追加 4 條）", "56"),  # figures in an aside: when and why
        ("應為 56，3/10 客戶追加 4 條", None),  # other figures: which is meant?
        ("應為 56（或 52）", None),
        ("should be 1,250 pcs", "1250"),
        ("应为56", "56"),
        ("應為 56，改為 58", None),  # two corrections: which one?
        ("3/10 客戶追加 4 條", None),  # figures, no correction
        ("應為 五十六", None),  # no figure
        # hedged, conditional or disputed: a word about the value, no correction of it
        ("客户说应为 56 但我们数了 52，维持 52", None),
        ("应为 56？待确认，先按 36 处理", None),
        ("应为 56?", None),
        ("若含返工品应为 56", None),
        ("should be 56 if the reworked ones count", None),
        ("maybe should be 56", None),
        ("should be 56, TBC", None),
        (f"应为 5{ZWSP}6", "56"),  # as it shows
        ("应为 1.250", None),  # 1250 or 1.25?
        ("应为 1.25", "1.25"),
    ],
)
def test_only_a_note_naming_one_figure_is_a_correction(note, figure):
    found = corrected_figure(note)
    assert (None if found is None else str(found)) == figure


# ------------------------------------------------------------------ labels worded otherwise (pattern 6)
def test_a_web_tools_8d_export_names_its_number_and_opening_otherwise(tmp_path):
    rows = [
        ["8D Report"],
        ["Report ID", "8D-WEB-000317", "Created", "2026-03-12T08:41:00"],
        ["Customer", "Valeo Shenzhen", "Part number", "VL-SW-2290"],
        ["Complaint no.", "VS-2026-118", "Due", "2026-04-09T23:59:00"],
        ["D2 Problem description", "Switch actuation force below 2.5 N on 75 pcs."],
        ["D3 Containment actions"],
        ["Action", "Responsible", "Due"],
        ["Sort stock", "Li Ming", dt.datetime(2026, 4, 1)],
    ]
    record = _doc(_sheet(tmp_path, rows))["record"]
    assert record["number"] == "8D-WEB-000317"
    assert record["opened_date"] == "2026-03-12"
    assert record["target_close_date"] == "2026-04-09"
    # the table's Due heads its column: the action's, not the report's
    assert record["containment"][0]["due_date"] == "2026-04-01"


def test_a_credit_memo_names_its_number_and_sign_off_otherwise(tmp_path):
    rows = [
        ["CREDIT MEMO"],
        ["Memo No.", "CM-26-00412", "Date", dt.datetime(2026, 3, 26)],
        ["Bill to", "Flex Ltd. (Zhuhai)"],
        ["Original invoice", "INV-2602-3318"],
        ["Description", "Qty", "Unit price", "Credit"],
        ["SMD ferrite bead 0603", 2500, 0.04, 100],
        ["Net credit", None, None, 100],
        ["Authorised", "R. Tan"],
    ]
    record = _doc(_sheet(tmp_path, rows))["record"]
    assert record["number"] == "CM-26-00412"
    assert record["approved_by_manager"] == "R. Tan"


def test_a_notifications_date_and_a_bare_countermeasure(tmp_path):
    wb = Workbook()
    ws = wb.active
    for row in [
        ["客訴處理單"],
        ["客訴編號", "CS-WR-2603-09", "Notified", dt.datetime(2026, 3, 9)],
        ["客戶", "鴻海精密工業", "料號", "WR-USB-C-1M"],
        ["不良描述", "端子焊點冷焊。"],
        ["原因分析", "焊接溫度設定偏低。"],
        ["對策", "焊接溫度上修並每 2 小時量測。"],
    ]:
        ws.append(row)
    ws.merge_cells("D2:E2")  # the date's cell merged across: still the label's value
    ws["D2"].number_format = "dd mmm yyyy"
    path = tmp_path / "form.xlsx"
    wb.save(path)
    record = _doc(path)["record"]
    assert record["received_date"] == "2026-03-09"
    assert record["long_term_action"] == "焊接溫度上修並每 2 小時量測。"


def test_a_note_is_said_when_a_layout_profile_reads_the_form(tmp_path, monkeypatch):
    """The same note on a form read with a profile (``kesu learn`` on a first copy)."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("KESU_CONFIG", raising=False)
    (tmp_path / "kesu.toml").write_text('company = "示范电子股份有限公司"\n', encoding="utf-8")
    first = _sheet(tmp_path, _complaint_rows("WR-USB-C-1M"))
    code, out = run_cli("learn", str(first), "--kind", "complaint")
    assert code == 0, out
    second_dir = tmp_path / "second"
    second_dir.mkdir()
    second = _sheet(second_dir, _complaint_rows("WR-USB-C-2M"), notes={"D4": "更正：应为 40"})
    doc = _doc(second)
    assert any(w["code"] == "profile_used" for w in doc["warnings"])
    assert doc["record"]["defect_qty"] == 40
    assert [w["field"] for w in _warned(doc, "value_from_note")] == ["defect_qty"]


def test_a_hedged_note_is_warned_of_and_the_cell_kept(tmp_path):
    path = _sheet(tmp_path, _complaint_rows("WR-USB-C-1M"), notes={"D4": "应为 56？待确认，先按 36 处理"})
    doc = _doc(path)
    assert doc["record"]["defect_qty"] == 36
    assert [w["field"] for w in _warned(doc, "value_noted")] == ["defect_qty"]
    assert not _warned(doc, "value_from_note")


def test_a_note_on_the_label_is_the_values_note(tmp_path):
    path = _sheet(tmp_path, _complaint_rows("WR-USB-C-1M"), notes={"C4": "更正：应为 56"})
    doc = _doc(path)
    assert doc["record"]["defect_qty"] == 56
    [said] = _warned(doc, "value_from_note")
    assert said["field"] == "defect_qty" and "C4" in said["message"]


def test_a_note_on_another_cell_of_the_values_merged_range_is_its_note(tmp_path):
    """openpyxl drops a note on a merged range's other cell: the comments part is written by
    hand, as Excel writes it (the note stays on the cell the clerk clicked)."""
    wb = Workbook()
    ws = wb.active
    for row in _complaint_rows("WR-USB-C-1M"):
        ws.append(row)
    ws.merge_cells("D4:E4")
    ws["A1"].comment = Comment("placeholder", "clerk")  # makes openpyxl write a comments part
    path = tmp_path / "form.xlsx"
    wb.save(path)
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    [part] = [n for n in parts if "comments" in n and n.endswith(".xml")]
    parts[part] = (
        parts[part].replace(b'ref="A1"', b'ref="E4"').replace(b"placeholder", "更正：应为 56".encode())
    )
    with zipfile.ZipFile(path, "w") as z:
        for name, data in parts.items():
            z.writestr(name, data)
    doc = _doc(path)
    assert doc["record"]["defect_qty"] == 56
    assert [w["field"] for w in _warned(doc, "value_from_note")] == ["defect_qty"]


def test_an_xls_note_is_read(tmp_path):
    src = _sheet(tmp_path, _complaint_rows("WR-USB-C-1M"), notes={"D4": "应为 56？待确认"})
    xls = soffice_convert(src, "xls", tmp_path / "out")
    doc = _doc(xls)
    assert doc["record"]["defect_qty"] == 36
    assert [w["field"] for w in _warned(doc, "value_noted")] == ["defect_qty"]


def _shared_comments_workbook(path: Path, sheets: int, notes: int) -> Path:
    """A form and ``sheets`` - 1 more sheets whose relationships all point at ONE comments part
    of ``notes`` notes: the correction on D4 first, a note on the customer's cell last."""
    wb = Workbook()
    ws = wb.active
    for row in _complaint_rows("WR-USB-C-1M"):
        ws.append(row)
    ws["A1"].comment = Comment("placeholder", "clerk")
    for n in range(1, sheets):
        wb.create_sheet(f"S{n}")["A1"] = n
    wb.save(path)
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    [part] = [n for n in parts if "comments" in n and n.endswith(".xml")]
    body = ['<comment ref="D4" authorId="0"><text><t>更正：应为 56</t></text></comment>']
    body += [
        f'<comment ref="H{r}" authorId="0"><text><t>note {r}</t></text></comment>' for r in range(notes - 2)
    ]
    body.append('<comment ref="B3" authorId="0"><text><t>客户名称有误</t></text></comment>')
    parts[part] = (
        '<?xml version="1.0" encoding="UTF-8"?><comments xmlns="http://schemas.openxmlformats.org/'
        'spreadsheetml/2006/main"><authors><author>clerk</author></authors><commentList>'
        + "".join(body)
        + "</commentList></comments>"
    ).encode()
    rel = (
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
        'package/2006/relationships"><Relationship Id="c1" Type="http://schemas.openxmlformats.org/'
        f'officeDocument/2006/relationships/comments" Target="/{part}"/></Relationships>'
    )
    for n in range(2, sheets + 1):
        parts[f"xl/worksheets/_rels/sheet{n}.xml.rels"] = rel.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return path


def test_notes_past_the_limit_are_left_out_with_one_warning(tmp_path, monkeypatch):
    """Forty sheets pointing at one comments part of many notes (a 47 MB one took five
    minutes and 4.4 GB): the part is parsed once, up to the limit; the form is still read."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("KESU_CONFIG", raising=False)
    (tmp_path / "kesu.toml").write_text("[limits]\nnotes = 50\n", encoding="utf-8")
    path = _shared_comments_workbook(tmp_path / "shared.xlsx", sheets=40, notes=2000)
    with zipfile.ZipFile(path) as z:
        parsed: dict = {}
        first = cell_notes(z, "xl/worksheets/sheet1.xml", parsed)
        last = cell_notes(z, "xl/worksheets/sheet40.xml", parsed)
    assert len(parsed) == 1 and first is last  # one part, parsed once, shared
    assert len(first) == 50 and "B3" not in first and first.cut
    doc = _doc(path)
    assert doc["record"]["defect_qty"] == 56  # the note within the limit still read
    assert doc["record"]["customer"] == "华东精密"
    [cut] = _warned(doc, "notes_over_limit")
    assert "notes" in cut["message"] and "50" in cut["message"]
    assert "customer" not in {w["field"] for w in _warned(doc, "value_noted")}  # past the limit


def _with_cell_xml(path: Path, ref: str, cell_xml: str) -> Path:
    """``path`` with the XML of cell ``ref`` of its first sheet replaced by ``cell_xml``."""
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    parts["xl/worksheets/sheet1.xml"] = re.sub(
        rf'<c r="{ref}"[^>]*?(?:/>|>.*?</c>)', cell_xml, sheet
    ).encode()
    with zipfile.ZipFile(path, "w") as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return path


def test_a_formulas_empty_text_result_is_a_result(tmp_path):
    """LibreOffice saves ``=IF(…,"","…")`` with an empty result as ``<v></v>`` in a ``t="str"``
    cell: calculated, empty; a formula with no ``<v>`` at all is still uncalculated."""
    rows = _complaint_rows("WR-USB-C-1M")
    rows[2][1] = "placeholder"
    formula = '<f>IF(D4&gt;100,"BATCH","")</f>'
    empty = _with_cell_xml(_sheet(tmp_path, rows), "B3", f'<c r="B3" t="str">{formula}<v></v></c>')
    doc = _doc(empty)
    assert doc["record"]["customer"] is None
    assert "formula_without_value" not in {p["code"] for p in doc["errors"] + doc["warnings"]}
    bare_dir = tmp_path / "bare"
    bare_dir.mkdir()
    bare = _with_cell_xml(_sheet(bare_dir, rows), "B3", f'<c r="B3">{formula}</c>')
    doc = _doc(bare)
    assert "customer" in {
        p["field"] for p in doc["errors"] + doc["warnings"] if p["code"] == "formula_without_value"
    }


# the note Excel 365 keeps of a threaded comment for older versions: its own words, then the talk
_PLACEHOLDER = (
    "[Threaded comment]\n\nYour version of Excel allows you to read this threaded comment; however, "
    "any edits to it will get removed if the file is opened in a newer version of Excel. Learn more: "
    "https://go.microsoft.com/fwlink/?linkid=870924\n\nComment:\n    {text}"
)


def _with_threaded(path: Path, ref: str, talk: list[str]) -> Path:
    """``path`` with a threaded comments part on its sheet: ``talk`` at ``ref`` (a comment, then
    its replies), as Excel 365 writes it beside the legacy notes."""
    ns = "http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments"
    first = "{00000000-0000-0000-0000-000000000001}"
    items = "".join(
        f'<threadedComment ref="{ref}" dT="2026-03-10T09:00:00.00" personId="{{0}}" '
        f'id="{{00000000-0000-0000-0000-00000000000{i + 1}}}"{"" if not i else f" parentId={chr(34)}{first}{chr(34)}"}>'
        f"<text>{text}</text></threadedComment>"
        for i, text in enumerate(talk)
    )
    part = f'<?xml version="1.0" encoding="UTF-8"?><ThreadedComments xmlns="{ns}">{items}</ThreadedComments>'
    rel = (
        '<Relationship Id="rIdT1" Type="http://schemas.microsoft.com/office/2017/10/relationships/threadedComment" '
        'Target="../threadedComments/threadedComment1.xml"/>'
    )
    out = path.with_name("threaded.xlsx")
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "xl/worksheets/_rels/sheet1.xml.rels":
                data = data.replace(b"</Relationships>", rel.encode() + b"</Relationships>")
            dst.writestr(item, data)
        dst.writestr("xl/threadedComments/threadedComment1.xml", part)
    return out


def test_a_threaded_comments_placeholder_words_are_no_part_of_its_note(tmp_path):
    # only the legacy note (a writer that kept it, not the threaded part): Excel's own words and
    # link (``linkid=870924``, a figure) are left out, the clerk's correction read
    note = _PLACEHOLDER.format(text="更正：應為 56")
    doc = _doc(_sheet(tmp_path, _complaint_rows("WR-USB-C-1M"), notes={"D4": note}))
    assert doc["record"]["defect_qty"] == 56
    [said] = _warned(doc, "value_from_note")
    assert "應為 56" in said["message"] and "Your version" not in said["message"]


def test_a_threaded_comment_and_its_replies_are_the_cells_note(tmp_path):
    legacy = _PLACEHOLDER.format(text="old words")
    book = _sheet(tmp_path, _complaint_rows("WR-USB-C-1M"), notes={"D4": legacy})
    doc = _doc(_with_threaded(book, "D4", ["更正：應為 56", "已與客戶確認"]))
    assert doc["record"]["defect_qty"] == 56
    [said] = _warned(doc, "value_from_note")
    assert "應為 56" in said["message"] and "已與客戶確認" in said["message"]
    assert "old words" not in said["message"]
    # a reply that doubts the correction: no correction, the cell kept and the talk quoted
    doc = _doc(_with_threaded(book, "D4", ["更正：應為 56", "待確認"]))
    assert doc["record"]["defect_qty"] == 36
    [said] = _warned(doc, "value_noted")
    assert "待確認" in said["message"]
