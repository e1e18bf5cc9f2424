"""Write the seventieth held-out set (run: ``python tests/holdout70/make_holdout70.py``).

Written from public descriptions of real forms WITHOUT reading the reader's code, for MOULDS, DIES AND THE PARTS MADE
WITH THEM (injection moulding, die casting, stamping, mould makers): a customer's 注塑件质量异常单 (``模号 M2611-03``,
``穴号 #3``, ``试模 T1/T2``, defects ticked among ``缩水 / 披锋 / 飞边 / 缺胶 / 气纹``, a dimension table ``Φ12.00 +0.05/-0``
with five measured values and a CPK beside the quantities); a die-caster's customer's 压铸件不良反馈单 (``气孔``, ``X光``,
``批号``, ``模次 18520~19340``); a stamping supplier's 8D (``毛刺 0.15mm``, ``料号``, ``卷料批号``); an English customer NCR
for a moulded part (``Tool No.``, ``Cavity``, ``Resin PA66-GF30``); a Taiwanese 模具廠's 客訴單 (``模具編號``, ``成型條件``
typed over several lines); a Taiwanese moulder's 8D; returns of moulded parts counted in boxes and kg (``12 箱``,
``36 kg``, a ``每箱 PCS`` column, an English RMA with a ``Boxes`` column); an allowance for scrapped parts priced per
千件 and an English credit note priced per kg. Sent as PDF only (fpdf2): a Tool Correction Request (``Shot count
125,000``), an English die-casting 8D (porosity, X-ray), a Taiwanese 折讓單 priced per kg, a die-caster's 退货单 in kg.
``odd/`` holds a 注塑件质量异常单 whose 不良数量 is more than its 来料数量 and a return note dated 2026/11/31.

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

HERE, SOURCE = kit.generator(__file__, "seventieth held-out imitation")
dt = kit.dt


def mould_names(draw) -> tuple[str, str, str]:
    """The kit's id, kind and language of a drawing, the id prefixed ``mould-`` (ids are unique across the sets)."""
    lid, kind, lang = kit.layout_names(draw)
    return f"mould-{lid}", kind, lang


def dims(s: kit.Sheet, row: int, heads, rows) -> int:
    """A dimension table (no field): ``heads`` over one row a characteristic — its nominal with tolerance, five
    measured values, a CPK and a verdict; returns the row after the last."""
    kit.head_row(s, row, "ABCDEFGHI"[: len(heads)], heads)
    for r, values in enumerate(rows, start=row + 1):
        for col, v in zip("ABCDEFGHI", values):
            s.value(f"{col}{r}", v, path=None, label=heads["ABCDEFGHI".index(col)])
    return row + 1 + len(rows)


def block(s: kit.Sheet, row: int, heading: str, text: str, path: str | None, right: str = "D") -> int:
    """A heading over a paragraph merged to ``right``; returns the row after."""
    s.text(f"A{row}", heading, f"{right}{row}", bold=True, shade=True)
    s.value(f"A{row + 1}", text, path=path, label=heading, span=f"{right}{row + 1}")
    return row + 2


# =============================================================================== complaint
def complaint_zh_zhusu(s: kit.Sheet) -> None:
    """A car-maker's tier-1 customer's 注塑件质量异常单 to its moulder: 异常单号, 发出日期, 发出单位 (the one complaining),
    供应商 (no field), 零件号 / 零件名称, 模号 and 穴号 (no field) beside them, 生产批号, 试模阶段 (no field), 来料数量 /
    不良数量 in pcs, the defects ticked among 缩水 / 披锋 / 飞边 / 缺胶 / 气纹 (no field), 异常描述, a dimension table with
    Φ12.00 +0.05/-0 and five measured values and a CPK (no field), 处理要求 ticks (退货), 发出人, 审核."""
    s.text("A1", "注塑件质量异常单", "I1", size=15)
    kit.plain(s, "A2", "表单编号：SQE-F-017　　版本：C/0　　第 1 页 共 1 页", "I2")
    kit.lv_pairs(s, 3, kit.field_rows(
        ("异常单号", "发出日期", "发出单位", "供 应 商", "零件号", "零件名称", "模　　号", "穴　　号", "生产批号", "试模阶段",
         "来料数量", "不良数量"),
        (kit.pick(s, "QN-2611-0053", "QN-2611-0071"), kit.pick(s, dt.date(2026, 11, 4), dt.date(2026, 11, 19)),
         "宁波瑞昇汽车部件有限公司 质量部", "东莞恒丰精密塑胶制品有限公司", kit.pick(s, "5Q0-858-417-B", "5Q0-858-421-A"),
         kit.pick(s, "仪表板出风口叶片", "仪表板出风口壳体"), kit.pick(s, "M2611-03", "M2607-11"), kit.pick(s, "#3", "#1、#2"),
         kit.pick(s, "20261028-B", "20261112-A"), kit.pick(s, "量产（T2 后）", "量产"),
         (kit.pick(s, "4,800 pcs", "2,400 pcs"), kit.pick(s, 4800, 2400)), (kit.pick(s, "312 pcs", "96 pcs"), kit.pick(s, 312, 96))),
        ("number", "received_date", "customer", None, "part_no", "part_name", None, None, "lot_no", None, "ship_qty",
         "defect_qty"),
    ), cols=("AB", "EF"), span="I")  # fmt: skip
    kit.lv(s, "A9", "不良项目", "B9", kit.pick(s, ticks(("缩水", "披锋", "飞边", "缺胶", "气纹"), ("缩水", "飞边")),
                                               ticks(("缩水", "披锋", "飞边", "缺胶", "气纹"), ("缺胶",))),
           None, span="I9", blank_text="☐缩水 ☐披锋 ☐飞边 ☐缺胶 ☐气纹")  # fmt: skip
    r = block(s, 10, "异常描述", kit.pick(
        s, "来料检验发现 3# 穴叶片卡扣根部缩水，分型面飞边 0.2 mm，装配时卡扣断裂；抽检 315 pcs 不良 312 pcs，均为 #3 穴。",
        "#1、#2 穴壳体加强筋末端缺胶，不良 96 pcs。"), "description", right="I")  # fmt: skip
    s.text(f"A{r}", "尺寸检测记录（单位：mm）", f"I{r}", bold=True)
    r = dims(s, r + 1, ("检测项目", "规格", "实测1", "实测2", "实测3", "实测4", "实测5", "CPK", "判定"), (
        ("卡扣孔径", "Φ12.00 +0.05/-0", "12.03", "12.06", "12.07", "12.02", "12.08", "0.62", "NG"),
        ("叶片厚度", "1.20±0.05", "1.18", "1.21", "1.19", "1.22", "1.20", "1.45", "OK"),
    ))  # fmt: skip
    kit.lv(s, f"A{r}", "处理要求", f"B{r}", kit.pick(s, ticks(("退货", "挑选", "返工", "特采"), ("退货",)),
                                                      ticks(("退货", "挑选", "返工", "特采"), ("返工",))),
           "customer_request", expect=kit.pick(s, ["return"], ["rework"]), span=f"I{r}",
           blank_text="☐退货 ☐挑选 ☐返工 ☐特采")  # fmt: skip
    kit.lv(
        s,
        f"A{r + 1}",
        "回复要求",
        f"B{r + 1}",
        "请于 24 小时内回复临时措施，7 个工作日内提交 8D 报告。",
        None,
        span=f"I{r + 1}",
    )
    kit.lv_pairs(s, r + 2, kit.field_rows(
        ("发 出 人", "审　　核"), (kit.pick(s, "周晓峰", "韩冬"), "朱立伟"), ("reporter", None),
    ), cols=("AB", "EF"), span="I")  # fmt: skip


