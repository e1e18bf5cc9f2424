"""PDF sources: fillable forms by field name, printed forms by label anchoring.

A PDF reaches QA printed from the Excel form (Excel, WPS, LibreOffice) or as a fillable PDF
(``kesu blank KIND -o FILE.pdf``). Both become the same raw values as the Excel file would:

1. PDFium (pypdfium2) opens the file; a password or a broken file is a clear
   :class:`SourceError` (``encrypted_file``, ``corrupt_file``).
2. The text layer becomes words with boxes (:mod:`.pdf_text`); a PDF without one is a scan
   (``no_text_layer``: it needs OCR), never an empty record.
3. The form kind comes from ``--kind`` or the printed title / form code; the words go through
   the same label anchoring as Excel cells (:mod:`.anchor`).
4. AcroForm fields (:mod:`.pdf_fields`), where filled, take precedence over the flat text.

Locations read ``p1 · 客户名称`` (page and label) for printed forms and ``p1 · customer``
(page and field name) for fillable ones.
"""

from __future__ import annotations

import datetime
import itertools
from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal
from functools import cache, lru_cache, partial
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from .. import forms, value_paths
from ..forms import FormSpec
from ..lazy_re import lazy_re
from ..memos import memo
from ..problems import Bilingual, Problem, SourceError
from ..validation import Locations, labels_for
from .anchor import Box, Provenance, find_labels, read_boxes, reading_problems
from .blank_copies import blank_form, without_blank_copies
from .boxes import Reading, page_number, page_of
from .currency import currency_rows
from .dates import years_said
from .file_kinds import (
    HTML_STARTS,
    ZIP_MAGIC,
    image_kind,
    joined,
    link_file,
    lock_file_said,
    other_document,
    sign_in_page,
)
from .guards import _short, continues_form, instructions_first
from .kinds import Guess, choose_form, detect_kind, kind_doubts, other_form_named
from .letters import read_letter
from .limits import (
    check_pdf,
    check_pdf_annots,
    check_pdf_contents_named_again,
    check_pdf_form_draws,
    check_pdf_operators,
    check_pdf_page_sizes,
    check_pdf_pages,
    content_refs,
    dense_page_refused,
    dense_pages_skipped,
    limits,
    object_starts,
    objects_may_hide,
    pdfium_reason,
)
from .packed import packed, zip_members, zip_of
from .page_margins import from_page_margin, printed_margin, printed_pages
from .pdf_across import join_across
from .pdf_actions import carried
from .pdf_attached import read_attached
from .pdf_bars import split_bars, split_framed_pairs, split_spaced_lines
from .pdf_cells import cells
from .pdf_fields import (
    BadField,
    FieldValue,
    check_boxes,
    field_values,
    layers_off,
    named_for_a_form,
    one_reader,
    page_annotations,
    pdf_reader,
    record_paths,
    text_fields,
    typed_notes,
    with_field_texts,
)
from .pdf_signature import changed_after_signing
from .pdf_strike import Struck, struck_warnings, without_struck
from .pdf_text import (
    LetterBoxes,
    Paper,
    Rule,
    Word,
    pdfium_words,
    pdfplumber_words,
    text_on_its_side,
    upright_pdfium_words,
    with_marks,
)
from .radicals import has_radicals, traditional_page, unified
from .results import Extraction
from .rtl import NO_TEXT, in_reading_order, mirror_edges, mirrored_on, unsure_on_pages, words_read
from .table_lines import continued_caption
from .vocab import form_labels

# Fewer printed characters than this per page, and no label found: a scan with a stamp on it.
SPARSE_TEXT = 40

# this module's codes in the message catalogue (problems.py reads them on first look-up)
MESSAGES: dict[str, tuple[str, str]] = {
    "pdf_actions_not_run": (
        "这个 PDF 带有{what}：kesu 只读取页面上的文字（页面上没有表单时，附带的 PDF 或 Excel 表单作为数据读取），"
        "从不运行它们，也不交给其他程序打开；请勿在 PDF 阅读器中允许运行或打开（提示时选“不允许”），如有疑问请向发件人核实",
        "This PDF carries {what}: kesu reads only its pages' text (and, when the pages hold no form, an "
        "attached PDF or Excel form, as data), never runs them and never hands them to another program; "
        "do not allow them in a PDF reader (answer 'Block' if asked), and check with the sender if in doubt",
    ),
    "pdf_changed_after_signing": (
        "这个 PDF 签名后又被改动过（签名之后追加了 {after} 字节的更新）：kesu 读取的是改动后的内容，"
        "签名时的内容可能不同；请在 PDF 阅读器的签名面板中核对，或请发件人重新发送签名的文件",
        "This PDF was changed after it was signed ({after} bytes of update appended after the "
        "signature): kesu read it as changed, and what was signed may read otherwise; check it in a "
        "PDF reader's signature panel, or ask the sender for the signed file",
    ),
    "pdf_actions_unchecked": (
        "这个 PDF 的对象保存在压缩的对象流中，kesu 没能全部检查其中是否带有脚本或启动程序的动作"
        "（文件损坏，或对象过多）：kesu 只读取页面上的文字，从不运行它们；请勿在 PDF 阅读器中允许运行"
        "（提示时选“不允许”），如有疑问请向发件人核实",
        "This PDF keeps its objects in compressed object streams and kesu could not check them all "
        "for scripts or launch actions (a damaged file, or too many objects): kesu reads only its "
        "pages' text and never runs them; do not allow them in a PDF reader (answer 'Block' if "
        "asked), and check with the sender if in doubt",
    ),
    "value_cut_off": (
        "{label}的值“{value}”在打印件上写到了格子边缘，可能被截断，请对照原表核对",
        "{label}: '{value}' runs to the edge of its cell in the print and may be cut off; please check the original",
    ),
    "zip_after_pdf": (
        "PDF 文件结束之后还接着一个 ZIP 压缩包（一个文件同时是两种格式）：只读取了 PDF 部分；"
        "如有内容缺失，请向发件人索取普通的 PDF",
        "A ZIP archive follows the PDF's end (one file of two formats at once): only the PDF was "
        "read; ask the sender for a plain PDF if anything is missing",
    ),
    "values_covered": (
        "表单（{title}）上看得到的只有印好的标签，但 PDF 里有 {count} 段文字（第 {pages} 页）被之后画上的白色方块"
        "盖住，屏幕和打印件上都看不到：这些文字未读取（不是空白表单）。请向发件人索取未遮盖的文件",
        "Only the printed labels of the form ({title}) can be seen, yet the PDF holds {count} texts (page "
        "{pages}) under white boxes drawn over them, seen neither on screen nor on paper: they were not read "
        "(it is no blank form). Ask the sender for the file uncovered",
    ),
    "form_stamped_void": (
        "表单（第 {pages} 页）上盖着作废章“{stamp}”：该表单可能已作废，仍照读，但请先与发件人确认是否有效",
        "The form (page {pages}) is stamped '{stamp}': it may have been cancelled; it was read, but check "
        "with the sender that it stands",
    ),
    "text_covered": (
        "PDF 里有 {count} 段文字（第 {pages} 页）被之后画上的白色方块盖住，屏幕和打印件上都看不到，未读取；"
        "如有栏位空缺，请向发件人核对",
        "The PDF holds {count} texts (page {pages}) under white boxes drawn over them, seen neither on screen "
        "nor on paper: they were not read; if a field is missing, check with the sender",
    ),
    "reading_order_unsure": (
        "{label}的值“{value}”在 PDF 中是从右向左书写的文字夹着数字或拉丁字母，其各段的先后（或正负号的位置）"
        "无法从打印件确定，请对照原表核对",
        "{label}: '{value}' is right-to-left text with numbers or Latin words in it in the PDF; the order "
        "of its parts (or the side of a sign) cannot be told from the print, please check the original",
    ),
    "letter_without_text": (
        "{label}的值“{value}”中有 PDF 没有给出文字的字形（以 � 标出，多见于乌尔都文 Nastaliq 字体的连写字形），"
        "已照读但缺了这些字母，请对照原表补全",
        "{label}: '{value}' holds glyphs the PDF gives no text for (marked �; an Urdu Nastaliq font's "
        "joined letters, as a rule): read with those letters missing, please complete it from the original",
    ),
    "field_differs_from_print": (
        "{label}：表单栏位中填的是“{value}”，其框内印着的却是“{printed}”，已按栏位读取，请核对",
        "{label}: the form field holds '{value}' but its box prints '{printed}'; read from the field, "
        "please check",
    ),
    "field_empty_over_print": (
        "{label}：表单栏位是空的，其框内却印着“{printed}”，已按印刷读取，请核对是否已清空",
        "{label}: the form field is empty but its box prints '{printed}'; read from the print, "
        "please check it was not cleared",
    ),
    "field_not_shown": (
        "{label}：表单栏位“{name}”（第 {page} 页）中填有“{value}”，但该栏位在页面上不显示（设为隐藏、"
        "框没有大小或在页面之外），在 PDF 阅读器中和打印出来都看不到：已读取，请核对它是否有效",
        "{label}: the form field '{name}' (page {page}) holds '{value}', but the field does not show "
        "on the page (set hidden, a box of no size, or off the page): seen neither in a PDF viewer nor "
        "on paper; read, please check it holds",
    ),
    "field_unreadable": (
        "表单栏位“{name}”（第 {page} 页）的值或位置无法读取，已忽略该栏位，按印刷读取：请核对",
        "Form field '{name}' (page {page}) has a value or box that cannot be read; the field was "
        "left out and the print read: please check",
    ),
    "empty_pdf": (
        "PDF 中没有任何页面（页数为 0），没有可读的内容：请提交填好表单的 PDF 或 Excel 工作簿",
        "The PDF has no pages (its page count is 0), nothing to read: send the PDF or the Excel "
        "workbook with the filled-in form",
    ),
    "web_page_not_a_pdf": (
        "这不是 PDF，而是一个网页（HTML）改成了 .pdf 的名字，也不是损坏的 PDF：{page}",
        "This is no PDF but a web page (HTML) saved under a .pdf name, not a damaged PDF: {page}",
    ),
    "not_a_pdf": (
        "这不是 PDF，也不是损坏的 PDF，只是名字以 .pdf 结尾：{what}",
        "This is no PDF, and no damaged one, only named .pdf: {what}",
    ),
    "image_not_a_pdf": (
        "这不是 PDF，而是一张图片（{image}，手机照片或扫描图）改成了 .pdf：kesu 读不了图片上的字，"
        "请提交填好的 Excel 工作簿，或由它打印的带文字的 PDF",
        "This is no PDF but a picture ({image}: a phone photo or a scan) renamed .pdf: kesu cannot "
        "read the text of a picture; submit the filled workbook, or a PDF with text printed from it",
    ),
    "values_in_annotations": (
        "{count} 个值是用 PDF 阅读器的打字机/文本批注（FreeText 注释）填在表上的，不在页面的文字里：已按批注所在位置读取；"
        "打印或另存时这些批注可能不显示，请核对并请对方尽量发送填好的 Excel 或打印成 PDF",
        "{count} value(s) were typed onto the form with a PDF reader's typewriter or text comments "
        "(FreeText annotations), not in the page's text: read where the annotations stand; a print or "
        "another viewer may not show them, please check (the filled workbook, or a PDF printed from it, is surer)",
    ),
    "struck_text_left_out": (
        "{location} 上划掉的“{struck}”未读取（删除线）：请核对它是否已作废",
        "The struck-through '{struck}' on {location} was left out: please check it was cancelled",
    ),
    "line_through_text": (
        "{location} 上有一条线穿过“{struck}”，无法判断是否为删除线，已按所印读取：请核对",
        "A line runs through '{struck}' on {location}; whether it strikes it out cannot be told, "
        "read as printed: please check",
    ),
    "printed_across_pages": (
        "第 {pages} 页像是前面一页右边的栏（表格太宽，打印时分到了别的页），无法确定如何拼接，没有并排读取{read}："
        "请把工作表设为“缩放到一页宽”后重新打印，或直接发送 Excel 文件",
        "Page(s) {pages} look like the columns to the right of an earlier page (the sheet was too wide "
        "and printed over more pages); they could not be joined surely and were not read side by "
        "side{read}: print the sheet fitted to one page wide, or send the workbook",
    ),
    "dense_page_skipped": (
        "第 {pages} 页的文字过密（{count} 个字符，每页上限 {limit}，多为小字印刷的条款细则），未读取，"
        "其余各页已读取：如该页上有表单内容，请在 kesu.toml 的 [limits] 中调高 pdf_page_chars 后重新读取",
        "Page(s) {pages} hold too dense a text ({count} characters, at most {limit} a page: mostly "
        "terms and conditions in fine print) and were not read; the other pages were: if the form "
        "is on such a page, raise pdf_page_chars in kesu.toml [limits] and read the file again",
    ),
    "garbled_text_layer": (
        "PDF 的文字层无法解码（{share} 的字符是乱码：字体没有 Unicode 对照表），无法读取：请用原程序重新打印为 PDF，"
        "或当作扫描件先做 OCR 文字识别",
        "The PDF's text layer cannot be decoded ({share} of its characters are garbage: its fonts "
        "carry no Unicode map), not read: print it to PDF again from the program that made it, or "
        "OCR it as a scan",
    ),
}


