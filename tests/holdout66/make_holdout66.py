"""Write the sixty-sixth held-out set (run: ``python tests/holdout66/make_holdout66.py``).

Written from public descriptions of real forms WITHOUT reading the reader's code, for QUALITY-PROBLEM REPORTS OF STATE-OWNED
AND DEFENCE-RELATED ENTERPRISES AND THEIR SUPPLIERS (GJB-style 质量问题报告 and 归零 reports), full of official control
blocks: a 质量问题报告单 (``问题名称``, ``发生时机``, ``发生地点``, ``问题等级 ☐一般 ☑重大 ☐严重``, ``责任单位``, ``报告单位``,
``报告日期 2026年11月3日``, the document-control line ``密级：内部　编号：ZL-2026-031`` and ``第 1 页 共 2 页``, a signature chain
``编制 / 校对 / 审核 / 会签 / 批准`` with dates, ``（盖章）``); a user unit's 用户质量信息反馈单 with labels spaced out
(``使 用 单 位``, ``产 品 代 号``, ``批　次　号``, ``反馈日期 二〇二六年十一月五日``, ``故障现象``, ``军代表意见``); a prime
contractor's 质量整改通知单 (``发文单位``, ``受文单位``, ``整改期限`` a date that is no field, the supplier's reply under it); a
不合格品审理单 (``审理结论 ☐返工 ☐返修 ☑让步接收 ☐报废``, a bare ``数量``, the review board's signatures); a Taiwanese defence
supplier's 品質異常報告 in traditional script (``民國115年11月4日``, ``異常等級``, ``永久對策``); a 质量问题归零报告 with the five
technical and five management points (``定位准确 / 机理清楚 / 问题复现 / 措施有效 / 举一反三``, ``过程清楚 … 完善规章``,
``归零评审意见``); a Taiwanese 矯正預防措施報告 in eight steps; a 拒收批次退（换）货清单; a Taiwanese 退貨單; a 质量扣款通知单
(``需方（甲方）`` / ``供方（乙方）``, ``扣款金额``, ``大写``); an English debit note for liquidated damages (``Contracting Authority``,
``Contractor``, VAT 20 %). Sent as PDF only (fpdf2): an English Product Quality Deficiency Report with numbered capital
blocks (``4. REPORT CONTROL NUMBER``, ``24c. DATE 20261106``), an English supplier's Corrective Action Response, an English
Rejection Notice / Return to Vendor, a Taiwanese 品質扣款通知單. ``odd/`` holds a 质量问题报告单 dated in a month that does
not exist (``2026年13月5日``) and a 扣款通知单 whose 大写 does not say its total (``14,200.00``, ``人民币壹万肆仟元整``).

Fix what this set shows by a general rule, imitated in ``tests/layouts``, never on these files. Written by
tests/holdout_kit.py's ``run_with_odd``: each run the same xlsx and json bytes; the PDFs printed with ``soffice``
and drawn with fpdf2 (``--no-pdf`` keeps the committed PDFs; ``--out DIR`` writes elsewhere).
"""

from __future__ import annotations

import sys
from pathlib import Path

if str(Path(__file__).resolve().parents[1]) not in sys.path:  # tests/, where the kit is: tests/holdout_kit.py
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import holdout_kit as kit

if str(Path(__file__).resolve().parents[1] / "holdout61") not in sys.path:  # its sign-off row and ticks
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "holdout61"))
from make_holdout61 import signs, ticks

HERE, SOURCE = kit.generator(__file__, "sixty-sixth held-out imitation")
dt = kit.dt


def soe_names(draw) -> tuple[str, str, str]:
    """The kit's id, kind and language of a drawing, the id prefixed ``soe-`` (ids are unique across the sets)."""
    lid, kind, lang = kit.layout_names(draw)
    return f"soe-{lid}", kind, lang


def control(
    s: kit.Sheet, row: int, number, right: str, secret: str = "密级：内部", page: str = "第 1 页 共 2 页"
) -> None:
    """The document-control line of a state-owned enterprise's form: ``密级：内部　　编号：…`` typed in one cell (the
    number the form's own, ``number``: ``(typed, path)``) and ``第 1 页 共 2 页`` at the right."""
    typed, path = number
    s.value(f"A{row}", typed, path=path, label="编号", prefix=f"{secret}　　编号：", span=f"B{row}")
    kit.plain(s, f"C{row}", page, f"{right}{row}")


def chain(s: kit.Sheet, row: int, roles, names, paths, dates, cols: str = "ABCDE") -> None:
    """A signature chain ``编制 / 校对 / 审核 / 会签 / 批准``: the roles pre-printed on ``row``, under each the name and
    the date it was signed in one cell (``王建国　2026.11.03``); a field expects the name alone."""
    for col, role, name, path, when in zip(cols, roles, names, paths, dates, strict=True):
        s.text(f"{col}{row}", role, bold=True, shade=True, center=True)
        s.value(f"{col}{row + 1}", f"{name}　{when}", path=path, label=role, expect=name if path else None)
    s.height(row + 1, 30)


def block(s: kit.Sheet, row: int, heading: str, text: str, path: str | None, right: str = "D") -> int:
    """A heading over a long paragraph (``一、问题描述`` and the text under it, merged to ``right``); returns the row after."""
    s.text(f"A{row}", heading, f"{right}{row}", bold=True, shade=True)
    s.value(f"A{row + 1}", text, path=path, label=heading, span=f"{right}{row + 1}")
    return row + 2


# =============================================================================== complaint
def complaint_zh_baogao(s: kit.Sheet) -> None:
    """A GJB-style 质量问题报告单 raised by the prime contractor's assembly plant against a supplier's product: the
    control line (密级 / 编号 / 第 1 页 共 2 页), 问题名称 (no field: it names the product too), 产品名称 / 产品代号 with its
    drawing number in brackets / 批次号, 发生时机 and 发生地点 (no field), 问题等级 as ticks, 报告单位 (the one complaining),
    责任单位, 报告日期 2026年11月3日, 交付数量 / 故障数量 in 台, three headed paragraphs, a five-role signature chain."""
    s.text("A1", "质量问题报告单", "E1", size=15)
    control(s, 2, (kit.pick(s, "ZL-2026-031", "ZL-2026-047"), "number"), "E")
    kit.plain(s, "A3", "表号：Q/HY J 8.7-01-F1　　　　　　依据：GJB 9001C-2017 第 8.7 条、GJB 841", "E3")
    kit.lv_pairs(s, 4, kit.field_rows(
        ("问题名称", "合同编号", "产品名称", "产品代号", "批次号", "发生时机", "发生地点", "问题等级", "报告单位", "责任单位",
         "报告日期", "交付数量", "故障数量", "联 系 人"),
        (kit.pick(s, "某型二次电源模块 +15 V 输出电压超差", "某型二次电源模块上电无输出"),
         kit.pick(s, "HT-2026-ZB-0415", "HT-2026-ZB-0522"), "二次电源模块",
         kit.pick(s, ("DY-3A（图号 HY3.520.117）", "DY-3A"), ("DY-5B（图号 HY3.520.125）", "DY-5B")),
         kit.pick(s, "B2607-03", "B2609-01"), ticks(("研制", "试验", "交付验收", "使用"), ("交付验收",)),
         "总装厂 总装车间 三工位", (kit.pick(s, ticks(("一般", "重大", "严重"), ("重大",)), ticks(("一般", "重大", "严重"), ("一般",))),
                              kit.pick(s, "major", "general")),
         "华北航宇机电设备研究所", kit.pick(s, "电源事业部 装调车间", "电源事业部 检验科"),
         kit.pick(s, ("2026年11月3日", "2026-11-03"), ("2026年11月19日", "2026-11-19")),
         (kit.pick(s, "40 台", "24 台"), kit.pick(s, 40, 24)), (kit.pick(s, "3 台", "2 台"), kit.pick(s, 3, 2)),
         "刘工 010-6837****"),
        (None, "order_no", "part_name", "part_no", "lot_no", None, None, "severity", "customer",
         "responsible_unit", "received_date", "ship_qty", "defect_qty", None),
    ), cols=("AB", "CD"), span="E")  # fmt: skip
    r = block(s, 11, "一、问题描述（现象、发现过程、影响）", kit.pick(
        s, "2026 年 10 月 30 日总装厂在整机交付验收通电检查中，发现 3 台模块 +15 V 输出为 16.2 V～16.5 V，超出技术条件"
           "15 V ± 0.3 V 要求；其余 37 台合格。故障模块已隔离，整机交付推迟。",
        "整机联试上电时 2 台模块无输出，保险管未熔断。"), "description", right="E")  # fmt: skip
    r = block(s, r, "二、初步原因分析", kit.pick(
        s, "初步判断为稳压器 N3 外围分压电阻 R12 阻值漂移（实测 2.87 kΩ，标称 2.70 kΩ），该批电阻来自新供方。",
        "初步判断为输入滤波电容焊点虚焊。"), "root_cause", right="E")  # fmt: skip
    r = block(s, r, "三、已采取的措施", kit.pick(
        s, "对在制、库存 126 台模块隔离复测；已交付的 40 台召回复测。", "同批 24 台全部返厂复查焊点。"),
        "short_term_action", right="E")  # fmt: skip
    chain(s, r, ("编制", "校对", "审核", "会签", "批准"),
          (kit.pick(s, "王建国", "赵立新"), "孙敏", "李卫东", "周海", kit.pick(s, "陈志远", "陈志远")),
          ("reporter", None, None, None, "approver"),
          kit.pick(s, ("2026.11.03", "2026.11.03", "2026.11.04", "2026.11.04", "2026.11.05"),
                   ("2026.11.19", "2026.11.19", "2026.11.20", "2026.11.20", "2026.11.21")))  # fmt: skip
    kit.plain(
        s,
        f"A{r + 2}",
        "报告单位（盖章）　　　　　　　　　　　　　　　　　　　　　　第 1 页 共 2 页",
        f"E{r + 2}",
    )


