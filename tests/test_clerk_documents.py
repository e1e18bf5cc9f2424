"""Documents that print right: rows whole, headers repeated, amounts right-aligned, a box to stamp, Chinese fonts."""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from kesu_docs import forms
from kesu_docs.config import Settings
from kesu_docs.forms import describe
from kesu_docs.render import Renderer, to_pdf

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
TEMPLATES = ROOT / "templates"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def sample(name: str) -> dict:
    record = json.loads((SAMPLES / name).read_text(encoding="utf-8"))
    record.pop("kind", None)
    return record


def pages(pdf: Path) -> list[str]:
    """Each page's text as laid out: a table row's cells on one line."""
    text = subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True
    )
    return [page for page in text.stdout.split("\f") if page.strip()]


def flat(page: str) -> str:
    return re.sub(r"\s+", "", page)


@pytest.fixture(scope="module")
def long_8d(tmp_path_factory) -> list[str]:
    """An 8D whose D4 root causes are long enough to run over several pages, as printed by LibreOffice."""
    out = tmp_path_factory.mktemp("long8d")
    record = sample("8d-valid.json")
    filler = "回流焊炉第五温区热电偶漂移导致峰值温度偏低，虚焊在功能测试中未被治具检出，" * 3
    record["root_cause"] = [
        {
            "type": "发生原因",
            "cause": f"甲{i:02d}起{filler}甲{i:02d}止",
            "evidence": "炉温曲线对比",
            "verified": True,
            "contribution_pct": "10%",
        }
        for i in range(10)
    ]
    model = forms.get("8d").model.model_validate(record)
    docx = Renderer(settings=Settings()).render_to(
        out / "8d.docx", model, number="202609001", issued_date=dt.date(2026, 9, 9)
    )
    [pdf] = to_pdf([docx], out)
    first_copy = [p for p in pages(pdf) if "第一联" in flat(p)]
    return first_copy


@pytest.mark.libreoffice
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")
def test_a_d4_root_cause_row_is_never_split_across_pages(long_8d):
    with_causes = [p for p in long_8d if "甲" in p]
    assert len(with_causes) >= 2  # the table does run over pages
    for i in range(10):
        start = [n for n, p in enumerate(long_8d) if f"甲{i:02d}起" in flat(p)]
        end = [n for n, p in enumerate(long_8d) if f"甲{i:02d}止" in flat(p)]
        assert start and start == end, f"root cause {i} starts on page {start} and ends on page {end}"


@pytest.mark.libreoffice
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")
def test_the_root_cause_table_header_repeats_on_every_page_it_runs_onto(long_8d):
    columns = describe(describe(forms.get("8d").model)["root_cause"].row_model)
    heading = re.compile(r"\s+".join(c.label_zh for c in columns.values()))  # the labels on one line
    for page in long_8d:
        if "甲" in page:
            assert heading.search(page), page[:400]


def _paragraphs_holding(docx: Path, tag: str) -> list:
    from lxml import etree

    with zipfile.ZipFile(docx) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    found = []
    for p in root.iter(f"{W}p"):
        if tag in "".join(t.text or "" for t in p.iter(f"{W}t")):
            found.append(p)
    return found


@pytest.mark.parametrize("spec", forms.all_specs(), ids=lambda s: s.kind)
def test_amounts_are_right_aligned_in_every_document(spec):
    template = TEMPLATES / spec.template
    numeric = 0
    for key, meta in describe(spec.model).items():
        targets = []
        if meta.kind in ("money", "qty", "ratio", "number"):
            targets.append(f"rec.{key}")
        if meta.kind == "table":
            targets += [
                f"row.{c.key}"
                for c in describe(meta.row_model).values()
                if c.kind in ("money", "qty", "ratio", "number")
            ]
        for target in targets:
            for p in _paragraphs_holding(template, "{{ " + target + " }}"):
                jc = p.find(f"{W}pPr/{W}jc")
                assert jc is not None and jc.get(f"{W}val") == "right", (
                    f"{spec.kind}: {target} is not right-aligned"
                )
                numeric += 1
    assert numeric  # every form has amounts or quantities


