"""Write the sixty-fourth held-out set (run: ``python tests/holdout64/make_holdout64.py``).

Written from public descriptions of real forms WITHOUT reading the reader's code, for COMPLAINTS ABOUT HOME APPLIANCES,
FURNITURE AND OTHER CONSUMER DURABLES as they travel through dealers, service networks and installers: a brand's
售后服务工单 filled by a service engineer (``工单号``, ``服务网点``, ``用户姓名``, ``联系电话 138****5678``, ``购机日期`` /
``安装日期`` / ``报修日期`` side by side, ``内机条码`` / ``外机条码``, ``故障现象``, ``故障代码 E4``, ``处理措施``, ``更换配件``,
``用户签字``), a dealer's 质量反馈单 to the factory (``经销商名称``, ``门店``, ``型号规格``, ``进货数量(台)``, ``故障数量(台)``), a
furniture maker's 客诉单 from a retailer (``订单号``, ``款号``, ``颜色`` / ``尺寸`` / ``板材``, ``安装师傅``, photos noted), a Hong
Kong dealer's 維修投訴單 in traditional script (``機身編號``, ``購買日期`` / ``故障日期``, dd/mm/yyyy), an English distributor's
warranty claim (``Model No.``, ``Serial No.``, ``Date of Purchase``, ``Date of Failure``, ``Labour cost``, ``Parts cost``); an
8D on compressors failing in the field (zh-Hans), a Taiwanese 8D on refrigerator door seals (zh-Hant); a 返厂单 for units sent
back from a regional warehouse (``整机 / 配件``, ``台`` / ``件``), a Taiwanese dealer's 退貨單; a dealer's 折让单 for 返利 /
价保, an English warranty credit note (labour and parts lines, GST). Sent as PDF only (fpdf2): a service engineer's paper
维修单 (``机身条码``, ``故障代码``, the parts list with prices, ``用户签字``), an English 8D on washing machine control boards, an
English RMA return from a distributor's warehouse, a Hong Kong dealer's 價保折讓單 in HK$. ``odd/`` holds a service order
dated in a month that does not exist (``2026-13-05``) and a return note with a negative count (``-3 台``).

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

if str(Path(__file__).resolve().parents[1] / "holdout61") not in sys.path:  # its sign-off row: ``signs``
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "holdout61"))
from make_holdout61 import signs

HERE, SOURCE = kit.generator(__file__, "sixty-fourth held-out imitation")
dt = kit.dt


def apl_names(draw) -> tuple[str, str, str]:
    """The kit's id, kind and language of a drawing, the id prefixed ``apl-`` (ids are unique across the sets)."""
    lid, kind, lang = kit.layout_names(draw)
    return f"apl-{lid}", kind, lang


def parts_rows(s: kit.Sheet, row: int, heads, parts, cols: str = "ABCDE", amount=None) -> float:
    """A parts list (no field of a complaint): ``heads`` on ``row``, then one ``(code, name, qty, price)`` a row with
    its amount; returns the sum."""
    kit.head_row(s, row, cols, heads)
    total = 0.0
    for k, (code, name, q, p) in enumerate(parts, start=row + 1):
        a = round(q * p, 2)
        total += a
        for col, val, h in zip(cols, (code, name, q, p, a), heads):
            shown = amount(val) if amount and isinstance(val, float) else val
            s.value(
                f"{col}{k}", shown, path=None, label=h, fmt="#,##0.00" if isinstance(val, float) else None
            )
    return round(total, 2)


# =============================================================================== complaint
def complaint_zh_gongdan(s: kit.Sheet) -> None:
    """A brand's 售后服务工单 filled by a service engineer of an authorised 服务网点: 工单号, 报修日期 beside 购机日期 and
    安装日期 (no field), 用户姓名 (the one complaining), 联系电话 ``138****5678`` and 用户地址 (no field), 产品型号 / 产品名称,
    内机条码 (the serial) and 外机条码 (no field), 故障现象 in an engineer's long words, 故障代码 E4, 处理措施, 更换配件, 服务
    工程师, 用户签字."""
    s.text("A1", "售后服务工单", "D1", size=15)
    kit.plain(s, "A2", "美凌空调售后服务中心　全国服务热线 400-889-3315　（服务网点联）", "D2")
    kit.lv_pairs(s, 3, kit.field_rows(
        ("工单号", "服务网点", "用户姓名", "联系电话", "用户地址", "报修日期", "购机日期", "安装日期", "产品型号", "产品名称",
         "内机条码", "外机条码"),
        (kit.pick(s, "GD20261112-00873", "GD20261203-01142"), "杭州西湖区美联家电服务部（网点编码 HZ0571-036）",
         kit.pick(s, "王丽华", "陈志刚"), kit.pick(s, "138****5678", "159****2046"),
         kit.pick(s, "杭州市西湖区文三路 ***号 3 幢 502 室", "杭州市拱墅区湖墅南路 ***号 1 单元 801 室"),
         kit.pick(s, dt.date(2026, 11, 12), dt.date(2026, 12, 3)), kit.pick(s, "2026-06-18", "2026-07-02"),
         kit.pick(s, "2026-06-21", "2026-07-05"), kit.pick(s, "KFR-35GW/BP3DN1Y", "KFR-26GW/BP3DN1Y"),
         kit.pick(s, "变频挂壁式空调 1.5匹 新一级能效", "变频挂壁式空调 大1匹 新一级能效"),
         kit.pick(s, "3220261A0156Y0K270512", "3220261A0117Y0K271033"), kit.pick(s, "3220262B0156Y0K290417", "3220262B0117Y0K290928")),
        ("number", None, "customer", None, None, "received_date", None, None, "part_no", "part_name", "lot_no", None),
    ), span="D")  # fmt: skip
    r = kit.rows_down(s, 9, kit.field_rows(
        ("故障现象", "故障代码", "处理措施", "更换配件"),
        (kit.pick(s, "用户反映制冷约 20 分钟后停机，内机显示 E4。上门检测：外机风机运转正常，压缩机排气温度过高保护，"
                     "系统压力偏低（0.38 MPa），外机连接阀处有油渍，判断为冷媒泄漏。",
                  "用户反映开机后外机不启动，内机显示 E4，检测外机主板 15V 无输出。"),
         "E4",
         kit.pick(s, "补焊连接阀喇叭口，保压 24 小时无压降，加注 R32 冷媒 0.45 kg，试机正常。", "更换外机主板，试机正常。"),
         kit.pick(s, "连接阀组件 1 件；R32 冷媒 0.45 kg", "外机主板 1 块")),
        ("description", None, "short_term_action", None),
    ), span="D")  # fmt: skip
    kit.lv(s, f"A{r}", "服务工程师", f"B{r}", kit.pick(s, "刘建军（工号 036-12）", "周海涛（工号 036-07）"), "reporter",
           expect=kit.pick(s, "刘建军", "周海涛"))  # fmt: skip
    kit.lv(s, f"C{r}", "用户签字", f"D{r}", kit.pick(s, "王丽华", "陈志刚"), None)
    kit.lv(s, f"A{r + 1}", "上门日期", f"B{r + 1}", kit.pick(s, "2026-11-13", "2026-12-04"), None)
    kit.lv(s, f"C{r + 1}", "用户满意度", f"D{r + 1}", "☑满意 ☐一般 ☐不满意", None)


