"""Write our own corpus of other people's form layouts (run: ``python tests/layouts/make_layouts.py``).

Each layout imitates a kind of form clerks receive from customers, suppliers or an older
version of the factory's own procedure: complaint sheets (客户投诉处理单, 客诉记录及处理表, an
older factory sheet, an English customer form), 8D reports (a customer's Chinese 8D, a
traditional-script 8D, an automotive SCAR, a compact English 8D), return notes (成品退货单,
退货申请单, an English RMA) and allowance certificates (销货折让证明单 and the Taiwanese
營業人銷貨退回進貨退出或折讓證明單 with ROC dates and digits one per box).

For every layout it writes, in the format of ``../shared/corpus`` (see its README)::

    templates/<id>.xlsx          the blank layout
    filled/<id>.xlsx, .pdf       filled by a clerk (first copy), printed to PDF by LibreOffice
    expected/<id>.json           what was typed where, and what kesu's record should contain
    copy2/filled/<id>.xlsx, .pdf a second copy of the same layout with other values
    copy2/expected/<id>.json     its expected values (a profile learned on the first copy must
                                 read the second one exactly)

The output is deterministic (fixed document dates and zip times); the PDFs need ``soffice``
(``--no-pdf`` skips them; ``--out DIR`` writes elsewhere).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter, range_boundaries

HERE = Path(__file__).resolve().parent

_THIN = Side(style="thin")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_SHADE = PatternFill("solid", fgColor="D9D9D9")


class Sheet:
    """One layout being drawn: pre-printed text, value cells and the expected fields."""

    def __init__(self, title: str, blank: bool, widths: dict[str, float]) -> None:
        self.wb = Workbook()
        self.ws = self.wb.active
        self.ws.title = title
        self.blank = blank
        self.fields: list[dict[str, Any]] = []
        for col, width in widths.items():
            self.ws.column_dimensions[col].width = width
        ps = self.ws.page_setup
        ps.paperSize = self.ws.PAPERSIZE_A4
        ps.fitToWidth = 1
        ps.fitToHeight = 0
        self.ws.sheet_properties.pageSetUpPr.fitToPage = True

    # -- drawing
    def _cell(self, ref: str, span: str | None):
        if span:
            self.ws.merge_cells(f"{ref}:{span}")
            c1, r1, c2, r2 = range_boundaries(f"{ref}:{span}")
            for row in self.ws.iter_rows(min_row=r1, max_row=r2, min_col=c1, max_col=c2):
                for cell in row:
                    cell.border = _BOX
        cell = self.ws[ref]
        cell.border = _BOX
        return cell

    def text(
        self,
        ref: str,
        text: str,
        span: str | None = None,
        *,
        bold: bool = False,
        shade: bool = False,
        size: int | None = None,
        center: bool = False,
    ) -> None:
        """Pre-printed text (a label, a heading, a title)."""
        cell = self._cell(ref, span)
        cell.value = text
        cell.font = Font(bold=bold or bool(size), size=size or 10)
        if shade:
            cell.fill = _SHADE
        cell.alignment = Alignment(
            horizontal="center" if center or size else None, vertical="center", wrap_text=True
        )

    def box(self, ref: str, span: str | None = None) -> None:
        """An empty bordered cell (a value cell the clerk left empty)."""
        self._cell(ref, span)

    def value(
        self,
        ref: str,
        raw: Any,
        *,
        path: str | None,
        label: str,
        expect: Any = None,
        note: str | None = None,
        span: str | None = None,
        shown: str | None = None,
        prefix: str = "",
        blank_text: str | None = None,
        cell: str | None = None,
        fmt: str | None = None,
        bold: bool = False,
    ) -> None:
        """A value the clerk typed (written only in filled copies) and, with a path, its expectation.

        ``prefix`` is pre-printed text in the same cell (label and value in one cell); the
        blank keeps it (or ``blank_text``: e.g. the check-box line with nothing ticked).
        """
        c = self._cell(ref, span)
        c.alignment = Alignment(vertical="top", wrap_text=True)
        if bold:  # the pre-printed label's bold face, the typed value in it too
            c.font = Font(bold=True, size=10)
        if self.blank:
            c.value = blank_text if blank_text is not None else (prefix or None)
        elif isinstance(raw, (dt.date, int, float)) and not prefix:
            c.value = raw
            if isinstance(raw, dt.date):
                c.number_format = fmt or "yyyy/m/d"
            elif fmt:
                c.number_format = fmt
        else:
            c.value = f"{prefix}{raw}"
            self._fit(ref, span, str(c.value))
        if path is None or raw in ("", None):  # nothing typed: nothing to expect
            return
        if shown is None:
            if isinstance(raw, dt.date):
                shown = f"{raw.year}/{raw.month}/{raw.day} (Excel date cell)"
            elif isinstance(raw, (int, float)) and fmt and "," in fmt:
                shown = f"{raw} (number cell shown {raw:,})"
            else:
                shown = str(raw)
        if expect is None:
            expect = raw.isoformat() if isinstance(raw, dt.date) else raw
        entry: dict[str, Any] = {
            "label": label,
            "cell": f"{self.ws.title}!{cell or ref}",
            "value": shown,
            "path": path,
            "expect": expect,
        }
        if note:
            entry["note"] = note
        self.fields.append(entry)

    def _fit(self, ref: str, span: str | None, text: str) -> None:
        """Make a row tall enough for wrapped text, as Excel's auto-fit would on the clerk's PC."""
        c1, r1, c2, r2 = range_boundaries(f"{ref}:{span or ref}")
        width = sum(self.ws.column_dimensions[get_column_letter(c)].width or 8.43 for c in range(c1, c2 + 1))
        lines = sum(
            max(1, -(-sum(2 if ord(ch) > 0x2E80 else 1 for ch in part) // max(int(width) - 1, 1)))
            for part in text.split("\n")
        )
        need = 13.5 * lines / (r2 - r1 + 1) + 2
        for r in range(r1, r2 + 1):
            current = self.ws.row_dimensions[r].height or 15
            if need > current:
                self.ws.row_dimensions[r].height = need

    def height(self, row: int, points: float) -> None:
        self.ws.row_dimensions[row].height = points


def money(x: Decimal | str | int) -> str:
    return f"{Decimal(x):.2f}"


def pct(x: int) -> str:
    return f"{Decimal(x) / 100:.2f}"


def ticks(options: list[str], chosen: set[str]) -> str:
    return "  ".join(("☑" if o in chosen else "□") + o for o in options)


# =============================================================================== complaints
def complaint_kehu_tousu(s: Sheet, d: dict) -> None:
    """客户投诉处理单 of a component maker: label:value cells, (K) quantities, check boxes,
    section headings with free text under them."""
    s.text("A1", f"{d['company']}\n客户投诉处理单", "H1", size=14)
    s.height(1, 36)
    s.value(
        "A2",
        d["number"],
        prefix="单号：",
        path="number",
        label="单号：",
        span="D2",
        note="label and value in one cell",
    )
    s.value(
        "E2",
        d["received"],
        prefix="填表日期：",
        path="received_date",
        label="填表日期：",
        span="H2",
        expect=d["received_iso"],
        note="date label named after the act (填表); 2026年9月8日 typed after the label",
    )
    s.text("A3", "客户名称", shade=True)
    s.value("B3", d["customer"], path="customer", label="客户名称", span="D3")
    s.text("E3", "订单编号", shade=True)
    s.value("F3", d["order"], path="order_no", label="订单编号", span="H3", note="编号 for 号")
    s.text("A4", "产品型号", shade=True)
    s.value("B4", d["part_no"], path="part_no", label="产品型号", span="D4")
    s.text("E4", "品名", shade=True)
    s.value("F4", d["part_name"], path="part_name", label="品名", span="H4")
    s.text("A5", "生产批号", shade=True)
    s.value("B5", d["lot"], path="lot_no", label="生产批号")
    s.text("C5", "出货数量(K)", shade=True)
    s.value(
        "D5",
        d["ship_k"],
        path="ship_qty",
        label="出货数量(K)",
        expect=int(d["ship_k"] * 1000),
        note="quantity in thousands: label marked (K)",
    )
    s.text("E5", "不良数(pcs)", shade=True)
    s.value("F5", d["defect"], path="defect_qty", label="不良数(pcs)")
    s.text("G5", "不良率", shade=True)
    s.value(
        "H5",
        d["rate"],
        path="defect_rate",
        label="不良率",
        expect=d["rate_expect"],
        note="typed as a percentage",
    )
    s.text("A6", "投诉类别", shade=True)
    s.value(
        "B6",
        ticks(["质量投诉", "非质量投诉"], {d["type"]}),
        path="complaint_type",
        label="投诉类别",
        expect=d["type_expect"],
        span="H6",
        blank_text=ticks(["质量投诉", "非质量投诉"], set()),
        note="check boxes ☑/□ in one cell",
    )
    s.text("A7", "一、投诉内容（客户反馈的问题）", "H7", bold=True)
    s.value(
        "A8",
        d["description"],
        path="description",
        label="一、投诉内容（客户反馈的问题）",
        span="H9",
        note="section heading with free text below; 内容 for 描述",
    )
    s.height(8, 30)
    s.height(9, 30)
    s.text("A10", "客户要求", shade=True)
    s.value(
        "B10",
        ticks(["退货", "换货", "折让", "赔款"], set(d["request"])),
        path="customer_request",
        label="客户要求",
        expect=d["request_expect"],
        span="F10",
        blank_text=ticks(["退货", "换货", "折让", "赔款"], set()),
        note="check boxes",
    )
    s.text("G10", "样品", shade=True)
    s.value(
        "H10",
        d["sample"],
        path="sample_received",
        label="样品",
        expect=d["sample_expect"],
        note="有/无 for yes/no",
    )
    s.text("A11", "二、原因分析", "H11", bold=True)
    s.value("A12", d["root_cause"], path="root_cause", label="二、原因分析", span="H13")
    s.height(12, 30)
    s.text("A14", "三、临时对策", "D14", bold=True)
    s.text("E14", "四、永久对策", "H14", bold=True)
    s.value(
        "A15",
        d["short"],
        path="short_term_action",
        label="三、临时对策",
        span="D16",
        note="two section blocks side by side",
    )
    s.value("E15", d["long"], path="long_term_action", label="四、永久对策", span="H16")
    s.height(15, 30)
    s.height(16, 30)
    s.text("A17", "业务经办", shade=True)
    s.value("B17", d["reporter"], path="reporter", label="业务经办")
    s.text("C17", "品保确认", shade=True)
    s.value("D17", d["qa"], path=None, label="品保确认")
    s.text("E17", "核准", shade=True)
    s.value("F17", d["approver"], path="approver", label="核准")
    s.text("G17", "结案日期", shade=True)
    s.value("H17", d["closed"], path="closed_date", label="结案日期")


COMPLAINT_KEHU = [
    dict(
        company="苏州华兴汽车零部件有限公司",
        number="TS-2609-018",
        received="2026年9月8日",
        received_iso="2026-09-08",
        customer="常州星宇车灯股份有限公司",
        order="PO-88231047",
        part_no="HX-LB-2207",
        part_name="前照灯支架",
        lot="260821A",
        ship_k=12,
        defect=180,
        rate="1.5%",
        rate_expect="0.015",
        type="质量投诉",
        type_expect="quality",
        description="客户来料检验发现支架安装孔位偏移 0.3mm，无法装配；抽检 200 件中 3 件不良。",
        request=["退货"],
        request_expect=["return"],
        sample="有",
        sample_expect=True,
        root_cause="冲压模具定位销磨损，孔位偏移未被首件检验发现。",
        short="库存 3,000 件全检孔位；在途货品拦截返工。",
        long="定位销纳入每周点检，首件增加孔位三坐标测量。",
        reporter="周静",
        qa="吴磊",
        approver="陈国强",
        closed=dt.date(2026, 9, 20),
    ),
    dict(
        company="苏州华兴汽车零部件有限公司",
        number="TS-2610-004",
        received="2026年10月3日",
        received_iso="2026-10-03",
        customer="宁波拓普集团股份有限公司",
        order="PO-90017752",
        part_no="HX-BR-3105",
        part_name="后视镜底座",
        lot="260915C",
        ship_k=8,
        defect=64,
        rate="0.8%",
        rate_expect="0.008",
        type="非质量投诉",
        type_expect="non_quality",
        description="到货外箱标签型号与实物不符，客户仓库拒收 2 箱。",
        request=["换货", "折让"],
        request_expect=["replacement", "allowance"],
        sample="无",
        sample_expect=False,
        root_cause="包装线换型后标签模板未切换。",
        short="派人到客户仓库更换标签并确认数量。",
        long="换型点检表增加标签模板确认项，由班长签核。",
        reporter="何敏",
        qa="吴磊",
        approver="陈国强",
        closed=dt.date(2026, 10, 12),
    ),
]


def complaint_kesu_jilu(s: Sheet, d: dict) -> None:
    """客诉记录及处理表: values below their headings (a one-line register row), English gloss in
    brackets, 的 particle, 发生日期, a 千pcs unit, a responsibility block."""
    s.text("A1", "客诉记录及处理表", "H1", size=14)
    heads = [
        ("A", "编号(No.)", "number", d["number"], None, None),
        ("B", "发生日期(Date)", "received_date", d["date"], None, "date label named after the event (发生)"),
        ("C", "客户的名称(Customer)", "customer", d["customer"], None, "的 particle and English gloss"),
        ("D", "料号(P/N)", "part_no", d["part_no"], None, None),
        ("E", "批次(Lot)", "lot_no", d["lot"], None, None),
        (
            "F",
            "交货数(千pcs)",
            "ship_qty",
            d["ship_k"],
            int(Decimal(str(d["ship_k"])) * 1000),
            "unit 千pcs in the heading",
        ),
        ("G", "不良数(pcs)", "defect_qty", d["defect"], None, None),
        ("H", "客诉分类", "complaint_type", d["type"], d["type_expect"], "分类 for 类别"),
    ]
    for col, label, path, raw, expect, note in heads:
        s.text(f"{col}2", label, bold=True, shade=True, center=True)
        s.value(f"{col}3", raw, path=path, label=label, expect=expect, note=note or "value below its heading")
    s.height(2, 30)
    s.height(3, 30)
    s.text("A4", "问题描述(Description)", "B4", bold=True, shade=True)
    s.value("C4", d["description"], path="description", label="问题描述(Description)", span="H4")
    s.height(4, 40)
    s.text("A5", "原因分析(Root cause)", "B5", bold=True, shade=True)
    s.value("C5", d["root_cause"], path="root_cause", label="原因分析(Root cause)", span="H5")
    s.height(5, 40)
    s.text("A6", "原因类别", "B6", bold=True, shade=True)
    opts = ["物料", "作业方法", "工艺", "包装", "其他"]
    s.value(
        "C6",
        ticks(opts, {d["cause"]}),
        path="cause_category",
        label="原因类别",
        expect=d["cause_expect"],
        span="H6",
        blank_text=ticks(opts, set()),
        note="check boxes; 工艺 for 工程/工艺",
    )
    s.text("A7", "纠正措施(Corrective action)", "B7", bold=True, shade=True)
    s.value("C7", d["action"], path="long_term_action", label="纠正措施(Corrective action)", span="H7")
    s.height(7, 40)
    s.text("A8", "责任部门", bold=True, shade=True)
    s.value("B8", d["unit"], path="responsible_unit", label="责任部门", span="C8")
    s.text("D8", "处理方式", bold=True, shade=True)
    s.value("E8", d["disp"], path="disposition", label="处理方式", expect=d["disp_expect"], span="F8")
    s.text("G8", "损失金额(元)", bold=True, shade=True)
    s.value(
        "H8", d["loss"], path="loss_amount", label="损失金额(元)", expect=money(d["loss"]), fmt="#,##0.00"
    )
    s.text("A9", "记录人", bold=True, shade=True)
    s.value("B9", d["reporter"], path="reporter", label="记录人", span="C9")
    s.text("D9", "审核", bold=True, shade=True)
    s.value("E9", d["checker"], path=None, label="审核", span="F9")
    s.text("G9", "结案日", bold=True, shade=True)
    s.value("H9", d["closed"], path="closed_date", label="结案日", expect=d["closed_iso"])


COMPLAINT_JILU = [
    dict(
        number="KS-260917",
        date=dt.date(2026, 9, 17),
        customer="厦门宏发电声股份有限公司",
        part_no="RL-5V-112",
        lot="B2609-07",
        ship_k=24,
        defect=96,
        type="品质",
        type_expect="quality",
        description="继电器触点粘连，客户整机老化测试中 96 只失效。",
        root_cause="触点银层电镀厚度不足，来料检验抽样未覆盖。",
        cause="物料",
        cause_expect="material",
        action="供应商电镀线增加膜厚 SPC；我司进料检验改为每批测膜厚。",
        unit="采购部",
        disp="换货",
        disp_expect=["replacement"],
        loss=5800.5,
        reporter="刘洋",
        checker="郑华",
        closed="2026.10.05",
        closed_iso="2026-10-05",
    ),
    dict(
        number="KS-261002",
        date=dt.date(2026, 10, 2),
        customer="漳州立达信光电子科技有限公司",
        part_no="LD-DRV-18W",
        lot="B2609-22",
        ship_k=6.5,
        defect=39,
        type="交期",
        type_expect="non_quality",
        description="交货延误 5 天，客户产线停线 4 小时。",
        root_cause="注塑机故障停机两天，排产未及时调整。",
        cause="工艺",
        cause_expect="process",
        action="关键设备备用模具；排产系统增加设备停机预警。",
        unit="生产部",
        disp="赔款",
        disp_expect=["compensation"],
        loss=12000,
        reporter="林芳",
        checker="郑华",
        closed="2026.10.20",
        closed_iso="2026-10-20",
    ),
]


def complaint_pinzhi_yichang(s: Sheet, d: dict) -> None:
    """客户品质异常处理单 of a sheet-metal supplier: a vertical 客户 block qualifying 名称 / 订单号, a
    date split over 年 / 月 / 日 columns, a quantity heading in thousands (K), a defect quantity
    split over category columns (外观 / 尺寸 / 功能 / 包装: the total is their sum), synonyms
    (投诉单号 for 编号, 问题内容 for 描述) and the document date named after the act (开单日期)."""
    s.text("A1", "客户品质异常处理单", "H1", size=14)
    s.text("A2", "投诉单号", bold=True, shade=True)
    s.value("B2", d["number"], path="number", label="投诉单号", span="D2", note="单号 for 编号")
    s.text("E2", "开单日期", bold=True, shade=True)
    s.value(
        "F2",
        d["date"],
        path="received_date",
        label="开单日期",
        expect=d["date_iso"],
        span="H2",
        note="the date named after the act of filling in (开单)",
    )
    s.text("A3", "客户", "A4", bold=True, shade=True, center=True)
    s.text("B3", "名称", bold=True, shade=True)
    s.value(
        "C3", d["customer"], path="customer", label="客户 名称", span="D3", note="vertical block label 客户"
    )
    s.text("B4", "订单号", bold=True, shade=True)
    s.value("C4", d["order"], path="order_no", label="客户 订单号", span="D4")
    s.text("E3", "料号", bold=True, shade=True)
    s.value("F3", d["part_no"], path="part_no", label="料号", span="H3")
    s.text("E4", "品名", bold=True, shade=True)
    s.value("F4", d["part_name"], path="part_name", label="品名", span="H4")
    s.text("A5", "出货日期", "C5", bold=True, shade=True, center=True)
    s.text("D5", "出货数量(K)", "D6", bold=True, shade=True, center=True)
    s.text("E5", "不良数量(PCS)", "H5", bold=True, shade=True, center=True)
    for col, head in zip("ABCEFGH", ["年", "月", "日", "外观", "尺寸", "功能", "包装"]):
        s.text(f"{col}6", head, bold=True, shade=True, center=True)
    y, m, dd = d["ship"]
    for col, part in zip("ABC", (y, m, dd)):
        s.value(f"{col}7", part, path=None, label="出货日期")
    s.fields.append(
        {
            "label": "出货日期 年 / 月 / 日",
            "cell": f"{s.ws.title}!A7:C7",
            "value": f"{y} | {m} | {dd}",
            "path": "ship_date",
            "expect": dt.date(y, m, dd).isoformat(),
            "note": "date split over three columns",
        }
    )
    s.value(
        "D7",
        d["ship_k"],
        path="ship_qty",
        label="出货数量(K)",
        expect=int(Decimal(str(d["ship_k"])) * 1000),
        note="quantity in thousands (K)",
    )
    for col, n in zip("EFGH", d["defects"]):
        s.value(f"{col}7", n, path=None, label="不良数量(PCS)")
    s.fields.append(
        {
            "label": "不良数量(PCS): 外观 + 尺寸 + 功能 + 包装",
            "cell": f"{s.ws.title}!E7:H7",
            "value": " | ".join(str(n) for n in d["defects"]),
            "path": "defect_qty",
            "expect": sum(n for n in d["defects"] if n != ""),
            "note": "two-row header; total over the category columns",
        }
    )
    s.text("A8", "问题内容", bold=True, shade=True)
    s.value("B8", d["description"], path="description", label="问题内容", span="H8", note="内容 for 描述")
    s.height(8, 30)
    s.text("A9", "原因分析", bold=True, shade=True)
    s.value("B9", d["root_cause"], path="root_cause", label="原因分析", span="H9")
    s.height(9, 30)
    s.text("A10", "填表人", bold=True, shade=True)
    s.value("B10", d["reporter"], path="reporter", label="填表人", span="C10")
    s.text("D10", "批准", bold=True, shade=True)
    s.value("E10", d["approver"], path="approver", label="批准", span="F10")


COMPLAINT_PINZHI = [
    dict(
        number="TS-260918-02",
        date="2026年9月18日",
        date_iso="2026-09-18",
        customer="宁波均胜汽车电子有限公司",
        order="PO-JS-260811",
        part_no="SM-BKT-0722",
        part_name="安装支架 0722",
        ship=(2026, 9, 2),
        ship_k=4.8,
        defects=(3, "", 5, 1),
        description="支架折弯角度超差 2°，客户装配时孔位对不上。",
        root_cause="折弯机后挡料定位块松动，首件检验未测角度。",
        reporter="郑丽",
        approver="高建",
    ),
    dict(
        number="TS-261009-01",
        date="2026年10月9日",
        date_iso="2026-10-09",
        customer="上海延锋金桥汽车饰件系统有限公司",
        order="PO-YF-260930",
        part_no="SM-CLP-1180",
        part_name="卡扣 1180",
        ship=(2026, 10, 1),
        ship_k=12,
        defects=(12, 4, "", ""),
        description="卡扣表面毛刺及尺寸偏大，客户来料检验判退。",
        root_cause="冲压模具刃口磨损，修模周期过长。",
        reporter="郑丽",
        approver="高建",
    ),
]


def complaint_old_factory(s: Sheet, d: dict) -> None:
    """The factory's own older complaint sheet (2015 version): title sharing its cell with the
    company name, 抱怨 wording, labels with trailing colons, 编号 for 客诉编号, merged value areas,
    responsibility code and approval level as words."""
    s.text("A1", f"{d['company']}  客户抱怨处理单（2015版）", "F1", size=13)
    s.text("A2", "编号:", bold=True)
    s.value("B2", d["number"], path="number", label="编号:", note="编号 for 客诉编号")
    s.text("C2", "受理日:", bold=True)
    s.value("D2", d["received"], path="received_date", label="受理日:", fmt="yyyy-mm-dd")
    s.text("E2", "内/外销:", bold=True)
    s.value(
        "F2", d["market"], path="market", label="内/外销:", expect=d["market_expect"], note="内销/外销 words"
    )
    s.text("A3", "客户:", bold=True)
    s.value("B3", d["customer"], path="customer", label="客户:", span="D3")
    s.text("E3", "订单号:", bold=True)
    s.value("F3", d["order"], path="order_no", label="订单号:")
    s.text("A4", "产品名称:", bold=True)
    s.value("B4", d["part_name"], path="part_name", label="产品名称:", span="D4")
    s.text("E4", "出货日:", bold=True)
    s.value("F4", d["ship"], path="ship_date", label="出货日:", expect=d["ship_iso"])
    s.text("A5", "出货量:", bold=True)
    s.value("B5", d["ship_qty"], path="ship_qty", label="出货量:", fmt="#,##0")
    s.text("C5", "不良量:", bold=True)
    s.value("D5", d["defect"], path="defect_qty", label="不良量:")
    s.text("E5", "退换数量:", bold=True)
    s.value("F5", d["requested"], path="requested_qty", label="退换数量:")
    s.text("A6", "抱怨内容:", "F6", bold=True)
    s.value(
        "A7",
        d["description"],
        path="description",
        label="抱怨内容:",
        span="F8",
        note="heading row, merged text block below; 内容 for 描述",
    )
    s.height(7, 28)
    s.height(8, 28)
    s.text("A9", "真因:", bold=True)
    s.value("B9", d["root_cause"], path="root_cause", label="真因:", span="F9", note="真因 for 原因分析")
    s.height(9, 36)
    s.text("A10", "责任单位:", bold=True)
    s.value("B10", d["unit"], path="responsible_unit", label="责任单位:")
    s.text("C10", "责任代码:", bold=True)
    s.value(
        "D10",
        d["code"],
        path="responsibility_code",
        label="责任代码:",
        expect=d["code"][0],
        note="code with its meaning",
    )
    s.text("E10", "严重度:", bold=True)
    s.value("F10", d["severity"], path="severity", label="严重度:", expect=d["severity_expect"])
    s.text("A11", "损失金额:", bold=True)
    s.value(
        "B11",
        d["loss"],
        path="loss_amount",
        label="损失金额:",
        expect=d["loss_expect"],
        note="¥ and 元 in text",
    )
    s.text("C11", "核决:", bold=True)
    s.value("D11", d["level"], path="approval_level", label="核决:", expect=d["level_expect"])
    s.text("E11", "核决人:", bold=True)
    s.value("F11", d["approver"], path="approver", label="核决人:")
    s.text("A12", "业务:", bold=True)
    s.value("B12", d["reporter"], path="reporter", label="业务:")
    s.text("C12", "业务主管:", bold=True)
    s.value("D12", d["supervisor"], path="sales_supervisor", label="业务主管:")
    s.text("E12", "结案:", bold=True)
    s.value("F12", d["closed"], path="closed_date", label="结案:", expect=d["closed_iso"])


COMPLAINT_OLD = [
    dict(
        company="东莞市宏达电子厂",
        number="C15-0912",
        received=dt.date(2026, 9, 12),
        market="外销",
        market_expect="foreign",
        customer="Flextronics (Zhuhai) Co., Ltd.",
        order="FX-4410287",
        part_name="USB-C 充电线 1m",
        ship="2026/9/1",
        ship_iso="2026-09-01",
        ship_qty=20000,
        defect=260,
        requested=260,
        description="客户反馈线材插拔 500 次后接触不良，返回 20 条样品。",
        root_cause="端子压接高度偏低，拉力测试频次不足。",
        unit="制造一课",
        code="C 未按制造规范作业",
        severity="重要",
        severity_expect="important",
        loss="¥6,240元",
        loss_expect="6240.00",
        level="副总经理",
        level_expect="vice_gm",
        approver="黄志明",
        reporter="Amy 张",
        supervisor="李伟",
        closed="2026-09-25",
        closed_iso="2026-09-25",
    ),
    dict(
        company="东莞市宏达电子厂",
        number="C15-1003",
        received=dt.date(2026, 10, 3),
        market="内销",
        market_expect="domestic",
        customer="深圳市欧菲光科技股份有限公司",
        order="OF-77102",
        part_name="HDMI 转接头",
        ship="2026/9/24",
        ship_iso="2026-09-24",
        ship_qty=5000,
        defect=40,
        requested=40,
        description="包装袋内混入其他型号 40 只。",
        root_cause="包装工位物料未清线。",
        unit="包装组",
        code="I 包装错误",
        severity="一般",
        severity_expect="general",
        loss="¥860元",
        loss_expect="860.00",
        level="业务部经理",
        level_expect="sales_manager",
        approver="王海",
        reporter="陈佳",
        supervisor="李伟",
        closed="2026-10-10",
        closed_iso="2026-10-10",
    ),
]


def complaint_en_customer(s: Sheet, d: dict) -> None:
    """An English customer complaint form: colon labels, values right, Yes/No check boxes,
    a free-text block under 'Description of Nonconformance'."""
    s.text("A1", f"{d['customer']}\nCUSTOMER COMPLAINT FORM", "F1", size=13)
    s.height(1, 36)
    rows = [
        ("A2", "Complaint No.:", "B2", "number", d["number"], None, None),
        (
            "D2",
            "Date Received:",
            "E2",
            "received_date",
            d["received"],
            d["received_iso"],
            "US date MM/DD/YYYY",
        ),
        ("A3", "Customer Name:", "B3", "customer", d["customer"], None, None),
        ("D3", "PO Number:", "E3", "order_no", d["po"], None, None),
        ("A4", "Part Number:", "B4", "part_no", d["part_no"], None, None),
        ("D4", "Part Description:", "E4", "part_name", d["part_name"], None, None),
        ("A5", "Lot / Batch No.:", "B5", "lot_no", d["lot"], None, None),
        ("D5", "Date Shipped:", "E5", "ship_date", d["shipped"], d["shipped_iso"], None),
        (
            "A6",
            "Qty Shipped:",
            "B6",
            "ship_qty",
            d["qty"],
            int(d["qty"].replace(",", "")),
            "typed with a separator",
        ),
        ("D6", "Qty Nonconforming:", "E6", "defect_qty", d["defect"], int(d["defect"]), None),
    ]
    for lref, label, vref, path, raw, expect, note in rows:
        s.text(lref, label, bold=True)
        span = "C" + vref[1:] if vref.startswith("B") else "F" + vref[1:]
        s.value(vref, raw, path=path, label=label, expect=expect, note=note, span=span)
    s.text("A7", "Description of Nonconformance:", "F7", bold=True, shade=True)
    s.value(
        "A8",
        d["description"],
        path="description",
        label="Description of Nonconformance:",
        span="F9",
        note="free text below the heading",
    )
    s.height(8, 30)
    s.height(9, 30)
    s.text("A10", "Samples returned?", bold=True)
    s.value(
        "B10",
        ticks(["Yes", "No"], {d["samples"]}),
        path="sample_received",
        label="Samples returned?",
        expect=d["samples"] == "Yes",
        span="C10",
        blank_text=ticks(["Yes", "No"], set()),
        note="check boxes",
    )
    s.text("D10", "Safety issue?", bold=True)
    s.value(
        "E10",
        ticks(["Yes", "No"], {d["safety"]}),
        path="safety_related",
        label="Safety issue?",
        expect=d["safety"] == "Yes",
        span="F10",
        blank_text=ticks(["Yes", "No"], set()),
        note="check boxes",
    )
    s.text("A11", "Requested action:", bold=True)
    opts = ["Return", "Replacement", "Credit", "Rework"]
    s.value(
        "B11",
        ticks(opts, set(d["request"])),
        path="customer_request",
        label="Requested action:",
        expect=d["request_expect"],
        span="F11",
        blank_text=ticks(opts, set()),
        note="Credit = allowance",
    )
    s.text("A12", "Supplier response (root cause):", "F12", bold=True, shade=True)
    s.value("A13", d["root_cause"], path="root_cause", label="Supplier response (root cause):", span="F14")
    s.height(13, 30)
    s.text("A15", "Reported by:", bold=True)
    s.value("B15", d["reporter"], path="reporter", label="Reported by:", span="C15")
    s.text("D15", "Date Closed:", bold=True)
    s.value("E15", d["closed"], path="closed_date", label="Date Closed:", expect=d["closed_iso"], span="F15")


COMPLAINT_EN = [
    dict(
        customer="Jabil Circuit (Wuxi) Co., Ltd.",
        number="CC-2026-0331",
        received="09/14/2026",
        received_iso="2026-09-14",
        po="4501187720",
        part_no="FPC-0457-B",
        part_name="Flexible printed circuit, 4 layer",
        lot="L2609-118",
        shipped="09/02/2026",
        shipped_iso="2026-09-02",
        qty="15,000",
        defect="312",
        description="Open circuit found at ICT on 312 boards; cracks at the bend area of the FPC.",
        samples="Yes",
        safety="No",
        request=["Return", "Replacement"],
        request_expect=["return", "replacement"],
        root_cause="Bend radius below spec during packing; tray design changed without review.",
        reporter="Karen Wu",
        closed="09/30/2026",
        closed_iso="2026-09-30",
    ),
    dict(
        customer="Bosch Automotive Products (Suzhou) Co., Ltd.",
        number="CC-2026-0410",
        received="10/06/2026",
        received_iso="2026-10-06",
        po="4501203381",
        part_no="SEN-TP-220",
        part_name="Temperature sensor housing",
        lot="L2609-240",
        shipped="09/25/2026",
        shipped_iso="2026-09-25",
        qty="4,000",
        defect="25",
        description="Housing flash on the connector face, 25 pcs rejected at incoming inspection.",
        samples="No",
        safety="Yes",
        request=["Credit"],
        request_expect=["allowance"],
        root_cause="Mould parting line worn; trimming step skipped on night shift.",
        reporter="Jason Li",
        closed="10/21/2026",
        closed_iso="2026-10-21",
    ),
]


# =============================================================================== 8D
def eightd_zh_customer(s: Sheet, d: dict) -> None:
    """A customer's Chinese 8D: 一、…八、 numbered sections named after D1–D8, a team table,
    a 5W2H grid, containment and corrective-action tables."""
    s.text("A1", f"{d['customer']} 8D纠正预防措施报告", "F1", size=13)
    s.text("A2", "8D编号", shade=True)
    s.value("B2", d["number"], path="number", label="8D编号")
    s.text("C2", "客诉单号", shade=True)
    s.value("D2", d["complaint"], path="complaint_number", label="客诉单号")
    s.text("E2", "开立日期", shade=True)
    s.value("F2", d["opened"], path="opened_date", label="开立日期", note="开立 for 开始")
    s.text("A3", "客户", shade=True)
    s.value("B3", d["customer"], path="customer", label="客户", span="D3")
    s.text("E3", "产品料号", shade=True)
    s.value("F3", d["part_no"], path="part_no", label="产品料号")
    s.text("A4", "一、成立小组 (D1)", "F4", bold=True)
    for col, head in zip("ABCD", ["姓名", "部门", "职务", "小组角色"]):
        s.text(f"{col}5", head, bold=True, shade=True, center=True)
    for i, (name, dept, title, role, role_expect) in enumerate(d["team"]):
        r = 6 + i
        s.value(f"A{r}", name, path="team[*].name", label="姓名")
        s.value(f"B{r}", dept, path=f"team[name={name}].dept", label="部门")
        s.value(f"C{r}", title, path=None, label="职务")
        s.value(f"D{r}", role, path=f"team[name={name}].role", label="小组角色", expect=role_expect)
    s.text("A9", "二、问题描述 (D2)", "F9", bold=True)
    grid = [
        ("What 何物", "problem.what", "what"),
        ("Where 何地", "problem.where", "where"),
        ("When 何时", "problem.when", "when"),
        ("Who 何人", "problem.who", "who"),
        ("How many 多少", "problem.how_many", "how_many"),
    ]
    for i, (label, path, key) in enumerate(grid):
        r = 10 + i
        s.text(f"A{r}", label, shade=True)
        s.value(f"B{r}", d[key], path=path, label=label, span=f"F{r}", note="5W2H grid")
    s.text("A15", "问题陈述", shade=True)
    s.value("B15", d["statement"], path="problem.statement", label="问题陈述", span="F15")
    s.height(15, 30)
    s.text("A16", "三、临时围堵措施 (D3)", "F16", bold=True)
    for col, head in zip("ABCDE", ["措施", "负责人", "完成日期", "有效性%", "验证"]):
        s.text(f"{col}17", head, bold=True, shade=True, center=True)
    for i, (act, owner, done, eff, ver) in enumerate(d["containment"]):
        r = 18 + i
        s.value(f"A{r}", act, path="containment[*].action", label="措施")
        sel = f"containment[action={act}]"
        s.value(f"B{r}", owner, path=f"{sel}.owner", label="负责人")
        s.value(f"C{r}", done, path=f"{sel}.done_date", label="完成日期")
        s.value(
            f"D{r}",
            eff,
            path=f"{sel}.effectiveness_pct",
            label="有效性%",
            expect=pct(eff),
            note="percentage column: 有效性%",
        )
        s.value(f"E{r}", ver, path=f"{sel}.verification", label="验证", span=f"F{r}")
    s.text("A20", "四、根本原因 (D4)", "F20", bold=True)
    s.text("A21", "发生原因", shade=True)
    s.value("B21", d["occ"], path="root_cause[type=occurrence].cause", label="发生原因", span="F21")
    s.text("A22", "流出原因", shade=True)
    s.value("B22", d["esc"], path="root_cause[type=escape].cause", label="流出原因", span="F22")
    s.height(21, 30)
    s.height(22, 30)
    s.text("A23", "五、永久对策 (D5)", "F23", bold=True)
    for col, head in zip("ABCD", ["对策", "负责人", "预定完成日", "验证方法"]):
        s.text(f"{col}24", head, bold=True, shade=True, center=True)
    for i, (act, owner, due, how) in enumerate(d["actions"]):
        r = 25 + i
        s.value(f"A{r}", act, path="corrective_actions[*].action", label="对策")
        sel = f"corrective_actions[action={act}]"
        s.value(f"B{r}", owner, path=f"{sel}.owner", label="负责人")
        s.value(f"C{r}", due, path=f"{sel}.due_date", label="预定完成日")
        s.value(f"D{r}", how, path=f"{sel}.validation_method", label="验证方法", span=f"F{r}")
    s.text("A27", "六、对策实施及效果确认 (D6)", "F27", bold=True)
    s.value(
        "A28",
        d["impl"],
        path="implementation[*].action",
        label="六、对策实施及效果确认 (D6)",
        span="F28",
        note="section heading with free text",
    )
    s.text("A29", "七、预防再发 (D7)", "F29", bold=True)
    opts = ["FMEA", "控制计划", "作业指导书", "检验标准"]
    s.value(
        "A30",
        ticks(opts, set(d["docs"])),
        path="prevention.documents_updated",
        label="七、预防再发 (D7)",
        expect=d["docs_expect"],
        span="F30",
        blank_text=ticks(opts, set()),
        note="check boxes",
    )
    s.text("A31", "八、结案 (D8)", "F31", bold=True)
    s.text("A32", "结案日期", shade=True)
    s.value("B32", d["closed"], path="closure.closed_date", label="结案日期")
    s.text("C32", "批准", shade=True)
    s.value("D32", d["approved"], path="closure.approved_by", label="批准")
    s.text("E32", "客户确认", shade=True)
    s.value(
        "F32", d["accepted"], path="closure.customer_accepted", label="客户确认", expect=d["accepted_expect"]
    )


EIGHTD_ZH = [
    dict(
        customer="比亚迪汽车工业有限公司",
        number="8D-260911",
        complaint="202609007",
        opened=dt.date(2026, 9, 11),
        part_no="BYD-HN-0875",
        team=[
            ("王强", "品质部", "经理", "组长", "leader"),
            ("赵敏", "制造部", "工程师", "组员", "member"),
            ("孙涛", "工程部", "主管", "组员", "member"),
        ],
        what="线束插头端子退针",
        where="客户总装线 3 号工位",
        when="2026年9月9日夜班",
        who="客户 IQC 发现",
        how_many="1,200 套中 14 套",
        statement="线束插头端子退针，导致仪表盘无显示，14/1200 套不良。",
        containment=[
            ("库存 2,400 套全检端子保持力", "赵敏", dt.date(2026, 9, 12), 100, "全检记录 QC-0912"),
            ("在途 600 套拦截返工", "孙涛", dt.date(2026, 9, 13), 95, "客户签收单"),
        ],
        occ="端子压接机送料行程偏差，端子卡扣未完全成型。",
        esc="出货检验未做端子保持力测试。",
        actions=[
            ("压接机加装行程传感器", "孙涛", dt.date(2026, 9, 30), "连续三批 CPK≥1.33"),
            ("出货检验增加保持力抽测", "王强", dt.date(2026, 9, 20), "检验记录"),
        ],
        impl="传感器已于 9 月 28 日安装，连续三批保持力合格。",
        docs=["FMEA", "控制计划"],
        docs_expect=["fmea", "control_plan"],
        closed=dt.date(2026, 10, 15),
        approved="刘总",
        accepted="是",
        accepted_expect=True,
    ),
    dict(
        customer="长城汽车股份有限公司",
        number="8D-261008",
        complaint="202610002",
        opened=dt.date(2026, 10, 8),
        part_no="GW-SW-1120",
        team=[
            ("陈静", "品质部", "主管", "组长", "leader"),
            ("刘波", "工程部", "工程师", "组员", "member"),
            ("黄丽", "制造部", "领班", "组员", "member"),
        ],
        what="开关面板按键卡滞",
        where="客户 PDI 检测",
        when="2026年10月6日",
        who="客户质量工程师",
        how_many="500 件中 9 件",
        statement="开关面板按键卡滞，9/500 件不良。",
        containment=[
            ("库存 1,000 件按键手感全检", "黄丽", dt.date(2026, 10, 9), 100, "全检记录"),
            ("客户端 300 件派员挑选", "刘波", dt.date(2026, 10, 10), 90, "挑选报告"),
        ],
        occ="按键模具顶针磨损产生毛边。",
        esc="外观检验标准未包含按键行程。",
        actions=[
            ("更换顶针并建立寿命管理", "刘波", dt.date(2026, 10, 25), "毛边检测"),
            ("检验标准增加按键行程测试", "陈静", dt.date(2026, 10, 18), "首件记录"),
        ],
        impl="顶针已更换，寿命管理表已上线，连续两周无毛边。",
        docs=["作业指导书", "检验标准"],
        docs_expect=["work_instruction", "inspection_standard"],
        closed=dt.date(2026, 11, 2),
        approved="王总",
        accepted="否",
        accepted_expect=False,
    ),
]


def eightd_zht(s: Sheet, d: dict) -> None:
    """A Taiwanese customer's 8D in traditional script: D0–D8 headings 'D1 團隊成員' …, label
    and value in one cell, team names in one cell, free text under each D heading."""
    s.text("A1", "8D 矯正措施報告書", "F1", size=14)
    s.value(
        "A2",
        d["number"],
        prefix="報告編號：",
        path="number",
        label="報告編號：",
        span="C2",
        note="label and value in one cell",
    )
    s.value(
        "D2",
        d["opened"],
        prefix="發行日期：",
        path="opened_date",
        label="發行日期：",
        span="F2",
        expect=d["opened_iso"],
        note="traditional script; date typed after the label",
    )
    s.text("A3", "客戶名稱", shade=True)
    s.value("B3", d["customer"], path="customer", label="客戶名稱", span="C3")
    s.text("D3", "料號", shade=True)
    s.value("E3", d["part_no"], path="part_no", label="料號", span="F3")
    s.text("A4", "D1 團隊成員", "F4", bold=True, shade=True)
    s.text("A5", "組長")
    s.value(
        "B5",
        d["leader"],
        path=f"team[name={d['leader']}].role",
        label="組長",
        expect="leader",
        span="C5",
        note="the role is pre-printed next to the name",
    )
    s.text("D5", "成員")
    s.value(
        "E5",
        "、".join(d["members"]),
        path="team[*].name",
        label="成員",
        expect=d["members"][0],
        span="F5",
        note="several names in one cell, separated by 、",
    )
    if not s.blank:
        s.fields.append(dict(s.fields[-1], expect=d["members"][1]))
    s.text("A6", "D2 問題描述", "F6", bold=True, shade=True)
    s.value(
        "A7",
        d["statement"],
        path="problem.statement",
        label="D2 問題描述",
        span="F8",
        note="free text under the D2 heading",
    )
    s.height(7, 30)
    s.text("A9", "不良數量", shade=True)
    s.value("B9", d["qty"], path="problem.qty_complained", label="不良數量")
    s.text("C9", "交貨數量", shade=True)
    s.value("D9", d["delivered"], path="problem.qty_delivered", label="交貨數量", fmt="#,##0")
    s.text("E9", "退回數量", shade=True)
    s.value("F9", d["returned"], path="problem.qty_returned", label="退回數量")
    s.text("A10", "D3 暫時對策", "F10", bold=True, shade=True)
    s.value("A11", d["containment"], path="containment[*].action", label="D3 暫時對策", span="F11")
    s.height(11, 30)
    s.text("A12", "D4 根本原因", "F12", bold=True, shade=True)
    s.text("A13", "發生原因")
    s.value("B13", d["occ"], path="root_cause[type=occurrence].cause", label="發生原因", span="F13")
    s.text("A14", "流出原因")
    s.value("B14", d["esc"], path="root_cause[type=escape].cause", label="流出原因", span="F14")
    s.height(13, 30)
    s.height(14, 30)
    s.text("A15", "D5 永久對策", "F15", bold=True, shade=True)
    s.value("A16", d["action"], path="corrective_actions[*].action", label="D5 永久對策", span="F16")
    s.height(16, 30)
    s.text("A17", "D6 對策執行與確認", "F17", bold=True, shade=True)
    s.value("A18", d["impl"], path="implementation[*].action", label="D6 對策執行與確認", span="F18")
    s.height(18, 30)
    s.text("A19", "D7 預防再發", "F19", bold=True, shade=True)
    s.value("A20", d["lessons"], path="prevention.lessons_learned", label="D7 預防再發", span="F20")
    s.height(20, 30)
    s.text("A21", "D8 結案", "F21", bold=True, shade=True)
    s.text("A22", "結案日期", shade=True)
    s.value(
        "B22",
        d["closed"],
        path="closure.closed_date",
        label="結案日期",
        expect=d["closed_iso"],
        note="ROC date 民國115年",
    )
    s.text("C22", "核准", shade=True)
    s.value("D22", d["approved"], path="closure.approved_by", label="核准")
    s.text("E22", "狀態", shade=True)
    s.value("F22", d["status"], path="status", label="狀態", expect=d["status_expect"])


EIGHTD_ZHT = [
    dict(
        number="CAR-115-0923",
        opened="115/09/23",
        opened_iso="2026-09-23",
        customer="廣達電腦股份有限公司",
        part_no="QT-HG-0231",
        leader="林志豪",
        members=["陳怡君", "張家豪"],
        statement="筆電轉軸鎖附螺絲滑牙，客戶組裝線 3,000 台中 27 台不良。",
        qty=27,
        delivered=3000,
        returned=27,
        containment="庫存 5,000 支螺絲全數扭力抽測；客戶端在製品派員挑選。",
        occ="螺絲熱處理硬度不足（HV 280，規格 HV 320 以上）。",
        esc="進料檢驗未測硬度，僅目視。",
        action="熱處理爐溫控改為自動記錄；進料每批抽測硬度 5 支。",
        impl="10 月 5 日起實施，連續 4 批硬度合格。",
        lessons="同類扣件全面導入硬度抽測，更新進料檢驗規範。",
        closed="民國115年10月20日",
        closed_iso="2026-10-20",
        approved="黃經理",
        status="結案",
        status_expect="closed",
    ),
    dict(
        number="CAR-115-1011",
        opened="115/10/11",
        opened_iso="2026-10-11",
        customer="仁寶電腦工業股份有限公司",
        part_no="CP-BZ-0877",
        leader="王美玲",
        members=["李國華", "吳佩珊"],
        statement="蜂鳴器音壓偏低，客戶功能測試 1,500 台中 12 台不良。",
        qty=12,
        delivered=1500,
        returned=12,
        containment="庫存蜂鳴器全數音壓測試，不良品隔離。",
        occ="振膜黏膠量不足，振動衰減。",
        esc="出貨測試音壓下限設定錯誤。",
        action="點膠機增加膠量監控；修正測試程式下限。",
        impl="10 月 20 日完成，抽測 3 批合格。",
        lessons="測試程式變更納入雙人覆核。",
        closed="民國115年11月3日",
        closed_iso="2026-11-03",
        approved="黃經理",
        status="進行中",
        status_expect="open",
    ),
]


def eightd_en_scar(s: Sheet, d: dict) -> None:
    """An automotive customer's SCAR (Supplier Corrective Action Request) in English: header
    block, D1 team table (Name / Function / Role, the function a department), D2 with quantities, D3 containment table with sorting results,
    D4 occurrence/escape, D5/D6 action table, D7 check boxes, D8 sign-off."""
    s.text("A1", f"{d['oem']} — Supplier Corrective Action Request (SCAR) / 8D Report", "G1", size=12)
    s.text("A2", "SCAR No.", bold=True, shade=True)
    s.value("B2", d["number"], path="number", label="SCAR No.")
    s.text("C2", "Supplier", bold=True, shade=True)
    s.value("D2", d["supplier"], path=None, label="Supplier", span="E2")
    s.text("F2", "Issue Date", bold=True, shade=True)
    s.value("G2", d["opened"], path="opened_date", label="Issue Date", fmt="dd-mmm-yyyy")
    s.text("A3", "Customer", bold=True, shade=True)
    s.value("B3", d["oem"], path="customer", label="Customer", span="C3")
    s.text("D3", "Part No.", bold=True, shade=True)
    s.value("E3", d["part_no"], path="part_no", label="Part No.")
    s.text("F3", "Response due", bold=True, shade=True)
    s.value("G3", d["due"], path="target_close_date", label="Response due", note="due date for the 8D")
    s.text("A4", "D1 – Team", "G4", bold=True)
    # "Function" names the member's department here (it may name a role elsewhere)
    for col, head in zip("ABC", ["Name", "Function", "Role"]):
        s.text(f"{col}5", head, bold=True, shade=True)
    for i, (name, dept, role) in enumerate(d["team"]):
        r = 6 + i
        s.value(f"A{r}", name, path="team[*].name", label="Name")
        s.value(f"B{r}", dept, path=f"team[name={name}].dept", label="Function")
        s.value(f"C{r}", role, path=f"team[name={name}].role", label="Role", expect=role.lower())
    s.text("A9", "D2 – Problem Description", "G9", bold=True)
    s.value(
        "A10",
        d["statement"],
        path="problem.statement",
        label="D2 – Problem Description",
        span="G10",
        note="free text under the D2 heading",
    )
    s.height(10, 36)
    s.text("A11", "Qty delivered", shade=True)
    s.value("B11", d["delivered"], path="problem.qty_delivered", label="Qty delivered", fmt="#,##0")
    s.text("C11", "Qty rejected", shade=True)
    s.value("D11", d["rejected"], path="problem.qty_complained", label="Qty rejected")
    s.text("E11", "Qty returned", shade=True)
    s.value("F11", d["returned"], path="problem.qty_returned", label="Qty returned")
    s.text("A12", "D3 – Containment Actions", "G12", bold=True)
    for col, head in zip("ABCDE", ["Action", "Owner", "Due Date", "Effective %", "Verification"]):
        s.text(f"{col}13", head, bold=True, shade=True)
    for i, (act, owner, due, eff, ver) in enumerate(d["containment"]):
        r = 14 + i
        sel = f"containment[action={act}]"
        s.value(f"A{r}", act, path="containment[*].action", label="Action")
        s.value(f"B{r}", owner, path=f"{sel}.owner", label="Owner")
        s.value(f"C{r}", due, path=f"{sel}.due_date", label="Due Date")
        s.value(f"D{r}", eff, path=f"{sel}.effectiveness_pct", label="Effective %", expect=pct(eff))
        s.value(f"E{r}", ver, path=f"{sel}.verification", label="Verification", span=f"G{r}")
    s.text("A16", "Stock location", bold=True, shade=True)
    s.text("B16", "Qty checked", bold=True, shade=True)
    s.text("C16", "Qty NOK", bold=True, shade=True)
    for i, (loc, loc_expect, checked, nok) in enumerate(d["sorting"]):
        r = 17 + i
        s.value(f"A{r}", loc, path=f"stock_sorting[{i}].location", label="Stock location", expect=loc_expect)
        s.value(f"B{r}", checked, path=f"stock_sorting[{i}].qty_checked", label="Qty checked", fmt="#,##0")
        s.value(f"C{r}", nok, path=f"stock_sorting[{i}].qty_defective", label="Qty NOK")
    s.text("A20", "D4 – Root Cause", "G20", bold=True)
    s.text("A21", "Why made (occurrence)", shade=True)
    s.value(
        "B21", d["occ"], path="root_cause[type=occurrence].cause", label="Why made (occurrence)", span="G21"
    )
    s.text("A22", "Why shipped (escape)", shade=True)
    s.value("B22", d["esc"], path="root_cause[type=escape].cause", label="Why shipped (escape)", span="G22")
    s.height(21, 30)
    s.height(22, 30)
    s.text("A23", "D5/D6 – Permanent Corrective Actions", "G23", bold=True)
    for col, head in zip("ABCD", ["Corrective action", "Responsible", "Target date", "Implemented"]):
        s.text(f"{col}24", head, bold=True, shade=True)
    for i, (act, owner, due, done) in enumerate(d["actions"]):
        r = 25 + i
        sel = f"corrective_actions[action={act}]"
        s.value(f"A{r}", act, path="corrective_actions[*].action", label="Corrective action")
        s.value(f"B{r}", owner, path=f"{sel}.owner", label="Responsible")
        s.value(f"C{r}", due, path=f"{sel}.due_date", label="Target date")
        s.value(f"D{r}", done, path=None, label="Implemented")
    s.text("A27", "D7 – Prevent Recurrence: documents updated", "G27", bold=True)
    opts = ["PFMEA", "Control Plan", "Work Instruction", "Drawing"]
    s.value(
        "A28",
        ticks(opts, set(d["docs"])),
        path="prevention.documents_updated",
        label="D7 – Prevent Recurrence: documents updated",
        expect=d["docs_expect"],
        span="G28",
        blank_text=ticks(opts, set()),
        note="check boxes; PFMEA for FMEA",
    )
    s.text("A29", "D8 – Closure", "G29", bold=True)
    s.text("A30", "Closed on", shade=True)
    s.value("B30", d["closed"], path="closure.closed_date", label="Closed on", fmt="dd-mmm-yyyy")
    s.text("C30", "Approved by (SQE)", shade=True)
    s.value("D30", d["approved"], path="closure.approved_by", label="Approved by (SQE)", span="E30")
    s.text("F30", "Customer accepted", shade=True)
    s.value(
        "G30",
        ticks(["Yes", "No"], {d["accepted"]}),
        path="closure.customer_accepted",
        label="Customer accepted",
        expect=d["accepted"] == "Yes",
        blank_text=ticks(["Yes", "No"], set()),
    )


EIGHTD_SCAR = [
    dict(
        oem="SAIC-GM-Wuling Automobile Co., Ltd.",
        number="SCAR-26-0917",
        supplier="Ningbo Jinhai Plastics",
        opened=dt.date(2026, 9, 17),
        part_no="23981145",
        due="2026-10-17",
        team=[
            ("Zhou Li", "Quality", "Leader"),
            ("Ma Jun", "Production", "Member"),
            ("Grace Xu", "Purchasing", "Champion"),
        ],
        statement="Door trim clip broken at assembly; 42 of 6,000 parts, white stress marks at the root of the clip.",
        delivered=6000,
        rejected=42,
        returned=42,
        containment=[
            (
                "Sort all stock in house and in transit",
                "Ma Jun",
                dt.date(2026, 9, 18),
                100,
                "Sorting report SR-0918",
            ),
            (
                "Third-party sorting at customer plant",
                "Zhou Li",
                dt.date(2026, 9, 19),
                100,
                "Customer gate audit",
            ),
        ],
        sorting=[
            ("In-house", "in_house", 8000, 31),
            ("In transit", "in_transit", 2000, 4),
            ("At customer", "at_customer", 6000, 42),
        ],
        occ="Mould cooling channel blocked; clip root cooled unevenly and became brittle.",
        esc="Clip pull test only once per shift; brittle parts passed visual inspection.",
        actions=[
            ("Clean cooling channels; add flow meter alarm", "Ma Jun", dt.date(2026, 10, 5), "Yes"),
            ("Pull test every 2 hours with SPC chart", "Zhou Li", dt.date(2026, 9, 30), "Yes"),
        ],
        docs=["PFMEA", "Control Plan"],
        docs_expect=["fmea", "control_plan"],
        closed=dt.date(2026, 10, 28),
        approved="Grace Xu",
        accepted="Yes",
    ),
    dict(
        oem="FAW-Volkswagen Automotive Co., Ltd.",
        number="SCAR-26-1009",
        supplier="Ningbo Jinhai Plastics",
        opened=dt.date(2026, 10, 9),
        part_no="5G0867171",
        due="2026-11-09",
        team=[
            ("Chen Yu", "Quality", "Leader"),
            ("Li Na", "Engineering", "Member"),
            ("Peter Wang", "Plant Manager", "Champion"),
        ],
        statement="Colour mismatch on A-pillar cover; 18 of 2,400 parts darker than the master sample.",
        delivered=2400,
        rejected=18,
        returned=18,
        containment=[
            (
                "Colour check of all stock against master sample",
                "Li Na",
                dt.date(2026, 10, 10),
                100,
                "Check sheet CS-1010",
            ),
            ("Hold shipments until colour approved", "Chen Yu", dt.date(2026, 10, 11), 100, "Shipping log"),
        ],
        sorting=[
            ("In-house", "in_house", 3500, 22),
            ("In transit", "in_transit", 600, 1),
            ("At customer", "at_customer", 2400, 18),
        ],
        occ="Masterbatch dosing unit drifted after a motor change.",
        esc="Colour checked against a worn limit sample.",
        actions=[
            ("Gravimetric dosing with alarm", "Li Na", dt.date(2026, 10, 30), "Yes"),
            ("Replace limit samples every 6 months", "Chen Yu", dt.date(2026, 10, 20), "No"),
        ],
        docs=["Work Instruction", "Drawing"],
        docs_expect=["work_instruction", "drawing"],
        closed=dt.date(2026, 11, 16),
        approved="Peter Wang",
        accepted="No",
    ),
]


def eightd_en_compact(s: Sheet, d: dict) -> None:
    """A compact English 8D on one page: 'Label: value' in one cell for the header, D0–D8
    headings with free text below, an Is / Is-not-free 5W block, the team in one cell."""
    s.text("A1", "8 Disciplines Problem Solving Report", "D1", size=13)
    s.value(
        "A2",
        d["number"],
        prefix="8D No: ",
        path="number",
        label="8D No:",
        span="B2",
        note="label and value in one cell",
    )
    s.value(
        "C2",
        d["opened"],
        prefix="Date opened: ",
        path="opened_date",
        label="Date opened:",
        span="D2",
        expect=d["opened_iso"],
        note="label and value in one cell; day-month-year",
    )
    s.value(
        "A3",
        d["customer"],
        prefix="Customer: ",
        path="customer",
        label="Customer:",
        span="B3",
        note="label and value in one cell",
    )
    s.value(
        "C3",
        d["part_no"],
        prefix="Part number: ",
        path="part_no",
        label="Part number:",
        span="D3",
        note="label and value in one cell",
    )
    s.text("A4", "D0 Emergency Response Actions", "D4", bold=True, shade=True)
    s.value("A5", d["era"], path="emergency_actions", label="D0 Emergency Response Actions", span="D5")
    s.text("A6", "D1 Team (Champion / Leader / Members)", "D6", bold=True, shade=True)
    s.value(
        "A7",
        f"{d['champion']} (Champion); {d['leader']} (Leader); {d['member']}",
        path="team[*].name",
        label="D1 Team",
        expect=d["leader"],
        span="D7",
        note="team in one cell, roles in brackets",
    )
    if not s.blank:
        s.fields.append(dict(s.fields[-1], path=f"team[name={d['leader']}].role", expect="leader"))
    s.text("A8", "D2 Problem Description", "D8", bold=True, shade=True)
    s.value("A9", d["statement"], path="problem.statement", label="D2 Problem Description", span="D9")
    s.height(9, 30)
    s.text("A10", "What", shade=True)
    s.value("B10", d["what"], path="problem.what", label="What")
    s.text("C10", "Where", shade=True)
    s.value("D10", d["where"], path="problem.where", label="Where")
    s.text("A11", "When", shade=True)
    s.value("B11", d["when"], path="problem.when", label="When")
    s.text("C11", "How many", shade=True)
    s.value("D11", d["how_many"], path="problem.how_many", label="How many")
    s.text("A12", "D3 Interim Containment Action", "D12", bold=True, shade=True)
    s.value("A13", d["ica"], path="containment[*].action", label="D3 Interim Containment Action", span="D13")
    s.text("A14", "D4 Root Cause Analysis", "D14", bold=True, shade=True)
    s.value("A15", d["cause"], path="root_cause[*].cause", label="D4 Root Cause Analysis", span="D15")
    s.height(15, 30)
    s.text("A16", "D5 Permanent Corrective Action", "D16", bold=True, shade=True)
    s.value(
        "A17",
        d["pca"],
        path="corrective_actions[*].action",
        label="D5 Permanent Corrective Action",
        span="D17",
    )
    s.text("A18", "D6 Implementation & Validation", "D18", bold=True, shade=True)
    s.value(
        "A19", d["impl"], path="implementation[*].action", label="D6 Implementation & Validation", span="D19"
    )
    s.text("A20", "D7 Prevent Recurrence", "D20", bold=True, shade=True)
    s.value(
        "A21",
        d["prevent"],
        path="prevention.horizontal_deployment",
        label="D7 Prevent Recurrence",
        span="D21",
        note="D7 free text: deployment to similar products",
    )
    s.text("A22", "D8 Team Recognition / Closure", "D22", bold=True, shade=True)
    s.value(
        "A23",
        d["recognition"],
        path="closure.team_recognition",
        label="D8 Team Recognition / Closure",
        span="D23",
    )
    s.value(
        "A24",
        d["closed"],
        prefix="Closed: ",
        path="closure.closed_date",
        label="Closed:",
        span="B24",
        expect=d["closed_iso"],
        note="label and value in one cell",
    )
    s.value(
        "C24",
        d["approved"],
        prefix="Approved: ",
        path="closure.approved_by",
        label="Approved:",
        span="D24",
        note="label and value in one cell",
    )


EIGHTD_COMPACT = [
    dict(
        number="8D-0457",
        opened="14-Sep-2026",
        opened_iso="2026-09-14",
        customer="Continental Automotive Tianjin",
        part_no="CT-PCB-7781",
        era="Customer line supplied from safety stock; suspect lot L0911 blocked.",
        champion="Helen Guo",
        leader="David Sun",
        member="Lucy Zhao",
        statement="Solder bridges on U12 (QFN) found at customer AOI; 22 of 3,000 boards.",
        what="Solder bridge at U12",
        where="Customer SMT line 2",
        when="12 Sep 2026",
        how_many="22 pcs / 3,000",
        ica="All boards of lot L0911 re-inspected by X-ray; 22 NOK scrapped.",
        cause="Stencil aperture for U12 enlarged after stencil rework; paste volume +35 %.",
        pca="New stencil with reduced aperture; SPI limit for U12 tightened.",
        impl="New stencil in use since 20 Sep; 5 lots without bridges.",
        prevent="Stencil rework requires engineering approval on all QFN products.",
        recognition="Team thanked in the monthly quality meeting.",
        closed="02-Oct-2026",
        closed_iso="2026-10-02",
        approved="Helen Guo",
    ),
    dict(
        number="8D-0463",
        opened="05-Oct-2026",
        opened_iso="2026-10-05",
        customer="Valeo Shenzhen Co., Ltd.",
        part_no="VL-HSG-2204",
        era="Shipment hold; customer supplied by air from the second plant.",
        champion="Mark Chen",
        leader="Iris Wang",
        member="Tom Lin",
        statement="Cracked housing boss after screw torque at customer; 9 of 1,600.",
        what="Cracked screw boss",
        where="Customer final assembly",
        when="3 Oct 2026",
        how_many="9 pcs / 1,600",
        ica="Torque test on 100 % of stock, 2 NOK found and scrapped.",
        cause="Regrind ratio raised to 40 % by mistake; material embrittled.",
        pca="Regrind ratio fixed at 15 % in the dosing recipe; recipe locked.",
        impl="Recipe locked since 10 Oct; boss torque test passed on 4 lots.",
        prevent="Recipe lock rolled out to all PA66 housings.",
        recognition="Closed with customer approval.",
        closed="25-Oct-2026",
        closed_iso="2026-10-25",
        approved="Mark Chen",
    ),
]


def eightd_zh_blocks(s: Sheet, d: dict) -> None:
    """A supplier's Chinese 8D laid out in discipline blocks: 【D1】… headings across the
    sheet with their text in the rows BELOW (merged across), the team as 组长： / 组员： label
    pairs on one row (the role is the label), containment as 措施： / 负责人： / 期限： pairs
    inside its block, causes captioned 发生端： / 漏检原因：, the corrective actions'
    table under a heading numbered after its name (五、永久对策 (D5)) with 责任人 / 完成日期
    columns that the containment also prints, D6 written vertically one character a line
    in a tall left cell with its text to the right, D7 as ticked documents, D8 sign-off."""
    s.text("A1", "纠正措施报告（8D）", "F1", size=13)
    s.text("A2", "报告编号：")
    s.value("B2", d["number"], path="number", label="报告编号：")
    s.text("C2", "客户：")
    s.value("D2", d["customer"], path="customer", label="客户：", span="F2")
    s.text("A3", "产品料号：")
    s.value("B3", d["part_no"], path="part_no", label="产品料号：")
    s.text("C3", "开立日期：")
    s.value("D3", d["opened"], path="opened_date", label="开立日期：")
    s.text("E3", "客诉单号：")
    s.value("F3", d["complaint"], path="complaint_number", label="客诉单号：")
    s.text("A4", "【D1】小组成员", "F4", bold=True, shade=True)
    s.text("A5", "组长：")
    s.value("B5", d["leader"], path="team[*].name", label="组长：", note="the role is the label")
    if not s.blank:
        s.fields.append(dict(s.fields[-1], path=f"team[name={d['leader']}].role", expect="leader"))
    s.text("C5", "组员：")
    s.value(
        "D5",
        "、".join(d["members"]),
        path="team[*].name",
        label="组员：",
        span="F5",
        expect=d["members"][0],
        note="two members in one cell",
    )
    if not s.blank:
        s.fields.append(dict(s.fields[-1], expect=d["members"][1]))
    s.text("A6", "【D2】问题描述", "F6", bold=True, shade=True)
    s.value(
        "A7",
        d["statement"],
        path="problem.statement",
        label="【D2】问题描述",
        span="F7",
        note="text below the heading",
    )
    s.height(7, 30)
    s.text("A8", "不良数：")
    s.value("B8", d["defects"], path="problem.qty_complained", label="不良数：")
    s.text("C8", "出货数量：")
    s.value("D8", d["shipped"], path="problem.qty_delivered", label="出货数量：")
    s.text("A9", "【D3】临时围堵", "F9", bold=True, shade=True)
    s.text("A10", "措施：")
    act = d["ica"]
    s.value(
        "B10",
        act,
        path="containment[*].action",
        label="措施：",
        span="F10",
        note="a pair inside the D3 block",
    )
    s.text("A11", "负责人：")
    s.value("B11", d["ica_owner"], path=f"containment[action={act}].owner", label="负责人：")
    s.text("C11", "期限：")
    s.value("D11", d["ica_due"], path=f"containment[action={act}].due_date", label="期限：")
    s.text("A12", "【D4】根本原因", "F12", bold=True, shade=True)
    s.text("A13", "发生端：")
    s.value("B13", d["occ"], path="root_cause[type=occurrence].cause", label="发生端：", span="F13")
    s.text("A14", "漏检原因：")
    s.value("B14", d["esc"], path="root_cause[type=escape].cause", label="漏检原因：", span="F14")
    s.text("A15", "五、永久对策 (D5)", "F15", bold=True, shade=True)
    s.text("A16", "对策内容", "D16")
    s.text("E16", "责任人")
    s.text("F16", "完成日期")
    pca = d["pca"]
    s.value("A17", pca, path="corrective_actions[*].action", label="对策内容", span="D17")
    s.value("E17", d["pca_owner"], path=f"corrective_actions[action={pca}].owner", label="责任人")
    s.value("F17", d["pca_due"], path=f"corrective_actions[action={pca}].due_date", label="完成日期")
    s.text("A18", "D6\n效\n果\n验\n证", "A19", bold=True, center=True)
    s.height(18, 28)
    s.height(19, 28)
    s.value(
        "B18",
        d["impl"],
        path="implementation[*].action",
        label="D6 效果验证",
        span="F18",
        note="D6 written vertically",
    )
    s.text("B19", "验证结果：")
    s.value(
        "C19", d["result"], path=f"implementation[action={d['impl']}].result", label="验证结果：", span="F19"
    )
    s.text("A20", "【D7】标准化", "F20", bold=True, shade=True)
    docs = ["FMEA", "控制计划", "作业指导书", "检验标准"]
    s.value(
        "A21",
        ticks(docs, set(d["docs"])),
        path="prevention.documents_updated",
        label="【D7】标准化",
        span="F21",
        expect=d["docs_expect"],
        blank_text=ticks(docs, set()),
    )
    s.text("A22", "【D8】结案", "F22", bold=True, shade=True)
    s.text("A23", "结案日期：")
    s.value("B23", d["closed"], path="closure.closed_date", label="结案日期：")
    s.text("C23", "批准：")
    s.value("D23", d["approved"], path="closure.approved_by", label="批准：")


EIGHTD_BLOCKS = [
    dict(
        number="CAR-2610-017",
        customer="苏州恒锐汽车部件有限公司",
        part_no="HR-BKT-5530",
        opened=dt.date(2026, 10, 8),
        complaint="KS2610-031",
        leader="赵明",
        members=["孙丽", "周强"],
        statement="支架安装孔位置偏移 0.6 mm，客户装配时螺栓无法拧入。",
        defects=64,
        shipped=5000,
        ica="库存及在途 4,200 件全检孔位，不良品隔离",
        ica_owner="孙丽",
        ica_due=dt.date(2026, 10, 9),
        occ="冲孔模定位销磨损，送料步距漂移。",
        esc="首件检验只测孔径，未测孔位。",
        pca="更换定位销并纳入模具保养计划，步距每班点检",
        pca_owner="周强",
        pca_due=dt.date(2026, 10, 20),
        impl="新定位销 10 月 18 日装模，保养计划已更新",
        result="连续 5 批孔位 CPK 1.67，无不良",
        docs=["FMEA", "检验标准"],
        docs_expect=["fmea", "inspection_standard"],
        closed=dt.date(2026, 11, 2),
        approved="钱伟",
    ),
    dict(
        number="CAR-2611-004",
        customer="宁波佳禾电器有限公司",
        part_no="JH-CVR-0921",
        opened=dt.date(2026, 11, 4),
        complaint="KS2611-007",
        leader="吴婷",
        members=["郑凯", "冯洁"],
        statement="外壳卡扣断裂，客户组装时 1.2% 不良。",
        defects=38,
        shipped=3200,
        ica="仓库 2,600 件及客户端 600 件挑选，断扣品报废",
        ica_owner="郑凯",
        ica_due=dt.date(2026, 11, 5),
        occ="注塑保压时间被缩短，卡扣根部缺料。",
        esc="出货检验未做卡扣弯折试验。",
        pca="保压参数锁定并加设参数变更审批",
        pca_owner="冯洁",
        pca_due=dt.date(2026, 11, 15),
        impl="参数 11 月 12 日锁定，弯折试验纳入出货检验",
        result="3 批 9,600 件弯折试验全部合格",
        docs=["控制计划", "作业指导书"],
        docs_expect=["control_plan", "work_instruction"],
        closed=dt.date(2026, 11, 30),
        approved="陈刚",
    ),
]


def eightd_en_summary(s: Sheet, d: dict) -> None:
    """The one-page summary sheet of an 8D workbook: labels right-aligned in unbordered columns
    against bordered value cells (no gap between label and value in the print), the team as a
    column of unbordered role labels beside bordered names, the problem description wrapped in a
    merged cell beside those rows, 5W rows under a section label turned up its merged cell, bold
    shaded section headings; values with ligatures (ff, fi) in the print."""
    ws = s.ws
    right = Alignment(horizontal="right", vertical="center")
    frame = Side(style="thin")

    def label(ref: str, text: str) -> None:  # a label cell: right-aligned, no border of its own
        ws[ref] = text
        ws[ref].alignment = right
        ws[ref].font = Font(size=10)

    def outline(col: str, first: int, last: int) -> None:  # one frame around a column of labels
        for r in range(first, last + 1):
            ws[f"{col}{r}"].border = Border(
                left=frame,
                right=frame,
                top=frame if r == first else None,
                bottom=frame if r == last else None,
            )

    s.text("A1", "8D Summary Report", "D1", size=13)
    s.text("A2", "D0 REPORT", "B2", bold=True, shade=True)
    s.text("C2", "D0 PRODUCT", "D2", bold=True, shade=True)
    label("A3", "Report Number:")
    s.value("B3", d["number"], path="number", label="Report Number:")
    label("A4", "Customer:")
    s.value("B4", d["customer"], path="customer", label="Customer:")
    label("A5", "Date Opened:")
    s.value("B5", d["opened"], path="opened_date", label="Date Opened:")
    label("C3", "Part No.:")
    s.value("D3", d["part_no"], path="part_no", label="Part No.:")
    label("C4", "Product Name:")
    s.value("D4", d["part_name"], path=None, label="Product Name:")
    label("C5", "Failure Rate:")
    s.value("D5", d["how_many"], path="problem.how_many", label="Failure Rate:")
    outline("A", 3, 5)
    outline("C", 3, 5)
    s.text("A6", "D1 TEAM MEMBERS", "B6", bold=True, shade=True)
    s.text("C6", "D2 PROBLEM DESCRIPTION", "D6", bold=True, shade=True)
    label("A7", "Champion:")
    s.value("B7", d["champion"], path="team[*].name", label="Champion:")
    label("A8", "Team Leader:")
    s.value("B8", d["leader"], path="team[*].name", label="Team Leader:")
    if not s.blank:
        s.fields.append(
            dict(
                s.fields[-1],
                path=f"team[name={d['leader']}].role",
                expect="leader",
                value="(pre-printed: Team Leader)",
            )
        )
    label("A9", "Process Owner:")
    s.value("B9", d["owner"], path="team[*].name", label="Process Owner:")
    outline("A", 7, 9)
    s.value(
        "C7",
        d["statement"],
        path="problem.statement",
        label="D2 PROBLEM DESCRIPTION",
        span="D9",
        note="wrapped over the three team rows beside it",
    )
    ws.merge_cells("A10:A12")
    ws["A10"] = "IS"
    ws["A10"].alignment = Alignment(text_rotation=90, horizontal="center", vertical="center")
    ws["A10"].font = Font(bold=True)
    for r in range(10, 13):
        ws[f"A{r}"].border = _BOX
    s.text("B10", "What", bold=True)
    s.value("C10", d["what"], path="problem.what", label="What", span="D10")
    s.text("B11", "Where", bold=True)
    s.value("C11", d["where"], path="problem.where", label="Where", span="D11")
    s.text("B12", "When", bold=True)
    s.value("C12", d["when"], path="problem.when", label="When", span="D12")
    s.text("A13", "D3 INTERIM CONTAINMENT", "D13", bold=True, shade=True)
    s.value("A14", d["ica"], path="containment[0].action", label="D3 INTERIM CONTAINMENT", span="D14")
    s.height(14, 28)
    s.text("A15", "D8 CLOSURE", "D15", bold=True, shade=True)
    label("A16", "Closed:")
    s.value("B16", d["closed"], path="closure.closed_date", label="Closed:")
    label("C16", "Approved by:")
    s.value("D16", d["approved"], path="closure.approved_by", label="Approved by:")
    outline("A", 16, 16)
    outline("C", 16, 16)


EIGHTD_SUMMARY = [
    dict(
        number="8D-BR-2609-011",
        customer="Ningbo Fulin Office Furniture Co., Ltd.",
        opened=dt.date(2026, 9, 11),
        part_no="FL-HNG-0412",
        part_name="Hinge bracket, black coated",
        how_many="26 / 3,600 pcs",
        champion="Ma Liqun",
        leader="Huang Fei",
        owner="Deng Wei",
        statement=(
            "Lot B260905 of FL-HNG-0412: coating flakes off the hinge bracket after the customer's "
            "first fitting; 26 of 3,600 pcs, found at incoming inspection."
        ),
        what="Coating flaking off the bracket edge",
        where="Customer incoming inspection, Ningbo",
        when="2026-09-10, first-off parts",
        ica="Stop shipping lot B260905; sort finished stock by tape test; offer replacement parts.",
        closed=dt.date(2026, 10, 8),
        approved="Ma Liqun",
    ),
    dict(
        number="8D-BR-2610-004",
        customer="Xiamen Haoyu Sanitary Ware Co., Ltd.",
        opened=dt.date(2026, 10, 3),
        part_no="HY-VLV-7720",
        part_name="Valve cover, chrome",
        how_many="14 / 2,000 pcs",
        champion="Cai Ming",
        leader="Lu Yan",
        owner="Pan Jie",
        statement=(
            "Lot V261001 of HY-VLV-7720: blistered chrome on the valve cover after the customer's salt "
            "spray test; 14 of 2,000 pcs affected."
        ),
        what="Blistered chrome on the cover",
        where="Customer laboratory, Xiamen",
        when="2026-10-02, salt spray test",
        ica="Hold lot V261001; re-test retained samples; replace affected covers at the customer.",
        closed=dt.date(2026, 10, 30),
        approved="Cai Ming",
    ),
]


def eightd_en_supplier_sqa(s: Sheet, d: dict) -> None:
    """A supplier's one-page English 8D for a customer's SQA: D3 counts the stock on the same
    table as its actions (one header row ``Stock | Checked | NG | Containment Action | Resp. |
    Done``), D4 writes each cause on a line of its own with its share further along, the D5
    header names ``Verification method``."""
    s.text("A1", "SUPPLIER 8D — CORRECTIVE ACTION RESPONSE", "F1", size=12)
    s.text("A2", "8D Ref.", shade=True)
    s.value("B2", d["number"], path="number", label="8D Ref.")
    s.text("C2", "Customer", shade=True)
    s.value("D2", d["customer"], path="customer", label="Customer", span="F2")
    s.text("A3", "Part Number", shade=True)
    s.value("B3", d["part_no"], path="part_no", label="Part Number")
    s.text("C3", "Issue Date", shade=True)
    s.value("D3", d["opened"], path="opened_date", label="Issue Date")
    s.text("A4", "D2 Problem Description", "F4", bold=True, shade=True)
    s.value("A5", d["statement"], path="problem.statement", label="D2 Problem Description", span="F5")
    s.text("A6", "D3 Containment", "F6", bold=True, shade=True)
    for col, head in zip("ABCDEF", ("Stock", "Checked", "NG", "Containment Action", "Resp.", "Done")):
        s.text(f"{col}7", head, bold=True)
    for i, (place, shown, checked, ng, action, owner, done) in enumerate(d["stock"]):
        r = 8 + i
        note = "one header row shared by the stock count and the containment actions"
        s.value(f"A{r}", shown, path=f"stock_sorting[{i}].location", label="Stock", expect=place, note=note)
        s.value(f"B{r}", checked, path=f"stock_sorting[{i}].qty_checked", label="Checked", fmt="#,##0")
        s.value(f"C{r}", ng, path=f"stock_sorting[{i}].qty_defective", label="NG")
        s.value(f"D{r}", action, path="containment[*].action", label="Containment Action")
        s.value(f"E{r}", owner, path=f"containment[action={action}].owner", label="Resp.")
        s.value(f"F{r}", done, path=f"containment[action={action}].done_date", label="Done")
    s.text("A11", "D4 Root Cause Analysis", "F11", bold=True, shade=True)
    for r, (kind, caption, key) in (
        (12, ("occurrence", "Why made", "cause_made")),
        (13, ("escape", "Why not detected", "cause_escaped")),
    ):
        cause, share = d[key]
        s.text(f"A{r}", caption, shade=True)
        s.value(
            f"B{r}",
            cause,
            path=f"root_cause[type={kind}].cause",
            label=caption,
            span=f"C{r}",
            note="a line of caption | value pairs, not a table header",
        )
        s.text(f"D{r}", "Contribution", shade=True)
        s.value(
            f"E{r}",
            share,
            path=f"root_cause[type={kind}].contribution_pct",
            label=f"{caption} / Contribution",
            expect=str(Decimal(share.rstrip("%")) / 100),
            note="the share further along the cause's line",
        )
    s.text("A14", "D5 Permanent Corrective Action", "F14", bold=True, shade=True)
    s.text("A15", "Action", "C15", bold=True)
    s.text("D15", "Owner", bold=True)
    s.text("E15", "Due", bold=True)
    s.text("F15", "Verification method", bold=True)
    action, owner, due, method = d["pca"]
    s.value("A16", action, path="corrective_actions[*].action", label="Action", span="C16")
    s.value("D16", owner, path=f"corrective_actions[action={action}].owner", label="Owner")
    s.value("E16", due, path=f"corrective_actions[action={action}].due_date", label="Due")
    s.value(
        "F16",
        method,
        path=f"corrective_actions[action={action}].validation_method",
        label="Verification method",
    )


EIGHTD_SUPPLIER_SQA = [
    dict(
        number="SQA-8D-26-0412",
        customer="Halvard Garden Machines AB",
        part_no="HG-SHAFT-220",
        opened=dt.date(2026, 9, 14),
        statement="Shaft HG-SHAFT-220 lot 2637: bearing seat 0.015 mm oversize, 58 of 3,000 pcs rejected at goods-in.",
        stock=[
            (
                "in_house",
                "Supplier warehouse",
                1800,
                22,
                "Air-gauge sort of all stock",
                "E. Lindqvist",
                dt.date(2026, 9, 15),
            ),
            (
                "in_transit",
                "In transit",
                600,
                9,
                "Sort on arrival at hub",
                "E. Lindqvist",
                dt.date(2026, 9, 16),
            ),
            (
                "at_customer",
                "Customer site",
                600,
                27,
                "Resident sort at customer",
                "K. Berg",
                dt.date(2026, 9, 16),
            ),
        ],
        cause_made=("Grinder coolant temperature drifts +6 °C in the afternoon shift", "70%"),
        cause_escaped=("Bearing seat gauged once per 80 parts; drift not caught", "30%"),
        pca=(
            "Coolant chiller fitted; bearing seat gauged on every part",
            "M. Holm",
            dt.date(2026, 9, 30),
            "Cpk study on 125 parts",
        ),
    ),
    dict(
        number="SQA-8D-26-0519",
        customer="Norrland Pump Systems AB",
        part_no="NP-ROTOR-31",
        opened=dt.date(2026, 10, 6),
        statement="Rotor NP-ROTOR-31 lot 2640: balance out of limit on 41 of 2,400 pcs found in the customer's test bench.",
        stock=[
            (
                "in_house",
                "Supplier warehouse",
                1200,
                15,
                "Re-balance check of all stock",
                "S. Ek",
                dt.date(2026, 10, 7),
            ),
            ("in_transit", "In transit", 400, 4, "Check on arrival", "S. Ek", dt.date(2026, 10, 8)),
            (
                "at_customer",
                "Customer site",
                800,
                22,
                "Sort at the customer's line",
                "J. Nyberg",
                dt.date(2026, 10, 8),
            ),
        ],
        cause_made=("Balancing machine adaptor worn after 40k cycles", "60%"),
        cause_escaped=("Final balance check sampled 1 in 20", "40%"),
        pca=(
            "Adaptor replaced; wear limit added to the maintenance plan",
            "P. Sund",
            dt.date(2026, 10, 24),
            "Balance audit of 200 parts",
        ),
    ),
]


# =============================================================================== returns
def return_chengpin(s: Sheet, d: dict) -> None:
    """成品退货单 with a two-row item header (数量: 核准/实退), units and amounts, proof check
    boxes and the warehouse's receipt."""
    s.text("A1", f"{d['company']}\n成品退货单", "H1", size=14)
    s.height(1, 36)
    s.text("A2", "退货单号", shade=True)
    s.value("B2", d["number"], path="number", label="退货单号", span="C2")
    s.text("D2", "开单日期", shade=True)
    s.value(
        "E2", d["date"], path="issue_date", label="开单日期", note="date label named after the act (开单)"
    )
    s.text("F2", "客诉单号", shade=True)
    s.value("G2", d["complaint"], path="complaint_number", label="客诉单号", span="H2")
    s.text("A3", "退货客户", shade=True)
    s.value("B3", d["customer"], path="customer", label="退货客户", span="H3")
    heads1 = [("A4", "料号", "A5"), ("B4", "品名规格", "B5"), ("C4", "单位", "C5")]
    for ref, text, end in heads1:
        s.text(ref, text, end, bold=True, shade=True, center=True)
    s.text("D4", "数量", "E4", bold=True, shade=True, center=True)
    s.text("D5", "核准", bold=True, shade=True, center=True)
    s.text("E5", "实退", bold=True, shade=True, center=True)
    s.text("F4", "单价(元)", "F5", bold=True, shade=True, center=True)
    s.text("G4", "金额(元)", "H5", bold=True, shade=True, center=True)
    for i, it in enumerate(d["items"]):
        r = 6 + i
        note = "two-row header: 数量 over 核准/实退"
        s.value(f"A{r}", it[0], path=f"items[{i}].part_no", label="料号")
        s.value(f"B{r}", it[1], path=f"items[{i}].part_name", label="品名规格")
        s.value(f"C{r}", it[2], path=f"items[{i}].unit", label="单位")
        s.value(f"D{r}", it[3], path=f"items[{i}].qty_approved", label="数量 / 核准", note=note)
        s.value(f"E{r}", it[4], path=f"items[{i}].qty_returned", label="数量 / 实退", note=note)
        s.value(
            f"F{r}", it[5], path=f"items[{i}].unit_price", label="单价(元)", expect=money(it[5]), fmt="0.00"
        )
        amount = Decimal(str(it[5])) * it[4]
        s.value(
            f"G{r}",
            float(amount),
            path=f"items[{i}].amount",
            label="金额(元)",
            expect=money(amount),
            span=f"H{r}",
            fmt="#,##0.00",
        )
    for r in range(6 + len(d["items"]), 9):
        for col in "ABCDEF":
            s.box(f"{col}{r}")
        s.box(f"G{r}", f"H{r}")
    s.text("A9", "退货原因", shade=True)
    s.value("B9", d["reason"], path="reason", label="退货原因", span="H9")
    s.height(9, 30)
    opts = ["重工", "报废", "降级使用", "维修"]
    s.text("A10", "处理方式", shade=True)
    s.value(
        "B10",
        ticks(opts, set(d["handling"])),
        path="handling",
        label="处理方式",
        expect=d["handling_expect"],
        span="E10",
        blank_text=ticks(opts, set()),
        note="check boxes",
    )
    s.text("F10", "超量允收比率", shade=True)
    s.value(
        "G10",
        d["ratio"],
        path="over_acceptance_ratio",
        label="超量允收比率",
        expect=d["ratio_expect"],
        span="H10",
    )
    s.text("A11", "经理核准", shade=True)
    s.value("B11", d["approved"], path="approved_by", label="经理核准", span="C11")
    s.text("D11", "仓库签收", shade=True)
    s.value("E11", d["receiver"], path="warehouse_receiver", label="仓库签收")
    s.text("F11", "收货日期", shade=True)
    s.value("G11", d["received"], path="received_date", label="收货日期", span="H11")


