"""The kind of a clerk's file from its title and its labels together (issue 10, kinds46): a title
that names a claim or a complaint only generally (``QUALITY CLAIM``, ``委外加工異常通知單``, a
letter's ``RE: COMPLAINT ON …``) lets the forms' readings decide; a form's name met below the
page's first lines (a value ``Credit memo on next order``, a fieldset heading) gives way to labels that
clearly are another form's — each told by a warning naming the title, and two forms level stay
"not a recognised form". Small workbooks built here, titles made up in the customers' habits."""

from __future__ import annotations

from pathlib import Path

from test_reader_kinds import workbook

from kesu_docs.parse.reading import parse_paths


def read(path: Path, lang: str = "en") -> dict:
    [result] = parse_paths([path])
    return result.to_dict(lang)


def warned(doc: dict, code: str) -> list[str]:
    return [w["message"] for w in doc.get("warnings", []) if w["code"] == code]


# a customer's own complaint labels (the complaint sheet's own: no other form reads them)
COMPLAINT_ROWS = [
    ("單號", "WX-2611-044", "開單日期", "2026-11-20"),
    ("品名規格", "六角螺栓 M8×30", "交貨數量", "2,000 支"),
    ("不良數量", "160 支", "異常內容", "鍍層起泡"),
    ("開單人", "林佩君", "主管", "黃志明"),
]


def test_a_general_title_and_the_complaint_sheets_labels_make_a_complaint(tmp_path: Path) -> None:
    doc = read(workbook(tmp_path, [("外包加工異常回饋表",), *COMPLAINT_ROWS]))
    assert doc["kind"] == "complaint"
    [said] = warned(doc, "kind_title_general")
    assert "外包加工異常回饋表" in said and "labels" in said
    assert doc["record"]["defect_qty"] == 160


def test_the_same_title_without_a_forms_own_labels_is_no_form(tmp_path: Path) -> None:
    # a title word alone decides nothing: a notice of a few generic labels stays unrecognised
    doc = read(workbook(tmp_path, [("外包加工異常回饋表",), ("日期", "2026-11-20"), ("備註", "請回覆")]))
    assert doc["kind"] is None
    assert {e["code"] for e in doc["errors"]} & {"unknown_kind", "not_a_form"}


def test_a_letters_subject_line_names_a_complaint(tmp_path: Path) -> None:
    rows = [
        ("HARBOUR LIGHT TRADING CO.",),
        ("Ref No.:", "HLT/QA/26/051"),
        ("Date:", "02/12/2026"),
        ("To: The Quality Manager, Ningbo Sunrise Lighting Co., Ltd.",),
        ("SUBJECT: COMPLAINT ABOUT BROKEN GLASS SHADES",),
        ("Product:", "Glass pendant shade"),
        ("Invoice No.:", "NSL-INV-26118"),
        ("Qty Supplied:", "1,200 pcs"),
        ("Qty Faulty:", "84 pcs"),
        ("Complaint Details:", "Shades cracked in the cartons, packing too loose."),
        ("Our Request:", "Replace the broken shades"),
        ("Yours faithfully,",),
    ]
    doc = read(workbook(tmp_path, rows))
    assert doc["kind"] == "complaint"
    assert warned(doc, "kind_title_general")


def test_a_forms_name_typed_as_a_value_gives_way_to_the_labels(tmp_path: Path) -> None:
    rows = [
        ("PRODUCT CLAIM",),
        ("Claim No.", "PC-26-0193"),
        ("Claim Date", "18-Nov-2026"),
        ("Claimant", "Coastal Hardware Ltd"),
        ("Qty Shipped", "900 CTNs"),
        ("Qty Damaged", "35 CTNs"),
        ("Claim Amount", "USD 4,200.00"),
        ("Settlement Requested", "Credit memo on next order"),
    ]
    doc = read(workbook(tmp_path, rows))
    assert doc["kind"] == "complaint"
    [said] = warned(doc, "kind_title_overruled")
    assert "Credit memo on next order" in said
    zh = read(workbook(tmp_path, rows, "zh.xlsx"), "zh")
    assert any("独有的栏位" in w["message"] for w in zh["warnings"] if w["code"] == "kind_title_overruled")


