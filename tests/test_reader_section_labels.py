"""Numbered sections of a corrective-action report (``1. 不具合内容`` … ``7. 水平展開``,
``一、`` … ``八、``), Japanese and English header labels other companies print, a label worded
alike for two disciplines decided by its section number, and sign-off rows read downward (roles
over names) — general reading rules, each shown on a small form written here."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from kesu_docs.parse import parse_paths


def _parse(tmp_path: Path, rows: list[tuple], *, title: str, kind: str | None = None, name="f.xlsx") -> dict:
    wb = Workbook()
    ws = wb.active
    ws["A1"] = title
    for r, row in enumerate(rows, start=3):
        for c, v in enumerate(row, start=1):
            if v is not None:
                ws.cell(r, c, v)
    ws.column_dimensions["A"].width = 18
    ws.column_dimensions["B"].width = 50
    for col in "CDEF":
        ws.column_dimensions[col].width = 14
    path = tmp_path / name
    wb.save(path)
    [result] = parse_paths([path], kind=kind)
    return result.to_dict("en")


JA_ROWS = [
    ("報告書No.", "CAR-2611-007", None, "発行日", "2026/11/02"),
    ("顧客名", "株式会社ミナト電装", None, "顧客管理No.", "MD-QA-26-118"),
    ("品番", "MD-4410-02", None, "不良数", "12"),
    ("1. 不具合内容", "端子メッキの変色。受入検査で 12 個発見。"),
    ("2. 暫定処置", "在庫 1,200 個全数選別、出荷停止。"),
    ("3. 発生原因", "メッキ槽の温度管理が不十分。"),
    ("4. 流出原因", "外観検査基準に変色の項目なし。"),
    ("5. 恒久対策", "槽温度の自動記録と警報を追加。"),
    ("6. 効果確認", "対策後 4 ロット 4,800 個で不良ゼロ。"),
    ("7. 水平展開", "同系列の 2 槽にも展開。"),
    ("完了日", "2026/12/01"),
]


def test_a_japanese_corrective_action_report_is_an_8d_by_its_title(tmp_path):
    doc = _parse(tmp_path, JA_ROWS, title="是正処置報告書")
    assert doc["kind"] == "8d"
    assert not any(w["code"] == "kind_guessed" for w in doc["warnings"])


def test_japanese_header_labels_and_numbered_sections_are_read(tmp_path):
    rec = _parse(tmp_path, JA_ROWS, title="是正処置報告書")["record"]
    assert rec["number"] == "CAR-2611-007"
    assert rec["complaint_number"] == "MD-QA-26-118"
    assert rec["problem"]["statement"].startswith("端子メッキの変色")
    assert rec["containment"][0]["action"].startswith("在庫 1,200 個")
    assert rec["closure"]["closed_date"] == "2026-12-01"


def test_a_numbered_section_under_another_is_not_a_caption_inside_its_block(tmp_path):
    # "2. 暫定処置" (the containment) above "3. 発生原因": the cause stays a root cause
    rec = _parse(tmp_path, JA_ROWS, title="是正処置報告書")["record"]
    causes = {c["type"]: c["cause"] for c in rec["root_cause"]}
    assert causes == {
        "occurrence": "メッキ槽の温度管理が不十分。",
        "escape": "外観検査基準に変色の項目なし。",
    }


def test_an_effect_check_section_is_the_d6_result(tmp_path):
    rec = _parse(tmp_path, JA_ROWS, title="是正処置報告書")["record"]
    assert rec["implementation"][0]["result"] == "対策後 4 ロット 4,800 個で不良ゼロ。"


def test_the_section_number_decides_a_label_worded_alike_for_two_disciplines(tmp_path):
    rows = [
        ("客訴編號", "CC-2611-031"),
        ("客戶名稱", "宏碁電子"),
        ("一、小組成員", "組長：林志明（品保部）"),
        ("二、問題描述", "錫球短路，客戶端 SMT 後發現 6 片。"),
        ("五、永久對策", "鋼板開孔縮小 10%。"),
        ("六、效果確認", "導入後 3 批 0 不良。"),
    ]
    rec = _parse(tmp_path, rows, title="8D 報告", kind="8d")["record"]
    assert rec["implementation"][0]["result"] == "導入後 3 批 0 不良。"


def test_english_header_labels_of_a_complaint_record(tmp_path):
    rows = [
        ("Record No.", "CCR-26-0422"),
        ("Customer", "Fairline Motors Inc."),
        ("Category", "[X] Quality   [ ] Delivery   [ ] Service"),
        ("Reviewed by", "Anna Lee"),
    ]
    rec = _parse(tmp_path, rows, title="Customer Complaint Record", kind="complaint")["record"]
    assert rec["number"] == "CCR-26-0422"
    assert rec["complaint_type"] == "quality"
    assert rec["sales_supervisor"] == "Anna Lee"


def test_an_8d_start_date_and_a_material_number_are_read(tmp_path):
    rows = [
        ("Complaint No.", "Q2-88120"),
        ("Customer", "Halberg Automotive GmbH"),
        ("Material No.", "7-410-552-019"),
        ("8D started on", "2026-11-03"),
    ]
    rec = _parse(tmp_path, rows, title="8D Report", kind="8d")["record"]
    assert rec["part_no"] == "7-410-552-019"
    assert rec["opened_date"] == "2026-11-03"


def test_roles_over_names_are_read_downward_though_another_row_of_roles_follows(tmp_path):
    rows = [
        ("异常描述", "外壳划伤 3 台", None, "审核", "检验人"),
        (None, None, None, "周立", "王芳"),
        ("原因分析", "包装隔板缺失", None, "审核", "分析人"),
        (None, None, None, "周立", "赵强"),
    ]
    rec = _parse(tmp_path, rows, title="客户投诉处理表", kind="complaint")["record"]
    assert rec["reporter"] == "王芳"
    assert rec["sales_supervisor"] == "周立"


def test_other_titles_of_complaint_and_return_forms_are_titles(tmp_path):
    doc = _parse(tmp_path, [("客户名称", "华东电器"), ("不良描述", "外壳裂纹")], title="客户投诉处理表")
    assert doc["kind"] == "complaint"
    assert not any(w["code"] == "kind_guessed" for w in doc["warnings"])
    doc = _parse(
        tmp_path, [("客戶名稱", "華東電器"), ("退貨原因", "外殼裂紋")], title="退貨申請", name="r.xlsx"
    )
    assert doc["kind"] == "return"
    assert not any(w["code"] == "kind_guessed" for w in doc["warnings"])


TW_ROWS = [
    ("報告編號", "8D-TW-115-044"),
    ("客訴單號", "QN-26-7781"),
    ("客戶", "聯詠科技"),
    ("產品料號", "QFP-64-B210"),
    ("立案日期", "2026.11.02"),
    ("一、小組成員",),
    ("組長：李文雄（品保部）；組員：張怡君（製程部）、吳家豪（測試部）",),
    ("二、問題描述",),
    ("打線後金線偏移，客戶端 FT 失效 300 顆。",),
    ("四、根本原因",),
    ("打線參數未隨瓷嘴磨耗補償。",),
]


def test_a_team_cell_under_its_heading_gives_names_roles_and_departments(tmp_path):
    rec = _parse(tmp_path, TW_ROWS, title="8D 報告", kind="8d")["record"]
    assert [(m["name"], m["role"], m["dept"]) for m in rec["team"]] == [
        ("李文雄", "leader", "品保部"),
        ("張怡君", "member", "製程部"),
        ("吳家豪", "member", "測試部"),
    ]


def test_a_root_cause_without_its_type_is_the_occurrence_and_is_warned(tmp_path):
    doc = _parse(tmp_path, TW_ROWS, title="8D 報告", kind="8d")
    assert doc["record"]["root_cause"] == [
        {**doc["record"]["root_cause"][0], "type": "occurrence", "cause": "打線參數未隨瓷嘴磨耗補償。"}
    ]
    assert any(w["field"] == "root_cause[0].type" for w in doc["warnings"])


SCAR_ROWS = [
    ("SCAR No.", "SCAR-26-0300"),
    ("Issue Date", "03/05/2026"),
    ("Customer", "Fairline Motors Inc."),
    ("Complaint Ref.", "NCR-FM-1207"),
    ("Part No.", "FM-220-14"),
    ("D2 Problem Description",),
    ("Connector latch cracked on 14 harnesses at customer assembly.",),
    ("D4 Root Cause",),
    ("Why it occurred: Mould gate too close to the latch root.",),
    ("Why it escaped: Pull test not in the outgoing inspection plan.",),
    ("D5 Permanent Corrective Action",),
    ("Gate moved 2 mm; mould released after FAI.",),
    ("D6 Verification",),
    ("5 lots, 6,000 harnesses, 0 cracks at pull test.",),
]


def test_an_ambiguous_us_date_on_an_english_form_is_month_first_and_warned(tmp_path):
    doc = _parse(tmp_path, SCAR_ROWS, title="Supplier Corrective Action Request", kind="8d")
    assert doc["record"]["opened_date"] == "2026-03-05"
    assert any(w["field"] == "opened_date" and w["code"] == "date_order_inferred" for w in doc["warnings"])


def test_why_it_occurred_and_why_it_escaped_sentences_are_the_two_root_causes(tmp_path):
    rec = _parse(tmp_path, SCAR_ROWS, title="Supplier Corrective Action Request", kind="8d")["record"]
    causes = {c["type"]: c["cause"] for c in rec["root_cause"]}
    assert causes == {
        "occurrence": "Mould gate too close to the latch root.",
        "escape": "Pull test not in the outgoing inspection plan.",
    }


def test_a_d6_verification_paragraph_is_the_implementation_result_not_a_column_of_d5(tmp_path):
    rec = _parse(tmp_path, SCAR_ROWS, title="Supplier Corrective Action Request", kind="8d")["record"]
    assert rec["corrective_actions"][0]["action"] == "Gate moved 2 mm; mould released after FAI."
    assert rec["corrective_actions"][0]["validation_method"] is None
    assert rec["implementation"][0]["result"] == "5 lots, 6,000 harnesses, 0 cracks at pull test."


def test_the_chinese_label_decides_over_an_english_gloss_naming_another_field(tmp_path):
    rows = [
        ("客户名称 (Customer)", "华东电器"),
        ("产品名称 (Description)", "电源模块 PM-48V"),
        ("不良描述 (Problem Description)", "输出电压跌落至 46.2 V"),
    ]
    rec = _parse(tmp_path, rows, title="客户投诉处理表", kind="complaint")["record"]
    assert rec["part_name"] == "电源模块 PM-48V"
    assert rec["description"] == "输出电压跌落至 46.2 V"


def test_a_closing_sentence_gives_the_closure_date_and_who_closed_it(tmp_path):
    rows = [*SCAR_ROWS, ("D8 Closure",), ("Closed 04/10/2026 by Robert King",)]
    rec = _parse(tmp_path, rows, title="Supplier Corrective Action Request", kind="8d")["record"]
    assert rec["closure"]["closed_date"] == "2026-04-10"
    assert rec["closure"]["approved_by"] == "Robert King"


BAND_ROWS = [
    ("Complaint No.", "Q2-88120", "8D No.", "SUP-8D-1102"),
    ("Customer", "Halberg Automotive", "Halberg Material No.", "7-410-552-019"),
    ("8D started on", "2026-11-03"),
    ("D1 Team",),
    ("Team Leader", "Sara Lemrani"),
    ("D2 Problem Description",),
    ("Problem description:", "Broken wire at connector pin 4."),
    ("D4 Root cause",),
    ("Occurrence", "Crimp height drifted after applicator change."),
    ("Non-detection", "EOL test checked continuity only."),
    ("D3 Containment actions",),
    ("No.", "Action", "Responsible", "Introduced on"),
    ("1", "Sort all stock at supplier.", "S. Lemrani", "2026-11-04"),
    ("D5/D6 Corrective actions",),
    ("Action", "Pull test after every applicator change."),
    ("Implemented on", "2026-11-20", "Effectiveness", "0 ppm in 4 weeks"),
    ("D7 Prevent recurrence",),
    ("Lessons learned", "Applicator change added to the PFMEA."),
]


def test_a_combined_d5_d6_band_gives_the_action_its_implementation_date_and_effect(tmp_path):
    rec = _parse(tmp_path, BAND_ROWS, title="8D report", kind="8d")["record"]
    assert rec["corrective_actions"][0]["action"] == "Pull test after every applicator change."
    impl = rec["implementation"][0]
    assert (impl["implemented_date"], impl["result"]) == ("2026-11-20", "0 ppm in 4 weeks")


def test_a_company_name_before_an_id_label_is_read_and_warned(tmp_path):
    doc = _parse(tmp_path, BAND_ROWS, title="8D report", kind="8d")
    assert doc["record"]["part_no"] == "7-410-552-019"
    assert doc["record"]["opened_date"] == "2026-11-03"
    assert any(w["field"] == "part_no" for w in doc["warnings"])


def test_a_sign_off_row_of_roles_over_names_gives_the_general_manager_as_approver(tmp_path):
    rows = [
        ("客户名称", "北京京东世纪贸易有限公司"),
        ("问题描述", "运行 2 小时出风口凝露滴水"),
        (),
        ("填表人", "业务主管", "品保经理", "总经理"),
        ("马晓燕", "秦朗", "邹凯", "董明"),
    ]
    rec = _parse(tmp_path, rows, title="客户投诉单", kind="complaint")["record"]
    assert (rec["reporter"], rec["sales_supervisor"], rec["approver"]) == ("马晓燕", "秦朗", "董明")


def test_a_date_read_either_way_beside_its_label_is_a_date_warned_for_its_order(tmp_path):
    """``03/12/2026`` beside ``Issued`` suits a date field as a date (not as a stray text read
    at a third of its label's strength); its order, still to be told, is what is warned."""
    rows = [
        ("RMA No.", "RMA-SZ-26-0401", "Issued", "03/12/2026"),
        ("Customer", "Jabil Circuit (Wuxi)"),
        ("Reason", "Fins bent in transit."),
    ]
    doc = _parse(tmp_path, rows, title="RETURN MATERIAL AUTHORIZATION", kind="return")
    assert doc["record"]["issue_date"] == "2026-03-12"
    assert doc["provenance"]["issue_date"]["confidence"] >= 0.75
    assert any(w["field"] == "issue_date" and w["code"] == "date_order_inferred" for w in doc["warnings"])