RETURN_CHENGPIN = [
    dict(
        company="佛山市顺德区美佳电器有限公司",
        number="TH-2609-011",
        date=dt.date(2026, 9, 15),
        complaint="202609004",
        customer="广东美的厨房电器制造有限公司",
        items=[
            ("MJ-HT-1800", "发热管 1800W", "支", 500, 480, 12.5),
            ("MJ-TH-0050", "温控器 KSD301", "只", 300, 300, 3.2),
        ],
        reason="发热管绝缘电阻不合格，客户来料检验判退。",
        handling=["重工"],
        handling_expect=["rework"],
        ratio="3%",
        ratio_expect="0.03",
        approved="梁志坚",
        receiver="何小燕",
        received=dt.date(2026, 9, 18),
    ),
    dict(
        company="佛山市顺德区美佳电器有限公司",
        number="TH-2610-002",
        date=dt.date(2026, 10, 8),
        complaint="202610001",
        customer="佛山市顺德区格兰仕微波炉电器有限公司",
        items=[
            ("MJ-MG-0900", "磁控管 900W", "只", 120, 118, 86.0),
            ("MJ-FS-0010", "保险丝 10A", "只", 1000, 950, 0.45),
        ],
        reason="磁控管输出功率偏低，保险丝规格混料。",
        handling=["报废", "维修"],
        handling_expect=["scrap", "repair"],
        ratio="5%",
        ratio_expect="0.05",
        approved="梁志坚",
        receiver="罗杰",
        received=dt.date(2026, 10, 12),
    ),
]


