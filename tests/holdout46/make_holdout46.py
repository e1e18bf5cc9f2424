"""Write the forty-sixth held-out set (run: ``python tests/holdout46/make_holdout46.py``).

Written from public descriptions of real forms WITHOUT reading the reader's code, for COMPLAINTS IN REGULATED
INDUSTRIES: medical devices, pharmaceuticals, food and cosmetics, where the complaint form is part of a GMP / ISO 13485
/ FDA 21 CFR 820.198 quality system. A MEDICAL-DEVICE COMPLAINT RECORD (``Complaint No.``, ``Date received``,
``Device name``, ``UDI-DI``, ``Lot / Serial No.``, ``Event date``, ``Patient involvement (Y/N)``, ``MDR reportable?
☐ Yes ☑ No``, ``Investigation summary``, ``CAPA No.``), a 医疗器械投诉记录表 (``注册证编号``, ``产品批号 20260305``,
``生产日期``, ``有效期至``, ``投诉数量 200 支``, ``是否涉及不良事件 ☐是 ☑否``), a 药品质量投诉登记表 (``规格 0.25g×24粒``,
a ``批号`` typed as the number ``20260305``, ``投诉类别 ☐A类 ☑B类 ☐C类``, ``留样检查``), a zh-Hant 食品客訴處理單 of a
FOREIGN BODY (``生產日期``, ``批次``, ``保存期限``, ``異物類型``, ``購買通路``), a CAPA FORM USED AS THE 8D (``Problem
statement``, ``Correction``, ``Root cause (5 Why)`` with the whys as rows, ``Corrective action``, ``Preventive action``,
``Effectiveness check``) and its zh-Hans twin from a pharma plant (纠正和预防措施), a 产品召回退货单 for a lot (``召回级别``,
a 批号 and 有效期至 column, ``退回数量 120 盒``), an English RETURNED GOODS AUTHORIZATION of a wholesaler (``Lot No.``,
``Expiry``, ``48 vials``, ``Quarantine and destroy``), a 销售折让单 for DESTROYED STOCK (the 销毁证明 line); sent as PDF
only: a HOSPITAL'S COMPLAINT LETTER with a table (Chromium), a CAPA RECORD PRINTED FROM AN eQMS (its print banner,
status and workflow history; Chromium), a zh-Hant 藥品回收退貨單 (回收等級, Chromium), a 化妆品客诉 with its 备案编号 and an
allergy (fpdf2), a zh-Hant 矯正預防措施報告 used as the 8D (fpdf2), a zh-Hant 銷毀折讓證明單 and an English credit note for
destroyed stock (fpdf2). ``odd/`` holds a complaint whose 产品批号 was turned into a DATE CELL by Excel, and a complaint
excerpt whose only dates are the MANUFACTURE and EXPIRY dates.

Fix what this set shows by a general rule, imitated in ``tests/layouts``, never on these files. Written by
tests/holdout_kit.py's ``run_with_odd``: each run the same xlsx and json bytes; the PDFs printed with ``soffice``,
Chromium and fpdf2 (``--no-pdf`` keeps the committed PDFs; ``--out DIR`` writes elsewhere).
"""

from __future__ import annotations

import sys
from pathlib import Path

if str(Path(__file__).resolve().parents[1]) not in sys.path:  # tests/, where the kit is: tests/holdout_kit.py
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import holdout_kit as kit

HERE, SOURCE = kit.generator(__file__, "forty-sixth held-out imitation")
dt, D = kit.dt, kit.dt.date


def steps_rows(s: kit.Sheet, first: int, rows, span: str = "D") -> int:
    """An 8D's or CAPA's step rows from ``first`` down (``(label, typed, path)``; a path None: a row that is no field,
    a 5 Why's question); returns the row after the last."""
    for r, (lab, raw, path) in enumerate(rows, start=first):
        kit.lv(s, f"A{r}", lab, f"B{r}", raw, path, span=f"{span}{r}")
    return first + len(rows)


def line_table(s: kit.Sheet, row: int, heads, cols: str, lines, paths, fmts) -> int:
    """A line table from ``row``: ``heads`` over one ``line`` a row (a value ``(typed, expect)`` where the record holds
    other than what was typed), ``paths`` the record path of each column (None: no field); returns the row after."""
    kit.head_row(s, row, cols, heads)
    for i, line in enumerate(lines):
        for col, head, v, path, fmt in zip(cols, heads, line, paths, fmts, strict=True):
            typed, exp = v if isinstance(v, tuple) else (v, None)
            s.value(
                f"{col}{row + 1 + i}",
                typed,
                path=path and f"items[{i}].{path}",
                label=head,
                expect=exp,
                fmt=fmt,
            )
    return row + 1 + len(lines)


# =============================================================================== complaint
def complaint_en_device(s: kit.Sheet) -> None:
    """A MEDICAL-DEVICE COMPLAINT RECORD kept under 21 CFR 820.198 / ISO 13485 §8.2.2: the facility that complained
    (a hospital), device name and model, the UDI-DI and the event date (no field), lot, patient involvement (Y/N)
    and the MDR decision as ticked boxes (no field), the event's description, the investigation summary (the cause),
    the CAPA No. (no field), who handled it and the QA review."""
    s.text("A1", "CUSTOMER COMPLAINT RECORD  (21 CFR 820.198 / ISO 13485 §8.2.2)", "D1", size=13)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("Complaint No.", "Date received", "Complainant (facility)", "Device name", "Model / Catalogue No.", "UDI-DI",
         "Lot / Serial No.", "Event date", "Qty involved", "Patient involvement (Y/N)"),
        (kit.pick(s, "CR-2026-0147", "CR-2026-0212"), kit.pick(s, D(2026, 3, 9), D(2026, 4, 21)),
         kit.pick(s, "St. Mary's General Hospital", "Riverside Surgical Centre"),
         kit.pick(s, "Infusion set, 20 drops/mL", "Extension line with 3-way stopcock"),
         kit.pick(s, "IS-20-150", "EL-3W-100"), kit.pick(s, "06901234567892", "06901234568301"),
         kit.pick(s, "L2601158", "L2602207"), kit.pick(s, D(2026, 3, 2), D(2026, 4, 14)), kit.pick(s, 3, 12), "N"),
        ("number", "received_date", "customer", "part_name", "part_no", None, "lot_no", None, "defect_qty", None),
    ))  # fmt: skip
    kit.rows_down(s, 7, kit.field_rows(
        ("Event description", "MDR reportable?", "Investigation summary", "Customer request"),
        (kit.pick(s, "Drip chamber cracked on priming; fluid leaked at the spike. No patient harm.",
                  "Stopcock handle stiff, one line leaked at the luer lock during flushing."),
         "☐ Yes   ☑ No   (no death or serious injury; malfunction not likely to cause one)",
         kit.pick(s, "Retained samples of lot L2601158 passed leak test; crack traced to a cold-weld line on the chamber.",
                  "Luer lock thread out of tolerance on cavity 4 of the mould."),
         ("Replacement of the remaining stock of the lot", ["replacement"])),
        ("description", None, "root_cause", "customer_request"),
    ))  # fmt: skip
    kit.lv_pairs(s, 11, kit.field_rows(
        ("CAPA No.", "Complaint handled by", "QA review", "Date closed"),
        (kit.pick(s, "CAPA-26-009", "CAPA-26-017"), kit.pick(s, "Laura Chen", "Tom Becker"), "Mark Evans",
         kit.pick(s, D(2026, 4, 2), D(2026, 5, 19))),
        (None, "reporter", "approver", "closed_date"),
    ))  # fmt: skip


