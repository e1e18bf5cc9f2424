"""Write the thirty-sixth held-out set (run: ``python tests/holdout36/make_holdout36.py``).

Written from public descriptions of real forms WITHOUT reading the reader's code, weighted toward what a Chinese
factory really receives, for habits no earlier set holds: an automaker's 客户投诉单 whose heading carries A COMPLAINT
GRADE AND A CAR MODEL (``客诉等级`` ``B级``, ``车型``), a scooter maker's 客訴單 whose heading carries A WARRANTY BLOCK
(``保固期內`` ``是``, ``行駛里程`` ``1,250 km``), a Ford-like SUPPLIER CONCERN NOTICE whose REJECTED AND DELIVERED
COUNTS SHARE ONE CELL (``96 / 1,200``); a Japanese customer's 对策书 whose D5 is split into 发生对策 AND 流出对策, an
English 8D whose containment is followed by A SORT RESULT ROW (``Sorted 3,000 · Rejected 12 · OK 2,988``); a
distributor's RMA whose lines carry WARRANTY (Y/N) AND CREDIT (Y/N) columns, a 退货单 whose counts carry A CARTON
COUNT IN BRACKETS (``1,200 PCS（24箱）``), a 退換貨單 whose lines each carry THEIR OWN DISPOSITION (``換貨`` /
``退款``); a 销售折让单 whose heading carries A LIABILITY SPLIT (``责任判定`` ``供方责任 100%``); sent as PDF only: a
CREDIT MEMO to a US plant whose heading carries THE CUSTOMER'S DUNS NUMBER (Chromium), an 8D whose heading carries THE CUSTOMER'S 24H / 10D / 30D
RESPONSE DEADLINES (Chromium), a 退货单 whose heading carries A COURIER WAYBILL (``顺丰 SF1409 2376 5521``; Chromium),
a 銷貨折讓單 whose heading carries A PHONE WITH AN EXTENSION AND A FAX (``(03)578-2345 分機 216``; Chromium), a 客户投诉单
whose heading carries A RESPONSE TIME LIMIT (``处理时限`` ``24H内回复``; fpdf2), an 8D 報告 with A REVISION TABLE under
it (``版次`` ``A0`` / ``A1`` and their dates; fpdf2). ``odd/`` holds a complaint workbook whose DEFECT COUNT IS LARGER
THAN THE DELIVERED COUNT (``2,400`` of ``1,200``) and an 8D PDF CLOSED BEFORE IT WAS OPENED.

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
SOURCE = {"source": "tests/holdout36/make_holdout36.py", "origin": "thirty-sixth held-out imitation"}


# =============================================================================== complaint
def complaint_zh_grade(s: kit.Sheet) -> None:
    """An automaker's 客户投诉单 whose heading carries A COMPLAINT GRADE (``客诉等级`` ``B级``) and A CAR MODEL
    (``车型`` ``CS75 PLUS``): no field (never the part, the lot or a count)."""
    s.text("A1", "客户投诉单（供应商质量问题）", "D1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("投诉编号", "发生日期", "客户", "车型", "客诉等级", "采购订单", "零件批次", "零件号", "零件名称", "到货数量",
         "不良数量", "问题描述", "处理要求", "临时措施", "登记人", "部门主管"),
        (kit.pick(s, "CA-SQE-2603-0147", "CA-SQE-2604-0233"), kit.pick(s, D(2026, 3, 5), D(2026, 4, 17)),
         kit.pick(s, "重庆长安汽车股份有限公司", "浙江吉利汽车有限公司"), kit.pick(s, "CS75 PLUS", "星越L"),
         kit.pick(s, "B级", "A级"), kit.pick(s, "CA-PO-2602-3381", "GL-PO-2604-0716"), kit.pick(s, "HB260218-03", "HB260402-01"),
         kit.pick(s, "HB-HNG-5521", "HB-LCK-0930"), kit.pick(s, "车门铰链", "尾门锁扣"), kit.pick(s, 4800, 2000),
         kit.pick(s, 96, 38), kit.pick(s, "铰链销孔位置度超差。", "锁扣表面电镀起泡。"),
         (kit.pick(s, "换货", "退货"), [kit.pick(s, "replacement", "return")]),
         kit.pick(s, "主机厂库存 1,200 件隔离全检。", "在途 2 批拦截。"), "邓丽华", kit.pick(s, "张文斌", "陈思远")),
        ("number", "received_date", "customer", None, None, "order_no", "lot_no", "part_no", "part_name", "ship_qty",
         "defect_qty", "description", "customer_request", "short_term_action", "reporter", "sales_supervisor"),
    ))  # fmt: skip


def complaint_zht_warranty(s: kit.Sheet) -> None:
    """A scooter maker's 客訴單 whose heading carries A WARRANTY BLOCK (``保固期內`` ``是``, ``行駛里程`` ``1,250 km``):
    a distance and a yes that are no field (never a count)."""
    s.text("A1", "市場客訴處理單", "D1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("客訴單號", "受理日期", "客戶名稱", "訂單號碼", "生產批號", "料號", "品名", "保固期內", "行駛里程", "出貨數量",
         "不良數量", "不良現象", "客戶要求", "暫時處置", "填單人", "業務主管"),
        ("CS-SY-2603-028", ("2026/03/05", "2026-03-05"), "三陽工業股份有限公司", "SY-PO-2602-1175", "TW2602-14",
         "TW-BRK-7731", "前碟煞卡鉗", "是", "1,250 km", ("6,000", 6000), ("72", 72), "煞車異音，卡鉗活塞回位不良。",
         ("換貨", ["replacement"]), "庫存 1,800 PCS 全檢。", "林淑芬", "黃志豪"),
        ("number", "received_date", "customer", "order_no", "lot_no", "part_no", "part_name", None, None, "ship_qty",
         "defect_qty", "description", "customer_request", "short_term_action", "reporter", "sales_supervisor"),
    ))  # fmt: skip


def complaint_en_ratio(s: kit.Sheet) -> None:
    """A Ford-like SUPPLIER CONCERN NOTICE whose REJECTED AND DELIVERED COUNTS SHARE ONE CELL (``Qty rejected /
    delivered`` ``96 / 1,200``): the first number the defect count, the second the delivered count."""
    s.text("A1", "SUPPLIER CONCERN NOTICE", "D1", size=14)
    dq, q = kit.pick(s, (96, 1200), (250, 10000))
    kit.lv_pairs(s, 2, kit.field_rows(
        ("Concern No.", "Date Issued", "Customer Plant", "Purchase Order", "Lot / Batch", "Part Number",
         "Part Description", "Concern Description", "Customer Requirement", "Containment Action",
         "Logged by", "Supervisor"),
        (kit.pick(s, "SCN-26-00412", "SCN-26-00587"), kit.pick(s, D(2026, 3, 5), D(2026, 5, 12)),
         kit.pick(s, "Ford Otosan Kocaeli Plant", "Ford Valencia Body & Assembly"), kit.pick(s, "FO-4502731188", "FV-4502799310"),
         kit.pick(s, "SZ260214-2", "SZ260428-1"), kit.pick(s, "ML3Z-14A411-B", "LB5B-7C034-AC"),
         kit.pick(s, "Wiring harness clip", "Shift cable bracket"),
         kit.pick(s, "Clips break at assembly.", "Brackets bent in transit."),
         (kit.pick(s, "Replace parts", "Return parts"), [kit.pick(s, "replacement", "return")]),
         kit.pick(s, "Stock of 5,000 sorted at plant.", "Parts in transit held."), "Liang Wei",
         kit.pick(s, "Huang Jun", "Zhao Min")),
        ("number", "received_date", "customer", "order_no", "lot_no", "part_no", "part_name", "description",
         "customer_request", "short_term_action", "reporter", "sales_supervisor"),
    ))  # fmt: skip
    kit.lv(s, "A9", "Qty rejected / delivered", "B9", f"{dq:,} / {q:,}", "defect_qty", expect=dq, span="D9")
    if not s.blank:
        s.fields.append(dict(s.fields[-1], path="ship_qty", expect=q))


# =============================================================================== 8D
def eightd_zh_twocm(s: kit.Sheet) -> None:
    """A Japanese customer's 对策书 (不具合対策書 translated) whose D5 is split into 发生对策 AND 流出对策 (two corrective
    actions, one for the occurrence and one for the escape), the causes 发生原因 / 流出原因."""
    s.text("A1", "不良对策书（8D）", "D1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("对策书编号", "发行日期", "客户", "客户联络书编号", "品番", "不良数量"),
        (kit.pick(s, "TS-DN-2603-011", "TS-DN-2604-026"), kit.pick(s, D(2026, 3, 9), D(2026, 4, 14)),
         kit.pick(s, "电装（天津）汽车电子有限公司", "爱信（南通）汽车零部件有限公司"), kit.pick(s, "DN-QR-260306", "AS-QR-260410"),
         kit.pick(s, "TJ-TRM-2207", "TJ-BSH-1180"), kit.pick(s, 24, 60)),
        kit.EIGHTD_HEAD_PATHS,
    ))  # fmt: skip
    kit.team_cell(s, "A5", "D1 对策小组", "B5", kit.pick(s, ("佐藤健", "李红梅", "王志刚"), ("佐藤健", "刘洋")), sep="、",
                  span="D5")  # fmt: skip
    texts = kit.pick(s, ("端子压接高度不足，24 件。", "在库 2,000 件及在途品全数检查。", "压接模具磨损。", "压接高度未列入出货检查。"),
                     ("衬套外径超差，60 件。", "在库品全数检查。", "车削刀具寿命未管理。", "外径抽检频次不足。"))  # fmt: skip
    kit.lv_rows(s, 6, kit.eightd_steps(("D2 不具合内容", "D3 暂定对策", "D4 发生原因", "D4 流出原因", "D5 发生对策", "D6 效果确认",
                                        "D7 横向展开"),
                                       (*texts, kit.pick(s, "模具每 5 万次更换。", "刀具每 800 件更换。"),
                                        kit.pick(s, "连续 3 批压接高度合格。", "连续 3 批外径合格。"),
                                        kit.pick(s, "同类 5 种端子比照。", "同类衬套比照。"))))  # fmt: skip
    kit.lv(
        s,
        "A13",
        "D5 流出对策",
        "B13",
        kit.pick(s, "出货检查增加压接高度测量。", "外径改为全数检查。"),
        "corrective_actions[1].action",
        span="D13",
    )
    kit.lv(
        s,
        "A14",
        "D8 完结日期",
        "B14",
        kit.pick(s, D(2026, 4, 10), D(2026, 5, 20)),
        "closure.closed_date",
        fmt="yyyy-mm-dd",
    )
    kit.lv(s, "C14", "承认", "D14", kit.pick(s, "高桥诚", "铃木大辅"), "closure.approved_by")


def eightd_en_sort(s: kit.Sheet) -> None:
    """An English 8D whose containment is followed by A SORT RESULT ROW (``Sorted 3,000 · Rejected 12 · OK 2,988``):
    counts that are no field (never the complained count)."""
    s.text("A1", "8D PROBLEM SOLVING REPORT", "D1", size=14)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("8D No.", "Date Opened", "Customer", "Customer Complaint No.", "Part No.", "Qty Complained"),
        ("8D-LK-26-031", ("03/09/2026", "2026-03-09"), "Lear Corporation Hammond", "LR-QN-260305", "LK-SNS-4410", ("180", 180)),
        kit.EIGHTD_HEAD_PATHS,
    ))  # fmt: skip
    kit.team_cell(s, "A5", "D1 Team", "B5", ("Chen Hao", "Mike Rowe", "Xu Lin"), span="D5")
    steps = kit.eightd_steps(
        ("D2 Problem Description", "D3 Containment", "D4 Root Cause (Occur)", "D4 Root Cause (Escape)",
         "D5 Permanent Corrective Action", "D6 Validation", "D7 Prevent Recurrence"),
        ("Seat sensors read open circuit, 180 pcs.", "All stock at Hammond and in transit sorted.",
         "Solder void under connector pin.", "X-ray sample size too small.", "Reflow profile adjusted.",
         "5 lots with no voids.", "Profile check on 3 lines."),
    )  # fmt: skip
    kit.lv_rows(s, 6, steps[:2])
    kit.lv(s, "A8", "Sort result", "B8", "Sorted 3,000 · Rejected 12 · OK 2,988", None, span="D8")
    kit.lv_rows(s, 9, steps[2:])
    kit.lv(s, "A14", "D8 Closed", "B14", ("04/21/2026"), "closure.closed_date", expect="2026-04-21")
    kit.lv(s, "C14", "Approved", "D14", "Tom Becker", "closure.approved_by")


# =============================================================================== return
def return_en_warranty(s: kit.Sheet) -> None:
    """A distributor's RMA whose lines carry WARRANTY (Y/N) AND CREDIT (Y/N) columns between the name and the
    counts: letters that are no field."""
    s.text("A1", "RETURN MATERIAL AUTHORIZATION (RMA)", "H1", size=13)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("RMA #", "Date", "Distributor", "Ref. complaint"),
        (kit.pick(s, "RMA-260311-07", "RMA-260422-15"), kit.pick(s, D(2026, 3, 11), D(2026, 4, 22)),
         kit.pick(s, "Arrow Electronics Asia Ltd", "Future Electronics (HK) Ltd"), kit.pick(s, "AR-CC-260305", "FE-CC-260418")),
        ("number", "issue_date", "customer", "complaint_number"),
    ), cols=("AB", "DE"), span="H")  # fmt: skip
    lines = kit.pick(s, [("DC-RLY-1201", "Relay 12V 10A", 500, 480, 0.85, "Y", "Y"), ("DC-FUS-1202", "Fuse 5x20 2A", 2000, 2000, 0.12, "N", "Y")],
                     [("DC-CON-2201", "Terminal block 4P", 300, 296, 1.4, "Y", "N")])  # fmt: skip
    foot = kit.field_rows(("Reason for return", "Disposition", "Received by", "Authorized by"),
                          (kit.pick(s, "Relays stick, fuses mislabelled.", "Screws strip."),
                           (kit.pick(s, "Return to vendor", "Scrap"), [kit.pick(s, "return", "scrap")]),
                           kit.pick(s, "Kelvin Chan", "Ivy Lam"), "Raymond Ho"), kit.RETURN_FOOT_PATHS)  # fmt: skip
    kit.return_table(s, ("Part #", "Description", "Qty authorized", "Qty returned", "Unit price", "Ext. amount"), lines,
                     {"C": ("Warranty (Y/N)", "@"), "D": ("Credit (Y/N)", "@")}, foot, "H")  # fmt: skip


def return_zh_carton(s: kit.Sheet) -> None:
    """A 退货单 whose counts carry A CARTON COUNT IN BRACKETS (``1,200 PCS（24箱）``): the count is the first number."""
    s.text("A1", "客户退货单", "F1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("退货单号", "退货日期", "客户", "客诉单号"),
        (kit.pick(s, "TH-GR-2603-041", "TH-GR-2604-077"), kit.pick(s, D(2026, 3, 20), D(2026, 4, 27)),
         kit.pick(s, "歌尔股份有限公司", "立讯精密工业股份有限公司"), kit.pick(s, "GR-QA-260316", "LX-QA-260421")),
        ("number", "issue_date", "customer", "complaint_number"),
    ), cols=("AB", "DE"), span="F")  # fmt: skip
    lines = kit.pick(s, [("GR-SPK-3301", "扬声器单体", 1200, 1200, 3.2, 24, 24), ("GR-MIC-3302", "麦克风", 800, 750, 2.6, 16, 15)],
                     [("LX-CBL-4401", "USB-C 线材", 2000, 1980, 4.5, 40, 40)])  # fmt: skip
    heads = ("物料编码", "物料名称", "核准数量", "实退数量", "单价(元)", "金额(元)")
    kit.head_row(s, 4, "ABCDEF", heads)
    for i, (code, name, qa, q, p, qa_box, q_box) in enumerate(lines):
        cells = ((code, "part_no", None, None), (name, "part_name", None, None),
                 (f"{qa:,} PCS（{qa_box}箱）", "qty_approved", qa, None), (f"{q:,} PCS（{q_box}箱）", "qty_returned", q, None),
                 (p, "unit_price", kit.money(p), "0.00"), (round(q * p, 2), "amount", kit.money(q * p), "#,##0.00"))  # fmt: skip
        for k, (val, path, exp, fmt) in enumerate(cells):
            s.value(
                f"{'ABCDEF'[k]}{5 + i}", val, path=f"items[{i}].{path}", label=heads[k], expect=exp, fmt=fmt
            )
    kit.return_foot(s, 5 + len(lines), kit.field_rows(
        ("退货原因", "处理方式", "仓库签收", "品质主管"),
        (kit.pick(s, "单体杂音，麦克风灵敏度低。", "线材插拔松动。"), (kit.pick(s, "返工", "报废"), [kit.pick(s, "rework", "scrap")]),
         "孙小燕", "于海波"), kit.RETURN_FOOT_PATHS), "F")  # fmt: skip


def return_zht_exchange(s: kit.Sheet) -> None:
    """A 退換貨單 whose lines each carry THEIR OWN DISPOSITION (``處理`` ``換貨`` / ``退款``) after the counts, the
    note's disposition below: a word in each line that is no field."""
    s.text("A1", "退換貨單", "G1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("單號", "日期", "客戶", "客訴單號"),
        ("RX-HW-2603-019", ("115/03/18", "2026-03-18"), "華碩電腦股份有限公司", "AS-QA-260314"),
        ("number", "issue_date", "customer", "complaint_number"),
    ), cols=("AB", "DE"), span="G")  # fmt: skip
    lines = [
        ("HW-HNG-0811", "筆電轉軸", 600, 588, 12.5, "換貨"),
        ("HW-SCR-0812", "機殼螺絲", 5000, 5000, 0.18, "退款"),
    ]
    foot = kit.field_rows(("退換原因", "處理方式", "倉管簽收", "主管核准"),
                          ("轉軸扭力不足，螺絲牙損。", ("換貨", ["replace"]), "陳美玲", "吳俊賢"), kit.RETURN_FOOT_PATHS)  # fmt: skip
    kit.return_table(
        s, ("料號", "品名", "核准數量", "退回數量", "單價", "金額"), lines, {"G": ("處理", "@")}, foot, "G"
    )


