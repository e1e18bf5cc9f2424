"""The twenty-fourth round's new reader rules attacked (issue 10: no silent misread): forms of a
clerk's worst day on which each rule could fire wrongly, read through ``kesu parse``; each case
was read wrong with no word before its fix (dev25-attack).

- item lines split line by line: a figure cell's two lines that are a count and a note on it
  (``300⏎3箱``) are no two items; the row is read as one and warned (``row_lines_unlike``).
"""

from __future__ import annotations

from test_reader_holdout24_fixes import _items, _return_in_one_row

from helpers import read_doc, soffice_convert


def test_a_count_and_its_boxes_in_one_cell_are_no_two_items(tmp_path):
    # the part's number with a note under it, the count with its boxes under it: one item
    row = ("KS-LMP-2207\n见附件", "灯罩\n透明PC", "300\n3箱", "300\n3箱", "42.00\n含税", "12,600.00\n含税")
    src = _return_in_one_row(tmp_path / "return.xlsx", row)
    pdf = soffice_convert(src, "pdf", tmp_path / "printed")
    for path in (src, pdf):
        doc = read_doc(path, "return")
        items = _items(doc)
        assert len(items) == 1, path.suffix  # before: a second item 见附件 × 3, its count unwarned
        assert "见附件" not in [i["part_no"] for i in items]
        warned = [p for p in doc["warnings"] if p["code"] == "row_lines_unlike"]
        assert warned and warned[0]["field"] == "items[0]", path.suffix
