"""The page's answers that depended on how fast the machine was (sixteenth round): the manager's
monthly statistics were a report up to 30 s old. A real register (SQLite file), the page through
Flask's test client."""

from __future__ import annotations

import json
import re

from test_web_cut_batches import _client
from web_helpers import SAMPLES

from kesu_docs import forms
from kesu_docs.register import Register

COMPLAINT = json.loads((SAMPLES / "complaint-from-system.json").read_text("utf-8"))


def _closed_in_september(reg: Register, order_no: str) -> None:
    """The sample complaint (closed 2026-09-18, loss 3,680.00) filed under a number of its own."""
    record = {k: v for k, v in COMPLAINT.items() if k not in ("kind", "number")}
    model = forms.get("complaint").model.model_validate(record | {"order_no": order_no})
    reg.issue(model, source_hash=order_no)


def _statistics(client) -> str:
    page = client.get("/manager?month=2026-09&lang=en").get_data(as_text=True)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page[page.index("<main") :]))


def test_the_managers_statistics_count_a_case_closed_since_the_page_was_last_shown(tmp_path):
    """Shown again at once, the page's tables were the report of the first look (kept 30 s for
    its charts) while its counts were the register's: 2 complaints registered, 1 case closed.
    Whether a second look saw the new case depended on the machine's speed."""
    with Register.open(tmp_path / "k.db", create=True) as reg:
        _closed_in_september(reg, "SO-2026-00001")
        app, client = _client(tmp_path, reg, "en")
        first = _statistics(client)
        assert "Complaints registered 1" in first and "Cases closed 1 " in first
        assert "Loss amount, total 3,680.00" in first
        _closed_in_september(reg, "SO-2026-00002")
        again = _statistics(client)
        assert "Complaints registered 2" in again and "Cases closed 2 " in again
        assert "Loss amount, total 7,360.00" in again
        charts = re.findall(
            r'<img src="(/manager/chart/[^"]+\.svg)"',
            client.get("/manager?month=2026-09").get_data(as_text=True),
        )
        assert charts and all(client.get(url).status_code == 200 for url in charts)
        xlsx = client.get("/manager/monthly/2026-09.xlsx")
        assert xlsx.status_code == 200
        app.extensions["kesu"]["batches"].stop(1)