def complaint_zh_fankui(s: kit.Sheet) -> None:
    """A user unit's 用户质量信息反馈单 to the factory, its labels spaced out to the cell's width: 使 用 单 位 (the one
    complaining), 产 品 名 称 / 产 品 代 号 / 批　次　号, 出 厂 编 号 (no field: a list of serials), 反馈日期 in Chinese
    numerals (二〇二六年十一月五日), 配套数量 / 故障件数 in 套, 故障现象 in a paragraph, 使用时机 (no field), 用户意见 as ticks,
    军代表意见 (no field), 反馈人 and 联系电话, the unit's seal."""
    s.text("A1", "用户质量信息反馈单", "D1", size=15)
    kit.plain(s, "A2", "密级：内部　　　　　　　　　　　　　　　　　　　　　　　　第 1 页 共 1 页", "D2")
    kit.lv_pairs(s, 3, kit.field_rows(
        ("编　　号", "反馈日期", "使 用 单 位", "产 品 名 称", "产 品 代 号", "批　次　号", "出 厂 编 号", "使 用 时 机",
         "配套数量", "故障件数"),
        (kit.pick(s, "YH-FK-2026-118", "YH-FK-2026-131"),
         kit.pick(s, ("二〇二六年十一月五日", "2026-11-05"), ("二〇二六年十一月二十二日", "2026-11-22")),
         "空军某部修理厂（第 5712 工厂）", kit.pick(s, "机载数据记录器", "机载数据记录器"), kit.pick(s, "JZ-7G", "JZ-7H"),
         kit.pick(s, "2605", "2607"), kit.pick(s, "0712、0715、0731", "0804、0811"),
         kit.pick(s, "外场试飞第 6 架次", "地面通电检查"), (kit.pick(s, "24 套", "16 套"), kit.pick(s, 24, 16)),
         (kit.pick(s, "3 套", "2 套"), kit.pick(s, 3, 2))),
        ("number", "received_date", "customer", "part_name", "part_no", "lot_no", None, None, "ship_qty", "defect_qty"),
    ))  # fmt: skip
    r = block(s, 8, "故障现象（含发生时间、环境条件、故障件状态）", kit.pick(
        s, "试飞第 6 架次着陆后下载数据时，3 套记录器存储卡无法识别，自检灯红色常亮；机上环境温度 -25 ℃，振动量级正常。"
           "重新上电后 1 套恢复，2 套仍无法识别。",
        "地面通电后记录器无响应，自检灯不亮。"), "description")  # fmt: skip
    kit.lv(s, f"A{r}", "用户意见", f"B{r}", (kit.pick(s, ticks(("更换", "返修", "退货"), ("更换",)), ticks(("更换", "返修", "退货"), ("返修",)))),
           "customer_request", expect=kit.pick(s, ["replacement"], ["rework"]), span=f"D{r}",
           blank_text="☐更换 ☐返修 ☐退货")  # fmt: skip
    kit.lv(s, f"A{r + 1}", "军代表意见", f"B{r + 1}", "情况属实，请承制单位按质量问题归零要求处理，30 日内书面回复。", None,
           span=f"D{r + 1}")  # fmt: skip
    kit.lv_pairs(s, r + 2, kit.field_rows(
        ("反 馈 人", "联系电话"), (kit.pick(s, "张振华", "马立军"), "029-8816****"), ("reporter", None),
    ))  # fmt: skip
    kit.plain(s, f"A{r + 3}", "使用单位（盖章）　　　　　　　　　　　　　二〇二六年　　月　　日", f"D{r + 3}")


def complaint_zh_zhenggai(s: kit.Sheet) -> None:
    """A prime contractor's 质量整改通知单 to its supplier: the number typed in the control line, 发文单位 (the one
    complaining), 受文单位 (the supplier, no field), 签发日期, 合同号, 产品名称 / 型号规格 / 批次号, 问题数量, 存在问题, 整改要求
    and 整改期限 (a deadline, no field), then the supplier's reply under 整改回复: 原因分析, 整改措施, 回复人."""
    s.text("A1", "质量整改通知单", "D1", size=15)
    s.value("A2", kit.pick(s, "ZG-2026-017", "ZG-2026-023"), path="number", label="编号", prefix="编号：")
    kit.plain(s, "B2", "密级：内部", "C2")
    kit.plain(s, "D2", "第 1 页 共 1 页")
    kit.lv_pairs(s, 3, kit.field_rows(
        ("发文单位", "受文单位", "签发日期", "合 同 号", "产品名称", "型号规格", "批 次 号", "问题数量"),
        ("北方航天装备总体部 质量处", "西安恒远精密机械有限公司", kit.pick(s, ("2026年11月6日", "2026-11-06"), ("2026年11月24日", "2026-11-24")),
         kit.pick(s, "BF-HT-2026-0388", "BF-HT-2026-0412"), kit.pick(s, "舵机输出轴", "舵机壳体"),
         kit.pick(s, "SJ-08-ZH（HY4.230.061）", "SJ-08-KT（HY4.230.058）"), kit.pick(s, "26-09-02", "26-10-01"),
         (kit.pick(s, "5 件", "8 件"), kit.pick(s, 5, 8))),
        ("customer", None, "received_date", "order_no", "part_name", "part_no", "lot_no", "defect_qty"),
    ))  # fmt: skip
    r = block(s, 7, "存在问题", kit.pick(
        s, "复验发现 5 件输出轴花键大径 φ12.02 mm，超出图纸 φ12-0.018 要求；该批次出厂检验记录为全部合格，存在漏检。",
        "8 件壳体安装孔位置度超差 0.05 mm。"), "description")  # fmt: skip
    r = block(
        s,
        r,
        "整改要求",
        "请于整改期限内查明原因、采取纠正措施，举一反三，提交质量问题归零报告并附复验记录。",
        None,
    )
    kit.lv_pairs(s, r, kit.field_rows(
        ("整改期限", "签 发 人"), (kit.pick(s, "2026年11月30日前", "2026年12月15日前"), "高建平"), (None, None),
    ))  # fmt: skip
    s.text(f"A{r + 1}", "整改回复（受文单位填写）", f"D{r + 1}", bold=True, center=True)
    r = kit.rows_down(s, r + 2, kit.field_rows(
        ("原因分析", "整改措施"),
        (kit.pick(s, "花键滚刀磨损后未及时更换，首件合格后未按规定巡检；终检量具为通止规，未测大径。", "镗孔夹具定位销磨损。"),
         kit.pick(s, "更换滚刀并规定每 200 件换刀；终检增加大径实测并记录；对同类花键零件复查。", "更换定位销，增加首件三坐标检测。")),
        ("root_cause", "long_term_action"),
    ))  # fmt: skip
    kit.lv_pairs(s, r, kit.field_rows(
        ("回 复 人", "回复日期"), (kit.pick(s, "何晓东", "何晓东"), kit.pick(s, "2026年11月20日", "2026年12月8日")), ("reporter", None),
    ))  # fmt: skip


