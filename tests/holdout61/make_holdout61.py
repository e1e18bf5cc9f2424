"""Write the sixty-first held-out set (run: ``python tests/holdout61/make_holdout61.py``).

Written from public descriptions of real forms WITHOUT reading the reader's code, for COMPLAINTS IN TAIWAN AND HONG
KONG, in traditional script: a Taiwanese factory's 客訴處理單 (``客訴編號``, ``品名規格``, ``不良數 １２０``, ``民國115年11月3日``,
a sign-off row ``承辦 / 審核 / 核准``), a 客戶抱怨處理單 whose blocks are headed by vertical text (``客戶資料`` written top to
bottom in a merged cell), a mainland branch's zh-Hans 品质异常处理单 in its group's Taiwanese words (``发生日期 115.11.06``,
``异常数量``, ``暂时对策`` / ``永久对策``, ``签核``); a Hong Kong trading house's bilingual ``客戶投訴表 Customer Complaint Form``
(``dd/mm/yyyy``, ``有限公司``, ``換貨 Replacement``); a Taiwanese 8D報告 numbered 一、… 八、 (``問題描述``, ``暫時對策``,
``根本原因``, ``永久對策``, ``預防再發``) and a mainland branch's zh-Hans 8D (``料号``, ``不良数``, ``暂时对策``); a 銷貨退回單
(``退貨數量``, ``營業稅``, ``新臺幣``), a 退貨單 with full-width digits and the amount in 仟 / 佰 words, a mainland branch's 退货单;
the statutory 營業人銷貨退回進貨退出或折讓證明單 (``統一編號`` one digit a box, the invoice's ``年 / 月 / 日`` and ``字軌 /
號碼`` in their own columns, ``金額(不含稅之進貨額)``, ``營業稅額``, ``課稅別``), a mainland branch's 销货折让证明单 and a Hong
Kong credit note in ``HK$`` (``港幣…元正``). Sent as PDF only (fpdf2): a Macau trading house's 客戶投訴登記表 (``澳門元``,
``dd/mm/yyyy``), a bilingual PCB 8D with half-width colons, a Hong Kong goods return note, the 折讓證明單's other variant
(``開立發票日期``, ``字軌號碼`` in one column, ``新臺幣…元整``). ``odd/`` holds a 客訴處理單 dated on a day that does not exist
(``民國115年2月30日``) and a 折讓證明單 whose 統一編號 has seven digits.

Fix what this set shows by a general rule, imitated in ``tests/layouts``, never on these files. Written by
tests/holdout_kit.py's ``run_with_odd``: each run the same xlsx and json bytes; the PDFs printed with ``soffice``
and drawn with fpdf2 (``--no-pdf`` keeps the committed PDFs; ``--out DIR`` writes elsewhere).
"""

from __future__ import annotations

import sys
from pathlib import Path

from openpyxl.styles import Alignment

if str(Path(__file__).resolve().parents[1]) not in sys.path:  # tests/, where the kit is: tests/holdout_kit.py
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import holdout_kit as kit

HERE, SOURCE = kit.generator(__file__, "sixty-first held-out imitation")
dt = kit.dt


def tw_names(draw) -> tuple[str, str, str]:
    """The kit's id, kind and language of a drawing, the id prefixed ``tw-`` (ids are unique across the sets)."""
    lid, kind, lang = kit.layout_names(draw)
    return f"tw-{lid}", kind, lang


def vertical(s: kit.Sheet, ref: str, text: str, span: str) -> None:
    """A block's heading written top to bottom in a merged cell (the characters one under the other)."""
    s.text(ref, text, span, bold=True, shade=True)
    s.ws[ref].alignment = Alignment(textRotation=255, horizontal="center", vertical="center", wrap_text=True)


def split_value(s: kit.Sheet, cells, path: str, label: str, expect: str) -> None:
    """One value the clerk typed a piece a cell (a tax id one digit a box, a date 年 / 月 / 日): the pieces as typed
    (``cells``: ``(ref, piece)``), one expectation at the first cell."""
    for ref, piece in cells:
        s.value(ref, piece, path=None, label=label)
    if not s.blank:
        first = cells[0][0]
        s.fields.append({"label": label, "cell": f"{s.ws.title}!{first}",
                         "value": " | ".join(str(p) for _r, p in cells), "path": path, "expect": expect})  # fmt: skip


def signs(s: kit.Sheet, row: int, cols: str, labels, names, paths) -> None:
    """A sign-off row: the roles pre-printed shaded on ``row``, the names under them on the next row."""
    for col, lab, name, path in zip(cols, labels, names, paths, strict=True):
        s.text(f"{col}{row}", lab, bold=True, shade=True, center=True)
        s.value(f"{col}{row + 1}", name, path=path, label=lab)
    s.height(row + 1, 30)


def ticks(options, chosen) -> str:
    """Check boxes typed in one cell: ``☑退貨 ☐換貨 ☐重工``."""
    return kit.marks(list(options), set(chosen), "☑", "☐")


# =============================================================================== complaint
def complaint_zht_kesu(s: kit.Sheet) -> None:
    """A Taiwanese electronics factory's 客訴處理單: 客訴編號, 客訴日期 in 民國 with 年月日, 品名規格, 出貨數 and 不良數 in
    full-width digits, 發生日期 (no field), 客戶要求 as check boxes, 暫時對策, a sign-off row 承辦 / 審核 / 核准."""
    s.text("A1", "客訴處理單", "D1", size=15)
    kit.plain(s, "A2", "台灣精密電子股份有限公司　品保部　表單編號：QP-08-03　版次：C", "D2")
    kit.lv_pairs(s, 3, kit.field_rows(
        ("客訴編號", "客訴日期", "客戶名稱", "訂單單號", "料號", "品名規格", "批號", "出貨日期", "出貨數", "不良數"),
        (kit.pick(s, "QC-1151103-01", "QC-1151121-04"),
         kit.pick(s, ("民國115年11月3日", "2026-11-03"), ("民國115年11月21日", "2026-11-21")),
         "鴻準電機股份有限公司", kit.pick(s, "PO-115-0932", "PO-115-1017"), kit.pick(s, "TP-2210-A", "TP-2215-B"),
         kit.pick(s, "觸控面板 10.1吋 / FPC 40P", "觸控面板 15.6吋 / FPC 50P"), kit.pick(s, "L1151015", "L1151102"),
         kit.pick(s, ("115/10/20", "2026-10-20"), ("115/11/06", "2026-11-06")),
         (kit.fw(kit.pick(s, "3,000", "1,500")), kit.pick(s, 3000, 1500)),
         (kit.fw(kit.pick(s, "120", "45")), kit.pick(s, 120, 45))),
        ("number", "received_date", "customer", "order_no", "part_no", "part_name", "lot_no", "ship_date", "ship_qty",
         "defect_qty"),
    ))  # fmt: skip
    kit.lv(s, "A8", "發生日期", "B8", kit.pick(s, "115/11/01", "115/11/19"), None)
    kit.lv(s, "C8", "不良率", "D8", kit.pick(s, "4%", "3%"), "defect_rate", expect=kit.pick(s, 0.04, 0.03))
    r = kit.rows_down(s, 9, kit.field_rows(
        ("異常描述", "客戶要求", "暫時對策"),
        (kit.pick(s, "客戶組裝線觸控失效，FPC 金手指氧化，抽驗 200 片有 8 片不良。", "觸控漂移，FPC 彎折處斷線。"),
         (ticks(("退貨", "換貨", "重工", "折讓"), kit.pick(s, {"退貨"}, {"換貨"})), kit.pick(s, ["return"], ["replacement"])),
         kit.pick(s, "庫存 1,200 片全數隔離，客戶端派員全檢。", "在途品攔回，庫存重新測試。")),
        ("description", "customer_request", "short_term_action"),
    ))  # fmt: skip
    signs(s, r + 1, "ABC", ("承辦", "審核", "核准"), (kit.pick(s, "林佳慧", "張雅筑"), "陳建宏", "黃志明"),
          ("reporter", "sales_supervisor", "approver"))  # fmt: skip