def complaint_zh_device(s: kit.Sheet) -> None:
    """A 医疗器械投诉记录表 (a maker of sterile single-use devices): 注册证编号 (no field), a 产品批号 that looks like a date
    (``20260305``) beside the 生产日期 and 有效期至 (no field), 投诉数量 ``200 支``, 是否涉及不良事件 as ticked boxes (the
    complaint's safety), 处理措施, 记录人 and 质量负责人."""
    s.text("A1", "医疗器械投诉记录表", "D1", size=15)
    s.text("A2", "文件编号：QR-8.2.2-01　版本：B/1", "D2")
    kit.lv_pairs(s, 3, kit.field_rows(
        ("投诉编号", "接收日期", "投诉单位", "联系人", "产品名称", "型号规格", "注册证编号", "产品批号", "生产日期",
         "有效期至", "投诉数量"),
        ("TS-YX-2603-011", D(2026, 3, 16), "江城市第一人民医院", "护理部 王护士长", "一次性使用无菌注射器 带针",
         "5mL 0.7×32TWLB", "国械注准20163140123", "20260305", D(2026, 3, 5), D(2029, 3, 4), ("200 支", 200)),
        ("number", "received_date", "customer", None, "part_name", "part_no", None, "lot_no", "production_date", None,
         "defect_qty"),
    ))  # fmt: skip
    kit.rows_down(s, 9, kit.field_rows(
        ("投诉内容", "是否涉及不良事件", "处理措施", "客户要求"),
        ("注射时针管与针座连接处脱落 3 支，余量已封存。", ("☐是　☑否", False), "同批在库 1.2 万支暂停发货，留样复检连接牢固度。",
         ("换货", ["replacement"])),
        ("description", "safety_related", "short_term_action", "customer_request"),
    ))  # fmt: skip
    kit.lv_pairs(
        s, 13, kit.field_rows(("记录人", "质量负责人"), ("赵敏", "周建平"), ("reporter", "approver"))
    )


def complaint_zh_pharma(s: kit.Sheet) -> None:
    """A 药品质量投诉登记表 (GMP): a pharmacy chain's complaint, the 规格 ``0.25g×24粒`` (no field), a 批号 typed as the NUMBER
    ``20260305`` (a batch named by its day), 生产日期 and 有效期至 (no field), 投诉数量 ``12 盒``, 投诉类别 A / B / C as ticked
    boxes (the severity: B 主要), the 留样检查 line (no field), 调查结论 (the cause), 处理意见, 客户要求 退货."""
    s.text("A1", "药品质量投诉登记表", "D1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("投诉编号", "投诉日期", "投诉单位", "药品名称", "规格", "批号", "生产日期", "有效期至", "投诉数量", "投诉类别"),
        (kit.pick(s, "YPTS-2603-005", "YPTS-2605-002"), kit.pick(s, D(2026, 3, 18), D(2026, 5, 12)),
         kit.pick(s, "康泰大药房连锁有限公司", "华北医药物流有限公司"), kit.pick(s, "阿莫西林胶囊", "布洛芬缓释胶囊"),
         kit.pick(s, "0.25g×24粒", "0.3g×20粒"), kit.pick(s, (20260305, "20260305"), (20260411, "20260411")),
         kit.pick(s, D(2026, 3, 5), D(2026, 4, 11)), kit.pick(s, D(2028, 2, 29), D(2028, 4, 10)),
         kit.pick(s, ("12 盒", 12), ("30 盒", 30)), ("☐A类（严重）　☑B类（主要）　☐C类（一般）", "important")),
        ("number", "received_date", "customer", "part_name", None, "lot_no", "production_date", None, "defect_qty",
         "severity"),
    ))  # fmt: skip
    kit.rows_down(s, 7, kit.field_rows(
        ("投诉内容", "留样检查", "调查结论", "处理意见", "客户要求"),
        (kit.pick(s, "铝塑板内个别胶囊破裂，药粉外漏。", "部分胶囊粘连，外观发黄。"),
         kit.pick(s, "同批留样 20 板外观正常，未见破裂。", "同批留样外观正常，水分合格。"),
         kit.pick(s, "运输挤压致个别胶囊破裂，非生产原因。", "药店阴凉库温度超标，储存不当。"),
         kit.pick(s, "同批在库药品暂停发货并复检外观。", "指导药店整改储存条件，同批抽检。"), ("退货", ["return"])),
        ("description", None, "root_cause", "short_term_action", "customer_request"),
    ))  # fmt: skip
    kit.lv_pairs(
        s,
        12,
        kit.field_rows(
            ("登记人", "QA 负责人"), (kit.pick(s, "孙丽", "马超"), "刘洋"), ("reporter", "approver")
        ),
    )