def complaint_zh_shenli(s: kit.Sheet) -> None:
    """A 不合格品审理单 for parts the customer's incoming inspection rejected: 审理单号, 顾客单位 (the one complaining),
    提交日期, 产品名称 / 图号 / 批次号, 提交数量 / 不合格数量, 不合格情况描述, 责任部门, 审理结论 as ticks (让步接收 the
    disposition), a bare 数量 beside it (the count disposed, no field), the review board's signatures, 提出人."""
    s.text("A1", "不合格品审理单", "D1", size=15)
    kit.plain(s, "A2", "Q/HY 8.7-02-F3　　　　　　　　密级：内部　　　　　　　　第 1 页 共 1 页", "D2")
    kit.lv_pairs(s, 3, kit.field_rows(
        ("审理单号", "提交日期", "顾客单位", "发现部门", "产品名称", "图　　号", "批 次 号", "责任部门", "提交数量", "不合格数量"),
        (kit.pick(s, "SL-2026-0263", "SL-2026-0288"), kit.pick(s, dt.date(2026, 11, 9), dt.date(2026, 11, 26)),
         "中航某所 物资验收中心", "顾客入厂复验", kit.pick(s, "连接器插座", "连接器插头"),
         kit.pick(s, "HY5.810.022", "HY5.810.031"), kit.pick(s, "2608-11", "2609-04"), kit.pick(s, "装配二车间", "电镀车间"),
         (kit.pick(s, "120 件", "80 件"), kit.pick(s, 120, 80)), (kit.pick(s, "6 件", "4 件"), kit.pick(s, 6, 4))),
        ("number", "received_date", "customer", None, "part_name", "part_no", "lot_no", "responsible_unit", "ship_qty",
         "defect_qty"),
    ))  # fmt: skip
    r = block(s, 8, "不合格情况描述", kit.pick(
        s, "6 件插座镀金层外观有轻微划痕（长 ≤ 1.5 mm），不影响插合及接触电阻，接触电阻实测 ≤ 3 mΩ，符合要求。",
        "4 件插头镀层局部发暗。"), "description")  # fmt: skip
    kit.lv_pairs(s, r, kit.field_rows(
        ("审理结论", "数　　量"),
        ((kit.pick(s, ticks(("返工", "返修", "让步接收", "报废"), ("让步接收",)), ticks(("返工", "返修", "让步接收", "报废"), ("返工",))),
          kit.pick(s, ["concession"], ["rework"])),
         kit.pick(s, "6 件", "4 件")),
        ("disposition", None),
    ))  # fmt: skip
    s.text(f"A{r + 1}", "审理意见", bold=True, shade=True)
    s.value(
        f"B{r + 1}",
        "划痕不影响功能，同意让步接收，顾客代表已会签；责任部门加强镀后防护。",
        path=None,
        label="审理意见",
        span=f"D{r + 1}",
    )
    signs(
        s,
        r + 2,
        "ABCD",
        ("设计", "工艺", "质量", "军代表"),
        ("郑斌", "吴晓", "冯刚", "（签字）"),
        (None, None, None, None),
    )
    kit.lv_pairs(s, r + 4, kit.field_rows(
        ("提 出 人", "日　　期"), (kit.pick(s, "钱文静", "林涛"), kit.pick(s, "2026-11-09", "2026-11-26")), ("reporter", None),
    ))  # fmt: skip


def complaint_zht_yichang(s: kit.Sheet) -> None:
    """A Taiwanese defence supplier's 品質異常報告 in traditional script: the control line 機密等級 / 文件編號 / 第 1 頁 共 1 頁,
    報告編號, 報告日期 民國115年11月4日 beside 發生日期 (no field), 客戶, 合約編號, 料號 / 品名 / 批號, 交貨數量 / 不良數量 in PCS,
    異常等級 as ticks, 責任單位, 異常描述, 暫時對策, 原因分析, 永久對策, 填表 / 審核 / 核准 with dates."""
    s.text("A1", "品質異常報告", "D1", size=15)
    kit.plain(s, "A2", "機密等級：一般　　文件編號：QP-8.7-01-F03　　版次：B　　第 1 頁 共 1 頁", "D2")
    kit.lv_pairs(s, 3, kit.field_rows(
        ("報告編號", "報告日期", "發生日期", "客戶", "合約編號", "料號", "品名", "批號", "交貨數量", "不良數量", "異常等級", "責任單位"),
        (kit.pick(s, "QAR-115-0412", "QAR-115-0437"), kit.pick(s, ("民國115年11月4日", "2026-11-04"), ("民國115年11月20日", "2026-11-20")),
         kit.pick(s, "115年10月29日", "115年11月17日"), "國防科技研究院 系統製造中心", kit.pick(s, "NCSP-115-0381", "NCSP-115-0405"),
         kit.pick(s, "CA-3312-01", "CA-3312-02"), kit.pick(s, "線束組件（雷達天線座）", "線束組件（電源分配盒）"),
         kit.pick(s, "L115-0921", "L115-1014"), (kit.pick(s, "200 PCS", "150 PCS"), kit.pick(s, 200, 150)),
         (kit.pick(s, "12 PCS", "9 PCS"), kit.pick(s, 12, 9)),
         (kit.pick(s, ticks(("一般", "重要", "重大"), ("重要",)), ticks(("一般", "重要", "重大"), ("一般",))),
          kit.pick(s, "important", "general")), kit.pick(s, "製造課 線束組", "製造課 壓接組")),
        ("number", "received_date", None, "customer", "order_no", "part_no", "part_name", "lot_no", "ship_qty", "defect_qty",
         "severity", "responsible_unit"),
    ))  # fmt: skip
    r = kit.rows_down(s, 9, kit.field_rows(
        ("異常描述", "暫時對策", "原因分析", "永久對策"),
        (kit.pick(s, "客戶進料檢驗發現 12 PCS 線束 J3 端子壓接拉力不足（實測 38 N，規格 ≥ 50 N），其中 2 PCS 端子脫出。",
                  "9 PCS 線束標識套管印字錯誤。"),
         kit.pick(s, "庫存 86 PCS 全數拉力測試；客戶端 188 PCS 派員至現場篩選。", "庫存全數目檢。"),
         kit.pick(s, "壓接模具磨耗，壓接高度偏高 0.05 mm；首件拉力測試僅抽 1 PCS。", "印字機程式版本錯誤。"),
         kit.pick(s, "模具納入每 5,000 次保養；首件拉力測試改為 5 PCS 並記錄壓接高度。", "程式變更須經雙人確認。")),
        ("description", "short_term_action", "root_cause", "long_term_action"),
    ))  # fmt: skip
    chain(s, r, ("填表", "審核", "核准"), (kit.pick(s, "陳怡君", "黃志明"), "林建宏", "蔡明哲"), ("reporter", None, "approver"),
          kit.pick(s, ("115.11.04", "115.11.04", "115.11.05"), ("115.11.20", "115.11.20", "115.11.21")), cols="ABC")  # fmt: skip


