"""Write the sixty-second held-out set (run: ``python tests/holdout62/make_holdout62.py``).

Written from public descriptions of real forms WITHOUT reading the reader's code, for THE FACTORY'S OWN FORMS AS THEY
DRIFTED, AND ITS SISTER PLANTS' VERSIONS OF THEM: an older revision of the complaint sheet (客户抱怨处理单 ``版本 A/0``,
``2019-06-01 生效``, ``客户名称`` / ``订货单位`` where the sheet now says 客户, ``不良内容及处理意见`` in one block, three copies,
the old routing ``业务课 → 品管课 → 制造课 → 厂长室``, a revision table at the foot, blank rows left from an older layout), a
sister plant's variant (``华东精工（苏州）有限公司``, its own 文件编号, ``客诉等级`` / ``车间`` / ``班组``, a column added in the
middle of its table), a clerk's home-made 客诉登记 (half the fields, the value typed beside its label in one cell, a
colour instead of a check box), the Taiwan plant's traditional-script sheet (``抱怨日期 民國115年``, ``折價``), a
two-in-one sheet (the complaint above, a short 8D below); an older 8D in seven steps (``D4 原因分析及对策`` one block,
``D5 效果确认``), the Taiwan plant's 8D with a revision table; an old 成品退货单 in five copies with ``退货原因`` as check
boxes, the sales office's English translation of it; an old 销货折让证明单 with ``统一编号`` over an 18-character credit code,
the Taiwan plant's 銷貨折讓證明單. Sent as PDF only (fpdf2): the sales office's English ``Customer Complaint Handling
Form`` (``Bad Content``, ``Handle Opinion``), its English seven-step 8D, the Taiwan plant's 成品退貨單, its English ``Sales
Discount Certificate``. ``odd/`` holds a superseded copy stamped ``作废`` and a sheet whose only date is the form's own
``2019-06-01 生效``.

Fix what this set shows by a general rule, imitated in ``tests/layouts``, never on these files. Written by
tests/holdout_kit.py's ``run_with_odd``: each run the same xlsx and json bytes; the PDFs printed with ``soffice``
and drawn with fpdf2 (``--no-pdf`` keeps the committed PDFs; ``--out DIR`` writes elsewhere).
"""

from __future__ import annotations

import sys
from pathlib import Path

from openpyxl.styles import Font, PatternFill

if str(Path(__file__).resolve().parents[1]) not in sys.path:  # tests/, where the kit is: tests/holdout_kit.py
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import holdout_kit as kit

HERE, SOURCE = kit.generator(__file__, "sixty-second held-out imitation")
dt = kit.dt

_YELLOW = PatternFill("solid", fgColor="FFFF00")


def own_names(draw) -> tuple[str, str, str]:
    """The kit's id, kind and language of a drawing, the id prefixed ``own-`` (ids are unique across the sets)."""
    lid, kind, lang = kit.layout_names(draw)
    return f"own-{lid}", kind, lang


def ticks(options, chosen, on: str = "■", off: str = "□") -> str:
    """Check boxes typed in one cell: ``□退货 ■换货 □折价``."""
    return kit.marks(list(options), set(chosen), on, off)


def signs(s: kit.Sheet, row: int, cols: str, labels, names, paths) -> None:
    """A sign-off row: the roles pre-printed shaded on ``row``, the names under them on the next row."""
    for col, lab, name, path in zip(cols, labels, names, paths, strict=True):
        s.text(f"{col}{row}", lab, bold=True, shade=True, center=True)
        s.value(f"{col}{row + 1}", name, path=path, label=lab)
    s.height(row + 1, 30)


def revisions(s: kit.Sheet, row: int, cols: str, title: str, heads, rows) -> None:
    """The revision table at the foot of a controlled form (``修订记录``: 版本 / 修订内容 / 生效日期 / 核准), one revision a
    row."""
    s.text(f"{cols[0]}{row}", title, f"{cols[-1]}{row}", bold=True, center=True)
    kit.head_row(s, row + 1, cols, heads)
    for k, rev in enumerate(rows):
        for col, v in zip(cols, rev):
            s.text(f"{col}{row + 2 + k}", v)


def blank_rows(s: kit.Sheet, first: int, n: int, cols: str) -> None:
    """Rows left empty from the older layout (their labels deleted, the borders kept)."""
    for r in range(first, first + n):
        for c in cols:
            s.box(f"{c}{r}")


def colours(
    s: kit.Sheet, row: int, cols: str, options, chosen: str, path: str, label_text: str, expect
) -> None:
    """Options pre-printed a cell each, the chosen one filled yellow by the clerk (no check box: a colour)."""
    for col, opt in zip(cols, options):
        s.text(f"{col}{row}", opt, center=True)
        if opt == chosen and not s.blank:
            s.ws[f"{col}{row}"].fill = _YELLOW
            s.fields.append({"label": label_text, "cell": f"{s.ws.title}!{col}{row}", "value": opt, "path": path,
                             "expect": expect, "note": "the option's cell filled yellow (no check box)"})  # fmt: skip


# =============================================================================== complaint
def complaint_zh_reva(s: kit.Sheet) -> None:
    """The factory's own 客户抱怨处理单 in its first revision (``版本 A/0``, ``2019-06-01 生效``): 抱怨编号, 客户名称, 订货
    单号, 产品编号 / 产品名称, 交货数量, ``不良内容及处理意见`` one block holding both, 客户要求 with the old word 折价, the old
    routing words, three copies, blank rows left from an older layout, a revision table at the foot."""
    s.text("A1", "客户抱怨处理单", "D1", size=15)
    kit.plain(s, "A2", "华东精工机械有限公司　文件编号：QR-QA-015　版本：A/0　2019-06-01 生效", "D2")
    kit.plain(s, "A3", "传递路线：业务课 → 品管课 → 制造课 → 厂长室（各单位签收后传下一单位）", "D3")
    kit.lv_pairs(s, 4, kit.field_rows(
        ("抱怨编号", "抱怨日期", "客户名称", "订货单号", "产品编号", "产品名称", "生产批号", "交货数量", "不良数量", "发现地点"),
        (kit.pick(s, "KB-2611-031", "KB-2611-044"), kit.pick(s, (dt.date(2026, 11, 4), "2026-11-04"), (dt.date(2026, 11, 18), "2026-11-18")),
         "宁波恒远汽配有限公司", kit.pick(s, "HY-PO-261022", "HY-PO-261105"), kit.pick(s, "ZC-6204-2RS", "ZC-6205-ZZ"),
         kit.pick(s, "深沟球轴承 6204-2RS", "深沟球轴承 6205-ZZ"), kit.pick(s, "B261015", "B261101"),
         (kit.pick(s, "8,000 套", "5,000 套"), kit.pick(s, 8000, 5000)), (kit.pick(s, "160 套", "75 套"), kit.pick(s, 160, 75)),
         "客户装配线"),
        ("number", "received_date", "customer", "order_no", "part_no", "part_name", "lot_no", "ship_qty", "defect_qty", None),
    ))  # fmt: skip
    desc = kit.pick(s, "轴承转动异响，客户装配后噪音测试 160 套超标。", "密封圈脱落，油脂外溢。")
    act = kit.pick(s, "库存 2,400 套全数噪音复测，不良品退回返工。", "在库品全检密封圈，客户端派员挑选。")
    s.text("A9", "不良内容及处理意见", bold=True, shade=True)
    s.value("B9", f"不良内容：{desc}\n处理意见：{act}", path=None, label="不良内容及处理意见", span="D9")
    if not s.blank:
        for path, part in (("description", desc), ("short_term_action", act)):
            s.fields.append({"label": "不良内容及处理意见", "cell": f"{s.ws.title}!B9",
                             "value": f"不良内容：{desc}\n处理意见：{act}", "path": path, "expect": part})  # fmt: skip
    s.height(9, 48)
    kit.lv(s, "A10", "客户要求", "B10", ticks(("退货", "换货", "折价"), kit.pick(s, {"换货"}, {"退货"})), "customer_request",
           expect=kit.pick(s, ["replacement"], ["return"]), span="D10")  # fmt: skip
    blank_rows(s, 11, 2, "ABCD")
    signs(s, 13, "ABCD", ("业务经办", "业务课长", "品管课长", "厂长"), (kit.pick(s, "陈丽娟", "周海燕"), "马国强", "徐文斌", "王振国"),
          ("reporter", "sales_supervisor", None, "approver"))  # fmt: skip
    kit.plain(s, "A15", "本单一式三联：第一联 品管课（白）　第二联 业务课（红）　第三联 制造课（黄）", "D15")
    revisions(
        s,
        16,
        "ABCD",
        "修订记录",
        ("版本", "修订内容", "生效日期", "核准"),
        (("A/0", "初版发行", "2019-06-01", "王振国"),),
    )


