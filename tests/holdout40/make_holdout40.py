"""Write the fortieth held-out set (run: ``python tests/holdout40/make_holdout40.py``).

Written from public descriptions of real forms WITHOUT reading the reader's code, for COMPLAINTS THAT TRAVEL THROUGH
OFFICE-COLLABORATION TOOLS: a 钉钉 approval exported ONE FIELD A ROW (``表单字段 | 内容``) and followed by ITS APPROVAL
FLOW (审批编号 ``202603051030000123``, 发起人, 发起部门, 审批状态 已通过, 审批记录 with each approver's name, 意见 and
time: names and dates that are not the form's), a 问卷星 export where the submission is A ROW and each question A
COLUMN (``1、客户名称``, 提交答卷时间, 所用时间, 来源, 来自IP), a 金數據 export of the same shape in zh-Hant (``Q3.``
numbered, 填寫時長, 填寫人IP, 來源渠道), a 腾讯文档 online sheet 8D exported with its quirks (a ``=DISPIMG("ID_…",1)``
formula where a photo was, ``@张伟`` mentions, a 评论 column, a 状态 drop-down with emoji ``✅已完成``), an English 8D
tracker kept in an online sheet (``@Alan Brooks`` owners, emoji status, a Comment column), a 企業微信 approval 8D in
zh-Hant, a 退货申请 and a 折让申请 raised as approvals with A 明细 TABLE INSIDE THE APPROVAL, an English form-tool
export of a return request (``Q1. RMA No.``, Start time, Completion time, Email); sent as PDF only: a 钉钉 approval
printed from the desktop client (``XX公司 客诉处理审批``, ``审批单打印``, a QR code caption, 打印人 / 打印时间 in the
footer; Chromium), a Jira-Service-Management-like ticket printed (Reporter, Assignee, Created, Updated, Resolution,
custom fields; Chromium), a 企業微信 退貨申請 printed with its 明細 and 審批流程 (Chromium), a 騰訊問卷 折讓申請
answer sheet printed (``第1題``, the 明細 a table question; Chromium), a ServiceNow-like problem record printed (fpdf2), a Lark approval "Credit Request"
printed (fpdf2). ``odd/`` holds a 问卷星 export holding THREE SUBMISSIONS and a 退货申请 approval that was WITHDRAWN
(``已撤销``).

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
from openpyxl.utils import get_column_letter  # noqa: E402

dt, D = kit.dt, kit.dt.date
SOURCE = {"source": "tests/holdout40/make_holdout40.py", "origin": "fortieth held-out imitation"}


def iso(d: dt.date) -> tuple[str, str]:
    """A date as the tools export it (text ``2026-03-05``) and what the record holds."""
    return d.isoformat(), d.isoformat()


def field_col(s: kit.Sheet, first: int, rows, span: str = "D") -> int:
    """An approval export's form: ``(label, typed, path, expect)`` one a row from ``first``, the field's name in A and
    its content in B merged to ``span``. Returns the row after the last."""
    for k, (lab, raw, path, exp) in enumerate(rows):
        kit.lv(s, f"A{first + k}", lab, f"B{first + k}", raw, path, expect=exp, span=f"{span}{first + k}")
    return first + len(rows)


def flow(s: kit.Sheet, first: int, head, meta, steps, cols: str = "ABCDE") -> int:
    """An approval's flow under its form: ``head`` (审批流程), ``meta`` ``(name, value)`` rows (审批编号, 发起人,
    审批状态 …: no field), then the 审批记录 table ``steps`` (node, approver, action, opinion, time: no field)."""
    s.text(f"A{first}", head[0], f"{cols[-1]}{first}", bold=True, shade=True)
    r = first + 1
    for name, val in meta:
        s.text(f"A{r}", name)
        s.value(f"B{r}", val, path=None, label=name, span=f"{cols[-1]}{r}")
        r += 1
    kit.head_row(s, r, cols, head[1])
    for step in steps:
        r += 1
        for col, val, h in zip(cols, step, head[1]):
            s.value(f"{col}{r}", val, path=None, label=h)
    return r + 1


def row_export(s: kit.Sheet, heads, values, row: int = 2) -> None:
    """A form tool's export: every question a column, its heading on row 1, the submission on ``row``; ``values``
    ``(typed, path, expect)`` a column (path None: the tool's own columns, no field)."""
    for k, (h, (raw, path, exp)) in enumerate(zip(heads, values, strict=True)):
        col = get_column_letter(k + 1)
        s.text(f"{col}1", h, bold=True, shade=True)
        s.value(f"{col}{row}", raw, path=path, label=h, expect=exp)


def cells(values, paths):
    """``(typed, path, expect)`` cells of :func:`row_export`: a value each of ``paths`` (None: no field); a value
    ``(typed, expect)`` where the record holds other than what was typed."""
    return [(typed, path, exp) for _l, typed, path, exp in kit.field_rows(paths, values, paths)]


# =============================================================================== complaint
def complaint_zh_dingfields(s: kit.Sheet) -> None:
    """A 钉钉 approval 客诉登记 exported to Excel: the form one field a row under ``表单字段 | 内容``, then its approval
    flow (审批编号, 发起人 — the clerk who raised it, not the form's 登记人 —, 审批状态 已通过, 审批记录 with each
    approver's 意见 and time: no field)."""
    s.text("A1", "客诉登记审批", "D1", size=14)
    kit.head_row(s, 2, "AB", ("表单字段", "内容"))
    s.text("C2", "", "D2", shade=True)
    d = kit.pick(s, D(2026, 3, 5), D(2026, 4, 14))
    rows = kit.field_rows(
        ("客诉编号", "客诉日期", "客户名称", "订单号", "生产批号", "产品料号", "产品名称", "发货数量", "不良数量",
         "问题描述", "客户诉求", "临时措施", "登记人", "业务负责人"),
        (kit.pick(s, "KS-2603-0051", "KS-2604-0077"), iso(d), kit.pick(s, "苏州汇川联合动力系统有限公司", "宁德时代新能源科技股份有限公司"),
         kit.pick(s, "PO-2026-03187", "PO-2026-04420"), kit.pick(s, "B260218-2", "B260401-1"),
         kit.pick(s, "HC-BUS-1120", "CT-CLP-0310"), kit.pick(s, "铜排", "电池压板"), kit.pick(s, 3000, 8000),
         kit.pick(s, 46, 120), kit.pick(s, "铜排镀锡层起泡，客户来料检验发现。", "压板折弯处开裂，客户装配时发现。"),
         ("退货并换货", ["return", "replacement"]), kit.pick(s, "在库 1,200 件隔离复检。", "在途 2 批全部拦截。"),
         "刘晓燕", kit.pick(s, "孙海涛", "孙海涛")),
        kit.COMPLAINT_PATHS,
    )  # fmt: skip
    r = field_col(s, 3, rows)
    flow(s, r + 1, ("审批流程", ("节点", "审批人", "操作", "意见", "时间")), (
        ("审批编号", kit.pick(s, "202603051030000123", "202604141502000457")),
        ("标题", "王磊提交的客诉登记"), ("发起人", "王磊"), ("发起部门", "品质部"), ("审批状态", "已通过"),
        ("发起时间", kit.pick(s, "2026-03-06 10:30:12", "2026-04-15 15:02:40")),
        ("完成时间", kit.pick(s, "2026-03-07 09:12:05", "2026-04-16 11:20:33")),
    ), (
        ("发起申请", "王磊", "发起", "", kit.pick(s, "2026-03-06 10:30", "2026-04-15 15:02")),
        ("品质经理", "陈静", "同意", "请 8D 小组 3 日内回复", kit.pick(s, "2026-03-06 14:12", "2026-04-15 17:40")),
        ("营销总监", "赵建国", "同意", "", kit.pick(s, "2026-03-07 09:12", "2026-04-16 11:20")),
        ("抄送", "财务部 周敏", "已抄送", "", kit.pick(s, "2026-03-07 09:12", "2026-04-16 11:20")),
    ))  # fmt: skip


_WJX_HEADS = ("序号", "提交答卷时间", "所用时间", "来源", "来源详情", "来自IP", "1、客户名称", "2、客诉日期",
              "3、订单号", "4、批号", "5、产品型号", "6、产品名称", "7、交货数量", "8、不良数量", "9、问题描述",
              "10、您的处理要求", "11、贵司已采取的临时措施", "12、填写人", "13、我司业务员")  # fmt: skip


def complaint_zh_wjx(s: kit.Sheet) -> None:
    """A 问卷星 export (按选项文本下载): the customer answered our complaint questionnaire; the submission a ROW, each
    question a COLUMN numbered ``1、``; the tool's own columns (序号, 提交答卷时间, 所用时间, 来源, 来自IP) before."""
    values = (
        (kit.pick(s, "1", "1"), None), (kit.pick(s, "2026/3/9 16:42:05", "2026/5/6 09:18:51"), None),
        (kit.pick(s, "312秒", "205秒"), None), ("微信", None), ("N/A", None),
        (kit.pick(s, "223.104.63.21(广东-深圳)", "117.136.8.77(江苏-无锡)"), None),
        (kit.pick(s, "深圳市大疆创新科技有限公司", "无锡先导智能装备股份有限公司"), "customer"),
        (kit.pick(s, ("2026-03-09", "2026-03-09"), ("2026-05-05", "2026-05-05")), "received_date"),
        (kit.pick(s, "DJ-PO-558102", "XD-PO-20260431"), "order_no"), (kit.pick(s, "L2602-33", "L2604-08"), "lot_no"),
        (kit.pick(s, "DJ-FR-2210", "XD-RL-0905"), "part_no"), (kit.pick(s, "碳纤维机臂", "导辊"), "part_name"),
        (kit.pick(s, 1500, 400), "ship_qty"), (kit.pick(s, 27, 13), "defect_qty"),
        (kit.pick(s, "机臂表面分层，飞行测试后开裂。", "导辊跳动超差，设备运行异响。"), "description"),
        (("换货", ["replacement"]), "customer_request"),
        (kit.pick(s, "不良品已隔离，剩余库存暂停使用。", "已停线，库存全数待检。"), "short_term_action"),
        (kit.pick(s, "郑晓峰", "钱佳"), "reporter"), (kit.pick(s, "黄志明", "黄志明"), "sales_supervisor"),
    )  # fmt: skip
    vals = [v if isinstance(v, tuple) else (v, None) for v, _p in values]
    row_export(s, _WJX_HEADS, [(raw, p, exp) for (raw, exp), (_v, p) in zip(vals, values)])


_JSJ_HEADS = ("序號", "提交人", "Q1. 客戶名稱", "Q2. 客訴日期", "Q3. 不良數量", "Q4. 出貨數量", "Q5. 料號",
              "Q6. 品名", "Q7. 批號", "Q8. 異常描述", "Q9. 處理要求", "Q10. 客訴單號", "填寫人", "提交時間",
              "填寫時長", "填寫人IP", "來源渠道", "微信暱稱")  # fmt: skip


def complaint_zht_jinshuju(s: kit.Sheet) -> None:
    """A 金數據 export in zh-Hant: the submission a ROW, questions numbered ``Q1.`` in the headings (quantities before
    the part), then the tool's own columns (提交時間, 填寫時長, 填寫人IP, 來源渠道, 微信暱稱: no field)."""
    d = kit.pick(s, D(2026, 3, 11), D(2026, 5, 13))
    values = cells(
        ("1", kit.pick(s, "匿名", "匿名"), kit.pick(s, "和碩聯合科技股份有限公司", "廣達電腦股份有限公司"), iso(d),
         kit.pick(s, 64, 18), kit.pick(s, 12000, 3000), kit.pick(s, "PG-SPR-4410", "QT-HNG-0733"),
         kit.pick(s, "彈片", "轉軸"), kit.pick(s, "PG2602-19", "QT2604-05"),
         kit.pick(s, "彈片彈力不足，按鍵回彈無力。", "轉軸扭力偏低，螢幕無法定位。"), ("退貨", ["return"]),
         kit.pick(s, "PG-QA-1150311", "QT-QA-1150513"), kit.pick(s, "葉佳穎", "蘇怡婷"),
         kit.pick(s, "2026-03-11 18:05:44", "2026-05-13 10:41:02"), kit.pick(s, "4分12秒", "2分58秒"),
         kit.pick(s, "61.218.44.10", "114.32.9.201"), kit.pick(s, "微信", "直接訪問"), kit.pick(s, "Jenny", "Yi-Ting")),
        (None, None, "customer", "received_date", "defect_qty", "ship_qty", "part_no", "part_name", "lot_no",
         "description", "customer_request", "number", "reporter", None, None, None, None, None),
    )  # fmt: skip
    row_export(s, _JSJ_HEADS, values)


# =============================================================================== 8D
def eightd_zh_txdocs(s: kit.Sheet) -> None:
    """A 腾讯文档 online sheet kept by the 8D team and exported to xlsx: ``@张伟`` mentions as owners, a 状态 drop-down
    with emoji (``✅已完成``), a 评论 column, a ``=DISPIMG("ID_…",1)`` formula where a photo was pasted into a cell."""
    s.text("A1", "8D问题处理跟踪表（在线文档）", "G1", size=14)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("8D编号", "开立日期", "客户", "客诉单号", "料号", "不良数量"),
        (kit.pick(s, "8D-WX-2603-012", "8D-WX-2605-031"), iso(kit.pick(s, D(2026, 3, 12), D(2026, 5, 18))),
         kit.pick(s, "杭州海康威视数字技术股份有限公司", "浙江大华技术股份有限公司"), kit.pick(s, "HK-CS-260310", "DH-CS-260515"),
         kit.pick(s, "WX-LNS-3302", "WX-HSG-1208"), kit.pick(s, 420, 95)),
        kit.EIGHTD_HEAD_PATHS,
    ), cols=("AB", "DE"), span="G")  # fmt: skip
    team = kit.pick(s, ("张伟", "李娜", "王强"), ("张伟", "刘洋"))
    kit.lv(s, "A5", "D1 小组成员", "B5", " ".join(f"@{n}" for n in team), None, span="G5")
    kit.members(s, "D1 小组成员", "B5", " ".join(f"@{n}" for n in team), team)
    kit.head_row(s, 6, "ABCDEFG", ("步骤", "内容", "", "负责人", "完成日期", "状态", "评论"))
    status = '"✅已完成,⏳进行中,❌未开始"'
    steps = kit.eightd_steps(
        ("D2 问题描述", "D3 临时措施", "D4 发生原因", "D4 流出原因", "D5 永久措施", "D6 效果验证", "D7 预防措施"),
        (kit.pick(s, "镜头模组进灰，成像有黑点。", "外壳卡扣断裂，装配后松脱。"), kit.pick(s, "库存 2,600 件全检。", "在库全数挑选。"),
         kit.pick(s, "组装车间无尘等级不足，风淋门故障。", "模具顶针位置偏移，卡扣根部应力集中。"),
         kit.pick(s, "出货检验未做成像测试。", "外观检验未做插拔测试。"), kit.pick(s, "风淋门维修并加装压差报警。", "顶针位置修正，R角加大。"),
         kit.pick(s, "连续 4 批成像无黑点。", "连续 3 批插拔 50 次无断裂。"), kit.pick(s, "其他无尘车间比照点检。", "同系列模具比照修正。")),
    )  # fmt: skip
    owners = ("@张伟", "@李娜", "@王强", "@王强", "@张伟", "@李娜", "@张伟")
    comments = ("@李娜 照片见右侧", "", "已确认风淋门故障记录 👍", "", "@张伟 请附维修单", "", "")
    for k, ((lab, raw, path), who, note) in enumerate(zip(steps, owners, comments)):
        r = 7 + k
        kit.lv(s, f"A{r}", lab, f"B{r}", raw, path, span=f"C{r}")
        s.value(f"D{r}", who, path=None, label="负责人")
        s.value(f"E{r}", (D(2026, 3, 13) + dt.timedelta(days=3 * k)).isoformat(), path=None, label="完成日期")
        s.value(f"F{r}", "✅已完成", path=None, label="状态")
        kit.choices(s, f"F{r}", status)
        s.value(f"G{r}", note, path=None, label="评论")
    s.text("A14", "不良照片")
    s.value(
        "B14", '=DISPIMG("ID_8F3A2C1B9D4E4F0A9C7B5E6D1A2B3C4D",1)', path=None, label="不良照片", span="C14"
    )
    kit.lv_pairs(s, 15, kit.field_rows(
        ("D8 结案日期", "批准"), (iso(kit.pick(s, D(2026, 4, 17), D(2026, 6, 19))), "@赵敏"),
        ("closure.closed_date", "closure.approved_by"),
    ), cols=("AB", "DE"), span="G")  # fmt: skip
    _fix_mention(s, "E15", "赵敏")