def return_shenqing(s: Sheet, d: dict) -> None:
    """退货申请单 of a distributor: quantities in thousands (K), the return reason as check boxes
    with free text, no amounts, values under their headings in the header band."""
    s.text("A1", "退货申请单", "F1", size=14)
    for col, label, path, raw, expect, note in [
        ("A", "申请单号", "number", d["number"], None, "value below its heading"),
        ("B", "申请日期", "issue_date", d["date"], d["date_iso"], "date typed 2026.9.21"),
        ("C", "客户(Customer)", "customer", d["customer"], None, "English gloss in brackets"),
        ("E", "关联客诉", "complaint_number", d["complaint"], None, "关联客诉 for 客诉单号"),
    ]:
        span = "D" if col == "C" else ("F" if col == "E" else None)
        s.text(f"{col}2", label, f"{span}2" if span else None, bold=True, shade=True, center=True)
        s.value(
            f"{col}3",
            raw,
            path=path,
            label=label,
            expect=expect,
            note=note,
            span=f"{span}3" if span else None,
        )
    for col, head in zip("ABCDEF", ["项次", "物料编码", "物料名称", "单位", "申请数量(K)", "实收数量(K)"]):
        s.text(f"{col}4", head, bold=True, shade=True, center=True)
    for i, it in enumerate(d["items"]):
        r = 5 + i
        s.value(f"A{r}", i + 1, path=None, label="项次")
        s.value(f"B{r}", it[0], path=f"items[{i}].part_no", label="物料编码")
        s.value(f"C{r}", it[1], path=f"items[{i}].part_name", label="物料名称")
        s.value(f"D{r}", it[2], path=f"items[{i}].unit", label="单位")
        s.value(
            f"E{r}",
            it[3],
            path=f"items[{i}].qty_approved",
            label="申请数量(K)",
            expect=int(it[3] * 1000),
            note="quantity in thousands (K)",
        )
        s.value(
            f"F{r}",
            it[4],
            path=f"items[{i}].qty_returned",
            label="实收数量(K)",
            expect=int(it[4] * 1000),
            note="quantity in thousands (K)",
        )
    opts = ["品质不良", "交期延误", "订单取消", "其他"]
    s.text("A8", "退货原因", bold=True, shade=True)
    s.value(
        "B8", ticks(opts, {d["why"]}), path=None, label="退货原因", span="F8", blank_text=ticks(opts, set())
    )
    s.text("A9", "原因说明", bold=True, shade=True)
    s.value("B9", d["reason"], path="reason", label="原因说明", span="F9", note="说明 for the return reason")
    s.height(9, 30)
    s.text("A10", "凭证", bold=True, shade=True)
    opts2 = ["原发票", "发票影本", "退回证明单"]
    s.value(
        "B10",
        ticks(opts2, {d["proof"]}),
        path="proof",
        label="凭证",
        expect=d["proof_expect"],
        span="F10",
        blank_text=ticks(opts2, set()),
        note="check boxes with short option words",
    )
    s.text("A11", "主管审批", bold=True, shade=True)
    s.value("B11", d["approved"], path="approved_by", label="主管审批")
    s.text("C11", "仓管员", bold=True, shade=True)
    s.value("D11", d["receiver"], path="warehouse_receiver", label="仓管员")
    s.text("E11", "入库日期", bold=True, shade=True)
    s.value("F11", d["received"], path="received_date", label="入库日期")


