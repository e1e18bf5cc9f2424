"""The reader's gaps round 29 left (issue 10), each rule shown on files made here (workbooks by
openpyxl, LibreOffice's print where the print matters) or on the rule's own words:

- **LibreOffice's lock file** (``.~lock.客诉单.xlsx#``, beside a document LibreOffice has open: the
  user, the computer, the time) is said as what it is, named as it is or renamed, in zh and en;
  a folder's batch passes it over with a note on stderr, as Excel's ``~$`` owner file.
- **A tax row's rate with a decimal comma** (``VAT 16,5 %``) is read as any rate: the line's tax
  row, the form's rate; a tax row is a line's only when its figure is the tax of the line's
  *amount* (never of its unit price).
- **"N more" in a D7 text** in Chinese and the other languages of :data:`value_cues.MORE_WORDS`,
  the place word still needed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest
from helpers import book_as, field_codes, landscape_book, read_doc, ruled, run_cli

FORMS = ["xlsx", "pdf"]


# --------------------------------------------------------------------- LibreOffice's lock file
def _libreoffice_lock(user: str, system: str = "zhoumin", computer: str = "QA-PC-07") -> bytes:
    """A lock file as LibreOffice writes it (svl's LockFileCommon): the User Data name, the
    system's user name, the computer, the time opened and the profile's URL, ``,`` between,
    ``;`` after; a comma in a field escaped by a backslash."""
    fields = [user, system, computer, "05.12.2026 09:31", f"file:///home/{system}/.config/libreoffice/4"]
    escaped = [f.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;") for f in fields]
    return (",".join(escaped) + ";").encode("utf-8")


@pytest.mark.parametrize("name", [".~lock.客诉单.xlsx#", "客诉单.xlsx", "客诉单.pdf"])
@pytest.mark.parametrize("user", ["周敏", "Zhou, Min"])
def test_libreoffices_lock_file_is_said_as_the_lock_file_of_an_open_document(
    tmp_path: Path, name: str, user: str
) -> None:
    path = tmp_path / name
    path.write_bytes(_libreoffice_lock(user))
    for lang, said in (
        ("en", "LibreOffice's lock file of an open document"),
        ("zh", "LibreOffice 打开文件时"),
    ):
        doc = read_doc(path, lang=lang)
        assert doc["record"] is None
        [error] = doc["errors"]
        message = error["message"]
        assert said in message and user in message and "QA-PC-07" in message, message
    assert "close the document in LibreOffice" in read_doc(path)["errors"][0]["message"]


def test_a_lock_file_without_a_user_data_name_names_the_systems_user(tmp_path: Path) -> None:
    path = tmp_path / ".~lock.ks.xlsx#"
    path.write_bytes(_libreoffice_lock("", system="qa-clerk"))
    assert "'qa-clerk'" in read_doc(path)["errors"][0]["message"]


@pytest.mark.parametrize(
    "data",
    [
        b"a,b,c,d,e;",  # five fields, no time opened
        b"Part,Qty,Unit,05.12.2026 09:31,Remark;\nGW-1,12,pcs,05.12.2026 09:31,ok",  # a CSV's lines
    ],
)
def test_a_small_text_of_another_shape_is_no_lock_file(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "ks.xlsx"
    path.write_bytes(data)
    [error] = read_doc(path)["errors"]
    assert "lock file" not in error["message"]


def test_a_folders_batch_passes_libreoffices_lock_file_over_with_a_note(tmp_path: Path) -> None:
    rows = [
        ["客户投诉单"],
        ["投诉编号", "TS-2612-031", "收到日期", "2026-12-04"],
        ["客户", "长城汽车股份有限公司"],
    ]
    landscape_book(tmp_path / "in" / "客诉单.xlsx", rows)
    (tmp_path / "in" / ".~lock.客诉单.xlsx#").write_bytes(_libreoffice_lock("Zhou Min"))
    (tmp_path / "in" / ".~lock.说明.odt#").write_bytes(_libreoffice_lock("Li Na"))  # (no form's)
    code, out = run_cli("--lang", "en", "parse", tmp_path / "in")
    assert ".~lock.客诉单.xlsx#" in out and "LibreOffice's lock file" in out and "Zhou Min" in out, out
    assert "Li Na" not in out
    assert out.count('"source"') == 1  # one record: the form's; the lock file is no row
    code, out = run_cli("parse", tmp_path / "in")
    assert "LibreOffice 打开文件时留下的锁定文件" in out and "Zhou Min" in out, out


# ------------------------------------------------------------------------------ tax rows
def _allowance(tmp_path: Path, form: str, rows: list[list[Any]]) -> dict[str, Any]:
    head: list[list[Any]] = [
        ["銷貨折讓單"],
        ["折讓單號", "ZR-TN-2612-007", "開立日期", "2026/12/01"],
        ["買受人", "台達電子工業股份有限公司", "統一編號", "30215485"],
        ["品名", "數量", "單價", "折讓金額"],
    ]
    path = landscape_book(tmp_path / "zr.xlsx", head + rows, {"A": 24, "B": 16, "C": 14, "D": 18}, grid=True)
    return read_doc(book_as(path, form), "allowance")


@pytest.mark.parametrize("form", FORMS)
def test_a_lines_tax_row_with_a_decimal_comma_rate(tmp_path: Path, form: str) -> None:
    tax = "VAT 16,5 %"
    rows: list[list[Any]] = [
        ["散熱膏", "2,000", "3.50", "7,000.00"],
        [tax, None, None, "1,155.00"],
        ["絕緣片", "8,000", "0.40", "3,200.00"],
        [tax, None, None, "528.00"],
        ["折讓金額合計", "10,200.00"],
    ]
    record = _allowance(tmp_path, form, rows)["record"]
    assert [(i["name"], i["allowance_amount"], i["tax"]) for i in record["items"]] == [
        ("散熱膏", "7000.00", "1155.00"),
        ("絕緣片", "3200.00", "528.00"),
    ]


def test_a_rate_with_a_decimal_comma_is_a_rate_and_a_tax_lines_caption() -> None:
    from decimal import Decimal

    from kesu_docs.parse.boxes import Box
    from kesu_docs.parse.guards import _tax_line
    from kesu_docs.parse.table_lines import line_tax
    from kesu_docs.values import _ratio

    assert _ratio("VAT 16,5 %") == Decimal("0.165") and _ratio("IVA 16%") == Decimal("0.16")
    assert _tax_line("VAT 16,5 %") and _tax_line("ICMS 12 % / Tax 12 %")
    band = [
        Box(c, c, 100.0 * i, 0.0, 100.0 * i + 80, 10.0, f"A{i}")
        for i, c in enumerate(["DPH 21,5 %", "215,00"])
    ]
    read = line_tax(band)
    assert read is not None and read[3] == Decimal("0.215")


@pytest.mark.parametrize("form", FORMS)
def test_a_tax_row_agreeing_with_the_unit_price_only_is_no_lines_tax(tmp_path: Path, form: str) -> None:
    """``營業稅 5% | 5``: 5 % of the unit price 100, not of the line's amount 20,000."""
    rows: list[list[Any]] = [
        ["散熱模組", "200", "100.00", "20,000"],
        ["營業稅 5%", None, None, "5"],
        ["折讓金額合計", "20,000"],
    ]
    record = _allowance(tmp_path, form, rows)["record"]
    assert [i["allowance_amount"] for i in record["items"]] == ["20000.00"]
    assert record["items"][0]["tax"] != "5.00"


# ---------------------------------------------------------------------------------- N more
@pytest.mark.parametrize(
    ("text", "elsewhere"),
    [
        ("另外3条线同步加装防错治具。", True),
        ("其餘2台窯爐比照設定溫度上限。", True),
        ("再2个工站增加目视检查。", True),
        ("另外增加2个检验点。", False),  # (checkpoints: the same place's check)
        ("An 2 weiteren Öfen eingeführt.", True),
        ("Noch 2 Prüfschritte ergänzt.", False),
        ("Ook doorgevoerd op nog 3 persen.", True),
        ("Étendu à 2 autres fours.", True),
        ("Aplicado en 3 hornos más.", True),
        ("Aplicado em mais 2 linhas.", True),
        ("Diterapkan di 2 mesin lagi.", True),
        ("Áp dụng thêm 2 dây chuyền.", True),
        ("Added 2 more inspection points.", False),
        ("Rolled to 2 more plants.", True),
    ],
)
def test_n_more_elsewhere_in_the_languages_of_the_table(text: str, elsewhere: bool) -> None:
    from kesu_docs.parse.value_cues import TEXT_SUBJECTS

    assert bool(TEXT_SUBJECTS["prevention.horizontal_deployment"].search(text)) is elsewhere


def test_each_n_more_row_names_its_languages_shapes_places_and_source() -> None:
    from kesu_docs.parse.value_cues import MORE_WORDS

    for row in MORE_WORDS:
        assert row.languages and row.places and row.source
        assert all("N" in shape and "P" in shape for shape in row.shapes)
    assert {"en", "zh-Hans", "zh-Hant"} <= {lang for row in MORE_WORDS for lang in row.languages}


# ------------------------------------------------------------------- Breton's short month words
@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("7 a viz Here 2026", "2026-10-07"),
        ("5 a viz Mae 2026", "2026-05-05"),  # (Luxembourgish Mäe is March: the cue settles it)
        ("15 a viz Eost 2026", "2026-08-15"),
        ("5 a viz Meurzh 2026", "2026-03-05"),  # (a wide name: as before)
    ],
)
def test_a_cldr_only_languages_short_month_word_read_when_the_date_names_its_language(
    text: str, date: str
) -> None:
    from kesu_docs.values import date_in_doubt, parse_date

    assert parse_date(text).isoformat() == date
    assert date_in_doubt(text) is None