def complaint_zht_baoyuan(s: kit.Sheet) -> None:
    """A Taiwanese hardware maker's 客戶抱怨處理單 whose blocks are headed by vertical text (客戶資料, 抱怨內容, 處理): 單號,
    接獲日期 ``115/11/05``, 出貨數 and 不良數 in full-width digits, 客戶要求 換貨, 經辦人 / 課長."""
    s.text("A1", "客戶抱怨處理單", "E1", size=15)
    kit.plain(s, "A2", "永豐五金工業股份有限公司　業務課", "E2")
    vertical(s, "A3", "客戶資料", "A7")
    kit.lv_pairs(s, 3, kit.field_rows(
        ("單號", "接獲日期", "客戶名稱", "客戶訂單", "料號", "品名規格", "出貨日期", "出貨數", "不良數", "批號"),
        (kit.pick(s, "CC-115-047", "CC-115-052"), kit.pick(s, ("115/11/05", "2026-11-05"), ("115/11/24", "2026-11-24")),
         "振發五金行有限公司", kit.pick(s, "ZF-26-1108", "ZF-26-1121"), kit.pick(s, "HG-304-35", "HG-304-40"),
         kit.pick(s, "不鏽鋼鉸鏈 304 / 3.5吋", "不鏽鋼鉸鏈 304 / 4吋"), kit.pick(s, ("115/10/29", "2026-10-29"), ("115/11/15", "2026-11-15")),
         (kit.fw(kit.pick(s, "12,000 個", "8,000 個")), kit.pick(s, 12000, 8000)),
         (kit.fw(kit.pick(s, "360 個", "240 個")), kit.pick(s, 360, 240)), kit.pick(s, "SS1029", "SS1115")),
        ("number", "received_date", "customer", "order_no", "part_no", "part_name", "ship_date", "ship_qty", "defect_qty",
         "lot_no"),
    ), cols=("BC", "DE"))  # fmt: skip
    vertical(s, "A8", "抱怨內容", "A9")
    kit.lv(
        s,
        "B8",
        "不良現象",
        "C8",
        kit.pick(s, "鉸鏈表面生鏽，鹽霧 24 小時即出現紅鏽。", "軸心鬆動，開合異音。"),
        "description",
        span="E8",
    )
    kit.lv(s, "B9", "客戶要求", "C9", kit.pick(s, ("換貨", ["replacement"]), ("退貨", ["return"]))[0], "customer_request",
           expect=kit.pick(s, ["replacement"], ["return"]), span="E9")  # fmt: skip
    vertical(s, "A10", "處理", "A11")
    kit.lv(s, "B10", "經辦人", "C10", kit.pick(s, "吳宗翰", "李怡萱"), "reporter")
    kit.lv(s, "D10", "課長", "E10", "周文彬", "sales_supervisor")
    kit.lv(s, "B11", "回覆日期", "C11", kit.pick(s, "115/11/08", "115/11/27"), None)


def complaint_zh_pinzhi(s: kit.Sheet) -> None:
    """A mainland branch's zh-Hans 品质异常处理单 in its Taiwanese group's words, raised on a customer's complaint: 单号,
    发生日期 ``115.11.06`` (the group's 民国 habit kept), 提出单位 (the customer), 异常数量 in 片, 异常现象, 原因分析, 暂时对策 /
    永久对策, 签核 (填表 / 主管 / 厂长)."""
    s.text("A1", "品质异常处理单", "D1", size=15)
    kit.plain(s, "A2", "东莞台扬塑胶制品有限公司（台扬集团）　□制程异常　□进料异常　■客诉异常", "D2")
    kit.lv_pairs(s, 3, kit.field_rows(
        ("单号", "发生日期", "提出单位", "料号", "品名", "批号", "交货数量", "异常数量"),
        (kit.pick(s, "QA-DG-1151106-03", "QA-DG-1151125-01"), kit.pick(s, ("115.11.06", "2026-11-06"), ("115.11.25", "2026-11-25")),
         "深圳台扬通讯设备有限公司", kit.pick(s, "PC-0815-W", "PC-0820-K"), kit.pick(s, "PC 外壳 上盖 白色", "PC 外壳 下盖 黑色"),
         kit.pick(s, "M151030", "M151118"), (kit.pick(s, "5,000 片", "4,000 片"), kit.pick(s, 5000, 4000)),
         (kit.pick(s, "250 片", "80 片"), kit.pick(s, 250, 80))),
        ("number", "received_date", "customer", "part_no", "part_name", "lot_no", "ship_qty", "defect_qty"),
    ))  # fmt: skip
    r = kit.rows_down(s, 7, kit.field_rows(
        ("异常现象", "原因分析", "暂时对策", "永久对策"),
        (kit.pick(s, "上盖卡扣断裂，客户组装时 250 片无法扣合。", "下盖缩水，外观不良。"),
         kit.pick(s, "模温偏低，卡扣处熔接线强度不足。", "保压时间不足。"),
         kit.pick(s, "库存品全检卡扣，客户端良品先行补货。", "库存全检外观。"),
         kit.pick(s, "模温由 60 ℃ 调整为 80 ℃，首件增加卡扣拉力测试。", "保压时间由 3 秒改 5 秒。")),
        ("description", "root_cause", "short_term_action", "long_term_action"),
    ))  # fmt: skip
    s.text(f"A{r}", "签核", f"D{r}", bold=True, center=True)
    signs(s, r + 1, "ABC", ("填表", "主管", "厂长"), (kit.pick(s, "蔡宜芳", "许志豪"), "杨清泉", "刘国华"),
          ("reporter", None, "approver"))  # fmt: skip


