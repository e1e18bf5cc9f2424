"""Forms customers send as PDF that were not made in Excel (what the third held-out set's Word
and PDF-library prints showed): a corrective-action report typed in Word with one table row per
step (``一、臨時對策 | … | 負責人：… | 完成：9/5``), a group's heading beside the tick line of one of
its members, enumerated headings ``一、`` … ``六、``, an ERP printout whose value is typed under its
bold label in one box, and its abbreviated column names (``Qty Auth.``, ``Qty Recd.``). Real
files: Word documents written by python-docx and printed by LibreOffice, workbooks by openpyxl.
"""

from __future__ import annotations

import shutil
import subprocess

import pytest
from docx import Document
from docx.shared import Pt
from helpers import soffice_convert
from openpyxl import load_workbook
from openpyxl.styles import Border, Side
from test_reader_guards import parse, value, warned, workbook
from test_reader_table_lines import _wide

from kesu_docs.forms import get
from kesu_docs.parse.vocab import vocabulary


def _word_pdf(tmp_path, tables: list[list[list[str]]], heading: str):
    """A Word document with a title and one table per list of rows, printed to PDF."""
    doc = Document()
    title = doc.add_paragraph()
    run = title.add_run(heading)
    run.bold = True
    run.font.size = Pt(14)
    for rows in tables:
        table = doc.add_table(rows=len(rows), cols=max(len(r) for r in rows))
        table.style = "Table Grid"
        for r, cells in enumerate(rows):
            for c, text in enumerate(cells):
                table.cell(r, c).text = text
        doc.add_paragraph()
    path = tmp_path / "form.docx"
    doc.save(path)
    return soffice_convert(path, "pdf", tmp_path / "pdf")


SCAR_HEADER = [
    ["SCAR編號", "SC-115-0301", "發出日期", "2026/10/02"],
    ["料號", "PW-3310", "不良數量", "41"],
    ["進料數量", "8,000", "客訴單號", "QC-115-0930"],
    ["問題描述", "充電器外殼卡扣斷裂，客戶組裝時 41 pcs 破損。", "", ""],
]
SCAR_STEPS = [
    ["一、臨時對策", "在庫 3,600 pcs 全數目視及拉力檢查", "負責人：林佳蓉", "完成：10/4"],
    ["二、真因分析", "射出保壓時間不足，卡扣根部縮痕。", "", ""],
    ["三、永久對策", "保壓時間由 2.0 秒改為 3.5 秒並加設首件拉力測試", "負責人：周文彬", "預定：2026/10/20"],
    ["五、預防再發", "□FMEA ■管制計畫 □作業標準書 ■檢驗規範", "", ""],
]


def test_a_step_row_reads_its_text_and_the_owner_and_date_typed_after_their_labels_beside_it(tmp_path):
    pdf = _word_pdf(tmp_path, [SCAR_HEADER, SCAR_STEPS], "供應商矯正預防措施要求單（SCAR）")
    result = parse(pdf, "8d")
    assert value(result, "containment[0].action") == "在庫 3,600 pcs 全數目視及拉力檢查"
    assert value(result, "containment[0].owner") == "林佳蓉"
    assert value(result, "corrective_actions[0].action") == "保壓時間由 2.0 秒改為 3.5 秒並加設首件拉力測試"
    assert value(result, "corrective_actions[0].owner") == "周文彬"
    assert value(result, "corrective_actions[0].due_date") == "2026-10-20"
    # 完成：10/4 on a form writing its dates year first: October 4th of the form's year, shown
    assert value(result, "containment[0].done_date") == "2026-10-04"
    assert warned(result, "containment[0].done_date")
    assert value(result, "problem.qty_delivered") == 8000  # 進料數量: the incoming quantity


def test_a_group_heading_beside_a_tick_line_is_answered_by_the_member_whose_options_it_ticks(tmp_path):
    pdf = _word_pdf(tmp_path, [SCAR_HEADER, SCAR_STEPS], "供應商矯正預防措施要求單（SCAR）")
    result = parse(pdf, "8d")
    assert value(result, "prevention.documents_updated") == ["control_plan", "inspection_standard"]