def complaint_zh_yazhu(s: kit.Sheet) -> None:
    """A die-caster's customer's 压铸件不良反馈单: 反馈单号, 反馈日期 2026.11.06, 客户名称, 产品名称, 产品图号 (the part),
    材质 ADC12 (no field), 批号, 模次 18520~19340 (no field: the shots of the die), 送货数量 / 不良数量 in 件, 检测方式 X光 /
    剖切 (no field), 不良现象 (气孔), 客户要求 (换货), 临时措施, 反馈人, 业务主管."""
    s.text("A1", "压铸件不良反馈单", "D1", size=15)
    kit.plain(s, "A2", "（客户 → 供方）　　编号规则：FK-年月-流水号", "D2")
    kit.lv_pairs(s, 3, kit.field_rows(
        ("反馈单号", "反馈日期", "客户名称", "产品名称", "产品图号", "材　　质", "批　　号", "模　　次", "送货数量", "不良数量",
         "检测方式", "订单号"),
        (kit.pick(s, "FK-2611-0092", "FK-2611-0107"), kit.pick(s, ("2026.11.06", "2026-11-06"), ("2026.11.23", "2026-11-23")),
         "苏州德凯电机有限公司", kit.pick(s, "电机端盖（压铸）", "电机壳体（压铸）"), kit.pick(s, "DK-EC-2205-01", "DK-HS-2210-03"),
         "ADC12", kit.pick(s, "YZ261021", "YZ261105"), kit.pick(s, "18520~19340", "20110~20980"),
         (kit.pick(s, "2,400 件", "1,600 件"), kit.pick(s, 2400, 1600)), (kit.pick(s, "36 件", "22 件"), kit.pick(s, 36, 22)),
         "X光 + 剖切", kit.pick(s, "PO26-10877", "PO26-11203")),
        ("number", "received_date", "customer", "part_name", "part_no", None, "lot_no", None, "ship_qty", "defect_qty",
         None, "order_no"),
    ))  # fmt: skip
    r = kit.rows_down(s, 9, kit.field_rows(
        ("不良现象", "客户要求", "临时措施"),
        (kit.pick(s, "机加工后轴承座孔内壁露出气孔，X光检测 36 件内部气孔超 ASTM E505 2 级；气孔集中在模次 18900 以后。",
                  "壳体安装面冷隔，22 件。"),
         (kit.pick(s, ticks(("退货", "换货", "返工", "扣款"), ("换货",)), ticks(("退货", "换货", "返工", "扣款"), ("退货",))),
          kit.pick(s, ["replacement"], ["return"])),
         kit.pick(s, "在库 1,180 件全部 X光复检；客户端 2,364 件隔离待检。", "在库全检。")),
        ("description", "customer_request", "short_term_action"),
    ))  # fmt: skip
    kit.lv_pairs(s, r, kit.field_rows(
        ("反 馈 人", "业务主管"), (kit.pick(s, "沈佳", "沈佳"), kit.pick(s, "陆文斌", "陆文斌")), ("reporter", "sales_supervisor"),
    ))  # fmt: skip


def complaint_zht_moju(s: kit.Sheet) -> None:
    """A Taiwanese 模具廠 (mould maker who also moulds) 客訴單: 客訴單號, 客訴日期 115/11/05, 客戶名稱, 模具編號 (no field),
    料號 / 品名, 成型條件 typed over several lines in one cell (no field: 料溫 / 模溫 / 射壓 / 保壓 / 冷卻), 出貨數量 / 不良數量
    in PCS, 異常現象, 客戶要求 ticks (重工), 承辦人, 主管."""
    s.text("A1", "客訴單", "D1", size=15)
    kit.plain(s, "A2", "鴻鈞精密模具股份有限公司　　表單編號：QR-8.2-05　　第 1 頁 共 1 頁", "D2")
    kit.lv_pairs(s, 3, kit.field_rows(
        ("客訴單號", "客訴日期", "客戶名稱", "模具編號", "料　　號", "品　　名", "出貨數量", "不良數量", "出貨單號", "批　　號"),
        (kit.pick(s, "CC-115-1105-01", "CC-115-1121-02"), kit.pick(s, ("115/11/05", "2026-11-05"), ("115/11/21", "2026-11-21")),
         "台揚電子股份有限公司", kit.pick(s, "HJ-M-2206-A", "HJ-M-2209-C"), kit.pick(s, "TY-CV-0447", "TY-CV-0452"),
         kit.pick(s, "連接器外殼（PBT+30%GF）", "連接器蓋板（PBT）"), (kit.pick(s, "6,000 PCS", "3,000 PCS"), kit.pick(s, 6000, 3000)),
         (kit.pick(s, "420 PCS", "150 PCS"), kit.pick(s, 420, 150)), kit.pick(s, "SH115-10-0311", "SH115-11-0122"),
         kit.pick(s, "L1151030", "L1151114")),
        ("number", "received_date", "customer", None, "part_no", "part_name", "ship_qty", "defect_qty", None, "lot_no"),
    ))  # fmt: skip
    kit.lv(s, "A8", "成型條件", "B8", "料溫 265℃　模溫 80℃\n射出壓力 85 MPa　保壓 60 MPa / 3.5 s\n冷卻時間 12 s　週期 28 s", None,
           span="D8")  # fmt: skip
    r = kit.rows_down(s, 9, kit.field_rows(
        ("異常現象", "客戶要求", "暫時對策"),
        (kit.pick(s, "外殼卡勾翹曲 0.3 mm，組裝後卡勾斷裂；第 2 穴不良率 7%，其餘穴正常。", "蓋板表面氣紋。"),
         (kit.pick(s, ticks(("退貨", "換貨", "重工", "折讓"), ("重工",)), ticks(("退貨", "換貨", "重工", "折讓"), ("換貨",))),
          kit.pick(s, ["rework"], ["replacement"])),
         kit.pick(s, "庫存 2,150 PCS 全檢；第 2 穴暫時封穴生產。", "庫存全檢。")),
        ("description", "customer_request", "short_term_action"),
    ))  # fmt: skip
    kit.lv_pairs(s, r, kit.field_rows(
        ("承 辦 人", "主　　管"), (kit.pick(s, "林佩君", "張凱翔"), "吳明哲"), ("reporter", "sales_supervisor"),
    ))  # fmt: skip