# =============================================================================== allowance
def allowance_zh_liability(s: kit.Sheet) -> None:
    """A 销售折让单 whose heading carries A LIABILITY SPLIT (``责任判定`` ``供方责任 100%``): a percentage that is no
    field (never the tax rate)."""
    s.text("A1", "销售折让单", "E1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("折让单号", "开具日期", "购买方名称", "纳税人识别号", "原发票号码", "客诉单号", "责任判定", "审批人"),
        (kit.pick(s, "ZR-SZ-2603-022", "ZR-SZ-2604-051"), kit.pick(s, D(2026, 3, 26), D(2026, 4, 29)),
         kit.pick(s, "深圳市汇川技术股份有限公司", "广州视源电子科技股份有限公司"),
         kit.pick(s, "914403007261824992", "91440101761915618K"), kit.pick(s, "26442000000041127730", "26442000000052290814"),
         kit.pick(s, "HC-QA-260320", "SY-QA-260424"), kit.pick(s, "供方责任 100%", "供方责任 60%，客户责任 40%"),
         kit.pick(s, "邱志明", "冯晓东")),
        ("number", "issue_date", "buyer", "buyer_tax_id", "invoice_no", "complaint_number", None, "approved_by_manager"),
    ), cols=("AB", "CD"), span="E")  # fmt: skip
    heads = ("货物名称", "数量", "单价", "金额", "税额")
    kit.head_row(s, 7, "ABCDE", heads)
    lines = kit.pick(s, (("散热风扇", 1500, 4.2), ("导热硅胶片", 6000, 0.35)), (("按键面板", 2400, 1.6),))
    net, tax = kit.credit_cells(s, 8, lines, heads, 0.13)
    kit.lv_pairs(s, 11, kit.field_rows(
        ("金额合计", "税额合计", "价税合计"),
        ((net, kit.money(net)), (tax, kit.money(tax)), (round(net + tax, 2), kit.money(net + tax))),
        ("total_excl_tax", "total_tax", "total"),
    ), cols=("AB", "CD"), span="E")  # fmt: skip
    for ref in ("B11", "D11", "B12"):
        s.ws[ref].number_format = "#,##0.00"


