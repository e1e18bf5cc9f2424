"""Write the Excel samples of the complaint sheet (run: ``python samples/make_samples.py``).

- ``complaint-valid.xlsx``: our blank, filled the way a sales clerk does (passes).
- ``complaint-broken.xlsx``: the same case with several of the procedure's rules broken.
- ``complaint-broken.pdf``: the broken sheet printed to PDF by LibreOffice (made when
  LibreOffice is installed), read back by its labels: ``kesu validate samples/complaint-broken.pdf``.
- ``complaint-customer-layout.xlsx``: a customer's own layout — no defined names, other
  labels (aliases), other positions, a merged text area under its label, tick boxes;
  parse it with ``kesu parse … --kind complaint``.

The values are typed as clerks type them (Chinese dates, ``¥`` amounts, 是/否), so the
samples exercise the normalisation too. The output is deterministic.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from kesu_docs import forms  # noqa: E402
from kesu_docs.blank.excel import build_blank, fill  # noqa: E402

VALID = {
    "received_date": dt.date(2026, 9, 8),
    "customer": "深圳市华星光电技术有限公司",
    "market": "国内",
    "order_no": "SO-2026-08-0412",
    "part_no": "KS-PCB-4L-220",
    "part_name": "四层电路板 220×160mm",
    "lot_no": "L260821-03",
    "ship_date": "2026年8月25日",
    "ship_qty": "12,000",
    "defect_qty": 180,
    "defect_rate": "1.5%",
    "complaint_type": "质量异常",
    "description": "客户来料检验发现焊盘氧化发黑，上锡不良，抽检 500 片中 8 片不良；\n客户产线已停用该批次。",
    "customer_request": "退货",
    "requested_qty": 180,
    "sample_received": "是",
    "reporter": "林晓雯",
    "sales_supervisor": "陈志强",
    "cause_category": "包装",
    "root_cause": "真空包装袋封口不良，运输途中受潮，焊盘 OSP 膜失效导致氧化。",
    "responsible_unit": "制造二课",
    "responsibility_code": "K",
    "production_unit": "制造二课",
    "shift": "夜班",
    "operator": "王建华",
    "production_date": "2026/8/21",
    "short_term_action": "库存同批次 3,000 片全部开袋复检；在途货品追回重新包装。",
    "long_term_action": "封口机增加封口强度点检，每班首件拉力测试并记录；包装袋内加湿度指示卡。",
    "safety_related": "否",
    "loss_amount": "¥3,860.00",
    "severity": "一般",
    "disposition": "退货",
    "approved_return_qty": 180,
    "approval_level": "业务部经理",
    "approver": "陈志强",
    "approved_date": "2026.09.10",
    "negotiation_result": "客户同意退回不良品 180 片，补货随下批订单交付。",
    "closed_date": dt.date(2026, 9, 18),
    "penalties": [{"target": "制造二课 封口站", "code": "K", "kind": "警告", "amount": "100"}],
}

BROKEN = dict(
    VALID,
    ship_date="2026年9月12日",  # after the received date
    defect_qty="13,000",  # more than shipped
    defect_rate="0.5%",  # does not agree with the quantities
    requested_qty=None,  # request is not pending: quantity required
    disposition="退货、折让",  # a return without approved qty, an allowance without amount
    approved_return_qty=None,
    loss_amount="¥68,500.00",  # needs the GM; severity must be 重大
    severity="一般",
    approval_level="副总经理",
    responsibility_code="Z",  # not A–N
    closed_date="2026-09-01",  # before it was received
)


def write_filled(values: dict, path: Path) -> None:
    spec = forms.get("complaint")
    wb = build_blank(spec)
    fill(wb, spec, values)
    wb.properties.creator = "kesu-docs samples"
    wb.properties.created = wb.properties.modified = dt.datetime(2026, 9, 8, 9, 0)
    wb.save(path)


_THIN = Side(style="thin")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)


def write_customer_layout(path: Path) -> None:
    """A customer's own 品质异常反馈单: labels of its own, values beside or under them."""
    wb = Workbook()
    ws = wb.active
    ws.title = "反馈单"
    ws["A1"] = "华星光电 供应商品质异常反馈单"
    ws.merge_cells("A1:F1")
    ws["A1"].font = Font(size=16, bold=True)
    rows = [
        ("客户", "深圳市华星光电技术有限公司", "接单日期", "2026年9月8日"),
        ("订单号", "PO 4500123987", "型号", "ＫＳ－ＰＣＢ－４Ｌ－２２０"),
        ("出货日期", "2026/8/25", "出货数量", "12000 pcs"),
        ("不良数", "180", "不良比率", "1.5%"),
        ("国内/国外", "国内", "异常类型", "质量异常"),
        ("客户要求事项", "☑退货 ☐换货 ☐折让", "退换数量", "180"),
        ("附样品", "☑", "填单人", "Lisa 林  "),
    ]
    for i, (l1, v1, l2, v2) in enumerate(rows, start=3):
        ws.cell(i, 1, l1 + "："), ws.cell(i, 2, v1), ws.cell(i, 4, l2 + "："), ws.cell(i, 5, v2)
        ws.merge_cells(start_row=i, start_column=2, end_row=i, end_column=3)
        ws.merge_cells(start_row=i, start_column=5, end_row=i, end_column=6)
    ws["A11"] = "问题描述"
    ws["A12"] = "来料检验发现焊盘氧化发黑，上锡不良。\n抽检 500 片中 8 片不良，产线已停用该批次。"
    ws.merge_cells("A12:F15")  # the text area under its label
    ws["A12"].alignment = Alignment(wrap_text=True, vertical="top")
    ws["A17"] = "供应商回复（请于 3 日内回复）"
    ws.merge_cells("A17:F17")
    for row in ws.iter_rows(min_row=3, max_row=15, max_col=6):
        for cell in row:
            cell.border = _BOX
    for col, width in zip("ABCDEF", (14, 18, 12, 14, 18, 12)):
        ws.column_dimensions[col].width = width
    wb.properties.creator = "customer"
    wb.properties.created = wb.properties.modified = dt.datetime(2026, 9, 8, 9, 0)
    wb.save(path)