def complaint_en_ncr(s: kit.Sheet) -> None:
    """An English customer's Supplier Nonconformance Report for a moulded part: NCR No., Date Raised, Customer, Supplier
    (no field), Part No. / Part Description, Tool No. / Cavity / Resin (no field), PO No., Lot / Date Code, Qty Received /
    Qty Rejected, Nonconformance, Disposition Requested (☑ Return to supplier), Containment Required, Raised By."""
    s.text("A1", "SUPPLIER NONCONFORMANCE REPORT", "D1", size=14)
    kit.plain(s, "A2", "Form QP-830-F2 Rev. D        Injection-moulded components", "D2")
    kit.lv_pairs(s, 3, kit.field_rows(
        ("NCR No.", "Date Raised", "Customer", "Supplier", "Part No.", "Part Description", "Tool No.", "Cavity", "Resin",
         "PO No.", "Lot / Date Code", "Qty Received", "Qty Rejected", "Raised By"),
        (kit.pick(s, "NCR-26-1142", "NCR-26-1187"), kit.pick(s, ("05-Nov-2026", "2026-11-05"), ("20-Nov-2026", "2026-11-20")),
         "Kestrel Fluid Controls Ltd", "Brightmould Plastics (Shenzhen) Co., Ltd", kit.pick(s, "KFC-4410-22", "KFC-4410-31"),
         kit.pick(s, "Valve housing, 32 mm", "Valve cap, 32 mm"), kit.pick(s, "T-0877", "T-0912"), kit.pick(s, "Cav 2 of 4", "Cav 1 of 2"),
         "PA66-GF30 (black)", kit.pick(s, "4500187766", "4500189020"), kit.pick(s, "2643 / WK43", "2645 / WK45"),
         (kit.pick(s, "3,000 pcs", "1,500 pcs"), kit.pick(s, 3000, 1500)), (kit.pick(s, "184 pcs", "60 pcs"), kit.pick(s, 184, 60)),
         kit.pick(s, ("A. Hargreaves (Supplier Quality)", "A. Hargreaves"), ("J. Patel (SQE)", "J. Patel"))),
        ("number", "received_date", "customer", None, "part_no", "part_name", None, None, None, "order_no", "lot_no",
         "ship_qty", "defect_qty", "reporter"),
    ))  # fmt: skip
    r = kit.rows_down(s, 10, kit.field_rows(
        ("Nonconformance", "Disposition Requested", "Containment Required"),
        (kit.pick(s, "Short shots at the thread start on cavity 2 (184 of 3,000); thread gauge fails. Sink marks on boss "
                     "face 0.08 mm deep (max 0.05).", "Flash on parting line, cavity 1."),
         (kit.pick(s, "☑ Return to supplier  ☐ Sort at customer  ☐ Use as is", "☐ Return to supplier  ☐ Sort at customer  ☑ Use as is"),
          kit.pick(s, ["return"], ["concession"])),
         "Quarantine all stock of lot 2643; sort cavity 2 parts at supplier before next shipment."),
        ("description", "customer_request", None),
    ))  # fmt: skip
    kit.lv(s, f"A{r}", "Approved By", f"B{r}", "D. Whitcombe, Quality Manager", None, span=f"D{r}")


# =============================================================================== 8D
def eightd_zh_chongya(s: kit.Sheet) -> None:
    """A stamping supplier's 8D 报告: 8D 编号, 开立日期, 客户, 客诉单号, 料号, 卷料批号 (no field: the coil's lot), 不良数量
    in 件, D1 小组成员 in one cell, D2 … D7 (毛刺 0.15mm against ≤ 0.05 mm, 冲模刃口磨损, 冲次), D8 结案日期, 批准."""
    s.text("A1", "8D 纠正措施报告", "D1", size=15)
    kit.plain(s, "A2", "冲压件　　表单编号：QF-10.2-01　　第 1 页 共 2 页", "D2")
    kit.lv_pairs(s, 3, kit.field_rows(
        ("8D 编号", "开立日期", "客　　户", "客诉单号", "料　　号", "卷料批号", "不良数量", "模具编号"),
        (kit.pick(s, "8D-CY-2611-008", "8D-CY-2611-012"), kit.pick(s, dt.date(2026, 11, 8), dt.date(2026, 11, 24)),
         "常州宏达电气有限公司", kit.pick(s, "HD-QC-2611-0036", "HD-QC-2611-0049"), kit.pick(s, "CY-B0712-03", "CY-B0715-01"),
         kit.pick(s, "SPCC 1.2×185 / C2610-117", "SPCC 1.0×160 / C2610-142"), (kit.pick(s, "1,260 件", "480 件"), kit.pick(s, 1260, 480)),
         kit.pick(s, "DIE-CY-0712", "DIE-CY-0715")),
        kit.EIGHTD_HEAD_PATHS[:5] + (None, "problem.qty_complained", None),
    ))  # fmt: skip
    kit.team_cell(
        s,
        "A7",
        "D1 小组成员",
        "B7",
        kit.pick(s, ("冯建军", "许丽", "邓超", "曹阳"), ("冯建军", "许丽", "邓超")),
        sep="、",
        span="D7",
    )
    rows = kit.eightd_steps(
        ("D2 问题描述", "D3 临时措施", "D4 产生原因", "D4 流出原因", "D5 永久措施", "D6 效果验证", "D7 预防再发生"),
        (kit.pick(s, "支架冲孔边缘毛刺 0.15mm（要求 ≤0.05mm），客户装配划伤线束，1,260 件不良。", "折弯角度 92°（要求 90°±1°），480 件。"),
         kit.pick(s, "库存 3,400 件全检去毛刺；客户端 2,100 件派员挑选。", "库存全检。"),
         kit.pick(s, "冲孔凸模刃口磨损，刃磨周期 8 万冲次未按时执行，实际已冲 11.6 万次。", "折弯凹模回弹补偿不足。"),
         kit.pick(s, "首末件只检孔径，未检毛刺高度；检验规范无毛刺项目。", "角度检具磨损。"),
         kit.pick(s, "凸模刃磨周期改为 6 万冲次并由冲次计数器锁机；首末件增加毛刺高度测量。", "修正凹模。"),
         kit.pick(s, "连续 5 批毛刺 ≤0.03mm，客户来料检验合格。", "连续 3 批角度合格。"),
         kit.pick(s, "全厂 23 套冲孔模导入冲次锁机；更新 PFMEA 与控制计划。", "同类折弯模排查。")),
    )  # fmt: skip
    kit.lv_rows(s, 8, rows)
    kit.lv_pairs(s, 15, kit.field_rows(
        ("D8 结案日期", "批　　准"), (kit.pick(s, ("2026/12/10", "2026-12-10"), ("2026/12/22", "2026-12-22")), "孙国庆"),
        ("closure.closed_date", "closure.approved_by"),
    ))  # fmt: skip


