"""Fillable PDF forms: the blank `kesu blank KIND -o FILE.pdf` writes, filled in Chinese, read back."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pytest
from helpers import as_json, example_values, parse_cli, run_cli
from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject, TextStringObject

from kesu_docs import forms
from kesu_docs.blank.pdf import font_available, write_blank
from kesu_docs.forms import FieldMeta, FormSpec, describe
from kesu_docs.parse.pdf_text import pdfium_words

pytestmark = pytest.mark.skipif(not font_available(), reason="no CJK font to embed: install fonts-noto-cjk")


def typed(meta: FieldMeta, value: Any) -> str:
    """What a clerk types into the field for ``value``: Chinese dates, ¥ amounts, terms in Chinese."""
    if meta.kind == "date":
        return f"{value.year}年{value.month}月{value.day}日"
    if meta.kind == "money":
        return f"¥{value:,.2f}"
    if meta.kind == "qty":
        return f"{value:,}"
    if meta.kind == "ratio":
        return f"{value * 100:g}%"
    if meta.kind == "bool":
        return "是" if value else "否"
    if meta.kind == "term":
        return value.zh
    if meta.kind == "terms":
        return "、".join(v.zh for v in value)
    return str(value)


def field_paths(spec: FormSpec) -> set[str]:
    """The field names the blank must have: one per record field, derived from the model."""
    out = set()
    for key, meta in spec.fields.items():
        if meta.kind == "table":
            out |= {f"{key}[{r}].{col}" for r in range(meta.rows or 3) for col in describe(meta.row_model)}
        elif meta.kind == "group":
            out |= {f"{key}.{member}" for member in describe(meta.row_model)}
        else:
            out.add(key)
    return out


def pdf_fields(spec: FormSpec, values: dict[str, Any]) -> dict[str, str]:
    """Field name → typed text; table rows go to the form's rows 1 and 3, leaving row 2 blank."""
    out: dict[str, str] = {}
    for key, value in values.items():
        meta = spec.fields[key]
        if meta.kind == "table":
            columns = describe(meta.row_model)
            slots = [0, 2] if (meta.rows or 3) >= 3 else [0, 1]
            for slot, row in zip(slots, value):
                out |= {f"{key}[{slot}].{c}": typed(columns[c], v) for c, v in row.items() if v is not None}
        elif meta.kind == "group":
            members = describe(meta.row_model)
            out |= {f"{key}.{m}": typed(members[m], v) for m, v in value.items() if v is not None}
        elif value is not None:
            out[key] = typed(meta, value)
    return out


def fill(blank: Path, fields: dict[str, str], out: Path, *, appearances: bool = True) -> Path:
    """Fill the AcroForm fields with pypdf, as a PDF viewer saves them.

    Without ``appearances`` only the values (/V) are set, as FDF merges and some tools do;
    the blank asks viewers to draw them (NeedAppearances). pypdf drawing the appearances of
    an 8D's hundred fields in the embedded CJK font takes seconds.
    """
    writer = PdfWriter(clone_from=PdfReader(blank))
    if appearances:
        for page in writer.pages:
            writer.update_page_form_field_values(page, fields, auto_regenerate=False)
    else:
        for page in writer.pages:
            for ref in page.get("/Annots") or ():
                annot = ref.get_object()
                name, node = [], annot
                while node is not None:
                    if "/T" in node:
                        name.insert(0, str(node["/T"]))
                    node = node.get("/Parent")
                    node = node.get_object() if node is not None else None
                if ".".join(name) in fields:
                    annot[NameObject("/V")] = TextStringObject(fields[".".join(name)])
    writer.write(out)
    return out


def same_as_json(tmp_path: Path, spec: FormSpec, values: dict[str, Any]) -> dict[str, Any]:
    """The `kesu parse` line for the same values given as a JSON record."""
    src = tmp_path / "same.json"
    src.write_text(
        json.dumps({"kind": spec.kind, **as_json(spec, values)}, ensure_ascii=False), encoding="utf-8"
    )
    _, [doc] = parse_cli(src)
    return doc


def findings(doc: dict[str, Any]) -> list[tuple[str, str]]:
    return sorted((p["code"], p["field"]) for p in doc["errors"] + doc["warnings"])


