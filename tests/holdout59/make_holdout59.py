"""Write the fifty-ninth held-out set (run: ``python tests/holdout59/make_holdout59.py``).

Written from public descriptions of real forms WITHOUT reading the reader's code, for COMPLAINTS AS THEY COME OUT OF
ERP, QMS AND CRM SYSTEMS: a customer's or our own system prints or exports the complaint and a clerk receives that
export. A QMS tool's complaint record export (captions in column A, values in column B, ``Date Received 2026-11-03
14:22:05``, blank system fields, user ids as persons); a CRM service-ticket export (``Case Number``, ``Account Name``,
``Contact Name``, ``Case Origin``, ``Priority``); a 金蝶 质量异常单 export as a table (a row of field keys ``FBillNo`` over
the captions ``单据编号`` … ``审核日期``, one data row, code + text values ``Z01 外观不良``, ``R02 退货``); a Taiwanese
ERP's 客戶抱怨單 with a report header band (``列印日期``, ``頁次``); a supplier-quality portal's 8D export (a
``Discipline / Description / Owner / Status`` table); a 简道云 8D export (``流水号``, ``提交时间``, ``流程状态``); a 用友
退货单 (``存货编码``, ``来源单号``, ``主计量``, ``无税单价``); a WMS RMA export (``SKU``, ``UOM``, ``Qty Expected``, ``Reason
Code R03 Quality - defective``, ``Disposition Code SCRP Scrap``); a Taiwanese 銷退單; a 金蝶 销售折让单; an Oracle-style
Credit Memo (``Transaction Date 20.11.2026``). Sent as PDF only (fpdf2): an SAP QM quality notification print on two
pages with a header band on each (``Notification``, ``Notif. type Q1``, ``Material`` with its text beside, ``Batch``,
``Complaint qty 120 PC``, technical names ``(QMNUM)``), a Taiwanese system's 8D print on two pages, a Taiwanese ERP's
銷貨折讓單 print. ``odd/`` holds an export with the header rows and no data row, and an export with two documents.

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
from openpyxl.styles import Font

HERE, SOURCE = kit.generator(__file__, "fifty-ninth held-out imitation")
dt = kit.dt
PREFIX = "erp-"
"""Every id of this set begins so (ids are unique across all sets)."""


def names(draw) -> tuple[str, str, str]:
    """The layout's id (``erp-`` before the kit's ``kind-lang-name``), kind and language."""
    lid, kind, lang = kit.layout_names(draw)
    return PREFIX + lid, kind, lang


def col_rows(
    s: kit.Sheet, first: int, rows, lcol: str = "A", vcol: str = "B", span: str | None = None
) -> int:
    """A system's record export: one ``(label, typed, path, expect)`` a row, the caption in ``lcol`` and the value in
    ``vcol`` (merged to ``span``); a value ``""`` a system field left blank. Returns the row after the last."""
    for r, (lab, raw, path, exp) in enumerate(rows, start=first):
        kit.lv(s, f"{lcol}{r}", lab, f"{vcol}{r}", raw, path, expect=exp, span=f"{span}{r}" if span else None)
    return first + len(rows)


def unit_column(s: kit.Sheet, col: str, head: str, lines) -> None:
    """A return's unit column (``EA``, ``PCS``: each line's last value) as the lines' ``unit`` field: the kit's
    ``return_table`` writes its extra columns as no field, this names them."""
    for i, line in enumerate(lines):
        s.value(f"{col}{5 + i}", line[-1], path=f"items[{i}].unit", label=head)


# =============================================================================== complaint
def complaint_en_qmsrecord(s: kit.Sheet) -> None:
    """A QMS tool's complaint record export (ETQ / MasterControl style): captions in column A, values in column B,
    an export line with the time and the exporting user, datetimes ``2026-11-03 14:22:05``, blank system fields
    (``Regulatory Reportable``, ``MDR Number``), user ids as persons (``JSMITH02``), ``Requested Resolution``."""
    kit.plain(s, "A1", "Complaint Record — Export", "C1")
    kit.plain(s, "A2", kit.pick(s, "Exported 2026-11-05 16:40:12 by QMS_ADMIN · Form CMP-01 v7",
                                "Exported 2026-11-19 09:02:55 by QMS_ADMIN · Form CMP-01 v7"), "C2")  # fmt: skip
    col_rows(s, 3, kit.field_rows(
        ("Record ID", "Record Status", "Date Received", "Complaint Source", "Account", "Customer PO", "Product Code",
         "Product Description", "Lot/Batch", "Qty Shipped", "Qty Affected", "Complaint Description",
         "Requested Resolution", "Regulatory Reportable", "MDR Number", "Originator", "Assigned To"),
        (kit.pick(s, "CMP-2026-004517", "CMP-2026-004602"), "Investigation",
         kit.pick(s, ("2026-11-03 14:22:05", "2026-11-03"), ("2026-11-17 08:51:40", "2026-11-17")), "Customer",
         "Helios Medical Devices Inc.", kit.pick(s, "4500871234", "4500873019"), kit.pick(s, "JY-HSG-2207", "JY-HSG-2311"),
         kit.pick(s, "Aluminium housing, anodised", "Aluminium end cap, anodised"), kit.pick(s, "L2610-0877", "L2611-0112"),
         (kit.pick(s, "5000 EA", "2400 EA"), kit.pick(s, 5000, 2400)), (kit.pick(s, "120 EA", "64 EA"), kit.pick(s, 120, 64)),
         kit.pick(s, "Scratches and dents on the cover face found at incoming inspection; 120 of 5000 rejected.",
                  "Anodising colour lighter than the master sample; 64 end caps rejected."),
         ("Replacement", ["replacement"]), "", "", kit.pick(s, "JSMITH02", "AKELLER"), "LCHEN"),
        ("number", None, "received_date", None, "customer", "order_no", "part_no", "part_name", "lot_no", "ship_qty",
         "defect_qty", "description", "customer_request", None, None, "reporter", None),
    ), span="C")  # fmt: skip


def complaint_en_crmcase(s: kit.Sheet) -> None:
    """A CRM service-ticket export (Salesforce style Case Detail): Case Number, Date/Time Opened, Account Name (the
    customer), Contact Name, Case Origin, Priority, Status, Subject, the product's fields, Resolution Requested,
    Created By a user id."""
    s.text("A1", "Case Detail", "D1", size=14)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("Case Number", "Date/Time Opened", "Account Name", "Contact Name", "Case Origin", "Priority", "Status",
         "Case Record Type", "Sales Order", "Part Number", "Product Name", "Lot Number", "Quantity Shipped",
         "Quantity Defective"),
        (kit.pick(s, "00048213", "00048377"), kit.pick(s, ("2026-11-04 09:37", "2026-11-04"), ("2026-11-18 15:05", "2026-11-18")),
         "Orbis Appliances Ltd.", kit.pick(s, "Emma Walsh", "Oliver Grant"), "Email", "High", "Escalated",
         "Quality Complaint", kit.pick(s, "SO-260981", "SO-261044"), kit.pick(s, "HC-4410-BK", "HC-4420-WH"),
         kit.pick(s, "Hinge cover, black PP", "Hinge cover, white PP"), kit.pick(s, "26K031", "26K118"),
         kit.pick(s, (2400, 2400), (1200, 1200)), kit.pick(s, (180, 180), (96, 96))),
        ("number", "received_date", "customer", None, None, None, None, None, "order_no", "part_no", "part_name",
         "lot_no", "ship_qty", "defect_qty"),
    ), span="D")  # fmt: skip
    kit.rows_down(s, 9, kit.field_rows(
        ("Subject", "Description", "Resolution Requested", "Created By"),
        (kit.pick(s, "Cracked hinge covers on lot 26K031", "Hinge covers warped"),
         kit.pick(s, "Customer reports hinge covers cracking at the snap hook during assembly; 180 of 2400 pcs.",
                  "Covers warped after 48 h at 60 °C; 96 pcs set aside."),
         ("Credit for defective parts", ["allowance"]), kit.pick(s, "dortiz", "mhall")),
        (None, "description", "customer_request", "reporter"),
    ))  # fmt: skip


_JINDIE_KEYS = ("FBillNo", "FDate", "FCustId.FNumber", "FCustId.FName", "FMaterialId.FNumber", "FMaterialId.FName",
                "FSpecification", "FLot", "FUnitId", "FDeliQty", "FBadQty", "FExceptType", "FDescription",
                "FHandleReq", "FCreatorId", "FApproverId", "FApproveDate")  # fmt: skip
_JINDIE_HEADS = ("单据编号", "单据日期", "客户编码", "客户名称", "物料编码", "物料名称", "规格型号", "批号", "计量单位",
                 "发货数量", "异常数量", "异常类型", "异常描述", "处理要求", "制单人", "审核人", "审核日期")  # fmt: skip


def complaint_zh_jindie(s: kit.Sheet) -> None:
    """A 金蝶 质量异常单 exported (引出) as a table: a row of field keys (``FBillNo``) over the captions (``单据编号`` …
    ``审核日期``), one data row under them; code + text values (``Z01 外观不良``, ``R02 退货``), the customer's code and
    name in two columns, a person as the system's user name."""
    cols = "ABCDEFGHIJKLMNOPQ"
    for col, key in zip(cols, _JINDIE_KEYS):  # the system's field keys, as exported: no frame, no wrapping
        s.ws[f"{col}1"].value = key
        s.ws[f"{col}1"].font = Font(size=8, color="808080")
    kit.head_row(s, 2, cols, _JINDIE_HEADS)
    values = (
        (kit.pick(s, "ZLYC000318", "ZLYC000341"), "number", None),
        (kit.pick(s, dt.date(2026, 11, 5), dt.date(2026, 11, 19)), "received_date",
         kit.pick(s, "2026-11-05", "2026-11-19")),
        ("C.0107", None, None), ("深圳华启智能科技有限公司", "customer", None),
        (kit.pick(s, "3.01.0221", "3.01.0235"), "part_no", None), (kit.pick(s, "前壳组件", "后盖组件"), "part_name", None),
        (kit.pick(s, "HQ-A3 黑色 PC+ABS", "HQ-A3 白色 PC+ABS"), None, None), (kit.pick(s, "B261028", "B261109"), "lot_no", None),
        ("PCS", None, None), (kit.pick(s, 3000, 1800), "ship_qty", kit.pick(s, 3000, 1800)),
        (kit.pick(s, 210, 75), "defect_qty", kit.pick(s, 210, 75)), ("Z01 外观不良", None, None),
        (kit.pick(s, "前壳卡扣处缩水、披锋，客户装配时 210 件无法扣合。", "后盖喷油色差，75 件与色板不符。"), "description", None),
        ("R02 退货", "customer_request", ["return"]), (kit.pick(s, "ZHANGWEI01", "LIUFANG03"), "reporter", None),
        ("wangjun", None, None), (kit.pick(s, dt.date(2026, 11, 6), dt.date(2026, 11, 20)), None, None),
    )  # fmt: skip
    for col, head, (raw, path, exp) in zip(cols, _JINDIE_HEADS, values, strict=True):
        s.value(f"{col}3", raw, path=path, label=head, expect=exp,
                fmt="yyyy-mm-dd" if isinstance(raw, dt.date) else None)  # fmt: skip
    kit.landscape(s)


