"""What is written decides between a label and a value, or between two fields: a value that
only resembles another field's label is still the answer beside a sure label; a team column
named by a job-title word is read by what its cells hold; a group's text that lists the
options of its choice member is that member's answer."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from kesu_docs.parse import parse_paths


def read(tmp_path: Path, wb: Workbook, kind: str) -> dict:
    path = tmp_path / "form.xlsx"
    wb.save(path)
    [result] = parse_paths([path], kind=kind)
    return result.to_dict("en")


def complaint_sheet(last_row: list) -> Workbook:
    wb = Workbook()
    ws = wb.active
    ws.append(["CUSTOMER COMPLAINT FORM"])
    ws.append(["Complaint No.", "CCF-26-0381", "Date Received", "2026-09-03"])
    ws.append(["Customer", "东莞立信电子科技有限公司", "Part No.", "TS-0420-BK"])
    ws.append(["Lot / Date Code", "2634", "Qty Rejected", 45])
    ws.append([])
    ws.append(last_row)
    return wb


def test_a_value_resembling_another_fields_label_is_the_answer_beside_a_sure_label(tmp_path):
    # 丝印车间 is close to 生产车间 (a label of this form): beside "Responsible Dept." it is the answer
    wb = complaint_sheet(["Responsible Dept.", "丝印车间", "Prepared By", "林美华"])
    out = read(tmp_path, wb, "complaint")
    record = out["record"]
    assert record["responsible_unit"] == "丝印车间"
    assert record["reporter"] == "林美华"
    assert record["lot_no"] == "2634"


def test_a_label_like_text_one_cell_away_is_not_taken_for_an_empty_answer(tmp_path):
    # the department's own cell was left empty: the text further on is not its answer
    wb = complaint_sheet(["Responsible Dept.", None, "丝印车间", None, "Prepared By", "林美华"])
    record = read(tmp_path, wb, "complaint")["record"]
    assert record["responsible_unit"] != "丝印车间"
    assert record["reporter"] == "林美华"


def eightd_team(header: list[str], members: list[list[str]]) -> Workbook:
    wb = Workbook()
    ws = wb.active
    ws.append(["8D Report"])
    ws.append(["Report No.", "8D-26-0917", "Customer", "Dana Thermal Products"])
    ws.append(["D1 Team"])
    ws.append(header)
    for m in members:
        ws.append(m)
    ws.append([])
    ws.append(["D2 Problem Description"])
    ws.append(["Brazed joints leak at 1.5 bar helium test; 18 of 2,400 cores."])
    return wb


def team_of(tmp_path: Path, wb: Workbook) -> list[dict]:
    team = read(tmp_path, wb, "8d")["record"]["team"]
    return [{k: v for k, v in m.items() if v is not None} for m in team]


def test_a_function_column_of_departments_beside_a_role_column_is_the_department(tmp_path):
    wb = eightd_team(
        ["Name", "Function", "E-mail", "Role"],
        [
            ["Wei Zhang", "Quality", "wei.zhang@example.com", "Champion"],
            ["Li Na", "Process", "li.na@example.com", "Member"],
        ],
    )
    assert team_of(tmp_path, wb) == [
        {"name": "Wei Zhang", "dept": "Quality", "role": "champion"},
        {"name": "Li Na", "dept": "Process", "role": "member"},
    ]


def test_a_function_column_of_job_titles_beside_a_department_column_is_not_read(tmp_path):
    wb = eightd_team(
        ["Name", "Function", "Department"],
        [["Anna Berg", "Process engineer", "ME"], ["Erik Lund", "Quality manager", "QA"]],
    )
    assert team_of(tmp_path, wb) == [{"name": "Anna Berg", "dept": "ME"}, {"name": "Erik Lund", "dept": "QA"}]


def test_a_job_title_column_of_role_words_is_the_role(tmp_path):
    wb = eightd_team(["姓名", "部门", "职务"], [["王建军", "质量部", "组长"], ["陈丽", "压铸车间", "组员"]])
    assert team_of(tmp_path, wb) == [
        {"name": "王建军", "dept": "质量部", "role": "leader"},
        {"name": "陈丽", "dept": "压铸车间", "role": "member"},
    ]


def test_the_role_is_read_from_the_column_of_role_words_not_from_the_job_titles(tmp_path):
    wb = eightd_team(
        ["姓名", "部门", "职务", "小组角色"],
        [["王强", "品质部", "经理", "组长"], ["赵敏", "制造部", "工程师", "组员"]],
    )
    assert team_of(tmp_path, wb) == [
        {"name": "王强", "dept": "品质部", "role": "leader"},
        {"name": "赵敏", "dept": "制造部", "role": "member"},
    ]


def eightd_d7(text: str) -> Workbook:
    wb = Workbook()
    ws = wb.active
    ws.append(["8D报告"])
    ws.append(["8D编号", "8D-DC-26117", "客户", "宁波拓普底盘系统有限公司"])
    ws.append(["D2问题描述", "支架 M10 螺纹孔内有气孔，客户攻丝后漏气测试失败 26 件。"])
    ws.append([])
    ws.append(["D7预防"])
    ws.merge_cells("A5:D5")
    ws.append([text])
    ws.merge_cells("A6:D6")
    ws.append(["D8结案", None, "批准", "许志强"])
    return wb


def test_a_d7_text_listing_documents_is_the_documents_updated(tmp_path):
    prevention = read(tmp_path, eightd_d7("PFMEA、控制计划更新"), "8d")["record"]["prevention"]
    assert prevention["documents_updated"] == ["fmea", "control_plan"]


def test_a_d7_tick_line_under_the_heading_is_the_documents_updated(tmp_path):
    text = "☑FMEA  ☑控制计划  □作业指导书  □检验标准"
    prevention = read(tmp_path, eightd_d7(text), "8d")["record"]["prevention"]
    assert prevention["documents_updated"] == ["fmea", "control_plan"]


def test_a_d7_text_with_other_words_stays_free_text(tmp_path):
    text = "同类压铸件全面导入气密全检，并更新 PFMEA"
    doc = read(tmp_path, eightd_d7(text), "8d")
    prevention = doc["record"]["prevention"]
    # no list of options: the free text (同类: elsewhere)
    assert prevention.get("horizontal_deployment") == text
    # eightd43 (the lead's decision: a D7 text's own words decide): the document it names is the
    # documents updated too — read from a sentence, so warned, never sure
    assert prevention.get("documents_updated") == ["fmea"]
    said = {w["code"] for w in doc["warnings"] if w.get("field") == "prevention.documents_updated"}
    assert "low_confidence" in said, doc["warnings"]


def closure_sheet(answer: str) -> Workbook:
    wb = Workbook()
    ws = wb.active
    ws.append(["8D 改善報告"])
    ws.append(["報告編號", "8D-TW-115-027", "客戶", "鴻準精密工業股份有限公司"])
    ws.append(["D2 問題描述", "散熱片鰭片倒伏，客戶組裝時 37 pcs 無法卡入。"])
    ws.append(["D8 結案日期", "2026/10/31", "核准", "黃志明", "客戶確認", answer])
    return wb


def test_one_ticked_box_beside_agree_to_close_is_the_customers_yes(tmp_path):
    closure = read(tmp_path, closure_sheet("■同意結案"), "8d")["record"]["closure"]
    assert closure["customer_accepted"] is True
    closure = read(tmp_path, closure_sheet("□同意結案"), "8d")["record"]["closure"]
    assert closure["customer_accepted"] is not True


def test_label_words_real_forms_use_for_signers_and_dates(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["8D报告"])
    ws.append(["8D编号", "8D-2609-044", "客户", "上海博世汽车部件有限公司", "计划完成", "2026/10/8"])
    ws.append(["D2 问题描述", "线圈骨架注塑件有缩痕，客户总装气密测试泄漏 120 件。"])
    ws.append(["D8 Closure", None, "Closed on", "2026-10-15", "Customer sign-off", "R. Alvarez"])
    record = read(tmp_path, wb, "8d")["record"]
    assert record["target_close_date"] == "2026-10-08"
    assert record["closure"]["approved_by"] == "R. Alvarez"

    wb = Workbook()
    ws = wb.active
    ws.append(["销货折让证明单"])
    ws.append(["折让单号", "ZR-2609-031", "开具日期", "2026-09-10"])
    ws.append(["购货单位", "无锡华光钢管有限公司", "税号", "91320200MA1XK3R27W"])
    ws.append(["财务审核", "顾晓东", "经办", "沈佳"])
    record = read(tmp_path, wb, "allowance")["record"]
    assert record["approved_by_manager"] == "顾晓东"


def test_a_tick_line_between_captions_printed_under_their_lines_is_a_line_not_a_caption(tmp_path):
    # captions under their lines: value, caption, value, caption… with a filled tick line among them
    wb = Workbook()
    ws = wb.active
    rows = [
        ("CUSTOMER COMPLAINT FORM", None, None),
        ("SECTION A — COMPLAINT DETAILS", None, None),
        ("NCF-26-0311", "03-Sep-2026", "Solent Marine Systems Ltd"),
        ("Complaint Reference", "Date Received", "Customer"),
        ("NG-PSU-48-2", "48 V marine power unit", "WO-88412"),
        ("Part No.", "Part Description", "Batch / Works Order No."),
        ("Nature of complaint:  ■Product quality  □Delivery  □Documentation", None, None),
        ("Output ripple above 400 mV on 38 units at sea trials.", None, None),
        ("Details of Complaint (attach photographs / test reports)", None, None),
        ("Samples returned?   Yes ■   No □", None, None),
        ("K. Osei", None, None),
        ("Logged by (print name)", None, None),
        ("SECTION B — INVESTIGATION AND ACTION", None, None),
    ]
    for r, row in enumerate(rows, start=1):
        for c, text in zip("ABC", row):
            if text is not None:
                ws[f"{c}{r}"] = text
        if row[1] is None:
            ws.merge_cells(f"A{r}:C{r}")
    record = read(tmp_path, wb, "complaint")["record"]
    assert record["number"] == "NCF-26-0311"
    assert record["description"] == "Output ripple above 400 mV on 38 units at sea trials."
    assert record["reporter"] == "K. Osei"
    assert record["sample_received"] is True


def field_entry_8d(extra: list[tuple[str, str]]) -> Workbook:
    wb = Workbook()
    ws = wb.active
    ws.append(["8D CORRECTIVE ACTION REPORT"])
    ws.append(["Field", "Entry"])
    for pair in [
        ("8D Ref.", "8D-NV-2611"),
        ("Customer", "Norvale Appliances Ltd"),
        ("Date Opened", "3-Sep-26"),
        ("D2 - Problem Description", "Hinge pin protrudes 0.6 mm; oven door scrapes the seal."),
        *extra,
    ]:
        ws.append(list(pair))
    return wb


def test_a_tables_column_named_after_the_table_is_its_lines_column(tmp_path):
    wb = field_entry_8d(
        [
            ("D3 - Containment", "Sorted 1,900 hinges at the warehouse with a go/no-go gauge"),
            ("Containment Owner", "S. Gomez"),
            ("D5 - Permanent Corrective Action", "Die changed every 20,000 hits"),
            ("PCA Due Date", "15-Sep-26"),
            ("D6 - Implementation Date", "14-Sep-26"),
        ]
    )
    record = read(tmp_path, wb, "8d")["record"]
    [containment] = record["containment"]
    assert (containment["action"], containment["owner"]) == (
        "Sorted 1,900 hinges at the warehouse with a go/no-go gauge",
        "S. Gomez",
    )
    [action] = record["corrective_actions"]
    assert (action["action"], action["due_date"]) == ("Die changed every 20,000 hits", "2026-09-15")
    [implemented] = record["implementation"]
    assert implemented["implemented_date"] == "2026-09-14"
    assert not implemented.get("action")


def test_a_column_named_after_a_table_of_several_lines_is_not_given_to_one_of_them(tmp_path):
    wb = field_entry_8d(
        [
            ("D3 - Containment", "1. Sort stock at the warehouse\n2. Sort parts at the customer"),
            ("Containment Owner", "S. Gomez"),
        ]
    )
    record = read(tmp_path, wb, "8d")["record"]
    assert len(record["containment"]) == 2
    assert all(not row.get("owner") for row in record["containment"])


def test_an_approval_row_of_the_old_complaint_sheet(tmp_path):
    # 核决: names the level (副总经理, one of its options), 核决人: the person; with 业务主管
    # printed beside it, 业务主管 is the supervisor and 业务 the sales person who filled the sheet
    # in (DOMAIN §1: Sales receives the complaint and fills it in) — the reporter, shown for checking
    wb = Workbook()
    ws = wb.active
    ws.append(["客户抱怨处理单"])
    ws.append(["客户名称:", "东莞立信电子", "料号:", "LX-2231"])
    ws.append(["损失金额:", "¥6,240元", "核决:", "副总经理", "核决人:", "黄志明"])
    ws.append(["业务:", "Amy 张", "业务主管:", "李伟", "结案:", "2026-09-25"])
    out = read(tmp_path, wb, "complaint")
    record = out["record"]
    assert (record["approval_level"], record["approver"]) == ("vice_gm", "黄志明")
    assert (record["reporter"], record["sales_supervisor"]) == ("Amy 张", "李伟")
    assert any(w["field"] == "reporter" for w in out["warnings"])  # a likely reading: checked


def test_a_bare_sales_sign_off_is_the_sales_supervisor_shown_for_checking_never_the_reporter(tmp_path):
    # 業務 (the sales side) on a Taiwanese complaint sheet with no 主管 of its own: the sales
    # side's sign-off, read where DOMAIN has one (sales_supervisor) and always warned
    wb = Workbook()
    ws = wb.active
    ws.append(["客訴處理單"])
    ws.append(["客戶名稱：", "台灣精密電子股份有限公司", "料號：", "TP-4410-A"])
    ws.append(["填表人：", "蘇怡君", "業務：", "許文彬"])
    out = read(tmp_path, wb, "complaint")
    assert (out["record"]["reporter"], out["record"]["sales_supervisor"]) == ("蘇怡君", "許文彬")
    assert any(w.get("field") == "sales_supervisor" for w in out["warnings"]), out["warnings"]


def test_a_text_area_ends_where_a_label_on_its_left_takes_the_next_line(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws["A1"] = "8D Summary Report"
    ws["A2"], ws["B2"] = "Report Number:", "8D-BR-2609-011"
    ws["A3"], ws["B3"] = "Customer:", "Ningbo Fulin Office Furniture Co., Ltd."
    ws["C4"] = "D2 PROBLEM DESCRIPTION"
    ws.merge_cells("C4:D4")
    ws["C5"] = "Lot B260905: coating flakes off the hinge bracket after the first fitting."
    ws.merge_cells("C5:D7")
    for r, (label, value) in enumerate(
        [("What", "Coating flaking off the bracket edge"), ("Where", "Customer incoming inspection")], start=8
    ):
        ws[f"B{r}"], ws[f"C{r}"] = label, value
        ws.merge_cells(f"C{r}:D{r}")
    problem = read(tmp_path, wb, "8d")["record"]["problem"]
    assert (
        problem["statement"] == "Lot B260905: coating flakes off the hinge bracket after the first fitting."
    )
    assert problem["what"] == "Coating flaking off the bracket edge"
    assert problem["where"] == "Customer incoming inspection"


def test_the_letterhead_of_a_debit_memo_naming_its_vendor_is_the_buyer(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws["A1"] = "CRESTLINE APPLIANCES INC.\n2200 Riverside Pkwy, Louisville, KY 40202\nFEIN 61-4471903"
    ws["E1"] = "DEBIT MEMO"
    ws["E2"], ws["F2"] = "Debit Memo #", "DM-26-0917"
    ws["E3"], ws["F3"] = "Date", "9/3/26"
    ws["A5"], ws["B5"] = "Vendor:", "Pinecrest Motor Co., Ltd."
    ws["E5"], ws["F5"] = "Vendor Tax ID:", "98-0612274"
    out = read(tmp_path, wb, "allowance")
    record = out["record"]
    assert record["seller"]["name"] == "Pinecrest Motor Co., Ltd."
    assert (record["buyer"], record["buyer_tax_id"]) == ("CRESTLINE APPLIANCES INC.", "61-4471903")
    # read from a letterhead, not a label: shown for checking
    assert any(w["field"] == "buyer" for w in out["warnings"])


def test_a_letterhead_stays_unread_when_the_buyer_is_labelled(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws["A1"] = "CRESTLINE APPLIANCES INC.\nFEIN 61-4471903"
    ws["E1"] = "DEBIT MEMO"
    ws["A5"], ws["B5"] = "Vendor:", "Pinecrest Motor Co., Ltd."
    ws["A6"], ws["B6"] = "Bill To:", "Lakeside Home Goods LLC"
    record = read(tmp_path, wb, "allowance")["record"]
    assert record["buyer"] == "Lakeside Home Goods LLC"


def test_a_tax_id_under_a_partys_name_in_its_block_is_that_partys(tmp_path):
    # 购买方 | 名称 | … || 销售方 | 名称 | …, each block's 纳税人识别号 under its own 名称
    wb = Workbook()
    ws = wb.active
    ws["A1"] = "销货折让证明单"
    ws["A2"] = "开具日期：2026-09-03"
    ws["A3"], ws["E3"] = "购\n买\n方", "销\n售\n方"
    ws.merge_cells("A3:A4")
    ws.merge_cells("E3:E4")
    ws["B3"], ws["C3"], ws["F3"], ws["G3"] = "名称", "浙江卧龙家电有限公司", "名称", "常州金马电机有限公司"
    ws["B4"], ws["C4"] = "纳税人识别号", "91330604MA2D1KX95R"
    ws["F4"], ws["G4"] = "纳税人识别号", "91320411MA1N7CQ30B"
    record = read(tmp_path, wb, "allowance")["record"]
    assert (record["buyer"], record["buyer_tax_id"]) == ("浙江卧龙家电有限公司", "91330604MA2D1KX95R")
    assert (record["seller"]["name"], record["seller"]["tax_id"]) == (
        "常州金马电机有限公司",
        "91320411MA1N7CQ30B",
    )


def test_row_groups_of_another_tables_block_are_not_captions_of_the_causes(tmp_path):
    # an A3 sheet in two columns: D4's causes under their captions on the left, D5's actions
    # grouped by the same words (merged over their rows) on the right
    wb = Workbook()
    ws = wb.active
    ws["A1"] = "8D-Bericht"
    ws["A2"], ws["B2"], ws["D2"], ws["E2"] = (
        "Reklamationsnummer",
        "RK-2026-0921",
        "Kunde",
        "ZF Friedrichshafen",
    )
    ws["A3"] = "D2 Problembeschreibung"
    ws["A4"] = "Lunker im Gehäuse bei 9 von 1.500 Teilen; Dichtheitsprüfung beim Kunden n.i.O."
    ws["E3"] = "D5 Abstellmaßnahmen"
    ws.merge_cells("E3:H3")
    ws["E4"], ws["F4"], ws["G4"], ws["H4"] = "Nr.", "Abstellmaßnahme", "Verantwortlich", "Termin"
    ws["E5"], ws["F5"], ws["G5"], ws["H5"] = (
        "Entstehung",
        "Formtemperatur überwacht",
        "A. Vogel",
        "2026-10-02",
    )
    ws.merge_cells("E5:E6")
    ws["E7"], ws["F7"], ws["G7"], ws["H7"] = (
        "Nichtentdeckung",
        "Röntgenprüfung je Los",
        "B. Kraus",
        "2026-10-05",
    )
    ws.merge_cells("E7:E8")
    ws["A9"] = "D4 Fehlerursache"
    ws.merge_cells("A9:C9")
    ws["A10"] = "Entstehung"
    ws["A11"] = "Formtemperatur zu niedrig, Gasporen im Guss"
    ws["A12"] = "Nichtentdeckung"
    ws["A13"] = "Dichtheitsprüfung nur stichprobenartig"
    for r in range(10, 14):
        ws.merge_cells(f"A{r}:C{r}")
    record = read(tmp_path, wb, "8d")["record"]
    causes = {c["type"]: c["cause"] for c in record["root_cause"]}
    assert causes == {
        "occurrence": "Formtemperatur zu niedrig, Gasporen im Guss",
        "escape": "Dichtheitsprüfung nur stichprobenartig",
    }
    actions = {a["action"]: a.get("addresses") for a in record["corrective_actions"]}
    assert actions == {"Formtemperatur überwacht": "occurrence", "Röntgenprüfung je Los": "escape"}


def credit_memo(header: list[str], lines: list[list]) -> Workbook:
    wb = Workbook()
    ws = wb.active
    ws.append(["CREDIT MEMO"])
    ws.append(["Credit memo no.", "CM-77-0042", "Complaint no.", "CC-9120"])
    ws.append(["Buyer", "Northwind Appliance Parts Ltd."])
    ws.append([])
    ws.append(header)
    for line in lines:
        ws.append(line)
    return wb


def test_an_item_code_column_beside_a_description_is_not_the_lines_name(tmp_path):
    # "Item" and "Description" both name the line's name: the column over words is it
    wb = credit_memo(
        ["Item", "Description", "Qty", "Unit price", "Amount"],
        [
            ["HX-7710", "Hinge bracket, zinc — burrs", 400, 0.5, 200],
            ["GK-31A", "Door gasket 310 mm — short", 50, 2, 100],
        ],
    )
    items = read(tmp_path, wb, "allowance")["record"]["items"]
    assert [i["name"] for i in items] == ["Hinge bracket, zinc — burrs", "Door gasket 310 mm — short"]


def test_an_item_column_of_words_stays_the_lines_name(tmp_path):
    # both columns hold words: the better-named header keeps the column, as before
    wb = credit_memo(
        ["Item", "Description", "Qty", "Unit price", "Amount"],
        [["Hinge bracket", "zinc, burrs on edge", 400, 0.5, 200]],
    )
    items = read(tmp_path, wb, "allowance")["record"]["items"]
    assert items[0]["name"] == "Hinge bracket"