def complaint_zh_suzhou(s: kit.Sheet) -> None:
    """The sister plant's variant of the same sheet (``华东精工（苏州）有限公司``, its own 文件编号 SZ-QP-8.2-03): 投诉编号,
    客诉等级 as boxes, 车间 / 班组 added, and a table whose columns 订单号 / 料号 / 品名 / 批号 / **车间** / 出货数 / 不良数
    carry the column the plant added in the middle."""
    s.text("A1", "华东精工（苏州）有限公司", "G1", size=14)
    s.text("A2", "客户投诉处理单", "G2", size=13)
    kit.plain(s, "A3", "文件编号：SZ-QP-8.2-03　版本：B/1　编制：品保部", "G3")
    kit.lv_pairs(s, 4, kit.field_rows(
        ("投诉编号", "投诉日期", "客户", "客诉等级"),
        (kit.pick(s, "SZ-KS-26-118", "SZ-KS-26-125"), kit.pick(s, ("2026/11/06", "2026-11-06"), ("2026/11/23", "2026-11-23")),
         "苏州博远汽车部件有限公司",
         kit.pick(s, (ticks(("A级（重大）", "B级（重要）", "C级（一般）"), {"B级（重要）"}), "important"),
                  (ticks(("A级（重大）", "B级（重要）", "C级（一般）"), {"C级（一般）"}), "general"))),
        ("number", "received_date", "customer", "severity"),
    ), cols=("AB", "DE"), span="G")  # fmt: skip
    heads = ("订单号", "料号", "品名", "批号", "车间", "出货数", "不良数")
    kit.head_row(s, 6, "ABCDEFG", heads)
    row = (kit.pick(s, "BY-2610-088", "BY-2611-017"), kit.pick(s, "ZC-6302-RS", "ZC-6303-RS"),
           kit.pick(s, "深沟球轴承 6302", "深沟球轴承 6303"), kit.pick(s, "S261020", "S261108"), "装配二车间",
           kit.pick(s, 6000, 4500), kit.pick(s, 240, 90))  # fmt: skip
    paths = ("order_no", "part_no", "part_name", "lot_no", "production_unit", "ship_qty", "defect_qty")
    for col, h, v, p in zip("ABCDEFG", heads, row, paths):
        s.value(f"{col}7", v, path=p, label=h, fmt="#,##0" if isinstance(v, int) else None)
    kit.lv_pairs(s, 8, kit.field_rows(("班组", "发现工序"), ("丙班", "客户总装"), ("shift", None)), cols=("AB", "DE"),
                 span="G")  # fmt: skip
    r = kit.rows_down(s, 9, kit.field_rows(
        ("不良描述", "客户要求", "临时处理"),
        (kit.pick(s, "内圈滚道压伤，客户总装后异响，抽检 240 套不良。", "保持架变形，转动卡滞。"),
         kit.pick(s, ("退货重发", ["return", "resupply"]), ("换货", ["replacement"])),
         kit.pick(s, "库存 3,000 套隔离，装配线压装力复核。", "库存品全检转动力矩。")),
        ("description", "customer_request", "short_term_action"),
    ), span="G")  # fmt: skip
    kit.lv_pairs(s, r, kit.field_rows(("填单人", "部门主管"), (kit.pick(s, "沈佳琪", "钱伟"), "顾建华"),
                                      ("reporter", "sales_supervisor")), cols=("AB", "DE"), span="G")  # fmt: skip


def complaint_zh_dengji(s: kit.Sheet) -> None:
    """A clerk's home-made 客诉登记 sheet: half the fields, each value typed after its label in the same cell
    (``客户：…``), the request marked by filling the chosen option's cell yellow (no check box)."""
    s.text("A1", "客诉登记", "D1", size=13)
    pairs = (("单号：", kit.pick(s, "KD-2611-07", "KD-2611-12"), "number", None),
             ("日期：", kit.pick(s, "2026.11.9", "2026.11.20"), "received_date", kit.pick(s, "2026-11-09", "2026-11-20")),
             ("客户：", "嘉兴顺达机电有限公司", "customer", None),
             ("品名：", kit.pick(s, "微型轴承 608ZZ", "微型轴承 609ZZ"), "part_name", None),
             ("不良数：", kit.pick(s, "300个", "120个"), "defect_qty", kit.pick(s, 300, 120)),
             ("登记人：", kit.pick(s, "刘晓燕", "刘晓燕"), "reporter", None))  # fmt: skip
    for k, (lab, v, path, exp) in enumerate(pairs):
        ref = f"{'AC'[k % 2]}{2 + k // 2}"
        s.value(ref, v, prefix=lab, path=path, label=lab, expect=exp, span=f"{'BD'[k % 2]}{2 + k // 2}")
    s.value("A5", kit.pick(s, "电机装配后轴承卡死，拆检滚珠生锈。", "轴承游隙过大，电机噪音。"), prefix="问题：", path="description",
            label="问题：", span="D5")  # fmt: skip
    s.height(5, 36)
    s.text("A6", "处理要求（涂黄）", bold=True)
    chosen = kit.pick(s, "换货", "退货")
    colours(s, 6, "BCD", ("退货", "换货", "返工"), chosen, "customer_request", "处理要求（涂黄）",
            kit.pick(s, ["replacement"], ["return"]))  # fmt: skip


