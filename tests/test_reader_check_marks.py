"""Check marks that are not a Unicode box in the file: the FONT or the control tells.

- Wingdings ``þ`` (ticked) / ``¨`` (not) typed as runs inside a cell's text, Wingdings 2 ``R`` /
  ``£`` in cells of their own: read as the boxes they show; the same letters in a text font are
  letters (``þ`` in Calibri ticks nothing).
- Excel form-control check boxes (the sheet's VML drawing: caption, ``x:Checked``, linked cell
  showing TRUE / FALSE): the ticked caption is the answer; printed by LibreOffice they become
  PDF check-box fields, whose ``/AS`` state is read, never the first caption beside the label.
"""

from __future__ import annotations

from pathlib import Path

from helpers import add_sheet_drawing, soffice_convert
from openpyxl import Workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import Font

from kesu_docs.parse import parse_paths


def _parse(path: Path, kind: str) -> dict:
    [result] = parse_paths([path], kind=kind)
    return result.to_dict("en")


def _flagged(doc: dict, field: str) -> bool:
    return any(p["field"] == field for p in doc["errors"] + doc["warnings"])


def _complaint(ws, request_row) -> None:
    ws["A1"] = "客户投诉处理单"
    ws["A2"], ws["B2"] = "投诉编号", "TS-2611-07"
    ws["A3"], ws["B3"] = "客户名称", "常州恒立精密"
    request_row(ws)
    ws["A5"], ws["B5"] = "不良描述", "端盖毛刺划伤密封圈"


def _runs(font: str) -> CellRichText:
    mark = InlineFont(rFont=font, sz=11)
    plain = InlineFont(sz=10)
    return CellRichText(
        [
            TextBlock(mark, "þ"),
            TextBlock(plain, "退货  "),
            TextBlock(mark, "¨"),
            TextBlock(plain, "换货  "),
            TextBlock(mark, "þ"),
            TextBlock(plain, "折让"),
        ]
    )


def _wingdings_runs(tmp_path: Path, font: str) -> Path:
    wb = Workbook()

    def row(ws) -> None:
        ws["A4"], ws["B4"] = "客户要求", _runs(font)

    _complaint(wb.active, row)
    path = tmp_path / f"runs-{font}.xlsx"
    wb.save(path)
    return path


def test_wingdings_runs_in_a_cell_are_ticked_boxes(tmp_path):
    doc = _parse(_wingdings_runs(tmp_path, "Wingdings"), "complaint")
    assert doc["record"]["customer_request"] == ["return", "allowance"]


def test_the_same_letters_in_a_text_font_tick_nothing(tmp_path):
    # þ in Calibri is a letter: no box is ticked, so no choice is read from it as one
    doc = _parse(_wingdings_runs(tmp_path, "Calibri"), "complaint")
    assert doc["record"]["customer_request"] in (None, [])


def test_wingdings_2_cells_beside_their_captions_on_two_rows_are_all_read(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["8D Report"])
    ws.append(["Report No.", "8D-26-0917", "Customer", "Dana Thermal Products"])
    ws.append(["D7 Documents Updated"])
    ws.merge_cells("A3:D3")
    ws.append(["R", "PFMEA", "£", "Control Plan"])
    ws.append(["£", "Work Instruction", "R", "Inspection Std."])
    for ref in ("A4", "C4", "A5", "C5"):
        ws[ref].font = Font(name="Wingdings 2", size=12)
    ws.append(["D8 Closure"])
    ws.append(["Approved by", "Li Wei"])
    path = tmp_path / "scar.xlsx"
    wb.save(path)
    doc = _parse(path, "8d")
    assert doc["record"]["prevention"]["documents_updated"] == ["fmea", "inspection_standard"]


_VML = (
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"'
    ' xmlns:x="urn:schemas-microsoft-com:office:excel"><v:shapetype id="_x0000_t201" coordsize="21600,21600"'
    ' o:spt="201" path="m,l,21600r21600,l21600,xe"/>{shapes}</xml>'
)
_SHAPE = (
    '<v:shape id="_x0000_s{n}" type="#_x0000_t201" style="position:absolute" filled="f" stroked="f">'
    '<v:textbox><div style="text-align:left"><font face="PMingLiU" size="200" color="auto">{caption}'
    '</font></div></v:textbox><x:ClientData ObjectType="Checkbox"><x:Anchor>{col}, 2, {row}, 2, {col1},'
    " 0, {row1}, 0</x:Anchor><x:FmlaLink>{link}</x:FmlaLink>{checked}<x:NoThreeD/></x:ClientData></v:shape>"
)


