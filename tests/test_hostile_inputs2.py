"""A hostile sender and a hurried clerk, second round (issue 10, "Bad input"): attacks that
tests/test_hostile_inputs.py, test_batch_safety.py, test_interrupts.py and test_web_safety.py
do not make. Every file is built here, in tmp_path; the CLI runs as a clerk runs it."""

from __future__ import annotations

import csv
import io
import json
import random
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from helpers import clean_environment, kesu, sqlite_open
from hostile import _pdf, complaint, excel_form, write_json

from kesu_docs.register import Register

ROOT = Path(__file__).resolve().parents[1]


def parsed(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.startswith("{")]


def codes(doc: dict) -> list[str]:
    return [p["code"] for p in doc["errors"]]


# ---------------------------------------------------------------------------------- CSV injection
INJECTIONS = [
    "=cmd|' /C calc'!A0",
    "@SUM(1,1)",
    "-2+3",
    "+1+1",
    '=HYPERLINK("http://evil.example/x","点我")',
    "%0A=1+1",
    "|calc",
]


@pytest.mark.parametrize("form", ["csv", "tsv"])
def test_register_list_as_csv_or_tsv_quotes_a_customer_that_starts_like_a_formula(form, tmp_path):
    """`kesu register list --format csv > 登记簿.csv` is opened in Excel: no customer's name may
    run there as a formula (CSV injection); a plain name stays as it was."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    names = [*INJECTIONS, "华东精密", "-华东"]
    for i, name in enumerate(names):
        write_json(inbox / f"c{i}.json", complaint(customer=name, order_no=f"SO-{i}"))
    db = tmp_path / "kesu.db"
    assert kesu("render", inbox, "-o", tmp_path / "out", "--db", db).exit_code == 0
    listed = kesu("register", "list", "--format", form, "--db", db, "--lang", "en")
    assert listed.exit_code == 0, listed.output
    rows = list(csv.reader(io.StringIO(listed.output), delimiter="," if form == "csv" else "\t"))
    column = rows[0].index("Customer")
    customers = [row[column] for row in rows[1:]]
    assert sorted(customers) == sorted(["'" + n for n in INJECTIONS] + ["华东精密", "'-华东"])
    for text in customers:  # what a spreadsheet would take for a formula: none
        assert not text.startswith(("=", "+", "-", "@", "|", "%")), text


def test_a_signed_figure_in_a_csv_line_stays_a_number():
    from kesu_docs.xlsxtext import plain_text

    assert [plain_text(v) for v in ("-12.50", "+3", "-5%", "1,200", "-2+3", "=1")] == [
        "-12.50",
        "+3",
        "-5%",
        "1,200",
        "'-2+3",
        "'=1",
    ]


# ---------------------------------------------------------------------------------- PDF text layers
def glyph_pdf(path: Path, lines: int = 30) -> Path:
    """A page whose text is glyph numbers (a font with no ToUnicode map: what PDFium extracts
    from such a print is control characters, as from a real one)."""
    rng = random.Random(7)
    ops = []
    for i in range(lines):
        run = bytes(rng.choice(b"\x03\x05\x0e\x11\x13\x14\x15\x17\x1a") for _ in range(12))
        ops.append(b"BT /F1 12 Tf 50 %d Td (%s) Tj ET" % (800 - 20 * i, run))
    content = b"\n".join(ops)
    path.write_bytes(
        _pdf(
            [
                b"<< /Type /Catalog /Pages 2 0 R >>",
                b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
                b"/Resources << /Font << /F1 5 0 R >> >> >>",
                b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
                b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            ]
        )
    )
    return path


@pytest.mark.parametrize(
    ("lang", "words"), [("zh", ("文字层无法解码", "OCR")), ("en", ("cannot be decoded",))]
)
def test_a_pdf_whose_fonts_have_no_unicode_map_is_said_so_not_quoted_as_labels(lang, words, tmp_path):
    pdf = glyph_pdf(tmp_path / "供应商回复.pdf")
    result = kesu("parse", pdf, "--lang", lang)
    assert result.exit_code == 2
    [doc] = parsed(result.output)
    [error] = doc["errors"]
    assert error["code"] == "garbled_text_layer"
    for word in words:
        assert word in error["message"]
    assert not any(0 < ord(ch) < 32 for ch in error["message"])  # no glyph number quoted


# ---------------------------------------------------------------------------------- zip parts
SHEET_XML = (
    b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    b'<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>%s</t></is></c></row></sheetData></worksheet>'
)


@pytest.fixture(scope="module")
def filled_form(tmp_path_factory) -> bytes:
    """Our complaint form, filled: the bytes every zip attack below is made from."""
    return excel_form(tmp_path_factory.mktemp("form") / "form.xlsx").read_bytes()


def rezip(path: Path, data: bytes, extra: list[tuple[str, bytes]] = (), edit: dict | None = None) -> Path:
    """``data``'s members (``edit``: name → new bytes), then ``extra`` members written as they
    are, duplicate names included."""
    import warnings

    source = zipfile.ZipFile(io.BytesIO(data))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns of a duplicate name: the point here
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
            for name in source.namelist():
                out.writestr(name, (edit or {}).get(name, source.read(name)))
            for name, body in extra:
                out.writestr(zipfile.ZipInfo(name), body)
    return path


@pytest.mark.parametrize("second", ["xl/worksheets/sheet1.xml", "XL/Worksheets/Sheet1.xml"])
def test_a_zip_holding_two_parts_of_one_name_is_corrupt_not_read_one_way_or_the_other(
    second, filled_form, tmp_path
):
    """Excel refuses such a file; two readers would each read another copy of the sheet."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    rezip(inbox / "双份.xlsx", filled_form, [(second, SHEET_XML % "客户名称 攻击者".encode())])
    (inbox / "good.xlsx").write_bytes(filled_form)
    result = kesu("parse", inbox / "双份.xlsx", inbox / "good.xlsx", "--lang", "en")
    assert result.exit_code == 2
    bad, good = parsed(result.output)
    assert codes(bad) == ["corrupt_file"]
    assert "two parts named" in bad["errors"][0]["message"] and second in bad["errors"][0]["message"]
    assert good["valid"], good["errors"]
    zh = kesu("parse", inbox / "双份.xlsx")
    assert "两个同名部件" in parsed(zh.output)[0]["errors"][0]["message"]