def complaint_zht_tw(s: kit.Sheet) -> None:
    """The Taiwan plant's traditional-script copy of the old complaint sheet: 抱怨編號, 抱怨日期 in 民國, 客戶名稱, 產品
    編號 / 產品名稱, 交貨數量 / 不良數量, 不良內容 / 處理意見 side by side, 客戶要求 with 折價, 經辦 / 主管 / 廠長, three copies
    and the stale control line."""
    s.text("A1", "客戶抱怨處理單", "D1", size=15)
    kit.plain(s, "A2", "華東精工股份有限公司 台灣廠　文件編號：TW-QR-015　版次：A/0　2019/06/01 生效", "D2")
    kit.lv_pairs(s, 3, kit.field_rows(
        ("抱怨編號", "抱怨日期", "客戶名稱", "訂貨單號", "產品編號", "產品名稱", "生產批號", "交貨數量", "不良數量"),
        (kit.pick(s, "TW-KB-115-021", "TW-KB-115-029"),
         kit.pick(s, ("民國115年11月12日", "2026-11-12"), ("民國115年11月26日", "2026-11-26")), "台中精密機械股份有限公司",
         kit.pick(s, "TC-115-0877", "TC-115-0912"), kit.pick(s, "ZC-6001-ZZ", "ZC-6002-ZZ"),
         kit.pick(s, "深溝球軸承 6001ZZ", "深溝球軸承 6002ZZ"), kit.pick(s, "T1151030", "T1151112"),
         (kit.pick(s, "3,600 顆", "2,400 顆"), kit.pick(s, 3600, 2400)), (kit.pick(s, "72 顆", "48 顆"), kit.pick(s, 72, 48))),
        ("number", "received_date", "customer", "order_no", "part_no", "part_name", "lot_no", "ship_qty", "defect_qty"),
    ))  # fmt: skip
    s.text("A8", "不良內容", bold=True, shade=True, center=True, span="B8")
    s.text("C8", "處理意見", bold=True, shade=True, center=True, span="D8")
    s.value(
        "A9",
        kit.pick(s, "軸承外圈生鏽，開箱即見鏽斑。", "防塵蓋變形，轉動卡滯。"),
        path="description",
        label="不良內容",
        span="B9",
    )
    s.value("C9", kit.pick(s, "庫存品重新防鏽包裝，客戶端不良品換新。", "庫存品全檢防塵蓋。"), path="short_term_action", label="處理意見",
            span="D9")  # fmt: skip
    s.height(9, 40)
    kit.lv(s, "A10", "客戶要求", "B10", ticks(("退貨", "換貨", "折價"), kit.pick(s, {"折價"}, {"換貨"}), "☑", "☐"),
           "customer_request", expect=kit.pick(s, ["allowance"], ["replacement"]), span="D10")  # fmt: skip
    signs(s, 11, "ABC", ("經辦", "主管", "廠長"), (kit.pick(s, "林怡君", "陳冠宇"), "張志成", "李明德"),
          ("reporter", "sales_supervisor", "approver"))  # fmt: skip
    kit.plain(s, "A13", "本單一式三聯：第一聯 品管（白）　第二聯 業務（紅）　第三聯 製造（黃）", "D13")


def complaint_zh_heyi(s: kit.Sheet) -> None:
    """The two-in-one sheet: the complaint above (客诉单号, 客户, 料号, 出货数量 / 不良数量, 问题描述, 客户要求), a short 8D
    below on the same sheet (``8D 简易报告``: D3 临时措施, D4 根本原因, D5 永久对策, D6 效果确认, D8 结案日期), 填表 / 批准."""
    s.text("A1", "客诉处理单（含简易8D）", "D1", size=14)
    kit.plain(s, "A2", "华东精工机械有限公司　文件编号：QR-QA-015-1　版本：C/0", "D2")
    kit.lv_pairs(s, 3, kit.field_rows(
        ("客诉单号", "客诉日期", "客户", "料号", "品名", "出货数量", "不良数量", "订单号"),
        (kit.pick(s, "KS-2611-052", "KS-2611-060"), kit.pick(s, ("2026-11-10", "2026-11-10"), ("2026-11-25", "2026-11-25")),
         "无锡联创电机有限公司", kit.pick(s, "ZC-6000-2RS", "ZC-6001-2RS"), kit.pick(s, "深沟球轴承 6000-2RS", "深沟球轴承 6001-2RS"),
         (kit.pick(s, "10,000 pcs", "6,000 pcs"), kit.pick(s, 10000, 6000)), (kit.pick(s, "35 pcs", "20 pcs"), kit.pick(s, 35, 20)),
         kit.pick(s, "LC-PO-2610-33", "LC-PO-2611-08")),
        ("number", "received_date", "customer", "part_no", "part_name", "ship_qty", "defect_qty", "order_no"),
    ))  # fmt: skip
    r = kit.rows_down(s, 7, kit.field_rows(
        ("问题描述", "客户要求"),
        (kit.pick(s, "电机运转 48 小时后轴承咬死，拆检润滑脂干涸。", "轴承温升过高。"), ("退货", ["return"])),
        ("description", "customer_request"),
    ))  # fmt: skip
    s.text(f"A{r}", "8D 简易报告", f"D{r}", bold=True, shade=True, center=True)
    r = kit.rows_down(s, r + 1, kit.field_rows(
        ("D3 临时措施", "D4 根本原因", "D5 永久对策", "D6 效果确认"),
        (kit.pick(s, "在库 4,000 pcs 隔离，换用新批润滑脂重新注脂。", "库存品全检温升。"),
         kit.pick(s, "注脂机计量泵磨损，注脂量不足 40 %。", "游隙选配错误。"),
         kit.pick(s, "更换计量泵，每班首件称重注脂量。", "游隙分组纳入检验规范。"), "连续 3 批寿命试验合格。"),
        ("short_term_action", "root_cause", "long_term_action", None),
    ))  # fmt: skip
    kit.lv_pairs(s, r, kit.field_rows(
        ("D8 结案日期", "填表", "审核", "批准"),
        (kit.pick(s, ("2026-12-02", "2026-12-02"), ("2026-12-16", "2026-12-16")), kit.pick(s, "孙丽", "蒋涛"), "邵建国", "王振国"),
        ("closed_date", "reporter", None, "approver"),
    ))  # fmt: skip


