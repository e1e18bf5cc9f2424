"""Write the sixty-third held-out set (run: ``python tests/holdout63/make_holdout63.py``).

Written from public descriptions of real forms WITHOUT reading the reader's code, for COMPLAINTS IN THE NEW-ENERGY
INDUSTRIES: lithium cells, battery packs and energy-storage systems, photovoltaic modules and inverters, EV chargers. A
pack maker's 电芯质量异常反馈单 to its cell supplier (``电芯型号``, ``批次 / Lot``, ``数量(只)``, a test-data table of ``电芯条码``
/ ``容量 mAh`` / ``内阻 mΩ`` / ``OCV`` / ``K值`` beside the fields), an EV maker's Field Failure Report (``VIN``, ``Mileage (km)``,
``DTC``, ``SOC / SOH``, ``BMS SW Version``, a supplier lot that looks like a date ``20261021``), a PV developer's 光伏组件质量投诉单
(``电站名称``, ``并网日期``, ``组件序列号``, ``EL 检测`` 隐裂 / 黑片, ``功率衰减 %``, ``供货数量(块)``), a Taiwanese inverter
maker's 逆變器客訴／RMA 申請單 (``SN``, ``Error Code``, ``Firmware``, 民國 dates, ``數量(台)``), an energy-storage site's English
8D (``Container ID``, ``Thermal runaway`` D3 containment), a cell maker's 8D报告 with a cell test table in the middle, a cell
return note (``数量(只)``, ``容量(kWh)``, ``托盘数``), a Taiwanese EV-charger maker's 退貨單 (``核准數量(支)``, ``NT$``), a
European installer's RMA return of modules (``dd.mm.yyyy``, ``EUR``,
``Pallets``), a 组件功率衰减补偿 折让单 priced per watt (``0.85 元/W``, ``补偿功率(W)``), a Taiwanese 折讓單 for inverters, a
US developer's Warranty Claim credit memo priced ``$/Wp`` (``MM/DD/YYYY``). Sent as PDF only (fpdf2): a European installer's
EV-charger Warranty Claim, an energy-storage site's 储能柜质量问题联络单 (``储能柜编号``, ``数量(簇)``), a Taiwanese battery
pack maker's 8D (``八大步驟``, half-width labels), a return of cells counted in pcs with the kWh and pallets beside them.
``odd/`` holds a 电芯质量异常反馈单 dated on a day that does not exist and a 折让单 whose 纳税人识别号 has sixteen characters.

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

HERE, SOURCE = kit.generator(__file__, "sixty-third held-out imitation")
dt = kit.dt


def nev_names(draw) -> tuple[str, str, str]:
    """The kit's id, kind and language of a drawing, the id prefixed ``nev-`` (ids are unique across the sets)."""
    lid, kind, lang = kit.layout_names(draw)
    return f"nev-{lid}", kind, lang


def test_table(s: kit.Sheet, row: int, col: int, heads, rows) -> None:
    """A table of measured values (no field of the record): ``heads`` shaded on ``row`` from column ``col``, then one
    row of ``rows`` a sheet row, every value typed as text (a cell id, ``3.2 V``, ``0.85 mΩ``)."""
    from openpyxl.utils import get_column_letter

    for k, h in enumerate(heads):
        s.text(f"{get_column_letter(col + k)}{row}", h, bold=True, shade=True, center=True)
    for i, line in enumerate(rows, start=1):
        for k, v in enumerate(line):
            s.value(f"{get_column_letter(col + k)}{row + i}", v, path=None, label=heads[k])


def signs(s: kit.Sheet, row: int, cols: str, labels, names, paths) -> None:
    """A sign-off row: the roles pre-printed shaded on ``row``, the names under them on the next row."""
    for col, lab, name, path in zip(cols, labels, names, paths, strict=True):
        s.text(f"{col}{row}", lab, bold=True, shade=True, center=True)
        s.value(f"{col}{row + 1}", name, path=path, label=lab)
    s.height(row + 1, 30)


# =============================================================================== complaint
def complaint_zh_dianxin(s: kit.Sheet) -> None:
    """A battery-pack maker's 电芯质量异常反馈单 to its cell supplier: 反馈单号, 反馈日期, 反馈单位 (the pack maker, the
    customer), 电芯型号, 批次 / Lot, 来料数量(只) / 不良数量(只), 不良率, a table of measured cells beside the fields
    (电芯条码, 容量 mAh, 内阻 mΩ, OCV V, K值 mV/d), 异常描述, 处理要求 ☑退货 ☐换货 ☐挑选, 临时措施, 反馈人 / 审核 / 批准."""
    s.text("A1", "电芯质量异常反馈单", "J1", size=15)
    kit.plain(s, "A2", "致：赣州锋源锂电科技有限公司（供应商）　　文件编号：QR-IQC-017　版本：A/2", "J2")
    kit.lv_pairs(s, 3, kit.field_rows(
        ("反馈单号", "反馈日期", "反馈单位", "电芯型号", "电芯规格", "批次 / Lot", "来料数量(只)", "不良数量(只)"),
        (kit.pick(s, "CQF-20261104-02", "CQF-20261119-05"), kit.pick(s, (dt.date(2026, 11, 4), "2026-11-04"), (dt.date(2026, 11, 19), "2026-11-19")),
         "东莞能储新能源科技有限公司", kit.pick(s, "LF280K-3C", "LF105-2A"),
         kit.pick(s, "磷酸铁锂方形电芯 3.2 V 280 Ah", "磷酸铁锂方形电芯 3.2 V 105 Ah"), kit.pick(s, "20261021", "20261107"),
         kit.pick(s, (4800, 4800), (2400, 2400)), kit.pick(s, (36, 36), (18, 18))),
        ("number", "received_date", "customer", "part_no", "part_name", "lot_no", "ship_qty", "defect_qty"),
    ))  # fmt: skip
    kit.lv(s, "A7", "不良率", "B7", kit.pick(s, "0.75%", "0.75%"), "defect_rate", expect=0.0075)
    kit.lv(s, "C7", "分容档位", "D7", kit.pick(s, "B2 档（278–282 Ah）", "A1 档（104–106 Ah）"), None)
    test_table(s, 3, 6, ("电芯条码 Cell ID", "容量 mAh", "内阻 mΩ", "OCV V", "K值 mV/d"), kit.pick(s, (
        ("03HCB2A1021F0K3M40001872", "279,420", "0.18", "3.291", "0.112"),
        ("03HCB2A1021F0K3M40001905", "251,300", "0.31", "3.262", "0.486"),
        ("03HCB2A1021F0K3M40002217", "249,880", "0.33", "3.258", "0.512"),
    ), (
        ("03HCB1A1107F0K2M20000418", "104,960", "0.42", "3.294", "0.098"),
        ("03HCB1A1107F0K2M20000533", "96,210", "0.61", "3.247", "0.433"),
    )))  # fmt: skip
    r = kit.rows_down(s, 8, kit.field_rows(
        ("异常描述", "处理要求", "临时措施"),
        (kit.pick(s, "模组 EOL 测试 36 只电芯自放电超标（K值 > 0.3 mV/d），容量低于 B2 档下限。", "来料抽检 18 只内阻偏大、OCV 偏低。"),
         (kit.marks(["退货", "换货", "挑选"], kit.pick(s, {"退货"}, {"换货"}), "☑", "☐"), kit.pick(s, ["return"], ["replacement"])),
         kit.pick(s, "同批次 4,800 只全部冻结，K值复测后分选。", "在库 2,400 只隔离，等待供应商复测。")),
        ("description", "customer_request", "short_term_action"),
    ), span="D")  # fmt: skip
    signs(s, r, "ABC", ("反馈人", "审核", "批准"), (kit.pick(s, "刘思远", "黄雨欣"), "邓建华", "何志刚"),
          ("reporter", None, None))  # fmt: skip


