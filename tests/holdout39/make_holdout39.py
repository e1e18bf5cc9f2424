"""Write the thirty-ninth held-out set (run: ``python tests/holdout39/make_holdout39.py``).

Written from public descriptions of real forms WITHOUT reading the reader's code, for WHAT ENGINEERS WRITE INTO THE
FORMS and FORMS FROM TAIWANESE AND JAPANESE CUSTOMERS: a Taiwanese customer's 品質異常通知單 with 民國 dates typed
``115.03.05`` and a 聯絡窗口 with a phone number (no field), a Japanese customer's 品质异常联络书 translated into
zh-Hans (不具合内容, 暂定对策, 要求回复日), an English complaint whose description is A BULLET LIST IN ONE CELL
(``• …`` lines, Alt+Enter) and whose containment is numbered on one line (``1) … 2) …``); an 8D 报告 whose D4 is A
WHY-WHY CHAIN in one cell (``Why1：… Why5：…``), an 8D 报告 whose D4 is A 5M1E TABLE (人 / 机 / 料 / 法 / 环 / 测, each
a finding, the true cause a line under it), an English 8D whose D2 holds AN IS / IS NOT TABLE and whose problem
statement is WRAPPED OVER SEVERAL MERGED ROWS, a 改善報告書 (zh-Hant, a Japanese customer's form) with ①② ITEMS in a
cell and A PHOTO PLACEHOLDER BOX (``見附圖1``) in the middle of D2; a 退貨單 and a 銷貨折讓證明單 from Taiwanese
suppliers with 統一編號, 民國 dates and 新臺幣 amounts (``新臺幣 12,600 元``); sent as PDF only: a 品質異常通知單 with
``・`` bullets and 民國 dates (Chromium), a 品质异常联络书 / 对策书 whose 永久对策 text is CUT BY A PAGE BREAK
(Chromium), an English CREDIT NOTE from a Taiwanese supplier with a ``GUI No.``, a ROC date and ``NT$`` amounts
(Chromium), a Japanese customer's 返品联络单 in zh-Hans (Chromium), an English return note from a Taiwanese supplier
with a ``GUI No.`` and ``NT$`` amounts (fpdf2), a 销售折让单 for a Japanese customer's plant whose reasons are ①②
items (fpdf2). ``odd/`` holds a complaint workbook whose 民國 date
does not exist (``115/02/30``) and a 折讓證明單 PDF whose total is not its amount plus its tax.

Fix what this set shows by a general rule, imitated in ``tests/layouts``, never on these files. Each run
writes the same xlsx and json bytes; printing the PDFs needs ``soffice``, Chromium and fpdf2 (``--no-pdf``
keeps the committed PDFs; ``--out DIR`` writes elsewhere).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [] if str(HERE.parent) in sys.path else [str(HERE.parent)]  # the kit: tests/holdout_kit.py
import holdout_kit as kit  # noqa: E402

dt, D = kit.dt, kit.dt.date
SOURCE = {"source": "tests/holdout39/make_holdout39.py", "origin": "thirty-ninth held-out imitation"}


def roc(d: dt.date, sep: str = ".") -> tuple[str, str]:
    """A date in the 民國 calendar as Taiwanese clerks type it (``115.03.05``) and what the record holds."""
    return f"{d.year - 1911}{sep}{d.month:02d}{sep}{d.day:02d}", d.isoformat()


def roc_words(d: dt.date) -> tuple[str, str]:
    """A 民國 date in words (``民國115年3月26日``) and what the record holds."""
    return f"民國{d.year - 1911}年{d.month}月{d.day}日", d.isoformat()


def twd(x: float) -> str:
    """An amount as a Taiwanese clerk types it: ``新臺幣 12,600 元`` (cents only where there are any)."""
    return f"新臺幣 {x:,.0f} 元" if x == round(x) else f"新臺幣 {x:,.2f} 元"


def rows_down(s: kit.Sheet, first: int, rows, span: str = "D") -> int:
    """``(label, typed, path, expect)`` rows one a sheet row from ``first``, the value merged from B to ``span``; a
    date shown ``yyyy-mm-dd``. Returns the row after the last."""
    for k, (lab, raw, path, exp) in enumerate(rows):
        r = first + k
        kit.lv(s, f"A{r}", lab, f"B{r}", raw, path, expect=exp, span=f"{span}{r}",
               fmt="yyyy-mm-dd" if isinstance(raw, dt.date) else None)  # fmt: skip
    return first + len(rows)


# =============================================================================== complaint
def complaint_zht_minguo(s: kit.Sheet) -> None:
    """A Taiwanese customer's 品質異常通知單: dates in the 民國 calendar typed ``115.03.05``, the customer's 聯絡窗口
    (a name and a phone number: no field) under the customer, 回覆期限 (no field)."""
    s.text("A1", "品質異常通知單", "D1", size=15)
    d = kit.pick(s, D(2026, 3, 5), D(2026, 4, 16))
    rows = kit.field_rows(
        ("通知單號", "發出日期", "客戶名稱"),
        (kit.pick(s, "QN-1150305-03", "QN-1150416-01"), roc(d), kit.pick(s, "仁寶電腦工業股份有限公司", "緯創資通股份有限公司")),
        ("number", "received_date", "customer"),
    )  # fmt: skip
    rows.append(
        ("聯絡窗口", kit.pick(s, "林小姐 (02)8797-8588 #3312", "陳先生 (03)3963-6000 #2207"), None, None)
    )
    rows.append(("回覆期限", roc(d + dt.timedelta(days=7))[0], None, None))
    rows += kit.field_rows(
        ("訂單號碼", "批號", "料號", "品名", "交貨數量", "不良數量", "異常描述", "要求事項", "臨時處置", "填單人", "業務主管"),
        (kit.pick(s, "PO-4510-7732", "PO-4511-0219"), kit.pick(s, "TP2602-07", "TP2604-02"),
         kit.pick(s, "TP-BKT-3301", "TP-SCR-0915"), kit.pick(s, "支架", "螺絲"), (kit.pick(s, "8,000", "20,000"), kit.pick(s, 8000, 20000)),
         (kit.pick(s, "120", "350"), kit.pick(s, 120, 350)), kit.pick(s, "支架折彎角度超差，組裝困難。", "螺絲牙紋不完整，鎖附滑牙。"),
         ("換貨", ["replacement"]), kit.pick(s, "在庫 3,000 PCS 全數挑選。", "線邊庫存全數隔離。"), "黃怡君", "鄭家豪"),
        kit.COMPLAINT_PATHS[3:],
    )  # fmt: skip
    rows_down(s, 2, rows)


def complaint_zh_jpnotice(s: kit.Sheet) -> None:
    """A Japanese customer's 品質異常連絡書 translated into zh-Hans: 发行日, 不具合内容, 暂定对策 (translated 暫定対策),
    要求回复日 (no field), the customer's 担当 and 承认 (their names: no field), our 受理人."""
    s.text("A1", "品质异常联络书", "F1", size=15)
    d = kit.pick(s, D(2026, 3, 9), D(2026, 5, 11))
    kit.lv_pairs(s, 2, kit.field_rows(
        ("联络书编号", "发行日", "发行方", "要求回复日"),
        (kit.pick(s, "QA-26-0309-02", "QA-26-0511-01"), d, kit.pick(s, "广州电装有限公司", "天津丰田汽车有限公司"),
         (d + dt.timedelta(days=10)).isoformat()),
        ("number", "received_date", "customer", None),
    ), cols=("AB", "DE"), span="F")  # fmt: skip
    kit.lv_pairs(s, 4, kit.field_rows(
        ("注文番号", "生产批号", "品番", "品名", "纳入数", "不具合数"),
        (kit.pick(s, "DG-4402-3318", "TF-6610-0052"), kit.pick(s, "GZ260301", "GZ260502"),
         kit.pick(s, "DN-SNS-2217", "TF-GRM-0841"), kit.pick(s, "传感器支架", "橡胶护套"), kit.pick(s, 5000, 12000),
         kit.pick(s, 37, 86)),
        kit.COMPLAINT_PATHS[3:9],
    ), cols=("AB", "DE"), span="F")  # fmt: skip
    rows = kit.field_rows(
        ("不具合内容", "要求事项", "暂定对策"),
        (kit.pick(s, "支架安装孔毛刺，装配时划伤线束。", "护套壁厚不均，装配后开裂。"), ("更换良品并提交对策书", ["replacement"]),
         kit.pick(s, "在库品及在途品全数挑选，良品加贴绿色标签。", "在库品全数隔离，重新检验后出货。")),
        ("description", "customer_request", "short_term_action"),
    )  # fmt: skip
    rows_down(s, 7, rows, "F")
    kit.lv_pairs(s, 10, kit.field_rows(
        ("担当", "承认", "受理人", "营业担当"),
        ("山田 健", "佐藤 浩二", "周立新", kit.pick(s, "何雪梅", "何雪梅")),
        (None, None, "reporter", "sales_supervisor"),
    ), cols=("AB", "DE"), span="F")  # fmt: skip