_AS_PDF = Bilingual(
    "：请在原程序中用“打印 > Microsoft Print to PDF”或“另存为 PDF”存成真正的 PDF，或直接提交 Excel 工作簿",
    ": in the program that made it print to PDF (Print > Microsoft Print to PDF) or save it as PDF, "
    "or send the Excel workbook",
)


def _web_page(data: bytes) -> bool:
    """Does a file hold an HTML page (a browser's "save page as" under a .pdf name)?"""
    head = data[:1024].removeprefix(b"\xef\xbb\xbf").lstrip().lower()
    return head.startswith(HTML_STARTS) or (head.startswith(b"<?xml") and b"<html" in head)


def _what_web_page(data: bytes) -> Bilingual:
    if sign_in_page(data):
        return Bilingual(
            "系统的登录页面：保存时系统的登录已过期，存下的是登录页而不是表单；请重新登录系统，再下载 PDF 后提交",
            "a system's sign-in page: the session had ended when it was saved, so the sign-in page was "
            "saved instead of the form; sign in again, download the PDF and submit that",
        )
    return Bilingual(
        "一个网页，不是 PDF：请在浏览器中打开该网页，用“打印 > 另存为 PDF”，或下载系统提供的 PDF 后提交",
        "a web page, not a PDF: open the page in a browser and print it to PDF, or download the PDF the "
        "system offers, and submit that",
    )


_WORKBOOK_AS_PDF = Bilingual(
    "这是 Excel 工作簿（.xlsx），只是扩展名改成了 .pdf：请把扩展名改回 .xlsx 后再提交",
    "it is an Excel workbook (.xlsx) renamed .pdf: give it back its .xlsx suffix and submit it again",
)


def open_pdf(data: bytes, hides: bool | None = None) -> pdfium.PdfDocument:
    """Open a PDF with PDFium, turning its failures into the catalogue's source errors. ``data``:
    the PDF alone — a ZIP archive after it cut off by the caller (:func:`words_of`, which says
    so), never looked for again here (issue 15: the search reads the file's last megabyte);
    ``hides``: :func:`.limits.objects_may_hide` of it, when the caller asked already."""
    head = data[:1024]
    image = image_kind(head)
    if b"%PDF-" not in head and image:
        # a phone photo or a scan saved as a picture, renamed .pdf: no text to read at all
        raise SourceError("image_not_a_pdf", image=image)
    if b"%PDF-" not in head and _web_page(data):
        # a portal's page (often its log-in page, the session over) saved under a .pdf name
        raise SourceError("web_page_not_a_pdf", page=_what_web_page(data))
    if b"%PDF-" not in head and (what := link_file(data)):
        # a portal's link (an Internet shortcut) dragged into the folder and renamed .pdf
        raise SourceError("not_a_pdf", what=what)
    if b"%PDF-" not in head and (what := lock_file_said(data)):
        # an office program's lock file (Excel's ``~$``, LibreOffice's ``.~lock.…#``) renamed .pdf
        raise SourceError("not_a_pdf", what=what)
    if b"%PDF-" not in head and (what := other_document(data)):
        # a printer driver's PostScript, a Word or RTF document saved under a .pdf name
        raise SourceError("not_a_pdf", what=joined(what, _AS_PDF))
    members = zip_members(data) if b"%PDF-" not in head and data.startswith(ZIP_MAGIC) else []
    if "xl/workbook.xml" in members:
        raise SourceError("not_a_pdf", what=_WORKBOOK_AS_PDF)
    if b"%PDF-" not in head and (what := zip_of(members) if members else packed(data)):
        # a mail gateway's gzip, a colleague's 7z or zip, still named .pdf: unpack it first
        raise SourceError("not_a_pdf", what=what)
    if b"%PDF-" not in head:
        raise SourceError(
            "corrupt_file",
            reason=Bilingual("不是 PDF 文件（没有 %PDF 文件头）", "not a PDF (no %PDF header)"),
        )
    if b"%%EOF" not in data.rstrip(b"\x00 \t\r\n")[-2048:]:
        # a download or copy that stopped half-way: values may be missing, do not guess
        raise SourceError(
            "corrupt_file",
            reason=Bilingual(
                "文件不完整（缺少 %%EOF 结束标记），可能没有下载或复制完", "truncated (no %%EOF end marker)"
            ),
        )
    hides = objects_may_hide(data) if hides is None else hides  # (asked once: given on)
    check_pdf(data, hides)  # decoded stream sizes before PDFium inflates them
    named = content_refs(data, hides)  # the streams the pages name as their content (read once)
    objects = object_starts(data) if named else {}  # where each object begins (found once)
    check_pdf_contents_named_again(data, named, objects)  # a content stream a page names a thousand times
    check_pdf_form_draws(data)  # forms drawing forms: the objects PDFium would make
    check_pdf_operators(data, named, objects)  # millions of operators in streams within the size limits
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) == pdfium_c.FPDF_ERR_PASSWORD:
            raise SourceError("encrypted_file") from None
        if getattr(exc, "err_code", None) == pdfium_c.FPDF_ERR_SUCCESS:
            # PDFium read the file's structure and found no page in it (a page tree of no
            # kids, or none at all): it refuses the document without naming a failure
            raise SourceError("empty_pdf") from None
        raise SourceError("corrupt_file", reason=pdfium_reason(exc)) from None
    try:
        check_pdf_pages(len(pdf))
        check_pdf_page_sizes(pdf)
    except SourceError:
        pdf.close()
        raise
    return pdf


