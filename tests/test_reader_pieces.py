"""Labels and values written in pieces (kesu_docs/parse/compound.py), and the words for them.

A Taiwanese certificate writes its invoice number over 字軌 | 號碼 and its date over 年 | 月 | 日;
a customer's sheet captions a block 客户 beside 名称 / 订单号; an OQC sheet splits its defect
quantity over category columns. Each test writes such a sheet with openpyxl (or, for what only a
printed PDF does, gives the reader the boxes a PDF yields) and checks the value, where it came
from, and that nothing is derived from what was not read.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from helpers import parse_cli
from openpyxl import Workbook
from pydantic import TypeAdapter, ValidationError

from kesu_docs.forms import get
from kesu_docs.parse.anchor import Box, read_boxes
from kesu_docs.parse.excel import extract
from kesu_docs.parse.pdf import extract as extract_pdf
from kesu_docs.parse.vocab import vocabulary
from kesu_docs.values import Qty

LAYOUTS = Path(__file__).resolve().parent / "layouts"


def sheet(tmp_path: Path, cells: dict[str, object], merged=()) -> Path:
    wb = Workbook()
    ws = wb.active
    for ref, value in cells.items():
        ws[ref] = value
    for rng in merged:
        ws.merge_cells(rng)
    path = tmp_path / "form.xlsx"
    wb.save(path)
    return path


def read(path: Path, kind: str | None = None):
    [ex] = extract(path, path.read_bytes(), kind)
    return ex


TAIWAN_HEAD = {
    "A1": "營業人銷貨退回進貨退出或折讓證明單",
    "A2": "中華民國 115 年 9 月 8 日",
    "A4": "開立發票",
    "G4": "退貨或折讓內容",
    "A5": "聯式",
    "B5": "年",
    "C5": "月",
    "D5": "日",
    "E5": "字軌",
    "F5": "號碼",
    "G5": "品名",
    "H5": "數量",
    "I5": "單價",
    "J5": "金額",
    "K5": "營業稅",
}


def taiwan_line(row: int, invoice: tuple[int, int, int, str, object], name: str, qty: int) -> dict:
    y, m, d, track, number = invoice
    return {
        f"A{row}": "三",
        f"B{row}": y,
        f"C{row}": m,
        f"D{row}": d,
        f"E{row}": track,
        f"F{row}": number,
        f"G{row}": name,
        f"H{row}": qty,
        f"I{row}": 25,
        f"J{row}": qty * 25,
        f"K{row}": qty * 25 // 20,
    }


# ---------------------------------------------------------------------------------- joined columns
def test_an_invoice_number_over_track_and_number_columns_is_one_number(tmp_path):
    cells = TAIWAN_HEAD | taiwan_line(6, (115, 8, 28, "QK", 38715520), "無線充電模組", 400)
    ex = read(sheet(tmp_path, cells, merged=["A4:F4", "G4:K4"]))
    assert ex.kind == "allowance"
    assert ex.values["invoice_no"] == "QK38715520"
    prov = ex.provenance["invoice_no"]
    assert (prov.location, prov.how) == ("Sheet!E6", "joined-columns")
    assert "字軌" in prov.label and "號碼" in prov.label


def test_a_date_over_year_month_day_columns_counts_a_three_digit_year_from_the_roc(tmp_path):
    cells = TAIWAN_HEAD | taiwan_line(6, (115, 8, 28, "QK", 38715520), "無線充電模組", 400)
    code, [doc] = parse_cli(sheet(tmp_path, cells, merged=["A4:F4", "G4:K4"]))
    assert doc["record"]["invoice_date"] == "2026-08-28"
    assert doc["provenance"]["invoice_date"]["location"] == "Sheet!B6"
    # the split columns are the form's own labels, read: not reported as unread
    unread = [w for w in doc["warnings"] if w["code"] == "unread_label"]
    assert not any(w["location"] in ("Sheet!B5", "Sheet!E5", "Sheet!F5") for w in unread)


def test_a_date_typed_whole_under_one_year_month_day_caption_counts_its_roc_year(tmp_path):
    """``年月日`` in one caption under 開立發票, the date typed whole below (``115/08/26``)."""
    cells = {k: v for k, v in TAIWAN_HEAD.items() if k not in ("C5", "D5", "B5")} | {"B5": "年月日"}
    cells |= taiwan_line(6, (115, 8, 28, "QK", 38715520), "無線充電模組", 400)
    cells |= {"B6": "115/08/26", "C6": None, "D6": None}
    ex = read(sheet(tmp_path, cells, merged=["A4:F4", "G4:K4", "B5:D5", "B6:D6"]))
    assert ex.values["invoice_date"] == dt.date(2026, 8, 26)
    assert ex.provenance["invoice_date"].location == "Sheet!B6"


def test_lines_of_different_invoices_under_split_columns_are_read_but_reported(tmp_path):
    cells = (
        TAIWAN_HEAD
        | taiwan_line(6, (115, 8, 28, "QK", 38715520), "無線充電模組", 400)
        | taiwan_line(7, (115, 8, 30, "QK", 38715599), "充電線", 120)
    )
    ex = read(sheet(tmp_path, cells, merged=["A4:F4", "G4:K4"]))
    assert ex.values["invoice_no"] == "QK38715520"
    warned = {p.field for p in ex.problems if p.code == "low_confidence"}
    assert {"invoice_no", "invoice_date"} <= warned


def test_a_date_over_year_month_day_columns_under_its_own_heading(tmp_path):
    cells = {
        "A1": "客户品质异常处理单",
        "A3": "出货日期",
        "D3": "客户名称",
        "A4": "年",
        "B4": "月",
        "C4": "日",
        "A5": 2026,
        "B5": 9,
        "C5": 2,
        "D5": "宁波均胜",
    }
    ex = read(sheet(tmp_path, cells, merged=["A3:C3", "D3:D4"]))
    assert ex.values["ship_date"] == dt.date(2026, 9, 2)


def test_one_text_across_two_split_columns_is_not_joined_into_a_number():
    # a PDF run together: the day of the date column and the track of the next ("28QK")
    def box(text, x0, y0, x1):
        return Box(text, text, x0, y0, x1, y0 + 10, f"p1 ({x0},{y0})")

    boxes = [
        box("開立發票", 54, 100, 231),
        box("年", 54, 110, 77),
        box("月", 77, 110, 99),
        box("日", 99, 110, 122),
        box("字軌", 122, 110, 149),
        box("號碼", 149, 110, 199),
        box("115", 54, 120, 77),
        box("8", 77, 120, 99),
        box("28QK", 99, 120, 149),
        box("38715520", 149, 120, 199),
    ]
    reading = read_boxes(boxes, get("allowance"))
    assert reading.values.get("invoice_no") is None  # missing (an error), never "28QK38715520"
    assert reading.values.get("invoice_date") is None


def test_a_copy_note_written_down_the_sheets_edge_does_not_hide_the_row_under_split_headers():
    # a printed copy of a Taiwanese certificate: 第一聯 written one character a line in a narrow
    # column at the right, each character a band of its own between the header and its row
    def box(text, x0, y0, x1, y1=None):
        return Box(text, text, x0, y0, x1, y0 + 10 if y1 is None else y1, f"p1 ({x0},{y0})")

    boxes = [
        box("開立發票", 54, 100, 199),
        box("年", 54, 110, 77, 125),
        box("月", 77, 110, 99, 125),
        box("日", 99, 110, 122, 125),
        box("字軌", 122, 110, 149, 125),
        box("號碼", 149, 110, 199, 125),
        *(box(ch, 571, 108 + 6.5 * k, 578, 114 + 6.5 * k) for k, ch in enumerate("第一聯原銷貨人")),
        box("115", 54, 125, 77, 137),
        box("8", 77, 125, 99, 137),
        box("28", 99, 125, 122, 137),
        box("QK", 122, 125, 149, 137),
        box("38715520", 149, 125, 199, 137),
    ]
    reading = read_boxes(boxes, get("allowance"))
    assert reading.values["invoice_no"] == "QK38715520"
    assert reading.values["invoice_date"] == dt.date(2026, 8, 28)


def test_split_headers_do_not_reach_a_row_far_below_them():
    def box(text, x0, y0, x1, y1):
        return Box(text, text, x0, y0, x1, y1, f"p1 ({x0},{y0})")

    boxes = [
        box("開立發票", 54, 100, 199, 110),
        box("字軌", 122, 110, 149, 125),
        box("號碼", 149, 110, 199, 125),
        box("備註", 300, 130, 340, 140),  # beside the columns only
        box("QK", 122, 300, 149, 312),  # a row of some other table, far below
        box("38715520", 149, 300, 199, 312),
    ]
    assert read_boxes(boxes, get("allowance")).values.get("invoice_no") is None


# ---------------------------------------------------------------------------------- signature lines
def test_a_signature_line_under_a_persons_statement_names_that_person(tmp_path):
    cells = {
        "A1": "不合格品报告单",
        "A2": "名称",
        "B2": "《机械设计手册》第3版",
        "C2": "报告日期",
        "D2": "2026年9月3日",
        "A4": "报告人陈述：\n成品抽检500册中发现23册倒页，已隔离待处理。\n签字： 李红 日期： 2026.9.3",
        "A5": "车间意见：\n同意返工，由装订车间全数翻检。\n签字： 张建国 日期： 2026.9.4",
    }
    ex = read(sheet(tmp_path, cells, merged=["A4:D4", "A5:D5"]), "complaint")
    assert ex.values["reporter"] == "李红"
    assert "张建国" not in {str(v) for v in ex.values.values()}  # a workshop's opinion names no person field


# ---------------------------------------------------------------------------------- sign-off grid dates
def sign_off_grid(roles: tuple[str, str, str], date_word: str) -> dict[str, object]:
    """An 8D's last rows: 결재 | 작성 | 검토 | 승인 over the names, the date row under them."""
    return {
        "A1": "8D REPORT",
        "A3": "고객명",
        "B3": "宁波均胜",
        "E10": "결 재",
        "F10": roles[0],
        "G10": roles[1],
        "H10": roles[2],
        "F11": "陈静",
        "G11": "周敏",
        "H11": "王海",
        "E14": date_word,
        "F14": "9/24",
        "G14": "9/25",
        "H14": "2026/9/30",
    }