RETURN_SHENQING = [
    dict(
        number="RA-26091",
        date="2026.9.21",
        date_iso="2026-09-21",
        customer="上海贝岭股份有限公司",
        complaint="202609012",
        items=[
            ("IC-LDO-3V3", "稳压芯片 LDO 3.3V", "pcs", 12, 12),
            ("IC-OP-358", "运放 LM358", "pcs", 6.5, 6),
        ],
        why="品质不良",
        reason="客户 SMT 上线后发现 LDO 输出电压偏高，整批退回。",
        proof="原发票",
        proof_expect="original_invoice",
        approved="钱伟",
        receiver="孔丽",
        received=dt.date(2026, 9, 24),
    ),
    dict(
        number="RA-26102",
        date="2026.10.9",
        date_iso="2026-10-09",
        customer="无锡华润微电子有限公司",
        complaint="202610005",
        items=[("IC-MCU-F030", "单片机 F030", "pcs", 3, 2.5), ("IC-RS-485", "收发器 RS485", "pcs", 10, 10)],
        why="其他",
        reason="客户订单变更，部分型号烧录版本错误。",
        proof="退回证明单",
        proof_expect="return_certificate",
        approved="钱伟",
        receiver="孔丽",
        received=dt.date(2026, 10, 13),
    ),
]


def return_en_rma(s: Sheet, d: dict) -> None:
    """An English RMA / Goods Return Note: header pairs (`RMA Date`, `Customer Ref.`), a line
    table with an ERP's abbreviated columns (`Qty Auth.`, `Qty Recd.`), the disposition as words,
    the signatures typed under their bold titles in one box (`Authorized By` over the name)."""
    s.text("A1", "RETURN MATERIAL AUTHORIZATION (RMA) / GOODS RETURN NOTE", "F1", size=12)
    s.text("A2", "RMA #", bold=True)
    s.value("B2", d["number"], path="number", label="RMA #")
    s.text("C2", "RMA Date", bold=True)
    s.value("D2", d["date"], path="issue_date", label="RMA Date", fmt="d mmm yyyy")
    s.text("E2", "Customer Ref.", bold=True)
    s.value("F2", d["complaint"], path="complaint_number", label="Customer Ref.")
    s.text("A3", "Returned by (customer)", bold=True)
    s.value("B3", d["customer"], path="customer", label="Returned by (customer)", span="F3")
    for col, head in zip(
        "ABCDEF", ["Item code", "Description", "UoM", "Qty Auth.", "Qty Recd.", "Unit price (USD)"]
    ):
        s.text(f"{col}4", head, bold=True, shade=True, center=True)
    for i, it in enumerate(d["items"]):
        r = 5 + i
        s.value(f"A{r}", it[0], path=f"items[{i}].part_no", label="Item code")
        s.value(f"B{r}", it[1], path=f"items[{i}].part_name", label="Description")
        s.value(f"C{r}", it[2], path=f"items[{i}].unit", label="UoM")
        s.value(f"D{r}", it[3], path=f"items[{i}].qty_approved", label="Qty Auth.", fmt="#,##0")
        s.value(f"E{r}", it[4], path=f"items[{i}].qty_returned", label="Qty Recd.", fmt="#,##0")
        s.value(
            f"F{r}",
            it[5],
            path=f"items[{i}].unit_price",
            label="Unit price (USD)",
            expect=money(it[5]),
            fmt="0.00",
        )
    s.text("A8", "Reason for return", bold=True, shade=True)
    s.value("B8", d["reason"], path="reason", label="Reason for return", span="F8")
    s.height(8, 30)
    s.text("A9", "Disposition", bold=True, shade=True)
    s.value("B9", d["disp"], path="handling", label="Disposition", expect=d["disp_expect"], span="F9")
    s.value(
        "A10",
        d["approved"],
        prefix="Authorized By\n",
        path="approved_by",
        label="Authorized By",
        span="B10",
        bold=True,
        note="the name typed under its bold title in one box",
    )
    s.value(
        "C10",
        d["receiver"],
        prefix="Received By\n",
        path="warehouse_receiver",
        label="Received By",
        span="D10",
        bold=True,
    )
    s.text("E10", "Date received", bold=True)
    s.value("F10", d["received"], path="received_date", label="Date received", fmt="d mmm yyyy")


RETURN_RMA = [
    dict(
        number="RMA-260922",
        date=dt.date(2026, 9, 22),
        complaint="202609015",
        customer="Delta Electronics (Dongguan) Co., Ltd.",
        items=[
            ("FAN-8025-12V", "DC fan 80x80x25 12V", "pcs", 2000, 1980, 1.85),
            ("FAN-6015-5V", "DC fan 60x60x15 5V", "pcs", 500, 500, 1.2),
        ],
        reason="Bearing noise above 32 dB(A) at customer end-of-line test.",
        disp="Rework",
        disp_expect=["rework"],
        approved="Michael Ho",
        receiver="Wang Fang",
        received=dt.date(2026, 9, 26),
    ),
    dict(
        number="RMA-261015",
        date=dt.date(2026, 10, 15),
        complaint="202610009",
        customer="Lite-On Technology (Changzhou) Co., Ltd.",
        items=[
            ("FAN-9225-24V", "DC fan 92x92x25 24V", "pcs", 800, 760, 2.6),
            ("FAN-4010-5V", "DC fan 40x40x10 5V", "pcs", 1500, 1500, 0.95),
        ],
        reason="Wrong connector (JST-XH instead of Molex) on two lots.",
        disp="Scrap",
        disp_expect=["scrap"],
        approved="Michael Ho",
        receiver="Wang Fang",
        received=dt.date(2026, 10, 20),
    ),
]


def eightd_zht_scar_steps(s: Sheet, d: dict) -> None:
    """A Taiwanese SCAR typed as a Word-style table with one row per step: 甲/乙/丙 sections,
    label/value/label/value header rows, dates typed as text year first (`2026/10/02`), each
    step's heading in the first cell, its text beside it and `負責人：…` / `完成：10/4` /
    `預定：…` in the cells after it (a month and day without a year), the causes beside their
    captions, the documents updated as a tick line beside 五、預防再發."""
    s.text("A1", "供應商矯正預防措施要求單（SCAR）", "D1", size=14)
    s.text("A2", "甲、客戶填寫", "D2", bold=True, shade=True)
    s.text("A3", "SCAR編號", shade=True)
    s.value("B3", d["number"], path="number", label="SCAR編號")
    s.text("C3", "發出日期", shade=True)
    s.value("D3", d["opened"], path="opened_date", label="發出日期", expect=d["opened_iso"])
    s.text("A4", "料號", shade=True)
    s.value("B4", d["part_no"], path="part_no", label="料號")
    s.text("C4", "客訴單號", shade=True)
    s.value("D4", d["complaint"], path="complaint_number", label="客訴單號")
    s.text("A5", "進料數量", shade=True)
    s.value("B5", d["delivered"], path="problem.qty_delivered", label="進料數量", expect=d["delivered_n"])
    s.text("C5", "不良數量", shade=True)
    s.value("D5", d["qty"], path="problem.qty_complained", label="不良數量")
    s.text("A6", "問題描述", shade=True)
    s.value("B6", d["statement"], path="problem.statement", label="問題描述", span="D6")
    s.text("A7", "乙、供應商回覆", "D7", bold=True, shade=True)
    s.text("A8", "一、臨時對策", shade=True)
    s.value("B8", d["containment"], path="containment[*].action", label="一、臨時對策")
    row = f"containment[action={d['containment']}]"
    s.value("C8", d["c_owner"], prefix="負責人：", path=f"{row}.owner", label="負責人：")
    s.value(
        "D8",
        d["c_done"],
        prefix="完成：",
        path=f"{row}.done_date",
        label="完成：",
        expect=d["c_done_iso"],
        note="month/day without a year on a form writing its dates year first",
    )
    s.height(8, 30)
    s.text("A9", "二、真因分析", "A10", shade=True)
    s.text("B9", "發生原因：")
    s.value("C9", d["occ"], path="root_cause[type=occurrence].cause", label="發生原因：", span="D9")
    s.text("B10", "流出原因：")
    s.value("C10", d["esc"], path="root_cause[type=escape].cause", label="流出原因：", span="D10")
    s.text("A11", "三、永久對策", shade=True)
    s.value("B11", d["action"], path="corrective_actions[*].action", label="三、永久對策")
    row = f"corrective_actions[action={d['action']}]"
    s.value("C11", d["a_owner"], prefix="負責人：", path=f"{row}.owner", label="負責人：")
    s.value("D11", d["a_due"], prefix="預定：", path=f"{row}.due_date", label="預定：", expect=d["a_due_iso"])
    s.height(11, 30)
    s.text("A12", "五、預防再發", shade=True)
    s.value(
        "B12",
        d["docs"],
        path="prevention.documents_updated",
        label="五、預防再發",
        expect=d["docs_expect"],
        span="D12",
        blank_text="□FMEA □管制計畫 □作業標準書 □檢驗規範",
        note="a tick line beside the group's heading",
    )
    s.text("A13", "六、水平展開", shade=True)
    s.value("B13", d["spread"], path="prevention.horizontal_deployment", label="六、水平展開", span="D13")
    s.text("A14", "丙、結案", "D14", bold=True, shade=True)
    s.text("A15", "SQE確認", shade=True)
    s.value("B15", d["sqe"], path="closure.approved_by", label="SQE確認")
    s.text("C15", "結案日期", shade=True)
    s.value("D15", d["closed"], path="closure.closed_date", label="結案日期", expect=d["closed_iso"])


EIGHTD_ZHT_SCAR_STEPS = [
    dict(
        number="SC-115-0301",
        opened="2026/10/02",
        opened_iso="2026-10-02",
        part_no="PW-3310",
        complaint="QC-115-0930",
        delivered="8,000",
        delivered_n=8000,
        qty=41,
        statement="充電器外殼卡扣斷裂，客戶組裝時 41 pcs 破損。",
        containment="在庫 3,600 pcs 全數目視及拉力檢查",
        c_owner="林佳蓉",
        c_done="10/4",
        c_done_iso="2026-10-04",
        occ="射出保壓時間不足，卡扣根部縮痕。",
        esc="外觀檢驗未含卡扣拉力，抽樣 5 pcs 過少。",
        action="保壓時間改為 3.5 秒並加設首件拉力測試",
        a_owner="周文彬",
        a_due="2026/10/20",
        a_due_iso="2026-10-20",
        docs="□FMEA ■管制計畫 □作業標準書 ■檢驗規範",
        docs_expect=["control_plan", "inspection_standard"],
        spread="同模具之 2 款外殼同步確認",
        sqe="蔡明哲",
        closed="2026/10/30",
        closed_iso="2026-10-30",
    ),
    dict(
        number="SC-115-0417",
        opened="2026/11/05",
        opened_iso="2026-11-05",
        part_no="LD-0820",
        complaint="QC-115-1102",
        delivered="12,000",
        delivered_n=12000,
        qty=66,
        statement="LED 模組亮度不足，客戶進料抽驗 66 pcs 低於規格。",
        containment="庫存 4,000 pcs 全數亮度量測",
        c_owner="黃冠廷",
        c_done="11/7",
        c_done_iso="2026-11-07",
        occ="晶片分級混料，低亮度等級混入。",
        esc="出貨檢驗僅點亮不量亮度。",
        action="分級料盤加貼色標並於上料掃描確認",
        a_owner="吳欣怡",
        a_due="2026/11/25",
        a_due_iso="2026-11-25",
        docs="■FMEA □管制計畫 ■作業標準書 □檢驗規範",
        docs_expect=["fmea", "work_instruction"],
        spread="同系列 3 款模組導入上料掃描",
        sqe="劉建宏",
        closed="2026/12/02",
        closed_iso="2026-12-02",
    ),
]


# =============================================================================== allowances
def allowance_zh(s: Sheet, d: dict) -> None:
    """销货折让证明单 (zh-Hans) of a trading company: seller and buyer blocks, invoice number and
    date, item table with 折让金额 and 税额, totals and 大写."""
    s.text("A1", "销货折让证明单", "G1", size=14)
    s.value(
        "A2",
        d["number"],
        prefix="No.",
        path="number",
        label="No.",
        span="B2",
        note="label and value in one cell",
    )
    s.text("E2", "开具日期", shade=True)
    s.value("F2", d["date"], path="issue_date", label="开具日期", span="G2")
    s.text("A3", "销售方", "A4", bold=True, shade=True, center=True)
    s.text("B3", "名称", shade=True)
    s.value(
        "C3",
        d["seller"],
        path="seller.name",
        label="销售方 名称",
        span="D3",
        note="vertical block label 销售方",
    )
    s.text("B4", "纳税人识别号", shade=True)
    s.value("C4", d["seller_tax"], path="seller.tax_id", label="销售方 纳税人识别号", span="D4")
    s.text("E3", "购买方", "E4", bold=True, shade=True, center=True)
    s.text("F3", "名称", shade=True)
    s.value("G3", d["buyer"], path="buyer", label="购买方 名称", note="same label 名称 in both blocks")
    s.text("F4", "纳税人识别号", shade=True)
    s.value("G4", d["buyer_tax"], path="buyer_tax_id", label="购买方 纳税人识别号")
    s.text("A5", "原发票号码", shade=True)
    s.value("B5", d["invoice"], path="invoice_no", label="原发票号码", span="D5")
    s.text("E5", "原发票日期", shade=True)
    s.value("F5", d["invoice_date"], path="invoice_date", label="原发票日期", span="G5")
    for col, head in zip("ABCDEFG", ["货物名称", "数量", "单价", "折让金额", "税率", "税额", "备注"]):
        s.text(f"{col}6", head, bold=True, shade=True, center=True)
    total = tax_total = Decimal(0)
    for i, (name, qty, price, allowance) in enumerate(d["items"]):
        r = 7 + i
        tax = (Decimal(str(allowance)) * Decimal("0.13")).quantize(Decimal("0.01"))
        total += Decimal(str(allowance))
        tax_total += tax
        s.value(f"A{r}", name, path=f"items[{i}].name", label="货物名称")
        s.value(f"B{r}", qty, path=f"items[{i}].qty", label="数量", fmt="#,##0")
        s.value(f"C{r}", price, path=f"items[{i}].unit_price", label="单价", expect=money(price), fmt="0.00")
        s.value(
            f"D{r}",
            allowance,
            path=f"items[{i}].allowance_amount",
            label="折让金额",
            expect=money(allowance),
            fmt="#,##0.00",
        )
        s.value(f"E{r}", "13%", path="tax_rate" if i == 0 else None, label="税率", expect="0.13")
        s.value(f"F{r}", float(tax), path=f"items[{i}].tax", label="税额", expect=money(tax), fmt="#,##0.00")
        s.box(f"G{r}")
    s.text("A10", "合计", bold=True, shade=True)
    s.value(
        "D10",
        float(total),
        path="total_excl_tax",
        label="合计 (折让金额)",
        expect=money(total),
        fmt="#,##0.00",
        note="totals row under the amount columns",
    )
    s.value(
        "F10",
        float(tax_total),
        path="total_tax",
        label="合计 (税额)",
        expect=money(tax_total),
        fmt="#,##0.00",
    )
    s.text("A11", "价税合计（大写）", "B11", bold=True, shade=True)
    s.value("C11", d["words"], path="total_in_words", label="价税合计（大写）", span="E11")
    s.text("F11", "（小写）", shade=True)
    s.value(
        "G11",
        float(total + tax_total),
        path="total",
        label="（小写）",
        expect=money(total + tax_total),
        fmt="¥#,##0.00",
    )
    s.text("A12", "业务经理", shade=True)
    s.value("B12", d["manager"], path="approved_by_manager", label="业务经理")
    s.text("C12", "总经理", shade=True)
    s.value("D12", d["gm"], path="approved_by_gm", label="总经理")
    s.text("E12", "购买方盖章", shade=True)
    s.value(
        "F12",
        ticks(["已盖章"], {"已盖章"} if d["stamped"] else set()),
        path="buyer_stamped",
        label="购买方盖章",
        expect=d["stamped"],
        span="G12",
        blank_text=ticks(["已盖章"], set()),
    )


ALLOWANCE_ZH = [
    dict(
        number="ZR-2609-003",
        date=dt.date(2026, 9, 19),
        seller="杭州海康精密机械有限公司",
        seller_tax="91330108MA2H4K7X3P",
        buyer="浙江吉利汽车零部件采购有限公司",
        buyer_tax="91330201MA28Y3WQ1L",
        invoice="33002612 04587731",
        invoice_date=dt.date(2026, 8, 30),
        items=[("精密轴套 SB-12", 2000, 1.5, 600), ("定位销 DP-6", 5000, 0.4, 400)],
        words="壹仟壹佰叁拾元整",
        manager="沈佳",
        gm="韩立",
        stamped=True,
    ),
    dict(
        number="ZR-2610-001",
        date=dt.date(2026, 10, 11),
        seller="杭州海康精密机械有限公司",
        seller_tax="91330108MA2H4K7X3P",
        buyer="万向钱潮股份有限公司",
        buyer_tax="91330000142911245K",
        invoice="33002612 04611208",
        invoice_date=dt.date(2026, 9, 28),
        items=[("万向节十字轴 UJ-20", 800, 6.25, 1000), ("滚针 NR-3", 20000, 0.05, 200)],
        words="壹仟叁佰伍拾陆元整",
        manager="沈佳",
        gm="韩立",
        stamped=False,
    ),
]


