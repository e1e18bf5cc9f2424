"""A table printed over two pages whose second page repeats the header and says ``（续表）``
reads all its lines (kesu_docs/parse/table_lines.py, ``resumed_caption``); a WMS's
``退货入库单`` is a return note by its title; text outside a page's CropBox (cut away by the
sender's PDF tool, still in the file) is never read (kesu_docs/parse/pdf_text.py,
``on_the_paper``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kesu_docs.parse.table_lines import resumed_caption
from tests.helpers import cjk_pdf, parse_cli

HEADER = (("物料编码", 20), ("物料名称", 60), ("数量", 110), ("单价", 135), ("金额", 160))


def _header(pdf, y: float) -> None:
    for text, x in HEADER:
        pdf.text(x, y, text)


def continued_return(path: Path, caption: str) -> Path:
    """A return note: 8 lines on page 1, the header printed again on page 2 with ``caption``
    under it, 5 more lines, then the reason."""
    pdf = cjk_pdf()
    pdf.add_page()
    pdf.set_font("cjk", size=16)
    pdf.text(80, 20, "退货入库单")
    pdf.set_font("cjk", size=10)
    for y, (label, value) in zip(
        (35, 42, 49), (("退货单号", "RK-26050101"), ("入库日期", "2026-05-01"), ("客户", "甲乙电子有限公司"))
    ):
        pdf.text(20, y, label)
        pdf.text(60, y, value)
    _header(pdf, 62)
    lines = [(f"AB-{100 + i}", f"保护板 {chr(65 + i)}型", 10 + i, 2 + i) for i in range(13)]
    y = 70.0
    for n, (code, name, qty, price) in enumerate(lines):
        if n == 8:
            pdf.add_page()
            _header(pdf, 20)
            pdf.text(90, 27, caption)
            y = 35.0
        for text, (_, x) in zip((code, name, str(qty), f"{price:.2f}", f"{qty * price:.2f}"), HEADER):
            pdf.text(x, y, text)
        y += 7
    pdf.text(20, y + 5, "退货原因：外观划伤。")
    pdf.output(str(path))
    return path


@pytest.mark.parametrize("caption", ["（续表）", "(續表)", "接上页"])
def test_a_table_goes_on_under_its_repeated_header_and_continued_caption(tmp_path, caption):
    code, out = parse_cli(continued_return(tmp_path / "continued.pdf", caption))
    (doc,) = out
    assert doc["kind"] == "return", doc["errors"]  # 退货入库单: a return note by its title
    items = doc["record"]["items"]
    assert [i["part_no"] for i in items] == [f"AB-{100 + i}" for i in range(13)]
    assert items[12]["amount"] == f"{22 * 14:.2f}"
    assert not [w for w in doc["warnings"] if w["code"] == "table_row_unclear"]


def test_continued_captions_are_markers_not_values():
    assert all(
        map(resumed_caption, ["（续表）", "續表", "(续上页)", "Continued from previous page", "接上頁"])
    )
    assert not any(map(resumed_caption, ["续表说明见附件", "电池保护板", "Continued", "续下页"]))


def cropped_allowance(path: Path) -> Path:
    """An allowance certificate whose totals have a draft's figures printed right of the form,
    outside the CropBox the sender's tool set (still in the page's text)."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import RectangleObject

    pdf = cjk_pdf()
    pdf.add_page()
    pdf.set_font("cjk", size=14)
    pdf.text(70, 25, "銷貨折讓證明單")
    pdf.set_font("cjk", size=10)
    pdf.text(25, 40, "證明單號")
    pdf.text(60, 40, "ZR-2605-01")
    pdf.text(25, 48, "買受人")
    pdf.text(60, 48, "甲乙電腦股份有限公司")
    for text, x in (("品名", 25), ("數量", 85), ("單價", 110), ("折讓金額", 140)):
        pdf.text(x, 60, text)
    for text, x in (("散熱模組", 25), ("100", 85), ("40.00", 110), ("4,000", 140)):
        pdf.text(x, 68, text)
    pdf.text(110, 80, "合計")
    pdf.text(140, 80, "4,000")
    pdf.text(160, 80, "DRAFT 9,999")  # past the crop's right edge (150 mm)
    pdf.text(25, 120, "備註 草稿作廢")  # below the crop's bottom edge (100 mm)
    pdf.output(str(path))
    writer = PdfWriter(clone_from=PdfReader(path))
    mm = 72 / 25.4
    for page in writer.pages:
        h = float(page.mediabox.height)
        page.cropbox = RectangleObject((15 * mm, h - 100 * mm, 150 * mm, h - 10 * mm))
    writer.write(path)
    return path


