"""Reader leftovers of the ninth round, each on a small form of our own."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import parse_cli, soffice_convert
from test_reader_guards import parse, value, workbook
from test_reader_unanchored_labels import SECTIONS_8D

# the 8D of test_reader_unanchored_labels without its root-cause lines (A10–A12)
_8D = {k: v for k, v in SECTIONS_8D.items() if k not in ("A10", "A11", "A12")}


@pytest.mark.parametrize(
    ("first", "then", "whole"),
    [
        ("Root cause: fixture locating pin worn 0.3 mm,", "so the housing sat 2 mm off its datum.", True),
        ("Root cause: fixture locating pin worn 0.3 mm and", "nobody checked it at changeover.", True),
        ("Root cause: 定位销磨损 0.3 mm，", "导致外壳偏离基准 2 mm。", True),
        ("Root cause: fixture locating pin worn 0.3 mm.", "Why 1: weld bead too short", False),
    ],
    ids=["comma", "and", "zh-comma", "finished"],
)
def test_a_cause_beside_its_label_goes_on_on_the_next_line_when_unfinished(
    tmp_path: Path, first, then, whole
):
    """``Root cause: …,`` with its text going on on the next line: the cause is both lines (was:
    the first line only, the rest dropped). A finished line keeps its own text alone."""
    result = parse(workbook(tmp_path, {"8D": {**_8D, "A10": first, "A11": then}}), "8d")
    causes = [c["cause"] for c in value(result, "root_cause") or []]
    start = first.split(": ", 1)[1]
    if whole:
        assert causes[:1] == [f"{start}\n{then}"]
    else:
        assert causes[:1] == [start]


def test_the_printed_form_reads_the_continued_cause_as_its_workbook_does(tmp_path: Path):
    book = workbook(
        tmp_path,
        {
            "8D": {
                **_8D,
                "A10": "Root cause: fixture locating pin worn 0.3 mm,",
                "A11": "so the housing sat off.",
            }
        },
    )
    _, [doc] = parse_cli(soffice_convert(book, "pdf", tmp_path / "pdf"), "--kind", "8d")
    causes = [c["cause"] for c in doc["record"].get("root_cause") or []]
    assert causes[:1] == ["fixture locating pin worn 0.3 mm,\nso the housing sat off."]