def complaint_zht_dingxin(s: kit.Sheet) -> None:
    """A Taiwanese ERP's 客戶抱怨單 print: a report header band (company, report name, ``列印日期 2026/11/06 10:15:33``,
    ``頁次 1/1``), 單據號碼 / 單據日期, 客戶代號 beside 客戶簡稱, 品號 / 品名 / 規格, ``1,500 PCS``, 異常原因代號 ``Q03 尺寸不良``,
    客戶要求 ``退貨換新``, 建立者 / 確認者 as user ids."""
    kit.plain(s, "A1", "宏遠精密工業股份有限公司", "B1")
    s.text("C1", "客戶抱怨單", "D1", size=14)
    kit.plain(s, "A2", kit.pick(s, "列印日期：2026/11/06 10:15:33", "列印日期：2026/11/20 14:02:10"), "B2")
    kit.plain(s, "C2", "報表編號：COPR51　頁次：1/1", "D2")
    kit.lv_pairs(s, 3, kit.field_rows(
        ("單據號碼", "單據日期", "客戶代號", "客戶簡稱", "訂單單號", "業務人員", "品號", "品名", "規格", "批號", "出貨數量",
         "不良數量", "異常原因代號", "客戶要求"),
        (kit.pick(s, "CC1-20261104001", "CC1-20261118002"), kit.pick(s, ("2026/11/04", "2026-11-04"), ("2026/11/18", "2026-11-18")),
         "C0123", "宏遠電機", kit.pick(s, "2210-20261002003", "2210-20261021007"), "S012 林志偉",
         kit.pick(s, "A01-05-0032", "A01-05-0047"), kit.pick(s, "馬達端蓋", "馬達後蓋"), "ADC12 Φ86",
         kit.pick(s, "T261020", "T261102"), (kit.pick(s, "1,500 PCS", "800 PCS"), kit.pick(s, 1500, 800)),
         (kit.pick(s, "86 PCS", "40 PCS"), kit.pick(s, 86, 40)), "Q03 尺寸不良", ("退貨換新", ["return", "replacement"])),
        ("number", "received_date", None, "customer", "order_no", None, "part_no", "part_name", None, "lot_no",
         "ship_qty", "defect_qty", None, "customer_request"),
    ))  # fmt: skip
    kit.rows_down(s, 10, kit.field_rows(
        ("異常說明", "建立者", "確認者"),
        (kit.pick(s, "軸承孔 Φ22 +0.021 實測 Φ22.045 超差，客戶組裝時軸承鬆動。", "安裝孔位偏移 0.3 mm。"),
         kit.pick(s, "MAY.CHEN", "JOY.WU"), "KEVIN.LIN"),
        ("description", "reporter", None),
    ))  # fmt: skip