# the end of a PDF's last part as it is written: ``startxref``, the place of its cross-reference
# table, and ``%%EOF``
_PDF_END = lazy_re(rb"startxref\s+\d+\s+%%EOF\s*$")


def pdf_end_before_zip(data: bytes) -> int | None:
    """Where the PDF ends when a ZIP archive follows it (a polyglot, a file of two formats at
    once: each program sees another file), else None. The PDF's end is its last ``startxref …
    %%EOF``; a ZIP follows when its end record (``PK\\x05\\x06``) lies after that, however the
    file goes on (a ``%%EOF`` written after the ZIP makes it no PDF's end). A ZIP's signature
    inside the PDF (an attachment, a compressed stream, an update written after it) is before
    the PDF's end and reads as ever."""
    if b"PK\x05\x06" not in data[-(1 << 20) :]:  # (the end record: in the last 64 kB of a ZIP)
        return None
    at = len(data)
    while (at := data.rfind(b"%%EOF", 0, at)) >= 0:
        if _PDF_END.search(data[max(0, at - 64) : at + 5]):
            end = at + 5
            return end if b"PK\x05\x06" in data[end:] else None
    return None


def turned_pages(pdf: pdfium.PdfDocument) -> bool:
    """Does a page carry a /Rotate with its text lying on its side? Printer drivers store a
    landscape form as a portrait page with its content turned and /Rotate 90: a viewer shows it
    upright, its text boxes lie on their side. A page whose text runs upright as stored and that
    a viewer merely shows turned (a scanner's or viewer's /Rotate) is read as stored. (The
    PDFium extractor asks it of each page as it reads it: :func:`.pdf_text.pdfium_words`.)"""
    for n in range(len(pdf)):
        page = pdf[n]
        try:
            if page.get_rotation() % 360:
                text = page.get_textpage()
                try:
                    if text_on_its_side(text.raw):
                        return True
                finally:
                    text.close()
        finally:
            page.close()
    return False


def upright(data: bytes) -> bytes:
    """The same PDF with each page's /Rotate applied to its content (pypdf), so words and rules
    come out as the page shows, the same geometry as a page drawn landscape."""
    import io

    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    for number, page in enumerate(writer.pages, start=1):
        if page.rotation % 360:
            turn = _turn(page)
            page.transfer_rotation_to_content()
            _turn_widgets(page, turn, number)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _turn(page: Any) -> Any:
    """The transformation pypdf's ``transfer_rotation_to_content`` applies to a page's content
    (turned by its /Rotate about the MediaBox's centre, then moved back onto the page): the
    same must move its widgets, which pypdf leaves where they were."""
    from pypdf import Transformation

    box = page.mediabox
    turn = Transformation().translate(-float(box.left + box.width / 2), -float(box.bottom + box.height / 2))
    turn = turn.rotate(-page.rotation)
    corners = [turn.apply_on(box.lower_left), turn.apply_on(box.upper_right)]
    return turn.translate(-min(c[0] for c in corners), -min(c[1] for c in corners))


def _turn_widgets(page: Any, turn: Any, number: int) -> None:
    """Each annotation's /Rect moved as the content was (:func:`_turn`): a form field stays on
    its box when a turned page (``number``) is read upright. A /Rect that is not four numbers is
    left as it is (:mod:`.pdf_fields` names it); a damaged /Annots is none (:func:`.pdf_fields.page_annotations`)."""
    from pypdf.generic import ArrayObject, FloatObject, NameObject

    for annot in page_annotations(page, number):
        rect = annot.get("/Rect")
        try:
            x0, y0, x1, y1 = (float(v) for v in rect)
        except (TypeError, ValueError):
            continue
        (a, b), (c, d) = turn.apply_on((x0, y0)), turn.apply_on((x1, y1))
        annot[NameObject("/Rect")] = ArrayObject(
            FloatObject(v) for v in (min(a, c), min(b, d), max(a, c), max(b, d))
        )


def with_unified_ideographs(words: list[Word]) -> list[Word]:
    """Words whose Kangxi radicals or radical supplements (``退貨⽇期``: a CJK font's glyph
    shared with the radical, named by the radical in the PDF) are the ideographs they show."""
    if not any(has_radicals(w.text) for w in words):
        return words
    traditional = traditional_page(w.text for w in words)
    return [replace(w, text=unified(w.text, traditional)) if has_radicals(w.text) else w for w in words]


def words_of(
    data: bytes, extractor: str = "pdfium", papers: dict[int, Paper] | None = None
) -> tuple[list[Word], list[Rule], bool]:
    """(words and ruling lines of every page, whether the PDF has an AcroForm), by the chosen
    extractor; ``papers``, when given, receives what of each page shows (by page number: its
    visible box, the lines its cells' clips hide, :class:`.pdf_text.Paper`)."""
    zip_end = pdf_end_before_zip(data)
    data = data if zip_end is None else data[:zip_end]  # (a ZIP after the PDF: said by extract)
    signed_then_changed = changed_after_signing(data)  # (before a turned page is rewritten)
    hides = objects_may_hide(data)  # (its checks and its actions' search ask it: asked once)
    pdf = open_pdf(data, hides)
    off = layers_off(data, hides) if extractor == "pdfium" else frozenset()  # (a draft's layer switched off)
    found = None
    shown: dict[int, Paper] = {}
    try:
        # None when a page is stored turned (/Rotate 90): then it is read as it shows
        with dense_pages_skipped() as dense:  # (a page of fine print: skipped, said by extract)
            # (each page's annotations counted on the page loaded for its words: AnnotTally)
            if extractor == "pdfium":
                found = upright_pdfium_words(pdf, shown, off)
                turned = found is None
            else:
                check_pdf_annots(pdf)  # a page naming a widget 90,000 times: before pypdf reads them
                turned = turned_pages(pdf)
            if turned:
                if extractor == "pdfium":  # (pages after the turned one not loaded yet: pypdf turns them)
                    check_pdf_annots(pdf)
                pdf.close()
                data = upright(data)
                hides = objects_may_hide(data)
                pdf = open_pdf(data, hides)
                shown.clear()
                dense.clear()
                found = pdfium_words(pdf, shown, off) if extractor == "pdfium" else None
        has_form = pdf.get_formtype() != pdfium_c.FORMTYPE_NONE
        pages = len(pdf)
        actions, unchecked = carried(
            data, pdf, hides
        )  # scripts, launch actions, attached files: never run, said
        sizes = [pdf.get_page_size(n) for n in range(pages)]
        tops = list(itertools.accumulate((h for _, h in sizes), initial=0.0))
    finally:
        pdf.close()
    if papers is not None:  # (a page PDFium read no text of: the page's size, from 0,0)
        papers.update((n + 1, Paper(0.0, tops[n], w, tops[n] + h)) for n, (w, h) in enumerate(sizes))
        papers.update(shown)
    words, rules = found if found is not None else pdfplumber_words(data)
    words = with_unified_ideographs(words)  # (Chromium's Noto CJK read back as radicals: ⽇期)
    with LetterBoxes(data) as letters:  # a value crossed out is no value
        words, rules, struck = without_struck(words, rules, letters)
    with one_reader():  # (a fillable form's pypdf reader: made once for its boxes, fields and notes)
        words, overprinted, unfilled, bad, notes = _widgets_as_text(data, words, has_form, sizes, tops)
    # a sheet too wide for its paper: its columns printed on the next page go back beside it
    joined_words, rules, joined = join_across(words, rules, sizes)
    if papers is not None:  # a page joined across: as wide as its columns printed beside it
        for n, width in joined.items():
            papers[n] = replace(papers[n], x1=max(papers[n].x1, papers[n].x0 + width))
        # a text stopped at the edge of a page whose columns go on elsewhere: cut off on paper
        for n, sliver in joined_words.at_edge:
            if n in papers:
                papers[n] = replace(papers[n], clipped=[*papers[n].clipped, sliver])
    found_words = _Words(joined_words, struck, joined_words.across)
    found_words.overprinted = overprinted
    found_words.unfilled = unfilled
    found_words.bad_fields = bad
    found_words.notes = len(notes)
    found_words.spans = [(tops[n], tops[n] + h) for n, (_w, h) in enumerate(sizes)]
    found_words.dense = dense
    found_words.zip_after = zip_end is not None
    found_words.actions = actions
    found_words.actions_unchecked = unchecked
    found_words.changed_after_signing = signed_then_changed
    found_words.covered = sorted(n for n, paper in shown.items() for _box in paper.covered)
    found_words.void = [(n, text) for n, paper in sorted(shown.items()) for text in paper.void]
    return found_words, rules, has_form and pages > 0