def complaint_zh_fankui(s: kit.Sheet) -> None:
    """A dealer's 质量反馈单 to the factory: 反馈单号, 反馈日期, 经销商名称 (the one complaining), 门店 (no field), 型号规格,
    生产批号, 进货数量(台) / 故障数量(台) in 台, 故障描述, 经销商要求 换货, 反馈人, 区域经理."""
    s.text("A1", "产品质量反馈单", "D1", size=15)
    kit.plain(
        s, "A2", "致：佛山顺康电器制造有限公司 品质部　　（经销商填写，传真或扫描件发区域办事处）", "D2"
    )
    kit.lv_pairs(s, 3, kit.field_rows(
        ("反馈单号", "反馈日期", "经销商名称", "门店", "产品名称", "型号规格", "生产批号", "进货数量(台)", "故障数量(台)",
         "联系电话"),
        (kit.pick(s, "FK-HN-2611-017", "FK-HN-2612-004"), kit.pick(s, ("2026年11月16日", "2026-11-16"), ("2026年12月2日", "2026-12-02")),
         "长沙湘汇家电贸易有限公司", kit.pick(s, "五一广场店", "星沙店"), kit.pick(s, "燃气热水器", "油烟机"),
         kit.pick(s, "JSQ25-13HY6", "CXW-220-J15"), kit.pick(s, "20260905", "20261012"),
         (kit.pick(s, "200台", "120台"), kit.pick(s, 200, 120)), (kit.pick(s, "14台", "9台"), kit.pick(s, 14, 9)),
         "0731-8455****"),
        ("number", "received_date", "customer", None, "part_name", "part_no", "lot_no", "ship_qty", "defect_qty", None),
    ))  # fmt: skip
    r = kit.rows_down(s, 8, kit.field_rows(
        ("故障描述", "经销商要求", "门店意见"),
        (kit.pick(s, "安装后一周内陆续有 14 台点火后熄火，显示 E1，用户投诉洗澡时忽冷忽热；其中 3 台为样机。",
                  "9 台运行时异响，拆机见风轮动平衡不良。"),
         ("换货", ["replacement"]), "请厂家尽快处理，用户情绪较大"),
        ("description", "customer_request", None),
    ))  # fmt: skip
    kit.lv(s, f"A{r}", "反馈人", f"B{r}", kit.pick(s, "谭晓燕", "彭伟"), "reporter")
    kit.lv(s, f"C{r}", "区域经理", f"D{r}", "欧阳明", "sales_supervisor")


def complaint_zh_jiaju(s: kit.Sheet) -> None:
    """A furniture maker's 客诉单 raised for a retailer (a franchised store): 客诉单号, 登记日期, 门店 (the one complaining),
    订单号, 款号 / 品名 / 颜色 / 尺寸 / 板材, 数量(套) and 问题件数 in 件, 安装师傅 and 安装日期 (no field), 问题描述, 照片 noted,
    客户诉求 补发配件, 跟单客服."""
    s.text("A1", "客诉登记单", "F1", size=15)
    kit.plain(
        s, "A2", "林森家居（定制衣柜 · 成品家具）　客服部　□运输破损　■质量问题　□安装问题　□少件错件", "F2"
    )
    kit.lv_pairs(s, 3, kit.field_rows(
        ("客诉单号", "登记日期", "门店", "订单号", "款号", "品名", "数量(套)", "问题件数"),
        (kit.pick(s, "KS-261118-0042", "KS-261205-0017"), kit.pick(s, dt.date(2026, 11, 18), dt.date(2026, 12, 5)),
         "林森家居成都武侯旗舰店", kit.pick(s, "CD-WH-20261026-118", "CD-WH-20261109-057"), kit.pick(s, "LS-YG2208", "LS-CG1610"),
         kit.pick(s, "北欧风四门衣柜", "实木餐边柜"), (kit.pick(s, "2套", "1套"), kit.pick(s, 2, 1)),
         (kit.pick(s, "3件", "2件"), kit.pick(s, 3, 2))),
        ("number", "received_date", "customer", "order_no", "part_no", "part_name", "ship_qty", "defect_qty"),
    ), cols=("AB", "DE"), span="F")  # fmt: skip
    s.text("A7", "颜色", bold=True, shade=True)
    s.value("B7", kit.pick(s, "暖白 + 原木色", "胡桃色"), path=None, label="颜色")
    s.text("C7", "尺寸", bold=True, shade=True)
    s.value("D7", kit.pick(s, "1800×600×2200 mm", "1200×420×850 mm"), path=None, label="尺寸")
    s.text("E7", "板材", bold=True, shade=True)
    s.value("F7", kit.pick(s, "E0 级颗粒板 18 mm", "北美黑胡桃实木"), path=None, label="板材")
    kit.lv_pairs(s, 8, kit.field_rows(
        ("安装师傅", "安装日期"), ("何师傅 139****0821", kit.pick(s, "2026-11-15", "2026-12-01")), (None, None),
    ), cols=("AB", "DE"), span="F")  # fmt: skip
    r = kit.rows_down(s, 9, kit.field_rows(
        ("问题描述", "照片", "客户诉求", "处理意见"),
        (kit.pick(s, "安装时发现两扇门板边缘封边开胶起翘，一块层板侧面崩边；顾客拒绝验收，要求补发门板。",
                  "柜门合页处板材开裂，抽屉滑轨异响。"),
         "已附现场照片 6 张（见微信群）",
         ("补发配件", ["resupply"]),
         kit.pick(s, "工厂补发门板 2 块、层板 1 块，安装师傅二次上门更换。", "补发柜门 1 扇，滑轨 2 副。")),
        ("description", None, "customer_request", "short_term_action"),
    ), span="F")  # fmt: skip
    kit.lv_pairs(s, r, kit.field_rows(
        ("跟单客服", "客服主管"), (kit.pick(s, "杨洁", "苏婷"), "范丽"), ("reporter", "sales_supervisor"),
    ), cols=("AB", "DE"), span="F")  # fmt: skip