def complaint_en_hk(s: kit.Sheet) -> None:
    """A Hong Kong trading house's bilingual 客戶投訴表 Customer Complaint Form: every label in Chinese then English,
    dates dd/mm/yyyy, the customer a 有限公司 with its English name, 付運數量 Qty Shipped, 客戶要求 換貨 Replacement,
    經手人 Handled by / 部門主管 Dept. Head."""
    s.text("A1", "客戶投訴表 Customer Complaint Form", "D1", size=14)
    kit.plain(s, "A2", "恒昌行有限公司 Hang Cheong Trading Co., Ltd. — 品質部 QA Dept.", "D2")
    kit.lv_pairs(s, 3, kit.field_rows(
        ("投訴編號 Complaint No.", "日期 Date", "客戶名稱 Customer", "訂單編號 PO No.", "貨品編號 Item No.",
         "貨品名稱 Description", "批次 Batch No.", "付運數量 Qty Shipped", "問題數量 Qty Defective"),
        (kit.pick(s, "HC-CC-26-118", "HC-CC-26-131"), kit.pick(s, ("18/11/2026", "2026-11-18"), ("03/12/2026", "2026-12-03")),
         "榮發貿易有限公司 Wing Fat Trading Co., Ltd.", kit.pick(s, "WF-PO-88213", "WF-PO-88290"),
         kit.pick(s, "HC-KT-1702", "HC-KT-1708"), kit.pick(s, "電熱水壺 1.7L Electric Kettle 1.7L", "電熱水壺 1.8L Electric Kettle 1.8L"),
         kit.pick(s, "B2610-07", "B2611-02"), (kit.pick(s, "2,400 pcs", "1,200 pcs"), kit.pick(s, 2400, 1200)),
         (kit.pick(s, "360 pcs", "96 pcs"), kit.pick(s, 360, 96))),
        ("number", "received_date", "customer", "order_no", "part_no", "part_name", "lot_no", "ship_qty", "defect_qty"),
    ))  # fmt: skip
    r = kit.rows_down(s, 8, kit.field_rows(
        ("投訴詳情 Details of Complaint", "客戶要求 Customer Request"),
        (kit.pick(s, "壺蓋彈簧失效，開蓋按鈕卡死 Lid spring fails; button jams.", "底座接觸不良 Loose base contact."),
         kit.pick(s, ("換貨 Replacement", ["replacement"]), ("退貨 Return", ["return"]))),
        ("description", "customer_request"),
    ))  # fmt: skip
    kit.lv(
        s,
        f"A{r}",
        "經手人 Handled by",
        f"B{r}",
        kit.pick(s, "陳嘉欣 Karen Chan", "黃偉文 Wilson Wong"),
        "reporter",
    )
    kit.lv(s, f"C{r}", "部門主管 Dept. Head", f"D{r}", "李志強 Ricky Lee", "sales_supervisor")


# =============================================================================== 8D
_ONE_TO_EIGHT = "一二三四五六七八"


def eightd_zht_gaishan(s: kit.Sheet) -> None:
    """A Taiwanese 8D報告 numbered 一、 … 八、 instead of D1 … D8: 報告編號, 開立日期 in 民國, 客訴編號, 料號, 不良數 in
    full-width digits, 問題描述, 暫時對策, 根本原因 / 流出原因, 永久對策, 效果確認, 預防再發, 結案日期, 核准."""
    s.text("A1", "8D報告", "D1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("報告編號", "開立日期", "客戶名稱", "客訴編號", "料號", "不良數"),
        (kit.pick(s, "8D-1151110-02", "8D-1151128-01"),
         kit.pick(s, ("民國115年11月10日", "2026-11-10"), ("民國115年11月28日", "2026-11-28")), "鴻準電機股份有限公司",
         kit.pick(s, "QC-1151103-01", "QC-1151121-04"), kit.pick(s, "TP-2210-A", "TP-2215-B"),
         (kit.fw(kit.pick(s, "120 PCS", "45 PCS")), kit.pick(s, 120, 45))),
        kit.EIGHTD_HEAD_PATHS,
    ))  # fmt: skip
    kit.team_cell(s, "A5", "一、成立小組", "B5", kit.pick(s, ("林佳慧", "王俊傑", "陳建宏"), ("張雅筑", "王俊傑")), sep="、",
                  span="D5")  # fmt: skip
    rows = kit.eightd_steps(
        tuple(f"{_ONE_TO_EIGHT[k]}、{t}" for k, t in zip((1, 2, 3, 3, 4, 5, 6),
            ("問題描述", "暫時對策", "根本原因", "流出原因", "永久對策", "效果確認", "預防再發"))),
        kit.pick(s, ("FPC 金手指氧化，觸控失效，不良 120 片。", "庫存 1,200 片隔離全檢，客戶端派員挑選。",
                     "電鍍後水洗不足，殘留藥液致金手指氧化。", "出貨檢驗未做鹽霧抽測。", "增加第三道純水洗，烘乾溫度提高至 90 ℃。",
                     "連續 5 批鹽霧 48 小時無氧化。", "水洗槽導電度納入每日點檢表，同類產品比照辦理。"),
                 ("FPC 彎折處斷線，觸控漂移。", "在途品攔回重測。", "彎折半徑過小。", "出貨未做彎折測試。",
                  "治具彎折半徑由 1 mm 改 2 mm。", "3 批彎折測試合格。", "彎折半徑納入設計規範。")),
    )  # fmt: skip
    kit.lv_rows(s, 6, rows)
    kit.lv_pairs(s, 13, kit.field_rows(
        ("八、結案日期", "核准"), (kit.pick(s, ("115/12/08", "2026-12-08"), ("115/12/22", "2026-12-22")), "黃志明"),
        ("closure.closed_date", "closure.approved_by"),
    ))  # fmt: skip


def eightd_zh_dalu(s: kit.Sheet) -> None:
    """A mainland branch's zh-Hans 8D报告 in its Taiwanese group's words: 单号, 开立日期, 料号, 不良数, D3 暂时对策, D4 根本
    原因, D5 永久对策, D7 预防再发, 签核 (承办 / 核准)."""
    s.text("A1", "8D报告", "D1", size=15)
    kit.plain(s, "A2", "昆山永豐五金有限公司（永豐集团）", "D2")
    kit.lv_pairs(s, 3, kit.field_rows(
        ("单号", "开立日期", "客户名称", "客诉单号", "料号", "不良数"),
        ("8D-KS-2611-06", ("2026/11/13", "2026-11-13"), "苏州振华家居有限公司", "KS-CC-2611-021", "HG-201-30",
         ("1,800 个", 1800)),
        kit.EIGHTD_HEAD_PATHS,
    ))  # fmt: skip
    kit.team_cell(s, "A6", "D1 成员", "B6", ("赵立新", "钱文静", "孙浩"), sep="、", span="D6")
    rows = kit.eightd_steps(
        ("D2 问题描述", "D3 暂时对策", "D4 根本原因", "D4 流出原因", "D5 永久对策", "D6 效果确认", "D7 预防再发"),
        ("铰链铆钉松脱，开合 500 次后脱落，不良 1,800 个。", "库存 6,000 个全检铆接力，客户处派员挑选。",
         "铆接机压力下降（气压 0.45 MPa），铆钉未铆实。", "出货检验未做铆接拉力测试。", "铆接机加装气压监控，低于 0.55 MPa 报警停机。",
         "连续 4 批拉力 ≥ 800 N。", "铆接拉力纳入出货检验，集团各厂比照。"),
    )  # fmt: skip
    kit.lv_rows(s, 7, rows)
    s.text("A14", "签核", "D14", bold=True, center=True)
    signs(s, 15, "ABCD", ("承办", "审核", "核准", "结案日期"), ("孙浩", "钱文静", "郑国栋", "2026/12/04"),
          (None, None, "closure.approved_by", None))  # fmt: skip
    if not s.blank:
        s.fields.append({"label": "结案日期", "cell": f"{s.ws.title}!D16", "value": "2026/12/04",
                         "path": "closure.closed_date", "expect": "2026-12-04"})  # fmt: skip