# =============================================================================== 8D
def eightd_en_portal(s: kit.Sheet) -> None:
    """An 8D exported from a supplier-quality portal: 8D Report No., Created On as a datetime, Complaint Ref., Qty
    Suspect; the disciplines in a ``Discipline / Description / Owner / Status`` table (user ids as owners, every
    status ``Completed``), then Closure Date and Approved By."""
    s.text("A1", "Supplier Quality Portal — 8D Report (export)", "E1", size=13)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("8D Report No.", "Created On", "Customer", "Complaint Ref.", "Part Number", "Qty Suspect"),
        ("8D-SQP-26-00318", ("2026-11-05 09:12:44", "2026-11-05"), "Helios Medical Devices Inc.", "CMP-2026-004517",
         "JY-HSG-2207", (120, 120)),
        kit.EIGHTD_HEAD_PATHS,
    ), cols=("AB", "CD"), span="E")  # fmt: skip
    kit.head_row(s, 5, "ABCDE", ("Discipline", "Description", "", "Owner", "Status"))
    team = ("Chen Li", "Mark Diaz", "Anna Roth")
    kit.team_cell(s, "A6", "D1 Team", "B6", team, sep="; ", span="C6")
    s.value("D6", "CHENLI", path=None, label="Owner")
    s.value("E6", "Completed", path=None, label="Status")
    rows = kit.eightd_steps(
        ("D2 Problem Description", "D3 Containment Actions", "D4 Root Cause - Occurrence", "D4 Root Cause - Escape",
         "D5 Permanent Corrective Actions", "D6 Implementation & Validation", "D7 Prevent Recurrence"),
        ("Scratches and dents on the cover face of housing JY-HSG-2207; 120 of 5000 pcs.",
         "Sorted 2,400 pcs in stock and 1,100 pcs at the customer; 37 rejected.",
         "Parts stacked without separators in the transit tote after anodising.",
         "Final visual inspection under 500 lux; dents not visible at that light.",
         "Tote with foam separators, 20 pcs per layer; inspection light raised to 1000 lux.",
         "3 lots shipped without a dent; customer incoming inspection passed.",
         "Separator totes added to the packaging standard of all anodised parts."),
    )  # fmt: skip
    for r, (lab, text, path) in enumerate(rows, start=7):
        kit.lv(s, f"A{r}", lab, f"B{r}", text, path, span=f"C{r}")
        s.value(f"D{r}", ("CHENLI", "MDIAZ", "CHENLI", "CHENLI", "MDIAZ", "CHENLI", "CHENLI")[r - 7], path=None,
                label="Owner")  # fmt: skip
        s.value(f"E{r}", "Completed", path=None, label="Status")
    kit.lv_pairs(s, 14, kit.field_rows(
        ("Closure Date", "Approved By"), (("2026-12-02 17:45:10", "2026-12-02"), "RWEBER"),
        ("closure.closed_date", "closure.approved_by"),
    ), cols=("AB", "CD"), span="E")  # fmt: skip