def test_text_outside_the_cropbox_is_not_read(tmp_path):
    from kesu_docs.parse.pdf_text import pdfium_words, pdfplumber_words

    path = cropped_allowance(tmp_path / "cropped.pdf")
    import pypdfium2 as pdfium

    with pdfium.PdfDocument(str(path)) as doc:
        fast = [w.text for w in pdfium_words(doc)[0]]
    slow = [w.text for w in pdfplumber_words(path.read_bytes())[0]]
    assert "4,000" in fast and "ZR-2605-01" in fast
    for words in (fast, slow):  # (pdfplumber gives this file's page no letters at all)
        assert not [w for w in words if "9,999" in w or "DRAFT" in w or "草稿" in w], words
    code, out = parse_cli(path, "--kind", "allowance")
    text = str(out[0]["record"])
    assert "9999" not in text and "草稿" not in text
    assert out[0]["record"]["total_excl_tax"] == "4000.00"


def test_a_label_and_its_translation_after_a_slash_name_their_field_surely():
    """Japanese / Chinese labels: each alone an alias (0.9), the two together agree (pattern 9)."""
    from kesu_docs import forms
    from kesu_docs.parse.vocab import vocabulary

    vocab = vocabulary(forms.get("8d"))
    for text, path in (("暫定対策 / 圍堵 (3/18~3/20)", "containment"), ("対策チーム / 小組", "team")):
        found = vocab.match(text)
        assert found is not None and found[0] == path and found[1] >= 0.85, (text, found)
    assert vocab.match("品名 / 客户") is None or vocab.match("品名 / 客户")[1] < 0.85  # two fields: no pair


def test_a_translated_label_is_a_label_not_a_value():
    from kesu_docs.parse.vocab import translated_label

    assert translated_label("発生原因 / 发生原因") and translated_label("発生原因/发生原因")
    assert not translated_label("在库与在途垫片 5,000 片全检。")
    assert not translated_label("李红 / 2026-04-02")


def test_8d_report_in_a_titles_brackets_names_the_form():
    from kesu_docs import forms
    from kesu_docs.parse.kinds import detect_kind

    specs = forms.all_specs()
    assert detect_kind(["品質異常連絡書（8D报告）"], specs, by_title=False) == "8d"
    assert detect_kind(["品質異常連絡書(8D報告)"], specs, by_title=False) == "8d"
    assert detect_kind(["B8D报告"], specs, by_title=False) is None
    assert detect_kind(["8DX report"], specs, by_title=False) is None


@pytest.mark.parametrize("turn", [90, 180, 270])
def test_text_outside_the_cropbox_is_not_read_on_a_turned_page(tmp_path, turn):
    """A /Rotate only turns how a viewer shows the page: the draft cut away by the CropBox is
    as cut away (the attack's f02: a turned page read the draft's figures, no warning)."""
    from pypdf import PdfReader, PdfWriter

    path = cropped_allowance(tmp_path / f"cropped{turn}.pdf")
    writer = PdfWriter(clone_from=PdfReader(path))
    for page in writer.pages:
        page.rotate(turn)
    writer.write(path)
    from kesu_docs.parse.pdf import words_of

    words = [w.text for w in words_of(path.read_bytes())[0]]
    assert "4,000" in words and "ZR-2605-01" in words, words
    assert not [w for w in words if "9,999" in w or "DRAFT" in w or "草稿" in w], words
    code, out = parse_cli(path, "--kind", "allowance")
    text = str(out[0]["record"])
    assert "9999" not in text and "草稿" not in text, text
    assert out[0]["record"]["total_excl_tax"] == "4000.00"