def _fix_mention(s: kit.Sheet, ref: str, name: str) -> None:
    """A value typed as a mention (``@赵敏``): the record holds the name without ``@``."""
    for f in s.fields:
        if f["cell"].endswith(f"!{ref}"):
            f["expect"] = name


def eightd_en_tracker(s: kit.Sheet) -> None:
    """An English 8D kept as an online sheet (shared team tracker) and downloaded as xlsx: owners ``@Alan Brooks``,
    a Status column with emoji (``✅ Done``, ``🟡 In progress``), a Comment column, the last edit stamp on top."""
    s.text("A1", "8D Tracker", "F1", size=14)
    s.text("A2", kit.pick(s, "Last edited by Omar Haddad · Mar 20, 2026 4:12 PM", "Last edited by Wu Fang · May 22, 2026 9:03 AM"),
           "F2")  # fmt: skip
    kit.lv_pairs(s, 3, kit.field_rows(
        ("8D #", "Opened", "Customer", "Customer complaint #", "Part #", "Qty affected"),
        (kit.pick(s, "8D-0419", "8D-0452"), iso(kit.pick(s, D(2026, 3, 16), D(2026, 5, 20))),
         kit.pick(s, "Lakeshore Robotics LLC", "Pinecrest Medical Devices Inc."), kit.pick(s, "LR-SCAR-2211", "PMD-CAPA-0318"),
         kit.pick(s, "EX-BRG-2040", "EX-TUB-0612"), kit.pick(s, 260, 75)),
        kit.EIGHTD_HEAD_PATHS,
    ), cols=("AB", "DE"), span="F")  # fmt: skip
    team = kit.pick(s, ("Alan Brooks", "Li Na", "Omar Haddad"), ("Alan Brooks", "Wu Fang"))
    kit.lv(s, "A6", "D1 Team", "B6", ", ".join(f"@{n}" for n in team), None, span="F6")
    kit.members(s, "D1 Team", "B6", ", ".join(f"@{n}" for n in team), team)
    kit.head_row(s, 7, "ABCDEF", ("Step", "Details", "", "Owner", "Status", "Comment"))
    steps = kit.eightd_steps(
        ("D2 - Problem", "D3 - Containment", "D4 - Root cause (occur)", "D4 - Root cause (escape)",
         "D5 - Permanent corrective action", "D6 - Validation", "D7 - Prevent recurrence"),
        (kit.pick(s, "Bearing seats oversize on 260 pcs; bearings spin in the housing.", "Tubing kinked on 75 sets at the customer's leak test."),
         kit.pick(s, "All stock and WIP (1,900 pcs) gauged; 41 rejects scrapped.", "All tubing in stock re-inspected."),
         kit.pick(s, "Boring tool insert worn beyond its life; no tool-life counter.", "Coil winding tension too high after the spool change."),
         kit.pick(s, "Bore gauged once per shift only.", "No kink check at final inspection."),
         kit.pick(s, "Tool-life counter set to 800 parts.", "Tension controller re-set and locked."),
         kit.pick(s, "Three lots gauged 100 %, no oversize.", "Five lots passed leak test."),
         kit.pick(s, "Tool-life counters on all boring machines.", "Tension lock on all winders.")),
    )  # fmt: skip
    owners = (
        "@Alan Brooks",
        "@Li Na",
        "@Omar Haddad",
        "@Omar Haddad",
        "@Alan Brooks",
        "@Li Na",
        "@Alan Brooks",
    )
    marks = ("✅ Done",) * 6 + ("🟡 In progress",)
    notes = ("", "@Li Na pls attach the sort record", "", "", "", "👍 verified by customer SQE", "")
    for k, ((lab, raw, path), who, mark, note) in enumerate(zip(steps, owners, marks, notes)):
        r = 8 + k
        kit.lv(s, f"A{r}", lab, f"B{r}", raw, path, span=f"C{r}")
        s.value(f"D{r}", who, path=None, label="Owner")
        s.value(f"E{r}", mark, path=None, label="Status")
        kit.choices(s, f"E{r}", '"✅ Done,🟡 In progress,🔴 Blocked"')
        s.value(f"F{r}", note, path=None, label="Comment")
    kit.lv_pairs(s, 15, kit.field_rows(
        ("D8 - Closed on", "Approved by"), (iso(kit.pick(s, D(2026, 4, 21), D(2026, 6, 24))), "Helen Shaw"),
        ("closure.closed_date", "closure.approved_by"),
    ), cols=("AB", "DE"), span="F")  # fmt: skip


