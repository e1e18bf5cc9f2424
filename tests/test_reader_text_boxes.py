"""Values typed in an Excel text box over the grid (issue 10, pattern 6 of the tenth held-out set).

A clerk whose text does not fit a cell types it in a text box laid over the field's empty
cells: the shape's text is the field's value, read as if typed in the cell the shape's
top-left corner lies in, its provenance saying it came from a text box. A workbook whose
whole form is typed in a shape is refused saying so (pattern 7).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import add_sheet_drawing, needs_soffice, parse_cli, soffice_convert
from openpyxl import Workbook

_DRAWING = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><xdr:wsDr xmlns:xdr="http://schemas.'
    'openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/'
    'drawingml/2006/main">{anchors}</xdr:wsDr>'
)
_SHAPE = (
    '<xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="{n}" name="TextBox {n}"/><xdr:cNvSpPr '
    'txBox="1"/></xdr:nvSpPr><xdr:spPr><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr>'
    '<xdr:txBody><a:bodyPr wrap="square"/><a:lstStyle/>{paragraphs}</xdr:txBody></xdr:sp><xdr:clientData/>'
)
_TWO_CELL = (
    "<xdr:twoCellAnchor><xdr:from><xdr:col>{c0}</xdr:col><xdr:colOff>38100</xdr:colOff><xdr:row>{r0}"
    "</xdr:row><xdr:rowOff>19050</xdr:rowOff></xdr:from><xdr:to><xdr:col>{c1}</xdr:col><xdr:colOff>0"
    "</xdr:colOff><xdr:row>{r1}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>{shape}</xdr:twoCellAnchor>"
)
_ONE_CELL = (
    "<xdr:oneCellAnchor><xdr:from><xdr:col>{c0}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>{r0}"
    '</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:ext cx="3000000" cy="400000"/>{shape}'
    "</xdr:oneCellAnchor>"
)


def _paragraphs(lines: list[list[tuple[str, bool]]]) -> str:
    """``a:p`` per line, each line's runs (text, struck through)."""
    out = []
    strike = ' strike="sngStrike"'
    for runs in lines:
        out.append(
            "<a:p>"
            + "".join(
                f'<a:r><a:rPr lang="zh-CN" sz="1000"{strike if struck else ""}/><a:t>{text}</a:t></a:r>'
                for text, struck in runs
            )
            + "</a:p>"
        )
    return "".join(out)


def _with_text_boxes(path: Path, boxes: list[tuple[str, tuple[int, int, int, int] | None, list]]) -> None:
    """Add text boxes to the first sheet as Excel saves them (a DrawingML part, the sheet's
    ``<drawing r:id>`` and its relationship): (anchor kind, (row0, col0, row1, col1) 0-based,
    lines of runs)."""
    anchors = []
    for n, (kind, (r0, c0, r1, c1), lines) in enumerate(boxes, start=2):
        shape = _SHAPE.format(n=n, paragraphs=_paragraphs(lines))
        template = _TWO_CELL if kind == "two" else _ONE_CELL
        anchors.append(template.format(r0=r0, c0=c0, r1=r1, c1=c1, shape=shape))
    add_sheet_drawing(
        path,
        "drawing",
        "drawing1.xml",
        _DRAWING.format(anchors="".join(anchors)),
        (
            b"</Types>",
            b'<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.'
            b'openxmlformats-officedocument.drawing+xml"/></Types>',
        ),
    )


def _return_note(tmp_path: Path, boxes: list, name: str = "return.xlsx") -> Path:
    """A small 退貨單 of our own: 退貨原因 over the empty merged B5:E6 (the text box's place),
    備註 with a typed value."""
    wb = Workbook()
    ws = wb.active
    ws.title = "退貨"
    for col in "BCDE":
        ws.column_dimensions[col].width = 14
    ws["A1"] = "退貨單"
    ws["A2"], ws["B2"], ws["C2"], ws["D2"] = "退貨單號", "RT-2611-07", "退貨日期", "2026/11/20"
    ws["A3"], ws["B3"], ws["C3"], ws["D3"] = "客戶名稱", "緯創資通", "訂單編號", "PO-88120"
    ws["A4"], ws["B4"], ws["C4"], ws["D4"] = "料號", "FAN-0712", "退貨數量", 300
    ws["A5"] = "退貨原因"
    ws.merge_cells("B5:E6")
    ws.merge_cells("A5:A6")
    ws["A7"], ws["B7"] = "經辦人", "林雅婷"
    path = tmp_path / name
    wb.save(path)
    _with_text_boxes(path, boxes)
    return path


