"""The reader's gaps round 31 left (issue 10: never a silent misread), each rule read on forms
of our own, as Excel and as LibreOffice's PDF print of it where the reader reads both.

- **D7's "too / also / both"** speak of a place in every language of ``MORE_WORDS`` alike: a
  place word after the language's on / at / in / for in the cue's clause (``auch an Linie 3``,
  ``op beide lijnen``, ``也在3号线``, ``aussi sur la ligne 3``, ``también en la línea 3``);
  ``Beide Lieferanten informiert`` speaks of none.
- **A code column is told by the row model's kind** (``Code``), not by its key's name.
- **数 is 数量 shortened**: ``核准數`` / ``實退數`` name their columns as surely as ``核准數量``.
- **A JSON check report kesu wrote, lying in a checked folder**, is passed over with one line.

Workbooks built here with openpyxl; values and wording of our own.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from helpers import book_as, field_codes, kesu, landscape_book, read_doc

FORMS = ["xlsx", "pdf"]


# ------------------------------------------------ D7: too / also / both in every language, with a place
@pytest.mark.parametrize(
    ("text", "elsewhere"),
    [
        ("Auch an Linie 3 eingeführt.", True),
        ("Prüflehre an beiden Linien nachgerüstet.", True),
        ("Beide Lieferanten informiert.", False),  # (before: beide alone made a deployment)
        ("Auch die Zeichnung geändert.", False),
        ("Ook op lijn 3 ingevoerd.", True),
        ("Op beide lijnen ingevoerd.", True),
        ("Beide leveranciers geïnformeerd.", False),  # (before: a deployment)
        ("也在3号线导入防错治具。", True),
        ("同樣在B廠實施。", True),
        ("也已培训夜班作业员。", False),
        ("Détrompeur installé aussi sur la ligne 3.", True),
        ("Opérateurs formés aussi.", False),
        ("También en la línea 3 se instaló.", True),
        ("Calibre instalado en ambas líneas.", True),
        ("Operarios formados también.", False),
    ],
)
def test_d7_too_also_both_speak_of_a_place_in_every_language(text: str, elsewhere: bool) -> None:
    from kesu_docs.parse.value_cues import TEXT_SUBJECTS

    assert bool(TEXT_SUBJECTS["prevention.horizontal_deployment"].search(text)) is elsewhere


def test_each_languages_place_cues_are_gated_alike_and_cited() -> None:
    """Every row saying cues says the words its place follows, and cites each cue word."""
    import re

    from kesu_docs.parse.value_cues import MORE_WORDS

    rows = [row for row in MORE_WORDS if row.cues is not None]
    assert {lang for row in rows for lang in row.languages} >= {"en", "zh-Hans", "de", "nl", "fr", "es", "pt"}
    for row in rows:
        assert row.cues is not None and row.at and row.cues.also and row.cues.negations, row.languages
        cited = set(re.findall(r"\w+", row.source.casefold()))
        words = (
            row.cues.also,
            row.cues.too,
            row.cues.both,
            row.cues.and_,
            row.cues.negations,
            row.cues.found,
        )
        for alternative in "|".join(words).split("|"):
            if alternative.isalpha():
                assert alternative.casefold() in cited or alternative in row.source, (alternative, row.source)


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("text", "deployed"),
    [("Drehmomentprüfung auch an Linie 3 eingeführt.", True), ("Beide Lieferanten informiert.", False)],
)
def test_a_german_d7_text_is_a_deployment_only_with_a_place(
    tmp_path: Path, form: str, text: str, deployed: bool
) -> None:
    rows: list[list[Any]] = [
        ["8D REPORT"],
        ["Report No.", "8D-KT-2609-021", "Opened", "2026-09-06"],
        ["Customer", "Kestrel Tools GmbH", "Part No.", "KT-SCR-4410"],
        ["D2 Problem", "Screws loose after assembly, 36 pcs."],
        ["D4 Root cause", "Torque driver drifted low."],
        ["D5 Corrective action", "Driver recalibrated, torque checked every shift."],
        ["D7 Prevention", text],
        ["D8 Closed", "2026-09-20"],
    ]
    path = landscape_book(tmp_path / "8d.xlsx", rows, {"A": 20, "B": 50, "C": 14, "D": 20})
    prevention = read_doc(book_as(path, form), "8d")["record"]["prevention"]
    assert (prevention["horizontal_deployment"] == text) is deployed, prevention
    assert text in prevention.values()


# ------------------------------------------------ a code column told by the row model's kind
def test_a_code_column_is_told_by_its_fields_kind_not_its_name() -> None:
    """A row model whose drawing number is a ``Code`` named ``drawing`` (no ``_no``): a line under
    an item starting where the drawing starts is no wrap of it (the list ends there); under the
    part's name (``Text``) it is. Before: any column not named ``*_no`` / ``*_code`` / ``*_id`` wrapped."""
    from kesu_docs.forms.base import Row, describe
    from kesu_docs.parse.boxes import Box
    from kesu_docs.parse.table_lines import labelled_lines, wrapping_columns
    from kesu_docs.values import Code, Text

    class Line(Row):
        drawing: Code | None = None
        part_name: Text | None = None
        qty: int | None = None

    columns = describe(Line)
    assert wrapping_columns(columns) == {"part_name"}
    captions = {"圖號": "drawing", "品名": "part_name", "數量": "qty"}

    def bands(under: tuple[str, ...]) -> list[list[Box]]:
        texts = (
            ("1. 圖號", "DW-3101", "品名", "背光模組（含", "數量", "80"),
            under,
            ("2. 圖號", "DW-3102", "品名", "軟板", "數量", "400"),
        )
        return [
            [
                Box(t, t, 40.0 * i, 10.0 * n, 40.0 * i + 35, 10.0 * n + 5, "p1")
                for i, t in enumerate(line)
                if t
            ]
            for n, line in enumerate(texts, start=1)
        ]

    wrapped = labelled_lines(bands(("", "", "", "導光板）")), captions.get, wrapping_columns(columns))
    assert [c["part_name"].value for c, _ in wrapped.lines] == ["背光模組（含導光板）", "軟板"]
    stopped = labelled_lines(bands(("", "-A", "", "")), captions.get, wrapping_columns(columns))
    assert [c["drawing"].value for c, _ in stopped.lines] == ["DW-3101"]
    assert stopped.stopped_at is not None