def test_part_names_that_climb_out_or_are_absolute_are_never_written_anywhere(filled_form, tmp_path):
    work = tmp_path / "work"
    work.mkdir()
    evil = [("../../climbed.txt", b"x"), ("/tmp/kesu-absolute.txt", b"x"), ("..\\..\\win.txt", b"x")]
    source = rezip(work / "slip.xlsx", filled_form, evil)
    before = {p for p in tmp_path.rglob("*")}
    for command in (["parse", source], ["render", source, "-o", work / "out", "--db", work / "kesu.db"]):
        result = kesu(*command, "--lang", "en", cwd=work)
        assert result.exit_code == 0, result.output
    made = {p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*")} - {
        p.relative_to(tmp_path).as_posix() for p in before
    }
    assert all(p.startswith("work/") for p in made), made
    assert not any(p.name in ("climbed.txt", "win.txt") for p in tmp_path.parent.rglob("*.txt"))
    assert not Path("/tmp/kesu-absolute.txt").exists()


ENTITIES = {
    "external-entity": b'<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>',
    "billion-laughs": b'<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">'
    + b"".join(b'<!ENTITY %s "%s">' % (bytes([98 + i]), b"&%s;" % bytes([97 + i]) * 10) for i in range(8))
    + b"]>",
}


@pytest.mark.parametrize("attack", ENTITIES, ids=list(ENTITIES))
@pytest.mark.parametrize("part", ["xl/worksheets/sheet1.xml", "xl/styles.xml", "xl/workbook.xml"])
def test_xml_entities_in_a_workbook_part_are_never_expanded(attack, part, filled_form, tmp_path):
    """An entity reading a local file or expanding to gigabytes: refused or ignored, the file's
    content never shown, the batch goes on."""
    original = zipfile.ZipFile(io.BytesIO(filled_form)).read(part)
    body = original.split(b"?>", 1)[-1] if original.startswith(b"<?xml") else original
    use = b"&e;" if attack == "external-entity" else b"&i;"
    tag = b"<sheetData>" if part.endswith("sheet1.xml") else b""
    if tag:
        body = body.replace(
            tag, tag + b'<row r="999"><c r="A999" t="inlineStr"><is><t>' + use + b"</t></is></c></row>"
        )
    xml = b'<?xml version="1.0"?>' + ENTITIES[attack] + body
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    rezip(inbox / "entity.xlsx", filled_form, edit={part: xml})
    (inbox / "good.xlsx").write_bytes(filled_form)
    result = kesu("validate", inbox, "--report", tmp_path / "r.json", "--lang", "en")
    assert result.exit_code == 2  # an unreadable file; the other one is read
    report = (tmp_path / "r.json").read_text(encoding="utf-8")
    assert "root:" not in report and "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" not in report
    said = {Path(d["source"]).name: d for d in json.loads(report)["documents"]}
    assert said["good.xlsx"]["valid"]
    [error] = said["entity.xlsx"]["errors"]
    assert error["code"] == "corrupt_file" and f"the part {part} declares a DTD" in error["message"]
    [zh] = parsed(kesu("parse", inbox / "entity.xlsx").output)
    assert "声明了 DTD" in zh["errors"][0]["message"]