def _widgets_as_text(
    data: bytes, words: list[Word], has_form: bool, sizes: list[tuple[float, float]], tops: list[float]
) -> tuple[list[Word], dict[str, str], set[str], list[BadField], list[Any]]:
    """``words`` with the form's check boxes' ticks and its text fields' values placed as printed,
    and the values typed onto the page as ``/FreeText`` notes: (the words, the fields' values
    that differ from the print under them, the texts printed under empty fields, the widgets
    that cannot be read, the notes)."""
    overprinted: dict[str, str] = {}
    unfilled: set[str] = set()
    bad: list[BadField] = []
    if has_form and sizes:  # check boxes printed as widgets: their ticks join their captions
        heights = [h for _, h in sizes]  # widgets placed as PDFium places the words (user_box)
        ticks, bad = check_boxes(data, heights)
        marks = [
            (b.page, b.x0, tops[b.page - 1] + b.top, b.x1, tops[b.page - 1] + b.bottom, b.checked)
            for b in ticks
        ]
        words = with_marks(words, marks)
        # text fields named by no form's field: their values placed in their boxes as printed
        texts, bad_texts = text_fields(data, heights)
        bad += bad_texts
        words, overprinted, unfilled = with_field_texts(words, texts, tops)
    # values typed onto the page with a PDF reader's typewriter (/FreeText): text drawn there
    notes = typed_notes(data, [h for _, h in sizes])
    if notes:
        words, _notes_differ, _ = with_field_texts(words, notes, tops)
    return words, overprinted, unfilled, bad, notes


class _Words(list[Word]):
    """The words of a PDF, the letters struck out of them (:mod:`.pdf_strike`), the pages
    that look printed across but were not joined (:mod:`.pdf_across`), and the form fields'
    values that differ from the text printed under their boxes (:func:`.with_field_texts`)."""

    overprinted: dict[str, str]
    unfilled: set[str]  # texts printed under an empty field's box
    bad_fields: list[BadField]  # widgets whose box or settings cannot be read
    notes: int  # the /FreeText annotations read as text on the pages (:func:`.typed_notes`)
    spans: list[tuple[float, float]]  # each page's top and bottom, pages stacked (page n: [n - 1])
    dense: list[tuple[int, int]]  # pages over pdf_page_chars, not read: (page, characters)
    zip_after: bool  # a ZIP archive followed the PDF (:func:`pdf_end_before_zip`): the PDF read
    actions: Bilingual | None  # the scripts, launch actions, attached files it carries (never run)
    actions_unchecked: bool  # its actions kept in object streams could not all be looked at
    covered: list[int]  # the page of each text under a box painted white over it (not read)
    # (page, words) of a stamp saying the form is void (:func:`.pdf_text.void_stamp`)
    void: list[tuple[int, str]]
    changed_after_signing: int  # bytes of update after its last signature (:mod:`.pdf_signature`)

    def __init__(self, words: list[Word], struck: list[Struck], across: set[int]) -> None:
        super().__init__(words)
        self.struck = struck
        self.across = across
        self.overprinted = {}
        self.unfilled = set()
        self.bad_fields = []
        self.notes = 0
        self.spans = []
        self.dense = []
        self.zip_after = False
        self.actions = None
        self.actions_unchecked = False
        self.changed_after_signing = 0
        self.covered = []
        self.void = []


class _Boxes(list[Box]):
    """The boxes of a printed form, and the texts that run to their cell's border (maybe cut off)."""

    cut: dict[str, set[str]]  # page location → last lines that reach the border
    # page location → right-to-left lines whose written order the glyphs do not tell (:mod:`.rtl`)
    unsure: dict[str, set[str]]
    # right-to-left pages → the edges their cells were turned about (:mod:`.rtl`): what else
    # stands on such a page (the letters struck out of its words) is turned the same way
    mirror: dict[int, tuple[float, float]]


def _boxes(
    words: list[Word], rules: list[Rule], papers: dict[int, Paper] | None = None, found: list | None = None
) -> _Boxes:
    """One box per bordered cell (or per word outside any cell), located by its page;
    ``found``: the cells of these words computed already."""
    found = cells(words, rules, papers) if found is None else found
    found = split_bars(found, words)  # a header bar drawn as one rectangle: one box per column name
    found = split_spaced_lines(found, words)  # rows a line apart in one rectangle: a cell per row
    found = split_framed_pairs(found, words)  # a frame round unruled label | value rows: a cell each
    edges = mirror_edges(found)
    # (judged in the glyphs' order, before they are put in reading order)
    unsure = {f"p{page}": lines for page, lines in unsure_on_pages(found, edges).items()}
    found = in_reading_order(found, edges)  # right-to-left text, given in its glyphs' order, as it is read
    found = mirrored_on(found, edges)  # a page laid out from the right (an Arabic form): its labels first
    # each cell its own location, as each Excel cell has (``p1#7``): the reader tells a label
    # with its value in one cell from a label beside another cell's value by it; errors show
    # the page only (:func:`_page`)
    out = _Boxes(
        Box(c.text, c.text or None, c.x0, c.top, c.x1, c.bottom, f"p{c.page}#{i}", c.bold, c.filled)
        for i, c in enumerate(found)
    )
    out.cut = {}
    out.mirror = edges
    out.unsure = unsure
    for c in found:
        if c.cut:
            out.cut.setdefault(f"p{c.page}", set()).add(c.cut)
    return out


def _cut_off(
    spec: FormSpec, values: dict[str, Any], where: Locations, cut: dict[str, set[str]]
) -> list[Problem]:
    """A warning on each value that ends in a text running to its cell's border: the print
    may have cut it off (the sheet had more), and nothing else would say so."""
    out: list[Problem] = []
    for path, place in where.items():
        lines = cut.get(place.partition(" ")[0]) if path and place else None
        value = value_paths.get(values, path) if lines else None
        if isinstance(value, str):
            text = " ".join(value.split())
            # the value ends where a line running to the border ends: the line within it, or the
            # value the line's tail (a label cut by a narrow column and glued to the next cell's
            # value: ``…d.o.oReklamacija kupca / NSE-RK-26-0012`` read ``NSE-RK-26-0012``)
            cut_here = any(
                text.endswith(whole) or (len(text) >= 3 and whole.endswith(text))
                for whole in (" ".join(line.split()) for line in lines or ())
            )
        else:
            cut_here = _figure_cut(value, lines or set())
        if cut_here:
            zh, en = labels_for(spec, path)
            out.append(Problem("value_cut_off", path, zh, en, place, "warning", {"value": _short(value)}))
    return out


def _order_unsure(
    spec: FormSpec, values: dict[str, Any], where: Locations, unsure: dict[str, set[str]]
) -> list[Problem]:
    """A warning on each value read from a right-to-left line whose written order its glyphs
    do not tell (:func:`.rtl.order_unsure`: ``5 ךותמ 3`` is ``3 מתוך 5`` or ``5 מתוך 3``): read
    as the line's ends suggest, never silently."""
    out: list[Problem] = []
    for path, place in where.items():
        lines = unsure.get(place.partition(" ")[0]) if path and place else None
        value = value_paths.get(values, path) if lines else None
        if value is None or isinstance(value, bool) or not lines:
            continue
        if isinstance(value, str):
            text = " ".join(value.split())
            read = [" ".join(line.split()) for line in lines]
            hit = bool(text) and any(text in line or line in text for line in read)
        else:
            figure = str(value).lstrip("+-")
            hit = any(figure == w.replace(",", "").strip("+-\u2212") for line in lines for w in line.split())
        if hit:
            zh, en = labels_for(spec, path)
            out.append(
                Problem("reading_order_unsure", path, zh, en, place, "warning", {"value": _short(value)})
            )
    return out