# =============================================================================== 8D
def eightd_zh_qibu(s: kit.Sheet) -> None:
    """An older 8D in seven steps: no D0, D1 成立小组, D2 问题描述, D3 临时措施, **D4 原因分析及对策** one block (the cause and
    the action on two lines), then renumbered D5 效果确认, D6 防止再发, D7 结案 (结案日期, 批准)."""
    s.text("A1", "8D报告（七步法）", "D1", size=15)
    kit.plain(s, "A2", "华东精工机械有限公司　QR-QA-021　版本：A/0　2019-06-01 生效", "D2")
    kit.lv_pairs(s, 3, kit.field_rows(
        ("报告编号", "日期", "客户名称", "抱怨编号", "产品编号", "不良数量"),
        (kit.pick(s, "8D-2611-009", "8D-2611-014"), kit.pick(s, ("2026-11-06", "2026-11-06"), ("2026-11-20", "2026-11-20")),
         "宁波恒远汽配有限公司", kit.pick(s, "KB-2611-031", "KB-2611-044"), kit.pick(s, "ZC-6204-2RS", "ZC-6205-ZZ"),
         (kit.pick(s, "160 套", "75 套"), kit.pick(s, 160, 75))),
        kit.EIGHTD_HEAD_PATHS,
    ))  # fmt: skip
    kit.team_cell(
        s,
        "A6",
        "D1 成立小组",
        "B6",
        kit.pick(s, ("徐文斌", "马国强", "何建平"), ("徐文斌", "韩磊")),
        sep="、",
        span="D6",
    )
    kit.lv(s, "A7", "D2 问题描述", "B7", kit.pick(s, "轴承转动异响，客户噪音测试 160 套超标。", "密封圈脱落，油脂外溢。"),
           "problem.statement", span="D7")  # fmt: skip
    kit.lv(s, "A8", "D3 临时措施", "B8", kit.pick(s, "库存 2,400 套噪音复测，客户端派员挑选。", "在库品全检密封圈。"),
           "containment[0].action", span="D8")  # fmt: skip
    cause = kit.pick(s, "滚道磨削砂轮修整周期过长，滚道波纹度超差。", "密封圈压装深度不足。")
    action = kit.pick(s, "砂轮修整周期由 200 件改为 80 件，增加波纹度抽检。", "压装机加装深度传感器。")
    s.text("A9", "D4 原因分析及对策", bold=True, shade=True)
    s.value("B9", f"原因：{cause}\n对策：{action}", path=None, label="D4 原因分析及对策", span="D9")
    if not s.blank:
        for path, part in (
            ("root_cause[type=occurrence].cause", cause),
            ("corrective_actions[0].action", action),
        ):
            s.fields.append({"label": "D4 原因分析及对策", "cell": f"{s.ws.title}!B9",
                             "value": f"原因：{cause}\n对策：{action}", "path": path, "expect": part})  # fmt: skip
    s.height(9, 48)
    kit.lv(s, "A10", "D5 效果确认", "B10", kit.pick(s, "连续 5 批噪音测试合格。", "连续 3 批压装深度合格。"),
           "implementation[0].result", span="D10")  # fmt: skip
    kit.lv(
        s,
        "A11",
        "D6 防止再发",
        "B11",
        "砂轮修整周期写入作业指导书，其他磨床比照。",
        "prevention.horizontal_deployment",
        span="D11",
    )
    kit.lv_pairs(s, 12, kit.field_rows(
        ("D7 结案日期", "批准"), (kit.pick(s, ("2026-12-01", "2026-12-01"), ("2026-12-15", "2026-12-15")), "王振国"),
        ("closure.closed_date", "closure.approved_by"),
    ))  # fmt: skip


def eightd_zht_tw(s: kit.Sheet) -> None:
    """The Taiwan plant's 8D報告 in the group's old revision (版次 A/0, 2019/06/01 生效): D1 小組成員 … D8 結案, D4 發生
    原因 / 流出原因, a revision table at the foot."""
    s.text("A1", "8D 報告", "D1", size=15)
    kit.plain(s, "A2", "華東精工股份有限公司 台灣廠　文件編號：TW-QR-021　版次：A/0　2019/06/01 生效", "D2")
    kit.lv_pairs(s, 3, kit.field_rows(
        ("報告編號", "開立日期", "客戶名稱", "抱怨編號", "產品編號", "不良數量"),
        (kit.pick(s, "TW-8D-115-011", "TW-8D-115-015"), kit.pick(s, ("115/11/14", "2026-11-14"), ("115/11/28", "2026-11-28")),
         "台中精密機械股份有限公司", kit.pick(s, "TW-KB-115-021", "TW-KB-115-029"), kit.pick(s, "ZC-6001-ZZ", "ZC-6002-ZZ"),
         (kit.pick(s, "72 顆", "48 顆"), kit.pick(s, 72, 48))),
        kit.EIGHTD_HEAD_PATHS,
    ))  # fmt: skip
    kit.team_cell(s, "A6", "D1 小組成員", "B6", kit.pick(s, ("張志成", "林怡君", "黃建國"), ("張志成", "吳淑芬")), sep="、",
                  span="D6")  # fmt: skip
    rows = kit.eightd_steps(
        ("D2 問題描述", "D3 暫時對策", "D4 發生原因", "D4 流出原因", "D5 永久對策", "D6 效果確認", "D7 預防再發"),
        kit.pick(s, ("軸承外圈生鏽，開箱即見鏽斑，72 顆。", "庫存 1,200 顆重新防鏽包裝。", "防鏽油濃度不足，梅雨季濕度高。",
                     "出貨前未做鹽霧抽測。", "防鏽油濃度每日量測，包裝加乾燥劑。", "連續 4 批開箱無鏽。", "防鏽管制納入各廠包裝規範。"),
                 ("防塵蓋變形，轉動卡滯，48 顆。", "庫存品全檢防塵蓋。", "壓蓋治具磨損。", "外觀檢驗未看防塵蓋。",
                  "壓蓋治具每月量測。", "連續 3 批無變形。", "治具點檢表各廠比照。")),
    )  # fmt: skip
    kit.lv_rows(s, 7, rows)
    kit.lv_pairs(s, 14, kit.field_rows(
        ("D8 結案日期", "核准"), (kit.pick(s, ("115/12/05", "2026-12-05"), ("115/12/19", "2026-12-19")), "李明德"),
        ("closure.closed_date", "closure.approved_by"),
    ))  # fmt: skip
    revisions(
        s,
        16,
        "ABCD",
        "修訂記錄",
        ("版次", "修訂內容", "生效日期", "核准"),
        (("A/0", "初版發行", "2019/06/01", "李明德"), ("A/1", "增加流出原因欄", "2021/03/15", "李明德")),
    )