@pytest.mark.parametrize(
    ("heading", "field"),
    [
        ("一、臨時對策", "containment"),
        ("三、永久对策", "corrective_actions"),
        ("六、水平展開", "prevention.horizontal_deployment"),
        ("五、 预防再发", "prevention"),
    ],
)
def test_an_enumerated_chinese_heading_names_its_field_as_surely_as_without_its_number(heading, field):
    found = vocabulary(get("8d")).match(heading)
    assert found is not None and found[0] == field and found[1] >= 0.85


def test_a_month_and_day_is_not_given_a_year_on_a_form_that_writes_dates_otherwise(tmp_path):
    """``9/5`` beside English dates may be the 9th of May: left as typed (an error on the field)."""
    cells = {
        "A1": "8D Report",
        "A2": "8D No.",
        "B2": "8D-2610-07",
        "C2": "Open Date",
        "D2": "Sep 3, 2026",
        "A4": "D3 Containment",
        "A5": "Action",
        "B5": "Owner",
        "C5": "Done date",
        "A6": "Sort stock 1,200 pcs",
        "B6": "Ana Silva",
        "C6": "9/5",
    }
    result = parse(workbook(tmp_path, {"Sheet1": cells}), "8d")
    assert value(result, "containment[0].done_date") is None
    assert warned(result, "containment[0].done_date")


def _ruled(path):
    wb = load_workbook(path)
    side = Side(style="thin")
    for row in wb.active.iter_rows():
        for cell in row:
            if cell.value is not None:
                cell.border = Border(left=side, right=side, top=side, bottom=side)
            if isinstance(cell.value, str) and "\n" in cell.value:
                wb.active.row_dimensions[cell.row].height = 32  # two lines, as Excel fits them
    wb.save(path)


RMA_CELLS = {
    "A1": "RETURN MATERIAL AUTHORIZATION",
    "A3": "RMA No.",
    "B3": "RMA-0077120",
    "C3": "Customer Ref.",
    "D3": "CC-26-3307",
    "A5": "Part Number",
    "B5": "Description",
    "C5": "Qty Auth.",
    "D5": "Qty Recd.",
    "A6": "BRG-6204-ZZ",
    "B6": "Ball bearing 6204 ZZ",
    "C6": 250,
    "D6": 240,
    "A8": "Reason for Return",
    "B8": "Rust on the outer ring.",
    "A10": "Authorized By\nL. Moreno",
    "B10": "Received By\nT. Nakamura",
}


@pytest.mark.parametrize("fmt", ["xlsx", "pdf"])
def test_a_name_typed_under_its_bold_label_in_one_box_is_read_and_abbreviated_columns_are_known(
    tmp_path, fmt
):
    path = workbook(
        tmp_path, {"Sheet1": RMA_CELLS}, bold=("A3", "C3", "A5", "B5", "C5", "D5", "A8", "A10", "B10")
    )
    _wide(path, {"A": 24, "B": 26, "C": 16, "D": 16})
    _ruled(path)  # a printout's boxes: the label and the name typed under it share one
    if fmt == "pdf":
        path = soffice_convert(path, "pdf", tmp_path / "pdf")
    result = parse(path, "return")
    assert value(result, "approved_by") == "L. Moreno"
    assert value(result, "warehouse_receiver") == "T. Nakamura"
    assert value(result, "complaint_number") == "CC-26-3307"
    assert value(result, "items[0].qty_approved") == 250
    assert value(result, "items[0].qty_returned") == 240


G8D_D4_D5 = [
    [
        ["Concern Title", "Door hinge pin loose", "", ""],
        ["G8D No.", "G8D-26-0731", "Open Date", "2026-10-05"],
    ],
    [
        ["D4 Diagnose the Root Cause and Escape Point", "", "% Contribution"],
        ["Root Cause", "Riveting die worn.", "80%"],
        ["Escape Point", "Pull test once a shift.", "20%"],
    ],
    [
        ["D5 Choose and Verify Permanent Corrective Actions (PCA)", "", "", ""],
        ["Chosen PCA", "Responsible", "Target Date", "Verification"],
        ["Die changed every 20,000 hits", "Li Wei", "2026-10-20", "Pull test on 200 pcs"],
    ],
]