def complaint_zht_weixiu(s: kit.Sheet) -> None:
    """A Hong Kong electrical dealer's 維修投訴單 to the brand in traditional script: 投訴編號, 日期 dd/mm/yyyy beside 購買日期 and
    故障日期 (no field), 經銷商 (the one complaining), 客戶姓名 / 電話 ``9***6688`` (no field), 型號, 機身編號, 銷售數量 / 故障數量
    in 部, 故障描述, 要求 換機, 經手人 / 店舖經理."""
    s.text("A1", "維修投訴單", "D1", size=15)
    kit.plain(s, "A2", "致：華陽電器（香港）有限公司 售後服務部　　經銷商填寫", "D2")
    kit.lv_pairs(s, 3, kit.field_rows(
        ("投訴編號", "日期", "經銷商", "客戶姓名", "電話", "購買日期", "故障日期", "型號", "產品", "機身編號", "銷售數量",
         "故障數量"),
        (kit.pick(s, "SF-CP-26-0311", "SF-CP-26-0342"), kit.pick(s, ("19/11/2026", "2026-11-19"), ("04/12/2026", "2026-12-04")),
         "順發電業有限公司（旺角店）", kit.pick(s, "黃小姐", "梁先生"), kit.pick(s, "9***6688", "6***2310"), kit.pick(s, "02/08/2026", "15/09/2026"),
         kit.pick(s, "14/11/2026", "30/11/2026"), kit.pick(s, "WD-F8614HK", "WD-F7210HK"),
         kit.pick(s, "前置式洗衣機 8公斤", "前置式洗衣機 7公斤"), kit.pick(s, "8614HK2608A00271", "7210HK2609A00533"),
         (kit.pick(s, "60 部", "40 部"), kit.pick(s, 60, 40)), (kit.pick(s, "5 部", "3 部"), kit.pick(s, 5, 3))),
        (None if k not in {0, 1, 2, 7, 8, 9, 10, 11} else p for k, p in enumerate(
            ("number", "received_date", "customer", None, None, None, None, "part_no", "part_name", "lot_no", "ship_qty",
             "defect_qty"))),
    ))  # fmt: skip
    r = kit.rows_down(s, 9, kit.field_rows(
        ("故障描述", "要求"),
        (kit.pick(s, "脫水時機身劇烈震動及移位，門封漏水；技術員上門檢查，避震器失效。同批已有 5 部。", "入水閥漏水，底盤積水。"),
         ("換機", ["replacement"])),
        ("description", "customer_request"),
    ))  # fmt: skip
    kit.lv(s, f"A{r}", "經手人", f"B{r}", kit.pick(s, "陳嘉明", "李婉婷"), "reporter")
    kit.lv(s, f"C{r}", "店舖經理", f"D{r}", "張志偉", "sales_supervisor")


def complaint_en_warranty(s: kit.Sheet) -> None:
    """An Australian distributor's warranty claim to the factory: Claim No., Claim Date (dd/mm/yyyy), Distributor, Model No.,
    Serial No., Date of Purchase / Date of Failure / Date of Repair (no field), Fault Reported, Cause, Repair Performed,
    Labour cost / Parts cost / Total Claim (AUD), the parts list, Technician, Submitted by."""
    s.text("A1", "WARRANTY CLAIM FORM", "E1", size=14)
    kit.plain(s, "A2", "Brightline Appliances Pty Ltd — Authorised Distributor (Australia & NZ). Submit within 30 days of repair.",
              "E2")  # fmt: skip
    kit.lv_pairs(s, 3, kit.field_rows(
        ("Claim No.", "Claim Date", "Distributor", "Dealer / Retailer", "Model No.", "Product", "Serial No.",
         "Date of Purchase", "Date of Failure", "Date of Repair", "Consumer Name", "Consumer Phone"),
        (kit.pick(s, "WC-AU-26-04417", "WC-AU-26-04502"), kit.pick(s, ("21/11/2026", "2026-11-21"), ("08/12/2026", "2026-12-08")),
         "Brightline Appliances Pty Ltd", "Harvey's Electrical, Parramatta", kit.pick(s, "DW-6012SS", "DW-4510WH"),
         kit.pick(s, "Dishwasher 60 cm freestanding, stainless", "Dishwasher 45 cm slimline, white"),
         kit.pick(s, "6012SS-2607-000415", "4510WH-2608-000128"), kit.pick(s, "14/03/2026", "22/05/2026"),
         kit.pick(s, "29/10/2026", "17/11/2026"), kit.pick(s, "18/11/2026", "02/12/2026"), kit.pick(s, "Mrs J. Nguyen", "Mr P. Walsh"),
         "04** *** 318"),
        ("number", "received_date", "customer", None, "part_no", "part_name", "lot_no", None, None, None, None, None),
    ), cols=("AB", "DE"))  # fmt: skip
    r = kit.rows_down(s, 9, kit.field_rows(
        ("Fault Reported", "Cause Found", "Repair Performed"),
        (kit.pick(s, "Unit stops mid-cycle and shows error E4 (overflow). Water found in base tray; float switch tripped. "
                     "Customer reports third occurrence in two weeks.",
                  "No heat; wash finishes cold. Error E9."),
         kit.pick(s, "Cracked sump seal allowing leak into base.", "Heating element open circuit."),
         kit.pick(s, "Replaced sump seal and float switch; leak tested 2 cycles OK.", "Replaced heating element; tested OK.")),
        ("description", "root_cause", "short_term_action"),
    ), span="E")  # fmt: skip
    parts = kit.pick(s, (("DW-SEAL-060", "Sump seal", 1, 18.50), ("DW-FLT-002", "Float switch", 1, 24.90)),
                     (("DW-HTR-045", "Heating element 1800 W", 1, 86.00),))  # fmt: skip
    total_parts = parts_rows(s, r, ("Part No.", "Description", "Qty", "Unit Price", "Amount"), parts)
    r += len(parts) + 1
    labour = kit.pick(s, 95.0, 80.0)
    for k, (lab, x, path) in enumerate((("Labour cost (AUD)", labour, None), ("Parts cost (AUD)", total_parts, None),
                                        ("Total Claim (AUD)", labour + total_parts, "loss_amount"))):  # fmt: skip
        kit.lv(
            s, f"C{r + k}", lab, f"E{r + k}", x, path, expect=kit.money(x), lspan=f"D{r + k}", fmt="#,##0.00"
        )
    r += 3
    kit.lv_pairs(s, r, kit.field_rows(
        ("Technician", "Submitted by"), (kit.pick(s, "Dean Kowalski (Tech ID 2231)", "Sam Ortiz (Tech ID 2240)"),
                                         kit.pick(s, "Rachel Moore", "Tim Baxter")),
        (None, "reporter"),
    ), cols=("AB", "DE"))  # fmt: skip