def _letters_lost(spec: FormSpec, values: dict[str, Any], where: Locations) -> list[Problem]:
    """A warning on each text read with a glyph the PDF gives no text for (:data:`.rtl.NO_TEXT`,
    :func:`.rtl.lost_letters`): read, its letters missing, never silently."""
    out: list[Problem] = []
    for path, place in where.items():
        value = value_paths.get(values, path) if path else None
        if isinstance(value, str) and NO_TEXT in value:
            zh, en = labels_for(spec, path)
            out.append(
                Problem("letter_without_text", path, zh, en, place, "warning", {"value": _short(value)})
            )
    return out


def _figure_cut(value: Any, lines: set[str]) -> bool:
    """Is a number or a date (``value``) printed whole as one of the cut ``lines`` (thousands
    separators aside)? Whole, not its tail: a figure's last digits match too much."""
    if not isinstance(value, int | float | Decimal | datetime.date) or isinstance(value, bool):
        return False
    return str(value) in {line.strip().replace(",", "") for line in lines}


def _from_running_lines(
    spec: FormSpec,
    reading: Reading,
    boxes: Sequence[Box],
    rules: Sequence[Rule],
    spans: Sequence[tuple[float, float]],
) -> list[Problem]:
    """A warning on each field read from a print's running header or footer (the page-margin
    rule of a sheet's ``headerFooter``, :mod:`.page_margins`): the margins print the same on
    every copy, so the value may be the template's own."""
    where = reading.where
    by_place = {b.location: b for b in boxes}
    read = [(path, by_place[place]) for path, place in where.items() if path and place in by_place]
    pages = printed_pages(boxes, rules, spans, sorted({page_number(b.location) for _p, b in read}), _box_page)
    out = []
    for path, box in read:
        page = pages.get(_box_page(box))
        if page is None:
            continue
        how = reading.provenance.get(path)
        inline = how is not None and how.label_location == box.location
        margin = printed_margin(box, page, inline=inline, repeated=partial(_repeated, box, boxes, spans))
        if margin is not None:
            place = page_of(box.location)
            out.append(from_page_margin(spec, path, place, margin, location=place))
    return out


def _box_page(box: Box) -> int:
    return page_number(box.location)


def _repeated(box: Box, boxes: Sequence[Box], spans: Sequence[tuple[float, float]]) -> bool:
    """Does the box's text print the same on another page, as far from that page's top (a
    running header) or bottom (a footer)? What a page style prints on every page."""
    page = _box_page(box)
    if not 0 < page <= len(spans):
        return False
    top, bottom = box.y0 - spans[page - 1][0], spans[page - 1][1] - box.y1
    text = box.text
    for other in boxes:
        if other.text != text:  # the text first: a page number is parsed for the few alike
            continue
        n = _box_page(other)
        if n != page and 0 < n <= len(spans):
            if abs(other.y0 - spans[n - 1][0] - top) <= 2 or abs(spans[n - 1][1] - other.y1 - bottom) <= 2:
                return True
    return False


def _on_pages(problems: list[Problem]) -> list[Problem]:
    """The reader's problems located by page; one per label text and page where cells repeat it."""
    out: list[Problem] = []
    seen: set[tuple[str, str, str, str]] = set()
    for p in problems:
        p = replace(p, location=page_of(p.location))
        key = (p.code, p.field, p.location, str(p.params))
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out


@memo
@lru_cache(maxsize=4096)
def _label(spec: FormSpec, path: str) -> str:
    return labels_for(spec, path)[0]


def _page_and_label(spec: FormSpec, where: Locations) -> Locations:
    """``p1`` → ``p1 · 客户名称``: a printed form's errors name the page and the label."""
    out = Locations()
    for path, place in where.items():
        out[path] = f"{place} · {_label(spec, path)}" if place and path else place
    return out


# the text a dynamic XFA form shows to a viewer that cannot draw it ("Please wait... If this
# message is not eventually replaced…"): at most this many characters, no form's
XFA_PLACEHOLDER = 600


def _xfa_only(data: bytes, words: list[Word]) -> bool:
    """A PDF that is a dynamic XFA form: an AcroForm carrying ``/XFA``, and no page content but
    at most the placeholder a viewer without XFA shows. Its form lives in the XFA's XML, which
    Adobe Reader alone draws and fills; we read none of it."""
    if sum(len(w.text) for w in words) > XFA_PLACEHOLDER:
        return False
    from pypdf.errors import PyPdfError

    try:
        acroform: Any = pdf_reader(data).root_object.get("/AcroForm")
        return acroform is not None and acroform.get_object().get("/XFA") is not None
    except (PyPdfError, ValueError, KeyError, TypeError, OSError):
        return False


def _scan_check(words: list[Word], data: bytes) -> None:
    """A few stray characters over a page's image, and no form: a scan with a stamp, a page
    number or its scanner app's line on it. A few words and no page image (a one-line letter)
    are no scan: not a recognised form, the words quoted (the caller's error)."""
    if _a_scan(words, data):
        raise SourceError("no_text_layer")


def _a_scan(words: list[Word], data: bytes) -> bool:
    """Are the pages a scan: an image over half a page and few words or none (a stamp, a page
    number, a scanner app's line)?"""
    pages = max((w.page for w in words), default=1)
    return sum(len(w.text) for w in words) < SPARSE_TEXT * pages and _page_image(data)


def _words_found(words: list[Word], limit: int = 60) -> Bilingual:
    """``（找到的文字：…）``: the first words of a PDF that holds no form's label (a letter's
    line), at most ``limit`` characters, so the clerk sees what was sent."""
    text = " ".join(" ".join(_GARBLED.sub("", t).split()) for t in words_read(words[:40])).strip()
    shown = text[:limit] + ("…" if len(text) > limit else "")
    return Bilingual(f"（找到的文字：{shown}）", f" (words found: {shown})")


SCANNED_SHARE = 0.5  # an image over half a page: the page is a picture (a scan, a photo)


def _page_image(data: bytes) -> bool:
    """Does an image cover half of any page (a scan or a photographed sheet)? Asked only of a
    PDF with a few words and no form: PDFium opens it again."""
    try:
        doc = pdfium.PdfDocument(data)
    except pdfium.PdfiumError:
        return False
    try:
        for page in doc:
            width, height = page.get_size()
            for found in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,), max_depth=3):
                left, bottom, right, top = found.get_bounds()
                if (right - left) * (top - bottom) >= SCANNED_SHARE * width * height:
                    return True
        return False
    except pdfium.PdfiumError:  # (a page PDFium cannot load: the words decide)
        return False
    finally:
        doc.close()


# what a font without a ToUnicode map gives instead of text: its glyph numbers as C0 controls,
# private-use code points, or U+FFFD; or a ToUnicode map that maps its glyphs to what is no
# text: zero-width and bidi controls (every glyph a right-to-left override, U+202E)
_GARBLED = lazy_re(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ue000-\uf8ff\ufffd\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]"
)
GARBLED_SHARE = 0.3


def _garbled_check(words: list[Word]) -> None:
    """No form, and much of the text is glyph numbers: say the text layer cannot be decoded
    (OCR or a new print), instead of "not a form" quoting the garbage as labels."""
    text = "".join(w.text for w in words)
    text = "".join(text.split())
    bad = len(_GARBLED.findall(text))
    if text and bad >= GARBLED_SHARE * len(text):
        raise SourceError("garbled_text_layer", share=f"{bad / len(text):.0%}")


def _kind_of_fields(fields: list[FieldValue]) -> str | None:
    """The form most of whose field names a fillable PDF without a printed title uses."""
    best, hits = None, 0
    for spec in form_labels().specs:
        n = sum(f.name.partition(".")[0].partition("[")[0] in spec.fields for f in fields)
        if n > hits:
            best, hits = spec.kind, n
    return best if hits * 2 > len(fields) else None


def extract(
    path: Path, data: bytes, kind: str | None, *, extractor: str = "pdfium", parsed: tuple | None = None
) -> list[Extraction]:
    """One PDF → its forms (usually one): kind, raw values and their page/label locations.

    Several forms printed into one file (a workbook of filled sheets) are several
    extractions, their sources ``file.pdf#p3`` by the page each starts on. ``parsed``: the
    file's (words, rules, has_form, papers, cells) computed once by a caller that reads it
    twice (a layout profile and its second opinion), else computed here.
    """
    with one_reader():  # (a fillable form's pypdf reader: made once for its fields, boxes and notes)
        return _extract_file(path, data, kind, extractor, parsed)


def _extract_file(
    path: Path, data: bytes, kind: str | None, extractor: str, parsed: tuple | None
) -> list[Extraction]:
    papers: dict[int, Paper] = {}
    found = None
    if parsed is None:
        words, rules, has_form = words_of(data, extractor, papers)
    else:
        words, rules, has_form, papers, found = parsed
    dense: list[tuple[int, int]] = getattr(words, "dense", [])
    if not dense:
        return file_said(words, _extract(path, data, kind, words, rules, has_form, papers, found))
    try:
        out = _extract(path, data, kind, words, rules, has_form, papers, found)
    except SourceError as exc:  # no form on the pages read: it was on the dense one(s)
        if exc.code in ("xfa_form", "limit_exceeded"):
            raise
        raise dense_page_refused(*max(dense, key=lambda d: d[1])) from None
    for extraction in out:
        extraction.problems.append(dense_pages_said(dense, extraction.locations.get("", "p1")))
    return file_said(words, out)


