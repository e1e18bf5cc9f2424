"""Register speed: numbering 1,000 complaints in a fresh SQLite register, as ``kesu render`` does.

The render target (issue 3) leaves the register well under a millisecond per document, so
this prints the cost per document of a batch (``issue_many``, one transaction), of a rerun
of the same batch (every source found again), and of single ``issue`` calls (one
transaction each).

    .venv/bin/python bench/register_bench.py
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kesu_docs import forms  # noqa: E402
from kesu_docs.register import Register  # noqa: E402

COUNT = 1000


def complaints(tag: str, count: int) -> list:
    model = forms.get("complaint").model
    return [
        (
            model.model_validate(
                dict(
                    received_date=f"2026-09-{1 + i % 28:02d}",
                    customer=f"客户{tag}{i}",
                    market="国内",
                    order_no=f"PO-{i}",
                    part_no="PCB-4471-A",
                    ship_date="2026-08-20",
                    ship_qty=1000,
                    defect_qty=46,
                    complaint_type="质量异常",
                    description="C12 电容虚焊",
                    customer_request=["退货"],
                    requested_qty=46,
                )
            ),
            f"{tag}{i}",
            f"{tag}.json#{i}",
        )
        for i in range(count)
    ]


def per_document(seconds: float, count: int) -> str:
    return f"{seconds / count * 1000:.3f} ms/document"


def main() -> int:
    batch = complaints("batch", COUNT)
    single = complaints("single", 200)
    with tempfile.TemporaryDirectory() as tmp, Register.open(Path(tmp) / "kesu.db") as reg:
        start = time.perf_counter()
        issued = reg.issue_many(batch)
        first = time.perf_counter() - start
        start = time.perf_counter()
        reg.issue_many(batch)
        rerun = time.perf_counter() - start
        start = time.perf_counter()
        for record, source_hash, source in single:
            reg.issue(record, source_hash=source_hash, source=source)
        one_by_one = time.perf_counter() - start
    print(
        f"issue_many, {COUNT} new complaints : {per_document(first, COUNT)}  (last number {issued[-1].number})"
    )
    print(f"issue_many, the same batch again  : {per_document(rerun, COUNT)}")
    print(f"issue, one transaction each       : {per_document(one_by_one, len(single))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