@pytest.mark.parametrize("text", ["7 Here 2026", "9 a Here 2026", "7 of Here 2026"])
def test_a_short_month_word_without_its_languages_cue_is_still_no_date(text: str) -> None:
    from kesu_docs.values import parse_date

    with pytest.raises(ValueError):
        parse_date(text)


@pytest.mark.parametrize("form", FORMS)
def test_a_breton_date_with_a_short_month_word_on_a_form(tmp_path: Path, form: str) -> None:
    rows: list[list[Any]] = [
        ["KEMENN KLEMM / CUSTOMER COMPLAINT"],
        ["Niverenn / Complaint No.", "CC-26-1007", "Resevet / Received", "7 a viz Here 2026"],
        ["Kliant / Customer", "Breizh Kanned SARL", "Part No.", "BZ-KN-2207"],
        ["Kudenn / Problem description", "Torr war ar stagell (clip broken)."],
    ]
    path = landscape_book(tmp_path / "ck.xlsx", rows, {"A": 28, "B": 30, "C": 22, "D": 22})
    record = read_doc(book_as(path, form), "complaint")["record"]
    assert record["received_date"] == "2026-10-07"


# ------------------------------------------------------------------- one group word over blanks
def _grouped_return(tmp_path: Path, form: str, group: list[Any], header: list[Any]) -> dict[str, Any]:
    rows: list[list[Any]] = [
        ["退货单"],
        ["退货单号", "RT-NB-2612-041", "退货日期", "2026-12-02"],
        ["客户", "宁波拓普集团股份有限公司", "客诉单号", "TP-QA-261129"],
        group,
        header,
        ["TP-ALU-7101", "铝锭", "A356", 240],
        ["TP-CU-7102", "铜排", "T2 10×60", 78],
        ["退货原因", "成分超标。"],
    ]
    path = ruled(landscape_book(tmp_path / "rt.xlsx", rows, {"A": 18, "B": 26, "C": 18, "D": 16}), "A4:D8")
    return read_doc(book_as(path, form), "return")