def complaint_en_ev(s: kit.Sheet) -> None:
    """An EV maker's Field Failure Report to its BMS supplier: FFR No., Report Date ``2026-11-06``, Customer (the
    OEM), Supplier, Part No. / Part Description, Supplier Lot (``20261021``, a date-looking code), VIN, Mileage (km), DTC,
    SOC / SOH (%), BMS SW Version, Qty Failed, Failure Description, Customer Request, Reported by / Supplier Quality
    Engineer."""
    s.text("A1", "FIELD FAILURE REPORT (FFR)", "D1", size=15)
    kit.plain(s, "A2", "Aurora Motors GmbH — Supplier Quality Management · Form SQM-F-112 rev. 4", "D2")
    kit.lv_pairs(s, 3, kit.field_rows(
        ("FFR No.", "Report Date", "Customer", "Supplier", "Part No.", "Part Description", "Supplier Lot", "Qty Failed"),
        (kit.pick(s, "FFR-26-04417", "FFR-26-04502"), kit.pick(s, ("2026-11-06", "2026-11-06"), ("2026-11-23", "2026-11-23")),
         "Aurora Motors GmbH", "Shenzhen Voltline BMS Co., Ltd.", kit.pick(s, "BMU-M12-0400", "BMU-S08-0210"),
         kit.pick(s, "BMS Master Control Unit 400 V", "BMS Slave Board 8S"), kit.pick(s, "20261021", "20261030"),
         kit.pick(s, ("7 units", 7), ("3 units", 3))),
        ("number", "received_date", "customer", None, "part_no", "part_name", "lot_no", "defect_qty"),
    ))  # fmt: skip
    kit.lv_pairs(s, 7, kit.field_rows(
        ("VIN", "Mileage (km)", "DTC", "SOC / SOH (%)", "BMS SW Version", "Vehicle Build Date"),
        (kit.pick(s, "WAU9AR4E7TN002318", "WAU9AR4E1TN004472"), kit.pick(s, "18,406", "7,215"), kit.pick(s, "P0AFA-00", "U0111-87"),
         kit.pick(s, "62 / 97", "40 / 99"), kit.pick(s, "V2.3.17", "V2.3.19"), kit.pick(s, "2026-07-14", "2026-08-02")),
        (None, None, None, None, None, None),
    ))  # fmt: skip
    r = kit.rows_down(s, 10, kit.field_rows(
        ("Failure Description", "Customer Request"),
        (kit.pick(s, "Isolation fault warning while DC fast charging, cell voltage sensing drops out on module 5.",
                  "CAN timeout between master and slave board after cold start (-18 °C)."),
         kit.pick(s, ("8D within 10 working days, replacement of 7 units", ["replacement"]),
                  ("Return for analysis and credit", ["return"]))),
        ("description", "customer_request"),
    ))  # fmt: skip
    kit.lv(s, f"A{r}", "Reported by", f"B{r}", kit.pick(s, "Jonas Weber", "Lea Hoffmann"), "reporter")
    kit.lv(s, f"C{r}", "SQE", f"D{r}", "Markus Braun", None)


def complaint_zh_pv(s: kit.Sheet) -> None:
    """A PV developer's 光伏组件质量投诉单: 投诉编号, 投诉日期, 建设单位 (the customer), 电站名称 / 并网日期 (no field),
    组件型号, 组件名称, 组件序列号 (a long id, no field), 批次号, 供货数量(块) / 异常数量(块), EL 检测 隐裂 / 黑片, 功率衰减 %,
    Pmax W, 诉求 更换组件, 联系人."""
    s.text("A1", "光伏组件质量投诉单", "D1", size=15)
    kit.plain(s, "A2", "国投绿能（青海）新能源有限公司　工程管理部", "D2")
    kit.lv_pairs(s, 3, kit.field_rows(
        ("投诉编号", "投诉日期", "建设单位", "电站名称", "组件型号", "组件名称", "批次号", "组件序列号", "供货数量(块)",
         "异常数量(块)", "并网日期", "功率衰减 %"),
        (kit.pick(s, "GTLN-TS-2611-008", "GTLN-TS-2611-015"), kit.pick(s, ("2026年11月9日", "2026-11-09"), ("2026年11月26日", "2026-11-26")),
         "国投绿能（青海）新能源有限公司", "格尔木 200 MW 光伏电站（二期）", kit.pick(s, "TSM-550DE19", "TSM-580NE28"),
         kit.pick(s, "单晶双面双玻组件 550Wp", "N型 TOPCon 双面组件 580Wp"), kit.pick(s, "B2026-0815", "B2026-0902"),
         kit.pick(s, "TS2608150231184 ~ TS2608150235966", "TS2609020107731 ~ TS2609020109012"),
         kit.pick(s, ("36,000", 36000), ("18,000", 18000)), kit.pick(s, ("412", 412), ("96", 96)),
         "2026-06-30", kit.pick(s, "6.8", "4.1")),
        ("number", "received_date", "customer", None, "part_no", "part_name", "lot_no", None, "ship_qty", "defect_qty",
         None, None),
    ))  # fmt: skip
    kit.lv(s, "A9", "EL 检测", "B9", kit.pick(s, "隐裂 318 块、黑片 94 块", "黑片 96 块"), None, span="D9")
    kit.lv(
        s, "A10", "Pmax 实测 / 标称 (W)", "B10", kit.pick(s, "512.6 / 550", "556.2 / 580"), None, span="D10"
    )
    r = kit.rows_down(s, 11, kit.field_rows(
        ("问题描述", "诉求"),
        (kit.pick(s, "运行 4 个月后第三方 IV 抽测功率衰减 6.8 %，EL 显示隐裂、黑片，疑为运输与层压问题。", "EL 抽检黑片，功率偏低。"),
         kit.pick(s, ("更换全部异常组件并承担拆装费用", ["replacement", "compensation"]), ("更换异常组件", ["replacement"]))),
        ("description", "customer_request"),
    ))  # fmt: skip
    kit.lv(s, f"A{r}", "联系人", f"B{r}", kit.pick(s, "马晓东", "韩雪"), "reporter")
    kit.lv(s, f"C{r}", "联系电话", f"D{r}", kit.pick(s, "138-9701-2345", "139-0971-5520"), None)