def complaint_en_bullets(s: kit.Sheet) -> None:
    """An English complaint whose engineer typed the DESCRIPTION AS A BULLET LIST IN ONE CELL (``• …`` lines,
    Alt+Enter) and the CONTAINMENT AS NUMBERED ITEMS ON ONE LINE (``1) … 2) …``)."""
    s.text("A1", "CUSTOMER COMPLAINT FORM", "D1", size=14)
    desc = kit.pick(s, "• Connector latch broken on 14 pcs\n• Found at customer's end-of-line test\n• Lot DC2603-11 only",
                    "• Seal ring missing on 9 pcs\n• Leak test failed at incoming\n• Two lots affected")  # fmt: skip
    kit.lv_pairs(s, 2, kit.field_rows(
        ("Complaint No.", "Date received", "Customer", "PO No.", "Lot No.", "Part No.", "Part name", "Qty shipped",
         "Qty defective"),
        (kit.pick(s, "CC-2603-0087", "CC-2605-0112"), kit.pick(s, D(2026, 3, 17), D(2026, 5, 6)),
         kit.pick(s, "Harbor Point Electronics Ltd.", "Westfield Pneumatics Inc."), kit.pick(s, "PO-88213", "PO-90457"),
         kit.pick(s, "DC2603-11", "WP2604-03"), kit.pick(s, "HP-CN-4410", "WP-VLV-2290"),
         kit.pick(s, "Wire-to-board connector", "Solenoid valve"), (kit.pick(s, "2,500", "1,200"), kit.pick(s, 2500, 1200)),
         kit.pick(s, 14, 9)),
        kit.COMPLAINT_PATHS[:9],
    ))  # fmt: skip
    rows = kit.field_rows(
        ("Problem description", "Customer request", "Containment actions", "Reported by", "Sales manager"),
        (desc, ("Replace defective parts", ["replacement"]),
         kit.pick(s, "1) Stock 1,800 pcs on hold 2) Sorting at the customer by our staff 3) Shipments stopped",
                  "1) All WIP held 2) 100 % leak test added"), "Emma Clarke", kit.pick(s, "Paul Jensen", "Paul Jensen")),
        kit.COMPLAINT_PATHS[9:],
    )  # fmt: skip
    rows_down(s, 7, rows)