def complaint_zht_food(s: kit.Sheet) -> None:
    """A zh-Hant 食品客訴處理單 of a FOREIGN BODY (異物): the channel (a supermarket chain) the customer, 生產日期 and 批次 as
    two fields, 保存期限 ``12 個月`` and 購買通路 (a store, no field), 異物類型 ``金屬絲`` (no field), 客訴數量 ``1 包``,
    顧客要求 ``退款並賠償``, 處理說明, 品保人員 and the manager who approved."""
    s.text("A1", "食品客訴處理單（異物）", "D1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("客訴編號", "受理日期", "客戶", "產品名稱", "產品代號", "生產日期", "批次", "保存期限", "購買通路", "異物類型",
         "客訴數量"),
        (kit.pick(s, "FC-2603-0021", "FC-2605-0009"), kit.pick(s, D(2026, 3, 20), D(2026, 5, 7)),
         kit.pick(s, "全聯實業股份有限公司", "家樂福量販店"), kit.pick(s, "原味洋芋片 150g", "海苔米果 80g"),
         kit.pick(s, "SN-CH150", "SN-RC080"), kit.pick(s, D(2026, 2, 18), D(2026, 4, 2)), kit.pick(s, "B2-0218", "A1-0402"),
         "12 個月", kit.pick(s, "全聯 板橋文化店", "家樂福 桂林店"), kit.pick(s, "金屬絲", "塑膠片"), ("1 包", 1)),
        ("number", "received_date", "customer", "part_name", "part_no", "production_date", "lot_no", None, None, None,
         "defect_qty"),
    ))  # fmt: skip
    kit.rows_down(s, 8, kit.field_rows(
        ("客訴內容", "顧客要求", "處理說明"),
        (kit.pick(s, "消費者食用時發現約 1 cm 金屬絲一段，未受傷。", "包裝內發現透明塑膠片一片。"),
         ("退款並賠償", ["compensation"]),
         kit.pick(s, "同批次庫存下架，金屬檢測機靈敏度複驗。", "同批次庫存下架，篩網破損排查。")),
        ("description", "customer_request", "short_term_action"),
    ))  # fmt: skip
    kit.lv_pairs(
        s,
        11,
        kit.field_rows(
            ("品保人員", "核准"), (kit.pick(s, "黃淑芬", "李明哲"), "陳國棟"), ("reporter", "approver")
        ),
    )


# =============================================================================== 8D
def eightd_en_capa(s: kit.Sheet) -> None:
    """A CAPA FORM USED AS THE 8D (medical devices): the header, the CAPA team, then ``Problem statement``,
    ``Correction``, ``Root cause (5 Why)`` with Why 1 … Why 4 as rows (no field) over the ``Root cause`` row, ``Why not
    detected``, ``Corrective action``, ``Effectiveness check``, ``Preventive action``; closed and QA approval."""
    s.text("A1", "CORRECTIVE AND PREVENTIVE ACTION (CAPA) REPORT", "D1", size=14)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("CAPA No.", "Date opened", "Customer", "Complaint No.", "Product / Model", "Qty affected"),
        ("CAPA-26-009", D(2026, 3, 12), "St. Mary's General Hospital", "CR-2026-0147", "IS-20-150", 3),
        kit.EIGHTD_HEAD_PATHS,
    ))  # fmt: skip
    kit.team_cell(s, "A5", "CAPA team", "B5", ("Mark Evans", "Laura Chen", "Raj Patel"), span="D5")
    nxt = steps_rows(s, 6, (
        ("Problem statement", "Drip chamber cracks on priming (3 sets, lot L2601158).", "problem.statement"),
        ("Correction", "Lot L2601158 quarantined; 4,800 sets in stock leak-tested 100 %.", "containment[0].action"),
    ))  # fmt: skip
    s.text(f"A{nxt}", "Root cause (5 Why)", f"D{nxt}", bold=True)
    nxt = steps_rows(s, nxt + 1, (
        ("Why 1", "Why did the chamber crack? A weld line was weak.", None),
        ("Why 2", "Why was it weak? The mould ran cold at start-up.", None),
        ("Why 3", "Why cold? The heater warm-up time was not defined.", None),
        ("Root cause", "No warm-up time in the moulding work instruction.", "root_cause[type=occurrence].cause"),
        ("Why not detected", "Leak test sampled 13 pcs a lot; cracks open only on priming.", "root_cause[type=escape].cause"),
        ("Corrective action", "Warm-up 20 min added to WI-MO-07; first 50 shots scrapped.", "corrective_actions[0].action"),
        ("Effectiveness check", "No crack in 6 lots (28,000 sets); no complaint in 90 days.", "implementation[0].result"),
        ("Preventive action", "Same warm-up rule on the other two chamber moulds.", "prevention.horizontal_deployment"),
    ))  # fmt: skip
    kit.lv_pairs(s, nxt, kit.field_rows(
        ("Date closed", "QA approval"), (D(2026, 6, 15), "Mark Evans"), ("closure.closed_date", "closure.approved_by"),
    ))  # fmt: skip


def eightd_zh_capa(s: kit.Sheet) -> None:
    """A pharma plant's 纠正和预防措施（CAPA）报告 used as the 8D, written as a 项目 / 内容 table: 问题描述, 纠正, 根本原因,
    未检出原因, 纠正措施, 有效性评估, 预防措施; the 偏差编号 beside the 投诉编号 (no field); 关闭日期 and QA 批准."""
    s.text("A1", "纠正和预防措施（CAPA）报告", "D1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("CAPA编号", "发起日期", "客户", "投诉编号", "偏差编号", "产品代码", "投诉数量"),
        (kit.pick(s, "CAPA-2603-004", "CAPA-2605-002"), kit.pick(s, D(2026, 3, 24), D(2026, 5, 19)),
         kit.pick(s, "康泰大药房连锁有限公司", "华北医药物流有限公司"), kit.pick(s, "YPTS-2603-005", "YPTS-2605-002"),
         kit.pick(s, "DEV-2603-017", "DEV-2605-006"), kit.pick(s, "AMX-C025", "IBU-C030"), kit.pick(s, ("12 盒", 12), ("30 盒", 30))),
        ("number", "opened_date", "customer", "complaint_number", None, "part_no", "problem.qty_complained"),
    ))  # fmt: skip
    kit.team_cell(
        s,
        "A6",
        "CAPA 小组",
        "B6",
        kit.pick(s, ("刘洋", "孙丽", "高峰"), ("刘洋", "马超")),
        sep="、",
        span="D6",
    )
    kit.head_row(s, 7, "AB", ("项目", "内容"))
    nxt = steps_rows(s, 8, kit.eightd_steps(
        ("问题描述", "纠正", "根本原因", "未检出原因", "纠正措施", "有效性评估", "预防措施"),
        (kit.pick(s, "阿莫西林胶囊铝塑板内胶囊破裂。", "布洛芬缓释胶囊粘连发黄。"),
         kit.pick(s, "同批在库 3,600 盒暂停发货，外观全检。", "通知客户隔离同批药品。"),
         kit.pick(s, "外箱抗压强度不足，堆码超高。", "客户阴凉库温控失效。"),
         kit.pick(s, "出厂检验不含运输模拟。", "未对客户储存条件进行审计。"),
         kit.pick(s, "外箱改用 K=K 五层瓦楞，限高 6 层。", "质量协议增加储存温度条款。"),
         kit.pick(s, "连续 3 个月无同类投诉。", "客户整改后温度记录合格。"),
         kit.pick(s, "其他胶囊品种外箱同步更换。", "对全部连锁客户开展储存审计。")),
    ))  # fmt: skip
    kit.lv_pairs(s, nxt, kit.field_rows(
        ("关闭日期", "QA 批准"), (kit.pick(s, D(2026, 6, 30), D(2026, 8, 20)), "刘洋"),
        ("closure.closed_date", "closure.approved_by"),
    ))  # fmt: skip


