"""The page's leftovers of the fourteenth round: the manager's statistics in the page's language,
user text escaped in the server's log (one event, one line), a batch killed during its upload or
its filing said as it is after a restart. A real register (SQLite file), the page through Flask's
test client or a real ``kesu serve``."""

from __future__ import annotations

import json
import re

from test_web_cut_batches import CJK, _client
from web_helpers import SAMPLES

from kesu_docs import forms
from kesu_docs.register import Register

COMPLAINT = json.loads((SAMPLES / "complaint-from-system.json").read_text("utf-8"))


def _closed_in_september(reg: Register) -> dict:
    """The sample complaint (closed 2026-09-18, unit 制造二课, customer 华东精密机械有限公司) filed."""
    record = {k: v for k, v in COMPLAINT.items() if k != "kind"}
    reg.issue(forms.get("complaint").model.model_validate(record), source_hash="sample")
    return record


# ------------------------------------------------------------- 1. the manager's statistics in English
def test_the_managers_statistics_and_charts_speak_english_under_lang_en(tmp_path):
    """``kesu serve --lang en``: the statistics' title, summary, tables and the charts drawn were
    the Chinese report's (客诉案件统计表 2026-09, 结案件数, 件数 on the charts' axis); only the
    clerks' own words (a unit, a customer) stay as typed. The Chinese page is unchanged."""
    reg = Register.open(tmp_path / "k.db", create=True)
    record = _closed_in_september(reg)
    own = {record["responsible_unit"], record["customer"]}
    app, client = _client(tmp_path, reg, "en")
    page = client.get("/manager?month=2026-09").get_data(as_text=True)
    main = re.sub(r"<[^>]+>", " ", page[page.index("<main") :])
    assert "Complaint statistics 2026-09" in main and "Cases closed" in main and "By cause category" in main
    assert "process" in main  # the cause, a term, in English words
    left = set(CJK.findall(main.replace(record["responsible_unit"], "").replace(record["customer"], "")))
    assert not left, left
    charts = re.findall(r'<img src="(/manager/chart/[^"]+\.svg)"', page)
    assert len(charts) == 3
    for url in charts:
        svg = client.get(url).get_data(as_text=True)
        texts = " ".join(re.findall(r">([^<>]+)<", svg))
        for word in own:
            texts = texts.replace(word, "")
        assert not CJK.search(texts), (url, CJK.findall(texts))
    assert "Count" in client.get(charts[0]).get_data(as_text=True)
    chinese = client.get("/manager?month=2026-09&lang=zh").get_data(as_text=True)
    assert "客诉案件统计表 2026-09" in chinese and "结案件数" in chinese and "Cases closed" not in chinese
    assert "件数" in client.get(charts[0].replace("?", "") + "?lang=zh").get_data(as_text=True)
    app.extensions["kesu"]["batches"].stop(1)
    reg.close()