# =============================================================================== return
def return_zh_chengpin(s: kit.Sheet) -> None:
    """An old 成品退货单 in five copies (``一式五联``: 存根 / 财务 / 仓库 / 品管 / 客户): 退货单号, 客户名称, 客诉单号, lines
    产品编号 / 产品名称 / 单位 / 申请数量 / 实收数量 / 单价 / 金额, ``退货原因`` and ``处理方式`` as check boxes, 仓库签收 / 核准."""
    s.text("A1", "成品退货单", "G1", size=15)
    kit.plain(s, "A2", "华东精工机械有限公司　表单编号：QR-WH-007　版本：A/0　2019-06-01 生效", "G2")
    kit.lv_pairs(s, 3, kit.field_rows(
        ("退货单号", "退货日期", "客户名称", "客诉单号"),
        (kit.pick(s, "TH-2611-015", "TH-2611-022"), kit.pick(s, (dt.date(2026, 11, 12), "2026-11-12"), (dt.date(2026, 11, 27), "2026-11-27")),
         "宁波恒远汽配有限公司", kit.pick(s, "KB-2611-031", "KB-2611-044")),
        ("number", "issue_date", "customer", "complaint_number"),
    ), cols=("AB", "DE"), span="G")  # fmt: skip
    heads = ("产品编号", "产品名称", "单位", "申请数量", "实收数量", "单价", "金额")
    kit.head_row(s, 5, "ABCDEFG", heads)
    lines = kit.pick(s, (("ZC-6204-2RS", "深沟球轴承 6204-2RS", 160, 160, 12.5),),
                     (("ZC-6205-ZZ", "深沟球轴承 6205-ZZ", 75, 72, 14.0), ("ZC-6205-2RS", "深沟球轴承 6205-2RS", 20, 20, 14.5)))  # fmt: skip
    for i, (code, name, qa, q, p) in enumerate(lines):
        r = 6 + i
        s.value(f"A{r}", code, path=f"items[{i}].part_no", label=heads[0])
        s.value(f"B{r}", name, path=f"items[{i}].part_name", label=heads[1])
        s.value(f"C{r}", "套", path=f"items[{i}].unit", label=heads[2])
        s.value(f"D{r}", qa, path=f"items[{i}].qty_approved", label=heads[3], fmt="#,##0")
        s.value(f"E{r}", q, path=f"items[{i}].qty_returned", label=heads[4], fmt="#,##0")
        s.value(
            f"F{r}", p, path=f"items[{i}].unit_price", label=heads[5], expect=kit.money(p), fmt="#,##0.00"
        )
        s.value(
            f"G{r}",
            round(q * p, 2),
            path=f"items[{i}].amount",
            label=heads[6],
            expect=kit.money(q * p),
            fmt="#,##0.00",
        )
    blank_rows(s, 8, 1, "ABCDEFG")
    kit.lv(s, "A9", "退货原因", "B9", ticks(("品质不良", "交期延误", "规格不符", "客户取消", "其他"), {"品质不良"}), "reason",
           expect="品质不良", span="G9")  # fmt: skip
    kit.lv(s, "A10", "处理方式", "B10", ticks(("返工", "报废", "换货", "折让"), kit.pick(s, {"返工"}, {"报废"})), "handling",
           expect=kit.pick(s, ["rework"], ["scrap"]), span="G10")  # fmt: skip
    kit.lv_pairs(s, 11, kit.field_rows(("仓库签收", "核准"), (kit.pick(s, "赵春梅", "赵春梅"), "王振国"),
                                       ("warehouse_receiver", "approved_by")), cols=("AB", "DE"), span="G")  # fmt: skip
    kit.plain(s, "A12", "一式五联：①存根（白）②财务（红）③仓库（黄）④品管（蓝）⑤客户（绿）", "G12")


def return_en_sales(s: kit.Sheet) -> None:
    """The sales office's English translation of the 成品退货单 for a foreign customer, word for word: ``Finished Product
    Return Form``, ``Apply Quantity`` / ``Actual Quantity``, ``Return Reason`` and ``Handle Method`` as ☑ boxes,
    ``Warehouse Sign`` / ``Approve``."""
    s.text("A1", "Finished Product Return Form", "G1", size=14)
    kit.plain(
        s,
        "A2",
        "Huadong Precision Machinery Co., Ltd.　Form No.: QR-WH-007E　Version: A/0　Effective 2019-06-01",
        "G2",
    )
    kit.lv_pairs(s, 3, kit.field_rows(
        ("Return No.", "Return Date", "Customer Name", "Complaint No."),
        ("TH-2611-019E", ("2026-11-19", "2026-11-19"), "Kowalski Drive Systems Sp. z o.o.", "KB-2611-038"),
        ("number", "issue_date", "customer", "complaint_number"),
    ), cols=("AB", "DE"), span="G")  # fmt: skip
    heads = (
        "Product No.",
        "Product Name",
        "Unit",
        "Apply Quantity",
        "Actual Quantity",
        "Unit Price",
        "Amount",
    )
    kit.head_row(s, 5, "ABCDEFG", heads)
    code, name, qa, q, p = "ZC-6306-2RS", "Deep groove ball bearing 6306-2RS", 500, 480, 3.2
    for col, (v, path, exp, fmt) in zip("ABCDEFG", (
        (code, "part_no", None, None), (name, "part_name", None, None), ("set", "unit", None, None),
        (qa, "qty_approved", qa, "#,##0"), (q, "qty_returned", q, "#,##0"), (f"USD {p:.2f}", "unit_price", kit.money(p), None),
        (f"USD {q * p:,.2f}", "amount", kit.money(q * p), None),
    )):  # fmt: skip
        s.value(f"{col}6", v, path=f"items[0].{path}", label=heads["ABCDEFG".index(col)], expect=exp, fmt=fmt)
    kit.lv(s, "A7", "Return Reason", "B7", ticks(("Quality bad", "Delivery delay", "Specification not match", "Other"),
                                                 {"Quality bad"}, "☑", "☐"), "reason", expect="Quality bad", span="G7")  # fmt: skip
    kit.lv(s, "A8", "Handle Method", "B8", ticks(("Rework", "Scrap", "Exchange goods"), {"Exchange goods"}, "☑", "☐"),
           "handling", expect=["replace"], span="G8")  # fmt: skip
    kit.lv_pairs(s, 9, kit.field_rows(("Warehouse Sign", "Approve"), ("Zhao Chunmei", "Wang Zhenguo"),
                                      ("warehouse_receiver", "approved_by")), cols=("AB", "DE"), span="G")  # fmt: skip


# =============================================================================== allowance
def _certificate_foot(s: kit.Sheet, heads, lines, rate: float, totals, roles, names) -> None:
    """The group's 折让证明单 under its header fields: the lines under ``heads`` from row 7 (tax at ``rate``), the three
    ``totals`` (net, tax, with tax) in rows 10–12, a sign-off row ``roles`` (the last one the manager's) from row 13."""
    kit.head_row(s, 7, "ABCDE", heads)
    net, tax = kit.credit_cells(s, 8, lines, heads, rate)
    for r, lab, x, path in zip((10, 11, 12), totals, (net, tax, round(net + tax, 2)),
                               ("total_excl_tax", "total_tax", "total")):  # fmt: skip
        kit.lv(s, f"A{r}", lab, f"D{r}", x, path, expect=kit.money(x), lspan=f"C{r}", fmt="#,##0.00")
    signs(s, 13, "ABC", roles, names, (None, None, "approved_by_manager"))