def test_a_root_cause_over_an_escape_point_with_their_shares_under_one_column_name_are_read(tmp_path):
    """A Global 8D's D4: ``Root Cause | text | 80%`` over ``Escape Point | text | 20%``, the
    ``% Contribution`` column named once in the heading's row."""
    pdf = _word_pdf(tmp_path, G8D_D4_D5, "Global 8D Report")
    result = parse(pdf, "8d")
    causes = {c["type"]: c for c in value(result, "root_cause")}
    assert causes["occurrence"]["cause"] == "Riveting die worn."
    assert causes["escape"]["cause"] == "Pull test once a shift."
    assert causes["occurrence"]["contribution_pct"] == "0.8"
    assert causes["escape"]["contribution_pct"] == "0.2"
    assert warned(result, "root_cause[0].type")  # the line under the table's own name: a guess, shown


def test_a_chosen_pca_table_is_the_corrective_actions_with_their_verification(tmp_path):
    pdf = _word_pdf(tmp_path, G8D_D4_D5, "Global 8D Report")
    result = parse(pdf, "8d")
    assert value(result, "corrective_actions[0].action") == "Die changed every 20,000 hits"
    assert value(result, "corrective_actions[0].owner") == "Li Wei"
    assert value(result, "corrective_actions[0].due_date") == "2026-10-20"
    assert value(result, "corrective_actions[0].validation_method") == "Pull test on 200 pcs"


ALLOWANCE_HEADER = [
    [
        ["折讓單號", "AL-2610-0012", "開立日期", "2026.10.8"],
        ["客戶名稱", "廣達電腦股份有限公司", "統一編號", "22099131"],
        ["原發票號碼", "AB 12345678", "發票日期", "2026/9/18"],
    ],
    [["品名", "數量", "單價", "折讓金額"], ["電源線 1.8M", "1,000", "2.50", "2,500"]],
    [["核准", "簡志強", "業務主管", "呂怡萱", "經辦", "許家豪"]],
]


def test_the_date_named_after_issuing_beside_the_invoice_date_is_the_notes_own_date(tmp_path):
    """開立日期 reads as an invoice's date by its words; beside 發票日期 it is the note's own."""
    pdf = _word_pdf(tmp_path, ALLOWANCE_HEADER, "銷 貨 折 讓 單")
    result = parse(pdf, "allowance")
    assert value(result, "issue_date") == "2026-10-08"
    assert value(result, "invoice_date") == "2026-09-18"
    assert value(result, "approved_by_gm") == "簡志強"  # 核准: the note's top approval
    assert value(result, "approved_by_manager") == "呂怡萱"  # 業務主管: the sales manager


def _word_paragraphs_pdf(tmp_path, lines: list[tuple[str, bool]]):
    """A Word document of paragraphs only (``(text, bold)``; tabs between a line's parts)."""
    doc = Document()
    for text, bold in lines:
        run = doc.add_paragraph().add_run(text)
        run.bold = bold
    path = tmp_path / "report.docx"
    doc.save(path)
    return soffice_convert(path, "pdf", tmp_path / "pdf")


EIGHTD_PARAGRAPHS = [
    ("8D REPORT", True),
    ("8D Number:\t8D-26-0522", False),
    ("Customer:\tNordwerk Antriebe GmbH", False),
    ("D1 – Establish the Team", True),
    ("Laura Chen\tTeam Leader\tQuality", False),
    ("Martin Hu\tMember\tAssembly", False),
    ("D4 – Root Cause (Occurrence)", True),
    ("Press fit force drifted after tool change.", False),
    ("D4 – Root Cause (Escape)", True),
    ("Force monitor limits were too wide.", False),
]


