"""The clerk's worst day, twenty-fifth round (issue 10 "bad input"): hostile files through the
paths earlier attacks had not taken — complaint letters with absurd counts in Chinese numerals
(cn2an), … Each test failed before its fix; real files (openpyxl), through the reader as
``kesu parse`` runs it."""

from __future__ import annotations

import time

import pytest
from hostile import complaint
from test_reader_guards import parse, value, warned
from test_reader_letters import _letter_xlsx
from test_reader_letters24 import _chinese_letter

from kesu_docs.parse.reading import parse_paths

# ------------------------------------------------------------ 1. counts in absurd Chinese numerals


def test_a_count_of_five_thousand_digits_is_left_unread_not_the_whole_letter(tmp_path):
    """``共111…1.5万件`` (5,000 digits before the 万): cn2an made a number Python refuses to print
    (more than 4,300 digits), and the whole letter was refused as an unreadable file with
    Python's own English words; now the count is left empty and warned, shown cut short, the
    letter's other values read, and the next file of the batch read as ever."""
    letter = _letter_xlsx(tmp_path, _chinese_letter("共" + "1" * 5000 + ".5万件，其中两百件不良"))
    other = _letter_xlsx(tmp_path, _chinese_letter("共一千二百件，其中两百件不良"), name="other.xlsx")
    result, next_one = parse_paths([letter, other])
    assert not result.fatal and result.kind == "complaint"
    assert value(result, "defect_qty") == 200 and value(result, "ship_qty") is None
    said = next(p for p in result.warnings if p.code == "count_in_words_unread" and p.field == "ship_qty")
    for lang in ("zh", "en"):
        assert "1" * 40 in said.message(lang) and len(said.message(lang)) < 400
    assert value(next_one, "ship_qty") == 1200


def test_absurd_numerals_are_each_left_unread_or_refused_on_their_field(tmp_path):
    """一万万万万亿 (cn2an cannot read it), a 30-digit count (more than the register holds): each
    is said on its field, never a count read wrong or the file lost."""
    unread = parse(_letter_xlsx(tmp_path, _chinese_letter("共一万万万万亿件，其中两百件不良")))
    assert value(unread, "ship_qty") is None and warned(unread, "ship_qty", "count_in_words_unread")
    huge = parse(
        _letter_xlsx(tmp_path, _chinese_letter("共" + "1" * 30 + "万件，其中两百件不良"), name="b.xlsx")
    )
    assert warned(huge, "ship_qty", "number_out_of_range") and warned(huge, "ship_qty", "count_in_words")


def test_a_long_run_of_numerals_is_searched_in_a_moment():
    """A run of 3,000 numerals before 件 (a pasted table of figures, an attacker's): the pattern
    was tried again from each numeral of the run (4 s for 3,000, 13 s for 5,000); now once."""
    from kesu_docs.parse.letters import _COUNTS_IN_WORDS, _first

    body = "贵司交付的零件共二百件，其中" + "九" * 3000 + "件不良，" + "三" * 3000 + "件退回。"
    started = time.process_time()
    for patterns in _COUNTS_IN_WORDS.values():
        _first(body, *patterns)
    assert time.process_time() - started < 1
    assert _first("共一千二百件", *_COUNTS_IN_WORDS["ship_qty"])["figure"] == "一千二百"


# ------------------------------------------------- 2. a cell given twice, a cell holding two values

_RECEIVED = '<c r="F5" s="9" t="n"><v>46273</v></c>'  # (the blank's received date, 2026-09-08)
_CUSTOMER = '<c r="B6" s="8" t="inlineStr"><is><t>'


def _rewritten(tmp_path, name: str, old: str, new: str):
    """The Excel form kesu gives clerks, filled (openpyxl), its first sheet's XML rewritten."""
    return _workbook_rewritten(tmp_path, name, "xl/worksheets/sheet1.xml", old, new)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (_RECEIVED, _RECEIVED + '<c r="F5" s="9" t="n"><v>12</v></c>'),  # F5 twice: read as 1900-01-12
        (_RECEIVED, '<c r="F5" s="9" t="n"><v>46273</v><v>1</v></c>'),  # two values: 1900-01-01
        ('<row r="7" ', '<row r="6"><c r="B6" t="inlineStr"><is><t>EVIL CO</t></is></c></row><row r="7" '),
        (_CUSTOMER, '<c r="B6" s="8" t="inlineStr"><is><t>EVIL CO</t></is><is><t>'),
        (_CUSTOMER, '<c r="B6" s="8" t="str"><v>EVIL CO</v><x:v xmlns:x="x">X</x:v><is><t>'),
    ],
    ids=["cell-twice", "two-v", "row-twice", "two-is", "v-then-prefixed-v"],
)
def test_a_cell_given_two_values_is_refused_naming_it_never_read_as_the_last(old, new, tmp_path):
    """The cell reader kept the last of two values a crafted part gives one cell — a received
    date of 1900-01-12, a customer 'EVIL CO' the clerk never saw in Excel (Excel repairs such a
    file, dropping one) — with no word; now the file is refused (corrupt_file) naming the cell,
    in Chinese and English, and the next file of the batch read as ever."""
    from hostile import excel_form

    bad = _rewritten(tmp_path, "twice.xlsx", old, new)
    good = excel_form(tmp_path / "good.xlsx")
    result, next_one = parse_paths([bad, good])
    assert result.fatal and [p.code for p in result.errors] == ["corrupt_file"]
    zh, en = result.errors[0].message("zh"), result.errors[0].message("en")
    assert ("!F5" in en and "!F5" in zh) or ("!B6" in en and "!B6" in zh)
    assert "两个值" in zh and "two values" in en
    assert next_one.valid and value(next_one, "received_date") == "2026-09-08"