def eightd_zht_chengxing(s: kit.Sheet) -> None:
    """A Taiwanese moulder's 8D 矯正措施報告: 報告編號, 提出日期 115.11.09, 客戶, 客訴單號, 料號, 模號 / 穴號 (no field),
    不良數 in PCS, D1 … D8 as rows (D4 發生原因 / D4 流出原因), 結案日期, 核准."""
    s.text("A1", "8D 矯正措施報告", "D1", size=15)
    kit.plain(s, "A2", "成型課　　表單編號：QR-10-02　　第 1 頁 共 1 頁", "D2")
    kit.lv_pairs(s, 3, kit.field_rows(
        ("報告編號", "提出日期", "客　　戶", "客訴單號", "料　　號", "模號 / 穴號", "不 良 數", "成型機台"),
        (kit.pick(s, "8D-115-031", "8D-115-036"), kit.pick(s, ("115.11.09", "2026-11-09"), ("115.11.25", "2026-11-25")),
         "台揚電子股份有限公司", kit.pick(s, "CC-115-1105-01", "CC-115-1121-02"), kit.pick(s, "TY-CV-0447", "TY-CV-0452"),
         kit.pick(s, "HJ-M-2206-A / #2", "HJ-M-2209-C / #1"), (kit.pick(s, "420 PCS", "150 PCS"), kit.pick(s, 420, 150)),
         "180T #07"),
        kit.EIGHTD_HEAD_PATHS[:5] + (None, "problem.qty_complained", None),
    ))  # fmt: skip
    kit.team_cell(s, "A7", "D1 小組成員", "B7", kit.pick(s, ("吳明哲", "林佩君", "陳冠宇", "黃士豪"), ("張凱翔", "陳冠宇", "黃士豪")),
                  sep="、", span="D7")  # fmt: skip
    rows = kit.eightd_steps(
        ("D2 問題描述", "D3 暫時對策", "D4 發生原因", "D4 流出原因", "D5 永久對策", "D6 效果確認", "D7 預防再發"),
        kit.pick(s, ("連接器外殼卡勾翹曲 0.3 mm，第 2 穴，420 PCS。",
                     "庫存 2,150 PCS 全檢；第 2 穴封穴生產。",
                     "第 2 穴冷卻水路結垢，模溫偏高 12℃，脫模後收縮不均。",
                     "巡檢只量第 1 穴，未分穴抽樣。",
                     "清洗水路並加裝模溫機分區控制；巡檢改為每穴各抽 2 PCS。",
                     "連續 3 批翹曲 ≤0.08 mm，客戶進料合格。",
                     "全廠 36 套模具導入水路定期除垢，納入模具保養表。"),
                 ("蓋板表面氣紋，第 1 穴，150 PCS。",
                  "庫存全檢。",
                  "第 1 穴排氣槽堵塞，射速過高。",
                  "外觀檢查光源不足，氣紋未被發現。",
                  "清理排氣槽並降低第二段射速；檢驗台改用 1,000 lux 光源。",
                  "連續 3 批無氣紋。",
                  "排氣槽清理納入每班點檢。")),
    )  # fmt: skip
    kit.lv_rows(s, 8, rows)
    kit.lv_pairs(s, 15, kit.field_rows(
        ("結案日期", "核　　准"), (kit.pick(s, ("115.12.12", "2026-12-12"), ("115.12.26", "2026-12-26")), "鄭文龍"),
        ("closure.closed_date", "closure.approved_by"),
    ))  # fmt: skip


# =============================================================================== return
def return_zh_xiang(s: kit.Sheet) -> None:
    """A moulder's 退货单 for parts counted in boxes and a runner regrind weighed in kg: 退货单号, 退货日期, 客户, 依据
    （异常单号）; lines 料号 / 品名 / 单位 (箱, kg) / 核定数量 / 实退数量 / 单价 / 金额 and 每箱数量 (no field); 退货原因,
    处理方式 ticks (返工), 仓库签收, 批准."""
    s.text("A1", "退　货　单", "H1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("退货单号", "退货日期", "客　　户", "依据（异常单号）"),
        (kit.pick(s, "TH-2611-0031", "TH-2611-0044"), kit.pick(s, dt.date(2026, 11, 12), dt.date(2026, 11, 27)),
         "宁波瑞昇汽车部件有限公司", kit.pick(s, "QN-2611-0053", "QN-2611-0071")),
        ("number", "issue_date", "customer", "complaint_number"),
    ), cols=("AB", "EF"), span="H")  # fmt: skip
    heads = ("料号", "品名", "单位", "每箱数量", "核定数量", "实退数量", "单价（元）", "金额（元）")
    kit.head_row(s, 4, "ABCDEFGH", heads)
    lines = kit.pick(s, (("5Q0-858-417-B", "仪表板出风口叶片", "箱", "400", 12, 12, 168.0),
                         ("5Q0-858-417-R", "叶片浇口料（粉碎）", "kg", "—", 40, 36, 9.5)),
                     (("5Q0-858-421-A", "仪表板出风口壳体", "箱", "200", 6, 5, 236.0),))  # fmt: skip
    for i, (code, name, unit, per, qa, q, p) in enumerate(lines):
        r, a = 5 + i, round(q * p, 2)
        for col, val, path, exp, fmt in (("A", code, "part_no", None, None), ("B", name, "part_name", None, None),
                                         ("C", unit, "unit", None, None), ("D", per, None, None, None),
                                         ("E", qa, "qty_approved", qa, "0"), ("F", q, "qty_returned", q, "0"),
                                         ("G", p, "unit_price", kit.money(p), "0.00"),
                                         ("H", a, "amount", kit.money(a), "#,##0.00")):  # fmt: skip
            s.value(f"{col}{r}", val, path=path and f"items[{i}].{path}", label=heads["ABCDEFGH".index(col)],
                    expect=exp, fmt=fmt)  # fmt: skip
    r = 5 + len(lines)
    for k, (lab, raw, path, exp) in enumerate(kit.field_rows(
        ("退货原因", "处理方式"),
        (kit.pick(s, "#3 穴缩水、飞边，客户来料检验判退（异常单 QN-2611-0053）", "#1、#2 穴缺胶"),
         (kit.pick(s, ticks(("返工", "报废", "换货"), ("返工",)), ticks(("返工", "报废", "换货"), ("报废",))),
          kit.pick(s, ["rework"], ["scrap"]))),
        ("reason", "handling"),
    )):  # fmt: skip
        kit.lv(s, f"A{r + k}", lab, f"B{r + k}", raw, path, expect=exp, span=f"H{r + k}")
    kit.lv_pairs(s, r + 2, kit.field_rows(
        ("仓库签收", "批　　准"), (kit.pick(s, "黄小燕", "黄小燕"), "何振东"), ("warehouse_receiver", "approved_by"),
    ), cols=("AB", "EF"), span="H")  # fmt: skip