def test_the_keys_of_an_8d_step_are_asked_by_a_public_name() -> None:
    from kesu_docs.forms import get
    from kesu_docs.parse.sections import keys_of_discipline
    from kesu_docs.parse.vocab import vocabulary

    spec = get("8d")
    assert "containment" in keys_of_discipline(spec, vocabulary(spec), 3)
    assert "containment" not in keys_of_discipline(spec, vocabulary(spec), 5)


# ------------------------------------------------ 数 for 数量
@pytest.mark.parametrize("form", FORMS)
def test_a_counts_label_shortened_to_shu_names_its_column_surely(tmp_path: Path, form: str) -> None:
    """``核准數`` / ``實退數`` (a statutory zh-Hant return's columns): read at full strength,
    no low-confidence warning on the lines' counts (before: matched at 0.66, warned)."""
    rows: list[list[Any]] = [
        ["退貨單"],
        ["退貨單號", "RT-HX-2609-021", "退貨日期", "2026-09-15"],
        ["客戶名稱", "華星光學股份有限公司"],
        [],
        ["料號", "品名", "核准數", "實退數", "單價", "金額"],
        ["HX-CAM-0701", "鏡頭模組", "120", "118", "365.00", "43,070.00"],
        ["HX-FLX-0702", "排線", "3000", "2950", "4.80", "14,160.00"],
        [],
        ["退貨原因", "鏡頭刮傷，排線斷裂。"],
    ]
    widths = {"A": 16, "B": 14, "C": 10, "D": 10, "E": 12, "F": 14}
    doc = read_doc(book_as(landscape_book(tmp_path / "rt.xlsx", rows, widths), form), "return")
    items = doc["record"]["items"]
    assert [(i["qty_approved"], i["qty_returned"]) for i in items] == [(120, 118), (3000, 2950)]
    for k in range(2):
        for col in ("qty_approved", "qty_returned"):
            assert "low_confidence" not in field_codes(doc, f"items[{k}].{col}"), doc["warnings"]
    assert doc["record"] and all(
        p["code"] != "low_confidence" or not p["field"].startswith("items") for p in doc["warnings"]
    )


def test_shu_and_shuliang_are_one_word_in_the_vocabulary() -> None:
    from kesu_docs.forms import get
    from kesu_docs.parse.vocab import columns_vocabulary

    vocab = columns_vocabulary(get("return").fields["items"].row_model)
    for short, long in (("核准數", "核准數量"), ("實退數", "實退數量")):
        assert vocab.match(short)[:2] == vocab.match(long)[:2]  # type: ignore[index]