# =============================================================================== 8D
def eightd_zh_guiling(s: kit.Sheet) -> None:
    """A GJB-style 质量问题归零报告 answering a 质量问题报告单: 报告编号, 报告日期 in Chinese numerals, 用户单位 (the customer),
    质量问题报告单编号, 产品代号, 问题数量, 归零小组 written 组长：…；成员：…, 问题概述, the five technical points each with
    text under it (定位准确 and 问题复现 no field; 机理清楚 the cause; 措施有效 the corrective action; 举一反三 the horizontal
    deployment), the five management points (完善规章 the documents updated), 归零评审意见, 评审日期, 评审组长."""
    s.text("A1", "质量问题归零报告", "D1", size=15)
    control(s, 2, (kit.pick(s, "GL-2026-019", "GL-2026-026"), "number"), "D", page="第 1 页 共 3 页")
    kit.lv_pairs(s, 3, kit.field_rows(
        ("报告日期", "用户单位", "质量问题报告单编号", "产品代号", "问题名称", "问题数量"),
        (kit.pick(s, ("二〇二六年十一月二十日", "2026-11-20"), ("二〇二六年十二月四日", "2026-12-04")), "华北航宇机电设备研究所",
         kit.pick(s, "ZL-2026-031", "ZL-2026-047"), kit.pick(s, "DY-3A", "DY-5B"),
         kit.pick(s, "二次电源模块 +15 V 输出电压超差", "二次电源模块上电无输出"), (kit.pick(s, "3 台", "2 台"), kit.pick(s, 3, 2))),
        ("opened_date", "customer", "complaint_number", "part_no", None, "problem.qty_complained"),
    ))  # fmt: skip
    team = kit.pick(s, ("王建国", "孙敏", "李卫东", "周海"), ("赵立新", "孙敏", "郑斌"))
    typed = f"组长：{team[0]}；成员：{'、'.join(team[1:])}"
    kit.lv(s, "A6", "归零小组", "B6", typed, None, span="D6")
    kit.members(s, "归零小组", "B6", typed, team)
    r = block(s, 7, "一、问题概述", kit.pick(
        s, "DY-3A 二次电源模块 B2607-03 批 40 台在总装厂交付验收时 3 台 +15 V 输出超差（16.2 V～16.5 V）。",
        "DY-5B 模块 2 台上电无输出。"), "problem.statement")  # fmt: skip
    s.text(f"A{r}", "二、技术归零", f"D{r}", bold=True, center=True)
    rows = kit.field_rows(
        ("1. 定位准确", "2. 机理清楚", "3. 问题复现", "4. 措施有效", "5. 举一反三"),
        (kit.pick(s, "故障定位于稳压器 N3 反馈分压电阻 R12。", "故障定位于输入滤波电容 C3 焊点。"),
         kit.pick(s, "新供方 RJ24 型电阻温度系数超标，高温老炼后阻值漂移 +6 %，分压比变化使输出升高。", "C3 焊盘设计偏小，回流焊润湿不良，振动后开路。"),
         kit.pick(s, "将漂移电阻装入合格模块，复现 +16.3 V 输出，与故障一致。", "对焊点施加振动，复现无输出。"),
         kit.pick(s, "R12 改用原供方军品级电阻并 100 % 筛选；已交付 40 台全部更换复测合格。", "加大焊盘并改为手工补焊，振动试验合格。"),
         kit.pick(s, "对使用同型电阻的 DY-2、DY-4 系列共 6 种模块排查，更换 312 只。", "排查同类焊盘设计的 4 种产品。")),
        (None, "root_cause[type=occurrence].cause", None, "corrective_actions[0].action", "prevention.horizontal_deployment"),
    )  # fmt: skip
    r = kit.rows_down(s, r + 1, rows)
    s.text(f"A{r}", "三、管理归零", f"D{r}", bold=True, center=True)
    r = kit.rows_down(s, r + 1, kit.field_rows(
        ("过程清楚", "责任明确", "措施落实", "严肃处理", "完善规章"),
        ("新供方未经鉴定即批量采购，元器件复验未做高温老炼。", "采购部负主要责任，质量部负检验责任。", "供方准入、复验规定已修订并执行。",
         "对相关责任人通报批评，扣减当季质量绩效。",
         kit.pick(s, "修订《元器件采购控制程序》和《元器件二次筛选细则》，增加高温老炼项目。", "修订《印制板焊盘设计规范》。")),
        (None, None, None, None, "prevention.documents_updated"),
    ))  # fmt: skip
    kit.lv(s, f"A{r}", "归零评审意见", f"B{r}", "问题定位准确，机理清楚，问题已复现，措施有效，已举一反三，同意技术归零和管理归零。", None,
           span=f"D{r}")  # fmt: skip
    kit.lv_pairs(s, r + 1, kit.field_rows(
        ("评审日期", "评审组长"),
        (kit.pick(s, ("2026年12月18日", "2026-12-18"), ("2026年12月28日", "2026-12-28")), kit.pick(s, "黄振宇", "黄振宇")),
        ("closure.closed_date", "closure.approved_by"),
    ))  # fmt: skip
    chain(s, r + 2, ("编制", "校对", "审核", "批准"), (kit.pick(s, "王建国", "赵立新"), "孙敏", "李卫东", "陈志远"),
          (None, None, None, None), ("2026.11.20", "2026.11.21", "2026.11.22", "2026.11.24"), cols="ABCD")  # fmt: skip


def eightd_zht_jiaozheng(s: kit.Sheet) -> None:
    """A Taiwanese defence supplier's 矯正預防措施報告 in eight steps to its customer: CAR編號, 開立日期 115.11.10, 客戶,
    品質異常報告編號, 料號, 不良數量, D1 小組成員 … D8 結案日期, 核准."""
    s.text("A1", "矯正預防措施報告（8D）", "D1", size=15)
    kit.plain(s, "A2", "機密等級：一般　　表單編號：QP-10.2-02-F01　　第 1 頁 共 2 頁", "D2")
    kit.lv_pairs(s, 3, kit.field_rows(
        ("CAR編號", "開立日期", "客戶", "品質異常報告編號", "料號", "不良數量"),
        (kit.pick(s, "CAR-115-031", "CAR-115-036"), kit.pick(s, ("115.11.10", "2026-11-10"), ("115.11.25", "2026-11-25")),
         "國防科技研究院 系統製造中心", kit.pick(s, "QAR-115-0412", "QAR-115-0437"), kit.pick(s, "CA-3312-01", "CA-3312-02"),
         (kit.pick(s, "12 PCS", "9 PCS"), kit.pick(s, 12, 9))),
        kit.EIGHTD_HEAD_PATHS,
    ))  # fmt: skip
    kit.team_cell(s, "A6", "D1 小組成員", "B6", ("陳怡君", "林建宏", "吳俊傑", "蔡明哲"), sep="、", span="D6")
    rows = kit.eightd_steps(
        ("D2 問題描述", "D3 緊急處置", "D4 根本原因", "D4 流出原因", "D5 矯正措施", "D6 效果確認", "D7 預防再發"),
        ("J3 端子壓接拉力不足 12 PCS，2 PCS 端子脫出。",
         "庫存及客戶端 274 PCS 全數拉力篩選，不良 3 PCS 已更換。",
         "壓接模具磨耗，壓接高度偏高 0.05 mm。",
         "首件拉力測試僅抽 1 PCS，未量壓接高度。",
         "更換模具；模具每 5,000 次保養；首件改抽 5 PCS 並記錄壓接高度。",
         "連續 3 批拉力 ≥ 62 N，客戶進料檢驗無異常。",
         "全廠 14 台壓接機比照實施，納入作業標準書。"),
    )  # fmt: skip
    kit.lv_rows(s, 7, rows)
    kit.lv_pairs(s, 14, kit.field_rows(
        ("D8 結案日期", "核准"), (kit.pick(s, ("115.12.15", "2026-12-15"), ("115.12.26", "2026-12-26")), "蔡明哲"),
        ("closure.closed_date", "closure.approved_by"),
    ))  # fmt: skip


