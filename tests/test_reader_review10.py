"""What the tenth round's review found in its new reader rules, each on a small form of our own:
a tinted, framed input box is no caption (a filled PDF was refused as a blank form), white
letters on a near-white cell never reach the paper (the Excel rule judges the shade as the PDF
rule does), ``Root cause: …,`` goes on only on a line that is no why-step, date or name, a
short word ending in 科 / 中心 is a name unless a department's word is in it, and a form of
``见附件`` is read (each warned of), never called blank."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook
from openpyxl.styles import Font, PatternFill
from test_reader_guards import parse, value, workbook
from test_reader_names_units import COMPLAINT, COMPLAINT_LABELS, _form
from test_reader_turned_tables import _turned
from test_reader_unanchored_labels import SECTIONS_8D

from kesu_docs.parse.guards import split_name

fpdf = pytest.importorskip("fpdf")


def _boxed_form(path, style: str) -> None:
    """Three label | value rows; the value boxes tinted light yellow and framed (``DF``) or
    only framed (``D``), as a form made in a word processor prints its input boxes."""
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(0, 10, "CUSTOMER COMPLAINT FORM", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=10)
    y = 30
    for label, text in (
        ("Customer", "Kestrel Motors"),
        ("Part name", "Brake bracket"),
        ("Defect description", "Weld cracks after salt spray"),
    ):
        pdf.rect(15, y, 50, 9, style="D")
        pdf.text(17, y + 6, label)
        pdf.set_fill_color(255, 242, 204)
        pdf.rect(65, y, 120, 9, style=style)
        pdf.text(67, y + 6, text)
        y += 9
    pdf.output(str(path))


@pytest.mark.parametrize("style", ["DF", "D"])
def test_tinted_framed_input_boxes_are_read_not_called_a_blank_form(tmp_path, style):
    path = tmp_path / f"boxes-{style}.pdf"
    _boxed_form(path, style)
    result = parse(path, "complaint")
    assert "empty_form" not in {e.code for e in result.errors}
    assert value(result, "customer") == "Kestrel Motors"
    assert value(result, "part_name") == "Brake bracket"
    assert value(result, "description") == "Weld cracks after salt spray"
    assert not [w for w in result.warnings if w.code == "value_looks_like_label"]


def test_white_letters_on_a_near_white_cell_are_not_read_from_the_workbook(tmp_path):
    cells = dict(COMPLAINT)
    cells.update({"E3": "订单编号", "F3": "SO-EXAMPLE-0000"})
    path = _form(tmp_path, cells, ("A6:A7", "B6:F7"), (*COMPLAINT_LABELS, "E3"))
    wb = load_workbook(path)
    ws = wb.active
    ws["F3"].font = Font(color="FFFFFFFF")
    ws["F3"].fill = PatternFill("solid", fgColor="FFFAFAFA")  # as light as the paper
    wb.save(path)
    result = parse(path, "complaint")
    assert value(result, "order_no") is None
    assert value(result, "customer") == "宏达电子"  # the rest of the form is read


def test_white_letters_on_a_dark_cell_are_still_read(tmp_path):
    cells = dict(COMPLAINT)
    cells.update({"E3": "订单编号", "F3": "SO-2603-0042"})
    path = _form(tmp_path, cells, ("A6:A7", "B6:F7"), (*COMPLAINT_LABELS, "E3"))
    wb = load_workbook(path)
    ws = wb.active
    ws["F3"].font = Font(color="FFFFFFFF")
    ws["F3"].fill = PatternFill("solid", fgColor="FF1F3864")
    wb.save(path)
    assert value(parse(path, "complaint"), "order_no") == "SO-2603-0042"


_8D = {k: v for k, v in SECTIONS_8D.items() if k not in ("A10", "A11", "A12")}


@pytest.mark.parametrize(
    "then",
    ["Why 1: weld bead too short", "2026-05-10", "Li Ming"],
)
def test_an_unfinished_root_cause_does_not_take_a_why_step_a_date_or_a_name(tmp_path, then):
    path = workbook(tmp_path, {"8D": {**_8D, "A10": "Root cause: fixture pin worn 0.3 mm,", "A11": then}})
    causes = value(parse(path, "8d"), "root_cause")
    assert [c["cause"] for c in causes] == ["fixture pin worn 0.3 mm,"]


def test_an_unfinished_root_cause_still_takes_its_sentence_on_the_next_line(tmp_path):
    path = workbook(
        tmp_path,
        {"8D": {**_8D, "A10": "Root cause: fixture pin worn 0.3 mm,", "A11": "so the housing sat 2 mm off"}},
    )
    [cause] = value(parse(path, "8d"), "root_cause")
    assert "so the housing sat 2 mm off" in cause["cause"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("王立科/张伟", None),  # a name ending in 科, not a department
        ("陈中心/王强", None),
        ("张经理/李四", None),  # a surname and a title: a person
        ("王工程师/李四", None),
        ("孙亮/模具部", ("孙亮", "模具部")),
        ("李娜/生管课", ("李娜", "生管课")),
        ("王强/总经理", ("王强", "总经理")),
        ("周立新/质量总监", ("周立新", "质量总监")),
        ("陳志明/品保課(組長)", ("陳志明", "品保課(組長)")),
    ],
)
def test_a_short_word_ending_in_a_department_suffix_needs_a_department_word(text, expected):
    assert split_name(text) == expected


def test_a_form_of_stand_ins_is_read_with_each_warned_of_not_called_blank(tmp_path):
    cells = {"A1": "客户抱怨处理单"}
    rows = [("客户名称", "见附件"), ("料号", "见附件"), ("异常描述", "详见附件")]
    rows += [("受理日期", None), ("不良数量", None), ("订单编号", None), ("客户要求", None)]
    for i, (label, text) in enumerate(rows, 3):
        cells[f"A{i}"] = label
        if text:
            cells[f"B{i}"] = text
    result = parse(workbook(tmp_path, {"客诉": cells}), "complaint")
    assert "empty_form" not in {e.code for e in result.errors}
    assert result.record is not None
    assert {w.code for w in result.warnings} >= {"value_not_given"}


# -- the second review (after the reader merges): a text box, a bare ``Item``, a copy that fails


def test_a_value_read_from_a_text_box_is_warned_of(tmp_path):
    """A shape over an empty cell is read as the cell's value only with a warning on the field:
    a shape is as often a stamp (``DRAFT``) or a logo's caption, so the clerk checks it."""
    from test_reader_text_boxes import REASON, _parse, _return_note

    doc = _parse(_return_note(tmp_path, [("two", (4, 1, 6, 5), REASON)]))
    assert doc["record"]["reason"] == "風扇轉速不足，\n客戶進料檢驗判退 1 批。"
    assert [w["field"] for w in doc["warnings"] if w["code"] == "value_from_text_box"] == ["reason"]
    assert not [w for w in doc["warnings"] if w["code"] == "value_from_text_box" and w["field"] != "reason"]