# =============================================================================== return
def return_zht_xiaohuo(s: kit.Sheet) -> None:
    """A Taiwanese 銷貨退回單: 單號, 退回日期 in 民國, 客訴編號, lines 料號 / 品名規格 / 退貨數量 / 單價 / 金額 (no approved
    count), then 合計, 營業稅 5 %, 總計 新臺幣 (no field of a return note), 退貨原因, 處理方式, 倉管 / 核准."""
    s.text("A1", "銷貨退回單", "F1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("單號", "退回日期", "客戶名稱", "客訴編號"),
        (kit.pick(s, "SR-1151112-01", "SR-1151201-03"), kit.pick(s, ("115/11/12", "2026-11-12"), ("115/12/01", "2026-12-01")),
         "鴻準電機股份有限公司", kit.pick(s, "QC-1151103-01", "QC-1151121-04")),
        ("number", "issue_date", "customer", "complaint_number"),
    ), cols=("AB", "DE"), span="F")  # fmt: skip
    heads = ("料號", "品名規格", "退貨數量", "單位", "單價", "金額")
    kit.head_row(s, 4, "ABCDEF", heads)
    lines = kit.pick(s, (("TP-2210-A", "觸控面板 10.1吋 / FPC 40P", 120, 185.0),),
                     (("TP-2215-B", "觸控面板 15.6吋 / FPC 50P", 45, 260.0), ("FPC-50P", "FPC 排線 50P", 45, 12.0)))  # fmt: skip
    net = 0.0
    for i, (code, name, q, p) in enumerate(lines):
        r, a = 5 + i, round(q * p, 2)
        net += a
        s.value(f"A{r}", code, path=f"items[{i}].part_no", label=heads[0])
        s.value(f"B{r}", name, path=f"items[{i}].part_name", label=heads[1])
        s.value(f"C{r}", q, path=f"items[{i}].qty_returned", label=heads[2], fmt="#,##0")
        s.value(f"D{r}", "PCS", path=f"items[{i}].unit", label=heads[3])
        s.value(
            f"E{r}", p, path=f"items[{i}].unit_price", label=heads[4], expect=kit.money(p), fmt="#,##0.00"
        )
        s.value(f"F{r}", a, path=f"items[{i}].amount", label=heads[5], expect=kit.money(a), fmt="#,##0")
    for r, lab, x in (
        (7, "合計", net),
        (8, "營業稅 5%", round(net * 0.05)),
        (9, "總計（新臺幣）", round(net * 1.05)),
    ):
        kit.lv(s, f"D{r}", lab, f"F{r}", x, None, lspan=f"E{r}", fmt="#,##0")
    foot = kit.field_rows(
        ("退貨原因", "處理方式", "倉管", "核准"),
        (kit.pick(s, "FPC 金手指氧化（客訴 QC-1151103-01）", "FPC 斷線"), ("報廢", ["scrap"]), "邱美玲", "黃志明"),
        kit.RETURN_FOOT_PATHS,
    )  # fmt: skip
    kit.return_foot(s, 10, foot, "F")


def return_zht_tuihuo(s: kit.Sheet) -> None:
    """A Taiwanese 退貨單 typed with a Chinese input method: full-width digits and punctuation (``１，２００``, ``：``),
    核准數量 / 退貨數量, amounts ``NT$``, the total in words ``新臺幣參萬陸仟元整``, 處理方式 重工後再出貨, 承辦人."""
    s.text("A1", "退貨單", "F1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("退貨單號", "退貨日期", "客戶", "客訴單號"),
        ("RT-115-1109", ("115年11月9日", "2026-11-09"), "振發五金行有限公司", "CC-115-047"),
        ("number", "issue_date", "customer", "complaint_number"),
    ), cols=("AB", "DE"), span="F")  # fmt: skip
    heads = ("料號", "品名規格", "核准數量", "退貨數量", "單價", "金額")
    kit.head_row(s, 4, "ABCDEF", heads)
    kit.return_lines(s, 5, (("HG-304-35", "不鏽鋼鉸鏈 304 / 3.5吋", 1200, 1200, 30.0),), heads,
                     count=lambda n: kit.fw(f"{n:,}"), amount=lambda x: f"NT${x:,.0f}")  # fmt: skip
    kit.lv(s, "A6", "合計金額", "B6", "新臺幣參萬陸仟元整（NT$36,000）", None, span="F6")
    foot = kit.field_rows(
        ("退貨原因", "處理方式", "倉管簽收", "主管核准"),
        ("表面生鏽（鹽霧 24 小時）", ("重工後再出貨", ["rework"]), "簡志偉", "周文彬"),
        kit.RETURN_FOOT_PATHS,
    )  # fmt: skip
    kit.return_foot(s, 7, foot, "F")
    kit.lv(s, "A10", "承辦人", "B10", "吳宗翰", None)


def return_zh_dalu(s: kit.Sheet) -> None:
    """A mainland branch's zh-Hans 退货单 in its Taiwanese group's words: 单号, 料号, 品名规格, 退货数量, 税额 13 %, 价税合计,
    签核 (承办人 / 仓管 / 核准)."""
    s.text("A1", "退货单", "G1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("单号", "退货日期", "客户名称", "客诉单号"),
        ("TH-KS-261120-02", ("2026-11-20", "2026-11-20"), "苏州振华家居有限公司", "KS-CC-2611-021"),
        ("number", "issue_date", "customer", "complaint_number"),
    ), cols=("AB", "DE"), span="G")  # fmt: skip
    heads = ("料号", "品名规格", "申请数量", "退货数量", "单价（含税）", "金额")
    kit.head_row(s, 4, "ABCDEFG", (*heads, "税额"))
    kit.return_lines(s, 5, (("HG-201-30", "铰链 201 / 3吋", 1800, 1800, 2.26),), heads)
    s.value("G5", round(1800 * 2.26 / 1.13 * 0.13, 2), path=None, label="税额", fmt="#,##0.00")
    foot = kit.field_rows(
        ("退货原因", "处理方式", "仓管", "核准"),
        ("铆钉松脱", ("退货换新", ["replace"]), "周敏", "郑国栋"),
        kit.RETURN_FOOT_PATHS,
    )  # fmt: skip
    kit.return_foot(s, 6, foot, "G")