def return_zht_tuihuo(s: kit.Sheet) -> None:
    """A Taiwanese mould maker's 退貨單 for moulded housings packed in cartons: 退貨單號, 退貨日期 民國115年11月14日, 客戶,
    客訴單號; lines 料號 / 品名 / 箱數 (no field) / 核准數量 / 實退數量 in PCS / 單價 / 金額; 退貨原因, 處理方式 (重工後交貨),
    倉管簽收, 主管核准."""
    s.text("A1", "退貨單", "G1", size=15)
    kit.plain(s, "A2", "台揚電子股份有限公司 → 鴻鈞精密模具股份有限公司", "G2")
    kit.lv_pairs(s, 3, kit.field_rows(
        ("退貨單號", "退貨日期", "客　　戶", "客訴單號"),
        (kit.pick(s, "RT-115-1114-03", "RT-115-1130-01"),
         kit.pick(s, ("民國115年11月14日", "2026-11-14"), ("民國115年11月30日", "2026-11-30")), "台揚電子股份有限公司",
         kit.pick(s, "CC-115-1105-01", "CC-115-1121-02")),
        ("number", "issue_date", "customer", "complaint_number"),
    ), cols=("AB", "EF"), span="G")  # fmt: skip
    heads = ("料號", "品名", "箱數", "核准數量", "實退數量", "單價", "金額")
    kit.head_row(s, 5, "ABCDEFG", heads)
    lines = kit.pick(s, (("TY-CV-0447", "連接器外殼", "3 箱", 420, 420, 4.2),),
                     (("TY-CV-0452", "連接器蓋板", "1 箱", 150, 150, 2.8),))  # fmt: skip
    for i, (code, name, boxes, qa, q, p) in enumerate(lines):
        r = 6 + i
        for col, val, path, exp in (("A", code, "part_no", None), ("B", name, "part_name", None), ("C", boxes, None, None),
                                    ("D", f"{qa} PCS", "qty_approved", qa), ("E", f"{q} PCS", "qty_returned", q),
                                    ("F", f"NT${p:.1f}", "unit_price", kit.money(p)),
                                    ("G", f"NT${q * p:,.0f}", "amount", kit.money(q * p))):  # fmt: skip
            s.value(
                f"{col}{r}",
                val,
                path=path and f"items[{i}].{path}",
                label=heads["ABCDEFG".index(col)],
                expect=exp,
            )
    kit.return_foot(s, 7, kit.field_rows(
        ("退貨原因", "處理方式", "倉管簽收", "主管核准"),
        (kit.pick(s, "卡勾翹曲（第 2 穴）", "表面氣紋"), ("重工後交貨", ["rework"]), "李雅婷", "吳明哲"),
        kit.RETURN_FOOT_PATHS,
    ), "G")  # fmt: skip


def return_en_rma(s: kit.Sheet) -> None:
    """An English RMA for moulded valve housings: RMA No., Date Issued, Customer, NCR Ref.; lines Part No. / Description /
    Cavity (no field) / Boxes (no field) / Qty Authorised / Qty Returned / Unit Price / Ext. Price; Reason for Return,
    Disposition (Scrap), Received by, Approved by."""
    s.text("A1", "RETURN MATERIAL AUTHORISATION", "H1", size=14)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("RMA No.", "Date Issued", "Customer", "NCR Ref."),
        ("RMA-BM-26-0318", ("12 Nov 2026", "2026-11-12"), "Kestrel Fluid Controls Ltd", "NCR-26-1142"),
        ("number", "issue_date", "customer", "complaint_number"),
    ), cols=("AB", "EF"), span="H")  # fmt: skip
    heads = ("Part No.", "Description", "Cavity", "Boxes", "Qty Authorised", "Qty Returned", "Unit Price (USD)",
             "Ext. Price (USD)")  # fmt: skip
    kit.head_row(s, 4, "ABCDEFGH", heads)
    for i, (code, name, cav, boxes, qa, q, p) in enumerate((
        ("KFC-4410-22", "Valve housing, 32 mm", "2", "2 x 100", 184, 184, 1.86),
        ("KFC-4410-23", "Valve housing seal ring", "1-4", "1 x 500", 400, 380, 0.12),
    )):  # fmt: skip
        r = 5 + i
        for col, val, path, exp, fmt in (("A", code, "part_no", None, None), ("B", name, "part_name", None, None),
                                         ("C", cav, None, None, None), ("D", boxes, None, None, None),
                                         ("E", qa, "qty_approved", qa, "#,##0"), ("F", q, "qty_returned", q, "#,##0"),
                                         ("G", p, "unit_price", kit.money(p), "0.00"),
                                         ("H", round(q * p, 2), "amount", kit.money(q * p), "#,##0.00")):  # fmt: skip
            s.value(f"{col}{r}", val, path=path and f"items[{i}].{path}", label=heads["ABCDEFGH".index(col)],
                    expect=exp, fmt=fmt)  # fmt: skip
    kit.return_foot(s, 7, kit.field_rows(
        ("Reason for Return", "Disposition", "Received by", "Approved by"),
        ("Short shots and sink marks, cavity 2 (NCR-26-1142)", ("Scrap at supplier, credit to follow", ["scrap", "credit"]),
         "L. Fung", "M. Tse"),
        kit.RETURN_FOOT_PATHS,
    ), "H")  # fmt: skip


# =============================================================================== allowance
def allowance_zh_qianjian(s: kit.Sheet) -> None:
    """A moulder's 销售折让单 for scrapped parts priced per 千件: 折让单号, 开具日期, 销售方 (the seller), 购买方 and its
    纳税人识别号, 原发票号码 / 原发票日期, 异常单号; lines 项目 / 数量（千件） / 单价（元/千件） / 金额 / 税额 at 13 %; 合计,
    税额合计, 价税合计, 大写, 审核 / 批准."""
    s.text("A1", "销售折让单", "E1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("折让单号", "开具日期", "销 售 方", "购 买 方", "纳税人识别号", "原发票号码", "原发票日期", "异常单号"),
        (kit.pick(s, "ZR-2611-0019", "ZR-2611-0027"), kit.pick(s, dt.date(2026, 11, 20), dt.date(2026, 12, 3)),
         "东莞恒丰精密塑胶制品有限公司", "宁波瑞昇汽车部件有限公司", "91330206MA2H7K4X3L",
         kit.pick(s, "44192600000087113425", "44192600000087550128"), kit.pick(s, dt.date(2026, 10, 30), dt.date(2026, 11, 14)),
         kit.pick(s, "QN-2611-0053", "QN-2611-0071")),
        ("number", "issue_date", "seller.name", "buyer", "buyer_tax_id", "invoice_no", "invoice_date", "complaint_number"),
    ), cols=("AB", "DE"))  # fmt: skip
    heads = ("项目", "数量（千件）", "单价（元/千件）", "金额（元）", "税额（元）")
    kit.head_row(s, 7, "ABCDE", heads)
    lines = kit.pick(s, (("出风口叶片报废（#3 穴缩水）", 5, 420.0), ("卡扣返工费（#3 穴）", 3, 150.0)),
                     (("出风口壳体报废（缺胶）", 2, 860.0),))  # fmt: skip
    net = tax = 0.0
    for i, (name, q, p) in enumerate(
        lines
    ):  # typed in 千件 and 元/千件; the record counts pieces at a piece's price
        a, t = round(q * p, 2), round(q * p * 0.13, 2)
        net, tax = net + a, tax + t
        for col, val, path, exp, fmt in (("A", name, "name", None, None), ("B", q, "qty", q * 1000, "0"),
                                         ("C", p, "unit_price", kit.money(p / 1000), "0.00"),
                                         ("D", a, "allowance_amount", kit.money(a), "#,##0.00"),
                                         ("E", t, "tax", kit.money(t), "#,##0.00")):  # fmt: skip
            s.value(
                f"{col}{8 + i}",
                val,
                path=f"items[{i}].{path}",
                label=heads["ABCDE".index(col)],
                expect=exp,
                fmt=fmt,
            )
    r = 8 + len(lines)
    net, tax = round(net, 2), round(tax, 2)
    for k, (lab, x, path) in enumerate((("合　　计", net, "total_excl_tax"), ("税额合计（13%）", tax, "total_tax"),
                                        ("价税合计", round(net + tax, 2), "total"))):  # fmt: skip
        kit.lv(
            s, f"A{r + k}", lab, f"D{r + k}", x, path, expect=kit.money(x), lspan=f"C{r + k}", fmt="#,##0.00"
        )
    kit.lv(s, f"A{r + 3}", "大　　写", f"B{r + 3}", kit.pick(s, "人民币贰仟捌佰捌拾壹元伍角", "人民币壹仟玖佰肆拾叁元陆角"),
           "total_in_words", span=f"E{r + 3}")  # fmt: skip
    signs(s, r + 4, "ABCD", ("经办", "财务", "审核", "批准"), ("邱敏", "罗芳", kit.pick(s, "梁振华", "梁振华"), "蔡国栋"),
          (None, None, "approved_by_manager", "approved_by_gm"))  # fmt: skip