def allowance_zht_tw(s: Sheet, d: dict) -> None:
    """營業人銷貨退回進貨退出或折讓證明單 (Taiwan, traditional script): ROC date in the title
    line, invoice date split into 年/月/日, invoice number into 字軌 + 號碼, unified business
    numbers written one digit per box, a two-row item header."""
    s.text("A1", "營業人銷貨退回進貨退出或折讓證明單", "N1", size=14)
    y, m, dd = d["date"]
    s.value(
        "A2",
        f"中華民國 {y} 年 {m} 月 {dd} 日",
        path="issue_date",
        label="中華民國 年 月 日",
        span="N2",
        expect=dt.date(y + 1911, m, dd).isoformat(),
        blank_text="中華民國      年      月      日",
        note="ROC year typed into the pre-printed date line",
    )
    s.text("A3", "原銷貨人", "A4", bold=True, shade=True, center=True)
    s.text("B3", "營業人名稱", "C3", shade=True)
    s.value("D3", d["seller"], path="seller.name", label="原銷貨人 營業人名稱", span="N3")
    s.text("B4", "統一編號", "C4", shade=True)
    for k, digit in enumerate(d["seller_id"]):
        s.value(f"{'DEFGHIJK'[k]}4", digit, path=None, label="統一編號")
    if not s.blank:
        s.fields.append(
            dict(
                label="原銷貨人 統一編號",
                cell=f"{s.ws.title}!D4:K4",
                value=" | ".join(d["seller_id"]),
                path="seller.tax_id",
                expect=d["seller_id"],
                note="digits one per box",
            )
        )
    s.box("L4", "N4")
    s.text("A5", "開立發票", "F5", bold=True, shade=True, center=True)
    s.text("G5", "退貨或折讓內容", "K5", bold=True, shade=True, center=True)
    s.text("L5", "備註", "N6", bold=True, shade=True, center=True)
    for col, head in zip(
        "ABCDEFGHIJK",
        ["年", "月", "日", "字軌", "號碼", "聯式", "品名", "數量", "單價", "金額(不含稅)", "營業稅額"],
    ):
        s.text(f"{col}6", head, bold=True, shade=True, center=True)
    iy, im, iday = d["invoice_date"]
    total = tax_total = 0
    for i, (name, qty, price) in enumerate(d["items"]):
        r = 7 + i
        amount = qty * price
        tax = round(amount * 0.05)
        total += amount
        tax_total += tax
        for col, raw in zip("ABC", (iy, im, iday)):
            s.value(f"{col}{r}", raw, path=None, label="年/月/日")
        s.value(f"D{r}", d["track"], path=None, label="字軌")
        s.value(f"E{r}", d["invoice"], path=None, label="號碼")
        s.value(f"F{r}", "三聯式", path=None, label="聯式")
        s.value(f"G{r}", name, path=f"items[{i}].name", label="品名")
        s.value(f"H{r}", qty, path=f"items[{i}].qty", label="數量")
        s.value(f"I{r}", price, path=f"items[{i}].unit_price", label="單價", expect=money(price))
        s.value(
            f"J{r}",
            amount,
            path=f"items[{i}].allowance_amount",
            label="金額(不含稅)",
            expect=money(amount),
            fmt="#,##0",
            note="two-row header: 退貨或折讓內容 over 金額",
        )
        s.value(f"K{r}", tax, path=f"items[{i}].tax", label="營業稅額", expect=money(tax), fmt="#,##0")
        s.box(f"L{r}", f"N{r}")
    if not s.blank:
        s.fields.append(
            dict(
                label="開立發票 字軌 + 號碼",
                cell=f"{s.ws.title}!D7:E7",
                value=f"{d['track']} | {d['invoice']}",
                path="invoice_no",
                expect=f"{d['track']}{d['invoice']}",
                note="invoice number split over two columns",
            )
        )
        s.fields.append(
            dict(
                label="開立發票 年 / 月 / 日",
                cell=f"{s.ws.title}!A7:C7",
                value=f"{iy} | {im} | {iday}",
                path="invoice_date",
                expect=dt.date(iy + 1911, im, iday).isoformat(),
                note="ROC date split over three columns",
            )
        )
    s.text("A10", "合計", "I10", bold=True, shade=True, center=True)
    s.value("J10", total, path="total_excl_tax", label="合計 (金額)", expect=money(total), fmt="#,##0")
    s.value("K10", tax_total, path="total_tax", label="合計 (營業稅額)", expect=money(tax_total), fmt="#,##0")
    s.box("L10", "N10")
    s.text("A11", "原進貨人", "A12", bold=True, shade=True, center=True)
    s.text("B11", "營業人名稱", "C11", shade=True)
    s.value(
        "D11",
        d["buyer"],
        path="buyer",
        label="原進貨人 營業人名稱",
        span="N11",
        note="same label 營業人名稱 in both blocks",
    )
    s.text("B12", "統一編號", "C12", shade=True)
    for k, digit in enumerate(d["buyer_id"]):
        s.value(f"{'DEFGHIJK'[k]}12", digit, path=None, label="統一編號")
    if not s.blank:
        s.fields.append(
            dict(
                label="原進貨人 統一編號",
                cell=f"{s.ws.title}!D12:K12",
                value=" | ".join(d["buyer_id"]),
                path="buyer_tax_id",
                expect=d["buyer_id"],
                note="digits one per box",
            )
        )
    s.box("L12", "N12")
    s.text("A13", "本證明單所列進貨退出或折讓，確屬事實，特此證明。", "I13")
    s.text("J13", "原進貨營業人(蓋統一發票專用章)", "L13", shade=True)
    s.value(
        "M13",
        d["stamp_text"] if d["stamped"] else "",
        path="buyer_stamped",
        label="原進貨營業人(蓋統一發票專用章)",
        expect=d["stamped"],
        span="N13",
        note="the seal's imprint typed as text: stamped",
    )


ALLOWANCE_TW = [
    dict(
        date=(115, 9, 8),
        seller="宏碩電子股份有限公司",
        seller_id="53102687",
        invoice_date=(115, 8, 28),
        track="QK",
        invoice="38715520",
        items=[("無線充電模組 WQ-15", 400, 25), ("無線充電模組 WQ-10", 120, 18)],
        buyer="瑞昌電腦股份有限公司",
        buyer_id="28413567",
        stamped=True,
        stamp_text="（印）發票專用章",
    ),
    dict(
        date=(115, 10, 14),
        seller="宏碩電子股份有限公司",
        seller_id="53102687",
        invoice_date=(115, 9, 30),
        track="RT",
        invoice="40122894",
        items=[("藍牙耳機 BT-300", 250, 40), ("充電盒 CB-300", 250, 12)],
        buyer="聯昇科技股份有限公司",
        buyer_id="70458823",
        stamped=False,
    ),
]


def eightd_de_a3(s: Sheet, d: dict) -> None:
    """A German customer's one-sheet 8D-Bericht in two columns (left D1–D4, right D5–D8):
    headings numbered and named (D1 Team … D8 Abschluss); the team block with pre-printed
    roles (Teamleiter / Mitglied / Pate) beside the names; D3 Sofortmaßnahmen as numbered
    lines; D4 in two boxes captioned Entstehung / Nichtentdeckung; the D5 Abstellmaßnahmen
    table beside the left column's labels, its rows grouped by cause type in a merged cell."""
    s.text("A1", "8D-Bericht", "H1", size=13)
    s.text("A2", "Reklamationsnummer", bold=True, shade=True)
    s.value("B2", d["complaint"], path="complaint_number", label="Reklamationsnummer", span="C2")
    s.text("D2", "Kunde", bold=True, shade=True)
    s.value("E2", d["customer"], path="customer", label="Kunde", span="F2")
    s.text("G2", "Teilenummer", bold=True, shade=True)
    s.value("H2", d["part_no"], path="part_no", label="Teilenummer")
    s.text("A3", "D1 Team", "A6", bold=True, shade=True)
    for i, (role, name, expect) in enumerate(d["team"]):
        r = 3 + i
        s.text(f"B{r}", role)
        s.value(f"C{r}", name, path="team[*].name", label=f"D1 Team / {role}")
        if not s.blank:
            s.fields.append(
                {
                    "label": "role (pre-printed)",
                    "cell": f"{s.ws.title}!B{r}",
                    "value": f"(pre-printed: {role})",
                    "path": f"team[name={name}].role",
                    "expect": expect,
                }
            )
    s.text("E3", "D5 Abstellmaßnahmen", "H3", bold=True, shade=True)
    for col, head in zip("EFGH", ["Nr.", "Abstellmaßnahme", "Verantwortlich", "Termin"]):
        s.text(f"{col}4", head, bold=True)
    s.text("A7", "D2 Problembeschreibung", "C7", bold=True, shade=True)
    s.value("A8", d["statement"], path="problem.statement", label="D2 Problembeschreibung", span="C9")
    s.height(8, 30)
    rows = [(5, "Entstehung", "occurrence"), (7, "Nichtentdeckung", "escape")]
    for (first, group, kind), actions in zip(rows, d["actions"]):
        s.text(f"E{first}", group, f"E{first + 1}")
        for j, (action, owner, due) in enumerate(actions):
            r = first + j
            s.value(f"F{r}", action, path="corrective_actions[*].action", label="Abstellmaßnahme")
            s.value(f"G{r}", owner, path=f"corrective_actions[action={action}].owner", label="Verantwortlich")
            s.value(f"H{r}", due, path=f"corrective_actions[action={action}].due_date", label="Termin")
            if not s.blank:
                s.fields.append(
                    {
                        "label": f"row group {group}",
                        "cell": f"{s.ws.title}!E{first}",
                        "value": f"(row group {group})",
                        "path": f"corrective_actions[action={action}].addresses",
                        "expect": kind,
                    }
                )
    s.text("A10", "D3 Sofortmaßnahmen", "C10", bold=True, shade=True)
    s.value(
        "A11",
        "\n".join(f"{i}. {line}" for i, line in enumerate(d["containment"], 1)),
        path=None,
        label="D3 Sofortmaßnahmen",
        span="C12",
    )
    if not s.blank:
        for i, line in enumerate(d["containment"], 1):
            s.fields.append(
                {
                    "label": "D3 Sofortmaßnahmen",
                    "cell": f"{s.ws.title}!A11",
                    "value": f"{i}. {line}",
                    "path": "containment[*].action",
                    "expect": line,
                    "note": "numbered lines in one cell under the heading",
                }
            )
    s.height(11, 30)
    s.text("E10", "D8 Abschluss", "H10", bold=True, shade=True)
    s.text("E11", "Abschlussdatum", bold=True)
    s.value("F11", d["closed"], path="closure.closed_date", label="Abschlussdatum")
    s.text("G11", "Freigabe", bold=True)
    s.value("H11", d["approved"], path="closure.approved_by", label="Freigabe")
    s.text("A13", "D4 Fehlerursache", "C13", bold=True, shade=True)
    for r, (caption, kind, cause) in zip((14, 16), d["causes"]):
        s.text(f"A{r}", caption, f"C{r}")
        s.value(f"A{r + 1}", cause, path="root_cause[*].cause", label=caption, span=f"C{r + 1}")
        if not s.blank:
            s.fields.append(
                {
                    "label": caption,
                    "cell": f"{s.ws.title}!A{r}",
                    "value": f"(box {caption})",
                    "path": f"root_cause[cause={cause}].type",
                    "expect": kind,
                }
            )


EIGHTD_DE = [
    dict(
        complaint="RK-2026-0815",
        customer="Brose Fahrzeugteile Würzburg",
        part_no="BR-7731-02",
        team=[
            ("Teamleiter", "Jonas Weber", "leader"),
            ("Mitglied", "Li Mei", "member"),
            ("Mitglied", "Stefan Roth", "member"),
            ("Pate", "Klaus Berg", "champion"),
        ],
        statement="Gratbildung an der Bohrung Ø6 bei 14 von 2.000 Teilen, Los 2609-3; Montage beim Kunden blockiert.",
        containment=[
            "Lagerbestand 1.200 Teile zu 100 % geprüft",
            "Teile beim Kunden aussortiert, 6 n.i.O.",
        ],
        causes=[
            ("Entstehung", "occurrence", "Bohrer nach 8.000 Bohrungen verschlissen; kein Standzeitlimit"),
            ("Nichtentdeckung", "escape", "Sichtprüfung erkennt Grat in der Bohrung nicht"),
        ],
        actions=[
            [("Standzeitlimit 5.000 Bohrungen im Werkzeugplan", "Stefan Roth", dt.date(2026, 9, 20))],
            [("Grenzlehrdorn Ø5,9 an der Endprüfung", "Li Mei", dt.date(2026, 9, 18))],
        ],
        closed=dt.date(2026, 10, 6),
        approved="Klaus Berg",
    ),
    dict(
        complaint="RK-2026-0902",
        customer="ZF Friedrichshafen AG",
        part_no="ZF-4410-17",
        team=[
            ("Teamleiter", "Anna Schulz", "leader"),
            ("Mitglied", "Wang Tao", "member"),
            ("Mitglied", "Peter Klein", "member"),
            ("Pate", "Martin Vogel", "champion"),
        ],
        statement="Falsche Federkraft bei 9 von 3.500 Ventilen, Los 2610-1; Kunde meldet Geräusch.",
        containment=[
            "Versand gestoppt, Lager 800 Teile gesperrt",
            "Federkraft aller Teile beim Kunden gemessen",
        ],
        causes=[
            ("Entstehung", "occurrence", "Federn eines zweiten Lieferanten ohne Freigabe verbaut"),
            ("Nichtentdeckung", "escape", "Federkraftprüfung nur stichprobenartig alle 4 Stunden"),
        ],
        actions=[
            [("Lieferantenwechsel nur mit PPAP-Freigabe", "Peter Klein", dt.date(2026, 10, 20))],
            [("Federkraft 100 % im Prüfstand", "Wang Tao", dt.date(2026, 10, 15))],
        ],
        closed=dt.date(2026, 11, 3),
        approved="Martin Vogel",
    ),
]


# =============================================================================== forms read badly (issue 10)
# Each imitates a pattern the reader learnt in that round, with other wording and geometry:
# party cells over an address or a tax line, figures with a note or a currency, a date label
# printing its order, a date between 年/月/日 cells, two-row headers read together, a note
# on who fills a field, sub-labels numbered '1 …', a generic label in a party's row.
def complaint_en_claim(s: Sheet, d: dict) -> None:
    """An English supplier claim sheet: 'Claim No.', 'Date of Issue (DD/MM/YYYY)' with a
    day-first date, the customer's name over its address in one cell, 'Issue Type' with the
    ticked box first, 'Qty Shipped' / 'Qty Rejected', a description in worded parts
    ('Symptom: …' / 'Found at: …') under a shaded heading, 'Claim Amount' in EUR with K,
    'Raised by' with a phone after the name, 'Containment' and 'Long-term Corrective Action'."""
    s.text("A1", "SUPPLIER QUALITY CLAIM", "F1", size=13)
    s.text("A2", "Claim No.", bold=True)
    s.value("B2", d["number"], path="number", label="Claim No.", span="C2")
    s.text("D2", "Date of Issue\n(DD/MM/YYYY)", bold=True)
    s.height(2, 30)
    s.value(
        "E2",
        d["issued"],
        path="received_date",
        label="Date of Issue (DD/MM/YYYY)",
        expect=d["issued_iso"],
        span="F2",
        note="day first, as the label prints",
    )
    s.text("A3", "Customer", bold=True)
    s.value(
        "B3",
        f"{d['customer']}\n{d['address']}",
        path="customer",
        label="Customer",
        expect=d["customer"],
        span="F3",
        note="the name over its address in one cell",
    )
    s.text("A4", "Part No.", bold=True)
    s.value("B4", d["part_no"], path="part_no", label="Part No.", span="C4")
    s.text("D4", "PO No.", bold=True)
    s.value("E4", d["po"], path="order_no", label="PO No.", span="F4")
    s.text("A5", "Qty Shipped", bold=True)
    s.value("B5", d["shipped"], path="ship_qty", label="Qty Shipped", span="C5", fmt="#,##0")
    s.text("D5", "Qty Rejected", bold=True)
    s.value("E5", d["rejected"], path="defect_qty", label="Qty Rejected", span="F5")
    s.text("A6", "Issue Type", bold=True)
    opts = ["Quality", "Delivery", "Documentation"]
    s.value(
        "B6",
        "   ".join(("☒ " if o == d["type"] else "☐ ") + o for o in opts),
        path="complaint_type",
        label="Issue Type",
        expect=d["type_expect"],
        span="F6",
        blank_text="   ".join("☐ " + o for o in opts),
    )
    s.text("A7", "Problem Description", "F7", bold=True, shade=True)
    s.value(
        "A8",
        d["description"],
        path="description",
        label="Problem Description",
        span="F9",
        note="worded parts 'Symptom: …' / 'Found at: …' in one cell",
    )
    s.height(8, 24)
    s.height(9, 24)
    s.text("A10", "Claim Amount", bold=True)
    s.value(
        "B10", d["amount"], path="loss_amount", label="Claim Amount", expect=d["amount_expect"], span="C10",
        note="a currency and K for thousands",
    )  # fmt: skip
    s.text("D10", "Raised by", bold=True)
    s.value(
        "E10", d["raised"], path="reporter", label="Raised by", expect=d["raised_name"], span="F10",
        note="a phone after the name",
    )  # fmt: skip
    s.text("A11", "Containment", bold=True)
    s.value("B11", d["containment"], path="short_term_action", label="Containment", span="F11")
    s.text("A12", "Long-term Corrective Action", bold=True)
    s.value("B12", d["pca"], path="long_term_action", label="Long-term Corrective Action", span="F12")
    s.height(12, 30)


COMPLAINT_EN_CLAIM = [
    dict(
        number="SQC-26-0712",
        issued="04/10/2026",
        issued_iso="2026-10-04",
        customer="Nordvik Appliances AB",
        address="Industrigatan 14, 582 73 Linköping",
        part_no="NV-HNG-0931",
        po="PO-778120",
        shipped=6400,
        rejected="48",
        type="Quality",
        type_expect="quality",
        description="Symptom: door hinge squeaks after 200 cycles\nFound at: incoming audit, dock 3",
        amount="EUR 2.4K",
        amount_expect="2400.00",
        raised="L. Berg / 013-555-0187",
        raised_name="L. Berg",
        containment="Sort all stock at Nordvik and in transit; grease hinges before packing.",
        pca="Grease dosing added to the hinge press; cycle test 1 per 500 pcs.",
    ),
    dict(
        number="SQC-26-0788",
        issued="11/10/2026",
        issued_iso="2026-10-11",
        customer="Halden Kitchen Systems AS",
        address="Storgata 2, 1771 Halden",
        part_no="HK-DRW-2210",
        po="PO-781455",
        shipped=12000,
        rejected="130",
        type="Quality",
        type_expect="quality",
        description="Symptom: drawer rail sticks at full extension\nFound at: customer final line, station 6",
        amount="EUR 5.2K",
        amount_expect="5200.00",
        raised="P. Moe / 069-555-0112",
        raised_name="P. Moe",
        containment="Hold lot R2610-2; replace rails at the customer.",
        pca="Rail stop tolerance tightened; go/no-go gauge at pack-out.",
    ),
]


def complaint_zh_lianluo_b(s: Sheet, d: dict) -> None:
    """质量异常联络单 of a die-casting plant: '登记日期' with a note after the date, a defect
    quantity with a note in brackets, '原因分析：（由责任单位填写）' and the text after a line
    break in one cell, sub-labels numbered '1 临时处理对策：' / '2 长期处理对策：' in the value
    cells, '发现者' with a mobile grouped 3-4-4, the closing date typed between pre-printed
    年 / 月 / 日 cells."""
    s.text("A1", "质量异常联络单", "H1", size=14)
    s.text("A2", "编号", bold=True)
    s.value("B2", d["number"], path="number", label="编号", span="C2")
    s.text("D2", "登记日期", bold=True)
    s.value(
        "E2", d["registered"], path="received_date", label="登记日期", expect=d["registered_iso"], span="F2",
        note="a note in brackets after the date",
    )  # fmt: skip
    s.text("G2", "客户", bold=True)
    s.value("H2", d["customer"], path="customer", label="客户")
    s.text("A3", "产品型号", bold=True)
    s.value("B3", d["part_no"], path="part_no", label="产品型号", span="C3")
    s.text("D3", "不良数量", bold=True)
    s.value(
        "E3", d["defect"], path="defect_qty", label="不良数量", expect=d["defect_expect"], span="F3",
        note="a note in brackets after the figure",
    )  # fmt: skip
    s.text("G3", "发现者", bold=True)
    s.value(
        "H3",
        d["finder"],
        path="reporter",
        label="发现者",
        expect=d["finder_name"],
        note="mobile after the name",
    )
    s.value(
        "A4",
        d["description"],
        prefix="异常描述：",
        path="description",
        label="异常描述：",
        span="H4",
    )
    s.value(
        "A5",
        d["cause"],
        prefix="原因分析：（由责任单位填写）\n",
        path="root_cause",
        label="原因分析：",
        span="H6",
        blank_text="原因分析：（由责任单位填写）\n",
        note="a note on who fills it after the label; the text after a line break",
    )
    s.text("A7", "纠正措施：（责任单位填写）", "H7", bold=True)
    s.value(
        "A8",
        d["short"],
        prefix="1 临时处理对策：",
        path="short_term_action",
        label="1 临时处理对策：",
        span="H8",
    )
    s.value(
        "A9",
        d["long"],
        prefix="2 长期处理对策：",
        path="long_term_action",
        label="2 长期处理对策：",
        span="H9",
    )
    s.text("A10", "结案日期", bold=True)
    for ref, raw, unit in (
        ("B10", d["closed"][0], "C10"),
        ("D10", d["closed"][1], "E10"),
        ("F10", d["closed"][2], "G10"),
    ):
        s.value(ref, raw, path=None, label="结案日期")
        s.text(unit, {"C10": "年", "E10": "月", "G10": "日"}[unit])
    s.fields.append(
        {
            "label": "结案日期 年/月/日",
            "cell": f"{s.ws.title}!B10:G10",
            "value": " | ".join(f"{v} | {u}" for v, u in zip(d["closed"], "年月日", strict=True)),
            "path": "closed_date",
            "expect": "{:04d}-{:02d}-{:02d}".format(*d["closed"]),
            "note": "figures between pre-printed 年/月/日 cells",
        }
    )
    s.text("A11", "客户要求", bold=True)
    s.value(
        "B11", d["request"], path="customer_request", label="客户要求", expect=d["request_expect"], span="H11",
        note="the clerk's own words: each request's word leads its part, with how much after it",
    )  # fmt: skip


COMPLAINT_ZH_LIANLUO_B = [
    dict(
        number="YC-2610-031",
        registered="2026-10-12（补登）",
        registered_iso="2026-10-12",
        customer="宁波东力电机",
        part_no="DL-HS-220",
        defect="45（其中气孔 30）",
        defect_expect=45,
        finder="孙悦 138-1234-5678",
        finder_name="孙悦",
        description="客户来料检验发现压铸壳体气孔，45 件不良。",
        cause="压铸模温偏低，排气槽堵塞导致气孔。",
        short="库存 1,800 件全数 X 光检查，不良品隔离报废。",
        long="模温机设定上调 20℃，排气槽每班清理并点检。",
        closed=(2026, 10, 28),
        request="退货，补发同等数量",
        request_expect=["return", "resupply"],
    ),
    dict(
        number="YC-2611-004",
        registered="2026-11-02（电话通知）",
        registered_iso="2026-11-02",
        customer="常州华阳电器",
        part_no="HY-CV-118",
        defect="12（含变形 5）",
        defect_expect=12,
        finder="陈可 139-8765-4321",
        finder_name="陈可",
        description="盖板安装孔位偏移 0.5 mm，12 件无法装配。",
        cause="冲孔模定位销磨损。",
        short="在库 600 件全检孔位。",
        long="定位销改为每 10 万次更换。",
        closed=(2026, 11, 20),
        request="换货12件",
        request_expect=["replacement"],
    ),
]


def return_en_debit(s: Sheet, d: dict) -> None:
    """An English goods return / debit note: 'Return No.:' and 'Issued:' typed with their
    values in one cell, 'Bill From / Customer' over the customer's name and address, 'Customer
    complaint no.', a line table with 'Qty' over 'Approved | Returned' and 'Extended price'."""
    s.text("A1", "GOODS RETURN / DEBIT NOTE", "G1", size=13)
    s.value("A2", d["number"], prefix="Return No.: ", path="number", label="Return No.:", span="C2")
    s.value(
        "D2", d["issued"], prefix="Issued: ", path="issue_date", label="Issued:", expect=d["issued_iso"], span="G2",
        note="label and value in one cell",
    )  # fmt: skip
    s.text("A3", "Bill From / Customer", "C3", bold=True, shade=True)
    s.text("D3", "Customer complaint no.", "G3", bold=True, shade=True)
    s.value(
        "A4", f"{d['customer']}\n{d['address']}", path="customer", label="Bill From / Customer",
        expect=d["customer"], span="C4", note="name over its address in one cell",
    )  # fmt: skip
    s.height(4, 30)
    s.value("D4", d["complaint"], path="complaint_number", label="Customer complaint no.", span="G4")
    for ref, text, span in (("A5", "Part No.", "A6"), ("B5", "Description", "B6"), ("C5", "Qty", "D5"),
                            ("E5", "Unit Price", "E6"), ("F5", "Extended price", "F6"), ("G5", "Remarks", "G6")):  # fmt: skip
        s.text(ref, text, span, bold=True, shade=True, center=True)
    s.text("C6", "Approved", bold=True, shade=True, center=True)
    s.text("D6", "Returned", bold=True, shade=True, center=True)
    for i, (pn, name, appr, ret, price, ext) in enumerate(d["items"]):
        r = 7 + i
        s.value(f"A{r}", pn, path=f"items[{i}].part_no", label="Part No.")
        s.value(f"B{r}", name, path=f"items[{i}].part_name", label="Description")
        s.value(f"C{r}", appr, path=f"items[{i}].qty_approved", label="Qty / Approved", note="two-row header")
        s.value(f"D{r}", ret, path=f"items[{i}].qty_returned", label="Qty / Returned", note="two-row header")
        s.value(f"E{r}", price, path=f"items[{i}].unit_price", label="Unit Price", expect=money(price))
        s.value(f"F{r}", ext, path=f"items[{i}].amount", label="Extended price", expect=money(ext))
    s.box("A9", "G9")
    s.text("A10", "Reason", bold=True)
    s.value("B10", d["reason"], path="reason", label="Reason", span="G10")
    s.text("A11", "Disposition", bold=True)
    s.value("B11", d["disp"], path="handling", label="Disposition", expect=d["disp_expect"], span="G11")


RETURN_EN_DEBIT = [
    dict(
        number="GR-26-1104",
        issued="2026-10-06",
        issued_iso="2026-10-06",
        customer="Keller Haustechnik GmbH",
        address="Gewerbestraße 8, 79108 Freiburg",
        complaint="QC-2609-141",
        items=[
            ("KH-VLV-15", "Ball valve DN15", 300, 296, "4.20", "1243.20"),
            ("KH-VLV-20", "Ball valve DN20", 120, 120, "5.60", "672.00"),
        ],
        reason="Handle loose after torque test; returned for rework.",
        disp="Rework",
        disp_expect=["rework"],
    ),
    dict(
        number="GR-26-1187",
        issued="2026-10-27",
        issued_iso="2026-10-27",
        customer="Aalto Plumbing Oy",
        address="Satamakatu 3, 00160 Helsinki",
        complaint="QC-2610-022",
        items=[
            ("KH-FIT-10", "Press fitting 10 mm", 800, 780, "0.90", "702.00"),
            ("KH-FIT-12", "Press fitting 12 mm", 400, 400, "1.10", "440.00"),
        ],
        reason="O-ring missing on part of the lot.",
        disp="Scrap",
        disp_expect=["scrap"],
    ),
]


def allowance_zh_zherang_b(s: Sheet, d: dict) -> None:
    """销售折让单 of a fastener maker: '单据编号：' in a cell with its value, the buyer's and the
    seller's rows each with a '税号' label (the same label twice, after an address cell), the
    invoice code and number typed together under '原发票代码/号码', '开票日期' for the invoice's
    date, '关联客诉' for the complaint, a 合计 line with a figure under each column, the total
    with a note in brackets."""
    s.text("A1", "销 售 折 让 单", "H1", size=14)
    s.value("A2", d["number"], prefix="单据编号：", path="number", label="单据编号：", span="D2")
    s.value(
        "E2", d["date"], prefix="日期：", path="issue_date", label="日期：", expect=d["date_iso"], span="H2",
    )  # fmt: skip
    for r, head, who, tax, path, tpath in (
        (3, "购货单位", d["buyer"], d["buyer_tax"], "buyer", "buyer_tax_id"),
        (4, "销货单位", d["seller"], d["seller_tax"], "seller.name", "seller.tax_id"),
    ):
        s.text(f"A{r}", head, bold=True)
        s.value(f"B{r}", who, path=path, label=head, span=f"D{r}")
        s.text(f"E{r}", "税号", bold=True)
        s.value(
            f"F{r}", tax, path=tpath, label=f"税号 ({head})", span=f"H{r}", note="the same label in both rows"
        )
    s.text("A5", "原发票代码/号码", bold=True)
    s.value(
        "B5", f"{d['inv_code']} / {d['inv_no']}", path="invoice_no", label="原发票代码/号码", expect=d["inv_no"],
        span="D5", note="code and number typed together; the number is the second",
    )  # fmt: skip
    s.text("E5", "开票日期", bold=True)
    s.value("F5", d["inv_date"], path="invoice_date", label="开票日期", span="H5", fmt='yyyy"年"m"月"d"日"')
    s.text("A6", "关联客诉", bold=True)
    s.value("B6", d["complaint"], path="complaint_number", label="关联客诉", span="D6")
    for ref, text in zip("ABCDE", ["货物名称", "数量", "单价", "折让金额", "税额"], strict=True):
        s.text(f"{ref}7", text, shade=True, center=True)
    for i, (name, qty, price, amt, tax) in enumerate(d["items"]):
        r = 8 + i
        s.value(f"A{r}", name, path=f"items[{i}].name", label="货物名称")
        s.value(f"B{r}", qty, path=f"items[{i}].qty", label="数量")
        s.value(f"C{r}", price, path=f"items[{i}].unit_price", label="单价", expect=money(price))
        s.value(f"D{r}", amt, path=f"items[{i}].allowance_amount", label="折让金额", expect=money(amt))
        s.value(f"E{r}", tax, path=f"items[{i}].tax", label="税额", expect=money(tax))
    excl, taxes = (sum(Decimal(it[k]) for it in d["items"]) for k in (3, 4))
    s.text("A9", "合计", bold=True)
    s.value("D9", f"{excl:.2f}", path="total_excl_tax", label="合计 / 折让金额", expect=money(excl))
    s.value(
        "E9", f"{taxes:.2f}", path="total_tax", label="合计 / 税额", expect=money(taxes),
        note="the second figure of the totals line, under the 税额 column",
    )  # fmt: skip
    s.text("A10", "价税合计", bold=True)
    s.value(
        "B10", d["total"], path="total", label="价税合计", expect=d["total_expect"], span="D10",
        note="a note in brackets after the amount",
    )  # fmt: skip