# =============================================================================== 8D
def eightd_zh_whywhy(s: kit.Sheet) -> None:
    """An 8D 报告 whose D4 occurrence cause is A WHY-WHY CHAIN IN ONE CELL (``Why1：…`` to ``Why5：…``, one a line)."""
    s.text("A1", "8D 报告", "D1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("报告编号", "发起日期", "客户", "投诉编号", "零件号", "投诉数量"),
        (kit.pick(s, "8D-SZ-2603-019", "8D-SZ-2605-004"), kit.pick(s, D(2026, 3, 10), D(2026, 5, 12)),
         kit.pick(s, "深圳市汇川技术股份有限公司", "比亚迪汽车工业有限公司"), kit.pick(s, "HC-CQ-260308", "BYD-QC-260510"),
         kit.pick(s, "SZ-HS-6610", "SZ-PL-3320"), kit.pick(s, 260, 540)),
        kit.EIGHTD_HEAD_PATHS,
    ))  # fmt: skip
    kit.team_cell(
        s,
        "A5",
        "D1 小组成员",
        "B5",
        kit.pick(s, ("唐志远", "罗敏", "邓海峰"), ("唐志远", "许晴")),
        sep="、",
        span="D5",
    )
    why = kit.pick(s, "Why1：散热片平面度超差。\nWhy2：冲压后回弹量大。\nWhy3：模具校平段磨损。\nWhy4：模具保养周期过长。\n"
                      "Why5：保养计划未按冲次设定。",
                   "Why1：插头压接高度偏低。\nWhy2：压接模高度漂移。\nWhy3：换模后未做首件。\nWhy4：首件规定未覆盖换模。\n"
                      "Why5：作业指导书未更新。")  # fmt: skip
    rows = kit.eightd_steps(
        ("D2 问题描述", "D3 临时措施", "D4 根本原因（5Why）", "D4 流出原因", "D5 永久措施", "D6 效果验证", "D7 预防再发生"),
        (kit.pick(s, "散热片装配后与模块间隙大，导热不良。", "线束插头压接不良，拉力不足。"),
         kit.pick(s, "库存 1,200 件全检平面度。", "在库线束全数拉力测试。"), why,
         kit.pick(s, "出货检验未测平面度。", "拉力测试为抽检。"), kit.pick(s, "保养按 5 万冲次执行。", "换模后首件拉力测试。"),
         kit.pick(s, "连续 3 批平面度合格。", "连续 5 批拉力合格。"), kit.pick(s, "同类模具比照。", "其他压接机比照。")),
    )  # fmt: skip
    kit.lv_rows(s, 6, steps_of(rows))
    kit.lv_pairs(s, 13, kit.field_rows(
        ("D8 结案日期", "批准"), (kit.pick(s, D(2026, 4, 15), D(2026, 6, 16)), "邓海峰"),
        ("closure.closed_date", "closure.approved_by"),
    ))  # fmt: skip


def steps_of(rows):
    """``eightd_steps`` rows as :func:`kit.lv_rows` takes them."""
    return [(lab, raw, path) for lab, raw, path in rows]


def eightd_zh_5m1e(s: kit.Sheet) -> None:
    """An 8D 报告 whose D4 is A 5M1E TABLE (人 / 机 / 料 / 法 / 环 / 测 across, a finding under each: no field) with the
    true cause a line of its own under it (``真因``) and the escape cause under that."""
    s.text("A1", "8D 纠正预防措施报告", "G1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("报告编号", "发起日期", "客户", "投诉编号", "零件号", "投诉数量"),
        ("8D-NB-2603-027", D(2026, 3, 16), "宁波舜宇光学科技有限公司", "SY-QE-260313", "NB-LH-2205", 900),
        kit.EIGHTD_HEAD_PATHS,
    ), cols=("AB", "EF"), span="G")  # fmt: skip
    kit.team_cell(s, "A5", "D1 团队成员", "B5", ("孙立强", "韩梅", "冯涛"), sep="、", span="G5")
    kit.lv(s, "A6", "D2 问题描述", "B6", "镜座螺纹孔深度不足，锁付后松动。", "problem.statement", span="G6")
    kit.lv(s, "A7", "D3 临时措施", "B7", "在库 4,500 件全检孔深。", "containment[0].action", span="G7")
    s.text("A8", "D4 原因分析（5M1E）", "A9", bold=True)
    for col, head, finding in zip("BCDEFG", ("人", "机", "料", "法", "环", "测"),
                                  ("作业员按SOP操作，无异常", "攻牙机深度限位松动", "材料硬度合格", "SOP未规定限位点检",
                                   "无异常", "孔深规为抽检")):  # fmt: skip
        s.text(f"{col}8", head, bold=True, shade=True, center=True)
        s.value(f"{col}9", finding, path=None, label=head)
    rows = (("真因", "攻牙机深度限位松动，且无点检规定。", "root_cause[type=occurrence].cause"),
            ("流出原因", "孔深规为抽检，未能检出。", "root_cause[type=escape].cause"),
            ("D5 永久措施", "限位加防松螺母，每班点检。", "corrective_actions[0].action"),
            ("D6 效果验证", "连续 4 批孔深合格。", "implementation[0].result"),
            ("D7 预防再发生", "全部攻牙机加装限位点检。", "prevention.horizontal_deployment"))  # fmt: skip
    kit.lv_rows(s, 10, rows, span="G")
    kit.lv_pairs(s, 15, kit.field_rows(
        ("D8 结案日期", "批准"), (D(2026, 4, 20), "冯涛"), ("closure.closed_date", "closure.approved_by"),
    ), cols=("AB", "EF"), span="G")  # fmt: skip