@pytest.mark.parametrize("form", FORMS)
def test_a_single_group_word_over_blank_cells_names_the_columns_under_it(tmp_path: Path, form: str) -> None:
    """``物料 |  |  | 数量`` over ``编号 | 名称 | 规格 | 实收``: 物料 stands for the blank cells right of it
    (物料编号, 物料名称), 数量 over its one column (数量 实收), as reader29 reads a row of two groups."""
    doc = _grouped_return(tmp_path, form, ["物料", None, None, "数量"], ["编号", "名称", "规格", "实收"])
    items = doc["record"]["items"]
    assert [(i["part_no"], i["part_name"], i["qty_returned"]) for i in items] == [
        ("TP-ALU-7101", "铝锭", 240),
        ("TP-CU-7102", "铜排", 78),
    ]


def test_a_lone_word_over_blank_cells_is_still_no_group(tmp_path: Path) -> None:
    """``明细 |  |  |`` (a caption over the table, one word alone): no group, as reader29 left it."""
    doc = _grouped_return(
        tmp_path, "xlsx", ["明细", None, None, None], ["物料编号", "物料名称", "规格", "实收数量"]
    )
    items = doc["record"]["items"]
    assert [(i["part_no"], i["qty_returned"]) for i in items] == [("TP-ALU-7101", 240), ("TP-CU-7102", 78)]


