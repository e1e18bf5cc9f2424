"""Memory of a long ``kesu render`` batch (issue 15, twenty-third round): what the process keeps
from one document to the next must not grow with the batch. The folding cache of
``values.halfwidth`` kept every record's values (a customer's name, an order number: each
met once a batch) up to its 16,384 texts, ≈ 4 MB of the growth from 1,000 to 10,000 documents."""

from __future__ import annotations

import copy
import json
from pathlib import Path

from kesu_docs import values
from kesu_docs.filing import render_paths
from kesu_docs.register import Register
from kesu_docs.register_columns import fold

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
COMPLAINT = json.loads((SAMPLES / "complaint-from-system.json").read_text(encoding="utf-8"))


def _inbox(folder: Path, count: int, start: int) -> Path:
    """``count`` complaints, each of another customer and order, named in Chinese."""
    folder.mkdir()
    for i in range(start, start + count):
        record = copy.deepcopy(COMPLAINT) | {"number": None}
        record["customer"] = f"青岛第{i}号电器有限公司"
        record["order_no"] = f"订单-{i:05d}"
        (folder / f"c{i:03d}.json").write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    return folder


def test_a_batch_of_new_customers_leaves_the_folding_cache_as_it_found_it(tmp_path):
    with Register.open(tmp_path / "kesu.db") as register:
        render_paths([_inbox(tmp_path / "few", 3, 0)], tmp_path / "out1", register=register)
        before = values._folded_wide.cache_info().currsize
        filed = render_paths([_inbox(tmp_path / "many", 40, 100)], tmp_path / "out2", register=register)
    assert [f.outcome for f in filed] == ["rendered"] * 40
    # 40 more customers and orders than the first batch: nothing more kept
    assert values._folded_wide.cache_info().currsize == before


def test_values_folded_without_the_cache_are_folded_the_same():
    for text in ("　ＰＯ－１２３、换货。", "青岛　海尔 ", "ＡＣＭＥ  Ｃｏ．", "٣٤٥ 件", "x" * 100):
        assert values.halfwidth(text, kept=False) == values.halfwidth(text)
    assert fold("  ＡＣＭＥ　　Ｃｏ． ") == "acme co."
    # the words that say a field does not apply, in any width, with spaces around them
    for word in ("无", " 无此项　", "Ｎ／Ａ", "n.a.", "ＮＯＮＥ", "不适用"):
        assert values.says_none(word), word
    for text in ("无此项目", "没有问题", "N/A N/A", "nonexistent", "", 3):
        assert not values.says_none(text), text