# =============================================================================== return
def return_zh_recall(s: kit.Sheet) -> None:
    """A 产品召回退货单 for a lot: the 召回级别 and 召回编号 line over the lines (no field), a 批号 and an 有效期至 column between
    the name and the counts (no field), the counts typed with their unit (``120 盒``), the disposition 销毁."""
    s.text("A1", "产品召回退货单", "H1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("退货单号", "退货日期", "客户", "投诉编号"),
        (kit.pick(s, "ZHTH-2603-003", "ZHTH-2605-001"), kit.pick(s, D(2026, 3, 27), D(2026, 5, 26)),
         kit.pick(s, "国药控股江城有限公司", "华北医药物流有限公司"), kit.pick(s, "YPTS-2603-005", "YPTS-2605-002")),
        ("number", "issue_date", "customer", "complaint_number"),
    ), cols=("AB", "EF"), span="H")  # fmt: skip
    s.text(
        "A4",
        kit.pick(s, "召回级别：三级召回　召回编号：ZH-2026-003", "召回级别：二级召回　召回编号：ZH-2026-007"),
        "H4",
    )
    lines = kit.pick(s, (("AMX-C025", "阿莫西林胶囊 0.25g×24粒", "20260305", "2028-02-29", 120, 120, 8.5),
                         ("AMX-C025", "阿莫西林胶囊 0.25g×24粒", "20260306", "2028-03-01", 60, 48, 8.5)),
                     (("IBU-C030", "布洛芬缓释胶囊 0.3g×20粒", "20260411", "2028-04-10", 300, 300, 12.0),))  # fmt: skip
    rows = [(code, name, lot, exp, (f"{qa} 盒", qa), (f"{q} 盒", q), (p, kit.money(p)), (round(q * p, 2), kit.money(q * p)))
            for code, name, lot, exp, qa, q, p in lines]  # fmt: skip
    nxt = line_table(s, 5, ("产品编码", "产品名称", "批号", "有效期至", "批准数量", "退回数量", "单价", "金额"), "ABCDEFGH", rows,
                     ("part_no", "part_name", None, None, "qty_approved", "qty_returned", "unit_price", "amount"),
                     (None, None, None, None, None, None, "0.00", "#,##0.00"))  # fmt: skip
    kit.return_foot(s, nxt, kit.field_rows(
        ("退货原因", "处理方式", "仓库签收", "QA 批准"),
        (kit.pick(s, "投诉批次主动召回：胶囊破裂。", "投诉批次召回：储存不当致粘连。"), ("销毁", ["scrap"]), "郑伟", "刘洋"),
        kit.RETURN_FOOT_PATHS,
    ), "H")  # fmt: skip


def return_en_rga(s: kit.Sheet) -> None:
    """A wholesaler's RETURNED GOODS AUTHORIZATION (RGA) to the manufacturer: ``Lot No.`` and ``Expiry`` columns (no
    field), counts typed ``48 vials``, the disposition ``Quarantine and destroy``, the QA release."""
    s.text("A1", "RETURNED GOODS AUTHORIZATION (RGA)", "H1", size=14)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("RGA No.", "Date issued", "Customer", "Complaint ref."),
        ("RGA-26-0318", D(2026, 3, 30), "MedLine Distribution LLC", "PC-2026-0044"),
        ("number", "issue_date", "customer", "complaint_number"),
    ), cols=("AB", "EF"), span="H")  # fmt: skip
    rows = [(code, name, lot, exp, (f"{qa} vials", qa), (f"{q} vials", q), (p, kit.money(p)), (round(q * p, 2), kit.money(q * p)))
            for code, name, lot, exp, qa, q, p in (
                ("CEF-1G-10", "Ceftriaxone for injection 1 g", "C25K114", "11/2027", 48, 48, 3.2),
                ("CEF-2G-10", "Ceftriaxone for injection 2 g", "C25K131", "12/2027", 24, 20, 5.6))]  # fmt: skip
    nxt = line_table(s, 4, ("Item code", "Description", "Lot No.", "Expiry", "Qty authorised", "Qty returned",
                            "Unit price", "Amount"), "ABCDEFGH", rows,
                     ("part_no", "part_name", None, None, "qty_approved", "qty_returned", "unit_price", "amount"),
                     (None, None, None, None, None, None, "0.00", "#,##0.00"))  # fmt: skip
    kit.return_foot(s, nxt, kit.field_rows(
        ("Reason for return", "Disposition", "Received by", "QA release"),
        ("Particles seen in reconstituted vials (complaint PC-2026-0044).", ("Quarantine and destroy", ["scrap"]),
         "Dan Morris", "Alice Grant"),
        kit.RETURN_FOOT_PATHS,
    ), "H")  # fmt: skip