def eightd_zh_jiandaoyun(s: kit.Sheet) -> None:
    """A 简道云 8D form's data export: captions in column A, values in column B, the system's own fields among
    them (``流水号``, ``提交时间 2026-11-07 10:31:27``, ``提交人`` a user id, ``流程状态 已完成``, ``更新时间``), the
    team typed with ASCII commas."""
    kit.plain(s, "A1", kit.pick(s, "8D 报告 — 数据导出　导出时间：2026-11-07 18:02:11",
                                "8D 报告 — 数据导出　导出时间：2026-11-21 17:40:03"), "C1")  # fmt: skip
    r = col_rows(s, 2, kit.field_rows(
        ("流水号", "提交时间", "客户名称", "关联客诉单", "物料编码", "不良数量"),
        (kit.pick(s, "8D20261107003", "8D20261121001"), kit.pick(s, ("2026-11-07 10:31:27", "2026-11-07"), ("2026-11-21 09:15:52", "2026-11-21")),
         "深圳华启智能科技有限公司", kit.pick(s, "ZLYC000318", "ZLYC000341"), kit.pick(s, "3.01.0221", "3.01.0235"),
         kit.pick(s, (210, 210), (75, 75))),
        kit.EIGHTD_HEAD_PATHS,
    ), span="C")  # fmt: skip
    kit.team_cell(s, f"A{r}", "D1 团队成员", f"B{r}", kit.pick(s, ("王磊", "李娜", "赵强"), ("王磊", "周敏")), sep=",",
                  span=f"C{r}")  # fmt: skip
    steps = kit.eightd_steps(
        ("D2 问题描述", "D3 临时措施", "D4 根本原因（发生）", "D4 根本原因（流出）", "D5 永久措施", "D6 效果验证", "D7 预防再发"),
        kit.pick(s, ("前壳卡扣处缩水、披锋，210 件无法扣合。", "库存 1,200 件全检，客户处 800 件返工挑选。",
                     "模具卡扣位冷却水路堵塞，保压时间不足。", "首件只检外观，未做扣合试装。", "疏通水路，保压时间 2.5 s 改 4 s。",
                     "连续 5 批扣合试装 100 % 合格。", "扣合试装纳入首件检验规范，同类模具水路每月清理。"),
                 ("后盖喷油色差 75 件。", "在库 600 件对色板全检。", "油漆批次色差，调色未对标准板。", "出货未做色差仪检测。",
                  "每批油漆来料测色差 ΔE ≤ 1.0。", "3 批色差合格。", "色差检测纳入喷涂作业指导书。")),
    )  # fmt: skip
    for k, (lab, text, path) in enumerate(steps, start=r + 1):
        kit.lv(s, f"A{k}", lab, f"B{k}", text, path, span=f"C{k}")
    k = r + 1 + len(steps)
    col_rows(s, k, kit.field_rows(
        ("D8 关闭日期", "审批人", "提交人", "流程状态", "更新时间"),
        (kit.pick(s, ("2026-12-03", "2026-12-03"), ("2026-12-15", "2026-12-15")), "陈国平", "wanglei", "已完成",
         kit.pick(s, "2026-12-03 16:20:48", "2026-12-15 11:06:31")),
        ("closure.closed_date", "closure.approved_by", None, None, None),
    ), span="C")  # fmt: skip


# =============================================================================== return
def return_zh_yongyou(s: kit.Sheet) -> None:
    """A 用友 U8 退货单 print: 单据编号, 单据日期, 客户, 来源单据类型 ``质量异常单`` and 来源单号 (the complaint); the
    lines ``行号 / 存货编码 / 存货名称 / 规格型号 / 主计量 / 应退数量 / 实退数量 / 无税单价 / 无税金额`` on two rows;
    退货原因, 处理方式, 仓管员, 审核人, then 制单人 and 审核日期."""
    s.text("A1", "退货单", "E1", size=15)
    kit.plain(s, "F1", "来源单据类型：质量异常单　业务类型：普通销售退货", "I1")
    kit.lv_pairs(s, 2, kit.field_rows(
        ("单据编号", "单据日期", "客户", "来源单号"),
        (kit.pick(s, "TH0000001236", "TH0000001251"), kit.pick(s, ("2026-11-12", "2026-11-12"), ("2026-11-26", "2026-11-26")),
         "深圳华启智能科技有限公司", kit.pick(s, "ZLYC000318", "ZLYC000341")),
        ("number", "issue_date", "customer", "complaint_number"),
    ), cols=("AB", "FG"), span="I")  # fmt: skip
    heads = ("存货编码", "存货名称", "应退数量", "实退数量", "无税单价", "无税金额")
    lines = kit.pick(
        s,
        (("3.01.0221", "前壳组件", 210, 210, 18.6, 1, "HQ-A3 黑色", "PCS"),
         ("3.01.0222", "卡扣垫片", 420, 400, 0.85, 2, "HQ-A3 φ6", "PCS")),
        (("3.01.0235", "后盖组件", 75, 75, 21.4, 1, "HQ-A3 白色", "PCS"),),
    )  # fmt: skip
    foot = kit.field_rows(
        ("退货原因", "处理方式", "仓管员", "审核人"),
        (kit.pick(s, "卡扣缩水、披锋，无法扣合（质量异常单 ZLYC000318）", "喷油色差"), ("返工后重新发货", ["rework", "resupply"]),
         "JIANGTAO", "王军"),
        kit.RETURN_FOOT_PATHS,
    )  # fmt: skip
    kit.return_table(
        s, heads, lines, {"A": ("行号", "0"), "D": ("规格型号", None), "E": ("主计量", None)}, foot, "I"
    )
    unit_column(s, "E", "主计量", lines)
    r = 5 + len(lines) + 3
    kit.plain(s, f"A{r}", kit.pick(s, "制单人：ZHANGWEI01　　审核日期：2026-11-12", "制单人：LIUFANG03　　审核日期：2026-11-26"),
              f"I{r}")  # fmt: skip


def return_en_wmsrma(s: kit.Sheet) -> None:
    """A WMS return (RMA) export: RMA #, Created as a datetime, Ship-from Customer, Complaint #, Warehouse; the lines
    ``Line / SKU / Item Description / UOM / Qty Expected / Qty Received / Unit Cost / Ext. Cost`` on two rows; Reason
    Code ``R03 Quality - defective``, Disposition Code ``SCRP Scrap``, Received By / Approved By as user ids."""
    s.text("A1", "Return Receipt (RMA) — WMS Export", "H1", size=13)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("RMA #", "Created", "Ship-from Customer", "Complaint #"),
        (kit.pick(s, "RMA-0004471", "RMA-0004502"), kit.pick(s, ("2026-11-14 08:05:11", "2026-11-14"), ("2026-11-28 13:44:09", "2026-11-28")),
         "Orbis Appliances Ltd.", kit.pick(s, "00048213", "00048377")),
        ("number", "issue_date", "customer", "complaint_number"),
    ), cols=("AB", "EF"), span="H")  # fmt: skip
    heads = ("SKU", "Item Description", "Qty Expected", "Qty Received", "Unit Cost", "Ext. Cost")
    lines = kit.pick(
        s,
        (("HC-4410-BK", "Hinge cover, black PP", 180, 180, 1.35, 1, "EA"),
         ("HC-4410-SP", "Hinge spring, stainless", 180, 176, 0.42, 2, "EA")),
        (("HC-4420-WH", "Hinge cover, white PP", 96, 96, 1.38, 1, "EA"),),
    )  # fmt: skip
    foot = kit.field_rows(
        ("Reason Code", "Disposition Code", "Received By", "Approved By"),
        ("R03 Quality - defective", ("SCRP Scrap", ["scrap"]), "WH_LIUYANG", "K.ZHOU"),
        kit.RETURN_FOOT_PATHS,
    )  # fmt: skip
    kit.return_table(s, heads, lines, {"A": ("Line", "0"), "D": ("UOM", None)}, foot, "H")
    unit_column(s, "D", "UOM", lines)