@pytest.mark.parametrize(
    ("roles", "date_word"), [(("작 성", "검 토", "승 인"), "일자"), (("编制", "审核", "批准"), "日期")]
)
def test_the_date_under_the_approvers_column_of_a_sign_off_grid_is_the_8d_closing_date(
    tmp_path, roles, date_word
):
    ex = read(sheet(tmp_path, sign_off_grid(roles, date_word)), "8d")
    assert ex.values["closure"]["approved_by"] == "王海"
    assert str(ex.values["closure"]["closed_date"]) == "2026/9/30"  # not the preparer's 9/24
    assert ex.provenance["closure.closed_date"].how == "grid-date"


def test_a_sign_off_grid_without_an_approver_column_gives_no_closing_date(tmp_path):
    cells = sign_off_grid(("작 성", "검 토", "확 인"), "일자")  # prepared, reviewed, checked
    ex = read(sheet(tmp_path, cells), "8d")
    assert not (ex.values.get("closure") or {}).get("closed_date")


# ---------------------------------------------------------------------------------- the date line
def test_the_roc_date_line_under_the_title_is_the_documents_date(tmp_path):
    cells = TAIWAN_HEAD | taiwan_line(6, (115, 8, 28, "QK", 38715520), "無線充電模組", 400)
    code, [doc] = parse_cli(sheet(tmp_path, cells, merged=["A4:F4", "G4:K4"]))
    assert doc["record"]["issue_date"] == "2026-09-08"
    assert doc["provenance"]["issue_date"]["how"] == "date-line"