_COPY2 = {"complaint_zh_grade", "complaint_en_ratio", "eightd_zh_twocm", "return_en_warranty", "return_zh_carton",
          "allowance_zh_liability", "allowance_en_duns", "return_zh_express"}  # fmt: skip
"""The drawings with a second copy in copy2/ (six workbooks, two sent as PDF only)."""

EXCEL = [  # drawing (its name gives the id, kind and language), sheet, column widths, what it imitates
    kit.excel_layout(*kit.layout_names(draw), draw, sheet, widths, imitates, copy2=draw.__name__ in _COPY2)
    for draw, sheet, widths, imitates in (
        (complaint_zh_grade, "投诉单", dict(A=14, B=30, C=14, D=30), "an automaker's 客户投诉单 whose heading carries a complaint grade (客诉等级 B级) and a car model (车型)"),
        (complaint_zht_warranty, "客訴", dict(A=14, B=30, C=14, D=30), "a scooter maker's 客訴單 whose heading carries a warranty block (保固期內 是, 行駛里程 1,250 km)"),
        (complaint_en_ratio, "Concern", dict(A=30, B=30, C=28, D=30), "a Ford-like supplier concern notice whose rejected and delivered counts share one cell (96 / 1,200)"),
        (eightd_zh_twocm, "对策书", dict(A=16, B=36, C=16, D=30), "a Japanese customer's 对策书 whose D5 is split into 发生对策 and 流出对策"),
        (eightd_en_sort, "8D", dict(A=30, B=36, C=24, D=30), "an English 8D whose containment is followed by a sort result row (Sorted 3,000 · Rejected 12 · OK 2,988)"),
        (return_en_warranty, "RMA", dict(A=16, B=22, C=14, D=12, E=14, F=14, G=14, H=14), "a distributor's RMA whose lines carry Warranty (Y/N) and Credit (Y/N) columns"),
        (return_zh_carton, "退货", dict(A=16, B=22, C=20, D=20, E=12, F=14), "a 退货单 whose counts carry a carton count in brackets (1,200 PCS（24箱）)"),
        (return_zht_exchange, "退換貨", dict(A=14, B=22, C=12, D=12, E=12, F=12, G=10), "a 退換貨單 whose lines each carry their own disposition (處理 換貨 / 退款)"),
        (allowance_zh_liability, "折让", dict(A=22, B=30, C=16, D=34, E=14), "a 销售折让单 whose heading carries a liability split (责任判定 供方责任 100%)"),
    )
]  # fmt: skip