# =============================================================================== allowance
def allowance_zh_destroy(s: kit.Sheet) -> None:
    """A 销售折让单 for DESTROYED STOCK: the 依据 line naming the 销毁证明 (no field), lines per destroyed batch in 盒, 13 %
    tax, the totals."""
    s.text("A1", "销售折让单（销毁品）", "E1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("折让单号", "开具日期", "购买方", "纳税人识别号", "原发票号码", "投诉编号"),
        (kit.pick(s, "ZR-2604-0012", "ZR-2606-0005"), kit.pick(s, D(2026, 4, 8), D(2026, 6, 5)),
         kit.pick(s, "康泰大药房连锁有限公司", "华北医药物流有限公司"),
         kit.pick(s, "91420100MA4K2X8R3B", "91130100MA0CW1R57J"), kit.pick(s, "42012600000031127745", "13012600000045230981"),
         kit.pick(s, "YPTS-2603-005", "YPTS-2605-002")),
        ("number", "issue_date", "buyer", "buyer_tax_id", "invoice_no", "complaint_number"),
    ), cols=("AB", "DE"))  # fmt: skip
    s.text("A5", kit.pick(s, "依据：销毁证明 XH-2026-0031（2026-03-28 于客户仓库监督销毁，见证人：QA 刘洋）",
                          "依据：销毁证明 XH-2026-0058（2026-05-30 监督销毁）"), "E5")  # fmt: skip
    heads = ("货物名称", "数量（盒）", "单价", "折让金额", "税额")
    kit.head_row(s, 6, "ABCDE", heads)
    lines = kit.pick(s, (("阿莫西林胶囊 批号 20260305（销毁）", 120, 8.5), ("阿莫西林胶囊 批号 20260306（销毁）", 48, 8.5)),
                     (("布洛芬缓释胶囊 批号 20260411（销毁）", 300, 12.0),))  # fmt: skip
    net, tax = kit.credit_cells(s, 7, lines, heads, 0.13)
    for r, lab, x, path in ((9, "金额合计", net, "total_excl_tax"), (10, "税额合计", tax, "total_tax"),
                            (11, "价税合计", round(net + tax, 2), "total")):  # fmt: skip
        kit.lv(s, f"A{r}", lab, f"D{r}", x, path, expect=kit.money(x), lspan=f"C{r}", fmt="#,##0.00")
    kit.lv(s, "A12", "财务经理", "B12", "许文静", "approved_by_manager", span="C12")


_COPY2 = {"complaint_en_device", "complaint_zh_pharma", "complaint_zht_food", "eightd_zh_capa", "return_zh_recall",
          "allowance_zh_destroy", "complaint_en_hospital", "eightd_en_eqms"}  # fmt: skip
"""The drawings with a second copy in copy2/ (six workbooks, two sent as PDF only)."""

EXCEL = [  # drawing (its name gives the id, kind and language), sheet, column widths, what it imitates
    kit.excel_layout(*kit.layout_names(draw), draw, sheet, widths, imitates, copy2=draw.__name__ in _COPY2)
    for draw, sheet, widths, imitates in (
        (complaint_en_device, "Complaint", dict(A=24, B=32, C=26, D=32), "a medical-device complaint record (21 CFR 820.198): UDI-DI, lot, event date, patient involvement, MDR reportable boxes, investigation summary, CAPA No."),
        (complaint_zh_device, "投诉记录", dict(A=16, B=30, C=16, D=30), "a 医疗器械投诉记录表: 注册证编号, a 产品批号 like a date, 生产日期 and 有效期至, 200 支, 是否涉及不良事件 boxes"),
        (complaint_zh_pharma, "投诉登记", dict(A=16, B=30, C=16, D=40), "a 药品质量投诉登记表: 规格, a 批号 typed as a number, 投诉类别 A/B/C boxes, 留样检查"),
        (complaint_zht_food, "客訴", dict(A=16, B=28, C=16, D=28), "a zh-Hant 食品客訴處理單 of a foreign body: 生產日期, 批次, 保存期限, 購買通路, 異物類型"),
        (eightd_en_capa, "CAPA", dict(A=22, B=34, C=18, D=34), "a CAPA form used as the 8D: Problem statement, Correction, Root cause (5 Why) with the whys as rows, Effectiveness check"),
        (eightd_zh_capa, "CAPA", dict(A=16, B=34, C=16, D=34), "a pharma plant's 纠正和预防措施（CAPA）报告 as a 项目 / 内容 table, the 偏差编号 beside the 投诉编号"),
        (return_zh_recall, "召回退货", dict(A=12, B=26, C=11, D=12, E=10, F=10, G=9, H=12), "a 产品召回退货单: the 召回级别 line, 批号 and 有效期至 columns, counts typed 120 盒, 销毁"),
        (return_en_rga, "RGA", dict(A=12, B=30, C=11, D=9, E=13, F=13, G=10, H=12), "a wholesaler's returned goods authorization: Lot No. and Expiry columns, 48 vials, Quarantine and destroy"),
        (allowance_zh_destroy, "折让单", dict(A=34, B=22, C=12, D=16, E=16), "a 销售折让单 for destroyed stock: the 销毁证明 line, a line per destroyed batch"),
    )
]  # fmt: skip


# =============================================================================== sent as PDF only
_CSS = kit.portal_css(
    "#e6eef3",
    ".bar{font-size:8pt;color:#333;display:flex;justify-content:space-between;margin:4px 10px}"
    ".letter p{margin:6px 24px;font-size:10pt}.head{margin:14px 24px;font-size:9pt;color:#234}",
)


def complaint_en_hospital(f: kit.HtmlForm) -> str:
    """A HOSPITAL'S COMPLAINT LETTER (its Biomedical Engineering department) with a table: the letterhead (the
    customer), the date, the reference line, a paragraph, a Product / Catalogue No. / Lot No. / Qty affected / Date of
    event table, the problem described under its own heading, the request; signed by the head of department (no
    field)."""
    f.raw("<div class='head'><b>" + f.val(kit.pick(f, "St. Luke's University Hospital", "Northfield Children's Hospital"),
                                          path="customer", label="From") + "</b><br>Department of Biomedical Engineering"
          " · 14 Harbour Road · Tel. 020 7946 0321</div><div class='letter'>")  # fmt: skip
    f.raw("<p>Date: " + f.val(kit.pick(f, "12 March 2026", "28 April 2026"), path="received_date", label="Date",
                              expect=kit.pick(f, "2026-03-12", "2026-04-28")) + "</p>")  # fmt: skip
    f.raw(
        "<p>To: Customer Complaints, Meditech Consumables Co., Ltd.<br>Our ref.: "
        + kit.pick(f, "SLUH-BME-26-044", "NCH-BME-26-019")
        + "</p>"
    )
    f.raw(
        "<p><b>Re: Product complaint</b></p><p>Dear Sir or Madam,</p><p>We wish to report a problem with the "
        "following product supplied to our hospital through your distributor:</p></div>"
    )
    heads = ("Product", "Catalogue No.", "Lot No.", "Qty affected", "Date of event")
    kit.th_row(f, heads)
    kit.td_row(f, (
        (kit.pick(f, "Infusion set, 20 drops/mL", "Extension line with 3-way stopcock"), "part_name", None),
        (kit.pick(f, "IS-20-150", "EL-3W-100"), "part_no", None), (kit.pick(f, "L2601158", "L2602207"), "lot_no", None),
        (kit.pick(f, "3 sets", "12 lines"), "defect_qty", kit.pick(f, 3, 12)),
        (kit.pick(f, "2 March 2026", "20 April 2026"), None, None),
    ), heads)  # fmt: skip
    f.raw("</table><div class='letter'><p><b>Description of the problem:</b> " + f.val(
        kit.pick(f, "On priming, the drip chamber cracked and fluid leaked at the spike. The sets were replaced before "
                    "use; no patient was harmed.",
                 "The stopcock handle was stiff and one line leaked at the luer lock while flushing."),
        path="description", label="Description of the problem") + "</p>")  # fmt: skip
    f.raw(
        "<p><b>We request:</b> "
        + f.val(
            "replacement of the affected sets and an investigation report",
            path="customer_request",
            label="We request",
            expect=["replacement"],
        )
        + ".</p>"
    )
    f.raw(
        "<p>The affected samples are retained in our department and can be collected on request.</p>"
        "<p>Yours faithfully,</p><p>Dr. Helen Shaw<br>Head of Biomedical Engineering</p></div>"
    )
    return f.page("Complaint letter", _CSS)


