"""Security first (issue 8): every hostile input of a generated corpus is refused with its code,
on its field, with the documented exit status, in bounded time and memory; numbers never make
a path outside the output folder; no user text becomes a formula in any spreadsheet we write."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from helpers import clean_environment, kesu
from hostile import CASES, Case, complaint, excel_form, pages_bomb, write_json

from kesu_docs import forms
from kesu_docs.register import Register

ROOT = Path(__file__).resolve().parents[1]
MEMORY_LIMIT_KB = 300 * 1024
RAW_PYTHON = ("Traceback", "RecursionError", "MemoryError", "PDFium: Success", "PdfiumError")


def kesu_process(*args: str, cwd: Path, timeout: float = 120) -> tuple[int, str, str, int]:
    """``kesu ARGS`` in a process of its own: (exit status, stdout, stderr, peak memory in KB)."""
    probe = (
        "import resource, sys\n"
        "from kesu_docs.cli import main\n"
        f"sys.argv = ['kesu', *{list(args)!r}]\n"
        "try:\n    main()\n    code = 0\n"
        "except SystemExit as exc:\n    code = exc.code or 0\n"
        "sys.stdout.flush()\n"
        # this process's own high-water mark: ru_maxrss would also count the RSS of the (large)
        # pytest process it was forked from, which Linux carries over exec
        "peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "try:\n"
        "    peak = next(int(l.split()[1]) for l in open('/proc/self/status') if l.startswith('VmHWM:'))\n"
        "except (OSError, StopIteration):\n    pass\n"
        "print(peak, file=sys.stderr)\n"
        "sys.exit(code)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=cwd,
        env=clean_environment(),
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    *messages, peak = done.stderr.strip().splitlines() or ["0"]
    return done.returncode, done.stdout, "\n".join(messages), int(peak)


def parsed(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.startswith("{")]


# ---------------------------------------------------------------------------------- the corpus
@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_every_hostile_input_is_refused_with_its_code_and_exit_status(case: Case, tmp_path):
    source = case.make(tmp_path)
    if case.bomb:  # its own process: the refusal must come before the file is read into memory
        status, out, err, peak_kb = kesu_process("parse", str(source), "--lang", "en", cwd=tmp_path)
        assert peak_kb < MEMORY_LIMIT_KB, f"{case.name}: {peak_kb // 1024} MB"
    else:
        result = kesu("parse", source, "--lang", "en")
        status, out, err = result.exit_code, result.output, ""
    assert status == case.exit, out + err
    [doc] = parsed(out)
    assert not doc["valid"]
    found = [p for p in doc["errors"] if p["code"] == case.code]
    assert found, doc["errors"]
    assert found[0]["field"] == case.field
    if case.name.startswith("excel-"):  # the clerk is told which cell
        assert found[0]["location"].startswith("客户抱怨处理单!"), found[0]
    message = found[0]["message"]
    assert not any(word in out + err for word in RAW_PYTHON), message
    # the message quotes what was typed escaped and cut short: printable, never a megabyte
    message.encode("utf-8")
    assert len(message) < 600


@pytest.mark.parametrize("report", ["r.json", "r.xlsx", "r.html"])
def test_a_validation_report_over_the_whole_corpus_is_written(report, tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for case in CASES:
        if not case.bomb:
            case.make(inbox)
    result = kesu("validate", inbox, "--report", tmp_path / report, "--lang", "en")
    assert result.exit_code == 2  # some files cannot be read at all
    assert (tmp_path / report).is_file()
    assert not any(word in result.output for word in RAW_PYTHON)


def test_a_limit_is_raised_in_kesu_toml_for_a_legitimate_big_file(tmp_path):
    pdf = pages_bomb(tmp_path / "manual.pdf", pages=300)
    refused = kesu("parse", pdf, "--lang", "en", cwd=tmp_path)
    [doc] = parsed(refused.output)
    assert doc["errors"][0]["code"] == "limit_exceeded"
    assert "pdf_pages" in doc["errors"][0]["message"] and "300" in doc["errors"][0]["message"]
    configured = tmp_path / "plant"  # the settings are read once per working folder
    configured.mkdir()
    (configured / "kesu.toml").write_text("[limits]\npdf_pages = 400\n", encoding="utf-8")
    read = kesu("parse", pdf, "--lang", "en", cwd=configured)
    [doc] = parsed(read.output)
    assert "limit_exceeded" not in [p["code"] for p in doc["errors"]]  # read, and found to be no form


def test_a_field_at_its_limit_is_accepted_and_one_past_it_refused(tmp_path):
    at = write_json(tmp_path / "at.json", complaint(description="划" * 4000, customer="华" * 200))
    past = write_json(tmp_path / "past.json", complaint(description="划" * 4001))
    assert kesu("parse", at).exit_code == 0
    assert kesu("parse", past).exit_code == 1
    configured = tmp_path / "plant"
    configured.mkdir()
    (configured / "kesu.toml").write_text("[limits]\ntext_chars = 8000\n", encoding="utf-8")
    assert kesu("parse", past, cwd=configured).exit_code == 0


def test_a_legacy_number_or_another_systems_is_kept(tmp_path):
    for number in ("DH-KS-2609-017", "202609017", "KS_2026_17"):
        src = write_json(tmp_path / f"{number}.json", complaint(number=number))
        [doc] = parsed(kesu("parse", src).output)
        assert doc["valid"], doc["errors"]
        assert doc["record"]["number"] == number


# ---------------------------------------------------------------------------------- paths
def _tree(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*")}


@pytest.fixture
def templates(tmp_path, monkeypatch):
    """A copy of the templates, as an installation has them, watched for any change."""
    folder = tmp_path / "templates"
    shutil.copytree(ROOT / "templates", folder, ignore=shutil.ignore_patterns("src"))
    monkeypatch.setenv("KESU_TEMPLATES", str(folder))
    return folder


def _digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.glob("*.docx"))}


@pytest.mark.parametrize(
    "number", ["x/../../../ESCAPED", "x/../../templates/complaint", "../ESCAPED", "/tmp/ESCAPED"]
)
@pytest.mark.parametrize("source", ["json", "excel"])
def test_a_number_from_a_form_never_writes_outside_the_output_folder(source, number, tmp_path, templates):
    before, templates_before = _tree(tmp_path), _digest(templates)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    if source == "json":
        write_json(inbox / "attack.json", complaint(number=number, customer="攻击者"))
    else:
        excel_form(inbox / "attack.xlsx", number=number, customer="攻击者")
    write_json(inbox / "good.json", complaint(customer="正常客户"))
    out = tmp_path / "work" / "out"
    result = kesu("render", inbox, "-o", out, "--db", tmp_path / "kesu.db", "--lang", "en")
    assert result.exit_code == 1, result.output
    assert "attack" in result.output and "cannot be a document number" in result.output
    created = _tree(tmp_path) - before
    outside = [p for p in created if not p.startswith(("inbox", "work", "kesu.db"))]
    assert outside == []
    assert sorted(p.name for p in out.iterdir()) == ["complaint-202609001.docx"]
    assert _digest(templates) == templates_before
    with Register.open(tmp_path / "kesu.db") as reg:  # the attacker's number was never registered
        assert [d.customer for d in reg.documents()] == ["正常客户"]
    assert not (Path("/tmp") / "ESCAPED.docx").exists()


def test_a_reprint_of_a_number_registered_before_numbers_were_checked_writes_nothing_outside(
    tmp_path, templates
):
    # an older kesu registered whatever number a form carried: build that register directly
    spec = forms.get("complaint")
    values = complaint()
    values.pop("kind")
    record = spec.model.model_validate(values)
    record.number = "x/../../templates/complaint"
    with Register.open(tmp_path / "kesu.db") as reg:
        reg.issue(record, source_hash="legacy", source="legacy.json")
    templates_before = _digest(templates)
    out = tmp_path / "out"
    result = kesu(
        "render",
        "--reprint",
        "x/../../templates/complaint",
        "-o",
        out,
        "--db",
        tmp_path / "kesu.db",
        "--lang",
        "en",
    )
    assert result.exit_code == 2
    # the name is made safe (no '/' survives into a file name) and the record is refused anyway
    assert "not inside the output folder" in result.output or "not a document number" in result.output
    assert _digest(templates) == templates_before
    assert not out.exists()  # refused: not even the folder this run made is left
    with Register.open(tmp_path / "kesu.db") as reg:
        assert reg.get("x/../../templates/complaint").reprints == 0  # no copy made, nothing counted


def test_an_output_file_linked_to_a_template_is_refused_not_followed(tmp_path, templates):
    """A link to a template standing under a document's name in the output folder is never
    written through. Under a number the register has not issued, the folder check refuses the
    batch first (robust31: a register put back from a backup); under the register's own
    document's name (its file replaced by the link, the form filed again), the document
    refuses it."""
    out = tmp_path / "out"
    out.mkdir()
    (out / "complaint-202609001.docx").symlink_to(templates / "complaint.docx")
    templates_before = _digest(templates)
    src = write_json(tmp_path / "c.json", complaint())
    result = kesu("render", src, "-o", out, "--db", tmp_path / "kesu.db", "--lang", "en")
    assert result.exit_code == 2 and "complaint-202609001.docx" in result.output, result.output
    assert _digest(templates) == templates_before
    (out / "complaint-202609001.docx").unlink()
    assert kesu("render", src, "-o", out, "--db", tmp_path / "kesu.db").exit_code == 0
    (out / "complaint-202609001.docx").unlink()
    (out / "complaint-202609001.docx").symlink_to(templates / "complaint.docx")
    result = kesu("render", src, "-o", out, "--db", tmp_path / "kesu.db", "--lang", "en")
    assert result.exit_code == 1
    assert "template" in result.output
    assert _digest(templates) == templates_before


def test_an_output_folder_that_cannot_be_made_is_a_message_not_a_traceback(tmp_path):
    (tmp_path / "a-file").write_text("x")
    src = write_json(tmp_path / "c.json", complaint())
    result = kesu(
        "render", src, "-o", tmp_path / "a-file" / "out", "--db", tmp_path / "kesu.db", "--lang", "en"
    )
    assert result.exit_code == 2
    assert "Cannot create the output folder" in result.output
    assert not (tmp_path / "kesu.db").exists()  # refused before the register was even made


# ---------------------------------------------------------------------------------- formulas
PAYLOADS = [
    "=1+1",
    "+1+1",
    "-1+1",
    "@SUM(1,1)",
    "=cmd|' /C calc'!A0",
    '=HYPERLINK("http://evil.example/x","点我")',
    "=2+5+cmd|' /C notepad'!'A1'",
]


def assert_text_only(path: Path, expected: list[str]) -> None:
    """No formula anywhere in the workbook, and every payload there as the text it was."""
    from openpyxl import load_workbook

    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                xml = archive.read(name)
                assert b"<f>" not in xml and b"<f " not in xml, name
    book = load_workbook(path)
    texts = set()
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str):
                    assert cell.data_type == "s", (cell.coordinate, cell.value)
                    texts.add(cell.value)
    joined = "\n".join(texts)
    for payload in expected:
        assert payload in joined, payload


def test_register_export_writes_names_reasons_and_file_names_as_text(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for i, payload in enumerate(PAYLOADS):
        name = payload.replace("/", "∕")[:40]  # a file name cannot hold "/"
        write_json(inbox / f"{name}.json", complaint(customer=payload, order_no=f"SO-{i}"))
    db = tmp_path / "kesu.db"
    assert kesu("render", inbox, "-o", tmp_path / "out", "--db", db).exit_code == 0
    assert kesu("register", "void", "202609001", "--reason", PAYLOADS[4], "--db", db).exit_code == 0
    export = tmp_path / "登记簿.xlsx"
    assert kesu("register", "export", "-o", export, "--db", db).exit_code == 0
    file_names = [p.replace("/", "∕")[:40] for p in PAYLOADS]
    assert_text_only(export, PAYLOADS + [n for n in file_names if n.startswith(("=", "+", "-", "@"))])


def test_register_export_of_an_old_register_holding_control_characters_still_works(tmp_path):
    spec = forms.get("complaint")
    values = complaint()
    values.pop("kind")
    record = spec.model.model_validate(values)
    record.customer = "华东\x01精密"  # stored by a version that did not refuse it
    with Register.open(tmp_path / "kesu.db") as reg:
        reg.issue(record, source_hash="old")
    result = kesu("register", "export", "-o", tmp_path / "x.xlsx", "--db", tmp_path / "kesu.db")
    assert result.exit_code == 0, result.output
    assert_text_only(tmp_path / "x.xlsx", ["华东\ufffd精密"])


def test_validation_report_writes_file_names_and_values_as_text(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for i, payload in enumerate(PAYLOADS):
        name = payload.replace("/", "∕")[:40]
        write_json(inbox / f"{name}.json", complaint(market=payload, order_no=f"SO-{i}"))  # invalid market
    report = tmp_path / "检查报告.xlsx"
    result = kesu("validate", inbox, "--report", report)
    assert result.exit_code == 1
    shown = [str(inbox / p.replace("/", "∕")[:40]) + ".json" for p in PAYLOADS]
    assert_text_only(report, [p for p in PAYLOADS] + shown)


def test_blank_forms_write_the_company_name_and_filled_values_as_text(tmp_path):
    (tmp_path / "kesu.toml").write_text(f'company = "{PAYLOADS[4]}"\n', encoding="utf-8")
    blank = tmp_path / "blank.xlsx"
    assert kesu("blank", "complaint", "-o", blank, cwd=tmp_path).exit_code == 0
    assert_text_only(blank, [PAYLOADS[4]])
    filled = excel_form(tmp_path / "filled.xlsx", customer=PAYLOADS[5], description=PAYLOADS[6])
    assert_text_only(filled, [PAYLOADS[5], PAYLOADS[6]])


def test_a_file_name_in_no_encoding_is_shown_stored_exported_and_reported(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    name = os.fsdecode(b"\xbf\xcd\xcb\xdf=1.json")  # GBK bytes from another PC's disk
    write_json(inbox / name, complaint())
    db = tmp_path / "kesu.db"
    for report in ("r.json", "r.xlsx", "r.html"):
        assert kesu("validate", inbox, "--report", tmp_path / report).exit_code == 0
    assert "\ufffd" in (tmp_path / "r.json").read_text(encoding="utf-8")
    assert kesu("render", inbox, "-o", tmp_path / "out", "--db", db).exit_code == 0
    assert kesu("register", "list", "--db", db).exit_code == 0
    assert kesu("register", "export", "-o", tmp_path / "x.xlsx", "--db", db).exit_code == 0
    assert_text_only(tmp_path / "x.xlsx", ["=1.json"])


@pytest.mark.parametrize("reason", ["重复\x00登记", "撤回\ud800", "理" * 4001])
def test_a_void_reason_that_cannot_be_stored_or_printed_is_a_usage_error(reason, tmp_path):
    db = tmp_path / "kesu.db"
    src = write_json(tmp_path / "c.json", complaint())
    assert kesu("render", src, "-o", tmp_path / "out", "--db", db).exit_code == 0
    result = kesu("register", "void", "202609001", "--reason", reason, "--db", db, "--lang", "en")
    assert result.exit_code == 2
    with Register.open(db) as reg:
        assert reg.get("202609001").status == "issued"


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_reads_the_exported_payloads_as_text_not_formulas(tmp_path):
    from helpers import soffice_convert

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for i, payload in enumerate(PAYLOADS[:5]):
        write_json(inbox / f"c{i}.json", complaint(customer=payload, order_no=f"SO-{i}"))
    db = tmp_path / "kesu.db"
    assert kesu("render", inbox, "-o", tmp_path / "out", "--db", db).exit_code == 0
    export = tmp_path / "export.xlsx"
    assert kesu("register", "export", "-o", export, "--db", db).exit_code == 0
    csv = soffice_convert(export, "csv", tmp_path / "csv").read_text(encoding="utf-8", errors="replace")
    for payload in PAYLOADS[:5]:
        assert payload in csv  # shown as typed: "=1+1", not 2; the DDE call never run