def test_cells_out_of_excels_order_but_each_given_once_are_still_read(tmp_path):
    """Another writer's order (a row's cells backwards): no cell twice, read as before."""
    old = _RECEIVED + '<c r="G5" s="6" t="n"></c>'
    result = parse(_rewritten(tmp_path, "order.xlsx", old, '<c r="G5" s="6" t="n"></c>' + _RECEIVED))
    assert not result.fatal and value(result, "received_date") == "2026-09-08"


# ------------------------------------------------------------------ 3. one sheet under two names


def _workbook_rewritten(tmp_path, name: str, part: str, old: str, new: str):
    """The filled Excel form with one part's XML rewritten (``_rewritten`` for any part)."""
    import zipfile

    from hostile import excel_form

    source = excel_form(tmp_path / "filled.xlsx")
    path = tmp_path / name
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == part:
                assert old.encode() in data
                data = data.replace(old.encode(), new.encode(), 1)
            zout.writestr(info, data)
    return path


def test_one_sheet_listed_under_two_names_is_refused_not_read_as_two_forms(tmp_path):
    """workbook.xml listing the form's sheet a second time under another name ('Copy'): the
    one form was read as two valid complaints (``#客户抱怨处理单``, ``#Copy``), each to be
    numbered and filed; now the file is refused naming both sheets and the part."""
    sheet = 'name="客户抱怨处理单" sheetId="1" state="visible" r:id="rId1"/>'
    copy = sheet + '<sheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    copy += 'name="Copy" sheetId="3" state="visible" r:id="rId1"/>'
    results = parse_paths([_workbook_rewritten(tmp_path, "two.xlsx", "xl/workbook.xml", sheet, copy)])
    assert len(results) == 1 and results[0].fatal and results[0].errors[0].code == "corrupt_file"
    for lang, words in (("zh", "同一张表"), ("en", "are one sheet")):
        said = results[0].errors[0].message(lang)
        assert words in said and "Copy" in said and "xl/worksheets/sheet1.xml" in said


# ----------------------------------------------------------- 4. a PDF form field nobody can see


def _fillable_with_customer(tmp_path, change=None):
    """The complaint filled into kesu's own fillable PDF (pypdf), the customer field's widget
    changed by ``change``."""
    from pypdf import PdfReader, PdfWriter
    from test_pdf_fillable import fill, pdf_fields

    from kesu_docs import forms
    from kesu_docs.blank.pdf import write_blank

    spec = forms.get("complaint")
    values = complaint()
    values.pop("kind")
    record = spec.model.model_validate(values)
    filled = {k: getattr(record, k) for k in spec.fields if k != "penalties"}
    path = fill(
        write_blank(spec, tmp_path / "blank.pdf"),
        pdf_fields(spec, filled),
        tmp_path / "f.pdf",
        appearances=False,
    )
    if change is None:
        return path
    writer = PdfWriter(clone_from=PdfReader(path))
    for page in writer.pages:
        for ref in page.get("/Annots") or ():
            if ref.get_object().get("/T") == "customer":
                change(ref.get_object())
    writer.write(tmp_path / "changed.pdf")
    return tmp_path / "changed.pdf"


def _flags(value: int):
    from pypdf.generic import NameObject, NumberObject

    return lambda annot: annot.__setitem__(NameObject("/F"), NumberObject(value))


def _rect(*numbers: float):
    from pypdf.generic import ArrayObject, FloatObject, NameObject

    return lambda annot: annot.__setitem__(
        NameObject("/Rect"), ArrayObject([FloatObject(n) for n in numbers])
    )


@pytest.mark.parametrize(
    "change",
    [_flags(2), _flags(32), _rect(100, 700, 100, 700), _rect(5000, 5000, 5100, 5020)],
    ids=["hidden", "no-view", "no-size", "off-the-page"],
)
def test_a_form_field_that_shows_nowhere_is_read_and_warned(change, tmp_path):
    """A fillable PDF whose customer field is flagged hidden, has a box of no size or lies off
    the page: a PDF viewer and the print show an empty box, and the value was filed with no
    word; now it is read and warned on its field (field_not_shown, zh and en, naming it)."""
    result = parse(_fillable_with_customer(tmp_path, change))
    assert value(result, "customer") == "华东精密机械有限公司"
    said = [p for p in result.warnings if p.code == "field_not_shown"]
    assert [p.field for p in said] == ["customer"]
    assert "隐藏" in said[0].message("zh") and "does not show" in said[0].message("en")


def test_a_form_field_shown_on_its_page_is_not_warned(tmp_path):
    result = parse(_fillable_with_customer(tmp_path))
    assert value(result, "customer") == "华东精密机械有限公司" and not warned(result, "customer")


# --------------------------------------------- 5. characters that print as nothing inside a code

_ORDER = '<c r="B7" s="8" t="inlineStr"><is><t>SO-2026-0815</t></is></c>'


@pytest.mark.parametrize("char", ["\u3164", "\uffa0", "\u115f", "\u180e", "\u034f", "\u17b4"])
def test_an_order_number_holding_a_character_that_prints_as_nothing_is_the_order_shown(char, tmp_path):
    """A Hangul filler, the Mongolian vowel separator, the combining grapheme joiner …
    (Unicode's default-ignorable characters, shown as nothing) inside an order number: it was
    filed as ``SO-2026-08\\u316415``, another order than the SO-2026-0815 the clerk sees, and a
    search for that order missed it; now it is the order shown, as a zero-width space was."""
    typed = _ORDER.replace("SO-2026-0815", f"SO-2026-08&#{ord(char)};15")
    result = parse(_rewritten(tmp_path, "order.xlsx", _ORDER, typed))
    assert value(result, "order_no") == "SO-2026-0815"