# =============================================================================== 8D
def eightd_zh_yasuoji(s: kit.Sheet) -> None:
    """An appliance maker's 8D报告 on compressors failing in the field after service reports: 报告编号, 发起日期, 客户 (the
    brand's sales company), 关联投诉单号, 产品型号, 市场故障数量(台), D1 小组成员, D2 … D7, 关闭日期, 批准."""
    s.text("A1", "8D 问题解决报告", "D1", size=15)
    kit.plain(s, "A2", "主题：冰箱压缩机市场启动不良（售后工单汇总）", "D2")
    kit.lv_pairs(s, 3, kit.field_rows(
        ("报告编号", "发起日期", "客户", "关联投诉单号", "产品型号", "市场故障数量(台)"),
        (kit.pick(s, "8D-RF-2611-003", "8D-RF-2612-001"), kit.pick(s, dt.date(2026, 11, 20), dt.date(2026, 12, 7)),
         "海岚电器销售有限公司", kit.pick(s, "TS-2611-0386", "TS-2612-0044"), kit.pick(s, "BCD-470WPQD", "BCD-520WPZM"),
         (kit.pick(s, "37台", "22台"), kit.pick(s, 37, 22))),
        kit.EIGHTD_HEAD_PATHS,
    ))  # fmt: skip
    kit.team_cell(s, "A6", "D1 小组成员", "B6", kit.pick(s, ("郭建华", "孙丽", "马骏", "唐文斌"), ("郭建华", "韦强", "邵佳")),
                  sep="、", span="D6")  # fmt: skip
    rows = kit.eightd_steps(
        ("D2 问题描述", "D3 临时措施", "D4 根本原因", "D4 流出原因", "D5 永久措施", "D6 效果验证", "D7 预防措施"),
        (kit.pick(s, "9-10 月售后工单反映压缩机不启动 37 台，集中在 2026 年 7 月生产批次，使用 3-4 个月后出现。",
                  "压缩机运行噪音大 22 台。"),
         kit.pick(s, "库存 1,250 台整机复测启动电流；市场件由服务网点上门更换压缩机。", "库存 800 台整机噪音复测。"),
         kit.pick(s, "压缩机 PTC 启动器批次来料阻值偏高，低电压地区启动失败。", "压缩机减震胶垫硬度超差，共振传导。"),
         kit.pick(s, "进货检验只抽测外观，未测 PTC 阻值；整机出厂测试电压 220 V，未做低电压启动测试。", "噪音测试在空载下进行，未测满载。"),
         kit.pick(s, "PTC 启动器阻值纳入来料全检；整机增加 187 V 低电压启动测试。", "胶垫硬度纳入来料检验；噪音测试改满载。"),
         kit.pick(s, "11 月生产 3 批共 4,800 台低电压启动 100% 合格，市场无新增。", "12 月 2 批噪音 ≤ 38 dB(A)。"),
         kit.pick(s, "低电压启动测试纳入冰箱、冷柜全系列出厂规范。", "满载噪音测试推广至冷柜产品线。")),
    )  # fmt: skip
    kit.lv_rows(s, 7, rows)
    kit.lv_pairs(s, 14, kit.field_rows(
        ("D8 关闭日期", "批准"), (kit.pick(s, dt.date(2026, 12, 18), dt.date(2026, 12, 28)), kit.pick(s, "曹国庆", "冯志远")),
        ("closure.closed_date", "closure.approved_by"),
    ))  # fmt: skip


def eightd_zht_menfeng(s: kit.Sheet) -> None:
    """A Taiwanese appliance maker's 8D報告 on refrigerator door seals (門封條) reported by its dealers: 8D編號, 提出日期 in
    民國, 經銷商 (the customer), 客訴單號, 機種, 客訴台數, D1 … D8 with Taiwanese words (暫時對策, 真因, 永久對策), 結案 / 核准."""
    s.text("A1", "8D 改善報告", "D1", size=15)
    kit.plain(s, "A2", "主旨：冰箱門封條脫落、冷藏室結露（經銷商反映）", "D2")
    kit.lv_pairs(s, 3, kit.field_rows(
        ("8D編號", "提出日期", "經銷商", "客訴單號", "機種", "客訴台數"),
        (kit.pick(s, "8D-1151116-01", "8D-1151130-02"), kit.pick(s, ("115/11/16", "2026-11-16"), ("115/11/30", "2026-11-30")),
         "全國電子股份有限公司", kit.pick(s, "CS-115-1102", "CS-115-1127"), kit.pick(s, "SR-B46DV", "SR-B58DV"),
         (kit.pick(s, "18 台", "11 台"), kit.pick(s, 18, 11))),
        kit.EIGHTD_HEAD_PATHS,
    ))  # fmt: skip
    kit.team_cell(s, "A6", "D1 團隊", "B6", ("吳志豪", "蔡佩君", "許文彬"), sep="、", span="D6")
    rows = kit.eightd_steps(
        ("D2 問題說明", "D3 暫時對策", "D4 真因分析", "D4 流出原因", "D5 永久對策", "D6 對策確認", "D7 再發防止"),
        (kit.pick(s, "冷藏室門封條上緣脫落，門縫結露滴水，經銷商反映 18 台。", "冷凍室門封條變形，關門不密。"),
         "庫存成品 620 台全數檢查門封；已售機台由維修站更換門封條。",
         "門封條供應商更換 PVC 配方，低溫下硬化收縮，卡槽保持力不足。",
         "變更未通知，進料檢驗無低溫保持力測試。",
         "恢復原配方；卡槽加深 1.5 mm；供應商變更須經本公司核准。",
         "連續 3 批低溫 -18 ℃ 保持力測試合格。",
         "變更管理納入供應商合約，同類門封機種比照。"),
    )  # fmt: skip
    kit.lv_rows(s, 7, rows)
    kit.lv_pairs(s, 14, kit.field_rows(
        ("D8 結案日期", "核准"), (kit.pick(s, ("115/12/20", "2026-12-20"), ("115/12/30", "2026-12-30")), "林國榮"),
        ("closure.closed_date", "closure.approved_by"),
    ))  # fmt: skip