def _with_check_boxes(path: Path, boxes: list[tuple[str, str, str, bool]]) -> None:
    """Add form-control check boxes to the first sheet as Excel saves them (VML drawing,
    ``legacyDrawing`` and its relationship): (caption, cell it floats over, linked cell, ticked)."""
    from openpyxl.utils.cell import coordinate_to_tuple

    shapes = []
    for n, (caption, ref, link, ticked) in enumerate(boxes):
        row, col = (v - 1 for v in coordinate_to_tuple(ref))
        shapes.append(
            _SHAPE.format(
                n=1025 + n,
                caption=caption,
                col=col,
                row=row,
                col1=col + 1,
                row1=row + 1,
                link=link,
                checked="<x:Checked>1</x:Checked>" if ticked else "",
            )
        )
    add_sheet_drawing(
        path,
        "legacyDrawing",
        "vmlDrawing1.vml",
        _VML.format(shapes="".join(shapes)),
        (
            b'<Default Extension="xml"',
            b'<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.'
            b'vmlDrawing"/><Default Extension="xml"',
        ),
    )


def _form_controls(tmp_path: Path) -> Path:
    """客戶要求 answered by three form-control check boxes (換貨 ticked), each linked to the
    cell right of it (FALSE / TRUE / FALSE); the cells under the controls are empty."""
    wb = Workbook()
    ws = wb.active
    ws.column_dimensions["B"].width = 12
    ws.column_dimensions["D"].width = 12
    ws.column_dimensions["F"].width = 12
    ws["A1"] = "客訴處理單"
    ws["A2"], ws["B2"] = "客訴編號", "CC-1150412-01"
    ws["A3"], ws["B3"] = "客戶名稱", "台達電子工業股份有限公司"
    ws["A4"] = "客戶要求"
    ws["C4"], ws["E4"], ws["G4"] = False, True, False
    ws["A5"], ws["B5"] = "不良說明", "端子壓接高度不足，拉力測試不合格。"
    path = tmp_path / "controls.xlsx"
    wb.save(path)
    _with_check_boxes(
        path, [("退貨", "B4", "$C$4", False), ("換貨", "D4", "$E$4", True), ("折讓", "F4", "$G$4", False)]
    )
    return path


def test_a_ticked_form_control_check_box_gives_its_caption(tmp_path):
    doc = _parse(_form_controls(tmp_path), "complaint")
    assert doc["record"]["customer_request"] == ["replacement"]


def test_printed_check_box_fields_are_read_by_their_state_not_the_first_caption(tmp_path):
    # LibreOffice prints the controls as PDF check-box widgets (/AS /Yes or /Off)
    pdf = soffice_convert(_form_controls(tmp_path), "pdf", tmp_path / "pdf")
    doc = _parse(pdf, "complaint")
    assert doc["record"]["customer_request"] == ["replacement"]


def _printed_marks(tmp_path: Path, mark_font: str) -> Path:
    """A printed English complaint whose request boxes are ``þ`` / ``¨`` set in ``mark_font``
    (a Windows print keeps Wingdings' own codes and names the font)."""
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    writer = PdfWriter()
    page = writer.add_blank_page(595, 842)

    def font(base: str):
        return writer._add_object(
            DictionaryObject(
                {
                    NameObject("/Type"): NameObject("/Font"),
                    NameObject("/Subtype"): NameObject("/Type1"),
                    NameObject("/BaseFont"): NameObject(base),
                    NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
                }
            )
        )

    page[NameObject("/Resources")] = DictionaryObject(
        {
            NameObject("/Font"): DictionaryObject(
                {NameObject("/F1"): font("/Helvetica"), NameObject("/F2"): font("/" + mark_font)}
            )
        }
    )

    def text(f: str, x: float, y: float, s: str) -> str:
        return f"BT /{f} 10 Tf {x} {y} Td ({s}) Tj ET"

    lines = [
        text("F1", 42, 790, "CUSTOMER COMPLAINT FORM"),
        text("F1", 42, 760, "Complaint No.:"),
        text("F1", 160, 760, "CC-26-0412"),
        text("F1", 42, 740, "Customer:"),
        text("F1", 160, 740, "Northwind Appliance Parts"),
        text("F1", 42, 720, "Customer Request:"),
        text("F2", 160, 720, "\\250"),  # ¨
        text("F1", 166, 720, "Return"),
        text("F2", 230, 720, "\\376"),  # þ
        text("F1", 236, 720, "Replacement"),
        text("F1", 42, 700, "Description:"),
        text("F1", 160, 700, "Burrs on hinge bracket edge"),
    ]
    stream = DecodedStreamObject()
    stream.set_data("\n".join(lines).encode("latin-1"))
    page[NameObject("/Contents")] = writer._add_object(stream)
    path = tmp_path / f"marks-{mark_font}.pdf"
    with open(path, "wb") as fh:
        writer.write(fh)
    return path


def test_printed_wingdings_glyphs_are_boxes_and_the_same_glyphs_in_helvetica_are_not(tmp_path):
    doc = _parse(_printed_marks(tmp_path, "Wingdings"), "complaint")
    assert doc["record"]["customer_request"] == ["replacement"]
    plain = _parse(_printed_marks(tmp_path, "Helvetica"), "complaint")
    assert plain["record"]["customer_request"] != ["replacement"]
