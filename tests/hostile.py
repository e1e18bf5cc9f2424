"""Hostile inputs, generated at test time: forms a customer filled as an attacker, or a clumsy
clerk did; bombs that are small on disk and huge once read. Each case knows the code kesu must
answer with and the exit status of ``kesu parse``.

Kept small where the point is the shape (a zip member *declares* 60 MB; 60 MB of spaces deflate
to 60 KB in a fraction of a second), so the whole corpus runs in the suite in seconds.
"""

from __future__ import annotations

import io
import json
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
MB = 1024 * 1024


def complaint(**changes: Any) -> dict[str, Any]:
    """A valid complaint record (the sample from another system), without its number."""
    record = json.loads((ROOT / "samples" / "complaint-from-system.json").read_text(encoding="utf-8"))
    record.pop("number")
    record.update(changes)
    return record


def write_json(path: Path, payload: Any) -> Path:
    # escaped: a lone surrogate arrives as "\\ud800", as JSON from another system carries it
    path.write_text(json.dumps(payload), encoding="utf-8")
    return path


_FILLED: dict[str, bytes] = {}
"""The forms :func:`excel_form` wrote in this process, by their changes: a blank is built once
(a second or more each, with openpyxl's merged ranges), each test given its own copy."""


def excel_form(path: Path, **changes: Any) -> Path:
    """The complaint filled into the blank Excel form kesu gives clerks."""
    from kesu_docs import forms
    from kesu_docs.blank.excel import fill_blank

    key = repr(sorted(changes.items()))
    if key not in _FILLED:
        values = complaint()
        values.pop("kind")
        spec = forms.get("complaint")
        record = spec.model.model_validate(values)
        filled = {k: getattr(record, k) for k in spec.fields} | changes
        _FILLED[key] = fill_blank(spec, filled, path).read_bytes()
    path.write_bytes(_FILLED[key])
    return path


# ---------------------------------------------------------------------------------- bombs
def _zip_with(path: Path, extra: dict[str, Callable[[Any], None]]) -> Path:
    """A real workbook (openpyxl) with more members streamed in by ``extra`` (name → writer)."""
    from openpyxl import Workbook

    book = Workbook()
    book.active["A1"] = "客户抱怨处理单"
    buffer = io.BytesIO()
    book.save(buffer)
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for name in source.namelist():
            if name not in extra:
                out.writestr(name, source.read(name))
        for name, write in extra.items():
            with out.open(name, "w", force_zip64=True) as member:
                write(member)
    return path