# =============================================================================== return
def return_zh_fanchang(s: kit.Sheet) -> None:
    """A 返厂单 for units and parts sent back from a regional warehouse: 返厂单号, 返厂日期, 返厂单位 (the one returning),
    关联工单号, lines 物料编码 / 物料名称 / 类别 整机 or 配件 (no field) / 申请数量 / 实退数量 in 台 or 件 / 单价 / 金额, then 返厂原因,
    处理方式 维修后返还, 收货人, 审批."""
    s.text("A1", "返厂单", "G1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("返厂单号", "返厂日期", "返厂单位", "关联工单号"),
        (kit.pick(s, "FC-HD-261124-05", "FC-HD-261210-02"), kit.pick(s, dt.date(2026, 11, 24), dt.date(2026, 12, 10)),
         "华东区域服务中心（南京中转仓）", kit.pick(s, "GD20261112-00873", "GD20261203-01142")),
        ("number", "issue_date", "customer", "complaint_number"),
    ), cols=("AB", "DE"), span="G")  # fmt: skip
    heads = ("物料编码", "物料名称", "申请数量", "实退数量", "单价", "金额")
    lines = kit.pick(s, (("KFR-35W/BP3N1-A", "空调外机 整机 1.5匹", 6, 6, 1280.0, "整机 / 台"),
                         ("17122000A02134", "外机主板", 12, 11, 168.0, "配件 / 件")),
                     (("KFR-26W/BP3N1-A", "空调外机 整机 大1匹", 4, 4, 1150.0, "整机 / 台"),))  # fmt: skip
    kit.return_table(s, heads, lines, {"C": ("类别", "@")}, kit.field_rows(
        ("返厂原因", "处理方式", "收货人", "审批"),
        (kit.pick(s, "市场退机，压缩机排气温度保护（E4），网点无法修复", "外机不启动，待工厂分析"),
         ("维修后返还", ["repair"]), "钱晓东", "曹国庆"),
        kit.RETURN_FOOT_PATHS,
    ), "G")  # fmt: skip


def return_zht_tuihuo(s: kit.Sheet) -> None:
    """A Taiwanese appliance dealer's 退貨單 to the brand: 退貨單號, 退貨日期 ``115/11/25``, 經銷商, 客訴單號, lines 機種 / 品名 /
    同意數量 / 實退數量 in 台 / 單價 / 金額 (NT$), then 退貨原因, 處理方式 換新機, 倉庫簽收, 主管核准."""
    s.text("A1", "退貨單", "F1", size=15)
    kit.plain(s, "A2", "燦坤實業股份有限公司 → 聲寶家電股份有限公司（經銷商退回）", "F2")
    kit.lv_pairs(s, 3, kit.field_rows(
        ("退貨單號", "退貨日期", "經銷商", "客訴單號"),
        (kit.pick(s, "RT-1151125-03", "RT-1151209-01"), kit.pick(s, ("115/11/25", "2026-11-25"), ("115/12/09", "2026-12-09")),
         "燦坤實業股份有限公司", kit.pick(s, "CS-115-1102", "CS-115-1127")),
        ("number", "issue_date", "customer", "complaint_number"),
    ), cols=("AB", "DE"), span="F")  # fmt: skip
    heads = ("機種", "品名", "同意數量", "實退數量", "單價", "金額")
    kit.head_row(s, 5, "ABCDEF", heads)
    kit.return_lines(s, 6, kit.pick(s, (("SR-B46DV", "雙門變頻冰箱 460L", 8, 8, 18500.0),),
                                    (("SR-B58DV", "雙門變頻冰箱 580L", 5, 5, 22800.0),)),
                     heads, count=lambda n: f"{n} 台", amount=lambda x: f"NT${x:,.0f}")  # fmt: skip
    kit.return_foot(s, 7, kit.field_rows(
        ("退貨原因", "處理方式", "倉庫簽收", "主管核准"),
        (kit.pick(s, "門封條脫落、冷藏室結露", "門封變形"), ("換新機", ["replace"]), "鄭美玲", "林國榮"),
        kit.RETURN_FOOT_PATHS,
    ), "F")  # fmt: skip


# =============================================================================== allowance
def allowance_zh_fanli(s: kit.Sheet) -> None:
    """A maker's 折让单 to a dealer for a quality 返利 and 价保: 折让单号, 开具日期, 经销商 / 纳税人识别号, 原发票号码, 关联反馈单
    号, lines 项目 (质量折让 / 价保补差) / 数量(台) / 单价 / 折让金额 / 税额 13 %, 合计 / 税额 / 价税合计, 大写, 财务 / 销售经理."""
    s.text("A1", "经销商折让通知单（返利 / 价保）", "E1", size=15)
    kit.plain(s, "A2", "佛山顺康电器制造有限公司　销售公司", "E2")
    kit.lv_pairs(s, 3, kit.field_rows(
        ("折让单号", "开具日期", "经销商", "纳税人识别号", "原发票号码", "关联反馈单号"),
        (kit.pick(s, "ZR-2611-0058", "ZR-2612-0011"), kit.pick(s, ("2026.11.28", "2026-11-28"), ("2026.12.15", "2026-12-15")),
         "长沙湘汇家电贸易有限公司", "914301027MA4L3K8X2P", kit.pick(s, "26432000000087412256", "26432000000091300418"),
         kit.pick(s, "FK-HN-2611-017", "FK-HN-2612-004")),
        ("number", "issue_date", "buyer", "buyer_tax_id", "invoice_no", "complaint_number"),
    ), cols=("AB", "DE"))  # fmt: skip
    heads = ("项目", "数量(台)", "单价", "折让金额", "税额")
    kit.head_row(s, 6, "ABCDE", heads)
    lines = kit.pick(s, (("质量折让 JSQ25-13HY6 点火熄火", 14, 150.0), ("价保补差 JSQ25-13HY6（11月调价）", 186, 40.0)),
                     (("质量折让 CXW-220-J15 异响", 9, 120.0),))  # fmt: skip
    net, tax = kit.credit_cells(s, 7, lines, heads, 0.13)
    r = 7 + len(lines)
    for k, (lab, x, path) in enumerate((("合计", net, "total_excl_tax"), ("税额", tax, "total_tax"),
                                        ("价税合计", round(net + tax, 2), "total"))):  # fmt: skip
        kit.lv(
            s, f"A{r + k}", lab, f"D{r + k}", x, path, expect=kit.money(x), lspan=f"C{r + k}", fmt="#,##0.00"
        )
    kit.lv(s, f"A{r + 3}", "价税合计（大写）", f"B{r + 3}", kit.pick(s, "人民币壹万零柒佰捌拾元贰角整", "人民币壹仟贰佰贰拾元肆角整"),
           "total_in_words", span=f"E{r + 3}")  # fmt: skip
    signs(
        s,
        r + 4,
        "ABC",
        ("经办", "财务", "销售经理"),
        ("谭晓燕", "罗敏", "欧阳明"),
        (None, None, "approved_by_manager"),
    )