def test_a_team_line_of_name_role_and_department_reads_the_name_before_its_role(tmp_path):
    """``Laura Chen⇥Team Leader⇥Quality``: the role is no caption of the department (that was a
    silent misread: the name read as ``Quality``)."""
    result = parse(_word_paragraphs_pdf(tmp_path, EIGHTD_PARAGRAPHS), "8d")
    team = {m["name"]: m for m in value(result, "team")}
    assert team["Laura Chen"]["role"] == "leader" and team["Laura Chen"]["dept"] == "Quality"
    assert team["Martin Hu"]["role"] == "member" and team["Martin Hu"]["dept"] == "Assembly"


def test_headings_naming_a_cause_type_in_brackets_read_the_cause_of_that_type_under_each(tmp_path):
    result = parse(_word_paragraphs_pdf(tmp_path, EIGHTD_PARAGRAPHS), "8d")
    causes = {c["type"]: c["cause"] for c in value(result, "root_cause")}
    assert causes == {
        "occurrence": "Press fit force drifted after tool change.",
        "escape": "Force monitor limits were too wide.",
    }


CREDIT_NOTE = {
    "A1": "CREDIT NOTE",
    "A3": "Customer:",
    "B3": "Bosch Power Tools (China) Co., Ltd.",
    "D3": "Credit Note No:",
    "E3": "CN-26-0318",
    "A4": "Customer VAT No:",
    "B4": "91330100X04917755A",
    "D4": "Our Ref:",
    "E4": "QC-26-0815",
    "A5": "Original Invoice:",
    "B5": "INV-26-09112",
    "A7": "Description",
    "B7": "Qty",
    "C7": "Unit Price",
    "E7": "Credit",
    "A8": "Hinge HG-40 price adjustment",
    "B8": "4000",
    "C8": "0.30",
    "E8": "1200.00",
    "C10": "Net",
    "E10": "1200.00",
    "C11": "VAT 13%",
    "E11": "156.00",
    "C12": "Total Credit",
    "E12": "1356.00",
    "A14": "Authorised signatory:",
    "B14": "Chen Yuhua",
}


@pytest.mark.parametrize("fmt", ["xlsx", "pdf"])
def test_an_accounting_packages_credit_note_names_its_fields_in_its_own_words(tmp_path, fmt):
    """No boxes, ``Label: value`` columns: the buyer's VAT number, ``Our Ref``, a ``Credit``
    column, ``Net`` / ``VAT 13%`` (a tax line with its rate) and the authorised signatory."""
    path = workbook(tmp_path, {"Sheet1": CREDIT_NOTE})
    _wide(path, {"A": 26, "B": 34, "C": 14, "D": 16, "E": 14})
    if fmt == "pdf":
        path = soffice_convert(path, "pdf", tmp_path / "pdf")
    result = parse(path, "allowance")
    assert value(result, "buyer_tax_id") == "91330100X04917755A"
    assert value(result, "complaint_number") == "QC-26-0815"
    assert value(result, "items[0].allowance_amount") == "1200.00"
    assert value(result, "total_excl_tax") == "1200.00"
    assert value(result, "total_tax") == "156.00"
    assert value(result, "approved_by_manager") == "Chen Yuhua"


def test_a_quantity_in_panels_and_the_name_beside_填表_are_read(tmp_path):
    cells = {"A1": "客 訴 單", "A2": "客訴編號", "B2": "CMP-26-1001", "A3": "出貨數量", "B3": "1,500 PNL"}
    cells |= {"A4": "不良數量", "B4": "45 PNL", "A6": "填表", "B6": "吳佳蓉"}
    result = parse(workbook(tmp_path, {"Sheet1": cells}), "complaint")
    assert value(result, "ship_qty") == 1500 and value(result, "defect_qty") == 45
    assert value(result, "reporter") == "吳佳蓉"