def return_zht_xiaotui(s: kit.Sheet) -> None:
    """A Taiwanese ERP's 銷退單 print: a report header band (company, ``列印日期``, ``頁次 1/1``), 銷退單號 / 銷退日期 /
    客戶 / 客訴單號, the lines ``序號 / 品號 / 品名 / 規格 / 單位 / 核准數量 / 銷退數量 / 單價 / 金額``, 銷退原因, 處理方式 報廢,
    倉管人員 and 核准 as user ids."""
    kit.plain(s, "A1", "宏遠精密工業股份有限公司", "C1")
    s.text("D1", "銷退單", "F1", size=14)
    kit.plain(s, "G1", "列印日期：2026/11/16 09:20:41　頁次：1/1", "I1")
    kit.lv_pairs(s, 2, kit.field_rows(
        ("銷退單號", "銷退日期", "客戶", "客訴單號"),
        ("2410-20261115001", ("2026/11/15", "2026-11-15"), "宏遠電機股份有限公司", "CC1-20261104001"),
        ("number", "issue_date", "customer", "complaint_number"),
    ), cols=("AB", "FG"), span="I")  # fmt: skip
    heads = ("品號", "品名", "核准數量", "銷退數量", "單價", "金額")
    lines = (("A01-05-0032", "馬達端蓋", 86, 86, 42.5, 1, "ADC12 Φ86", "PCS"),)
    foot = kit.field_rows(
        ("銷退原因", "處理方式", "倉管人員", "核准"), ("軸承孔尺寸超差", ("報廢", ["scrap"]), "WH.HUANG", "KEVIN.LIN"),
        kit.RETURN_FOOT_PATHS,
    )  # fmt: skip
    kit.return_table(
        s, heads, lines, {"A": ("序號", "0000"), "D": ("規格", None), "E": ("單位", None)}, foot, "I"
    )
    unit_column(s, "E", "單位", lines)


def credit_totals(
    s: kit.Sheet, sums: tuple[float, float], labels, approver_label: str, approver: str
) -> None:
    """A credit note's totals under its lines (rows 10–12: net, tax, total; the label in A:C, the amount in D) and its
    approver on row 13; ``sums``: the lines' net and tax (:func:`holdout_kit.credit_cells`)."""
    net, tax = sums
    for r, lab, x, path in zip((10, 11, 12), labels, (net, tax, round(net + tax, 2)),
                               ("total_excl_tax", "total_tax", "total")):  # fmt: skip
        kit.lv(s, f"A{r}", lab, f"D{r}", x, path, expect=kit.money(x), lspan=f"C{r}", fmt="#,##0.00")
    kit.lv(s, "A13", approver_label, "B13", approver, "approved_by_manager", span="C13")


# =============================================================================== allowance
def allowance_zh_zherang(s: kit.Sheet) -> None:
    """A 金蝶 销售折让单 print (an 应收单 in red): 单据编号, 业务日期, 客户, 纳税人识别号, 源发票号, 质量异常单号; lines
    ``物料名称 / 计价数量 / 折让单价 / 不含税金额 / 税额``; 金额合计 / 税额合计 / 价税合计; 审核人, 制单人 a user id."""
    s.text("A1", "销售折让单", "E1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("单据编号", "业务日期", "客户", "纳税人识别号", "源发票号", "质量异常单号"),
        (kit.pick(s, "AR-ZR-202611-0012", "AR-ZR-202611-0019"), kit.pick(s, ("2026-11-20", "2026-11-20"), ("2026-11-30", "2026-11-30")),
         "深圳华启智能科技有限公司", "91440300MA5F7K2Q8X", kit.pick(s, "44031600000023851907", "44031600000023860114"),
         kit.pick(s, "ZLYC000318", "ZLYC000341")),
        ("number", "issue_date", "buyer", "buyer_tax_id", "invoice_no", "complaint_number"),
    ), cols=("AB", "DE"))  # fmt: skip
    heads = ("物料名称", "计价数量", "折让单价", "不含税金额", "税额")
    kit.head_row(s, 6, "ABCDE", heads)
    lines = kit.pick(s, (("前壳组件 3.01.0221 挑选返工折让", 800, 2.5),),
                     (("后盖组件 3.01.0235 色差折让", 525, 3.0), ("挑选工时", 8, 45.0)))  # fmt: skip
    credit_totals(
        s, kit.credit_cells(s, 7, lines, heads, 0.13), ("金额合计", "税额合计", "价税合计"), "审核人", "王军"
    )
    kit.plain(s, "D13", kit.pick(s, "制单人：ZHANGWEI01", "制单人：LIUFANG03"), "E13")


def allowance_en_creditmemo(s: kit.Sheet) -> None:
    """An Oracle-style AR Credit Memo print: Credit Memo Number, Transaction Date ``20.11.2026`` (dd.mm.yyyy), Bill-to
    Customer, Tax Registration Number, Reference Invoice, Complaint Reference; lines ``Description / Quantity / Unit
    Price / Extended Amount / Tax``; Lines Subtotal, Tax, Total Credit; Approved By a user id."""
    s.text("A1", "CREDIT MEMO", "E1", size=14)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("Credit Memo Number", "Transaction Date", "Bill-to Customer", "Tax Registration Number", "Reference Invoice",
         "Complaint Reference"),
        ("CM-2026-00871", ("20.11.2026", "2026-11-20"), "Orbis Appliances (Suzhou) Co., Ltd.", "91320594MA1Q3L8F6T",
         "32002600000041877215", "00048213"),
        ("number", "issue_date", "buyer", "buyer_tax_id", "invoice_no", "complaint_number"),
    ), cols=("AB", "DE"))  # fmt: skip
    heads = ("Description", "Quantity", "Unit Price", "Extended Amount", "Tax")
    kit.head_row(s, 6, "ABCDE", heads)
    line = ("HC-4410-BK hinge cover, quality allowance (case 00048213)", 2400, 0.2)
    totals = ("Lines Subtotal", "Tax", "Total Credit")
    credit_totals(s, kit.credit_cells(s, 7, (line,), heads, 0.13), totals, "Approved By", "DORTIZ")