def allowance_en_kg(s: kit.Sheet) -> None:
    """An Irish die-caster's Credit Note for castings scrapped at the customer, priced per kg: Credit Note No., Date,
    Supplier (the seller), Customer and its VAT No., Invoice No. / Invoice Date, Customer Complaint Ref.; lines Description
    / Weight (kg) / Rate per kg / Net / VAT 23 %; Net Total / VAT / Total; Authorised by."""
    s.text("A1", "CREDIT NOTE", "E1", size=14)
    kit.plain(s, "A2", "Shannon Diecast Ltd · Aluminium high-pressure die castings · VAT IE 6388047V", "E2")
    kit.lv_pairs(s, 3, kit.field_rows(
        ("Credit Note No.", "Date", "Supplier", "Customer", "Customer VAT No.", "Invoice No.", "Invoice Date",
         "Customer Complaint Ref."),
        ("CN-SD-26-0207", ("18/11/2026", "2026-11-18"), "Shannon Diecast Ltd", "Corrib Motion Systems Ltd", "IE 9744122K",
         "INV-SD-26-4471", ("28/10/2026", "2026-10-28"), "CMS-CC-26-0093"),
        ("number", "issue_date", "seller.name", "buyer", "buyer_tax_id", "invoice_no", "invoice_date", "complaint_number"),
    ), cols=("AB", "DE"))  # fmt: skip
    heads = ("Description", "Weight (kg)", "Rate per kg (EUR)", "Net (EUR)", "VAT 23% (EUR)")
    kit.head_row(s, 7, "ABCDE", heads)
    net, tax = kit.credit_cells(s, 8, (("Scrapped castings, porosity (X-ray reject), lot YZ2643", 186, 7.4),
                                       ("Machining value lost, per kg of scrapped castings", 186, 3.1)), heads, 0.23)  # fmt: skip
    for k, (lab, x, path) in enumerate((("Net Total", net, "total_excl_tax"), ("VAT @ 23%", tax, "total_tax"),
                                        ("Total Credit (EUR)", round(net + tax, 2), "total"))):  # fmt: skip
        kit.lv(
            s,
            f"C{10 + k}",
            lab,
            f"E{10 + k}",
            x,
            path,
            expect=kit.money(x),
            lspan=f"D{10 + k}",
            fmt="#,##0.00",
        )
    kit.lv(s, "A13", "Authorised by", "B13", "Niamh Brennan (Financial Controller)", "approved_by_manager",
           expect="Niamh Brennan")  # fmt: skip


_COPY2 = {"complaint_zh_zhusu", "complaint_zh_yazhu", "complaint_zht_moju", "complaint_en_ncr", "eightd_zh_chongya",
          "eightd_zht_chengxing", "return_zh_xiang", "allowance_zh_qianjian", "complaint_en_tcr"}  # fmt: skip
"""The drawings with a second copy in copy2/ (eight workbooks, one sent as PDF only)."""

EXCEL = [  # drawing (its name gives the id, kind and language), sheet, column widths, what it imitates
    kit.excel_layout(*mould_names(draw), draw, sheet, widths, imitates, copy2=draw.__name__ in _COPY2)
    for draw, sheet, widths, imitates in (
        (complaint_zh_zhusu, "异常单", dict(A=12, B=16, C=9, D=9, E=12, F=16, G=9, H=9, I=10), "a customer's 注塑件质量异常单: 模号 / 穴号 beside the part, 试模阶段, defects ticked (缩水 / 披锋 / 飞边 / 缺胶 / 气纹), a dimension table Φ12.00 +0.05/-0 with measured values and CPK, 处理要求 ticks"),
        (complaint_zh_yazhu, "反馈单", dict(A=14, B=32, C=14, D=30), "a die-caster's customer's 压铸件不良反馈单: 2026.11.06, 产品图号, 材质 ADC12, 模次 18520~19340, 检测方式 X光 + 剖切, 气孔"),
        (complaint_zht_moju, "客訴單", dict(A=14, B=32, C=14, D=30), "a Taiwanese 模具廠's 客訴單: 115/11/05, 模具編號, 成型條件 over three lines in one cell, PCS, 客戶要求 ticks"),
        (complaint_en_ncr, "NCR", dict(A=20, B=34, C=18, D=34), "an English customer's Supplier Nonconformance Report for a moulded part: Tool No., Cavity 2 of 4, Resin PA66-GF30, Lot / Date Code 2643 / WK43, Disposition Requested ticks"),
        (eightd_zh_chongya, "8D", dict(A=18, B=34, C=18, D=30), "a stamping supplier's 8D 报告: 卷料批号 SPCC 1.2×185 / C2610-117, 模具编号, 毛刺 0.15mm, 冲次"),
        (eightd_zht_chengxing, "8D", dict(A=18, B=34, C=18, D=30), "a Taiwanese moulder's 8D 矯正措施報告: 115.11.09, 模號 / 穴號 HJ-M-2206-A / #2, 成型機台 180T #07, D4 發生原因 / 流出原因"),
        (return_zh_xiang, "退货单", dict(A=16, B=20, C=8, D=10, E=10, F=10, G=12, H=14), "a moulder's 退货单 counted in 箱 and kg: 单位 column, 每箱数量, 依据（异常单号）, 处理方式 ticks"),
        (return_zht_tuihuo, "退貨單", dict(A=14, B=18, C=10, D=14, E=14, F=12, G=14), "a Taiwanese mould maker's 退貨單: 箱數 column, PCS, NT$, 民國115年11月14日, 重工後交貨"),
        (return_en_rma, "RMA", dict(A=16, B=26, C=8, D=10, E=14, F=14, G=16, H=16), "an English RMA for moulded housings: Cavity and Boxes columns (2 x 100), USD, Scrap at supplier, credit to follow"),
        (allowance_zh_qianjian, "折让单", dict(A=30, B=22, C=18, D=26, E=16), "a moulder's 销售折让单 priced per 千件: 数量（千件）, 单价（元/千件）, 13 %, 大写"),
        (allowance_en_kg, "Credit", dict(A=40, B=22, C=22, D=22, E=18), "an Irish die-caster's Credit Note priced per kg: Weight (kg), Rate per kg (EUR), VAT @ 23%"),
    )
]  # fmt: skip


