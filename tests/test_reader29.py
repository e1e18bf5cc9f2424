"""The reader's gaps round 28 left (issue 10), each rule shown on files made here (workbooks by
openpyxl, LibreOffice's print where the print matters, PDFs by pypdf):

- **Excel's owner file** (``~$x.xlsx``, the lock file beside an open workbook: the user's name,
  165 bytes) is said as what it is, with the user's name and what to do; a folder's batch passes
  it over with a note on stderr (a clerks' shared folder always holds some).
- **A profile's code read through the form's legend** is said with the legend
  (``read_through_legend``), as the generic reader's is.
- **A group header row not merged** (``物料 |  | 数量 |  `` over ``编号 | 名称 | 订单 | 实收``): each
  group word stands over the blank cells right of it.
- **A line's cell merged over the next column**: read for the column it starts in, the spanned
  column empty (said where a value is expected), the table going on.
- **A PDF whose pages hold no form but carry attached files**: the attached form read and said,
  else the attachments named — never "no text layer (a scan)".
- **The workbook beside a print** is read only for a text the print cuts: a title printed whole
  that begins with the cut text is no such cell.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from helpers import book_as, field_codes, landscape_book, read_doc, run_cli, soffice_convert
from openpyxl.styles import Border, Side


# ------------------------------------------------------------------------- Excel's owner file
def _owner_file(user: str, ansi: bytes | None = None) -> bytes:
    """Excel's owner file as Excel writes it: a length byte, the name in the system's code page
    padded with spaces to 54 bytes, then the name's length and the name in UTF-16, 165 bytes."""
    ansi = user.encode("ascii") if ansi is None else ansi
    head = bytes([len(ansi)]) + ansi.ljust(53, b" ")
    return (head + len(user).to_bytes(2, "little") + user.encode("utf-16-le")).ljust(165, b" ")


@pytest.mark.parametrize(("user", "ansi"), [("Zhou Min", None), ("周敏", "周敏".encode("gbk"))])
def test_excels_owner_file_is_said_as_the_lock_file_of_an_open_workbook(
    tmp_path: Path, user: str, ansi: bytes | None
) -> None:
    path = tmp_path / "~$客诉单.xlsx"
    path.write_bytes(_owner_file(user, ansi))
    for lang, said in (("en", "Excel's lock file of an open workbook"), ("zh", "Excel 打开工作簿时")):
        doc = read_doc(path, lang=lang)
        assert doc["record"] is None
        [error] = doc["errors"]
        assert said in error["message"] and user in error["message"], error["message"]
    assert "close Excel" in read_doc(path)["errors"][0]["message"]


def test_a_small_file_of_another_shape_is_no_owner_file(tmp_path: Path) -> None:
    """A text of the same size, a length byte first but no UTF-16 name after the padding: as before."""
    path = tmp_path / "ks.xlsx"
    path.write_bytes(bytes([8]) + b"Zhou Min".ljust(164, b" "))
    [error] = read_doc(path)["errors"]
    assert "lock file" not in error["message"]


def test_a_folders_batch_passes_the_owner_file_over_with_a_note(tmp_path: Path) -> None:
    rows = [
        ["客户投诉单"],
        ["投诉编号", "TS-2607-031", "收到日期", "2026-07-08"],
        ["客户", "长城汽车股份有限公司"],
    ]
    landscape_book(tmp_path / "in" / "客诉单.xlsx", rows)
    (tmp_path / "in" / "~$客诉单.xlsx").write_bytes(_owner_file("Zhou Min"))
    code, out = run_cli("--lang", "en", "parse", tmp_path / "in")
    assert "~$客诉单.xlsx" in out and "lock file" in out and "Zhou Min" in out, out
    assert out.count('"source"') == 1  # one record: the form's; the lock file is no row
    assert code == 0 or "TS-2607-031" in out


# --------------------------------------------------------------- a profile's code and its legend
def _coded_complaint(number: str, code: str) -> list[list[Any]]:
    return [
        ["客户投诉单"],
        ["投诉编号", number, "收到日期", "2026-07-08"],
        ["客户", "长城汽车股份有限公司", "产品编号", "GW-HSG-2204"],
        ["交付数量", 4000, "不合格数", 60],
        ["客户要求（代码）", code, "销售经理", "钱志远"],
        ["不良描述", "壳体砂眼，气密测试泄漏。"],
        ["代码说明\n客户要求：A=退货  B=换货  C=特采  D=返工"],
    ]


