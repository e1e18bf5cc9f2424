"""Rendering speed: our engine against docxtpl on the same template, in one run.

    python bench/render_bench.py [-n 1000] [--pdf 20]

Both sides render the complaint sheet (all five copies) for N varied records and produce the
DOCX bytes; both build the template variables with the same code. docxtpl renders with
``render(ctx, autoescape=True)`` and saves, reusing one DocxTemplate as its documentation
shows; docxtpl cannot give each copy a header of its own, so it renders the one header once
(with the first copy's stamp), less work than ours. The goal is >= 25x docxtpl per document (CPU time). Then, for information, the time LibreOffice
takes to convert a batch of DOCX files to PDF.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import QUICK, result  # noqa: E402
from _common import args as parse_args  # noqa: E402

from kesu_docs import forms  # noqa: E402
from kesu_docs.render import Renderer, soffice, to_pdf  # noqa: E402
from kesu_docs.validation import build  # noqa: E402

CUSTOMERS = ("华东精密机械有限公司", "A&B <Ltd>", "{{ 7*7 }} 贸易", "深圳市宏达电子", "Müller GmbH & Co. KG")
REQUESTS = ("退货", "换货、折让", "客户加工中未确定", "重工")


def records(n: int) -> list:
    """N valid complaint sheets that differ in every printed value."""
    spec = forms.get("complaint")
    out = []
    for i in range(n):
        received = dt.date(2026, 1 + i % 12, 1 + i % 28)
        request = REQUESTS[i % len(REQUESTS)]
        values = {
            "received_date": received,
            "customer": f"{CUSTOMERS[i % len(CUSTOMERS)]} #{i}",
            "market": ("国内", "国外")[i % 2],
            "order_no": f"PO-{i:06d}",
            "part_no": f"KS-{i % 97:03d}",
            "part_name": "电源模块",
            "lot_no": f"L{i:05d}",
            "ship_date": received - dt.timedelta(days=5 + i % 20),
            "ship_qty": 1000 + i,
            "defect_qty": i % 50,
            "complaint_type": ("质量异常", "非质量异常")[i % 2],
            "description": f"外观划伤，第 {i} 批\n包装破损",
            "customer_request": request,
            "requested_qty": None if request == "客户加工中未确定" else i % 50,
            "loss_amount": f"{(i * 137) % 20000}.{i % 100:02d}",
            "cause_category": "包装",
            "root_cause": "包装材料强度不足" * (1 + i % 3),
            "responsible_unit": "生产部",
            "penalties": [
                {"target": f"包装组{j}", "code": "I", "kind": "警告", "amount": 100 + j} for j in range(i % 4)
            ],
        }
        record, problems = build(spec, values)
        if problems:
            raise SystemExit(f"bench record {i} is invalid: {problems}")
        out.append(record)
    return out


class Clock:
    """Wall and CPU time of a block: CPU time is steadier on a shared, busy machine."""

    def __enter__(self) -> Clock:
        self.wall, self.cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc: object) -> None:
        self.wall, self.cpu = time.perf_counter() - self.wall, time.process_time() - self.cpu

    def per_doc(self, n: int) -> tuple[float, float]:
        return self.wall * 1000 / n, self.cpu * 1000 / n


def bench_ours(renderer: Renderer, recs: list) -> tuple[float, float]:
    renderer.render(recs[0], number="202601000")  # compile outside the timing, as a long batch would
    with Clock() as clock:
        for i, rec in enumerate(recs):
            renderer.render(rec, number=f"2026{i:05d}", issued_date=rec.received_date)
    return clock.per_doc(len(recs))


def bench_docxtpl(renderer: Renderer, recs: list) -> tuple[float, float]:
    from docxtpl import DocxTemplate

    template = DocxTemplate(str(renderer.template_path(recs[0].spec)))
    with Clock() as clock:
        for i, rec in enumerate(recs):
            context = renderer.context(rec, number=f"2026{i:05d}", issued_date=rec.received_date)
            context["copy"] = context["copies"][
                0
            ]  # docxtpl has one header for all copies: less work than ours
            template.render(context, autoescape=True)
            template.save(io.BytesIO())
    return clock.per_doc(len(recs))


def bench_pdf(renderer: Renderer, recs: list, count: int) -> float | None:
    if soffice() is None:
        return None
    with tempfile.TemporaryDirectory() as tmp:
        paths = [
            renderer.render_to(Path(tmp) / f"complaint-{i}.docx", rec, number=f"2026{i:05d}")
            for i, rec in enumerate(recs[:count])
        ]
        start = time.perf_counter()
        to_pdf(paths, Path(tmp) / "pdf")
        return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=0, help="records to render (default 1000, 200 with --quick)")
    parser.add_argument("--docxtpl-n", type=int, default=0, help="records for docxtpl (default: n / 5)")
    parser.add_argument("--pdf", type=int, default=-1, help="DOCX files in the PDF batch (0: skip)")
    args = parse_args(parser)
    args.n = args.n or (200 if QUICK else 1000)
    args.pdf = args.pdf if args.pdf >= 0 else (0 if QUICK else 20)

    recs = records(args.n)
    renderer = Renderer()
    ours = bench_ours(renderer, recs)
    sample = recs[: args.docxtpl_n or max(args.n // 5, 20)]
    theirs = bench_docxtpl(renderer, sample)
    size = len(renderer.render(recs[0], number="202601000"))
    print(f"render: complaint sheet, {len(recs[0].spec.copies)} copies, {size / 1024:.0f} KiB per DOCX")
    print(f"{'':28}{'wall ms/doc':>12}{'CPU ms/doc':>12}")
    print(f"  kesu-docs {len(recs):6d} records  {ours[0]:12.2f}{ours[1]:12.2f}")
    print(
        f"  docxtpl   {len(sample):6d} records  {theirs[0]:12.2f}{theirs[1]:12.2f}"
        "   render(ctx, autoescape=True) + save"
    )
    print(
        f"  ratio                     {theirs[0] / ours[0]:11.1f}x{theirs[1] / ours[1]:11.1f}x   goal >= 25x"
    )
    ratio = theirs[1] / ours[1]
    result(
        f"render {len(recs)} documents in-process vs docxtpl (CPU)", f"{ratio:.1f}x", ">= 25x", ratio >= 25
    )
    if args.pdf:
        took = bench_pdf(renderer, recs, args.pdf)
        if took is None:
            print("  to_pdf     skipped: LibreOffice (soffice) is not installed")
        else:
            print(
                f"  to_pdf     {took:8.2f} s for {args.pdf} DOCX ({took * 1000 / args.pdf:.0f} ms/doc, one soffice call)"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