# ---------------------------------------------------------------------------------- "Excel" exports
ERP_EXPORTS = {
    # what systems save under an Excel name: (bytes, the words naming it in en, in zh)
    "html-with-bom.xls": (
        b"\xef\xbb\xbf<html><body><table><tr><td>\xe5\xae\xa2\xe6\x88\xb7</td></tr></table></body></html>",
        "HTML page",
        "HTML 网页",
    ),
    "html-meta-first.xls": (
        b'<meta http-equiv="Content-Type" content="text/html; charset=gb2312"><table><tr><td>1</td></tr></table>',
        "HTML page",
        "HTML 网页",
    ),
    "html-xml-declared.xls": (
        b'<?xml version="1.0" encoding="utf-8"?>\n<html xmlns:o="urn:schemas-microsoft-com:office:office">'
        b"<body><table></table></body></html>",
        "HTML page",
        "HTML 网页",
    ),
    "web-archive.xls": (
        b'MIME-Version: 1.0\r\nX-Document-Type: Workbook\r\nContent-Type: multipart/related; boundary="x"\r\n',
        "web archive",
        "网页存档",
    ),
    "xml-2003.xls": (
        b'<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n'
        b'<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet/></Workbook>',
        "XML Spreadsheet 2003",
        "XML 电子表格 2003",
    ),
    "unicode-text.xls": (
        "\ufeff客户名称\t华东\r\n订单号\tSO-1\r\n".encode("utf-16-le"),
        "tab-separated",
        "制表符",
    ),
    "gbk-csv.xlsx": ("客户名称,华东精密\n订单号,SO-1\n".encode("gbk"), "CSV", "CSV"),
}


@pytest.mark.parametrize("name", ERP_EXPORTS, ids=list(ERP_EXPORTS))
def test_a_system_export_under_an_excel_name_is_named_with_what_to_do(name, filled_form, tmp_path):
    data, en, zh = ERP_EXPORTS[name]
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / name).write_bytes(data)
    (inbox / "good.xlsx").write_bytes(filled_form)
    result = kesu("parse", inbox / name, inbox / "good.xlsx", "--lang", "en")
    assert result.exit_code == 2  # an unreadable file (DESIGN.md's CLI contract); the other is read
    bad, good = parsed(result.output)
    assert codes(bad) == ["not_a_spreadsheet"]
    assert (
        en in bad["errors"][0]["message"]
        and "save it as an Excel workbook (.xlsx)" in bad["errors"][0]["message"]
    )
    assert good["valid"]
    [doc] = parsed(kesu("parse", inbox / name).output)
    assert zh in doc["errors"][0]["message"] and "另存为" in doc["errors"][0]["message"]


# ---------------------------------------------------------------------------------- characters
@pytest.mark.parametrize("control", ["\u202e", "\u2067"])
def test_a_bidi_override_in_a_customer_name_is_refused_on_its_field(control, filled_form, tmp_path):
    """ "\u202e精密华东" prints as 东华密精: filed and searched as one name, read as another."""
    from openpyxl import load_workbook

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    write_json(inbox / "spoof.json", complaint(customer=f"{control}精密华东\u202c"))
    sheet = excel_form(inbox / "spoof.xlsx", customer="华东精密")
    book = load_workbook(sheet)
    for row in book.worksheets[0].iter_rows():  # the customer's cell, typed again with the override
        for cell in row:
            if cell.value == "华东精密":
                cell.value = f"华东{control}精密"
    book.save(sheet)
    write_json(inbox / "good.json", complaint(customer="华东精密"))
    db = tmp_path / "kesu.db"
    result = kesu("render", inbox, "-o", tmp_path / "out", "--db", db, "--lang", "en")
    assert result.exit_code == 1, result.output
    assert "2 rendered" not in result.output and "1 rendered" in result.output
    for name in ("spoof.json", "spoof.xlsx"):
        [doc] = parsed(kesu("parse", inbox / name, "--lang", "en").output)
        [error] = [e for e in doc["errors"] if e["field"] == "customer"]
        assert error["code"] == "invalid_characters"
        assert f"U+{ord(control):04X}" in error["message"]
        assert control not in error["message"]  # the message itself prints in order
    with Register.open(db) as reg:
        assert [d.customer for d in reg.documents()] == ["华东精密"]