def test_a_bare_item_column_header_does_not_name_the_part(tmp_path):
    rows = [
        ["Customer Complaint Form"],
        ["Complaint no.", "CC-2026-0311", "Complaint date", "2026-03-05"],
        ["Customer", "Acme GmbH", "Customer PO", "PO-7781"],
        ["Part no.", "PN-123", "Part name", None],
        ["Defect qty", 20, "Severity", "Major"],
        ["Description", "Housing scratched on 20 pcs"],
        ["Defect details"],
        ["Item", "Defect", "Qty", "Remark"],
        [1, "Scratch", 20, "Lot A"],
        ["Reported by", "Li Ming", "Approved by", "Zhang Wei"],
    ]
    cells = {
        f"{'ABCD'[c]}{r}": v for r, row in enumerate(rows, 1) for c, v in enumerate(row) if v is not None
    }
    result = parse(workbook(tmp_path, {"Form": cells}), "complaint")
    assert value(result, "part_name") is None


def test_a_register_copy_that_fails_is_a_clear_error_and_leaves_nothing(tmp_path, monkeypatch):
    import sqlite3
    import tempfile

    from kesu_docs.register.errors import RegisterError
    from kesu_docs.register.files import snapshot

    db = tmp_path / "kesu.db"
    sqlite3.connect(db).close()
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setattr(tempfile, "tempdir", str(blocker))  # the temporary folder cannot be used
    with pytest.raises(RegisterError) as caught:
        snapshot(db)
    assert caught.value.code == "register_copy_failed"
    assert "TMPDIR" in caught.value.message("en")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kesu.db", "not-a-folder"]