def eightd_zht_wecom(s: kit.Sheet) -> None:
    """A 企業微信 approval 8D報告 exported in zh-Hant: ``表單欄位 | 內容`` one a row, then its 審批流程 (審批編號,
    申請人, 申請人部門, 審批狀態 已通過, each approver's name, 意見 and time: no field)."""
    s.text("A1", "8D報告審批", "E1", size=14)
    kit.head_row(s, 2, "AB", ("表單欄位", "內容"))
    s.text("C2", "", "E2", shade=True)
    head = kit.field_rows(
        ("報告編號", "開立日期", "客戶", "客訴單號", "料號", "不良數量"),
        ("8D-KS-2603-008", iso(D(2026, 3, 17)), "仁寶資訊工業（昆山）有限公司", "CP-QA-260313", "KS-KB-5520", ("85 PCS", 85)),
        kit.EIGHTD_HEAD_PATHS,
    )  # fmt: skip
    r = field_col(s, 3, head, "E")
    team = ("楊志偉", "林雅婷", "陳冠宇")
    kit.team_cell(s, f"A{r}", "小組成員", f"B{r}", team, sep="，", span=f"E{r}")
    steps = kit.eightd_steps(
        ("問題描述", "臨時對策", "發生原因", "流出原因", "永久對策", "效果確認", "水平展開"),
        ("鍵盤背光局部不亮，客戶整機測試發現。", "在庫 1,500 PCS 全數點燈測試。", "導光板貼合偏位，治具定位銷磨損。",
         "點燈測試僅抽檢。", "定位銷改為硬化鋼並每週點檢。", "連續 3 批點燈全檢無異常。", "同類貼合治具全數比照。"),
    )  # fmt: skip
    r = field_col(s, r + 1, [(lab, raw, path, None) for lab, raw, path in steps], "E")
    r = field_col(s, r, kit.field_rows(("結案日期", "核准人"), (iso(D(2026, 4, 23)), "陳冠宇"),
                                       ("closure.closed_date", "closure.approved_by")), "E")  # fmt: skip
    flow(s, r + 1, ("審批流程", ("節點", "審批人", "操作", "意見", "時間")), (
        ("審批編號", "202603171405000082"), ("申請人", "黃淑芬"), ("申請人部門", "品保部"), ("審批狀態", "已通過"),
        ("提交時間", "2026-03-24 14:05"),
    ), (
        ("提交申請", "黃淑芬", "提交", "", "2026-03-24 14:05"),
        ("品保主管", "吳建宏", "同意", "原因分析完整", "2026-03-24 16:30"),
        ("廠長", "鄭明哲", "同意", "同意結案後回覆客戶", "2026-03-25 08:52"),
    ))  # fmt: skip


