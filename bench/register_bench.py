"""Register speed: numbering 1,000 complaints in a fresh SQLite register, as ``kesu render`` does.

The render target (issue 3) leaves the register well under a millisecond per document, so
this prints the cost per document of a batch (``issue_many``, one transaction), of a rerun
of the same batch (every source found again), and of single ``issue`` calls (one
transaction each).

    .venv/bin/python bench/register_bench.py [--quick]

Then the scale target (issue 15): on a register of 100,000 documents (10,000 with --quick),
``kesu register list`` of one period, of one status, of a search and of the whole register
(its first page: 200 rows, ``--all`` for every one), and ``kesu register export``, each under
a second, start-up included.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import QUICK, result  # noqa: E402

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


def _cli_seconds(*args: str) -> float:
    """Wall seconds of one ``kesu`` process (start-up included), its output piped away."""
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "kesu_docs.cli", *args], capture_output=True, text=True)
    took = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"kesu {' '.join(args)} failed: {done.stderr[-1500:]}")
    return took


def scale(total: int) -> None:
    """A register of ``total`` complaints over twelve months: list one period, export."""
    model = forms.get("complaint").model
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "kesu.db"
        with Register.open(db) as reg:
            for start in range(0, total, 5000):
                chunk = [
                    (
                        model.model_validate(
                            dict(
                                received_date=f"2026-{1 + i % 12:02d}-{1 + i % 28:02d}",
                                customer=f"客户{i % 500}",
                                market="国内",
                                order_no=f"PO-{i}",
                                part_no="PCB-4471-A",
                                ship_date="2025-12-20",
                                ship_qty=1000,
                                defect_qty=46,
                                complaint_type="质量异常",
                                description="C12 电容虚焊",
                                customer_request=["退货"],
                                requested_qty=46,
                            )
                        ),
                        f"scale{i}",
                        f"scale.json#{i}",
                    )
                    for i in range(start, min(start + 5000, total))
                ]
                reg.issue_many(chunk)
        listed = _cli_seconds(
            "register", "list", "--db", str(db), "--kind", "complaint", "--period", "202609"
        )
        listed_status = _cli_seconds("register", "list", "--db", str(db), "--status", "void")
        searched = _cli_seconds("register", "list", "--db", str(db), "--search", "客户42")
        whole = _cli_seconds("register", "list", "--db", str(db))
        exported = _cli_seconds("register", "export", "--db", str(db), "-o", str(Path(tmp) / "r.xlsx"))
    print(f"register of {total} documents:")
    print(f"  kesu register list --kind complaint --period 202609 : {listed:6.2f} s (start-up included)")
    print(f"  kesu register list --status void                    : {listed_status:6.2f} s")
    print(f"  kesu register list --search 客户42                   : {searched:6.2f} s")
    print(f"  kesu register list (all kinds, first 200 shown)     : {whole:6.2f} s")
    print(f"  kesu register export -o FILE.xlsx                   : {exported:6.2f} s")
    result(f"`kesu register list` one period, {total} documents", f"{listed:.2f} s", "< 1 s", listed < 1)
    result(
        f"`kesu register list --status void`, {total} documents",
        f"{listed_status:.2f} s",
        "< 1 s",
        listed_status < 1,
    )
    result(f"`kesu register list --search`, {total} documents", f"{searched:.2f} s", "< 1 s", searched < 1)
    result(f"`kesu register list` (first page), {total} documents", f"{whole:.2f} s", "< 1 s", whole < 1)
    result(f"`kesu register export`, {total} documents", f"{exported:.2f} s", "< 1 s", exported < 1)


def main() -> int:
    scale(10_000 if QUICK else 100_000)
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