def complaint_zht_nibianqi(s: kit.Sheet) -> None:
    """A Taiwanese inverter maker's 逆變器客訴／RMA 申請單 (zh-Hant): RMA 編號, 申請日期 in 民國, 客戶名稱, 案場名稱 (no
    field), 機種, 序號 SN (no field), Error Code, Firmware, 出貨日期, 數量(台) in full-width digits, 故障描述, 處理要求 ☑維修
    ☐更換 ☐退貨, 客服人員 / 主管."""
    s.text("A1", "逆變器客訴／RMA 申請單", "D1", size=15)
    kit.plain(s, "A2", "旭揚能源科技股份有限公司　客服中心", "D2")
    kit.lv_pairs(s, 3, kit.field_rows(
        ("RMA 編號", "申請日期", "客戶名稱", "案場名稱", "機種", "序號 SN", "Error Code", "Firmware", "出貨日期", "數量(台)"),
        (kit.pick(s, "RMA-1151105-011", "RMA-1151124-004"), kit.pick(s, ("115/11/05", "2026-11-05"), ("115/11/24", "2026-11-24")),
         "日昇光電工程有限公司", "彰化芳苑漁電共生案場", kit.pick(s, "SY-50K-TL3", "SY-110K-TL3"),
         kit.pick(s, "50K3TW26040118", "110K3TW26050233"), kit.pick(s, "E034 / ISO Fault", "E012 / Grid Over Voltage"),
         kit.pick(s, "DSP V3.21 / ARM V1.08", "DSP V3.25 / ARM V1.09"), kit.pick(s, ("115/04/22", "2026-04-22"), ("115/05/18", "2026-05-18")),
         kit.pick(s, (kit.fw("6"), 6), (kit.fw("2"), 2))),
        ("number", "received_date", "customer", None, "part_no", None, None, None, "ship_date", "defect_qty"),
    ))  # fmt: skip
    r = kit.rows_down(s, 8, kit.field_rows(
        ("故障描述", "處理要求"),
        (kit.pick(s, "雨後早晨併網前報 ISO 絕緣阻抗異常，6 台無法併網。", "午間電網電壓偏高時跳機。"),
         (kit.marks(["維修", "更換", "退貨"], kit.pick(s, {"更換"}, {"退貨"}), "☑", "☐"), kit.pick(s, ["replacement"], ["return"]))),
        ("description", "customer_request"),
    ))  # fmt: skip
    signs(
        s,
        r,
        "AB",
        ("客服人員", "主管"),
        (kit.pick(s, "鄭雅婷", "蘇冠宇"), "許宏銘"),
        ("reporter", "sales_supervisor"),
    )


# =============================================================================== 8D
def eightd_en_ess(s: kit.Sheet) -> None:
    """An energy-storage integrator's 8D to its battery supplier after a site event: 8D Report No., Date Opened, Customer
    (the site owner), Customer Complaint No., Part No. (the rack), Qty Affected (racks), Container ID (no field), D1 Team
    Members, D2 Problem Description, D3 Containment (thermal runaway, isolation), D4 Root Cause / Escape Point, D5 Permanent
    Corrective Action, D6 Validation, D7 Prevent Recurrence, D8 Closure Date / Approved."""
    s.text("A1", "8D REPORT — ENERGY STORAGE SYSTEM", "D1", size=14)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("8D Report No.", "Date Opened", "Customer", "Customer Complaint No.", "Part No.", "Qty Affected (racks)"),
        (kit.pick(s, "8D-ESS-26-019", "8D-ESS-26-024"), kit.pick(s, ("11/10/2026", "2026-11-10"), ("11/27/2026", "2026-11-27")),
         "Mesa Verde Storage LLC", kit.pick(s, "MVS-QN-0931", "MVS-QN-0958"), kit.pick(s, "RK-1P52S-280", "RK-1P48S-314"),
         kit.pick(s, ("2 racks", 2), ("1 rack", 1))),
        kit.EIGHTD_HEAD_PATHS,
    ))  # fmt: skip
    kit.lv(
        s,
        "A5",
        "Container ID",
        "B5",
        kit.pick(s, "BESS-C07 / Rack 3, 4", "BESS-C12 / Rack 1"),
        None,
        span="D5",
    )
    kit.team_cell(s, "A6", "D1 Team Members", "B6", kit.pick(s, ("Ethan Cole", "Priya Nair", "Zhou Bin"), ("Ethan Cole", "Zhou Bin")),
                  span="D6")  # fmt: skip
    rows = kit.eightd_steps(
        ("D2 Problem Description", "D3 Containment", "D4 Root Cause", "D4 Escape Point", "D5 Permanent Corrective Action",
         "D6 Validation", "D7 Prevent Recurrence"),
        kit.pick(s, ("Off-gas alarm and cell temperature 68 °C in rack 3 at 95 % SOC; no thermal runaway.",
                     "Container de-energized, racks 3-4 isolated, fleet SOC limited to 80 %, daily IR scan.",
                     "Busbar bolt torque below 9 N·m, contact resistance heating at module 7.",
                     "End-of-line torque audit sampled 1 in 20 racks; no thermal imaging at FAT.",
                     "Torque-controlled tools with data logging; paint mark and 100 % torque record.",
                     "90-day monitoring: max cell delta-T 3.1 °C on 14 containers.",
                     "Torque logging rolled out to all pack lines; PFMEA and control plan updated."),
                    ("BMS lost rack communication, rack 1 shut down at 70 % SOC.",
                     "Rack 1 taken out of service, firmware rollback on the site.",
                     "CAN terminator missing on rack 1 harness.", "Harness continuity test skipped the terminator.",
                     "Terminator integrated into harness, 100 % resistance check.",
                     "30 days without communication loss.", "Harness test spec updated for all ESS projects.")),
    )  # fmt: skip
    kit.lv_rows(s, 7, rows)
    kit.lv_pairs(s, 14, kit.field_rows(
        ("D8 Closure Date", "Approved"), (kit.pick(s, ("12/18/2026", "2026-12-18"), ("12/29/2026", "2026-12-29")), "Daniel Ortiz"),
        ("closure.closed_date", "closure.approved_by"),
    ))  # fmt: skip