def file_said(words: Any, out: list[Extraction]) -> list[Extraction]:
    """``out``, each extraction warned of what the file as a whole holds: a ZIP archive after the
    PDF (only the PDF part was read, ``words.zip_after``), scripts, launch actions or attached
    files (never run, ``words.actions``), an update after its signature (``words.changed_after_signing``)."""
    actions = getattr(words, "actions", None)
    for extraction in out:
        where = extraction.locations.get("", "p1")
        if getattr(words, "zip_after", False):
            extraction.problems.append(Problem("zip_after_pdf", location=where, severity="warning"))
        if actions is not None:
            problem = Problem(
                "pdf_actions_not_run", location=where, severity="warning", params={"what": actions}
            )
            extraction.problems.append(problem)
        if getattr(words, "actions_unchecked", False):
            extraction.problems.append(Problem("pdf_actions_unchecked", location=where, severity="warning"))
        covered = getattr(words, "covered", [])
        if covered:
            extraction.problems.append(covered_said(extraction, covered, where))
        void = stamps_on(extraction, getattr(words, "void", []), out)
        if void:  # a form stamped void: read, and said (the stamp's words left out of its values)
            params = {"stamp": " / ".join(dict.fromkeys(t for _n, t in void)), "pages": _pages(void)}
            extraction.problems.append(
                Problem("form_stamped_void", location=where, severity="warning", params=params)
            )
        after = getattr(words, "changed_after_signing", 0)
        if after:
            extraction.problems.append(
                Problem(
                    "pdf_changed_after_signing", location=where, severity="warning", params={"after": after}
                )
            )
    return out


def stamps_on(
    extraction: Extraction, void: list[tuple[int, str]], out: list[Extraction]
) -> list[tuple[int, str]]:
    """The void stamps (page, words) of ``void`` that stand on ``extraction``'s form: of a file
    of several forms (one a page), those on the pages from its first value's to its last; a
    stamp on no form's pages is said on every form (which it voids cannot be told)."""

    def span(one: Extraction) -> tuple[int, int] | None:
        pages = [n for n in map(page_number, one.locations.values()) if n]
        return (min(pages), max(pages)) if pages else None

    spans = [s for s in map(span, out) if s is not None]
    own = span(extraction)
    if len(out) < 2 or own is None:
        return void
    return [
        (n, t)
        for n, t in void
        if own[0] <= n <= own[1] or not any(first <= n <= last for first, last in spans)
    ]


def _pages(found: list[tuple[int, str]]) -> str:
    """The pages of ``found`` (page, text) as written in a message: ``1, 3``."""
    return ", ".join(str(n) for n in dict.fromkeys(n for n, _t in found))


def covered_said(extraction: Extraction, covered: list[int], where: str) -> Problem:
    """What a PDF's texts under white boxes drawn over them (left out, as a viewer shows the
    page: :class:`.pdf_text.Covers`) mean for one of its forms: all it held, when the form reads
    blank without them (``values_covered``, no blank form); else a warning (``text_covered``)."""
    pages = ", ".join(str(n) for n in dict.fromkeys(covered))
    if extraction.blank and extraction.kind is not None:
        title = Bilingual.title(forms.get(extraction.kind))
        return SourceError("values_covered", title=title, count=len(covered), pages=pages).problem()
    return Problem(
        "text_covered", location=where, severity="warning", params={"count": len(covered), "pages": pages}
    )


def dense_pages_said(dense: list[tuple[int, int]], location: str) -> Problem:
    """The document's warning that pages over ``pdf_page_chars`` were left out (the form was
    read on the others): which, how dense, and what to do if the form was on one."""
    return Problem(
        "dense_page_skipped",
        location=location,
        severity="warning",
        params={
            "pages": Bilingual("、".join(str(p) for p, _ in dense), ", ".join(str(p) for p, _ in dense)),
            "count": f"{max(c for _, c in dense):,}",
            "limit": f"{limits().pdf_page_chars:,}",
        },
    )


def _extract(
    path: Path,
    data: bytes,
    kind: str | None,
    words: list[Word],
    rules: list[Rule],
    has_form: bool,
    papers: dict[int, Paper],
    found: Any,
) -> list[Extraction]:
    fields = field_values(data) if has_form else []
    # an XFA form is an AcroForm (PDFium's form type): a PDF without one is not opened again
    if has_form and not any(f.value not in (None, "") for f in fields) and _xfa_only(data, words):
        raise SourceError("xfa_form")  # a dynamic XFA form: its pages are drawn by Adobe Reader alone
    if not words and not any(f.value is not None for f in fields):
        # a blank page carrying the form as an attached file: read it, or name what is attached
        # (the pages looked at first: a scan carrying a file is said as a scan beside it)
        attached = read_attached(path, data, kind, extract, scanned=lambda: _a_scan(words, data))
        if attached is not None:
            return attached
        raise SourceError("no_text_layer")

    struck: list[Struck] = getattr(words, "struck", [])
    across: set[int] = getattr(words, "across", set())  # pages printed across, not joined
    spans: list[tuple[float, float]] = getattr(words, "spans", [])
    boxes = _boxes(words, rules, papers, found)
    try:
        spec, guessed = choose_form(
            kind, (w.text for w in words), [boxes], hint=_kind_of_fields(fields) if fields else None
        )
    except SourceError as exc:
        letter = _letter(exc, words, fields, kind, str(path))
        if letter is not None:  # a complaint written as a letter: what its set phrases state
            return [letter]
        if (
            not fields
            and (
                attached := read_attached(
                    path, data, kind, extract, said=False, scanned=lambda: _a_scan(words, data)
                )
            )
            is not None
        ):
            return attached  # a portfolio's cover page over the forms attached to it
        if not fields:
            _scan_check(words, data)  # a scan with a stray text line: say it needs OCR, not "which form?"
            _garbled_check(words)
            if exc.params.get("found") == "" and words:  # no label among them: the words quoted
                raise SourceError(exc.code, **(exc.params | {"found": _words_found(words)})) from None
        raise

    if fields:  # one AcroForm is one document (a letter exported with a fillable reference box too)
        return [
            _form_or_letter(
                spec, boxes, words, fields, path, guessed, struck, set(), (rules, spans), data, kind
            )
        ]
    explaining = _instruction_pages(words, spec)
    if explaining:  # a workbook printed with its "How to fill in" sheet first: not a document
        words = [w for w in words if w.page not in explaining]
        rules = [r for r in rules if r.page not in explaining]
        kept = [c for c in found if c.page not in explaining] if found is not None else None
        boxes = _boxes(words, rules, papers, kept)
    ranges = _documents(words, spec)
    if len(ranges) == 1:
        return [
            _form_or_letter(
                spec, boxes, words, fields, path, guessed, struck, across, (rules, spans), data, kind
            )
        ]
    out = []
    for first, last in ranges:
        part = [w for w in words if first <= w.page <= last]
        part_boxes = _boxes(part, [r for r in rules if first <= r.page <= last], papers)
        out.append(
            _extraction(
                spec, part_boxes, part, [], f"{path}#p{first}", guessed, struck, across, (rules, spans), data
            )
        )
    return without_blank_copies(out, [first for first, _ in ranges], str(path), on_pages=True)


def _form_or_letter(
    spec: FormSpec,
    boxes: _Boxes,
    words: list[Word],
    fields: list[FieldValue],
    path: Path,
    guessed: Guess,
    struck: Sequence[Struck],
    across: set[int],
    margins: tuple[Sequence[Rule], Sequence[tuple[float, float]]],
    data: bytes,
    kind: str | None,
) -> Extraction:
    """One document's extraction, or the letter it is: a letter whose form reader found no label
    (``--kind complaint``, a title word, a fillable box), or found only the reference or date
    lines above its prose (or its fillable reference box) — then the letter's own reading."""
    try:
        got = _extraction(spec, boxes, words, fields, str(path), guessed, struck, across, margins, data)
    except SourceError as exc:
        letter = _letter(exc, words, fields, kind, str(path))
        if letter is None:
            raise
        return letter
    letter = read_letter(words, str(path), form=got) if kind in (None, "complaint") else None
    return letter or got


def _letter(exc: SourceError, words: list[Word], fields: list[Any], kind: str | None, source: str) -> Any:
    """A complaint letter's extraction (:mod:`.letters`) when no form was found in its words —
    a letter exported from Word with a fillable box or two (``fields``: an AcroForm of no form's
    labels) too: the letter frame and its complaint decide, as for any letter."""
    if exc.code not in ("not_a_form", "unknown_kind") or kind not in (None, "complaint"):
        return None
    return read_letter(words, source)