# =============================================================================== allowance
def allowance_zht_zhengming(s: kit.Sheet) -> None:
    """The statutory 營業人銷貨退回進貨退出或折讓證明單 as a seller prints it: 原開立銷貨發票單位 with 統一編號 one digit a
    box, the invoice's 聯式 / 年 / 月 / 日 / 字軌 / 號碼 each in its own column under 開立發票, 品名 / 數量 / 單價 /
    金額(不含稅之進貨額) / 營業稅額 / 課稅別, 合計, the buyer (進貨營業人) with its 統一編號 in boxes, 中華民國 年 月 日."""
    s.text("A1", "營業人銷貨退回進貨退出或折讓證明單", "N1", size=14)
    s.text("A2", "原開立銷貨發票單位", "C3", bold=True)
    s.text("D2", "統一編號", "E2", bold=True)
    seller_id = "28453619"
    split_value(
        s, [(f"{c}2", d) for c, d in zip("FGHIJKLM", seller_id)], "seller.tax_id", "統一編號", seller_id
    )
    s.text("D3", "名稱", "E3", bold=True)
    s.value("F3", "台灣精密電子股份有限公司", path="seller.name", label="名稱", span="M3")
    s.text("A4", "開立發票", "F4", bold=True, shade=True, center=True)
    s.text("G4", "退貨或折讓內容", "N4", bold=True, shade=True, center=True)
    heads = ("聯式", "年", "月", "日", "字軌", "號碼", "品名", "", "數量", "單價", "金額(不含稅之進貨額)", "", "營業稅額",
             "課稅別")  # fmt: skip
    for col, h in zip("ABCDEFGHIJKLMN", heads):
        if h:
            s.text(f"{col}5", h, bold=True, shade=True, center=True)
    s.ws.merge_cells("G5:H5")
    s.ws.merge_cells("K5:L5")
    lines = kit.pick(s, (("觸控面板 10.1吋 品質折讓", 120, 45.0),), (("觸控面板 15.6吋 品質折讓", 45, 60.0),
                                                                 ("FPC 排線 50P 品質折讓", 45, 5.0)))  # fmt: skip
    inv = kit.pick(s, ("115", "10", "20", "AB", "38201157"), ("115", "11", "06", "AB", "38201923"))
    s.value("A6", "三聯式", path=None, label="聯式")
    split_value(
        s,
        [("B6", inv[0]), ("C6", inv[1]), ("D6", inv[2])],
        "invoice_date",
        "開立發票 年 / 月 / 日",
        f"{int(inv[0]) + 1911}-{inv[1]}-{inv[2]}",
    )
    split_value(s, [("E6", inv[3]), ("F6", inv[4])], "invoice_no", "字軌 / 號碼", inv[3] + inv[4])
    net = tax = 0.0
    for i, (name, q, p) in enumerate(lines):
        r, a = 6 + i, round(q * p)
        t = round(a * 0.05)
        net, tax = net + a, tax + t
        s.value(f"G{r}", name, path=f"items[{i}].name", label="品名", span=f"H{r}")
        s.value(f"I{r}", q, path=f"items[{i}].qty", label="數量", fmt="#,##0")
        s.value(f"J{r}", p, path=f"items[{i}].unit_price", label="單價", expect=kit.money(p), fmt="#,##0.00")
        s.value(f"K{r}", a, path=f"items[{i}].allowance_amount", label="金額(不含稅之進貨額)", expect=kit.money(a),
                fmt="#,##0", span=f"L{r}")  # fmt: skip
        s.value(f"M{r}", t, path=f"items[{i}].tax", label="營業稅額", expect=kit.money(t), fmt="#,##0")
        s.value(f"N{r}", "應稅", path=None, label="課稅別")
    s.text("G8", "合計", "J8", bold=True, center=True)
    s.value("K8", net, path="total_excl_tax", label="合計", expect=kit.money(net), fmt="#,##0", span="L8")
    s.value("M8", tax, path="total_tax", label="合計 營業稅額", expect=kit.money(tax), fmt="#,##0")
    kit.plain(s, "A9", "本證明單所列進貨退出或折讓，確屬事實，特此證明。", "N9")
    s.text("A10", "進貨營業人（或原買受人）", "C11", bold=True)
    s.text("D10", "名稱", "E10", bold=True)
    s.value("F10", "鴻準電機股份有限公司", path="buyer", label="名稱", span="M10")
    s.text("D11", "統一編號", "E11", bold=True)
    buyer_id = "53271846"
    split_value(
        s, [(f"{c}11", d) for c, d in zip("FGHIJKLM", buyer_id)], "buyer_tax_id", "統一編號", buyer_id
    )
    kit.lv(s, "A12", "蓋用統一發票專用章", "D12", "", None, lspan="C12", span="H12")
    kit.lv(s, "I12", "備註", "J12", kit.pick(s, "客訴編號 QC-1151103-01", "客訴編號 QC-1151121-04"), "complaint_number",
           expect=kit.pick(s, "QC-1151103-01", "QC-1151121-04"), span="N12")  # fmt: skip
    s.value("A13", kit.pick(s, "中華民國 115 年 11 月 19 日", "中華民國 115 年 12 月 03 日"), path="issue_date",
            label="中華民國 年 月 日", expect=kit.pick(s, "2026-11-19", "2026-12-03"), span="N13")  # fmt: skip


def allowance_en_hk(s: kit.Sheet) -> None:
    """A Hong Kong trading house's bilingual 貸項通知單 Credit Note: no sales tax, amounts ``HK$``, dates dd/mm/yyyy,
    原發票編號 Original Invoice No., 投訴編號 Complaint Ref., the total in words ``港幣…元正``, 核准 Approved by."""
    s.text("A1", "貸項通知單 Credit Note", "D1", size=14)
    kit.plain(s, "A2", "恒昌行有限公司 Hang Cheong Trading Co., Ltd.", "D2")
    kit.lv_pairs(s, 3, kit.field_rows(
        ("編號 No.", "日期 Date", "致 To", "原發票編號 Original Invoice No.", "投訴編號 Complaint Ref.", "原發票日期 Invoice Date"),
        (kit.pick(s, "CN-26-0417", "CN-26-0452"), kit.pick(s, ("25/11/2026", "2026-11-25"), ("10/12/2026", "2026-12-10")),
         "榮發貿易有限公司 Wing Fat Trading Co., Ltd.", kit.pick(s, "INV-26-10388", "INV-26-10502"),
         kit.pick(s, "HC-CC-26-118", "HC-CC-26-131"), kit.pick(s, ("28/10/2026", "2026-10-28"), ("14/11/2026", "2026-11-14"))),
        ("number", "issue_date", "buyer", "invoice_no", "complaint_number", "invoice_date"),
    ))  # fmt: skip
    heads = ("貨品描述 Description", "數量 Qty", "單價 Unit Price (HK$)", "金額 Amount (HK$)")
    kit.head_row(s, 7, "ABCD", heads)
    lines = kit.pick(s, (("電熱水壺 1.7L 換貨差價 Kettle 1.7L price adjustment", 360, 45.0),),
                     (("電熱水壺 1.8L 折讓 Kettle 1.8L allowance", 96, 50.0),))  # fmt: skip
    net = 0.0
    for i, (name, q, p) in enumerate(lines):
        r, a = 8 + i, round(q * p, 2)
        net += a
        s.value(f"A{r}", name, path=f"items[{i}].name", label=heads[0])
        s.value(f"B{r}", f"{q} pcs", path=f"items[{i}].qty", label=heads[1], expect=q)
        s.value(f"C{r}", f"HK${p:,.2f}", path=f"items[{i}].unit_price", label=heads[2], expect=kit.money(p))
        s.value(
            f"D{r}", f"HK${a:,.2f}", path=f"items[{i}].allowance_amount", label=heads[3], expect=kit.money(a)
        )
    kit.lv(s, "A10", "總額 Total", "D10", f"HK${net:,.2f}", "total", expect=kit.money(net), lspan="C10")
    words = kit.pick(s, "港幣壹萬陸仟貳佰元正", "港幣肆仟捌佰元正")
    kit.lv(s, "A11", "大寫 In Words", "B11", words, "total_in_words", span="D11")
    kit.lv(s, "A12", "核准 Approved by", "B12", "李志強 Ricky Lee", "approved_by_manager")