@pytest.mark.parametrize("spec", forms.all_specs(), ids=lambda s: s.kind)
def test_every_table_row_is_kept_whole_and_item_headers_repeat(spec):
    from lxml import etree

    with zipfile.ZipFile(TEMPLATES / spec.template) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    rows = list(root.iter(f"{W}tr"))
    assert rows and all(r.find(f"{W}trPr/{W}cantSplit") is not None for r in rows)
    tables = [m for m in describe(spec.model).values() if m.kind == "table"]
    assert len([r for r in rows if r.find(f"{W}trPr/{W}tblHeader") is not None]) == len(tables)


@pytest.mark.parametrize("spec", forms.all_specs(), ids=lambda s: s.kind)
def test_templates_name_the_simplified_chinese_fonts_as_fallbacks(spec):
    with zipfile.ZipFile(TEMPLATES / spec.template) as z:
        fonts = z.read("word/fontTable.xml").decode("utf-8")
        theme = z.read("word/theme/theme1.xml").decode("utf-8")
    assert re.search(r'w:name="宋体"><w:altName w:val="Noto Serif CJK SC"/>', fonts)
    assert re.search(r'w:name="黑体"><w:altName w:val="Noto Sans CJK SC"/>', fonts)
    assert "ＭＳ" not in fonts and "ＭＳ" not in theme and 'script="Jpan"' not in theme  # no Japanese fonts


@pytest.mark.libreoffice
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")
def test_the_allowance_certificate_leaves_an_empty_box_for_the_buyers_stamp(tmp_path):
    record = sample("allowance-valid.json")
    assert record.get("buyer_stamped") in (True, "是")  # the register says it was stamped
    model = forms.get("allowance").model.model_validate(record)
    docx = Renderer(settings=Settings()).render_to(
        tmp_path / "a.docx", model, number="202609001", issued_date=dt.date(2026, 9, 20)
    )
    [pdf] = to_pdf([docx], tmp_path)
    layout = subprocess.run(
        ["pdftotext", "-layout", "-f", "1", "-l", "1", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    [line] = [line for line in layout.splitlines() if "买受人盖章" in line]
    assert "是" not in line.replace("买受人盖章", "")  # a box to stamp, not the word 是


def _variant(src: Path, dst: Path, replacements: dict[bytes, bytes]) -> Path:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename.startswith("word/") and item.filename.endswith(".xml"):
                for old, new in replacements.items():
                    data = data.replace(old, new)
            zout.writestr(item, data)
    return dst


@pytest.mark.libreoffice
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) is not installed")
def test_on_linux_the_pdf_sets_songti_in_the_simplified_chinese_serif_face(tmp_path):
    record = sample("complaint-from-system.json") | {"description": "骨直角 述说 误 骨直角 述说 误"}
    model = forms.get("complaint").model.model_validate(record)
    ours = Renderer(settings=Settings()).render_to(
        tmp_path / "ours.docx", model, number="202609001", issued_date=dt.date(2026, 9, 4)
    )
    named = {
        'w:eastAsia="宋体"'.encode(): b'w:eastAsia="Noto Serif CJK SC"',
        'w:eastAsia="黑体"'.encode(): b'w:eastAsia="Noto Sans CJK SC"',
    }
    sc = _variant(ours, tmp_path / "sc.docx", named)
    japanese = _variant(ours, tmp_path / "ja.docx", {b'w:eastAsia="zh-CN"': b'w:eastAsia="ja-JP"'})
    pdfs = to_pdf([ours, sc, japanese], tmp_path)
    fonts = subprocess.run(["pdffonts", str(pdfs[0])], capture_output=True, text=True).stdout
    assert "SerifCJK" in fonts  # 宋体 is a serif (Song/Ming) face: not the sans stand-in fontconfig offers

    def raster(pdf: Path) -> bytes:
        subprocess.run(
            ["pdftoppm", "-r", "110", "-gray", "-f", "1", "-l", "1", str(pdf), str(pdf.with_suffix(""))],
            check=True,
        )
        return next(tmp_path.glob(f"{pdf.stem}-*.pgm")).read_bytes()

    mine, simplified, in_japanese = map(raster, pdfs)
    assert mine == simplified  # glyph for glyph the simplified-Chinese faces
    assert mine != in_japanese  # (the comparison does see a difference of glyph forms)
