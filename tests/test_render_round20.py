"""`kesu render` around the renderer, twentieth round (issue 15), shown by behaviour: a chunk's
documents are made with the template looked at once, each document still counted as it is
written; the same files and numbers as before."""

from __future__ import annotations

import io
import json
import os
import shutil
import zipfile
from pathlib import Path

from helpers import complaint

from kesu_docs import filing, forms
from kesu_docs.filing import render_paths
from kesu_docs.register import Register
from kesu_docs.render import Renderer
from kesu_docs.render import template as template_module

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
COMPLAINT = json.loads((SAMPLES / "complaint-from-system.json").read_text(encoding="utf-8"))


def _inbox(folder: Path, count: int) -> Path:
    folder.mkdir()
    for i in range(count):
        record = dict(COMPLAINT, number=None, order_no=f"SO-{i:03d}")
        (folder / f"c{i:02d}.json").write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    return folder


def _edited(path: Path) -> None:
    with zipfile.ZipFile(path) as old:
        parts = [(info, old.read(info)) for info in old.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as new:
        for info, data in parts:
            if info.filename == "word/document.xml":
                head, sep, rest = data.partition(b"?>")
                data = head + sep + b"<!-- edited -->" + rest
            new.writestr(info, data)


def test_a_held_template_renders_the_block_and_a_changed_file_is_compiled_after_it(tmp_path):
    templates = tmp_path / "templates"
    shutil.copytree(ROOT / "templates", templates, ignore=shutil.ignore_patterns("src"))
    renderer = Renderer(template_dir=templates)
    spec = forms.get("complaint")
    record = complaint()
    target = templates / "complaint.docx"
    with Renderer.held_templates():
        first = renderer.template(spec)
        before = renderer.render(record, number="202609001")
        # the file edited (a comment added to its body), its time moved on: the block keeps its own
        _edited(target)
        os.utime(target, ns=(target.stat().st_atime_ns, target.stat().st_mtime_ns + 10**9))
        assert renderer.template(spec) is first
        assert renderer.render(record, number="202609001") == before
        with Renderer.held_templates():  # a block inside another holds the same templates
            assert renderer.template(spec) is first
    after = renderer.template(spec)  # outside the block: the file is looked at, and compiled again
    assert after is not first and after.path == first.path
    again = renderer.render(record, number="202609001")
    assert again != before
    with zipfile.ZipFile(io.BytesIO(again)) as made:
        assert b"<!-- edited -->" in made.read("word/document.xml")


def test_one_chunk_looks_at_its_template_once_and_counts_each_document_as_written(tmp_path, monkeypatch):
    inbox = _inbox(tmp_path / "inbox", 17)
    with Register.open(tmp_path / "before.db") as reg:
        whole = render_paths([inbox], tmp_path / "before", register=reg)
    looked: list[str] = []
    stat = os.stat

    def counted(path, *args, **kwargs):
        if str(path).endswith("complaint.docx") and "templates" in str(path):
            looked.append(str(path))
        return stat(path, *args, **kwargs)

    monkeypatch.setattr(filing, "CHUNK", 8)  # two chunks: 8, then 9 (the last file joins them)
    monkeypatch.setattr(template_module.os, "stat", counted)
    rendered: list[int] = []

    def progress(stage: str, done: int, _total: int) -> None:
        if stage == "render":
            rendered.append(done)

    with Register.open(tmp_path / "after.db") as reg:
        chunked = render_paths([inbox], tmp_path / "after", register=reg, progress=progress)
    monkeypatch.setattr(template_module.os, "stat", stat)
    # twice a chunk (looked at before its forms are numbered, then loaded to render them), not
    # once a document (17)
    assert len(looked) == 4
    assert rendered == list(range(1, 18))  # every document counted as it is written
    assert [(f.outcome, f.number, f.printed) for f in chunked] == [
        (f.outcome, f.number, f.printed) for f in whole
    ]
    assert {p.name: p.read_bytes() for p in (tmp_path / "after").iterdir()} == {
        p.name: p.read_bytes() for p in (tmp_path / "before").iterdir()
    }


def test_a_key_given_twice_deep_in_a_single_record_is_still_named_and_a_clean_one_passes(tmp_path):
    from kesu_docs.parse.jsonfile import extract

    clean = dict(
        COMPLAINT, penalties=[{"target": "王五", "code": "C", "kind": "warning", "amount": "100.00"}]
    )
    text = json.dumps(clean, ensure_ascii=False)
    [found] = extract(tmp_path / "a.json", text.encode("utf-8"), None)
    assert found.problems == [] and found.values["penalties"][0]["amount"] == "100.00"
    twice = text.replace('"amount": "100.00"', '"amount": "100.00", "amount": "1000.00"')
    [found] = extract(tmp_path / "b.json", twice.encode("utf-8"), None)
    assert [(p.code, p.params) for p in found.problems] == [
        ("key_given_twice", {"key": "penalties[0].amount"})
    ]
    # a list: only the record that gave the key twice is refused
    listed = f"[{text}, {twice}, {text}]".encode()
    assert [[p.code for p in f.problems] for f in extract(tmp_path / "c.json", listed, None)] == [
        [],
        ["key_given_twice"],
        [],
    ]


def test_folding_full_width_runs_is_the_translation_of_the_whole_text():
    import random

    from kesu_docs.values import _FULLWIDTH, halfwidth

    alphabet = [chr(c) for c in (*_FULLWIDTH, 0x20, 0x41, 0x7A, 0x4E2D, 0x6587, 0xFF00, 0xFF5F, 0x3003, 0x0A)]
    rng = random.Random(20)
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 24)))
        assert halfwidth(text) == text.translate(_FULLWIDTH).strip()
    assert halfwidth("　ＰＯ－１２３、换货。") == "PO-123,换货."