# =============================================================================== sent as PDF only
_CSS = kit.portal_css("#e4ecf2")


def allowance_en_duns(f: kit.HtmlForm) -> str:
    """A CREDIT MEMO page to a US customer's plant whose heading carries THE CUSTOMER'S DUNS NUMBER (``DUNS``
    ``654321987``, nine digits): no field (never the invoice number or the tax id)."""
    f.raw("<h2>CREDIT MEMO</h2>")
    kit.kv(f, kit.field_rows(
        ("Credit Memo No.", "Date", "Bill To", "Customer DUNS", "Original Invoice", "Invoice Date", "Reference (PRR)"),
        (kit.pick(f, "CM-26-00318", "CM-26-00402"), kit.pick(f, ("03/27/2026", "2026-03-27"), ("05/14/2026", "2026-05-14")),
         kit.pick(f, "GM Wentzville Assembly", "GM Spring Hill Manufacturing"), kit.pick(f, "654321987", "802215764"),
         kit.pick(f, "INV-260211-0087", "INV-260402-0131"), kit.pick(f, ("02/11/2026", "2026-02-11"), ("04/02/2026", "2026-04-02")),
         kit.pick(f, "PRR-2026-118734", "PRR-2026-121902")),
        ("number", "issue_date", "buyer", None, "invoice_no", "invoice_date", "complaint_number"),
    ))  # fmt: skip
    heads = ("Description", "Qty", "Unit Price (USD)", "Credit Amount (USD)")
    kit.th_row(f, heads)
    lines = kit.pick(f, (("Grommet, wiring 84512377", 6000, 0.42), ("Sorting charge, 16 h", 16, 38.5)),
                     (("Retainer, fuel line 84790021", 12000, 0.18),))  # fmt: skip
    for i, (name, q, p) in enumerate(lines):
        cells = (name, (f"{q:,}", q), (f"{p:,.2f}", kit.money(p)), (f"{q * p:,.2f}", kit.money(q * p)))
        kit.td_row(f, kit.item_cells(i, cells, ("name", "qty", "unit_price", "allowance_amount")), heads)
    f.raw("</table>")
    net = sum(q * p for _, q, p in lines)
    kit.kv(f, kit.field_rows(
        ("Total Credit (USD)", "Approved by"),
        ((f"{net:,.2f}", kit.money(net)), kit.pick(f, "Robert Chen", "Linda Xu")),
        ("total", "approved_by_manager"),
    ))  # fmt: skip
    return f.page("Credit Memo", _CSS)


