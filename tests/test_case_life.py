"""The case over its life (issue 11), on real SQLite and PostgreSQL registers: revisions under
one number, the numbered working copy, no second number for the same case, several return
notes against one complaint, print control (re-prints, void watermark) and overdue cases."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers import SOFFICE, document_text, needs_soffice, version_1_register

from kesu_docs import forms
from kesu_docs.blank.excel import fill_blank, fill_file
from kesu_docs.cli import cli
from kesu_docs.parse import parse_paths
from kesu_docs.register import Register

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
SPEC = forms.get("complaint")
CASE = {k: v for k, v in json.loads((SAMPLES / "complaint-from-system.json").read_text("utf-8")).items()}
CASE.pop("kind")
CASE.pop("number")
INTAKE = {k: v for k, v in CASE.items() if SPEC.fields[k].section == "intake"}
INVESTIGATION = {k: v for k, v in CASE.items() if SPEC.fields[k].section == "investigation"}
DECISION = {k: v for k, v in CASE.items() if SPEC.fields[k].section == "decision"}


def kesu(*args, user: str | None = "王丽"):
    env = {"KESU_DB": "", "KESU_USER": user or ""}
    return CliRunner(env=env).invoke(cli, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db(request, tmp_path) -> str:
    """The register: an SQLite file, or a fresh database on the throwaway PostgreSQL server."""
    if request.param == "sqlite":
        return str(tmp_path / "kesu.db")
    return request.getfixturevalue("pg_url")


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def write_json(path: Path, record: dict) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    return path


# ------------------------------------------------------------------------------ revisions
def test_intake_then_investigation_on_the_numbered_working_copy_is_one_number_in_two_revisions(db, tmp_path):
    inbox, out = tmp_path / "收件箱", tmp_path / "受控文件"
    inbox.mkdir()
    intake = fill_blank(SPEC, INTAKE, inbox / "客诉-华东.xlsx")
    before = sha(intake)

    first = kesu("render", intake, "-o", out, "--db", db)
    assert first.exit_code == 0, first.output
    assert (out / "complaint-202609001.docx").is_file()
    working = out / "客诉-华东-202609001.xlsx"
    assert working.is_file() and "工作副本" in first.output
    assert sha(intake) == before  # the input is never modified
    [numbered] = parse_paths([working])
    assert numbered.valid and numbered.record.number == "202609001"  # the next stage carries its number

    # QA fills the investigation into the working copy, and it is rendered again
    fill_file(working, SPEC, INVESTIGATION)
    second = kesu("render", working, "-o", out, "--db", db, user="张工")
    assert second.exit_code == 0, second.output
    assert "第 2 版" in second.output
    with Register.open(db, create=False) as reg:
        assert [d.number for d in reg.documents()] == ["202609001"]  # one number
        revisions = reg.revisions("202609001")
        assert [(r.revision, r.actor) for r in revisions] == [(1, "王丽"), (2, "张工")]
        assert revisions[0].record["root_cause"] is None
        assert revisions[1].record["root_cause"] == CASE["root_cause"]
        changed = {key for key, _before, _after in revisions[1].changes}
        assert changed == set(INVESTIGATION)
        [revised] = [e for e in reg.events("202609001") if e.event == "revised"]
        assert "原因分析：（空） → 回流焊炉" in revised.detail and revised.actor == "张工"
    # the second document prints its revision and supersedes the first, whose file stays
    text = document_text(out / "complaint-202609001-修订2.docx")
    assert "第 2 版" in text and "取代第 1 版" in text and "回流焊炉" in text
    assert "第 2 版" not in document_text(out / "complaint-202609001.docx")

    shown = kesu("register", "show", "202609001", "--db", db)
    assert "修订记录（共 2 版）" in shown.output and "张工" in shown.output
    diff = kesu("register", "diff", "202609001", "--db", db)
    assert diff.exit_code == 0
    assert "原因分析" in diff.output and "回流焊炉" in diff.output and "制造二课" in diff.output
    assert "原因分析" not in kesu("register", "diff", "202609001", "--rev", "1", "--db", db).output
    assert kesu("register", "diff", "202609001", "--rev", "3", "--db", db).exit_code == 2


def test_a_numbered_form_whose_customer_changed_is_a_conflict_naming_what_differs(db, tmp_path):
    out = tmp_path / "out"
    kesu("render", write_json(tmp_path / "a.json", {"kind": "complaint", **CASE}), "-o", out, "--db", db)
    other = {"kind": "complaint", **CASE, "number": "202609001", "customer": "南方电器"}
    refused = kesu("render", write_json(tmp_path / "b.json", other), "-o", out, "--db", db)
    assert refused.exit_code == 1
    assert (
        "编号冲突" in refused.output
        and "南方电器" in refused.output
        and "华东精密机械有限公司" in refused.output
    )


def test_the_same_intake_filed_twice_without_a_number_gets_one_number(db, tmp_path):
    out = tmp_path / "out"
    one = write_json(tmp_path / "in" / "受理.json", {"kind": "complaint", **INTAKE})
    # the same case typed again later, without its number, the investigation added
    again = write_json(tmp_path / "in2" / "受理-补充.json", {"kind": "complaint", **INTAKE, **INVESTIGATION})
    assert kesu("render", one, "-o", out, "--db", db).exit_code == 0
    second = kesu("render", again, "-o", out, "--db", db)
    assert second.exit_code == 0
    assert "202609001" in second.output and "202609002" not in second.output
    assert "未另编号" in second.output  # the warning saying it was taken as the same case
    with Register.open(db, create=False) as reg:
        assert [d.number for d in reg.documents()] == ["202609001"]
        assert reg.get("202609001").revision == 2
    # a different lot is another case
    other_lot = write_json(tmp_path / "in3" / "另一批.json", {"kind": "complaint", **INTAKE, "lot_no": "L9"})
    assert "202609002" in kesu("render", other_lot, "-o", out, "--db", db).output


def test_a_batch_holding_two_copies_of_one_new_case_numbers_it_once(db, tmp_path):
    inbox = tmp_path / "inbox"
    write_json(inbox / "a-受理.json", {"kind": "complaint", **INTAKE})
    write_json(inbox / "b-受理-调查.json", {"kind": "complaint", **INTAKE, **INVESTIGATION})
    result = kesu("render", inbox, "-o", tmp_path / "out", "--db", db)
    assert result.exit_code == 0, result.output
    with Register.open(db, create=False) as reg:
        assert [d.number for d in reg.documents()] == ["202609001"]
        assert [r.revision for r in reg.revisions("202609001")] == [1, 2]


# ------------------------------------------------------------------------------ linked documents
def return_note(qty: int, issued: str, **extra) -> dict:
    record = json.loads((SAMPLES / "return-valid.json").read_text(encoding="utf-8"))
    record["items"][0].update(qty_returned=qty, amount=f"{qty * 76.5:.2f}")
    record.update(issue_date=issued, **extra)
    return record


def test_two_return_notes_of_30_against_46_approved_the_second_is_an_error_on_its_quantity(db, tmp_path):
    out = tmp_path / "out"
    complaint = write_json(tmp_path / "c.json", {"kind": "complaint", **CASE, "number": "202609001"})
    first = write_json(tmp_path / "r1.json", return_note(30, "2026-09-12"))
    done = kesu("render", complaint, first, "-o", out, "--db", db)
    assert done.exit_code == 0, done.output
    second = write_json(tmp_path / "r2.json", return_note(30, "2026-09-15"))
    [result] = parse_paths([second], register=Register.open(db, create=False))
    [problem] = [p for p in result.errors if p.code == "return_notes_beyond_approved"]
    assert problem.field == "items[0].qty_returned"
    assert problem.params["actual"] == 60 and problem.params["others"] == "TH202609001"
    assert "46" in problem.message("zh") and "TH202609001" in problem.message("zh")
    refused = kesu("render", second, "-o", out, "--db", db)
    assert refused.exit_code == 1 and "TH202609002" not in refused.output
    # the first note rendered again is still fine: it is not counted against itself
    assert kesu("render", first, "-o", out, "--db", db).exit_code == 0
    linked = kesu("register", "show", "202609001", "--kind", "complaint", "--db", db)
    assert "关联文件" in linked.output and "TH202609001" in linked.output


def test_two_return_notes_in_one_batch_the_second_is_the_error(tmp_path, monkeypatch):
    # the paths as a clerk types them, in the folder: a temporary folder's full path, a few
    # characters longer on another machine (pytest-of-USER, pytest-N, TMPDIR), was folded
    # over two lines of the table, and the file's row was not found
    monkeypatch.chdir(tmp_path)
    inbox = Path("inbox")
    write_json(inbox / "1-客诉.json", {"kind": "complaint", **CASE, "number": "202609001"})
    write_json(inbox / "2-退货.json", return_note(30, "2026-09-12"))
    write_json(inbox / "3-退货.json", return_note(30, "2026-09-15"))
    result = kesu("render", inbox, "-o", "out", "--db", "kesu.db")
    assert result.exit_code == 1
    rows = {line.split("│")[1].strip(): line for line in result.output.splitlines() if "退货.json" in line}
    assert "已生成" in rows[str(inbox / "2-退货.json")]
    assert "不通过" in rows[str(inbox / "3-退货.json")]
    assert (tmp_path / "out" / "return-TH202609001.docx").is_file()


def test_a_void_complaint_cannot_be_referenced(tmp_path):
    db = tmp_path / "kesu.db"
    kesu(
        "render",
        write_json(tmp_path / "c.json", {"kind": "complaint", **CASE}),
        "-o",
        tmp_path / "o",
        "--db",
        db,
    )
    assert kesu("register", "void", "202609001", "--reason", "重复登记", "--db", db).exit_code == 0
    [result] = parse_paths(
        [write_json(tmp_path / "r.json", return_note(30, "2026-09-12"))], register=Register.open(db)
    )
    [problem] = [p for p in result.errors if p.code == "reference_void"]
    assert problem.field == "complaint_number" and "作废" in problem.message("zh")


def test_an_8d_whose_customer_differs_from_its_complaint_gets_a_warning(tmp_path):
    db = Register.open(tmp_path / "kesu.db")
    db.issue(SPEC.model.model_validate({**CASE, "number": "202609001"}), source_hash="c")
    eightd = json.loads((SAMPLES / "8d-valid.json").read_text(encoding="utf-8"))
    eightd.update(complaint_number="202609001", customer="南方电器有限公司")
    [result] = parse_paths([write_json(tmp_path / "8d.json", eightd)], register=db)
    [warning] = [p for p in result.warnings if p.code == "customer_differs_from_complaint"]
    assert warning.field == "customer" and "华东精密机械有限公司" in warning.message("zh")
    eightd["customer"] = CASE["customer"]
    [same] = parse_paths([write_json(tmp_path / "8d.json", eightd)], register=db)
    assert "customer_differs_from_complaint" not in {p.code for p in same.warnings}


def test_return_lines_for_one_part_without_a_complaint_are_added_up_and_the_note_says_so(tmp_path):
    record = return_note(30, "2026-09-12", complaint_number="202609777")
    record["items"].append(dict(record["items"][0], qty_approved=None))  # a second line of the same part
    [result] = parse_paths([write_json(tmp_path / "r.json", record)])
    [beyond] = [p for p in result.errors if p.code == "return_total_beyond_over_acceptance"]
    assert beyond.field == "items[1].qty_returned" and beyond.params["actual"] == 60
    [note] = [p for p in result.warnings if p.code == "return_reconciled_without_complaint"]
    assert "202609777" in note.message("zh")


@pytest.mark.parametrize(
    ("typed", "expected"), [("1", "0.01"), ("5", "0.05"), ("0.05", "0.05"), ("1%", "0.01")]
)
def test_an_over_acceptance_ratio_typed_as_a_bare_number_is_a_percent(tmp_path, typed, expected):
    [result] = parse_paths(
        [write_json(tmp_path / "r.json", return_note(46, "2026-09-12", over_acceptance_ratio=typed))]
    )
    assert str(result.record.over_acceptance_ratio) == expected
    # 1 % of 46 allows 46.46: returning 47 is beyond it (it was "100 %" before, allowing 92)
    [strict] = parse_paths(
        [write_json(tmp_path / "r.json", return_note(47, "2026-09-12", over_acceptance_ratio="1"))]
    )
    assert "return_beyond_over_acceptance" in {p.code for p in strict.errors}


def test_an_over_acceptance_ratio_above_20_percent_is_a_warning_to_confirm(tmp_path):
    [result] = parse_paths(
        [write_json(tmp_path / "r.json", return_note(46, "2026-09-12", over_acceptance_ratio="25"))]
    )
    [warning] = [p for p in result.warnings if p.code == "over_acceptance_ratio_high"]
    assert warning.field == "over_acceptance_ratio" and "25%" in warning.message("zh")


def test_the_return_note_comes_back_through_its_stages_as_revisions(tmp_path):
    db, out = tmp_path / "kesu.db", tmp_path / "out"
    kesu(
        "render",
        write_json(tmp_path / "c.json", {"kind": "complaint", **CASE, "number": "202609001"}),
        "-o",
        out,
        "--db",
        db,
    )
    issued = return_note(0, "2026-09-12", proof=None, warehouse_receiver=None, received_date=None)
    issued["items"][0].update(qty_returned=None, amount=None)
    [note] = parse_paths([write_json(tmp_path / "r1.json", issued)], register=Register.open(db))
    assert note.valid and note.record.stage().value == "issued"  # no 实退量, no proof needed yet
    assert not note.warnings or "return_proof_pending" not in {p.code for p in note.warnings}
    assert kesu("render", tmp_path / "r1.json", "-o", out, "--db", db).exit_code == 0

    half = dict(issued, number="TH202609001")
    half["items"] = [dict(issued["items"][0], qty_returned=46, amount="3519.00")]
    [incomplete] = parse_paths([write_json(tmp_path / "r2.json", half)], register=Register.open(db))
    assert {p.code for p in incomplete.errors} == {"return_receipt_incomplete"}  # 签收 and its date

    received = dict(half, warehouse_receiver="孙红", received_date="2026-09-14")
    [stage2] = parse_paths([write_json(tmp_path / "r2.json", received)], register=Register.open(db))
    assert stage2.valid and stage2.record.stage().value == "received"
    assert "return_proof_pending" in {p.code for p in stage2.warnings}
    assert kesu("render", tmp_path / "r2.json", "-o", out, "--db", db).exit_code == 0

    proven = dict(received, proof="销货退回证明单(买受人盖章)")
    [stage3] = parse_paths([write_json(tmp_path / "r3.json", proven)], register=Register.open(db))
    assert stage3.valid and stage3.record.stage().value == "proof"
    assert kesu("render", tmp_path / "r3.json", "-o", out, "--db", db).exit_code == 0
    with Register.open(db) as reg:
        assert [r.revision for r in reg.revisions("TH202609001")] == [1, 2, 3]
    assert (out / "return-TH202609001-修订3.docx").is_file()


# ------------------------------------------------------------------------------ print control
def test_render_then_render_elsewhere_is_a_reprint_and_logged(db, tmp_path):
    source = write_json(tmp_path / "c.json", {"kind": "complaint", **CASE})
    one, two = tmp_path / "one", tmp_path / "two"
    assert kesu("render", source, "-o", one, "--db", db).exit_code == 0
    original = sha(one / "complaint-202609001.docx")

    again = kesu("render", source, "-o", one, "--db", db)  # the same folder: crash recovery
    assert "未重写" in again.output
    assert sorted(p.name for p in one.glob("*.docx")) == ["complaint-202609001.docx"]
    assert sha(one / "complaint-202609001.docx") == original

    elsewhere = kesu("render", source, "-o", two, "--db", db, user="李四")
    assert elsewhere.exit_code == 0 and "补印 1" in elsewhere.output
    assert [p.name for p in two.glob("*.docx")] == [
        "complaint-202609001-补印1.docx"
    ]  # never a second original
    text = document_text(two / "complaint-202609001-补印1.docx")
    assert text.count("补印 REPRINT（第 1 次") >= 5
    with Register.open(db, create=False) as reg:
        assert reg.get("202609001").reprints == 1
        log = reg.printed("202609001")
        assert [(p.mark, p.reprint_no, p.actor, p.copies, p.revision) for p in log] == [
            ("original", None, "王丽", "1-5", 1),
            ("reprint", 1, "李四", "1-5", 1),
        ]
        assert log[1].output.endswith("complaint-202609001-补印1.docx")
    shown = kesu("register", "show", "202609001", "--db", db)
    assert "打印记录" in shown.output and "李四" in shown.output


def watermark_pixels(png: Path) -> int:
    """Pixels of the watermark's light red on a rendered page."""
    from PIL import Image

    image = Image.open(png).convert("RGB")
    data = image.tobytes()
    pixels = zip(data[0::3], data[1::3], data[2::3])
    return sum(1 for r, g, b in pixels if abs(r - 242) < 14 and abs(g - 165) < 28 and abs(b - 165) < 28)