# =============================================================================== return
def return_zh_dingdetail(s: kit.Sheet) -> None:
    """A 钉钉 退货申请 approval exported to Excel: the form one field a row, A 明细 TABLE INSIDE THE APPROVAL (物料编码,
    物料名称, 申请数量, 实退数量, 单价, 金额), then the approval flow (审批编号, 发起人, 审批状态 已通过: no field)."""
    s.text("A1", "退货申请", "G1", size=14)
    kit.head_row(s, 2, "AB", ("表单字段", "内容"))
    s.text("C2", "", "G2", shade=True)
    d = kit.pick(s, D(2026, 3, 19), D(2026, 5, 8))
    r = field_col(s, 3, kit.field_rows(
        ("退货单号", "退货日期", "客户名称", "关联客诉单号"),
        (kit.pick(s, "TH-2603-0027", "TH-2605-0013"), iso(d), kit.pick(s, "广州小鹏汽车科技有限公司", "重庆长安汽车股份有限公司"),
         kit.pick(s, "XP-QA-260316", "CA-QA-260506")),
        ("number", "issue_date", "customer", "complaint_number"),
    ), "G")  # fmt: skip
    s.text(f"A{r}", "退货明细", f"A{r + 1}", bold=True)
    heads = ("物料编码", "物料名称", "申请数量", "实退数量", "单价", "金额")
    kit.head_row(s, r, "BCDEFG", heads)
    lines = kit.pick(s, [("XP-BRK-1021", "线束支架", 600, 584, 3.2), ("XP-CLP-1022", "卡扣", 2000, 2000, 0.45)],
                     [("CA-GSK-3310", "密封垫", 1500, 1460, 1.8)])  # fmt: skip
    kit.return_lines(s, r + 1, lines, heads, cols="BCDEFG")
    r += 1 + len(lines)
    r = field_col(s, r, kit.field_rows(
        ("退货原因", "处理方式", "仓库收货人", "部门主管确认"),
        (kit.pick(s, "支架孔位偏移，卡扣断脚。", "密封垫尺寸偏小。"), ("报废", ["scrap"]), "邱红梅", "蒋国栋"),
        kit.RETURN_FOOT_PATHS,
    ), "G")  # fmt: skip
    flow(s, r + 1, ("审批流程", ("节点", "审批人", "操作", "意见", "时间")), (
        ("审批编号", kit.pick(s, "202603191120000318", "202605080935000026")), ("发起人", "梁晓东"), ("发起部门", "销售部"),
        ("审批状态", "已通过"), ("审批结果", "同意"),
    ), (
        ("发起申请", "梁晓东", "发起", "", kit.pick(s, "2026-03-19 11:20", "2026-05-08 09:35")),
        ("仓库", "邱红梅", "同意", "已清点入库", kit.pick(s, "2026-03-20 08:45", "2026-05-08 15:10")),
        ("财务", "许丽", "同意", "", kit.pick(s, "2026-03-20 10:02", "2026-05-09 09:00")),
    ), cols="ABCDEFG"[:5])  # fmt: skip


_FORMS_HEADS = ("ID", "Start time", "Completion time", "Email", "Name", "Q1. RMA No.", "Q2. Date", "Q3. Customer",
                "Q4. Complaint ref.", "Q5. Part No.", "Q6. Description", "Q7. Qty authorised", "Q8. Qty returned",
                "Q9. Unit price (USD)", "Q10. Amount (USD)", "Q11. Reason for return", "Q12. Disposition",
                "Q13. Received by (warehouse)", "Q14. Approved by")  # fmt: skip


def return_en_formrow(s: kit.Sheet) -> None:
    """An English form tool's response sheet (one response a row; ID, Start time, Completion time, Email, Name of the
    responder: no field): a return request, its one line in the questions ``Q5.`` … ``Q10.``."""
    values = cells(
        ("7", "3/24/26 9:02:11", "3/24/26 9:09:47", "m.ortiz@sunridge-tools.com", "Maria Ortiz", "RMA-26-0144",
         ("3/24/2026", "2026-03-24"), "Sunridge Tools Inc.", "SR-CC-0319", "ST-BLD-880", "Saw blade 185 mm",
         480, 472, ("6.25", "6.25"), ("2,950.00", "2950.00"), "Teeth brazing cracked; blades chipped in use.",
         ("Replace", ["replace"]), "Kevin Lo", "Daniel Reyes"),
        (None, None, None, None, None, "number", "issue_date", "customer", "complaint_number", "items[0].part_no",
         "items[0].part_name", "items[0].qty_approved", "items[0].qty_returned", "items[0].unit_price",
         "items[0].amount", "reason", "handling", "warehouse_receiver", "approved_by"),
    )  # fmt: skip
    row_export(s, _FORMS_HEADS, values)