def eightd_en_deadline(f: kit.HtmlForm) -> str:
    """An 8D page whose heading carries THE CUSTOMER'S RESPONSE DEADLINES (``24H Containment due 03/06/2026``,
    ``10D Root cause due 03/15/2026``, ``30D Closure due 04/04/2026``): dates that are no field (never opened or
    closed)."""
    f.raw("<h2>8D REPORT</h2>")
    kit.kv(f, kit.field_rows(
        ("8D Number", "Opened", "Customer", "Customer Ref.", "Part No.", "Qty Affected"),
        ("8D-AP-26-0042", ("2026-03-05", None), "Aptiv Services Hungary Kft.", "AP-QN-260304", "AP-TRM-6602",
         ("320 pcs", 320)), kit.EIGHTD_HEAD_PATHS,
    ))  # fmt: skip
    f.raw("<table><tr><th>Response due</th><td>24H Containment: 2026-03-06</td><td>10D Root cause: 2026-03-15</td>"
          "<td>30D Closure: 2026-04-04</td></tr></table>")  # fmt: skip
    f.raw("<table>")
    kit.team_row(f, "D1 Team", ("Sun Qiang", "Gabor Nagy", "Li Na"))
    steps = kit.eightd_steps(
        ("D2 Problem", "D3 Interim Containment", "D4 Root Cause – Occurrence", "D4 Root Cause – Escape",
         "D5 Permanent Corrective Action", "D6 Implementation & Validation", "D7 Prevent Recurrence"),
        ("Terminals pushed back in housing, 320 pcs.", "All stock at Hungary and in transit sorted.",
         "Latch height under limit.", "Push-back test not at end of line.", "Latch tool re-cut.",
         "6 lots pass push-back test.", "Same test on 4 housings."),
    )  # fmt: skip
    for lab, raw, path in steps:
        f.raw(f"<tr><th>{lab}</th><td>{f.val(raw, path=path, label=lab)}</td></tr>")
    f.raw("</table>")
    kit.kv(f, kit.field_rows(("D8 Closed", "Approved by"), ("2026-03-31", "Peter Kovacs"),
                             ("closure.closed_date", "closure.approved_by")))  # fmt: skip
    return f.page("8D Report", _CSS)


