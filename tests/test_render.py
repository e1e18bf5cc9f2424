"""The renderer: one DOCX per record with every copy, document control, values printed as data."""

from __future__ import annotations

import io
import os
import re
import zipfile
from pathlib import Path

import docx
import pytest
from helpers import COMPLAINT, ISSUED, NUMBER
from helpers import checked_complaint as complaint
from lxml import etree

from kesu_docs import forms
from kesu_docs.config import Settings
from kesu_docs.render import PdfError, Renderer, TemplateError, default_template_dir, to_pdf


def body_xml(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return z.read("word/document.xml").decode("utf-8")


def all_text(data: bytes) -> str:
    """Every paragraph's text, tables included, as python-docx reads it."""
    document = docx.Document(io.BytesIO(data))
    out = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            out += [cell.text for cell in row.cells]
    return "\n".join(out)


def copies_of(data: bytes) -> list[str]:
    """Each copy's XML as printed: its header followed by its part of the body, in section order."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        rels = z.read("word/_rels/document.xml.rels").decode()
        xml = z.read("word/document.xml").decode()
        targets = dict(re.findall(r'Id="([^"]+)"[^>]*Target="([^"]+)"', rels))
        bodies = re.split(r"<w:sectPr[ >].*?</w:sectPr>", xml, flags=re.S)
        out = []
        for body, section in zip(bodies, re.findall(r"<w:sectPr[ >].*?</w:sectPr>", xml, flags=re.S)):
            header = re.search(r'<w:headerReference [^>]*r:id="([^"]+)"', section).group(1)
            out.append(z.read(f"word/{targets[header]}").decode() + body)
        return out


def header_text(data: bytes) -> str:
    """The text of every copy's header, in order."""
    return "\n".join(re.sub(r"<[^>]+>", "", piece.split("</w:hdr>")[0]) for piece in copies_of(data))


@pytest.fixture(scope="module")
def renderer() -> Renderer:
    return Renderer(settings=Settings())


def test_complaint_sheet_renders_all_five_copies_in_one_docx_that_word_tools_open(renderer):
    data = renderer.render(complaint(), number=NUMBER, issued_date=ISSUED)
    assert "华东精密机械有限公司" in all_text(data)  # python-docx opens it
    stamps = re.findall(r"第[一二三四五]联 [^<]+?）", header_text(data))
    assert stamps == [
        "第一联 质量管理部存（白）",
        "第二联 制造部门存（红）",
        "第三联 业务部门(依批示办理)（黄）",
        "第四联 会计科存（蓝）",
        "第五联 总经理室存（绿）",
    ]
    assert len(copies_of(data)) == 5


def test_each_copy_is_a_section_whose_pages_number_from_one(renderer):
    xml = body_xml(renderer.render(complaint(), number=NUMBER))
    sections = re.findall(r"<w:sectPr[ >].*?</w:sectPr>", xml, flags=re.S)
    assert len(sections) == 5
    assert all('<w:pgNumType w:start="1"/>' in s for s in sections)
    with zipfile.ZipFile(io.BytesIO(renderer.render(complaint(), number=NUMBER))) as z:
        footer = z.read("word/footer1.xml").decode()
    assert "SECTIONPAGES" in footer and "PAGE" in footer


def test_every_copy_carries_the_document_control_marks(renderer):
    data = renderer.render(complaint(), number=NUMBER, issued_date=ISSUED)
    for piece in copies_of(data):
        assert "受控 CONTROLLED COPY" in piece
        assert "内部文件 不得影印送客户" in piece
        assert "制作 Prepared By" in piece and "审核 Check By" in piece and "核准 Approved By" in piece
        for printed in (
            "示范电子股份有限公司",
            "客户抱怨处理单",
            "QR-047-01-A2",
            NUMBER,
            "2026-01-01",
            "质量管理部",
        ):
            assert printed in piece


def test_the_controlled_copy_mark_is_red(renderer):
    xml = copies_of(renderer.render(complaint(), number=NUMBER))[0]
    run = re.search(r"<w:r>(?:(?!</w:r>).)*受控 CONTROLLED COPY", xml, flags=re.S).group(0)
    assert '<w:color w:val="C00000"/>' in run


def test_void_document_shows_void_and_its_reason_on_every_copy(renderer):
    data = renderer.render(complaint(), number=NUMBER, status="void", void_reason="客户撤回 & 重开")
    pieces = copies_of(data)
    assert len(pieces) == 5
    for piece in pieces:
        assert "作废 VOID" in piece and "客户撤回 &amp; 重开" in piece
        assert "CONTROLLED COPY" not in piece


def test_reprint_shows_reprint_and_the_original_issue_date_on_every_copy(renderer):
    data = renderer.render(complaint(), number=NUMBER, status="reprint", issued_date=ISSUED)
    for piece in copies_of(data):
        assert "补印 REPRINT" in piece and "2026-09-04" in piece
        assert "受控 CONTROLLED COPY" in piece  # a re-print is still a controlled copy
    assert "补印" not in "".join(copies_of(renderer.render(complaint(), number=NUMBER, issued_date=ISSUED)))


def test_the_register_status_name_re_printed_is_understood(renderer):
    assert renderer.render(
        complaint(), number=NUMBER, status="re-printed", issued_date=ISSUED
    ) == renderer.render(complaint(), number=NUMBER, status="reprint", issued_date=ISSUED)


def test_an_unknown_status_is_refused(renderer):
    with pytest.raises(ValueError, match="status"):
        renderer.render(complaint(), number=NUMBER, status="draft")


@pytest.mark.parametrize(
    "customer", ["A&B <Ltd>", "{{ 7*7 }}", "{% if true %}x{% endif %}", "\"quoted\" 'x' ]]>"]
)
def test_customer_names_that_look_like_markup_or_template_code_print_literally(renderer, customer):
    data = renderer.render(
        complaint(customer=customer, description=f"{customer}\n{{{{ number }}}}"), number=NUMBER
    )
    text = all_text(data)
    assert text.count(customer) >= 10  # customer and description, on five copies
    assert "{{ number }}" in text
    assert "49" not in text.replace("2026-09-03", "")


def test_printed_values_use_the_forms_conventions(renderer):
    text = all_text(renderer.render(complaint(), number=NUMBER))
    for printed in (
        "6,234.50",
        "1,000.00",
        "2026-08-20",
        "1,200",
        "退货、折让",
        "国内",
        "质量异常",
        "副总经理",
        "I 包装错误",
        "2.50%",
        "100.00",
        "警告",
    ):
        assert printed in text, printed
    assert "是" in [line.strip() for line in text.splitlines()]  # sample received ☑


def test_long_text_keeps_its_line_breaks(renderer):
    xml = body_xml(renderer.render(complaint(), number=NUMBER))
    assert '外观划伤</w:t><w:br/><w:t xml:space="preserve">包装破损' in xml


def test_characters_xml_cannot_hold_are_dropped_not_written(renderer):
    # forms refuse such characters on their field (test_hostile_inputs); a record built in
    # Python without validation still renders, the characters dropped
    record = complaint()
    record.customer = "A\x01B\x0bC"
    data = renderer.render(record, number=NUMBER)
    assert "ABC" in all_text(data)


def test_east_asian_fonts_are_set(renderer):
    data = renderer.render(complaint(), number=NUMBER)
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        styles = z.read("word/styles.xml").decode()
        header = z.read("word/header1.xml").decode()
    defaults = re.search(r"<w:docDefaults>.*?</w:docDefaults>", styles, flags=re.S).group(0)
    assert 'w:eastAsia="宋体"' in defaults
    assert 'w:eastAsia="黑体"' in header


def test_the_same_record_and_number_give_byte_identical_files(renderer, tmp_path):
    first = renderer.render(complaint(), number=NUMBER, issued_date=ISSUED)
    again = Renderer(settings=Settings()).render(complaint(), number=NUMBER, issued_date=ISSUED)
    assert first == again
    path = Renderer(settings=Settings()).render_to(
        tmp_path / "complaint-202609001.docx", complaint(), number=NUMBER, issued_date=ISSUED
    )
    assert path.read_bytes() == first
    assert renderer.render(complaint(), number="202609002") != first


def test_members_have_fixed_timestamps_and_the_templates_order(renderer):
    data = renderer.render(complaint(), number=NUMBER)
    template = default_template_dir() / COMPLAINT.template
    with zipfile.ZipFile(io.BytesIO(data)) as out, zipfile.ZipFile(template) as tpl:
        assert out.testzip() is None
        names = [i.filename for i in out.infolist()]
        # each copy has its own header, right after the template's one
        assert [n for n in names if "_copy" not in n] == [i.filename for i in tpl.infolist()]
        assert names[names.index("word/header1.xml") :][:5] == ["word/header1.xml"] + [
            f"word/header1_copy{n}.xml" for n in range(2, 6)
        ]
        assert {i.date_time for i in out.infolist()} == {(1980, 1, 1, 0, 0, 0)}


def test_each_copys_section_points_at_its_own_header(renderer):
    data = renderer.render(complaint(), number=NUMBER)
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        types = z.read("[Content_Types].xml").decode()
    for n in range(2, 6):
        assert f'PartName="/word/header1_copy{n}.xml"' in types
    assert [re.search(r"第.联", piece).group(0) for piece in copies_of(data)] == [
        "第一联",
        "第二联",
        "第三联",
        "第四联",
        "第五联",
    ]


def test_parts_without_tags_are_copied_from_the_template_still_compressed(renderer):
    data = renderer.render(complaint(), number=NUMBER)
    template = default_template_dir() / COMPLAINT.template

    def raw(blob: bytes, name: str) -> bytes:
        with zipfile.ZipFile(io.BytesIO(blob)) as z:
            info = z.getinfo(name)
            header = blob[info.header_offset : info.header_offset + 30]
            start = (
                info.header_offset
                + 30
                + int.from_bytes(header[26:28], "little")
                + int.from_bytes(header[28:30], "little")
            )
            return blob[start : start + info.compress_size]

    assert raw(data, "word/styles.xml") == raw(template.read_bytes(), "word/styles.xml")


def test_render_to_writes_the_whole_file_under_its_name_and_leaves_no_temporary(renderer, tmp_path):
    out = tmp_path / "out" / "complaint-202609001.docx"
    assert renderer.render_to(out, complaint(), number=NUMBER) == out
    assert [p.name for p in out.parent.iterdir()] == [out.name]
    docx.Document(str(out))


def test_a_batch_of_1000_records_renders_without_error(renderer, tmp_path):
    records = [
        complaint(
            customer=f"客户{i} & Co <{i}>",
            ship_qty=1000 + i,
            defect_qty=i % 50,
            requested_qty=i % 50,
            loss_amount=f"{i * 7}.{i % 100:02d}",
            penalties=[{"target": f"组{j}", "kind": "警告", "amount": 100 + j} for j in range(i % 4)],
        )
        for i in range(1000)
    ]
    sizes = set()
    for i, record in enumerate(records):
        data = renderer.render(record, number=f"202609{i + 1:03d}")
        sizes.add(len(data))
        if i % 250 == 0:
            assert f"客户{i} &amp; Co &lt;{i}&gt;" in body_xml(data)
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                assert z.testzip() is None
                for name in z.namelist():  # every part is well-formed XML
                    if name.endswith((".xml", ".rels")):
                        etree.fromstring(z.read(name))
    assert len(sizes) > 1


def test_templates_are_compiled_once_per_process():
    first = Renderer().template(COMPLAINT)
    assert Renderer().template(COMPLAINT) is first
    assert Renderer(template_dir=default_template_dir()).template(COMPLAINT) is first


@pytest.mark.parametrize(
    "spec",
    [s for s in forms.all_specs() if (default_template_dir() / s.template).is_file()],
    ids=lambda s: s.kind,
)
def test_every_field_of_the_form_is_printed_by_its_template(spec):
    """A field added to a model without rebuilding the template would silently never print."""
    with zipfile.ZipFile(default_template_dir() / spec.template) as z:
        xml = z.read("word/document.xml").decode()
    for key, meta in spec.fields.items():
        if meta.kind == "table":
            assert f"rec.{key} " in xml, key
            for column in forms.describe(meta.row_model):
                assert f"row.{column} " in xml, f"{key}.{column}"
        elif meta.kind == "group":
            for sub in forms.describe(meta.row_model):
                assert f"rec.{key}.{sub} " in xml, f"{key}.{sub}"
        elif meta.kind == "bool" and meta.label_zh.endswith(("盖章", "签章")):
            # a stamp is made on the paper: its label over an empty box, not 是/否 (issue 13)
            assert meta.label_zh in xml and f"rec.{key} " not in xml, key
        else:
            assert f"rec.{key} " in xml, f"{key}: run python templates/src/build_templates.py {spec.kind}"


# ---------------------------------------------------------------------------------- edited templates
def _edited_template(folder: Path) -> Path:
    """The complaint template as Word leaves it after a user restyled parts of some tags."""
    with zipfile.ZipFile(default_template_dir() / COMPLAINT.template) as z:
        members = {i.filename: z.read(i) for i in z.infolist()}
    xml = members["word/document.xml"].decode()
    run = '</w:t></w:r><w:proofErr w:type="spellStart"/><w:r><w:rPr><w:b/><w:i/></w:rPr><w:t xml:space="preserve">'
    assert "{{ rec.customer }}" in xml and "{%p for copy in copies %}" in xml
    xml = xml.replace("{{ rec.customer }}", "{{ rec.cus" + run + "tomer }" + run + "}", 1)
    xml = xml.replace("{%p for copy in copies %}", "{%p for copy " + run + "in copies %}", 1)
    members["word/document.xml"] = xml.encode()
    header = members["word/header1.xml"].decode()
    assert "{% if status == 'void' %}" in header
    header = header.replace("{% if status == 'void' %}", "{" + run + "% if status == \u2018void\u2019 %}", 1)
    members["word/header1.xml"] = header.encode()
    path = folder / COMPLAINT.template
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in members.items():
            z.writestr(name, content)
    return folder


def test_tags_that_word_split_across_runs_still_render(tmp_path):
    r = Renderer(template_dir=_edited_template(tmp_path), settings=Settings())
    data = r.render(complaint(customer="A&B <Ltd>"), number=NUMBER, status="void", void_reason="重复")
    text = all_text(data)
    assert text.count("A&B <Ltd>") == 5
    assert header_text(data).count("作废 VOID") == 5
    assert "{{" not in text + header_text(data) and "{%" not in text + header_text(data)


def test_a_missing_template_names_the_command_that_builds_it(tmp_path):
    with pytest.raises(TemplateError, match="build_templates.py complaint"):
        Renderer(template_dir=tmp_path).render(complaint(), number=NUMBER)


def test_a_template_with_a_broken_tag_names_the_part_and_line(tmp_path):
    (tmp_path / COMPLAINT.template).write_bytes((default_template_dir() / COMPLAINT.template).read_bytes())
    with zipfile.ZipFile(tmp_path / COMPLAINT.template) as z:
        members = {i.filename: z.read(i) for i in z.infolist()}
    members["word/document.xml"] = members["word/document.xml"].replace(
        b"{{ rec.customer }}", b"{{ rec.customer }", 1
    )
    with zipfile.ZipFile(tmp_path / COMPLAINT.template, "w") as z:
        for name, content in members.items():
            z.writestr(name, content)
    with pytest.raises(TemplateError, match=r"word/document\.xml line"):
        Renderer(template_dir=tmp_path).render(complaint(), number=NUMBER)


def test_pdf_without_libreoffice_names_the_package_to_install(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))  # no soffice anywhere on PATH
    with pytest.raises(PdfError) as caught:
        to_pdf([tmp_path / "x.docx"], tmp_path)
    assert caught.value.code == "office_missing"
    assert "libreoffice-writer-nogui" in caught.value.message("zh")
    assert "libreoffice-writer-nogui" in str(caught.value)