def _parse(path: Path, *args: str) -> dict:
    _code, [doc] = parse_cli(path, *args)
    return doc


REASON = [[("風扇轉速不足，", False)], [("客戶進料檢驗判退 1 批。", False)]]


def test_a_value_typed_in_a_text_box_over_empty_cells_is_the_fields_value(tmp_path):
    doc = _parse(_return_note(tmp_path, [("two", (4, 1, 6, 5), REASON)]))
    assert doc["kind"] == "return"
    assert doc["record"]["reason"] == "風扇轉速不足，\n客戶進料檢驗判退 1 批。"
    prov = doc["provenance"]["reason"]
    assert prov["location"] == "退貨!B5" and prov["how"].endswith(":text-box")
    # the other fields read from cells say nothing of a text box
    assert not doc["provenance"]["number"]["how"].endswith(":text-box")


def test_a_text_box_anchored_by_one_cell_and_a_struck_run_in_it(tmp_path):
    lines = [[("轉速不足", True), ("風扇異音", False)]]
    doc = _parse(_return_note(tmp_path, [("one", (4, 1, 0, 0), lines)]))
    assert doc["record"]["reason"] == "風扇異音"


def test_a_text_box_whose_corner_lies_on_the_label_gives_the_empty_cell_after_it(tmp_path):
    # the shape drawn from the label's cell A5 across the empty B5:E6
    doc = _parse(_return_note(tmp_path, [("two", (4, 0, 6, 5), REASON)]))
    assert doc["record"]["reason"] == "風扇轉速不足，\n客戶進料檢驗判退 1 批。"
    assert doc["provenance"]["reason"]["location"] == "退貨!B5"


def test_a_text_box_over_a_filled_cell_does_not_replace_its_value(tmp_path):
    # a note laid over the customer's cell (and on to the filled cells right of it)
    doc = _parse(_return_note(tmp_path, [("two", (2, 1, 3, 4), [[("請於月底前回覆", False)]])]))
    assert doc["record"]["customer"] == "緯創資通"
    assert "請於月底前回覆" not in str(doc["record"])


@needs_soffice
@pytest.mark.libreoffice
def test_the_text_box_survives_a_libreoffice_resave(tmp_path):
    path = _return_note(tmp_path, [("two", (4, 1, 6, 5), REASON)])
    resaved = soffice_convert(path, "xlsx", tmp_path / "resaved")
    doc = _parse(resaved)
    assert doc["record"]["reason"] == "風扇轉速不足，\n客戶進料檢驗判退 1 批。"
    assert doc["provenance"]["reason"]["how"].endswith(":text-box")


@pytest.mark.parametrize("kind", [None, "return", "complaint"])
def test_a_form_typed_whole_in_a_text_box_is_refused_saying_so(tmp_path, kind):
    wb = Workbook()
    path = tmp_path / "shape.xlsx"
    wb.save(path)
    lines = [[("退貨單", False)], [("退貨單號：RT-2611-07", False)], [("客戶：緯創資通", False)]]
    _with_text_boxes(path, [("two", (1, 1, 20, 8), lines)])
    doc = _parse(path, *(["--kind", kind] if kind else []), "--lang", "en")
    assert doc["record"] is None
    [error] = doc["errors"]
    assert error["code"] == "form_in_text_box"
    assert "text box" in error["message"] and "退貨單號" in error["message"]


def test_a_sheet_without_any_form_and_without_shapes_is_still_not_a_form(tmp_path):
    wb = Workbook()
    wb.active["A1"] = "hello"
    path = tmp_path / "plain.xlsx"
    wb.save(path)
    doc = _parse(path)
    assert doc["errors"][0]["code"] in ("not_a_form", "unknown_kind")