def return_zh_express(f: kit.HtmlForm) -> str:
    """A 退货单 page whose heading carries A COURIER WAYBILL (``快递单号`` ``顺丰 SF1409 2376 5521``) and the parcel
    count: digits that are no field (never the note's number or a count)."""
    f.raw("<h2>退货通知单</h2>")
    kit.kv(f, kit.field_rows(
        ("退货单号", "退货日期", "客户", "客诉单号", "快递单号", "件数"),
        (kit.pick(f, "TH-XM-2603-058", "TH-XM-2605-012"), kit.pick(f, "2026-03-24", "2026-05-08"),
         kit.pick(f, "宁波三星医疗电气股份有限公司", "福州瑞芯微电子股份有限公司"), kit.pick(f, "HF-QA-260319", "FL-QA-260430"),
         kit.pick(f, "顺丰 SF1409 2376 5521", "顺丰 SF1422 8810 3376"), kit.pick(f, "3 件", "1 件")),
        ("number", "issue_date", "customer", "complaint_number", None, None),
    ))  # fmt: skip
    heads = ("物料编码", "物料名称", "批准数量", "实退数量", "单价", "金额")
    lines = kit.pick(f, (("XM-RLY-5501", "功率继电器", 400, 396, 6.8), ("XM-CAP-5502", "薄膜电容", 3000, 2950, 0.42)),
                     (("XM-CAP-6601", "安规电容", 1000, 1000, 0.55),))  # fmt: skip
    kit.th_row(f, heads)
    for i, (code, name, qa, q, p) in enumerate(lines):
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
        ("退货原因", "处理方式", "仓库签收", "批准"),
        (kit.pick(f, "继电器触点粘连，电容容值偏低。", "电容耐压不良。"), (kit.pick(f, "退回", "报废"), [kit.pick(f, "return", "scrap")]),
         kit.pick(f, "郑小红", "许文杰"), "林国栋"), kit.RETURN_FOOT_PATHS,
    ))  # fmt: skip
    return f.page("退货通知单", _CSS)