def _turned_return(extra: dict[str, object]) -> dict[str, object]:
    """The turned return note of test_reader_turned_tables, its third line a screw counted
    (every line full), and ``extra``."""
    return _turned({"D6": "SC-M2", "D7": "Screw", "D8": 3000, **extra})


@pytest.mark.parametrize(
    "extra",
    [
        {"E5": "Comments", "E7": "urgent"},
        {"E5": "Comments", "E6": "urgent", "E7": "scrap"},
        {"E5": "Notes", "E6": "see photo", "E7": "returned twice"},
    ],
)
def test_a_turned_tables_notes_column_under_a_heading_it_does_not_know_is_no_line(tmp_path, extra):
    result = parse(workbook(tmp_path, {"Return": _turned_return(extra)}), "return")
    assert [line["part_no"] for line in value(result, "items")] == ["CN-2210", "CN-3105", "SC-M2"]


# -- the attack on this round's new paths: anchors past the sheet, a DTD hidden behind a long
# -- comment, amounts mixing separators


def test_a_text_box_anchored_past_the_sheets_last_cell_is_bounded(tmp_path):
    import zipfile

    from test_reader_text_boxes import REASON, _return_note

    from kesu_docs.parse.text_boxes import MAX_COL, drawing

    path = _return_note(tmp_path, [("two", (4, 1, 6, 2_000_000), REASON)])
    with zipfile.ZipFile(path) as z:
        [box] = drawing(z, "xl/worksheets/sheet1.xml", z.read("xl/worksheets/sheet1.xml")).text_boxes
    assert box.last_col <= MAX_COL  # (a shape to column 99,999,999,999 took all the memory)


def test_a_text_box_anchor_in_other_digits_is_left_out_not_the_workbook(tmp_path):
    from test_reader_text_boxes import REASON, _parse, _return_note

    path = _return_note(tmp_path, [("two", (4, 1, 6, 5), REASON)])
    import zipfile

    with zipfile.ZipFile(path) as z:
        parts = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w") as z:
        for name, data in parts:
            if name == "xl/drawings/drawing1.xml":
                data = data.replace(b"<xdr:col>1</xdr:col>", "<xdr:col>³</xdr:col>".encode(), 1)
            z.writestr(name, data)
    doc = _parse(path)
    assert doc["record"] is not None and doc["record"]["number"] == "RT-2611-07"


def test_a_dtd_behind_a_long_comment_is_still_refused(tmp_path):
    import zipfile

    from openpyxl import Workbook

    path = tmp_path / "padded.xlsx"
    wb = Workbook()
    wb.active["A1"] = "客户抱怨处理单"
    wb.save(path)
    with zipfile.ZipFile(path) as z:
        parts = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w") as z:
        for name, data in parts:
            if name == "xl/styles.xml":
                cut = data.index(b"?>") + 2 if b"?>" in data else 0
                pad = b"<!--" + b"x" * 5000 + b'--><!DOCTYPE s [<!ENTITY a "b">]>'
                data = data[:cut] + pad + data[cut:]
            z.writestr(name, data)
    result = parse(path, "complaint")
    assert [e.code for e in result.errors] == ["corrupt_file"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1'255.50", "1255.50"),
        ("CHF 12’000", "CHF 12000"),
        ("1'000'000.00", "1000000.00"),
        ("1.234'567", "1.234'567"),  # separators mixed: no amount read (an error says so)
        ("1'234.567'890", "1'234.567'890"),
        ("0'500", "0'500"),
        ("'000451", "'000451"),
    ],
)
def test_apostrophe_groups_only_in_a_whole_swiss_number(text, expected):
    from kesu_docs.values import without_apostrophe_groups

    assert without_apostrophe_groups(text) == expected