# =============================================================================== allowance
def allowance_zh_feishu(s: kit.Sheet) -> None:
    """A 飞书 折让申请 approval exported: the form one field a row, A 折让明细 TABLE inside it, 合计 rows, then the
    approval flow (审批编号, 申请人, 审批状态 已通过, the approvers' 意见 and times: no field)."""
    s.text("A1", "折让申请", "F1", size=14)
    kit.head_row(s, 2, "AB", ("表单字段", "内容"))
    s.text("C2", "", "F2", shade=True)
    r = field_col(s, 3, kit.field_rows(
        ("折让单号", "申请日期", "购买方名称", "购买方税号", "原发票号码", "关联客诉编号"),
        ("ZR-FS-2603-015", iso(D(2026, 3, 27)), "深圳迈瑞生物医疗电子股份有限公司", "91440300736295432N",
         "26442000000061234578", "MR-QA-260320"),
        ("number", "issue_date", "buyer", "buyer_tax_id", "invoice_no", "complaint_number"),
    ), "F")  # fmt: skip
    s.text(f"A{r}", "折让明细", f"A{r + 2}", bold=True)
    heads = ("货物名称", "数量", "单价", "折让金额", "税额")
    kit.head_row(s, r, "BCDEF", heads)
    net, tax = kit.credit_cells(
        s, r + 1, (("监护仪外壳", 120, 36.0), ("按键膜", 800, 2.5)), heads, 0.13, cols="BCDEF"
    )
    r += 3
    r = field_col(s, r, kit.field_rows(
        ("折让金额合计", "税额合计", "价税合计", "部门负责人"),
        ((f"{net:,.2f}", kit.money(net)), (f"{tax:,.2f}", kit.money(tax)), (f"{net + tax:,.2f}", kit.money(net + tax)),
         "卢志刚"),
        ("total_excl_tax", "total_tax", "total", "approved_by_manager"),
    ), "F")  # fmt: skip
    flow(s, r + 1, ("审批流程", ("节点", "审批人", "操作", "意见", "时间")), (
        ("审批编号", "202603271655000094"), ("申请人", "方雯"), ("申请部门", "销售二部"), ("审批状态", "已通过"),
    ), (
        ("提交", "方雯", "提交", "", "2026-03-27 16:55"),
        ("部门负责人", "卢志刚", "同意", "", "2026-03-27 18:02"),
        ("财务经理", "潘静", "同意", "请开红字发票", "2026-03-30 09:41"),
    ), cols="ABCDE")  # fmt: skip


_COPY2 = {"complaint_zh_dingfields", "complaint_zh_wjx", "complaint_zht_jinshuju", "eightd_zh_txdocs",
          "eightd_en_tracker", "return_zh_dingdetail", "complaint_zh_approvalprint", "complaint_en_jira"}  # fmt: skip
"""The drawings with a second copy in copy2/ (six workbooks, two sent as PDF only)."""

EXCEL = [  # drawing (its name gives the id, kind and language), sheet, column widths, what it imitates
    kit.excel_layout(*kit.layout_names(draw), draw, sheet, widths, imitates, copy2=draw.__name__ in _COPY2)
    for draw, sheet, widths, imitates in (
        (complaint_zh_dingfields, "客诉登记", dict(A=14, B=30, C=16, D=22, E=20), "a 钉钉 approval exported: 表单字段 | 内容 one a row, then its flow (审批编号, 发起人, 审批记录)"),
        (complaint_zh_wjx, "Sheet1", {c: 14 for c in "ABCDEFGHIJKLMNOPQRS"}, "a 问卷星 export: the submission a row, questions numbered 1、 as columns, 提交答卷时间 / 来自IP"),
        (complaint_zht_jinshuju, "表單數據", {c: 14 for c in "ABCDEFGHIJKLMNOPQR"}, "a 金數據 export in zh-Hant: Q1. numbered questions as columns, 填寫時長 / 填寫人IP / 來源渠道"),
        (eightd_zh_txdocs, "8D跟踪", dict(A=14, B=26, C=14, D=10, E=12, F=12, G=20), "a 腾讯文档 8D sheet exported: @mentions, ✅ status drop-down, 评论 column, a DISPIMG formula"),
        (eightd_en_tracker, "Tracker", dict(A=24, B=30, C=16, D=16, E=16, F=26), "an English 8D tracker kept online: @owners, emoji status, Comment column, last-edit stamp"),
        (eightd_zht_wecom, "審批", dict(A=14, B=24, C=10, D=30, E=18), "a 企業微信 approval 8D報告 in zh-Hant exported, its 審批流程 under the form"),
        (return_zh_dingdetail, "退货申请", dict(A=14, B=14, C=14, D=12, E=12, F=10, G=12), "a 钉钉 退货申请 approval exported with a 明细 table inside it"),
        (return_en_formrow, "Form1", {c: 16 for c in "ABCDEFGHIJKLMNOPQRS"}, "an English form tool's responses sheet: a return request as one row, Q1. … Q14."),
        (allowance_zh_feishu, "折让申请", dict(A=14, B=20, C=10, D=10, E=14, F=14), "a 飞书 折让申请 approval exported with a 折让明细 table and its flow"),
    )
]  # fmt: skip


# =============================================================================== sent as PDF only
_CSS = kit.portal_css("#f2f3f5", "td span{white-space:pre-line}")


def complaint_zh_approvalprint(f: kit.HtmlForm) -> str:
    """A 钉钉 approval printed from the desktop client (Chromium): ``XX公司 客诉处理审批``, ``审批单打印``, 审批编号 and
    审批状态 on top, the form's fields, the 审批记录 (approvers, 意见, times: no field), a QR code's caption and
    打印人 / 打印时间 in the footer."""
    d = kit.pick(f, D(2026, 3, 10), D(2026, 5, 19))
    company = kit.pick(f, "东莞精诚五金制品有限公司", "东莞精诚五金制品有限公司")
    f.raw(f"<h2>{company} 客诉处理审批</h2><p style='text-align:center'>审批单打印</p>")
    f.raw(f"<p>审批编号：{kit.pick(f, '202603111030000123', '202605201411000208')}　　审批状态：已通过　　"
          f"发起人：何俊　　发起部门：品质部</p><table>")  # fmt: skip
    kit.kv_rows(f, kit.field_rows(
        ("客诉单号", "客户投诉日期", "客户", "客户订单号", "批次号", "物料编码", "物料名称", "出货数量", "不良数",
         "不良描述", "客户要求", "围堵措施", "客诉受理人", "销售经理"),
        (kit.pick(f, "CS-DG-2603-018", "CS-DG-2605-044"), iso(d), kit.pick(f, "深圳传音控股股份有限公司", "OPPO广东移动通信有限公司"),
         kit.pick(f, "TC-PO-772180", "OP-PO-901233"), kit.pick(f, "DG260301", "DG260507"),
         kit.pick(f, "DG-SPK-0451", "DG-CAM-0218"), kit.pick(f, "喇叭网罩", "摄像头装饰圈"), (kit.pick(f, "10,000", "6,000"), kit.pick(f, 10000, 6000)),
         kit.pick(f, 150, 88), kit.pick(f, "网罩冲孔毛刺，装配划伤外壳。", "装饰圈电镀层脱落。"), ("返工", ["rework"]),
         kit.pick(f, "在库 4,000 件全检，在途品派员挑选。", "库存全数隔离，重新电镀评估。"), "何俊", kit.pick(f, "谢文涛", "谢文涛")),
        kit.COMPLAINT_PATHS,
    ))  # fmt: skip
    f.raw(
        "</table><p><b>审批记录</b></p><table><tr><th>审批人</th><th>操作</th><th>意见</th><th>时间</th></tr>"
    )
    when = kit.pick(f, ("2026-03-11 10:30", "2026-03-11 15:47", "2026-03-12 09:05"),
                    ("2026-05-20 14:11", "2026-05-20 17:25", "2026-05-21 08:40"))  # fmt: skip
    for (who, act, why), t in zip((("何俊", "发起审批", ""), ("蔡丽萍（品质经理）", "已同意", "请今日内完成围堵"),
                                   ("邓志强（副总经理）", "已同意", "")), when):  # fmt: skip
        f.raw(f"<tr><td>{who}</td><td>{act}</td><td>{why}</td><td>{t}</td></tr>")
    f.raw("</table><div style='margin:10px;width:26mm;height:26mm;border:1px solid #333;text-align:center;"
          "font-size:7pt'>[二维码]</div><p class='note'>扫码查看审批详情</p>")  # fmt: skip
    f.raw(f"<p class='note' style='margin-top:30px'>打印人：何俊　　打印时间：{kit.pick(f, '2026-03-12 10:16', '2026-05-21 09:02')}"
          "　　钉钉审批</p>")  # fmt: skip
    return f.page("客诉处理审批", _CSS + "th{width:24%}")