def eightd_en_eqms(f: kit.HtmlForm) -> str:
    """A CAPA RECORD PRINTED FROM AN eQMS: the print banner (system, printed on / by, ``UNCONTROLLED WHEN PRINTED``),
    ``Record ID``, ``Status`` and ``Source`` (no field), the related complaint, the team, the record's sections, the
    workflow history table (no field) and ``Page 1 of 1``."""
    f.raw(
        "<div class='bar'><span>QualiTrack eQMS · CAPA Record</span><span>Printed "
        + kit.pick(f, "2026-06-16 09:14", "2026-08-21 15:02")
        + " by jdoe · UNCONTROLLED WHEN PRINTED</span></div>"
    )
    f.raw("<h2>CAPA Record</h2><table>")
    kit.kv_rows(f, kit.field_rows(
        ("Record ID", "Status", "Source", "Related complaint", "Initiated", "Customer", "Product code", "Units affected"),
        (kit.pick(f, "CAPA-000318", "CAPA-000342"), "Closed – Effective", "Customer complaint",
         kit.pick(f, "CC-2026-0147", "CC-2026-0233"),
         kit.pick(f, ("12-Mar-2026 10:14", "2026-03-12"), ("05-May-2026 16:40", "2026-05-05")),
         kit.pick(f, "St. Luke's University Hospital", "Northfield Children's Hospital"),
         kit.pick(f, "IS-20-150", "EL-3W-100"), kit.pick(f, ("3", 3), ("12", 12))),
        ("number", None, None, "complaint_number", "opened_date", "customer", "part_no", "problem.qty_complained"),
    ))  # fmt: skip
    kit.team_row(
        f, "CAPA team", kit.pick(f, ("Mark Evans", "Laura Chen", "Raj Patel"), ("Mark Evans", "Tom Becker"))
    )
    kit.kv_rows(f, [(lab, raw, path, None) for lab, raw, path in kit.eightd_steps(
        ("Problem statement", "Correction", "Root cause", "Escape point", "Corrective action", "Effectiveness check",
         "Preventive action"),
        (kit.pick(f, "Drip chamber cracks on priming.", "Stopcock luer lock leaks while flushing."),
         kit.pick(f, "Lot quarantined; stock leak-tested 100 %.", "Lot quarantined at the distributor."),
         kit.pick(f, "No mould warm-up time in the work instruction.", "Cavity 4 thread worn beyond tolerance."),
         kit.pick(f, "Leak test sampled; cracks open only on priming.", "Thread gauge checked one cavity a shift."),
         kit.pick(f, "Warm-up of 20 min added to WI-MO-07.", "Cavity 4 insert replaced; gauge on every cavity."),
         kit.pick(f, "No crack in 6 lots; no complaint in 90 days.", "No leak in 5 lots."),
         kit.pick(f, "Warm-up rule on all chamber moulds.", "Cavity gauging on all luer moulds.")),
    )])  # fmt: skip
    kit.kv_rows(f, kit.field_rows(
        ("Closed on", "QA approver"), (kit.pick(f, ("15-Jun-2026", "2026-06-15"), ("20-Aug-2026", "2026-08-20")), "Mark Evans"),
        ("closure.closed_date", "closure.approved_by"),
    ))  # fmt: skip
    f.raw("</table><p><b>Workflow history</b></p><table><tr><th>Step</th><th>User</th><th>Date</th></tr>"
          "<tr><td>Initiated</td><td>lchen</td><td>" + kit.pick(f, "12-Mar-2026", "05-May-2026") + "</td></tr>"
          "<tr><td>Investigation approved</td><td>mevans</td><td>" + kit.pick(f, "02-Apr-2026", "30-May-2026") + "</td></tr>"
          "<tr><td>Effectiveness verified</td><td>mevans</td><td>" + kit.pick(f, "15-Jun-2026", "20-Aug-2026") + "</td></tr>"
          "</table><div class='bar'><span>QualiTrack eQMS</span><span>Page 1 of 1</span></div>")  # fmt: skip
    return f.page("CAPA Record", _CSS)


def return_zht_recall(f: kit.HtmlForm) -> str:
    """A zh-Hant 藥品回收退貨單 printed from a distributor's system: the 回收等級 line (no field), 批號 and 有效期限 columns
    (no field), counts typed ``120 盒``, the disposition 銷毀."""
    f.raw("<h2>藥品回收退貨單</h2>")
    kit.kv(f, kit.field_rows(
        ("退貨單號", "退貨日期", "客戶", "客訴單號"),
        ("RT-2604-0009", ("2026/04/02", "2026-04-02"), "大昌華嘉藥品股份有限公司", "PC-TW-2603-011"),
        ("number", "issue_date", "customer", "complaint_number"),
    ))  # fmt: skip
    f.raw("<p>回收等級：第二級　回收原因：安定性試驗含量偏低（主動回收）</p>")
    heads = ("料號", "品名", "批號", "有效期限", "核准數", "實退數", "單價", "金額")
    kit.th_row(f, heads)
    for i, (code, name, lot, exp, qa, q, p) in enumerate((("VC-500-100", "維他命C錠 500mg 100錠", "V25120", "2027/11", 120, 120, 185.0),
                                                          ("VC-500-030", "維他命C錠 500mg 30錠", "V25121", "2027/11", 80, 76, 62.0))):  # fmt: skip
        cells = [*kit.item_cells(i, (code, name), kit.RETURN_ITEM_PATHS[:2]), (lot, None, None), (exp, None, None),
                 *kit.item_cells(i, ((f"{qa} 盒", qa), (f"{q} 盒", q), (f"{p:,.0f}", kit.money(p)),
                                     (f"{q * p:,.0f}", kit.money(q * p))), kit.RETURN_ITEM_PATHS[2:])]  # fmt: skip
        kit.td_row(f, cells, heads)
    f.raw("</table>")
    kit.kv(f, kit.field_rows(
        ("退貨原因", "處理方式", "倉管簽收", "品保核准"),
        ("批次回收：含量偏低。", ("銷毀", ["scrap"]), "廖雅婷", "林志明"),
        kit.RETURN_FOOT_PATHS,
    ))  # fmt: skip
    return f.page("藥品回收退貨單", _CSS)


