"""A register of 100,000 documents for the scale targets, built in seconds rather than minutes.

1,000 complaints are filed through ``Register.issue_many`` (twelve months of 2026, two in
five closed — on time or late —, some investigated and decided, ten voided), then the
documents and their case log are copied 99 times in SQL with new numbers and sources
(``json_set`` keeps each record's number equal to its row's). Filing 100,000 through
``issue_many`` takes about 75 s of CPU; this, about 5 s, and about 25 s more to write the
copies' export rows, their deflated segments and the export's frame
(``Register.build_sheet_rows``, as a first export stores them).

    from _big_register import build
    build(Path(tmp) / "kesu.db", 100_000)
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from kesu_docs import forms
from kesu_docs.register import Register

BASE = 1000
CUSTOMERS = ["华东精密机械有限公司", "深圳市华星光电技术有限公司", "南方电器股份有限公司", "北方重工集团"]
CAUSES = ["物料", "作业方法", "工程/工艺", "包装", "搬运/贮存"]


def _complaint(i: int) -> dict:
    month, day = 1 + i % 12, 1 + i % 28
    values = dict(
        received_date=f"2026-{month:02d}-{day:02d}",
        customer=CUSTOMERS[i % len(CUSTOMERS)] if i % 7 else f"客户{i % 500}",
        market="国内" if i % 4 else "国外",
        order_no=f"PO-{i:05d}",
        part_no=f"PCB-{i % 50:04d}-A",
        ship_date="2025-12-20",
        ship_qty=1000,
        defect_qty=10 + i % 40,
        complaint_type="质量异常",
        description=f"第 {i} 批 C12 电容虚焊，上电无输出",
        customer_request=["退货"],
        requested_qty=10 + i % 40,
    )
    if i % 2 == 0:  # investigated
        values.update(cause_category=CAUSES[i % len(CAUSES)], root_cause="回流焊炉温区热电偶漂移")
        values.update(responsible_unit="生产部" if i % 3 else "品保部")
    if i % 5 in (0, 2):  # closed: on time, or late for one in seven
        values.update(disposition="退货", loss_amount=f"{100 + i % 900}.50")
        days = 25 if i % 7 == 0 else 5
        if day + days <= 28:
            values["closed_date"] = f"2026-{month:02d}-{day + days:02d}"
        else:  # into the next month
            values["closed_date"] = f"{2026 + month // 12}-{month % 12 + 1:02d}-{day + days - 28:02d}"
    return values


def build(path: Path, total: int = 100_000, *, rows: bool = True) -> Path:
    """A register of ``total`` documents (a multiple of 1,000) at ``path``; ``rows=False``: the
    copies' export rows left unmade (as after an upgrade: ``kesu register check`` builds them)."""
    model = forms.get("complaint").model
    with Register.open(path) as reg:
        reg.issue_many(
            [(model.model_validate(_complaint(i)), f"base{i}", f"收件箱/客诉-{i}.xlsx") for i in range(BASE)]
        )
        for number in [d.number for d in reg.documents()][::100]:
            reg.void(number, "重复登记")
    db = sqlite3.connect(path)
    db.execute("PRAGMA synchronous = OFF")  # a throwaway register: no fsync per copy
    columns = [r[1] for r in db.execute("PRAGMA table_info(documents)") if r[1] != "id"]
    event_columns = [
        r[1] for r in db.execute("PRAGMA table_info(events)") if r[1] not in ("id", "document_id")
    ]
    changed = {
        "number": "period || printf('%05d', serial + {k} * 1000)",
        "serial": "serial + {k} * 1000",
        "source_hash": "source_hash || '#{k}'",
        "source": "replace(source, '.xlsx', '-{k}.xlsx')",
        "record": "json_set(record, '$.number', period || printf('%05d', serial + {k} * 1000))",
    }
    with db:
        for k in range(1, total // BASE):
            picked = ", ".join(changed[c].format(k=k) if c in changed else c for c in columns)
            db.execute(
                f"INSERT INTO documents ({', '.join(columns)}) SELECT {picked} FROM documents "
                f"WHERE id <= {BASE} ORDER BY id"
            )
            db.execute(
                f"INSERT INTO events (document_id, {', '.join(event_columns)}) "
                f"SELECT document_id + {k * BASE}, {', '.join(event_columns)} FROM events WHERE document_id <= {BASE}"
            )
    db.close()
    if rows:
        with Register.open(path) as reg:  # every export row stored, as a first export leaves them
            reg.build_sheet_rows()
    return path