def complaint_en_jira(f: kit.HtmlForm) -> str:
    """A Jira-Service-Management-like ticket printed from the browser (Chromium): key and summary, Details (Type,
    Status, Resolution), People (Assignee, Reporter), Dates (Created, Updated, Resolved: the ticket's, not the
    complaint's), custom fields (Customer, Date received, Defect Qty …), Description, Activity (no field)."""
    key = kit.pick(f, "QC-1287", "QC-1342")
    f.raw(f"<p class='note'>Quality Desk / {key}</p><h2 style='text-align:left'>{key} "
          f"{kit.pick(f, 'Connector housing cracked at customer IQC', 'Gasket missing on pump covers')}</h2>")  # fmt: skip
    f.raw("<table><tr><th colspan=2>Details</th><th colspan=2>People</th></tr>")
    f.raw(f"<tr><td>Type:</td><td>Customer complaint</td><td>Assignee:</td><td>{kit.pick(f, 'Grace Lin', 'Grace Lin')}</td></tr>"
          f"<tr><td>Priority:</td><td>High</td><td>Reporter:</td><td>"
          f"{f.val(kit.pick(f, 'Sam Whitfield', 'Rachel Moore'), path='reporter', label='Reporter')}</td></tr>"
          "<tr><td>Status:</td><td>RESOLVED</td><td>Watchers:</td><td>3</td></tr>"
          "<tr><td>Resolution:</td><td>Done</td><td></td><td></td></tr></table>")  # fmt: skip
    f.raw("<table><tr><th colspan=2>Dates</th></tr>"
          f"<tr><td>Created:</td><td>{kit.pick(f, '18/Mar/26 9:41 AM', '27/May/26 2:15 PM')}</td></tr>"
          f"<tr><td>Updated:</td><td>{kit.pick(f, '02/Apr/26 5:03 PM', '08/Jun/26 11:30 AM')}</td></tr>"
          f"<tr><td>Resolved:</td><td>{kit.pick(f, '02/Apr/26 5:03 PM', '08/Jun/26 11:30 AM')}</td></tr></table>")  # fmt: skip
    f.raw("<p><b>Custom fields</b></p>")
    kit.kv(f, kit.field_rows(
        ("Key", "Date received", "Customer", "Customer PO", "Lot / batch", "Part number", "Part name", "Shipped Qty",
         "Defect Qty", "Customer request", "Containment", "Account manager"),
        (key, kit.pick(f, ("17/Mar/26", "2026-03-17"), ("26/May/26", "2026-05-26")),
         kit.pick(f, "Redwood Controls Ltd.", "Bluewater Pumps Inc."), kit.pick(f, "RC-45510", "BW-77120"),
         kit.pick(f, "W2610", "W2619"), kit.pick(f, "CN-HS-2208", "PC-GK-0915"),
         kit.pick(f, "Connector housing", "Pump cover gasket"), (kit.pick(f, "4,000", "1,500"), kit.pick(f, 4000, 1500)),
         kit.pick(f, 57, 22), ("Credit for rejects and 8D within 10 days", ["allowance"]),
         kit.pick(f, "Stock of 2,300 pcs quarantined; customer stock sorted.", "All covers in stock checked for gaskets."),
         kit.pick(f, "Victor Alvarez", "Victor Alvarez")),
        ("number", "received_date", "customer", "order_no", "lot_no", "part_no", "part_name", "ship_qty", "defect_qty",
         "customer_request", "short_term_action", "sales_supervisor"),
    ))  # fmt: skip
    desc = kit.pick(
        f,
        "Housing latch cracked on 57 pcs found at incoming inspection.",
        "Gasket missing on 22 covers; leak at assembly test.",
    )
    f.raw(f"<p><b>Description</b></p><p>{f.val(desc, path='description', label='Description')}</p>")
    f.raw("<p><b>Activity</b></p>")
    for who, t, c in (("Grace Lin", kit.pick(f, "19/Mar/26 10:02 AM", "28/May/26 9:10 AM"), "Sorting started, photos attached."),
                      ("Victor Alvarez", kit.pick(f, "20/Mar/26 3:48 PM", "29/May/26 4:20 PM"), "Customer agreed to the credit."),
                      ("Grace Lin", kit.pick(f, "02/Apr/26 5:03 PM", "08/Jun/26 11:30 AM"), "8D sent, resolving.")):  # fmt: skip
        f.raw(f"<p class='note'>{who} added a comment - {t}</p><p>{c}</p>")
    f.raw(f"<p class='note'>Generated at {kit.pick(f, 'Fri Apr 03 08:12:44 UTC 2026', 'Tue Jun 09 07:55:10 UTC 2026')} "
          "by Grace Lin using Jira 9.12.2</p>")  # fmt: skip
    return f.page(key, _CSS + "th{text-align:left}")


def return_zht_wecomprint(f: kit.HtmlForm) -> str:
    """A 企業微信 退貨申請 printed (Chromium): 審批編號 and 審批狀態 on top, the form, its 明細 table, the 審批流程 with
    each approver's time and 意見 (no field), 列印人 / 列印時間 in the footer."""
    f.raw(
        "<h2>退貨申請</h2><p>審批編號：202603260915000311　　申請人：張雅琪　　申請人部門：業務部　　狀態：已通過</p>"
    )
    kit.kv(f, kit.field_rows(
        ("退貨單號", "退貨日期", "客戶名稱", "客訴單號"),
        ("TH-KS-2603-009", iso(D(2026, 3, 26)), "英業達（重慶）有限公司", "IV-QA-260323"),
        ("number", "issue_date", "customer", "complaint_number"),
    ))  # fmt: skip
    f.raw("<p><b>明細</b></p>")
    heads = ("料號", "品名", "申請數量", "實收數量", "單價（元）", "金額（元）")
    kit.th_row(f, heads)
    for i, (code, name, qa, q, p) in enumerate((("KS-FAN-2201", "散熱風扇", 300, 296, 12.5),
                                                 ("KS-PAD-2202", "導熱墊", 1200, 1200, 0.9))):  # fmt: skip
        kit.td_row(f, kit.item_cells(i, (code, name, (f"{qa:,}", qa), (f"{q:,}", q), (f"{p:.2f}", kit.money(p)),
                                         (f"{q * p:,.2f}", kit.money(q * p))), kit.RETURN_ITEM_PATHS), heads)  # fmt: skip
    f.raw("</table>")
    kit.kv(f, kit.field_rows(
        ("退貨原因", "處理方式", "倉庫簽收", "主管核准"),
        ("風扇軸承異音；導熱墊厚度不足。", ("退回換貨", ["replace"]), "賴美華", "江文傑"),
        kit.RETURN_FOOT_PATHS,
    ))  # fmt: skip
    f.raw("<p><b>審批流程</b></p><table><tr><th>審批人</th><th>結果</th><th>意見</th><th>時間</th></tr>"
          "<tr><td>張雅琪</td><td>提交</td><td></td><td>03-26 09:15</td></tr>"
          "<tr><td>江文傑</td><td>已同意</td><td></td><td>03-26 11:02</td></tr>"
          "<tr><td>倉庫 賴美華</td><td>已同意</td><td>已點收</td><td>03-27 14:20</td></tr></table>")  # fmt: skip
    f.raw("<p class='note'>列印人：張雅琪　列印時間：2026/03/27 15:03　企業微信</p>")
    return f.page("退貨申請", _CSS)