def test_a_labelled_date_wins_over_the_date_line(tmp_path):
    cells = {"A1": "銷貨折讓證明單", "A2": "中華民國 115 年 9 月 1 日", "A3": "開單日期", "B3": "2026/9/8"}
    code, [doc] = parse_cli(sheet(tmp_path, cells))
    assert doc["record"]["issue_date"] == "2026-09-08"
    assert doc["provenance"]["issue_date"]["location"] == "Sheet!B3"


# ---------------------------------------------------------------------------------- block captions
def test_a_block_caption_decides_whose_name_the_row_label_asks_for(tmp_path):
    cells = {
        "A1": "销货折让证明单",
        "A2": "销售方",
        "B2": "名称",
        "C2": "杭州海康精密机械有限公司",
        "B3": "纳税人识别号",
        "C3": "91330108MA2H4K7X3P",
        "D2": "购买方",
        "E2": "名称",
        "F2": "浙江吉利汽车零部件采购有限公司",
        "E3": "纳税人识别号",
        "F3": "91330201MA28Y3WQ1L",
    }
    ex = read(sheet(tmp_path, cells, merged=["A2:A3", "D2:D3"]))
    assert ex.values["seller"]["name"] == "杭州海康精密机械有限公司"
    assert ex.values["buyer"] == "浙江吉利汽车零部件采购有限公司"
    assert ex.values["buyer_tax_id"] == "91330201MA28Y3WQ1L"
    assert ex.provenance["buyer"].location == "Sheet!F2"