# ------------------------------------------------ a JSON check report in a checked folder
def test_a_json_check_report_in_a_checked_folder_is_passed_over_said(tmp_path: Path) -> None:
    """``kesu validate forms --report forms/r.json``, then ``kesu validate forms``: the report is
    no record (before: read, ``unknown_kind``, an unreadable line); one note names it. A JSON
    record beside it is still read, and a report named on the command line still is read."""
    forms = tmp_path / "forms"
    forms.mkdir()
    record = {"kind": "return", "record": {"number": "RT-2609-001"}}
    (forms / "rec.json").write_text(json.dumps(record), encoding="utf-8")
    first = kesu("--lang", "en", "validate", "forms", "--report", "forms/r.json", cwd=tmp_path)
    assert (forms / "r.json").exists(), first.output
    done = kesu("--lang", "en", "parse", "forms", cwd=tmp_path)
    sources = [json.loads(line)["source"] for line in done.stdout.splitlines() if line.startswith("{")]
    assert sources == [str(Path("forms") / "rec.json")], done.output
    assert done.stderr.count("it is a check report kesu wrote, not a form") == 1, done.stderr
    zh = kesu("validate", "forms", cwd=tmp_path)
    assert "这是 kesu 写的检查报告，不是表单" in zh.stderr
    named = kesu("--lang", "en", "parse", "forms/r.json", cwd=tmp_path)
    assert "r.json" in named.stdout


# ------------------------------------------------ a currency's code, never a unit's
def test_a_code_after_a_figure_is_a_currency_only_when_no_unit_word() -> None:
    """``12 KGS`` in an amount field is no Kyrgyz som (before: read 12.00, ``amount_in_currency``
    KGS); ``727,500 XAF`` still the CFA franc; ``3 CUP`` no Cuban peso."""
    from kesu_docs.forms import get
    from kesu_docs.parse.typed import foreign_amount

    money = get("allowance").fields["total"]
    assert foreign_amount(money, "12 KGS") is None
    assert foreign_amount(money, "3 CUP") is None
    assert foreign_amount(money, "727,500 XAF") == ("727500.00", "XAF")


@pytest.mark.parametrize(
    ("label", "codes"),
    [
        ("Montant (XAF)", {"XAF"}),  # (before: none, XAF not among the trade currencies)
        ("Amount in KES", {"KES"}),
        ("Poids (KGS)", set()),
        ("Total ALL", set()),  # (a label's last word, bare: a trade currency's code only)
        ("Total (USD)", {"USD"}),
    ],
)
def test_a_label_names_any_currency_of_today_by_its_code(label: str, codes: set[str]) -> None:
    from kesu_docs.parse.currency import codes_in_format, codes_in_label

    assert codes_in_label(label) == codes
    assert codes_in_format('#,##0" XAF"') == {"XAF"}  # (before: none)
    assert codes_in_format('#,##0" KGS"') == set()


@pytest.mark.parametrize("form", FORMS)
def test_a_credit_note_in_cfa_francs_with_a_vat_rate_column(tmp_path: Path, form: str) -> None:
    """A credit note whose figures are numbers shown ``727,500 XAF`` (the cells' format) and
    a ``TVA %`` column at 19 % beside each line's tax: the form is in CFA francs, no renminbi,
    so the rate the lines were taxed at is the lines' (before: four false errors at the default
    13 %: ``line_tax_mismatch`` twice, ``total_mismatch`` twice)."""
    from openpyxl import load_workbook

    lines = [("Meter cabinet CF-MCB-1101", 150, 4850.0), ("Pole clamp CF-CLP-1102", 400, 275.0)]
    rows: list[list[Any]] = [
        ["CREDIT NOTE"],
        ["Credit Note No.", "KN-BGF-0107", "Date", "2026-03-24"],
        ["Buyer", "ENERCA", "Tax No.", "CF-0021457-B"],
        ["Invoice No.", "FA-26-00318", "Invoice date", "2026-03-06"],
        ["Item", "Qty", "Unit price", "Net", "TVA %", "VAT"],
    ]
    net = tax = 0.0
    for name, qty, price in lines:
        amount = qty * price
        rows.append([name, qty, price, amount, 0.19, round(amount * 0.19, 2)])
        net, tax = net + amount, tax + round(amount * 0.19, 2)
    rows += [
        [],
        ["Net total", None, None, net],
        ["Total VAT", None, None, tax],
        ["Total incl. VAT", None, None, net + tax],
    ]
    rows += [["Approved", "Thierry Yakité"]]
    path = landscape_book(tmp_path / "cn.xlsx", rows, {"A": 30, "B": 14, "C": 16, "D": 18, "E": 10, "F": 16})
    book = load_workbook(path)
    sheet = book.active
    for row in sheet.iter_rows(min_row=6):
        for cell in row:
            if isinstance(cell.value, (int, float)) and cell.column_letter in "CDF":
                cell.number_format = '#,##0" XAF"'
            elif isinstance(cell.value, float):
                cell.number_format = "0 %"
    book.save(path)
    doc = read_doc(book_as(path, form), "allowance")
    assert [i["tax"] for i in doc["record"]["items"]] == ["138225.00", "20900.00"]
    codes = {p["code"] for p in doc["errors"]}
    assert not codes & {"line_tax_mismatch", "total_mismatch"}, doc["errors"]
    assert doc["record"]["tax_rate"] == "0.19"