def _question(f: kit.HtmlForm, k: int, lab: str, answer: str) -> None:
    """A questionnaire's question ``第k題`` in bold (the required ones starred) and its answer's markup under it."""
    f.raw(f"<p><b>第{k}題　{lab}</b>{' <span class=note>*</span>' if k < 4 else ''}</p>"
          f"<div style='margin-left:24px'>{answer}</div>")  # fmt: skip


def allowance_zht_txform(f: kit.HtmlForm) -> str:
    """A 騰訊問卷 form a Taiwanese-owned plant's sales team uses for 折讓申請, its answer sheet printed (Chromium):
    ``第1題`` … each question a heading with its answer under it, the 折讓明細 a table question, the tool's 答卷編號,
    提交時間, 填寫用時, 來源 on top (no field)."""
    f.raw("<h2>折讓申請（內部表單）</h2><p class='note'>答卷編號：38 &nbsp; 提交時間：2026-03-31 17:42:09 &nbsp; "
          "填寫用時：6分41秒 &nbsp; 來源：企業微信 &nbsp; 填寫人：業務部 許雅雯</p>")  # fmt: skip
    head = kit.field_rows(
        ("折讓單號", "折讓日期", "買受人", "買受人統一編號", "原發票號碼", "客訴單號"),
        ("ZR-KS-1150331-02", ("2026/03/31", "2026-03-31"), "神達電腦股份有限公司", "23522340", "WQ-88120317",
         "MT-QA-1150325"),
        ("number", "issue_date", "buyer", "buyer_tax_id", "invoice_no", "complaint_number"),
    )  # fmt: skip
    k = 0
    for k, (lab, raw, path, exp) in enumerate(head, start=1):
        _question(f, k, lab, f.val(raw, path=path, label=lab, expect=exp))
    _question(f, k + 1, "折讓明細（表格題）", "")
    heads = ("品名", "數量", "單價", "折讓金額", "稅額")
    kit.th_row(f, heads, "<table style='margin-left:34px;width:88%'>")
    net = tax = 0.0
    for i, (name, q, p) in enumerate((("機殼側板", 400, 18.5), ("防塵網", 1500, 1.2))):
        a, t = round(q * p, 2), round(q * p * 0.05)
        net, tax = net + a, tax + t
        kit.td_row(f, kit.item_cells(i, (name, (f"{q:,}", q), (f"{p:.2f}", kit.money(p)), (f"{a:,.0f}", kit.money(a)),
                                         (f"{t:,.0f}", kit.money(t))),
                                     ("name", "qty", "unit_price", "allowance_amount", "tax")), heads)  # fmt: skip
    f.raw("</table>")
    tail = kit.field_rows(
        ("折讓金額合計（未稅）", "營業稅額", "總計", "主管核准"),
        ((f"{net:,.0f}", kit.money(net)), (f"{tax:,.0f}", kit.money(tax)), (f"{net + tax:,.0f}", kit.money(net + tax)),
         "周建良"),
        ("total_excl_tax", "total_tax", "total", "approved_by_manager"),
    )  # fmt: skip
    for j, (lab, raw, path, exp) in enumerate(tail, start=k + 2):
        _question(f, j, lab, f.val(raw, path=path, label=lab, expect=exp))
    return f.page("騰訊問卷 答卷詳情", _CSS + "p{margin:3px 10px}")


def en_lines(f: kit.PdfDraw, y: float, rows, x: float = 15, vx: float = 62) -> float:
    """``Label`` at ``x`` and the value at ``vx`` on a drawn PDF, one ``(label, typed, path, expect)`` a line."""
    for lab, raw, path, exp in rows:
        f.text(x, y, lab)
        f.value(vx, y, raw, path=path, label=lab, expect=exp)
        y += 7
    return y


def eightd_en_servicenow(f: kit.PdfDraw) -> None:
    """A ServiceNow-like Problem record printed (fpdf2): Number, Opened, Opened by, Assigned to, State (the
    record's: no field), then the 8D fields, the Activities stream with names and times (no field)."""
    f.text(15, 14, "Problem - PRB0041233", size=13, bold=True)
    f.text(150, 14, "State: Closed/Resolved", size=8)
    f.text(15, 21, "Opened: 2026-03-18 08:52:10   Opened by: Jason Park   Assigned to: Priya Nair   Assignment group: SQE",
           size=8)  # fmt: skip
    y = en_lines(f, 32, kit.field_rows(
        ("8D number", "Date opened", "Customer", "Customer complaint", "Part number", "Quantity affected"),
        ("8D-2026-017", ("2026-03-17", "2026-03-17"), "Ironbridge Hydraulics Ltd.", "IH-NC-2631", "VB-SPL-440", ("112", 112)),
        kit.EIGHTD_HEAD_PATHS,
    ))  # fmt: skip
    f.text(15, y, "Team members")
    team = ("Priya Nair", "Jason Park", "Tom Becker")
    f.value(62, y, ", ".join(team), path=None, label="Team members")
    kit.members(f, "Team members", f"p1!62,{y:g}", ", ".join(team), team)
    y = en_lines(f, y + 9, [(lab, raw, path, None) for lab, raw, path in kit.eightd_steps(
        ("Problem statement", "Containment", "Root cause", "Escape point", "Permanent fix", "Verification",
         "Preventive action"),
        ("Valve spools scored on 112 pcs, sticking in bore.", "All spools in stock (900) inspected.",
         "Grinding coolant filter clogged; swarf in coolant.", "Visual check under poor light.",
         "Filter change every shift, pressure gauge fitted.", "Four lots free of scoring.", "Same filter rule on all grinders."),
    )])  # fmt: skip
    y = en_lines(f, y + 2, kit.field_rows(
        ("Closed", "Approved by"), (("2026-04-20", "2026-04-20"), "Karen Liu"), ("closure.closed_date", "closure.approved_by"),
    ))  # fmt: skip
    f.text(15, y + 6, "Activities: 5", bold=True)
    for k, line in enumerate(("Priya Nair  Field changes  2026-04-20 16:05:33  State: Closed/Resolved",
                              "Karen Liu  Work notes  2026-04-20 15:40:02  Approved, close the problem.",
                              "Jason Park  Work notes  2026-03-19 10:11:47  Customer informed, sort ongoing.")):  # fmt: skip
        f.text(15, y + 13 + 6 * k, line, size=8)
    f.text(
        15,
        287,
        "https://ironbridge-sup.service-now.example/problem.do?sys_id=7f3c...   4/21/2026, 9:02 AM",
        size=7,
    )