def allowance_zht_phone(f: kit.HtmlForm) -> str:
    """A 銷貨折讓單 page whose heading carries A PHONE WITH AN EXTENSION AND A FAX (``(03)578-2345 分機 216``,
    ``(03)578-2399``): digits that are no field (never the tax id or the invoice number)."""
    f.raw("<h2>銷貨折讓單</h2>")
    kit.kv(f, kit.field_rows(
        ("折讓單號", "折讓日期", "客戶名稱", "統一編號", "聯絡電話", "傳真", "原發票號碼"),
        ("ZR-HC-2603-036", ("2026/03/27", "2026-03-27"), "聯發科技股份有限公司", "24566673", "(03)578-2345 分機 216",
         "(03)578-2399", "TK-58130264"),
        ("number", "issue_date", "buyer", "buyer_tax_id", None, None, "invoice_no"),
    ))  # fmt: skip
    heads = ("品名", "數量", "單價", "折讓金額", "營業稅額")
    kit.th_row(f, heads)
    lines = (("散熱模組", 1200, 15.5), ("導光板", 4000, 2.25))
    for i, (name, q, p) in enumerate(lines):
        cells = (name, (f"{q:,}", q), (f"{p:.2f}", kit.money(p)), (f"{q * p:,.0f}", kit.money(q * p)),
                 (f"{round(q * p * 0.05):,}", kit.money(round(q * p * 0.05))))  # fmt: skip
        kit.td_row(
            f, kit.item_cells(i, cells, ("name", "qty", "unit_price", "allowance_amount", "tax")), heads
        )
    f.raw("</table>")
    net = sum(q * p for _, q, p in lines)
    tax = sum(round(q * p * 0.05) for _, q, p in lines)
    kit.kv(f, kit.field_rows(
        ("折讓金額合計", "營業稅額合計", "總計", "主管核章"),
        ((f"{net:,.0f}", kit.money(net)), (f"{tax:,}", kit.money(tax)), (f"{net + tax:,.0f}", kit.money(net + tax)),
         "何志偉"),
        ("total_excl_tax", "total_tax", "total", "approved_by_manager"),
    ))  # fmt: skip
    return f.page("銷貨折讓單", _CSS)


def complaint_zh_timelimit(f: kit.PdfDraw) -> None:
    """A 客户投诉单 drawn by an ERP whose heading carries A RESPONSE TIME LIMIT (``处理时限`` ``24H内回复``): a number
    of hours that is no field (never a count)."""
    f = kit.CjkDraw.of(f)
    f.text(80, 14, "客户投诉单", size=14)
    kit.pdf_lv_lines(f, 15, 42, 26, kit.field_rows(
        ("投诉单号", "投诉日期", "处理时限", "客户名称", "订单号", "批号", "产品编码", "产品名称", "发货数量", "不良数量",
         "不良现象", "客户要求", "应急措施", "登记人", "业务主管"),
        ("KS-NB-2603-044", ("2026/3/5", "2026-03-05"), "24H内回复", "宁波均胜电子股份有限公司", "JS-PO-2602-2291",
         "NB260221-1", "NB-SW-7710", "方向盘开关", ("3000", 3000), ("45", 45), "按键回弹慢。", ("退货", ["return"]),
         "在库 900 件全检。", "周丽", "何建军"),
        ("number", "received_date", None, "customer", "order_no", "lot_no", "part_no", "part_name", "ship_qty",
         "defect_qty", "description", "customer_request", "short_term_action", "reporter", "sales_supervisor"),
    ))  # fmt: skip


def eightd_zht_revision(f: kit.PdfDraw) -> None:
    """An 8D 報告 with A REVISION TABLE under it (``版次`` ``A0`` / ``A1``, ``修訂日期`` ``2026/03/12`` / ``2026/03/26``,
    ``修訂內容``): dates that are no field (never the opened or the closed date)."""
    f = kit.CjkDraw.of(f)
    f.text(82, 14, "8D 改善報告", size=14)
    kit.pdf_lv_lines(f, 15, 40, 26, kit.field_rows(
        ("8D 編號", "立案日期", "客戶", "客訴單號", "料號", "不良數量"),
        ("8D-TY-2603-008", ("2026/03/10", "2026-03-10"), "台達電子工業股份有限公司", "DT-QA-260307", "TY-IND-2201",
         ("150 PCS", 150)),
        kit.EIGHTD_HEAD_PATHS,
    ))  # fmt: skip
    kit.pdf_team_line(f, 15, 50, 70, "D1 小組成員", ("賴文彬", "簡怡君", "戴志強"))
    steps = kit.eightd_steps(
        ("D2 問題描述", "D3 暫時對策", "D4 發生原因", "D4 流出原因", "D5 永久對策", "D6 效果確認", "D7 預防再發"),
        ("電感感值偏低，計 150 PCS。", "在庫 2,500 PCS 全數量測。", "磁芯供應商換料。", "進料檢驗未量感值。",
         "磁芯換料需經承認。", "連續 4 批感值合格。", "同類 6 款電感比照。"),
    )  # fmt: skip
    y = kit.pdf_lv_lines(f, 15, 50, 80, [(lab, raw, path, None) for lab, raw, path in steps], step=9)
    y = kit.pdf_lv_lines(f, 15, 50, y + 2, kit.field_rows(
        ("D8 結案日期", "核准人"), (("2026/04/08", "2026-04-08"), "江明輝"), ("closure.closed_date", "closure.approved_by"),
    ))  # fmt: skip
    f.text(15, y + 8, "修訂履歷", bold=True)
    for x, head in ((15, "版次"), (35, "修訂日期"), (70, "修訂內容"), (150, "修訂者")):
        f.text(x, y + 15, head)
    for k, (rev, when, what, who) in enumerate((("A0", "2026/03/12", "初版（D1~D4）", "賴文彬"),
                                                ("A1", "2026/03/26", "增補 D5~D7", "賴文彬"))):  # fmt: skip
        for x, cell in ((15, rev), (35, when), (70, what), (150, who)):
            f.text(x, y + 22 + 7 * k, cell, size=8)