_COPY2 = {"complaint_en_qmsrecord", "complaint_en_crmcase", "complaint_zh_jindie", "complaint_zht_dingxin",
          "eightd_zh_jiandaoyun", "return_zh_yongyou", "return_en_wmsrma", "allowance_zh_zherang",
          "complaint_en_sapqm"}  # fmt: skip
"""The drawings with a second copy in copy2/ (eight workbooks, one sent as PDF only)."""

EXCEL = [  # drawing (its name gives the id, kind and language), sheet, column widths, what it imitates
    kit.excel_layout(*names(draw), draw, sheet, widths, imitates, copy2=draw.__name__ in _COPY2)
    for draw, sheet, widths, imitates in (
        (complaint_en_qmsrecord, "Export", dict(A=26, B=60, C=14), "a QMS tool's complaint record export: captions in column A, values in B, Date Received 2026-11-03 14:22:05, blank system fields, Originator JSMITH02"),
        (complaint_en_crmcase, "Case", dict(A=22, B=30, C=20, D=30), "a CRM service-ticket export: Case Number, Date/Time Opened, Account Name, Contact Name, Case Origin, Priority, Resolution Requested, Created By"),
        (complaint_zh_jindie, "质量异常单", dict(A=13, B=12, C=16, D=24, E=20, F=20, G=16, H=10, I=9, J=9, K=9, L=13, M=34, N=11, O=13, P=13, Q=13), "a 金蝶 质量异常单 export as a table: field keys FBillNo over the captions 单据编号 … 审核日期, one data row, Z01 外观不良, R02 退货"),
        (complaint_zht_dingxin, "客戶抱怨", dict(A=16, B=28, C=16, D=28), "a Taiwanese ERP's 客戶抱怨單 with a report header band: 列印日期, 頁次, 客戶代號 / 客戶簡稱, 1,500 PCS, Q03 尺寸不良, 建立者 MAY.CHEN"),
        (eightd_en_portal, "8D", dict(A=30, B=40, C=16, D=12, E=12), "a supplier-quality portal's 8D export: Created On 2026-11-05 09:12:44, Complaint Ref., Qty Suspect, a Discipline / Description / Owner / Status table"),
        (eightd_zh_jiandaoyun, "8D", dict(A=20, B=60, C=10), "a 简道云 8D export: 流水号, 提交时间 2026-11-07 10:31:27, 关联客诉单, 提交人, 流程状态, 更新时间"),
        (return_zh_yongyou, "退货单", dict(A=10, B=16, C=14, D=12, E=7, F=12, G=14, H=10, I=12), "a 用友 U8 退货单: 来源单号, 存货编码 / 存货名称 / 主计量 / 应退数量 / 实退数量 / 无税单价, 仓管员, 审核人"),
        (return_en_wmsrma, "RMA", dict(A=18, B=16, C=28, D=8, E=18, F=18, G=12, H=12), "a WMS RMA export: RMA #, Created 2026-11-14 08:05:11, SKU / UOM / Qty Expected / Qty Received, Reason Code R03, Disposition Code SCRP Scrap"),
        (return_zht_xiaotui, "銷退", dict(A=10, B=16, C=14, D=14, E=8, F=12, G=16, H=10, I=12), "a Taiwanese ERP's 銷退單: a header band (列印日期, 頁次), 序號 / 品號 / 規格 / 單位, 處理方式 報廢"),
        (allowance_zh_zherang, "折让", dict(A=32, B=12, C=14, D=16, E=14), "a 金蝶 销售折让单: 业务日期, 源发票号, 质量异常单号, 计价数量 / 折让单价, 审核人"),
        (allowance_en_creditmemo, "Credit Memo", dict(A=40, B=24, C=24, D=22, E=22), "an Oracle-style Credit Memo: Transaction Date 20.11.2026, Bill-to Customer, Reference Invoice, Complaint Reference"),
    )
]  # fmt: skip


# =============================================================================== sent as PDF only
def _sap_band(f: kit.PdfDraw, page: int, number: str) -> None:
    """The SAP print's header band, on each page: the report's name, the notification, the printing user and time."""
    f.text(15, 12, "Quality Notification - Print (QM)", size=11, bold=True)
    f.text(130, 12, f"Page {page} of 2", size=8)
    f.text(15, 18, f"Notification {number} / Q1", size=8)
    f.text(130, 18, "Printed 05.11.2026 10:14:02  User QM_CLERK", size=8)
    f.pdf.line(15, 21, 195, 21)