def complaint_zh_cosmetic(f: kit.PdfDraw) -> None:
    """A 化妆品客诉记录 drawn by a brand's system (fpdf2): the 备案编号 and 限期使用日期 (no field), 生产批号, 投诉数量 ``1 瓶``, an
    ALLERGY (过敏反应 是) as the safety question, 消费者诉求 退货退款, 记录人."""
    f = kit.CjkDraw.of(f)
    f.text(70, 16, "化妆品客诉（不良反应）记录", size=13)
    kit.pdf_lv_lines(f, 15, 50, 30, kit.field_rows(
        ("投诉编号", "受理日期", "客户", "产品名称", "备案编号", "生产批号", "限期使用日期", "投诉数量", "过敏反应", "投诉内容",
         "处理结果", "消费者诉求", "记录人"),
        ("HZP-2603-0042", ("2026年3月23日", "2026-03-23"), "丽颜美妆连锁（武汉）有限公司", "玻尿酸保湿精华液 30mL",
         "粤G妆网备字2025012345", "2509A17", "2028-09-16", ("1 瓶", 1), ("是", True),
         "使用两天后面部红肿、瘙痒，停用后缓解。", "已建议就医，同批留样复检微生物及防腐剂。", ("退货退款", ["return"]), "客服 周倩"),
        ("number", "received_date", "customer", "part_name", None, "lot_no", None, "defect_qty", "safety_related",
         "description", "short_term_action", "customer_request", "reporter"),
    ), step=8)  # fmt: skip
    f.text(15, 140, "备注：不良反应已按《化妆品不良反应监测管理办法》报告（报告编号 MR-2603-118）。", size=8)


def eightd_zht_capa(f: kit.PdfDraw) -> None:
    """A zh-Hant 矯正預防措施報告（CAPA）used as the 8D (fpdf2): 問題敘述, 矯正, 根本原因, 未檢出原因, 矯正措施, 有效性確認,
    預防措施 as label lines; 客訴數量 ``36 瓶``."""
    f = kit.CjkDraw.of(f)
    f.text(66, 16, "矯正預防措施報告（CAPA）", size=14)
    kit.pdf_lv_lines(f, 15, 50, 30, kit.field_rows(
        ("CAPA 編號", "開立日期", "客戶", "客訴單號", "料號", "客訴數量"),
        ("CAPA-TW-2604-03", ("2026/04/06", "2026-04-06"), "大昌華嘉藥品股份有限公司", "PC-TW-2603-011", "VC-500-100",
         ("36 瓶", 36)),
        kit.EIGHTD_HEAD_PATHS,
    ), step=8)  # fmt: skip
    kit.pdf_team_line(f, 15, 50, 80, "CAPA 小組", ("林志明", "吳雅琪", "許建國"))
    y = 90.0
    for lab, raw, path in kit.eightd_steps(
        ("問題敘述", "矯正", "根本原因", "未檢出原因", "矯正措施", "有效性確認", "預防措施"),
        ("維他命C錠安定性試驗第 6 個月含量偏低。", "同批在庫 2,400 瓶停售，通路回收。", "鋁箔封口不良，吸濕分解。",
         "封口檢查僅目視。", "封口機溫度改自動監控並加測漏。", "後續 4 批安定性合格。", "其他錠劑封口線比照。"),
    ):  # fmt: skip
        f.text(15, y, lab + "：")
        f.value(50, y, raw, path=path, label=lab)
        y += 9
    kit.pdf_lv_lines(f, 15, 50, y, kit.field_rows(
        ("結案日期", "品保核准"), (("2026/07/15", "2026-07-15"), "林志明"), ("closure.closed_date", "closure.approved_by"),
    ), step=8)  # fmt: skip


def allowance_zht_destroy(f: kit.PdfDraw) -> None:
    """A zh-Hant 銷貨退回或折讓證明單 for DESTROYED STOCK (fpdf2): the 銷毀證明 line (no field), lines in 盒, 5 % 營業稅."""
    f = kit.CjkDraw.of(f)
    f.text(60, 16, "銷貨退回或折讓證明單（銷毀品）", size=13)
    kit.pdf_lv_lines(f, 15, 50, 30, kit.field_rows(
        ("折讓單號", "開立日期", "買受人", "統一編號", "原發票號碼", "客訴單號"),
        ("ZR-TW-2604-008", ("2026/04/15", "2026-04-15"), "大昌華嘉藥品股份有限公司", "23456789", "RX-40218877",
         "PC-TW-2603-011"),
        ("number", "issue_date", "buyer", "buyer_tax_id", "invoice_no", "complaint_number"),
    ), step=8)  # fmt: skip
    f.text(15, 80, "依據：銷毀證明 DS-2026-0012（2026/04/10 環保業者焚化銷毀）", size=8)
    cols = ((15, "品名", "name"), (95, "數量", "qty"), (115, "單價", "unit_price"), (140, "折讓金額", "allowance_amount"),
            (172, "營業稅", "tax"))  # fmt: skip
    for x, lab, _p in cols:
        f.text(x, 90, lab, bold=True)
    y, net, tax = 90.0, 0.0, 0.0
    for i, (name, q, p) in enumerate(
        (("維他命C錠 100錠（銷毀）", 120, 185.0), ("維他命C錠 30錠（銷毀）", 76, 62.0))
    ):
        y += 8
        a, t = q * p, round(q * p * 0.05)
        net, tax = net + a, tax + t
        for (x, lab, path), raw, exp in zip(cols, (name, f"{q} 盒", f"{p:,.0f}", f"{a:,.0f}", f"{t:,.0f}"),
                                            (None, q, kit.money(p), kit.money(a), kit.money(t))):  # fmt: skip
            f.value(x, y, raw, path=f"items[{i}].{path}", label=lab, expect=exp)
    kit.pdf_lv_lines(f, 15, 50, y + 12, kit.field_rows(
        ("合計（未稅）", "營業稅", "總計", "主管"),
        ((f"{net:,.0f}", kit.money(net)), (f"{tax:,.0f}", kit.money(tax)), (f"{net + tax:,.0f}", kit.money(net + tax)),
         "張志偉"),
        ("total_excl_tax", "total_tax", "total", "approved_by_manager"),
    ), step=8)  # fmt: skip