# =============================================================================== return
def return_zh_tuihuan(s: kit.Sheet) -> None:
    """A 拒收批次退（换）货清单 for a rejected batch: 单号, 填报日期 in Chinese numerals, 退货单位 (the one returning),
    依据（质量问题报告单编号）, lines 产品代号 / 产品名称 / 批次号 (no field) / 拒收数量 / 实退数量 / 单价 / 金额, then 退货原因,
    处理方式 as ticks (换货), 库房签收, 审批."""
    s.text("A1", "拒收批次退（换）货清单", "G1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("单　　号", "填报日期", "退货单位", "依据（质量问题报告单编号）"),
        (kit.pick(s, "TH-2026-0092", "TH-2026-0104"),
         kit.pick(s, ("二〇二六年十一月十二日", "2026-11-12"), ("二〇二六年十一月二十八日", "2026-11-28")),
         "华北航宇机电设备研究所", kit.pick(s, "ZL-2026-031", "ZL-2026-047")),
        ("number", "issue_date", "customer", "complaint_number"),
    ), cols=("AB", "DE"), span="G")  # fmt: skip
    heads = ("产品代号", "产品名称", "拒收数量", "实退数量", "单价（元）", "金额（元）")
    lines = kit.pick(s, (("DY-3A", "二次电源模块", 40, 40, 4850.0, "B2607-03"),
                         ("DY-3A-FJ", "模块安装支架", 40, 38, 126.0, "B2607-03")),
                     (("DY-5B", "二次电源模块", 24, 24, 5260.0, "B2609-01"),))  # fmt: skip
    kit.return_table(s, heads, lines, {"C": ("批次号", "@")}, kit.field_rows(
        ("退货原因", "处理方式", "库房签收", "审　　批"),
        (kit.pick(s, "交付验收 +15 V 输出超差，整批拒收", "上电无输出，整批拒收"),
         (kit.pick(s, ticks(("换货", "退货", "返修"), ("换货",)), ticks(("换货", "退货", "返修"), ("返修",))),
          kit.pick(s, ["replace"], ["repair"])), "赵红梅", "陈志远"),
        kit.RETURN_FOOT_PATHS,
    ), "G")  # fmt: skip


def return_zht_tuihuo(s: kit.Sheet) -> None:
    """A Taiwanese defence supplier's 退貨單 for harnesses the customer sent back: 退貨單號, 退貨日期 民國115年11月14日,
    客戶, 品質異常報告編號, lines 料號 / 品名 / 核准數量 / 實退數量 in PCS / 單價 / 金額 (NT$), 退貨原因, 處理方式 重工後交貨,
    倉管簽收, 主管核准."""
    s.text("A1", "退貨單", "F1", size=15)
    kit.plain(s, "A2", "國防科技研究院 系統製造中心 → 宏昇電子工業股份有限公司（軍品事業部）", "F2")
    kit.lv_pairs(s, 3, kit.field_rows(
        ("退貨單號", "退貨日期", "客戶", "品質異常報告編號"),
        (kit.pick(s, "RT-115-1114-02", "RT-115-1201-01"),
         kit.pick(s, ("民國115年11月14日", "2026-11-14"), ("民國115年12月1日", "2026-12-01")), "國防科技研究院 系統製造中心",
         kit.pick(s, "QAR-115-0412", "QAR-115-0437")),
        ("number", "issue_date", "customer", "complaint_number"),
    ), cols=("AB", "DE"), span="F")  # fmt: skip
    heads = ("料號", "品名", "核准數量", "實退數量", "單價", "金額")
    kit.head_row(s, 5, "ABCDEF", heads)
    kit.return_lines(s, 6, kit.pick(s, (("CA-3312-01", "線束組件", 12, 12, 3850.0),), (("CA-3312-02", "線束組件", 9, 9, 4120.0),)),
                     heads, count=lambda n: f"{n} PCS", amount=lambda x: f"NT${x:,.0f}")  # fmt: skip
    kit.return_foot(s, 7, kit.field_rows(
        ("退貨原因", "處理方式", "倉管簽收", "主管核准"),
        (kit.pick(s, "端子壓接拉力不足", "標識套管印字錯誤"), ("重工後交貨", ["rework"]), "鄭美玲", "林建宏"),
        kit.RETURN_FOOT_PATHS,
    ), "F")  # fmt: skip


# =============================================================================== allowance
def allowance_zh_koukuan(s: kit.Sheet) -> None:
    """A prime contractor's 质量扣款通知单 (合同扣款 / 质量违约金) to its supplier: 通知单号, 日期 2026年11月25日, 需方（甲方）
    (the buyer) and its 纳税人识别号, 供方（乙方） (the seller), 合同编号 (no field), 原发票号码, 质量问题报告单编号, lines
    扣款项目 / 数量 / 单价 / 扣款金额 (no tax), 扣款金额合计, 大写, a sign-off row 经办 / 财务 / 部门经理 / 总经理."""
    s.text("A1", "质量扣款通知单", "D1", size=15)
    kit.plain(s, "A2", "（合同扣款 / 质量违约金）　　　　密级：内部　　　　第 1 页 共 1 页", "D2")
    kit.lv_pairs(s, 3, kit.field_rows(
        ("通知单号", "日　　期", "需方（甲方）", "纳税人识别号", "供方（乙方）", "合同编号", "原发票号码", "质量问题报告单编号"),
        (kit.pick(s, "KK-2026-0057", "KK-2026-0063"), kit.pick(s, ("2026年11月25日", "2026-11-25"), ("2026年12月10日", "2026-12-10")),
         "华北航宇机电设备研究所", "12100000400012345K", "河北恒瑞电源技术有限公司", kit.pick(s, "HT-2026-ZB-0415", "HT-2026-ZB-0522"),
         kit.pick(s, "13022000000041873366", "13022000000042015507"), kit.pick(s, "ZL-2026-031", "ZL-2026-047")),
        ("number", "issue_date", "buyer", "buyer_tax_id", "seller.name", None, "invoice_no", "complaint_number"),
    ))  # fmt: skip
    heads = ("扣款项目", "数量", "单价", "扣款金额")
    kit.head_row(s, 7, "ABCD", heads)
    lines = kit.pick(s, (("质量违约金（合同第 9.3 条，B2607-03 批货值 5 %）", 1, 9700.0), ("复验试验费（高温老炼）", 3, 1500.0)),
                     (("质量违约金（合同第 9.3 条，B2609-01 批货值 5 %）", 1, 6312.0),))  # fmt: skip
    total = 0.0
    for i, (name, q, p) in enumerate(lines):
        a = round(q * p, 2)
        total += a
        for col, val, path, exp, fmt in (("A", name, "name", None, None), ("B", q, "qty", q, "#,##0"),
                                         ("C", p, "unit_price", kit.money(p), "#,##0.00"),
                                         ("D", a, "allowance_amount", kit.money(a), "#,##0.00")):  # fmt: skip
            s.value(
                f"{col}{8 + i}",
                val,
                path=f"items[{i}].{path}",
                label=heads["ABCD".index(col)],
                expect=exp,
                fmt=fmt,
            )
    r = 8 + len(lines)
    kit.lv(
        s,
        f"A{r}",
        "扣款金额合计",
        f"D{r}",
        total,
        "total",
        expect=kit.money(total),
        lspan=f"C{r}",
        fmt="#,##0.00",
    )
    kit.lv(s, f"A{r + 1}", "大　　写", f"B{r + 1}", kit.pick(s, "人民币壹万肆仟贰佰元整", "人民币陆仟叁佰壹拾贰元整"), "total_in_words",
           span=f"D{r + 1}")  # fmt: skip
    signs(s, r + 2, "ABCD", ("经办", "财务", "部门经理", "总经理"), ("刘婷", "罗敏", kit.pick(s, "宋建军", "宋建军"), "杜永明"),
          (None, None, "approved_by_manager", "approved_by_gm"))  # fmt: skip
    kit.plain(s, f"A{r + 4}", "需方（盖章）　　　　　　　　　　　　　　　供方签收（盖章）", f"D{r + 4}")