def allowance_zh_jiuban(s: kit.Sheet) -> None:
    """The old 销货折让证明单 before its 统一编号 line changed: the label still ``统一编号`` (the form's first revision), the
    clerk typing the buyer's 18-character credit code into it; 折让单号, 购货单位, 原发票号码 / 日期, 客诉单号, lines 品名 / 数量
    / 单价 / 折让金额 / 税额, 合计 / 税额 / 价税合计, 经理核准, three copies."""
    s.text("A1", "销货折让证明单", "E1", size=15)
    kit.plain(s, "A2", "华东精工机械有限公司　QR-FI-003　版本：A/0　2019-06-01 生效", "E2")
    kit.lv_pairs(s, 3, kit.field_rows(
        ("折让单号", "开单日期", "购货单位", "统一编号", "原发票号码", "原发票日期", "客诉单号"),
        (kit.pick(s, "ZR-2611-006", "ZR-2611-011"), kit.pick(s, ("2026-11-16", "2026-11-16"), ("2026-11-30", "2026-11-30")),
         "宁波恒远汽配有限公司", "91330206MA2GQ7XK5T", kit.pick(s, "33022600000051872394", "33022600000051873012"),
         kit.pick(s, ("2026-10-25", "2026-10-25"), ("2026-11-08", "2026-11-08")), kit.pick(s, "KB-2611-031", "KB-2611-044")),
        ("number", "issue_date", "buyer", "buyer_tax_id", "invoice_no", "invoice_date", "complaint_number"),
    ), cols=("AB", "DE"))  # fmt: skip
    lines = kit.pick(
        s, (("深沟球轴承 6204-2RS 噪音折让", 160, 2.5),), (("深沟球轴承 6205-ZZ 密封折让", 75, 3.0),)
    )
    _certificate_foot(s, ("品名", "数量", "单价", "折让金额", "税额"), lines, 0.13, ("合计", "税额", "价税合计"),
                      ("经办", "会计", "经理核准"), ("陈丽娟", "冯敏", "马国强"))  # fmt: skip
    kit.plain(s, "A15", "本单一式三联：①存根 ②客户 ③财务", "E15")


def allowance_zht_tw(s: kit.Sheet) -> None:
    """The Taiwan plant's own 銷貨折讓證明單 (the group's form, not the statutory one): 折讓單號, 開立日期, 買受人 /
    統一編號, 原發票號碼 ``AB-12345678``, 發票日期 in 民國, lines with 營業稅額 5 %, 合計 / 營業稅 / 總計, 核准."""
    s.text("A1", "銷貨折讓證明單", "E1", size=15)
    kit.plain(
        s, "A2", "華東精工股份有限公司 台灣廠　文件編號：TW-QR-FI-003　版次：A/0　2019/06/01 生效", "E2"
    )
    kit.lv_pairs(s, 3, kit.field_rows(
        ("折讓單號", "開立日期", "買受人", "統一編號", "原發票號碼", "發票日期", "客訴單號"),
        (kit.pick(s, "TW-ZR-115-008", "TW-ZR-115-012"), kit.pick(s, ("115/11/20", "2026-11-20"), ("115/12/04", "2026-12-04")),
         "台中精密機械股份有限公司", "24561837", kit.pick(s, "AB-38274615", "AB-38275102"),
         kit.pick(s, ("115/10/30", "2026-10-30"), ("115/11/14", "2026-11-14")), kit.pick(s, "TW-KB-115-021", "TW-KB-115-029")),
        ("number", "issue_date", "buyer", "buyer_tax_id", "invoice_no", "invoice_date", "complaint_number"),
    ), cols=("AB", "DE"))  # fmt: skip
    lines = kit.pick(s, (("深溝球軸承 6001ZZ 生鏽折讓", 72, 25.0),), (("深溝球軸承 6002ZZ 折讓", 48, 30.0),))
    _certificate_foot(s, ("品名", "數量", "單價", "折讓金額", "營業稅額"), lines, 0.05, ("合計", "營業稅", "總計"),
                      ("經辦", "會計", "核准"), ("林怡君", "許雅婷", "張志成"))  # fmt: skip


_COPY2 = {"complaint_zh_reva", "complaint_zh_suzhou", "complaint_zh_dengji", "complaint_zht_tw", "eightd_zh_qibu",
          "return_zh_chengpin", "allowance_zh_jiuban", "complaint_en_sales"}  # fmt: skip
"""The drawings with a second copy in copy2/ (seven workbooks, one sent as PDF only)."""

EXCEL = [  # drawing (its name gives the id, kind and language), sheet, column widths, what it imitates
    kit.excel_layout(*own_names(draw), draw, sheet, widths, imitates, copy2=draw.__name__ in _COPY2)
    for draw, sheet, widths, imitates in (
        (complaint_zh_reva, "抱怨单", dict(A=18, B=30, C=16, D=30), "the factory's own 客户抱怨处理单 rev A/0: 2019-06-01 生效, 不良内容及处理意见 one block, 折价, three copies, the old routing, a revision table"),
        (complaint_zh_suzhou, "投诉单", dict(A=14, B=16, C=20, D=12, E=14, F=10, G=10), "the sister plant's variant (华东精工（苏州）有限公司): 客诉等级, 车间 / 班组, a column 车间 added in the middle of its table"),
        (complaint_zh_dengji, "登记", dict(A=22, B=14, C=22, D=14), "a clerk's home-made 客诉登记: half the fields, the value typed after its label in one cell, the request marked by a yellow fill"),
        (complaint_zht_tw, "抱怨單", dict(A=18, B=30, C=16, D=30), "the Taiwan plant's traditional-script 客戶抱怨處理單 rev A/0: 民國 dates, 不良內容 / 處理意見 side by side, 折價, 經辦 / 主管 / 廠長"),
        (complaint_zh_heyi, "客诉8D", dict(A=18, B=30, C=16, D=30), "the two-in-one sheet: the complaint above, a short 8D below (D3 临时措施, D4 根本原因, D5 永久对策, D8 结案日期)"),
        (eightd_zh_qibu, "8D", dict(A=20, B=34, C=14, D=30), "an older 8D in seven steps: D4 原因分析及对策 one block, renumbered D5 效果确认 / D6 防止再发 / D7 结案"),
        (eightd_zht_tw, "8D", dict(A=18, B=34, C=14, D=30), "the Taiwan plant's 8D報告 rev A/0 with a revision table at the foot"),
        (return_zh_chengpin, "退货", dict(A=14, B=22, C=8, D=10, E=10, F=10, G=12), "an old 成品退货单 in five copies: 退货原因 and 处理方式 as check boxes, 申请数量 / 实收数量"),
        (return_en_sales, "Return", dict(A=18, B=30, C=8, D=14, E=14, F=12, G=14), "the sales office's English translation of the 成品退货单: Apply Quantity, Actual Quantity, Return Reason ☑ Quality bad, Handle Method"),
        (allowance_zh_jiuban, "折让", dict(A=30, B=22, C=14, D=24, E=22), "the old 销货折让证明单 before its 统一编号 line changed: 统一编号 over an 18-character credit code, 经理核准"),
        (allowance_zht_tw, "折讓", dict(A=30, B=22, C=14, D=24, E=22), "the Taiwan plant's 銷貨折讓證明單: 統一編號, 原發票號碼 AB-38274615, 營業稅額 5 %"),
    )
]  # fmt: skip