def test_traditional_block_captions_over_the_same_row_labels(tmp_path):
    cells = {
        "A1": "營業人銷貨退回進貨退出或折讓證明單",
        "A3": "原銷貨人",
        "B3": "營業人名稱",
        "C3": "宏碩電子股份有限公司",
        "A5": "原進貨人",
        "B5": "營業人名稱",
        "C5": "瑞昌電腦股份有限公司",
        "B6": "統一編號",
        "C6": "28413567",
        "A8": "本證明單所列進貨退出或折讓，確屬事實，特此證明。",
    }
    ex = read(sheet(tmp_path, cells, merged=["A3:A4", "A5:A6"]))
    assert ex.values["seller"]["name"] == "宏碩電子股份有限公司"
    assert ex.values["buyer"] == "瑞昌電腦股份有限公司"  # not the sentence under the caption


# ---------------------------------------------------------------------------------- category sums
OQC = {
    "A1": "OQC异常处理单",
    "A3": "机型",
    "B3": "PD680",
    "C3": "不良数量（PCS）",
    "C4": "外观",
    "D4": "包装",
    "E4": "功能",
    "F4": "电性能",
}


def test_a_quantity_heading_over_category_columns_is_their_sum(tmp_path):
    cells = OQC | {"C5": 2, "E5": 3}
    ex = read(sheet(tmp_path, cells, merged=["C3:F3"]), "complaint")
    assert ex.values["defect_qty"] == 5
    prov = ex.provenance["defect_qty"]
    assert (prov.how, prov.location) == ("column-sum", "Sheet!C5")


def test_no_sum_is_derived_when_a_category_cell_is_not_a_figure(tmp_path):
    cells = OQC | {"C5": 2, "E5": "三台"}
    ex = read(sheet(tmp_path, cells, merged=["C3:F3"]), "complaint")
    assert ex.values.get("defect_qty") is None  # never a total of what could not be read


def test_no_sum_is_derived_from_empty_categories(tmp_path):
    ex = read(sheet(tmp_path, OQC, merged=["C3:F3"]), "complaint")
    assert ex.values.get("defect_qty") is None


# ---------------------------------------------------------------------------------- words
@pytest.mark.parametrize(
    ("kind", "label", "path"),
    [
        ("complaint", "问题内容", "description"),  # 内容 for 描述
        ("complaint", "投诉单号", "number"),  # 单号 for 编号
        ("complaint", "异常分类", "cause_category"),  # 分类 for 类别
        ("complaint", "问题类别", "complaint_type"),  # 类别 for 类型
        ("allowance", "开具日期", "issue_date"),  # the date named after the act
        ("allowance", "填表日期", "issue_date"),
        ("return", "开单日期", "issue_date"),
        ("allowance", "购买方名称", "buyer"),  # the VAT invoice's own words
        ("return", "实收数量", "qty_returned"),
        ("return", "入库日期", "received_date"),
        ("complaint", "记录人", "reporter"),
        ("complaint", "真因", "root_cause"),
        ("8d", "發行日期", "opened_date"),  # the report's date, named after its issue
        ("return", "接收单号", "number"),  # the receiving end's number for the returned goods
        ("return", "退料单号", "number"),
        ("8d", "승인일자", "closure.closed_date"),  # the approval's date closes the 8D
        ("8d", "核准日期", "closure.closed_date"),
    ],
)
def test_label_synonyms_real_forms_use_find_their_field(kind, label, path):
    spec = get(kind)
    found = vocabulary(spec).match(label)
    if found is None or found[0] != path:
        from kesu_docs.parse.vocab import columns_vocabulary

        found = columns_vocabulary(spec.fields["items"].row_model).match(label)
    assert found is not None and found[0] == path and found[1] >= 0.75


def test_a_synonym_never_displaces_a_label_a_form_prints_itself():
    # 8D: 发生日期 is the problem's "when", not the report's date named after an act
    assert vocabulary(get("8d")).match("发生日期")[0] == "problem.when"