# =============================================================================== sent as PDF only
def complaint_en_tcr(f: kit.PdfDraw) -> None:
    """A customer's Tool Correction Request to its moulder (fpdf2): TCR No., Date, Customer, Part No. / Part Name, Tool No.,
    Cavity, Shot count 125,000, Resin PA66-GF30 (no field), Qty Affected, Problem, Correction Requested, Requested by."""
    f.text(55, 16, "TOOL CORRECTION REQUEST", size=14)
    f.text(15, 23, "Customer-owned tooling    Form TC-02 rev B    Page 1 of 1", size=8)
    y = kit.pdf_lv_lines(f, 15, 70, 32, kit.field_rows(
        ("TCR No.", "Date", "Customer", "Part No.", "Part Name", "Tool No.", "Cavity", "Shot count", "Resin", "Qty Affected",
         "PO No."),
        (kit.pick(f, "TCR-26-0412", "TCR-26-0437"), kit.pick(f, ("06 Nov 2026", "2026-11-06"), ("23 Nov 2026", "2026-11-23")),
         "Kestrel Fluid Controls Ltd", kit.pick(f, "KFC-4410-22", "KFC-4410-31"), kit.pick(f, "Valve housing, 32 mm", "Valve cap, 32 mm"),
         kit.pick(f, "T-0877", "T-0912"), kit.pick(f, "2 (of 4)", "1 (of 2)"), kit.pick(f, "125,000", "88,400"), "PA66-GF30",
         (kit.pick(f, "184 pcs", "60 pcs"), kit.pick(f, 184, 60)), kit.pick(f, "4500187766", "4500189020")),
        ("number", "received_date", "customer", "part_no", "part_name", None, None, None, None, "defect_qty", "order_no"),
    ), step=7, colon=":")  # fmt: skip
    kit.pdf_lv_lines(f, 15, 70, y + 3, kit.field_rows(
        ("Problem", "Correction Requested", "Requested by"),
        (kit.pick(f, "Short shot at thread start, cavity 2; vent blocked.", "Flash on parting line, cavity 1."),
         "Re-cut vent on cavity 2; T1 samples 5 shots per cavity", ("R. Okafor, Tooling Engineer", "R. Okafor")),
        ("description", None, "reporter"),
    ), step=7, colon=":")  # fmt: skip


def eightd_en_die(f: kit.PdfDraw) -> None:
    """A die-caster's 8D to its customer (fpdf2): 8D No., Date Opened, Customer, Customer Ref., Part No., Qty Suspect, Die
    No. / Shot range (no field), D1 Team, D2 … D7 (porosity found by X-ray), D8 Closed, Approved."""
    f.text(60, 16, "8D PROBLEM SOLVING REPORT", size=14)
    f.text(15, 23, "Shannon Diecast Ltd    HPDC aluminium    Form Q-8D-01", size=8)
    y = kit.pdf_lv_lines(f, 15, 70, 32, kit.field_rows(
        ("8D No.", "Date Opened", "Customer", "Customer Ref.", "Part No.", "Qty Suspect", "Die No. / Shots"),
        ("8D-SD-26-019", ("09/11/2026", "2026-11-09"), "Corrib Motion Systems Ltd", "CMS-CC-26-0093", "CMS-GH-7710",
         ("640 pcs", 640), "D-114 / 41,200-42,900"),
        kit.EIGHTD_HEAD_PATHS + (None,),
    ), step=7, colon=":")  # fmt: skip
    team = ("C. Walsh", "P. Byrne", "M. Doyle")
    f.text(15, y, "D1 Team:")
    f.value(70, y, ", ".join(team), path=None, label="D1 Team")
    kit.members(f, "D1 Team", f"p1!70,{y:g}", ", ".join(team), team)
    steps = kit.eightd_steps(
        ("D2 Problem", "D3 Containment", "D4 Root Cause", "D4 Escape Point", "D5 Corrective Action", "D6 Validation",
         "D7 Prevent Recurrence"),
        ("Gas porosity in gearbox housing bore after machining; X-ray grade 4.",
         "Quarantine 640 pcs; 100% X-ray of stock.",
         "Vacuum valve on die D-114 blocked by release agent.",
         "X-ray sample 1 per 500 shots missed the drift.",
         "Valve cleaning each shift; vacuum level alarm interlocked.",
         "5 lots X-ray grade 1-2, no rejects at customer.",
         "Vacuum alarm fitted to all 6 HPDC cells; PFMEA updated."),
    )  # fmt: skip
    y = kit.pdf_lv_lines(
        f, 15, 70, y + 8, [(lab, raw, path, None) for lab, raw, path in steps], step=8, colon=":"
    )
    kit.pdf_lv_lines(f, 15, 70, y, kit.field_rows(
        ("D8 Closed", "Approved"), (("16/12/2026", "2026-12-16"), "E. Kavanagh"), ("closure.closed_date", "closure.approved_by"),
    ), step=7, colon=":")  # fmt: skip


def allowance_zht_kg(f: kit.PdfDraw) -> None:
    """A Taiwanese moulder's 折讓單 for scrapped housings priced per kg (fpdf2): 折讓單號, 日期 115/11/26, 買受人 and its 統一
    編號, 原發票號碼 / 原發票日期, 客訴單號; lines 品名 / 重量（kg） / 單價（元/kg） / 金額 / 稅額 5 %; 合計 / 營業稅 / 總計, 經理."""
    f = kit.CjkDraw.of(f)
    f.text(80, 16, "折讓單", size=15)
    f.text(15, 23, "鴻鈞精密模具股份有限公司　　統一編號 24681357　　第 1 頁 共 1 頁", size=8)
    kit.pdf_lv_lines(f, 15, 50, 34, kit.field_rows(
        ("折讓單號", "日　　期", "買 受 人", "統一編號", "原發票號碼", "原發票日期", "客訴單號"),
        ("AL-115-1126", ("115/11/26", "2026-11-26"), "台揚電子股份有限公司", "53117206", "KX-40328815", ("115/10/31", "2026-10-31"),
         "CC-115-1105-01"),
        ("number", "issue_date", "buyer", "buyer_tax_id", "invoice_no", "invoice_date", "complaint_number"),
    ), step=7)  # fmt: skip
    cols = ((15, "品名", "name"), (90, "重量（kg）", "qty"), (118, "單價（元/kg）", "unit_price"),
            (148, "金額", "allowance_amount"), (175, "稅額", "tax"))  # fmt: skip
    for x, lab, _p in cols:
        f.text(x, 90, lab, bold=True)
    f.pdf.line(15, 92, 195, 92)
    net = tax = 0.0
    for i, (name, q, p) in enumerate(
        (("連接器外殼報廢（PBT+30%GF）", 25, 212.0), ("料頭粉碎處理", 40, 15.0))
    ):
        a, t = round(q * p, 2), round(q * p * 0.05)
        net, tax = net + a, tax + t
        for (x, lab, path), raw, exp in zip(cols, (name, f"{q}", f"{p:,.0f}", f"{a:,.0f}", f"{t:,.0f}"),
                                            (None, q, kit.money(p), kit.money(a), kit.money(t))):  # fmt: skip
            f.value(x, 100 + 8 * i, raw, path=f"items[{i}].{path}", label=lab, expect=exp)
    f.pdf.line(15, 111, 195, 111)
    kit.pdf_lv_lines(f, 15, 50, 120, kit.field_rows(
        ("合　　計", "營 業 稅", "總　　計", "經　　理"),
        ((f"NT${net:,.0f}", kit.money(net)), (f"NT${tax:,.0f}", kit.money(tax)), (f"NT${net + tax:,.0f}", kit.money(net + tax)),
         "鄭文龍"),
        ("total_excl_tax", "total_tax", "total", "approved_by_manager"),
    ), step=7)  # fmt: skip