# =============================================================================== sent as PDF only
def complaint_en_sales(f: kit.PdfDraw) -> None:
    """The sales office's English translation of the complaint sheet for a foreign customer (fpdf2), word for word from
    the Chinese: ``Customer Complaint Handling Form``, ``Bad Content``, ``Handle Opinion``, ``Bad Quantity``, ``Delivery
    Quantity``, ``Customer Requirement`` ``Exchange goods``, ``Handler`` / ``Business Supervisor``, the stale control line."""
    f = kit.CjkDraw.of(f)
    f.text(45, 16, "Customer Complaint Handling Form", size=14)
    f.text(
        15,
        23,
        "Huadong Precision Machinery Co., Ltd.  Doc No.: QR-QA-015E  Version: A/0  Effective: 2019-06-01",
        size=7,
    )
    y = kit.pdf_lv_lines(f, 15, 62, 34, kit.field_rows(
        ("Complaint No.", "Complaint Date", "Customer Name", "Order No.", "Product No.", "Product Name", "Batch No.",
         "Delivery Quantity", "Bad Quantity"),
        (kit.pick(f, "KB-2611-038", "KB-2611-047"), kit.pick(f, ("2026-11-08", "2026-11-08"), ("2026-11-21", "2026-11-21")),
         "Kowalski Drive Systems Sp. z o.o.", kit.pick(f, "KDS-PO-4471", "KDS-PO-4502"), "ZC-6306-2RS",
         "Deep groove ball bearing 6306-2RS", kit.pick(f, "B261012", "B261103"),
         (kit.pick(f, "12,000 sets", "8,000 sets"), kit.pick(f, 12000, 8000)), (kit.pick(f, "480 sets", "150 sets"), kit.pick(f, 480, 150))),
        ("number", "received_date", "customer", "order_no", "part_no", "part_name", "lot_no", "ship_qty", "defect_qty"),
    ), step=8, colon=":")  # fmt: skip
    kit.pdf_lv_lines(f, 15, 62, y + 4, kit.field_rows(
        ("Bad Content", "Handle Opinion", "Customer Requirement", "Handler", "Business Supervisor"),
        (kit.pick(f, "Bearings noisy after assembly, 480 sets over noise limit.", "Seal loose, grease leaking."),
         kit.pick(f, "Stock 3,000 sets re-tested; bad parts returned for rework.", "Stock seals 100 % checked."),
         ("Exchange goods", ["replacement"]), kit.pick(f, "Chen Lijuan", "Zhou Haiyan"), "Ma Guoqiang"),
        ("description", "short_term_action", "customer_request", "reporter", "sales_supervisor"),
    ), step=8, colon=":")  # fmt: skip


def eightd_en_seven(f: kit.PdfDraw) -> None:
    """The sales office's English translation of the seven-step 8D (fpdf2): ``D1 Set up Team``, ``D3 Temporary Measures``,
    ``D4 Cause Analysis and Countermeasure`` on two lines (Cause: / Countermeasure:), ``D5 Effect Confirmation``, ``D6
    Prevent Recurrence``, ``D7 Close Case``."""
    f = kit.CjkDraw.of(f)
    f.text(50, 16, "8D Report (Seven Steps)", size=14)
    f.text(
        15,
        23,
        "Huadong Precision Machinery Co., Ltd.  QR-QA-021E  Version: A/0  Effective: 2019-06-01",
        size=7,
    )
    kit.pdf_lv_lines(f, 15, 70, 34, kit.field_rows(
        ("Report No.", "Date", "Customer Name", "Complaint No.", "Product No.", "Bad Quantity"),
        ("8D-2611-012E", ("2026-11-12", "2026-11-12"), "Kowalski Drive Systems Sp. z o.o.", "KB-2611-038", "ZC-6306-2RS",
         ("480 sets", 480)),
        kit.EIGHTD_HEAD_PATHS,
    ), step=8, colon=":")  # fmt: skip
    kit.pdf_team_line(f, 15, 70, 84, "D1 Set up Team", ("Xu Wenbin", "Ma Guoqiang", "He Jianping"), sep=", ")
    y = kit.pdf_lv_lines(f, 15, 70, 92, kit.field_rows(
        ("D2 Problem Description", "D3 Temporary Measures"),
        ("Noise over limit after assembly, 480 sets.", "Stock 3,000 sets re-tested at 100 %."),
        ("problem.statement", "containment[0].action"),
    ), step=8, colon=":")  # fmt: skip
    f.text(15, y, "D4 Cause Analysis and Countermeasure:")
    cause, action = (
        "Grinding wheel dressed too seldom; raceway waviness out of tolerance.",
        "Dressing every 80 pcs instead of 200.",
    )
    f.value(70, y + 6, f"Cause: {cause}", path="root_cause[type=occurrence].cause", label="D4 Cause Analysis and Countermeasure",
            expect=cause)  # fmt: skip
    f.value(70, y + 12, f"Countermeasure: {action}", path="corrective_actions[0].action",
            label="D4 Cause Analysis and Countermeasure", expect=action)  # fmt: skip
    kit.pdf_lv_lines(f, 15, 70, y + 22, kit.field_rows(
        ("D5 Effect Confirmation", "D6 Prevent Recurrence", "D7 Close Date", "Approve"),
        ("5 lots passed noise test.", "Dressing interval in work instruction, all grinders.", ("2026-12-03", "2026-12-03"),
         "Wang Zhenguo"),
        ("implementation[0].result", "prevention.horizontal_deployment", "closure.closed_date", "closure.approved_by"),
    ), step=8, colon=":")  # fmt: skip


def return_zht_tw(f: kit.PdfDraw) -> None:
    """The Taiwan plant's 成品退貨單 (fpdf2): 退貨單號, 退貨日期 in 民國, 客戶名稱, 客訴單號, lines 產品編號 / 產品名稱 / 單位 /
    申請數量 / 實收數量 / 單價 / 金額, 退貨原因 ■品質不良, 處理方式 ■重工, 倉管 / 核准, five copies."""
    f = kit.CjkDraw.of(f)
    f.text(85, 16, "成品退貨單", size=14)
    f.text(15, 23, "華東精工股份有限公司 台灣廠　TW-QR-WH-007　版次：A/0　2019/06/01 生效", size=8)
    kit.pdf_lv_lines(f, 15, 45, 32, kit.field_rows(
        ("退貨單號", "退貨日期", "客戶名稱", "客訴單號"),
        ("TW-TH-115-006", ("115/11/18", "2026-11-18"), "台中精密機械股份有限公司", "TW-KB-115-021"),
        ("number", "issue_date", "customer", "complaint_number"),
    ), step=8)  # fmt: skip
    cols = ((15, "產品編號", "part_no"), (45, "產品名稱", "part_name"), (90, "單位", "unit"), (105, "申請數量", "qty_approved"),
            (127, "實收數量", "qty_returned"), (150, "單價", "unit_price"), (172, "金額", "amount"))  # fmt: skip
    for x, lab, _p in cols:
        f.text(x, 70, lab, size=8, bold=True)
    f.pdf.line(15, 72, 195, 72)
    q, p = 72, 25.0
    for (x, lab, path), raw, exp in zip(cols, ("ZC-6001-ZZ", "深溝球軸承 6001ZZ", "顆", "72", "72", f"{p:,.2f}", f"{q * p:,.0f}"),
                                        (None, None, None, q, q, kit.money(p), kit.money(q * p))):  # fmt: skip
        f.value(x, 80, raw, path=f"items[0].{path}", label=lab, expect=exp, size=8)
    f.pdf.line(15, 83, 195, 83)
    kit.pdf_lv_lines(f, 15, 45, 94, kit.field_rows(
        ("退貨原因", "處理方式", "倉管", "核准"),
        (("■品質不良　□交期延誤　□規格不符　□其他", "品質不良"), ("□報廢　■重工　□換貨", ["rework"]), "吳淑芬", "李明德"),
        kit.RETURN_FOOT_PATHS,
    ), step=8)  # fmt: skip
    f.text(15, 132, "一式五聯：①存根 ②財務 ③倉庫 ④品管 ⑤客戶", size=8)