def allowance_zh_dalu(s: kit.Sheet) -> None:
    """A mainland branch's zh-Hans 销货折让证明单 in its Taiwanese group's words: 单号, 开立日期, 买受人 / 统一社会信用代码,
    原发票号码 / 发票日期, 客诉单号, lines 品名规格 / 数量 / 单价 / 折让金额 / 税额 13 %, 合计 / 税额合计 / 价税合计, the total in
    words ``人民币…元整``, 签核 核准."""
    s.text("A1", "销货折让证明单", "E1", size=15)
    kit.plain(s, "A2", "昆山永豐五金有限公司（永豐集团）", "E2")
    kit.lv_pairs(s, 3, kit.field_rows(
        ("单号", "开立日期", "买受人", "统一社会信用代码", "原发票号码", "发票日期", "客诉单号"),
        ("ZR-KS-261125-01", ("2026/11/25", "2026-11-25"), "苏州振华家居有限公司", "91320505MA1X7Q2K4R",
         "32022600000041187203", ("2026/11/02", "2026-11-02"), "KS-CC-2611-021"),
        ("number", "issue_date", "buyer", "buyer_tax_id", "invoice_no", "invoice_date", "complaint_number"),
    ), cols=("AB", "DE"))  # fmt: skip
    heads = ("品名规格", "数量", "单价", "折让金额", "税额")
    kit.head_row(s, 7, "ABCDE", heads)
    net, tax = kit.credit_cells(s, 8, (("铰链 201 / 3吋 铆钉松脱折让", 1800, 0.5),), heads, 0.13)
    for r, lab, x, path in ((10, "合计", net, "total_excl_tax"), (11, "税额合计", tax, "total_tax"),
                            (12, "价税合计", round(net + tax, 2), "total")):  # fmt: skip
        kit.lv(s, f"A{r}", lab, f"D{r}", x, path, expect=kit.money(x), lspan=f"C{r}", fmt="#,##0.00")
    kit.lv(s, "A13", "价税合计（大写）", "B13", "人民币壹仟零壹拾柒元整", "total_in_words", span="E13")
    s.text("A14", "签核", "E14", bold=True, center=True)
    signs(
        s,
        15,
        "ABC",
        ("承办", "审核", "核准"),
        ("孙浩", "钱文静", "郑国栋"),
        (None, None, "approved_by_manager"),
    )


_COPY2 = {"complaint_zht_kesu", "complaint_zht_baoyuan", "complaint_zh_pinzhi", "complaint_en_hk", "eightd_zht_gaishan",
          "return_zht_xiaohuo", "allowance_zht_zhengming", "allowance_en_hk", "complaint_zht_aomen"}  # fmt: skip
"""The drawings with a second copy in copy2/ (eight workbooks, one sent as PDF only)."""

EXCEL = [  # drawing (its name gives the id, kind and language), sheet, column widths, what it imitates
    kit.excel_layout(*tw_names(draw), draw, sheet, widths, imitates, copy2=draw.__name__ in _COPY2)
    for draw, sheet, widths, imitates in (
        (complaint_zht_kesu, "客訴", dict(A=16, B=30, C=14, D=30), "a Taiwanese electronics factory's 客訴處理單: 民國115年11月3日, 品名規格, 不良數 １２０, 承辦 / 審核 / 核准"),
        (complaint_zht_baoyuan, "抱怨", dict(A=6, B=14, C=26, D=14, E=26), "a Taiwanese hardware maker's 客戶抱怨處理單 with vertical block headings: 接獲日期 115/11/05, １２,０００ 個, 經辦人 / 課長"),
        (complaint_zh_pinzhi, "品异", dict(A=16, B=30, C=16, D=28), "a mainland branch's zh-Hans 品质异常处理单 in Taiwanese words: 发生日期 115.11.06, 提出单位, 异常数量 250 片, 暂时对策 / 永久对策, 签核"),
        (complaint_en_hk, "Complaint", dict(A=28, B=36, C=28, D=36), "a Hong Kong trading house's bilingual 客戶投訴表 Customer Complaint Form: dd/mm/yyyy, 有限公司, 換貨 Replacement"),
        (eightd_zht_gaishan, "8D", dict(A=18, B=34, C=14, D=30), "a Taiwanese 8D報告 numbered 一、… 八、: 問題描述, 暫時對策, 根本原因, 永久對策, 預防再發, 不良數 １２０ PCS"),
        (eightd_zh_dalu, "8D", dict(A=18, B=34, C=14, D=30), "a mainland branch's zh-Hans 8D报告 in Taiwanese words: 单号, 料号, 不良数, 暂时对策, 预防再发, 签核"),
        (return_zht_xiaohuo, "退回", dict(A=14, B=28, C=12, D=10, E=14, F=14), "a Taiwanese 銷貨退回單: 退貨數量, 單價, 金額, 營業稅 5%, 總計（新臺幣）"),
        (return_zht_tuihuo, "退貨", dict(A=16, B=26, C=14, D=14, E=12, F=14), "a Taiwanese 退貨單 in full-width digits: １，２００, NT$36,000, 新臺幣參萬陸仟元整, 重工後再出貨"),
        (return_zh_dalu, "退货", dict(A=14, B=20, C=12, D=12, E=14, F=12, G=12), "a mainland branch's zh-Hans 退货单: 料号, 品名规格, 单价（含税）, 税额, 签核"),
        (allowance_zht_zhengming, "折讓", dict(A=8, B=6, C=5, D=5, E=6, F=10, G=14, H=10, I=8, J=9, K=10, L=6, M=9, N=7), "the statutory 營業人銷貨退回進貨退出或折讓證明單: 統一編號 in boxes, 年 / 月 / 日 and 字軌 / 號碼 columns, 金額(不含稅之進貨額), 營業稅額"),
        (allowance_zh_dalu, "折让", dict(A=30, B=14, C=14, D=20, E=20), "a mainland branch's zh-Hans 销货折让证明单: 统一社会信用代码, 原发票号码, 税额 13 %, 人民币…元整, 签核"),
        (allowance_en_hk, "Credit", dict(A=34, B=30, C=30, D=30), "a Hong Kong bilingual 貸項通知單 Credit Note in HK$: dd/mm/yyyy, 港幣壹萬陸仟貳佰元正"),
    )
]  # fmt: skip