def complaint_cut_by_its_crop(
    path: Path, crop: tuple[float, float, float, float] = (0, 0, 15 + 28 + 60 + 28 + 6, 0), shift: float = 0.0
) -> Path:
    """A bordered complaint sheet whose CropBox (``crop``: left, top, right, bottom in mm from
    the page's top-left; 0 for right and bottom: the page's edge) runs by default through its
    right value column: on paper ``2026-03-05`` shows ``2026``, ``5000`` shows ``50``. The rows
    are 9 mm high from 30 mm down; ``shift``: the MediaBox (and the crop) moved that many mm left
    of 0,0 (the sheet's content stays where it was drawn)."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import RectangleObject

    pdf = cjk_pdf()
    pdf.add_page()
    pdf.set_font("cjk", size=14)
    pdf.text(70, 20, "客户抱怨处理单")
    pdf.set_font("cjk", size=10)
    rows = (
        ("客诉单号", "KS-2603-021", "接收日期", "2026-03-05"),
        ("客户名称", "深圳华强电子有限公司", "料号", "AB-1203-X"),
        ("出货日期", "2026-02-20", "出货数量", "5000"),
        ("不良数量", "36", "业务", "王小明"),
    )
    widths = (28, 60, 28, 60)
    for k, row in enumerate(rows):
        x, y = 15.0, 30.0 + 9 * k
        for text, w in zip(row, widths, strict=True):
            pdf.rect(x, y, w, 9)
            pdf.text(x + 1, y + 6, text)
            x += w
    pdf.output(str(path))
    writer = PdfWriter(clone_from=PdfReader(path))
    mm = 72 / 25.4
    left, top, right, bottom = crop
    for page in writer.pages:
        h, w = float(page.mediabox.height), float(page.mediabox.width)
        page.mediabox = RectangleObject((-shift * mm, 0, w, h))
        page.cropbox = RectangleObject(
            ((left - shift) * mm, h - (bottom * mm or h), right * mm or w, h - top * mm)
        )
    writer.write(path)
    return path


def test_a_value_the_crop_cuts_through_is_read_whole_and_warned(tmp_path):
    """The attack's f05: a figure or a date half outside the CropBox was read whole, unwarned
    (only texts with letters were warned): each is now warned ``value_cut_off``."""
    path = complaint_cut_by_its_crop(tmp_path / "cut.pdf")
    code, out = parse_cli(path, "--kind", "complaint", "--lang", "en")
    record = out[0]["record"]
    assert record["ship_qty"] == 5000 and record["received_date"] == "2026-03-05", record
    cut = {w["field"] for w in out[0]["warnings"] if w["code"] == "value_cut_off"}
    assert {"ship_qty", "received_date", "part_no"} <= cut, out[0]["warnings"]
    assert not cut & {"defect_qty", "ship_date", "number", "customer"}, cut


INSPECTION = (("序号", 20), ("检验项目", 60), ("抽样数", 110), ("不良数", 135), ("判定", 160))


_INSPECTED = (("1", "L2605-01", "50", "3", "6.00"), ("2", "L2605-02", "32", "1", "3.10"))


def return_then_other_table(
    path: Path, caption: str, title: str = "检验记录", columns=INSPECTION, lines=_INSPECTED
) -> Path:
    """A return note's 8 lines on page 1; on page 2 another table under its ``title`` (by
    default an inspection record, its own header, figures under the note's quantity and amount
    columns) with ``caption`` under its header."""
    pdf = cjk_pdf()
    pdf.add_page()
    pdf.set_font("cjk", size=16)
    pdf.text(80, 20, "退货入库单")
    pdf.set_font("cjk", size=10)
    pdf.text(20, 35, "退货单号")
    pdf.text(60, 35, "RK-26050101")
    _header(pdf, 62)
    y = 70.0
    for i in range(8):
        row = (
            f"AB-{100 + i}",
            f"保护板 {chr(65 + i)}型",
            str(10 + i),
            f"{2 + i:.2f}",
            f"{(10 + i) * (2 + i):.2f}",
        )
        for text, (_, x) in zip(row, HEADER, strict=True):
            pdf.text(x, y, text)
        y += 7
    pdf.add_page()
    pdf.text(20, 14, title)
    for text, x in columns:
        pdf.text(x, 22, text)
    if caption:
        pdf.text(90, 29, caption)
    for k, row in enumerate(lines):
        for text, (_, x) in zip(row, columns, strict=True):
            pdf.text(x, 37 + 7 * k, text)
    pdf.output(str(path))
    return path


@pytest.mark.parametrize("caption", ["（续表）", ""])
def test_another_tables_header_on_the_next_page_ends_the_table(tmp_path, caption):
    """The attack's c9/c5: under ``（续表）`` a new page's table with its own header was read as
    the return note's lines (part_no ``1``, ``2``, qty 50, 32). Its header is not the note's:
    the note's lines end on page 1."""
    code, out = parse_cli(return_then_other_table(tmp_path / "other.pdf", caption), "--kind", "return")
    items = out[0]["record"]["items"]
    codes = [i["part_no"] for i in items if i.get("qty_returned") is not None]
    assert codes == [f"AB-{100 + i}" for i in range(8)], items
    assert not [i for i in items if i.get("part_no") in ("1", "2", "序号")], items


