"""`kesu render` and `kesu demo` end to end: parse, number, render, rerun, void, re-print."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers import document_text

from kesu_docs.cli import cli
from kesu_docs.register import Register

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
# the sample arrives numbered from another system; these tests let the register number it
COMPLAINT = {
    k: v
    for k, v in json.loads((SAMPLES / "complaint-from-system.json").read_text(encoding="utf-8")).items()
    if k != "number"
}


def run(*args: str, env: dict | None = None):
    # the suite's console (conftest: COLUMNS=1000), so that no table cell is wrapped mid-word,
    # however long the run's temporary folder
    return CliRunner().invoke(cli, list(args), catch_exceptions=False, env=env)


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    box = tmp_path / "inbox"
    box.mkdir()
    for i, day in enumerate((3, 5, 9)):
        (box / f"c{i}.json").write_text(
            json.dumps(
                COMPLAINT | {"received_date": f"2026-09-{day:02d}", "order_no": f"SO-{i}"}, ensure_ascii=False
            ),
            encoding="utf-8",
        )
    (box / "bad.json").write_text(
        json.dumps(COMPLAINT | {"defect_qty": 99999}, ensure_ascii=False), encoding="utf-8"
    )
    return box


def test_render_numbers_and_renders_the_valid_forms_and_skips_the_invalid(tmp_path, inbox):
    out, db = tmp_path / "out", tmp_path / "kesu.db"
    result = run("render", str(inbox), "-o", str(out), "--db", str(db))
    assert result.exit_code == 1  # one input was invalid
    assert sorted(p.name for p in out.iterdir()) == [
        "complaint-202609001.docx",
        "complaint-202609002.docx",
        "complaint-202609003.docx",
    ]
    assert "不良数量" in result.output  # the reason for the skipped one
    text = document_text(out / "complaint-202609001.docx")
    for copy in ("第一联", "第二联", "第三联", "第四联", "第五联"):
        assert copy in text
    assert "202609001" in text and "QR-047-01-A2" in text
    assert not list(out.glob(".*"))  # no temporary file left behind


def test_rerunning_the_same_inputs_changes_nothing(tmp_path, inbox):
    out, db = tmp_path / "out", tmp_path / "kesu.db"
    run("render", str(inbox), "-o", str(out), "--db", str(db))
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    again = run("render", str(inbox), "-o", str(out), "--db", str(db))
    assert again.exit_code == 1
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before  # byte-identical
    assert "沿用原编号" in again.output
    with Register.open(db) as reg:
        assert [d.number for d in reg.documents()] == ["202609001", "202609002", "202609003"]


def test_parallel_jobs_render_the_same_bytes(tmp_path, inbox):
    for i in range(3, 9):  # enough documents for the jobs to share them out
        (inbox / f"c{i}.json").write_text(
            json.dumps(COMPLAINT | {"order_no": f"SO-{i}"}, ensure_ascii=False), encoding="utf-8"
        )
    one, two = tmp_path / "one", tmp_path / "two"
    run("render", str(inbox), "-o", str(one), "--db", str(tmp_path / "a.db"))
    run("render", str(inbox), "-o", str(two), "--db", str(tmp_path / "b.db"), "--jobs", "2")
    # issue times differ between registers only in what the documents print of them
    assert sorted(p.name for p in one.iterdir()) == sorted(p.name for p in two.iterdir())
    assert {p.name: p.read_bytes() for p in one.iterdir()} == {p.name: p.read_bytes() for p in two.iterdir()}


def test_a_void_number_renders_void_on_every_copy_and_a_reprint_shows_the_original_date(tmp_path, inbox):
    out, db = tmp_path / "out", tmp_path / "kesu.db"
    run("render", str(inbox), "-o", str(out), "--db", str(db))
    original = (out / "complaint-202609002.docx").read_bytes()
    assert run("register", "void", "202609002", "--reason", "客户撤回投诉", "--db", str(db)).exit_code == 0
    run("render", str(inbox), "-o", str(out), "--db", str(db))
    # the void copy is a file of its own; the original's file is never overwritten
    text = document_text(out / "complaint-202609002-作废.docx")
    assert text.count("作废") >= 5 and "客户撤回投诉" in text
    assert (out / "complaint-202609002.docx").read_bytes() == original
    assert "作废" not in document_text(out / "complaint-202609001.docx")

    reprint = run("render", "--reprint", "202609001", "-o", str(out), "--db", str(db))
    assert reprint.exit_code == 0, reprint.output
    [copy] = out.glob("complaint-202609001-补印*.docx")
    with Register.open(db) as reg:
        issued = reg.get("202609001").issued_date.isoformat()
    text = document_text(copy)
    assert text.count("补印") >= 5 and issued in text


def test_reprint_of_an_unknown_number_is_refused(tmp_path):
    result = run(
        "render", "--reprint", "209901999", "-o", str(tmp_path / "o"), "--db", str(tmp_path / "k.db")
    )
    assert result.exit_code == 1
    assert "209901999" in result.output


def test_a_prenumbered_form_under_a_taken_number_is_refused(tmp_path, inbox):
    out, db = tmp_path / "out", tmp_path / "kesu.db"
    run("render", str(inbox), "-o", str(out), "--db", str(db))
    clash = tmp_path / "clash.json"
    clash.write_text(
        json.dumps(COMPLAINT | {"number": "202609001", "customer": "另一家客户"}, ensure_ascii=False),
        encoding="utf-8",
    )
    result = run("render", str(clash), "-o", str(out), "--db", str(db))
    assert result.exit_code == 1
    assert "编号冲突" in result.output


def test_a_batch_of_a_thousand_json_records_renders_without_error(tmp_path):
    records = [
        COMPLAINT | {"order_no": f"SO-{i:04d}", "customer": f"客户{i} A&B <Ltd> {{{{ 7*7 }}}}"}
        for i in range(1000)
    ]
    src = tmp_path / "batch.json"
    src.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "out"
    result = run("render", str(src), "-o", str(out), "--db", str(tmp_path / "kesu.db"))
    assert result.exit_code == 0, result.output[-2000:]
    files = sorted(out.glob("*.docx"))
    assert len(files) == 1000
    assert (out / "complaint-2026091000.docx").is_file()  # the serial grows past 999
    assert "A&B <Ltd> {{ 7*7 }}" in document_text(files[0])


def test_pdf_without_libreoffice_is_a_clear_error(tmp_path, inbox):
    result = run(
        "render",
        str(inbox / "c0.json"),
        "-o",
        str(tmp_path / "o"),
        "--db",
        str(tmp_path / "k.db"),
        "--pdf",
        env={"PATH": "/nonexistent"},
    )
    assert result.exit_code == 2
    assert "libreoffice" in result.output.lower()


@pytest.mark.libreoffice
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_render_pdf_gives_a_pdf_per_document(tmp_path, inbox):
    out = tmp_path / "out"
    result = run("render", str(inbox / "c0.json"), "-o", str(out), "--db", str(tmp_path / "k.db"), "--pdf")
    assert result.exit_code == 0, result.output
    assert (out / "complaint-202609001.pdf").read_bytes().startswith(b"%PDF")


def test_an_unreachable_register_exits_2(tmp_path, inbox):
    result = run(
        "render", str(inbox), "-o", str(tmp_path / "o"), "--db", "postgresql://nobody@127.0.0.1:1/kesu"
    )
    assert result.exit_code == 2
    assert "登记簿" in result.output


def test_demo_runs_the_whole_flow_and_renders_one_of_each_form(tmp_path, monkeypatch):
    monkeypatch.chdir(SAMPLES.parent)
    out = tmp_path / "demo"
    result = run("demo", "-o", str(out), "--no-pdf")
    assert result.exit_code == 0, result.output
    kinds = {p.name.split("-")[0] for p in (out / "documents").glob("*.docx")}
    assert kinds == {"complaint", "8d", "return", "allowance"}
    assert (out / "kesu.db").is_file() and (out / "检查报告.html").is_file()
    assert str((out / "documents").resolve()) in result.output.replace("\n", "")


def test_a_register_that_cannot_be_written_exits_2_before_rendering_anything(tmp_path, inbox):
    db = tmp_path / "kesu.db"
    Register.open(db).close()
    out = tmp_path / "out"
    result = run(
        "render", str(inbox), "-o", str(out), "--db", f"sqlite:///file:{db}?mode=ro&uri=true", "--lang", "en"
    )
    assert result.exit_code == 2
    assert "read-only" in result.output
    assert not out.exists() or not list(out.iterdir())


def test_pdf_without_libreoffice_numbers_nothing(tmp_path, inbox):
    db = tmp_path / "k.db"
    result = run(
        "render",
        str(inbox / "c0.json"),
        "-o",
        str(tmp_path / "o"),
        "--db",
        str(db),
        "--pdf",
        env={"PATH": "/nonexistent"},
    )
    assert result.exit_code == 2
    with Register.open(db) as reg:
        assert reg.documents() == []  # asked for PDFs it cannot make: nothing filed


def test_reprint_as_pdf_without_libreoffice_is_a_clear_error_and_counts_no_reprint(tmp_path, inbox):
    out, db = tmp_path / "out", tmp_path / "kesu.db"
    run("render", str(inbox / "c0.json"), "-o", str(out), "--db", str(db))
    result = run(
        "render",
        "--reprint",
        "202609001",
        "--pdf",
        "-o",
        str(out),
        "--db",
        str(db),
        env={"PATH": "/nonexistent"},
    )
    assert result.exit_code == 2
    assert "libreoffice" in result.output.lower() and "Traceback" not in result.output
    with Register.open(db) as reg:
        assert reg.get("202609001").reprints == 0
    assert not list(out.glob("*补印*"))


def test_reprint_refusals_speak_the_chosen_language(tmp_path):
    result = run(
        "render",
        "--reprint",
        "209901999",
        "-o",
        str(tmp_path / "o"),
        "--db",
        str(tmp_path / "k.db"),
        "--lang",
        "en",
    )
    assert result.exit_code == 1
    assert "209901999 is not in the register" in result.output


def test_rendering_a_folder_into_a_folder_inside_it_does_not_read_its_own_documents_back(tmp_path, inbox):
    (inbox / "bad.json").unlink()
    out = inbox / "受控文件"
    out.mkdir()
    (out / "complaint-202608001.pdf").write_bytes(b"%PDF-1.7 an earlier run's copies")  # not a form to file
    first = run("render", str(inbox), "-o", str(out), "--db", str(tmp_path / "kesu.db"))
    assert first.exit_code == 0, first.output
    assert "202608001" not in first.output
    named = run(
        "render", str(out / "complaint-202608001.pdf"), "-o", str(out), "--db", str(tmp_path / "kesu.db")
    )
    assert named.exit_code == 2  # named on purpose: it is read, and refused


def test_a_document_libreoffice_cannot_convert_is_reported_and_the_others_keep_their_pdfs(
    tmp_path, inbox, monkeypatch
):
    from pypdf import PdfWriter

    sample = tmp_path / "sample.pdf"
    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    writer.write(sample)
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    office = bin_dir / "soffice"  # converts every document but 202609002, as LibreOffice does with a bad file
    office.write_text(
        '#!/bin/sh\nfor a; do case "$a" in --outdir) next=1;; *.docx) case "$a" in *202609002*) ;; '
        f'*) cp {sample} "$out/$(basename "$a" .docx).pdf";; esac;; *) [ -n "$next" ] && out="$a"; '
        'next=;; esac; done\necho "Error: source file could not be loaded" >&2\n'
    )
    office.chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}:/usr/bin:/bin")
    out = tmp_path / "out"
    result = run("render", str(inbox), "-o", str(out), "--db", str(tmp_path / "kesu.db"), "--pdf")
    assert result.exit_code == 1, result.output
    assert sorted(p.name for p in out.glob("*.pdf")) == ["complaint-202609001.pdf", "complaint-202609003.pdf"]
    row = next(line for line in result.output.splitlines() if "202609002" in line)
    assert "生成失败" in row and "LibreOffice" in row


def test_the_summary_piped_into_a_file_keeps_each_document_on_one_line(tmp_path, inbox, monkeypatch):
    monkeypatch.chdir(tmp_path)  # a clerk in the plant's folder: kesu render 收件箱 -o 受控文件/2026-09
    out = Path("受控文件") / "2026-09"
    result = CliRunner().invoke(cli, ["render", "inbox", "-o", str(out), "--db", "k.db"], env={"COLUMNS": ""})
    row = next(line for line in result.output.splitlines() if "202609001" in line)
    assert "inbox/c0.json" in row and str(out / "complaint-202609001.docx") in row


def test_a_reprint_that_cannot_be_rendered_is_not_counted(tmp_path, inbox):
    out, db = tmp_path / "out", tmp_path / "kesu.db"
    run("render", str(inbox / "c0.json"), "-o", str(out), "--db", str(db))
    (tmp_path / "no-templates").mkdir()
    result = run(
        "render",
        "--reprint",
        "202609001",
        "-o",
        str(out),
        "--db",
        str(db),
        env={"KESU_TEMPLATES": str(tmp_path / "no-templates")},
    )
    assert result.exit_code == 2
    assert "complaint" in result.output and "Traceback" not in result.output
    with Register.open(db) as reg:
        assert reg.get("202609001").reprints == 0  # no copy was made: none counted
    again = run("render", "--reprint", "202609001", "-o", str(out), "--db", str(db))
    assert again.exit_code == 0 and (out / "complaint-202609001-补印1.docx").is_file()