def _drawn_pdf(
    path, pages: list[tuple[list[tuple[float, float, str, bool]], list[tuple[float, float, float, float]]]]
):
    """A PDF drawn the way a PDF library draws one (each text placed at its point, rectangles
    stroked): per page, texts ``(x, top, text, bold)`` and rectangles ``(x0, top, x1, bottom)``
    in points from the top left of an A4 page; Helvetica, no embedded font."""
    height = 842
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b""]
    fonts = b"<< /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> /F2 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold >> >>"
    kids = []
    for texts, rects in pages:
        ops = [
            f"{x0:.1f} {height - bottom:.1f} {x1 - x0:.1f} {bottom - top:.1f} re S"
            for x0, top, x1, bottom in rects
        ]
        for x, top, text, bold in texts:
            safe = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            ops.append(f"BT /{'F2' if bold else 'F1'} 9 Tf {x:.1f} {height - top - 9:.1f} Td ({safe}) Tj ET")
        stream = "\n".join(ops).encode("latin-1")
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        content = len(objects)
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font "
            + fonts
            + b" >> /Contents %d 0 R >>" % content
        )
        kids.append(len(objects))
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids),
        len(kids),
    )
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    path.write_bytes(bytes(out))
    return path


COLUMNS = [
    (45, "Line"),
    (82, "Part No."),
    (187, "Description"),
    (357, "Qty Returned"),
    (428, "Qty Accepted"),
    (507, "UOM"),
]


def _receiving_list(lines_first: int, lines_second: int):
    """An RMA receiving list over two pages, its header a bar drawn as one rectangle."""
    head = [(42, 70, "RMA Number", True), (170, 70, "RMA-26-4410", False)]
    head += [(42, 88, "RMA Date", True), (170, 88, "2026/09/09", False)]
    head += [(42, 106, "Customer", True), (170, 106, "Flextronics (Zhuhai) Co., Ltd.", False)]

    def table(top: float, first: int, count: int):
        texts = [(x, top + 6, name, True) for x, name in COLUMNS]
        rects = [(42, top, 553, top + 21)]
        for k in range(count):
            n, y = first + k, top + 27 + 20 * k
            texts += [
                (45, y, str(n + 1), False),
                (82, y, f"PN-{4100 + n}", False),
                (187, y, f"Connector {n + 1}", False),
            ]
            texts += [
                (357, y, str(10 * (n + 1)), False),
                (428, y, str(10 * (n + 1) - 1), False),
                (507, y, "PCS", False),
            ]
            rects.append((42, top + 21 + 20 * k, 553, top + 41 + 20 * k))
        return texts, rects, top + 41 + 20 * count

    texts1, rects1, end = table(150, 0, lines_first)
    texts1 = [
        (42, 30, "RMA RECEIVING LIST", True),
        *head,
        *texts1,
        (42, end + 8, "continued on next page", False),
    ]
    texts2, rects2, end = table(80, lines_first, lines_second)
    texts2 = [(42, 40, "RMA RECEIVING LIST (continued) RMA-26-4410", True), *texts2]
    texts2 += [
        (42, end + 20, "Reason:", True),
        (113, end + 20, "Pin retention below 8 N after reflow.", False),
    ]
    return [(texts1, rects1), (texts2, rects2)]


def test_a_header_bar_drawn_as_one_rectangle_names_its_columns_and_the_table_goes_on_over_the_page(tmp_path):
    """A PDF library's printout: the column names spaced along one shaded bar, ``continued on
    next page``, the next page's title and the header printed again, then ``Reason:`` under the
    lines (the form's label, no row)."""
    pdf = _drawn_pdf(tmp_path / "rma.pdf", _receiving_list(5, 3))
    result = parse(pdf)
    assert result.kind == "return"  # "RMA RECEIVING LIST"
    items = value(result, "items")
    assert [i["part_no"] for i in items] == [f"PN-{4100 + n}" for n in range(8)]
    assert items[7]["qty_returned"] == 80 and items[7]["qty_approved"] == 79  # Qty Accepted
    assert value(result, "issue_date") == "2026-09-09"  # RMA Date
    assert value(result, "reason") == "Pin retention below 8 N after reflow."


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")