# ---------------------------------------------------------------------------------- file names
def long_name(piece: str = "客诉 单😀", limit: int = 250) -> str:
    """Chinese, a space and an emoji, repeated up to ``limit`` bytes of UTF-8 (255 is the most
    a file system stores in one name)."""
    name = ""
    while len((name + piece).encode()) <= limit:
        name += piece
    return name


@pytest.mark.parametrize(
    "name", [None, "客" * 100, "../../escaped", "/tmp/kesu-profile", "..", "con", "a\x01b"], ids=repr
)
def test_kesu_learn_makes_one_file_name_inside_the_profiles_folder_from_any_name(name, filled_form, tmp_path):
    """The profile's name is the file's name by default: a clerk's 250-byte file name, or a
    typed name that climbs out, is a device or holds a control character, still gives one file
    in profiles/, never a traceback."""
    plant = tmp_path / "plant"
    plant.mkdir()
    source = plant / (long_name() + ".xlsx")
    source.write_bytes(filled_form)
    args = ["learn", source, "--kind", "complaint", "--lang", "en"] + (["--name", name] if name else [])
    result = kesu(*args, cwd=plant)
    assert result.exit_code == 0, result.output
    [written] = (plant / "profiles").iterdir()
    assert written.suffix == ".toml" and len(written.name.encode()) <= 255
    assert not written.name.startswith(".") and written.stem.lower() != "con"
    assert sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*") if p.is_file()) == sorted(
        [source.relative_to(tmp_path).as_posix(), written.relative_to(tmp_path).as_posix()]
    )
    [doc] = parsed(kesu("parse", source, cwd=plant).output)  # the profile reads its form again
    assert doc["valid"], doc["errors"]


# ---------------------------------------------------------------------------------- a full disk

LIMIT = (
    1024 * 1024
)  # the file-size limit of the "full disk": above a register of a few documents, below one heavy document


@pytest.fixture(scope="module")
def heavy_templates(tmp_path_factory) -> Path:
    """Our templates, the complaint's carrying 2 MB of picture data: each document is bigger
    than the file-size limit set below, the register stays far under it."""
    import os
    import shutil

    folder = tmp_path_factory.mktemp("templates")
    shutil.copytree(ROOT / "templates", folder, dirs_exist_ok=True, ignore=shutil.ignore_patterns("src"))
    template = folder / "complaint.docx"
    original = template.read_bytes()
    with zipfile.ZipFile(io.BytesIO(original)) as source, zipfile.ZipFile(template, "w") as out:
        for info in source.infolist():
            out.writestr(info, source.read(info.filename))
        out.writestr("word/media/scan.bin", os.urandom(2 * LIMIT))
    return folder