@pytest.fixture(scope="module")
def blanks(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("blanks")
    return {spec.kind: write_blank(spec, folder / f"{spec.kind}.pdf") for spec in forms.all_specs()}


@pytest.mark.parametrize("kind", forms.kinds())
def test_blank_pdf_has_one_named_field_per_record_field(blanks, kind):
    spec = forms.get(kind)
    names = set(PdfReader(blanks[kind]).get_fields())
    terminal = {n for n in names if not any(other.startswith(n + ".") for other in names)}
    assert terminal == field_paths(spec)


@pytest.mark.parametrize("kind", forms.kinds())
def test_blank_pdf_prints_the_chinese_title_and_labels(blanks, kind):
    spec = forms.get(kind)
    words, _ = pdfium_words(pdfium.PdfDocument(blanks[kind].read_bytes()))
    text = " ".join(w.text for w in words)
    assert spec.title_zh in text and spec.form_code in text
    for meta in spec.fields.values():
        assert meta.label_zh in text, meta.key


@pytest.mark.parametrize("kind", forms.kinds())
def test_fillable_pdf_filled_in_chinese_parses_to_the_same_record_as_the_values(blanks, kind, tmp_path):
    spec = forms.get(kind)
    values = example_values(spec)
    filled = fill(blanks[kind], pdf_fields(spec, values), tmp_path / "filled.pdf", appearances=False)
    code, [doc] = parse_cli(filled)
    reference = same_as_json(tmp_path, spec, values)
    assert doc["kind"] == kind
    assert doc["record"] == reference["record"]
    assert findings(doc) == findings(reference)
    assert code == (0 if reference["valid"] else 1)


def test_chinese_values_are_stored_as_utf16_and_read_back(blanks, tmp_path):
    filled = fill(
        blanks["complaint"],
        {"customer": "深圳市华星光电技术有限公司", "market": "国外"},
        tmp_path / "filled.pdf",
    )
    value = PdfReader(filled).get_fields()["customer"]["/V"]
    assert isinstance(value, TextStringObject) and value.get_original_bytes().startswith(b"\xfe\xff")
    _, [doc] = parse_cli(filled)
    assert doc["record"]["customer"] == "深圳市华星光电技术有限公司"
    assert doc["record"]["market"] == "foreign"


def test_errors_in_a_fillable_pdf_name_the_page_and_the_field(blanks, tmp_path):
    spec = forms.get("complaint")
    values = example_values(spec) | {"ship_date": dt.date(2026, 9, 30), "received_date": dt.date(2026, 9, 3)}
    fields = pdf_fields(spec, values)
    del fields["customer"]
    fields["penalties[2].amount"] = "一百"
    code, [doc] = parse_cli(fill(blanks["complaint"], fields, tmp_path / "filled.pdf", appearances=False))
    where = {p["field"]: p["location"] for p in doc["errors"]}
    assert code == 1
    assert where["customer"] == "p1 · customer"
    assert where["ship_date"] == "p1 · ship_date"
    # the form's third row is the record's second (the blank second row is not a record row)
    page = next(p for p in where["penalties[1].amount"].split() if p.startswith("p"))
    assert where["penalties[1].amount"] == f"{page} · penalties[2].amount"


def test_fields_named_by_their_printed_labels_are_understood(blanks, tmp_path):
    """A customer's own fillable form names its fields by the Chinese labels."""
    writer = PdfWriter(clone_from=PdfReader(blanks["complaint"]))
    for page in writer.pages:
        for annot in page.get("/Annots") or ():
            annot = annot.get_object()
            if annot.get("/T") == "customer":
                annot[NameObject("/T")] = TextStringObject("客户名称")
    renamed = tmp_path / "renamed.pdf"
    writer.write(renamed)
    _, [doc] = parse_cli(fill(renamed, {"客户名称": "华为技术有限公司"}, tmp_path / "filled.pdf"))
    assert doc["record"]["customer"] == "华为技术有限公司"


def test_kesu_blank_pdf_embeds_its_chinese_font(tmp_path):
    out = tmp_path / "客户抱怨处理单.pdf"
    code, output = run_cli("blank", "complaint", "-o", out)
    assert code == 0 and out.is_file(), output
    reader = PdfReader(out)
    fonts = reader.pages[0]["/Resources"]["/Font"]
    for ref in fonts.values():
        descendant = ref.get_object()["/DescendantFonts"][0].get_object()
        assert "/FontFile3" in descendant["/FontDescriptor"]
    assert reader.trailer["/Root"]["/AcroForm"]["/DR"]["/Font"]  # typed text uses the same font
    if shutil.which("pdffonts"):
        listing = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
        rows = listing.splitlines()[2:]
        assert rows and all(row.split()[-5] == "yes" for row in rows), listing  # the "emb" column


def test_a_fillable_pdf_without_printed_text_is_read_by_its_field_names(blanks, tmp_path):
    """Only the fields count: the kind comes from their names when no title is printed."""
    spec = forms.get("return")
    values = example_values(spec)
    filled = fill(blanks["return"], pdf_fields(spec, values), tmp_path / "filled.pdf", appearances=False)
    writer = PdfWriter(clone_from=PdfReader(filled))
    for page in writer.pages:
        content = page.get_contents()
        content.set_data(b"")
        page.replace_contents(content)
    bare = tmp_path / "bare.pdf"
    writer.write(bare)
    assert not pdfium_words(pdfium.PdfDocument(bare.read_bytes()))[0]
    _, [doc] = parse_cli(bare)
    assert doc["kind"] == "return"
    assert doc["record"] == same_as_json(tmp_path, spec, values)["record"]


def test_check_boxes_and_radio_buttons_read_as_what_they_state(blanks, tmp_path):
    """A customer's form ticks 异常样品 with a check box and picks 内外销 with radio buttons."""
    writer = PdfWriter(clone_from=PdfReader(blanks["complaint"]))
    for page in writer.pages:
        for ref in page.get("/Annots") or ():
            annot = ref.get_object()
            if annot.get("/T") == "sample_received":
                annot[NameObject("/FT")] = NameObject("/Btn")
                annot[NameObject("/V")] = NameObject("/Yes")
            elif annot.get("/T") == "market":
                annot[NameObject("/FT")] = NameObject("/Btn")
                annot[NameObject("/V")] = NameObject("/国外")
            elif annot.get("/T") == "safety_related":
                annot[NameObject("/FT")] = NameObject("/Btn")
                annot[NameObject("/V")] = NameObject("/Off")
    ticked = tmp_path / "ticked.pdf"
    writer.write(ticked)
    _, [doc] = parse_cli(ticked)
    assert doc["record"]["sample_received"] is True
    assert doc["record"]["market"] == "foreign"
    assert doc["record"]["safety_related"] is None  # unticked: not stated, as an empty cell


def test_a_blank_pdf_without_a_chinese_font_is_a_clear_error_not_a_traceback(tmp_path):
    from click.testing import CliRunner

    from kesu_docs.cli import cli

    result = CliRunner().invoke(
        cli,
        ["blank", "complaint", "-o", str(tmp_path / "x.pdf")],
        env={"KESU_CJK_FONT": str(tmp_path / "no-such-font.ttc"), "KESU_CACHE": str(tmp_path)},
    )
    assert result.exit_code == 2
    assert "fonts-noto-cjk" in result.output and "KESU_CJK_FONT" in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert not (tmp_path / "x.pdf").exists()


def test_the_blank_pdf_font_holds_the_symbols_quality_reports_are_typed_with(blanks):
    # 12°C, 50μm, 10Ω, Φ3 mm, 2‰, mm², ※ notes: typed into a field, drawn with the embedded font
    import io

    from fontTools.ttLib import TTFont

    reader = PdfReader(blanks["complaint"])
    font = next(iter(reader.pages[0]["/Resources"]["/Font"].values())).get_object()
    descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
    cmap = TTFont(io.BytesIO(descriptor["/FontFile3"].get_object().get_data())).getBestCmap()
    missing = [ch for ch in "°μΩΦφ‰§№²³±×÷≤≥℃•※△○●□■→" if ord(ch) not in cmap]
    assert not missing, missing