def whitespace_bomb(path: Path, mb: int = 60) -> Path:
    """A sheet whose XML is padded with ``mb`` MB of spaces (deflates about 1000:1)."""

    def write(member: Any) -> None:
        member.write(b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/')
        member.write(b'spreadsheetml/2006/main"><sheetData/>')
        block = b" " * MB
        for _ in range(mb):
            member.write(block)
        member.write(b"</worksheet>")

    return _zip_with(path, {"xl/worksheets/sheet1.xml": write})


def ratio_bomb(path: Path, mb: int = 20) -> Path:
    """Under the size limit, but one string of ``mb`` MB that compresses 1000:1."""

    def write(member: Any) -> None:
        member.write(b'<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/')
        member.write(b'spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>')
        block = b"A" * MB
        for _ in range(mb):
            member.write(block)
        member.write(b"</t></si></sst>")

    return _zip_with(path, {"xl/sharedStrings.xml": write})


def cells_bomb(path: Path, rows: int = 130_000, cols: int = 2) -> Path:
    """More filled cells than a form ever has (rows × columns over the limit), each one real."""

    def write(member: Any) -> None:
        member.write(b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/')
        member.write(b'spreadsheetml/2006/main"><sheetData>')
        letters = [chr(65 + c) for c in range(cols)]
        for start in range(1, rows + 1, 10_000):
            member.write(
                b"".join(
                    f'<row r="{r}">'.encode()
                    + b"".join(f'<c r="{x}{r}"><v>{r}</v></c>'.encode() for x in letters)
                    + b"</row>"
                    for r in range(start, min(start + 10_000, rows + 1))
                )
            )
        member.write(b"</sheetData></worksheet>")

    return _zip_with(path, {"xl/worksheets/sheet1.xml": write})


def far_cell(path: Path) -> Path:
    """Our blank, filled, with one space typed in the sheet's very last cell (XFD1048576): a
    used range of 17 billion cells, in a file of a few kilobytes."""
    from openpyxl import load_workbook

    excel_form(path)
    book = load_workbook(path)
    book.worksheets[0]["XFD1048576"] = " "
    book.save(path)
    return path


def many_sheets(path: Path, sheets: int = 1001, shared: bool = False) -> Path:
    """A valid workbook of ``sheets`` sheets (the first holds a form's title, the others are
    empty), its parts written as Excel writes them: openpyxl takes 5 s for a thousand.
    ``shared``: every sheet shows the first one's part (a bomb of few zip members)."""
    from openpyxl import Workbook

    book = Workbook()
    book.active["A1"] = "客户抱怨处理单"
    buffer = io.BytesIO()
    book.save(buffer)
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    kind = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
    empty = f'<?xml version="1.0"?><worksheet xmlns="{main}"><sheetData/></worksheet>'.encode()
    entries = "".join(
        f'<sheet xmlns:r="{rel}" name="S{i}" sheetId="{i}" r:id="rIdS{i}"/>' for i in range(1, sheets + 1)
    )
    own = range(2, 2 if shared else sheets + 1)  # the sheets with a part of their own
    links = "".join(
        f'<Relationship Id="rIdS{i}" Type="{rel}/worksheet" Target="'
        + ("/xl/worksheets/sheet1.xml" if shared else f"worksheets/s{i}.xml")
        + '"/>'
        for i in range(2, sheets + 1)
    )
    overrides = "".join(f'<Override PartName="/xl/worksheets/s{i}.xml" ContentType="{kind}"/>' for i in own)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for name in source.namelist():
            data = source.read(name)
            if name == "xl/workbook.xml":
                head, _, rest = data.decode().partition("<sheets>")
                data = f"{head}<sheets>{entries}</sheets>{rest.split('</sheets>', 1)[1]}".encode()
            elif name == "xl/_rels/workbook.xml.rels":
                data = data.replace(b'Id="rId1"', b'Id="rIdS1"').replace(
                    b"</Relationships>", links.encode() + b"</Relationships>"
                )
            elif name == "[Content_Types].xml":
                data = data.replace(b"</Types>", overrides.encode() + b"</Types>")
            out.writestr(name, data)
        for i in own:
            out.writestr(f"xl/worksheets/s{i}.xml", empty)
    return path


def many_members(path: Path, members: int = 20_001) -> Path:
    """A workbook carrying ``members`` tiny extra members (custom XML parts): a zip of many small
    files, each nothing, together a reader's memory."""
    return _zip_with(path, {f"customXml/item{i}.xml": lambda m: m.write(b"<a/>") for i in range(members)})


def huge_page(path: Path, height: int = 20_000) -> Path:
    """A one-page PDF whose page is ``height`` pt tall (PDF's own limit is 14,400)."""
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 %d] >>" % height
    path.write_bytes(
        _pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>", page])
    )
    return path


def scaled_form(path: Path, factor: float = 16) -> Path:
    """A filled complaint form's PDF (samples/complaint-broken.pdf) with its pages and content
    scaled ``factor`` times: 16 makes an A4 page 9,525 × 13,470 pt, within PDF's limit."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(ROOT / "samples" / "complaint-broken.pdf"))
    for page in writer.pages:
        page.scale_by(factor)
    with path.open("wb") as out:
        writer.write(out)
    return path


def _pdf(objects: list[bytes]) -> bytes:
    parts = [b"%PDF-1.4\n"]
    offsets, size = [], len(parts[0])
    for i, body in enumerate(objects, start=1):
        offsets.append(size)
        parts.append(b"%d 0 obj\n" % i + body + b"\nendobj\n")
        size += len(parts[-1])
    parts.append(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    parts += [b"%010d 00000 n \n" % o for o in offsets]
    parts.append(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, size))
    return b"".join(parts)


def stream_bomb(path: Path, mb: int = 64) -> Path:
    """A one-page PDF whose content stream inflates to ``mb`` MB."""
    packer = zlib.compressobj(9)
    block = b" " * MB
    body = b"".join(packer.compress(block) for _ in range(mb)) + packer.flush()
    path.write_bytes(
        _pdf(
            [
                b"<< /Type /Catalog /Pages 2 0 R >>",
                b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
                b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(body) + body + b"\nendstream",
            ]
        )
    )
    return path


def pages_bomb(path: Path, pages: int = 300) -> Path:
    """A PDF of ``pages`` empty pages."""
    kids = b" ".join(b"%d 0 R" % (3 + i) for i in range(pages))
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"
    path.write_bytes(
        _pdf(
            [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, pages)]
            + [page] * pages
        )
    )
    return path


def many_annots(path: Path, times: int = 90_000) -> Path:
    """A one-page fillable PDF whose page names its one text widget ``times`` times in its
    /Annots (dev26-attack: 90,000 kept the reader 2.7 s, 200,000 were refused in pypdf's English)."""
    widget = b"<< /Type /Annot /Subtype /Widget /FT /Tx /T (customer) /V (ACME) /Rect [100 700 400 720] /P 3 0 R >>"
    annots = b" ".join([b"4 0 R"] * times)
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Annots [%s] >>" % annots
    catalog = b"<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [4 0 R] >> >>"
    path.write_bytes(_pdf([catalog, b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>", page, widget]))
    return path


# ---------------------------------------------------------------------------------- the corpus
@dataclass(frozen=True)
class Case:
    name: str
    make: Callable[[Path], Path]  # writes the file into the folder given; returns its path
    code: str  # the problem's code kesu must report
    exit: int  # exit status of `kesu parse`
    field: str = ""  # the field the problem is on ("" for the file)
    bomb: bool = False  # measured in its own process (time and memory)


def _json_case(name: str, code: str, field: str, **changes: Any) -> Case:
    return Case(name, lambda d: write_json(d / f"{name}.json", complaint(**changes)), code, 1, field)


def _raw(name: str, data: bytes) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        path = folder / name
        path.write_bytes(data)
        return path

    return make


def _sparse(name: str, size: int) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        path = folder / name
        with path.open("wb") as fh:
            fh.truncate(size)  # no disk used: only the size is read
        return path

    return make


CASES: list[Case] = [
    # the number names the output file
    _json_case("number-traversal", "invalid_doc_number", "number", number="x/../../../ESCAPED"),
    _json_case("number-template", "invalid_doc_number", "number", number="x/../../templates/complaint"),
    _json_case("number-backslash", "invalid_doc_number", "number", number="..\\..\\ESCAPED"),
    _json_case("number-300-chars", "too_long", "number", number="2026" + "9" * 296),
    _json_case("number-nul", "invalid_characters", "number", number="202609\x00001"),
    _json_case("number-two-spaces", "invalid_doc_number", "number", number="2026  09 001"),
    _json_case("number-dot-segment", "invalid_doc_number", "number", number="CCF/./SG/0307"),
    _json_case("number-colon", "invalid_doc_number", "number", number="C:/kesu/0307"),
    # characters nothing can store or print
    _json_case("customer-lone-surrogate", "invalid_characters", "customer", customer="华东\ud800精密"),
    _json_case("customer-nul", "invalid_characters", "customer", customer="华东\x00精密"),
    _json_case("customer-control", "invalid_characters", "customer", customer="华东\x01精密"),
    _json_case("description-control", "invalid_characters", "description", description="虚焊\x1b[31m"),
    _json_case(
        "penalty-target-surrogate",
        "invalid_characters",
        "penalties[0].target",
        penalties=[{"target": "\udc80", "code": "C", "kind": "warning", "amount": "100.00"}],
    ),
    # numbers beyond what is stored and printed
    _json_case("qty-1e5000", "number_out_of_range", "requested_qty", requested_qty="1e5000"),
    _json_case("qty-19-digits", "number_out_of_range", "defect_qty", defect_qty="1" + "0" * 18),
    _json_case("money-1e5000", "invalid_money", "loss_amount", loss_amount="1e5000"),
    # lengths
    _json_case("description-1mb", "too_long", "description", description="划" * MB),
    _json_case("description-4001", "too_long", "description", description="划" * 4001),
    _json_case("customer-201", "too_long", "customer", customer="华" * 201),
    _json_case("order-no-65", "too_long", "order_no", order_no="S" * 65),
    # JSON that no form is
    Case("json-deep", _raw("deep.json", b"[" * 100_000 + b"]" * 100_000), "invalid_json", 2),
    Case(
        "json-huge-int",
        _raw("int.json", b'{"kind": "complaint", "ship_qty": ' + b"9" * 5000 + b"}"),
        "invalid_json",
        2,
    ),
    Case("json-not-utf8", _raw("latin.json", '{"customer": "Müller"}'.encode("latin-1")), "invalid_json", 2),
    Case("json-100mb", _sparse("big.json", 100 * MB), "limit_exceeded", 2),
    # Excel
    Case(
        "excel-number-traversal",
        lambda d: excel_form(d / "traversal.xlsx", number="x/../../../ESCAPED"),
        "invalid_doc_number",
        1,
        "number",
    ),
    Case(
        "excel-customer-too-long",
        lambda d: excel_form(d / "long.xlsx", customer="华" * 300),
        "too_long",
        1,
        "customer",
    ),
    Case("xlsx-whitespace-bomb", lambda d: whitespace_bomb(d / "ws.xlsx"), "limit_exceeded", 2, bomb=True),
    Case("xlsx-ratio-bomb", lambda d: ratio_bomb(d / "ratio.xlsx"), "limit_exceeded", 2, bomb=True),
    Case("xlsx-cells-bomb", lambda d: cells_bomb(d / "cells.xlsx"), "limit_exceeded", 2, bomb=True),
    Case("xlsx-100mb", _sparse("big.xlsx", 100 * MB), "limit_exceeded", 2),
    Case("xlsx-far-cell", lambda d: far_cell(d / "far.xlsx"), "stray_cell", 2, bomb=True),
    # PDF
    Case("pdf-stream-bomb", lambda d: stream_bomb(d / "stream.pdf"), "limit_exceeded", 2, bomb=True),
    Case("pdf-300-pages", lambda d: pages_bomb(d / "pages.pdf"), "limit_exceeded", 2, bomb=True),
    Case(
        "pdf-garbage",
        _raw("garbage.pdf", b"%PDF-1.7\n" + b"\x00garbage" * 100 + b"\n%%EOF\n"),
        "corrupt_file",
        2,
    ),
]