ALLOWANCE_ZH_B = [
    dict(
        number="ZR-2610-014",
        date="2026-10-09",
        date_iso="2026-10-09",
        buyer="温州宏达阀门有限公司",
        buyer_tax="91330300MA2H4K8L1P",
        seller="海盐精密紧固件有限公司",
        seller_tax="91330424MA29C6D33X",
        inv_code="3300262130",
        inv_no="01187342",
        inv_date=dt.date(2026, 9, 21),
        complaint="KS-2609-088",
        items=[("不锈钢螺栓 M8×30", 5000, "0.40", "200.00", "26.00")],
        total="226.00（含税）",
        total_expect="226.00",
    ),
    dict(
        number="ZR-2611-002",
        date="2026-11-03",
        date_iso="2026-11-03",
        buyer="台州永安机电有限公司",
        buyer_tax="91331000MA2K7P5Q9R",
        seller="海盐精密紧固件有限公司",
        seller_tax="91330424MA29C6D33X",
        inv_code="3300262130",
        inv_no="01190056",
        inv_date=dt.date(2026, 10, 15),
        complaint="KS-2610-031",
        items=[("法兰螺母 M10", 8000, "0.25", "200.00", "26.00")],
        total="226.00（含税）",
        total_expect="226.00",
    ),
]


def allowance_en_credit_note(s: Sheet, d: dict) -> None:
    """An English credit note of an exporter: the seller's name and 'Tax ID:' in the letterhead
    (no label names the seller), the buyer's 'VAT No.:' in the Bill To block, a line table with a
    leading 'No.' column (1, 2, 3) beside 'Description', a 'Subtotal' row between two groups of
    lines, '— blank below —' before the totals, the credit written negative '(1,200.00)',
    sign-off titles in a row above the names; an accounting package's words: `Our Ref.`, a
    `Credit` column."""
    s.text("A1", d["seller"], "D1", bold=True)
    s.text("A2", f"Tax ID: {d['seller_tax']}", "D2")
    s.text("E1", "CREDIT NOTE", "G1", size=13)
    s.text("A4", "Bill To:", "C4", bold=True)
    s.value("A5", d["buyer"], path="buyer", label="Bill To:", span="C5")
    s.value(
        "A6", d["buyer_tax"], prefix="VAT No.: ", path="buyer_tax_id", label="VAT No.:", span="C6",
        note="the buyer's tax id in the buyer's block; the letterhead's is the seller's",
    )  # fmt: skip
    s.text("E4", "Credit Note No.", bold=True)
    s.value("F4", d["number"], path="number", label="Credit Note No.", span="G4")
    s.text("E5", "Our Ref.", bold=True)
    s.value("F5", d["complaint"], path="complaint_number", label="Our Ref.", span="G5")
    s.text("E6", "Ref. Invoice No.", bold=True)
    s.value("F6", d["invoice"], path="invoice_no", label="Ref. Invoice No.", span="G6")
    for ref, text in zip("ABCDEF", ["No.", "Description", "Qty", "Unit Price", "Credit", "VAT"], strict=True):
        s.text(f"{ref}8", text, bold=True, shade=True, center=True)
    r, k = 9, 0
    for g, group in enumerate(d["groups"]):
        for name, qty, price, amt, tax in group:
            s.text(f"A{r}", str(k + 1))
            s.value(f"B{r}", name, path=f"items[{k}].name", label="Description", note="beside a No. column")
            s.value(f"C{r}", qty, path=f"items[{k}].qty", label="Qty")
            s.value(f"D{r}", price, path=f"items[{k}].unit_price", label="Unit Price", expect=money(price))
            s.value(
                f"E{r}", f"({Decimal(amt):,.2f})", path=f"items[{k}].allowance_amount", label="Credit",
                expect=money(amt), note="written negative in brackets",
            )  # fmt: skip
            s.value(f"F{r}", tax, path=f"items[{k}].tax", label="VAT", expect=money(tax))
            r, k = r + 1, k + 1
        if g < len(d["groups"]) - 1:
            s.text(f"B{r}", "Subtotal", bold=True)
            s.text(f"E{r}", f"({sum(Decimal(x[3]) for x in group):,.2f})")
            r += 1
    s.text(f"B{r}", "— blank below —", center=True)
    r += 2
    s.text(f"B{r}", "TOTAL CREDIT", bold=True)
    s.value(
        f"E{r}",
        f"({Decimal(d['total']):,.2f})",
        path="total_excl_tax",
        label="TOTAL CREDIT",
        expect=money(d["total"]),
    )
    r += 2
    s.text(f"A{r}", "Prepared by", bold=True, shade=True)
    s.text(f"C{r}", "Sales Manager", bold=True, shade=True)
    s.text(f"E{r}", "General Manager", bold=True, shade=True)
    s.text(f"A{r + 1}", d["prepared"])
    s.value(f"C{r + 1}", d["manager"], path="approved_by_manager", label="Sales Manager")
    s.value(f"E{r + 1}", d["gm"], path="approved_by_gm", label="General Manager")
    s.fields.insert(0, {
        "label": "(letterhead)", "cell": f"{s.ws.title}!A1", "value": d["seller"], "path": "seller.name",
        "expect": d["seller"], "note": "the company heading the page, no label",
    })  # fmt: skip
    s.fields.insert(1, {
        "label": "Tax ID:", "cell": f"{s.ws.title}!A2", "value": d["seller_tax"], "path": "seller.tax_id",
        "expect": d["seller_tax"], "note": "in the letterhead: the seller's",
    })  # fmt: skip


ALLOWANCE_EN_CREDIT_NOTE = [
    dict(
        seller="Jiaxing Ruifeng Bearing Co., Ltd.",
        seller_tax="91330400MA2JD8RT6W",
        buyer="Sorensen Drives A/S",
        buyer_tax="DK 3318 7720",
        number="CN-26-0412",
        complaint="SD-QC-2609-07",
        invoice="RF-INV-26-3310",
        groups=[
            [("Price allowance, bearing 6204-2RS, lot 2607B", 4000, "0.30", "1200.00", "156.00")],
            [
                ("Price allowance, bearing 6205-2RS", 1500, "0.40", "600.00", "78.00"),
                ("Price allowance, bearing 6206-ZZ", 500, "0.60", "300.00", "39.00"),
            ],
        ],
        total="2100.00",
        prepared="Li Ting",
        manager="Zhou Wen",
        gm="Ruan Jianguo",
    ),
    dict(
        seller="Jiaxing Ruifeng Bearing Co., Ltd.",
        seller_tax="91330400MA2JD8RT6W",
        buyer="Halvorsen Maskin AS",
        buyer_tax="NO 987 654 321 MVA",
        number="CN-26-0455",
        complaint="HM-2610-15",
        invoice="RF-INV-26-3477",
        groups=[
            [("Price allowance, bearing 6303-2RS", 2000, "0.25", "500.00", "65.00")],
            [
                ("Price allowance, bearing 6304-ZZ", 1000, "0.35", "350.00", "45.50"),
                ("Price allowance, bearing 6305-ZZ", 400, "0.50", "200.00", "26.00"),
            ],
        ],
        total="1050.00",
        prepared="Li Ting",
        manager="Zhou Wen",
        gm="Ruan Jianguo",
    ),
]


def return_zht_groups(s: Sheet, d: dict) -> None:
    """銷貨退回單 of a bicycle-parts maker: labels in shaded cells above their values, a line table
    with a leading 項次 column, a 小計 row after each delivery note's lines and a 註： note between
    the groups, 以下空白 before 合計, [V] marks for 處理方式, and the sign-off titles 核准 / 倉管簽收 /
    簽收日期 in one row above the names."""
    s.text("A1", "銷 貨 退 回 單", "H1", size=14)
    for ref, text, vref, val, path in (
        ("A2", "退貨單號", "A3", d["number"], "number"),
        ("C2", "客戶名稱", "C3", d["customer"], "customer"),
        ("F2", "客訴單號", "F3", d["complaint"], "complaint_number"),
    ):
        span = {"A2": "B2", "C2": "E2", "F2": "H2"}[ref]
        s.text(ref, text, span, bold=True, shade=True, center=True)
        s.value(vref, val, path=path, label=text, span=span.replace("2", "3"))
    for ref, text in zip(
        "ABCDEFGH", ["項次", "料號", "品名規格", "單位", "實收數量", "單價", "金額", "備註"], strict=True
    ):
        s.text(f"{ref}5", text, bold=True, shade=True, center=True)
    r, k = 6, 0
    for g, group in enumerate(d["groups"]):
        if g:
            s.text(f"A{r}", f"註：第 {k + 1} 項起為另一出貨單", f"H{r}")
            r += 1
        for pn, name, unit, qty, price, amt in group:
            s.text(f"A{r}", str(k + 1), center=True)
            s.value(f"B{r}", pn, path=f"items[{k}].part_no", label="料號")
            s.value(f"C{r}", name, path=f"items[{k}].part_name", label="品名規格")
            s.value(f"D{r}", unit, path=f"items[{k}].unit", label="單位")
            s.value(
                f"E{r}",
                qty,
                path=f"items[{k}].qty_returned",
                label="實收數量",
                note="after a 小計 row" if g else None,
            )
            s.value(f"F{r}", price, path=f"items[{k}].unit_price", label="單價", expect=money(price))
            s.value(f"G{r}", amt, path=f"items[{k}].amount", label="金額", expect=money(amt))
            r, k = r + 1, k + 1
        s.text(f"C{r}", "小計", bold=True, center=True)
        s.text(f"E{r}", str(sum(x[3] for x in group)))
        r += 1
    s.text(f"C{r}", "以下空白", center=True)
    r += 1
    s.text(f"C{r}", "合計", bold=True, center=True)
    r += 2
    s.text(f"A{r}", "處理方式", "B" + str(r), bold=True, shade=True)
    s.value(
        f"C{r}", "  ".join(("[V]" if o == d["handling"] else "[ ]") + o for o in ("重工", "報廢", "換貨", "降級")),
        path="handling", label="處理方式", expect=[d["handling_key"]], span=f"H{r}", note="[V] marks a ticked box",
    )  # fmt: skip
    r += 2
    for ref, text in (("A", "核准"), ("C", "倉管簽收"), ("E", "簽收日期"), ("G", "業務")):
        s.text(f"{ref}{r}", text, f"{chr(ord(ref) + 1)}{r}", bold=True, shade=True, center=True)
    s.value(
        f"A{r + 1}", d["approver"], path="approved_by", label="核准", span=f"B{r + 1}", note="beside 倉管簽收"
    )
    s.value(f"C{r + 1}", d["receiver"], path="warehouse_receiver", label="倉管簽收", span=f"D{r + 1}")
    s.value(f"E{r + 1}", d["received"], path="received_date", label="簽收日期", span=f"F{r + 1}")
    s.text(f"G{r + 1}", d["sales"], f"H{r + 1}")


RETURN_ZHT_GROUPS = [
    dict(
        number="RT-2610-0218",
        customer="捷安特股份有限公司",
        complaint="CC-1002-11",
        groups=[
            [("GL-SH-2201", "變速把手 右 11速", "組", 120, "210.00", "25200.00")],
            [
                ("GL-BR-1180", "煞車拉桿 碳纖", "支", 40, "150.00", "6000.00"),
                ("GL-BR-1181", "煞車拉桿 鋁合金", "支", 60, "95.00", "5700.00"),
            ],
        ],
        handling="換貨",
        handling_key="replace",
        approver="郭志成",
        receiver="賴淑芬",
        received=dt.date(2026, 10, 8),
        sales="蘇建宏",
    ),
    dict(
        number="RT-2611-0035",
        customer="美利達工業股份有限公司",
        complaint="CC-1104-02",
        groups=[
            [("GL-SH-2202", "變速把手 左 11速", "組", 80, "210.00", "16800.00")],
            [("GL-BR-1190", "煞車拉桿 短版", "支", 30, "88.00", "2640.00")],
        ],
        handling="重工",
        handling_key="rework",
        approver="郭志成",
        receiver="林雅惠",
        received=dt.date(2026, 11, 6),
        sales="蘇建宏",
    ),
]


# =============================================================================== the corpus
Draw = Callable[[Sheet, dict], None]
LAYOUTS: list[dict[str, Any]] = [
    dict(
        id="complaint-zh-kehu-tousu",
        kind="complaint",
        language="zh-Hans",
        draw=complaint_kehu_tousu,
        data=COMPLAINT_KEHU,
        sheet="投诉处理单",
        widths=dict(A=12, B=14, C=12, D=12, E=12, F=14, G=10, H=14),
        imitates="客户投诉处理单 of an automotive component maker",
        unmapped=["品保确认"],
    ),
    dict(
        id="complaint-zh-kesu-jilu",
        kind="complaint",
        language="zh-Hans",
        draw=complaint_kesu_jilu,
        data=COMPLAINT_JILU,
        sheet="客诉记录",
        widths=dict(A=13, B=14, C=22, D=13, E=11, F=13, G=12, H=12),
        imitates="客诉记录及处理表 (a register-style sheet, headings above values)",
        unmapped=["审核"],
    ),
    dict(
        id="complaint-zh-old-factory",
        kind="complaint",
        language="zh-Hans",
        draw=complaint_old_factory,
        data=COMPLAINT_OLD,
        sheet="Sheet1",
        widths=dict(A=11, B=22, C=11, D=18, E=11, F=22),
        imitates="the factory's own older (2015) 客户抱怨处理单",
        unmapped=[],
    ),
    dict(
        id="complaint-zh-pinzhi-yichang",
        kind="complaint",
        language="zh-Hans",
        draw=complaint_pinzhi_yichang,
        data=COMPLAINT_PINZHI,
        sheet="异常处理单",
        widths=dict(A=12, B=10, C=18, D=14, E=10, F=10, G=10, H=10),
        imitates="客户品质异常处理单 of a sheet-metal supplier (split date and category columns)",
        unmapped=[],
    ),
    dict(
        id="complaint-en-customer",
        kind="complaint",
        language="en",
        draw=complaint_en_customer,
        data=COMPLAINT_EN,
        sheet="Complaint",
        widths=dict(A=22, B=26, C=14, D=20, E=26, F=14),
        imitates="an English customer complaint form (EMS customer)",
        unmapped=[],
    ),
    dict(
        id="8d-zh-customer",
        kind="8d",
        language="zh-Hans",
        draw=eightd_zh_customer,
        data=EIGHTD_ZH,
        sheet="8D报告",
        widths=dict(A=24, B=12, C=12, D=10, E=12, F=14),
        imitates="a car maker's Chinese 8D template (一、…八、 sections)",
        unmapped=["职务"],
    ),
    dict(
        id="8d-zht-supplier",
        kind="8d",
        language="zh-Hant",
        draw=eightd_zht,
        data=EIGHTD_ZHT,
        sheet="8D",
        widths=dict(A=14, B=14, C=12, D=14, E=12, F=16),
        imitates="a Taiwanese customer's 8D 矯正措施報告書 in traditional script",
        unmapped=[],
    ),
    dict(
        id="8d-zht-scar-steps",
        kind="8d",
        language="zh-Hant",
        draw=eightd_zht_scar_steps,
        data=EIGHTD_ZHT_SCAR_STEPS,
        sheet="SCAR",
        widths=dict(A=16, B=34, C=18, D=20),
        imitates="a Taiwanese SCAR typed in Word, one table row per step (負責人：/完成： in the cells beside)",
        unmapped=["甲、客戶填寫", "乙、供應商回覆", "丙、結案"],
    ),
    dict(
        id="8d-en-scar",
        kind="8d",
        language="en",
        draw=eightd_en_scar,
        data=EIGHTD_SCAR,
        sheet="SCAR",
        widths=dict(A=30, B=16, C=14, D=12, E=12, F=14, G=14),
        imitates="an automotive OEM's SCAR / 8D in English",
        unmapped=["Supplier", "Implemented"],
    ),
    dict(
        id="8d-en-compact",
        kind="8d",
        language="en",
        draw=eightd_en_compact,
        data=EIGHTD_COMPACT,
        sheet="8D",
        widths=dict(A=24, B=26, C=24, D=26),
        imitates="a compact one-page English 8D with 'Label: value' cells",
        unmapped=[],
    ),
    dict(
        id="8d-en-summary",
        kind="8d",
        language="en",
        draw=eightd_en_summary,
        data=EIGHTD_SUMMARY,
        sheet="8D Form",
        widths=dict(A=16, B=30, C=16, D=34),
        imitates="the one-page summary sheet of an English 8D workbook",
        unmapped=["Product Name:"],
    ),
    dict(
        id="8d-zh-blocks",
        kind="8d",
        language="zh-Hans",
        draw=eightd_zh_blocks,
        data=EIGHTD_BLOCKS,
        sheet="8D",
        widths=dict(A=14, B=22, C=12, D=22, E=12, F=16),
        imitates="a supplier's Chinese 8D in discipline blocks (text under 【Dn】 headings, roles as labels, a vertical D6)",
        unmapped=[],
    ),
    dict(
        id="8d-de-a3",
        kind="8d",
        language="de",
        draw=eightd_de_a3,
        data=EIGHTD_DE,
        sheet="8D-Bericht",
        widths=dict(A=16, B=14, C=30, D=14, E=16, F=40, G=18, H=14),
        imitates="a German customer's one-sheet 8D-Bericht in two columns (VDA headings)",
        unmapped=[],
    ),
    dict(
        id="return-zh-chengpin",
        kind="return",
        language="zh-Hans",
        draw=return_chengpin,
        data=RETURN_CHENGPIN,
        sheet="退货单",
        widths=dict(A=13, B=16, C=7, D=10, E=12, F=10, G=10, H=8),
        imitates="成品退货单 of an appliance parts maker",
        unmapped=[],
    ),
    dict(
        id="return-zh-shenqing",
        kind="return",
        language="zh-Hans",
        draw=return_shenqing,
        data=RETURN_SHENQING,
        sheet="退货申请",
        widths=dict(A=12, B=16, C=18, D=10, E=14, F=14),
        imitates="退货申请单 of a distributor (quantities in K)",
        unmapped=["项次", "退货原因 (options)"],
    ),
    dict(
        id="return-en-rma",
        kind="return",
        language="en",
        draw=return_en_rma,
        data=RETURN_RMA,
        sheet="RMA",
        widths=dict(A=22, B=24, C=8, D=14, E=14, F=16),
        imitates="an English RMA / goods return note",
        unmapped=[],
    ),
    dict(
        id="allowance-zh-xiaohuo",
        kind="allowance",
        language="zh-Hans",
        draw=allowance_zh,
        data=ALLOWANCE_ZH,
        sheet="折让证明单",
        widths=dict(A=16, B=13, C=12, D=14, E=10, F=12, G=22),
        imitates="销货折让证明单 of a trading company",
        unmapped=["备注"],
    ),
    dict(
        id="allowance-zht-tw-boxes",
        kind="allowance",
        language="zh-Hant",
        draw=allowance_zht_tw,
        data=ALLOWANCE_TW,
        sheet="折讓證明單",
        widths={
            **{c: 5 for c in "ABCDEF"},
            "D": 6,
            "E": 11,
            "F": 7,
            "G": 20,
            "H": 7,
            "I": 7,
            "J": 11,
            "K": 9,
            "L": 4,
            "M": 6,
            "N": 4,
        },
        imitates="the Taiwanese statutory 營業人銷貨退回進貨退出或折讓證明單",
        unmapped=["聯式", "字軌", "號碼 (split)", "備註"],
    ),
]


LAYOUTS.extend(
    [
        dict(
            id="complaint-en-claim",
            kind="complaint",
            language="en",
            draw=complaint_en_claim,
            data=COMPLAINT_EN_CLAIM,
            sheet="Claim",
            widths=dict(A=16, B=16, C=14, D=16, E=16, F=16),
            imitates="an English supplier quality claim (OEM)",
            unmapped=[],
        ),
        dict(
            id="complaint-zh-lianluo-b",
            kind="complaint",
            language="zh-Hans",
            draw=complaint_zh_lianluo_b,
            data=COMPLAINT_ZH_LIANLUO_B,
            sheet="异常联络",
            widths=dict(A=12, B=10, C=6, D=12, E=10, F=10, G=10, H=16),
            imitates="质量异常联络单 of a die-casting plant",
            unmapped=["纠正措施：（责任单位填写）"],
        ),
        dict(
            id="return-en-debit",
            kind="return",
            language="en",
            draw=return_en_debit,
            data=RETURN_EN_DEBIT,
            sheet="Return",
            widths=dict(A=14, B=20, C=11, D=11, E=11, F=14, G=12),
            imitates="an English goods return / debit note",
            unmapped=["Remarks"],
        ),
        dict(
            id="8d-en-supplier-sqa",
            kind="8d",
            language="en",
            draw=eightd_en_supplier_sqa,
            data=EIGHTD_SUPPLIER_SQA,
            sheet="8D",
            widths=dict(A=18, B=14, C=12, D=24, E=14, F=16),
            imitates="a supplier's one-page English 8D for a customer's SQA (stock counts sharing the D3 header, cause lines with their shares)",
            unmapped=[],
        ),
        dict(
            id="allowance-zh-zherang-b",
            kind="allowance",
            language="zh-Hans",
            draw=allowance_zh_zherang_b,
            data=ALLOWANCE_ZH_B,
            sheet="折让单",
            widths=dict(A=18, B=10, C=10, D=12, E=10, F=10, G=10, H=10),
            imitates="销售折让单 of a fastener maker",
            unmapped=[],
        ),
        dict(
            id="allowance-en-exporter-credit",
            kind="allowance",
            language="en",
            draw=allowance_en_credit_note,
            data=ALLOWANCE_EN_CREDIT_NOTE,
            sheet="Credit Note",
            widths=dict(A=8, B=40, C=9, D=11, E=15, F=10, G=14),
            imitates="an English credit note of an exporter (letterhead, No. column, subtotal, negative credit)",
            unmapped=["Prepared by"],
        ),
        dict(
            id="return-zht-groups",
            kind="return",
            language="zh-Hant",
            draw=return_zht_groups,
            data=RETURN_ZHT_GROUPS,
            sheet="退貨單",
            widths=dict(A=8, B=12, C=18, D=6, E=10, F=10, G=12, H=10),
            imitates="銷貨退回單 of a bicycle-parts maker (小計 rows, 以下空白, [V] marks, sign-off titles in a row)",
            unmapped=["項次", "業務", "合計", "備註"],
        ),
    ]
)


def allowance_en_usd_debit(s: Sheet, d: dict) -> None:
    """A US customer's price-allowance debit memo in dollars: dates with a two-digit year
    (``9/14/26``, ``8/27/26``), ``Unit Price (USD)``, lines without tax, no rate field: the rate
    is only in the label ``Sales Tax 6%`` of the totals column (Subtotal / Sales Tax 6% / Total
    (USD)), which the stated tax confirms; no amount in words (none is made up in 人民币)."""
    s.text("A1", "DEBIT MEMO — PRICE ALLOWANCE", "F1", size=14, bold=True)
    rows = [
        ("A3", "Debit Memo No.", "B3", d["number"], "number", None),
        ("D3", "Date", "E3", d["date"], "issue_date", d["date_iso"]),
        ("A4", "Vendor:", "B4", d["seller"], "seller.name", None),
        ("D4", "Vendor Tax ID:", "E4", d["seller_tax"], "seller.tax_id", None),
        ("A5", "Buyer:", "B5", d["buyer"], "buyer", None),
        ("D5", "Buyer Tax ID:", "E5", d["buyer_tax"], "buyer_tax_id", None),
        ("A6", "Complaint Ref.:", "B6", d["complaint"], "complaint_number", None),
        ("D6", "Invoice No.", "E6", d["invoice"], "invoice_no", None),
        ("D7", "Invoice Date", "E7", d["invoice_date"], "invoice_date", d["invoice_date_iso"]),
    ]
    for ref, text, vref, val, path, exp in rows:
        s.text(ref, text, bold=True, shade=True)
        span = {"B": "C", "E": "F"}[vref[0]] + vref[1:]
        note = "a two-digit year, this century's like the form's other dates" if exp else None
        s.value(vref, val, path=path, label=text, span=span, expect=exp, note=note)
    for ref, text in zip("ABCDEF", ["Description", "", "Qty", "Unit Price (USD)", "Amount", ""], strict=True):
        if text:
            s.text(f"{ref}9", text, bold=True, shade=True, center=True)
    r = 10
    for k, (name, qty, price, amt) in enumerate(d["lines"]):
        s.value(f"A{r}", name, path=f"items[{k}].name", label="Description", span=f"B{r}")
        s.value(f"C{r}", qty, path=f"items[{k}].qty", label="Qty")
        s.value(f"D{r}", price, path=f"items[{k}].unit_price", label="Unit Price (USD)", expect=money(price))
        s.value(f"E{r}", f"{Decimal(amt):,.2f}", path=f"items[{k}].allowance_amount", label="Amount",
                expect=money(amt))  # fmt: skip
        r += 1
    excl = sum(Decimal(x[3]) for x in d["lines"])
    tax = (excl * Decimal("0.06")).quantize(Decimal("0.01"))
    r += 1
    for label_text, value, path in (
        ("Subtotal", excl, "total_excl_tax"),
        ("Sales Tax 6%", tax, "total_tax"),
        ("Total (USD)", excl + tax, "total"),
    ):
        s.text(f"D{r}", label_text, bold=True)
        s.value(f"E{r}", f"{value:,.2f}", path=path, label=label_text, expect=money(value))
        if path == "total_tax":
            s.fields.append({
                "label": "Sales Tax 6%", "cell": f"{s.ws.title}!D{r}", "value": "Sales Tax 6%",
                "path": "tax_rate", "expect": "0.06",
                "note": "no rate field: the rate the stated tax was computed at from the subtotal",
            })  # fmt: skip
        r += 1
    r += 1
    s.text(f"A{r}", "Purchasing Manager", bold=True, shade=True)
    s.text(f"D{r}", "General Manager", bold=True, shade=True)
    s.value(
        f"A{r + 1}", d["manager"], path="approved_by_manager", label="Purchasing Manager", span=f"B{r + 1}"
    )
    s.value(f"D{r + 1}", d["gm"], path="approved_by_gm", label="General Manager", span=f"E{r + 1}")