@pytest.mark.parametrize("form", ["xlsx", "pdf"])
def test_a_profiles_code_read_through_the_legend_is_said_with_it(office: Path, form: str) -> None:
    widths = {"A": 18, "B": 30, "C": 14, "D": 30}
    first = book_as(
        landscape_book(office / "one" / "ks.xlsx", _coded_complaint("TS-2607-019", "C"), widths), form
    )
    assert run_cli("learn", first, "--kind", "complaint")[0] == 0
    second = book_as(
        landscape_book(office / "two" / "ks.xlsx", _coded_complaint("TS-2607-020", "D"), widths), form
    )
    doc = read_doc(second, "complaint")
    assert doc["record"]["number"] == "TS-2607-020"
    assert doc["record"]["customer_request"] == ["rework"]
    assert field_codes(doc, "customer_request") >= {"read_through_legend"}
    [note] = [p for p in doc["warnings"] if p["code"] == "read_through_legend"]
    assert "'D'" in note["message"] and "A=退货 B=换货 C=特采 D=返工" in note["message"]


# ------------------------------------------------------- a group header row not merged over its columns
@pytest.mark.parametrize("form", ["xlsx", "pdf"])
@pytest.mark.parametrize("merged", [False, True])
def test_a_group_row_over_blank_cells_names_the_columns_under_it(
    tmp_path: Path, form: str, merged: bool
) -> None:
    """``物料 |  | 数量 |  `` over ``编号 | 名称 | 订单 | 实收``: each group word stands for the blank
    cells right of it (merged or not), so ``编号`` under ``物料`` is the part number and ``实收``
    under ``数量`` the quantity received — not ``数量`` alone over the order's column (read as the
    returned quantity, silently, before)."""
    rows: list[list[Any]] = [
        ["退货单"],
        ["退货单号", "RT-NB-2607-031", "退货日期", "2026-07-14"],
        ["客户", "宁波拓普集团股份有限公司", "客诉单号", "TP-QA-260709"],
        ["物料", None, "数量", None],
        ["编号", "名称", "订单", "实收"],
        ["TP-ALU-7101", "铝锭", 250, 240],
        ["TP-CU-7102", "铜排", 80, 78],
        ["退货原因", "成分超标。"],
    ]
    path = landscape_book(tmp_path / "rt.xlsx", rows, {"A": 18, "B": 30, "C": 16, "D": 16})
    book = openpyxl.load_workbook(path)
    thin = Side(style="thin")
    for row in book.active["A4:D7"]:  # the table ruled, as a form prints it
        for cell in row:
            cell.border = Border(thin, thin, thin, thin)
    if merged:
        for group in ("A4:B4", "C4:D4"):
            book.active.merge_cells(group)
    book.save(path)
    doc = read_doc(book_as(path, form), "return")
    items = doc["record"]["items"]
    assert [(i["part_no"], i["part_name"]) for i in items] == [
        ("TP-ALU-7101", "铝锭"),
        ("TP-CU-7102", "铜排"),
    ]
    assert [i["qty_returned"] for i in items] == [240, 78]
    assert "unread_label" in {p["code"] for p in doc["warnings"]}  # 订单 (the order's quantity): said unread


def test_a_label_and_value_row_over_a_header_is_no_group_row(tmp_path: Path) -> None:
    """A row of labels and values right above the table's header: no group words (a value stands
    over each lower name's cell), the columns read by the header alone, as before."""
    rows: list[list[Any]] = [
        ["退货单"],
        ["退货单号", "RT-NB-2607-032", "客诉单号", "TP-QA-260710"],
        ["物料编号", "物料名称", "核准数量", "实收数量"],
        ["TP-ALU-7101", "铝锭", 250, 240],
        ["退货原因", "成分超标。"],
    ]
    doc = read_doc(landscape_book(tmp_path / "rt.xlsx", rows, {"A": 18, "B": 30, "C": 16, "D": 16}), "return")
    [item] = doc["record"]["items"]
    assert (item["part_no"], item["qty_approved"], item["qty_returned"]) == ("TP-ALU-7101", 250, 240)
    assert doc["record"]["number"] == "RT-NB-2607-032"


# ------------------------------------------------------------ a PDF whose only content is an attachment
def _blank_with(tmp_path: Path, name: str, attached: dict[str, bytes]) -> Path:
    """A blank A4 page (pypdf) with ``attached`` files (name → bytes), as a portal or a clerk's
    'attach file' makes it."""
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(595.28, 841.89)
    for file, data in attached.items():
        writer.add_attachment(file, data)
    path = tmp_path / name
    with path.open("wb") as out:
        writer.write(out)
    return path