SENT_AS_PDF = [  # what it imitates, drawing (a page's markup printed by Chromium, or a PDF drawn by fpdf2)
    kit.pdf_layout(*kit.layout_names(draw), "html" if draw.__annotations__["return"] == "str" else "fpdf", draw,
                   imitates, copy2=draw.__name__ in _COPY2)
    for imitates, draw in (
        ("a credit memo to a US plant whose heading carries the customer DUNS number", allowance_en_duns),
        ("an 8D whose heading carries the customer's 24H / 10D / 30D response deadlines", eightd_en_deadline),
        ("a 退货单 whose heading carries a courier waybill (顺丰 SF1409 2376 5521) and a parcel count", return_zh_express),
        ("a 銷貨折讓單 whose heading carries a phone with an extension and a fax", allowance_zht_phone),
        ("a 客户投诉单 whose heading carries a response time limit (处理时限 24H内回复)", complaint_zh_timelimit),
        ("an 8D 報告 with a revision table under it (版次 A0 / A1 and their dates)", eightd_zht_revision),
    )
]  # fmt: skip


# =============================================================================== odd files
def _more_defects_workbook() -> bytes:
    """A complaint workbook whose DEFECT COUNT IS LARGER THAN THE DELIVERED COUNT (``2,400`` of ``1,200``: the
    clerk typed the customer's stock, or a zero too many): never read as if nothing were wrong."""
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.title = "客诉单"
    fields = (("投诉单号", "KS-WX-2603-017"), ("接收日期", "2026-03-16"), ("客户名称", "无锡威孚高科技集团股份有限公司"),
              ("物料编码", "WX-NZL-3305"), ("物料名称", "喷油嘴垫片"), ("交货数量", 1200), ("不良数量", 2400),
              ("不良描述", "垫片厚度超差。"), ("填表人", "钱文静"))  # fmt: skip
    for row in fields:
        wb.active.append(row)
    return kit.workbook_bytes(wb, dt.datetime(2026, 3, 16, 10, 0))


def _closed_before_opened_pdf() -> bytes | None:
    """An 8D drawn by fpdf2 CLOSED BEFORE IT WAS OPENED (opened ``2026-03-18``, D8 closed ``2026-02-18``: the clerk
    typed the wrong month): never a record that looks right."""
    if kit.FPDF is None:
        return None
    f = kit.CjkDraw.of(kit.PdfDraw(False))
    f.text(80, 16, "8D 报告", size=14)
    shown = (("报告编号", "8D-WX-2603-009"), ("立案日期", "2026-03-18"), ("客户", "无锡威孚高科技集团股份有限公司"),
             ("零件号", "WX-NZL-3305"), ("投诉数量", "60"), ("D2 问题描述", "垫片厚度超差，60 件。"),
             ("D3 围堵措施", "在库 1,000 件全检。"), ("D4 根本原因", "冲压料厚来料偏厚。"), ("D5 纠正措施", "来料测厚。"),
             ("D8 结案日期", "2026-02-18"), ("批准", "钱国平"))  # fmt: skip
    y = 30
    for lab, val in shown:
        f.text(20, y, lab + "：")
        f.text(55, y, val)
        y += 8
    return bytes(f.pdf.output())


ODD = {
    "complaint-moredefects.xlsx": (
        "a complaint workbook whose defect count (2,400) is larger than the delivered count (1,200): a word that the "
        "counts do not agree, or a clear error; never a record that looks right",
        _more_defects_workbook,
    ),
    "8d-closedbefore.pdf": (
        "an 8D PDF closed (D8 2026-02-18) before it was opened (2026-03-18): a word that the dates do not agree, or a "
        "clear error; never a record that looks right",
        _closed_before_opened_pdf,
    ),
}


if __name__ == "__main__":  # [--no-pdf] [--out DIR] (default: this folder)
    kit.run_with_odd(sys.argv[1:], HERE, (EXCEL, SENT_AS_PDF), SOURCE, "thirty-sixth held-out layouts", ODD)