@pytest.mark.parametrize(
    ("typed", "date"),
    [
        ("115/09/23", dt.date(2026, 9, 23)),
        ("115.9.23", dt.date(2026, 9, 23)),
        ("民國115年10月20日", dt.date(2026, 10, 20)),
    ],
)
def test_a_three_digit_year_is_a_roc_year_with_or_without_its_era(tmp_path, typed, date):
    code, [doc] = parse_cli(sheet(tmp_path, {"A1": "結案日期", "B1": typed}), "--kind", "complaint")
    assert doc["record"]["closed_date"] == date.isoformat()


@pytest.mark.parametrize(
    ("typed", "qty"),
    [("23册", 23), ("1,200件", 1200), ("12K", 12000), ("6.5K", 6500), ("1.2万", 12000), ("3千件", 3000)],
)
def test_a_count_typed_with_its_measure_word_or_in_thousands_is_a_quantity(typed, qty):
    assert TypeAdapter(Qty).validate_python(typed) == qty


@pytest.mark.parametrize("typed", ["12km", "1.2kg", "1.23"])
def test_a_measure_is_not_read_as_thousands(typed):
    with pytest.raises(ValidationError):
        TypeAdapter(Qty).validate_python(typed)


# ---------------------------------------------------------------------------------- PDF
def test_a_value_typed_over_a_printed_pdf_cell_is_read_right_of_its_label():
    # the blank's cell holds the label; the clerk's typed text is a box from the cell's start
    label = Box("不合格数量", "不合格数量", 326, 168, 414, 196, "p1 (326,168)")
    typed = Box("23册", "23册", 326, 168, 544, 196, "p1 (326,168)")
    title = Box("不合格品报告单", "不合格品报告单", 249, 102, 375, 120, "p1 (249,102)")
    reading = read_boxes([title, label, typed], get("complaint"))
    assert reading.values["defect_qty"] == "23册"


@pytest.mark.skipif(not (LAYOUTS / "filled").is_dir(), reason="tests/layouts not generated")
@pytest.mark.parametrize("suffix", ["xlsx", "pdf"])
def test_our_split_columns_layout_reads_alike_from_excel_and_its_pdf(suffix):
    path = LAYOUTS / "filled" / f"complaint-zh-pinzhi-yichang.{suffix}"
    reader = extract if suffix == "xlsx" else extract_pdf
    [ex] = reader(path, path.read_bytes(), None)
    assert ex.kind == "complaint"
    v = ex.values
    assert str(v["ship_date"])[:10] == "2026-09-02"
    assert (v["defect_qty"], v["customer"], v["order_no"]) == (9, "宁波均胜汽车电子有限公司", "PO-JS-260811")
    assert int(v["ship_qty"]) == 4800


# ---------------------------------------------------------------------------------- options
@pytest.mark.parametrize(
    ("label", "typed", "kind", "path", "record"),
    [
        ("投诉类别", "☑质量投诉  □非质量投诉", "complaint", "complaint_type", "quality"),
        ("投诉类别", "□质量投诉  ☑非质量投诉", "complaint", "complaint_type", "non_quality"),
        ("客诉分类", "品质", "complaint", "complaint_type", "quality"),
        ("内/外销", "外销", "complaint", "market", "foreign"),
        ("凭证", "☑原发票  □发票影本  □退回证明单", "return", "proof", "original_invoice"),
        ("凭证", "□原发票  □发票影本  ☑退回证明单", "return", "proof", "return_certificate"),
        ("购买方盖章", "☑已盖章", "allowance", "buyer_stamped", True),
        ("购买方盖章", "□已盖章", "allowance", "buyer_stamped", False),
        ("原進貨營業人(蓋統一發票專用章)", "已蓋章", "allowance", "buyer_stamped", True),
    ],
)
def test_a_choice_typed_in_the_clerks_own_words_reads_as_our_option(
    tmp_path, label, typed, kind, path, record
):
    # (with one more value: a form holding nothing but an unticked box is a blank, said empty)
    cells = {"A1": label, "B1": typed, "A3": "客诉编号", "B3": "CC-2609-001"}
    code, [doc] = parse_cli(sheet(tmp_path, cells), "--kind", kind)
    assert doc["record"][path] == record