def allowance_en_debit(s: kit.Sheet) -> None:
    """A British defence prime's Debit Note for liquidated damages after a quality rejection: Debit Note No., Date of
    Issue (12 November 2026), Contracting Authority (the buyer) and its VAT Reg. No., Contractor (the seller), Contract
    No. (no field), Invoice Ref., QDR Ref., lines Description / Qty / Rate / Net / VAT at 20 %, Net / VAT / Total, Authorised
    by with a title."""
    s.text("A1", "DEBIT NOTE — LIQUIDATED DAMAGES (QUALITY)", "E1", size=14)
    kit.plain(s, "A2", "OFFICIAL — SENSITIVE: COMMERCIAL        Page 1 of 1", "E2")
    kit.lv_pairs(s, 3, kit.field_rows(
        ("Debit Note No.", "Date of Issue", "Contracting Authority", "VAT Reg. No.", "Contractor", "Contract No.",
         "Invoice Ref.", "QDR Ref."),
        (kit.pick(s, "DN-LD-26-0117", "DN-LD-26-0124"), kit.pick(s, ("12 November 2026", "2026-11-12"), ("3 December 2026", "2026-12-03")),
         "Harland Defence Systems Ltd", "GB 284 6612 03", "Corwen Precision Components Ltd", "HDS/C/2025/0419",
         kit.pick(s, "INV-CPC-26-3381", "INV-CPC-26-3460"), kit.pick(s, "QDR-26-0871", "QDR-26-0902")),
        ("number", "issue_date", "buyer", "buyer_tax_id", "seller.name", None, "invoice_no", "complaint_number"),
    ), cols=("AB", "DE"))  # fmt: skip
    heads = ("Description", "Qty", "Rate (GBP)", "Net (GBP)", "VAT (GBP)")
    kit.head_row(s, 7, "ABCDE", heads)
    lines = kit.pick(s, (("Liquidated damages — late replacement of rejected lot 2609 (clause 21.4)", 1, 4200.0),
                         ("Re-inspection of rejected lot, hours", 12, 65.0)),
                     (("Liquidated damages — rejected lot 2611 (clause 21.4)", 1, 3600.0),))  # fmt: skip
    net, tax = kit.credit_cells(s, 8, lines, heads, 0.20)
    r = 8 + len(lines)
    for k, (lab, x, path) in enumerate((("Net Total", net, "total_excl_tax"), ("VAT @ 20%", tax, "total_tax"),
                                        ("Total Due (GBP)", round(net + tax, 2), "total"))):  # fmt: skip
        kit.lv(
            s, f"C{r + k}", lab, f"E{r + k}", x, path, expect=kit.money(x), lspan=f"D{r + k}", fmt="#,##0.00"
        )
    kit.lv(s, f"A{r + 3}", "Authorised by", f"B{r + 3}", "Gareth Hughes, Commercial Manager", "approved_by_manager",
           expect="Gareth Hughes")  # fmt: skip


_COPY2 = {"complaint_zh_baogao", "complaint_zh_fankui", "complaint_zh_zhenggai", "complaint_zh_shenli",
          "complaint_zht_yichang", "eightd_zh_guiling", "return_zh_tuihuan", "allowance_zh_koukuan", "complaint_en_pqdr"}  # fmt: skip
"""The drawings with a second copy in copy2/ (eight workbooks, one sent as PDF only)."""

EXCEL = [  # drawing (its name gives the id, kind and language), sheet, column widths, what it imitates
    kit.excel_layout(*soe_names(draw), draw, sheet, widths, imitates, copy2=draw.__name__ in _COPY2)
    for draw, sheet, widths, imitates in (
        (complaint_zh_baogao, "报告单", dict(A=14, B=30, C=14, D=30, E=14), "a GJB-style 质量问题报告单: 密级 / 编号 control line, 问题名称, 发生时机 / 发生地点, 问题等级 ticks, 报告单位, 责任单位, 2026年11月3日, 编制 / 校对 / 审核 / 会签 / 批准 chain, （盖章）"),
        (complaint_zh_fankui, "反馈单", dict(A=16, B=32, C=16, D=30), "a user unit's 用户质量信息反馈单: labels spaced out (使 用 单 位), 二〇二六年十一月五日, 出厂编号, 故障现象, 用户意见 ticks, 军代表意见"),
        (complaint_zh_zhenggai, "通知单", dict(A=16, B=32, C=16, D=30), "a prime contractor's 质量整改通知单: 发文单位 / 受文单位, 签发日期, 整改期限, the supplier's reply (原因分析, 整改措施, 回复人)"),
        (complaint_zh_shenli, "审理单", dict(A=14, B=30, C=14, D=30), "a 不合格品审理单: 顾客单位, 图号, 提交数量 / 不合格数量, 审理结论 返工 / 返修 / 让步接收 / 报废, a bare 数量, the review board"),
        (complaint_zht_yichang, "異常報告", dict(A=14, B=32, C=14, D=32), "a Taiwanese defence supplier's 品質異常報告: 機密等級, 民國115年11月4日, 合約編號, PCS, 異常等級 ticks, 永久對策, 填表 / 審核 / 核准"),
        (eightd_zh_guiling, "归零报告", dict(A=18, B=34, C=18, D=30), "a 质量问题归零报告: 组长：…；成员：…, the five technical points (定位准确 … 举一反三) and five management points (过程清楚 … 完善规章), 归零评审意见"),
        (eightd_zht_jiaozheng, "8D", dict(A=18, B=34, C=18, D=30), "a Taiwanese 矯正預防措施報告 (8D): CAR編號, 115.11.10, 品質異常報告編號, D3 緊急處置, D7 預防再發"),
        (return_zh_tuihuan, "退换货", dict(A=14, B=18, C=12, D=16, E=12, F=12, G=14), "a 拒收批次退（换）货清单: 依据（质量问题报告单编号）, 批次号 column, 拒收数量 / 实退数量, 处理方式 ticks"),
        (return_zht_tuihuo, "退貨", dict(A=14, B=20, C=12, D=16, E=14, F=14), "a Taiwanese defence supplier's 退貨單: 核准數量 / 實退數量 in PCS, NT$, 重工後交貨, 倉管簽收"),
        (allowance_zh_koukuan, "扣款", dict(A=34, B=26, C=16, D=26), "a 质量扣款通知单: 需方（甲方） / 供方（乙方）, 质量违约金 and 复验试验费 lines, no tax, 扣款金额合计, 大写"),
        (allowance_en_debit, "Debit", dict(A=36, B=24, C=18, D=22, E=16), "a British prime's Debit Note for liquidated damages: Contracting Authority, Contractor, 12 November 2026, VAT 20 %"),
    )
]  # fmt: skip