def allowance_en_credit(s: kit.Sheet) -> None:
    """An Australian warranty credit note from the factory's distributor account: Credit Note No., Date, Bill To (the
    distributor), ABN, Original Invoice, Warranty Claim Ref., lines Labour / Parts with Qty, Unit Price, Amount, GST 10 %,
    Subtotal / GST / Total (AUD), Authorised by."""
    s.text("A1", "CREDIT NOTE — WARRANTY", "E1", size=14)
    kit.plain(s, "A2", "Ningbo Brightline Electrical Appliance Co., Ltd. — Export Sales (AUD account)", "E2")
    kit.lv_pairs(s, 3, kit.field_rows(
        ("Credit Note No.", "Date", "Bill To", "ABN", "Original Invoice", "Warranty Claim Ref."),
        (kit.pick(s, "CN-AU-2611-029", "CN-AU-2612-006"), kit.pick(s, ("30/11/2026", "2026-11-30"), ("15/12/2026", "2026-12-15")),
         "Brightline Appliances Pty Ltd", "51 824 753 556", kit.pick(s, "EXP-26-0817", "EXP-26-0902"),
         kit.pick(s, "WC-AU-26-04417", "WC-AU-26-04502")),
        ("number", "issue_date", "buyer", "buyer_tax_id", "invoice_no", "complaint_number"),
    ), cols=("AB", "DE"))  # fmt: skip
    heads = ("Description", "Qty", "Unit Price", "Amount", "GST")
    kit.head_row(s, 6, "ABCDE", heads)
    lines = kit.pick(s, (("Labour — warranty repair DW-6012SS", 1, 95.0), ("Parts — sump seal + float switch", 1, 43.4)),
                     (("Labour — warranty repair DW-4510WH", 1, 80.0), ("Parts — heating element", 1, 86.0)))  # fmt: skip
    net, tax = kit.credit_cells(s, 7, lines, heads, 0.10)
    for k, (lab, x, path) in enumerate((("Subtotal", net, "total_excl_tax"), ("GST", tax, "total_tax"),
                                        ("Total Credit (AUD)", round(net + tax, 2), "total"))):  # fmt: skip
        kit.lv(
            s, f"C{9 + k}", lab, f"E{9 + k}", x, path, expect=kit.money(x), lspan=f"D{9 + k}", fmt="#,##0.00"
        )
    kit.lv(s, "A13", "Authorised by", "B13", "Helen Zhou, Export Sales Manager", "approved_by_manager",
           expect="Helen Zhou")  # fmt: skip


_COPY2 = {"complaint_zh_gongdan", "complaint_zh_fankui", "complaint_zh_jiaju", "complaint_zht_weixiu",
          "complaint_en_warranty", "eightd_zh_yasuoji", "return_zh_fanchang", "allowance_zh_fanli", "complaint_zh_weixiudan"}  # fmt: skip
"""The drawings with a second copy in copy2/ (eight workbooks, one sent as PDF only)."""

EXCEL = [  # drawing (its name gives the id, kind and language), sheet, column widths, what it imitates
    kit.excel_layout(*apl_names(draw), draw, sheet, widths, imitates, copy2=draw.__name__ in _COPY2)
    for draw, sheet, widths, imitates in (
        (complaint_zh_gongdan, "工单", dict(A=14, B=34, C=14, D=34), "a brand's 售后服务工单 by a service engineer: 工单号, 服务网点, 用户姓名, 138****5678, 购机 / 安装 / 报修日期, 内机 / 外机条码, 故障代码 E4, 更换配件, 用户签字"),
        (complaint_zh_fankui, "反馈", dict(A=16, B=30, C=16, D=30), "a dealer's 产品质量反馈单 to the factory: 经销商名称, 门店, 型号规格, 进货数量(台), 故障数量(台), 经销商要求 换货"),
        (complaint_zh_jiaju, "客诉", dict(A=12, B=22, C=10, D=12, E=22, F=16), "a furniture maker's 客诉登记单 for a retailer: 订单号, 款号, 颜色 / 尺寸 / 板材, 数量(套), 问题件数, 安装师傅, 照片, 补发配件"),
        (complaint_zht_weixiu, "投訴", dict(A=14, B=30, C=14, D=30), "a Hong Kong dealer's 維修投訴單: dd/mm/yyyy, 購買日期 / 故障日期, 機身編號, 銷售數量 / 故障數量 in 部, 換機"),
        (complaint_en_warranty, "Claim", dict(A=20, B=32, C=12, D=20, E=30), "an Australian distributor's Warranty Claim Form: Model No., Serial No., Date of Purchase / Failure / Repair, Labour cost, Parts cost, Total Claim (AUD)"),
        (eightd_zh_yasuoji, "8D", dict(A=18, B=34, C=16, D=30), "an appliance maker's 8D on compressors failing in the field: 市场故障数量(台), D3 临时措施, D5 永久措施, D8 关闭日期"),
        (eightd_zht_menfeng, "8D", dict(A=16, B=34, C=14, D=30), "a Taiwanese 8D改善報告 on refrigerator door seals: 提出日期 115/11/16, 經銷商, 機種, 客訴台數, D4 真因分析, D7 再發防止"),
        (return_zh_fanchang, "返厂", dict(A=18, B=22, C=12, D=10, E=10, F=12, G=12), "a 返厂单 from a regional service warehouse: 整机 / 配件, 申请数量 / 实退数量, 维修后返还"),
        (return_zht_tuihuo, "退貨", dict(A=14, B=22, C=12, D=12, E=14, F=14), "a Taiwanese appliance dealer's 退貨單: 機種, 同意數量 / 實退數量 in 台, NT$, 換新機"),
        (allowance_zh_fanli, "折让", dict(A=30, B=12, C=12, D=16, E=14), "a maker's 经销商折让通知单 for 返利 / 价保: 质量折让 and 价保补差 lines, 纳税人识别号, 税额 13 %, 销售经理"),
        (allowance_en_credit, "Credit", dict(A=32, B=18, C=20, D=18, E=16), "an Australian warranty Credit Note: ABN, Warranty Claim Ref., Labour / Parts lines, GST 10 %"),
    )
]  # fmt: skip