def complaint_en_sapqm(f: kit.PdfDraw) -> None:
    """An SAP QM quality notification print (fpdf2) on two pages, a header band on each: Notification (QMNUM), Notif.
    type ``Q1 Customer complaint``, Notification date ``03.11.2026``, Customer ``100234`` with the name beside, Material
    with its text beside, Plant, Batch, Sales order, Delivered qty / Complaint qty ``120 PC``, Reference number,
    Reported by a user id, Required start / end; page 2 the items (Defect type ``Z01``, Defect location, Cause code)
    and the tasks."""
    number = kit.pick(f, "300004512", "300004587")
    _sap_band(f, 1, number)
    y = 30.0
    for lab, tech, raw, path, exp in (
        ("Notification", "QMNUM", number, "number", None),
        ("Notif. type", "QMART", "Q1 Customer complaint", None, None),
        ("Notification date", "QMDAT", kit.pick(f, "03.11.2026", "17.11.2026"), "received_date",
         kit.pick(f, "2026-11-03", "2026-11-17")),
        ("Customer", "KUNUM", "100234", None, None),
        ("Material", "MATNR", kit.pick(f, "JY-HSG-2207", "JY-HSG-2311"), "part_no", None),
        ("Plant", "WERKS", "1000", None, None),
        ("Batch", "CHARG", kit.pick(f, "L2610-0877", "L2611-0112"), "lot_no", None),
        ("Sales order", "KDAUF", kit.pick(f, "4500871234", "4500873019"), "order_no", None),
        ("Delivered qty", "LFIMG", kit.pick(f, "5,000 PC", "2,400 PC"), "ship_qty", kit.pick(f, 5000, 2400)),
        ("Complaint qty", "RKMNG", kit.pick(f, "120 PC", "64 PC"), "defect_qty", kit.pick(f, 120, 64)),
        ("Reference number", "REFNUM", kit.pick(f, "HMD-CMP-7781", "HMD-CMP-7802"), None, None),
        ("Reported by", "QMNAM", kit.pick(f, "JSMITH02", "AKELLER"), "reporter", None),
        ("Coordinator", "", "QM_CLERK", None, None),
        ("Required start", "STRMN", kit.pick(f, "03.11.2026", "17.11.2026"), None, None),
        ("Required end", "LTRMN", kit.pick(f, "03.12.2026", "17.12.2026"), None, None),
    ):  # fmt: skip
        f.text(15, y, lab)
        if tech:
            f.text(50, y, f"({tech})", size=7)
        f.value(70, y, raw, path=path, label=lab, expect=exp)
        if lab == "Customer":
            f.value(95, y, "Helios Medical Devices Inc.", path="customer", label=lab)
        if lab == "Material":
            f.value(105, y, kit.pick(f, "Aluminium housing, anodised", "Aluminium end cap, anodised"), path="part_name",
                    label=lab)  # fmt: skip
        y += 7
    f.text(15, y + 4, "Description", bold=True)
    f.value(15, y + 11, kit.pick(f, "Scratches and dents on cover face, found at incoming inspection.",
                                 "Anodising colour lighter than master sample."), path="description",
            label="Description")  # fmt: skip
    f.pdf.add_page()
    _sap_band(f, 2, number)
    f.text(15, 30, "Items", bold=True)
    for x, h in (
        (15, "Item"),
        (30, "Defect type"),
        (75, "Defect location"),
        (120, "Cause code"),
        (170, "Qty"),
    ):
        f.text(x, 37, h, bold=True)
    f.pdf.line(15, 39, 195, 39)
    for k, row in enumerate((("0001", "Z01 Surface damage", "L03 Cover face", "C05 Handling", kit.pick(f, "86", "64")),
                             ("0002", "Z04 Dent", "L03 Cover face", "C05 Handling", kit.pick(f, "34", "0")))):  # fmt: skip
        for x, t in zip((15, 30, 75, 120, 170), row):
            f.text(x, 45 + 7 * k, t)
    f.text(15, 68, "Tasks", bold=True)
    for x, h in ((15, "Task"), (30, "Code"), (75, "Text"), (150, "Planned finish"), (180, "Status")):
        f.text(x, 75, h, bold=True)
    f.pdf.line(15, 77, 195, 77)
    for k, row in enumerate((("0001", "QT01 Containment", "Sort stock and transit", "06.11.2026", "TSCO"),
                             ("0002", "QT05 8D report", "Supplier 8D requested", "03.12.2026", "TSOS"))):  # fmt: skip
        for x, t in zip((15, 30, 75, 150, 180), row):
            f.text(x, 83 + 7 * k, t)


def _tw_band(f: kit.CjkDraw, title: str, page: int, pages: int, printed: str) -> None:
    """A Taiwanese ERP report's header band, on each page: the company, the report's name, when it was printed, the
    page."""
    f.text(15, 12, "宏遠精密工業股份有限公司", size=9)
    f.text(85, 13, title, size=13)
    f.text(150, 10, f"列印日期：{printed}", size=7)
    f.text(150, 15, f"頁次：{page}/{pages}", size=7)
    f.pdf.line(15, 18, 195, 18)


def eightd_zht_dingxin(f: kit.PdfDraw) -> None:
    """A Taiwanese system's 8D print on two pages (fpdf2), a header band on each: 報告編號, 開立日期 ``2026/11/08``,
    客戶簡稱, 客訴單號, 品號, ``86 PCS``, D1 小組成員, D2 … D7; page 2 結案日期 and 核准 as a user id."""
    f = kit.CjkDraw.of(f)
    _tw_band(f, "8D 矯正預防報告", 1, 2, "2026/12/08 11:30:17")
    kit.pdf_lv_lines(f, 15, 50, 28, kit.field_rows(
        ("報告編號", "開立日期", "客戶簡稱", "客訴單號", "品號", "不良數量"),
        ("8D-20261108-01", ("2026/11/08", "2026-11-08"), "宏遠電機", "CC1-20261104001", "A01-05-0032", ("86 PCS", 86)),
        kit.EIGHTD_HEAD_PATHS,
    ), step=8)  # fmt: skip
    kit.pdf_team_line(f, 15, 50, 78, "D1 小組成員", ("陳美玲", "林志偉", "黃建國"))
    steps = kit.eightd_steps(
        ("D2 問題描述", "D3 暫時對策", "D4 發生原因", "D4 流出原因", "D5 永久對策", "D6 對策確認", "D7 預防再發"),
        ("馬達端蓋軸承孔 Φ22 超差，86 PCS。", "庫存 1,200 PCS 全檢，客戶端 300 PCS 退回挑選。", "CNC 刀具磨耗未換刀，孔徑偏大。",
         "出貨檢驗抽樣未量測軸承孔。", "刀具壽命 800 件強制換刀，孔徑 100 % 氣動量規檢測。", "連續 5 批孔徑合格，Cpk 1.67。",
         "刀具壽命管理納入同類加工件之作業標準書。"),
    )  # fmt: skip
    kit.pdf_lv_lines(f, 15, 50, 90.0, [(lab, raw, path, None) for lab, raw, path in steps], step=10)
    f.pdf.add_page()
    _tw_band(f, "8D 矯正預防報告", 2, 2, "2026/12/08 11:30:17")
    kit.pdf_lv_lines(f, 15, 50, 30, kit.field_rows(
        ("結案日期", "核准"), (("2026/12/06", "2026-12-06"), "KEVIN.LIN"), ("closure.closed_date", "closure.approved_by"),
    ), step=8)  # fmt: skip