def eightd_en_isisnot(s: kit.Sheet) -> None:
    """An English 8D whose D2 holds AN IS / IS NOT TABLE (What / Where / When / How many × IS / IS NOT: no field) and
    whose problem statement is WRAPPED OVER SEVERAL MERGED ROWS (B:D over three rows)."""
    s.text("A1", "8D PROBLEM SOLVING REPORT", "D1", size=14)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("8D No.", "Date opened", "Customer", "Complaint No.", "Part No.", "Qty affected"),
        (kit.pick(s, "8D-26-0054", "8D-26-0091"), kit.pick(s, D(2026, 3, 18), D(2026, 5, 19)),
         kit.pick(s, "Northfield Motion Systems Ltd.", "Clearwater Instruments Inc."), kit.pick(s, "NMS-CR-0318", "CWI-CR-0517"),
         kit.pick(s, "NF-GR-1130", "CW-KN-0206"), kit.pick(s, 380, 150)),
        kit.EIGHTD_HEAD_PATHS,
    ))  # fmt: skip
    kit.team_cell(s, "A5", "D1 Team", "B5", kit.pick(s, ("Alan Brooks", "Li Na", "Omar Haddad"), ("Alan Brooks", "Wu Fang")),
                  span="D5")  # fmt: skip
    s.text("A6", "D2 Problem statement", "A8", bold=True)
    stmt = kit.pick(s, "Gear teeth chipped on 380 pcs found at the customer's assembly line during run-in; all from the "
                       "March heat-treatment batches, no other part numbers affected.",
                    "Knob shafts loose on 150 pcs at final test; only the May lots of the new mould, other cavities good.")  # fmt: skip
    s.value("B6", stmt, path="problem.statement", label="D2 Problem statement", span="D8")
    s.text("A9", "", bold=True)
    for col, head in zip("BCD", ("IS", "IS NOT", "")):
        s.text(f"{col}9", head, bold=True, shade=True, center=True)
    for r, (q, is_, isnot) in enumerate((("What", "Chipped teeth", "Worn or bent teeth"),
                                         ("Where", "Customer assembly line", "Our final inspection"),
                                         ("When", "March batches", "February batches"),
                                         ("How many", "380 of 2,000", "Other part numbers")), start=10):  # fmt: skip
        s.text(f"A{r}", q)
        s.value(f"B{r}", is_, path=None, label="IS")
        s.value(f"C{r}", isnot, path=None, label="IS NOT")
    rows = list(zip(
        ("D3 Containment", "D4 Root cause", "D4 Escape point", "D5 Corrective action", "D6 Verification", "D7 Prevention"),
        (kit.pick(s, "Stock of 1,620 pcs inspected 100 %.", "All shafts torque tested."),
         kit.pick(s, "Quench oil temperature too low.", "Mould cavity 3 undersize."),
         kit.pick(s, "Hardness checked on one part per batch.", "Pull-out force not tested."),
         kit.pick(s, "Oil temperature alarm installed.", "Cavity 3 re-machined."),
         kit.pick(s, "Five batches pass hardness and run-in.", "Three lots pass pull-out test."),
         kit.pick(s, "Alarm added to all quench tanks.", "Cavity audit every 50,000 shots.")),
        ("containment[0].action", "root_cause[type=occurrence].cause", "root_cause[type=escape].cause",
         "corrective_actions[0].action", "implementation[0].result", "prevention.horizontal_deployment"),
    ))  # fmt: skip
    kit.lv_rows(s, 14, rows)
    kit.lv_pairs(s, 20, kit.field_rows(
        ("D8 Closure date", "Approved by"), (kit.pick(s, D(2026, 4, 22), D(2026, 6, 18)), "Helen Shaw"),
        ("closure.closed_date", "closure.approved_by"),
    ))  # fmt: skip


def eightd_zht_photobox(s: kit.Sheet) -> None:
    """A 改善報告書 on a Japanese customer's form in zh-Hant: 不具合內容, 發生原因, 流出原因, 暫定對策, 恆久對策 with ①②
    ITEMS IN ONE CELL, and A PHOTO PLACEHOLDER BOX (``見附圖1``, a tall merged box: no field) in the middle of D2."""
    s.text("A1", "改善報告書", "D1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("報告書編號", "提出日", "客戶", "客訴編號", "品番", "不具合數"),
        ("IR-TC-2603-015", ("2026/03/20", "2026-03-20"), "台灣日立江森自控股份有限公司", "HJ-QA-260317", "TC-FN-4408",
         ("150 PCS", 150)),
        kit.EIGHTD_HEAD_PATHS,
    ))  # fmt: skip
    kit.team_cell(s, "A5", "改善小組", "B5", ("謝宗翰", "王美玲", "李建志"), sep="、", span="D5")
    kit.lv(
        s, "A6", "不具合內容", "B6", "風扇葉片根部斷裂，客戶組裝後運轉異音。", "problem.statement", span="D6"
    )
    s.text("A7", "", "A11")
    s.text("B7", "（見附圖1）", "D11", center=True)
    rows = (("暫定對策", "①在庫 2,000 PCS 全數外觀檢查\n②客戶端庫存派員挑選", "containment[0].action"),
            ("發生原因", "①射出保壓時間不足\n②葉片根部R角過小，應力集中", "root_cause[type=occurrence].cause"),
            ("流出原因", "①外觀檢查無法發現內部裂紋\n②未實施運轉測試", "root_cause[type=escape].cause"),
            ("恆久對策", "①保壓時間 2.0 秒改為 3.5 秒\n②模具根部R角由 R0.3 改為 R0.8", "corrective_actions[0].action"),
            ("效果確認", "連續 3 批運轉測試無異常。", "implementation[0].result"),
            ("水平展開", "同類 4 款葉片模具比照修改。", "prevention.horizontal_deployment"))  # fmt: skip
    kit.lv_rows(s, 12, rows)
    kit.lv_pairs(s, 18, kit.field_rows(
        ("結案日", "承認"), (("2026/04/24", "2026-04-24"), "李建志"), ("closure.closed_date", "closure.approved_by"),
    ))  # fmt: skip


# =============================================================================== return
def return_zht_twd(s: kit.Sheet) -> None:
    """A Taiwanese supplier's 退貨單: 統一編號 beside the customer (no field), a 民國 date in words, 新臺幣 amounts
    typed ``新臺幣 12,600 元``."""
    s.text("A1", "退貨單", "F1", size=15)
    d = kit.pick(s, D(2026, 3, 23), D(2026, 5, 14))
    kit.lv_pairs(s, 2, kit.field_rows(
        ("退貨單號", "退貨日期", "客戶名稱", "統一編號", "客訴單號", "聯絡窗口"),
        (kit.pick(s, "RT-TN-1150323-02", "RT-TN-1150514-01"), roc_words(d),
         kit.pick(s, "台灣積體電路製造股份有限公司", "友達光電股份有限公司"), kit.pick(s, "22099131", "84149961"),
         kit.pick(s, "TS-QA-1150320", "AU-QA-1150512"), "蔡小姐 分機 2231"),
        ("number", "issue_date", "customer", None, "complaint_number", None),
    ), cols=("AB", "DE"), span="F")  # fmt: skip
    heads = ("料號", "品名", "核准數量", "實退數量", "單價", "金額")
    kit.head_row(s, 5, "ABCDEF", heads)
    lines = kit.pick(s, [("TN-TRY-2201", "晶圓承載盤", 200, 200, 63.0), ("TN-CVR-2202", "防塵蓋", 1500, 1480, 4.5)],
                     [("TN-FRM-3301", "背光框架", 800, 760, 21.0)])  # fmt: skip
    kit.return_lines(s, 6, lines, heads, amount=twd)
    foot = kit.field_rows(("退貨原因", "處理方式", "倉管簽收", "主管核准"),
                          (kit.pick(s, "承盤翹曲，防塵蓋卡扣斷裂。", "框架變形。"), ("退回重工", ["rework"]), "柯淑惠", "施志明"),
                          kit.RETURN_FOOT_PATHS)  # fmt: skip
    kit.return_foot(s, 6 + len(lines), foot, "F")