def freeze(path: Path) -> None:
    """Make the file byte-identical between runs: fixed zip times and document dates."""
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


def main(out: Path = HERE) -> None:
    write_filled(VALID, out / "complaint-valid.xlsx")
    write_filled(BROKEN, out / "complaint-broken.xlsx")
    write_customer_layout(out / "complaint-customer-layout.xlsx")
    for name in ("complaint-valid.xlsx", "complaint-broken.xlsx", "complaint-customer-layout.xlsx"):
        freeze(out / name)
    write_printed_pdf(out / "complaint-broken.xlsx", out / "complaint-broken.pdf")


def write_printed_pdf(workbook: Path, path: Path) -> None:
    """The sheet as a clerk prints it to PDF (LibreOffice), without the converter's timestamps."""
    import shutil
    import subprocess
    import tempfile

    from pypdf import PdfReader, PdfWriter

    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        print(f"LibreOffice not installed: {path.name} not made")
        return
    with tempfile.TemporaryDirectory() as tmp:
        profile = Path(tmp, "profile").as_uri()
        subprocess.run(
            [
                exe,
                f"-env:UserInstallation={profile}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                tmp,
                str(workbook),
            ],
            check=True,
            capture_output=True,
            timeout=300,
        )
        writer = PdfWriter(clone_from=PdfReader(Path(tmp, workbook.with_suffix(".pdf").name)))
    writer.add_metadata({"/Producer": "LibreOffice", "/CreationDate": "D:20260908000000Z"})
    writer._info.get_object().pop("/ModDate", None)
    writer._ID = None
    with path.open("wb") as fh:
        writer.write(fh)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