def eightd_zh_dianxin(s: kit.Sheet) -> None:
    """A cell maker's 8D报告 to a pack maker, with a table of the returned cells' test data between D2 and D3: 报告编号,
    日期, 客户, 客户反馈单号, 电芯型号, 不良数量(只), D1 小组成员, D2 问题描述, 电芯条码 / 容量 / 内阻 / K值 table, D3 围堵措施,
    D4 产生原因 / 流出原因, D5 纠正措施, D6 效果确认, D7 预防措施, D8 结案, 批准."""
    s.text("A1", "8D报告", "F1", size=15)
    kit.plain(s, "A2", "赣州锋源锂电科技有限公司　品质部", "F2")
    kit.lv_pairs(s, 3, kit.field_rows(
        ("报告编号", "日期", "客户", "客户反馈单号", "电芯型号", "不良数量(只)"),
        ("8D-FY-2611-013", ("2026.11.12", "2026-11-12"), "东莞能储新能源科技有限公司", "CQF-20261104-02", "LF280K-3C",
         ("36 只", 36)),
        kit.EIGHTD_HEAD_PATHS,
    ), span="F")  # fmt: skip
    kit.team_cell(s, "A6", "D1 小组成员", "B6", ("孙立军", "钟晓梅", "赖俊杰"), sep="、", span="F6")
    steps = kit.eightd_steps(
        ("D2 问题描述", "D3 围堵措施", "D4 产生原因", "D4 流出原因", "D5 纠正措施", "D6 效果确认", "D7 预防措施"),
        ("客户模组 EOL 测试 36 只电芯 K值超标，容量低于 B2 档下限。", "在库及在途 4,800 只冻结，K值复测 7 天后重新分容分档。",
         "注液后搁置时间不足 24 h，极片边缘毛刺导致微短路。", "出货 K值测试周期 3 天，未能识别缓慢自放电。",
         "分切刀更换周期由 50 万米改 30 万米，增加毛刺 CCD 检测。", "连续 3 批 K值均值 0.09 mV/d，无超标。",
         "K值测试周期改为 7 天，写入出货检验规范，同类型号比照执行。"),
    )  # fmt: skip
    kit.lv(s, "A7", steps[0][0], "B7", steps[0][1], steps[0][2], span="F7")
    s.text("A8", "返回电芯测试数据", "F8", bold=True, center=True)
    test_table(s, 9, 1, ("电芯条码", "容量(Ah)", "内阻(mΩ)", "OCV(V)", "K值(mV/d)", "判定"), (
        ("03HCB2A1021F0K3M40001905", "251.3", "0.31", "3.262", "0.486", "NG"),
        ("03HCB2A1021F0K3M40002217", "249.9", "0.33", "3.258", "0.512", "NG"),
    ))  # fmt: skip
    kit.lv_rows(s, 12, steps[1:], span="F")
    kit.lv_pairs(s, 18, kit.field_rows(
        ("D8 结案日期", "批准"), (("2026.12.15", "2026-12-15"), "温国强"), ("closure.closed_date", "closure.approved_by"),
    ), span="F")  # fmt: skip


# =============================================================================== return
def return_zh_dianxin(s: kit.Sheet) -> None:
    """A cell maker's 退货单 for cells sent back by a pack maker: 退货单号, 退货日期, 客户, 客诉单号, lines 电芯型号 / 规格 /
    批准数量(只) / 退货数量(只) / 容量(kWh) / 托盘数 / 单价(元/只) / 金额(元), then 退货原因, 处理方式, 仓库签收, 批准."""
    s.text("A1", "退货单", "E1", size=15)
    kit.plain(s, "F1", "赣州锋源锂电科技有限公司　成品仓", "H1")
    kit.lv_pairs(s, 2, kit.field_rows(
        ("退货单号", "退货日期", "客户", "客诉单号"),
        (kit.pick(s, "TH-FY-261118-03", "TH-FY-261202-01"), kit.pick(s, ("2026/11/18", "2026-11-18"), ("2026/12/02", "2026-12-02")),
         "东莞能储新能源科技有限公司", kit.pick(s, "CQF-20261104-02", "CQF-20261119-05")),
        ("number", "issue_date", "customer", "complaint_number"),
    ), cols=("AB", "DE"), span="H")  # fmt: skip
    heads = ("电芯型号", "规格", "批准数量(只)", "退货数量(只)", "单价(元/只)", "金额(元)")
    kit.return_table(s, heads, kit.pick(s, (
        ("LF280K-3C", "3.2 V 280 Ah 磷酸铁锂", 36, 36, 412.0, "32.26", "1"),
    ), (
        ("LF105-2A", "3.2 V 105 Ah 磷酸铁锂", 18, 18, 168.0, "6.05", "1"),
        ("LF105-2A-R", "3.2 V 105 Ah 返修品", 6, 6, 120.0, "2.02", "1"),
    )), {"E": ("容量(kWh)", "@"), "F": ("托盘数", "@")}, kit.field_rows(
        ("退货原因", "处理方式", "仓库签收", "批准"),
        (kit.pick(s, "自放电 K值超标（反馈单 CQF-20261104-02）", "内阻偏大"), ("报废", ["scrap"]), "罗海燕", "温国强"),
        kit.RETURN_FOOT_PATHS,
    ), "H")  # fmt: skip


def return_en_pv(s: kit.Sheet) -> None:
    """A European installer's RMA return of PV modules to the module maker's EU warehouse: RMA No., Date ``dd.mm.yyyy``,
    Installer (the customer), Warranty Claim No., lines Module Type / Description / Qty Approved / Qty Returned /
    Pallets / Unit Price (EUR) / Amount (EUR), then Reason for Return, Resolution, Received by (warehouse), Approved by."""
    s.text("A1", "Return Material Authorization (RMA) — PV Modules", "D1", size=14)
    kit.plain(s, "E1", "SunBridge Europe B.V. · Warehouse Venlo (NL)", "G1")
    kit.lv_pairs(s, 2, kit.field_rows(
        ("RMA No.", "Date", "Installer", "Warranty Claim No."),
        (kit.pick(s, "RMA-EU-26-1187", "RMA-EU-26-1243"), kit.pick(s, ("17.11.2026", "2026-11-17"), ("04.12.2026", "2026-12-04")),
         "Solartechnik Brandt GmbH", kit.pick(s, "WC-DE-26-0412", "WC-DE-26-0457")),
        ("number", "issue_date", "customer", "complaint_number"),
    ), cols=("AB", "DE"), span="G")  # fmt: skip
    heads = ("Module Type", "Description", "Qty Approved", "Qty Returned", "Unit Price (EUR)", "Amount (EUR)")
    kit.head_row(s, 4, "ABCDEFG", ("Module Type", "Description", "Qty Approved", "Qty Returned", "Pallets",
                                    "Unit Price (EUR)", "Amount (EUR)"))  # fmt: skip
    lines = kit.pick(s, (("SB-430M-BF", "Mono PERC 430 Wp black frame", 62, 62, 96.75),),
                     (("SB-445N-GG", "N-type glass/glass 445 Wp", 31, 31, 104.50),))  # fmt: skip
    for i, (code, name, qa, q, p) in enumerate(lines):
        r = 5 + i
        a = round(q * p, 2)
        for col, val, path, exp in (("A", code, "part_no", None), ("B", name, "part_name", None),
                                    ("C", f"{qa} pcs", "qty_approved", qa), ("D", f"{q} pcs", "qty_returned", q),
                                    ("F", f"€ {kit.eu(p, '.')}", "unit_price", kit.money(p)),
                                    ("G", f"€ {kit.eu(a, '.')}", "amount", kit.money(a))):  # fmt: skip
            s.value(
                f"{col}{r}", val, path=f"items[{i}].{path}", label=dict(zip("ABCDFG", heads))[col], expect=exp
            )
        s.value(f"E{r}", "2", path=None, label="Pallets")
    kit.return_foot(s, 5 + len(lines), kit.field_rows(
        ("Reason for Return", "Resolution", "Received by", "Approved by"),
        (kit.pick(s, "Snail trails and micro-cracks (EL), claim WC-DE-26-0412", "Glass breakage in transit"),
         ("Replacement modules shipped", ["replace"]), "Pieter de Vries", "Sanne Bakker"),
        kit.RETURN_FOOT_PATHS,
    ), "G")  # fmt: skip