# =============================================================================== sent as PDF only
def complaint_en_pqdr(f: kit.PdfDraw) -> None:
    """A Product Quality Deficiency Report in the style of the US standard form (fpdf2): numbered capital blocks, the
    originator (1a. FROM, the one complaining), 2a. TO (no field), 3. DATE DEFICIENCY DISCOVERED (no field), 4. REPORT
    CONTROL NUMBER, 5. NSN (no field), 6. NOMENCLATURE, 8. MFR'S PART NUMBER, 9. SERIAL/LOT/BATCH NUMBER, 10a. CONTRACT
    NUMBER, 13a / 13c quantities, 22. DETAILS, 23. RECOMMENDATION, 24a. ORIGINATOR, 24c. DATE as YYYYMMDD."""
    f.text(40, 14, "PRODUCT QUALITY DEFICIENCY REPORT", size=13)
    f.text(15, 20, "CUI (when filled in)          Category I          Page 1 of 1", size=8)
    y = kit.pdf_lv_lines(f, 15, 95, 30, kit.field_rows(
        ("1a. FROM (Originator)", "2a. TO (Screening Point)", "3. DATE DEFICIENCY DISCOVERED", "4. REPORT CONTROL NUMBER",
         "5. NATIONAL STOCK NUMBER (NSN)", "6. NOMENCLATURE", "8. MFR'S PART NUMBER", "9. SERIAL/LOT/BATCH NUMBER",
         "10a. CONTRACT NUMBER", "13a. QUANTITY RECEIVED", "13c. QUANTITY DEFICIENT"),
        ("Fleet Readiness Center East, Code 4.3", "DLA Aviation Product Quality", kit.pick(f, "20261102", "20261118"),
         kit.pick(f, "N65923-26-0117", "N65923-26-0142"), "5998-01-672-4410",
         kit.pick(f, "Circuit Card Assembly, Power", "Circuit Card Assembly, Interface"),
         kit.pick(f, "PCA-7740-02", "PCA-7751-01"), kit.pick(f, "LOT 2608A", "LOT 2609C"),
         kit.pick(f, "SPE4A1-25-D-0331", "SPE4A1-25-D-0348"), (kit.pick(f, "48 EA", "30 EA"), kit.pick(f, 48, 30)),
         (kit.pick(f, "7 EA", "4 EA"), kit.pick(f, 7, 4))),
        ("customer", None, None, "number", None, "part_name", "part_no", "lot_no", "order_no", "ship_qty", "defect_qty"),
    ), step=7, colon="")  # fmt: skip
    y = kit.pdf_lv_lines(f, 15, 95, y + 3, kit.field_rows(
        ("22. DETAILS", "23. RECOMMENDATION", "24a. ORIGINATOR (Typed name)", "24c. DATE"),
        (kit.pick(f, "7 EA failed acceptance test: +28 V rail ripple 410 mV (max 150 mV); C14 bulging.",
                  "4 EA no output on J2 after installation."),
         (kit.pick(f, "Replace deficient units; supplier investigation requested.", "Replace deficient units."),
          ["replacement"]),
         kit.pick(f, ("M. Alvarez, QA Specialist", "M. Alvarez"), ("T. Nguyen, QA Specialist", "T. Nguyen")),
         kit.pick(f, ("20261106", "2026-11-06"), ("20261120", "2026-11-20"))),
        ("description", "customer_request", "reporter", "received_date"),
    ), step=7, colon="")  # fmt: skip


def eightd_en_car(f: kit.PdfDraw) -> None:
    """A supplier's Corrective Action Response to a defence prime's CAR (fpdf2): CAR No., Date Issued 10-Nov-2026, Prime
    Contractor (the customer), QDR Ref., Part Number, Qty Nonconforming, Block 1 … Block 8, Closure Date, Approved (Customer
    QA)."""
    f.text(45, 16, "CORRECTIVE ACTION RESPONSE", size=14)
    f.text(15, 23, "Supplier: Corwen Precision Components Ltd    AS9100 Rev D    Form QF-10.2-03", size=8)
    kit.pdf_lv_lines(f, 15, 70, 32, kit.field_rows(
        ("CAR No.", "Date Issued", "Prime Contractor", "QDR Ref.", "Part Number", "Qty Nonconforming"),
        ("CAR-HDS-26-0233", ("10-Nov-2026", "2026-11-10"), "Harland Defence Systems Ltd", "QDR-26-0871", "CPC-4471-B",
         ("18 pcs", 18)),
        kit.EIGHTD_HEAD_PATHS,
    ), step=7, colon=":")  # fmt: skip
    team = ("R. Price", "S. Malik", "D. Evans")
    f.text(15, 78, "Block 1 Team:")
    f.value(70, 78, "; ".join(team), path=None, label="Block 1 Team")
    kit.members(f, "Block 1 Team", "p1!70,78", "; ".join(team), team)
    steps = kit.eightd_steps(
        ("Block 2 Problem Description", "Block 3 Containment", "Block 4 Root Cause", "Block 4 Escape Cause",
         "Block 5 Corrective Action", "Block 6 Verification", "Block 7 Preventive Action"),
        ("18 brackets of lot 2609 with bore 0.04 mm oversize; rejected at goods-in.",
         "Quarantine 240 pcs at Corwen; 100% bore gauging at Harland stores.",
         "Worn boring bar not replaced; tool-life counter disabled after a software update.",
         "Final inspection used go gauge only; no-go check omitted from the plan.",
         "Tool-life counter restored and locked; no-go gauge added to final inspection.",
         "3 lots 100% gauged, zero rejects; Harland goods-in accepted lot 2611.",
         "Tool-life lock rolled out to all 11 CNC cells; FMEA and control plan revised."),
    )  # fmt: skip
    y = kit.pdf_lv_lines(
        f, 15, 70, 88.0, [(lab, raw, path, None) for lab, raw, path in steps], step=8, colon=":"
    )
    kit.pdf_lv_lines(f, 15, 70, y, kit.field_rows(
        ("Block 8 Closure Date", "Approved (Customer QA)"), (("18-Dec-2026", "2026-12-18"), "J. Whitfield"),
        ("closure.closed_date", "closure.approved_by"),
    ), step=7, colon=":")  # fmt: skip