def _complaint_book(path: Path, number: str) -> Path:
    rows: list[list[Any]] = [
        ["客户投诉单"],
        ["投诉编号", number, "收到日期", "2026-07-08"],
        ["客户", "长城汽车股份有限公司", "产品编号", "GW-HSG-2204"],
        ["不良描述", "壳体砂眼，气密测试泄漏。"],
    ]
    return landscape_book(path, rows, {"A": 18, "B": 30, "C": 14, "D": 30})


@pytest.mark.parametrize("form", ["xlsx", "pdf"])
def test_a_form_attached_to_a_blank_pdf_is_read_and_said(tmp_path: Path, form: str) -> None:
    sent = book_as(_complaint_book(tmp_path / "made" / "ks.xlsx", "TS-2607-041"), form)
    pdf = _blank_with(tmp_path, "scan.pdf", {f"客诉单.{form}": sent.read_bytes()})
    before = sorted(p.name for p in tmp_path.rglob("*"))
    doc = read_doc(pdf, lang="en")
    assert doc["record"]["number"] == "TS-2607-041"
    assert doc["source"].endswith(f"scan.pdf#客诉单.{form}")
    [said] = [p for p in doc["warnings"] if p["code"] == "read_from_attachment"]
    assert f"'客诉单.{form}'" in said["message"]
    # the attachment named beside it: read as data, never run or handed on (lead: it said "never opens")
    [actions] = [p for p in doc["warnings"] if p["code"] == "pdf_actions_not_run"]
    assert "as data" in actions["message"] and "never runs" in actions["message"]
    assert sorted(p.name for p in tmp_path.rglob("*")) == before  # nothing written


def test_a_portfolios_cover_page_over_an_attached_form(tmp_path: Path) -> None:
    """A cover page with a line of text (a portfolio's "open it in Acrobat", no form's label) and
    the form attached: the attached form is read; with only a text file attached, the cover's
    words are said as before (no form found), not the attachment."""
    from fpdf import FPDF
    from pypdf import PdfReader, PdfWriter

    cover = FPDF()
    cover.add_page()
    cover.set_font("helvetica", size=12)
    cover.cell(text="For the best experience, open this PDF portfolio in Acrobat.")
    book = _complaint_book(tmp_path / "made" / "ks.xlsx", "TS-2607-043").read_bytes()
    for name, attached in (("with-form.pdf", book), ("with-text.pdf", b"see the form\n")):
        writer = PdfWriter(clone_from=PdfReader(io.BytesIO(bytes(cover.output()))))
        writer.add_attachment("ks.xlsx" if attached is book else "note.txt", attached)
        with (tmp_path / name).open("wb") as out:
            writer.write(out)
    doc = read_doc(tmp_path / "with-form.pdf")
    assert doc["record"]["number"] == "TS-2607-043"
    assert "read_from_attachment" in {p["code"] for p in doc["warnings"]}
    [error] = read_doc(tmp_path / "with-text.pdf")["errors"]
    assert error["code"] != "pdf_attachments_only" and "portfolio" in error["message"]


def test_an_attachment_that_is_no_form_is_named_not_called_a_scan(tmp_path: Path) -> None:
    pdf = _blank_with(tmp_path, "rn.pdf", {"return-note.txt": b"Return No.: RN-AT-2603-007\n"})
    for lang, said in (
        ("en", "only attached file(s) (return-note.txt)"),
        ("zh", "只带有附件（return-note.txt）"),
    ):
        [error] = read_doc(pdf, lang=lang)["errors"]
        assert error["code"] == "pdf_attachments_only" and said in error["message"], error["message"]
        assert "OCR" not in error["message"]


def test_an_attachments_name_is_never_a_path_and_one_level_is_opened(tmp_path: Path) -> None:
    """A name with folders (``../../ks.xlsx``) is shown by its last part; a PDF attached inside an
    attached blank PDF is not opened (one level deep): named, unread."""
    book = _complaint_book(tmp_path / "made" / "ks.xlsx", "TS-2607-042").read_bytes()
    doc = read_doc(_blank_with(tmp_path, "a.pdf", {"../../ks.xlsx": book}))
    assert doc["record"]["number"] == "TS-2607-042" and doc["source"].endswith("a.pdf#ks.xlsx")
    inner = _blank_with(tmp_path, "inner.pdf", {"ks.xlsx": book}).read_bytes()
    [error] = read_doc(_blank_with(tmp_path, "outer.pdf", {"inner.pdf": inner}))["errors"]
    assert error["code"] == "pdf_attachments_only" and "inner.pdf" in error["message"]