def return_zht_chongdian(s: kit.Sheet) -> None:
    """A Taiwanese EV-charger maker's 退貨單 (zh-Hant) for charging guns sent back by an operator: 退貨單號, 退貨日期 in 民國,
    客戶, RMA 單號 (the complaint), lines 料號 / 品名規格 / 核准數量(支) / 實退數量(支) / 單價 / 金額 with amounts ``NT$``, then
    退貨原因, 處置方式 更換新品, 倉管簽收, 主管核准."""
    s.text("A1", "退貨單", "F1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("退貨單號", "退貨日期", "客戶", "RMA 單號"),
        ("RT-1151126-07", ("115年11月26日", "2026-11-26"), "速電充電網股份有限公司", "RMA-CG-1151118-03"),
        ("number", "issue_date", "customer", "complaint_number"),
    ), cols=("AB", "DE"), span="F")  # fmt: skip
    heads = ("料號", "品名規格", "核准數量(支)", "實退數量(支)", "單價", "金額")
    kit.head_row(s, 4, "ABCDEF", heads)
    kit.return_lines(s, 5, (("CCS1-200A-5M", "CCS1 充電槍線 200A / 5 m", 12, 12, 6800.0),), heads,
                     count=lambda n: f"{n} 支", amount=lambda x: f"NT${x:,.0f}")  # fmt: skip
    kit.return_foot(s, 6, kit.field_rows(
        ("退貨原因", "處置方式", "倉管簽收", "主管核准"),
        ("槍頭溫度感測器失效，充電 15 分鐘即過溫跳脫（E-41）", ("更換新品", ["replace"]), "廖淑芬", "蔡明哲"),
        kit.RETURN_FOOT_PATHS,
    ), "F")  # fmt: skip


# =============================================================================== allowance
def allowance_zh_pv(s: kit.Sheet) -> None:
    """A module maker's 组件功率衰减补偿折让单 priced per watt: 折让单号, 开具日期, 购买方, 纳税人识别号, 原发票号码, 投诉编号,
    lines 组件型号 / 补偿功率(W) / 单价(元/W) ``0.85`` / 折让金额(元) / 税额(元) 13 %, 合计 / 税额合计 / 价税合计, 大写, 核准."""
    s.text("A1", "组件功率衰减补偿折让单", "E1", size=15)
    kit.plain(s, "A2", "天晟光伏科技股份有限公司　销售管理部", "E2")
    kit.lv_pairs(s, 3, kit.field_rows(
        ("折让单号", "开具日期", "购买方", "纳税人识别号", "原发票号码", "投诉编号"),
        (kit.pick(s, "ZR-TS-261203-02", "ZR-TS-261217-01"), kit.pick(s, ("2026-12-03", "2026-12-03"), ("2026-12-17", "2026-12-17")),
         "国投绿能（青海）新能源有限公司", "91632801MA7K4C2N8P", kit.pick(s, "26632000000018834517", "26632000000019201146"),
         kit.pick(s, "GTLN-TS-2611-008", "GTLN-TS-2611-015")),
        ("number", "issue_date", "buyer", "buyer_tax_id", "invoice_no", "complaint_number"),
    ), cols=("AB", "DE"))  # fmt: skip
    heads = ("组件型号 / 品名", "补偿功率(W)", "单价(元/W)", "折让金额(元)", "税额(元)")
    kit.head_row(s, 7, "ABCDE", heads)
    net, tax = kit.credit_cells(s, 8, kit.pick(s, (("TSM-550DE19 功率衰减补偿（412 块 × 550 W × 6.8 %）", 15409, 0.85),),
                                               (("TSM-580NE28 功率衰减补偿（96 块 × 580 W × 4.1 %）", 2283, 0.85),)),
                                heads, 0.13)  # fmt: skip
    for r, lab, x, path in ((10, "合计", net, "total_excl_tax"), (11, "税额合计", tax, "total_tax"),
                            (12, "价税合计", round(net + tax, 2), "total")):  # fmt: skip
        kit.lv(s, f"A{r}", lab, f"D{r}", x, path, expect=kit.money(x), lspan=f"C{r}", fmt="#,##0.00")
    kit.lv(s, "A13", "核准", "B13", "彭振宇", "approved_by_manager")


def allowance_zht_nibianqi(s: kit.Sheet) -> None:
    """A Taiwanese inverter maker's 銷貨折讓單 (zh-Hant): 折讓單號, 折讓日期 in 民國, 買受人, 統一編號, 發票號碼 ``RK-38250417``,
    發票日期, 客訴單號 (the RMA), lines 品名 / 數量(台) / 單價 / 折讓金額 / 營業稅額 5 %, 合計 / 稅額 / 總計, 經辦 / 核准."""
    s.text("A1", "銷貨折讓單", "E1", size=15)
    kit.plain(s, "A2", "旭揚能源科技股份有限公司", "E2")
    kit.lv_pairs(s, 3, kit.field_rows(
        ("折讓單號", "折讓日期", "買受人", "統一編號", "發票號碼", "發票日期", "客訴單號"),
        ("AL-1151210-02", ("115年12月10日", "2026-12-10"), "日昇光電工程有限公司", "24681357", "RK-38250417",
         ("115/04/22", "2026-04-22"), "RMA-1151105-011"),
        ("number", "issue_date", "buyer", "buyer_tax_id", "invoice_no", "invoice_date", "complaint_number"),
    ), cols=("AB", "DE"))  # fmt: skip
    heads = ("品名", "數量(台)", "單價", "折讓金額", "營業稅額")
    kit.head_row(s, 7, "ABCDE", heads)
    net, tax = kit.credit_cells(s, 8, (("SY-50K-TL3 停機損失補償", 6, 8500.0),), heads, 0.05)
    for r, lab, x, path in ((10, "合計", net, "total_excl_tax"), (11, "稅額", tax, "total_tax"),
                            (12, "總計", round(net + tax, 2), "total")):  # fmt: skip
        kit.lv(s, f"A{r}", lab, f"D{r}", x, path, expect=kit.money(x), lspan=f"C{r}", fmt="#,##0")
    signs(s, 13, "AB", ("經辦", "核准"), ("鄭雅婷", "許宏銘"), (None, "approved_by_manager"))