# =============================================================================== allowance
def allowance_zht_ntd(s: kit.Sheet) -> None:
    """A Taiwanese supplier's 銷貨退回或折讓證明單: 統一編號 of both sides, 民國 dates ``115/03/26``, 新臺幣 amounts
    typed ``新臺幣 22,200 元``, 營業稅 5 %."""
    s.text("A1", "營業人銷貨退回進貨退出或折讓證明單", "E1", size=14)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("折讓單號", "折讓日期", "買受人", "買受人統一編號", "原發票號碼", "原發票日期", "客訴單號", "賣方統一編號"),
        ("ZR-1150326-07", roc(D(2026, 3, 26), "/"), "鴻海精密工業股份有限公司", "04541302", "VX-51728840",
         roc(D(2026, 2, 24), "/"), "FX-QA-1150318", "53012864"),
        ("number", "issue_date", "buyer", "buyer_tax_id", "invoice_no", "invoice_date", "complaint_number", None),
    ), cols=("AB", "CD"), span="E")  # fmt: skip
    heads = ("品名", "數量", "單價", "折讓金額", "營業稅額")
    kit.head_row(s, 7, "ABCDE", heads)
    kit.allowance_lines(s, 8, (("散熱模組", 600, 28.0), ("導熱墊片", 4000, 1.35)), heads, 0.05, twd,
                        ("折讓金額合計", "營業稅額合計", "總計"))  # fmt: skip
    kit.lv(s, "A13", "主管簽章", "B13", "羅國華", "approved_by_manager", span="E13")


_COPY2 = {"complaint_zht_minguo", "complaint_zh_jpnotice", "complaint_en_bullets", "eightd_zh_whywhy",
          "eightd_en_isisnot", "return_zht_twd", "complaint_zht_qnotice", "eightd_zh_jpreport"}  # fmt: skip
"""The drawings with a second copy in copy2/ (six workbooks, two sent as PDF only)."""

EXCEL = [  # drawing (its name gives the id, kind and language), sheet, column widths, what it imitates
    kit.excel_layout(*kit.layout_names(draw), draw, sheet, widths, imitates, copy2=draw.__name__ in _COPY2)
    for draw, sheet, widths, imitates in (
        (complaint_zht_minguo, "通知單", dict(A=14, B=30, C=14, D=30), "a Taiwanese customer's 品質異常通知單: 民國 dates (115.03.05), a 聯絡窗口 with a phone number"),
        (complaint_zh_jpnotice, "联络书", dict(A=14, B=24, C=4, D=14, E=20, F=16), "a Japanese customer's 品质异常联络书 in zh-Hans (不具合内容, 暂定对策, 要求回复日)"),
        (complaint_en_bullets, "Complaint", dict(A=24, B=30, C=18, D=30), "an English complaint: the description a bullet list in one cell, containment numbered 1) 2) on one line"),
        (eightd_zh_whywhy, "8D", dict(A=20, B=30, C=16, D=30), "8D 报告 whose D4 is a why-why chain in one cell (Why1 … Why5)"),
        (eightd_zh_5m1e, "8D", dict(A=18, B=16, C=16, D=16, E=16, F=16, G=16), "8D 报告 whose D4 is a 5M1E table (人机料法环测) with the true cause under it"),
        (eightd_en_isisnot, "8D", dict(A=22, B=34, C=26, D=30), "an English 8D: an Is / Is not table in D2, the problem statement wrapped over merged rows"),
        (eightd_zht_photobox, "改善報告", dict(A=14, B=30, C=14, D=30), "a 改善報告書 (zh-Hant, a Japanese customer's form): ①② items in cells, a photo box (見附圖1) in D2"),
        (return_zht_twd, "退貨單", dict(A=16, B=22, C=12, D=16, E=18, F=20), "a Taiwanese supplier's 退貨單: 統一編號, a 民國 date in words, 新臺幣 amounts"),
        (allowance_zht_ntd, "折讓單", dict(A=24, B=22, C=20, D=22, E=18), "a 銷貨折讓證明單: 統一編號, 民國 dates (115/03/26), 新臺幣 amounts"),
    )
]  # fmt: skip


# =============================================================================== sent as PDF only
_CSS = kit.portal_css("#eef0e6", "td span{white-space:pre-line}")


def complaint_zht_qnotice(f: kit.HtmlForm) -> str:
    """A Taiwanese customer's 品質異常通知單 page (Chromium): 民國 dates ``115/03/12``, a 聯絡窗口 (no field), the
    異常描述 a ``・`` list on its own lines."""
    d = kit.pick(f, D(2026, 3, 12), D(2026, 5, 21))
    f.raw("<h2>品質異常通知單</h2><table>")
    kit.kv_rows(f, kit.field_rows(
        ("通知單號", "通知日期", "客戶名稱"),
        (kit.pick(f, "QA-1150312-05", "QA-1150521-02"), roc(d, "/"), kit.pick(f, "研華股份有限公司", "台達電子工業股份有限公司")),
        ("number", "received_date", "customer"),
    ))  # fmt: skip
    f.raw(
        f"<tr><th>聯絡窗口</th><td>{f.val('品保課 吳先生 (02)2792-7818 #1205', path=None, label='聯絡窗口')}</td></tr>"
    )
    kit.kv_rows(f, kit.field_rows(
        ("採購單號", "批號", "料號", "品名", "進料數量", "不良數量", "異常描述", "處理要求", "緊急處置", "開單人", "業務窗口"),
        (kit.pick(f, "AP-115-0318", "AP-115-0722"), kit.pick(f, "YH2603-04", "YH2605-09"), kit.pick(f, "YH-PCB-7720", "YH-CBL-1180"),
         kit.pick(f, "控制板", "訊號線"), (kit.pick(f, "3,000", "6,000"), kit.pick(f, 3000, 6000)),
         (kit.pick(f, "45", "72"), kit.pick(f, 45, 72)),
         kit.pick(f, "・零件偏移 30 PCS\n・錫橋 15 PCS\n・進料檢驗發現", "・端子氧化\n・導通不良 72 PCS"),
         ("退貨", ["return"]), kit.pick(f, "・同批 2,955 PCS 暫停使用\n・待供應商派員確認", "・同批全數退回"),
         "吳俊傑", kit.pick(f, "許文彬", "許文彬")),
        kit.COMPLAINT_PATHS[3:],
    ))  # fmt: skip
    f.raw("</table>")
    return f.page("品質異常通知單", _CSS)