def return_en_rtv(f: kit.PdfDraw) -> None:
    """A defence prime's Rejection Notice / Return to Vendor (fpdf2): RTV No., Date, Returned by (the customer), QDR Ref.,
    lines Part No. / Nomenclature / Qty Rejected / Qty Shipped / Unit Price / Ext. Price, Reason for Rejection,
    Disposition, Received by (Vendor Stores), Authorised by."""
    f.text(35, 16, "REJECTION NOTICE / RETURN TO VENDOR", size=13)
    f.text(15, 22, "OFFICIAL - SENSITIVE: COMMERCIAL", size=8)
    kit.pdf_lv_lines(f, 15, 60, 30, kit.field_rows(
        ("RTV No.", "Date", "Returned by", "QDR Ref."),
        ("RTV-HDS-26-0419", ("14 Nov 2026", "2026-11-14"), "Harland Defence Systems Ltd, Goods Inwards", "QDR-26-0871"),
        ("number", "issue_date", "customer", "complaint_number"),
    ), step=7, colon=":")  # fmt: skip
    cols = ((15, "Part No.", "part_no"), (45, "Nomenclature", "part_name"), (100, "Qty Rejected", "qty_approved"),
            (125, "Qty Shipped", "qty_returned"), (150, "Unit Price", "unit_price"), (175, "Ext. Price", "amount"))  # fmt: skip
    for x, lab, _p in cols:
        f.text(x, 64, lab, size=8, bold=True)
    f.pdf.line(15, 66, 195, 66)
    lines = (
        ("CPC-4471-B", "Bracket, mounting", 18, 18, 86.5),
        ("CPC-4471-S", "Spacer, bracket", 36, 30, 7.25),
    )
    for i, (code, name, qa, q, p) in enumerate(lines):
        y = 73 + 7 * i
        for (x, lab, path), raw, exp in zip(cols, (code, name, f"{qa} EA", f"{q} EA", f"£{p:,.2f}", f"£{q * p:,.2f}"),
                                            (None, None, qa, q, kit.money(p), kit.money(q * p))):  # fmt: skip
            f.value(x, y, raw, path=f"items[{i}].{path}", label=lab, expect=exp, size=8)
    f.pdf.line(15, 90, 195, 90)
    kit.pdf_lv_lines(f, 15, 60, 100, kit.field_rows(
        ("Reason for Rejection", "Disposition", "Received by", "Authorised by"),
        ("Bore oversize 0.04 mm (drawing CPC-4471 rev C)", ("Return for replacement", ["replace"]), "K. Moss",
         "P. Davies"),
        kit.RETURN_FOOT_PATHS,
    ), step=7, colon=":")  # fmt: skip


def allowance_zht_koukuan(f: kit.PdfDraw) -> None:
    """A Taiwanese defence customer's 品質扣款通知單 to its supplier (fpdf2): 單號, 日期 115/11/28, 買受人 and its 統一編號,
    原發票號碼, 品質異常報告編號, lines 項目 / 數量 / 單價 / 扣款金額 / 稅額 5 %, 合計 / 營業稅 / 總計 (NT$), 經理."""
    f = kit.CjkDraw.of(f)
    f.text(70, 16, "品質扣款通知單", size=15)
    f.text(15, 23, "宏昇電子工業股份有限公司（軍品事業部）　　機密等級：一般　　第 1 頁 共 1 頁", size=8)
    kit.pdf_lv_lines(f, 15, 45, 34, kit.field_rows(
        ("單　　號", "日　　期", "買 受 人", "統一編號", "原發票號碼", "品質異常報告編號"),
        ("KK-115-1128", ("115/11/28", "2026-11-28"), "國防科技研究院 系統製造中心", "06531742", "AB-38201147", "QAR-115-0412"),
        ("number", "issue_date", "buyer", "buyer_tax_id", "invoice_no", "complaint_number"),
    ), step=7)  # fmt: skip
    cols = ((15, "項目", "name"), (95, "數量", "qty"), (115, "單價", "unit_price"), (140, "扣款金額", "allowance_amount"),
            (172, "稅額", "tax"))  # fmt: skip
    for x, lab, _p in cols:
        f.text(x, 84, lab, bold=True)
    f.pdf.line(15, 86, 195, 86)
    net = tax = 0.0
    for i, (name, q, p) in enumerate((("品質扣款 CA-3312-01 線束", 12, 385.0), ("複驗工時", 8, 650.0))):
        a, t = round(q * p, 2), round(q * p * 0.05, 2)
        net, tax = net + a, tax + t
        for (x, lab, path), raw, exp in zip(cols, (name, f"{q}", f"{p:,.0f}", f"{a:,.0f}", f"{t:,.0f}"),
                                            (None, q, kit.money(p), kit.money(a), kit.money(t))):  # fmt: skip
            f.value(x, 94 + 8 * i, raw, path=f"items[{i}].{path}", label=lab, expect=exp)
    f.pdf.line(15, 105, 195, 105)
    kit.pdf_lv_lines(f, 15, 45, 114, kit.field_rows(
        ("合　　計", "營 業 稅", "總　　計", "經　　理"),
        ((f"NT${net:,.0f}", kit.money(net)), (f"NT${tax:,.0f}", kit.money(tax)), (f"NT${net + tax:,.0f}", kit.money(net + tax)),
         "林建宏"),
        ("total_excl_tax", "total_tax", "total", "approved_by_manager"),
    ), step=7)  # fmt: skip


SENT_AS_PDF = kit.sent_as_pdf(  # what it imitates, drawing (fpdf2)
    (
        ("a Product Quality Deficiency Report in the US standard form's style: numbered capital blocks, 1a. FROM (Originator), REPORT CONTROL NUMBER, NSN, SERIAL/LOT/BATCH NUMBER, 24c. DATE 20261106", complaint_en_pqdr),
        ("a supplier's Corrective Action Response to a defence prime's CAR: Block 1 … Block 8, Prime Contractor, 10-Nov-2026", eightd_en_car),
        ("a defence prime's Rejection Notice / Return to Vendor: Qty Rejected / Qty Shipped in EA, £, Return for replacement", return_en_rtv),
        ("a Taiwanese defence customer's 品質扣款通知單: 買受人, 統一編號, 115/11/28, 扣款金額, NT$", allowance_zht_koukuan),
    ),
    _COPY2,
)  # fmt: skip
for _lay in SENT_AS_PDF:
    _lay["id"] = f"soe-{_lay['id']}"


# =============================================================================== odd files
def _no_such_month_workbook() -> bytes:
    """A 质量问题报告单 whose 报告日期 is in a month that does not exist (``2026年13月5日``)."""
    return kit.sheet_bytes("报告单", (("质量问题报告单", None), ("编号", "ZL-2026-131"), ("报告日期", "2026年13月5日"),
                                    ("报告单位", "华北航宇机电设备研究所"), ("产品代号", "DY-3A"), ("批次号", "B2607-03"),
                                    ("问题描述", "+15 V 输出超差。"), ("故障数量", "3 台")),
                           dt.datetime(2026, 11, 20, 9, 0))  # fmt: skip


def _words_disagree_workbook() -> bytes:
    """A 质量扣款通知单 whose 大写 says another amount than its total (14,200.00 written 人民币壹万肆仟元整)."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "扣款"
    for row in (("质量扣款通知单",), ("通知单号", "KK-2026-0099"), ("日期", "2026-11-25"),
                ("需方（甲方）", "华北航宇机电设备研究所"), ("纳税人识别号", "12100000400012345K"),
                ("原发票号码", "13022000000041873366"), ("原发票日期", "2026-10-20"), ("质量问题报告单编号", "ZL-2026-031"),
                ("扣款项目", "数量", "单价", "扣款金额"), ("质量违约金（合同第 9.3 条）", 1, 9700.0, 9700.0),
                ("复验试验费", 3, 1500.0, 4500.0), ("扣款金额合计", None, None, 14200.0), ("大写", "人民币壹万肆仟元整")):  # fmt: skip
        ws.append(row)
    return kit.workbook_bytes(wb, dt.datetime(2026, 11, 25, 9, 0))


ODD = {
    "complaint-no-such-month.xlsx": (
        "a 质量问题报告单 dated 2026年13月5日, a month that does not exist: an error on the date, never a date guessed "
        "silently",
        _no_such_month_workbook,
    ),
    "allowance-words-disagree.xlsx": (
        "a 质量扣款通知单 whose 大写 人民币壹万肆仟元整 does not say its total 14,200.00: an error on the amount in words, "
        "never taken silently",
        _words_disagree_workbook,
    ),
}


if __name__ == "__main__":  # [--no-pdf] [--out DIR] (default: this folder)
    kit.run_with_odd(sys.argv[1:], HERE, (EXCEL, SENT_AS_PDF), SOURCE, "sixty-sixth held-out layouts", ODD)