def allowance_en_us(s: kit.Sheet) -> None:
    """A module maker's US subsidiary's Warranty Claim credit memo to a US developer, priced per watt: Credit Memo #,
    Date ``MM/DD/YYYY``, Bill To, Original Invoice #, Invoice Date, Warranty Claim #, lines Description / Qty (Wp) / Rate
    ($/Wp) / Amount / Sales Tax, Subtotal / Sales Tax / Total Credit, Authorized by."""
    s.text("A1", "CREDIT MEMO — Warranty Claim Settlement", "E1", size=14)
    kit.plain(s, "A2", "Helion Solar Americas Inc. · 1200 Main St., Suite 400, Dallas, TX 75202", "E2")
    kit.lv_pairs(s, 3, kit.field_rows(
        ("Credit Memo #", "Date", "Bill To", "Original Invoice #", "Invoice Date", "Warranty Claim #"),
        (kit.pick(s, "CM-US-26-0318", "CM-US-26-0342"), kit.pick(s, ("12/08/2026", "2026-12-08"), ("12/21/2026", "2026-12-21")),
         "Lone Star Solar Partners LLC", kit.pick(s, "INV-US-260611", "INV-US-260702"),
         kit.pick(s, ("06/24/2026", "2026-06-24"), ("07/15/2026", "2026-07-15")), kit.pick(s, "WC-2611-0087", "WC-2611-0093")),
        ("number", "issue_date", "buyer", "invoice_no", "invoice_date", "complaint_number"),
    ), cols=("AB", "DE"))  # fmt: skip
    heads = ("Description", "Qty (Wp)", "Rate ($/Wp)", "Amount (USD)", "Sales Tax (USD)")
    kit.head_row(s, 7, "ABCDE", heads)
    lines = kit.pick(s, (("HS-540M degradation credit, 1,200 modules × 540 Wp × 3.5 %", 22680, 0.28),),
                     (("HS-560N hail-damage credit, 40 modules × 560 Wp", 22400, 0.26),))  # fmt: skip
    net = 0.0
    for i, (name, q, p) in enumerate(lines):
        r, a = 8 + i, round(q * p, 2)
        net += a
        s.value(f"A{r}", name, path=f"items[{i}].name", label=heads[0])
        s.value(f"B{r}", f"{q:,} Wp", path=f"items[{i}].qty", label=heads[1], expect=q)
        s.value(f"C{r}", f"${p:.2f}/Wp", path=f"items[{i}].unit_price", label=heads[2], expect=kit.money(p))
        s.value(
            f"D{r}", f"${a:,.2f}", path=f"items[{i}].allowance_amount", label=heads[3], expect=kit.money(a)
        )
        s.value(f"E{r}", "$0.00", path=f"items[{i}].tax", label=heads[4], expect="0.00")
    for r, lab, x, path in ((10, "Subtotal", net, "total_excl_tax"), (11, "Sales Tax", 0.0, "total_tax"),
                            (12, "Total Credit", net, "total")):  # fmt: skip
        kit.lv(s, f"A{r}", lab, f"D{r}", f"${x:,.2f}", path, expect=kit.money(x), lspan=f"C{r}")
    kit.lv(
        s, "A13", "Authorized by", "B13", "Rachel Kim, Director of Customer Service", "approved_by_manager"
    )


_COPY2 = {"complaint_zh_dianxin", "complaint_en_ev", "complaint_zh_pv", "complaint_zht_nibianqi", "eightd_en_ess",
          "return_zh_dianxin", "allowance_zh_pv", "allowance_en_us", "complaint_en_charger"}  # fmt: skip
"""The drawings with a second copy in copy2/ (eight workbooks, one sent as PDF only)."""

EXCEL = [  # drawing (its name gives the id, kind and language), sheet, column widths, what it imitates
    kit.excel_layout(*nev_names(draw), draw, sheet, widths, imitates, copy2=draw.__name__ in _COPY2)
    for draw, sheet, widths, imitates in (
        (complaint_zh_dianxin, "反馈单", dict(A=14, B=26, C=14, D=26, E=3, F=28, G=11, H=9, I=9, J=10), "a pack maker's 电芯质量异常反馈单 to its cell supplier: 电芯型号, 批次 / Lot 20261021, 数量(只), a cell test table (容量 mAh, 内阻 mΩ, OCV, K值) beside the fields"),
        (complaint_en_ev, "FFR", dict(A=22, B=34, C=22, D=34), "an EV maker's Field Failure Report: VIN, Mileage (km), DTC, SOC / SOH (%), BMS SW Version, Supplier Lot 20261021, Qty Failed 7 units"),
        (complaint_zh_pv, "投诉", dict(A=16, B=34, C=16, D=34), "a PV developer's 光伏组件质量投诉单: 建设单位, 电站名称, 组件序列号 range, 供货数量(块) / 异常数量(块), EL 隐裂 / 黑片, 功率衰减 %"),
        (complaint_zht_nibianqi, "RMA", dict(A=16, B=30, C=14, D=30), "a Taiwanese inverter maker's 逆變器客訴／RMA 申請單: 民國 dates, 序號 SN, Error Code, Firmware, 數量(台) in full-width digits"),
        (eightd_en_ess, "8D", dict(A=30, B=36, C=24, D=30), "an energy-storage integrator's 8D: Container ID, D3 thermal runaway containment, Qty Affected (racks), MM/DD/YYYY"),
        (eightd_zh_dianxin, "8D", dict(A=24, B=14, C=12, D=14, E=12, F=10), "a cell maker's 8D报告 with the returned cells' test table between D2 and D3: 电芯型号, 不良数量(只), 围堵措施, 产生原因"),
        (return_zh_dianxin, "退货", dict(A=14, B=24, C=13, D=13, E=11, F=9, G=12, H=12), "a cell maker's 退货单: 数量(只), 容量(kWh) and 托盘数 columns, 单价(元/只)"),
        (return_zht_chongdian, "退貨", dict(A=16, B=28, C=14, D=14, E=12, F=14), "a Taiwanese EV-charger maker's 退貨單: 民國 dates, RMA 單號, 核准數量(支) / 實退數量(支), NT$, 更換新品"),
        (return_en_pv, "RMA", dict(A=16, B=28, C=13, D=13, E=9, F=16, G=16), "a European installer's PV-module RMA: dd.mm.yyyy, Warranty Claim No., Pallets, € 1.234,50"),
        (allowance_zh_pv, "折让", dict(A=40, B=14, C=12, D=16, E=14), "a module maker's 组件功率衰减补偿折让单 priced per watt: 补偿功率(W), 单价(元/W) 0.85, 纳税人识别号"),
        (allowance_zht_nibianqi, "折讓", dict(A=24, B=16, C=12, D=22, E=14), "a Taiwanese inverter maker's 銷貨折讓單: 民國 dates, 統一編號, 數量(台), 營業稅額 5 %"),
        (allowance_en_us, "Credit Memo", dict(A=44, B=24, C=20, D=24, E=20), "a US Warranty Claim credit memo priced $/Wp: MM/DD/YYYY, Bill To, Qty (Wp), Rate ($/Wp)"),
    )
]  # fmt: skip