def eightd_zh_jpreport(f: kit.HtmlForm) -> str:
    """A Japanese customer's 品质异常联络书 / 对策书 translated into zh-Hans (Chromium): 不具合内容, 发生原因, 流出原因,
    暂定对策, 永久对策 (translated 恒久対策); a tall photo box pushes the 永久对策 text so that A PAGE BREAK CUTS IT."""
    f.raw("<h2>品质异常对策书</h2><table>")
    kit.kv_rows(f, kit.field_rows(
        ("对策书编号", "发行日", "客户", "联络书编号", "品番", "不具合数"),
        (kit.pick(f, "TC-2603-033", "TC-2605-009"), kit.pick(f, ("2026-03-24", "2026-03-24"), ("2026-05-26", "2026-05-26")),
         kit.pick(f, "苏州松下电器有限公司", "东莞京瓷光学有限公司"), kit.pick(f, "SP-QA-260320", "KY-QA-260522"),
         kit.pick(f, "SP-MTR-3315", "KY-LNS-0470"), kit.pick(f, ("64 个", 64), ("128 个", 128))),
        kit.EIGHTD_HEAD_PATHS,
    ))  # fmt: skip
    kit.team_row(f, "对策小组", ("高桥 诚", "曹文军", "马丽"), sep="、")
    steps = (("不具合内容", kit.pick(f, "马达轴承异音，客先整机测试时发现。", "镜片表面有划痕，客先目检发现。"), "problem.statement"),
             ("暂定对策", kit.pick(f, "①在库 3,200 个全数异音检查\n②客先处库存派员挑选", "①在库全数目检\n②包装改为单片隔离"),
              "containment[0].action"),
             ("发生原因", kit.pick(f, "轴承压入时偏斜，压入治具定位销磨损。", "抛光后清洗篮网刮伤镜片。"), "root_cause[type=occurrence].cause"),
             ("流出原因", kit.pick(f, "异音检查为抽检，且判定基准不明确。", "目检照度不足。"), "root_cause[type=escape].cause"))  # fmt: skip
    for lab, raw, path in steps:
        f.raw(f"<tr><th>{lab}</th><td>{f.val(raw, path=path, label=lab)}</td></tr>")
    f.raw(
        '<tr><th></th><td style="height:118mm;text-align:center;vertical-align:middle">（照片：见附图1、附图2）</td></tr>'
    )
    perm = kit.pick(f, "①压入治具定位销改为淬火钢材质，每 5,000 次更换，并纳入点检表；\n②压入后增加同轴度全检，不合格自动排出；\n"
                       "③异音检查由抽检改为全检，判定基准以限度样本明确；\n④作业员重新教育训练，考核合格后上岗；\n"
                       "⑤更新 QC 工程表、作业指导书及 PFMEA。",
                    "①清洗篮网改为树脂包覆，每周点检；\n②目检照度提升至 1,500 lx；\n③作业员重新教育训练；\n"
                       "④更新 QC 工程表及作业指导书。")  # fmt: skip
    rest = (("永久对策", perm, "corrective_actions[0].action"),
            ("效果确认", kit.pick(f, "对策后连续 5 批异音全检无不良。", "对策后 3 批目检无划痕。"), "implementation[0].result"),
            ("横向展开", kit.pick(f, "同类 3 款马达比照实施。", "同线其他镜片比照实施。"), "prevention.horizontal_deployment"),
            ("结案日", kit.pick(f, "2026-04-28", "2026-06-30"), "closure.closed_date"),
            ("承认", "曹文军", "closure.approved_by"))  # fmt: skip
    for lab, raw, path in rest:
        f.raw(f"<tr><th>{lab}</th><td>{f.val(raw, path=path, label=lab)}</td></tr>")
    f.raw("</table>")
    return f.page("品质异常对策书", _CSS + "th{width:22%}td{font-size:10.5pt;line-height:1.6}")


def allowance_en_twcredit(f: kit.HtmlForm) -> str:
    """An English CREDIT NOTE from a Taiwanese supplier's web billing (Chromium): the supplier's ``GUI No.`` (統一編號:
    no field), the buyer's ``Tax ID``, a ROC date beside the Western one (``2026-03-30 (ROC 115/03/30)``), ``NT$``
    amounts, 5 % business tax; the reason a bullet list on its own lines (no field)."""
    f.raw("<h2>CREDIT NOTE</h2><p>Lianfa Plastics Industrial Co., Ltd. &nbsp; GUI No. 28471630</p>")
    kit.kv(f, kit.field_rows(
        ("Credit note No.", "Date", "Customer", "Customer Tax ID", "Original invoice No.", "Complaint ref."),
        ("CN-LF-115-0330", ("2026-03-30 (ROC 115/03/30)", "2026-03-30"), "Brightline Lighting Pte. Ltd.", "201534827K",
         "LF-INV-115-0211", "BL-NCR-26-0042"),
        ("number", "issue_date", "buyer", "buyer_tax_id", "invoice_no", "complaint_number"),
    ))  # fmt: skip
    heads = ("Description", "Qty", "Unit price (NT$)", "Credit amount (NT$)", "Business tax 5 % (NT$)")
    kit.th_row(f, heads)
    net = tax = 0
    for i, (name, q, p) in enumerate((("Lamp cover, diffuser", 1200, 9.5), ("End cap", 3000, 2.0))):
        a, t = round(q * p), round(q * p * 0.05)
        net, tax = net + a, tax + t
        cells = (
            name,
            (f"{q:,}", q),
            (f"{p:,.2f}", kit.money(p)),
            (f"NT${a:,}", kit.money(a)),
            (f"NT${t:,}", kit.money(t)),
        )
        kit.td_row(
            f, kit.item_cells(i, cells, ("name", "qty", "unit_price", "allowance_amount", "tax")), heads
        )
    f.raw("</table>")
    reason = "• Covers yellowed after 500 h\n• End caps cracked at assembly"
    f.raw(f"<p>Reason: <span>{reason}</span></p>")
    kit.kv(f, kit.field_rows(
        ("Subtotal", "Business tax", "Total credit", "Approved by"),
        ((f"NT${net:,}", kit.money(net)), (f"NT${tax:,}", kit.money(tax)), (f"NT${net + tax:,}", kit.money(net + tax)),
         "Vivian Cheng"),
        ("total_excl_tax", "total_tax", "total", "approved_by_manager"),
    ))  # fmt: skip
    return f.page("Credit note", _CSS + "p span{white-space:pre-line}")