def _printed_as_before(record, model=None):
    """printed_fields as it was written before this round: text() then value_of() for each field."""
    from kesu_docs.forms import describe
    from kesu_docs.render.display import _BLANK, text, value_of

    out = {}
    for key, meta in describe(model or type(record)).items():
        value = (
            None
            if record is None
            else (record.get(key) if isinstance(record, dict) else getattr(record, key, None))
        )
        if meta.kind == "table":
            out[key] = [_printed_as_before(row, meta.row_model) for row in (value or ())]
        elif meta.kind == "group":
            out[key] = _printed_as_before(value, meta.row_model)
        else:
            shown = text(value, meta)
            out[key] = value_of(shown) if shown else _BLANK
    return out


def _plain(printed):
    """A Printed namespace (or list of them) as plain data: each value's text and its XML."""
    from kesu_docs.render.display import Printed

    if isinstance(printed, list):
        return [_plain(p) for p in printed]
    if isinstance(printed, Printed):
        return {k: _plain(v) for k, v in vars(printed).items()}
    if isinstance(printed, dict):
        return {k: _plain(v) for k, v in printed.items()}
    return (type(printed).__name__, str(printed), str(printed.__html__()))


def test_every_samples_fields_print_as_text_then_value_of_printed_them():
    from kesu_docs.parse import parse_paths
    from kesu_docs.render.display import printed_fields

    results = parse_paths(sorted(SAMPLES.glob("*-valid.json")) + [SAMPLES / "complaint-from-system.json"])
    records = [r.record for r in results if r.record is not None]
    records.append(complaint().model_copy(update={"customer": "", "lot_no": None}))  # empty, missing
    assert {r.spec.kind for r in records} == {"complaint", "8d", "return", "allowance"}
    for record in records:
        assert _plain(printed_fields(record)) == _plain(_printed_as_before(record))


def test_a_batch_of_complaints_loads_no_other_form_and_still_refuses_a_templates_name(tmp_path):
    import subprocess
    import sys

    inbox = _inbox(tmp_path / "inbox", 3)
    script = (
        "import sys; from pathlib import Path\n"
        "from kesu_docs.filing import render_paths\n"
        "from kesu_docs.register import Register\n"
        "with Register.open(Path(sys.argv[2])) as reg:\n"
        "    filed = render_paths([Path(sys.argv[1])], Path(sys.argv[3]), register=reg)\n"
        "assert [f.outcome for f in filed] == ['rendered'] * 3, filed\n"
        # (forms._titles: the index of the forms' titles, no form's module)
        "print(sorted(m for m in sys.modules if m.startswith('kesu_docs.forms.') and m != 'kesu_docs.forms._titles'))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(inbox), str(tmp_path / "k.db"), str(tmp_path / "out")],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=True,
    )
    assert done.stdout.strip() == "['kesu_docs.forms.base', 'kesu_docs.forms.complaint']"
    # an output folder that is the templates folder: a template's name is still refused there
    from kesu_docs.render.outputs import UnsafeOutput, output_path, templates_of

    templates = tmp_path / "templates"
    shutil.copytree(ROOT / "templates", templates, ignore=shutil.ignore_patterns("src"))
    found = templates_of(templates)
    for name in (
        "8d.docx",
        "return.docx",
        "PENALTY.docx" if os.path.normcase("A") == "a" else "penalty.docx",
    ):
        try:
            output_path(templates, name, templates, root=templates.resolve(), templates=found)
        except UnsafeOutput:
            continue
        raise AssertionError(f"{name} written over its template")


def test_a_forms_template_must_be_a_file_name():
    import dataclasses

    import pytest

    spec = forms.get("complaint")
    for bad in ("sub/complaint.docx", "..\\\\complaint.docx", ".."):
        with pytest.raises(ValueError, match="not a file name"):
            dataclasses.replace(spec, template=bad)
    assert spec.model.spec is spec