def allowance_en_sales(f: kit.PdfDraw) -> None:
    """The sales office's English translation of the 销货折让证明单 (fpdf2), word for word: ``Sales Discount Certificate``,
    ``Buyer Unit``, ``Unified No.`` (统一编号), ``Original Invoice No.``, lines ``Discount Amount`` / ``Tax``, ``Price and Tax
    Total``, ``Manager Approve``."""
    f = kit.CjkDraw.of(f)
    f.text(55, 16, "Sales Discount Certificate", size=14)
    f.text(
        15,
        23,
        "Huadong Precision Machinery Co., Ltd.  QR-FI-003E  Version: A/0  Effective: 2019-06-01",
        size=7,
    )
    kit.pdf_lv_lines(f, 15, 62, 34, kit.field_rows(
        ("Discount No.", "Date", "Buyer Unit", "Unified No.", "Original Invoice No.", "Invoice Date", "Complaint No."),
        ("ZR-2611-009E", ("2026-11-24", "2026-11-24"), "Kowalski Drive Systems Sp. z o.o.", "PL5252248481", "INV-26-30417",
         ("2026-10-20", "2026-10-20"), "KB-2611-038"),
        ("number", "issue_date", "buyer", "buyer_tax_id", "invoice_no", "invoice_date", "complaint_number"),
    ), step=8, colon=":")  # fmt: skip
    cols = ((15, "Product Name", "name"), (85, "Quantity", "qty"), (110, "Unit Price", "unit_price"),
            (140, "Discount Amount", "allowance_amount"), (175, "Tax", "tax"))  # fmt: skip
    y, net = kit.pdf_credit_lines(f, cols, (("Ball bearing 6306-2RS noise discount", 480, 0.8),), head_y=96)
    kit.pdf_lv_lines(f, 15, 62, y + 12, kit.field_rows(
        ("Total", "Tax Total", "Price and Tax Total", "Manager Approve"),
        ((f"USD {net:,.2f}", kit.money(net)), ("USD 0.00", "0.00"), (f"USD {net:,.2f}", kit.money(net)), "Ma Guoqiang"),
        ("total_excl_tax", "total_tax", "total", "approved_by_manager"),
    ), step=8, colon=":")  # fmt: skip


SENT_AS_PDF = kit.sent_as_pdf(  # what it imitates, drawing (fpdf2)
    (
        ("the sales office's English Customer Complaint Handling Form: Bad Content, Handle Opinion, Bad Quantity, Exchange goods", complaint_en_sales),
        ("the sales office's English seven-step 8D: D4 Cause Analysis and Countermeasure on two lines, D7 Close Case", eightd_en_seven),
        ("the Taiwan plant's 成品退貨單: 115/11/18, 申請數量 / 實收數量, ■品質不良, ■重工, five copies", return_zht_tw),
        ("the sales office's English Sales Discount Certificate: Buyer Unit, Unified No., Price and Tax Total, Manager Approve", allowance_en_sales),
    ),
    _COPY2,
)  # fmt: skip
for _lay in SENT_AS_PDF:
    _lay["id"] = f"own-{_lay['id']}"


# =============================================================================== odd files
def _void_workbook() -> bytes:
    """A superseded copy of the complaint sheet stamped ``作废`` (a later revision replaced it): every value still there."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "抱怨单"
    rows = (("客户抱怨处理单", None), ("版本：A/0　2019-06-01 生效", None), ("抱怨编号", "KB-2611-031"),
            ("抱怨日期", "2026-11-04"), ("客户名称", "宁波恒远汽配有限公司"), ("产品编号", "ZC-6204-2RS"),
            ("交货数量", "8,000 套"), ("不良数量", "160 套"), ("不良内容及处理意见", "轴承异响。库存复测。"),
            ("业务经办", "陈丽娟"))  # fmt: skip
    for r, pair in enumerate(rows, start=1):
        for c, v in enumerate(pair, start=1):
            ws.cell(r, c, v)
    ws["D4"] = "作废"
    ws["D4"].font = Font(size=36, bold=True, color="FF0000")
    ws["D5"] = "（已由 B/1 版取代，此份不再使用）"
    return kit.workbook_bytes(wb, dt.datetime(2026, 11, 5, 9, 0))


def _effective_only_workbook() -> bytes:
    """A complaint sheet whose complaint date was left empty: the only date on it is the form's own ``2019-06-01 生效``."""
    return kit.sheet_bytes("抱怨单", (("客户抱怨处理单", None), ("文件编号：QR-QA-015　版本：A/0　2019-06-01 生效", None),
                                    ("抱怨编号", "KB-2611-052"), ("抱怨日期", None), ("客户名称", "宁波恒远汽配有限公司"),
                                    ("产品编号", "ZC-6204-2RS"), ("不良数量", "40 套"), ("不良内容及处理意见", "保持架断裂。"),
                                    ("业务经办", "周海燕")),
                           dt.datetime(2026, 11, 20, 9, 0))  # fmt: skip


ODD = {
    "complaint-void.xlsx": (
        "a superseded copy of the complaint sheet stamped 作废 (replaced by revision B/1): a word that it is void, or a "
        "clear error; never a silent record of a cancelled copy",
        _void_workbook,
    ),
    "complaint-effective-only.xlsx": (
        "a complaint sheet whose 抱怨日期 is empty, the only date on it the form's own 2019-06-01 生效: an error on the "
        "date, never 2019-06-01 read as the complaint's date",
        _effective_only_workbook,
    ),
}


if __name__ == "__main__":  # [--no-pdf] [--out DIR] (default: this folder)
    kit.run_with_odd(sys.argv[1:], HERE, (EXCEL, SENT_AS_PDF), SOURCE, "sixty-second held-out layouts", ODD)