# =============================================================================== sent as PDF only
def complaint_zht_aomen(f: kit.PdfDraw) -> None:
    """A Macau trading house's 客戶投訴登記表 (fpdf2): 登記編號, 投訴日期 dd/mm/yyyy, 投訴公司 (the customer), 貨品編號 /
    貨品名稱, 送貨數量 / 問題數量, amounts in 澳門元 MOP (no field), 要求 退貨及賠償 (return and compensation), 跟進職員."""
    f = kit.CjkDraw.of(f)
    f.text(55, 16, "客戶投訴登記表", size=14)
    f.text(15, 23, "澳門利興貿易有限公司　Lei Heng Trading Company Limited", size=8)
    kit.pdf_lv_lines(f, 15, 48, 34, kit.field_rows(
        ("登記編號", "投訴日期", "投訴公司", "送貨單號", "貨品編號", "貨品名稱", "送貨數量", "問題數量", "貨值（澳門元）"),
        (kit.pick(f, "LH-C-2611-09", "LH-C-2612-02"), kit.pick(f, ("21/11/2026", "2026-11-21"), ("02/12/2026", "2026-12-02")),
         "新濠餐飲管理有限公司", kit.pick(f, "DN-26-3318", "DN-26-3402"), kit.pick(f, "TW-PL-0912", "TW-PL-0915"),
         kit.pick(f, "強化瓷餐碟 9吋", "強化瓷湯碗 6吋"), (kit.pick(f, "1,200 隻", "800 隻"), kit.pick(f, 1200, 800)),
         (kit.pick(f, "150 隻", "64 隻"), kit.pick(f, 150, 64)), "MOP 4,350.00"),
        ("number", "received_date", "customer", None, "part_no", "part_name", "ship_qty", "defect_qty", None),
    ), step=8)  # fmt: skip
    kit.pdf_lv_lines(f, 15, 48, 112, kit.field_rows(
        ("投訴內容", "客戶要求", "跟進職員"),
        (kit.pick(f, "碟邊崩缺，開箱時已破損，包裝隔板不足。", "湯碗釉面有黑點。"), ("退貨及賠償", ["return", "compensation"]),
         kit.pick(f, "何詠詩", "梁家豪")),
        ("description", "customer_request", "reporter"),
    ), step=8)  # fmt: skip


def eightd_en_pcb(f: kit.PdfDraw) -> None:
    """A Taiwanese PCB maker's bilingual 8D報告 8D Report to a Hong Kong customer (fpdf2), half-width colons, every label
    in Chinese then English: 8D No., 日期 Date ``2026.11.16``, 客訴單號 Complaint No., 料號 P/N, 不良數量 Defect Qty,
    D1 團隊成員 Team, D3 暫時對策 Containment, D4 根本原因 Root Cause, D5 永久對策, D7 預防再發 Prevention."""
    f = kit.CjkDraw.of(f)
    f.text(55, 16, "8D報告 8D Report（PCB 分層 Delamination）", size=13)
    kit.pdf_lv_lines(f, 15, 72, 30, kit.field_rows(
        ("8D No.", "日期 Date", "客戶 Customer", "客訴單號 Complaint No.", "料號 P/N", "不良數量 Defect Qty"),
        ("8D-PCB-1151116", ("2026.11.16", "2026-11-16"), "偉達電子有限公司 Wai Tat Electronics Ltd.", "WT-CS-26-1109",
         "PCB-6L-2207", ("96 pnl", 96)),
        kit.EIGHTD_HEAD_PATHS,
    ), step=8, colon=":")  # fmt: skip
    kit.pdf_team_line(f, 15, 72, 80, "D1 團隊成員 Team", ("謝明哲 Jason Hsieh", "葉淑惠 Amy Yeh", "邱俊宏 Kevin Chiu"),
                      sep=", ")  # fmt: skip
    steps = kit.eightd_steps(
        ("D2 問題描述 Problem", "D3 暫時對策 Containment", "D4 根本原因 Root Cause", "D4 流出原因 Escape Cause",
         "D5 永久對策 Corrective Action", "D6 效果驗證 Verification", "D7 預防再發 Prevention"),
        ("迴焊後板材分層起泡 Delamination after reflow, 96 pnl.", "庫存板 120 ℃ 烘烤 4 小時 Bake stock 4 h at 120 °C.",
         "壓合前內層吸濕 Inner layers absorbed moisture before lamination.", "出貨未做熱應力測試 No thermal stress test.",
         "棕化後 8 小時內壓合 Laminate within 8 h of oxide.", "熱應力 288 ℃ × 3 次無分層 Thermal stress passed.",
         "停留時間納入 MES 管制 Dwell time controlled in MES."),
    )  # fmt: skip
    y = kit.pdf_lv_lines(
        f, 15, 72, 90.0, [(lab, raw, path, None) for lab, raw, path in steps], step=9, colon=":"
    )
    kit.pdf_lv_lines(f, 15, 72, y, kit.field_rows(
        ("D8 結案日期 Closed", "核准 Approved"), (("2026.12.10", "2026-12-10"), "謝明哲 Jason Hsieh"),
        ("closure.closed_date", "closure.approved_by"),
    ), step=8, colon=":")  # fmt: skip


def return_en_hk(f: kit.PdfDraw) -> None:
    """A Hong Kong trading house's bilingual 退貨單 Goods Return Note (fpdf2): 退貨單號 GRN No., dd/mm/yyyy, 投訴編號
    Complaint Ref., lines with Qty Approved / Qty Returned and HK$ amounts, 處理 Disposition Replacement."""
    f = kit.CjkDraw.of(f)
    f.text(50, 16, "退貨單 Goods Return Note", size=14)
    kit.pdf_lv_lines(f, 15, 75, 30, kit.field_rows(
        ("退貨單號 GRN No.", "日期 Date", "客戶 Customer", "投訴編號 Complaint Ref."),
        ("GRN-26-0733", ("26/11/2026", "2026-11-26"), "榮發貿易有限公司 Wing Fat Trading Co., Ltd.", "HC-CC-26-118"),
        ("number", "issue_date", "customer", "complaint_number"),
    ), step=8, colon=":")  # fmt: skip
    cols = ((15, "貨品編號 Item No.", "part_no"), (55, "批准數量 Qty Approved", "qty_approved"),
            (100, "退回數量 Qty Returned", "qty_returned"), (145, "單價 Unit Price", "unit_price"),
            (172, "金額 Amount", "amount"))  # fmt: skip
    for x, lab, _p in cols:
        f.text(x, 70, lab, size=7, bold=True)
    f.pdf.line(15, 72, 195, 72)
    q, p = 360, 168.0
    for (x, lab, path), raw, exp in zip(cols, ("HC-KT-1702", f"{q} pcs", str(q), f"HK${p:,.2f}", f"HK${q * p:,.2f}"),
                                        (None, q, q, kit.money(p), kit.money(q * p))):  # fmt: skip
        f.value(x, 80, raw, path=f"items[0].{path}", label=lab, expect=exp, size=8)
    f.pdf.line(15, 83, 195, 83)
    kit.pdf_lv_lines(f, 15, 75, 94, kit.field_rows(
        ("退貨原因 Reason", "處理 Disposition", "收貨人 Received by", "批准 Approved by"),
        ("壺蓋彈簧失效 Lid spring failure", ("換貨 Replacement", ["replace"]), "張國榮 Leslie Cheung", "李志強 Ricky Lee"),
        kit.RETURN_FOOT_PATHS,
    ), step=8, colon=":")  # fmt: skip