ALLOWANCE_EN_USD_DEBIT = [
    dict(
        number="DM-26-1044",
        date="9/14/26",
        date_iso="2026-09-14",
        seller="Ningbo Hengda Fan Motor Co., Ltd.",
        seller_tax="91330206MA2GQ4K18N",
        buyer="Lakeside Air Systems Inc.",
        buyer_tax="38-2294517",
        complaint="LAS-QN-26-118",
        invoice="HD-26-08871",
        invoice_date="8/27/26",
        invoice_date_iso="2026-08-27",
        lines=[
            ("Fan motor FM-120, price allowance 10%", 2000, "1.40", "2800.00"),
            ("Fan motor FM-160, price allowance 10%", 500, "2.10", "1050.00"),
        ],
        manager="T. Brennan",
        gm="M. Okafor",
    ),
    dict(
        number="DM-26-1109",
        date="10/21/26",
        date_iso="2026-10-21",
        seller="Ningbo Hengda Fan Motor Co., Ltd.",
        seller_tax="91330206MA2GQ4K18N",
        buyer="Lakeside Air Systems Inc.",
        buyer_tax="38-2294517",
        complaint="LAS-QN-26-131",
        invoice="HD-26-09342",
        invoice_date="9/30/26",
        invoice_date_iso="2026-09-30",
        lines=[("Fan motor FM-200, price allowance 8%", 1200, "0.95", "1140.00")],
        manager="T. Brennan",
        gm="M. Okafor",
    ),
]


LAYOUTS.append(
    dict(
        id="allowance-en-usd-debit",
        kind="allowance",
        language="en",
        draw=allowance_en_usd_debit,
        data=ALLOWANCE_EN_USD_DEBIT,
        sheet="Debit Memo",
        widths=dict(A=16, B=22, C=9, D=16, E=14, F=12),
        imitates="a US customer's price-allowance debit memo in dollars (two-digit years, the rate only in 'Sales Tax 6%')",
        unmapped=[],
    )
)


def complaint_zh_labels_right(s: Sheet, d: dict) -> None:
    """客户质量反馈单 of a spring maker laid out the other way round: each value in a wide cell on
    the left, its label in a shaded cell to the RIGHT (a column of labels at the right edge,
    nothing beyond them); a received date without its year (``9月12日``) among the form's dated
    values, an approximate quantity (``约12,000 pcs``), a requests cell in the clerk's words."""
    s.text("A1", "客户质量反馈单", "D1", size=14, bold=True)
    rows = [
        ("number", d["number"], "编号", None, None),
        ("received_date", d["received"], "反馈日期", d["received_iso"], "no year: the year of the ship date"),
        ("ship_date", d["shipped"], "出货日期", d["shipped_iso"], None),
        ("customer", d["customer"], "客户名称", None, None),
        ("part_no", d["part_no"], "料号", None, None),
        ("ship_qty", d["ship_qty"], "出货数量", d["ship_qty_expect"], "an approximate figure: 约"),
        ("defect_qty", d["defect_qty"], "不良数量", None, None),
        ("description", d["description"], "问题描述", None, None),
        (
            "customer_request",
            d["request"],
            "客户要求",
            d["request_expect"],
            "each request's word leads its part",
        ),
        ("responsible_unit", d["unit"], "责任部门", None, None),
    ]
    for i, (path, raw, label, expect, note) in enumerate(rows):
        r = 3 + i
        s.value(f"A{r}", raw, path=path, label=label, expect=expect, note=note, span=f"C{r}")
        s.text(f"D{r}", label, shade=True, bold=True)


COMPLAINT_ZH_LABELS_RIGHT = [
    dict(
        number="FK-2609-027",
        received="9月12日",
        received_iso="2026-09-12",
        shipped="2026-09-02",
        shipped_iso="2026-09-02",
        customer="苏州恒力弹簧科技有限公司",
        part_no="SP-3320-B",
        ship_qty="约12,000 pcs",
        ship_qty_expect=12000,
        defect_qty=360,
        description="压簧自由长度偏短 0.8 mm，装配后预压力不足。",
        request="退货，补发同等数量",
        request_expect=["return", "resupply"],
        unit="热处理车间",
    ),
    dict(
        number="FK-2610-004",
        received="10月9日",
        received_iso="2026-10-09",
        shipped="2026-09-28",
        shipped_iso="2026-09-28",
        customer="无锡金盛机电有限公司",
        part_no="SP-1108-A",
        ship_qty="约5000",
        ship_qty_expect=5000,
        defect_qty=75,
        description="拉簧钩部开口过大，挂装时脱落。",
        request="换货75件",
        request_expect=["replacement"],
        unit="成形车间",
    ),
]


LAYOUTS.append(
    dict(
        id="complaint-zh-labels-right",
        kind="complaint",
        language="zh-Hans",
        draw=complaint_zh_labels_right,
        data=COMPLAINT_ZH_LABELS_RIGHT,
        sheet="质量反馈",
        widths=dict(A=16, B=16, C=16, D=12),
        imitates="客户质量反馈单 of a spring maker with every label to the right of its value",
        unmapped=[],
    )
)


def eightd_zh_step_table(s: Sheet, d: dict) -> None:
    """An injection moulder's 8D整改报告 laid out as ONE step table: a header row naming the
    columns once (步骤 | 内容 | 责任人 | 计划日期 | 完成日期), then one row per discipline with its
    heading in the first cell, its text, owner and dates in the cells under the header; the
    causes as 发生原因 / 流出原因 rows inside D4; D7 a list of documents with the word 更新."""
    s.text("A1", "8D 整改报告", "F1", size=14)
    s.text("A2", "报告编号", shade=True)
    s.value("B2", d["number"], path="number", label="报告编号")
    s.text("C2", "客户", shade=True)
    s.value("D2", d["customer"], path="customer", label="客户", span="F2")
    s.text("A3", "产品料号", shade=True)
    s.value("B3", d["part_no"], path="part_no", label="产品料号")
    s.text("C3", "开单日期", shade=True)
    s.value("D3", d["opened"], path="opened_date", label="开单日期", fmt="yyyy-mm-dd")
    s.text("B5", "内容", "C5", bold=True, shade=True)
    for col, head in zip("ADEF", ["步骤", "责任人", "计划日期", "完成日期"]):
        s.text(f"{col}5", head, bold=True, shade=True)
    s.text("A6", "D2 问题描述", bold=True)
    s.value("B6", d["statement"], path="problem.statement", label="D2 问题描述", span="C6")
    s.height(6, 30)
    s.text("A7", "D3 临时措施", bold=True)
    s.value("B7", d["containment"], path="containment[*].action", label="D3 临时措施", span="C7")
    row = f"containment[action={d['containment']}]"
    s.value("D7", d["c_owner"], path=f"{row}.owner", label="责任人")
    s.value("E7", d["c_due"], path=f"{row}.due_date", label="计划日期", fmt="yyyy-mm-dd")
    s.value("F7", d["c_done"], path=f"{row}.done_date", label="完成日期", fmt="yyyy-mm-dd")
    s.height(7, 30)
    s.text("A8", "D4 原因分析", "A9", bold=True)
    s.text("B8", "发生原因")
    s.value("C8", d["occ"], path="root_cause[type=occurrence].cause", label="发生原因", span="F8")
    s.text("B9", "流出原因")
    s.value("C9", d["esc"], path="root_cause[type=escape].cause", label="流出原因", span="F9")
    s.text("A10", "D5 永久对策", bold=True)
    s.value("B10", d["action"], path="corrective_actions[*].action", label="D5 永久对策", span="C10")
    row = f"corrective_actions[action={d['action']}]"
    s.value("D10", d["a_owner"], path=f"{row}.owner", label="责任人")
    s.value("E10", d["a_due"], path=f"{row}.due_date", label="计划日期", fmt="yyyy-mm-dd")
    s.box("F10")
    s.height(10, 30)
    s.text("A11", "D7 预防再发", bold=True)
    s.value(
        "B11",
        d["docs"],
        path="prevention.documents_updated",
        label="D7 预防再发",
        expect=d["docs_expect"],
        span="C11",
        note="a list of documents ending with 更新",
    )
    s.text("A12", "D8 结案日期", bold=True)
    s.value("B12", d["closed"], path="closure.closed_date", label="D8 结案日期", fmt="yyyy-mm-dd")
    s.text("D12", "批准", shade=True)
    s.value("E12", d["approved"], path="closure.approved_by", label="批准", span="F12")


EIGHTD_ZH_STEP_TABLE = [
    dict(
        number="8D-ZS-26088",
        customer="苏州汇川联合动力系统有限公司",
        part_no="HC-CV-2210",
        opened=dt.date(2026, 9, 8),
        statement="端盖卡扣断裂，客户装配时 52 件破损，断口有缩痕。",
        containment="在库 6,000 件及在途 1,200 件全数拉力检查",
        c_owner="周明",
        c_due=dt.date(2026, 9, 10),
        c_done=dt.date(2026, 9, 9),
        occ="保压时间不足，卡扣根部缩痕，强度下降。",
        esc="出货检验只看外观，未做卡扣拉力测试。",
        action="保压时间由 2.0 秒改为 3.5 秒，首件加做拉力测试",
        a_owner="吴刚",
        a_due=dt.date(2026, 9, 25),
        docs="PFMEA、控制计划更新",
        docs_expect=["fmea", "control_plan"],
        closed=dt.date(2026, 10, 12),
        approved="郑晓红",
    ),
    dict(
        number="8D-ZS-26102",
        customer="宁波均胜汽车电子股份有限公司",
        part_no="JS-BK-0715",
        opened=dt.date(2026, 10, 14),
        statement="支架安装孔毛刺超标，客户线上 31 件无法装配。",
        containment="库存 4,500 件全数毛刺检查并返修",
        c_owner="钱丽",
        c_due=dt.date(2026, 10, 16),
        c_done=dt.date(2026, 10, 15),
        occ="冲头磨损未按计划更换，刃口间隙变大。",
        esc="终检未配置毛刺检具，目视漏检。",
        action="冲头每 8 万次强制更换，终检增加毛刺通止规",
        a_owner="孙强",
        a_due=dt.date(2026, 10, 30),
        docs="控制计划、作业指导书更新",
        docs_expect=["control_plan", "work_instruction"],
        closed=dt.date(2026, 11, 20),
        approved="冯建国",
    ),
]


LAYOUTS.append(
    dict(
        id="8d-zh-step-table",
        kind="8d",
        language="zh-Hans",
        draw=eightd_zh_step_table,
        data=EIGHTD_ZH_STEP_TABLE,
        sheet="8D",
        widths=dict(A=14, B=30, C=12, D=10, E=12, F=12),
        imitates="an injection moulder's 8D整改报告 as one step table (步骤 | 内容 | 责任人 | 计划日期 | 完成日期 over one row per discipline)",
        unmapped=["步骤", "内容"],
    )
)


def eightd_en_field_list(s: Sheet, d: dict) -> None:
    """An English 8D kept as a two-column Field / Entry list (a customer portal's export
    pasted into Excel): every discipline a row, and the columns of its action written as rows
    of their own named after it (``Containment Owner``, ``PCA Due Date``, ``D6 - Implementation
    Date``), dates as `d-mmm-yy` text."""
    s.text("A1", "8D CORRECTIVE ACTION REPORT", "B1", size=13)
    s.text("A2", "Field", bold=True, shade=True)
    s.text("B2", "Entry", bold=True, shade=True)
    rows = [
        ("8D No.", d["number"], "number", None),
        ("Customer", d["customer"], "customer", None),
        ("Part No.", d["part_no"], "part_no", None),
        ("Date Opened", d["opened"], "opened_date", d["opened_iso"]),
        ("D2 - Problem Description", d["statement"], "problem.statement", None),
        ("D3 - Containment", d["containment"], "containment[*].action", None),
        ("Containment Owner", d["c_owner"], f"containment[action={d['containment']}].owner", None),
        (
            "Containment Completed",
            d["c_done"],
            f"containment[action={d['containment']}].done_date",
            d["c_done_iso"],
        ),
        ("D5 - Permanent Corrective Action", d["action"], "corrective_actions[*].action", None),
        ("PCA Owner", d["a_owner"], f"corrective_actions[action={d['action']}].owner", None),
        ("PCA Due Date", d["a_due"], f"corrective_actions[action={d['action']}].due_date", d["a_due_iso"]),
        (
            "D6 - Implementation Date",
            d["implemented"],
            "implementation[*].implemented_date",
            d["implemented_iso"],
        ),
        ("D8 - Closure Date", d["closed"], "closure.closed_date", d["closed_iso"]),
        ("Approved By", d["approved"], "closure.approved_by", None),
    ]
    for r, (label, value, path, expect) in enumerate(rows, start=3):
        s.text(f"A{r}", label, shade=True)
        s.value(f"B{r}", value, path=path, label=label, expect=expect)


EIGHTD_EN_FIELD_LIST = [
    dict(
        number="8D-KT-2609",
        customer="Kingsway Tools Ltd",
        part_no="KT-DRV-118",
        opened="4-Sep-26",
        opened_iso="2026-09-04",
        statement="Drive shaft splines undersize on 46 of 1,200 shafts; gears slip under load.",
        containment="Sorted 3,400 shafts in stock with a spline ring gauge",
        c_owner="M. Patel",
        c_done="6-Sep-26",
        c_done_iso="2026-09-06",
        action="Hob replaced every 15,000 parts; spline gauge at the machine every hour",
        a_owner="D. Novak",
        a_due="20-Sep-26",
        a_due_iso="2026-09-20",
        implemented="18-Sep-26",
        implemented_iso="2026-09-18",
        closed="2-Oct-26",
        closed_iso="2026-10-02",
        approved="H. Lindqvist",
    ),
    dict(
        number="8D-KT-2614",
        customer="Brightwater Pumps Inc.",
        part_no="BW-IMP-330",
        opened="12-Oct-26",
        opened_iso="2026-10-12",
        statement="Impeller hub cracked on 9 of 600 pumps after pressure test.",
        containment="Pressure-tested all 1,150 impellers in stock and in transit",
        c_owner="S. Ahmed",
        c_done="14-Oct-26",
        c_done_iso="2026-10-14",
        action="Mould gate moved to the hub rib; X-ray sample of 5 parts per lot",
        a_owner="L. Chen",
        a_due="31-Oct-26",
        a_due_iso="2026-10-31",
        implemented="29-Oct-26",
        implemented_iso="2026-10-29",
        closed="16-Nov-26",
        closed_iso="2026-11-16",
        approved="R. Okafor",
    ),
]


LAYOUTS.append(
    dict(
        id="8d-en-field-list",
        kind="8d",
        language="en",
        draw=eightd_en_field_list,
        data=EIGHTD_EN_FIELD_LIST,
        sheet="8D",
        widths=dict(A=30, B=70),
        imitates="an English 8D kept as a Field / Entry list (an action's owner and dates as rows named after it)",
        unmapped=["Field", "Entry"],
    )
)


def complaint_en_caption_boxes(s: Sheet, d: dict) -> None:
    """An English customer complaint form whose print differs from its sheet: each answer in a
    box with a small caption in the unruled row under it (``1,250`` over ``Quantity Supplied
    (units)``), the next row a boxed ``Nature of complaint:`` line; a grey sign-off row of
    captions that the print fills as one band, over the names."""
    ws = s.ws
    no_border = Border()
    s.text("A1", "CUSTOMER COMPLAINT FORM", "D1", size=14, bold=True)

    def boxed(row: int, items: list[tuple[str | None, Any, str, Any]]) -> None:
        for (first, last), (path, raw, caption, expect) in zip((("A", "B"), ("C", "D"), ("E", "F")), items):
            s.value(f"{first}{row}", raw, path=path, label=caption, expect=expect, span=f"{last}{row}")
            ws.merge_cells(f"{first}{row + 1}:{last}{row + 1}")
            ws[f"{first}{row + 1}"] = caption
            ws[f"{first}{row + 1}"].font = Font(size=8)
            for col in "ABCDEF":
                ws[f"{col}{row + 1}"].border = no_border

    boxed(
        3,
        [
            ("number", d["number"], "Complaint Reference", None),
            ("received_date", d["received"], "Date Received", d["received_iso"]),
            ("customer", d["customer"], "Customer", None),
        ],
    )
    boxed(
        5,
        [
            ("part_no", d["part_no"], "Part No.", None),
            ("part_name", d["part_name"], "Part Description", None),
            ("lot_no", d["lot_no"], "Batch / Works Order No.", None),
        ],
    )
    boxed(
        7,
        [
            ("ship_qty", d["ship_qty"], "Quantity Supplied (units)", d["ship_qty_expect"]),
            ("defect_qty", d["defect_qty"], "Quantity Rejected (units)", None),
            ("order_no", d["order_no"], "Customer PO No.", None),
        ],
    )
    s.value(
        "A9",
        d["nature"],
        path="complaint_type",
        label="Nature of complaint:",
        expect="quality",
        span="F9",
        prefix="Nature of complaint:  ",
    )
    s.text("A10", "Problem description:", shade=True)
    s.value("B10", d["description"], path="description", label="Problem description:", span="F10")
    s.text("A11", "Requested action:", shade=True)
    s.value(
        "B11",
        d["request"],
        path="customer_request",
        label="Requested action:",
        expect=d["request_expect"],
        span="F11",
    )
    s.height(10, 15)
    s.height(11, 15)
    s.text("A12", "Root cause", shade=True)
    s.value("B12", d["cause"], path="root_cause", label="Root cause", span="F12")
    for first, last, text in (
        ("A", "B", "Logged by"),
        ("C", "D", "QA Manager approval"),
        ("E", "F", "Date Closed"),
    ):
        s.text(f"{first}13", text, f"{last}13", shade=True)  # a print fills the row as one grey band
    s.value("A14", d["logged_by"], path="reporter", label="Logged by", span="B14")
    s.value("C14", d["approver"], path="approver", label="QA Manager approval", span="D14")
    s.value("E14", d["closed"], path="closed_date", label="Date Closed", span="F14")


COMPLAINT_EN_CAPTION_BOXES = [
    dict(
        number="NCF-26-0412",
        received="04-Sep-2026",
        received_iso="2026-09-04",
        customer="Harbour Marine Ltd",
        part_no="HM-PSU-24-1",
        part_name="24 V bridge power unit",
        lot_no="WO-90217",
        ship_qty="2,400",
        ship_qty_expect=2400,
        defect_qty=46,
        order_no="PO 81344-2",
        nature="■Product quality  □Delivery  □Documentation",
        description="Output voltage drifts 0.6 V after 2 h at 50 °C; 46 units rejected at sea trials.",
        request="Replacement",
        request_expect=["replacement"],
        cause="Reference diode from a new lot drifts with temperature.",
        logged_by="K. Mensah",
        approver="R. Dunmore",
        closed=dt.date(2026, 9, 29),
    ),
    dict(
        number="NCF-26-0433",
        received="17-Sep-2026",
        received_iso="2026-09-17",
        customer="Solway Offshore Ltd",
        part_no="HM-CHG-12-3",
        part_name="12 V battery charger",
        lot_no="WO-90388",
        ship_qty="600",
        ship_qty_expect=600,
        defect_qty=9,
        order_no="PO 81502-1",
        nature="■Product quality  □Delivery  □Documentation",
        description="Charger fan rattles; bracket screws found loose on 9 units.",
        request="Replacement",
        request_expect=["replacement"],
        cause="Screw torque not checked after the fan bracket change.",
        logged_by="P. Okafor",
        approver="R. Dunmore",
        closed=dt.date(2026, 10, 6),
    ),
]

LAYOUTS.append(
    dict(
        id="complaint-en-caption-boxes",
        kind="complaint",
        language="en",
        draw=complaint_en_caption_boxes,
        data=COMPLAINT_EN_CAPTION_BOXES,
        sheet="Complaint",
        widths=dict(A=13, B=13, C=13, D=13, E=13, F=13),
        imitates="an English customer complaint form printed from Excel: small captions under boxed answers, "
        "a sign-off row shaded as one band",
        unmapped=[],
    )
)


def eightd_en_workbook_guide(s: Sheet, d: dict) -> None:
    """An English 8D workbook of three sheets: it opens on a ``How to fill in this 8D`` guide
    with example answers (``e.g. …``), the report on the second sheet with two hidden rows
    still holding a former report's problem and quantity, and the root cause, the corrective
    action and the closure on a ``Continued`` sheet under ``8D Report (continued)``."""
    form = s.ws
    guide = s.wb.create_sheet("Guide", 0)
    for ref, text in (
        ("A1", "How to fill in this 8D"),
        ("A3", "8D No."),
        ("B3", "e.g. 8D-2026-001 (from the quality register)"),
        ("A4", "Customer"),
        ("B4", "e.g. Bosch Automotive Suzhou"),
        ("A5", "Qty complained"),
        ("B5", "e.g. 120 pcs (as on the customer's notice)"),
        ("A6", "Status"),
        ("B6", "choose Open or Closed"),
    ):
        guide[ref] = text
    guide.column_dimensions["A"].width = 18
    guide.column_dimensions["B"].width = 50
    s.wb.active = 0
    s.text("A1", "8D REPORT", "D1", size=13)
    s.text("A2", "8D No.", shade=True)
    s.value("B2", d["number"], path="number", label="8D No.")
    s.text("C2", "Opened", shade=True)
    s.value("D2", d["opened"], path="opened_date", label="Opened")
    s.text("A3", "Customer", shade=True)
    s.value("B3", d["customer"], path="customer", label="Customer", span="D3")
    s.text("A4", "Part No.", shade=True)
    s.value("B4", d["part_no"], path="part_no", label="Part No.")
    s.text("C4", "Status", shade=True)
    s.value("D4", d["status"], path="status", label="Status", expect=d["status"].lower())
    s.text("A5", "D2 Problem Description", "D5", bold=True, shade=True)
    s.value("A6", d["statement"], path="problem.statement", label="D2 Problem Description", span="D6")
    if not s.blank:  # a former report's lines, hidden rather than deleted
        form["A7"] = d["old_statement"]
        form["A8"] = f"Qty complained: {d['old_qty']} pcs"
    form.row_dimensions[7].hidden = True
    form.row_dimensions[8].hidden = True
    s.text("A9", "Qty complained", shade=True)
    s.value("B9", f"{d['qty']} pcs", path="problem.qty_complained", label="Qty complained", expect=d["qty"])
    s.text("A10", "D3 Stock check", "D10", bold=True, shade=True)
    for col, name in zip("ABC", ("Location", "Qty checked", "Qty defective")):
        s.text(f"{col}11", name, bold=True)
    for i, (where, checked, bad, expect) in enumerate(d["stock"]):
        r = 12 + i
        s.value(f"A{r}", where, path=f"stock_sorting[{i}].location", label="Location", expect=expect)
        s.value(f"B{r}", checked, path=f"stock_sorting[{i}].qty_checked", label="Qty checked")
        s.value(f"C{r}", bad, path=f"stock_sorting[{i}].qty_defective", label="Qty defective")
    s.text(f"A{13 + len(d['stock'])}", "(continued on the next sheet)", f"D{13 + len(d['stock'])}")
    s.ws = s.wb.create_sheet("Continued")
    for col, width in (("A", 22), ("B", 16), ("C", 16), ("D", 22)):
        s.ws.column_dimensions[col].width = width
    s.ws.page_setup.paperSize = s.ws.PAPERSIZE_A4
    s.ws.page_setup.fitToWidth, s.ws.page_setup.fitToHeight = 1, 0
    s.ws.sheet_properties.pageSetUpPr.fitToPage = True
    s.text("A1", "8D Report (continued)", "D1", bold=True)
    r = 3
    s.text(f"A{r}", "D4 Root Cause", "D" + str(r), bold=True, shade=True)
    s.value(f"A{r + 1}", d["cause"], path="root_cause[*].cause", label="D4 Root Cause", span=f"D{r + 1}")
    s.text(f"A{r + 2}", "D5 Permanent Corrective Action", f"D{r + 2}", bold=True, shade=True)
    s.value(
        f"A{r + 3}",
        d["pca"],
        path="corrective_actions[*].action",
        label="D5 Permanent Corrective Action",
        span=f"D{r + 3}",
    )
    s.text(f"A{r + 4}", "Closed", shade=True)
    s.value(f"B{r + 4}", d["closed"], path="closure.closed_date", label="Closed")
    s.text(f"C{r + 4}", "Approved by", shade=True)
    s.value(f"D{r + 4}", d["approved"], path="closure.approved_by", label="Approved by")
    s.ws = form


EIGHTD_EN_WORKBOOK_GUIDE = [
    dict(
        number="8D-HZ-26-0412",
        opened=dt.date(2026, 9, 14),
        customer="Continental Automotive Changchun",
        part_no="SNS-4410-02",
        status="Closed",
        statement="Speed sensor connector pins bent; 36 sensors rejected at customer incoming.",
        old_statement="Sensor housing crack at the clip; 5 pcs (8D-HZ-25-0977).",
        old_qty=5,
        qty=36,
        stock=[
            ("Warehouse", 2400, 3, "in_house"),
            ("In transit", 1200, 0, "in_transit"),
            ("At customer", 600, 33, "at_customer"),
        ],
        cause="Pin straightening fixture worn; pins pushed off axis during press-fit.",
        pca="Fixture replaced; pin position checked by camera after press-fit.",
        closed=dt.date(2026, 10, 9),
        approved="Karen Liu",
    ),
    dict(
        number="8D-HZ-26-0488",
        opened=dt.date(2026, 10, 3),
        customer="Bosch Automotive Products Suzhou",
        part_no="CBL-0077",
        status="Open",
        statement="Cable jacket cut near the grommet; 14 harnesses returned.",
        old_statement="Label misprinted on 2 cartons (8D-HZ-26-0101).",
        old_qty=2,
        qty=14,
        stock=[
            ("Warehouse", 900, 2, "in_house"),
            ("In transit", 300, 0, "in_transit"),
            ("At customer", 450, 12, "at_customer"),
            ("Customer warehouse", 200, 0, "at_customer"),
        ],
        cause="Sharp edge on the grommet press tool cut the jacket.",
        pca="Tool edge radiused; jacket check added at final inspection.",
        closed=dt.date(2026, 10, 20),
        approved="Paul Meyer",
    ),
]


LAYOUTS.append(
    dict(
        id="8d-en-workbook-guide",
        kind="8d",
        language="en",
        draw=eightd_en_workbook_guide,
        data=EIGHTD_EN_WORKBOOK_GUIDE,
        sheet="8D",
        widths=dict(A=22, B=16, C=16, D=22),
        imitates="an English 8D workbook opening on its guide sheet, with hidden rows and a continuation sheet",
        unmapped=[],
    )
)


def eightd_zh_taisakusho(s: Sheet, d: dict) -> None:
    """不良对策书 of a Japanese-owned plant in China (a 不具合報告書 in simplified script): the
    sections numbered (1)…(8), never D1…D8, named after what they hold — 不良内容 (the problem),
    暂定处置 (containment), 発生原因 / 流出原因 side by side (the root causes of each type, the
    Japanese 発 kept from the parent company's template), 発生对策 / 流出对策 side by side (the
    corrective actions addressing each), 效果确认 (the result), 横向展开; 完结日 at the foot, the
    stamp boxes 承认 / 审查 / 作成 top right."""
    s.text("A1", "不良对策书", "D3", size=14)
    for col, role in zip("EFG", ("承认", "审查", "作成")):
        s.text(f"{col}1", role, bold=True, center=True)
    s.value("E2", d["approved"], path="closure.approved_by", label="承认", span="E3")
    s.value("F2", d["checked"], path=None, label="审查", span="F3")
    s.value("G2", d["made"], path=None, label="作成", span="G3")
    s.text("A4", "报告编号", shade=True)
    s.value("B4", d["number"], path="number", label="报告编号")
    s.text("C4", "发行日", shade=True)
    s.value("D4", d["opened"], path="opened_date", label="发行日", fmt="yyyy.mm.dd")
    s.text("E4", "客户", shade=True)
    s.value("F4", d["customer"], path="customer", label="客户", span="G4")
    s.text("A5", "品番", shade=True)
    s.value("B5", d["part_no"], path="part_no", label="品番")
    s.text("C5", "客诉编号", shade=True)
    s.value("D5", d["complaint"], path="complaint_number", label="客诉编号")
    s.text("E5", "不良数", shade=True)
    s.value("F5", d["qty"], path="problem.qty_complained", label="不良数", span="G5", expect=d["qty_expect"])
    s.text("A6", "(1) 不良内容", "G6", bold=True)
    s.value("A7", d["statement"], path="problem.statement", label="(1) 不良内容", span="G7")
    s.text("A8", "(2) 暂定处置", "G8", bold=True)
    s.value("A9", d["containment"], path="containment[*].action", label="(2) 暂定处置", span="G9")
    s.text("A10", "(3) 発生原因", "C10", bold=True)
    s.text("D10", "(4) 流出原因", "G10", bold=True)
    s.value("A11", d["occ"], path="root_cause[type=occurrence].cause", label="(3) 発生原因", span="C12")
    s.value("D11", d["esc"], path="root_cause[type=escape].cause", label="(4) 流出原因", span="G12")
    s.text("A13", "(5) 発生对策", "C13", bold=True)
    s.text("D13", "(6) 流出对策", "G13", bold=True)
    s.value(
        "A14",
        d["occ_action"],
        path="corrective_actions[addresses=occurrence].action",
        label="(5) 発生对策",
        span="C15",
    )
    s.value(
        "D14",
        d["esc_action"],
        path="corrective_actions[addresses=escape].action",
        label="(6) 流出对策",
        span="G15",
    )
    s.text("A16", "(7) 效果确认", "G16", bold=True)
    s.value("A17", d["result"], path="implementation[*].result", label="(7) 效果确认", span="G17")
    s.text("A18", "(8) 横向展开", "G18", bold=True)
    s.value("A19", d["deploy"], path="prevention.horizontal_deployment", label="(8) 横向展开", span="G19")
    s.text("A20", "完结日", shade=True)
    s.value("B20", d["closed"], path="closure.closed_date", label="完结日", fmt="yyyy.mm.dd")