def test_a_conversion_cut_off_half_way_leaves_no_half_written_pdf(renderer, tmp_path, monkeypatch):
    # LibreOffice stopped mid-write (timeout, Ctrl-C, a crash): only whole PDFs get their names
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    office = bin_dir / "soffice"
    office.write_text(
        '#!/bin/sh\nwhile [ $# -gt 0 ]; do case "$1" in --outdir) out="$2"; shift;; '
        '*.docx) src="$1";; esac; shift; done\n'
        'printf "%%PDF-1.7 half" > "$out/$(basename "$src" .docx).pdf"\nexec sleep 30\n'
    )
    office.chmod(0o755)
    monkeypatch.setenv("PATH", str(bin_dir))
    out = tmp_path / "out"
    source = renderer.render_to(out / "complaint-202609001.docx", complaint(), number=NUMBER)
    with pytest.raises(PdfError) as caught:
        to_pdf([source], out, timeout=1)
    assert caught.value.code == "pdf_failed"
    assert sorted(p.name for p in out.iterdir()) == ["complaint-202609001.docx"]


def _png() -> bytes:
    """A 1×1 red PNG: a plant's logo."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00"))
        + chunk(b"IEND", b"")
    )


def test_a_letterhead_logo_added_in_word_appears_in_every_copys_header(tmp_path):
    logo = tmp_path / "logo.png"
    logo.write_bytes(_png())
    template = docx.Document(str(default_template_dir() / COMPLAINT.template))
    template.sections[0].header.paragraphs[0].add_run().add_picture(str(logo))
    folder = tmp_path / "plant"
    folder.mkdir()
    template.save(str(folder / COMPLAINT.template))

    data = Renderer(template_dir=folder, settings=Settings()).render(complaint(), number=NUMBER)
    document = docx.Document(io.BytesIO(data))
    assert len(document.sections) == 5
    for section in document.sections:
        header = section.header
        assert not header.is_linked_to_previous
        images = [rel for rel in header.part.rels.values() if rel.reltype.endswith("/image")]
        assert len(images) == 1 and images[0].target_part.blob == _png()
    labels = [
        re.search(
            r"第.联", "".join(p.text for t in s.header.tables for c in t._cells for p in c.paragraphs)
        ).group(0)
        for s in document.sections
    ]
    assert labels == ["第一联", "第二联", "第三联", "第四联", "第五联"]


def test_a_generic_template_can_print_any_form_by_looping_over_its_sections(tmp_path):
    """A plant may lay a form out with one loop over ``sections`` instead of a tag per field."""
    template = docx.Document()
    for line in (
        "{%p for copy in copies %}",
        "{{ form.title_zh }} {{ number }} {{ copy.label }}",
        "{%p for s in sections %}",
        "{{ s.zh }}",
        "{%p for f in s.fields %}",
        "{%p if f.kind != 'table' %}",
        "{{ f.label_zh }}：{{ f.value }}",
        "{%p else %}",
        "{%p for row in f.value %}",
        "{{ f.label_zh }}：{% for c in f.columns %}{{ row[c.key] }} {% endfor %}",
        "{%p endfor %}",
        "{%p endif %}",
        "{%p endfor %}",
        "{%p endfor %}",
        "{%p endfor %}",
    ):
        template.add_paragraph(line)
    template.save(str(tmp_path / COMPLAINT.template))
    text = all_text(Renderer(template_dir=tmp_path, settings=Settings()).render(complaint(), number=NUMBER))
    assert text.count("客户抱怨处理单 202609001") == 5
    assert "客户名称：华东精密机械有限公司" in text and "损失金额：6,234.50" in text
    assert "行政处分：包装组 I 包装错误 警告 100.00" in text
    assert text.count("调查分析") == 5


@pytest.mark.parametrize(
    "probe",
    [
        "{{ rec.__dict__ }}",
        "{{ rec.customer.__class__.__mro__ }}",
        "{{ copies.__class__.__subclasses__() }}",
        "{{ marks.append('x') }}",
    ],
)
def test_templates_run_sandboxed_and_cannot_reach_python_internals(tmp_path, probe):
    template = docx.Document()
    template.add_paragraph(probe)
    template.save(str(tmp_path / COMPLAINT.template))
    with pytest.raises(TemplateError, match="document.xml"):
        Renderer(template_dir=tmp_path, settings=Settings()).render(complaint(), number=NUMBER)


def test_a_misspelt_variable_stops_the_render_naming_it(tmp_path):
    template = docx.Document()
    template.add_paragraph("{{ rec.custmer }}")
    template.save(str(tmp_path / COMPLAINT.template))
    with pytest.raises(TemplateError, match="custmer"):
        Renderer(template_dir=tmp_path, settings=Settings()).render(complaint(), number=NUMBER)


def test_another_process_renders_the_same_bytes(renderer, tmp_path):
    """Reruns happen in new processes (another day, --jobs N): nothing may depend on hash order."""
    import hashlib
    import subprocess
    import sys

    script = tmp_path / "again.py"
    script.write_text(
        "import sys, hashlib\n"
        f"sys.path[:0] = [{str(Path(__file__).parent)!r}]\n"
        "from helpers import checked_complaint as complaint, NUMBER, ISSUED\n"
        "from kesu_docs.config import Settings\n"
        "from kesu_docs.render import Renderer\n"
        "data = Renderer(settings=Settings()).render(complaint(), number=NUMBER, status='reprint', issued_date=ISSUED)\n"
        "print(hashlib.sha256(data).hexdigest())\n",
        encoding="utf-8",
    )
    here = hashlib.sha256(
        renderer.render(complaint(), number=NUMBER, status="reprint", issued_date=ISSUED)
    ).hexdigest()
    for seed in ("1", "2"):
        done = subprocess.run(
            [sys.executable, str(script)],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        )
        assert done.stdout.strip() == here


def test_text_a_template_makes_itself_is_escaped_too(tmp_path):
    template = docx.Document()
    template.add_paragraph('{{ "A&B <x>" }}|{{ rec.customer ~ " & <co>" }}|{{ rec.customer|upper }}')
    template.save(str(tmp_path / COMPLAINT.template))
    data = Renderer(template_dir=tmp_path, settings=Settings()).render(
        complaint(customer="Q&A <Ltd>"), number=NUMBER
    )
    assert "A&amp;B &lt;x&gt;|Q&amp;A &lt;Ltd&gt; &amp; &lt;co&gt;|Q&amp;A &lt;LTD&gt;" in body_xml(data)
    assert "A&B <x>|Q&A <Ltd> & <co>|Q&A <LTD>" in all_text(data)


@pytest.mark.parametrize(
    "probe", ['{{ "-" * 10 ** 8 }}', "{{ [rec.customer] * 10 ** 8 }}", "{{ 7 ** 999999 }}"]
)
def test_a_template_making_a_result_too_large_to_print_is_stopped_naming_its_part(tmp_path, probe):
    """The sandbox caps range() but not arithmetic: ``{{ 9 ** 999999999 }}`` held every render of
    its kind for ever, ``{{ "-" * 10 ** 9 }}`` took a gigabyte. Stopped before it is computed."""
    template = docx.Document()
    template.add_paragraph(probe)
    template.save(str(tmp_path / COMPLAINT.template))
    with pytest.raises(TemplateError, match="document.xml.*too large to print"):
        Renderer(template_dir=tmp_path, settings=Settings()).render(complaint(), number=NUMBER)


def test_a_template_doing_sums_of_a_printable_size_still_prints_them(tmp_path):
    template = docx.Document()
    template.add_paragraph('{{ "=" * 12 }} {{ 2 ** 10 }} {{ 3 * 4 }}')
    template.save(str(tmp_path / COMPLAINT.template))
    text = all_text(Renderer(template_dir=tmp_path, settings=Settings()).render(complaint(), number=NUMBER))
    assert "============ 1024 12" in text