def allowance_en_destroy(f: kit.PdfDraw) -> None:
    """An English CREDIT NOTE for DESTROYED STOCK (fpdf2): the certificate of destruction line above the lines (no
    field), quantities typed ``40 cartons``, no tax."""
    f.text(80, 16, "CREDIT NOTE", size=14)
    f.text(
        15, 24, "Stock destroyed under Certificate of Destruction COD-26-014 (witnessed 24 Mar 2026)", size=8
    )
    kit.pdf_lv_lines(f, 15, 60, 34.0, kit.field_rows(
        ("Credit Note No.", "Date", "Customer", "Customer VAT No.", "Invoice No.", "Complaint ref."),
        ("CN-MT-26-0031", ("2 Apr 2026", "2026-04-02"), "MedLine Distribution LLC", "GB 284 7731 60", "INV-MT-26-0144",
         "PC-2026-0044"),
        ("number", "issue_date", "buyer", "buyer_tax_id", "invoice_no", "complaint_number"),
    ), colon=":")  # fmt: skip
    cols = ((15, "Description", "name"), (100, "Qty", "qty"), (124, "Unit price", "unit_price"),
            (150, "Amount", "allowance_amount"), (178, "VAT", "tax"))  # fmt: skip
    y, net = kit.pdf_credit_lines(f, cols, (("Ceftriaxone 1 g, lot C25K114 (destroyed)", 4, 38.4),
                                            ("Ceftriaxone 2 g, lot C25K131 (destroyed)", 2, 67.2)),
                                  qty=lambda q: f"{q} cartons")  # fmt: skip
    kit.pdf_lv_lines(f, 15, 60, y + 12, kit.field_rows(
        ("Net amount (USD)", "VAT (USD)", "Total credit (USD)", "Approved by"),
        ((f"{net:,.2f}", kit.money(net)), ("0.00", "0.00"), (f"{net:,.2f}", kit.money(net)), "Alice Grant"),
        ("total_excl_tax", "total_tax", "total", "approved_by_manager"),
    ), colon=":")  # fmt: skip


SENT_AS_PDF = kit.sent_as_pdf(  # what it imitates, drawing (a page's markup for Chromium, or fpdf2)
    (
        ("a hospital's complaint letter with a table (Product, Catalogue No., Lot No., Qty affected, Date of event)", complaint_en_hospital),
        ("a CAPA record printed from an eQMS: print banner, status, source, workflow history, page footer", eightd_en_eqms),
        ("a zh-Hant 藥品回收退貨單: 回收等級, 批號 and 有效期限 columns, 120 盒, 銷毀", return_zht_recall),
        ("a 化妆品客诉（不良反应）记录: 备案编号, 限期使用日期, an allergy (过敏反应 是), 退货退款", complaint_zh_cosmetic),
        ("a zh-Hant 矯正預防措施報告 (CAPA) used as the 8D", eightd_zht_capa),
        ("a zh-Hant 銷貨退回或折讓證明單 for destroyed stock: the 銷毀證明 line, 5 % 營業稅", allowance_zht_destroy),
        ("an English credit note for destroyed stock: the certificate of destruction line, 40 cartons", allowance_en_destroy),
    ),
    _COPY2,
)  # fmt: skip


# =============================================================================== odd files
def _lot_as_date_workbook() -> bytes:
    """A 医疗器械投诉 excerpt whose 产品批号 ``20260305`` Excel turned into a DATE CELL (shown ``2026-03-05``) beside the
    生产日期 of the same day; no customer written."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "投诉记录"
    for r, (lab, v) in enumerate((("投诉编号", "TS-YX-2603-019"), ("接收日期", dt.datetime(2026, 3, 19)),
                                  ("产品名称", "一次性使用无菌注射器 带针"), ("型号规格", "5mL 0.7×32TWLB"),
                                  ("产品批号", dt.datetime(2026, 3, 5)), ("生产日期", dt.datetime(2026, 3, 5)),
                                  ("投诉数量", "50 支"), ("投诉内容", "针座松动。")), start=1):  # fmt: skip
        ws.cell(r, 1, lab)
        cell = ws.cell(r, 2, v)
        if isinstance(v, dt.datetime):
            cell.number_format = "yyyy-mm-dd"
    return kit.workbook_bytes(wb, dt.datetime(2026, 3, 20, 9, 0))


def _expiry_only_workbook() -> bytes:
    """A 食品客诉 excerpt whose only dates are the product's 生产日期 and 保质期至 (the day the complaint came in is not
    written): neither is the received date."""
    return kit.sheet_bytes("食品客诉", (("食品客诉登记", None), ("客诉编号", "SP-2603-0031"), ("客户", "华润万家超市"),
                                       ("产品名称", "原味饼干 200g"), ("生产日期", "2026-02-18"), ("保质期至", "2026-08-17"),
                                       ("异物类型", "头发"), ("客诉内容", "饼干内发现头发一根。")),
                           dt.datetime(2026, 3, 20, 9, 0))  # fmt: skip


ODD = {
    "complaint-lotdate.xlsx": (
        "a complaint whose 产品批号 20260305 Excel turned into a date cell (2026-03-05): a word that the lot is a date "
        "cell, or a clear error; never a record holding 2026-03-05 as the lot silently",
        _lot_as_date_workbook,
    ),
    "complaint-expiryonly.xlsx": (
        "a complaint excerpt whose only dates are the 生产日期 and the 保质期至: a clear error that the received date is "
        "missing; never the expiry or manufacture date taken as the received date silently",
        _expiry_only_workbook,
    ),
}


if __name__ == "__main__":  # [--no-pdf] [--out DIR] (default: this folder)
    kit.run_with_odd(sys.argv[1:], HERE, (EXCEL, SENT_AS_PDF), SOURCE, "forty-sixth held-out layouts", ODD)