# ------------------------------------------------ a disputed month read in the form's own language
def _eight_d(opened: Any, closed: Any, d7: str = "Torque check on line 3 too.") -> list[list[Any]]:
    return [
        ["8D REPORT"],
        ["Report No.", "8D-KT-2609-021", "Opened", opened],
        ["Customer", "Kestrel Tools Ltd", "Part No.", "KT-SCR-4410"],
        ["D2 Problem", "Screws loose after assembly, 36 pcs."],
        ["D4 Root cause", "Torque driver drifted low."],
        ["D5 Corrective action", "Driver recalibrated, torque checked every shift."],
        ["D7 Prevention", d7],
        ["D8 Closed", closed],
    ]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("opened", "closed", "read"),
    [
        ("5 Ntwarante 2026", "14 Nyakanga 2026", "2026-09-14"),  # Kirundi's March: its Nyakanga is September
        ("5 Werurwe 2026", "14 Nyakanga 2026", "2026-07-14"),  # Kinyarwanda's March: July
    ],
)
def test_a_disputed_month_is_read_in_the_language_of_the_forms_other_dates(
    tmp_path: Path, form: str, opened: str, closed: str, read: str
) -> None:
    """``Nyakanga`` is Kinyarwanda's July and Kirundi's September: beside ``5 Ntwarante 2026``
    (a month word Kirundi alone names) it is September, said (before: July, whatever the form's
    other dates). The warning stays (a date to check), naming the language that decided."""
    path = landscape_book(
        tmp_path / "8d.xlsx", _eight_d(opened, closed), {"A": 20, "B": 50, "C": 14, "D": 22}
    )
    doc = read_doc(book_as(path, form), "8d")
    assert doc["record"]["closure"]["closed_date"] == read, doc["record"]["closure"]
    said = [p for p in doc["warnings"] if p["code"] == "date_month_disputed"]
    assert said, doc["warnings"]
    if read.endswith("09-14"):
        assert any("Rundi" in p["message"] for p in said), said


# ------------------------------------------------ a clerk's line under a numbered list; a wrap indented
@pytest.mark.parametrize("form", FORMS)
def test_a_clerks_line_right_under_the_list_is_said_though_no_item_follows(tmp_path: Path, form: str) -> None:
    """``客户要求8/15前补货`` under item 3's part number (no note's caption, no item after it):
    the list ends there, said ``table_line_under_list`` (before: ended without a word); the items
    are read, the line joined to none of them."""
    from test_reader31 import _items, _listed

    doc = _listed(tmp_path, form, [], after=[[None, "客户要求8/15前补货"]])
    assert [i[0] for i in _items(doc)] == ["JD-BLU-3101", "JD-FPC-3102", "JD-LGP-3103"]
    assert "table_line_under_list" in field_codes(doc, "items")


@pytest.mark.parametrize("form", FORMS)
def test_the_forms_next_field_or_blank_below_under_the_list_is_no_clerks_line(
    tmp_path: Path, form: str
) -> None:
    """``退貨原因`` (a field's label) right under item 3, or ``以下空白``: nothing said."""
    from test_reader31 import _listed

    for after in ([], [[None, None, None, "以下空白"]]):
        doc = _listed(tmp_path, form, [], after=after)
        assert not {"table_list_stopped", "table_line_under_list"} & set(field_codes(doc, "items")), after
        assert doc["record"]["reason"] == "背光暗點，軟板折傷。"


def test_a_wrapped_line_indented_goes_on_with_its_item() -> None:
    """A print that indents a wrapped name's next line (a hanging indent of two characters):
    the line goes on with the item (before: it ended the list, items 2 and 3 unread)."""
    from kesu_docs.parse.boxes import Box
    from kesu_docs.parse.table_lines import labelled_lines

    columns = {"料號": "part_no", "品名": "part_name", "核准": "qty_approved", "退回": "qty_returned"}
    texts = (
        (("1. 料號", 0), ("A-1", 40), ("品名", 80), ("背光模組（含", 120), ("核准", 200), ("240", 240)),
        (("導光板）", 120 + 2 * 5),),
        (("2. 料號", 0), ("A-2", 40), ("品名", 80), ("膠框", 120), ("核准", 200), ("60", 240)),
        (("3. 料號", 0), ("A-3", 40), ("品名", 80), ("軟板", 120), ("核准", 200), ("30", 240)),
    )
    bands = [
        [Box(t, t, x, 10.0 * n, x + 35 + 40 * (t == "背光模組（含"), 10.0 * n + 5, "p1") for t, x in line]
        for n, line in enumerate(texts, start=1)
    ]
    listed = labelled_lines(bands, columns.get, frozenset({"part_name"}))
    assert [c["part_name"].value for c, _ in listed.lines] == ["背光模組（含導光板）", "膠框", "軟板"]
    assert listed.stopped_at is None