# =============================================================================== sent as PDF only
def complaint_en_charger(f: kit.PdfDraw) -> None:
    """A European installer's Warranty Claim for AC wallboxes (fpdf2): Claim No., Date of Claim ``dd/mm/yyyy``, Installer
    (the customer), Charger Model, Serial No. (no field), Production Batch, Error Code, Firmware, Units Installed / Units
    Faulty, Fault Description, Requested Remedy, Submitted by."""
    f.text(60, 16, "WARRANTY CLAIM - EV CHARGER", size=14)
    f.text(15, 23, "Submitted through the partner portal of VoltHub Charging Technology Co., Ltd.", size=8)
    y = kit.pdf_lv_lines(f, 15, 62, 34, kit.field_rows(
        ("Claim No.", "Date of Claim", "Installer", "Charger Model", "Serial No.", "Production Batch", "Error Code",
         "Firmware", "Units Installed", "Units Faulty"),
        (kit.pick(f, "WCL-UK-26-2231", "WCL-UK-26-2290"), kit.pick(f, ("14/11/2026", "2026-11-14"), ("01/12/2026", "2026-12-01")),
         "GreenPlug Installations Ltd", kit.pick(f, "VH-AC22-T2S", "VH-AC7-T2C"), kit.pick(f, "VH22T2S2609004417", "VH07T2C2610001239"),
         kit.pick(f, "2609-B", "2610-A"), kit.pick(f, "E-17 RCD self-test failed", "E-05 CP signal error"),
         kit.pick(f, "FW 1.4.2", "FW 1.4.3"), kit.pick(f, ("40 units", 40), ("24 units", 24)),
         kit.pick(f, ("9 units", 9), ("4 units", 4))),
        ("number", "received_date", "customer", "part_no", None, "lot_no", None, None, "ship_qty", "defect_qty"),
    ), step=8, colon=":")  # fmt: skip
    kit.pdf_lv_lines(f, 15, 62, y + 4, kit.field_rows(
        ("Fault Description", "Requested Remedy", "Submitted by"),
        (kit.pick(f, "Chargers trip with E-17 after rain; 6 mA DC leakage detection fails.", "No charging, CP stays at 12 V."),
         kit.pick(f, ("Replacement units and labour cost", ["replacement", "compensation"]), ("Replacement", ["replacement"])),
         kit.pick(f, "Tom Fletcher", "Amy Walsh")),
        ("description", "customer_request", "reporter"),
    ), step=8, colon=":")  # fmt: skip


def complaint_zh_chuneng(f: kit.PdfDraw) -> None:
    """An energy-storage site owner's 储能柜质量问题联络单 (fpdf2): 联络单号, 发出日期, 业主单位 (the customer), 项目名称
    (no field), 储能柜编号 (no field), 电池簇型号, 出厂编号, 涉及数量(簇), 问题描述 (热失控 预警), 处理要求, 现场联系人."""
    f = kit.CjkDraw.of(f)
    f.text(60, 16, "储能柜质量问题联络单", size=14)
    f.text(15, 23, "华储综合能源服务有限公司　项目运维部", size=8)
    y = kit.pdf_lv_lines(f, 15, 50, 34, kit.field_rows(
        ("联络单号", "发出日期", "业主单位", "项目名称", "储能柜编号", "电池簇型号", "出厂编号", "涉及数量(簇)"),
        ("HC-LL-2611-027", ("2026年11月16日", "2026-11-16"), "华储综合能源服务有限公司", "张北 100 MW / 200 MWh 储能电站",
         "ESS-07、ESS-08", "BC-1P416S-280", "BC2608270045", ("3 簇", 3)),
        ("number", "received_date", "customer", None, None, "part_no", "lot_no", "defect_qty"),
    ), step=8)  # fmt: skip
    kit.pdf_lv_lines(f, 15, 50, y + 4, kit.field_rows(
        ("问题描述", "处理要求", "现场联系人"),
        ("ESS-07 第 3 簇 BMS 报单体温升过快（热失控一级预警），消防系统启动预警。", ("更换电池簇并出具 8D 报告", ["replacement"]),
         "白志强"),
        ("description", "customer_request", "reporter"),
    ), step=8)  # fmt: skip


def eightd_zht_pack(f: kit.PdfDraw) -> None:
    """A Taiwanese battery-pack maker's 8D報告 to an e-scooter maker (fpdf2), every step named in Chinese with its D
    number after it: 報告編號, 開立日期 (民國), 客戶, 客訴單號, 電池包料號, 不良數量(組), 小組成員 (D1), 問題描述 (D2), 暫時
    對策 (D3), 真因分析 (D4), 流出原因 (D4), 永久對策 (D5), 效果確認 (D6), 預防再發 (D7), 結案日期 (D8), 核准."""
    f = kit.CjkDraw.of(f)
    f.text(70, 16, "8D 報告（電池包）", size=14)
    y = kit.pdf_lv_lines(f, 15, 62, 30, kit.field_rows(
        ("報告編號", "開立日期", "客戶", "客訴單號", "電池包料號", "不良數量(組)"),
        ("8D-BP-1151120-01", ("115.11.20", "2026-11-20"), "光陽動力車業股份有限公司", "KY-QA-1151112",
         "BP-48V-25AH-G3", ("14 組", 14)),
        kit.EIGHTD_HEAD_PATHS,
    ), step=8)  # fmt: skip
    kit.pdf_team_line(f, 15, 62, y, "小組成員 (D1)", ("陳冠廷", "林欣怡", "吳俊賢"))
    steps = kit.eightd_steps(
        ("問題描述 (D2)", "暫時對策 (D3)", "真因分析 (D4)", "流出原因 (D4)", "永久對策 (D5)", "效果確認 (D6)", "預防再發 (D7)"),
        ("電池包充電後 BMS 報電芯壓差過大，14 組無法啟動。", "庫存 320 組全數檢測壓差，市場品召回更換。",
         "點焊能量偏低，鎳片虛焊致內阻上升。", "出貨前未做振動後壓差測試。", "點焊機加裝能量監控並每班拉力試驗。",
         "連續 4 批振動後壓差 < 20 mV。", "點焊參數納入 SOP，其他電池包產線同步導入。"),
    )  # fmt: skip
    y = kit.pdf_lv_lines(f, 15, 62, y + 8, [(lab, raw, path, None) for lab, raw, path in steps], step=9)
    kit.pdf_lv_lines(f, 15, 62, y, kit.field_rows(
        ("結案日期 (D8)", "核准"), (("115.12.19", "2026-12-19"), "黃建志"), ("closure.closed_date", "closure.approved_by"),
    ), step=8)  # fmt: skip