def _render_on_a_full_disk(
    *args: str, cwd: Path, env: dict[str, str], limit: int = LIMIT
) -> subprocess.CompletedProcess:
    """``kesu render ARGS`` where no file may grow past ``limit`` (``ulimit -f``): a full disk."""
    import resource

    def full_disk() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return subprocess.run(
        [sys.executable, "-m", "kesu_docs", "render", *args],
        cwd=cwd,
        env=env,
        preexec_fn=full_disk,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_a_full_disk_fails_each_document_plainly_counts_no_reprint_and_a_rerun_finishes(
    heavy_templates, tmp_path, monkeypatch
):

    monkeypatch.setenv("KESU_TEMPLATES", str(heavy_templates))
    env = {**clean_environment(), "KESU_TEMPLATES": str(heavy_templates)}
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for i in range(3):
        write_json(inbox / f"c{i}.json", complaint(customer=f"客户{i}", order_no=f"SO-{i}"))
    db = tmp_path / "kesu.db"
    assert kesu("render", inbox / "c0.json", "-o", tmp_path / "first", "--db", db).exit_code == 0
    out = tmp_path / "out"  # c0 was printed before: here it is a re-print, the others originals

    full = _render_on_a_full_disk(str(inbox), "-o", str(out), "--db", str(db), cwd=tmp_path, env=env)
    assert full.returncode == 1, full.stderr
    assert "Traceback" not in full.stdout + full.stderr
    assert full.stdout.count("磁盘已满") == 3 and "共 3 份：生成 0，未生成 3" in full.stdout
    assert list(out.iterdir()) == []  # nothing half written, no staging file left
    assert "The register is sound" in kesu("register", "check", "--db", db, "--lang", "en").output
    with Register.open(db) as reg:
        assert reg.get("202609001").reprints == 0  # no re-print counted without its copy
        assert sorted(d.number for d in reg.documents()) == ["202609001", "202609002", "202609003"]

    again = kesu("render", inbox, "-o", out, "--db", db, "--lang", "en")  # room made: the same numbers
    assert again.exit_code == 0, again.output
    assert sorted(p.name for p in out.iterdir()) == [
        "complaint-202609001-补印1.docx",
        "complaint-202609002.docx",
        "complaint-202609003.docx",
    ]
    with Register.open(db) as reg:
        assert reg.get("202609001").reprints == 1


# ---------------------------------------------------------------------------------- what is no file
def test_a_form_name_that_is_no_file_is_listed_with_its_reason_and_never_read(tmp_path):
    """In a folder: a link to a file since deleted (the file disappeared while the batch was
    being put together), a named pipe (reading it would wait for ever), a link to /dev/zero
    (reading it would never end). Each one is listed with its reason; the good form is filed."""
    import os

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    write_json(inbox / "good.json", complaint())
    gone = write_json(inbox / "moved-away.json", complaint())
    (inbox / "gone.json").symlink_to(gone)
    gone.unlink()
    os.mkfifo(inbox / "pipe.json")
    (inbox / "endless.xlsx").symlink_to("/dev/zero")
    result = kesu("validate", inbox, "--report", tmp_path / "r.json", "--lang", "en")
    assert result.exit_code == 2, result.output
    report = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    said = {Path(d["source"]).name: d["errors"] for d in report["documents"]}
    assert set(said) == {"good.json", "gone.json", "pipe.json", "endless.xlsx"}
    assert said["good.json"] == [] and report["summary"]["unreadable"] == 3
    assert [e["code"] for e in said["gone.json"]] == ["file_not_found"]
    for name in ("pipe.json", "endless.xlsx"):
        assert "not a regular file" in said[name][0]["message"]
    rendered = kesu("render", inbox, "-o", tmp_path / "out", "--db", tmp_path / "kesu.db")
    assert rendered.exit_code == 2 and "不是普通文件" in rendered.output
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["complaint-202609001.docx"]


# ---------------------------------------------------------------------------------- limits said plainly
def test_a_file_just_over_its_size_limit_says_two_different_sizes(tmp_path):
    """50 MB and 45 KB over the 50 MB limit: "50.0 MB, at most 50.0 MB" told the clerk nothing."""
    pdf = tmp_path / "scan.pdf"
    with pdf.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024 + 45_000)  # sparse: no disk used, only its size is read
    [en] = parsed(kesu("parse", pdf, "--lang", "en").output)
    assert codes(en) == ["limit_exceeded"]
    assert "52,473,800 bytes, at most 52,428,800 bytes" in en["errors"][0]["message"]
    [zh] = parsed(kesu("parse", pdf).output)
    assert "52,473,800 字节，上限 52,428,800 字节" in zh["errors"][0]["message"]