def test_a_word_several_options_share_is_left_for_validation_to_report(tmp_path):
    code, [doc] = parse_cli(sheet(tmp_path, {"A1": "核决权限", "B1": "经理"}), "--kind", "complaint")
    assert doc["record"]["approval_level"] is None
    assert any(e["field"] == "approval_level" for e in doc["errors"])  # 业务部经理? 副总经理? 总经理?


# ---------------------------------------------------------------------------------- option rows
def test_a_table_printed_one_line_per_option_reads_each_line_with_its_option(tmp_path):
    cells = {
        "A1": "8D 矯正措施報告書",
        "A3": "D4 根本原因",
        "A4": "發生原因",
        "B4": "螺絲熱處理硬度不足。",
        "A5": "流出原因",
        "B5": "進料檢驗未測硬度，僅目視。",
        "A6": "D5 永久對策",  # what follows is not a root cause under a column "流出原因"
        "A7": "熱處理爐溫控改為自動記錄。",
    }
    ex = read(sheet(tmp_path, cells, merged=["A3:F3", "B4:F4", "B5:F5", "A6:F6", "A7:F7"]), "8d")
    assert [(r["type"], r["cause"]) for r in ex.values["root_cause"]] == [
        ("occurrence", "螺絲熱處理硬度不足。"),
        ("escape", "進料檢驗未測硬度，僅目視。"),
    ]
    assert ex.provenance["root_cause[1].cause"].location == "Sheet!B5"


def test_roles_as_captions_give_the_team_with_its_roles_one_member_per_name(tmp_path):
    cells = {
        "A1": "8D 矯正措施報告書",
        "A3": "D1 團隊成員",
        "A4": "組長",
        "B4": "林志豪",
        "D4": "成員",
        "E4": "陳怡君、張家豪",
    }
    ex = read(sheet(tmp_path, cells, merged=["A3:F3"]), "8d")
    assert [(m["name"], m["role"]) for m in ex.values["team"]] == [
        ("林志豪", "leader"),
        ("陳怡君", "member"),
        ("張家豪", "member"),
    ]


def test_a_lone_option_caption_far_from_its_table_reads_no_rows(tmp_path):
    cells = {
        "A1": "8D Report",
        "A3": "Customer",
        "B3": "Acme",
        "A20": "Champion",
        "B20": "Ensure the team has resources.",
    }
    ex = read(sheet(tmp_path, cells), "8d")
    assert not ex.values.get("team")


# ---------------------------------------------------------------------------------- 表单编号
def test_form_no_on_another_companys_form_labels_its_number_not_our_control_line(tmp_path):
    cells = {
        "A1": "制程异常处理单",
        "A2": "格式编号：QM-08-S12-F01",
        "G2": "表单编号: ",
        "H2": "PE-20260912-03",
    }
    ex = read(sheet(tmp_path, cells, merged=["A2:F2"]), "complaint")
    assert ex.values["number"] == "PE-20260912-03"


def test_our_own_control_line_is_never_read_as_the_number(tmp_path):
    cells = {
        "A1": "客户抱怨处理单",
        "E2": "表单编号 QR-047-01-A2\u3000生效日期 2026-01-01",
        "A4": "表单编号",
        "B4": "QR-047-01",
        "A5": "客户名称",
        "B5": "华为",
    }
    ex = read(sheet(tmp_path, cells), "complaint")
    assert ex.values.get("number") is None


def test_an_answer_with_its_own_words_before_a_colon_is_read_whole(tmp_path):
    cells = {
        "A1": "退货单",
        "A3": "退货原因",
        "B3": "产线退料：总装时发现天线螺纹滑牙",
        "A4": "批准",
        "B4": "主管：周敏",
    }
    ex = read(sheet(tmp_path, cells, merged=["B3:F3", "B4:F4"]), "return")
    assert ex.values["reason"] == "产线退料：总装时发现天线螺纹滑牙"  # 产线退料 is no label
    assert ex.values["approved_by"] == "周敏"  # 主管 is the signer's title


def test_a_number_mark_glued_to_the_number_is_a_label_and_its_value(tmp_path):
    cells = {"A1": "销货折让证明单", "A2": "No.ZR-2609-003", "D2": "买受人", "E2": "瑞昌电脑"}
    ex = read(sheet(tmp_path, cells))
    assert ex.values["number"] == "ZR-2609-003"