def test_a_title_low_on_the_page_with_none_of_its_labels_gives_way_to_a_form_ahead(tmp_path: Path) -> None:
    # a portal's fieldset heading naming a return over a claim's labels: three of the complaint
    # sheet's own (Category among them), two of the 8D's (not twice as many): a title with nothing of its own under it
    # needs the others only ahead (the lead's review of round 46: read as a return, nothing said)
    rows = [
        ("Portal export",),
        ("Record ID", "88121"),
        ("Status", "Open"),
        ("Category", "Appearance"),
        ("Return Note",),
        ("Claim No.", "C-2611-7"),
        ("Customer", "Harbour Fittings"),
        ("Part No.", "HF-220"),
        ("Defect Qty", "4"),
        ("Defect Description", "Cracked housing"),
        ("Ship Qty", "100"),
        ("Complaint Date", "2026-11-04"),
    ]
    doc = read(workbook(tmp_path, rows))
    assert doc["kind"] == "complaint"
    [said] = warned(doc, "kind_title_overruled")
    assert "Return Note" in said
    assert (doc["record"]["number"], doc["record"]["defect_qty"]) == ("C-2611-7", 4)


def test_a_title_low_on_the_page_with_nothing_of_its_form_under_it_is_said(tmp_path: Path) -> None:
    # a contact sheet whose one "title" is a request typed as a value far down (an 8D asked for):
    # read as the form it names, but never without a word
    rows = [
        ("华储能源 项目运维部",),
        ("联络单号", "HC-LL-2612-004"),
        ("发出日期", "2026-12-02"),
        ("项目名称", "张北储能电站"),
        ("问题描述", "第 2 簇 BMS 报温升过快"),
        ("处理要求", "更换电池簇并出具 8D 报告"),
        ("现场联系人", "白志强"),
    ]
    # kinds48: "出具 8D 报告" asks for the form (a verb before its name): no title at all now, and no
    # labels deciding: not a recognised form, its labels listed (was: an 8D, kind_title_unsupported)
    doc = read(workbook(tmp_path, rows))
    assert doc["kind"] is None
    assert [e["code"] for e in doc["errors"]] == ["unknown_kind"]
    # the form's name alone typed far down (an attachment's name): read as the form it names, said
    rows[5] = ("附件", "8D 报告")
    doc = read(workbook(tmp_path, rows, "named.xlsx"))
    assert doc["kind"] == "8d"
    [said] = warned(doc, "kind_title_unsupported")
    assert "8D 报告" in said


def test_a_title_low_on_the_page_stands_with_one_of_its_own_labels(tmp_path: Path) -> None:
    # the same value over a sheet carrying an allowance's own label: the title stands, read as it says
    rows = [
        ("Ref.", "CN-26-0042"),
        ("Date", "2026-11-18"),
        ("Buyer", "Coastal Hardware Ltd"),
        ("Credit Memo",),
        ("买受人", "Coastal Hardware Ltd"),
        ("折让金额", "4200"),
    ]
    doc = read(workbook(tmp_path, rows))
    assert doc["kind"] == "allowance"
    assert not warned(doc, "kind_title_overruled")


def test_two_forms_level_under_a_claim_title_stay_unrecognised(tmp_path: Path) -> None:
    # 扣款 names a claim: a complaint's or an allowance's — the labels level, no kind is taken
    rows = [
        ("外协扣款单",),
        ("扣款单号", "KK-2612-003"),
        ("开单日期", "2026-12-02"),
        ("税号", "91320412MA1XK3P87T"),
    ]
    doc = read(workbook(tmp_path, rows))
    assert doc["kind"] is None
    assert any(e["code"] == "unknown_kind" for e in doc["errors"])


def test_a_claim_title_with_a_deductions_lines_and_totals_is_an_allowance(tmp_path: Path) -> None:
    # own labels level (扣款单号 the complaint's, 税号 the allowance's): the readings weigh it —
    # the lines, their amounts and the totals read as an allowance's, the complaint's two fields don't
    rows = [
        ("委外加工扣款单",),
        ("扣款单号", "ZK-2612-008", "开单日期", "2026-12-03"),
        ("扣款单位", "苏州鼎盛五金制品有限公司", "税号", "91320506MA1Q2W3E4D"),
        ("对应发票号", "32002600000052218841"),
        ("扣款项目", "数量", "单价", "扣款金额", "税额"),
        ("挑选工时", "20", "70", "1400", "182"),
        ("不含税合计", "", "", "1400"),
        ("税额", "", "", "182"),
        ("扣款总额", "", "", "1582"),
        ("财务经理", "周敏"),
    ]
    doc = read(workbook(tmp_path, rows))
    assert doc["kind"] == "allowance"
    [said] = warned(doc, "kind_title_general")
    assert "委外加工扣款单" in said