def return_zh_jpreturn(f: kit.HtmlForm) -> str:
    """A Japanese customer's 退货联络单 translated into zh-Hans (Chromium): 返品番号, 品番, 返品数, 不具合内容 as the
    reason, 处置 with a choice, the customer's 担当 (no field) and our 受入担当."""
    f.raw("<h2>返品联络单（退货通知）</h2>")
    kit.kv(f, kit.field_rows(
        ("返品番号", "返品日", "客户", "联络书编号"),
        ("RH-2603-0045", ("2026-03-25", "2026-03-25"), "上海小糸车灯有限公司", "KT-QA-260321"),
        ("number", "issue_date", "customer", "complaint_number"),
    ))  # fmt: skip
    heads = ("品番", "品名", "承认数", "返品数", "单价（元）", "金额（元）")
    kit.th_row(f, heads)
    for i, (code, name, qa, q, p) in enumerate((("KT-LMP-2201", "灯罩卡扣", 3000, 2960, 0.85),
                                                 ("KT-GSK-2202", "密封垫", 1200, 1200, 1.6))):  # fmt: skip
        cells = (
            code,
            name,
            (f"{qa:,}", qa),
            (f"{q:,}", q),
            (f"{p:.2f}", kit.money(p)),
            (f"{q * p:,.2f}", kit.money(q * p)),
        )
        kit.td_row(f, kit.item_cells(i, cells, kit.RETURN_ITEM_PATHS), heads)
    f.raw("</table>")
    kit.kv(f, kit.field_rows(
        ("不具合内容", "处置", "担当", "受入担当", "承认"),
        ("卡扣断裂、密封垫压痕。", ("■退回 □报废 □返工", ["return"]), "中村 翔", "俞佳", "沈国强"),
        ("reason", "handling", None, "warehouse_receiver", "approved_by"),
    ))  # fmt: skip
    return f.page("返品联络单", _CSS)


def en_lines(f: kit.PdfDraw, y: float, rows) -> None:
    """``Label:`` at 15 mm and the value at 60 mm on a drawn PDF, one ``(label, typed, path, expect)`` a line."""
    for lab, raw, path, exp in rows:
        f.text(15, y, lab + ":")
        f.value(60, y, raw, path=path, label=lab, expect=exp)
        y += 7


def return_en_twsupplier(f: kit.PdfDraw) -> None:
    """An English RETURN NOTE drawn by a Taiwanese supplier's system (fpdf2): ``GUI No.`` (統一編號: no field) under
    the supplier, a ROC date beside the Western one (``2026-03-27 (ROC 115/03/27)``), ``NT$`` amounts."""
    f.text(80, 16, "RETURN NOTE", size=14)
    f.text(15, 24, "Formosa Precision Metal Co., Ltd.   GUI No. 24536806", size=8)
    en_lines(f, 34, kit.field_rows(
        ("Return No.", "Date", "Customer", "Complaint ref."),
        ("RN-FP-115-0327", ("2026-03-27 (ROC 115/03/27)", "2026-03-27"), "Kingsbridge Audio Ltd.", "KA-CC-26-017"),
        ("number", "issue_date", "customer", "complaint_number"),
    ))  # fmt: skip
    cols = ((15, "Part No.", "part_no"), (45, "Description", "part_name"), (92, "Qty auth.", "qty_approved"),
            (115, "Qty recd.", "qty_returned"), (140, "Unit (NT$)", "unit_price"), (168, "Amount (NT$)", "amount"))  # fmt: skip
    for x, lab, _path in cols:
        f.text(x, 66, lab, bold=True)
    f.pdf.line(15, 68, 195, 68)
    y = 68.0
    for i, (code, name, qa, q, p) in enumerate((("FP-BRK-110", "Speaker bracket", 2000, 1950, 6.5),
                                                 ("FP-GRL-120", "Grille mesh", 800, 800, 14.0))):  # fmt: skip
        y += 8
        for (x, lab, path), raw, exp in zip(cols, (code, name, f"{qa:,}", f"{q:,}", f"NT${p:,.2f}", f"NT${q * p:,.0f}"),
                                            (None, None, qa, q, kit.money(p), kit.money(q * p))):  # fmt: skip
            f.value(x, y, raw, path=f"items[{i}].{path}", label=lab, expect=exp)
    f.pdf.line(15, y + 3, 195, y + 3)
    en_lines(f, y + 14, kit.field_rows(
        ("Reason", "Disposition", "Received by", "Approved by"),
        ("Bracket holes burred; mesh dented.", ("Rework", ["rework"]), "Tina Hsu", "Kevin Tsai"), kit.RETURN_FOOT_PATHS,
    ))  # fmt: skip


