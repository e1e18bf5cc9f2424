"""The reader's leftovers of the twenty-fifth round (issue 10), each read on forms of our own,
built by openpyxl (and printed by LibreOffice where the print reads otherwise):

- **Two counts in one cell** under one label naming both (``不良數／出貨數`` over ``36／1,200``,
  ``Defect qty / Delivered qty`` over ``36/1200``): each count read from its half, in the label's
  order; before, the whole cell was one count (an error ``invalid_qty``) and the other lost.
- **A totals line in another language** (``Общо``, ``Celkem``, ``Итого:`` in an item table's first
  cell; ``Данъчна основа / Tax base:`` under the lines): the items end there and its figures are
  the totals; before, read as one more item (no name, the totals doubled).
- **A word split by a space in a browser's print** (Maltese ``biċċa``: each ``ċ`` drawn from a
  fallback font, PDFium's box of it its ink alone): a space is made between two letters only
  where their gap is a word space of the line, not of one small letter's ink (before: ``biċ ċa``).
- **Roman numerals in letters numbering an 8D's steps** (``I.`` … ``VIII.``, not Unicode's Ⅰ … Ⅷ):
  read as the steps when they run in order down the page; before, no step was read.
- **A step's caption cut at its cell's border on the print** (``D4 Waarom niet ontdekt / Why not
  d``): its beginning names the step and its last word begins one option's word (``Why not
  detected``: escape): read as that row, warned ``caption_cut``; before, ``label_lost`` (its cause
  unread). The other D4 caption naming no cause is the other cause (one rule of the step's named
  options, the "other of two" no longer a case of its own).
- **A table's header is no value** (``Notes`` at an item table's right): an item's note ``rusted``
  was read as a label, ``USt`` (a tax) inside it, and the header over it as the total tax (an
  error ``invalid_money``). A Latin label is found inside a longer text only from a word's start.

Workbooks built here with openpyxl; values and wording of our own.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers import chromium_page, field_codes, read_doc, sheet_from_rows, soffice_convert

from kesu_docs import forms
from kesu_docs.parse.pdf import words_of
from kesu_docs.parse.vocab import vocabulary

WIDTH = 18


def _record(doc: dict[str, Any]) -> dict[str, Any]:
    return doc["record"] or {}


# ------------------------------------------------------------------ two counts in one cell
def _two_counts(label: str, value: str) -> list[list[Any]]:
    return [
        ["客訴單"],
        ["客訴單號", "CS-HC-2603-007", "收件日期", "2026-03-09"],
        ["客戶名稱", "廣達電腦股份有限公司", "料號", "HC-HNG-0715"],
        [label, value, "不良率", "3.0%"],
        ["不良內容", "轉軸扭力不足，螢幕無法定位。"],
    ]


@pytest.mark.parametrize(
    ("label", "value"),
    [
        ("不良數／出貨數", "36／1,200"),
        ("不良数/出货数", "36 / 1200"),
        ("Defect qty / Delivered qty", "36/1200"),
    ],
)
def test_two_counts_in_one_cell_are_read_from_their_halves(tmp_path: Path, label: str, value: str):
    book = sheet_from_rows(tmp_path, _two_counts(label, value), "counts.xlsx", width=WIDTH)
    doc = read_doc(book, "complaint")
    # before: ship_qty an error (invalid_qty: "36／1,200"), the defect count lost
    assert (_record(doc).get("defect_qty"), _record(doc).get("ship_qty")) == (36, 1200)
    assert "invalid_qty" not in field_codes(doc, "ship_qty") | field_codes(doc, "defect_qty")


def test_two_counts_in_one_cell_on_the_print(tmp_path: Path):
    book = sheet_from_rows(tmp_path, _two_counts("不良數／出貨數", "36／1,200"), "counts.xlsx", width=WIDTH)
    doc = read_doc(soffice_convert(book, "pdf", tmp_path / "pdf"), "complaint")
    assert (_record(doc).get("defect_qty"), _record(doc).get("ship_qty")) == (36, 1200)


def test_one_count_under_a_label_naming_two_is_never_read_silently(tmp_path: Path):
    book = sheet_from_rows(tmp_path, _two_counts("不良數／出貨數", "36"), "one.xlsx", width=WIDTH)
    doc = read_doc(book, "complaint")
    read = [f for f in ("defect_qty", "ship_qty") if _record(doc).get(f) is not None]
    assert len(read) <= 1
    for f in read:  # whichever count took it, it is shown for checking
        assert field_codes(doc, f), doc["warnings"]


# ------------------------------------------------------------------ totals lines
_HEAD = [
    ["CREDIT NOTE"],
    ["Credit note No.", "CN-2611-0093", "Date", "2026-11-05"],
    ["Buyer", "Hollin Fasteners Ltd", "Complaint No.", "CC-2611-0041"],
    ["Original invoice no.", "INV-88213", "Invoice date", "2026-10-20"],
]
_LINES = [
    ["Item", "Qty", "Unit price", "Amount", "VAT 13%"],
    ["Hex bolt M8", 400, 0.25, 100, 13],
    ["Hex nut M8", 400, 0.1, 40, 5.2],
    ["Washer", 1000, 0.02, 20, 2.6],
]


@pytest.mark.parametrize("caption", ["Общо", "Celkem", "Итого:", "Razem", "Общо / Total"])
def test_a_totals_line_in_another_language_ends_the_items_and_gives_the_totals(tmp_path: Path, caption: str):
    rows = [*_HEAD, *_LINES, [caption, None, None, 160, 20.8]]
    doc = read_doc(sheet_from_rows(tmp_path, rows, "credit.xlsx", width=WIDTH), "allowance")
    record = _record(doc)
    # before (Общо, Celkem, Razem): a fourth item with no name, the totals 320.00 / 41.60 doubled
    assert [i["name"] for i in record["items"]] == ["Hex bolt M8", "Hex nut M8", "Washer"]
    assert (record["total_excl_tax"], record["total_tax"]) == ("160.00", "20.80")
    assert doc["provenance"]["total_excl_tax"]["location"].endswith("!D9")  # the line's own figure


def test_a_tax_base_line_under_the_lines_is_a_totals_line(tmp_path: Path):
    rows = [
        *_HEAD,
        *_LINES,
        [None, None, "Данъчна основа / Tax base:", 160],
        [None, None, "ДДС / VAT:", 20.8],
        [None, None, "Сума за плащане / Total:", 180.8],
    ]
    doc = read_doc(sheet_from_rows(tmp_path, rows, "credit.xlsx", width=WIDTH), "allowance")
    record = _record(doc)
    # before: a fourth item, its unit price "Данъчна основа / Tax base:" (invalid_money)
    assert [i["name"] for i in record["items"]] == ["Hex bolt M8", "Hex nut M8", "Washer"]
    assert record["total_excl_tax"] == "160.00"
    assert not [p for p in doc["errors"] if p.get("field", "").startswith("items")]


# ------------------------------------------------------------------ a header is no value
def test_an_item_tables_notes_header_is_never_the_total_tax(tmp_path: Path):
    rows = [
        *_HEAD,
        ["No.", "Item", "Qty", "Unit price", "Amount", "VAT 13%", "Notes"],
        [1, "Hex bolt M8", 400, 0.25, 100, 13, "rusted"],
        [2, "Hex nut M8", 400, 0.1, 40, 5.2, "wrong thread"],
        [3, "Washer", 1000, 0.02, 20, 2.6, None],
        ["Total", None, None, None, 160, 20.8],
    ]
    doc = read_doc(sheet_from_rows(tmp_path, rows, "notes.xlsx", width=14), "allowance")
    # before: total_tax "Notes" (invalid_money), read under the note "rusted" as if a label
    assert "invalid_money" not in field_codes(doc, "total_tax")
    assert _record(doc)["total_tax"] == "20.80"
    assert doc["provenance"]["total_tax"]["label"] != "rusted"


def test_a_latin_label_inside_a_longer_text_starts_a_word():
    vocab = vocabulary(forms.get("allowance"))
    assert vocab.match("rusted") is None  # (USt, a tax's name, inside: before, the total tax at 0.63)
    assert vocab.match("USt 19%")[0] == "total_tax"
    assert vocab.match("Claim Reference")[0] == "complaint_number"  # Claim Ref: an abbreviation


# ------------------------------------------------------------------ Roman numerals in letters
_STEPS = [
    ("成立小组", "邓超、蒋丽、谢军"),
    ("问题描述", "制动钳支架螺纹孔偏位 0.4 mm，240 件无法装配。"),
    ("临时围堵", "在库 3,200 件及在途 800 件全检螺纹位置度。"),
    ("根本原因（发生）", "钻孔夹具定位销磨损。"),
    ("根本原因（流出）", "终检检具只检孔径不检位置。"),
    ("永久对策", "定位销改为硬质合金，每班点检。"),
    ("效果验证", "连续 4 批 2,400 件位置度合格。"),
    ("预防再发", "同类 5 套夹具纳入点检表。"),
]
_NUMBERS = ["I", "II", "III", "IV", "IV", "V", "VI", "VII"]


def _roman_8d(numbers: list[str], mark: str) -> list[list[Any]]:
    rows: list[list[Any]] = [
        ["8D 报告"],
        ["报告编号", "8D-CQ-2603-012", "立案日期", "2026-03-10"],
        ["客户", "重庆长安汽车股份有限公司", "客诉单号", "CA-QR-260308"],
        ["零件号", "CQ-BRK-7730", "投诉数量", 240],
    ]
    for number, (name, text) in zip(numbers, _STEPS):
        rows += [[number + mark + name], [text]]
    return [*rows, ["VIII" + mark + "结案"], ["结案日期", "2026-04-21", "批准", "孔德华"]]


@pytest.mark.parametrize("mark", [". ", " ", "、"])
def test_steps_numbered_by_roman_numerals_in_letters_are_read_as_the_unicode_ones(tmp_path: Path, mark: str):
    doc = read_doc(sheet_from_rows(tmp_path, _roman_8d(_NUMBERS, mark), "roman.xlsx", width=20), "8d")
    record = _record(doc)
    # before: no step read (team, containment, root causes, actions all missing)
    assert [m["name"] for m in record["team"] or []] == ["邓超", "蒋丽", "谢军"]
    assert record["containment"][0]["action"] == "在库 3,200 件及在途 800 件全检螺纹位置度。"
    causes = {c["type"]: c["cause"] for c in record["root_cause"] or []}
    assert causes == {"occurrence": "钻孔夹具定位销磨损。", "escape": "终检检具只检孔径不检位置。"}
    assert record["corrective_actions"][0]["action"] == "定位销改为硬质合金，每班点检。"


def test_steps_numbered_by_roman_numerals_in_letters_on_the_print(tmp_path: Path):
    book = sheet_from_rows(tmp_path, _roman_8d(_NUMBERS, ". "), "roman.xlsx", width=20)
    record = _record(read_doc(soffice_convert(book, "pdf", tmp_path / "pdf"), "8d"))
    causes = {c["type"]: c["cause"] for c in record["root_cause"] or []}
    assert causes == {"occurrence": "钻孔夹具定位销磨损。", "escape": "终检检具只检孔径不检位置。"}
    assert record["corrective_actions"][0]["action"] == "定位销改为硬质合金，每班点检。"


def test_roman_numerals_out_of_order_or_too_few_are_no_steps():
    from kesu_docs.parse.boxes import Box
    from kesu_docs.parse.steps import roman_letter_steps

    def boxes(numbers: list[str]) -> list[Box]:
        return [
            Box(f"{n}. Part {k}", f"{n}. Part {k}", 0, 10 * k, 100, 10 * k + 8, f"A{k}")
            for k, n in enumerate(numbers)
        ]

    steps = boxes(["I", "II", "III", "IV", "V", "VI", "VII", "VIII"])
    assert [b.text[0] for b in roman_letter_steps(steps)] == ["Ⅰ", "Ⅱ", "Ⅲ", "Ⅳ", "Ⅴ", "Ⅵ", "Ⅶ", "Ⅷ"]
    for numbers in (
        ["I", "II", "III", "IV"],
        ["I", "III", "II", "IV", "V", "VI", "VII"],
        ["II", "III", "IV", "V", "VI", "VII"],
    ):
        assert [b.text for b in roman_letter_steps(boxes(numbers))] == [b.text for b in boxes(numbers)]


def _with_sentences(mark: str) -> list[list[Any]]:
    """The Roman 8D, its containment's and its action's texts followed by a line beginning "I …"."""
    rows = _roman_8d(_NUMBERS, mark)
    at = [k for k, row in enumerate(rows) if str(row[0]).startswith(("III", "V" + mark))]
    for k in reversed(at):
        rows.insert(k + 2, ["I checked the fixture on every shift" if k == at[0] else "I replaced the pin"])
    return rows


@pytest.mark.parametrize("mark", [". ", " "])
def test_a_sentence_beginning_i_inside_a_step_is_no_step(tmp_path: Path, mark: str):
    # before: "I checked …" rewritten "Ⅰ checked …" (a second D1) or, after II, read as going
    # back: none of the steps read
    book = sheet_from_rows(tmp_path, _with_sentences(mark), "roman.xlsx", width=20)
    for doc in (read_doc(book, "8d"), read_doc(soffice_convert(book, "pdf", tmp_path / "pdf"), "8d")):
        record = _record(doc)
        assert [m["name"] for m in record["team"] or []] == ["邓超", "蒋丽", "谢军"]
        causes = {c["type"]: c["cause"] for c in record["root_cause"] or []}
        assert causes == {"occurrence": "钻孔夹具定位销磨损。", "escape": "终检检具只检孔径不检位置。"}
        assert "Ⅰ" not in str(record)


def test_a_roman_numeral_before_a_sentence_or_repeated_is_never_rewritten():
    from kesu_docs.parse.boxes import Box
    from kesu_docs.parse.steps import roman_letter_steps

    def boxes(texts: list[str]) -> list[Box]:
        return [Box(t, t, 0, 10 * k, 100, 10 * k + 8, f"A{k}") for k, t in enumerate(texts)]

    steps = [
        "I. Team",
        "II. Problem",
        "III. Containment",
        "IV. Cause",
        "V. Action",
        "VI. Verify",
        "VII. Prevent",
    ]
    # under step I: before, rewritten "Ⅰ checked …", a second D1 heading
    read = roman_letter_steps(boxes([steps[0], "I checked the fixture", *steps[1:]]))
    assert [b.text[0] for b in read] == ["Ⅰ", "I", "Ⅱ", "Ⅲ", "Ⅳ", "Ⅴ", "Ⅵ", "Ⅶ"]
    # a number again (but IV's two root causes) is no run of steps: before, II twice was read
    again = [*steps[:2], "II. Again", *steps[2:]]
    assert [b.text for b in roman_letter_steps(boxes(again))] == again
    causes = [*steps[:4], "IV. Escape", *steps[4:]]
    assert [b.text[0] for b in roman_letter_steps(boxes(causes))] == ["Ⅰ", "Ⅱ", "Ⅲ", "Ⅳ", "Ⅳ", "Ⅴ", "Ⅵ", "Ⅶ"]


# ------------------------------------------------------------------ a word split in a print
def test_letters_from_a_fallback_font_are_not_parted_by_a_space(tmp_path: Path):
    rows = (
        ("Numru tal-ilment / Complaint No.", "IL-MLA-26-0023"),
        ("Klijent / Customer", "Methode Electronics Malta Ltd"),
        ("Numru tal-parti / Part No.", "MT-SWC-4402"),
        ("Isem il-parti / Part name", "Swiċċ tal-bieb"),
        ("Kwantità mwassla / Qty delivered", "1,200 biċċa"),
        ("Kwantità difettuża / Qty defective", "54 biċċa"),
    )
    body = (
        "<h2>ILMENT TAL-KLIJENT / CUSTOMER COMPLAINT</h2><table>"
        + "".join(f"<tr><th>{label}</th><td>{value}</td></tr>" for label, value in rows)
        + "</table>"
    )
    # a portal's style putting a Chinese font first: it has no ċ, the browser takes it from another
    css = (
        "body{font-family:'Noto Sans CJK SC','Noto Sans',sans-serif;font-size:10pt}"
        "table{border-collapse:collapse}th,td{border:1px solid #444;padding:4px;text-align:left}"
    )
    pdf = chromium_page(tmp_path, "ilment", body, lang="en", css=css, way="ltr")
    texts = [w.text for w in words_of(pdf.read_bytes())[0]]
    # before: "Swiċ ċ tal-bieb", "1,200 biċ ċa"
    assert "Swiċċ tal-bieb" in texts and "1,200 biċċa" in texts, texts
    assert _record(read_doc(pdf, "complaint")).get("part_name") == "Swiċċ tal-bieb"


# ------------------------------------------------------------------ a caption cut on the print
_OCCURRENCE = "Press die worn at the bend radius."
_ESCAPE = "No bend angle check at final inspection."


def test_a_step_caption_cut_at_its_border_is_read_by_its_beginning_and_said_cut(tmp_path: Path):
    rows = [
        ["8D-RAPPORT / 8D REPORT"],
        ["Rapportnr. / Report No.", "8D-NL-2604-031", "Klant / Customer", "Van Dijk Techniek B.V."],
        ["D1 Team / Team", "Sanne de Vries, Li Na"],
        ["D2 Probleem / Problem", "Bracket bent on 60 parts."],
        ["D3 Inperking / Containment", "All 1,500 brackets sorted."],
        ["D4 Grondoorzaak van de fout / Root cause", _OCCURRENCE],
        ["D4 Waarom niet ontdekt / Why not detected", _ESCAPE],
        ["D5 Corrigerende actie / Corrective action", "Die reground, life set to 50,000 strokes."],
    ]
    book = sheet_from_rows(tmp_path, rows, "cut.xlsx", width=29)  # the print: "… / Why not d"
    pdf = soffice_convert(book, "pdf", tmp_path / "pdf")
    assert "D4 Waarom niet ontdekt / Why not d" in [w.text for w in words_of(pdf.read_bytes())[0]]
    doc = read_doc(pdf, "8d")
    causes = {r["type"]: r["cause"] for r in _record(doc).get("root_cause") or []}
    # before: the escape cause unread, said label_lost
    assert causes == {"occurrence": _OCCURRENCE, "escape": _ESCAPE}, causes
    cut = [p for p in doc["warnings"] if p["code"] == "caption_cut"]
    assert cut and "Why not d" in cut[0]["message"], doc["warnings"]
    assert not [p for p in doc["warnings"] if p["code"] == "label_lost"]
    assert "low_confidence" in field_codes(doc, "root_cause[1].type")  # the type a guess, shown


def test_a_cut_word_beginning_several_options_names_none():
    from kesu_docs.parse.compound import cut_option

    term = forms.describe(forms.get("8d").fields["root_cause"].row_model)["type"].term
    assert cut_option(term, "Waarom niet ontdekt / Why not d").value == "escape"
    assert cut_option(term, "Root cause / Why it") is None  # why it occurred, why it escaped
    assert cut_option(term, "Grondoorzaak / Root") is None
    assert cut_option(term, "Oorzaak / Escape") is None  # a word whole: no cut


@pytest.mark.parametrize("text", ["/", " / ", "|", "／", ":"])
def test_a_cell_of_slashes_or_bars_alone_is_no_total_caption(text: str):
    """(The merge: a line's ``/`` cells, "not applicable", ended an item table as a totals line —
    tests/test_reader_units.py's return note lost its items.)"""
    from kesu_docs.terms import bare_total

    assert not bare_total(text)
    assert bare_total("Общо / Total")