# =============================================================================== sent as PDF only
def complaint_zh_weixiudan(f: kit.PdfDraw) -> None:
    """A service engineer's paper 维修单 printed by the service network's system (fpdf2): 维修单号, 报修时间 beside 购买日期,
    用户 / 电话 138****5678 / 地址, 产品型号, 机身条码, 故障现象 long, 故障代码, 维修措施, the parts list with prices, 费用合计
    (保内 0), 维修工程师, 用户签字."""
    f = kit.CjkDraw.of(f)
    f.text(80, 16, "家电维修单", size=15)
    f.text(15, 23, "鑫达家电服务有限公司（品牌授权服务商）　服务电话 0512-6877****", size=8)
    kit.pdf_lv_lines(f, 15, 45, 34, kit.field_rows(
        ("维修单号", "报修时间", "用户", "电话", "地址", "购买日期", "产品型号", "产品", "机身条码"),
        (kit.pick(f, "WX-SZ-2611-1536", "WX-SZ-2612-0208"), kit.pick(f, ("2026-11-17 09:42", "2026-11-17"), ("2026-12-06 14:10", "2026-12-06")),
         kit.pick(f, "赵桂芳", "孙建平"), kit.pick(f, "138****5678", "186****7731"), "苏州市吴中区 ***路 ***号",
         kit.pick(f, "2025-12-30", "2026-01-15"), kit.pick(f, "XQG100-HBD14126L", "XQB90-BZ126"),
         kit.pick(f, "滚筒洗衣机 10公斤", "波轮洗衣机 9公斤"), kit.pick(f, "HBD14126L2512A3087156", "BZ1262601B0221748")),
        ("number", "received_date", "customer", None, None, None, "part_no", "part_name", "lot_no"),
    ), step=7)  # fmt: skip
    kit.pdf_lv_lines(f, 15, 45, 100, kit.field_rows(
        ("故障现象", "故障代码", "维修措施"),
        (kit.pick(f, "洗涤中途停机报 E4，门锁无法打开；检测门锁开关触点烧蚀", "不脱水，报 UL"), "E4",
         kit.pick(f, "更换门锁组件，试机正常", "调整平衡，更换减震器")),
        ("description", None, "short_term_action"),
    ), step=7)  # fmt: skip
    cols = ((15, "配件编码"), (55, "配件名称"), (110, "数量"), (130, "单价"), (160, "金额"))
    for x, lab in cols:
        f.text(x, 128, lab, bold=True)
    f.pdf.line(15, 130, 195, 130)
    parts = kit.pick(f, (("0024000128A", "门锁组件", 1, 65.0),), (("0030805721", "减震器", 2, 38.0),))
    for k, (code, name, q, p) in enumerate(parts):
        for (x, lab), raw in zip(cols, (code, name, f"{q}件", f"{p:.2f}", f"{q * p:.2f}")):
            f.value(x, 137 + 7 * k, raw, path=None, label=lab)
    kit.pdf_lv_lines(f, 15, 45, 155, kit.field_rows(
        ("费用合计", "维修工程师", "用户签字"), ("0.00（保内）", kit.pick(f, "许志强", "韩磊"), kit.pick(f, "赵桂芳", "孙建平")),
        (None, "reporter", None),
    ), step=7)  # fmt: skip


def eightd_en_board(f: kit.PdfDraw) -> None:
    """An English 8D Report on washing machine main control boards, from the factory to an importer (fpdf2): Report No.,
    Date Opened, Customer, Customer Complaint No., Model, Units Affected, D1 … D8, Closed on, Approved."""
    f.text(70, 16, "8D REPORT", size=14)
    f.text(
        15, 23, "Subject: Main control board failure (no power) - field returns via service network", size=8
    )
    kit.pdf_lv_lines(f, 15, 70, 32, kit.field_rows(
        ("Report No.", "Date Opened", "Customer", "Customer Complaint No.", "Model", "Units Affected"),
        ("8D-WM-26-011", ("12 Nov 2026", "2026-11-12"), "Nordhaus Home GmbH", "NH-QC-2026-0871", "WF-8520D",
         ("126 units", 126)),
        kit.EIGHTD_HEAD_PATHS,
    ), step=7, colon=":")  # fmt: skip
    team = ("Li Ming", "Zhou Bin", "Anna Vogel")
    f.text(15, 78, "D1 Team:")
    f.value(70, 78, "; ".join(team), path=None, label="D1 Team")
    kit.members(f, "D1 Team", "p1!70,78", "; ".join(team), team)
    steps = kit.eightd_steps(
        ("D2 Problem Description", "D3 Interim Containment", "D4 Root Cause", "D4 Escape Point",
         "D5 Permanent Corrective Action", "D6 Validation", "D7 Prevent Recurrence"),
        ("126 units dead on power-up after 2-6 weeks in homes; varistor burnt.",
         "Hold 2,300 boards in stock; service network swaps boards at homes.",
         "Varistor rated 275 V replaced by 250 V part at the EMS supplier.",
         "BOM change not flagged; incoming inspection checks part number only.",
         "Restore 275 V varistor; supplier change notification made mandatory.",
         "Surge test 2 kV x 50 on 3 lots passed; no new field failures.",
         "Critical component list extended to all appliance boards."),
    )  # fmt: skip
    y = kit.pdf_lv_lines(
        f, 15, 70, 88.0, [(lab, raw, path, None) for lab, raw, path in steps], step=8, colon=":"
    )
    kit.pdf_lv_lines(f, 15, 70, y, kit.field_rows(
        ("D8 Closed on", "Approved"), (("18 Dec 2026", "2026-12-18"), "Wang Hui"),
        ("closure.closed_date", "closure.approved_by"),
    ), step=7, colon=":")  # fmt: skip


def return_en_rma(f: kit.PdfDraw) -> None:
    """An English RMA return note from a distributor's regional warehouse (fpdf2): RMA No., Return Date, Returned by, Claim
    Ref., lines Item Code / Description / Authorised Qty / Qty Received / Unit Cost / Line Total, Reason for Return,
    Disposition, Received by, Approved by."""
    f.text(60, 16, "RETURN MATERIAL AUTHORISATION", size=13)
    kit.pdf_lv_lines(f, 15, 60, 30, kit.field_rows(
        ("RMA No.", "Return Date", "Returned by", "Claim Ref."),
        ("RMA-26-1183", ("27/11/2026", "2026-11-27"), "Brightline Appliances Pty Ltd (Sydney DC)", "WC-AU-26-04417"),
        ("number", "issue_date", "customer", "complaint_number"),
    ), step=7, colon=":")  # fmt: skip
    cols = ((15, "Item Code", "part_no"), (45, "Description", "part_name"), (105, "Authorised Qty", "qty_approved"),
            (130, "Qty Received", "qty_returned"), (155, "Unit Cost", "unit_price"), (177, "Line Total", "amount"))  # fmt: skip
    for x, lab, _p in cols:
        f.text(x, 64, lab, size=8, bold=True)
    f.pdf.line(15, 66, 195, 66)
    lines = (
        ("DW-6012SS", "Dishwasher 60 cm (whole unit)", 4, 4, 389.0),
        ("DW-PCB-060", "Main PCB (spare)", 10, 9, 42.5),
    )
    for i, (code, name, qa, q, p) in enumerate(lines):
        y = 73 + 7 * i
        for (x, lab, path), raw, exp in zip(cols, (code, name, f"{qa} units" if i == 0 else f"{qa} pcs",
                                                   f"{q} units" if i == 0 else f"{q} pcs", f"${p:,.2f}", f"${q * p:,.2f}"),
                                            (None, None, qa, q, kit.money(p), kit.money(q * p))):  # fmt: skip
            f.value(x, y, raw, path=f"items[{i}].{path}", label=lab, expect=exp, size=8)
    f.pdf.line(15, 90, 195, 90)
    kit.pdf_lv_lines(f, 15, 60, 100, kit.field_rows(
        ("Reason for Return", "Disposition", "Received by", "Approved by"),
        ("Repeat E4 overflow faults, sump seal failures", ("Credit", ["credit"]), "Kim Lawson", "Rachel Moore"),
        kit.RETURN_FOOT_PATHS,
    ), step=7, colon=":")  # fmt: skip