def test_a_second_caption_over_the_same_header_starts_a_table_of_its_own(tmp_path):
    """The attack's c8: page 2 captioned ``补发明细`` (goods sent again) over the note's own
    header, no ``（续表）``: its lines (CD-500, CD-501) were read as returned items, the caption
    as an item's part number. A caption over the header printed again starts another table."""
    sent = (
        ("CD-500", "充电器 X型", "40", "5.00", "200.00"),
        ("CD-501", "充电器 Y型", "60", "6.00", "360.00"),
    )
    path = return_then_other_table(tmp_path / "sent.pdf", "", "补发明细", HEADER, sent)
    code, out = parse_cli(path, "--kind", "return")
    items = out[0]["record"]["items"]
    assert [i["part_no"] for i in items] == [f"AB-{100 + i}" for i in range(8)], items


def test_a_running_title_over_the_header_printed_again_goes_on_with_the_table(tmp_path):
    """The form's own title printed again over its header on the next page (a print's running
    title): the lines go on there."""
    more = (
        ("AB-108", "保护板 I型", "18", "10.00", "180.00"),
        ("AB-109", "保护板 J型", "19", "11.00", "209.00"),
    )
    path = return_then_other_table(tmp_path / "more.pdf", "", "退货入库单", HEADER, more)
    code, out = parse_cli(path, "--kind", "return")
    items = out[0]["record"]["items"]
    assert [i["part_no"] for i in items] == [f"AB-{100 + i}" for i in range(10)], items


def test_a_caption_across_the_columns_is_no_other_tables_header():
    """``（续表）`` in a cell across all the columns (holdout13's WMS print) lies under every
    column, yet is one caption, not another table's column names."""
    from kesu_docs.parse.boxes import Box
    from kesu_docs.parse.table_lines import foreign_header

    header = {
        c: Box(t, t, x, 100, x + 50, 110, f"p1#{k}")
        for k, (c, t, x) in enumerate(
            (("part_no", "物料编码", 0), ("qty", "数量", 50), ("amount", "金额", 100))
        )
    }
    wide = [Box("（续表）", "（续表）", 0, 20, 150, 30, "p2#9")]
    other = [
        Box(t, t, x, 20, x + 40, 30, f"p2#{k}") for k, (t, x) in enumerate((("序号", 0), ("抽样数", 50)))
    ]
    assert not foreign_header(wide, header, {"qty", "amount"})
    assert foreign_header(other, header, {"qty", "amount"})
    assert not foreign_header(list(header.values()), header, {"qty", "amount"})  # its own header