def return_zh_yazhu(f: kit.PdfDraw) -> None:
    """A die-caster's customer's 退货单 for castings weighed in kg (fpdf2): 退货单号, 退货日期, 客户, 反馈单号; lines 产品图号 /
    产品名称 / 单位 / 核定数量 / 实退数量 / 单价 / 金额; 退货原因, 处理方式 (报废), 仓库签收, 批准."""
    f = kit.CjkDraw.of(f)
    f.text(85, 16, "退货单", size=15)
    f.text(15, 23, "苏州德凯电机有限公司 → 昆山精铸压铸有限公司", size=8)
    kit.pdf_lv_lines(f, 15, 45, 34, kit.field_rows(
        ("退货单号", "退货日期", "客　　户", "反馈单号"),
        ("TH-DK-2611-015", ("2026.11.13", "2026-11-13"), "苏州德凯电机有限公司", "FK-2611-0092"),
        ("number", "issue_date", "customer", "complaint_number"),
    ), step=7)  # fmt: skip
    cols = ((15, "产品图号", "part_no"), (50, "产品名称", "part_name"), (85, "单位", "unit"), (100, "核定数量", "qty_approved"),
            (122, "实退数量", "qty_returned"), (146, "单价", "unit_price"), (170, "金额", "amount"))  # fmt: skip
    for x, lab, _p in cols:
        f.text(x, 70, lab, bold=True)
    f.pdf.line(15, 72, 195, 72)
    for i, (code, name, unit, qa, q, p) in enumerate((("DK-EC-2205-01", "电机端盖", "件", 36, 36, 42.5),
                                                      ("DK-EC-2205-01R", "端盖废料", "kg", 30, 28, 16.0))):  # fmt: skip
        for (x, lab, path), raw, exp in zip(cols, (code, name, unit, f"{qa}", f"{q}", f"{p:.2f}", f"{q * p:,.2f}"),
                                            (None, None, None, qa, q, kit.money(p), kit.money(q * p))):  # fmt: skip
            f.value(x, 80 + 8 * i, raw, path=f"items[{i}].{path}", label=lab, expect=exp)
    f.pdf.line(15, 91, 195, 91)
    kit.pdf_lv_lines(f, 15, 45, 100, kit.field_rows(
        ("退货原因", "处理方式", "仓库签收", "批　　准"),
        ("气孔（X光检测 2 级以上）", ("报废", ["scrap"]), "钱玉梅", "陆文斌"),
        kit.RETURN_FOOT_PATHS,
    ), step=7)  # fmt: skip


SENT_AS_PDF = kit.sent_as_pdf(  # what it imitates, drawing (fpdf2)
    (
        ("a customer's Tool Correction Request: Tool No., Cavity 2 (of 4), Shot count 125,000, Resin PA66-GF30, Correction Requested", complaint_en_tcr),
        ("a die-caster's 8D: Die No. / Shots D-114 / 41,200-42,900, porosity found by X-ray, D4 Escape Point", eightd_en_die),
        ("a Taiwanese moulder's 折讓單 priced per kg: 重量（kg）, 單價（元/kg）, 5 %, NT$", allowance_zht_kg),
        ("a die-caster's customer's 退货单 in 件 and kg: 单位 column, 反馈单号, 报废", return_zh_yazhu),
    ),
    _COPY2,
)  # fmt: skip
for _lay in SENT_AS_PDF:
    _lay["id"] = f"mould-{_lay['id']}"


# =============================================================================== odd files
def _more_defects_workbook() -> bytes:
    """A 注塑件质量异常单 whose 不良数量 (5,200 pcs) is more than its 来料数量 (4,800 pcs)."""
    return kit.sheet_bytes("异常单", (("注塑件质量异常单", None), ("异常单号", "QN-2611-0131"), ("发出日期", "2026-11-20"),
                                    ("发出单位", "宁波瑞昇汽车部件有限公司"), ("零件号", "5Q0-858-417-B"), ("模号", "M2611-03"),
                                    ("来料数量", "4,800 pcs"), ("不良数量", "5,200 pcs"), ("异常描述", "#3 穴缩水。")),
                           dt.datetime(2026, 11, 20, 9, 0))  # fmt: skip


def _no_such_day_workbook() -> bytes:
    """A 退货单 dated 2026/11/31, a day November does not have."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "退货单"
    for row in (("退货单",), ("退货单号", "TH-2611-0099"), ("退货日期", "2026/11/31"), ("客户", "宁波瑞昇汽车部件有限公司"),
                ("依据（异常单号）", "QN-2611-0053"), ("料号", "品名", "单位", "核定数量", "实退数量", "单价", "金额"),
                ("5Q0-858-417-B", "仪表板出风口叶片", "箱", 12, 12, 168.0, 2016.0), ("退货原因", "缩水"),
                ("处理方式", "返工")):  # fmt: skip
        ws.append(row)
    return kit.workbook_bytes(wb, dt.datetime(2026, 11, 30, 9, 0))


ODD = {
    "complaint-more-defects.xlsx": (
        "a 注塑件质量异常单 whose 不良数量 5,200 pcs is more than its 来料数量 4,800 pcs: an error on the defect count, "
        "never taken silently",
        _more_defects_workbook,
    ),
    "return-no-such-day.xlsx": (
        "a 退货单 dated 2026/11/31, a day November does not have: an error on the date, never a date guessed silently",
        _no_such_day_workbook,
    ),
}


if __name__ == "__main__":  # [--no-pdf] [--out DIR] (default: this folder)
    kit.run_with_odd(sys.argv[1:], HERE, (EXCEL, SENT_AS_PDF), SOURCE, "seventieth held-out layouts", ODD)