def test_a_register_that_cannot_grow_on_a_full_disk_numbers_nothing_and_writes_no_document(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    write_json(inbox / "first.json", complaint())
    db = tmp_path / "kesu.db"
    assert kesu("render", inbox / "first.json", "-o", tmp_path / "first", "--db", db).exit_code == 0
    with sqlite_open(db) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for i in range(20):  # their numbering needs the register to grow past the limit
        write_json(inbox / f"c{i:02d}.json", complaint(customer=f"客户{i}", description="虚焊" * 1500))
    before = db.read_bytes()
    out = tmp_path / "out"
    limit = len(before) + 64 * 1024
    full = _render_on_a_full_disk(
        str(inbox), "-o", str(out), "--db", str(db), cwd=tmp_path, env=clean_environment(), limit=limit
    )
    assert full.returncode == 2, full.stdout + full.stderr
    # (measured before this process opens it: the last connection to close writes its log back
    # into the file; the test's own connection, left open before, had kept that from happening)
    assert len(db.read_bytes()) == len(before)
    said = full.stdout + full.stderr
    assert "磁盘已满" in said and "Traceback" not in said
    assert not out.exists() or list(out.iterdir()) == []  # no document without its number
    assert "The register is sound" in kesu("register", "check", "--db", db, "--lang", "en").output
    with Register.open(db) as reg:
        assert [d.number for d in reg.documents()] == ["202609001"]


# ---------------------------------------------------------------------------------- guards that hold
def test_the_same_file_given_three_times_is_numbered_once_and_written_once(tmp_path):
    """A hurried clerk drags the same form in twice more: one number, one document, one print."""
    source = write_json(tmp_path / "c.json", complaint())
    db = tmp_path / "kesu.db"
    result = kesu("render", source, source, tmp_path / "." / "c.json", "-o", tmp_path / "out", "--db", db)
    assert result.exit_code == 0, result.output
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["complaint-202609001.docx"]
    with Register.open(db) as reg:
        assert [d.number for d in reg.documents()] == ["202609001"]
        assert len(reg.printed("202609001")) == 1


@pytest.mark.parametrize(("owner_only", "code"), [(True, None), (False, "encrypted_file")])
def test_a_pdf_locked_by_an_owner_password_only_is_read_one_asking_a_password_to_open_is_refused(
    owner_only, code, tmp_path
):
    """Customers' portals lock their prints against editing (an owner password: anyone may open
    and read them); a password to open is the clerk's to remove."""
    from pypdf import PdfReader, PdfWriter

    printed = ROOT / "tests" / "holdout2" / "filled" / "complaint-en-ccf.pdf"
    locked = PdfWriter(clone_from=PdfReader(printed))
    locked.encrypt(
        user_password="" if owner_only else "open-me", owner_password="portal", algorithm="AES-256"
    )
    pdf = tmp_path / "locked.pdf"
    locked.write(pdf)
    [doc] = parsed(kesu("parse", pdf, "--lang", "en").output)
    if code is None:
        [plain] = parsed(kesu("parse", printed, "--lang", "en").output)
        assert doc["kind"] == "complaint" and doc["record"] == plain["record"]
    else:
        assert codes(doc) == [code]


def test_a_sheet_whose_dimension_claims_the_whole_grid_is_read_as_its_cells_say(filled_form, tmp_path):
    """``<dimension ref="A1:XFD1048576"/>``: a reader sizing its grid by it would ask for 17
    billion cells; the form is read from the cells it has."""
    import re

    sheet = zipfile.ZipFile(io.BytesIO(filled_form)).read("xl/worksheets/sheet1.xml")
    claimed = re.sub(rb'<dimension ref="[^"]*"/>', b'<dimension ref="A1:XFD1048576"/>', sheet)
    assert claimed != sheet
    source = rezip(tmp_path / "dimension.xlsx", filled_form, edit={"xl/worksheets/sheet1.xml": claimed})
    (tmp_path / "plain.xlsx").write_bytes(filled_form)
    [doc] = parsed(kesu("parse", source).output)
    [plain] = parsed(kesu("parse", tmp_path / "plain.xlsx").output)
    assert doc["valid"] and doc["record"] == plain["record"]


def test_a_json_file_listing_more_records_than_its_limit_is_refused_at_once(tmp_path):
    """200,000 × ``{"kind": "complaint"}`` is 4.6 MB, under the size limit: each record checked,
    shown and reported kept `kesu validate` busy for hours and took its memory."""
    flood = tmp_path / "flood.json"
    flood.write_text(json.dumps([{"kind": "complaint"}] * 200_000), encoding="utf-8")
    write_json(tmp_path / "good.json", complaint())
    result = kesu("parse", flood, tmp_path / "good.json", "--lang", "en")
    assert result.exit_code == 2
    refused, good = parsed(result.output)
    assert codes(refused) == ["limit_exceeded"] and good["valid"]
    message = refused["errors"][0]["message"]
    assert "200,000" in message and "10,000" in message and "json_records" in message
    plant = tmp_path / "plant"  # a system that sends its records in fours, and a limit of three
    plant.mkdir()
    (plant / "kesu.toml").write_text("[limits]\njson_records = 3\n", encoding="utf-8")
    four = write_json(
        tmp_path / "four.json", [complaint(order_no=f"SO-{i}") | {"kind": "complaint"} for i in range(4)]
    )
    three = write_json(tmp_path / "three.json", json.loads(four.read_text(encoding="utf-8"))[:3])
    [over] = parsed(kesu("parse", four, cwd=plant).output)
    assert (
        codes(over) == ["limit_exceeded"]
        and "JSON 文件中的记录数为 4，上限 3" in over["errors"][0]["message"]
    )
    assert [d["valid"] for d in parsed(kesu("parse", three, cwd=plant).output)] == [True, True, True]


def test_a_file_name_with_a_bidi_override_is_never_shown_or_stored_reordered(filled_form, tmp_path):
    """``报价\\u202efdp.json`` shows as 报价nosj.pdf: in reports, the register and a profile's
    file name the override is replaced, the rest of the name kept."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    write_json(inbox / "报价\u202efdp.json", complaint())
    result = kesu("validate", inbox, "--report", tmp_path / "r.json")
    assert result.exit_code == 0 and "\u202e" not in result.output
    [doc] = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["documents"]
    assert doc["source"].endswith("报价\ufffdfdp.json")
    db = tmp_path / "kesu.db"
    assert kesu("render", inbox, "-o", tmp_path / "out", "--db", db).exit_code == 0
    with Register.open(db) as reg:
        [filed] = reg.documents()
    assert "\u202e" not in filed.source and filed.source.endswith("报价\ufffdfdp.json")
    (tmp_path / "form.xlsx").write_bytes(filled_form)
    learned = kesu(
        "learn", tmp_path / "form.xlsx", "--kind", "complaint", "--name", "客户\u202exslx", cwd=tmp_path
    )
    assert learned.exit_code == 0, learned.output
    assert [p.name for p in (tmp_path / "profiles").iterdir()] == ["客户_xslx.toml"]


def test_two_clerks_rendering_at_once_on_one_register_never_share_or_repeat_a_number(tmp_path):
    """Two `kesu render` processes on one SQLite file, each with its own forms and the same
    five forms besides (both clerks were sent them): one number per form, none twice, and one
    original of each (both clerks printed "originals" of the shared forms when their batches
    ran together)."""

    for clerk in ("a", "b"):
        inbox = tmp_path / clerk
        inbox.mkdir()
        for i in range(5):
            write_json(inbox / f"shared{i}.json", complaint(customer=f"共同{i}", order_no=f"SO-{i}"))
            write_json(inbox / f"own{i}.json", complaint(customer=f"{clerk}{i}", order_no=f"S{clerk}-{i}"))
    db = tmp_path / "kesu.db"
    batches = [
        subprocess.Popen(
            [sys.executable, "-m", "kesu_docs", "render", clerk, "-o", f"out-{clerk}", "--db", str(db)],
            cwd=tmp_path,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=clean_environment(),
        )
        for clerk in ("a", "b")
    ]
    for batch in batches:
        out, err = batch.communicate(timeout=180)
        assert batch.returncode == 0, out + err
    with Register.open(db) as reg:
        filed = {d.customer: d.number for d in reg.documents()}
    assert len(filed) == 15 and len(set(filed.values())) == 15  # 5 shared + 5 + 5, no number twice
    assert sorted(filed.values()) == [f"2026090{n:02d}" for n in range(1, 16)]
    written = {clerk: {p.name for p in (tmp_path / f"out-{clerk}").glob("*.docx")} for clerk in ("a", "b")}
    assert [len(w) for w in written.values()] == [10, 10]
    with Register.open(db) as reg:
        for i in range(5):  # one original of each shared form; the other clerk's copy a re-print
            number = filed[f"共同{i}"]
            marks = sorted(p.mark for p in reg.printed(number))
            assert marks == ["original", "reprint"], (number, marks)
            names = {f"complaint-{number}.docx", f"complaint-{number}-补印1.docx"}
            assert len(names & written["a"]) == len(names & written["b"]) == 1
            assert names <= written["a"] | written["b"]
    assert "The register is sound" in kesu("register", "check", "--db", db, "--lang", "en").output