_TITLED_NUMBER = lazy_re(r"^(?P<title>.*[^\W\d_].*?)\s*[#:：]?\s+(?P<number>[A-Z]{1,8}[-_/]?\d[\w\-/.]{3,})$")
# what every code :data:`_TITLED_NUMBER` takes holds: a capital, then a figure after a dash at
# most; a heading without one (most: a Chinese title) is not tried against its backtracking
# ``.*`` (issue 15)
_CODE_START = lazy_re(r"[A-Z][-_/]?\d")


_CRUMB = lazy_re(r"\s+[›»>]\s+|\s*[›»]\s*")
_CODE = lazy_re(r"^(?=.*\d)[A-Za-z0-9][\w\-/.]{3,}$")


def _crumb_number(text: str) -> dict[str, str] | None:
    """A portal's breadcrumb line ending in the document's code (``Supplier Quality Portal › 8D ›
    8D-0047718``, ``Home > Complaints > SC-2026-0311``): its title is the crumbs before the code."""
    parts = [p.strip() for p in _CRUMB.split(text.strip()) if p.strip()]
    if len(parts) < 2 or not _CODE.match(parts[-1]):
        return None
    return {"title": " ".join(parts[:-1]), "number": parts[-1]}


def _number_in_title(boxes: list[Box], spec: FormSpec, reading: Any) -> None:
    """A page heading made of the form's title and a code (``Supplier Complaint SC-0091244``, a
    case page a portal prints): the code is the document's number when nothing else gave one,
    read with low confidence so that it is shown for checking."""
    read = reading.provenance.get("number")
    if "number" not in spec.fields or (
        reading.values.get("number") not in (None, "") and read is not None and read.confidence >= 0.8
    ):
        return  # a number read surely elsewhere (a breadcrumb's word beside it is no such reading)
    first = min((b.y0 for b in boxes if not b.empty), default=0.0)
    heads = [b for b in boxes if not b.empty and isinstance(b.value, str) and "\n" not in b.value]
    for box in sorted(heads, key=lambda b: (b.y0, b.x0)):
        if box.y0 > first + 120:  # the heading stands at the top of the first page
            break
        head = box.text.strip()
        m = (_TITLED_NUMBER.match(head) if _CODE_START.search(head) else None) or _crumb_number(box.text)
        if m is None or detect_kind([m["title"]], [spec]) != spec.kind:
            continue
        reading.values["number"] = m["number"]
        reading.where["number"] = box.location
        reading.provenance["number"] = Provenance(box.location, m["title"], box.location, 0.6, "title")
        return


def _first_line(ws: list[Word]) -> str:
    """The words of a page's first printed line, left to right."""
    first = min(ws, key=lambda w: (w.top, w.x0))
    return " ".join(w.text for w in sorted(ws, key=lambda w: w.x0) if abs(w.middle - first.middle) < 2.0)


def _instruction_pages(words: list[Word], spec: FormSpec) -> set[int]:
    """The pages of the form's instructions printed with it (a workbook that opens on its
    ``How to fill in …`` sheet): a page whose first line is such a heading, and the pages after
    it up to the next page carrying the form's title. Empty when no page of the form is left."""
    pages: dict[int, list[Word]] = {}
    for w in words:
        pages.setdefault(w.page, []).append(w)
    if len(pages) < 2:  # one page: its instructions alone leave no form, so none are set aside
        return set()
    out: set[int] = set()
    inside = False
    for n in sorted(pages):
        ws = pages[n]
        if instructions_first([_first_line(ws)]):
            inside = True
        elif detect_kind((w.text for w in sorted(ws, key=lambda w: (w.top, w.x0))[:60]), [spec]) == spec.kind:
            inside = False
        if inside:
            out.add(n)
    return out if len(out) < len(pages) else set()


def _documents(words: list[Word], spec: FormSpec) -> list[tuple[int, int]]:
    """Page ranges of the forms in one PDF: a workbook of several filled sheets prints as one file.

    A page carrying the form's title starts the next form when it also repeats labels the
    current one already has, and the current one began with the title too; a title repeated on
    every page of one long form (print titles) comes with new labels only, and a page after one
    ending ``（接下頁）`` / ``continued on next page`` goes on with its form.
    """
    pages: dict[int, list[Word]] = {}
    for w in words:
        pages.setdefault(w.page, []).append(w)
    numbers = sorted(pages)
    if len(numbers) < 2:
        return [(numbers[0] if numbers else 1, numbers[-1] if numbers else 1)]

    def labels(ws: list[Word]) -> set[str]:
        return set(find_labels([Box(w.text, w.text, w.x0, w.top, w.x1, w.bottom, "") for w in ws], spec))

    @cache
    def titled(n: int) -> bool:
        return detect_kind((w.text for w in pages[n][:60]), [spec]) == spec.kind

    def said_to_go_on(n: int) -> bool:  # the page before ends "（接下頁）" / "continued on next page"
        before = pages.get(n - 1, [])
        tops = sorted({round(w.top) for w in before})[-3:]  # its last lines (a page number under it)
        return any(continued_caption(" ".join(w.text for w in before if round(w.top) == t)) for t in tops)

    starts = [numbers[0]]
    seen: set[str] | None = None
    for n in numbers[1:]:
        if (
            not titled(n)
            or not titled(starts[-1])
            or continues_form(_first_line(pages[n]))
            or said_to_go_on(n)
        ):
            # copies of a form each begin with its title; a titled page after untitled ones
            # (a workbook's summary sheet after its step sheets) is the same document's
            continue
        if seen is None:
            seen = labels([w for m in numbers if starts[-1] <= m < n for w in pages[m]])
        titles = print_titles(pages[starts[-1]], pages[n])
        rest = [w for w in pages[n] if id(w) not in titles]
        here = (titles and labels(rest)) or labels(pages[n])  # (a page repeated whole: a copy)
        if here & seen:
            starts.append(n)
            seen = here
        else:
            seen |= here
    ends = [s - 1 for s in starts[1:]] + [numbers[-1]]
    return list(zip(starts, ends))


def print_titles(first: list[Word], page: list[Word]) -> set[int]:
    """The words (their ids) of ``page``'s leading lines that repeat ``first``'s leading lines
    word for word at the same places: a sheet's print titles (its title and control header,
    ``8D REPORT · Doc. No. QF-8D-01 Rev. D``) printed again at the top of each page. Their
    labels say nothing of a new form beginning; the lines after them do. Empty where the
    first lines differ (another copy of the form: its number, its customer)."""
    out: set[int] = set()
    lines, again = _top_lines(first), _top_lines(page)
    if not lines or not again:
        return out
    for above, here in zip(lines, again, strict=False):
        # (each line as far below its page's first line: a point apart at most)
        down = abs((above[0].top - lines[0][0].top) - (here[0].top - again[0][0].top))
        if down > 1.0 or not _same_line(above, here):
            break
        out.update(id(w) for w in here)
    return out


def _top_lines(words: list[Word]) -> list[list[Word]]:
    """A page's words in lines, top down (a word within half its height of a line's first
    word's top is on that line), each line's words left to right."""
    lines: list[list[Word]] = []
    for w in sorted(words, key=lambda w: (w.top, w.x0)):
        if lines and w.top - lines[-1][0].top <= 0.5 * (w.bottom - w.top):
            lines[-1].append(w)
        else:
            lines.append([w])
    return [sorted(line, key=lambda w: w.x0) for line in lines]


def _same_line(above: list[Word], here: list[Word]) -> bool:
    """The same words at the same places, a point apart at most (two prints of one row)."""
    return len(above) == len(here) and all(
        a.text == b.text and abs(a.x0 - b.x0) <= 1.0 for a, b in zip(above, here, strict=True)
    )


def _across_doubts(spec: FormSpec, where: Locations, pages: set[int]) -> list[Problem]:
    """One warning for the document naming every page that looks printed across (columns
    continued sideways) but was not joined, with the fields read from those pages: a print of
    ten such pages said it ten times (once a page, once a field) and buried the other findings.
    The fields stay named on the warning (``fields``), so each value read there is flagged."""
    if not pages:
        return []
    shown = {f"p{page}" for page in pages}
    paths = [p for p, place in where.items() if p and place and place.partition(" ")[0] in shown]
    labels = [Bilingual(*labels_for(spec, path)) for path in paths]
    read = (
        Bilingual(
            "；从这些页读到的栏位请逐一核对：{}".format("、".join(b.zh for b in labels[:ACROSS_LABELS])),
            "; check each field read from them: {}".format(", ".join(b.en for b in labels[:ACROSS_LABELS])),
        )
        if labels
        else Bilingual("", "")
    )
    if len(labels) > ACROSS_LABELS:
        read = Bilingual(read.zh + " 等", read.en + "…")
    first = min(pages)
    return [
        Problem(
            "printed_across_pages",
            location=f"p{first}",
            severity="warning",
            params={"pages": sorted(pages), "read": read, "fields": paths},
        )
    ]


