"""Register search speed: ``kesu register list`` filters on a register of 100,000 documents.

Issue 11 asks for a search over customer, part no., order no., lot no. and text that stays
fast on 100,000 documents, and for overdue / case-status filters. The register is filled
directly (one multi-row insert per 5,000 documents, with the same derived columns
``Register.issue`` writes), then each query runs as ``kesu register list`` runs it
(``Register.documents``). Target: a search under a second on SQLite. Listing tens of
thousands of documents (every overdue case of a neglected register) is printed too: its
cost is reading each record (≈0.15 ms a document), not finding them.

    .venv/bin/python bench/search_bench.py
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import result  # noqa: E402

from kesu_docs.config import Settings  # noqa: E402
from kesu_docs.register import Register  # noqa: E402
from kesu_docs.register.database import writing  # noqa: E402
from kesu_docs.register.schema import documents  # noqa: E402
from kesu_docs.register.search import search_columns  # noqa: E402

COUNT = 100_000
TARGET_S = 1.0
CUSTOMERS = ["华东精密机械有限公司", "深圳市华星光电技术有限公司", "南方电器股份有限公司", "北方重工集团"]


def rows(start: int, count: int, settings: Settings) -> list[dict]:
    out = []
    for i in range(start, start + count):
        received = dt.date(2025, 1, 1) + dt.timedelta(days=i % 600)
        closed = received + dt.timedelta(days=i % 25) if i % 3 else None
        record = {
            "number": f"{received:%Y%m}{i:06d}",
            "received_date": received.isoformat(),
            "customer": CUSTOMERS[i % len(CUSTOMERS)],
            "market": "domestic",
            "order_no": f"SO-{i:06d}",
            "part_no": f"PCB-{i % 5000:04d}-A",
            "lot_no": f"L{i:07d}",
            "description": f"第 {i} 批来料检验发现电容虚焊 {i % 97} 片，上电无输出。",
            "root_cause": "回流焊炉温区热电偶漂移" if i % 2 else None,
            "closed_date": closed.isoformat() if closed else None,
        }
        due = received + dt.timedelta(days=settings.deadlines.domestic_days)
        out.append(
            dict(
                kind="complaint",
                number=record["number"],
                period=f"{received:%Y%m}",
                serial=i,
                status="issued",
                source=f"inbox/{i}.xlsx",
                source_hash=f"h{i}",
                record_hash=f"r{i}",
                record=record,
                document_date=received,
                issued_at=dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc),
                reprints=0,
                customer=record["customer"],
                part_no=record["part_no"],
                due_date=due,
                closed_date=closed,
                revision=1,
                **search_columns("complaint", record),
            )
        )
    return out


def timed(label: str, call) -> float:
    """CPU seconds of ``call`` (wall printed beside: the machine is shared)."""
    start, cpu = time.perf_counter(), time.process_time()
    found = call()
    seconds, used = time.perf_counter() - start, time.process_time() - cpu
    print(f"{label:<42} {used * 1000:8.1f} ms CPU {seconds * 1000:8.1f} ms wall  ({len(found)} documents)")
    return used


def main() -> int:
    settings = Settings()
    with (
        tempfile.TemporaryDirectory() as folder,
        Register.open(Path(folder) / "kesu.db", settings=settings) as reg,
    ):
        start = time.perf_counter()
        for first in range(0, COUNT, 5000):
            with writing(reg._engine) as conn:
                conn.execute(documents.insert(), rows(first, 5000, settings))
        print(f"filled {COUNT} documents in {time.perf_counter() - start:.1f} s")
        as_of = dt.date(2026, 9, 1)
        worst = max(
            timed("search an order no. (SO-012345)", lambda: reg.documents(search="SO-012345")),
            timed("search a lot no., lower case (l0099999)", lambda: reg.documents(search="l0099999")),
            timed("search customer + part (南方 pcb-0042)", lambda: reg.documents(search="南方 pcb-0042")),
            timed("search text + customer (虚焊 96 北方)", lambda: reg.documents(search="虚焊 96 北方")),
            timed(
                "overdue in one month (202608)",
                lambda: reg.documents(period="202608", case_status="overdue", as_of=as_of),
            ),
        )
        print("large lists (reading every record listed):")
        timed("  one month (202509)", lambda: reg.documents(period="202509"))
        timed(
            "  every overdue case as of 2026-09-01", lambda: reg.documents(case_status="overdue", as_of=as_of)
        )
    print(f"slowest: {worst:.2f} s CPU (target < {TARGET_S:.0f} s)")
    result(
        f"`Register.documents(search=…)` slowest of 5, {COUNT:,} documents",
        f"{worst:.2f} s CPU (load {os.getloadavg()[0]:.1f})",
        "< 1 s CPU",
        worst < TARGET_S,
    )
    return 0 if worst < TARGET_S else 1


if __name__ == "__main__":
    sys.exit(main())