PORTAL_PAGE = """<!doctype html><html><head><meta charset="utf-8"><style>
body { font-family: 'Noto Sans CJK SC', 'Noto Sans', Arial, sans-serif; font-size: 10pt; margin: 30px; }
dl { display: grid; grid-template-columns: 150px 190px 150px 170px; row-gap: 8px; }
dt { color: #555; } dd { margin: 0; }
</style></head><body>
<h1>Supplier Complaint SC-0092210</h1>
<dl>
<dt>Customer</dt><dd>Whirlpool Europe S.r.l.</dd><dt>Material</dt><dd>481010-PUMP-31</dd>
<dt>Material Description</dt><dd>Drain pump assy</dd><dt>Supplier Batch</dt><dd>DP2609-04</dd>
<dt>Delivered Quantity</dt><dd>4,000 PC</dd><dt>Defective Quantity</dt><dd>52 PC</dd>
<dt>Defect Category</dt><dd>Quality</dd><dt>Response Due</dt><dd>Sep 18, 2026</dd>
</dl>
<p>Buyer contact: Marco Rossi</p>
</body></html>"""


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt-get install chromium)")
def test_a_page_printed_by_a_browser_keeps_the_spaces_between_its_words(tmp_path):
    """Chromium places each word apart (a CJK font's Latin) with no space character: PDFium's own spaces
    between words a word space apart are kept (``Supplier Batch``, not ``SupplierBatch``),
    never between the letters it kerned apart."""
    html = tmp_path / "case.html"
    html.write_text(PORTAL_PAGE, encoding="utf-8")
    pdf = tmp_path / "case.pdf"
    subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={tmp_path / 'profile'}",
         "--no-pdf-header-footer", f"--print-to-pdf={pdf}", html.as_uri()],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    result = parse(pdf, "complaint")
    assert value(result, "customer") == "Whirlpool Europe S.r.l."
    assert value(result, "part_name") == "Drain pump assy"
    assert value(result, "lot_no") == "DP2609-04"
    assert value(result, "ship_qty") == 4000 and value(result, "defect_qty") == 52
    assert value(result, "complaint_type") == "quality"
    assert value(result, "reporter") == "Marco Rossi"
    # the case page's heading: the form's title and its number, read and shown for checking
    assert value(result, "number") == "SC-0092210" and warned(result, "number")


RETURN_PORTAL = """<!doctype html><html><head><meta charset="utf-8"><style>
body { font-family: 'Noto Sans CJK SC', 'Noto Sans', sans-serif; font-size: 10pt; margin: 30px; }
.grid { display: grid; grid-template-columns: repeat(3, 220px); gap: 6px; }
.f { border: 1px solid #ccc; padding: 4px; } .f div:first-child { color: #666; }
table { border-collapse: collapse; margin-top: 12px; } td, th { border: 1px solid #999; padding: 3px 8px; }
</style></head><body>
<h2>退货申请单详情</h2>
<div class="grid">
<div class="f"><div>退货申请号</div><div>RT2026100042</div></div>
<div class="f"><div>申请时间</div><div>2026-10-12 09:30:41</div></div>
<div class="f"><div>采购组织</div><div>佛山顺德家电制造有限公司</div></div>
<div class="f"><div>关联质量问题单</div><div>QI-2610-0117</div></div>
<div class="f"><div>处理方式</div><div>换货</div></div>
</div>
<table><tr><th>行号</th><th>物料编码</th><th>物料描述</th><th>退货数量</th><th>单位</th></tr>
<tr><td>10</td><td>M-YJ-5601</td><td>洗碗机循环泵电机</td><td>80</td><td>台</td></tr></table>
</body></html>"""


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt-get install chromium)")
def test_an_srm_portals_return_page_names_its_fields_in_its_own_words(tmp_path):
    """申请时间 (a date with its time), 采购组织 (the buyer), 关联质量问题单, 物料描述."""
    html = tmp_path / "return.html"
    html.write_text(RETURN_PORTAL, encoding="utf-8")
    pdf = tmp_path / "return.pdf"
    subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={tmp_path / 'profile'}",
         "--no-pdf-header-footer", f"--print-to-pdf={pdf}", html.as_uri()],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    result = parse(pdf, "return")
    assert value(result, "issue_date") == "2026-10-12"
    assert value(result, "customer") == "佛山顺德家电制造有限公司"
    assert value(result, "complaint_number") == "QI-2610-0117"
    assert value(result, "items[0].part_name") == "洗碗机循环泵电机"