def _printed_problems(
    spec: FormSpec,
    reading: Any,
    values: dict[str, Any],
    where: Locations,
    boxes: _Boxes,
    fields: list[FieldValue],
    typed_roots: set[str],
) -> list[Problem]:
    """The printed reading's warnings that still stand. With form fields named for the record
    they are set aside (the print near a label is the blank's own), save a year it took for a
    value that stays (dates.years_said); fields placed by their boxes (named ``f1``, ``pdesc``)
    are read as print, and the print's warnings on what they gave stand."""
    if not fields:
        return (
            _on_pages(reading_problems(spec, reading))
            + _cut_off(spec, values, where, boxes.cut)
            + _order_unsure(spec, values, where, getattr(boxes, "unsure", {}))
            + _letters_lost(spec, values, where)
        )
    kept = years_said(reading.problems, values)
    if any(not named_for_a_form(f.name) for f in fields):  # (one list: a year's warning once)
        kept += [p for p in reading_problems(spec, reading) if _root(p.field) not in typed_roots]
    return _on_pages(kept)


def _root(path: str) -> str:
    """``items[0].qty`` → ``items``: the record field a path is in."""
    return path.partition(".")[0].partition("[")[0]


def _overprinted(
    spec: FormSpec,
    values: dict[str, Any],
    where: Locations,
    overprinted: dict[str, str],
    unfilled: set[str] = frozenset(),  # type: ignore[assignment]
) -> list[Problem]:
    """A warning on each value read from a form field whose box has other text printed under
    it: the field's ``/V`` is taken, the print's text is named so that a clerk can check; and
    on each value read from the print under an empty field's box (``unfilled``)."""
    if not overprinted and not unfilled:
        return []
    out: list[Problem] = []
    for path, place in where.items():
        value = value_paths.get(values, path) if path else None
        text = " ".join(value.split()) if isinstance(value, str) else None
        printed = overprinted.get(text) if text is not None else None
        if printed is not None:
            zh, en = labels_for(spec, path)
            params = {"value": _short(value), "printed": _short(printed)}
            out.append(Problem("field_differs_from_print", path, zh, en, place, "warning", params))
        elif text is not None and text in unfilled:
            zh, en = labels_for(spec, path)
            out.append(
                Problem("field_empty_over_print", path, zh, en, place, "warning", {"printed": _short(text)})
            )
    return out


def _unreadable_fields(
    spec: FormSpec, fields: list[FieldValue], bad: Sequence[BadField], where: Locations
) -> list[Problem]:
    """A warning for each form field whose value (a dictionary as ``/V``) or box (a ``/Rect``
    of three numbers, ``/Q /Right``) cannot be read: left out, never turned into text, and
    named on the record field it fills when its name says which (else on the file)."""
    named = [(f.name, f.page) for f in fields if f.unreadable] + [(b.name, b.page) for b in bad]
    out: list[Problem] = []
    for name, page in dict.fromkeys(named):
        location = f"p{page} · {name}"
        path = next((p for p, place in where.items() if p and place == location), "")
        zh, en = labels_for(spec, path) if path else ("", "")
        params = {"name": name, "page": page}
        out.append(Problem("field_unreadable", path, zh, en, location, "warning", params))
    return out


def _unseen_fields(spec: FormSpec, fields: list[FieldValue], where: Locations) -> list[Problem]:
    """A warning on each record field read from a form field that no widget shows (hidden,
    of no size, off the page): filled in the file, an empty box (or none) to the clerk."""
    out: list[Problem] = []
    for f in fields:
        location = f"p{f.page} · {f.name}"
        path = next((p for p, place in where.items() if p and place == location), "") if f.unseen else ""
        if path:
            zh, en = labels_for(spec, path)
            params = {"name": f.name, "page": f.page, "value": _short(f.value)}
            out.append(Problem("field_not_shown", path, zh, en, location, "warning", params))
    return out


ACROSS_LABELS = 8
"""The fields the printed-across warning names by label (all are kept in its ``fields``)."""


def _extraction(
    spec: FormSpec,
    boxes: _Boxes,
    words: list[Word],
    fields: list[FieldValue],
    source: str,
    guessed: Guess,
    struck: Sequence[Struck] = (),
    across: set[int] = frozenset(),  # type: ignore[assignment]
    margins: tuple[Sequence[Rule], Sequence[tuple[float, float]]] = ((), ()),
    data: bytes = b"",
) -> Extraction:
    """One form's raw values and locations: anchored words, overridden by filled form fields;
    ``across``: pages that look printed across but were not joined (:mod:`.pdf_across`);
    ``margins``: the ruled lines and the pages' spans that tell a running header or footer;
    ``data``: the file (a scan is told by its page image when nothing was read)."""
    reading = read_boxes(boxes, spec)
    in_margins = _from_running_lines(spec, reading, boxes, *margins)
    # "Supplier Complaint SC-0091244": a portal's heading (the form's read, of two on the page)
    _number_in_title(boxes if reading.form is None else reading.form, spec, reading)
    # (a right-to-left page's struck letters turned as its cells were: each in its own cell)
    struck = mirrored_on(list(struck), getattr(boxes, "mirror", {}))
    crossed = struck_warnings(spec, reading.values, reading.where, boxes, struck)
    values, where = reading.values, Locations({k: page_of(v) for k, v in reading.where.items()})
    provenance = {
        path: Provenance(
            f"{page_of(p.location)} · {p.label}" if p.label else page_of(p.location),
            p.label,
            page_of(p.label_location),
            p.confidence,
            p.how,
        )
        for path, p in reading.provenance.items()
    }
    where = _page_and_label(spec, where)
    typed_roots: set[str] = set()
    if fields:
        typed, typed_where = record_paths(spec, fields)
        # a field the PDF has as a form field is read from it, filled or not: the printed
        # text near its label is the blank's own (hints, headings), not the clerk's entry
        typed_roots = {_root(p) for p in typed_where}
        for path in typed_roots:
            values.pop(path, None)
            for stale in [p for p in where if p == path or p.startswith((path + "[", path + "."))]:
                del where[stale]
        values.update(typed)
        where.update(typed_where)
        for p in typed_where:
            provenance[p] = Provenance(typed_where[p], how="field")
    if not where:
        _scan_check(words, data)
        _garbled_check(words)  # (the kind told: its labels sought in glyph numbers or U+FFFD)
        raise SourceError("not_a_form", kinds=spec.title_zh, found=_words_found(words) if words else "")
    where.setdefault("", f"p{min((w.page for w in words), default=1)}")
    problems = _printed_problems(spec, reading, values, where, boxes, fields, typed_roots) + _on_pages(
        crossed
    )
    problems += _overprinted(
        spec, values, where, getattr(words, "overprinted", {}), getattr(words, "unfilled", set())
    )
    problems += _unreadable_fields(spec, fields, getattr(words, "bad_fields", []), where)
    problems += _unseen_fields(spec, fields, where)
    problems += [p for p in in_margins if _root(p.field) not in typed_roots]  # (a form field's is no print's)
    problems += _across_doubts(spec, where, {n for n in across if any(w.page == n for w in words)})
    if getattr(words, "notes", 0):  # (the clerk is told: a viewer may not show them)
        problems.append(
            Problem(
                "values_in_annotations",
                location=where[""],
                severity="warning",
                params={"count": getattr(words, "notes", 0)},
            )
        )
    in_lines = sorted(words, key=lambda w: (w.page, round(w.top), w.x0))  # (a label, then its value)
    problems += kind_doubts(spec, guessed, other_form_named((w.text for w in in_lines), spec.kind), where[""])
    # Currency: NZD, 幣別：美金, Moneda | MXN — the currency the form's amounts are in
    shown = currency_rows(boxes if reading.form is None else reading.form, later=True)
    out = Extraction(spec.kind, values, where, source, problems, provenance, shown, blank_form(reading))
    # (the first page's, from the top down: where a title is looked for)
    out.printed = lambda: (w.text for w in sorted(words, key=lambda w: (w.page, w.top, w.x0)))
    if any(p.code == "value_cut_off" for p in problems):  # (the workbook beside it: print_notes)
        out.printed_whole = _shown_whole(boxes)
    return out


def _shown_whole(boxes: _Boxes) -> dict[str, int]:
    """The texts of the print's boxes, spaces closed up, by count — but a box whose line runs to
    its cell's border (maybe cut off): what the print shows whole."""
    out: dict[str, int] = {}
    for b in boxes:
        cut = boxes.cut.get(b.location.partition("#")[0].partition(" ")[0], ())
        if b.empty or any(line in cut for line in b.text.splitlines()):
            continue
        text = " ".join(b.text.split())
        out[text] = out.get(text, 0) + 1
    return out