def allowance_zh_circled(f: kit.PdfDraw) -> None:
    """A 销售折让单 drawn by fpdf2 for a Japanese customer's Chinese plant: 对应联络书编号, the 折让原因 an engineer's
    ①② items on their own lines (no field), ``￥`` amounts, 13 % VAT."""
    f = kit.CjkDraw.of(f)
    f.text(80, 16, "销售折让单", size=15)
    kit.pdf_lv_lines(f, 15, 48, 30, kit.field_rows(
        ("折让单号", "开具日期", "购买方", "纳税人识别号", "原发票号码", "对应联络书编号"),
        ("ZR-DG-2603-041", ("2026-03-31", "2026-03-31"), "东莞爱普生精密部件有限公司", "91441900618123456X",
         "26442000000051873316", "EP-QA-260318"),
        ("number", "issue_date", "buyer", "buyer_tax_id", "invoice_no", "complaint_number"),
    ))  # fmt: skip
    f.text(15, 76, "折让原因：")
    for k, line in enumerate(("①外壳卡扣断裂 86 个，按单价全额折让；", "②包装破损返工费用，按数量折让。")):
        f.text(48, 76 + k * 6, line)
    cols = ((15, "货物名称", "name"), (70, "数量", "qty"), (95, "单价", "unit_price"), (125, "折让金额", "allowance_amount"),
            (160, "税额", "tax"))  # fmt: skip
    for x, lab, _p in cols:
        f.text(x, 96, lab, bold=True)
    f.pdf.line(15, 98, 195, 98)
    y, net, tax = 98.0, 0.0, 0.0
    for i, (name, q, p) in enumerate((("打印机外壳", 86, 14.5), ("包装返工费", 2000, 0.3))):
        y += 8
        a, t = round(q * p, 2), round(q * p * 0.13, 2)
        net, tax = net + a, tax + t
        for (x, lab, path), raw, exp in zip(cols, (name, f"{q:,}", f"{p:.2f}", f"￥{a:,.2f}", f"￥{t:,.2f}"),
                                            (None, q, kit.money(p), kit.money(a), kit.money(t))):  # fmt: skip
            f.value(x, y, raw, path=f"items[{i}].{path}", label=lab, expect=exp)
    f.pdf.line(15, y + 3, 195, y + 3)
    kit.pdf_lv_lines(f, 15, 48, y + 14, kit.field_rows(
        ("金额合计", "税额合计", "价税合计", "财务审核"),
        ((f"￥{net:,.2f}", kit.money(net)), (f"￥{tax:,.2f}", kit.money(tax)), (f"￥{net + tax:,.2f}", kit.money(net + tax)),
         "范晓婷"),
        ("total_excl_tax", "total_tax", "total", "approved_by_manager"),
    ))  # fmt: skip


SENT_AS_PDF = [  # what it imitates, drawing (a page's markup printed by Chromium, or a PDF drawn by fpdf2)
    kit.pdf_layout(*kit.layout_names(draw), "html" if draw.__annotations__["return"] == "str" else "fpdf", draw,
                   imitates, copy2=draw.__name__ in _COPY2)
    for imitates, draw in (
        ("a Taiwanese customer's 品質異常通知單 page: 民國 dates (115/03/12), ・ bullet lists, a 聯絡窗口", complaint_zht_qnotice),
        ("a Japanese customer's 品质异常对策书 in zh-Hans whose 永久对策 text a page break cuts", eightd_zh_jpreport),
        ("an English credit note from a Taiwanese supplier: GUI No., a ROC date beside the Western one, NT$ amounts", allowance_en_twcredit),
        ("a Japanese customer's 返品联络单 in zh-Hans (返品数, 不具合内容, ■退回)", return_zh_jpreturn),
        ("an English return note from a Taiwanese supplier: GUI No., ROC date beside the Western one, NT$ amounts", return_en_twsupplier),
        ("a 销售折让单 for a Japanese customer's plant drawn by fpdf2: 对应联络书编号, ①② reasons, ￥ amounts", allowance_zh_circled),
    )
]  # fmt: skip


# =============================================================================== odd files
def _no_such_day_workbook() -> bytes:
    """A Taiwanese customer's complaint workbook whose 民國 date DOES NOT EXIST (``115/02/30``: 30 February 2026): never
    a record that holds another day silently."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "客訴單"
    for r, (lab, val) in enumerate((("客訴單號", "CS-HL-1150230-01"), ("客訴日期", "115/02/30"),
                                    ("客戶名稱", "華碩電腦股份有限公司"), ("料號", "HL-HNG-2201"), ("出貨數量", 5000),
                                    ("不良數量", 40), ("異常說明", "轉軸鬆動。"), ("填表人", "江佩珊")), start=1):  # fmt: skip
        ws.cell(r, 1, lab)
        ws.cell(r, 2, val)
    return kit.workbook_bytes(wb, dt.datetime(2026, 3, 2, 9, 0))


def _total_not_sum_pdf() -> bytes | None:
    """A 折讓證明單 drawn by fpdf2 whose 總計 (新臺幣 33,600 元) IS NOT its amount plus its tax (30,000 + 1,500 = 31,500):
    never a record that holds the three silently."""
    if kit.FPDF is None:
        return None
    f = kit.CjkDraw.of(kit.PdfDraw(False))
    f.text(60, 16, "銷貨退回及折讓證明單", size=14)
    shown = (("折讓單號", "ZR-TY-1150318-04"), ("開立日期", "115/03/18"), ("買受人", "英業達股份有限公司"),
             ("統一編號", "12345676"), ("原發票號碼", "KP-40218835"), ("金額合計", "新臺幣 30,000 元"),
             ("營業稅額", "新臺幣 1,500 元"), ("總計", "新臺幣 33,600 元"), ("主管", "溫志豪"))  # fmt: skip
    y = 30
    for lab, val in shown:
        f.text(20, y, lab + "：")
        f.text(55, y, val)
        y += 8
    return bytes(f.pdf.output())


ODD = {
    "complaint-nosuchday.xlsx": (
        "a complaint workbook whose 民國 date does not exist (115/02/30: 30 February 2026): a word that the date is "
        "not a day, or a clear error; never another day held silently",
        _no_such_day_workbook,
    ),
    "allowance-totalmismatch.pdf": (
        "a 折讓證明單 PDF whose total (新臺幣 33,600 元) is not its amount plus its tax (30,000 + 1,500): a word that "
        "the sums do not agree, or a clear error; never the three held silently",
        _total_not_sum_pdf,
    ),
}


if __name__ == "__main__":  # [--no-pdf] [--out DIR] (default: this folder)
    kit.run_with_odd(sys.argv[1:], HERE, (EXCEL, SENT_AS_PDF), SOURCE, "thirty-ninth held-out layouts", ODD)