# ------------------------------------------------------------ two merged cells on one table line
def _return_with_merges(
    tmp_path: Path, merges: list[str], line: list[Any], last: list[Any] | None = None
) -> Path:
    rows: list[list[Any]] = [
        ["退货单"],
        ["退货单号", "RT-NB-2612-043", "退货日期", "2026-12-03"],
        ["客户", "宁波拓普集团股份有限公司", "客诉单号", "TP-QA-261130"],
        ["物料编码", "物料名称", "单位", "核准数量", "实退数量", "单价", "金额"],
        ["TP-ALU-7101", "铝锭", "kg", 250, 240, 18.5, 4440],
        line,
        ["TP-ZN-7103", "锌锭", "kg", 60, 60, 22, 1320],
        last or [None],
        ["退货原因", "成分超标。"],
    ]
    widths = {"A": 16, "B": 22, "C": 8, "D": 12, "E": 12, "F": 10, "G": 12}
    return ruled(landscape_book(tmp_path / "rt.xlsx", rows, widths), "A4:G8", merges)  # (ruled as printed)


@pytest.mark.parametrize("form", FORMS)
def test_a_line_with_two_cells_merged_over_their_next_columns_is_read(tmp_path: Path, form: str) -> None:
    """``铜排（规格另附）`` over 物料名称 and 单位, ``80`` over 核准数量 and 实退数量 (the clerk merged
    the two counts), the price and amount beside: each value for the column it starts in, the
    spanned columns empty and said (the lines above and below fill them); the line after read too
    — the table ended at such a line before (said, not read)."""
    line = ["TP-CU-7102", "铜排（规格另附）", None, 80, None, 52, 4160]
    doc = read_doc(book_as(_return_with_merges(tmp_path, ["B6:C6", "D6:E6"], line), form), "return")
    items = doc["record"]["items"]
    assert [(i["part_no"], i["part_name"], i["unit"]) for i in items] == [
        ("TP-ALU-7101", "铝锭", "kg"),
        ("TP-CU-7102", "铜排（规格另附）", None),
        ("TP-ZN-7103", "锌锭", "kg"),
    ]
    assert [(i["qty_approved"], i["qty_returned"]) for i in items] == [(250, 240), (80, None), (60, 60)]
    assert field_codes(doc, "items[1].unit") == {"table_cell_over_columns"}
    assert "table_cell_over_columns" in field_codes(doc, "items[1].qty_returned")
    assert "table_row_unclear" not in {p["code"] for p in doc["warnings"]}


def test_two_notes_merged_across_the_whole_table_under_its_lines_still_end_it(tmp_path: Path) -> None:
    """Two notes merged over the table's every column between them, nothing beside: no line."""
    path = _return_with_merges(
        tmp_path,
        ["A8:C8", "D8:G8"],
        ["TP-CU-7102", "铜排", "kg", 80, 78, 52, 4056],
        ["注：同批退回", None, None, "规格见附件"],
    )
    items = read_doc(path, "return")["record"]["items"]
    assert [i["part_no"] for i in items] == ["TP-ALU-7101", "TP-CU-7102", "TP-ZN-7103"]