EIGHTD_ZH_TAISAKUSHO = [
    dict(
        approved="山田 太郎",
        checked="李 建华",
        made="王 丽",
        number="TS-DL-26-0912",
        opened=dt.date(2026, 9, 12),
        customer="广汽本田汽车有限公司",
        part_no="GH-72110-T5",
        complaint="GAH-QC-26-305",
        qty="23 个",
        qty_expect=23,
        statement="门把手电镀层起泡，客户装车后外观不良 23 个。",
        containment="在库 2,400 个及在途 800 个全数外观检查，起泡品隔离。",
        occ="前处理脱脂槽温度偏低，脱脂不彻底。",
        esc="出货检查光源不足，细小起泡未检出。",
        occ_action="脱脂槽加装温控报警，每班点检记录。",
        esc_action="检查台照度提高至 1200 lx，设置限度样本。",
        result="对策后连续 4 批 6,000 个无起泡。",
        deploy="同一电镀线 5 个品番同步导入温控。",
        closed=dt.date(2026, 10, 20),
    ),
    dict(
        approved="佐藤 健一",
        checked="陈 志强",
        made="刘 芳",
        number="TS-DL-26-1015",
        opened=dt.date(2026, 10, 15),
        customer="东风本田汽车有限公司",
        part_no="DH-33120-K2",
        complaint="DHA-QC-26-411",
        qty="8 个",
        qty_expect=8,
        statement="灯座卡爪断裂，客户组装时 8 个破损。",
        containment="库存 1,600 个全数卡爪强度抽检，不良批次隔离。",
        occ="注塑保压时间不足，卡爪根部强度低。",
        esc="出货检验未含卡爪强度项目。",
        occ_action="保压时间由 2.5 秒改为 4.0 秒。",
        esc_action="出货检验增加卡爪推力测试。",
        result="对策后 3 批 4,800 个推力全部合格。",
        deploy="同模具系列 3 个品番同步变更条件。",
        closed=dt.date(2026, 11, 25),
    ),
]


LAYOUTS.append(
    dict(
        id="8d-zh-taisakusho",
        kind="8d",
        language="zh-Hans",
        draw=eightd_zh_taisakusho,
        data=EIGHTD_ZH_TAISAKUSHO,
        sheet="对策书",
        widths=dict(A=14, B=16, C=12, D=14, E=10, F=12, G=12),
        imitates="a Japanese-owned plant's 不良对策书 with (1)…(8) sections, 発生 / 流出 causes and actions side by side",
        unmapped=["审查", "作成"],
    )
)


def _allowance_copy(s: Sheet, d: dict, shift: int, caption: str, first: bool) -> None:
    """One copy of the two-copy certificate, ``shift`` columns to the right; only the first
    copy's values are expected (the second one repeats them)."""

    def c(col: str, row: int) -> str:
        return f"{get_column_letter(ord(col) - ord('A') + 1 + shift)}{row}"

    def p(path: str) -> str | None:
        return path if first else None

    s.text(c("A", 1), "銷貨退回或折讓證明單", c("H", 1), size=13)
    s.text(c("A", 2), caption, c("H", 2))
    s.text(c("A", 3), "編號", shade=True)
    s.value(c("B", 3), d["number"], path=p("number"), label="編號", span=c("D", 3))
    s.text(c("E", 3), "日期", shade=True)
    s.value(
        c("F", 3), d["date"], path=p("issue_date"), label="日期", span=c("H", 3), fmt='[$-404]e"年"m"月"d"日"'
    )
    for row, party, who, name, tid in (
        (4, "賣方", "seller", d["seller"], d["seller_id"]),
        (6, "買方", "buyer", d["buyer"], d["buyer_id"]),
    ):
        s.text(c("A", row), party, c("A", row + 1), bold=True, shade=True, center=True)
        name_path = "seller.name" if who == "seller" else "buyer"
        id_path = "seller.tax_id" if who == "seller" else "buyer_tax_id"
        s.value(
            c("B", row), name, path=p(name_path), label=f"{party} 名稱", span=c("H", row), prefix="名稱："
        )
        s.value(
            c("B", row + 1),
            tid,
            path=p(id_path),
            label=f"{party} 統一編號",
            span=c("H", row + 1),
            prefix="統一編號：",
        )
    for col, head in zip("ABCDEFGH", ["年", "月", "日", "發票號碼", "品名", "數量", "折讓金額", "營業稅額"]):
        s.text(c(col, 8), head, bold=True, shade=True, center=True)
    iy, im, iday = d["invoice_date"]
    total = tax_total = 0
    for i, (name, qty, amount) in enumerate(d["items"]):
        r = 9 + i
        tax = round(amount * 0.05)
        total, tax_total = total + amount, tax_total + tax
        for col, raw in zip("ABC", (str(iy), f"{im:02d}", f"{iday:02d}")):
            s.value(c(col, r), raw, path=None, label="年/月/日")
        s.value(c("D", r), d["invoice"], path=p("invoice_no") if i == 0 else None, label="發票號碼")
        s.value(c("E", r), name, path=p(f"items[{i}].name"), label="品名")
        s.value(c("F", r), qty, path=p(f"items[{i}].qty"), label="數量")
        s.value(
            c("G", r),
            amount,
            path=p(f"items[{i}].allowance_amount"),
            label="折讓金額",
            expect=money(amount),
            fmt="#,##0",
        )
        s.value(c("H", r), tax, path=p(f"items[{i}].tax"), label="營業稅額", expect=money(tax), fmt="#,##0")
    if first and not s.blank:
        s.fields.append(
            dict(
                label="年 / 月 / 日",
                cell=f"{s.ws.title}!A9:C9",
                value=f"{iy} | {im:02d} | {iday:02d}",
                path="invoice_date",
                expect=dt.date(iy + 1911, im, iday).isoformat(),
                note="the invoice's ROC date over 年 / 月 / 日 columns beside its number",
            )
        )
    r = 9 + len(d["items"])
    s.text(c("A", r), "合計", c("F", r), bold=True, shade=True, center=True)
    s.value(c("G", r), total, path=p("total_excl_tax"), label="合計", expect=money(total), fmt="#,##0")
    s.value(
        c("H", r), tax_total, path=p("total_tax"), label="合計 營業稅額", expect=money(tax_total), fmt="#,##0"
    )
    s.text(c("A", r + 1), "客訴單號", shade=True)
    s.value(c("B", r + 1), d["complaint"], path=p("complaint_number"), label="客訴單號", span=c("D", r + 1))


def allowance_zht_two_copies(s: Sheet, d: dict) -> None:
    """A trading company's 銷貨退回或折讓證明單 printed as two copies side by side on one
    landscape sheet (存根聯 | 扣抵聯, the same labels a copy's width apart): each copy's party
    blocks captioned 賣方 / 買方 in merged vertical cells before ``名稱：…`` / ``統一編號：…``
    cells, the invoice's ROC date over 年 / 月 / 日 columns beside its number, the issue date a
    serial shown in the ROC calendar."""
    _allowance_copy(s, d, 0, "第一聯 存根聯（賣方留存）", True)
    _allowance_copy(s, d, 9, "第二聯 扣抵聯（交買方）", False)


ALLOWANCE_ZHT_TWO_COPIES = [
    dict(
        number="ZR-115-1103",
        date=dt.date(2026, 11, 3),
        seller="新碩精密工業股份有限公司",
        seller_id="86417239",
        buyer="台達電子工業股份有限公司",
        buyer_id="30412867",
        invoice_date=(115, 10, 16),
        invoice="UX 20581147",
        items=[("散熱鰭片 FN-40", 1000, 6000), ("散熱鰭片 FN-60", 500, 4500)],
        complaint="DT-QC-115-077",
    ),
    dict(
        number="ZR-115-1210",
        date=dt.date(2026, 12, 10),
        seller="新碩精密工業股份有限公司",
        seller_id="86417239",
        buyer="光寶科技股份有限公司",
        buyer_id="22099548",
        invoice_date=(115, 11, 22),
        invoice="VK 31550284",
        items=[("導光板 LG-12", 800, 9600)],
        complaint="LO-SQ-115-121",
    ),
]


LAYOUTS.append(
    dict(
        id="allowance-zht-two-copies",
        kind="allowance",
        language="zh-Hant",
        draw=allowance_zht_two_copies,
        data=ALLOWANCE_ZHT_TWO_COPIES,
        sheet="證明單",
        widths=dict(zip("ABCDEFGHIJKLMNOPQ", (6, 5, 5, 14, 16, 8, 11, 10, 3, 6, 5, 5, 14, 16, 8, 11, 10))),
        imitates="a 銷貨退回或折讓證明單 printed as two copies side by side (存根聯 | 扣抵聯), 賣方 / 買方 party captions, 年 / 月 / 日 columns",
        unmapped=[],
    )
)


def allowance_en_erp_gross(s: Sheet, d: dict) -> None:
    """An ERP credit memo exported to Excel by a supplier's SAP-style system: the seller on the
    letterhead, header pairs top right (``Credit memo`` / ``Date`` / ``Billing doc.`` / ``Billing
    date`` / ``Complaint``), the payer's name under its caption and its tax number on the next
    line with no caption of its own, lines ``Pos | Material | Description | Quantity | Price |
    Amount``, and only ``VAT 13 %`` and ``Total amount`` under them — the total amount being
    the gross (net + VAT), no net total printed."""
    s.text("A1", d["seller"], "D1", bold=True)
    s.text("A2", d["seller_address"], "D2")
    rows = [
        ("Credit memo", "number", d["number"], None),
        ("Date", "issue_date", d["date"], "dd.mm.yyyy"),
        ("Billing doc.", "invoice_no", d["invoice"], None),
        ("Billing date", "invoice_date", d["invoice_date"], "dd.mm.yyyy"),
        ("Complaint", "complaint_number", d["complaint"], None),
    ]
    for k, (label, path, raw, fmt) in enumerate(rows):
        s.text(f"E{3 + k}", label)
        s.value(f"F{3 + k}", raw, path=path, label=label, fmt=fmt)
    s.text("A4", "CREDIT MEMO", "C4", size=13)
    s.text("A8", "Payer", bold=True)
    s.value("A9", d["payer"], path="buyer", label="Payer", span="C9")
    s.value(
        "A10",
        d["payer_id"],
        path="buyer_tax_id",
        label="(under the payer's name)",
        span="C10",
        note="the payer's tax number under its name, without a caption",
    )
    for col, head in zip("ABCDEF", ["Pos", "Material", "Description", "Quantity", "Price", "Amount"]):
        s.text(f"{col}12", head, bold=True)
    net = Decimal("0")
    for i, (material, name, qty, price) in enumerate(d["items"]):
        r = 13 + i
        amount = Decimal(str(qty)) * Decimal(price)
        net += amount
        s.value(f"A{r}", str(10 * (i + 1)), path=None, label="Pos")
        s.value(f"B{r}", material, path=None, label="Material")
        s.value(f"C{r}", name, path=f"items[{i}].name", label="Description")
        s.value(f"D{r}", qty, path=f"items[{i}].qty", label="Quantity")
        s.value(f"E{r}", money(price), path=f"items[{i}].unit_price", label="Price")
        s.value(f"F{r}", money(amount), path=f"items[{i}].allowance_amount", label="Amount")
    r = 14 + len(d["items"])
    tax = (net * Decimal("0.13")).quantize(Decimal("0.01"))
    s.text(f"E{r}", "VAT 13 %")
    s.value(f"F{r}", money(tax), path="total_tax", label="VAT 13 %")
    s.text(f"E{r + 1}", "Total amount")
    s.value(
        f"F{r + 1}",
        money(net + tax),
        path="total",
        label="Total amount",
        note="the gross (net + VAT) under a name our form gives the total excluding tax",
    )


ALLOWANCE_EN_ERP_GROSS = [
    dict(
        seller="Bosch Automotive Products (Suzhou) Co., Ltd.",
        seller_address="No. 126 Su Hong Xi Road, Suzhou Industrial Park",
        number="92004418",
        date=dt.date(2026, 9, 22),
        invoice="90873310",
        invoice_date=dt.date(2026, 9, 2),
        complaint="QN 400221345",
        payer="Great Wall Motor Company Limited",
        payer_id="91130600601935681G",
        items=[
            ("B-118204", "Sensor housing price difference", 4000, "0.45"),
            ("B-118977", "Connector cap price difference", 2500, "0.20"),
        ],
    ),
    dict(
        seller="Bosch Automotive Products (Suzhou) Co., Ltd.",
        seller_address="No. 126 Su Hong Xi Road, Suzhou Industrial Park",
        number="92004877",
        date=dt.date(2026, 10, 27),
        invoice="90874102",
        invoice_date=dt.date(2026, 10, 9),
        complaint="QN 400222010",
        payer="Chery Automobile Co., Ltd.",
        payer_id="913402007117716748",
        items=[
            ("B-120045", "Valve body price difference", 1200, "1.10"),
            ("B-120046", "Valve seat price difference", 1200, "0.35"),
            ("B-120390", "Spring retainer price difference", 3000, "0.08"),
        ],
    ),
]


LAYOUTS.append(
    dict(
        id="allowance-en-erp-gross",
        kind="allowance",
        language="en",
        draw=allowance_en_erp_gross,
        data=ALLOWANCE_EN_ERP_GROSS,
        sheet="Credit memo",
        widths=dict(A=8, B=12, C=34, D=12, E=14, F=14),
        imitates="an ERP credit memo whose Total amount is the gross, the payer's tax number under its name without a caption",
        unmapped=[],
    )
)


def return_zht_group_units(s: Sheet, d: dict) -> None:
    """退貨通知單 of a fastener trader: a two-row item header whose unit is said once over a group
    (``數量(千個)`` merged over ``核准`` | ``實收``), a price per thousand (``單價(元/千個)``) beside
    them, the unused lines of the printed table struck through with ``／`` and ``—`` (no lines)."""
    s.text("A1", "退貨通知單", "G1", size=14)
    s.text("A2", "退貨單號", bold=True, shade=True)
    s.value("B2", d["number"], path="number", label="退貨單號", span="C2")
    s.text("D2", "日期", bold=True, shade=True)
    s.value("E2", d["date"], path="issue_date", label="日期", expect=d["date_iso"], span="G2")
    s.text("A3", "客戶名稱", bold=True, shade=True)
    s.value("B3", d["customer"], path="customer", label="客戶名稱", span="G3")
    for col, head in zip("ABCF", ["料號", "品名", "單位", "單價(元/千個)"]):
        s.text(f"{col}4", head, f"{col}5", bold=True, shade=True, center=True)
    s.text("D4", "數量(千個)", "E4", bold=True, shade=True, center=True)
    s.text("D5", "核准", bold=True, shade=True, center=True)
    s.text("E5", "實收", bold=True, shade=True, center=True)
    s.text("G4", "金額(元)", "G5", bold=True, shade=True, center=True)
    note = "in thousands: the unit 千個 is in the group header over 核准 / 實收"
    for i, it in enumerate(d["items"]):
        r = 6 + i
        s.value(f"A{r}", it[0], path=f"items[{i}].part_no", label="料號")
        s.value(f"B{r}", it[1], path=f"items[{i}].part_name", label="品名")
        s.value(f"C{r}", "千個", path=None, label="單位")
        s.value(
            f"D{r}", it[2], path=f"items[{i}].qty_approved", label="核准", expect=int(it[2] * 1000), note=note
        )
        s.value(
            f"E{r}", it[3], path=f"items[{i}].qty_returned", label="實收", expect=int(it[3] * 1000), note=note
        )
        s.value(f"F{r}", money(it[4]), path=None, label="單價(元/千個)")
        amount = Decimal(str(it[3])) * Decimal(it[4])
        s.value(f"G{r}", money(amount), path=f"items[{i}].amount", label="金額(元)", expect=money(amount))
    for i, mark in enumerate(("／", "—")):  # the unused lines, struck through
        r = 6 + len(d["items"]) + i
        for col in "ABCDEFG":
            s.value(f"{col}{r}", mark, path=None, label="(unused line)")
    r = 8 + len(d["items"])
    s.text(f"A{r}", "退貨原因", bold=True, shade=True)
    s.value(f"B{r}", d["reason"], path="reason", label="退貨原因", span=f"G{r}")
    s.text(f"A{r + 1}", "倉管簽收", bold=True, shade=True)
    s.value(f"B{r + 1}", d["receiver"], path="warehouse_receiver", label="倉管簽收", span=f"C{r + 1}")
    s.text(f"D{r + 1}", "主管", bold=True, shade=True)
    s.value(f"E{r + 1}", d["approved"], path="approved_by", label="主管", span=f"G{r + 1}")


RETURN_ZHT_GROUP_UNITS = [
    dict(
        number="TH-2611-031",
        date="2026/11/05",
        date_iso="2026-11-05",
        customer="台灣精密扣件股份有限公司",
        items=[("SCR-M3-8", "十字螺絲 M3×8", 6, 5.5, "40.00"), ("WSH-M3", "平墊圈 M3", 12, 12, "15.00")],
        reason="鍍鋅層厚度不足，鹽霧測試 48 小時生鏽。",
        receiver="林美玲",
        approved="陳俊宏",
    ),
    dict(
        number="TH-2611-044",
        date="2026/11/19",
        date_iso="2026-11-19",
        customer="鴻準精密工業股份有限公司",
        items=[("NUT-M4", "六角螺帽 M4", 8, 7.5, "32.00")],
        reason="螺紋通規不過，整批退回重製。",
        receiver="林美玲",
        approved="陳俊宏",
    ),
]


LAYOUTS.append(
    dict(
        id="return-zht-group-units",
        kind="return",
        language="zh-Hant",
        draw=return_zht_group_units,
        data=RETURN_ZHT_GROUP_UNITS,
        sheet="退貨通知",
        widths=dict(A=14, B=18, C=8, D=10, E=10, F=14, G=12),
        imitates="退貨通知單 of a fastener trader (a unit over a two-row header's group, struck-through lines)",
        unmapped=["單位", "單價(元/千個)"],
    )
)


def eightd_ja_zesei_numbered(s: Sheet, d: dict) -> None:
    """A Japanese supplier's 是正処置報告書: 承認 / 確認 / 作成 stamp boxes with the names typed
    under them, a second sign-off row lower down (roles over names twice), header labels
    ``報告書No.`` / ``顧客管理No.`` / ``発行日``, numbered sections ``1. 不具合内容`` … ``7. 水平展開``
    each a label with its text to the right (the containment ``2. 暫定処置`` over ``3. 発生原因``),
    ``6. 効果確認`` the D6 result, ``完了日`` the closing date beside a second row of roles
    over names."""
    s.text("A1", "是正処置報告書", "C1", size=14)
    for col, role in zip("EFG", ("承認", "確認", "作成")):
        s.text(f"{col}1", role, bold=True, center=True, shade=True)
    s.value("E2", d["approver"], path="closure.approved_by", label="承認")
    s.value("F2", d["checker"], path=None, label="確認")
    s.value("G2", d["author"], path=None, label="作成")
    s.text("A3", "報告書No.", shade=True)
    s.value("B3", d["number"], path="number", label="報告書No.")
    s.text("D3", "発行日", shade=True)
    s.value("E3", d["issued"], path="opened_date", label="発行日", expect=d["issued_iso"], span="G3")
    s.text("A4", "顧客名", shade=True)
    s.value("B4", d["customer"], path="customer", label="顧客名", span="C4")
    s.text("D4", "顧客管理No.", shade=True)
    s.value("E4", d["complaint_no"], path="complaint_number", label="顧客管理No.", span="G4")
    s.text("A5", "品番", shade=True)
    s.value("B5", d["part_no"], path="part_no", label="品番", span="C5")
    sections = [
        ("1. 不具合内容", d["statement"], "problem.statement"),
        ("2. 暫定処置", d["containment"], "containment[*].action"),
        ("3. 発生原因", d["occurrence"], "root_cause[type=occurrence].cause"),
        ("4. 流出原因", d["escape"], "root_cause[type=escape].cause"),
        ("5. 恒久対策", d["action"], "corrective_actions[*].action"),
        ("6. 効果確認", d["effect"], "implementation[*].result"),
        ("7. 水平展開", d["deploy"], "prevention.horizontal_deployment"),
    ]
    for r, (label, text, path) in enumerate(sections, start=6):
        s.text(f"A{r}", label, shade=True)
        s.value(f"B{r}", text, path=path, label=label, span=f"G{r}")
    s.text("A13", "完了日", shade=True)
    s.value(
        "B13", d["closed"], path="closure.closed_date", label="完了日", expect=d["closed_iso"], span="C13"
    )
    s.text("E13", "品証課長", bold=True, center=True, shade=True)
    s.text("F13", "製造課長", bold=True, center=True, shade=True)
    s.value("E14", d["qa_head"], path=None, label="品証課長")
    s.value("F14", d["mfg_head"], path=None, label="製造課長")


EIGHTD_JA_ZESEI_NUMBERED = [
    dict(
        approver="高橋",
        checker="中村",
        author="小林",
        number="CAR-2609-031",
        issued="2026/09/14",
        issued_iso="2026-09-14",
        customer="株式会社ミナト電装",
        complaint_no="MD-QA-26-0871",
        part_no="MD-4410-02",
        statement="端子メッキの変色。受入検査で 12 個発見。",
        containment="在庫 1,200 個全数選別、出荷停止。",
        occurrence="メッキ槽の温度管理が不十分。",
        escape="外観検査基準に変色の項目なし。",
        action="槽温度の自動記録と警報を追加。",
        effect="対策後 4 ロット 4,800 個で不良ゼロ。",
        deploy="同系列の 2 槽にも展開。",
        closed="2026/10/09",
        closed_iso="2026-10-09",
        qa_head="松本",
        mfg_head="井上",
    ),
    dict(
        approver="伊藤",
        checker="山本",
        author="加藤",
        number="CAR-2610-007",
        issued="2026/10/21",
        issued_iso="2026-10-21",
        customer="東邦精機株式会社",
        complaint_no="TS-CL-2610-044",
        part_no="TS-778-10",
        statement="樹脂ケースのひけ。組立工程で 30 個発見。",
        containment="工程内と倉庫の 2,400 個を全数目視選別。",
        occurrence="保圧時間が短く設定されていた。",
        escape="抜取検査の限度見本にひけがなかった。",
        action="保圧時間を 2 秒延長し条件を固定。",
        effect="対策後 3 ロット 3,600 個でひけゼロ。",
        deploy="同型の金型 3 面に同条件を展開。",
        closed="2026/11/18",
        closed_iso="2026-11-18",
        qa_head="佐々木",
        mfg_head="山口",
    ),
]


LAYOUTS.append(
    dict(
        id="8d-ja-zesei-numbered",
        kind="8d",
        language="ja",
        draw=eightd_ja_zesei_numbered,
        data=EIGHTD_JA_ZESEI_NUMBERED,
        sheet="是正処置",
        widths=dict(A=16, B=22, C=16, D=14, E=12, F=12, G=12),
        imitates="a Japanese supplier's 是正処置報告書 (numbered sections 1.–7., stamp boxes over names)",
        unmapped=["確認", "作成", "品証課長", "製造課長"],
    )
)


def build(layout: dict, data: dict, blank: bool) -> Sheet:
    sheet = Sheet(layout["sheet"], blank, layout["widths"])
    layout["draw"](sheet, data)
    return sheet


def freeze(path: Path) -> None:
    """Byte-identical output between runs: fixed zip times and document dates."""
    with zipfile.ZipFile(path) as z:
        parts = [(info.filename, z.read(info.filename)) for info in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            if name == "docProps/core.xml":
                data = re.sub(
                    rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>2026-09-08T09:00:00Z", data
                )
            z.writestr(
                zipfile.ZipInfo(name, date_time=(2026, 9, 8, 9, 0, 0)),
                data,
                compress_type=zipfile.ZIP_DEFLATED,
            )


def save(sheet: Sheet, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    sheet.wb.properties.creator = "kesu-docs tests/layouts"
    sheet.wb.properties.created = sheet.wb.properties.modified = dt.datetime(2026, 9, 8, 9, 0)
    sheet.wb.save(path)
    freeze(path)


def expected(layout: dict, sheet: Sheet) -> dict[str, Any]:
    lid = layout["id"]
    return {
        "id": lid,
        "kind": layout["kind"],
        "language": layout["language"],
        "source": {
            "repo": "kesu-docs (own imitation)",
            "commit": "",
            "path": "tests/layouts/make_layouts.py",
        },
        "template": f"templates/{lid}.xlsx",
        "filled": [f"filled/{lid}.xlsx", f"filled/{lid}.pdf"],
        "special": [f"imitates {layout['imitates']}", *_specials(layout["draw"])],
        "fields": sheet.fields,
        "unmapped_labels": layout["unmapped"],
    }


def _specials(draw: Draw) -> list[str]:
    doc = " ".join((draw.__doc__ or "").split())
    return [doc] if doc else []


def to_pdf(xlsx: list[Path], outdir: Path) -> None:
    """Print every workbook to PDF with LibreOffice (one run, a private profile)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise SystemExit("soffice not found: install LibreOffice or pass --no-pdf")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                str(outdir),
                *map(str, xlsx),
            ],
            check=True,
            capture_output=True,
            timeout=600,
        )


def main(argv: list[str]) -> None:
    """``[--no-pdf] [--out DIR] [--only ID]`` (default: this folder, every layout)."""
    out = Path(argv[argv.index("--out") + 1]) if "--out" in argv else HERE
    pdf = "--no-pdf" not in argv
    only = argv[argv.index("--only") + 1] if "--only" in argv else None  # one layout by its id
    for copy, base in ((0, out), (1, out / "copy2")):
        written = []
        for layout in LAYOUTS:
            if only and layout["id"] != only:
                continue
            data = layout["data"][copy]
            if copy == 0:
                save(build(layout, data, blank=True), out / "templates" / f"{layout['id']}.xlsx")
            sheet = build(layout, data, blank=False)
            target = base / "filled" / f"{layout['id']}.xlsx"
            save(sheet, target)
            written.append(target)
            exp = expected(layout, sheet)
            (base / "expected").mkdir(parents=True, exist_ok=True)
            (base / "expected" / f"{layout['id']}.json").write_text(
                json.dumps(exp, ensure_ascii=False, indent=1, default=str) + "\n", encoding="utf-8"
            )
        if pdf:
            to_pdf(written, base / "filled")
    n = len(LAYOUTS)
    print(f"{n} layouts, 2 filled copies each{' (xlsx and pdf)' if pdf else ''}, in {out}")


if __name__ == "__main__":
    main(sys.argv[1:])