@needs_soffice
@pytest.mark.libreoffice
def test_void_then_render_prints_a_watermark_on_every_page_into_its_own_file(tmp_path):
    db, out = tmp_path / "kesu.db", tmp_path / "out"
    source = write_json(tmp_path / "c.json", {"kind": "complaint", **CASE})
    kesu("render", source, "-o", out, "--db", db)
    original = sha(out / "complaint-202609001.docx")
    assert kesu("register", "void", "202609001", "--reason", "客户撤回", "--db", db).exit_code == 0
    result = kesu("render", source, "-o", out, "--db", db, "--pdf")
    assert result.exit_code == 0, result.output
    assert sha(out / "complaint-202609001.docx") == original  # the original's file is never overwritten
    pdf = out / "complaint-202609001-作废.pdf"
    pages = subprocess.run(
        ["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True, check=True
    ).stdout
    pages = [p for p in pages.split("\f") if p.strip()]
    assert len(pages) == len(SPEC.copies)  # one page per copy here
    assert all("作废" in page and "VOID" in page for page in pages)
    subprocess.run(["pdftoppm", "-r", "30", "-png", pdf, tmp_path / "page"], check=True)
    images = sorted(tmp_path.glob("page*.png"))
    assert len(images) == len(pages)
    marked = [watermark_pixels(png) for png in images]
    # the original, converted the same way, carries no watermark
    subprocess.run(
        [
            SOFFICE,
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            tmp_path / "orig",
            out / "complaint-202609001.docx",
        ],
        capture_output=True,
        check=True,
    )
    subprocess.run(
        [
            "pdftoppm",
            "-r",
            "30",
            "-f",
            "1",
            "-l",
            "1",
            "-png",
            tmp_path / "orig" / "complaint-202609001.pdf",
            tmp_path / "orig" / "p",
        ],
        check=True,
    )
    [clean] = list((tmp_path / "orig").glob("p*.png"))
    plain = watermark_pixels(clean)  # the red marks' anti-aliased edges only
    assert all(count > max(800, 5 * plain) for count in marked), (marked, plain)  # the watermark on each page

    # a re-print of the void document is named and marked as what it is
    again = kesu("render", "--reprint", "202609001", "-o", tmp_path / "elsewhere", "--db", db)
    assert again.exit_code == 0
    [copy] = (tmp_path / "elsewhere").glob("*.docx")
    assert copy.name == "complaint-202609001-作废-补印1.docx"
    text = document_text(copy)
    assert "作废 VOID" in text and "补印 REPRINT（第 1 次" in text
    assert watermarked_headers(copy) == len(SPEC.copies)


def watermarked_headers(docx: Path) -> int:
    """How many header parts (one per copy) carry the watermark shape."""
    import zipfile

    with zipfile.ZipFile(docx) as z:
        return sum(
            "KesuVoidWatermark" in z.read(name).decode("utf-8")
            for name in z.namelist()
            if name.startswith("word/header")
        )


# ------------------------------------------------------------------------------ stages, deadlines, overdue
def file_cases(db: str) -> None:
    """Four complaints: open and overdue, open in time, closed on time, closed late (as of 2026-10-01)."""
    cases = {
        "overdue.json": {"received_date": "2026-09-03", "order_no": "SO-1"},  # due 09-18
        "open.json": {"received_date": "2026-09-20", "order_no": "SO-2"},  # due 10-05
        "on-time.json": {
            **INVESTIGATION,
            **DECISION,
            "received_date": "2026-09-04",
            "order_no": "SO-3",
            "closed_date": "2026-09-18",
        },
        "late.json": {
            **INVESTIGATION,
            **DECISION,
            "received_date": "2026-09-05",
            "order_no": "SO-4",
            "closed_date": "2026-09-28",
            "ship_date": "2026-08-20",
        },
    }
    with Register.open(db) as reg:
        for name, values in cases.items():
            record = SPEC.model.model_validate({**INTAKE, **values})
            reg.issue(record, source_hash=name, source=name)


def test_register_list_overdue_as_of_lists_exactly_the_open_cases_past_due(db):
    file_cases(db)
    listed = kesu("register", "list", "--overdue", "--as-of", "2026-10-01", "--db", db)
    assert listed.exit_code == 0, listed.output
    assert "overdue.json" in listed.output
    for other in ("open.json", "on-time.json", "late.json"):
        assert other not in listed.output
    assert "逾期未结 13 天" in listed.output and "2026-09-18" in listed.output
    # as of the due date itself it is not overdue yet
    assert "（0 份）" in kesu("register", "list", "--overdue", "--as-of", "2026-09-18", "--db", db).output


def test_register_list_shows_due_date_stage_and_status_and_filters_by_them(db):
    file_cases(db)
    everything = kesu("register", "list", "--as-of", "2026-10-01", "--db", db).output
    for words in ("应结案日", "阶段", "案件状态", "受理", "结案", "处理中", "如期结案", "逾期结案"):
        assert words in everything
    late = kesu("register", "list", "--status", "closed_late", "--as-of", "2026-10-01", "--db", db).output
    assert "late.json" in late and "on-time.json" not in late
    opened = kesu("register", "list", "--status", "open", "--as-of", "2026-10-01", "--db", db).output
    assert "open.json" in opened and "overdue.json" not in opened
    assert "（4 份）" in kesu("register", "list", "--month", "202609", "--db", db).output
    assert "（0 份）" in kesu("register", "list", "--month", "2026-10", "--db", db).output


def test_register_list_searches_customer_part_order_lot_and_text(db):
    file_cases(db)
    for term in ("华东精密", "pcb-4471", "SO-3", "l260812", "虚焊"):
        found = kesu("register", "list", "--search", term, "--db", db).output
        assert ("（4 份）" in found) or ("（1 份）" in found and "on-time.json" in found), term
    assert "（1 份）" in kesu("register", "list", "-s", "SO-3", "--db", db).output
    assert "（0 份）" in kesu("register", "list", "-s", "不存在的客户", "--db", db).output
    # LIKE's wildcards are literal: "SO_1" is not "SO-1"; "100%" finds "在库品 100% 复检"
    assert "（0 份）" in kesu("register", "list", "-s", "SO_1", "--db", db).output
    assert "（2 份）" in kesu("register", "list", "-s", "100%", "--db", db).output


def test_the_case_stage_follows_the_8d_linked_to_it(tmp_path):
    db = str(tmp_path / "kesu.db")
    decided = {k: v for k, v in DECISION.items() if k != "closed_date"}
    with Register.open(db) as reg:
        reg.issue(
            SPEC.model.model_validate({**INTAKE, **INVESTIGATION, **decided, "number": "202609001"}),
            source_hash="c",
        )
        eightd = json.loads((SAMPLES / "8d-valid.json").read_text(encoding="utf-8"))
        eightd.pop("kind")
        eightd["complaint_number"] = "202609001"
        reg.issue(forms.get("8d").model.model_validate(eightd), source_hash="8d")
    listed = kesu("register", "list", "--kind", "complaint", "--as-of", "2026-09-10", "--db", db).output
    assert "8D报告" in listed


# ------------------------------------------------------------------------------ an existing register
def test_an_existing_register_is_upgraded_keeps_its_numbers_and_its_follow_ups_stay_unprefixed(db, tmp_path):
    from kesu_docs.register import schema

    version_1_register(db, [(CASE, "issued")], dt.date(2026, 9, 8))  # as version 1 left it
    eightd = json.loads((SAMPLES / "8d-valid.json").read_text(encoding="utf-8"))
    eightd.pop("kind")
    with Register.open(db) as reg:
        assert reg.schema_version == schema.LATEST
        [first] = reg.revisions("202609001")
        assert (first.revision, first.source) == (1, "old1.xlsx")
        assert [d.number for d in reg.documents(search="虚焊")] == ["202609001"]
        assert reg.get("202609001").revision == 1
        # its 8D series goes on as it was: no prefix in a register that numbered without one
        assert reg.issue(forms.get("8d").model.model_validate(eightd), source_hash="8d").number == "202609001"
    with Register.open(tmp_path / "new.db") as fresh:
        assert (
            fresh.issue(forms.get("8d").model.model_validate(eightd), source_hash="8d").number
            == "8D202609001"
        )


def test_due_dates_are_as_the_case_module_says(tmp_path):
    from kesu_docs.case import due_date
    from kesu_docs.config import Settings

    with Register.open(tmp_path / "kesu.db") as reg:
        doc = reg.issue(SPEC.model.model_validate(INTAKE), source_hash="x")
    assert doc.due_date == due_date(INTAKE, Settings()) == dt.date(2026, 9, 23)


# ------------------------------------------------------------------------------ clerks at the same moment
def _file_same_case(url: str, tag: int, start, results) -> None:
    """One clerk's process: the same new intake, typed on this clerk's PC (its own file)."""
    try:
        register = Register.open(url, actor=f"clerk{tag}")
        extra = {"reporter": f"王丽{tag}"} if tag % 2 else {}  # some typed a detail differently
        record = SPEC.model.model_validate({**INTAKE, **extra})
        start.wait(timeout=60)
        doc = register.issue(record, source_hash=f"pc{tag}", source=f"pc{tag}.xlsx")
        register.close()
        results.put((tag, doc.number))
    except BaseException as exc:  # the parent reports it
        results.put((tag, repr(exc)))


def test_clerks_filing_the_same_new_case_at_the_same_moment_get_one_number(db):
    import multiprocessing

    Register.open(db).close()  # the schema exists before the clerks start
    context = multiprocessing.get_context("fork")
    start, results = context.Barrier(4), context.Queue()
    workers = [context.Process(target=_file_same_case, args=(db, n, start, results)) for n in range(4)]
    for worker in workers:
        worker.start()
    numbers = dict(results.get(timeout=120) for _ in workers)
    for worker in workers:
        worker.join(timeout=30)
    assert set(numbers.values()) == {"202609001"}, numbers
    with Register.open(db, create=False) as reg:
        assert [d.number for d in reg.documents()] == ["202609001"]
        # three different contents arrived (two clerks typed 填表人 their own way): each is a revision
        filed = reg.revisions("202609001")
        assert {r.record["reporter"] for r in filed} == {"王丽", "王丽1", "王丽3"}
        assert 3 <= len(filed) <= 4


def test_a_stray_number_voided_no_longer_blocks_the_case_under_its_own_number(db, tmp_path):
    out = tmp_path / "out"
    kesu("render", write_json(tmp_path / "1.json", {"kind": "complaint", **INTAKE}), "-o", out, "--db", db)
    # the investigated sheet typed with a wrong number: registered as it arrived, then voided
    stray = {"kind": "complaint", **INTAKE, **INVESTIGATION, "number": "202609009"}
    assert kesu("render", write_json(tmp_path / "2.json", stray), "-o", out, "--db", db).exit_code == 0
    assert kesu("register", "void", "202609009", "--reason", "编号填错", "--db", db).exit_code == 0
    fixed = dict(stray, number="202609001")
    result = kesu("render", write_json(tmp_path / "3.json", fixed), "-o", out, "--db", db)
    assert result.exit_code == 0, result.output
    assert "第 2 版" in result.output
    with Register.open(db, create=False) as reg:
        assert reg.get("202609001").revision == 2 and reg.get("202609009").status == "void"


def test_two_allowance_certificates_are_added_up_against_the_approved_amount(tmp_path):
    db, out = tmp_path / "kesu.db", tmp_path / "out"
    complaint = json.loads((SAMPLES / "allowance-complaint.json").read_text(encoding="utf-8"))
    first = json.loads((SAMPLES / "allowance-valid.json").read_text(encoding="utf-8"))
    done = kesu(
        "render",
        write_json(tmp_path / "c.json", complaint),
        write_json(tmp_path / "a1.json", first),
        "-o",
        out,
        "--db",
        db,
    )
    assert done.exit_code == 0, done.output
    second = dict(first, invoice_no="99887766", issue_date="2026-09-25")
    with Register.open(db) as reg:
        [result] = parse_paths([write_json(tmp_path / "a2.json", second)], register=reg)
    [problem] = [p for p in result.errors if p.code == "allowances_exceed_approved"]
    assert problem.field == "total" and problem.params["others"] == "ZR202609001"
    assert "1,200.00" in problem.message("zh")


def test_who_voided_is_in_the_case_log(tmp_path):
    db = tmp_path / "kesu.db"
    kesu(
        "render",
        write_json(tmp_path / "c.json", {"kind": "complaint", **CASE}),
        "-o",
        tmp_path / "o",
        "--db",
        db,
    )
    assert (
        kesu(
            "register", "void", "202609001", "--reason", "重复登记", "--user", "陈主管", "--db", db
        ).exit_code
        == 0
    )
    with Register.open(db) as reg:
        [void] = [e for e in reg.events("202609001") if e.event == "void"]
    assert (void.actor, void.detail) == ("陈主管", "重复登记")


def test_a_form_without_a_number_cell_is_told_the_number_to_write_on_it(tmp_path):
    db, out = tmp_path / "kesu.db", tmp_path / "out"
    result = kesu(
        "render", SAMPLES / "complaint-customer-layout.xlsx", "--kind", "complaint", "-o", out, "--db", db
    )
    assert "请在表上填写编号 202609001" in result.output
    assert not list(out.glob("*.xlsx"))  # nothing half-done: no copy without its number