def allowance_en_larkprint(f: kit.PdfDraw) -> None:
    """A Lark approval "Credit Request" printed (fpdf2): the approval's ID, Submitted by, Department and Status on top
    (no field), the form, its details table, the totals, the approval process with each approver (no field)."""
    f.text(15, 14, "Credit Request", size=14, bold=True)
    f.text(
        15,
        21,
        "Approval ID: 202603300845000217   Submitted by: Nina Gao   Dept: Sales Asia   Status: Approved",
        size=8,
    )
    y = en_lines(f, 32, kit.field_rows(
        ("Credit note No.", "Date", "Customer", "Customer VAT No.", "Original invoice", "Complaint ref."),
        ("CR-2603-0098", ("30 Mar 2026", "2026-03-30"), "Harbourline Marine Pte. Ltd.", "202113456M", "INV-2602-4471",
         "HM-CC-2603-05"),
        ("number", "issue_date", "buyer", "buyer_tax_id", "invoice_no", "complaint_number"),
    ))  # fmt: skip
    f.text(15, y + 2, "Details", bold=True)
    cols = ((15, "Item", "name"), (80, "Qty", "qty"), (105, "Unit price", "unit_price"), (135, "Credit", "allowance_amount"),
            (165, "GST 9%", "tax"))  # fmt: skip
    y += 9
    for x, lab, _p in cols:
        f.text(x, y, lab, bold=True)
    f.pdf.line(15, y + 2, 195, y + 2)
    net = tax = 0.0
    for i, (name, q, p) in enumerate((("Hatch seal 40 mm", 300, 4.2), ("Hinge pin", 1000, 0.35))):
        y += 7
        a, t = round(q * p, 2), round(q * p * 0.09, 2)
        net, tax = net + a, tax + t
        for (x, lab, path), raw, exp in zip(cols, (name, f"{q:,}", f"{p:.2f}", f"USD {a:,.2f}", f"USD {t:,.2f}"),
                                            (None, q, kit.money(p), kit.money(a), kit.money(t))):  # fmt: skip
            f.value(x, y, raw, path=f"items[{i}].{path}", label=lab, expect=exp)
    f.pdf.line(15, y + 3, 195, y + 3)
    y = en_lines(f, y + 11, kit.field_rows(
        ("Subtotal", "GST", "Total", "Approved by (manager)"),
        ((f"USD {net:,.2f}", kit.money(net)), (f"USD {tax:,.2f}", kit.money(tax)), (f"USD {net + tax:,.2f}", kit.money(net + tax)),
         "Derek Tan"),
        ("total_excl_tax", "total_tax", "total", "approved_by_manager"),
    ))  # fmt: skip
    f.text(15, y + 4, "Approval process", bold=True)
    for k, line in enumerate(("Nina Gao - Submitted - 03/30/2026 08:45",
                              "Derek Tan - Approved - 03/30/2026 10:12",
                              "Finance: Alice Koh - Approved - \"OK, issue credit\" - 03/31/2026 09:30")):  # fmt: skip
        f.text(15, y + 11 + 6 * k, line, size=8)
    f.text(15, 287, "Printed by Nina Gao on 03/31/2026 11:05 - Lark Approval", size=7)


SENT_AS_PDF = [  # what it imitates, drawing (a page's markup printed by Chromium, or a PDF drawn by fpdf2)
    kit.pdf_layout(*kit.layout_names(draw), "html" if draw.__annotations__["return"] == "str" else "fpdf", draw,
                   imitates, copy2=draw.__name__ in _COPY2)
    for imitates, draw in (
        ("a 钉钉 approval printed from the desktop client: 审批单打印, 审批记录, a QR code caption, 打印人 / 打印时间", complaint_zh_approvalprint),
        ("a Jira-like service-desk ticket printed: Reporter, Assignee, Created / Updated, custom fields, Activity", complaint_en_jira),
        ("a 企業微信 退貨申請 printed with its 明細 table and 審批流程", return_zht_wecomprint),
        ("a 騰訊問卷 折讓申請 answer sheet printed: 第1題 … one question a heading, a table question, 提交時間 on top", allowance_zht_txform),
        ("a ServiceNow-like problem record printed (fpdf2): Opened by, Assigned to, State, Activities", eightd_en_servicenow),
        ("a Lark approval Credit Request printed (fpdf2): Approval ID, details table, approval process", allowance_en_larkprint),
    )
]  # fmt: skip


# =============================================================================== odd files
def _three_submissions_workbook() -> bytes:
    """A 问卷星 export holding THREE SUBMISSIONS (three rows, three customers): never one of them read as the file's
    one complaint silently."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    heads = ("序号", "提交答卷时间", "所用时间", "来源", "来自IP", "1、客户名称", "2、客诉日期", "3、产品型号",
             "4、交货数量", "5、不良数量", "6、问题描述", "7、填写人")  # fmt: skip
    rows = ((1, "2026/3/2 10:11:09", "188秒", "微信", "183.14.2.9(广东-深圳)", "深圳市华星光电技术有限公司", "2026-03-02",
             "HX-FPC-0201", 2000, 35, "FPC金手指氧化。", "林涛"),
            (2, "2026/3/3 15:40:52", "240秒", "链接", "112.96.33.7(广东-惠州)", "TCL王牌电器（惠州）有限公司", "2026-03-03",
             "TC-BKL-0410", 5000, 12, "背光胶框变形。", "钟丽"),
            (3, "2026/3/4 09:02:33", "131秒", "微信", "58.60.1.22(广东-深圳)", "深圳市华星光电技术有限公司", "2026-03-04",
             "HX-FPC-0203", 1000, 8, "FPC折痕。", "林涛"))  # fmt: skip
    for c, h in enumerate(heads, start=1):
        ws.cell(1, c, h)
    for r, row in enumerate(rows, start=2):
        for c, v in enumerate(row, start=1):
            ws.cell(r, c, v)
    return kit.workbook_bytes(wb, dt.datetime(2026, 3, 4, 18, 0))


def _withdrawn_pdf() -> bytes | None:
    """A 钉钉 退货申请 printed whose 审批状态 is ``已撤销`` (the 发起人 withdrew it: no return was agreed): never a return
    record held silently as if it had been approved."""
    if kit.FPDF is None:
        return None
    f = kit.CjkDraw.of(kit.PdfDraw(False))
    f.text(80, 16, "退货申请", size=14)
    f.text(15, 24, "审批编号：202603161008000045    审批状态：已撤销    发起人：梁晓东", size=8)
    shown = (("退货单号", "TH-2603-0019"), ("退货日期", "2026-03-16"), ("客户名称", "广州小鹏汽车科技有限公司"),
             ("关联客诉单号", "XP-QA-260312"),
             ("物料编码", "XP-BRK-1019"), ("物料名称", "线束支架"), ("退货数量", "300"), ("单价", "3.20"),
             ("金额", "960.00"), ("退货原因", "孔位偏移。"), ("处理方式", "报废"))  # fmt: skip
    y = 36
    for lab, val in shown:
        f.text(20, y, lab + "：")
        f.text(55, y, val)
        y += 8
    f.text(15, y + 6, "审批记录", bold=True)
    f.text(15, y + 13, "梁晓东  发起申请  2026-03-16 10:08")
    f.text(15, y + 20, "梁晓东  撤销  “客户改为让步接收，撤回退货”  2026-03-16 16:45")
    return bytes(f.pdf.output())


ODD = {
    "complaint-threesubmissions.xlsx": (
        "a 问卷星 export holding three submissions (three rows, two customers): a word that the file holds several "
        "complaints, or a clear error; never one of them held silently as the file's complaint",
        _three_submissions_workbook,
    ),
    "return-withdrawn.pdf": (
        "a 退货申请 approval printed whose 审批状态 is 已撤销 (withdrawn by its 发起人): a word that the approval was "
        "withdrawn, or a clear error; never a return held silently as if approved",
        _withdrawn_pdf,
    ),
}


if __name__ == "__main__":  # [--no-pdf] [--out DIR] (default: this folder)
    kit.run_with_odd(sys.argv[1:], HERE, (EXCEL, SENT_AS_PDF), SOURCE, "fortieth held-out layouts", ODD)