def allowance_zht_dingxin(f: kit.PdfDraw) -> None:
    """A Taiwanese ERP's 銷貨折讓單 print (fpdf2) with a header band: 折讓單號, 折讓日期 ``2026/11/22``, 客戶, 統一編號,
    發票號碼, 客訴單號; a line ``品名 / 數量 / 單價 / 金額 / 稅額`` at 5 %; 未稅合計 / 稅額合計 / 總計, 核准 a user id."""
    f = kit.CjkDraw.of(f)
    _tw_band(f, "銷貨折讓單", 1, 1, "2026/11/22 16:05:38")
    kit.pdf_lv_lines(f, 15, 52, 30, kit.field_rows(
        ("折讓單號", "折讓日期", "客戶", "統一編號", "發票號碼", "客訴單號"),
        ("AL-20261122001", ("2026/11/22", "2026-11-22"), "宏遠電機股份有限公司", "53812476", "TK-40218853",
         "CC1-20261104001"),
        ("number", "issue_date", "buyer", "buyer_tax_id", "invoice_no", "complaint_number"),
    ), step=8)  # fmt: skip
    cols = ((15, "品名", "name"), (85, "數量", "qty"), (115, "單價", "unit_price"), (145, "金額", "allowance_amount"),
            (175, "稅額", "tax"))  # fmt: skip
    for x, lab, _p in cols:
        f.text(x, 84, lab, bold=True)
    f.pdf.line(15, 86, 195, 86)
    q, p = 1414, 3.0
    a, t = round(q * p, 2), round(q * p * 0.05, 2)
    for (x, lab, path), raw, exp in zip(cols, ("馬達端蓋 A01-05-0032 挑選折讓", f"{q:,} PCS", f"{p:,.2f}", f"{a:,.2f}", f"{t:,.2f}"),
                                        (None, q, kit.money(p), kit.money(a), kit.money(t))):  # fmt: skip
        f.value(x, 94, raw, path=f"items[0].{path}", label=lab, expect=exp)
    f.pdf.line(15, 97, 195, 97)
    kit.pdf_lv_lines(f, 15, 60, 108, kit.field_rows(
        ("未稅合計", "稅額合計", "總計", "核准"),
        ((f"{a:,.2f}", kit.money(a)), (f"{t:,.2f}", kit.money(t)), (f"{a + t:,.2f}", kit.money(a + t)), "KEVIN.LIN"),
        ("total_excl_tax", "total_tax", "total", "approved_by_manager"),
    ), step=8)  # fmt: skip


SENT_AS_PDF = [  # drawn by fpdf2; the SAP print has a second copy
    kit.pdf_layout(*names(draw), "fpdf", draw, imitates, copy2=draw.__name__ in _COPY2)
    for imitates, draw in (
        ("an SAP QM quality notification print on two pages, a header band on each: QMNUM, Q1 Customer complaint, 03.11.2026, Material with its text beside, Batch, Complaint qty 120 PC, items with Defect type / Cause code", complaint_en_sapqm),
        ("a Taiwanese system's 8D print on two pages with a header band: 開立日期 2026/11/08, 86 PCS, D1 小組成員, 核准 KEVIN.LIN", eightd_zht_dingxin),
        ("a Taiwanese ERP's 銷貨折讓單 print with a header band: 統一編號, 發票號碼, 客訴單號, 1,414 PCS, 稅額 5 %", allowance_zht_dingxin),
    )
]  # fmt: skip


# =============================================================================== odd files
def _header_only_workbook() -> bytes:
    """A 金蝶 export with its field keys and captions and no data row (the filter matched nothing)."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "质量异常单"
    for c, (key, head) in enumerate(zip(_JINDIE_KEYS, _JINDIE_HEADS), start=1):
        ws.cell(1, c, key)
        ws.cell(2, c, head)
    return kit.workbook_bytes(wb, dt.datetime(2026, 11, 5, 9, 0))


def _two_documents_workbook() -> bytes:
    """A 金蝶 export holding two 质量异常单 (two data rows, two customers): not one complaint."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "质量异常单"
    rows = (
        ("ZLYC000318", "2026-11-05", "C.0107", "深圳华启智能科技有限公司", "3.01.0221", "前壳组件", "HQ-A3 黑色", "B261028",
         "PCS", 3000, 210, "Z01 外观不良", "卡扣缩水。", "R02 退货", "ZHANGWEI01", "wangjun", "2026-11-06"),
        ("ZLYC000319", "2026-11-05", "C.0112", "东莞立信电子有限公司", "3.02.0108", "电池盖", "LX-7 灰色", "B261030",
         "PCS", 5000, 60, "Z03 尺寸不良", "卡扣偏紧。", "R05 特采", "ZHANGWEI01", "wangjun", "2026-11-06"),
    )  # fmt: skip
    for c, (key, head) in enumerate(zip(_JINDIE_KEYS, _JINDIE_HEADS), start=1):
        ws.cell(1, c, key)
        ws.cell(2, c, head)
        for r, row in enumerate(rows, start=3):
            ws.cell(r, c, row[c - 1])
    return kit.workbook_bytes(wb, dt.datetime(2026, 11, 5, 9, 0))


ODD = {
    "complaint-empty-export.xlsx": (
        "a 金蝶 export with its field keys and captions and no data row: no complaint to read, a clear error (never "
        "a record made of the captions)",
        _header_only_workbook,
    ),
    "complaint-two-documents.xlsx": (
        "a 金蝶 export holding two 质量异常单 of two customers: an error or a warning (never one of them silently, "
        "never the two mixed)",
        _two_documents_workbook,
    ),
}


if __name__ == "__main__":  # [--no-pdf] [--out DIR] (default: this folder)
    kit.run_with_odd(sys.argv[1:], HERE, (EXCEL, SENT_AS_PDF), SOURCE, "fifty-ninth held-out layouts", ODD)