# ------------------------------------------------- a totals line above the lines; MK in a profile
def _credit_note(path: Path, number: str, lines: list[list[Any]], totals: tuple[int, int]) -> Path:
    """A credit note whose totals line stands right under the header, above the lines, and whose
    amounts are number cells shown ``MK…`` by their format (the Malawian kwacha)."""
    net = sum(line[3] for line in lines)
    rows: list[list[Any]] = [
        ["CREDIT NOTE"],
        ["Credit Note No.", number, "Date", "2026-11-20"],
        ["Buyer", "Nyasa Bottling Ltd", "Invoice No.", "INV-26-1187"],
        [],
        ["Item", "Qty", "Unit price", "Net", "VAT 16.5%"],
        ["Totals", None, None, *totals],
        *lines,
        [],
        ["Total incl. VAT", net + sum(line[4] for line in lines)],
        ["Approved by", "Chisomo Mwale"],
    ]
    landscape_book(path, rows, {"A": 30, "B": 14, "C": 16, "D": 16, "E": 16}, grid=True)
    book = openpyxl.load_workbook(path)
    for row in book.active.iter_rows(min_row=6, max_row=len(rows), min_col=3, max_col=5):
        for cell in row:
            if isinstance(cell.value, (int, float)):
                cell.number_format = '"MK"#,##0.00'
    book.active[f"B{len(rows) - 1}"].number_format = '"MK"#,##0.00'
    book.save(path)
    return path


_LINES_1 = [["Crown cork press CP-4", 20, 1500, 30000, 4950], ["Filler valve FV-9", 40, 250, 10000, 1650]]
_LINES_2 = [["Label drum LD-2", 10, 3200, 32000, 5280]]


@pytest.mark.parametrize("form", FORMS)
def test_a_totals_line_above_the_lines_equal_to_their_sums_is_read(tmp_path: Path, form: str) -> None:
    doc = read_doc(
        book_as(_credit_note(tmp_path / "cn.xlsx", "CN-NB-1120", _LINES_1, (40000, 6600)), form), "allowance"
    )
    record = doc["record"]
    assert (record["total_excl_tax"], record["total_tax"]) == ("40000.00", "6600.00")
    for field in ("total_excl_tax", "total_tax"):
        assert "total_not_read" not in field_codes(doc, field)  # (read from the totals line, not computed)


@pytest.mark.parametrize("form", FORMS)
def test_a_totals_line_above_the_lines_other_than_their_sums_is_still_said(tmp_path: Path, form: str) -> None:
    """``Totals | 41,000 | 6,600`` over lines adding up to 40,000: not taken as the net (said)."""
    doc = read_doc(
        book_as(_credit_note(tmp_path / "cn.xlsx", "CN-NB-1121", _LINES_1, (41000, 6600)), form), "allowance"
    )
    assert doc["record"]["total_excl_tax"] != "41000.00"
    assert "total_not_read" in field_codes(doc, "total_excl_tax")


def test_a_profile_learned_on_the_print_places_amounts_in_a_currency_and_the_totals_above(
    office: Path,
) -> None:
    """Learned on the PDF of one note (``MK30,000.00``: the CLDR's sign of the Malawian kwacha),
    the profile reads another copy's every amount and its totals line above the lines; the
    lines' columns headed by the header, never by the totals line over the lines."""
    first = book_as(_credit_note(office / "one" / "cn.xlsx", "CN-NB-1120", _LINES_1, (40000, 6600)), "pdf")
    assert run_cli("learn", first, "--kind", "allowance")[0] == 0
    second = book_as(_credit_note(office / "two" / "cn.xlsx", "CN-NB-1122", _LINES_2, (32000, 5280)), "pdf")
    doc = read_doc(second, "allowance")
    assert "profile_used" in {p["code"] for p in doc["warnings"]}
    record = doc["record"]
    assert [
        (i["name"], i["qty"], i["unit_price"], i["allowance_amount"], i["tax"]) for i in record["items"]
    ] == [("Label drum LD-2", 10, "3200.00", "32000.00", "5280.00")]
    assert (record["total_excl_tax"], record["total_tax"], record["total"]) == (
        "32000.00",
        "5280.00",
        "37280.00",
    )
    fallback = {p["code"] for p in doc["warnings"]} & {"profile_reader_fallback", "profile_reader_rows_taken"}
    assert not fallback, doc["warnings"]


def test_a_home_currencys_sign_before_a_figure_is_read_by_the_profile() -> None:
    from decimal import Decimal

    from kesu_docs.parse.profile import _number

    assert _number("MK72,750.00") == Decimal("72750.00")
    assert _number("K2") is None  # (a one-letter sign only before money's shape: K2 is a code)