def return_en_cells(f: kit.PdfDraw) -> None:
    """A cell maker's Return Note for cells sent back by an EV maker's pack plant (fpdf2): Return No., Return Date,
    Customer, Complaint Ref. (the FFR), lines Cell P/N / Description / Qty Approved (pcs) / Qty Returned (pcs) / Energy
    (kWh) / Pallets / Unit Price (USD) / Amount (USD), then Reason, Disposition, Received by, Approved by."""
    f.text(70, 16, "RETURN NOTE - LITHIUM CELLS", size=14)
    f.text(15, 23, "UN3480 / Class 9 - returned under SOC 30 %", size=8)
    kit.pdf_lv_lines(f, 15, 60, 32, kit.field_rows(
        ("Return No.", "Return Date", "Customer", "Complaint Ref."),
        ("RN-CL-26-0562", ("2026-11-28", "2026-11-28"), "Aurora Motors GmbH", "FFR-26-04417"),
        ("number", "issue_date", "customer", "complaint_number"),
    ), step=7, colon=":")  # fmt: skip
    cols = ((15, "Cell P/N", "part_no"), (42, "Description", "part_name"), (84, "Qty Approved", "qty_approved"),
            (106, "Qty Returned", "qty_returned"), (128, "Energy (kWh)", None), (148, "Pallets", None),
            (163, "Unit Price", "unit_price"), (182, "Amount", "amount"))  # fmt: skip
    for x, lab, _p in cols:
        f.text(x, 66, lab, size=7, bold=True)
    f.pdf.line(15, 68, 198, 68)
    q, p = 480, 52.40
    raws = (
        "NMC-21700-50E",
        "21700 NMC 5.0 Ah",
        f"{q} pcs",
        f"{q} pcs",
        "8.64",
        "1",
        f"{p:.2f}",
        f"{q * p:,.2f}",
    )
    exps = (None, None, q, q, None, None, kit.money(p), kit.money(q * p))
    for (x, lab, path), raw, exp in zip(cols, raws, exps):
        f.value(x, 75, raw, path=path and f"items[0].{path}", label=lab, expect=exp, size=8)
    f.pdf.line(15, 78, 198, 78)
    kit.pdf_lv_lines(f, 15, 60, 88, kit.field_rows(
        ("Reason", "Disposition", "Received by", "Approved by"),
        ("Cell voltage sensing fault traced to low-capacity cells (FFR-26-04417)", ("Scrap and credit", ["scrap", "credit"]),
         "Wang Lei", "Chen Hui"),
        kit.RETURN_FOOT_PATHS,
    ), step=8, colon=":")  # fmt: skip


SENT_AS_PDF = kit.sent_as_pdf(  # what it imitates, drawing (fpdf2)
    (
        ("a European installer's EV-charger Warranty Claim: 14/11/2026, Serial No., Error Code, Firmware, Units Faulty 9 units", complaint_en_charger),
        ("an energy-storage site's 储能柜质量问题联络单: 储能柜编号, 出厂编号, 涉及数量(簇), 热失控一级预警", complaint_zh_chuneng),
        ("a Taiwanese battery-pack maker's 8D報告 with the D number after each step: 小組成員 (D1), 真因分析 (D4), 115.11.20", eightd_zht_pack),
        ("a cell maker's Return Note: Qty (pcs) with Energy (kWh) and Pallets beside, UN3480", return_en_cells),
    ),
    _COPY2,
)  # fmt: skip
for _lay in SENT_AS_PDF:
    _lay["id"] = f"nev-{_lay['id']}"


# =============================================================================== odd files
def _no_such_day_workbook() -> bytes:
    """A 电芯质量异常反馈单 dated on a day that does not exist (``2026/11/31``)."""
    return kit.sheet_bytes("反馈单", (("电芯质量异常反馈单", None), ("反馈单号", "CQF-20261131-01"), ("反馈日期", "2026/11/31"),
                                    ("反馈单位", "东莞能储新能源科技有限公司"), ("电芯型号", "LF280K-3C"), ("批次 / Lot", "20261021"),
                                    ("不良数量(只)", "36"), ("异常描述", "自放电超标。"), ("处理要求", "退货")),
                           dt.datetime(2026, 12, 1, 9, 0))  # fmt: skip


def _short_tax_id_workbook() -> bytes:
    """A 折让单 whose buyer's 纳税人识别号 has sixteen characters (one short of a unified social credit code)."""
    return kit.sheet_bytes("折让", (("组件功率衰减补偿折让单", None), ("折让单号", "ZR-TS-261203-09"), ("开具日期", "2026-12-03"),
                                  ("购买方", "国投绿能（青海）新能源有限公司"), ("纳税人识别号", "91632801MA7K4C2N"),
                                  ("原发票号码", "26632000000018834517"), ("合计", "13,097.65"), ("税额合计", "1,702.69")),
                           dt.datetime(2026, 12, 3, 9, 0))  # fmt: skip


ODD = {
    "complaint-no-such-day.xlsx": (
        "a 电芯质量异常反馈单 dated 2026/11/31, a day that does not exist: an error on the date, never 2026-11-30 or "
        "2026-12-01 silently",
        _no_such_day_workbook,
    ),
    "allowance-short-tax-id.xlsx": (
        "a 折让单 whose buyer's 纳税人识别号 has sixteen characters (91632801MA7K4C2N): an error or a warning on the tax id, "
        "never taken as it is silently",
        _short_tax_id_workbook,
    ),
}


if __name__ == "__main__":  # [--no-pdf] [--out DIR] (default: this folder)
    kit.run_with_odd(sys.argv[1:], HERE, (EXCEL, SENT_AS_PDF), SOURCE, "sixty-third held-out layouts", ODD)