# ------------------------------------------------------- a line's cell merged over the next column
def _return_with_merged(tmp_path: Path, merged: str, last: list[Any] | None = None) -> Path:
    rows: list[list[Any]] = [
        ["退货单"],
        ["退货单号", "RT-NB-2607-033", "退货日期", "2026-07-14"],
        ["客户", "宁波拓普集团股份有限公司", "客诉单号", "TP-QA-260711"],
        ["物料编码", "物料名称", "单位", "核准数量", "实退数量"],
        ["TP-ALU-7101", "铝锭", "kg", 250, 240],
        ["TP-CU-7102", "铜排（规格另附）", None, 80, 78],
        ["TP-ZN-7103", "锌锭", "kg", 60, 60],
        last or [None],
        ["退货原因", "成分超标。"],
    ]
    path = landscape_book(tmp_path / "rt.xlsx", rows, {"A": 18, "B": 24, "C": 12, "D": 14, "E": 14})
    book = openpyxl.load_workbook(path)
    thin = Side(style="thin")
    for row in book.active["A4:E8"]:  # the table ruled, as a form prints it
        for cell in row:
            cell.border = Border(thin, thin, thin, thin)
    book.active.merge_cells(merged)
    book.save(path)
    return path


@pytest.mark.parametrize("form", ["xlsx", "pdf"])
def test_a_lines_name_merged_over_the_next_column_is_read_and_the_table_goes_on(
    tmp_path: Path, form: str
) -> None:
    """``铜排（规格另附）`` merged over 物料名称 and 单位, the line's figures beside it: read as the
    name, the unit left empty and said (the lines above give one); the line after it read too —
    the table ended there before (said, not read)."""
    doc = read_doc(book_as(_return_with_merged(tmp_path, "B6:C6"), form), "return")
    items = doc["record"]["items"]
    assert [(i["part_no"], i["part_name"], i["unit"]) for i in items] == [
        ("TP-ALU-7101", "铝锭", "kg"),
        ("TP-CU-7102", "铜排（规格另附）", None),
        ("TP-ZN-7103", "锌锭", "kg"),
    ]
    assert [(i["qty_approved"], i["qty_returned"]) for i in items] == [(250, 240), (80, 78), (60, 60)]
    assert field_codes(doc, "items[1].unit") == {"table_cell_over_columns"}
    assert "table_row_unclear" not in {p["code"] for p in doc["warnings"]}


def test_a_note_merged_across_the_table_under_its_lines_still_ends_it(tmp_path: Path) -> None:
    """A note in a cell merged over four of the five columns, nothing beside it: no line (as before)."""
    path = _return_with_merged(tmp_path, "B8:E8", [None, "注：以上三项同批退回，规格见附件"])
    doc = read_doc(path, "return")
    items = doc["record"]["items"]
    assert [i["part_no"] for i in items] == ["TP-ALU-7101", "TP-CU-7102", "TP-ZN-7103"]
    assert not any("注" in str(i["part_name"]) for i in items)


# ---------------------------------------------- the workbook beside a print: only for a text it cuts
def test_a_title_the_print_shows_whole_beginning_with_a_cut_text_leaves_the_workbook_unread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The print cuts the problem text at its cell's border, and the sheet's title begins with that
    very text and goes on, printed whole (8d-en-scar's customer name begins its title): the title is
    no cell the print cut — the workbook beside, whose problem cell holds no more than the print
    shows, is not read (it was, for nothing), and the result is the one read alone."""
    from test_print_notes_skip import DEFECT, _alone, _read_beside, _sheet

    from kesu_docs.parse import parse_paths

    def titled(path: Path, statement: str, title: str) -> Path:
        _sheet(path, statement)
        book = openpyxl.load_workbook(path)
        book.active["A1"] = title
        book.save(path)
        return path

    (tmp_path / "one").mkdir()
    first = soffice_convert(_sheet(tmp_path / "one" / "8d.xlsx"), "pdf", tmp_path / "one" / "out")
    (result,) = parse_paths([first], kind="8d")
    shown = result.record.problem.statement.strip()
    title = f"{shown} — 8D Report"
    (tmp_path / "two").mkdir()
    pdf = soffice_convert(
        titled(tmp_path / "two" / "8d.xlsx", DEFECT, title), "pdf", tmp_path / "two" / "out"
    )
    book = titled(tmp_path / "8d.xlsx", shown, title)  # the problem's cell: no more than the print shows
    doc, reads = _read_beside(tmp_path, pdf.read_bytes(), book, monkeypatch)
    assert reads == 0
    assert doc == _alone(tmp_path, pdf.read_bytes())
    assert "value_cut_off" in {w["code"] for w in doc["warnings"] if w["field"] == "problem.statement"}