def allowance_zht_sanlian(f: kit.PdfDraw) -> None:
    """The 營業人銷貨退回、進貨退出或折讓證明單 in its other variant (fpdf2): the buyer's and the seller's 統一編號 drawn in
    boxes, one column 開立發票日期 (``115.10.28``) and one 字軌號碼 (``CD-52710364``), 金額(不含稅之進貨額), 營業稅額, the
    total in words 新臺幣…元整, the buyer's stamp box."""
    f = kit.CjkDraw.of(f)
    f.text(30, 16, "營業人銷貨退回、進貨退出或折讓證明單", size=13)
    f.text(150, 24, "證明單號碼：", size=8)
    f.value(170, 24, "ZR-1151130-05", path="number", label="證明單號碼", size=8)
    f.text(15, 34, "進貨營業人（原買受人）名稱：")
    f.value(70, 34, "台揚通訊股份有限公司", path="buyer", label="名稱")
    f.text(15, 42, "統一編號：")
    buyer_id = "16452873"
    for k, d in enumerate(buyer_id):
        f.pdf.rect(40 + 6 * k, 38, 6, 6)
        f.text(41.5 + 6 * k, 42.5, d)
    if not f.blank:
        f.fields.append({"label": "統一編號", "cell": "p1!40,42", "value": buyer_id, "path": "buyer_tax_id",
                         "expect": buyer_id})  # fmt: skip
    cols = ((15, "開立發票日期", "invoice_date"), (42, "字軌號碼", "invoice_no"), (72, "品名", "name"), (110, "數量", "qty"),
            (128, "單價", "unit_price"), (146, "金額(不含稅之進貨額)", "allowance_amount"), (180, "營業稅額", "tax"))  # fmt: skip
    for x, lab, _p in cols:
        f.text(x, 56, lab, size=7, bold=True)
    f.pdf.line(15, 58, 195, 58)
    q, p = 96, 350.0
    a, t = round(q * p), round(q * p * 0.05)
    raws = ("115.10.28", "CD-52710364", "PCB 6L 分層折讓", kit.fw(f"{q}"), f"{p:,.2f}", f"{a:,}", f"{t:,}")
    exps = ("2026-10-28", "CD52710364", None, q, kit.money(p), kit.money(a), kit.money(t))
    for (x, lab, path), raw, exp in zip(cols, raws, exps):
        top = path in ("invoice_date", "invoice_no")
        f.value(x, 66, raw, path=path if top else f"items[0].{path}", label=lab, expect=exp, size=8)
    f.pdf.line(15, 69, 195, 69)
    kit.pdf_lv_lines(f, 15, 60, 80, kit.field_rows(
        ("合計金額", "營業稅額合計", "總計", "總計（大寫）", "客訴單號"),
        ((f"{a:,}", kit.money(a)), (f"{t:,}", kit.money(t)), (f"NT${a + t:,}", kit.money(a + t)), "新臺幣參萬伍仟貳佰捌拾元整",
         "TY-CS-1151109"),
        ("total_excl_tax", "total_tax", "total", "total_in_words", "complaint_number"),
    ), step=8)  # fmt: skip
    f.text(15, 126, "原開立銷貨發票營業人：")
    f.value(55, 126, "台灣精密電子股份有限公司", path="seller.name", label="原開立銷貨發票營業人")
    f.text(110, 126, "統一編號：")
    f.value(128, 126, "28453619", path="seller.tax_id", label="統一編號")
    f.text(15, 136, "本證明單所列進貨退出或折讓，確屬事實，特此證明。")
    f.text(15, 146, "進貨營業人（或原買受人）蓋用統一發票專用章")
    f.pdf.rect(100, 140, 30, 20)
    f.text(15, 170, "中華民國　")
    f.value(33, 170, "115 年 11 月 30 日", path="issue_date", label="中華民國 年 月 日", expect="2026-11-30")


SENT_AS_PDF = kit.sent_as_pdf(  # what it imitates, drawing (fpdf2)
    (
        ("a Macau trading house's 客戶投訴登記表: 21/11/2026, 澳門元 MOP, 退貨及賠償, 跟進職員", complaint_zht_aomen),
        ("a Taiwanese PCB maker's bilingual 8D報告 8D Report with half-width colons: 2026.11.16, D1 團隊成員 Team, 暫時對策 Containment", eightd_en_pcb),
        ("a Hong Kong bilingual 退貨單 Goods Return Note: 26/11/2026, HK$, 換貨 Replacement", return_en_hk),
        ("the 折讓證明單's other variant: 統一編號 in drawn boxes, 開立發票日期 115.10.28, 字軌號碼 CD-52710364, 新臺幣…元整", allowance_zht_sanlian),
    ),
    _COPY2,
)  # fmt: skip
for _lay in SENT_AS_PDF:
    _lay["id"] = f"tw-{_lay['id']}"


# =============================================================================== odd files
def _no_such_day_workbook() -> bytes:
    """A 客訴處理單 dated on a day that does not exist (``民國115年2月30日``)."""
    return kit.sheet_bytes("客訴", (("客訴處理單", None), ("客訴編號", "QC-1150230-01"), ("客訴日期", "民國115年2月30日"),
                                  ("客戶名稱", "鴻準電機股份有限公司"), ("料號", "TP-2210-A"), ("出貨數", "３，０００"),
                                  ("不良數", "１２０"), ("異常描述", "觸控失效。"), ("客戶要求", "退貨")),
                           dt.datetime(2026, 3, 2, 9, 0))  # fmt: skip


def _short_tax_id_workbook() -> bytes:
    """A 折讓證明單 whose buyer's 統一編號 has seven digits (``5327184``): no Taiwanese tax id."""
    return kit.sheet_bytes("折讓", (("營業人銷貨退回進貨退出或折讓證明單", None), ("進貨營業人名稱", "鴻準電機股份有限公司"),
                                  ("統一編號", "5327184"), ("開立發票日期", "115/10/20"), ("字軌號碼", "AB38201157"),
                                  ("品名", "觸控面板 品質折讓"), ("金額(不含稅之進貨額)", "5,400"), ("營業稅額", "270"),
                                  ("客訴編號", "QC-1151103-01"), ("日期", "115/11/19")),
                           dt.datetime(2026, 11, 19, 9, 0))  # fmt: skip


ODD = {
    "complaint-no-such-day.xlsx": (
        "a 客訴處理單 dated 民國115年2月30日, a day that does not exist: an error on the date, never 2026-02-28 or "
        "2026-03-02 silently",
        _no_such_day_workbook,
    ),
    "allowance-short-tax-id.xlsx": (
        "a 折讓證明單 whose buyer's 統一編號 has seven digits (5327184): an error or a warning on the tax id, never "
        "taken as it is silently",
        _short_tax_id_workbook,
    ),
}


if __name__ == "__main__":  # [--no-pdf] [--out DIR] (default: this folder)
    kit.run_with_odd(sys.argv[1:], HERE, (EXCEL, SENT_AS_PDF), SOURCE, "sixty-first held-out layouts", ODD)