def allowance_zht_jiabao(f: kit.PdfDraw) -> None:
    """A Hong Kong appliance brand's 價保折讓單 to a dealer after a price cut and a quality complaint (fpdf2): 單號, 日期
    dd/mm/yyyy, 經銷商, 發票號碼, 投訴編號, lines 項目 / 數量 (部) / 單價 / 折讓金額 in HK$, no tax, 合計, 港幣…元正, 核准."""
    f = kit.CjkDraw.of(f)
    f.text(70, 16, "價保折讓單", size=15)
    f.text(15, 23, "華陽電器（香港）有限公司　分銷部", size=8)
    kit.pdf_lv_lines(f, 15, 45, 34, kit.field_rows(
        ("單號", "日期", "經銷商", "發票號碼", "投訴編號"),
        ("JB-2611-0022", ("28/11/2026", "2026-11-28"), "順發電業有限公司", "HY-INV-26-5531", "SF-CP-26-0311"),
        ("number", "issue_date", "buyer", "invoice_no", "complaint_number"),
    ), step=7)  # fmt: skip
    cols = (
        (15, "項目", "name"),
        (90, "數量", "qty"),
        (115, "單價", "unit_price"),
        (150, "折讓金額", "allowance_amount"),
    )
    for x, lab, _p in cols:
        f.text(x, 76, lab, bold=True)
    f.pdf.line(15, 78, 195, 78)
    lines = (("價保 WD-F8614HK（11月調價）", 52, 300.0), ("質量折讓 WD-F8614HK 避震器", 5, 800.0))
    net = 0.0
    for i, (name, q, p) in enumerate(lines):
        a = q * p
        net += a
        for (x, lab, path), raw, exp in zip(cols, (name, f"{q} 部", f"HK${p:,.2f}", f"HK${a:,.2f}"),
                                            (None, q, kit.money(p), kit.money(a))):  # fmt: skip
            f.value(x, 85 + 7 * i, raw, path=f"items[{i}].{path}", label=lab, expect=exp)
    f.pdf.line(15, 97, 195, 97)
    kit.pdf_lv_lines(f, 15, 45, 106, kit.field_rows(
        ("合計", "大寫", "核准"), ((f"HK${net:,.2f}", kit.money(net)), "港幣壹萬玖仟陸佰元正", "張志偉"),
        ("total", "total_in_words", "approved_by_manager"),
    ), step=7)  # fmt: skip


SENT_AS_PDF = kit.sent_as_pdf(  # what it imitates, drawing (fpdf2)
    (
        ("a service engineer's paper 家电维修单: 报修时间 2026-11-17 09:42, 购买日期, 138****5678, 机身条码, 故障代码 E4, parts with prices, 用户签字", complaint_zh_weixiudan),
        ("an English 8D Report on washing machine control boards: 12 Nov 2026, Units Affected, D4 Escape Point, D7 Prevent Recurrence", eightd_en_board),
        ("an English RMA from a distributor's warehouse: Authorised Qty / Qty Received, units / pcs, $ amounts, Disposition Credit", return_en_rma),
        ("a Hong Kong brand's 價保折讓單 to a dealer: 28/11/2026, 部, HK$, no tax, 港幣…元正", allowance_zht_jiabao),
    ),
    _COPY2,
)  # fmt: skip
for _lay in SENT_AS_PDF:
    _lay["id"] = f"apl-{_lay['id']}"


# =============================================================================== odd files
def _no_such_month_workbook() -> bytes:
    """A 售后服务工单 whose 报修日期 is in a month that does not exist (``2026-13-05``)."""
    return kit.sheet_bytes("工单", (("售后服务工单", None), ("工单号", "GD20261305-00011"), ("报修日期", "2026-13-05"),
                                  ("用户姓名", "王丽华"), ("产品型号", "KFR-35GW/BP3DN1Y"), ("内机条码", "3220261A0156Y0K270512"),
                                  ("故障现象", "制冷停机，显示 E4。"), ("处理措施", "补焊加冷媒。")),
                           dt.datetime(2026, 11, 20, 9, 0))  # fmt: skip


def _negative_count_workbook() -> bytes:
    """A 返厂单 whose 实退数量 is negative (``-3 台``)."""
    return kit.sheet_bytes("返厂", (("返厂单", None), ("返厂单号", "FC-HD-261124-09"), ("返厂日期", "2026-11-24"),
                                  ("返厂单位", "华东区域服务中心（南京中转仓）"), ("物料编码", "KFR-35W/BP3N1-A"),
                                  ("物料名称", "空调外机 整机 1.5匹"), ("实退数量", "-3 台"), ("返厂原因", "压缩机保护"),
                                  ("处理方式", "维修后返还")),
                           dt.datetime(2026, 11, 24, 9, 0))  # fmt: skip


ODD = {
    "complaint-no-such-month.xlsx": (
        "a 售后服务工单 dated 2026-13-05, a month that does not exist: an error on the date, never a date guessed "
        "silently",
        _no_such_month_workbook,
    ),
    "return-negative-count.xlsx": (
        "a 返厂单 whose 实退数量 is -3 台: an error or a warning on the count, never taken as it is silently",
        _negative_count_workbook,
    ),
}


if __name__ == "__main__":  # [--no-pdf] [--out DIR] (default: this folder)
    kit.run_with_odd(sys.argv[1:], HERE, (EXCEL, SENT_AS_PDF), SOURCE, "sixty-fourth held-out layouts", ODD)
